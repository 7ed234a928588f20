/* test_save.c - saving turns against real servers (tests/rig.sh): memflush push from
 * flags and from JSON lines, the atomic Lua step (pending + context list, trim, TTL),
 * write-through, pipelined bulk saving and its NOSCRIPT recovery, and that a Redis
 * password never reaches push's error output. */
#include <check.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "memflush.h"
#include "th.h"

/* ------------------------------------------------------------ helpers */

/* Element i of a list key, as a new string (NULL when out of range). */
static char *lindex(const char *suffix, long i)
{
    char *k = th_key(suffix), *out = NULL;
    redisReply *r = redisCommand(R, "LINDEX %s %ld", k, i);
    ck_assert(r != NULL);
    if (r->type == REDIS_REPLY_STRING)
        out = strdup(r->str);
    freeReplyObject(r);
    free(k);
    return out;
}

static long long ttl(const char *suffix)
{
    char *k = th_key(suffix);
    long long n = th_redis_int(R, "TTL %s", k);
    free(k);
    return n;
}

static int looks_uuidv7(const char *s)
{
    size_t i;
    if (strlen(s) != 36)
        return 0;
    for (i = 0; i < 36; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (s[i] != '-')
                return 0;
        } else if (!isxdigit((unsigned char)s[i]) || isupper((unsigned char)s[i])) {
            return 0;
        }
    }
    return s[14] == '7' && strchr("89ab", s[19]) != NULL;
}

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    ck_assert_msg(json_is_string(v), "field %s is not a string", k);
    return json_string_value(v);
}

static char *write_tmp(const char *content)
{
    char *path;
    int fd;
    const char *dir = getenv("MF_RIG_DIR");
    ck_assert(asprintf(&path, "%s/push-XXXXXX", dir ? dir : "/tmp") > 0);
    fd = mkstemp(path);
    ck_assert(fd >= 0);
    ck_assert(write(fd, content, strlen(content)) == (ssize_t)strlen(content));
    close(fd);
    return path;
}

/* ------------------------------------------------------------- tests */

START_TEST(push_from_flags)
{
    th_run r;
    json_t *out, *rec, *ctx;
    char *pending, *inctx;
    const char *cid;

    th_memflush(&r, NULL, NULL, "push", "--conversation-id", "conv-1", "--user-id", "user-1",
                "--user-message", "What is the capital of France?", "--assistant-message",
                "Paris, since the 10th century.", "--metadata", "{\"lang\":\"en\",\"n\":2}", NULL);
    ck_assert_msg(r.status == 0, "push exited %d: %s", r.status, r.err);
    out = th_json(r.out);
    ck_assert(json_is_true(json_object_get(out, "redis_stored")));
    ck_assert(json_is_false(json_object_get(out, "postgres_stored")));
    cid = jstr(out, "cid");
    ck_assert_msg(looks_uuidv7(cid), "generated cid %s does not look like a UUIDv7", cid);
    ck_assert_int_gt(json_integer_value(json_object_get(out, "token_count")), 0);

    ck_assert_int_eq(th_llen("pending"), 1);
    ck_assert_int_eq(th_llen("ctx:conv-1"), 1);
    pending = lindex("pending", 0);
    inctx = lindex("ctx:conv-1", 0);
    ck_assert_str_eq(pending, inctx); /* the same record in both lists */
    rec = th_json(pending);
    ck_assert_int_eq(json_integer_value(json_object_get(rec, "v")), 1);
    ck_assert_str_eq(jstr(rec, "cid"), cid);
    ck_assert_str_eq(jstr(rec, "conversation_id"), "conv-1");
    ck_assert_str_eq(jstr(rec, "user_id"), "user-1");
    ck_assert_str_eq(jstr(rec, "user_message"), "What is the capital of France?");
    ck_assert_str_eq(jstr(rec, "assistant_message"), "Paris, since the 10th century.");
    ck_assert_int_eq(json_integer_value(json_object_get(rec, "token_count")),
                     json_integer_value(json_object_get(out, "token_count")));
    ck_assert_msg(strlen(jstr(rec, "created_at")) >= 20 && strchr(jstr(rec, "created_at"), 'T') &&
                      jstr(rec, "created_at")[strlen(jstr(rec, "created_at")) - 1] == 'Z',
                  "created_at %s is not RFC 3339 UTC", jstr(rec, "created_at"));
    ctx = json_object_get(rec, "metadata");
    ck_assert_str_eq(jstr(ctx, "lang"), "en");
    ck_assert_int_eq(json_integer_value(json_object_get(ctx, "n")), 2);
    ck_assert(json_object_get(rec, "reflection") == NULL);
    /* the queue never expires; the context list does */
    ck_assert_int_eq(ttl("pending"), -1);
    ck_assert_int_gt(ttl("ctx:conv-1"), 0);
    ck_assert_int_le(ttl("ctx:conv-1"), 172800);
    json_decref(rec);
    json_decref(out);
    free(pending);
    free(inctx);
    th_run_free(&r);
}
END_TEST

START_TEST(push_given_fields_are_kept)
{
    th_run r;
    json_t *rec, *refl;
    char *pending;

    th_memflush(&r, NULL, NULL, "push", "--conversation-id", "conv-2", "--user-id", "u", "--user-message", "",
                "--assistant-message", "ok", "--cid", "my-cid-1", "--token-count", "7", "--created-at",
                "2025-01-02 03:04:05.123456+02:00", "--reflection", "{\"summary\":\"short\",\"confidence\":0.5}",
                NULL);
    ck_assert_msg(r.status == 0, "push exited %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.out, "\"cid\":\"my-cid-1\"") && strstr(r.out, "\"token_count\":7"), "%s", r.out);
    pending = lindex("pending", 0);
    rec = th_json(pending);
    ck_assert_str_eq(jstr(rec, "cid"), "my-cid-1");
    ck_assert_str_eq(jstr(rec, "user_message"), "");
    ck_assert_int_eq(json_integer_value(json_object_get(rec, "token_count")), 7);
    ck_assert_str_eq(jstr(rec, "created_at"), "2025-01-02T03:04:05.123456+02:00");
    refl = json_object_get(rec, "reflection");
    ck_assert_str_eq(jstr(refl, "summary"), "short");
    json_decref(rec);
    free(pending);
    th_run_free(&r);
}
END_TEST

START_TEST(push_rejects_bad_flags)
{
    th_run r;

    /* metadata must be an object: usage error, nothing stored */
    th_memflush(&r, NULL, NULL, "push", "--conversation-id", "c", "--user-id", "u", "--user-message", "a",
                "--assistant-message", "b", "--metadata", "[1,2]", NULL);
    ck_assert_int_eq(r.status, 2);
    ck_assert_msg(strstr(r.err, "metadata") != NULL, "%s", r.err);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "push", "--conversation-id", "c", "--user-id", "u", "--user-message", "a",
                "--assistant-message", "b", "--created-at", "yesterday", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "push", "--conversation-id", "c", "--user-id", "u", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 0);
    ck_assert_int_eq(th_llen("ctx:c"), 0);
}
END_TEST

START_TEST(push_jsonl_with_bad_lines)
{
    char big[600], *content, *path, *first, *last;
    th_run r;
    json_t *sum, *rec;

    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    ck_assert(asprintf(&content,
                       "{\"cid\":\"a1\",\"conversation_id\":\"cj\",\"user_id\":\"u\",\"user_message\":\"m1\",\"assistant_message\":\"r1\"}\n"
                       "this is not json\n"
                       "\n"
                       "{\"cid\":\"a2\",\"conversation_id\":\"cj\",\"user_id\":\"u\",\"user_message\":\"m2\",\"assistant_message\":\"r2\",\"token_count\":3}\n"
                       "{\"cid\":\"a3\",\"conversation_id\":\"cj\",\"user_message\":\"m3\",\"assistant_message\":\"r3\"}\n"
                       "{\"cid\":\"a4\",\"conversation_id\":\"cj\",\"user_id\":\"u\",\"user_message\":\"%s\",\"assistant_message\":\"r4\"}\n"
                       "   \n"
                       "{\"conversation_id\":\"cj\",\"user_id\":\"u\",\"user_message\":\"m5\",\"assistant_message\":\"r5\"}", /* no final newline */
                       big) > 0);
    path = write_tmp(content);
    th_memflush(&r, NULL, NULL, "push", "--jsonl", path, "--max-record-bytes", "400", NULL);
    ck_assert_msg(r.status == 2, "push --jsonl with bad lines exited %d, want 2: %s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "line 2:") != NULL, "no message for line 2: %s", r.err);
    ck_assert_msg(strstr(r.err, "line 5:") != NULL && strstr(r.err, "user_id") != NULL, "line 5: %s", r.err);
    ck_assert_msg(strstr(r.err, "line 6:") != NULL && strstr(r.err, "max-record-bytes") != NULL, "line 6: %s", r.err);
    ck_assert_msg(strstr(r.err, "line 1:") == NULL && strstr(r.err, "line 3:") == NULL &&
                      strstr(r.err, "line 4:") == NULL && strstr(r.err, "line 7:") == NULL &&
                      strstr(r.err, "line 8:") == NULL,
                  "a good or empty line was reported: %s", r.err);
    sum = th_json(r.out);
    ck_assert_int_eq(json_integer_value(json_object_get(sum, "pushed")), 3);
    ck_assert_int_eq(json_integer_value(json_object_get(sum, "bad_lines")), 3);
    ck_assert_int_eq(json_integer_value(json_object_get(sum, "lines")), 8);
    json_decref(sum);
    /* the good ones, in file order */
    ck_assert_int_eq(th_llen("pending"), 3);
    first = lindex("pending", 0);
    rec = th_json(first);
    ck_assert_str_eq(jstr(rec, "cid"), "a1");
    ck_assert_int_gt(json_integer_value(json_object_get(rec, "token_count")), 0);
    json_decref(rec);
    free(first);
    first = lindex("pending", 1);
    rec = th_json(first);
    ck_assert_str_eq(jstr(rec, "cid"), "a2");
    ck_assert_int_eq(json_integer_value(json_object_get(rec, "token_count")), 3);
    json_decref(rec);
    last = lindex("pending", 2);
    rec = th_json(last);
    ck_assert(looks_uuidv7(jstr(rec, "cid")));
    ck_assert_str_eq(jstr(rec, "user_message"), "m5");
    json_decref(rec);
    ck_assert_int_eq(th_llen("ctx:cj"), 3);
    free(first);
    free(last);
    unlink(path);
    free(path);
    free(content);
    th_run_free(&r);
}
END_TEST

START_TEST(push_jsonl_stdin_many_chunks)
{
    const int n = 2500;
    size_t cap = (size_t)n * 160, len = 0;
    char *in = malloc(cap), *first, *last;
    th_run r;
    json_t *sum, *rec;
    int i;

    ck_assert(in != NULL);
    for (i = 0; i < n; i++)
        len += (size_t)snprintf(in + len, cap - len,
                                "{\"cid\":\"bulk-%05d\",\"conversation_id\":\"conv-%d\",\"user_id\":\"u\","
                                "\"user_message\":\"q%d\",\"assistant_message\":\"a\"}\n",
                                i, i % 7, i);
    th_memflush(&r, in, NULL, "push", "--jsonl", "-", "--chunk", "100", "--context-max", "5", NULL);
    ck_assert_msg(r.status == 0, "push --jsonl - exited %d: %s", r.status, r.err);
    sum = th_json(r.out);
    ck_assert_int_eq(json_integer_value(json_object_get(sum, "pushed")), n);
    ck_assert_int_eq(json_integer_value(json_object_get(sum, "bad_lines")), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(sum, "lines")), n);
    json_decref(sum);
    ck_assert_int_eq(th_llen("pending"), n);
    first = lindex("pending", 0);
    last = lindex("pending", n - 1);
    rec = th_json(first);
    ck_assert_str_eq(jstr(rec, "cid"), "bulk-00000");
    json_decref(rec);
    rec = th_json(last);
    ck_assert_str_eq(jstr(rec, "cid"), "bulk-02499");
    json_decref(rec);
    /* each context list trimmed to 5, newest first */
    ck_assert_int_eq(th_llen("ctx:conv-0"), 5);
    free(first);
    first = lindex("ctx:conv-0", 0);
    rec = th_json(first);
    ck_assert_str_eq(jstr(rec, "cid"), "bulk-02499"); /* the last i with i % 7 == 0 */
    json_decref(rec);
    free(first);
    free(last);
    free(in);
    th_run_free(&r);
}
END_TEST

START_TEST(context_list_trimmed_and_expiring)
{
    th_run r;
    char cid[16], *e;
    json_t *rec;
    int i;

    for (i = 1; i <= 5; i++) {
        snprintf(cid, sizeof(cid), "t%d", i);
        th_memflush(&r, NULL, NULL, "push", "--conversation-id", "trim", "--user-id", "u", "--user-message", "q",
                    "--assistant-message", "a", "--cid", cid, "--context-max", "3", "--ttl-seconds", "7", NULL);
        ck_assert_msg(r.status == 0, "push %d exited %d: %s", i, r.status, r.err);
        th_run_free(&r);
    }
    ck_assert_int_eq(th_llen("pending"), 5); /* the queue is never trimmed */
    ck_assert_int_eq(th_llen("ctx:trim"), 3);
    for (i = 0; i < 3; i++) { /* newest first: t5 t4 t3 */
        e = lindex("ctx:trim", i);
        rec = th_json(e);
        snprintf(cid, sizeof(cid), "t%d", 5 - i);
        ck_assert_str_eq(jstr(rec, "cid"), cid);
        json_decref(rec);
        free(e);
    }
    ck_assert_int_gt(ttl("ctx:trim"), 0);
    ck_assert_int_le(ttl("ctx:trim"), 7);
    ck_assert_int_eq(ttl("pending"), -1);
}
END_TEST

START_TEST(foreign_key_type_leaves_both_lists_untouched)
{
    char *k = th_key("ctx:wrong");
    th_run r;

    th_redis_cmd(R, "SET %s %s", k, "not a list");
    th_memflush(&r, NULL, NULL, "push", "--conversation-id", "wrong", "--user-id", "u", "--user-message", "q",
                "--assistant-message", "a", NULL);
    ck_assert_msg(r.status == 2, "push onto a foreign key exited %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "WRONGTYPE") != NULL, "%s", r.err);
    /* the script checks before writing: the turn is not half-saved */
    ck_assert_int_eq(th_llen("pending"), 0);
    th_run_free(&r);
    free(k);
}
END_TEST

/* A foreign {P}:pending: save.lua pushes the context list first and pops the
 * turn back off when the pending push fails, so an existing context list keeps
 * its entries and TTL and a missing one stays missing. */
START_TEST(foreign_pending_leaves_context_lists_as_they_were)
{
    char *kp = th_key("pending"), *kc = th_key("ctx:had");
    th_run r;
    int i;

    th_redis_cmd(R, "SET %s %s", kp, "not a list");
    th_redis_cmd(R, "RPUSH %s older newer", kc);
    th_redis_cmd(R, "EXPIRE %s 1000", kc);
    for (i = 0; i < 2; i++) {
        th_memflush(&r, NULL, NULL, "push", "--conversation-id", i ? "had" : "none", "--user-id", "u",
                    "--user-message", "q", "--assistant-message", "a", NULL);
        ck_assert_msg(r.status == 2, "push with a foreign pending key exited %d: %s", r.status, r.err);
        ck_assert_msg(strstr(r.err, "WRONGTYPE") != NULL && strstr(r.err, "pending") != NULL, "%s", r.err);
        th_run_free(&r);
    }
    free(kp);
    kp = th_key("ctx:none");
    ck_assert_int_eq(th_redis_int(R, "EXISTS %s", kp), 0);
    ck_assert_int_eq(th_llen("ctx:had"), 2);
    for (i = 0; i < 2; i++) {
        char *e = lindex("ctx:had", i);
        ck_assert_str_eq(e, i ? "newer" : "older");
        free(e);
    }
    ck_assert_int_gt(ttl("ctx:had"), 900);
    free(kp);
    free(kc);
}
END_TEST

START_TEST(write_through_then_flush_one_row)
{
    th_run r;
    json_t *out;
    char cid0[] = "wt-1", *cids[1] = {cid0};
    size_t in_table, in_dead;
    PGresult *res;

    th_memflush(&r, NULL, NULL, "push", "--write-through", "--conversation-id", "cw", "--user-id", "uw",
                "--user-message", "hello", "--assistant-message", "world", "--cid", "wt-1", "--token-count", "5",
                "--created-at", "2025-03-04T05:06:07.654321Z", "--metadata", "{\"a\":[1,2]}", NULL);
    ck_assert_msg(r.status == 0, "push --write-through exited %d: %s", r.status, r.err);
    out = th_json(r.out);
    ck_assert(json_is_true(json_object_get(out, "redis_stored")));
    ck_assert_msg(json_is_true(json_object_get(out, "postgres_stored")), "%s / %s", r.out, r.err);
    json_decref(out);
    th_run_free(&r);
    /* in the table at once, with every field */
    res = PQexec(PG, "SELECT conversation_id, user_id, user_message, assistant_message, token_count, "
                     "reflection IS NULL, metadata = '{\"a\":[1,2]}'::jsonb, "
                     "created_at = '2025-03-04T05:06:07.654321Z'::timestamptz FROM public.chat_memories WHERE cid = 'wt-1'");
    ck_assert_msg(PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1, "%s", PQerrorMessage(PG));
    ck_assert_str_eq(PQgetvalue(res, 0, 0), "cw");
    ck_assert_str_eq(PQgetvalue(res, 0, 1), "uw");
    ck_assert_str_eq(PQgetvalue(res, 0, 2), "hello");
    ck_assert_str_eq(PQgetvalue(res, 0, 3), "world");
    ck_assert_str_eq(PQgetvalue(res, 0, 4), "5");
    ck_assert_str_eq(PQgetvalue(res, 0, 5), "t");
    ck_assert_str_eq(PQgetvalue(res, 0, 6), "t");
    ck_assert_str_eq(PQgetvalue(res, 0, 7), "t");
    PQclear(res);
    /* and still queued */
    ck_assert_int_eq(th_llen("pending"), 1);
    /* the flush of the queued copy does not duplicate it */
    th_memflush(&r, NULL, NULL, "flush", NULL);
    ck_assert_msg(r.status == 0, "flush exited %d: %s", r.status, r.err);
    th_run_free(&r);
    ck_assert_int_eq(th_pg_int(PG, "SELECT count(*) FROM public.chat_memories WHERE cid = 'wt-1'"), 1);
    ck_assert_int_eq(th_llen("pending"), 0);
    th_check_invariant(R, PG, cids, 1, &in_table, &in_dead);
    ck_assert_int_eq(in_table, 1);
}
END_TEST

START_TEST(write_through_with_postgres_down_still_queues)
{
    static const char *const env[] = {"DATABASE_URL=postgresql://postgres:pgsecret@127.0.0.1:1/nowhere", NULL};
    th_run r;
    json_t *out;

    th_memflush(&r, NULL, env, "push", "--write-through", "--conversation-id", "cd", "--user-id", "u",
                "--user-message", "q", "--assistant-message", "a", "--cid", "wt-down", NULL);
    ck_assert_msg(r.status == 0, "push --write-through with PostgreSQL down exited %d: %s", r.status, r.err);
    out = th_json(r.out);
    ck_assert(json_is_true(json_object_get(out, "redis_stored")));
    ck_assert(json_is_false(json_object_get(out, "postgres_stored")));
    json_decref(out);
    ck_assert_msg(strstr(r.err, "warning") != NULL, "no warning: %s", r.err);
    ck_assert_msg(strstr(r.err, "pgsecret") == NULL, "password leaked: %s", r.err);
    ck_assert_int_eq(th_llen("pending"), 1);
    th_run_free(&r);
}
END_TEST

/* The least-privilege login role of migrations/0002 can write through (RLS applies to it). */
START_TEST(write_through_as_least_privilege_role)
{
    const char *w = getenv("MF_WRITER_URL");
    char env0[1024];
    const char *env[2] = {env0, NULL};
    th_run r;

    ck_assert_msg(w != NULL, "MF_WRITER_URL is not set by the rig");
    snprintf(env0, sizeof(env0), "DATABASE_URL=%s", w);
    th_memflush(&r, NULL, env, "push", "--write-through", "--conversation-id", "cl", "--user-id", "u",
                "--user-message", "q", "--assistant-message", "a", "--cid", "wt-writer", NULL);
    ck_assert_msg(r.status == 0, "push exited %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.out, "\"postgres_stored\":true") != NULL, "%s / %s", r.out, r.err);
    th_run_free(&r);
    /* the same cid again: ON CONFLICT DO NOTHING, still stored, still one row */
    th_memflush(&r, NULL, env, "push", "--write-through", "--conversation-id", "cl", "--user-id", "u",
                "--user-message", "q", "--assistant-message", "a", "--cid", "wt-writer", NULL);
    ck_assert_msg(r.status == 0 && strstr(r.out, "\"postgres_stored\":true") != NULL, "%s / %s", r.out, r.err);
    th_run_free(&r);
    ck_assert_int_eq(th_pg_int(PG, "SELECT count(*) FROM public.chat_memories WHERE cid = 'wt-writer'"), 1);
    ck_assert_int_eq(th_llen("pending"), 2);
    /* and read context back as that role, from PostgreSQL alone */
    th_redis_cmd(R, "DEL {%s}:ctx:cl", th_prefix());
    th_memflush(&r, NULL, env, "context", "--conversation-id", "cl", NULL);
    ck_assert_msg(r.status == 0 && strstr(r.out, "\"cid\":\"wt-writer\"") != NULL, "%s / %s", r.out, r.err);
    ck_assert_msg(strstr(r.err, "s3cret") == NULL, "password leaked: %s", r.err);
    th_run_free(&r);
}
END_TEST

START_TEST(password_never_in_push_errors)
{
    static const char *const env[] = {"REDIS_URL=redis://alice:Sup3rS3cretPw@127.0.0.1:1/0", NULL};
    static const char *const env2[] = {"REDIS_URL=redis://:Sup3rS3cretPw@127.0.0.1:1/0", NULL};
    th_run r;

    th_memflush(&r, NULL, env, "push", "--conversation-id", "c", "--user-id", "u", "--user-message", "q",
                "--assistant-message", "a", NULL);
    ck_assert_msg(r.status == 3, "push with Redis down exited %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "Sup3rS3cretPw") == NULL, "password leaked: %s", r.err);
    ck_assert_msg(strstr(r.err, "127.0.0.1") != NULL, "the error should name the server: %s", r.err);
    th_run_free(&r);
    th_memflush(&r, "{\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"\",\"assistant_message\":\"\"}\n",
                env2, "push", "--jsonl", "-", NULL);
    ck_assert_msg(r.status == 3, "push --jsonl with Redis down exited %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.err, "Sup3rS3cretPw") == NULL && strstr(r.out, "Sup3rS3cretPw") == NULL,
                  "password leaked: %s", r.err);
    th_run_free(&r);
}
END_TEST

/* The library: mf_save_json completes a record; the saver pipelines and
 * survives a SCRIPT FLUSH (NOSCRIPT) mid-stream. */
START_TEST(library_save_json_and_saver)
{
    mf_handle *h = th_open(NULL, NULL);
    mf_error err = {0};
    mf_save_result res;
    mf_saver *s;
    char rec[256], *e;
    json_t *j;
    int i;
    static const char ok[] = "{\"conversation_id\":\"lib\",\"user_id\":\"u\",\"user_message\":\"hi\",\"assistant_message\":\"yo\"}";

    ck_assert_msg(mf_save_json(h, ok, strlen(ok), 0, &res, &err) == 0, "%s", err.msg);
    ck_assert(res.redis_stored && !res.postgres_stored);
    ck_assert(looks_uuidv7(res.cid));
    ck_assert_int_gt(res.token_count, 0);
    ck_assert_int_eq(mf_save_json(h, "{\"cid\":1}", 9, 0, &res, &err), -1);
    ck_assert_int_eq(err.code, MF_EINVALID);
    ck_assert_int_eq(res.redis_stored, 0);
    ck_assert_int_eq(th_llen("pending"), 1);

    s = mf_saver_new(h, 4, &err);
    ck_assert_msg(s != NULL, "%s", err.msg);
    for (i = 0; i < 30; i++) {
        memset(&err, 0, sizeof(err));
        if (i == 10) /* as after a Redis restart: every queued EVALSHA gets NOSCRIPT */
            th_redis_cmd(R, "SCRIPT FLUSH");
        snprintf(rec, sizeof(rec),
                 "{\"cid\":\"s%02d\",\"conversation_id\":\"lib\",\"user_id\":\"u\",\"user_message\":\"m\",\"assistant_message\":\"a\"}", i);
        ck_assert_msg(mf_saver_add(s, rec, strlen(rec), &err) == 0, "record %d: %s", i, err.msg);
        if (i == 17) { /* an invalid one in between is refused, the saver goes on */
            memset(&err, 0, sizeof(err));
            ck_assert_int_eq(mf_saver_add(s, "[]", 2, &err), -1);
            ck_assert_int_eq(err.code, MF_EINVALID);
        }
    }
    memset(&err, 0, sizeof(err));
    ck_assert_msg(mf_saver_flush(s, &err) == 0, "%s", err.msg);
    ck_assert_int_eq(mf_saver_stored(s), 30);
    mf_saver_free(s);
    ck_assert_int_eq(th_llen("pending"), 31);
    for (i = 0; i < 30; i++) { /* in order, each once */
        char want[16];
        e = lindex("pending", i + 1);
        j = th_json(e);
        snprintf(want, sizeof(want), "s%02d", i);
        ck_assert_str_eq(jstr(j, "cid"), want);
        json_decref(j);
        free(e);
    }
    mf_close(h);
}
END_TEST

/* Redis restarted between two saves of one handle: the second save finds the
 * connection closed before sending, connects again and is stored (a save
 * Redis clearly did not run is retried, docs/contract.md §6). Before: the
 * save went into the dead socket, lost its reply and failed. */
START_TEST(save_after_redis_restart_reconnects)
{
    mf_handle *h = th_open(NULL, NULL);
    mf_error err = {0};
    mf_save_result res;
    redisContext *r2;
    char *k = th_key("pending");
    static const char one[] = "{\"cid\":\"rr-1\",\"conversation_id\":\"rr\",\"user_id\":\"u\",\"user_message\":\"a\","
                              "\"assistant_message\":\"b\"}";
    static const char two[] = "{\"cid\":\"rr-2\",\"conversation_id\":\"rr\",\"user_id\":\"u\",\"user_message\":\"c\","
                              "\"assistant_message\":\"d\"}";

    ck_assert_msg(mf_save_json(h, one, strlen(one), 0, &res, &err) == 0, "%s", err.msg);
    th_rig("stop-redis");
    th_rig("start-redis");
    ck_assert_msg(mf_save_json(h, two, strlen(two), 0, &res, &err) == 0,
                  "the save after a restart of Redis failed: %s", err.msg);
    r2 = th_redis();
    ck_assert_int_eq(th_redis_int(r2, "LLEN %s", k), 2);
    redisFree(r2);
    free(k);
    mf_close(h);
}
END_TEST

/* The user index entry (forget's, docs/forget.md) is written by the first save
 * of a conversation on a handle each day; later saves skip the ZADD (the index
 * key deleted behind the handle's back stays deleted: what the memo assumes
 * nobody does). After the handle's connection is lost, the next save adds the
 * entry again: a new connection may reach a server that lost it. */
START_TEST(index_entry_once_then_again_after_reconnect)
{
    mf_handle *h = th_open(NULL, NULL);
    mf_error err = {0};
    mf_save_result res;
    redisContext *r2 = th_redis();
    char suffix[64], *ix;
    static const char rec[] = "{\"conversation_id\":\"ix\",\"user_id\":\"u\",\"user_message\":\"a\","
                              "\"assistant_message\":\"b\"}";

    snprintf(suffix, sizeof(suffix), "uidx:%lld", (long long)time(NULL) / 86400);
    ix = th_key(suffix);
    ck_assert_msg(mf_save_json(h, rec, strlen(rec), 0, &res, &err) == 0, "%s", err.msg);
    ck_assert_int_eq(th_redis_int(r2, "ZCARD %s", ix), 1);
    ck_assert_int_gt(th_redis_int(r2, "TTL %s", ix), 0);
    th_redis_int(r2, "DEL %s", ix);
    ck_assert_msg(mf_save_json(h, rec, strlen(rec), 0, &res, &err) == 0, "%s", err.msg);
    ck_assert_msg(th_redis_int(r2, "EXISTS %s", ix) == 0, "the second save of the day wrote the index again");
    /* the handle's connection lost: the save reconnects and adds the entry */
    ck_assert_int_ge(th_redis_int(r2, "CLIENT KILL TYPE normal SKIPME yes"), 1);
    ck_assert_msg(mf_save_json(h, rec, strlen(rec), 0, &res, &err) == 0, "%s", err.msg);
    ck_assert_msg(th_redis_int(r2, "ZCARD %s", ix) == 1, "after a reconnect the save did not add the index entry");
    ck_assert_int_gt(th_redis_int(r2, "TTL %s", ix), 0);
    free(ix);
    ix = th_key("ctx:ix");
    ck_assert_int_eq(th_redis_int(r2, "LLEN %s", ix), 3);
    free(ix);
    redisFree(r2);
    mf_close(h);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("save");
    TCase *tc = tcase_create("save");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, push_from_flags);
    tcase_add_test(tc, push_given_fields_are_kept);
    tcase_add_test(tc, push_rejects_bad_flags);
    tcase_add_test(tc, push_jsonl_with_bad_lines);
    tcase_add_test(tc, push_jsonl_stdin_many_chunks);
    tcase_add_test(tc, context_list_trimmed_and_expiring);
    tcase_add_test(tc, foreign_key_type_leaves_both_lists_untouched);
    tcase_add_test(tc, foreign_pending_leaves_context_lists_as_they_were);
    tcase_add_test(tc, write_through_then_flush_one_row);
    tcase_add_test(tc, write_through_with_postgres_down_still_queues);
    tcase_add_test(tc, write_through_as_least_privilege_role);
    tcase_add_test(tc, password_never_in_push_errors);
    tcase_add_test(tc, library_save_json_and_saver);
    tcase_add_test(tc, save_after_redis_restart_reconnects);
    tcase_add_test(tc, index_entry_once_then_again_after_reconnect);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
