/* cli_push.c - memflush push: save one turn from flags, or many from JSON
 * lines (a file or stdin) streamed through the pipelined saver.
 * Uses only the public API; knows nothing about Redis keys or SQL. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static const cli_opt opts[] = {
    {"conversation-id", 1, "ID", "the conversation (1-256 bytes)"},
    {"user-id", 1, "ID", "the user (1-256 bytes)"},
    {"user-message", 1, "TEXT", "what the user said (may be empty)"},
    {"assistant-message", 1, "TEXT", "what the assistant answered (may be empty)"},
    {"cid", 1, "ID", "the turn's unique id (default: a new UUIDv7)"},
    {"token-count", 1, "N", "tokens the caller counted (default: memflush's estimate)"},
    {"created-at", 1, "TIME", "RFC 3339 time of the turn (default: now)"},
    {"metadata", 1, "JSON", "a JSON object stored as metadata"},
    {"reflection", 1, "JSON", "a JSON object (or null) stored as reflection"},
    {"write-through", 0, NULL, "also INSERT into PostgreSQL at once (the turn is queued too)"},
    {"jsonl", 1, "FILE", "push one §1 record per line from FILE ('-': stdin) instead of flags"},
    {"chunk", 1, "N", "--jsonl: records per pipelined round trip (default 1000)"},
    {NULL, 0, NULL, NULL},
};

static const char usage[] =
    "--conversation-id ID --user-id ID --user-message TEXT --assistant-message TEXT [OPTIONS]\n"
    "       memflush push --jsonl FILE|- [OPTIONS]";

static const char summary[] =
    "Save conversation turns to Redis: each turn is appended to {P}:pending and to the\n"
    "conversation's context list in one atomic step (see docs/producers.md).\n"
    "\n"
    "From flags, one turn is saved and one JSON line is printed:\n"
    "  {\"redis_stored\":true,\"postgres_stored\":false,\"cid\":\"...\",\"token_count\":12}\n"
    "\n"
    "With --jsonl, every line is one turn record (contract section 1), streamed with constant\n"
    "memory and pipelined. Empty (or blank) lines are skipped. A bad line (not a valid record,\n"
    "or longer than --max-record-bytes) is reported on stderr with its line number and is not\n"
    "pushed; the other lines still are. A line without a cid gets a new one each time, so give\n"
    "cids when a file may be pushed twice. At the end one summary line is printed on stdout:\n"
    "  {\"pushed\":N,\"bad_lines\":M,\"lines\":L}\n"
    "\n"
    "Exit status: 0 every turn was pushed; 1 Redis failed mid-way: the turns counted in\n"
    "\"pushed\" are stored, later ones may not be (the summary is still printed); 2 bad usage or\n"
    "configuration, or (with --jsonl) at least one bad line; 3 cannot connect to Redis at start;\n"
    "4 --write-through and the database lacks a migration.\n"
    "With --write-through a failed immediate insert is a warning, not an error: the turn is\n"
    "queued and the next flush writes it.";

/* ------------------------------------------------------------ JSON out */

static void put_json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void print_result(const mf_save_result *res)
{
    printf("{\"redis_stored\":%s,\"postgres_stored\":%s,\"cid\":", res->redis_stored ? "true" : "false",
           res->postgres_stored ? "true" : "false");
    put_json_string(stdout, res->cid);
    printf(",\"token_count\":%lld}\n", res->token_count);
    fflush(stdout);
}

/* ------------------------------------------------------------ one turn */

static int push_one(const cli_args *a, mf_handle *h, unsigned flags)
{
    mf_turn t;
    mf_save_result res;
    mf_error err = {0};
    long long tokens;

    memset(&t, 0, sizeof(t));
    t.conversation_id = cli_value(a, "conversation-id");
    t.user_id = cli_value(a, "user-id");
    t.user_message = cli_value(a, "user-message");
    t.assistant_message = cli_value(a, "assistant-message");
    if (!t.conversation_id || !t.user_id || !t.user_message || !t.assistant_message) {
        cli_log(CLI_ERROR, "push needs --conversation-id, --user-id, --user-message and "
                           "--assistant-message (or --jsonl FILE); see 'memflush push --help'");
        return 2;
    }
    if (cli_long(a, "token-count", -1, 0, 2147483647LL, &tokens) != 0)
        return 2;
    t.token_count = tokens;
    t.cid = cli_value(a, "cid");
    t.created_at = cli_value(a, "created-at");
    t.metadata_json = cli_value(a, "metadata");
    t.reflection_json = cli_value(a, "reflection");
    if (mf_save(h, &t, flags, &res, &err) != 0) {
        if (err.code == MF_EINVALID) {
            cli_log(CLI_ERROR, "the turn is not valid: %s", err.msg);
            return 2;
        }
        return cli_fail(&err);
    }
    if ((flags & MF_WRITE_THROUGH) && !res.postgres_stored)
        cli_log(CLI_WARN, "the immediate write to PostgreSQL failed (the turn is queued and the next flush "
                          "writes it): %s", res.pg_error.msg);
    print_result(&res);
    return 0;
}

/* ---------------------------------------------------------- JSON lines */

#define BLOCK 65536

/* Reads lines with read(2) in blocks: a line longer than max is counted and
 * skipped without being kept, so memory stays bounded by max + BLOCK. */
typedef struct line_reader {
    int fd;
    int regular;            /* a regular file: never waits for more input */
    char blk[BLOCK];
    size_t pos, end;
    int eof;
    char *line;             /* current line, NUL-terminated; grows up to max + 1 */
    size_t len, cap, max;
    /* called before a read that could block, so queued turns are not held
     * back while a slow producer thinks; returns -1 to stop */
    int (*idle)(void *arg);
    void *idle_arg;
} line_reader;

static int reader_fill(line_reader *lr)
{
    ssize_t n;

    if (!lr->regular && lr->idle != NULL) {
        struct pollfd p = {lr->fd, POLLIN, 0};
        if (poll(&p, 1, 0) == 0 && lr->idle(lr->idle_arg) != 0)
            return -2;
    }
    do
        n = read(lr->fd, lr->blk, sizeof(lr->blk));
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return -1;
    if (n == 0)
        lr->eof = 1;
    lr->pos = 0;
    lr->end = (size_t)n;
    return 0;
}

/* 1: a line (lr->line, lr->len; *too_long when it was over max and not kept,
 * *total its full length); 0: end of input; -1: read error; -2: idle hook stopped. */
static int next_line(line_reader *lr, int *too_long, size_t *total)
{
    int got = 0, rc;

    lr->len = 0;
    *too_long = 0;
    *total = 0;
    for (;;) {
        const char *start, *nl;
        size_t avail, take;

        if (lr->pos == lr->end) {
            if (lr->eof)
                break;
            if ((rc = reader_fill(lr)) != 0)
                return rc;
            if (lr->eof)
                break;
        }
        got = 1;
        start = lr->blk + lr->pos;
        avail = lr->end - lr->pos;
        nl = memchr(start, '\n', avail);
        take = nl ? (size_t)(nl - start) : avail;
        *total += take;
        if (!*too_long) {
            if (lr->len + take > lr->max) {
                *too_long = 1;
            } else {
                if (lr->len + take + 1 > lr->cap) {
                    size_t ncap = lr->cap ? lr->cap : 4096;
                    char *p;
                    while (ncap < lr->len + take + 1)
                        ncap *= 2;
                    if (ncap > lr->max + 1)
                        ncap = lr->max + 1;
                    p = realloc(lr->line, ncap);
                    if (p == NULL)
                        return -1;
                    lr->line = p;
                    lr->cap = ncap;
                }
                memcpy(lr->line + lr->len, start, take);
                lr->len += take;
            }
        }
        lr->pos += take + (nl ? 1 : 0);
        if (nl)
            break;
    }
    if (!got)
        return 0;
    if (lr->line)
        lr->line[lr->len] = '\0';
    return 1;
}

static int blank(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return 0;
    return 1;
}

typedef struct push_state {
    mf_saver *saver;
    mf_error err;       /* a failure of the saver during an idle flush */
    int failed;
    int progress_shown;
    double last;            /* cli_now() of the last progress line */
} push_state;

static int idle_flush(void *arg)
{
    push_state *ps = arg;
    if (mf_saver_flush(ps->saver, &ps->err) != 0) {
        ps->failed = 1;
        return -1;
    }
    return 0;
}

static void progress_clear(push_state *ps)
{
    if (ps->progress_shown) {
        fputs("\r\033[K", stderr);
        ps->progress_shown = 0;
    }
}

static void progress(push_state *ps, unsigned long lines, unsigned long long pushed, unsigned long bad)
{
    double now = cli_now();

    if (now - ps->last < 0.5)
        return;
    ps->last = now;
    fprintf(stderr, "\r\033[Kpush: %lu lines read, %llu pushed, %lu bad", lines, pushed, bad);
    ps->progress_shown = 1;
}

static int push_jsonl(const cli_args *a, mf_handle *h, unsigned flags, const char *path)
{
    line_reader lr;
    push_state ps;
    mf_error err = {0};
    const char *maxs = mf_config_get(a->cfg, "max-record-bytes");
    unsigned long lines = 0, bad = 0;
    unsigned long long pushed = 0;
    long long chunk;
    int tty = cli_stderr_is_tty(), status = 0, rc;
    struct stat st;

    memset(&lr, 0, sizeof(lr));
    memset(&ps, 0, sizeof(ps));
    if (cli_long(a, "chunk", 1000, 1, 100000, &chunk) != 0)
        return 2;
    /* the record size limit for the line reader (validated when set: a
     * numeric option always has its text) */
    lr.max = (size_t)strtoul(maxs, NULL, 10);
    if (strcmp(path, "-") == 0) {
        lr.fd = STDIN_FILENO;
    } else if ((lr.fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
        cli_log(CLI_ERROR, "could not open %s: %s; check the --jsonl path", path, strerror(errno));
        return 2;
    }
    lr.regular = fstat(lr.fd, &st) == 0 && S_ISREG(st.st_mode);
    if (flags & MF_WRITE_THROUGH) {
        /* one turn at a time: each needs its own INSERT */
        if (mf_connect(h, MF_CONNECT_REDIS, &err) != 0) {
            status = cli_fail(&err);
            goto done;
        }
    } else {
        ps.saver = mf_saver_new(h, (size_t)chunk, &err);
        if (ps.saver == NULL) {
            status = cli_fail(&err);
            goto done;
        }
        lr.idle = idle_flush;
        lr.idle_arg = &ps;
    }
    ps.last = cli_now();
    for (;;) {
        int too_long;
        size_t total;

        rc = next_line(&lr, &too_long, &total);
        if (rc == 0)
            break;
        if (rc == -2) { /* the idle flush failed */
            err = ps.err;
            goto redis_failed;
        }
        if (rc < 0) {
            progress_clear(&ps);
            cli_log(CLI_ERROR, "could not read %s after line %lu: %s", strcmp(path, "-") ? path : "stdin",
                    lines, errno ? strerror(errno) : "out of memory");
            status = 2;
            break;
        }
        lines++;
        if (too_long) {
            progress_clear(&ps);
            cli_log(CLI_ERROR, "line %lu: the record is %zu bytes, more than --max-record-bytes (%zu); not pushed",
                    lines, total, lr.max);
            bad++;
            continue;
        }
        if (blank(lr.line, lr.len))
            continue;
        memset(&err, 0, sizeof(err));
        if (flags & MF_WRITE_THROUGH) {
            mf_save_result res;
            rc = mf_save_json(h, lr.line, lr.len, flags, &res, &err);
            if (rc == 0) {
                pushed++;
                if (!res.postgres_stored) {
                    progress_clear(&ps);
                    cli_log(CLI_WARN, "line %lu: the immediate write to PostgreSQL failed (the turn is queued): %s",
                            lines, res.pg_error.msg);
                }
            }
        } else {
            rc = mf_saver_add(ps.saver, lr.line, lr.len, &err);
        }
        if (rc != 0) {
            if (err.code == MF_EINVALID) {
                progress_clear(&ps);
                cli_log(CLI_ERROR, "line %lu: %s; not pushed", lines, err.msg);
                bad++;
                continue;
            }
            goto redis_failed;
        }
        if (tty)
            progress(&ps, lines, ps.saver ? mf_saver_stored(ps.saver) : pushed, bad);
    }
    if (ps.saver != NULL && status == 0 && mf_saver_flush(ps.saver, &err) != 0)
        goto redis_failed;
    if (status == 0 && bad > 0)
        status = 2;
    goto summary;
redis_failed:
    progress_clear(&ps);
    cli_log(CLI_ERROR, "stopped after line %lu: %s", lines, err.msg);
    cli_log(CLI_ERROR, "the turns counted in \"pushed\" are stored; later ones may not be: push the rest again "
                       "(records with a cid are deduplicated by the flush)");
    status = mf_exit_status(err.code);
    if (status == 0 || status == 3)
        status = 1;
summary:
    progress_clear(&ps);
    if (ps.saver != NULL)
        pushed = mf_saver_stored(ps.saver);
    printf("{\"pushed\":%llu,\"bad_lines\":%lu,\"lines\":%lu}\n", pushed, bad, lines);
    fflush(stdout);
done:
    mf_saver_free(ps.saver);
    free(lr.line);
    if (lr.fd > 0 && lr.fd != STDIN_FILENO)
        close(lr.fd);
    return status;
}

int cli_push(int argc, char **argv)
{
    cli_args a;
    mf_handle *h = NULL;
    mf_error err = {0};
    const char *jsonl;
    unsigned flags;
    int rc;

    rc = cli_parse("push", usage, summary, opts, argc, argv, &a);
    if (rc != 0)
        return rc == 1 ? 0 : 2;
    if (a.nrest > 0) {
        cli_log(CLI_ERROR, "push takes no positional arguments (got \"%.60s\"); see 'memflush push --help'",
                a.rest[0]);
        rc = 2;
        goto out;
    }
    jsonl = cli_value(&a, "jsonl");
    flags = cli_flag(&a, "write-through") ? MF_WRITE_THROUGH : 0;
    if (jsonl != NULL && (cli_value(&a, "conversation-id") || cli_value(&a, "user-id") ||
                          cli_value(&a, "user-message") || cli_value(&a, "assistant-message") ||
                          cli_value(&a, "cid") || cli_value(&a, "token-count") ||
                          cli_value(&a, "created-at") || cli_value(&a, "metadata") ||
                          cli_value(&a, "reflection"))) {
        cli_log(CLI_ERROR, "--jsonl reads every field from the file: do not combine it with turn flags");
        rc = 2;
        goto out;
    }
    h = mf_open(a.cfg, &err);
    if (h == NULL) {
        rc = cli_fail(&err);
        goto out;
    }
    rc = jsonl ? push_jsonl(&a, h, flags, jsonl) : push_one(&a, h, flags);
out:
    mf_close(h);
    cli_args_free(&a);
    return rc;
}
