/* th.c - see th.h. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <jansson.h>

#include "th.h"

redisContext *th_redis(void)
{
    const char *url = getenv("REDIS_URL");
    char host[256] = "127.0.0.1";
    int port = 6379;
    redisContext *c;

    ck_assert_msg(url != NULL, "REDIS_URL is not set: run the test through tests/rig.sh");
    if (getenv("MF_REDIS_TLS") != NULL && getenv("MF_REDIS_SOCKET") != NULL) {
        /* the rig's TCP port speaks TLS only: the harness looks through the Unix socket */
        c = redisConnectUnix(getenv("MF_REDIS_SOCKET"));
        ck_assert_msg(c != NULL && !c->err, "cannot connect to redis at %s", getenv("MF_REDIS_SOCKET"));
        return c;
    }
    if (sscanf(url, "redis://%255[^:/]:%d", host, &port) < 1)
        ck_abort_msg("cannot parse REDIS_URL %s", url);
    c = redisConnect(host, port);
    ck_assert_msg(c != NULL && !c->err, "cannot connect to redis at %s", url);
    return c;
}

PGconn *th_pg(void)
{
    const char *url = getenv("DATABASE_URL");
    PGconn *c;

    ck_assert_msg(url != NULL, "DATABASE_URL is not set: run the test through tests/rig.sh");
    c = PQconnectdb(url);
    ck_assert_msg(PQstatus(c) == CONNECTION_OK, "cannot connect to postgres: %s", PQerrorMessage(c));
    return c;
}

const char *th_prefix(void)
{
    const char *p = getenv("MEMFLUSH_PREFIX");
    return p && *p ? p : "memflush";
}

char *th_key(const char *suffix)
{
    char *k;
    ck_assert(asprintf(&k, "{%s}:%s", th_prefix(), suffix) > 0);
    return k;
}

const char *th_binary(void)
{
    static char path[1024];
    const char *m = getenv("MEMFLUSH"), *b = getenv("BUILD");

    if (m && *m)
        return m;
    snprintf(path, sizeof(path), "%s/memflush", b && *b ? b : "build");
    return path;
}

static char *slurp_fd(int fd)
{
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    ssize_t n;

    ck_assert(buf != NULL);
    lseek(fd, 0, SEEK_SET);
    while ((n = read(fd, buf + len, cap - len - 1)) > 0) {
        len += (size_t)n;
        if (cap - len < 2) {
            cap *= 2;
            buf = realloc(buf, cap);
            ck_assert(buf != NULL);
        }
    }
    buf[len] = '\0';
    return buf;
}

void th_memflushv(th_run *r, const char *stdin_data, const char *const *env, const char *const *args)
{
    char tmpl_out[] = "/tmp/th-out-XXXXXX", tmpl_err[] = "/tmp/th-err-XXXXXX", tmpl_in[] = "/tmp/th-in-XXXXXX";
    int fo = mkstemp(tmpl_out), fe = mkstemp(tmpl_err), fi = -1, st;
    size_t nargs = 0, i;
    const char **argv;
    pid_t pid;

    ck_assert(fo >= 0 && fe >= 0);
    unlink(tmpl_out);
    unlink(tmpl_err);
    if (stdin_data != NULL) {
        fi = mkstemp(tmpl_in);
        ck_assert(fi >= 0);
        unlink(tmpl_in);
        ck_assert(write(fi, stdin_data, strlen(stdin_data)) == (ssize_t)strlen(stdin_data));
        lseek(fi, 0, SEEK_SET);
    }
    while (args[nargs])
        nargs++;
    argv = calloc(nargs + 2, sizeof(*argv));
    ck_assert(argv != NULL);
    argv[0] = th_binary();
    for (i = 0; i < nargs; i++)
        argv[i + 1] = args[i];
    fflush(NULL);
    pid = fork();
    ck_assert(pid >= 0);
    if (pid == 0) {
        int fin = fi >= 0 ? fi : open("/dev/null", O_RDONLY);
        dup2(fin, 0);
        dup2(fo, 1);
        dup2(fe, 2);
        for (i = 0; env && env[i]; i++)
            putenv((char *)env[i]);
        execv(argv[0], (char *const *)argv);
        fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    free(argv);
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    r->out = slurp_fd(fo);
    r->err = slurp_fd(fe);
    close(fo);
    close(fe);
    if (fi >= 0)
        close(fi);
}

void th_memflush(th_run *r, const char *stdin_data, const char *const *env, ...)
{
    const char *args[64];
    size_t n = 0;
    va_list ap;

    va_start(ap, env);
    while (n < 63 && (args[n] = va_arg(ap, const char *)) != NULL)
        n++;
    va_end(ap);
    args[n] = NULL;
    th_memflushv(r, stdin_data, env, args);
}

void th_run_free(th_run *r)
{
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

int th_spawn(const char *const *env, const char *const *args)
{
    size_t nargs = 0, i;
    const char **argv;
    const char *dir = getenv("MF_RIG_DIR");
    pid_t pid;

    while (args[nargs])
        nargs++;
    argv = calloc(nargs + 2, sizeof(*argv));
    ck_assert(argv != NULL);
    argv[0] = th_binary();
    for (i = 0; i < nargs; i++)
        argv[i + 1] = args[i];
    fflush(NULL);
    pid = fork();
    ck_assert(pid >= 0);
    if (pid == 0) {
        char path[1024];
        int fd;
        snprintf(path, sizeof(path), "%s/spawn-%ld.log", dir ? dir : "/tmp", (long)getpid());
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        fd = open("/dev/null", O_RDONLY);
        dup2(fd, 0);
        for (i = 0; env && env[i]; i++)
            putenv((char *)env[i]);
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    free(argv);
    return (int)pid;
}

void th_rig(const char *sub)
{
    const char *rig = getenv("MF_RIG");
    char cmd[1024];

    ck_assert_msg(rig != NULL, "MF_RIG is not set: run the test through tests/rig.sh");
    snprintf(cmd, sizeof(cmd), "\"%s\" %s >&2", rig, sub);
    ck_assert_msg(system(cmd) == 0, "rig command failed: %s", sub);
}

long long th_pg_int(PGconn *pg, const char *sql)
{
    PGresult *res = PQexec(pg, sql);
    long long v;

    ck_assert_msg(PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) >= 1, "query failed: %s: %s", sql,
                  PQerrorMessage(pg));
    v = PQgetisnull(res, 0, 0) ? 0 : strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    return v;
}

void th_pg_exec(PGconn *pg, const char *sql)
{
    PGresult *res = PQexec(pg, sql);
    ExecStatusType st = PQresultStatus(res);

    ck_assert_msg(st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK, "statement failed: %s: %s", sql,
                  PQerrorMessage(pg));
    PQclear(res);
}

long long th_redis_int(redisContext *r, const char *fmt, ...)
{
    va_list ap;
    redisReply *rep;
    long long v;

    va_start(ap, fmt);
    rep = redisvCommand(r, fmt, ap);
    va_end(ap);
    ck_assert_msg(rep != NULL, "redis I/O error: %s", r->errstr);
    ck_assert_msg(rep->type == REDIS_REPLY_INTEGER, "expected an integer reply to %s, got type %d (%s)", fmt,
                  rep->type, rep->type == REDIS_REPLY_ERROR ? rep->str : "");
    v = rep->integer;
    freeReplyObject(rep);
    return v;
}

void th_redis_cmd(redisContext *r, const char *fmt, ...)
{
    va_list ap;
    redisReply *rep;

    va_start(ap, fmt);
    rep = redisvCommand(r, fmt, ap);
    va_end(ap);
    ck_assert_msg(rep != NULL, "redis I/O error: %s", r->errstr);
    ck_assert_msg(rep->type != REDIS_REPLY_ERROR, "redis error for %s: %s", fmt, rep->str);
    freeReplyObject(rep);
}

long long th_llen(const char *suffix)
{
    char *k = th_key(suffix);
    long long n = th_redis_int(R, "LLEN %s", k);
    free(k);
    return n;
}

json_t *th_json(const char *s)
{
    json_error_t je;
    json_t *j = json_loads(s, 0, &je);
    ck_assert_msg(j != NULL, "not JSON (%s): %s", je.text, s);
    return j;
}

void th_reset(redisContext *r, PGconn *pg)
{
    char pattern[300];
    redisReply *rep;
    size_t i;

    snprintf(pattern, sizeof(pattern), "{%s}:*", th_prefix());
    rep = redisCommand(r, "KEYS %s", pattern);
    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY);
    for (i = 0; i < rep->elements; i++)
        th_redis_cmd(r, "DEL %b", rep->element[i]->str, rep->element[i]->len);
    freeReplyObject(rep);
    th_pg_exec(pg, "TRUNCATE public.chat_memories");
}

redisContext *R;
PGconn *PG;

mf_handle *th_open(const char *prefix, const char *context_max)
{
    mf_error err = {0};
    mf_config *cfg = mf_config_new();
    mf_handle *h;

    ck_assert(cfg != NULL);
    ck_assert_msg(mf_config_load_env(cfg, &err) == 0, "%s", err.msg);
    if (prefix != NULL)
        ck_assert_msg(mf_config_set(cfg, "prefix", prefix, &err) == 0, "%s", err.msg);
    if (context_max != NULL)
        ck_assert_msg(mf_config_set(cfg, "context-max", context_max, &err) == 0, "%s", err.msg);
    h = mf_open(cfg, &err);
    ck_assert_msg(h != NULL, "%s", err.msg);
    mf_config_free(cfg);
    return h;
}

void th_setup(void)
{
    R = th_redis();
    PG = th_pg();
    th_reset(R, PG);
}

void th_teardown(void)
{
    if (R != NULL)
        redisFree(R);
    PQfinish(PG); /* accepts NULL */
    R = NULL;
    PG = NULL;
}

int th_run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}

int th_each_json(const char *dir, void (*fn)(const char *path, const char *buf, size_t len, void *arg),
                 void *arg)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;

    ck_assert_msg(d != NULL, "cannot open %s (run the tests from the repository root)", dir);
    while ((e = readdir(d)) != NULL) {
        char path[1024];
        size_t len, nl = strlen(e->d_name);
        char *buf;
        if (nl < 5 || strcmp(e->d_name + nl - 5, ".json") != 0)
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        buf = th_slurp(path, &len);
        fn(path, buf, len, arg);
        free(buf);
        n++;
    }
    closedir(d);
    ck_assert_msg(n > 10, "only %d files in %s", n, dir);
    return n;
}

char *th_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;

    ck_assert_msg(f != NULL, "cannot open %s (tests run from the repository root)", path);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    ck_assert(n >= 0);
    buf = malloc((size_t)n + 1);
    ck_assert(buf != NULL);
    ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    if (len != NULL)
        *len = (size_t)n;
    return buf;
}

void th_push_raw(redisContext *r, const char *record)
{
    char *k = th_key("pending");
    th_redis_int(r, "RPUSH %s %s", k, record);
    free(k);
}

char *th_record(const char *cid, const char *conv)
{
    char *s;
    ck_assert(asprintf(&s,
                       "{\"cid\":\"%s\",\"conversation_id\":\"%s\",\"user_id\":\"u1\","
                       "\"user_message\":\"hello \\u4f60\\u597d %s\",\"assistant_message\":\"hi\\tthere\\n\","
                       "\"created_at\":\"2025-10-27T08:15:00.123456Z\"}",
                       cid, conv, cid) > 0);
    return s;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* index of s in the sorted array, or -1 */
static long find_sorted(char **sorted, size_t n, const char *s)
{
    char **hit = bsearch(&s, sorted, n, sizeof(char *), cmp_str);
    return hit ? (long)(hit - sorted) : -1;
}

void th_check_invariant(redisContext *r, PGconn *pg, char **cids, size_t n, size_t *in_table,
                        size_t *in_dead)
{
    char **sorted = calloc(n ? n : 1, sizeof(char *));
    int *table_hits = calloc(n ? n : 1, sizeof(int)), *dead_hits = calloc(n ? n : 1, sizeof(int));
    char *kdead = th_key("dead"), *kleases = th_key("leases"), pattern[300];
    PGresult *res;
    redisReply *rep;
    size_t i;
    long idx;

    ck_assert(sorted && table_hits && dead_hits);
    memcpy(sorted, cids, n * sizeof(char *));
    qsort(sorted, n, sizeof(char *), cmp_str);
    *in_table = *in_dead = 0;

    /* nothing in flight */
    snprintf(pattern, sizeof(pattern), "{%s}:inflight:*", th_prefix());
    rep = redisCommand(r, "KEYS %s", pattern);
    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY);
    ck_assert_msg(rep->elements == 0, "%zu in-flight list(s) left, e.g. %s", rep->elements,
                  rep->elements ? rep->element[0]->str : "");
    freeReplyObject(rep);
    ck_assert_msg(th_redis_int(r, "ZCARD %s", kleases) == 0, "leases left in %s", kleases);

    res = PQexec(pg, "SELECT cid, count(*) FROM public.chat_memories GROUP BY cid");
    ck_assert_msg(PQresultStatus(res) == PGRES_TUPLES_OK, "%s", PQerrorMessage(pg));
    for (i = 0; i < (size_t)PQntuples(res); i++) {
        const char *cid = PQgetvalue(res, (int)i, 0);
        ck_assert_msg(strcmp(PQgetvalue(res, (int)i, 1), "1") == 0, "cid %s is %s times in the table", cid,
                      PQgetvalue(res, (int)i, 1));
        idx = find_sorted(sorted, n, cid);
        ck_assert_msg(idx >= 0, "cid %s is in the table but was never pushed", cid);
        table_hits[idx]++;
        (*in_table)++;
    }
    PQclear(res);

    rep = redisCommand(r, "LRANGE %s 0 -1", kdead);
    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY);
    for (i = 0; i < rep->elements; i++) {
        json_error_t je;
        json_t *entry = json_loadb(rep->element[i]->str, rep->element[i]->len, 0, &je), *rec;
        const char *raw;
        ck_assert_msg(entry != NULL, "dead-letter entry is not JSON: %s", rep->element[i]->str);
        raw = json_string_value(json_object_get(entry, "record"));
        if (raw == NULL) { /* not UTF-8: cannot hold a cid we pushed as text */
            json_decref(entry);
            continue;
        }
        rec = json_loads(raw, JSON_ALLOW_NUL, &je);
        if (rec && json_is_object(rec) && json_is_string(json_object_get(rec, "cid"))) {
            idx = find_sorted(sorted, n, json_string_value(json_object_get(rec, "cid")));
            if (idx >= 0) {
                dead_hits[idx]++;
                (*in_dead)++;
            }
        }
        json_decref(rec);
        json_decref(entry);
    }
    freeReplyObject(rep);

    for (i = 0; i < n; i++) {
        ck_assert_msg(table_hits[i] + dead_hits[i] == 1,
                      "cid %s: %d time(s) in the table and %d time(s) in the dead letters (lost or duplicated)",
                      sorted[i], table_hits[i], dead_hits[i]);
    }
    free(sorted);
    free(table_hits);
    free(dead_hits);
    free(kdead);
    free(kleases);
}
