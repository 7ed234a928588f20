/* cli_main.c - the memflush binary: dispatch to a command. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} commands[] = {
    {"flush", cli_flush, "move pending turns from Redis into PostgreSQL, exactly once"},
    {"push", cli_push, "save turns to Redis (from flags or JSON lines)"},
    {"context", cli_context, "print the recent turns of a conversation"},
    {"stats", cli_stats, "print queue statistics (JSON or Prometheus)"},
    {"dlq", cli_dlq, "list, replay or purge dead letters"},
    {"import-legacy", cli_import_legacy, "move the Python backend's legacy queue into memflush"},
    {"check", cli_check, "verify Redis settings and the database schema"},
    {"forget", cli_forget, "erase a user's or a conversation's turns everywhere (needs --yes)"},
    {"prune", cli_prune, "delete table rows older than a duration, in small batches"},
};

static void usage(FILE *f)
{
    size_t i;

    fprintf(f, "memflush %s - save chat turns to Redis, flush them to PostgreSQL exactly once\n\n",
            MF_VERSION);
    fprintf(f, "usage: memflush COMMAND [OPTIONS]\n\ncommands:\n");
    for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        fprintf(f, "  %-14s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nRun 'memflush COMMAND --help' for a command's options.\n"
               "Exit status: 0 done, 1 work put back after a server failure (run again), 2 bad usage\n"
               "or configuration, 3 cannot connect at start, 4 the database lacks a migration.\n");
}

int main(int argc, char **argv)
{
    size_t i;

    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("memflush %s\n", MF_VERSION);
        return 0;
    }
    for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "memflush: unknown command \"%.60s\"; run 'memflush --help' for the list\n", argv[1]);
    return 2;
}
