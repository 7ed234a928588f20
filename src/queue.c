/* queue.c - claim, release, requeue, renew and reclaim batches of turns in
 * Redis: the claim with WATCH + MULTI/EXEC, the rest with the Lua scripts of
 * src/lua/ (each one atomic step).
 * Knows nothing about PostgreSQL or the record format; see pgwrite.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "queue.h"
#include "testpoint.h"

/* {P}:inflight:<flusher id> into out. */
static void inflight_key(const mf_handle *h, char *out, size_t n)
{
    snprintf(out, n, "%s%s", h->k_inflight_prefix, h->flusher_id);
}

const char *mfp_batch_record(const mfp_batch *b, size_t i, size_t *len)
{
    const redisReply *e = b->reply->element[i];

    *len = e->len;
    return e->str;
}

void mfp_batch_clear(mfp_batch *b)
{
    if (b == NULL)
        return;
    if (b->reply != NULL)
        freeReplyObject(b->reply);
    memset(b, 0, sizeof(*b));
}

static int bad_reply(redisReply *r, const char *what, mf_error *err)
{
    if (r != NULL)
        freeReplyObject(r);
    return mfp_seterr(err, MF_ECONFIG, "redis answered %s with an unexpected reply; is this a Redis 6.2 or later server?",
                      what);
}

/* The next reply of a pipeline. -1 with err when there is none or it is an
 * error: the connection is dropped then, since the rest of the pipeline's
 * replies (and a WATCH or MULTI) would still be on it. */
static int pipe_reply(mf_handle *h, redisContext *c, redisReply **out, const char *what, mf_error *err)
{
    void *p = NULL;

    if (redisGetReply(c, &p) != REDIS_OK)
        p = NULL;
    *out = p;
    if (mfp_redis_reply_ok(h, p, what, err) == 0)
        return 0;
    if (p != NULL)
        freeReplyObject(p);
    *out = NULL;
    mfp_redis_drop(h);
    return -1;
}

/* Drop the WATCH without claiming. */
static int unwatch(mf_handle *h, redisContext *c, mf_error *err)
{
    redisReply *r;

    redisAppendCommand(c, "UNWATCH");
    if (pipe_reply(h, c, &r, "claiming a batch", err) != 0)
        return -1;
    freeReplyObject(r);
    return 0;
}

static int is_int(const redisReply *r)
{
    return r != NULL && r->type == REDIS_REPLY_INTEGER;
}

/* Two round trips, the second one atomic. First WATCH the in-flight list and
 * read its length, the pending length and Redis's clock. Then MULTI, one
 * LMOVE per record, the lease, the pending length, EXEC: when anything
 * changed the in-flight list in between (another flusher took it back after
 * the lease expired), EXEC does nothing and answers nil. About half the Redis
 * CPU of the same moves in a Lua script (docs/flush.md, "Throughput"). */
int mfp_queue_claim(mf_handle *h, size_t n, long long lease_ms, long long expected, mfp_batch *out,
                    mf_error *err)
{
    static const char *const what = "claiming a batch";
    char key[512], *lmove = NULL;
    redisReply *r[4] = {NULL, NULL, NULL, NULL}, *x = NULL;
    redisContext *c;
    long long have, pending, now_ms;
    size_t m, i, k;
    int len, rc = -1;

    memset(out, 0, sizeof(*out));
    inflight_key(h, key, sizeof(key));
    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    redisAppendCommand(c, "WATCH %s", key);
    redisAppendCommand(c, "LLEN %s", key);
    redisAppendCommand(c, "LLEN %s", h->k_pending);
    redisAppendCommand(c, "TIME");
    for (i = 0; i < 4; i++)
        if (pipe_reply(h, c, &r[i], what, err) != 0)
            goto done;
    if (!is_int(r[1]) || !is_int(r[2]) || r[3]->type != REDIS_REPLY_ARRAY || r[3]->elements != 2 ||
        r[3]->element[0]->type != REDIS_REPLY_STRING || r[3]->element[1]->type != REDIS_REPLY_STRING) {
        mfp_redis_drop(h);
        rc = bad_reply(NULL, what, err);
        goto done;
    }
    MFP_TEST_POINT("claim_watched", h);
    have = r[1]->integer;
    pending = r[2]->integer;
    now_ms = strtoll(r[3]->element[0]->str, NULL, 10) * 1000 + strtoll(r[3]->element[1]->str, NULL, 10) / 1000;
    if (have != expected || pending <= 0) {
        /* not ours any more (nothing claimed), or nothing to claim */
        out->lost = have != expected;
        rc = unwatch(h, c, err);
        goto done;
    }
    m = (unsigned long long)pending < n ? (size_t)pending : n;
    len = redisFormatCommand(&lmove, "LMOVE %s %s LEFT RIGHT", h->k_pending, key);
    if (len < 0) {
        mfp_redis_drop(h);
        rc = mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    redisAppendCommand(c, "MULTI");
    for (i = 0; i < m; i++)
        redisAppendFormattedCommand(c, lmove, (size_t)len);
    redisAppendCommand(c, "ZADD %s %lld %s", h->k_leases, now_ms + lease_ms, h->flusher_id);
    redisAppendCommand(c, "LLEN %s", h->k_pending);
    redisAppendCommand(c, "EXEC");
    for (i = 0; i < m + 3; i++) {
        /* OK, then QUEUED for every command */
        if (pipe_reply(h, c, &x, what, err) != 0)
            goto done;
        freeReplyObject(x);
    }
    if (pipe_reply(h, c, &x, what, err) != 0)
        goto done;
    if (x->type == REDIS_REPLY_NIL) {
        out->lost = 1; /* the WATCH fired: nothing was claimed */
        rc = 0;
        goto done;
    }
    if (x->type != REDIS_REPLY_ARRAY || x->elements != m + 2 || !is_int(x->element[m + 1])) {
        rc = bad_reply(NULL, what, err);
        goto done;
    }
    /* the records first; nil once another flusher emptied the list meanwhile */
    for (k = 0; k < m && x->element[k]->type == REDIS_REPLY_STRING; k++)
        ;
    for (i = k; i < m + 1; i++)
        if (x->element[i]->type == REDIS_REPLY_ERROR) {
            rc = mfp_redis_reply_ok(h, x->element[i], what, err);
            goto done;
        }
    out->n = k;
    out->pending_left = x->element[m + 1]->integer;
    out->reply = x;
    x = NULL;
    if (k == 0 && expected == 0) {
        /* raced to an empty queue: no lease on an empty list */
        redisReply *z;
        redisAppendCommand(c, "ZREM %s %s", h->k_leases, h->flusher_id);
        if (pipe_reply(h, c, &z, what, err) != 0) {
            mfp_batch_clear(out);
            goto done;
        }
        freeReplyObject(z);
    }
    rc = 0;
done:
    for (i = 0; i < 4; i++)
        if (r[i] != NULL)
            freeReplyObject(r[i]);
    if (x != NULL)
        freeReplyObject(x);
    free(lmove);
    return rc;
}

int mfp_queue_release(mf_handle *h, size_t count, long long expected, size_t ndead, const char *const *dead,
                      const size_t *dead_lens, int *released, mf_error *err)
{
    char key[512], cnt[24], have[24], what[1200];
    const char *keys[3];
    const char **args = NULL;
    size_t *lens = NULL, i;
    redisReply *r;
    int rc = -1;

    if (ndead > 100000000)
        return mfp_seterr(err, MF_ENOMEM, "too many dead-letter entries");
    args = malloc((ndead + 3) * sizeof(*args));
    lens = malloc((ndead + 3) * sizeof(*lens));
    if (args == NULL || lens == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory while releasing a batch");
        goto done;
    }
    inflight_key(h, key, sizeof(key));
    keys[0] = key;
    keys[1] = h->k_leases;
    keys[2] = h->k_dead;
    args[0] = h->flusher_id;
    lens[0] = strlen(h->flusher_id);
    snprintf(cnt, sizeof(cnt), "%zu", count);
    snprintf(have, sizeof(have), "%lld", expected);
    args[1] = cnt;
    lens[1] = strlen(cnt);
    args[2] = have;
    lens[2] = strlen(have);
    for (i = 0; i < ndead; i++) {
        args[i + 3] = dead[i];
        lens[i + 3] = dead_lens[i];
    }
    snprintf(what, sizeof(what), "releasing a batch (in-flight list %s, dead letters to %s)", key, h->k_dead);
    r = mfp_redis_script(h, mfp_lua_release, 3, keys, (int)(ndead + 3), args, lens, what, err);
    if (r == NULL)
        goto done;
    if (r->type != REDIS_REPLY_INTEGER) {
        bad_reply(r, what, err);
        goto done;
    }
    *released = r->integer == 1;
    freeReplyObject(r);
    rc = 0;
done:
    free(args);
    free(lens);
    return rc;
}

/* Run a script whose reply is an integer. */
static int int_script(mf_handle *h, const char *script, int nkeys, const char **keys, int nargs,
                      const char **args, const char *what, long long *out, mf_error *err)
{
    redisReply *r = mfp_redis_script(h, script, nkeys, keys, nargs, args, NULL, what, err);

    if (r == NULL)
        return -1;
    if (r->type != REDIS_REPLY_INTEGER)
        return bad_reply(r, what, err);
    if (out != NULL)
        *out = r->integer;
    freeReplyObject(r);
    return 0;
}

int mfp_queue_requeue(mf_handle *h, long long *count, mf_error *err)
{
    char key[512];
    const char *keys[3], *args[1];

    inflight_key(h, key, sizeof(key));
    keys[0] = key;
    keys[1] = h->k_pending;
    keys[2] = h->k_leases;
    args[0] = h->flusher_id;
    return int_script(h, mfp_lua_requeue, 3, keys, 1, args, "putting a batch back", count, err);
}

int mfp_queue_reclaim(mf_handle *h, long long *count, mf_error *err)
{
    const char *keys[2], *args[1];

    keys[0] = h->k_leases;
    keys[1] = h->k_pending;
    args[0] = h->k_inflight_prefix;
    return int_script(h, mfp_lua_reclaim, 2, keys, 1, args, "reclaiming expired leases", count, err);
}

int mfp_queue_renew(mf_handle *h, long long lease_ms, int *held, mf_error *err)
{
    char key[512], lease[24];
    const char *keys[2], *args[2];
    long long v = 0;

    inflight_key(h, key, sizeof(key));
    snprintf(lease, sizeof(lease), "%lld", lease_ms);
    keys[0] = key;
    keys[1] = h->k_leases;
    args[0] = h->flusher_id;
    args[1] = lease;
    if (int_script(h, mfp_lua_renew, 2, keys, 2, args, "renewing a lease", &v, err) != 0)
        return -1;
    *held = v == 1;
    return 0;
}

int mfp_queue_pending(mf_handle *h, long long *len, mf_error *err)
{
    redisContext *c;
    redisReply *r;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = redisCommand(c, "LLEN %s", h->k_pending);
    if (mfp_redis_reply_ok(h, r, "reading the pending length", err) != 0) {
        if (r)
            freeReplyObject(r);
        return -1;
    }
    if (r->type != REDIS_REPLY_INTEGER)
        return bad_reply(r, "LLEN", err);
    *len = r->integer;
    freeReplyObject(r);
    return 0;
}

int mfp_queue_key_types(mf_handle *h, mfp_key_type_fn wrong, void *arg, mf_error *err)
{
    /* the one table of what each queue key must be (contract §2) */
    const char *keys[3] = {h->k_pending, h->k_dead, h->k_leases};
    static const char *const want[3] = {"list", "list", "zset"};
    redisContext *c;
    size_t i;
    int nwrong = 0;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    for (i = 0; i < 3; i++) {
        redisReply *r = redisCommand(c, "TYPE %s", keys[i]);
        int rc = 0;
        if (mfp_redis_reply_ok(h, r, "checking the type of the queue keys", err) != 0) {
            if (r)
                freeReplyObject(r);
            return -1;
        }
        if (r->type == REDIS_REPLY_STATUS && strcmp(r->str, "none") != 0 && strcmp(r->str, want[i]) != 0) {
            nwrong++;
            rc = wrong(arg, keys[i], r->str, want[i], err);
        }
        freeReplyObject(r);
        if (rc != 0)
            return -1;
    }
    return nwrong;
}

static int refuse_wrong_type(void *arg, const char *key, const char *have, const char *want, mf_error *err)
{
    (void)arg;
    return mfp_seterr(err, MF_EPRIVILEGE,
                      "redis key %s is a %s, but memflush needs a %s there (WRONGTYPE); nothing was claimed: "
                      "check --prefix / MEMFLUSH_PREFIX or move the foreign key away",
                      key, have, want);
}

int mfp_queue_check_types(mf_handle *h, long long *unused, mf_error *err)
{
    /* A foreign key under our prefix would fail half-way through a batch (the
     * dead list at release time, say): refuse before anything is claimed. */
    (void)unused;
    return mfp_queue_key_types(h, refuse_wrong_type, NULL, err) < 0 ? -1 : 0;
}
