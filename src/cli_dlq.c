/* cli_dlq.c - memflush dlq list|replay|purge: inspect, replay and delete the
 * dead-letter entries of {P}:dead. Uses only the public API. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"

#define PREVIEW_BYTES 80

static const cli_opt opts[] = {
    {"limit", 1, "N", "list: entries shown, oldest first (default 20)"},
    {"json", 0, NULL, "list: print the raw entries as JSON lines; replay, purge: a JSON summary"},
    {"count", 1, "N", "replay: move only the N oldest valid entries (default all)"},
    {"yes", 0, NULL, "purge: really delete (without it nothing is deleted and the exit status is 2)"},
    {NULL, 0, NULL, NULL},
};

/* The first ~PREVIEW_BYTES of s as one printable line: control characters
 * become spaces, a cut never splits a UTF-8 sequence. */
static void print_preview(const char *s, size_t len)
{
    size_t n = len, i;

    if (n > PREVIEW_BYTES) {
        n = PREVIEW_BYTES;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        putchar(c < 0x20 || c == 0x7f ? ' ' : c);
    }
    if (n < len)
        fputs("...", stdout);
}

/* One entry as a JSON line: the stored text when it is JSON (made compact),
 * else an object saying what it is. */
static void print_json_entry(const mf_dlq_entry *e)
{
    json_error_t je;
    json_t *v = json_loadb(e->raw, e->raw_len, JSON_ALLOW_NUL, &je);
    char *s;

    if (v == NULL) {
        v = json_object();
        json_t *raw = json_stringn(e->raw, e->raw_len); /* NULL when not UTF-8 */
        json_object_set_new(v, "invalid_entry", raw ? raw : json_null());
        json_object_set_new(v, "bytes", json_integer((json_int_t)e->raw_len));
        json_object_set_new(v, "reason", json_string(e->error ? e->error : ""));
    }
    s = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
    if (s != NULL)
        printf("%s\n", s);
    free(s);
    json_decref(v);
}

static int cmd_list(mf_handle *h, const cli_args *a, const char *dead_key)
{
    mf_error err = {0};
    mf_dlq_page *p;
    long long limit;
    size_t i;

    if (cli_long(a, "limit", 20, 1, 1000000, &limit) != 0)
        return 2;
    p = mf_dlq_list(h, 0, (size_t)limit, &err);
    if (p == NULL)
        return cli_fail(&err);
    for (i = 0; i < p->count; i++) {
        const mf_dlq_entry *e = &p->entries[i];
        if (cli_flag(a, "json")) {
            print_json_entry(e);
            continue;
        }
        printf("#%zu failed_at=%s sqlstate=%s%s\n    reason: ", i, e->failed_at ? e->failed_at : "?",
               e->sqlstate ? e->sqlstate : "-", e->valid ? "" : " (not a valid dead-letter entry)");
        print_preview(e->error ? e->error : "", e->error ? strlen(e->error) : 0);
        fputs("\n    record: ", stdout);
        if (!e->valid)
            print_preview(e->raw, e->raw_len);
        else if (e->record_base64)
            printf("(%zu bytes, not UTF-8: stored as record_base64)", e->record_len);
        else
            print_preview(e->record, e->record_len);
        putchar('\n');
    }
    if (!cli_flag(a, "json"))
        printf("%zu of %llu dead letter(s) in %s shown, oldest first\n", p->count,
               (unsigned long long)p->total, dead_key);
    mf_dlq_page_free(p);
    return fflush(stdout) == 0 ? 0 : 1;
}

static int cmd_replay(mf_handle *h, const cli_args *a, const char *dead_key)
{
    mf_error err = {0};
    mf_dlq_replay_report r;
    long long count;

    if (cli_long(a, "count", 0, 1, (long long)1 << 62, &count) != 0)
        return 2;
    if (mf_dlq_replay(h, (uint64_t)count, &r, &err) != 0)
        return cli_fail(&err);
    if (r.invalid > 0) {
        /* they stay at the head of the list: name each */
        mf_error lerr = {0};
        mf_dlq_page *p = mf_dlq_list(h, 0, (size_t)r.invalid, &lerr);
        size_t i;
        for (i = 0; p && i < p->count; i++)
            if (!p->entries[i].valid)
                cli_log(CLI_WARN, "dead letter #%zu left in %s: %s", i, dead_key, p->entries[i].error);
        mf_dlq_page_free(p);
    }
    if (cli_flag(a, "json"))
        printf("{\"replayed\":%llu,\"invalid\":%llu,\"remaining\":%llu}\n", (unsigned long long)r.replayed,
               (unsigned long long)r.invalid, (unsigned long long)r.remaining);
    else
        printf("replayed %llu dead letter(s) to the tail of the pending list; %llu invalid entr%s left, "
               "%llu dead letter(s) remain in %s\n",
               (unsigned long long)r.replayed, (unsigned long long)r.invalid, r.invalid == 1 ? "y" : "ies",
               (unsigned long long)r.remaining, dead_key);
    return fflush(stdout) == 0 ? 0 : 1;
}

static int cmd_purge(mf_handle *h, const cli_args *a, const char *dead_key)
{
    mf_error err = {0};
    uint64_t n;

    if (!cli_flag(a, "yes")) {
        mf_dlq_page *p = mf_dlq_list(h, 0, 1, &err);
        if (p == NULL)
            return cli_fail(&err);
        fprintf(stderr, "memflush dlq purge: would delete %llu dead letter(s) from %s; nothing was deleted: "
                        "run again with --yes to delete them\n",
                (unsigned long long)p->total, dead_key);
        mf_dlq_page_free(p);
        return 2;
    }
    if (mf_dlq_purge(h, &n, &err) != 0)
        return cli_fail(&err);
    if (cli_flag(a, "json"))
        printf("{\"deleted\":%llu}\n", (unsigned long long)n);
    else
        printf("deleted %llu dead letter(s) from %s\n", (unsigned long long)n, dead_key);
    return fflush(stdout) == 0 ? 0 : 1;
}

int cli_dlq(int argc, char **argv)
{
    cli_args a;
    mf_error err = {0};
    mf_handle *h = NULL;
    char dead_key[300];
    const char *sub;
    int rc;

    rc = cli_parse("dlq", "list|replay|purge [OPTIONS]",
                   "Dead letters ({P}:dead; each a JSON object with record or record_base64, error,\n"
                   "sqlstate, failed_at), oldest first:\n"
                   "  list     show --limit N entries (default 20): failed_at, sqlstate, the reason and a\n"
                   "           preview of the record; --json prints the stored entries as JSON lines\n"
                   "  replay   move entries (all, or the --count N oldest) back to the tail of {P}:pending\n"
                   "           as their original record bytes, atomically per chunk; an entry that is not\n"
                   "           a valid dead-letter entry stays in {P}:dead and is reported\n"
                   "  purge    delete every dead letter; without --yes nothing is deleted, the count that\n"
                   "           would be is printed and the exit status is 2\n"
                   "Exit status: 0 done, 1 Redis failed during the run, 2 bad usage (or purge without --yes),\n"
                   "3 Redis unreachable.",
                   opts, argc, argv, &a);
    if (rc != 0)
        return rc == 1 ? 0 : 2;
    if (a.nrest != 1) {
        cli_log(CLI_ERROR, "dlq needs one subcommand: list, replay or purge; see memflush dlq --help");
        cli_args_free(&a);
        return 2;
    }
    sub = a.rest[0];
    if (strcmp(sub, "list") != 0 && strcmp(sub, "replay") != 0 && strcmp(sub, "purge") != 0) {
        cli_log(CLI_ERROR, "unknown dlq subcommand \"%.40s\": use list, replay or purge", sub);
        cli_args_free(&a);
        return 2;
    }
    snprintf(dead_key, sizeof(dead_key), "{%.200s}:dead", mf_config_get(a.cfg, "prefix"));
    h = mf_open(a.cfg, &err);
    if (h == NULL) {
        rc = cli_fail(&err);
        goto done;
    }
    if (strcmp(sub, "list") == 0)
        rc = cmd_list(h, &a, dead_key);
    else if (strcmp(sub, "replay") == 0)
        rc = cmd_replay(h, &a, dead_key);
    else
        rc = cmd_purge(h, &a, dead_key);
done:
    mf_close(h);
    cli_args_free(&a);
    return rc;
}
