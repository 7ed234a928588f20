/* ops.h - helpers of the operations suites (test_stats, test_dlq,
 * test_check, test_metrics, test_ops). */
#ifndef MF_TEST_OPS_H
#define MF_TEST_OPS_H

#include <stddef.h>

#include "th.h"

/* A dead-letter entry of contract §2 with a plain "record". */
extern const char OPS_DL_A[];
/* A pending record created 2020-01-01T00:00:00Z (1577836800). */
extern const char OPS_OLD_REC[];

/* RPUSH {P}:suffix v (n bytes). */
void ops_rpush_bin(const char *suffix, const char *v, size_t n);
void ops_rpush(const char *suffix, const char *v);
/* Element i of {P}:suffix as a malloc'd buffer (NULL: none) and its length. */
char *ops_lindex(const char *suffix, long i, size_t *len);
/* Wall-clock seconds. */
double ops_now_s(void);
/* Fail when secret shows on r's stdout or stderr. */
void ops_assert_absent(const th_run *r, const char *secret);
/* The line of out that starts with prefix, or NULL. */
const char *ops_line_with(const char *out, const char *prefix);
/* Does some line of out start with sev and contain word? */
int ops_finding(const char *out, const char *sev, const char *word);
/* NULL when text is valid Prometheus text format, else a malloc'd reason. */
char *ops_prom_validate(const char *text);
/* The value of metric name in text (NAN when absent). */
double ops_prom_value(const char *text, const char *name);

#endif
