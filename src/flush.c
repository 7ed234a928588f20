/* flush.c - mf_flush: reclaim expired leases, then claim, parse, write and
 * release batches until the queue is empty or a limit is reached, retrying
 * transient failures with backoff (contract §3, docs/flush.md). Ties queue.c
 * (Redis), record.c (parsing) and pgwrite.c (PostgreSQL) together; knows no
 * SQL text and no Lua. */
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pgwrite.h"
#include "queue.h"
#include "record.h"

/* ------------------------------------------------------------ test hooks */

#ifdef MF_TEST_HOOKS
/* Test builds only: MEMFLUSH_CRASH_AT=point kills the process with SIGKILL
 * at that point (after_claim, after_copy, before_commit, after_commit,
 * during_requeue); MEMFLUSH_TEST_DELAY_MS=N sleeps N ms after each claim so
 * tests can stop a server while a batch is in hand. */
static void test_hook(const char *point)
{
    const char *at = getenv("MEMFLUSH_CRASH_AT"), *delay;

    if (at != NULL && strcmp(at, point) == 0)
        raise(SIGKILL);
    delay = getenv("MEMFLUSH_TEST_DELAY_MS");
    if (delay != NULL && strcmp(point, "after_claim") == 0) {
        long ms = strtol(delay, NULL, 10);
        struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
        while (ms > 0 && nanosleep(&ts, &ts) != 0 && errno == EINTR)
            ;
    }
}
#define HOOK(p) test_hook(p)
#define HOOK_FN test_hook
#else
#define HOOK(p) ((void)0)
#define HOOK_FN NULL
#endif

/* ---------------------------------------------------------------- state */

typedef struct dead_list {
    char **entries;
    size_t *lens;
    size_t n, cap;
} dead_list;

typedef struct flusher {
    mf_handle *h;
    const mf_flush_opts *o;
    mf_flush_report *r;
    mfp_pgwriter *w;
    long long lease_ms;
    double t0;              /* monotonic seconds at the start */
    double retry_started;   /* 0: not in a streak of transient failures */
    double delay;           /* next backoff */
    int need_requeue;       /* our in-flight list may hold records */
    long claimed_batches;
    size_t abandoned;       /* records of the last batch put back (or left in flight) */
    long long known_pending;
    /* the batch in hand; the arrays are reused from batch to batch */
    mfp_batch batch;
    mfp_record *recs;       /* parsed records, by position in the batch */
    mfp_record **good;      /* the records to write, batch order, cids unique */
    size_t *good_pos;       /* batch position of good[i] */
    size_t cap, ngood;
    size_t *seen;           /* hash set of cids (indexes into good + 1; 0 = empty) */
    size_t seen_cap;
    dead_list dead;
    uint64_t dup_in_batch;
    size_t rejected;        /* records PostgreSQL refused in this batch */
    double last_renew;
    char claimed_at[MFP_TS_MAX];
} flusher;

static double mono(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int stopping(const flusher *f)
{
    return f->o != NULL && f->o->stop != NULL && *f->o->stop;
}

/* Sleep s seconds, waking early when the stop flag is set. */
static void nap(const flusher *f, double s)
{
    double until = mono() + s, left;

    while (!stopping(f) && (left = until - mono()) > 0) {
        double step = left < 0.05 ? left : 0.05;
        struct timespec ts = {0, (long)(step * 1e9)};
        nanosleep(&ts, NULL);
    }
}

static int over_time(const flusher *f)
{
    return f->o != NULL && f->o->max_seconds > 0 && mono() - f->t0 >= f->o->max_seconds;
}

/* Before retrying after a failure: 0 after waiting (retry now), -1 to give
 * up (not transient, stopping, or --retry-seconds used up in this streak of
 * failures). Backoff 0.2 s doubling to 5 s. */
static int backoff(flusher *f, const mf_error *e)
{
    double now = mono(), left;

    if (e->code != MF_ETRANSIENT || stopping(f) || over_time(f))
        return -1;
    if (f->retry_started == 0) {
        f->retry_started = now;
        f->delay = 0.2;
    }
    left = (double)f->h->cfg->retry_seconds - (now - f->retry_started);
    if (left <= 0)
        return -1;
    nap(f, f->delay < left ? f->delay : left);
    f->delay = f->delay * 2 > 5 ? 5 : f->delay * 2;
    return stopping(f) ? -1 : 0;
}

/* ----------------------------------------------------------- dead letters */

static void dead_clear(dead_list *d)
{
    size_t i;

    for (i = 0; i < d->n; i++)
        free(d->entries[i]);
    d->n = 0;
}

static void dead_free(dead_list *d)
{
    dead_clear(d);
    free(d->entries);
    free(d->lens);
    memset(d, 0, sizeof(*d));
}

static int dead_add(dead_list *d, const char *raw, size_t len, const char *why, const char *sqlstate,
                    mf_error *err)
{
    char *e;
    size_t elen = 0;

    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        char **ne = realloc(d->entries, cap * sizeof(*ne));
        size_t *nl;
        if (ne == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory while dead-lettering");
        d->entries = ne;
        nl = realloc(d->lens, cap * sizeof(*nl));
        if (nl == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory while dead-lettering");
        d->lens = nl;
        d->cap = cap;
    }
    e = mfp_deadletter_entry(raw, len, why, sqlstate && *sqlstate ? sqlstate : NULL, &elen);
    if (e == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory while dead-lettering");
    d->entries[d->n] = e;
    d->lens[d->n++] = elen;
    return 0;
}

/* ----------------------------------------------------------- the batch */

static void batch_clear(flusher *f)
{
    size_t i;

    for (i = 0; i < f->batch.n && i < f->cap; i++)
        mfp_record_clear(&f->recs[i]);
    mfp_batch_clear(&f->batch);
    dead_clear(&f->dead);
    f->ngood = 0;
    f->dup_in_batch = 0;
    f->rejected = 0;
}

static int grow(flusher *f, size_t n, mf_error *err)
{
    size_t seen_cap = 16;

    if (n <= f->cap)
        return 0;
    while (seen_cap < 2 * n)
        seen_cap *= 2;
    free(f->recs);
    free(f->good);
    free(f->good_pos);
    free(f->seen);
    f->recs = calloc(n, sizeof(*f->recs));
    f->good = malloc(n * sizeof(*f->good));
    f->good_pos = malloc(n * sizeof(*f->good_pos));
    f->seen = malloc(seen_cap * sizeof(*f->seen));
    if (!f->recs || !f->good || !f->good_pos || !f->seen) {
        f->cap = 0;
        return mfp_seterr(err, MF_ENOMEM, "out of memory for a batch of %zu records; use a smaller --batch-size", n);
    }
    f->cap = n;
    f->seen_cap = seen_cap;
    return 0;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t x = 1469598103934665603ULL; /* FNV-1a */
    size_t i;

    for (i = 0; i < n; i++)
        x = (x ^ (unsigned char)s[i]) * 1099511628211ULL;
    return x;
}

/* 1 when rec's cid was already taken in this batch, else remembers it. The
 * first record with a cid wins, as the table's ON CONFLICT DO NOTHING does. */
static int seen_before(flusher *f, const mfp_record *rec)
{
    size_t mask = f->seen_cap - 1, i = (size_t)hash_bytes(rec->cid, rec->cid_len) & mask;

    while (f->seen[i] != 0) {
        const mfp_record *o = f->good[f->seen[i] - 1];
        if (o->cid_len == rec->cid_len && memcmp(o->cid, rec->cid, rec->cid_len) == 0)
            return 1;
        i = (i + 1) & mask;
    }
    f->seen[i] = f->ngood + 1;
    return 0;
}

/* Parse the claimed records: poison ones become dead-letter entries, the
 * rest are completed (created_at = claim time when absent, token estimate)
 * and de-duplicated by cid. */
static int parse_batch(flusher *f, mf_error *err)
{
    size_t i, max = (size_t)f->h->cfg->max_record_bytes;

    if (grow(f, f->batch.n, err) != 0)
        return -1;
    memset(f->seen, 0, f->seen_cap * sizeof(*f->seen));
    for (i = 0; i < f->batch.n; i++) {
        mfp_record *rec = &f->recs[i];
        mf_error pe = {0};
        size_t len;
        const char *raw = mfp_batch_record(&f->batch, i, &len);

        if (mfp_record_parse(raw, len, max, rec, &pe) != 0) {
            if (pe.code != MF_EINVALID) {
                *err = pe;
                return -1;
            }
            if (dead_add(&f->dead, raw, len, pe.msg, NULL, err) != 0)
                return -1;
            continue;
        }
        if (!rec->has_created_at) {
            memcpy(rec->created_at, f->claimed_at, sizeof(rec->created_at));
            rec->has_created_at = 1;
        }
        if (mfp_record_complete(rec, &pe) != 0) {
            *err = pe;
            return -1;
        }
        if (seen_before(f, rec)) {
            f->dup_in_batch++;
            continue;
        }
        f->good_pos[f->ngood] = i;
        f->good[f->ngood++] = rec;
    }
    return 0;
}

/* A record PostgreSQL refused (from the probe): dead-letter it. */
static void reject(void *arg, size_t index, const char *sqlstate, const char *message)
{
    flusher *f = arg;
    size_t len;
    const char *raw = mfp_batch_record(&f->batch, f->good_pos[index], &len);
    mf_error ignored = {0};

    /* out of memory here leaves the record out of the dead list; it is still
     * not written, and the run reports the shortfall via the counts */
    dead_add(&f->dead, raw, len, message, sqlstate, &ignored);
    f->rejected++;
}

static void maybe_renew(flusher *f)
{
    mf_error ignored = {0};
    int held = 1;

    if (mono() - f->last_renew < (double)f->lease_ms / 3000.0)
        return;
    /* best effort: a Redis failure here shows up again at release */
    if (mfp_queue_renew(f->h, f->lease_ms, &held, &ignored) == 0)
        f->last_renew = mono();
}

/* Put our in-flight batch back at the head of pending, retrying transient
 * Redis failures; when Redis stays down it is left in flight and its lease
 * lets a later run reclaim it. */
static int requeue(flusher *f, mf_error *err)
{
    for (;;) {
        mf_error e = {0};
        if (mfp_queue_requeue(f->h, NULL, &e) == 0) {
            f->need_requeue = 0;
            return 0;
        }
        if (backoff(f, &e) != 0) {
            f->need_requeue = 1;
            *err = e;
            return -1;
        }
    }
}

/* The batch in hand failed: put it back and forget it. */
static int abandon(flusher *f, mf_error *err)
{
    mf_error e = {0};

    f->abandoned = f->batch.n;
    batch_clear(f);
    HOOK("during_requeue");
    if (requeue(f, &e) != 0 && err->code == 0)
        *err = e;
    return -1;
}

/* Claim, parse, write and release one batch. 1: done, 0: the queue was
 * empty, -1: failed (err set; the batch was put back or left in flight). */
static int one_batch(flusher *f, mf_error *err)
{
    mf_flush_report *r = f->r;
    uint64_t inserted = 0, sent;
    PGconn *pg;
    int released = 0;

    /* no point claiming while PostgreSQL is unreachable */
    if (mfp_pg_get(f->h, &pg, err) != 0)
        return -1;
    if (f->need_requeue && requeue(f, err) != 0)
        return -1;
    f->need_requeue = 1; /* until the claim's outcome is known */
    if (mfp_queue_claim(f->h, (size_t)f->h->cfg->batch_size, f->lease_ms, &f->batch, err) != 0)
        return -1;
    f->known_pending = f->batch.pending_left;
    if (f->batch.n == 0) {
        f->need_requeue = 0;
        mfp_batch_clear(&f->batch);
        return 0;
    }
    f->claimed_batches++;
    f->last_renew = mono();
    mfp_rfc3339_now(f->claimed_at);
    HOOK("after_claim");

    if (parse_batch(f, err) != 0)
        return abandon(f, err);
    maybe_renew(f);
    sent = f->ngood;
    if (f->ngood > 0) {
        mf_error e = {0};
        if (mfp_pgwrite_batch(f->w, f->good, f->ngood, &inserted, &e) != 0) {
            if (e.code != MF_EDATA) {
                *err = e;
                return abandon(f, err);
            }
            /* PostgreSQL refused some record: find it, write the others */
            memset(&e, 0, sizeof(e));
            maybe_renew(f);
            if (mfp_pgwrite_probe(f->w, f->good, f->ngood, &inserted, reject, f, &e) != 0) {
                *err = e;
                return abandon(f, err);
            }
            sent = f->ngood - f->rejected;
        }
        r->batches++;
        r->flushed_count += inserted;
    }
    HOOK("after_commit");
    maybe_renew(f);

    /* committed: release, retrying in place (nothing is written twice) */
    for (;;) {
        mf_error e = {0};
        if (mfp_queue_release(f->h, f->dead.n, (const char *const *)f->dead.entries, f->dead.lens, &released,
                              &e) == 0)
            break;
        if (backoff(f, &e) != 0) {
            /* left in flight: its lease lets a later run take it back; the
             * rows are in the table already, so that run finds duplicates */
            *err = e;
            f->abandoned = f->batch.n;
            batch_clear(f);
            return -1;
        }
    }
    f->need_requeue = 0;
    r->duplicate_count += f->dup_in_batch + (sent - inserted);
    if (released)
        r->dead_lettered_count += f->dead.n;
    /* else: our lease expired and another flusher took the batch back; it
     * dead-letters the poison records (the writes were idempotent) */
    f->abandoned = 0;
    batch_clear(f);
    return 1;
}

/* Retry a Redis step at the start (reclaim, LLEN) through transient failures. */
static int with_retry(flusher *f, int (*step)(mf_handle *, long long *, mf_error *), long long *out,
                      mf_error *err)
{
    for (;;) {
        mf_error e = {0};
        if (step(f->h, out, &e) == 0)
            return 0;
        if (backoff(f, &e) != 0) {
            *err = e;
            return -1;
        }
    }
}

int mf_flush(mf_handle *h, const mf_flush_opts *o, mf_flush_report *r, mf_error *err)
{
    flusher f;
    long long n = 0;
    int rc = -1;
    mf_error e = {0};

    memset(r, 0, sizeof(*r));
    memset(&f, 0, sizeof(f));
    f.h = h;
    f.o = o;
    f.r = r;
    f.t0 = mono();
    f.lease_ms = h->cfg->lease_seconds * 1000LL;
    /* a batch an earlier run on this handle left in flight (Redis was down)
     * goes back first; a no-op otherwise */
    f.need_requeue = 1;

    if (mf_connect(h, MF_CONNECT_REDIS | MF_CONNECT_POSTGRES, &e) != 0 || mf_check_schema(h, &e) != 0)
        goto done;
    f.w = mfp_pgwriter_new(h, h->cfg->method, &e);
    if (f.w == NULL)
        goto done;
    mfp_pgwriter_set_hook(f.w, HOOK_FN);
    if (with_retry(&f, mfp_queue_reclaim, &n, &e) != 0)
        goto done;
    r->reclaimed_count = (uint64_t)n;
    if (with_retry(&f, mfp_queue_pending, &n, &e) != 0)
        goto done;
    r->total_pending = (uint64_t)n;
    f.known_pending = n;

    for (;;) {
        int got;
        if (stopping(&f) || over_time(&f) ||
            (o != NULL && o->max_batches > 0 && f.claimed_batches >= o->max_batches))
            break;
        memset(&e, 0, sizeof(e));
        got = one_batch(&f, &e);
        if (got == 0)
            break;
        if (got > 0) {
            f.retry_started = 0;
            if (o != NULL && o->progress != NULL)
                o->progress(o->progress_arg, r->flushed_count + r->duplicate_count + r->dead_lettered_count,
                            (uint64_t)(f.known_pending > 0 ? f.known_pending : 0));
            continue;
        }
        if (backoff(&f, &e) != 0)
            goto done;
    }
    memset(&e, 0, sizeof(e));
    rc = 0;
done:
    if (rc != 0) {
        r->requeued_count = f.abandoned;
        if (e.code == 0)
            mfp_seterr(&e, MF_ETRANSIENT, "the flush failed");
        if (err != NULL && err->code == 0)
            *err = e;
    }
    /* what is left, when Redis still answers (else the last length seen) */
    if (h->redis_connected_once) {
        mf_error ignored = {0};
        if (mfp_queue_pending(h, &n, &ignored) == 0)
            f.known_pending = n;
    }
    r->remaining_pending = (uint64_t)(f.known_pending > 0 ? f.known_pending : 0);
    r->failed_count = r->dead_lettered_count + r->requeued_count;
    r->elapsed_ms = (uint64_t)((mono() - f.t0) * 1000.0);
    r->success = rc == 0;
    batch_clear(&f);
    dead_free(&f.dead);
    free(f.recs);
    free(f.good);
    free(f.good_pos);
    free(f.seen);
    mfp_pgwriter_free(f.w);
    return rc;
}

char *mf_flush_report_json(const mf_flush_report *r)
{
    char *s = NULL;

    if (asprintf(&s,
                 "{\"success\":%s,\"total_pending\":%" PRIu64 ",\"flushed_count\":%" PRIu64
                 ",\"duplicate_count\":%" PRIu64 ",\"dead_lettered_count\":%" PRIu64
                 ",\"requeued_count\":%" PRIu64 ",\"failed_count\":%" PRIu64 ",\"batches\":%" PRIu64
                 ",\"remaining_pending\":%" PRIu64 ",\"elapsed_ms\":%" PRIu64 ",\"reclaimed_count\":%" PRIu64 "}",
                 r->success ? "true" : "false", r->total_pending, r->flushed_count, r->duplicate_count,
                 r->dead_lettered_count, r->requeued_count, r->failed_count, r->batches, r->remaining_pending,
                 r->elapsed_ms, r->reclaimed_count) < 0)
        return NULL;
    return s;
}
