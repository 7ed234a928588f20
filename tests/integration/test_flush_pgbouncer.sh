#!/usr/bin/env bash
# test_flush_pgbouncer.sh - memflush flush through PgBouncer in transaction pooling mode
# (what Supabase's pooler on port 6543 does): both methods, as the superuser and as the
# least-privilege writer role, with a pool of ONE server connection so that consecutive
# transactions of two flushers share it. Every record must land exactly once.
# Runs inside tests/rig.sh run (needs MF_RIG, MF_PG_PORT, REDIS_URL, MEMFLUSH).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
: "${MF_RIG:?run me inside tests/rig.sh run (or through tests/run.sh)}"
MEMFLUSH=${MEMFLUSH:-$PWD/${BUILD:-build}/memflush}
PREFIX=${MEMFLUSH_PREFIX:-memflush}
FAILS=0
PASSES=0
pass() { echo "PASS: $*"; PASSES=$((PASSES + 1)); }
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
check() { if [ "$2" = "$3" ]; then pass "$1"; else fail "$1 (expected '$2', got '$3')"; fi; }

PGBOUNCER=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
if [ ! -x "$PGBOUNCER" ]; then
    echo "FAIL: pgbouncer is not installed (tools/deps.sh installs it)"
    exit 1
fi

dir="$MF_RIG_DIR/pgbouncer.$$"
mkdir -p "$dir"
port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
cat > "$dir/pgbouncer.ini" <<EOF
[databases]
memflush_test = host=127.0.0.1 port=$MF_PG_PORT dbname=memflush_test

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/users.txt
pool_mode = transaction
default_pool_size = 1
max_client_conn = 50
server_reset_query =
; a client left waiting for the server connection errors after 10 s instead of 120: a stall
; shows up as a batch put back (requeued_count) rather than as a slow test
query_wait_timeout = 10
ignore_startup_parameters = extra_float_digits
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
EOF
cat > "$dir/users.txt" <<EOF
"postgres" ""
"mf_writer_login" "s3cret-Test-pw"
EOF
# PgBouncer refuses to run as root
if [ "$(id -u)" -eq 0 ]; then
    chown -R nobody:nogroup "$dir"
    runuser -u nobody -- "$PGBOUNCER" -d "$dir/pgbouncer.ini" || { echo "FAIL: pgbouncer did not start"; exit 1; }
else
    "$PGBOUNCER" -d "$dir/pgbouncer.ini" || { echo "FAIL: pgbouncer did not start"; exit 1; }
fi
stop_bouncer() {
    local pid
    pid=$(cat "$dir/pgbouncer.pid" 2>/dev/null) && kill "$pid" 2>/dev/null
}
trap stop_bouncer EXIT
for _ in $(seq 50); do
    psql -X -At "postgresql://postgres@127.0.0.1:$port/memflush_test" -c 'select 1' >/dev/null 2>&1 && break
    sleep 0.1
done

SU_URL="postgresql://postgres@127.0.0.1:$port/memflush_test"
WRITER_URL="postgresql://mf_writer_login:s3cret-Test-pw@127.0.0.1:$port/memflush_test"
rcli() { "$MF_RIG" redis-cli "$@"; }
q() { psql -X -At "$DATABASE_URL" -c "$1"; }

push() { # push N records with cids PFX<i>
    local pfx=$1 n=$2 i
    # RESP on stdin for redis-cli --pipe: each record is one argument, whatever it holds
    for ((i = 0; i < n; i++)); do
        printf '*3\r\n$5\r\nRPUSH\r\n$%d\r\n{%s}:pending\r\n' $(( ${#PREFIX} + 10 )) "$PREFIX"
        rec=$(printf '{"cid":"%s%04d","conversation_id":"c","user_id":"u","user_message":"m\\t%d","assistant_message":"a"}' "$pfx" "$i" "$i")
        printf '$%d\r\n%s\r\n' "${#rec}" "$rec"
    done | rcli --pipe >/dev/null
}

q "TRUNCATE public.chat_memories" >/dev/null
rcli DEL "{$PREFIX}:pending" "{$PREFIX}:dead" >/dev/null

run=0
for method in copy insert; do
    for who in su writer; do
        run=$((run + 1))
        url=$SU_URL
        [ "$who" = writer ] && url=$WRITER_URL
        pfx="pb${run}-"
        push "$pfx" 300
        # two flushers at once over one server connection: transactions interleave on it
        DATABASE_URL=$url "$MEMFLUSH" flush --method "$method" --batch-size 25 >"$dir/out1" 2>"$dir/err1" &
        p1=$!
        DATABASE_URL=$url "$MEMFLUSH" flush --method "$method" --batch-size 25 >"$dir/out2" 2>"$dir/err2" &
        p2=$!
        wait "$p1"; s1=$?
        wait "$p2"; s2=$?
        check "$method as $who: first flusher exit status" 0 "$s1"
        check "$method as $who: second flusher exit status" 0 "$s2"
        [ "$s1" -eq 0 ] && [ "$s2" -eq 0 ] || { cat "$dir/err1" "$dir/err2"; }
        check "$method as $who: rows" 300 "$(q "SELECT count(DISTINCT cid) FROM public.chat_memories WHERE cid LIKE '$pfx%'")"
        check "$method as $who: no cid twice" 0 "$(q "SELECT count(*) FROM (SELECT cid FROM public.chat_memories GROUP BY cid HAVING count(*) > 1) d")"
        check "$method as $who: tabs kept" 1 "$(q "SELECT count(*) FROM public.chat_memories WHERE cid = '${pfx}0007' AND user_message = E'm\\t7'")"
        check "$method as $who: pending empty" 0 "$(rcli LLEN "{$PREFIX}:pending")"
        check "$method as $who: nothing in flight" "" "$(rcli KEYS "{$PREFIX}:inflight:*")"
        check "$method as $who: no dead letters" 0 "$(rcli LLEN "{$PREFIX}:dead")"
        flushed=$(cat "$dir/out1" "$dir/out2" | sed -n 's/.*"flushed_count":\([0-9]*\).*/\1/p' | awk '{s += $1} END {print s + 0}')
        check "$method as $who: flushed_count adds up" 300 "$flushed"
    done
done

# Each connection tries COPY first until three batches in a row met a cid already in the
# table. Make that happen on one connection only: batches 1 and 2 go on the first connection
# (the overlap starts after a commit), then they alternate, so batches 3, 5 and 7 are the
# second connection's; each holds one cid that is already there. Then batch 8 (the first
# connection's, still COPYing) meets one too. Its COPY goes with its COMMIT (it ends on its
# own), but batch 9, on the other connection, now goes as an INSERT whose transaction waits
# for us: sent early, it would hold the pool's one server connection while batch 8's retry
# waits for it. Nothing may stall or be put back.
pfx=dl-
push "$pfx" 250
for b in 3 5 7 8; do
    q "INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message, assistant_message,
           token_count, created_at) VALUES ('$pfx$(printf %04d $(( (b - 1) * 25 + 3 )))', 'c', 'u', 'old', 'a', 0, now())" >/dev/null
done
waits=$(grep -c query_wait_timeout "$dir/pgbouncer.log")
DATABASE_URL=$SU_URL "$MEMFLUSH" flush --method copy --batch-size 25 >"$dir/out1" 2>"$dir/err1"
s1=$?
check "COPY and INSERT batches on the two connections: exit status" 0 "$s1"
[ "$s1" -eq 0 ] || cat "$dir/err1"
check "COPY and INSERT batches on the two connections: nothing put back" 0 \
    "$(sed -n 's/.*"requeued_count":\([0-9]*\).*/\1/p' "$dir/out1")"
check "COPY and INSERT batches on the two connections: no warning or error logged" 0 \
    "$(grep -vc ' info: ' "$dir/err1")"
# a stall ends when PgBouncer gives up on the waiting client, and logs it
check "COPY and INSERT batches on the two connections: no client waited for the server connection" \
    "$waits" "$(grep -c query_wait_timeout "$dir/pgbouncer.log")"
grep -v ' info: ' "$dir/err1" | head -n 3
check "COPY and INSERT batches on the two connections: new rows" 246 \
    "$(sed -n 's/.*"flushed_count":\([0-9]*\).*/\1/p' "$dir/out1")"
check "COPY and INSERT batches on the two connections: rows" 250 \
    "$(q "SELECT count(DISTINCT cid) FROM public.chat_memories WHERE cid LIKE '$pfx%'")"
check "COPY and INSERT batches on the two connections: old rows kept" 4 \
    "$(q "SELECT count(*) FROM public.chat_memories WHERE cid LIKE '$pfx%' AND user_message = 'old'")"
check "COPY and INSERT batches on the two connections: pending empty" 0 "$(rcli LLEN "{$PREFIX}:pending")"

# the pooler's server connection holds no leftover state (no temp table, no open transaction)
check "no temp table left behind" 0 "$(psql -X -At "$SU_URL" -c "SELECT count(*) FROM pg_class WHERE relname = 'memflush_stage'")"

echo "$PASSES passed, $FAILS failed"
[ "$FAILS" -eq 0 ]
