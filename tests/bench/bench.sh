#!/usr/bin/env bash
# bench.sh - 'make bench': how fast memflush moves turns compared with the limit (a plain psql
# \copy of the same rows), on real servers started by tests/rig.sh (fsync on), all methods in one
# run, each on a freshly truncated table. Prints a table of medians; it judges nothing (exit 0
# unless something failed to run). Knows memflush only through its command line and public API.
#
#   make bench                      (or: BUILD=build bash tests/bench/bench.sh)
#   BENCH_ROWS=50000   turns per measurement          BENCH_ROUNDS=3   rounds (median printed)
#   BENCH_SEED=20240501 generator seed (printed)      BENCH_BIG=1      memory check at 1,000,000 too
#   BENCH_JSON=path    also write the results as JSON
# BENCH_PYTHON=0 skips the Python package's measurements (tests/bench/bench_python.py, run
# once at the end; BENCH_PY_SAMPLES=2000 latency samples).
# Less common: BENCH_METHODS (space-separated subset of: baseline copy insert writer push latency
#   forget; forget runs tests/bench/forget.sh once, after the rounds: see its FORGET_* variables),
#   BENCH_BATCH_SIZE (passed to flush as --batch-size), BENCH_LAT_SAMPLES (default 5000),
#   BENCH_MEMORY=0 (skip the memory check), BENCH_FLUSH_ARGS (extra flags for flush),
#   BENCH_REDIS_AOF=0 (Redis without its append-only file, as Redis ships: what persistence
#   costs push; memflush check warns against running so).
# TLS: the rig's Redis also listens with TLS (MF_RIG_REDIS_TLS=both, tests/rig.sh), and the
#   methods copy-tls, push-tls and latency-tls run flush, push and the save latency over
#   rediss:// against the same server in the same run; the report ends with TLS/plaintext
#   ratios and flush's peak RSS over TLS. BENCH_TLS=0 leaves them out. latency-tls also runs
#   redis-benchmark (Redis's own client, -c 1 -t rpush, values of the turns' mean size) on the
#   plaintext and the TLS port, alternating: its TLS/plaintext p50 is the floor for the save's.
# Old against new binary, plaintext: BENCH_OLD=PATH (an older memflush binary) or BENCH_OLD=REF
#   (a git commit, branch or tag: built from 'git archive REF' into the run's directory) adds the
#   methods copy-old and push-old, run in the same rounds as copy and push (the order rotates),
#   and the report ends with new/old ratios.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
ROOT=$PWD
BUILD=${BUILD:-build}

# Start our own servers unless we already run inside the rig.
if [ -z "${MF_RIG_DIR:-}" ]; then
    [ "${BENCH_TLS:-1}" = 1 ] && export MF_RIG_REDIS_TLS=both
    exec bash "$ROOT/tests/rig.sh" run -- bash "$ROOT/tests/bench/bench.sh"
fi

ROWS=${BENCH_ROWS:-50000}
ROUNDS=${BENCH_ROUNDS:-3}
SEED=${BENCH_SEED:-20240501}
BIG=${BENCH_BIG:-0}
JSON=${BENCH_JSON:-}
TLS=${BENCH_TLS:-1}
[ -n "${MF_REDIS_TLS_PORT:-}" ] || TLS=0
if [ "$TLS" = 1 ]; then
    METHODS=${BENCH_METHODS:-baseline copy insert writer push latency copy-tls push-tls latency-tls forget}
    TLS_ENV=(REDIS_URL="rediss://127.0.0.1:$MF_REDIS_TLS_PORT/0" MEMFLUSH_REDIS_CACERT="$MF_RIG_TLS_DIR/ca.pem")
else
    METHODS=${BENCH_METHODS:-baseline copy insert writer push latency forget}
    TLS_ENV=()
fi
RUN_ENV=()   # extra environment of the measured memflush (TLS_ENV for the -tls methods)
OLD=${BENCH_OLD:-}
MF_OLD=
BATCH=${BENCH_BATCH_SIZE:-}
LAT_SAMPLES=${BENCH_LAT_SAMPLES:-5000}
MEMORY=${BENCH_MEMORY:-1}
EXTRA_FLUSH_ARGS=${BENCH_FLUSH_ARGS:-}
AOF=${BENCH_REDIS_AOF:-1}

for v in ROWS ROUNDS SEED LAT_SAMPLES; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "bench: BENCH_$v must be a positive integer" >&2; exit 2; }
done
[[ $AOF =~ ^[01]$ ]] || { echo "bench: BENCH_REDIS_AOF must be 0 or 1" >&2; exit 2; }

MF=$ROOT/$BUILD/memflush
MFB=$ROOT/$BUILD/bench/mfbench
[ -x "$MF" ] || { echo "bench: $MF is missing: run 'make' first" >&2; exit 2; }
[ -x "$MFB" ] || { echo "bench: $MFB is missing: run 'make bench'" >&2; exit 2; }
MF_NEW=$MF

# One directory per run, so that runs at the same time do not mix their files. The generated
# turns are deleted at the end; results.tsv (the raw measurements) is kept.
mkdir -p "$ROOT/tests/bench/out" || exit 2
OUT=$(mktemp -d "$ROOT/tests/bench/out/run-$(date +%Y%m%d-%H%M%S)-XXXX") || exit 2
trap 'rm -f "$OUT"/*.jsonl "$OUT"/*.copy' EXIT
RESULTS=$OUT/results.tsv
: > "$RESULTS"
# the old binary: a path, or a git ref built here (its own copy of the tree; nothing else touched)
if [ -n "$OLD" ]; then
    if [ -f "$OLD" ] && [ -x "$OLD" ]; then
        MF_OLD=$(cd "$(dirname "$OLD")" && pwd)/$(basename "$OLD")
    else
        echo "bench: building BENCH_OLD=$OLD into $OUT/old" >&2
        mkdir -p "$OUT/old" && git -C "$ROOT" archive "$OLD" | tar -x -C "$OUT/old" &&
            make -C "$OUT/old" -j2 all >"$OUT/old/build.log" 2>&1 ||
            { echo "bench: could not build BENCH_OLD=$OLD (a memflush binary or a git ref; see $OUT/old/build.log)" >&2; exit 2; }
        MF_OLD=$OUT/old/build/memflush
    fi
    case " $METHODS " in *" copy-old "*|*" push-old "*) ;; *) METHODS="$METHODS copy-old push-old" ;; esac
fi
JSONL=$OUT/turns-$SEED-$ROWS.jsonl
COPYF=$OUT/turns-$SEED-$ROWS.copy
COLS="cid, conversation_id, user_id, user_message, assistant_message, token_count, reflection, metadata, created_at"
unset MEMFLUSH_PREFIX MEMFLUSH_TABLE
PENDING='{memflush}:pending'
FAILED=0

say() { echo "bench: $*" >&2; }
rcli() { redis-cli -h 127.0.0.1 -p "$MF_REDIS_PORT" "$@"; }
pq() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -v ON_ERROR_STOP=1 -d "$DATABASE_URL" "$@"; }
meta() { printf 'meta\t%s\t%s\n' "$1" "$2" >> "$RESULTS"; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }

reset_pg() {
    pq -c "TRUNCATE public.chat_memories" && pq -c "CHECKPOINT"
}

# Empty Redis and compact its append-only file, so that no AOF rewrite runs during a measurement
# (automatic rewrites are switched off below; appendfsync stays everysec).
reset_redis() {
    local i=0
    rcli FLUSHDB >/dev/null || return 1
    [ "$AOF" = 1 ] || return 0
    rcli BGREWRITEAOF >/dev/null 2>&1
    while rcli INFO persistence | grep -Eq '^aof_rewrite_(in_progress|scheduled):1'; do
        i=$((i + 1)); [ "$i" -gt 600 ] && break
        sleep 0.1
    done
    return 0
}

load_pending() { # FILE EXPECTED
    local n
    n=$("$MFB" load --key "$PENDING" --file "$1") || return 1
    [ "$(rcli LLEN "$PENDING")" = "$2" ] || { say "pending list has $(rcli LLEN "$PENDING") records, expected $2"; return 1; }
}

table_count() { pq -c "SELECT count(*) FROM public.chat_memories"; }

# Keep the baseline's rows, then compare what memflush wrote with them, column by column
# (jsonb compared as values: 0.80 and 0.8 are the same number). Prints the differing row count.
save_reference() {
    pq -c "DROP TABLE IF EXISTS bench_reference" -c "CREATE UNLOGGED TABLE bench_reference AS
               SELECT $COLS FROM public.chat_memories"
}
compare_reference() {
    pq -c "SELECT count(*) FROM bench_reference b FULL JOIN public.chat_memories m USING (cid)
           WHERE b.cid IS NULL OR m.cid IS NULL
              OR (b.conversation_id, b.user_id, b.user_message, b.assistant_message, b.token_count,
                  b.reflection, b.metadata, b.created_at)
                 IS DISTINCT FROM
                 (m.conversation_id, m.user_id, m.user_message, m.assistant_message, m.token_count,
                  m.reflection, m.metadata, m.created_at)"
}

# measure STDOUT STDERR CMD ARGS...: run CMD through 'mfbench run', with the CPU time the
# PostgreSQL and Redis process trees used meanwhile. Sets M_EXIT M_WALL M_RSS M_USER M_SYS M_PG M_REDIS.
measure() {
    local out=$1 err=$2 pg0 rd0 pg1 rd1 line kv
    shift 2
    pg0=$("$MFB" cpu "$PG_PID") && rd0=$("$MFB" cpu "$REDIS_PID") || return 1
    line=$("$MFB" run --out "$out" --err "$err" -- "$@") || return 1
    # the measured program's backends count once the postmaster has reaped them
    pg1=$("$MFB" cpu "$PG_PID" --settle "${pg0#* }") && rd1=$("$MFB" cpu "$REDIS_PID") || return 1
    pg0=${pg0% *} pg1=${pg1% *} rd0=${rd0% *} rd1=${rd1% *}
    for kv in $line; do
        case $kv in
            exit=*) M_EXIT=${kv#exit=} ;;
            wall_s=*) M_WALL=${kv#wall_s=} ;;
            maxrss_kb=*) M_RSS=${kv#maxrss_kb=} ;;
            user_s=*) M_USER=${kv#user_s=} ;;
            sys_s=*) M_SYS=${kv#sys_s=} ;;
        esac
    done
    M_PG=$(calc "$pg1 - $pg0")
    M_REDIS=$(calc "$rd1 - $rd0")
}

record() { # NAME ROUND ROWS STATUS
    printf 'method\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${M_WALL:-0}" \
        "${M_RSS:-0}" "${M_USER:-0}" "${M_SYS:-0}" "${M_PG:-0}" "${M_REDIS:-0}" "$4" >> "$RESULTS"
    if [ "$4" = ok ]; then
        say "  $1: $3 rows in ${M_WALL}s ($(calc "$3 / $M_WALL") rows/s), peak RSS ${M_RSS} kB"
    else
        say "  $1: $4"
    fi
}

fail() { # NAME ROUND ROWS WHY
    FAILED=1
    M_WALL=0 M_RSS=0 M_USER=0 M_SYS=0 M_PG=0 M_REDIS=0
    record "$1" "$2" "$3" "failed: $4"
}

# 1 when the command is still the "not built yet" placeholder.
placeholder() { "$MF" "$1" --help 2>&1 | grep -q "not built yet"; }

NAME_BASE='psql \copy (the limit)'
NAME_COPY='memflush flush --method copy'
NAME_INSERT='memflush flush --method insert'
NAME_WRITER='flush copy, least-privilege role'
NAME_PUSH='memflush push --jsonl (to Redis)'
NAME_FLOOR='Redis floor: RPUSH+LPUSH+EXPIRE'
NAME_COPY_TLS='flush --method copy, rediss://'
NAME_PUSH_TLS='push --jsonl, rediss://'
NAME_COPY_OLD='flush --method copy, BENCH_OLD'
NAME_PUSH_OLD='push --jsonl, BENCH_OLD'
HAVE_REF=0

run_baseline() { # ROUND
    local r=$1 n
    reset_pg || { fail "$NAME_BASE" "$r" "$ROWS" "could not truncate"; return; }
    measure "$OUT/baseline.out" "$OUT/baseline.err" psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE_URL" \
        -c "\\copy public.chat_memories ($COLS) FROM '$COPYF'" ||
        { fail "$NAME_BASE" "$r" "$ROWS" "could not run psql"; return; }
    n=$(table_count)
    if [ "$M_EXIT" != 0 ] || [ "$n" != "$ROWS" ]; then
        fail "$NAME_BASE" "$r" "$ROWS" "psql exit $M_EXIT, $n rows: $(head -c 300 "$OUT/baseline.err")"
        return
    fi
    if [ "$HAVE_REF" = 0 ]; then save_reference && HAVE_REF=1; fi
    record "$NAME_BASE" "$r" "$ROWS" ok
}

run_flush() { # ROUND NAME METHOD [DATABASE_URL]
    local r=$1 name=$2 method=$3 url=${4:-$DATABASE_URL} n h flushed args=()
    if placeholder flush; then
        M_WALL=0 M_RSS=0 M_USER=0 M_SYS=0 M_PG=0 M_REDIS=0
        record "$name" "$r" "$ROWS" "n/a: memflush flush is not built yet"
        return
    fi
    reset_pg && reset_redis || { fail "$name" "$r" "$ROWS" "could not reset the servers"; return; }
    load_pending "$JSONL" "$ROWS" || { fail "$name" "$r" "$ROWS" "could not load the pending list"; return; }
    args=(flush --method "$method")
    [ -n "$BATCH" ] && args+=(--batch-size "$BATCH")
    # shellcheck disable=SC2206
    [ -n "$EXTRA_FLUSH_ARGS" ] && args+=($EXTRA_FLUSH_ARGS)
    measure "$OUT/flush-$method.out" "$OUT/flush-$method.err" env DATABASE_URL="$url" "${RUN_ENV[@]}" "$MF" "${args[@]}" ||
        { fail "$name" "$r" "$ROWS" "could not run memflush"; return; }
    n=$(table_count)
    flushed=$(sed -n 's/.*"flushed_count":\([0-9]*\).*/\1/p' "$OUT/flush-$method.out" | tail -n 1)
    if [ "$M_EXIT" != 0 ] || [ "$n" != "$ROWS" ] || [ "$flushed" != "$ROWS" ]; then
        fail "$name" "$r" "$ROWS" "exit $M_EXIT, $n rows in the table, flushed_count ${flushed:-?}: $(tail -c 300 "$OUT/flush-$method.err" | tr '\n\t' '  ')"
        return
    fi
    if [ "$r" = 1 ] && [ "$HAVE_REF" = 1 ]; then
        h=$(compare_reference)
        if [ "$h" != 0 ]; then
            say "  WARNING: $h rows written by '$name' differ from the baseline's"
            meta "rows_differing_from_baseline:$name" "$h"
        else
            say "  rows identical to the baseline's (every column compared)"
        fi
    fi
    record "$name" "$r" "$ROWS" ok
}

# run_to_redis NAME ROUND TAG CMD ARGS...: on an empty Redis, time CMD writing the turns and
# check that all of them are pending.
run_to_redis() {
    local name=$1 r=$2 tag=$3 n
    shift 3
    reset_redis || { fail "$name" "$r" "$ROWS" "could not reset redis"; return; }
    measure "$OUT/$tag.out" "$OUT/$tag.err" "$@" || { fail "$name" "$r" "$ROWS" "could not run $1"; return; }
    n=$(rcli LLEN "$PENDING")
    if [ "$M_EXIT" != 0 ] || [ "$n" != "$ROWS" ]; then
        fail "$name" "$r" "$ROWS" "exit $M_EXIT, $n records pending: $(tail -c 300 "$OUT/$tag.err" | tr '\n\t' '  ')"
        return
    fi
    record "$name" "$r" "$ROWS" ok
}

run_push() { # ROUND
    local r=$1
    # the Redis writes push must make for the same turns (RPUSH to pending; per chunk of 256
    # and conversation, LPUSH to its context list + EXPIRE), pipelined, with no Lua and no
    # validation: what push is compared with
    run_to_redis "$NAME_FLOOR" "$r" floor "$MFB" load --key "$PENDING" --file "$JSONL" \
        --ctx "${PENDING%pending}ctx:"
    if placeholder push; then
        M_WALL=0 M_RSS=0 M_USER=0 M_SYS=0 M_PG=0 M_REDIS=0
        record "$NAME_PUSH" "$r" "$ROWS" "n/a: memflush push is not built yet"
        return
    fi
    run_to_redis "$NAME_PUSH" "$r" push "$MF" push --jsonl "$JSONL"
}

run_latency() { # ROUND [tls]
    local r=$1 line kv s50= s99= r50= r99= tag=latency
    reset_redis || { FAILED=1; say "  latency: could not reset redis"; return; }
    if [ "${2:-}" = tls ]; then
        tag=latency_tls
        line=$(env "${TLS_ENV[@]}" MFBENCH_RPUSH_URL="$REDIS_URL" "$MFB" latency --file "$JSONL" --samples "$LAT_SAMPLES")
    else
        line=$("$MFB" latency --file "$JSONL" --samples "$LAT_SAMPLES")
    fi
    if [ $? != 0 ]; then
        FAILED=1
        say "  latency: mfbench latency failed"
        return
    fi
    for kv in $line; do
        case $kv in
            save_p50_us=*) s50=${kv#*=} ;; save_p99_us=*) s99=${kv#*=} ;;
            rpush_p50_us=*) r50=${kv#*=} ;; rpush_p99_us=*) r99=${kv#*=} ;;
        esac
    done
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tag" "$r" "$s50" "$s99" "$r50" "$r99" >> "$RESULTS"
    say "  $tag: mf_save_json p50 ${s50}us p99 ${s99}us; bare RPUSH p50 ${r50}us p99 ${r99}us"
    [ "$tag" = latency_tls ] && run_rbench "$r"
}

# redis-benchmark's own RPUSH (one client, values of the turns' mean size) on the plaintext and
# on the TLS port of the same server, alternating twice: what TLS costs a bare round trip here.
# Rows: rbench ROUND p50_plain_us p50_tls_us (the lower of the two runs each).
run_rbench() { # ROUND
    local p t i v a=() b=() size
    command -v redis-benchmark >/dev/null || { say "  redis-benchmark is not installed: no TLS floor"; return; }
    size=$(printf '%s\n' "$GEN" | sed -n 's/.*mean_record_bytes=\([0-9]*\).*/\1/p')
    for i in 1 2; do
        for p in plain tls; do
            if [ $p = tls ]; then
                v=$(redis-benchmark --tls --cacert "$MF_RIG_TLS_DIR/ca.pem" -h 127.0.0.1 -p "$MF_REDIS_TLS_PORT" \
                    -c 1 -n "$LAT_SAMPLES" -d "${size:-1000}" -t rpush --csv 2>/dev/null | awk -F'"' '$2 == "RPUSH" { print $10 }')
                b+=("$v")
            else
                v=$(redis-benchmark -h 127.0.0.1 -p "$MF_REDIS_PORT" -c 1 -n "$LAT_SAMPLES" -d "${size:-1000}" -t rpush \
                    --csv 2>/dev/null | awk -F'"' '$2 == "RPUSH" { print $10 }')
                a+=("$v")
            fi
        done
    done
    rcli DEL mylist >/dev/null 2>&1
    p=$(printf '%s\n' "${a[@]}" | sort -g | head -n 1) t=$(printf '%s\n' "${b[@]}" | sort -g | head -n 1)
    [ -n "$p" ] && [ -n "$t" ] || { say "  redis-benchmark gave no p50"; return; }
    p=$(calc "$p * 1000") t=$(calc "$t * 1000")
    printf 'rbench\t%s\t%s\t%s\n' "$1" "$p" "$t" >> "$RESULTS"
    say "  redis-benchmark RPUSH p50: plaintext ${p}us, TLS ${t}us"
}

run_memory() { # N [tls]
    local n=$1 file=$OUT/turns-$SEED-$1.jsonl c tag=memory
    local -a envs=()
    [ "${2:-}" = tls ] && tag=memory_tls envs=("${TLS_ENV[@]}")
    if placeholder flush; then say "memory check skipped: memflush flush is not built yet"; return; fi
    "$MFB" gen --rows "$n" --seed "$SEED" --jsonl "$file" >/dev/null ||
        { FAILED=1; say "could not generate $n turns"; return; }
    reset_pg && reset_redis || { FAILED=1; say "memory check: could not reset the servers"; return; }
    say "memory check: loading $n pending turns"
    load_pending "$file" "$n" || { FAILED=1; return; }
    measure "$OUT/mem.out" "$OUT/mem.err" env "${envs[@]}" "$MF" flush --method copy ||
        { FAILED=1; say "memory check: could not run memflush"; return; }
    c=$(table_count)
    if [ "$M_EXIT" != 0 ] || [ "$c" != "$n" ]; then
        FAILED=1
        say "memory check: flush of $n exited $M_EXIT with $c rows: $(tail -c 300 "$OUT/mem.err")"
        return
    fi
    [ "$tag" = memory ] && printf 'memory\t%s\t%s\t%s\n' "$n" "$M_RSS" "$M_WALL" >> "$RESULTS"
    [ "$tag" = memory_tls ] && meta "memory_tls:$n" "$M_RSS"
    rm -f "$file"
    say "  $tag: flush of $n pending: peak RSS ${M_RSS} kB in ${M_WALL}s"
}

# ------------------------------------------------------------------ setup

PG_PID=$("$MF_RIG" pg-pid) && REDIS_PID=$("$MF_RIG" redis-pid) || { say "rig servers are not running"; exit 1; }
rcli CONFIG SET auto-aof-rewrite-percentage 0 >/dev/null
[ "$AOF" = 1 ] || rcli CONFIG SET appendonly no >/dev/null || { say "could not switch the AOF off"; exit 1; }

say "generating $ROWS turns, seed $SEED"
GEN=$("$MFB" gen --rows "$ROWS" --seed "$SEED" --jsonl "$JSONL" --copy "$COPYF") || { say "generator failed"; exit 1; }
say "  $GEN"
meta rows "$ROWS"
meta rounds "$ROUNDS"
meta seed "$SEED"
meta generator "$GEN"
meta postgresql "$(pq -c 'SHOW server_version') (fsync=$(pq -c 'SHOW fsync'), synchronous_commit=$(pq -c 'SHOW synchronous_commit'), shared_buffers=$(pq -c 'SHOW shared_buffers'))"
meta redis "$(rcli INFO server | sed -n 's/^redis_version:\([^\r]*\).*/\1/p') (appendonly=$(rcli CONFIG GET appendonly | sed -n 2p), appendfsync=$(rcli CONFIG GET appendfsync | sed -n 2p))"
meta cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1) x $(nproc)"
meta memflush "$("$MF" --version 2>/dev/null | head -n 1)"
meta batch_size "${BATCH:-default}"
# how much client CPU jansson alone needs for these records (for the profile, not a method)
PARSE=$("$MFB" parse --file "$JSONL" | head -n 1) && meta jansson_parse "$PARSE" && say "  $PARSE"
meta date "$(date -u +%Y-%m-%dT%H:%M:%SZ)"

# ------------------------------------------------------------------ rounds

read -r -a MLIST <<< "$METHODS"
for ((round = 1; round <= ROUNDS; round++)); do
    say "round $round/$ROUNDS"
    # the baseline always runs first (its digest is the reference); the others rotate per round
    others=()
    for m in "${MLIST[@]}"; do [ "$m" != baseline ] && [ "$m" != forget ] && others+=("$m"); done
    k=${#others[@]}
    order=()
    for m in "${MLIST[@]}"; do [ "$m" = baseline ] && order+=(baseline); done
    for ((i = 0; i < k; i++)); do order+=("${others[$(( (i + round - 1) % k ))]}"); done
    for m in "${order[@]}"; do
        case $m in
            baseline) run_baseline "$round" ;;
            copy) run_flush "$round" "$NAME_COPY" copy ;;
            insert) run_flush "$round" "$NAME_INSERT" insert ;;
            writer) run_flush "$round" "$NAME_WRITER" copy "$MF_WRITER_URL" ;;
            push) run_push "$round" ;;
            latency) run_latency "$round" ;;
            copy-tls) RUN_ENV=("${TLS_ENV[@]}"); run_flush "$round" "$NAME_COPY_TLS" copy; RUN_ENV=() ;;
            push-tls) run_to_redis "$NAME_PUSH_TLS" "$round" push-tls env "${TLS_ENV[@]}" "$MF" push --jsonl "$JSONL" ;;
            latency-tls) run_latency "$round" tls ;;
            copy-old) MF=$MF_OLD; run_flush "$round" "$NAME_COPY_OLD" copy; MF=$MF_NEW ;;
            push-old) run_to_redis "$NAME_PUSH_OLD" "$round" push-old "$MF_OLD" push --jsonl "$JSONL" ;;
            *) say "unknown method '$m' in BENCH_METHODS"; exit 2 ;;
        esac
    done
done

case " $METHODS " in *" forget "*)
    say "forget: save/push with and without the user index, flush with tombstones, forget among many pending"
    OUT=$OUT BUILD=$BUILD bash "$ROOT/tests/bench/forget.sh" > "$OUT/forget.txt" || FAILED=1 ;;
esac

if [ "$MEMORY" = 1 ]; then
    run_memory 100000
    [ "$TLS" = 1 ] && run_memory 100000 tls
    if [ "$BIG" = 1 ]; then run_memory 1000000; fi
fi

# ------------------------------------------------------------------ report

echo
echo "memflush bench: $ROWS turns, $ROUNDS rounds, seed $SEED, batch size ${BATCH:-default}"
echo "  $GEN"
[ -n "${PARSE:-}" ] && echo "  client-side $PARSE"
echo "  PostgreSQL $(pq -c 'SHOW server_version') fsync=$(pq -c 'SHOW fsync') synchronous_commit=$(pq -c 'SHOW synchronous_commit'); Redis $(rcli INFO server | sed -n 's/^redis_version:\([^\r]*\).*/\1/p') appendonly=$(rcli CONFIG GET appendonly | sed -n 2p) (appendfsync $(rcli CONFIG GET appendfsync | sed -n 2p)); $(nproc) cores"
if [ -n "$JSON" ]; then
    case $JSON in /*) ;; *) JSON=$ROOT/$JSON ;; esac
    "$MFB" report --results "$RESULTS" --limit "$NAME_BASE" --push "$NAME_PUSH" --push-floor "$NAME_FLOOR" \
        --json "$JSON" || FAILED=1
else
    "$MFB" report --results "$RESULTS" --limit "$NAME_BASE" --push "$NAME_PUSH" --push-floor "$NAME_FLOOR" ||
        FAILED=1
fi
# medians of this run's rows (column c of method k's successful rounds)
med() { awk -F'\t' -v k="$1" -v c="$2" '$1 == "method" && $2 == k && $11 == "ok" { print $c }' "$RESULTS" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# client CPU (user + sys) of method k, median
cpu() { awk -F'\t' -v k="$1" '$1 == "method" && $2 == k && $11 == "ok" { print $7 + $8 }' "$RESULTS" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ratio() { [ -n "$1" ] && [ -n "$2" ] && calc "$1 / $2" || echo "n/a"; }
if [ "$TLS" = 1 ]; then
    # TLS against plaintext, same server, same turns
    lmed() { awk -F'\t' -v k="$1" '$1 == k { print $3 }' "$RESULTS" | sort -g |
             awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
    fp=$(med "$NAME_COPY" 5) ft=$(med "$NAME_COPY_TLS" 5) pp=$(med "$NAME_PUSH" 5) pt=$(med "$NAME_PUSH_TLS" 5)
    sp=$(lmed latency) st=$(lmed latency_tls)
    echo
    echo "TLS (rediss://, same Redis, same run) against plaintext, medians:"
    printf '  %-34s %10s %10s  %s\n' "" plaintext TLS "TLS speed / plaintext"
    printf '  %-34s %9ss %9ss  %sx (goal >= 0.9)\n' "flush --method copy ($ROWS turns)" "$fp" "$ft" "$(ratio "$fp" "$ft")"
    printf '  %-34s %9ss %9ss  %sx (goal >= 0.8)\n' "push --jsonl ($ROWS turns)" "$pp" "$pt" "$(ratio "$pp" "$pt")"
    printf '  %-34s %8sus %8sus  p50 TLS/plaintext %sx (goal <= 1.3)\n' "mf_save_json p50" "$sp" "$st" "$(ratio "$st" "$sp")"
    rp=$(awk -F'\t' '$1 == "rbench" { print $3 }' "$RESULTS" | sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }')
    rt=$(awk -F'\t' '$1 == "rbench" { print $4 }' "$RESULTS" | sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }')
    [ -n "$rp" ] && printf '  %-34s %8sus %8sus  p50 TLS/plaintext %sx (the floor: Redis'"'"'s own client)\n' \
        "redis-benchmark RPUSH p50" "$rp" "$rt" "$(ratio "$rt" "$rp")"
    mt=$(awk -F'\t' '$1 == "meta" && $2 == "memory_tls:100000" { print $3 }' "$RESULTS")
    mp=$(awk -F'\t' '$1 == "memory" && $2 == "100000" { print $3 }' "$RESULTS")
    [ -n "$mt" ] && echo "  flush of 100000 pending over TLS: peak RSS ${mt} kB (goal <= 20480 kB; plaintext ${mp:-?} kB)"
fi
if [ -n "$MF_OLD" ]; then
    # the same rounds' medians: the new binary against BENCH_OLD, plaintext
    fn=$(med "$NAME_COPY" 5) fo=$(med "$NAME_COPY_OLD" 5) pn=$(med "$NAME_PUSH" 5) po=$(med "$NAME_PUSH_OLD" 5)
    echo
    echo "plaintext, new binary against BENCH_OLD=$OLD (same run, medians):"
    printf '  %-34s %10s %10s  %s\n' "" old new "new speed / old"
    printf '  %-34s %9ss %9ss  %sx\n' "flush --method copy ($ROWS turns)" "$fo" "$fn" "$(ratio "$fo" "$fn")"
    printf '  %-34s %9ss %9ss  %sx\n' "push --jsonl ($ROWS turns)" "$po" "$pn" "$(ratio "$po" "$pn")"
    printf '  %-34s %9ss %9ss  %sx (old CPU / new CPU)\n' "flush client CPU user+sys" "$(cpu "$NAME_COPY_OLD")" \
        "$(cpu "$NAME_COPY")" "$(ratio "$(cpu "$NAME_COPY_OLD")" "$(cpu "$NAME_COPY")")"
    printf '  %-34s %9ss %9ss  %sx (old CPU / new CPU)\n' "push client CPU user+sys" "$(cpu "$NAME_PUSH_OLD")" \
        "$(cpu "$NAME_PUSH")" "$(ratio "$(cpu "$NAME_PUSH_OLD")" "$(cpu "$NAME_PUSH")")"
fi
if [ -s "$OUT/forget.txt" ]; then
    echo
    echo "forget (tests/bench/forget.sh):"
    sed 's/^/  /' "$OUT/forget.txt"
fi
# the Python package against bare redis-py (tests/bench/bench_python.py), once, at the end
if [ "${BENCH_PYTHON:-1}" = 1 ]; then
    echo
    PYM=$ROWS; [ "$PYM" -gt 20000 ] && PYM=20000
    if /usr/bin/python3 -c 'import redis' 2>/dev/null; then
        /usr/bin/python3 "$ROOT/tests/bench/bench_python.py" "$JSONL" "${BENCH_PY_SAMPLES:-2000}" "$PYM" || {
            say "bench_python.py failed"; FAILED=1; }
    else
        say "python3-redis is not installed: the Python package was not measured (tools/deps.sh)"
    fi
fi
echo
echo "reproduce: make bench BENCH_ROWS=$ROWS BENCH_ROUNDS=$ROUNDS BENCH_SEED=$SEED${BATCH:+ BENCH_BATCH_SIZE=$BATCH}${BENCH_BIG:+ BENCH_BIG=$BIG}${BENCH_METHODS:+ BENCH_METHODS=\"$METHODS\"}${BENCH_REDIS_AOF:+ BENCH_REDIS_AOF=$AOF}${OLD:+ BENCH_OLD=$OLD} (raw results: ${RESULTS#"$ROOT"/})"
[ "$FAILED" = 0 ] || say "some measurements failed to run (see above)"
exit "$FAILED"
