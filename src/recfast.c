/* recfast.c - the fast path of mfp_record_parse: one pass over a §1 record of
 * the common shape (only the ten known fields, each at most once; keys
 * without escapes; metadata/reflection nested at most FAST_MAX_DEPTH levels)
 * straight into an mfp_record, with exactly the result of the jansson path in
 * record.c. jansson builds a tree of every value and copies every string
 * twice; this costs a few times less, and the flusher parses every record.
 *
 * It never decides that a record is poison: anything unusual or wrong is
 * declined, and record.c parses the bytes again with jansson, which accepts
 * the rare shapes (unknown fields, escaped keys, deep nesting) and words the
 * reason for a refusal. tests/fuzz/fuzz_record.c checks that both paths
 * agree on every input the fast one accepts. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "swar.h"

#define FAST_MAX_DEPTH 64   /* deeper metadata/reflection: declined */
#define FAST_MAX_KEYS 256   /* keys of the objects open at once */

/* A key of an open object: its raw bytes (keys with escapes are declined,
 * so the raw bytes are the key). */
typedef struct fkey {
    const unsigned char *p;
    size_t n;
} fkey;

typedef struct fscan {
    const unsigned char *p, *end;
    mfp_buf tmp;            /* a decoded string inside metadata/reflection */
    fkey keys[FAST_MAX_KEYS];
    size_t nkeys;
} fscan;

/* 1 for the bytes a JSON string holds as they are: printable ASCII except
 * '"' and '\\'. */
static const unsigned char plain[256] = {
    ['\x20'] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* 1 when the 8 bytes at p are all plain (see plain[]). */
static int plain8(const unsigned char *p)
{
    uint64_t x = mfp_swar_load(p);
    return !(mfp_swar_json_special(x) | mfp_swar_high(x));
}

static void skip_ws(fscan *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
        s->p++;
}

/* Skip the white space, then 1 when the next byte is c (consumed). */
static int eat(fscan *s, unsigned char c)
{
    skip_ws(s);
    if (s->p < s->end && *s->p == c) {
        s->p++;
        return 1;
    }
    return 0;
}

/* The string whose opening quote is at s->p: *raw and *n get the bytes between
 * the quotes, *esc whether they hold escapes (checked when decoded). Raw
 * bytes must be valid UTF-8 without control characters. 0, or -1. */
static int scan_string(fscan *s, const unsigned char **raw, size_t *n, int *esc)
{
    const unsigned char *p = s->p + 1, *end = s->end;

    *raw = p;
    *esc = 0;
    for (;;) {
        size_t k;
        /* printable ASCII 8 bytes at a time, then byte by byte; then a run of
         * non-ASCII characters (CJK text is nothing else) */
        while (end - p >= 8 && plain8(p))
            p += 8;
        while (p < end && plain[*p])
            p++;
        while (p < end && *p >= 0x80) {
            if ((k = mfp_utf8_seq(p, (size_t)(end - p))) == 0)
                return -1;   /* not UTF-8 */
            p += k;
        }
        if (p >= end)
            return -1;
        if (*p == '"')
            break;
        if (*p == '\\') {
            *esc = 1;
            p += 2;          /* the escaped byte is checked by decode() */
            continue;
        }
        if (*p < 0x20)
            return -1;       /* a control character */
    }
    *n = (size_t)(p - *raw);
    s->p = p + 1;
    return 0;
}

static int hex4(const unsigned char *p, const unsigned char *end, unsigned *out)
{
    unsigned v = 0;

    if (end - p < 4)
        return -1;
    for (int i = 0; i < 4; i++) {
        int d = mfp_hexval(p[i]);
        if (d < 0)
            return -1;
        v = v << 4 | (unsigned)d;
    }
    *out = v;
    return 0;
}

/* Decode the n scanned bytes at raw into dst (room for n bytes: no escape
 * grows). Returns the decoded length, or -1 for a bad escape, \u0000 or a
 * lone surrogate (all of which the jansson path refuses or words better). */
static long decode(const unsigned char *raw, size_t n, char *dst)
{
    const unsigned char *p = raw, *end = raw + n;
    char *o = dst;

    while (p < end) {
        /* escapes often follow each other (\uXXXX\uXXXX...): no search then */
        const unsigned char *bs = *p == '\\' ? p : memchr(p, '\\', (size_t)(end - p));
        size_t run = bs ? (size_t)(bs - p) : (size_t)(end - p);
        unsigned cp, lo;

        memcpy(o, p, run);
        o += run;
        if (bs == NULL)
            break;
        p = bs + 1;
        if (p >= end)
            return -1;
        switch (*p++) {
        case '"': *o++ = '"'; continue;
        case '\\': *o++ = '\\'; continue;
        case '/': *o++ = '/'; continue;
        case 'b': *o++ = '\b'; continue;
        case 'f': *o++ = '\f'; continue;
        case 'n': *o++ = '\n'; continue;
        case 'r': *o++ = '\r'; continue;
        case 't': *o++ = '\t'; continue;
        case 'u': break;
        default: return -1;
        }
        if (hex4(p, end, &cp) != 0 || cp == 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
            return -1;
        p += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, end, &lo) != 0 ||
                lo < 0xDC00 || lo > 0xDFFF)
                return -1;
            p += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        if (cp < 0x80) {
            *o++ = (char)cp;
        } else if (cp < 0x800) {
            *o++ = (char)(0xC0 | cp >> 6);
            *o++ = (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *o++ = (char)(0xE0 | cp >> 12);
            *o++ = (char)(0x80 | (cp >> 6 & 0x3F));
            *o++ = (char)(0x80 | (cp & 0x3F));
        } else {
            *o++ = (char)(0xF0 | cp >> 18);
            *o++ = (char)(0x80 | (cp >> 12 & 0x3F));
            *o++ = (char)(0x80 | (cp >> 6 & 0x3F));
            *o++ = (char)(0x80 | (cp & 0x3F));
        }
    }
    return (long)(o - dst);
}

/* A string value at s->p as a new NUL-terminated buffer. 0, or -1. */
static int take_string(fscan *s, char **dst, size_t *len)
{
    const unsigned char *raw;
    size_t n;
    int esc;
    long got;

    if (s->p >= s->end || *s->p != '"' || scan_string(s, &raw, &n, &esc) != 0)
        return -1;
    if ((*dst = malloc(n + 1)) == NULL)
        return -1;
    if (!esc) {
        memcpy(*dst, raw, n);
        got = (long)n;
    } else if ((got = decode(raw, n, *dst)) < 0) {
        return -1; /* *dst is owned by the record: freed by the caller */
    }
    (*dst)[got] = '\0';
    *len = (size_t)got;
    return 0;
}

/* A number at s->p: *is_int when it has no fraction and no exponent. 0, or -1. */
static int scan_number(fscan *s, const unsigned char **start, size_t *n, int *is_int)
{
    const unsigned char *p = s->p, *end = s->end;

    *start = p;
    *is_int = 1;
    if (p < end && *p == '-')
        p++;
    if (p < end && *p == '0')
        p++;
    else if (p < end && *p >= '1' && *p <= '9')
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    else
        return -1;
    if (p < end && *p == '.') {
        *is_int = 0;
        if (++p >= end || *p < '0' || *p > '9')
            return -1;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        *is_int = 0;
        if (++p < end && (*p == '+' || *p == '-'))
            p++;
        if (p >= end || *p < '0' || *p > '9')
            return -1;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    }
    *n = (size_t)(p - *start);
    s->p = p;
    return 0;
}

/* An integer at s->p of at most 18 digits (so it cannot overflow; longer
 * ones are left to jansson's range check). 0, or -1. */
static int take_int(fscan *s, long long *out)
{
    const unsigned char *t;
    size_t n, i = 0;
    int is_int;
    long long v = 0;

    if (scan_number(s, &t, &n, &is_int) != 0 || !is_int)
        return -1;
    if (t[0] == '-')
        i = 1;
    if (n - i > 18)
        return -1;
    for (; i < n; i++)
        v = v * 10 + (t[i] - '0');
    *out = t[0] == '-' ? -v : v;
    return 0;
}

static int literal(fscan *s, const char *word, size_t n)
{
    if ((size_t)(s->end - s->p) < n || memcmp(s->p, word, n) != 0)
        return -1;
    s->p += n;
    return 0;
}

static int put_value(fscan *s, mfp_buf *b, int depth);

/* An object (s->p at '{') in canonical form: keys in order, no duplicates. */
static int put_object(fscan *s, mfp_buf *b, int depth)
{
    size_t first = s->nkeys;
    int rc = -1;

    if (depth > FAST_MAX_DEPTH)
        return -1;
    s->p++;
    mfp_buf_putc(b, '{');
    if (eat(s, '}')) {
        mfp_buf_putc(b, '}');
        return 0;
    }
    for (;;) {
        const unsigned char *raw;
        size_t n;
        int esc;

        skip_ws(s);
        if (s->p >= s->end || *s->p != '"' || scan_string(s, &raw, &n, &esc) != 0 || esc)
            goto out;
        for (size_t i = first; i < s->nkeys; i++)
            if (s->keys[i].n == n && memcmp(s->keys[i].p, raw, n) == 0)
                goto out; /* a key given twice */
        if (s->nkeys == FAST_MAX_KEYS)
            goto out;
        s->keys[s->nkeys].p = raw;
        s->keys[s->nkeys++].n = n;
        if (s->nkeys - first > 1)
            mfp_buf_putc(b, ',');
        /* a key without escapes, valid UTF-8, no control characters: its
         * canonical form is itself */
        mfp_buf_putc(b, '"');
        mfp_buf_append(b, raw, n);
        mfp_buf_append(b, "\":", 2);
        if (!eat(s, ':'))
            goto out;
        skip_ws(s);
        if (put_value(s, b, depth) != 0)
            goto out;
        if (eat(s, ','))
            continue;
        if (eat(s, '}'))
            break;
        goto out;
    }
    rc = mfp_buf_putc(b, '}');
out:
    s->nkeys = first;
    return rc;
}

static int put_array(fscan *s, mfp_buf *b, int depth)
{
    if (depth > FAST_MAX_DEPTH)
        return -1;
    s->p++;
    mfp_buf_putc(b, '[');
    if (eat(s, ']'))
        return mfp_buf_putc(b, ']');
    for (int i = 0;; i++) {
        if (i > 0)
            mfp_buf_putc(b, ',');
        skip_ws(s);
        if (put_value(s, b, depth) != 0)
            return -1;
        if (eat(s, ','))
            continue;
        if (eat(s, ']'))
            return mfp_buf_putc(b, ']');
        return -1;
    }
}

/* Any value at s->p, appended to b in the canonical form of record.c's
 * writer (strings re-escaped by mfp_json_put_string, integers as %lld,
 * reals by mfp_json_put_real). */
static int put_value(fscan *s, mfp_buf *b, int depth)
{
    const unsigned char *raw;
    size_t n;
    int esc, is_int;
    long long v;
    long got;
    char num[64];
    double d;

    if (s->p >= s->end)
        return -1;
    switch (*s->p) {
    case '{':
        return put_object(s, b, depth + 1);
    case '[':
        return put_array(s, b, depth + 1);
    case '"':
        if (scan_string(s, &raw, &n, &esc) != 0)
            return -1;
        if (!esc) {
            /* no escapes: already in canonical form */
            mfp_buf_putc(b, '"');
            mfp_buf_append(b, raw, n);
            return mfp_buf_putc(b, '"');
        }
        mfp_buf_reset(&s->tmp);
        if (mfp_buf_reserve(&s->tmp, n) != 0 || (got = decode(raw, n, s->tmp.data)) < 0)
            return -1;
        return mfp_json_put_string(b, s->tmp.data, (size_t)got);
    case 't':
        return literal(s, "true", 4) == 0 ? mfp_buf_append(b, "true", 4) : -1;
    case 'f':
        return literal(s, "false", 5) == 0 ? mfp_buf_append(b, "false", 5) : -1;
    case 'n':
        return literal(s, "null", 4) == 0 ? mfp_buf_append(b, "null", 4) : -1;
    default:
        break;
    }
    if (scan_number(s, &raw, &n, &is_int) != 0)
        return -1;
    if (is_int) {
        s->p = raw;
        if (take_int(s, &v) != 0)
            return -1;
        return mfp_buf_put_int(b, v);
    }
    if (n >= sizeof(num))
        return -1;
    memcpy(num, raw, n);
    num[n] = '\0';
    d = strtod(num, NULL);
    if (isinf(d))
        return -1; /* out of range: jansson's message */
    return mfp_json_put_real(b, d);
}

/* metadata or reflection: an object in canonical form as a new string, or
 * *dst NULL for null. 0, or -1. */
static int take_object(fscan *s, char **dst, size_t *len)
{
    mfp_buf b;

    if (literal(s, "null", 4) == 0)
        return 0;
    if (s->p >= s->end || *s->p != '{')
        return -1;
    mfp_buf_init(&b);
    mfp_buf_reserve(&b, 256);
    if (put_object(s, &b, 1) != 0 || b.oom) {
        mfp_buf_free(&b);
        return -1;
    }
    *len = b.len;
    *dst = mfp_buf_steal(&b);
    return *dst != NULL ? 0 : -1;
}

enum { K_V, K_CID, K_CONV, K_USER, K_UMSG, K_AMSG, K_TOKENS, K_CREATED, K_REFL, K_META };

static int key_of(const unsigned char *k, size_t n)
{
#define IS(name) (n == sizeof(name) - 1 && memcmp(k, name, n) == 0)
    switch (n > 0 ? k[0] : 0) {
    case 'v': return IS("v") ? K_V : -1;
    case 'c':
        return IS("cid") ? K_CID : IS("conversation_id") ? K_CONV : IS("created_at") ? K_CREATED : -1;
    case 'u': return IS("user_id") ? K_USER : IS("user_message") ? K_UMSG : -1;
    case 'a': return IS("assistant_message") ? K_AMSG : -1;
    case 't': return IS("token_count") ? K_TOKENS : -1;
    case 'r': return IS("reflection") ? K_REFL : -1;
    case 'm': return IS("metadata") ? K_META : -1;
    default: return -1;
    }
#undef IS
}

/* One top-level field's value at s->p into out. 0, or -1 (decline). */
static int take_field(fscan *s, int k, mfp_record *out)
{
    const unsigned char *raw;
    size_t n;
    int esc;
    long long v;
    mf_error ignored = {0};

    switch (k) {
    case K_V:
        if (literal(s, "null", 4) == 0)
            return 0;
        return take_int(s, &v) == 0 && v == MFP_RECORD_VERSION ? 0 : -1;
    case K_CID:
        return take_string(s, &out->cid, &out->cid_len) == 0 && out->cid_len >= 1 &&
               out->cid_len <= MFP_CID_MAX ? 0 : -1;
    case K_CONV:
        return take_string(s, &out->conversation_id, &out->conversation_id_len) == 0 &&
               out->conversation_id_len >= 1 && out->conversation_id_len <= MFP_ID_MAX ? 0 : -1;
    case K_USER:
        return take_string(s, &out->user_id, &out->user_id_len) == 0 && out->user_id_len >= 1 &&
               out->user_id_len <= MFP_ID_MAX ? 0 : -1;
    case K_UMSG:
        return take_string(s, &out->user_message, &out->user_message_len);
    case K_AMSG:
        return take_string(s, &out->assistant_message, &out->assistant_message_len);
    case K_TOKENS:
        if (literal(s, "null", 4) == 0)
            return 0;
        if (take_int(s, &v) != 0 || v < 0 || v > MFP_TOKEN_MAX)
            return -1;
        out->token_count = v;
        out->has_token_count = 1;
        return 0;
    case K_CREATED:
        if (literal(s, "null", 4) == 0)
            return 0;
        if (s->p >= s->end || *s->p != '"' || scan_string(s, &raw, &n, &esc) != 0 || esc ||
            mfp_rfc3339_normalize((const char *)raw, n, out->created_at, &ignored) != 0)
            return -1;
        out->has_created_at = 1;
        return 0;
    case K_REFL:
        return take_object(s, &out->reflection_json, &out->reflection_json_len);
    default:
        return take_object(s, &out->metadata_json, &out->metadata_json_len);
    }
}

int mfp_record_parse_fast(const char *buf, size_t len, mfp_record *out)
{
    fscan s;
    unsigned seen = 0;
    const unsigned required = 1u << K_CID | 1u << K_CONV | 1u << K_USER | 1u << K_UMSG | 1u << K_AMSG;

    memset(out, 0, sizeof(*out));
    s.p = (const unsigned char *)buf;
    s.end = s.p + len;
    s.nkeys = 0;
    mfp_buf_init(&s.tmp);
    if (!eat(&s, '{'))
        goto decline;
    for (;;) {
        const unsigned char *raw;
        size_t n;
        int esc, k;

        skip_ws(&s);
        if (s.p >= s.end || *s.p != '"' || scan_string(&s, &raw, &n, &esc) != 0 || esc ||
            (k = key_of(raw, n)) < 0 || (seen & 1u << k) || !eat(&s, ':'))
            goto decline;
        seen |= 1u << k;
        skip_ws(&s);
        if (take_field(&s, k, out) != 0)
            goto decline;
        if (eat(&s, ','))
            continue;
        if (eat(&s, '}'))
            break;
        goto decline;
    }
    skip_ws(&s);
    if (s.p != s.end || (seen & required) != required)
        goto decline;
    if (out->metadata_json == NULL) {
        if ((out->metadata_json = malloc(3)) == NULL)
            goto decline;
        memcpy(out->metadata_json, "{}", 3);
        out->metadata_json_len = 2;
    }
    mfp_buf_free(&s.tmp);
    return 1;
decline:
    mfp_buf_free(&s.tmp);
    mfp_record_clear(out);
    return 0;
}
