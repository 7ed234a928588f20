#!/usr/bin/env bash
# demo.sh - the main job end to end on throwaway local servers: start Redis and
# PostgreSQL (tests/rig.sh), apply the migrations, push a few turns, flush them,
# show the rows. Nothing outside a temporary directory is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export MEMFLUSH="$PWD/$BUILD/memflush"

exec bash tests/rig.sh run -- bash -c '
set -euo pipefail
mf() { echo "\$ memflush $*" >&2; "$MEMFLUSH" "$@"; }
echo "== Redis at $REDIS_URL, PostgreSQL at $DATABASE_URL (throwaway)"
echo "== 1. the chatbot saves turns (one Redis round trip each)"
mf push --conversation-id demo-1 --user-id alice \
   --user-message "What is memflush?" \
   --assistant-message "A Redis-first buffer that flushes chat turns to PostgreSQL exactly once."
mf push --conversation-id demo-1 --user-id alice \
   --user-message "你好！Does it keep emoji 🎉 and tabs	too?" \
   --assistant-message "Yes: UTF-8 text, tabs and newlines are stored as sent." \
   --reflection "{\"summary\":\"greeting\",\"confidence\":0.9}"
printf "%s\n" \
  "{\"conversation_id\":\"demo-2\",\"user_id\":\"bob\",\"user_message\":\"bulk 1\",\"assistant_message\":\"ok 1\"}" \
  "{\"conversation_id\":\"demo-2\",\"user_id\":\"bob\",\"user_message\":\"bulk 2\",\"assistant_message\":\"ok 2\",\"token_count\":7}" \
  "{\"conversation_id\":\"demo-2\",\"user_id\":\"bob\",\"user_message\":\"bulk 3\",\"assistant_message\":\"ok 3\",\"channel\":\"web\"}" \
  | mf push --jsonl -
echo "== 2. queue statistics"
mf stats || true
echo "== 3. the scheduled job flushes the queue into PostgreSQL"
mf flush
echo "== 4. the rows in public.chat_memories"
psql "$DATABASE_URL" -X -P pager=off -c "SELECT conversation_id, user_id, left(user_message, 40) AS user_message, token_count, created_at, metadata FROM public.chat_memories ORDER BY id"
echo "== 5. recent context of demo-1 (Redis first, PostgreSQL to complete)"
mf context --conversation-id demo-1 --limit 5
echo "== demo done: servers are stopped and their directory removed"
'
