-- flush_copy_direct.sql - the fast form of the COPY method: the batch straight into the table,
-- sent as one query, with no BEGIN or COMMIT (memflush replaces {{timeout_ms}} by
-- --statement-timeout-ms, an integer, and {{table}} by the quoted table). The
-- statements of one query form one implicit transaction: PostgreSQL commits it when the COPY
-- succeeds and rolls it back by itself when anything fails, so the transaction ends without
-- waiting for memflush either way (the server commits while memflush prepares the next batch,
-- and a transaction pooler gets its server connection back even when the COPY failed).
-- Tried first; when it fails because a cid is already in the table (23505: a re-delivered
-- batch) or because row level security applies to the writer (0A000, 42501: COPY FROM is
-- refused then), the batch is written again through the INSERT of flush_insert.sql.
-- Deferred constraints are checked at the COPY, as in flush_begin.sql.
SET LOCAL statement_timeout = {{timeout_ms}};
SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
SET CONSTRAINTS ALL IMMEDIATE;
COPY {{table}} (cid, conversation_id, user_id, user_message, assistant_message,
                token_count, reflection, metadata, created_at) FROM STDIN
