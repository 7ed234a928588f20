/* test_legacy_import.c - memflush import-legacy against real servers (tests/rig.sh):
 * legacy elements built as the Python backend writes them are imported and
 * flushed to the right rows; importing twice adds nothing; SIGKILL at each
 * crash point (MF_TEST_HOOKS) and at a random instant loses or doubles
 * nothing; sql/dba/legacy_copy_rows.sql copies old rows once with the same
 * cids as the C code; --dry-run reports what an import would do and moves
 * nothing. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "legacy.h"
#include "record.h"
#include "th.h"

#define LEGACY_KEY "pending:flush:queue"

/* Python's json.dumps (ensure_ascii) of a full turn with Chinese text. */
static const char E_FULL[] =
    "{\"conversation_id\": \"conv-zh\", \"data\": {\"user_msg\": \"\\u4f60\\u597d\\uff0c\\u6211\\u4eca\\u5929"
    "\\u5fc3\\u60c5\\u4e0d\\u597d\", \"assistant_msg\": \"\\u62b1\\u6b49\\u542c\\u5230\\u8fd9\\u4e2a\\u3002\", "
    "\"reflection\": {\"summary\": \"user is sad\", \"causes\": [\"work\"], \"improvements\": [\"ask more\"], "
    "\"confidence\": 0.8}, \"token_data\": {\"prompt_count\": 30, \"completion_count\": 12, \"total_count\": 42}, "
    "\"user_id\": \"user-1\", \"timestamp\": 1761552900}, \"timestamp\": \"2025-10-27T08:15:00.123456\"}";
/* raw UTF-8, null reflection, no token_data */
static const char E_NULLS[] =
    "{\"conversation_id\": \"conv-zh\", \"data\": {\"user_msg\": \"\xe8\xb0\xa2\xe8\xb0\xa2 thanks\", "
    "\"assistant_msg\": \"\xe4\xb8\x8d\xe5\xae\xa2\xe6\xb0\x94\", \"reflection\": null, "
    "\"user_id\": \"user-1\", \"timestamp\": 1761552960}, \"timestamp\": \"2025-10-27T08:16:00.5\"}";
/* no element timestamp: data's seconds */
static const char E_SECONDS[] =
    "{\"conversation_id\": \"conv-en\", \"data\": {\"user_msg\": \"hello\", \"assistant_msg\": \"hi there\", "
    "\"reflection\": null, \"token_data\": {\"total_count\": 7}, \"user_id\": \"user-2\", \"timestamp\": 1761552900}}";
static const char E_NOTJSON[] = "{\"conversation_id\": \"conv-en\", \"data\": {";
static const char E_NOMSG[] =
    "{\"conversation_id\": \"conv-en\", \"data\": {\"assistant_msg\": \"orphan\", \"user_id\": \"user-2\"}, "
    "\"timestamp\": \"2025-10-27T08:17:00\"}";

static const char *const ALL5[] = {E_FULL, E_NOTJSON, E_NULLS, E_NOMSG, E_SECONDS};

/* The cid the C mapping gives an element (malloc'd). */
static char *cid_of(const char *elem)
{
    mf_error err = {0};
    mfp_record r;
    char *out = NULL, *cid;
    size_t len;

    ck_assert_msg(mfp_legacy_convert(elem, strlen(elem), 0, &out, &len, &err) == 0, "%s", err.msg);
    ck_assert_int_eq(mfp_record_parse(out, len, 0, &r, &err), 0);
    cid = strdup(r.cid);
    mfp_record_clear(&r);
    free(out);
    return cid;
}

static void reset_all(redisContext *r, PGconn *pg)
{
    th_reset(r, pg);
    th_redis_cmd(r, "DEL %s", LEGACY_KEY);
}

static void push_legacy(redisContext *r, const char *elem)
{
    th_redis_int(r, "RPUSH %s %b", LEGACY_KEY, elem, strlen(elem));
}

static long long llen(redisContext *r, const char *key)
{
    return th_redis_int(r, "LLEN %s", key);
}

static long long llen_suffix(redisContext *r, const char *suffix)
{
    char *k = th_key(suffix);
    long long n = llen(r, k);
    free(k);
    return n;
}

/* Total length of every {P}:legacy-inflight:* list, and how many there are. */
static long long inflight_total(redisContext *r, size_t *nkeys)
{
    char pattern[300];
    redisReply *rep;
    long long n = 0;
    size_t i;

    snprintf(pattern, sizeof(pattern), "{%s}:legacy-inflight:*", th_prefix());
    rep = redisCommand(r, "KEYS %s", pattern);
    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY);
    for (i = 0; i < rep->elements; i++)
        n += llen(r, rep->element[i]->str);
    if (nkeys)
        *nkeys = rep->elements;
    freeReplyObject(rep);
    return n;
}

static json_t *summary(const th_run *run)
{
    json_error_t je;
    json_t *j = json_loads(run->out, 0, &je);
    ck_assert_msg(j != NULL && json_is_object(j), "summary is not one JSON object: %s (stderr: %s)", run->out,
                  run->err);
    return j;
}

static long long num(json_t *j, const char *k)
{
    json_t *v = json_object_get(j, k);
    ck_assert_msg(json_is_integer(v), "summary field %s missing", k);
    return json_integer_value(v);
}

static json_t *import_ok(const char *const *env, const char *extra1, const char *extra2)
{
    th_run run;
    json_t *j;

    th_memflush(&run, NULL, env, "import-legacy", extra1, extra2, NULL);
    ck_assert_msg(run.status == 0, "import-legacy exited %d: %s", run.status, run.err);
    j = summary(&run);
    ck_assert(json_is_true(json_object_get(j, "success")));
    th_run_free(&run);
    return j;
}

static void flush_ok(void)
{
    th_run run;

    th_memflush(&run, NULL, NULL, "flush", NULL);
    ck_assert_msg(run.status == 0, "memflush flush exited %d: %s %s", run.status, run.out, run.err);
    th_run_free(&run);
}

/* The records in {P}:pending, parsed (aborts on an invalid one). */
static size_t pending_cids(redisContext *r, char ***out)
{
    char *k = th_key("pending");
    redisReply *rep = redisCommand(r, "LRANGE %s 0 -1", k);
    size_t i;

    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY);
    *out = calloc(rep->elements + 1, sizeof(char *));
    for (i = 0; i < rep->elements; i++) {
        mf_error err = {0};
        mfp_record rec;
        ck_assert_msg(mfp_record_parse(rep->element[i]->str, rep->element[i]->len, 0, &rec, &err) == 0,
                      "pending holds an invalid record: %s: %s", err.msg, rep->element[i]->str);
        (*out)[i] = strdup(rec.cid);
        mfp_record_clear(&rec);
    }
    i = rep->elements;
    freeReplyObject(rep);
    free(k);
    return i;
}

static void free_strs(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Exactly the expected cids, each once. */
static void check_pending_exactly(redisContext *r, char **want, size_t n)
{
    char **got, **w = calloc(n + 1, sizeof(char *));
    size_t m = pending_cids(r, &got), i;

    ck_assert_msg(m == n, "pending holds %zu records, expected %zu", m, n);
    memcpy(w, want, n * sizeof(char *));
    qsort(got, m, sizeof(char *), cmp_str);
    qsort(w, n, sizeof(char *), cmp_str);
    for (i = 0; i < n; i++)
        ck_assert_msg(strcmp(got[i], w[i]) == 0, "pending cid %s, expected %s (lost or doubled)", got[i], w[i]);
    free(w);
    free_strs(got, m);
}

/* The dead letters hold exactly these raw elements, each with a reason. */
static void check_dead_exactly(redisContext *r, const char *const *elems, size_t n)
{
    char *k = th_key("dead");
    redisReply *rep = redisCommand(r, "LRANGE %s 0 -1", k);
    int *seen = calloc(n + 1, sizeof(int));
    size_t i, j;

    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY);
    ck_assert_msg(rep->elements == n, "%zu dead letters, expected %zu", rep->elements, n);
    for (i = 0; i < rep->elements; i++) {
        json_t *e = json_loads(rep->element[i]->str, 0, NULL);
        const char *raw = json_string_value(json_object_get(e, "record"));
        const char *why = json_string_value(json_object_get(e, "error"));
        ck_assert_msg(raw != NULL && why != NULL && why[0] != '\0', "bad dead-letter entry %s", rep->element[i]->str);
        ck_assert(json_is_null(json_object_get(e, "sqlstate")));
        ck_assert(json_is_string(json_object_get(e, "failed_at")));
        for (j = 0; j < n; j++)
            if (!seen[j] && strcmp(raw, elems[j]) == 0) {
                seen[j] = 1;
                break;
            }
        ck_assert_msg(j < n, "unexpected dead letter %s", raw);
        json_decref(e);
    }
    freeReplyObject(rep);
    free(seen);
    free(k);
}

static void check_nothing_claimed(redisContext *r)
{
    size_t nk;
    char *kl = th_key("legacy-leases");

    ck_assert_int_eq(inflight_total(r, &nk), 0);
    ck_assert_uint_eq(nk, 0);
    ck_assert_int_eq(th_redis_int(r, "ZCARD %s", kl), 0);
    ck_assert_int_eq(llen(r, LEGACY_KEY), 0);
    free(kl);
}

static char *pg_text(PGconn *pg, const char *sql, const char *param)
{
    const char *vals[1] = {param};
    PGresult *res = PQexecParams(pg, sql, 1, NULL, vals, NULL, NULL, 0);
    char *s;

    ck_assert_msg(PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1, "%s: %s (%d rows)", sql,
                  PQerrorMessage(pg), PQntuples(res));
    s = PQgetisnull(res, 0, 0) ? NULL : strdup(PQgetvalue(res, 0, 0));
    PQclear(res);
    return s;
}

static void expect_col(PGconn *pg, const char *expr, const char *cid, const char *want)
{
    char sql[512];
    char *got;

    snprintf(sql, sizeof(sql), "SELECT (%s)::text FROM public.chat_memories WHERE cid = $1", expr);
    got = pg_text(pg, sql, cid);
    if (want == NULL)
        ck_assert_msg(got == NULL, "%s of %s is %s, expected NULL", expr, cid, got);
    else
        ck_assert_msg(got != NULL && strcmp(got, want) == 0, "%s of %s is %s, expected %s", expr, cid,
                      got ? got : "NULL", want);
    free(got);
}

START_TEST(import_then_flush_gives_the_right_rows)
{
    redisContext *r = th_redis();
    PGconn *pg = th_pg();
    char *c_full = cid_of(E_FULL), *c_nulls = cid_of(E_NULLS), *c_sec = cid_of(E_SECONDS);
    char *want[3] = {c_full, c_nulls, c_sec};
    const char *dead[2] = {E_NOTJSON, E_NOMSG};
    json_t *j;
    size_t i, in_table, in_dead;

    reset_all(r, pg);
    for (i = 0; i < 5; i++)
        push_legacy(r, ALL5[i]);
    j = import_ok(NULL, NULL, NULL);
    ck_assert_int_eq(num(j, "total_legacy"), 5);
    ck_assert_int_eq(num(j, "imported_count"), 3);
    ck_assert_int_eq(num(j, "dead_lettered_count"), 2);
    ck_assert_int_eq(num(j, "reclaimed_count"), 0);
    ck_assert_int_eq(num(j, "remaining_legacy"), 0);
    ck_assert(json_is_integer(json_object_get(j, "elapsed_ms")));
    json_decref(j);
    check_pending_exactly(r, want, 3);
    check_dead_exactly(r, dead, 2);
    check_nothing_claimed(r);

    flush_ok();
    ck_assert_int_eq(th_pg_int(pg, "SELECT count(*) FROM public.chat_memories"), 3);
    expect_col(pg, "conversation_id", c_full, "conv-zh");
    expect_col(pg, "user_id", c_full, "user-1");
    expect_col(pg, "user_message", c_full,
               "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x8c\xe6\x88\x91\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xbf\x83\xe6\x83\x85\xe4\xb8\x8d\xe5\xa5\xbd");
    expect_col(pg, "assistant_message", c_full, "\xe6\x8a\xb1\xe6\xad\x89\xe5\x90\xac\xe5\x88\xb0\xe8\xbf\x99\xe4\xb8\xaa\xe3\x80\x82");
    expect_col(pg, "token_count", c_full, "42");
    expect_col(pg, "reflection->>'summary'", c_full, "user is sad");
    expect_col(pg, "reflection->'improvements'->>0", c_full, "ask more");
    expect_col(pg, "metadata->>'source'", c_full, "legacy");
    expect_col(pg, "metadata->'token_data'->>'total_count'", c_full, "42");
    expect_col(pg, "metadata->'token_data'->>'prompt_count'", c_full, "30");
    expect_col(pg, "created_at = '2025-10-27 08:15:00.123456+00'", c_full, "true");

    expect_col(pg, "reflection", c_nulls, NULL);
    expect_col(pg, "metadata ? 'token_data'", c_nulls, "false");
    expect_col(pg, "token_count > 0", c_nulls, "true"); /* memflush's estimate */
    expect_col(pg, "user_message", c_nulls, "\xe8\xb0\xa2\xe8\xb0\xa2 thanks");
    expect_col(pg, "created_at = '2025-10-27 08:16:00.5+00'", c_nulls, "true");

    expect_col(pg, "created_at = '2025-10-27 08:15:00+00'", c_sec, "true");
    expect_col(pg, "token_count", c_sec, "7");
    th_check_invariant(r, pg, want, 3, &in_table, &in_dead);
    ck_assert_uint_eq(in_table, 3);

    /* the same elements again: imported again, flushed as duplicates, one row each */
    for (i = 0; i < 5; i++)
        push_legacy(r, ALL5[i]);
    j = import_ok(NULL, "--key", LEGACY_KEY);
    ck_assert_int_eq(num(j, "imported_count"), 3);
    ck_assert_int_eq(num(j, "dead_lettered_count"), 2);
    json_decref(j);
    check_pending_exactly(r, want, 3);
    flush_ok();
    ck_assert_int_eq(th_pg_int(pg, "SELECT count(*) FROM public.chat_memories"), 3);
    ck_assert_int_eq(llen_suffix(r, "pending"), 0);

    free(c_full);
    free(c_nulls);
    free(c_sec);
    redisFree(r);
    PQfinish(pg);
}
END_TEST

#define NGOOD 40
#define NBAD 4

static const char *const BAD_ELEMS[NBAD] = {
    "garbage, not JSON",
    "{\"conversation_id\": 3.5, \"data\": {}}",
    "{\"conversation_id\": \"c\", \"data\": {\"user_msg\": \"x\", \"assistant_msg\": \"y\", \"user_id\": \"u\", "
    "\"reflection\": \"not an object\"}}",
    "[\"an\", \"array\"]",
};

/* Push NGOOD good elements with NBAD bad ones in between; fills cids. */
static void push_mix(redisContext *r, size_t ngood, char **cids)
{
    size_t i, b = 0;

    for (i = 0; i < ngood; i++) {
        char e[1024];
        snprintf(e, sizeof(e),
                 "{\"conversation_id\": \"conv-%zu\", \"data\": {\"user_msg\": \"\\u6d88\\u606f %zu\", "
                 "\"assistant_msg\": \"reply %zu\", \"reflection\": %s, %s\"user_id\": \"u%zu\", "
                 "\"timestamp\": %zu}, \"timestamp\": \"2025-10-27T08:%02zu:%02zu.%06zu\"}",
                 i % 3, i, i, i % 2 ? "null" : "{\"summary\": \"ok\", \"confidence\": 0.5}",
                 i % 4 ? "\"token_data\": {\"total_count\": 5}, " : "", i % 5, 1761552900 + i, (i / 60) % 60, i % 60,
                 i * 7);
        push_legacy(r, e);
        cids[i] = cid_of(e);
        if (i % 10 == 3 && b < NBAD)
            push_legacy(r, BAD_ELEMS[b++]);
    }
    for (; b < NBAD; b++)
        push_legacy(r, BAD_ELEMS[b]);
}

/* Wait until every legacy lease has expired by the Redis clock. */
static void wait_leases_expired(redisContext *r)
{
    char *kl = th_key("legacy-leases");
    int tries;

    for (tries = 0; tries < 600; tries++) {
        redisReply *t = redisCommand(r, "TIME"), *z = redisCommand(r, "ZRANGE %s -1 -1 WITHSCORES", kl);
        long long now_ms, max_ms = 0;
        ck_assert(t && t->type == REDIS_REPLY_ARRAY && z && z->type == REDIS_REPLY_ARRAY);
        now_ms = atoll(t->element[0]->str) * 1000 + atoll(t->element[1]->str) / 1000;
        if (z->elements == 2)
            max_ms = atoll(z->element[1]->str);
        freeReplyObject(t);
        freeReplyObject(z);
        if (max_ms < now_ms)
            break;
        usleep(100 * 1000);
    }
    free(kl);
}

/* After a crash: everything is somewhere (legacy, in flight, pending, dead),
 * nothing twice in pending. */
static void check_conserved(redisContext *r, size_t total)
{
    long long inflight = inflight_total(r, NULL), legacy = llen(r, LEGACY_KEY);
    long long pending = llen_suffix(r, "pending"), dead = llen_suffix(r, "dead");

    ck_assert_msg(legacy + inflight + pending + dead == (long long)total,
                  "after the crash: %lld legacy + %lld in flight + %lld pending + %lld dead != %zu", legacy,
                  inflight, pending, dead, total);
}

static void recover_and_check(redisContext *r, PGconn *pg, char **cids, size_t ngood)
{
    json_t *j;
    size_t in_table, in_dead;

    wait_leases_expired(r);
    j = import_ok(NULL, "--batch-size", "7");
    ck_assert_int_eq(num(j, "remaining_legacy"), 0);
    json_decref(j);
    check_nothing_claimed(r);
    check_pending_exactly(r, cids, ngood);
    check_dead_exactly(r, BAD_ELEMS, NBAD);
    flush_ok();
    th_check_invariant(r, pg, cids, ngood, &in_table, &in_dead);
    ck_assert_uint_eq(in_table, ngood);
}

static void crash_at(const char *point, long long expect_reclaimed)
{
    redisContext *r = th_redis();
    PGconn *pg = th_pg();
    char *cids[NGOOD], envv[128];
    const char *env[2] = {envv, NULL};
    th_run run;
    json_t *j;
    size_t i;

    reset_all(r, pg);
    push_mix(r, NGOOD, cids);
    snprintf(envv, sizeof(envv), "MEMFLUSH_CRASH_AT=%s", point);
    th_memflush(&run, NULL, env, "import-legacy", "--batch-size", "7", "--lease-seconds", "1", NULL);
    ck_assert_msg(run.status == 128 + SIGKILL,
                  "import-legacy with MEMFLUSH_CRASH_AT=%s exited %d, not killed: build with make test "
                  "(MF_TEST_HOOKS); stderr: %s", point, run.status, run.err);
    th_run_free(&run);
    check_conserved(r, NGOOD + NBAD);
    if (expect_reclaimed > 0)
        ck_assert_int_eq(inflight_total(r, NULL), expect_reclaimed);

    wait_leases_expired(r);
    j = import_ok(NULL, "--batch-size", "7");
    ck_assert_int_eq(num(j, "reclaimed_count"), expect_reclaimed);
    json_decref(j);
    check_nothing_claimed(r);
    check_pending_exactly(r, cids, NGOOD);
    check_dead_exactly(r, BAD_ELEMS, NBAD);
    recover_and_check(r, pg, cids, NGOOD); /* a further run changes nothing */

    for (i = 0; i < NGOOD; i++)
        free(cids[i]);
    redisFree(r);
    PQfinish(pg);
}

START_TEST(sigkill_after_claim)
{
    crash_at("legacy_after_claim", 7);
}
END_TEST

START_TEST(sigkill_after_convert)
{
    crash_at("legacy_after_convert", 7);
}
END_TEST

START_TEST(sigkill_after_append)
{
    crash_at("legacy_after_append", 0);
}
END_TEST

START_TEST(sigkill_at_a_random_instant)
{
    redisContext *r = th_redis();
    PGconn *pg = th_pg();
    enum { N = 1500 };
    char **cids = calloc(N, sizeof(char *));
    const char *args[] = {"import-legacy", "--batch-size", "5", "--lease-seconds", "1", NULL};
    int pid, st, round;
    size_t i;

    for (round = 0; round < 3; round++) {
        reset_all(r, pg);
        push_mix(r, N, cids);
        srand((unsigned)time(NULL) + (unsigned)round);
        pid = th_spawn(NULL, args);
        usleep((useconds_t)(rand() % 40000));
        kill(pid, SIGKILL);
        ck_assert(waitpid(pid, &st, 0) == pid);
        check_conserved(r, N + NBAD);
        recover_and_check(r, pg, cids, N);
        for (i = 0; i < N; i++)
            free(cids[i]);
    }
    free(cids);
    redisFree(r);
    PQfinish(pg);
}
END_TEST

static void run_dba_script(void)
{
    char cmd[1024];
    const char *url = getenv("MF_PG_SUPERUSER_URL") ? getenv("MF_PG_SUPERUSER_URL") : getenv("DATABASE_URL");

    snprintf(cmd, sizeof(cmd), "psql -X -q -v ON_ERROR_STOP=1 -1 -f sql/dba/legacy_copy_rows.sql '%s' >&2", url);
    ck_assert_msg(system(cmd) == 0, "the DBA script failed: %s", cmd);
}

START_TEST(dba_script_copies_once_with_the_same_cids)
{
    redisContext *r = th_redis();
    PGconn *pg = th_pg();
    char *c_full = cid_of(E_FULL), *c_nulls = cid_of(E_NULLS), *c_sec = cid_of(E_SECONDS);
    json_t *j;
    size_t i;

    reset_all(r, pg);
    th_pg_exec(pg, "DROP TABLE IF EXISTS public.chat_history");
    th_pg_exec(pg, "CREATE TABLE public.chat_history (id serial PRIMARY KEY, conversation_id text, user_id text, "
                   "user_message text, assistant_message text, reflection jsonb, token_data jsonb, cid text, "
                   "created_at timestamptz)");
    /* the same three turns the legacy elements hold, as the old flusher stored them */
    th_pg_exec(pg,
               "INSERT INTO public.chat_history (conversation_id, user_id, user_message, assistant_message, "
               "reflection, token_data, cid, created_at) VALUES "
               "('conv-zh', 'user-1', U&'\\4f60\\597d\\ff0c\\6211\\4eca\\5929\\5fc3\\60c5\\4e0d\\597d', "
               " U&'\\62b1\\6b49\\542c\\5230\\8fd9\\4e2a\\3002', "
               " '{\"summary\": \"user is sad\", \"causes\": [\"work\"], \"improvements\": [\"ask more\"], \"confidence\": 0.8}', "
               " '{\"prompt_count\": 30, \"completion_count\": 12, \"total_count\": 42}', NULL, "
               " '2025-10-27 08:15:00.123456+00'), "
               "('conv-zh', 'user-1', U&'\\8c22\\8c22 thanks', U&'\\4e0d\\5ba2\\6c14', 'null', NULL, NULL, "
               " '2025-10-27 08:16:00.5+00'), "
               "('conv-en', 'user-2', 'hello', 'hi there', NULL, '{\"total_count\": 7}', NULL, '2025-10-27 08:15:00+00'), "
               "('conv-old', 'user-3', 'kept id', '', NULL, NULL, 'old-cid-1', '2025-01-01 00:00:00+00'), "
               "('conv-old', 'user-3', 'no time', 'x', NULL, '{\"total_count\": \"n/a\"}', NULL, NULL)");

    run_dba_script();
    run_dba_script(); /* twice: nothing more */
    ck_assert_int_eq(th_pg_int(pg, "SELECT count(*) FROM public.chat_memories"), 5);
    /* the SQL cids equal the C cids for the same turns */
    expect_col(pg, "user_id", c_full, "user-1");
    expect_col(pg, "token_count", c_full, "42");
    expect_col(pg, "metadata->>'source'", c_full, "legacy");
    expect_col(pg, "metadata->'token_data'->>'total_count'", c_full, "42");
    expect_col(pg, "reflection->>'summary'", c_full, "user is sad");
    expect_col(pg, "reflection", c_nulls, NULL);
    expect_col(pg, "token_count", c_sec, "7");
    expect_col(pg, "conversation_id", "old-cid-1", "conv-old");
    {
        /* a turn without a time: cid over "" like the C code */
        char cid[MFP_LEGACY_CID_LEN + 1];
        mfp_legacy_cid("conv-old", 8, "user-3", 6, "", 0, "no time", 7, "x", 1, cid);
        expect_col(pg, "token_count >= 0", cid, "true");
    }

    /* the same turns from the legacy queue are the same rows */
    for (i = 0; i < 5; i++)
        push_legacy(r, ALL5[i]);
    j = import_ok(NULL, NULL, NULL);
    ck_assert_int_eq(num(j, "imported_count"), 3);
    json_decref(j);
    flush_ok();
    ck_assert_int_eq(th_pg_int(pg, "SELECT count(*) FROM public.chat_memories"), 5);
    th_pg_exec(pg, "DROP TABLE public.chat_history");

    free(c_full);
    free(c_nulls);
    free(c_sec);
    redisFree(r);
    PQfinish(pg);
}
END_TEST

START_TEST(usage_and_configuration_errors)
{
    redisContext *r = th_redis();
    th_run run;
    const char *badredis[] = {"REDIS_URL=redis://127.0.0.1:1/0", NULL};

    th_memflush(&run, NULL, NULL, "import-legacy", "--help", NULL);
    ck_assert_int_eq(run.status, 0);
    ck_assert(strstr(run.out, "--key") != NULL && strstr(run.out, "--max-batches") != NULL);
    th_run_free(&run);

    th_memflush(&run, NULL, NULL, "import-legacy", "--max-batches", "x", NULL);
    ck_assert_int_eq(run.status, 2);
    th_run_free(&run);

    th_redis_cmd(r, "SET legacy:wrongtype hello");
    th_memflush(&run, NULL, NULL, "import-legacy", "--key", "legacy:wrongtype", NULL);
    ck_assert_msg(run.status == 2, "a string key: exit %d: %s", run.status, run.err);
    ck_assert_str_eq(run.out, "");
    ck_assert_msg(strstr(run.err, "is not a list") != NULL, "%s", run.err);
    th_run_free(&run);
    th_redis_cmd(r, "DEL legacy:wrongtype");

    th_memflush(&run, NULL, badredis, "import-legacy", NULL);
    ck_assert_msg(run.status == 3, "unreachable Redis: exit %d: %s", run.status, run.err);
    th_run_free(&run);
    redisFree(r);
}
END_TEST

/* --dry-run reads the list and says what an import would do, moving nothing;
 * the import that follows does exactly that. */
START_TEST(dry_run_reports_and_moves_nothing)
{
    redisContext *r = th_redis();
    PGconn *pg = th_pg();
    const char *env[] = {"MEMFLUSH_BATCH_SIZE=2", NULL}; /* three LRANGE chunks */
    redisReply *before, *after;
    json_t *j, *reasons, *e;
    th_run run;
    size_t i, nkeys = 0;

    reset_all(r, pg);
    for (i = 0; i < 5; i++)
        push_legacy(r, ALL5[i]);
    before = redisCommand(r, "LRANGE %s 0 -1", LEGACY_KEY);
    th_memflush(&run, NULL, env, "import-legacy", "--dry-run", NULL);
    ck_assert_msg(run.status == 0, "import-legacy --dry-run exited %d: %s", run.status, run.err);
    j = summary(&run);
    th_run_free(&run);
    ck_assert(json_is_true(json_object_get(j, "dry_run")));
    ck_assert_str_eq(json_string_value(json_object_get(j, "key")), LEGACY_KEY);
    ck_assert_int_eq(num(j, "total_legacy"), 5);
    ck_assert_int_eq(num(j, "checked"), 5);
    ck_assert_int_eq(num(j, "would_import"), 3);
    ck_assert_int_eq(num(j, "would_dead_letter"), 2);
    reasons = json_object_get(j, "reasons");
    ck_assert_int_eq(json_array_size(reasons), 2);
    e = json_array_get(reasons, 0); /* E_NOTJSON, element 1 */
    ck_assert_int_eq(num(e, "count"), 1);
    ck_assert_int_eq(json_integer_value(json_array_get(json_object_get(e, "first_indexes"), 0)), 1);
    ck_assert(strlen(json_string_value(json_object_get(e, "reason"))) > 0);
    e = json_array_get(reasons, 1); /* E_NOMSG, element 3 */
    ck_assert_int_eq(json_integer_value(json_array_get(json_object_get(e, "first_indexes"), 0)), 3);
    json_decref(j);

    /* nothing moved: the list as it was, no queue, no dead letter, no lease */
    after = redisCommand(r, "LRANGE %s 0 -1", LEGACY_KEY);
    ck_assert(before != NULL && after != NULL && before->elements == 5 && after->elements == 5);
    for (i = 0; i < 5; i++)
        ck_assert(after->element[i]->len == before->element[i]->len &&
                  memcmp(after->element[i]->str, before->element[i]->str, (size_t)before->element[i]->len) == 0);
    freeReplyObject(before);
    freeReplyObject(after);
    ck_assert_int_eq(llen_suffix(r, "pending"), 0);
    ck_assert_int_eq(llen_suffix(r, "dead"), 0);
    ck_assert_int_eq(inflight_total(r, &nkeys), 0);
    ck_assert_int_eq((long long)nkeys, 0);

    /* the import does what the dry run said */
    j = import_ok(NULL, NULL, NULL);
    ck_assert_int_eq(num(j, "imported_count"), 3);
    ck_assert_int_eq(num(j, "dead_lettered_count"), 2);
    json_decref(j);

    /* an empty list, a wrong type */
    th_memflush(&run, NULL, NULL, "import-legacy", "--dry-run", NULL);
    ck_assert_int_eq(run.status, 0);
    j = summary(&run);
    ck_assert_int_eq(num(j, "total_legacy"), 0);
    ck_assert_int_eq(num(j, "would_import"), 0);
    json_decref(j);
    th_run_free(&run);
    th_redis_cmd(r, "SET legacy:wrongtype hello");
    th_memflush(&run, NULL, NULL, "import-legacy", "--dry-run", "--key", "legacy:wrongtype", NULL);
    ck_assert_msg(run.status == 2 && strstr(run.err, "is not a list") != NULL, "exit %d: %s", run.status, run.err);
    th_run_free(&run);
    th_redis_cmd(r, "DEL legacy:wrongtype");
    redisFree(r);
    PQfinish(pg);
}
END_TEST

START_TEST(max_batches_stops_early)
{
    redisContext *r = th_redis();
    PGconn *pg = th_pg();
    const char *env[] = {"MEMFLUSH_BATCH_SIZE=10", NULL};
    char *cids[NGOOD];
    json_t *j;
    size_t i;

    reset_all(r, pg);
    push_mix(r, NGOOD, cids);
    j = import_ok(env, "--max-batches", "2");
    ck_assert_int_eq(num(j, "total_legacy"), NGOOD + NBAD);
    ck_assert_int_eq(num(j, "batches"), 2);
    ck_assert_int_eq(num(j, "imported_count") + num(j, "dead_lettered_count"), 20);
    ck_assert_int_eq(num(j, "remaining_legacy"), NGOOD + NBAD - 20);
    json_decref(j);
    /* the rest on the next run, --batch-size beating the environment */
    j = import_ok(env, "--batch-size", "1000");
    ck_assert_int_eq(num(j, "batches"), 1);
    ck_assert_int_eq(num(j, "remaining_legacy"), 0);
    json_decref(j);
    check_pending_exactly(r, cids, NGOOD);
    check_dead_exactly(r, BAD_ELEMS, NBAD);
    for (i = 0; i < NGOOD; i++)
        free(cids[i]);
    redisFree(r);
    PQfinish(pg);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("legacy");
    TCase *tc = tcase_create("legacy");

    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, import_then_flush_gives_the_right_rows);
    tcase_add_test(tc, sigkill_after_claim);
    tcase_add_test(tc, sigkill_after_convert);
    tcase_add_test(tc, sigkill_after_append);
    tcase_add_test(tc, sigkill_at_a_random_instant);
    tcase_add_test(tc, dba_script_copies_once_with_the_same_cids);
    tcase_add_test(tc, usage_and_configuration_errors);
    tcase_add_test(tc, max_batches_stops_early);
    tcase_add_test(tc, dry_run_reports_and_moves_nothing);
    suite_add_tcase(s, tc);
    return th_run_suite(s);
}
