-- flush_stage_insert.sql - move the staged batch into the table. A cid already in the table
-- is skipped (a re-delivered batch is harmless); the command tag counts the rows inserted.
INSERT INTO {{table}} (cid, conversation_id, user_id, user_message, assistant_message,
                       token_count, reflection, metadata, created_at)
SELECT cid, conversation_id, user_id, user_message, assistant_message,
       token_count, reflection, metadata, created_at
FROM memflush_stage
ORDER BY ord
ON CONFLICT (cid) DO NOTHING
