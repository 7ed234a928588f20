/* saver.c - bulk saving: turns grouped into calls of src/lua/save_many.lua
 * (up to SAVER_CALL_MAX turns each, one EVALSHA), the calls pipelined; a
 * chunk's replies are read once the next chunk is full, so memory stays
 * bounded by two chunks whatever the input size. Knows nothing about files or lines (the CLI reads
 * those) nor about PostgreSQL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
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
    int shard;        /* every turn of a call is in this shard (layout.h) */
    mfp_rconn *conn;  /* the node the call was sent to (owned by the handle) */
    long long bucket; /* the user index bucket the call was sent with */
} saver_call;

/* The turns of up to 'chunk' adds and their script calls. A chunk's data is
 * kept until every reply of its calls was read (a NOSCRIPT reply sends a call
 * again). */
typedef struct saver_chunk {
    queued_rec *recs;
    size_t nrec;
    size_t *key_off;    /* the chunk's ctx keys, NUL-terminated, in keep */
    size_t *key_len;
    size_t *user_off;   /* the user id of each ctx key's turns, in keep (for the index) */
    size_t *user_len;
    size_t nkey;
    saver_call *calls;  /* closed (appended to hiredis) calls, then the open one at ncall */
    size_t ncall;
    size_t nread;       /* calls whose reply was read */
    mfp_buf keep;       /* the queued records' keys and JSON */
} saver_chunk;

/* With shards, one script call per shard is built at a time: a shard's
 * turns wait here (at most one call's worth) and go into the chunk being
 * filled together, so that a call carries up to SAVER_CALL_MAX turns of its
 * shard even when the input's conversations come in any order. */
typedef struct saver_stage {
    mfp_buf buf;        /* each record's JSON, its conversation id and its user id, each NUL-terminated */
    size_t json_off[SAVER_CALL_MAX], json_len[SAVER_CALL_MAX];
    size_t conv_off[SAVER_CALL_MAX], conv_len[SAVER_CALL_MAX];
    size_t user_off[SAVER_CALL_MAX], user_len[SAVER_CALL_MAX];
    size_t n, bytes;
} saver_stage;

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
    char index_key[320];       /* the user index bucket of the call (save.h) */
    uint64_t stored;
    long long min_acked; /* the fewest replicas a call's WAIT counted (-1: none asked yet) */
    saver_stage **stages; /* with shards: one per shard, made on first use; NULL with one shard */
    size_t nstages;
};

/* A call's reply said every turn was saved: its entries are in the index. */
static void memo_call(mf_saver *s, const saver_chunk *k, const saver_call *c)
{
    size_t i;

    for (i = 0; i < c->nkey; i++)
        mfp_uidx_memo_add(&s->h->uidx_memo, c->bucket, k->keep.data + k->user_off[c->key0 + i], k->user_len[c->key0 + i],
                 k->keep.data + k->key_off[c->key0 + i], k->key_len[c->key0 + i]);
}

static int chunk_init(saver_chunk *c, size_t chunk)
{
    c->recs = calloc(chunk, sizeof(*c->recs));
    c->key_off = calloc(chunk, sizeof(*c->key_off));
    c->key_len = calloc(chunk, sizeof(*c->key_len));
    c->user_off = calloc(chunk, sizeof(*c->user_off));
    c->user_len = calloc(chunk, sizeof(*c->user_len));
    c->calls = calloc(chunk + 1, sizeof(*c->calls));
    mfp_buf_init(&c->keep);
    return c->recs && c->key_off && c->key_len && c->user_off && c->user_len && c->calls ? 0 : -1;
}

static void chunk_free(saver_chunk *c)
{
    mfp_buf_free(&c->keep);
    free(c->recs);
    free(c->key_off);
    free(c->key_len);
    free(c->user_off);
    free(c->user_len);
    free(c->calls);
}

/* Replies still owed by Redis for the chunk's calls. */
static size_t owed(const saver_chunk *c)
{
    return c->ncall - c->nread;
}

static void drop_owed(mf_saver *s);

mf_saver *mf_saver_new(mf_handle *h, size_t chunk, mf_error *err)
{
    mf_saver *s;
    const char *sha;
    /* EVALSHA sha numkeys, pending, up to one ctx key a turn, the index
     * key, cmax ttl map, a user id per ctx key, the records */
    size_t argc = 3 + 1 + SAVER_CALL_MAX + 1 + 3 + SAVER_CALL_MAX + SAVER_CALL_MAX;

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
    if (sha == NULL || mfp_layout_register(h, err) != 0)
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
    s->min_acked = -1;
    if (h->cfg->shards > 1) {
        s->nstages = (size_t)h->cfg->shards;
        if ((s->stages = calloc(s->nstages, sizeof(*s->stages))) == NULL)
            goto oom;
    }
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
        drop_owed(s);
    chunk_free(&s->ch[0]);
    chunk_free(&s->ch[1]);
    for (size_t i = 0; i < s->nstages; i++) {
        if (s->stages[i] != NULL)
            mfp_buf_free(&s->stages[i]->buf);
        free(s->stages[i]);
    }
    free(s->stages);
    free(s->argv);
    free(s->lens);
    free(s);
}

uint64_t mf_saver_stored(const mf_saver *s)
{
    return s ? s->stored : 0;
}

long long mf_saver_replicas_acked(const mf_saver *s)
{
    return s ? s->min_acked : -1;
}

static void note_acked(mf_saver *s, long long n)
{
    if (s->min_acked < 0 || n < s->min_acked)
        s->min_acked = n;
}

/* Close the connections that still owe replies (one per node on a cluster). */
static void drop_owed(mf_saver *s)
{
    size_t j, i;

    for (j = 0; j < 2; j++)
        for (i = s->ch[j].nread; i < s->ch[j].ncall; i++)
            mfp_rconn_close(s->ch[j].calls[i].conn);
}

/* 1 when a connection that owes replies was lost. */
static int lost(const mf_saver *s)
{
    size_t j, i;

    for (j = 0; j < 2; j++)
        for (i = s->ch[j].nread; i < s->ch[j].ncall; i++)
            if (!mfp_rconn_ok(s->ch[j].calls[i].conn))
                return 1;
    return 0;
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
    size_t i;

    forget_chunk(&s->ch[0]);
    forget_chunk(&s->ch[1]);
    memset(s->hash, 0, sizeof(s->hash));
    for (i = 0; i < s->nstages; i++)
        if (s->stages[i] != NULL) {
            mfp_buf_reset(&s->stages[i]->buf);
            s->stages[i]->n = s->stages[i]->bytes = 0;
        }
}

/* The arguments of call c of chunk k after EVALSHA sha numkeys: KEYS then
 * ARGV, into s->argv / s->lens from index 3. Returns the total argc. */
static int call_args(mf_saver *s, const saver_chunk *k, saver_call *c)
{
    size_t n = 3, i;
    const char *pending = s->h->shard_cache[c->shard + 1]->key[MFP_K_PENDING];

    s->argv[n] = pending;
    s->lens[n++] = strlen(pending);
    for (i = 0; i < c->nkey; i++) {
        s->argv[n] = k->keep.data + k->key_off[c->key0 + i];
        s->lens[n++] = k->key_len[c->key0 + i];
    }
    /* the user index of the call's shard (the key shares its hash tag) */
    c->bucket = mfp_index_bucket(s->h);
    snprintf(s->index_key, sizeof(s->index_key), "%s%lld", s->h->shard_cache[c->shard + 1]->key[MFP_K_UIDX],
             c->bucket);
    s->argv[n] = s->index_key;
    s->lens[n++] = strlen(s->index_key);
    s->argv[n] = s->cmax;
    s->lens[n++] = strlen(s->cmax);
    s->argv[n] = s->ttl;
    s->lens[n++] = strlen(s->ttl);
    s->argv[n] = s->map;
    s->lens[n++] = c->nrec;
    for (i = 0; i < c->nkey; i++) {
        /* an entry this saver added today: an empty user id, no ZADD */
        int known = mfp_uidx_memo_has(&s->h->uidx_memo, c->bucket, k->keep.data + k->user_off[c->key0 + i], k->user_len[c->key0 + i],
                             k->keep.data + k->key_off[c->key0 + i], k->key_len[c->key0 + i]);
        s->argv[n] = k->keep.data + k->user_off[c->key0 + i];
        s->lens[n++] = known ? 0 : k->user_len[c->key0 + i];
    }
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
    int argc;

    if (c->nrec == 0)
        return 0;
    if (lost(s)) { /* dropped while replies were owed */
        forget_all(s);
        return mfp_seterr(err, MF_ETRANSIENT, "the Redis connection was lost; run again when Redis is back");
    }
    /* the node of the call's shard (its own connection on a cluster) */
    if (mfp_layout_use(s->h, c->shard, err) != 0 || mfp_redis_get(s->h, &c->conn, err) != 0) {
        drop_owed(s);
        forget_all(s);
        return -1;
    }
    argc = call_args(s, k, c);
    snprintf(numkeys, sizeof(numkeys), "%zu", c->nkey + 2);
    s->argv[0] = "EVALSHA";
    s->lens[0] = 7;
    s->argv[1] = s->sha;
    s->lens[1] = 40;
    s->argv[2] = numkeys;
    s->lens[2] = strlen(numkeys);
    if (mfp_rconn_append_argv(c->conn, argc, s->argv, s->lens) != 0 ||
        (s->h->cfg->save_wait_replicas > 0 &&
         mfp_rconn_append(c->conn, "WAIT %ld %ld", s->h->cfg->save_wait_replicas, s->h->cfg->save_wait_timeout_ms) != 0)) {
        /* nothing half-appended can be taken back out of hiredis' buffer */
        drop_owed(s);
        forget_all(s);
        return mfp_seterr(err, MF_ENOMEM, "out of memory while queueing turns");
    }
    /* send it now, so Redis runs it while the next call is being built; a
     * write error leaves the context failed and shows up when the replies
     * are read */
    (void)mfp_rconn_flush(c->conn);
    k->ncall++;
    memset(&k->calls[k->ncall], 0, sizeof(k->calls[0]));
    k->calls[k->ncall].rec0 = k->nrec;
    k->calls[k->ncall].key0 = k->nkey;
    memset(s->hash, 0, sizeof(s->hash));
    return 0;
}

/* call_key's answer when the conversation is in the open call with another
 * user: the call must be closed first (save_many.lua keeps one user index
 * key per context list). */
#define KEY_OTHER_USER 0xFFFFFFFFu

/* The KEYS index (2..) of conversation conv in the open call, adding its
 * ctx key and its user's index key to keep when new. 0 on out-of-memory. */
static unsigned call_key(mf_saver *s, const char *conv, size_t conv_len, const char *user, size_t user_len)
{
    size_t ulen = 0; /* the user id as it is */
    saver_chunk *k = s->fill;
    saver_call *c = &k->calls[k->ncall];
    const char *prefix = s->h->shard_cache[c->shard + 1]->key[MFP_K_CTX];
    size_t plen = strlen(prefix), i, off;
    unsigned slot = (unsigned)(mfp_hash(conv, conv_len) & (SAVER_HASH - 1));

    while (s->hash[slot] != 0) {
        i = (size_t)s->hash[slot] - 1;
        if (k->key_len[i] == plen + conv_len &&
            memcmp(k->keep.data + k->key_off[i] + plen, conv, conv_len) == 0) {
            if (k->user_len[i] != ulen + user_len ||
                memcmp(k->keep.data + k->user_off[i] + ulen, user, user_len) != 0)
                return KEY_OTHER_USER;
            return (unsigned)(i - c->key0 + 2);
        }
        slot = (slot + 1) & (SAVER_HASH - 1);
    }
    off = k->keep.len;
    mfp_buf_puts(&k->keep, prefix);
    mfp_buf_append(&k->keep, conv, conv_len);
    mfp_buf_putc(&k->keep, '\0');
    i = k->nkey;
    k->user_off[i] = k->keep.len;
    k->user_len[i] = ulen + user_len;
    mfp_buf_append(&k->keep, user, user_len);
    mfp_buf_putc(&k->keep, '\0');
    if (k->keep.oom)
        return 0;
    k->nkey++;
    k->key_off[i] = off;
    k->key_len[i] = plen + conv_len;
    s->hash[slot] = (int)i + 1;
    c->nkey++;
    c->bytes += plen + conv_len + ulen + user_len;
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
        redisReply *rep = NULL;
        redisReply *r;

        s->h->redis = k->calls[k->nread].conn; /* for the error path's drop */
        if (mfp_rconn_get_reply(k->calls[k->nread].conn, &rep) != 0) {
            mfp_redis_reply_ok(s->h, NULL, "saving turns", err);
            return -1;
        }
        r = rep;
        if (s->h->cfg->save_wait_replicas > 0) {
            /* the WAIT that follows every call (MEMFLUSH_SAVE_WAIT_REPLICAS) */
            redisReply *w = NULL;
            if (mfp_rconn_get_reply(k->calls[k->nread].conn, &w) != 0) {
                freeReplyObject(r);
                mfp_redis_reply_ok(s->h, NULL, "waiting for the replicas", err);
                return -1;
            }
            if (w->type == REDIS_REPLY_INTEGER)
                note_acked(s, w->integer);
            else if (rc == 0 && mfp_redis_reply_ok(s->h, w, "waiting for the replicas", err) != 0)
                rc = -1;
            freeReplyObject(w);
        }
        if (r->type == REDIS_REPLY_ERROR && strncmp(r->str, "NOSCRIPT", 8) == 0) {
            k->calls[k->nread].noscript = 1; /* Redis restarted or flushed its scripts */
            *noscript = 1;
        } else if (call_reply(s, r, err) != 0) {
            rc = -1; /* keep reading: every reply must be drained */
        } else {
            memo_call(s, k, &k->calls[k->nread]);
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
        saver_call *c = &k->calls[i];
        redisReply *r;
        int argc, rc;

        if (!c->noscript)
            continue;
        if (mfp_layout_use(s->h, c->shard, err) != 0)
            return -1;
        argc = call_args(s, k, c);
        long long acked = 0;
        r = mfp_redis_script_wait(s->h, mfp_lua_save_many, (int)c->nkey + 2, s->argv + 3, argc - 5 - (int)c->nkey,
                                  s->argv + 5 + c->nkey, s->lens + 5 + c->nkey, "saving turns",
                                  s->h->cfg->save_wait_replicas, s->h->cfg->save_wait_timeout_ms, &acked, err);
        if (r != NULL && s->h->cfg->save_wait_replicas > 0)
            note_acked(s, acked);
        if (r == NULL)
            return -1;
        rc = call_reply(s, r, err);
        freeReplyObject(r);
        if (rc != 0)
            return -1;
        memo_call(s, k, c);
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
    if (lost(s)) { /* lost: nothing owed can be read any more */
        drop_owed(s);
        forget_all(s);
        return -1;
    }
    if ((all || noscript) && read_replies(s, s->fill, &noscript, err) != 0)
        rc = -1;
    if (lost(s)) {
        drop_owed(s);
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

/* Queue one turn of shard into the chunk being filled: its JSON written from
 * rec, or (rec NULL) copied from js. Sends the chunk when full. */
static int fill_add(mf_saver *s, int shard, const mfp_record *rec, const char *js, size_t js_len, const char *conv,
                    size_t conv_len, const char *user, size_t user_len, mf_error *err)
{
    mf_handle *h = s->h;
    mfp_rconn *rc_;
    saver_chunk *k = s->fill;
    saver_call *c;
    queued_rec *q;
    size_t off, json_len;
    unsigned key;
    int rc = 0;

    if (k->nrec == 0 && owed(s->sent) == 0 && mfp_redis_get(h, &rc_, err) != 0)
        return -1;
    c = &k->calls[k->ncall];
    if (c->nrec >= SAVER_CALL_MAX || c->bytes >= SAVER_CALL_BYTES || (c->nrec > 0 && c->shard != shard)) {
        /* a call runs on one shard's keys (one node of a cluster) */
        if (close_call(s, err) != 0)
            return -1;
        c = &k->calls[k->ncall];
    }
    if (c->nrec == 0) {
        c->shard = shard;
        if (mfp_layout_shard(h, shard, err) == NULL)
            return -1;
    }
    off = k->keep.len;
    if (rec != NULL ? mfp_record_write_json(&k->keep, rec) != 0 : mfp_buf_append(&k->keep, js, js_len) != 0)
        goto oom;
    if (mfp_buf_putc(&k->keep, '\0') != 0)
        goto oom;
    json_len = k->keep.len - off - 1;
    if (rec != NULL && mfp_save_check_size(h, json_len, err) != 0) {
        k->keep.len = off; /* not queued */
        return -1;
    }
    key = call_key(s, conv, conv_len, user, user_len);
    if (key == KEY_OTHER_USER) {
        /* the conversation is in the open call with another user: a new call */
        if (close_call(s, err) != 0) {
            k->keep.len = off; /* not queued */
            return -1;
        }
        c = &k->calls[k->ncall];
        c->shard = shard;
        key = call_key(s, conv, conv_len, user, user_len);
    }
    if (key == 0)
        goto oom;
    q = &k->recs[k->nrec++];
    q->json_off = off;
    q->json_len = json_len;
    q->key = key;
    c->nrec++;
    c->bytes += q->json_len;
    if (k->nrec >= s->chunk || k->keep.len >= SAVER_MAX_CHUNK_BYTES) {
        /* send the full chunk, take the replies of the previous one (Redis
         * is done with it by now), and fill the other chunk meanwhile */
        saver_chunk *t;
        if (close_call(s, err) != 0)
            return -1;
        rc = collect(s, 0, err);
        t = s->sent;
        s->sent = s->fill;
        s->fill = t;
    }
    return rc;
oom:
    /* keep is unusable; replies owed cannot be matched to the work any more */
    drop_owed(s);
    forget_all(s);
    return mfp_seterr(err, MF_ENOMEM, "out of memory while queueing a turn");
}

/* Move a shard's staged turns into the chunk being filled, as one call. */
static int drain_stage(mf_saver *s, int shard, mf_error *err)
{
    saver_stage *st = s->stages[shard];
    size_t i, n = st->n;
    int rc = 0;

    st->n = st->bytes = 0;
    for (i = 0; i < n && rc == 0; i++)
        rc = fill_add(s, shard, NULL, st->buf.data + st->json_off[i], st->json_len[i], st->buf.data + st->conv_off[i],
                      st->conv_len[i], st->buf.data + st->user_off[i], st->user_len[i], err);
    mfp_buf_reset(&st->buf);
    return rc;
}

/* Stage a turn of shard (> 1 shards); the stage goes into the chunk when it
 * holds a call's worth. */
static int stage_add(mf_saver *s, int shard, const mfp_record *rec, mf_error *err)
{
    saver_stage *st = s->stages[shard];
    size_t off, json_len;

    if (st == NULL) {
        if ((st = s->stages[shard] = calloc(1, sizeof(*st))) == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory while queueing a turn");
        mfp_buf_init(&st->buf);
    }
    off = st->buf.len;
    if (mfp_record_write_json(&st->buf, rec) != 0 || mfp_buf_putc(&st->buf, '\0') != 0)
        goto oom;
    json_len = st->buf.len - off - 1;
    if (mfp_save_check_size(s->h, json_len, err) != 0) {
        st->buf.len = off; /* not queued */
        return -1;
    }
    st->json_off[st->n] = off;
    st->json_len[st->n] = json_len;
    st->conv_off[st->n] = st->buf.len;
    st->conv_len[st->n] = rec->conversation_id_len;
    if (mfp_buf_append(&st->buf, rec->conversation_id, rec->conversation_id_len) != 0 || mfp_buf_putc(&st->buf, '\0') != 0)
        goto oom;
    st->user_off[st->n] = st->buf.len;
    st->user_len[st->n] = rec->user_id_len;
    if (mfp_buf_append(&st->buf, rec->user_id, rec->user_id_len) != 0 || mfp_buf_putc(&st->buf, '\0') != 0)
        goto oom;
    st->n++;
    st->bytes += json_len + rec->conversation_id_len + rec->user_id_len;
    if (st->n >= SAVER_CALL_MAX || st->bytes >= SAVER_CALL_BYTES)
        return drain_stage(s, shard, err);
    return 0;
oom:
    st->buf.len = off;
    return mfp_seterr(err, MF_ENOMEM, "out of memory while queueing a turn");
}

int mf_saver_add(mf_saver *s, const char *json, size_t len, mf_error *err)
{
    mf_handle *h;
    mfp_record rec;
    int rc = -1, shard;

    if (s == NULL || json == NULL)
        return mfp_need("mf_saver_add", "a saver and a record", err);
    h = s->h;
    if (mfp_save_parse(h, json, len, &rec, err) == 0 && mfp_record_complete(&rec, err) == 0) {
        shard = mfp_layout_shard_of(h, rec.conversation_id, rec.conversation_id_len);
        if (s->stages != NULL && shard >= 0 && (size_t)shard < s->nstages)
            rc = stage_add(s, shard, &rec, err);
        else
            rc = fill_add(s, shard, &rec, NULL, 0, rec.conversation_id, rec.conversation_id_len, rec.user_id,
                          rec.user_id_len, err);
    }
    mfp_record_clear(&rec);
    return rc;
}

int mf_saver_flush(mf_saver *s, mf_error *err)
{
    size_t i;

    for (i = 0; s != NULL && i < s->nstages; i++)
        if (s->stages[i] != NULL && s->stages[i]->n > 0 && drain_stage(s, (int)i, err) != 0)
            return -1;
    if (s == NULL || (s->fill->nrec == 0 && owed(s->sent) == 0))
        return 0;
    if (close_call(s, err) != 0)
        return -1;
    return collect(s, 1, err);
}
