/* save.c - save one turn: the atomic Redis step of src/lua/save.lua (pending
 * list, context list, trim, TTL) and the optional write-through INSERT.
 * Knows nothing about flushing or bulk pipelining (see saver.c). */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "layout.h"
#include "retry.h"
#include "save.h"

long long mfp_index_bucket(const mf_handle *h)
{
    (void)h;
    return (long long)time(NULL) / 86400;
}

void mfp_index_key(const mf_handle *h, long long bucket, char *out, size_t n)
{
    snprintf(out, n, "%s%lld", h->k_uidx_prefix, bucket != 0 ? bucket : mfp_index_bucket(h));
}

size_t mfp_save_max_bytes(const mf_handle *h)
{
    return h->cfg->max_record_bytes > 0 ? (size_t)h->cfg->max_record_bytes : 0;
}

int mfp_save_check_size(const mf_handle *h, size_t json_len, mf_error *err)
{
    /* what memflush added (cid, created_at, token_count) must not turn the
     * record into poison for the flusher */
    if (mfp_save_max_bytes(h) > 0 && json_len > mfp_save_max_bytes(h))
        return mfp_seterr(err, MF_EINVALID, "record is %zu bytes once completed with cid, created_at and "
                          "token_count, more than the maximum of %zu (MEMFLUSH_MAX_RECORD_BYTES)",
                          json_len, mfp_save_max_bytes(h));
    return 0;
}

void mfp_save_args_clear(mfp_save_args *a)
{
    if (a == NULL)
        return;
    free(a->ctx_key);
    free(a->member);
    free(a->json);
    memset(a, 0, sizeof(*a));
}

int mfp_save_args_build(mf_handle *h, mfp_record *rec, mfp_save_args *a, mf_error *err)
{
    mfp_buf key;

    memset(a, 0, sizeof(*a));
    if (mfp_record_complete(rec, err) != 0)
        return -1;
    /* the conversation's shard: its keys and, on a cluster, its node */
    if (mfp_layout_use(h, mfp_layout_shard_of(h, rec->conversation_id, rec->conversation_id_len), err) != 0)
        return -1;
    mfp_buf_init(&key);
    mfp_buf_puts(&key, h->k_ctx_prefix);
    mfp_buf_append(&key, rec->conversation_id, rec->conversation_id_len);
    if (key.oom) {
        mfp_buf_free(&key);
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    }
    a->ctx_key = mfp_buf_steal(&key);
    mfp_buf_append(&key, rec->user_id, rec->user_id_len);
    mfp_buf_putc(&key, '\0');
    mfp_buf_puts(&key, a->ctx_key);
    a->member_len = key.len;
    a->member = key.oom ? NULL : mfp_buf_steal(&key);
    mfp_buf_free(&key);
    a->bucket = mfp_index_bucket(h);
    mfp_index_key(h, a->bucket, a->index_key, sizeof(a->index_key));
    a->json = mfp_record_to_json(rec, &a->json_len);
    if (a->ctx_key == NULL || a->member == NULL || a->json == NULL) {
        mfp_save_args_clear(a);
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    }
    if (mfp_save_check_size(h, a->json_len, err) != 0) {
        mfp_save_args_clear(a);
        return -1;
    }
    snprintf(a->cmax, sizeof(a->cmax), "%ld", h->cfg->context_max);
    snprintf(a->ttl, sizeof(a->ttl), "%ld", h->cfg->ttl_seconds);
    return 0;
}

/* The record as a producer gives it to push or mf_save_json: like
 * mfp_record_parse, but a missing cid is allowed (a new UUIDv7 is put in).
 * Records with a cid are parsed once; only those without one pay a second
 * parse. out is always initialised; free it with mfp_record_clear. */
int mfp_save_parse(const mf_handle *h, const char *buf, size_t len, mfp_record *out, mf_error *err)
{
    mf_error first = {0};
    json_error_t je;
    json_t *root = NULL;
    char cid[MFP_UUID_LEN + 1], *text = NULL;
    int rc;

    if (mfp_record_parse(buf, len, mfp_save_max_bytes(h), out, &first) == 0)
        return 0;
    mfp_record_clear(out);
    if (first.code != MF_EINVALID || (mfp_save_max_bytes(h) > 0 && len > mfp_save_max_bytes(h)))
        goto first_error;
    root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &je);
    if (root == NULL || !json_is_object(root) || json_object_get(root, "cid") != NULL)
        goto first_error;
    if (mfp_cid_new(cid, err) != 0) {
        json_decref(root);
        return -1;
    }
    if (json_object_set_new(root, "cid", json_string(cid)) != 0 ||
        (text = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER)) == NULL) {
        json_decref(root);
        return mfp_seterr(err, MF_ENOMEM, "out of memory while parsing a record");
    }
    json_decref(root);
    rc = mfp_record_parse(text, strlen(text), 0, out, err);
    free(text);
    return rc;
first_error:
    json_decref(root);
    if (err != NULL && err->code == 0)
        *err = first;
    return -1;
}

/* INSERT ... ON CONFLICT (cid) DO NOTHING in its own short transaction.
 * Failures go to res->pg_error only: the turn is already queued. */
static void write_through(mf_handle *h, const mfp_record *rec, mf_save_result *res)
{
    mf_error *perr = &res->pg_error;
    char *begin = NULL, *sql = NULL, tokens[24];
    const char *vals[9];
    PGconn *c;
    PGresult *r = NULL;

    if (mfp_pg_get(h, &c, perr) != 0)
        return;
    begin = mfp_sql_for(h, mfp_sql_save_write_through_begin);
    sql = mfp_sql_for(h, mfp_sql_save_write_through);
    if (begin == NULL || sql == NULL) {
        mfp_seterr(perr, MF_ENOMEM, "out of memory");
        goto done;
    }
    r = PQexec(c, begin);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        mfp_pg_fail(h, r, "the write-through transaction", perr);
        goto done;
    }
    PQclear(r);
    snprintf(tokens, sizeof(tokens), "%lld", rec->token_count);
    vals[0] = rec->cid;
    vals[1] = rec->conversation_id;
    vals[2] = rec->user_id;
    vals[3] = rec->user_message;
    vals[4] = rec->assistant_message;
    vals[5] = tokens;
    vals[6] = rec->reflection_json; /* NULL: SQL NULL */
    vals[7] = rec->metadata_json ? rec->metadata_json : "{}";
    vals[8] = rec->created_at;
    r = PQexecParams(c, sql, 9, NULL, vals, NULL, NULL, 0);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        mfp_pg_fail(h, r, "the write-through insert", perr);
        goto done;
    }
    PQclear(r);
    r = PQexec(c, mfp_sql_flush_commit);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        mfp_pg_fail(h, r, "the write-through commit", perr);
        goto done;
    }
    res->postgres_stored = 1; /* inserted now, or the cid was already there */
done:
    PQclear(r);
    /* leave the session idle for the next user of the handle */
    if (h->pg != NULL && PQtransactionStatus(h->pg) != PQTRANS_IDLE) {
        r = PQexec(h->pg, mfp_sql_flush_rollback);
        PQclear(r);
    }
    free(begin);
    free(sql);
}

/* A save Redis clearly did not run is sent again within MEMFLUSH_SAVE_RETRY_MS
 * (docs/contract.md §6): no connection to the slot's master (a failover, a
 * node restarting, after the handle had been connected once), a connection
 * the node closed since its last reply, and the replies TRYAGAIN,
 * CLUSTERDOWN, MASTERDOWN, READONLY, LOADING, BUSY, NOREPLICAS and MOVED/ASK
 * beyond the redirections followed at once. A save whose reply was lost after
 * it was sent may have run: it is not retried here (a second copy would have
 * the same cid, which the flush writes once, but the caller decides). */
static int save_retryable(const mf_handle *h, const mf_error *e)
{
    return e->code == MF_ETRANSIENT && !h->redis_maybe_ran && strstr(e->msg, "OOM") == NULL;
}

/* Wait before the next try (*pause, doubling to 0.5 s): 1, or 0 when that
 * would pass the deadline. */
static int save_pause(double deadline, double *pause)
{
    if (mfp_mono() + *pause > deadline)
        return 0;
    mfp_nap(*pause, NULL);
    *pause = *pause * 2 > 0.5 ? 0.5 : *pause * 2;
    return 1;
}

static redisReply *save_call(mf_handle *h, int nkeys, const char **keys, const char **args, const size_t *lens,
                             long long *acked, mf_error *err)
{
    double deadline = mfp_mono() + (double)h->cfg->save_retry_ms / 1000.0, pause = 0.05;
    redisReply *r;

    for (;;) {
        mf_error e = {0};
        r = mfp_redis_script_wait(h, mfp_lua_save, nkeys, keys, nkeys + 1, args, lens, "saving a turn",
                                  h->cfg->save_wait_replicas, h->cfg->save_wait_timeout_ms, acked, &e);
        if (r != NULL)
            return r;
        if (!save_retryable(h, &e) || !save_pause(deadline, &pause)) {
            if (h->redis_maybe_ran)
                mfp_seterr(&e, MF_ETRANSIENT, "redis failed while saving a turn: %s; the turn may or may not "
                           "be stored: saving it again with the same cid is harmless (the flush writes it once)",
                           h->redis != NULL && mfp_rconn_errstr(h->redis)[0] ? mfp_rconn_errstr(h->redis)
                                                                             : "its reply was lost");
            if (err != NULL)
                *err = e;
            return NULL;
        }
    }
}

/* The index entry of a save that skipped it but reconnected on the way (the new
 * server may not hold it): added as save.lua adds it. A failure here does not
 * fail the save, which is stored; the emptied memo makes the next save of the
 * conversation add the entry again. */
static void index_again(mf_handle *h, const mfp_save_args *a)
{
    char ttl[24];
    const char *zadd[4] = {"ZADD", a->index_key, "0", a->member};
    size_t zlens[4] = {4, strlen(a->index_key), 1, a->member_len};
    const char *expire[3] = {"EXPIRE", a->index_key, ttl};
    size_t elens[3];
    mf_error ignored = {0};
    redisReply *r;

    snprintf(ttl, sizeof(ttl), "%ld", h->cfg->ttl_seconds + 172800L);
    elens[0] = 6;
    elens[1] = strlen(a->index_key);
    elens[2] = strlen(ttl);
    if ((r = mfp_redis_command_argv(h, 4, zadd, zlens, "adding a user index entry", &ignored)) != NULL)
        freeReplyObject(r);
    if ((r = mfp_redis_command_argv(h, 3, expire, elens, "adding a user index entry", &ignored)) != NULL)
        freeReplyObject(r);
}

/* Enqueue first (one EVALSHA), then the optional immediate insert. */
/* mfp_layout_register (an SADD, harmless twice) with the same retries. */
static int register_count(mf_handle *h, mf_error *err)
{
    double deadline = mfp_mono() + (double)h->cfg->save_retry_ms / 1000.0, pause = 0.05;

    for (;;) {
        mf_error e = {0};
        if (mfp_layout_register(h, &e) == 0)
            return 0;
        if (e.code != MF_ETRANSIENT || !save_pause(deadline, &pause)) {
            if (err != NULL)
                *err = e;
            return -1;
        }
    }
}

static int save_record(mf_handle *h, mfp_record *rec, unsigned flags, mf_save_result *res,
                       mf_error *err)
{
    mfp_save_args a;
    mf_error schema_err = {0};
    const char *keys[3], *args[4];
    size_t lens[4];
    redisReply *r;
    long long acked = 0;
    int pg_usable = 1, known;
    unsigned long epoch;

    if (flags & MF_WRITE_THROUGH) {
        /* a missing migration is a configuration error: refuse before
         * enqueueing; an unreachable server only loses the immediate write */
        if (mf_check_schema(h, &schema_err) != 0) {
            if (schema_err.code == MF_ESCHEMA) {
                if (err != NULL && err->code == 0)
                    *err = schema_err;
                return -1;
            }
            pg_usable = 0;
        }
    }
    if (register_count(h, err) != 0 || mfp_save_args_build(h, rec, &a, err) != 0)
        return -1;
    keys[0] = h->k_pending;
    keys[1] = a.ctx_key;
    keys[2] = a.index_key;
    args[0] = a.json;
    lens[0] = a.json_len;
    args[1] = a.cmax;
    lens[1] = strlen(a.cmax);
    args[2] = a.ttl;
    lens[2] = strlen(a.ttl);
    args[3] = a.member;
    lens[3] = a.member_len;
    /* an entry this handle saw saved today needs no ZADD (save.lua takes the
     * index key as optional; uidxmemo.h says why this is sound) */
    known = mfp_uidx_memo_has(&h->uidx_memo, a.bucket, rec->user_id, rec->user_id_len, a.ctx_key,
                              strlen(a.ctx_key));
    epoch = h->uidx_memo.epoch;
    r = save_call(h, known ? 2 : 3, keys, args, lens, &acked, err);
    if (r == NULL) {
        mfp_save_args_clear(&a);
        return -1;
    }
    freeReplyObject(r);
    if (known && h->uidx_memo.epoch != epoch)
        index_again(h, &a); /* the call reconnected: the server may have lost the entry */
    else if (!known)
        mfp_uidx_memo_add(&h->uidx_memo, a.bucket, rec->user_id, rec->user_id_len, a.ctx_key,
                          strlen(a.ctx_key));
    mfp_save_args_clear(&a);
    res->redis_stored = 1;
    if (h->cfg->save_wait_replicas > 0)
        res->replicas_acked = acked;
    snprintf(res->cid, sizeof(res->cid), "%s", rec->cid);
    res->token_count = rec->token_count;
    if (flags & MF_WRITE_THROUGH) {
        if (pg_usable)
            write_through(h, rec, res);
        else
            res->pg_error = schema_err;
    }
    return 0;
}

int mf_save(mf_handle *h, const mf_turn *turn, unsigned flags, mf_save_result *res, mf_error *err)
{
    mf_save_result local;
    mfp_record rec;
    int rc;

    if (res == NULL)
        res = &local;
    /* replicas_acked (the last field) only when asked for: a program built
     * against an older header has a shorter struct */
    memset(res, 0, offsetof(mf_save_result, replicas_acked));
    if (h == NULL || turn == NULL)
        return mfp_need("mf_save", "a handle and a turn", err);
    rc = mfp_record_from_turn(turn, mfp_save_max_bytes(h), &rec, err);
    if (rc == 0)
        rc = save_record(h, &rec, flags, res, err);
    mfp_record_clear(&rec);
    return rc;
}

int mf_save_json(mf_handle *h, const char *json, size_t len, unsigned flags, mf_save_result *res,
                 mf_error *err)
{
    mf_save_result local;
    mfp_record rec;
    int rc;

    if (res == NULL)
        res = &local;
    /* replicas_acked (the last field) only when asked for: a program built
     * against an older header has a shorter struct */
    memset(res, 0, offsetof(mf_save_result, replicas_acked));
    if (h == NULL || json == NULL)
        return mfp_need("mf_save_json", "a handle and a record", err);
    rc = mfp_save_parse(h, json, len, &rec, err);
    if (rc == 0)
        rc = save_record(h, &rec, flags, res, err);
    mfp_record_clear(&rec);
    return rc;
}
