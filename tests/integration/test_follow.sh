#!/usr/bin/env bash
# test_follow.sh - flush --follow and --listen (contract §8), inside tests/rig.sh:
#  1. an idle follower sends Redis nothing but its blocking wait (INFO commandstats deltas);
#  2. exactly once under a steady producer, with two followers at once, sub-second latency;
#  3. SIGTERM with a batch in hand: exit 0, the batch finished, nothing left in flight;
#  4. a follower SIGKILLed with a batch in hand: another, already running follower takes it back
#     when the lease expires (short --lease-seconds), without being restarted;
#  5. the endpoints: /healthz, /metrics, /readyz, 404, 405; /readyz 503 naming the missing
#     migration, then 200 once it is applied (and the follower flushes); /healthz 503 "stuck"
#     while a batch is held past the (test-only, short) limit, 200 once it is written;
#  6. PostgreSQL restarted while following: /readyz 503 then 200, nothing lost or doubled;
#  7. hostile HTTP input (oversized headers, a slowloris trickle, 1,000 connections, other methods)
#     while the follower keeps flushing.
# shellcheck source=../helpers/th.sh
. "$(dirname "${BASH_SOURCE[0]}")/../helpers/th.sh"
P=${MEMFLUSH_PREFIX:-memflush}
tmp=$(mktemp -d "${MF_RIG_DIR:-/tmp}/tfollow.XXXXXX") || exit 2
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT
rcli() { "$MF_RIG" redis-cli "$@"; }
sql() { "$MF_RIG" psql -c "$1"; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local p
    while :; do
        p=$((10000 + RANDOM % 20000)) # below the ephemeral range (32768-)
        port_free "$p" && { echo "$p"; return; }
    done
}

# start NAME ARGS...: a follower in the background; its pid in $LAST, logs in $tmp/NAME.{out,err}
start() {
    local name=$1
    shift
    "$BIN" flush --follow "$@" > "$tmp/$name.out" 2> "$tmp/$name.err" &
    LAST=$!
    pids+=("$LAST")
}

# wait_until SECONDS CMD...: 0 once CMD succeeds, 1 when the time ran out
wait_until() {
    local limit=$1 i=0
    shift
    while ! "$@" >/dev/null 2>&1; do
        i=$((i + 1))
        [ "$i" -gt $((limit * 20)) ] && return 1
        sleep 0.05
    done
}

# stop PID: SIGTERM, wait; the exit status in $RC (not in a subshell: it must be our child)
stop() {
    RC=0
    kill -TERM "$1" 2>/dev/null
    wait "$1" || RC=$?
}

# turns FROM TO TAG: JSON lines with cids TAG-FROM .. TAG-TO
turns() {
    local i
    for ((i = $1; i <= $2; i++)); do
        printf '{"cid":"%s-%d","conversation_id":"c%d","user_id":"u","user_message":"m%d","assistant_message":"a"}\n' \
            "$3" "$i" $((i % 7)) "$i"
    done
}
push() { turns "$@" | "$BIN" push --jsonl - > /dev/null; }

rows() { sql "SELECT count(*) FROM public.chat_memories WHERE cid LIKE '$1-%'"; }
rows_are() { [ "$(rows "$1")" = "$2" ]; }
inflight() {
    local n=0 k
    for k in $(rcli --scan --pattern "{$P}:inflight:*"); do n=$((n + $(rcli llen "$k"))); done
    echo "$n"
}
inflight_nonzero() { [ "$(inflight)" -gt 0 ]; }

# exactly_once TAG N: N rows, no cid twice, nothing pending, in flight or leased
exactly_once() {
    local tag=$1 n=$2 got dist
    got=$(rows "$tag")
    dist=$(sql "SELECT count(DISTINCT cid) FROM public.chat_memories WHERE cid LIKE '$tag-%'")
    [ "$got" = "$n" ] && [ "$dist" = "$n" ] || { bad "$tag: $got rows ($dist distinct), want $n"; return 1; }
    [ "$(rcli llen "{$P}:pending")" = 0 ] || { bad "$tag: pending not empty"; return 1; }
    [ "$(inflight)" = 0 ] || { bad "$tag: records left in flight"; return 1; }
    [ "$(rcli zcard "{$P}:leases")" = 0 ] || { bad "$tag: leases left"; return 1; }
    [ "$(rcli llen "{$P}:dead")" = 0 ] || { bad "$tag: dead letters"; return 1; }
    return 0
}

http_code() { curl -s -o "$tmp/body" -w '%{http_code}' --max-time 5 "$@"; }

# ---------------------------------------------------------------- 1. idle
start idle --log-format json
wait_until 10 grep -q 'following the queue' "$tmp/idle.err" || bad "idle: the follower did not start"
sleep 1.5
rcli info commandstats > "$tmp/cs1"
sleep 3
rcli info commandstats > "$tmp/cs2"
changed=$(diff "$tmp/cs1" "$tmp/cs2" | grep '^>' | grep -v -e 'cmdstat_blmove:' -e 'cmdstat_info:' || true)
b1=$(sed -n 's/^cmdstat_blmove:calls=\([0-9]*\),.*/\1/p' "$tmp/cs1")
b2=$(sed -n 's/^cmdstat_blmove:calls=\([0-9]*\),.*/\1/p' "$tmp/cs2")
if [ -z "$changed" ] && [ -n "$b2" ] && [ $((b2 - ${b1:-0})) -ge 1 ] && [ $((b2 - ${b1:-0})) -le 5 ]; then
    ok "an idle follower sent only its blocking wait: $((b2 - ${b1:-0})) BLMOVE in 3 s, no other command"
else
    bad "an idle follower sent other commands: ${changed:-none}; BLMOVE ${b1:-0} -> ${b2:-none}"
fi
# a turn wakes it at once (well under the 1 s block)
t0=$(date +%s%N)
push 1 1 idle
wait_until 5 rows_are idle 1 || bad "idle: the turn was not flushed"
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$ms" -lt 1500 ] && ok "a turn pushed to an idle follower is in the table after ${ms} ms" ||
    bad "a turn took ${ms} ms to reach the table"
stop "$LAST"
[ "$RC" = 0 ] && ok "SIGTERM: the idle follower exits 0" || bad "the idle follower did not exit 0"
grep -q '"success":true' "$tmp/idle.out" && grep -q '"flushed_count":1' "$tmp/idle.out" ||
    bad "the follower's summary line: $(cat "$tmp/idle.out")"
[ -s "$tmp/idle.err" ] && ! grep -qv '^{"time":"[^"]*","level":"[a-z]*","pid":[0-9]*,"msg":".*"}$' "$tmp/idle.err" &&
    ok "--log-format json: every log line is a JSON object" || bad "--log-format json: $(head -3 "$tmp/idle.err")"

# --------------------------------------------------- 2. steady producer, two followers
start s1 --linger-ms 100 --batch-size 200
f1=$LAST
start s2 --linger-ms 100 --batch-size 200
f2=$LAST
N=3000
(
    i=1
    while [ "$i" -le "$N" ]; do
        push "$i" $((i + 49)) steady
        i=$((i + 50))
        sleep 0.05
    done
) &
prod=$!
wait "$prod"
wait_until 20 rows_are steady "$N" || bad "steady: $(rows steady) of $N rows after 20 s"
stop "$f1"
rc1=$RC
stop "$f2"
rc2=$RC
[ "$rc1" = 0 ] && [ "$rc2" = 0 ] || bad "steady: the followers exited $rc1 and $rc2"
exactly_once steady "$N" && ok "steady producer, two followers: $N turns exactly once"
b1=$(sed -n 's/.*"batches":\([0-9]*\).*/\1/p' "$tmp/s1.out")
b2=$(sed -n 's/.*"batches":\([0-9]*\).*/\1/p' "$tmp/s2.out")
[ $((b1 + b2)) -lt $((N / 5)) ] && ok "the turns went in $((b1 + b2)) batches (linger groups them)" ||
    bad "$((b1 + b2)) batches for $N turns: linger does not group"
n=$(grep -c 'following: ' "$tmp/s1.err")
[ "$n" -le 2 ] && ok "$n progress lines in the run (one per --log-interval, not one per batch)" ||
    bad "$n progress lines for $b1 batches: $(head -3 "$tmp/s1.err")"

# ------------------------------------------------------- 3. SIGTERM with a batch in hand
MEMFLUSH_TEST_DELAY_MS=1500 start term
push 1 120 term
wait_until 10 inflight_nonzero || bad "term: nothing was claimed"
t0=$(date +%s)
stop "$LAST"
rc=$RC
[ "$rc" = 0 ] && ok "SIGTERM with a batch in hand: exit 0 after $(($(date +%s) - t0)) s" ||
    bad "SIGTERM with a batch in hand: exit $rc: $(tail -3 "$tmp/term.err")"
[ "$(inflight)" = 0 ] && [ "$(rcli zcard "{$P}:leases")" = 0 ] || bad "term: records or a lease left in flight"
[ $(($(rows term) + $(rcli llen "{$P}:pending"))) = 120 ] ||
    bad "term: $(rows term) rows + $(rcli llen "{$P}:pending") pending != 120"
"$BIN" flush > /dev/null 2>&1
exactly_once term 120 && ok "SIGTERM: the batch in hand was written, the rest stayed pending"

# ------------------------------------- 4. SIGKILL; another follower reclaims, no restart
pb=$(free_port)
MEMFLUSH_TEST_DELAY_MS=20000 start killed --lease-seconds 3
victim=$LAST
push 1 80 kill
wait_until 10 inflight_nonzero || bad "kill: nothing was claimed"
start rescuer --lease-seconds 2 --listen "127.0.0.1:$pb"
rescuer=$LAST
wait_until 10 grep -q "following the queue" "$tmp/rescuer.err" || bad "kill: the rescuer did not start: $(tail -3 "$tmp/rescuer.err")"
kill -KILL "$victim"
wait "$victim" 2>/dev/null || true
if wait_until 15 rows_are kill 80; then
    ok "a SIGKILLed follower's batch was reclaimed by a running follower"
else
    bad "kill: $(rows kill) of 80 rows; in flight $(inflight)"
fi
kill -0 "$rescuer" 2>/dev/null || bad "kill: the rescuer is gone: $(tail -3 "$tmp/rescuer.err")"
reclaimed80() { curl -s --max-time 5 "http://127.0.0.1:$pb/metrics" | grep -q '^memflush_reclaimed_total{queue="'"$P"'"} 80$'; }
wait_until 5 reclaimed80 &&
    ok "the rescuer's /metrics counts the 80 reclaimed records" ||
    bad "reclaimed_total: $(curl -s "http://127.0.0.1:$pb/metrics" | grep reclaimed_total)"
stop "$rescuer"
[ "$RC" = 0 ] || bad "kill: the rescuer did not exit 0"
exactly_once kill 80

# ------------------------------------------------------------------ 5. the endpoints
pe=$(free_port)
start ep --listen "127.0.0.1:$pe"
ep=$LAST
wait_until 10 curl -sf "http://127.0.0.1:$pe/healthz" || bad "endpoints: the listener did not come up"
[ "$(http_code "http://127.0.0.1:$pe/healthz")" = 200 ] && grep -q '"status":"ok"' "$tmp/body" &&
    ok "/healthz: 200 $(cat "$tmp/body")" || bad "/healthz: $(cat "$tmp/body")"
[ "$(http_code "http://127.0.0.1:$pe/readyz")" = 200 ] && grep -q '"ready":true' "$tmp/body" &&
    ok "/readyz: 200 $(cat "$tmp/body")" || bad "/readyz: $(cat "$tmp/body")"
push 1 5 ep
wait_until 5 rows_are ep 5 || bad "endpoints: not flushed"
code=$(http_code -D "$tmp/hdr" "http://127.0.0.1:$pe/metrics")
for m in flushed_rows_total batches_total pending_queue_length in_flight oldest_pending_age_seconds \
    last_success_timestamp_seconds dead_letter_length up; do
    grep -q "^memflush_$m{queue=\"$P\"} " "$tmp/body" || bad "/metrics lacks memflush_$m"
done
[ "$code" = 200 ] && grep -qi '^content-type: text/plain; version=0.0.4' "$tmp/hdr" &&
    grep -q "^memflush_flushed_rows_total{queue=\"$P\"} 5$" "$tmp/body" ||
    { sleep 1; code=$(http_code -D "$tmp/hdr" "http://127.0.0.1:$pe/metrics"); }
[ "$code" = 200 ] && grep -qi '^content-type: text/plain; version=0.0.4' "$tmp/hdr" &&
    grep -q "^memflush_flushed_rows_total{queue=\"$P\"} 5$" "$tmp/body" &&
    ok "/metrics: 200, Prometheus text with the run's and the queue's figures" || bad "/metrics: $code"
[ "$(http_code "http://127.0.0.1:$pe/nope")" = 404 ] && ok "unknown path: 404" || bad "unknown path"
for m in POST PUT DELETE PATCH OPTIONS; do
    c=$(http_code -X "$m" -D "$tmp/hdr" "http://127.0.0.1:$pe/metrics")
    [ "$c" = 405 ] && grep -qi '^allow: GET' "$tmp/hdr" || bad "$m /metrics: $c, want 405 with Allow: GET"
done
ok "POST, PUT, DELETE, PATCH, OPTIONS: 405 with Allow: GET"
stop "$ep"
[ "$RC" = 0 ] || bad "endpoints: exit status"
# --listen with --interval: the same listener over the rounds of the loop; on [::] (where the
# kernel has IPv6) it is dual stack: the IPv4 requests below reach it (before: IPv6 only)
pi=$(free_port)
lhost=127.0.0.1
if grep -q . /proc/net/if_inet6 2>/dev/null; then lhost="[::]"; else echo "note: no IPv6 here: the dual-stack listener is not tried"; fi
"$BIN" flush --interval 0.2 --listen "$lhost:$pi" > "$tmp/iv.out" 2> "$tmp/iv.err" &
iv=$!
pids+=("$iv")
wait_until 10 curl -sf "http://127.0.0.1:$pi/healthz" || bad "--interval --listen: no listener"
push 1 4 iv
wait_until 5 rows_are iv 4 || bad "--interval --listen: not flushed"
ivrows() { curl -s --max-time 5 "http://127.0.0.1:$pi/metrics" | grep -q "^memflush_flushed_rows_total{queue=\"$P\"} 4$"; }
wait_until 5 ivrows && [ "$(http_code "http://127.0.0.1:$pi/readyz")" = 200 ] &&
    ok "--interval --listen $lhost: /metrics counts the rounds' rows, /readyz 200 (over IPv4)" || bad "--interval --listen: $(cat "$tmp/body")"
stop "$iv"
[ "$RC" = 0 ] || bad "--interval --listen: exit $RC"
"$BIN" flush --listen "127.0.0.1:$pe" > /dev/null 2> "$tmp/usage.err"
[ $? = 2 ] && ok "--listen without --follow or --interval: exit 2" || bad "--listen alone: $(cat "$tmp/usage.err")"
"$BIN" flush --follow --listen "10.1.2.3.4:80" > /dev/null 2> "$tmp/usage.err"
[ $? = 2 ] && grep -q 'HOST:PORT' "$tmp/usage.err" && ok "a bad --listen: exit 2 saying why" ||
    bad "bad --listen: $(cat "$tmp/usage.err")"

# a database without the migrations: not ready, with the reason; ready once migrated
url=$("$MF_RIG" fresh-db mf_follow_nomig) || bad "fresh-db"
pm=$(free_port)
DATABASE_URL=$url start nomig --listen "127.0.0.1:$pm"
nomig=$LAST
wait_until 10 curl -s "http://127.0.0.1:$pm/readyz" || bad "nomig: no listener"
c=$(http_code "http://127.0.0.1:$pm/readyz")
[ "$c" = 503 ] && grep -q '"ready":false' "$tmp/body" && grep -q '0001_chat_memories.sql' "$tmp/body" &&
    ok "/readyz without the migrations: 503 $(cat "$tmp/body")" || bad "/readyz without migrations: $c $(cat "$tmp/body")"
[ "$(http_code "http://127.0.0.1:$pm/healthz")" = 200 ] || bad "nomig: /healthz should stay 200 (the loop is alive)"
"$MF_RIG" migrate "$url" || bad "nomig: migrate"
rcli del "{$P}:pending" > /dev/null
turns 1 3 nomig | "$BIN" push --jsonl - > /dev/null
mig_rows() { [ "$(psql "$url" -X -At -c "SELECT count(*) FROM public.chat_memories WHERE cid LIKE 'nomig-%'")" = 3 ]; }
ready() { [ "$(http_code "http://127.0.0.1:$pm/readyz")" = 200 ]; }
wait_until 10 ready && ok "/readyz: 200 once the migrations are applied" || bad "/readyz after migrating: $(cat "$tmp/body")"
wait_until 15 mig_rows && ok "the follower flushes once the migrations are applied" || bad "nomig: not flushed"
stop "$nomig"
[ "$RC" = 0 ] || bad "nomig: exit status"

# a loop that makes no progress: /healthz 503 "stuck" while a batch is held (after_claim delay)
# past the limit (test builds: MEMFLUSH_TEST_STUCK_SECONDS; an idle loop beats once a second),
# 200 again once the batch is written. PostgreSQL is stopped while the batch is held, so that
# round fails and puts it back (--retry-seconds 0) and a later one writes it: the exit summary
# counts it as flushed, not as requeued or failed
pk=$(free_port)
MEMFLUSH_TEST_DELAY_MS=2500 MEMFLUSH_TEST_STUCK_SECONDS=1.5 start stuck --listen "127.0.0.1:$pk" --retry-seconds 0
stk=$LAST
wait_until 10 curl -sf "http://127.0.0.1:$pk/healthz" || bad "stuck: no listener"
push 1 3 stuck
stuck503() { [ "$(http_code "http://127.0.0.1:$pk/healthz")" = 503 ] && grep -q '"status":"stuck"' "$tmp/body"; }
healthy() { [ "$(http_code "http://127.0.0.1:$pk/healthz")" = 200 ] && grep -q '"status":"ok"' "$tmp/body"; }
wait_until 5 stuck503 && [ "$(rows stuck)" = 0 ] && ok "a batch held past the limit: /healthz 503 $(cat "$tmp/body")" ||
    bad "stuck: /healthz $(cat "$tmp/body") with $(rows stuck) rows written"
"$MF_RIG" stop-pg fast
wait_until 10 grep -q 'retrying' "$tmp/stuck.err" || bad "stuck: the round did not fail with PostgreSQL down"
"$MF_RIG" start-pg
wait_until 15 rows_are stuck 3 && wait_until 3 healthy && ok "the batch written: /healthz 200 again $(cat "$tmp/body")" ||
    bad "stuck: after the batch, $(rows stuck) rows, /healthz $(cat "$tmp/body")"
stop "$stk"
[ "$RC" = 0 ] || bad "stuck: exit $RC"
# (total_pending: what the first round read, 0 or 3 as the follower's first round ran before or
# after the push)
grep -qE '"success":true,"total_pending":(0|3),"flushed_count":3,.*"requeued_count":0,"failed_count":0,.*"remaining_pending":0,' "$tmp/stuck.out" &&
    ok "the exit summary after a batch put back and written: $(cat "$tmp/stuck.out")" ||
    bad "stuck: the exit summary: $(cat "$tmp/stuck.out")"

# -------------------------------------------------------- 6. PostgreSQL restarted
pr=$(free_port)
start pgr --listen "127.0.0.1:$pr" --retry-seconds 60
pgr=$LAST
ready_pr() { [ "$(http_code "http://127.0.0.1:$pr/readyz")" = 200 ]; }
unready_pr() { [ "$(http_code "http://127.0.0.1:$pr/readyz")" = 503 ]; }
wait_until 10 ready_pr || bad "pg restart: not ready at first"
push 1 100 pgr
"$MF_RIG" stop-pg fast
push 101 200 pgr
wait_until 10 unready_pr && grep -q '"postgres":"failed"' "$tmp/body" &&
    ok "PostgreSQL down: /readyz 503 $(cut -c1-160 "$tmp/body")" || bad "PostgreSQL down: /readyz $(cat "$tmp/body")"
sleep 1
"$MF_RIG" start-pg
push 201 300 pgr
wait_until 15 ready_pr && ok "PostgreSQL back: /readyz 200" || bad "PostgreSQL back: /readyz $(cat "$tmp/body")"
wait_until 30 rows_are pgr 300 || bad "pg restart: $(rows pgr) of 300 rows"
kill -0 "$pgr" 2>/dev/null && ok "the follower rode out the restart" || bad "the follower died with PostgreSQL"
stop "$pgr"
[ "$RC" = 0 ] || bad "pg restart: exit status"
exactly_once pgr 300 && ok "PostgreSQL restarted while following: 300 turns exactly once"

# Redis restarted while following: /metrics says memflush_up 0, /readyz 503 "redis":"failed"
start rdr --listen "127.0.0.1:$pr"
rdr=$LAST
wait_until 10 ready_pr || bad "redis restart: not ready at first"
"$MF_RIG" stop-redis
wait_until 10 unready_pr && grep -q '"redis":"failed"' "$tmp/body" &&
    curl -s --max-time 5 "http://127.0.0.1:$pr/metrics" | grep -q "^memflush_up{queue=\"$P\"} 0$" &&
    ok "Redis down: /readyz 503 \"redis\":\"failed\", /metrics memflush_up 0" || bad "Redis down: $(cat "$tmp/body")"
"$MF_RIG" start-redis
push 1 20 rdr
wait_until 15 rows_are rdr 20 && wait_until 10 ready_pr && ok "Redis back: /readyz 200, the follower flushes again" ||
    bad "Redis back: $(rows rdr) of 20 rows, /readyz $(cat "$tmp/body")"
stop "$rdr"
[ "$RC" = 0 ] || bad "redis restart: exit $RC"

# ---------------------------------------------------------------- 7. hostile clients
ph=$(free_port)
start hostile --listen "127.0.0.1:$ph" --linger-ms 50
hostile=$LAST
wait_until 10 curl -sf "http://127.0.0.1:$ph/healthz" || bad "hostile: no listener"
# oversized headers: refused, the server lives on
big=$(head -c 20000 /dev/zero | tr '\0' a)
c=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "X-Big: $big" "http://127.0.0.1:$ph/healthz")
case "$c" in 4??|000) ok "a 20 kB header: refused ($c)" ;; *) bad "a 20 kB header: $c" ;; esac
# slowloris: connections that send a header byte now and then
ulimit -n 4096 2>/dev/null
slow() {
    exec 3<>"/dev/tcp/127.0.0.1/$ph" || return
    printf 'GET /healthz HTTP/1.1\r\nHost: x\r\n' >&3
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12; do printf 'X-a: b\r\n' >&3 2>/dev/null || return; sleep 1; done
}
for _ in 1 2 3 4 5 6 7 8; do slow & done
# 1,000 connections at once, held open
(
    fds=()
    for ((i = 0; i < 1000; i++)); do
        exec {fd}<>"/dev/tcp/127.0.0.1/$ph" 2>/dev/null && fds+=("$fd")
    done
    echo "${#fds[@]}" > "$tmp/opened"
    sleep 6
) &
hold=$!
sleep 1
t0=$(date +%s%N)
push 1 200 hostile
wait_until 10 rows_are hostile 200 && ok "under 8 slowloris and 1,000 idle connections the follower flushed 200 turns in $((($(date +%s%N) - t0) / 1000000)) ms" ||
    bad "hostile: $(rows hostile) of 200 rows"
wait "$hold"
wait_until 15 curl -sf "http://127.0.0.1:$ph/healthz" && ok "/healthz answers again once the connections are gone ($(cat "$tmp/opened") had been opened)" ||
    bad "hostile: /healthz no longer answers"
for m in POST PUT DELETE; do
    c=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -X "$m" --data-binary @/dev/null "http://127.0.0.1:$ph/healthz")
    [ "$c" = 405 ] || bad "hostile $m: $c"
done
c=$(head -c 1000000 /dev/zero | curl -s -o /dev/null -w '%{http_code}' --max-time 5 -X POST --data-binary @- "http://127.0.0.1:$ph/readyz")
case "$c" in 405|413|000) ok "a 1 MB POST body: $c" ;; *) bad "a 1 MB POST: $c" ;; esac
kill -0 "$hostile" 2>/dev/null || bad "hostile: the follower died"
stop "$hostile"
[ "$RC" = 0 ] || bad "hostile: exit status"
exactly_once hostile 200

# ------------------------------------------------------------ 8. sharded queues
# MEMFLUSH_SHARDS=4: the follower reads every shard's length at each wait and blocks on shard 0;
# turns of every shard reach the table exactly once, without a restart (docs/flush.md)
shard_pending() {
    local n=0 k
    for k in 0 1 2 3; do n=$((n + $(rcli llen "{$P:$k}:pending"))); done
    echo "$n"
}
MEMFLUSH_SHARDS=4 start sharded
spid=$LAST
turns 1 400 shard | MEMFLUSH_SHARDS=4 "$BIN" push --jsonl - > /dev/null
if wait_until 20 rows_are shard 400; then
    stop "$spid"
    dist=$(sql "SELECT count(DISTINCT cid) FROM public.chat_memories WHERE cid LIKE 'shard-%'")
    if [ "$RC" = 0 ] && [ "$dist" = 400 ] && [ "$(shard_pending)" = 0 ]; then
        ok "4 shards: 400 turns from every shard flushed exactly once by one follower (exit 0)"
    else
        bad "4 shards: exit $RC, $dist distinct rows, $(shard_pending) pending"
    fi
else
    stop "$spid"
    bad "4 shards: $(rows shard) of 400 rows after 20 s: $(tail -3 "$tmp/sharded.err")"
fi

# ------------------------------------------------------------ the deployment examples
if python3 -c 'import json' 2>/dev/null; then
    python3 - docs/deploy/railway-follow.json <<'PY' && ok "railway-follow.json: the follower with --listen on 9187, /readyz as health check" || bad "docs/deploy/railway-follow.json"
import json, os, sys
d = json.load(open(sys.argv[1]))
c = d["deploy"]["startCommand"].split()
assert c[:4] == ["memflush", "flush", "--follow", "--listen"] and c[4] == "0.0.0.0:9187", c
assert d["deploy"]["healthcheckPath"] == "/readyz" and "cronSchedule" not in d["deploy"]
assert d["build"]["builder"] == "DOCKERFILE" and os.path.isfile(d["build"]["dockerfilePath"])
PY
fi
if python3 -c 'import yaml' 2>/dev/null; then
    python3 - docs/deploy/kubernetes-deployment.yaml <<'PY' && ok "kubernetes-deployment.yaml: probes on /healthz and /readyz, Prometheus annotations, ServiceMonitor" || bad "docs/deploy/kubernetes-deployment.yaml"
import sys, yaml
docs = {d["kind"]: d for d in yaml.safe_load_all(open(sys.argv[1])) if d}
pod = docs["Deployment"]["spec"]["template"]
c = pod["spec"]["containers"][0]
assert c["args"][:4] == ["flush", "--follow", "--listen", "0.0.0.0:9187"], c["args"]
assert c["livenessProbe"]["httpGet"]["path"] == "/healthz" and c["readinessProbe"]["httpGet"]["path"] == "/readyz"
assert pod["metadata"]["annotations"]["prometheus.io/port"] == "9187"
assert docs["ServiceMonitor"]["spec"]["endpoints"][0]["path"] == "/metrics"
PY
else
    echo "skip: python3-yaml is not installed; kubernetes-deployment.yaml not parsed"
fi
grep -q '^EXPOSE 9187' Dockerfile || bad "the Dockerfile does not expose 9187"
wait
exit "$fail"
