/* metrics.c - node_exporter textfile-collector metrics for a flush run,
 * written atomically (temp file, fsync, rename). Knows nothing about Redis or
 * PostgreSQL: it formats an mf_flush_report. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "internal.h"

#define LAST_SUCCESS "memflush_last_success_timestamp_seconds"

/* The value of memflush_last_success_timestamp_seconds in an existing metrics
 * file, or -1 when there is none (no file, no such line, unreadable value). */
static double previous_success(const char *path)
{
    FILE *f = fopen(path, "r");
    char line[1024];
    double v = -1;

    if (f == NULL)
        return -1;
    while (fgets(line, sizeof(line), f) != NULL) {
        size_t n = strlen(LAST_SUCCESS);
        char *sp, *end;
        double x;
        if (strncmp(line, LAST_SUCCESS, n) != 0 || (line[n] != ' ' && line[n] != '{'))
            continue;
        sp = strrchr(line, ' ');
        if (sp == NULL)
            continue;
        x = strtod(sp + 1, &end);
        if (end != sp + 1 && (*end == '\n' || *end == '\0') && x >= 0)
            v = x;
    }
    fclose(f);
    return v;
}

static void metric_u(mfp_buf *b, const char *name, const char *help, const char *queue,
                     uint64_t v)
{
    char s[32];
    snprintf(s, sizeof(s), "%llu", (unsigned long long)v);
    mfp_prom_metric(b, name, "gauge", help, queue, s);
}

/* Write data to path atomically: path.tmp.<pid>, fsync, rename, fsync the
 * directory. */
static int write_atomic(const char *path, const char *data, size_t len, mf_error *err)
{
    char *tmp = NULL, *dircopy = NULL;
    size_t done = 0;
    int fd = -1, dfd;

    if (asprintf(&tmp, "%s.tmp.%ld", path, (long)getpid()) < 0)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        goto fail;
    while (done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            goto fail;
        done += (size_t)n;
    }
    if (fsync(fd) != 0)
        goto fail;
    if (close(fd) != 0) {
        fd = -1;
        goto fail;
    }
    fd = -1;
    if (rename(tmp, path) != 0)
        goto fail;
    /* make the rename itself durable; failing here loses nothing written */
    if ((dircopy = strdup(path)) != NULL) {
        dfd = open(dirname(dircopy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
    }
    free(dircopy);
    free(tmp);
    return 0;
fail:
    mfp_seterr(err, MF_EIO, "could not write the metrics file %.300s: %s; check that its directory exists and is writable",
               path, strerror(errno));
    if (fd >= 0)
        close(fd);
    unlink(tmp);
    free(tmp);
    return -1;
}

char *mf_metrics_flush_text(const mf_flush_report *r, const char *queue, double now, double last_ok)
{
    char v[64];
    mfp_buf b;

    mfp_buf_init(&b);
    snprintf(v, sizeof(v), "%.3f", now);
    mfp_prom_metric(&b, "last_run_timestamp_seconds", "gauge", "When the last flush run ended (Unix time).",
                    queue, v);
    /* no sample when it never succeeded as far as this file knows */
    snprintf(v, sizeof(v), "%.3f", last_ok);
    mfp_prom_metric(&b, "last_success_timestamp_seconds", "gauge",
                    "When the last successful flush run ended (Unix time).", queue, last_ok >= 0 ? v : NULL);
    mfp_prom_metric(&b, "last_run_success", "gauge", "1 when the last flush run succeeded (exit status 0).",
                    queue, r->success ? "1" : "0");
    metric_u(&b, "flushed_rows", "Rows newly inserted by the last run.", queue, r->flushed_count);
    metric_u(&b, "duplicate_rows", "Records of the last run whose cid was already in the table.",
             queue, r->duplicate_count);
    metric_u(&b, "dead_lettered", "Records the last run moved to the dead-letter list.", queue,
             r->dead_lettered_count);
    metric_u(&b, "requeued", "Records the last run put back on the pending list after a failure.",
             queue, r->requeued_count);
    metric_u(&b, "reclaimed", "Records the last run took back from expired leases.", queue,
             r->reclaimed_count);
    metric_u(&b, "pending", "Records left in the pending list when the last run ended.", queue,
             r->remaining_pending);
    metric_u(&b, "batches", "Transactions the last run committed.", queue, r->batches);
    snprintf(v, sizeof(v), "%.3f", (double)r->elapsed_ms / 1000.0);
    mfp_prom_metric(&b, "run_duration_seconds", "gauge", "How long the last flush run took.", queue, v);
    if (b.oom) {
        mfp_buf_free(&b);
        return NULL;
    }
    return mfp_buf_steal(&b);
}

static void counter(mfp_buf *b, const char *name, const char *help, const char *queue, uint64_t v)
{
    char s[32];

    snprintf(s, sizeof(s), "%llu", (unsigned long long)v);
    mfp_prom_metric(b, name, "counter", help, queue, s);
}

char *mf_metrics_service_text(const mf_flush_report *total, uint64_t rounds, uint64_t failed_rounds,
                              double seconds_since_progress, int redis_down, const char *queue)
{
    char v[64];
    mfp_buf b;

    mfp_buf_init(&b);
    counter(&b, "flushed_rows_total", "Rows newly inserted since the service started.", queue, total->flushed_count);
    counter(&b, "duplicate_rows_total", "Records whose cid was already in the table, since the start.", queue,
            total->duplicate_count);
    counter(&b, "dead_lettered_total", "Records moved to the dead-letter list since the start.", queue,
            total->dead_lettered_count);
    counter(&b, "requeued_total", "Records put back on the pending list after failures since the start.", queue,
            total->requeued_count);
    counter(&b, "reclaimed_total", "Records taken back from expired leases since the start.", queue,
            total->reclaimed_count);
    counter(&b, "batches_total", "Transactions committed since the start.", queue, total->batches);
    counter(&b, "rounds_total", "Flush rounds since the start.", queue, rounds);
    counter(&b, "failed_rounds_total", "Flush rounds that failed since the start.", queue, failed_rounds);
    snprintf(v, sizeof(v), "%.3f", seconds_since_progress);
    mfp_prom_metric(&b, "seconds_since_progress", "gauge", "Seconds since the flush loop last made progress.",
                    queue, v);
    if (redis_down)
        mfp_prom_metric(&b, "up", "gauge", "1 when Redis answered the statistics query.", queue, "0");
    if (b.oom) {
        mfp_buf_free(&b);
        return NULL;
    }
    return mfp_buf_steal(&b);
}

int mf_metrics_write_flush(const char *path, const mf_flush_report *r, const char *queue,
                           mf_error *err)
{
    struct timeval tv;
    double now, last_ok;
    char *text;
    int rc;

    if (path == NULL || path[0] == '\0' || r == NULL)
        return mfp_seterr(err, MF_ECONFIG, "no metrics file or report given");
    gettimeofday(&tv, NULL);
    now = (double)tv.tv_sec + tv.tv_usec / 1e6;
    last_ok = r->success ? now : previous_success(path);
    text = mf_metrics_flush_text(r, queue, now, last_ok);
    if (text == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    rc = write_atomic(path, text, strlen(text), err);
    free(text);
    return rc;
}
