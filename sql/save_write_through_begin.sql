-- save_write_through_begin.sql - opens the write-through transaction and bounds its run time
-- (contract section 4); memflush replaces {{timeout_ms}} by --statement-timeout-ms (an integer).
-- Followed by save_write_through.sql and COMMIT. No session state survives the transaction,
-- so this works through a transaction-mode pooler.
BEGIN; SET LOCAL statement_timeout = {{timeout_ms}}
