/* test_forget.c - the pure pieces of forget.c: prune's --older-than parsing and
 * the client-side prefilter of the pending scan (mfp_forget_may_hold).
 * No servers (tests/integration/test_forget.sh runs forget and prune). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forget.h"
#include "th.h"

static void duration_is(const char *in, const char *want)
{
    char out[48];
    mf_error err = {0};

    ck_assert_msg(mfp_parse_duration(in, out, sizeof(out), &err) == 0, "%s: %s", in, err.msg);
    ck_assert_str_eq(out, want);
}

static void duration_bad(const char *in)
{
    char out[48];
    mf_error err = {0};

    ck_assert_msg(mfp_parse_duration(in, out, sizeof(out), &err) == -1, "accepted %s", in ? in : "NULL");
    ck_assert_int_eq(err.code, MF_ECONFIG);
    ck_assert(strstr(err.msg, "90d") != NULL);
}

START_TEST(durations)
{
    duration_is("90d", "90 days");
    duration_is("12h", "12 hours");
    duration_is("30m", "30 minutes");
    duration_is("45s", "45 seconds");
    duration_is("2w", "2 weeks");
    duration_is("36500d", "36500 days");
    duration_bad(NULL);
    duration_bad("");
    duration_bad("d");
    duration_bad("90");
    duration_bad("0d");
    duration_bad("-1d");
    duration_bad("1.5d");
    duration_bad("90x");
    duration_bad("90 d");
    duration_bad("36501d");
    duration_bad("99999999999d");
    duration_bad("1d; DROP TABLE x");
}
END_TEST

static int may(const char *rec, const char *id)
{
    return mfp_forget_may_hold(rec, strlen(rec), "\"user_id\"", id, strlen(id));
}

/* A superset of forget_scan.lua's holds(): never drops a record the script
 * would take (those with escapes go to the script), keeps few others. */
START_TEST(prefilter)
{
    ck_assert_int_eq(may("{\"user_id\":\"u1\",\"x\":1}", "u1"), 1);
    ck_assert_int_eq(may("{\"user_id\" \t:\r\n \"u1\"}", "u1"), 1);
    ck_assert_int_eq(may("{\"user_id\":\"u10\"}", "u1"), 0);
    ck_assert_int_eq(may("{\"user_id\":\"u\"}", "u1"), 0);
    ck_assert_int_eq(may("{\"user_id\":\"u2\",\"m\":\"u1\"}", "u1"), 0);
    /* a later occurrence of the key (a nested one: the script decides) */
    ck_assert_int_eq(may("{\"a\":{\"user_id\":\"u1\"},\"user_id\":\"u2\"}", "u1"), 1);
    /* an escape in the value: the script decodes it */
    ck_assert_int_eq(may("{\"user_id\":\"\\u0075\\u0031\"}", "u1"), 1);
    ck_assert_int_eq(may("{\"user_id\":\"a\\\"b\"}", "a\"b"), 1);
    /* not a string, no colon, truncated, no key */
    ck_assert_int_eq(may("{\"user_id\":7}", "7"), 0);
    ck_assert_int_eq(may("{\"user_id\" \"u1\"}", "u1"), 0);
    ck_assert_int_eq(may("{\"user_id\":\"u1", "u1"), 0);
    ck_assert_int_eq(may("{\"user\":\"u1\"}", "u1"), 0);
    ck_assert_int_eq(may("", "u1"), 0);
    /* the id's bytes are compared, never a pattern */
    ck_assert_int_eq(may("{\"user_id\":\"a*?[\"}", "a*?["), 1);
    ck_assert_int_eq(may("{\"user_id\":\"abc\"}", "a*"), 0);
    /* placeholders never */
    ck_assert_int_eq(may("memflush:forgotten", "u1"), 0);
    ck_assert_int_eq(may("memflush:forgotten:{\"user_id\":\"u1\"}", "u1"), 0);
    ck_assert_int_eq(mfp_forget_may_hold("{\"conversation_id\":\"c\"}", 23, "\"conversation_id\"", "c", 1), 1);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("forget");
    TCase *tc = tcase_create("forget");

    tcase_add_test(tc, durations);
    tcase_add_test(tc, prefilter);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
