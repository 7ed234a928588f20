/* test_context.c - the read path against real servers (tests/rig.sh): memflush context
 * merges the Redis context list with PostgreSQL without duplicates, oldest first, honours
 * --limit and --max-tokens, and answers from one server when the other is down. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "memflush.h"
#include "th.h"

/* Runs in the parent process after the tests of its TCase, whatever they did:
 * Redis must be back for the next test program. */
static void restart_redis(void)
{
    const char *rig = getenv("MF_RIG");
    char cmd[1024];

    if (rig == NULL)
        return;
    snprintf(cmd, sizeof(cmd), "\"%s\" start-redis >&2", rig);
    if (system(cmd) != 0)
        fprintf(stderr, "test_context: could not restart redis-server\n");
}

static void nothing(void) {}

/* A row straight into the table (as if flushed long ago). */
static void insert_row(const char *cid, const char *conv, const char *created_at, int tokens)
{
    char sql[1024];
    snprintf(sql, sizeof(sql),
             "INSERT INTO public.chat_memories (cid, conversation_id, user_id, user_message, assistant_message, "
             "token_count, reflection, metadata, created_at) VALUES ('%s', '%s', 'u', 'q %s', 'a %s', %d, "
             "'{\"summary\":\"s %s\"}', '{\"src\":\"pg\"}', '%s')",
             cid, conv, cid, cid, tokens, cid, created_at);
    th_pg_exec(PG, sql);
}

static void push_turn(const char *cid, const char *conv, const char *created_at, int tokens)
{
    char tok[16];
    th_run r;
    snprintf(tok, sizeof(tok), "%d", tokens);
    th_memflush(&r, NULL, NULL, "push", "--conversation-id", conv, "--user-id", "u", "--user-message", "q",
                "--assistant-message", "a", "--cid", cid, "--created-at", created_at, "--token-count", tok, NULL);
    ck_assert_msg(r.status == 0, "push %s exited %d: %s", cid, r.status, r.err);
    th_run_free(&r);
}

/* Check that the output has exactly the cids given, in this order, one JSON record per line. */
static void expect_cids(const char *out, const char *const *cids, size_t n)
{
    const char *p = out;
    size_t i = 0;

    while (*p) {
        const char *nl = strchr(p, '\n');
        json_error_t je;
        json_t *j;
        ck_assert_msg(nl != NULL, "output does not end with a newline: %s", out);
        j = json_loadb(p, (size_t)(nl - p), 0, &je);
        ck_assert_msg(j != NULL, "line %zu is not JSON: %.*s", i + 1, (int)(nl - p), p);
        ck_assert_msg(i < n, "more lines than expected (%zu): %s", n, out);
        ck_assert_msg(json_is_string(json_object_get(j, "cid")) &&
                          strcmp(json_string_value(json_object_get(j, "cid")), cids[i]) == 0,
                      "line %zu has cid %s, want %s; output:\n%s", i + 1,
                      json_string_value(json_object_get(j, "cid")), cids[i], out);
        ck_assert(json_is_string(json_object_get(j, "conversation_id")));
        ck_assert(json_is_string(json_object_get(j, "user_id")));
        ck_assert(json_is_string(json_object_get(j, "user_message")));
        ck_assert(json_is_string(json_object_get(j, "assistant_message")));
        ck_assert(json_is_integer(json_object_get(j, "token_count")));
        ck_assert(json_is_string(json_object_get(j, "created_at")));
        ck_assert(json_is_object(json_object_get(j, "metadata")));
        json_decref(j);
        i++;
        p = nl + 1;
    }
    ck_assert_msg(i == n, "%zu lines, want %zu; output:\n%s", i, n, out);
}

/* p1 p2 only in PostgreSQL, p3 in both, r1 r2 only in Redis. */
static void seed_mixed(void)
{
    insert_row("p1", "m", "2025-01-01T00:00:01.000001Z", 10);
    insert_row("p2", "m", "2025-01-01T00:00:02Z", 10);
    insert_row("p3", "m", "2025-01-01T00:00:03Z", 10);
    insert_row("other", "not-m", "2025-01-01T00:00:09Z", 10);
    push_turn("p3", "m", "2025-01-01T00:00:03Z", 10);
    push_turn("r1", "m", "2025-01-01T00:00:04Z", 10);
    push_turn("r2", "m", "2025-01-01T02:00:05+02:00", 10); /* 00:00:05Z */
}

START_TEST(merges_redis_and_postgres_without_duplicates)
{
    static const char *const all[] = {"p1", "p2", "p3", "r1", "r2"};
    static const char *const last4[] = {"p2", "p3", "r1", "r2"};
    static const char *const last3[] = {"p3", "r1", "r2"};
    th_run r;

    seed_mixed();
    th_memflush(&r, NULL, NULL, "context", "--conversation-id", "m", NULL);
    ck_assert_msg(r.status == 0, "context exited %d: %s", r.status, r.err);
    expect_cids(r.out, all, 5);
    ck_assert_msg(strstr(r.err, "warning") == NULL, "unexpected warning: %s", r.err);
    /* a PostgreSQL row comes back as a full record: reflection and metadata kept */
    ck_assert_msg(strstr(r.out, "\"reflection\":{\"summary\":\"s p1\"}") != NULL, "%s", r.out);
    ck_assert_msg(strstr(r.out, "\"created_at\":\"2025-01-01T00:00:01.000001Z\"") != NULL, "%s", r.out);
    th_run_free(&r);

    th_memflush(&r, NULL, NULL, "context", "--conversation-id", "m", "--limit", "4", NULL);
    ck_assert_int_eq(r.status, 0);
    expect_cids(r.out, last4, 4);
    th_run_free(&r);

    th_memflush(&r, NULL, NULL, "context", "--conversation-id", "m", "--limit", "3", NULL);
    ck_assert_int_eq(r.status, 0);
    expect_cids(r.out, last3, 3);
    th_run_free(&r);
}
END_TEST

START_TEST(max_tokens_keeps_the_newest)
{
    static const char *const two[] = {"r1", "r2"};
    th_run r;

    seed_mixed();
    th_memflush(&r, NULL, NULL, "context", "--conversation-id", "m", "--max-tokens", "29", NULL);
    ck_assert_msg(r.status == 0, "context exited %d: %s", r.status, r.err);
    expect_cids(r.out, two, 2);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "context", "--conversation-id", "m", "--max-tokens", "9", NULL);
    ck_assert_int_eq(r.status, 0);
    expect_cids(r.out, NULL, 0);
    th_run_free(&r);
}
END_TEST

START_TEST(unknown_conversation_is_empty)
{
    th_run r;

    th_memflush(&r, NULL, NULL, "context", "--conversation-id", "nobody", NULL);
    ck_assert_msg(r.status == 0, "context exited %d: %s", r.status, r.err);
    ck_assert_str_eq(r.out, "");
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "context", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
}
END_TEST

START_TEST(postgres_down_answers_from_redis)
{
    static const char *const env[] = {"DATABASE_URL=postgresql://postgres:pgsecret@127.0.0.1:1/nowhere", NULL};
    static const char *const env2[] = {"DATABASE_URL=postgresql://postgres:pgsecret@127.0.0.1:1/nowhere",
                                       "REDIS_URL=redis://:rsecret@127.0.0.1:1/0", NULL};
    static const char *const redis_part[] = {"p3", "r1", "r2"};
    th_run r;

    seed_mixed();
    th_memflush(&r, NULL, env, "context", "--conversation-id", "m", NULL);
    ck_assert_msg(r.status == 0, "context with PostgreSQL down exited %d: %s", r.status, r.err);
    expect_cids(r.out, redis_part, 3);
    ck_assert_msg(strstr(r.err, "warning") != NULL, "no warning: %s", r.err);
    ck_assert_msg(strstr(r.err, "pgsecret") == NULL, "password leaked: %s", r.err);
    th_run_free(&r);
    /* Redis holds enough: PostgreSQL is not even asked */
    th_memflush(&r, NULL, env, "context", "--conversation-id", "m", "--limit", "2", NULL);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.err, "warning") == NULL, "%s", r.err);
    th_run_free(&r);
    /* both down: nothing to answer with */
    th_memflush(&r, NULL, env2, "context", "--conversation-id", "m", NULL);
    ck_assert_msg(r.status == 3, "context with both down exited %d: %s", r.status, r.err);
    ck_assert_str_eq(r.out, "");
    ck_assert_msg(strstr(r.err, "pgsecret") == NULL && strstr(r.err, "rsecret") == NULL, "password leaked: %s",
                  r.err);
    th_run_free(&r);
}
END_TEST

/* Stops the rig's redis-server; the TCase's unchecked teardown starts it again. */
START_TEST(redis_down_answers_from_postgres)
{
    static const char *const pg_part[] = {"p1", "p2", "p3"};
    char url[256];
    const char *port = getenv("MF_REDIS_PORT");
    const char *env[2] = {url, NULL};
    th_run r;
    mf_config *cfg;
    mf_handle *h;
    mf_context *ctx;
    mf_context_opts o = {"m", 0, 0};
    mf_error err = {0};

    seed_mixed();
    th_rig("stop-redis");
    th_memflush(&r, NULL, NULL, "context", "--conversation-id", "m", NULL);
    ck_assert_msg(r.status == 0, "context with Redis down exited %d: %s", r.status, r.err);
    expect_cids(r.out, pg_part, 3);
    ck_assert_msg(strstr(r.err, "warning") != NULL && strstr(r.err, "PostgreSQL alone") != NULL, "%s", r.err);
    th_run_free(&r);

    /* the library says so too */
    cfg = mf_config_new();
    ck_assert(mf_config_load_env(cfg, &err) == 0);
    h = mf_open(cfg, &err);
    ck_assert(h != NULL);
    ctx = mf_context_get(h, &o, &err);
    ck_assert_msg(ctx != NULL, "%s", err.msg);
    ck_assert_int_eq(ctx->redis_failed, 1);
    ck_assert_int_eq(ctx->count, 3);
    ck_assert(ctx->warning[0] != '\0');
    mf_context_free(ctx);
    mf_close(h);
    mf_config_free(cfg);

    /* push against the stopped server: exit 3, and the password stays out of the message */
    ck_assert(port != NULL);
    snprintf(url, sizeof(url), "REDIS_URL=redis://default:Hidden-Pw-42@127.0.0.1:%s/0", port);
    th_memflush(&r, NULL, env, "push", "--conversation-id", "m", "--user-id", "u", "--user-message", "q",
                "--assistant-message", "a", NULL);
    ck_assert_msg(r.status == 3, "push with Redis down exited %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "Hidden-Pw-42") == NULL && strstr(r.out, "Hidden-Pw-42") == NULL,
                  "password leaked: %s", r.err);
    th_run_free(&r);
    th_rig("start-redis");
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("context");
    TCase *tc = tcase_create("context");
    TCase *down = tcase_create("redis-down");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, merges_redis_and_postgres_without_duplicates);
    tcase_add_test(tc, max_tokens_keeps_the_newest);
    tcase_add_test(tc, unknown_conversation_is_empty);
    tcase_add_test(tc, postgres_down_answers_from_redis);
    suite_add_tcase(s, tc);

    tcase_set_timeout(down, 120);
    tcase_add_checked_fixture(down, th_setup, th_teardown);
    tcase_add_unchecked_fixture(down, nothing, restart_redis);
    tcase_add_test(down, redis_down_answers_from_postgres);
    suite_add_tcase(s, down);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
