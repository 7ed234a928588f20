#!/usr/bin/env bash
# test_image.sh - the Dockerfile builds, and the image it makes runs memflush against real servers.
# Run it inside the test rig (make image-test does: tests/rig.sh run -- bash tests/image/test_image.sh).
#
#  1. base image: 'debootstrap --variant=minbase bookworm' from Debian's archive, cached as a tar in
#     $MF_IMAGE_CACHE (default build-image/base), imported with 'podman import' under the name the
#     Dockerfile's FROM uses (debian:bookworm-slim) unless podman already has that image;
#  2. 'podman build --isolation chroot --pull=never' of the Dockerfile (layers cached by podman);
#  3. the image's configuration: entrypoint memflush, a non-root user that exists in the image;
#     its contents: the runtime libraries and no compiler, no -dev package; its size is printed;
#  4. 'podman run' cannot work on these machines (the OCI runtime's setrlimit is refused), so the
#     image's filesystem is mounted ('podman image mount') and its entrypoint runs there under
#     chroot, as the image's user, against the rig's Redis and PostgreSQL on 127.0.0.1:
#     '--version', 'check' (exit 0), then a flush of turns pushed into the rig's Redis; the rows
#     must be in PostgreSQL and the queue empty.
# Prints the time of each phase. Needs root (debootstrap, podman's storage, chroot).
# shellcheck source=../helpers/th.sh
. "$(dirname "${BASH_SOURCE[0]}")/../helpers/th.sh"
CACHE=${MF_IMAGE_CACHE:-build-image/base}
BASE=docker.io/library/debian:bookworm-slim
IMAGE=${MF_IMAGE_NAME:-localhost/memflush:test}
MIRROR=${MF_DEBIAN_MIRROR:-http://deb.debian.org/debian}
P=${MEMFLUSH_PREFIX:-imgtest}
die() { echo "FAIL: $*"; exit 1; }
t0=$(date +%s)
phase() { echo "--- $1 ($(( $(date +%s) - t0 ))s so far)"; }

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, podman storage, chroot)"
[ -n "${MF_RIG_DIR:-}" ] || die "run inside the rig: tests/rig.sh run -- bash $0 (or make image-test)"
for t in podman debootstrap; do
    command -v "$t" >/dev/null || die "$t is not installed (make image-test installs it)"
done
grep -q '^FROM debian:bookworm-slim' Dockerfile || die "the Dockerfile's FROM is not debian:bookworm-slim"

# ---- 1. the base image
phase "base image"
mkdir -p "$CACHE"
if [ ! -s "$CACHE/bookworm-minbase.tar" ]; then
    rm -rf "$CACHE/rootfs.tmp"
    if ! debootstrap --variant=minbase bookworm "$CACHE/rootfs.tmp" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1; then
        tail -n 20 "$CACHE/debootstrap.log"
        die "debootstrap failed (log: $CACHE/debootstrap.log)"
    fi
    # the stock image's apt sources: the release, its updates and the security archive
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb http://deb.debian.org/debian-security bookworm-security main\n' \
        "$MIRROR" "$MIRROR" > "$CACHE/rootfs.tmp/etc/apt/sources.list"
    rm -rf "$CACHE/rootfs.tmp/var/cache/apt/archives/"*.deb "$CACHE/rootfs.tmp/var/lib/apt/lists/"*
    tar -C "$CACHE/rootfs.tmp" --numeric-owner -cf "$CACHE/bookworm-minbase.tar.tmp" . || die "tar of the base failed"
    mv "$CACHE/bookworm-minbase.tar.tmp" "$CACHE/bookworm-minbase.tar"
    rm -rf "$CACHE/rootfs.tmp"
    podman rmi -f "$BASE" >/dev/null 2>&1 || true
    ok "debootstrap --variant=minbase bookworm -> $CACHE/bookworm-minbase.tar"
fi
if ! podman image exists "$BASE"; then
    podman import --quiet "$CACHE/bookworm-minbase.tar" "$BASE" >/dev/null || die "podman import of the base failed"
    ok "imported $CACHE/bookworm-minbase.tar as $BASE"
else
    ok "$BASE is in podman's storage already"
fi

# ---- 2. the build
phase "podman build"
b0=$(date +%s)
if ! podman build --isolation chroot --pull=never -t "$IMAGE" -f Dockerfile . > "$MF_RIG_DIR/build.log" 2>&1; then
    tail -n 40 "$MF_RIG_DIR/build.log"
    die "podman build failed"
fi
ok "podman build --isolation chroot --pull=never took $(( $(date +%s) - b0 ))s"

# ---- 3. what the image is
phase "image configuration"
entry=$(podman image inspect --format '{{json .Config.Entrypoint}}' "$IMAGE")
user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
size=$(podman image inspect --format '{{.Size}}' "$IMAGE")
[ "$entry" = '["memflush"]' ] && ok "entrypoint $entry" || bad "entrypoint is $entry, not [\"memflush\"]"
uid=${user%%:*}
gid=${user#*:}
[ "$gid" = "$user" ] && gid=$uid
case "$uid" in ''|0|root) bad "the image runs as root (User '$user')" ;; *) ok "runs as user $user" ;; esac
base_size=$(podman image inspect --format '{{.Size}}' "$BASE")
echo "image size: $((size / 1000000)) MB (the base: $((base_size / 1000000)) MB)"

mnt=$(podman image mount "$IMAGE") || die "podman image mount failed"
trap 'podman image unmount "$IMAGE" >/dev/null 2>&1' EXIT
[ -d "$mnt/usr/local/bin" ] || die "the mounted image has no /usr/local/bin ($mnt)"
grep -q "^[^:]*:x:$uid:" "$mnt/etc/passwd" && ok "user $uid exists in the image" ||
    bad "user $uid has no entry in the image's /etc/passwd (libpq looks the user up)"
pkgs=$(chroot "$mnt" dpkg-query -W -f '${Package}\n')
devs=$(grep -E -- '-dev$|^gcc(-[0-9]+)?$|^cpp(-[0-9]+)?$|^make$|^build-essential$|^redis-server$|^postgresql' <<<"$pkgs" | tr '\n' ' ')
[ -z "$devs" ] && ok "no compiler, -dev package or server in the runtime image" || bad "the runtime image holds: $devs"
for p in libhiredis0.14 libpq5 libjansson4 libssl3; do
    grep -qx "$p" <<<"$pkgs" || bad "the runtime image lacks $p"
done
[ -e "$mnt/usr/local/share/memflush/migrations" ] && ok "migrations are in /usr/local/share/memflush" ||
    bad "/usr/local/share/memflush/migrations is missing"
missing=$(chroot "$mnt" ldd /usr/local/bin/memflush | grep 'not found')
[ -z "$missing" ] && ok "ldd finds every library of memflush in the image" || bad "ldd in the image: $missing"

# ---- 4. run the entrypoint in the image's filesystem, as the image's user
phase "run in the image"
# img ARGS...: the image's entrypoint with ARGS, in a clean environment (the container's)
img() {
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/nonexistent \
        REDIS_URL="$REDIS_URL" DATABASE_URL="$MF_WRITER_URL" MEMFLUSH_PREFIX="$P" \
        chroot --userspec="$uid:$gid" "$mnt" memflush "$@"
}
out=$(img --version 2>&1) && ok "memflush --version in the image: $out" || bad "--version: $out"
out=$(img check 2>&1)
rc=$?
[ "$rc" -eq 0 ] && ok "memflush check in the image exits 0" || { echo "$out"; bad "memflush check exited $rc"; }

"$MF_RIG" psql -c 'TRUNCATE public.chat_memories' >/dev/null
"$MF_RIG" redis-cli DEL "{$P}:pending" "{$P}:dead" >/dev/null
for i in 1 2 3; do
    "$MF_RIG" redis-cli RPUSH "{$P}:pending" \
        "{\"cid\":\"img-$i\",\"conversation_id\":\"img conv\",\"user_id\":\"u\",\"user_message\":\"hi $i\",\"assistant_message\":\"hello 🎉\"}" >/dev/null
done
out=$(img flush --max-seconds 60 2>"$MF_RIG_DIR/flush.err")
rc=$?
rows=$("$MF_RIG" psql -c "SELECT count(*) FROM public.chat_memories WHERE cid LIKE 'img-%'")
left=$("$MF_RIG" redis-cli LLEN "{$P}:pending")
if [ "$rc" -eq 0 ] && [ "$rows" = 3 ] && [ "$left" = 0 ] && grep -q '"flushed_count":3' <<<"$out"; then
    ok "memflush flush in the image moved 3 turns into PostgreSQL: $out"
else
    cat "$MF_RIG_DIR/flush.err"
    bad "flush in the image: exit $rc, rows $rows, pending left $left, summary $out"
fi
phase "done"
exit "$fail"
