/* test_record.c - the §1 record: parse/validate rules both ways, the data
 * files in tests/data/{valid,invalid}, encoding round trips, completion,
 * mf_turn conversion, UUIDv7 cids and the token estimate. No servers. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "record.h"
#include "th.h"

#define MAXB 1048576

/* Parse s (NUL-terminated); return 0 or -1 with err filled. */
static int parse_str(const char *s, mfp_record *r, mf_error *err)
{
    return mfp_record_parse(s, strlen(s), MAXB, r, err);
}

/* Expect s to be rejected with MF_EINVALID and a message containing want. */
static void expect_poison(const char *s, const char *want)
{
    mfp_record r;
    mf_error err = {0};

    ck_assert_msg(parse_str(s, &r, &err) == -1, "accepted: %s", s);
    ck_assert_int_eq(err.code, MF_EINVALID);
    ck_assert_msg(strstr(err.msg, want) != NULL, "message \"%s\" lacks \"%s\"", err.msg, want);
    mfp_record_clear(&r);
}

#define BASE "\"cid\":\"c-1\",\"conversation_id\":\"conv\",\"user_id\":\"u\"," \
             "\"user_message\":\"hi\",\"assistant_message\":\"hello\""

static void fields_equal(const mfp_record *a, const mfp_record *b)
{
    ck_assert_uint_eq(a->cid_len, b->cid_len);
    ck_assert(memcmp(a->cid, b->cid, a->cid_len) == 0);
    ck_assert_uint_eq(a->conversation_id_len, b->conversation_id_len);
    ck_assert(memcmp(a->conversation_id, b->conversation_id, a->conversation_id_len) == 0);
    ck_assert_uint_eq(a->user_id_len, b->user_id_len);
    ck_assert(memcmp(a->user_id, b->user_id, a->user_id_len) == 0);
    ck_assert_uint_eq(a->user_message_len, b->user_message_len);
    ck_assert(memcmp(a->user_message, b->user_message, a->user_message_len) == 0);
    ck_assert_uint_eq(a->assistant_message_len, b->assistant_message_len);
    ck_assert(memcmp(a->assistant_message, b->assistant_message, a->assistant_message_len) == 0);
    ck_assert_int_eq(a->has_token_count, b->has_token_count);
    ck_assert_int_eq(a->token_count, b->token_count);
    ck_assert_int_eq(a->has_created_at, b->has_created_at);
    ck_assert_str_eq(a->created_at, b->created_at);
    ck_assert_int_eq(a->reflection_json == NULL, b->reflection_json == NULL);
    if (a->reflection_json)
        ck_assert_str_eq(a->reflection_json, b->reflection_json);
    ck_assert_str_eq(a->metadata_json, b->metadata_json);
}

/* parse -> to_json -> parse gives the same record and the same text again */
static void round_trip(const mfp_record *r)
{
    mfp_record r2;
    mf_error err = {0};
    size_t len, len2;
    char *j = mfp_record_to_json(r, &len), *j2;

    ck_assert(j != NULL);
    ck_assert_uint_eq(strlen(j), len);
    ck_assert_msg(mfp_record_parse(j, len, MAXB, &r2, &err) == 0, "%s: %s", j, err.msg);
    fields_equal(r, &r2);
    j2 = mfp_record_to_json(&r2, &len2);
    ck_assert_str_eq(j, j2);
    free(j);
    free(j2);
    mfp_record_clear(&r2);
}

/* ------------------------------------------------------------ data files */

static void valid_file(const char *path, const char *buf, size_t len, void *arg)
{
    mfp_record r;
    mf_error err = {0};

    ck_assert_msg(mfp_record_parse(buf, len, MAXB, &r, &err) == 0, "%s rejected: %s", path,
                  err.msg);
    ck_assert_int_eq(err.code, 0);
    ck_assert(r.metadata_json != NULL);
    round_trip(&r);
    ck_assert(mfp_record_complete(&r, &err) == 0);
    round_trip(&r);
    mfp_record_clear(&r);
}

static void invalid_file(const char *path, const char *buf, size_t len, void *arg)
{
    mfp_record r;
    mf_error err = {0};
    char *entry, *back;
    size_t elen, blen;
    json_error_t je;
    json_t *j;

    ck_assert_msg(mfp_record_parse(buf, len, MAXB, &r, &err) == -1, "%s accepted", path);
    ck_assert_msg(err.code == MF_EINVALID, "%s: code %d", path, err.code);
    ck_assert_msg(err.msg[0] != '\0', "%s: empty message", path);
    mfp_record_clear(&r);
    ck_assert(r.cid == NULL && r.metadata_json == NULL);

    /* every poison record dead-letters into valid JSON and comes back byte for byte */
    entry = mfp_deadletter_entry(buf, len, err.msg, NULL, &elen);
    ck_assert(entry != NULL);
    j = json_loadb(entry, elen, JSON_REJECT_DUPLICATES, &je);
    ck_assert_msg(j != NULL, "%s: dead-letter entry is not JSON: %s", path, je.text);
    json_decref(j);
    ck_assert(mfp_deadletter_parse(entry, elen, &back, &blen, NULL, 0, &err) == 0);
    ck_assert_uint_eq(blen, len);
    ck_assert(memcmp(back, buf, len) == 0);
    free(back);
    free(entry);
}

START_TEST(data_valid)
{
    th_each_json("tests/data/valid", valid_file, NULL);
}
END_TEST

START_TEST(data_invalid)
{
    th_each_json("tests/data/invalid", invalid_file, NULL);
}
END_TEST

/* ------------------------------------------------------------ the rules */

START_TEST(minimal_defaults)
{
    mfp_record r;
    mf_error err = {0};

    ck_assert(parse_str("{" BASE "}", &r, &err) == 0);
    ck_assert_str_eq(r.cid, "c-1");
    ck_assert_uint_eq(r.cid_len, 3);
    ck_assert_str_eq(r.conversation_id, "conv");
    ck_assert_str_eq(r.user_id, "u");
    ck_assert_str_eq(r.user_message, "hi");
    ck_assert_str_eq(r.assistant_message, "hello");
    ck_assert_int_eq(r.has_token_count, 0);
    ck_assert_int_eq(r.has_created_at, 0);
    ck_assert(r.reflection_json == NULL);
    ck_assert_str_eq(r.metadata_json, "{}");
    mfp_record_clear(&r);
    mfp_record_clear(&r); /* twice is harmless */
    mfp_record_clear(NULL);
}
END_TEST

START_TEST(full_record)
{
    mfp_record r;
    mf_error err = {0};
    const char *s = "{\"v\":1," BASE ",\"token_count\":42,\"created_at\":\"2025-10-27T08:15:00.123Z\","
                    "\"reflection\":{\"summary\":\"ok\",\"confidence\":0.85,\"causes\":[]},"
                    "\"metadata\":{\"source\":\"web\",\"n\":1,\"r\":0.1,\"t\":true}}";
    char *j;

    ck_assert_msg(parse_str(s, &r, &err) == 0, "%s", err.msg);
    ck_assert_int_eq(r.has_token_count, 1);
    ck_assert_int_eq(r.token_count, 42);
    ck_assert_str_eq(r.created_at, "2025-10-27T08:15:00.123Z");
    /* reals keep their short form: 0.85, not 0.84999999999999998 */
    ck_assert_str_eq(r.reflection_json, "{\"summary\":\"ok\",\"confidence\":0.85,\"causes\":[]}");
    ck_assert_str_eq(r.metadata_json, "{\"source\":\"web\",\"n\":1,\"r\":0.1,\"t\":true}");
    j = mfp_record_to_json(&r, NULL);
    ck_assert_str_eq(j, "{\"v\":1," BASE ",\"token_count\":42,\"created_at\":"
                     "\"2025-10-27T08:15:00.123Z\",\"reflection\":{\"summary\":\"ok\","
                     "\"confidence\":0.85,\"causes\":[]},\"metadata\":{\"source\":\"web\",\"n\":1,"
                     "\"r\":0.1,\"t\":true}}");
    free(j);
    mfp_record_clear(&r);
}
END_TEST

START_TEST(null_is_absent)
{
    mfp_record r;
    mf_error err = {0};

    ck_assert_msg(parse_str("{\"v\":null," BASE ",\"token_count\":null,\"created_at\":null,"
                            "\"reflection\":null,\"metadata\":null}", &r, &err) == 0, "%s",
                  err.msg);
    ck_assert_int_eq(r.has_token_count, 0);
    ck_assert_int_eq(r.has_created_at, 0);
    ck_assert(r.reflection_json == NULL);
    ck_assert_str_eq(r.metadata_json, "{}");
    mfp_record_clear(&r);
}
END_TEST

START_TEST(unknown_fields_merge)
{
    mfp_record r;
    mf_error err = {0};

    ck_assert(parse_str("{\"lang\":\"zh\"," BASE ",\"metadata\":{\"a\":1},\"x\":{\"y\":[1,2]},"
                        "\"n\":null}", &r, &err) == 0);
    ck_assert_str_eq(r.metadata_json, "{\"a\":1,\"lang\":\"zh\",\"x\":{\"y\":[1,2]},\"n\":null}");
    mfp_record_clear(&r);
    ck_assert(parse_str("{" BASE ",\"lang\":\"en\"}", &r, &err) == 0);
    ck_assert_str_eq(r.metadata_json, "{\"lang\":\"en\"}");
    mfp_record_clear(&r);
    ck_assert(parse_str("{" BASE ",\"metadata\":null,\"lang\":\"en\"}", &r, &err) == 0);
    ck_assert_str_eq(r.metadata_json, "{\"lang\":\"en\"}");
    mfp_record_clear(&r);
    expect_poison("{" BASE ",\"metadata\":{\"lang\":\"en\"},\"lang\":\"zh\"}",
                  "field \"lang\" conflicts with the key \"lang\" in metadata");
}
END_TEST

START_TEST(version)
{
    mfp_record r;
    mf_error err = {0};

    ck_assert(parse_str("{\"v\":1," BASE "}", &r, &err) == 0);
    mfp_record_clear(&r);
    expect_poison("{\"v\":2," BASE "}", "unknown format version 2");
    expect_poison("{\"v\":0," BASE "}", "unknown format version 0");
    expect_poison("{\"v\":-1," BASE "}", "unknown format version -1");
    expect_poison("{\"v\":\"1\"," BASE "}", "field \"v\" must be the integer 1, got \"1\"");
    expect_poison("{\"v\":1.0," BASE "}", "field \"v\" must be the integer 1, got 1.0");
    expect_poison("{\"v\":true," BASE "}", "field \"v\" must be the integer 1");
}
END_TEST

START_TEST(required_fields)
{
    static const char *const names[] = {"cid", "conversation_id", "user_id", "user_message",
                                        "assistant_message"};
    char buf[512], want[128];

    for (size_t i = 0; i < 5; i++) {
        /* build BASE without field i */
        json_t *o = json_loads("{" BASE "}", 0, NULL);
        char *s;
        json_object_del(o, names[i]);
        s = json_dumps(o, JSON_COMPACT);
        snprintf(want, sizeof(want), "field \"%s\" is required", names[i]);
        expect_poison(s, want);
        free(s);
        /* null, number, object, array */
        const char *bad[] = {"null", "12", "{}", "[]", "true"};
        for (size_t k = 0; k < 5; k++) {
            json_object_set_new(o, names[i], json_loads(bad[k], JSON_DECODE_ANY, NULL));
            s = json_dumps(o, JSON_COMPACT);
            snprintf(want, sizeof(want), "field \"%s\" must be a string, got %s", names[i],
                     bad[k]);
            expect_poison(s, want);
            free(s);
        }
        json_decref(o);
    }
    (void)buf;
}
END_TEST

START_TEST(lengths)
{
    mfp_record r;
    mf_error err = {0};
    char buf[2048], big[300];

    expect_poison("{\"cid\":\"\",\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"\","
                  "\"assistant_message\":\"\"}", "field \"cid\" must be 1 to 128 bytes, got 0");
    memset(big, 'x', 129);
    big[129] = '\0';
    snprintf(buf, sizeof(buf), "{\"cid\":\"%s\",\"conversation_id\":\"c\",\"user_id\":\"u\","
             "\"user_message\":\"\",\"assistant_message\":\"\"}", big);
    expect_poison(buf, "field \"cid\" must be 1 to 128 bytes, got 129");
    big[128] = '\0';
    snprintf(buf, sizeof(buf), "{\"cid\":\"%s\",\"conversation_id\":\"c\",\"user_id\":\"u\","
             "\"user_message\":\"\",\"assistant_message\":\"\"}", big);
    ck_assert(parse_str(buf, &r, &err) == 0);
    ck_assert_uint_eq(r.cid_len, 128);
    ck_assert_str_eq(r.user_message, "");
    ck_assert_uint_eq(r.user_message_len, 0);
    mfp_record_clear(&r);
    /* bytes, not characters: 86 x 3-byte characters = 258 bytes */
    strcpy(big, "");
    for (int i = 0; i < 86; i++)
        strcat(big, "\xe4\xbd\xa0");
    snprintf(buf, sizeof(buf), "{\"cid\":\"c\",\"conversation_id\":\"%s\",\"user_id\":\"u\","
             "\"user_message\":\"\",\"assistant_message\":\"\"}", big);
    expect_poison(buf, "field \"conversation_id\" must be 1 to 256 bytes, got 258");
    snprintf(buf, sizeof(buf), "{\"cid\":\"c\",\"conversation_id\":\"c\",\"user_id\":\"%s\","
             "\"user_message\":\"\",\"assistant_message\":\"\"}", big);
    expect_poison(buf, "field \"user_id\" must be 1 to 256 bytes, got 258");
    expect_poison("{\"cid\":\"c\",\"conversation_id\":\"c\",\"user_id\":\"\",\"user_message\":\"\","
                  "\"assistant_message\":\"\"}", "field \"user_id\" must be 1 to 256 bytes, got 0");
}
END_TEST

START_TEST(token_count_rules)
{
    mfp_record r;
    mf_error err = {0};

    ck_assert(parse_str("{" BASE ",\"token_count\":2147483647}", &r, &err) == 0);
    ck_assert_int_eq(r.token_count, 2147483647LL);
    mfp_record_clear(&r);
    ck_assert(parse_str("{" BASE ",\"token_count\":0}", &r, &err) == 0);
    ck_assert_int_eq(r.has_token_count, 1);
    ck_assert_int_eq(r.token_count, 0);
    mfp_record_clear(&r);
    expect_poison("{" BASE ",\"token_count\":1.5}",
                  "field \"token_count\" must be an integer from 0 to 2147483647, got 1.5");
    expect_poison("{" BASE ",\"token_count\":12.0}",
                  "field \"token_count\" must be an integer from 0 to 2147483647, got 12.0");
    expect_poison("{" BASE ",\"token_count\":1e2}",
                  "field \"token_count\" must be an integer from 0 to 2147483647, got 100.0");
    expect_poison("{" BASE ",\"token_count\":\"12\"}",
                  "field \"token_count\" must be an integer from 0 to 2147483647, got \"12\"");
    expect_poison("{" BASE ",\"token_count\":-1}", "got -1");
    expect_poison("{" BASE ",\"token_count\":2147483648}", "got 2147483648");
    expect_poison("{" BASE ",\"token_count\":false}", "got false");
    expect_poison("{" BASE ",\"token_count\":[]}", "got []");
}
END_TEST

START_TEST(created_at_rules)
{
    static const struct { const char *in, *out; } ok[] = {
        {"2025-10-27T08:15:00Z", "2025-10-27T08:15:00Z"},
        {"2025-10-27t08:15:00z", "2025-10-27T08:15:00Z"},
        {"2025-10-27 08:15:00.5+05:30", "2025-10-27T08:15:00.5+05:30"},
        {"2025-10-27T08:15:00.123456789-08:00", "2025-10-27T08:15:00.123457-08:00"},
        {"2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"},
    };
    mfp_record r;
    mf_error err = {0};
    char buf[256];

    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        snprintf(buf, sizeof(buf), "{" BASE ",\"created_at\":\"%s\"}", ok[i].in);
        ck_assert_msg(parse_str(buf, &r, &err) == 0, "%s: %s", ok[i].in, err.msg);
        ck_assert_str_eq(r.created_at, ok[i].out);
        ck_assert_int_eq(r.has_created_at, 1);
        mfp_record_clear(&r);
    }
    expect_poison("{" BASE ",\"created_at\":\"2025-10-27T08:15:00\"}", "offset is missing");
    expect_poison("{" BASE ",\"created_at\":\"2023-02-29T08:15:00Z\"}",
                  "day 29 is out of range for 2023-02");
    expect_poison("{" BASE ",\"created_at\":\"2025-10-27T24:00:00Z\"}", "hour 24");
    expect_poison("{" BASE ",\"created_at\":1761552900}",
                  "field \"created_at\" must be an RFC 3339 string");
    expect_poison("{" BASE ",\"created_at\":\"yesterday\"}",
                  "field \"created_at\" must be an RFC 3339 timestamp");
}
END_TEST

START_TEST(object_fields)
{
    expect_poison("{" BASE ",\"reflection\":[]}",
                  "field \"reflection\" must be an object or null, got []");
    expect_poison("{" BASE ",\"reflection\":\"good\"}",
                  "field \"reflection\" must be an object or null, got \"good\"");
    expect_poison("{" BASE ",\"metadata\":[1]}",
                  "field \"metadata\" must be an object or null, got [1]");
    expect_poison("{" BASE ",\"metadata\":\"{}\"}", "field \"metadata\" must be an object");
}
END_TEST

START_TEST(syntax_and_encoding)
{
    mfp_record r;
    mf_error err = {0};
    static const char rec[] = " \t\r\n{" BASE "} \n\t\r";
    char buf[256];

    ck_assert(mfp_record_parse(rec, sizeof(rec) - 1, MAXB, &r, &err) == 0);
    mfp_record_clear(&r);
    expect_poison("[{" BASE "}]", "record must be a JSON object, got an array");
    expect_poison("{" BASE "} x", "record is not valid JSON");
    expect_poison("{" BASE "}{}", "record is not valid JSON");
    expect_poison("", "record is not valid JSON");
    expect_poison("\xef\xbb\xbf{" BASE "}", "byte-order mark");
    expect_poison("{" BASE ",\"cid\":\"again\"}", "key given twice");
    expect_poison("{" BASE ",\"metadata\":{\"a\":{\"k\":1,\"k\":2}}}", "key given twice");
    expect_poison("{" BASE ",\"x\":\"\xff\"}", "not valid UTF-8");
    expect_poison("{" BASE ",\"x\":\"\xed\xa0\x80\"}", "not valid UTF-8");
    expect_poison("{" BASE ",\"x\":\"\xc0\xaf\"}", "not valid UTF-8");
    expect_poison("{" BASE ",\"x\":\"\\ud800\"}", "not valid UTF-8");
    expect_poison("{" BASE ",\"x\":\"\\udfff\"}", "not valid UTF-8");
    expect_poison("{" BASE ",\"x\":\"a\\u0000\"}", "NUL character");
    expect_poison("{" BASE ",\"metadata\":{\"d\":[[{\"e\":\"\\u0000\"}]]}}", "NUL character");
    expect_poison("{" BASE ",\"metadata\":{\"\\u0000\":1}}", "NUL character");
    expect_poison("{\"cid\":\"a\\u0000b\",\"conversation_id\":\"c\",\"user_id\":\"u\","
                  "\"user_message\":\"\",\"assistant_message\":\"\"}", "NUL character");
    /* a raw NUL byte inside the buffer */
    snprintf(buf, sizeof(buf), "{" BASE "}");
    buf[3] = '\0';
    ck_assert(mfp_record_parse(buf, strlen(BASE) + 2, MAXB, &r, &err) == -1);
    ck_assert_int_eq(err.code, MF_EINVALID);
    mfp_record_clear(&r);
}
END_TEST

START_TEST(deep_nesting)
{
    size_t n = 100000, len;
    char *buf = malloc(2 * n + 200);
    mfp_record r;
    mf_error err = {0};

    len = (size_t)sprintf(buf, "{" BASE ",\"metadata\":{\"d\":");
    memset(buf + len, '[', n);
    memset(buf + len + n, ']', n);
    len += 2 * n;
    memcpy(buf + len, "}}", 3);
    len += 2;
    ck_assert(mfp_record_parse(buf, len, 0, &r, &err) == -1);
    ck_assert_int_eq(err.code, MF_EINVALID);
    ck_assert_msg(strstr(err.msg, "nested more than") != NULL, "%s", err.msg);
    mfp_record_clear(&r);
    free(buf);
}
END_TEST

START_TEST(size_limit)
{
    size_t n = 2000000;
    char *buf = malloc(n);
    mfp_record r;
    mf_error err = {0};

    memset(buf, 'x', n); /* not JSON: the size check must come first */
    ck_assert(mfp_record_parse(buf, n, MAXB, &r, &err) == -1);
    ck_assert_int_eq(err.code, MF_EINVALID);
    ck_assert_str_eq(err.msg, "record is 2000000 bytes, more than the maximum of 1048576 "
                              "(MEMFLUSH_MAX_RECORD_BYTES)");
    mfp_record_clear(&r);

    /* exactly at the limit passes the size check; one byte more does not */
    {
        char rec[] = "{" BASE "}";
        size_t rl = strlen(rec);
        mf_error e2 = {0};
        ck_assert(mfp_record_parse(rec, rl, rl, &r, &e2) == 0);
        mfp_record_clear(&r);
        ck_assert(mfp_record_parse(rec, rl, rl - 1, &r, &e2) == -1);
        ck_assert(strstr(e2.msg, "more than the maximum") != NULL);
        mfp_record_clear(&r);
    }
    free(buf);
}
END_TEST

START_TEST(unicode_round_trip)
{
    mfp_record r, r2;
    mf_error err = {0};
    const char *um = "你好，世界！\n今天天气怎么样？ \\ \"引号\" \t";
    const char *am = "😀👍🏽 café — ñ \xf0\x9f\x87\xa8\xf0\x9f\x87\xb3 \xe2\x80\xa8";
    json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:s,s:{s:s}}", "cid", "会话😀", "conversation_id",
                          "对话", "user_id", "用户", "user_message", um, "assistant_message", am,
                          "metadata", "表情", "🎉");
    char *s = json_dumps(o, JSON_COMPACT), *j;

    ck_assert_msg(parse_str(s, &r, &err) == 0, "%s", err.msg);
    ck_assert_str_eq(r.user_message, um);
    ck_assert_str_eq(r.assistant_message, am);
    ck_assert_str_eq(r.cid, "会话😀");
    ck_assert_str_eq(r.metadata_json, "{\"表情\":\"🎉\"}");
    j = mfp_record_to_json(&r, NULL);
    /* UTF-8 is written raw, not as \u escapes */
    ck_assert(strstr(j, "你好，世界！\\n今天") != NULL);
    ck_assert(strstr(j, "😀👍🏽") != NULL);
    ck_assert(parse_str(j, &r2, &err) == 0);
    fields_equal(&r, &r2);
    ck_assert_str_eq(r2.user_message, um);
    ck_assert_str_eq(r2.assistant_message, am);
    round_trip(&r);
    free(j);
    free(s);
    json_decref(o);
    mfp_record_clear(&r);
    mfp_record_clear(&r2);
}
END_TEST

START_TEST(control_chars_round_trip)
{
    mfp_record r;
    mf_error err = {0};
    char *j;

    ck_assert(parse_str("{" BASE ",\"metadata\":{\"c\":\"\\u0001\\u001f\\b\\f\\n\\r\\t\\\"\\\\/\\u007f\"}}",
                        &r, &err) == 0);
    ck_assert_str_eq(r.metadata_json,
                     "{\"c\":\"\\u0001\\u001f\\b\\f\\n\\r\\t\\\"\\\\/\x7f\"}");
    j = mfp_record_to_json(&r, NULL);
    ck_assert(j != NULL);
    round_trip(&r);
    free(j);
    mfp_record_clear(&r);
}
END_TEST

START_TEST(numbers_in_metadata)
{
    mfp_record r;
    mf_error err = {0};

    ck_assert(parse_str("{" BASE ",\"metadata\":{\"a\":0.1,\"b\":0.85,\"c\":1e-7,\"d\":1.0,"
                        "\"e\":-0.0,\"f\":123456789.125,\"g\":9223372036854775807,\"h\":-3,"
                        "\"i\":2.5e300,\"j\":0.30000000000000004}}", &r, &err) == 0);
    ck_assert_str_eq(r.metadata_json,
                     "{\"a\":0.1,\"b\":0.85,\"c\":1e-07,\"d\":1.0,\"e\":-0.0,\"f\":123456789.125,"
                     "\"g\":9223372036854775807,\"h\":-3,\"i\":2.5e+300,\"j\":0.30000000000000004}");
    round_trip(&r);
    mfp_record_clear(&r);
}
END_TEST

/* ------------------------------------------------------------ complete */

static int is_uuidv7(const char *s)
{
    if (strlen(s) != 36)
        return 0;
    for (int i = 0; i < 36; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (s[i] != '-')
                return 0;
        } else if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) {
            return 0;
        }
    }
    return s[14] == '7' && strchr("89ab", s[19]) != NULL;
}

START_TEST(complete_fills)
{
    mfp_record r;
    mf_error err = {0};
    mfp_ts ts;

    ck_assert(parse_str("{\"conversation_id\":\"c\",\"user_id\":\"u\",\"user_message\":\"hello world\","
                        "\"assistant_message\":\"你好\",\"cid\":\"keep\"}", &r, &err) == 0);
    ck_assert(mfp_record_complete(&r, &err) == 0);
    ck_assert_str_eq(r.cid, "keep");
    ck_assert_int_eq(r.has_token_count, 1);
    ck_assert_int_eq(r.token_count, 3 + 2);
    ck_assert_int_eq(r.has_created_at, 1);
    ck_assert_uint_eq(strlen(r.created_at), 24);
    ck_assert(r.created_at[23] == 'Z' && r.created_at[19] == '.');
    ck_assert(mfp_rfc3339_parse(r.created_at, strlen(r.created_at), &ts, &err) == 0);
    ck_assert(llabs((long long)(mfp_ts_unix(&ts) - time(NULL))) < 86400);
    mfp_record_clear(&r);

    /* given values are kept; a missing cid gets a UUIDv7 */
    {
        mf_turn t = {0};
        t.conversation_id = "c";
        t.user_id = "u";
        t.user_message = "";
        t.assistant_message = "";
        t.token_count = 7;
        t.created_at = "2025-01-01T00:00:00Z";
        ck_assert(mfp_record_from_turn(&t, MAXB, &r, &err) == 0);
        ck_assert(r.cid == NULL);
        ck_assert(mfp_record_complete(&r, &err) == 0);
        ck_assert_msg(is_uuidv7(r.cid), "%s", r.cid);
        ck_assert_uint_eq(r.cid_len, 36);
        ck_assert_int_eq(r.token_count, 7);
        ck_assert_str_eq(r.created_at, "2025-01-01T00:00:00Z");
        round_trip(&r);
        mfp_record_clear(&r);
    }
}
END_TEST

/* ------------------------------------------------------------ from mf_turn */

static mf_turn good_turn(void)
{
    mf_turn t = {0};
    t.cid = "t-1";
    t.conversation_id = "conv";
    t.user_id = "u";
    t.user_message = "你好";
    t.assistant_message = "hi 😀";
    t.token_count = -1;
    return t;
}

static void expect_turn_poison(const mf_turn *t, size_t maxb, const char *want)
{
    mfp_record r;
    mf_error err = {0};

    ck_assert(mfp_record_from_turn(t, maxb, &r, &err) == -1);
    ck_assert_int_eq(err.code, MF_EINVALID);
    ck_assert_msg(strstr(err.msg, want) != NULL, "message \"%s\" lacks \"%s\"", err.msg, want);
    mfp_record_clear(&r);
}

START_TEST(from_turn)
{
    mf_turn t = good_turn();
    mfp_record r;
    mf_error err = {0};
    char big[300];

    ck_assert(mfp_record_from_turn(&t, MAXB, &r, &err) == 0);
    ck_assert_str_eq(r.cid, "t-1");
    ck_assert_str_eq(r.user_message, "你好");
    ck_assert_int_eq(r.has_token_count, 0);
    ck_assert_str_eq(r.metadata_json, "{}");
    ck_assert(r.reflection_json == NULL);
    ck_assert(mfp_record_complete(&r, &err) == 0);
    ck_assert_int_eq(r.token_count, 2 + 1 + 2);
    round_trip(&r);
    mfp_record_clear(&r);

    t.metadata_json = " {\"a\": 0.85, \"b\": [1, 2]} ";
    t.reflection_json = "{\"summary\":\"s\"}";
    t.created_at = "2025-10-27 08:15:00.123456z";
    t.token_count = 0;
    ck_assert_msg(mfp_record_from_turn(&t, MAXB, &r, &err) == 0, "%s", err.msg);
    ck_assert_str_eq(r.metadata_json, "{\"a\":0.85,\"b\":[1,2]}");
    ck_assert_str_eq(r.reflection_json, "{\"summary\":\"s\"}");
    ck_assert_str_eq(r.created_at, "2025-10-27T08:15:00.123456Z");
    ck_assert_int_eq(r.has_token_count, 1);
    ck_assert_int_eq(r.token_count, 0);
    round_trip(&r);
    mfp_record_clear(&r);

    t = good_turn();
    t.metadata_json = "null";
    t.reflection_json = "null";
    ck_assert(mfp_record_from_turn(&t, MAXB, &r, &err) == 0);
    ck_assert_str_eq(r.metadata_json, "{}");
    ck_assert(r.reflection_json == NULL);
    mfp_record_clear(&r);

    t = good_turn();
    t.conversation_id = NULL;
    expect_turn_poison(&t, MAXB, "field \"conversation_id\" is required");
    t = good_turn();
    t.user_message = NULL;
    expect_turn_poison(&t, MAXB, "field \"user_message\" is required");
    t = good_turn();
    t.cid = "";
    expect_turn_poison(&t, MAXB, "field \"cid\" must be 1 to 128 bytes, got 0");
    t = good_turn();
    memset(big, 'u', 257);
    big[257] = '\0';
    t.user_id = big;
    expect_turn_poison(&t, MAXB, "field \"user_id\" must be 1 to 256 bytes, got 257");
    t = good_turn();
    t.assistant_message = "bad \xff byte";
    expect_turn_poison(&t, MAXB, "field \"assistant_message\" is not valid UTF-8");
    t = good_turn();
    t.token_count = 2147483648LL;
    expect_turn_poison(&t, MAXB, "got 2147483648");
    t = good_turn();
    t.created_at = "2025-10-27T08:15:00";
    expect_turn_poison(&t, MAXB, "offset is missing");
    t = good_turn();
    t.metadata_json = "[1]";
    expect_turn_poison(&t, MAXB, "field \"metadata\" must be an object or null, got an array");
    t = good_turn();
    t.metadata_json = "{\"a\":";
    expect_turn_poison(&t, MAXB, "field \"metadata\" is not valid JSON");
    t = good_turn();
    t.metadata_json = "{\"a\":1,\"a\":2}";
    expect_turn_poison(&t, MAXB, "key given twice");
    t = good_turn();
    t.reflection_json = "{\"a\":\"\\u0000\"}";
    expect_turn_poison(&t, MAXB, "NUL character");
    t = good_turn();
    t.reflection_json = "\"text\"";
    expect_turn_poison(&t, MAXB, "field \"reflection\" must be an object or null");
    t = good_turn();
    expect_turn_poison(&t, 50, "more than the maximum of 50");
}
END_TEST

/* ------------------------------------------------------------ cid */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

START_TEST(cid_uuidv7)
{
    enum { N = 20000 };
    char **ids = malloc(N * sizeof(*ids));
    mf_error err = {0};
    unsigned long long ms;
    long long now_ms = (long long)time(NULL) * 1000;
    char hex[13];

    for (int i = 0; i < N; i++) {
        ids[i] = malloc(MFP_UUID_LEN + 1);
        ck_assert(mfp_cid_new(ids[i], &err) == 0);
        ck_assert_msg(is_uuidv7(ids[i]), "not a UUIDv7: %s", ids[i]);
    }
    /* the first 48 bits are Unix milliseconds */
    memcpy(hex, ids[0], 8);
    memcpy(hex + 8, ids[0] + 9, 4);
    hex[12] = '\0';
    ms = strtoull(hex, NULL, 16);
    ck_assert(llabs((long long)ms - now_ms) < 86400000LL);
    qsort(ids, N, sizeof(*ids), cmp_str);
    for (int i = 1; i < N; i++)
        ck_assert_msg(strcmp(ids[i - 1], ids[i]) != 0, "duplicate %s", ids[i]);
    for (int i = 0; i < N; i++)
        free(ids[i]);
    free(ids);
}
END_TEST

/* ------------------------------------------------------------ tokens */

static long long est(const char *s)
{
    return mfp_estimate_tokens(s, strlen(s));
}

START_TEST(token_estimate)
{
    ck_assert_int_eq(est(""), 0);
    ck_assert_int_eq(est("a"), 1);
    ck_assert_int_eq(est("abcd"), 1);
    ck_assert_int_eq(est("abcde"), 2);
    ck_assert_int_eq(est("hello world"), 3);            /* 11 ASCII bytes */
    ck_assert_int_eq(est("你好世界"), 4);                /* one per ideograph */
    ck_assert_int_eq(est("こんにちは"), 5);              /* kana */
    ck_assert_int_eq(est("안녕하세요"), 5);              /* hangul */
    ck_assert_int_eq(est("😀😀"), 4);                    /* two per emoji */
    ck_assert_int_eq(est("hi 你好"), 1 + 2);
    ck_assert_int_eq(est("café"), 2);                   /* 3 + 2 units */
    ck_assert_int_eq(est("привет"), 3);                 /* 12 units */
    ck_assert_int_eq(est("ab\xff"), 2);                 /* a stray byte counts one */
    /* Chinese costs far more per byte-length-equivalent than ASCII */
    ck_assert(est("你好你好你好") > est("abcdefghijklmnopqr"));
}
END_TEST

/* The hex digit table (JSON \uXXXX, URL %XX, COPY \xHH) against strtol, for
 * every byte value. */
START_TEST(hex_digits)
{
    for (int c = 0; c < 256; c++) {
        char s[2] = {(char)c, '\0'}, *end;
        long want = c != 0 && strchr("0123456789abcdefABCDEF", c) != NULL ? strtol(s, &end, 16) : -1;
        ck_assert_msg(mfp_hexval(c) == want, "byte %d: %d, want %ld", c, mfp_hexval(c), want);
        ck_assert_int_eq(mfp_hexval((char)c), want); /* a negative char is a byte too */
    }
}
END_TEST

/* mfp_json_put_string takes any bytes (a dead letter's record): every byte
 * that needs a look at every position of strings of 0 to 40 bytes, against a
 * byte-by-byte reference (escapes; U+FFFD for a byte that is not UTF-8). */
START_TEST(json_string_every_position)
{
    static const char *const probes[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "é", "中",
                                         "😀", "\xff", "\xe4\xbd", "\xed\xa0\x80", "\xc0\xaf"};

    for (size_t len = 0; len <= 40; len++)
        for (size_t pos = 0; pos <= len; pos++)
            for (size_t k = 0; k < sizeof(probes) / sizeof(probes[0]); k++) {
                char in[64], want[256];
                size_t n = 0, w = 0, i = 0;
                mfp_buf b;

                for (size_t j = 0; j <= len; j++) {
                    if (j == pos) {
                        memcpy(in + n, probes[k], strlen(probes[k]));
                        n += strlen(probes[k]);
                    }
                    if (j < len)
                        in[n++] = j % 7 == 6 ? '\xe4' : (char)('a' + j % 26); /* '\xe4' alone: not UTF-8 */
                }
                want[w++] = '"';
                while (i < n) {
                    unsigned char c = (unsigned char)in[i];
                    size_t q = mfp_utf8_seq((const unsigned char *)in + i, n - i);
                    if (c == '"' || c == '\\') {
                        want[w++] = '\\';
                        want[w++] = (char)c;
                        i++;
                    } else if (c == '\n') {
                        memcpy(want + w, "\\n", 2);
                        w += 2;
                        i++;
                    } else if (c < 0x20) {
                        w += (size_t)sprintf(want + w, "\\u%04x", c);
                        i++;
                    } else if (q == 0) {
                        memcpy(want + w, "\xEF\xBF\xBD", 3);
                        w += 3;
                        i++;
                    } else {
                        memcpy(want + w, in + i, q);
                        w += q;
                        i += q;
                    }
                }
                want[w++] = '"';
                mfp_buf_init(&b);
                ck_assert_int_eq(mfp_json_put_string(&b, in, n), 0);
                ck_assert_msg(b.len == w && memcmp(b.data, want, w) == 0,
                              "probe %zu at %zu of %zu: got %.*s", k, pos, len, (int)b.len, b.data);
                mfp_buf_free(&b);
            }
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("record");
    TCase *tc = tcase_create("record");

    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, data_valid);
    tcase_add_test(tc, json_string_every_position);
    tcase_add_test(tc, hex_digits);
    tcase_add_test(tc, data_invalid);
    tcase_add_test(tc, minimal_defaults);
    tcase_add_test(tc, full_record);
    tcase_add_test(tc, null_is_absent);
    tcase_add_test(tc, unknown_fields_merge);
    tcase_add_test(tc, version);
    tcase_add_test(tc, required_fields);
    tcase_add_test(tc, lengths);
    tcase_add_test(tc, token_count_rules);
    tcase_add_test(tc, created_at_rules);
    tcase_add_test(tc, object_fields);
    tcase_add_test(tc, syntax_and_encoding);
    tcase_add_test(tc, deep_nesting);
    tcase_add_test(tc, size_limit);
    tcase_add_test(tc, unicode_round_trip);
    tcase_add_test(tc, control_chars_round_trip);
    tcase_add_test(tc, numbers_in_metadata);
    tcase_add_test(tc, complete_fills);
    tcase_add_test(tc, from_turn);
    tcase_add_test(tc, cid_uuidv7);
    tcase_add_test(tc, token_estimate);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
