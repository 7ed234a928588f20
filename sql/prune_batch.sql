-- prune_batch.sql - memflush prune: delete the rows older than the cut-off in one range of heap
-- pages (a TID range scan: each batch reads only its pages), in its own short transaction.
-- Row locks are taken only on the rows deleted, which no writer touches (the flusher only
-- inserts), so no INSERT or COPY ever waits for a batch.
-- $1 first page, $2 page after the last, $3 the cut-off in Unix microseconds.
DELETE FROM {{table}}
WHERE ctid >= format('(%s,0)', $1::bigint)::tid AND ctid < format('(%s,0)', $2::bigint)::tid
  AND created_at < 'epoch'::timestamptz + $3::bigint * interval '1 microsecond'
