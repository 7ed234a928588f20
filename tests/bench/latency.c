/* latency.c - single-turn round-trip latency of the library's save call
 * (mf_save_json: one EVALSHA doing the pending list, context list, trim and
 * TTL) against a bare hiredis RPUSH of the same bytes, interleaved in one
 * process on one Redis. Uses only the public API of include/memflush.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hiredis/hiredis.h>

#include "bench.h"
#include "memflush.h"

#define WARMUP 200

/* mfbench latency --file JSONL --samples N
 * Prints: save_p50_us=.. save_p99_us=.. save_mean_us=.. rpush_p50_us=.. rpush_p99_us=.. rpush_mean_us=.. */
int bench_latency(int argc, char **argv)
{
    const char *path = bench_opt(argc, argv, "file", NULL);
    long samples = atol(bench_opt(argc, argv, "samples", "5000"));
    long nrec = 0, i;
    char **recs = NULL;
    size_t *lens = NULL;
    double *ts = NULL, *tr = NULL, sum_s = 0, sum_r = 0;
    char host[256], *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int port, db, rc = 1;
    FILE *f = NULL;
    redisContext *c = NULL;
    mf_config *cfg = NULL;
    mf_handle *h = NULL;
    mf_error err = {0};

    if (path == NULL || samples <= 0) {
        fprintf(stderr, "usage: mfbench latency --file JSONL --samples N (REDIS_URL from the environment)\n");
        return 2;
    }
    /* the bare RPUSH goes to MFBENCH_RPUSH_URL when set (plaintext, while the library's saves
     * go over rediss://) */
    if (bench_redis_addr(getenv("MFBENCH_RPUSH_URL") ? getenv("MFBENCH_RPUSH_URL") : getenv("REDIS_URL"), host,
                         sizeof(host), &port, &db) != 0)
        return 2;
    /* up to 1000 distinct records, reused round robin */
    f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    recs = calloc(1000, sizeof(*recs));
    lens = calloc(1000, sizeof(*lens));
    ts = calloc((size_t)samples, sizeof(*ts));
    tr = calloc((size_t)samples, sizeof(*tr));
    if (!recs || !lens || !ts || !tr)
        goto done;
    while (nrec < 1000 && (len = getline(&line, &cap, f)) > 0) {
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        recs[nrec] = strdup(line);
        lens[nrec++] = (size_t)len;
    }
    if (nrec == 0) {
        fprintf(stderr, "mfbench latency: %s is empty\n", path);
        goto done;
    }

    cfg = mf_config_new();
    if (cfg == NULL || mf_config_load_env(cfg, &err) != 0 || (h = mf_open(cfg, &err)) == NULL ||
        mf_connect(h, MF_CONNECT_REDIS, &err) != 0) {
        fprintf(stderr, "mfbench latency: %s\n", err.msg[0] ? err.msg : "out of memory");
        goto done;
    }
    c = redisConnect(host, port);
    if (c == NULL || c->err) {
        fprintf(stderr, "mfbench latency: could not connect to redis: %s\n", c ? c->errstr : "oom");
        goto done;
    }
    if (db != 0)
        freeReplyObject(redisCommand(c, "SELECT %d", db));

    for (i = -WARMUP; i < samples; i++) {
        long k = (i + WARMUP) % nrec;
        mf_save_result res;
        redisReply *r;
        double t0, t1, t2;

        memset(&err, 0, sizeof(err));
        /* alternate the order so neither call always runs on a warmer cache */
        if (i & 1) {
            t0 = bench_now();
            r = redisCommand(c, "RPUSH bench:rpush %b", recs[k], lens[k]);
            t1 = bench_now();
            if (mf_save_json(h, recs[k], lens[k], 0, &res, &err) != 0)
                goto save_failed;
            t2 = bench_now();
            if (i >= 0) {
                tr[i] = (t1 - t0) * 1e6;
                ts[i] = (t2 - t1) * 1e6;
            }
        } else {
            t0 = bench_now();
            if (mf_save_json(h, recs[k], lens[k], 0, &res, &err) != 0)
                goto save_failed;
            t1 = bench_now();
            r = redisCommand(c, "RPUSH bench:rpush %b", recs[k], lens[k]);
            t2 = bench_now();
            if (i >= 0) {
                ts[i] = (t1 - t0) * 1e6;
                tr[i] = (t2 - t1) * 1e6;
            }
        }
        if (r == NULL || r->type != REDIS_REPLY_INTEGER) {
            fprintf(stderr, "mfbench latency: RPUSH failed: %s\n",
                    r ? (r->type == REDIS_REPLY_ERROR ? r->str : "unexpected reply") : c->errstr);
            freeReplyObject(r);
            goto done;
        }
        freeReplyObject(r);
        if (i >= 0) {
            sum_s += ts[i];
            sum_r += tr[i];
        }
    }
    printf("save_p50_us=%.1f save_p99_us=%.1f save_mean_us=%.1f ", bench_percentile(ts, (size_t)samples, 50),
           bench_percentile(ts, (size_t)samples, 99), sum_s / (double)samples);
    printf("rpush_p50_us=%.1f rpush_p99_us=%.1f rpush_mean_us=%.1f\n", bench_percentile(tr, (size_t)samples, 50),
           bench_percentile(tr, (size_t)samples, 99), sum_r / (double)samples);
    rc = 0;
    goto done;
save_failed:
    fprintf(stderr, "mfbench latency: mf_save_json failed: %s\n", err.msg);
done:
    if (f)
        fclose(f);
    free(line);
    for (i = 0; i < nrec; i++)
        free(recs[i]);
    free(recs);
    free(lens);
    free(ts);
    free(tr);
    redisFree(c);
    mf_close(h);
    mf_config_free(cfg);
    return rc;
}
