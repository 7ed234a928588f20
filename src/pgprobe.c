/* pgprobe.c - the slow path after PostgreSQL refused a batch in a way one
 * of its records may have caused: one transaction in which every part of
 * the batch is inserted inside a savepoint, and a refused part is split in
 * halves until the refused records are found (see pgwrite.h,
 * mfp_pgwrite_probe). Knows nothing about Redis. */
#include <string.h>

#include "pgtx.h"
#include "testpoint.h"

/* When this many records were refused without a class and none went in,
 * and neither did any of PROBE_SAMPLES records spread over the rest of the
 * batch, the table refuses everything: the probe stops there instead of
 * trying every record alone (2n statements, minutes against a remote
 * database). A run of refused records at the head of the queue (one user's
 * turns a trigger refuses) must not pass for that: the samples. */
#define PROBE_BLAME_TABLE 8
#define PROBE_SAMPLES 4

typedef struct probe_ctx {
    mfp_pgwriter *w;
    PGconn *c;
    mfp_record *const *recs;
    size_t n;
    uint64_t inserted;
    size_t passed;        /* records that went in (or were skipped as duplicates) */
    size_t unclassed;     /* records refused without a class (MF_ECONFIG) */
    int table_accepts;    /* a sample went in: refusals are the records' */
    mf_error first_unclassed;
    mfp_reject_fn reject;
    void *arg;
} probe_ctx;

int mfp_pgwrite_probe_applies(const mf_error *e)
{
    return e->code == MF_EDATA || (e->code == MF_ECONFIG && e->sqlstate[0] != '\0');
}

/* No record of the batch went in, and some were refused without a class:
 * the table's doing, not the records'. */
static int blame_table(probe_ctx *p, mf_error *err)
{
    mfp_seterr_sql(err, MF_ECONFIG, p->first_unclassed.sqlstate,
                   "%s; no record of the batch went in, so none was dead-lettered and the batch was "
                   "put back: fix what refuses them (a trigger?) and run again",
                   p->first_unclassed.msg);
    return -1;
}

/* Insert recs[lo..hi) inside a savepoint: released when they go in and
 * keep is set, else rolled back. 1: they went in (*ins: the rows new);
 * 0: PostgreSQL refused them in a way a record may cause (*why); -1 with
 * err: any other failure. */
static int attempt(probe_ctx *p, size_t lo, size_t hi, int keep, uint64_t *ins, mf_error *why, mf_error *err)
{
    int ok;

    *ins = 0;
    if (mfp_pgtx_exec(p->w, p->c, mfp_sql_flush_savepoint, "SAVEPOINT", err) != 0)
        return -1;
    ok = mfp_pgtx_insert(p->w, p->c, p->recs + lo, hi - lo, ins, why) == 0;
    if (!ok && !mfp_pgwrite_probe_applies(why)) {
        *err = *why;
        return -1;
    }
    if (ok && keep)
        return mfp_pgtx_exec(p->w, p->c, mfp_sql_flush_savepoint_release, "RELEASE SAVEPOINT", err) == 0 ? 1 : -1;
    if (mfp_pgtx_exec(p->w, p->c, mfp_sql_flush_savepoint_rollback, "ROLLBACK TO SAVEPOINT", err) != 0)
        return -1;
    return ok;
}

/* 1 when one of PROBE_SAMPLES records spread over recs(at..n) goes in
 * alone (only tried: its own range writes it later), 0 when none does, -1
 * with err. */
static int sample_rest(probe_ctx *p, size_t at, mf_error *err)
{
    size_t k, left = p->n - at - 1;

    for (k = 0; k < PROBE_SAMPLES && k < left; k++) {
        size_t i = p->n - 1 - k * left / PROBE_SAMPLES;
        mf_error why = {0};
        uint64_t ins;
        int r = attempt(p, i, i + 1, 0, &ins, &why, err);

        if (r != 0)
            return r;
    }
    return 0;
}

/* Insert recs[lo..hi) inside a savepoint; split a refused range in halves. */
static int probe_range(probe_ctx *p, size_t lo, size_t hi, mf_error *err)
{
    mf_error e = {0};
    uint64_t ins;
    size_t mid;
    int r = attempt(p, lo, hi, 1, &ins, &e, err);

    if (r < 0)
        return -1;
    if (r > 0) {
        p->inserted += ins;
        p->passed += hi - lo;
        return 0;
    }
    if (hi - lo == 1) {
        if (e.code != MF_EDATA && p->unclassed++ == 0)
            p->first_unclassed = e;
        if (p->passed == 0 && !p->table_accepts && p->unclassed >= PROBE_BLAME_TABLE) {
            r = sample_rest(p, lo, err);
            if (r < 0)
                return -1;
            if (r == 0)
                return blame_table(p, err);
            p->table_accepts = 1;
        }
        p->reject(p->arg, lo, e.sqlstate, e.msg);
        return 0;
    }
    mid = lo + (hi - lo) / 2;
    if (probe_range(p, lo, mid, err) != 0)
        return -1;
    return probe_range(p, mid, hi, err);
}

int mfp_pgwrite_probe(mfp_pgwriter *w, mfp_record *const *recs, size_t n, uint64_t *inserted,
                      mfp_reject_fn reject, void *arg, mf_error *err)
{
    probe_ctx p = {0};

    p.w = w;
    p.recs = recs;
    p.n = n;
    p.reject = reject;
    p.arg = arg;
    *inserted = 0;
    if (mfp_pgtx_begin(w, &p.c, err) != 0)
        goto fail;
    if (n > 0 && probe_range(&p, 0, n, err) != 0)
        goto fail;
    if (p.passed == 0 && !p.table_accepts && p.unclassed > 0) {
        blame_table(&p, err);
        goto fail;
    }
    MFP_TEST_POINT("before_commit", mfp_pgtx_handle(w));
    if (mfp_pgtx_commit(w, p.c, err) != 0)
        goto fail;
    *inserted = p.inserted;
    return 0;
fail:
    mfp_pgtx_abort(w);
    return -1;
}
