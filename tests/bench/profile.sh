#!/usr/bin/env bash
# profile.sh - where the time of 'memflush flush' goes: per-statement server time (PostgreSQL's
# log_min_duration_statement=0), per-script Redis time (SLOWLOG), and, when perf works, a
# system-wide CPU profile split into the memflush process and the PostgreSQL backends.
# A companion of bench.sh (same generator, same rig); it judges nothing.
#
#   BUILD=build bash tests/bench/profile.sh      PROFILE_ROWS=20000 PROFILE_METHODS="copy insert"
#   PROFILE_BATCH_SIZE=N  (flush --batch-size)   PROFILE_PERF=0 (skip perf)
# Methods: baseline (one psql \copy), copy, insert (memflush flush), and server floors driven by
# psql in transactions of the batch size: psql-batched (COPY straight into the table),
# psql-precheck (a cid lookup, then that COPY).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
ROOT=$PWD
BUILD=${BUILD:-build}
if [ -z "${MF_RIG_DIR:-}" ]; then
    exec bash "$ROOT/tests/rig.sh" run -- bash "$ROOT/tests/bench/profile.sh"
fi

ROWS=${PROFILE_ROWS:-20000}
SEED=${BENCH_SEED:-20240501}
METHODS=${PROFILE_METHODS:-baseline copy insert}
BATCH=${PROFILE_BATCH_SIZE:-}
PERF=${PROFILE_PERF:-1}
MF=$ROOT/$BUILD/memflush
MFB=$ROOT/$BUILD/bench/mfbench
mkdir -p "$ROOT/tests/bench/out" || exit 2
OUT=$(mktemp -d "$ROOT/tests/bench/out/profile-$(date +%Y%m%d-%H%M%S)-XXXX") || exit 2
echo "profile: files in ${OUT#"$ROOT"/}"
JSONL=$OUT/turns.jsonl
PENDING='{memflush}:pending'
PGLOG=$MF_RIG_DIR/pg/postgres.log

rcli() { redis-cli -h 127.0.0.1 -p "$MF_REDIS_PORT" "$@"; }
pq() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -v ON_ERROR_STOP=1 -d "$DATABASE_URL" "$@"; }
command -v perf >/dev/null && [ "$PERF" = 1 ] || PERF=0

COPYF=$OUT/turns.copy
COLS="cid, conversation_id, user_id, user_message, assistant_message, token_count, reflection, metadata, created_at"
"$MFB" gen --rows "$ROWS" --seed "$SEED" --jsonl "$JSONL" --copy "$COPYF" || exit 1
rcli CONFIG SET auto-aof-rewrite-percentage 0 >/dev/null
# sha1 -> script name, to label EVALSHA in the slow log
SCRIPT_NAMES=
for f in "$ROOT"/src/lua/*.lua; do
    SCRIPT_NAMES="$SCRIPT_NAMES $(rcli -x SCRIPT LOAD < "$f") $(basename "$f")"
done

for method in $METHODS; do
    echo
    if [ "$method" = baseline ]; then
        echo "=== baseline: psql \\copy of the same $ROWS rows, one transaction"
        client=psql
        cmd=(psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE_URL" -c "\\copy public.chat_memories ($COLS) FROM '$COPYF'")
    elif [ "${method#psql-}" != "$method" ]; then
        # server-side floors: what PostgreSQL alone needs for the same rows written in
        # transactions of BATCH rows, driven by psql (client CPU negligible)
        n=${BATCH:-1000}
        rm -rf "$OUT/chunks" && mkdir -p "$OUT/chunks" && split -l "$n" -d -a 5 "$COPYF" "$OUT/chunks/c"
        script=$OUT/$method.sql
        : > "$script"
        for c in "$OUT"/chunks/c*; do
            case $method in
                psql-batched)
                    printf 'BEGIN;\n\\copy public.chat_memories (%s) FROM %s\nCOMMIT;\n' "$COLS" "'$c'" >> "$script" ;;
                psql-precheck)
                    cids=$(cut -f1 "$c" | paste -sd, -)
                    printf "BEGIN;\nSELECT count(*) FROM public.chat_memories WHERE cid = ANY(string_to_array('%s', ','));\n\\copy public.chat_memories (%s) FROM %s\nCOMMIT;\n" "$cids" "$COLS" "'$c'" >> "$script" ;;
                *) echo "unknown method $method"; exit 2 ;;
            esac
        done
        echo "=== server floor '$method': psql writes the same $ROWS rows in transactions of $n (see $script)"
        client=psql
        cmd=(psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -d "$DATABASE_URL" -f "$script")
    else
        echo "=== memflush flush --method $method, $ROWS turns, batch size ${BATCH:-default}"
        client=memflush
        cmd=("$MF" flush --method "$method")
        [ -n "$BATCH" ] && cmd+=(--batch-size "$BATCH")
    fi
    pq -c "TRUNCATE public.chat_memories" -c CHECKPOINT
    rcli FLUSHDB >/dev/null
    "$MFB" load --key "$PENDING" --file "$JSONL" >/dev/null || exit 1
    # every statement of the memflush session with its duration
    pq -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "ALTER SYSTEM SET log_min_messages = log" \
       -c "ALTER SYSTEM SET log_parameter_max_length = 0" \
       -c "SELECT pg_reload_conf()" >/dev/null
    sleep 0.5
    logstart=$(stat -c %s "$PGLOG")
    rcli CONFIG SET slowlog-log-slower-than 0 >/dev/null
    rcli CONFIG SET slowlog-max-len 100000 >/dev/null
    rcli SLOWLOG RESET >/dev/null
    if [ "$PERF" = 1 ]; then
        perf record -q -F 999 -e cpu-clock -a -g -o "$OUT/perf-$method.data" -- \
            "$MFB" run --out "$OUT/flush-$method.out" --err "$OUT/flush-$method.err" -- "${cmd[@]}" \
            > "$OUT/run-$method.txt" 2>"$OUT/perf-$method.log"
    else
        "$MFB" run --out "$OUT/flush-$method.out" --err "$OUT/flush-$method.err" -- "${cmd[@]}" \
            > "$OUT/run-$method.txt"
    fi
    cat "$OUT/run-$method.txt"
    cat "$OUT/flush-$method.out"
    pq -c "ALTER SYSTEM RESET log_min_duration_statement" -c "ALTER SYSTEM RESET log_min_messages" \
       -c "ALTER SYSTEM RESET log_parameter_max_length" \
       -c "SELECT pg_reload_conf()" >/dev/null
    wall=$(sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' "$OUT/run-$method.txt")

    echo "--- PostgreSQL: server time per statement kind (log_min_duration_statement=0)"
    tail -c +"$((logstart + 1))" "$PGLOG" | grep ' duration: ' | grep -v 'pg_reload_conf\|ALTER SYSTEM' |
        sed -e 's/.* duration: \([0-9.]*\) ms *\(statement\|execute[^:]*\|bind[^:]*\|parse[^:]*\): *\(.*\)/\1\t\3/' |
        awk -F'\t' -v wall="$wall" '
            { s = $2; gsub(/\$[0-9]+/, "$", s); k = substr(s, 1, 40);
              if (k ~ /^INSERT INTO .* VALUES/ || k ~ /^INSERT INTO/) k = (s ~ /unnest/) ? "INSERT ... SELECT FROM unnest" : "INSERT ... VALUES";
              t[k] += $1; n[k]++; tot += $1 }
            END { for (k in t) printf "  %-42s %6d x %9.1f ms  (%4.1f%% of wall)\n", k, n[k], t[k], 100 * t[k] / (wall * 1000);
                  printf "  %-42s          %9.1f ms  (%4.1f%% of wall %.2f s)\n", "total server statement time", tot, 100 * tot / (wall * 1000), wall }' |
        sort -t'x' -k2 -rn
    echo "--- Redis: time inside commands (SLOWLOG, microseconds)"
    rcli --no-raw SLOWLOG GET 100000 | awk -v names="$SCRIPT_NAMES" '
        BEGIN { m = split(names, a, " "); for (j = 1; j + 1 <= m; j += 2) nm[a[j]] = a[j + 1] }
        /^ *[0-9]+\) 1\) \(integer\)/ { getline; getline; d = $NF; getline; c = $0;
            sub(/^ *[0-9]+\) *1\) *"/, "", c); sub(/".*/, "", c);
            if (toupper(c) == "EVALSHA") { getline; sha = $0; sub(/^ *[0-9]+\) *"/, "", sha); sub(/".*/, "", sha);
                c = "EVALSHA " ((sha in nm) ? nm[sha] : substr(sha, 1, 8)) }
            t[c] += d; n[c]++; tot += d }
        END { for (c in t) printf "  %-42s %6d x %9.1f ms\n", c, n[c], t[c] / 1000; printf "  %-42s          %9.1f ms\n", "total", tot / 1000 }'
    rcli CONFIG SET slowlog-log-slower-than 10000 >/dev/null

    if [ "$PERF" = 1 ]; then
        # only our processes: memflush, the backend that served it (its pid is in the log lines),
        # and our cluster's auxiliary processes (WAL writer, checkpointer ...)
        mfpid=$(sed -n 's/.*pid=\([0-9]*\).*/\1/p' "$OUT/run-$method.txt")
        bpid=$(tail -c +"$((logstart + 1))" "$PGLOG" | grep ' duration: ' | grep -v 'pg_reload_conf\|ALTER SYSTEM' |
            sed -n 's/^[^[]*\[\([0-9]*\)\].*/\1/p' | sort | uniq -c | sort -rn | awk 'NR == 1 { print $2 }')
        aux=$(pgrep -P "$("$MF_RIG" pg-pid)" | paste -sd, -)
        echo "--- CPU samples (perf, 999 Hz, all CPUs; $client pid $mfpid, its backend $bpid, PostgreSQL aux $aux)"
        for who in "$client:$mfpid" "backend:$bpid" "pg-aux:$aux" "redis:$("$MF_RIG" redis-pid)"; do
            printf '  %-10s %6s samples\n' "${who%%:*}" \
                "$(perf report -i "$OUT/perf-$method.data" --pid "${who#*:}" --sort pid -q --stdio -g none \
                       -F overhead,sample,pid 2>/dev/null | awk '{ s += $2 } END { print s + 0 }')"
        done
        echo "--- $client: samples by library (self)"
        perf report -i "$OUT/perf-$method.data" --no-children --pid "$mfpid" --sort dso -q --stdio -g none 2>/dev/null |
            grep -v '^$' | head -n 12
        echo "--- $client: top functions (self)"
        perf report -i "$OUT/perf-$method.data" --no-children --pid "$mfpid" --sort dso,sym -q --stdio -g none 2>/dev/null |
            grep -v '^$' | head -n 25
        echo "--- its PostgreSQL backend: top functions (self)"
        perf report -i "$OUT/perf-$method.data" --no-children --pid "$bpid" --sort sym -q --stdio -g none 2>/dev/null |
            grep -v '^$' | head -n 25
        echo "--- its PostgreSQL backend: top call chains into the kernel (children)"
        perf report -i "$OUT/perf-$method.data" --children --pid "$bpid" --sort sym -q --stdio -g none 2>/dev/null |
            grep -v '^$' | head -n 40
    fi
done
