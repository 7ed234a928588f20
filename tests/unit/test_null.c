/* test_null.c - every public function given NULL for its handle (config,
 * saver, report) answers as include/memflush.h ("NULL arguments") says: an
 * MF_ECONFIG error naming the function, or the documented quiet value;
 * never a crash. No servers: the check comes before any connection. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "memflush.h"
#include "th.h"

static void want_need(int rc, const mf_error *err, const char *fn)
{
    ck_assert_int_eq(rc, -1);
    ck_assert_int_eq(err->code, MF_ECONFIG);
    ck_assert_msg(strstr(err->msg, fn) != NULL && strstr(err->msg, "got NULL") != NULL, "%s", err->msg);
}

START_TEST(null_handles_are_errors)
{
    mf_error err;
    mf_flush_report fr;
    mf_stats st;
    mf_dlq_replay_report rr;
    mf_import_report ir;
    mf_context_opts co;
    uint64_t n;

    memset(&co, 0, sizeof(co));
    co.conversation_id = "c";
#define CALL(fn, expr)                      \
    do {                                    \
        memset(&err, 0, sizeof(err));       \
        want_need((expr), &err, fn);        \
    } while (0)
    CALL("mf_connect", mf_connect(NULL, MF_CONNECT_REDIS, &err));
    CALL("mf_check_schema", mf_check_schema(NULL, &err));
    CALL("mf_flush", mf_flush(NULL, NULL, &fr, &err));
    CALL("mf_stats_get", mf_stats_get(NULL, &st, &err));
    CALL("mf_dlq_replay", mf_dlq_replay(NULL, 0, &rr, &err));
    CALL("mf_dlq_purge", mf_dlq_purge(NULL, &n, &err));
    CALL("mf_import_legacy", mf_import_legacy(NULL, NULL, &ir, &err));
    CALL("mf_save_json", mf_save_json(NULL, "{}", 2, 0, NULL, &err));
    CALL("mf_saver_add", mf_saver_add(NULL, "{}", 2, &err));
    CALL("mf_config_load_env", mf_config_load_env(NULL, &err));
    CALL("mf_config_set", mf_config_set(NULL, "prefix", "x", &err));
    CALL("mf_dlq_list", mf_dlq_list(NULL, 0, 10, &err) == NULL ? -1 : 0);
    CALL("mf_check", mf_check(NULL, NULL, &err) == NULL ? -1 : 0);
    CALL("mf_context_get", mf_context_get(NULL, &co, &err) == NULL ? -1 : 0);
    CALL("mf_saver_new", mf_saver_new(NULL, 10, &err) == NULL ? -1 : 0);
#undef CALL
}
END_TEST

START_TEST(null_is_quiet_where_documented)
{
    mf_error err = {0};

    mf_close(NULL);
    mf_config_free(NULL);
    mf_saver_free(NULL);
    mf_context_free(NULL);
    mf_dlq_page_free(NULL);
    mf_check_report_free(NULL);
    ck_assert_int_eq(mf_saver_flush(NULL, &err), 0);
    ck_assert_uint_eq(mf_saver_stored(NULL), 0);
    ck_assert_ptr_null(mf_config_get(NULL, "prefix"));
    ck_assert_ptr_null(mf_flush_report_json(NULL));
    ck_assert_ptr_null(mf_stats_json(NULL));
    ck_assert_ptr_null(mf_stats_prometheus(NULL, NULL));
    ck_assert_ptr_null(mf_import_report_json(NULL));
    ck_assert_int_eq(mf_check_exit_status(NULL), 2);
    ck_assert_int_eq(err.code, 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("null");
    TCase *tc = tcase_create("null");

    tcase_add_test(tc, null_handles_are_errors);
    tcase_add_test(tc, null_is_quiet_where_documented);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
