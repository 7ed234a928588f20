/* test_save_many.c - bulk saving (mf_saver, src/lua/save_many.lua) against a real
 * redis-server (tests/rig.sh): the pending list and every context list end up
 * byte for byte as a sequence of single saves (save.lua) would leave them, across
 * several script calls and chunks, and a foreign key type is handled as single
 * saves would: a foreign context key skips that conversation's turns, a foreign
 * pending list leaves the whole call untouched. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "memflush.h"
#include "th.h"

static char single_prefix[128];

#define NCONV 6

static void del_single(void)
{
    redisReply *r;
    char pat[200];
    size_t i;

    snprintf(pat, sizeof(pat), "{%s}:*", single_prefix);
    r = redisCommand(R, "KEYS %s", pat);
    ck_assert(r != NULL && r->type == REDIS_REPLY_ARRAY);
    for (i = 0; i < r->elements; i++)
        th_redis_cmd(R, "DEL %s", r->element[i]->str);
    freeReplyObject(r);
}

static void setup(void)
{
    th_setup();
    snprintf(single_prefix, sizeof(single_prefix), "%s-single", th_prefix());
    del_single();
}

static void teardown(void)
{
    del_single();
    th_teardown();
}

/* Record i of a conversation chosen irregularly (cid and created_at given, so the
 * stored text is the same whichever path saves it). */
static const char *conv_of(int i, const char *const *convs, int nconv)
{
    return convs[(i * i + i / 5) % nconv];
}

static int make_rec(char *buf, size_t cap, int i, const char *conv)
{
    return snprintf(buf, cap,
                    "{\"cid\":\"m-%05d\",\"conversation_id\":\"%s\",\"user_id\":\"u%d\",\"user_message\":\"q %d\","
                    "\"assistant_message\":\"a\",\"created_at\":\"2025-01-02T03:04:05.%06dZ\"}",
                    i, conv, i % 3, i, i);
}

/* The whole list at "{prefix}:suffix" as one reply (caller frees). */
static redisReply *lrange(const char *prefix, const char *suffix)
{
    redisReply *r = redisCommand(R, "LRANGE {%s}:%s 0 -1", prefix, suffix);
    ck_assert(r != NULL && r->type == REDIS_REPLY_ARRAY);
    return r;
}

static void same_list(const char *suffix, size_t want_len)
{
    redisReply *a = lrange(th_prefix(), suffix), *b = lrange(single_prefix, suffix);
    size_t i;

    ck_assert_msg(a->elements == b->elements, "%s: bulk has %zu entries, single saves %zu", suffix, a->elements,
                  b->elements);
    ck_assert_msg(a->elements == want_len, "%s: %zu entries, want %zu", suffix, a->elements, want_len);
    for (i = 0; i < a->elements; i++)
        ck_assert_msg(a->element[i]->len == b->element[i]->len &&
                          memcmp(a->element[i]->str, b->element[i]->str, a->element[i]->len) == 0,
                      "%s[%zu]: bulk (%zu) %s, single (%zu) %s", suffix, i, a->element[i]->len, a->element[i]->str, b->element[i]->len, b->element[i]->str);
    freeReplyObject(a);
    freeReplyObject(b);
}

static long long ttl_of(const char *prefix, const char *suffix)
{
    return th_redis_int(R, "TTL {%s}:%s", prefix, suffix);
}

/* Save n records both ways: single saves on one prefix, the saver (chunk) on the other. */
static void save_both(int n, size_t chunk, const char *const *convs, int nconv, const char *cmax,
                      int *single_ok, uint64_t *bulk_stored, int *bulk_rc, mf_error *bulk_err)
{
    mf_handle *hs = th_open(single_prefix, cmax), *hb = th_open(th_prefix(), cmax);
    mf_error err = {0};
    mf_saver *s;
    char rec[512];
    int i, rc = 0;

    *single_ok = 0;
    for (i = 0; i < n; i++) {
        mf_error e = {0};
        int len = make_rec(rec, sizeof(rec), i, conv_of(i, convs, nconv));
        if (mf_save_json(hs, rec, (size_t)len, 0, NULL, &e) == 0)
            (*single_ok)++;
    }
    s = mf_saver_new(hb, chunk, &err);
    ck_assert_msg(s != NULL, "%s", err.msg);
    for (i = 0; i < n; i++) {
        int len = make_rec(rec, sizeof(rec), i, conv_of(i, convs, nconv));
        if (mf_saver_add(s, rec, (size_t)len, &err) != 0)
            rc = -1; /* a chunk sent on the way reported a refusal */
    }
    if (mf_saver_flush(s, &err) != 0)
        rc = -1;
    *bulk_stored = mf_saver_stored(s);
    *bulk_rc = rc;
    *bulk_err = err;
    mf_saver_free(s);
    mf_close(hs);
    mf_close(hb);
}

START_TEST(bulk_equals_single_saves)
{
    static const char *const convs[NCONV] = {"c0", "c1", "c2", "c3", "c4", "c5"};
    static const size_t chunks[] = {1000, 300, 7};
    const int n = 700; /* more than one script call (64) and more than one chunk */
    size_t k;

    for (k = 0; k < sizeof(chunks) / sizeof(chunks[0]); k++) {
        mf_error err = {0};
        uint64_t stored;
        int single_ok, rc, c;
        char suffix[32];

        th_reset(R, PG);
        del_single();
        save_both(n, chunks[k], convs, NCONV, "9", &single_ok, &stored, &rc, &err);
        ck_assert_msg(rc == 0, "chunk %zu: %s", chunks[k], err.msg);
        ck_assert_int_eq(single_ok, n);
        ck_assert_int_eq(stored, n);
        same_list("pending", (size_t)n); /* RPUSH order kept */
        for (c = 0; c < NCONV; c++) {
            snprintf(suffix, sizeof(suffix), "ctx:%s", convs[c]);
            same_list(suffix, 9); /* newest first, trimmed to context-max */
            ck_assert_int_gt(ttl_of(th_prefix(), suffix), 0);
        }
        ck_assert_int_eq(ttl_of(th_prefix(), "pending"), -1);
    }
}
END_TEST

START_TEST(foreign_ctx_key_skips_that_conversation_only)
{
    static const char *const convs[3] = {"good-a", "bad", "good-b"};
    mf_error err = {0};
    uint64_t stored;
    int single_ok, rc;
    const int n = 300;
    redisReply *r;

    th_redis_cmd(R, "SET {%s}:ctx:bad %s", th_prefix(), "foreign");
    th_redis_cmd(R, "SET {%s}:ctx:bad %s", single_prefix, "foreign");
    save_both(n, 1000, convs, 3, "50", &single_ok, &stored, &rc, &err);
    ck_assert_int_eq(rc, -1);
    ck_assert_int_eq(err.code, MF_EPRIVILEGE);
    ck_assert_msg(strstr(err.msg, "WRONGTYPE") != NULL && strstr(err.msg, ":ctx:bad") != NULL, "%s", err.msg);
    ck_assert_int_lt(single_ok, n);
    ck_assert_int_gt(single_ok, 0);
    ck_assert_int_eq(stored, (uint64_t)single_ok); /* the turns of good-a and good-b */
    same_list("pending", (size_t)single_ok);
    same_list("ctx:good-a", 50);
    same_list("ctx:good-b", 50);
    r = redisCommand(R, "GET {%s}:ctx:bad", th_prefix());
    ck_assert(r != NULL && r->type == REDIS_REPLY_STRING);
    ck_assert_str_eq(r->str, "foreign"); /* the foreign key is untouched */
    freeReplyObject(r);
}
END_TEST

START_TEST(foreign_pending_leaves_everything_untouched)
{
    mf_handle *h = th_open(th_prefix(), "50");
    mf_error err = {0};
    mf_saver *s;
    char rec[512];
    int i, len;

    th_redis_cmd(R, "SET {%s}:pending %s", th_prefix(), "foreign");
    s = mf_saver_new(h, 1000, &err);
    ck_assert_msg(s != NULL, "%s", err.msg);
    for (i = 0; i < 10; i++) {
        len = make_rec(rec, sizeof(rec), i, i % 2 ? "x" : "y");
        ck_assert_msg(mf_saver_add(s, rec, (size_t)len, &err) == 0, "%s", err.msg);
    }
    ck_assert_int_eq(mf_saver_flush(s, &err), -1);
    ck_assert_int_eq(err.code, MF_EPRIVILEGE);
    ck_assert_int_eq(mf_saver_stored(s), 0);
    mf_saver_free(s);
    mf_close(h);
    ck_assert_int_eq(th_redis_int(R, "EXISTS {%s}:ctx:x", th_prefix()), 0);
    ck_assert_int_eq(th_redis_int(R, "EXISTS {%s}:ctx:y", th_prefix()), 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("save_many");
    TCase *tc = tcase_create("save_many");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, bulk_equals_single_saves);
    tcase_add_test(tc, foreign_ctx_key_skips_that_conversation_only);
    tcase_add_test(tc, foreign_pending_leaves_everything_untouched);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
