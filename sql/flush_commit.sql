-- flush_commit.sql - commits a batch. Only after this succeeded is the batch released in Redis.
-- Also commits push --write-through's short transaction (save.c).
COMMIT
