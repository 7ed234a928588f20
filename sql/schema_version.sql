-- schema_version.sql: which migrations the database has (migrations/0001 creates the table).
SELECT coalesce(max(version), 0) FROM public.memflush_schema_migrations
