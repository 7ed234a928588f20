/* cli_forget.c - memflush forget (erase a user's or a conversation's turns) and
 * memflush prune (delete old rows in batches). Uses only the public API; the
 * design is in docs/forget.md. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const cli_opt forget_opts[] = {
    {"user-id", 1, "ID", "forget every turn of this user"},
    {"conversation-id", 1, "ID", "forget every turn of this conversation"},
    {"yes", 0, NULL, "really erase (without it: count what would be removed, change nothing, exit 2)"},
    {"batch-rows", 1, "N", "rows deleted per transaction (default 5000)"},
    {NULL, 0, NULL, NULL},
};

static const cli_opt prune_opts[] = {
    {"older-than", 1, "DURATION", "delete rows created longer ago than this: 90d, 12h, 30m, 45s, 2w"},
    {"dry-run", 0, NULL, "only count the rows that would be deleted"},
    {"batch-pages", 1, "N", "heap pages (8 KiB) per DELETE transaction (default 1000)"},
    {NULL, 0, NULL, NULL},
};

/* Print the report line (stdout) and return the status for rc. */
static int print_line(char *line, int rc)
{
    if (line == NULL) {
        cli_log(CLI_ERROR, "out of memory");
        return 1;
    }
    printf("%s\n", line);
    free(line);
    return fflush(stdout) == 0 ? rc : 1;
}

int cli_forget(int argc, char **argv)
{
    cli_args a;
    mf_error err = {0};
    mf_handle *h = NULL;
    mf_forget_opts o;
    mf_forget_report r;
    long long batch;
    int rc, yes;

    rc = cli_parse("forget", "--user-id ID | --conversation-id ID [--yes] [OPTIONS]",
                   "Erase a user's or a conversation's turns created before this command started, from every\n"
                   "place memflush keeps them: context lists, {P}:pending, the flushers' in-flight batches,\n"
                   "{P}:dead and the table. A tombstone keeps a flusher that still holds one of them from\n"
                   "writing it later (docs/forget.md). Idempotent: after a failure or a crash, run it again.\n"
                   "Without --yes nothing changes: the counts of what would be removed are printed and the\n"
                   "exit status is 2. Prints one JSON line (the id appears only as its SHA-256). Needs\n"
                   "migrations/0003_forget.sql and a role that may delete (memflush_eraser).\n"
                   "Exit status: 0 erased, 1 a server failed midway (run again), 2 bad usage or no --yes,\n"
                   "3 cannot connect, 4 migration 0003 missing.",
                   forget_opts, argc, argv, &a);
    if (rc != 0)
        return rc == 1 ? 0 : 2;
    if (cli_no_positional(&a, "forget") != 0) {
        rc = 2;
        goto done;
    }
    memset(&o, 0, sizeof(o));
    o.user_id = cli_value(&a, "user-id");
    o.conversation_id = cli_value(&a, "conversation-id");
    yes = cli_flag(&a, "yes");
    if ((o.user_id == NULL) == (o.conversation_id == NULL)) {
        cli_log(CLI_ERROR, "forget needs exactly one of --user-id and --conversation-id; see memflush forget --help");
        rc = 2;
        goto done;
    }
    if (cli_long(&a, "batch-rows", 5000, 1, 1000000, &batch) != 0) {
        rc = 2;
        goto done;
    }
    o.batch_rows = (long)batch;
    o.dry_run = !yes;
    h = mf_open(a.cfg, &err);
    if (h == NULL || mf_forget(h, &o, &r, &err) != 0) {
        if (h != NULL && !o.dry_run)
            cli_log(CLI_ERROR, "forget of %s sha256:%.16s did not finish; run it again to complete it",
                    o.user_id ? "user" : "conversation", r.id_sha256);
        rc = cli_fail(&err);
        goto done;
    }
    if (o.dry_run) {
        cli_log(CLI_WARN, "nothing was erased: forget would remove %llu context, %llu pending, %llu in-flight, "
                          "%llu dead-letter and %llu table record(s); run again with --yes",
                (unsigned long long)r.context, (unsigned long long)r.pending, (unsigned long long)r.in_flight,
                (unsigned long long)r.dead, (unsigned long long)r.table);
        rc = print_line(mf_forget_report_json(&r), 2);
        goto done;
    }
    /* the erasure log: what and how many, never the content (nor the id) */
    cli_log(CLI_INFO, "erased %s sha256:%s created before %s: %llu context, %llu pending, %llu in-flight, "
                      "%llu dead-letter, %llu table record(s)",
            r.by_user ? "user" : "conversation", r.id_sha256, r.horizon, (unsigned long long)r.context,
            (unsigned long long)r.pending, (unsigned long long)r.in_flight, (unsigned long long)r.dead,
            (unsigned long long)r.table);
    rc = print_line(mf_forget_report_json(&r), 0);
done:
    mf_close(h);
    cli_args_free(&a);
    return rc;
}

static volatile int stop_flag;

static void on_signal(int sig)
{
    (void)sig;
    stop_flag = 1;
}

static void prune_progress(void *arg, uint64_t deleted, uint64_t pages_done, uint64_t pages_total)
{
    (void)arg;
    cli_log(CLI_INFO, "prune: %llu row(s) deleted, %llu of %llu page(s)", (unsigned long long)deleted,
            (unsigned long long)pages_done, (unsigned long long)pages_total);
}

int cli_prune(int argc, char **argv)
{
    cli_args a;
    mf_error err = {0};
    mf_handle *h = NULL;
    mf_prune_opts o;
    mf_prune_report r;
    long long pages;
    int rc;

    rc = cli_parse("prune", "--older-than DURATION [--dry-run] [OPTIONS]",
                   "Delete the table's rows whose created_at is older than DURATION (90d, 12h, 30m, 45s, 2w),\n"
                   "in batches of heap pages, each its own short transaction: no writer ever waits for more\n"
                   "than one batch. Progress goes to stderr, one JSON line to stdout. --dry-run only counts.\n"
                   "SIGINT/SIGTERM stop after the batch in hand. Needs migrations/0003_forget.sql and a role\n"
                   "that may delete (memflush_eraser). Redis is only used to count the run for stats.\n"
                   "Exit status: 0 done, 1 a server failed midway (run again), 2 bad usage, 3 cannot\n"
                   "connect, 4 migration 0003 missing.",
                   prune_opts, argc, argv, &a);
    if (rc != 0)
        return rc == 1 ? 0 : 2;
    if (cli_no_positional(&a, "prune") != 0) {
        rc = 2;
        goto done;
    }
    memset(&o, 0, sizeof(o));
    o.older_than = cli_value(&a, "older-than");
    o.dry_run = cli_flag(&a, "dry-run");
    if (o.older_than == NULL) {
        cli_log(CLI_ERROR, "prune needs --older-than DURATION, e.g. --older-than 90d; see memflush prune --help");
        rc = 2;
        goto done;
    }
    if (cli_long(&a, "batch-pages", 1000, 1, 1000000, &pages) != 0) {
        rc = 2;
        goto done;
    }
    o.batch_pages = (long)pages;
    o.stop = &stop_flag;
    o.progress = prune_progress;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    h = mf_open(a.cfg, &err);
    if (h == NULL || mf_prune(h, &o, &r, &err) != 0) {
        rc = cli_fail(&err);
        goto done;
    }
    if (!o.dry_run)
        cli_log(CLI_INFO, "pruned %llu row(s) created before %s in %llu batch(es), the longest %.0f ms",
                (unsigned long long)r.deleted, r.cutoff, (unsigned long long)r.batches, r.max_batch_ms);
    else
        cli_log(CLI_INFO, "dry run: %llu row(s) created before %s would be deleted; nothing was deleted (run "
                "without --dry-run to delete them)", (unsigned long long)r.deleted, r.cutoff);
    rc = print_line(mf_prune_report_json(&r), 0);
done:
    mf_close(h);
    cli_args_free(&a);
    return rc;
}
