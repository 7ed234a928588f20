/* test_copytext.c - PostgreSQL COPY text-format escaping: exact output for
 * special bytes, round trips of Chinese, emoji and every byte value. No servers. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "th.h"

static void escapes_to(const char *in, size_t len, const char *want)
{
    mfp_buf b;

    mfp_buf_init(&b);
    ck_assert(mfp_copy_escape(&b, in, len) == 0);
    ck_assert_uint_eq(b.len, strlen(want));
    ck_assert(memcmp(b.data, want, b.len) == 0);
    mfp_buf_free(&b);
}

static void round_trip(const char *in, size_t len)
{
    mfp_buf b, d;

    mfp_buf_init(&b);
    mfp_buf_init(&d);
    ck_assert(mfp_copy_escape(&b, in, len) == 0);
    /* an escaped field never holds a raw delimiter or line end */
    for (size_t i = 0; i < b.len; i++)
        ck_assert(b.data[i] != '\t' && b.data[i] != '\n' && b.data[i] != '\r');
    ck_assert(mfp_copy_unescape(b.data ? b.data : "", b.len, &d) == 0);
    ck_assert_uint_eq(d.len, len);
    ck_assert(len == 0 || memcmp(d.data, in, len) == 0);
    mfp_buf_free(&b);
    mfp_buf_free(&d);
}

START_TEST(escape_exact)
{
    escapes_to("", 0, "");
    escapes_to("plain", 5, "plain");
    escapes_to("a\\b", 3, "a\\\\b");
    escapes_to("a\tb\nc\rd", 7, "a\\tb\\nc\\rd");
    escapes_to("\\N", 2, "\\\\N");      /* the text \N is not NULL */
    escapes_to("\\.", 2, "\\\\.");      /* nor the end-of-data marker */
    escapes_to("\b\f\v\x01", 4, "\b\f\v\x01"); /* other control bytes pass raw */
    escapes_to("你好 😀", strlen("你好 😀"), "你好 😀");
    escapes_to("\n\n", 2, "\\n\\n");
}
END_TEST

/* The encoder skips 8 bytes at a time where none needs escaping: every
 * special byte (and every harmless byte that the word test may flag) at
 * every position of strings of 0 to 40 bytes, against a byte-by-byte
 * reference. */
START_TEST(escape_every_position)
{
    static const char probes[] = {'\\', '\t', '\n', '\r', '\x01', '\x0d' + 1, '[', ']', '\x80', '\xff'};

    for (size_t len = 0; len <= 40; len++)
        for (size_t pos = 0; pos < len; pos++)
            for (size_t k = 0; k < sizeof(probes); k++) {
                char in[41], want[90];
                size_t i, w = 0;

                for (i = 0; i < len; i++) {
                    in[i] = i == pos ? probes[k] : (i % 3 == 0 ? '\xe4' : 'a' + (char)(i % 26));
                    if (in[i] == '\\' || in[i] == '\t' || in[i] == '\n' || in[i] == '\r') {
                        want[w++] = '\\';
                        want[w++] = in[i] == '\\' ? '\\' : in[i] == '\t' ? 't' : in[i] == '\n' ? 'n' : 'r';
                    } else {
                        want[w++] = in[i];
                    }
                }
                want[w] = '\0';
                escapes_to(in, len, want);
            }
}
END_TEST

START_TEST(null_marker)
{
    mfp_buf b, d;

    mfp_buf_init(&b);
    mfp_buf_init(&d);
    ck_assert(mfp_copy_null(&b) == 0);
    ck_assert_str_eq(b.data, "\\N");
    ck_assert_int_eq(mfp_copy_unescape(b.data, b.len, &d), 1);
    mfp_buf_free(&b);
    mfp_buf_free(&d);
}
END_TEST

START_TEST(round_trips)
{
    const char *texts[] = {
        "你好，世界！\n今天天气怎么样？",
        "😀👍🏽 emoji\twith tab \\ backslash \r\n CRLF",
        "\\N", "\\.", "\\", "", "a\\tb", "\xe2\x80\xa8 line separator",
    };
    char all[256];

    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
        round_trip(texts[i], strlen(texts[i]));
    for (int i = 0; i < 255; i++)
        all[i] = (char)(i + 1);
    round_trip(all, 255);
}
END_TEST

START_TEST(decoder_rules)
{
    mfp_buf d;

    mfp_buf_init(&d);
    ck_assert_int_eq(mfp_copy_unescape("\\101\\x42\\x4g\\q", 14, &d), 0);
    ck_assert_str_eq(d.data, "AB\x04" "gq");
    mfp_buf_reset(&d);
    ck_assert_int_eq(mfp_copy_unescape("a\\", 2, &d), -1);     /* dangling backslash */
    mfp_buf_reset(&d);
    ck_assert_int_eq(mfp_copy_unescape("a\tb", 3, &d), -1);    /* raw delimiter */
    mfp_buf_free(&d);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("copytext");
    TCase *tc = tcase_create("copytext");

    tcase_add_test(tc, escape_exact);
    tcase_add_test(tc, escape_every_position);
    tcase_add_test(tc, null_marker);
    tcase_add_test(tc, round_trips);
    tcase_add_test(tc, decoder_rules);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
