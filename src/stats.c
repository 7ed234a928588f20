/* stats.c - queue statistics from Redis (memflush stats): lengths of the
 * pending, in-flight and dead lists and the age of the head record, as JSON or
 * Prometheus text. Knows nothing about PostgreSQL or how batches are claimed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include <jansson.h>

#include "record.h"

/* Read n pipelined replies into r[]; every reply is read even after an
 * error so the connection stays in step. Returns 0 or -1 with err. */
static int get_replies(mf_handle *h, redisContext *c, redisReply **r, size_t n, const char *what,
                       mf_error *err)
{
    size_t i;
    int rc = 0;

    for (i = 0; i < n; i++) {
        void *p = NULL;
        r[i] = NULL;
        if (rc == 0 && redisGetReply(c, &p) != REDIS_OK) {
            mfp_redis_reply_ok(h, NULL, what, err);
            rc = -1;
            continue;
        }
        r[i] = p;
        if (rc == 0 && mfp_redis_reply_ok(h, r[i], what, err) != 0)
            rc = -1;
    }
    return rc;
}

static void free_replies(redisReply **r, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (r[i] != NULL)
            freeReplyObject(r[i]);
}

/* Age in seconds of the record's created_at, or -1 when it has none or it
 * cannot be read (not JSON, not an object, not RFC 3339). */
static double record_age(const char *rec, size_t len, double now)
{
    json_error_t je;
    json_t *root = json_loadb(rec, len, 0, &je), *ca;
    mfp_ts ts;
    mf_error e = {0};
    double age = -1;

    if (root == NULL)
        return -1;
    ca = json_object_get(root, "created_at");
    if (json_is_string(ca) &&
        mfp_rfc3339_parse(json_string_value(ca), json_string_length(ca), &ts, &e) == 0) {
        double t = (double)mfp_ts_unix(&ts) + ts.usec / 1e6;
        age = now - t;
        if (age < 0) /* a producer's clock ahead of ours */
            age = 0;
    }
    json_decref(root);
    return age;
}

/* Append to b the key pattern matching every in-flight list: the prefix with
 * Redis glob characters escaped, then '*'. */
static void inflight_pattern(mfp_buf *b, const char *prefix)
{
    const char *p;
    for (p = prefix; *p; p++) {
        if (*p == '*' || *p == '?' || *p == '[' || *p == ']' || *p == '\\')
            mfp_buf_putc(b, '\\');
        mfp_buf_putc(b, *p);
    }
    mfp_buf_putc(b, '*');
}

static int in_set(redisReply *members, const char *s, size_t len)
{
    size_t i;
    /* WITHSCORES: member, score, member, score ... */
    for (i = 0; members && i + 1 < members->elements; i += 2)
        if (members->element[i]->len == len && memcmp(members->element[i]->str, s, len) == 0)
            return 1;
    return 0;
}

static int llen_key(mf_handle *h, redisContext *c, const char *key, size_t klen, uint64_t *out,
                    mf_error *err)
{
    redisReply *r = redisCommand(c, "LLEN %b", key, klen);
    int rc = -1;

    if (mfp_redis_reply_ok(h, r, "LLEN of an in-flight list", err) == 0) {
        if (r->type == REDIS_REPLY_INTEGER && r->integer > 0)
            *out += (uint64_t)r->integer;
        rc = 0;
    }
    if (r)
        freeReplyObject(r);
    return rc;
}

int mf_stats_get(mf_handle *h, mf_stats *s, mf_error *err)
{
    redisContext *c;
    redisReply *r[5] = {0}, *scan = NULL;
    mfp_buf key, pat;
    char cursor[32] = "0";
    struct timeval tv;
    double now;
    int64_t now_ms;
    size_t i, plen;
    int rc = -1;

    if (h == NULL || s == NULL)
        return mfp_need("mf_stats_get", "a handle and a result", err);
    memset(s, 0, sizeof(*s));
    s->ttl_seconds = h->cfg->ttl_seconds;
    mfp_buf_init(&key);
    mfp_buf_init(&pat);
    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    redisAppendCommand(c, "LLEN %s", h->k_pending);
    redisAppendCommand(c, "LLEN %s", h->k_dead);
    redisAppendCommand(c, "LINDEX %s 0", h->k_pending);
    redisAppendCommand(c, "ZRANGE %s 0 -1 WITHSCORES", h->k_leases);
    redisAppendCommand(c, "TIME");
    {
        /* name the key in the message: a foreign key of another type is the
         * usual cause of an error here */
        char what[400];
        snprintf(what, sizeof(what), "the queue statistics (%s and %s must be lists, %s a sorted set)",
                 h->k_pending, h->k_dead, h->k_leases);
        if (get_replies(h, c, r, 5, what, err) != 0)
            goto done;
    }
    if (r[0]->type != REDIS_REPLY_INTEGER || r[1]->type != REDIS_REPLY_INTEGER ||
        r[3]->type != REDIS_REPLY_ARRAY || r[4]->type != REDIS_REPLY_ARRAY || r[4]->elements != 2) {
        mfp_seterr(err, MF_ETRANSIENT, "redis answered the queue statistics with unexpected types");
        goto done;
    }
    s->pending = (uint64_t)r[0]->integer;
    s->dead = (uint64_t)r[1]->integer;
    gettimeofday(&tv, NULL);
    now = (double)tv.tv_sec + tv.tv_usec / 1e6;
    if (r[2]->type == REDIS_REPLY_STRING) {
        double age = record_age(r[2]->str, r[2]->len, now);
        if (age >= 0) {
            s->has_oldest = 1;
            s->oldest_pending_age_seconds = age;
        }
    }
    /* lease expiries are compared with the Redis server's clock */
    now_ms = strtoll(r[4]->element[0]->str, NULL, 10) * 1000 +
             strtoll(r[4]->element[1]->str, NULL, 10) / 1000;
    plen = strlen(h->k_inflight_prefix);
    for (i = 0; i + 1 < r[3]->elements; i += 2) {
        redisReply *m = r[3]->element[i];
        s->leases++;
        if (strtod(r[3]->element[i + 1]->str, NULL) < (double)now_ms)
            s->expired_leases++;
        mfp_buf_reset(&key);
        mfp_buf_puts(&key, h->k_inflight_prefix);
        mfp_buf_append(&key, m->str, m->len);
        if (key.oom) {
            mfp_seterr(err, MF_ENOMEM, "out of memory");
            goto done;
        }
        if (llen_key(h, c, key.data, key.len, &s->in_flight, err) != 0)
            goto done;
    }
    /* in-flight lists without a lease (a flusher that lost its lease entry) */
    inflight_pattern(&pat, h->k_inflight_prefix);
    if (pat.oom) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    do {
        scan = redisCommand(c, "SCAN %s MATCH %b COUNT 1000", cursor, pat.data, pat.len);
        if (mfp_redis_reply_ok(h, scan, "SCAN for in-flight lists", err) != 0)
            goto done;
        if (scan->type != REDIS_REPLY_ARRAY || scan->elements != 2 ||
            scan->element[0]->type != REDIS_REPLY_STRING) {
            mfp_seterr(err, MF_ETRANSIENT, "redis answered SCAN with unexpected types");
            goto done;
        }
        snprintf(cursor, sizeof(cursor), "%s", scan->element[0]->str);
        for (i = 0; i < scan->element[1]->elements; i++) {
            redisReply *k = scan->element[1]->element[i];
            uint64_t n = 0;
            if (k->len <= plen || in_set(r[3], k->str + plen, k->len - plen))
                continue;
            if (llen_key(h, c, k->str, k->len, &n, err) != 0)
                goto done;
            s->orphan_in_flight += n;
            s->in_flight += n;
        }
        freeReplyObject(scan);
        scan = NULL;
    } while (strcmp(cursor, "0") != 0);
    rc = 0;
done:
    if (scan)
        freeReplyObject(scan);
    free_replies(r, 5);
    mfp_buf_free(&key);
    mfp_buf_free(&pat);
    return rc;
}

char *mf_stats_json(const mf_stats *s)
{
    mfp_buf b;

    if (s == NULL)
        return NULL;
    mfp_buf_init(&b);
    mfp_buf_printf(&b, "{\"status\":\"active\",\"pending_queue_length\":%llu,\"in_flight\":%llu,"
                       "\"dead_letter_length\":%llu,\"oldest_pending_age_seconds\":",
                   (unsigned long long)s->pending, (unsigned long long)s->in_flight,
                   (unsigned long long)s->dead);
    if (s->has_oldest)
        mfp_buf_printf(&b, "%.3f", s->oldest_pending_age_seconds);
    else
        mfp_buf_puts(&b, "null");
    mfp_buf_printf(&b, ",\"ttl_seconds\":%ld,\"leases\":%llu,\"expired_leases\":%llu,"
                       "\"orphan_in_flight\":%llu}",
                   s->ttl_seconds, (unsigned long long)s->leases,
                   (unsigned long long)s->expired_leases, (unsigned long long)s->orphan_in_flight);
    if (b.oom) {
        mfp_buf_free(&b);
        return NULL;
    }
    return mfp_buf_steal(&b);
}

/* A gauge (prom.c): integral values without a fraction; no sample line when
 * the value is not present. */
static void gauge(mfp_buf *b, const char *name, const char *help, const char *queue, int present,
                  double v)
{
    char s[330]; /* "%.3f" of any double fits */

    if (v == (double)(long long)v)
        snprintf(s, sizeof(s), "%lld", (long long)v);
    else
        snprintf(s, sizeof(s), "%.3f", v);
    mfp_prom_metric(b, name, "gauge", help, queue, present ? s : NULL);
}

char *mf_stats_prometheus(const mf_stats *s, const char *queue)
{
    mfp_buf b;

    if (s == NULL)
        return NULL;
    mfp_buf_init(&b);
    gauge(&b, "up", "1 when Redis answered the statistics query.", queue, 1, 1);
    gauge(&b, "pending_queue_length", "Turns waiting in the pending list.", queue, 1,
          (double)s->pending);
    gauge(&b, "in_flight", "Turns claimed by a flusher and not yet released.", queue, 1,
          (double)s->in_flight);
    gauge(&b, "dead_letter_length", "Entries in the dead-letter list.", queue, 1, (double)s->dead);
    /* 0 when the queue is empty (nothing waits); absent when the head has no created_at */
    gauge(&b, "oldest_pending_age_seconds",
          "Age of the oldest pending turn from its created_at (0 when the queue is empty).", queue,
          s->has_oldest || s->pending == 0, s->has_oldest ? s->oldest_pending_age_seconds : 0);
    gauge(&b, "ttl_seconds", "Lifetime of the per-conversation context lists.", queue, 1,
          (double)s->ttl_seconds);
    gauge(&b, "leases", "Flushers holding a lease on a claimed batch.", queue, 1, (double)s->leases);
    gauge(&b, "expired_leases", "Leases past their expiry, reclaimed by the next flush.", queue, 1,
          (double)s->expired_leases);
    gauge(&b, "orphan_in_flight", "Turns in in-flight lists that have no lease.", queue, 1,
          (double)s->orphan_in_flight);
    if (b.oom) {
        mfp_buf_free(&b);
        return NULL;
    }
    return mfp_buf_steal(&b);
}
