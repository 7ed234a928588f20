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

#include "layout.h"
#include "pgwrite.h"
#include "queue.h"
#include "record.h"

/* ------------------------------------------------------------ test hooks */

#ifdef MF_TEST_HOOKS
/* Test builds only: MEMFLUSH_CRASH_AT=point[:N] kills the process with
 * SIGKILL the Nth time (default 1, counted over the whole process) it reaches
 * that point (after_claim, after_copy, before_commit, after_commit,
 * during_requeue): e.g. after_commit:2 is the first commit that happens with
 * the next batch already claimed (the overlap starts after a first commit).
 * MEMFLUSH_TEST_DELAY_MS=N sleeps N ms after each claim so tests can stop a
 * server while a batch is in hand. */
static void test_hook(const char *point)
{
    static long hits;
    const char *at = getenv("MEMFLUSH_CRASH_AT"), *delay;
    size_t len = strlen(point);

    if (at != NULL && strncmp(at, point, len) == 0 && (at[len] == '\0' || at[len] == ':') &&
        ++hits >= (at[len] == ':' ? strtol(at + len + 1, NULL, 10) : 1))
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

/* One claimed batch: the claim reply, its parsed records, its dead letters.
 * The arrays are reused from batch to batch. */
typedef struct slot {
    mfp_batch batch;
    size_t n;               /* records claimed (the reply may be freed before the count is) */
    mfp_record *recs;       /* parsed records, by position in the batch */
    mfp_record **good;      /* the records to write, batch order, cids unique */
    size_t *good_pos;       /* batch position of good[i] */
    size_t cap, ngood;
    dead_list dead;
    uint64_t dup_in_batch;
    size_t rejected;        /* records PostgreSQL refused in this batch */
    int lost;               /* another flusher took our in-flight list back: not ours to release */
    char claimed_at[MFP_TS_MAX];
    mfp_buf text;           /* the good records as COPY text, built before they are sent */
    mfp_pgwriter *w;        /* the connection this slot's batch is written on (writer_for) */
} slot;

typedef struct flusher {
    mf_handle *h;
    const mf_flush_opts *o;
    mf_flush_report *r;
    mf_handle *h2;          /* the second PostgreSQL connection (--pg-connections 2), or NULL */
    mfp_pgwriter *w[2];     /* slot i writes with w[i] (both the same with one connection) */
    long long lease_ms;
    double t0;              /* monotonic seconds at the start */
    double retry_started;   /* 0: not in a streak of transient failures */
    double delay;           /* next backoff */
    int need_requeue;       /* our in-flight list may hold records we do not know of */
    long long inflight;     /* records our in-flight list holds (when need_requeue is 0) */
    int overlap;            /* claim the next batch while PostgreSQL commits one: set once a
                               batch committed in this run, cleared by any failure */
    long claimed_batches;
    size_t abandoned;       /* records put back (or left in flight) by the last failure */
    long long known_pending;
    /* at most two batches in hand: one whose last statements are on the wire
     * (sent), and the one claimed and parsed meanwhile */
    slot slots[2];
    slot *sent;
    size_t *seen;           /* hash set of cids (indexes into good + 1; 0 = empty) */
    size_t seen_cap;
    double last_renew;
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

static void slot_clear(slot *s)
{
    size_t i;

    for (i = 0; i < s->n && i < s->cap; i++)
        mfp_record_clear(&s->recs[i]);
    s->n = 0;
    mfp_batch_clear(&s->batch);
    dead_clear(&s->dead);
    s->ngood = 0;
    s->dup_in_batch = 0;
    s->rejected = 0;
    s->lost = 0;
    mfp_buf_reset(&s->text);
}

static void slot_free(slot *s)
{
    slot_clear(s);
    dead_free(&s->dead);
    mfp_buf_free(&s->text);
    free(s->recs);
    free(s->good);
    free(s->good_pos);
    memset(s, 0, sizeof(*s));
}

static int grow(flusher *f, slot *s, size_t n, mf_error *err)
{
    size_t seen_cap = 16;

    while (seen_cap < 2 * n)
        seen_cap *= 2;
    if (seen_cap > f->seen_cap) {
        free(f->seen);
        f->seen = malloc(seen_cap * sizeof(*f->seen));
        f->seen_cap = f->seen ? seen_cap : 0;
    }
    if (n > s->cap) {
        free(s->recs);
        free(s->good);
        free(s->good_pos);
        s->recs = calloc(n, sizeof(*s->recs));
        s->good = malloc(n * sizeof(*s->good));
        s->good_pos = malloc(n * sizeof(*s->good_pos));
        s->cap = s->recs && s->good && s->good_pos ? n : 0;
    }
    if (s->cap < n || f->seen == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory for a batch of %zu records; use a smaller --batch-size", n);
    return 0;
}

/* 1 when rec's cid was already taken in this batch, else remembers it. The
 * first record with a cid wins, as the table's ON CONFLICT DO NOTHING does. */
static int seen_before(flusher *f, slot *s, const mfp_record *rec)
{
    size_t mask = f->seen_cap - 1, i = (size_t)mfp_hash(rec->cid, rec->cid_len) & mask;

    while (f->seen[i] != 0) {
        const mfp_record *o = s->good[f->seen[i] - 1];
        if (o->cid_len == rec->cid_len && memcmp(o->cid, rec->cid, rec->cid_len) == 0)
            return 1;
        i = (i + 1) & mask;
    }
    f->seen[i] = s->ngood + 1;
    return 0;
}

/* Parse the claimed records: poison ones become dead-letter entries, the
 * rest are completed (created_at = claim time when absent, token estimate)
 * and de-duplicated by cid. */
static int parse_batch(flusher *f, slot *s, mf_error *err)
{
    size_t i, max = (size_t)f->h->cfg->max_record_bytes;

    if (grow(f, s, s->batch.n, err) != 0)
        return -1;
    memset(f->seen, 0, f->seen_cap * sizeof(*f->seen));
    for (i = 0; i < s->batch.n; i++) {
        mfp_record *rec = &s->recs[i];
        mf_error pe = {0};
        size_t len;
        const char *raw = mfp_batch_record(&s->batch, i, &len);

        if (mfp_record_parse(raw, len, max, rec, &pe) != 0) {
            if (pe.code != MF_EINVALID) {
                *err = pe;
                return -1;
            }
            if (dead_add(&s->dead, raw, len, pe.msg, NULL, err) != 0)
                return -1;
            continue;
        }
        if (!rec->has_created_at) {
            memcpy(rec->created_at, s->claimed_at, sizeof(rec->created_at));
            rec->has_created_at = 1;
        }
        if (mfp_record_complete(rec, &pe) != 0) {
            *err = pe;
            return -1;
        }
        if (seen_before(f, s, rec)) {
            s->dup_in_batch++;
            continue;
        }
        s->good_pos[s->ngood] = i;
        s->good[s->ngood++] = rec;
    }
    return 0;
}

/* A record PostgreSQL refused (from the probe): dead-letter it. */
static void reject(void *arg, size_t index, const char *sqlstate, const char *message)
{
    slot *s = arg;
    size_t len;
    const char *raw = mfp_batch_record(&s->batch, s->good_pos[index], &len);
    mf_error ignored = {0};

    /* out of memory here leaves the record out of the dead list; it is still
     * not written, and the run reports the shortfall via the counts */
    dead_add(&s->dead, raw, len, message, sqlstate, &ignored);
    s->rejected++;
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

/* Put our whole in-flight list back at the head of pending, retrying
 * transient Redis failures; when Redis stays down it is left in flight and
 * its lease lets a later run reclaim it. */
static int requeue(flusher *f, mf_error *err)
{
    for (;;) {
        mf_error e = {0};
        if (mfp_queue_requeue(f->h, NULL, &e) == 0) {
            f->need_requeue = 0;
            f->inflight = 0;
            return 0;
        }
        if (backoff(f, &e) != 0) {
            f->need_requeue = 1;
            *err = e;
            return -1;
        }
    }
}

/* Forget the batches in hand (after a failure); returns their record count. */
static size_t drop_all(flusher *f)
{
    size_t n = 0, i;

    for (i = 0; i < 2; i++) {
        if (!f->slots[i].lost)
            n += f->slots[i].n;
        slot_clear(&f->slots[i]);
    }
    f->sent = NULL;
    f->overlap = 0;
    return n;
}

/* A batch failed (nothing of the batches in hand is committed and not yet
 * released): put everything in flight back and forget it. */
static int abandon(flusher *f, mf_error *err)
{
    mf_error e = {0};

    f->abandoned = drop_all(f);
    HOOK("during_requeue");
    if (requeue(f, &e) != 0 && err->code == 0)
        *err = e;
    return -1;
}

/* s is committed (inserted rows new, sent rows offered): count it and
 * release it, retrying in place (nothing is written twice). */
static int committed(flusher *f, slot *s, uint64_t inserted, uint64_t sent, mf_error *err)
{
    mf_flush_report *r = f->r;
    int released = 0;
    size_t i;

    if (sent > 0)
        r->batches++;
    r->flushed_count += inserted;
    HOOK("after_commit");
    maybe_renew(f);
    /* the records are written: free them and the claim reply before the
     * release command copies the dead letters (a huge poison record must
     * not be held three times) */
    for (i = 0; i < s->n && i < s->cap; i++)
        mfp_record_clear(&s->recs[i]);
    mfp_batch_clear(&s->batch);
    while (!s->lost) {
        mf_error e = {0};
        if (mfp_queue_release(f->h, s->n, f->inflight, s->dead.n, (const char *const *)s->dead.entries,
                              s->dead.lens, &released, &e) == 0)
            break;
        if (backoff(f, &e) != 0) {
            /* put back (the rows are in the table already: they come back
             * as duplicates, the poison records are dead-lettered then);
             * when Redis is down it stays in flight and its lease lets a
             * later run take it back */
            mf_error ignored = {0};
            *err = e;
            f->need_requeue = 1;
            f->abandoned = drop_all(f);
            requeue(f, &ignored);
            return -1;
        }
    }
    r->duplicate_count += s->dup_in_batch + (sent - inserted);
    if (released) {
        r->dead_lettered_count += s->dead.n;
        f->inflight -= (long long)s->n;
    } else {
        /* our lease expired and another flusher took our in-flight list
         * back; it dead-letters the poison records (the writes were
         * idempotent). A batch claimed behind this one went with it. */
        f->inflight = 0;
        f->need_requeue = 1; /* harmless when the list is gone */
        for (i = 0; i < 2; i++)
            f->slots[i].lost = 1;
    }
    f->abandoned = 0;
    f->overlap = 1;
    f->retry_started = 0; /* a committed batch ends a streak of failures */
    slot_clear(s);
    return 0;
}

/* s's transaction failed with e (nothing committed): when PostgreSQL refused
 * it in a way a record may have caused, find those records and commit the
 * rest (0, with *inserted and *offered); else put everything back (-1). */
static int failed(flusher *f, slot *s, mf_error *e, uint64_t *inserted, uint64_t *offered, mf_error *err)
{
    mf_error pe = {0};

    if (!mfp_pgwrite_probe_applies(e)) {
        *err = *e;
        return abandon(f, err);
    }
    maybe_renew(f);
    if (mfp_pgwrite_probe(s->w, s->good, s->ngood, inserted, reject, s, &pe) != 0) {
        *err = pe;
        return abandon(f, err);
    }
    *offered = s->ngood - s->rejected;
    return 0;
}

/* Wait for the sent batch's transaction: 0 once it is committed (not yet
 * released), -1 when it failed and everything in hand was put back. */
static int await_sent(flusher *f, uint64_t *inserted, uint64_t *offered, mf_error *err)
{
    slot *s = f->sent;
    mf_error e = {0};

    f->sent = NULL;
    *inserted = 0;
    if (mfp_pgwrite_finish(s->w, s->good, s->ngood, inserted, &e) != 0)
        return failed(f, s, &e, inserted, offered, err);
    *offered = s->ngood;
    return 0;
}

/* Wait for the sent batch's transaction, then release it. */
static int complete(flusher *f, mf_error *err)
{
    slot *s = f->sent;
    uint64_t inserted, offered;

    if (await_sent(f, &inserted, &offered, err) != 0)
        return -1;
    return committed(f, s, inserted, offered, err);
}

/* Send s's rows (they are written while the next batch is prepared): 0, or
 * -1 with e (nothing committed). */
static int send_rows(flusher *f, slot *s, mf_error *e)
{
    maybe_renew(f);
    return mfp_pgwrite_send(s->w, s->good, s->ngood, s->text.len > 0 ? &s->text : NULL, e);
}

/* The COPY text of s's good records, built ahead while PostgreSQL is busy
 * with the previous batch; none when the writer no longer COPYs (its memory
 * given back). */
static int build_text(slot *s, mf_error *err)
{
    if (!mfp_pgwrite_wants_text(s->w)) {
        mfp_buf_free(&s->text);
        return 0;
    }
    if (s->ngood == 0)
        return 0;
    return mfp_pgwrite_copy_text(s->good, s->ngood, &s->text, err);
}

/* Write s: send it, or, with nothing to write, release it at once. */
static int start_write(flusher *f, slot *s, mf_error *err)
{
    mf_error e = {0};
    uint64_t inserted = 0, offered = 0;

    if (s->ngood == 0)
        return committed(f, s, 0, 0, err);
    if (send_rows(f, s, &e) == 0) {
        f->sent = s;
        return 0;
    }
    if (failed(f, s, &e, &inserted, &offered, err) != 0)
        return -1;
    return committed(f, s, inserted, offered, err);
}

/* a's transaction was sent, b is claimed and parsed: send b and wait for
 * a's commit, then release a. When b has the other connection (writer_for:
 * both are direct COPYs, whose transactions end on their own) b is sent
 * first, so PostgreSQL writes b while it commits a. Else b goes right after
 * a's commit, so PostgreSQL starts on b while Redis releases a. Releases stay
 * in claim order (a, then b). */
static int rotate(flusher *f, slot *a, slot *b, mf_error *err)
{
    uint64_t inserted, offered;
    mf_error eb = {0};
    int sent_b = -1, send = !b->lost && b->ngood > 0;
    int early = send && a->w != b->w;

    if (early) {
        sent_b = send_rows(f, b, &eb);
        if (sent_b == 0 && !mfp_pgwrite_ends_alone(b->w)) {
            /* PostgreSQL refused b's COPY at once (row level security) and b
             * went as the INSERT, whose transaction waits for us: take it
             * back and send it after a */
            mfp_pgwrite_cancel(b->w);
            early = 0;
            sent_b = -1;
        }
    }
    /* a failure puts back (or leaves in flight) everything in hand, b too:
     * rows of b that commit anyway come back as duplicates */
    if (await_sent(f, &inserted, &offered, err) != 0)
        return -1;
    if (send && !early)
        sent_b = send_rows(f, b, &eb);
    if (sent_b == 0)
        f->sent = b;
    if (committed(f, a, inserted, offered, err) != 0)
        return -1; /* everything in hand put back; b's rows, if they commit, come back as duplicates */
    if (b->lost) {
        /* went back with a's list to another flusher: no longer ours; rows
         * already sent are written anyway (idempotent), so wait for them */
        if (f->sent == b)
            return complete(f, err);
        slot_clear(b);
        return 0;
    }
    if (send && sent_b != 0) {
        inserted = offered = 0;
        if (failed(f, b, &eb, &inserted, &offered, err) != 0)
            return -1;
        return committed(f, b, inserted, offered, err);
    }
    if (b->ngood == 0)
        return committed(f, b, 0, 0, err);
    return 0;
}

/* The writer of the batch claimed while a (or nothing) is sent: the other
 * connection only when that batch can go while a commits, i.e. both
 * transactions end on their own (direct COPYs). Behind a transaction pooler
 * with one server connection, an early batch would otherwise wait for the
 * server connection a holds until we commit it (found by
 * test_flush_pgbouncer.sh), or a's retry after a failure (the INSERT after a
 * refused COPY, the probe) for the one the early batch holds. Else a's own
 * writer, idle again by the time the batch goes (see rotate): so a run that
 * writes with the INSERT never opens a second connection (nor holds a second
 * INSERT in libpq's buffers). */
static mfp_pgwriter *writer_for(const flusher *f, const slot *a)
{
    mfp_pgwriter *other;

    if (a == NULL)
        return f->w[0];
    other = a->w == f->w[0] ? f->w[1] : f->w[0];
    return mfp_pgwrite_ends_alone(a->w) && mfp_pgwrite_sends_alone(other) ? other : a->w;
}

static int may_claim(const flusher *f)
{
    return !stopping(f) && !over_time(f) &&
           !(f->o != NULL && f->o->max_batches > 0 && f->claimed_batches >= f->o->max_batches);
}

/* One step: claim and parse a batch (while the one sent before is being
 * committed by PostgreSQL), then finish and release the sent one, then send
 * the new one. 1: progress, 0: nothing in hand and the queue was empty (or a
 * limit was reached), -1: failed (err set; what we held was put back or left
 * in flight). */
static int flush_step(flusher *f, mf_error *err)
{
    slot *a = f->sent, *b;
    PGconn *pg;

    if (!may_claim(f) || (a != NULL && !f->overlap)) {
        if (a == NULL)
            return 0;
        return complete(f, err) != 0 ? -1 : 1;
    }
    if (a == NULL) {
        /* no point claiming while PostgreSQL is unreachable */
        if (mfp_pg_get(f->h, &pg, err) != 0)
            return -1;
        if (f->need_requeue && requeue(f, err) != 0)
            return -1;
    }
    b = a == &f->slots[0] ? &f->slots[1] : &f->slots[0];
    slot_clear(b);
    b->w = writer_for(f, a);
    if (mfp_queue_claim(f->h, (size_t)f->h->cfg->batch_size, f->lease_ms, f->inflight, &b->batch, err) != 0) {
        mf_error ignored = {0};
        f->need_requeue = 1; /* the claim may have happened */
        if (a != NULL)
            complete(f, &ignored);
        return -1;
    }
    if (b->batch.lost) {
        /* another flusher took our in-flight list back (lease expired) */
        f->need_requeue = 1;
        f->inflight = 0;
        if (a == NULL)
            return 1;
        a->lost = 1;
        return complete(f, err) != 0 ? -1 : 1;
    }
    f->known_pending = b->batch.pending_left;
    if (b->batch.n == 0) {
        mfp_batch_clear(&b->batch);
        if (a == NULL)
            return 0;
        return complete(f, err) != 0 ? -1 : 1;
    }
    b->n = b->batch.n;
    f->inflight += (long long)b->n;
    f->claimed_batches++;
    f->last_renew = mono(); /* the claim renewed the lease of the whole list */
    mfp_rfc3339_now(b->claimed_at);
    HOOK("after_claim");

    if (parse_batch(f, b, err) != 0 || build_text(b, err) != 0) {
        mf_error ignored = {0};
        if (a != NULL && complete(f, &ignored) != 0)
            return -1;
        return abandon(f, err);
    }
    if (a != NULL)
        return rotate(f, a, b, err) != 0 ? -1 : 1;
    return start_write(f, b, err) != 0 ? -1 : 1;
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

/* The shards this run drains, in order: --shard K alone, else every one
 * (layout.h: configured, {P}, registered), the configured ones rotated so
 * that concurrent flushers start on different shards. */
static int shards_to_drain(flusher *f, int *out, size_t *n, mf_error *err)
{
    mf_handle *h = f->h;
    long k = h->cfg->flush_shard, nconf = h->cfg->shards;
    size_t i, start, m;
    int tmp[MFP_MAX_SHARDS + 1];

    if (k >= 0) {
        if (k >= nconf)
            return mfp_seterr(err, MF_ECONFIG, "--shard %ld names no shard: with %ld shard%s (MEMFLUSH_SHARDS) "
                                               "they are numbered 0 to %ld",
                              k, nconf, nconf == 1 ? "" : "s", nconf - 1);
        out[0] = nconf <= 1 ? MFP_SHARD_ONE : (int)k;
        *n = 1;
        return 0;
    }
    for (;;) { /* the registry, through transient failures */
        mf_error e = {0};
        if (mfp_layout_all(h, tmp, MFP_MAX_SHARDS + 1, &m, NULL, 0, NULL, &e) == 0)
            break;
        if (backoff(f, &e) != 0) {
            *err = e;
            return -1;
        }
    }
    /* rotate the configured ones (the first nconf) by a per-flusher offset */
    nconf = nconf <= 1 ? 1 : nconf;
    start = (size_t)(mfp_hash(h->flusher_id, strlen(h->flusher_id)) % (uint64_t)nconf);
    for (i = 0; i < (size_t)nconf; i++)
        out[i] = tmp[(start + i) % (size_t)nconf];
    for (; i < m; i++)
        out[i] = tmp[i];
    *n = m;
    return 0;
}

/* Enter shard: its keys and node; reclaim its expired leases; read its
 * pending length. */
static int enter_shard(flusher *f, int shard, long long *pending, mf_error *err)
{
    long long n = 0;

    if (mfp_layout_use(f->h, shard, err) != 0)
        return -1;
    if (with_retry(f, mfp_queue_check_types, &n, err) != 0)
        return -1;
    if (with_retry(f, mfp_queue_reclaim, &n, err) != 0)
        return -1;
    f->r->reclaimed_count += (uint64_t)n;
    if (with_retry(f, mfp_queue_pending, &n, err) != 0)
        return -1;
    *pending = n;
    return 0;
}

int mf_flush(mf_handle *h, const mf_flush_opts *o, mf_flush_report *r, mf_error *err)
{
    flusher f;
    long long n = 0;
    int rc = -1;
    mf_error e = {0};
    int shards[MFP_MAX_SHARDS + 1];
    size_t nshards = 0, si;

    memset(r, 0, sizeof(*r));
    memset(&f, 0, sizeof(f));
    f.h = h;
    f.o = o;
    f.r = r;
    f.t0 = mono();
    f.lease_ms = h->cfg->lease_seconds * 1000LL;

    if (mf_connect(h, MF_CONNECT_REDIS | MF_CONNECT_POSTGRES, &e) != 0 || mf_check_schema(h, &e) != 0)
        goto done;
    f.w[0] = f.w[1] = mfp_pgwriter_new(h, h->cfg->method, &e);
    if (f.w[0] == NULL)
        goto done;
    mfp_pgwriter_set_hook(f.w[0], HOOK_FN);
    if (h->cfg->pg_connections > 1) {
        /* a handle of its own for the second connection (it connects on
         * first use, with the same settings; the schema was checked above) */
        if ((f.h2 = mf_open(h->cfg, &e)) == NULL || (f.w[1] = mfp_pgwriter_new(f.h2, h->cfg->method, &e)) == NULL)
            goto done;
        /* this run has connected: when PostgreSQL goes away before the
         * second connection's first use, that is transient (exit 1), not
         * "cannot connect" (exit 3) */
        f.h2->pg_connected_once = 1;
        mfp_pgwriter_set_hook(f.w[1], HOOK_FN);
    }
    if (shards_to_drain(&f, shards, &nshards, &e) != 0)
        goto done;
    /* the pending total first (and every shard's leases reclaimed) */
    for (si = 0; si < nshards; si++) {
        if (enter_shard(&f, shards[si], &n, &e) != 0)
            goto done;
        r->total_pending += (uint64_t)n;
    }

    /* then each shard until it is empty, moving on to the next */
    for (si = 0; si < nshards; si++) {
        if (nshards > 1 && enter_shard(&f, shards[si], &n, &e) != 0)
            goto done;
        f.known_pending = n;
        /* a batch an earlier run on this handle left in flight (Redis was
         * down) goes back first; a no-op otherwise */
        f.need_requeue = 1;
        f.inflight = 0;
        for (;;) {
            int got;
            memset(&e, 0, sizeof(e));
            got = flush_step(&f, &e);
            if (got == 0)
                break;
            if (got > 0) {
                if (o != NULL && o->progress != NULL)
                    o->progress(o->progress_arg, r->flushed_count + r->duplicate_count + r->dead_lettered_count,
                                (uint64_t)(f.known_pending > 0 ? f.known_pending : 0));
                continue;
            }
            if (backoff(&f, &e) != 0)
                goto done;
        }
        if (!may_claim(&f))
            break;
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
    if (h->redis_connected_once && nshards > 0) {
        mf_error ignored = {0};
        long long sum = 0;
        for (si = 0; si < nshards && ignored.code == 0; si++)
            if (mfp_layout_use(h, shards[si], &ignored) == 0 && mfp_queue_pending(h, &n, &ignored) == 0)
                sum += n;
        if (ignored.code == 0)
            f.known_pending = sum;
    }
    r->remaining_pending = (uint64_t)(f.known_pending > 0 ? f.known_pending : 0);
    r->failed_count = r->dead_lettered_count + r->requeued_count;
    r->elapsed_ms = (uint64_t)((mono() - f.t0) * 1000.0);
    r->success = rc == 0;
    slot_free(&f.slots[0]);
    slot_free(&f.slots[1]);
    free(f.seen);
    if (f.w[1] != f.w[0])
        mfp_pgwriter_free(f.w[1]);
    mfp_pgwriter_free(f.w[0]);
    mf_close(f.h2);
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
