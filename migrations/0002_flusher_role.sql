-- 0002_flusher_role.sql - the least-privilege group role the flusher can log in through.
--
-- Apply after 0001, as the database owner (Supabase: "postgres"; it needs CREATEROLE):
--     psql -v ON_ERROR_STOP=1 -1 -f migrations/0002_flusher_role.sql "$DATABASE_URL"
-- No BEGIN/COMMIT here: -1 wraps the file in one transaction. Applying it twice is harmless.
-- Undo: migrations/rollback/0002_flusher_role.sql.
--
-- memflush_writer is a NOLOGIN group role holding exactly what flushing and context reads
-- need, nothing more:
--   CONNECT, TEMPORARY on this database   TEMPORARY: for the COPY staging table of memflush
--                                         before 2026-11-21; no longer used (see docs/flush.md)
--   USAGE on schema public
--   SELECT, INSERT on public.chat_memories (no UPDATE, DELETE, TRUNCATE: rows are append-only)
--   SELECT on public.memflush_schema_migrations (memflush checks the schema version)
--   row level security policies letting it insert and read those rows
-- Give the flusher a login of its own that inherits it, for example:
--     CREATE ROLE memflush_login LOGIN PASSWORD '...' IN ROLE memflush_writer;
-- Note: COPY ... FROM into a table whose RLS applies to the user is refused by PostgreSQL,
-- so a flusher logged in this way writes with INSERT ... ON CONFLICT DO NOTHING.

-- Refuse clearly instead of failing on a missing relation halfway through.
DO $$
BEGIN
    IF to_regclass('public.chat_memories') IS NULL
       OR to_regclass('public.memflush_schema_migrations') IS NULL THEN
        RAISE EXCEPTION 'public.chat_memories does not exist'
            USING HINT = 'apply migrations/0001_chat_memories.sql first';
    END IF;
END
$$;

-- Roles are global to the cluster: create it only when no earlier database created it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'memflush_writer') THEN
        CREATE ROLE memflush_writer NOLOGIN;
        COMMENT ON ROLE memflush_writer IS
            'memflush: least-privilege group role for the flusher (grant it to a LOGIN role)';
    END IF;
END
$$;

-- Database-level privileges name the database, which a migration cannot hard-code.
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO memflush_writer',
                   current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO memflush_writer;
GRANT SELECT, INSERT ON TABLE public.chat_memories TO memflush_writer;
GRANT SELECT ON TABLE public.memflush_schema_migrations TO memflush_writer;

-- Row level security stays on; these policies are what the writer needs. Dropped and created
-- again so that applying the file twice leaves exactly one of each.
DROP POLICY IF EXISTS memflush_writer_insert ON public.chat_memories;
CREATE POLICY memflush_writer_insert ON public.chat_memories
    FOR INSERT TO memflush_writer WITH CHECK (true);

DROP POLICY IF EXISTS memflush_writer_select ON public.chat_memories;
CREATE POLICY memflush_writer_select ON public.chat_memories
    FOR SELECT TO memflush_writer USING (true);

-- Without this policy the writer would read max(version) as 0 from the RLS-protected ledger.
DROP POLICY IF EXISTS memflush_writer_select ON public.memflush_schema_migrations;
CREATE POLICY memflush_writer_select ON public.memflush_schema_migrations
    FOR SELECT TO memflush_writer USING (true);

INSERT INTO public.memflush_schema_migrations (version, name)
VALUES (2, '0002_flusher_role')
ON CONFLICT (version) DO NOTHING;
