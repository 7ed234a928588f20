/* cid.c - generate turn ids: UUIDv7 (RFC 9562) as lower-case canonical text.
 * Stateless: sub-millisecond clock bits keep ids from one process in order
 * without shared state. Knows nothing about records or servers. */
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "record.h"

static int random_bytes(unsigned char *p, size_t n, mf_error *err)
{
#ifdef MF_FUZZ_DETERMINISTIC
    /* fuzz builds only (make fuzz): the same bytes in every run, so a
     * FUZZ_RUNS campaign takes the same paths on every machine */
    static unsigned char next;
    (void)err;
    while (n-- > 0)
        *p++ = next++;
    return 0;
#endif
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return mfp_seterr(err, MF_EIO, "could not read random bytes for a cid (getrandom: %s); "
                              "pass cid explicitly", strerror(errno));
        }
        p += got;
        n -= (size_t)got;
    }
    return 0;
}

int mfp_cid_new(char *out, mf_error *err)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char u[16];
    struct timespec now;
    uint64_t ms;
    unsigned sub;
    int o = 0;

    if (random_bytes(u + 8, 8, err) != 0)
        return -1;
    mfp_clock_realtime(&now);
    ms = (uint64_t)now.tv_sec * 1000u + (uint64_t)now.tv_nsec / 1000000u;
    /* rand_a: the fraction of the millisecond in 1/4096 steps (RFC 9562 §6.2 method 3) */
    sub = (unsigned)(((uint64_t)(now.tv_nsec % 1000000) * 4096u) / 1000000u);
    for (int k = 0; k < 6; k++)
        u[k] = (unsigned char)(ms >> (40 - 8 * k));
    u[6] = (unsigned char)(0x70 | (sub >> 8));
    u[7] = (unsigned char)(sub & 0xff);
    u[8] = (unsigned char)(0x80 | (u[8] & 0x3f));
    for (int k = 0; k < 16; k++) {
        if (k == 4 || k == 6 || k == 8 || k == 10)
            out[o++] = '-';
        out[o++] = hex[u[k] >> 4];
        out[o++] = hex[u[k] & 15];
    }
    out[o] = '\0';
    return 0;
}
