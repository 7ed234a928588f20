/* saver.c - bulk saving: turns grouped into calls of src/lua/save_many.lua
 * (up to SAVER_CALL_MAX turns each, one EVALSHA), the calls pipelined and
 * their replies read after every chunk, so memory stays bounded by the chunk
 * whatever the input size. Knows nothing about files or lines (the CLI reads
 * those) nor about PostgreSQL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "save.h"

/* Send a chunk early when its records add up to this many bytes. */
#define SAVER_MAX_CHUNK_BYTES (8u * 1024 * 1024)
#define SAVER_MAX_CHUNK 100000u
/* Turns per script call, and bytes after which a call is closed early: one
 * call runs atomically in Redis, so it is kept short (~1 ms) */
#define SAVER_CALL_MAX 256u
#define SAVER_CALL_BYTES (1024u * 1024)
/* open-addressing table of the current call's distinct conversations */
#define SAVER_HASH 1024u

/* One queued turn: its record in keep and the KEYS index of its context list. */
typedef struct queued_rec {
    size_t json_off;
    size_t json_len;
    unsigned key;     /* 2.. within its call */
} queued_rec;

/* One script call: a range of recs and of keys. */
typedef struct saver_call {
    size_t rec0, nrec;
    size_t key0, nkey;
    size_t bytes;
} saver_call;

struct mf_saver {
    mf_handle *h;
    size_t chunk;
    char sha[41];
    char cmax[24], ttl[24];
    queued_rec *recs;   /* the chunk's turns (chunk entries) */
    size_t nrec;
    size_t *key_off;    /* the chunk's ctx keys, NUL-terminated, in keep */
    size_t *key_len;
    size_t nkey;
    saver_call *calls;  /* closed calls, then the open one at ncall */
    size_t ncall;       /* closed (appended to hiredis) calls */
    size_t call_cap;
    int hash[SAVER_HASH]; /* key index + 1 within the open call, 0: free */
    mfp_buf keep;       /* the queued records' keys and JSON */
    const char **argv;  /* scratch for one call */
    size_t *lens;
    char idx[SAVER_CALL_MAX + 2][8]; /* "2".."257" as text */
    uint64_t stored;
};

mf_saver *mf_saver_new(mf_handle *h, size_t chunk, mf_error *err)
{
    mf_saver *s;
    const char *sha;
    size_t i, argc = 6 + 3 * (size_t)SAVER_CALL_MAX;

    if (h == NULL) {
        mfp_seterr(err, MF_ECONFIG, "mf_saver_new needs a handle");
        return NULL;
    }
    if (chunk == 0)
        chunk = 1000;
    if (chunk > SAVER_MAX_CHUNK)
        chunk = SAVER_MAX_CHUNK;
    /* loads the script, and connects: a dead server shows up here */
    sha = mfp_redis_script_sha(h, mfp_lua_save_many, err);
    if (sha == NULL)
        return NULL;
    s = calloc(1, sizeof(*s));
    if (s == NULL)
        goto oom;
    s->call_cap = chunk + 1;
    s->recs = calloc(chunk, sizeof(*s->recs));
    s->key_off = calloc(chunk, sizeof(*s->key_off));
    s->key_len = calloc(chunk, sizeof(*s->key_len));
    s->calls = calloc(s->call_cap, sizeof(*s->calls));
    s->argv = calloc(argc, sizeof(*s->argv));
    s->lens = calloc(argc, sizeof(*s->lens));
    if (!s->recs || !s->key_off || !s->key_len || !s->calls || !s->argv || !s->lens)
        goto oom;
    s->h = h;
    s->chunk = chunk;
    memcpy(s->sha, sha, sizeof(s->sha));
    snprintf(s->cmax, sizeof(s->cmax), "%ld", h->cfg->context_max);
    snprintf(s->ttl, sizeof(s->ttl), "%ld", h->cfg->ttl_seconds);
    for (i = 0; i < SAVER_CALL_MAX + 2; i++)
        snprintf(s->idx[i], sizeof(s->idx[i]), "%zu", i);
    mfp_buf_init(&s->keep);
    return s;
oom:
    mfp_seterr(err, MF_ENOMEM, "out of memory");
    mf_saver_free(s); /* s->h is still NULL: the connection is left alone */
    return NULL;
}

void mf_saver_free(mf_saver *s)
{
    if (s == NULL)
        return;
    /* replies still owed for unsent work would confuse the next user of the
     * connection: drop it (the next call reconnects) */
    if (s->h != NULL && s->ncall > 0)
        mfp_redis_drop(s->h);
    mfp_buf_free(&s->keep);
    free(s->recs);
    free(s->key_off);
    free(s->key_len);
    free(s->calls);
    free(s->argv);
    free(s->lens);
    free(s);
}

uint64_t mf_saver_stored(const mf_saver *s)
{
    return s ? s->stored : 0;
}

static void forget_chunk(mf_saver *s)
{
    s->nrec = 0;
    s->nkey = 0;
    s->ncall = 0;
    memset(&s->calls[0], 0, sizeof(s->calls[0]));
    memset(s->hash, 0, sizeof(s->hash));
    mfp_buf_reset(&s->keep);
}

/* The arguments of call c after EVALSHA sha numkeys: KEYS then ARGV, into
 * s->argv / s->lens from index 3. Returns the total argc. */
static int call_args(mf_saver *s, const saver_call *c)
{
    size_t n = 3, i;

    s->argv[n] = s->h->k_pending;
    s->lens[n++] = strlen(s->h->k_pending);
    for (i = 0; i < c->nkey; i++) {
        s->argv[n] = s->keep.data + s->key_off[c->key0 + i];
        s->lens[n++] = s->key_len[c->key0 + i];
    }
    s->argv[n] = s->cmax;
    s->lens[n++] = strlen(s->cmax);
    s->argv[n] = s->ttl;
    s->lens[n++] = strlen(s->ttl);
    for (i = 0; i < c->nrec; i++) {
        const queued_rec *q = &s->recs[c->rec0 + i];
        s->argv[n] = s->idx[q->key];
        s->lens[n++] = strlen(s->idx[q->key]);
        s->argv[n] = s->keep.data + q->json_off;
        s->lens[n++] = q->json_len;
    }
    return (int)n;
}

/* Append the open call to hiredis' output buffer (nothing is sent yet). */
static int close_call(mf_saver *s, mf_error *err)
{
    saver_call *c = &s->calls[s->ncall];
    char numkeys[16];
    int argc, done = 0;

    if (c->nrec == 0)
        return 0;
    if (s->h->redis == NULL) /* dropped while replies were owed */
        return mfp_seterr(err, MF_ETRANSIENT, "the Redis connection was lost; run again when Redis is back");
    argc = call_args(s, c);
    snprintf(numkeys, sizeof(numkeys), "%zu", c->nkey + 1);
    s->argv[0] = "EVALSHA";
    s->lens[0] = 7;
    s->argv[1] = s->sha;
    s->lens[1] = 40;
    s->argv[2] = numkeys;
    s->lens[2] = strlen(numkeys);
    if (redisAppendCommandArgv(s->h->redis, argc, s->argv, s->lens) != REDIS_OK) {
        /* nothing half-appended can be taken back out of hiredis' buffer */
        mfp_redis_drop(s->h);
        forget_chunk(s);
        return mfp_seterr(err, MF_ENOMEM, "out of memory while queueing turns");
    }
    /* send it now, so Redis runs it while the next call is being built; a
     * write error leaves the context failed and shows up when the replies
     * are read (mf_saver_flush) */
    do {
        if (redisBufferWrite(s->h->redis, &done) != REDIS_OK)
            break;
    } while (!done);
    s->ncall++;
    memset(&s->calls[s->ncall], 0, sizeof(s->calls[0]));
    s->calls[s->ncall].rec0 = s->nrec;
    s->calls[s->ncall].key0 = s->nkey;
    memset(s->hash, 0, sizeof(s->hash));
    return 0;
}

static unsigned hash_bytes(const char *p, size_t n)
{
    unsigned h = 2166136261u; /* FNV-1a */
    size_t i;
    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

/* The KEYS index (2..) of conversation conv in the open call, adding its
 * ctx key to keep when new. 0 on out-of-memory. */
static unsigned call_key(mf_saver *s, const char *conv, size_t conv_len)
{
    saver_call *c = &s->calls[s->ncall];
    size_t plen = strlen(s->h->k_ctx_prefix), k, off;
    unsigned slot = hash_bytes(conv, conv_len) & (SAVER_HASH - 1);

    while (s->hash[slot] != 0) {
        k = (size_t)s->hash[slot] - 1;
        if (s->key_len[k] == plen + conv_len &&
            memcmp(s->keep.data + s->key_off[k] + plen, conv, conv_len) == 0)
            return (unsigned)(k - c->key0 + 2);
        slot = (slot + 1) & (SAVER_HASH - 1);
    }
    off = s->keep.len;
    mfp_buf_puts(&s->keep, s->h->k_ctx_prefix);
    mfp_buf_append(&s->keep, conv, conv_len);
    mfp_buf_putc(&s->keep, '\0');
    if (s->keep.oom)
        return 0;
    k = s->nkey++;
    s->key_off[k] = off;
    s->key_len[k] = plen + conv_len;
    s->hash[slot] = (int)k + 1;
    c->nkey++;
    c->bytes += plen + conv_len;
    return (unsigned)(k - c->key0 + 2);
}

int mf_saver_add(mf_saver *s, const char *json, size_t len, mf_error *err)
{
    mf_handle *h;
    mfp_record rec;
    redisContext *rc_;
    saver_call *c;
    queued_rec *q;
    size_t off, json_len;
    unsigned key;
    int rc = -1;

    if (s == NULL || json == NULL)
        return mfp_seterr(err, MF_ECONFIG, "mf_saver_add needs a saver and a record");
    h = s->h;
    if (mfp_save_parse(h, json, len, &rec, err) != 0 || mfp_record_complete(&rec, err) != 0)
        goto done;
    if (s->nrec == 0 && mfp_redis_get(h, &rc_, err) != 0)
        goto done;
    c = &s->calls[s->ncall];
    if (c->nrec >= SAVER_CALL_MAX || c->bytes >= SAVER_CALL_BYTES) {
        if (close_call(s, err) != 0)
            goto done;
        c = &s->calls[s->ncall];
    }
    off = s->keep.len;
    if (mfp_record_write_json(&s->keep, &rec) != 0 || mfp_buf_putc(&s->keep, '\0') != 0)
        goto oom;
    json_len = s->keep.len - off - 1;
    if (mfp_save_check_size(h, json_len, err) != 0) {
        s->keep.len = off; /* not queued */
        goto done;
    }
    key = call_key(s, rec.conversation_id, rec.conversation_id_len);
    if (key == 0)
        goto oom;
    q = &s->recs[s->nrec++];
    q->json_off = off;
    q->json_len = json_len;
    q->key = key;
    c->nrec++;
    c->bytes += q->json_len;
    rc = 0;
    if (s->nrec >= s->chunk || s->keep.len >= SAVER_MAX_CHUNK_BYTES)
        rc = mf_saver_flush(s, err);
done:
    mfp_record_clear(&rec);
    return rc;
oom:
    /* keep is unusable; nothing of this chunk was sent yet: start afresh */
    mfp_redis_drop(h);
    forget_chunk(s);
    mfp_seterr(err, MF_ENOMEM, "out of memory while queueing a turn");
    goto done;
}

/* Count what a save_many reply says was stored; a skipped conversation
 * (foreign ctx key type) sets err. */
static int call_reply(mf_saver *s, redisReply *r, mf_error *err)
{
    if (mfp_redis_reply_ok(s->h, r, "saving turns", err) != 0)
        return -1;
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 1 || r->element[0]->type != REDIS_REPLY_INTEGER)
        return mfp_seterr(err, MF_ECONFIG, "redis gave an unexpected reply to the save script; "
                                           "check that REDIS_URL points to a Redis server");
    s->stored += (uint64_t)r->element[0]->integer;
    if (r->elements >= 2 && r->element[1]->type == REDIS_REPLY_STRING)
        return mfp_seterr(err, MF_EPRIVILEGE,
                          "redis refused saving turns: %s; a memflush key holds another type: check the prefix "
                          "(--prefix / MEMFLUSH_PREFIX) or move the foreign key away; the turns of that "
                          "conversation were not saved",
                          r->element[1]->str);
    return 0;
}

/* Send one call again with the loading path (after NOSCRIPT). */
static int resend(mf_saver *s, const saver_call *c, mf_error *err)
{
    redisReply *r;
    int argc = call_args(s, c), rc;

    r = mfp_redis_script(s->h, mfp_lua_save_many, (int)c->nkey + 1, s->argv + 3, argc - 4 - (int)c->nkey,
                         s->argv + 4 + c->nkey, s->lens + 4 + c->nkey, "saving turns", err);
    if (r == NULL)
        return -1;
    rc = call_reply(s, r, err);
    freeReplyObject(r);
    return rc;
}

int mf_saver_flush(mf_saver *s, mf_error *err)
{
    mf_handle *h;
    size_t i, ncall, n_noscript = 0;
    char *noscript = NULL;
    int rc = 0;

    if (s == NULL || s->nrec == 0)
        return 0;
    h = s->h;
    if (close_call(s, err) != 0)
        return -1;
    ncall = s->ncall;
    noscript = calloc(ncall, 1);
    if (noscript == NULL) {
        mfp_redis_drop(h);
        forget_chunk(s);
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    }
    for (i = 0; i < ncall; i++) {
        void *rep = NULL;
        redisReply *r;

        if (h->redis == NULL || redisGetReply(h->redis, &rep) != REDIS_OK) {
            /* an I/O error: what was not confirmed may or may not be stored */
            mfp_redis_reply_ok(h, NULL, "saving turns", err);
            rc = -1;
            break;
        }
        r = rep;
        if (r->type == REDIS_REPLY_ERROR && strncmp(r->str, "NOSCRIPT", 8) == 0) {
            noscript[i] = 1; /* Redis restarted or flushed its scripts: resend below */
            n_noscript++;
        } else if (call_reply(s, r, err) != 0) {
            rc = -1; /* keep reading: every reply must be drained */
        }
        freeReplyObject(r);
    }
    s->ncall = 0; /* every reply read (or the connection dropped) */
    for (i = 0; rc == 0 && n_noscript > 0 && i < ncall; i++)
        if (noscript[i] && resend(s, &s->calls[i], err) != 0)
            rc = -1;
    free(noscript);
    forget_chunk(s);
    return rc;
}
