/* test_dlq.c - memflush dlq list/replay/purge against real servers
 * (tests/rig.sh): text and JSON listings, replay by count and all (in
 * order, over many chunks), purge needing --yes, a dead list of the wrong
 * type. */
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

/* -------------------------------------------------------------------- dlq */

static const char *DL_A_REC = "{\"cid\":\"a1\",\"conversation_id\":\"c\"}";
/* record_base64 of the bytes "\xff\xfe{bad}" */
static const char *DL_B =
    "{\"record_base64\":\"//57YmFkfQ==\",\"error\":\"record is not valid UTF-8\",\"sqlstate\":null,"
    "\"failed_at\":\"2025-10-27T08:16:00Z\"}";
static const char *DL_C =
    "{\"record\":\"{\\\"cid\\\":\\\"c3\\\",\\\"note\\\":\\\"a very long record that goes on and on and on and on and on "
    "and on and on and on and on and on until the preview must cut it\\\"}\",\"error\":\"value too long\","
    "\"sqlstate\":\"22001\",\"failed_at\":\"2025-10-27T08:17:00Z\"}";
static const char *DL_X = "this is not a dead-letter entry";

START_TEST(dlq_list_text_and_json)
{
    th_run r;
    const char *p;
    int lines = 0;

    th_memflush(&r, NULL, NULL, "dlq", "list", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert(strstr(r.out, "0 of 0 dead letter(s)") != NULL);
    th_run_free(&r);

    ops_rpush("dead", OPS_DL_A);
    ops_rpush("dead", DL_X);
    ops_rpush("dead", DL_B);
    ops_rpush("dead", DL_C);
    th_memflush(&r, NULL, NULL, "dlq", "list", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert(strstr(r.out, "failed_at=2025-10-27T08:15:00.123Z") != NULL);
    ck_assert(strstr(r.out, "user_id is missing") != NULL);
    ck_assert(strstr(r.out, "sqlstate=22001") != NULL);
    ck_assert(strstr(r.out, "not a valid dead-letter entry") != NULL);
    ck_assert(strstr(r.out, "record_base64") != NULL);
    ck_assert(strstr(r.out, "{\"cid\":\"a1\",\"conversation_id\":\"c\"}") != NULL);
    /* the long record is cut, with "..." */
    p = strstr(r.out, "{\"cid\":\"c3\"");
    ck_assert(p != NULL);
    ck_assert(strstr(p, "...") != NULL && strstr(p, "until the preview must cut it") == NULL);
    ck_assert(strstr(r.out, "4 of 4 dead letter(s)") != NULL);
    th_run_free(&r);

    th_memflush(&r, NULL, NULL, "dlq", "list", "--json", "--limit", "3", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    for (p = r.out; *p; p = strchr(p, '\n') + 1) {
        char *line = strndup(p, (size_t)(strchr(p, '\n') - p));
        json_t *j = th_json(line);
        lines++;
        if (lines == 1) {
            ck_assert_str_eq(json_string_value(json_object_get(j, "record")), DL_A_REC);
            ck_assert_str_eq(json_string_value(json_object_get(j, "error")), "user_id is missing");
        }
        if (lines == 2)
            ck_assert_str_eq(json_string_value(json_object_get(j, "invalid_entry")), DL_X);
        if (lines == 3)
            ck_assert_str_eq(json_string_value(json_object_get(j, "record_base64")), "//57YmFkfQ==");
        json_decref(j);
        free(line);
    }
    ck_assert_int_eq(lines, 3);
    th_run_free(&r);

    th_memflush(&r, NULL, NULL, "dlq", "list", "--limit", "0", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "dlq", "frobnicate", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "dlq", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
}
END_TEST

START_TEST(dlq_replay_count_then_all)
{
    th_run r;
    char *v;
    size_t n;

    ops_rpush("pending", "already-pending");
    ops_rpush("dead", OPS_DL_A);
    ops_rpush("dead", DL_X);
    ops_rpush("dead", DL_B);
    ops_rpush("dead", DL_C);

    /* the 2 oldest valid entries: A and B (the base64 one); X stays, in front */
    th_memflush(&r, NULL, NULL, "dlq", "replay", "--count", "2", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.out, "replayed 2 ") != NULL, "%s", r.out);
    ck_assert_msg(strstr(r.err, "not valid JSON") != NULL, "the invalid entry is not reported: %s", r.err);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 3);
    v = ops_lindex("pending", 0, &n);
    ck_assert_str_eq(v, "already-pending");
    free(v);
    v = ops_lindex("pending", 1, &n);
    ck_assert_str_eq(v, DL_A_REC);
    free(v);
    v = ops_lindex("pending", 2, &n);
    ck_assert_uint_eq(n, 7);
    ck_assert(memcmp(v, "\xff\xfe{bad}", 7) == 0);
    free(v);
    ck_assert_int_eq(th_llen("dead"), 2);
    v = ops_lindex("dead", 0, NULL);
    ck_assert_str_eq(v, DL_X);
    free(v);
    v = ops_lindex("dead", 1, NULL);
    ck_assert_str_eq(v, DL_C);
    free(v);

    /* all the rest: C moves, X stays */
    th_memflush(&r, NULL, NULL, "dlq", "replay", "--json", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert_str_eq(r.out, "{\"replayed\":1,\"invalid\":1,\"remaining\":1}\n");
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 4);
    v = ops_lindex("pending", 3, NULL);
    ck_assert(strncmp(v, "{\"cid\":\"c3\"", 11) == 0);
    free(v);
    ck_assert_int_eq(th_llen("dead"), 1);

    /* nothing valid left: a no-op */
    th_memflush(&r, NULL, NULL, "dlq", "replay", "--json", NULL);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "{\"replayed\":0,\"invalid\":1,\"remaining\":1}\n");
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 4);
}
END_TEST

START_TEST(dlq_replay_many_chunks_keeps_order)
{
    /* more entries than one chunk, invalid ones scattered: order kept, nothing lost or doubled */
    char buf[256];
    th_run r;
    int i, valid = 0, invalid = 0;

    for (i = 0; i < 530; i++) {
        if (i % 97 == 5) {
            snprintf(buf, sizeof(buf), "garbage-%d", i);
            invalid++;
        } else {
            snprintf(buf, sizeof(buf),
                     "{\"record\":\"rec-%d\",\"error\":\"e\",\"sqlstate\":null,\"failed_at\":\"2025-01-01T00:00:00Z\"}", i);
            valid++;
        }
        ops_rpush("dead", buf);
    }
    th_memflush(&r, NULL, NULL, "dlq", "replay", "--json", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    snprintf(buf, sizeof(buf), "{\"replayed\":%d,\"invalid\":%d,\"remaining\":%d}\n", valid, invalid, invalid);
    ck_assert_str_eq(r.out, buf);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), valid);
    ck_assert_int_eq(th_llen("dead"), invalid);
    {
        char *k = th_key("pending");
        redisReply *rep = redisCommand(R, "LRANGE %s 0 -1", k);
        int j = 0;
        ck_assert(rep && rep->type == REDIS_REPLY_ARRAY);
        for (i = 0; i < 530; i++) {
            if (i % 97 == 5)
                continue;
            snprintf(buf, sizeof(buf), "rec-%d", i);
            ck_assert_str_eq(rep->element[j]->str, buf);
            j++;
        }
        freeReplyObject(rep);
        free(k);
    }
}
END_TEST

START_TEST(dlq_purge_needs_yes)
{
    th_run r;

    ops_rpush("dead", OPS_DL_A);
    ops_rpush("dead", DL_B);
    ops_rpush("dead", DL_X);
    th_memflush(&r, NULL, NULL, "dlq", "purge", NULL);
    ck_assert_int_eq(r.status, 2);
    ck_assert_msg(strstr(r.err, "would delete 3 dead letter(s)") != NULL, "%s", r.err);
    ck_assert_str_eq(r.out, "");
    th_run_free(&r);
    ck_assert_int_eq(th_llen("dead"), 3);

    th_memflush(&r, NULL, NULL, "dlq", "purge", "--yes", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.out, "deleted 3 dead letter(s)") != NULL, "%s", r.out);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("dead"), 0);

    th_memflush(&r, NULL, NULL, "dlq", "purge", "--yes", "--json", NULL);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "{\"deleted\":0}\n");
    th_run_free(&r);
}
END_TEST

START_TEST(dlq_wrong_type_is_reported)
{
    char *k = th_key("dead");
    th_run r;

    th_redis_cmd(R, "SET %s foreign", k);
    th_memflush(&r, NULL, NULL, "dlq", "purge", "--yes", NULL);
    ck_assert_int_eq(r.status, 2);
    ck_assert(strstr(r.err, "WRONGTYPE") != NULL);
    th_run_free(&r);
    th_redis_cmd(R, "DEL %s", k);
    free(k);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("dlq");
    TCase *tc = tcase_create("dlq");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, dlq_list_text_and_json);
    tcase_add_test(tc, dlq_replay_count_then_all);
    tcase_add_test(tc, dlq_replay_many_chunks_keeps_order);
    tcase_add_test(tc, dlq_purge_needs_yes);
    tcase_add_test(tc, dlq_wrong_type_is_reported);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
