-- 0003_forget.sql - what memflush forget and memflush prune need (docs/forget.md):
-- the tombstones, the fence that keeps a forgotten turn from coming back, and the
-- least-privilege group role memflush_eraser that may delete.
--
-- Apply after 0002, as the database owner (Supabase: "postgres"; it needs CREATEROLE):
--     psql -v ON_ERROR_STOP=1 -1 -f migrations/0003_forget.sql "$DATABASE_URL"
-- No BEGIN/COMMIT here: -1 wraps the file in one transaction. Applying it twice is harmless.
-- Undo: migrations/rollback/0003_forget.sql.
-- Flushing does not need this file: memflush flush keeps working on a database at version 2;
-- forget and prune refuse (exit 4) until it is applied.
--
-- What it creates:
--   public.memflush_tombstones   one row per forgotten user or conversation: kind ('user' or
--                                'conversation'), id, horizon (turns created before it are
--                                erased and never written again)
--   public.memflush_fence()      AFTER INSERT statement trigger on public.chat_memories
--                                (fires for INSERT and COPY): the rows just inserted of a
--                                tombstoned user or conversation created before the horizon
--                                are deleted again in the same transaction
--   chat_memories_user_id_idx    forget finds a user's rows through it
--   memflush_eraser              NOLOGIN group role: SELECT, DELETE on chat_memories (no
--                                INSERT, UPDATE), SELECT, INSERT, UPDATE on the tombstones,
--                                SELECT on the ledger, and the row level security policies
--                                for exactly that. memflush_writer gets nothing new: the
--                                flusher still cannot delete.
-- Note: CREATE INDEX locks the table against writes while it builds. On a large table,
-- build it first without blocking (outside a transaction), then apply this file:
--     CREATE INDEX CONCURRENTLY IF NOT EXISTS chat_memories_user_id_idx
--         ON public.chat_memories (user_id);

DO $$
BEGIN
    IF to_regclass('public.chat_memories') IS NULL
       OR to_regclass('public.memflush_schema_migrations') IS NULL THEN
        RAISE EXCEPTION 'public.chat_memories does not exist'
            USING HINT = 'apply migrations/0001_chat_memories.sql and 0002_flusher_role.sql first';
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS public.memflush_tombstones (
    kind        text        NOT NULL CHECK (kind IN ('user', 'conversation')),
    id          text        NOT NULL,
    horizon     timestamptz NOT NULL,
    forgotten_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, id)
);
COMMENT ON TABLE public.memflush_tombstones IS
    'memflush: forgotten users and conversations; turns created before horizon are never stored again';
ALTER TABLE public.memflush_tombstones ENABLE ROW LEVEL SECURITY;

CREATE INDEX IF NOT EXISTS chat_memories_user_id_idx ON public.chat_memories (user_id);

-- The fence: an AFTER INSERT statement trigger (it fires for INSERT and COPY) that deletes,
-- within the inserting statement's transaction, the rows just inserted whose user or
-- conversation is tombstoned and whose created_at is before the horizon; no one ever sees
-- them. A statement trigger, not a BEFORE ROW one: a row trigger makes PostgreSQL's COPY
-- insert row by row instead of in buffers, and runs its query once a row; this runs once a
-- statement, and only a probe of an empty table until the first forget (docs/forget.md,
-- "Cost"). SECURITY DEFINER: it deletes as the table's owner, so inserting roles
-- (memflush_writer, service_role) need no DELETE privilege nor access to the tombstones.
-- search_path is pinned so that nothing a caller puts on its path is resolved inside.
-- VOLATILE (the default): in READ COMMITTED each of its queries sees the tombstones committed
-- before it started.
CREATE OR REPLACE FUNCTION public.memflush_fence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.memflush_tombstones) THEN
        RETURN NULL;
    END IF;
    DELETE FROM public.chat_memories c
     USING memflush_new_rows n, public.memflush_tombstones t
     WHERE c.id = n.id
       AND (t.kind, t.id) IN (('user', n.user_id), ('conversation', n.conversation_id))
       AND n.created_at < t.horizon;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION public.memflush_fence() FROM PUBLIC;

DROP TRIGGER IF EXISTS memflush_fence ON public.chat_memories;
CREATE TRIGGER memflush_fence AFTER INSERT ON public.chat_memories
    REFERENCING NEW TABLE AS memflush_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.memflush_fence();

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'memflush_eraser') THEN
        CREATE ROLE memflush_eraser NOLOGIN;
        COMMENT ON ROLE memflush_eraser IS
            'memflush: least-privilege group role for forget and prune (grant it to a LOGIN role)';
    END IF;
END
$$;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO memflush_eraser', current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO memflush_eraser;
-- DELETE also allows LOCK TABLE ... IN SHARE MODE, forget's barrier
GRANT SELECT, DELETE ON TABLE public.chat_memories TO memflush_eraser;
GRANT SELECT, INSERT, UPDATE ON TABLE public.memflush_tombstones TO memflush_eraser;
GRANT SELECT ON TABLE public.memflush_schema_migrations TO memflush_eraser;

DROP POLICY IF EXISTS memflush_eraser_select ON public.chat_memories;
CREATE POLICY memflush_eraser_select ON public.chat_memories
    FOR SELECT TO memflush_eraser USING (true);
DROP POLICY IF EXISTS memflush_eraser_delete ON public.chat_memories;
CREATE POLICY memflush_eraser_delete ON public.chat_memories
    FOR DELETE TO memflush_eraser USING (true);
DROP POLICY IF EXISTS memflush_eraser_all ON public.memflush_tombstones;
CREATE POLICY memflush_eraser_all ON public.memflush_tombstones
    FOR ALL TO memflush_eraser USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS memflush_eraser_select ON public.memflush_schema_migrations;
CREATE POLICY memflush_eraser_select ON public.memflush_schema_migrations
    FOR SELECT TO memflush_eraser USING (true);

-- Supabase: keep the tombstones away from the public REST API, as 0001 does for the turns.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated'] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('REVOKE ALL ON TABLE public.memflush_tombstones FROM %I', r);
        END IF;
    END LOOP;
END
$$;

INSERT INTO public.memflush_schema_migrations (version, name)
VALUES (3, '0003_forget')
ON CONFLICT (version) DO NOTHING;
