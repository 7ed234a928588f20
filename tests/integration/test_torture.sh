#!/usr/bin/env bash
# test_torture.sh - the bounded torture test of 'make test' (tests/torture/torture.sh, inside
# the rig of tests/run.sh): at least 50 flusher SIGKILLs and 3 crashes + restarts of each
# server while producers push turns and poison records, then every pushed turn must be in
# the table exactly once or (poison) in the dead letters. Sized to take about 1-2 minutes
# on 2 cores, about twice that under SANITIZE=1 (where the producers push less).
# First it checks that the judge (tverify) does report violations (judge_selftest.sh).
# TORTURE_SEED replays a run's decisions; it is printed on the first line.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
export BUILD=${BUILD:-build}
export TORTURE_KILLS=${TORTURE_CI_KILLS:-50}
export TORTURE_PG_RESTARTS=${TORTURE_CI_PG_RESTARTS:-3}
export TORTURE_REDIS_RESTARTS=${TORTURE_CI_REDIS_RESTARTS:-3}
export TORTURE_GAP_MS=${TORTURE_GAP_MS:-800}
if [ "${SANITIZE:-}" = 1 ]; then
    export TORTURE_RATE=${TORTURE_RATE:-40}
else
    export TORTURE_RATE=${TORTURE_RATE:-100}
fi
bash tests/torture/judge_selftest.sh || exit 1
exec bash tests/torture/torture.sh
