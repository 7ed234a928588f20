/* record.c - the turn record of contract §1: parse and validate a JSON record
 * (jansson), complete the fields the producer left out, encode it back.
 * Knows nothing about Redis or PostgreSQL; see docs/record.md for the rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "record.h"

/* ------------------------------------------------- values as JSON text */

static char *dump_value(const json_t *v, size_t *len)
{
    mfp_buf b;

    mfp_buf_init(&b);
    mfp_json_put_value(&b, v);
    *len = b.len;
    return mfp_buf_steal(&b);
}

/* A short rendering of a value for error messages: at most ~60 bytes. */
static void describe(const json_t *v, char *out, size_t n)
{
    mfp_buf b;

    mfp_buf_init(&b);
    if (v == NULL)
        mfp_buf_puts(&b, "nothing");
    else
        mfp_json_put_value(&b, v);
    if (b.oom)
        snprintf(out, n, "a value");
    else if (b.len > 60)
        snprintf(out, n, "%.57s...", b.data);
    else
        snprintf(out, n, "%s", b.data);
    mfp_buf_free(&b);
}

/* ------------------------------------------------------------ parsing */

/* Map a jansson error to a poison message about 'what' ("record", "field
 * \"metadata\""). */
static int jansson_error(const json_error_t *je, const char *what, mf_error *err)
{
    switch (json_error_code(je)) {
    case json_error_out_of_memory:
        return mfp_seterr(err, MF_ENOMEM, "out of memory while parsing a record");
    case json_error_invalid_utf8:
        return mfp_seterr(err, MF_EINVALID, "%s is not valid UTF-8: %s at byte %d", what,
                          je->text, je->position);
    case json_error_null_character:
    case json_error_null_byte_in_key:
        return mfp_seterr(err, MF_EINVALID,
                          "%s carries a NUL character (\\u0000) near byte %d; text and jsonb "
                          "cannot hold it", what, je->position);
    case json_error_duplicate_key:
        return mfp_seterr(err, MF_EINVALID, "%s has a key given twice: %s at byte %d", what,
                          je->text, je->position);
    case json_error_stack_overflow:
        return mfp_seterr(err, MF_EINVALID, "%s is nested more than %d levels deep", what,
                          JSON_PARSER_MAX_DEPTH);
    case json_error_numeric_overflow:
        return mfp_seterr(err, MF_EINVALID, "%s has a number out of range (%s at byte %d); "
                          "integers must fit in 64 bits", what, je->text, je->position);
    default:
        /* jansson gives up without a word when its own allocation fails at
         * the start (json_loadb's lexer buffer): every real parse error has a
         * text. Found by tests/unit/test_allocfail.c: a valid record was
         * refused as "not valid JSON" (poison) when memory ran out. */
        if (je->text[0] == '\0')
            return mfp_seterr(err, MF_ENOMEM, "out of memory while parsing a record");
        if (strstr(je->text, "invalid Unicode") != NULL)
            return mfp_seterr(err, MF_EINVALID, "%s is not valid UTF-8: %s at byte %d "
                              "(a lone surrogate escape)", what, je->text, je->position);
        return mfp_seterr(err, MF_EINVALID, "%s is not valid JSON: %s at byte %d", what,
                          je->text, je->position);
    }
}

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER: return "an integer";
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    default: return "null";
    }
}

enum field {
    F_V, F_CID, F_CONV, F_USER, F_UMSG, F_AMSG, F_TOKENS, F_CREATED, F_REFL, F_META, F_NFIELDS
};

static const char *const field_names[F_NFIELDS] = {
    "v", "cid", "conversation_id", "user_id", "user_message", "assistant_message",
    "token_count", "created_at", "reflection", "metadata",
};

static int field_of(const char *key)
{
    for (int f = 0; f < F_NFIELDS; f++)
        if (strcmp(key, field_names[f]) == 0)
            return f;
    return -1;
}

static char *copy_bytes(const char *s, size_t len)
{
    char *p = malloc(len + 1);

    if (p != NULL) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

/* A required string field with a byte-length range (max 0: no upper limit). */
static int take_string(json_t *const *fv, int f, size_t min, size_t max, char **dst,
                       size_t *dstlen, mf_error *err)
{
    const json_t *v = fv[f];
    char got[80];
    size_t len;

    if (v == NULL)
        return mfp_seterr(err, MF_EINVALID, "field \"%s\" is required", field_names[f]);
    if (!json_is_string(v)) {
        describe(v, got, sizeof(got));
        return mfp_seterr(err, MF_EINVALID, "field \"%s\" must be a string, got %s",
                          field_names[f], got);
    }
    len = json_string_length(v);
    if (len < min || (max > 0 && len > max))
        return mfp_seterr(err, MF_EINVALID, "field \"%s\" must be %zu to %zu bytes, got %zu",
                          field_names[f], min, max, len);
    if ((*dst = copy_bytes(json_string_value(v), len)) == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory while parsing a record");
    *dstlen = len;
    return 0;
}

static int check_token_count(long long n, int ok, const char *got, mf_error *err)
{
    if (!ok || n < 0 || n > MFP_TOKEN_MAX)
        return mfp_seterr(err, MF_EINVALID, "field \"token_count\" must be an integer from 0 "
                          "to 2147483647, got %s", got);
    return 0;
}

static int set_created_at(mfp_record *out, const char *s, size_t len, mf_error *err)
{
    mf_error why = {0};

    if (mfp_rfc3339_normalize(s, len, out->created_at, &why) != 0)
        return mfp_seterr(err, MF_EINVALID, "field \"created_at\" must be an RFC 3339 timestamp "
                          "with an offset such as 2025-10-27T08:15:00.123Z, got \"%.48s\": %s",
                          s, why.msg);
    out->has_created_at = 1;
    return 0;
}

static int size_error(size_t len, size_t max_bytes, mf_error *err)
{
    return mfp_seterr(err, MF_EINVALID, "record is %zu bytes, more than the maximum of %zu "
                      "(MEMFLUSH_MAX_RECORD_BYTES)", len, max_bytes);
}

/* How deep the compact JSON text s[0..n) (written by put_value) nests. */
static int text_depth(const char *s, size_t n)
{
    int depth = 0, max = 0, in_str = 0;

    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '{' || c == '[') {
            if (++depth > max)
                max = depth;
        } else if (c == '}' || c == ']') {
            depth--;
        }
    }
    return max;
}

/* The stored object nests at most MFP_JSON_MAX_DEPTH levels, so the
 * canonical record (one level more) always parses again, also after unknown
 * fields moved one level down into metadata (found by the fuzzer in CI). */
static int check_depth(const char *what, const char *json, size_t len, mf_error *err)
{
    if (json != NULL && text_depth(json, len) > MFP_JSON_MAX_DEPTH)
        return mfp_seterr(err, MF_EINVALID, "field \"%s\" is nested more than %d levels deep "
                          "(unknown top-level fields count inside metadata); flatten it", what,
                          MFP_JSON_MAX_DEPTH);
    return 0;
}

/* Validate the parsed top-level object and fill out. May modify root (the
 * unknown fields are moved into the metadata object). */
static int from_object(json_t *root, mfp_record *out, mf_error *err)
{
    json_t *fv[F_NFIELDS] = {0};
    json_t *meta = NULL, *item;
    const char *key;
    size_t unknown = 0;
    char got[80];
    int rc = -1;

    json_object_foreach(root, key, item) {
        int f = field_of(key);
        if (f < 0)
            unknown++;
        else if (!json_is_null(item) || (f >= F_CID && f <= F_AMSG)) /* null = absent when optional */
            fv[f] = item;
    }

    if (fv[F_V] != NULL) {
        if (!json_is_integer(fv[F_V])) {
            describe(fv[F_V], got, sizeof(got));
            return mfp_seterr(err, MF_EINVALID, "field \"v\" must be the integer 1, got %s", got);
        }
        if (json_integer_value(fv[F_V]) != MFP_RECORD_VERSION)
            return mfp_seterr(err, MF_EINVALID, "unknown format version %" JSON_INTEGER_FORMAT
                              "; this memflush reads version 1", json_integer_value(fv[F_V]));
    }
    if (take_string(fv, F_CID, 1, MFP_CID_MAX, &out->cid, &out->cid_len, err) != 0 ||
        take_string(fv, F_CONV, 1, MFP_ID_MAX, &out->conversation_id,
                    &out->conversation_id_len, err) != 0 ||
        take_string(fv, F_USER, 1, MFP_ID_MAX, &out->user_id, &out->user_id_len, err) != 0 ||
        take_string(fv, F_UMSG, 0, 0, &out->user_message, &out->user_message_len, err) != 0 ||
        take_string(fv, F_AMSG, 0, 0, &out->assistant_message, &out->assistant_message_len,
                    err) != 0)
        return -1;

    if (fv[F_TOKENS] != NULL) {
        json_int_t n = json_is_integer(fv[F_TOKENS]) ? json_integer_value(fv[F_TOKENS]) : -1;
        if (n < 0 || n > MFP_TOKEN_MAX) {
            describe(fv[F_TOKENS], got, sizeof(got));
            return check_token_count(-1, 0, got, err);
        }
        out->token_count = json_integer_value(fv[F_TOKENS]);
        out->has_token_count = 1;
    }
    if (fv[F_CREATED] != NULL) {
        if (!json_is_string(fv[F_CREATED])) {
            describe(fv[F_CREATED], got, sizeof(got));
            return mfp_seterr(err, MF_EINVALID, "field \"created_at\" must be an RFC 3339 string "
                              "with an offset such as 2025-10-27T08:15:00.123Z, got %s", got);
        }
        if (set_created_at(out, json_string_value(fv[F_CREATED]),
                           json_string_length(fv[F_CREATED]), err) != 0)
            return -1;
    }
    if (fv[F_REFL] != NULL) {
        if (!json_is_object(fv[F_REFL])) {
            describe(fv[F_REFL], got, sizeof(got));
            return mfp_seterr(err, MF_EINVALID, "field \"reflection\" must be an object or null, "
                              "got %s", got);
        }
        if ((out->reflection_json = dump_value(fv[F_REFL], &out->reflection_json_len)) == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory while parsing a record");
    }
    if (fv[F_META] != NULL && !json_is_object(fv[F_META])) {
        describe(fv[F_META], got, sizeof(got));
        return mfp_seterr(err, MF_EINVALID, "field \"metadata\" must be an object or null, "
                          "got %s", got);
    }

    /* unknown fields go into metadata under their own name, after its own keys */
    if (unknown > 0) {
        meta = fv[F_META] != NULL ? json_incref(fv[F_META]) : json_object();
        if (meta == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory while parsing a record");
        json_object_foreach(root, key, item) {
            if (field_of(key) >= 0)
                continue;
            if (json_object_get(meta, key) != NULL) {
                mfp_seterr(err, MF_EINVALID, "field \"%s\" conflicts with the key \"%s\" in "
                           "metadata; rename one of them", key, key);
                goto done;
            }
            if (json_object_set(meta, key, item) != 0) {
                mfp_seterr(err, MF_ENOMEM, "out of memory while parsing a record");
                goto done;
            }
        }
    } else if (fv[F_META] != NULL) {
        meta = json_incref(fv[F_META]);
    }
    if (meta != NULL)
        out->metadata_json = dump_value(meta, &out->metadata_json_len);
    else if ((out->metadata_json = copy_bytes("{}", 2)) != NULL)
        out->metadata_json_len = 2;
    if (out->metadata_json == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory while parsing a record");
        goto done;
    }
    if (check_depth("reflection", out->reflection_json, out->reflection_json_len, err) != 0 ||
        check_depth("metadata", out->metadata_json, out->metadata_json_len, err) != 0)
        goto done;
    rc = 0;
done:
    json_decref(meta);
    return rc;
}

static int parse(const char *buf, size_t len, size_t max_bytes, mfp_record *out, mf_error *err,
                 int fast)
{
    json_error_t je;
    json_t *root;
    int rc;

    memset(out, 0, sizeof(*out));
    if (max_bytes > 0 && len > max_bytes)
        return size_error(len, max_bytes, err);
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        return mfp_seterr(err, MF_EINVALID, "record starts with a byte-order mark; "
                          "write UTF-8 without a BOM");
    /* the common shape in one pass (recfast.c); the rest, and every
     * refusal with its reason, through jansson */
    if (fast && mfp_record_parse_fast(buf, len, out))
        return 0;
    root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &je);
    if (root == NULL) {
        if (json_error_code(&je) != json_error_out_of_memory && memchr(buf, '\0', len) != NULL)
            return mfp_seterr(err, MF_EINVALID, "record carries a NUL byte at byte %zu; text and "
                              "jsonb cannot hold it", (size_t)((const char *)memchr(buf, '\0', len) - buf));
        return jansson_error(&je, "record", err);
    }
    if (!json_is_object(root)) {
        mfp_seterr(err, MF_EINVALID, "record must be a JSON object, got %s", type_name(root));
        json_decref(root);
        return -1;
    }
    rc = from_object(root, out, err);
    json_decref(root);
    return rc;
}

int mfp_record_parse(const char *buf, size_t len, size_t max_bytes, mfp_record *out,
                     mf_error *err)
{
    return parse(buf, len, max_bytes, out, err, 1);
}

int mfp_record_parse_ref(const char *buf, size_t len, size_t max_bytes, mfp_record *out,
                         mf_error *err)
{
    return parse(buf, len, max_bytes, out, err, 0);
}

void mfp_record_clear(mfp_record *r)
{
    if (r == NULL)
        return;
    free(r->cid);
    free(r->conversation_id);
    free(r->user_id);
    free(r->user_message);
    free(r->assistant_message);
    free(r->reflection_json);
    free(r->metadata_json);
    memset(r, 0, sizeof(*r));
}

int mfp_record_complete(mfp_record *r, mf_error *err)
{
    if (r->cid == NULL) {
        char cid[MFP_UUID_LEN + 1];
        if (mfp_cid_new(cid, err) != 0)
            return -1;
        if ((r->cid = copy_bytes(cid, MFP_UUID_LEN)) == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory while completing a record");
        r->cid_len = MFP_UUID_LEN;
    }
    if (!r->has_created_at) {
        mfp_rfc3339_now(r->created_at);
        r->has_created_at = 1;
    }
    if (!r->has_token_count) {
        long long n = mfp_estimate_tokens(r->user_message, r->user_message_len) +
                      mfp_estimate_tokens(r->assistant_message, r->assistant_message_len);
        r->token_count = n > MFP_TOKEN_MAX ? MFP_TOKEN_MAX : n;
        r->has_token_count = 1;
    }
    if (r->metadata_json == NULL) {
        if ((r->metadata_json = copy_bytes("{}", 2)) == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory while completing a record");
        r->metadata_json_len = 2;
    }
    return 0;
}

/* ----------------------------------------------------------- encoding */

static void put_field(mfp_buf *b, const char *name, const char *s, size_t len)
{
    mfp_buf_putc(b, ',');
    mfp_buf_putc(b, '"');
    mfp_buf_puts(b, name);
    mfp_buf_append(b, "\":", 2);
    /* a record's strings are valid UTF-8: every way of building one checks */
    mfp_json_put_utf8(b, s ? s : "", s ? len : 0);
}

int mfp_record_write_json(mfp_buf *b, const mfp_record *r)
{
    mfp_buf_reserve(b, 200 + r->cid_len + r->conversation_id_len + r->user_id_len +
                           r->user_message_len + r->assistant_message_len +
                           r->reflection_json_len + r->metadata_json_len);
    mfp_buf_puts(b, "{\"v\":1");
    if (r->cid != NULL)
        put_field(b, "cid", r->cid, r->cid_len);
    put_field(b, "conversation_id", r->conversation_id, r->conversation_id_len);
    put_field(b, "user_id", r->user_id, r->user_id_len);
    put_field(b, "user_message", r->user_message, r->user_message_len);
    put_field(b, "assistant_message", r->assistant_message, r->assistant_message_len);
    if (r->has_token_count) {
        mfp_buf_puts(b, ",\"token_count\":");
        mfp_buf_put_int(b, r->token_count);
    }
    if (r->has_created_at)
        put_field(b, "created_at", r->created_at, strlen(r->created_at));
    if (r->reflection_json != NULL) {
        mfp_buf_puts(b, ",\"reflection\":");
        mfp_buf_append(b, r->reflection_json, r->reflection_json_len);
    }
    mfp_buf_puts(b, ",\"metadata\":");
    if (r->metadata_json != NULL)
        mfp_buf_append(b, r->metadata_json, r->metadata_json_len);
    else
        mfp_buf_append(b, "{}", 2);
    return mfp_buf_putc(b, '}');
}

char *mfp_record_to_json(const mfp_record *r, size_t *len)
{
    mfp_buf b;

    mfp_buf_init(&b);
    if (mfp_record_write_json(&b, r) != 0) {
        mfp_buf_free(&b);
        return NULL;
    }
    if (len != NULL)
        *len = b.len;
    return mfp_buf_steal(&b);
}

/* ---------------------------------------------------------- from mf_turn */

static int turn_string(const char *s, const char *name, size_t min, size_t max, char **dst,
                       size_t *dstlen, mf_error *err)
{
    size_t len;

    if (s == NULL)
        return mfp_seterr(err, MF_EINVALID, "field \"%s\" is required", name);
    len = strlen(s);
    if (len < min || (max > 0 && len > max))
        return mfp_seterr(err, MF_EINVALID, "field \"%s\" must be %zu to %zu bytes, got %zu",
                          name, min, max, len);
    if (!mfp_utf8_valid(s, len))
        return mfp_seterr(err, MF_EINVALID, "field \"%s\" is not valid UTF-8", name);
    if ((*dst = copy_bytes(s, len)) == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory while building a record");
    *dstlen = len;
    return 0;
}

/* A JSON text that must be an object or null; *dst stays NULL for null. */
static int turn_object(const char *text, const char *name, char **dst, size_t *dstlen,
                       mf_error *err)
{
    char what[32];
    json_error_t je;
    json_t *v;

    if (text == NULL)
        return 0;
    snprintf(what, sizeof(what), "field \"%s\"", name);
    v = json_loads(text, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &je);
    if (v == NULL)
        return jansson_error(&je, what, err);
    if (!json_is_object(v) && !json_is_null(v)) {
        mfp_seterr(err, MF_EINVALID, "field \"%s\" must be an object or null, got %s", name,
                   type_name(v));
        json_decref(v);
        return -1;
    }
    if (json_is_object(v) && (*dst = dump_value(v, dstlen)) == NULL) {
        json_decref(v);
        return mfp_seterr(err, MF_ENOMEM, "out of memory while building a record");
    }
    json_decref(v);
    return 0;
}

int mfp_record_from_turn(const mf_turn *t, size_t max_bytes, mfp_record *out, mf_error *err)
{
    memset(out, 0, sizeof(*out));
    if (t->cid != NULL &&
        turn_string(t->cid, "cid", 1, MFP_CID_MAX, &out->cid, &out->cid_len, err) != 0)
        return -1;
    if (turn_string(t->conversation_id, "conversation_id", 1, MFP_ID_MAX,
                    &out->conversation_id, &out->conversation_id_len, err) != 0 ||
        turn_string(t->user_id, "user_id", 1, MFP_ID_MAX, &out->user_id, &out->user_id_len,
                    err) != 0 ||
        turn_string(t->user_message, "user_message", 0, 0, &out->user_message,
                    &out->user_message_len, err) != 0 ||
        turn_string(t->assistant_message, "assistant_message", 0, 0, &out->assistant_message,
                    &out->assistant_message_len, err) != 0)
        return -1;
    if (t->token_count >= 0) {
        char got[32];
        snprintf(got, sizeof(got), "%lld", t->token_count);
        if (check_token_count(t->token_count, 1, got, err) != 0)
            return -1;
        out->token_count = t->token_count;
        out->has_token_count = 1;
    }
    if (t->created_at != NULL && set_created_at(out, t->created_at, strlen(t->created_at),
                                                err) != 0)
        return -1;
    if (turn_object(t->reflection_json, "reflection", &out->reflection_json,
                    &out->reflection_json_len, err) != 0 ||
        turn_object(t->metadata_json, "metadata", &out->metadata_json,
                    &out->metadata_json_len, err) != 0)
        return -1;
    if (out->metadata_json == NULL) {
        if ((out->metadata_json = copy_bytes("{}", 2)) == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory while building a record");
        out->metadata_json_len = 2;
    }
    if (max_bytes > 0) {
        mfp_buf b;
        size_t n;
        mfp_buf_init(&b);
        if (mfp_record_write_json(&b, out) != 0) {
            mfp_buf_free(&b);
            return mfp_seterr(err, MF_ENOMEM, "out of memory while building a record");
        }
        /* room for what mfp_record_complete adds: a UUID cid, a millisecond
         * timestamp, a 10-digit token count */
        n = b.len + (out->cid ? 0 : 45) + (out->has_created_at ? 0 : 40) +
            (out->has_token_count ? 0 : 25);
        mfp_buf_free(&b);
        if (n > max_bytes)
            return size_error(n, max_bytes, err);
    }
    return 0;
}
