/* test_allocfail.c - curl-style allocation-failure torture for the pure
 * modules (record, deadletter, copytext, config): each operation is run
 * once counting its allocations, then again failing the Nth allocation for
 * every N. Each run must end in a clean error (MF_ENOMEM, or the NULL /
 * oom flag the function documents), never a crash and, under SANITIZE=1,
 * never a leak. malloc, calloc, realloc, strdup and strndup of this program
 * and of the library are wrapped at link time (-Wl,--wrap, this program
 * only: see the Makefile); jansson's allocations go through the same
 * counter (json_set_alloc_funcs). No servers. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "memflush.h"
#include "record.h"
#include "th.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

static long allocs;  /* allocations since counting started */
static long fail_at; /* fail the allocation with this number (1-based); 0: none */
static int counting;

static int fail_now(void)
{
    if (!counting)
        return 0;
    return ++allocs == fail_at;
}

void *__wrap_malloc(size_t n)
{
    return fail_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t m)
{
    return fail_now() ? NULL : __real_calloc(n, m);
}

void *__wrap_realloc(void *p, size_t n)
{
    return fail_now() ? NULL : __real_realloc(p, n);
}

char *__wrap_strdup(const char *s)
{
    return fail_now() ? NULL : __real_strdup(s);
}

char *__wrap_strndup(const char *s, size_t n)
{
    return fail_now() ? NULL : __real_strndup(s, n);
}

static void *json_alloc(size_t n)
{
    return __wrap_malloc(n);
}

/* An operation: 0 when it succeeded, -1 when it failed cleanly, -2 when it
 * failed wrongly (why[] says how). No ck_assert inside: Check allocates. */
typedef int (*op_fn)(void);
static char why[1024];

static int wrong(const char *what, const mf_error *err)
{
    snprintf(why, sizeof(why), "%s: code %d: %s", what, err ? err->code : 0, err ? err->msg : "");
    return -2;
}

/* Run op with every allocation failing in turn; returns how many there were. */
static long torture(op_fn op)
{
    long total, n;

    allocs = 0;
    fail_at = 0;
    counting = 1;
    why[0] = '\0';
    n = op();
    counting = 0;
    ck_assert_msg(n == 0, "without failures: %s", why);
    total = allocs;
    ck_assert_msg(total > 0, "the operation allocates nothing");
    for (n = 1; n <= total; n++) {
        int rc;
        allocs = 0;
        fail_at = n;
        counting = 1;
        rc = op();
        counting = 0;
        /* a failed allocation may be one the code recovers from (a growth
         * it can do without): success is fine too, a wrong error is not */
        ck_assert_msg(rc == 0 || rc == -1, "allocation %ld of %ld failed: %s", n, total, why);
    }
    return total;
}

static const char good[] =
    "{\"v\":1,\"cid\":\"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\",\"conversation_id\":\"conv-1\","
    "\"user_id\":\"u\",\"user_message\":\"hello \\u00e9\\n\",\"assistant_message\":\"hi\","
    "\"token_count\":12,\"created_at\":\"2024-05-01T10:00:00.5+02:00\","
    "\"reflection\":{\"k\":[1,2.5,\"x\"]},\"metadata\":{\"a\":{\"b\":null}}}";
/* a shape the one-pass parser declines (an unknown field): the jansson path */
static const char slow[] =
    "{\"v\":1,\"cid\":\"c-slow\",\"conversation_id\":\"conv-1\",\"user_id\":\"u\",\"user_message\":\"m\","
    "\"assistant_message\":\"a\",\"extra\":{\"deep\":[true,false]}}";

static int record_op(const char *text)
{
    mfp_record r;
    mf_error err = {0};
    char *json;
    int rc = -1;

    if (mfp_record_parse(text, strlen(text), 0, &r, &err) != 0) {
        /* Known and left: jansson does not always say when its own
         * allocation failed (its lexer reports a string token it could not
         * allocate as a syntax error; an object member it could not insert
         * goes missing), so under out-of-memory the jansson path can refuse
         * a valid record as poison (its raw bytes are kept in the dead
         * letters; dlq replay brings it back). A clean error either way. */
        if (err.code != MF_ENOMEM && err.code != MF_EINVALID)
            rc = wrong("a valid record refused", &err);
        goto done;
    }
    if (mfp_record_complete(&r, &err) != 0) {
        if (err.code != MF_ENOMEM)
            rc = wrong("complete", &err);
        goto done;
    }
    json = mfp_record_to_json(&r, NULL);
    if (json == NULL)
        goto done;
    free(json);
    rc = 0;
done:
    mfp_record_clear(&r);
    return rc;
}

static int record_fast(void)
{
    return record_op(good);
}

static int record_slow(void)
{
    return record_op(slow);
}

static int deadletter_op(void)
{
    static const char raw[] = "not json \xff\xfe with bytes";
    size_t len, rlen;
    char *e = mfp_deadletter_entry(raw, sizeof(raw) - 1, "the reason", "23514", &len), *back = NULL;
    mf_error err = {0};
    char reason[64];

    int rc = 0;

    if (e == NULL)
        return -1;
    if (mfp_deadletter_parse(e, len, &back, &rlen, reason, sizeof(reason), &err) != 0)
        rc = err.code == MF_ENOMEM ? -1 : wrong("a good entry refused", &err);
    else if (rlen != sizeof(raw) - 1 || memcmp(back, raw, rlen) != 0)
        rc = wrong("the record bytes did not come back", NULL);
    free(back);
    free(e);
    return rc;
}

static int copytext_op(void)
{
    mfp_buf b, out;
    int rc = 0;

    mfp_buf_init(&b);
    mfp_buf_init(&out);
    for (int i = 0; i < 200; i++)
        mfp_copy_escape(&b, "tab\there\nnew\\line\r", 19);
    mfp_copy_null(&b);
    if (b.oom)
        rc = -1;
    else if (mfp_copy_unescape(b.data, 19 + 5, &out) < 0 || out.oom)
        rc = -1;
    mfp_buf_free(&b);
    mfp_buf_free(&out);
    return rc;
}

static int config_op(void)
{
    mf_config *c = mf_config_new(), *d;
    mf_error err = {0};
    char *m;

    if (c == NULL)
        return -1;
    if (mf_config_set(c, "prefix", "house", &err) != 0 || mf_config_set(c, "table", "public.t", &err) != 0 ||
        mf_config_set(c, "redis-url", "redis://u:secret@h:1/0", &err) != 0 ||
        mf_config_set(c, "batch-size", "50", &err) != 0) {
        mf_config_free(c);
        return err.code == MF_ENOMEM ? -1 : wrong("mf_config_set", &err);
    }
    if (strcmp(mf_config_get(c, "batch-size"), "50") != 0) {
        mf_config_free(c);
        return wrong("batch-size did not read back", NULL);
    }
    d = mfp_config_dup(c);
    mf_config_free(c);
    if (d == NULL)
        return -1;
    m = mf_mask_url(mf_config_get(d, "redis-url"));
    mf_config_free(d);
    if (m == NULL)
        return -1;
    if (strstr(m, "secret") != NULL) {
        free(m);
        return wrong("the mask printed the password", NULL);
    }
    free(m);
    return 0;
}

START_TEST(record_every_allocation)
{
    json_set_alloc_funcs(json_alloc, free);
    torture(record_fast);
    torture(record_slow);
}
END_TEST

START_TEST(deadletter_every_allocation)
{
    torture(deadletter_op);
}
END_TEST

START_TEST(copytext_every_allocation)
{
    torture(copytext_op);
}
END_TEST

START_TEST(config_every_allocation)
{
    torture(config_op);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("allocfail");
    TCase *tc = tcase_create("allocfail");

    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, record_every_allocation);
    tcase_add_test(tc, deadletter_every_allocation);
    tcase_add_test(tc, copytext_every_allocation);
    tcase_add_test(tc, config_every_allocation);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
