-- flush_savepoint_release.sql - keeps what was inserted since the savepoint.
RELEASE SAVEPOINT memflush_probe
