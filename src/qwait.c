/* qwait.c - the follower's blocking wait on {P}:pending (memflush flush
 * --follow, docs/flush.md "Follow mode"). The only Redis I/O follow mode adds,
 * kept in this one function so that a new connection layer has one place to
 * port. Knows nothing about batches, leases or PostgreSQL.
 *
 * The wait is BLMOVE {P}:pending {P}:pending LEFT LEFT <timeout>: Redis
 * blocks the connection while the list is empty and, once a record is there,
 * pops the head and pushes it back at the head in the same atomic step, so
 * the list is unchanged (same records, same order) and nothing is claimed.
 * It wakes for any producer (a plain RPUSH too, no Lua needed) and costs one
 * command per wake-up or per timeout: an idle follower sends nothing else.
 * Redis 6.2 or later (the claim's LMOVE needs it too). */
#include <stdio.h>

#include "queue.h"

int mfp_queue_wait(mf_handle *h, long block_ms, int *ready, mf_error *err)
{
    redisContext *c;
    redisReply *r;
    char timeout[32];

    *ready = 0;
    if (block_ms < 1)
        block_ms = 1;
    /* the connection's read timeout (30 s, redisconn.c) must outlast the block */
    if (block_ms > MFP_WAIT_MAX_MS)
        block_ms = MFP_WAIT_MAX_MS;
    snprintf(timeout, sizeof(timeout), "%ld.%03ld", block_ms / 1000, block_ms % 1000);
    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = redisCommand(c, "BLMOVE %s %s LEFT LEFT %s", h->k_pending, h->k_pending, timeout);
    if (mfp_redis_reply_ok(h, r, "waiting for pending turns", err) != 0) {
        if (r != NULL)
            freeReplyObject(r);
        return -1;
    }
    *ready = r->type == REDIS_REPLY_STRING;
    freeReplyObject(r);
    return 0;
}
