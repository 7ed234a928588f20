/* util.c - small helpers shared by the mfbench subcommands: clock, option
 * lookup, Redis URL split, percentiles. Knows nothing about what is measured. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"

double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

const char *bench_opt(int argc, char **argv, const char *name, const char *def)
{
    for (int i = 1; i + 1 < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (argv[i][0] == '-' && argv[i][1] == '-' && strcmp(argv[i] + 2, name) == 0)
            return argv[i + 1];
    }
    return def;
}

int bench_redis_addr(const char *url, char *host, size_t hostlen, int *port, int *db)
{
    const char *p, *colon, *slash;
    size_t n;

    *port = 6379;
    *db = 0;
    if (url == NULL || strncmp(url, "redis://", 8) != 0) {
        fprintf(stderr, "mfbench: REDIS_URL must be redis://host:port[/db] (got %s)\n",
                url ? url : "nothing");
        return -1;
    }
    p = url + 8;
    if (strchr(p, '@') != NULL) {
        fprintf(stderr, "mfbench: REDIS_URL with credentials is not supported by the bench\n");
        return -1;
    }
    slash = strchr(p, '/');
    colon = strchr(p, ':');
    if (colon != NULL && slash != NULL && colon > slash)
        colon = NULL;
    n = colon ? (size_t)(colon - p) : slash ? (size_t)(slash - p) : strlen(p);
    if (n == 0 || n >= hostlen) {
        fprintf(stderr, "mfbench: bad host in REDIS_URL\n");
        return -1;
    }
    memcpy(host, p, n);
    host[n] = '\0';
    if (colon)
        *port = atoi(colon + 1);
    if (slash && slash[1])
        *db = atoi(slash + 1);
    return 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double bench_percentile(double *v, size_t n, double p)
{
    size_t i;

    if (n == 0)
        return 0.0;
    qsort(v, n, sizeof(*v), cmp_double);
    /* nearest rank */
    i = (size_t)(p / 100.0 * (double)n + 0.999999);
    if (i < 1)
        i = 1;
    if (i > n)
        i = n;
    return v[i - 1];
}
