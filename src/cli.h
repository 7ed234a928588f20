/* cli.h - shared pieces of the memflush command line: option parsing from a
 * table (which also prints --help), logging, and the command entry points.
 * The cli_*.c files use only the public API in include/memflush.h. */
#ifndef MF_CLI_H
#define MF_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "memflush.h"

#define CLI_MAX_OPTS 48

/* One command-specific option. */
typedef struct cli_opt {
    const char *name;    /* long flag without dashes; NULL ends the table */
    int has_arg;         /* 0: a switch, 1: takes a value */
    const char *metavar; /* shown in --help, e.g. "N" */
    const char *help;
} cli_opt;

typedef struct cli_args {
    mf_config *cfg;                       /* defaults < environment < flags */
    const cli_opt *opts;
    const char *values[CLI_MAX_OPTS];     /* per command option: its value (or "1" for a switch) */
    int nrest;                            /* positional arguments */
    char **rest;
} cli_args;

/* Parse argv (argv[0] is the command name) against the command's options,
 * the configuration options of the library and the logging options.
 * Returns 0 to go on, 1 when --help was printed (exit 0), 2 on a usage error
 * (already printed on stderr). On 0 the caller frees with cli_args_free. */
int cli_parse(const char *cmd, const char *usage, const char *summary, const cli_opt *opts,
              int argc, char **argv, cli_args *out);
void cli_args_free(cli_args *a);
const char *cli_value(const cli_args *a, const char *name); /* NULL when not given */
int cli_flag(const cli_args *a, const char *name);
/* For a command that takes options only: 0, or prints the error naming the first positional
 * argument and returns -1. */
int cli_no_positional(const cli_args *a, const char *cmd);
/* A whole number option: def when not given; prints the error and returns -1 when bad. */
int cli_long(const cli_args *a, const char *name, long long def, long long min, long long max,
             long long *out);

/* Logging on stderr: every line has a time and a level. */
enum { CLI_ERROR = 0, CLI_WARN = 1, CLI_INFO = 2, CLI_DEBUG = 3 };
void cli_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Set by cli_parse from --quiet/--verbose/--log-format. */
void cli_log_setup(int max_level, int json);
/* Log err at error level and return its exit status. */
int cli_fail(const mf_error *err);
/* Non-zero when stderr is a terminal (progress lines are shown only then). */
int cli_stderr_is_tty(void);
/* The CLI's monotonic clock, in seconds (for durations only; the library
 * has its own, retry.c, behind the public header). */
double cli_now(void);

/* flush --listen (cli_http.c): the HTTP listener of a long-running flusher.
 * The loop publishes its state; the listener thread reads only that. */
typedef struct cli_svc_state {
    mf_flush_report last;       /* the last round */
    mf_flush_report total;      /* sums since the start */
    uint64_t rounds, failed_rounds;
    double last_run_unix;       /* when the last round ended */
    double last_success_unix;   /* < 0: never */
    int stopping;               /* a signal came: /healthz answers 503 */
} cli_svc_state;
typedef struct cli_svc cli_svc;
/* Listen on HOST:PORT (IPv4, [IPv6], or a bare port on 127.0.0.1) with a
 * handle of its own made from cfg. NULL with the reason in err. */
cli_svc *cli_svc_start(const char *listen, const mf_config *cfg, double stuck_seconds, char *err, size_t errlen);
void cli_svc_publish(cli_svc *s, const cli_svc_state *st); /* also a heartbeat */
void cli_svc_beat(cli_svc *s);                             /* the loop is alive */
void cli_svc_stop(cli_svc *s);                             /* accepts NULL */

/* Commands. Each returns the process exit status. */
int cli_flush(int argc, char **argv);
int cli_push(int argc, char **argv);
int cli_stats(int argc, char **argv);
int cli_context(int argc, char **argv);
int cli_dlq(int argc, char **argv);
int cli_import_legacy(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_forget(int argc, char **argv);
int cli_prune(int argc, char **argv);

#endif
