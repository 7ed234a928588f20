/* test_forget.c - the pure pieces of forget.c: the JSON form of an id that
 * forget_scan.lua's quick filter looks for, and prune's --older-than parsing.
 * No servers (tests/integration/test_forget.sh runs forget and prune). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "forget.h"
#include "th.h"

static void needle_is(const char *id, size_t len, const char *want)
{
    mfp_buf b;

    mfp_buf_init(&b);
    ck_assert_int_eq(mfp_json_needle(id, len, &b), 0);
    ck_assert_str_eq(b.data ? b.data : "", want);
    mfp_buf_free(&b);
}

START_TEST(needle_escapes_only_what_json_must)
{
    needle_is("plain-id", 8, "plain-id");
    needle_is("a\"b\\c", 5, "a\\\"b\\\\c");
    needle_is("t\tn\nr\rb\bf\f", 10, "t\\tn\\nr\\rb\\bf\\f");
    needle_is("\x01\x1f", 2, "\\u0001\\u001f");
    needle_is("Zoë *?[", 8, "Zoë *?[");
    needle_is("/", 1, "/");
}
END_TEST

/* Whatever the id, the needle is a substring of jansson's compact encoding of
 * a record holding it (jansson escapes only what it must, like memflush's
 * writer): the quick filter never hides a record that holds the id. */
START_TEST(needle_is_in_the_encoded_record)
{
    static const char *const ids[] = {"u", "quote\"d", "back\\slash", "tab\there", "ünï cödé ✓",
                                      "*?[]{}", "nl\nx", "\x7f del"};
    size_t i;

    for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
        json_t *o = json_pack("{s:s}", "user_id", ids[i]);
        char *text = json_dumps(o, JSON_COMPACT);
        mfp_buf b;
        mfp_buf_init(&b);
        ck_assert_int_eq(mfp_json_needle(ids[i], strlen(ids[i]), &b), 0);
        ck_assert_msg(strstr(text, b.data) != NULL, "%s not in %s", b.data, text);
        mfp_buf_free(&b);
        free(text);
        json_decref(o);
    }
}
END_TEST

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

    tcase_add_test(tc, needle_escapes_only_what_json_must);
    tcase_add_test(tc, needle_is_in_the_encoded_record);
    tcase_add_test(tc, durations);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
