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
# valkey-server (Valkey 8, for MF_RIG_REDIS_SERVER=valkey-server runs of the suite) comes from
# bookworm-backports: as root, the backports source is added and it is installed from there;
# otherwise a missing Valkey is only reported (the default suite does not need it).
set -eu
mode=${1:-test}
build_pkgs="build-essential pkg-config libhiredis-dev libssl-dev libpq-dev libjansson-dev zlib1g-dev libmicrohttpd-dev"
test_pkgs="check libsubunit-dev redis-server redis-tools openssl postgresql postgresql-client pgbouncer \
util-linux procps jq \
python3 python3-venv python3-pip python3-setuptools python3-wheel python3-redis python3-pytest \
python3-psycopg"
case "$mode" in
    build) pkgs="$build_pkgs ${MF_DEPS_EXTRA:-}" ;;
    test) pkgs="$build_pkgs $test_pkgs ${MF_DEPS_EXTRA:-}" ;;
    *) echo "deps.sh: unknown mode '$mode' (build or test)" >&2; exit 2 ;;
esac
if [ "${2:-}" = --list ]; then
    printf '%s\n' $pkgs
    exit 0
fi
valkey() {
    st=$(dpkg-query -W -f='${Status}' valkey-server 2>/dev/null || true)
    case "$st" in *"install ok installed"*) return 0 ;; esac
    if [ "$(id -u)" -ne 0 ]; then
        echo "deps: note: valkey-server is not installed (only MF_RIG_REDIS_SERVER=valkey-server runs need it); as root:" >&2
        echo "  echo 'deb http://deb.debian.org/debian bookworm-backports main' > /etc/apt/sources.list.d/bookworm-backports.list" >&2
        echo "  apt-get update && apt-get install -y -t bookworm-backports valkey-server" >&2
        return 0
    fi
    if ! grep -rqs '^[^#]*bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        echo 'deb http://deb.debian.org/debian bookworm-backports main' > /etc/apt/sources.list.d/bookworm-backports.list
    fi
    echo "deps: installing valkey-server from bookworm-backports" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || apt-get update
    apt-get install -y -qq --no-install-recommends -t bookworm-backports valkey-server >/dev/null ||
        apt-get install -y --no-install-recommends -t bookworm-backports valkey-server
}
missing=""
for p in $pkgs; do
    st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$st" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
if [ -z "$missing" ]; then [ "$mode" = build ] || valkey; exit 0; fi
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
[ "$mode" = build ] || valkey
