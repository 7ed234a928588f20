/* legacy.c - map one element of the Python backend's legacy queue
 * (pending:flush:queue) to a §1 record with a deterministic cid. Pure logic:
 * knows nothing about Redis or PostgreSQL; legacy_import.c moves the bytes.
 * The rules are documented in docs/legacy-migration.md. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "legacy.h"
#include "record.h"

/* 9999-12-31T23:59:59Z: the last second PostgreSQL's text form and ours agree on */
#define MAX_UNIX 253402300799LL

static void put_part(mfp_sha256_ctx *s, const char *p, size_t n)
{
    char len[32];
    int k = snprintf(len, sizeof(len), "%zu:", n);

    mfp_sha256_update(s, len, (size_t)k);
    mfp_sha256_update(s, p, n);
}

void mfp_legacy_cid(const char *conversation_id, size_t conversation_id_len, const char *user_id,
                    size_t user_id_len, const char *created, size_t created_len,
                    const char *user_message, size_t user_message_len,
                    const char *assistant_message, size_t assistant_message_len, char *out)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char d[MFP_SHA256_LEN];
    mfp_sha256_ctx s;
    int i;

    mfp_sha256_init(&s);
    put_part(&s, conversation_id, conversation_id_len);
    put_part(&s, user_id, user_id_len);
    put_part(&s, created, created_len);
    put_part(&s, user_message, user_message_len);
    put_part(&s, assistant_message, assistant_message_len);
    mfp_sha256_final(&s, d);
    memcpy(out, "legacy-", 7);
    for (i = 0; i < 16; i++) {
        out[7 + 2 * i] = hex[d[i] >> 4];
        out[8 + 2 * i] = hex[d[i] & 15];
    }
    out[MFP_LEGACY_CID_LEN] = '\0';
}

/* A short description of a JSON value for messages: its type and a bit of it. */
static void describe(const json_t *v, char *out, size_t n)
{
    switch (json_typeof(v)) {
    case JSON_STRING:
        snprintf(out, n, "the string \"%.32s\"", json_string_value(v));
        break;
    case JSON_INTEGER:
        snprintf(out, n, "the integer %" JSON_INTEGER_FORMAT, json_integer_value(v));
        break;
    case JSON_REAL:
        snprintf(out, n, "the number %g", json_real_value(v));
        break;
    case JSON_TRUE:
    case JSON_FALSE:
        snprintf(out, n, "a boolean");
        break;
    case JSON_NULL:
        snprintf(out, n, "null");
        break;
    case JSON_ARRAY:
        snprintf(out, n, "an array");
        break;
    default:
        snprintf(out, n, "an object");
        break;
    }
}

static int wrong_type(const char *field, const char *want, const json_t *v, mf_error *err)
{
    char got[64] = "nothing";

    if (v != NULL)
        describe(v, got, sizeof(got));
    return mfp_seterr(err, MF_EINVALID, "legacy element: %s must be %s, got %s", field, want, got);
}

/* An id: a string, or a JSON integer taken as its decimal text (Python code
 * often keeps user ids as int). buf holds the text of an integer. */
static int id_text(const json_t *v, const char *field, char *buf, size_t bufsz, const char **s,
                   size_t *n, mf_error *err)
{
    if (json_is_string(v)) {
        *s = json_string_value(v);
        *n = json_string_length(v);
        return 0;
    }
    if (json_is_integer(v)) {
        snprintf(buf, bufsz, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        *s = buf;
        *n = strlen(buf);
        return 0;
    }
    return wrong_type(field, "a string", v, err);
}

static int msg_text(const json_t *v, const char *field, const char **s, size_t *n, mf_error *err)
{
    if (!json_is_string(v))
        return wrong_type(field, "a string", v, err);
    *s = json_string_value(v);
    *n = json_string_length(v);
    return 0;
}

/* Unix seconds + microseconds -> "YYYY-MM-DDTHH:MM:SS.ffffffZ" (27 bytes). */
static int format_utc(int64_t secs, int usec, char *out)
{
    struct tm tm;
    time_t t = (time_t)secs;

    if (secs < -62135596800LL || secs > MAX_UNIX || gmtime_r(&t, &tm) == NULL)
        return -1;
    if (tm.tm_year + 1900 < 1 || tm.tm_year + 1900 > 9999)
        return -1;
    snprintf(out, MFP_TS_MAX, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", tm.tm_year + 1900,
             tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, usec);
    return 0;
}

/* The element's "timestamp": Python's datetime.isoformat() of a naive UTC
 * time ("2025-10-27T08:15:00.123456", no fraction when it is zero). A text
 * that carries an offset is honoured. Returns 0 and the canonical UTC text. */
static int iso_to_utc(const char *s, size_t n, char *out)
{
    char buf[64];
    mfp_ts ts;
    mf_error why = {0};
    size_t i;
    int has_offset = 0;

    if (n < 19 || n > 40)
        return -1;
    for (i = 19; i < n; i++)
        if (s[i] == 'Z' || s[i] == 'z' || s[i] == '+' || s[i] == '-')
            has_offset = 1;
    memcpy(buf, s, n);
    if (!has_offset)
        buf[n++] = 'Z';
    if (mfp_rfc3339_parse(buf, n, &ts, &why) != 0)
        return -1;
    return format_utc(mfp_ts_unix(&ts), ts.usec, out);
}

/* data.timestamp: integer Unix seconds (a float is accepted too, rounded to
 * the microsecond). */
static int unix_to_utc(const json_t *v, char *out)
{
    if (json_is_integer(v)) {
        json_int_t x = json_integer_value(v);
        if (x < 0 || x > MAX_UNIX)
            return -1;
        return format_utc((int64_t)x, 0, out);
    }
    if (json_is_real(v)) {
        double d = json_real_value(v), whole;
        long long us;
        if (!isfinite(d) || d < 0 || d > (double)MAX_UNIX)
            return -1;
        us = llround((d - floor(d)) * 1e6);
        whole = floor(d);
        if (us >= 1000000) {
            us -= 1000000;
            whole += 1;
        }
        if (whole > (double)MAX_UNIX)
            return -1;
        return format_utc((int64_t)whole, (int)us, out);
    }
    return -1;
}

static const char *const data_known[] = {"user_msg", "assistant_msg", "reflection", "token_data",
                                         "user_id",  "timestamp",     NULL};
static const char *const elem_known[] = {"conversation_id", "data", "timestamp", NULL};

static int known(const char *const *list, const char *key)
{
    for (; *list; list++)
        if (strcmp(*list, key) == 0)
            return 1;
    return 0;
}

/* The fields of obj not in the list, as a new object (NULL when none). */
static int extras(json_t *obj, const char *const *list, json_t **out)
{
    const char *key;
    json_t *v;

    *out = NULL;
    json_object_foreach(obj, key, v) {
        if (known(list, key))
            continue;
        if (*out == NULL && (*out = json_object()) == NULL)
            return -1;
        if (json_object_set(*out, key, v) != 0)
            return -1;
    }
    return 0;
}

static int set_new(json_t *o, const char *k, json_t *v)
{
    return v == NULL ? -1 : json_object_set_new(o, k, v);
}

int mfp_legacy_convert(const char *elem, size_t len, size_t max_bytes, char **out, size_t *outlen,
                       mf_error *err)
{
    json_error_t je;
    json_t *root = NULL, *data, *v, *refl = NULL, *td = NULL, *rec = NULL, *meta = NULL, *x;
    const char *conv = "", *user = "", *um = "", *am = "";
    size_t conv_n = 0, user_n = 0, um_n = 0, am_n = 0;
    char conv_buf[32], user_buf[32], created[MFP_TS_MAX] = "", cid[MFP_LEGACY_CID_LEN + 1];
    long long tokens = -1;
    char *text = NULL;
    mfp_record r;
    int rc = -1;

    memset(&r, 0, sizeof(r));
    *out = NULL;
    if (outlen)
        *outlen = 0;
    root = json_loadb(elem, len, JSON_REJECT_DUPLICATES, &je);
    if (root == NULL) {
        mfp_seterr(err, MF_EINVALID, "legacy element is not valid JSON: %s (line %d, column %d)",
                   je.text, je.line, je.column);
        goto done;
    }
    if (!json_is_object(root)) {
        wrong_type("the element", "a JSON object", root, err);
        goto done;
    }
    if (id_text(json_object_get(root, "conversation_id"), "conversation_id", conv_buf,
                sizeof(conv_buf), &conv, &conv_n, err) != 0)
        goto done;
    data = json_object_get(root, "data");
    if (!json_is_object(data)) {
        wrong_type("data", "an object", data, err);
        goto done;
    }
    if (id_text(json_object_get(data, "user_id"), "data.user_id", user_buf, sizeof(user_buf), &user,
                &user_n, err) != 0 ||
        msg_text(json_object_get(data, "user_msg"), "data.user_msg", &um, &um_n, err) != 0 ||
        msg_text(json_object_get(data, "assistant_msg"), "data.assistant_msg", &am, &am_n, err) != 0)
        goto done;

    refl = json_object_get(data, "reflection");
    if (json_is_null(refl))
        refl = NULL;
    if (refl != NULL && !json_is_object(refl)) {
        wrong_type("data.reflection", "an object or null", refl, err);
        goto done;
    }
    td = json_object_get(data, "token_data");
    if (json_is_null(td))
        td = NULL;
    if (td != NULL && !json_is_object(td)) {
        wrong_type("data.token_data", "an object or null", td, err);
        goto done;
    }
    if (td != NULL && (v = json_object_get(td, "total_count")) != NULL && !json_is_null(v)) {
        if (!json_is_integer(v) || json_integer_value(v) < 0 ||
            json_integer_value(v) > MFP_TOKEN_MAX) {
            wrong_type("data.token_data.total_count", "an integer from 0 to 2147483647", v, err);
            goto done;
        }
        tokens = json_integer_value(v);
    }

    if ((meta = json_object()) == NULL || set_new(meta, "source", json_string("legacy")) != 0)
        goto oom;
    if (td != NULL && json_object_set(meta, "token_data", td) != 0)
        goto oom;
    if (extras(data, data_known, &x) != 0 || (x != NULL && set_new(meta, "legacy_extra", x) != 0))
        goto oom;
    if (extras(root, elem_known, &x) != 0 || (x != NULL && set_new(meta, "legacy_element", x) != 0))
        goto oom;

    /* created_at: the element's microsecond time wins over data's seconds; a
     * value that cannot be read is kept in metadata rather than dropped */
    v = json_object_get(root, "timestamp");
    if (v != NULL && !json_is_null(v)) {
        if (!json_is_string(v) || iso_to_utc(json_string_value(v), json_string_length(v), created) != 0) {
            created[0] = '\0';
            if (json_object_set(meta, "legacy_timestamp", v) != 0)
                goto oom;
        }
    }
    v = json_object_get(data, "timestamp");
    if (v != NULL && !json_is_null(v) && created[0] == '\0' && unix_to_utc(v, created) != 0) {
        created[0] = '\0';
        if (json_object_set(meta, "legacy_data_timestamp", v) != 0)
            goto oom;
    }

    mfp_legacy_cid(conv, conv_n, user, user_n, created, strlen(created), um, um_n, am, am_n, cid);

    if ((rec = json_object()) == NULL || set_new(rec, "v", json_integer(1)) != 0 ||
        set_new(rec, "cid", json_string(cid)) != 0 ||
        set_new(rec, "conversation_id", json_stringn(conv, conv_n)) != 0 ||
        set_new(rec, "user_id", json_stringn(user, user_n)) != 0 ||
        set_new(rec, "user_message", json_stringn(um, um_n)) != 0 ||
        set_new(rec, "assistant_message", json_stringn(am, am_n)) != 0)
        goto oom;
    if (tokens >= 0 && set_new(rec, "token_count", json_integer(tokens)) != 0)
        goto oom;
    if (created[0] != '\0' && set_new(rec, "created_at", json_string(created)) != 0)
        goto oom;
    if (refl != NULL && json_object_set(rec, "reflection", refl) != 0)
        goto oom;
    if (json_object_set(rec, "metadata", meta) != 0)
        goto oom;
    if ((text = json_dumps(rec, JSON_COMPACT | JSON_PRESERVE_ORDER)) == NULL)
        goto oom;

    /* the same validation the flusher applies: lengths, sizes, UTF-8 */
    {
        mf_error why = {0};
        if (mfp_record_parse(text, strlen(text), max_bytes, &r, &why) != 0) {
            if (why.code == MF_ENOMEM)
                goto oom;
            mfp_seterr(err, MF_EINVALID, "legacy element cannot become a valid record: %s", why.msg);
            goto done;
        }
    }
    if ((*out = mfp_record_to_json(&r, outlen)) == NULL)
        goto oom;
    rc = 0;
    goto done;
oom:
    mfp_seterr(err, MF_ENOMEM, "out of memory while converting a legacy element");
done:
    mfp_record_clear(&r);
    free(text);
    json_decref(rec);
    json_decref(meta);
    json_decref(root);
    return rc;
}
