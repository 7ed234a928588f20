#!/bin/sh
# fuzz.sh - build the libFuzzer targets of tests/fuzz/ against the library
# built with clang in $FUZZ_BUILD (by 'make fuzz'), then run each one for
# $FUZZ_SECONDS seconds. Fails when a target crashes, leaks or breaks a
# property; the input that did it is kept in $FUZZ_BUILD/artifacts/TARGET/.
#   tools/fuzz.sh [TARGET...]     targets: record copytext config deadletter
# Seeds come from tests/fuzz/corpus/TARGET/ (never written to); what the
# fuzzer learns goes to $FUZZ_BUILD/corpus/TARGET/ and is reused next time.
# FUZZ_RUNS=N (with FUZZ_SEED, default 1) runs N inputs per target from a
# fixed seed instead of a time limit: the campaign CI runs, so its verdict
# does not depend on the machine's speed or luck and a fresh clone
# reproduces it exactly (tools: ../shared/tools/fresh-ci).
set -eu
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_RUNS=${FUZZ_RUNS:-}
FUZZ_SEED=${FUZZ_SEED:-1}
NORAND=""
if [ -n "$FUZZ_RUNS" ]; then
    LIMIT="-runs=$FUZZ_RUNS -seed=$FUZZ_SEED"
    # libFuzzer keys its compare tables by code address: without address
    # randomization the same addresses, so the same mutations, every run
    if setarch "$(uname -m)" -R true 2>/dev/null; then
        NORAND="setarch $(uname -m) -R"
    fi
    HOW="$FUZZ_RUNS inputs from seed $FUZZ_SEED"
else
    LIMIT="-max_total_time=$FUZZ_SECONDS"
    HOW="${FUZZ_SECONDS}s"
fi
CC=${FUZZ_CC:-clang}
SAN="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# the library's pkg-config packages: the Makefile's DEPS (one list), passed as MF_PKG_DEPS
DEPS=${MF_PKG_DEPS:-hiredis libpq jansson libssl libcrypto zlib}

[ $# -gt 0 ] || set -- $(ls tests/fuzz/fuzz_*.c | sed 's|.*/fuzz_\(.*\)\.c|\1|')
lib=$FUZZ_BUILD/libmemflush.a
[ -f "$lib" ] || { echo "fuzz: $lib missing; run 'make fuzz'" >&2; exit 2; }

# per-target input size limits: records are the big ones
max_len() {
    case "$1" in
        record) echo 16384 ;;
        deadletter) echo 8192 ;;
        *) echo 4096 ;;
    esac
}

mkdir -p "$FUZZ_BUILD/fuzz"
for t in "$@"; do
    src=tests/fuzz/fuzz_$t.c
    [ -f "$src" ] || { echo "fuzz: no target $t ($src)" >&2; exit 2; }
    bin=$FUZZ_BUILD/fuzz/fuzz_$t
    echo "  CC      $src"
    # shellcheck disable=SC2046
    $CC -std=c11 -O1 -g $SAN -D_GNU_SOURCE -Iinclude -Isrc -I"$FUZZ_BUILD/gen" -Itests/fuzz \
        $(pkg-config --cflags $DEPS) -Wall -Wextra -Werror -Wno-unused-parameter \
        -o "$bin" "$src" "$lib" $(pkg-config --libs $DEPS) -lm
done

fail=0
summary=""
for t in "$@"; do
    bin=$FUZZ_BUILD/fuzz/fuzz_$t
    work=$FUZZ_BUILD/corpus/$t
    art=$FUZZ_BUILD/artifacts/$t
    log=$FUZZ_BUILD/fuzz/fuzz_$t.log
    seeds="tests/fuzz/corpus/$t"
    if [ -n "$FUZZ_RUNS" ]; then
        # Reproducible campaign: an empty working corpus, the seeds named in
        # sorted order (libFuzzer sorts inputs by size only, so equal sizes
        # kept the directory's order, which differs between filesystems),
        # no periodic reload.
        work=$FUZZ_BUILD/corpus-runs/$t
        rm -rf "$work"
        seeds="-seed_inputs=$(ls "tests/fuzz/corpus/$t" | LC_ALL=C sort | sed "s|^|tests/fuzz/corpus/$t/|" | paste -sd, -) -reload=0"
    fi
    mkdir -p "$work" "$art"
    echo "fuzz: $t for $HOW (log $log)"
    rc=0
    # ASAN_OPTIONS: leaks are errors (LeakSanitizer), allocator limits catch
    # runaway growth. A fixed environment: its size moves the stack, whose
    # addresses reach libFuzzer's compare tables too.
    $NORAND env -i PATH=/usr/bin:/bin \
        ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
        "$bin" $LIMIT -max_len="$(max_len "$t")" -timeout=20 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$art/" \
        "$work" $seeds > "$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$rc" -ne 0 ]; then
        fail=1
        echo "fuzz: $t FAILED (exit $rc); the input is in $art/:" >&2
        ls "$art" >&2 || true
        grep -E 'ERROR|property broken|SUMMARY|==[0-9]+==' "$log" | head -n 20 >&2 || true
        echo "fuzz: reproduce with: $bin $art/<file>" >&2
    fi
    # coverage at the end: equal between two machines when a FUZZ_RUNS
    # campaign is reproducible (docs/testing.md)
    cov=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 | sed -n 's/.*\(cov: [0-9]*\) \(ft: [0-9]*\) \(corp: [^ ]*\).*/, \1 \2 \3/p')
    summary="$summary
  $t: ${execs:-?} executions, exit $rc$cov"
done
echo "fuzz summary:$summary"
exit "$fail"
