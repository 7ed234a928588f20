/* test_deadletter.c - dead-letter entries of contract §2: their fields, and
 * the original bytes coming back exactly (UTF-8 text, invalid UTF-8 through
 * record_base64, NUL bytes). No servers. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "record.h"
#include "th.h"

static json_t *load(const char *s, size_t len)
{
    json_error_t je;
    json_t *j = json_loadb(s, len, JSON_REJECT_DUPLICATES, &je);

    ck_assert_msg(j != NULL, "not JSON (%s): %s", je.text, s);
    return j;
}

static void round_trip(const char *rec, size_t len, int want_base64)
{
    size_t elen, blen;
    char *e = mfp_deadletter_entry(rec, len, "why", NULL, &elen), *back, why[64];
    mf_error err = {0};
    json_t *j;

    ck_assert(e != NULL);
    ck_assert_uint_eq(strlen(e), elen);
    j = load(e, elen);
    ck_assert_int_eq(json_object_get(j, "record_base64") != NULL, want_base64);
    ck_assert_int_eq(json_object_get(j, "record") != NULL, !want_base64);
    json_decref(j);
    ck_assert(mfp_deadletter_parse(e, elen, &back, &blen, why, sizeof(why), &err) == 0);
    ck_assert_str_eq(why, "why");
    ck_assert_uint_eq(blen, len);
    ck_assert(memcmp(back, rec, len) == 0);
    ck_assert(back[blen] == '\0');
    free(back);
    free(e);
}

START_TEST(fields)
{
    const char *rec = "{\"cid\":\"x\"}";
    size_t elen;
    char *e = mfp_deadletter_entry(rec, strlen(rec), "field \"user_id\" is required", "22P02",
                                   &elen);
    json_t *j = load(e, elen);
    const char *fa;
    mfp_ts ts;
    mf_error err = {0};

    ck_assert_str_eq(json_string_value(json_object_get(j, "record")), rec);
    ck_assert_str_eq(json_string_value(json_object_get(j, "error")), "field \"user_id\" is required");
    ck_assert_str_eq(json_string_value(json_object_get(j, "sqlstate")), "22P02");
    fa = json_string_value(json_object_get(j, "failed_at"));
    ck_assert(fa != NULL);
    ck_assert(mfp_rfc3339_parse(fa, strlen(fa), &ts, &err) == 0);
    ck_assert_int_eq(ts.zulu, 1);
    ck_assert_uint_eq(json_object_size(j), 4);
    json_decref(j);
    free(e);

    e = mfp_deadletter_entry(rec, strlen(rec), "bad", NULL, &elen);
    j = load(e, elen);
    ck_assert(json_is_null(json_object_get(j, "sqlstate")));
    json_decref(j);
    free(e);
    e = mfp_deadletter_entry(rec, strlen(rec), "bad", "", &elen);
    j = load(e, elen);
    ck_assert(json_is_null(json_object_get(j, "sqlstate")));
    json_decref(j);
    free(e);
}
END_TEST

START_TEST(round_trips)
{
    const char *utf8 = "{\"user_message\":\"你好 😀\\n\",\"x\":\"\\\\ \\\" \t\"}";
    char all[256];

    round_trip(utf8, strlen(utf8), 0);
    round_trip("", 0, 0);
    round_trip("not json at all", 15, 0);
    round_trip("{\"a\":\"\xff\xfe\"}", 10, 1);             /* invalid UTF-8 */
    round_trip("\xed\xa0\x80", 3, 1);                      /* encoded surrogate */
    round_trip("{\"a\":\"b\0c\"}", 11, 1);                 /* raw NUL byte */
    round_trip("\xef\xbb\xbf{}", 5, 0);                    /* BOM is valid UTF-8 */
    for (int i = 0; i < 256; i++)
        all[i] = (char)i;
    round_trip(all, 256, 1);
    for (size_t n = 0; n < 7; n++)                          /* base64 padding cases */
        round_trip("\xff\x01\x02\x03\x04\x05\x06", n, n > 0);
}
END_TEST

START_TEST(error_text_is_sanitised)
{
    /* an error quoting invalid bytes still gives valid JSON */
    size_t elen;
    char *e = mfp_deadletter_entry("{}", 2, "bad byte \xff here \"q\"\n", NULL, &elen);
    json_t *j = load(e, elen);

    ck_assert_str_eq(json_string_value(json_object_get(j, "error")),
                     "bad byte \xef\xbf\xbd here \"q\"\n");
    json_decref(j);
    free(e);
}
END_TEST

START_TEST(parse_rejects)
{
    char *rec;
    size_t n;
    mf_error err = {0};
    const char *bad[] = {"", "[]", "{\"error\":\"x\"}", "{\"record\":1}",
                         "{\"record_base64\":\"abc\"}", "{\"record_base64\":\"a$==\"}",
                         "{\"record_base64\":\"=AAA\"}", "{\"record_base64\":\"AA=A\"}"};

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        memset(&err, 0, sizeof(err));
        ck_assert_msg(mfp_deadletter_parse(bad[i], strlen(bad[i]), &rec, &n, NULL, 0, &err) == -1,
                      "accepted %s", bad[i]);
        ck_assert_int_eq(err.code, MF_EINVALID);
        ck_assert(rec == NULL);
    }
    /* entries written by other tools: a \u0000 inside "record" comes back as a NUL byte */
    memset(&err, 0, sizeof(err));
    ck_assert(mfp_deadletter_parse("{\"record\":\"a\\u0000b\"}", 21, &rec, &n, NULL, 0, &err) == 0);
    ck_assert_uint_eq(n, 3);
    ck_assert(memcmp(rec, "a\0b", 3) == 0);
    free(rec);
}
END_TEST

START_TEST(base64_known)
{
    mfp_buf b;
    size_t n;
    unsigned char *d;

    mfp_buf_init(&b);
    mfp_base64_encode(&b, (const unsigned char *)"foobar", 6);
    ck_assert_str_eq(b.data, "Zm9vYmFy");
    mfp_buf_reset(&b);
    mfp_base64_encode(&b, (const unsigned char *)"fooba", 5);
    ck_assert_str_eq(b.data, "Zm9vYmE=");
    mfp_buf_reset(&b);
    mfp_base64_encode(&b, (const unsigned char *)"f", 1);
    ck_assert_str_eq(b.data, "Zg==");
    mfp_buf_free(&b);
    d = mfp_base64_decode("Zm9vYg==", 8, &n);
    ck_assert(d != NULL);
    ck_assert_uint_eq(n, 4);
    ck_assert(memcmp(d, "foob", 4) == 0);
    free(d);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("deadletter");
    TCase *tc = tcase_create("deadletter");

    tcase_add_test(tc, fields);
    tcase_add_test(tc, round_trips);
    tcase_add_test(tc, error_text_is_sanitised);
    tcase_add_test(tc, parse_rejects);
    tcase_add_test(tc, base64_known);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
