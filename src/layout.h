/* layout.h - the one owner of memflush's Redis key layout (contract §2):
 * which shard a conversation belongs to, the hash tag of a shard, the name
 * and type of every key of a shard, and the hash slot of a key on a Redis
 * Cluster. Every other module asks here instead of building key names.
 *
 * Shards: with N = 1 (the default) the queue is today's single one, tag
 * {P}. With N > 1 shard k (0 <= k < N) has tag {P:k}, and a conversation
 * belongs to shard crc32(conversation_id) mod N (CRC-32/IEEE, zlib's crc32).
 * Shard numbers here: MFP_SHARD_ONE (-1) is the {P} queue, k >= 0 is {P:k}. */
#ifndef MF_LAYOUT_H
#define MF_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

#define MFP_MAX_SHARDS 1024
#define MFP_SHARD_ONE (-1)
#define MFP_CLUSTER_SLOTS 16384

/* import-legacy on a Redis Cluster: the keys of its runs live in the
 * legacy key's own slot, under the legacy key's hash tag T (the bytes
 * between its first '{' and the next '}' when not empty, else the whole
 * key): {T}:memflush-import-leases (zset: run id -> lease expiry, ms) and
 * {T}:memflush-import:<run id> (list: the window a run converts). Sets the
 * two names (caller frees; the second is the prefix before the run id); -1
 * with err when no such name can land in the key's slot (a key with a '}'
 * but no hash tag). */
int mfp_layout_import_keys(const char *legacy_key, char **leases, char **inflight_prefix, mf_error *err);
/* Send the next Redis commands to the master of this slot (on a cluster),
 * leaving the shard's key names as they are; mfp_layout_use goes back. */
void mfp_layout_use_slot(mf_handle *h, unsigned slot);

/* The keys of one shard, all under its hash tag. */
enum mfp_key_kind {
    MFP_K_PENDING,          /* {T}:pending          list of records waiting */
    MFP_K_DEAD,             /* {T}:dead             list of dead-letter entries */
    MFP_K_LEASES,           /* {T}:leases           zset flusher id -> lease expiry (ms) */
    MFP_K_INFLIGHT,         /* {T}:inflight:<id>    prefix: one list per flusher */
    MFP_K_CTX,              /* {T}:ctx:<cid>        prefix: one context list per conversation */
    MFP_K_LEGACY_LEASES,    /* {T}:legacy-leases    zset (import-legacy) */
    MFP_K_LEGACY_INFLIGHT,  /* {T}:legacy-inflight:<id> prefix: lists (import-legacy) */
    MFP_K_UIDX,             /* {T}:uidx:<day>       prefix: zsets "<user id>\0<ctx key>" (forget's index) */
    MFP_K_FORGET,           /* {T}:forget           hash: forgets in progress (docs/forget.md) */
    MFP_K_ERASURES,         /* {T}:erasures         hash: counters of forget and prune */
    MFP_K_COUNT
};

/* The key suffix after "{T}:" ("pending", "inflight:", ...). */
const char *mfp_layout_suffix(enum mfp_key_kind k);
/* The Redis type of the key ("list", "zset"), as TYPE names it. */
const char *mfp_layout_type(enum mfp_key_kind k);

/* CRC-32/IEEE (zlib's crc32: reflected 0xEDB88320, init and xorout all ones). */
uint32_t mfp_crc32(const void *p, size_t n);
/* CRC-16/XMODEM (CCITT polynomial 0x1021, init 0), Redis Cluster's key hash. */
uint16_t mfp_crc16(const void *p, size_t n);
/* The Redis Cluster hash slot of a key: CRC16 of the hash tag (the bytes
 * between the first '{' and the next '}', when not empty) or of the whole
 * key, mod 16384. */
unsigned mfp_key_slot(const char *key, size_t n);
/* The shard of a conversation with nshards shards: MFP_SHARD_ONE when
 * nshards <= 1, else crc32(cid) mod nshards. */
int mfp_shard_of(long nshards, const char *cid, size_t n);
/* The hash tag of a shard, braces included: "{P}" or "{P:k}". Caller frees. */
char *mfp_layout_tag(const char *prefix, int shard);

/* One shard's key names (owned by the handle's cache). */
typedef struct mfp_shard {
    int shard;
    unsigned slot;                 /* the cluster hash slot of every key of the shard */
    char *key[MFP_K_COUNT];        /* full names (prefixes end with ':') */
    char *own_inflight;            /* {T}:inflight:<this handle's flusher id> */
} mfp_shard;

/* The keys of shard (MFP_SHARD_ONE or 0..MFP_MAX_SHARDS-1), built once per
 * handle. NULL with err on a bad shard number or out of memory. */
const mfp_shard *mfp_layout_shard(mf_handle *h, int shard, mf_error *err);
/* Make shard the handle's current one: h->k_pending ... point at its keys
 * and Redis commands go to the node of its slot. 0 or -1 with err. */
int mfp_layout_use(mf_handle *h, int shard, mf_error *err);
/* The shard the handle is configured to save a conversation to. */
int mfp_layout_shard_of(const mf_handle *h, const char *cid, size_t n);
/* The configured shards: MFP_SHARD_ONE alone when N = 1, else 0..N-1. */
size_t mfp_layout_configured(const mf_handle *h, int *out, size_t max);
/* Free the handle's cache. */
void mfp_layout_free(mf_handle *h);

/* The registry of shard counts ever saved with ({P}:shards, a set):
 * a handle adds its N once before its first save (mfp_layout_register),
 * and flush, stats, dlq and check read it (mfp_layout_all) to find shards
 * a change of N left behind. */
int mfp_layout_register(mf_handle *h, mf_error *err);
/* Every shard that may hold records: the configured ones first, then
 * {P} (always: data from before shards, and import-legacy's queue), then
 * those of every count in the registry. *n: how many. -1 with err when
 * Redis fails. counts (optional) gets the registry's counts, sorted. */
int mfp_layout_all(mf_handle *h, int *out, size_t max, size_t *n, long *counts, size_t maxc, size_t *ncounts,
                   mf_error *err);

#endif
