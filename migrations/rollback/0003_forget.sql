-- rollback/0003_forget.sql - undo migrations/0003_forget.sql.
--
-- Never applied forward. Run by a DBA, as the database owner, before rolling back 0002:
--     psql -v ON_ERROR_STOP=1 -1 -f migrations/rollback/0003_forget.sql "$DATABASE_URL"
-- Drops the fence trigger and its function, the eraser's policies and privileges, the group
-- role memflush_eraser (kept with a NOTICE while it has privileges in another database),
-- the user_id index and public.memflush_tombstones. Warning: without the tombstones a
-- flusher that still holds a forgotten turn could write it again; roll back only when no
-- forget ran in the last lease period. Safe to run twice.

DO $$
BEGIN
    IF to_regclass('public.chat_memories') IS NOT NULL THEN
        DROP TRIGGER IF EXISTS memflush_fence ON public.chat_memories;
        DROP POLICY IF EXISTS memflush_eraser_select ON public.chat_memories;
        DROP POLICY IF EXISTS memflush_eraser_delete ON public.chat_memories;
        DROP INDEX IF EXISTS public.chat_memories_user_id_idx;
    END IF;
    IF to_regclass('public.memflush_schema_migrations') IS NOT NULL THEN
        DROP POLICY IF EXISTS memflush_eraser_select ON public.memflush_schema_migrations;
    END IF;
    DROP FUNCTION IF EXISTS public.memflush_fence();

    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'memflush_eraser') THEN
        IF to_regclass('public.chat_memories') IS NOT NULL THEN
            REVOKE ALL ON TABLE public.chat_memories FROM memflush_eraser;
        END IF;
        IF to_regclass('public.memflush_schema_migrations') IS NOT NULL THEN
            REVOKE ALL ON TABLE public.memflush_schema_migrations FROM memflush_eraser;
        END IF;
        IF to_regclass('public.memflush_tombstones') IS NOT NULL THEN
            REVOKE ALL ON TABLE public.memflush_tombstones FROM memflush_eraser;
        END IF;
        REVOKE ALL ON SCHEMA public FROM memflush_eraser;
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM memflush_eraser', current_database());
    END IF;

    DROP TABLE IF EXISTS public.memflush_tombstones;

    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'memflush_eraser') THEN
        BEGIN
            DROP ROLE memflush_eraser;
        EXCEPTION WHEN dependent_objects_still_exist THEN
            RAISE NOTICE 'role memflush_eraser kept: it still has privileges in another database (%)',
                SQLERRM
                USING HINT = 'apply this rollback in that database too, then run it again here';
        END;
    END IF;

    IF to_regclass('public.memflush_schema_migrations') IS NOT NULL THEN
        DELETE FROM public.memflush_schema_migrations WHERE version = 3;
    END IF;
END
$$;
