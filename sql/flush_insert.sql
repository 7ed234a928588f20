-- flush_insert.sql - the INSERT method: a batch's records as 9 arrays, one per column
-- ($1 the cids, $2 the conversation ids, ...), sent in binary format. The statement text
-- is the same for every batch and has 9 parameters whatever the row count, so PostgreSQL
-- parses and plans little; unnest() turns the arrays back into rows, in order.
-- A cid already in the table is skipped; the command tag counts the rows inserted.
-- Also used, a few records at a time inside savepoints, to find the records PostgreSQL
-- itself refuses.
INSERT INTO {{table}} (cid, conversation_id, user_id, user_message, assistant_message,
                       token_count, reflection, metadata, created_at)
SELECT cid, conversation_id, user_id, user_message, assistant_message,
       token_count, reflection::jsonb, metadata::jsonb, created_at::timestamptz
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
            $6::integer[], $7::text[], $8::text[], $9::text[])
     AS r(cid, conversation_id, user_id, user_message, assistant_message,
          token_count, reflection, metadata, created_at)
ON CONFLICT (cid) DO NOTHING
