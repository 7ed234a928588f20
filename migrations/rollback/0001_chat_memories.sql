-- rollback/0001_chat_memories.sql - undo migrations/0001_chat_memories.sql.
--
-- Never applied forward. Roll back 0002 first, then, as the database owner:
--     psql -v ON_ERROR_STOP=1 -1 -f migrations/rollback/0001_chat_memories.sql "$DATABASE_URL"
-- Drops public.chat_memories and public.memflush_schema_migrations. It refuses (and changes
-- nothing) while chat_memories still holds rows: this rollback never deletes conversation
-- data. Move the rows elsewhere or TRUNCATE the table yourself first. Safe to run twice.

DO $$
BEGIN
    -- (nested IFs: a PL/pgSQL expression naming a missing table fails even behind AND)
    IF to_regclass('public.memflush_schema_migrations') IS NOT NULL THEN
        IF EXISTS (SELECT 1 FROM public.memflush_schema_migrations WHERE version > 1) THEN
            RAISE EXCEPTION 'later memflush migrations are still applied (versions: %)',
                (SELECT string_agg(version::text, ', ' ORDER BY version)
                   FROM public.memflush_schema_migrations WHERE version > 1)
                USING HINT = 'apply the files in migrations/rollback/ in reverse order, newest first';
        END IF;
    END IF;

    IF to_regclass('public.chat_memories') IS NOT NULL THEN
        IF EXISTS (SELECT 1 FROM public.chat_memories LIMIT 1) THEN
            RAISE EXCEPTION 'public.chat_memories still has rows; refusing to drop conversation data'
                USING HINT = 'move the rows elsewhere or TRUNCATE public.chat_memories first, '
                             'then run this rollback again';
        END IF;
    END IF;

    DROP TABLE IF EXISTS public.chat_memories;
    DROP TABLE IF EXISTS public.memflush_schema_migrations;
END
$$;
