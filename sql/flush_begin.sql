-- flush_begin.sql - opens the transaction that writes one batch (or probes a failed one).
-- SET CONSTRAINTS ALL IMMEDIATE: a DBA's DEFERRABLE INITIALLY DEFERRED constraint would
-- otherwise refuse a record only at COMMIT, where no savepoint can tell which record it was
-- (the whole batch would go back, again and again); checked at each statement instead, the
-- probe finds and dead-letters that record like any other. memflush replaces {{timeout_ms}} by
-- --statement-timeout-ms (an integer); the three statements go as one query (one round trip).
BEGIN ISOLATION LEVEL READ COMMITTED;
SET CONSTRAINTS ALL IMMEDIATE;
SET LOCAL statement_timeout = {{timeout_ms}}
