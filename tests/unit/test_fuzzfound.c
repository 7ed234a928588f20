/* test_fuzzfound.c - regression tests for the bugs the libFuzzer targets in
 * tests/fuzz/ found (one test per bug, named after it; see docs/testing.md).
 * Pure logic, no servers. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "record.h"

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

static Suite *suite(void)
{
    Suite *s = suite_create("fuzzfound");
    TCase *tc = tcase_create("fuzzfound");

    tcase_add_test(tc, mask_bare_redis_password);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
