/* handle.c - open and close a handle: the configuration, key names and the
 * lazily opened connections. Knows nothing about records or batches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "layout.h"

char *mfp_key(const mf_handle *h, const char *suffix)
{
    mfp_buf b;

    mfp_buf_init(&b);
    mfp_buf_printf(&b, "{%s}:%s", h->cfg->prefix, suffix);
    return mfp_buf_steal(&b);
}

static void make_flusher_id(char *out, size_t n)
{
    char host[64] = "host";
    unsigned char rnd[6] = {0};
    size_t i;

    gethostname(host, sizeof(host) - 1);
    host[sizeof(host) - 1] = '\0';
    for (i = 0; host[i]; i++) /* keep key names tidy */
        if (host[i] == ':' || host[i] == ' ' || host[i] == '{' || host[i] == '}')
            host[i] = '_';
    if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd)) {
        unsigned long t = (unsigned long)time(NULL) ^ (unsigned long)getpid();
        memcpy(rnd, &t, sizeof(rnd) < sizeof(t) ? sizeof(rnd) : sizeof(t));
    }
    snprintf(out, n, "%.40s-%ld-%02x%02x%02x%02x%02x%02x", host, (long)getpid(), rnd[0], rnd[1],
             rnd[2], rnd[3], rnd[4], rnd[5]);
}

/* "public.chat_memories" -> "public"."chat_memories" (names are validated
 * identifiers, so quoting cannot be broken out of). */
static char *quote_table(const char *name)
{
    mfp_buf b;
    const char *p;

    mfp_buf_init(&b);
    mfp_buf_putc(&b, '"');
    for (p = name; *p; p++) {
        if (*p == '.')
            mfp_buf_puts(&b, "\".\"");
        else if (*p == '"')
            mfp_buf_puts(&b, "\"\"");
        else
            mfp_buf_putc(&b, *p);
    }
    mfp_buf_putc(&b, '"');
    return mfp_buf_steal(&b);
}

mf_handle *mf_open(const mf_config *cfg, mf_error *err)
{
    mf_handle *h;

    if (cfg == NULL) {
        mfp_seterr(err, MF_ECONFIG, "no configuration given");
        return NULL;
    }
    if (mfp_table_name_valid(cfg->table, err) != 0)
        return NULL;
    if (mfp_url_check_redis(cfg->redis_url, err) != 0 || mfp_url_check_pg(cfg->database_url, err) != 0)
        return NULL;
    if (mfp_prefix_valid(cfg->prefix, "the Redis prefix", err) != 0)
        return NULL;
    h = calloc(1, sizeof(*h));
    if (h == NULL)
        goto oom;
    h->cfg = mfp_config_dup(cfg);
    if (h->cfg == NULL)
        goto oom;
    make_flusher_id(h->flusher_id, sizeof(h->flusher_id));
    h->table_sql = quote_table(cfg->table);
    if (!h->table_sql)
        goto oom;
    /* the first configured shard is current until a module picks another */
    if (mfp_layout_use(h, h->cfg->shards > 1 ? 0 : MFP_SHARD_ONE, err) != 0) {
        mf_close(h);
        return NULL;
    }
    return h;
oom:
    mf_close(h);
    mfp_seterr(err, MF_ENOMEM, "out of memory");
    return NULL;
}

void mf_close(mf_handle *h)
{
    if (h == NULL)
        return;
    mfp_redis_free_all(h);
    mfp_pg_drop(h);
    mfp_layout_free(h);
    mfp_uidx_memo_free(&h->uidx_memo);
    mf_config_free(h->cfg);
    free(h->table_sql);
    free(h->k_registry);
    free(h);
}

int mf_connect(mf_handle *h, unsigned what, mf_error *err)
{
    mfp_rconn *rc;
    PGconn *pg;

    if (h == NULL)
        return mfp_need("mf_connect", "a handle", err);
    if ((what & MF_CONNECT_REDIS) && mfp_redis_get(h, &rc, err) != 0)
        return -1;
    if ((what & MF_CONNECT_POSTGRES) && mfp_pg_get(h, &pg, err) != 0)
        return -1;
    return 0;
}
