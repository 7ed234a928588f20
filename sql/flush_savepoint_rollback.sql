-- flush_savepoint_rollback.sql - undoes a refused part of the batch, keeping the rest, and
-- forgets the savepoint (the parts are then probed separately, each with its own).
ROLLBACK TO SAVEPOINT memflush_probe; RELEASE SAVEPOINT memflush_probe
