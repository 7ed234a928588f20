-- flush_insert_skip.sql - appended to flush_insert.sql: a cid already in the table is
-- skipped instead of failing the batch (a re-delivered batch, a write-through producer).
-- Also the form used, a few records at a time inside savepoints, to find the records
-- PostgreSQL itself refuses.
ON CONFLICT (cid) DO NOTHING
