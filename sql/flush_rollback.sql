-- flush_rollback.sql - abandons a batch's transaction (the batch goes back to Redis), and
-- push --write-through's when it failed (save.c).
ROLLBACK
