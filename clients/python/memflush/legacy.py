"""The legacy Python backend's calls (contract section 7), for a drop-in change:
save_chat, load_recent_context, get_stats and flush_redis_to_supabase, with
their old argument names and result shapes, on top of memflush. See
docs/python.md for what changes for their callers.

    from memflush.legacy import save_chat, load_recent_context, get_stats
    save_chat("hi", "hello!", conversation_id="c-42", user_id="u-7")

The module-level functions use one Client built from the environment on first
use; LegacyMemory(client) and AsyncLegacyMemory(async_client) bind them to a
client of your own."""

import asyncio
import json
import os
import shutil
import subprocess
import threading

from ._client import Client
from ._pg import PgError, PgUnreachable
from .errors import MemflushError, RedisUnavailable, SaveError, SchemaError

LEGACY_QUEUE = "pending:flush:queue"


def _turn_args(user_message, assistant_message, conversation_id, user_id, reflection, token_count,
               token_data, metadata, cid, created_at, extra):
    meta = dict(metadata or {})
    meta.update(extra)
    if token_data is not None:
        meta["token_data"] = token_data
        total = token_data.get("total_count") if isinstance(token_data, dict) else None
        if token_count is None and isinstance(total, int) and not isinstance(total, bool):
            token_count = total
    return dict(conversation_id=conversation_id, user_id=user_id, user_message=user_message,
                assistant_message=assistant_message, cid=cid, token_count=token_count,
                created_at=created_at, metadata=meta or None, reflection=reflection)


def _saved(res, conversation_id, supabase, pg_error):
    out = {"success": True, "redis_stored": True, "supabase_stored": supabase,
           "token_count": res.token_count, "conversation_id": conversation_id, "cid": res.cid}
    if pg_error:
        out["supabase_error"] = pg_error
    return out


def _failed(conversation_id, e):
    return {"success": False, "redis_stored": False, "supabase_stored": False, "token_count": None,
            "conversation_id": conversation_id, "cid": getattr(e, "cid", None), "error": str(e)}


def _stats_out(stats, legacy_len):
    stats = dict(stats)
    stats["legacy_queue_length"] = legacy_len
    return stats


def _flush_cmd(cfg, batch_size, binary):
    exe = binary or os.environ.get("MEMFLUSH_BIN") or shutil.which("memflush")
    if not exe:
        raise MemflushError("flush_redis_to_supabase runs the memflush binary, which was not found: "
                            "install it (make install) or set MEMFLUSH_BIN to its path")
    env = dict(os.environ)
    env.update(REDIS_URL=cfg.redis_url, MEMFLUSH_PREFIX=cfg.prefix, MEMFLUSH_TABLE=cfg.table,
               MEMFLUSH_TTL_SECONDS=str(cfg.ttl_seconds))
    if cfg.database_url:
        env["DATABASE_URL"] = cfg.database_url
    return [exe, "flush", "--batch-size", str(int(batch_size))], env


def _flush_result(rc, out, err):
    lines = [ln for ln in out.decode("utf-8", "replace").splitlines() if ln.startswith("{")]
    if lines:
        res = json.loads(lines[-1])
        res["exit_status"] = rc
        return res
    tail = err.decode("utf-8", "replace").strip().splitlines()
    return {"success": False, "exit_status": rc, "error": tail[-1] if tail else "memflush flush failed"}


class LegacyMemory:
    """The legacy calls bound to a synchronous Client."""

    def __init__(self, client=None):
        self.client = client if client is not None else Client.from_env()

    def save_chat(self, user_message, assistant_message, conversation_id, user_id, reflection=None,
                  token_count=None, token_data=None, metadata=None, cid=None, created_at=None,
                  write_through=False, **extra):
        """Save one turn. Returns {"success", "redis_stored", "supabase_stored",
        "token_count", "conversation_id", "cid"} ("error" when success is
        False: Redis could not take the turn). write_through=True also inserts
        the row at once (the old "important conversation" mode). Unknown
        keyword arguments are kept in metadata. An invalid turn raises
        InvalidRecord."""
        args = _turn_args(user_message, assistant_message, conversation_id, user_id, reflection,
                          token_count, token_data, metadata, cid, created_at, extra)
        rec = self.client._core.turn(**args)
        try:
            res = self.client._save(rec)
        except (RedisUnavailable, SaveError) as e:
            return _failed(conversation_id, e)
        supabase, pg_error = False, None
        if write_through:
            try:
                supabase = self.client._pg.write_through(rec)
            except (PgUnreachable, PgError, SchemaError) as e:
                pg_error = str(e)
        return _saved(res, conversation_id, supabase, pg_error)

    def load_recent_context(self, conversation_id, limit=20, max_tokens=None):
        """The recent turns, oldest first, as section 1 dicts (Redis first,
        completed from PostgreSQL)."""
        return list(self.client.context(conversation_id, limit=limit, max_tokens=max_tokens))

    def get_stats(self):
        """memflush stats plus legacy_queue_length (the old queue, until it is
        drained by import-legacy); {"status": "error", "error": ...} when
        Redis cannot be read."""
        try:
            s = self.client.stats()
            n = self.client._run(_llen_gen())
        except (RedisUnavailable, MemflushError) as e:
            return {"status": "error", "error": str(e), "ttl_seconds": self.client.config.ttl_seconds}
        return _stats_out(s, n)

    def flush_redis_to_supabase(self, batch_size=1000, binary=None, timeout=None):
        """Run `memflush flush --batch-size N` and return its JSON summary (plus
        exit_status); {"success": False, "error": ...} when it printed none."""
        cmd, env = _flush_cmd(self.client.config, batch_size, binary)
        p = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=timeout)
        return _flush_result(p.returncode, p.stdout, p.stderr)


def _llen_gen():
    n = yield ("cmd", ("LLEN", LEGACY_QUEUE))
    return int(n)


class AsyncLegacyMemory:
    """The legacy calls as coroutines, bound to an AsyncClient."""

    def __init__(self, client):
        self.client = client

    async def save_chat(self, user_message, assistant_message, conversation_id, user_id,
                        reflection=None, token_count=None, token_data=None, metadata=None, cid=None,
                        created_at=None, write_through=False, **extra):
        args = _turn_args(user_message, assistant_message, conversation_id, user_id, reflection,
                          token_count, token_data, metadata, cid, created_at, extra)
        rec = self.client._core.turn(**args)
        try:
            res = await self.client._save(rec)
        except (RedisUnavailable, SaveError) as e:
            return _failed(conversation_id, e)
        supabase, pg_error = False, None
        if write_through:
            try:
                supabase = await asyncio.to_thread(self.client._pg.write_through, rec)
            except (PgUnreachable, PgError, SchemaError) as e:
                pg_error = str(e)
        return _saved(res, conversation_id, supabase, pg_error)

    async def load_recent_context(self, conversation_id, limit=20, max_tokens=None):
        return list(await self.client.context(conversation_id, limit=limit, max_tokens=max_tokens))

    async def get_stats(self):
        try:
            s = await self.client.stats()
            n = await self.client._run(_llen_gen())
        except (RedisUnavailable, MemflushError) as e:
            return {"status": "error", "error": str(e), "ttl_seconds": self.client.config.ttl_seconds}
        return _stats_out(s, n)

    async def flush_redis_to_supabase(self, batch_size=1000, binary=None):
        cmd, env = _flush_cmd(self.client.config, batch_size, binary)
        p = await asyncio.create_subprocess_exec(*cmd, env=env, stdin=subprocess.DEVNULL,
                                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = await p.communicate()
        return _flush_result(p.returncode, out, err)


_default = None
_default_lock = threading.Lock()


def _memory():
    global _default
    with _default_lock:
        if _default is None:
            _default = LegacyMemory()
        return _default


def save_chat(user_message, assistant_message, conversation_id, user_id, **kw):
    return _memory().save_chat(user_message, assistant_message, conversation_id, user_id, **kw)


def load_recent_context(conversation_id, limit=20, max_tokens=None):
    return _memory().load_recent_context(conversation_id, limit, max_tokens)


def get_stats():
    return _memory().get_stats()


def flush_redis_to_supabase(batch_size=1000, **kw):
    return _memory().flush_redis_to_supabase(batch_size, **kw)


for _f, _m in ((save_chat, LegacyMemory.save_chat), (load_recent_context, LegacyMemory.load_recent_context),
               (get_stats, LegacyMemory.get_stats),
               (flush_redis_to_supabase, LegacyMemory.flush_redis_to_supabase)):
    _f.__doc__ = _m.__doc__
