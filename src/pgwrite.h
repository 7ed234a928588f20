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

/* Test builds: the crash points "after_copy" and "before_commit"
 * (testpoint.h). For the INSERT, "after_copy" comes once the INSERT is on
 * the wire inside its open transaction and "before_commit" just before its
 * COMMIT. The direct COPY is one query whose implicit transaction
 * PostgreSQL commits by itself, so there "before_commit" comes before the
 * query is sent (its commit goes with it) and "after_copy" once its rows are
 * on the wire (PostgreSQL may have committed them already). The probe
 * reaches "before_commit" before its COMMIT. */

/* A batch goes through the writer in three calls, so the caller can claim
 * and parse the next batch while PostgreSQL works on this one:
 *
 *   prepare  (optional) build the batch's rows for the wire ahead of time,
 *            while PostgreSQL is still busy with the previous batch: the
 *            COPY text when the batch will go as the direct COPY (and that
 *            has worked before: under row level security it never does, and
 *            the text would only cost memory); else nothing. The writer owns
 *            the text; the next send of the same records uses it.
 *   send     send the rows and the last statement (the direct COPY, the
 *            whole of its implicit transaction; or the INSERT after BEGIN)
 *            without waiting for it. When PostgreSQL refuses a form at once
 *            (row level security refusing COPY) the batch goes in the next
 *            one (pgwrite.c, fall_back).
 *   finish   wait for it (and COMMIT the INSERT). When PostgreSQL refuses
 *            the form (a cid already in the table), the batch is written
 *            again in the next form, so finish gets the same records again.
 *
 * The n records (borrowed; every field set, see mfp_record_complete) must
 * stay unchanged from prepare to finish, and between send and finish the
 * connection must not be used. */
int mfp_pgwrite_prepare(mfp_pgwriter *w, mfp_record *const *recs, size_t n, mf_error *err);

/* send: 0 when sent; -1 with err when nothing was committed and no
 * transaction is left open. alone: send only if the batch's transaction
 * will end on its own (the direct COPY); else send nothing and return 1 (the
 * caller sends it again later without alone). */
int mfp_pgwrite_send(mfp_pgwriter *w, mfp_record *const *recs, size_t n, int alone, mf_error *err);

/* finish: *inserted, the rows newly inserted (the rest had a cid already in
 * the table), and 0 once committed; -1 with err when nothing was committed
 * and no transaction is left open: MF_EDATA when PostgreSQL refused some
 * record's data (use mfp_pgwrite_probe), MF_ETRANSIENT, MF_EPRIVILEGE ... */
int mfp_pgwrite_finish(mfp_pgwriter *w, mfp_record *const *recs, size_t n, uint64_t *inserted, mf_error *err);

/* 1 when w's batch ends without the caller: the batch sent and not yet
 * finished, or else the next one to be sent, is (most likely, for the next
 * one) the direct COPY, one implicit transaction that PostgreSQL commits,
 * or rolls back on any error, by itself; 0 for the INSERT, whose COMMIT (or
 * ROLLBACK) mfp_pgwrite_finish sends. Another batch may be sent on another
 * connection while w's is under way only when both can overlap: behind a
 * pooler whose pool is smaller than our connections, nothing may wait on a
 * server connection that an open transaction holds. */
int mfp_pgwrite_can_overlap(const mfp_pgwriter *w);

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
