-- flush_stage_create.sql - the staging table the COPY method writes into. COPY FROM is
-- refused on a table whose row level security applies to the writer, so a batch is copied
-- here and then inserted with flush_stage_insert.sql (which RLS policies do allow).
-- ON COMMIT DROP: it lives only inside this transaction (safe behind a transaction pooler).
-- ord keeps the batch's order, so rows are inserted (and get their ids) in queue order.
CREATE TEMP TABLE memflush_stage (
    ord               integer     NOT NULL,
    cid               text        NOT NULL,
    conversation_id   text        NOT NULL,
    user_id           text        NOT NULL,
    user_message      text        NOT NULL,
    assistant_message text        NOT NULL,
    token_count       integer     NOT NULL,
    reflection        jsonb       NULL,
    metadata          jsonb       NOT NULL,
    created_at        timestamptz NOT NULL
) ON COMMIT DROP
