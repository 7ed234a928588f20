/* pgwrite.c - write a batch of parsed records into the table in one
 * transaction: COPY into an ON COMMIT DROP staging table then INSERT ...
 * SELECT (works when row level security applies to the writer), or
 * multi-row INSERT ... VALUES with parameters; ON CONFLICT (cid) DO NOTHING
 * either way. No named prepared statements, no pipeline mode, no session
 * state between transactions: safe behind a transaction-mode pooler.
 * Knows nothing about Redis; see queue.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgwrite.h"

#define NCOLS 9                 /* parameters per record in the INSERT method */
#define MAX_PARAMS 65535        /* PostgreSQL's limit per statement */
#define ROWS_PER_INSERT (MAX_PARAMS / NCOLS)
#define COPY_CHUNK (256u << 10) /* bytes handed to PQputCopyData at a time: libpq grows its
                                   output buffer to the largest piece, so this bounds memory */

struct mfp_pgwriter {
    mf_handle *h;
    int method;
    char *sql_stage_insert;   /* flush_stage_insert.sql with the table */
    char *sql_stage_finish;   /* the same, then flush_commit.sql: one simple query */
    char *sql_copy_direct;    /* flush_copy_direct.sql with the table */
    char *sql_begin_tx;       /* BEGIN; SET LOCAL statement_timeout = N (one query) */
    char *sql_direct_tx;      /* BEGIN; SET LOCAL statement_timeout; the same: one query, so
                                 a batch costs one round trip (a remote database pays each) */
    int direct;               /* try COPY straight into the table first */
    int dup_fallbacks;        /* batches that fell back to staging because of a cid already there */
    int sent;                 /* a batch's last statements are on the wire (mfp_pgwrite_send) */
    int sent_direct;          /* ... and they are flush_copy_direct.sql */
    uint64_t sent_inserted;   /* rows inserted by the statements before them */
    char *sql_insert_head;    /* flush_insert.sql up to the values marker, with the table */
    char *sql_insert_tail;    /* after the marker */
    mfp_buf copy;             /* COPY data, reused across batches */
    mfp_buf stmt;             /* the INSERT text, reused while the row count stays */
    size_t stmt_rows;
    const char **vals;        /* parameters of one INSERT statement */
    char (*tokens)[24];       /* token_count as text, one per row of a statement */
    void (*hook)(const char *point);
};

mfp_pgwriter *mfp_pgwriter_new(mf_handle *h, int method, mf_error *err)
{
    mfp_pgwriter *w = calloc(1, sizeof(*w));
    char *insert = NULL, *marker;

    if (w == NULL)
        goto oom;
    w->h = h;
    w->method = method;
    mfp_buf_init(&w->copy);
    mfp_buf_init(&w->stmt);
    w->sql_stage_insert = mfp_sql_with_table(mfp_sql_flush_stage_insert, h->table_sql);
    insert = mfp_sql_with_table(mfp_sql_flush_insert, h->table_sql);
    if (w->sql_stage_insert == NULL || insert == NULL)
        goto oom;
    w->direct = method == MF_METHOD_COPY;
    w->sql_copy_direct = mfp_sql_with_table(mfp_sql_flush_copy_direct, h->table_sql);
    if (w->sql_copy_direct == NULL)
        goto oom;
    if (asprintf(&w->sql_stage_finish, "%s;\n%s", w->sql_stage_insert, mfp_sql_flush_commit) < 0) {
        w->sql_stage_finish = NULL;
        goto oom;
    }
    /* the timeout is a number from the configuration, safe as a literal;
     * BEGIN and SET LOCAL go as one query: one round trip */
    if (asprintf(&w->sql_begin_tx, "%s;\nSET LOCAL statement_timeout = %ld", mfp_sql_flush_begin,
                 h->cfg->statement_timeout_ms) < 0) {
        w->sql_begin_tx = NULL;
        goto oom;
    }
    if (asprintf(&w->sql_direct_tx, "%s;\n%s", w->sql_begin_tx, w->sql_copy_direct) < 0) {
        w->sql_direct_tx = NULL;
        goto oom;
    }
    marker = strstr(insert, "{{values}}");
    if (marker == NULL) {
        free(insert);
        mfp_pgwriter_free(w);
        mfp_seterr(err, MF_ECONFIG, "internal: sql/flush_insert.sql has no values marker");
        return NULL;
    }
    w->sql_insert_head = strndup(insert, (size_t)(marker - insert));
    w->sql_insert_tail = strdup(marker + strlen("{{values}}"));
    w->vals = malloc(sizeof(*w->vals) * ROWS_PER_INSERT * NCOLS);
    w->tokens = malloc(sizeof(*w->tokens) * ROWS_PER_INSERT);
    if (w->sql_insert_head == NULL || w->sql_insert_tail == NULL || w->vals == NULL || w->tokens == NULL)
        goto oom;
    free(insert);
    return w;
oom:
    free(insert);
    mfp_pgwriter_free(w);
    mfp_seterr(err, MF_ENOMEM, "out of memory");
    return NULL;
}

void mfp_pgwriter_free(mfp_pgwriter *w)
{
    if (w == NULL)
        return;
    free(w->sql_stage_insert);
    free(w->sql_stage_finish);
    free(w->sql_copy_direct);
    free(w->sql_direct_tx);
    free(w->sql_begin_tx);
    free(w->sql_insert_head);
    free(w->sql_insert_tail);
    mfp_buf_free(&w->copy);
    mfp_buf_free(&w->stmt);
    free(w->vals);
    free(w->tokens);
    free(w);
}

void mfp_pgwriter_set_hook(mfp_pgwriter *w, void (*hook)(const char *point))
{
    w->hook = hook;
}

static void hook(mfp_pgwriter *w, const char *point)
{
    if (w->hook != NULL)
        w->hook(point);
}

/* ------------------------------------------------------------ statements */

/* The connection a transaction runs on. Inside a transaction never call
 * mfp_pg_get again: it would silently reconnect and run the rest of the
 * statements outside the transaction. After mfp_pg_fail, c may be freed. */
static int result_ok(mfp_pgwriter *w, PGresult *res, ExecStatusType want, const char *what, mf_error *err)
{
    if (res != NULL && PQresultStatus(res) == want)
        return 0;
    mfp_pg_fail(w->h, res, what, err);
    PQclear(res);
    return -1;
}

static int exec_simple(mfp_pgwriter *w, PGconn *c, const char *sql, const char *what, mf_error *err)
{
    PGresult *res = PQexec(c, sql);

    if (result_ok(w, res, PGRES_COMMAND_OK, what, err) != 0)
        return -1;
    PQclear(res);
    return 0;
}

/* Leave no transaction open on the connection after a failure. */
static void abort_tx(mfp_pgwriter *w)
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
        abort_tx(w); /* should not happen; never write into someone else's transaction */
    return mfp_pg_get(w->h, out, err);
}

static int begin_tx(mfp_pgwriter *w, PGconn **out, mf_error *err)
{
    PGconn *c;

    if (conn_idle(w, &c, err) != 0)
        return -1;
    if (exec_simple(w, c, w->sql_begin_tx, "BEGIN", err) != 0)
        return -1;
    *out = c;
    return 0;
}

static int commit_tx(mfp_pgwriter *w, PGconn *c, mf_error *err)
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

/* One COPY text line; ord (the staging table's first column) unless direct. */
static void copy_row(mfp_buf *b, size_t ord, int direct, const mfp_record *r)
{
    if (!direct) {
        mfp_buf_put_int(b, (long long)ord);
        mfp_buf_putc(b, '\t');
    }
    mfp_copy_escape(b, r->cid, r->cid_len);
    mfp_buf_putc(b, '\t');
    mfp_copy_escape(b, r->conversation_id, r->conversation_id_len);
    mfp_buf_putc(b, '\t');
    mfp_copy_escape(b, r->user_id, r->user_id_len);
    mfp_buf_putc(b, '\t');
    mfp_copy_escape(b, r->user_message, r->user_message_len);
    mfp_buf_putc(b, '\t');
    mfp_copy_escape(b, r->assistant_message, r->assistant_message_len);
    mfp_buf_putc(b, '\t');
    mfp_buf_put_int(b, r->token_count);
    mfp_buf_putc(b, '\t');
    if (r->reflection_json != NULL)
        mfp_copy_escape(b, r->reflection_json, r->reflection_json_len);
    else
        mfp_copy_null(b);
    mfp_buf_putc(b, '\t');
    mfp_copy_escape(b, r->metadata_json, r->metadata_json_len);
    mfp_buf_putc(b, '\t');
    mfp_copy_escape(b, r->created_at, strlen(r->created_at));
    mfp_buf_putc(b, '\n');
}

int mfp_pgwrite_ends_alone(const mfp_pgwriter *w)
{
    return w->sent && (w->sent_direct || w->method == MF_METHOD_COPY);
}

int mfp_pgwrite_wants_text(const mfp_pgwriter *w)
{
    return w->method == MF_METHOD_COPY && w->direct;
}

int mfp_pgwrite_copy_text(mfp_record *const *recs, size_t n, mfp_buf *out, mf_error *err)
{
    size_t i;

    mfp_buf_reset(out);
    for (i = 0; i < n && !out->oom; i++)
        copy_row(out, i, 1, recs[i]);
    if (out->oom) {
        mfp_buf_free(out);
        return mfp_seterr(err, MF_ENOMEM, "out of memory while building COPY data; use a smaller --batch-size");
    }
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
static int put_rows(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, int direct, mf_error *err)
{
    size_t i;

    mfp_buf_reset(&w->copy);
    for (i = 0; i < n; i++) {
        copy_row(&w->copy, i, direct, recs[i]);
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
    if (PQputCopyEnd(c, NULL) != 1)
        return copy_fail(w, c, "COPY", err);
    return 0;
}

static int send_copy(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, mf_error *err)
{
    PGresult *res;
    int rc;

    res = PQexec(c, mfp_sql_flush_stage_copy);
    if (result_ok(w, res, PGRES_COPY_IN, "COPY into the staging table", err) != 0)
        return -1;
    PQclear(res);
    if (put_rows(w, c, recs, n, 0, err) != 0)
        return -1;
    res = PQgetResult(c);
    rc = result_ok(w, res, PGRES_COMMAND_OK, "COPY into the staging table", err);
    if (rc == 0)
        PQclear(res);
    /* drain: a COPY has exactly one result, then NULL */
    if (w->h->pg == c)
        while ((res = PQgetResult(c)) != NULL)
            PQclear(res);
    return rc;
}

/* BEGIN, the statement timeout, COPY straight into the table and COMMIT, in
 * one query: only sent; the COPY's and COMMIT's results are read by
 * mfp_pgwrite_finish. text: the rows (mfp_pgwrite_copy_text), or NULL to
 * build them here. */
static int send_direct(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, const mfp_buf *text,
                       mf_error *err)
{
    PGresult *res;

    if (PQsendQuery(c, w->sql_direct_tx) != 1)
        return copy_fail(w, c, "BEGIN and COPY", err);
    /* BEGIN and SET answer first, then the COPY asks for its rows */
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
    return put_rows(w, c, recs, n, 1, err);
}

/* Stage the batch; the INSERT from the staging table is sent later, with
 * the COMMIT (mfp_pgwrite_send). */
static int stage_copy(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, mf_error *err)
{
    if (exec_simple(w, c, mfp_sql_flush_stage_create, "creating the staging table", err) != 0)
        return -1;
    if (send_copy(w, c, recs, n, err) != 0)
        return -1;
    hook(w, "after_copy");
    return 0;
}

/* ---------------------------------------------------------- INSERT method */

/* The INSERT text for rows records, kept while the count stays the same. */
static int build_insert(mfp_pgwriter *w, size_t rows, mf_error *err)
{
    size_t i, p = 1;

    if (w->stmt_rows == rows && w->stmt.len > 0)
        return 0;
    mfp_buf_reset(&w->stmt);
    mfp_buf_puts(&w->stmt, w->sql_insert_head);
    for (i = 0; i < rows; i++, p += NCOLS)
        mfp_buf_printf(&w->stmt, "%s($%zu,$%zu,$%zu,$%zu,$%zu,$%zu,$%zu,$%zu,$%zu)", i ? "," : "", p, p + 1,
                       p + 2, p + 3, p + 4, p + 5, p + 6, p + 7, p + 8);
    mfp_buf_puts(&w->stmt, w->sql_insert_tail);
    if (w->stmt.oom) {
        w->stmt_rows = 0;
        mfp_buf_free(&w->stmt);
        return mfp_seterr(err, MF_ENOMEM, "out of memory while building an INSERT");
    }
    w->stmt_rows = rows;
    return 0;
}

/* INSERT recs[0..n) in statements of at most ROWS_PER_INSERT records. With
 * send_last, the last statement is only sent (its result is read by
 * mfp_pgwrite_finish). */
static int write_insert_ex(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, uint64_t *inserted,
                           int send_last, mf_error *err)
{
    size_t done = 0;

    while (done < n) {
        size_t rows = n - done > ROWS_PER_INSERT ? ROWS_PER_INSERT : n - done, i;
        const char **v = w->vals;
        PGresult *res;

        if (build_insert(w, rows, err) != 0)
            return -1;
        for (i = 0; i < rows; i++, v += NCOLS) {
            const mfp_record *r = recs[done + i];
            snprintf(w->tokens[i], sizeof(w->tokens[i]), "%lld", r->token_count);
            v[0] = r->cid;
            v[1] = r->conversation_id;
            v[2] = r->user_id;
            v[3] = r->user_message;
            v[4] = r->assistant_message;
            v[5] = w->tokens[i];
            v[6] = r->reflection_json; /* NULL: SQL NULL */
            v[7] = r->metadata_json;
            v[8] = r->created_at;
        }
        if (send_last && done + rows == n) {
            /* libpq copies the parameters into its output buffer and, on a
             * blocking connection, sends them all before returning */
            if (PQsendQueryParams(c, w->stmt.data, (int)(rows * NCOLS), NULL, w->vals, NULL, NULL, 0) != 1)
                return copy_fail(w, c, "INSERT", err);
            return 0;
        }
        res = PQexecParams(c, w->stmt.data, (int)(rows * NCOLS), NULL, w->vals, NULL, NULL, 0);
        if (result_ok(w, res, PGRES_COMMAND_OK, "INSERT", err) != 0)
            return -1;
        *inserted += cmd_tuples(res);
        PQclear(res);
        done += rows;
    }
    return 0;
}

static int write_insert(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, uint64_t *inserted,
                        mf_error *err)
{
    return write_insert_ex(w, c, recs, n, inserted, 0, err);
}

/* ---------------------------------------------------------------- batches */

static int send_ex(mfp_pgwriter *w, mfp_record *const *recs, size_t n, int direct, const mfp_buf *text,
                   mf_error *err)
{
    PGconn *c;

    w->sent = 0;
    w->sent_direct = 0;
    w->sent_inserted = 0;
    if (w->method == MF_METHOD_COPY && direct) {
        /* the transaction opens inside the one query send_direct sends */
        if (conn_idle(w, &c, err) != 0)
            goto fail;
        hook(w, "before_commit");
        if (send_direct(w, c, recs, n, text, err) != 0)
            goto fail;
        hook(w, "after_copy");
        w->sent_direct = 1;
    } else if (begin_tx(w, &c, err) != 0) {
        goto fail;
    } else if (w->method == MF_METHOD_INSERT) {
        if (write_insert_ex(w, c, recs, n, &w->sent_inserted, 1, err) != 0)
            goto fail;
        hook(w, "after_copy");
    } else {
        if (stage_copy(w, c, recs, n, err) != 0)
            goto fail;
        hook(w, "before_commit");
        /* INSERT ... SELECT and COMMIT in one simple query: the server runs
         * both while the caller prepares the next batch */
        if (PQsendQuery(c, w->sql_stage_finish) != 1) {
            copy_fail(w, c, "INSERT from the staging table", err);
            goto fail;
        }
    }
    w->sent = 1;
    return 0;
fail:
    abort_tx(w);
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

/* Why a direct COPY failed: 1 when the staging path may succeed instead (a
 * cid already in the table; row level security or a privilege refusing COPY). */
static int fall_back(mfp_pgwriter *w, const mf_error *e)
{
    if (strcmp(e->sqlstate, "23505") == 0) {
        /* a re-delivered batch; when it keeps happening (write-through
         * producers), stop trying */
        if (++w->dup_fallbacks >= 3)
            w->direct = 0;
        return 1;
    }
    if (strcmp(e->sqlstate, "0A000") == 0 || strcmp(e->sqlstate, "42501") == 0) {
        w->direct = 0; /* for the rest of this writer's life */
        return 1;
    }
    return 0;
}

int mfp_pgwrite_send(mfp_pgwriter *w, mfp_record *const *recs, size_t n, const mfp_buf *text, mf_error *err)
{
    mf_error e = {0};

    if (!w->direct)
        return send_ex(w, recs, n, 0, NULL, err);
    if (send_ex(w, recs, n, 1, text, &e) == 0)
        return 0;
    /* refused before any row (row level security applies to the writer) */
    if (!fall_back(w, &e)) {
        *err = e;
        return -1;
    }
    return send_ex(w, recs, n, 0, NULL, err);
}

int mfp_pgwrite_finish(mfp_pgwriter *w, mfp_record *const *recs, size_t n, uint64_t *inserted, mf_error *err)
{
    mf_error e = {0};
    int direct = w->sent_direct;

    if (finish(w, inserted, &e) == 0) {
        if (direct)
            w->dup_fallbacks = 0;
        return 0;
    }
    if (!direct || !fall_back(w, &e)) {
        *err = e;
        return -1;
    }
    /* rolled back: write the batch again through the staging table */
    if (send_ex(w, recs, n, 0, NULL, err) != 0)
        return -1;
    return finish(w, inserted, err);
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
                  w->sent_direct ? "COPY into the table"
                  : w->method == MF_METHOD_INSERT ? "INSERT" : "INSERT from the staging table", err) != 0) {
        PQclear(res[1]);
        goto fail;
    }
    ins += cmd_tuples(res[0]);
    PQclear(res[0]);
    if (w->method == MF_METHOD_INSERT) {
        PQclear(res[1]); /* NULL: one statement */
        hook(w, "before_commit");
        if (commit_tx(w, c, err) != 0)
            goto fail;
    } else {
        if (result_ok(w, res[1], PGRES_COMMAND_OK, "COMMIT", err) != 0)
            goto fail;
        /* COMMIT of a transaction that had failed answers ROLLBACK */
        if (strcmp(PQcmdStatus(res[1]), "COMMIT") != 0) {
            PQclear(res[1]);
            mfp_seterr(err, MF_ETRANSIENT, "PostgreSQL rolled the batch back at COMMIT; the work was put back");
            goto fail;
        }
        PQclear(res[1]);
    }
    *inserted = ins;
    return 0;
fail:
    abort_tx(w);
    return -1;
}

int mfp_pgwrite_batch(mfp_pgwriter *w, mfp_record *const *recs, size_t n, uint64_t *inserted, mf_error *err)
{
    *inserted = 0;
    if (mfp_pgwrite_send(w, recs, n, NULL, err) != 0)
        return -1;
    return mfp_pgwrite_finish(w, recs, n, inserted, err);
}

typedef struct probe_ctx {
    mfp_pgwriter *w;
    PGconn *c;
    mfp_record *const *recs;
    uint64_t inserted;
    mfp_reject_fn reject;
    void *arg;
} probe_ctx;

/* Insert recs[lo..hi) inside a savepoint; split a refused range in halves. */
static int probe_range(probe_ctx *p, size_t lo, size_t hi, mf_error *err)
{
    mf_error e = {0};
    uint64_t ins = 0;
    size_t mid;

    if (exec_simple(p->w, p->c, mfp_sql_flush_savepoint, "SAVEPOINT", err) != 0)
        return -1;
    if (write_insert(p->w, p->c, p->recs + lo, hi - lo, &ins, &e) == 0) {
        p->inserted += ins;
        return exec_simple(p->w, p->c, mfp_sql_flush_savepoint_release, "RELEASE SAVEPOINT", err);
    }
    if (e.code != MF_EDATA) {
        *err = e;
        return -1;
    }
    if (exec_simple(p->w, p->c, mfp_sql_flush_savepoint_rollback, "ROLLBACK TO SAVEPOINT", err) != 0)
        return -1;
    if (hi - lo == 1) {
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
    probe_ctx p = {w, NULL, recs, 0, reject, arg};

    *inserted = 0;
    if (begin_tx(w, &p.c, err) != 0)
        goto fail;
    if (n > 0 && probe_range(&p, 0, n, err) != 0)
        goto fail;
    hook(w, "before_commit");
    if (commit_tx(w, p.c, err) != 0)
        goto fail;
    *inserted = p.inserted;
    return 0;
fail:
    abort_tx(w);
    return -1;
}
