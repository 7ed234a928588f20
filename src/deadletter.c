/* deadletter.c - dead-letter entries of contract §2: build one from a record's
 * raw bytes and its reason, and get the bytes back (dlq replay). Knows nothing
 * about Redis; the queue code pushes and pops the text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "record.h"

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int mfp_base64_encode(mfp_buf *b, const unsigned char *p, size_t n)
{
    char q[4];

    if (mfp_buf_reserve(b, (n + 2) / 3 * 4) != 0)
        return -1;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16;
        if (i + 1 < n)
            v |= (unsigned)p[i + 1] << 8;
        if (i + 2 < n)
            v |= p[i + 2];
        q[0] = b64[v >> 18 & 63];
        q[1] = b64[v >> 12 & 63];
        q[2] = i + 1 < n ? b64[v >> 6 & 63] : '=';
        q[3] = i + 2 < n ? b64[v & 63] : '=';
        mfp_buf_append(b, q, 4);
    }
    return b->oom ? -1 : 0;
}

static int b64val(char c)
{
    const char *p = c ? strchr(b64, c) : NULL;
    return p ? (int)(p - b64) : -1;
}

/* Decode s into out (NULL: only check); the decoded length, or -1 when s is
 * not valid base64. */
static long long decode_into(const char *s, size_t len, unsigned char *out)
{
    size_t o = 0;

    if (len % 4 != 0)
        return -1;
    for (size_t i = 0; i < len; i += 4) {
        int v[4], pad = 0;
        for (int k = 0; k < 4; k++) {
            if (s[i + k] == '=' && i + 4 == len && k >= 2) {
                v[k] = 0;
                pad++;
                continue;
            }
            if (pad > 0 || (v[k] = b64val(s[i + k])) < 0)
                return -1;
        }
        unsigned w = (unsigned)v[0] << 18 | (unsigned)v[1] << 12 | (unsigned)v[2] << 6 |
                     (unsigned)v[3];
        if (out != NULL) {
            out[o] = (unsigned char)(w >> 16);
            if (pad < 2)
                out[o + 1] = (unsigned char)(w >> 8);
            if (pad < 1)
                out[o + 2] = (unsigned char)w;
        }
        o += (size_t)(3 - pad);
    }
    return (long long)o;
}

int mfp_base64_valid(const char *s, size_t len)
{
    return decode_into(s, len, NULL) >= 0;
}

unsigned char *mfp_base64_decode(const char *s, size_t len, size_t *outlen)
{
    unsigned char *out;
    long long n;

    if (!mfp_base64_valid(s, len))
        return NULL;
    if ((out = malloc(len / 4 * 3 + 1)) == NULL)
        return NULL;
    n = decode_into(s, len, out);
    out[n] = '\0';
    *outlen = (size_t)n;
    return out;
}

char *mfp_deadletter_entry(const char *record, size_t len, const char *error,
                           const char *sqlstate, size_t *outlen)
{
    char now[MFP_TS_MAX];
    mfp_buf b;

    mfp_buf_init(&b);
    mfp_buf_reserve(&b, len + len / 3 + 200);
    if (mfp_utf8_valid(record, len)) {
        mfp_buf_puts(&b, "{\"record\":");
        mfp_json_put_string(&b, record, len);
    } else {
        mfp_buf_puts(&b, "{\"record_base64\":\"");
        mfp_base64_encode(&b, (const unsigned char *)record, len);
        mfp_buf_putc(&b, '"');
    }
    if (error == NULL)
        error = "unknown error";
    mfp_buf_puts(&b, ",\"error\":");
    mfp_json_put_string(&b, error, strlen(error));
    mfp_buf_puts(&b, ",\"sqlstate\":");
    if (sqlstate != NULL && sqlstate[0] != '\0')
        mfp_json_put_string(&b, sqlstate, strlen(sqlstate));
    else
        mfp_buf_puts(&b, "null");
    mfp_rfc3339_now(now);
    mfp_buf_puts(&b, ",\"failed_at\":\"");
    mfp_buf_puts(&b, now);
    mfp_buf_puts(&b, "\"}");
    if (b.oom) {
        mfp_buf_free(&b);
        return NULL;
    }
    if (outlen != NULL)
        *outlen = b.len;
    return mfp_buf_steal(&b);
}

int mfp_deadletter_parse(const char *entry, size_t len, char **record, size_t *record_len,
                         char *error_out, size_t errsz, mf_error *err)
{
    json_error_t je;
    json_t *root, *rec, *rec64, *e;
    int rc = -1;

    *record = NULL;
    *record_len = 0;
    root = json_loadb(entry, len, JSON_ALLOW_NUL, &je);
    if (root == NULL)
        return mfp_seterr(err, MF_EINVALID, "dead-letter entry is not valid JSON: %s at byte %d",
                          je.text, je.position);
    if (!json_is_object(root)) {
        mfp_seterr(err, MF_EINVALID, "dead-letter entry must be a JSON object");
        goto done;
    }
    rec = json_object_get(root, "record");
    rec64 = json_object_get(root, "record_base64");
    if (json_is_string(rec)) {
        size_t n = json_string_length(rec);
        if ((*record = malloc(n + 1)) == NULL) {
            mfp_seterr(err, MF_ENOMEM, "out of memory while reading a dead-letter entry");
            goto done;
        }
        memcpy(*record, json_string_value(rec), n);
        (*record)[n] = '\0';
        *record_len = n;
    } else if (json_is_string(rec64)) {
        *record = (char *)mfp_base64_decode(json_string_value(rec64), json_string_length(rec64),
                                            record_len);
        if (*record == NULL) {
            /* found by tests/unit/test_allocfail.c: out of memory was
             * reported as "not valid base64" */
            if (mfp_base64_valid(json_string_value(rec64), json_string_length(rec64)))
                mfp_seterr(err, MF_ENOMEM, "out of memory while reading a dead-letter entry");
            else
                mfp_seterr(err, MF_EINVALID, "dead-letter entry has a record_base64 that is not "
                           "valid base64");
            goto done;
        }
    } else {
        mfp_seterr(err, MF_EINVALID, "dead-letter entry has neither a \"record\" nor a "
                   "\"record_base64\" string");
        goto done;
    }
    if (error_out != NULL && errsz > 0) {
        e = json_object_get(root, "error");
        snprintf(error_out, errsz, "%s", json_is_string(e) ? json_string_value(e) : "");
    }
    rc = 0;
done:
    json_decref(root);
    return rc;
}
