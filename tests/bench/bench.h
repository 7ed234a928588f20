/* bench.h - the pieces of mfbench, the helper program behind 'make bench':
 * turn generator, pipelined RPUSH loader, process runner with rusage, CPU
 * accounting of server processes, save-latency probe and the report.
 * Knows nothing about memflush internals: it uses only include/memflush.h,
 * hiredis, and the command line. Orchestration lives in bench.sh. */
#ifndef MF_BENCH_H
#define MF_BENCH_H

#include <stddef.h>
#include <stdint.h>

/* Each subcommand: argc/argv start at the subcommand name. Returns the exit status. */
int bench_gen(int argc, char **argv);       /* gen.c */
int bench_load(int argc, char **argv);      /* load.c */
int bench_run(int argc, char **argv);       /* runproc.c */
int bench_cpu(int argc, char **argv);       /* runproc.c */
int bench_latency(int argc, char **argv);   /* latency.c */
int bench_report(int argc, char **argv);    /* report.c */
int bench_parse(int argc, char **argv);     /* parse.c */
int bench_follow(int argc, char **argv);    /* follow.c: turn-to-row latency of flush --follow */

/* util.c */
/* Monotonic time in seconds. */
double bench_now(void);
/* Host and port of a redis://host:port[/db] URL (no password support: the
 * rig's Redis has none). Returns 0 or -1 with a message on stderr. */
int bench_redis_addr(const char *url, char *host, size_t hostlen, int *port, int *db);
/* Value of --name in argv (i from 1), or def. */
const char *bench_opt(int argc, char **argv, const char *name, const char *def);
/* qsort comparator and percentile over doubles (sorts v). */
double bench_percentile(double *v, size_t n, double p);

#endif
