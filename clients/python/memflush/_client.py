"""The synchronous client: runs the operations of _core.py over redis-py (a
connection pool; TLS with rediss://; Redis Cluster detected or given by
several comma-separated hosts) and psycopg for the PostgreSQL half."""

import logging
import warnings
from urllib.parse import urlsplit

import redis
import redis.cluster

from ._config import REDIS_IO_TIMEOUT_S, Config, scrub
from ._core import auth_refusal, scrubbed, TRANSIENT, Core, fill_pipe, merged, noscript, step, unavailable
from ._pg import Pg
from .errors import ConfigError, RedisUnavailable


def redis_kwargs(cfg, sync=True):
    """Connection settings for redis-py: timeouts (connect and TLS handshake:
    MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS, 5000 ms; each read or write: 30 s, as
    the C library), and for rediss:// the
    certificate checks of contract section 6 (system CAs or
    MEMFLUSH_REDIS_CACERT, host name checked, optional client certificate
    MEMFLUSH_REDIS_CERT / MEMFLUSH_REDIS_KEY; MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1
    checks nothing, with a warning, as the C library)."""
    kw = {"socket_connect_timeout": cfg.redis_connect_timeout_ms / 1000.0,
          "socket_timeout": REDIS_IO_TIMEOUT_S, "socket_keepalive": True}
    if cfg.redis_url.startswith("rediss://"):
        if cfg.redis_tls_insecure:
            warnings.warn("INSECURE: MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1: the Redis server's TLS "
                          "certificate and host name are not verified; set MEMFLUSH_REDIS_CACERT and "
                          "remove it", RuntimeWarning, stacklevel=3)
            kw.update(ssl_cert_reqs="none", ssl_check_hostname=False)
        else:
            kw.update(ssl_cert_reqs="required", ssl_check_hostname=True)
        if sync:
            kw["connection_class"] = verified_ssl_class(redis.connection, cfg)
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


def verified_ssl_class(conn_mod, cfg):
    """An SSLConnection of conn_mod (redis.connection or redis.asyncio.connection)
    that checks the host name unless MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1:
    redis-py's cluster clients drop ssl_check_hostname from their settings, so it
    travels in the connection class. The synchronous one also bounds the TLS
    handshake by the connect timeout (redis-py gives it the read timeout: a
    rediss:// URL naming a plaintext port waited 30 s); the asyncio one's
    handshake is inside redis-py's connect timeout already."""
    check = not cfg.redis_tls_insecure
    sync = not conn_mod.__name__.startswith("redis.asyncio")

    class VerifiedSSLConnection(conn_mod.SSLConnection):
        def __init__(self, **kw):
            kw["ssl_check_hostname"] = check
            super().__init__(**kw)

        if sync:
            def _connect(self):
                io = self.socket_timeout
                self.socket_timeout = self.socket_connect_timeout
                try:
                    sock = super()._connect()
                finally:
                    self.socket_timeout = io
                sock.settimeout(io)
                return sock
    return VerifiedSSLConnection


class _ScrubLog(logging.Filter):
    """redis.cluster logs every seed it could not use with log.exception: the
    traceback quotes the server's error text, which may quote the AUTH command
    (a server that echoes it). Every piece of a password of the URLs given to
    make_cluster is replaced in the message and the traceback."""

    def __init__(self):
        super().__init__()
        self.urls = set()

    def filter(self, record):
        if not self.urls:
            return True
        text = record.getMessage()
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        for url in self.urls:
            text = scrub(text, url)
            if record.exc_text:
                record.exc_text = scrub(record.exc_text, url)
        record.msg, record.args = text, ()
        return True


_scrub_log = _ScrubLog()


def make_cluster(mod, cfg, kw):
    """A RedisCluster of redis.cluster or redis.asyncio.cluster (mod) for REDIS_URL:
    its seed nodes, or the one node it names. Over rediss://, every node's
    connection checks the certificate and the host name (redis_kwargs)."""
    seeds = seed_nodes(cfg.redis_url)
    tls = cfg.redis_url.startswith("rediss://")
    for name in ("redis.cluster", "redis.asyncio.cluster"):
        lg = logging.getLogger(name)
        if _scrub_log not in lg.filters:
            lg.addFilter(_scrub_log)
    _scrub_log.urls.add(cfg.redis_url)
    if not seeds and not tls:
        return mod.RedisCluster.from_url(cfg.redis_url, **kw)
    first, nodes = seeds if seeds else (cfg.redis_url, None)
    u = urlsplit(first)
    if nodes is None:
        nodes = [(u.hostname, u.port or 6379)]
    if not tls:
        return mod.RedisCluster(startup_nodes=[mod.ClusterNode(h, p) for h, p in nodes],
                                username=u.username, password=u.password, **kw)
    ckw = {k: v for k, v in kw.items() if k not in ("ssl_check_hostname", "connection_class")}
    if mod.__name__.startswith("redis.asyncio"):
        import redis.asyncio.connection as aconn
        cls = verified_ssl_class(aconn, cfg)
        auth = {"username": u.username, "password": u.password}
        rc = mod.RedisCluster(
            startup_nodes=[mod.ClusterNode(h, p, connection_class=cls, **auth, **ckw) for h, p in nodes],
            **auth, **ckw)
        # redis.asyncio.cluster (4.3) drops every TLS setting from the nodes it
        # discovers: give them the TLS connection class and its settings
        tls = dict(connection_class=cls, **{k: v for k, v in ckw.items() if k.startswith("ssl_")})
        rc.connection_kwargs.update(tls)
        rc.nodes_manager.connection_kwargs.update(tls)
        return rc
    import redis.connection as sconn
    # the sync client builds its node pools from a URL: redis:// with the TLS class
    # (rediss:// would replace the class by redis-py's unchecked one)
    plain = u._replace(scheme="redis").geturl()
    return mod.RedisCluster(url=plain, startup_nodes=[mod.ClusterNode(h, p) for h, p in nodes[1:]],
                            connection_class=verified_ssl_class(sconn, cfg), **ckw)


def on_node(r, key):
    """Keyword arguments that send a keyless command (TIME, SCAN) to the node
    holding key on a RedisCluster (sync or asyncio); nothing on one server."""
    find = getattr(r, "get_node_from_key", None)
    return {"target_nodes": find(key)} if find is not None else {}


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

    def _save_error(self, rec, e):
        """The exception save() raises when its EVALSHA raised e (as _run and
        Core.save_gen would make it)."""
        if isinstance(e, TRANSIENT):
            e = self._io_error(e)
        refused = auth_refusal(self.config, e)
        return refused if refused is not None else self._core.save_failed(rec, e)


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

    def _evalsha(self, r, s, call):
        """EVALSHA of script s (call: the key count, KEYS and ARGV) through
        redis-py's execute_command, the script's source when Redis lost it."""
        try:
            return r.execute_command("EVALSHA", s.sha, *call)
        except redis.exceptions.NoScriptError:
            return r.execute_command("EVAL", s.source, *call)

    def _io(self, req):
        kind = req[0]
        if kind == "pg":
            return req[1](*req[2])
        try:
            r = self._client()
            if kind == "evalsha":
                return self._evalsha(r, *req[1:])
            if kind == "cmd":
                return r.execute_command(*req[1])
            if kind == "node":
                return r.execute_command(*req[2], **on_node(r, req[1]))
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
                res, exc = None, scrubbed(self._core.cfg, e)
                refused = auth_refusal(self._core.cfg, e)
                if refused is not None:
                    gen.close()
                    raise refused from None
            req, done, val = step(gen, res, exc)
        return val

    # ------------------------------------------------------------ the API

    def _save(self, rec):
        """Save a built record: Core.save_gen's one EVALSHA, called directly
        (the generator only while the shard count is to be registered)."""
        core = self._core
        if not core.save_ready():
            return self._run(core.save_gen(rec))
        text, data, call = core.save_call(rec)
        try:
            n = self._evalsha(self._redis if self._detected else self._client(), core.save_lua, call)
        except Exception as e:
            raise self._save_error(rec, e) from None
        return core.saved(rec, text, data, n)

    def save(self, conversation_id, user_id, user_message, assistant_message, *, cid=None,
             token_count=None, created_at=None, metadata=None, reflection=None):
        """Save one turn: one round trip (EVALSHA of src/lua/save.lua) that
        appends it to {P}:pending and to the conversation's context list,
        trims and expires that list, atomically. Returns a SaveResult (cid,
        token_count, pending_length, record). Raises InvalidRecord (nothing
        sent), RedisUnavailable or SaveError."""
        core = self._core
        rec = core.turn(conversation_id, user_id, user_message, assistant_message, cid=cid,
                        token_count=token_count, created_at=created_at, metadata=metadata,
                        reflection=reflection)
        return self._save(rec)

    def save_record(self, record):
        """Save one section 1 record given as a dict or JSON text (mf_save_json:
        a missing cid gets a new one)."""
        return self._save(self._core.as_record(record))

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
