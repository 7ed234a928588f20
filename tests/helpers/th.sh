# th.sh - sourced by the shell tests: go to the repository's root, find the binary, and count
# failures. bad MSG marks the test failed (exit "$fail" at the end); ok MSG reports a pass.
# BIN: $MEMFLUSH (set by tests/run.sh), else $BUILD/memflush.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
BIN=${MEMFLUSH:-${BUILD:-build}/memflush}
fail=0
bad() { echo "FAIL: $*"; fail=1; }
ok() { echo "ok: $*"; }
