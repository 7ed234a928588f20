/* test_fuzzfound.c - regression tests for the bugs the libFuzzer targets in
 * tests/fuzz/ found (one test per bug, named after it; see docs/testing.md).
 * Pure logic, no servers. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "internal.h"
#include "record.h"
#include "th.h"

/* fuzz_config: redis://secret@host is parsed with "secret" as the password
 * (a bare userinfo), but mf_mask_url only masked user:password forms, so the
 * password was printed in full in every message that showed the URL. */
START_TEST(mask_bare_redis_password)
{
    mfp_redis_url u;
    mf_error err = {0};
    char *m;

    ck_assert_int_eq(mfp_redis_url_parse("redis://secret@[::1]:1/0", &u, &err), 0);
    ck_assert_str_eq(u.password, "secret");
    mfp_redis_url_clear(&u);
    m = mf_mask_url("redis://secret@[::1]:1/0");
    ck_assert_ptr_nonnull(m);
    ck_assert_ptr_null(strstr(m, "secret"));
    ck_assert_str_eq(m, "redis://****@[::1]:1/0");
    free(m);
    /* the user:password form still keeps the user */
    m = mf_mask_url("redis://bob:secret@host:6379/0");
    ck_assert_str_eq(m, "redis://bob:****@host:6379/0");
    free(m);
}
END_TEST

/* fuzz_config: a key=value DATABASE_URL with "://" in any value (say
 * application_name=http://x) was masked as if it were a URI: only up to the
 * first '&' or '#' after "password=", so the rest of a quoted password such
 * as 'pa&ss word' was printed. */
START_TEST(mask_kv_with_scheme_text)
{
    const char *kv = "host=h application_name=a://b password='pa&ss word' dbname=d";
    char *m = mf_mask_url(kv);

    ck_assert_ptr_nonnull(m);
    ck_assert_ptr_null(strstr(m, "ss word"));
    ck_assert_ptr_null(strstr(m, "pa&"));
    ck_assert_str_eq(m, "host=h application_name=a://b password=**** dbname=d");
    free(m);
    /* real URIs are still URIs */
    m = mf_mask_url("postgresql://u:pw@h:5432/d?sslmode=require");
    ck_assert_str_eq(m, "postgresql://u:****@h:5432/d?sslmode=require");
    free(m);
}
END_TEST

/* fuzz_config: libpq ends a URI's userinfo at the first '@' before a '/', so
 * "postgresql://u:pa?ss@h/d" has the password "pa?ss"; the mask stopped its
 * search at the '?' and printed the URL unchanged. Query passwords: libpq
 * splits parameters at '&' only (a '#' is part of the value) and decodes
 * %-escaped keys. Since issue 15 a query password hides everything after it:
 * an unencoded '&' in it would otherwise show its tail. */
START_TEST(mask_uri_password_with_query_chars)
{
    static const struct { const char *in, *want; } cases[] = {
        {"postgresql://u:pa?ss@h/d", "postgresql://u:****@h/d"},
        {"postgresql://u:pa#ss@h/d", "postgresql://u:****@h/d"},
        {"postgresql://u@h/d?password=ab#cd&sslmode=require",
         "postgresql://u@h/d?password=****"},
        {"postgresql://u@h/d?pass%77ord=secret", "postgresql://u@h/d?pass%77ord=****"},
        {"postgresql://u@h/d?password=a&password=b", "postgresql://u@h/d?password=****"},
        {"redis://u:pw@h:6379/0?db=2", "redis://u:****@h:6379/0?db=2"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *m = mf_mask_url(cases[i].in);
        ck_assert_ptr_nonnull(m);
        ck_assert_str_eq(m, cases[i].want);
        free(m);
    }
}
END_TEST

/* fuzz_config (CI, second landing): in
 * "application_name=password='abc password='SECRET'" the quote belongs to
 * application_name's unquoted value, but the mask took it for the
 * opening quote of a password, ended that at the quote before SECRET and
 * printed SECRET. The mask now reads key=value strings with libpq's own
 * grammar; libpq is the judge of what the password is in every case. Since
 * issue 15 a value holding the word "password" hides everything from it on
 * ("application_name= password=x": libpq reads application_name
 * "password=x"). */
START_TEST(mask_kv_libpq_grammar)
{
    static const struct { const char *in, *secret, *want; } cases[] = {
        {"application_name=password='abc password='SECRET'", "SECRET",
         "application_name=password****"},
        {"host=h\tpassword\t=\tSECRET dbname=d", "SECRET", "host=h\tpassword\t=\t**** dbname=d"},
        {"host=h password=ab\\ SECRET dbname=d", "ab SECRET", "host=h password=**** dbname=d"},
        {"host=h password='a\\'b SECRET' dbname=d", "a'b SECRET", "host=h password=**** dbname=d"},
        {"password='x'password=SECRET", "SECRET", "password=****password=****"},
        {"host=h\npassword=SECRET", "SECRET", "host=h\npassword=****"},
        {"application_name=xpassword=a password=SECRET", "SECRET", "application_name=xpassword****"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        PQconninfoOption *opts = PQconninfoParse(cases[i].in, NULL), *o;
        const char *pw = NULL;
        char *m;

        ck_assert_msg(opts != NULL, "libpq refuses case %zu", i);
        for (o = opts; o->keyword != NULL; o++)
            if (strcmp(o->keyword, "password") == 0)
                pw = o->val;
        ck_assert_msg(pw != NULL && strcmp(pw, cases[i].secret) == 0, "case %zu: libpq reads %s", i,
                      pw ? pw : "(none)");
        PQconninfoFree(opts);
        m = mf_mask_url(cases[i].in);
        ck_assert_ptr_nonnull(m);
        ck_assert_msg(strstr(m, "SECRET") == NULL, "case %zu: %s", i, m);
        ck_assert_str_eq(m, cases[i].want);
        free(m);
    }
    /* strings libpq refuses: everything after the first "password" (or
     * before the last '@') is masked */
    {
        static const struct { const char *in, *want; } refused[] = {
            {"host=h password='SECRET", "host=h password****"},
            {"host=h password SECRET", "host=h password****"},
            {"u:SECRET@host", "****@host"},
            {"localhost:6379", "localhost:6379"},
        };
        for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
            char *m = mf_mask_url(refused[i].in);
            ck_assert_ptr_nonnull(m);
            ck_assert_str_eq(m, refused[i].want);
            free(m);
        }
    }
}
END_TEST

/* fuzz_record (CI): an unknown top-level field is stored inside metadata, one
 * level deeper than it was sent; nested 2047 levels deep it was accepted,
 * and the stored record (2049 levels) no longer parsed again. */
START_TEST(unknown_field_depth_2047)
{
    const char *head = "{\"cid\":\"x\",\"conversation_id\":\"y\",\"user_id\":\"z\","
                       "\"user_message\":\"a\",\"assistant_message\":\"b\",\"x\":";
    for (int depth = 2045; depth <= 2047; depth++) {
        mfp_buf b;
        mfp_record r;
        mf_error err = {0};
        int rc;

        mfp_buf_init(&b);
        mfp_buf_puts(&b, head);
        for (int i = 0; i < depth; i++)
            mfp_buf_putc(&b, '[');
        for (int i = 0; i < depth; i++)
            mfp_buf_putc(&b, ']');
        mfp_buf_putc(&b, '}');
        ck_assert(!b.oom);
        rc = mfp_record_parse(b.data, b.len, 0, &r, &err);
        if (depth < 2047) {
            /* accepted, and what is stored parses again */
            char *j;
            mfp_record again;
            ck_assert_msg(rc == 0, "depth %d: %s", depth, err.msg);
            j = mfp_record_to_json(&r, NULL);
            ck_assert_int_eq(mfp_record_parse(j, strlen(j), 0, &again, &err), 0);
            mfp_record_clear(&again);
            free(j);
        } else {
            ck_assert_int_eq(rc, -1);
            ck_assert_int_eq(err.code, MF_EINVALID);
            ck_assert_ptr_nonnull(strstr(err.msg, "field \"metadata\" is nested more than 2047 levels"));
        }
        mfp_record_clear(&r);
        mfp_buf_free(&b);
    }
}
END_TEST

/* fuzz_config (issue 15, while the malformed-string property was written):
 * each a way a password inside a malformed string reached a message:
 *  - "redis://c:@": an empty password was not masked, so the mask depended
 *    on the password;
 *  - "application_name= password=S": libpq reads the value "password=S";
 *  - "sis://abc:x@host password=S": a key=value string that looks like a
 *    URI, its "password" outside any query string;
 *  - "nix://h password=S b?password=0": the query password came after an
 *    earlier "password" and only the later one was masked;
 *  - "postgresql://r:/x?host=tt@S@": no user-info before the '/', an '@'
 *    in the query: libpq reads host "tt@S@" (and quotes it); refused now;
 *  - a scrub that replaced piece by piece: a longer piece replaced first
 *    cut a shorter one it overlapped and left the rest of it. */
START_TEST(malformed_string_finds)
{
    static const struct { const char *in, *want; } masks[] = {
        {"redis://c:@h", "redis://c:****@h"},
        {"application_name= password=SECRETpw", "application_name= password****"},
        {"sis://abc:x@host password=SECRETpw", "sis://abc:****@host password=****"},
        {"nix://h password=SECRETpw b?password=0", "nix://h password=****"},
    };
    mf_error err = {0};
    char *m;

    for (size_t i = 0; i < sizeof(masks) / sizeof(masks[0]); i++) {
        m = mf_mask_url(masks[i].in);
        ck_assert_ptr_nonnull(m);
        ck_assert_str_eq(m, masks[i].want);
        free(m);
    }
    ck_assert_int_eq(mfp_url_check_pg("postgresql://r:/x?host=tt@SECRETpw@", &err), -1);
    ck_assert_ptr_null(strstr(err.msg, "SECRET"));
    /* the userinfo "=lm&&XXXXXXXX" and the query password overlap in the text */
    m = mfp_url_scrub("token: \"abcdXXXXXXXXXXSECRETpw!!\"!!!!!!cXs\"",
                      "postgresql://u:abcdXXXXXXXXXXSECRETpw!!\"!!!!!!cXs@h/d?password=!!\"!!!!!!cXs");
    ck_assert_ptr_nonnull(m);
    ck_assert_msg(strstr(m, "SECRET") == NULL && strstr(m, "XXXX") == NULL, "%s", m);
    free(m);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("fuzzfound");
    TCase *tc = tcase_create("fuzzfound");

    tcase_add_test(tc, mask_bare_redis_password);
    tcase_add_test(tc, mask_kv_with_scheme_text);
    tcase_add_test(tc, mask_uri_password_with_query_chars);
    tcase_add_test(tc, mask_kv_libpq_grammar);
    tcase_add_test(tc, unknown_field_depth_2047);
    tcase_add_test(tc, malformed_string_finds);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
