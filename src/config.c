/* config.c - the configuration table: defaults, environment variables and
 * flags in one place (PgBouncer style), so --help never lies.
 * Knows nothing about connections; see redisconn.c and pgconn.c. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum opt_type { OPT_STR, OPT_LONG, OPT_TABLE, OPT_METHOD };

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
      "Redis: redis://[user:password@]host:port/db or unix:///path"},
     OPT_STR, OFF(redis_url), 0, 0, NULL},
    {{"database-url", "DATABASE_URL", "URL", NULL,
      "PostgreSQL: a libpq URI or key=value string (unset: libpq's PG* variables)"},
     OPT_STR, OFF(database_url), 0, 0, NULL},
    {{"prefix", "MEMFLUSH_PREFIX", "NAME", "memflush",
      "Redis key prefix: keys are {NAME}:pending, {NAME}:dead, ..."},
     OPT_STR, OFF(prefix), 0, 0, NULL},
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

static int set_opt(mf_config *c, const opt_def *o, const char *value, const char *source,
                   mf_error *err)
{
    char *p = (char *)c + o->offset;

    switch (o->type) {
    case OPT_TABLE:
        if (mfp_table_name_valid(value, err) != 0)
            return -1;
        /* fall through */
    case OPT_STR: {
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
    if ((c->redis_url && !d->redis_url) || (c->database_url && !d->database_url) ||
        (c->prefix && !d->prefix) || (c->table && !d->table)) {
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
    if (o->type == OPT_STR || o->type == OPT_TABLE)
        return *(char *const *)(const void *)((const char *)c + o->offset);
    if (o->type == OPT_METHOD)
        return c->method == MF_METHOD_INSERT ? "insert" : "copy";
    /* numbers: the text set_opt wrote with the value */
    return c->numtext[o - options];
}

/* Append the query string q ("k=v&k=v...") to b with the value of every
 * password parameter replaced by "****". Keys are compared after decoding
 * %XX escapes, as libpq does (found by tests/fuzz/fuzz_config.c). */
static void mask_query(mfp_buf *b, const char *q)
{
    while (*q != '\0') {
        size_t n = strcspn(q, "&"), kn = strcspn(q, "=&");
        char key[16];
        size_t k = 0;

        for (size_t i = 0; i < kn && k < sizeof(key) - 1; i++) {
            int hi, lo;
            if (q[i] == '%' && i + 2 < kn && (hi = mfp_hexval(q[i + 1])) >= 0 && (lo = mfp_hexval(q[i + 2])) >= 0) {
                key[k++] = (char)(hi * 16 + lo);
                i += 2;
            } else {
                key[k++] = q[i];
            }
        }
        key[k] = '\0';
        if (kn < n && strcmp(key, "password") == 0) {
            mfp_buf_append(b, q, kn + 1);
            mfp_buf_puts(b, "****");
        } else {
            mfp_buf_append(b, q, n);
        }
        q += n;
        if (*q == '&')
            mfp_buf_putc(b, *q++);
    }
}

/* isspace() of the C locale, the one libpq's conninfo parser sees here */
static int kv_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Append the key=value connection string s to b with the value of every
 * password keyword replaced by "****". Tokens are read exactly as libpq's
 * conninfo_parse() reads them (blanks are isspace(), a backslash escapes the
 * next byte in quoted and unquoted values), so the mask cannot lose track of
 * where the password is (tests/fuzz/fuzz_config.c found a quote inside an
 * unquoted value that an ad hoc scan took for an opening one). A string
 * libpq would refuse is cut at its first "password": everything after it
 * is masked (or, without one, everything before its last '@'). */
static void mask_kv(mfp_buf *b, const char *s)
{
    const char *p = s;

    while (*p != '\0') {
        const char *name = p, *ne, *v;
        int secret;

        if (kv_space(*p)) {
            mfp_buf_putc(b, *p++);
            continue;
        }
        while (*p != '\0' && *p != '=' && !kv_space(*p))
            p++;
        ne = p;
        while (kv_space(*p))
            p++;
        if (*p != '=')
            goto refused;
        p++;
        while (kv_space(*p))
            p++;
        v = p;
        if (*p == '\'') {
            for (p++; *p != '\''; p++) {
                if (*p == '\0')
                    goto refused;
                if (*p == '\\' && p[1] != '\0')
                    p++;
            }
            p++;
        } else {
            for (; *p != '\0' && !kv_space(*p); p++)
                if (*p == '\\' && p[1] != '\0')
                    p++;
        }
        secret = (size_t)(ne - name) == 8 && memcmp(name, "password", 8) == 0;
        mfp_buf_append(b, name, (size_t)((secret ? v : p) - name));
        if (secret)
            mfp_buf_puts(b, "****");
        continue;
refused:
        {
            const char *hit = strstr(name, "password"), *at = strrchr(name, '@');
            if (hit == NULL && at == NULL) {
                mfp_buf_puts(b, name);
            } else if (hit == NULL) {
                /* "user:secret@host" without a scheme */
                mfp_buf_puts(b, "****");
                mfp_buf_puts(b, at);
            } else {
                mfp_buf_append(b, name, (size_t)(hit - name) + 8);
                mfp_buf_puts(b, "****");
            }
            return;
        }
    }
}

/* redis://user:pass@host -> redis://user:****@host; key=value strings get
 * password=****. Anything we cannot parse is returned unchanged only when it
 * has no '@' and no "password". */
char *mf_mask_url(const char *url)
{
    mfp_buf b;
    const char *scheme, *at, *colon, *pw;

    if (url == NULL)
        return strdup("(unset)");
    mfp_buf_init(&b);
    scheme = strstr(url, "://");
    /* a URI only when "://" ends a scheme at the very start (as libpq decides);
     * a key=value string whose values hold "://" is not one (tests/fuzz) */
    for (const char *q = url; scheme != NULL && q < scheme; q++)
        if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
              (q > url && ((*q >= '0' && *q <= '9') || *q == '+' || *q == '-' || *q == '.'))))
            scheme = NULL;
    if (scheme == url)
        scheme = NULL;
    if (scheme != NULL) {
        const char *auth = scheme + 3;
        /* libpq ends the userinfo at the first '@' before a '/', the Redis
         * parser at the last '@' before one of "/?#": mask up to the last '@'
         * before a '/', which covers both (tests/fuzz/fuzz_config.c) */
        const char *end = auth + strcspn(auth, "/");
        at = NULL;
        for (const char *q = auth; q < end; q++)
            if (*q == '@')
                at = q;
        if (at != NULL) {
            colon = memchr(auth, ':', (size_t)(at - auth));
            if (colon != NULL) {
                mfp_buf_append(&b, url, (size_t)(colon - url) + 1);
                mfp_buf_puts(&b, "****");
                mfp_buf_puts(&b, at);
            } else if (strncmp(url, "redis", 5) == 0) {
                /* redis://secret@host: the parser reads a bare userinfo as the
                 * password (found by tests/fuzz/fuzz_config.c) */
                mfp_buf_append(&b, url, (size_t)(auth - url));
                mfp_buf_puts(&b, "****");
                mfp_buf_puts(&b, at);
            } else {
                mfp_buf_puts(&b, url);
            }
        } else {
            mfp_buf_puts(&b, url);
        }
        /* a password can also hide in the query string (?password=..., the
         * key possibly %-escaped: libpq decodes keys and values) */
        pw = strchr(b.data ? b.data : "", '?');
        if (pw != NULL) {
            mfp_buf tmp;
            mfp_buf_init(&tmp);
            mfp_buf_append(&tmp, b.data, (size_t)(pw - b.data) + 1);
            mask_query(&tmp, pw + 1);
            mfp_buf_free(&b);
            b = tmp;
        }
        return mfp_buf_steal(&b);
    }
    mask_kv(&b, url);
    return mfp_buf_steal(&b);
}
