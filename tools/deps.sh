#!/bin/sh
# deps.sh - make sure the Debian packages memflush needs are installed.
# As root: installs the missing ones with apt-get. Otherwise: prints the exact
# command to run and fails, instead of a confusing compiler error later.
# MF_DEPS_EXTRA adds packages (the fuzz and torture targets use it).
# valkey-server (Valkey 8, for MF_RIG_REDIS_SERVER=valkey-server runs of the suite) comes from
# bookworm-backports: as root, the backports source is added and it is installed from there;
# otherwise a missing Valkey is only reported (the default suite does not need it).
set -eu
pkgs="build-essential pkg-config libhiredis-dev libssl-dev libpq-dev libjansson-dev check libsubunit-dev zlib1g-dev \
redis-server redis-tools openssl postgresql postgresql-client pgbouncer util-linux procps ${MF_DEPS_EXTRA:-}"
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
if [ -z "$missing" ]; then valkey; exit 0; fi
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
valkey
