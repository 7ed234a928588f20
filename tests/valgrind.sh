#!/usr/bin/env bash
# valgrind.sh - run the memflush CLI's main paths under valgrind (memcheck) against the
# rig's servers: push (flags and --jsonl), flush (copy and insert, a poison record),
# context, stats (json and prometheus), dlq list/purge, check, --help, bad usage and
# failed connections. Fails on any memory error or a definite/indirect leak.
# Knows nothing about what the commands print beyond their exit status.
#
#   tests/rig.sh run -- bash tests/valgrind.sh     (tests/integration/test_valgrind.sh does this
#                                                   inside 'make test'; skipped when SANITIZE=1)
# Uses MEMFLUSH (else $BUILD/memflush), REDIS_URL, DATABASE_URL, MF_RIG, MEMFLUSH_PREFIX.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
BIN=${MEMFLUSH:-${BUILD:-build}/memflush}
P=${MEMFLUSH_PREFIX:-memflush}
: "${MF_RIG:?run inside tests/rig.sh run}"
[ -x "$BIN" ] || { echo "valgrind.sh: $BIN not built" >&2; exit 2; }
if ! command -v valgrind >/dev/null; then
    MF_DEPS_EXTRA=valgrind sh tools/deps.sh || { echo "valgrind.sh: valgrind is not installed" >&2; exit 1; }
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/mfvg.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# 99, not 1: memflush itself exits 1 for "work put back", which must not look like a leak
VG=(valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect
    --show-leak-kinds=definite,indirect --error-exitcode=99 --num-callers=30)

fails=0
n=0
# vg NAME EXPECTED_STATUS ARGS... : run memflush ARGS under valgrind (stdin from $VG_STDIN or /dev/null)
vg() {
    local name=$1 want=$2 rc=0 log start
    shift 2
    start=$(date +%s)
    n=$((n + 1))
    log="$TMP/$n.vg"
    "${VG[@]}" --log-file="$log" "$BIN" "$@" <"${VG_STDIN:-/dev/null}" >"$TMP/$n.out" 2>"$TMP/$n.err" || rc=$?
    if [ "$rc" -eq 99 ] || [ -s "$log" ]; then
        echo "FAIL $name: valgrind found errors (memflush $*):"
        cat "$log"
        fails=$((fails + 1))
    elif [ "$rc" -ne "$want" ]; then
        echo "FAIL $name: exit $rc, expected $want (memflush $*)"
        sed 's/^/  stdout: /' "$TMP/$n.out" | head -n 10
        sed 's/^/  stderr: /' "$TMP/$n.err" | head -n 10
        fails=$((fails + 1))
    else
        echo "ok   $name (exit $rc, $(( $(date +%s) - start ))s)"
    fi
}

rcli() { "$MF_RIG" redis-cli "$@"; }
record() { # cid conv
    printf '{"cid":"%s","conversation_id":"%s","user_id":"u1","user_message":"hi 你好","assistant_message":"hello 😀","token_count":3,"created_at":"2025-10-27T08:15:00.123Z","metadata":{"k":"v"},"reflection":{"summary":"s","confidence":0.85}}' "$1" "$2"
}

vg help                 0 --help
vg version              0 --version
for c in flush push context stats dlq check import-legacy; do
    vg "$c --help"      0 "$c" --help
done
vg unknown-command      2 no-such-command
vg bad-option           2 flush --no-such-option
vg batch-size-0         2 flush --batch-size 0

vg push-flags           0 push --conversation-id vg-c1 --user-id u1 --user-message "hello" \
                          --assistant-message "world" --metadata '{"a":1}' --reflection '{"r":true}'
vg push-flags-cid       0 push --conversation-id vg-c1 --user-id u1 --user-message "again" \
                          --assistant-message "" --cid vg-flag-2 --token-count 7 \
                          --created-at 2025-10-27T08:15:00Z
for i in 1 2 3; do record "vg-jsonl-$i" vg-c1; echo; done > "$TMP/in.jsonl"
vg push-jsonl-file      0 push --jsonl "$TMP/in.jsonl"
for i in 4 5; do record "vg-jsonl-$i" vg-c2; echo; done > "$TMP/in2.jsonl"
VG_STDIN="$TMP/in2.jsonl" vg push-jsonl-stdin 0 push --jsonl -
vg push-bad-flag        2 push --conversation-id "" --user-id u --user-message a --assistant-message b

# a poison record, pushed raw the way any producer could
rcli RPUSH "{$P}:pending" '{"cid":"vg-poison","conversation_id":1}' >/dev/null
vg flush-copy           0 flush --method copy --batch-size 2
vg push-more            0 push --conversation-id vg-c2 --user-id u1 --user-message m --assistant-message n
vg flush-insert         0 flush --method insert
vg flush-empty          0 flush
vg context              0 context --conversation-id vg-c1 --limit 10
vg context-tokens       0 context --conversation-id vg-c1 --max-tokens 5
vg stats                0 stats
vg stats-prometheus     0 stats --format prometheus
vg dlq-list             0 dlq list
vg dlq-list-json        0 dlq list --json
vg dlq-purge-no-yes     2 dlq purge
vg dlq-replay           0 dlq replay
vg flush-replayed       0 flush
vg dlq-purge            0 dlq purge --yes
vg check                0 check

# failed connections: a closed port for each server
closed=1
REDIS_URL="redis://:vg-pw@127.0.0.1:$closed/0" vg redis-closed-port 3 flush
REDIS_URL="redis://:vg-pw@127.0.0.1:$closed/0" vg redis-closed-stats 3 stats
DATABASE_URL="postgresql://u:vg-pw@127.0.0.1:$closed/db?connect_timeout=5" vg pg-closed-port 3 flush
DATABASE_URL="postgresql://u:vg-pw@127.0.0.1:$closed/db?connect_timeout=5" vg pg-closed-check 3 check

echo "valgrind: $n runs, $fails failed"
[ "$fails" -eq 0 ]
