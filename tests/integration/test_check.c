/* test_check.c - memflush check against real servers (tests/rig.sh): a good
 * setup, queue health warnings, the least-privilege writer, a role without
 * privileges, unmigrated databases, unreachable servers, and an evicting
 * Redis without persistence. */
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

/* ------------------------------------------------------------------ check */

START_TEST(check_good_setup)
{
    th_run r;
    json_t *j, *f;
    size_t i;

    th_memflush(&r, NULL, NULL, "check", NULL);
    ck_assert_msg(r.status == 0, "exit %d:\n%s\n%s", r.status, r.out, r.err);
    ck_assert(ops_finding(r.out, "ok:", "persistence is on"));
    ck_assert(ops_finding(r.out, "ok:", "noeviction"));
    ck_assert(ops_finding(r.out, "ok:", "every migration"));
    ck_assert(ops_finding(r.out, "ok:", "pooler"));
    ck_assert(ops_line_with(r.out, "error:") == NULL);
    th_run_free(&r);

    th_memflush(&r, NULL, NULL, "check", "--json", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    j = th_json(r.out);
    ck_assert(json_is_true(json_object_get(j, "ok")));
    ck_assert_int_eq(json_integer_value(json_object_get(j, "errors")), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "exit_status")), 0);
    json_array_foreach(json_object_get(j, "findings"), i, f) {
        ck_assert(json_is_string(json_object_get(f, "check")));
        ck_assert(json_is_string(json_object_get(f, "message")));
    }
    ck_assert(json_array_size(json_object_get(j, "findings")) >= 8);
    json_decref(j);
    th_run_free(&r);
}
END_TEST

START_TEST(check_queue_health_warnings)
{
    th_run r;

    ops_rpush("pending", OPS_OLD_REC); /* from 2020 */
    ops_rpush("dead", OPS_DL_A);
    th_memflush(&r, NULL, NULL, "check", NULL);
    ck_assert_msg(r.status == 0, "warnings only must exit 0, got %d:\n%s", r.status, r.out);
    ck_assert(ops_finding(r.out, "warning:", "is the flusher scheduled"));
    ck_assert(ops_finding(r.out, "warning:", "memflush dlq list"));
    th_run_free(&r);
}
END_TEST

/* The writer role of the rig: row level security applies, the policies let it work. */
START_TEST(check_least_privilege_writer)
{
    char env_url[512];
    const char *env[] = {env_url, NULL};
    const char *w = getenv("MF_WRITER_URL");
    th_run r;

    ck_assert_msg(w != NULL, "MF_WRITER_URL is not set");
    snprintf(env_url, sizeof(env_url), "DATABASE_URL=%s", w);
    th_memflush(&r, NULL, env, "check", NULL);
    ck_assert_msg(r.status == 0, "exit %d:\n%s\n%s", r.status, r.out, r.err);
    ck_assert(ops_finding(r.out, "ok:", "row level security applies to role mf_writer_login"));
    ck_assert(ops_finding(r.out, "ok:", "may INSERT"));
    ops_assert_absent(&r, "s3cret-Test-pw");
    th_run_free(&r);

    /* a wrong password: cannot connect (3), and neither password shows */
    {
        char bad[512];
        const char *p = strstr(w, "s3cret-Test-pw");
        ck_assert(p != NULL);
        snprintf(env_url, sizeof(env_url), "DATABASE_URL=%.*sWr0ng-Pw-4471%s", (int)(p - w), w,
                 p + strlen("s3cret-Test-pw"));
        (void)bad;
        th_memflush(&r, NULL, env, "check", NULL);
        ck_assert_msg(r.status == 3, "exit %d:\n%s\n%s", r.status, r.out, r.err);
        ck_assert(ops_finding(r.out, "error:", "could not connect to PostgreSQL"));
        ck_assert(ops_finding(r.out, "ok:", "connected to Redis"));
        ops_assert_absent(&r, "Wr0ng-Pw-4471");
        ops_assert_absent(&r, "s3cret-Test-pw");
        th_run_free(&r);
    }
}
END_TEST

START_TEST(check_role_without_privileges)
{
    char env_url[512];
    const char *env[] = {env_url, NULL};
    const char *port = getenv("MF_PG_PORT");
    th_run r;

    ck_assert(port != NULL);
    th_pg_exec(PG, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mf_ops_noprivs') "
                   "THEN CREATE ROLE mf_ops_noprivs LOGIN PASSWORD 'N0privs-Secret-88'; END IF; END $$");
    snprintf(env_url, sizeof(env_url),
             "DATABASE_URL=postgresql://mf_ops_noprivs:N0privs-Secret-88@127.0.0.1:%s/memflush_test", port);
    th_memflush(&r, NULL, env, "check", NULL);
    ck_assert_msg(r.status == 1, "exit %d:\n%s\n%s", r.status, r.out, r.err);
    ck_assert_msg(ops_finding(r.out, "error:", "memflush_schema_migrations"), "%s", r.out);
    ck_assert(ops_finding(r.out, "error:", "row level security applies to role mf_ops_noprivs"));
    ck_assert(ops_finding(r.out, "error:", "lacks INSERT and SELECT"));
    ck_assert(ops_finding(r.out, "error:", "GRANT memflush_writer TO mf_ops_noprivs"));
    ops_assert_absent(&r, "N0privs-Secret-88");
    th_run_free(&r);

    /* no temporary table is needed by either method any more: the check
     * does not ask for TEMPORARY */
    th_pg_exec(PG, "REVOKE TEMPORARY ON DATABASE memflush_test FROM PUBLIC");
    th_memflush(&r, NULL, env, "check", "--json", NULL);
    th_pg_exec(PG, "GRANT TEMPORARY ON DATABASE memflush_test TO PUBLIC");
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.out, "TEMPORARY") == NULL && strstr(r.out, "temp_privilege") == NULL, "%s", r.out);
    ops_assert_absent(&r, "N0privs-Secret-88");
    th_run_free(&r);
}
END_TEST

static char *fresh_db(const char *name)
{
    char cmd[512], url[512] = "";
    FILE *p;

    snprintf(cmd, sizeof(cmd), "\"%s\" fresh-db %s", getenv("MF_RIG"), name);
    p = popen(cmd, "r");
    ck_assert(p != NULL);
    ck_assert(fgets(url, sizeof(url), p) != NULL);
    ck_assert_int_eq(pclose(p), 0);
    url[strcspn(url, "\n")] = '\0';
    return strdup(url);
}

START_TEST(check_unmigrated_database)
{
    char *url = fresh_db("mf_ops_unmigrated"), env_url[600];
    const char *env[] = {env_url, NULL};
    th_run r;
    PGconn *c;
    PGresult *res;
    char *sql;

    snprintf(env_url, sizeof(env_url), "DATABASE_URL=%s", url);
    th_memflush(&r, NULL, env, "check", NULL);
    ck_assert_msg(r.status == 4, "exit %d:\n%s\n%s", r.status, r.out, r.err);
    ck_assert_msg(ops_finding(r.out, "error:", "migrations/0001_chat_memories.sql"), "%s", r.out);
    th_run_free(&r);

    /* only 0001 applied: names 0002 */
    c = PQconnectdb(url);
    ck_assert(PQstatus(c) == CONNECTION_OK);
    sql = th_slurp("migrations/0001_chat_memories.sql", NULL);
    res = PQexec(c, sql);
    ck_assert_msg(PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK, "%s",
                  PQerrorMessage(c));
    PQclear(res);
    free(sql);
    PQfinish(c);
    th_memflush(&r, NULL, env, "check", "--json", NULL);
    ck_assert_msg(r.status == 4, "exit %d:\n%s\n%s", r.status, r.out, r.err);
    ck_assert_msg(strstr(r.out, "migrations/0002_flusher_role.sql") != NULL, "%s", r.out);
    {
        json_t *j = th_json(r.out);
        ck_assert_int_eq(json_integer_value(json_object_get(j, "exit_status")), 4);
        json_decref(j);
    }
    th_run_free(&r);
    free(url);
}
END_TEST

START_TEST(check_unreachable_servers_exit_3_no_password)
{
    const char *env[] = {"REDIS_URL=redis://someone:Redis-Pw-5521@127.0.0.1:1/0",
                         "DATABASE_URL=postgresql://someone:Pg-Pw-6632@127.0.0.1:1/db?connect_timeout=2", NULL};
    th_run r;

    th_memflush(&r, NULL, env, "check", NULL);
    ck_assert_msg(r.status == 3, "exit %d:\n%s\n%s", r.status, r.out, r.err);
    ck_assert(ops_finding(r.out, "error:", "could not connect to Redis"));
    ck_assert(ops_finding(r.out, "error:", "could not connect to PostgreSQL"));
    ops_assert_absent(&r, "Redis-Pw-5521");
    ops_assert_absent(&r, "Pg-Pw-6632");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "check", "--json", NULL);
    ck_assert_int_eq(r.status, 3);
    ops_assert_absent(&r, "Redis-Pw-5521");
    ops_assert_absent(&r, "Pg-Pw-6632");
    th_run_free(&r);
}
END_TEST


/* ------------------------------- check against a badly configured Redis */

static char saved_policy[64], saved_aof[16], saved_save[256];

static void redis_config_get(redisContext *c, const char *name, char *out, size_t n)
{
    redisReply *r = redisCommand(c, "CONFIG GET %s", name);
    ck_assert(r && r->type == REDIS_REPLY_ARRAY && r->elements == 2);
    snprintf(out, n, "%s", r->element[1]->str);
    freeReplyObject(r);
}

/* unchecked: runs in the runner process, so the restore happens even when a test fails */
static void save_redis_config(void)
{
    redisContext *c = th_redis();
    redis_config_get(c, "maxmemory-policy", saved_policy, sizeof(saved_policy));
    redis_config_get(c, "appendonly", saved_aof, sizeof(saved_aof));
    redis_config_get(c, "save", saved_save, sizeof(saved_save));
    redisFree(c);
}

static void restore_redis_config(void)
{
    redisContext *c = th_redis();
    th_redis_cmd(c, "CONFIG SET maxmemory-policy %s", saved_policy);
    th_redis_cmd(c, "CONFIG SET appendonly %s", saved_aof);
    th_redis_cmd(c, "CONFIG SET save %s", saved_save);
    th_redis_cmd(c, "ACL DELUSER mfopsuser");
    redisFree(c);
}

START_TEST(check_evicting_redis_without_persistence)
{
    th_run r;

    th_redis_cmd(R, "CONFIG SET maxmemory-policy allkeys-lru");
    th_redis_cmd(R, "CONFIG SET appendonly no");
    th_redis_cmd(R, "CONFIG SET save %s", "");
    th_memflush(&r, NULL, NULL, "check", "--redis-only", NULL);
    ck_assert_msg(r.status == 1, "exit %d:\n%s", r.status, r.out);
    ck_assert(ops_finding(r.out, "error:", "maxmemory-policy is allkeys-lru"));
    ck_assert(ops_finding(r.out, "error:", "noeviction"));
    ck_assert(ops_finding(r.out, "warning:", "persistence is off"));
    ck_assert(ops_finding(r.out, "warning:", "appendonly yes"));
    th_run_free(&r);

    /* volatile-* evicts only keys with a TTL: a warning, exit 0 */
    th_redis_cmd(R, "CONFIG SET maxmemory-policy volatile-lru");
    th_memflush(&r, NULL, NULL, "check", "--redis-only", "--json", NULL);
    ck_assert_msg(r.status == 0, "exit %d:\n%s", r.status, r.out);
    ck_assert(strstr(r.out, "\"severity\":\"warning\",\"check\":\"maxmemory_policy\"") != NULL);
    th_run_free(&r);
    restore_redis_config();
}
END_TEST

/* A Redis user with a password (ACL): stats, dlq and check work and never print it. */

static Suite *suite(void)
{
    Suite *s = suite_create("check");
    TCase *tc = tcase_create("check");
    TCase *cfg = tcase_create("redis-config");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, check_good_setup);
    tcase_add_test(tc, check_queue_health_warnings);
    tcase_add_test(tc, check_least_privilege_writer);
    tcase_add_test(tc, check_role_without_privileges);
    tcase_add_test(tc, check_unmigrated_database);
    tcase_add_test(tc, check_unreachable_servers_exit_3_no_password);
    suite_add_tcase(s, tc);
    tcase_set_timeout(cfg, 120);
    tcase_add_unchecked_fixture(cfg, save_redis_config, restore_redis_config);
    tcase_add_checked_fixture(cfg, th_setup, th_teardown);
    tcase_add_test(cfg, check_evicting_redis_without_persistence);
    suite_add_tcase(s, cfg);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
