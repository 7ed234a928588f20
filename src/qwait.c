/* qwait.c - the follower's wait for pending turns (memflush flush --follow,
 * docs/flush.md "Follow mode"). The only Redis I/O follow mode adds. Knows
 * nothing about batches, leases or PostgreSQL.
 *
 * The wait is BLMOVE {P}:pending {P}:pending LEFT LEFT <timeout>: Redis
 * blocks the connection while the list is empty and, once a record is there,
 * pops the head and pushes it back at the head in the same atomic step, so
 * the list is unchanged (same records, same order) and nothing is claimed.
 * It wakes for any producer (a plain RPUSH too, no Lua needed) and costs one
 * command per wake-up or per timeout: an idle follower sends nothing else.
 * Redis 6.2 or later (the claim's LMOVE needs it too).
 *
 * With N > 1 shards (MEMFLUSH_SHARDS) the shards' lists live in different
 * slots, often on different nodes, and one blocking command cannot watch
 * them all: each wait first reads every configured shard's length (one LLEN
 * each), then blocks on shard 0 alone. A turn of another shard is seen at
 * the next wait, at most one wait period (--wait, 1 s) later. */
#include <stdio.h>

#include "layout.h"
#include "queue.h"

/* BLMOVE on the current shard's pending list. */
static int block_on(mf_handle *h, long block_ms, int *ready, mf_error *err)
{
    mfp_rconn *c;
    redisReply *r;
    char timeout[32];

    if (block_ms < 1)
        block_ms = 1;
    /* the connection's I/O timeout (30 s, redisconn.c) must outlast the block */
    if (block_ms > MFP_WAIT_MAX_MS)
        block_ms = MFP_WAIT_MAX_MS;
    snprintf(timeout, sizeof(timeout), "%ld.%03ld", block_ms / 1000, block_ms % 1000);
    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = mfp_rconn_command(c, "BLMOVE %s %s LEFT LEFT %s", h->k_pending, h->k_pending, timeout);
    if (mfp_redis_reply_ok(h, r, "waiting for pending turns", err) != 0) {
        if (r != NULL)
            freeReplyObject(r);
        return -1;
    }
    *ready = r->type == REDIS_REPLY_STRING;
    freeReplyObject(r);
    return 0;
}

int mfp_queue_pending_configured(mf_handle *h, long long *len, mf_error *err)
{
    int shards[MFP_MAX_SHARDS];
    size_t n = mfp_layout_configured(h, shards, MFP_MAX_SHARDS), k;
    long long one;

    *len = 0;
    for (k = 0; k < n && k < MFP_MAX_SHARDS; k++) {
        if (mfp_layout_use(h, shards[k], err) != 0 || mfp_queue_pending(h, &one, err) != 0)
            return -1;
        *len += one;
    }
    return 0;
}

int mfp_queue_wait(mf_handle *h, long block_ms, int *ready, mf_error *err)
{
    long long n;

    *ready = 0;
    if (h->cfg->shards <= 1) {
        if (mfp_layout_use(h, MFP_SHARD_ONE, err) != 0)
            return -1;
        return block_on(h, block_ms, ready, err);
    }
    if (mfp_queue_pending_configured(h, &n, err) != 0)
        return -1;
    if (n > 0) {
        *ready = 1;
        return 0;
    }
    if (mfp_layout_use(h, 0, err) != 0)
        return -1;
    return block_on(h, block_ms, ready, err);
}
