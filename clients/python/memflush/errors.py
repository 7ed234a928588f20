"""The exceptions of the memflush package. Messages never carry a password."""


class MemflushError(Exception):
    """Base class of every memflush error."""


class InvalidRecord(MemflushError, ValueError):
    """The turn breaks contract section 1; nothing was saved. The message is the
    C library's (src/record.c): it names the field and the rule."""


class ConfigError(MemflushError, ValueError):
    """Bad configuration (an environment variable or argument out of range)."""


class RedisUnavailable(MemflushError, ConnectionError):
    """Redis could not be reached or the connection failed mid-call."""


class SaveError(MemflushError):
    """Redis refused a save (for example a key of another type under the prefix)."""


class SaveManyError(MemflushError):
    """save_many stopped part way. `stored` turns (the first ones, in order) are
    confirmed saved; `records` holds the completed record texts of every turn
    (cids set) so the rest can be saved again: a turn saved twice with the same
    cid is one row."""

    def __init__(self, message, stored, records):
        MemflushError.__init__(self, message)
        self.stored = stored
        self.records = records


class SchemaError(MemflushError):
    """The database lacks a migration memflush needs."""


class ContextUnavailable(MemflushError):
    """Neither Redis nor PostgreSQL could answer a context read."""
