-- flush_insert.sql - the INSERT method: up to 7281 records per statement (9 parameters
-- each, PostgreSQL allows 65535). memflush replaces the values marker below by the parameter list
-- ($1, $2, ..., $9), ($10, ...), ... - parameters only, never values. A cid already in the
-- table is skipped; the command tag counts the rows inserted. Also used, one record at a
-- time inside savepoints, to find the records PostgreSQL itself refuses.
INSERT INTO {{table}} (cid, conversation_id, user_id, user_message, assistant_message,
                       token_count, reflection, metadata, created_at)
VALUES {{values}}
ON CONFLICT (cid) DO NOTHING
