#!/usr/bin/env bash
# test_push.sh - the interop promises of docs/producers.md, inside tests/rig.sh:
#  - the Lua script shown in the doc (both copies) is the one compiled in (src/lua/save.lua);
#  - the Python package (clients/python, docs/python.md) saves turns that memflush context reads
#    back and memflush flush writes to the table exactly once (skipped when redis-py is missing);
#  - a plain RPUSH of a record is flushed like one from the library;
#  - push --jsonl from a pipe with pauses sends each turn without waiting for a full chunk;
#  - Redis dying in the middle of push --jsonl: exit 1, the summary counts what was stored.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
M=${MEMFLUSH:-$PWD/${BUILD:-build}/memflush}
P=${MEMFLUSH_PREFIX:-memflush}
fail() { echo "test_push.sh: FAIL: $*" >&2; exit 1; }
rcli() { "$MF_RIG" redis-cli "$@"; }
psql_() { "$MF_RIG" psql -c "$1"; }
tmp=$(mktemp -d "${MF_RIG_DIR:-/tmp}/tpush.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# 1. the doc shows the compiled-in script (code lines only, comments aside)
code() { grep -v '^\s*--' | grep -v '^\s*$' | sed 's/^\s*//'; }
code < src/lua/save.lua > "$tmp/lua.src"
awk '/^```lua$/{on=1; next} /^```$/{on=0} on' docs/producers.md | code > "$tmp/lua.doc"
cmp -s "$tmp/lua.src" "$tmp/lua.doc" || { diff "$tmp/lua.src" "$tmp/lua.doc" >&2; fail "the Lua block of docs/producers.md differs from src/lua/save.lua"; }
echo "ok: the documented script is the compiled-in one"

rcli del "{$P}:pending" "{$P}:ctx:py-conv" >/dev/null
psql_ "TRUNCATE public.chat_memories" >/dev/null || fail "truncate"

# 2. the Python package (it runs src/lua/save.lua itself)
PY=
for c in /usr/bin/python3 python3; do
    if "$c" -c 'import redis' 2>/dev/null; then PY=$c; break; fi
done
if [ -n "$PY" ]; then
    cat > "$tmp/run.py" <<'PYEOF'
import memflush
mf = memflush.Client.from_env()
cid1 = mf.save("py-conv", "py-user", "Bonjour, ça va ?", "Très bien, merci.", metadata={"lang": "fr"}).cid
mf.save("py-conv", "py-user", "second", "answer", token_count=9, reflection={"summary": "ok"}, cid="py-fixed")
turns = mf.context("py-conv")
assert [t["cid"] for t in turns] == [cid1, "py-fixed"], turns
print(cid1)
PYEOF
    cid1=$(MEMFLUSH_PREFIX=$P PYTHONPATH=$PWD/clients/python "$PY" "$tmp/run.py") || fail "the Python package's producer failed"
    out=$("$M" context --conversation-id py-conv) || fail "context after the Python producer"
    [ "$(printf '%s\n' "$out" | wc -l)" -eq 2 ] || fail "context should show 2 turns: $out"
    printf '%s\n' "$out" | head -1 | grep -q "\"cid\":\"$cid1\"" || fail "first turn should be $cid1: $out"
    printf '%s\n' "$out" | grep -q '"user_message":"Bonjour, ça va ?"' || fail "UTF-8 text changed: $out"
    echo "ok: the Python producer's turns are read back by memflush context"
else
    echo "skip: redis-py is not installed (apt-get install python3-redis); the Python example was not run"
fi

# 3. a plain RPUSH is as good as a save
rcli rpush "{$P}:pending" '{"cid":"raw-1","conversation_id":"py-conv","user_id":"u","user_message":"m","assistant_message":"a"}' >/dev/null
"$M" flush > "$tmp/flush.out" 2> "$tmp/flush.err" || { cat "$tmp/flush.err" >&2; fail "flush exited $?"; }
want=1; [ -n "$PY" ] && want=3
got=$(psql_ "SELECT count(*) FROM public.chat_memories WHERE conversation_id = 'py-conv'")
[ "$got" = "$want" ] || fail "the table holds $got rows of py-conv, want $want"
[ "$(rcli llen "{$P}:pending")" = 0 ] || fail "pending not drained"
if [ -n "$PY" ]; then
    [ "$(psql_ "SELECT token_count FROM public.chat_memories WHERE cid = 'py-fixed'")" = 9 ] || fail "token_count of py-fixed"
    [ "$(psql_ "SELECT reflection->>'summary' FROM public.chat_memories WHERE cid = 'py-fixed'")" = ok ] || fail "reflection of py-fixed"
fi
echo "ok: RPUSHed and script-saved records are flushed once each"

# 4. a pipe that pauses: turns are sent while push waits for more input
rcli del "{$P}:pending" >/dev/null
{
    echo '{"cid":"pipe-1","conversation_id":"pc","user_id":"u","user_message":"m","assistant_message":"a"}'
    sleep 1
    n=$(rcli llen "{$P}:pending")
    echo "$n" > "$tmp/during"
    echo '{"cid":"pipe-2","conversation_id":"pc","user_id":"u","user_message":"m","assistant_message":"a"}'
} | "$M" push --jsonl - > "$tmp/pipe.out" 2> "$tmp/pipe.err" || { cat "$tmp/pipe.err" >&2; fail "push from a pipe exited $?"; }
[ "$(cat "$tmp/during")" = 1 ] || fail "the first turn was held back while the pipe paused (pending was $(cat "$tmp/during"))"
grep -qx '{"pushed":2,"bad_lines":0,"lines":2}' "$tmp/pipe.out" || fail "summary: $(cat "$tmp/pipe.out")"
echo "ok: push --jsonl from a pausing pipe sends each turn at once"

# 5. Redis stops in the middle of a stream
rcli del "{$P}:pending" >/dev/null
trap '"$MF_RIG" start-redis >/dev/null 2>&1; rm -rf "$tmp"' EXIT
{
    echo '{"cid":"mid-1","conversation_id":"pc","user_id":"u","user_message":"m","assistant_message":"a"}'
    sleep 1
    "$MF_RIG" stop-redis >&2
    echo '{"cid":"mid-2","conversation_id":"pc","user_id":"u","user_message":"m","assistant_message":"a"}'
} | "$M" push --jsonl - > "$tmp/mid.out" 2> "$tmp/mid.err"
rc=$?
"$MF_RIG" start-redis >&2 || fail "could not restart redis-server"
[ "$rc" -eq 1 ] || { cat "$tmp/mid.err" >&2; fail "push with Redis stopped mid-way exited $rc, want 1"; }
grep -qx '{"pushed":1,"bad_lines":0,"lines":2}' "$tmp/mid.out" || fail "summary after Redis stopped: $(cat "$tmp/mid.out")"
grep -q 'stopped after line 2' "$tmp/mid.err" || fail "no message naming the line: $(cat "$tmp/mid.err")"
echo "ok: Redis stopping mid-stream exits 1 with an honest summary"
exit 0
