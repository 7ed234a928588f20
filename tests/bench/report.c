/* report.c - turn the raw results file written by bench.sh (tab-separated
 * lines, one per measurement) into the printed table (medians over the
 * rounds) and, optionally, a JSON document for tracking. It judges nothing.
 * Knows nothing about how the numbers were measured. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define MAXM 16
#define MAXR 64
#define MAXMEM 8

typedef struct method {
    char name[96];
    int n;              /* rounds that ran */
    int failed;         /* rounds that failed */
    char note[160];     /* why it did not run / failed */
    long rows;
    double rate[MAXR], rss[MAXR], cpu[MAXR], pg[MAXR], redis[MAXR], wall[MAXR];
} method;

typedef struct memcheck { long pending; double rss, wall, rate; } memcheck;

static double median(const double *v, int n)
{
    double tmp[MAXR];
    if (n <= 0)
        return 0;
    memcpy(tmp, v, (size_t)n * sizeof(*v));
    bench_percentile(tmp, (size_t)n, 50); /* sorts */
    return n % 2 ? tmp[n / 2] : (tmp[n / 2 - 1] + tmp[n / 2]) / 2;
}

static double vmax(const double *v, int n)
{
    double m = 0;
    for (int i = 0; i < n; i++)
        if (v[i] > m)
            m = v[i];
    return m;
}

static void json_escape(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fprintf(f, "\\%c", *s);
        else if ((unsigned char)*s < 0x20)
            fprintf(f, "\\u%04x", *s);
        else
            fputc(*s, f);
    }
    fputc('"', f);
}

/* split line in place on tabs */
static int split(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++) {
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    }
    return n;
}

static void print_json(const char *path, method *m, int nm, memcheck *mc, int nmc, double *lat[4],
                       int nlat, char meta[][2][256], int nmeta, double limit)
{
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        perror(path);
        return;
    }
    fprintf(f, "{\n  \"meta\": {");
    for (int i = 0; i < nmeta; i++) {
        fprintf(f, "%s\n    ", i ? "," : "");
        json_escape(f, meta[i][0]);
        fputs(": ", f);
        json_escape(f, meta[i][1]);
    }
    fprintf(f, "\n  },\n  \"methods\": [");
    for (int i = 0; i < nm; i++) {
        method *x = &m[i];
        double rate = median(x->rate, x->n);
        fprintf(f, "%s\n    {\"name\": ", i ? "," : "");
        json_escape(f, x->name);
        fprintf(f, ", \"rows\": %ld, \"rounds_ok\": %d, \"rounds_failed\": %d", x->rows, x->n, x->failed);
        if (x->n > 0) {
            fprintf(f, ", \"rows_per_s\": %.1f, \"ratio_to_limit\": %.3f, \"peak_rss_kb\": %.0f, "
                       "\"peak_rss_kb_max\": %.0f, \"wall_s\": %.3f, \"client_cpu_s\": %.2f, "
                       "\"pg_cpu_s\": %.2f, \"redis_cpu_s\": %.2f, \"rows_per_s_rounds\": [",
                    rate, limit > 0 ? rate / limit : 0, median(x->rss, x->n), vmax(x->rss, x->n),
                    median(x->wall, x->n), median(x->cpu, x->n), median(x->pg, x->n),
                    median(x->redis, x->n));
            for (int r = 0; r < x->n; r++)
                fprintf(f, "%s%.1f", r ? ", " : "", x->rate[r]);
            fputc(']', f);
        }
        if (x->note[0]) {
            fputs(", \"note\": ", f);
            json_escape(f, x->note);
        }
        fputc('}', f);
    }
    fprintf(f, "\n  ],\n  \"latency_us\": ");
    if (nlat > 0)
        fprintf(f, "{\"save_p50\": %.1f, \"save_p99\": %.1f, \"rpush_p50\": %.1f, \"rpush_p99\": %.1f, \"rounds\": %d}",
                median(lat[0], nlat), median(lat[1], nlat), median(lat[2], nlat), median(lat[3], nlat), nlat);
    else
        fputs("null", f);
    fprintf(f, ",\n  \"memory\": [");
    for (int i = 0; i < nmc; i++)
        fprintf(f, "%s\n    {\"pending\": %ld, \"peak_rss_kb\": %.0f, \"wall_s\": %.3f, \"rows_per_s\": %.1f}",
                i ? "," : "", mc[i].pending, mc[i].rss, mc[i].wall, mc[i].rate);
    fprintf(f, "\n  ]\n}\n");
    if (fclose(f) != 0)
        perror(path);
}

/* The median rate of the method called name; 0 when it has no good round. */
static double rate_of(method *m, int nm, const char *name)
{
    for (int i = 0; name != NULL && i < nm; i++)
        if (strcmp(m[i].name, name) == 0)
            return m[i].n > 0 ? median(m[i].rate, m[i].n) : 0;
    return 0;
}

/* mfbench report --results FILE [--json FILE] [--limit METHOD-NAME]
 *                [--push METHOD-NAME --push-floor METHOD-NAME] */
int bench_report(int argc, char **argv)
{
    const char *path = bench_opt(argc, argv, "results", NULL);
    const char *jpath = bench_opt(argc, argv, "json", NULL);
    const char *limit_name = bench_opt(argc, argv, "limit", NULL);
    const char *push_name = bench_opt(argc, argv, "push", NULL);
    const char *floor_name = bench_opt(argc, argv, "push-floor", NULL);
    static method m[MAXM];
    static char meta[32][2][256];
    memcheck mc[MAXMEM];
    double lat_v[4][MAXR], *lat[4] = {lat_v[0], lat_v[1], lat_v[2], lat_v[3]};
    int nm = 0, nmc = 0, nlat = 0, nmeta = 0;
    char *line = NULL, *f[16];
    size_t cap = 0;
    ssize_t len;
    FILE *in;
    double limit = 0;
    const char *rounds = "?";

    if (path == NULL || (in = fopen(path, "r")) == NULL) {
        fprintf(stderr, "usage: mfbench report --results FILE [--json FILE]\n");
        return 2;
    }
    while ((len = getline(&line, &cap, in)) > 0) {
        int n;
        if (line[len - 1] == '\n')
            line[len - 1] = '\0';
        n = split(line, f, 16);
        if (strcmp(f[0], "meta") == 0 && n >= 3 && nmeta < 32) {
            snprintf(meta[nmeta][0], 256, "%s", f[1]);
            snprintf(meta[nmeta][1], 256, "%s", f[2]);
            if (strcmp(f[1], "rounds") == 0)
                rounds = meta[nmeta][1];
            nmeta++;
        } else if (strcmp(f[0], "method") == 0 && n >= 11) {
            /* method NAME ROUND ROWS WALL RSS USER SYS PG REDIS STATUS */
            int i;
            for (i = 0; i < nm && strcmp(m[i].name, f[1]) != 0; i++)
                ;
            if (i == nm) {
                if (nm == MAXM)
                    continue;
                snprintf(m[nm++].name, sizeof(m[0].name), "%s", f[1]);
            }
            m[i].rows = atol(f[3]);
            if (strcmp(f[10], "ok") != 0) {
                m[i].failed++;
                snprintf(m[i].note, sizeof(m[i].note), "%s", f[10]);
                continue;
            }
            if (m[i].n == MAXR)
                continue;
            {
                int k = m[i].n++;
                double wall = atof(f[4]);
                m[i].wall[k] = wall;
                m[i].rate[k] = wall > 0 ? (double)m[i].rows / wall : 0;
                m[i].rss[k] = atof(f[5]);
                m[i].cpu[k] = atof(f[6]) + atof(f[7]);
                m[i].pg[k] = atof(f[8]);
                m[i].redis[k] = atof(f[9]);
            }
        } else if (strcmp(f[0], "latency") == 0 && n >= 6 && nlat < MAXR) {
            for (int k = 0; k < 4; k++)
                lat[k][nlat] = atof(f[2 + k]);
            nlat++;
        } else if (strcmp(f[0], "memory") == 0 && n >= 4 && nmc < MAXMEM) {
            mc[nmc].pending = atol(f[1]);
            mc[nmc].rss = atof(f[2]);
            mc[nmc].wall = atof(f[3]);
            mc[nmc].rate = mc[nmc].wall > 0 ? (double)mc[nmc].pending / mc[nmc].wall : 0;
            nmc++;
        }
    }
    free(line);
    fclose(in);
    /* the limit: the method named by --limit, else the first one */
    for (int i = 0; i < nm; i++) {
        if ((limit_name == NULL && i == 0) || (limit_name != NULL && strcmp(m[i].name, limit_name) == 0)) {
            if (m[i].n > 0)
                limit = median(m[i].rate, m[i].n);
            break;
        }
    }

    printf("\n%-34s %10s %8s %10s %10s %8s %9s  %s\n", "method", "rows/s", "ratio", "peak RSS",
           "client CPU", "PG CPU", "Redis CPU", "rounds");
    for (int i = 0; i < nm; i++) {
        method *x = &m[i];
        if (x->n == 0) {
            printf("%-34s %10s %8s %10s %10s %8s %9s  0/%d  %s\n", x->name, "-", "-", "-", "-", "-", "-",
                   x->failed, x->note);
            continue;
        }
        double rate = median(x->rate, x->n);
        char rss[32], ratio[32] = "-";
        /* push and its floor write to Redis only: a ratio to the limit would compare unlike things */
        int redis_only = (push_name && strcmp(x->name, push_name) == 0) ||
                         (floor_name && strcmp(x->name, floor_name) == 0);
        snprintf(rss, sizeof(rss), "%.1f MB", median(x->rss, x->n) / 1024.0);
        if (!redis_only && limit > 0)
            snprintf(ratio, sizeof(ratio), "%.2fx", rate / limit);
        printf("%-34s %10.0f %8s %10s %9.2fs %7.2fs %8.2fs  %d/%s%s%s\n", x->name, rate, ratio, rss,
               median(x->cpu, x->n), median(x->pg, x->n),
               median(x->redis, x->n), x->n, rounds, x->failed ? "  failed: " : "",
               x->failed ? x->note : "");
    }
    printf("(median of the rounds; ratio = rows/s over the psql \\copy median; CPU = seconds per run:\n"
           " client = the measured process (user+sys), PG/Redis = the server process trees)\n");
    if (rate_of(m, nm, push_name) > 0 && rate_of(m, nm, floor_name) > 0)
        printf("push: %.0f turns/s, %.2fx the Redis floor of the same turns (%.0f/s: the same RPUSH,\n"
               " LPUSH and EXPIRE pipelined by a bare client, no Lua, no validation)\n",
               rate_of(m, nm, push_name), rate_of(m, nm, push_name) / rate_of(m, nm, floor_name),
               rate_of(m, nm, floor_name));
    if (nlat > 0)
        printf("\nsingle-turn save latency (median over %d rounds of per-round percentiles):\n"
               "  mf_save_json   p50 %7.1f us   p99 %7.1f us\n"
               "  bare RPUSH     p50 %7.1f us   p99 %7.1f us\n",
               nlat, median(lat[0], nlat), median(lat[1], nlat), median(lat[2], nlat), median(lat[3], nlat));
    if (nmc > 0) {
        printf("\nmemory check: memflush flush --method copy draining the pending list\n");
        for (int i = 0; i < nmc; i++)
            printf("  %9ld pending   peak RSS %8.1f MB   %7.1f s   %8.0f rows/s\n", mc[i].pending,
                   mc[i].rss / 1024.0, mc[i].wall, mc[i].rate);
    }
    if (jpath) {
        print_json(jpath, m, nm, mc, nmc, lat, nlat, meta, nmeta, limit);
        printf("\nresults written to %s\n", jpath);
    }
    return 0;
}
