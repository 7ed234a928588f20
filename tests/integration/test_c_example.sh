#!/usr/bin/env bash
# test_c_example.sh - README's "Saving a turn from C" works as written, against an installed tree:
# 'make install PREFIX=<temp dir>', then the program and the cc lines exactly as README.md shows
# them (extracted from it, not copied), linked against the shared library and against the static
# one, each run against the rig's Redis (the turn must land in {P}:pending). Also checks what makes
# the first link work: libmemflush.so records libm, and memflush.pc gives what a static link needs.
# A fully static program (cc -static) is not tried: Debian ships no static libgssapi_krb5/libldap,
# which a static libpq needs.
# shellcheck source=../helpers/th.sh
. "$(dirname "${BASH_SOURCE[0]}")/../helpers/th.sh"
BUILD=${BUILD:-build}
P=${MEMFLUSH_PREFIX:-memflush}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mfcex.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# ---- the program and the build lines, from README.md
sect=$(awk '/^## Saving a turn from C/{on=1; next} on && /^## /{exit} on' README.md)
awk '/^```c$/{on=1; next} on && /^```$/{exit} on' <<<"$sect" > "$tmp/app.c"
grep -q 'int main' "$tmp/app.c" || { bad "README's C example is not a complete program"; exit 1; }
# the shell blocks' command lines, continuation lines joined
mapfile -t lines < <(awk '/^```sh$/{on=1; next} on && /^```$/{on=0} on' <<<"$sect" |
    sed -e ':a' -e '/\\$/N; s/\\\n//; ta')
cc_shared=$(printf '%s\n' "${lines[@]}" | grep '^cc .*--cflags --libs memflush' | head -n 1)
cc_static=$(printf '%s\n' "${lines[@]}" | grep '^cc .*-Bstatic' | head -n 1)
[ -n "$cc_shared" ] || bad "README shows no shared-library cc line"
[ -n "$cc_static" ] || bad "README shows no static cc line"
[ "$fail" -eq 0 ] || exit 1

# ---- install
if ! make --no-print-directory -s install BUILD="$BUILD" HOOKS=1 SANITIZE="${SANITIZE:-}" \
        PREFIX="$tmp/inst" > "$tmp/install.log" 2>&1; then
    cat "$tmp/install.log"
    bad "make install PREFIX=$tmp/inst failed"
    exit 1
fi
ok "make install PREFIX=<temp>"
export PKG_CONFIG_PATH="$tmp/inst/lib/pkgconfig"

if readelf -d "$tmp/inst/lib/libmemflush.so" | grep -q 'NEEDED.*\[libm\.so'; then
    ok "libmemflush.so records libm"
else
    bad "libmemflush.so does not record libm (NEEDED): a program linking only -lmemflush misses llround"
fi
st=$(pkg-config --static --libs memflush)
for l in -lmemflush -lm -lhiredis -lpq -ljansson; do
    grep -qw -- "$l" <<<"$st" || bad "pkg-config --static --libs memflush lacks $l: $st"
done

# a sanitizer build's library needs the sanitizer runtime in the program too
if [ "${SANITIZE:-}" = 1 ]; then
    cc() { command cc -fsanitize=address,undefined "$@"; }
fi

# run_app NAME: run ./app against the rig's Redis; the turn must be queued once more
run_app() {
    local before after out
    before=$(redis-cli -u "$REDIS_URL" LLEN "{$P}:pending")
    if ! out=$(cd "$tmp" && LD_LIBRARY_PATH="$tmp/inst/lib" ./app 2>&1); then
        bad "$1: ./app failed: $out"
        return
    fi
    after=$(redis-cli -u "$REDIS_URL" LLEN "{$P}:pending")
    if [ "$after" -eq $((before + 1)) ] && grep -q '^saved turn ' <<<"$out"; then
        ok "$1: ./app saved a turn ($out)"
    else
        bad "$1: pending $before -> $after, output: $out"
    fi
}

# ---- shared
rm -f "$tmp/app"
if out=$(cd "$tmp" && eval "$cc_shared" 2>&1); then
    ok "links as README shows: $cc_shared"
    run_app shared
else
    bad "README's line does not link: $cc_shared: $out"
fi

# ---- static libmemflush
rm -f "$tmp/app"
if out=$(cd "$tmp" && eval "$cc_static" 2>&1); then
    if readelf -d "$tmp/app" | grep -q 'NEEDED.*libmemflush'; then
        bad "the static line still needs libmemflush.so"
    else
        ok "links statically as README shows"
    fi
    run_app static
else
    bad "README's static line does not link: $cc_static: $out"
fi
exit "$fail"
