-- flush_begin.sql - opens the transaction that writes one batch (or probes a failed one).
BEGIN ISOLATION LEVEL READ COMMITTED
