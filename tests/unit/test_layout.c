/* test_layout.c - the key layout (layout.c): CRC-32 and CRC-16 test
 * vectors, Redis Cluster hash slots, the shard function, hash tags and key
 * names of a shard, the registry-free shard lists. No servers. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "th.h"

START_TEST(crc_vectors)
{
    /* the standard check value of each CRC: the nine bytes "123456789" */
    ck_assert_uint_eq(mfp_crc32("123456789", 9), 0xCBF43926u);
    ck_assert_uint_eq(mfp_crc16("123456789", 9), 0x31C3u);
    ck_assert_uint_eq(mfp_crc32("", 0), 0u);
    ck_assert_uint_eq(mfp_crc16("", 0), 0u);
    ck_assert_uint_eq(mfp_crc32("conv-1", 6), 0xDEB1F2CCu);
    ck_assert_uint_eq(mfp_crc32("alice", 5), 0x278EBC47u);
}
END_TEST

START_TEST(key_slots)
{
    /* CLUSTER KEYSLOT answers (Redis documentation and redis-cli) */
    ck_assert_uint_eq(mfp_key_slot("foo", 3), 12182);
    ck_assert_uint_eq(mfp_key_slot("bar", 3), 5061);
    ck_assert_uint_eq(mfp_key_slot("hello", 5), 866);
    /* a hash tag: only what is between the first { and the next } */
    ck_assert_uint_eq(mfp_key_slot("{foo}:pending", 13), 12182);
    ck_assert_uint_eq(mfp_key_slot("x{foo}y{bar}", 12), 12182);
    /* an empty tag hashes the whole key */
    ck_assert_uint_eq(mfp_key_slot("{}foo", 5), mfp_crc16("{}foo", 5) & 16383);
    ck_assert_uint_eq(mfp_key_slot("foo{", 4), mfp_crc16("foo{", 4) & 16383);
}
END_TEST

START_TEST(shard_function)
{
    ck_assert_int_eq(mfp_shard_of(1, "conv-1", 6), MFP_SHARD_ONE);
    ck_assert_int_eq(mfp_shard_of(0, "conv-1", 6), MFP_SHARD_ONE);
    /* crc32 mod N: the docs' test vectors */
    ck_assert_int_eq(mfp_shard_of(16, "conv-1", 6), 12);
    ck_assert_int_eq(mfp_shard_of(4, "conv-1", 6), 0);
    ck_assert_int_eq(mfp_shard_of(8, "conv-1", 6), 4);
    ck_assert_int_eq(mfp_shard_of(16, "conv-2", 6), 6);
    ck_assert_int_eq(mfp_shard_of(16, "alice", 5), 7);
    ck_assert_int_eq(mfp_shard_of(16, "00000000-0000-0000-0000-000000000000", 36), 9);
    ck_assert_int_eq(mfp_shard_of(1024, "", 0), 0);
    ck_assert_int_eq(mfp_shard_of(16, "\xc3\xbc" "ber-Gespr\xc3\xa4" "ch", 15), 15); /* UTF-8 bytes */
    ck_assert_int_eq(mfp_shard_of(1024, "conv-1", 6), 716);
}
END_TEST

START_TEST(tags_and_keys)
{
    mf_config *c = mf_config_new();
    mf_error err = {0};
    mf_handle *h;
    const mfp_shard *s;
    char *t;

    ck_assert_ptr_nonnull(c);
    t = mfp_layout_tag("memflush", MFP_SHARD_ONE);
    ck_assert_str_eq(t, "{memflush}");
    free(t);
    t = mfp_layout_tag("app", 7);
    ck_assert_str_eq(t, "{app:7}");
    free(t);

    ck_assert_int_eq(mf_config_set(c, "prefix", "app", &err), 0);
    h = mf_open(c, &err);
    ck_assert_msg(h != NULL, "%s", err.msg);
    /* N = 1: today's keys byte for byte */
    ck_assert_str_eq(h->k_pending, "{app}:pending");
    ck_assert_str_eq(h->k_dead, "{app}:dead");
    ck_assert_str_eq(h->k_leases, "{app}:leases");
    ck_assert_str_eq(h->k_inflight_prefix, "{app}:inflight:");
    ck_assert_str_eq(h->k_ctx_prefix, "{app}:ctx:");
    ck_assert_int_eq(h->cur_slot, (int)mfp_key_slot("app", 3));
    s = mfp_layout_shard(h, 3, &err);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s->key[MFP_K_PENDING], "{app:3}:pending");
    ck_assert_str_eq(s->key[MFP_K_LEGACY_INFLIGHT], "{app:3}:legacy-inflight:");
    ck_assert_uint_eq(s->slot, mfp_key_slot("app:3", 5));
    ck_assert_int_eq(mfp_layout_use(h, 3, &err), 0);
    ck_assert_str_eq(h->k_ctx_prefix, "{app:3}:ctx:");
    ck_assert_ptr_null(mfp_layout_shard(h, MFP_MAX_SHARDS, &err));
    ck_assert_int_eq(err.code, MF_ECONFIG);
    ck_assert_str_eq(mfp_layout_type(MFP_K_LEASES), "zset");
    ck_assert_str_eq(mfp_layout_type(MFP_K_PENDING), "list");
    mf_close(h);

    /* N = 16: conversations go to {P:k}, the handle starts on shard 0 */
    memset(&err, 0, sizeof(err));
    ck_assert_int_eq(mf_config_set(c, "shards", "16", &err), 0);
    h = mf_open(c, &err);
    ck_assert_msg(h != NULL, "%s", err.msg);
    ck_assert_str_eq(h->k_pending, "{app:0}:pending");
    ck_assert_int_eq(mfp_layout_shard_of(h, "conv-1", 6), 12);
    {
        int out[32];
        size_t n = mfp_layout_configured(h, out, 32);
        ck_assert_uint_eq(n, 16);
        ck_assert_int_eq(out[15], 15);
    }
    mf_close(h);
    ck_assert_int_ne(mf_config_set(c, "shards", "0", &err), 0);
    ck_assert_int_ne(mf_config_set(c, "shards", "1025", &err), 0);
    mf_config_free(c);
}
END_TEST

/* import-legacy's keys on a cluster: in the legacy key's slot */
START_TEST(import_keys)
{
    static const char *const keys[] = {"pending:flush:queue", "{q}:legacy", "a{b}c{d}", "x{y"};
    mf_error err = {0};
    char *leases, *prefix;
    size_t i;

    for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        unsigned slot = mfp_key_slot(keys[i], strlen(keys[i]));
        ck_assert_int_eq(mfp_layout_import_keys(keys[i], &leases, &prefix, &err), 0);
        ck_assert_uint_eq(mfp_key_slot(leases, strlen(leases)), slot);
        ck_assert_uint_eq(mfp_key_slot(prefix, strlen(prefix)), slot);
        free(leases);
        free(prefix);
    }
    ck_assert_int_eq(mfp_layout_import_keys("pending:flush:queue", &leases, &prefix, &err), 0);
    ck_assert_str_eq(leases, "{pending:flush:queue}:memflush-import-leases");
    ck_assert_str_eq(prefix, "{pending:flush:queue}:memflush-import:");
    free(leases);
    free(prefix);
    ck_assert_int_eq(mfp_layout_import_keys("{q}:legacy", &leases, &prefix, &err), 0);
    ck_assert_str_eq(prefix, "{q}:memflush-import:");
    free(leases);
    free(prefix);
    /* a '}' but no hash tag: no name can share its slot */
    ck_assert_int_ne(mfp_layout_import_keys("x{}y{z}", &leases, &prefix, &err), 0);
    ck_assert_int_ne(mfp_layout_import_keys("a}b", &leases, &prefix, &err), 0);
    ck_assert_int_eq(err.code, MF_ECONFIG);
    ck_assert_ptr_null(leases);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("layout");
    TCase *tc = tcase_create("layout");

    tcase_add_test(tc, crc_vectors);
    tcase_add_test(tc, key_slots);
    tcase_add_test(tc, shard_function);
    tcase_add_test(tc, tags_and_keys);
    tcase_add_test(tc, import_keys);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
