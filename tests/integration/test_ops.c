/* test_ops.c - what holds across the operations commands (stats, dlq,
 * check) against real servers (tests/rig.sh): --help of each, and no
 * password in any output. The commands' own suites: test_stats, test_dlq,
 * test_check, test_metrics. */
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

START_TEST(password_never_in_output)
{
    char url[256], env_url[300], env_db[600];
    const char *env[] = {env_url, env_db, NULL};
    const char *port = getenv("MF_REDIS_PORT");
    th_run r;

    ck_assert(port != NULL);
    th_redis_cmd(R, "ACL SETUSER mfopsuser on >Acl-Pw-Ops-2718 ~* &* +@all");
    snprintf(url, sizeof(url), "redis://mfopsuser:Acl-Pw-Ops-2718@127.0.0.1:%s/0", port);
    snprintf(env_url, sizeof(env_url), "REDIS_URL=%s", url);
    snprintf(env_db, sizeof(env_db), "DATABASE_URL=%s", getenv("MF_WRITER_URL"));
    ops_rpush("dead", OPS_DL_A);

    th_memflush(&r, NULL, env, "stats", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ops_assert_absent(&r, "Acl-Pw-Ops-2718");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "stats", "--format", "prometheus", "--verbose", NULL);
    ck_assert_int_eq(r.status, 0);
    ops_assert_absent(&r, "Acl-Pw-Ops-2718");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "dlq", "list", "--verbose", NULL);
    ck_assert_int_eq(r.status, 0);
    ops_assert_absent(&r, "Acl-Pw-Ops-2718");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "dlq", "purge", NULL);
    ck_assert_int_eq(r.status, 2);
    ops_assert_absent(&r, "Acl-Pw-Ops-2718");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "check", "--verbose", NULL);
    ck_assert_msg(r.status == 0, "exit %d:\n%s\n%s", r.status, r.out, r.err);
    ops_assert_absent(&r, "Acl-Pw-Ops-2718");
    ops_assert_absent(&r, "s3cret-Test-pw");
    th_run_free(&r);

    /* the wrong password: refused, and the wrong one is not printed either */
    snprintf(env_url, sizeof(env_url), "REDIS_URL=redis://mfopsuser:Wrong-Acl-Pw-3141@127.0.0.1:%s/0", port);
    th_memflush(&r, NULL, env, "stats", NULL);
    ck_assert_msg(r.status == 2, "exit %d: %s", r.status, r.err);
    ops_assert_absent(&r, "Wrong-Acl-Pw-3141");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "dlq", "replay", NULL);
    ck_assert(r.status != 0);
    ops_assert_absent(&r, "Wrong-Acl-Pw-3141");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "check", NULL);
    ck_assert_msg(r.status == 2, "exit %d:\n%s", r.status, r.out);
    ck_assert(ops_finding(r.out, "error:", "could not authenticate to Redis"));
    ops_assert_absent(&r, "Wrong-Acl-Pw-3141");
    ops_assert_absent(&r, "s3cret-Test-pw");
    th_run_free(&r);
    th_redis_cmd(R, "ACL DELUSER mfopsuser");
}
END_TEST


/* --------------------------------------------------------------- help */

START_TEST(help_for_each_command)
{
    const char *cmds[] = {"stats", "dlq", "check"};
    size_t i;
    th_run r;

    for (i = 0; i < 3; i++) {
        th_memflush(&r, NULL, NULL, cmds[i], "--help", NULL);
        ck_assert_int_eq(r.status, 0);
        ck_assert(strncmp(r.out, "usage: memflush ", 16) == 0);
        ck_assert(strstr(r.out, "--redis-url") != NULL);
        ck_assert(strstr(r.out, "Exit status") != NULL);
        th_run_free(&r);
    }
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ops");
    TCase *tc = tcase_create("ops");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, password_never_in_output);
    tcase_add_test(tc, help_for_each_command);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
