/* dlq.c - the dead-letter list {P}:dead: list entries, replay them to the tail
 * of {P}:pending (src/lua/dlq_replay.lua, one atomic chunk at a time), purge
 * them. Entry format lives in deadletter.c; knows nothing about PostgreSQL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "record.h"

/* A chunk replays at most this many entries or about this many bytes. */
#define CHUNK_ENTRIES 200
#define CHUNK_BYTES (8u * 1024 * 1024)
/* Times a chunk is read again after another dlq command changed the list. */
#define MAX_CONFLICTS 50

static char *dup_or_null(json_t *v)
{
    return json_is_string(v) ? strdup(json_string_value(v)) : NULL;
}

/* Decode one stored entry into e (raw copied). Returns 0, or -1 on out-of-memory. */
static int decode_entry(const char *raw, size_t len, mf_dlq_entry *e)
{
    mf_error perr = {0};
    char reason[512] = "";
    json_error_t je;
    json_t *root;

    memset(e, 0, sizeof(*e));
    if ((e->raw = malloc(len + 1)) == NULL)
        return -1;
    memcpy(e->raw, raw, len);
    e->raw[len] = '\0';
    e->raw_len = len;
    if (mfp_deadletter_parse(raw, len, &e->record, &e->record_len, reason, sizeof(reason), &perr) == 0) {
        e->valid = 1;
        e->error = strdup(reason);
        if (e->error == NULL)
            return -1;
    } else {
        e->error = strdup(perr.msg);
        if (e->error == NULL || perr.code == MF_ENOMEM)
            return -1;
    }
    root = json_loadb(raw, len, JSON_ALLOW_NUL, &je);
    if (json_is_object(root)) {
        e->record_base64 = e->valid && json_object_get(root, "record") == NULL;
        e->sqlstate = dup_or_null(json_object_get(root, "sqlstate"));
        e->failed_at = dup_or_null(json_object_get(root, "failed_at"));
    }
    json_decref(root);
    return 0;
}

static void entry_clear(mf_dlq_entry *e)
{
    free(e->raw);
    free(e->record);
    free(e->error);
    free(e->sqlstate);
    free(e->failed_at);
    memset(e, 0, sizeof(*e));
}

void mf_dlq_page_free(mf_dlq_page *p)
{
    size_t i;

    if (p == NULL)
        return;
    for (i = 0; i < p->count; i++)
        entry_clear(&p->entries[i]);
    free(p->entries);
    free(p);
}

/* LLEN and LRANGE start..start+limit-1 of {P}:dead in one round trip. */
static int read_dead(mf_handle *h, uint64_t start, size_t limit, long long *total,
                     redisReply **range, mf_error *err)
{
    redisContext *c;
    redisReply *r = NULL;
    void *p = NULL;
    int rc = -1;

    *range = NULL;
    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    redisAppendCommand(c, "LLEN %s", h->k_dead);
    redisAppendCommand(c, "LRANGE %s %llu %llu", h->k_dead, (unsigned long long)start,
                       (unsigned long long)(start + limit - 1));
    if (redisGetReply(c, &p) != REDIS_OK) {
        mfp_redis_reply_ok(h, NULL, "reading the dead letters", err);
        return -1;
    }
    r = p;
    if (mfp_redis_reply_ok(h, r, "LLEN of the dead letters", err) == 0 && r->type == REDIS_REPLY_INTEGER) {
        *total = r->integer;
        rc = 0;
    }
    freeReplyObject(r);
    p = NULL;
    if (redisGetReply(c, &p) != REDIS_OK) {
        mfp_redis_reply_ok(h, NULL, "reading the dead letters", err);
        return -1;
    }
    r = p;
    if (rc != 0 || mfp_redis_reply_ok(h, r, "LRANGE of the dead letters", err) != 0 ||
        r->type != REDIS_REPLY_ARRAY) {
        mfp_seterr(err, MF_ETRANSIENT, "redis answered LRANGE of the dead letters unexpectedly");
        freeReplyObject(r);
        return -1;
    }
    *range = r;
    return 0;
}

mf_dlq_page *mf_dlq_list(mf_handle *h, uint64_t start, size_t limit, mf_error *err)
{
    mf_dlq_page *p;
    redisReply *r = NULL;
    long long total = 0;
    size_t i;

    if (h == NULL) {
        mfp_need("mf_dlq_list", "a handle", err);
        return NULL;
    }
    p = calloc(1, sizeof(*p));
    if (p == NULL)
        goto oom;
    if (limit == 0)
        return p;
    if (read_dead(h, start, limit, &total, &r, err) != 0) {
        mf_dlq_page_free(p);
        return NULL;
    }
    p->total = (uint64_t)total;
    if (r->elements > 0 && (p->entries = calloc(r->elements, sizeof(*p->entries))) == NULL)
        goto oom;
    for (i = 0; i < r->elements; i++) {
        redisReply *e = r->element[i];
        p->count++;
        if (e->type != REDIS_REPLY_STRING || decode_entry(e->str, e->len, &p->entries[i]) != 0)
            goto oom;
    }
    freeReplyObject(r);
    return p;
oom:
    if (r)
        freeReplyObject(r);
    mf_dlq_page_free(p);
    mfp_seterr(err, MF_ENOMEM, "out of memory while reading the dead letters");
    return NULL;
}

/* Replay one chunk read at index skip. *moved and *kept get the script's counts;
 * *conflict = 1 when the list changed under us (nothing written). */
static int replay_chunk(mf_handle *h, uint64_t skip, uint64_t want, uint64_t *moved,
                        uint64_t *kept, int *conflict, int *empty, mf_error *err)
{
    redisReply *r = NULL, *res = NULL;
    mf_dlq_entry *ents = NULL;
    const char **args = NULL;
    size_t *lens = NULL, n = 0, i, bytes = 0, nvalid = 0;
    char *flags = NULL, skipbuf[32], nbuf[32];
    const char *keys[2];
    long long total;
    int rc = -1;

    *moved = *kept = 0;
    *conflict = *empty = 0;
    if (read_dead(h, skip, CHUNK_ENTRIES, &total, &r, err) != 0)
        return -1;
    if (r->elements == 0) {
        *empty = 1;
        rc = 0;
        goto done;
    }
    if ((ents = calloc(r->elements, sizeof(*ents))) == NULL)
        goto oom;
    /* take entries until the chunk is full or enough records are chosen */
    for (n = 0; n < r->elements && nvalid < want; n++) {
        redisReply *e = r->element[n];
        if (n > 0 && bytes + 2 * e->len > CHUNK_BYTES)
            break;
        if (e->type != REDIS_REPLY_STRING || decode_entry(e->str, e->len, &ents[n]) != 0) {
            n++;
            goto oom;
        }
        bytes += e->len + ents[n].record_len;
        nvalid += ents[n].valid ? 1 : 0;
    }
    args = calloc(3 + 2 * n, sizeof(*args));
    lens = calloc(3 + 2 * n, sizeof(*lens));
    flags = calloc(n + 1, 1);
    if (args == NULL || lens == NULL || flags == NULL)
        goto oom;
    snprintf(skipbuf, sizeof(skipbuf), "%llu", (unsigned long long)skip);
    snprintf(nbuf, sizeof(nbuf), "%zu", n);
    args[0] = skipbuf;
    lens[0] = strlen(skipbuf);
    args[1] = nbuf;
    lens[1] = strlen(nbuf);
    for (i = 0; i < n; i++) {
        flags[i] = ents[i].valid ? '1' : '0';
        args[3 + i] = r->element[i]->str;
        lens[3 + i] = r->element[i]->len;
        args[3 + n + i] = ents[i].valid ? ents[i].record : "";
        lens[3 + n + i] = ents[i].valid ? ents[i].record_len : 0;
    }
    args[2] = flags;
    lens[2] = n;
    keys[0] = h->k_dead;
    keys[1] = h->k_pending;
    res = mfp_redis_script(h, mfp_lua_dlq_replay, 2, keys, (int)(3 + 2 * n), args, lens,
                           "the dead-letter replay", err);
    if (res == NULL)
        goto done;
    if (res->type != REDIS_REPLY_ARRAY || res->elements != 2 ||
        res->element[0]->type != REDIS_REPLY_INTEGER) {
        mfp_seterr(err, MF_ETRANSIENT, "redis answered the dead-letter replay unexpectedly");
        goto done;
    }
    if (res->element[0]->integer < 0) {
        *conflict = 1;
    } else {
        *moved = (uint64_t)res->element[0]->integer;
        *kept = (uint64_t)res->element[1]->integer;
    }
    rc = 0;
    goto done;
oom:
    mfp_seterr(err, MF_ENOMEM, "out of memory while replaying dead letters");
done:
    if (ents)
        for (i = 0; i < n; i++)
            entry_clear(&ents[i]);
    free(ents);
    free(args);
    free(lens);
    free(flags);
    if (res)
        freeReplyObject(res);
    if (r)
        freeReplyObject(r);
    return rc;
}

int mf_dlq_replay(mf_handle *h, uint64_t max, mf_dlq_replay_report *rep, mf_error *err)
{
    uint64_t skip = 0, moved, kept;
    int conflict, empty, conflicts = 0;
    redisContext *c;
    redisReply *r;

    if (h == NULL || rep == NULL)
        return mfp_need("mf_dlq_replay", "a handle and a report", err);
    memset(rep, 0, sizeof(*rep));
    for (;;) {
        uint64_t want = max == 0 ? UINT64_MAX : max - rep->replayed;
        if (want == 0)
            break;
        if (replay_chunk(h, skip, want, &moved, &kept, &conflict, &empty, err) != 0)
            return -1;
        if (empty)
            break;
        if (conflict) {
            /* another dlq command moved entries: start over from the head */
            if (++conflicts > MAX_CONFLICTS)
                return mfp_seterr(err, MF_ETRANSIENT,
                                  "the dead-letter list kept changing during replay (another dlq replay or purge?); "
                                  "%llu replayed so far, run again",
                                  (unsigned long long)rep->replayed);
            skip = 0;
            continue;
        }
        rep->replayed += moved;
        skip += kept;
    }
    /* the kept entries are the head of the list up to skip (a conflict
     * restarted the count at the head) */
    rep->invalid = skip;
    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = redisCommand(c, "LLEN %s", h->k_dead);
    if (mfp_redis_reply_ok(h, r, "LLEN of the dead letters", err) != 0) {
        if (r)
            freeReplyObject(r);
        return -1;
    }
    rep->remaining = r->type == REDIS_REPLY_INTEGER ? (uint64_t)r->integer : 0;
    freeReplyObject(r);
    return 0;
}

int mf_dlq_purge(mf_handle *h, uint64_t *deleted, mf_error *err)
{
    const char *keys[1];
    redisReply *r;

    if (h == NULL || deleted == NULL)
        return mfp_need("mf_dlq_purge", "a handle and a count", err);
    *deleted = 0;
    keys[0] = h->k_dead;
    r = mfp_redis_script(h, mfp_lua_dlq_purge, 1, keys, 0, NULL, NULL, "the dead-letter purge", err);
    if (r == NULL)
        return -1;
    if (r->type == REDIS_REPLY_INTEGER)
        *deleted = (uint64_t)r->integer;
    freeReplyObject(r);
    return 0;
}
