/* pgrows.c - a batch's rows as COPY text lines and as the INSERT's binary
 * arrays (see pgrows.h). Knows no connection and no SQL text. */
#include <string.h>

#include "pgrows.h"

#define NCOLS MFP_PGROWS_NCOLS

/* ------------------------------------------------------------ COPY text */

void mfp_pgrows_copy_line(mfp_buf *b, const mfp_record *r)
{
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

size_t mfp_pgrows_copy_size(mfp_record *const *recs, size_t n)
{
    size_t i, total = 0;

    for (i = 0; i < n; i++) {
        const mfp_record *r = recs[i];
        size_t t = r->cid_len + r->conversation_id_len + r->user_id_len + r->user_message_len +
                   r->assistant_message_len + r->reflection_json_len + r->metadata_json_len;
        /* tabs, newline, token_count, created_at, \N; escapes: 1 in 16 */
        total += t + t / 16 + 64;
    }
    return total;
}

/* ------------------------------------------------------ the INSERT arrays */

/* PostgreSQL's binary array format (array_recv): 1 dimension of n
 * elements, each a big-endian length (-1: NULL) then its bytes. */
#define TEXTOID 25
#define INT4OID 23

static void put_be32(mfp_buf *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)(v >> 24), (unsigned char)(v >> 16), (unsigned char)(v >> 8),
                          (unsigned char)v};
    mfp_buf_append(b, x, 4);
}

static void array_head(mfp_buf *b, uint32_t elem_oid, size_t n)
{
    put_be32(b, n > 0); /* dimensions (none when empty) */
    put_be32(b, 0);     /* flags: PostgreSQL finds the NULLs itself */
    put_be32(b, elem_oid);
    if (n > 0) {
        put_be32(b, (uint32_t)n);
        put_be32(b, 1); /* lower bound */
    }
}

/* Column col (flush_insert.sql's order) of r as text; NULL for SQL NULL.
 * Not for token_count (col 5), an integer. */
static const char *column(const mfp_record *r, int col, size_t *len)
{
    switch (col) {
    case 0: *len = r->cid_len; return r->cid;
    case 1: *len = r->conversation_id_len; return r->conversation_id;
    case 2: *len = r->user_id_len; return r->user_id;
    case 3: *len = r->user_message_len; return r->user_message;
    case 4: *len = r->assistant_message_len; return r->assistant_message;
    case 6: *len = r->reflection_json_len; return r->reflection_json; /* NULL when absent */
    case 7: *len = r->metadata_json_len; return r->metadata_json;
    default: *len = strlen(r->created_at); return r->created_at;
    }
}

size_t mfp_pgrows_fit(mfp_record *const *recs, size_t n, size_t max_bytes, size_t *bytes)
{
    size_t rows, total = NCOLS * 20;

    for (rows = 0; rows < n; rows++) {
        const mfp_record *r = recs[rows];
        size_t one = NCOLS * 4 + 4 + r->cid_len + r->conversation_id_len + r->user_id_len +
                     r->user_message_len + r->assistant_message_len + r->reflection_json_len +
                     r->metadata_json_len + MFP_TS_MAX;
        if (rows > 0 && total + one > max_bytes)
            break;
        total += one;
    }
    *bytes = total;
    return rows;
}

int mfp_pgrows_arrays(mfp_buf *b, mfp_record *const *recs, size_t rows, size_t bytes, const char **vals,
                      int *lens, mf_error *err)
{
    size_t off[NCOLS], i;
    int col;

    mfp_buf_reset(b);
    mfp_buf_reserve(b, bytes);
    for (col = 0; col < NCOLS; col++) {
        off[col] = b->len;
        array_head(b, col == 5 ? INT4OID : TEXTOID, rows);
        for (i = 0; i < rows; i++) {
            const char *p;
            size_t len;

            if (col == 5) {
                /* validated: 0 .. 2^31-1 */
                put_be32(b, 4);
                put_be32(b, (uint32_t)recs[i]->token_count);
                continue;
            }
            p = column(recs[i], col, &len);
            put_be32(b, p != NULL ? (uint32_t)len : 0xFFFFFFFFu);
            if (p != NULL)
                mfp_buf_append(b, p, len);
        }
    }
    if (b->oom) {
        mfp_buf_free(b);
        return mfp_seterr(err, MF_ENOMEM, "out of memory while building an INSERT");
    }
    for (col = 0; col < NCOLS; col++) {
        vals[col] = b->data + off[col];
        lens[col] = (int)((col + 1 < NCOLS ? off[col + 1] : b->len) - off[col]);
    }
    return 0;
}
