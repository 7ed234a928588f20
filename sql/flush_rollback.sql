-- flush_rollback.sql - abandons a batch's transaction (the batch goes back to Redis).
ROLLBACK
