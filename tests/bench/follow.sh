#!/usr/bin/env bash
# follow.sh - figures of flush --follow, printed, never judged (make bench-follow; inside
# tests/rig.sh run, which starts its own Redis and PostgreSQL):
#   1. throughput on a full backlog: flush --follow against a one-shot flush of the same turns;
#   2. turn-to-row latency (from mf_save's return to the commit that makes the row visible,
#      seen through NOTIFY from an AFTER INSERT trigger added for the bench) at 10 and at
#      1,000 turns/s, default --linger-ms 200;
#   3. CPU of an idle follower over FOLLOW_IDLE_SECONDS (default 60);
#   4. RSS of a follower during a soak at 1,000 turns/s for FOLLOW_SOAK_SECONDS (default 600:
#      the goal is stated over 10 minutes), sampled every 10 s; a table of RSS per minute and the
#      growth between minute 2 and the end.
# FOLLOW_ROWS (default 20000) turns for the backlog, FOLLOW_SEED the generator's seed;
# FOLLOW_PARTS (default "backlog latency idle soak") runs only some of them.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD:-build}
M=$ROOT/$BUILD/memflush
MFB=$ROOT/$BUILD/bench/mfbench
ROWS=${FOLLOW_ROWS:-20000}
SEED=${FOLLOW_SEED:-20240501}
IDLE=${FOLLOW_IDLE_SECONDS:-60}
PARTS=" ${FOLLOW_PARTS:-backlog latency idle soak} "
part() { [[ $PARTS == *" $1 "* ]]; }
SOAK=${FOLLOW_SOAK_SECONDS:-600}
export MEMFLUSH_PREFIX=benchfollow
P=$MEMFLUSH_PREFIX
[ -x "$M" ] && [ -x "$MFB" ] || { echo "follow.sh: build first (make bench-follow)" >&2; exit 2; }
work=$(mktemp -d "${MF_RIG_DIR:-/tmp}/bfollow.XXXXXX") || exit 2
fpid=
trap '[ -n "$fpid" ] && kill -KILL "$fpid" 2>/dev/null; rm -rf "$work"' EXIT
say() { echo "$*"; }
sql() { "$MF_RIG" psql -c "$1"; }
rows() { sql "SELECT count(*) FROM public.chat_memories"; }

follower() { "$M" flush --follow "$@" > "$work/f.out" 2> "$work/f.err" & fpid=$!; sleep 1; }
stop_follower() { kill -TERM "$fpid"; wait "$fpid"; fpid=; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

say "flush --follow figures ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); seed $SEED)"
# 1. a full backlog: one-shot flush, then --follow, of the same turns
load() {
    sql "TRUNCATE public.chat_memories" >/dev/null
    "$MF_RIG" redis-cli del "{$P}:pending" >/dev/null
    "$MFB" load --key "{$P}:pending" --file "$work/turns.jsonl" >/dev/null || exit 1
}
if part backlog; then
"$MFB" gen --rows "$ROWS" --seed "$SEED" --jsonl "$work/turns.jsonl" >/dev/null || exit 1
load
t0=$(date +%s%N)
"$M" flush > "$work/flush.out" 2>/dev/null
t1=$(date +%s%N)
one=$(( ROWS * 1000000000 / (t1 - t0) ))
load
# from the start of the process to the end of its first round (which drains the whole
# backlog: its max_batches covers what is pending), as for the one-shot flush; watched in the
# follower's --verbose log (a psql poll would compete with it for the CPU)
t0=$(date +%s%N)
"$M" flush --follow --verbose > "$work/f.out" 2> "$work/f.err" &
fpid=$!
# (every 50 ms: a grep 100 times a second competed with the follower on a loaded machine)
until grep -q ' round: ' "$work/f.err"; do sleep 0.05; done
t1=$(date +%s%N)
stop_follower
[ "$(rows)" = "$ROWS" ] || say "backlog: the follower's first round wrote $(rows) of $ROWS rows"
say "  one-shot: $(grep -o '"elapsed_ms":[0-9]*' "$work/flush.out"); follow's first round: $(grep -o ' round: .*' "$work/f.err")"
fol=$(( ROWS * 1000000000 / (t1 - t0) ))
say "backlog of $ROWS turns: flush $one rows/s, flush --follow $fol rows/s (ratio $(awk "BEGIN{printf \"%.2f\", $fol/$one}"))"
# the same drain timed inside each process (the one-shot's elapsed_ms, the round's ms): no
# process start, no connection set-up, no log polling
ems=$(grep -o '"elapsed_ms":[0-9]*' "$work/flush.out" | cut -d: -f2)
rms=$(grep -o ' round: .*' "$work/f.err" | sed 's/.* \([0-9]*\) ms$/\1/')
[ -n "$ems" ] && [ -n "$rms" ] && say "  timed inside the process: flush ${ems} ms, the follower's round ${rms} ms (ratio $(awk "BEGIN{printf \"%.2f\", $ems/$rms}"))"
fi

sql "CREATE OR REPLACE FUNCTION public.mfbench_notify() RETURNS trigger LANGUAGE plpgsql AS
     \$\$ BEGIN PERFORM pg_notify('mfbench_rows', NEW.cid); RETURN NULL; END \$\$;
     DROP TRIGGER IF EXISTS mfbench_notify ON public.chat_memories;
     CREATE TRIGGER mfbench_notify AFTER INSERT ON public.chat_memories
     FOR EACH ROW EXECUTE FUNCTION public.mfbench_notify()" >/dev/null || exit 1

# 2. latency
for spec in "10 30" "1000 20"; do
    part latency || continue
    set -- $spec
    sql "TRUNCATE public.chat_memories" >/dev/null
    follower
    line=$("$MFB" follow --rate "$1" --seconds "$2" --tag "r$1")
    stop_follower
    say "latency at $1 turns/s for $2 s (linger 200 ms): $line"
done

# 3. idle CPU
if part idle; then
follower
sleep 2
c0=$(cpu_ticks "$fpid")
sleep "$IDLE"
c1=$(cpu_ticks "$fpid")
hz=$(getconf CLK_TCK)
say "idle follower: $((c1 - c0)) ticks of CPU in ${IDLE} s = $(awk "BEGIN{printf \"%.3f\", ($c1-$c0)/$hz/$IDLE*100}") % of one core"
stop_follower
fi

# 4. RSS during a soak at 1,000 turns/s: sampled every 10 s; the table shows the last sample of
# each minute, and the growth from the end of minute 2 to the end of the soak (the goal: none
# between minute 2 and minute 10)
if part soak; then
sql "TRUNCATE public.chat_memories" >/dev/null
follower --verbose
t0=$(date -u +%H:%M:%S.%N)
(
    for ((s = 10; s <= SOAK; s += 10)); do
        sleep 10
        echo "$s $(awk '/^VmRSS/{print $2}' "/proc/$fpid/status")"
    done
) > "$work/rss" &
sampler=$!
line=$("$MFB" follow --rate 1000 --seconds "$SOAK" --tag soak 2>&1)
wait "$sampler"
peak=$(awk '/^VmHWM/{print $2}' "/proc/$fpid/status")
stop_follower
say "soak at 1000 turns/s for $SOAK s: RSS every 10 s (kB): $(awk '{printf "%s ", $2}' "$work/rss")"
# per minute: RSS at its end, and the follower's rounds (its --verbose "round:" lines): how
# many, the most rows one round wrote and its longest round (a stall shows as long, big rounds)
say "  minute  RSS (kB, at the minute's end)  rounds  most rows in a round  longest round (ms)"
awk -v t0="$t0" '
    function sec(hms, a) { split(hms, a, ":"); return a[1] * 3600 + a[2] * 60 + a[3] }
    FNR == NR { if ($1 % 60 == 0) rss[$1 / 60] = $2; next }
    / round: / {
        m = int((sec(substr($1, 12, 12)) - sec(t0)) / 60) + 1
        rows = $0; sub(/.* round: /, "", rows); rows += 0
        ms = $0; sub(/ ms$/, "", ms); sub(/.* /, "", ms); ms += 0
        n[m]++; if (rows > big[m]) big[m] = rows; if (ms > long[m]) long[m] = ms
    }
    END { for (m = 1; m in rss; m++) printf "  %6d  %30d  %6d  %20d  %18d\n", m, rss[m], n[m], big[m], long[m] }
' "$work/rss" "$work/f.err"
awk -v soak="$SOAK" '$1 == 120 {m2 = $2} {last = $2; t = $1}
     END {if (m2 == "") {print "  growth from minute 2: n/a (soak shorter than 3 minutes)"; exit}
          printf "  growth from minute 2 to minute %d: %+d kB (%+.1f %%)\n", t / 60, last - m2, (last - m2) * 100 / m2}' "$work/rss"
say "  peak RSS ${peak} kB ($(awk "BEGIN{printf \"%.1f\", $peak/1024}") MB); rows written: $(rows); latency during the soak: ${line:-n/a}"
fi
sql "DROP TRIGGER mfbench_notify ON public.chat_memories; DROP FUNCTION public.mfbench_notify()" >/dev/null
