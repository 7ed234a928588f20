/* context.c - the read path: the recent turns of a conversation from its
 * Redis context list, completed from PostgreSQL (sql/context_recent.sql) when
 * Redis holds fewer than asked or is down; merged by cid, oldest first.
 * Knows nothing about saving or flushing. See docs/producers.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"

#define CTX_DEFAULT_LIMIT 20
#define CTX_MAX_LIMIT 100000

typedef struct ctx_item {
    char *json;        /* canonical §1 text */
    char *cid;
    long long tokens;  /* token_count, or the estimate when a foreign record has none */
    int64_t when_us;   /* created_at in microseconds since the epoch */
    size_t order;      /* source order, newest first: Redis entries, then PostgreSQL rows */
    int dup;
} ctx_item;

typedef struct ctx_list {
    ctx_item *items;
    size_t n, cap;
    size_t skipped;    /* entries that are not valid records */
} ctx_list;

static void list_free(ctx_list *l)
{
    size_t i;
    for (i = 0; i < l->n; i++) {
        free(l->items[i].json);
        free(l->items[i].cid);
    }
    free(l->items);
    memset(l, 0, sizeof(*l));
}

/* Parse one record (from either source) into the list; an invalid one is
 * counted and skipped: a context read never fails on one bad entry. */
static int list_add(ctx_list *l, const char *s, size_t len, mf_error *err)
{
    mfp_record rec;
    mf_error perr = {0};
    ctx_item *it;

    if (mfp_record_parse(s, len, 0, &rec, &perr) != 0 || rec.cid == NULL) {
        mfp_record_clear(&rec);
        if (perr.code == MF_ENOMEM)
            return mfp_seterr(err, MF_ENOMEM, "out of memory");
        l->skipped++;
        return 0;
    }
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 32;
        ctx_item *p = realloc(l->items, ncap * sizeof(*p));
        if (p == NULL) {
            mfp_record_clear(&rec);
            return mfp_seterr(err, MF_ENOMEM, "out of memory");
        }
        l->items = p;
        l->cap = ncap;
    }
    it = &l->items[l->n];
    memset(it, 0, sizeof(*it));
    it->json = mfp_record_to_json(&rec, NULL);
    it->cid = strdup(rec.cid);
    if (it->json == NULL || it->cid == NULL) {
        free(it->json);
        free(it->cid);
        mfp_record_clear(&rec);
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    }
    it->tokens = rec.has_token_count
                     ? rec.token_count
                     : mfp_estimate_tokens(rec.user_message, rec.user_message_len) +
                           mfp_estimate_tokens(rec.assistant_message, rec.assistant_message_len);
    it->when_us = INT64_MAX; /* no created_at (a foreign record): treat as newest */
    if (rec.has_created_at) {
        mfp_ts ts;
        mf_error terr = {0};
        if (mfp_rfc3339_parse(rec.created_at, strlen(rec.created_at), &ts, &terr) == 0)
            it->when_us = mfp_ts_unix(&ts) * 1000000 + ts.usec;
    }
    it->order = l->n;
    l->n++;
    mfp_record_clear(&rec);
    return 0;
}

static int by_cid(const void *a, const void *b)
{
    const ctx_item *x = *(ctx_item *const *)a, *y = *(ctx_item *const *)b;
    int c = strcmp(x->cid, y->cid);
    if (c != 0)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Mark every repeated cid but its first occurrence (Redis before
 * PostgreSQL, newer before older). Returns the number of distinct cids. */
static int mark_dups(ctx_list *l, size_t *distinct, mf_error *err)
{
    ctx_item **idx;
    size_t i;

    *distinct = l->n;
    if (l->n < 2)
        return 0;
    idx = malloc(l->n * sizeof(*idx));
    if (idx == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    for (i = 0; i < l->n; i++) {
        idx[i] = &l->items[i];
        idx[i]->dup = 0;
    }
    qsort(idx, l->n, sizeof(*idx), by_cid);
    for (i = 1; i < l->n; i++)
        if (strcmp(idx[i]->cid, idx[i - 1]->cid) == 0) {
            idx[i]->dup = 1;
            (*distinct)--;
        }
    free(idx);
    return 0;
}

/* Newest first: by created_at, ties in source order. */
static int newest_first(const void *a, const void *b)
{
    const ctx_item *x = a, *y = b;
    if (x->when_us != y->when_us)
        return x->when_us > y->when_us ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* LRANGE the context list. -1 with err on failure. */
static int from_redis(mf_handle *h, const char *conv, size_t limit, ctx_list *l, mf_error *err)
{
    redisContext *c;
    redisReply *r;
    mfp_buf k;
    size_t i;
    int rc = 0;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    mfp_buf_init(&k);
    mfp_buf_puts(&k, h->k_ctx_prefix);
    mfp_buf_puts(&k, conv);
    if (k.oom) {
        mfp_buf_free(&k);
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    }
    r = redisCommand(c, "LRANGE %b 0 %lld", k.data, k.len, (long long)limit - 1);
    mfp_buf_free(&k);
    if (mfp_redis_reply_ok(h, r, "reading the context list", err) != 0) {
        if (r)
            freeReplyObject(r);
        return -1;
    }
    if (r->type != REDIS_REPLY_ARRAY) {
        freeReplyObject(r);
        return mfp_seterr(err, MF_EPRIVILEGE, "redis answered LRANGE on the context list with something other than a list");
    }
    for (i = 0; i < r->elements && rc == 0; i++)
        if (r->element[i]->type == REDIS_REPLY_STRING)
            rc = list_add(l, r->element[i]->str, r->element[i]->len, err);
    freeReplyObject(r);
    return rc;
}

static int from_postgres(mf_handle *h, const char *conv, size_t limit, ctx_list *l, mf_error *err)
{
    PGconn *c;
    PGresult *res;
    char *sql, n[24];
    const char *vals[2];
    int i, rc = 0;

    if (mf_check_schema(h, err) != 0)
        return -1;
    if (mfp_pg_get(h, &c, err) != 0)
        return -1;
    sql = mfp_sql_for(h, mfp_sql_context_recent);
    if (sql == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    snprintf(n, sizeof(n), "%zu", limit);
    vals[0] = conv;
    vals[1] = n;
    res = PQexecParams(c, sql, 2, NULL, vals, NULL, NULL, 0);
    free(sql);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        mfp_pg_fail(h, res, "reading recent turns", err);
        PQclear(res);
        return -1;
    }
    for (i = 0; i < PQntuples(res) && rc == 0; i++)
        rc = list_add(l, PQgetvalue(res, i, 0), (size_t)PQgetlength(res, i, 0), err);
    PQclear(res);
    return rc;
}

static int unreachable(int code)
{
    return code == MF_ECONNECT || code == MF_ETRANSIENT;
}

mf_context *mf_context_get(mf_handle *h, const mf_context_opts *o, mf_error *err)
{
    ctx_list l = {0};
    mf_context *ctx = NULL;
    mf_error rerr = {0}, perr = {0};
    size_t limit, distinct = 0, keep, i, k;
    long long budget;

    if (h == NULL || o == NULL) {
        mfp_need("mf_context_get", "a handle and options", err);
        return NULL;
    }
    if (o->conversation_id == NULL || o->conversation_id[0] == '\0') {
        mfp_seterr(err, MF_ECONFIG, "a conversation id is required (--conversation-id)");
        return NULL;
    }
    limit = o->limit ? o->limit : CTX_DEFAULT_LIMIT;
    if (limit > CTX_MAX_LIMIT)
        limit = CTX_MAX_LIMIT;
    ctx = calloc(1, sizeof(*ctx));
    if (ctx == NULL)
        goto oom;

    if (from_redis(h, o->conversation_id, limit, &l, &rerr) != 0) {
        if (!unreachable(rerr.code)) {
            mfp_seterr(err, rerr.code, "%s", rerr.msg);
            goto fail;
        }
        ctx->redis_failed = 1;
        snprintf(ctx->warning, sizeof(ctx->warning),
                 "answered from PostgreSQL alone: %.420s", rerr.msg);
    }
    if (mark_dups(&l, &distinct, err) != 0)
        goto fail;
    if (ctx->redis_failed || distinct < limit) {
        if (from_postgres(h, o->conversation_id, limit, &l, &perr) != 0) {
            if (ctx->redis_failed || !unreachable(perr.code)) {
                /* nothing to answer with, or a problem to fix (schema, rights) */
                if (ctx->redis_failed)
                    mfp_seterr(err, perr.code, "could not read the context from Redis nor PostgreSQL: %s",
                               perr.msg);
                else
                    mfp_seterr_sql(err, perr.code, perr.sqlstate, "%s", perr.msg);
                goto fail;
            }
            ctx->postgres_failed = 1;
            snprintf(ctx->warning, sizeof(ctx->warning),
                     "only the %zu turn(s) Redis holds: %.420s", distinct, perr.msg);
        }
        if (mark_dups(&l, &distinct, err) != 0)
            goto fail;
    }
    if (l.skipped > 0 && ctx->warning[0] == '\0')
        snprintf(ctx->warning, sizeof(ctx->warning),
                 "skipped %zu stored entr%s that %s not valid turn records", l.skipped,
                 l.skipped == 1 ? "y" : "ies", l.skipped == 1 ? "is" : "are");

    /* drop duplicates, newest first, then the limit and the token budget */
    for (i = 0, k = 0; i < l.n; i++) {
        if (l.items[i].dup) {
            free(l.items[i].json);
            free(l.items[i].cid);
            continue;
        }
        l.items[k++] = l.items[i];
    }
    l.n = k;
    if (l.n > 1)
        qsort(l.items, l.n, sizeof(*l.items), newest_first);
    keep = l.n < limit ? l.n : limit;
    budget = o->max_tokens;
    if (budget > 0) {
        long long sum = 0;
        for (i = 0; i < keep; i++) {
            if (sum + l.items[i].tokens > budget)
                break;
            sum += l.items[i].tokens;
        }
        keep = i;
    }
    ctx->records = calloc(keep ? keep : 1, sizeof(char *));
    if (ctx->records == NULL)
        goto oom;
    for (i = 0; i < keep; i++) { /* oldest first: hand the strings over */
        ctx->records[i] = l.items[keep - 1 - i].json;
        l.items[keep - 1 - i].json = NULL;
    }
    ctx->count = keep;
    list_free(&l);
    return ctx;
oom:
    mfp_seterr(err, MF_ENOMEM, "out of memory");
fail:
    list_free(&l);
    mf_context_free(ctx);
    return NULL;
}

void mf_context_free(mf_context *c)
{
    size_t i;

    if (c == NULL)
        return;
    for (i = 0; i < c->count; i++)
        free(c->records[i]);
    free(c->records);
    free(c);
}
