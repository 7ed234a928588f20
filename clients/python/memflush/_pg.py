"""The PostgreSQL half: context reads (sql/context_recent.sql) and the legacy
write-through insert (sql/save_write_through.sql), through psycopg 3 or
psycopg2, whichever is installed. Blocking; the asyncio client runs it in a
thread. Knows nothing about Redis."""

import re
import threading

from . import _scripts
from ._config import mask_url, scrub
from .errors import MemflushError, SchemaError

SCHEMA_VERSION = 2  # MFP_SCHEMA_VERSION in src/internal.h (a test compares them)
MIGRATIONS = ("migrations/0001_chat_memories.sql", "migrations/0002_flusher_role.sql")


class PgUnreachable(MemflushError):
    """PostgreSQL could not be reached, or the connection failed mid-way."""


class PgError(MemflushError):
    """PostgreSQL refused a statement (a privilege, a constraint, ...)."""

    def __init__(self, message, sqlstate=None):
        MemflushError.__init__(self, message)
        self.sqlstate = sqlstate


def _driver():
    try:
        import psycopg
        return "psycopg", psycopg
    except ImportError:
        pass
    try:
        import psycopg2
        return "psycopg2", psycopg2
    except ImportError:
        return None, None


def statement(name, table, timeout_ms=None):
    """A statement of sql/ for the driver: comments dropped, {{table}} filled,
    $n turned into %(pn)s parameters."""
    lines = [ln for ln in _scripts.text(name).decode("utf-8").splitlines()
             if not ln.lstrip().startswith("--")]
    sql = "\n".join(lines).replace("%", "%%").replace("{{table}}", table)
    if timeout_ms is not None:
        sql = sql.replace("{{timeout_ms}}", str(int(timeout_ms)))
    return re.sub(r"\$(\d+)", r"%(p\1)s", sql)


def case_hint(table, sqlstate):
    """pgconn.c's case_hint: a schema or table that does not exist (3F000,
    42P01) while MEMFLUSH_TABLE has capitals: memflush quotes identifiers, so
    Public.Chat_Memories is not public.chat_memories."""
    if sqlstate not in ("3F000", "42P01") or table == table.lower() or not table.isascii():
        return ""
    return "; memflush quotes identifiers, so case matters: did you mean %s?" % table.lower()


class Pg:
    """One lazily opened connection, used under a lock, reopened after a failure."""

    def __init__(self, cfg):
        self.cfg = cfg
        self.conn = None
        self.lock = threading.Lock()
        self.schema_ok = False
        self.kind, self.mod = _driver()

    def _scrub(self, msg):
        return scrub(str(msg).strip(), self.cfg.database_url)

    def _connect(self):
        if self.mod is None:
            raise PgUnreachable("psycopg is not installed (apt-get install python3-psycopg, or pip "
                                "install psycopg), so PostgreSQL cannot be read")
        url = self.cfg.database_url or ""
        try:
            if self.kind == "psycopg":
                self.conn = self.mod.connect(url, autocommit=True, connect_timeout=10)
            else:
                self.conn = self.mod.connect(url, connect_timeout=10)
                self.conn.autocommit = True
        except self.mod.Error as e:
            self.conn = None
            raise PgUnreachable("could not connect to PostgreSQL (%s): %s"
                                % (mask_url(url) or "libpq's PG* variables", self._scrub(e))) from None

    def close(self):
        with self.lock:
            if self.conn is not None:
                try:
                    self.conn.close()
                except Exception:
                    pass
                self.conn = None

    def _run(self, sql, params, fetch=True):
        """Run one statement; returns its rows. Connection problems become
        PgUnreachable (and the connection is dropped), refusals PgError."""
        if self.conn is None:
            self._connect()
        mod = self.mod
        try:
            cur = self.conn.cursor()
            try:
                cur.execute(sql, params)
                return cur.fetchall() if fetch else None
            finally:
                cur.close()
        except (mod.OperationalError, mod.InterfaceError) as e:
            try:
                self.conn.close()
            except Exception:
                pass
            self.conn = None
            raise PgUnreachable("PostgreSQL failed: %s" % self._scrub(e)) from None
        except mod.Error as e:
            state = getattr(e, "sqlstate", None) or getattr(e, "pgcode", None)
            raise PgError(self._scrub(e) + case_hint(self.cfg.table, state), state) from None

    def _check_schema(self):
        if self.schema_ok:
            return
        try:
            rows = self._run(statement("schema_version.sql", self.cfg.quoted_table()), {})
        except PgError as e:
            if e.sqlstate == "42P01":
                raise SchemaError("the database has no memflush schema; apply %s and the files after "
                                  "it with psql -v ON_ERROR_STOP=1 -1 -f FILE (see docs/migrations.md)"
                                  % MIGRATIONS[0]) from None
            raise
        version = int(rows[0][0]) if rows else 0
        if version < SCHEMA_VERSION:
            f = MIGRATIONS[max(version, 0)]
            raise SchemaError("the database lacks migration %s (schema version is %d, this memflush "
                              "needs %d); apply it with psql -v ON_ERROR_STOP=1 -1 -f %s"
                              % (f, version, SCHEMA_VERSION, f))
        self.schema_ok = True

    def recent(self, conversation_id, limit):
        """The last `limit` turns of the conversation as section 1 texts, newest first."""
        with self.lock:
            self._check_schema()
            rows = self._run(statement("context_recent.sql", self.cfg.quoted_table()),
                             {"p1": conversation_id, "p2": str(limit)})
            return [r[0] for r in rows]

    def write_through(self, rec):
        """INSERT ... ON CONFLICT (cid) DO NOTHING in its own short transaction
        (sql/save_write_through*.sql). True when the row is in the table."""
        with self.lock:
            self._check_schema()
            begin = statement("save_write_through_begin.sql", self.cfg.quoted_table(),
                              self.cfg.statement_timeout_ms)
            ins = statement("save_write_through.sql", self.cfg.quoted_table())
            params = {"p1": rec.cid, "p2": rec.conversation_id, "p3": rec.user_id,
                      "p4": rec.user_message, "p5": rec.assistant_message,
                      "p6": str(rec.token_count), "p7": rec.reflection_json,
                      "p8": rec.metadata_json or "{}", "p9": rec.created_at}
            try:
                for part in begin.split(";"):
                    if part.strip():
                        self._run(part, {}, fetch=False)
                self._run(ins, params, fetch=False)
                self._run("COMMIT", {}, fetch=False)
            except PgError:
                try:
                    self._run("ROLLBACK", {}, fetch=False)
                except MemflushError:
                    pass
                raise
            return True
