/* cli_import_legacy.c - memflush import-legacy: move the Python backend's
 * legacy queue into {P}:pending (mf_import_legacy) and print one JSON summary. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static volatile int stop_flag;

static void on_signal(int sig)
{
    (void)sig;
    stop_flag = 1;
}

static const cli_opt opts[] = {
    {"key", 1, "KEY", "the legacy Redis list to drain (default pending:flush:queue)"},
    {"max-batches", 1, "N", "stop after N chunks (default: until the legacy list is empty)"},
    {"dry-run", 0, NULL, "only read the legacy list and print what an import would do (counts, "
                         "dead-letter reasons) as JSON; nothing is moved"},
    {NULL, 0, NULL, NULL},
};

int cli_import_legacy(int argc, char **argv)
{
    cli_args a;
    mf_import_opts o;
    mf_import_report rep;
    mf_error err = {0};
    mf_handle *h = NULL;
    long long max_batches;
    char *line;
    int rc, status;
    struct sigaction sa;

    rc = cli_parse("import-legacy", "[OPTIONS]",
                   "Move the turns the Python backend left in its Redis list (pending:flush:queue)\n"
                   "into {P}:pending as memflush records with a deterministic cid, crash-safe:\n"
                   "chunks are claimed with a lease (--lease-seconds), converted, then appended and\n"
                   "released in one step; elements that cannot be converted go to {P}:dead.\n"
                   "Run 'memflush flush' afterwards. Needs a standalone (non-cluster) Redis.\n"
                   "--dry-run checks the elements' shape first without draining the list.\n"
                   "See docs/legacy-migration.md.",
                   opts, argc, argv, &a);
    if (rc == 1)
        return 0;
    if (rc != 0)
        return 2;
    if (cli_no_positional(&a, "import-legacy") != 0) {
        cli_args_free(&a);
        return 2;
    }
    if (cli_long(&a, "max-batches", 0, 0, 1000000000LL, &max_batches) != 0) {
        cli_args_free(&a);
        return 2;
    }
    memset(&o, 0, sizeof(o));
    o.key = cli_value(&a, "key");
    o.max_batches = (long)max_batches;
    o.stop = &stop_flag;
    if (o.key != NULL && o.key[0] == '\0') {
        cli_log(CLI_ERROR, "--key must not be empty");
        cli_args_free(&a);
        return 2;
    }

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);

    h = mf_open(a.cfg, &err);
    if (h == NULL) {
        status = cli_fail(&err);
        cli_args_free(&a);
        return status;
    }
    if (cli_flag(&a, "dry-run")) {
        line = mf_import_legacy_dry_run(h, &o, &err);
        status = line != NULL ? 0 : mf_exit_status(err.code);
        if (line != NULL)
            printf("%s\n", line);
        else
            cli_log(CLI_ERROR, "%s", err.msg);
        free(line);
        mf_close(h);
        cli_args_free(&a);
        return status;
    }
    rc = mf_import_legacy(h, &o, &rep, &err);
    status = rc == 0 ? 0 : mf_exit_status(err.code);
    if (rc != 0)
        cli_log(CLI_ERROR, "%s", err.msg);
    if (rep.reclaimed_count > 0)
        cli_log(CLI_WARN, "put %llu legacy element(s) of killed import runs back at the head of the legacy list",
                (unsigned long long)rep.reclaimed_count);
    if (status <= 1) {
        rep.success = status == 0;
        line = mf_import_report_json(&rep);
        if (line != NULL) {
            printf("%s\n", line);
            fflush(stdout);
        }
        free(line);
        if (status == 0)
            cli_log(CLI_INFO, "imported %llu legacy element(s), dead-lettered %llu, %llu left",
                    (unsigned long long)rep.imported_count, (unsigned long long)rep.dead_lettered_count,
                    (unsigned long long)rep.remaining_legacy);
    }
    mf_close(h);
    cli_args_free(&a);
    return status;
}
