"""Configuration: the C library's table (src/config.c) of environment variables,
defaults and ranges, the key names of contract section 2, and shards.
Knows nothing about connections."""

import os
import re
import zlib
from urllib.parse import unquote

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
    # connect and TLS handshake (the C library's --redis-connect-timeout-ms)
    ("redis_connect_timeout_ms", ("MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS",), 5000, 100, 600000),
)
# rconn.c: each wait for the socket while writing or reading (not a setting in the C library)
REDIS_IO_TIMEOUT_S = 30
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


_ADVICE = ("percent-encode special characters in the password "
           "(@ \u2192 %40, : \u2192 %3A, / \u2192 %2F, % \u2192 %25)")
_KV_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)")


def _userinfo(url):
    """(start, end) of the user-info of a scheme://... URL. Like the C library
    (src/url.c), it runs to the LAST '@': a password with an unencoded '@',
    '/', ':' or '%' must be masked whole, whatever a parser makes of it."""
    if not url or "://" not in url:
        return None
    b = url.index("://") + 3
    at = url.rfind("@", b)
    return (b, at) if at >= 0 else None


def mask_url(url):
    """The URL with its whole user-info (or a key=value password) hidden, for messages."""
    if not url:
        return url
    ui = _userinfo(url)
    if ui is None:
        return _KV_PASSWORD.sub(lambda m: m.group(1) + "****", url)
    return url[:ui[0]] + "****" + url[ui[1]:]


def url_password(url):
    """The password part of url as written (None when there is none)."""
    ui = _userinfo(url)
    if ui is None:
        m = _KV_PASSWORD.search(url or "")
        return m.group(2).strip("'") if m else None
    info = url[ui[0]:ui[1]]
    return info.split(":", 1)[1] if ":" in info else info


def secret_pieces(url):
    """Every text a message could quote from the password: whole, %-decoded,
    and each run of 4+ bytes between the bytes parsers split at."""
    pw = url_password(url)
    if not pw:
        return []
    out = {pw, unquote(pw)}
    for part in re.split(r"[@:/?#%&=]", pw):
        if len(part) >= 4:
            out.add(part)
    return sorted((p for p in out if p), key=len, reverse=True)


def scrub(msg, url):
    """msg with every piece of url's password replaced by ***."""
    msg = str(msg)
    for piece in secret_pieces(url):
        msg = msg.replace(piece, "***")
    return msg


def check_url(name, url):
    """Refuse a URL no parser reads as written (the C library's rule): an
    unencoded / ? or # in the user-info, or a bad %-escape in it."""
    ui = _userinfo(url)
    if ui is None:
        return
    b = ui[0]
    end = b + len(re.split(r"[/?#]", url[b:], maxsplit=1)[0])
    info = url[b:ui[1]]
    why = None
    if ui[1] > end:
        why = "an unencoded / ? or # in the user-info"
    elif re.search(r"%(?![0-9A-Fa-f]{2})", info):
        why = "a % that does not start a %XX escape in the user-info"
    if why:
        raise ConfigError('%s "%s" is not valid (%s); %s' % (name, mask_url(url), why, _ADVICE))


REDIS_FORM = "redis://[user:password@]host:port/db or unix:///path/to/redis.sock"


def check_scheme(url):
    """The C library's refusal (redisconn.c): REDIS_URL starts with redis://,
    rediss:// or unix://, in lower case (redis-py alone would take REDIS://),
    so that a URL works or fails the same in both."""
    if url.startswith(("redis://", "rediss://", "unix://")):
        return
    head = url.partition("://")[0]
    hint = ""
    if url.lower().startswith(("redis://", "rediss://", "unix://")):
        hint = "; the scheme is case-sensitive: write %s:// in lower case" % head.lower()
    raise ConfigError('REDIS_URL "%.200s" is not valid (it cannot be parsed)%s; %s; use %s'
                      % (mask_url(url), hint, _ADVICE, REDIS_FORM))


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
        check_scheme(self.redis_url)
        check_url("REDIS_URL", self.redis_url)
        check_url("DATABASE_URL", self.database_url)
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
