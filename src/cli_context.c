/* cli_context.c - memflush context: print the recent turns of a conversation,
 * oldest first, one JSON record per line. Uses only the public API. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const cli_opt opts[] = {
    {"conversation-id", 1, "ID", "the conversation (required)"},
    {"limit", 1, "N", "at most N turns, the newest ones (default 20)"},
    {"max-tokens", 1, "T", "keep only the newest turns whose token_count sum is at most T"},
    {NULL, 0, NULL, NULL},
};

static const char summary[] =
    "Print the recent turns of a conversation, oldest first, one turn record (contract\n"
    "section 1) per line. They come from the conversation's context list in Redis, completed\n"
    "from PostgreSQL when Redis holds fewer than --limit; turns are merged by cid and ordered\n"
    "by created_at. When Redis is down the answer comes from PostgreSQL alone; when PostgreSQL\n"
    "is needed but down, from Redis alone; either way a warning goes to stderr and the exit\n"
    "status is 0. A configuration error (a refused password, a malformed URL) is an error\n"
    "(exit 2, nothing printed). When the database lacks the migrations, the turns Redis holds\n"
    "are printed, the error goes to stderr and the exit status is 4. See docs/producers.md.\n"
    "\n"
    "Exit status: 0 done (warnings possible); 1 both servers failed; 2 bad usage or\n"
    "configuration; 3 cannot connect to either server; 4 the database lacks a migration\n"
    "(what Redis holds was printed).";

int cli_context(int argc, char **argv)
{
    cli_args a;
    mf_handle *h = NULL;
    mf_context *ctx = NULL;
    mf_context_opts o;
    mf_error err = {0};
    long long limit, max_tokens;
    size_t i;
    int rc;

    rc = cli_parse("context", "--conversation-id ID [--limit N] [--max-tokens T] [OPTIONS]", summary, opts,
                   argc, argv, &a);
    if (rc != 0)
        return rc == 1 ? 0 : 2;
    memset(&o, 0, sizeof(o));
    o.conversation_id = cli_value(&a, "conversation-id");
    if (o.conversation_id == NULL || o.conversation_id[0] == '\0') {
        cli_log(CLI_ERROR, "context needs --conversation-id ID; see 'memflush context --help'");
        rc = 2;
        goto out;
    }
    if (a.nrest > 0) {
        cli_log(CLI_ERROR, "context takes no positional arguments (got \"%.60s\")", a.rest[0]);
        rc = 2;
        goto out;
    }
    if (cli_long(&a, "limit", 20, 1, 100000, &limit) != 0 ||
        cli_long(&a, "max-tokens", 0, 1, 9223372036854775807LL, &max_tokens) != 0) {
        rc = 2;
        goto out;
    }
    o.limit = (size_t)limit;
    o.max_tokens = max_tokens;
    h = mf_open(a.cfg, &err);
    if (h == NULL) {
        rc = cli_fail(&err);
        goto out;
    }
    ctx = mf_context_get(h, &o, &err);
    if (ctx == NULL) {
        rc = cli_fail(&err);
        goto out;
    }
    if (ctx->postgres_failed && ctx->postgres_code == MF_ESCHEMA) {
        /* the turns Redis holds are printed all the same; the status says
         * the answer is partial because the database is not set up */
        cli_log(CLI_ERROR, "%s", ctx->warning);
        rc = mf_exit_status(MF_ESCHEMA);
    } else if (ctx->warning[0] != '\0') {
        cli_log(CLI_WARN, "%s", ctx->warning);
    }
    for (i = 0; i < ctx->count; i++) {
        fputs(ctx->records[i], stdout);
        fputc('\n', stdout);
    }
    if (fflush(stdout) != 0) {
        cli_log(CLI_ERROR, "could not write the context to stdout");
        rc = 2;
    }
out:
    mf_context_free(ctx);
    mf_close(h);
    cli_args_free(&a);
    return rc;
}
