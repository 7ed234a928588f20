/* test_recfast.c - the one-pass record parser (src/recfast.c) against the
 * jansson path of record.c: it must accept the common shape (or the flusher
 * silently loses its speed), give exactly the same record, and decline
 * everything it does not handle itself (so jansson words the refusal).
 * Pure logic, no servers. tests/fuzz/fuzz_record.c checks the same on random
 * inputs. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "record.h"
#include "th.h"

/* The canonical text of a record (to compare two records in one go). */
static char *canon(const mfp_record *r)
{
    char *j = mfp_record_to_json(r, NULL);

    ck_assert(j != NULL);
    return j;
}

/* Parse buf both ways; returns whether the fast path accepted it, and when
 * it did, checks that jansson gives the same record. */
static int both(const char *buf, size_t len)
{
    mfp_record f, ref;
    mf_error err = {0};
    int fast = mfp_record_parse_fast(buf, len, &f);
    int rc = mfp_record_parse_ref(buf, len, 0, &ref, &err);

    if (fast) {
        char *a, *b;
        ck_assert_msg(rc == 0, "fast path accepted what jansson refuses (%s): %.200s", err.msg, buf);
        a = canon(&f);
        b = canon(&ref);
        ck_assert_str_eq(a, b);
        ck_assert_int_eq(f.has_created_at, ref.has_created_at);
        ck_assert_int_eq(f.has_token_count, ref.has_token_count);
        ck_assert_uint_eq(f.user_message_len, ref.user_message_len);
        free(a);
        free(b);
    } else {
        ck_assert(f.cid == NULL && f.user_message == NULL && f.metadata_json == NULL);
    }
    mfp_record_clear(&f);
    mfp_record_clear(&ref);
    return fast;
}

static int both_s(const char *s)
{
    return both(s, strlen(s));
}

#define HEAD "\"cid\":\"c-1\",\"conversation_id\":\"conv\",\"user_id\":\"u\","

/* The shapes producers send: the fast path must take them. */
START_TEST(accepts_common_shape)
{
    static const char *const ok[] = {
        "{" HEAD "\"user_message\":\"hi\",\"assistant_message\":\"hello\"}",
        "{\"v\":1," HEAD "\"user_message\":\"\",\"assistant_message\":\"\",\"token_count\":0}",
        " \r\n\t{ \"v\" : 1 , " HEAD "\"user_message\" : \"a\\tb\\n\\\"q\\\" \\\\ \\/\" ,"
        "\"assistant_message\":\"\\u4f60\\u597d \\ud83d\\ude00 \\u00e9 \\u007f\",\"token_count\":2147483647,"
        "\"created_at\":\"2025-10-27t08:15:00.1234567+08:00\"} \n",
        "{" HEAD "\"user_message\":\"你好 😀 é\",\"assistant_message\":\"x\","
        "\"reflection\":{\"summary\":\"s\\u00e9\",\"causes\":[\"a\",\"b\"],\"confidence\":0.80,\"n\":-0,"
        "\"big\":123456789012345678,\"e\":1e2,\"f\":-1.5E-3,\"t\":true,\"fa\":false,\"nu\":null,"
        "\"deep\":{\"a\":[[{}],[]],\"b\":{\"c\":{}}},\"ctl\":\"\\u0001\\b\\f\"},"
        "\"metadata\":{\"model\":\"m\",\"client\":{\"app\":\"web\",\"version\":\"1.3.6\"},\"latency_ms\":350}}",
        "{\"v\":null," HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"token_count\":null,"
        "\"created_at\":null,\"reflection\":null,\"metadata\":null}",
        "{\"metadata\":{},\"assistant_message\":\"b\",\"user_message\":\"a\"," HEAD "\"v\":1}",
    };
    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
        ck_assert_msg(both_s(ok[i]), "fast path declined case %zu: %s", i, ok[i]);
}
END_TEST

/* What the fast path leaves to jansson: refusals, and the rare shapes. */
START_TEST(declines_the_rest)
{
    static const char *const no[] = {
        "",
        "[]",
        "{}",
        "{" HEAD "\"user_message\":\"a\"}",                                        /* missing field */
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"lang\":\"zh\"}", /* unknown field */
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"user_message\":\"c\"}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"metadata\":{\"k\":1,\"k\":2}}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"metadata\":{\"k\\u0041\":1}}",
        "{" HEAD "\"user_message\":\"a\\u0000\",\"assistant_message\":\"b\"}",
        "{" HEAD "\"user_message\":\"\\ud800\",\"assistant_message\":\"b\"}",
        "{" HEAD "\"user_message\":\"\\udc00\",\"assistant_message\":\"b\"}",
        "{" HEAD "\"user_message\":\"\\ud83d\\u0041\",\"assistant_message\":\"b\"}",
        "{" HEAD "\"user_message\":\"\\x\",\"assistant_message\":\"b\"}",
        "{" HEAD "\"user_message\":\"\\u12\",\"assistant_message\":\"b\"}",
        "{" HEAD "\"user_message\":\"a\tb\",\"assistant_message\":\"b\"}",          /* raw tab */
        "{" HEAD "\"user_message\":\"\xC3\",\"assistant_message\":\"b\"}",          /* bad UTF-8 */
        "{" HEAD "\"user_message\":\"\xED\xA0\x80\",\"assistant_message\":\"b\"}",  /* surrogate */
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\"} x",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\"",
        "{" HEAD "\"user_message\":1,\"assistant_message\":\"b\"}",
        "{" HEAD "\"user_message\":null,\"assistant_message\":\"b\"}",
        "{\"v\":2," HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\"}",
        "{\"v\":1.0," HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\"}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"token_count\":-1}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"token_count\":2147483648}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"token_count\":1e2}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"created_at\":\"2023-02-29T00:00:00Z\"}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"metadata\":[]}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"metadata\":{\"n\":01}}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"metadata\":{\"n\":1.}}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"metadata\":{\"n\":1e400}}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"metadata\":{\"n\":1234567890123456789}}",
        "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"metadata\":{\"n\":tru}}",
        "{\"cid\":\"\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"a\",\"assistant_message\":\"b\"}",
    };
    for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
        ck_assert_msg(!both_s(no[i]), "fast path accepted case %zu: %s", i, no[i]);
}
END_TEST

/* Nesting: up to 64 levels in one pass, deeper through jansson. */
START_TEST(depth_limit)
{
    char buf[1024];

    for (int d = 60; d <= 70; d++) {
        int n = snprintf(buf, sizeof(buf), "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"metadata\":");
        /* metadata itself is level 1: {"k":[{"k":[ ... {} ... ]}]} */
        for (int i = 1; i < d; i++)
            n += snprintf(buf + n, sizeof(buf) - (size_t)n, "%s", i % 2 ? "{\"k\":" : "[");
        buf[n++] = '{';
        buf[n++] = '}';
        for (int i = d - 1; i >= 1; i--)
            buf[n++] = i % 2 ? '}' : ']';
        buf[n++] = '}';
        buf[n] = '\0';
        ck_assert_msg(both(buf, (size_t)n) == (d <= 64), "depth %d", d);
    }
}
END_TEST

static void count_fast(const char *path, const char *buf, size_t len, void *arg)
{
    *(int *)arg += both(buf, len);
}

static void each_file(const char *dir, int want_fast)
{
    int fast = 0, n = th_each_json(dir, count_fast, &fast);

    if (want_fast)
        ck_assert_msg(fast >= n / 2, "fast path took only %d of %d files in %s", fast, n, dir);
    else
        ck_assert_msg(fast == 0, "fast path accepted %d invalid files in %s", fast, dir);
}

START_TEST(data_files)
{
    each_file("tests/data/valid", 1);
    each_file("tests/data/invalid", 0);
}
END_TEST

/* mfp_record_parse still checks size and BOM first, and still refuses with
 * jansson's words what the fast path declined. */
START_TEST(parse_uses_both)
{
    const char *bad = "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\",\"token_count\":1.5}";
    const char *good = "{" HEAD "\"user_message\":\"a\",\"assistant_message\":\"b\"}";
    mfp_record r;
    mf_error err = {0};

    ck_assert_int_eq(mfp_record_parse(bad, strlen(bad), 0, &r, &err), -1);
    ck_assert_str_eq(err.msg, "field \"token_count\" must be an integer from 0 to 2147483647, got 1.5");
    mfp_record_clear(&r);
    memset(&err, 0, sizeof(err));
    ck_assert_int_eq(mfp_record_parse(good, strlen(good), 10, &r, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "more than the maximum of 10"));
    mfp_record_clear(&r);
    ck_assert_int_eq(mfp_record_parse(good, strlen(good), 0, &r, &err), 0);
    ck_assert_str_eq(r.metadata_json, "{}");
    mfp_record_clear(&r);
}
END_TEST

/* The scanner and the writer skip 8 bytes at a time where nothing needs a
 * look: every kind of string content (escapes, raw UTF-8 of 2 to 4 bytes,
 * control bytes, bytes that are not UTF-8) at every position of strings of
 * 0 to 40 bytes, in user_message and inside metadata. The fast path must
 * agree with jansson, and the record written back must read back as the
 * same bytes. */
START_TEST(strings_every_position)
{
    static const struct {
        const char *json;   /* as it appears between the quotes */
        const char *bytes;  /* what it decodes to; NULL: the record is poison */
    } probes[] = {
        {"\\\"", "\""}, {"\\\\", "\\"}, {"\\n", "\n"}, {"\\/", "/"}, {"\\u4f60", "你"},
        {"\\u4F60", "你"}, {"\\u4g60", NULL},
        {"\\ud83d\\ude00", "😀"}, {"\\u0001", "\x01"}, {"é", "é"}, {"你", "你"}, {"😀", "😀"},
        {"\x7f", "\x7f"}, {"\n", NULL}, {"\x01", NULL}, {"\xff", NULL}, {"\xe4\xbd" "a", NULL},
        {"\xed\xa0\x80", NULL}, {"\xc0\xaf", NULL}, {"\\u0000", NULL}, {"\\x", NULL},
        {"\\ud83d", NULL},
    };

    for (size_t len = 0; len <= 40; len++)
        for (size_t pos = 0; pos <= len; pos++)
            for (size_t k = 0; k < sizeof(probes) / sizeof(probes[0]); k++) {
                char raw[128], want[128], rec[512];
                size_t r = 0, w = 0;
                mfp_record f;
                mf_error err = {0};
                int n, fast;

                /* filler: ASCII with a CJK character now and then */
                for (size_t i = 0; i <= len; i++) {
                    const char *fill = i % 11 == 10 ? "中" : i % 3 == 0 ? "a" : "Z";
                    if (i == pos) {
                        memcpy(raw + r, probes[k].json, strlen(probes[k].json));
                        r += strlen(probes[k].json);
                        if (probes[k].bytes != NULL) {
                            memcpy(want + w, probes[k].bytes, strlen(probes[k].bytes));
                            w += strlen(probes[k].bytes);
                        }
                    }
                    if (i < len) {
                        memcpy(raw + r, fill, strlen(fill));
                        r += strlen(fill);
                        memcpy(want + w, fill, strlen(fill));
                        w += strlen(fill);
                    }
                }
                raw[r] = want[w] = '\0';
                n = snprintf(rec, sizeof(rec), "{" HEAD "\"user_message\":\"%s\",\"assistant_message\":\"x\","
                             "\"metadata\":{\"k\":\"%s\"}}", raw, raw);
                ck_assert(n > 0 && (size_t)n < sizeof(rec));
                fast = both(rec, (size_t)n);
                if (probes[k].bytes == NULL) {
                    ck_assert_msg(!fast, "fast path accepted probe %zu at %zu of %zu", k, pos, len);
                    ck_assert_int_eq(mfp_record_parse(rec, (size_t)n, 0, &f, &err), -1);
                    mfp_record_clear(&f);
                    continue;
                }
                ck_assert_msg(fast, "fast path declined probe %zu at %zu of %zu", k, pos, len);
                ck_assert_int_eq(mfp_record_parse(rec, (size_t)n, 0, &f, &err), 0);
                ck_assert_uint_eq(f.user_message_len, w);
                ck_assert(memcmp(f.user_message, want, w) == 0);
                {
                    char *text = canon(&f);
                    json_error_t je;
                    json_t *o = json_loads(text, 0, &je), *m;
                    ck_assert_msg(o != NULL, "written record does not read back: %s", je.text);
                    m = json_object_get(json_object_get(o, "metadata"), "k");
                    ck_assert_uint_eq(json_string_length(json_object_get(o, "user_message")), w);
                    ck_assert(memcmp(json_string_value(json_object_get(o, "user_message")), want, w) == 0);
                    ck_assert_uint_eq(json_string_length(m), w);
                    ck_assert(memcmp(json_string_value(m), want, w) == 0);
                    json_decref(o);
                    free(text);
                }
                mfp_record_clear(&f);
            }
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("recfast");
    TCase *tc = tcase_create("recfast");

    tcase_add_test(tc, accepts_common_shape);
    tcase_add_test(tc, declines_the_rest);
    tcase_add_test(tc, depth_limit);
    tcase_add_test(tc, data_files);
    tcase_add_test(tc, parse_uses_both);
    tcase_add_test(tc, strings_every_position);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
