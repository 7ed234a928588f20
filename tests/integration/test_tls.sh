#!/usr/bin/env bash
# test_tls.sh - memflush over rediss:// against a real TLS-only redis-server (tests/rig.sh with
# MF_RIG_REDIS_TLS=1: --port 0 --tls-port N, a throwaway CA; tests/run.sh runs it in its TLS
# phase). The harness itself looks at Redis through the server's Unix socket.
#  - push, context, stats, flush, dlq, check and import-legacy over TLS, each checking the
#    delivery invariant (every turn once in the table or the dead letters, nothing left queued);
#  - a certificate from another CA, for another host name, expired; a server asking for a
#    client certificate that is missing or from another CA: exit 3 with the reason, nothing sent;
#  - rediss:// to a plaintext port and redis:// to the TLS port: a clear error within the connect
#    timeout, no hang;
#  - ACL user and password-only AUTH over TLS; the insecure switch warns (run and check);
#  - check reports the protocol, verification and the certificate's expiry (warns within 30 days);
#  - the TLS server restarted in the middle of a flush: exit 0 or 1, and every turn exactly once
#    after the next flush.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
M=${MEMFLUSH:-$PWD/${BUILD:-build}/memflush}
P=${MEMFLUSH_PREFIX:-memflush}
fail() { echo "test_tls.sh: FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
rcli() { "$MF_RIG" redis-cli "$@"; }
psql_() { "$MF_RIG" psql -c "$1"; }
[ -n "${MF_REDIS_TLS:-}" ] || fail "needs the rig's TLS Redis (MF_RIG_REDIS_TLS=1 tests/rig.sh run ...)"
case "$REDIS_URL" in rediss://*) ;; *) fail "REDIS_URL is not rediss://: $REDIS_URL" ;; esac
T=$MF_RIG_TLS_DIR
tmp=$(mktemp -d "${MF_RIG_DIR:-/tmp}/ttls.XXXXXX") || exit 2
PLAIN_PID=
cleanup() {
    [ -n "$PLAIN_PID" ] && kill "$PLAIN_PID" 2>/dev/null
    rcli config set tls-cert-file "$T/server.pem" tls-key-file "$T/server.key" >/dev/null 2>&1
    rcli config set tls-auth-clients no >/dev/null 2>&1
    rm -rf "$tmp"
}
trap cleanup EXIT

pending() { rcli llen "{$P}:pending"; }
dead() { rcli llen "{$P}:dead"; }
rows() { psql_ "SELECT count(*) FROM public.chat_memories WHERE conversation_id = '$1'"; }
# turns N CONV: N JSON lines with cids CONV-1..N
turns() {
    local i
    for i in $(seq 1 "$1"); do
        printf '{"cid":"%s-%d","conversation_id":"%s","user_id":"u-tls","user_message":"q %d é","assistant_message":"a %d"}\n' \
            "$2" "$i" "$2" "$i" "$i"
    done
}
# The delivery invariant for conversation CONV with N turns: each cid once in the table, nothing
# pending or in flight.
invariant() {
    local conv=$1 n=$2 got dup inflight
    got=$(rows "$conv")
    dup=$(psql_ "SELECT count(*) - count(DISTINCT cid) FROM public.chat_memories WHERE conversation_id = '$conv'")
    [ "$got" = "$n" ] || fail "$conv: the table holds $got turns, want $n"
    [ "$dup" = 0 ] || fail "$conv: $dup duplicate cids"
    [ "$(pending)" = 0 ] || fail "$conv: $(pending) turns still pending"
    inflight=$(rcli --scan --pattern "{$P}:inflight:*" | while read -r k; do rcli llen "$k"; done | awk '{s+=$1} END {print s+0}')
    [ "$inflight" = 0 ] || fail "$conv: $inflight turns still in flight"
}
# Swap the server's certificate (Redis applies it to new connections).
server_cert() { rcli config set tls-cert-file "$T/$1.pem" tls-key-file "$T/$1.key" >/dev/null || fail "CONFIG SET tls-cert-file $1"; }

psql_ "TRUNCATE public.chat_memories" >/dev/null || fail "truncate"

# 1. push, context, stats, flush over TLS
turns 300 tls-a > "$tmp/a.jsonl"
"$M" push --jsonl "$tmp/a.jsonl" > "$tmp/out" 2> "$tmp/err" || { cat "$tmp/err" >&2; fail "push over TLS failed"; }
grep -q '"pushed":300' "$tmp/out" || fail "push summary: $(cat "$tmp/out")"
[ "$(pending)" = 300 ] || fail "pending is $(pending) after push, want 300"
out=$("$M" context --conversation-id tls-a --limit 5) || fail "context over TLS"
[ "$(printf '%s\n' "$out" | wc -l)" = 5 ] || fail "context should print 5 turns: $out"
printf '%s\n' "$out" | tail -1 | grep -q '"cid":"tls-a-300"' || fail "context's last turn: $out"
out=$("$M" stats) || fail "stats over TLS"
printf '%s' "$out" | grep -q '"pending_queue_length":300' || fail "stats: $out"
"$M" flush --batch-size 64 > "$tmp/out" 2> "$tmp/err" || { cat "$tmp/err" >&2; fail "flush over TLS failed"; }
invariant tls-a 300
ok "push, context, stats and flush over rediss:// (300 turns once in the table)"

# 2. a poison record goes to the dead letters; dlq lists it over TLS
rcli rpush "{$P}:pending" '{"cid":"tls-poison","conversation_id":"tls-p"}' >/dev/null
turns 3 tls-b | "$M" push --jsonl - > /dev/null 2> "$tmp/err" || { cat "$tmp/err" >&2; fail "push tls-b"; }
"$M" flush > /dev/null 2> "$tmp/err" || { cat "$tmp/err" >&2; fail "flush with poison failed"; }
invariant tls-b 3
[ "$(dead)" = 1 ] || fail "dead letters: $(dead), want 1"
"$M" dlq list --json > "$tmp/out" || fail "dlq list over TLS"
grep -q 'tls-poison' "$tmp/out" || fail "dlq list should show the poison record: $(cat "$tmp/out")"
"$M" dlq purge --yes > /dev/null || fail "dlq purge over TLS"
[ "$(dead)" = 0 ] || fail "dlq purge left $(dead)"
ok "dead letters over rediss:// (the poison record once in {P}:dead, the rest in the table)"

# 3. import-legacy over TLS
LK="$P:legacy:tls"
rcli del "$LK" >/dev/null
for i in 1 2 3 4; do
    rcli rpush "$LK" "{\"conversation_id\": \"tls-legacy\", \"data\": {\"user_msg\": \"hello $i\", \"assistant_msg\": \"hi $i\", \"reflection\": null, \"token_data\": {\"total_count\": 7}, \"user_id\": \"user-2\", \"timestamp\": 176155290$i}}" >/dev/null
done
"$M" import-legacy --key "$LK" > "$tmp/out" 2> "$tmp/err" || { cat "$tmp/err" >&2; fail "import-legacy over TLS failed"; }
[ "$(rcli llen "$LK")" = 0 ] || fail "the legacy list still holds $(rcli llen "$LK")"
"$M" flush > /dev/null 2> "$tmp/err" || { cat "$tmp/err" >&2; fail "flush after import"; }
invariant tls-legacy 4
ok "import-legacy over rediss:// (4 legacy turns once in the table)"

# 4. check: protocol, verification on, the expiry date; a certificate near its end warns
"$M" check > "$tmp/out" 2>&1; rc=$?
grep -q 'TLSv1\.[23]' "$tmp/out" || fail "check should name the TLS protocol: $(cat "$tmp/out")"
grep -q 'host name verified' "$tmp/out" || fail "check should say verification is on: $(cat "$tmp/out")"
grep -q 'expires 20[0-9][0-9]-' "$tmp/out" || fail "check should give the expiry date: $(cat "$tmp/out")"
grep -q 'certificate .* expires on' "$tmp/out" && fail "check warns about a certificate valid 400 days: $(cat "$tmp/out")"
server_cert soon
"$M" check > "$tmp/out" 2>&1
grep -q 'expires on .* in [0-9] days\|expires on .* in 1[0-9] days' "$tmp/out" || fail "check should warn about a certificate expiring in 10 days: $(cat "$tmp/out")"
server_cert server
ok "check over rediss:// (protocol, verification, expiry; warning within 30 days; exit $rc)"

# 5. certificates that do not verify: exit 3 with the reason, nothing sent
bad_cert() { # NAME WANT-REGEX [extra env...]
    local name=$1 want=$2 before rc=0
    shift 2
    before=$(pending)
    env "$@" "$M" push --conversation-id tls-bad --user-id u --user-message m --assistant-message a \
        > "$tmp/out" 2> "$tmp/err" || rc=$?
    [ "$rc" = 3 ] || fail "$name: exit $rc, want 3: $(cat "$tmp/err")"
    grep -Eq "$want" "$tmp/err" || fail "$name: the reason is missing: $(cat "$tmp/err")"
    [ "$(pending)" = "$before" ] || fail "$name: something was sent"
    ok "$name: exit 3: $(head -c 300 "$tmp/err")"
}
bad_cert "unknown CA (client trusts another CA)" 'unable to get local issuer certificate|self.signed' \
    MEMFLUSH_REDIS_CACERT="$T/other-ca.pem"
bad_cert "system CAs only (no MEMFLUSH_REDIS_CACERT)" 'unable to get local issuer certificate|self.signed' \
    MEMFLUSH_REDIS_CACERT=
server_cert otherca
bad_cert "server certificate from another CA" 'unable to get local issuer certificate'
server_cert wronghost
bad_cert "certificate for another host (IP)" 'IP address mismatch|[Hh]ostname mismatch'
bad_cert "certificate for another host (name)" '[Hh]ostname mismatch' REDIS_URL="rediss://localhost:$MF_REDIS_PORT/0"
server_cert expired
bad_cert "expired certificate" 'certificate has expired'
# the loud switch: goes through, and says so
MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1 "$M" push --conversation-id tls-insecure --user-id u --user-message m \
    --assistant-message a > "$tmp/out" 2> "$tmp/err" || fail "insecure push: $(cat "$tmp/err")"
grep -q 'INSECURE' "$tmp/err" || fail "the insecure switch should warn on every run: $(cat "$tmp/err")"
MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1 "$M" check > "$tmp/out" 2>&1
grep -q 'warning: INSECURE: the Redis server' "$tmp/out" || fail "check should warn about the insecure switch: $(cat "$tmp/out")"
server_cert server
ok "MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1 connects to an expired certificate and warns (run and check)"
# the switch does nothing without TLS: no INSECURE warning then, a note that it is ignored (the
# note comes before connecting: port 1 refuses, fast)
REDIS_URL=redis://127.0.0.1:1/0 MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1 "$M" stats > "$tmp/out" 2> "$tmp/err"
! grep -q 'warning: INSECURE' "$tmp/err" || fail "the insecure switch should not warn for redis://: $(cat "$tmp/err")"
grep -q 'TLS_INSECURE_SKIP_VERIFY=1 is ignored: REDIS_URL is not rediss://' "$tmp/err" ||
    fail "the insecure switch should be said to be ignored for redis://: $(cat "$tmp/err")"
ok "MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1 with redis://: no INSECURE warning, said to be ignored"

# 6. mutual TLS: the server asks for a client certificate
rcli config set tls-auth-clients yes >/dev/null || fail "tls-auth-clients yes"
bad_cert "missing client certificate" 'certificate required|MEMFLUSH_REDIS_CERT' MEMFLUSH_REDIS_CERT= MEMFLUSH_REDIS_KEY=
bad_cert "client certificate from another CA" 'unknown ca|certificate|alert' \
    MEMFLUSH_REDIS_CERT="$T/otherclient.pem" MEMFLUSH_REDIS_KEY="$T/otherclient.key"
MEMFLUSH_REDIS_CERT="$T/client.pem" MEMFLUSH_REDIS_KEY="$T/client.key" "$M" push --conversation-id tls-mutual \
    --user-id u --user-message m --assistant-message a > /dev/null 2> "$tmp/err" || fail "push with a client certificate: $(cat "$tmp/err")"
rc=0; MEMFLUSH_REDIS_CERT="$T/client.pem" "$M" stats > /dev/null 2> "$tmp/err" || rc=$?
[ "$rc" = 2 ] && grep -q 'MEMFLUSH_REDIS_KEY' "$tmp/err" || fail "a certificate without its key: exit $rc: $(cat "$tmp/err")"
rcli config set tls-auth-clients no >/dev/null
ok "mutual TLS: a client certificate from the CA goes through"

# 7. ACL user and password-only AUTH over TLS
rcli acl setuser mftls on '>Tls-Acl-Pw-4242' '~*' '&*' '+@all' >/dev/null || fail "ACL SETUSER"
REDIS_URL="rediss://mftls:Tls-Acl-Pw-4242@127.0.0.1:$MF_REDIS_PORT/0" "$M" stats > /dev/null 2> "$tmp/err" || fail "ACL user over TLS: $(cat "$tmp/err")"
rc=0; REDIS_URL="rediss://mftls:Wrong-Tls-Pw-77@127.0.0.1:$MF_REDIS_PORT/0" "$M" stats > "$tmp/out" 2> "$tmp/err" || rc=$?
[ "$rc" = 2 ] || fail "wrong ACL password over TLS: exit $rc, want 2: $(cat "$tmp/err")"
grep -q 'Wrong-Tls-Pw-77' "$tmp/out" "$tmp/err" && fail "the password is in the output"
rcli acl deluser mftls >/dev/null
rcli config set requirepass 'Only-Pw-Tls-99' >/dev/null || fail "requirepass"
rc=0; REDIS_URL="rediss://:Only-Pw-Tls-99@127.0.0.1:$MF_REDIS_PORT/0" "$M" stats > /dev/null 2> "$tmp/err" || rc=$?
rcli -a 'Only-Pw-Tls-99' --no-auth-warning config set requirepass '' >/dev/null
[ "$rc" = 0 ] || fail "password-only AUTH over TLS: exit $rc: $(cat "$tmp/err")"
ok "ACL user and password-only AUTH over rediss://"

# 8. wrong scheme for the port: a clear error within the connect timeout, no hang
port=0
for p in $(seq 31000 31100); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { port=$p; break; }; done
redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$tmp" --daemonize no \
    > "$tmp/plain.log" 2>&1 &
PLAIN_PID=$!
for _ in $(seq 1 50); do [ "$(redis-cli -p "$port" ping 2>/dev/null)" = PONG ] && break; sleep 0.1; done
wrong_scheme() { # NAME URL WANT-REGEX
    local start end rc=0
    start=$(date +%s%N)
    MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS=2000 REDIS_URL=$2 timeout 20 "$M" stats > /dev/null 2> "$tmp/err" || rc=$?
    end=$(date +%s%N)
    [ "$rc" = 3 ] || fail "$1: exit $rc, want 3: $(cat "$tmp/err")"
    grep -Eq "$3" "$tmp/err" || fail "$1: unclear error: $(cat "$tmp/err")"
    [ $(( (end - start) / 1000000 )) -lt 6000 ] || fail "$1: took $(( (end - start) / 1000000 )) ms"
    ok "$1: exit 3 in $(( (end - start) / 1000000 )) ms: $(head -c 300 "$tmp/err")"
}
wrong_scheme "rediss:// to a plaintext port" "rediss://127.0.0.1:$port/0" 'TLS'
wrong_scheme "redis:// to the TLS port" "redis://127.0.0.1:$MF_REDIS_PORT/0" 'rediss://|closed the connection'
kill "$PLAIN_PID" 2>/dev/null; wait "$PLAIN_PID" 2>/dev/null; PLAIN_PID=

# 9. the TLS server restarted in the middle of a flush
psql_ "TRUNCATE public.chat_memories" >/dev/null
turns 20000 tls-r > "$tmp/r.jsonl"
"$M" push --jsonl "$tmp/r.jsonl" > /dev/null 2> "$tmp/err" || fail "push 20000: $(cat "$tmp/err")"
MEMFLUSH_RETRY_SECONDS=0 "$M" flush --batch-size 200 --pg-connections 1 --lease-seconds 2 > "$tmp/out" 2> "$tmp/err" &
fpid=$!
sleep 0.5
"$MF_RIG" stop-redis
"$MF_RIG" start-redis || fail "could not restart Redis"
rc=0; wait "$fpid" || rc=$?
[ "$rc" = 0 ] || [ "$rc" = 1 ] || fail "flush across the restart: exit $rc, want 0 or 1: $(cat "$tmp/err")"
sleep 2.5 # the interrupted flusher's lease runs out
"$M" flush > /dev/null 2> "$tmp/err2" || fail "flush after the restart: $(cat "$tmp/err2")"
invariant tls-r 20000
ok "TLS server restarted mid-flush: exit $rc, then every turn exactly once"
echo "test_tls.sh: all passed"
