/* bytes.c - small byte-level helpers more than one module needs: the value
 * of a hex digit (URL %XX escapes, JSON \uXXXX, COPY \xHH) and an FNV-1a
 * hash for the open-addressing tables of flush.c and saver.c. */
#include "internal.h"

int mfp_hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20; /* ASCII lower case; digits are done */
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

uint64_t mfp_hash(const char *s, size_t n)
{
    uint64_t x = 1469598103934665603ULL; /* FNV-1a, 64 bits */
    size_t i;

    for (i = 0; i < n; i++)
        x = (x ^ (unsigned char)s[i]) * 1099511628211ULL;
    return x;
}
