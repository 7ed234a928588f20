/* test_forget.c - the pure piece of forget.c: prune's --older-than parsing.
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

static Suite *suite(void)
{
    Suite *s = suite_create("forget");
    TCase *tc = tcase_create("forget");

    tcase_add_test(tc, durations);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
