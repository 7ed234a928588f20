/* test_ops.c - the operations commands against real servers (tests/rig.sh):
 * stats (JSON and Prometheus, numbers matching what the test put in Redis),
 * dlq list/replay/purge, check (good setup, evicting Redis without
 * persistence, unmigrated and half-migrated databases, a role without
 * privileges, the least-privilege writer), node_exporter metrics files, and
 * that no password reaches any output. */
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
#include "th.h"

/* ------------------------------------------------------------ helpers */

static void rpush_bin(const char *suffix, const char *v, size_t n)
{
    char *k = th_key(suffix);
    th_redis_int(R, "RPUSH %s %b", k, v, n);
    free(k);
}

static void rpush(const char *suffix, const char *v)
{
    rpush_bin(suffix, v, strlen(v));
}

/* Element i of a list as a malloc'd buffer and its length. */
static char *lindex(const char *suffix, long i, size_t *len)
{
    char *k = th_key(suffix), *out = NULL;
    redisReply *r = redisCommand(R, "LINDEX %s %ld", k, i);
    ck_assert(r != NULL);
    if (r->type == REDIS_REPLY_STRING) {
        out = malloc(r->len + 1);
        memcpy(out, r->str, r->len);
        out[r->len] = '\0';
        if (len)
            *len = r->len;
    }
    freeReplyObject(r);
    free(k);
    return out;
}

static double now_s(void)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + tv.tv_usec / 1e6;
}

static void assert_absent(const th_run *r, const char *secret)
{
    ck_assert_msg(strstr(r->out, secret) == NULL, "secret %s on stdout: %s", secret, r->out);
    ck_assert_msg(strstr(r->err, secret) == NULL, "secret %s on stderr: %s", secret, r->err);
}

/* The line of out that starts with prefix, or NULL. */
static const char *line_with(const char *out, const char *prefix)
{
    const char *p = out;
    while (p && *p) {
        if (strncmp(p, prefix, strlen(prefix)) == 0)
            return p;
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return NULL;
}

/* Does some line of out start with sev and contain word? */
static int finding(const char *out, const char *sev, const char *word)
{
    const char *p = out;
    while (p && *p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char *line = strndup(p, n);
        int hit = strncmp(line, sev, strlen(sev)) == 0 && strstr(line, word) != NULL;
        free(line);
        if (hit)
            return 1;
        p = e ? e + 1 : NULL;
    }
    return 0;
}

/* ---------------------------------------------- Prometheus text validator */

static int valid_name(const char *s, size_t n)
{
    size_t i;
    if (n == 0)
        return 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        int ok = isalpha((unsigned char)c) || c == '_' || c == ':' || (i > 0 && isdigit((unsigned char)c));
        if (!ok)
            return 0;
    }
    return 1;
}

static int valid_value(const char *s)
{
    char *end;
    if (strcmp(s, "NaN") == 0 || strcmp(s, "+Inf") == 0 || strcmp(s, "-Inf") == 0)
        return 1;
    strtod(s, &end);
    return end != s && *end == '\0';
}

/* Validate text exposition format; returns NULL or a malloc'd reason.
 * Every sample's metric must have had a TYPE line, HELP/TYPE at most once. */
static char *prom_validate(const char *text)
{
    char typed[64][128];
    size_t ntyped = 0, i;
    const char *p = text;
    char *why = NULL;

    if (text[0] != '\0' && text[strlen(text) - 1] != '\n')
        return strdup("does not end with a newline");
    while (*p) {
        const char *e = strchr(p, '\n');
        char *line = strndup(p, (size_t)(e - p));
        p = e + 1;
        if (line[0] == '\0') {
            free(line);
            continue;
        }
        if (strncmp(line, "# HELP ", 7) == 0 || strncmp(line, "# TYPE ", 7) == 0) {
            const char *name = line + 7;
            size_t n = strcspn(name, " ");
            if (!valid_name(name, n) || name[n] != ' ') {
                asprintf(&why, "bad metric name in: %s", line);
                free(line);
                return why;
            }
            if (line[2] == 'T') {
                const char *t = name + n + 1;
                if (strcmp(t, "gauge") && strcmp(t, "counter") && strcmp(t, "untyped") &&
                    strcmp(t, "histogram") && strcmp(t, "summary")) {
                    asprintf(&why, "bad type in: %s", line);
                    free(line);
                    return why;
                }
                for (i = 0; i < ntyped; i++)
                    if (strlen(typed[i]) == n && strncmp(typed[i], name, n) == 0) {
                        asprintf(&why, "TYPE twice: %s", line);
                        free(line);
                        return why;
                    }
                ck_assert(ntyped < 64 && n < 128);
                snprintf(typed[ntyped++], 128, "%.*s", (int)n, name);
            }
        } else if (line[0] == '#') {
            /* a comment */
        } else {
            size_t n = strcspn(line, "{ ");
            const char *q = line + n;
            int known = 0;
            if (!valid_name(line, n)) {
                asprintf(&why, "bad sample name in: %s", line);
                free(line);
                return why;
            }
            for (i = 0; i < ntyped; i++)
                if (strlen(typed[i]) == n && strncmp(typed[i], line, n) == 0)
                    known = 1;
            if (!known) {
                asprintf(&why, "sample without TYPE: %s", line);
                free(line);
                return why;
            }
            if (*q == '{') {
                q++;
                while (*q != '}') {
                    size_t ln = strcspn(q, "=");
                    if (!valid_name(q, ln) || q[ln] != '=' || q[ln + 1] != '"')
                        goto bad_labels;
                    q += ln + 2;
                    while (*q && *q != '"') {
                        if (*q == '\\') {
                            if (q[1] != '\\' && q[1] != '"' && q[1] != 'n')
                                goto bad_labels;
                            q++;
                        }
                        q++;
                    }
                    if (*q != '"')
                        goto bad_labels;
                    q++;
                    if (*q == ',')
                        q++;
                    else if (*q != '}')
                        goto bad_labels;
                }
                q++;
            }
            if (*q != ' ')
                goto bad_labels;
            q++;
            {
                char val[64];
                size_t vn = strcspn(q, " ");
                snprintf(val, sizeof(val), "%.*s", (int)vn, q);
                if (vn == 0 || vn >= sizeof(val) || !valid_value(val)) {
                    asprintf(&why, "bad value in: %s", line);
                    free(line);
                    return why;
                }
                if (q[vn] == ' ') { /* an optional integer timestamp */
                    const char *ts = q + vn + 1;
                    if (*ts == '\0' || strspn(ts, "-0123456789") != strlen(ts)) {
                        asprintf(&why, "bad timestamp in: %s", line);
                        free(line);
                        return why;
                    }
                }
            }
        }
        free(line);
        continue;
    bad_labels:
        asprintf(&why, "bad labels in: %s", line);
        free(line);
        return why;
    }
    return NULL;
}

/* The value of the sample "name{...}" or "name" in text; NAN when absent. */
static double prom_value(const char *text, const char *name)
{
    const char *p = text;
    size_t n = strlen(name);
    while (p && *p) {
        if (strncmp(p, name, n) == 0 && (p[n] == ' ' || p[n] == '{')) {
            const char *e = strchr(p, '\n');
            const char *sp = p;
            while (sp < e && *sp != ' ')
                sp++;
            if (p[n] == '{')
                sp = strchr(p, '}') + 1;
            return strtod(sp + 1, NULL);
        }
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return NAN;
}

START_TEST(prom_validator_rejects_bad_text)
{
    char *w;
    /* the validator itself must fail on broken input, or it proves nothing */
    ck_assert_ptr_ne((w = prom_validate("memflush_x 1\n")), NULL); /* no TYPE */
    free(w);
    ck_assert_ptr_ne((w = prom_validate("# TYPE 1bad gauge\n")), NULL);
    free(w);
    ck_assert_ptr_ne((w = prom_validate("# TYPE a gauge\na{q=\"x} 1\n")), NULL);
    free(w);
    ck_assert_ptr_ne((w = prom_validate("# TYPE a gauge\na one\n")), NULL);
    free(w);
    ck_assert_ptr_ne((w = prom_validate("# TYPE a gauge\n# TYPE a gauge\n")), NULL);
    free(w);
    ck_assert_ptr_eq(prom_validate("# HELP a x y\n# TYPE a gauge\na{q=\"x\\\"y\",r=\"\"} 1.5e3\n"), NULL);
}
END_TEST

/* ------------------------------------------------------------------ stats */

/* created_at 2020-01-01T00:00:00Z = 1577836800 */
static const char *OLD_REC =
    "{\"cid\":\"s1\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"a\","
    "\"assistant_message\":\"b\",\"created_at\":\"2020-01-01T00:00:00Z\"}";

START_TEST(stats_counts_match_redis)
{
    char *kl = th_key("leases"), *k1 = th_key("inflight:flusher-a"), *k2 = th_key("inflight:flusher-b"),
         *k3 = th_key("inflight:orphan-x");
    th_run r;
    json_t *j;
    double expect, age;
    const char *keys[] = {"status", "pending_queue_length", "in_flight", "dead_letter_length",
                          "oldest_pending_age_seconds", "ttl_seconds"};
    const char *key;
    json_t *v;
    size_t i = 0;

    rpush("pending", OLD_REC);
    rpush("pending", "{\"cid\":\"s2\"}");
    rpush("pending", "not json at all");
    rpush("dead", "{\"record\":\"x\",\"error\":\"e\",\"sqlstate\":null,\"failed_at\":\"2025-01-01T00:00:00Z\"}");
    rpush("dead", "{\"record\":\"y\",\"error\":\"e\",\"sqlstate\":null,\"failed_at\":\"2025-01-01T00:00:00Z\"}");
    /* flusher-a holds a live lease on 4 records, flusher-b an expired one on 2,
     * and an in-flight list without a lease holds 1 */
    th_redis_int(R, "RPUSH %s r1 r2 r3 r4", k1);
    th_redis_int(R, "RPUSH %s r5 r6", k2);
    th_redis_int(R, "RPUSH %s r7", k3);
    th_redis_int(R, "ZADD %s %lld flusher-a", kl, (long long)(now_s() * 1000) + 3600000LL);
    th_redis_int(R, "ZADD %s 1000 flusher-b", kl);

    th_memflush(&r, NULL, NULL, "stats", NULL);
    ck_assert_msg(r.status == 0, "stats exit %d: %s", r.status, r.err);
    expect = now_s() - 1577836800.0;
    j = th_json(r.out);
    /* the contract's keys come first, in order */
    json_object_foreach(j, key, v) {
        if (i < 6)
            ck_assert_str_eq(key, keys[i]);
        i++;
    }
    ck_assert_str_eq(json_string_value(json_object_get(j, "status")), "active");
    ck_assert_int_eq(json_integer_value(json_object_get(j, "pending_queue_length")), 3);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "in_flight")), 7);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "dead_letter_length")), 2);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "ttl_seconds")), 172800);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "leases")), 2);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "expired_leases")), 1);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "orphan_in_flight")), 1);
    age = json_number_value(json_object_get(j, "oldest_pending_age_seconds"));
    /* the test and the command read the same clock within the same minute */
    ck_assert_msg(fabs(age - expect) < 60, "age %f, expected about %f", age, expect);
    json_decref(j);
    th_run_free(&r);

    /* MEMORY_REDIS_TTL_SECONDS is honoured, and the prometheus form has the same numbers */
    {
        const char *env[] = {"MEMORY_REDIS_TTL_SECONDS=3600", NULL};
        char *why;
        th_memflush(&r, NULL, env, "stats", "--format", "prometheus", NULL);
        ck_assert_msg(r.status == 0, "stats --format prometheus exit %d: %s", r.status, r.err);
        why = prom_validate(r.out);
        ck_assert_msg(why == NULL, "invalid prometheus text (%s):\n%s", why, r.out);
        ck_assert(strstr(r.out, "# HELP memflush_pending_queue_length ") != NULL);
        ck_assert(strstr(r.out, "# TYPE memflush_pending_queue_length gauge") != NULL);
        ck_assert_double_eq(prom_value(r.out, "memflush_pending_queue_length"), 3);
        ck_assert_double_eq(prom_value(r.out, "memflush_in_flight"), 7);
        ck_assert_double_eq(prom_value(r.out, "memflush_dead_letter_length"), 2);
        ck_assert_double_eq(prom_value(r.out, "memflush_ttl_seconds"), 3600);
        ck_assert(fabs(prom_value(r.out, "memflush_oldest_pending_age_seconds") - expect) < 60);
        {
            char label[200];
            snprintf(label, sizeof(label), "memflush_pending_queue_length{queue=\"%s\"} 3\n", th_prefix());
            ck_assert_msg(strstr(r.out, label) != NULL, "no %s in\n%s", label, r.out);
        }
        th_run_free(&r);
    }
    free(kl);
    free(k1);
    free(k2);
    free(k3);
}
END_TEST

START_TEST(stats_oldest_null_when_empty_or_unreadable)
{
    th_run r;
    json_t *j;

    th_memflush(&r, NULL, NULL, "stats", NULL);
    ck_assert_int_eq(r.status, 0);
    j = th_json(r.out);
    ck_assert(json_is_null(json_object_get(j, "oldest_pending_age_seconds")));
    ck_assert_int_eq(json_integer_value(json_object_get(j, "pending_queue_length")), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(j, "in_flight")), 0);
    json_decref(j);
    th_run_free(&r);

    /* the head record has no created_at: null, although a later one has */
    rpush("pending", "{\"cid\":\"n1\",\"conversation_id\":\"c\"}");
    rpush("pending", OLD_REC);
    th_memflush(&r, NULL, NULL, "stats", NULL);
    ck_assert_int_eq(r.status, 0);
    j = th_json(r.out);
    ck_assert(json_is_null(json_object_get(j, "oldest_pending_age_seconds")));
    ck_assert_int_eq(json_integer_value(json_object_get(j, "pending_queue_length")), 2);
    json_decref(j);
    th_run_free(&r);

    th_memflush(&r, NULL, NULL, "stats", "--format", "yaml", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
}
END_TEST

START_TEST(stats_redis_unreachable_exit_3_no_password)
{
    const char *env[] = {"REDIS_URL=redis://opsuser:Pw-Unreach-9731@127.0.0.1:1/0", NULL};
    th_run r;

    th_memflush(&r, NULL, env, "stats", NULL);
    ck_assert_msg(r.status == 3, "exit %d: %s", r.status, r.err);
    ck_assert_str_eq(r.out, "");
    ck_assert(strstr(r.err, "Redis") != NULL);
    assert_absent(&r, "Pw-Unreach-9731");
    th_run_free(&r);
}
END_TEST

/* -------------------------------------------------------------------- dlq */

static const char *DL_A =
    "{\"record\":\"{\\\"cid\\\":\\\"a1\\\",\\\"conversation_id\\\":\\\"c\\\"}\",\"error\":\"user_id is missing\","
    "\"sqlstate\":null,\"failed_at\":\"2025-10-27T08:15:00.123Z\"}";
static const char *DL_A_REC = "{\"cid\":\"a1\",\"conversation_id\":\"c\"}";
/* record_base64 of the bytes "\xff\xfe{bad}" */
static const char *DL_B =
    "{\"record_base64\":\"//57YmFkfQ==\",\"error\":\"record is not valid UTF-8\",\"sqlstate\":null,"
    "\"failed_at\":\"2025-10-27T08:16:00Z\"}";
static const char *DL_C =
    "{\"record\":\"{\\\"cid\\\":\\\"c3\\\",\\\"note\\\":\\\"a very long record that goes on and on and on and on and on "
    "and on and on and on and on and on until the preview must cut it\\\"}\",\"error\":\"value too long\","
    "\"sqlstate\":\"22001\",\"failed_at\":\"2025-10-27T08:17:00Z\"}";
static const char *DL_X = "this is not a dead-letter entry";

START_TEST(dlq_list_text_and_json)
{
    th_run r;
    const char *p;
    int lines = 0;

    th_memflush(&r, NULL, NULL, "dlq", "list", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert(strstr(r.out, "0 of 0 dead letter(s)") != NULL);
    th_run_free(&r);

    rpush("dead", DL_A);
    rpush("dead", DL_X);
    rpush("dead", DL_B);
    rpush("dead", DL_C);
    th_memflush(&r, NULL, NULL, "dlq", "list", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert(strstr(r.out, "failed_at=2025-10-27T08:15:00.123Z") != NULL);
    ck_assert(strstr(r.out, "user_id is missing") != NULL);
    ck_assert(strstr(r.out, "sqlstate=22001") != NULL);
    ck_assert(strstr(r.out, "not a valid dead-letter entry") != NULL);
    ck_assert(strstr(r.out, "record_base64") != NULL);
    ck_assert(strstr(r.out, "{\"cid\":\"a1\",\"conversation_id\":\"c\"}") != NULL);
    /* the long record is cut, with "..." */
    p = strstr(r.out, "{\"cid\":\"c3\"");
    ck_assert(p != NULL);
    ck_assert(strstr(p, "...") != NULL && strstr(p, "until the preview must cut it") == NULL);
    ck_assert(strstr(r.out, "4 of 4 dead letter(s)") != NULL);
    th_run_free(&r);

    th_memflush(&r, NULL, NULL, "dlq", "list", "--json", "--limit", "3", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    for (p = r.out; *p; p = strchr(p, '\n') + 1) {
        char *line = strndup(p, (size_t)(strchr(p, '\n') - p));
        json_t *j = th_json(line);
        lines++;
        if (lines == 1) {
            ck_assert_str_eq(json_string_value(json_object_get(j, "record")), DL_A_REC);
            ck_assert_str_eq(json_string_value(json_object_get(j, "error")), "user_id is missing");
        }
        if (lines == 2)
            ck_assert_str_eq(json_string_value(json_object_get(j, "invalid_entry")), DL_X);
        if (lines == 3)
            ck_assert_str_eq(json_string_value(json_object_get(j, "record_base64")), "//57YmFkfQ==");
        json_decref(j);
        free(line);
    }
    ck_assert_int_eq(lines, 3);
    th_run_free(&r);

    th_memflush(&r, NULL, NULL, "dlq", "list", "--limit", "0", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "dlq", "frobnicate", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
    th_memflush(&r, NULL, NULL, "dlq", NULL);
    ck_assert_int_eq(r.status, 2);
    th_run_free(&r);
}
END_TEST

START_TEST(dlq_replay_count_then_all)
{
    th_run r;
    char *v;
    size_t n;

    rpush("pending", "already-pending");
    rpush("dead", DL_A);
    rpush("dead", DL_X);
    rpush("dead", DL_B);
    rpush("dead", DL_C);

    /* the 2 oldest valid entries: A and B (the base64 one); X stays, in front */
    th_memflush(&r, NULL, NULL, "dlq", "replay", "--count", "2", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.out, "replayed 2 ") != NULL, "%s", r.out);
    ck_assert_msg(strstr(r.err, "not valid JSON") != NULL, "the invalid entry is not reported: %s", r.err);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 3);
    v = lindex("pending", 0, &n);
    ck_assert_str_eq(v, "already-pending");
    free(v);
    v = lindex("pending", 1, &n);
    ck_assert_str_eq(v, DL_A_REC);
    free(v);
    v = lindex("pending", 2, &n);
    ck_assert_uint_eq(n, 7);
    ck_assert(memcmp(v, "\xff\xfe{bad}", 7) == 0);
    free(v);
    ck_assert_int_eq(th_llen("dead"), 2);
    v = lindex("dead", 0, NULL);
    ck_assert_str_eq(v, DL_X);
    free(v);
    v = lindex("dead", 1, NULL);
    ck_assert_str_eq(v, DL_C);
    free(v);

    /* all the rest: C moves, X stays */
    th_memflush(&r, NULL, NULL, "dlq", "replay", "--json", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert_str_eq(r.out, "{\"replayed\":1,\"invalid\":1,\"remaining\":1}\n");
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 4);
    v = lindex("pending", 3, NULL);
    ck_assert(strncmp(v, "{\"cid\":\"c3\"", 11) == 0);
    free(v);
    ck_assert_int_eq(th_llen("dead"), 1);

    /* nothing valid left: a no-op */
    th_memflush(&r, NULL, NULL, "dlq", "replay", "--json", NULL);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "{\"replayed\":0,\"invalid\":1,\"remaining\":1}\n");
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), 4);
}
END_TEST

START_TEST(dlq_replay_many_chunks_keeps_order)
{
    /* more entries than one chunk, invalid ones scattered: order kept, nothing lost or doubled */
    char buf[256];
    th_run r;
    int i, valid = 0, invalid = 0;

    for (i = 0; i < 530; i++) {
        if (i % 97 == 5) {
            snprintf(buf, sizeof(buf), "garbage-%d", i);
            invalid++;
        } else {
            snprintf(buf, sizeof(buf),
                     "{\"record\":\"rec-%d\",\"error\":\"e\",\"sqlstate\":null,\"failed_at\":\"2025-01-01T00:00:00Z\"}", i);
            valid++;
        }
        rpush("dead", buf);
    }
    th_memflush(&r, NULL, NULL, "dlq", "replay", "--json", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    snprintf(buf, sizeof(buf), "{\"replayed\":%d,\"invalid\":%d,\"remaining\":%d}\n", valid, invalid, invalid);
    ck_assert_str_eq(r.out, buf);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("pending"), valid);
    ck_assert_int_eq(th_llen("dead"), invalid);
    {
        char *k = th_key("pending");
        redisReply *rep = redisCommand(R, "LRANGE %s 0 -1", k);
        int j = 0;
        ck_assert(rep && rep->type == REDIS_REPLY_ARRAY);
        for (i = 0; i < 530; i++) {
            if (i % 97 == 5)
                continue;
            snprintf(buf, sizeof(buf), "rec-%d", i);
            ck_assert_str_eq(rep->element[j]->str, buf);
            j++;
        }
        freeReplyObject(rep);
        free(k);
    }
}
END_TEST

START_TEST(dlq_purge_needs_yes)
{
    th_run r;

    rpush("dead", DL_A);
    rpush("dead", DL_B);
    rpush("dead", DL_X);
    th_memflush(&r, NULL, NULL, "dlq", "purge", NULL);
    ck_assert_int_eq(r.status, 2);
    ck_assert_msg(strstr(r.err, "would delete 3 dead letter(s)") != NULL, "%s", r.err);
    ck_assert_str_eq(r.out, "");
    th_run_free(&r);
    ck_assert_int_eq(th_llen("dead"), 3);

    th_memflush(&r, NULL, NULL, "dlq", "purge", "--yes", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    ck_assert_msg(strstr(r.out, "deleted 3 dead letter(s)") != NULL, "%s", r.out);
    th_run_free(&r);
    ck_assert_int_eq(th_llen("dead"), 0);

    th_memflush(&r, NULL, NULL, "dlq", "purge", "--yes", "--json", NULL);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "{\"deleted\":0}\n");
    th_run_free(&r);
}
END_TEST

START_TEST(dlq_wrong_type_is_reported)
{
    char *k = th_key("dead");
    th_run r;

    th_redis_cmd(R, "SET %s foreign", k);
    th_memflush(&r, NULL, NULL, "dlq", "purge", "--yes", NULL);
    ck_assert_int_eq(r.status, 2);
    ck_assert(strstr(r.err, "WRONGTYPE") != NULL);
    th_run_free(&r);
    th_redis_cmd(R, "DEL %s", k);
    free(k);
}
END_TEST

/* ------------------------------------------------------------------ check */

START_TEST(check_good_setup)
{
    th_run r;
    json_t *j, *f;
    size_t i;

    th_memflush(&r, NULL, NULL, "check", NULL);
    ck_assert_msg(r.status == 0, "exit %d:\n%s\n%s", r.status, r.out, r.err);
    ck_assert(finding(r.out, "ok:", "persistence is on"));
    ck_assert(finding(r.out, "ok:", "noeviction"));
    ck_assert(finding(r.out, "ok:", "every migration"));
    ck_assert(finding(r.out, "ok:", "pooler"));
    ck_assert(line_with(r.out, "error:") == NULL);
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

    rpush("pending", OLD_REC); /* from 2020 */
    rpush("dead", DL_A);
    th_memflush(&r, NULL, NULL, "check", NULL);
    ck_assert_msg(r.status == 0, "warnings only must exit 0, got %d:\n%s", r.status, r.out);
    ck_assert(finding(r.out, "warning:", "is the flusher scheduled"));
    ck_assert(finding(r.out, "warning:", "memflush dlq list"));
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
    ck_assert(finding(r.out, "ok:", "row level security applies to role mf_writer_login"));
    ck_assert(finding(r.out, "ok:", "may INSERT"));
    assert_absent(&r, "s3cret-Test-pw");
    th_run_free(&r);

    /* a wrong password: a refused credential is configuration (2, issue 15:
     * the same status for every command and both servers), and neither
     * password shows */
    {
        char bad[512];
        const char *p = strstr(w, "s3cret-Test-pw");
        ck_assert(p != NULL);
        snprintf(env_url, sizeof(env_url), "DATABASE_URL=%.*sWr0ng-Pw-4471%s", (int)(p - w), w,
                 p + strlen("s3cret-Test-pw"));
        (void)bad;
        th_memflush(&r, NULL, env, "check", NULL);
        ck_assert_msg(r.status == 2, "exit %d:\n%s\n%s", r.status, r.out, r.err);
        ck_assert(finding(r.out, "error:", "could not log in to PostgreSQL"));
        ck_assert(finding(r.out, "ok:", "connected to Redis"));
        assert_absent(&r, "Wr0ng-Pw-4471");
        assert_absent(&r, "s3cret-Test-pw");
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
    ck_assert_msg(finding(r.out, "error:", "memflush_schema_migrations"), "%s", r.out);
    ck_assert(finding(r.out, "error:", "row level security applies to role mf_ops_noprivs"));
    ck_assert(finding(r.out, "error:", "lacks INSERT and SELECT"));
    ck_assert(finding(r.out, "error:", "GRANT memflush_writer TO mf_ops_noprivs"));
    assert_absent(&r, "N0privs-Secret-88");
    th_run_free(&r);

    /* no temporary table is needed by either method any more: the check
     * does not ask for TEMPORARY */
    th_pg_exec(PG, "REVOKE TEMPORARY ON DATABASE memflush_test FROM PUBLIC");
    th_memflush(&r, NULL, env, "check", "--json", NULL);
    th_pg_exec(PG, "GRANT TEMPORARY ON DATABASE memflush_test TO PUBLIC");
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.out, "TEMPORARY") == NULL && strstr(r.out, "temp_privilege") == NULL, "%s", r.out);
    assert_absent(&r, "N0privs-Secret-88");
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
    ck_assert_msg(finding(r.out, "error:", "migrations/0001_chat_memories.sql"), "%s", r.out);
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
    ck_assert(finding(r.out, "error:", "could not connect to Redis"));
    ck_assert(finding(r.out, "error:", "could not connect to PostgreSQL"));
    assert_absent(&r, "Redis-Pw-5521");
    assert_absent(&r, "Pg-Pw-6632");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "check", "--json", NULL);
    ck_assert_int_eq(r.status, 3);
    assert_absent(&r, "Redis-Pw-5521");
    assert_absent(&r, "Pg-Pw-6632");
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
    ck_assert(finding(r.out, "error:", "maxmemory-policy is allkeys-lru"));
    ck_assert(finding(r.out, "error:", "noeviction"));
    ck_assert(finding(r.out, "warning:", "persistence is off"));
    ck_assert(finding(r.out, "warning:", "appendonly yes"));
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
    rpush("dead", DL_A);

    th_memflush(&r, NULL, env, "stats", NULL);
    ck_assert_msg(r.status == 0, "exit %d: %s", r.status, r.err);
    assert_absent(&r, "Acl-Pw-Ops-2718");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "stats", "--format", "prometheus", "--verbose", NULL);
    ck_assert_int_eq(r.status, 0);
    assert_absent(&r, "Acl-Pw-Ops-2718");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "dlq", "list", "--verbose", NULL);
    ck_assert_int_eq(r.status, 0);
    assert_absent(&r, "Acl-Pw-Ops-2718");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "dlq", "purge", NULL);
    ck_assert_int_eq(r.status, 2);
    assert_absent(&r, "Acl-Pw-Ops-2718");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "check", "--verbose", NULL);
    ck_assert_msg(r.status == 0, "exit %d:\n%s\n%s", r.status, r.out, r.err);
    assert_absent(&r, "Acl-Pw-Ops-2718");
    assert_absent(&r, "s3cret-Test-pw");
    th_run_free(&r);

    /* the wrong password: refused, and the wrong one is not printed either */
    snprintf(env_url, sizeof(env_url), "REDIS_URL=redis://mfopsuser:Wrong-Acl-Pw-3141@127.0.0.1:%s/0", port);
    th_memflush(&r, NULL, env, "stats", NULL);
    ck_assert_msg(r.status == 2, "exit %d: %s", r.status, r.err);
    assert_absent(&r, "Wrong-Acl-Pw-3141");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "dlq", "replay", NULL);
    ck_assert(r.status != 0);
    assert_absent(&r, "Wrong-Acl-Pw-3141");
    th_run_free(&r);
    th_memflush(&r, NULL, env, "check", NULL);
    ck_assert_msg(r.status == 2, "exit %d:\n%s", r.status, r.out);
    ck_assert(finding(r.out, "error:", "could not authenticate to Redis"));
    assert_absent(&r, "Wrong-Acl-Pw-3141");
    assert_absent(&r, "s3cret-Test-pw");
    th_run_free(&r);
    th_redis_cmd(R, "ACL DELUSER mfopsuser");
}
END_TEST

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
    double last_ok, t0 = now_s();

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
    why = prom_validate(text);
    ck_assert_msg(why == NULL, "invalid metrics file (%s):\n%s", why, text);
    ck_assert(strstr(text, "memflush_flushed_rows{queue=\"t\\\"q\"} 148\n") != NULL);
    ck_assert_double_eq(prom_value(text, "memflush_last_run_success"), 1);
    ck_assert_double_eq(prom_value(text, "memflush_flushed_rows"), 148);
    ck_assert_double_eq(prom_value(text, "memflush_duplicate_rows"), 1);
    ck_assert_double_eq(prom_value(text, "memflush_dead_lettered"), 1);
    ck_assert_double_eq(prom_value(text, "memflush_requeued"), 0);
    ck_assert_double_eq(prom_value(text, "memflush_pending"), 5);
    ck_assert_double_eq(prom_value(text, "memflush_batches"), 2);
    ck_assert_double_eq_tol(prom_value(text, "memflush_run_duration_seconds"), 1.234, 0.0005);
    last_ok = prom_value(text, "memflush_last_success_timestamp_seconds");
    ck_assert(last_ok >= t0 - 1 && last_ok <= now_s() + 1);
    ck_assert_double_eq(last_ok, prom_value(text, "memflush_last_run_timestamp_seconds"));
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
    why = prom_validate(text);
    ck_assert_msg(why == NULL, "invalid metrics file (%s):\n%s", why, text);
    ck_assert_double_eq(prom_value(text, "memflush_last_run_success"), 0);
    ck_assert_double_eq(prom_value(text, "memflush_requeued"), 7);
    ck_assert_double_eq(prom_value(text, "memflush_last_success_timestamp_seconds"), last_ok);
    ck_assert(prom_value(text, "memflush_last_run_timestamp_seconds") > last_ok);
    free(text);

    /* a failure with no earlier file: no success sample, still valid */
    unlink(path);
    ck_assert(mf_metrics_write_flush(path, &rep, NULL, &err) == 0);
    text = th_slurp(path, NULL);
    ck_assert_ptr_eq(prom_validate(text), NULL);
    ck_assert(isnan(prom_value(text, "memflush_last_success_timestamp_seconds")));
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
    why = prom_validate(text);
    ck_assert_msg(why == NULL, "invalid metrics file (%s):\n%s", why, text);
    ck_assert_double_eq(prom_value(text, "memflush_last_run_success"), 1);
    ck_assert_double_eq(prom_value(text, "memflush_flushed_rows"), 1);
    ck_assert_double_eq(prom_value(text, "memflush_dead_lettered"), 1);
    ck_assert_double_eq(prom_value(text, "memflush_pending"), 0);
    ck_assert(prom_value(text, "memflush_batches") >= 1);
    ck_assert(!isnan(prom_value(text, "memflush_last_success_timestamp_seconds")));
    free(text);
    ck_assert_int_eq(count_files(dir), 1);
    unlink(path);
    rmdir(dir);
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
    TCase *cfg = tcase_create("redis-config");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, prom_validator_rejects_bad_text);
    tcase_add_test(tc, stats_counts_match_redis);
    tcase_add_test(tc, stats_oldest_null_when_empty_or_unreadable);
    tcase_add_test(tc, stats_redis_unreachable_exit_3_no_password);
    tcase_add_test(tc, dlq_list_text_and_json);
    tcase_add_test(tc, dlq_replay_count_then_all);
    tcase_add_test(tc, dlq_replay_many_chunks_keeps_order);
    tcase_add_test(tc, dlq_purge_needs_yes);
    tcase_add_test(tc, dlq_wrong_type_is_reported);
    tcase_add_test(tc, check_good_setup);
    tcase_add_test(tc, check_queue_health_warnings);
    tcase_add_test(tc, check_least_privilege_writer);
    tcase_add_test(tc, check_role_without_privileges);
    tcase_add_test(tc, check_unmigrated_database);
    tcase_add_test(tc, check_unreachable_servers_exit_3_no_password);
    tcase_add_test(tc, metrics_file_success_then_failure);
    tcase_add_test(tc, flush_writes_metrics_file);
    tcase_add_test(tc, help_for_each_command);
    suite_add_tcase(s, tc);

    tcase_set_timeout(cfg, 120);
    tcase_add_unchecked_fixture(cfg, save_redis_config, restore_redis_config);
    tcase_add_checked_fixture(cfg, th_setup, th_teardown);
    tcase_add_test(cfg, check_evicting_redis_without_persistence);
    tcase_add_test(cfg, password_never_in_output);
    suite_add_tcase(s, cfg);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
