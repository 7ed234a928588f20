-- flush_insert.sql - the INSERT method: a batch's records as 9 arrays, one per column
-- ($1 the cids, $2 the conversation ids, ...), sent in binary format. The statement text
-- is the same for every batch and has 9 parameters whatever the row count, so PostgreSQL
-- parses and plans little; unnest() turns the arrays back into rows, in order.
-- Sent first as it is (every cid new: the common case, and the cheapest for the server);
-- when a cid is already in the table (23505) the transaction rolls back and the batch is
-- sent again with flush_insert_skip.sql appended, which skips such rows. The command tag
-- counts the rows inserted.
INSERT INTO {{table}} (cid, conversation_id, user_id, user_message, assistant_message,
                       token_count, reflection, metadata, created_at)
SELECT cid, conversation_id, user_id, user_message, assistant_message,
       token_count, reflection::jsonb, metadata::jsonb, created_at::timestamptz
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
            $6::integer[], $7::text[], $8::text[], $9::text[])
     AS r(cid, conversation_id, user_id, user_message, assistant_message,
          token_count, reflection, metadata, created_at)
