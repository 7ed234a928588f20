/* config.c - the configuration table: defaults, environment variables and
 * flags in one place (PgBouncer style), so --help never lies.
 * Knows nothing about connections; see redisconn.c and pgconn.c. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

enum opt_type { OPT_STR, OPT_LONG, OPT_TABLE, OPT_METHOD, OPT_PREFIX };

typedef struct opt_def {
    mf_option_info info;
    enum opt_type type;
    size_t offset;   /* into struct mf_config */
    long min, max;   /* for OPT_LONG */
    const char *env2; /* a second accepted environment variable (the first wins) */
} opt_def;

#define OFF(f) offsetof(struct mf_config, f)

static const opt_def options[] = {
    {{"redis-url", "REDIS_URL", "URL", "redis://127.0.0.1:6379/0",
      "Redis: redis://[user:password@]host:port/db, rediss://... (TLS) or unix:///path"},
     OPT_STR, OFF(redis_url), 0, 0, NULL},
    {{"redis-cacert", "MEMFLUSH_REDIS_CACERT", "FILE", NULL,
      "rediss://: PEM file of the CAs the server's certificate is checked against (unset: the system's)"},
     OPT_STR, OFF(redis_cacert), 0, 0, NULL},
    {{"redis-cert", "MEMFLUSH_REDIS_CERT", "FILE", NULL,
      "rediss://: client certificate (PEM) for servers that require one (mutual TLS)"},
     OPT_STR, OFF(redis_cert), 0, 0, NULL},
    {{"redis-key", "MEMFLUSH_REDIS_KEY", "FILE", NULL,
      "rediss://: the client certificate's private key (PEM)"},
     OPT_STR, OFF(redis_key), 0, 0, NULL},
    {{"redis-tls-insecure-skip-verify", "MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY", "0|1", "0",
      "1: INSECURE, do not verify the server's certificate or host name (warned on every run)"},
     OPT_LONG, OFF(redis_tls_insecure), 0, 1, NULL},
    {{"redis-connect-timeout-ms", "MEMFLUSH_REDIS_CONNECT_TIMEOUT_MS", "MS", "5000",
      "Redis connect and TLS handshake timeout"},
     OPT_LONG, OFF(redis_connect_timeout_ms), 100, 600000, NULL},
    {{"shards", "MEMFLUSH_SHARDS", "N", "1",
      "queue shards: 1 keeps the single queue {P}; N > 1 spreads conversations over {P:0}..{P:N-1} "
      "(crc32 of the conversation id mod N), e.g. over the masters of a Redis Cluster (1 to 1024)"},
     OPT_LONG, OFF(shards), 1, 1024, NULL},
    {{"shard", "MEMFLUSH_SHARD", "K", "-1",
      "flush: drain only shard K (0 to N-1; -1: every shard, the registered and left-behind ones too)"},
     OPT_LONG, OFF(flush_shard), -1, 1023, NULL},
    {{"save-wait-replicas", "MEMFLUSH_SAVE_WAIT_REPLICAS", "N", "0",
      "after each save, WAIT until N replicas acknowledged it (0: do not wait); the save result tells how many did"},
     OPT_LONG, OFF(save_wait_replicas), 0, 100, NULL},
    {{"save-wait-timeout-ms", "MEMFLUSH_SAVE_WAIT_TIMEOUT_MS", "MS", "1000",
      "how long a save waits for its replicas (with --save-wait-replicas)"},
     OPT_LONG, OFF(save_wait_timeout_ms), 1, 600000, NULL},
    {{"save-retry-ms", "MEMFLUSH_SAVE_RETRY_MS", "MS", "5000",
      "how long a save is retried when Redis did not run it (a failover, a node restarting, a slot moving; 0: not retried)"},
     OPT_LONG, OFF(save_retry_ms), 0, 600000, NULL},
    {{"database-url", "DATABASE_URL", "URL", NULL,
      "PostgreSQL: a libpq URI or key=value string (unset: libpq's PG* variables)"},
     OPT_STR, OFF(database_url), 0, 0, NULL},
    {{"prefix", "MEMFLUSH_PREFIX", "NAME", "memflush",
      "Redis key prefix: keys are {NAME}:pending, {NAME}:dead, ... (at most 512 bytes, no braces)"},
     OPT_PREFIX, OFF(prefix), 0, 0, NULL},
    {{"table", "MEMFLUSH_TABLE", "NAME", "public.chat_memories",
      "the table turns are written to ([schema.]name)"},
     OPT_TABLE, OFF(table), 0, 0, NULL},
    {{"batch-size", "MEMFLUSH_BATCH_SIZE", "N", "1000",
      "records claimed and written per transaction (1 to 100000)"},
     OPT_LONG, OFF(batch_size), 1, 100000, NULL},
    {{"ttl-seconds", "MEMFLUSH_TTL_SECONDS", "S", "172800",
      "lifetime of the per-conversation context lists in Redis"},
     OPT_LONG, OFF(ttl_seconds), 1, 365L * 86400, "MEMORY_REDIS_TTL_SECONDS"},
    {{"context-max", "MEMFLUSH_CONTEXT_MAX", "N", "50",
      "turns kept in each context list (1 to 10000)"},
     OPT_LONG, OFF(context_max), 1, 10000, NULL},
    {{"lease-seconds", "MEMFLUSH_LEASE_SECONDS", "S", "300",
      "how long a claimed batch stays claimed before another flusher may take it back"},
     OPT_LONG, OFF(lease_seconds), 1, 86400, NULL},
    {{"retry-seconds", "MEMFLUSH_RETRY_SECONDS", "S", "30",
      "how long transient failures are retried with backoff before giving up (0: no retry)"},
     OPT_LONG, OFF(retry_seconds), 0, 3600, NULL},
    {{"statement-timeout-ms", "MEMFLUSH_STATEMENT_TIMEOUT_MS", "MS", "60000",
      "SET LOCAL statement_timeout of each transaction (Supabase allows 2 minutes)"},
     OPT_LONG, OFF(statement_timeout_ms), 100, 3600000, NULL},
    {{"max-record-bytes", "MEMFLUSH_MAX_RECORD_BYTES", "N", "1048576",
      "largest record accepted; a larger one is dead-lettered"},
     OPT_LONG, OFF(max_record_bytes), 64, 256L * 1024 * 1024, NULL},
    {{"pg-connections", "MEMFLUSH_PG_CONNECTIONS", "N", "2",
      "PostgreSQL connections flush alternates batches over, so one batch commits while the next is written (1 or 2)"},
     OPT_LONG, OFF(pg_connections), 1, 2, NULL},
    {{"method", "MEMFLUSH_METHOD", "copy|insert", "copy",
      "how flush writes: COPY (INSERT where PostgreSQL refuses COPY), or INSERT"},
     OPT_METHOD, OFF(method), 0, 0, NULL},
};

#define NOPTIONS (sizeof(options) / sizeof(options[0]))
_Static_assert(NOPTIONS <= sizeof(((struct mf_config *)0)->numtext) / sizeof(((struct mf_config *)0)->numtext[0]),
               "every option needs its numtext slot in struct mf_config");

const mf_option_info *mf_config_option(size_t i)
{
    return i < NOPTIONS ? &options[i].info : NULL;
}

static const opt_def *find_opt(const char *name)
{
    size_t i;
    for (i = 0; i < NOPTIONS; i++)
        if (strcmp(options[i].info.name, name) == 0)
            return &options[i];
    return NULL;
}

int mfp_table_name_valid(const char *name, mf_error *err)
{
    const char *p = name, *part = name;
    int parts = 1;

    if (*p == '\0')
        goto bad;
    for (; ; p++) {
        if (*p == '.' || *p == '\0') {
            size_t n = (size_t)(p - part);
            if (n == 0 || n > 63)
                goto bad;
            if (*p == '\0')
                break;
            if (++parts > 2)
                goto bad;
            part = p + 1;
            continue;
        }
        if (p == part ? !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_')
                      : !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' ||
                          (*p >= '0' && *p <= '9') || *p == '$'))
            goto bad;
    }
    return 0;
bad:
    /* never echo arbitrary bytes back at length: cap what we show */
    return mfp_seterr(err, MF_ECONFIG,
                      "table name \"%.80s\" is not a valid identifier; use [schema.]name with letters, "
                      "digits and underscores (for example public.chat_memories)",
                      name);
}

int mfp_prefix_valid(const char *prefix, const char *source, mf_error *err)
{
    size_t n = prefix ? strlen(prefix) : 0;

    if (n == 0 || n > MFP_PREFIX_MAX)
        return mfp_seterr(err, MF_ECONFIG,
                          "%s must be 1 to %d bytes long, got %zu; choose a shorter name (it starts every "
                          "Redis key memflush uses)",
                          source, MFP_PREFIX_MAX, n);
    for (size_t i = 0; i < n; i++)
        if (prefix[i] == '{' || prefix[i] == '}' || (unsigned char)prefix[i] < 0x20 || prefix[i] == 0x7f)
            return mfp_seterr(err, MF_ECONFIG,
                              "%s must contain no braces and no control bytes (byte %zu is 0x%02x); memflush "
                              "puts it inside {...} as the keys' hash tag",
                              source, i, (unsigned char)prefix[i]);
    return 0;
}

static int set_opt(mf_config *c, const opt_def *o, const char *value, const char *source,
                   mf_error *err)
{
    char *p = (char *)c + o->offset;

    switch (o->type) {
    case OPT_PREFIX:
        if (mfp_prefix_valid(value, source, err) != 0)
            return -1;
        goto copy;
    case OPT_TABLE:
        if (mfp_table_name_valid(value, err) != 0)
            return -1;
        /* fall through */
    case OPT_STR:
    copy: {
        char **slot = (char **)(void *)p;
        char *copy = strdup(value);
        if (copy == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory");
        free(*slot);
        *slot = copy;
        return 0;
    }
    case OPT_LONG: {
        char *end;
        long v;
        errno = 0;
        v = strtol(value, &end, 10);
        if (errno != 0 || end == value || *end != '\0' || v < o->min || v > o->max)
            return mfp_seterr(err, MF_ECONFIG, "%s must be a whole number from %ld to %ld, got \"%.40s\"",
                              source, o->min, o->max, value);
        *(long *)(void *)p = v;
        /* the text mf_config_get gives, kept with the value (set only here) */
        snprintf(c->numtext[o - options], sizeof(c->numtext[0]), "%ld", v);
        return 0;
    }
    case OPT_METHOD:
        if (strcmp(value, "copy") == 0)
            *(int *)(void *)p = MF_METHOD_COPY;
        else if (strcmp(value, "insert") == 0)
            *(int *)(void *)p = MF_METHOD_INSERT;
        else
            return mfp_seterr(err, MF_ECONFIG, "%s must be copy or insert, got \"%.40s\"", source, value);
        return 0;
    }
    return mfp_seterr(err, MF_ECONFIG, "internal: unknown option type");
}

mf_config *mf_config_new(void)
{
    mf_config *c = calloc(1, sizeof(*c));
    size_t i;

    if (c == NULL)
        return NULL;
    for (i = 0; i < NOPTIONS; i++) {
        mf_error err = {0};
        if (options[i].info.defval && set_opt(c, &options[i], options[i].info.defval, "default", &err) != 0) {
            mf_config_free(c);
            return NULL;
        }
    }
    return c;
}

void mf_config_free(mf_config *c)
{
    if (c == NULL)
        return;
    free(c->redis_url);
    free(c->database_url);
    free(c->prefix);
    free(c->table);
    free(c->redis_cacert);
    free(c->redis_cert);
    free(c->redis_key);
    free(c);
}

mf_config *mfp_config_dup(const mf_config *c)
{
    mf_config *d = malloc(sizeof(*d));

    if (d == NULL)
        return NULL;
    *d = *c;
    d->redis_url = c->redis_url ? strdup(c->redis_url) : NULL;
    d->database_url = c->database_url ? strdup(c->database_url) : NULL;
    d->prefix = c->prefix ? strdup(c->prefix) : NULL;
    d->table = c->table ? strdup(c->table) : NULL;
    d->redis_cacert = c->redis_cacert ? strdup(c->redis_cacert) : NULL;
    d->redis_cert = c->redis_cert ? strdup(c->redis_cert) : NULL;
    d->redis_key = c->redis_key ? strdup(c->redis_key) : NULL;
    if ((c->redis_url && !d->redis_url) || (c->database_url && !d->database_url) ||
        (c->prefix && !d->prefix) || (c->table && !d->table) || (c->redis_cacert && !d->redis_cacert) ||
        (c->redis_cert && !d->redis_cert) || (c->redis_key && !d->redis_key)) {
        mf_config_free(d);
        return NULL;
    }
    return d;
}

int mf_config_load_env(mf_config *c, mf_error *err)
{
    size_t i;

    if (c == NULL)
        return mfp_need("mf_config_load_env", "a config", err);
    for (i = 0; i < NOPTIONS; i++) {
        const opt_def *o = &options[i];
        const char *name = o->info.env;
        const char *v = name ? getenv(name) : NULL;
        if ((v == NULL || *v == '\0') && o->env2) {
            name = o->env2;
            v = getenv(name);
        }
        if (v == NULL || *v == '\0')
            continue;
        if (set_opt(c, o, v, name, err) != 0)
            return -1;
    }
    return 0;
}

int mf_config_set(mf_config *c, const char *name, const char *value, mf_error *err)
{
    const opt_def *o;
    char source[80];

    if (c == NULL || name == NULL)
        return mfp_need("mf_config_set", "a config and a name", err);
    if ((o = find_opt(name)) == NULL)
        return mfp_seterr(err, MF_ECONFIG, "unknown option --%.60s; see --help", name);
    if (value == NULL)
        return mfp_seterr(err, MF_ECONFIG, "option --%s needs a value", name);
    snprintf(source, sizeof(source), "--%s", name);
    return set_opt(c, o, value, source, err);
}

const char *mf_config_get(const mf_config *c, const char *name)
{
    const opt_def *o = c != NULL && name != NULL ? find_opt(name) : NULL;

    if (o == NULL)
        return NULL;
    if (o->type == OPT_STR || o->type == OPT_TABLE || o->type == OPT_PREFIX)
        return *(char *const *)(const void *)((const char *)c + o->offset);
    if (o->type == OPT_METHOD)
        return c->method == MF_METHOD_INSERT ? "insert" : "copy";
    /* numbers: the text set_opt wrote with the value */
    return c->numtext[o - options];
}
