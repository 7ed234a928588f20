/* tverify.c - the torture test's judge: checks contract §3 against what the producers
 * recorded. Knows nothing about how the turns were pushed or flushed.
 *
 *   tverify OUTDIR     (REDIS_URL, DATABASE_URL, MEMFLUSH_PREFIX from the environment)
 *
 * Reads OUTDIR/ack-*.txt and unknown-*.txt (valid cids), poison-ack-*.txt and
 * poison-unknown-*.txt (poison markers "TPZ...~"), then the table and {P}:dead, and checks:
 *  - an acknowledged valid cid is in the table exactly once and not in {P}:dead;
 *  - an unknown valid cid (its push failed) is in the table at most once, never in {P}:dead;
 *  - an acknowledged poison record is in {P}:dead exactly once; an unknown one at most once;
 *  - the table holds no cid that was never pushed, {P}:dead no entry that was not poison;
 *  - {P}:pending is empty, no in-flight list holds a record, no lease is left.
 * Prints its figures as "name value" lines and exits 1 on any violation (naming the
 * first few), 2 when it cannot read what it needs. */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hiredis/hiredis.h>
#include <jansson.h>
#include <libpq-fe.h>

enum { ACK = 1, UNKNOWN = 2 };

typedef struct item {
    char *key;    /* cid or poison marker */
    int kind;     /* ACK or UNKNOWN (ACK wins when a key is in both) */
    int in_table;
    int in_dead;
} item;

typedef struct set {
    item *v;
    size_t n, cap;
} set;

static unsigned long violations;

static void violation(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void violation(const char *fmt, ...)
{
    va_list ap;

    violations++;
    if (violations > 20)
        return;
    va_start(ap, fmt);
    printf("VIOLATION: ");
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
}

static void set_add(set *s, const char *key, int kind)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1024;
        s->v = realloc(s->v, s->cap * sizeof(item));
        if (s->v == NULL) {
            fprintf(stderr, "tverify: out of memory\n");
            exit(2);
        }
    }
    s->v[s->n].key = strdup(key);
    s->v[s->n].kind = kind;
    s->v[s->n].in_table = 0;
    s->v[s->n].in_dead = 0;
    s->n++;
}

static int cmp_item(const void *a, const void *b)
{
    const item *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : x->kind - y->kind; /* ACK first */
}

/* Sort and merge duplicate keys (ACK wins). */
static void set_seal(set *s)
{
    size_t i, j = 0;
    qsort(s->v, s->n, sizeof(item), cmp_item);
    for (i = 0; i < s->n; i++) {
        if (j > 0 && strcmp(s->v[j - 1].key, s->v[i].key) == 0) {
            free(s->v[i].key);
            continue;
        }
        s->v[j++] = s->v[i];
    }
    s->n = j;
}

static item *set_find(set *s, const char *key)
{
    item probe = {(char *)key, 0, 0, 0};
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(probe.key, s->v[mid].key);
        if (c == 0)
            return &s->v[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

static void read_lists(const char *dir, set *valid, set *poison)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[2048], line[512];

    if (d == NULL) {
        fprintf(stderr, "tverify: cannot open %s\n", dir);
        exit(2);
    }
    while ((e = readdir(d)) != NULL) {
        set *s;
        int kind;
        FILE *f;

        if (strncmp(e->d_name, "poison-ack-", 11) == 0)
            s = poison, kind = ACK;
        else if (strncmp(e->d_name, "poison-unknown-", 15) == 0)
            s = poison, kind = UNKNOWN;
        else if (strncmp(e->d_name, "ack-", 4) == 0)
            s = valid, kind = ACK;
        else if (strncmp(e->d_name, "unknown-", 8) == 0)
            s = valid, kind = UNKNOWN;
        else
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        f = fopen(path, "r");
        if (f == NULL) {
            fprintf(stderr, "tverify: cannot read %s\n", path);
            exit(2);
        }
        while (fgets(line, sizeof(line), f) != NULL) {
            line[strcspn(line, "\r\n")] = '\0';
            if (line[0] != '\0')
                set_add(s, line, kind);
        }
        fclose(f);
    }
    closedir(d);
    set_seal(valid);
    set_seal(poison);
}

static int b64val(int c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* Decode base64 into a new buffer (ignores padding and junk). */
static char *b64decode(const char *in, size_t *outlen)
{
    size_t n = strlen(in), o = 0;
    char *out = malloc(n + 1);
    unsigned acc = 0;
    int bits = 0;

    if (out == NULL)
        exit(2);
    for (; *in; in++) {
        int v = b64val((unsigned char)*in);
        if (v < 0)
            continue;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (char)((acc >> bits) & 0xff);
        }
    }
    *outlen = o;
    return out;
}

/* One dead-letter entry: find the poison marker or the cid it is about. */
static void judge_dead(const char *raw, size_t rawlen, set *valid, set *poison, unsigned long *stray)
{
    json_error_t jerr;
    json_t *e = json_loadb(raw, rawlen, JSON_ALLOW_NUL, &jerr), *r;
    char *rec = NULL, marker[128];
    size_t reclen = 0;
    const char *p, *end;

    if (e == NULL || !json_is_object(e)) {
        (*stray)++;
        violation("a dead-letter entry is not a JSON object: %.80s", raw);
        json_decref(e);
        return;
    }
    if ((r = json_object_get(e, "record")) != NULL && json_is_string(r)) {
        reclen = json_string_length(r);
        rec = malloc(reclen + 1);
        if (rec == NULL)
            exit(2);
        memcpy(rec, json_string_value(r), reclen);
        rec[reclen] = '\0';
    } else if ((r = json_object_get(e, "record_base64")) != NULL && json_is_string(r)) {
        rec = b64decode(json_string_value(r), &reclen);
    } else {
        (*stray)++;
        violation("a dead-letter entry has neither record nor record_base64: %.80s", raw);
        json_decref(e);
        return;
    }
    p = memmem(rec, reclen, "TPZ", 3);
    if (p != NULL && (end = memchr(p, '~', reclen - (size_t)(p - rec))) != NULL &&
        (size_t)(end - p) < sizeof(marker) - 1) {
        item *it;
        memcpy(marker, p, (size_t)(end - p) + 1);
        marker[end - p + 1] = '\0';
        it = set_find(poison, marker);
        if (it != NULL)
            it->in_dead++;
        else {
            (*stray)++;
            violation("a dead letter holds poison %s that no producer recorded", marker);
        }
    } else {
        json_t *t = json_loadb(rec, reclen, 0, &jerr), *cid = t ? json_object_get(t, "cid") : NULL;
        json_t *why = json_object_get(e, "error");
        item *it = cid && json_is_string(cid) ? set_find(valid, json_string_value(cid)) : NULL;
        const char *q;
        if (it == NULL && t == NULL && (q = memmem(rec, reclen, "\"cid\":\"", 7)) != NULL) {
            /* not JSON (e.g. a stray byte after a valid record): find the cid as text */
            char c[129];
            size_t k = 0;
            q += 7;
            while (q < rec + reclen && *q != '"' && k < sizeof(c) - 1)
                c[k++] = *q++;
            c[k] = '\0';
            it = set_find(valid, c);
        }
        if (it != NULL) {
            it->in_dead++;
            if (it->in_dead == 1 && violations < 20)
                printf("VIOLATION: valid cid %s was dead-lettered: %.300s\n", it->key,
                       json_is_string(why) ? json_string_value(why) : "?");
        } else {
            (*stray)++;
            violation("a dead letter holds a record no producer pushed (%s; error: %.200s): %.80s",
                      t == NULL ? jerr.text : "no known cid", json_is_string(why) ? json_string_value(why) : "?",
                      rec);
        }
        json_decref(t);
    }
    free(rec);
    json_decref(e);
}

static redisContext *redis_conn(void)
{
    const char *url = getenv("REDIS_URL");
    char host[256] = "127.0.0.1";
    int port = 6379;
    redisContext *c;

    if (url != NULL)
        sscanf(url, "redis://%255[^:/]:%d", host, &port);
    if (getenv("MF_REDIS_TLS") != NULL && getenv("MF_REDIS_SOCKET") != NULL)
        c = redisConnectUnix(getenv("MF_REDIS_SOCKET")); /* TCP is TLS only */
    else
        c = redisConnect(host, port);
    if (c == NULL || c->err) {
        fprintf(stderr, "tverify: cannot connect to Redis\n");
        exit(2);
    }
    return c;
}

static long long redis_int(redisContext *c, const char *cmd, const char *key)
{
    redisReply *r = redisCommand(c, cmd, key);
    long long v;
    if (r == NULL || r->type != REDIS_REPLY_INTEGER) {
        fprintf(stderr, "tverify: %s %s failed\n", cmd, key);
        exit(2);
    }
    v = r->integer;
    freeReplyObject(r);
    return v;
}

int main(int argc, char **argv)
{
    set valid = {0}, poison = {0};
    const char *prefix = getenv("MEMFLUSH_PREFIX");
    char k_pending[300], k_dead[300], k_leases[300], k_inflight[300];
    unsigned long rows = 0, phantom = 0, stray = 0, lost = 0, duplicated = 0, misplaced = 0;
    unsigned long ack_valid = 0, unk_valid = 0, unk_landed = 0, ack_poison = 0, unk_poison = 0,
                  unk_poison_dead = 0;
    long long dead_len, pending, leases, inflight = 0, inflight_keys = 0;
    redisContext *rc;
    PGconn *pg;
    PGresult *res;
    size_t i;

    if (argc != 2) {
        fprintf(stderr, "usage: tverify OUTDIR\n");
        return 2;
    }
    if (prefix == NULL || *prefix == '\0')
        prefix = "memflush";
    snprintf(k_pending, sizeof(k_pending), "{%s}:pending", prefix);
    snprintf(k_dead, sizeof(k_dead), "{%s}:dead", prefix);
    snprintf(k_leases, sizeof(k_leases), "{%s}:leases", prefix);
    snprintf(k_inflight, sizeof(k_inflight), "{%s}:inflight:*", prefix);
    read_lists(argv[1], &valid, &poison);

    /* the table */
    pg = PQconnectdb(getenv("DATABASE_URL") ? getenv("DATABASE_URL") : "");
    if (PQstatus(pg) != CONNECTION_OK) {
        fprintf(stderr, "tverify: cannot connect to PostgreSQL: %s", PQerrorMessage(pg));
        return 2;
    }
    res = PQexec(pg, "SELECT cid FROM public.chat_memories");
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        fprintf(stderr, "tverify: reading the table failed: %s", PQerrorMessage(pg));
        return 2;
    }
    rows = (unsigned long)PQntuples(res);
    for (i = 0; i < rows; i++) {
        const char *cid = PQgetvalue(res, (int)i, 0);
        item *it = set_find(&valid, cid);
        if (it != NULL)
            it->in_table++;
        else {
            phantom++;
            violation("the table holds cid %s that no producer pushed", cid);
        }
    }
    PQclear(res);
    PQfinish(pg);

    /* Redis: dead letters, pending, in flight, leases */
    rc = redis_conn();
    dead_len = redis_int(rc, "LLEN %s", k_dead);
    for (i = 0; i < (size_t)dead_len; i += 500) {
        redisReply *r = redisCommand(rc, "LRANGE %s %lld %lld", k_dead, (long long)i, (long long)i + 499);
        size_t j;
        if (r == NULL || r->type != REDIS_REPLY_ARRAY) {
            fprintf(stderr, "tverify: LRANGE dead failed\n");
            return 2;
        }
        for (j = 0; j < r->elements; j++)
            judge_dead(r->element[j]->str, r->element[j]->len, &valid, &poison, &stray);
        freeReplyObject(r);
    }
    pending = redis_int(rc, "LLEN %s", k_pending);
    leases = redis_int(rc, "ZCARD %s", k_leases);
    {
        redisReply *r = redisCommand(rc, "KEYS %s", k_inflight);
        size_t j;
        if (r == NULL || r->type != REDIS_REPLY_ARRAY) {
            fprintf(stderr, "tverify: KEYS failed\n");
            return 2;
        }
        inflight_keys = (long long)r->elements;
        for (j = 0; j < r->elements; j++)
            inflight += redis_int(rc, "LLEN %s", r->element[j]->str);
        freeReplyObject(r);
    }
    redisFree(rc);

    /* the judgement */
    for (i = 0; i < valid.n; i++) {
        item *it = &valid.v[i];
        if (it->kind == ACK)
            ack_valid++;
        else {
            unk_valid++;
            if (it->in_table)
                unk_landed++;
        }
        if (it->in_table > 1 || it->in_table + it->in_dead > 1) {
            duplicated++;
            violation("cid %s is in the table %d time(s) and in the dead letters too", it->key, it->in_table);
        } else if (it->in_dead > 0) {
            misplaced++;
            violation("valid cid %s was dead-lettered (%d)", it->key, it->in_dead);
        } else if (it->kind == ACK && it->in_table == 0) {
            lost++;
            violation("acknowledged cid %s is neither in the table nor dead-lettered", it->key);
        }
    }
    for (i = 0; i < poison.n; i++) {
        item *it = &poison.v[i];
        if (it->kind == ACK)
            ack_poison++;
        else {
            unk_poison++;
            if (it->in_dead)
                unk_poison_dead++;
        }
        if (it->in_dead > 1) {
            duplicated++;
            violation("poison %s is in the dead letters %d times", it->key, it->in_dead);
        } else if (it->kind == ACK && it->in_dead == 0) {
            lost++;
            violation("acknowledged poison %s is not in the dead letters", it->key);
        }
    }
    if (pending != 0) {
        violations++;
        printf("VIOLATION: %lld records are still in {P}:pending after the final flush\n", pending);
    }
    if (inflight != 0 || leases != 0) {
        violations++;
        printf("VIOLATION: %lld records in flight (%lld lists), %lld leases left after the final flush\n",
               inflight, inflight_keys, leases);
    }

    printf("turns_acknowledged %lu\n", ack_valid);
    printf("turns_unknown %lu\n", unk_valid);
    printf("turns_unknown_in_table %lu\n", unk_landed);
    printf("poison_acknowledged %lu\n", ack_poison);
    printf("poison_unknown %lu\n", unk_poison);
    printf("poison_unknown_in_dead %lu\n", unk_poison_dead);
    printf("rows %lu\n", rows);
    printf("dead_letters %lld\n", dead_len);
    printf("pending %lld\n", pending);
    printf("in_flight %lld\n", inflight);
    printf("leases %lld\n", leases);
    printf("lost %lu\n", lost);
    printf("duplicated %lu\n", duplicated);
    printf("valid_dead_lettered %lu\n", misplaced);
    printf("phantom_rows %lu\n", phantom);
    printf("stray_dead_letters %lu\n", stray);
    printf("violations %lu\n", violations);
    for (i = 0; i < valid.n; i++)
        free(valid.v[i].key);
    for (i = 0; i < poison.n; i++)
        free(poison.v[i].key);
    free(valid.v);
    free(poison.v);
    return violations ? 1 : 0;
}
