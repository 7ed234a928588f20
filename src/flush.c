/* flush.c - mf_flush: reclaim expired leases, then claim, parse, write and
 * release batches until the queue is empty or a limit is reached, retrying
 * transient failures with backoff (contract §3, docs/flush.md). Ties queue.c
 * (Redis), record.c (parsing) and pgwrite.c (PostgreSQL) together; knows no
 * SQL text and no Lua. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgwrite.h"
#include "queue.h"
#include "record.h"
#include "retry.h"
#include "testpoint.h"

/* Crash points and delays for tests (MFP_TEST_POINT: test builds only):
 * after_claim, after_copy and before_commit (pgwrite.c), after_commit,
 * during_requeue. A run commits its first batch before it claims the next
 * (the overlap starts after a first commit), so after_commit:2 is the first
 * commit with the next batch already claimed. See testpoint.h. */
#define HOOK(p) MFP_TEST_POINT(p, f->h)

/* ---------------------------------------------------------------- state */

typedef struct dead_list {
    char **entries;
    size_t *lens;
    size_t n, cap;
} dead_list;

/* Where a batch in hand is in its life. A slot goes
 *   free -> claimed (in our in-flight list, parsed) -> sent (its last
 *   statement on the wire) -> committed -> released (free again),
 * back from sent to claimed when PostgreSQL refuses it (then probed, or
 * given up: put back in pending), and to lost when another flusher took
 * our in-flight list back (our lease expired): then it is not ours to
 * release or put back. */
enum slot_state { SLOT_FREE, SLOT_CLAIMED, SLOT_SENT, SLOT_COMMITTED, SLOT_LOST };

/* One claimed batch: the claim reply, its parsed records, its dead letters.
 * The arrays are reused from batch to batch. */
typedef struct slot {
    enum slot_state state;
    mfp_batch batch;
    size_t n;               /* records claimed (the reply may be freed before the count is) */
    mfp_record *recs;       /* parsed records, by position in the batch */
    mfp_record **good;      /* the records to write, batch order, cids unique */
    size_t *good_pos;       /* batch position of good[i] */
    size_t cap, ngood;
    dead_list dead;
    uint64_t dup_in_batch;
    size_t rejected;        /* records PostgreSQL refused in this batch */
    uint64_t inserted;      /* once committed: rows new in the table ... */
    uint64_t offered;       /* ... of the rows written (the rest had their cid there already) */
    char claimed_at[MFP_TS_MAX];
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
    mfp_backoff bo;         /* the streak of transient failures (retry.h) */
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
    size_t *seen;           /* hash set of cids (indexes into good + 1; 0 = empty) */
    size_t seen_cap;
    double last_renew;
} flusher;

static int stopping(const flusher *f)
{
    return f->o != NULL && f->o->stop != NULL && *f->o->stop;
}

static int over_time(const flusher *f)
{
    return f->o != NULL && f->o->max_seconds > 0 && mfp_mono() - f->t0 >= f->o->max_seconds;
}

/* Before retrying after a failure: 0 after waiting (retry now), -1 to give
 * up (not transient, stopping, over --max-seconds, or --retry-seconds used
 * up in this streak of failures; retry.h). */
static int backoff(flusher *f, const mf_error *e)
{
    return over_time(f) ? -1 : mfp_backoff_wait(&f->bo, e);
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
    s->inserted = s->offered = 0;
    s->state = SLOT_FREE;
}

static void slot_free(slot *s)
{
    slot_clear(s);
    dead_free(&s->dead);
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

/* ------------------------------------------------------- the slot's states */

/* Move s to state. The one place the lease is renewed (when a third of it
 * has gone by since the claim or the last renewal): every step of a batch's
 * life (sent, committed, back to claimed before the probe, then released)
 * is a move. */
static void slot_to(flusher *f, slot *s, enum slot_state state)
{
    mf_error ignored = {0};
    int held = 1;

    s->state = state;
    if (state == SLOT_FREE || state == SLOT_LOST ||
        mfp_mono() - f->last_renew < (double)f->lease_ms / 3000.0)
        return;
    /* best effort: a Redis failure here shows up again at release */
    if (mfp_queue_renew(f->h, f->lease_ms, &held, &ignored) == 0)
        f->last_renew = mfp_mono();
}

static slot *slot_in(flusher *f, enum slot_state state)
{
    size_t i;

    for (i = 0; i < 2; i++)
        if (f->slots[i].state == state)
            return &f->slots[i];
    return NULL;
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

/* The error exit of every step: a batch in hand failed, so nothing of the
 * batches in hand that is committed is still unreleased. Forget them (a
 * lost one is not ours to count; rows of one still on the wire that commit
 * anyway come back as duplicates) and put everything in flight back (or
 * leave it in flight when Redis is down: its lease lets a later run take it
 * back). Returns -1; err keeps the first error. */
static int give_up(flusher *f, mf_error *err)
{
    mf_error e = {0};
    size_t i;

    f->abandoned = 0;
    for (i = 0; i < 2; i++) {
        if (f->slots[i].state != SLOT_LOST)
            f->abandoned += f->slots[i].n;
        slot_clear(&f->slots[i]);
    }
    f->overlap = 0;
    HOOK("during_requeue");
    if (requeue(f, &e) != 0 && err->code == 0)
        *err = e;
    return -1;
}

/* claimed → sent: 0, 1 when held back (alone: it would not end on its
 * own), -1 with *e (s stays claimed, nothing of it committed). */
static int send_slot(flusher *f, slot *s, int alone, mf_error *e)
{
    int rc = mfp_pgwrite_send(s->w, s->good, s->ngood, alone, e);

    if (rc == 0)
        slot_to(f, s, SLOT_SENT);
    return rc;
}

/* sent (or claimed, after a send that failed with *e) → committed: wait for
 * s's transaction; when PostgreSQL refused it in a way a record may have
 * caused, find those records (dead-lettered at release) and commit the
 * rest. 0, or -1 with err when nothing was committed. */
static int commit_slot(flusher *f, slot *s, const mf_error *e, mf_error *err)
{
    mf_error fe = {0};

    s->inserted = s->offered = 0;
    if (s->ngood == 0) {
        slot_to(f, s, SLOT_COMMITTED);
        return 0;
    }
    if (s->state == SLOT_SENT) {
        if (mfp_pgwrite_finish(s->w, s->good, s->ngood, &s->inserted, &fe) == 0) {
            s->offered = s->ngood;
            slot_to(f, s, SLOT_COMMITTED);
            return 0;
        }
        e = &fe;
    }
    slot_to(f, s, SLOT_CLAIMED); /* rolled back, or never sent */
    if (e == NULL)
        return mfp_seterr(err, MF_ETRANSIENT, "internal: a batch was not sent; the work was put back");
    if (!mfp_pgwrite_probe_applies(e)) {
        *err = *e;
        return -1;
    }
    if (mfp_pgwrite_probe(s->w, s->good, s->ngood, &s->inserted, reject, s, err) != 0)
        return -1;
    s->offered = s->ngood - s->rejected;
    slot_to(f, s, SLOT_COMMITTED);
    return 0;
}

/* Count a committed batch into the report. */
static void count_committed(flusher *f, const slot *s)
{
    if (s->offered > 0)
        f->r->batches++;
    f->r->flushed_count += s->inserted;
}

/* Another flusher took our in-flight list back (our lease expired): the
 * batches in hand went with it and are no longer ours to release. A batch
 * whose rows are on the wire is waited for (its rows are written anyway,
 * idempotently, and counted; a failure is the new owner's to retry). */
static void lose_all(flusher *f)
{
    size_t i;

    f->inflight = 0;
    f->need_requeue = 1; /* harmless when the list is gone */
    for (i = 0; i < 2; i++) {
        slot *s = &f->slots[i];
        mf_error ignored = {0};

        if (s->state == SLOT_SENT && commit_slot(f, s, NULL, &ignored) == 0)
            count_committed(f, s);
        if (s->state != SLOT_FREE)
            slot_to(f, s, SLOT_LOST);
    }
}

/* committed → released (then free): count s and release it, retrying in
 * place (nothing is written twice). 0, or -1 when Redis stays down
 * (everything in hand given up). */
static int release_slot(flusher *f, slot *s, mf_error *err)
{
    int released = 0;
    size_t i;

    count_committed(f, s);
    HOOK("after_commit");
    /* the records are written: free them and the claim reply before the
     * release command copies the dead letters (a huge poison record must
     * not be held three times) */
    for (i = 0; i < s->n && i < s->cap; i++)
        mfp_record_clear(&s->recs[i]);
    mfp_batch_clear(&s->batch);
    for (;;) {
        mf_error e = {0};
        if (mfp_queue_release(f->h, s->n, f->inflight, s->dead.n, (const char *const *)s->dead.entries,
                              s->dead.lens, &released, &e) == 0)
            break;
        if (backoff(f, &e) != 0) {
            /* put back: the rows are in the table already, they come back
             * as duplicates, the poison records are dead-lettered then */
            *err = e;
            return give_up(f, err);
        }
    }
    f->r->duplicate_count += s->dup_in_batch + (s->offered - s->inserted);
    if (released) {
        f->r->dead_lettered_count += s->dead.n;
        f->inflight -= (long long)s->n;
    } else {
        /* the poison records are dead-lettered by the new owner; a batch
         * claimed behind this one went with it */
        lose_all(f);
    }
    f->abandoned = 0;
    f->overlap = 1;
    mfp_backoff_reset(&f->bo); /* a committed batch ends a streak of failures */
    slot_clear(s);
    return 0;
}

/* sent → committed → released. */
static int complete(flusher *f, slot *s, mf_error *err)
{
    if (commit_slot(f, s, NULL, err) != 0)
        return give_up(f, err);
    return release_slot(f, s, err);
}

/* The writer of the batch claimed while a (or nothing) is sent: the other
 * connection only when that batch can go while a commits, i.e. both
 * transactions end on their own (direct COPYs). Behind a transaction pooler
 * with one server connection, an early batch would otherwise wait for the
 * server connection a holds until we commit it (found by
 * test_flush_pgbouncer.sh), or a's retry after a failure (the INSERT after a
 * refused COPY, the probe) for the one the early batch holds. Else a's own
 * writer, idle again by the time the batch goes (see write_step): so a run
 * that writes with the INSERT never opens a second connection (nor holds a
 * second INSERT in libpq's buffers). */
static mfp_pgwriter *writer_for(const flusher *f, const slot *a)
{
    mfp_pgwriter *other;

    if (a == NULL)
        return f->w[0];
    other = a->w == f->w[0] ? f->w[1] : f->w[0];
    return mfp_pgwrite_can_overlap(a->w) && mfp_pgwrite_can_overlap(other) ? other : a->w;
}

static int may_claim(const flusher *f)
{
    return !stopping(f) && !over_time(f) &&
           !(f->o != NULL && f->o->max_batches > 0 && f->claimed_batches >= f->o->max_batches);
}

/* free → claimed: claim a batch into b. 0 with b claimed, or b still free
 * when the queue was empty or our in-flight list was lost (b->batch.lost);
 * -1 with err (the claim may have happened). */
static int claim_slot(flusher *f, slot *a, slot *b, mf_error *err)
{
    slot_clear(b);
    b->w = writer_for(f, a);
    if (mfp_queue_claim(f->h, (size_t)f->h->cfg->batch_size, f->lease_ms, f->inflight, &b->batch, err) != 0) {
        f->need_requeue = 1;
        return -1;
    }
    if (b->batch.lost || b->batch.n == 0) {
        if (!b->batch.lost)
            f->known_pending = b->batch.pending_left;
        return 0;
    }
    f->known_pending = b->batch.pending_left;
    b->n = b->batch.n;
    f->inflight += (long long)b->n;
    f->claimed_batches++;
    f->last_renew = mfp_mono(); /* the claim renewed the lease of the whole list */
    mfp_rfc3339_now(b->claimed_at);
    slot_to(f, b, SLOT_CLAIMED);
    HOOK("after_claim");
    return 0;
}

/* a (or nothing) is sent, b is claimed and parsed: get b on the wire, and a
 * committed and released. When b has the other connection (writer_for:
 * both are direct COPYs, whose transactions end on their own) b is sent
 * first, so PostgreSQL writes b while it commits a. Else b goes right after
 * a's commit, so PostgreSQL starts on b while Redis releases a. Releases stay
 * in claim order (a, then b). b stays sent for the next step, or, with
 * nothing to write or a send PostgreSQL refused, is committed (probed) and
 * released here. */
static int write_step(flusher *f, slot *a, slot *b, mf_error *err)
{
    mf_error eb = {0};
    int sent_b = 1; /* 1: not sent (yet), 0: sent, -1: the send failed with eb */

    if (b->ngood > 0 && (a == NULL || a->w != b->w))
        sent_b = send_slot(f, b, a != NULL, &eb);
    if (a != NULL) {
        /* a failure gives up everything in hand, b too */
        if (commit_slot(f, a, NULL, err) != 0)
            return give_up(f, err);
        if (b->ngood > 0 && sent_b == 1)
            sent_b = send_slot(f, b, 0, &eb);
        if (release_slot(f, a, err) != 0)
            return -1;
        if (b->state == SLOT_LOST) {
            /* went back with a's list to another flusher */
            slot_clear(b);
            return 0;
        }
    }
    if (b->state == SLOT_SENT)
        return 0; /* committed and released by the next step */
    if (commit_slot(f, b, &eb, err) != 0)
        return give_up(f, err);
    return release_slot(f, b, err);
}

/* One step of the pipeline: claim and parse a batch (while the one sent
 * before is being committed by PostgreSQL), then write it: send it, finish
 * and release the one sent before. 1: progress, 0: nothing in hand and the
 * queue was empty (or a limit was reached), -1: failed (err set; what we
 * held was put back or left in flight). */
static int flush_step(flusher *f, mf_error *err)
{
    slot *a = slot_in(f, SLOT_SENT), *b;
    PGconn *pg;

    if (!may_claim(f) || (a != NULL && !f->overlap))
        return a == NULL ? 0 : complete(f, a, err) != 0 ? -1 : 1;
    if (a == NULL) {
        /* no point claiming while PostgreSQL is unreachable */
        if (mfp_pg_get(f->h, &pg, err) != 0)
            return -1;
        if (f->need_requeue && requeue(f, err) != 0)
            return -1;
    }
    b = a == &f->slots[0] ? &f->slots[1] : &f->slots[0];
    if (claim_slot(f, a, b, err) != 0) {
        mf_error ignored = {0};
        if (a != NULL)
            complete(f, a, &ignored);
        return -1;
    }
    if (b->batch.lost) {
        /* another flusher took our in-flight list back (lease expired) */
        lose_all(f);
        slot_clear(&f->slots[0]);
        slot_clear(&f->slots[1]);
        return 1;
    }
    if (b->state != SLOT_CLAIMED) {
        /* the queue is empty */
        mfp_batch_clear(&b->batch);
        if (a == NULL)
            return 0;
        return complete(f, a, err) != 0 ? -1 : 1;
    }
    if (parse_batch(f, b, err) != 0 || mfp_pgwrite_prepare(b->w, b->good, b->ngood, err) != 0) {
        mf_error ignored = {0};
        if (a != NULL && complete(f, a, &ignored) != 0)
            return -1;
        return give_up(f, err);
    }
    return write_step(f, a, b, err) != 0 ? -1 : 1;
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

    if (h == NULL || r == NULL)
        return mfp_need("mf_flush", "a handle and a report", err);
    memset(r, 0, sizeof(*r));
    memset(&f, 0, sizeof(f));
    f.h = h;
    f.o = o;
    f.r = r;
    f.t0 = mfp_mono();
    f.lease_ms = h->cfg->lease_seconds * 1000LL;
    f.bo.retry_seconds = h->cfg->retry_seconds;
    f.bo.stop = o != NULL ? o->stop : NULL;
    /* a batch an earlier run on this handle left in flight (Redis was down)
     * goes back first; a no-op otherwise */
    f.need_requeue = 1;

    if (mf_connect(h, MF_CONNECT_REDIS | MF_CONNECT_POSTGRES, &e) != 0 || mf_check_schema(h, &e) != 0)
        goto done;
    f.w[0] = f.w[1] = mfp_pgwriter_new(h, h->cfg->method, &e);
    if (f.w[0] == NULL)
        goto done;
    if (h->cfg->pg_connections > 1) {
        /* a handle of its own for the second connection (it connects on
         * first use, with the same settings; the schema was checked above) */
        if ((f.h2 = mf_open(h->cfg, &e)) == NULL || (f.w[1] = mfp_pgwriter_new(f.h2, h->cfg->method, &e)) == NULL)
            goto done;
    }
    if (with_retry(&f, mfp_queue_check_types, &n, &e) != 0)
        goto done;
    if (with_retry(&f, mfp_queue_reclaim, &n, &e) != 0)
        goto done;
    r->reclaimed_count = (uint64_t)n;
    if (with_retry(&f, mfp_queue_pending, &n, &e) != 0)
        goto done;
    r->total_pending = (uint64_t)n;
    f.known_pending = n;

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
    r->elapsed_ms = (uint64_t)((mfp_mono() - f.t0) * 1000.0);
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

    if (r == NULL)
        return NULL;
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
