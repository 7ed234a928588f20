/* test_metrics.c - node_exporter metrics files (mf_metrics_write_flush,
 * flush --metrics-file) against real servers (tests/rig.sh). */
#include <check.h>
#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include <jansson.h>

#include "memflush.h"
#include "ops.h"
#include "th.h"

/* ---------------------------------------------------------------- metrics */

static char metrics_dir[] = "/tmp/mf-ops-metrics-XXXXXX";

static int count_files(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    ck_assert(d != NULL);
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n;
}

START_TEST(metrics_file_success_then_failure)
{
    char path[256], *text, *why;
    mf_flush_report rep = {0};
    mf_error err = {0};
    double last_ok, t0 = ops_now_s();

    ck_assert(mkdtemp(metrics_dir) != NULL);
    snprintf(path, sizeof(path), "%s/memflush.prom", metrics_dir);
    rep.success = 1;
    rep.total_pending = 150;
    rep.flushed_count = 148;
    rep.duplicate_count = 1;
    rep.dead_lettered_count = 1;
    rep.failed_count = 1;
    rep.batches = 2;
    rep.remaining_pending = 5;
    rep.elapsed_ms = 1234;
    ck_assert_msg(mf_metrics_write_flush(path, &rep, "t\"q", &err) == 0, "%s", err.msg);
    text = th_slurp(path, NULL);
    why = ops_prom_validate(text);
    ck_assert_msg(why == NULL, "invalid metrics file (%s):\n%s", why, text);
    ck_assert(strstr(text, "memflush_flushed_rows{queue=\"t\\\"q\"} 148\n") != NULL);
    ck_assert_double_eq(ops_prom_value(text, "memflush_last_run_success"), 1);
    ck_assert_double_eq(ops_prom_value(text, "memflush_flushed_rows"), 148);
    ck_assert_double_eq(ops_prom_value(text, "memflush_duplicate_rows"), 1);
    ck_assert_double_eq(ops_prom_value(text, "memflush_dead_lettered"), 1);
    ck_assert_double_eq(ops_prom_value(text, "memflush_requeued"), 0);
    ck_assert_double_eq(ops_prom_value(text, "memflush_pending"), 5);
    ck_assert_double_eq(ops_prom_value(text, "memflush_batches"), 2);
    ck_assert_double_eq_tol(ops_prom_value(text, "memflush_run_duration_seconds"), 1.234, 0.0005);
    last_ok = ops_prom_value(text, "memflush_last_success_timestamp_seconds");
    ck_assert(last_ok >= t0 - 1 && last_ok <= ops_now_s() + 1);
    ck_assert_double_eq(last_ok, ops_prom_value(text, "memflush_last_run_timestamp_seconds"));
    free(text);
    ck_assert_int_eq(count_files(metrics_dir), 1); /* no temp file left */

    /* a failed run keeps the previous success time */
    sleep(1);
    memset(&rep, 0, sizeof(rep));
    rep.success = 0;
    rep.requeued_count = 7;
    rep.failed_count = 7;
    ck_assert(mf_metrics_write_flush(path, &rep, "t\"q", &err) == 0);
    text = th_slurp(path, NULL);
    why = ops_prom_validate(text);
    ck_assert_msg(why == NULL, "invalid metrics file (%s):\n%s", why, text);
    ck_assert_double_eq(ops_prom_value(text, "memflush_last_run_success"), 0);
    ck_assert_double_eq(ops_prom_value(text, "memflush_requeued"), 7);
    ck_assert_double_eq(ops_prom_value(text, "memflush_last_success_timestamp_seconds"), last_ok);
    ck_assert(ops_prom_value(text, "memflush_last_run_timestamp_seconds") > last_ok);
    free(text);

    /* a failure with no earlier file: no success sample, still valid */
    unlink(path);
    ck_assert(mf_metrics_write_flush(path, &rep, NULL, &err) == 0);
    text = th_slurp(path, NULL);
    ck_assert_ptr_eq(ops_prom_validate(text), NULL);
    ck_assert(isnan(ops_prom_value(text, "memflush_last_success_timestamp_seconds")));
    ck_assert(strstr(text, "memflush_requeued 7\n") != NULL);
    free(text);
    unlink(path);

    /* a directory that does not exist: MF_EIO, nothing crashes */
    snprintf(path, sizeof(path), "%s/missing/dir/m.prom", metrics_dir);
    ck_assert(mf_metrics_write_flush(path, &rep, NULL, &err) == -1);
    ck_assert_int_eq(err.code, MF_EIO);
    ck_assert_int_eq(count_files(metrics_dir), 0);
    rmdir(metrics_dir);
}
END_TEST

/* memflush flush --metrics-file writes the same file format after a real run */
START_TEST(flush_writes_metrics_file)
{
    char dir[] = "/tmp/mf-ops-flush-XXXXXX", path[256], *rec, *text, *why;
    th_run r;

    ck_assert(mkdtemp(dir) != NULL);
    snprintf(path, sizeof(path), "%s/memflush.prom", dir);
    rec = th_record("ops-metrics-1", "conv-metrics");
    th_push_raw(R, rec);
    free(rec);
    th_push_raw(R, "this is poison");
    th_memflush(&r, NULL, NULL, "flush", "--metrics-file", path, NULL);
    ck_assert_msg(r.status == 0, "flush exit %d: %s", r.status, r.err);
    th_run_free(&r);
    text = th_slurp(path, NULL);
    why = ops_prom_validate(text);
    ck_assert_msg(why == NULL, "invalid metrics file (%s):\n%s", why, text);
    ck_assert_double_eq(ops_prom_value(text, "memflush_last_run_success"), 1);
    ck_assert_double_eq(ops_prom_value(text, "memflush_flushed_rows"), 1);
    ck_assert_double_eq(ops_prom_value(text, "memflush_dead_lettered"), 1);
    ck_assert_double_eq(ops_prom_value(text, "memflush_pending"), 0);
    ck_assert(ops_prom_value(text, "memflush_batches") >= 1);
    ck_assert(!isnan(ops_prom_value(text, "memflush_last_success_timestamp_seconds")));
    free(text);
    ck_assert_int_eq(count_files(dir), 1);
    unlink(path);
    rmdir(dir);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("metrics");
    TCase *tc = tcase_create("metrics");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, metrics_file_success_then_failure);
    tcase_add_test(tc, flush_writes_metrics_file);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
