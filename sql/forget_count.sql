-- forget_count.sql - memflush forget without --yes: how many rows it would delete. Read-only.
-- $1 'user' or 'conversation', $2 the id.
SELECT count(*) FROM {{table}}
WHERE ($1 = 'user' AND user_id = $2) OR ($1 = 'conversation' AND conversation_id = $2)
