/* test_rfc3339.c - RFC 3339 §5.6 parsing, range checks, normalisation,
 * microsecond rounding and "now". No servers. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "record.h"
#include "th.h"

static void ok(const char *in, const char *want)
{
    char out[MFP_TS_MAX];
    mf_error err = {0};

    ck_assert_msg(mfp_rfc3339_normalize(in, strlen(in), out, &err) == 0, "%s: %s", in, err.msg);
    ck_assert_str_eq(out, want);
    /* the normalised text is itself valid and stable */
    ck_assert(mfp_rfc3339_normalize(want, strlen(want), out, &err) == 0);
    ck_assert_str_eq(out, want);
}

static void bad(const char *in, const char *want)
{
    mfp_ts ts;
    mf_error err = {0};

    ck_assert_msg(mfp_rfc3339_parse(in, strlen(in), &ts, &err) == -1, "accepted %s", in);
    ck_assert_int_eq(err.code, MF_EINVALID);
    ck_assert_msg(strstr(err.msg, want) != NULL, "%s: \"%s\" lacks \"%s\"", in, err.msg, want);
}

START_TEST(accepted_forms)
{
    ok("2025-10-27T08:15:00Z", "2025-10-27T08:15:00Z");
    ok("2025-10-27t08:15:00z", "2025-10-27T08:15:00Z");
    ok("2025-10-27 08:15:00Z", "2025-10-27T08:15:00Z");
    ok("2025-10-27T08:15:00+00:00", "2025-10-27T08:15:00+00:00");
    ok("2025-10-27T08:15:00-00:00", "2025-10-27T08:15:00+00:00");
    ok("2025-10-27T08:15:00+05:30", "2025-10-27T08:15:00+05:30");
    ok("2025-10-27T08:15:00-23:59", "2025-10-27T08:15:00-23:59");
    ok("2025-10-27T08:15:00.1Z", "2025-10-27T08:15:00.1Z");
    ok("2025-10-27T08:15:00.120Z", "2025-10-27T08:15:00.120Z");
    ok("2025-10-27T08:15:00.123456Z", "2025-10-27T08:15:00.123456Z");
    ok("2025-10-27T08:15:00.000001-01:00", "2025-10-27T08:15:00.000001-01:00");
    ok("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z");
    ok("9999-12-31T23:59:59.999999Z", "9999-12-31T23:59:59.999999Z");
    ok("2016-12-31T23:59:60Z", "2016-12-31T23:59:60Z"); /* leap second */
}
END_TEST

START_TEST(leap_years)
{
    ok("2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z");
    ok("2000-02-29T12:00:00Z", "2000-02-29T12:00:00Z");
    bad("2023-02-29T12:00:00Z", "day 29 is out of range for 2023-02");
    bad("1900-02-29T12:00:00Z", "day 29 is out of range for 1900-02");
    bad("2024-02-30T12:00:00Z", "day 30");
    ok("2025-04-30T00:00:00Z", "2025-04-30T00:00:00Z");
    bad("2025-04-31T00:00:00Z", "day 31 is out of range for 2025-04");
    ok("2025-12-31T00:00:00Z", "2025-12-31T00:00:00Z");
    bad("2025-12-32T00:00:00Z", "day 32");
}
END_TEST

START_TEST(rejected_forms)
{
    bad("2025-10-27T08:15:00", "offset is missing");
    bad("2025-10-27T08:15:00.5", "offset is missing");
    bad("2025-10-27T24:00:00Z", "hour 24 is out of range");
    bad("2025-10-27T08:60:00Z", "minute 60");
    bad("2025-10-27T08:15:61Z", "second 61");
    bad("2025-00-27T08:15:00Z", "month 00");
    bad("2025-13-27T08:15:00Z", "month 13");
    bad("2025-10-00T08:15:00Z", "day 00");
    bad("0000-10-27T08:15:00Z", "year 0000");
    bad("2025-10-27T08:15:00+24:00", "offset +24:00 is out of range");
    bad("2025-10-27T08:15:00+01:60", "offset +01:60 is out of range");
    bad("2025-10-27T08:15:00+0100", "bad UTC offset");
    bad("2025-10-27T08:15:00+01", "bad UTC offset");
    bad("2025-10-27T08:15:00 Z", "offset is missing or malformed");
    bad("2025-10-27T08:15:00.Z", "fraction digits");
    bad("2025-10-27T08:15Z", "bad time of day");
    bad("2025-10-27", "separated by T or a space");
    bad("2025-10-27X08:15:00Z", "separated by T or a space");
    bad("25-10-27T08:15:00Z", "bad date");
    bad("2025-1-27T08:15:00Z", "bad date");
    bad("+2025-10-27T08:15:00Z", "bad date");
    bad("2025-10-27T08:15:00Zjunk", "unexpected text");
    bad("2025-10-27T08:15:00Z ", "unexpected text");
    bad(" 2025-10-27T08:15:00Z", "bad date");
    bad("", "bad date");
    bad("2025-10-27T08:15:0aZ", "bad time");
}
END_TEST

START_TEST(length_is_respected)
{
    /* not NUL-terminated: the parser must stop at len */
    const char s[] = "2025-10-27T08:15:00Zgarbage";
    char out[MFP_TS_MAX];
    mf_error err = {0};

    ck_assert(mfp_rfc3339_normalize(s, 20, out, &err) == 0);
    ck_assert_str_eq(out, "2025-10-27T08:15:00Z");
    ck_assert(mfp_rfc3339_normalize(s, 19, out, &err) == -1);
}
END_TEST

START_TEST(rounding_beyond_microseconds)
{
    ok("2025-10-27T08:15:00.1234564Z", "2025-10-27T08:15:00.123456Z");
    ok("2025-10-27T08:15:00.1234565Z", "2025-10-27T08:15:00.123457Z");
    ok("2025-10-27T08:15:00.123456999999999999999999999999999999999Z",
       "2025-10-27T08:15:00.123457Z");
    /* carry across second, minute, hour, day, month and year */
    ok("2024-12-31T23:59:59.9999995+01:00", "2025-01-01T00:00:00.000000+01:00");
    ok("2024-02-28T23:59:59.99999999Z", "2024-02-29T00:00:00.000000Z");
    ok("2023-02-28T23:59:59.99999999Z", "2023-03-01T00:00:00.000000Z");
    ok("2016-12-31T23:59:60.9999999Z", "2017-01-01T00:00:01.000000Z");
    /* no room past year 9999: truncated instead */
    ok("9999-12-31T23:59:59.99999999Z", "9999-12-31T23:59:59.999999Z");
}
END_TEST

START_TEST(unix_seconds)
{
    mfp_ts ts;
    mf_error err = {0};
    const char *a = "1970-01-01T00:00:00Z", *b = "2025-10-27T09:15:00+01:00",
               *c = "2024-02-29T23:30:00-02:30";

    ck_assert(mfp_rfc3339_parse(a, strlen(a), &ts, &err) == 0);
    ck_assert_int_eq(mfp_ts_unix(&ts), 0);
    ck_assert(mfp_rfc3339_parse(b, strlen(b), &ts, &err) == 0);
    ck_assert_int_eq(mfp_ts_unix(&ts), 1761552900LL); /* 2025-10-27T08:15:00Z */
    ck_assert(mfp_rfc3339_parse(c, strlen(c), &ts, &err) == 0);
    ck_assert_int_eq(mfp_ts_unix(&ts), 1709258400LL); /* 2024-03-01T02:00:00Z */
}
END_TEST

START_TEST(now_format)
{
    char out[MFP_TS_MAX];
    mfp_ts ts;
    mf_error err = {0};
    size_t n = mfp_rfc3339_now(out);

    ck_assert_uint_eq(n, 24);
    ck_assert_uint_eq(strlen(out), 24);
    ck_assert(out[10] == 'T' && out[19] == '.' && out[23] == 'Z');
    ck_assert(mfp_rfc3339_parse(out, n, &ts, &err) == 0);
    ck_assert_int_eq(ts.frac_digits, 3);
    ck_assert_int_eq(ts.usec % 1000, 0);
    ck_assert(llabs((long long)(mfp_ts_unix(&ts) - time(NULL))) < 86400);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("rfc3339");
    TCase *tc = tcase_create("rfc3339");

    tcase_add_test(tc, accepted_forms);
    tcase_add_test(tc, leap_years);
    tcase_add_test(tc, rejected_forms);
    tcase_add_test(tc, length_is_respected);
    tcase_add_test(tc, rounding_beyond_microseconds);
    tcase_add_test(tc, unix_seconds);
    tcase_add_test(tc, now_format);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
