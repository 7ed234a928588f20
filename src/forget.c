/* forget.c - mf_forget (erase a user's or a conversation's turns everywhere
 * memflush keeps them, and fence them against flushers that still hold one) and
 * mf_prune (delete old rows in bounded batches). The design and the race it
 * closes: docs/forget.md. Redis work is in src/lua/forget_*.lua, SQL in
 * sql/forget_*.sql and sql/prune_*.sql. Knows nothing about flushing. */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "forget.h"
#include "layout.h"
#include "save.h"
#include "legacy.h"
#include "record.h"

#define PLACEHOLDER "memflush:forgotten"
#define SCAN_WINDOW "1000"   /* records per atomic step of forget_scan.lua: ~15-20 ms of Redis */
#define CTX_LISTS "100"      /* context lists cleaned per atomic step of forget_ctx.lua */
#define ALL_OF_IT "1000000000"
#define FORGET_SCHEMA 3

#ifdef MF_TEST_HOOKS
/* Test builds: MEMFLUSH_CRASH_AT=forget_after_tombstone|forget_after_table|
 * forget_after_pending kills the process there (docs/testing.md). */
static void crash_at(const char *point)
{
    const char *at = getenv("MEMFLUSH_CRASH_AT");

    if (at != NULL && strcmp(at, point) == 0)
        raise(SIGKILL);
}
#else
#define crash_at(p) ((void)0)
#endif

static uint64_t now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

int mfp_parse_duration(const char *s, char *interval, size_t n, mf_error *err)
{
    static const struct { char unit; const char *name; long long max; } units[] = {
        {'s', "seconds", 3153600000LL}, {'m', "minutes", 52560000LL}, {'h', "hours", 876000LL},
        {'d', "days", 36500LL}, {'w', "weeks", 5214LL},
    };
    long long v = 0;
    size_t i, len = s ? strlen(s) : 0;

    if (len < 2 || len > 12)
        goto bad;
    for (i = 0; i + 1 < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            goto bad;
        v = v * 10 + (s[i] - '0');
    }
    for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
        if (s[len - 1] == units[i].unit) {
            if (v < 1 || v > units[i].max)
                goto bad;
            snprintf(interval, n, "%lld %s", v, units[i].name);
            return 0;
        }
bad:
    return mfp_seterr(err, MF_ECONFIG,
                      "bad duration \"%.40s\": give a whole number of seconds, minutes, hours, days or "
                      "weeks from 1 up to 100 years, like 90d, 12h, 30m, 45s or 2w",
                      s ? s : "");
}

/* Unix microseconds (decimal text) as RFC 3339 UTC with microseconds. */
static void format_us(const char *us, char *out, size_t n)
{
    long long v = strtoll(us, NULL, 10);
    time_t secs = (time_t)(v / 1000000);
    struct tm tm;

    if (gmtime_r(&secs, &tm) == NULL) {
        snprintf(out, n, "%s", "");
        return;
    }
    char day[24];

    strftime(day, sizeof(day), "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out, n, "%.19s.%06dZ", day, (int)(v % 1000000));
}

/* forget and prune need migrations/0003_forget.sql; flush does not. */
static int need_schema(mf_handle *h, mf_error *err)
{
    PGconn *c;
    PGresult *res;
    long version;

    if (mf_check_schema(h, err) != 0)
        return -1;
    if (mfp_pg_get(h, &c, err) != 0)
        return -1;
    res = PQexecParams(c, mfp_sql_forget_schema, 0, NULL, NULL, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        mfp_pg_fail(h, res, "the schema version check", err);
        PQclear(res);
        return -1;
    }
    version = PQntuples(res) == 1 ? strtol(PQgetvalue(res, 0, 0), NULL, 10) : 0;
    PQclear(res);
    if (version < FORGET_SCHEMA)
        return mfp_seterr(err, MF_ESCHEMA,
                          "the database lacks migration migrations/0003_forget.sql (schema version is %ld; "
                          "forget and prune need %d, flush does not): apply it with "
                          "psql -v ON_ERROR_STOP=1 -1 -f migrations/0003_forget.sql",
                          version, FORGET_SCHEMA);
    return 0;
}

/* Run one statement of sql/ ({{table}} filled in) with text parameters.
 * *out gets the result when it returned rows (caller clears), else NULL;
 * *affected the row count of a command. */
static int pg_run(mf_handle *h, const char *tmpl, int nparams, const char *const *vals, PGresult **out,
                  uint64_t *affected, const char *what, mf_error *err)
{
    PGconn *c;
    PGresult *res;
    char *sql;
    ExecStatusType st;

    if (out != NULL)
        *out = NULL;
    if (mfp_pg_get(h, &c, err) != 0)
        return -1;
    sql = mfp_sql_for(h, tmpl);
    if (sql == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    /* without parameters: the simple protocol, which also runs several statements */
    res = nparams > 0 ? PQexecParams(c, sql, nparams, NULL, vals, NULL, NULL, 0) : PQexec(c, sql);
    free(sql);
    st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        mfp_pg_fail(h, res, what, err);
        PQclear(res);
        return -1;
    }
    if (affected != NULL)
        *affected = strtoull(PQcmdTuples(res), NULL, 10);
    if (out != NULL && st == PGRES_TUPLES_OK && PQntuples(res) == 1)
        *out = res;
    else
        PQclear(res);
    return 0;
}

/* A script whose reply is an array of integers: the first n into v. */
static int script_ints(mf_handle *h, const char *script, int nkeys, const char **keys, int nargs,
                       const char **args, const size_t *lens, long long *v, size_t n, const char *what,
                       mf_error *err)
{
    redisReply *r = mfp_redis_script(h, script, nkeys, keys, nargs, args, lens, what, err);
    size_t i;

    if (r == NULL)
        return -1;
    if (r->type != REDIS_REPLY_ARRAY || r->elements < n) {
        freeReplyObject(r);
        return mfp_seterr(err, MF_ETRANSIENT, "redis answered %s with an unexpected reply", what);
    }
    for (i = 0; i < n; i++)
        v[i] = r->element[i]->type == REDIS_REPLY_INTEGER ? r->element[i]->integer : 0;
    freeReplyObject(r);
    return 0;
}

typedef struct forget_run {
    mf_handle *h;
    const char *kind;   /* "u" or "c" */
    const char *id;
    const char *dry;    /* "1" or "0" */
} forget_run;

/* Walk a list from the tail to the head with forget_scan.lua, window by window. */
static int scan_list(const forget_run *f, const char *key, const char *mode, const char *window,
                     uint64_t *count, mf_error *err)
{
    long long v[4] = {0, 0, 0, 0};
    char cursor[24] = "0";
    const char *args[7];

    do {
        args[0] = f->kind;
        args[1] = f->id;
        args[2] = cursor;
        args[3] = window;
        args[4] = mode;
        args[5] = PLACEHOLDER;
        args[6] = f->dry;
        if (script_ints(f->h, mfp_lua_forget_scan, 1, &key, 7, args, NULL, v, 4, "forgetting turns in a list", err) != 0)
            return -1;
        *count += (uint64_t)v[1];
        snprintf(cursor, sizeof(cursor), "%lld", v[0]);
    } while (v[3] == 0);
    return 0;
}

/* 1 when the record may hold the id in its top-level field (ARGV[1] of
 * forget_scan.lua): a superset of that script's holds(), which confirms. For
 * each literal key ("user_id" with its quotes), the string after ':' is a
 * candidate when it is the id byte for byte or holds an escape (the script
 * decodes it). Placeholders never are. */
int mfp_forget_may_hold(const char *rec, size_t len, const char *key, const char *id, size_t idlen)
{
    size_t klen = strlen(key), ph = sizeof(PLACEHOLDER) - 1;
    const char *p = rec, *end = rec + len;

    if (len >= ph && memcmp(rec, PLACEHOLDER, ph) == 0)
        return 0;
    while ((p = memmem(p, (size_t)(end - p), key, klen)) != NULL) {
        const char *v = p + klen, *q;
        p += klen;
        while (v < end && (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n'))
            v++;
        if (v == end || *v++ != ':')
            continue;
        while (v < end && (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n'))
            v++;
        if (v == end || *v++ != '"')
            continue;
        for (q = v; q < end && *q != '"' && *q != '\\'; q++)
            ;
        if (q < end && *q == '\\')
            return 1;
        if (q < end && (size_t)(q - v) == idlen && memcmp(v, id, idlen) == 0)
            return 1;
    }
    return 0;
}

/* {P}:pending, read on the client (docs/forget.md, "Why nothing is skipped"):
 * a window of up to PENDING_WINDOW records counted from the tail (fewer while
 * their bytes are over PENDING_BYTES) and the tail
 * record, in one MULTI; the records that may be theirs go to
 * forget_scan.lua's 'mark' step, which replaces those still where the
 * window saw them. Redis copies only those into Lua, not the whole list
 * (the cost of the per-window script). When one could not be found where
 * expected, the window is scanned again by the script itself (mode
 * 'record'), which decides the next cursor. */
#define PENDING_WINDOW 2000
#define PENDING_BYTES (8u << 20) /* a window grows to PENDING_WINDOW while its records stay under this */
#define ANCHOR_REACH "20000"
typedef struct pending_read {
    const char **args; /* forget_scan.lua's 'mark' arguments */
    size_t *lens;
    char (*pos)[24];   /* the positions' text */
    size_t nargs;
} pending_read;

/* The window of w records that ends cursor records before the tail, and the
 * tail record, in one MULTI: *r gets EXEC's reply. */
static int read_window(mf_handle *h, const char *key, long long cursor, long long w, redisReply **r,
                       mf_error *err)
{
    mfp_rconn *c;
    int k, bad = 0;

    *r = NULL;
    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    mfp_rconn_append(c, "MULTI");
    mfp_rconn_append(c, "LRANGE %s %lld %lld", key, -cursor - w, -cursor - 1);
    mfp_rconn_append(c, "LINDEX %s -1", key);
    mfp_rconn_append(c, "EXEC");
    for (k = 0; k < 4; k++) {
        redisReply *x = NULL;
        if (mfp_rconn_get_reply(c, &x) != 0) {
            freeReplyObject(*r);
            *r = NULL;
            return mfp_redis_reply_ok(h, NULL, "reading the pending list", err);
        }
        if (k < 3) {
            bad |= x->type == REDIS_REPLY_ERROR;
            freeReplyObject(x);
        } else {
            *r = x;
        }
    }
    if (bad || (*r)->type != REDIS_REPLY_ARRAY || (*r)->elements != 2 ||
        (*r)->element[0]->type != REDIS_REPLY_ARRAY) {
        freeReplyObject(*r);
        *r = NULL;
        return mfp_seterr(err, MF_ETRANSIENT, "redis answered the read of the pending list unexpectedly");
    }
    return 0;
}

static int scan_pending(const forget_run *f, const char *key, uint64_t *count, mf_error *err)
{
    pending_read m;
    char fkey[24], window[24], cur[24];
    size_t i, idlen = strlen(f->id), bytes;
    long long cursor = 0, w = 16; /* records may be 1 MiB each: start small, double while small */
    int rc = -1;

    snprintf(fkey, sizeof(fkey), "\"%s\"", f->kind[0] == 'u' ? "user_id" : "conversation_id");
    m.args = malloc((7 + 2 * PENDING_WINDOW) * sizeof(*m.args));
    m.lens = malloc((7 + 2 * PENDING_WINDOW) * sizeof(*m.lens));
    m.pos = malloc(PENDING_WINDOW * sizeof(*m.pos));
    if (m.args == NULL || m.lens == NULL || m.pos == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    for (;;) {
        redisReply *r, *win, *tail;
        long long v[4] = {0, 0, 0, 0};
        size_t got;

        if (read_window(f->h, key, cursor, w, &r, err) != 0)
            goto done;
        win = r->element[0];
        tail = r->element[1];
        got = win->elements;
        m.nargs = 7;
        bytes = 0;
        for (i = 0; i < got; i++) { /* from the tail: position i + cursor */
            redisReply *e = win->element[got - 1 - i];
            size_t k = (m.nargs - 7) / 2;
            bytes += e->len;
            if (e->type != REDIS_REPLY_STRING || !mfp_forget_may_hold(e->str, e->len, fkey, f->id, idlen))
                continue;
            m.lens[m.nargs] = (size_t)snprintf(m.pos[k], sizeof(m.pos[k]), "%lld", cursor + (long long)i);
            m.args[m.nargs++] = m.pos[k];
            m.lens[m.nargs] = e->len;
            m.args[m.nargs++] = e->str;
        }
        if (m.nargs > 7 && tail->type == REDIS_REPLY_STRING) {
            const char *head[7] = {f->kind, f->id, tail->str, ANCHOR_REACH, "mark", PLACEHOLDER, f->dry};
            for (i = 0; i < 7; i++) {
                m.args[i] = head[i];
                m.lens[i] = i == 2 ? tail->len : strlen(head[i]);
            }
            if (script_ints(f->h, mfp_lua_forget_scan, 1, &key, (int)m.nargs, m.args, m.lens, v, 2,
                            "forgetting turns in a list", err) != 0) {
                freeReplyObject(r);
                goto done;
            }
            *count += (uint64_t)v[0];
        }
        freeReplyObject(r);
        if (v[1] != 0) {
            /* a record was not where the window saw it: the script scans the
             * window itself and says where to go on */
            const char *sargs[7] = {f->kind, f->id, cur, window, "record", PLACEHOLDER, f->dry};
            snprintf(cur, sizeof(cur), "%lld", cursor);
            snprintf(window, sizeof(window), "%lld", w);
            if (script_ints(f->h, mfp_lua_forget_scan, 1, &key, 7, sargs, NULL, v, 4, "forgetting turns in a list",
                            err) != 0)
                goto done;
            *count += (uint64_t)v[1];
            cursor = v[0];
            if (v[3] != 0)
                break;
            continue;
        }
        cursor += (long long)got;
        if ((long long)got < w)
            break;
        w = bytes > PENDING_BYTES ? (w / 2 > 16 ? w / 2 : 16) : (w * 2 < PENDING_WINDOW ? w * 2 : PENDING_WINDOW);
    }
    rc = 0;
done:
    free(m.args);
    free(m.lens);
    free(m.pos);
    return rc;
}

/* The context lists: the user's (through the user index, save.h) or the one
 * of the conversation. The index is read for every day whose bucket may still
 * exist: the context lists' TTL plus the bucket's 2 days, 4 weeks more for
 * producers configured with a longer MEMFLUSH_TTL_SECONDS, one day ahead for
 * clock skew; CTX_LISTS names a step, each step going on after the last
 * entry the previous one cleaned (entries are never removed: saver.c). */
#define INDEX_DAYS_MAX 400
static int forget_context(const forget_run *f, uint64_t *count, mf_error *err)
{
    char (*days)[320] = malloc(INDEX_DAYS_MAX * sizeof(*days));
    const char *keys[INDEX_DAYS_MAX], *args[8];
    size_t lens[8];
    char day[24] = "1";
    long long next, today = mfp_index_bucket(f->h);
    long ndays = f->h->cfg->ttl_seconds / 86400 + 3 + 28 + 1, i;
    mfp_buf one, after;
    int rc = -1, nkeys;

    if (ndays > INDEX_DAYS_MAX)
        ndays = INDEX_DAYS_MAX;
    mfp_buf_init(&one);
    mfp_buf_init(&after);
    mfp_buf_puts(&after, "");
    if (days == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    if (f->kind[0] == 'c') {
        mfp_buf_puts(&one, f->h->k_ctx_prefix);
        mfp_buf_puts(&one, f->id);
    } else {
        mfp_buf_puts(&one, "");
    }
    if (one.oom) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    if (f->kind[0] == 'c') {
        keys[0] = one.data; /* declared: the one list touched */
        nkeys = 1;
    } else {
        for (i = 0; i < ndays; i++) {
            mfp_index_key(f->h, today + 1 - i, days[i], sizeof(days[i]));
            keys[i] = days[i];
        }
        nkeys = (int)ndays;
    }
    args[0] = f->kind;
    args[1] = f->id;
    args[2] = f->h->k_ctx_prefix;
    args[3] = one.data;
    args[4] = CTX_LISTS;
    args[5] = f->dry;
    args[6] = day;
    args[7] = after.data;
    do {
        redisReply *x;
        lens[7] = after.len;
        for (i = 0; i < 7; i++)
            lens[i] = strlen(args[i]);
        x = mfp_redis_script(f->h, mfp_lua_forget_ctx, nkeys, keys, 8, args, lens,
                             "forgetting turns in context lists", err);
        if (x == NULL)
            goto done;
        if (x->type != REDIS_REPLY_ARRAY || x->elements < 3 || x->element[0]->type != REDIS_REPLY_INTEGER ||
            x->element[1]->type != REDIS_REPLY_INTEGER || x->element[2]->type != REDIS_REPLY_STRING) {
            freeReplyObject(x);
            mfp_seterr(err, MF_ETRANSIENT, "redis answered the context-list step with an unexpected reply");
            goto done;
        }
        *count += (uint64_t)x->element[0]->integer;
        next = x->element[1]->integer;
        snprintf(day, sizeof(day), "%lld", next);
        mfp_buf_reset(&after);
        mfp_buf_append(&after, x->element[2]->str, x->element[2]->len);
        freeReplyObject(x);
        if (after.oom) {
            mfp_seterr(err, MF_ENOMEM, "out of memory");
            goto done;
        }
        args[7] = after.data;
    } while (next > 0);
    rc = 0;
done:
    mfp_buf_free(&one);
    mfp_buf_free(&after);
    free(days);
    return rc;
}

/* Every flusher's in-flight list, each in one atomic step. */
static int forget_inflight(const forget_run *f, uint64_t *count, mf_error *err)
{
    const char *keys[1] = {f->h->k_leases};
    redisReply *r;
    mfp_buf key;
    size_t i;
    int rc = 0;

    r = mfp_redis_script(f->h, mfp_lua_forget_leases, 1, keys, 0, NULL, NULL, "listing the flushers' leases",
                         err);
    if (r == NULL)
        return -1;
    if (r->type != REDIS_REPLY_ARRAY) {
        freeReplyObject(r);
        return mfp_seterr(err, MF_ETRANSIENT, "redis answered the lease listing with an unexpected reply");
    }
    mfp_buf_init(&key);
    for (i = 0; i < r->elements && rc == 0; i++) {
        if (r->element[i]->type != REDIS_REPLY_STRING)
            continue;
        mfp_buf_reset(&key);
        mfp_buf_puts(&key, f->h->k_inflight_prefix);
        mfp_buf_append(&key, r->element[i]->str, r->element[i]->len);
        if (key.oom)
            rc = mfp_seterr(err, MF_ENOMEM, "out of memory");
        else
            rc = scan_list(f, key.data, "inflight", ALL_OF_IT, count, err);
    }
    mfp_buf_free(&key);
    freeReplyObject(r);
    return rc;
}

/* The table: tombstone, barrier, then batched deletes (docs/forget.md). */
static int forget_table(const forget_run *f, const char *kind, const char *horizon, long batch, uint64_t *count,
                        mf_error *err)
{
    const char *vals[4] = {kind, f->id, horizon, NULL};
    char nbatch[24];
    uint64_t n;

    if (pg_run(f->h, mfp_sql_forget_tombstone, 3, vals, NULL, NULL, "writing the tombstone", err) != 0)
        return -1;
    /* the barrier (its lock_timeout is --statement-timeout-ms, rendered by pg_run) */
    if (pg_run(f->h, mfp_sql_forget_barrier, 0, NULL, NULL, NULL,
               "waiting for the table's writers (LOCK TABLE ... IN SHARE MODE)", err) != 0)
        return -1;
    snprintf(nbatch, sizeof(nbatch), "%ld", batch);
    vals[3] = nbatch;
    do {
        n = 0;
        if (pg_run(f->h, mfp_sql_forget_delete, 4, vals, NULL, &n, "deleting the rows", err) != 0)
            return -1;
        *count += n;
    } while (n > 0);
    return 0;
}

static int count_table(const forget_run *f, const char *kind, uint64_t *count, mf_error *err)
{
    const char *vals[2] = {kind, f->id};
    PGresult *res = NULL;

    if (pg_run(f->h, mfp_sql_forget_count, 2, vals, &res, NULL, "counting the rows", err) != 0)
        return -1;
    if (res != NULL)
        *count = strtoull(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    return 0;
}

static int valid_id(const char *id, const char *what, mf_error *err)
{
    size_t n = id ? strlen(id) : 0;

    if (n < 1 || n > 256 || !mfp_utf8_valid(id, n))
        return mfp_seterr(err, MF_ECONFIG, "the %s must be 1 to 256 bytes of UTF-8 (contract section 1)", what);
    return 0;
}

int mf_forget(mf_handle *h, const mf_forget_opts *o, mf_forget_report *r, mf_error *err)
{
    mf_forget_report local;
    forget_run f;
    mfp_buf field;
    unsigned char sum[MFP_SHA256_LEN];
    const char *kind, *keys[4], *args[4];
    char horizon[32] = "", total[24];
    uint64_t t0 = now_ms();
    long long v[2];
    size_t i, k, nshards = 0;
    int *shards = NULL, rc = -1;

    if (r == NULL)
        r = &local;
    memset(r, 0, sizeof(*r));
    mfp_buf_init(&field);
    if (h == NULL || o == NULL || (o->user_id == NULL) == (o->conversation_id == NULL))
        return mfp_seterr(err, MF_ECONFIG, "forget needs a handle and exactly one of a user id and a conversation id");
    r->dry_run = o->dry_run != 0;
    r->by_user = o->user_id != NULL;
    f.h = h;
    f.kind = r->by_user ? "u" : "c";
    f.id = r->by_user ? o->user_id : o->conversation_id;
    f.dry = r->dry_run ? "1" : "0";
    kind = r->by_user ? "user" : "conversation";
    if (valid_id(f.id, r->by_user ? "user id" : "conversation id", err) != 0)
        return -1;
    mfp_sha256(f.id, strlen(f.id), sum);
    for (i = 0; i < MFP_SHA256_LEN; i++)
        snprintf(r->id_sha256 + 2 * i, 3, "%02x", sum[i]);
    mfp_buf_printf(&field, "%s:%s", f.kind, f.id);
    if (field.oom) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    if (need_schema(h, err) != 0)
        goto done;
    /* every shard that may hold records (contract section 2: all of them,
     * those a change of the shard count left behind included) */
    if ((shards = malloc((MFP_MAX_SHARDS + 1) * sizeof(*shards))) == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    if (mfp_layout_all(h, shards, MFP_MAX_SHARDS + 1, &nshards, NULL, 0, NULL, err) != 0)
        goto done;
    if (r->dry_run) {
        if (count_table(&f, kind, &r->table, err) != 0)
            goto done;
    } else {
        /* 1. the Redis tombstone of every shard and the horizon (the latest
         *    of their clocks): from here on nothing put back in Redis keeps a
         *    record of theirs */
        for (k = 0; k < nshards; k++) {
            redisReply *x;
            if (mfp_layout_use(h, shards[k], err) != 0)
                goto done;
            keys[0] = h->k_forget;
            args[0] = field.data;
            x = mfp_redis_script(h, mfp_lua_forget_begin, 1, keys, 1, args, NULL, "writing the Redis tombstone", err);
            if (x == NULL)
                goto done;
            if (x->type != REDIS_REPLY_STRING || x->len == 0 || x->len >= sizeof(horizon)) {
                freeReplyObject(x);
                mfp_seterr(err, MF_ETRANSIENT, "redis answered the tombstone step with an unexpected reply");
                goto done;
            }
            /* the same width of digits: a larger text is a later time */
            if (horizon[0] == '\0' || strlen(horizon) < x->len ||
                (strlen(horizon) == x->len && memcmp(horizon, x->str, x->len) < 0)) {
                memcpy(horizon, x->str, x->len);
                horizon[x->len] = '\0';
            }
            freeReplyObject(x);
        }
        format_us(horizon, r->horizon, sizeof(r->horizon));
        crash_at("forget_after_tombstone");
        /* 2-4. the PostgreSQL tombstone (the fence), the barrier, the rows */
        if (forget_table(&f, kind, horizon, o->batch_rows > 0 ? o->batch_rows : 5000, &r->table, err) != 0)
            goto done;
        crash_at("forget_after_table");
    }
    for (k = 0; k < nshards; k++) {
        if (mfp_layout_use(h, shards[k], err) != 0)
            goto done;
        /* 5. Redis, in the order records move: context lists, pending, in
         *    flight, dead (docs/forget.md, "Why nothing is skipped") */
        if (forget_context(&f, &r->context, err) != 0 ||
            scan_pending(&f, h->k_pending, &r->pending, err) != 0)
            goto done;
        crash_at("forget_after_pending");
        if (forget_inflight(&f, &r->in_flight, err) != 0 ||
            scan_list(&f, h->k_dead, "dead", SCAN_WINDOW, &r->dead, err) != 0)
            goto done;
    }
    for (k = 0; k < nshards && !r->dry_run; k++) {
        /* 6. placeholders out of pending and dead, the tombstone off; the
         *    run is counted once, in the first shard's counters */
        if (mfp_layout_use(h, shards[k], err) != 0)
            goto done;
        keys[0] = h->k_forget;
        keys[1] = h->k_pending;
        keys[2] = h->k_dead;
        keys[3] = h->k_erasures;
        snprintf(total, sizeof(total), "%" PRIu64,
                 k == 0 ? r->context + r->pending + r->in_flight + r->dead + r->table : 0);
        args[0] = field.data;
        args[1] = PLACEHOLDER;
        args[2] = total;
        args[3] = k == 0 ? "1" : "0";
        if (script_ints(h, mfp_lua_forget_end, 4, keys, 4, args, NULL, v, 2, "finishing the forget", err) != 0)
            goto done;
    }
    rc = 0;
done:
    r->elapsed_ms = now_ms() - t0;
    mfp_buf_free(&field);
    free(shards);
    return rc;
}

char *mf_forget_report_json(const mf_forget_report *r)
{
    mfp_buf b;

    mfp_buf_init(&b);
    mfp_buf_printf(&b,
                   "{\"forgotten\":\"%s\",\"id_sha256\":\"%s\",\"dry_run\":%s,\"horizon\":%s%s%s,"
                   "\"removed\":{\"context\":%" PRIu64 ",\"pending\":%" PRIu64 ",\"in_flight\":%" PRIu64
                   ",\"dead\":%" PRIu64 ",\"table\":%" PRIu64 "},\"elapsed_ms\":%" PRIu64 "}",
                   r->by_user ? "user" : "conversation", r->id_sha256, r->dry_run ? "true" : "false",
                   r->horizon[0] ? "\"" : "", r->horizon[0] ? r->horizon : "null", r->horizon[0] ? "\"" : "",
                   r->context, r->pending, r->in_flight, r->dead, r->table, r->elapsed_ms);
    if (b.oom) {
        mfp_buf_free(&b);
        return NULL;
    }
    return mfp_buf_steal(&b);
}

int mf_prune(mf_handle *h, const mf_prune_opts *o, mf_prune_report *r, mf_error *err)
{
    mf_prune_report local;
    char interval[48], cutoff[32], from[24], to[24];
    const char *vals[3];
    PGresult *res = NULL;
    uint64_t t0 = now_ms(), pages, page, step, n;
    int rc = -1;

    if (r == NULL)
        r = &local;
    memset(r, 0, sizeof(*r));
    if (h == NULL || o == NULL)
        return mfp_seterr(err, MF_ECONFIG, "prune needs a handle and options");
    r->dry_run = o->dry_run != 0;
    if (mfp_parse_duration(o->older_than, interval, sizeof(interval), err) != 0)
        return -1;
    if (need_schema(h, err) != 0)
        goto done;
    vals[0] = interval;
    vals[1] = h->table_sql;
    if (pg_run(h, mfp_sql_prune_start, 2, vals, &res, NULL, "reading the cut-off", err) != 0)
        goto done;
    if (res == NULL) {
        mfp_seterr(err, MF_ECONFIG, "the prune cut-off query returned no row");
        goto done;
    }
    snprintf(cutoff, sizeof(cutoff), "%s", PQgetvalue(res, 0, 0));
    pages = strtoull(PQgetvalue(res, 0, 1), NULL, 10);
    snprintf(r->cutoff, sizeof(r->cutoff), "%s", PQgetvalue(res, 0, 2));
    PQclear(res);
    res = NULL;
    if (r->dry_run) {
        vals[0] = cutoff;
        if (pg_run(h, mfp_sql_prune_count, 1, vals, &res, NULL, "counting old rows", err) != 0)
            goto done;
        if (res != NULL)
            r->deleted = strtoull(PQgetvalue(res, 0, 0), NULL, 10);
        PQclear(res);
        rc = 0;
        goto done;
    }
    step = o->batch_pages > 0 ? (uint64_t)o->batch_pages : 1000;
    for (page = 0; page < pages; page += step) {
        uint64_t b0 = now_ms();
        double ms;
        if (o->stop != NULL && *o->stop)
            break;
        snprintf(from, sizeof(from), "%" PRIu64, page);
        snprintf(to, sizeof(to), "%" PRIu64, page + step >= pages ? (uint64_t)4294967295u : page + step);
        vals[0] = from;
        vals[1] = to;
        vals[2] = cutoff;
        n = 0;
        if (pg_run(h, mfp_sql_prune_batch, 3, vals, NULL, &n, "deleting a batch of old rows", err) != 0)
            goto done;
        ms = (double)(now_ms() - b0);
        if (ms > r->max_batch_ms)
            r->max_batch_ms = ms;
        r->deleted += n;
        r->batches++;
        r->pages = page + step < pages ? page + step : pages;
        if (o->progress != NULL)
            o->progress(o->progress_arg, r->deleted, r->pages, pages);
    }
    rc = 0;
    /* counted in Redis for memflush stats; prune itself needs only PostgreSQL */
    if (r->deleted > 0 || r->batches > 0) {
        const char *keys[1] = {h->k_erasures};
        const char *args[1] = {to};
        mf_error ignored = {0};
        redisReply *x;
        snprintf(to, sizeof(to), "%" PRIu64, r->deleted);
        x = mfp_redis_script(h, mfp_lua_prune_count, 1, keys, 1, args, NULL, "counting the prune", &ignored);
        if (x != NULL)
            freeReplyObject(x);
    }
done:
    r->elapsed_ms = now_ms() - t0;
    return rc;
}

char *mf_prune_report_json(const mf_prune_report *r)
{
    mfp_buf b;

    mfp_buf_init(&b);
    /* a dry run deletes nothing: it says what would be deleted, and deleted is 0 */
    if (r->dry_run)
        mfp_buf_printf(&b,
                       "{\"pruned\":false,\"dry_run\":true,\"cutoff\":\"%s\",\"would_delete\":%" PRIu64
                       ",\"deleted\":0,\"elapsed_ms\":%" PRIu64 "}",
                       r->cutoff, r->deleted, r->elapsed_ms);
    else
        mfp_buf_printf(&b,
                       "{\"pruned\":true,\"dry_run\":false,\"cutoff\":\"%s\",\"deleted\":%" PRIu64
                       ",\"batches\":%" PRIu64 ",\"pages\":%" PRIu64 ",\"max_batch_ms\":%.0f,\"elapsed_ms\":%" PRIu64
                       "}",
                       r->cutoff, r->deleted, r->batches, r->pages, r->max_batch_ms, r->elapsed_ms);
    if (b.oom) {
        mfp_buf_free(&b);
        return NULL;
    }
    return mfp_buf_steal(&b);
}

int mfp_erasure_stats_shard(mf_handle *h, mf_erasure_stats *s, mf_error *err)
{
    const char *keys[2];
    long long v[5] = {0, 0, 0, 0, 0};

    memset(s, 0, sizeof(*s));
    keys[0] = h->k_erasures;
    keys[1] = h->k_forget;
    if (script_ints(h, mfp_lua_erasures_get, 2, keys, 0, NULL, NULL, v, 5, "reading the erasure counters", err) != 0)
        return -1;
    s->forgets = (uint64_t)v[0];
    s->forgotten_turns = (uint64_t)v[1];
    s->prunes = (uint64_t)v[2];
    s->pruned_rows = (uint64_t)v[3];
    s->forgets_in_progress = (uint64_t)v[4];
    return 0;
}

int mf_erasure_stats_get(mf_handle *h, mf_erasure_stats *s, mf_error *err)
{
    int *shards;
    size_t n = 0, k;
    int rc = -1;

    memset(s, 0, sizeof(*s));
    if (h == NULL)
        return mfp_need("mf_erasure_stats_get", "a handle", err);
    if ((shards = malloc((MFP_MAX_SHARDS + 1) * sizeof(*shards))) == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    /* each shard keeps its own counters (a script touches one shard's keys) */
    if (mfp_layout_all(h, shards, MFP_MAX_SHARDS + 1, &n, NULL, 0, NULL, err) != 0)
        goto done;
    for (k = 0; k < n; k++) {
        mf_erasure_stats one;
        if (mfp_layout_use(h, shards[k], err) != 0 || mfp_erasure_stats_shard(h, &one, err) != 0)
            goto done;
        s->forgets += one.forgets;
        s->forgotten_turns += one.forgotten_turns;
        s->prunes += one.prunes;
        s->pruned_rows += one.pruned_rows;
        s->forgets_in_progress += one.forgets_in_progress;
    }
    rc = 0;
done:
    free(shards);
    return rc;
}
