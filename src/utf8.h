/* utf8.h - UTF-8 validity, for the record parsers (record.c, recfast.c) and
 * the JSON writer (jsonw.c). Knows nothing else. */
#ifndef MF_UTF8_H
#define MF_UTF8_H

#include <stddef.h>

/* Length of the valid UTF-8 sequence at p (avail >= 1 bytes left), 0 when
 * invalid (overlong, surrogate, above U+10FFFF, truncated). Inline: the
 * record scanner calls it for every character of non-Latin text. */
static inline size_t mfp_utf8_seq(const unsigned char *p, size_t avail)
{
    unsigned char c = p[0];

    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return avail >= 3 && p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return avail >= 4 && p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 &&
                       (p[3] & 0xC0) == 0x80 ? 4 : 0;
    }
    return 0;
}

/* 1 when s[0..len) is valid UTF-8 (no overlong forms, no surrogates, nothing
 * above U+10FFFF) without NUL bytes, else 0. */
int mfp_utf8_valid(const char *s, size_t len);

#endif
