/* ops.c - helpers of the operations suites (test_stats, test_dlq, test_check,
 * test_metrics, test_ops): Redis list helpers, output checks and a
 * Prometheus text-format validator. See ops.h. */
#include <check.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "ops.h"

/* created_at 2020-01-01T00:00:00Z = 1577836800 */
const char OPS_OLD_REC[] =
    "{\"cid\":\"s1\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"a\","
    "\"assistant_message\":\"b\",\"created_at\":\"2020-01-01T00:00:00Z\"}";

const char OPS_DL_A[] =
    "{\"record\":\"{\\\"cid\\\":\\\"a1\\\",\\\"conversation_id\\\":\\\"c\\\"}\",\"error\":\"user_id is missing\","
    "\"sqlstate\":null,\"failed_at\":\"2025-10-27T08:15:00.123Z\"}";

/* ------------------------------------------------------------ helpers */

void ops_rpush_bin(const char *suffix, const char *v, size_t n)
{
    char *k = th_key(suffix);
    th_redis_int(R, "RPUSH %s %b", k, v, n);
    free(k);
}

void ops_rpush(const char *suffix, const char *v)
{
    ops_rpush_bin(suffix, v, strlen(v));
}

/* Element i of a list as a malloc'd buffer and its length. */
char *ops_lindex(const char *suffix, long i, size_t *len)
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

double ops_now_s(void)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + tv.tv_usec / 1e6;
}

void ops_assert_absent(const th_run *r, const char *secret)
{
    ck_assert_msg(strstr(r->out, secret) == NULL, "secret %s on stdout: %s", secret, r->out);
    ck_assert_msg(strstr(r->err, secret) == NULL, "secret %s on stderr: %s", secret, r->err);
}

/* The line of out that starts with prefix, or NULL. */
const char *ops_line_with(const char *out, const char *prefix)
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
int ops_finding(const char *out, const char *sev, const char *word)
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
char *ops_prom_validate(const char *text)
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
double ops_prom_value(const char *text, const char *name)
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

