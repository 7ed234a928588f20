/* load.c - load a JSON-lines file into a Redis list with pipelined
 * multi-value RPUSH: prepares {P}:pending for 'memflush flush' (not timed).
 * With --ctx PREFIX it also does, per chunk of 256 records and distinct
 * conversation, LPUSH PREFIX<conversation_id> of its records + EXPIRE: the
 * Redis writes 'memflush push' must make, without Lua or validation — the
 * floor push is measured against. Knows nothing else about the records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hiredis/hiredis.h>

#include "bench.h"

#define PER_CMD 256   /* values per RPUSH */
#define WINDOW 16     /* chunks in flight: the replies of the oldest are read once
                         there are this many (a sliding window, Redis never idles) */

/* Read n replies. */
static int drain(redisContext *c, int n)
{
    while (n > 0) {
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
        n--;
    }
    return 0;
}

/* The conversation id of a generated record (gen.c writes it unescaped). */
static int conv_of(const char *line, const char **id, size_t *len)
{
    static const char tag[] = "\"conversation_id\":\"";
    const char *p = strstr(line, tag), *e;

    if (p == NULL)
        return -1;
    p += sizeof(tag) - 1;
    e = strchr(p, '"');
    if (e == NULL)
        return -1;
    *id = p;
    *len = (size_t)(e - p);
    return 0;
}

/* Append, for each distinct conversation of lines[0..n), LPUSH prefix+id of
 * its lines and EXPIRE; returns the commands appended, -1 on error. */
static int append_ctx(redisContext *c, const char *prefix, const char *ttl, char **lines, const size_t *lens, int n)
{
    const char *argvv[PER_CMD + 2];
    size_t alens[PER_CMD + 2];
    char done[PER_CMD] = {0}, key[512];
    int cmds = 0;

    for (int i = 0; i < n; i++) {
        const char *id, *id2;
        size_t idlen, id2len;
        int k = 2;

        if (done[i])
            continue;
        if (conv_of(lines[i], &id, &idlen) != 0 || idlen + strlen(prefix) >= sizeof(key)) {
            fprintf(stderr, "mfbench load: no conversation_id in a record\n");
            return -1;
        }
        snprintf(key, sizeof(key), "%s%.*s", prefix, (int)idlen, id);
        for (int j = i; j < n; j++) {
            if (done[j] || conv_of(lines[j], &id2, &id2len) != 0 || id2len != idlen ||
                memcmp(id, id2, idlen) != 0)
                continue;
            done[j] = 1;
            argvv[k] = lines[j];
            alens[k++] = lens[j];
        }
        argvv[0] = "LPUSH";
        alens[0] = 5;
        argvv[1] = key;
        alens[1] = strlen(key);
        if (redisAppendCommandArgv(c, k, argvv, alens) != REDIS_OK ||
            redisAppendCommand(c, "EXPIRE %s %s", key, ttl) != REDIS_OK)
            return -1;
        cmds += 2;
    }
    return cmds;
}

int bench_load(int argc, char **argv)
{
    const char *key = bench_opt(argc, argv, "key", NULL);
    const char *path = bench_opt(argc, argv, "file", NULL);
    const char *ctx = bench_opt(argc, argv, "ctx", NULL);
    const char *ttl = bench_opt(argc, argv, "ttl", "172800");
    char host[256];
    int port, db, rc = 1;
    int replies[WINDOW]; /* replies each chunk in flight waits for */
    long sent = 0, read = 0;
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
        fprintf(stderr, "usage: mfbench load --key KEY --file JSONL [--ctx PREFIX [--ttl S]] (REDIS_URL from the "
                        "environment)\n");
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
            lines[n] = malloc((size_t)len + 1);
            if (lines[n] == NULL)
                goto done;
            memcpy(lines[n], line, (size_t)len + 1); /* with its NUL: conv_of reads it as a string */
            argvv[2 + n] = lines[n];
            lens[2 + n] = (size_t)len;
            n++;
            total++;
        }
        if (n == PER_CMD || (len < 0 && n > 0)) {
            int k = 0;
            if (redisAppendCommandArgv(c, n + 2, argvv, lens) != REDIS_OK ||
                (ctx != NULL && (k = append_ctx(c, ctx, ttl, lines, lens + 2, n)) < 0))
                goto done;
            replies[sent++ % WINDOW] = 1 + k;
            for (int i = 0; i < n; i++)
                free(lines[i]);
            n = 0;
            if (sent - read >= WINDOW && drain(c, replies[read++ % WINDOW]) != 0)
                goto done;
        }
        if (len < 0)
            break;
    }
    while (read < sent)
        if (drain(c, replies[read++ % WINDOW]) != 0)
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
