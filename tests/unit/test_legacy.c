/* test_legacy.c - SHA-256 against FIPS 180-4 vectors, the legacy cid rule
 * against fixed values (computed independently with Python's hashlib), and
 * the legacy element -> §1 record mapping (no servers). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "legacy.h"
#include "record.h"

static void hex(const unsigned char *d, char *out)
{
    static const char x[] = "0123456789abcdef";
    for (int i = 0; i < MFP_SHA256_LEN; i++) {
        out[2 * i] = x[d[i] >> 4];
        out[2 * i + 1] = x[d[i] & 15];
    }
    out[64] = '\0';
}

static void check_sha(const char *msg, const char *want)
{
    unsigned char d[MFP_SHA256_LEN];
    char h[65];

    mfp_sha256(msg, strlen(msg), d);
    hex(d, h);
    ck_assert_str_eq(h, want);
}

START_TEST(sha256_vectors)
{
    check_sha("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    check_sha("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    check_sha("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    check_sha("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
              "klmnopqrlmnopqrsmnopqrstnopqrstu",
              "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}
END_TEST

START_TEST(sha256_streaming_million_a)
{
    /* one million 'a' fed in uneven pieces crosses every buffer boundary case */
    static char a[1024]; /* every step is at most 1009 bytes */
    unsigned char d[MFP_SHA256_LEN];
    char h[65];
    mfp_sha256_ctx s;
    size_t done = 0, step = 1;

    memset(a, 'a', sizeof(a));
    mfp_sha256_init(&s);
    while (done < 1000000) {
        size_t n = step < 1000000 - done ? step : 1000000 - done;
        mfp_sha256_update(&s, a, n);
        done += n;
        step = step % 997 + 13;
    }
    mfp_sha256_final(&s, d);
    hex(d, h);
    ck_assert_str_eq(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
END_TEST

static void cid_of(const char *conv, const char *user, const char *created, const char *um,
                   const char *am, char *out)
{
    mfp_legacy_cid(conv, strlen(conv), user, strlen(user), created, strlen(created), um, strlen(um),
                   am, strlen(am), out);
}

START_TEST(cid_fixed_values)
{
    char cid[MFP_LEGACY_CID_LEN + 1];

    cid_of("conv-1", "user-1", "2025-10-27T08:15:00.123456Z",
           "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x8c\xe6\x88\x91\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xbf\x83\xe6\x83\x85\xe4\xb8\x8d\xe5\xa5\xbd",
           "\xe6\x8a\xb1\xe6\xad\x89\xe5\x90\xac\xe5\x88\xb0\xe8\xbf\x99\xe4\xb8\xaa\xe3\x80\x82\xe6\x83\xb3\xe8\x81\x8a\xe8\x81\x8a\xe5\x90\x97\xef\xbc\x9f",
           cid);
    ck_assert_str_eq(cid, "legacy-fd11e56de7542350a5d5b01a75a1f933");
    cid_of("conv-1", "user-1", "", "hi", "", cid);
    ck_assert_str_eq(cid, "legacy-2cde5bc34b5a48e16193624373f251c0");
    cid_of("c", "42", "2025-10-27T08:15:00.000000Z", "hello", "world", cid);
    ck_assert_str_eq(cid, "legacy-8c53ee026c0dd7eb60cbb097398a4878");
    cid_of("", "", "", "", "", cid);
    ck_assert_str_eq(cid, "legacy-fabc833872435cea3f0863489221d2c8");
    /* the length prefix keeps field boundaries apart */
    {
        char a[MFP_LEGACY_CID_LEN + 1], b[MFP_LEGACY_CID_LEN + 1];
        cid_of("ab", "c", "", "x", "y", a);
        cid_of("a", "bc", "", "x", "y", b);
        ck_assert_str_ne(a, b);
    }
}
END_TEST

/* Convert and parse the result back; aborts when conversion fails. */
static json_t *convert_ok(const char *elem, mfp_record *r)
{
    mf_error err = {0};
    char *out = NULL;
    size_t len = 0;
    json_t *j;

    ck_assert_msg(mfp_legacy_convert(elem, strlen(elem), 0, &out, &len, &err) == 0,
                  "conversion failed: %s", err.msg);
    ck_assert_uint_eq(len, strlen(out));
    ck_assert_msg(mfp_record_parse(out, len, 0, r, &err) == 0, "not a valid record: %s (%s)", err.msg, out);
    j = json_loads(out, 0, NULL);
    ck_assert_ptr_nonnull(j);
    free(out);
    return j;
}

static void convert_bad(const char *elem, size_t len, const char *needle)
{
    mf_error err = {0};
    char *out = (char *)"sentinel";

    ck_assert_msg(mfp_legacy_convert(elem, len, 0, &out, NULL, &err) == -1, "converted: %.*s", (int)len, elem);
    ck_assert_int_eq(err.code, MF_EINVALID);
    ck_assert_ptr_null(out);
    ck_assert_msg(strstr(err.msg, needle) != NULL, "message \"%s\" does not mention \"%s\"", err.msg, needle);
}

/* What the Python backend writes (json.dumps with ensure_ascii=True). */
static const char full_elem[] =
    "{\"conversation_id\": \"conv-1\", \"data\": {\"user_msg\": \"\\u4f60\\u597d\\uff0c\\u6211\\u4eca\\u5929"
    "\\u5fc3\\u60c5\\u4e0d\\u597d\", \"assistant_msg\": \"\\u62b1\\u6b49\\u542c\\u5230\\u8fd9\\u4e2a\\u3002"
    "\\u60f3\\u804a\\u804a\\u5417\\uff1f\", \"reflection\": {\"summary\": \"user is sad\", \"causes\": "
    "[\"work\"], \"improvements\": [], \"confidence\": 0.8}, \"token_data\": {\"prompt_count\": 30, "
    "\"completion_count\": 12, \"total_count\": 42}, \"user_id\": \"user-1\", \"timestamp\": 1761552900}, "
    "\"timestamp\": \"2025-10-27T08:15:00.123456\"}";

START_TEST(maps_full_element_with_chinese)
{
    mfp_record r;
    json_t *j = convert_ok(full_elem, &r), *meta, *td, *refl;

    ck_assert_str_eq(r.cid, "legacy-fd11e56de7542350a5d5b01a75a1f933");
    ck_assert_str_eq(r.conversation_id, "conv-1");
    ck_assert_str_eq(r.user_id, "user-1");
    ck_assert_str_eq(r.user_message,
                     "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x8c\xe6\x88\x91\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xbf\x83\xe6\x83\x85\xe4\xb8\x8d\xe5\xa5\xbd");
    ck_assert_int_eq(r.has_token_count, 1);
    ck_assert_int_eq(r.token_count, 42);
    ck_assert_int_eq(r.has_created_at, 1);
    ck_assert_str_eq(r.created_at, "2025-10-27T08:15:00.123456Z"); /* the element's time wins */
    refl = json_object_get(j, "reflection");
    ck_assert_str_eq(json_string_value(json_object_get(refl, "summary")), "user is sad");
    ck_assert(json_real_value(json_object_get(refl, "confidence")) == 0.8);
    meta = json_object_get(j, "metadata");
    ck_assert_str_eq(json_string_value(json_object_get(meta, "source")), "legacy");
    td = json_object_get(meta, "token_data");
    ck_assert_int_eq(json_integer_value(json_object_get(td, "total_count")), 42);
    ck_assert_int_eq(json_integer_value(json_object_get(td, "prompt_count")), 30);
    ck_assert_ptr_null(json_object_get(meta, "legacy_extra"));
    ck_assert_int_eq(json_integer_value(json_object_get(j, "v")), 1);
    json_decref(j);
    mfp_record_clear(&r);
}
END_TEST

START_TEST(raw_utf8_and_escapes_give_the_same_record)
{
    const char raw[] =
        "{\"conversation_id\":\"conv-1\",\"timestamp\":\"2025-10-27T08:15:00.123456\",\"data\":{"
        "\"user_id\":\"user-1\",\"user_msg\":\"\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x8c\xe6\x88\x91\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xbf\x83\xe6\x83\x85\xe4\xb8\x8d\xe5\xa5\xbd\","
        "\"assistant_msg\":\"\xe6\x8a\xb1\xe6\xad\x89\xe5\x90\xac\xe5\x88\xb0\xe8\xbf\x99\xe4\xb8\xaa\xe3\x80\x82\xe6\x83\xb3\xe8\x81\x8a\xe8\x81\x8a\xe5\x90\x97\xef\xbc\x9f\","
        "\"reflection\":null,\"token_data\":null}}";
    mfp_record r;
    json_t *j = convert_ok(raw, &r);

    /* the same turn, whatever the JSON spelling or the other fields */
    ck_assert_str_eq(r.cid, "legacy-fd11e56de7542350a5d5b01a75a1f933");
    json_decref(j);
    mfp_record_clear(&r);
}
END_TEST

START_TEST(null_reflection_and_missing_token_data)
{
    const char e[] = "{\"conversation_id\": \"c\", \"data\": {\"user_msg\": \"hello\", \"assistant_msg\": "
                     "\"world\", \"reflection\": null, \"user_id\": 42, \"timestamp\": 1761552900}, "
                     "\"timestamp\": \"2025-10-27T08:15:00\"}";
    mfp_record r;
    json_t *j = convert_ok(e, &r), *meta;

    ck_assert_ptr_null(r.reflection_json);
    ck_assert_ptr_null(json_object_get(j, "reflection"));
    ck_assert_int_eq(r.has_token_count, 0); /* memflush stores its estimate at flush */
    ck_assert_ptr_null(json_object_get(j, "token_count"));
    meta = json_object_get(j, "metadata");
    ck_assert_ptr_null(json_object_get(meta, "token_data"));
    ck_assert_str_eq(json_string_value(json_object_get(meta, "source")), "legacy");
    ck_assert_str_eq(r.user_id, "42"); /* an integer user id becomes its decimal text */
    ck_assert_str_eq(r.created_at, "2025-10-27T08:15:00.000000Z");
    ck_assert_str_eq(r.cid, "legacy-8c53ee026c0dd7eb60cbb097398a4878");
    json_decref(j);
    mfp_record_clear(&r);
}
END_TEST

START_TEST(timestamp_fallbacks)
{
    mfp_record r;
    json_t *j;

    /* no element time: data's seconds */
    j = convert_ok("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"hello\",\"assistant_msg\":\"world\","
                   "\"user_id\":\"42\",\"timestamp\":1761552900}}", &r);
    ck_assert_str_eq(r.created_at, "2025-10-27T08:15:00.000000Z");
    ck_assert_str_eq(r.cid, "legacy-8c53ee026c0dd7eb60cbb097398a4878");
    json_decref(j);
    mfp_record_clear(&r);

    /* an unreadable element time falls back to data's and is kept in metadata */
    j = convert_ok("{\"conversation_id\":\"c\",\"timestamp\":\"yesterday\",\"data\":{\"user_msg\":\"hello\","
                   "\"assistant_msg\":\"world\",\"user_id\":\"42\",\"timestamp\":1761552900}}", &r);
    ck_assert_str_eq(r.created_at, "2025-10-27T08:15:00.000000Z");
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(j, "metadata"), "legacy_timestamp")),
                     "yesterday");
    json_decref(j);
    mfp_record_clear(&r);

    /* an offset is honoured and converted to UTC */
    j = convert_ok("{\"conversation_id\":\"c\",\"timestamp\":\"2025-10-27T10:15:00.5+02:00\",\"data\":{"
                   "\"user_msg\":\"hello\",\"assistant_msg\":\"world\",\"user_id\":\"42\"}}", &r);
    ck_assert_str_eq(r.created_at, "2025-10-27T08:15:00.500000Z");
    json_decref(j);
    mfp_record_clear(&r);

    /* a float data.timestamp keeps its microseconds */
    j = convert_ok("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"hello\",\"assistant_msg\":\"world\","
                   "\"user_id\":\"42\",\"timestamp\":1761552900.25}}", &r);
    ck_assert_str_eq(r.created_at, "2025-10-27T08:15:00.250000Z");
    json_decref(j);
    mfp_record_clear(&r);

    /* no time at all: created_at left to the flusher, cid over "" */
    j = convert_ok("{\"conversation_id\":\"conv-1\",\"data\":{\"user_msg\":\"hi\",\"assistant_msg\":\"\","
                   "\"user_id\":\"user-1\",\"timestamp\":\"soon\"}}", &r);
    ck_assert_int_eq(r.has_created_at, 0);
    ck_assert_str_eq(r.cid, "legacy-2cde5bc34b5a48e16193624373f251c0");
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(j, "metadata"), "legacy_data_timestamp")),
                     "soon");
    json_decref(j);
    mfp_record_clear(&r);
}
END_TEST

START_TEST(unknown_fields_are_kept)
{
    mfp_record r;
    json_t *j = convert_ok("{\"conversation_id\":\"c\",\"retry\":2,\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\","
                           "\"user_id\":\"u\",\"mood\":\"sad\"}}", &r), *meta;

    meta = json_object_get(j, "metadata");
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(meta, "legacy_extra"), "mood")), "sad");
    ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(meta, "legacy_element"), "retry")), 2);
    json_decref(j);
    mfp_record_clear(&r);
}
END_TEST

START_TEST(deterministic)
{
    mf_error err = {0};
    char *a = NULL, *b = NULL;

    ck_assert_int_eq(mfp_legacy_convert(full_elem, strlen(full_elem), 0, &a, NULL, &err), 0);
    ck_assert_int_eq(mfp_legacy_convert(full_elem, strlen(full_elem), 0, &b, NULL, &err), 0);
    ck_assert_str_eq(a, b);
    free(a);
    free(b);
}
END_TEST

#define BAD(s, needle) convert_bad(s, sizeof(s) - 1, needle)

START_TEST(malformed_elements)
{
    static const char nul_inside[] = "{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"a\\u0000b\",\"assistant_msg\":\"\",\"user_id\":\"u\"}}";
    char big[400];

    BAD("not json at all", "not valid JSON");
    BAD("", "not valid JSON");
    BAD("[1,2]", "JSON object");
    BAD("{\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\",\"user_id\":\"u\"}}", "conversation_id");
    BAD("{\"conversation_id\":null,\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\",\"user_id\":\"u\"}}",
        "conversation_id");
    BAD("{\"conversation_id\":\"\",\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\",\"user_id\":\"u\"}}",
        "conversation_id");
    BAD("{\"conversation_id\":\"c\"}", "data");
    BAD("{\"conversation_id\":\"c\",\"data\":\"{}\"}", "data");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"assistant_msg\":\"b\",\"user_id\":\"u\"}}", "data.user_msg");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":7,\"assistant_msg\":\"b\",\"user_id\":\"u\"}}",
        "data.user_msg");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"a\",\"user_id\":\"u\"}}", "data.assistant_msg");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\"}}", "data.user_id");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\",\"user_id\":\"u\","
        "\"reflection\":\"fine\"}}", "data.reflection");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\",\"user_id\":\"u\","
        "\"token_data\":[1]}}", "data.token_data");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\",\"user_id\":\"u\","
        "\"token_data\":{\"total_count\":\"12\"}}}", "total_count");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\",\"user_id\":\"u\","
        "\"token_data\":{\"total_count\":-1}}}", "total_count");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\",\"user_id\":\"u\","
        "\"token_data\":{\"total_count\":12.5}}}", "total_count");
    BAD("{\"conversation_id\":\"c\",\"conversation_id\":\"d\",\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\","
        "\"user_id\":\"u\"}}", "not valid JSON");
    BAD("{\"conversation_id\":\"c\",\"data\":{\"user_msg\":\"\xff\xfe\",\"assistant_msg\":\"b\",\"user_id\":\"u\"}}",
        "not valid JSON");
    convert_bad(nul_inside, sizeof(nul_inside) - 1, "not valid JSON");
    /* a conversation id longer than the record allows */
    memset(big, 'x', sizeof(big));
    {
        char e[800];
        snprintf(e, sizeof(e), "{\"conversation_id\":\"%.300s\",\"data\":{\"user_msg\":\"a\",\"assistant_msg\":\"b\","
                 "\"user_id\":\"u\"}}", big);
        convert_bad(e, strlen(e), "conversation_id");
    }
}
END_TEST

START_TEST(size_limit_applies)
{
    mf_error err = {0};
    char *out = NULL;

    ck_assert_int_eq(mfp_legacy_convert(full_elem, strlen(full_elem), 100, &out, NULL, &err), -1);
    ck_assert_int_eq(err.code, MF_EINVALID);
    ck_assert(strstr(err.msg, "MEMFLUSH_MAX_RECORD_BYTES") != NULL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("legacy");
    TCase *tc = tcase_create("legacy");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, sha256_vectors);
    tcase_add_test(tc, sha256_streaming_million_a);
    tcase_add_test(tc, cid_fixed_values);
    tcase_add_test(tc, maps_full_element_with_chinese);
    tcase_add_test(tc, raw_utf8_and_escapes_give_the_same_record);
    tcase_add_test(tc, null_reflection_and_missing_token_data);
    tcase_add_test(tc, timestamp_fallbacks);
    tcase_add_test(tc, unknown_fields_are_kept);
    tcase_add_test(tc, deterministic);
    tcase_add_test(tc, malformed_elements);
    tcase_add_test(tc, size_limit_applies);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
