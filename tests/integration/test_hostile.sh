#!/usr/bin/env bash
# test_hostile.sh - hostile input and secrets against real servers (inside tests/rig.sh run):
#  - no password from REDIS_URL / DATABASE_URL (env or flag, URI or key=value, %-escaped,
#    bare redis://secret@host) ever appears in any output of any command, failed
#    connections (closed port, wrong password) and --verbose included;
#  - a table name carrying SQL is refused (exit 2) and never executed;
#  - a 100 MB record, a JSON nesting depth of 100,000 and a 1 MB conversation id are
#    dead-lettered with a clear reason and nothing else is lost; the 100 MB record is not
#    held more than ~3 times in the flusher's memory;
#  - --batch-size 0 / 10000000 exit 2 and touch nothing;
#  - a {P}:pending or {P}:dead that is not a list: exit 2 naming the key, the value untouched.
# Knows the contract (docs/contract.md), not the implementation.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
BIN=${MEMFLUSH:-${BUILD:-build}/memflush}
P=${MEMFLUSH_PREFIX:-memflush}
: "${MF_RIG:?run inside tests/rig.sh run}"
[ -x "$BIN" ] || { echo "test_hostile.sh: $BIN not built" >&2; exit 2; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mfhostile.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# transient failures are not what this test is about; do not wait 30 s on them
export MEMFLUSH_RETRY_SECONDS=0

fails=0
checks=0
ok()   { checks=$((checks + 1)); echo "ok   $*"; }
fail() { checks=$((checks + 1)); fails=$((fails + 1)); echo "FAIL $*"; }
# expect DESCRIPTION COMMAND...: a shell condition that must hold
expect() { local d=$1; shift; if "$@"; then ok "$d"; else fail "$d"; fi; }
# expect_msg DESCRIPTION FILE REGEX: the output in FILE matches REGEX (grep -iE); shows it when not
expect_msg() {
    if grep -qiE -- "$3" "$2"; then ok "$1"; else fail "$1; the output was:"; head -n 3 "$2" | sed 's/^/    /'; fi
}

rcli() { "$MF_RIG" redis-cli "$@"; }
psql_q() { "$MF_RIG" psql -c "$1"; }
K() { echo "{$P}:$1"; }

# mf OUTFILE ARGS...: run memflush, stdout+stderr into OUTFILE, set $rc
mf() {
    local out=$1
    shift
    rc=0
    "$BIN" "$@" >"$out" 2>&1 </dev/null || rc=$?
    sanitizer_clean "$out" "memflush $*"
}
# sanitizer_clean FILE WHAT: under SANITIZE=1 a sanitizer report in FILE is a failure
sanitizer_clean() {
    if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$1"; then
        fail "sanitizer report from $2:"
        grep -E 'ERROR|SUMMARY|runtime error' "$1" | head -n 5 | sed 's/^/    /'
    fi
}

reset_all() {
    local keys
    keys=$(rcli --scan --pattern "{$P}:*")
    [ -z "$keys" ] || printf '%s\n' "$keys" | while IFS= read -r k; do rcli DEL "$k" >/dev/null; done
    psql_q "TRUNCATE public.chat_memories" >/dev/null
}

record() { # cid [conversation_id]
    printf '{"cid":"%s","conversation_id":"%s","user_id":"u","user_message":"m","assistant_message":"a"}' \
        "$1" "${2:-hc}"
}
in_table() { [ "$(psql_q "SELECT count(*) FROM public.chat_memories WHERE cid = '$1'")" = 1 ]; }
table_count() { psql_q "SELECT count(*) FROM public.chat_memories"; }
llen() { rcli LLEN "$(K "$1")"; }

# ============================================================ secrets
echo "--- secrets"
RPW=RedisPw-Secret-123
BPW=BareRedisSecret789
WPW=Wrong-Pw-Secret-456
QPW=QuerySecret999
EPW='Pct@Secret%41x'      # written %-escaped in the URL
EPW_URL='Pct%40Secret%2541x'
REALPW=s3cret-Test-pw     # the rig's writer password (MF_WRITER_URL)
QMPW='Qm?Secret#Pw'       # libpq reads '?' and '#' before the '@' as part of the password
AMPW='Amp&Secret Tail'    # quoted key=value password with '&' and a space
secrets=("$RPW" "$BPW" "$WPW" "$QPW" "$EPW" "$EPW_URL" "Pct@Secret" "$REALPW" "$QMPW" "Secret#Pw" "Secret Tail")
RP=$MF_REDIS_PORT
PGP=$MF_PG_PORT
closed=1
wrong_writer=${MF_WRITER_URL/$REALPW/$WPW}
[ "$wrong_writer" != "$MF_WRITER_URL" ] || fail "MF_WRITER_URL does not hold the rig's password"

# scenario lines: NAME|REDIS_URL|DATABASE_URL
scenarios=(
  "redis-wrong-auth|redis://someuser:$RPW@127.0.0.1:$RP/0|$MF_WRITER_URL"
  "redis-pw-no-user|redis://:$RPW@127.0.0.1:$RP/0|$MF_WRITER_URL"
  "redis-closed-port|redis://:$RPW@127.0.0.1:$closed/0|$MF_WRITER_URL"
  "redis-bare-secret|redis://$BPW@127.0.0.1:$closed/0|$MF_WRITER_URL"
  "redis-pct-escaped|redis://u:$EPW_URL@127.0.0.1:$RP/0|$MF_WRITER_URL"
  "pg-wrong-password|$REDIS_URL|$wrong_writer"
  "pg-wrong-password-kv|$REDIS_URL|host=127.0.0.1 port=$PGP dbname=memflush_test user=mf_writer_login password=$WPW"
  "pg-wrong-password-kv-quoted|$REDIS_URL|host=127.0.0.1 port=$PGP dbname=memflush_test user=mf_writer_login password='$WPW'"
  "pg-closed-port|$REDIS_URL|postgresql://mf_writer_login:$WPW@127.0.0.1:$closed/memflush_test"
  "pg-query-password|$REDIS_URL|postgresql://mf_writer_login@127.0.0.1:$PGP/memflush_test?password=$QPW"
  "pg-pct-escaped|$REDIS_URL|postgresql://mf_writer_login:$EPW_URL@127.0.0.1:$PGP/memflush_test"
  "pg-uri-query-chars|$REDIS_URL|postgresql://mf_writer_login:$QMPW@127.0.0.1:$PGP/memflush_test"
  "pg-query-password-hash|$REDIS_URL|postgresql://mf_writer_login@127.0.0.1:$PGP/memflush_test?password=Query#Secret#Pw"
  "pg-kv-scheme-text|$REDIS_URL|host=127.0.0.1 port=$PGP application_name=x://y dbname=memflush_test user=mf_writer_login password='$AMPW'"
  "both-real-writer|$REDIS_URL|$MF_WRITER_URL"
)
commands=(
  "flush"
  "flush --method insert"
  "push --conversation-id hs --user-id u --user-message a --assistant-message b"
  "push --conversation-id hs --user-id u --user-message a --assistant-message b --write-through"
  "context --conversation-id hs"
  "stats"
  "dlq list"
  "check"
  "import-legacy"
  "--help"
  "flush --help"
  "check --help"
  "flush --batch-size 0"
)
leaks=0
runs=0
for sc in "${scenarios[@]}"; do
    IFS='|' read -r name rurl durl <<<"$sc"
    for c in "${commands[@]}"; do
        read -r -a args <<<"$c"
        for combo in env: env:--verbose flags:--verbose; do
            how=${combo%%:*} v=${combo#*:}
            {
                out=$TMP/secret.out
                rc=0
                if [ "$how" = env ]; then
                    REDIS_URL=$rurl DATABASE_URL=$durl "$BIN" "${args[@]}" $v >"$out" 2>&1 </dev/null || rc=$?
                else
                    [ "${args[0]}" = --help ] && continue
                    REDIS_URL= DATABASE_URL= "$BIN" "${args[@]}" $v --redis-url "$rurl" \
                        --database-url "$durl" >"$out" 2>&1 </dev/null || rc=$?
                fi
                runs=$((runs + 1))
                sanitizer_clean "$out" "memflush $c $v ($how, $name)"
                for s in "${secrets[@]}"; do
                    # the real writer password may legitimately never be typed anywhere else
                    if grep -qF -- "$s" "$out"; then
                        leaks=$((leaks + 1))
                        fail "secret '$s' printed by: memflush $c $v ($how, $name, exit $rc):"
                        grep -F -- "$s" "$out" | head -n 3 | sed 's/^/    /'
                    fi
                done
                case "$name" in
                    redis-wrong-auth|redis-closed-port|redis-bare-secret|pg-wrong-password*|pg-closed-port)
                        # a failed connection is exit 3 for the commands that need that server
                        if [ "$rc" -eq 0 ] && [ -z "$v" ] && [ "$how" = env ] && [[ "$c" != *--help* ]]; then
                            case "$name:${args[0]}" in
                                redis*:flush|redis*:stats|redis*:push|redis*:dlq|pg*:flush)
                                    fail "memflush $c succeeded with a broken $name" ;;
                            esac
                        fi ;;
                esac
            }
        done
    done
done
[ "$leaks" -eq 0 ] && ok "no password in the output of $runs runs (${#scenarios[@]} URL scenarios)"

# the failing connections say what failed (masked) and exit 3
mf "$TMP/o" flush --redis-url "redis://:$RPW@127.0.0.1:$closed/0"
expect "closed Redis port: flush exits 3 (got $rc)" [ "$rc" -eq 3 ]
expect "closed Redis port: the message shows the masked URL" grep -qF '****' "$TMP/o"
mf "$TMP/o" flush --database-url "$wrong_writer"
# a refused credential is configuration: exit 2 (docs/operations.md, issue 15)
expect "wrong PostgreSQL password: flush exits 2 (got $rc)" [ "$rc" -eq 2 ]
mf "$TMP/o" flush --redis-url "redis://$BPW@127.0.0.1:$closed/0"
expect "bare redis password: flush exits 3 (got $rc)" [ "$rc" -eq 3 ]
expect "bare redis password: the message shows ****" grep -qF '****' "$TMP/o"

# ============================================================ table names
echo "--- table names"
reset_all
psql_q "DROP TABLE IF EXISTS public.x; CREATE TABLE public.x (i int); INSERT INTO public.x VALUES (42)" >/dev/null
rcli RPUSH "$(K pending)" "$(record tn-1)" >/dev/null
bad_tables=(
  'chat_memories; drop table x --'
  'public.chat_memories; drop table x --'
  'chat_memories"; drop table x; --'
  "chat_memories'; drop table x; --"
  'x where 1=1'
  'public.x.y'
  ''
)
for t in "${bad_tables[@]}"; do
    for c in "flush" "flush --method insert" "check" "context --conversation-id hc" \
             "push --conversation-id hc --user-id u --user-message a --assistant-message b --write-through"; do
        read -r -a args <<<"$c"
        mf "$TMP/o" "${args[@]}" --table "$t"
        if [ -z "$t" ]; then
            # an empty flag value may mean "unset" to some parsers; it must still never run SQL
            [ "$rc" -eq 2 ] || [ "$rc" -eq 0 ] || fail "--table '' with $c: exit $rc"
            continue
        fi
        [ "$rc" -eq 2 ] || fail "--table '$t' with $c: exit $rc, expected 2: $(head -c 300 "$TMP/o")"
        rc=0
        MEMFLUSH_TABLE=$t "$BIN" "${args[@]}" >"$TMP/o" 2>&1 </dev/null || rc=$?
        [ "$rc" -eq 2 ] || fail "MEMFLUSH_TABLE='$t' with $c: exit $rc, expected 2"
    done
done
expect "a bad table name is refused with a message naming the rule" grep -qi 'identifier\|table' "$TMP/o"
expect "table x still exists with its row" [ "$(psql_q 'SELECT i FROM public.x')" = 42 ]
expect "chat_memories still exists" [ "$(psql_q "SELECT to_regclass('public.chat_memories') IS NOT NULL")" = t ]
expect "the refused runs left the queue alone" [ "$(llen pending)" = 1 ]
expect "the refused runs wrote no row" [ "$(table_count)" = 0 ]
psql_q "DROP TABLE public.x" >/dev/null

# ============================================================ batch sizes
echo "--- batch sizes"
reset_all
for i in 1 2 3; do rcli RPUSH "$(K pending)" "$(record bs-$i)" >/dev/null; done
before=$(rcli LRANGE "$(K pending)" 0 -1)
keys_before=$(rcli --scan --pattern "{$P}:*" | sort)
for b in 0 10000000 -1 abc 1.5 ""; do
    mf "$TMP/o" flush --batch-size "$b"
    expect "flush --batch-size '$b' exits 2 (got $rc)" [ "$rc" -eq 2 ]
    [ -n "$b" ] && expect "  ... and says what is wrong with --batch-size" grep -q 'batch-size' "$TMP/o"
    [ -n "$b" ] || continue # an empty variable is an unset one
    rc=0
    MEMFLUSH_BATCH_SIZE=$b "$BIN" flush >"$TMP/o" 2>&1 </dev/null || rc=$?
    if [ -n "$b" ]; then
        expect "MEMFLUSH_BATCH_SIZE='$b' exits 2 (got $rc)" [ "$rc" -eq 2 ]
        expect "  ... and names MEMFLUSH_BATCH_SIZE" grep -q 'MEMFLUSH_BATCH_SIZE' "$TMP/o"
    fi
done
expect "bad batch sizes touched no key" [ "$(rcli --scan --pattern "{$P}:*" | sort)" = "$keys_before" ]
expect "bad batch sizes left the queue as it was" [ "$(rcli LRANGE "$(K pending)" 0 -1)" = "$before" ]
expect "bad batch sizes wrote no row" [ "$(table_count)" = 0 ]

# ============================================================ pending / dead not a list
echo "--- wrong key types"
reset_all
rcli SET "$(K pending)" "i am a string" >/dev/null
for c in "flush" "stats" "push --conversation-id hc --user-id u --user-message a --assistant-message b"; do
    read -r -a args <<<"$c"
    mf "$TMP/o" "${args[@]}"
    expect "{P}:pending is a string: $c exits 2 (got $rc)" [ "$rc" -eq 2 ]
    expect_msg "  ... and the message names the key {P}:pending and its type" "$TMP/o" \
        "pending.*(type|list|WRONGTYPE)|(type|list|WRONGTYPE).*pending"
done
mf "$TMP/o" check
expect "{P}:pending is a string: check reports an error (exit 1, got $rc)" [ "$rc" -eq 1 ]
expect "{P}:pending string untouched" [ "$(rcli GET "$(K pending)")" = "i am a string" ]
expect "{P}:pending is still a string" [ "$(rcli TYPE "$(K pending)")" = string ]

reset_all
rcli SET "$(K dead)" "dead string" >/dev/null
for i in 1 2; do rcli RPUSH "$(K pending)" "$(record dt-$i)" >/dev/null; done
rcli RPUSH "$(K pending)" '{"cid":"dt-poison"}' >/dev/null
rcli RPUSH "$(K pending)" "$(record dt-3)" >/dev/null
mf "$TMP/o" flush
expect "{P}:dead is a string: flush exits 2 (got $rc)" [ "$rc" -eq 2 ]
expect_msg "  ... and the message names the key {P}:dead and its type" "$TMP/o" \
    "dead.*(type|list|WRONGTYPE)|(type|list|WRONGTYPE).*dead"
expect "{P}:dead string untouched" [ "$(rcli GET "$(K dead)")" = "dead string" ]
# queued: every record in {P}:pending or an in-flight list
queued() {
    local k
    for k in "$(K pending)" $(rcli --scan --pattern "{$P}:inflight:*"); do rcli LRANGE "$k" 0 -1; done
}
lost=0
for c in dt-1 dt-2 dt-3; do
    in_table "$c" || queued | grep -qF "\"$c\"" || { lost=1; echo "    $c lost"; }
done
expect "{P}:dead is a string: no record lost (each in the table or still queued)" [ "$lost" -eq 0 ]
poison_queued() { queued | grep -qF dt-poison; }
expect "  ... and the poison record is still queued" poison_queued
# a failed run must not leave its batch claimed until the lease expires (contract §3:
# a failed batch goes back to the head of {P}:pending)
expect "  ... and nothing is left in flight" \
    [ -z "$(rcli --scan --pattern "{$P}:inflight:*" | while read -r k; do [ "$(rcli LLEN "$k")" = 0 ] || echo "$k"; done)" ]
mf "$TMP/o" stats
expect "{P}:dead is a string: stats exits 2 (got $rc)" [ "$rc" -eq 2 ]
expect "{P}:dead string still untouched" [ "$(rcli TYPE "$(K dead)")" = string ]

# ============================================================ poison records
echo "--- poison records"
# dead_entry_info INDEX: "error<TAB>record length" of a dead-letter entry, computed in Redis
dead_entry_info() {
    rcli EVAL "local e = cjson.decode(redis.call('LINDEX', KEYS[1], ARGV[1]))
               local r = e.record or e.record_base64 or ''
               return e.error .. '\t' .. string.len(r)" 1 "$(K dead)" "$1"
}
# flush_measured OUT: run flush in the background, sample its peak RSS (VmHWM, kB) into $peak_kb
flush_measured() {
    local out=$1 pid hwm
    shift
    peak_kb=0
    "$BIN" flush "$@" >"$out" 2>"$out.err" </dev/null &
    pid=$!
    while [ -r "/proc/$pid/status" ]; do
        hwm=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null)
        [ -n "$hwm" ] && [ "$hwm" -gt "$peak_kb" ] && peak_kb=$hwm
        sleep 0.02
    done
    rc=0
    wait "$pid" || rc=$?
    sanitizer_clean "$out.err" "memflush flush $*"
}
summary_field() { sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p" "$1" | tail -n 1; }

# --- 100 MB record between good ones
reset_all
big=$TMP/big.json
{
    printf '{"cid":"big-1","conversation_id":"hc","user_id":"u","user_message":"'
    head -c 104857600 /dev/zero | tr '\0' a
    printf '","assistant_message":"a"}'
} >"$big"
bigsize=$(stat -c %s "$big")
for i in 1 2; do rcli RPUSH "$(K pending)" "$(record pb-$i)" >/dev/null; done
rcli -x RPUSH "$(K pending)" <"$big" >/dev/null
for i in 3 4; do rcli RPUSH "$(K pending)" "$(record pb-$i)" >/dev/null; done
rm -f "$big"
flush_measured "$TMP/big.out"
expect "100 MB record: flush exits 0 (got $rc)" [ "$rc" -eq 0 ]
expect "100 MB record: dead_lettered_count 1" [ "$(summary_field "$TMP/big.out" dead_lettered_count)" = 1 ]
expect "100 MB record: flushed_count 4" [ "$(summary_field "$TMP/big.out" flushed_count)" = 4 ]
for c in pb-1 pb-2 pb-3 pb-4; do expect "100 MB record: $c is in the table" in_table "$c"; done
expect "100 MB record: pending is empty" [ "$(llen pending)" = 0 ]
expect "100 MB record: one dead letter" [ "$(llen dead)" = 1 ]
info=$(dead_entry_info 0)
echo "    dead letter: ${info:0:200}"
expect "100 MB record: the reason says it is too large" grep -qiE 'maximum|too large|MAX_RECORD' <<<"${info%%$'\t'*}"
expect "100 MB record: the dead letter keeps all $bigsize bytes" [ "${info##*$'\t'}" = "$bigsize" ]
echo "    flusher peak RSS: $peak_kb kB for a record of $((bigsize / 1024)) kB"
if [ "${SANITIZE:-}" = 1 ]; then
    echo "    (peak RSS not judged under SANITIZE=1: ASan keeps freed memory in quarantine)"
else
    # bounded by a few copies of the record (hiredis's read buffer, the reply, the
    # dead-letter entry and the release script's argument), plus 64 MB for the process
    expect "100 MB record: flusher peak RSS $peak_kb kB <= 6 x record + 64 MB" \
        [ "$peak_kb" -le $(( bigsize * 6 / 1024 + 65536 )) ]
fi

# --- nesting depth 100,000 and a 1 MB conversation id
reset_all
rcli RPUSH "$(K pending)" "$(record pn-1)" >/dev/null
rcli -x RPUSH "$(K pending)" <tests/data/invalid/deep_nesting_100000.json >/dev/null
conv=$(head -c 1048576 /dev/zero | tr '\0' c)
printf '{"cid":"conv-1m","conversation_id":"%s","user_id":"u","user_message":"m","assistant_message":"a"}' \
    "$conv" | rcli -x RPUSH "$(K pending)" >/dev/null
rcli RPUSH "$(K pending)" "$(record pn-2)" >/dev/null
mf "$TMP/o" flush --batch-size 2
expect "deep nesting + 1 MB conversation id: flush exits 0 (got $rc)" [ "$rc" -eq 0 ]
expect "  ... both dead-lettered" [ "$(llen dead)" = 2 ]
expect "  ... the good records are in the table" in_table pn-1
expect "  ... the good records are in the table" in_table pn-2
expect "  ... pending is empty" [ "$(llen pending)" = 0 ]
e0=$(dead_entry_info 0); e1=$(dead_entry_info 1)
echo "    dead letters: ${e0:0:160} | ${e1:0:160}"
expect "  ... the nesting reason names the depth" grep -qiE 'nest|deep|depth' <<<"$e0$e1"
expect "  ... the 1 MB record's reason is its size" grep -qiE 'maximum|too large|MAX_RECORD' <<<"$e0$e1"

# with a size limit that lets it through, the 1 MB conversation id breaks the 256-byte rule
reset_all
printf '{"cid":"conv-1m","conversation_id":"%s","user_id":"u","user_message":"m","assistant_message":"a"}' \
    "$conv" | rcli -x RPUSH "$(K pending)" >/dev/null
rcli RPUSH "$(K pending)" "$(record pn-3)" >/dev/null
mf "$TMP/o" flush --max-record-bytes 4194304
expect "1 MB conversation id under a 4 MB limit: flush exits 0 (got $rc)" [ "$rc" -eq 0 ]
expect "  ... dead-lettered" [ "$(llen dead)" = 1 ]
expect "  ... the good record is in the table" in_table pn-3
e0=$(dead_entry_info 0)
echo "    dead letter: ${e0:0:200}"
expect "  ... the reason names conversation_id and 256" grep -qE 'conversation_id.*256' <<<"$e0"
mf "$TMP/o" push --conversation-id "$(head -c 300 /dev/zero | tr '\0' c)" --user-id u --user-message a --assistant-message b
expect "push with a 300-byte conversation id exits 2 (got $rc)" [ "$rc" -eq 2 ]
expect "  ... and stores nothing" [ "$(llen pending)" = 0 ]

echo "hostile: $checks checks, $fails failed"
[ "$fails" -eq 0 ]
