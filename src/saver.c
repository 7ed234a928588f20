/* saver.c - bulk saving: turns grouped into calls of src/lua/save_many.lua
 * (up to SAVER_CALL_MAX turns each, one EVALSHA), the calls pipelined; a
 * chunk's replies are read once the next chunk is full, so memory stays
 * bounded by two chunks whatever the input size. Knows nothing about files or lines (the CLI reads
 * those) nor about PostgreSQL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "save.h"

/* Send a chunk early when its records add up to this many bytes (two
 * chunks are held at once: one in flight, one being filled). */
#define SAVER_MAX_CHUNK_BYTES (4u * 1024 * 1024)
#define SAVER_MAX_CHUNK 100000u
/* Turns per script call, and bytes after which a call is closed early. One
 * call runs atomically in Redis, so it is kept short; and Redis appends a
 * call's effects to its AOF in one write, which costs it more per byte when
 * large: with the AOF on, calls of 256 turns (330 KB) made push ~25 % slower
 * than calls of 64, which cost the same as 256 without the AOF (bench
 * README, seventh session). */
#define SAVER_CALL_MAX 64u
#define SAVER_CALL_BYTES (128u * 1024)
/* a turn's context-list index goes to the script as one byte */
_Static_assert(SAVER_CALL_MAX <= 256, "save_many.lua's index map holds one byte a turn");
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
    int noscript;     /* Redis answered NOSCRIPT: send again with the script */
} saver_call;

/* The turns of up to 'chunk' adds and their script calls. A chunk's data is
 * kept until every reply of its calls was read (a NOSCRIPT reply sends a call
 * again). */
typedef struct saver_chunk {
    queued_rec *recs;
    size_t nrec;
    size_t *key_off;    /* the chunk's ctx keys, NUL-terminated, in keep */
    size_t *key_len;
    size_t nkey;
    saver_call *calls;  /* closed (appended to hiredis) calls, then the open one at ncall */
    size_t ncall;
    size_t nread;       /* calls whose reply was read */
    mfp_buf keep;       /* the queued records' keys and JSON */
} saver_chunk;

/* While 'fill' is being filled, Redis runs the calls of 'sent'; their replies
 * are read only when 'fill' is full, so the client parses the next chunk while
 * Redis works instead of waiting for it after every chunk. */
struct mf_saver {
    mf_handle *h;
    size_t chunk;
    char sha[41];
    char cmax[24], ttl[24];
    saver_chunk ch[2];
    saver_chunk *fill, *sent;
    int hash[SAVER_HASH]; /* key index + 1 within the open call, 0: free */
    const char **argv;  /* scratch for one call */
    size_t *lens;
    char map[SAVER_CALL_MAX];  /* one call's index map (save_many.lua's ARGV[3]) */
    uint64_t stored;
};

static int chunk_init(saver_chunk *c, size_t chunk)
{
    c->recs = calloc(chunk, sizeof(*c->recs));
    c->key_off = calloc(chunk, sizeof(*c->key_off));
    c->key_len = calloc(chunk, sizeof(*c->key_len));
    c->calls = calloc(chunk + 1, sizeof(*c->calls));
    mfp_buf_init(&c->keep);
    return c->recs && c->key_off && c->key_len && c->calls ? 0 : -1;
}

static void chunk_free(saver_chunk *c)
{
    mfp_buf_free(&c->keep);
    free(c->recs);
    free(c->key_off);
    free(c->key_len);
    free(c->calls);
}

/* Replies still owed by Redis for the chunk's calls. */
static size_t owed(const saver_chunk *c)
{
    return c->ncall - c->nread;
}

mf_saver *mf_saver_new(mf_handle *h, size_t chunk, mf_error *err)
{
    mf_saver *s;
    const char *sha;
    /* EVALSHA sha numkeys, pending and up to one ctx key a turn, cmax ttl
     * map, the records */
    size_t argc = 3 + 1 + SAVER_CALL_MAX + 3 + SAVER_CALL_MAX;

    if (h == NULL) {
        mfp_need("mf_saver_new", "a handle", err);
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
    s->argv = calloc(argc, sizeof(*s->argv));
    s->lens = calloc(argc, sizeof(*s->lens));
    if (chunk_init(&s->ch[0], chunk) != 0 || chunk_init(&s->ch[1], chunk) != 0 || !s->argv || !s->lens)
        goto oom;
    s->fill = &s->ch[0];
    s->sent = &s->ch[1];
    s->h = h;
    s->chunk = chunk;
    memcpy(s->sha, sha, sizeof(s->sha));
    snprintf(s->cmax, sizeof(s->cmax), "%ld", h->cfg->context_max);
    snprintf(s->ttl, sizeof(s->ttl), "%ld", h->cfg->ttl_seconds);
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
    if (s->h != NULL && (owed(&s->ch[0]) > 0 || owed(&s->ch[1]) > 0))
        mfp_redis_drop(s->h);
    chunk_free(&s->ch[0]);
    chunk_free(&s->ch[1]);
    free(s->argv);
    free(s->lens);
    free(s);
}

uint64_t mf_saver_stored(const mf_saver *s)
{
    return s ? s->stored : 0;
}

static void forget_chunk(saver_chunk *c)
{
    c->nrec = 0;
    c->nkey = 0;
    c->ncall = 0;
    c->nread = 0;
    memset(&c->calls[0], 0, sizeof(c->calls[0]));
    mfp_buf_reset(&c->keep);
}

/* Nothing owed can be read any more (the connection was dropped, or a
 * half-appended command): start afresh with empty chunks. */
static void forget_all(mf_saver *s)
{
    forget_chunk(&s->ch[0]);
    forget_chunk(&s->ch[1]);
    memset(s->hash, 0, sizeof(s->hash));
}

/* The arguments of call c of chunk k after EVALSHA sha numkeys: KEYS then
 * ARGV, into s->argv / s->lens from index 3. Returns the total argc. */
static int call_args(mf_saver *s, const saver_chunk *k, const saver_call *c)
{
    size_t n = 3, i;

    s->argv[n] = s->h->k_pending;
    s->lens[n++] = strlen(s->h->k_pending);
    for (i = 0; i < c->nkey; i++) {
        s->argv[n] = k->keep.data + k->key_off[c->key0 + i];
        s->lens[n++] = k->key_len[c->key0 + i];
    }
    s->argv[n] = s->cmax;
    s->lens[n++] = strlen(s->cmax);
    s->argv[n] = s->ttl;
    s->lens[n++] = strlen(s->ttl);
    s->argv[n] = s->map;
    s->lens[n++] = c->nrec;
    for (i = 0; i < c->nrec; i++) {
        const queued_rec *q = &k->recs[c->rec0 + i];
        s->map[i] = (char)(q->key - 2); /* key <= SAVER_CALL_MAX + 1: fits a byte */
        s->argv[n] = k->keep.data + q->json_off;
        s->lens[n++] = q->json_len;
    }
    return (int)n;
}

/* Append the open call of the chunk being filled to hiredis' output buffer
 * and send it. */
static int close_call(mf_saver *s, mf_error *err)
{
    saver_chunk *k = s->fill;
    saver_call *c = &k->calls[k->ncall];
    char numkeys[16];
    int argc, done = 0;

    if (c->nrec == 0)
        return 0;
    if (s->h->redis == NULL) { /* dropped while replies were owed */
        forget_all(s);
        return mfp_seterr(err, MF_ETRANSIENT, "the Redis connection was lost; run again when Redis is back");
    }
    argc = call_args(s, k, c);
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
        forget_all(s);
        return mfp_seterr(err, MF_ENOMEM, "out of memory while queueing turns");
    }
    /* send it now, so Redis runs it while the next call is being built; a
     * write error leaves the context failed and shows up when the replies
     * are read */
    do {
        if (redisBufferWrite(s->h->redis, &done) != REDIS_OK)
            break;
    } while (!done);
    k->ncall++;
    memset(&k->calls[k->ncall], 0, sizeof(k->calls[0]));
    k->calls[k->ncall].rec0 = k->nrec;
    k->calls[k->ncall].key0 = k->nkey;
    memset(s->hash, 0, sizeof(s->hash));
    return 0;
}

/* The KEYS index (2..) of conversation conv in the open call, adding its
 * ctx key to keep when new. 0 on out-of-memory. */
static unsigned call_key(mf_saver *s, const char *conv, size_t conv_len)
{
    saver_chunk *k = s->fill;
    saver_call *c = &k->calls[k->ncall];
    size_t plen = strlen(s->h->k_ctx_prefix), i, off;
    unsigned slot = (unsigned)(mfp_hash(conv, conv_len) & (SAVER_HASH - 1));

    while (s->hash[slot] != 0) {
        i = (size_t)s->hash[slot] - 1;
        if (k->key_len[i] == plen + conv_len &&
            memcmp(k->keep.data + k->key_off[i] + plen, conv, conv_len) == 0)
            return (unsigned)(i - c->key0 + 2);
        slot = (slot + 1) & (SAVER_HASH - 1);
    }
    off = k->keep.len;
    mfp_buf_puts(&k->keep, s->h->k_ctx_prefix);
    mfp_buf_append(&k->keep, conv, conv_len);
    mfp_buf_putc(&k->keep, '\0');
    if (k->keep.oom)
        return 0;
    i = k->nkey++;
    k->key_off[i] = off;
    k->key_len[i] = plen + conv_len;
    s->hash[slot] = (int)i + 1;
    c->nkey++;
    c->bytes += plen + conv_len;
    return (unsigned)(i - c->key0 + 2);
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

/* Read the replies owed for chunk k's closed calls, in order. NOSCRIPT
 * replies only mark their call. -1 when a reply refused work (every reply is
 * still read) or on an I/O error (the connection is dropped: what was not
 * confirmed may or may not be stored). */
static int read_replies(mf_saver *s, saver_chunk *k, int *noscript, mf_error *err)
{
    int rc = 0;

    while (k->nread < k->ncall) {
        void *rep = NULL;
        redisReply *r;

        if (s->h->redis == NULL || redisGetReply(s->h->redis, &rep) != REDIS_OK) {
            mfp_redis_reply_ok(s->h, NULL, "saving turns", err);
            return -1;
        }
        r = rep;
        if (r->type == REDIS_REPLY_ERROR && strncmp(r->str, "NOSCRIPT", 8) == 0) {
            k->calls[k->nread].noscript = 1; /* Redis restarted or flushed its scripts */
            *noscript = 1;
        } else if (call_reply(s, r, err) != 0) {
            rc = -1; /* keep reading: every reply must be drained */
        }
        freeReplyObject(r);
        k->nread++;
    }
    return rc;
}

/* Send again, with the loading path, the calls of chunk k that got NOSCRIPT. */
static int resend(mf_saver *s, saver_chunk *k, mf_error *err)
{
    size_t i;

    for (i = 0; i < k->ncall; i++) {
        const saver_call *c = &k->calls[i];
        redisReply *r;
        int argc, rc;

        if (!c->noscript)
            continue;
        argc = call_args(s, k, c);
        r = mfp_redis_script(s->h, mfp_lua_save_many, (int)c->nkey + 1, s->argv + 3, argc - 4 - (int)c->nkey,
                             s->argv + 4 + c->nkey, s->lens + 4 + c->nkey, "saving turns", err);
        if (r == NULL)
            return -1;
        rc = call_reply(s, r, err);
        freeReplyObject(r);
        if (rc != 0)
            return -1;
    }
    return 0;
}

/* Read the replies owed for the sent chunk and, with all, for the chunk being
 * filled (its closed calls), then forget what is fully answered. A NOSCRIPT
 * needs a synchronous resend, so it drains both chunks first. */
static int collect(mf_saver *s, int all, mf_error *err)
{
    int noscript = 0, rc = 0;

    if (read_replies(s, s->sent, &noscript, err) != 0)
        rc = -1;
    if (s->h->redis == NULL) { /* lost: nothing owed can be read any more */
        forget_all(s);
        return -1;
    }
    if ((all || noscript) && read_replies(s, s->fill, &noscript, err) != 0)
        rc = -1;
    if (s->h->redis == NULL) {
        forget_all(s);
        return -1;
    }
    if (noscript && rc == 0 && (resend(s, s->sent, err) != 0 || resend(s, s->fill, err) != 0))
        rc = -1;
    forget_chunk(s->sent);
    if (all) {
        forget_chunk(s->fill);
        memset(s->hash, 0, sizeof(s->hash));
    } else {
        /* the open call of fill stays; calls resent above are answered */
        size_t i;
        for (i = 0; i < s->fill->ncall; i++)
            s->fill->calls[i].noscript = 0;
    }
    return rc;
}

int mf_saver_add(mf_saver *s, const char *json, size_t len, mf_error *err)
{
    mf_handle *h;
    mfp_record rec;
    redisContext *rc_;
    saver_chunk *k;
    saver_call *c;
    queued_rec *q;
    size_t off, json_len;
    unsigned key;
    int rc = -1;

    if (s == NULL || json == NULL)
        return mfp_need("mf_saver_add", "a saver and a record", err);
    h = s->h;
    if (mfp_save_parse(h, json, len, &rec, err) != 0 || mfp_record_complete(&rec, err) != 0)
        goto done;
    k = s->fill;
    if (k->nrec == 0 && owed(s->sent) == 0 && mfp_redis_get(h, &rc_, err) != 0)
        goto done;
    c = &k->calls[k->ncall];
    if (c->nrec >= SAVER_CALL_MAX || c->bytes >= SAVER_CALL_BYTES) {
        if (close_call(s, err) != 0)
            goto done;
        c = &k->calls[k->ncall];
    }
    off = k->keep.len;
    if (mfp_record_write_json(&k->keep, &rec) != 0 || mfp_buf_putc(&k->keep, '\0') != 0)
        goto oom;
    json_len = k->keep.len - off - 1;
    if (mfp_save_check_size(h, json_len, err) != 0) {
        k->keep.len = off; /* not queued */
        goto done;
    }
    key = call_key(s, rec.conversation_id, rec.conversation_id_len);
    if (key == 0)
        goto oom;
    q = &k->recs[k->nrec++];
    q->json_off = off;
    q->json_len = json_len;
    q->key = key;
    c->nrec++;
    c->bytes += q->json_len;
    rc = 0;
    if (k->nrec >= s->chunk || k->keep.len >= SAVER_MAX_CHUNK_BYTES) {
        /* send the full chunk, take the replies of the previous one (Redis
         * is done with it by now), and fill the other chunk meanwhile */
        saver_chunk *t;
        if (close_call(s, err) != 0) {
            rc = -1;
            goto done;
        }
        rc = collect(s, 0, err);
        t = s->sent;
        s->sent = s->fill;
        s->fill = t;
    }
done:
    mfp_record_clear(&rec);
    return rc;
oom:
    /* keep is unusable; replies owed cannot be matched to the work any more */
    mfp_redis_drop(h);
    forget_all(s);
    mfp_seterr(err, MF_ENOMEM, "out of memory while queueing a turn");
    goto done;
}

int mf_saver_flush(mf_saver *s, mf_error *err)
{
    if (s == NULL || (s->fill->nrec == 0 && owed(s->sent) == 0))
        return 0;
    if (close_call(s, err) != 0)
        return -1;
    return collect(s, 1, err);
}
