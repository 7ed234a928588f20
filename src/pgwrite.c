/* pgwrite.c - write a batch of parsed records into the table in one
 * transaction: COPY straight into the table (one query, one implicit
 * transaction that ends on its own), or
 * INSERT ... SELECT FROM unnest() of one binary array parameter per column —
 * the INSERT method, and what the COPY method falls back to where COPY is
 * refused (row level security applies to the writer). Both first assume
 * every cid is new (the cheapest for the server) and, when one is already in
 * the table, write the batch again with ON CONFLICT (cid) DO NOTHING. No
 * named prepared statements, no pipeline mode, no session state between
 * transactions: safe behind a transaction-mode pooler. The rows' wire forms
 * are pgrows.c's, the savepoint probe is pgprobe.c's (it uses the
 * transaction primitives of pgtx.h, defined here). Knows nothing about
 * Redis; see queue.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgrows.h"
#include "pgtx.h"
#include "pgwrite.h"
#include "testpoint.h"

#define NCOLS MFP_PGROWS_NCOLS   /* parameters of the INSERT method: one array per column */
#define INSERT_BYTES (4u << 20) /* the arrays of one INSERT statement: libpq holds a whole
                                   statement in its output buffer, so this bounds memory */
#define COPY_CHUNK (64u << 10) /* bytes handed to PQputCopyData at a time: libpq grows its
                                  output buffer to the largest piece (to 128 KiB for 64 KiB), so
                                  this bounds memory (256 KiB cost two 512 KiB buffers with two
                                  connections; 16 sends of 64 KiB a batch instead of 4 cost nothing
                                  measurable) */

/* The forms a batch is written in, fastest first; each falls back to a later
 * one when PostgreSQL refuses it for a reason that one handles (fall_back). */
enum {
    WRITE_COPY, /* COPY straight into the table: one query, one implicit transaction (the COPY method) */
    WRITE_NEW,  /* the INSERT, every cid new */
    WRITE_SKIP  /* the INSERT skipping cids already in the table: never falls back */
};

struct mfp_pgwriter {
    mf_handle *h;
    char *sql_begin_tx;       /* flush_begin.sql; SET LOCAL statement_timeout = N (one query) */
    char *sql_direct_tx;      /* SET LOCAL statement_timeout = N, then flush_copy_direct.sql: one
                                 query and one implicit transaction, so a batch costs one round
                                 trip (a remote database pays each) and ends on its own */
    int first;                /* the form a batch is tried in first (WRITE_*); only moves on */
    int copied;               /* COPY straight into the table has worked once */
    int dup_fallbacks;        /* batches in a row written again because a cid was already there */
    int sent;                 /* a batch's last statements are on the wire (mfp_pgwrite_send) */
    int sent_form;            /* ... in this form */
    uint64_t sent_inserted;   /* rows inserted by the statements before them */
    char *sql_insert_new;     /* flush_insert.sql with the table */
    char *sql_insert;         /* the same + flush_insert_skip.sql */
    mfp_buf copy;             /* COPY data built while sending, reused across batches */
    mfp_buf text;             /* the COPY text mfp_pgwrite_prepare built ahead ... */
    mfp_record *const *text_recs; /* ... for these records (NULL: none ready) */
    size_t text_n;
    mfp_buf arrays;           /* the INSERT's parameters, reused across statements */
};

mfp_pgwriter *mfp_pgwriter_new(mf_handle *h, int method, mf_error *err)
{
    mfp_pgwriter *w = calloc(1, sizeof(*w));

    if (w == NULL)
        goto oom;
    w->h = h;
    mfp_buf_init(&w->copy);
    mfp_buf_init(&w->text);
    mfp_buf_init(&w->arrays);
    w->sql_insert_new = mfp_sql_for(h, mfp_sql_flush_insert);
    if (w->sql_insert_new == NULL)
        goto oom;
    if (asprintf(&w->sql_insert, "%s\n%s", w->sql_insert_new, mfp_sql_flush_insert_skip) < 0) {
        w->sql_insert = NULL;
        goto oom;
    }
    w->first = method == MF_METHOD_COPY ? WRITE_COPY : WRITE_NEW;
    /* BEGIN and SET LOCAL go as one query: one round trip */
    w->sql_begin_tx = mfp_sql_for(h, mfp_sql_flush_begin);
    w->sql_direct_tx = mfp_sql_for(h, mfp_sql_flush_copy_direct);
    if (w->sql_begin_tx == NULL || w->sql_direct_tx == NULL)
        goto oom;
    return w;
oom:
    mfp_pgwriter_free(w);
    mfp_seterr(err, MF_ENOMEM, "out of memory");
    return NULL;
}

void mfp_pgwriter_free(mfp_pgwriter *w)
{
    if (w == NULL)
        return;
    free(w->sql_direct_tx);
    free(w->sql_begin_tx);
    free(w->sql_insert);
    free(w->sql_insert_new);
    mfp_buf_free(&w->copy);
    mfp_buf_free(&w->text);
    mfp_buf_free(&w->arrays);
    free(w);
}

/* ------------------------------------------------------------ statements */

mf_handle *mfp_pgtx_handle(mfp_pgwriter *w)
{
    return w->h;
}

/* 0 when res has status want, else -1 with err (res cleared). After
 * mfp_pg_fail the connection may be freed. */
static int result_ok(mfp_pgwriter *w, PGresult *res, ExecStatusType want, const char *what, mf_error *err)
{
    if (res != NULL && PQresultStatus(res) == want)
        return 0;
    mfp_pg_fail(w->h, res, what, err);
    PQclear(res);
    return -1;
}

int mfp_pgtx_exec(mfp_pgwriter *w, PGconn *c, const char *sql, const char *what, mf_error *err)
{
    PGresult *res = PQexec(c, sql);

    if (result_ok(w, res, PGRES_COMMAND_OK, what, err) != 0)
        return -1;
    PQclear(res);
    return 0;
}

/* Leave no transaction open on the connection after a failure. */
void mfp_pgtx_abort(mfp_pgwriter *w)
{
    PGconn *c = w->h->pg;
    PGresult *res;

    w->sent = 0;
    if (c == NULL)
        return;
    if (PQstatus(c) != CONNECTION_OK) {
        mfp_pg_drop(w->h);
        return;
    }
    if (PQtransactionStatus(c) == PQTRANS_ACTIVE) {
        /* results of a sent query still to come: read them first */
        while ((res = PQgetResult(c)) != NULL) {
            ExecStatusType st = PQresultStatus(res);
            PQclear(res);
            if (st == PGRES_COPY_IN || st == PGRES_COPY_OUT || st == PGRES_COPY_BOTH) {
                mfp_pg_drop(w->h);
                return;
            }
        }
        if (PQstatus(c) != CONNECTION_OK) {
            mfp_pg_drop(w->h);
            return;
        }
    }
    if (PQtransactionStatus(c) == PQTRANS_IDLE)
        return;
    res = PQexec(c, mfp_sql_flush_rollback);
    if (res == NULL || PQresultStatus(res) != PGRES_COMMAND_OK)
        mfp_pg_drop(w->h); /* a fresh connection is the cleanest state */
    PQclear(res);
}

/* The connection, outside any transaction. */
static int conn_idle(mfp_pgwriter *w, PGconn **out, mf_error *err)
{
    if (mfp_pg_get(w->h, out, err) != 0)
        return -1;
    if (PQtransactionStatus(*out) != PQTRANS_IDLE)
        mfp_pgtx_abort(w); /* should not happen; never write into someone else's transaction */
    return mfp_pg_get(w->h, out, err);
}

int mfp_pgtx_begin(mfp_pgwriter *w, PGconn **out, mf_error *err)
{
    PGconn *c;

    if (conn_idle(w, &c, err) != 0)
        return -1;
    if (mfp_pgtx_exec(w, c, w->sql_begin_tx, "BEGIN", err) != 0)
        return -1;
    *out = c;
    return 0;
}

int mfp_pgtx_commit(mfp_pgwriter *w, PGconn *c, mf_error *err)
{
    PGresult *res = PQexec(c, mfp_sql_flush_commit);

    if (result_ok(w, res, PGRES_COMMAND_OK, "COMMIT", err) != 0)
        return -1;
    /* COMMIT of a transaction that had failed answers ROLLBACK */
    if (strcmp(PQcmdStatus(res), "COMMIT") != 0) {
        PQclear(res);
        return mfp_seterr(err, MF_ETRANSIENT, "PostgreSQL rolled the batch back at COMMIT; the work was put back");
    }
    PQclear(res);
    return 0;
}

static uint64_t cmd_tuples(PGresult *res)
{
    const char *t = PQcmdTuples(res);
    return t && *t ? strtoull(t, NULL, 10) : 0;
}

/* ------------------------------------------------------------ COPY method */

int mfp_pgwrite_can_overlap(const mfp_pgwriter *w)
{
    return w->sent ? w->sent_form == WRITE_COPY : w->first == WRITE_COPY;
}

int mfp_pgwrite_prepare(mfp_pgwriter *w, mfp_record *const *recs, size_t n, mf_error *err)
{
    size_t i;

    w->text_recs = NULL;
    /* not before COPY has worked once: under row level security it never
     * does, and the text would only cost memory */
    if (w->first != WRITE_COPY || !w->copied) {
        mfp_buf_free(&w->text);
        return 0;
    }
    if (n == 0)
        return 0;
    mfp_buf_reset(&w->text);
    mfp_buf_reserve(&w->text, mfp_pgrows_copy_size(recs, n));
    for (i = 0; i < n && !w->text.oom; i++)
        mfp_pgrows_copy_line(&w->text, recs[i]);
    if (w->text.oom) {
        mfp_buf_free(&w->text);
        return mfp_seterr(err, MF_ENOMEM, "out of memory while building COPY data; use a smaller --batch-size");
    }
    w->text_recs = recs;
    w->text_n = n;
    return 0;
}

static int copy_fail(mfp_pgwriter *w, PGconn *c, const char *what, mf_error *err)
{
    /* the COPY state of the connection is unknown: start afresh next time */
    mfp_seterr(err, MF_ETRANSIENT, "PostgreSQL failed during %s: %s; the work was put back: run again later",
               what, PQerrorMessage(c));
    mfp_pg_drop(w->h);
    return -1;
}

/* Send text (COPY data ready to go) of a COPY in progress and end it. */
static int put_text(mfp_pgwriter *w, PGconn *c, const mfp_buf *text, mf_error *err)
{
    size_t off;

    for (off = 0; off < text->len; off += COPY_CHUNK) {
        size_t n = text->len - off < COPY_CHUNK ? text->len - off : COPY_CHUNK;
        if (PQputCopyData(c, text->data + off, (int)n) != 1)
            return copy_fail(w, c, "COPY", err);
    }
    if (PQputCopyEnd(c, NULL) != 1)
        return copy_fail(w, c, "COPY", err);
    return 0;
}

/* Send the rows of a COPY that is in progress and end it. */
static int put_rows(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, mf_error *err)
{
    size_t i;

    mfp_buf_reset(&w->copy);
    for (i = 0; i < n; i++) {
        mfp_pgrows_copy_line(&w->copy, recs[i]);
        if (w->copy.oom) {
            PQputCopyEnd(c, "out of memory");
            mfp_pg_drop(w->h);
            return mfp_seterr(err, MF_ENOMEM, "out of memory while building COPY data");
        }
        if (w->copy.len >= COPY_CHUNK || i + 1 == n) {
            if (PQputCopyData(c, w->copy.data, (int)w->copy.len) != 1)
                return copy_fail(w, c, "COPY", err);
            mfp_buf_reset(&w->copy);
        }
    }
    /* the rows are in libpq's buffer or sent: give the chunk's buffer back
     * (it is only used for a writer's first batch or after a fallback) */
    mfp_buf_free(&w->copy);
    if (PQputCopyEnd(c, NULL) != 1)
        return copy_fail(w, c, "COPY", err);
    return 0;
}

/* The statement timeout and COPY straight into the table, in one query
 * (one implicit transaction): only sent; the COPY's result, and the
 * commit's error if it fails, are read by mfp_pgwrite_finish. text: the rows
 * (mfp_pgwrite_prepare), or NULL to build them here. */
static int send_direct(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, const mfp_buf *text,
                       mf_error *err)
{
    PGresult *res;

    if (PQsendQuery(c, w->sql_direct_tx) != 1)
        return copy_fail(w, c, "COPY", err);
    /* the SETs answer first, then the COPY asks for its rows */
    while ((res = PQgetResult(c)) != NULL && PQresultStatus(res) == PGRES_COMMAND_OK)
        PQclear(res);
    if (res == NULL || PQresultStatus(res) != PGRES_COPY_IN) {
        /* refused before any row (no privilege, RLS, no such table): read the
         * rest so the connection is usable, then report */
        PGresult *more;
        while ((more = PQgetResult(c)) != NULL)
            PQclear(more);
        return result_ok(w, res, PGRES_COPY_IN, "COPY into the table", err);
    }
    PQclear(res);
    if (text != NULL)
        return put_text(w, c, text, err);
    return put_rows(w, c, recs, n, err);
}

/* ---------------------------------------------------------- INSERT method */

/* INSERT recs[0..n) with sql (sql_insert or sql_insert_new) in statements
 * of at most INSERT_BYTES of parameters (one record more when it alone is
 * larger). With send_last, the last statement is only sent (its result is
 * read by mfp_pgwrite_finish). */
static int write_insert_ex(mfp_pgwriter *w, PGconn *c, const char *sql, mfp_record *const *recs, size_t n,
                           uint64_t *inserted, int send_last, mf_error *err)
{
    enum { T = MFP_PGROWS_TEXTARRAYOID, I = MFP_PGROWS_INT4ARRAYOID };
    static const Oid types[NCOLS] = {T, T, T, T, T, I, T, T, T};
    static const int binary[NCOLS] = {1, 1, 1, 1, 1, 1, 1, 1, 1};
    size_t done = 0;

    while (done < n) {
        const char *vals[NCOLS];
        int lens[NCOLS];
        size_t bytes, rows = mfp_pgrows_fit(recs + done, n - done, INSERT_BYTES, &bytes);
        PGresult *res;

        if (mfp_pgrows_arrays(&w->arrays, recs + done, rows, bytes, vals, lens, err) != 0)
            return -1;
        if (send_last && done + rows == n) {
            /* libpq copies the parameters into its output buffer and, on a
             * blocking connection, sends them all before returning: ours are
             * freed at once (a batch would otherwise stay in memory twice
             * per connection) */
            int ok = PQsendQueryParams(c, sql, NCOLS, types, vals, lens, binary, 0);
            mfp_buf_free(&w->arrays);
            if (ok != 1)
                return copy_fail(w, c, "INSERT", err);
            return 0;
        }
        res = PQexecParams(c, sql, NCOLS, types, vals, lens, binary, 0);
        mfp_buf_free(&w->arrays);
        if (result_ok(w, res, PGRES_COMMAND_OK, "INSERT", err) != 0)
            return -1;
        *inserted += cmd_tuples(res);
        PQclear(res);
        done += rows;
    }
    return 0;
}

int mfp_pgtx_insert(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, uint64_t *inserted,
                    mf_error *err)
{
    return write_insert_ex(w, c, w->sql_insert, recs, n, inserted, 0, err);
}

/* ---------------------------------------------------------------- batches */

/* Send the batch in form (WRITE_*); text only for WRITE_COPY. */
static int send_ex(mfp_pgwriter *w, mfp_record *const *recs, size_t n, int form, const mfp_buf *text,
                   mf_error *err)
{
    PGconn *c;

    w->sent = 0;
    w->sent_form = form;
    w->sent_inserted = 0;
    if (form == WRITE_COPY) {
        /* the one query send_direct sends is the whole (implicit) transaction */
        if (conn_idle(w, &c, err) != 0)
            goto fail;
        MFP_TEST_POINT("before_commit", w->h);
        if (send_direct(w, c, recs, n, text, err) != 0)
            goto fail;
        MFP_TEST_POINT("after_copy", w->h);
    } else if (mfp_pgtx_begin(w, &c, err) != 0) {
        goto fail;
    } else {
        /* the INSERT method, and the COPY method when PostgreSQL refuses
         * COPY (row level security) or the batch holds a cid already there */
        if (write_insert_ex(w, c, form == WRITE_NEW ? w->sql_insert_new : w->sql_insert, recs, n,
                            &w->sent_inserted, 1, err) != 0)
            goto fail;
        MFP_TEST_POINT("after_copy", w->h);
    }
    w->sent = 1;
    return 0;
fail:
    mfp_pgtx_abort(w);
    return -1;
}


/* The results of the query mfp_pgwrite_send left on the wire, up to 2 (the
 * rest cleared); returns how many there were. */
static int collect(PGconn *c, PGresult **res)
{
    PGresult *r;
    int n = 0;

    res[0] = res[1] = NULL;
    while ((r = PQgetResult(c)) != NULL) {
        if (n < 2)
            res[n] = r;
        else
            PQclear(r);
        n++;
        if (PQresultStatus(r) == PGRES_COPY_IN || PQresultStatus(r) == PGRES_COPY_OUT)
            break; /* cannot happen with our statements; never loop on it */
    }
    return n;
}

static int finish(mfp_pgwriter *w, uint64_t *inserted, mf_error *err);

/* The form to write a batch in after form failed with e, or -1 when none
 * would do better: a cid already in the table (23505) is skipped by
 * WRITE_SKIP; COPY refused (row level security applies to the writer, or a
 * privilege: 0A000, 42501) is not by the INSERT. A DBA's other unique
 * constraint fails WRITE_SKIP again: that is a data error (probe). */
static int fall_back(mfp_pgwriter *w, int form, const mf_error *e)
{
    if (form == WRITE_SKIP)
        return -1;
    if (strcmp(e->sqlstate, "23505") == 0) {
        /* a re-delivered batch; when it keeps happening (write-through
         * producers), stop assuming new cids */
        if (++w->dup_fallbacks >= 3)
            w->first = WRITE_SKIP;
        return WRITE_SKIP;
    }
    if (form == WRITE_COPY && (strcmp(e->sqlstate, "0A000") == 0 || strcmp(e->sqlstate, "42501") == 0)) {
        if (w->first == WRITE_COPY)
            w->first = WRITE_NEW; /* for the rest of this writer's life */
        return WRITE_NEW;
    }
    return -1;
}

int mfp_pgwrite_send(mfp_pgwriter *w, mfp_record *const *recs, size_t n, int alone, mf_error *err)
{
    int form = w->first;
    /* the text prepared for these records, used (or not) by this send only */
    const mfp_buf *text = w->text_recs == recs && w->text_n == n ? &w->text : NULL;
    int rc;

    w->text_recs = NULL;
    for (;;) {
        mf_error e = {0};

        if (alone && form != WRITE_COPY) {
            rc = 1;
            break;
        }
        if (send_ex(w, recs, n, form, form == WRITE_COPY ? text : NULL, &e) == 0) {
            rc = 0;
            break;
        }
        /* refused before the last statement went: row level security
         * refusing COPY, a cid already there in an earlier INSERT statement */
        form = fall_back(w, form, &e);
        if (form < 0) {
            *err = e;
            rc = -1;
            break;
        }
    }
    /* the text is used by one send only: give its buffer (a batch's size)
     * back now rather than hold it while the other connection's batch is
     * claimed and built (the peak of a flush: issue 16's RSS figure) */
    mfp_buf_free(&w->text);
    return rc;
}

int mfp_pgwrite_finish(mfp_pgwriter *w, mfp_record *const *recs, size_t n, uint64_t *inserted, mf_error *err)
{
    mf_error e = {0};
    int form = w->sent_form;
    int rc = finish(w, inserted, &e);

    while (rc != 0) {
        form = fall_back(w, form, &e);
        if (form < 0) {
            *err = e;
            return -1;
        }
        /* rolled back: write the batch again in that form, now */
        memset(&e, 0, sizeof(e));
        rc = send_ex(w, recs, n, form, NULL, &e);
        if (rc == 0)
            rc = finish(w, inserted, &e);
    }
    if (form != WRITE_SKIP)
        w->dup_fallbacks = 0;
    if (form == WRITE_COPY)
        w->copied = 1;
    return 0;
}

static int finish(mfp_pgwriter *w, uint64_t *inserted, mf_error *err)
{
    PGconn *c = w->h->pg;
    PGresult *res[2];
    uint64_t ins = w->sent_inserted;

    *inserted = 0;
    if (!w->sent || c == NULL) {
        w->sent = 0;
        return mfp_seterr(err, MF_ETRANSIENT, "internal: no batch was sent; the work was put back");
    }
    w->sent = 0;
    collect(c, res);
    if (result_ok(w, res[0], PGRES_COMMAND_OK,
                  w->sent_form == WRITE_COPY ? "COPY into the table" : "INSERT", err) != 0) {
        PQclear(res[1]);
        goto fail;
    }
    ins += cmd_tuples(res[0]);
    PQclear(res[0]);
    if (w->sent_form != WRITE_COPY) {
        PQclear(res[1]); /* NULL: one statement */
        MFP_TEST_POINT("before_commit", w->h);
        if (mfp_pgtx_commit(w, c, err) != 0)
            goto fail;
    } else if (res[1] != NULL) {
        /* PostgreSQL commits the implicit transaction before it reports
         * the query's last statement complete (a failed commit replaces
         * that report), so the COPY's success means committed; anything
         * after it is unexpected */
        mfp_pg_fail(w->h, res[1], "COMMIT", err);
        PQclear(res[1]);
        goto fail;
    }
    *inserted = ins;
    return 0;
fail:
    mfp_pgtx_abort(w);
    return -1;
}
