#!/usr/bin/env bash
# run.sh - the test runner behind 'make test': unit test programs first (no servers), then every
# integration test program inside one tests/rig.sh run (real redis-server and PostgreSQL).
# Knows nothing about what the tests check; each program passes by exiting 0.
#
#   BUILD=build SANITIZE= bash tests/run.sh [--unit-only] [-k PATTERN]
#
# Test programs: $BUILD/tests/test_* built from tests/unit/*.c and tests/integration/*.c, and the
# scripts tests/integration/test_*.sh (run with MEMFLUSH=$PWD/$BUILD/memflush and BUILD set).
# -k PATTERN keeps the tests whose name contains PATTERN (a grep -E regular expression).
# Each integration test gets MEMFLUSH_PREFIX=t<N>, an empty public.chat_memories, and both
# servers up (restarted if the previous test left one down).
# MF_TEST_TIMEOUT (seconds, default 900) bounds each test program.
# Then a second rig with a TLS-only Redis (MF_RIG_REDIS_TLS=1, see tests/rig.sh) runs the TLS
# tests (test_tls*) and, over rediss://, the fault and bounded torture tests: $TLS_TESTS; their
# results are named NAME[tls] (MF_TLS_TESTS replaces that list). MF_RUN_TLS=0 leaves this phase
# out; MF_RIG_REDIS_SERVER picks the server for every phase (valkey-server: the suite on Valkey).
# Then a Redis Cluster rig (MF_RIG_REDIS_CLUSTER=1: 3 masters, 3 replicas) runs the cluster tests
# (test_cluster*) and test_python.sh (its TLS, cluster and shard tests), tagged [cluster], and a
# TLS cluster rig runs $CLUSTER_TLS_TESTS, tagged
# [cluster-tls]. MF_RUN_CLUSTER=0 leaves both out.
# Ends with the line "N passed, N failed" and exits 1 when any failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
BUILD=${BUILD:-build}
SANITIZE=${SANITIZE:-}
TIMEOUT=${MF_TEST_TIMEOUT:-900}
export BUILD SANITIZE
# Check's per-test timeout is 4 s by default: a sanitizer build on a loaded machine can pass it
# without being wrong. MF_TEST_TIMEOUT still bounds each program as a whole.
export CK_TIMEOUT_MULTIPLIER=${CK_TIMEOUT_MULTIPLIER:-10}

if [ "$SANITIZE" = 1 ]; then
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

mode=all
phase=
pattern=
while [ $# -gt 0 ]; do
    case "$1" in
        --unit-only) mode=unit ;;
        --in-rig) mode=in-rig ;;   # internal: the integration half, inside tests/rig.sh run
        --tls) phase=tls ;;        # internal: with --in-rig, the TLS phase's tests
        --cluster) phase=cluster ;;  # internal: with --in-rig, the cluster phase's tests
        --cluster-tls) phase=cluster-tls ;;
        -k) [ $# -ge 2 ] || { echo "run.sh: -k needs a PATTERN" >&2; exit 2; }
            pattern=$2; shift ;;
        -k*) pattern=${1#-k} ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

selected() {
    [ -z "$pattern" ] || printf '%s\n' "$1" | grep -Eq -- "$pattern"
}

# Lists of test names ("test_x" for a C program, "test_x.sh" for a script).
unit_tests() {
    local f
    for f in tests/unit/test_*.c; do
        [ -e "$f" ] || continue
        f=$(basename "$f" .c)
        selected "$f" && echo "$f"
    done
}

TLS_TESTS=${MF_TLS_TESTS:-"test_tls.sh test_flush_faults test_torture.sh test_python.sh"}
CLUSTER_TLS_TESTS="test_cluster.sh test_python.sh"

# The plain phase's tests (test_tls* need the TLS rig), or with --tls the TLS phase's.
integration_tests() {
    local f
    if [ "${1:-}" = tls ]; then
        for f in $TLS_TESTS; do selected "$f" && echo "$f"; done
        return 0
    fi
    if [ "${1:-}" = cluster-tls ]; then
        for f in $CLUSTER_TLS_TESTS; do selected "$f" && echo "$f"; done
        return 0
    fi
    if [ "${1:-}" = cluster ]; then
        for f in tests/integration/test_cluster*.sh; do
            [ -e "$f" ] || continue
            f=$(basename "$f")
            selected "$f" && echo "$f"
        done
        selected test_python.sh && echo test_python.sh
        return 0
    fi
    for f in tests/integration/test_*.c tests/integration/test_*.sh; do
        [ -e "$f" ] || continue
        case "$f" in *.c) f=$(basename "$f" .c) ;; *) f=$(basename "$f") ;; esac
        case "$f" in test_tls*|test_cluster*) continue ;; esac
        selected "$f" && echo "$f"
    done
}

# run_one NAME RESULTS_FILE: run one test program, append "PASS NAME" or "FAIL NAME".
run_one() {
    local name=$1 results=$2 rc=0 start end tag=${MF_RESULT_TAG:-}
    local -a cmd
    case "$name" in
        *.sh) cmd=(bash "tests/integration/$name") ;;
        *) cmd=("$BUILD/tests/$name") ;;
    esac
    echo "=== RUN   $name$tag"
    start=$(date +%s)
    if [ "${cmd[0]}" != bash ] && [ ! -x "${cmd[0]}" ]; then
        echo "$name: ${cmd[0]} was not built (run make BUILD=$BUILD test)"
        rc=127
    else
        timeout -k 10 "$TIMEOUT" "${cmd[@]}" </dev/null 2>&1 || rc=$?
        [ "$rc" -eq 124 ] && echo "$name: killed after ${TIMEOUT}s (MF_TEST_TIMEOUT)"
    fi
    end=$(date +%s)
    if [ "$rc" -eq 0 ]; then
        echo "--- PASS  $name$tag ($((end - start))s)"
        echo "PASS $name$tag" >> "$results"
    else
        echo "--- FAIL  $name$tag (exit $rc, $((end - start))s)"
        echo "FAIL $name$tag" >> "$results"
    fi
}

# Inside the rig: make sure both servers answer before a test.
servers_up() {
    if ! pg_isready -q -h 127.0.0.1 -p "$MF_PG_PORT" -t 2 >/dev/null 2>&1; then
        echo "run.sh: PostgreSQL is down (left so by the previous test); starting it"
        "$MF_RIG" start-pg || return 1
    fi
    if [ "$("$MF_RIG" redis-cli ping 2>/dev/null)" != PONG ]; then
        echo "run.sh: redis-server is down (left so by the previous test); starting it"
        "$MF_RIG" start-redis || return 1
    fi
}

if [ "$mode" = in-rig ]; then
    results=${MF_RESULTS:?run.sh --in-rig needs MF_RESULTS}
    export MEMFLUSH="$PWD/$BUILD/memflush"
    n=0
    for t in $(integration_tests "$phase"); do
        n=$((n + 1))
        if ! servers_up; then
            echo "=== RUN   $t${MF_RESULT_TAG:-}"
            echo "--- FAIL  $t${MF_RESULT_TAG:-} (the test servers could not be restarted)"
            echo "FAIL $t${MF_RESULT_TAG:-}" >> "$results"
            continue
        fi
        if ! "$MF_RIG" psql -c 'TRUNCATE public.chat_memories' >/dev/null 2>&1; then
            echo "run.sh: warning: could not truncate public.chat_memories before $t"
        fi
        MEMFLUSH_PREFIX="t$n" run_one "$t" "$results"
    done
    exit 0
fi

results=$(mktemp "${TMPDIR:-/tmp}/mfrun.XXXXXX") || exit 2
trap 'rm -f "$results"' EXIT

for t in $(unit_tests); do
    run_one "$t" "$results"
done

if [ "$mode" = all ]; then
    integ=$(integration_tests)
    if [ -n "$integ" ]; then
        echo "=== starting the test servers (tests/rig.sh) for the integration tests"
        kflag=()
        [ -n "$pattern" ] && kflag=(-k "$pattern")
        MF_RESULTS=$results bash tests/rig.sh run -- bash tests/run.sh --in-rig "${kflag[@]}"
        rig_rc=$?
        # a test with no result line never ran (the rig could not start, or was interrupted)
        for t in $integ; do
            if ! grep -qxE "(PASS|FAIL) $t" "$results"; then
                echo "--- FAIL  $t (did not run; tests/rig.sh exited $rig_rc)"
                echo "FAIL $t" >> "$results"
            fi
        done
    fi
    integ=$(integration_tests tls)
    if [ -n "$integ" ] && [ "${MF_RUN_TLS:-1}" != 0 ]; then
        echo "=== starting a TLS-only Redis (tests/rig.sh, MF_RIG_REDIS_TLS=1) for: $integ"
        kflag=()
        [ -n "$pattern" ] && kflag=(-k "$pattern")
        MF_RIG_REDIS_TLS=1 MF_RESULT_TAG="[tls]" MF_RESULTS=$results \
            bash tests/rig.sh run -- bash tests/run.sh --in-rig --tls "${kflag[@]}"
        rig_rc=$?
        for t in $integ; do
            if ! grep -qxF "PASS $t[tls]" "$results" && ! grep -qxF "FAIL $t[tls]" "$results"; then
                echo "--- FAIL  $t[tls] (did not run; tests/rig.sh exited $rig_rc)"
                echo "FAIL $t[tls]" >> "$results"
            fi
        done
    fi
fi

# cluster_phase PHASE TAG ENV...: the phase's tests in a cluster rig
cluster_phase() {
    local ph=$1 tag=$2 integ t rig_rc
    shift 2
    integ=$(integration_tests "$ph")
    [ -n "$integ" ] || return 0
    echo "=== starting a Redis Cluster (tests/rig.sh, MF_RIG_REDIS_CLUSTER=1 $*) for: $integ"
    kflag=()
    [ -n "$pattern" ] && kflag=(-k "$pattern")
    env MF_RIG_REDIS_CLUSTER=1 "$@" MF_RESULT_TAG="$tag" MF_RESULTS="$results" \
        bash tests/rig.sh run -- bash tests/run.sh --in-rig "--$ph" "${kflag[@]}"
    rig_rc=$?
    for t in $integ; do
        if ! grep -qxF "PASS $t$tag" "$results" && ! grep -qxF "FAIL $t$tag" "$results"; then
            echo "--- FAIL  $t$tag (did not run; tests/rig.sh exited $rig_rc)"
            echo "FAIL $t$tag" >> "$results"
        fi
    done
}

if [ "$mode" = all ] && [ "${MF_RUN_CLUSTER:-1}" != 0 ]; then
    cluster_phase cluster "[cluster]"
    [ "${MF_RUN_TLS:-1}" != 0 ] && cluster_phase cluster-tls "[cluster-tls]" MF_RIG_REDIS_TLS=1
fi

passed=$(grep -c '^PASS ' "$results")
failed=$(grep -c '^FAIL ' "$results")
if [ "$failed" -gt 0 ]; then
    echo "failed:"
    sed -n 's/^FAIL /  /p' "$results"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
