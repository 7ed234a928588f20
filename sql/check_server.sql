-- check_server.sql - memflush check: where the connection really ends. Read-only.
-- inet_server_port() is the port the PostgreSQL backend listens on; when it differs from
-- the port the client dialled, a pooler or proxy sits in between (Supabase's pooler: 6543
-- transaction mode, 5432 on *.pooler.supabase.com session mode; PgBouncer often 6432).
SELECT inet_server_port()::text                AS server_port,
       current_setting('server_version')       AS server_version,
       current_database()::text                AS database
