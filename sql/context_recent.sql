-- context_recent.sql - the last N turns of a conversation, newest first, each as a turn record
-- (contract section 1) built by the server (memflush context, mf_context_get), used when Redis
-- holds fewer turns than asked or is down. Served by chat_memories_conversation_recent_idx.
-- created_at is rendered in UTC with microseconds, whatever the session's TimeZone.
-- {{table}} is the configured table, quoted by memflush. $1 conversation_id, $2 how many.
SELECT json_build_object(
           'v', 1,
           'cid', cid,
           'conversation_id', conversation_id,
           'user_id', user_id,
           'user_message', user_message,
           'assistant_message', assistant_message,
           'token_count', token_count,
           'created_at', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'reflection', reflection,
           'metadata', metadata)::text
FROM {{table}}
WHERE conversation_id = $1
ORDER BY created_at DESC, id DESC
LIMIT $2::integer
