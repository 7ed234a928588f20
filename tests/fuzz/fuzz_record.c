/* fuzz_record.c - libFuzzer target for the §1 record parser/validator and
 * encoder (record.c, rfc3339.c, tokens.c).
 * Properties, for any input bytes:
 *  - mfp_record_parse never crashes or leaks, and fails with MF_EINVALID
 *    (poison) and a message, never anything else;
 *  - an accepted record obeys §1: the strings are valid UTF-8 without NUL,
 *    cid 1-128 bytes, ids 1-256 bytes, token_count 0..2^31-1, metadata set;
 *  - round trip: to_json of an accepted record parses again, to an equal
 *    record, and encoding that gives the same text (the encoding is canonical);
 *  - completing the record (cid, created_at, token estimate) keeps it valid;
 *  - the JSON string writer always emits valid JSON that reads back as the
 *    input when the input is valid UTF-8;
 *  - an accepted timestamp normalises to a fixed point;
 *  - the one-pass fast parser accepts only what jansson accepts, to an equal
 *    record (differential: recfast.c against record.c's jansson path). */
#include <string.h>

#include <jansson.h>

#include "fuzz.h"
#include "record.h"

static int same_str(const char *a, size_t alen, const char *b, size_t blen)
{
    if (a == NULL || b == NULL)
        return a == b;
    return alen == blen && memcmp(a, b, alen) == 0 && strlen(a) == alen;
}

static void check_equal(const mfp_record *a, const mfp_record *b)
{
    FUZZ_CHECK(same_str(a->cid, a->cid_len, b->cid, b->cid_len), "cid differs");
    FUZZ_CHECK(same_str(a->conversation_id, a->conversation_id_len, b->conversation_id,
                        b->conversation_id_len), "conversation_id differs");
    FUZZ_CHECK(same_str(a->user_id, a->user_id_len, b->user_id, b->user_id_len), "user_id differs");
    FUZZ_CHECK(same_str(a->user_message, a->user_message_len, b->user_message,
                        b->user_message_len), "user_message differs");
    FUZZ_CHECK(same_str(a->assistant_message, a->assistant_message_len, b->assistant_message,
                        b->assistant_message_len), "assistant_message differs");
    FUZZ_CHECK(a->has_token_count == b->has_token_count, "token_count presence differs");
    FUZZ_CHECK(!a->has_token_count || a->token_count == b->token_count, "token_count differs");
    FUZZ_CHECK(a->has_created_at == b->has_created_at, "created_at presence differs");
    FUZZ_CHECK(!a->has_created_at || strcmp(a->created_at, b->created_at) == 0,
               "created_at differs");
    FUZZ_CHECK(same_str(a->reflection_json, a->reflection_json_len, b->reflection_json,
                        b->reflection_json_len), "reflection differs");
    FUZZ_CHECK(same_str(a->metadata_json, a->metadata_json_len, b->metadata_json,
                        b->metadata_json_len), "metadata differs");
}

static void check_valid(const mfp_record *r)
{
    FUZZ_CHECK(r->cid != NULL && r->cid_len >= 1 && r->cid_len <= MFP_CID_MAX, "cid length");
    FUZZ_CHECK(r->conversation_id != NULL && r->conversation_id_len >= 1 &&
               r->conversation_id_len <= MFP_ID_MAX, "conversation_id length");
    FUZZ_CHECK(r->user_id != NULL && r->user_id_len >= 1 && r->user_id_len <= MFP_ID_MAX,
               "user_id length");
    FUZZ_CHECK(r->user_message != NULL && r->assistant_message != NULL, "messages missing");
    FUZZ_CHECK(mfp_utf8_valid(r->cid, r->cid_len), "cid not UTF-8 or has NUL");
    FUZZ_CHECK(mfp_utf8_valid(r->conversation_id, r->conversation_id_len),
               "conversation_id not UTF-8 or has NUL");
    FUZZ_CHECK(mfp_utf8_valid(r->user_id, r->user_id_len), "user_id not UTF-8 or has NUL");
    FUZZ_CHECK(mfp_utf8_valid(r->user_message, r->user_message_len),
               "user_message not UTF-8 or has NUL");
    FUZZ_CHECK(mfp_utf8_valid(r->assistant_message, r->assistant_message_len),
               "assistant_message not UTF-8 or has NUL");
    FUZZ_CHECK(!r->has_token_count || (r->token_count >= 0 && r->token_count <= MFP_TOKEN_MAX),
               "token_count out of range");
    FUZZ_CHECK(r->metadata_json != NULL && r->metadata_json_len >= 2 &&
               r->metadata_json[0] == '{', "metadata is not an object");
    FUZZ_CHECK(mfp_utf8_valid(r->metadata_json, r->metadata_json_len), "metadata not UTF-8");
    FUZZ_CHECK(r->reflection_json == NULL ||
               (r->reflection_json[0] == '{' &&
                mfp_utf8_valid(r->reflection_json, r->reflection_json_len)),
               "reflection is not an object");
    if (r->has_created_at) {
        char again[MFP_TS_MAX];
        mf_error err = {0};
        size_t n = strlen(r->created_at);
        FUZZ_CHECK(n > 0 && n < MFP_TS_MAX, "created_at length");
        FUZZ_CHECK(mfp_rfc3339_normalize(r->created_at, n, again, &err) == 0,
                   "normalised created_at does not parse");
        FUZZ_CHECK(strcmp(again, r->created_at) == 0, "created_at normalisation not a fixed point");
    }
}

/* to_json(r) parses again to an equal record with the same encoding. */
static void check_round_trip(const mfp_record *r)
{
    mfp_record r2;
    mf_error err = {0};
    size_t len = 0, len2 = 0;
    char *j1 = mfp_record_to_json(r, &len), *j2;

    FUZZ_CHECK(j1 != NULL && strlen(j1) == len, "to_json failed");
    if (mfp_record_parse(j1, len, 0, &r2, &err) != 0) {
        fprintf(stderr, "re-parse failed: %s\n  text: %.400s\n", err.msg, j1);
        FUZZ_CHECK(0, "to_json output does not parse again");
    }
    check_equal(r, &r2);
    j2 = mfp_record_to_json(&r2, &len2);
    FUZZ_CHECK(j2 != NULL && len == len2 && memcmp(j1, j2, len) == 0, "encoding not canonical");
    free(j1);
    free(j2);
    mfp_record_clear(&r2);
}

static void check_json_string(const char *s, size_t len)
{
    mfp_buf b;
    json_error_t je;
    json_t *v;

    mfp_buf_init(&b);
    FUZZ_CHECK(mfp_json_put_string(&b, s, len) == 0, "put_string failed");
    v = json_loadb(b.data, b.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
    FUZZ_CHECK(v != NULL && json_is_string(v), "put_string output is not a JSON string");
    /* valid UTF-8 (NUL allowed: it is written as \u0000) reads back as is */
    int valid = 1;
    for (size_t i = 0, k; i <= len && valid; i = k + 1) {
        const char *z = memchr(s + i, '\0', len - i);
        k = z ? (size_t)(z - s) : len;
        valid = mfp_utf8_valid(s + i, k - i);
    }
    if (valid)
        FUZZ_CHECK(json_string_length(v) == len && (len == 0 || memcmp(json_string_value(v), s, len) == 0),
                   "put_string does not read back as the input");
    json_decref(v);
    mfp_buf_free(&b);
}

/* The one-pass parser (recfast.c) accepts only what the jansson path
 * accepts, and gives the same record; mfp_record_parse takes the fast path
 * first, so a difference would change what is stored. */
static void check_fast_path(const char *s, size_t size)
{
    mfp_record f, ref;
    mf_error err = {0};
    int fast = mfp_record_parse_fast(s, size, &f);
    int rc = mfp_record_parse_ref(s, size, 0, &ref, &err);

    if (fast) {
        if (rc != 0)
            fprintf(stderr, "jansson refused what the fast path accepted: %s\n", err.msg);
        FUZZ_CHECK(rc == 0, "fast path accepted a record the jansson path refuses");
        check_equal(&f, &ref);
    } else {
        FUZZ_CHECK(f.cid == NULL && f.metadata_json == NULL, "declined record not zeroed");
    }
    mfp_record_clear(&f);
    mfp_record_clear(&ref);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    mfp_record r;
    mf_error err = {0};
    char ts[MFP_TS_MAX];

    if (mfp_record_parse(s, size, MFP_DEFAULT_MAX_RECORD_BYTES, &r, &err) == 0) {
        FUZZ_CHECK(err.code == 0, "error set on success");
        check_valid(&r);
        check_round_trip(&r);
        FUZZ_CHECK(mfp_record_complete(&r, &err) == 0, "complete failed");
        check_valid(&r);
        FUZZ_CHECK(r.has_token_count && r.has_created_at, "complete left fields out");
        check_round_trip(&r);
    } else {
        FUZZ_CHECK(err.code == MF_EINVALID, "a rejected record is not MF_EINVALID");
        FUZZ_CHECK(err.msg[0] != '\0', "a rejected record has no message");
    }
    mfp_record_clear(&r);
    mfp_record_clear(&r); /* a cleared record can be cleared again */

    check_fast_path(s, size);
    check_json_string(s, size);
    (void)mfp_estimate_tokens(s, size);

    memset(&err, 0, sizeof(err));
    if (mfp_rfc3339_normalize(s, size, ts, &err) == 0) {
        char again[MFP_TS_MAX];
        FUZZ_CHECK(strlen(ts) < MFP_TS_MAX, "timestamp too long");
        FUZZ_CHECK(mfp_rfc3339_normalize(ts, strlen(ts), again, &err) == 0 &&
                   strcmp(ts, again) == 0, "timestamp normalisation not a fixed point");
    }
    return 0;
}
