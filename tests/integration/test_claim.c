/* test_claim.c - the claim against a real Redis (tests/rig.sh): records move
 * from the head of {P}:pending to the flusher's in-flight list in order,
 * under a lease; when the in-flight list changes between the claim's two
 * round trips (another flusher took it back after the lease expired),
 * nothing is claimed; a queue emptied meanwhile leaves no lease behind. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "memflush.h"
#include "queue.h"
#include "testpoint.h"
#include "th.h"

static void push_n(int n)
{
    char *kp = th_key("pending");
    int i;

    for (i = 0; i < n; i++)
        freeReplyObject(redisCommand(R, "RPUSH %s r%02d", kp, i));
    free(kp);
}

static char *inflight_key(const mf_handle *h)
{
    char *k;
    ck_assert(asprintf(&k, "%s%s", h->k_inflight_prefix, h->flusher_id) > 0);
    return k;
}

/* The lease score of h's flusher id, -1 when it has none. */
static long long lease_of(const mf_handle *h)
{
    redisReply *r = redisCommand(R, "ZSCORE %s %s", h->k_leases, h->flusher_id);
    long long v = -1;

    ck_assert(r != NULL);
    if (r->type == REDIS_REPLY_STRING)
        v = strtoll(r->str, NULL, 10);
    freeReplyObject(r);
    return v;
}

/* What the hook does between the two round trips. */
static const char *hook_cmd;

static void hook(const char *point, mf_handle *h)
{
    char *k;

    if (strcmp(point, "claim_watched") != 0)
        return;
    k = inflight_key(h);

    if (strcmp(hook_cmd, "touch_inflight") == 0)
        freeReplyObject(redisCommand(R, "RPUSH %s intruder", k));
    else if (strcmp(hook_cmd, "drain_pending") == 0)
        freeReplyObject(redisCommand(R, "DEL %s", h->k_pending));
    free(k);
}

/* A first claim (nothing in flight) with cmd run between its round trips. */
static void claim_with_hook(mf_handle *h, const char *cmd, size_t n, mfp_batch *b)
{
    mf_error err = {0};

    hook_cmd = cmd;
    mfp_test_hook = hook;
    ck_assert_msg(mfp_queue_claim(h, n, 300000, 0, b, &err) == 0, "%s", err.msg);
    mfp_test_hook = NULL;
}

START_TEST(claims_in_order_under_a_lease)
{
    mf_handle *h = th_open(NULL, NULL);
    mf_error err = {0};
    mfp_batch b;
    size_t len;
    char *k = inflight_key(h);
    int i;

    push_n(12);
    ck_assert_msg(mfp_queue_claim(h, 5, 300000, 0, &b, &err) == 0, "%s", err.msg);
    ck_assert(!b.lost);
    ck_assert_uint_eq(b.n, 5);
    ck_assert_int_eq(b.pending_left, 7);
    for (i = 0; i < 5; i++) {
        char want[16];
        const char *rec = mfp_batch_record(&b, (size_t)i, &len);
        snprintf(want, sizeof(want), "r%02d", i);
        ck_assert_uint_eq(len, 3);
        ck_assert(memcmp(rec, want, 3) == 0);
    }
    mfp_batch_clear(&b);
    ck_assert_int_eq(th_redis_int(R, "LLEN %s", k), 5);
    ck_assert_int_eq(th_llen("pending"), 7);
    ck_assert(lease_of(h) > 0);

    /* a second batch behind the first (the overlap), then the rest */
    ck_assert(mfp_queue_claim(h, 5, 300000, 5, &b, &err) == 0);
    ck_assert_uint_eq(b.n, 5);
    mfp_batch_clear(&b);
    ck_assert(mfp_queue_claim(h, 5, 300000, 10, &b, &err) == 0);
    ck_assert_uint_eq(b.n, 2);
    ck_assert_int_eq(b.pending_left, 0);
    ck_assert(memcmp(mfp_batch_record(&b, 1, &len), "r11", 3) == 0);
    mfp_batch_clear(&b);
    ck_assert_int_eq(th_redis_int(R, "LLEN %s", k), 12);

    /* empty queue: nothing, and the in-flight list untouched */
    ck_assert(mfp_queue_claim(h, 5, 300000, 12, &b, &err) == 0);
    ck_assert_uint_eq(b.n, 0);
    ck_assert(!b.lost);
    mfp_batch_clear(&b);

    /* a wrong belief about the in-flight list: lost, nothing claimed */
    push_n(3);
    ck_assert(mfp_queue_claim(h, 5, 300000, 7, &b, &err) == 0);
    ck_assert(b.lost);
    ck_assert_uint_eq(b.n, 0);
    mfp_batch_clear(&b);
    ck_assert_int_eq(th_llen("pending"), 3);
    ck_assert_int_eq(th_redis_int(R, "LLEN %s", k), 12);
    free(k);
    mf_close(h);
}
END_TEST

START_TEST(inflight_changed_between_round_trips_claims_nothing)
{
    mf_handle *h = th_open(NULL, NULL);
    mf_error err = {0};
    mfp_batch b;
    char *k = inflight_key(h);

    push_n(10);
    claim_with_hook(h, "touch_inflight", 4, &b);
    ck_assert(b.lost);
    ck_assert_uint_eq(b.n, 0);
    mfp_batch_clear(&b);
    /* the MULTI did nothing: every record still pending, no lease taken */
    ck_assert_int_eq(th_llen("pending"), 10);
    ck_assert_int_eq(th_redis_int(R, "LLEN %s", k), 1);
    ck_assert_int_eq(lease_of(h), -1);

    /* the WATCH is gone with the EXEC: the next claim works */
    freeReplyObject(redisCommand(R, "DEL %s", k));
    ck_assert(mfp_queue_claim(h, 4, 300000, 0, &b, &err) == 0);
    ck_assert(!b.lost);
    ck_assert_uint_eq(b.n, 4);
    mfp_batch_clear(&b);
    ck_assert_int_eq(th_llen("pending"), 6);
    free(k);
    mf_close(h);
}
END_TEST

START_TEST(queue_emptied_meanwhile_leaves_no_lease)
{
    mf_handle *h = th_open(NULL, NULL);
    mfp_batch b;

    push_n(3);
    claim_with_hook(h, "drain_pending", 10, &b);
    ck_assert(!b.lost);
    ck_assert_uint_eq(b.n, 0);
    ck_assert_int_eq(b.pending_left, 0);
    mfp_batch_clear(&b);
    ck_assert_int_eq(lease_of(h), -1);
    mf_close(h);
}
END_TEST

/* Redis's clock in ms, as the lease scripts read it. */
static long long redis_ms(void)
{
    redisReply *r = redisCommand(R, "TIME");
    long long ms;

    ck_assert(r != NULL && r->type == REDIS_REPLY_ARRAY && r->elements == 2);
    ms = strtoll(r->element[0]->str, NULL, 10) * 1000 + strtoll(r->element[1]->str, NULL, 10) / 1000;
    freeReplyObject(r);
    return ms;
}

/* Run one of the two reclaim scripts; the records it took back. */
static long long run_reclaim(mf_handle *h, int legacy, const char *leases, const char *prefix)
{
    mf_error err = {0};
    const char *keys[2], *args[1] = {prefix};
    char *legacy_key = th_key("legacy-boundary");
    redisReply *r;
    long long n;

    keys[0] = legacy ? legacy_key : leases;
    keys[1] = legacy ? leases : h->k_pending;
    r = mfp_redis_script(h, legacy ? mfp_lua_legacy_reclaim : mfp_lua_reclaim, 2, keys, 1, args, NULL,
                         "reclaim", &err);
    ck_assert_msg(r != NULL && r->type == REDIS_REPLY_INTEGER, "%s", err.msg);
    n = r->integer;
    freeReplyObject(r);
    free(legacy_key);
    return n;
}

/* "Expired" is the same for both lease scripts (reclaim.lua and
 * legacy_reclaim.lua): a lease whose expiry (score, Redis ms) is before
 * Redis's now; at its expiry millisecond it is still held. A lease expiring
 * at S is reclaimed repeatedly from shortly before S: never by a call that
 * ended by S (TIME after the call <= S: the script's now <= S), always by
 * one that started after S. Without the fix legacy_reclaim.lua took a
 * lease at now == S. */
static void lease_boundary(int legacy)
{
    mf_handle *h = th_open(NULL, NULL);
    char *leases = th_key(legacy ? "legacy-leases" : "leases");
    char *prefix = th_key(legacy ? "legacy-inflight:" : "inflight:");
    long long s, before, after, taken;
    int rounds, at_s = 0;

    for (rounds = 0; rounds < 20; rounds++) {
        s = redis_ms() + 5;
        freeReplyObject(redisCommand(R, "RPUSH %sx item", prefix));
        freeReplyObject(redisCommand(R, "ZADD %s %lld x", leases, s));
        for (;;) {
            before = redis_ms();
            taken = run_reclaim(h, legacy, leases, prefix);
            after = redis_ms();
            if (after <= s) {
                ck_assert_msg(taken == 0, "%s took a lease at its expiry ms %lld (called at %lld..%lld)",
                              legacy ? "legacy_reclaim.lua" : "reclaim.lua", s, before, after);
                at_s += before == s;
            }
            if (before > s)
                ck_assert_msg(taken == 1, "a lease expired at %lld was not taken at %lld", s, before);
            if (taken == 1)
                break;
        }
        if (at_s > 0)
            break;
    }
    ck_assert_msg(at_s > 0, "no call fell inside the expiry millisecond in 20 rounds");
    freeReplyObject(redisCommand(R, "DEL %s %s", leases, h->k_pending));
    free(leases);
    free(prefix);
    mf_close(h);
}

START_TEST(reclaim_expiry_boundary)
{
    lease_boundary(0);
}
END_TEST

START_TEST(legacy_reclaim_expiry_boundary)
{
    lease_boundary(1);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("claim");
    TCase *tc = tcase_create("claim");

    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, claims_in_order_under_a_lease);
    tcase_add_test(tc, inflight_changed_between_round_trips_claims_nothing);
    tcase_add_test(tc, queue_emptied_meanwhile_leaves_no_lease);
    tcase_add_test(tc, reclaim_expiry_boundary);
    tcase_add_test(tc, legacy_reclaim_expiry_boundary);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
