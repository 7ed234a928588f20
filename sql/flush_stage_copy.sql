-- flush_stage_copy.sql - the batch, in COPY text format, one line per record.
COPY memflush_stage (ord, cid, conversation_id, user_id, user_message, assistant_message,
                     token_count, reflection, metadata, created_at) FROM STDIN
