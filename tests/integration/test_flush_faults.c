/* test_flush_faults.c - the delivery guarantee of contract §3 under faults, against
 * real servers (tests/rig.sh): a flusher SIGKILLed at each crash point (test builds:
 * MEMFLUSH_CRASH_AT), PostgreSQL and Redis stopped while a batch is in hand, a
 * statement timeout, several flushers on one queue, SIGTERM in --interval mode.
 * After each, a later run must leave every record exactly once in the table or
 * the dead-letter list (th_check_invariant). */
#include <check.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "th.h"

static redisContext *R;
static PGconn *PG;

static void setup(void)
{
    R = th_redis();
    PG = th_pg();
    th_reset(R, PG);
}

static void teardown(void)
{
    redisFree(R);
    PQfinish(PG);
    R = NULL;
    PG = NULL;
}

/* ------------------------------------------------------------ helpers */

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

/* Push n valid records c<prefix><i> (pipelined); returns their cids. */
static char **push_many(const char *prefix, size_t n)
{
    char **cids = calloc(n, sizeof(char *)), *kp = th_key("pending");
    size_t i;

    ck_assert(cids != NULL);
    for (i = 0; i < n; i++) {
        char cid[64], *rec;
        snprintf(cid, sizeof(cid), "%s%05zu", prefix, i);
        cids[i] = strdup(cid);
        rec = th_record(cid, i % 3 ? "conv-x" : "conv-y");
        redisAppendCommand(R, "RPUSH %s %s", kp, rec);
        free(rec);
    }
    for (i = 0; i < n; i++) {
        redisReply *rep;
        ck_assert(redisGetReply(R, (void **)&rep) == REDIS_OK);
        ck_assert(rep->type == REDIS_REPLY_INTEGER);
        freeReplyObject(rep);
    }
    free(kp);
    return cids;
}

static void free_cids(char **cids, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        free(cids[i]);
    free(cids);
}

static long long llen(const char *suffix)
{
    char *k = th_key(suffix);
    long long n = th_redis_int(R, "LLEN %s", k);
    free(k);
    return n;
}

static long long inflight_records(void)
{
    char pattern[300];
    redisReply *rep;
    long long n = 0;
    size_t i;

    snprintf(pattern, sizeof(pattern), "{%s}:inflight:*", th_prefix());
    rep = redisCommand(R, "KEYS %s", pattern);
    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY);
    for (i = 0; i < rep->elements; i++)
        n += th_redis_int(R, "LLEN %s", rep->element[i]->str);
    freeReplyObject(rep);
    return n;
}

static long long table_rows(void)
{
    return th_pg_int(PG, "SELECT count(*) FROM public.chat_memories");
}

/* Wait (polling, at most 60 s) until the table has at least n rows. */
static void wait_rows(long long n)
{
    int i;
    for (i = 0; i < 600; i++) {
        if (table_rows() >= n)
            return;
        sleep_ms(100);
    }
    ck_abort_msg("the table never reached %lld rows", n);
}

static int wait_pid(int pid)
{
    int st;
    while (waitpid(pid, &st, 0) < 0)
        ck_assert_int_eq(errno, EINTR);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/* The output a spawned flusher left in the rig dir. */
static char *spawn_log(int pid)
{
    const char *dir = getenv("MF_RIG_DIR");
    char path[1024], *buf;
    FILE *f;
    long n;

    snprintf(path, sizeof(path), "%s/spawn-%d.log", dir ? dir : "/tmp", pid);
    f = fopen(path, "r");
    ck_assert_msg(f != NULL, "no log %s", path);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = calloc(1, (size_t)n + 1);
    ck_assert(buf != NULL && fread(buf, 1, (size_t)n, f) == (size_t)n);
    fclose(f);
    return buf;
}

/* Sum of a summary field over every summary line in text. */
static long long sum_field(const char *text, const char *key)
{
    char pat[64];
    const char *p = text;
    long long sum = 0;

    snprintf(pat, sizeof(pat), "\"%s\":", key);
    while ((p = strstr(p, pat)) != NULL) {
        p += strlen(pat);
        sum += strtoll(p, NULL, 10);
    }
    return sum;
}

static void final_flush_and_check(char **cids, size_t n, size_t want_in_table)
{
    size_t in_table, in_dead;
    th_run r;

    th_memflush(&r, NULL, NULL, "flush", "--batch-size", "50", NULL);
    ck_assert_msg(r.status == 0, "the recovery run exited %d: %s", r.status, r.err);
    th_run_free(&r);
    th_check_invariant(R, PG, cids, n, &in_table, &in_dead);
    ck_assert_int_eq(in_table, want_in_table);
    ck_assert_int_eq(llen("pending"), 0);
}

/* ------------------------------------------------------------ crashes */

/* SIGKILL at one point of the first batch; a later run (after the 1 s lease
 * expired) takes the batch back; a poison record in that batch ends up in
 * the dead letters exactly once. */
static void crash_at(const char *point, const char *method)
{
    enum { N = 30 };
    char **cids = push_many("k", N);
    char *env[2] = {NULL, NULL};
    size_t in_table, in_dead;
    th_run r;
    json_t *s;
    char *kdead = th_key("dead");

    /* a poison record with a cid, inside the first batch */
    th_push_raw(R, "{\"cid\":\"k-poison\",\"conversation_id\":\"c\",\"user_id\":\"u\"}");
    {
        char *kp = th_key("pending");
        redisReply *rep = redisCommand(R, "LMOVE %s %s RIGHT LEFT", kp, kp);
        ck_assert(rep != NULL && rep->type == REDIS_REPLY_STRING);
        freeReplyObject(rep);
        free(kp);
    }
    cids = realloc(cids, (N + 1) * sizeof(char *));
    cids[N] = strdup("k-poison");

    ck_assert(asprintf(&env[0], "MEMFLUSH_CRASH_AT=%s", point) > 0);
    th_memflush(&r, NULL, (const char *const *)env, "flush", "--method", method, "--batch-size", "10",
                "--lease-seconds", "1", NULL);
    ck_assert_msg(r.status == 128 + SIGKILL, "want a SIGKILL at %s, got status %d: %s", point, r.status, r.err);
    th_run_free(&r);
    /* the batch sits in flight; nothing was dead-lettered yet */
    ck_assert_int_eq(inflight_records(), 10);
    ck_assert_int_eq(llen("dead"), 0);

    /* a later run, once the 1 s lease expired, takes the batch back */
    sleep_ms(1200);
    th_memflush(&r, NULL, NULL, "flush", "--method", method, "--batch-size", "10", NULL);
    ck_assert_msg(r.status == 0, "recovery after %s exited %d: %s", point, r.status, r.err);
    s = json_loads(r.out, JSON_DISABLE_EOF_CHECK, NULL);
    ck_assert_msg(s != NULL, "%s", r.out);
    ck_assert_int_eq(json_integer_value(json_object_get(s, "reclaimed_count")), 10);
    ck_assert_int_eq(json_integer_value(json_object_get(s, "dead_lettered_count")), 1);
    json_decref(s);
    th_run_free(&r);
    th_check_invariant(R, PG, cids, N + 1, &in_table, &in_dead);
    ck_assert_int_eq(in_table, N);
    ck_assert_int_eq(in_dead, 1);
    ck_assert_int_eq(llen("dead"), 1);
    free_cids(cids, N + 1);
    free(env[0]);
    free(kdead);
}

START_TEST(crash_after_claim)
{
    crash_at("after_claim", "copy");
}
END_TEST

START_TEST(crash_after_copy)
{
    crash_at("after_copy", "copy");
}
END_TEST

START_TEST(crash_after_insert)
{
    crash_at("after_copy", "insert");
}
END_TEST

START_TEST(crash_before_commit)
{
    crash_at("before_commit", "copy");
}
END_TEST

START_TEST(crash_after_commit)
{
    crash_at("after_commit", "copy");
}
END_TEST

START_TEST(crash_after_commit_insert)
{
    crash_at("after_commit", "insert");
}
END_TEST

/* A statement timeout (the table locked by someone else) puts the batch back
 * in its original order and exits 1 once --retry-seconds are used up; a
 * SIGKILL while putting it back leaves it to the lease. */
START_TEST(statement_timeout_requeues_in_order)
{
    enum { N = 20 };
    char **cids = push_many("q", N);
    char *env[2] = {NULL, NULL}, *kp = th_key("pending");
    PGconn *locker = th_pg();
    redisReply *rep;
    size_t i;
    th_run r;

    th_pg_exec(locker, "BEGIN");
    th_pg_exec(locker, "LOCK TABLE public.chat_memories IN ACCESS EXCLUSIVE MODE");
    th_memflush(&r, NULL, NULL, "flush", "--batch-size", "8", "--statement-timeout-ms", "200", "--retry-seconds",
                "1", NULL);
    ck_assert_msg(r.status == 1, "want exit 1, got %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.out, "\"success\":false") != NULL, "%s", r.out);
    ck_assert_msg(strstr(r.out, "\"requeued_count\":8") != NULL, "%s", r.out);
    ck_assert_msg(strstr(r.err, "57014") != NULL, "%s", r.err);
    th_run_free(&r);
    /* everything is back, in the original order */
    ck_assert_int_eq(inflight_records(), 0);
    rep = redisCommand(R, "LRANGE %s 0 -1", kp);
    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY && rep->elements == N);
    for (i = 0; i < N; i++)
        ck_assert_msg(strstr(rep->element[i]->str, cids[i]) != NULL, "position %zu holds %s", i,
                      rep->element[i]->str);
    freeReplyObject(rep);

    /* killed while putting the batch back: it stays in flight under its lease */
    env[0] = strdup("MEMFLUSH_CRASH_AT=during_requeue");
    th_memflush(&r, NULL, (const char *const *)env, "flush", "--batch-size", "8", "--statement-timeout-ms", "200",
                "--lease-seconds", "1", NULL);
    ck_assert_msg(r.status == 128 + SIGKILL, "got %d: %s", r.status, r.err);
    th_run_free(&r);
    ck_assert_int_eq(inflight_records(), 8);
    th_pg_exec(locker, "COMMIT");
    PQfinish(locker);
    sleep_ms(1200);
    final_flush_and_check(cids, N, N);
    free_cids(cids, N);
    free(env[0]);
    free(kp);
}
END_TEST

/* ------------------------------------------------------------ servers */

START_TEST(postgres_stops_mid_run)
{
    enum { N = 200 };
    char **cids = push_many("s", N);
    const char *env[] = {"MEMFLUSH_TEST_DELAY_MS=300", NULL};
    const char *args[] = {"flush", "--batch-size", "10", "--retry-seconds", "2", NULL};
    char *log;
    int pid, st;
    long long rows;

    pid = th_spawn(env, args);
    wait_rows(10);
    th_rig("stop-pg immediate");
    st = wait_pid(pid);
    log = spawn_log(pid);
    ck_assert_msg(st == 1, "want exit 1 after PostgreSQL stopped, got %d: %s", st, log);
    ck_assert_msg(strstr(log, "\"success\":false") != NULL, "%s", log);
    free(log);
    /* nothing in flight, nothing lost */
    ck_assert_int_eq(inflight_records(), 0);
    th_rig("start-pg");
    PQfinish(PG);
    PG = th_pg();
    rows = table_rows();
    ck_assert_msg(rows >= 10 && rows < N, "rows %lld", rows);
    ck_assert_msg(llen("pending") + rows >= N, "lost records: %lld pending + %lld rows", llen("pending"), rows);
    final_flush_and_check(cids, N, N);
    free_cids(cids, N);
}
END_TEST

START_TEST(redis_stops_mid_run)
{
    enum { N = 200 };
    char **cids = push_many("r", N);
    const char *env[] = {"MEMFLUSH_TEST_DELAY_MS=300", NULL};
    const char *args[] = {"flush", "--batch-size", "10", "--retry-seconds", "2", "--lease-seconds", "3", NULL};
    char *log;
    int pid, st;

    pid = th_spawn(env, args);
    wait_rows(10);
    th_rig("stop-redis");
    st = wait_pid(pid);
    log = spawn_log(pid);
    ck_assert_msg(st == 1, "want exit 1 after Redis stopped, got %d: %s", st, log);
    ck_assert_msg(strstr(log, "\"success\":false") != NULL, "%s", log);
    free(log);
    th_rig("start-redis");
    redisFree(R);
    R = th_redis();
    /* the batch in hand stays in flight under its lease (or went back) */
    ck_assert_msg(llen("pending") + inflight_records() + table_rows() >= N, "records lost");
    sleep_ms(3200);
    final_flush_and_check(cids, N, N);
    free_cids(cids, N);
}
END_TEST

/* Three flushers on one queue at once. */
START_TEST(concurrent_flushers)
{
    enum { N = 5000, K = 3 };
    char **cids = push_many("p", N);
    const char *args_copy[] = {"flush", "--batch-size", "100", "--method", "copy", NULL};
    const char *args_insert[] = {"flush", "--batch-size", "70", "--method", "insert", NULL};
    int pids[K], k;
    long long flushed = 0;
    size_t in_table, in_dead;

    for (k = 0; k < K; k++)
        pids[k] = th_spawn(NULL, k == 1 ? args_insert : args_copy);
    for (k = 0; k < K; k++) {
        int st = wait_pid(pids[k]);
        char *log = spawn_log(pids[k]);
        ck_assert_msg(st == 0, "flusher %d exited %d: %s", k, st, log);
        flushed += sum_field(log, "flushed_count");
        free(log);
    }
    ck_assert_int_eq(flushed, N);
    th_check_invariant(R, PG, cids, N, &in_table, &in_dead);
    ck_assert_int_eq(in_table, N);
    ck_assert_int_eq(llen("pending"), 0);
    free_cids(cids, N);
}
END_TEST

/* --interval: rounds keep coming until SIGTERM, which finishes the batch in hand. */
START_TEST(sigterm_in_interval_mode)
{
    enum { N = 100 };
    char **cids = push_many("i", N), **more;
    const char *env[] = {"MEMFLUSH_TEST_DELAY_MS=100", NULL};
    const char *args[] = {"flush", "--interval", "0.2", "--batch-size", "10", NULL};
    char *log, **all;
    int pid, st;
    size_t i;

    pid = th_spawn(env, args);
    wait_rows(N);
    /* a later round picks up what arrives after the first one drained */
    more = push_many("j", 15);
    wait_rows(N + 15);
    kill(pid, SIGTERM);
    st = wait_pid(pid);
    log = spawn_log(pid);
    ck_assert_msg(st == 0, "want exit 0 after SIGTERM, got %d: %s", st, log);
    ck_assert_msg(strstr(log, "\"success\":true") != NULL, "%s", log);
    ck_assert_msg(sum_field(log, "flushed_count") == N + 15, "%s", log);
    free(log);
    all = calloc(N + 15, sizeof(char *));
    for (i = 0; i < N; i++)
        all[i] = cids[i];
    for (i = 0; i < 15; i++)
        all[N + i] = more[i];
    {
        size_t in_table, in_dead;
        th_check_invariant(R, PG, all, N + 15, &in_table, &in_dead);
        ck_assert_int_eq(in_table, N + 15);
    }
    free(all);
    free_cids(cids, N);
    free_cids(more, 15);
}
END_TEST

/* SIGTERM while a batch is in hand (a single run): it is finished, not lost. */
START_TEST(sigterm_finishes_batch_in_hand)
{
    enum { N = 60 };
    char **cids = push_many("t", N);
    const char *env[] = {"MEMFLUSH_TEST_DELAY_MS=500", NULL};
    const char *args[] = {"flush", "--batch-size", "10", NULL};
    char *log;
    int pid, st;
    long long rows;

    pid = th_spawn(env, args);
    wait_rows(10);
    kill(pid, SIGTERM);
    st = wait_pid(pid);
    log = spawn_log(pid);
    ck_assert_msg(st == 0, "want exit 0, got %d: %s", st, log);
    free(log);
    ck_assert_int_eq(inflight_records(), 0);
    rows = table_rows();
    ck_assert_msg(rows < N, "the run should have stopped early (%lld rows)", rows);
    ck_assert_int_eq(rows % 10, 0); /* whole batches only */
    ck_assert_int_eq(llen("pending") + rows, N);
    final_flush_and_check(cids, N, N);
    free_cids(cids, N);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("flush_faults");
    TCase *tc = tcase_create("faults");

    tcase_set_timeout(tc, 240);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, crash_after_claim);
    tcase_add_test(tc, crash_after_copy);
    tcase_add_test(tc, crash_after_insert);
    tcase_add_test(tc, crash_before_commit);
    tcase_add_test(tc, crash_after_commit);
    tcase_add_test(tc, crash_after_commit_insert);
    tcase_add_test(tc, statement_timeout_requeues_in_order);
    tcase_add_test(tc, postgres_stops_mid_run);
    tcase_add_test(tc, redis_stops_mid_run);
    tcase_add_test(tc, concurrent_flushers);
    tcase_add_test(tc, sigterm_in_interval_mode);
    tcase_add_test(tc, sigterm_finishes_batch_in_hand);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
