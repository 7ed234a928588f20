/* cli_check.c - memflush check: run every check of the library and print one
 * line per finding (or JSON). Uses only the public API. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"

static const cli_opt opts[] = {
    {"json", 0, NULL, "print one JSON object instead of text lines"},
    {"max-pending-age", 1, "S", "warn when the oldest pending turn is older than S seconds (default 3600)"},
    {"redis-only", 0, NULL, "check Redis only"},
    {"postgres-only", 0, NULL, "check PostgreSQL only"},
    {NULL, 0, NULL, NULL},
};

static const char *const sev_names[] = {"ok", "warning", "error"};

static void print_json(const mf_check_report *r, int status)
{
    json_t *root = json_object(), *arr = json_array();
    char *s;
    size_t i;

    for (i = 0; i < r->count; i++) {
        json_t *f = json_object();
        json_object_set_new(f, "severity", json_string(sev_names[r->findings[i].severity]));
        json_object_set_new(f, "check", json_string(r->findings[i].name));
        json_object_set_new(f, "message", json_string(r->findings[i].message));
        json_array_append_new(arr, f);
    }
    json_object_set_new(root, "ok", json_boolean(r->errors == 0 && status == 0));
    json_object_set_new(root, "errors", json_integer(r->errors));
    json_object_set_new(root, "warnings", json_integer(r->warnings));
    json_object_set_new(root, "exit_status", json_integer(status));
    json_object_set_new(root, "findings", arr);
    s = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (s != NULL)
        printf("%s\n", s);
    free(s);
    json_decref(root);
}

int cli_check(int argc, char **argv)
{
    cli_args a;
    mf_error err = {0};
    mf_handle *h = NULL;
    mf_check_report *r = NULL;
    mf_check_opts o = {0};
    long long age;
    size_t i;
    int rc;

    rc = cli_parse("check", "[--json] [--max-pending-age S] [OPTIONS]",
                   "Connect to Redis and PostgreSQL and verify what memflush relies on: Redis persistence\n"
                   "(warning when off), maxmemory-policy (error for allkeys-*, warning for volatile-*), the\n"
                   "queue keys' types, the age of the oldest pending turn, dead letters and expired leases;\n"
                   "the schema version (naming a missing migration file), whether row level security\n"
                   "applies to the role and its policies exist, its INSERT/SELECT privileges, and\n"
                   "whether a pooler sits in between. Prints one line per finding: \"ok:\", \"warning:\" or\n"
                   "\"error:\" with the fix. Changes nothing.\n"
                   "Exit status: 0 no errors (warnings allowed), 1 errors, 2 bad usage, 3 a server could not\n"
                   "be reached, 4 a required migration is missing (see docs/operations.md).",
                   opts, argc, argv, &a);
    if (rc != 0)
        return rc == 1 ? 0 : 2;
    if (cli_long(&a, "max-pending-age", 3600, 1, 100LL * 365 * 86400, &age) != 0 ||
        (cli_flag(&a, "redis-only") && cli_flag(&a, "postgres-only"))) {
        if (cli_flag(&a, "redis-only") && cli_flag(&a, "postgres-only"))
            cli_log(CLI_ERROR, "--redis-only and --postgres-only exclude each other");
        cli_args_free(&a);
        return 2;
    }
    if (cli_no_positional(&a, "check") != 0) {
        cli_args_free(&a);
        return 2;
    }
    o.max_pending_age_seconds = (double)age;
    o.skip_postgres = cli_flag(&a, "redis-only");
    o.skip_redis = cli_flag(&a, "postgres-only");
    h = mf_open(a.cfg, &err);
    if (h == NULL && cli_flag(&a, "json") && err.code == MF_ECONFIG) {
        /* a URL refused before any connection: still one JSON object */
        mf_finding f = {MF_SEV_ERROR, "config", err.msg};
        mf_check_report one = {0};
        one.count = 1;
        one.findings = &f;
        one.errors = 1;
        one.config_error = 1;
        print_json(&one, mf_exit_status(err.code));
        fflush(stdout);
        rc = cli_fail(&err);
        goto done;
    }
    if (h == NULL || (r = mf_check(h, &o, &err)) == NULL) {
        rc = cli_fail(&err);
        goto done;
    }
    rc = mf_check_exit_status(r);
    if (cli_flag(&a, "json")) {
        print_json(r, rc);
    } else {
        for (i = 0; i < r->count; i++)
            printf("%s: %s\n", sev_names[r->findings[i].severity], r->findings[i].message);
    }
    fflush(stdout);
    if (rc != 0 || r->warnings > 0)
        cli_log(rc != 0 ? CLI_ERROR : CLI_WARN, "check found %d error(s) and %d warning(s)", r->errors,
                r->warnings);
done:
    mf_check_report_free(r);
    mf_close(h);
    cli_args_free(&a);
    return rc;
}
