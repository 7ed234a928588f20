/* utf8.c - UTF-8 validity (see utf8.h). */
#include "utf8.h"

int mfp_utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;

    while (i < len) {
        size_t n;
        if (p[i] >= 0x01 && p[i] < 0x80) {
            i++;
            continue;
        }
        if (p[i] == 0 || (n = mfp_utf8_seq(p + i, len - i)) == 0)
            return 0;
        i += n;
    }
    return 1;
}
