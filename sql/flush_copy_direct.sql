-- flush_copy_direct.sql - the fast form of the COPY method: the batch straight into the table,
-- then COMMIT, sent as one query (the server commits while memflush prepares the next batch).
-- Tried first; when it fails because a cid is already in the table (23505: a re-delivered
-- batch) or because row level security applies to the writer (0A000, 42501: COPY FROM is
-- refused then), the transaction is rolled back and the batch is written again through the
-- INSERT of flush_insert.sql, which skips existing cids and counts them.
COPY {{table}} (cid, conversation_id, user_id, user_message, assistant_message,
                token_count, reflection, metadata, created_at) FROM STDIN;
COMMIT
