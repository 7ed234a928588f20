"""The synchronous client: runs the operations of _core.py over redis-py (a
connection pool; TLS with rediss://; Redis Cluster detected or given by
several comma-separated hosts) and psycopg for the PostgreSQL half."""

from urllib.parse import urlsplit

import redis

from ._config import Config
from ._core import TRANSIENT, Core, unavailable
from ._pg import Pg
from .errors import ConfigError, RedisUnavailable


def redis_kwargs(cfg):
    """Connection settings for redis-py: timeouts, and for rediss:// the
    certificate checks of contract section 6 (system CAs or
    MEMFLUSH_REDIS_CACERT, host name checked, optional client certificate)."""
    kw = {"socket_connect_timeout": 10, "socket_timeout": 30, "socket_keepalive": True}
    if cfg.redis_url.startswith("rediss://"):
        kw.update(ssl_cert_reqs="required", ssl_check_hostname=True)
        if cfg.redis_cacert:
            kw["ssl_ca_certs"] = cfg.redis_cacert
        if cfg.redis_cert:
            kw["ssl_certfile"] = cfg.redis_cert
        if cfg.redis_key:
            kw["ssl_keyfile"] = cfg.redis_key
    return kw


def seed_nodes(url):
    """Several comma-separated hosts in REDIS_URL name cluster seed nodes:
    redis://user:pw@h1:7000,h2:7001/0 -> (the URL of h1, [(h1, 7000), (h2, 7001)])."""
    head, sep, rest = url.partition("://")
    if not sep:
        return None
    auth, at, hosts = rest.rpartition("@")
    hosts, slash, path = hosts.partition("/")
    if "," not in hosts:
        return None
    nodes = []
    for h in hosts.split(","):
        host, _, port = h.strip().rpartition(":")
        if not host:
            host, port = port, "6379"
        try:
            nodes.append((host.strip("[]"), int(port)))
        except ValueError:
            raise ConfigError("REDIS_URL: %r is not host:port" % h) from None
    first = "%s://%s%s%s:%d%s%s" % (head, auth, at, nodes[0][0], nodes[0][1], slash, path)
    return first, nodes


class _Base:
    """Settings shared by both clients."""

    def _setup(self, config, redis_client, kw):
        if config is None:
            config = Config.from_env(**kw)
        elif kw:
            raise ConfigError("give either config= or keyword settings, not both")
        config.check()
        self.config = config
        self._pg = Pg(config)
        self._core = Core(config, self._pg)
        self._redis = redis_client
        self._detected = redis_client is not None

    def _io_error(self, e):
        return unavailable(self.config, "redis", e)


class Client(_Base):
    """A synchronous memflush client. Thread-safe (redis-py's pool; one
    PostgreSQL connection under a lock). Settings: Client.from_env() or
    Client(redis_url=..., database_url=..., prefix=..., ttl_seconds=...);
    anything not given comes from the environment, as the C library reads it."""

    def __init__(self, config=None, redis_client=None, **settings):
        self._setup(config, redis_client, settings)

    @classmethod
    def from_env(cls, **overrides):
        """Settings from REDIS_URL, DATABASE_URL and MEMFLUSH_* (src/config.c),
        explicit keyword arguments on top."""
        return cls(Config.from_env(**overrides))

    # ------------------------------------------------------- connections

    def _client(self):
        if self._redis is not None and self._detected:
            return self._redis
        cfg = self.config
        kw = redis_kwargs(cfg)
        seeds = seed_nodes(cfg.redis_url)
        if seeds is not None or cfg.cluster:
            from redis.cluster import ClusterNode, RedisCluster
            url = seeds[0] if seeds else cfg.redis_url
            nodes = [ClusterNode(h, p) for h, p in seeds[1]] if seeds else None
            u = urlsplit(url)
            self._redis = RedisCluster(startup_nodes=nodes, host=None if nodes else u.hostname,
                                       port=None if nodes else u.port, username=u.username,
                                       password=u.password, ssl=u.scheme == "rediss", **kw)
            self._detected = True
            return self._redis
        if self._redis is None:
            self._redis = redis.Redis.from_url(cfg.redis_url, **kw)
        if cfg.cluster is None:
            try:
                on = str(self._redis.info("cluster").get("cluster_enabled", 0)) == "1"
            except redis.ResponseError:
                on = False      # INFO not allowed to this ACL user: a standalone server is assumed
            if on:
                from redis.cluster import RedisCluster
                old = self._redis
                self._redis = RedisCluster.from_url(cfg.redis_url, **kw)
                old.close()
        self._detected = True
        return self._redis

    def close(self):
        """Close the Redis pool and the PostgreSQL connection."""
        if self._redis is not None:
            self._redis.close()
            self._redis = None
            self._detected = False
        self._pg.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---------------------------------------------------------------- I/O

    def _script(self, r, s, keys, args):
        try:
            return r.evalsha(s.sha, len(keys), *keys, *args)
        except redis.exceptions.NoScriptError:
            return r.eval(s.source, len(keys), *keys, *args)

    def _io(self, req):
        kind = req[0]
        if kind == "pg":
            return req[1](*req[2])
        try:
            r = self._client()
            if kind == "script":
                return self._script(r, *req[1:])
            if kind == "cmd":
                return r.execute_command(*req[1])
            p = r.pipeline(transaction=False)
            for item in req[1]:
                if item[0] == "script":
                    s, keys, args = item[1:]
                    p.evalsha(s.sha, len(keys), *keys, *args)
                else:
                    p.execute_command(*item[1])
            out = p.execute(raise_on_error=False)
            again = [i for i, x in enumerate(out)
                     if isinstance(x, redis.exceptions.NoScriptError) and req[1][i][0] == "script"]
            if again:   # Redis restarted or flushed its scripts: send them again with the source
                p = r.pipeline(transaction=False)
                for i in again:
                    s, keys, args = req[1][i][1:]
                    p.eval(s.source, len(keys), *keys, *args)
                for i, x in zip(again, p.execute(raise_on_error=False)):
                    out[i] = x
            for x in out:
                if isinstance(x, TRANSIENT):
                    raise x
            return out
        except TRANSIENT as e:
            raise self._io_error(e) from None

    def _run(self, gen):
        try:
            req = next(gen)
            while True:
                try:
                    res = self._io(req)
                except Exception as e:
                    req = gen.throw(e)
                else:
                    req = gen.send(res)
        except StopIteration as stop:
            return stop.value

    # ------------------------------------------------------------ the API

    def save(self, conversation_id, user_id, user_message, assistant_message, *, cid=None,
             token_count=None, created_at=None, metadata=None, reflection=None):
        """Save one turn: one round trip (EVALSHA of src/lua/save.lua) that
        appends it to {P}:pending and to the conversation's context list,
        trims and expires that list, atomically. Returns a SaveResult (cid,
        token_count, pending_length, record). Raises InvalidRecord (nothing
        sent), RedisUnavailable or SaveError."""
        rec = self._core.turn(conversation_id, user_id, user_message, assistant_message, cid=cid,
                              token_count=token_count, created_at=created_at, metadata=metadata,
                              reflection=reflection)
        return self._run(self._core.save_gen(rec))

    def save_record(self, record):
        """Save one section 1 record given as a dict or JSON text (mf_save_json:
        a missing cid gets a new one)."""
        return self._run(self._core.save_gen(self._core.as_record(record)))

    def save_many(self, turns):
        """Save many turns (dicts with the section 1 field names, JSON texts, or
        Records) in calls of src/lua/save_many.lua, pipelined. Every turn is
        validated before anything is sent. Returns a SaveManyResult (stored,
        cids); raises SaveManyError (with .stored and .records) when Redis
        fails part way."""
        return self._run(self._core.save_many_gen(turns))

    def context(self, conversation_id, limit=None, max_tokens=None):
        """The recent turns of a conversation, oldest first, as `memflush
        context` gives them: Redis first, completed from PostgreSQL, merged by
        cid, the newest `limit` (default 20), within `max_tokens`. Returns a
        Context (a list of dicts; .warning, .records_json)."""
        return self._run(self._core.context_gen(conversation_id, limit, max_tokens))

    def stats(self):
        """The queue figures of `memflush stats` as a dict."""
        return self._run(self._core.stats_gen())

    def ping(self):
        try:
            return self._client().ping()
        except TRANSIENT as e:
            raise self._io_error(e) from None


__all__ = ["Client", "RedisUnavailable"]
