#!/usr/bin/env bash
# test_cluster_torture.sh - the bounded torture (tests/torture/torture.sh) once on the Redis
# Cluster rig (MF_RIG_REDIS_CLUSTER=1), with failovers in its fault schedule: 3 times a master
# (usually the one serving the queue) is SIGKILLed, its replica promoted (CLUSTER FAILOVER
# TAKEOVER) and the killed node restarted as the new master's replica; besides, 12 flusher
# SIGKILLs and a PostgreSQL crash while producers push. Every turn a replica acknowledged must
# be in the table exactly once (or, poison, in the dead letters). About 30-40 s.
# TORTURE_SEED replays a run's decisions (printed on the first line).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
[ -n "${MF_REDIS_CLUSTER:-}" ] || { echo "test_cluster_torture.sh: needs the cluster rig (MF_RIG_REDIS_CLUSTER=1)" >&2; exit 2; }
export BUILD=${BUILD:-build}
export TORTURE_KILLS=${TORTURE_CLUSTER_KILLS:-12}
export TORTURE_PG_RESTARTS=${TORTURE_CLUSTER_PG_RESTARTS:-1}
export TORTURE_REDIS_RESTARTS=${TORTURE_CLUSTER_FAILOVERS:-3}
export TORTURE_GAP_MS=${TORTURE_GAP_MS:-600}
if [ "${SANITIZE:-}" = 1 ]; then
    export TORTURE_RATE=${TORTURE_RATE:-30}
else
    export TORTURE_RATE=${TORTURE_RATE:-80}
fi
exec bash tests/torture/torture.sh
