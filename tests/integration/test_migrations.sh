#!/usr/bin/env bash
# test_migrations.sh - migrations/ and migrations/rollback/ against a real PostgreSQL 15:
# idempotence, rollback, RLS, the writer role's exact privileges, the Supabase default-grant case.
# Runs inside tests/rig.sh run (needs MF_RIG, MF_PG_PORT); knows nothing about the C code.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
: "${MF_RIG:?run me inside tests/rig.sh run (or through tests/run.sh)}"
MIG=migrations
FAILS=0
PASSES=0

pass() { echo "PASS: $*"; PASSES=$((PASSES + 1)); }
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }

# check DESCRIPTION EXPECTED ACTUAL
check() {
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1 (expected '$2', got '$3')"; fi
}

quiet_psql() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
q() { local url=$1; shift; quiet_psql "$url" -c "$*" 2>&1; }

apply_file() { quiet_psql -1 -f "$2" "$1" >/dev/null; }
apply_all() {
    local f
    for f in "$MIG"/[0-9]*.sql; do apply_file "$1" "$f" || return 1; done
}
rollback_all() {
    local f
    for f in $(ls "$MIG"/rollback/[0-9]*.sql | sort -r); do apply_file "$1" "$f" || return 1; done
}
# schema only; pg_dump's random \restrict key lines differ on every run
dump() { pg_dump -s "$1" 2>&1 | grep -Ev '^\\(un)?restrict '; }
version() { q "$1" "SELECT coalesce(max(version),0) FROM public.memflush_schema_migrations"; }

# ---------------------------------------------------------------- apply, twice
DB=$("$MF_RIG" fresh-db mig_plain) || { echo "FAIL: fresh-db"; exit 1; }
nmig=$(ls "$MIG"/[0-9]*.sql | wc -l)

if apply_all "$DB"; then pass "all migrations apply to an empty database"; else fail "apply all"; fi
check "schema version after apply is the number of migrations" "$nmig" "$(version "$DB")"
check "sql/schema_version.sql reads the version" "$nmig" \
    "$(quiet_psql "$DB" -f sql/schema_version.sql 2>&1)"
before=$(dump "$DB")
case "$before" in *"CREATE TABLE public.chat_memories"*) pass "pg_dump -s shows the table" ;;
    *) fail "pg_dump -s does not show the table: $(echo "$before" | head -5)" ;; esac
ledger_before=$(q "$DB" "SELECT version, name, applied_at FROM public.memflush_schema_migrations ORDER BY 1")
if apply_all "$DB"; then pass "applying all migrations again fails nothing"; else fail "second apply failed"; fi
after=$(dump "$DB")
if [ "$before" = "$after" ]; then
    pass "applying again changes nothing (pg_dump -s identical)"
else
    fail "applying again changed the schema:"
    diff <(echo "$before") <(echo "$after") | head -40
fi
check "applying again leaves the migrations ledger alone" "$ledger_before" \
    "$(q "$DB" "SELECT version, name, applied_at FROM public.memflush_schema_migrations ORDER BY 1")"

# each file on its own, twice in a row
for f in "$MIG"/[0-9]*.sql; do
    if apply_file "$DB" "$f" && apply_file "$DB" "$f"; then
        pass "$(basename "$f") applies twice in a row"
    else
        fail "$(basename "$f") failed when applied twice"
    fi
done

# ---------------------------------------------------------------- the table
check "RLS enabled on chat_memories" t \
    "$(q "$DB" "SELECT relrowsecurity FROM pg_class WHERE oid = 'public.chat_memories'::regclass")"
check "RLS enabled on memflush_schema_migrations" t \
    "$(q "$DB" "SELECT relrowsecurity FROM pg_class WHERE oid = 'public.memflush_schema_migrations'::regclass")"
check "unique constraint chat_memories_cid_key on (cid)" "u|{cid}" \
    "$(q "$DB" "SELECT c.contype, (SELECT array_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a
                WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey))
                FROM pg_constraint c WHERE c.conname = 'chat_memories_cid_key'
                AND c.conrelid = 'public.chat_memories'::regclass")"
check "index on (conversation_id, created_at DESC, id DESC)" 1 \
    "$(q "$DB" "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'chat_memories'
                AND indexdef LIKE '%(conversation_id, created_at DESC, id DESC)%'")"
check "columns, types and nullability" \
    "id|bigint|NO
cid|text|NO
conversation_id|text|NO
user_id|text|NO
user_message|text|NO
assistant_message|text|NO
token_count|integer|NO
reflection|jsonb|YES
metadata|jsonb|NO
created_at|timestamp with time zone|NO
flushed_at|timestamp with time zone|NO" \
    "$(q "$DB" "SELECT column_name, data_type, is_nullable FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = 'chat_memories' ORDER BY ordinal_position")"

ins="INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message, assistant_message,
     token_count, created_at) VALUES"
q "$DB" "$ins ('a', 'c', 'u', '', '', 0, now())" >/dev/null
check "defaults: metadata {} and reflection NULL, flushed_at set" "{}|t|t" \
    "$(q "$DB" "SELECT metadata, reflection IS NULL, flushed_at IS NOT NULL FROM public.chat_memories WHERE cid = 'a'")"
out=$(q "$DB" "$ins ('a', 'c', 'u', 'x', 'y', 1, now())")
case "$out" in *chat_memories_cid_key*) pass "a duplicate cid is refused by chat_memories_cid_key" ;;
    *) fail "duplicate cid not refused: $out" ;; esac
check "ON CONFLICT (cid) DO NOTHING keeps one row" 1 \
    "$(q "$DB" "$ins ('a', 'c', 'u', 'x', 'y', 1, now()) ON CONFLICT (cid) DO NOTHING;
                SELECT count(*) FROM public.chat_memories WHERE cid = 'a'")"
for bad in "('', 'c', 'u', '', '', 0, now())" "(repeat('x', 129), 'c', 'u', '', '', 0, now())" \
           "('b', 'c', 'u', '', '', -1, now())" "('b', '', 'u', '', '', 0, now())"; do
    out=$(q "$DB" "$ins $bad")
    case "$out" in *"violates check constraint"*) pass "check constraint refuses $bad" ;;
        *) fail "not refused: $bad: $out" ;; esac
done
check "a 128-byte cid is accepted" 1 \
    "$(q "$DB" "$ins (repeat('é', 64), 'c', 'u', '', '', 0, now()) RETURNING 1")"

# ---------------------------------------------------------------- rollback
out=$(apply_file "$DB" "$MIG/rollback/0001_chat_memories.sql" 2>&1)
case "$out" in *"later memflush migrations"*) pass "rollback 0001 refuses while 0002 is applied" ;;
    *) fail "rollback 0001 did not refuse while 0002 is applied: $out" ;; esac
apply_file "$DB" "$MIG/rollback/0003_forget.sql" ||
    fail "rollback 0003 failed"
apply_file "$DB" "$MIG/rollback/0002_flusher_role.sql" ||
    fail "rollback 0002 failed"
out=$(apply_file "$DB" "$MIG/rollback/0001_chat_memories.sql" 2>&1)
case "$out" in *"still has rows"*) pass "rollback 0001 refuses while the table has rows" ;;
    *) fail "rollback 0001 did not refuse with rows: $out" ;; esac
check "the refused rollback kept the rows" 2 "$(q "$DB" "SELECT count(*) FROM public.chat_memories")"
q "$DB" "TRUNCATE public.chat_memories" >/dev/null
apply_all "$DB" >/dev/null || fail "re-apply before full rollback"
if rollback_all "$DB"; then pass "rollbacks apply in reverse order on an empty table"; else fail "rollback_all"; fi
check "rollback removed both tables" "|" \
    "$(q "$DB" "SELECT to_regclass('public.chat_memories'), to_regclass('public.memflush_schema_migrations')")"
check "rollback removed the policies" 0 "$(q "$DB" "SELECT count(*) FROM pg_policies WHERE policyname LIKE 'memflush%'")"
if rollback_all "$DB"; then pass "rollbacks are harmless when applied twice"; else fail "second rollback failed"; fi
if apply_all "$DB"; then pass "migrations apply again after rollback"; else fail "apply after rollback"; fi
after_reapply=$(dump "$DB")
if [ "$before" = "$after_reapply" ]; then pass "apply, rollback, apply gives the same schema"
else fail "schema differs after rollback and re-apply:"; diff <(echo "$before") <(echo "$after_reapply") | head -40; fi

# ---------------------------------------------------------------- memflush_writer privileges
acl() { # acl DB OBJECT-KIND-SQL: privileges of memflush_writer as a sorted list
    q "$1" "SELECT coalesce(string_agg(privilege_type, ',' ORDER BY privilege_type), '')
            FROM ($2) s(acl), aclexplode(s.acl) e
            WHERE e.grantee = 'memflush_writer'::regrole"
}
check "role memflush_writer is NOLOGIN, no superuser/createrole/createdb/bypassrls" "f|f|f|f|f" \
    "$(q "$DB" "SELECT rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = 'memflush_writer'")"
check "writer on chat_memories: exactly INSERT, SELECT" "INSERT,SELECT" \
    "$(acl "$DB" "SELECT relacl FROM pg_class WHERE oid = 'public.chat_memories'::regclass")"
check "writer on memflush_schema_migrations: exactly SELECT" "SELECT" \
    "$(acl "$DB" "SELECT relacl FROM pg_class WHERE oid = 'public.memflush_schema_migrations'::regclass")"
check "writer on schema public: exactly USAGE" "USAGE" \
    "$(acl "$DB" "SELECT nspacl FROM pg_namespace WHERE nspname = 'public'")"
check "writer on the database: exactly CONNECT, TEMPORARY" "CONNECT,TEMPORARY" \
    "$(acl "$DB" "SELECT datacl FROM pg_database WHERE datname = current_database()")"
check "writer has no column-level grants" 0 \
    "$(q "$DB" "SELECT count(*) FROM pg_attribute a, aclexplode(a.attacl) e
                WHERE a.attrelid IN ('public.chat_memories'::regclass, 'public.memflush_schema_migrations'::regclass)
                AND e.grantee = 'memflush_writer'::regrole")"
check "writer has no grants on any other relation" 0 \
    "$(q "$DB" "SELECT count(*) FROM pg_class c, aclexplode(c.relacl) e
                WHERE e.grantee = 'memflush_writer'::regrole
                AND c.oid NOT IN ('public.chat_memories'::regclass, 'public.memflush_schema_migrations'::regclass)")"
check "effective privileges on chat_memories (select,insert,update,delete,truncate,references,trigger)" \
    "t|t|f|f|f|f|f" \
    "$(q "$DB" "SELECT has_table_privilege('memflush_writer', 'public.chat_memories', 'SELECT'),
                has_table_privilege('memflush_writer', 'public.chat_memories', 'INSERT'),
                has_table_privilege('memflush_writer', 'public.chat_memories', 'UPDATE'),
                has_table_privilege('memflush_writer', 'public.chat_memories', 'DELETE'),
                has_table_privilege('memflush_writer', 'public.chat_memories', 'TRUNCATE'),
                has_table_privilege('memflush_writer', 'public.chat_memories', 'REFERENCES'),
                has_table_privilege('memflush_writer', 'public.chat_memories', 'TRIGGER')")"
check "eraser: SELECT DELETE on chat_memories, no INSERT UPDATE TRUNCATE" \
    "t|t|f|f|f" \
    "$(q "$DB" "SELECT has_table_privilege('memflush_eraser', 'public.chat_memories', 'SELECT'),
                has_table_privilege('memflush_eraser', 'public.chat_memories', 'DELETE'),
                has_table_privilege('memflush_eraser', 'public.chat_memories', 'INSERT'),
                has_table_privilege('memflush_eraser', 'public.chat_memories', 'UPDATE'),
                has_table_privilege('memflush_eraser', 'public.chat_memories', 'TRUNCATE')")"
check "the flusher's role cannot delete or write tombstones" "f|f" \
    "$(q "$DB" "SELECT has_table_privilege('memflush_writer', 'public.chat_memories', 'DELETE'),
                has_table_privilege('memflush_writer', 'public.memflush_tombstones', 'INSERT')")"
check "policies on chat_memories and the ledger" \
    "chat_memories|memflush_eraser_delete|DELETE|{memflush_eraser}
chat_memories|memflush_eraser_select|SELECT|{memflush_eraser}
chat_memories|memflush_writer_insert|INSERT|{memflush_writer}
chat_memories|memflush_writer_select|SELECT|{memflush_writer}
memflush_schema_migrations|memflush_eraser_select|SELECT|{memflush_eraser}
memflush_schema_migrations|memflush_writer_select|SELECT|{memflush_writer}
memflush_tombstones|memflush_eraser_all|ALL|{memflush_eraser}" \
    "$(q "$DB" "SELECT tablename, policyname, cmd, roles FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2")"

# ---------------------------------------------------------------- as the login role
if [ -n "${MF_WRITER_URL:-}" ]; then
    W=${DB/postgres@/mf_writer_login:s3cret-Test-pw@}
    wq() { q "$W" "$@"; }
    check "login role connects with its password and is not the owner" "mf_writer_login|f" \
        "$(wq "SELECT current_user, pg_has_role('postgres', 'MEMBER')")"
    check "writer reads the schema version through RLS" "$nmig" "$(quiet_psql "$W" -f sql/schema_version.sql 2>&1)"
    check "writer: INSERT ... ON CONFLICT DO NOTHING inserts" "w1" \
        "$(wq "$ins ('w1', 'cw', 'u', 'hi', 'ho', 3, now()) ON CONFLICT (cid) DO NOTHING RETURNING cid")"
    check "writer: the same cid again is a no-op" "0" \
        "$(wq "WITH i AS ($ins ('w1', 'cw', 'u', 'hi', 'ho', 3, now()) ON CONFLICT (cid) DO NOTHING RETURNING 1)
               SELECT count(*) FROM i")"
    check "writer: SELECT sees the row" "w1|3" "$(wq "SELECT cid, token_count FROM public.chat_memories WHERE conversation_id = 'cw'")"
    out=$(wq "UPDATE public.chat_memories SET token_count = 9")
    case "$out" in *"permission denied"*) pass "writer: UPDATE refused" ;; *) fail "writer UPDATE not refused: $out" ;; esac
    out=$(wq "DELETE FROM public.chat_memories")
    case "$out" in *"permission denied"*) pass "writer: DELETE refused" ;; *) fail "writer DELETE not refused: $out" ;; esac
    out=$(wq "TRUNCATE public.chat_memories")
    case "$out" in *"permission denied"*) pass "writer: TRUNCATE refused" ;; *) fail "writer TRUNCATE not refused: $out" ;; esac
    out=$(wq "INSERT INTO public.memflush_schema_migrations (version, name) VALUES (99, 'x')")
    case "$out" in *"permission denied"*) pass "writer: cannot write the ledger" ;; *) fail "writer wrote the ledger: $out" ;; esac
    out=$(wq "CREATE TABLE public.writer_made (x int)")
    case "$out" in *"permission denied"*) pass "writer: cannot create tables in public" ;; *) fail "writer created a table: $out" ;; esac
    row=$'w2\tcw\tu\tm\ta\t1\t2024-01-02 03:04:05.123456+00'
    out=$(printf '%s\n' "$row" | quiet_psql "$W" -c "COPY public.chat_memories (cid, conversation_id, user_id,
          user_message, assistant_message, token_count, created_at) FROM STDIN" 2>&1)
    case "$out" in *"row-level security"*) pass "writer: COPY FROM into the table is refused (RLS)" ;;
        *) fail "writer COPY FROM not refused by RLS: $out" ;; esac
    out=$(printf '%s\n' "$row" | quiet_psql "$W" -1 \
          -c "CREATE TEMP TABLE stage (cid text, conversation_id text, user_id text, user_message text,
                assistant_message text, token_count integer, reflection jsonb,
                metadata jsonb DEFAULT '{}', created_at timestamptz) ON COMMIT DROP" \
          -c "COPY stage (cid, conversation_id, user_id, user_message, assistant_message, token_count, created_at) FROM STDIN" \
          -c "INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message, assistant_message,
                token_count, reflection, metadata, created_at)
              SELECT cid, conversation_id, user_id, user_message, assistant_message, token_count, reflection,
                metadata, created_at FROM stage ON CONFLICT (cid) DO NOTHING" 2>&1)
    check "writer: COPY into a temp table + INSERT ... SELECT works" "" "$out"
    check "writer: the staged row arrived with microseconds" "w2|2024-01-02 03:04:05.123456+00" \
        "$(q "$DB" "SET TIME ZONE 'UTC'; SELECT cid, created_at FROM public.chat_memories WHERE cid = 'w2'")"
    check "rig DB: MF_WRITER_URL can insert and read" "1" \
        "$(q "$MF_WRITER_URL" "BEGIN; $ins ('rigw', 'c', 'u', '', '', 0, now()) ON CONFLICT DO NOTHING;
            SELECT count(*) FROM public.chat_memories WHERE cid = 'rigw'; ROLLBACK")"
    out=$(psql -X -q -At "${MF_WRITER_URL/s3cret-Test-pw/wrong-pw}" -c 'select 1' 2>&1)
    case "$out" in *"password authentication failed"*) pass "a wrong password is refused" ;;
        *) fail "wrong password not refused: $out" ;; esac
else
    fail "MF_WRITER_URL not set: run inside tests/rig.sh"
fi

# ---------------------------------------------------------------- Supabase default privileges
created_roles=()
for r in anon authenticated service_role; do
    if [ "$(q "$DB" "SELECT count(*) FROM pg_roles WHERE rolname = '$r'")" = 0 ]; then
        q "$DB" "CREATE ROLE $r NOLOGIN" >/dev/null && created_roles+=("$r")
    fi
done
SB=$("$MF_RIG" fresh-db mig_supabase) || fail "fresh-db mig_supabase"
q "$SB" "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
         ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO anon, authenticated, service_role;
         GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role" >/dev/null
# prove the simulation is real: a table created the same way does get the grants
check "Supabase simulation: a plain new table is granted to anon" t \
    "$(q "$SB" "CREATE TABLE public.probe (x int); SELECT has_table_privilege('anon', 'public.probe', 'SELECT')")"
q "$SB" "DROP TABLE public.probe" >/dev/null
if apply_all "$SB" && apply_all "$SB"; then pass "migrations apply (twice) with Supabase's roles"; else fail "apply on Supabase simulation"; fi
for r in anon authenticated; do
    for t in public.chat_memories public.memflush_schema_migrations; do
        check "$r has no privilege at all on $t" "f" \
            "$(q "$SB" "SELECT bool_or(has_table_privilege('$r', '$t', p))
                        FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p")"
    done
    check "$r has no privilege on the id sequence" "f" \
        "$(q "$SB" "SELECT bool_or(has_sequence_privilege('$r', pg_get_serial_sequence('public.chat_memories', 'id'), p))
                    FROM unnest(ARRAY['SELECT','USAGE','UPDATE']) p")"
    check "$r has no policy" 0 "$(q "$SB" "SELECT count(*) FROM pg_policies WHERE '$r' = ANY (roles)")"
done
rollback_all "$SB" || fail "rollback on Supabase simulation"
q "$MF_PG_SUPERUSER_URL" "DROP DATABASE IF EXISTS mig_supabase WITH (FORCE)" >/dev/null
for r in "${created_roles[@]}"; do
    q "$MF_PG_SUPERUSER_URL" "DROP ROLE $r" >/dev/null || fail "could not drop role $r"
done

# ---------------------------------------------------------------- rollback 0002 in one DB keeps the role
# memflush_writer is global; the rig's own database still uses it, so rolling back mig_plain
# must keep the role (with a NOTICE) and the rig's writer must keep working.
apply_file "$DB" "$MIG/rollback/0003_forget.sql" || fail "rollback 0003 in a second database"
apply_file "$DB" "$MIG/rollback/0002_flusher_role.sql" || fail "rollback 0002 in a second database"
check "rollback 0002 in one database keeps the role other databases use" 1 \
    "$(q "$DB" "SELECT count(*) FROM pg_roles WHERE rolname = 'memflush_writer'")"
check "rollback 0002 removed its privileges in that database" "" \
    "$(acl "$DB" "SELECT relacl FROM pg_class WHERE oid = 'public.chat_memories'::regclass")"
check "rollback 0002 removed the version row" 1 "$(version "$DB")"
check "the rig database's writer still works" 1 \
    "$(q "$MF_WRITER_URL" "SELECT count(*) FROM (SELECT 1 FROM public.memflush_schema_migrations LIMIT 1) s")"
q "$MF_PG_SUPERUSER_URL" "DROP DATABASE IF EXISTS mig_plain WITH (FORCE)" >/dev/null

echo "test_migrations: $PASSES passed, $FAILS failed"
[ "$FAILS" -eq 0 ]
