/* parse.c - how much of a flusher's client CPU the JSON parser alone costs:
 * jansson's json_loadb alone, memflush's record parser through jansson
 * (mfp_record_parse_ref) and as the flusher runs it (the one-pass fast path
 * of recfast.c), over the generated turns, against one memchr pass over the
 * same bytes (the least any parser must do). Evidence for profiling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "bench.h"
#include "record.h"

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* mfbench parse --file JSONL: prints CPU microseconds per record. */
int bench_parse(int argc, char **argv)
{
    const char *path = bench_opt(argc, argv, "file", NULL);
    FILE *f;
    char **recs = NULL, *line = NULL;
    size_t *lens = NULL, n = 0, cap = 0, lcap = 0, bytes = 0, hits = 0;
    ssize_t len;
    double t0, t1, best = 1e30;
    int rc = 1;

    if (path == NULL || (f = fopen(path, "r")) == NULL) {
        fprintf(stderr, "usage: mfbench parse --file JSONL\n");
        return 2;
    }
    while ((len = getline(&line, &lcap, f)) > 0) {
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            recs = realloc(recs, cap * sizeof(*recs));
            lens = realloc(lens, cap * sizeof(*lens));
            if (recs == NULL || lens == NULL)
                goto done;
        }
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        recs[n] = malloc((size_t)len);
        if (recs[n] == NULL)
            goto done;
        memcpy(recs[n], line, (size_t)len);
        lens[n++] = (size_t)len;
        bytes += (size_t)len;
    }
    if (n == 0)
        goto done;
    for (int rep = 0; rep < 3; rep++) { /* best of 3: the machine may be busy */
        t0 = cpu_now();
        for (size_t i = 0; i < n; i++) {
            json_error_t je;
            json_t *j = json_loadb(recs[i], lens[i], JSON_REJECT_DUPLICATES, &je);
            if (j == NULL) {
                fprintf(stderr, "mfbench parse: record %zu: %s\n", i + 1, je.text);
                goto done;
            }
            json_decref(j);
        }
        t1 = cpu_now();
        if (t1 - t0 < best)
            best = t1 - t0;
    }
    printf("jansson json_loadb+json_decref: %zu records, %.1f MB: %.2f us CPU per record, %.0f MB/s\n", n,
           (double)bytes / 1e6, best / (double)n * 1e6, (double)bytes / 1e6 / best);
    for (int way = 0; way < 3; way++) {
        mfp_buf out;
        size_t fast = 0;
        mfp_buf_init(&out);
        best = 1e30;
        for (int rep = 0; rep < 3; rep++) {
            t0 = cpu_now();
            for (size_t i = 0; i < n; i++) {
                mfp_record r;
                mf_error err = {0};
                int ok = way ? mfp_record_parse(recs[i], lens[i], 0, &r, &err)
                             : mfp_record_parse_ref(recs[i], lens[i], 0, &r, &err);
                if (ok == 0 && way == 2) { /* what push and save add: the record written back */
                    out.len = 0;
                    if (mfp_record_write_json(&out, &r) != 0)
                        ok = -1;
                }
                if (ok != 0) {
                    mfp_record_clear(&r);
                    mfp_buf_free(&out);
                    fprintf(stderr, "mfbench parse: record %zu: %s\n", i + 1, err.msg);
                    goto done;
                }
                mfp_record_clear(&r);
            }
            t1 = cpu_now();
            if (t1 - t0 < best)
                best = t1 - t0;
        }
        mfp_buf_free(&out);
        for (size_t i = 0; way == 1 && i < n; i++) {
            mfp_record r;
            fast += (size_t)mfp_record_parse_fast(recs[i], lens[i], &r);
            mfp_record_clear(&r);
        }
        if (way == 2)
            printf("mfp_record_parse + mfp_record_write_json (what push and mf_save_json do per turn): %.2f us CPU per record\n",
                   best / (double)n * 1e6);
        else if (way)
            printf("mfp_record_parse (one-pass fast path, %zu of %zu records): %.2f us CPU per record, %.0f MB/s\n",
                   fast, n, best / (double)n * 1e6, (double)bytes / 1e6 / best);
        else
            printf("mfp_record_parse_ref (jansson, validated record): %.2f us CPU per record, %.0f MB/s\n",
                   best / (double)n * 1e6, (double)bytes / 1e6 / best);
    }
    t0 = cpu_now();
    for (size_t i = 0; i < n; i++) {
        const char *p = recs[i], *e = p + lens[i];
        while ((p = memchr(p, '\\', (size_t)(e - p))) != NULL) {
            hits++;
            p++;
        }
    }
    t1 = cpu_now();
    printf("one memchr pass over the same bytes: %.2f us CPU per record (%zu escapes seen)\n",
           (t1 - t0) / (double)n * 1e6, hits);
    rc = 0;
done:
    fclose(f);
    for (size_t i = 0; i < n; i++)
        free(recs[i]);
    free(recs);
    free(lens);
    free(line);
    return rc;
}
