#!/usr/bin/env bash
# test_python.sh - the Python package's pytest suite (clients/python/tests) against the rig's
# servers, with Debian's /usr/bin/python3 (python3-redis, python3-pytest, python3-psycopg).
# Run by tests/run.sh inside tests/rig.sh (REDIS_URL, DATABASE_URL, MF_RIG, MEMFLUSH set).
# Prints pytest's outcome with the reason of every skipped test; fails when a test failed
# or when no test ran (nothing collected, or everything skipped).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
PY=/usr/bin/python3
for m in redis pytest psycopg; do
    if ! "$PY" -c "import $m" 2>/dev/null; then
        echo "test_python: $PY cannot import $m: run tools/deps.sh (python3-redis python3-pytest python3-psycopg)"
        exit 1
    fi
done
# In the TLS and cluster rigs (tests/run.sh's [tls], [cluster] and [cluster-tls] phases) only the
# tests of TLS, the cluster and shards run, to keep those phases short; MF_PY_ALL=1 runs them all.
sel=()
if [ "${MF_PY_ALL:-0}" != 1 ] && { [ "${MF_REDIS_TLS:-}" = 1 ] || [ "${MF_REDIS_CLUSTER:-}" = 1 ]; }; then
    sel=(-k "tls or cluster or shard")
    echo "test_python: TLS or cluster rig: only -k 'tls or cluster or shard' (MF_PY_ALL=1 runs every test)"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/mfpy.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
rc=0
# -p no:cacheprovider: nothing written into the tree; -rs: the reason of every skip
PYTHONDONTWRITEBYTECODE=1 "$PY" -m pytest -p no:cacheprovider -q -rs --junitxml="$work/junit.xml" \
    clients/python/tests "${sel[@]}" "$@" || rc=$?
# pytest exits 5 when it collected nothing; all skipped is "no tests ran" too
"$PY" - "$work/junit.xml" <<'PYEOF' || rc=1
import sys, xml.etree.ElementTree as ET
try:
    root = ET.parse(sys.argv[1]).getroot()
except (OSError, ET.ParseError) as e:
    sys.exit("test_python: no pytest report (%s): pytest did not run" % e)
s = root if root.tag == "testsuite" else root.find("testsuite")
n = {k: int(s.get(k, 0)) for k in ("tests", "failures", "errors", "skipped")}
ran = n["tests"] - n["skipped"]
print("test_python: %(tests)d tests, %(failures)d failed, %(errors)d errors, %(skipped)d skipped" % n)
if ran <= 0:
    sys.exit("test_python: no test ran")
PYEOF
# the in-tree pip build of test_package leaves these behind
rm -rf clients/python/build clients/python/memflush.egg-info
exit "$rc"
