-- prune_start.sql - memflush prune: the cut-off (now minus --older-than, in Unix microseconds,
-- fixed for the whole run) and the table's size in pages, the range the batches walk.
-- $1 the age as a PostgreSQL interval ('90 days'), $2 the table as a quoted identifier.
SELECT (extract(epoch FROM now() - $1::interval) * 1000000)::bigint::text,
       (pg_relation_size($2::regclass) / current_setting('block_size')::bigint)::text,
       to_char((now() - $1::interval) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
