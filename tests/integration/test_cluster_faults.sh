#!/usr/bin/env bash
# test_cluster_faults.sh - resharding and failover under memflush on a Redis Cluster
# (MF_RIG_REDIS_CLUSTER=1), each ending with the §3 invariant over every shard:
#  1. MEMFLUSH_SAVE_WAIT_REPLICAS=1: one save and a push report the replica that acknowledged;
#  2. a busy shard's slot migrated to another master (CLUSTER SETSLOT IMPORTING / MIGRATING,
#     MIGRATE key by key, SETSLOT NODE) while two flushers run: MOVED and ASK on the way,
#     every record exactly once;
#  3. a master SIGKILLed in the middle of a flush and its replica promoted: the flush exits 0
#     or 1, a later run completes, every save acknowledged by a replica is in the table once;
#  4. a push across a failover: the master of the conversation's shard SIGKILLed, its replica
#     promoted a second later; the push retries (Redis did not run it) and is stored once.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
M=${MEMFLUSH:-$PWD/${BUILD:-build}/memflush}
P=${MEMFLUSH_PREFIX:-memflush}
[ -n "${MF_REDIS_CLUSTER:-}" ] || { echo "test_cluster_faults.sh: needs the cluster rig (MF_RIG_REDIS_CLUSTER=1)" >&2; exit 2; }
fail() { echo "test_cluster_faults.sh: FAIL: $*" >&2; exit 1; }
rcli() { "$MF_RIG" redis-cli "$@"; }
psql_() { "$MF_RIG" psql -c "$1"; }
tmp=$(mktemp -d "${MF_RIG_DIR:-/tmp}/tcfaults.XXXXXX") || exit 2
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT
export MEMFLUSH_SHARDS=16

gen() {
    awk -v n="$1" -v a="$2" -v b="$3" -v c="$4" 'BEGIN { for (i = a; i <= b; i++)
        printf "{\"cid\":\"%s-%d\",\"conversation_id\":\"%s-conv-%d\",\"user_id\":\"u\",\"user_message\":\"m %d\",\"assistant_message\":\"a\"}\n", n, i, n, i % c, i }'
}
exactly_once() {
    local name=$1 count=$2 stats
    psql_ "SELECT cid FROM public.chat_memories WHERE cid LIKE '$name-%'" | sort > "$tmp/got"
    seq 1 "$count" | sed "s/^/$name-/" | sort > "$tmp/want"
    if ! cmp -s "$tmp/want" "$tmp/got"; then
        echo "missing: $(comm -23 "$tmp/want" "$tmp/got" | head -5 | tr '\n' ' ')" >&2
        fail "$name: the table does not hold $count records exactly once ($(wc -l < "$tmp/got") rows)"
    fi
    stats=$("$M" stats) || fail "stats after $name"
    grep -q '^{"status":"active","pending_queue_length":0,"in_flight":0,"dead_letter_length":0,' <<<"$stats" ||
        fail "$name: Redis still holds records: $stats"
}
# node number of the master serving slot $1
node_of_slot() {
    local i port
    port=$(rcli cluster nodes |
        awk -v s="$1" '$3 ~ /master/ { for (f = 9; f <= NF; f++) { split($f, r, "-"); if (r[2] == "") r[2] = r[1];
            if (s >= r[1] && s <= r[2]) { split($2, a, "[:@]"); print a[2] } } }')
    for i in $(seq 0 $((MF_CLUSTER_NODES - 1))); do
        [ "$("$MF_RIG" node-port "$i")" = "$port" ] && { echo "$i"; return 0; }
    done
    return 1
}
node_id() { "$MF_RIG" node-cli "$1" cluster myid; }
wait_ok() {
    "$MF_RIG" cluster-wait-ok >/dev/null 2>&1 || fail "the cluster did not settle"
}

# 1. replica acknowledgement reported (a test before may have left a replica still syncing)
"$MF_RIG" cluster-wait-ok && "$MF_RIG" cluster-wait-replicas || fail "the cluster is not ok at the start"
out=$(MEMFLUSH_SAVE_WAIT_REPLICAS=1 "$M" push --conversation-id w-conv --user-id u --user-message m \
    --assistant-message a --cid w-1) || fail "push one turn with WAIT"
grep -q '"replicas_acked":1}' <<<"$out" || fail "one save should be acknowledged by 1 replica: $out"
gen w 2 500 50 > "$tmp/w.jsonl"
out=$(MEMFLUSH_SAVE_WAIT_REPLICAS=1 "$M" push --jsonl "$tmp/w.jsonl") || fail "push --jsonl with WAIT"
grep -q '"pushed":499,.*"replicas_acked":1}' <<<"$out" || fail "push --jsonl with WAIT: $out"
"$M" flush >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush after WAIT"; }
exactly_once w 500
echo "ok: MEMFLUSH_SAVE_WAIT_REPLICAS=1 reports the acknowledging replica (one save and push)"

# 2. a busy shard's slot migrated while two flushers run
gen m 1 4000 400 > "$tmp/m.jsonl"
"$M" push --jsonl "$tmp/m.jsonl" >/dev/null || fail "push before the migration"
slot=$(rcli cluster keyslot "{$P:5}:pending")
src=$(node_of_slot "$slot") || fail "no master for slot $slot"
for dst in $(seq 0 $((MF_CLUSTER_NODES - 1))); do
    [ "$dst" != "$src" ] && "$MF_RIG" node-cli "$dst" role | head -1 | grep -qx master && break
done
src_id=$(node_id "$src"); dst_id=$(node_id "$dst"); dst_port=$("$MF_RIG" node-port "$dst")
for i in 1 2; do
    ( MEMFLUSH_TEST_DELAY_MS=30 "$M" flush --batch-size 40 --retry-seconds 60 >"$tmp/mf$i.out" 2>"$tmp/mf$i.err" ) &
    pids+=($!)
done
sleep 0.5
"$MF_RIG" node-cli "$dst" cluster setslot "$slot" importing "$src_id" >/dev/null || fail "SETSLOT IMPORTING"
"$MF_RIG" node-cli "$src" cluster setslot "$slot" migrating "$dst_id" >/dev/null || fail "SETSLOT MIGRATING"
# key by key, slowly, so that the flushers meet the slot half moved (ASK, TRYAGAIN)
while :; do
    keys=$("$MF_RIG" node-cli "$src" cluster getkeysinslot "$slot" 1)
    [ -n "$keys" ] || break
    "$MF_RIG" node-cli "$src" migrate 127.0.0.1 "$dst_port" "" 0 5000 keys $keys >/dev/null ||
        fail "MIGRATE $keys"
    sleep 0.1
done
for n in $(seq 0 $((MF_CLUSTER_NODES - 1))); do
    "$MF_RIG" node-cli "$n" cluster setslot "$slot" node "$dst_id" >/dev/null 2>&1
done
for p in "${pids[@]}"; do wait "$p" || fail "a flusher failed during the migration: $(cat "$tmp"/mf*.err | tail -3)"; done
pids=()
redirs=$( { "$MF_RIG" node-cli "$src" info errorstats; "$MF_RIG" node-cli "$dst" info errorstats; } | grep -E 'ASK|MOVED|TRYAGAIN' | tr -d '\r' | tr '\n' ' ')
echo "redirections seen by the servers: ${redirs:-none counted}"
wait_ok
[ "$(node_of_slot "$slot")" = "$dst" ] || fail "slot $slot should now be on node $dst"
"$M" flush >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush after the migration"; }
exactly_once m 4000
echo "ok: shard 5's slot $slot migrated from node $src to node $dst under two flushers: 4000 turns exactly once"

# 3. a master SIGKILLed mid-flush, its replica promoted; every acknowledged save survives
gen k 1 4000 400 > "$tmp/k.jsonl"
out=$(MEMFLUSH_SAVE_WAIT_REPLICAS=1 MEMFLUSH_SAVE_WAIT_TIMEOUT_MS=5000 "$M" push --jsonl "$tmp/k.jsonl") ||
    fail "push with WAIT before the failover"
grep -q '"replicas_acked":1}' <<<"$out" || fail "every save should be acknowledged: $out"
victim=$(node_of_slot "$(rcli cluster keyslot "{$P:3}:pending")")
( MEMFLUSH_TEST_DELAY_MS=30 "$M" flush --batch-size 50 --retry-seconds 60 >"$tmp/kf.out" 2>"$tmp/kf.err"; echo $? > "$tmp/kf.rc" ) &
fl=$!
pids+=("$fl")
sleep 1
"$MF_RIG" kill-node "$victim"
wait "$fl"
pids=()
rc=$(cat "$tmp/kf.rc")
[ "$rc" = 0 ] || [ "$rc" = 1 ] || fail "the flush during the failover exited $rc: $(tail -3 "$tmp/kf.err")"
# the replica took over: the victim's port serves no slot any more
"$MF_RIG" cluster-wait-failover "$victim" || fail "node $victim's replica was not promoted"
wait_ok
"$MF_RIG" start-node "$victim"
wait_ok
"$MF_RIG" cluster-wait-replicas || fail "node $victim did not come back as a replica"
"$M" flush --retry-seconds 30 >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush after the failover"; }
exactly_once k 4000
echo "ok: master node $victim killed mid-flush (exit $rc), replica promoted: 4000 acknowledged turns exactly once"
# 4. a push across a failover: conv-1 is in shard 12 of 16; its master is SIGKILLed and its
# replica promoted one second later (CLUSTER FAILOVER TAKEOVER). A push started right after the
# kill meets a refused connection and the old map (Redis did not run the save), retries within
# MEMFLUSH_SAVE_RETRY_MS and is stored once. Before: exit 1.
wait_ok
"$MF_RIG" cluster-wait-replicas || fail "the cluster's replicas are not online"
victim=$(node_of_slot "$(rcli cluster keyslot "{$P:12}:pending")") || fail "no master for shard 12"
vport=$("$MF_RIG" node-port "$victim")
rep=
for i in $(seq 0 $((MF_CLUSTER_NODES - 1))); do
    [ "$("$MF_RIG" node-cli "$i" role 2>/dev/null | sed -n '1p;3p' | tr '\n' ' ')" = "slave $vport " ] && rep=$i
done
[ -n "$rep" ] || fail "node $victim has no replica"
"$MF_RIG" kill-node "$victim"
( sleep 1; "$MF_RIG" node-cli "$rep" cluster failover takeover >/dev/null ) &
pids+=($!)
t0=$(date +%s%3N)
out=$(MEMFLUSH_SAVE_RETRY_MS=15000 "$M" push --conversation-id conv-1 --user-id u --user-message m \
    --assistant-message a --cid f-1 2>"$tmp/err") || fail "push across a failover exited $?: $(cat "$tmp/err")"
t1=$(date +%s%3N)
wait "${pids[@]}"
pids=()
[ $((t1 - t0)) -ge 800 ] || fail "the push took $((t1 - t0)) ms: it should have waited for the promotion"
"$MF_RIG" start-node "$victim"
wait_ok
"$MF_RIG" cluster-wait-replicas || fail "node $victim did not come back as a replica"
"$M" flush --retry-seconds 30 >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "flush after the failover"; }
exactly_once f 1
echo "ok: a push across a failover (master node $victim killed, node $rep promoted after 1 s) retried and stored once ($((t1 - t0)) ms)"
exit 0
