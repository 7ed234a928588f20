#!/bin/sh
# deps.sh - make sure the Debian packages memflush needs are installed.
#
#   sh tools/deps.sh build    what 'make' and 'make install' need: a compiler and the -dev packages
#   sh tools/deps.sh test     build + what the tests, the demo and the bench need: the Check
#                             library and the servers (redis-server, PostgreSQL, PgBouncer)
#   sh tools/deps.sh          the same as 'test'
#   sh tools/deps.sh MODE --list   print the packages of MODE, one a line, and install nothing
#
# Building never installs a server: Debian starts redis-server and a PostgreSQL cluster when
# they are installed, which nobody who only builds or packages the binary wants.
# As root: installs the missing packages with apt-get. Otherwise: prints the exact command to
# run and fails, instead of a confusing compiler error later.
# MF_DEPS_EXTRA adds packages (the fuzz and torture targets use it).
set -eu
mode=${1:-test}
build_pkgs="build-essential pkg-config libhiredis-dev libpq-dev libjansson-dev libmicrohttpd-dev"
test_pkgs="check libsubunit-dev redis-server redis-tools postgresql postgresql-client pgbouncer \
util-linux procps jq"
case "$mode" in
    build) pkgs="$build_pkgs ${MF_DEPS_EXTRA:-}" ;;
    test) pkgs="$build_pkgs $test_pkgs ${MF_DEPS_EXTRA:-}" ;;
    *) echo "deps.sh: unknown mode '$mode' (build or test)" >&2; exit 2 ;;
esac
if [ "${2:-}" = --list ]; then
    printf '%s\n' $pkgs
    exit 0
fi
missing=""
for p in $pkgs; do
    st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$st" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "memflush needs Debian packages that are not installed. Run as root:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
echo "deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# the package lists may be missing or stale on a fresh machine
apt-get update -qq >/dev/null || apt-get update
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null || apt-get install -y $missing
# Debian starts a system redis-server and PostgreSQL cluster on install; the
# tests start their own on random ports, so the system ones are left alone.
