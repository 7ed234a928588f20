/* legacy_import.c - memflush import-legacy: drain the Python backend's legacy
 * list into {P}:pending, crash-safe (claim with a lease, convert, append and
 * release atomically), or only read it and say what an import would do (the dry
 * run). On a Redis Cluster the legacy key is in a slot of its own: the
 * claimed window and its lease live in that slot, the records are appended to
 * their conversation's shard, then the window is released (release_split).
 * The mapping itself is legacy.c; knows nothing about PostgreSQL. Keys
 * and guarantees: docs/legacy-migration.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "layout.h"
#include "legacy.h"
#include "record.h"
#include "retry.h"
#include "testpoint.h"

#define DEFAULT_KEY "pending:flush:queue"

static uint64_t now_ms(void)
{
    return (uint64_t)(mfp_mono() * 1000.0);
}

typedef struct run {
    mf_handle *h;
    const char *key;
    int split;            /* a cluster: append, then release in the legacy key's slot */
    char *k_inflight;
    char *k_leases;
    char *k_inflight_prefix;
    mfp_backoff bo;       /* the streak of transient failures (retry.h) */
} run;

/* After a transient failure: 1 to try again (after a pause), 0 to give up. */
static int retry(run *rn, mf_error *err)
{
    if (mfp_backoff_wait(&rn->bo, err) != 0)
        return 0;
    memset(err, 0, sizeof(*err));
    return 1;
}

static void retried_ok(run *rn)
{
    mfp_backoff_reset(&rn->bo);
}

/* Redis's CROSSSLOT answer means a cluster: say what to do. */
static int cluster_advice(mf_error *err)
{
    if (strstr(err->msg, "CROSSSLOT") != NULL || strstr(err->msg, "MOVED") != NULL) {
        mf_error e = {0};
        mfp_seterr(&e, MF_ECONFIG, "%.300s; import-legacy needs a standalone (non-cluster) Redis "
                   "holding both the legacy key and the {prefix} keys (see docs/legacy-migration.md)",
                   err->msg);
        *err = e;
    }
    return -1;
}

/* Send the next commands to the node of the legacy key's slot (a cluster). */
static void at_legacy(run *rn)
{
    mfp_layout_use_slot(rn->h, mfp_key_slot(rn->key, strlen(rn->key)));
}

static int llen(run *rn, uint64_t *out, mf_error *err)
{
    mfp_rconn *c;
    redisReply *r;

    for (;;) {
        at_legacy(rn);
        if (mfp_redis_get(rn->h, &c, err) == 0) {
            r = mfp_rconn_command(c, "LLEN %b", rn->key, strlen(rn->key));
            if (r != NULL && r->type == REDIS_REPLY_ERROR && strncmp(r->str, "WRONGTYPE", 9) == 0) {
                freeReplyObject(r);
                return mfp_seterr(err, MF_ECONFIG, "the legacy key \"%.200s\" is not a list; "
                                  "pass the legacy queue's name with --key", rn->key);
            }
            if (mfp_redis_reply_ok(rn->h, r, "LLEN of the legacy list", err) == 0) {
                int ok = r->type == REDIS_REPLY_INTEGER;
                if (ok)
                    *out = (uint64_t)(r->integer < 0 ? 0 : r->integer);
                freeReplyObject(r);
                if (!ok)
                    return mfp_seterr(err, MF_ETRANSIENT, "redis answered LLEN with something other than an integer");
                retried_ok(rn);
                return 0;
            }
            if (r)
                freeReplyObject(r);
        }
        if (!retry(rn, err))
            return -1;
    }
}

static int reclaim(run *rn, uint64_t *count, mf_error *err)
{
    const char *keys[2] = {rn->key, rn->k_leases};
    const char *args[1] = {rn->k_inflight_prefix};
    redisReply *r;

    for (;;) {
        at_legacy(rn);
        r = mfp_redis_script(rn->h, mfp_lua_legacy_reclaim, 2, keys, 1, args, NULL,
                             "reclaiming expired legacy chunks", err);
        if (r != NULL)
            break;
        if (!retry(rn, err))
            return cluster_advice(err);
    }
    retried_ok(rn);
    *count = r->type == REDIS_REPLY_INTEGER && r->integer > 0 ? (uint64_t)r->integer : 0;
    freeReplyObject(r);
    return 0;
}

static redisReply *claim(run *rn, long n, mf_error *err)
{
    const char *keys[3] = {rn->key, rn->k_inflight, rn->k_leases};
    char count[32], lease[32];
    const char *args[3] = {count, lease, rn->h->flusher_id};
    redisReply *r;

    snprintf(count, sizeof(count), "%ld", n);
    snprintf(lease, sizeof(lease), "%ld", rn->h->cfg->lease_seconds * 1000L);
    for (;;) {
        /* a retry after a lost reply gets the same chunk back (see the script) */
        at_legacy(rn);
        r = mfp_redis_script(rn->h, mfp_lua_legacy_claim, 3, keys, 3, args, NULL,
                             "claiming legacy elements", err);
        if (r != NULL)
            break;
        if (!retry(rn, err)) {
            cluster_advice(err);
            return NULL;
        }
    }
    retried_ok(rn);
    if (r->type != REDIS_REPLY_ARRAY) {
        freeReplyObject(r);
        mfp_seterr(err, MF_ETRANSIENT, "redis answered the legacy claim with something other than a list");
        return NULL;
    }
    return r;
}

/* Convert the claimed elements: records first (in order), then dead-letter
 * entries. args[i] are owned (free them); returns the number of records. */
static int convert_chunk(run *rn, const redisReply *items, char **args, size_t *lens,
                         size_t *nrec, mf_error *err)
{
    size_t i, nd = 0, n = items->elements, max = (size_t)rn->h->cfg->max_record_bytes;
    char **dead = calloc(n ? n : 1, sizeof(char *));
    size_t *dlens = calloc(n ? n : 1, sizeof(size_t));

    *nrec = 0;
    if (dead == NULL || dlens == NULL)
        goto oom;
    for (i = 0; i < n; i++) {
        const redisReply *e = items->element[i];
        mf_error why = {0};
        char *out = NULL;
        size_t outlen = 0;
        const char *s = e->type == REDIS_REPLY_STRING ? e->str : "";
        size_t len = e->type == REDIS_REPLY_STRING ? (size_t)e->len : 0;

        if (mfp_legacy_convert(s, len, max, &out, &outlen, &why) == 0) {
            args[*nrec] = out;
            lens[(*nrec)++] = outlen;
            continue;
        }
        if (why.code != MF_EINVALID)
            goto oom;
        if ((dead[nd] = mfp_deadletter_entry(s, len, why.msg, NULL, &dlens[nd])) == NULL)
            goto oom;
        nd++;
    }
    for (i = 0; i < nd; i++) {
        args[*nrec + i] = dead[i];
        lens[*nrec + i] = dlens[i];
    }
    free(dead);
    free(dlens);
    return 0;
oom:
    for (i = 0; i < nd; i++)
        free(dead[i]);
    free(dead);
    free(dlens);
    return mfp_seterr(err, MF_ENOMEM, "out of memory while converting legacy elements");
}

/* Append and release; returns the script's answer (n, -1 or -2) or -3 with err. */
static long long release(run *rn, size_t nrec, size_t nout, char **outs, size_t *outlens,
                         mf_error *err)
{
    const char *keys[4] = {rn->h->k_pending, rn->h->k_dead, rn->k_inflight, rn->k_leases};
    const char **args = calloc(nout + 2, sizeof(char *));
    size_t *lens = calloc(nout + 2, sizeof(size_t));
    char nbuf[32];
    redisReply *r = NULL;
    long long ans = -3;
    size_t i;

    if (args == NULL || lens == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    snprintf(nbuf, sizeof(nbuf), "%zu", nrec);
    args[0] = rn->h->flusher_id;
    lens[0] = strlen(rn->h->flusher_id);
    args[1] = nbuf;
    lens[1] = strlen(nbuf);
    for (i = 0; i < nout; i++) {
        args[2 + i] = outs[i];
        lens[2 + i] = outlens[i];
    }
    for (;;) {
        r = mfp_redis_script(rn->h, mfp_lua_legacy_release, 4, keys, (int)nout + 2, args, lens,
                             "appending converted legacy elements", err);
        if (r != NULL)
            break;
        if (!retry(rn, err)) {
            cluster_advice(err);
            goto done;
        }
    }
    retried_ok(rn);
    if (r->type != REDIS_REPLY_INTEGER) {
        mfp_seterr(err, MF_ETRANSIENT, "redis answered the legacy append with something other than an integer");
        goto done;
    }
    ans = r->integer;
done:
    if (r)
        freeReplyObject(r);
    free(args);
    free(lens);
    return ans;
}

/* RPUSH key outs[i] for the i in idx[0..n) (a record's shard or the dead
 * letters), with the run's retries: a repeat after a lost reply appends a
 * second copy, which the flush drops by its cid. */
static int append(run *rn, int shard, int dead, char **outs, size_t *outlens, const size_t *idx, size_t n,
                  mf_error *err)
{
    const char **argv = calloc(n + 2, sizeof(char *));
    size_t *lens = calloc(n + 2, sizeof(size_t)), i;
    redisReply *r;
    int rc = -1;

    if (argv == NULL || lens == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    for (;;) {
        if (mfp_layout_use(rn->h, shard, err) != 0)
            goto done;
        argv[0] = "RPUSH";
        lens[0] = 5;
        argv[1] = dead ? rn->h->k_dead : rn->h->k_pending;
        lens[1] = strlen(argv[1]);
        for (i = 0; i < n; i++) {
            argv[2 + i] = outs[idx[i]];
            lens[2 + i] = outlens[idx[i]];
        }
        r = mfp_redis_command_argv(rn->h, (int)n + 2, argv, lens,
                                   dead ? "appending legacy dead letters" : "appending converted legacy elements", err);
        if (r != NULL) {
            freeReplyObject(r);
            break;
        }
        if (!retry(rn, err))
            goto done;
    }
    retried_ok(rn);
    rc = 0;
done:
    free(argv);
    free(lens);
    return rc;
}

/* On a cluster (the legacy key is in another slot than the queues): append
 * each record to its conversation's shard and the dead-letter entries to
 * {P}:dead, then release the window in the legacy key's slot. A crash
 * between the two leaves the window leased: a later run puts it back in
 * the legacy list and imports it again, and the second copies share their
 * deterministic cid, so the flush writes each once. Returns as release. */
static long long release_split(run *rn, size_t nrec, size_t nout, char **outs, size_t *outlens, mf_error *err)
{
    const char *keys[2] = {rn->k_inflight, rn->k_leases};
    char nbuf[32];
    const char *args[2] = {rn->h->flusher_id, nbuf};
    int *shard = calloc(nout ? nout : 1, sizeof(int));
    size_t *idx = calloc(nout ? nout : 1, sizeof(size_t)), i, j, n;
    long long ans = -3;
    redisReply *r = NULL;

    if (shard == NULL || idx == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    for (i = 0; i < nrec; i++) {
        mfp_record rec;
        if (mfp_record_parse(outs[i], outlens[i], (size_t)rn->h->cfg->max_record_bytes, &rec, err) != 0)
            goto done; /* cannot happen: legacy.c made it */
        shard[i] = mfp_layout_shard_of(rn->h, rec.conversation_id, rec.conversation_id_len);
        mfp_record_clear(&rec);
    }
    if (nrec > 0 && rn->h->cfg->shards > 1) {
        while (mfp_layout_register(rn->h, err) != 0)
            if (!retry(rn, err))
                goto done;
    }
    /* one RPUSH per shard, each shard's records in their legacy order */
    for (i = 0; i < nrec; i++) {
        int s = shard[i];
        if (s == MFP_MAX_SHARDS)
            continue;
        for (j = i, n = 0; j < nrec; j++)
            if (shard[j] == s) {
                idx[n++] = j;
                shard[j] = MFP_MAX_SHARDS; /* appended */
            }
        if (append(rn, s, 0, outs, outlens, idx, n, err) != 0)
            goto done;
    }
    for (i = nrec, n = 0; i < nout; i++)
        idx[n++] = i;
    if (n > 0 && append(rn, MFP_SHARD_ONE, 1, outs, outlens, idx, n, err) != 0)
        goto done;
    MFP_TEST_POINT("legacy_after_split_append", rn->h);
    snprintf(nbuf, sizeof(nbuf), "%zu", nout);
    for (;;) {
        at_legacy(rn);
        r = mfp_redis_script(rn->h, mfp_lua_legacy_done, 2, keys, 2, args, NULL, "releasing the imported legacy window",
                             err);
        if (r != NULL)
            break;
        if (!retry(rn, err))
            goto done;
    }
    retried_ok(rn);
    if (r->type != REDIS_REPLY_INTEGER) {
        mfp_seterr(err, MF_ETRANSIENT, "redis answered the legacy release with something other than an integer");
        goto done;
    }
    /* released: n (records and dead letters) reported as release's n, the records */
    ans = r->integer >= 0 ? (long long)nrec : r->integer;
done:
    if (r != NULL)
        freeReplyObject(r);
    free(shard);
    free(idx);
    return ans;
}

static int import_run(run *rn, const mf_import_opts *o, mf_import_report *rep, mf_error *err)
{
    long chunk = o && o->batch_size > 0 ? o->batch_size : rn->h->cfg->batch_size;
    long max_batches = o ? o->max_batches : 0;
    mfp_rconn *c;

    if (mfp_redis_get(rn->h, &c, err) != 0)
        return -1;
    if (reclaim(rn, &rep->reclaimed_count, err) != 0)
        return -1;
    if (llen(rn, &rep->total_legacy, err) != 0)
        return -1;
    for (;;) {
        redisReply *items;
        char **outs;
        size_t *outlens, nrec = 0, n, i;
        long long ans;

        if ((max_batches > 0 && rep->batches >= (uint64_t)max_batches) || (o && o->stop && *o->stop))
            break;
        if ((items = claim(rn, chunk, err)) == NULL)
            return -1;
        n = items->elements;
        if (n == 0) {
            freeReplyObject(items);
            break;
        }
        MFP_TEST_POINT("legacy_after_claim", rn->h);
        outs = calloc(n, sizeof(char *));
        outlens = calloc(n, sizeof(size_t));
        if (outs == NULL || outlens == NULL || convert_chunk(rn, items, outs, outlens, &nrec, err) != 0) {
            mfp_seterr(err, MF_ENOMEM, "out of memory while converting legacy elements");
            for (i = 0; outs != NULL && i < n; i++)
                free(outs[i]);
            free(outs);
            free(outlens);
            freeReplyObject(items);
            return -1; /* the chunk stays leased: a later run puts it back */
        }
        freeReplyObject(items);
        MFP_TEST_POINT("legacy_after_convert", rn->h);
        ans = rn->split ? release_split(rn, nrec, n, outs, outlens, err) : release(rn, nrec, n, outs, outlens, err);
        for (i = 0; i < n; i++)
            free(outs[i]);
        free(outs);
        free(outlens);
        if (ans == -3)
            return -1;
        if (ans == -2)
            return mfp_seterr(err, MF_ETRANSIENT, "the legacy chunk in %s changed while it was converted; "
                              "nothing was appended, run again after its lease expires", rn->k_inflight);
        if (ans == -1) {
            /* the lease was reclaimed by another run (which imports the
             * chunk), or a retried call had already released it: either way
             * nothing is lost or doubled; the chunk is not counted here */
            continue;
        }
        MFP_TEST_POINT("legacy_after_append", rn->h);
        rep->imported_count += nrec;
        rep->dead_lettered_count += n - nrec;
        rep->batches++;
    }
    return 0;
}

static char *dup_or_null(const char *s)
{
    return s != NULL ? strdup(s) : NULL;
}

int mf_import_legacy(mf_handle *h, const mf_import_opts *o, mf_import_report *rep, mf_error *err)
{
    uint64_t t0 = now_ms();
    run rn;
    int rc;

    if (h == NULL || rep == NULL)
        return mfp_need("mf_import_legacy", "a handle and a report", err);
    memset(rep, 0, sizeof(*rep));
    memset(&rn, 0, sizeof(rn));
    rn.h = h;
    rn.bo.retry_seconds = h->cfg->retry_seconds;
    rn.bo.stop = o != NULL ? o->stop : NULL;
    rn.key = o && o->key ? o->key : DEFAULT_KEY;
    if (rn.key[0] == '\0') {
        rep->elapsed_ms = now_ms() - t0;
        return mfp_seterr(err, MF_ECONFIG, "the legacy key must not be empty; pass --key NAME");
    }
    /* everything imported goes to the unsharded queue {P}, which every
     * flusher drains whatever MEMFLUSH_SHARDS is (docs/cluster.md) */
    if (mfp_layout_use(h, MFP_SHARD_ONE, err) != 0 || mf_connect(h, MF_CONNECT_REDIS, err) != 0) {
        rep->elapsed_ms = now_ms() - t0;
        return -1;
    }
    if (mfp_redis_is_cluster(h)) {
        /* the legacy key is in a slot of its own: the run's window and
         * lease go there, the records to their shards (release_split) */
        rn.split = 1;
        if (mfp_layout_import_keys(rn.key, &rn.k_leases, &rn.k_inflight_prefix, err) != 0) {
            rep->elapsed_ms = now_ms() - t0;
            return -1;
        }
    } else {
        rn.k_leases = dup_or_null(mfp_layout_shard(h, MFP_SHARD_ONE, err)->key[MFP_K_LEGACY_LEASES]);
        rn.k_inflight_prefix = dup_or_null(mfp_layout_shard(h, MFP_SHARD_ONE, err)->key[MFP_K_LEGACY_INFLIGHT]);
    }
    if (rn.k_leases && rn.k_inflight_prefix) {
        mfp_buf b;
        mfp_buf_init(&b);
        mfp_buf_printf(&b, "%s%s", rn.k_inflight_prefix, h->flusher_id);
        rn.k_inflight = mfp_buf_steal(&b);
    }
    if (rn.k_leases == NULL || rn.k_inflight_prefix == NULL || rn.k_inflight == NULL)
        rc = mfp_seterr(err, MF_ENOMEM, "out of memory");
    else
        rc = import_run(&rn, o, rep, err);
    if (mfp_rconn_ok(h->redis) && rc == 0)
        rc = llen(&rn, &rep->remaining_legacy, err);
    else if (mfp_rconn_ok(h->redis)) {
        mf_error ignore = {0};
        rn.bo.retry_seconds = 0; /* no more waiting: just try once */
        if (llen(&rn, &rep->remaining_legacy, &ignore) != 0)
            rep->remaining_legacy = 0;
    }
    free(rn.k_leases);
    free(rn.k_inflight_prefix);
    free(rn.k_inflight);
    {
        mf_error ignore = {0};
        mfp_layout_use(h, MFP_SHARD_ONE, &ignore); /* commands to {P}'s node again */
    }
    rep->success = rc == 0;
    rep->elapsed_ms = now_ms() - t0;
    return rc;
}

/* ------------------------------------------------------------ dry run */

#define DRY_MAX_REASONS 50 /* distinct dead-letter reasons listed; the rest are counted */
#define DRY_MAX_INDEXES 5  /* element indexes listed per reason */

/* LRANGE key from..to, with the run's retries. A list reply or NULL with err. */
static redisReply *lrange(run *rn, long long from, long long to, mf_error *err)
{
    mfp_rconn *c;
    redisReply *r;

    for (;;) {
        at_legacy(rn);
        if (mfp_redis_get(rn->h, &c, err) == 0) {
            r = mfp_rconn_command(c, "LRANGE %b %lld %lld", rn->key, strlen(rn->key), from, to);
            if (mfp_redis_reply_ok(rn->h, r, "LRANGE of the legacy list", err) == 0) {
                if (r->type == REDIS_REPLY_ARRAY) {
                    retried_ok(rn);
                    return r;
                }
                freeReplyObject(r);
                mfp_seterr(err, MF_ECONFIG, "the legacy key \"%.200s\" is not a list; "
                           "pass the legacy queue's name with --key", rn->key);
                return NULL;
            }
            if (r)
                freeReplyObject(r);
        }
        if (!retry(rn, err))
            return NULL;
    }
}

/* Count one dead-letter reason in 'reasons' (an array of {reason, count,
 * first_indexes}); beyond DRY_MAX_REASONS distinct ones, in *other. */
static int dry_reason(json_t *reasons, const char *why, uint64_t index, uint64_t *other)
{
    size_t i, n = json_array_size(reasons);
    json_t *e, *idx;

    for (i = 0; i < n; i++) {
        e = json_array_get(reasons, i);
        if (strcmp(json_string_value(json_object_get(e, "reason")), why) == 0)
            break;
    }
    if (i == n) {
        if (n >= DRY_MAX_REASONS) {
            (*other)++;
            return 0;
        }
        e = json_pack("{s:s, s:I, s:[]}", "reason", why, "count", (json_int_t)0, "first_indexes");
        if (e == NULL || json_array_append_new(reasons, e) != 0)
            return -1;
    }
    json_object_set_new(e, "count", json_integer(json_integer_value(json_object_get(e, "count")) + 1));
    idx = json_object_get(e, "first_indexes");
    if (json_array_size(idx) < DRY_MAX_INDEXES && json_array_append_new(idx, json_integer((json_int_t)index)) != 0)
        return -1;
    return 0;
}

char *mf_import_legacy_dry_run(mf_handle *h, const mf_import_opts *o, mf_error *err)
{
    uint64_t t0 = now_ms(), total = 0, seen = 0, good = 0, bad = 0, other = 0;
    long chunk = o && o->batch_size > 0 ? o->batch_size : h->cfg->batch_size;
    size_t max = (size_t)h->cfg->max_record_bytes;
    json_t *reasons = json_array(), *out = NULL;
    char *text = NULL;
    run rn;

    memset(&rn, 0, sizeof(rn));
    rn.h = h;
    rn.key = o && o->key ? o->key : DEFAULT_KEY;
    if (reasons == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    if (rn.key[0] == '\0') {
        mfp_seterr(err, MF_ECONFIG, "the legacy key must not be empty; pass --key NAME");
        goto done;
    }
    if (llen(&rn, &total, err) != 0)
        goto done;
    /* the elements that are there now, read in chunks; nothing is claimed or written */
    while (seen < total && !(o && o->stop && *o->stop)) {
        long long to = (long long)seen + chunk - 1;
        redisReply *items;
        size_t i;

        if (to > (long long)total - 1)
            to = (long long)total - 1;
        if ((items = lrange(&rn, (long long)seen, to, err)) == NULL)
            goto done;
        if (items->elements == 0) { /* the list got shorter meanwhile */
            freeReplyObject(items);
            break;
        }
        for (i = 0; i < items->elements; i++, seen++) {
            const redisReply *e = items->element[i];
            mf_error why = {0};
            char *rec = NULL;
            size_t reclen;

            if (mfp_legacy_convert(e->type == REDIS_REPLY_STRING ? e->str : "",
                                   e->type == REDIS_REPLY_STRING ? (size_t)e->len : 0, max,
                                   &rec, &reclen, &why) == 0) {
                free(rec);
                good++;
                continue;
            }
            if (why.code != MF_EINVALID || dry_reason(reasons, why.msg, seen, &other) != 0) {
                freeReplyObject(items);
                mfp_seterr(err, MF_ENOMEM, "out of memory while checking legacy elements");
                goto done;
            }
            bad++;
        }
        freeReplyObject(items);
    }
    out = json_pack("{s:b, s:s, s:I, s:I, s:I, s:I, s:O, s:I, s:I}", "dry_run", 1, "key", rn.key,
                    "total_legacy", (json_int_t)total, "checked", (json_int_t)seen,
                    "would_import", (json_int_t)good, "would_dead_letter", (json_int_t)bad,
                    "reasons", reasons, "other_reasons_count", (json_int_t)other,
                    "elapsed_ms", (json_int_t)(now_ms() - t0));
    if (out == NULL || (text = json_dumps(out, JSON_COMPACT | JSON_PRESERVE_ORDER)) == NULL)
        mfp_seterr(err, MF_ENOMEM, "out of memory");
done:
    json_decref(out);
    json_decref(reasons);
    return text;
}

char *mf_import_report_json(const mf_import_report *r)
{
    mfp_buf b;

    if (r == NULL)
        return NULL;
    mfp_buf_init(&b);
    mfp_buf_printf(&b,
                   "{\"success\":%s,\"total_legacy\":%llu,\"imported_count\":%llu,"
                   "\"dead_lettered_count\":%llu,\"reclaimed_count\":%llu,\"batches\":%llu,"
                   "\"remaining_legacy\":%llu,\"elapsed_ms\":%llu}",
                   r->success ? "true" : "false", (unsigned long long)r->total_legacy,
                   (unsigned long long)r->imported_count, (unsigned long long)r->dead_lettered_count,
                   (unsigned long long)r->reclaimed_count, (unsigned long long)r->batches,
                   (unsigned long long)r->remaining_legacy, (unsigned long long)r->elapsed_ms);
    return mfp_buf_steal(&b);
}
