#!/usr/bin/env bash
# test_forget.sh - memflush forget and prune against real servers (inside tests/rig.sh run):
#  - a user's turns in context lists, {P}:pending, the in-flight batch of a flusher stopped
#    (SIGSTOP) after its claim and before its COMMIT, {P}:dead and the table; forget; the
#    stopped flusher resumes and commits: the table must not get the turn back. The same run
#    with the fence trigger disabled is the control: the turn does come back then (so this
#    test fails without the fence);
#  - 4 concurrent flushers and a producer saving other users' turns (each exactly once in the
#    end), a forget killed (SIGKILL) midway and run again;
#  - ids with Unicode, quotes, * ? [ and backslashes (no pattern injection in Redis or SQL);
#  - no --yes: counts, exit 2, nothing changed; migration 0003 missing: exit 4 naming it;
#    the flusher's role cannot forget; check reports what the role may do;
#  - prune on MF_PRUNE_ROWS rows (default 100000): young rows untouched, batches short.
# Knows the contract (docs/contract.md §9) and docs/forget.md, not the implementation.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
BIN=${MEMFLUSH:-${BUILD:-build}/memflush}
P=${MEMFLUSH_PREFIX:-memflush}
: "${MF_RIG:?run inside tests/rig.sh run}"
[ -x "$BIN" ] || { echo "test_forget.sh: $BIN not built" >&2; exit 2; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mfforget.XXXXXX")
PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill -CONT "$p" 2>/dev/null; kill "$p" 2>/dev/null; done
    rm -rf "$TMP"
}
trap cleanup EXIT
export MEMFLUSH_RETRY_SECONDS=0

fails=0
checks=0
ok()   { checks=$((checks + 1)); echo "ok   $*"; }
fail() { checks=$((checks + 1)); fails=$((fails + 1)); echo "FAIL $*"; }
check() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1 (expected '$2', got '$3')"; fi; }

rcli() { "$MF_RIG" redis-cli "$@"; }
psql_q() { "$MF_RIG" psql -qAt -c "$1"; }
K() { echo "{$P}:$1"; }
sanitizer_clean() {
    if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$1"; then
        fail "sanitizer report from $2:"
        grep -E 'ERROR|SUMMARY|runtime error' "$1" | head -n 5 | sed 's/^/    /'
    fi
}
# mf OUTFILE ARGS...: run memflush (stdout to OUTFILE, stderr to OUTFILE.err), set $rc
mf() {
    local out=$1
    shift
    rc=0
    "$BIN" "$@" >"$out" 2>"$out.err" </dev/null || rc=$?
    sanitizer_clean "$out.err" "memflush $*"
}
reset_all() {
    local keys
    keys=$(rcli --scan --pattern "{$P}:*")
    [ -z "$keys" ] || printf '%s\n' "$keys" | while IFS= read -r k; do rcli DEL "$k" >/dev/null; done
    psql_q "TRUNCATE public.chat_memories; DELETE FROM public.memflush_tombstones" >/dev/null
}
# json STRING: a JSON string literal (Python does the escaping)
json() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1], ensure_ascii=False))' "$1"; }
# turns FILE USER CONV N TAG: append N §1 records
turns() {
    local f=$1 u c i
    u=$(json "$2")
    c=$(json "$3")
    for ((i = 0; i < $4; i++)); do
        printf '{"cid":"%s-%d","conversation_id":%s,"user_id":%s,"user_message":"hi %d","assistant_message":"ok"}\n' \
            "$5" "$i" "$c" "$u" "$i" >>"$f"
    done
}
push_file() { mf "$TMP/push.out" push --jsonl "$1"; [ "$rc" = 0 ] || fail "push $1 exited $rc: $(cat "$TMP/push.out.err")"; }
sqlstr() { printf "'%s'" "${1//\'/\'\'}"; }
rows_of() { psql_q "SELECT count(*) FROM public.chat_memories WHERE user_id = $(sqlstr "$1")"; }
# redis_has USER: records of USER anywhere in Redis under the prefix (lists only)
redis_has() {
    local k n=0 u
    u=$(json "$1")
    while IFS= read -r k; do
        [ -n "$k" ] || continue
        [ "$(rcli TYPE "$k")" = list ] || continue
        n=$((n + $(rcli LRANGE "$k" 0 -1 | python3 -c '
import json, sys
u = json.loads(sys.argv[1]); n = 0
for line in sys.stdin:
    line = line.rstrip("\n")
    try:
        v = json.loads(line)
    except Exception:
        continue
    if isinstance(v, dict) and isinstance(v.get("record"), str):
        try:
            v = json.loads(v["record"])
        except Exception:
            continue
    if isinstance(v, dict) and v.get("user_id") == u:
        n += 1
print(n)' "$u")))
    done < <(rcli --scan --pattern "{$P}:*")
    echo "$n"
}
wait_inflight() { # wait until some in-flight list is non-empty (10 s)
    local i k
    for ((i = 0; i < 200; i++)); do
        for k in $(rcli --scan --pattern "{$P}:inflight:*"); do
            [ "$(rcli LLEN "$k")" -gt 0 ] && return 0
        done
        sleep 0.05
    done
    return 1
}

# the eraser's login (migrations/0003): forget and prune run with it
ERASER_URL=${MF_WRITER_URL/mf_writer_login/mf_eraser_login}
psql_q "DROP ROLE IF EXISTS mf_eraser_login" >/dev/null 2>&1
psql_q "CREATE ROLE mf_eraser_login LOGIN PASSWORD 's3cret-Test-pw' IN ROLE memflush_eraser" >/dev/null ||
    fail "could not create the eraser login"
cleanup_role() { psql_q "DROP ROLE IF EXISTS mf_eraser_login" >/dev/null 2>&1; }

U='Zoë "the*?[user]" \ ü'
V='other-user'
C1='conv "1" *?[ é'
C2='conv-2'

# ------------------------------------------------- the stopped flusher, with and without the fence
# stopped_flusher_run FENCE(on|off): returns via globals; leaves the table as the flusher left it
stopped_flusher_run() {
    local f=$TMP/a.jsonl pid fout
    reset_all
    rm -f "$f" "$TMP"/b.jsonl "$TMP"/c.jsonl
    turns "$f" "$U" "$C1" 5 t-$1-tab
    turns "$f" "$V" other-conv 5 v-$1-tab
    push_file "$f"
    mf "$TMP/f0" flush
    # a poison record of the user: dead-lettered by the next flush
    rcli RPUSH "$(K pending)" "{\"cid\":\"t-$1-dead\",\"conversation_id\":$(json "$C2"),\"user_id\":$(json "$U"),\"user_message\":\"x\",\"assistant_message\":\"y\",\"token_count\":\"many\"}" >/dev/null
    mf "$TMP/f1" flush
    # the in-flight batch: claimed by a flusher that is then stopped before its COMMIT
    turns "$TMP/b.jsonl" "$U" "$C2" 3 t-$1-fly
    turns "$TMP/b.jsonl" "$V" other-conv 3 v-$1-fly
    push_file "$TMP/b.jsonl"
    # and a poison record of the user in that batch: its dead letter must not appear later
    rcli RPUSH "$(K pending)" "{\"cid\":\"t-$1-flypoison\",\"conversation_id\":$(json "$C2"),\"user_id\":$(json "$U"),\"user_message\":\"x\",\"assistant_message\":\"y\",\"token_count\":-1}" >/dev/null
    fout=$TMP/stopped.out
    MEMFLUSH_TEST_DELAY_MS=1500 "$BIN" flush --max-batches 1 >"$fout" 2>"$fout.err" </dev/null &
    pid=$!
    PIDS+=("$pid")
    wait_inflight || fail "the flusher claimed nothing"
    kill -STOP "$pid"
    # pending: saved after the claim
    turns "$TMP/c.jsonl" "$U" "$C1" 4 t-$1-pend
    push_file "$TMP/c.jsonl"
    [ "$1" = off ] && psql_q "ALTER TABLE public.chat_memories DISABLE TRIGGER memflush_fence" >/dev/null
    before_table=$(rows_of "$U")
    before_dead=$(rcli LLEN "$(K dead)")
    mf "$TMP/forget.out" forget --user-id "$U" --yes --database-url "$ERASER_URL"
    forget_rc=$rc
    forget_json=$(cat "$TMP/forget.out")
    after_forget_redis=$(redis_has "$U")
    after_forget_table=$(rows_of "$U")
    kill -CONT "$pid"
    wait "$pid"
    flusher_rc=$?
    sanitizer_clean "$fout.err" "the stopped flusher"
    mf "$TMP/f2" flush
    [ "$1" = off ] && psql_q "ALTER TABLE public.chat_memories ENABLE TRIGGER memflush_fence" >/dev/null
    final_table=$(rows_of "$U")
    final_redis=$(redis_has "$U")
    other_rows=$(psql_q "SELECT count(*) FROM public.chat_memories WHERE user_id = 'other-user'")
}

stopped_flusher_run on
check "forget exits 0" 0 "$forget_rc"
check "the user had 5 rows in the table before" 5 "$before_table"
check "the poison record was dead-lettered before" 1 "$before_dead"
field() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["removed"][sys.argv[2]])' "$forget_json" "$1" 2>/dev/null; }
check "forget removed 5 table rows" 5 "$(field table)"
check "forget removed the dead letter" 1 "$(field dead)"
check "forget removed the 4 in-flight records (one poison)" 4 "$(field in_flight)"
check "forget removed the 4 pending records" 4 "$(field pending)"
check "forget removed the 12 context-list records (5 + 3 + 4)" 12 "$(field context)"
check "nothing of the user is in Redis after forget" 0 "$after_forget_redis"
check "no row of the user after forget" 0 "$after_forget_table"
check "the stopped flusher resumes and exits 0" 0 "$flusher_rc"
check "the table did not get the user's turn back from the stopped flusher" 0 "$final_table"
check "nothing of the user came back to Redis" 0 "$final_redis"
check "the other user's turns are all there, once" 8 "$other_rows"
check "the held poison record was not dead-lettered after forget" 0 "$(rcli LLEN "$(K dead)")"
check "the placeholders are gone from Redis" 0 \
    "$(for k in $(rcli --scan --pattern "{$P}:*"); do [ "$(rcli TYPE "$k")" = list ] && rcli LRANGE "$k" 0 -1; done | grep -c 'memflush:forgotten')"
check "the forget is counted and no tombstone is left in Redis" "1 0" \
    "$(rcli HGET "$(K erasures)" forgets) $(rcli HLEN "$(K forget)")"
if grep -q 'sha256:' "$TMP/forget.out.err" && ! grep -qF 'Zoë' "$TMP/forget.out.err" && ! grep -qF 'hi 1' "$TMP/forget.out.err"; then
    ok "the erasure is logged without the id or the content"
else fail "erasure log: $(cat "$TMP/forget.out.err")"; fi

# turns saved after forget are kept
turns "$TMP/d.jsonl" "$U" "$C1" 2 t-after
push_file "$TMP/d.jsonl"
mf "$TMP/f3" flush
check "turns of the user saved after forget are stored" 2 "$(rows_of "$U")"

# while a forget runs (its Redis tombstone set), records put back are dropped, not re-queued:
# an expired lease taken back (reclaim.lua) and a dead letter replayed (dlq_replay.lua)
reset_all
rcli HSET "$(K forget)" "u:$U" 1 >/dev/null
u_rec="{\"cid\":\"t-back\",\"conversation_id\":\"cb\",\"user_id\":$(json "$U"),\"user_message\":\"x\",\"assistant_message\":\"y\"}"
rcli RPUSH "$(K inflight:ghost)" "$u_rec" '{"cid":"v-back","conversation_id":"cb","user_id":"other-user","user_message":"x","assistant_message":"y"}' >/dev/null
rcli ZADD "$(K leases)" 1 ghost >/dev/null
mf "$TMP/fr" flush
check "reclaim during a forget drops the user's record and keeps the other" "0 1" \
    "$(rows_of "$U") $(rows_of other-user)"
python3 -c 'import json,sys; print(json.dumps({"record": sys.argv[1], "error": "x", "sqlstate": None, "failed_at": "2026-01-01T00:00:00Z"}))' "$u_rec" >"$TMP/dl"
rcli RPUSH "$(K dead)" "$(cat "$TMP/dl")" >/dev/null
mf "$TMP/rp" dlq replay
check "dlq replay during a forget drops the user's dead letter" "0 0" "$(rcli LLEN "$(K pending)") $(rcli LLEN "$(K dead)")"
rcli DEL "$(K forget)" >/dev/null

# the control: the same run without the fence lets the stopped flusher write the turn back
stopped_flusher_run off
if [ "$final_table" -gt 0 ]; then ok "control: without the fence trigger the stopped flusher writes $final_table turn(s) back"
else fail "control: without the fence the turn did not come back ($final_table): the test cannot tell"; fi
psql_q "ALTER TABLE public.chat_memories ENABLE TRIGGER memflush_fence" >/dev/null

# ------------------------------------------------- dry run, refusals, check
reset_all
turns "$TMP/e.jsonl" "$U" "$C1" 3 t-dry
push_file "$TMP/e.jsonl"
# the user's id written with every optional escape, and another user's record that carries the
# id only as a nested metadata user_id and in its text
rcli RPUSH "$(K pending)" "$(python3 -c 'import json,sys; print(json.dumps({"cid": "esc", "conversation_id": "c", "user_id": sys.argv[1], "user_message": "", "assistant_message": ""}, ensure_ascii=True).replace("/", "\\/"))' "$U")" \
    "$(python3 -c 'import json,sys; print(json.dumps({"cid": "nest", "conversation_id": "c", "user_id": "someone", "user_message": "\"user_id\": " + json.dumps(sys.argv[1]), "assistant_message": "", "metadata": {"user_id": sys.argv[1]}}, ensure_ascii=False))' "$U")" >/dev/null
mf "$TMP/dry" forget --user-id "$U" --database-url "$ERASER_URL"
check "forget without --yes exits 2" 2 "$rc"
check "forget without --yes counts the pending records (an escaped id too, not a nested one)" 4 \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["removed"]["pending"])' "$TMP/dry")"
check "forget without --yes changed nothing" 5 "$(rcli LLEN "$(K pending)")"
mf "$TMP/both" forget --user-id a --conversation-id b --yes
check "forget with both ids exits 2" 2 "$rc"
mf "$TMP/writer" forget --user-id "$U" --yes --database-url "$MF_WRITER_URL"
if [ "$rc" != 0 ] && grep -qiE 'permission|privilege|refused' "$TMP/writer.err"; then ok "the flusher's role cannot forget (exit $rc)"
else fail "the flusher's role forgot (exit $rc): $(cat "$TMP/writer.err")"; fi
check "the refused forget deleted nothing" 5 "$(rcli LLEN "$(K pending)")"
rcli DEL "$(K forget)" >/dev/null
mf "$TMP/chk" check --database-url "$ERASER_URL"
grep -q '"forget"\|forget' "$TMP/chk" "$TMP/chk.err" && grep -qi 'can forget and prune' "$TMP/chk" "$TMP/chk.err" &&
    ok "check says the eraser can forget and prune" || fail "check (eraser): $(cat "$TMP/chk" "$TMP/chk.err" | grep -i forget)"
mf "$TMP/chk2" check --database-url "$MF_WRITER_URL"
grep -qi 'cannot forget' "$TMP/chk2" "$TMP/chk2.err" &&
    ok "check says the flusher's role cannot forget" || fail "check (writer): $(cat "$TMP/chk2" "$TMP/chk2.err" | grep -i forget)"

# conversation forget, and a pattern-looking id that must match only itself
reset_all
turns "$TMP/g.jsonl" "$V" '*' 3 star
turns "$TMP/g.jsonl" "$V" 'conv-x' 3 x
push_file "$TMP/g.jsonl"
mf "$TMP/cf" forget --conversation-id '*' --yes --database-url "$ERASER_URL"
check "forget --conversation-id '*' exits 0" 0 "$rc"
check "only the conversation '*' left pending" 3 "$(rcli LLEN "$(K pending)")"
check "the other conversation's context list is untouched" 3 "$(rcli LLEN "$(K 'ctx:conv-x')")"
check "the '*' context list is gone" 0 "$(rcli EXISTS "$(K 'ctx:*')")"
mf "$TMP/f4" flush
check "the other conversation is flushed" 3 "$(psql_q "SELECT count(*) FROM public.chat_memories")"
psql_q "INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message, assistant_message, token_count, created_at) VALUES ('late-star', '*', 'v', '', '', 0, now() - interval '1 hour')" >/dev/null
check "the fence skips a late insert of the forgotten conversation" 0 \
    "$(psql_q "SELECT count(*) FROM public.chat_memories WHERE cid = 'late-star'")"
psql -X -qAt -d "$MF_WRITER_URL" -c "INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message, assistant_message, token_count, created_at) VALUES ('late-star-w', '*', 'v', '', '', 0, now() - interval '1 hour')" >/dev/null 2>&1 ||
    fail "the flusher's role could not insert"
check "the fence also holds for the flusher's role (row level security, no DELETE privilege)" 0 \
    "$(psql_q "SELECT count(*) FROM public.chat_memories WHERE cid = 'late-star-w'")"
psql_q "INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message, assistant_message, token_count, created_at) VALUES ('new-star', '*', 'v', '', '', 0, now() + interval '1 minute')" >/dev/null
check "a turn of the conversation created after the horizon is stored" 1 \
    "$(psql_q "SELECT count(*) FROM public.chat_memories WHERE cid = 'new-star'")"

# a conversation whose turns alternate between two users within one bulk-saver call (the saver
# starts a new call at each change of user, so both users' index entries name the list)
reset_all
: >"$TMP/h.jsonl"
for i in 1 2 3; do turns "$TMP/h.jsonl" "$U" shared 1 "h-u$i"; turns "$TMP/h.jsonl" "$V" shared 1 "h-v$i"; done
push_file "$TMP/h.jsonl"
check "the shared conversation's context list holds 6 turns" 6 "$(rcli LLEN "$(K ctx:shared)")"
mf "$TMP/hf" forget --user-id "$V" --yes --database-url "$ERASER_URL"
check "forget of the second user removed its 3 turns from the shared context list" 3 \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["removed"]["context"])' "$TMP/hf")"
check "the first user's 3 turns stay in it, in order" "h-u3-0 h-u2-0 h-u1-0" \
    "$(rcli LRANGE "$(K ctx:shared)" 0 -1 | python3 -c 'import json,sys; print(" ".join(json.loads(l)["cid"] for l in sys.stdin))')"
mf "$TMP/hf2" flush
check "the first user's turns in the shared conversation are flushed" 3 "$(rows_of "$U")"

# ------------------------------------------------- 4 flushers, a producer, a forget killed midway
reset_all
N_OTHER=${MF_FORGET_OTHER:-6000}
python3 - "$TMP/prod.jsonl" "$N_OTHER" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        f.write(json.dumps({"cid": "o-%d" % i, "conversation_id": "oc-%d" % (i % 50), "user_id": "ou-%d" % (i % 7),
                            "user_message": "m", "assistant_message": "a"}) + "\n")
PY
: >"$TMP/u.jsonl"
turns "$TMP/u.jsonl" "$U" "$C1" 300 t-conc
push_file "$TMP/u.jsonl"
touch "$TMP/run"
for i in 1 2 3 4; do
    ( while [ -e "$TMP/run" ]; do "$BIN" flush --batch-size 200 --lease-seconds 2 >/dev/null 2>>"$TMP/fl$i.err"; sleep 0.05; done ) &
    PIDS+=("$!")
done
( split -l 500 "$TMP/prod.jsonl" "$TMP/prodpart."; for p in "$TMP"/prodpart.*; do "$BIN" push --jsonl "$p" >/dev/null 2>>"$TMP/prod.err"; done ) &
prod=$!
PIDS+=("$prod")
sleep 0.3
MEMFLUSH_CRASH_AT=forget_after_table "$BIN" forget --user-id "$U" --yes --database-url "$ERASER_URL" >"$TMP/k1" 2>&1
check "forget killed midway (SIGKILL)" 137 "$?"
MEMFLUSH_CRASH_AT=forget_after_pending "$BIN" forget --user-id "$U" --yes --database-url "$ERASER_URL" >"$TMP/k2" 2>&1
check "forget killed again, later" 137 "$?"
mf "$TMP/k3" forget --user-id "$U" --yes --database-url "$ERASER_URL"
check "the rerun of forget completes" 0 "$rc"
wait "$prod"
for ((i = 0; i < 600; i++)); do
    [ "$(rcli LLEN "$(K pending)")" = 0 ] && [ -z "$(rcli --scan --pattern "{$P}:inflight:*")" ] && break
    sleep 0.1
done
rm -f "$TMP/run"
wait_all() { local p; for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done; PIDS=(); }
wait_all
mf "$TMP/f5" flush
check "no row of the forgotten user" 0 "$(rows_of "$U")"
check "nothing of the user in Redis" 0 "$(redis_has "$U")"
check "every other turn is stored exactly once" "$N_OTHER|$N_OTHER" \
    "$(psql_q "SELECT count(*), count(DISTINCT cid) FROM public.chat_memories WHERE cid LIKE 'o-%'")"
check "no tombstone left in Redis" 0 "$(rcli HLEN "$(K forget)")"
for i in 1 2 3 4; do sanitizer_clean "$TMP/fl$i.err" "flusher $i"; done

# ------------------------------------------------- one long push, a forget in between
# The user index entry of a context list stays until its day's bucket expires, and a saver
# that added it today does not send it again (docs/forget.md, "The user index"): a forget in
# the middle of a long push must not leave the push's later turns of the user unfindable.
# U and V take turns in one conversation, so its context list outlives the first forget.
reset_all
mkfifo "$TMP/fifo"
"$BIN" push --jsonl "$TMP/fifo" >"$TMP/lp.out" 2>"$TMP/lp.err" &
lp=$!
exec 7>"$TMP/fifo"
JU=$(json "$U") JV=$(json "$V") JC=$(json "$C1")
alternate() { # alternate FILE TAG N: N turns, U and V taking turns in C1
    local i u
    rm -f "$1"
    for ((i = 0; i < $3; i++)); do
        if ((i % 2)); then u=$JV; else u=$JU; fi
        printf '{"cid":"%s-%d","conversation_id":%s,"user_id":%s,"user_message":"hi","assistant_message":"ok"}\n' \
            "$2" "$i" "$JC" "$u" >>"$1"
    done
}
alternate "$TMP/l1.jsonl" long-a 512
cat "$TMP/l1.jsonl" >&7
for ((i = 0; i < 200; i++)); do [ "$(rcli LLEN "$(K pending)")" -ge 448 ] && break; sleep 0.05; done
mf "$TMP/lf1" forget --user-id "$U" --yes --database-url "$ERASER_URL"
check "forget during a long push exits 0" 0 "$rc"
alternate "$TMP/l2.jsonl" long-b 512
cat "$TMP/l2.jsonl" >&7
exec 7>&-
wait "$lp" || fail "the long push failed: $(cat "$TMP/lp.err")"
mf "$TMP/lf2" forget --user-id "$U" --yes --database-url "$ERASER_URL"
check "the second forget exits 0" 0 "$rc"
check "no record of the user is left in Redis after the second forget" 0 "$(redis_has "$U")"
check "the other user's records are kept" 512 "$(rcli LLEN "$(K pending)")"

# ------------------------------------------------- migration 0003 missing
"$MF_RIG" fresh-db mf_forget_old >/dev/null 2>&1
OLD_URL=${DATABASE_URL%/*}/mf_forget_old
for f in migrations/0001_*.sql migrations/0002_*.sql; do "$MF_RIG" psql -d mf_forget_old -q -v ON_ERROR_STOP=1 -1 -f "$f" >/dev/null 2>&1; done
mf "$TMP/old" forget --user-id x --yes --database-url "$OLD_URL"
check "forget on a database without 0003 exits 4" 4 "$rc"
grep -q '0003_forget.sql' "$TMP/old.err" && ok "the error names migrations/0003_forget.sql" || fail "no file named: $(cat "$TMP/old.err")"
rcli RPUSH "$(K pending)" '{"cid":"old-1","conversation_id":"c","user_id":"u","user_message":"","assistant_message":""}' >/dev/null
mf "$TMP/oldf" flush --database-url "$OLD_URL"
check "flush still works on a database at version 2" 0 "$rc"
mf "$TMP/oldp" prune --older-than 90d --database-url "$OLD_URL"
check "prune on a database without 0003 exits 4" 4 "$rc"
mf "$TMP/oldc" check --database-url "$OLD_URL"
grep -q 'migrations/0003_forget.sql is not applied' "$TMP/oldc" "$TMP/oldc.err" &&
    ok "check says migration 0003 is missing" || fail "check without 0003: $(cat "$TMP/oldc" "$TMP/oldc.err" | grep -i forget)"
grep -qi 'cannot forget' "$TMP/oldc" "$TMP/oldc.err" && fail "check without 0003 blames the role" || ok "check without 0003 does not blame the role"
psql_q "DROP DATABASE IF EXISTS mf_forget_old WITH (FORCE)" >/dev/null 2>&1

# ------------------------------------------------- prune
reset_all
NROWS=${MF_PRUNE_ROWS:-100000}
psql_q "INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message, assistant_message, token_count, created_at)
        SELECT 'p-' || g, 'c', 'u', 'm', 'a', 1,
               CASE WHEN g % 3 = 0 THEN now() - interval '1 day' ELSE now() - interval '100 days' END
        FROM generate_series(1, $NROWS) g" >/dev/null
young=$(psql_q "SELECT count(*) FROM public.chat_memories WHERE created_at > now() - interval '90 days'")
old=$(psql_q "SELECT count(*) FROM public.chat_memories WHERE created_at <= now() - interval '90 days'")
mf "$TMP/pd" prune --older-than 90d --dry-run --database-url "$ERASER_URL"
check "prune --dry-run counts the old rows, says it deleted none" "$old False 0" \
    "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["would_delete"], d["pruned"], d["deleted"])' "$TMP/pd")"
grep -q "dry run: $old row(s) .* would be deleted; nothing was deleted" "$TMP/pd.err" &&
    ok "prune --dry-run says on stderr that nothing was deleted" || fail "prune --dry-run stderr: $(cat "$TMP/pd.err")"
check "prune --dry-run deleted nothing" "$NROWS" "$(psql_q "SELECT count(*) FROM public.chat_memories")"
mf "$TMP/bad" prune --older-than 90x --database-url "$ERASER_URL"
check "a bad duration exits 2" 2 "$rc"
mf "$TMP/pr" prune --older-than 90d --batch-pages 200 --database-url "$ERASER_URL"
check "prune exits 0" 0 "$rc"
check "prune deleted every old row" "$old" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["deleted"])' "$TMP/pr")"
check "rows younger than the horizon are untouched" "$young" "$(psql_q "SELECT count(*) FROM public.chat_memories")"
batches=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["batches"], d["max_batch_ms"])' "$TMP/pr")
echo "     prune of $NROWS rows: batches, longest batch ms: $batches"
[ "${batches%% *}" -gt 1 ] && ok "prune worked in several batches" || fail "prune batches: $batches"
grep -q 'prune:' "$TMP/pr.err" && ok "prune reports progress on stderr" || fail "no progress on stderr"
mf "$TMP/pw" prune --older-than 1s --database-url "$MF_WRITER_URL"
if [ "$rc" != 0 ]; then ok "the flusher's role cannot prune (exit $rc)"; else fail "the flusher's role pruned"; fi
check "the refused prune deleted nothing" "$young" "$(psql_q "SELECT count(*) FROM public.chat_memories")"
mf "$TMP/st" stats
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["prunes"] >= 1 and d["forgets"] >= 0' "$TMP/st" 2>/dev/null &&
    ok "stats counts forgets and prunes" || fail "stats: $(cat "$TMP/st")"

reset_all
cleanup_role
echo "test_forget: $((checks - fails)) passed, $fails failed"
[ "$fails" -eq 0 ]
