"""The asyncio client: the same operations (_core.py) over redis.asyncio; the
PostgreSQL half runs in a worker thread (asyncio.to_thread)."""

import asyncio

import redis
import redis.asyncio as aredis
import redis.asyncio.cluster as acluster

from ._client import _Base, cluster_enabled, make_cluster, on_node, redis_kwargs, seed_nodes
from ._config import Config
from ._core import auth_refusal, scrubbed, TRANSIENT, fill_pipe, merged, noscript, step


class AsyncClient(_Base):
    """The asyncio memflush client, with the methods of Client as coroutines:
    `await c.save(...)`, `await c.save_many(...)`, `await c.context(...)`,
    `await c.stats()`, `await c.close()`. Use one per event loop."""

    def __init__(self, config=None, redis_client=None, **settings):
        self._setup(config, redis_client, settings)

    @classmethod
    def from_env(cls, **overrides):
        return cls(Config.from_env(**overrides))

    async def _client(self):
        if self._redis is not None and self._detected:
            return self._redis
        cfg, kw = self.config, redis_kwargs(self.config, sync=False)
        if cfg.cluster or seed_nodes(cfg.redis_url):
            self._redis = make_cluster(acluster, cfg, kw)
        else:
            if self._redis is None:
                self._redis = aredis.Redis.from_url(cfg.redis_url, **kw)
            info = await self._info()
            if cfg.cluster is None and cluster_enabled(lambda: info):
                await self._redis.close()
                self._redis = make_cluster(acluster, cfg, kw)
        self._detected = True
        return self._redis

    async def _info(self):
        if self.config.cluster is not None:
            return {}
        try:
            return await self._redis.info("cluster")
        except redis.ResponseError:
            return {}

    async def close(self):
        if self._redis is not None:
            await self._redis.close()
            self._redis = None
            self._detected = False
        self._pg.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()

    async def _evalsha(self, r, s, call):
        """EVALSHA of script s (call: the key count, KEYS and ARGV) through
        redis-py's execute_command, the script's source when Redis lost it."""
        try:
            return await r.execute_command("EVALSHA", s.sha, *call)
        except redis.exceptions.NoScriptError:
            return await r.execute_command("EVAL", s.source, *call)

    async def _io(self, req):
        kind = req[0]
        if kind == "pg":
            return await asyncio.to_thread(req[1], *req[2])
        try:
            r = await self._client()
            if kind == "evalsha":
                return await self._evalsha(r, *req[1:])
            if kind == "cmd":
                return await r.execute_command(*req[1])
            if kind == "node":
                return await r.execute_command(*req[2], **on_node(r, req[1]))
            items = req[1]
            out = await fill_pipe(r.pipeline(transaction=False), items).execute(raise_on_error=False)
            again, redo = noscript(out, items)
            if again:
                redo = await fill_pipe(r.pipeline(transaction=False), redo).execute(raise_on_error=False)
            return merged(out, again, redo)
        except TRANSIENT as e:
            raise self._io_error(e) from None

    async def _run(self, gen):
        req, done, val = step(gen, None, None)
        while not done:
            try:
                res, exc = await self._io(req), None
            except Exception as e:
                res, exc = None, scrubbed(self._core.cfg, e)
                refused = auth_refusal(self._core.cfg, e)
                if refused is not None:
                    gen.close()
                    raise refused from None
            req, done, val = step(gen, res, exc)
        return val

    async def _save(self, rec):
        """Save a built record: Core.save_gen's one EVALSHA, called directly
        (the generator only while the shard count is to be registered)."""
        core = self._core
        if not core.save_ready():
            return await self._run(core.save_gen(rec))
        text, data, call = core.save_call(rec)
        try:
            n = await self._evalsha(self._redis if self._detected else await self._client(), core.save_lua, call)
        except Exception as e:
            raise self._save_error(rec, e) from None
        return core.saved(rec, text, data, n)

    async def save(self, conversation_id, user_id, user_message, assistant_message, *, cid=None,
                   token_count=None, created_at=None, metadata=None, reflection=None):
        """Client.save, awaited: one round trip."""
        core = self._core
        rec = core.turn(conversation_id, user_id, user_message, assistant_message, cid=cid,
                        token_count=token_count, created_at=created_at, metadata=metadata,
                        reflection=reflection)
        return await self._save(rec)

    async def save_record(self, record):
        return await self._save(self._core.as_record(record))

    async def save_many(self, turns):
        return await self._run(self._core.save_many_gen(turns))

    async def context(self, conversation_id, limit=None, max_tokens=None):
        return await self._run(self._core.context_gen(conversation_id, limit, max_tokens))

    async def stats(self):
        return await self._run(self._core.stats_gen())

    async def ping(self):
        try:
            return await (await self._client()).ping()
        except TRANSIENT as e:
            raise self._io_error(e) from None
