/* jsonw.c - the JSON text writer (see jsonw.h): strings, reals and jansson
 * values as compact JSON. Knows nothing about records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "jsonw.h"
#include "swar.h"
#include "utf8.h"

/* 1 when none of the 8 bytes at p needs a look: no control character, quote
 * or backslash, and (unless the text is known to be UTF-8) no byte above
 * ASCII. */
static int plain8(const unsigned char *p, int utf8)
{
    uint64_t x = mfp_swar_load(p);
    return !(mfp_swar_json_special(x) | (utf8 ? 0 : mfp_swar_high(x)));
}

/* The JSON string of s[0..len); utf8: s is known to be valid UTF-8, so its
 * bytes above ASCII are copied unchecked. */
static int put_string(mfp_buf *b, const char *s, size_t len, int utf8)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    size_t start = 0, i = 0;

    if (mfp_buf_reserve(b, len + 2) != 0)
        return -1;
    mfp_buf_putc(b, '"');
    while (i < len) {
        unsigned char c;
        char esc[8];
        size_t elen = 2, n;

        if (len - i >= 8 && plain8(p + i, utf8)) {
            i += 8;
            continue;
        }
        c = p[i];
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x80 || utf8)) {
            i++;
            continue;
        }
        if (c >= 0x80) {
            if ((n = mfp_utf8_seq(p + i, len - i)) != 0) {
                i += n;
                continue;
            }
            mfp_buf_append(b, s + start, i - start);
            mfp_buf_append(b, "\xEF\xBF\xBD", 3); /* U+FFFD for a byte that is not UTF-8 */
            start = ++i;
            continue;
        }
        esc[0] = '\\';
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            elen = 6;
        }
        mfp_buf_append(b, s + start, i - start);
        mfp_buf_append(b, esc, elen);
        start = ++i;
    }
    mfp_buf_append(b, s + start, len - start);
    mfp_buf_putc(b, '"');
    return b->oom ? -1 : 0;
}

int mfp_json_put_string(mfp_buf *b, const char *s, size_t len)
{
    return put_string(b, s, len, 0);
}

int mfp_json_put_utf8(mfp_buf *b, const char *s, size_t len)
{
    return put_string(b, s, len, 1);
}

/* The shortest decimal text that reads back as the same double, so 0.85
 * stays 0.85 (jansson's own dump prints 17 digits: 0.84999999999999998). A
 * real keeps a '.' or an exponent so it reads back as a real. */
int mfp_json_put_real(mfp_buf *b, double d)
{
    char tmp[40];

    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof(tmp), "%.*g", prec, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    if (strchr(tmp, 'e') != NULL && (d < 0 ? -d : d) >= 1 && (d < 0 ? -d : d) < 1e17)
        snprintf(tmp, sizeof(tmp), "%.0f", d); /* 1e2 -> 100.0, like the producer likely wrote */
    if (strpbrk(tmp, ".eEni") == NULL)
        strcat(tmp, ".0");
    return mfp_buf_puts(b, tmp);
}

int mfp_json_put_value(mfp_buf *b, const json_t *v)
{
    const char *key;
    json_t *item;
    size_t i, first = 1;

    switch (json_typeof(v)) {
    case JSON_OBJECT:
        mfp_buf_putc(b, '{');
        json_object_foreach((json_t *)v, key, item) {
            if (!first)
                mfp_buf_putc(b, ',');
            first = 0;
            mfp_json_put_string(b, key, strlen(key));
            mfp_buf_putc(b, ':');
            mfp_json_put_value(b, item);
        }
        return mfp_buf_putc(b, '}');
    case JSON_ARRAY:
        mfp_buf_putc(b, '[');
        json_array_foreach(v, i, item) {
            if (i > 0)
                mfp_buf_putc(b, ',');
            mfp_json_put_value(b, item);
        }
        return mfp_buf_putc(b, ']');
    case JSON_STRING:
        return mfp_json_put_string(b, json_string_value(v), json_string_length(v));
    case JSON_INTEGER:
        return mfp_buf_printf(b, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    case JSON_REAL:
        return mfp_json_put_real(b, json_real_value(v));
    case JSON_TRUE:
        return mfp_buf_puts(b, "true");
    case JSON_FALSE:
        return mfp_buf_puts(b, "false");
    default:
        return mfp_buf_puts(b, "null");
    }
}
