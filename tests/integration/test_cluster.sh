#!/usr/bin/env bash
# test_cluster.sh - memflush on a Redis Cluster (tests/rig.sh with MF_RIG_REDIS_CLUSTER=1: 3
# masters with a replica each), every check ending with the §3 invariant over every shard: each
# record exactly once in the table or the dead letters, nothing left in Redis.
#  1. the hash slot memflush gives each shard is Redis's (CLUSTER KEYSLOT);
#  2. push and flush with 16 shards, spread over the three masters; context and stats per shard;
#  3. 4 flushers on 16 shards while a producer pushes;
#  4. the shard count changed 4 -> 8 -> 4 with turns pending and a batch in flight (a flusher
#     killed after its claim);
#  5. a seed list whose first node is down;
#  6. check warns about records in shards no shard count names, and about a count change;
#  7. check looks at every master and at the slots;
#  8. import-legacy (its key in a slot of its own), killed between append and release, run again.
# Migration, failover and replica acknowledgement: test_cluster_faults.sh.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
M=${MEMFLUSH:-$PWD/${BUILD:-build}/memflush}
P=${MEMFLUSH_PREFIX:-memflush}
[ -n "${MF_REDIS_CLUSTER:-}" ] || { echo "test_cluster.sh: needs the cluster rig (MF_RIG_REDIS_CLUSTER=1)" >&2; exit 2; }
fail() { echo "test_cluster.sh: FAIL: $*" >&2; exit 1; }
rcli() { "$MF_RIG" redis-cli "$@"; }
psql_() { "$MF_RIG" psql -c "$1"; }
tmp=$(mktemp -d "${MF_RIG_DIR:-/tmp}/tcluster.XXXXXX") || exit 2
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT

# gen NAME FROM TO CONVS: JSONL records NAME-i for i in FROM..TO over CONVS conversations
gen() {
    awk -v n="$1" -v a="$2" -v b="$3" -v c="$4" 'BEGIN { for (i = a; i <= b; i++)
        printf "{\"cid\":\"%s-%d\",\"conversation_id\":\"%s-conv-%d\",\"user_id\":\"u\",\"user_message\":\"m %d\",\"assistant_message\":\"a\"}\n", n, i, n, i % c, i }'
}
# the masters' node numbers (role master)
masters() {
    local i
    for i in $(seq 0 $((MF_CLUSTER_NODES - 1))); do
        [ -n "$("$MF_RIG" node-pid "$i")" ] || continue
        "$MF_RIG" node-cli "$i" role 2>/dev/null | head -1 | grep -qx master && echo "$i"
    done
}
# exactly_once NAME COUNT: the table holds NAME-1..NAME-COUNT once each, no dead letters, every
# shard of every master empty
exactly_once() {
    local name=$1 count=$2 got dups stats
    psql_ "SELECT cid FROM public.chat_memories WHERE cid LIKE '$name-%' ORDER BY cid" > "$tmp/got"
    seq 1 "$count" | sed "s/^/$name-/" | sort > "$tmp/want"
    sort "$tmp/got" > "$tmp/got.s"
    if ! cmp -s "$tmp/want" "$tmp/got.s"; then
        echo "missing: $(comm -23 "$tmp/want" "$tmp/got.s" | head -5 | tr '\n' ' ') extra: $(comm -13 "$tmp/want" "$tmp/got.s" | head -5 | tr '\n' ' ')" >&2
        fail "$name: the table does not hold $count records exactly once ($(wc -l < "$tmp/got") rows)"
    fi
    stats=$("$M" stats) || fail "stats after $name"
    grep -q '^{"status":"active","pending_queue_length":0,"in_flight":0,"dead_letter_length":0,' <<<"$stats" ||
        fail "$name: Redis still holds records: $stats"
}

# 1. hash slots
# memflush's own slot function against the server's, through a key memflush wrote: after a
# save to shard k, that key lives on the master CLUSTER KEYSLOT names
echo '{"cid":"slot-1","conversation_id":"conv-1","user_id":"u","user_message":"m","assistant_message":"a"}' |
    "$M" push --jsonl - --shards 16 >/dev/null || fail "push one turn"
slot=$(rcli cluster keyslot "{$P:12}:pending")
[ "$(rcli exists "{$P:12}:pending")" = 1 ] && [ "$(rcli exists "{$P:12}:ctx:conv-1")" = 1 ] ||
    fail "conv-1 (crc32 mod 16 = 12) should be in {$P:12}:pending and {$P:12}:ctx:conv-1 (slot $slot)"
"$M" flush --shards 16 >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush of one turn"; }
psql_ "TRUNCATE public.chat_memories" >/dev/null
echo "ok: conversation conv-1 went to shard 12 in the slot CLUSTER KEYSLOT gives"

# 2. push and flush with 16 shards
export MEMFLUSH_SHARDS=16
gen a 1 3000 300 > "$tmp/a.jsonl"
"$M" push --jsonl "$tmp/a.jsonl" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "push of 3000 turns"; }
for m in $(masters); do
    n=$("$MF_RIG" node-cli "$m" eval "return #redis.call('keys', ARGV[1])" 0 "{$P:*}:pending")
    [ "$n" -ge 2 ] || fail "master $m holds $n shard queues, want several (16 shards over 3 masters)"
done
stats=$("$M" stats)
grep -q '"pending_queue_length":3000,' <<<"$stats" || fail "stats total: $stats"
grep -q '"shards":\[{"shard":' <<<"$stats" || fail "stats has no shards array: $stats"
[ "$(printf '%s' "$stats" | grep -o '"shard":' | wc -l)" -ge 16 ] || fail "stats should list 16 shards: $stats"
prom=$("$M" stats --format prometheus) || fail "stats --format prometheus"
grep -q "^memflush_pending_queue_length{queue=\"$P\",shard=\"3\"} [0-9]" <<<"$prom" ||
    fail "prometheus has no shard label: $prom"
ctx=$("$M" context --conversation-id a-conv-7) || fail "context"
[ "$(printf '%s\n' "$ctx" | wc -l)" -eq 10 ] || fail "context of a-conv-7 should show 10 turns: $ctx"
"$M" flush > "$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush of 16 shards"; }
grep -q '"flushed_count":3000,' "$tmp/out" || fail "flush report: $(cat "$tmp/out")"
exactly_once a 3000
echo "ok: 3000 turns over 16 shards on 3 masters pushed and flushed exactly once"

# 3. four flushers on 16 shards while a producer pushes
gen b 1 8000 800 > "$tmp/b.jsonl"
( split -l 1000 "$tmp/b.jsonl" "$tmp/b.part."
  for f in "$tmp"/b.part.*; do "$M" push --jsonl "$f" >/dev/null 2>>"$tmp/push.err" || exit 1; done ) &
producer=$!
pids+=("$producer")
for i in 1 2 3 4; do
    ( for r in 1 2 3 4 5 6; do "$M" flush --batch-size 200 >>"$tmp/f$i.out" 2>>"$tmp/f$i.err" || exit 1; sleep 0.2; done ) &
    pids+=($!)
done
wait "$producer" || { cat "$tmp/push.err" >&2; fail "the producer failed"; }
for p in "${pids[@]:1}"; do wait "$p" || fail "a concurrent flusher failed: $(cat "$tmp"/f*.err | tail -5)"; done
pids=()
"$M" flush >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "the final flush"; }
exactly_once b 8000
echo "ok: 4 flushers on 16 shards with a producer: 8000 turns exactly once"

# 4. the shard count changed 4 -> 8 -> 4 with turns pending and a batch in flight
gen c 1 1000 100 > "$tmp/c1.jsonl"; gen c 1001 2000 100 > "$tmp/c2.jsonl"; gen c 2001 3000 100 > "$tmp/c3.jsonl"
MEMFLUSH_SHARDS=4 "$M" push --jsonl "$tmp/c1.jsonl" >/dev/null || fail "push with 4 shards"
# a flusher with 4 shards dies holding a batch (its lease: 1 s)
MEMFLUSH_SHARDS=4 MEMFLUSH_CRASH_AT=after_claim "$M" flush --batch-size 100 --lease-seconds 1 >/dev/null 2>&1
MEMFLUSH_SHARDS=8 "$M" push --jsonl "$tmp/c2.jsonl" >/dev/null || fail "push with 8 shards"
MEMFLUSH_SHARDS=8 "$M" flush --max-batches 3 --batch-size 100 >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "a partial flush with 8 shards"; }
MEMFLUSH_SHARDS=4 "$M" push --jsonl "$tmp/c3.jsonl" >/dev/null || fail "push with 4 shards again"
out=$(MEMFLUSH_SHARDS=4 "$M" check --redis-only 2>&1)
grep -q "shards it does not name" <<<"$out" || fail "check should warn about records in the 8-shard layout: $out"
sleep 1.2
MEMFLUSH_SHARDS=4 "$M" flush > "$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush with 4 shards"; }
exactly_once c 3000
echo "ok: shard count 4 -> 8 -> 4 with turns pending and a batch in flight: 3000 turns exactly once"

# 6. records in a shard no count names: check warns, flush --shards with that count drains them
rcli rpush "{$P:40}:pending" '{"cid":"d-1","conversation_id":"x","user_id":"u","user_message":"m","assistant_message":"a"}' >/dev/null
out=$("$M" check --redis-only 2>&1)
grep -q "{$P:40}" <<<"$out" || fail "check should name the stray shard {$P:40}: $out"
"$M" flush --shards 41 --shard 40 >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush --shard 40"; }
exactly_once d 1
"$M" flush --shard 16 >/dev/null 2>"$tmp/err" && fail "--shard 16 with 16 shards should be refused"
grep -q "numbered 0 to 15" "$tmp/err" || fail "--shard 16: $(cat "$tmp/err")"
echo "ok: check names a shard no count names; --shard pins one and refuses one that does not exist"

# 5. a seed list whose first node is down
dead=$("$MF_RIG" node-port 0)
p1=$("$MF_RIG" node-port 1)
"$MF_RIG" kill-node 0
# (node 0's replica takes over its slots; wait until the others marked it failed and the
# cluster is whole again)
"$MF_RIG" cluster-wait-failover 0 || fail "node 0's replica was not promoted"
url="${REDIS_URL%%//*}//127.0.0.1:$dead,127.0.0.1:$p1/0"
gen e 1 500 50 > "$tmp/e.jsonl"
REDIS_URL=$url "$M" push --jsonl "$tmp/e.jsonl" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "push with the first seed down"; }
REDIS_URL=$url "$M" flush --retry-seconds 20 >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush with the first seed down"; }
REDIS_URL=$url exactly_once e 500
"$MF_RIG" start-node 0
"$MF_RIG" cluster-wait-ok && "$MF_RIG" cluster-wait-replicas || fail "the cluster did not settle after node 0 came back"
echo "ok: a seed list whose first node is down"

# 7. check on the cluster: every master, slots covered
out=$("$M" check --redis-only 2>&1) || true
grep -q "all 16384 hash slots served" <<<"$out" || fail "check should report the cluster: $out"
[ "$(printf '%s\n' "$out" | grep -c "persistence is on")" -ge 3 ] || fail "check should look at every master's persistence: $out"
echo "ok: check reports the cluster and every master"

# 8. import-legacy on a cluster: the legacy key is in a slot of its own. 300 legacy turns over 30
# conversations, 16 shards; the import is SIGKILLed after appending its 3rd window of 20 and
# before releasing it, then run again: the window goes back to the legacy list and is imported
# a second time (20 second copies in the queues, same cid), and the flush writes each turn once.
LK=pending:flush:queue
els=()
for i in $(seq 1 300); do
    els+=("{\"conversation_id\": \"leg-conv-$((i % 30))\", \"data\": {\"user_msg\": \"legacy $i\", \"assistant_msg\": \"a $i\", \"reflection\": null, \"token_data\": {\"total_count\": 7}, \"user_id\": \"u\", \"timestamp\": $((1761552900 + i))}}")
done
rcli rpush "$LK" "${els[@]}" >/dev/null || fail "RPUSH of the legacy list"
MEMFLUSH_CRASH_AT=legacy_after_split_append:3 "$M" import-legacy --batch-size 20 --lease-seconds 1 \
    >/dev/null 2>"$tmp/err"; rc=$?
[ "$rc" = 137 ] || fail "import-legacy with MEMFLUSH_CRASH_AT should be SIGKILLed (build with make test): exit $rc, $(cat "$tmp/err")"
[ "$(rcli llen "$LK")" = 240 ] || fail "after 3 windows the legacy list should hold 240: $(rcli llen "$LK")"
[ "$(rcli llen "{$LK}:memflush-import:$(rcli zrange "{$LK}:memflush-import-leases" 0 0)")" = 20 ] ||
    fail "the killed run's window should be leased in the legacy key's slot ({$LK}:memflush-import:<run>)"
sleep 1.2 # its lease
"$M" import-legacy --batch-size 50 --lease-seconds 1 > "$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "import-legacy after the kill"; }
grep -q '"success":true,"total_legacy":260,"imported_count":260,"dead_lettered_count":0,"reclaimed_count":20,' "$tmp/out" ||
    fail "import-legacy report: $(cat "$tmp/out")"
grep -q '"remaining_legacy":0,' "$tmp/out" || fail "import-legacy left legacy elements: $(cat "$tmp/out")"
[ "$(rcli exists "$LK" "{$LK}:memflush-import-leases")" = 0 ] || fail "the legacy key or a lease is left"
stats=$("$M" stats)
grep -q '"pending_queue_length":320,' <<<"$stats" || fail "300 turns and the window's 20 second copies should be pending: $stats"
[ "$(printf '%s' "$stats" | grep -o '"pending_queue_length":[1-9]' | wc -l)" -ge 10 ] ||
    fail "the imported turns should be in their conversations' shards: $stats"
"$M" flush > "$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush of the imported turns"; }
grep -q '"flushed_count":300,"duplicate_count":20,' "$tmp/out" || fail "flush report: $(cat "$tmp/out")"
psql_ "SELECT user_message FROM public.chat_memories WHERE conversation_id LIKE 'leg-conv-%'" | sort > "$tmp/got"
seq 1 300 | sed 's/^/legacy /' | sort > "$tmp/want"
cmp -s "$tmp/want" "$tmp/got" || fail "the table should hold each legacy turn once ($(wc -l < "$tmp/got") rows, $(comm -3 "$tmp/want" "$tmp/got" | head -3 | tr '\n' ' '))"
grep -q '^{"status":"active","pending_queue_length":0,"in_flight":0,"dead_letter_length":0,' <<<"$("$M" stats)" ||
    fail "Redis still holds records after the import's flush"
echo "ok: import-legacy on a cluster, killed between append and release and run again: 300 turns exactly once"
exit 0
