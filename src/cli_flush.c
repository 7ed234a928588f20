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
    {"follow", 0, NULL, "keep running as a service until SIGTERM or SIGINT: wait for turns on Redis without polling, "
                        "write a batch once it is full or its first turn has waited --linger-ms"},
    {"linger-ms", 1, "MS", "with --follow: how long the first turn of a batch may wait for more (default 200; 0 to 60000)"},
    {"listen", 1, "HOST:PORT", "with --follow or --interval: serve GET /metrics, /healthz and /readyz over HTTP "
                               "(a bare PORT binds 127.0.0.1)"},
    {"log-interval", 1, "S", "with --follow: one progress line per S seconds with work (default 60); errors always"},
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
    struct service *sv; /* heartbeats for --listen */
} progress;

static void beat_cb(void *arg);

static void on_progress(void *arg, uint64_t done, uint64_t remaining)
{
    progress *p = arg;
    double now = cli_now(), el = now - p->start;
    double rate = el > 0 ? (double)done / el : 0;

    if (p->sv != NULL)
        beat_cb(p->sv);
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

/* --listen: the listener, and what the loop publishes to it */
typedef struct service {
    cli_svc *svc;          /* NULL without --listen */
    cli_svc_state st;
    double log_interval;   /* --follow: seconds between progress lines */
    double last_log;
    mf_flush_report since; /* sums since the last progress line */
    uint64_t since_rounds, since_failed;
} service;

static double unix_now(void)
{
    struct timeval tv;

    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + tv.tv_usec / 1e6;
}

/* A round ended (its report r, rc 0 or -1 with err): count it and publish. */
static void service_round(service *sv, const mf_flush_report *r, int rc)
{
    cli_svc_state *st = &sv->st;

    st->last = *r;
    st->last.success = rc == 0;
    st->rounds++;
    st->failed_rounds += rc != 0;
    st->last_run_unix = unix_now();
    if (rc == 0)
        st->last_success_unix = st->last_run_unix;
    st->total.flushed_count += r->flushed_count;
    st->total.duplicate_count += r->duplicate_count;
    st->total.dead_lettered_count += r->dead_lettered_count;
    st->total.requeued_count += r->requeued_count;
    st->total.reclaimed_count += r->reclaimed_count;
    st->total.batches += r->batches;
    st->total.remaining_pending = r->remaining_pending;
    st->stopping = stop_flag != 0;
    cli_svc_publish(sv->svc, st);
}

static void beat_cb(void *arg)
{
    service *sv = arg;

    if (stop_flag && !sv->st.stopping) {
        sv->st.stopping = 1;
        cli_svc_publish(sv->svc, &sv->st);
    }
    cli_svc_beat(sv->svc);
}

static void nap(double s, service *sv)
{
    double until = cli_now() + s, left;

    while (!stop_flag && (left = until - cli_now()) > 0) {
        double step = left < 0.1 ? left : 0.1;
        struct timespec ts = {0, (long)(step * 1e9)};
        nanosleep(&ts, NULL);
        beat_cb(sv);
    }
}

/* --follow: a progress line per --log-interval with work, errors always. */
static void log_progress(service *sv, int force)
{
    mf_flush_report *r = &sv->since;
    double now = cli_now();

    if (!force && now - sv->last_log < sv->log_interval)
        return;
    if (sv->since_rounds > 0 && (r->flushed_count + r->duplicate_count + r->dead_lettered_count +
                                 r->requeued_count + r->reclaimed_count) > 0)
        cli_log(CLI_INFO,
                "following: %" PRIu64 " new rows (%" PRIu64 " duplicates, %" PRIu64 " dead-lettered, %" PRIu64
                " put back, %" PRIu64 " reclaimed) in %" PRIu64 " batches over %.0f s, %" PRIu64
                " failed rounds; %" PRIu64 " pending",
                r->flushed_count, r->duplicate_count, r->dead_lettered_count, r->requeued_count,
                r->reclaimed_count, r->batches, now - sv->last_log, sv->since_failed, r->remaining_pending);
    memset(r, 0, sizeof(*r));
    sv->since_rounds = sv->since_failed = 0;
    sv->last_log = now;
}

static void follow_round(void *arg, const mf_flush_report *r, int rc, const mf_error *err)
{
    service *sv = arg;

    service_round(sv, r, rc);
    sv->since.flushed_count += r->flushed_count;
    sv->since.duplicate_count += r->duplicate_count;
    sv->since.dead_lettered_count += r->dead_lettered_count;
    sv->since.requeued_count += r->requeued_count;
    sv->since.reclaimed_count += r->reclaimed_count;
    sv->since.batches += r->batches;
    sv->since.remaining_pending = r->remaining_pending;
    sv->since_rounds++;
    if (rc != 0) {
        sv->since_failed++;
        /* bad configuration ends the run (exit 2): no "retrying" then */
        cli_log(CLI_ERROR, "%s%s", err != NULL && err->msg[0] ? err->msg : "a flush round failed",
                err != NULL && err->code == MF_ECONFIG ? "" : "; retrying");
    }
    cli_log(CLI_DEBUG,
            "round: %" PRIu64 " new rows, %" PRIu64 " duplicates, %" PRIu64 " dead-lettered in %" PRIu64
            " batches, %" PRIu64 " ms",
            r->flushed_count, r->duplicate_count, r->dead_lettered_count, r->batches, r->elapsed_ms);
    log_progress(sv, 0);
}

static void write_metrics(const char *metrics, const mf_config *cfg, mf_flush_report *r, int status)
{
    mf_error merr = {0};

    if (metrics == NULL)
        return;
    r->success = status == 0;
    if (mf_metrics_write_flush(metrics, r, mf_config_get(cfg, "prefix"), &merr) != 0)
        cli_log(CLI_WARN, "%s", merr.msg);
}

typedef struct follow_ctx {
    service *sv;
    const char *metrics;
    const mf_config *cfg;
    double metrics_at;      /* when the metrics file was last written */
} follow_ctx;

/* After a round: count, publish, log; the metrics file at most once a second
 * (a failed round at once: its last-success line must not wait). */
static void follow_round_all(void *arg, const mf_flush_report *r, int rc, const mf_error *err)
{
    follow_ctx *fc = arg;
    mf_flush_report copy = *r;

    follow_round(fc->sv, r, rc, err);
    if (fc->metrics != NULL && (rc != 0 || cli_now() - fc->metrics_at >= 1.0)) {
        write_metrics(fc->metrics, fc->cfg, &copy, rc == 0 ? 0 : 1);
        fc->metrics_at = cli_now();
    }
}

static void follow_beat(void *arg)
{
    follow_ctx *fc = arg;

    beat_cb(fc->sv);
}

/* --follow: run until a signal; one summary line for the whole run. */
static int run_follow(mf_handle *h, const cli_args *a, service *sv, long long linger_ms, const char *metrics)
{
    mf_follow_opts fo;
    mf_flush_report total;
    mf_error err = {0};
    follow_ctx fc = {sv, metrics, a->cfg, 0};
    char *line;
    int rc, status;

    memset(&fo, 0, sizeof(fo));
    fo.linger_ms = (long)linger_ms;
    fo.stop = &stop_flag;
    fo.round = follow_round_all;
    fo.beat = follow_beat;
    fo.arg = &fc;
    cli_log(CLI_INFO, "following the queue (linger %lld ms)%s", linger_ms,
            sv->svc != NULL ? "; serving /metrics, /healthz and /readyz" : "");
    rc = mf_flush_follow(h, &fo, &total, &err);
    if (metrics != NULL && sv->st.rounds > 0) /* the last round, when it was not written yet */
        write_metrics(metrics, a->cfg, &sv->st.last, sv->st.last.success ? 0 : 1);
    log_progress(sv, 1);
    status = rc == 0 ? 0 : mf_exit_status(err.code);
    if (status == 0 && rc != 0)
        status = 1;
    if (status >= 2)
        return cli_fail(&err);
    if (rc != 0)
        cli_log(CLI_ERROR, "%s", err.msg);
    total.success = status == 0;
    total.failed_count = total.dead_lettered_count + total.requeued_count;
    line = mf_flush_report_json(&total);
    if (line != NULL) {
        printf("%s\n", line);
        fflush(stdout);
        free(line);
    }
    log_summary(&total);
    return status;
}

int cli_flush(int argc, char **argv)
{
    cli_args a;
    mf_handle *h = NULL;
    mf_error err = {0};
    mf_flush_opts o;
    long long max_batches, linger_ms;
    double max_seconds, interval, log_interval;
    const char *metrics, *listen;
    service sv;
    totals t;
    progress p;
    int rc, status = 0, follow;

    rc = cli_parse("flush", "[OPTIONS]",
                   "Reclaim expired leases, then move pending turns from Redis into PostgreSQL in batches,\n"
                   "exactly once, until the queue is empty or a limit is reached. Prints one JSON summary\n"
                   "line on stdout (exit 0 and 1). With --interval it runs until SIGTERM/SIGINT, one\n"
                   "summary line per round; a signal finishes the batch in hand first. With --follow it\n"
                   "runs as a service until SIGTERM/SIGINT and prints one summary line of the whole run.",
                   flush_opts, argc, argv, &a);
    if (rc == 1)
        return 0;
    if (rc != 0)
        return 2;
    if (cli_long(&a, "max-batches", 0, 1, 1000000000LL, &max_batches) != 0 ||
        seconds_opt(&a, "max-seconds", 0, 0.001, 1e9, &max_seconds) != 0 ||
        seconds_opt(&a, "interval", 0, 0.001, 1e9, &interval) != 0 ||
        cli_long(&a, "linger-ms", 200, 0, 60000, &linger_ms) != 0 ||
        seconds_opt(&a, "log-interval", 60, 1, 86400, &log_interval) != 0) {
        cli_args_free(&a);
        return 2;
    }
    metrics = cli_value(&a, "metrics-file");
    listen = cli_value(&a, "listen");
    follow = cli_flag(&a, "follow");
    if (cli_no_positional(&a, "flush") != 0) {
        cli_args_free(&a);
        return 2;
    }
    if (follow && (interval > 0 || max_batches > 0 || max_seconds > 0)) {
        cli_log(CLI_ERROR, "--follow runs until SIGTERM: it takes none of --interval, --max-batches, --max-seconds");
        cli_args_free(&a);
        return 2;
    }
    if (!follow && (cli_value(&a, "linger-ms") != NULL || cli_value(&a, "log-interval") != NULL)) {
        cli_log(CLI_ERROR, "--linger-ms and --log-interval go with --follow");
        cli_args_free(&a);
        return 2;
    }
    if (listen != NULL && !follow && interval <= 0) {
        cli_log(CLI_ERROR, "--listen goes with --follow or --interval (a one-shot flush serves nothing)");
        cli_args_free(&a);
        return 2;
    }
    h = mf_open(a.cfg, &err);
    if (h == NULL) {
        status = cli_fail(&err);
        cli_args_free(&a);
        return status;
    }
    memset(&sv, 0, sizeof(sv));
    sv.st.last_success_unix = -1;
    sv.log_interval = log_interval;
    sv.last_log = cli_now();
    if (listen != NULL) {
        char why[512];
        const char *lease = mf_config_get(a.cfg, "lease-seconds"), *retry = mf_config_get(a.cfg, "retry-seconds"),
                   *stmt = mf_config_get(a.cfg, "statement-timeout-ms");
        /* the longest a healthy loop goes without progress: a statement up to
         * its timeout, retries for --retry-seconds, a backoff nap; and a loop
         * quiet for longer than its lease has lost its batch anyway */
        double stuck = (stmt ? atof(stmt) / 1000.0 : 60) + (retry ? atof(retry) : 30) + 30;
        if (lease != NULL && atof(lease) > stuck)
            stuck = atof(lease);
#ifdef MF_TEST_HOOKS
        /* test builds: MEMFLUSH_TEST_STUCK_SECONDS=S sets the limit, so a test
         * can hold a batch (MEMFLUSH_TEST_DELAY_MS) past it (docs/testing.md) */
        if (getenv("MEMFLUSH_TEST_STUCK_SECONDS") != NULL)
            stuck = atof(getenv("MEMFLUSH_TEST_STUCK_SECONDS"));
#endif
        sv.svc = cli_svc_start(listen, a.cfg, stuck, why, sizeof(why));
        if (sv.svc == NULL) {
            cli_log(CLI_ERROR, "%s", why);
            mf_close(h);
            cli_args_free(&a);
            return 2;
        }
    }
    install_signals();
    if (follow) {
        status = run_follow(h, &a, &sv, linger_ms, metrics);
        goto out;
    }
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
        p.sv = &sv;
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
        write_metrics(metrics, a.cfg, &r, status);
        service_round(&sv, &r, status == 0 ? 0 : -1);
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
        nap(interval, &sv);
        if (stop_flag)
            break;
    }
out:
    if (stop_flag)
        cli_log(CLI_INFO, "stopped by a signal");
    cli_svc_stop(sv.svc);
    mf_close(h);
    cli_args_free(&a);
    return status;
}
