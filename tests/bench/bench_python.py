#!/usr/bin/python3
"""bench_python.py - the Python package (clients/python) against bare redis-py on the
same Redis and the same generated turns (part of `make bench`; it prints, it judges nothing):

  save p50/p99           Client.save(fields of the turn) vs a bare redis-py RPUSH of the same
                         record's bytes, sync and asyncio, samples interleaved; and
                         save_record(the record's JSON text), which parses it first
  save_many rows/s       Client.save_many(the turns as dicts) vs a redis-py pipeline, from the
                         same dicts, of json.dumps + RPUSH {P}:pending / LPUSH {P}:ctx:<conv> /
                         EXPIRE per turn (1000 turns a round trip each)
  context p50            Client.context(conv, limit=20) (20 turns in Redis) vs a bare LRANGE 0 19
  script floor           what no client code can remove: a bare EVALSHA of save.lua with the
                         arguments a save sends, and of a minimal script ("return 1") with as
                         many, against the bare RPUSH, interleaved (the save/RPUSH goal's floor)

  bench_python.py JSONL [SAMPLES] [MANY]      (REDIS_URL from the rig)
"""

import asyncio
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "clients", "python"))

import redis  # noqa: E402
import redis.asyncio as aredis  # noqa: E402

import memflush  # noqa: E402


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * p))]


def us(x):
    return "%8.1f us" % (x * 1e6)


def paired(n, ours, bare):
    """n samples of each, interleaved, the order swapped every sample so that
    neither side always runs right after the other."""
    ta, tb = [], []
    for i in range(n):
        for first in ((ours, ta), (bare, tb)) if i % 2 == 0 else ((bare, tb), (ours, ta)):
            t0 = time.perf_counter()
            first[0](i)
            first[1].append(time.perf_counter() - t0)
    return ta, tb


def interleaved(n, calls):
    """n samples of each call, in a new random order every sample; p50 of each."""
    import random
    times = [[] for _ in calls]
    order = list(range(len(calls)))
    for i in range(n):
        random.shuffle(order)
        for k in order:
            t0 = time.perf_counter()
            calls[k](i)
            times[k].append(time.perf_counter() - t0)
    return [pct(t, 0.5) for t in times]


def line(name, a, b, ratio_name):
    print("  %-34s p50 %s  p99 %s" % (name, us(pct(a, 0.5)), us(pct(a, 0.99))))
    print("  %-34s p50 %s  p99 %s   %s %.2fx" % ("  bare redis-py", us(pct(b, 0.5)), us(pct(b, 0.99)),
                                                 ratio_name, pct(a, 0.5) / pct(b, 0.5)))


def main():
    path = sys.argv[1]
    samples = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    many = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    with open(path, "rb") as f:
        recs = [ln.rstrip(b"\n") for ln in f if ln.strip()]
    recs = recs[:max(samples, many)]
    url = os.environ["REDIS_URL"]
    r = redis.Redis.from_url(url)
    r.flushdb()
    c = memflush.Client(redis_url=url, prefix="pyb")
    c.save_record(recs[0])
    print("Python package (clients/python, redis-py %s, %d-byte records on average)"
          % (redis.__version__, sum(map(len, recs)) // len(recs)))

    dicts = [json.loads(x) for x in recs]
    keep = ("conversation_id", "user_id", "user_message", "assistant_message", "token_count",
            "created_at", "metadata", "reflection")
    fields = [{k: d[k] for k in keep if k in d} for d in dicts]

    # ---- save, sync: interleaved so both see the same server state
    for name, call in (("save (sync, save.lua)", lambda i: c.save(**fields[i % len(recs)])),
                       ("save_record (sync, JSON text)", lambda i: c.save_record(recs[i % len(recs)]))):
        ta, tb = paired(samples, call, lambda i: r.rpush("bare:pending", recs[i % len(recs)]))
        line(name, ta, tb, "save/RPUSH")

    # ---- save, asyncio
    async def asave():
        a = memflush.AsyncClient(redis_url=url, prefix="pyb")
        ar = aredis.Redis.from_url(url)
        await a.save_record(recs[0])
        xa, xb = [], []
        for i in range(samples):
            k = i % len(recs)
            for first in ((0, xa), (1, xb)) if i % 2 == 0 else ((1, xb), (0, xa)):
                t0 = time.perf_counter()
                if first[0] == 0:
                    await a.save(**fields[k])
                else:
                    await ar.rpush("bare:pending", recs[k])
                first[1].append(time.perf_counter() - t0)
        await a.close()
        await ar.close()
        return xa, xb
    ta, tb = asyncio.run(asave())
    line("save (asyncio, save.lua)", ta, tb, "save/RPUSH")

    # ---- the script's own cost: bare EVALSHA calls with a save's arguments (built beforehand)
    core = c._core
    calls = [core.save_call(core.turn(**fields[i % len(recs)]))[2] for i in range(samples // 2)]
    lua = core.save_lua
    minimal = r.script_load("return 1")
    p_rpush, p_save, p_min = interleaved(len(calls), (
        lambda i: r.rpush("bare:pending", recs[i % len(recs)]),
        lambda i: r.execute_command("EVALSHA", lua.sha, *calls[i]),
        lambda i: r.execute_command("EVALSHA", minimal, *calls[i])))
    print("  %-34s p50 %s   EVALSHA/RPUSH %.2fx" % ("  bare EVALSHA save.lua", us(p_save), p_save / p_rpush))
    print("  %-34s p50 %s   EVALSHA/RPUSH %.2fx" % ("  bare EVALSHA 'return 1'", us(p_min), p_min / p_rpush))

    # ---- save_many vs a pipeline of the same writes
    batch = dicts[:many]
    convs = [d["conversation_id"] for d in batch]
    r.flushdb()
    best_a = best_b = None
    for _ in range(3):
        t0 = time.perf_counter()
        c.save_many(batch)
        ta_ = time.perf_counter() - t0
        t0 = time.perf_counter()
        for k in range(0, len(batch), 1000):
            p = r.pipeline(transaction=False)
            for d, conv in zip(batch[k:k + 1000], convs[k:k + 1000]):
                rec = json.dumps(d, ensure_ascii=False)
                p.rpush("{bare}:pending", rec)
                p.lpush("{bare}:ctx:" + conv, rec)
                p.expire("{bare}:ctx:" + conv, 172800)
            p.execute()
        tb_ = time.perf_counter() - t0
        best_a = ta_ if best_a is None else min(best_a, ta_)
        best_b = tb_ if best_b is None else min(best_b, tb_)
        r.flushdb()
    ra, rb = len(batch) / best_a, len(batch) / best_b
    print("  %-34s %9.0f turns/s" % ("save_many (save_many.lua)", ra))
    print("  %-34s %9.0f turns/s   save_many/pipeline %.2fx" % ("  pipeline RPUSH+LPUSH+EXPIRE", rb, ra / rb))

    # ---- context of 20 turns from Redis vs LRANGE
    by_conv = {}
    for x, d in zip(recs, dicts):
        by_conv.setdefault(d["conversation_id"], []).append(x)
    conv, turns = max(by_conv.items(), key=lambda kv: len(kv[1]))
    c.save_many(turns[:40])
    key = "{pyb}:ctx:" + conv
    assert r.llen(key) >= 20, "fewer than 20 turns in %s" % key
    ctx = c.context(conv, limit=20)
    ta, tb = paired(max(samples // 4, 200), lambda i: c.context(conv, limit=20),
                    lambda i: r.lrange(key, 0, 19))
    assert len(ctx) == 20 and ctx.warning is None
    line("context 20 turns (from Redis)", ta, tb, "context/LRANGE")
    c.close()
    r.flushdb()


if __name__ == "__main__":
    main()
