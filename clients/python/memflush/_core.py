"""What the clients do, written once for the synchronous and the asyncio client:
each operation is a generator that yields the I/O it needs (a script call, a
pipeline, a command, a blocking PostgreSQL call) and gets the answer back;
_client.py and _aio.py only run that I/O. The logic follows the C library:
save.c (one turn, save.lua), saver.c (save_many.lua calls, pipelined),
save.h (the user index {P}:uidx:<day> that memflush forget reads),
context.c (Redis first, PostgreSQL to complete, merged by cid) and stats.c."""

import json
import time

import redis

from . import _record, _scripts
from ._config import mask_url, scrub
from ._pg import PgError, PgUnreachable
from .errors import (ConfigError, ContextUnavailable, InvalidRecord, MemflushError, RedisUnavailable,
                     SaveError, SaveManyError, SchemaError)

# saver.c: turns per save_many.lua call, bytes after which a call is closed
CALL_MAX = 64
CALL_BYTES = 128 * 1024
# calls per pipelined round trip (about saver.c's chunk of 1000 turns)
PIPE_TURNS = 1000
CTX_DEFAULT_LIMIT = 20
CTX_MAX_LIMIT = 100000

# save.c: the user index has one bucket (a sorted set) per day of Unix time
INDEX_BUCKET_SECONDS = 86400

# RedisClusterException: redis.cluster's "Redis Cluster cannot be connected" (no seed
# node answers) and its failures to read the slots
# InvalidResponse: what answered is not Redis (an HTTP port, a proxy): the C library's exit 3
TRANSIENT = (redis.ConnectionError, redis.TimeoutError, redis.exceptions.ClusterDownError,
             redis.exceptions.TryAgainError, redis.exceptions.RedisClusterException,
             redis.exceptions.InvalidResponse, OSError)


class SaveResult(dict):
    """What a save returns: cid, token_count, pending_length (of {P}:pending
    after the push) and record (the exact text stored). A dict, with attributes."""

    __getattr__ = dict.get


class SaveManyResult(dict):
    """stored (turns saved) and cids (in input order)."""

    __getattr__ = dict.get


class Context(list):
    """The turns, oldest first, as dicts (section 1 fields). Attributes:
    records_json (the canonical texts, what `memflush context` prints),
    warning (None or the sentence `memflush context` prints on stderr),
    redis_failed, postgres_failed."""

    warning = None
    redis_failed = False
    postgres_failed = False
    records_json = ()


def fill_pipe(p, items):
    """Queue the items of a "pipe" request on a redis-py pipeline (sync or asyncio)."""
    for item in items:
        if item[0] == "cmd":
            p.execute_command(*item[1])
            continue
        s, keys, args = item[1:]
        # execute_command: redis.cluster's pipeline blocks its evalsha() and eval()
        # methods, but routes EVALSHA / EVAL by their keys (one shard's, one slot)
        if item[0] == "script":
            p.execute_command("EVALSHA", s.sha, len(keys), *keys, *args)
        else:
            p.execute_command("EVAL", s.source, len(keys), *keys, *args)
    return p


def noscript(out, items):
    """The script calls Redis refused with NOSCRIPT (it restarted or flushed its
    scripts) and their items to send again with the source."""
    again = [i for i, x in enumerate(out)
             if isinstance(x, redis.exceptions.NoScriptError) and items[i][0] == "script"]
    return again, [("eval",) + tuple(items[i][1:]) for i in again]


def merged(out, again, redo):
    for i, x in zip(again, redo):
        out[i] = x
    for x in out:
        if isinstance(x, TRANSIENT):
            raise x
    return out


def scrubbed(cfg, e):
    """e, or the same kind of exception with every piece of the password
    replaced, when its text quotes one (a server may echo the AUTH command in
    an error reply): what the operations format into their messages."""
    text = str(e)
    clean = scrub(text, cfg.redis_url)
    if clean == text:
        return e
    try:
        return type(e)(clean)
    except Exception:
        return redis.ResponseError(clean)


def step(gen, res, exc):
    """Advance an operation with the answer to its last request (or the
    exception it raised): (next request, False, None) or (None, True, result)."""
    try:
        return (gen.throw(exc) if exc is not None else gen.send(res)), False, None
    except StopIteration as stop:
        return None, True, stop.value


def index_bucket(now=None):
    """The user index bucket of now (save.c's mfp_index_bucket): Unix time // 86400."""
    return int(time.time() if now is None else now) // INDEX_BUCKET_SECONDS


def index_key(tag, bucket=None):
    """{P}:uidx:<bucket>: the day's user index, where memflush forget finds a
    user's context lists (docs/forget.md)."""
    return "%s:uidx:%d" % (tag, index_bucket() if bucket is None else bucket)


def index_member(user_id, ctx_key):
    """An entry of the user index: "<user id>\\0<ctx key>" (save.c)."""
    return user_id.encode("utf-8") + b"\0" + ctx_key.encode("utf-8")


def auth_refusal(cfg, e):
    """A ConfigError when e is Redis refusing the credentials (requirepass or
    an ACL user: NOAUTH, WRONGPASS, NOPERM), else None: one clear message for
    every method, as the C library's exit 2."""
    text = str(e)
    if isinstance(e, redis.exceptions.AuthenticationError) or \
            any(k in text for k in ("NOAUTH", "WRONGPASS", "NOPERM", "invalid username-password",
                                      "Authentication required", "invalid password")):
        return ConfigError("Redis at %s refused the credentials (%s): check the user and password in "
                           "REDIS_URL (redis://:PASSWORD@host:port/db, or redis://USER:PASSWORD@... "
                           "with an ACL user); nothing was changed"
                           % (mask_url(cfg.redis_url), scrub(text, cfg.redis_url)[:80]))
    return None


def unavailable(cfg, what, e):
    text = scrub(e, cfg.redis_url)
    hint = ""
    if cfg.redis_url.startswith("rediss://"):
        if isinstance(e, redis.TimeoutError) and "connecting" in text:
            hint = (" (no connection and TLS handshake within MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS=%d ms: is this "
                    "port TLS? redis:// is plaintext, rediss:// is TLS)" % cfg.redis_connect_timeout_ms)
        elif "wrong version number" in text or "packet length too long" in text:
            hint = " (is this port plaintext? use redis:// for it, rediss:// for a TLS port)"
    elif "closed by server" in text or "reset by peer" in text:
        hint = " (if this port speaks TLS, use rediss://)"
    if isinstance(e, redis.exceptions.InvalidResponse):
        hint = " (the server's answer is not the Redis protocol: check the host and port in REDIS_URL)"
    elif not hint and isinstance(e, redis.ConnectionError) and "connecting to" in text:
        hint = " (check REDIS_URL and that the Redis server runs)"
    return RedisUnavailable("%s: Redis at %s failed: %s%s" % (what, mask_url(cfg.redis_url), text, hint))


class Core:
    def __init__(self, cfg, pg):
        self.cfg = cfg
        self.pg = pg
        self.save_lua = _scripts.script("save.lua")
        self.many_lua = _scripts.script("save_many.lua")
        self.cmax = str(cfg.context_max).encode()
        self.ttl = str(cfg.ttl_seconds).encode()
        self.seen = {}      # stored entry (bytes or str) -> what context needs of it
        self.registered = False     # {P}:shards holds our shard count (layout.c)
        self.keys = {}      # conversation id -> (its tag, {P}:pending, ctx key as bytes)
        self.buckets = {}   # tag -> (day, {P}:uidx:<day> as bytes)

    def register_gen(self):
        """layout.c's mfp_layout_register: before the first save with N > 1
        shards, SADD N to the registry {P}:shards, so that flush, stats, dlq and
        forget find these shards even after the shard count changes."""
        if self.registered or self.cfg.shards <= 1:
            return
        yield ("cmd", ("SADD", self.cfg.registry_key(), str(self.cfg.shards)))
        self.registered = True

    # ------------------------------------------------------------ records

    SEEN_MAX = 4096

    def remember(self, entry, rec, text=None, lazy=False):
        """What a context read needs of a stored entry (canonical text, cid,
        tokens, created_at in microseconds), kept for the next reads of the same
        bytes: a conversation's list mostly holds entries read before. A save
        (lazy) keeps created_at as text when it has not the microseconds at
        hand: the first read converts it (context_gen's add)."""
        tokens = rec.token_count
        if tokens is None:
            tokens = _record.estimate_tokens(rec.user_message) + \
                _record.estimate_tokens(rec.assistant_message)
        when = rec.created_us
        if when is None:
            when = (rec.created_at if lazy else _record.unix_us(rec.created_at)) if rec.created_at \
                else (1 << 63) - 1
        known = (text or rec.to_json(), rec.cid, tokens, when, None)
        if len(entry) > 65536:
            return known
        if len(self.seen) >= self.SEEN_MAX:
            self.seen.clear()
        self.seen[entry] = known
        return known

    def turn(self, conversation_id, user_id, user_message, assistant_message, **kw):
        return _record.from_turn(conversation_id, user_id, user_message, assistant_message,
                                 max_bytes=self.cfg.max_record_bytes, **kw)

    def as_record(self, item):
        """A turn given to save_many / save_record: a Record, a mapping with the
        section 1 field names, or a JSON text (str or bytes)."""
        if isinstance(item, _record.Record):
            return item
        if isinstance(item, dict):
            return _record.from_mapping(item, self.cfg.max_record_bytes)
        if isinstance(item, (str, bytes, bytearray, memoryview)):
            return _record.parse_record(item, self.cfg.max_record_bytes, allow_missing_cid=True)
        raise InvalidRecord("a turn must be a dict, a JSON text or a memflush Record, got %s"
                            % type(item).__name__)

    def completed(self, rec):
        rec.complete()
        text = rec.to_json()
        data = text.encode("utf-8")
        _record.check_completed_size(len(data), self.cfg.max_record_bytes)
        return text, data

    # --------------------------------------------------------------- save

    KEYS_MAX = 4096

    def save_call(self, rec):
        """A save's EVALSHA arguments: (record text, its bytes, the arguments
        after the SHA: 3, KEYS, ARGV). The key names of a conversation are
        made once (a bounded memory), the day's user index once a day."""
        text, data = self.completed(rec)
        conv = rec.conversation_id
        k = self.keys.get(conv)
        if k is None:
            if len(self.keys) >= self.KEYS_MAX:
                self.keys.clear()
            tag = self.cfg.tag(conv)
            k = self.keys[conv] = (tag, (tag + ":pending").encode(), (tag + ":ctx:" + conv).encode())
        day = int(time.time()) // INDEX_BUCKET_SECONDS
        b = self.buckets.get(k[0])
        if b is None or b[0] != day:
            b = self.buckets[k[0]] = (day, index_key(k[0], day).encode())
        member = rec.user_id.encode("utf-8") + b"\0" + k[2]
        return text, data, (3, k[1], k[2], b[1], data, self.cmax, self.ttl, member)

    def save_failed(self, rec, e):
        """The exception a save raises for e (what Redis or the connection said)."""
        if isinstance(e, RedisUnavailable):
            err = RedisUnavailable("could not save the turn (cid %s): %s; a save is one atomic script, "
                                   "so the turn is either not stored at all or stored whole: saving it "
                                   "again with the same cid is safe (one row)" % (rec.cid, e))
            err.cid = rec.cid
            return err
        if isinstance(e, redis.ResponseError):
            return SaveError("redis refused saving a turn (or registering the shard count): %s; a memflush key holds another type: check "
                             "the prefix (MEMFLUSH_PREFIX) or move the foreign key away; nothing was "
                             "saved" % scrub(e, self.cfg.redis_url))
        return e

    def saved(self, rec, text, data, n):
        """What a save returns once Redis answered n."""
        self.remember(data, rec, text, lazy=True)
        return SaveResult(cid=rec.cid, token_count=rec.token_count, pending_length=int(n),
                          record=text, conversation_id=rec.conversation_id)

    def save_ready(self):
        """Whether a save is one EVALSHA (no shard count to register first)."""
        return self.registered or self.cfg.shards <= 1

    def save_gen(self, rec):
        text, data, call = self.save_call(rec)
        try:
            yield from self.register_gen()
            n = yield ("evalsha", self.save_lua, call)
        except (RedisUnavailable, redis.ResponseError) as e:
            raise self.save_failed(rec, e) from None
        return self.saved(rec, text, data, n)

    # ---------------------------------------------------------- save many

    def calls(self, recs):
        """Group (data, conversation_id, user_id) turns into save_many.lua calls
        as saver.c does: in order, at most CALL_MAX turns or CALL_BYTES a call,
        one queue (shard) a call, and a new call when a conversation of the
        open call changes user (save_many.lua takes one user id per context
        list). Yields (turns, keys, args): KEYS = pending, the distinct ctx
        keys, the user index; ARGV = context max, ttl, the index map, one user
        id per ctx key, the records."""
        cur_tag = None
        keys, idx, users, args, size, n = [], {}, [], [], 0, 0
        cmap = bytearray()

        def call():
            return n, keys + [index_key(cur_tag)], [self.cmax, self.ttl, bytes(cmap)] + users + args

        for data, conv, user in recs:
            tag = self.cfg.tag(conv)
            k = idx.get(conv) if n else None
            if n and (tag != cur_tag or n >= CALL_MAX or size >= CALL_BYTES or
                      (k is not None and k[1] != user)):
                yield call()
                keys, idx, users, args, size, n = [], {}, [], [], 0, 0
                cmap = bytearray()
                k = None
            if not n:
                cur_tag = tag
                keys = [tag + ":pending"]
            if k is None:
                ub = user.encode("utf-8")
                k = idx[conv] = (len(keys), user)
                keys.append(tag + ":ctx:" + conv)
                users.append(ub)
                # saver.c counts the ctx key's and the user id's bytes too
                size += len(keys[-1].encode("utf-8")) + len(ub)
            cmap.append(k[0] - 1)
            args.append(data)
            size += len(data)
            n += 1
        if n:
            yield call()

    def save_many_gen(self, items):
        recs, texts, cids = [], [], []
        for i, item in enumerate(items):
            try:
                rec = self.as_record(item)
                data = self.completed(rec)[1]
            except InvalidRecord as e:
                raise InvalidRecord("turn %d (counting from 0): %s; nothing was saved" % (i, e)) from None
            recs.append((data, rec.conversation_id, rec.user_id))
            texts.append(data)
            cids.append(rec.cid)
        total = len(recs)
        stored = 0
        batch, turns = [], 0
        calls = list(self.calls(recs))
        try:
            if calls:
                yield from self.register_gen()
        except (RedisUnavailable, redis.ResponseError) as e:
            raise SaveManyError("save_many stopped before its first turn: registering the shard count "
                                "in %s failed: %s; nothing was saved"
                                % (self.cfg.registry_key(), scrub(e, self.cfg.redis_url)),
                                0, texts) from None
        for j, (n, keys, args) in enumerate(calls):
            batch.append((n, keys, args))
            turns += n
            if turns < PIPE_TURNS and j + 1 < len(calls):
                continue
            try:
                replies = yield ("pipe", [("script", self.many_lua, keys, args) for _, keys, args in batch])
            except RedisUnavailable as e:
                raise SaveManyError(
                    "save_many stopped: %s; %d of %d turns are confirmed saved (the first ones, in "
                    "order); each turn is saved whole or not at all, and the unconfirmed ones may or "
                    "may not be stored: save the rest again from err.records (cids set; the same cid "
                    "is one row)" % (e, stored, total), stored, texts) from None
            for (n, keys, _), rep in zip(batch, replies):
                if isinstance(rep, Exception) or not isinstance(rep, list) or not rep:
                    raise SaveManyError("redis refused saving turns: %s; %d of %d turns are saved"
                                        % (scrub(rep, self.cfg.redis_url), stored, total), stored, texts)
                stored += int(rep[0])
                if len(rep) > 1:
                    msg = rep[1].decode("utf-8", "replace") if isinstance(rep[1], bytes) else rep[1]
                    raise SaveManyError(
                        "redis refused saving turns: %s; a memflush key holds another type: check the "
                        "prefix (MEMFLUSH_PREFIX) or move the foreign key away; the turns of that "
                        "conversation were not saved (%d of %d turns are saved)" % (msg, stored, total),
                        stored, texts)
            batch, turns = [], 0
        return SaveManyResult(stored=stored, cids=cids)

    # ------------------------------------------------------------ context

    def context_gen(self, conversation_id, limit=None, max_tokens=None):
        if not isinstance(conversation_id, str) or not conversation_id:
            raise MemflushError("a conversation id is required (conversation_id)")
        limit = CTX_DEFAULT_LIMIT if not limit else int(limit)
        if limit < 1:
            raise MemflushError("limit must be at least 1, got %d" % limit)
        limit = min(limit, CTX_MAX_LIMIT)
        items, seen = [], set()
        skipped = [0]
        ctx = Context()

        def add(entry):
            known = self.seen.get(entry)
            if known is None:
                try:
                    rec = _record.parse_record(entry, 0)
                except InvalidRecord:
                    skipped[0] += 1
                    return
                known = self.remember(entry, rec)
            elif type(known[3]) is str:
                known = self.seen[entry] = known[:3] + (_record.unix_us(known[3]), known[4])
            items.append(known[:4] + (len(items), entry))

        key = self.cfg.tag(conversation_id) + ":ctx:" + conversation_id
        try:
            entries = yield ("cmd", ("LRANGE", key, 0, limit - 1))
            for e in entries:
                add(e)
        except RedisUnavailable as e:
            ctx.redis_failed = True
            ctx.warning = "answered from PostgreSQL alone: %s" % e
        except redis.ResponseError as e:
            raise MemflushError("redis refused reading the context list %s: %s"
                                % (key, scrub(e, self.cfg.redis_url))) from None
        distinct = len({it[1] for it in items})
        if ctx.redis_failed or distinct < limit:
            try:
                rows = yield ("pg", self.pg.recent, (conversation_id, limit))
                for row in rows:
                    add(row)
            except (PgUnreachable, PgError, SchemaError) as e:
                if ctx.redis_failed:
                    raise ContextUnavailable("could not read the context from Redis nor PostgreSQL: %s"
                                             % e) from None
                if not isinstance(e, PgUnreachable):
                    raise
                ctx.postgres_failed = True
                ctx.warning = "only the %d turn(s) Redis holds: %s" % (distinct, e)
        if skipped[0] and ctx.warning is None:
            n = skipped[0]
            ctx.warning = "skipped %d stored entr%s that %s not valid turn records" % (
                n, "y" if n == 1 else "ies", "is" if n == 1 else "are")
        uniq = []
        for it in items:             # Redis before PostgreSQL, newer before older
            if it[1] not in seen:
                seen.add(it[1])
                uniq.append(it)
        uniq.sort(key=lambda it: (-it[3], it[4]))
        keep = uniq[:limit]
        if max_tokens:
            total, k = 0, 0
            for it in keep:
                if total + it[2] > max_tokens:
                    break
                total += it[2]
                k += 1
            keep = keep[:k]
        keep.reverse()
        ctx.records_json = [it[0] for it in keep]
        ctx.extend(self.as_dict(it[0], it[5]) for it in keep)
        return ctx

    PARSED_MAX = 16384

    def as_dict(self, text, entry):
        """A turn of a context answer as a new dict: a copy of the one parsed
        for an earlier read of the same entry (containers copied, so a caller
        changing it changes nothing here), else parsed and kept for the next."""
        known = self.seen.get(entry)
        if known is not None and known[4] is not None:
            try:
                return _turn_copy(known[4])
            except RecursionError:
                pass
        d = json.loads(text)
        if known is not None and len(text) <= self.PARSED_MAX:
            self.seen[entry] = known[:4] + (d,)
            return _turn_copy(d)
        return d

    # -------------------------------------------------------------- stats

    def stats_gen(self):
        """stats.c: every shard that may hold records (the configured ones, {P},
        and those of every count in the registry {P}:shards), summed; with more
        than one, each shard's figures follow in "shards" as `memflush stats`."""
        try:
            counts = yield ("cmd", ("SMEMBERS", self.cfg.registry_key()))
        except RedisUnavailable as e:
            raise RedisUnavailable("could not read the queue statistics: %s" % e) from None
        except redis.ResponseError as e:
            raise MemflushError("redis refused reading the shard counts (%s must be a set): %s"
                                % (self.cfg.registry_key(), scrub(e, self.cfg.redis_url))) from None
        out = None
        per = []
        for shard in self.cfg.all_shards(counts):
            one = yield from self.shard_stats_gen(self.cfg.shard_tag(shard))
            per.append(dict(shard=shard, **one))
            if out is None:
                out = dict(one)
                continue
            for k, v in one.items():
                if k == "oldest_pending_age_seconds":
                    if v is not None and (out[k] is None or v > out[k]):
                        out[k] = v
                elif k not in ("status", "ttl_seconds"):
                    out[k] += v
        if len(per) > 1:
            out["shards"] = per
        return out

    def shard_stats_gen(self, tag):
        """stats.c's shard_stats: the figures of one shard's keys."""
        out = {"status": "active", "pending_queue_length": 0, "in_flight": 0,
               "dead_letter_length": 0, "oldest_pending_age_seconds": None,
               "ttl_seconds": self.cfg.ttl_seconds, "leases": 0, "expired_leases": 0,
               "orphan_in_flight": 0, "forgets": 0, "forgotten_turns": 0, "prunes": 0,
               "pruned_rows": 0, "forgets_in_progress": 0}
        pending, dead, leases, inflight = (tag + ":pending", tag + ":dead", tag + ":leases",
                                           tag + ":inflight:")
        try:
            r = yield ("pipe", [("cmd", ("LLEN", pending)), ("cmd", ("LLEN", dead)),
                                ("cmd", ("LINDEX", pending, 0)),
                                ("cmd", ("ZRANGE", leases, 0, -1, "WITHSCORES")),
                                # memflush forget / prune counters (erasures_get.lua)
                                ("cmd", ("HMGET", tag + ":erasures", *ERASURE_COUNTERS)),
                                ("cmd", ("HLEN", tag + ":forget"))])
            # the clock of the shard's node (a cluster routes keyless commands elsewhere)
            t = yield ("node", pending, ("TIME",))
        except RedisUnavailable as e:
            raise RedisUnavailable("could not read the queue statistics: %s" % e) from None
        for x in r:
            if isinstance(x, Exception):
                raise MemflushError("redis refused the queue statistics (%s and %s must be lists, "
                                    "%s a sorted set, %s:erasures and %s:forget hashes): %s"
                                    % (pending, dead, leases, tag, tag, x))
        out["pending_queue_length"] = int(r[0])
        out["dead_letter_length"] = int(r[1])
        if r[2] is not None:
            age = _age(r[2])
            if age is not None:
                out["oldest_pending_age_seconds"] = round(age, 3)
        for name, v in zip(ERASURE_COUNTERS, r[4]):
            out[name] = _counter(v)
        out["forgets_in_progress"] = int(r[5])
        now_ms = int(t[0]) * 1000 + int(t[1]) // 1000
        members = r[3]
        names = [members[i] for i in range(0, len(members) - 1, 2)]
        for i in range(0, len(members) - 1, 2):
            out["leases"] += 1
            if float(members[i + 1]) < now_ms:
                out["expired_leases"] += 1
        if names:
            lens = yield ("pipe", [("cmd", ("LLEN", inflight.encode() + m)) for m in names])
            out["in_flight"] += sum(int(x) for x in lens if not isinstance(x, Exception))
        pat = _glob_escape(inflight) + "*"
        cursor = b"0"
        known = set(names)
        plen = len(inflight.encode())
        while True:
            # on the shard's node only: a cluster's SCAN would ask every master
            cursor, keys = yield ("node", pending, ("SCAN", cursor, "MATCH", pat, "COUNT", 1000))
            if isinstance(cursor, dict):            # redis.cluster's answer for one node
                cursor = next(iter(cursor.values()))
            orphans = [k for k in keys if len(k) > plen and k[plen:] not in known]
            if orphans:
                lens = yield ("pipe", [("cmd", ("LLEN", k)) for k in orphans])
                n = sum(int(x) for x in lens if not isinstance(x, Exception))
                out["orphan_in_flight"] += n
                out["in_flight"] += n
            if int(cursor) == 0:
                break
        return out


ERASURE_COUNTERS = ("forgets", "forgotten_turns", "prunes", "pruned_rows")


_SCALARS = frozenset((str, int, float, bool, type(None)))


def _clone(v):
    """A copy of a parsed JSON value down to its strings and numbers."""
    t = type(v)
    if t is dict:
        return {k: x if type(x) in _SCALARS else _clone(x) for k, x in v.items()}
    if t is list:
        return [x if type(x) in _SCALARS else _clone(x) for x in v]
    return v


def _turn_copy(d):
    """A copy of a parsed canonical record: its top-level values are strings and
    numbers but for metadata and reflection."""
    out = d.copy()
    m = out.get("metadata")
    if m:
        out["metadata"] = _clone(m)
    m = out.get("reflection")
    if m:
        out["reflection"] = _clone(m)
    return out


def _counter(v):
    """A counter of {P}:erasures as erasures_get.lua reads it (tonumber(v) or 0)."""
    try:
        return int(float(v)) if v is not None else 0
    except (TypeError, ValueError):
        return 0


def _age(rec):
    try:
        v = json.loads(rec)
        ca = v.get("created_at") if isinstance(v, dict) else None
        if not isinstance(ca, str):
            return None
        t = _record.unix_us(ca) / 1e6
    except (ValueError, TypeError):
        return None
    return max(time.time() - t, 0.0)


def _glob_escape(s):
    return "".join("\\" + c if c in "*?[]\\" else c for c in s)
