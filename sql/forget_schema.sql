-- forget_schema.sql - memflush forget and prune: does the database have migrations/0003_forget.sql?
-- (flush needs only version 2; forget and prune need 3.) Read-only.
SELECT coalesce(max(version), 0) FROM public.memflush_schema_migrations
