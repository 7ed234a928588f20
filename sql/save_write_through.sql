-- save_write_through.sql - write-through: insert one turn at once (memflush push --write-through,
-- mf_save with MF_WRITE_THROUGH). The turn was already queued in Redis; when this insert fails
-- nothing is lost, and when it succeeds the later flush of the queued copy is a no-op thanks to
-- ON CONFLICT (cid) DO NOTHING. {{table}} is the configured table, quoted by memflush.
-- Runs inside save_write_through_begin.sql's transaction (which bounds its run time).
-- $1 cid, $2 conversation_id, $3 user_id, $4 user_message, $5 assistant_message,
-- $6 token_count, $7 reflection (JSON object text or NULL), $8 metadata (JSON object text),
-- $9 created_at (RFC 3339 text with an offset).
INSERT INTO {{table}}
    (cid, conversation_id, user_id, user_message, assistant_message,
     token_count, reflection, metadata, created_at)
VALUES ($1, $2, $3, $4, $5, $6::integer, $7::jsonb, $8::jsonb, $9::timestamptz)
ON CONFLICT (cid) DO NOTHING
