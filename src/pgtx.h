/* pgtx.h - the writer's transaction primitives, shared by pgwrite.c (the
 * batch forms) and pgprobe.c (the savepoint probe) and nothing else. Each
 * takes the writer (its handle's connection, its statements).
 * Inside a transaction never call mfp_pg_get again: it would silently
 * reconnect and run the rest outside the transaction. */
#ifndef MF_PGTX_H
#define MF_PGTX_H

#include "pgwrite.h"

/* The handle w writes through (borrowed). */
mf_handle *mfp_pgtx_handle(mfp_pgwriter *w);
/* BEGIN with the statement timeout, on the connection outside any
 * transaction (*out). 0, or -1 with err. */
int mfp_pgtx_begin(mfp_pgwriter *w, PGconn **out, mf_error *err);
/* COMMIT; a COMMIT that answers ROLLBACK is MF_ETRANSIENT. */
int mfp_pgtx_commit(mfp_pgwriter *w, PGconn *c, mf_error *err);
/* Leave no transaction open on the connection (reading what is left of a
 * sent query first; dropping the connection when in doubt). */
void mfp_pgtx_abort(mfp_pgwriter *w);
/* A statement without parameters that must answer COMMAND_OK. */
int mfp_pgtx_exec(mfp_pgwriter *w, PGconn *c, const char *sql, const char *what, mf_error *err);
/* INSERT recs[0..n) skipping cids already in the table, waiting for each
 * statement; *inserted += the rows new. */
int mfp_pgtx_insert(mfp_pgwriter *w, PGconn *c, mfp_record *const *recs, size_t n, uint64_t *inserted,
                    mf_error *err);

#endif
