/* swar.h - word-at-a-time byte tests ("SIMD within a register"): 8 bytes
 * checked with a few integer operations, so the common run of plain text is
 * skipped 8 bytes at a time by the escapers and the record scanner. The tests
 * are "Bit Twiddling Hacks"' haszero/hasless: exact for "does any byte ...",
 * which is all they are used for. */
#ifndef MF_SWAR_H
#define MF_SWAR_H

#include <stdint.h>
#include <string.h>

#define MFP_SWAR_ONES 0x0101010101010101ULL
#define MFP_SWAR_HIGHS 0x8080808080808080ULL

/* The 8 bytes at p (any alignment). */
static inline uint64_t mfp_swar_load(const void *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}

/* Non-zero when a byte of x is below n (n <= 128). */
static inline uint64_t mfp_swar_less(uint64_t x, unsigned char n)
{
    return (x - MFP_SWAR_ONES * n) & ~x & MFP_SWAR_HIGHS;
}

/* Non-zero when a byte of x equals c. */
static inline uint64_t mfp_swar_has(uint64_t x, unsigned char c)
{
    uint64_t y = x ^ (MFP_SWAR_ONES * c);
    return (y - MFP_SWAR_ONES) & ~y & MFP_SWAR_HIGHS;
}

/* Non-zero when a byte of x is 0x80 or above (not ASCII). */
static inline uint64_t mfp_swar_high(uint64_t x)
{
    return x & MFP_SWAR_HIGHS;
}

/* Non-zero when a byte of x cannot stand as it is inside a JSON string: a
 * control character, a quote or a backslash. */
static inline uint64_t mfp_swar_json_special(uint64_t x)
{
    return mfp_swar_less(x, 0x20) | mfp_swar_has(x, '"') | mfp_swar_has(x, '\\');
}

#endif
