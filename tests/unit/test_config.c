/* test_config.c - the configuration table, table-name validation, URL
 * parsing, password masking and the SQLSTATE classes (no servers). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "pgwrite.h"

START_TEST(defaults_match_contract)
{
    mf_config *c = mf_config_new();
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->prefix, "memflush");
    ck_assert_str_eq(c->table, "public.chat_memories");
    ck_assert_int_eq(c->batch_size, 1000);
    ck_assert_int_eq(c->ttl_seconds, 172800);
    ck_assert_int_eq(c->context_max, 50);
    ck_assert_int_eq(c->lease_seconds, 300);
    ck_assert_int_eq(c->retry_seconds, 30);
    ck_assert_int_eq(c->max_record_bytes, 1048576);
    ck_assert_int_eq(c->method, MF_METHOD_COPY);
    mf_config_free(c);
}
END_TEST

START_TEST(env_then_flags)
{
    mf_config *c = mf_config_new();
    mf_error err = {0};

    setenv("MEMFLUSH_BATCH_SIZE", "250", 1);
    setenv("MEMORY_REDIS_TTL_SECONDS", "99", 1);
    unsetenv("MEMFLUSH_TTL_SECONDS");
    ck_assert_int_eq(mf_config_load_env(c, &err), 0);
    ck_assert_int_eq(c->batch_size, 250);
    ck_assert_int_eq(c->ttl_seconds, 99);
    setenv("MEMFLUSH_TTL_SECONDS", "77", 1); /* the first name wins over the legacy one */
    ck_assert_int_eq(mf_config_load_env(c, &err), 0);
    ck_assert_int_eq(c->ttl_seconds, 77);
    ck_assert_int_eq(mf_config_set(c, "batch-size", "10", &err), 0);
    ck_assert_int_eq(c->batch_size, 10);
    ck_assert_int_eq(mf_config_set(c, "method", "insert", &err), 0);
    ck_assert_str_eq(mf_config_get(c, "method"), "insert");
    ck_assert_str_eq(mf_config_get(c, "batch-size"), "10");
    ck_assert_str_eq(mf_config_get(c, "ttl-seconds"), "77");
    ck_assert_ptr_null(mf_config_get(c, "no-such-option"));
    unsetenv("MEMFLUSH_BATCH_SIZE");
    unsetenv("MEMORY_REDIS_TTL_SECONDS");
    unsetenv("MEMFLUSH_TTL_SECONDS");
    mf_config_free(c);
}
END_TEST

START_TEST(bad_values_are_config_errors)
{
    static const char *const bad[][2] = {
        {"batch-size", "0"}, {"batch-size", "10000000"}, {"batch-size", "12abc"}, {"batch-size", ""},
        {"batch-size", "-5"}, {"lease-seconds", "0"}, {"method", "upsert"},
        {"table", "chat_memories; drop table x --"}, {"table", "a.b.c"}, {"table", "1abc"},
        {"table", ""}, {"table", "\"quoted\""}, {"no-such-option", "1"},
    };
    size_t i;

    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        mf_config *c = mf_config_new();
        mf_error err = {0};
        ck_assert_int_eq(mf_config_set(c, bad[i][0], bad[i][1], &err), -1);
        ck_assert_int_eq(err.code, MF_ECONFIG);
        ck_assert_int_eq(mf_exit_status(err.code), 2);
        ck_assert_msg(strlen(err.msg) > 10, "no message for %s=%s", bad[i][0], bad[i][1]);
        /* the configuration keeps its previous valid value */
        ck_assert_int_eq(c->batch_size, 1000);
        ck_assert_str_eq(c->table, "public.chat_memories");
        mf_config_free(c);
    }
}
END_TEST

START_TEST(table_names)
{
    mf_error err = {0};
    ck_assert_int_eq(mfp_table_name_valid("chat_memories", &err), 0);
    ck_assert_int_eq(mfp_table_name_valid("public.chat_memories", &err), 0);
    ck_assert_int_eq(mfp_table_name_valid("My_Schema.t$1", &err), 0);
    ck_assert_int_eq(mfp_table_name_valid("x.", &err), -1);
    ck_assert_int_eq(mfp_table_name_valid(".x", &err), -1);
    ck_assert_int_eq(mfp_table_name_valid("a b", &err), -1);
    ck_assert_int_eq(mfp_table_name_valid("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &err), -1);
}
END_TEST

static void assert_masked(const char *url, const char *secret, const char *expect)
{
    char *m = mf_mask_url(url);
    ck_assert_ptr_nonnull(m);
    ck_assert_msg(strstr(m, secret) == NULL, "secret left in %s", m);
    if (expect)
        ck_assert_str_eq(m, expect);
    free(m);
}

START_TEST(masking)
{
    assert_masked("redis://user:hunter2@host:6379/0", "hunter2", "redis://user:****@host:6379/0");
    assert_masked("redis://:hunter2@host", "hunter2", "redis://:****@host");
    assert_masked("postgresql://postgres:p%40ss@db.example.com:6543/postgres?sslmode=verify-full",
                  "p%40ss", "postgresql://postgres:****@db.example.com:6543/postgres?sslmode=verify-full");
    assert_masked("postgresql://u@h/db?password=topsecret&sslmode=require", "topsecret",
                  "postgresql://u@h/db?password=****&sslmode=require");
    assert_masked("host=h user=u password=topsecret dbname=d", "topsecret", "host=h user=u password=**** dbname=d");
    assert_masked("host=h password = 'top secret\\' x' dbname=d", "top secret", NULL);
    assert_masked("postgresql://u:a@b@h/db", "a@b", "postgresql://u:****@h/db");
}
END_TEST

START_TEST(redis_urls)
{
    mfp_redis_url u;
    mf_error err = {0};

    ck_assert_int_eq(mfp_redis_url_parse("redis://127.0.0.1:6380/2", &u, &err), 0);
    ck_assert_str_eq(u.host, "127.0.0.1");
    ck_assert_int_eq(u.port, 6380);
    ck_assert_int_eq(u.db, 2);
    ck_assert_ptr_null(u.password);
    mfp_redis_url_clear(&u);

    ck_assert_int_eq(mfp_redis_url_parse("redis://alice:p%40ss%3Aw@h/0", &u, &err), 0);
    ck_assert_str_eq(u.user, "alice");
    ck_assert_str_eq(u.password, "p@ss:w");
    ck_assert_int_eq(u.port, 6379);
    mfp_redis_url_clear(&u);

    ck_assert_int_eq(mfp_redis_url_parse("redis://:only@h:1", &u, &err), 0);
    ck_assert_ptr_null(u.user);
    ck_assert_str_eq(u.password, "only");
    mfp_redis_url_clear(&u);

    ck_assert_int_eq(mfp_redis_url_parse("unix:///var/run/redis.sock?db=3", &u, &err), 0);
    ck_assert_str_eq(u.socket, "/var/run/redis.sock");
    ck_assert_int_eq(u.db, 3);
    mfp_redis_url_clear(&u);

    ck_assert_int_eq(mfp_redis_url_parse("redis://[::1]:7000", &u, &err), 0);
    ck_assert_str_eq(u.host, "::1");
    ck_assert_int_eq(u.port, 7000);
    mfp_redis_url_clear(&u);
}
END_TEST

START_TEST(bad_redis_urls)
{
    static const char *const bad[] = {
        "http://h", "redis://h:0", "redis://h:99999", "redis://h:abc", "redis://h/x", "redis://h/0?foo=1",
        "unix://", "unix://relative", "redis://u:%zz@h", "redis://u:%00@h", "redis://u:%4@h", "redis://[::1",
        "rediss://h:6379", "",
    };
    size_t i;

    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        mfp_redis_url u;
        mf_error err = {0};
        ck_assert_msg(mfp_redis_url_parse(bad[i], &u, &err) == -1, "accepted %s", bad[i]);
        ck_assert_int_eq(err.code, MF_ECONFIG);
    }
    {
        mfp_redis_url u;
        mf_error err = {0};
        ck_assert_int_eq(mfp_redis_url_parse("redis://u:secretpw@h:notaport", &u, &err), -1);
        ck_assert_msg(strstr(err.msg, "secretpw") == NULL, "password in message: %s", err.msg);
    }
}
END_TEST

START_TEST(error_first_wins_and_trims)
{
    mf_error err = {0};
    ck_assert_int_eq(mfp_seterr(&err, MF_ECONNECT, "first problem.\n"), -1);
    mfp_seterr(&err, MF_ECONFIG, "second");
    ck_assert_int_eq(err.code, MF_ECONNECT);
    ck_assert_str_eq(err.msg, "first problem");
    ck_assert_int_eq(mf_exit_status(MF_ESCHEMA), 4);
    ck_assert_int_eq(mf_exit_status(MF_ETRANSIENT), 1);
    ck_assert_int_eq(mf_exit_status(MF_OK), 0);
}
END_TEST

/* Every code and class the mfp_pg_code comment in internal.h lists (keep
 * the two the same), with a sample of each class. */
START_TEST(sqlstate_every_listed_code)
{
    static const struct {
        const char *state;
        int code;
    } want[] = {
        {"08000", MF_ETRANSIENT}, {"08P01", MF_ETRANSIENT}, {"53000", MF_ETRANSIENT}, {"53300", MF_ETRANSIENT},
        {"40001", MF_ETRANSIENT}, {"40P01", MF_ETRANSIENT}, {"57P01", MF_ETRANSIENT}, {"57P02", MF_ETRANSIENT},
        {"57P03", MF_ETRANSIENT}, {"57014", MF_ETRANSIENT}, {"25006", MF_ETRANSIENT}, {"55P03", MF_ETRANSIENT},
        {"58000", MF_ETRANSIENT}, {"58030", MF_ETRANSIENT}, {"", MF_ETRANSIENT},      {"0800", MF_ETRANSIENT},
        {"22001", MF_EDATA},      {"23505", MF_EDATA},      {"54000", MF_EDATA},      {"54001", MF_EDATA},
        {"28000", MF_EPRIVILEGE}, {"28P01", MF_EPRIVILEGE}, {"42501", MF_EPRIVILEGE}, {"0A000", MF_EPRIVILEGE},
        {"42P01", MF_EPRIVILEGE}, {"42703", MF_EPRIVILEGE}, {"26000", MF_EPRIVILEGE}, {"3D000", MF_EPRIVILEGE},
        {"42P05", MF_EPRIVILEGE}, {"42P10", MF_EPRIVILEGE}, {"3F000", MF_EPRIVILEGE},
        {"40002", MF_ECONFIG},    {"57000", MF_ECONFIG},    {"54023", MF_ECONFIG},    {"XX001", MF_ECONFIG},
        {"42P02", MF_ECONFIG},    {"58P01", MF_ECONFIG},
    };
    size_t i;

    for (i = 0; i < sizeof(want) / sizeof(want[0]); i++)
        ck_assert_msg(mfp_pg_code(want[i].state) == want[i].code, "'%s'", want[i].state);
}
END_TEST

/* What flush does with a SQLSTATE: retry, probe for the records, or stop. */
START_TEST(sqlstate_classes)
{
    static const struct {
        const char *state;
        int code, probe;
    } want[] = {
        {"08006", MF_ETRANSIENT, 0}, {"57014", MF_ETRANSIENT, 0}, {"40P01", MF_ETRANSIENT, 0},
        {"23514", MF_EDATA, 1},      {"22P05", MF_EDATA, 1},      {"54000", MF_EDATA, 1},
        {"54001", MF_EDATA, 1},      {"42501", MF_EPRIVILEGE, 0}, {"0A000", MF_EPRIVILEGE, 0},
        {"42P01", MF_EPRIVILEGE, 0}, {"P0001", MF_ECONFIG, 1},    {"42883", MF_ECONFIG, 1},
    };
    mf_error e = {0};
    size_t i;

    for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        ck_assert_msg(mfp_pg_code(want[i].state) == want[i].code, "%s", want[i].state);
        e.code = want[i].code;
        strcpy(e.sqlstate, want[i].state);
        ck_assert_msg(mfp_pgwrite_probe_applies(&e) == want[i].probe, "%s", want[i].state);
    }
    ck_assert_int_eq(mfp_pg_code(NULL), MF_ETRANSIENT); /* no SQLSTATE: the connection broke */
    /* memflush's own configuration errors carry no SQLSTATE: nothing to probe */
    e.code = MF_ECONFIG;
    e.sqlstate[0] = '\0';
    ck_assert_int_eq(mfp_pgwrite_probe_applies(&e), 0);
}
END_TEST

START_TEST(sql_table_substitution)
{
    char *s = mfp_sql_render("INSERT INTO {{table}} SELECT * FROM {{table}}", "\"public\".\"t\"", 5);
    ck_assert_str_eq(s, "INSERT INTO \"public\".\"t\" SELECT * FROM \"public\".\"t\"");
    free(s);
    s = mfp_sql_render("SET LOCAL statement_timeout = {{timeout_ms}}; {{table}}", "x", 60000);
    ck_assert_str_eq(s, "SET LOCAL statement_timeout = 60000; x");
    free(s);
    ck_assert_ptr_null(mfp_sql_render("SELECT {{other}}", "x", 1)); /* unknown: refused, not sent */
    s = mfp_sql_render("no marks", "x", 1);
    ck_assert_str_eq(s, "no marks");
    free(s);
}
END_TEST

START_TEST(help_table_complete)
{
    const mf_option_info *o;
    size_t i;
    int saw_batch = 0;

    for (i = 0; (o = mf_config_option(i)) != NULL; i++) {
        ck_assert_ptr_nonnull(o->name);
        ck_assert_ptr_nonnull(o->help);
        if (strcmp(o->name, "batch-size") == 0)
            saw_batch = 1;
    }
    ck_assert(saw_batch);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("config");
    TCase *tc = tcase_create("config");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, defaults_match_contract);
    tcase_add_test(tc, env_then_flags);
    tcase_add_test(tc, bad_values_are_config_errors);
    tcase_add_test(tc, table_names);
    tcase_add_test(tc, masking);
    tcase_add_test(tc, redis_urls);
    tcase_add_test(tc, bad_redis_urls);
    tcase_add_test(tc, error_first_wins_and_trims);
    tcase_add_test(tc, sqlstate_classes);
    tcase_add_test(tc, sqlstate_every_listed_code);
    tcase_add_test(tc, sql_table_substitution);
    tcase_add_test(tc, help_table_complete);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
