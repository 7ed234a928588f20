#!/bin/sh
# deps.sh - make sure the Debian packages memflush needs are installed.
# As root: installs the missing ones with apt-get. Otherwise: prints the exact
# command to run and fails, instead of a confusing compiler error later.
# MF_DEPS_EXTRA adds packages (the fuzz and torture targets use it).
set -eu
pkgs="build-essential pkg-config libhiredis-dev libssl-dev libpq-dev libjansson-dev check libsubunit-dev zlib1g-dev \
redis-server redis-tools postgresql postgresql-client pgbouncer util-linux procps ${MF_DEPS_EXTRA:-}"
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
