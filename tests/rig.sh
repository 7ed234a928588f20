#!/usr/bin/env bash
# rig.sh - throwaway real redis-server and PostgreSQL 15 for tests, on random local ports.
# Knows nothing about memflush itself beyond applying migrations/ to the test database.
#
#   tests/rig.sh run -- CMD ARGS...   start both servers, migrate, run CMD, stop and clean up;
#                                     exits with CMD's status
# Inside 'run' ($MF_RIG_DIR set), a test may call:
#   stop-pg [fast|immediate]  start-pg  stop-redis  start-redis  kill-redis
#   pg-pid  redis-pid  psql ARGS...  redis-cli ARGS...  fresh-db NAME  migrate URL
#
# 'run' exports: REDIS_URL DATABASE_URL MF_RIG_DIR MF_RIG MF_PG_PORT MF_REDIS_PORT
#                MF_WRITER_URL (login role mf_writer_login, member of memflush_writer, scram auth)
#                MF_PG_SUPERUSER_URL MF_REDIS_SOCKET (the server's Unix socket)
# Server choice (environment of 'run'):
#   MF_RIG_REDIS_SERVER=valkey-server   run Valkey instead of redis-server (redis-cli talks to both)
#   MF_RIG_REDIS_TLS=1                  TLS only on TCP: --port 0 --tls-port N, with a throwaway CA
#                                       and certificates made by openssl in $MF_RIG_DIR/tls (see
#                                       make_certs); REDIS_URL is rediss://127.0.0.1:N/0 and
#                                       MEMFLUSH_REDIS_CACERT the CA; the harness itself (redis-cli,
#                                       the C tests' th_redis) uses the Unix socket; MF_REDIS_TLS=1
#   MF_RIG_REDIS_TLS=mutual             the same with tls-auth-clients yes, and MEMFLUSH_REDIS_CERT /
#                                       MEMFLUSH_REDIS_KEY set to a client certificate
#   MF_RIG_REDIS_TLS=both               plaintext on MF_REDIS_PORT (REDIS_URL) and TLS on
#                                       MF_REDIS_TLS_PORT of the same server (make bench compares them);
#                                       exports MF_RIG_TLS_DIR only
#   MF_RIG_REDIS_CLUSTER=1              a Redis Cluster instead of the single server: 3 masters with one
#                                       replica each (cluster-enabled, AOF on, node timeout 2 s, a full
#                                       sync without the 5 s diskless delay), made by
#                                       redis-cli --cluster create; with MF_RIG_REDIS_TLS=1 too, every
#                                       node is TLS only (tls-cluster, tls-replication). REDIS_URL names
#                                       the three first nodes as seeds (redis://h:p1,h:p2,h:p3/0);
#                                       MF_CLUSTER_NODES=6. Inside 'run', for node I (0-5):
#                                         node-cli I ARGS...  (its Unix socket)   node-port I
#                                         node-pid I   kill-node I (SIGKILL)   start-node I
#                                         cluster-cli ARGS... (redis-cli --cluster ARGS with TLS flags)
#                                         cluster-wait-ok (cluster_state:ok on every live node)
#                                         cluster-wait-replicas (every master's replica online)
#                                         cluster-wait-failover I (node I, killed, is marked failed,
#                                         serves no slot, and the cluster is ok again: by node id,
#                                         since a TLS-only Valkey reports port 0 to socket clients)
#                                       and redis-cli goes to node 0 with -c (follows redirections)
# As root, PostgreSQL runs as 'nobody' (it refuses to run as root). Servers listen on
# 127.0.0.1 only, their unix sockets live in the temp dir, fsync stays on.
set -uo pipefail

RIG_SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
RIG_ROOT=$(cd "$(dirname "$RIG_SELF")/.." && pwd)
MIGRATIONS_DIR=${MF_MIGRATIONS_DIR:-$RIG_ROOT/migrations}
PGBIN=${MF_PGBIN:-/usr/lib/postgresql/15/bin}
READY_TIMEOUT=${MF_RIG_READY_TIMEOUT:-60}   # seconds to wait for a server to accept connections
WRITER_ROLE=mf_writer_login
WRITER_PASSWORD=s3cret-Test-pw
TEST_DB=memflush_test
REDIS_SERVER=${MF_RIG_REDIS_SERVER:-redis-server}
REDIS_TLS=${MF_RIG_REDIS_TLS:-}
REDIS_CLUSTER=${MF_RIG_REDIS_CLUSTER:-}
case "$REDIS_CLUSTER" in ""|0) REDIS_CLUSTER= ;; 1) ;; *) echo "rig: MF_RIG_REDIS_CLUSTER is 1" >&2; exit 2 ;; esac
CLUSTER_NODES=6
case "$REDIS_TLS" in ""|0) REDIS_TLS= ;; 1|mutual|both) ;; *) echo "rig: MF_RIG_REDIS_TLS is 1, mutual or both" >&2; exit 2 ;; esac

die() { echo "rig: $*" >&2; exit 1; }
say() { echo "rig: $*" >&2; }

# ------------------------------------------------------------------ helpers

is_root() { [ "$(id -u)" -eq 0 ]; }

# Run a PostgreSQL server program as the cluster's OS user.
as_pg() {
    if is_root; then
        (cd / && runuser -u nobody -- "$@")
    else
        "$@"
    fi
}

# True while pid names a live (not zombie) process.
alive() {
    local pid=$1 st
    [ -n "$pid" ] || return 1
    [ -r "/proc/$pid/stat" ] || return 1
    st=$(sed -e 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -c1) || return 1
    [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# Wait until pid is gone, at most $2 seconds. 0 when gone.
wait_gone() {
    local pid=$1 limit=$(( $2 * 10 )) i=0
    while alive "$pid"; do
        i=$((i + 1))
        [ "$i" -gt "$limit" ] && return 1
        sleep 0.1
    done
    return 0
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
    local p avoid=${1:-0} tries=0
    while :; do
        p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        tries=$((tries + 1))
        [ "$p" -eq "$avoid" ] && continue
        port_in_use "$p" && { [ "$tries" -lt 200 ] && continue; }
        echo "$p"
        return 0
    done
}

need_state() {
    [ -n "${MF_RIG_DIR:-}" ] && [ -d "$MF_RIG_DIR" ] ||
        die "MF_RIG_DIR is not set or gone: use this command inside 'tests/rig.sh run -- ...'"
}

pg_port() { cat "$MF_RIG_DIR/pg.port"; }
redis_port() { cat "$MF_RIG_DIR/redis.port"; }
pgdata() { echo "$MF_RIG_DIR/pg/data"; }

# ------------------------------------------------------------------ PostgreSQL

pg_pid() {
    local f
    f="$(pgdata)/postmaster.pid"
    [ -r "$f" ] && head -n 1 "$f"
}

pg_ready() {
    "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$(pg_port)" -t 2 >/dev/null 2>&1
}

pg_wait_ready() {
    local i=0 limit=$((READY_TIMEOUT * 10))
    while ! pg_ready; do
        i=$((i + 1))
        if [ "$i" -gt "$limit" ]; then
            say "PostgreSQL not ready after ${READY_TIMEOUT}s"
            return 1
        fi
        sleep 0.1
    done
}

pg_show_log() {
    echo "---- PostgreSQL log ($MF_RIG_DIR/pg/postgres.log) ----" >&2
    tail -n 50 "$MF_RIG_DIR/pg/postgres.log" >&2 2>/dev/null || true
    echo "---- end of PostgreSQL log ----" >&2
}

# Start the cluster on the port in pg.port. Returns non-zero (log shown) on failure.
pg_start_once() {
    local port
    port=$(pg_port)
    printf "port = %s\n" "$port" > "$(pgdata)/rig_port.conf" || return 1
    if is_root; then chown nobody:nogroup "$(pgdata)/rig_port.conf"; fi
    if ! as_pg "$PGBIN/pg_ctl" -D "$(pgdata)" -l "$MF_RIG_DIR/pg/postgres.log" \
            -w -t "$READY_TIMEOUT" start >/dev/null 2>&1; then
        return 1
    fi
    pg_wait_ready
}

cmd_start_pg() {
    need_state
    if pg_ready; then return 0; fi
    # a postmaster killed hard leaves its pid file; pg_ctl copes with a stale one
    if pg_start_once; then return 0; fi
    pg_show_log
    die "could not start PostgreSQL on port $(pg_port)"
}

cmd_stop_pg() {
    need_state
    local mode=${1:-fast} pid kids k
    case "$mode" in fast|immediate|smart) ;; *) die "stop-pg: mode is fast or immediate" ;; esac
    pid=$(pg_pid || true)
    [ -n "$pid" ] && alive "$pid" || return 0
    kids=$(pgrep -P "$pid" 2>/dev/null || true)
    # pg_ctl -w returns once the postmaster (which waits for its backends) is gone
    as_pg "$PGBIN/pg_ctl" -D "$(pgdata)" -m "$mode" -w -t 60 stop >/dev/null 2>&1 || true
    if alive "$pid"; then
        say "PostgreSQL (pid $pid) did not stop; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 10 || true
    fi
    for k in $kids; do
        if alive "$k"; then kill -KILL "$k" 2>/dev/null || true; wait_gone "$k" 5 || true; fi
    done
    return 0
}

# psql as the superuser; $1 = database name, rest = psql arguments
pg_su() {
    local db=$1; shift
    PGCONNECT_TIMEOUT=10 PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" psql -X -q -At -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$(pg_port)" -U postgres -d "$db" "$@"
}

db_url() { echo "postgresql://postgres@127.0.0.1:$(pg_port)/$1"; }

# Apply every migration, in lexicographic order, exactly as a DBA would.
migrate_url() {
    local url=$1 f found=0
    for f in "$MIGRATIONS_DIR"/[0-9]*.sql; do
        [ -e "$f" ] || continue
        found=1
        if ! PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" \
                psql -X -q -v ON_ERROR_STOP=1 -1 -f "$f" "$url" >/dev/null; then
            say "migration $(basename "$f") failed"
            return 1
        fi
    done
    [ "$found" -eq 1 ] || say "no migrations found in $MIGRATIONS_DIR"
    return 0
}

pg_init() {
    mkdir -p "$MF_RIG_DIR/pg" || return 1
    if is_root; then chown nobody:nogroup "$MF_RIG_DIR/pg" && chmod 700 "$MF_RIG_DIR/pg"; fi
    if ! as_pg "$PGBIN/initdb" -D "$(pgdata)" -U postgres -A trust -E UTF8 --locale=C \
            --no-sync --no-instructions > "$MF_RIG_DIR/initdb.log" 2>&1; then
        cat "$MF_RIG_DIR/initdb.log" >&2
        say "initdb failed"
        return 1
    fi
    as_pg sh -c "cat >> '$(pgdata)/postgresql.conf'" <<EOF

# ---- tests/rig.sh ----
listen_addresses = '127.0.0.1'
unix_socket_directories = '$MF_RIG_DIR/pg'
fsync = on
shared_buffers = 32MB
max_connections = 100
password_encryption = 'scram-sha-256'
log_min_messages = warning
log_line_prefix = '%m [%p] %q%u@%d '
include_if_exists = 'rig_port.conf'
EOF
    as_pg sh -c "cat > '$(pgdata)/pg_hba.conf'" <<EOF
# tests/rig.sh: trust for the superuser, a real password check for $WRITER_ROLE
local all all                   trust
host  all $WRITER_ROLE 127.0.0.1/32 scram-sha-256
host  all all          127.0.0.1/32 trust
EOF
}

# ------------------------------------------------------------------ Redis

redis_pid() {
    local f="$MF_RIG_DIR/redis/redis.pid"
    [ -r "$f" ] && cat "$f"
}

# redis-cli to the rig's server: over TCP, or its Unix socket when TCP is TLS only
rcli_() {
    if [ -n "$REDIS_CLUSTER" ]; then
        redis-cli -c -h 127.0.0.1 -p "$(node_port 0)" $(tls_flags) "$@"
    elif [ -n "$REDIS_TLS" ] && [ "$REDIS_TLS" != both ]; then
        redis-cli -s "$MF_RIG_DIR/redis/redis.sock" "$@"
    else
        redis-cli -h 127.0.0.1 -p "$(redis_port)" "$@"
    fi
}

redis_ping() {
    if [ -n "$REDIS_CLUSTER" ]; then
        local i
        for i in $(seq 0 $((CLUSTER_NODES - 1))); do
            [ "$(node_cli "$i" ping 2>/dev/null)" = PONG ] || return 1
        done
        return 0
    fi
    [ "$(rcli_ ping 2>/dev/null)" = PONG ]
}

# ------------------------------------------------------------------ Redis Cluster

node_dir() { echo "$MF_RIG_DIR/cluster/$1"; }
node_port() { cat "$(node_dir "$1")/port"; }
node_pid() { local f; f="$(node_dir "$1")/redis.pid"; [ -r "$f" ] && cat "$f"; }
node_cli() { local i=$1; shift; redis-cli -s "$(node_dir "$i")/redis.sock" "$@"; }
tls_flags() {
    [ -n "$REDIS_TLS" ] || return 0
    echo "--tls --cacert $MF_RIG_DIR/tls/ca.pem"
}

# a port whose cluster bus port (+10000) is free too
node_pick_port() {
    local p tries=0
    while :; do
        p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 25000 ))
        tries=$((tries + 1))
        if { port_in_use "$p" || port_in_use $((p + 10000)) || grep -qx "$p" "$MF_RIG_DIR"/cluster/*/port 2>/dev/null; } &&
            [ "$tries" -lt 200 ]; then
            continue
        fi
        echo "$p"
        return 0
    done
}

node_start() {
    local i=$1 d port k=0 limit=$((READY_TIMEOUT * 10))
    d=$(node_dir "$i")
    port=$(node_port "$i")
    rm -f "$d/redis.pid"
    local -a net=(--port "$port")
    if [ -n "$REDIS_TLS" ]; then
        local t=$MF_RIG_DIR/tls
        # node.pem serves both ends of the cluster bus and replication links
        net=(--port 0 --tls-port "$port" --tls-cert-file "$t/node.pem" --tls-key-file "$t/node.key"
             --tls-client-cert-file "$t/node.pem" --tls-client-key-file "$t/node.key"
             --tls-ca-cert-file "$t/ca.pem" --tls-auth-clients no --tls-cluster yes --tls-replication yes)
    fi
    "$REDIS_SERVER" --bind 127.0.0.1 "${net[@]}" --protected-mode yes \
        --cluster-enabled yes --cluster-config-file "$d/nodes.conf" --cluster-node-timeout 2000 \
        --dir "$d" --appendonly yes --appendfsync everysec --save "" \
        --maxmemory 0 --maxmemory-policy noeviction --repl-diskless-sync-delay 0 \
        --unixsocket "$d/redis.sock" --unixsocketperm 700 \
        --daemonize yes --pidfile "$d/redis.pid" --logfile "$d/redis.log" </dev/null >/dev/null 2>&1 || return 1
    while [ "$(node_cli "$i" ping 2>/dev/null)" != PONG ]; do
        k=$((k + 1))
        [ "$k" -gt "$limit" ] && return 1
        # a port taken meanwhile: the daemon exits at once
        if [ "$k" -gt 10 ] && ! alive "$(node_pid "$i" || true)"; then return 1; fi
        sleep 0.1
    done
}

node_stop() {
    local pid
    pid=$(node_pid "$1" || true)
    [ -n "$pid" ] && alive "$pid" || return 0
    node_cli "$1" shutdown nosave >/dev/null 2>&1 || true
    if ! wait_gone "$pid" 15; then
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 5 || true
    fi
}

# every node agrees the cluster is ok and every slot is served
cluster_wait_ok() {
    local i k=0 limit=$((READY_TIMEOUT * 10)) ok
    while :; do
        ok=1
        for i in $(seq 0 $((CLUSTER_NODES - 1))); do
            alive "$(node_pid "$i" || true)" || continue
            node_cli "$i" cluster info 2>/dev/null | grep -q '^cluster_state:ok' || { ok=0; break; }
        done
        [ "$ok" -eq 1 ] && return 0
        k=$((k + 1))
        [ "$k" -gt "$limit" ] && { say "the cluster is not ok after ${READY_TIMEOUT}s"; return 1; }
        sleep 0.1
    done
}

# a certificate for the nodes: server and client (cluster bus, replication), 127.0.0.1
node_cert() {
    local t=$MF_RIG_DIR/tls
    [ -s "$t/node.pem" ] && return 0
    (
        cd "$t" || exit 1
        set -e
        openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -keyout node.key -out node.csr \
            -subj "/CN=localhost" 2>/dev/null
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n' > node.ext
        openssl x509 -req -in node.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out node.pem -days 400 \
            -extfile node.ext 2>/dev/null
        chmod 644 node.pem node.key
    ) || { say "could not make the cluster nodes' certificate"; return 1; }
}

cluster_start() {
    local i hosts=()
    if [ -n "$REDIS_TLS" ]; then node_cert || return 1; fi
    for i in $(seq 0 $((CLUSTER_NODES - 1))); do
        mkdir -p "$(node_dir "$i")" || return 1
        local attempt
        for attempt in 1 2 3 4 5; do
            node_pick_port > "$(node_dir "$i")/port"
            rm -f "$(node_dir "$i")/nodes.conf"
            node_start "$i" && break
            node_stop "$i"
            if [ "$attempt" -eq 5 ]; then
                say "cluster node $i did not start (5 ports tried)"
                tail -n 20 "$(node_dir "$i")/redis.log" >&2
                return 1
            fi
        done
        hosts+=("127.0.0.1:$(node_port "$i")")
    done
    # shellcheck disable=SC2046
    redis-cli $(tls_flags) --cluster create "${hosts[@]}" --cluster-replicas 1 --cluster-yes \
        > "$MF_RIG_DIR/cluster/create.log" 2>&1 || { cat "$MF_RIG_DIR/cluster/create.log" >&2; return 1; }
    cluster_wait_ok || return 1
    cluster_wait_replicas
}

# every master has its replica online (synced: WAIT counts it)
cluster_wait_replicas() {
    local k=0 i n limit=$((READY_TIMEOUT * 10))
    while [ "$k" -lt "$limit" ]; do
        n=0
        for i in $(seq 0 $((CLUSTER_NODES - 1))); do
            node_cli "$i" info replication 2>/dev/null | grep -q '^slave0:.*state=online' && n=$((n + 1))
        done
        [ "$n" -ge 3 ] && return 0
        k=$((k + 1))
        sleep 0.1
    done
    say "the cluster's replicas did not all come online"
    return 1
}

# node I's id, from its nodes.conf (readable after the node was killed)
node_id() { awk '/myself/ { print $1; exit }' "$(node_dir "$1")/nodes.conf" 2>/dev/null; }

cluster_wait_failover() {
    local dead=$1 id i k=0 limit=$((READY_TIMEOUT * 10)) line
    id=$(node_id "$dead")
    [ -n "$id" ] || { say "node $dead has no id in its nodes.conf"; return 1; }
    while [ "$k" -lt "$limit" ]; do
        for i in $(seq 0 $((CLUSTER_NODES - 1))); do
            [ "$i" = "$dead" ] && continue
            alive "$(node_pid "$i" || true)" || continue
            # the dead node's line: flags in field 3, slot ranges from field 9 on
            line=$(node_cli "$i" cluster nodes 2>/dev/null | awk -v id="$id" '$1 == id')
            case "$line" in *fail*) ;; *) break ;; esac
            [ "$(printf '%s\n' "$line" | awk '{ print NF }')" -le 8 ] || break
            cluster_wait_ok && return 0
        done
        k=$((k + 1))
        sleep 0.1
    done
    say "node $dead was not failed over after ${READY_TIMEOUT}s"
    return 1
}

cluster_stop() {
    local i
    for i in $(seq 0 $((CLUSTER_NODES - 1))); do
        [ -d "$(node_dir "$i")" ] && node_stop "$i"
    done
    return 0
}

# ------------------------------------------------------------------ TLS certificates

# A throwaway CA and certificates (EC P-256, made at rig start), in $MF_RIG_DIR/tls:
#   ca.pem                     the CA memflush trusts (MEMFLUSH_REDIS_CACERT)
#   server.pem/.key            for IP 127.0.0.1 and DNS localhost, signed by ca, 400 days
#   soon.pem/.key              the same, expiring in 10 days (check warns)
#   expired.pem/.key           the same, expired yesterday
#   wronghost.pem/.key         signed by ca for DNS wrong.example.invalid only
#   otherca.pem/.key           for 127.0.0.1, signed by another CA (other-ca.pem)
#   client.pem/.key            a client certificate signed by ca (mutual TLS)
#   otherclient.pem/.key       a client certificate signed by the other CA
make_certs() {
    local d=$MF_RIG_DIR/tls
    mkdir -p "$d" || return 1
    (
        cd "$d" || exit 1
        set -e
        newkey() { openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -keyout "$1.key" -out "$1.csr" -subj "/CN=$2" 2>/dev/null; }
        sign() { # name ca days san [ext]
            printf 'subjectAltName=%s\n%s\n' "$4" "${5:-extendedKeyUsage=serverAuth}" > "$1.ext"
            openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial -out "$1.pem" -days "$3" -extfile "$1.ext" 2>/dev/null
        }
        for ca in ca other-ca; do
            openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -keyout "$ca.key" \
                -out "$ca.pem" -days 400 -subj "/CN=memflush rig $ca" 2>/dev/null
        done
        newkey server localhost && sign server ca 400 "IP:127.0.0.1,DNS:localhost"
        newkey soon localhost && sign soon ca 10 "IP:127.0.0.1,DNS:localhost"
        newkey expired localhost && sign expired ca -1 "IP:127.0.0.1,DNS:localhost"
        newkey wronghost wrong.example.invalid && sign wronghost ca 400 "DNS:wrong.example.invalid"
        newkey otherca localhost && sign otherca other-ca 400 "IP:127.0.0.1,DNS:localhost"
        newkey client memflush-client && sign client ca 400 "DNS:memflush-client" "extendedKeyUsage=clientAuth"
        newkey otherclient memflush-client && sign otherclient other-ca 400 "DNS:memflush-client" "extendedKeyUsage=clientAuth"
        chmod 644 ./*.pem ./*.key
    ) || { say "could not make the TLS certificates with openssl"; return 1; }
}

redis_show_log() {
    echo "---- Redis log ($MF_RIG_DIR/redis/redis.log) ----" >&2
    tail -n 30 "$MF_RIG_DIR/redis/redis.log" >&2 2>/dev/null || true
    echo "---- end of Redis log ----" >&2
}

redis_start_once() {
    local port i=0 limit=$((READY_TIMEOUT * 10))
    port=$(redis_port)
    mkdir -p "$MF_RIG_DIR/redis"
    rm -f "$MF_RIG_DIR/redis/redis.pid"
    local -a net=(--port "$port")
    if [ -n "$REDIS_TLS" ]; then
        local d=$MF_RIG_DIR/tls
        net=(--port 0 --tls-port "$port" --tls-cert-file "$d/server.pem" --tls-key-file "$d/server.key"
             --tls-ca-cert-file "$d/ca.pem" --tls-auth-clients "$([ "$REDIS_TLS" = mutual ] && echo yes || echo no)")
        [ "$REDIS_TLS" = both ] && net[1]=$port && net[3]=$(cat "$MF_RIG_DIR/redis.tlsport")
    fi
    "$REDIS_SERVER" --bind 127.0.0.1 "${net[@]}" --protected-mode yes \
        --dir "$MF_RIG_DIR/redis" --appendonly yes --appendfsync everysec --save "" \
        --maxmemory 0 --maxmemory-policy noeviction \
        --unixsocket "$MF_RIG_DIR/redis/redis.sock" --unixsocketperm 700 \
        --daemonize yes --pidfile "$MF_RIG_DIR/redis/redis.pid" \
        --logfile "$MF_RIG_DIR/redis/redis.log" </dev/null >/dev/null 2>&1 || return 1
    # ready when PING answers PONG (not LOADING); give up when the daemon died
    while ! redis_ping; do
        i=$((i + 1))
        [ "$i" -gt "$limit" ] && return 1
        if [ "$i" -gt 20 ]; then
            local pid
            pid=$(redis_pid || true)
            if [ -z "$pid" ] || ! alive "$pid"; then return 1; fi
        fi
        sleep 0.1
    done
    [ -n "$(redis_pid || true)" ]
}

cmd_start_redis() {
    need_state
    if [ -n "$REDIS_CLUSTER" ]; then
        local i
        for i in $(seq 0 $((CLUSTER_NODES - 1))); do
            alive "$(node_pid "$i" || true)" || node_start "$i" || die "could not restart cluster node $i"
        done
        cluster_wait_ok && cluster_wait_replicas || die "the cluster did not come back"
        return 0
    fi
    if redis_ping; then return 0; fi
    if redis_start_once; then return 0; fi
    redis_show_log
    die "could not start redis-server on port $(redis_port)"
}

cmd_stop_redis() {
    need_state
    if [ -n "$REDIS_CLUSTER" ]; then cluster_stop; return 0; fi
    local pid
    pid=$(redis_pid || true)
    [ -n "$pid" ] && alive "$pid" || return 0
    rcli_ shutdown nosave >/dev/null 2>&1 || true
    if ! wait_gone "$pid" 15; then
        kill -TERM "$pid" 2>/dev/null || true
        wait_gone "$pid" 10 || { kill -KILL "$pid" 2>/dev/null; wait_gone "$pid" 5; } || true
    fi
    return 0
}

cmd_kill_redis() {
    need_state
    local pid
    pid=$(redis_pid || true)
    [ -n "$pid" ] && alive "$pid" || return 0
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 10 || true
}

# ------------------------------------------------------------------ run

RUN_CHILD=
CLEANED=0

cleanup() {
    [ "$CLEANED" -eq 1 ] && return 0
    CLEANED=1
    [ -n "${MF_RIG_DIR:-}" ] && [ -d "$MF_RIG_DIR" ] || return 0
    cmd_stop_redis
    if [ -d "$(pgdata)" ]; then cmd_stop_pg fast; fi
    case "$MF_RIG_DIR" in
        */mfrig.*) rm -rf -- "$MF_RIG_DIR" ;;
    esac
}

# pid and all its descendants, by pid (the test's own child processes too)
proc_tree() {
    local c
    echo "$1"
    for c in $(pgrep -P "$1" 2>/dev/null); do proc_tree "$c"; done
}

on_signal() {
    local sig=$1 code=$2 p pids
    say "caught SIG$sig; stopping the test and the servers"
    if [ -n "$RUN_CHILD" ] && alive "$RUN_CHILD"; then
        pids=$(proc_tree "$RUN_CHILD")
        for p in $pids; do kill -TERM "$p" 2>/dev/null || true; done
        for p in $pids; do wait_gone "$p" 5 || kill -KILL "$p" 2>/dev/null || true; done
    fi
    cleanup
    trap - EXIT
    exit "$code"
}

start_all() {
    local attempt
    command -v "$REDIS_SERVER" >/dev/null || die "$REDIS_SERVER not found: run tools/deps.sh"
    if [ -n "$REDIS_TLS" ]; then make_certs || return 1; fi
    if [ -n "$REDIS_CLUSTER" ]; then
        cluster_start || { say "could not start the Redis Cluster"; return 1; }
    fi
    [ -x "$PGBIN/initdb" ] || die "$PGBIN/initdb not found: install postgresql-15 (tools/deps.sh)"
    pg_init || return 1

    for attempt in 1 2 3 4 5; do
        pick_port > "$MF_RIG_DIR/pg.port"
        if pg_start_once; then break; fi
        if [ "$attempt" -eq 5 ]; then
            pg_show_log
            say "could not start PostgreSQL (5 ports tried)"
            return 1
        fi
        say "PostgreSQL did not start on port $(pg_port); trying another port"
        cmd_stop_pg immediate
    done

    for attempt in 1 2 3 4 5; do
        [ -n "$REDIS_CLUSTER" ] && { node_port 0 > "$MF_RIG_DIR/redis.port"; break; }
        pick_port "$(pg_port)" > "$MF_RIG_DIR/redis.port"
        pick_port "$(redis_port)" > "$MF_RIG_DIR/redis.tlsport"
        if redis_start_once; then break; fi
        if [ "$attempt" -eq 5 ]; then
            redis_show_log
            say "could not start redis-server (5 ports tried)"
            return 1
        fi
        say "redis-server did not start on port $(redis_port); trying another port"
        cmd_stop_redis
    done

    pg_su postgres -c "CREATE DATABASE $TEST_DB" || { say "could not create $TEST_DB"; return 1; }
    migrate_url "$(db_url "$TEST_DB")" || return 1
    pg_su "$TEST_DB" <<EOF || { say "could not create login role $WRITER_ROLE"; return 1; }
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$WRITER_ROLE') THEN
        CREATE ROLE $WRITER_ROLE LOGIN PASSWORD '$WRITER_PASSWORD';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'memflush_writer') THEN
        GRANT memflush_writer TO $WRITER_ROLE;
    END IF;
END
\$\$;
EOF
}

cmd_run() {
    [ "${1:-}" = "--" ] && shift
    [ $# -gt 0 ] || die "usage: tests/rig.sh run -- CMD ARGS..."
    local base=${TMPDIR:-/tmp}
    MF_RIG_DIR=$(mktemp -d "$base/mfrig.XXXXXX") || die "could not create a temp dir in $base"
    export MF_RIG_DIR
    chmod 755 "$MF_RIG_DIR"
    trap cleanup EXIT
    trap 'on_signal INT 130' INT
    trap 'on_signal TERM 143' TERM
    trap 'on_signal HUP 129' HUP

    if ! start_all; then
        say "could not start the test servers"
        exit 1
    fi
    export MF_RIG="$RIG_SELF"
    export MF_PG_PORT MF_REDIS_PORT
    MF_PG_PORT=$(pg_port)
    MF_REDIS_PORT=$(redis_port)
    export REDIS_URL="redis://127.0.0.1:$MF_REDIS_PORT/0"
    export MF_REDIS_SOCKET="$MF_RIG_DIR/redis/redis.sock"
    if [ "$REDIS_TLS" = both ]; then
        export MF_RIG_TLS_DIR="$MF_RIG_DIR/tls" MF_REDIS_TLS_PORT
        MF_REDIS_TLS_PORT=$(cat "$MF_RIG_DIR/redis.tlsport")
    elif [ -n "$REDIS_TLS" ]; then
        export MF_REDIS_TLS=1 MF_RIG_TLS_DIR="$MF_RIG_DIR/tls"
        export REDIS_URL="rediss://127.0.0.1:$MF_REDIS_PORT/0"
        export MEMFLUSH_REDIS_CACERT="$MF_RIG_TLS_DIR/ca.pem"
        if [ "$REDIS_TLS" = mutual ]; then
            export MEMFLUSH_REDIS_CERT="$MF_RIG_TLS_DIR/client.pem" MEMFLUSH_REDIS_KEY="$MF_RIG_TLS_DIR/client.key"
        fi
    fi
    if [ -n "$REDIS_CLUSTER" ]; then
        local scheme=redis
        [ -n "$REDIS_TLS" ] && scheme=rediss
        export MF_CLUSTER_NODES=$CLUSTER_NODES MF_REDIS_CLUSTER=1
        export REDIS_URL="$scheme://127.0.0.1:$(node_port 0),127.0.0.1:$(node_port 1),127.0.0.1:$(node_port 2)/0"
        export MF_REDIS_SOCKET="$(node_dir 0)/redis.sock"
    fi
    export DATABASE_URL
    DATABASE_URL=$(db_url "$TEST_DB")
    export MF_PG_SUPERUSER_URL="$DATABASE_URL"
    export MF_WRITER_URL="postgresql://$WRITER_ROLE:$WRITER_PASSWORD@127.0.0.1:$MF_PG_PORT/$TEST_DB"

    # in the background so that a signal to this script is handled at once;
    # stdin is handed on explicitly (a background job would get /dev/null)
    "$@" <&0 &
    RUN_CHILD=$!
    local rc=0
    wait "$RUN_CHILD" || rc=$?
    RUN_CHILD=
    cleanup
    trap - EXIT INT TERM HUP
    exit "$rc"
}

# ------------------------------------------------------------------ main

sub=${1:-}
[ $# -gt 0 ] && shift
case "$sub" in
    run) cmd_run "$@" ;;
    stop-pg) cmd_stop_pg "$@" ;;
    start-pg) cmd_start_pg ;;
    stop-redis) cmd_stop_redis ;;
    start-redis) cmd_start_redis ;;
    kill-redis) cmd_kill_redis ;;
    pg-pid) need_state; p=$(pg_pid || true); [ -n "$p" ] && alive "$p" && echo "$p" ;;
    redis-pid) need_state; p=$(redis_pid || true); [ -n "$p" ] && alive "$p" && echo "$p" ;;
    psql) need_state; pg_su "$TEST_DB" "$@" ;;
    redis-cli) need_state; rcli_ "$@" ;;
    node-cli) need_state; i=$1; shift; node_cli "$i" "$@" ;;
    node-port) need_state; node_port "$1" ;;
    node-pid) need_state; p=$(node_pid "$1" || true); [ -n "$p" ] && alive "$p" && echo "$p" ;;
    kill-node) need_state; p=$(node_pid "$1" || true); if [ -n "$p" ] && alive "$p"; then kill -KILL "$p"; wait_gone "$p" 10; fi ;;
    start-node) need_state; node_start "$1" || die "could not start cluster node $1" ;;
    cluster-wait-ok) need_state; cluster_wait_ok ;;
    cluster-wait-replicas) need_state; cluster_wait_replicas ;;
    cluster-wait-failover) need_state; cluster_wait_failover "$1" ;;
    # shellcheck disable=SC2046
    cluster-cli) need_state; redis-cli $(tls_flags) --cluster "$@" ;;
    fresh-db)
        need_state
        [ $# -eq 1 ] || die "usage: fresh-db NAME"
        [[ "$1" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "fresh-db: NAME must match [a-z_][a-z0-9_]*"
        [ "$1" != "$TEST_DB" ] || die "fresh-db: $TEST_DB is the rig's own database"
        pg_su postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null &&
            pg_su postgres -c "CREATE DATABASE $1 TEMPLATE template0" >/dev/null ||
            die "fresh-db: could not create database $1"
        db_url "$1"
        ;;
    migrate)
        need_state
        [ $# -eq 1 ] || die "usage: migrate URL"
        migrate_url "$1" || exit 1
        ;;
    ""|-h|--help|help)
        sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$RIG_SELF"
        [ -n "$sub" ] || exit 2
        ;;
    *) die "unknown command '$sub' (try --help)" ;;
esac
