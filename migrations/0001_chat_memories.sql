-- 0001_chat_memories.sql - the table memflush flushes conversation turns into.
--
-- Apply as the database owner (Supabase: the "postgres" role), once, in order:
--     psql -v ON_ERROR_STOP=1 -1 -f migrations/0001_chat_memories.sql "$DATABASE_URL"
-- -1 wraps the whole file in one transaction, so there is no BEGIN/COMMIT here.
-- Applying it again changes nothing and fails nothing (IF NOT EXISTS everywhere).
-- Works on plain PostgreSQL 15+ and on Supabase. Undo: migrations/rollback/0001_chat_memories.sql.
--
-- What it creates:
--   public.chat_memories              one row per conversation turn; cid is the idempotency key
--   public.memflush_schema_migrations one row per applied migration; memflush reads
--                                     max(version) and refuses to run when it is too old
-- Row level security is enabled on both: without a policy, no role except the owner and
-- BYPASSRLS roles sees or writes a row. 0002_flusher_role.sql adds the flusher's policies.

-- The migrations ledger. Every migration file inserts its own row at its end.
CREATE TABLE IF NOT EXISTS public.memflush_schema_migrations (
    version    integer     PRIMARY KEY,
    name       text        NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.memflush_schema_migrations IS
    'memflush: applied schema migrations (migrations/NNNN_name.sql); memflush checks max(version)';
ALTER TABLE public.memflush_schema_migrations ENABLE ROW LEVEL SECURITY;

-- The turns. Column meanings follow the turn record of the memflush contract (section 1).
CREATE TABLE IF NOT EXISTS public.chat_memories (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cid               text        NOT NULL,
    conversation_id   text        NOT NULL,
    user_id           text        NOT NULL,
    user_message      text        NOT NULL,
    assistant_message text        NOT NULL,
    token_count       integer     NOT NULL,
    reflection        jsonb       NULL,
    metadata          jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz NOT NULL,
    flushed_at        timestamptz NOT NULL DEFAULT now(),
    -- the idempotency key: the flusher writes with ON CONFLICT (cid) DO NOTHING
    CONSTRAINT chat_memories_cid_key UNIQUE (cid),
    CONSTRAINT chat_memories_cid_len CHECK (octet_length(cid) BETWEEN 1 AND 128),
    CONSTRAINT chat_memories_conversation_id_len
        CHECK (octet_length(conversation_id) BETWEEN 1 AND 256),
    CONSTRAINT chat_memories_user_id_len CHECK (octet_length(user_id) BETWEEN 1 AND 256),
    CONSTRAINT chat_memories_token_count_nonneg CHECK (token_count >= 0)
);
COMMENT ON TABLE public.chat_memories IS
    'memflush: conversation turns flushed from Redis; one row per cid (idempotency key)';
COMMENT ON COLUMN public.chat_memories.cid IS
    'unique id of the turn (1-128 bytes), chosen by the producer; the same cid twice is one row';
COMMENT ON COLUMN public.chat_memories.created_at IS
    'when the turn happened (from the record), to the microsecond';
COMMENT ON COLUMN public.chat_memories.flushed_at IS
    'when the row reached PostgreSQL';

-- "The last N turns of a conversation": WHERE conversation_id = $1
-- ORDER BY created_at DESC, id DESC LIMIT N is one index range scan.
CREATE INDEX IF NOT EXISTS chat_memories_conversation_recent_idx
    ON public.chat_memories (conversation_id, created_at DESC, id DESC);

ALTER TABLE public.chat_memories ENABLE ROW LEVEL SECURITY;

-- Supabase grants ALL on every new table in schema public to anon, authenticated and
-- service_role through default privileges. memflush's data must never be readable through
-- the public REST API, so take everything back from anon and authenticated (service_role
-- is the backend's own key and bypasses RLS anyway). On plain PostgreSQL these roles do
-- not exist and this block does nothing.
DO $$
DECLARE
    r   text;
    seq text := pg_get_serial_sequence('public.chat_memories', 'id');
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated'] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('REVOKE ALL ON TABLE public.chat_memories FROM %I', r);
            EXECUTE format('REVOKE ALL ON TABLE public.memflush_schema_migrations FROM %I', r);
            IF seq IS NOT NULL THEN
                EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %I', seq, r);
            END IF;
        END IF;
    END LOOP;
END
$$;

INSERT INTO public.memflush_schema_migrations (version, name)
VALUES (1, '0001_chat_memories')
ON CONFLICT (version) DO NOTHING;
