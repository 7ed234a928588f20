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

static void hook(mf_handle *h)
{
    char *k = inflight_key(h);

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
    mfp_queue_test_hook = hook;
    ck_assert_msg(mfp_queue_claim(h, n, 300000, 0, b, &err) == 0, "%s", err.msg);
    mfp_queue_test_hook = NULL;
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

static Suite *suite(void)
{
    Suite *s = suite_create("claim");
    TCase *tc = tcase_create("claim");

    tcase_add_checked_fixture(tc, th_setup, th_teardown);
    tcase_add_test(tc, claims_in_order_under_a_lease);
    tcase_add_test(tc, inflight_changed_between_round_trips_claims_nothing);
    tcase_add_test(tc, queue_emptied_meanwhile_leaves_no_lease);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
