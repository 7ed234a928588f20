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
    int lost;               /* 1: the in-flight list did not hold 'expected' records (another
                               flusher took it back); nothing was claimed */
} mfp_batch;

/* Record i of the batch (borrowed from the reply). */
const char *mfp_batch_record(const mfp_batch *b, size_t i, size_t *len);
/* Free the reply and zero the batch. Accepts a zeroed batch. */
void mfp_batch_clear(mfp_batch *b);

/* Claim up to n records from the head of {P}:pending to the tail of this
 * flusher's in-flight list (atomic: MULTI/EXEC under a WATCH of the list). expected: the records the
 * flusher believes the list holds already (0 when it holds none, else the
 * batch still being written); when the list holds another number, nothing is
 * claimed and out->lost is set. lease_ms: the lease on the whole list. */
int mfp_queue_claim(mf_handle *h, size_t n, long long lease_ms, long long expected, mfp_batch *out,
                    mf_error *err);

/* (Test builds: the claim passes the test point "claim_watched" between
 * its two round trips, the WATCH set and the MULTI not yet sent;
 * testpoint.h.) */

/* After COMMIT: push the dead-letter entries and remove the batch's count
 * records from the head of the in-flight list (the list and the lease when
 * that is all of it), atomically. expected: the records the flusher believes
 * the list holds. *released = 0 when it does not hold them (the lease expired
 * and another flusher took the batches back): then nothing is pushed. */
int mfp_queue_release(mf_handle *h, size_t count, long long expected, size_t ndead, const char *const *dead,
                      const size_t *dead_lens, int *released, mf_error *err);

/* Put this flusher's in-flight batches back at the head of {P}:pending in its
 * original order. *count (optional): records put back. */
int mfp_queue_requeue(mf_handle *h, long long *count, mf_error *err);

/* Take back the batches of expired leases; *count: records taken back. */
int mfp_queue_reclaim(mf_handle *h, long long *count, mf_error *err);

/* Extend the lease; *held = 0 when the batch is no longer ours. */
int mfp_queue_renew(mf_handle *h, long long lease_ms, int *held, mf_error *err);

/* LLEN {P}:pending (a key of another type is MF_EPRIVILEGE). */
int mfp_queue_pending(mf_handle *h, long long *len, mf_error *err);
/* The pending length summed over the configured shards (qwait.c). Leaves
 * the handle on the last of them. */
int mfp_queue_pending_configured(mf_handle *h, long long *len, mf_error *err);
/* Called for a queue key of the wrong type: its name, the type it has and
 * the one it needs. Return 0 to go on, -1 (err set) to stop. */
typedef int (*mfp_key_type_fn)(void *arg, const char *key, const char *have, const char *want, mf_error *err);
/* The owner of what each queue key must be ({P}:pending and {P}:dead lists,
 * {P}:leases a sorted set; absent is fine): TYPE each, calling wrong for
 * each mismatch. Returns the number of mismatches, or -1 with err (a Redis
 * failure, or wrong said stop). */
int mfp_queue_key_types(mf_handle *h, mfp_key_type_fn wrong, void *arg, mf_error *err);
/* Refuse (MF_EPRIVILEGE, naming the key) when {P}:pending, {P}:dead or
 * {P}:leases exists with another type. 'unused' fits with_retry. */
int mfp_queue_check_types(mf_handle *h, long long *unused, mf_error *err);

/* The follower's one blocking wait (qwait.c; the only Redis I/O of follow
 * mode besides the calls above): block until {P}:pending holds a record or
 * block_ms milliseconds went by, with one command and nothing else on the
 * wire. *ready = 1 when the list is not empty. The connection's read timeout
 * must be longer than the block (MFP_WAIT_MAX_MS below it). */
#define MFP_WAIT_MAX_MS 10000
int mfp_queue_wait(mf_handle *h, long block_ms, int *ready, mf_error *err);

#endif
