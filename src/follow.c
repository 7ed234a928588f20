/* follow.c - mf_flush_follow: the long-running follower (memflush flush
 * --follow, contract §8). Waits on Redis without polling while the queue is
 * empty (mfp_queue_wait, qwait.c), lingers until a batch is full or its first
 * turn has waited linger_ms, then runs one mf_flush round over what is
 * pending; reclaims expired leases on a schedule while idle. Knows no SQL and
 * no Lua; the batches' life is flush.c's. */
#include <math.h>
#include <string.h>

#include "layout.h"
#include "queue.h"
#include "retry.h"


typedef struct follower {
    mf_handle *h;
    const mf_follow_opts *o;
    mf_flush_report *total;
    double delay;           /* backoff after a failed round; 0 after a good one */
    long linger_ms;
    int pending_known;      /* total_pending (the run's start) was read */
    uint64_t put_back;      /* records the last failed round put back */
} follower;

static int stopped(const follower *f)
{
    return *f->o->stop != 0;
}

static void beat(const follower *f)
{
    if (f->o->beat != NULL)
        f->o->beat(f->o->arg);
}

static void nap(const follower *f, double s)
{
    mfp_nap(s, f->o->stop);
}

/* A failure that waiting may fix: a server down or restarting (also at the
 * start), a migration not applied yet. */
static int retriable(int code)
{
    return code == MF_ETRANSIENT || code == MF_ECONNECT || code == MF_ESCHEMA;
}

/* After a failure: 0 to go on after a backoff (0.2 s doubling to 5 s), -1 to
 * stop with it. */
static int after_failure(follower *f, const mf_error *e)
{
    if (!retriable(e->code))
        return -1;
    f->delay = f->delay <= 0 ? 0.2 : f->delay * 2 > 5 ? 5 : f->delay * 2;
    nap(f, f->delay);
    return 0;
}

static void add_report(mf_flush_report *t, const mf_flush_report *r)
{
    t->flushed_count += r->flushed_count;
    t->duplicate_count += r->duplicate_count;
    t->dead_lettered_count += r->dead_lettered_count;
    t->batches += r->batches;
    t->reclaimed_count += r->reclaimed_count;
    t->remaining_pending = r->remaining_pending;
}

static void round_done(follower *f, const mf_flush_report *r, int rc, const mf_error *e)
{
    add_report(f->total, r);
    if (f->o->round != NULL)
        f->o->round(f->o->arg, r, rc, e);
}

static void on_batch(void *arg, uint64_t done, uint64_t remaining)
{
    (void)done;
    (void)remaining;
    beat(arg);
}

/* Linger: from first_seen (when the first pending turn was known to be
 * there), wait until batch-size turns are pending or linger_ms went by.
 * Returns the pending length last seen (0: none, another flusher took them),
 * -1 with e. */
static long long linger(follower *f, double first_seen, mf_error *e)
{
    double until = first_seen + (double)f->linger_ms / 1000.0;
    long long n = 0;

    for (;;) {
        double left;
        if (mfp_queue_pending_configured(f->h, &n, e) != 0)
            return -1;
        left = until - mfp_mono();
        if (n == 0 || n >= f->h->cfg->batch_size || left <= 0 || stopped(f))
            return n;
        /* a few LLENs while turns are pending; none while the queue is empty */
        nap(f, left < 0.025 ? left : 0.025);
    }
}

/* One round: mf_flush of the batches pending now (not of what keeps arriving
 * meanwhile: those get their own linger), reclaiming expired leases first. */
static int flush_round(follower *f, long long pending, mf_error *e)
{
    mf_flush_opts fo;
    mf_flush_report r;
    long long bs = f->h->cfg->batch_size;
    int rc;

    memset(&fo, 0, sizeof(fo));
    fo.stop = f->o->stop;
    fo.max_batches = pending > 0 ? (long)((pending + bs - 1) / bs) : 1;
    fo.progress = on_batch;
    fo.progress_arg = f;
    rc = mf_flush(f->h, &fo, &r, e);
    /* the run's total_pending: the length the first round read (a round that
     * failed before reading it says 0) */
    if (!f->pending_known && (rc == 0 || r.total_pending > 0)) {
        f->total->total_pending = r.total_pending;
        f->pending_known = 1;
    }
    /* a batch put back is retried by the next rounds: the run's
     * requeued_count is only what the last round left put back (contract §5:
     * batches put back and written later in the same run do not count) */
    f->put_back = rc == 0 ? 0 : r.requeued_count;
    round_done(f, &r, rc, e);
    return rc;
}

/* While idle: take back the batches of flushers whose lease expired. 1 when
 * some were (a round follows), 0 none, -1 with e. */
static int idle_reclaim(follower *f, mf_error *e)
{
    long long n = 0, one;
    mf_flush_report r;
    int shards[MFP_MAX_SHARDS];
    size_t ns = mfp_layout_configured(f->h, shards, MFP_MAX_SHARDS), k;

    /* every configured shard's leases (shards a change of N left behind are
     * reclaimed by the rounds' mf_flush) */
    for (k = 0; k < ns && k < MFP_MAX_SHARDS; k++) {
        if (mfp_layout_use(f->h, shards[k], e) != 0 || mfp_queue_reclaim(f->h, &one, e) != 0)
            return -1;
        n += one;
    }
    if (n <= 0)
        return 0;
    memset(&r, 0, sizeof(r));
    r.success = 1;
    r.reclaimed_count = (uint64_t)n;
    r.remaining_pending = f->total->remaining_pending;
    round_done(f, &r, 0, e);
    return 1;
}

/* The run's summary (contract §8): the counts summed over the rounds,
 * total_pending from the first round, requeued only what is left put back,
 * remaining_pending the length at the end (after a failure, the last one
 * seen). */
static void run_end(follower *f, double t0, int ok)
{
    mf_flush_report *t = f->total;
    mf_error ignored = {0};
    long long n = 0;

    /* not after a failure: Redis may be the server that is down */
    if (f->delay <= 0 && mfp_queue_pending_configured(f->h, &n, &ignored) == 0)
        t->remaining_pending = (uint64_t)(n > 0 ? n : 0);
    t->requeued_count = f->put_back;
    t->failed_count = t->dead_lettered_count + t->requeued_count;
    t->success = ok;
    t->elapsed_ms = (uint64_t)((mfp_mono() - t0) * 1000.0);
}

int mf_flush_follow(mf_handle *h, const mf_follow_opts *o, mf_flush_report *total, mf_error *err)
{
    follower f;
    mf_flush_report sums;
    double wait_s, reclaim_s, last_round, prev_end;
    double t0 = mfp_mono();

    if (o == NULL || o->stop == NULL)
        return mfp_seterr(err, MF_ECONFIG, "follow mode needs a stop flag");
    memset(&f, 0, sizeof(f));
    memset(&sums, 0, sizeof(sums));
    f.h = h;
    f.o = o;
    f.total = &sums;
    f.linger_ms = o->linger_ms < 0 ? 200 : o->linger_ms;
    wait_s = o->wait_seconds > 0 ? o->wait_seconds : 1.0;
    if (o->reclaim_seconds > 0)
        reclaim_s = o->reclaim_seconds;
    else
        reclaim_s = fmin(30.0, fmax(1.0, (double)h->cfg->lease_seconds / 2.0));
    /* the first round drains what is there (and reclaims) before any wait */
    last_round = -1e9;
    prev_end = mfp_mono();

    for (;;) {
        mf_error e = {0};
        long long pending;
        double waited_from, first_seen;
        int ready = 1, got, scheduled = 0;

        beat(&f);
        if (stopped(&f))
            break;
        if (mfp_mono() - last_round < reclaim_s) {
            waited_from = mfp_mono();
            if (mfp_queue_wait(h, (long)(wait_s * 1000), &ready, &e) != 0)
                goto failed;
            if (!ready)
                continue;
            /* records already there when the wait began arrived during the
             * last round at the latest: their linger started then */
            first_seen = mfp_mono() - waited_from < 0.005 ? prev_end : mfp_mono();
        } else {
            /* the schedule: reclaim (mf_flush does it first), or, when the
             * queue is empty, reclaim alone */
            if (last_round > -1e9) {
                last_round = mfp_mono();
                got = idle_reclaim(&f, &e);
                if (got < 0)
                    goto failed;
                if (got == 0)
                    continue;
            }
            first_seen = prev_end;
            scheduled = 1;
        }
        if (f.linger_ms != 0 || !scheduled) {
            pending = linger(&f, first_seen, &e);
            if (pending < 0)
                goto failed;
            if (pending == 0 && !scheduled)
                continue; /* another flusher was quicker */
        } else {
            pending = 0;
        }
        last_round = mfp_mono();
        if (flush_round(&f, pending, &e) != 0) {
            prev_end = mfp_mono();
            if (after_failure(&f, &e) != 0)
                goto fatal;
            continue;
        }
        prev_end = mfp_mono();
        f.delay = 0;
        continue;
failed:
        {
            mf_flush_report r;
            memset(&r, 0, sizeof(r));
            r.remaining_pending = sums.remaining_pending;
            round_done(&f, &r, -1, &e);
        }
        if (after_failure(&f, &e) != 0)
            goto fatal;
        continue;
fatal:
        if (err != NULL && err->code == 0)
            *err = e;
        run_end(&f, t0, 0);
        if (total != NULL)
            *total = sums;
        return -1;
    }
    run_end(&f, t0, 1);
    if (total != NULL)
        *total = sums;
    return 0;
}
