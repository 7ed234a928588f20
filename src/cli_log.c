/* cli_log.c - log lines on stderr with a time and a level, as text or JSON.
 * The CLI's only global state: the level and format chosen by flags. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static int max_level = CLI_INFO;
static int json_format;

void cli_log_setup(int level, int json)
{
    max_level = level;
    json_format = json;
}

double cli_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cli_stderr_is_tty(void)
{
    return isatty(STDERR_FILENO);
}

static void json_escape(FILE *f, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
}

void cli_log(int level, const char *fmt, ...)
{
    static const char *const names[] = {"error", "warning", "info", "debug"};
    char msg[2048], when[40];
    struct timeval tv;
    struct tm tm;
    va_list ap;

    if (level > max_level)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    gettimeofday(&tv, NULL);
    gmtime_r(&tv.tv_sec, &tm);
    strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%S", &tm);
    if (json_format) {
        fprintf(stderr, "{\"time\":\"%s.%03ldZ\",\"level\":\"%s\",\"pid\":%ld,\"msg\":\"", when,
                (long)(tv.tv_usec / 1000), names[level], (long)getpid());
        json_escape(stderr, msg);
        fputs("\"}\n", stderr);
    } else {
        fprintf(stderr, "%s.%03ldZ memflush[%ld] %s: %s\n", when, (long)(tv.tv_usec / 1000),
                (long)getpid(), names[level], msg);
    }
}

int cli_fail(const mf_error *err)
{
    cli_log(CLI_ERROR, "%s", err->msg[0] ? err->msg : "unknown error");
    return mf_exit_status(err->code);
}
