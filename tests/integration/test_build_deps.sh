#!/usr/bin/env bash
# test_build_deps.sh - 'make' and 'make install' install only the build dependencies: never
# redis-server, PostgreSQL or PgBouncer (Debian starts them when it installs them). The servers
# belong to the test, demo and bench goals. Checks tools/deps.sh's package lists and what the
# Makefile's goals would run (make -n), without installing anything.
# shellcheck source=../helpers/th.sh
. "$(dirname "${BASH_SOURCE[0]}")/../helpers/th.sh"
servers='^(redis-server|redis-tools|postgresql|postgresql-[0-9]+|postgresql-client|pgbouncer|check)$'

build=$(sh tools/deps.sh build --list 2>&1)
test=$(sh tools/deps.sh test --list 2>&1)
grep -qx libpq-dev <<<"$build" && grep -qx libhiredis-dev <<<"$build" && grep -qx libjansson-dev <<<"$build" &&
    grep -qx pkg-config <<<"$build" || bad "deps.sh build --list lacks a build dependency: $(tr '\n' ' ' <<<"$build")"
s=$(grep -E "$servers" <<<"$build" | tr '\n' ' ')
[ -z "$s" ] && ok "the build dependencies hold no server" || bad "deps.sh build would install: $s"
for p in redis-server postgresql pgbouncer check libpq-dev; do
    grep -qx "$p" <<<"$test" || bad "deps.sh test --list lacks $p"
done

# what each goal runs: make -n prints the recipes (the $(shell pkg-config) calls are harmless)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/mfdeps.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
goal_deps() {
    make -n --no-print-directory BUILD="$tmp/b" PREFIX="$tmp/p" "$@" 2>/dev/null | grep -o 'tools/deps.sh[^;&|]*' | sort -u
}
for g in all install; do
    d=$(goal_deps "$g")
    if [ -n "$d" ] && ! grep -qv 'tools/deps.sh build' <<<"$d"; then
        ok "make $g runs only: $d"
    else
        bad "make $g runs: ${d:-no deps.sh at all}"
    fi
done
for g in test demo; do
    goal_deps "$g" | grep -q 'tools/deps.sh test' && ok "make $g installs the servers" ||
        bad "make $g does not run tools/deps.sh test"
done
exit "$fail"
