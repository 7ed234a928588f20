#!/usr/bin/env bash
# torture.sh - the torture test of contract §3: producers push turns (the library, memflush
# push with flags and --jsonl, plain RPUSH through hiredis and redis-cli, poison records)
# while several flushers run, and a chaos loop SIGKILLs flushers at random instants, crashes
# PostgreSQL (pg_ctl stop -m immediate) and Redis (SIGKILL, AOF with appendfsync always).
# Then everything is brought up, a final flush runs after the leases expired, and
# tests/torture/tverify checks every pushed turn: exactly once in the table or (poison) in
# {P}:dead, nothing in flight, nothing unknown in the table. Knows nothing about the
# flusher's internals. Must run inside tests/rig.sh run (MF_RIG, REDIS_URL, DATABASE_URL).
#
# Parameters (environment):
#   TORTURE_KILLS            flusher SIGKILLs by the chaos loop (default 200)
#   TORTURE_PG_RESTARTS      PostgreSQL crashes + restarts (default max(3, kills/20))
#   TORTURE_REDIS_RESTARTS   Redis crashes + restarts (default max(3, kills/20))
#   TORTURE_SEED             seed of every random decision (default: random; printed)
#   TORTURE_FLUSHERS         flushers running at once (default 3)
#   TORTURE_RATE             turns per second of each C producer (default 150)
#   TORTURE_GAP_MS           the chaos loop waits 50..TORTURE_GAP_MS ms between faults (default 900)
#   TORTURE_KEEP             directory where a failed run's logs are copied (default /tmp)
# On the cluster rig (MF_REDIS_CLUSTER, tests/rig.sh with MF_RIG_REDIS_CLUSTER=1) the Redis faults
# are failovers: a master (two in three times the one serving {P}, where the queue is) is
# SIGKILLed, its replica promoted at once (CLUSTER FAILOVER TAKEOVER), and the killed node
# restarted, rejoining as the new master's replica. Asynchronous replication loses what only
# the dead master had, so there a push counts as acknowledged only when a replica has it
# (MEMFLUSH_SAVE_WAIT_REPLICAS=1; the raw producer's RPUSH is followed by WAIT 1).
# Exit 0 when every check passed, 1 on a violation, 2 when it could not run.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2

: "${MF_RIG:?torture.sh runs inside tests/rig.sh run -- ...}"
BUILD=${BUILD:-build}
case $BUILD in /*) B=$BUILD ;; *) B=$PWD/$BUILD ;; esac
M=${MEMFLUSH:-$B/memflush}
TP=$B/torture/tproducer
TV=$B/torture/tverify
P=${MEMFLUSH_PREFIX:-memflush}
export MEMFLUSH_PREFIX=$P
KILLS=${TORTURE_KILLS:-200}
dflt=$(( KILLS / 20 < 3 ? 3 : KILLS / 20 ))
PG_RESTARTS=${TORTURE_PG_RESTARTS:-$dflt}
REDIS_RESTARTS=${TORTURE_REDIS_RESTARTS:-$dflt}
SEED=${TORTURE_SEED:-$(( (RANDOM << 15 | RANDOM) ))}
NFL=${TORTURE_FLUSHERS:-3}
RATE=${TORTURE_RATE:-150}
GAP_MS=${TORTURE_GAP_MS:-900}
KEEP=${TORTURE_KEEP:-/tmp}
MAX_LEASE=3                              # flushers use --lease-seconds 1..MAX_LEASE
export MEMFLUSH_MAX_RECORD_BYTES=16384   # the oversize poison records are 20 kB
RCLI=(redis-cli -h 127.0.0.1 -p "$MF_REDIS_PORT")
[ -n "${MF_REDIS_TLS:-}" ] && RCLI=(redis-cli -s "$MF_REDIS_SOCKET") # TCP is TLS only
CLUSTER=${MF_REDIS_CLUSTER:-}
if [ -n "$CLUSTER" ]; then
    export MEMFLUSH_SAVE_WAIT_REPLICAS=1 MEMFLUSH_SAVE_WAIT_TIMEOUT_MS=1000
    TORTURE_CLUSTER_PORTS=$(for i in $(seq 0 $((MF_CLUSTER_NODES - 1))); do "$MF_RIG" node-port "$i"; done | tr '\n' ' ')
    export TORTURE_CLUSTER_PORTS
fi

for f in "$M" "$TP" "$TV"; do
    [ -x "$f" ] || { echo "torture: $f is not built (make BUILD=$BUILD torture)" >&2; exit 2; }
done

# bash reports every background job that died of a signal ("... Killed  env ..."): the
# kills are the point here, so those notices are dropped from stderr
exec 2> >(grep --line-buffered -v '^.*line [0-9]*: *[0-9]* Killed ' >&2)

W=$(mktemp -d "${MF_RIG_DIR:-/tmp}/torture.XXXXXX") || exit 2
STOP=$W/stop
START_TS=$(date +%s)
say() { echo "torture: $*"; }
now_ms() { date +%s%3N; }

echo "torture: TORTURE_SEED=$SEED kills=$KILLS pg_restarts=$PG_RESTARTS redis_restarts=$REDIS_RESTARTS" \
     "flushers=$NFL rate=$RATE prefix=$P build=$BUILD"

# cluster: the nodes by number (0..MF_CLUSTER_NODES-1), talked to with redis-cli on their
# ports (no TLS in the cluster torture) rather than through the rig, which costs a process
# tree per call on a loaded machine
NPORT=(${TORTURE_CLUSTER_PORTS:-})
ncli() { local i=$1; shift; redis-cli -h 127.0.0.1 -p "${NPORT[$i]}" "$@"; }
live_nodes() {
    local i
    for ((i = 0; i < ${#NPORT[@]}; i++)); do [ "$(ncli "$i" ping 2>/dev/null)" = PONG ] && echo "$i"; done
}
node_of_port() {
    local i
    for ((i = 0; i < ${#NPORT[@]}; i++)); do [ "${NPORT[$i]}" = "$1" ] && { echo "$i"; return 0; }; done
    return 1
}
# CLUSTER NODES as one live node sees it
cluster_nodes() {
    local i
    for i in $(live_nodes); do ncli "$i" cluster nodes && return 0; done
    return 1
}
# the node number of the master serving {P}'s slot
p_master() {
    local slot port
    slot=$(ncli "$(live_nodes | head -1)" cluster keyslot "{$P}:pending") || return 1
    port=$(cluster_nodes | awk -v s="$slot" '$3 ~ /master/ && $3 !~ /fail/ {
        for (f = 9; f <= NF; f++) { split($f, r, "-"); if (r[2] == "") r[2] = r[1];
            if (s >= r[1] && s <= r[2]) { split($2, a, "[:@]"); print a[2] } } }')
    node_of_port "$port"
}

# An acknowledged write must survive a SIGKILL of Redis: fsync before every reply.
# (CONFIG SET does not outlive a restart, so this runs after every start.)
redis_durable() {
    local i
    if [ -n "$CLUSTER" ]; then
        for i in $(live_nodes); do
            [ "$(ncli "$i" CONFIG SET appendfsync always 2>/dev/null)" = OK ] ||
                { say "could not set appendfsync always on node $i"; return 1; }
        done
        return 0
    fi
    for i in 1 2 3 4 5 6 7 8 9 10; do
        [ "$("${RCLI[@]}" CONFIG SET appendfsync always 2>/dev/null)" = OK ] && return 0
        sleep 0.2
    done
    say "could not set appendfsync always"
    return 1
}

# ------------------------------------------------------------------ clean start
"$MF_RIG" start-pg || exit 2
"$MF_RIG" start-redis || exit 2
# put the rig's setting back at the end (the tests after this one share the rig)
if [ -n "$CLUSTER" ]; then
    PM=$(p_master) || { say "no master serves {$P}"; exit 2; }
    RCLI=(ncli "$PM")
fi
FSYNC_BEFORE=$("${RCLI[@]}" CONFIG GET appendfsync 2>/dev/null | sed -n 2p)
redis_durable || exit 2
"$MF_RIG" psql -c 'TRUNCATE public.chat_memories' >/dev/null || exit 2
"${RCLI[@]}" --scan --pattern "{$P}:*" | while read -r k; do "${RCLI[@]}" DEL "$k" >/dev/null; done

# ------------------------------------------------------------------ producers
# The shell producer: memflush push (flags and --jsonl) and redis-cli RPUSH. A failed push
# is retried with the same cids (idempotent) for a few seconds; what never succeeded is
# recorded as unknown (it may have been stored before the reply was lost).
sh_record() { # cid -> one valid §1 record
    printf '{"cid":"%s","conversation_id":"tconv-sh","user_id":"ush","user_message":"caf\\u00e9 %s","assistant_message":"ok","metadata":{"via":"%s"}}' "$1" "$1" "$2"
}
# memflush push's output: acknowledged (on a cluster: by a replica, see the top)?
sh_acked() {
    [ -z "$CLUSTER" ] || grep -q '"replicas_acked":[1-9]' "$W/push.out"
}
sh_note() { # ok|fail cid...
    local st=$1 c; shift
    for c in "$@"; do
        if [ "$st" = ok ]; then echo "$c" >> "$W/ack-sh.txt"; else echo "$c" >> "$W/unknown-sh.txt"; fi
    done
}
shell_producer() {
    RANDOM=$1
    local n=0 try ok cid k out
    local -a cids
    while [ ! -e "$STOP" ]; do
        case $((RANDOM % 3)) in
        0)  cid="F$n"; n=$((n + 1)); ok=fail
            for try in 1 2 3 4 5 6 7 8 9 10; do
                if "$M" push --conversation-id tconv-sh --user-id ush --user-message "h\u00e9llo $cid" \
                        --assistant-message "ok" --cid "$cid" --token-count $((RANDOM % 50)) \
                        --metadata '{"via":"push-flags"}' >"$W/push.out" 2>>"$W/push.err" && sh_acked; then
                    ok=ok; break
                fi
                sleep 0.4
            done
            sh_note "$ok" "$cid" ;;
        1)  cids=(); : > "$W/batch.jsonl"
            for k in $(seq 1 $((1 + RANDOM % 30))); do
                cid="J$n"; n=$((n + 1)); cids+=("$cid")
                sh_record "$cid" push-jsonl >> "$W/batch.jsonl"; echo >> "$W/batch.jsonl"
            done
            ok=fail
            for try in 1 2 3 4 5 6 7 8 9 10; do
                if "$M" push --jsonl "$W/batch.jsonl" --chunk 7 >"$W/push.out" 2>>"$W/push.err" && sh_acked; then
                    ok=ok; break
                fi
                sleep 0.4
            done
            sh_note "$ok" "${cids[@]}" ;;
        2)  cid="C$n"; n=$((n + 1)); ok=fail
            for try in 1 2 3 4 5 6 7 8 9 10; do
                if [ -n "$CLUSTER" ]; then # the master moves: through memflush push
                    sh_record "$cid" redis-cli > "$W/one.jsonl"; echo >> "$W/one.jsonl"
                    "$M" push --jsonl "$W/one.jsonl" >"$W/push.out" 2>>"$W/push.err" && sh_acked && { ok=ok; break; }
                else
                    out=$("${RCLI[@]}" RPUSH "{$P}:pending" "$(sh_record "$cid" redis-cli)" 2>/dev/null)
                    if [[ "$out" =~ ^[0-9]+$ ]]; then ok=ok; break; fi
                fi
                sleep 0.4
            done
            sh_note "$ok" "$cid" ;;
        esac
        sleep 0.05
    done
}

"$TP" lib 1 "$W" "$STOP" $((SEED + 1)) "$RATE" > "$W/producer-lib.out" 2> "$W/producer-lib.err" &
PROD_LIB=$!
"$TP" raw 2 "$W" "$STOP" $((SEED + 2)) "$RATE" > "$W/producer-raw.out" 2> "$W/producer-raw.err" &
PROD_RAW=$!
shell_producer $((SEED + 3)) &
PROD_SH=$!

# ------------------------------------------------------------------ flushers
# Slot i runs one flusher at a time; a dead one is replaced. The configuration of each new
# flusher comes from its own seeded generator (FRNG), the faults from RANDOM (seeded below).
FRNG=$(( SEED % 2147483647 + 1 )) FR=0
# frand N: FR = a number in 0..N-1 (no subshell: the generator's state must advance)
frand() { FRNG=$(( (FRNG * 1103515245 + 12345) % 2147483648 )); FR=$(( (FRNG >> 8) % $1 )); }
declare -a SPID SCRASH
KILLED=0 HOOK_CRASHES=0 SPAWNS=0 EXIT_OK=0 EXIT_TRANSIENT=0 EXIT_CONNECT=0 EXIT_OTHER=0
PG_DONE=0 REDIS_DONE=0 SPAWNING=1
CRASH_POINTS=(after_claim after_copy before_commit after_commit during_requeue)
BATCHES=(5 20 50 200 1000)

alive() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && ! sed -e 's/^.*) //' "/proc/$1/stat" 2>/dev/null | grep -q '^[ZX]'; }

spawn() {
    local s=$1 method batch lease url crash="" delay=""
    local -a envs=() args
    frand 2; method=copy; [ "$FR" -eq 1 ] && method=insert
    frand ${#BATCHES[@]}; batch=${BATCHES[$FR]}
    frand $MAX_LEASE; lease=$((1 + FR))
    frand 4; url=$DATABASE_URL; [ "$FR" -eq 0 ] && url=$MF_WRITER_URL
    args=(flush --method "$method" --batch-size "$batch" --lease-seconds "$lease" --retry-seconds 10
          --database-url "$url")
    frand 5; [ "$FR" -lt 3 ] && args+=(--interval 0.2)
    frand 100
    if [ "$FR" -lt 12 ]; then
        frand ${#CRASH_POINTS[@]}; crash=${CRASH_POINTS[$FR]}; envs+=(MEMFLUSH_CRASH_AT="$crash")
    fi
    frand 100
    if [ "$FR" -lt 15 ]; then frand 400; delay=$((50 + FR)); envs+=(MEMFLUSH_TEST_DELAY_MS="$delay"); fi
    echo "spawn slot=$s ${envs[*]} ${args[*]/$url/URL}" >> "$W/flushers.log"
    env "${envs[@]}" "$M" "${args[@]}" >> "$W/flusher-$s.out" 2>> "$W/flusher-$s.err" &
    SPID[$s]=$!
    SCRASH[$s]=$crash
    SPAWNS=$((SPAWNS + 1))
}

# Collect the exit status of slot s's flusher (it is gone). killed=1 when we SIGKILLed it.
reap() {
    local s=$1 killed=${2:-0} st=0
    wait "${SPID[$s]}" 2>/dev/null; st=$?
    echo "exit slot=$s pid=${SPID[$s]} status=$st killed=$killed crash_at=${SCRASH[$s]}" >> "$W/flushers.log"
    if [ "$killed" -eq 1 ]; then :
    elif [ "$st" -eq 137 ] && [ -n "${SCRASH[$s]}" ]; then HOOK_CRASHES=$((HOOK_CRASHES + 1))
    elif [ "$st" -eq 0 ]; then EXIT_OK=$((EXIT_OK + 1))
    elif [ "$st" -eq 1 ]; then EXIT_TRANSIENT=$((EXIT_TRANSIENT + 1))
    elif [ "$st" -eq 3 ]; then EXIT_CONNECT=$((EXIT_CONNECT + 1))
    else
        EXIT_OTHER=$((EXIT_OTHER + 1))
        say "warning: a flusher exited $st; the end of its log:"
        tail -n 3 "$W/flusher-$s.err" | sed 's/^/torture:   /'
    fi
    SPID[$s]=
}

# Replace every flusher that is gone.
refill() {
    local s
    for ((s = 0; s < NFL; s++)); do
        if [ -n "${SPID[$s]:-}" ] && alive "${SPID[$s]}"; then continue; fi
        [ -n "${SPID[$s]:-}" ] && reap "$s"
        [ "$SPAWNING" -eq 1 ] && spawn "$s"
    done
}

# Sleep ms milliseconds in steps of 100 ms, keeping the flusher slots full.
nap() {
    local left=$1 step
    while [ "$left" -gt 0 ]; do
        step=$(( left < 100 ? left : 100 ))
        sleep "$(printf '0.%03d' "$step")"
        left=$((left - step))
        refill
    done
}

for ((s = 0; s < NFL; s++)); do spawn "$s"; done

# ------------------------------------------------------------------ chaos
RANDOM=$SEED
events=()
for ((i = 0; i < KILLS; i++)); do events+=(k); done
for ((i = 0; i < PG_RESTARTS; i++)); do events+=(p); done
for ((i = 0; i < REDIS_RESTARTS; i++)); do events+=(r); done
for ((i = ${#events[@]} - 1; i > 0; i--)); do
    j=$((RANDOM % (i + 1))); t=${events[$i]}; events[$i]=${events[$j]}; events[$j]=$t
done
LAST_REDIS_START=$(now_ms)

kill_one() {
    local tries=0 s
    while :; do
        s=$((RANDOM % NFL))
        if [ -n "${SPID[$s]:-}" ] && alive "${SPID[$s]}"; then
            if kill -KILL "${SPID[$s]}" 2>/dev/null; then
                KILLED=$((KILLED + 1))
                reap "$s" 1
                refill
                return 0
            fi
        fi
        tries=$((tries + 1))
        [ "$tries" -gt 3000 ] && { say "no flusher stays alive long enough to be killed"; return 1; }
        [ $((tries % NFL)) -eq 0 ] && nap 20
    done
}

pg_crash() {
    local mode=immediate down
    [ $((RANDOM % 5)) -eq 0 ] && mode=fast
    down=$(( 200 + RANDOM % 2500 ))
    echo "$(now_ms) stop-pg $mode for ${down}ms" >> "$W/chaos.log"
    "$MF_RIG" stop-pg "$mode"
    nap "$down"
    "$MF_RIG" start-pg || { say "PostgreSQL did not restart"; return 1; }
    PG_DONE=$((PG_DONE + 1))
}

redis_crash() {
    local how=kill-redis down since
    [ $((RANDOM % 5)) -eq 0 ] && how=stop-redis
    down=$(( 200 + RANDOM % 2000 ))
    # writes acknowledged in the short everysec window before CONFIG SET ran are on disk
    # after about one second: crash Redis no sooner than 3 s after it started
    since=$(( $(now_ms) - LAST_REDIS_START ))
    [ "$since" -lt 3000 ] && nap $((3000 - since))
    echo "$(now_ms) $how for ${down}ms" >> "$W/chaos.log"
    "$MF_RIG" "$how"
    nap "$down"
    "$MF_RIG" start-redis || { say "Redis did not restart"; return 1; }
    LAST_REDIS_START=$(now_ms)
    redis_durable || return 1
    REDIS_DONE=$((REDIS_DONE + 1))
}

# cluster: SIGKILL a master (two in three times {P}'s), promote its replica at once
# (CLUSTER FAILOVER TAKEOVER), restart the killed node after a pause: it comes back as
# the new master's replica. Every replica is in sync before (what WAIT acknowledged is on it).
FAILOVERS=0
failover() {
    local victim rep vport down i t0
    t0=$(now_ms)
    "$MF_RIG" cluster-wait-ok >/dev/null && "$MF_RIG" cluster-wait-replicas >/dev/null ||
        { say "the cluster is not whole before a failover"; return 1; }
    victim=$(p_master) || { say "no master serves {$P}"; return 1; }
    cluster_nodes > "$W/nodes.txt" || { say "no node answers CLUSTER NODES"; return 1; }
    if [ $((RANDOM % 3)) -eq 0 ]; then # another master
        i=$(awk -v p=":${NPORT[$victim]}@" '$3 ~ /master/ && index($2, p) == 0 { split($2, a, "[:@]"); print a[2]; exit }' "$W/nodes.txt")
        victim=$(node_of_port "$i") || { say "no other master"; return 1; }
    fi
    vport=${NPORT[$victim]}
    # its replica: the node whose master field is the victim's id
    i=$(awk -v p=":$vport@" 'index($2, p) { id = $1 } { m[$1] = $4; a[$1] = $2 }
        END { for (k in m) if (m[k] == id) { split(a[k], x, "[:@]"); print x[2] } }' "$W/nodes.txt")
    rep=$(node_of_port "$i") || { say "node $victim has no replica"; return 1; }
    down=$(( 200 + RANDOM % 500 ))
    echo "$(now_ms) failover: kill master node $victim, promote node $rep, restart after ${down}ms" >> "$W/chaos.log"
    "$MF_RIG" kill-node "$victim"
    ncli "$rep" cluster failover takeover >/dev/null || { say "CLUSTER FAILOVER TAKEOVER failed"; return 1; }
    for i in $(seq 1 100); do
        ncli "$rep" role | head -1 | grep -qx master && break
        nap 50
    done
    nap "$down"
    "$MF_RIG" start-node "$victim" || { say "node $victim did not restart"; return 1; }
    "$MF_RIG" cluster-wait-ok >/dev/null && "$MF_RIG" cluster-wait-replicas >/dev/null ||
        { say "the cluster did not settle after the failover"; return 1; }
    redis_durable || return 1
    FAILOVERS=$((FAILOVERS + 1))
    say "failover $FAILOVERS: master node $victim killed, node $rep promoted, node $victim back as its replica ($(( $(now_ms) - t0 )) ms)"
    REDIS_DONE=$((REDIS_DONE + 1))
}

CHAOS_OK=1
n_ev=${#events[@]}
CHAOS_T0=$(now_ms)
for ((e = 0; e < n_ev; e++)); do
    nap $(( 50 + RANDOM % GAP_MS ))
    case ${events[$e]} in
        k) kill_one || { CHAOS_OK=0; break; } ;;
        p) pg_crash || { CHAOS_OK=0; break; } ;;
        r) if [ -n "$CLUSTER" ]; then failover || { CHAOS_OK=0; break; }; else redis_crash || { CHAOS_OK=0; break; }; fi ;;
    esac
    if [ $((e % 25)) -eq 24 ]; then
        say "$((e + 1))/$n_ev faults: kills=$KILLED pg_restarts=$PG_DONE redis_restarts=$REDIS_DONE ($(( $(date +%s) - START_TS ))s)"
    fi
done

# ------------------------------------------------------------------ wind down
echo "$(now_ms) chaos over after $(( $(now_ms) - CHAOS_T0 )) ms" >> "$W/chaos.log"
touch "$STOP"
SPAWNING=0
for p in $PROD_LIB $PROD_RAW $PROD_SH; do
    for ((i = 0; i < 600; i++)); do alive "$p" || break; sleep 0.1; done
    alive "$p" && { say "a producer did not stop; killing it"; kill -KILL "$p"; }
    wait "$p" 2>/dev/null || say "producer $p exited $?"
done
for ((s = 0; s < NFL; s++)); do
    [ -n "${SPID[$s]:-}" ] || continue
    if alive "${SPID[$s]}"; then kill -TERM "${SPID[$s]}" 2>/dev/null; fi
done
for ((s = 0; s < NFL; s++)); do
    [ -n "${SPID[$s]:-}" ] || continue
    for ((i = 0; i < 300; i++)); do alive "${SPID[$s]}" || break; sleep 0.1; done
    alive "${SPID[$s]}" && kill -KILL "${SPID[$s]}" 2>/dev/null
    reap "$s"
done
"$MF_RIG" start-pg && "$MF_RIG" start-redis && redis_durable || { say "could not bring the servers back"; exit 2; }
# every lease taken before now has expired after MAX_LEASE seconds (plus margin)
sleep $((MAX_LEASE + 1))
FINAL_OK=0
for try in 1 2 3; do
    if "$M" flush --batch-size 500 > "$W/final-flush.out" 2> "$W/final-flush.err"; then FINAL_OK=1; break; fi
    say "final flush exited $? (attempt $try): $(tail -n 2 "$W/final-flush.err")"
    sleep 2
done
"$M" stats > "$W/stats.json" 2>/dev/null

# ------------------------------------------------------------------ judgement
if [ -n "$CLUSTER" ]; then # tverify reads {P}'s keys on the master serving them now
    PM=$(p_master) || { say "no master serves {$P} at the end"; exit 2; }
    RCLI=(ncli "$PM")
    REDIS_URL="redis://127.0.0.1:${NPORT[$PM]}/0" "$TV" "$W" > "$W/verify.out" 2> "$W/verify.err"
else
    "$TV" "$W" > "$W/verify.out" 2> "$W/verify.err"
fi
VRC=$?
fig() { sed -n "s/^$1 //p" "$W/verify.out"; }
POISON_ACK=$(fig poison_acknowledged)
echo "torture: ---- figures (TORTURE_SEED=$SEED) ----"
printf 'torture: %-28s %s\n' \
    "turns pushed (acknowledged)" "$(fig turns_acknowledged)" \
    "turns unknown (push failed)" "$(fig turns_unknown) ($(fig turns_unknown_in_table) of them in the table)" \
    "poison records" "$POISON_ACK acknowledged, $(fig poison_unknown) unknown ($(fig poison_unknown_in_dead) of them dead-lettered)" \
    "flusher kills (SIGKILL)" "$KILLED" \
    "crash-hook kills" "$HOOK_CRASHES" \
    "flushers started" "$SPAWNS (exits: 0=$EXIT_OK 1=$EXIT_TRANSIENT 3=$EXIT_CONNECT other=$EXIT_OTHER)" \
    "PostgreSQL restarts" "$PG_DONE" \
    "Redis restarts" "$REDIS_DONE${CLUSTER:+ (failovers: $FAILOVERS)}" \
    "rows in the table" "$(fig rows)" \
    "dead letters" "$(fig dead_letters)" \
    "pending / in flight / leases" "$(fig pending) / $(fig in_flight) / $(fig leases)" \
    "lost" "$(fig lost)" \
    "duplicated" "$(fig duplicated)" \
    "valid turns dead-lettered" "$(fig valid_dead_lettered)" \
    "rows never pushed" "$(fig phantom_rows)" \
    "dead letters never pushed" "$(fig stray_dead_letters)" \
    "elapsed" "$(( $(date +%s) - START_TS ))s"
for p in lib raw; do cat "$W/producer-$p.out"; done | sed 's/^/torture: /'
grep '^VIOLATION' "$W/verify.out" | sed 's/^/torture: /'
[ -s "$W/verify.err" ] && sed 's/^/torture: tverify: /' "$W/verify.err"

rc=0
[ "$VRC" -eq 0 ] || rc=1
[ "$FINAL_OK" -eq 1 ] || { say "FAIL: the final flush never succeeded"; rc=1; }
[ "$CHAOS_OK" -eq 1 ] || { say "FAIL: the chaos loop could not restart a server"; rc=1; }
[ "$KILLED" -ge "$KILLS" ] || { say "FAIL: only $KILLED of $KILLS kills happened"; rc=1; }
# every flusher has a valid configuration: exit 2 (bad configuration) or 4 is a
# misclassified failure even when no turn was lost (their logs are shown above)
[ "$EXIT_OTHER" -eq 0 ] || { say "FAIL: $EXIT_OTHER flusher(s) exited with a status other than 0, 1, 3 or a kill"; rc=1; }
[ "${POISON_ACK:-0}" -gt 0 ] || { say "FAIL: no poison record was pushed"; rc=1; }
if [ "$rc" -ne 0 ]; then
    keep="$KEEP/torture-fail-$SEED-$$"
    cp -r "$W" "$keep" 2>/dev/null && say "logs kept in $keep (replay: TORTURE_SEED=$SEED)"
    say "FAILED (TORTURE_SEED=$SEED)"
else
    say "PASSED (TORTURE_SEED=$SEED)"
fi
if [ -n "$CLUSTER" ]; then
    for i in $(live_nodes); do ncli "$i" CONFIG SET appendfsync "${FSYNC_BEFORE:-everysec}" >/dev/null 2>&1; done
else
    [ -n "$FSYNC_BEFORE" ] && "${RCLI[@]}" CONFIG SET appendfsync "$FSYNC_BEFORE" >/dev/null 2>&1
fi
rm -rf "$W"
exit "$rc"
