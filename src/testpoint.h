/* testpoint.h - the one test-hook mechanism (test builds only, -DMF_TEST_HOOKS;
 * release builds compile every MFP_TEST_POINT to nothing). A named point in
 * the library's code, where a test can:
 *   - kill the process: MEMFLUSH_CRASH_AT=POINT[:N] (SIGKILL the Nth time,
 *     default 1, counted over the whole process, the process reaches POINT);
 *   - hold it: MEMFLUSH_TEST_DELAY_MS=N sleeps N ms at "after_claim" (and the
 *     command line's MEMFLUSH_TEST_STUCK_SECONDS=S sets flush --listen's
 *     /healthz stuck limit, so a held batch can pass it);
 *   - run code there: a test program sets mfp_test_hook, called at every
 *     point with its name and the handle.
 * The points: flush after_claim, after_copy, before_commit, after_commit,
 * during_requeue; the claim's claim_watched (between its two round trips);
 * import-legacy legacy_after_claim, legacy_after_convert,
 * legacy_after_append, legacy_after_split_append (a cluster: appended, the
 * window not yet released). See docs/testing.md. */
#ifndef MF_TESTPOINT_H
#define MF_TESTPOINT_H

#include "memflush.h"

#ifdef MF_TEST_HOOKS
extern void (*mfp_test_hook)(const char *point, mf_handle *h);
void mfp_test_point(const char *point, mf_handle *h);
#define MFP_TEST_POINT(point, h) mfp_test_point(point, h)
#else
#define MFP_TEST_POINT(point, h) ((void)0)
#endif

#endif
