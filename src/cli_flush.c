/* cli_flush.c - memflush flush: drain the queue once, or every --interval
 * seconds until SIGTERM/SIGINT; print the summary line, log progress, write
 * node_exporter textfile metrics. Uses only memflush.h and cli.h. */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static const cli_opt flush_opts[] = {
    {"max-batches", 1, "N", "stop after N batches (default: until the queue is empty)"},
    {"max-seconds", 1, "S", "claim no new batch after S seconds (default: no limit)"},
    {"interval", 1, "S", "keep running: flush, wait S seconds, flush again ... until SIGTERM or SIGINT"},
    {"metrics-file", 1, "PATH", "after each run write node_exporter textfile metrics to PATH (atomically)"},
    {NULL, 0, NULL, NULL},
};

static volatile int stop_flag;

static void on_signal(int sig)
{
    (void)sig;
    stop_flag = 1;
}

static void install_signals(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: sleeps end early */
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
}

/* A number of seconds (fractions allowed) in [min, max]; def when not given. */
static int seconds_opt(const cli_args *a, const char *name, double def, double min, double max, double *out)
{
    const char *v = cli_value(a, name);
    char *end;
    double x;

    if (v == NULL) {
        *out = def;
        return 0;
    }
    errno = 0;
    x = strtod(v, &end);
    if (errno != 0 || end == v || *end != '\0' || !isfinite(x) || x < min || x > max) {
        cli_log(CLI_ERROR, "--%s must be a number of seconds from %g to %g, got \"%.40s\"", name, min, max, v);
        return -1;
    }
    *out = x;
    return 0;
}

/* ------------------------------------------------------------ progress */

typedef struct progress {
    int tty;           /* draw a live line on stderr */
    int drawn;
    double start, last_log;
} progress;

static void on_progress(void *arg, uint64_t done, uint64_t remaining)
{
    progress *p = arg;
    double now = cli_now(), el = now - p->start;
    double rate = el > 0 ? (double)done / el : 0;

    if (p->tty) {
        fprintf(stderr, "\rflush: %" PRIu64 " records done, %" PRIu64 " pending, %.0f records/s   ", done,
                remaining, rate);
        fflush(stderr);
        p->drawn = 1;
    } else if (now - p->last_log >= 5.0) {
        cli_log(CLI_INFO, "progress: %" PRIu64 " records done, %" PRIu64 " pending, %.0f records/s", done,
                remaining, rate);
        p->last_log = now;
    }
}

/* -------------------------------------------------------------- metrics */

typedef struct totals {
    uint64_t flushed, duplicates, dead, requeued, reclaimed, batches, runs, failed_runs;
} totals;

/* The metrics file itself is written by mf_metrics_write_flush (src/metrics.c):
 * per-run gauges, last success kept across failed runs, atomic replace. */

/* ----------------------------------------------------------------- run */

static void log_summary(const mf_flush_report *r)
{
    double s = (double)r->elapsed_ms / 1000.0;
    uint64_t done = r->flushed_count + r->duplicate_count + r->dead_lettered_count;

    cli_log(CLI_INFO,
            "flushed %" PRIu64 " new rows (%" PRIu64 " duplicates, %" PRIu64 " dead-lettered, %" PRIu64
            " put back) in %" PRIu64 " batches, %.3f s, %.0f records/s; %" PRIu64 " pending%s",
            r->flushed_count, r->duplicate_count, r->dead_lettered_count, r->requeued_count, r->batches, s,
            s > 0 ? (double)done / s : 0.0, r->remaining_pending,
            r->reclaimed_count ? " (expired leases were reclaimed)" : "");
}

static void nap(double s)
{
    double until = cli_now() + s, left;

    while (!stop_flag && (left = until - cli_now()) > 0) {
        double step = left < 0.1 ? left : 0.1;
        struct timespec ts = {0, (long)(step * 1e9)};
        nanosleep(&ts, NULL);
    }
}

int cli_flush(int argc, char **argv)
{
    cli_args a;
    mf_handle *h = NULL;
    mf_error err = {0};
    mf_flush_opts o;
    long long max_batches;
    double max_seconds, interval;
    const char *metrics;
    totals t;
    progress p;
    int rc, status = 0;

    rc = cli_parse("flush", "[OPTIONS]",
                   "Reclaim expired leases, then move pending turns from Redis into PostgreSQL in batches,\n"
                   "exactly once, until the queue is empty or a limit is reached. Prints one JSON summary\n"
                   "line on stdout (exit 0 and 1). With --interval it runs until SIGTERM/SIGINT, one\n"
                   "summary line per round; a signal finishes the batch in hand first.",
                   flush_opts, argc, argv, &a);
    if (rc == 1)
        return 0;
    if (rc != 0)
        return 2;
    if (cli_long(&a, "max-batches", 0, 1, 1000000000LL, &max_batches) != 0 ||
        seconds_opt(&a, "max-seconds", 0, 0.001, 1e9, &max_seconds) != 0 ||
        seconds_opt(&a, "interval", 0, 0.001, 1e9, &interval) != 0) {
        cli_args_free(&a);
        return 2;
    }
    metrics = cli_value(&a, "metrics-file");
    if (a.nrest > 0) {
        cli_log(CLI_ERROR, "flush takes no arguments, got \"%.60s\"; see 'memflush flush --help'", a.rest[0]);
        cli_args_free(&a);
        return 2;
    }
    h = mf_open(a.cfg, &err);
    if (h == NULL) {
        status = cli_fail(&err);
        cli_args_free(&a);
        return status;
    }
    install_signals();
    memset(&t, 0, sizeof(t));
    memset(&o, 0, sizeof(o));
    o.max_batches = (long)max_batches;
    o.max_seconds = max_seconds;
    o.stop = &stop_flag;
    o.progress = on_progress;
    o.progress_arg = &p;

    for (;;) {
        mf_flush_report r;
        char *line;

        memset(&err, 0, sizeof(err));
        memset(&p, 0, sizeof(p));
        p.tty = cli_stderr_is_tty();
        p.start = p.last_log = cli_now();
        rc = mf_flush(h, &o, &r, &err);
        status = rc == 0 ? 0 : mf_exit_status(err.code);
        if (status == 0 && rc != 0)
            status = 1;
        if (p.drawn)
            fputc('\n', stderr);
        t.flushed += r.flushed_count;
        t.duplicates += r.duplicate_count;
        t.dead += r.dead_lettered_count;
        t.requeued += r.requeued_count;
        t.reclaimed += r.reclaimed_count;
        t.batches += r.batches;
        t.runs++;
        t.failed_runs += status != 0;
        if (metrics != NULL) {
            mf_error merr = {0};
            r.success = status == 0;
            if (mf_metrics_write_flush(metrics, &r, mf_config_get(a.cfg, "prefix"), &merr) != 0)
                cli_log(CLI_WARN, "%s", merr.msg);
        }
        if (status >= 2) { /* exits 2-4 print only the error */
            cli_fail(&err);
            break;
        }
        if (rc != 0)
            cli_log(CLI_ERROR, "%s", err.msg);
        line = mf_flush_report_json(&r);
        if (line != NULL) {
            printf("%s\n", line);
            fflush(stdout);
            free(line);
        }
        log_summary(&r);
        if (interval <= 0 || stop_flag)
            break;
        nap(interval);
        if (stop_flag)
            break;
    }
    if (stop_flag)
        cli_log(CLI_INFO, "stopped by a signal");
    mf_close(h);
    cli_args_free(&a);
    return status;
}
