/* cli_stats.c - memflush stats: queue statistics from Redis as one JSON
 * object or as Prometheus text. Uses only the public API. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const cli_opt opts[] = {
    {"format", 1, "json|prometheus", "output format (default json)"},
    {NULL, 0, NULL, NULL},
};

int cli_stats(int argc, char **argv)
{
    cli_args a;
    mf_error err = {0};
    mf_handle *h = NULL;
    const char *fmt;
    char *out = NULL;
    int rc, prom = 0;

    rc = cli_parse("stats", "[--format json|prometheus] [OPTIONS]",
                   "Print queue statistics from Redis (PostgreSQL is not contacted): pending_queue_length,\n"
                   "in_flight (claimed by a flusher, not yet released), dead_letter_length,\n"
                   "oldest_pending_age_seconds (from the head record's created_at; null when the queue is\n"
                   "empty or the head has none), ttl_seconds (the context lists' TTL), then leases,\n"
                   "expired_leases and orphan_in_flight. --format prometheus prints the same as Prometheus\n"
                   "text (memflush_* gauges labelled queue=\"PREFIX\"). With shards (MEMFLUSH_SHARDS, or\n"
                   "records left in the shards of an earlier count) the totals are followed by each\n"
                   "shard's: a \"shards\" array in JSON, samples labelled shard=\"K\" in Prometheus\n"
                   "(-1 is the unsharded queue {PREFIX}).\n"
                   "Exit status: 0 printed, 2 bad usage, 3 Redis unreachable.",
                   opts, argc, argv, &a);
    if (rc != 0)
        return rc == 1 ? 0 : 2;
    fmt = cli_value(&a, "format");
    if (fmt != NULL && strcmp(fmt, "prometheus") == 0)
        prom = 1;
    else if (fmt != NULL && strcmp(fmt, "json") != 0) {
        cli_log(CLI_ERROR, "--format must be json or prometheus, got \"%.40s\"", fmt);
        cli_args_free(&a);
        return 2;
    }
    if (cli_no_positional(&a, "stats") != 0) {
        cli_args_free(&a);
        return 2;
    }
    h = mf_open(a.cfg, &err);
    /* with shards: the totals, then each shard (JSON "shards", a Prometheus shard label) */
    if (h == NULL || (out = mf_stats_report(h, prom, mf_config_get(a.cfg, "prefix"), &err)) == NULL) {
        rc = cli_fail(&err);
        goto done;
    }
    fputs(out, stdout);
    if (!prom)
        fputc('\n', stdout);
    rc = fflush(stdout) == 0 ? 0 : 1;
done:
    free(out);
    mf_close(h);
    cli_args_free(&a);
    return rc;
}
