/* queue.c - claim, release, requeue, renew and reclaim batches of turns in
 * Redis with the Lua scripts of src/lua/ (each one atomic step).
 * Knows nothing about PostgreSQL or the record format; see pgwrite.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "queue.h"

/* {P}:inflight:<flusher id> into out. */
static void inflight_key(const mf_handle *h, char *out, size_t n)
{
    snprintf(out, n, "%s%s", h->k_inflight_prefix, h->flusher_id);
}

const char *mfp_batch_record(const mfp_batch *b, size_t i, size_t *len)
{
    const redisReply *e = b->reply->element[i + 1];

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

int mfp_queue_claim(mf_handle *h, size_t n, long long lease_ms, long long expected, mfp_batch *out,
                    mf_error *err)
{
    char key[512], count[24], lease[24], have[24];
    const char *keys[3], *args[4];
    redisReply *r;
    size_t i;

    memset(out, 0, sizeof(*out));
    inflight_key(h, key, sizeof(key));
    snprintf(count, sizeof(count), "%zu", n);
    snprintf(lease, sizeof(lease), "%lld", lease_ms);
    snprintf(have, sizeof(have), "%lld", expected);
    keys[0] = h->k_pending;
    keys[1] = key;
    keys[2] = h->k_leases;
    args[0] = count;
    args[1] = h->flusher_id;
    args[2] = lease;
    args[3] = have;
    r = mfp_redis_script(h, mfp_lua_claim, 3, keys, 4, args, NULL, "claiming a batch", err);
    if (r == NULL)
        return -1;
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 1 || r->element[0]->type != REDIS_REPLY_INTEGER)
        return bad_reply(r, "claiming a batch", err);
    if (r->element[0]->integer < 0) {
        freeReplyObject(r);
        out->lost = 1;
        return 0;
    }
    for (i = 1; i < r->elements; i++)
        if (r->element[i]->type != REDIS_REPLY_STRING)
            return bad_reply(r, "claiming a batch", err);
    out->reply = r;
    out->n = r->elements - 1;
    out->pending_left = r->element[0]->integer;
    return 0;
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

int mfp_queue_check_types(mf_handle *h, long long *unused, mf_error *err)
{
    /* A foreign key under our prefix would fail half-way through a batch (the
     * dead list at release time, say): refuse before anything is claimed. */
    const char *keys[3] = {h->k_pending, h->k_dead, h->k_leases};
    const char *want[3] = {"list", "list", "zset"};
    redisContext *c;
    size_t i;

    (void)unused;
    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    for (i = 0; i < 3; i++) {
        redisReply *r = redisCommand(c, "TYPE %s", keys[i]);
        if (mfp_redis_reply_ok(h, r, "checking the type of the queue keys", err) != 0) {
            if (r)
                freeReplyObject(r);
            return -1;
        }
        if (r->type == REDIS_REPLY_STATUS && strcmp(r->str, "none") != 0 && strcmp(r->str, want[i]) != 0) {
            mfp_seterr(err, MF_EPRIVILEGE,
                       "redis key %s is a %s, but memflush needs a %s there (WRONGTYPE); nothing was claimed: "
                       "check --prefix / MEMFLUSH_PREFIX or move the foreign key away",
                       keys[i], r->str, want[i]);
            freeReplyObject(r);
            return -1;
        }
        freeReplyObject(r);
    }
    return 0;
}
