/* retry.c - one monotonic clock, one backoff (see retry.h). */
#include <time.h>

#include "retry.h"

#define BACKOFF_FIRST 0.2 /* seconds */
#define BACKOFF_MAX 5.0

double mfp_mono(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int stopped(volatile int *stop)
{
    return stop != NULL && *stop;
}

void mfp_nap(double s, volatile int *stop)
{
    double until = mfp_mono() + s, left;

    while (!stopped(stop) && (left = until - mfp_mono()) > 0) {
        double step = left < 0.05 ? left : 0.05;
        struct timespec ts = {0, (long)(step * 1e9)};
        nanosleep(&ts, NULL);
    }
}

int mfp_backoff_wait(mfp_backoff *b, const mf_error *e)
{
    double now = mfp_mono(), left;

    if (e->code != MF_ETRANSIENT || stopped(b->stop))
        return -1;
    if (b->started == 0) {
        b->started = now;
        b->delay = BACKOFF_FIRST;
    }
    left = (double)b->retry_seconds - (now - b->started);
    if (left <= 0)
        return -1;
    mfp_nap(b->delay < left ? b->delay : left, b->stop);
    b->delay = b->delay * 2 > BACKOFF_MAX ? BACKOFF_MAX : b->delay * 2;
    return stopped(b->stop) ? -1 : 0;
}

void mfp_backoff_reset(mfp_backoff *b)
{
    b->started = 0;
}
