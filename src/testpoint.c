/* testpoint.c - MFP_TEST_POINT (see testpoint.h): test builds only. */
#include "testpoint.h"

#ifdef MF_TEST_HOOKS
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void (*mfp_test_hook)(const char *point, mf_handle *h);

void mfp_test_point(const char *point, mf_handle *h)
{
    static long hits;
    const char *at = getenv("MEMFLUSH_CRASH_AT"), *delay;
    size_t len = strlen(point);

    if (mfp_test_hook != NULL)
        mfp_test_hook(point, h);
    if (at != NULL && strncmp(at, point, len) == 0 && (at[len] == '\0' || at[len] == ':') &&
        ++hits >= (at[len] == ':' ? strtol(at + len + 1, NULL, 10) : 1))
        raise(SIGKILL);
    delay = getenv("MEMFLUSH_TEST_DELAY_MS");
    if (delay != NULL && strcmp(point, "after_claim") == 0) {
        long ms = strtol(delay, NULL, 10);
        struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
        while (ms > 0 && nanosleep(&ts, &ts) != 0 && errno == EINTR)
            ;
    }
}
#else
/* ISO C wants something in a translation unit */
typedef int mfp_testpoint_unused;
#endif
