/* retry.h - the library's one monotonic clock and its one backoff for
 * transient failures (flush, import-legacy): a streak of retries waits 0.2 s
 * doubling to 5 s, within --retry-seconds from the streak's first failure,
 * and wakes early, giving up, when the caller's stop flag is set. Knows
 * nothing about servers. */
#ifndef MF_RETRY_H
#define MF_RETRY_H

#include "base.h"

/* Monotonic seconds (CLOCK_MONOTONIC): for durations only. */
double mfp_mono(void);

typedef struct mfp_backoff {
    long retry_seconds;     /* the streak's budget (--retry-seconds) */
    volatile int *stop;     /* optional: non-zero ends every wait and gives up */
    double started;         /* mfp_mono() of the streak's first failure; 0: no streak */
    double delay;           /* the next wait */
} mfp_backoff;

/* Before retrying after a failure e: 0 after waiting (retry now), -1 to give
 * up: e is not MF_ETRANSIENT, the stop flag is set (before or during the
 * wait), or the streak used up retry_seconds. */
int mfp_backoff_wait(mfp_backoff *b, const mf_error *e);
/* A success ends the streak. */
void mfp_backoff_reset(mfp_backoff *b);
/* Sleep s seconds, waking early (in 50 ms steps) when *stop is set. */
void mfp_nap(double s, volatile int *stop);

#endif
