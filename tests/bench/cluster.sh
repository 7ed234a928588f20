#!/usr/bin/env bash
# cluster.sh - the Redis Cluster part of 'make bench': the same turns pushed and flushed on one
# Redis (1 shard, then 16) and on a Redis Cluster of 3 masters (16 shards), each in its own
# tests/rig.sh run. Prints, per setup: push and flush wall time and rate, the client's CPU per
# turn, each master's share of push's Redis CPU, flush's peak RSS; then the ratios the issue
# asks for. Judges nothing.
#   BENCH_CLUSTER_ROWS=50000 (turns), BUILD=build
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
ROOT=$PWD
BUILD=${BUILD:-build}
ROWS=${BENCH_CLUSTER_ROWS:-50000}
MFB=$ROOT/$BUILD/bench/mfbench
M=$ROOT/$BUILD/memflush
calc() { awk "BEGIN { printf \"%.4g\", $* }"; }

if [ -z "${MF_RIG_DIR:-}" ]; then
    out=$(mktemp) || exit 2
    trap 'rm -f "$out"' EXIT
    bash tests/rig.sh run -- bash "$0" single > "$out" || { cat "$out"; exit 1; }
    MF_RIG_REDIS_CLUSTER=1 bash tests/rig.sh run -- bash "$0" cluster >> "$out" || { cat "$out"; exit 1; }
    cat "$out"
    v() { awk -v k="$1" -v f="$2" '$1 == k { for (i = 2; i <= NF; i++) { split($i, a, "="); if (a[1] == f) print a[2] } }' "$out"; }
    echo "ratios (cluster of 3 masters, 16 shards, vs one Redis):"
    echo "  flush rate, cluster/16 shards vs one node/1 shard: $(calc "$(v cluster16 flush_rate) / $(v single1 flush_rate)")"
    echo "  flush rate, cluster/16 shards vs one node/16 shards: $(calc "$(v cluster16 flush_rate) / $(v single16 flush_rate)")"
    echo "  push client CPU per turn, cluster vs one node/1 shard: $(calc "$(v cluster16 push_cpu_us_turn) / $(v single1 push_cpu_us_turn)")"
    echo "  push Redis CPU per master, share of the total (even: 0.333): $(v cluster16 master_shares)"
    echo "  flush peak RSS on the cluster: $(v cluster16 flush_rss_kb) kB"
    exit 0
fi

mode=$1
awk -v n="$ROWS" -v c=$((ROWS / 10)) 'BEGIN { srand(7); for (i = 1; i <= n; i++)
    printf "{\"cid\":\"b-%d\",\"conversation_id\":\"conv-%d\",\"user_id\":\"u\",\"user_message\":\"question %d about something\",\"assistant_message\":\"an answer of a useful length, more or less like a real one %d\"}\n", i, int(rand() * c), i, i }' \
    > "$MF_RIG_DIR/turns.jsonl"

# run NAME SHARDS: push then flush, printing one line of key=value
run() {
    local name=$1 shards=$2 line kv wall user sys rss pids p c1 total shares="" i
    if [ "$mode" = cluster ]; then
        pids=""
        for i in $(seq 0 5); do
            "$MF_RIG" node-cli "$i" role | head -1 | grep -qx master && pids="$pids $("$MF_RIG" node-pid "$i")"
        done
    else
        pids=$("$MF_RIG" redis-pid)
    fi
    declare -A c0
    for p in $pids; do c0[$p]=$("$MFB" cpu "$p"); c0[$p]=${c0[$p]% *}; done
    line=$(MEMFLUSH_SHARDS=$shards "$MFB" run --out /dev/null --err "$MF_RIG_DIR/push.err" -- \
        "$M" push --jsonl "$MF_RIG_DIR/turns.jsonl") || return 1
    for kv in $line; do case $kv in wall_s=*) wall=${kv#*=} ;; user_s=*) user=${kv#*=} ;; sys_s=*) sys=${kv#*=} ;; esac; done
    total=0
    declare -A d
    for p in $pids; do c1=$("$MFB" cpu "$p"); d[$p]=$(calc "${c1% *} - ${c0[$p]}"); total=$(calc "$total + ${d[$p]}"); done
    for p in $pids; do shares="$shares$(calc "${d[$p]} / $total"),"; done
    printf '%s push_wall=%s push_rate=%s push_cpu_us_turn=%s redis_cpu_s=%s master_shares=%s' "$name" "$wall" \
        "$(calc "$ROWS / $wall")" "$(calc "($user + $sys) * 1e6 / $ROWS")" "$total" "${shares%,}"
    line=$(MEMFLUSH_SHARDS=$shards "$MFB" run --out /dev/null --err "$MF_RIG_DIR/flush.err" -- "$M" flush) || return 1
    for kv in $line; do case $kv in wall_s=*) wall=${kv#*=} ;; maxrss_kb=*) rss=${kv#*=} ;; esac; done
    printf ' flush_wall=%s flush_rate=%s flush_rss_kb=%s\n' "$wall" "$(calc "$ROWS / $wall")" "$rss"
    "$MF_RIG" psql -c 'TRUNCATE public.chat_memories' >/dev/null
}

if [ "$mode" = cluster ]; then
    run cluster16 16
else
    run single1 1
    run single16 16
fi
