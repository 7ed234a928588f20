/* layout.c - the Redis key layout (contract §2): shard function, hash tags,
 * key names and types, cluster hash slots, the registry of shard counts.
 * Knows nothing about what the keys hold; see queue.c, save.c, dlq.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "layout.h"

static const struct {
    const char *suffix, *type;
} kinds[MFP_K_COUNT] = {
    [MFP_K_PENDING] = {"pending", "list"},
    [MFP_K_DEAD] = {"dead", "list"},
    [MFP_K_LEASES] = {"leases", "zset"},
    [MFP_K_INFLIGHT] = {"inflight:", "list"},
    [MFP_K_CTX] = {"ctx:", "list"},
    [MFP_K_LEGACY_LEASES] = {"legacy-leases", "zset"},
    [MFP_K_LEGACY_INFLIGHT] = {"legacy-inflight:", "list"},
    [MFP_K_UIDX] = {"uidx:", "zset"},
    [MFP_K_FORGET] = {"forget", "hash"},
    [MFP_K_ERASURES] = {"erasures", "hash"},
};

const char *mfp_layout_suffix(enum mfp_key_kind k)
{
    return kinds[k].suffix;
}

const char *mfp_layout_type(enum mfp_key_kind k)
{
    return kinds[k].type;
}

uint32_t mfp_crc32(const void *p, size_t n)
{
    uLong c = crc32(0L, Z_NULL, 0);

    /* zlib takes a uInt length: feed it in pieces */
    while (n > 0) {
        uInt part = n > (1u << 30) ? (1u << 30) : (uInt)n;
        c = crc32(c, (const Bytef *)p, part);
        p = (const char *)p + part;
        n -= part;
    }
    return (uint32_t)c;
}

uint16_t mfp_crc16(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint16_t crc = 0;
    size_t i;
    int b;

    for (i = 0; i < n; i++) {
        crc ^= (uint16_t)(s[i] << 8);
        for (b = 0; b < 8; b++)
            crc = (uint16_t)(crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1);
    }
    return crc;
}

unsigned mfp_key_slot(const char *key, size_t n)
{
    const char *open = memchr(key, '{', n), *close;

    if (open != NULL) {
        close = memchr(open + 1, '}', n - (size_t)(open + 1 - key));
        if (close != NULL && close > open + 1)
            return mfp_crc16(open + 1, (size_t)(close - open - 1)) & (MFP_CLUSTER_SLOTS - 1);
    }
    return mfp_crc16(key, n) & (MFP_CLUSTER_SLOTS - 1);
}

int mfp_shard_of(long nshards, const char *cid, size_t n)
{
    if (nshards <= 1)
        return MFP_SHARD_ONE;
    return (int)(mfp_crc32(cid, n) % (uint32_t)nshards);
}

char *mfp_layout_tag(const char *prefix, int shard)
{
    mfp_buf b;

    mfp_buf_init(&b);
    if (shard == MFP_SHARD_ONE)
        mfp_buf_printf(&b, "{%s}", prefix);
    else
        mfp_buf_printf(&b, "{%s:%d}", prefix, shard);
    return mfp_buf_steal(&b);
}

static void shard_free(mfp_shard *s)
{
    int k;

    if (s == NULL)
        return;
    for (k = 0; k < MFP_K_COUNT; k++)
        free(s->key[k]);
    free(s->own_inflight);
    free(s);
}

static mfp_shard *shard_new(const char *prefix, int shard, const char *flusher_id)
{
    mfp_shard *s = calloc(1, sizeof(*s));
    char *tag = mfp_layout_tag(prefix, shard);
    int k;

    if (s == NULL || tag == NULL)
        goto oom;
    s->shard = shard;
    s->slot = mfp_key_slot(tag, strlen(tag));
    for (k = 0; k < MFP_K_COUNT; k++) {
        mfp_buf b;
        mfp_buf_init(&b);
        mfp_buf_printf(&b, "%s:%s", tag, kinds[k].suffix);
        if ((s->key[k] = mfp_buf_steal(&b)) == NULL)
            goto oom;
    }
    {
        mfp_buf b;
        mfp_buf_init(&b);
        mfp_buf_printf(&b, "%s%s", s->key[MFP_K_INFLIGHT], flusher_id);
        if ((s->own_inflight = mfp_buf_steal(&b)) == NULL)
            goto oom;
    }
    free(tag);
    return s;
oom:
    free(tag);
    shard_free(s);
    return NULL;
}

const mfp_shard *mfp_layout_shard(mf_handle *h, int shard, mf_error *err)
{
    if (shard < MFP_SHARD_ONE || shard >= MFP_MAX_SHARDS) {
        mfp_seterr(err, MF_ECONFIG, "shard %d does not exist: shards are numbered 0 to %d", shard,
                   MFP_MAX_SHARDS - 1);
        return NULL;
    }
    if (h->shard_cache == NULL && (h->shard_cache = calloc(MFP_MAX_SHARDS + 1, sizeof(*h->shard_cache))) == NULL)
        goto oom;
    if (h->shard_cache[shard + 1] == NULL && (h->shard_cache[shard + 1] = shard_new(h->cfg->prefix, shard, h->flusher_id)) == NULL)
        goto oom;
    return h->shard_cache[shard + 1];
oom:
    mfp_seterr(err, MF_ENOMEM, "out of memory");
    return NULL;
}

int mfp_layout_use(mf_handle *h, int shard, mf_error *err)
{
    const mfp_shard *s = mfp_layout_shard(h, shard, err);

    if (s == NULL)
        return -1;
    h->cur_shard = shard;
    h->cur_slot = (int)s->slot;
    h->k_pending = s->key[MFP_K_PENDING];
    h->k_dead = s->key[MFP_K_DEAD];
    h->k_leases = s->key[MFP_K_LEASES];
    h->k_inflight_prefix = s->key[MFP_K_INFLIGHT];
    h->k_ctx_prefix = s->key[MFP_K_CTX];
    h->k_inflight = s->own_inflight;
    h->k_uidx_prefix = s->key[MFP_K_UIDX];
    h->k_forget = s->key[MFP_K_FORGET];
    h->k_erasures = s->key[MFP_K_ERASURES];
    return 0;
}

int mfp_layout_import_keys(const char *legacy_key, char **leases, char **inflight_prefix, mf_error *err)
{
    size_t n = strlen(legacy_key), tn = n;
    const char *open = memchr(legacy_key, '{', n), *close = NULL, *tag = legacy_key;
    mfp_buf b;

    *leases = *inflight_prefix = NULL;
    if (open != NULL)
        close = memchr(open + 1, '}', n - (size_t)(open + 1 - legacy_key));
    if (close != NULL && close > open + 1) {
        tag = open + 1;
        tn = (size_t)(close - tag);
    } else if (memchr(legacy_key, '}', n) != NULL) {
        return mfp_seterr(err, MF_ECONFIG, "the legacy key \"%.200s\" has a '}' but no hash tag, so import-legacy "
                          "cannot name keys in its slot on a Redis Cluster; copy the list to a name without '}' "
                          "(RENAME refuses it there: the names are in different slots; LRANGE then RPUSH, "
                          "then DEL the old key) and pass that name in --key",
                          legacy_key);
    }
    mfp_buf_init(&b);
    mfp_buf_printf(&b, "{%.*s}:memflush-import-leases", (int)tn, tag);
    *leases = mfp_buf_steal(&b);
    mfp_buf_init(&b);
    mfp_buf_printf(&b, "{%.*s}:memflush-import:", (int)tn, tag);
    *inflight_prefix = mfp_buf_steal(&b);
    if (*leases == NULL || *inflight_prefix == NULL) {
        free(*leases);
        free(*inflight_prefix);
        *leases = *inflight_prefix = NULL;
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    }
    return 0;
}

void mfp_layout_use_slot(mf_handle *h, unsigned slot)
{
    h->cur_slot = (int)(slot & (MFP_CLUSTER_SLOTS - 1));
}

int mfp_layout_shard_of(const mf_handle *h, const char *cid, size_t n)
{
    return mfp_shard_of(h->cfg->shards, cid, n);
}

size_t mfp_layout_configured(const mf_handle *h, int *out, size_t max)
{
    long i, n = h->cfg->shards;

    if (n <= 1) {
        if (max > 0)
            out[0] = MFP_SHARD_ONE;
        return 1;
    }
    for (i = 0; i < n && (size_t)i < max; i++)
        out[i] = (int)i;
    return (size_t)n;
}

void mfp_layout_free(mf_handle *h)
{
    int i;

    if (h->shard_cache == NULL)
        return;
    for (i = 0; i <= MFP_MAX_SHARDS; i++)
        shard_free(h->shard_cache[i]);
    free(h->shard_cache);
    h->shard_cache = NULL;
}

/* {P}:shards */
static int registry_key(mf_handle *h, char **out, mf_error *err)
{
    if (h->k_registry == NULL && (h->k_registry = mfp_key(h, "shards")) == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    *out = h->k_registry;
    return 0;
}

/* Run one command on the node of {P}, then go back to the current shard. */
static redisReply *on_registry(mf_handle *h, const char *what, mf_error *err, int argc, const char **argv)
{
    int back = h->cur_shard;
    mfp_rconn *c;
    redisReply *r = NULL;

    if (mfp_layout_use(h, MFP_SHARD_ONE, err) != 0)
        return NULL;
    if (mfp_redis_get(h, &c, err) == 0) {
        r = mfp_rconn_command_argv(c, argc, argv, NULL);
        if (mfp_redis_reply_ok(h, r, what, err) != 0) {
            if (r != NULL)
                freeReplyObject(r);
            r = NULL;
        }
    }
    if (mfp_layout_use(h, back, r == NULL ? NULL : err) != 0 && r != NULL) {
        freeReplyObject(r);
        r = NULL;
    }
    return r;
}

int mfp_layout_register(mf_handle *h, mf_error *err)
{
    char *key = NULL, num[24];
    const char *argv[3];
    redisReply *r;

    if (h->registered || h->cfg->shards <= 1)
        return 0; /* N = 1 is {P}, which every reader drains anyway */
    if (registry_key(h, &key, err) != 0)
        return -1;
    snprintf(num, sizeof(num), "%ld", h->cfg->shards);
    argv[0] = "SADD";
    argv[1] = key;
    argv[2] = num;
    r = on_registry(h, "registering the shard count", err, 3, argv);
    if (r == NULL)
        return -1;
    freeReplyObject(r);
    h->registered = 1;
    return 0;
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

static void add_shard(int *out, size_t max, size_t *n, int s)
{
    size_t i;

    for (i = 0; i < *n && i < max; i++)
        if (out[i] == s)
            return;
    if (*n < max)
        out[*n] = s;
    (*n)++;
}

int mfp_layout_all(mf_handle *h, int *out, size_t max, size_t *n, long *counts, size_t maxc, size_t *ncounts,
                   mf_error *err)
{
    long got[64];
    size_t ng = 0, i;
    char *key = NULL;
    const char *argv[2];
    redisReply *r;
    long c, k;

    *n = 0;
    if (registry_key(h, &key, err) != 0)
        return -1;
    argv[0] = "SMEMBERS";
    argv[1] = key;
    r = on_registry(h, "reading the shard counts", err, 2, argv);
    if (r == NULL)
        return -1;
    if (r->type == REDIS_REPLY_ARRAY)
        for (i = 0; i < r->elements && ng < sizeof(got) / sizeof(got[0]); i++) {
            const redisReply *e = r->element[i];
            if (e->type != REDIS_REPLY_STRING)
                continue;
            c = strtol(e->str, NULL, 10);
            if (c >= 1 && c <= MFP_MAX_SHARDS)
                got[ng++] = c;
        }
    freeReplyObject(r);
    qsort(got, ng, sizeof(got[0]), cmp_long);
    *n = mfp_layout_configured(h, out, max);
    add_shard(out, max, n, MFP_SHARD_ONE);
    for (i = 0; i < ng; i++)
        for (k = 0; k < got[i] && got[i] > 1; k++)
            add_shard(out, max, n, (int)k);
    if (ncounts != NULL) {
        for (i = 0; i < ng && i < maxc; i++)
            counts[i] = got[i];
        *ncounts = ng;
    }
    if (*n > max)
        *n = max;
    return 0;
}
