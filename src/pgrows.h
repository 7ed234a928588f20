/* pgrows.h - the rows of a batch in PostgreSQL's two wire forms: COPY text
 * lines (the COPY method) and binary arrays, one per column (the INSERT
 * method's parameters, flush_insert.sql). Pure: no connection, no SQL text;
 * see pgwrite.h for how they are sent. */
#ifndef MF_PGROWS_H
#define MF_PGROWS_H

#include <stddef.h>

#include "internal.h"
#include "record.h"

/* The columns, in flush_insert.sql's (and the COPY's) order; token_count
 * (index 5) is int4, the rest text. */
#define MFP_PGROWS_NCOLS 9
#define MFP_PGROWS_TEXTARRAYOID 1009
#define MFP_PGROWS_INT4ARRAYOID 1007

/* Append r's COPY text line (tab-separated, escaped, '\n'-terminated) to b.
 * Errors show in b->oom. */
void mfp_pgrows_copy_line(mfp_buf *b, const mfp_record *r);
/* About the bytes of recs[0..n)'s COPY lines (a little more unless many
 * characters need escaping), to reserve a buffer once: growing a large
 * buffer by doubling holds the old and the new copy at the same moment. */
size_t mfp_pgrows_copy_size(mfp_record *const *recs, size_t n);

/* How many of recs[0..n) fit arrays of at most max_bytes (at least one, when
 * n > 0: a record alone may be larger), and *bytes, the size of their
 * arrays. */
size_t mfp_pgrows_fit(mfp_record *const *recs, size_t n, size_t max_bytes, size_t *bytes);

/* The MFP_PGROWS_NCOLS arrays of recs[0..rows) into b (reset first; bytes:
 * from mfp_pgrows_fit, reserved up front); vals[i]/lens[i] point into b for
 * PQexecParams. Returns 0, or -1 with MF_ENOMEM (b freed). */
int mfp_pgrows_arrays(mfp_buf *b, mfp_record *const *recs, size_t rows, size_t bytes, const char **vals,
                      int *lens, mf_error *err);

#endif
