/* tokens.c - the documented token estimate stored when a producer gives no
 * token_count (docs/record.md). A cheap approximation of BPE tokenizers, not
 * a tokenizer; knows nothing about records or servers. */
#include "record.h"

/* Code points that BPE vocabularies mostly hold as one token each. */
static int is_cjk(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) ||   /* Hangul Jamo */
           (c >= 0x2E80 && c <= 0x2FDF) ||   /* CJK radicals, Kangxi */
           (c >= 0x3000 && c <= 0x303F) ||   /* CJK punctuation */
           (c >= 0x3040 && c <= 0x30FF) ||   /* Hiragana, Katakana */
           (c >= 0x3130 && c <= 0x318F) ||   /* Hangul compatibility Jamo */
           (c >= 0x31F0 && c <= 0x31FF) ||   /* Katakana extensions */
           (c >= 0x3400 && c <= 0x4DBF) ||   /* CJK extension A */
           (c >= 0x4E00 && c <= 0x9FFF) ||   /* CJK unified ideographs */
           (c >= 0xAC00 && c <= 0xD7AF) ||   /* Hangul syllables */
           (c >= 0xF900 && c <= 0xFAFF) ||   /* CJK compatibility ideographs */
           (c >= 0xFF00 && c <= 0xFFEF) ||   /* full-width forms */
           (c >= 0x20000 && c <= 0x3FFFF);   /* CJK extensions B.. */
}

/* Pictographs that tokenizers split into several byte tokens. */
static int is_emoji(uint32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
}

long long mfp_estimate_tokens(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    long long tokens = 0;
    size_t i = 0, units = 0; /* the current run: ASCII bytes 1 unit, other letters 2 */

    while (i < len) {
        uint32_t c = p[i];
        size_t n;

        if (c < 0x80) {
            units++;
            i++;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            n = 2;
            c &= 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 3;
            c &= 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 4;
            c &= 0x07;
        } else {
            n = 1;
        }
        if (i + n > len)
            n = 1;
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80) {
                n = 1;
                break;
            }
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        i += n;
        if (n > 1 && !is_cjk(c) && !is_emoji(c)) {
            units += 2; /* accented Latin, Cyrillic, Greek, Arabic ...: part of the word */
            continue;
        }
        tokens += (long long)((units + 3) / 4);
        units = 0;
        tokens += n > 1 && is_emoji(c) ? 2 : 1; /* CJK or a stray byte: 1; emoji: 2 */
    }
    tokens += (long long)((units + 3) / 4);
    return tokens;
}
