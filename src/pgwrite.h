/* pgwrite.h - the PostgreSQL side of flushing: write a batch of parsed
 * records in one transaction (COPY straight into the table, or a multi-row
 * INSERT), and, when PostgreSQL refuses some record's data, find which ones
 * with savepoints. Knows nothing about Redis; see queue.h. */
#ifndef MF_PGWRITE_H
#define MF_PGWRITE_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"
#include "record.h"

typedef struct mfp_pgwriter mfp_pgwriter;

/* A writer for handle h (borrowed; must outlive the writer) with the
 * statements of sql/ prepared for the handle's table once. method: an
 * mf_method. NULL with err set on out-of-memory. */
mfp_pgwriter *mfp_pgwriter_new(mf_handle *h, int method, mf_error *err);
void mfp_pgwriter_free(mfp_pgwriter *w);

/* Test builds: called at "after_copy" (the rows are sent, not committed) and
 * "before_commit". NULL: none. */
void mfp_pgwriter_set_hook(mfp_pgwriter *w, void (*hook)(const char *point));

/* Write the n records (borrowed; every field set, see mfp_record_complete)
 * in one transaction, in two halves so the caller can prepare the next batch
 * while PostgreSQL works. send sends the rows and the last statement (the
 * direct COPY, the whole of its implicit transaction; or the INSERT after
 * BEGIN) without waiting for it; finish waits for it (and COMMITs the
 * INSERT). When PostgreSQL refuses a form (a cid already in the table, row
 * level security refusing COPY), either writes the batch again in the next
 * form (pgwrite.c, fall_back), so finish gets the same records again.
 * text (optional): the rows as mfp_pgwrite_copy_text built them from the
 * same records, used by the direct COPY. Between the two the connection must
 * not be used. finish gives *inserted, the rows newly inserted (the rest had
 * a cid already in the table), and returns 0 once committed; both return -1
 * with err when nothing was committed and no transaction is left open:
 * MF_EDATA when PostgreSQL refused some record's data (use
 * mfp_pgwrite_probe), MF_ETRANSIENT, MF_EPRIVILEGE ... */
int mfp_pgwrite_send(mfp_pgwriter *w, mfp_record *const *recs, size_t n, const mfp_buf *text, mf_error *err);
int mfp_pgwrite_finish(mfp_pgwriter *w, mfp_record *const *recs, size_t n, uint64_t *inserted, mf_error *err);

/* 1 when the batch sent (mfp_pgwrite_send) ends without the caller: the
 * direct COPY is one implicit transaction, which PostgreSQL commits, or
 * rolls back on any error, by itself; 0 for the INSERT, whose COMMIT (or
 * ROLLBACK) mfp_pgwrite_finish sends. Behind a pooler whose pool is smaller
 * than our connections, nothing may wait on a server connection that such
 * an open transaction holds. */
int mfp_pgwrite_ends_alone(const mfp_pgwriter *w);
/* 1 when the next batch sent will most likely end alone (it goes as the
 * direct COPY unless PostgreSQL refuses that at once). */
int mfp_pgwrite_sends_alone(const mfp_pgwriter *w);
/* Roll back the batch sent and not finished (reading what is left of its
 * results first); the writer is idle afterwards. */
void mfp_pgwrite_cancel(mfp_pgwriter *w);

/* 1 when mfp_pgwrite_send would COPY the rows straight into the table (and
 * that has worked before), so the caller may build their text beforehand
 * (while PostgreSQL is still busy with the previous batch) and hand it to
 * send. */
int mfp_pgwrite_wants_text(const mfp_pgwriter *w);
/* The COPY text of the n records for that (out is reset first). Returns 0,
 * or -1 with MF_ENOMEM (out freed). */
int mfp_pgwrite_copy_text(mfp_record *const *recs, size_t n, mfp_buf *out, mf_error *err);

/* Called for each record PostgreSQL refuses: its index, SQLSTATE and a sentence. */
typedef void (*mfp_reject_fn)(void *arg, size_t index, const char *sqlstate, const char *message);

/* 1 when the batch failed with e in a way one of its records may have
 * caused, so that mfp_pgwrite_probe should look for it: a data error
 * (MF_EDATA), or a refusal PostgreSQL gives no class to (MF_ECONFIG with a
 * SQLSTATE: a DBA's trigger raising an exception, say). */
int mfp_pgwrite_probe_applies(const mf_error *e);

/* The slow path after such a failure: one transaction in which every part of
 * the batch is inserted inside a savepoint, and a refused part is split in
 * halves until the refused records are found. Refused records are reported
 * through reject and not written; the rest is committed. A refusal without
 * a class is blamed on records only when others of the batch go in: when
 * none does, the batch is refused as a whole (-1 with MF_ECONFIG: a trigger
 * that blocks every write is configuration, not poison). Same return and
 * *inserted as mfp_pgwrite_finish. */
int mfp_pgwrite_probe(mfp_pgwriter *w, mfp_record *const *recs, size_t n, uint64_t *inserted,
                      mfp_reject_fn reject, void *arg, mf_error *err);

#endif
