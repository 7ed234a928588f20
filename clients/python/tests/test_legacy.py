"""The legacy backend's calls (contract section 7) against what the old backend
wrote: elements of its queue pending:flush:queue (docs/legacy-migration.md),
imported by `memflush import-legacy`, then read back through the drop-in calls."""

import asyncio
import json

import pytest

import memflush
from memflush.legacy import LEGACY_QUEUE, AsyncLegacyMemory, LegacyMemory
from conftest import memflush_bin, pg_rows, rig, run_memflush


def old_element(conv, i):
    """An element as the old save_chat wrote it (json.dumps: \\u escapes)."""
    return json.dumps({"conversation_id": conv,
                       "data": {"user_msg": "你好 %d" % i, "assistant_msg": "hello %d" % i,
                                "reflection": {"summary": "s", "causes": [], "confidence": 0.8},
                                "token_data": {"prompt_count": 3, "completion_count": 4, "total_count": 7},
                                "user_id": "user-1", "timestamp": 1761552900 + i},
                       "timestamp": "2025-10-27T08:15:%02d.123456" % i})


@pytest.fixture
def legacy_queue(raw):
    raw.delete(LEGACY_QUEUE)
    yield
    raw.delete(LEGACY_QUEUE)


def test_save_chat_shape_and_record(client, raw, prefix):
    mem = LegacyMemory(client)
    out = mem.save_chat("hi", "hello!", conversation_id="lc-1", user_id="u-1",
                        token_data={"total_count": 42}, reflection={"summary": "fine"}, channel="web")
    assert set(out) == {"success", "redis_stored", "supabase_stored", "token_count", "conversation_id", "cid"}
    assert out["success"] and out["redis_stored"] and not out["supabase_stored"]
    assert out["token_count"] == 42 and out["conversation_id"] == "lc-1"
    rec = json.loads(raw.lindex("{%s}:pending" % prefix, 0))
    assert rec["cid"] == out["cid"] and rec["token_count"] == 42
    assert rec["metadata"] == {"channel": "web", "token_data": {"total_count": 42}}
    assert rec["reflection"] == {"summary": "fine"}
    assert raw.lindex("{%s}:ctx:lc-1" % prefix, 0) == raw.lindex("{%s}:pending" % prefix, 0)


def test_save_chat_write_through(client, prefix):
    mem = LegacyMemory(client)
    out = mem.save_chat("hi", "hello!", conversation_id="lc-wt", user_id="u-1", write_through=True)
    assert out["supabase_stored"] is True
    assert pg_rows("SELECT count(*) FROM public.chat_memories WHERE cid = %s", out["cid"]) == [(1,)]
    summary = mem.flush_redis_to_supabase(batch_size=10, binary=memflush_bin())
    assert summary["success"] and summary["duplicate_count"] == 1     # the queued copy: one row
    assert pg_rows("SELECT count(*) FROM public.chat_memories WHERE cid = %s", out["cid"]) == [(1,)]


def test_save_chat_when_redis_is_down(client, servers_back):
    client.ping()
    rig("stop-redis")
    out = LegacyMemory(client).save_chat("hi", "yo", conversation_id="lc-d", user_id="u")
    assert out["success"] is False and out["redis_stored"] is False and "Redis" in out["error"]
    assert LegacyMemory(client).get_stats()["status"] == "error"
    with pytest.raises(memflush.InvalidRecord):
        LegacyMemory(client).save_chat("hi", "yo", conversation_id="", user_id="u")


def test_drop_in_calls_on_old_records(single_redis, client, raw, prefix, legacy_queue):
    mem = LegacyMemory(client)
    for i in range(5):
        raw.rpush(LEGACY_QUEUE, old_element("lc-old", i))
    stats = mem.get_stats()
    assert stats["status"] == "active" and stats["legacy_queue_length"] == 5
    assert stats["pending_queue_length"] == 0 and stats["ttl_seconds"] == client.config.ttl_seconds
    run_memflush(prefix, "import-legacy")
    assert mem.get_stats()["pending_queue_length"] == 5
    summary = mem.flush_redis_to_supabase(batch_size=2, binary=memflush_bin())
    assert summary["success"] is True and summary["flushed_count"] == 5 and summary["batches"] == 3
    new = mem.save_chat("and now?", "memflush!", conversation_id="lc-old", user_id="user-1")
    turns = mem.load_recent_context("lc-old", limit=10)
    assert [t["user_message"] for t in turns] == ["你好 %d" % i for i in range(5)] + ["and now?"]
    assert turns[0]["token_count"] == 7 and turns[0]["created_at"] == "2025-10-27T08:15:00.123456Z"
    assert turns[-1]["cid"] == new["cid"]
    assert [t["cid"] for t in mem.load_recent_context("lc-old", limit=2)] == [turns[-2]["cid"], new["cid"]]
    s = mem.get_stats()
    assert s["legacy_queue_length"] == 0 and s["pending_queue_length"] == 1


def test_async_drop_in_calls(single_redis, raw, prefix, legacy_queue):
    for i in range(3):
        raw.rpush(LEGACY_QUEUE, old_element("lc-async", i))
    run_memflush(prefix, "import-legacy")

    async def main():
        async with memflush.AsyncClient.from_env(prefix=prefix) as c:
            mem = AsyncLegacyMemory(c)
            s = await mem.flush_redis_to_supabase(batch_size=100, binary=memflush_bin())
            out = await mem.save_chat("q", "a", conversation_id="lc-async", user_id="user-1",
                                      write_through=True)
            return s, out, await mem.load_recent_context("lc-async", 10), await mem.get_stats()
    s, out, turns, stats = asyncio.run(main())
    assert s["flushed_count"] == 3
    assert out["success"] and out["supabase_stored"]
    assert [t["user_message"] for t in turns] == ["你好 0", "你好 1", "你好 2", "q"]
    assert stats["pending_queue_length"] == 1 and stats["legacy_queue_length"] == 0


def test_flush_summary_when_the_binary_fails(client):
    mem = LegacyMemory(client)
    res = mem.flush_redis_to_supabase(batch_size=0, binary=memflush_bin())     # exit 2: bad usage
    assert res["success"] is False and res["exit_status"] == 2 and "batch-size" in res["error"]
