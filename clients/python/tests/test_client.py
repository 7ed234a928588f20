"""The clients against the rig's real servers: every method sync and async,
the same bytes in Redis as the C library, failures (Redis stopped mid
save_many, PostgreSQL down during context), many asyncio tasks, shards."""

import asyncio
import json
import os
import threading
import time
import redis

import pytest

import memflush
from memflush import _config
from conftest import pg_rows, rig, run_memflush, uidx_state

TURNS = [
    dict(conversation_id="conv-a", user_id="u-1", user_message="hi", assistant_message="hello!"),
    dict(conversation_id="conv-a", user_id="u-1", user_message="你好，世界 🎉", assistant_message="こんにちは",
         token_count=7),
    dict(conversation_id="conv-b", user_id="u-2", user_message='tab\t"q" \\ nl\n', assistant_message="",
         metadata={"source": "web", "n": 1, "r": 0.85, "deep": {"x": [1, 2.5, None, True]}}),
    dict(conversation_id="conv-b", user_id="u-2", user_message="café", assistant_message="crème",
         reflection={"summary": "ok", "confidence": 0.8, "causes": []}),
    dict(conversation_id="conv-c ünï", user_id="u-3", user_message="x" * 3000, assistant_message="y"),
    dict(conversation_id="conv-a", user_id="u-1", user_message="again", assistant_message="and again",
         metadata={}, reflection=None),
]


def fixed(turns):
    out = []
    for i, t in enumerate(turns):
        t = dict(t, cid="fixed-%d" % i, created_at="2025-10-27T08:15:%02d.%06d+02:00" % (i, i * 1111))
        out.append(t)
    return out


def push_flags(t):
    argv = ["push", "--conversation-id", t["conversation_id"], "--user-id", t["user_id"],
            "--user-message", t["user_message"], "--assistant-message", t["assistant_message"],
            "--cid", t["cid"], "--created-at", t["created_at"]]
    if t.get("token_count") is not None:
        argv += ["--token-count", str(t["token_count"])]
    if t.get("metadata") is not None:
        argv += ["--metadata", json.dumps(t["metadata"])]
    if "reflection" in t:
        argv += ["--reflection", json.dumps(t["reflection"])]
    return argv


def redis_state(raw, prefix, convs):
    state = {"pending": raw.lrange("{%s}:pending" % prefix, 0, -1)}
    for c in convs:
        k = "{%s}:ctx:%s" % (prefix, c)
        state[c] = raw.lrange(k, 0, -1)
        assert raw.ttl(k) > 0
    state["uidx"] = uidx_state(raw, prefix)
    return state


def index_members(turns):
    """The user index entries turns leave: "<user id>\\0{P}:ctx:<conversation>"."""
    return sorted({(t["user_id"] + "\0{P}:ctx:" + t["conversation_id"]).encode() for t in turns})


def convs_of(turns):
    return sorted({t["conversation_id"] for t in turns})


def test_save_same_bytes_as_c_push(raw, prefix):
    turns = fixed(TURNS)
    for t in turns:
        run_memflush(prefix + "c", *push_flags(t))
    with memflush.Client.from_env(prefix=prefix + "p") as c:
        for i, t in enumerate(turns):
            res = c.save(**t)
            assert res.cid == t["cid"] and res.pending_length == i + 1
    a = redis_state(raw, prefix + "c", convs_of(turns))
    b = redis_state(raw, prefix + "p", convs_of(turns))
    assert a == b
    assert len(a["pending"]) == len(turns)
    (day, members), = a["uidx"].items()      # one bucket: today's
    assert day == b"{P}:uidx:%d" % (int(time.time()) // 86400)
    assert [m for m, sc in members] == index_members(turns) and {sc for m, sc in members} == {0.0}


def test_async_save_same_bytes_as_c_push(raw, prefix):
    turns = fixed(TURNS)
    for t in turns:
        run_memflush(prefix + "c", *push_flags(t))

    async def main():
        async with memflush.AsyncClient.from_env(prefix=prefix + "p") as c:
            for t in turns:
                res = await c.save(**t)
                assert res.cid == t["cid"]
    asyncio.run(main())
    assert redis_state(raw, prefix + "c", convs_of(turns)) == redis_state(raw, prefix + "p", convs_of(turns))


def many_records(n, convs=7):
    out = []
    for i in range(n):
        out.append({"cid": "m-%d" % i, "conversation_id": "mc-%d" % (i % convs), "user_id": "u",
                    "user_message": "turn %d 你好" % i, "assistant_message": "answer %d" % i,
                    "created_at": "2025-10-27T08:%02d:%02d.%03dZ" % (i // 3600 % 60, i // 60 % 60, i % 1000),
                    "metadata": {"i": i, "f": i / 7}, "extra_field": i % 3})
    return out


def push_jsonl_and_save_many(prefix, recs, mode):
    """recs through `memflush push --jsonl` under prefix+"c", through save_many (sync or
    async) under prefix+"p"; the SaveManyResult."""
    run_memflush(prefix + "c", "push", "--jsonl", "-",
                 stdin="\n".join(json.dumps(r, ensure_ascii=False) for r in recs).encode())
    if mode == "sync":
        with memflush.Client.from_env(prefix=prefix + "p") as c:
            return c.save_many(recs)

    async def main():
        async with memflush.AsyncClient.from_env(prefix=prefix + "p") as c:
            return await c.save_many(recs)
    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_save_many_same_bytes_as_push_jsonl(raw, prefix, mode):
    recs = many_records(700)
    env_ctx = {"MEMFLUSH_CONTEXT_MAX": "5"}
    os.environ.update(env_ctx)
    try:
        res = push_jsonl_and_save_many(prefix, recs, mode)
    finally:
        del os.environ["MEMFLUSH_CONTEXT_MAX"]
    assert res.stored == len(recs) and res.cids == [r["cid"] for r in recs]
    convs = sorted({r["conversation_id"] for r in recs})
    a = redis_state(raw, prefix + "c", convs)
    b = redis_state(raw, prefix + "p", convs)
    assert a == b
    assert all(len(a[c]) == 5 for c in convs)
    assert [m for m, _ in next(iter(a["uidx"].values()))] == index_members(recs)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_save_many_user_change_within_a_call_indexed_as_c(raw, prefix, mode):
    """A conversation that changes user within one save_many.lua call: saver.c starts a
    new call there, so both users' index entries name the list. (Fails when the client
    passes one user per conversation without cutting the call: checked.)"""
    recs = many_records(40, convs=3)
    for i, r in enumerate(recs):
        r["user_id"] = "u-%d" % (i // 7 % 3)      # mc-0 is saved by u-0, u-1 and u-2
    res = push_jsonl_and_save_many(prefix, recs, mode)
    assert res.stored == len(recs)
    convs = convs_of(recs)
    a = redis_state(raw, prefix + "c", convs)
    assert a == redis_state(raw, prefix + "p", convs)
    got = [m for m, _ in next(iter(a["uidx"].values()))]
    assert got == index_members(recs) and len(got) == 9


def test_calls_cut_where_a_conversation_changes_user(prefix):
    """The call layout of saver.c: a new call at a user change, KEYS = pending, ctx keys,
    the index; ARGV = cmax, ttl, map, a user id per ctx key, the records."""
    from memflush import _core
    core = _core.Core(_config.Config.from_env(prefix=prefix), None)
    recs = [(b"r0", "c1", "u1"), (b"r1", "c2", "u2"), (b"r2", "c1", "u1"), (b"r3", "c1", "u3"),
            (b"r4", "c2", "u2")]
    calls = list(core.calls(recs))
    tag = "{%s}" % prefix
    uidx = tag + ":uidx:%d" % (int(time.time()) // 86400)
    assert [c[0] for c in calls] == [3, 2]
    assert calls[0][1] == [tag + ":pending", tag + ":ctx:c1", tag + ":ctx:c2", uidx]
    assert calls[0][2][2:] == [b"\x00\x01\x00", b"u1", b"u2", b"r0", b"r1", b"r2"]
    assert calls[1][1] == [tag + ":pending", tag + ":ctx:c1", tag + ":ctx:c2", uidx]
    assert calls[1][2][2:] == [b"\x00\x01", b"u3", b"u2", b"r3", b"r4"]


def test_forget_user_removes_turns_saved_by_python(raw, prefix):
    """memflush forget --user-id finds the context lists the Python client wrote through
    its user index and removes the user's turns everywhere; other users' stay. save() and
    save_many() write to conversations of their own, so each one's index entries count.
    (Fails when either leaves the index out: checked.)"""
    turns = [dict(conversation_id="f%s-%d" % ("s" if i < 6 else "m", i % 3),
                  user_id="gone" if i % 2 == 0 else "kept",
                  user_message="m %d" % i, assistant_message="a %d" % i) for i in range(12)]
    with memflush.Client.from_env(prefix=prefix) as c:
        for t in turns[:6]:
            c.save(**t)
        assert c.save_many(turns[6:]).stored == 6
    ctx = ["{%s}:ctx:f%s-%d" % (prefix, sm, i) for sm in "sm" for i in range(3)]
    assert sum(raw.llen(k) for k in ctx) == 12
    p = run_memflush(prefix, "forget", "--user-id", "gone", "--yes")
    out = json.loads(p.stdout.decode().strip().splitlines()[-1])
    assert out["removed"]["context"] == 6 and out["removed"]["pending"] == 6, out
    users = [json.loads(e)["user_id"] for k in ctx for e in raw.lrange(k, 0, -1)]
    assert users == ["kept"] * 6
    pend = [json.loads(e)["user_id"] for e in raw.lrange("{%s}:pending" % prefix, 0, -1)]
    assert pend == ["kept"] * 6
    # the index entries stay until their day's bucket expires (docs/forget.md): a saver may
    # rely on an entry it added today; forgetting again finds nothing more
    left = [m for k in raw.scan_iter(match="{%s}:uidx:*" % prefix) for m in raw.zrange(k, 0, -1)]
    assert any(m.startswith(b"kept\0") for m in left) and any(m.startswith(b"gone\0") for m in left)
    p = run_memflush(prefix, "forget", "--user-id", "gone", "--yes")
    out = json.loads(p.stdout.decode().strip().splitlines()[-1])
    assert out["removed"]["context"] == 0 and out["removed"]["pending"] == 0, out


def test_save_many_json_texts_and_records(client, raw, prefix):
    texts = [json.dumps(r) for r in many_records(10)]
    res = client.save_many(texts + [memflush.parse_record(texts[0].encode())] + [texts[1].encode()])
    assert res.stored == 12
    assert raw.llen("{%s}:pending" % prefix) == 12


# ------------------------------------------------------------- context

def seed_context(prefix, raw):
    """Turns 0-9 flushed to PostgreSQL, 10-14 only in Redis, with a context list."""
    recs = many_records(15, convs=1)
    with memflush.Client.from_env(prefix=prefix) as c:
        c.save_many(recs[:10])
    run_memflush(prefix, "flush")
    raw.delete("{%s}:ctx:mc-0" % prefix)
    with memflush.Client.from_env(prefix=prefix) as c:
        c.save_many(recs[8:])     # 8, 9 in both: merged by cid
    return recs


def c_context(prefix, *args):
    p = run_memflush(prefix, "context", "--conversation-id", "mc-0", *args)
    return [ln.encode() for ln in p.stdout.decode().splitlines()], p.stderr.decode()


@pytest.mark.parametrize("args", [(), ("--limit", "3"), ("--limit", "12"), ("--limit", "40"),
                                  ("--limit", "12", "--max-tokens", "40")])
def test_context_same_as_c(raw, prefix, args):
    seed_context(prefix, raw)
    want, _ = c_context(prefix, *args)
    kw = {}
    if "--limit" in args:
        kw["limit"] = int(args[args.index("--limit") + 1])
    if "--max-tokens" in args:
        kw["max_tokens"] = int(args[args.index("--max-tokens") + 1])
    with memflush.Client.from_env(prefix=prefix) as c:
        got = c.context("mc-0", **kw)
        again = c.context("mc-0", **kw)         # the entries known from the first read
        c.save("mc-0", "u", "one more", "turn", created_at="2030-01-01T00:00:00Z")
        newer = c.context("mc-0", **kw)
    assert list(again) == list(got) and again.records_json == got.records_json
    assert [t.encode() for t in got.records_json] == want
    want2 = c_context(prefix, *args)[0]
    assert [t.encode() for t in newer.records_json] == want2
    assert got.warning is None
    assert [r["cid"] for r in got] == [json.loads(x)["cid"] for x in want]

    async def main():
        async with memflush.AsyncClient.from_env(prefix=prefix) as c:
            return await c.context("mc-0", **kw)
    agot = asyncio.run(main())
    assert [t.encode() for t in agot.records_json] == want2


def test_context_skips_foreign_entries_with_warning(client, raw, prefix):
    client.save("cf", "u", "a", "b")
    raw.lpush("{%s}:ctx:cf" % prefix, b"not a record")
    ctx = client.context("cf")
    assert len(ctx) == 1
    assert ctx.warning == "skipped 1 stored entry that is not valid turn records"   # the C words
    p = run_memflush(prefix, "context", "--conversation-id", "cf")
    assert ctx.warning in p.stderr.decode()


def test_context_postgres_down(raw, prefix, servers_back):
    seed_context(prefix, raw)
    rig("stop-pg", "fast")
    for mode in ("sync", "async"):
        if mode == "sync":
            with memflush.Client.from_env(prefix=prefix) as c:
                ctx = c.context("mc-0", limit=20)
        else:
            async def main():
                async with memflush.AsyncClient.from_env(prefix=prefix) as c:
                    return await c.context("mc-0", limit=20)
            ctx = asyncio.run(main())
        assert [r["cid"] for r in ctx] == ["m-%d" % i for i in range(8, 15)]
        assert ctx.postgres_failed and ctx.warning.startswith("only the 7 turn(s) Redis holds: ")
    p = run_memflush(prefix, "context", "--conversation-id", "mc-0")
    assert "only the 7 turn(s) Redis holds: " in p.stderr.decode()


def test_context_redis_down(raw, prefix, servers_back):
    seed_context(prefix, raw)
    with memflush.Client.from_env(prefix=prefix) as c:
        c.ping()
        rig("stop-redis")
        ctx = c.context("mc-0", limit=20)
        assert [r["cid"] for r in ctx] == ["m-%d" % i for i in range(10)]
        assert ctx.redis_failed and ctx.warning.startswith("answered from PostgreSQL alone: ")
        rig("stop-pg", "fast")
        with pytest.raises(memflush.ContextUnavailable, match="could not read the context from Redis nor PostgreSQL"):
            c.context("mc-0")


# --------------------------------------------------------------- stats

def test_stats_same_as_c(client, raw, prefix):
    client.save_many(many_records(30))
    raw.rpush("{%s}:dead" % prefix, b"{}")
    # memflush forget / prune counters, and a forget that did not finish
    raw.hset("{%s}:erasures" % prefix, mapping={"forgets": 2, "forgotten_turns": 7, "prunes": 1})
    raw.hset("{%s}:forget" % prefix, "u:someone", 1)
    want = json.loads(run_memflush(prefix, "stats").stdout)
    assert (want["forgets"], want["forgotten_turns"], want["prunes"], want["forgets_in_progress"]) == (2, 7, 1, 1)
    got = client.stats()
    assert list(got) == list(want)
    for k in got:
        if k == "oldest_pending_age_seconds":
            assert abs(got[k] - want[k]) < 5
        else:
            assert got[k] == want[k], k
    agot = asyncio.run(_astats(prefix))
    assert agot["pending_queue_length"] == 30 and agot["dead_letter_length"] == 1


async def _astats(prefix):
    async with memflush.AsyncClient.from_env(prefix=prefix) as c:
        return await c.stats()


def test_stats_counts_in_flight(client, raw, prefix):
    client.save_many(many_records(5))
    raw.zadd("{%s}:leases" % prefix, {"f1": (time.time() - 10) * 1000})
    raw.rpush("{%s}:inflight:f1" % prefix, b"a", b"b")
    raw.rpush("{%s}:inflight:lost" % prefix, b"c")
    s = client.stats()
    want = json.loads(run_memflush(prefix, "stats").stdout)
    assert s["in_flight"] == want["in_flight"] == 3
    assert s["orphan_in_flight"] == want["orphan_in_flight"] == 1
    assert s["expired_leases"] == want["expired_leases"] == 1


# ---------------------------------------------------------- failures

def test_save_when_redis_is_down(prefix, servers_back):
    c = memflush.Client.from_env(prefix=prefix)
    rig("stop-redis")
    with pytest.raises(memflush.RedisUnavailable) as ei:
        c.save("c", "u", "hi", "yo", cid="down-1")
    assert "down-1" in str(ei.value) and "same cid is safe" in str(ei.value)

    async def main():
        async with memflush.AsyncClient.from_env(prefix=prefix) as a:
            await a.save("c", "u", "hi", "yo")
    with pytest.raises(memflush.RedisUnavailable):
        asyncio.run(main())
    rig("start-redis")
    assert c.save("c", "u", "hi", "yo").pending_length == 1   # the pool reconnects
    c.close()


def test_redis_stopped_mid_save_many(raw, prefix, servers_back):
    """Nothing half-written: every turn in {P}:pending is in its context list
    and the other way round; a clear exception with what was confirmed."""
    recs = many_records(60000, convs=50)
    for r in recs:
        r["user_message"] = "m" * 200
    err = []
    c = memflush.Client.from_env(prefix=prefix)
    c.ping()

    def run():
        try:
            c.save_many(recs)
        except memflush.SaveManyError as e:
            err.append(e)

    t = threading.Thread(target=run)
    t.start()
    deadline = time.time() + 60
    while raw.llen("{%s}:pending" % prefix) < 2000 and time.time() < deadline:
        time.sleep(0.005)
    rig("stop-redis")       # SHUTDOWN: the AOF keeps what Redis acknowledged
    t.join(120)
    assert err, "save_many did not fail although Redis stopped"
    e = err[0]
    assert "save_many stopped" in str(e) and "confirmed saved" in str(e)
    assert 0 < e.stored < len(recs) and len(e.records) == len(recs)
    rig("start-redis")
    pending = raw.lrange("{%s}:pending" % prefix, 0, -1)
    assert len(pending) >= e.stored
    assert pending == [x for x in e.records[:len(pending)]]     # whole turns, in order
    in_ctx = set()
    for k in raw.scan_iter("{%s}:ctx:*" % prefix):
        for x in raw.lrange(k, 0, -1):
            in_ctx.add(json.loads(x)["cid"])
    in_pending = [json.loads(x)["cid"] for x in pending]
    recent = {}     # each context list keeps the newest 50 of its conversation
    for cid, x in zip(in_pending, pending):
        recent.setdefault(json.loads(x)["conversation_id"], []).append(cid)
    want = set()
    for lst in recent.values():
        want.update(lst[-50:])
    assert in_ctx == want
    c.close()


def test_many_asyncio_tasks_then_flush_exactly_once(prefix):
    n_tasks, per = 50, 20

    async def main():
        async with memflush.AsyncClient.from_env(prefix=prefix) as c:
            async def worker(k):
                return [(await c.save("conc-%d" % (k % 7), "u-%d" % k, "q %d" % i, "a %d" % i)).cid
                        for i in range(per)]
            return await asyncio.gather(*(worker(k) for k in range(n_tasks)))
    cids = [cid for lst in asyncio.run(main()) for cid in lst]
    assert len(set(cids)) == n_tasks * per
    run_memflush(prefix, "flush")
    rows = pg_rows("SELECT cid, count(*) FROM public.chat_memories WHERE conversation_id LIKE 'conc-%%' "
                   "GROUP BY cid")
    assert len(rows) == len(cids) and {r[0] for r in rows} == set(cids)
    assert all(r[1] == 1 for r in rows)


# -------------------------------------------------- config, shards, keys

def test_from_env_reads_the_c_variables(monkeypatch):
    monkeypatch.setenv("MEMORY_REDIS_TTL_SECONDS", "600")
    monkeypatch.delenv("MEMFLUSH_TTL_SECONDS", raising=False)
    assert memflush.Config.from_env().ttl_seconds == 600
    monkeypatch.setenv("MEMFLUSH_TTL_SECONDS", "700")
    assert memflush.Config.from_env().ttl_seconds == 700           # the first wins
    monkeypatch.setenv("MEMFLUSH_CONTEXT_MAX", "0")
    with pytest.raises(memflush.ConfigError, match='MEMFLUSH_CONTEXT_MAX must be a whole number from 1 to 10000, got "0"'):
        memflush.Config.from_env()
    monkeypatch.setenv("MEMFLUSH_CONTEXT_MAX", "7")
    monkeypatch.setenv("MEMFLUSH_MAX_RECORD_BYTES", "4096")
    monkeypatch.setenv("MEMFLUSH_PREFIX", "pfx")
    monkeypatch.setenv("MEMFLUSH_TABLE", "app.turns")
    c = memflush.Config.from_env(ttl_seconds=5)
    assert (c.ttl_seconds, c.context_max, c.max_record_bytes, c.prefix, c.table) == (5, 7, 4096, "pfx", "app.turns")
    monkeypatch.setenv("MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY", "1")
    monkeypatch.setenv("MEMFLUSH_REDIS_CERT", "/c.pem")
    monkeypatch.setenv("MEMFLUSH_REDIS_KEY", "/c.key")
    monkeypatch.setenv("MEMFLUSH_SHARDS", "16")
    c = memflush.Config.from_env()
    assert (c.redis_tls_insecure, c.redis_cert, c.redis_key, c.shards) == (1, "/c.pem", "/c.key", 16)
    monkeypatch.setenv("MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY", "yes")
    with pytest.raises(memflush.ConfigError, match="MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY must be a whole number from 0 to 1"):
        memflush.Config.from_env()
    monkeypatch.delenv("MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY")
    monkeypatch.setenv("MEMFLUSH_TABLE", "bad-name")
    with pytest.raises(memflush.ConfigError, match="not a valid identifier"):
        memflush.Config.from_env()


def test_max_record_bytes_as_c(prefix, monkeypatch):
    monkeypatch.setenv("MEMFLUSH_MAX_RECORD_BYTES", "300")
    c = memflush.Client.from_env(prefix=prefix)
    with pytest.raises(memflush.InvalidRecord) as ei:
        c.save("c", "u", "x" * 200, "y")
    p = run_memflush(prefix, "push", "--conversation-id", "c", "--user-id", "u", "--user-message",
                     "x" * 200, "--assistant-message", "y", check=False)
    assert p.returncode == 2 and str(ei.value) in p.stderr.decode()
    c.close()


# (conversation id, N, shard): crc32 of the UTF-8 bytes (0xCBF43926 is the
# IEEE CRC-32 check value of "123456789"), modulo N
SHARD_VECTORS = [("123456789", 16, 0xCBF43926 % 16), ("123456789", 10, 0xCBF43926 % 10),
                 ("", 4, 0), ("conv-1", 1, 0), ("conv-1", 8, 0xDEB1F2CC % 8),
                 ("你好", 5, 0x50A2B841 % 5)]


def test_shard_function_vectors():
    import zlib
    for conv, n, want in SHARD_VECTORS:
        assert memflush.shard_of(conv, n) == want
    assert zlib.crc32(b"123456789") == 0xCBF43926          # the IEEE check value


def test_password_never_in_messages(prefix):
    c = memflush.Client(redis_url="redis://user:Sup3rSecret@127.0.0.1:1/0", prefix=prefix)
    with pytest.raises(memflush.RedisUnavailable) as ei:
        c.save("c", "u", "a", "b")
    assert "Sup3rSecret" not in str(ei.value) and "***" in str(ei.value)
    c2 = memflush.Client(redis_url=os.environ["REDIS_URL"], prefix=prefix,
                         database_url="postgresql://x:Sup3rSecret@127.0.0.1:1/db")
    ctx = c2.context("nobody")
    assert ctx.postgres_failed and "Sup3rSecret" not in ctx.warning
    c2.close()


def test_seed_nodes_in_redis_url():
    from memflush._client import seed_nodes
    assert seed_nodes("redis://127.0.0.1:6379/0") is None
    url, nodes = seed_nodes("rediss://user:pw@10.0.0.1:7000,10.0.0.2:7001,h3/0")
    assert url == "rediss://user:pw@10.0.0.1:7000/0"
    assert nodes == [("10.0.0.1", 7000), ("10.0.0.2", 7001), ("h3", 6379)]
    with pytest.raises(memflush.ConfigError):
        seed_nodes("redis://a:1,b:x/0")


MALFORMED = [
    # (URL, what must never show): unencoded @ : / % in the password (issue 15's shapes)
    ("redis://:p@ss:TopSecretPart/rest@127.0.0.1:6399/0", ["TopSecretPart", "p@ss"]),
    ("redis://user:hunter%zz@127.0.0.1:6399/0", ["hunter%zz", "hunter"]),
    ("postgresql://u:p@ss:TopSecretPart/rest@127.0.0.1:5/db", ["TopSecretPart", "p@ss"]),
    ("postgresql://u:pa/ss?word@127.0.0.1:5/db", ["pa/ss?word"]),
]


@pytest.mark.parametrize("url,secrets", MALFORMED)
def test_malformed_url_refused_without_its_password(url, secrets):
    var = "REDIS_URL" if url.startswith("redis") else "DATABASE_URL"
    with pytest.raises(memflush.ConfigError) as ei:
        memflush.Config.from_env({var: url})
    msg = str(ei.value)
    assert "percent-encode" in msg and var in msg
    for s in secrets:
        assert s not in msg, msg


def echoing_server():
    """A server that answers every command with an error quoting it (as a
    proxy might): (socket, port); close the socket to stop it."""
    import socket
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    port = srv.getsockname()[1]

    def echo(c):
        with c:
            try:
                while True:
                    d = c.recv(4096)
                    if not d:
                        return
                    c.sendall(b"-ERR " + d.replace(b"\r\n", b" ") + b"\r\n")
            except OSError:
                return

    def serve():
        while True:
            try:
                c, _ = srv.accept()
            except OSError:
                return
            threading.Thread(target=echo, args=(c,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    return srv, port


def test_a_server_echoing_auth_never_shows_the_password():
    """A server (or proxy) that answers every command with an error quoting it
    quotes AUTH with the password: no message of save, save_many, context or
    stats (sync and asyncio) may carry it (save_many and stats did, raw)."""
    srv, port = echoing_server()
    url = "redis://admin:EchoedSecret77@127.0.0.1:%d/0" % port
    turn = {"conversation_id": "c", "user_id": "u", "user_message": "a", "assistant_message": "b"}
    said = []
    c = memflush.Client.from_env(redis_url=url)
    for f in (lambda: c.save("c", "u", "a", "b"), lambda: c.save_many([turn]), lambda: c.context("c"),
              c.stats):
        with pytest.raises(Exception) as ei:
            f()
        said.append(str(ei.value))

    async def main():
        a = memflush.AsyncClient.from_env(redis_url=url)
        for f in (lambda: a.save("c", "u", "a", "b"), lambda: a.save_many([turn]),
                  lambda: a.context("c"), a.stats):
            with pytest.raises(Exception) as ei:
                await f()
            said.append(str(ei.value))
        await a.close()
    asyncio.run(main())
    srv.close()
    assert len(said) == 8 and all("AUTH" in m for m in said), said
    for m in said:
        assert "EchoedSecret" not in m and "Secret77" not in m, m


def test_cluster_seed_errors_logged_by_redis_py_never_show_the_password():
    """redis.cluster logs each seed node it could not use, with the traceback
    of the server's error: echoing AUTH, that quoted the password on stderr."""
    import logging
    srv, port = echoing_server()
    url = "redis://admin:EchoedSecret77@127.0.0.1:%d,127.0.0.1:%d/0" % (port, port)
    logged = []

    class Keep(logging.Handler):
        def emit(self, record):
            logged.append(self.format(record))

    h = Keep()
    logging.getLogger("redis.cluster").addHandler(h)
    try:
        c = memflush.Client.from_env(redis_url=url)
        with pytest.raises(memflush.MemflushError):
            c.save("c", "u", "a", "b")
    finally:
        logging.getLogger("redis.cluster").removeHandler(h)
        srv.close()
    assert logged and any("AUTH" in m for m in logged), logged
    for m in logged:
        assert "EchoedSecret" not in m and "Secret77" not in m, m


def test_mask_and_scrub_hide_every_piece():
    from memflush._config import mask_url, scrub
    url = "postgresql://u:p@ss:TopSecretPart/rest@127.0.0.1:5/db"
    assert mask_url(url) == "postgresql://****@127.0.0.1:5/db"
    said = 'invalid integer value "TopSecretPart" for connection option "port"'
    assert "TopSecretPart" not in scrub(said, url)
    # no single-letter piece: the rest of the text stays readable
    assert "option" in scrub(said, url) and "port" in scrub(said, url)
    assert mask_url("host=h password='a b' dbname=x") == "host=h password=**** dbname=x"


def test_wrong_redis_password_is_one_clear_error(prefix):
    """requirepass set, no or a wrong password: every method raises the same
    ConfigError naming REDIS_URL (not a key-type or raw redis-py error)."""
    r = redis.Redis.from_url(os.environ["REDIS_URL"])
    r.execute_command("CONFIG", "SET", "requirepass", "Right-Pw-771")
    try:
        for url in (os.environ["REDIS_URL"],
                    os.environ["REDIS_URL"].replace("://", "://:Wr0ng-Pw-99@", 1)):
            c = memflush.Client(redis_url=url, prefix=prefix)
            for call in (lambda: c.save("c", "u", "a", "b"), c.stats,
                         lambda: c.save_many([{"conversation_id": "c", "user_id": "u",
                                               "user_message": "a", "assistant_message": "b"}])):
                with pytest.raises(memflush.ConfigError) as ei:
                    call()
                assert "REDIS_URL" in str(ei.value) and "Wr0ng-Pw-99" not in str(ei.value)
            c.close()
    finally:
        redis.Redis.from_url(os.environ["REDIS_URL"].replace("://", "://:Right-Pw-771@", 1)).execute_command(
            "CONFIG", "SET", "requirepass", "")


# ------------------------------------- timeouts, the scheme, the table's case

def test_connect_timeout_from_env_as_c():
    """MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS (100 to 600000, default 5000) bounds the
    connect and the TLS handshake; each read or write waits at most 30 s (rconn.c)."""
    from memflush._client import redis_kwargs
    kw = redis_kwargs(memflush.Config.from_env({}))
    assert (kw["socket_connect_timeout"], kw["socket_timeout"]) == (5.0, 30)
    kw = redis_kwargs(memflush.Config.from_env({"MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS": "250"}))
    assert kw["socket_connect_timeout"] == 0.25
    assert memflush.Config.from_env({}, redis_connect_timeout_ms=700).redis_connect_timeout_ms == 700
    with pytest.raises(memflush.ConfigError,
                       match="MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS must be a whole number from 100 to 600000"):
        memflush.Config.from_env({"MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS": "50"})


def test_rediss_url_on_plaintext_port_fails_within_connect_timeout(prefix):
    """rediss:// naming the rig's plaintext port: the TLS handshake gets no answer;
    both clients fail within the connect timeout (it waited 30 s, redis-py's read
    timeout) with a RedisUnavailable that says what to check."""
    url = os.environ["REDIS_URL"]
    if not url.startswith("redis://") or os.environ.get("MF_REDIS_CLUSTER") == "1":
        pytest.skip("needs the plain rig's plaintext Redis (REDIS_URL redis://host:port)")
    env = {"REDIS_URL": "rediss://" + url[len("redis://"):], "MEMFLUSH_PREFIX": prefix,
           "MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS": "300"}

    def check(ei, t0):
        took = time.monotonic() - t0
        msg = str(ei.value)
        assert took < 3, "took %.1f s: %s" % (took, msg)
        assert "MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS=300 ms" in msg and "rediss:// is TLS" in msg, msg

    c = memflush.Client(memflush.Config.from_env(env))
    t0 = time.monotonic()
    with pytest.raises(memflush.RedisUnavailable) as ei:
        c.save("c", "u", "a", "b")
    check(ei, t0)
    c.close()

    async def main():
        a = memflush.AsyncClient(memflush.Config.from_env(env))
        t0 = time.monotonic()
        with pytest.raises(memflush.RedisUnavailable) as ei:
            await a.save("c", "u", "a", "b")
        check(ei, t0)
        await a.close()
    asyncio.run(main())


@pytest.mark.parametrize("url", ["REDIS://127.0.0.1:6379/0", "Rediss://127.0.0.1:6379/0", "127.0.0.1:6379"])
def test_redis_url_scheme_refused_as_c(url):
    """redis-py alone takes REDIS://; the C library refuses every scheme but
    redis://, rediss:// and unix://, and so does the package, with its message
    (and a word on the case where that is what is wrong)."""
    with pytest.raises(memflush.ConfigError) as ei:
        memflush.Config.from_env({"REDIS_URL": url})
    msg = str(ei.value)
    assert ('REDIS_URL "%s" is not valid (it cannot be parsed)' % url) in msg, msg
    assert ("case-sensitive" in msg) == ("://" in url), msg
    if url.startswith("REDIS"):
        p = run_memflush("py-scheme", "stats", check=False, env={"REDIS_URL": url})
        said = p.stderr.decode().split(" error: ", 1)[1].strip()
        assert p.returncode != 0 and msg == said, (msg, said)


def test_table_with_capitals_hints_that_case_matters(prefix):
    """pgconn.c's hint: MEMFLUSH_TABLE=Public.Chat_Memories names a schema that
    does not exist (memflush quotes identifiers); the error says so."""
    c = memflush.Client.from_env(prefix=prefix, table="Public.Chat_Memories")
    try:
        with pytest.raises(memflush.MemflushError,
                           match=r"memflush quotes identifiers, so case matters: did you mean public\.chat_memories\?"):
            c.context("conv-case")
    finally:
        c.close()


def test_context_dicts_are_the_callers_own(client, prefix):
    """context() keeps what it parsed for the next read of the same entries and
    hands out copies: changing a returned turn, its metadata included, changes
    nothing in the next answer."""
    for i in range(3):
        client.save("conv-own", "u", "q%d" % i, "a%d" % i, metadata={"m": {"k": [i]}, "t": i})
    first = client.context("conv-own")
    assert first == [json.loads(t) for t in first.records_json]
    for turn in first:
        turn["user_message"] = "changed"
        turn["metadata"]["m"]["k"].append("changed")
        del turn["cid"]
    again = client.context("conv-own")
    assert again == [json.loads(t) for t in again.records_json]
    assert [t["metadata"]["m"]["k"] for t in again] == [[0], [1], [2]]
