/* fuzz_deadletter.c - libFuzzer target for dead-letter entries (deadletter.c).
 * Input layout: byte 0 = flags (bit 0: give a sqlstate), byte 1 = n, the next
 * n bytes = the error sentence (cut at a NUL), the rest = the record's raw
 * bytes (anything: invalid UTF-8 and NUL included).
 * Properties: the entry is one valid JSON object (valid UTF-8, no NUL) with
 * exactly record|record_base64, error, sqlstate and failed_at; "record" is used
 * exactly when the bytes are valid UTF-8; parsing the entry gives back the
 * original bytes and the error sentence; base64 round-trips; the parser never
 * crashes on arbitrary input. */
#include <string.h>

#include <jansson.h>

#include "fuzz.h"
#include "record.h"

static void check_entry(const char *rec, size_t len, const char *error, const char *sqlstate)
{
    size_t elen = 0, back_len = 0;
    char *entry = mfp_deadletter_entry(rec, len, error, sqlstate, &elen);
    char *back = NULL, errback[1024];
    mf_error err = {0};
    json_error_t je;
    json_t *root, *v;
    mfp_ts ts;

    FUZZ_CHECK(entry != NULL, "entry is NULL");
    FUZZ_CHECK(strlen(entry) == elen, "entry length wrong or a NUL inside");
    FUZZ_CHECK(mfp_utf8_valid(entry, elen), "entry is not valid UTF-8");

    root = json_loadb(entry, elen, JSON_REJECT_DUPLICATES, &je);
    FUZZ_CHECK(root != NULL, "entry is not valid JSON");
    FUZZ_CHECK(json_is_object(root) && json_object_size(root) == 4, "entry is not a 4-key object");
    if (mfp_utf8_valid(rec, len)) {
        v = json_object_get(root, "record");
        FUZZ_CHECK(json_is_string(v), "valid UTF-8 record not stored as \"record\"");
        FUZZ_CHECK(json_string_length(v) == len && memcmp(json_string_value(v), rec, len) == 0,
                   "\"record\" differs from the bytes");
    } else {
        FUZZ_CHECK(json_is_string(json_object_get(root, "record_base64")),
                   "invalid UTF-8 record not stored as \"record_base64\"");
    }
    FUZZ_CHECK(json_is_string(json_object_get(root, "error")), "no error string");
    v = json_object_get(root, "sqlstate");
    if (sqlstate != NULL && sqlstate[0] != '\0')
        FUZZ_CHECK(json_is_string(v) && strcmp(json_string_value(v), sqlstate) == 0, "sqlstate lost");
    else
        FUZZ_CHECK(json_is_null(v), "sqlstate should be null");
    v = json_object_get(root, "failed_at");
    FUZZ_CHECK(json_is_string(v), "no failed_at");
    FUZZ_CHECK(mfp_rfc3339_parse(json_string_value(v), json_string_length(v), &ts, &err) == 0,
               "failed_at is not RFC 3339");
    json_decref(root);

    FUZZ_CHECK(mfp_deadletter_parse(entry, elen, &back, &back_len, errback, sizeof(errback),
                                    &err) == 0, "entry does not parse back");
    FUZZ_CHECK(back_len == len, "record length changed");
    FUZZ_CHECK(len == 0 || memcmp(back, rec, len) == 0, "record bytes changed");
    FUZZ_CHECK(back[back_len] == '\0', "record not NUL-terminated");
    if (error != NULL && mfp_utf8_valid(error, strlen(error)))
        FUZZ_CHECK(strcmp(errback, error) == 0, "error sentence changed");
    free(back);
    free(entry);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char error[256], *back = NULL;
    const char *rec;
    size_t n = 0, len, back_len = 0;
    unsigned flags = 0;
    mf_error err = {0};
    mfp_buf b64;
    unsigned char *dec;

    /* arbitrary bytes as an entry: any answer, no crash, no leak */
    if (mfp_deadletter_parse((const char *)data, size, &back, &back_len, error, sizeof(error),
                             &err) == 0)
        FUZZ_CHECK(back != NULL, "parse succeeded without a record");
    free(back);

    if (size >= 2) {
        flags = data[0];
        n = data[1] < size - 2 ? data[1] : size - 2;
        memcpy(error, data + 2, n);
        error[n] = '\0';
        rec = (const char *)data + 2 + n;
        len = size - 2 - n;
    } else {
        error[0] = '\0';
        rec = (const char *)data;
        len = size;
    }
    check_entry(rec, len, error, (flags & 1) ? "22P02" : NULL);
    check_entry(rec, len, NULL, "");
    /* the whole input as the record */
    check_entry((const char *)data, size, "record is not valid JSON", NULL);

    /* base64 round trip */
    mfp_buf_init(&b64);
    FUZZ_CHECK(mfp_base64_encode(&b64, data, size) == 0, "base64 encode failed");
    FUZZ_CHECK(b64.len == (size + 2) / 3 * 4, "base64 length wrong");
    dec = mfp_base64_decode(b64.data ? b64.data : "", b64.len, &len);
    FUZZ_CHECK(dec != NULL && len == size && (size == 0 || memcmp(dec, data, size) == 0),
               "base64 round trip failed");
    free(dec);
    mfp_buf_free(&b64);
    /* arbitrary text as base64: no crash */
    dec = mfp_base64_decode((const char *)data, size, &len);
    free(dec);
    return 0;
}
