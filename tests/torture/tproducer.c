/* tproducer.c - a torture-test producer: pushes turns until a stop file appears and
 * records which pushes were acknowledged. Knows nothing about flushing or checking.
 *
 *   tproducer lib ID OUTDIR STOPFILE SEED RATE   mf_save and mf_saver (the library)
 *   tproducer raw ID OUTDIR STOPFILE SEED RATE   plain RPUSH through hiredis, with poison
 *
 * Every cid it pushes is written, once it knows the outcome, to OUTDIR/ack-<mode><ID>.txt
 * (the push returned success) or OUTDIR/unknown-<mode><ID>.txt (it failed, possibly after
 * the server executed it: such a turn may be in the table, at most once). A valid turn
 * that failed is retried with the same cid for a few seconds (cids are idempotent).
 * Poison records (raw mode) carry a marker "TPZ<ID>-<n>~" and go to poison-ack-* or
 * poison-unknown-*; a failed poison push is never retried (two copies would be two
 * dead letters). RATE is turns per second (approximate). Prints its counts at the end. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <hiredis/hiredis.h>

#include "memflush.h"

#define RETRIES 12        /* attempts for a valid turn ... */
#define RETRY_MS 300      /* ... this far apart (about 3.6 s: longer than most outages) */
#define MAX_CHUNK 16

static const char *g_mode, *g_id, *g_stop;
static FILE *f_ack, *f_unknown, *f_pack, *f_punknown;
static uint64_t g_rng;
static unsigned long n_ack, n_unknown, n_pack, n_punknown, n_retried;

static uint64_t rnd(void)
{
    /* xorshift64*: reproducible from the seed */
    g_rng ^= g_rng >> 12;
    g_rng ^= g_rng << 25;
    g_rng ^= g_rng >> 27;
    return g_rng * 2685821657736338717ULL;
}

static unsigned pick(unsigned n)
{
    return (unsigned)(rnd() % n);
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

static int stopped(void)
{
    return access(g_stop, F_OK) == 0;
}

static FILE *open_out(const char *dir, const char *what)
{
    char path[1024];
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s-%s%s.txt", dir, what, g_mode, g_id);
    f = fopen(path, "a");
    if (f == NULL) {
        fprintf(stderr, "tproducer: could not open %s: %s\n", path, strerror(errno));
        exit(2);
    }
    return f;
}

static void note(FILE *f, const char *cid, unsigned long *counter)
{
    fprintf(f, "%s\n", cid);
    fflush(f);
    (*counter)++;
}

/* A valid §1 record with some variety (unicode, metadata, reflection, token_count,
 * created_at, unknown fields). Caller frees. */
static char *valid_record(const char *cid)
{
    char *s = NULL, extra[256] = "";
    unsigned conv = pick(20);

    switch (pick(5)) {
    case 0: snprintf(extra, sizeof(extra), ",\"token_count\":%u", pick(5000)); break;
    case 1: snprintf(extra, sizeof(extra), ",\"metadata\":{\"lang\":\"fr\",\"n\":%u}", pick(100)); break;
    case 2: snprintf(extra, sizeof(extra), ",\"reflection\":{\"summary\":\"ok\",\"confidence\":0.%u}", pick(10)); break;
    case 3: snprintf(extra, sizeof(extra), ",\"created_at\":\"2025-10-27T08:15:%02u.123456+02:00\",\"source\":\"torture\"", pick(60)); break;
    default: break;
    }
    if (asprintf(&s,
                 "{\"cid\":\"%s\",\"conversation_id\":\"tconv-%u\",\"user_id\":\"u%u\","
                 "\"user_message\":\"bonjour \\u00e7a va \xc3\xa7\xc3\xa0 %s %lu\","
                 "\"assistant_message\":\"tr\xc3\xa8s bien\\n\\t\\\"merci\\\"\"%s}",
                 cid, conv, conv % 7, cid, (unsigned long)rnd() % 1000000, extra) < 0)
        return NULL;
    return s;
}

/* ------------------------------------------------------------ library mode */

/* With MEMFLUSH_SAVE_WAIT_REPLICAS=N (the cluster torture), a save counts
 * as acknowledged only when N replicas have it. */
static int replicated(long long acked)
{
    const char *w = getenv("MEMFLUSH_SAVE_WAIT_REPLICAS");
    return w == NULL || atoll(w) <= 0 || acked >= atoll(w);
}

/* mf_save one record again and again until acknowledged or out of attempts. */
static int save_retry(mf_handle *h, const char *json)
{
    int i;
    for (i = 0; i < RETRIES; i++) {
        mf_error err = {0};
        mf_save_result res;
        memset(&res, 0, sizeof(res));
        if (mf_save_json(h, json, strlen(json), 0, &res, &err) == 0 && replicated(res.replicas_acked))
            return 0;
        if (err.code == MF_EINVALID || err.code == MF_ECONFIG) {
            fprintf(stderr, "tproducer: a valid record was refused: %s\n", err.msg);
            return -1;
        }
        n_retried++;
        sleep_ms(RETRY_MS);
    }
    return -1;
}

static void lib_one(mf_handle *h, const char *cid, const char *json)
{
    if (save_retry(h, json) == 0)
        note(f_ack, cid, &n_ack);
    else
        note(f_unknown, cid, &n_unknown);
}

static int run_lib(mf_handle *h, unsigned long *seq, long rate)
{
    char cids[MAX_CHUNK][64], *recs[MAX_CHUNK];
    unsigned k, n, i;

    if (pick(2) == 0) {
        /* mf_save from a struct */
        mf_turn t;
        mf_save_result res;
        mf_error err = {0};
        char conv[32];
        int tries;

        snprintf(cids[0], sizeof(cids[0]), "L%s-%06lu", g_id, (*seq)++);
        snprintf(conv, sizeof(conv), "tconv-%u", pick(20));
        memset(&t, 0, sizeof(t));
        t.cid = cids[0];
        t.conversation_id = conv;
        t.user_id = "lib-user";
        t.user_message = "hello \xe4\xbd\xa0\xe5\xa5\xbd";
        t.assistant_message = pick(3) ? "an answer" : "";
        t.token_count = pick(2) ? (long long)pick(900) : -1;
        t.metadata_json = pick(2) ? "{\"via\":\"mf_save\"}" : NULL;
        t.reflection_json = pick(3) == 0 ? "{\"summary\":\"s\"}" : NULL;
        for (tries = 0; tries < RETRIES; tries++) {
            memset(&res, 0, sizeof(res));
            memset(&err, 0, sizeof(err));
            if (mf_save(h, &t, 0, &res, &err) == 0 && replicated(res.replicas_acked))
                break;
            if (err.code == MF_EINVALID || err.code == MF_ECONFIG) {
                fprintf(stderr, "tproducer: mf_save refused a valid turn: %s\n", err.msg);
                tries = RETRIES;
                break;
            }
            n_retried++;
            sleep_ms(RETRY_MS);
        }
        note(tries < RETRIES ? f_ack : f_unknown, cids[0], tries < RETRIES ? &n_ack : &n_unknown);
        sleep_ms(1000 / rate);
        return 0;
    }

    /* mf_saver: a pipelined chunk; a chunk that failed is retried turn by turn */
    n = 1 + pick(MAX_CHUNK);
    for (i = 0; i < n; i++) {
        snprintf(cids[i], sizeof(cids[i]), "S%s-%06lu", g_id, (*seq)++);
        recs[i] = valid_record(cids[i]);
        if (recs[i] == NULL)
            return -1;
    }
    {
        mf_error err = {0};
        mf_saver *sv = mf_saver_new(h, 1000, &err);
        int ok = sv != NULL;
        for (k = 0; ok && k < n; k++)
            if (mf_saver_add(sv, recs[k], strlen(recs[k]), &err) != 0)
                ok = 0;
        if (ok && mf_saver_flush(sv, &err) != 0)
            ok = 0;
        /* on failure, every turn of the chunk is retried on its own */
        if (ok && mf_saver_stored(sv) != n)
            ok = 0;
        if (ok && !replicated(mf_saver_replicas_acked(sv)))
            ok = 0;
        mf_saver_free(sv);
        for (i = 0; i < n; i++) {
            if (ok)
                note(f_ack, cids[i], &n_ack);
            else
                lib_one(h, cids[i], recs[i]);
        }
    }
    for (i = 0; i < n; i++)
        free(recs[i]);
    sleep_ms((long)n * 1000 / rate);
    return 0;
}

/* --------------------------------------------------------------- raw mode */

static redisContext *g_redis;
static char g_pending[300];
/* On a Redis Cluster (TORTURE_CLUSTER_PORTS="PORT ..." on 127.0.0.1): the node
 * to talk to, moved on by MOVED and to the next port when one does not answer;
 * an RPUSH counts only when WAIT 1 says a replica has it (a failover loses
 * what only the master had). */
static char g_host[256] = "127.0.0.1";
static int g_port = 6379, g_next_port;

static int cluster_port(int i)
{
    const char *p = getenv("TORTURE_CLUSTER_PORTS");
    int k, port = 0, len;

    for (k = 0; p != NULL && sscanf(p, "%d%n", &port, &len) == 1; k++, p += len)
        if (k == i)
            return port;
    return k > 0 ? cluster_port(i % k) : 0;
}

static redisContext *raw_conn(void)
{
    const char *url = getenv("REDIS_URL");
    struct timeval tv = {2, 0};

    if (g_redis != NULL)
        return g_redis;
    if (cluster_port(0) > 0) {
        if (g_port == 6379)
            g_port = cluster_port(g_next_port++);
    } else if (url != NULL)
        sscanf(url, "redis://%255[^:/]:%d", g_host, &g_port);
    if (getenv("MF_REDIS_TLS") != NULL && getenv("MF_REDIS_SOCKET") != NULL)
        g_redis = redisConnectUnixWithTimeout(getenv("MF_REDIS_SOCKET"), tv); /* TCP is TLS only */
    else
        g_redis = redisConnectWithTimeout(g_host, g_port, tv);
    if (g_redis == NULL || g_redis->err) {
        redisFree(g_redis);
        g_redis = NULL;
        if (cluster_port(0) > 0) { /* try the next node next time */
            strcpy(g_host, "127.0.0.1");
            g_port = cluster_port(g_next_port++);
        }
        return NULL;
    }
    redisSetTimeout(g_redis, tv);
    return g_redis;
}

/* RPUSH once (with WAIT 1 on a cluster). 0 when Redis answered with an
 * integer (and a replica acknowledged it). */
static int rpush_once(const char *rec, size_t len)
{
    redisContext *c = raw_conn();
    redisReply *r = NULL, *w = NULL;
    int rc, cluster = cluster_port(0) > 0;

    if (c == NULL)
        return -1;
    redisAppendCommand(c, "RPUSH %s %b", g_pending, rec, len);
    if (cluster)
        redisAppendCommand(c, "WAIT 1 2000");
    if (redisGetReply(c, (void **)&r) == REDIS_OK && cluster && redisGetReply(c, (void **)&w) != REDIS_OK)
        w = NULL;
    rc = (r != NULL && r->type == REDIS_REPLY_INTEGER) ? 0 : -1;
    if (cluster && (w == NULL || w->type != REDIS_REPLY_INTEGER || w->integer < 1))
        rc = -1;
    if (r != NULL && r->type == REDIS_REPLY_ERROR && strncmp(r->str, "MOVED ", 6) == 0) {
        const char *hp = strchr(r->str + 6, ' ');
        if (hp != NULL && sscanf(hp + 1, "%255[^:]:%d", g_host, &g_port) == 2) {
            redisFree(g_redis);
            g_redis = NULL;
        }
    }
    if (g_redis != NULL && (r == NULL || c->err || (cluster && w == NULL))) {
        redisFree(g_redis);
        g_redis = NULL;
        if (cluster) { /* the node may be gone: the next one */
            strcpy(g_host, "127.0.0.1");
            g_port = cluster_port(g_next_port++);
        }
    }
    freeReplyObject(r);
    freeReplyObject(w);
    return rc;
}

/* One poison record of a random kind carrying the marker; returns its length. */
static size_t poison_record(char *buf, size_t cap, const char *marker, unsigned kind)
{
    static const char *body = "\"conversation_id\":\"pc\",\"user_id\":\"pu\",\"user_message\":\"m\","
                              "\"assistant_message\":\"a\"";
    int n = 0;

    switch (kind) {
    case 0: n = snprintf(buf, cap, "%s this is not json {", marker); break;
    case 1: n = snprintf(buf, cap, "[\"%s\", 1, 2]", marker); break;
    case 2: n = snprintf(buf, cap, "{\"cid\":\"%s\",\"conversation_id\":\"c\",\"user_id\":\"u\"}", marker); break;
    case 3: n = snprintf(buf, cap, "{\"cid\":\"%s\",%s,\"token_count\":\"12\"}", marker, body); break;
    case 4: n = snprintf(buf, cap, "{\"cid\":\"%s\",%s,\"metadata\":{\"x\":\"a\\u0000b\"}}", marker, body); break;
    case 5: n = snprintf(buf, cap, "{\"cid\":\"%s\",%s,\"reflection\":{\"s\":\"bad \xff\xfe utf8\"}}", marker, body); break;
    case 6: n = snprintf(buf, cap, "{\"cid\":\"%s\",%s,\"note\":\"lone \\ud800 surrogate\"}", marker, body); break;
    case 7: n = snprintf(buf, cap, "{\"cid\":\"%s\",\"cid\":\"%s\",%s}", marker, marker, body); break;
    case 8: n = snprintf(buf, cap, "{\"v\":2,\"cid\":\"%s\",%s}", marker, body); break;
    case 9: n = snprintf(buf, cap, "{\"cid\":\"%s\",%s,\"token_count\":1.5}", marker, body); break;
    case 10: n = snprintf(buf, cap, "\xef\xbb\xbf{\"cid\":\"%s\",%s}", marker, body); break;
    case 11: /* a raw NUL byte inside a string */
        n = snprintf(buf, cap, "{\"cid\":\"%s\",%s,\"x\":\"a_b\"}", marker, body);
        if (n > 0)
            strstr(buf, "a_b")[1] = '\0';
        break;
    default: { /* oversize: above MEMFLUSH_MAX_RECORD_BYTES (the torture sets 16384) */
        size_t pad = 20000, off;
        n = snprintf(buf, cap, "{\"cid\":\"%s\",%s,\"user_note\":\"", marker, body);
        if (n < 0 || (size_t)n + pad + 3 > cap)
            return 0;
        off = (size_t)n;
        memset(buf + off, 'x', pad);
        memcpy(buf + off + pad, "\"}", 3);
        return off + pad + 2;
    }
    }
    return n < 0 ? 0 : (size_t)n;
}

static int run_raw(unsigned long *seq, unsigned long *pseq, long rate)
{
    static char buf[32768];

    if (pick(8) == 0) {
        char marker[64];
        size_t len;
        snprintf(marker, sizeof(marker), "TPZ%s-%lu~", g_id, (*pseq)++);
        len = poison_record(buf, sizeof(buf), marker, pick(13));
        if (len == 0)
            return -1;
        if (rpush_once(buf, len) == 0)
            note(f_pack, marker, &n_pack);
        else {
            note(f_punknown, marker, &n_punknown);
            sleep_ms(RETRY_MS);
        }
    } else {
        char cid[64], *rec;
        int i;
        snprintf(cid, sizeof(cid), "R%s-%06lu", g_id, (*seq)++);
        rec = valid_record(cid);
        if (rec == NULL)
            return -1;
        for (i = 0; i < RETRIES; i++) {
            if (rpush_once(rec, strlen(rec)) == 0)
                break;
            n_retried++;
            sleep_ms(RETRY_MS);
        }
        note(i < RETRIES ? f_ack : f_unknown, cid, i < RETRIES ? &n_ack : &n_unknown);
        free(rec);
    }
    sleep_ms(1000 / rate);
    return 0;
}

int main(int argc, char **argv)
{
    unsigned long seq = 0, pseq = 0;
    long rate;
    mf_handle *h = NULL;

    if (argc != 7 || (strcmp(argv[1], "lib") != 0 && strcmp(argv[1], "raw") != 0)) {
        fprintf(stderr, "usage: tproducer lib|raw ID OUTDIR STOPFILE SEED RATE\n");
        return 2;
    }
    g_mode = argv[1];
    g_id = argv[2];
    g_stop = argv[4];
    g_rng = strtoull(argv[5], NULL, 10) * 0x9E3779B97F4A7C15ULL + 1;
    rate = strtol(argv[6], NULL, 10);
    if (rate < 1)
        rate = 1;
    f_ack = open_out(argv[3], "ack");
    f_unknown = open_out(argv[3], "unknown");
    f_pack = open_out(argv[3], "poison-ack");
    f_punknown = open_out(argv[3], "poison-unknown");
    snprintf(g_pending, sizeof(g_pending), "{%s}:pending",
             getenv("MEMFLUSH_PREFIX") && *getenv("MEMFLUSH_PREFIX") ? getenv("MEMFLUSH_PREFIX") : "memflush");

    if (g_mode[0] == 'l') {
        mf_error err = {0};
        mf_config *cfg = mf_config_new();
        if (cfg == NULL || mf_config_load_env(cfg, &err) != 0 || (h = mf_open(cfg, &err)) == NULL) {
            fprintf(stderr, "tproducer: could not open the library: %s\n", err.msg);
            return 2;
        }
        mf_config_free(cfg);
    }
    while (!stopped()) {
        int rc = g_mode[0] == 'l' ? run_lib(h, &seq, rate) : run_raw(&seq, &pseq, rate);
        if (rc != 0) {
            fprintf(stderr, "tproducer: out of memory\n");
            return 2;
        }
    }
    mf_close(h);
    redisFree(g_redis);
    fclose(f_ack);
    fclose(f_unknown);
    fclose(f_pack);
    fclose(f_punknown);
    printf("producer %s%s: acknowledged %lu unknown %lu poison_acknowledged %lu poison_unknown %lu retries %lu\n",
           g_mode, g_id, n_ack, n_unknown, n_pack, n_punknown, n_retried);
    return 0;
}
