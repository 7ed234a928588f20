"""The synchronous client: runs the operations of _core.py over redis-py (a
connection pool; TLS with rediss://; Redis Cluster detected or given by
several comma-separated hosts) and psycopg for the PostgreSQL half."""

from urllib.parse import urlsplit

import redis
import redis.cluster

from ._config import Config
from ._core import auth_refusal, TRANSIENT, Core, fill_pipe, merged, noscript, step, unavailable
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


def make_cluster(mod, cfg, kw):
    """A RedisCluster of redis.cluster or redis.asyncio.cluster (mod) for REDIS_URL:
    its seed nodes, or the one node it names."""
    seeds = seed_nodes(cfg.redis_url)
    if not seeds:
        return mod.RedisCluster.from_url(cfg.redis_url, **kw)
    u = urlsplit(seeds[0])
    return mod.RedisCluster(startup_nodes=[mod.ClusterNode(h, p) for h, p in seeds[1]],
                            username=u.username, password=u.password, ssl=u.scheme == "rediss", **kw)


def cluster_enabled(info):
    """Whether the server says cluster_enabled:1 (info() runs INFO cluster); a user
    not allowed INFO is assumed to talk to a standalone server."""
    try:
        return str(info().get("cluster_enabled", 0)) == "1"
    except redis.ResponseError:
        return False


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
        cfg, kw = self.config, redis_kwargs(self.config)
        if cfg.cluster or seed_nodes(cfg.redis_url):
            self._redis = make_cluster(redis.cluster, cfg, kw)
        else:
            self._redis = self._redis or redis.Redis.from_url(cfg.redis_url, **kw)
            if cfg.cluster is None and cluster_enabled(lambda: self._redis.info("cluster")):
                self._redis.close()
                self._redis = make_cluster(redis.cluster, cfg, kw)
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
            items = req[1]
            out = fill_pipe(r.pipeline(transaction=False), items).execute(raise_on_error=False)
            again, redo = noscript(out, items)
            if again:
                redo = fill_pipe(r.pipeline(transaction=False), redo).execute(raise_on_error=False)
            return merged(out, again, redo)
        except TRANSIENT as e:
            raise self._io_error(e) from None

    def _run(self, gen):
        req, done, val = step(gen, None, None)
        while not done:
            try:
                res, exc = self._io(req), None
            except Exception as e:
                res, exc = None, e
                refused = auth_refusal(self._core.cfg, e)
                if refused is not None:
                    gen.close()
                    raise refused from None
            req, done, val = step(gen, res, exc)
        return val

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
