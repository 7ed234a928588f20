/* copytext.c - PostgreSQL COPY text-format field encoding (and a decoder for
 * the tests and the fuzzer). Knows nothing about connections or records. */
#include <stdint.h>
#include <string.h>

#include "record.h"
#include "swar.h"

/* 1 when one of the 8 bytes at p may need escaping: a byte below 0x0e (tab,
 * newline and carriage return among them) or a backslash. Most text has
 * none, so most of it is skipped 8 bytes at a time. */
static int special8(const char *p)
{
    uint64_t x = mfp_swar_load(p);
    return (mfp_swar_less(x, 0x0e) | mfp_swar_has(x, '\\')) ? 1 : 0;
}

int mfp_copy_escape(mfp_buf *b, const char *s, size_t len)
{
    size_t start = 0, i = 0;

    if (mfp_buf_reserve(b, len + len / 8 + 2) != 0)
        return -1;
    while (i < len) {
        size_t stop;

        if (len - i >= 8 && !special8(s + i)) {
            i += 8;
            continue;
        }
        for (stop = len - i > 8 ? i + 8 : len; i < stop; i++) {
            char e;
            switch (s[i]) {
            case '\\': e = '\\'; break;
            case '\t': e = 't'; break;
            case '\n': e = 'n'; break;
            case '\r': e = 'r'; break;
            default: continue;
            }
            mfp_buf_append(b, s + start, i - start);
            mfp_buf_putc(b, '\\');
            mfp_buf_putc(b, e);
            start = i + 1;
        }
    }
    mfp_buf_append(b, s + start, len - start);
    return b->oom ? -1 : 0;
}

int mfp_copy_null(mfp_buf *b)
{
    return mfp_buf_append(b, "\\N", 2);
}

/* The rules of PostgreSQL's CopyReadAttributesText. */
int mfp_copy_unescape(const char *s, size_t len, mfp_buf *out)
{
    if (len == 2 && s[0] == '\\' && s[1] == 'N')
        return 1;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\t' || c == '\n' || c == '\r')
            return -1; /* a delimiter inside a field */
        if (c != '\\') {
            mfp_buf_putc(out, c);
            continue;
        }
        if (++i >= len)
            return -1;
        c = s[i];
        switch (c) {
        case 'b': mfp_buf_putc(out, '\b'); break;
        case 'f': mfp_buf_putc(out, '\f'); break;
        case 'n': mfp_buf_putc(out, '\n'); break;
        case 'r': mfp_buf_putc(out, '\r'); break;
        case 't': mfp_buf_putc(out, '\t'); break;
        case 'v': mfp_buf_putc(out, '\v'); break;
        case 'x':
            if (i + 1 < len && mfp_hexval(s[i + 1]) >= 0) {
                int v = mfp_hexval(s[++i]);
                if (i + 1 < len && mfp_hexval(s[i + 1]) >= 0)
                    v = v * 16 + mfp_hexval(s[++i]);
                mfp_buf_putc(out, (char)v);
            } else {
                mfp_buf_putc(out, 'x');
            }
            break;
        default:
            if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int k = 0; k < 2 && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '7'; k++)
                    v = v * 8 + (s[++i] - '0');
                mfp_buf_putc(out, (char)(v & 0xff));
            } else {
                mfp_buf_putc(out, c);
            }
        }
    }
    return out->oom ? -1 : 0;
}
