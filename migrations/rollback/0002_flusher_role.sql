-- rollback/0002_flusher_role.sql - undo migrations/0002_flusher_role.sql.
--
-- Never applied forward. Run by a DBA, as the database owner, before rolling back 0001:
--     psql -v ON_ERROR_STOP=1 -1 -f migrations/rollback/0002_flusher_role.sql "$DATABASE_URL"
-- Removes the flusher's policies and privileges in this database, then drops the group role
-- memflush_writer. Roles are global to the cluster: when memflush_writer still holds privileges
-- in another database (0002 applied there too), the role is kept and a NOTICE says so; roll back
-- 0002 in that database as well. Login roles that were members of memflush_writer are left in
-- place (they lose its privileges); drop them yourself. Safe to run twice.

DO $$
BEGIN
    IF to_regclass('public.chat_memories') IS NOT NULL THEN
        DROP POLICY IF EXISTS memflush_writer_insert ON public.chat_memories;
        DROP POLICY IF EXISTS memflush_writer_select ON public.chat_memories;
    END IF;
    IF to_regclass('public.memflush_schema_migrations') IS NOT NULL THEN
        DROP POLICY IF EXISTS memflush_writer_select ON public.memflush_schema_migrations;
    END IF;

    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'memflush_writer') THEN
        IF to_regclass('public.chat_memories') IS NOT NULL THEN
            REVOKE ALL ON TABLE public.chat_memories FROM memflush_writer;
        END IF;
        IF to_regclass('public.memflush_schema_migrations') IS NOT NULL THEN
            REVOKE ALL ON TABLE public.memflush_schema_migrations FROM memflush_writer;
        END IF;
        REVOKE ALL ON SCHEMA public FROM memflush_writer;
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM memflush_writer', current_database());
        BEGIN
            DROP ROLE memflush_writer;
        EXCEPTION WHEN dependent_objects_still_exist THEN
            RAISE NOTICE 'role memflush_writer kept: it still has privileges in another database (%)',
                SQLERRM
                USING HINT = 'apply this rollback in that database too, then run it again here';
        END;
    END IF;

    IF to_regclass('public.memflush_schema_migrations') IS NOT NULL THEN
        DELETE FROM public.memflush_schema_migrations WHERE version = 2;
    END IF;
END
$$;
