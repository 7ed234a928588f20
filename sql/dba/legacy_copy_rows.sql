-- legacy_copy_rows.sql - copy the Python backend's existing rows into memflush's table, once.
--
-- A DBA script, NOT run by the memflush binary (it lives in sql/dba/, which is not compiled in).
-- Run it as the owner of both tables (Supabase: the "postgres" role):
--
--     psql -v ON_ERROR_STOP=1 -1 -f sql/dba/legacy_copy_rows.sql "$DATABASE_URL"
--     psql -v ON_ERROR_STOP=1 -1 -v old_table=app.chat_history -v new_table=public.chat_memories \
--          -f sql/dba/legacy_copy_rows.sql "$DATABASE_URL"
--
-- psql variables (the values are pasted into the SQL as written: only the DBA sets them):
--   old_table  the old table, default public.chat_history, with the columns
--              conversation_id, user_id, user_message, assistant_message,
--              reflection (jsonb), token_data (jsonb), cid (mostly NULL), created_at
--   new_table  memflush's table, default public.chat_memories (migrations/0001 applied)
--
-- Running it again copies nothing twice: every row gets the deterministic cid of
-- docs/legacy-migration.md and the insert is ON CONFLICT (cid) DO NOTHING. The cid is the same
-- one 'memflush import-legacy' computes for the same turn, so a turn that is both in the old
-- table and still in the legacy Redis queue becomes one row:
--     'legacy-' || first 32 hex digits of sha256( part(conversation_id) || part(user_id) ||
--         part(created_at as YYYY-MM-DDTHH:MM:SS.ffffffZ in UTC, or '' when NULL) ||
--         part(user_message) || part(assistant_message) )
--     where part(x) = the decimal byte length of x in UTF-8, ':', then those bytes.
-- An old row whose cid is already set (1-128 bytes) keeps it.
-- Mapping: token_count = token_data->>'total_count' when it is an integer 0..2147483647, else
-- an estimate (one token per non-ASCII character plus one per four ASCII characters, per
-- message: close to memflush's own estimate, not always equal); metadata = {"source":"legacy",
-- "token_data": ...} (token_data only when not NULL); a reflection that is not a JSON object is
-- stored as NULL and kept in metadata.legacy_reflection; created_at NULL becomes now().
-- A timestamp without time zone column is read as UTC. Rows whose conversation_id or user_id
-- is NULL, empty or longer than 256 bytes cannot be stored; they are counted and skipped.

\if :{?old_table}
\else
\set old_table public.chat_history
\endif
\if :{?new_table}
\else
\set new_table public.chat_memories
\endif

-- created_at is turned into text in UTC for the cid, and naive timestamps are read as UTC.
SET TimeZone = 'UTC';

CREATE TEMPORARY TABLE memflush_legacy_rows AS
SELECT
    o.conversation_id::text                   AS conversation_id,
    o.user_id::text                           AS user_id,
    coalesce(o.user_message::text, '')        AS user_message,
    coalesce(o.assistant_message::text, '')   AS assistant_message,
    o.reflection::jsonb                       AS reflection,
    o.token_data::jsonb                       AS token_data,
    nullif(o.cid::text, '')                   AS old_cid,
    o.created_at::timestamptz                 AS created_at
FROM :old_table AS o;

SELECT count(*) AS old_rows,
       count(*) FILTER (WHERE octet_length(coalesce(conversation_id, '')) NOT BETWEEN 1 AND 256
                           OR octet_length(coalesce(user_id, '')) NOT BETWEEN 1 AND 256) AS skipped_rows
FROM memflush_legacy_rows;

INSERT INTO :new_table
    (cid, conversation_id, user_id, user_message, assistant_message, token_count,
     reflection, metadata, created_at)
SELECT
    CASE WHEN r.old_cid IS NOT NULL AND octet_length(r.old_cid) <= 128 THEN r.old_cid
         ELSE 'legacy-' || left(encode(sha256(
                  convert_to(octet_length(convert_to(r.conversation_id, 'UTF8'))::text || ':', 'UTF8')
               || convert_to(r.conversation_id, 'UTF8')
               || convert_to(octet_length(convert_to(r.user_id, 'UTF8'))::text || ':', 'UTF8')
               || convert_to(r.user_id, 'UTF8')
               || convert_to(octet_length(r.created_text)::text || ':', 'UTF8')
               || convert_to(r.created_text, 'UTF8')
               || convert_to(octet_length(convert_to(r.user_message, 'UTF8'))::text || ':', 'UTF8')
               || convert_to(r.user_message, 'UTF8')
               || convert_to(octet_length(convert_to(r.assistant_message, 'UTF8'))::text || ':', 'UTF8')
               || convert_to(r.assistant_message, 'UTF8')), 'hex'), 32)
    END,
    r.conversation_id,
    r.user_id,
    r.user_message,
    r.assistant_message,
    CASE WHEN jsonb_typeof(r.token_data -> 'total_count') = 'number'
              AND (r.token_data ->> 'total_count') ~ '^[0-9]{1,10}$'
              AND (r.token_data ->> 'total_count')::bigint <= 2147483647
         THEN (r.token_data ->> 'total_count')::integer
         ELSE (ceil(char_length(regexp_replace(r.user_message, '[^\x01-\x7f]', '', 'g')) / 4.0)
               + char_length(regexp_replace(r.user_message, '[\x01-\x7f]', '', 'g'))
               + ceil(char_length(regexp_replace(r.assistant_message, '[^\x01-\x7f]', '', 'g')) / 4.0)
               + char_length(regexp_replace(r.assistant_message, '[\x01-\x7f]', '', 'g')))::integer
    END,
    CASE WHEN jsonb_typeof(r.reflection) = 'object' THEN r.reflection END,
    jsonb_build_object('source', 'legacy')
        || CASE WHEN r.token_data IS NOT NULL AND jsonb_typeof(r.token_data) <> 'null'
                THEN jsonb_build_object('token_data', r.token_data) ELSE '{}'::jsonb END
        || CASE WHEN r.reflection IS NOT NULL AND jsonb_typeof(r.reflection) NOT IN ('object', 'null')
                THEN jsonb_build_object('legacy_reflection', r.reflection) ELSE '{}'::jsonb END,
    coalesce(r.created_at, now())
FROM (
    SELECT l.*,
           coalesce(to_char(l.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '') AS created_text
    FROM memflush_legacy_rows AS l
    WHERE octet_length(coalesce(l.conversation_id, '')) BETWEEN 1 AND 256
      AND octet_length(coalesce(l.user_id, '')) BETWEEN 1 AND 256
) AS r
ON CONFLICT (cid) DO NOTHING;
