-- prune_count.sql - memflush prune --dry-run: how many rows are older than the cut-off. Read-only.
-- $1 the cut-off in Unix microseconds.
SELECT count(*) FROM {{table}}
WHERE created_at < 'epoch'::timestamptz + $1::bigint * interval '1 microsecond'
