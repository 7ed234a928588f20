#!/usr/bin/env bash
# test_mistakes.sh - the answers to a new user's common mistakes (issue 15), against real
# servers (inside tests/rig.sh run):
#  - Redis with requirepass and no password in REDIS_URL: every command exits 2 with one
#    message ("requires authentication"), check does not say it connected;
#  - context: a refused database password is an error (exit 2, nothing printed); an
#    unreachable PostgreSQL is a warning (exit 0, what Redis holds); a database without the
#    migrations prints what Redis holds and exits 4;
#  - a prefix longer than 512 bytes is refused (exit 2); a 512-byte one survives a flusher
#    killed with its batch claimed and the reclaim by the next flusher;
#  - hints name where the migration files are once installed (PREFIX/share/memflush);
#  - MEMFLUSH_TABLE=Public.Chat_Memories: the hint that quoted identifiers are case-sensitive;
#  - check explains Supabase's pooler user name and a host that resolves to IPv6 only;
#  - check's dead-letter warning names {P}:dead, or all the dead lists when there are shards;
#  - a REDIS_URL /db out of range is exit 2 with a word on the /db (on a cluster: only /0);
#  - a seed list with the scheme repeated in it, or an empty entry, is refused (exit 2);
#  - a stray positional argument is named with the command's --help.
# Knows the contract, docs/operations.md and the test hooks (docs/testing.md).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
BIN=${MEMFLUSH:-${BUILD:-build}/memflush}
P=${MEMFLUSH_PREFIX:-memflush}
: "${MF_RIG:?run inside tests/rig.sh run}"
[ -x "$BIN" ] || { echo "test_mistakes.sh: $BIN not built" >&2; exit 2; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mfmistakes.XXXXXX")
RP=$MF_REDIS_PORT
RPASS=Rq7requirepassX
LONGP=$(printf 'p%.0s' $(seq 1 512))
cleanup() {
    "$MF_RIG" redis-cli --no-auth-warning -a "$RPASS" CONFIG SET requirepass "" >/dev/null 2>&1
    "$MF_RIG" redis-cli --scan --pattern "{$LONGP}:*" 2>/dev/null | while IFS= read -r k; do
        "$MF_RIG" redis-cli DEL "$k" >/dev/null; done
    rm -rf "$TMP"
}
trap cleanup EXIT
export MEMFLUSH_RETRY_SECONDS=0

fails=0
checks=0
ok()   { checks=$((checks + 1)); echo "ok   $*"; }
fail() { checks=$((checks + 1)); fails=$((fails + 1)); echo "FAIL $*"; }
# mf OUT ARGS...: run memflush, stdout to OUT, stderr to OUT.err, set $rc
mf() {
    local out=$1
    shift
    rc=0
    "$BIN" "$@" >"$out" 2>"$out.err" </dev/null || rc=$?
    if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$out" "$out.err"; then
        fail "sanitizer report from memflush $*"
    fi
}
# expect_run WHAT STATUS REGEX: the last mf exited STATUS and its output matches REGEX
expect_run() {
    # (grep on the files, not in a pipe: under pipefail grep -q's early exit fails cat)
    if [ "$rc" -eq "$2" ] && grep -qE -- "$3" "$TMP/o" "$TMP/o.err"; then
        ok "$1"
    else
        fail "$1: want exit $2 and /$3/, got exit $rc:"
        cat "$TMP/o" "$TMP/o.err" | head -n 4 | sed 's/^/    /'
    fi
}
psql_q() { "$MF_RIG" psql -Atc "$1"; }

# ---- Redis requires a password, REDIS_URL gives none ------------------------------------
"$MF_RIG" redis-cli CONFIG SET requirepass "$RPASS" >/dev/null
for cmd in "flush" "push --conversation-id m1 --user-id u --user-message a --assistant-message b" \
    "context --conversation-id m1" "stats" "dlq list" "import-legacy" "check" "check --json" \
    "check --redis-only"; do
    # shellcheck disable=SC2086
    mf "$TMP/o" $cmd
    expect_run "requirepass, no password: memflush $cmd" 2 "requires authentication"
    if grep -q "connected to Redis" "$TMP/o" "$TMP/o.err"; then
        fail "requirepass: memflush $cmd claims it connected to Redis"
    fi
done
# with the password it works
REDIS_URL="redis://:$RPASS@127.0.0.1:$RP/0" mf "$TMP/o" stats
expect_run "requirepass, with the password: stats" 0 "pending_queue_length"
"$MF_RIG" redis-cli --no-auth-warning -a "$RPASS" CONFIG SET requirepass "" >/dev/null

# ---- context: configuration errors are errors, outages are warnings --------------------
mf "$TMP/o" push --conversation-id ctx-m --user-id u --user-message hello --assistant-message there
[ "$rc" -eq 0 ] || fail "push for the context checks exited $rc"
writer_bad="postgresql://mf_writer_login:Wr0ngCtxPw@127.0.0.1:$MF_PG_PORT/memflush_test"
DATABASE_URL=$writer_bad mf "$TMP/o" context --conversation-id ctx-m
expect_run "context, wrong database password: an error" 2 "password"
[ ! -s "$TMP/o" ] && ok "context, wrong database password: nothing on stdout" ||
    fail "context, wrong database password: printed turns"
DATABASE_URL="postgresql://u:bad%zz@127.0.0.1:$MF_PG_PORT/memflush_test" mf "$TMP/o" context --conversation-id ctx-m
expect_run "context, malformed DATABASE_URL: an error" 2 "percent-encode"
DATABASE_URL="postgresql://u:bad%zz@127.0.0.1:$MF_PG_PORT/memflush_test" mf "$TMP/o" check --json
expect_run "check --json, malformed DATABASE_URL: still one JSON object" 2 '"exit_status":2'
DATABASE_URL="postgresql://postgres@127.0.0.1:1/memflush_test" mf "$TMP/o" context --conversation-id ctx-m
expect_run "context, PostgreSQL unreachable: a warning and Redis's turns" 0 "hello"
nomig=$("$MF_RIG" fresh-db mf_nomig)
DATABASE_URL=$nomig mf "$TMP/o" context --conversation-id ctx-m
expect_run "context before the migrations: Redis's turns, exit 4" 4 "hello"
grep -q "hello" "$TMP/o" && ok "context before the migrations: the turn is on stdout" ||
    fail "context before the migrations: the turn is not on stdout"

# ---- where the migrations are ----------------------------------------------------------
DATABASE_URL=$nomig mf "$TMP/o" flush
expect_run "flush before the migrations names the installed path" 4 "share/memflush/migrations/0001_chat_memories.sql"
DATABASE_URL=$nomig mf "$TMP/o" check --postgres-only
expect_run "check before the migrations names the installed path" 4 "share/memflush/migrations/0001_chat_memories.sql"

# ---- quoted identifiers are case-sensitive ---------------------------------------------
MEMFLUSH_TABLE=Public.Chat_Memories mf "$TMP/o" flush
expect_run "MEMFLUSH_TABLE=Public.Chat_Memories: flush hints at the case" 2 \
    "case matters: did you mean public.chat_memories"
MEMFLUSH_TABLE=Public.Chat_Memories mf "$TMP/o" check --postgres-only
expect_run "MEMFLUSH_TABLE=Public.Chat_Memories: check hints at the case" 1 \
    "case matters: did you mean public.chat_memories"
# the pending turn goes to the real table
mf "$TMP/o" flush
[ "$rc" -eq 0 ] || fail "flush after the table checks exited $rc"

# ---- the prefix: bounded where it is read; a long one survives a crash and a reclaim ---
MEMFLUSH_PREFIX="${LONGP}x" mf "$TMP/o" stats
expect_run "a 513-byte prefix is refused" 2 "at most|1 to 512 bytes"
mf "$TMP/o" stats --prefix "${LONGP}x"
expect_run "a 513-byte --prefix is refused" 2 "1 to 512 bytes"
for i in 1 2 3 4 5; do
    MEMFLUSH_PREFIX=$LONGP mf "$TMP/o" push --conversation-id long-prefix --user-id u \
        --user-message "m$i" --assistant-message r
    [ "$rc" -eq 0 ] || fail "push with a 512-byte prefix exited $rc: $(head -c 300 "$TMP/o.err")"
done
MEMFLUSH_PREFIX=$LONGP MEMFLUSH_CRASH_AT=after_claim mf "$TMP/o" flush --lease-seconds 1
[ "$rc" -eq 137 ] && ok "the flusher was killed with its batch claimed" ||
    fail "the crashing flusher exited $rc, not by SIGKILL: $(head -c 300 "$TMP/o.err")"
sleep 1.3
MEMFLUSH_PREFIX=$LONGP mf "$TMP/o" flush --lease-seconds 1
rows=$(psql_q "SELECT count(*) FROM public.chat_memories WHERE conversation_id = 'long-prefix'")
if [ "$rc" -eq 0 ] && [ "$rows" = 5 ] && grep -q '"reclaimed_count":5' "$TMP/o"; then
    ok "a 512-byte prefix: the batch of the killed flusher was reclaimed and flushed"
else
    fail "a 512-byte prefix: exit $rc, $rows row(s), want 5 reclaimed: $(cat "$TMP/o") $(head -c 300 "$TMP/o.err")"
fi
left=$("$MF_RIG" redis-cli --scan --pattern "{$LONGP}:inflight:*" | wc -l)
[ "$left" -eq 0 ] && ok "no in-flight list left behind" || fail "$left in-flight list(s) left behind"

# ---- REDIS_URL's list of cluster seed nodes: a repeated scheme, an empty entry ------------
REDIS_URL="redis://127.0.0.1:$RP,rediss://127.0.0.1:$RP/0" mf "$TMP/o" stats
expect_run "a scheme repeated in the seed list is refused with how to write it" 2 \
    "a scheme inside the list of nodes\\); write the scheme once"
REDIS_URL="redis://127.0.0.1:$RP,/0" mf "$TMP/o" stats
expect_run "an empty entry in the seed list is refused" 2 "an empty entry in the list of nodes"

# ---- a /db the server does not have: configuration (exit 2), with what to check -----------
REDIS_URL="redis://127.0.0.1:$RP/99" mf "$TMP/o" stats
expect_run "a database number out of range is exit 2 and says to check the /db" 2 \
    "DB index is out of range; check the /db at the end of REDIS_URL"

# ---- check names where the dead letters are, with shards -------------------------------
# (it named the dead list of whichever shard stats had read last: {P:3}:dead for a dead letter
# in {P}:dead, once a shard count of 4 had been used)
DP=mfmistakes-dead
"$MF_RIG" redis-cli RPUSH "{$DP}:dead" '{"x":1}' >/dev/null
MEMFLUSH_PREFIX=$DP mf "$TMP/o" check --redis-only
expect_run "check names the one dead list" 0 "1 dead letter\(s\) in \{$DP\}:dead:"
"$MF_RIG" redis-cli SADD "{$DP}:shards" 4 >/dev/null
MEMFLUSH_PREFIX=$DP mf "$TMP/o" check --redis-only
expect_run "check after a shard count was used names no one shard's dead list" 0 \
    "1 dead letter\(s\) in the dead lists of \{$DP\} and its shards"
"$MF_RIG" redis-cli DEL "{$DP}:dead" "{$DP}:shards" >/dev/null

# ---- check: Supabase's pooler user name, IPv6-only hosts -------------------------------
DATABASE_URL="postgresql://postgres:x@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?connect_timeout=2" \
    mf "$TMP/o" check --postgres-only
expect_run "check explains the pooler's user name" 3 "<role>.<project-ref>"
DATABASE_URL="postgresql://postgres:x@[::1]:$MF_PG_PORT/memflush_test?connect_timeout=2" \
    mf "$TMP/o" check --postgres-only
expect_run "check explains an IPv6-only host it could not reach" 3 "IPv6 addresses only"

# a stray positional argument (a value without its --flag): named, with the command's --help
for cmd in check flush stats import-legacy forget prune; do
    mf "$TMP/o" "$cmd" 50
    expect_run "$cmd 50: the stray argument named" 2 "$cmd takes no arguments, got \"50\"; see 'memflush $cmd --help'"
done

echo "test_mistakes.sh: $checks checks, $fails failed"
[ "$fails" -eq 0 ]
