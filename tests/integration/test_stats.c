/* test_stats.c - memflush stats against real servers (tests/rig.sh): JSON
 * and Prometheus (checked by a text-format validator), numbers matching what
 * the test put in Redis, the oldest pending age, an unreachable Redis. */
#include <check.h>
#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include <jansson.h>

#include "memflush.h"
#include "ops.h"
#include "th.h"

START_TEST(prom_validator_rejects_bad_text)
{
    char *w;
    /* the validator itself must fail on broken input, or it proves nothing */
    ck_assert_ptr_ne((w = ops_prom_validate("memflush_x 1\n")), NULL); /* no TYPE */
    free(w);
    ck_assert_ptr_ne((w = ops_prom_validate("# TYPE 1bad gauge\n")), NULL);
    free(w);
    ck_assert_ptr_ne((w = ops_prom_validate("# TYPE a gauge\na{q=\"x} 1\n")), NULL);
    free(w);
    ck_assert_ptr_ne((w = ops_prom_validate("# TYPE a gauge\na one\n")), NULL);
    free(w);
    ck_assert_ptr_ne((w = ops_prom_validate("# TYPE a gauge\n# TYPE a gauge\n")), NULL);
    free(w);
    ck_assert_ptr_eq(ops_prom_validate("# HELP a x y\n# TYPE a gauge\na{q=\"x\\\"y\",r=\"\"} 1.5e3\n"), NULL);
}
END_TEST


/* ------------------------------------------------------------------ stats */


START_TEST(stats_counts_match_redis)
{
    char *kl = th_key("leases"), *k1 = th_key("inflight:flusher-a"), *k2 = th_key("inflight:flusher-b"),
         *k3 = th_key("inflight:orphan-x");
    th_run r;
    json_t *j;
    double expect, age;
    const char *keys[] = {"status", "pending_queue_length", "in_flight", "dead_letter_length",
                          "oldest_pending_age_seconds", "ttl_seconds"};
    const char *key;
    json_t *v;
    size_t i = 0;

    ops_rpush("pending", OPS_OLD_REC);
    ops_rpush("pending", "{\"cid\":\"s2\"}");
    ops_rpush("pending", "not json at all");
    ops_rpush("dead", "{\"record\":\"x\",\"error\":\"e\",\"sqlstate\":null,\"failed_at\":\"2025-01-01T00:00:00Z\"}");
    ops_rpush("dead", "{\"record\":\"y\",\"error\":\"e\",\"sqlstate\":null,\"failed_at\":\"2025-01-01T00:00:00Z\"}");
    /* flusher-a holds a live lease on 4 records, flusher-b an expired one on 2,
     * and an in-flight list without a lease holds 1 */
    th_redis_int(R, "RPUSH %s r1 r2 r3 r4", k1);
    th_redis_int(R, "RPUSH %s r5 r6", k2);
    th_redis_int(R, "RPUSH %s r7", k3);
    th_redis_int(R, "ZADD %s %lld flusher-a", kl, (long long)(ops_now_s() * 1000) + 3600000LL);
    th_redis_int(R, "ZADD %s 1000 flusher-b", kl);

    th_memflush(&r, NULL, NULL, "stats", NULL);
    ck_assert_msg(r.status == 0, "stats exit %d: %s", r.status, r.err);
    expect = ops_now_s() - 1577836800.0;
    j = th_json(r.out);
    /* the contract's keys come first, in order */
    json_object_foreach(j, key, v) {
        if (i < 6)
            ck_assert_str_eq(key, keys[i]);
        i++;
    }
    ck_assert_str_eq(json_string_value(json_object_get(j, "status")), "active");
    ck_assert_int_eq(json_integer_value(json_object_get(j, "pending_queue_length")), 3);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "in_flight")), 7);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "dead_letter_length")), 2);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "ttl_seconds")), 172800);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "leases")), 2);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "expired_leases")), 1);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "orphan_in_flight")), 1);
    age = json_number_value(json_object_get(j, "oldest_pending_age_seconds"));
    /* the test and the command read the same clock within the same minute */
    ck_assert_msg(fabs(age - expect) < 60, "age %f, expected about %f", age, expect);
    json_decref(j);
    th_run_free(&r);

    /* MEMORY_REDIS_TTL_SECONDS is honoured, and the prometheus form has the same numbers */
    {
        const char *env[] = {"MEMORY_REDIS_TTL_SECONDS=3600", NULL};
        char *why;
        th_memflush(&r, NULL, env, "stats", "--format", "prometheus", NULL);
        ck_assert_msg(r.status == 0, "stats --format prometheus exit %d: %s", r.status, r.err);
        why = ops_prom_validate(r.out);
        ck_assert_msg(why == NULL, "invalid prometheus text (%s):\n%s", why, r.out);
        ck_assert(strstr(r.out, "# HELP memflush_pending_queue_length ") != NULL);
        ck_assert(strstr(r.out, "# TYPE memflush_pending_queue_length gauge") != NULL);
        ck_assert_double_eq(ops_prom_value(r.out, "memflush_pending_queue_length"), 3);
        ck_assert_double_eq(ops_prom_value(r.out, "memflush_in_flight"), 7);
        ck_assert_double_eq(ops_prom_value(r.out, "memflush_dead_letter_length"), 2);
        ck_assert_double_eq(ops_prom_value(r.out, "memflush_ttl_seconds"), 3600);
        ck_assert(fabs(ops_prom_value(r.out, "memflush_oldest_pending_age_seconds") - expect) < 60);
        {
            char label[200];
            snprintf(label, sizeof(label), "memflush_pending_queue_length{queue=\"%s\"} 3\n", th_prefix());
            ck_assert_msg(strstr(r.out, label) != NULL, "no %s in\n%s", label, r.out);
        }
        th_run_free(&r);
    }
    free(kl);
    free(k1);
    free(k2);
    free(k3);
}
END_TEST

START_TEST(stats_oldest_null_when_empty_or_unreadable)
{
    th_run r;
    json_t *j;

    th_memflush(&r, NULL, NULL, "stats", NULL);
    ck_assert_int_eq(r.status, 0);
    j = th_json(r.out);
    ck_assert(json_is_null(json_object_get(j, "oldest_pending_age_seconds")));
    ck_assert_int_eq(json_integer_value(json_object_get(j, "pending_queue_length")), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "in_flight")), 0);
    json_decref(j);
    th_run_free(&r);

    /* the head record has no created_at: null, although a later one has */
    ops_rpush("pending", "{\"cid\":\"n1\",\"conversation_id\":\"c\"}");
    ops_rpush("pending", OPS_OLD_REC);
    th_memflush(&r, NULL, NULL, "stats", NULL);
    ck_assert_int_eq(r.status, 0);
    j = th_json(r.out);
    ck_assert(json_is_null(json_object_get(j, "oldest_pending_age_seconds")));
    ck_assert_int_eq(json_integer_value(json_object_get(j, "pending_queue_length")), 2);
    json_decref(j);
    th_run_free(&r);

    th_memflush(&r, NULL, NULL, "stats", "--format", "yaml", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
}
END_TEST

START_TEST(stats_redis_unreachable_exit_3_no_password)
{
    const char *env[] = {"REDIS_URL=redis://opsuser:Pw-Unreach-9731@127.0.0.1:1/0", NULL};
    th_run r;

    th_memflush(&r, NULL, env, "stats", NULL);
    ck_assert_msg(r.status == 3, "exit %d: %s", r.status, r.err);
    ck_assert_str_eq(r.out, "");
    ck_assert(strstr(r.err, "Redis") != NULL);
    ops_assert_absent(&r, "Pw-Unreach-9731");
    th_run_free(&r);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("stats");
    TCase *tc = tcase_create("stats");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, prom_validator_rejects_bad_text);
    tcase_add_test(tc, stats_counts_match_redis);
    tcase_add_test(tc, stats_oldest_null_when_empty_or_unreadable);
    tcase_add_test(tc, stats_redis_unreachable_exit_3_no_password);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
