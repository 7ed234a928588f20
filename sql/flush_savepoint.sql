-- flush_savepoint.sql - marks a point to return to while probing which records PostgreSQL refuses.
SAVEPOINT memflush_probe
