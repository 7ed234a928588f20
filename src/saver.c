/* saver.c - bulk saving: many runs of src/lua/save.lua pipelined with
 * EVALSHA, replies read after every chunk, so memory stays bounded by the
 * chunk whatever the input size. Knows nothing about files or lines (the CLI
 * reads those) nor about PostgreSQL. */
#include <stdlib.h>
#include <string.h>

#include "save.h"

/* Send a chunk early when its records add up to this many bytes. */
#define SAVER_MAX_CHUNK_BYTES (8u * 1024 * 1024)
#define SAVER_MAX_CHUNK 100000u

/* What is needed to send one queued record again (after NOSCRIPT). */
typedef struct queued_rec {
    size_t key_off;   /* ctx key, NUL-terminated, in keep */
    size_t json_off;  /* record in keep */
    size_t json_len;
} queued_rec;

struct mf_saver {
    mf_handle *h;
    size_t chunk;
    char sha[41];
    char cmax[24], ttl[24];
    size_t queued;      /* commands appended whose replies are not read yet */
    queued_rec *recs;   /* chunk entries */
    mfp_buf keep;       /* the queued records' keys and JSON */
    uint64_t stored;
};

mf_saver *mf_saver_new(mf_handle *h, size_t chunk, mf_error *err)
{
    mf_saver *s;
    const char *sha;

    if (h == NULL) {
        mfp_seterr(err, MF_ECONFIG, "mf_saver_new needs a handle");
        return NULL;
    }
    if (chunk == 0)
        chunk = 1000;
    if (chunk > SAVER_MAX_CHUNK)
        chunk = SAVER_MAX_CHUNK;
    /* loads the script, and connects: a dead server shows up here */
    sha = mfp_redis_script_sha(h, mfp_lua_save, err);
    if (sha == NULL)
        return NULL;
    s = calloc(1, sizeof(*s));
    if (s == NULL || (s->recs = calloc(chunk, sizeof(*s->recs))) == NULL) {
        free(s);
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        return NULL;
    }
    s->h = h;
    s->chunk = chunk;
    memcpy(s->sha, sha, sizeof(s->sha));
    mfp_buf_init(&s->keep);
    return s;
}

void mf_saver_free(mf_saver *s)
{
    if (s == NULL)
        return;
    /* replies still owed for unsent work would confuse the next user of the
     * connection: drop it (the next call reconnects) */
    if (s->queued > 0)
        mfp_redis_drop(s->h);
    mfp_buf_free(&s->keep);
    free(s->recs);
    free(s);
}

uint64_t mf_saver_stored(const mf_saver *s)
{
    return s ? s->stored : 0;
}

static void forget_chunk(mf_saver *s)
{
    s->queued = 0;
    mfp_buf_reset(&s->keep);
}

int mf_saver_add(mf_saver *s, const char *json, size_t len, mf_error *err)
{
    mf_handle *h;
    mfp_record rec;
    mfp_save_args a;
    redisContext *c;
    const char *argv[8];
    size_t lens[8];
    queued_rec *q;
    int rc = -1;

    if (s == NULL || json == NULL)
        return mfp_seterr(err, MF_ECONFIG, "mf_saver_add needs a saver and a record");
    h = s->h;
    memset(&a, 0, sizeof(a));
    if (mfp_save_parse(h, json, len, &rec, err) != 0)
        goto done;
    if (mfp_save_args_build(h, &rec, &a, err) != 0)
        goto done;
    if (s->queued == 0 && mfp_redis_get(h, &c, err) != 0)
        goto done;
    c = h->redis;
    if (c == NULL) { /* dropped while replies were owed: cannot happen after flush resets */
        mfp_seterr(err, MF_ETRANSIENT, "the Redis connection was lost; run again when Redis is back");
        goto done;
    }
    memcpy(s->cmax, a.cmax, sizeof(s->cmax));
    memcpy(s->ttl, a.ttl, sizeof(s->ttl));
    argv[0] = "EVALSHA";
    argv[1] = s->sha;
    argv[2] = "2";
    argv[3] = h->k_pending;
    argv[4] = a.ctx_key;
    argv[5] = a.json;
    argv[6] = a.cmax;
    argv[7] = a.ttl;
    lens[0] = 7;
    lens[1] = 40;
    lens[2] = 1;
    lens[3] = strlen(h->k_pending);
    lens[4] = strlen(a.ctx_key);
    lens[5] = a.json_len;
    lens[6] = strlen(a.cmax);
    lens[7] = strlen(a.ttl);
    q = &s->recs[s->queued];
    q->key_off = s->keep.len;
    mfp_buf_append(&s->keep, a.ctx_key, lens[4] + 1);
    q->json_off = s->keep.len;
    q->json_len = a.json_len;
    mfp_buf_append(&s->keep, a.json, a.json_len + 1);
    if (s->keep.oom || redisAppendCommandArgv(c, 8, argv, lens) != REDIS_OK) {
        /* nothing half-appended can be taken back out of hiredis' buffer */
        mfp_redis_drop(h);
        forget_chunk(s);
        mfp_seterr(err, MF_ENOMEM, "out of memory while queueing a turn");
        goto done;
    }
    s->queued++;
    rc = 0;
    if (s->queued >= s->chunk || s->keep.len >= SAVER_MAX_CHUNK_BYTES)
        rc = mf_saver_flush(s, err);
done:
    mfp_save_args_clear(&a);
    mfp_record_clear(&rec);
    return rc;
}

/* Send one queued record again with the loading EVAL path. */
static int resend(mf_saver *s, const queued_rec *q, mf_error *err)
{
    mf_handle *h = s->h;
    const char *keys[2], *args[3];
    size_t lens[3];
    redisReply *r;

    keys[0] = h->k_pending;
    keys[1] = s->keep.data + q->key_off;
    args[0] = s->keep.data + q->json_off;
    lens[0] = q->json_len;
    args[1] = s->cmax;
    lens[1] = strlen(s->cmax);
    args[2] = s->ttl;
    lens[2] = strlen(s->ttl);
    r = mfp_redis_script(h, mfp_lua_save, 2, keys, 3, args, lens, "saving a turn", err);
    if (r == NULL)
        return -1;
    freeReplyObject(r);
    s->stored++;
    return 0;
}

int mf_saver_flush(mf_saver *s, mf_error *err)
{
    mf_handle *h;
    size_t i, n_noscript = 0;
    char *noscript = NULL;
    int rc = 0;

    if (s == NULL || s->queued == 0)
        return 0;
    h = s->h;
    noscript = calloc(s->queued, 1);
    if (noscript == NULL) {
        mfp_redis_drop(h);
        forget_chunk(s);
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    }
    for (i = 0; i < s->queued; i++) {
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
        } else if (mfp_redis_reply_ok(h, r, "saving turns", err) != 0) {
            rc = -1; /* keep reading: every reply must be drained */
        } else {
            s->stored++;
        }
        freeReplyObject(r);
    }
    for (i = 0; rc == 0 && n_noscript > 0 && i < s->queued; i++)
        if (noscript[i] && resend(s, &s->recs[i], err) != 0)
            rc = -1;
    free(noscript);
    forget_chunk(s);
    return rc;
}
