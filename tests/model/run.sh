#!/usr/bin/env bash
# tests/model/run.sh - model-check memflush.pml with SPIN (make model; docs/testing.md,
# "Model checking").  Each configuration is one exhaustive search (no bitstate):
#   spin -a, cc pan.c (-DSAFETY -DCOLLAPSE), ./pan; any violation (an assertion, an invalid
#   end state, or a search cut short) fails, with the trail printed by spin -t -p.
# Usage: run.sh [--deep] [--only NAME] [--expect-violation NAME FLAGS...]
#   --deep      also the larger configurations (3 records, batches of 2: ~11-12 M states and
#               1-2 min each; not in CI)
#   --expect-violation NAME FLAGS...: one search that must find a counterexample (mutants.sh)
# MODEL_BUILD (default build-model) holds the generated pan sources.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
MODEL=tests/model/memflush.pml
OUT=${MODEL_BUILD:-build-model}
PANCC="-O2 -DSAFETY -DCOLLAPSE -DVECTORSZ=2048 -w"
# a mutant's search is short (a counterexample within 2 M states): -O0 compiles in 1.4 s
# instead of 10 s, and that is most of its time
PANCC_MUTANT="-O0 -DSAFETY -DCOLLAPSE -DVECTORSZ=2048 -w"
mkdir -p "$OUT"

# name | flags.  The bounds are justified in memflush.pml; sizes in docs/testing.md.
CONFIGS=(
  "crash|-DNREC=2 -DBATCH=1 -DNRUNS=2 -DPREPUSH=1 -DMAXCRASH=1 -DMAXPGF=0 -DMAXRF=0"
  "postgres|-DNREC=2 -DBATCH=1 -DNRUNS=2 -DPREPUSH=1 -DMAXCRASH=0 -DMAXPGF=1 -DMAXRF=0"
  "redis|-DNREC=2 -DBATCH=1 -DNRUNS=2 -DPREPUSH=1 -DMAXCRASH=0 -DMAXPGF=0 -DMAXRF=1"
  "postgres-2good|-DPOISON_REC=0 -DNREC=2 -DBATCH=1 -DNRUNS=2 -DPREPUSH=1 -DMAXCRASH=0 -DMAXPGF=1 -DMAXRF=0"
  "postgres-1conn|-DPG1 -DPOISON_REC=0 -DNREC=2 -DBATCH=1 -DNRUNS=2 -DPREPUSH=1 -DMAXCRASH=0 -DMAXPGF=1 -DMAXRF=0"
  "forget-crash|-DFORGET -DNF=1 -DNRUNS=1 -DPREPUSH=0 -DMAXCRASH=1 -DMAXPGF=0 -DMAXRF=0 -DMAXFK=1"
  "forget-postgres|-DFORGET -DREPLAY -DNF=1 -DNRUNS=1 -DPREPUSH=0 -DMAXCRASH=0 -DMAXPGF=1 -DMAXRF=0 -DMAXFK=0"
  # shards (a change of N between saves; flushers with either N) and follow mode
  "shards-1to2|-DSHARDS -DNREC=3 -DNRUNS=2 -DNFROM=1 -DNTO=2 -DMAXCRASH=1"
  "shards-2to1|-DSHARDS -DNREC=3 -DNRUNS=2 -DNFROM=2 -DNTO=1 -DMAXCRASH=1"
  "follow-1to2|-DFOLLOW -DNREC=3 -DNRUNS=1 -DNFROM=1 -DNTO=2 -DMAXCRASH=1"
  "follow-2to1|-DFOLLOW -DNREC=3 -DNRUNS=1 -DNFROM=2 -DNTO=1 -DMAXCRASH=1"
)
DEEP=(
  "deep-crash|-DNREC=3 -DBATCH=2 -DNRUNS=2 -DPREPUSH=2 -DMAXCRASH=1 -DMAXPGF=0 -DMAXRF=0"
  "deep-postgres|-DNREC=3 -DBATCH=2 -DNRUNS=2 -DPREPUSH=3 -DMAXCRASH=0 -DMAXPGF=1 -DMAXRF=0"
  "deep-redis|-DNREC=3 -DBATCH=2 -DNRUNS=2 -DPREPUSH=3 -DMAXCRASH=0 -DMAXPGF=0 -DMAXRF=1"
)

# check NAME EXPECT FLAGS: EXPECT ok (no violation) or bad (a violation wanted)
check() {
    local name=$1 expect=$2 flags=$3 dir="$OUT/$1" out rc=0 pancc=$PANCC
    [ "$expect" = bad ] && pancc=$PANCC_MUTANT
    rm -rf "$dir"; mkdir -p "$dir"
    cp "$MODEL" "$dir/"
    # shellcheck disable=SC2086
    (cd "$dir" && spin $flags -a memflush.pml >spin.log 2>&1) || { cat "$dir/spin.log" >&2; echo "model: $name: spin -a failed" >&2; return 1; }
    # shellcheck disable=SC2086
    (cd "$dir" && ${CC:-cc} $pancc -o pan pan.c) || { echo "model: $name: compiling pan failed" >&2; return 1; }
    (cd "$dir" && ./pan -m200000 >pan.out 2>&1) || rc=$?
    out="$dir/pan.out"
    local errs states depth mem secs
    errs=$(sed -n 's/.*errors: \([0-9]*\).*/\1/p' "$out" | head -1)
    states=$(sed -n 's/^ *\([0-9.e+]*\) states, stored.*/\1/p' "$out" | head -1)
    depth=$(sed -n 's/.*depth reached \([0-9]*\).*/\1/p' "$out" | head -1)
    secs=$(sed -n 's/^pan: elapsed time \([0-9.e+]*\).*/\1/p' "$out" | head -1)
    mem=$(sed -n 's/^ *\([0-9.]*\).*total actual memory usage.*/\1/p' "$out" | head -1)
    if [ -z "$errs" ]; then
        cat "$out" >&2; echo "model: $name: pan did not finish (exit $rc)" >&2; return 1
    fi
    if [ "$expect" = ok ]; then
        if [ "$errs" != 0 ] || grep -q "Search not completed\|max search depth too small" "$out"; then
            cat "$out" >&2
            echo "model: $name: VIOLATION; the trail (spin -t -p):" >&2
            # shellcheck disable=SC2086
            (cd "$dir" && spin $flags -t -p -g memflush.pml) >&2 || true
            echo "model: $name FAILED (flags: $flags)" >&2
            return 1
        fi
        printf 'model: %-20s ok  %10s states  depth %4s  %8s MB  %6s s\n' "$name" "$states" "$depth" "$mem" "$secs"
    else
        if [ "$errs" = 0 ]; then
            cat "$out" >&2
            echo "model: $name: NOT CAUGHT: SPIN found no counterexample (flags: $flags)" >&2
            return 1
        fi
        printf 'model: %-34s caught: %s (after %s states)\n' "$name" \
            "$(grep -m1 '^pan:1:' "$out" | sed 's/^pan:1: //; s/ (at depth.*//' | cut -c1-90)" "$states"
    fi
}

command -v spin >/dev/null || { echo "model: spin is not installed (make model installs it: tools/deps.sh)" >&2; exit 1; }

if [ "${1:-}" = --expect-violation ]; then
    name=$2; shift 2
    check "$name" bad "$*"
    exit
fi
deep=0; only=
while [ $# -gt 0 ]; do
    case $1 in
        --deep) deep=1 ;;
        --only) only=$2; shift ;;
        *) echo "usage: $0 [--deep] [--only NAME]" >&2; exit 2 ;;
    esac
    shift
done
list=("${CONFIGS[@]}")
[ "$deep" = 1 ] && list+=("${DEEP[@]}")
for c in "${list[@]}"; do
    name=${c%%|*}
    [ -n "$only" ] && [ "$only" != "$name" ] && continue
    check "$name" ok "${c#*|}"
done
