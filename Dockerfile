# Dockerfile - the memflush binary in a small Debian bookworm image.
#   podman build -t memflush .          (or: docker build -t memflush .)
#   podman run --rm -e REDIS_URL -e DATABASE_URL memflush check
# The entrypoint is memflush, so the arguments are a command: 'flush --max-seconds 240',
# 'check', 'stats', ... (docs/deploy/README.md: Railway, Kubernetes). Tested by
# tests/image/test_image.sh ('make image-test').
#
# Stage 1 builds with the project's build dependencies (tools/deps.sh build: no servers).
FROM debian:bookworm-slim AS build
WORKDIR /src
COPY tools/deps.sh tools/deps.sh
RUN sh tools/deps.sh build && rm -rf /var/lib/apt/lists/*
COPY . .
RUN make -j"$(nproc)" BUILD=build install PREFIX=/usr/local DESTDIR=/out \
    && strip /out/usr/local/bin/memflush \
    && rm -rf /out/usr/local/lib /out/usr/local/include /out/usr/local/share/man

# Stage 2: only what the binary loads at run time (ldd build/memflush: hiredis, libpq, jansson,
# libmicrohttpd for flush --listen; libssl for TLS), the CA certificates, and a user without
# privileges.
FROM debian:bookworm-slim
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       libhiredis0.14 libpq5 libjansson4 libmicrohttpd12 libssl3 ca-certificates \
    && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/log/apt /var/log/dpkg.log \
    && groupadd --system --gid 65532 memflush \
    && useradd --system --uid 65532 --gid 65532 --home-dir /nonexistent --no-create-home \
       --shell /usr/sbin/nologin memflush
# the binary and the DBA's files (migrations/, sql/) under /usr/local/share/memflush
COPY --from=build /out/usr/local/ /usr/local/
# CA certificates for sslrootcert= (Supabase's prod-ca-2021.crt): put them in docs/deploy/ca/
# before building; DATABASE_URL then ends in sslrootcert=/etc/memflush/ca/prod-ca-2021.crt
COPY docs/deploy/ca/ /etc/memflush/ca/
USER 65532:65532
# flush --follow --listen 0.0.0.0:9187 serves /metrics, /healthz and /readyz here (the Railway
# service of docs/deploy/railway-follow.json, the Kubernetes Deployment of
# docs/deploy/kubernetes-deployment.yaml)
EXPOSE 9187
ENTRYPOINT ["memflush"]
CMD ["--help"]
