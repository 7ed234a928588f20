"""Shards (MEMFLUSH_SHARDS), TLS Redis and Redis Cluster: the same keys and
bytes as the C library with 16 shards, the registry {P}:shards, stats over
every shard, and the C flusher taking Python-saved sharded turns exactly once.
The TLS and cluster tests need the rig's TLS or cluster Redis (tests/run.sh
runs this file in its [tls] and [cluster] phases with -k "tls or cluster or
shard"); in another rig they skip and say so."""

import asyncio
import json
import os
import warnings

import pytest

import memflush
from memflush._client import redis_kwargs
from conftest import in_cluster, pg_rows, run_memflush, scan_all
from test_client import TURNS, fixed, many_records, push_flags

SHARDS16 = {"MEMFLUSH_SHARDS": "16"}


def dump(r, prefix):
    """Every key of prefix ({P}... and {P:k}...) as {name: (type, value, expires)},
    the prefix written as P in names and values so that two prefixes compare."""
    pb = prefix.encode()
    keys = scan_all(r, b"{%s}*" % pb) + scan_all(r, b"{%s:*" % pb)

    def norm(x):
        return x.replace(b"{" + pb + b"}", b"{P}").replace(b"{" + pb + b":", b"{P:")
    out = {}
    for k in keys:
        t = r.type(k)
        if t == b"list":
            v = r.lrange(k, 0, -1)
        elif t == b"zset":
            v = [(norm(m), s) for m, s in r.zrange(k, 0, -1, withscores=True)]
        elif t == b"set":
            v = sorted(r.smembers(k))
        elif t == b"hash":
            v = sorted(r.hgetall(k).items())
        else:
            v = r.get(k)
        ttl = r.ttl(k)
        out[norm(k)] = (t, [norm(x) if isinstance(x, bytes) else x for x in v], ttl > 0 or ttl)
    return out


def spread_turns(n, convs, tag):
    """n turns over convs conversations (enough of them to reach most of 16 shards)."""
    return [{"cid": "%s-%d" % (tag, i), "conversation_id": "%s-conv-%d" % (tag, i % convs),
             "user_id": "u-%d" % (i % 3), "user_message": "q %d é" % i, "assistant_message": "a %d" % i,
             "created_at": "2025-10-27T08:%02d:%02d.%03dZ" % (i // 3600 % 60, i // 60 % 60, i % 1000)}
            for i in range(n)]


# ---------------------------------------------------------------- shards

def test_shard_keys_and_bytes_same_as_c_push_with_16_shards(raw, prefix, monkeypatch):
    """save, save_many (sync and asyncio) with MEMFLUSH_SHARDS=16 against `memflush
    push` and `memflush push --jsonl`: every key (pending, ctx, uidx of each shard,
    the registry {P}:shards), its type, bytes and expiry the same. (Fails without the
    registry SADD: {P}:shards is missing on the Python side; checked.)"""
    monkeypatch.setenv("MEMFLUSH_SHARDS", "16")
    turns = fixed(TURNS) + [dict(t, conversation_id="s-%d" % i) for i, t in enumerate(fixed(TURNS) * 4)]
    recs = many_records(300, convs=23)
    more = spread_turns(50, 17, "as")
    for t in turns:
        run_memflush(prefix + "c", *push_flags(t))
    for batch in (recs, more):
        run_memflush(prefix + "c", "push", "--jsonl", "-",
                     stdin="\n".join(json.dumps(r, ensure_ascii=False) for r in batch).encode())
    with memflush.Client.from_env(prefix=prefix + "p") as c:
        for t in turns:
            assert c.save(**t).cid == t["cid"]
        assert c.save_many(recs).stored == len(recs)

    async def main():
        async with memflush.AsyncClient.from_env(prefix=prefix + "p") as c:
            return await c.save_many(more)
    assert asyncio.run(main()).stored == len(more)
    a, b = dump(raw, prefix + "c"), dump(raw, prefix + "p")
    assert a == b
    assert a[b"{P}:shards"] == (b"set", [b"16"], -1)
    pend = [k for k in a if k.endswith(b":pending")]
    assert b"{P}:pending" not in a and len(pend) >= 12, sorted(a)
    assert sum(len(a[k][1]) for k in pend) == len(turns) + len(recs) + len(more)
    uidx = [k for k in a if b":uidx:" in k]
    assert len(uidx) >= 12 and all(k.startswith(b"{P:") for k in uidx)
    # each turn sits in the pending list of its conversation's shard
    for k in pend:
        shard = int(k[3:k.index(b"}")])
        for e in a[k][1]:
            assert memflush.shard_of(json.loads(e)["conversation_id"], 16) == shard


def test_shard_list_as_c_layout_all():
    c = memflush.Config(shards=4, prefix="m")
    assert c.all_shards([]) == [0, 1, 2, 3, -1]
    assert c.all_shards([b"4", b"8", b"junk", b"0", b"2000"]) == [0, 1, 2, 3, -1, 4, 5, 6, 7]
    one = memflush.Config(prefix="m")
    assert one.all_shards([b"2"]) == [-1, 0, 1] and one.tags() == ["{m}"]
    assert [c.shard_tag(k) for k in (-1, 0, 3)] == ["{m}", "{m:0}", "{m:3}"]
    assert c.tag("123456789") == "{m:%d}" % (0xCBF43926 % 4) and c.registry_key() == "{m}:shards"


def c_stats(prefix, env):
    return json.loads(run_memflush(prefix, "stats", env=env).stdout)


def same_stats(got, want):
    assert list(got) == list(want)
    for k in want:
        if k == "shards":
            assert len(got[k]) == len(want[k])
            for g, w in zip(got[k], want[k]):
                same_stats(g, w)
        elif k == "oldest_pending_age_seconds" and want[k] is not None:
            assert abs(got[k] - want[k]) < 5
        else:
            assert got[k] == want[k], k


def test_shard_stats_over_every_shard_as_c(raw, prefix, monkeypatch):
    """stats with 16 shards: totals and each shard as `memflush stats`, the erasure
    counters of each shard summed; and with MEMFLUSH_SHARDS=1 afterwards, the
    registry's shards still counted (as C's stats)."""
    monkeypatch.setenv("MEMFLUSH_SHARDS", "16")
    with memflush.Client.from_env(prefix=prefix) as c:
        c.save_many(spread_turns(120, 29, prefix))
    raw.hset("{%s:3}:erasures" % prefix, mapping={"forgets": 2, "forgotten_turns": 7})
    raw.hset("{%s:11}:erasures" % prefix, mapping={"forgets": 1, "prunes": 4, "pruned_rows": 9})
    raw.hset("{%s:5}:forget" % prefix, "u:x", 1)
    raw.rpush("{%s:7}:dead" % prefix, b"{}")
    for shards in ("16", "1"):
        monkeypatch.setenv("MEMFLUSH_SHARDS", shards)
        want = c_stats(prefix, {})
        with memflush.Client.from_env(prefix=prefix) as c:
            got = c.stats()
        same_stats(got, want)
        assert (got["pending_queue_length"], got["forgets"], got["forgotten_turns"], got["prunes"],
                got["pruned_rows"], got["forgets_in_progress"], got["dead_letter_length"]) == \
            (120, 3, 7, 4, 9, 1, 1)
        assert len(got["shards"]) == 17
        assert [s["shard"] for s in got["shards"]] == (list(range(16)) + [-1] if shards == "16"
                                                       else [-1] + list(range(16)))


def flushed_once(prefix, cids):
    rows = pg_rows("SELECT cid, count(*) FROM public.chat_memories WHERE starts_with(conversation_id, %s) "
                   "GROUP BY cid", prefix)
    assert {r[0] for r in rows} == set(cids) and all(r[1] == 1 for r in rows), \
        "%d rows for %d cids" % (len(rows), len(cids))


def test_shard_c_flush_takes_python_sharded_turns_exactly_once(prefix, monkeypatch):
    """Turns saved by Python with 16 shards, flushed by `memflush flush` configured
    with MEMFLUSH_SHARDS=1: it finds the shards through the registry {P}:shards the
    package SADDs before its first save, and writes every turn once. (Fails without
    that SADD: the flusher drains only {P}; checked.)"""
    monkeypatch.setenv("MEMFLUSH_SHARDS", "16")
    recs = spread_turns(200, 31, prefix)
    with memflush.Client.from_env(prefix=prefix) as c:
        assert c.save_many(recs[:150]).stored == 150
        cids = [r["cid"] for r in recs[:150]] + [c.save_record(r).cid for r in recs[150:]]
    monkeypatch.setenv("MEMFLUSH_SHARDS", "1")
    run_memflush(prefix, "flush")
    flushed_once(prefix, cids)
    run_memflush(prefix, "flush")
    flushed_once(prefix, cids)
    with memflush.Client.from_env(prefix=prefix) as c:
        s = c.stats()
    assert s["pending_queue_length"] == 0 and s["in_flight"] == 0 and len(s["shards"]) == 17


# ------------------------------------------------------- TLS and cluster

def full_flow(prefix):
    """save, save_many, context (sync), save and stats (asyncio), stats as C's, with
    16 shards; then the C flusher takes every turn exactly once."""
    recs = spread_turns(160, 37, prefix)
    with memflush.Client.from_env(prefix=prefix, shards=16) as c:
        cids = [c.save_record(r).cid for r in recs[:20]]
        assert c.save_many(recs[20:140]).stored == 120
        cids += [r["cid"] for r in recs[20:140]]
        conv = recs[0]["conversation_id"]
        ctx = c.context(conv, limit=100)
        assert [t["cid"] for t in ctx] == [r["cid"] for r in recs[:140] if r["conversation_id"] == conv]
        assert ctx.warning is None

    async def main():
        async with memflush.AsyncClient.from_env(prefix=prefix, shards=16) as a:
            out = [(await a.save_record(r)).cid for r in recs[140:]]
            return out, await a.stats()
    more, astats = asyncio.run(main())
    cids += more
    assert astats["pending_queue_length"] == 160 and len(astats["shards"]) == 17
    with memflush.Client.from_env(prefix=prefix, shards=16) as c:
        same_stats(c.stats(), c_stats(prefix, SHARDS16))
    run_memflush(prefix, "flush", env=SHARDS16)
    flushed_once(prefix, cids)
    run_memflush(prefix, "flush", env=SHARDS16)
    flushed_once(prefix, cids)
    assert c_stats(prefix, SHARDS16)["pending_queue_length"] == 0
    return cids


def need_tls():
    if os.environ.get("MF_REDIS_TLS") != "1":
        pytest.skip("needs the rig's TLS Redis: MF_RIG_REDIS_TLS=1 tests/rig.sh run -- bash "
                    "tests/integration/test_python.sh (tests/run.sh's [tls] phase runs it)")
    assert os.environ["REDIS_URL"].startswith("rediss://") and os.environ["MEMFLUSH_REDIS_CACERT"]


def need_cluster():
    if not in_cluster():
        pytest.skip("needs the rig's Redis Cluster: MF_RIG_REDIS_CLUSTER=1 tests/rig.sh run -- bash "
                    "tests/integration/test_python.sh (tests/run.sh's [cluster] phase runs it)")
    assert "," in os.environ["REDIS_URL"]


def test_tls_redis_full_flow_with_shards(prefix):
    need_tls()
    kw = redis_kwargs(memflush.Config.from_env())
    assert (kw["ssl_ca_certs"], kw["ssl_cert_reqs"], kw["ssl_check_hostname"]) == \
        (os.environ["MEMFLUSH_REDIS_CACERT"], "required", True)
    full_flow(prefix)


def test_tls_certificate_checked_unless_insecure(prefix, monkeypatch):
    """Without the rig's CA the server's certificate does not verify (the system CAs
    do not know it); MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1 connects anyway, with
    the C library's INSECURE warning."""
    need_tls()
    if in_cluster():
        pytest.skip("one TLS server: redis-py reports a cluster it cannot reach as RedisClusterException "
                    "(Redis Cluster cannot be connected), not the certificate error")
    monkeypatch.delenv("MEMFLUSH_REDIS_CACERT")
    with memflush.Client.from_env(prefix=prefix) as c:
        with pytest.raises(memflush.RedisUnavailable, match="certificate verify failed"):
            c.save("c", "u", "a", "b")
    monkeypatch.setenv("MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY", "1")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        with memflush.Client.from_env(prefix=prefix) as c:
            assert c.save("c", "u", "a", "b").pending_length == 1
    assert any("INSECURE" in str(x.message) for x in w)
    monkeypatch.setenv("MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY", "2")
    with pytest.raises(memflush.ConfigError, match="MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY must be"):
        memflush.Config.from_env()


def test_redis_cluster_full_flow_with_shards(raw, prefix):
    need_cluster()
    import redis.cluster
    with memflush.Client.from_env(prefix=prefix) as c:
        assert isinstance(c._client(), redis.cluster.RedisCluster)
    full_flow(prefix)
    # the 16 shards' keys live on several masters
    nodes = {raw.get_node_from_key("{%s:%d}:pending" % (prefix, k)).name for k in range(16)}
    assert len(nodes) >= 2, nodes


def test_redis_cluster_tls_hostname_checked(prefix):
    """On a TLS cluster every node connection checks the certificate and host name."""
    need_cluster()
    if not os.environ["REDIS_URL"].startswith("rediss://"):
        pytest.skip("needs the rig's TLS cluster (MF_RIG_REDIS_CLUSTER=1 MF_RIG_REDIS_TLS=1)")
    with memflush.Client.from_env(prefix=prefix) as c:
        assert c.save("c", "u", "a", "b").cid
        conn = c._client().get_default_node().redis_connection.connection_pool
        assert conn.connection_kwargs.get("ssl_cert_reqs") == "required"
        made = conn.get_connection("PING")
        try:
            assert made.check_hostname and made.cert_reqs.name == "CERT_REQUIRED"
        finally:
            conn.release(made)
