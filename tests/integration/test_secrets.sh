#!/usr/bin/env bash
# test_secrets.sh - no byte of a password in any output of any command (inside tests/rig.sh run).
# Every command (flush, flush --interval, push, context, stats, dlq list/replay/purge,
# import-legacy, check, check --json) runs with DATABASE_URL and REDIS_URL values a new user
# writes by mistake: a wrong password, unencoded @ : / ? # % in the password, bad %-escapes,
# malformed key=value strings. All of stdout and stderr is searched for the password and for
# each distinctive piece of it (the parts between the special bytes). A URL that cannot be
# parsed must also exit 2 with the advice to percent-encode the password.
# Knows the contract (docs/contract.md) and docs/operations.md, not the implementation.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
BIN=${MEMFLUSH:-${BUILD:-build}/memflush}
: "${MF_RIG:?run inside tests/rig.sh run}"
[ -x "$BIN" ] || { echo "test_secrets.sh: $BIN not built" >&2; exit 2; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mfsecrets.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export MEMFLUSH_RETRY_SECONDS=0

fails=0
checks=0
ok()   { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); fails=$((fails + 1)); echo "FAIL $*"; }

PGP=$MF_PG_PORT
RP=$MF_REDIS_PORT
GOOD_PG=$DATABASE_URL
GOOD_REDIS=$REDIS_URL

# The commands, each as one line of arguments (word-split on purpose).
COMMANDS=(
    "flush"
    "flush --interval 0.2 --max-seconds 1"
    "push --conversation-id c1 --user-id u1 --user-message hi --assistant-message ho"
    "context --conversation-id c1"
    "stats"
    "stats --format prometheus"
    "dlq list"
    "dlq replay"
    "dlq purge --yes"
    "import-legacy"
    "check"
    "check --json"
    "check --verbose"
)

# run_all WHAT VAR URL SECRET...: every command with VAR=URL (the other URL good); fails when
# any output holds a SECRET. Sets the global 'statuses' to the exit statuses seen.
run_all() {
    local what=$1 var=$2 url=$3 cmd out rc s
    shift 3
    statuses=""
    for cmd in "${COMMANDS[@]}"; do
        out=$TMP/out
        rc=0
        # shellcheck disable=SC2086
        if [ "$var" = DATABASE_URL ]; then
            REDIS_URL=$GOOD_REDIS DATABASE_URL=$url timeout 20 "$BIN" $cmd >"$out" 2>&1 </dev/null || rc=$?
        else
            REDIS_URL=$url DATABASE_URL=$GOOD_PG timeout 20 "$BIN" $cmd >"$out" 2>&1 </dev/null || rc=$?
        fi
        statuses="$statuses $rc"
        if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$out"; then
            fail "$what: sanitizer report from memflush $cmd"
            head -n 5 "$out" | sed 's/^/    /'
        fi
        [ "$rc" -ne 124 ] || fail "$what: memflush $cmd did not finish in 20 s"
        for s in "$@"; do
            if grep -qF -- "$s" "$out"; then
                fail "$what: memflush $cmd printed \"$s\" (exit $rc):"
                grep -F -- "$s" "$out" | head -n 3 | sed 's/^/    /'
            else
                ok
            fi
        done
    done
}

# expect_all_exit WHAT STATUS: every command of the last run_all exited STATUS
expect_all_exit() {
    local s bad=""
    for s in $statuses; do [ "$s" = "$2" ] || bad="$bad $s"; done
    if [ -n "$bad" ]; then fail "$1: every command should exit $2, got:$statuses"; else ok; fi
}

# expect_advice WHAT VAR URL: a parse error names the fix (percent-encoding) and exits 2
expect_advice() {
    local rc=0
    if [ "$2" = DATABASE_URL ]; then
        REDIS_URL=$GOOD_REDIS DATABASE_URL=$3 "$BIN" flush >"$TMP/adv" 2>&1 </dev/null || rc=$?
    else
        REDIS_URL=$3 DATABASE_URL=$GOOD_PG "$BIN" flush >"$TMP/adv" 2>&1 </dev/null || rc=$?
    fi
    if [ "$rc" -ne 2 ] || ! grep -q 'percent-encode' "$TMP/adv"; then
        fail "$1: expected exit 2 and the percent-encoding advice, got exit $rc:"
        head -n 3 "$TMP/adv" | sed 's/^/    /'
    else
        ok
    fi
}

# ---- DATABASE_URL ---------------------------------------------------------------------
# unencoded '/' in the password (the issue's first example)
run_all "pg slash" DATABASE_URL "postgresql://u:topsecret/xyz@127.0.0.1:$PGP/memflush_test" \
    "topsecret" "secret/xyz" "/xyz@"
expect_all_exit "pg slash" 2
expect_advice "pg slash" DATABASE_URL "postgresql://u:topsecret/xyz@127.0.0.1:$PGP/memflush_test"
# unencoded @ : / % together
run_all "pg specials" DATABASE_URL "postgresql://u:pa@ss:w/rd%1@127.0.0.1:$PGP/memflush_test" \
    "pa@ss" "ss:w" "w/rd" "rd%1"
expect_all_exit "pg specials" 2
expect_advice "pg specials" DATABASE_URL "postgresql://u:pa@ss:w/rd%1@127.0.0.1:$PGP/memflush_test"
# a bad percent escape: libpq's own message would echo the token
run_all "pg bad escape" DATABASE_URL "postgresql://u:hunter%zz@127.0.0.1:$PGP/memflush_test" \
    "hunter" "%zz"
expect_all_exit "pg bad escape" 2
expect_advice "pg bad escape" DATABASE_URL "postgresql://u:hunter%zz@127.0.0.1:$PGP/memflush_test"
# '?' and '#' in the password (libpq reads them as part of it: valid, and masked)
run_all "pg query bytes" DATABASE_URL "postgresql://u:Qmark?Hash#Tail@127.0.0.1:$PGP/memflush_test" \
    "Qmark" "Hash#" "#Tail" "Tail@"
# a wrong password (well-formed URL): the server refuses, no byte of it shows
run_all "pg wrong password" DATABASE_URL \
    "postgresql://mf_writer_login:WrongPassw0rd9@127.0.0.1:$PGP/memflush_test" "WrongPassw0rd9" "Passw0rd"
# a wrong password with unencoded ':' (valid for every parser) and a %-escape
run_all "pg wrong colon" DATABASE_URL \
    "postgresql://mf_writer_login:Wr:ong%41Pw@127.0.0.1:$PGP/memflush_test" "Wr:ong" "ongAPw" "ong%41Pw"
# key=value strings libpq refuses or mis-reads
run_all "pg kv unterminated" DATABASE_URL "host=127.0.0.1 port=$PGP user=u password='Unterm1nated secret" \
    "Unterm1nated" "nated secret"
expect_all_exit "pg kv unterminated" 2
run_all "pg kv stray" DATABASE_URL "host=127.0.0.1 port=$PGP user=u password=Str4yPw Str4yTail" \
    "Str4yPw" "Str4yTail"
expect_all_exit "pg kv stray" 2
run_all "pg kv wrong" DATABASE_URL "host=127.0.0.1 port=$PGP user=mf_writer_login password=KvWr0ngPw dbname=memflush_test" \
    "KvWr0ngPw"
# a query-string password with a bad escape
run_all "pg query password" DATABASE_URL "postgresql://u@127.0.0.1:$PGP/memflush_test?password=QsP%zzw0rd" \
    "QsP" "w0rd"
expect_all_exit "pg query password" 2

# ---- REDIS_URL ------------------------------------------------------------------------
run_all "redis specials" REDIS_URL "redis://:pa:ss/%x@127.0.0.1:$RP/0" "pa:ss" "ss/%x" "/%x@"
expect_all_exit "redis specials" 2
expect_advice "redis specials" REDIS_URL "redis://:pa:ss/%x@127.0.0.1:$RP/0"
run_all "redis bad escape" REDIS_URL "redis://user:hun%zzter@127.0.0.1:$RP/0" "hun%zz" "zzter"
expect_all_exit "redis bad escape" 2
expect_advice "redis bad escape" REDIS_URL "redis://user:hun%zzter@127.0.0.1:$RP/0"
run_all "redis question" REDIS_URL "redis://:Que?Secr3t@127.0.0.1:$RP/0" "Que?" "Secr3t"
expect_all_exit "redis question" 2
run_all "redis slash" REDIS_URL "redis://:RSlash/Secr3t@127.0.0.1:$RP" "RSlash" "Secr3t"
expect_all_exit "redis slash" 2
# well-formed, but this Redis has no password (the server's refusal must not echo it)
run_all "redis wrong password" REDIS_URL "redis://:RWr0ngPw@127.0.0.1:$RP/0" "RWr0ngPw"
run_all "redis wrong user" REDIS_URL "redis://bob:BobPassw0rd@127.0.0.1:$RP/0" "BobPassw0rd"
# unencoded '@' (the last '@' ends the user-info)
run_all "redis at" REDIS_URL "redis://:At@Secr3t@127.0.0.1:$RP/0" "At@Secr3t" "Secr3t"
# a closed port: the connection error names the masked URL
run_all "redis closed port" REDIS_URL "redis://:Cl0sedPortPw@127.0.0.1:1/0" "Cl0sedPortPw"

echo "test_secrets.sh: $checks checks, $fails failed"
[ "$fails" -eq 0 ]
