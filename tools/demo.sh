#!/usr/bin/env bash
# demo.sh - the main job end to end on throwaway local servers: start Redis and
# PostgreSQL (tests/rig.sh), apply the migrations, push a few turns, flush them,
# show the rows. Nothing outside a temporary directory is touched.
# Every command it runs is printed ("$ memflush ...") quoted for the shell, so that
# it can be pasted back as it is (tests/integration/test_demo.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export MEMFLUSH="$PWD/$BUILD/memflush"
if [ "${1:-}" != --in-rig ]; then
    exec bash tests/rig.sh run -- bash "$0" --in-rig
fi

# shq ARGS...: the arguments as one line that a POSIX shell (bash: anything) reads back as the
# same words: plain words as they are, others in single quotes, control characters (a tab: a
# pasted tab would be completion) in bash's $'...' form
shq() {
    local a out="" sq="'" esc="'\\''"
    for a in "$@"; do
        if [[ $a =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then
            out+=" $a"
        elif [[ $a =~ [[:cntrl:]] ]]; then
            out+=" $(printf '%q' "$a")"
        else
            out+=" '${a//$sq/$esc}'"
        fi
    done
    printf '%s' "${out# }"
}
mf() { echo "\$ memflush $(shq "$@")" >&2; "$MEMFLUSH" "$@"; }

echo "== Redis at $REDIS_URL, PostgreSQL at $DATABASE_URL (throwaway)"
echo "   (these servers are stopped when the demo ends: to paste the commands below afterwards, run"
echo "    export PATH=$(shq "$(dirname "$MEMFLUSH")"):\"\$PATH\" and point REDIS_URL and DATABASE_URL at servers of"
echo "    your own, for example those of: tests/rig.sh run -- bash)"
echo "== 1. the chatbot saves turns (one Redis round trip each)"
mf push --conversation-id demo-1 --user-id alice \
   --user-message "What is memflush?" \
   --assistant-message "A Redis-first buffer that flushes chat turns to PostgreSQL exactly once."
mf push --conversation-id demo-1 --user-id alice \
   --user-message "你好！Does it keep emoji 🎉 and tabs	too? It's \"quoted\" \$HOME" \
   --assistant-message "Yes: UTF-8 text, tabs and newlines are stored as sent." \
   --reflection '{"summary":"greeting","confidence":0.9}'
lines=(
  '{"conversation_id":"demo-2","user_id":"bob","user_message":"bulk 1","assistant_message":"ok 1"}'
  '{"conversation_id":"demo-2","user_id":"bob","user_message":"bulk 2","assistant_message":"ok 2","token_count":7}'
  '{"conversation_id":"demo-2","user_id":"bob","user_message":"bulk 3","assistant_message":"ok 3","channel":"web"}'
)
echo "\$ printf '%s\\n' $(shq "${lines[@]}") | memflush push --jsonl -" >&2
printf '%s\n' "${lines[@]}" | "$MEMFLUSH" push --jsonl -
echo "== 2. queue statistics"
mf stats || true
echo "== 3. the scheduled job flushes the queue into PostgreSQL"
mf flush
echo "== 4. the rows in public.chat_memories"
sql="SELECT conversation_id, user_id, left(user_message, 40) AS user_message, token_count, created_at, metadata FROM public.chat_memories ORDER BY id"
echo "\$ psql \"\$DATABASE_URL\" -X -P pager=off -c $(shq "$sql")" >&2
psql "$DATABASE_URL" -X -P pager=off -c "$sql"
echo "== 5. recent context of demo-1 (Redis first, PostgreSQL to complete)"
mf context --conversation-id demo-1 --limit 5
echo "== demo done: servers are stopped and their directory removed"
