-- flush_commit.sql - commits a batch. Only after this succeeded is the batch released in Redis.
COMMIT
