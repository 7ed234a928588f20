#!/usr/bin/env bash
# forget.sh - the costs of memflush forget (issue 21), measured in one run on tests/rig.sh's
# servers; 'make bench' runs it as the method "forget" (bench.sh), or run it alone:
#     BUILD=build bash tests/bench/forget.sh
# It prints, and appends to $OUT/forget.tsv when OUT is set:
#  - save p50 / p99 (mfbench latency: one mf_save_json round trip), push throughput (memflush
#    push --jsonl) and Redis CPU per push: without the user index of forget ({P}:uidx:<day>;
#    FORGET_BASE_BUILD, or a copy of this tree built without it), with it, and with it and
#    FORGET_TOMBSTONES tombstones, alternating in each round;
#  - flush throughput (COPY, superuser) with the fence trigger disabled, enabled with no
#    tombstone, and enabled with FORGET_TOMBSTONES (1000) tombstones of other users;
#  - how long forget --user-id takes for a user with FORGET_USER_TURNS (1000) turns while
#    FORGET_PENDING (1,000,000) other turns are pending.
#  - prune of FORGET_PRUNE_ROWS (1,000,000) rows, two thirds older than the cut-off: its time,
#    its longest batch, and the longest single-row INSERT a concurrent writer waited meanwhile.
# Rows per throughput measurement: FORGET_ROWS (20000); rounds: FORGET_ROUNDS (3, medians).
# Judges nothing: exit 0 unless something failed to run.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
ROOT=$PWD
BUILD=${BUILD:-build}
if [ -z "${MF_RIG_DIR:-}" ]; then
    exec bash "$ROOT/tests/rig.sh" run -- bash "$ROOT/tests/bench/forget.sh"
fi
ROWS=${FORGET_ROWS:-20000}
ROUNDS=${FORGET_ROUNDS:-3}
TOMBS=${FORGET_TOMBSTONES:-1000}
UTURNS=${FORGET_USER_TURNS:-1000}
BIGPEND=${FORGET_PENDING:-1000000}
BASE=${FORGET_BASE_BUILD:-}
PRUNE_ROWS=${FORGET_PRUNE_ROWS:-1000000}
MF=$ROOT/$BUILD/memflush
MFB=$ROOT/$BUILD/bench/mfbench
[ -x "$MF" ] && [ -x "$MFB" ] || { echo "forget bench: build $MF and $MFB first (make bench)" >&2; exit 2; }
W=$(mktemp -d "${TMPDIR:-/tmp}/mfforgetbench.XXXXXX")
trap 'rm -rf "$W"' EXIT
unset MEMFLUSH_PREFIX MEMFLUSH_TABLE
PENDING='{memflush}:pending'
TSV=${OUT:+$OUT/forget.tsv}
rcli() { redis-cli -h 127.0.0.1 -p "$MF_REDIS_PORT" "$@"; }
pq() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -v ON_ERROR_STOP=1 -d "$DATABASE_URL" "$@"; }
say() { echo "forget bench: $*" >&2; }
now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
emit() { printf '%-58s %s\n' "$1" "$2"; [ -z "$TSV" ] || printf '%s\t%s\n' "$1" "$2" >> "$TSV"; }

"$MFB" gen --rows "$ROWS" --seed 7 --jsonl "$W/turns.jsonl" >/dev/null || { say "generator failed"; exit 1; }

# ---- save p50 and push: without the user index, with it, and with it and $TOMBS tombstones
# (Redis {P}:forget fields and table rows: the save path reads neither), alternating in each
# round. "Without" is FORGET_BASE_BUILD when given, else a build of this tree whose save.lua and
# save_many.lua skip the index commands (the index arguments are still sent), made here in $W.
bdir() { case $1 in /*) echo "$1" ;; *) echo "$ROOT/$1" ;; esac; }
if [ -n "$BASE" ]; then
    NOIDX=$(bdir "$BASE")
else
    say "building a copy of this tree without the user index (once, a minute or two)"
    mkdir -p "$W/noidx"
    (cd "$ROOT" && tar --exclude=./build* --exclude=./.git -cf - .) | (cd "$W/noidx" && tar -xf -)
    sed -i 's/^if KEYS\[3\] then$/if false then/' "$W/noidx/src/lua/save.lua"
    sed -i "s/^        if ARGV\[k + 2\] ~= '' then$/        if false then/" "$W/noidx/src/lua/save_many.lua"
    if grep -q '^if false then' "$W/noidx/src/lua/save.lua" && grep -q '^        if false then' "$W/noidx/src/lua/save_many.lua" &&
        make -C "$W/noidx" -j2 BUILD=build all build/bench/mfbench >"$W/noidx.log" 2>&1; then
        NOIDX=$W/noidx/build
    else
        say "could not build the copy without the index: $(tail -3 "$W/noidx.log" 2>/dev/null)"
        NOIDX=
    fi
fi
variants=(index "index, $TOMBS tombstones")
[ -n "$NOIDX" ] && [ -x "$NOIDX/memflush" ] && [ -x "$NOIDX/bench/mfbench" ] && variants=("no index" "${variants[@]}")
rcpu() { rcli INFO cpu | tr -d '\r' | awk -F: '/^used_cpu_(sys|user):/ { s += $2 } END { print s }'; }
declare -A P50 P99 PUSH PCPU
for ((r = 1; r <= ROUNDS; r++)); do
    for v in "${variants[@]}"; do
        d=$ROOT/$BUILD
        [ "$v" = "no index" ] && d=$NOIDX
        tomb() {
            [ "$v" = "index, $TOMBS tombstones" ] || return 0
            rcli EVAL "for i = 1, tonumber(ARGV[1]) do redis.call('HSET', KEYS[1], 'u:gone-' .. i, '1') end" \
                1 '{memflush}:forget' "$TOMBS" >/dev/null
        }
        pq -c "DELETE FROM public.memflush_tombstones"
        [ "$v" = "index, $TOMBS tombstones" ] &&
            pq -c "INSERT INTO public.memflush_tombstones (kind, id, horizon)
                   SELECT 'user', 'gone-' || g, now() FROM generate_series(1, $TOMBS) g"
        rcli FLUSHDB >/dev/null
        tomb
        line=$("$d/bench/mfbench" latency --file "$W/turns.jsonl" --samples 3000) || { say "latency failed ($v)"; continue; }
        for kv in $line; do
            case "$kv" in save_p50_us=*) P50[$v]+="${kv#*=} " ;; save_p99_us=*) P99[$v]+="${kv#*=} " ;; esac
        done
        rcli FLUSHDB >/dev/null
        tomb
        c0=$(rcpu)
        t0=$(now)
        "$d/memflush" push --jsonl "$W/turns.jsonl" >/dev/null 2>&1 || say "push failed ($v)"
        t1=$(now)
        c1=$(rcpu)
        PUSH[$v]+="$(awk -v n="$ROWS" -v a="$t0" -v z="$t1" 'BEGIN { printf "%.0f", n / (z - a) }') "
        PCPU[$v]+="$(awk -v a="$c0" -v z="$c1" 'BEGIN { printf "%.3f", z - a }') "
    done
done
pq -c "DELETE FROM public.memflush_tombstones"
rcli FLUSHDB >/dev/null
for v in "${variants[@]}"; do
    emit "save p50 us ($v)" "$(printf '%s\n' ${P50[$v]} | median)"
    emit "save p99 us ($v)" "$(printf '%s\n' ${P99[$v]} | median)"
    emit "push turns/s ($v)" "$(printf '%s\n' ${PUSH[$v]} | median)"
    emit "push: Redis CPU s per $ROWS turns ($v)" "$(printf '%s\n' ${PCPU[$v]} | median)"
done
emit "load average (1 min) after the save and push rounds" "$(cut -d' ' -f1 /proc/loadavg)"

# ---- flush: no trigger, trigger with no tombstone, trigger with $TOMBS tombstones
declare -A FL
variants=("no fence trigger" "fence, 0 tombstones" "fence, $TOMBS tombstones")
for ((r = 1; r <= ROUNDS; r++)); do
    for v in "${variants[@]}"; do
        pq -c "TRUNCATE public.chat_memories" -c "DELETE FROM public.memflush_tombstones"
        case "$v" in
            "no fence trigger") pq -c "ALTER TABLE public.chat_memories DISABLE TRIGGER memflush_fence" ;;
            *"$TOMBS tombstones") pq -c "INSERT INTO public.memflush_tombstones (kind, id, horizon)
                                         SELECT CASE WHEN g % 2 = 0 THEN 'user' ELSE 'conversation' END,
                                                'gone-' || g, now() FROM generate_series(1, $TOMBS) g" \
                                      -c "ANALYZE public.memflush_tombstones" ;;
        esac
        pq -c "CHECKPOINT"
        rcli FLUSHDB >/dev/null
        "$MFB" load --key "$PENDING" --file "$W/turns.jsonl" >/dev/null || say "load failed"
        t0=$(now)
        "$MF" flush --method copy >/dev/null 2>&1 || say "flush failed ($v)"
        t1=$(now)
        n=$(pq -c "SELECT count(*) FROM public.chat_memories")
        [ "$n" = "$ROWS" ] || say "flush ($v) stored $n of $ROWS"
        FL[$v]+="$(awk -v n="$ROWS" -v a="$t0" -v z="$t1" 'BEGIN { printf "%.0f", n / (z - a) }') "
        pq -c "ALTER TABLE public.chat_memories ENABLE TRIGGER memflush_fence"
    done
done
for v in "${variants[@]}"; do emit "flush rows/s (copy, $v)" "$(printf '%s\n' ${FL[$v]} | median)"; done
pq -c "TRUNCATE public.chat_memories" -c "DELETE FROM public.memflush_tombstones"

# ---- forget of a user with $UTURNS turns among $BIGPEND pending
rcli FLUSHDB >/dev/null
"$MFB" gen --rows "$BIGPEND" --seed 11 --jsonl "$W/big.jsonl" >/dev/null || { say "generator failed"; exit 1; }
python3 - "$W/user.jsonl" "$UTURNS" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        f.write(json.dumps({"cid": "bench-forget-%d" % i, "conversation_id": "bench-forget-c%d" % (i % 40),
                            "user_id": "bench-forget-user", "user_message": "hello %d" % i,
                            "assistant_message": "hi"}) + "\n")
PY
# the context lists and the user index as the library writes them; then the pending list is
# rebuilt with the user's turns spread over the other ones
"$MF" push --jsonl "$W/user.jsonl" >/dev/null 2>&1 || say "push of the user's turns failed"
rcli DEL "$PENDING" >/dev/null
python3 - "$W/big.jsonl" "$W/user.jsonl" "$W/mixed.jsonl" <<'PY'
import random, sys
users = open(sys.argv[2]).read().splitlines()
random.seed(5)
n = sum(1 for _ in open(sys.argv[1]))
at = {}
for u in users:
    at.setdefault(random.randrange(n), []).append(u)
with open(sys.argv[1]) as src, open(sys.argv[3], "w") as out:
    for i, line in enumerate(src):
        for u in at.get(i, ()):
            out.write(u + "\n")
        out.write(line)
PY
rm -f "$W/big.jsonl"
"$MFB" load --key "$PENDING" --file "$W/mixed.jsonl" >/dev/null || say "load of $BIGPEND failed"
rm -f "$W/mixed.jsonl"
pend=$(rcli LLEN "$PENDING")
E=${MF_WRITER_URL/mf_writer_login/mf_bench_eraser}
pq -c "DROP ROLE IF EXISTS mf_bench_eraser" -c "CREATE ROLE mf_bench_eraser LOGIN PASSWORD 's3cret-Test-pw' IN ROLE memflush_eraser"
used=$(rcli INFO memory | awk -F: '/^used_memory_human/ { print $2 }' | tr -d '\r')
t0=$(now)
"$MF" forget --user-id bench-forget-user --yes --database-url "$E" > "$W/forget.out" 2>"$W/forget.err" ||
    say "forget failed: $(cat "$W/forget.err")"
t1=$(now)
pq -c "DROP ROLE IF EXISTS mf_bench_eraser"
emit "forget: user turns / pending records / Redis memory" "$UTURNS / $pend / $used"
emit "forget: seconds" "$(awk -v a="$t0" -v z="$t1" 'BEGIN { printf "%.2f", z - a }')"
emit "forget: report" "$(cat "$W/forget.out")"
left=$(rcli LLEN "$PENDING")
emit "forget: pending after (expected $((pend - UTURNS)))" "$left"
rcli FLUSHDB >/dev/null
# ---- prune of $PRUNE_ROWS rows with a writer inserting meanwhile
pq -c "TRUNCATE public.chat_memories" -c "INSERT INTO public.chat_memories
        (cid, conversation_id, user_id, user_message, assistant_message, token_count, created_at)
        SELECT 'p-' || g, 'c' || (g % 1000), 'u' || (g % 500), repeat('m', 120), repeat('a', 200), 30,
               CASE WHEN g % 3 = 0 THEN now() - interval '1 day' ELSE now() - interval '100 days' END
        FROM generate_series(1, $PRUNE_ROWS) g" -c "VACUUM ANALYZE public.chat_memories"
cat > "$W/writer.py" <<'PY'
import subprocess, sys, time, os
# one session; each single-row INSERT timed (a psql per row would time process start-up)
p = subprocess.Popen(["psql", "-X", "-q", "-At", "-d", sys.argv[1]], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True, bufsize=1)
p.stdin.write("SELECT 1;\n")  # connected before the first timed INSERT
p.stdout.readline()
worst, n = 0.0, 0
while not os.path.exists(sys.argv[2]):
    t = time.monotonic()
    p.stdin.write("INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message,"
                  " assistant_message, token_count, created_at) VALUES ('w-%d', 'c', 'u', '', '', 0, now());"
                  " SELECT 1;\n" % n)
    p.stdout.readline()
    worst = max(worst, time.monotonic() - t)
    n += 1
    time.sleep(0.01)
p.stdin.close()
p.wait()
print("%d / %.1f" % (n, worst * 1000))
PY
python3 "$W/writer.py" "$DATABASE_URL" "$W/stop" > "$W/writer.txt" &
wpid=$!
sleep 0.5
E=${MF_WRITER_URL/mf_writer_login/mf_bench_eraser}
pq -c "DROP ROLE IF EXISTS mf_bench_eraser" -c "CREATE ROLE mf_bench_eraser LOGIN PASSWORD 's3cret-Test-pw' IN ROLE memflush_eraser"
t0=$(now)
"$MF" prune --older-than 90d --database-url "$E" > "$W/prune.out" 2>"$W/prune.err" || say "prune failed: $(tail -2 "$W/prune.err")"
t1=$(now)
touch "$W/stop"
wait "$wpid"
pq -c "DROP ROLE IF EXISTS mf_bench_eraser"
emit "prune: rows / seconds" "$PRUNE_ROWS / $(awk -v a="$t0" -v z="$t1" 'BEGIN { printf "%.2f", z - a }')"
emit "prune: report" "$(cat "$W/prune.out")"
emit "prune: rows left (expected $((PRUNE_ROWS / 3)) + the writer's)" "$(pq -c "SELECT count(*) FROM public.chat_memories")"
emit "prune: concurrent single-row INSERTs / longest ms" "$(cat "$W/writer.txt")"
pq -c "TRUNCATE public.chat_memories"
exit 0
