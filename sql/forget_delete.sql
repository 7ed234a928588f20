-- forget_delete.sql - memflush forget, step 4: delete one batch of a user's or a conversation's
-- rows created before the horizon, in its own short transaction (run until it deletes nothing).
-- $1 'user' or 'conversation', $2 the id, $3 the horizon in Unix microseconds, $4 batch size.
-- The unused branch folds away when planned with the values: the user branch goes through
-- chat_memories_user_id_idx, the conversation one through chat_memories_conversation_recent_idx.
DELETE FROM {{table}}
WHERE ctid = ANY (ARRAY(
    SELECT ctid FROM {{table}}
    WHERE (($1 = 'user' AND user_id = $2) OR ($1 = 'conversation' AND conversation_id = $2))
      AND created_at < 'epoch'::timestamptz + $3::bigint * interval '1 microsecond'
    LIMIT $4::integer))
