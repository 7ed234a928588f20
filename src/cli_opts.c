/* cli_opts.c - parse a command's flags from its option table plus the
 * library's configuration table, and print --help from the same tables. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const cli_opt log_opts[] = {
    {"log-format", 1, "text|json", "log line format on stderr"},
    {"quiet", 0, NULL, "log errors only"},
    {"verbose", 0, NULL, "log debug details too"},
    {"help", 0, NULL, "show this help"},
    {NULL, 0, NULL, NULL},
};

static void print_opt(FILE *f, const char *name, const char *metavar, const char *help,
                      const char *env, const char *def)
{
    char left[64];

    snprintf(left, sizeof(left), "--%s%s%s", name, metavar ? " " : "", metavar ? metavar : "");
    fprintf(f, "  %-28s %s", left, help);
    if (env || def) {
        fprintf(f, " (");
        if (env)
            fprintf(f, "env %s", env);
        if (env && def)
            fprintf(f, ", ");
        if (def)
            fprintf(f, "default %s", def);
        fprintf(f, ")");
    }
    fprintf(f, "\n");
}

static void help(const char *cmd, const char *usage, const char *summary, const cli_opt *opts)
{
    const mf_option_info *o;
    size_t i;

    printf("usage: memflush %s %s\n\n%s\n", cmd, usage, summary);
    if (opts && opts[0].name) {
        printf("\noptions:\n");
        for (i = 0; opts[i].name; i++)
            print_opt(stdout, opts[i].name, opts[i].metavar, opts[i].help, NULL, NULL);
    }
    printf("\nconnection and queue options (flags override environment variables):\n");
    for (i = 0; (o = mf_config_option(i)) != NULL; i++)
        print_opt(stdout, o->name, o->metavar, o->help, o->env, o->defval);
    printf("\nlogging:\n");
    for (i = 0; log_opts[i].name; i++)
        print_opt(stdout, log_opts[i].name, log_opts[i].metavar, log_opts[i].help, NULL, NULL);
}

static int find(const cli_opt *opts, const char *name, size_t n)
{
    int i;
    for (i = 0; opts && opts[i].name; i++)
        if (strlen(opts[i].name) == n && strncmp(opts[i].name, name, n) == 0)
            return i;
    return -1;
}

static int is_config_opt(const char *name, size_t n)
{
    const mf_option_info *o;
    size_t i;
    for (i = 0; (o = mf_config_option(i)) != NULL; i++)
        if (strlen(o->name) == n && strncmp(o->name, name, n) == 0)
            return 1;
    return 0;
}

void cli_args_free(cli_args *a)
{
    if (a == NULL)
        return;
    mf_config_free(a->cfg);
    free(a->rest);
    memset(a, 0, sizeof(*a));
}

int cli_parse(const char *cmd, const char *usage, const char *summary, const cli_opt *opts,
              int argc, char **argv, cli_args *a)
{
    mf_error err = {0};
    int i, level = CLI_INFO, json = 0;
    /* flags are applied after the environment, so collect them first */
    const char *cfg_name[64];
    size_t cfg_len[64];
    const char *cfg_val[64];
    int ncfg = 0;

    memset(a, 0, sizeof(*a));
    a->opts = opts;
    a->rest = calloc((size_t)argc + 1, sizeof(char *));
    if (a->rest == NULL) {
        fprintf(stderr, "memflush %s: out of memory\n", cmd);
        return 2;
    }
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i], *name, *eq, *val = NULL;
        size_t n;
        int k;

        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            help(cmd, usage, summary, opts);
            cli_args_free(a);
            return 1;
        }
        if (strcmp(arg, "--") == 0) {
            for (i++; i < argc; i++)
                a->rest[a->nrest++] = argv[i];
            break;
        }
        if (strncmp(arg, "--", 2) != 0 || arg[2] == '\0') {
            a->rest[a->nrest++] = argv[i];
            continue;
        }
        name = arg + 2;
        eq = strchr(name, '=');
        n = eq ? (size_t)(eq - name) : strlen(name);
        k = find(opts, name, n);
        if (k >= 0 || is_config_opt(name, n) || find(log_opts, name, n) >= 0) {
            int has_arg = k >= 0 ? opts[k].has_arg
                                 : (is_config_opt(name, n) ? 1 : log_opts[find(log_opts, name, n)].has_arg);
            if (has_arg) {
                if (eq)
                    val = eq + 1;
                else if (i + 1 < argc)
                    val = argv[++i];
                else {
                    fprintf(stderr, "memflush %s: option --%.*s needs a value; see --help\n", cmd, (int)n, name);
                    goto usage_error;
                }
            } else if (eq) {
                fprintf(stderr, "memflush %s: option --%.*s takes no value; see --help\n", cmd, (int)n, name);
                goto usage_error;
            } else {
                val = "1";
            }
            if (k >= 0) {
                if (k >= CLI_MAX_OPTS)
                    goto usage_error;
                a->values[k] = val;
            } else if (is_config_opt(name, n)) {
                if (ncfg >= 64)
                    goto usage_error;
                cfg_name[ncfg] = name;
                cfg_len[ncfg] = n;
                cfg_val[ncfg++] = val;
            } else if (strncmp(name, "quiet", n) == 0) {
                level = CLI_ERROR;
            } else if (strncmp(name, "verbose", n) == 0) {
                level = CLI_DEBUG;
            } else if (strncmp(name, "log-format", n) == 0) {
                if (strcmp(val, "json") == 0)
                    json = 1;
                else if (strcmp(val, "text") == 0)
                    json = 0;
                else {
                    fprintf(stderr, "memflush %s: --log-format must be text or json, got \"%.40s\"\n", cmd, val);
                    goto usage_error;
                }
            }
            continue;
        }
        fprintf(stderr, "memflush %s: unknown option --%.*s; see 'memflush %s --help'\n", cmd,
                (int)(n > 60 ? 60 : n), name, cmd);
        goto usage_error;
    }
    cli_log_setup(level, json);
    a->cfg = mf_config_new();
    if (a->cfg == NULL) {
        fprintf(stderr, "memflush %s: out of memory\n", cmd);
        goto usage_error;
    }
    if (mf_config_load_env(a->cfg, &err) != 0)
        goto config_error;
    for (i = 0; i < ncfg; i++) {
        char name[64];
        snprintf(name, sizeof(name), "%.*s", (int)cfg_len[i], cfg_name[i]);
        if (mf_config_set(a->cfg, name, cfg_val[i], &err) != 0)
            goto config_error;
    }
    {
        /* the switch matters only over TLS: warn then, on every run; with
         * redis:// or unix:// say once that it does nothing */
        const char *skip = mf_config_get(a->cfg, "redis-tls-insecure-skip-verify");
        const char *url = mf_config_get(a->cfg, "redis-url");
        if (skip != NULL && strcmp(skip, "1") == 0) {
            if (url != NULL && strncmp(url, "rediss://", 9) == 0)
                cli_log(CLI_WARN, "INSECURE: MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1: the Redis server's TLS "
                                  "certificate and host name are not verified; anyone on the path can read and "
                                  "change the traffic. Set MEMFLUSH_REDIS_CACERT instead");
            else
                cli_log(CLI_INFO, "MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1 is ignored: REDIS_URL is not "
                                  "rediss:// (no TLS)");
        }
    }
    return 0;
config_error:
    cli_log(CLI_ERROR, "%s", err.msg);
usage_error:
    cli_args_free(a);
    return 2;
}

const char *cli_value(const cli_args *a, const char *name)
{
    int k = find(a->opts, name, strlen(name));
    return k >= 0 && k < CLI_MAX_OPTS ? a->values[k] : NULL;
}

int cli_flag(const cli_args *a, const char *name)
{
    return cli_value(a, name) != NULL;
}

int cli_no_positional(const cli_args *a, const char *cmd)
{
    if (a->nrest == 0)
        return 0;
    cli_log(CLI_ERROR, "%s takes no arguments, got \"%.60s\"; see 'memflush %s --help'", cmd,
            a->rest[0], cmd);
    return -1;
}

int cli_long(const cli_args *a, const char *name, long long def, long long min, long long max,
             long long *out)
{
    const char *v = cli_value(a, name);
    char *end;
    long long x;

    if (v == NULL) {
        *out = def;
        return 0;
    }
    errno = 0;
    x = strtoll(v, &end, 10);
    if (errno != 0 || end == v || *end != '\0' || x < min || x > max) {
        cli_log(CLI_ERROR, "--%s must be a whole number from %lld to %lld, got \"%.40s\"", name, min, max, v);
        return -1;
    }
    *out = x;
    return 0;
}
