"""memflush for Python: save chatbot turns to Redis exactly as the C library
does (the same Lua scripts, record rules, token estimate and environment
variables), read context (Redis first, PostgreSQL to complete) and stats.

    import memflush
    mf = memflush.Client.from_env()            # REDIS_URL, DATABASE_URL, MEMFLUSH_*
    res = mf.save("c-42", "u-7", "hi", "hello!")
    turns = mf.context("c-42", limit=20)

    amf = memflush.AsyncClient.from_env()      # the same methods, awaited

See docs/python.md in the memflush tree.
"""

from ._aio import AsyncClient
from ._client import Client
from ._config import Config, shard_of
from ._core import Context, SaveManyResult, SaveResult
from ._record import Record, estimate_tokens, new_cid, parse_record
from .errors import (ConfigError, ContextUnavailable, InvalidRecord, MemflushError, RedisUnavailable,
                     SaveError, SaveManyError, SchemaError)

__version__ = "0.1.0"

__all__ = [
    "AsyncClient", "Client", "Config", "Context", "ConfigError", "ContextUnavailable",
    "InvalidRecord", "MemflushError", "Record", "RedisUnavailable", "SaveError", "SaveManyError",
    "SaveManyResult", "SaveResult", "SchemaError", "estimate_tokens",
    "new_cid", "parse_record", "shard_of",
]
