/* forget.h - private pieces of forget.c that the unit tests reach. */
#ifndef MF_FORGET_H
#define MF_FORGET_H

#include "internal.h"

/* "90d" -> "90 days" (a PostgreSQL interval) into interval (n bytes). Units
 * s m h d w, a whole number from 1 up to 100 years. -1 with MF_ECONFIG. */
int mfp_parse_duration(const char *s, char *interval, size_t n, mf_error *err);

/* The erasure counters of the handle's current shard ({T}:erasures). */
int mfp_erasure_stats_shard(mf_handle *h, mf_erasure_stats *s, mf_error *err);

/* 1 when the record (len bytes) may hold id (idlen bytes) in the top-level
 * field named by key ("\"user_id\"" with its quotes): forget's client-side
 * prefilter of {P}:pending, a superset of forget_scan.lua's holds(), which
 * confirms. 0 for the placeholder. */
int mfp_forget_may_hold(const char *rec, size_t len, const char *key, const char *id, size_t idlen);

#endif
