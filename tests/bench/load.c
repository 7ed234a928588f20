/* load.c - load a JSON-lines file into a Redis list with pipelined
 * multi-value RPUSH (not part of any timed measurement: it prepares
 * {P}:pending for 'memflush flush'). Knows nothing about the records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hiredis/hiredis.h>

#include "bench.h"

#define PER_CMD 256   /* values per RPUSH */
#define WINDOW 16     /* RPUSH commands in flight */

static int drain(redisContext *c, int *inflight)
{
    while (*inflight > 0) {
        redisReply *r = NULL;
        if (redisGetReply(c, (void **)&r) != REDIS_OK || r == NULL) {
            fprintf(stderr, "mfbench load: redis: %s\n", c->errstr);
            return -1;
        }
        if (r->type == REDIS_REPLY_ERROR) {
            fprintf(stderr, "mfbench load: RPUSH failed: %s\n", r->str);
            freeReplyObject(r);
            return -1;
        }
        freeReplyObject(r);
        (*inflight)--;
    }
    return 0;
}

int bench_load(int argc, char **argv)
{
    const char *key = bench_opt(argc, argv, "key", NULL);
    const char *path = bench_opt(argc, argv, "file", NULL);
    char host[256];
    int port, db, inflight = 0, rc = 1;
    redisContext *c = NULL;
    FILE *f = NULL;
    const char *argvv[PER_CMD + 2];
    size_t lens[PER_CMD + 2];
    char *lines[PER_CMD];
    int n = 0;
    long total = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;

    if (key == NULL || path == NULL) {
        fprintf(stderr, "usage: mfbench load --key KEY --file JSONL (REDIS_URL from the environment)\n");
        return 2;
    }
    if (bench_redis_addr(getenv("REDIS_URL"), host, sizeof(host), &port, &db) != 0)
        return 2;
    c = redisConnect(host, port);
    if (c == NULL || c->err) {
        fprintf(stderr, "mfbench load: could not connect to redis: %s\n", c ? c->errstr : "oom");
        goto done;
    }
    if (db != 0) {
        redisReply *r = redisCommand(c, "SELECT %d", db);
        freeReplyObject(r);
    }
    f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        goto done;
    }
    argvv[0] = "RPUSH";
    lens[0] = 5;
    argvv[1] = key;
    lens[1] = strlen(key);
    for (;;) {
        len = getline(&line, &cap, f);
        if (len > 0) {
            if (line[len - 1] == '\n')
                line[--len] = '\0';
            if (len == 0)
                continue;
            lines[n] = malloc((size_t)len);
            if (lines[n] == NULL)
                goto done;
            memcpy(lines[n], line, (size_t)len);
            argvv[2 + n] = lines[n];
            lens[2 + n] = (size_t)len;
            n++;
            total++;
        }
        if (n == PER_CMD || (len < 0 && n > 0)) {
            if (redisAppendCommandArgv(c, n + 2, argvv, lens) != REDIS_OK)
                goto done;
            for (int i = 0; i < n; i++)
                free(lines[i]);
            n = 0;
            if (++inflight >= WINDOW && drain(c, &inflight) != 0)
                goto done;
        }
        if (len < 0)
            break;
    }
    if (drain(c, &inflight) != 0)
        goto done;
    printf("%ld\n", total);
    rc = 0;
done:
    for (int i = 0; i < n; i++)
        free(lines[i]);
    free(line);
    if (f)
        fclose(f);
    redisFree(c);
    return rc;
}
