"""The asyncio client: the same operations (_core.py) over redis.asyncio; the
PostgreSQL half runs in a worker thread (asyncio.to_thread)."""

import asyncio

import redis
import redis.asyncio as aredis

from ._client import _Base, redis_kwargs, seed_nodes
from ._config import Config
from ._core import TRANSIENT


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
        cfg = self.config
        kw = redis_kwargs(cfg)
        seeds = seed_nodes(cfg.redis_url)
        if seeds is not None or cfg.cluster:
            from redis.asyncio.cluster import ClusterNode, RedisCluster
            if seeds:
                self._redis = RedisCluster(startup_nodes=[ClusterNode(h, p) for h, p in seeds[1]],
                                           **kw)
            else:
                self._redis = RedisCluster.from_url(cfg.redis_url, **kw)
            self._detected = True
            return self._redis
        if self._redis is None:
            self._redis = aredis.Redis.from_url(cfg.redis_url, **kw)
        if cfg.cluster is None:
            try:
                on = str((await self._redis.info("cluster")).get("cluster_enabled", 0)) == "1"
            except redis.ResponseError:
                on = False
            if on:
                from redis.asyncio.cluster import RedisCluster
                old = self._redis
                self._redis = RedisCluster.from_url(cfg.redis_url, **kw)
                await old.close()
        self._detected = True
        return self._redis

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

    async def _script(self, r, s, keys, args):
        try:
            return await r.evalsha(s.sha, len(keys), *keys, *args)
        except redis.exceptions.NoScriptError:
            return await r.eval(s.source, len(keys), *keys, *args)

    async def _pipe(self, r, items):
        p = r.pipeline(transaction=False)
        for item in items:
            if item[0] == "script":
                s, keys, args = item[1:]
                p.evalsha(s.sha, len(keys), *keys, *args)
            elif item[0] == "eval":
                s, keys, args = item[1:]
                p.eval(s.source, len(keys), *keys, *args)
            else:
                p.execute_command(*item[1])
        return await p.execute(raise_on_error=False)

    async def _io(self, req):
        kind = req[0]
        if kind == "pg":
            return await asyncio.to_thread(req[1], *req[2])
        try:
            r = await self._client()
            if kind == "script":
                return await self._script(r, *req[1:])
            if kind == "cmd":
                return await r.execute_command(*req[1])
            out = await self._pipe(r, req[1])
            again = [i for i, x in enumerate(out)
                     if isinstance(x, redis.exceptions.NoScriptError) and req[1][i][0] == "script"]
            if again:
                redo = await self._pipe(r, [("eval",) + tuple(req[1][i][1:]) for i in again])
                for i, x in zip(again, redo):
                    out[i] = x
            for x in out:
                if isinstance(x, TRANSIENT):
                    raise x
            return out
        except TRANSIENT as e:
            raise self._io_error(e) from None

    async def _run(self, gen):
        try:
            req = next(gen)
            while True:
                try:
                    res = await self._io(req)
                except Exception as e:
                    req = gen.throw(e)
                else:
                    req = gen.send(res)
        except StopIteration as stop:
            return stop.value

    async def save(self, conversation_id, user_id, user_message, assistant_message, *, cid=None,
                   token_count=None, created_at=None, metadata=None, reflection=None):
        """Client.save, awaited: one round trip."""
        rec = self._core.turn(conversation_id, user_id, user_message, assistant_message, cid=cid,
                              token_count=token_count, created_at=created_at, metadata=metadata,
                              reflection=reflection)
        return await self._run(self._core.save_gen(rec))

    async def save_record(self, record):
        return await self._run(self._core.save_gen(self._core.as_record(record)))

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
