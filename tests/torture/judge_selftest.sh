#!/usr/bin/env bash
# judge_selftest.sh - proves that tests/torture/tverify fails when it should: a lost turn, a
# row never pushed, a valid turn dead-lettered, a poison record dead-lettered twice, a
# missing poison record, a record left in flight. Runs inside tests/rig.sh run; leaves the
# table empty and its own keys deleted. Knows nothing about the flusher.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
BUILD=${BUILD:-build}
case $BUILD in /*) B=$BUILD ;; *) B=$PWD/$BUILD ;; esac
export MEMFLUSH_PREFIX=${MEMFLUSH_PREFIX:-memflush}-judge
P=$MEMFLUSH_PREFIX
W=$(mktemp -d "${MF_RIG_DIR:-/tmp}/judge.XXXXXX") || exit 2
fail() { echo "judge_selftest: FAIL: $*" >&2; exit 1; }
dl() { printf '{"record":"%s","error":"x","sqlstate":null,"failed_at":"2025-01-01T00:00:00Z"}' "$1"; }

printf 'a1\na2\na3\n' > "$W/ack-x.txt"
printf 'u1\n' > "$W/unknown-x.txt"
printf 'TPZ9-1~\nTPZ9-2~\n' > "$W/poison-ack-x.txt"
"$MF_RIG" psql -c "TRUNCATE public.chat_memories;
  INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message, assistant_message, token_count, created_at)
  VALUES ('a1','c','u','m','a',1,now()), ('zz','c','u','m','a',1,now())" >/dev/null || fail "could not prepare the table"
"$MF_RIG" redis-cli DEL "{$P}:dead" "{$P}:inflight:h-1-x" >/dev/null
"$MF_RIG" redis-cli RPUSH "{$P}:dead" "$(dl 'TPZ9-1~ junk')" "$(dl 'TPZ9-1~ junk')" "$(dl '{\"cid\":\"a3\"}')" >/dev/null
"$MF_RIG" redis-cli RPUSH "{$P}:inflight:h-1-x" rec >/dev/null
"$B/torture/tverify" "$W" > "$W/out" 2>&1
rc=$?
"$MF_RIG" redis-cli DEL "{$P}:dead" "{$P}:inflight:h-1-x" >/dev/null
"$MF_RIG" psql -c "TRUNCATE public.chat_memories" >/dev/null
[ "$rc" -eq 1 ] || { cat "$W/out" >&2; fail "tverify exited $rc on a broken state, want 1"; }
for want in "lost 2" "duplicated 1" "valid_dead_lettered 1" "phantom_rows 1" "in_flight 1" "violations 6"; do
    grep -qx "$want" "$W/out" || { cat "$W/out" >&2; fail "tverify did not report '$want'"; }
done
rm -rf "$W"
echo "judge_selftest: ok: tverify reports every kind of violation"
