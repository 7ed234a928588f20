/* queue.h - the Redis side of flushing: claim a batch into this flusher's
 * in-flight list under a lease, release it after COMMIT, requeue it after a
 * failure, renew the lease, reclaim expired leases (the scripts in src/lua).
 * Knows nothing about PostgreSQL or the record format; see pgwrite.h. */
#ifndef MF_QUEUE_H
#define MF_QUEUE_H

#include <stddef.h>

#include "internal.h"

/* A claimed batch: the records point into the Redis reply, which the batch owns. */
typedef struct mfp_batch {
    redisReply *reply;
    size_t n;               /* records claimed (0: the queue was empty) */
    long long pending_left; /* length of {P}:pending right after the claim */
} mfp_batch;

/* Record i of the batch (borrowed from the reply). */
const char *mfp_batch_record(const mfp_batch *b, size_t i, size_t *len);
/* Free the reply and zero the batch. Accepts a zeroed batch. */
void mfp_batch_clear(mfp_batch *b);

/* Claim up to n records from the head of {P}:pending (one atomic script).
 * lease_ms: how long the batch stays ours. A non-empty in-flight list of this
 * flusher is refused (requeue it first). */
int mfp_queue_claim(mf_handle *h, size_t n, long long lease_ms, mfp_batch *out, mf_error *err);

/* After COMMIT: push the dead-letter entries, delete the in-flight list, drop
 * the lease (atomic). *released = 0 when the lease had expired and another
 * flusher took the batch back (then nothing is pushed). */
int mfp_queue_release(mf_handle *h, size_t ndead, const char *const *dead, const size_t *dead_lens,
                      int *released, mf_error *err);

/* Put this flusher's in-flight batch back at the head of {P}:pending in its
 * original order. *count (optional): records put back. */
int mfp_queue_requeue(mf_handle *h, long long *count, mf_error *err);

/* Take back the batches of expired leases; *count: records taken back. */
int mfp_queue_reclaim(mf_handle *h, long long *count, mf_error *err);

/* Extend the lease; *held = 0 when the batch is no longer ours. */
int mfp_queue_renew(mf_handle *h, long long lease_ms, int *held, mf_error *err);

/* LLEN {P}:pending (a key of another type is MF_EPRIVILEGE). */
int mfp_queue_pending(mf_handle *h, long long *len, mf_error *err);

#endif
