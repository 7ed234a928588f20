"""Configuration: the C library's table (src/config.c) of environment variables,
defaults and ranges, the key names of contract section 2, and shards.
Knows nothing about connections."""

import os
import re
import zlib
from urllib.parse import urlsplit, urlunsplit

from .errors import ConfigError

# layout.h's MFP_SHARD_ONE: the unsharded queue {P}
SHARD_ONE = -1
MAX_SHARDS = 1024

# (attribute, environment variable(s), default, min, max) as in src/config.c;
# a second variable is accepted when the first is unset or empty (the first wins).
_LONGS = (
    ("ttl_seconds", ("MEMFLUSH_TTL_SECONDS", "MEMORY_REDIS_TTL_SECONDS"), 172800, 1, 365 * 86400),
    ("context_max", ("MEMFLUSH_CONTEXT_MAX",), 50, 1, 10000),
    ("max_record_bytes", ("MEMFLUSH_MAX_RECORD_BYTES",), 1048576, 64, 256 * 1024 * 1024),
    ("batch_size", ("MEMFLUSH_BATCH_SIZE",), 1000, 1, 100000),
    ("statement_timeout_ms", ("MEMFLUSH_STATEMENT_TIMEOUT_MS",), 60000, 100, 3600000),
    ("shards", ("MEMFLUSH_SHARDS",), 1, 1, 1024),
    ("redis_tls_insecure", ("MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY",), 0, 0, 1),
)
_STRS = (
    ("redis_url", ("REDIS_URL",), "redis://127.0.0.1:6379/0"),
    ("database_url", ("DATABASE_URL",), None),
    ("prefix", ("MEMFLUSH_PREFIX",), "memflush"),
    ("table", ("MEMFLUSH_TABLE",), "public.chat_memories"),
    ("redis_cacert", ("MEMFLUSH_REDIS_CACERT",), None),
    ("redis_cert", ("MEMFLUSH_REDIS_CERT",), None),
    ("redis_key", ("MEMFLUSH_REDIS_KEY",), None),
)

_TABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]{0,62}(\.[A-Za-z_][A-Za-z0-9_$]{0,62})?$")


def mask_url(url):
    """The URL with its password replaced by ***, for messages."""
    if not url:
        return url
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        netloc = parts.netloc.rsplit("@", 1)
        user = netloc[0].split(":", 1)[0]
        return urlunsplit(parts._replace(netloc="%s:***@%s" % (user, netloc[1])))
    except ValueError:
        return "(a URL that does not parse)"


def url_password(url):
    try:
        return urlsplit(url).password if url else None
    except ValueError:
        return None


def shard_of(conversation_id, shards):
    """The shard of a conversation (contract section 2): zlib's IEEE CRC-32 of
    its UTF-8 bytes, modulo the number of shards."""
    if shards <= 1:
        return 0
    return zlib.crc32(conversation_id.encode("utf-8")) % shards


def _long(name, source, value, lo, hi):
    try:
        if isinstance(value, bool):
            raise ValueError
        v = int(value) if isinstance(value, int) else int(str(value), 10)
        if str(value).strip() != str(value) or v < lo or v > hi:
            raise ValueError
        return v
    except ValueError:
        raise ConfigError('%s must be a whole number from %d to %d, got "%.40s"'
                          % (source, lo, hi, value)) from None


class Config:
    """Every setting, with the C library's defaults and ranges."""

    def __init__(self, **kw):
        for attr, _, default in _STRS:
            setattr(self, attr, default)
        for attr, _, default, _, _ in _LONGS:
            setattr(self, attr, default)
        self.cluster = None          # None: detected; True/False: forced
        self.sources = {}
        self.update(kw, "argument")

    def update(self, kw, how):
        longs = {a: (lo, hi) for a, _, _, lo, hi in _LONGS}
        strs = {a for a, _, _ in _STRS}
        for attr, value in kw.items():
            if value is None:
                continue
            if attr in longs:
                lo, hi = longs[attr]
                src = how if how != "argument" else attr
                setattr(self, attr, _long(attr, src, value, lo, hi))
            elif attr in strs:
                setattr(self, attr, str(value))
            elif attr == "cluster":
                self.cluster = bool(value)
            else:
                raise ConfigError("unknown setting %r (known: %s)" % (
                    attr, ", ".join(sorted(longs) + sorted(strs) + ["cluster"])))
        return self

    @classmethod
    def from_env(cls, environ=None, **overrides):
        """The settings from the environment (as mf_config_load_env), then the
        explicit arguments on top (as flags override the environment)."""
        env = os.environ if environ is None else environ
        c = cls()
        for attr, names, _ in _STRS:
            for n in names:
                v = env.get(n)
                if v:
                    setattr(c, attr, v)
                    break
        for attr, names, _, lo, hi in _LONGS:
            for n in names:
                v = env.get(n)
                if v:
                    setattr(c, attr, _long(attr, n, v, lo, hi))
                    break
        c.update(overrides, "argument")
        c.check()
        return c

    def check(self):
        if not self.prefix or "{" in self.prefix or "}" in self.prefix:
            raise ConfigError("the Redis prefix must be non-empty and contain no braces")
        if not _TABLE.match(self.table or ""):
            raise ConfigError('table name "%.80s" is not a valid identifier; use [schema.]name with '
                              'letters, digits and underscores (for example public.chat_memories)'
                              % self.table)
        return self

    # ------------------------------------------------------------ keys

    def tag(self, conversation_id):
        """The hash tag of the conversation's queue: {P}, or {P:k} with shards."""
        if self.shards <= 1:
            return "{%s}" % self.prefix
        return "{%s:%d}" % (self.prefix, shard_of(conversation_id, self.shards))

    def shard_tag(self, shard):
        """layout.c's mfp_layout_tag: {P} for SHARD_ONE, {P:k} for shard k."""
        if shard == SHARD_ONE:
            return "{%s}" % self.prefix
        return "{%s:%d}" % (self.prefix, shard)

    def registry_key(self):
        """{P}:shards: every shard count saved with (a set; the C library and this
        package SADD their count before their first save)."""
        return "{%s}:shards" % self.prefix

    def configured(self):
        """layout.c's mfp_layout_configured: [SHARD_ONE], or 0..N-1."""
        if self.shards <= 1:
            return [SHARD_ONE]
        return list(range(self.shards))

    def all_shards(self, counts):
        """layout.c's mfp_layout_all: the configured shards, then {P}, then the
        shards of every count in the registry (members counts, ascending), once
        each: every shard that may hold records."""
        got = []
        for c in counts or ():
            m = re.match(rb"\s*[+-]?\d+", c if isinstance(c, bytes) else str(c).encode())
            v = int(m.group(0)) if m else 0
            if 1 <= v <= MAX_SHARDS:
                got.append(v)
        out = self.configured()
        seen = set(out)

        def add(s):
            if s not in seen:
                seen.add(s)
                out.append(s)
        add(SHARD_ONE)
        for c in sorted(got):
            for k in range(c if c > 1 else 0):
                add(k)
        return out

    def tags(self):
        return [self.shard_tag(k) for k in self.configured()]

    def quoted_table(self):
        return ".".join('"%s"' % p for p in self.table.split("."))
