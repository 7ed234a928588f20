/* test_flush.c - memflush flush against real servers (tests/rig.sh): fields land
 * exactly (both methods), duplicates, every kind of poison record, records only
 * PostgreSQL refuses, the least-privilege role, limits, the summary line, the
 * metrics file and the exit statuses 2, 3 and 4. Faults (servers stopping,
 * SIGKILL, concurrency, signals) are in test_flush_faults.c. */
#include <check.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "memflush.h"
#include "record.h"
#include "th.h"

/* ------------------------------------------------------------ helpers */

/* The summary line of a run (the last line of stdout) as JSON. */
static json_t *summary(const th_run *r)
{
    const char *s = r->out, *last = r->out, *p;
    char *line;
    json_t *j;

    for (p = s; *p; p++)
        if (*p == '\n' && p[1] != '\0')
            last = p + 1;
    line = strndup(last, strcspn(last, "\n"));
    j = th_json(line);
    free(line);
    return j;
}

static long long jint(json_t *j, const char *key)
{
    json_t *v = json_object_get(j, key);
    ck_assert_msg(json_is_integer(v), "summary has no integer %s", key);
    return json_integer_value(v);
}

static char *pg_text(const char *sql)
{
    PGresult *res = PQexec(PG, sql);
    char *out;
    ck_assert_msg(PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1, "%s: %s", sql,
                  PQerrorMessage(PG));
    out = PQgetisnull(res, 0, 0) ? NULL : strdup(PQgetvalue(res, 0, 0));
    PQclear(res);
    return out;
}

/* SELECT expr FROM chat_memories WHERE cid = $1 as text (NULL for SQL NULL). */
static char *col(const char *cid, const char *expr)
{
    char sql[512];
    const char *params[1] = {cid};
    PGresult *res;
    char *out;

    snprintf(sql, sizeof(sql), "SELECT (%s)::text FROM public.chat_memories WHERE cid = $1", expr);
    res = PQexecParams(PG, sql, 1, NULL, params, NULL, NULL, 0);
    ck_assert_msg(PQresultStatus(res) == PGRES_TUPLES_OK, "%s", PQerrorMessage(PG));
    ck_assert_msg(PQntuples(res) == 1, "cid %s: %d rows", cid, PQntuples(res));
    out = PQgetisnull(res, 0, 0) ? NULL : strdup(PQgetvalue(res, 0, 0));
    PQclear(res);
    return out;
}

static void assert_col(const char *cid, const char *expr, const char *want)
{
    char *got = col(cid, expr);
    if (want == NULL)
        ck_assert_msg(got == NULL, "cid %s: %s is %s, want NULL", cid, expr, got);
    else
        ck_assert_msg(got != NULL && strcmp(got, want) == 0, "cid %s: %s is [%s], want [%s]", cid, expr,
                      got ? got : "NULL", want);
    free(got);
}

static void push_json(json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT);
    th_push_raw(R, s);
    free(s);
    json_decref(j);
}

static char *env_kv(const char *k, const char *v)
{
    char *s;
    ck_assert(asprintf(&s, "%s=%s", k, v ? v : "") > 0);
    return s;
}

static void flush_ok(th_run *r, const char *method)
{
    th_memflush(r, NULL, NULL, "flush", "--method", method, NULL);
    ck_assert_msg(r->status == 0, "flush exited %d: %s", r->status, r->err);
}

/* Push n th_record()s of conversation "conv", cids prefix00, prefix01, ...
 * (owned by the caller, in cids). */
static void push_records(char **cids, size_t n, const char *prefix)
{
    size_t i;

    for (i = 0; i < n; i++) {
        char cid[32], *rec;
        snprintf(cid, sizeof(cid), "%s%02zu", prefix, i);
        cids[i] = strdup(cid);
        rec = th_record(cid, "conv");
        th_push_raw(R, rec);
        free(rec);
    }
}

/* DATABASE_URL=<the least-privilege login role's URL>, for th_memflush's env. */
static char *writer_env(void)
{
    const char *url = getenv("MF_WRITER_URL");

    ck_assert_msg(url != NULL, "MF_WRITER_URL is not set");
    return env_kv("DATABASE_URL", url);
}

/* Every one of the n cids (owned, freed here) is in the table exactly once. */
static void all_in_table_free(char **cids, size_t n)
{
    size_t in_table, in_dead, i;

    th_check_invariant(R, PG, cids, n, &in_table, &in_dead);
    ck_assert_int_eq(in_table, n);
    for (i = 0; i < n; i++)
        free(cids[i]);
}

/* The n entries of the list {P}:<suffix> (asserted), each parsed, as a JSON array. */
static json_t *list_entries(const char *suffix, size_t n)
{
    char *k = th_key(suffix);
    redisReply *rep = redisCommand(R, "LRANGE %s 0 -1", k);
    json_t *all = json_array();
    size_t i;

    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY);
    ck_assert_msg(rep->elements == n, "%zu entries in %s, want %zu", rep->elements, k, n);
    for (i = 0; i < n; i++)
        json_array_append_new(all, th_json(rep->element[i]->str));
    freeReplyObject(rep);
    free(k);
    return all;
}

static const char *jstr(json_t *o, const char *key)
{
    const char *v = json_string_value(json_object_get(o, key));
    ck_assert_msg(v != NULL, "no string %s", key);
    return v;
}

/* {P}:pending holds exactly the n records of cids, in that order. */
static void pending_is(char **cids, size_t n)
{
    json_t *all = list_entries("pending", n), *e;
    size_t i;

    json_array_foreach (all, i, e)
        ck_assert_msg(strcmp(jstr(e, "cid"), cids[i]) == 0, "position %zu holds cid %s, want %s", i,
                      jstr(e, "cid"), cids[i]);
    json_decref(all);
}

/* {P}:dead holds exactly n entries, each with that SQLSTATE, error_part in
 * its error and (unless NULL) record_part in its record. */
static void dead_letters_are(size_t n, const char *sqlstate, const char *error_part, const char *record_part)
{
    json_t *all = list_entries("dead", n), *e;
    size_t i;

    json_array_foreach (all, i, e) {
        ck_assert_str_eq(jstr(e, "sqlstate"), sqlstate);
        ck_assert_msg(strstr(jstr(e, "error"), error_part) != NULL, "error: %s", jstr(e, "error"));
        ck_assert(record_part == NULL || strstr(jstr(e, "record"), record_part) != NULL);
    }
    json_decref(all);
}

/* --------------------------------------------------------------- tests */

/* The same fixed records with either method, every field checked. */
static void happy_path(const char *method)
{
    char *cids[4] = {(char *)"h1", (char *)"h2", (char *)"h3", (char *)"h4"};
    size_t in_table, in_dead;
    const char *um = "tab\there\nnew line \"quoted\" back\\slash \xe4\xbd\xa0\xe5\xa5\xbd \xf0\x9f\x98\x80 end";
    const char *am = "\xe5\x9b\x9e\xe7\xad\x94 \\N literal, cr\r, emoji \xf0\x9f\x8e\x89";
    long long est;
    th_run r;
    json_t *s;
    char want[64];

    push_json(json_pack("{s:s, s:s, s:s, s:s, s:s, s:i, s:s, s:{s:s, s:[s], s:f}, s:{s:s, s:i}, s:s}",
                        "cid", "h1", "conversation_id", "conv-1", "user_id", "user-1", "user_message", um,
                        "assistant_message", am, "token_count", 42, "created_at",
                        "2025-10-27T08:15:00.123456+02:00", "reflection", "summary", "s\xc3\xa9\t\"x\"", "causes",
                        "c\\1", "confidence", 0.5, "metadata", "lang", "zh", "n", 7, "extra_field", "kept"));
    /* no token_count (estimated), no created_at (claim time), reflection null, no metadata */
    push_json(json_pack("{s:s, s:s, s:s, s:s, s:s, s:n}", "cid", "h2", "conversation_id", "conv-1", "user_id",
                        "user-1", "user_message", um, "assistant_message", am, "reflection"));
    /* empty messages, lower-case t and z, space separator */
    push_json(json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:i, s:s}", "v", 1, "cid", "h3", "conversation_id",
                        "conv-2", "user_id", "u", "user_message", "", "assistant_message", "", "token_count", 0,
                        "created_at", "2024-02-29 23:59:59.5z"));
    push_json(json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "cid", "h4", "conversation_id", "conv-2", "user_id",
                        "u", "user_message", "x", "assistant_message", "y", "created_at", "2025-01-01t00:00:00Z"));

    flush_ok(&r, method);
    s = summary(&r);
    ck_assert_int_eq(jint(s, "total_pending"), 4);
    ck_assert_int_eq(jint(s, "flushed_count"), 4);
    ck_assert_int_eq(jint(s, "duplicate_count"), 0);
    ck_assert_int_eq(jint(s, "dead_lettered_count"), 0);
    ck_assert_int_eq(jint(s, "failed_count"), 0);
    ck_assert_int_eq(jint(s, "batches"), 1);
    ck_assert_int_eq(jint(s, "remaining_pending"), 0);
    ck_assert(json_is_true(json_object_get(s, "success")));
    json_decref(s);
    th_run_free(&r);

    assert_col("h1", "conversation_id", "conv-1");
    assert_col("h1", "user_id", "user-1");
    assert_col("h1", "user_message", um);
    assert_col("h1", "assistant_message", am);
    assert_col("h1", "token_count", "42");
    assert_col("h1", "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')",
               "2025-10-27 06:15:00.123456");
    assert_col("h1", "reflection->>'summary'", "s\xc3\xa9\t\"x\"");
    assert_col("h1", "reflection->'causes'->>0", "c\\1");
    assert_col("h1", "reflection->>'confidence'", "0.5");
    assert_col("h1", "metadata", "{\"n\": 7, \"lang\": \"zh\", \"extra_field\": \"kept\"}");

    est = mfp_estimate_tokens(um, strlen(um)) + mfp_estimate_tokens(am, strlen(am));
    snprintf(want, sizeof(want), "%lld", est);
    assert_col("h2", "token_count", want);
    assert_col("h2", "reflection", NULL);
    assert_col("h2", "metadata", "{}");
    assert_col("h2", "user_message", um);
    assert_col("h2", "created_at BETWEEN now() - interval '1 hour' AND now() + interval '1 hour'", "true");

    assert_col("h3", "user_message", "");
    assert_col("h3", "assistant_message", "");
    assert_col("h3", "token_count", "0");
    assert_col("h3", "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')",
               "2024-02-29 23:59:59.500000");
    assert_col("h4", "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')",
               "2025-01-01 00:00:00.000000");

    /* rows are inserted in queue order */
    {
        char *order = pg_text("SELECT string_agg(cid, ',' ORDER BY id) FROM public.chat_memories");
        ck_assert_str_eq(order, "h1,h2,h3,h4");
        free(order);
    }
    ck_assert_int_eq(th_llen("pending"), 0);
    ck_assert_int_eq(th_llen("dead"), 0);
    th_check_invariant(R, PG, cids, 4, &in_table, &in_dead);
    ck_assert_int_eq(in_table, 4);
}

START_TEST(happy_path_copy)
{
    happy_path("copy");
}
END_TEST

START_TEST(happy_path_insert)
{
    happy_path("insert");
}
END_TEST

/* Many records across several batches and both methods' statement splitting. */
START_TEST(many_records_both_methods)
{
    enum { N = 2500 };
    static char *cids[N];
    size_t i;
    char *kp = th_key("pending");
    th_run r;
    json_t *s;

    for (i = 0; i < N; i++) {
        char cid[32];
        snprintf(cid, sizeof(cid), "m%05zu", i);
        cids[i] = strdup(cid);
        char *rec = th_record(cid, i % 2 ? "conv-a" : "conv-b");
        redisAppendCommand(R, "RPUSH %s %s", kp, rec);
        free(rec);
    }
    for (i = 0; i < N; i++) {
        redisReply *rep;
        ck_assert(redisGetReply(R, (void **)&rep) == REDIS_OK);
        freeReplyObject(rep);
    }
    /* the first half with INSERT (one statement of 2000 rows) */
    th_memflush(&r, NULL, NULL, "flush", "--method", "insert", "--batch-size", "2000", "--max-batches", "1", NULL);
    ck_assert_msg(r.status == 0, "%s", r.err);
    s = summary(&r);
    ck_assert_int_eq(jint(s, "flushed_count"), 2000);
    ck_assert_int_eq(jint(s, "remaining_pending"), N - 2000);
    json_decref(s);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "flush", "--method", "copy", "--batch-size", "100", NULL);
    ck_assert_msg(r.status == 0, "%s", r.err);
    s = summary(&r);
    ck_assert_int_eq(jint(s, "flushed_count"), N - 2000);
    ck_assert_int_eq(jint(s, "batches"), 5);
    json_decref(s);
    th_run_free(&r);
    all_in_table_free(cids, N);
    free(kp);
}
END_TEST

/* The INSERT method sends at most 4 MiB of arrays per statement: a batch of
 * large records takes several statements (one record larger than that goes
 * alone), and every byte and the queue order survive. */
START_TEST(insert_splits_large_batches)
{
    enum { N = 31, BIG = 300001, HUGE = 5000003 };
    static char *cids[N];
    size_t i;
    th_run r;
    json_t *s;
    char *msg = malloc(HUGE + 1), *order;

    ck_assert_ptr_nonnull(msg);
    for (i = 0; i < N; i++) {
        size_t len = i == 17 ? HUGE : BIG + i, k;
        char cid[16];

        snprintf(cid, sizeof(cid), "s%02zu", i);
        cids[i] = strdup(cid);
        /* "\xe4\xbd\xa0" (3 bytes) and a tab, then the record's own letter */
        for (k = 0; k + 4 <= len; k += 4)
            memcpy(msg + k, "\xe4\xbd\xa0\t", 4);
        memset(msg + k, 'a' + (int)(i % 26), len - k);
        msg[len] = '\0';
        push_json(json_pack("{s:s, s:s, s:s, s:s, s:s}", "cid", cid, "conversation_id", "c", "user_id", "u",
                            "user_message", msg, "assistant_message", cid));
    }
    th_memflush(&r, NULL, NULL, "flush", "--method", "insert", "--batch-size", "100", "--max-record-bytes",
                "8000000", NULL);
    ck_assert_msg(r.status == 0, "%s", r.err);
    s = summary(&r);
    ck_assert_int_eq(jint(s, "flushed_count"), N);
    ck_assert_int_eq(jint(s, "batches"), 1);
    json_decref(s);
    th_run_free(&r);
    for (i = 0; i < N; i++) {
        size_t len = i == 17 ? HUGE : BIG + i;
        char expr[200];

        /* every byte: the same text built by PostgreSQL itself */
        snprintf(expr, sizeof(expr),
                 "user_message = repeat(U&'\\4F60' || E'\\t', %zu) || repeat('%c', %zu)", len / 4,
                 'a' + (int)(i % 26), len % 4);
        assert_col(cids[i], expr, "true");
        assert_col(cids[i], "assistant_message", cids[i]);
    }
    order = pg_text("SELECT string_agg(cid, ',' ORDER BY id) FROM public.chat_memories");
    ck_assert_str_eq(order, "s00,s01,s02,s03,s04,s05,s06,s07,s08,s09,s10,s11,s12,s13,s14,s15,s16,s17,s18,"
                            "s19,s20,s21,s22,s23,s24,s25,s26,s27,s28,s29,s30");
    free(order);
    all_in_table_free(cids, N);
    free(msg);
}
END_TEST

START_TEST(same_cid_twice_first_wins)
{
    char *cids[2] = {(char *)"d1", (char *)"d2"};
    size_t in_table, in_dead;
    th_run r;
    json_t *s;

    push_json(json_pack("{s:s,s:s,s:s,s:s,s:s}", "cid", "d1", "conversation_id", "c", "user_id", "u",
                        "user_message", "first", "assistant_message", "a"));
    push_json(json_pack("{s:s,s:s,s:s,s:s,s:s}", "cid", "d1", "conversation_id", "c", "user_id", "u",
                        "user_message", "second", "assistant_message", "a"));
    push_json(json_pack("{s:s,s:s,s:s,s:s,s:s}", "cid", "d2", "conversation_id", "c", "user_id", "u",
                        "user_message", "other", "assistant_message", "a"));
    flush_ok(&r, "copy");
    s = summary(&r);
    ck_assert_int_eq(jint(s, "flushed_count"), 2);
    ck_assert_int_eq(jint(s, "duplicate_count"), 1);
    ck_assert_int_eq(jint(s, "failed_count"), 0);
    json_decref(s);
    th_run_free(&r);
    assert_col("d1", "user_message", "first");

    /* again in a later run, with the other method: already in the table */
    push_json(json_pack("{s:s,s:s,s:s,s:s,s:s}", "cid", "d1", "conversation_id", "c", "user_id", "u",
                        "user_message", "third", "assistant_message", "a"));
    flush_ok(&r, "insert");
    s = summary(&r);
    ck_assert_int_eq(jint(s, "flushed_count"), 0);
    ck_assert_int_eq(jint(s, "duplicate_count"), 1);
    json_decref(s);
    th_run_free(&r);
    assert_col("d1", "user_message", "first");
    th_check_invariant(R, PG, cids, 2, &in_table, &in_dead);
    ck_assert_int_eq(in_table, 2);
}
END_TEST

/* A record cid whose user_message is len bytes of letter c. */
static void push_sized(const char *cid, char c, size_t len)
{
    char *msg = malloc(len + 1);

    ck_assert_ptr_nonnull(msg);
    memset(msg, c, len);
    msg[len] = '\0';
    push_json(json_pack("{s:s, s:s, s:s, s:s, s:s}", "cid", cid, "conversation_id", "c", "user_id", "u",
                        "user_message", msg, "assistant_message", cid));
    free(msg);
}

/* push_sized(cid, 'n', len) of a new cid, remembered in cids[(*n)++]. */
static void push_new(char **cids, size_t *n, const char *cid, size_t len)
{
    push_sized(cid, 'n', len);
    cids[(*n)++] = strdup(cid);
}

/* One flush run (as DATABASE_URL url, NULL: the owner) that must count
 * flushed new rows and dups duplicates. */
static void flush_counts(const char *method, const char *url, long long flushed, long long dups)
{
    char *env[2] = {url ? env_kv("DATABASE_URL", url) : NULL, NULL};
    th_run r;
    json_t *s;

    th_memflush(&r, NULL, (const char *const *)env, "flush", "--method", method, "--max-record-bytes", "8000000",
                NULL);
    ck_assert_msg(r.status == 0, "flush --method %s exited %d: %s", method, r.status, r.err);
    s = summary(&r);
    ck_assert_int_eq(jint(s, "flushed_count"), flushed);
    ck_assert_int_eq(jint(s, "duplicate_count"), dups);
    ck_assert_int_eq(jint(s, "dead_lettered_count"), 0);
    json_decref(s);
    th_run_free(&r);
    free(env[0]);
}

/* Both methods first assume every cid of a batch is new (COPY, or the INSERT
 * without ON CONFLICT) and write the batch again skipping the cids already in
 * the table when one is there (a re-delivered batch). Every way that can
 * happen: the direct COPY; the INSERT in one statement; the INSERT's first
 * of several statements (refused while sending) and its last (refused when
 * finishing); the least-privilege writer, whose COPY row level security
 * refuses before its INSERT meets the cid. New rows land, old ones keep
 * their content, the rest count as duplicates. */
START_TEST(redelivered_batch_every_form)
{
    enum { BIG = 1500000 };
    static const char *const old[4] = {"o0", "o1", "o2", "o3"};
    char *cids[24], name[16];
    size_t n = 0, i;

    for (i = 0; i < 4; i++) {
        push_sized(old[i], 'o', 10);
        cids[n++] = strdup(old[i]);
    }
    flush_counts("copy", NULL, 4, 0);

    push_new(cids, &n, "i0", 10);
    push_sized("o1", 'n', 10);
    push_new(cids, &n, "i1", 10);
    flush_counts("insert", NULL, 2, 1);

    push_new(cids, &n, "c0", 10);
    push_sized("o2", 'n', 10);
    push_new(cids, &n, "c1", 10);
    flush_counts("copy", NULL, 2, 1);

    push_new(cids, &n, "w0", 10);
    push_sized("o3", 'n', 10);
    push_new(cids, &n, "w1", 10);
    flush_counts("copy", getenv("MF_WRITER_URL"), 2, 1);

    /* 1.5 MB records: two per INSERT statement, three statements */
    push_sized("o0", 'n', BIG);
    for (i = 0; i < 5; i++) {
        snprintf(name, sizeof(name), "f%zu", i);
        push_new(cids, &n, name, BIG);
    }
    flush_counts("insert", NULL, 5, 1);
    for (i = 0; i < 5; i++) {
        snprintf(name, sizeof(name), "l%zu", i);
        push_new(cids, &n, name, BIG);
    }
    push_sized("o0", 'n', BIG);
    flush_counts("insert", NULL, 5, 1);

    for (i = 0; i < 4; i++)
        assert_col(old[i], "user_message", "oooooooooo");
    ck_assert_int_eq(th_pg_int(PG, "SELECT count(*) FROM public.chat_memories WHERE user_message LIKE 'n%'"),
                     (long long)n - 4);
    ck_assert_int_eq(th_llen("pending"), 0);
    all_in_table_free(cids, n);
}
END_TEST

/* A unique constraint of the DBA's on another column also answers 23505:
 * skipping cids already there does not help, so that record is refused
 * (dead-lettered with the constraint's name), never counted as a duplicate;
 * the rest of its batch lands. */
/* _i: the constraint checked at each statement, or only at COMMIT (deferred) */
START_TEST(other_unique_constraint_dead_letters)
{
    static const char *const add[2] = {
        "ALTER TABLE public.chat_memories ADD CONSTRAINT t_uniq UNIQUE (assistant_message)",
        "ALTER TABLE public.chat_memories ADD CONSTRAINT t_uniq UNIQUE (assistant_message) "
        "DEFERRABLE INITIALLY DEFERRED"};
    char *cids[3] = {strdup("u0"), strdup("u1"), strdup("u2")};
    size_t in_table, in_dead, i;
    const char *methods[2] = {"insert", "copy"};
    th_run r[2];
    int m;

    th_pg_exec(PG, add[_i]);
    push_json(json_pack("{s:s,s:s,s:s,s:s,s:s}", "cid", "u0", "conversation_id", "c", "user_id", "u",
                        "user_message", "m", "assistant_message", "taken"));
    th_memflush(&r[0], NULL, NULL, "flush", NULL);
    th_run_free(&r[0]);
    for (m = 0; m < 2; m++) {
        push_json(json_pack("{s:s,s:s,s:s,s:s,s:s}", "cid", m ? "u2" : "u1", "conversation_id", "c", "user_id",
                            "u", "user_message", "m", "assistant_message", m ? "free-2" : "free-1"));
        push_json(json_pack("{s:s,s:s,s:s,s:s,s:s}", "cid", m ? "x2" : "x1", "conversation_id", "c", "user_id",
                            "u", "user_message", "m", "assistant_message", "taken"));
        th_memflush(&r[m], NULL, NULL, "flush", "--method", methods[m], NULL);
    }
    /* before any assertion, so that no later test meets the constraint */
    th_pg_exec(PG, "ALTER TABLE public.chat_memories DROP CONSTRAINT t_uniq");
    for (m = 0; m < 2; m++) {
        json_t *s;

        ck_assert_msg(r[m].status == 0, "%s: flush --method %s exited %d: %s", add[_i], methods[m], r[m].status,
                      r[m].err);
        s = summary(&r[m]);
        ck_assert_int_eq(jint(s, "flushed_count"), 1);
        ck_assert_int_eq(jint(s, "duplicate_count"), 0);
        ck_assert_int_eq(jint(s, "dead_lettered_count"), 1);
        json_decref(s);
        th_run_free(&r[m]);
    }
    dead_letters_are(2, "23505", "t_uniq", NULL);
    th_check_invariant(R, PG, cids, 3, &in_table, &in_dead);
    ck_assert_int_eq(in_table, 3);
    ck_assert_int_eq(th_pg_int(PG, "SELECT count(*) FROM public.chat_memories"), 3);
    for (i = 0; i < 3; i++)
        free(cids[i]);
}
END_TEST

/* Each poison kind goes to {P}:dead with a reason; the good records around land. */
START_TEST(poison_records_dead_lettered)
{
    static const struct {
        const char *cid; /* NULL when the record has none we can find */
        const char *raw;
        const char *reason_part; /* in the entry's error */
    } poison[] = {
        {NULL, "not json at all", "JSON"},
        {NULL, "[1,2,3]", "object"},
        {"p-missing", "{\"cid\":\"p-missing\",\"conversation_id\":\"c\",\"user_message\":\"m\",\"assistant_message\":\"a\"}",
         "user_id"},
        {"p-type", "{\"cid\":\"p-type\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"m\",\"assistant_message\":\"a\",\"token_count\":\"12\"}",
         "token_count"},
        {"p-nul", "{\"cid\":\"p-nul\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"a\\u0000b\",\"assistant_message\":\"a\"}",
         ""},
        {"p-version", "{\"v\":2,\"cid\":\"p-version\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"m\",\"assistant_message\":\"a\"}",
         "v"},
        {"p-dupkey", "{\"cid\":\"p-dupkey\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_id\":\"w\",\"user_message\":\"m\",\"assistant_message\":\"a\"}",
         ""},
        {"p-ts", "{\"cid\":\"p-ts\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"m\",\"assistant_message\":\"a\",\"created_at\":\"2025-02-30T00:00:00Z\"}",
         "created_at"},
    };
    enum { NP = sizeof(poison) / sizeof(poison[0]) };
    char *cids[64];
    size_t ncids = 0, i, in_table, in_dead;
    char big[3000], *oversize;
    const char *bad_utf8 = "{\"cid\":\"p-utf8\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"\xff\xfe\",\"assistant_message\":\"a\"}";
    char *kdead = th_key("dead");
    redisReply *rep;
    th_run r;
    json_t *s;
    int seen_b64 = 0;

    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    ck_assert(asprintf(&oversize, "{\"cid\":\"p-big\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"%s\",\"assistant_message\":\"a\"}", big) > 0);

    for (i = 0; i < NP; i++) {
        char cid[16], *good;
        snprintf(cid, sizeof(cid), "g%zu", i);
        cids[ncids++] = strdup(cid);
        good = th_record(cid, "conv");
        th_push_raw(R, good);
        free(good);
        th_push_raw(R, poison[i].raw);
        if (poison[i].cid)
            cids[ncids++] = strdup(poison[i].cid);
    }
    th_push_raw(R, oversize);
    cids[ncids++] = strdup("p-big");
    th_push_raw(R, bad_utf8); /* dead-lettered as record_base64: the invariant cannot see its cid */
    cids[ncids++] = strdup("g-last");
    {
        char *good = th_record("g-last", "conv");
        th_push_raw(R, good);
        free(good);
    }

    th_memflush(&r, NULL, NULL, "flush", "--max-record-bytes", "2048", "--batch-size", "7", NULL);
    ck_assert_msg(r.status == 0, "poison records must not fail the run: %d %s", r.status, r.err);
    s = summary(&r);
    ck_assert_int_eq(jint(s, "dead_lettered_count"), NP + 2);
    ck_assert_int_eq(jint(s, "failed_count"), NP + 2);
    ck_assert_int_eq(jint(s, "flushed_count"), NP + 1);
    ck_assert(json_is_true(json_object_get(s, "success")));
    json_decref(s);
    th_run_free(&r);

    rep = redisCommand(R, "LRANGE %s 0 -1", kdead);
    ck_assert(rep != NULL && rep->type == REDIS_REPLY_ARRAY);
    ck_assert_int_eq(rep->elements, NP + 2);
    for (i = 0; i < rep->elements; i++) {
        json_t *e = th_json(rep->element[i]->str);
        const char *err = json_string_value(json_object_get(e, "error"));
        const char *rec = json_string_value(json_object_get(e, "record"));
        ck_assert_msg(err != NULL && *err, "entry without an error: %s", rep->element[i]->str);
        ck_assert(json_is_null(json_object_get(e, "sqlstate")));
        ck_assert(json_is_string(json_object_get(e, "failed_at")));
        if (rec == NULL) {
            ck_assert(json_is_string(json_object_get(e, "record_base64")));
            seen_b64 = 1;
        } else if (i < NP) {
            /* in queue order: the entries keep the original bytes */
            ck_assert_str_eq(rec, poison[i].raw);
            ck_assert_msg(strstr(err, poison[i].reason_part) != NULL, "reason [%s] does not mention %s", err,
                          poison[i].reason_part);
        }
        json_decref(e);
    }
    ck_assert(seen_b64);
    freeReplyObject(rep);
    th_check_invariant(R, PG, cids, ncids, &in_table, &in_dead);
    ck_assert_int_eq(in_table, NP + 1);
    for (i = 0; i < ncids; i++)
        free(cids[i]);
    free(oversize);
    free(kdead);
}
END_TEST

/* Ways a DBA can make PostgreSQL refuse records that pass the contract: each
 * refuses the records whose user_message is the kind's value. */
static const struct refusal {
    const char *setup, *teardown;
    const char *sqlstate, *error_part; /* of the dead-letter entries */
} refusals[] = {
    {"ALTER TABLE public.chat_memories ADD CONSTRAINT t_chk CHECK (user_message <> 'reject-me')",
     "ALTER TABLE public.chat_memories DROP CONSTRAINT t_chk", "23514", "t_chk"},
    /* no class of its own (MF_ECONFIG): blamed on the record since others go in */
    {"CREATE FUNCTION public.t_moderate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
     "IF NEW.user_message = 'reject-me' THEN RAISE EXCEPTION 'moderation refused this turn'; END IF; "
     "RETURN NEW; END $$; "
     "CREATE TRIGGER t_moderate BEFORE INSERT ON public.chat_memories "
     "FOR EACH ROW EXECUTE FUNCTION public.t_moderate()",
     "DROP TRIGGER t_moderate ON public.chat_memories; DROP FUNCTION public.t_moderate()", "P0001",
     "moderation refused"},
    /* 54000: a long message too big for a btree index on it */
    {"CREATE INDEX t_msg_idx ON public.chat_memories (user_message)", "DROP INDEX public.t_msg_idx", "54000",
     "t_msg_idx"},
};

/* A 4,000-byte message no compression shrinks below btree's 2,704-byte limit. */
static char *incompressible(void)
{
    static const char alpha[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/";
    char *s = malloc(4001);
    unsigned x = 12345;
    size_t i;

    ck_assert(s != NULL);
    for (i = 0; i < 4000; i++) {
        x = x * 1103515245u + 12345u;
        s[i] = alpha[(x >> 16) & 63];
    }
    s[4000] = '\0';
    return s;
}

/* Records that pass the contract but that PostgreSQL refuses: dead-lettered
 * with the SQLSTATE and PostgreSQL's message, their neighbours land.
 * _i: the method (even: copy, odd: insert) and the refusal (_i / 2). */
START_TEST(postgres_refuses_some_records)
{
    enum { N = 100 };
    const struct refusal *k = &refusals[_i / 2];
    const char *method = _i % 2 ? "insert" : "copy";
    char *cids[N], *big = incompressible();
    const char *bad = k == &refusals[2] ? big : "reject-me";
    size_t i, in_table, in_dead;
    th_run r;
    json_t *s;

    th_pg_exec(PG, k->setup);
    for (i = 0; i < N; i++) {
        char cid[16];
        snprintf(cid, sizeof(cid), "r%03zu", i);
        cids[i] = strdup(cid);
        push_json(json_pack("{s:s,s:s,s:s,s:s,s:s}", "cid", cid, "conversation_id", "c", "user_id", "u",
                            "user_message", (i == 3 || i == 4 || i == 71) ? bad : "fine", "assistant_message",
                            "a"));
    }
    th_memflush(&r, NULL, NULL, "flush", "--method", method, "--batch-size", "60", NULL);
    th_pg_exec(PG, k->teardown);
    ck_assert_msg(r.status == 0, "%s, %s: flush exited %d: %s", k->setup, method, r.status, r.err);
    s = summary(&r);
    ck_assert_int_eq(jint(s, "flushed_count"), N - 3);
    ck_assert_int_eq(jint(s, "dead_lettered_count"), 3);
    ck_assert_int_eq(jint(s, "batches"), 2);
    json_decref(s);
    th_run_free(&r);

    dead_letters_are(3, k->sqlstate, k->error_part, bad);
    ck_assert_int_eq(th_pg_int(PG, "SELECT count(*) FROM public.chat_memories WHERE user_message = 'fine'"), N - 3);
    th_check_invariant(R, PG, cids, N, &in_table, &in_dead);
    ck_assert_int_eq(in_dead, 3);
    for (i = 0; i < N; i++)
        free(cids[i]);
    free(big);
}
END_TEST

/* One user's turns a trigger refuses, 12 in a row at the head of a batch:
 * more than the probe needs to suspect the table, but records further on
 * go in, so these are the records' fault: dead-lettered, the rest lands. */
START_TEST(run_of_refused_records_at_head)
{
    enum { N = 50, BAD = 12 };
    char *cids[N];
    size_t i, in_table, in_dead;
    th_run r;
    json_t *s;

    th_pg_exec(PG, refusals[1].setup);
    for (i = 0; i < N; i++) {
        char cid[16];
        snprintf(cid, sizeof(cid), "h%03zu", i);
        cids[i] = strdup(cid);
        push_json(json_pack("{s:s,s:s,s:s,s:s,s:s}", "cid", cid, "conversation_id", "c", "user_id", "u",
                            "user_message", i < BAD ? "reject-me" : "fine", "assistant_message", "a"));
    }
    th_memflush(&r, NULL, NULL, "flush", "--method", "insert", "--batch-size", "50", NULL);
    th_pg_exec(PG, refusals[1].teardown);
    ck_assert_msg(r.status == 0, "flush exited %d: %s", r.status, r.err);
    s = summary(&r);
    ck_assert_int_eq(jint(s, "flushed_count"), N - BAD);
    ck_assert_int_eq(jint(s, "dead_lettered_count"), BAD);
    json_decref(s);
    th_run_free(&r);
    dead_letters_are(BAD, "P0001", "moderation refused", "reject-me");
    th_check_invariant(R, PG, cids, N, &in_table, &in_dead);
    ck_assert_int_eq(in_dead, BAD);
    for (i = 0; i < N; i++)
        free(cids[i]);
}
END_TEST

/* A trigger that refuses every record is configuration, not poison: nothing
 * is dead-lettered, the batch goes back in order, exit 2 with the trigger's
 * message; the probe gives up after a few records instead of trying each of
 * the batch alone (counted by the trigger: a sequence survives rollbacks). */
START_TEST(table_refusing_everything_is_configuration)
{
    enum { N = 300 };
    const char *methods[2] = {"copy", "insert"};
    char *cids[N];
    long long calls[2], dead[2], rows[2];
    th_run r[2];
    int m;

    push_records(cids, N, "frozen");
    th_pg_exec(PG, "CREATE SEQUENCE public.t_calls; GRANT USAGE ON SEQUENCE public.t_calls TO PUBLIC; "
                   "CREATE FUNCTION public.t_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   "PERFORM nextval('public.t_calls'); RAISE EXCEPTION 'the table is frozen for maintenance'; END $$; "
                   "CREATE TRIGGER t_frozen BEFORE INSERT ON public.chat_memories "
                   "FOR EACH ROW EXECUTE FUNCTION public.t_frozen()");
    for (m = 0; m < 2; m++) {
        th_memflush(&r[m], NULL, NULL, "flush", "--method", methods[m], "--batch-size", "250", NULL);
        calls[m] = th_pg_int(PG, "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM public.t_calls");
        th_pg_exec(PG, "SELECT setval('public.t_calls', 1, false)");
        dead[m] = th_llen("dead");
        rows[m] = th_pg_int(PG, "SELECT count(*) FROM public.chat_memories");
        pending_is(cids, N); /* everything back in order before the next run */
    }
    /* before any other assertion, so that no later test meets the trigger */
    th_pg_exec(PG, "DROP TRIGGER t_frozen ON public.chat_memories; DROP FUNCTION public.t_frozen(); "
                   "DROP SEQUENCE public.t_calls");
    for (m = 0; m < 2; m++) {
        ck_assert_msg(r[m].status == 2, "%s: flush exited %d: %s", methods[m], r[m].status, r[m].err);
        ck_assert_msg(strstr(r[m].err, "frozen for maintenance") != NULL && strstr(r[m].err, "P0001") != NULL &&
                          strstr(r[m].err, "put back") != NULL,
                      "%s", r[m].err);
        /* the whole batch once or twice, then the probe's halves down to 8 records */
        ck_assert_msg(calls[m] > 0 && calls[m] < 40, "%s: the trigger ran %lld times", methods[m], calls[m]);
        ck_assert_int_eq(dead[m], 0);
        ck_assert_int_eq(rows[m], 0);
        th_run_free(&r[m]);
    }
    flush_ok(&r[0], "copy");
    th_run_free(&r[0]);
    all_in_table_free(cids, N);
}
END_TEST

/* The least-privilege login role (member of memflush_writer, RLS applies). */
START_TEST(least_privilege_role_both_methods)
{
    char *env[2] = {writer_env(), NULL};
    char *cids[20];
    th_run r;

    push_records(cids, 20, "w");
    th_memflush(&r, NULL, (const char *const *)env, "flush", "--method", "copy", "--max-batches", "1",
                "--batch-size", "10", NULL);
    ck_assert_msg(r.status == 0, "copy as the writer role exited %d: %s", r.status, r.err);
    th_run_free(&r);
    ck_assert_int_eq(th_pg_int(PG, "SELECT count(*) FROM public.chat_memories"), 10);
    th_memflush(&r, NULL, (const char *const *)env, "flush", "--method", "insert", NULL);
    ck_assert_msg(r.status == 0, "insert as the writer role exited %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "s3cret") == NULL, "password in the log: %s", r.err);
    th_run_free(&r);
    all_in_table_free(cids, 20);
    free(env[0]);
}
END_TEST

/* A run that writes with the INSERT (the INSERT method, or the COPY method
 * as a writer row level security refuses COPY) opens one PostgreSQL
 * connection: its batches cannot overlap on a second one (see rotate in
 * flush.c), which would only hold a server connection and memory. Checked
 * with CONNECTION LIMIT 1 on the writer role. */
START_TEST(insert_runs_use_one_connection)
{
    const char *methods[2] = {"insert", "copy"};
    char *env[2] = {writer_env(), NULL}, *cids[80];
    th_run r[2];
    int m, tries;

    push_records(cids, 80, "one");
    /* no backend of the role left from an earlier test */
    for (tries = 0; tries < 100 && th_pg_int(PG, "SELECT count(*) FROM pg_stat_activity "
                                                 "WHERE usename = 'mf_writer_login'") > 0; tries++)
        usleep(50000);
    th_pg_exec(PG, "ALTER ROLE mf_writer_login CONNECTION LIMIT 1");
    for (m = 0; m < 2; m++)
        th_memflush(&r[m], NULL, (const char *const *)env, "flush", "--method", methods[m], "--batch-size", "10",
                    "--max-batches", "4", "--retry-seconds", "1", NULL);
    /* before any assertion, so that no later test meets the limit */
    th_pg_exec(PG, "ALTER ROLE mf_writer_login CONNECTION LIMIT -1");
    for (m = 0; m < 2; m++) {
        json_t *s;

        ck_assert_msg(r[m].status == 0, "--method %s as the writer exited %d: %s", methods[m], r[m].status,
                      r[m].err);
        s = summary(&r[m]);
        ck_assert_int_eq(jint(s, "flushed_count"), 40);
        ck_assert_int_eq(jint(s, "batches"), 4);
        json_decref(s);
        th_run_free(&r[m]);
    }
    all_in_table_free(cids, 80);
    free(env[0]);
}
END_TEST

/* The summary line: exactly the contract's keys, in its order. */
/* Records are UTF-8 whatever the environment says: a PGCLIENTENCODING (or a
 * client_encoding in the URL) of another encoding would make PostgreSQL
 * convert the bytes and store mojibake. Both methods, and the read path. */
START_TEST(client_encoding_is_always_utf8)
{
    const char *msg = "\xe4\xbd\xa0\xe5\xa5\xbd \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80";
    const char *url = getenv("DATABASE_URL");
    char *env[3] = {NULL, NULL, NULL}, *latin_url;
    const char *methods[2] = {"copy", "insert"};
    th_run r;
    int m;

    ck_assert_ptr_nonnull(url);
    ck_assert(asprintf(&latin_url, "%s%sclient_encoding=LATIN1", url, strchr(url, '?') ? "&" : "?") > 0);
    env[0] = env_kv("PGCLIENTENCODING", "LATIN1");
    for (m = 0; m < 2; m++) {
        char cid[16];

        snprintf(cid, sizeof(cid), "e%d", m);
        push_json(json_pack("{s:s, s:s, s:s, s:s, s:s}", "cid", cid, "conversation_id", "enc", "user_id", "u",
                            "user_message", msg, "assistant_message", msg));
        free(env[1]);
        env[1] = m ? env_kv("DATABASE_URL", latin_url) : NULL;
        th_memflush(&r, NULL, (const char *const *)env, "flush", "--method", methods[m], NULL);
        ck_assert_msg(r.status == 0, "%s with LATIN1 asked for exited %d: %s", methods[m], r.status, r.err);
        th_run_free(&r);
        assert_col(cid, "user_message", msg);
        assert_col(cid, "assistant_message", msg);
    }
    /* the read path (th_push_raw left no context list: all from PostgreSQL) */
    th_memflush(&r, NULL, (const char *const *)env, "context", "--conversation-id", "enc", NULL);
    ck_assert_msg(r.status == 0, "context exited %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.out, "\\u4f60") != NULL || strstr(r.out, "\xe4\xbd\xa0") != NULL,
                  "context lost the text: %s", r.out);
    th_run_free(&r);
    free(env[0]);
    free(env[1]);
    free(latin_url);
}
END_TEST

START_TEST(summary_line_format)
{
    regex_t re;
    th_run r;
    char *rec = th_record("s1", "c");
    int rc;

    th_push_raw(R, rec);
    th_push_raw(R, rec);
    th_push_raw(R, "oops");
    free(rec);
    flush_ok(&r, "copy");
    ck_assert_int_eq(regcomp(&re,
                             "^\\{\"success\":true,\"total_pending\":3,\"flushed_count\":1,\"duplicate_count\":1,"
                             "\"dead_lettered_count\":1,\"requeued_count\":0,\"failed_count\":1,\"batches\":1,"
                             "\"remaining_pending\":0,\"elapsed_ms\":[0-9]+(,\"[a-z_]+\":[0-9]+)*\\}\n$",
                             REG_EXTENDED | REG_NOSUB),
                     0);
    rc = regexec(&re, r.out, 0, NULL, 0);
    ck_assert_msg(rc == 0, "summary line does not match the contract: [%s]", r.out);
    regfree(&re);
    th_run_free(&r);

    /* an empty queue */
    flush_ok(&r, "insert");
    ck_assert_msg(strncmp(r.out,
                          "{\"success\":true,\"total_pending\":0,\"flushed_count\":0,\"duplicate_count\":0,"
                          "\"dead_lettered_count\":0,\"requeued_count\":0,\"failed_count\":0,\"batches\":0,"
                          "\"remaining_pending\":0,\"elapsed_ms\":",
                          strlen("{\"success\":true,\"total_pending\":0,\"flushed_count\":0,\"duplicate_count\":0,"
                                 "\"dead_lettered_count\":0,\"requeued_count\":0,\"failed_count\":0,\"batches\":0,"
                                 "\"remaining_pending\":0,\"elapsed_ms\":")) == 0,
                  "%s", r.out);
    th_run_free(&r);
}
END_TEST

/* The library's report JSON directly. */
START_TEST(report_json_exact)
{
    mf_flush_report rep = {1, 150, 148, 1, 1, 0, 1, 1, 0, 0, 42};
    char *s = mf_flush_report_json(&rep);

    ck_assert_str_eq(s, "{\"success\":true,\"total_pending\":150,\"flushed_count\":148,\"duplicate_count\":1,"
                        "\"dead_lettered_count\":1,\"requeued_count\":0,\"failed_count\":1,\"batches\":1,"
                        "\"remaining_pending\":0,\"elapsed_ms\":42,\"reclaimed_count\":0}");
    free(s);
}
END_TEST

START_TEST(max_batches_and_metrics_file)
{
    char *cids[25], path[1024];
    const char *dir = getenv("MF_RIG_DIR");
    size_t i, in_table, in_dead;
    FILE *f;
    char buf[8192];
    size_t n;
    th_run r;
    json_t *s;

    for (i = 0; i < 25; i++) {
        char cid[16], *rec;
        snprintf(cid, sizeof(cid), "b%02zu", i);
        cids[i] = strdup(cid);
        rec = th_record(cid, "c");
        th_push_raw(R, rec);
        free(rec);
    }
    snprintf(path, sizeof(path), "%s/flush-%ld.prom", dir ? dir : "/tmp", (long)getpid());
    th_memflush(&r, NULL, NULL, "flush", "--batch-size", "10", "--max-batches", "2", "--metrics-file", path, NULL);
    ck_assert_msg(r.status == 0, "%s", r.err);
    s = summary(&r);
    ck_assert_int_eq(jint(s, "flushed_count"), 20);
    ck_assert_int_eq(jint(s, "batches"), 2);
    ck_assert_int_eq(jint(s, "remaining_pending"), 5);
    json_decref(s);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 5);

    f = fopen(path, "r");
    ck_assert_msg(f != NULL, "no metrics file at %s", path);
    n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = '\0';
    fclose(f);
    /* the format is metrics.c's (docs); flush must hand it this run's numbers */
    {
        char want[256];
        snprintf(want, sizeof(want), "\nmemflush_last_run_success{queue=\"%s\"} 1\n", th_prefix());
        ck_assert_msg(strstr(buf, want) != NULL, "no [%s] in %s", want, buf);
        snprintf(want, sizeof(want), "\nmemflush_flushed_rows{queue=\"%s\"} 20\n", th_prefix());
        ck_assert_msg(strstr(buf, want) != NULL, "no [%s] in %s", want, buf);
        snprintf(want, sizeof(want), "\nmemflush_pending{queue=\"%s\"} 5\n", th_prefix());
        ck_assert_msg(strstr(buf, want) != NULL, "no [%s] in %s", want, buf);
    }
    unlink(path);

    flush_ok(&r, "copy");
    th_run_free(&r);
    th_check_invariant(R, PG, cids, 25, &in_table, &in_dead);
    ck_assert_int_eq(in_table, 25);
    for (i = 0; i < 25; i++)
        free(cids[i]);
}
END_TEST

/* A database without the migrations: exit 4 naming the file, nothing taken. */
START_TEST(unmigrated_database_exit_4)
{
    const char *rig = getenv("MF_RIG");
    char cmd[1024], url[512] = "", *env[2] = {NULL, NULL}, *rec = th_record("x1", "c");
    FILE *p;
    th_run r;

    th_push_raw(R, rec);
    free(rec);
    ck_assert(rig != NULL);
    snprintf(cmd, sizeof(cmd), "\"%s\" fresh-db mf_flush_unmigrated", rig);
    p = popen(cmd, "r");
    ck_assert(p != NULL);
    ck_assert(fgets(url, sizeof(url), p) != NULL);
    pclose(p);
    url[strcspn(url, "\n")] = '\0';
    env[0] = env_kv("DATABASE_URL", url);
    th_memflush(&r, NULL, (const char *const *)env, "flush", NULL);
    ck_assert_msg(r.status == 4, "want exit 4, got %d: %s", r.status, r.err);
    ck_assert_msg(r.out[0] == '\0', "exit 4 prints no summary: %s", r.out);
    ck_assert_msg(strstr(r.err, "0001_chat_memories") != NULL, "%s", r.err);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 1);
    free(env[0]);
}
END_TEST

/* Servers unreachable at start: exit 3, no summary, no password in the message. */
START_TEST(unreachable_at_start_exit_3)
{
    char *env[3] = {NULL, NULL, NULL}, *rec = th_record("x1", "c");
    th_run r;

    th_push_raw(R, rec);
    free(rec);
    env[0] = env_kv("DATABASE_URL", "postgresql://someone:Pg-Secret-77@127.0.0.1:1/db");
    th_memflush(&r, NULL, (const char *const *)env, "flush", NULL);
    ck_assert_msg(r.status == 3, "want exit 3, got %d: %s", r.status, r.err);
    ck_assert_msg(r.out[0] == '\0', "%s", r.out);
    ck_assert_msg(strstr(r.err, "Pg-Secret-77") == NULL, "password leaked: %s", r.err);
    ck_assert(strstr(r.err, "PostgreSQL") != NULL);
    th_run_free(&r);
    free(env[0]);

    env[0] = env_kv("REDIS_URL", "redis://someone:Redis-Secret-88@127.0.0.1:1/0");
    th_memflush(&r, NULL, (const char *const *)env, "flush", NULL);
    ck_assert_msg(r.status == 3, "want exit 3, got %d: %s", r.status, r.err);
    ck_assert_msg(r.out[0] == '\0', "%s", r.out);
    ck_assert_msg(strstr(r.err, "Redis-Secret-88") == NULL, "password leaked: %s", r.err);
    th_run_free(&r);
    free(env[0]);
    ck_assert_int_eq(th_llen("pending"), 1);
}
END_TEST

/* {P}:pending of another type, a bad table name, bad flags: exit 2. */
START_TEST(bad_configuration_exit_2)
{
    char *k = th_key("pending");
    char *env[2] = {NULL, NULL};
    th_run r;

    th_redis_cmd(R, "SET %s %s", k, "not a list");
    th_memflush(&r, NULL, NULL, "flush", NULL);
    ck_assert_msg(r.status == 2, "want exit 2, got %d: %s", r.status, r.err);
    ck_assert_msg(r.out[0] == '\0', "%s", r.out);
    ck_assert_msg(strstr(r.err, "WRONGTYPE") != NULL, "%s", r.err);
    th_run_free(&r);
    th_redis_cmd(R, "DEL %s", k);

    th_memflush(&r, NULL, NULL, "flush", "--table", "bad name;drop", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "flush", "--method", "upsert", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "flush", "--max-batches", "zero", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "flush", "--interval", "-1", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);

    /* a table that does not exist: a configuration problem, exit 2 */
    env[0] = env_kv("MEMFLUSH_TABLE", "public.no_such_table");
    {
        char *rec = th_record("t1", "c");
        th_push_raw(R, rec);
        free(rec);
    }
    th_memflush(&r, NULL, (const char *const *)env, "flush", NULL);
    ck_assert_msg(r.status == 2, "want exit 2, got %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "no_such_table") != NULL, "%s", r.err);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 1); /* put back */
    {
        char *kinf = th_key("leases");
        ck_assert_int_eq(th_redis_int(R, "ZCARD %s", kinf), 0);
        free(kinf);
    }
    free(env[0]);
    free(k);
}
END_TEST

START_TEST(help_lists_flush_flags)
{
    th_run r;

    th_memflush(&r, NULL, NULL, "flush", "--help", NULL);
    ck_assert_int_eq(r.status, 0);
    ck_assert(strstr(r.out, "--max-batches") && strstr(r.out, "--max-seconds") && strstr(r.out, "--interval") &&
              strstr(r.out, "--metrics-file") && strstr(r.out, "--method"));
    th_run_free(&r);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("flush");
    TCase *tc = tcase_create("flush");

    tcase_set_timeout(tc, 180);
    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, happy_path_copy);
    tcase_add_test(tc, happy_path_insert);
    tcase_add_test(tc, many_records_both_methods);
    tcase_add_test(tc, insert_splits_large_batches);
    tcase_add_test(tc, same_cid_twice_first_wins);
    tcase_add_test(tc, redelivered_batch_every_form);
    tcase_add_loop_test(tc, other_unique_constraint_dead_letters, 0, 2);
    tcase_add_test(tc, poison_records_dead_lettered);
    tcase_add_loop_test(tc, postgres_refuses_some_records, 0, 6);
    tcase_add_test(tc, run_of_refused_records_at_head);
    tcase_add_test(tc, table_refusing_everything_is_configuration);
    tcase_add_test(tc, least_privilege_role_both_methods);
    tcase_add_test(tc, insert_runs_use_one_connection);
    tcase_add_test(tc, client_encoding_is_always_utf8);
    tcase_add_test(tc, summary_line_format);
    tcase_add_test(tc, report_json_exact);
    tcase_add_test(tc, max_batches_and_metrics_file);
    tcase_add_test(tc, unmigrated_database_exit_4);
    tcase_add_test(tc, unreachable_at_start_exit_3);
    tcase_add_test(tc, bad_configuration_exit_2);
    tcase_add_test(tc, help_lists_flush_flags);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
