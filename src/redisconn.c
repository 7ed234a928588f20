/* redisconn.c - the Redis side of a handle: parse REDIS_URL, connect, check
 * replies, run Lua scripts by SHA. Knows nothing about records or queues. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>

#include "internal.h"

void mfp_redis_url_clear(mfp_redis_url *u)
{
    if (u == NULL)
        return;
    free(u->host);
    free(u->socket);
    free(u->user);
    free(u->password);
    memset(u, 0, sizeof(*u));
}

/* Copy [p, p+n) decoding %XX. NULL on a bad escape or out of memory. */
static char *pct_decode(const char *p, size_t n, int *bad)
{
    char *out = malloc(n + 1), *o = out;
    size_t i;

    if (out == NULL)
        return NULL;
    for (i = 0; i < n; i++) {
        if (p[i] == '%') {
            int hi = i + 2 < n ? mfp_hexval((unsigned char)p[i + 1]) : -1;
            int lo = i + 2 < n ? mfp_hexval((unsigned char)p[i + 2]) : -1;
            if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
                *bad = 1;
                free(out);
                return NULL;
            }
            *o++ = (char)(hi * 16 + lo);
            i += 2;
        } else {
            *o++ = p[i];
        }
    }
    *o = '\0';
    return out;
}

static int parse_int(const char *p, size_t n, long min, long max, int *out)
{
    long v = 0;
    size_t i;

    if (n == 0 || n > 9)
        return -1;
    for (i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    if (v < min || v > max)
        return -1;
    *out = (int)v;
    return 0;
}

int mfp_redis_url_parse(const char *url, mfp_redis_url *u, mf_error *err)
{
    static const char *const schemes[] = {"rediss://", "redis://", "unix://"};
    const char *p, *auth_end, *hostp, *end, *colon;
    int bad = 0;

    memset(u, 0, sizeof(*u));
    u->port = 6379;
    if (strncmp(url, "unix://", 7) == 0) {
        const char *q = strchr(url + 7, '?');
        size_t n = q ? (size_t)(q - (url + 7)) : strlen(url + 7);
        if (n == 0 || url[7] != '/')
            goto bad;
        u->socket = strndup(url + 7, n);
        if (u->socket == NULL)
            goto oom;
        if (q != NULL) {
            if (strncmp(q, "?db=", 4) != 0 || parse_int(q + 4, strlen(q + 4), 0, 100000, &u->db) != 0)
                goto bad;
        }
        return 0;
    }
    if (strncmp(url, "rediss://", 9) == 0)
        u->tls = 1;
    else if (strncmp(url, "redis://", 8) != 0)
        goto bad_scheme;
    p = url + 8 + u->tls;
    end = p + strcspn(p, "/?#");
    /* userinfo ends at the last '@' before the path */
    auth_end = NULL;
    for (const char *q = p; q < end; q++)
        if (*q == '@')
            auth_end = q;
    hostp = p;
    if (auth_end != NULL) {
        const char *c = memchr(p, ':', (size_t)(auth_end - p));
        if (c != NULL) {
            if (c > p && (u->user = pct_decode(p, (size_t)(c - p), &bad)) == NULL)
                goto bad_or_oom;
            if ((u->password = pct_decode(c + 1, (size_t)(auth_end - c - 1), &bad)) == NULL)
                goto bad_or_oom;
        } else if (auth_end > p) {
            /* redis://secret@host is how some tools write a bare password */
            if ((u->password = pct_decode(p, (size_t)(auth_end - p), &bad)) == NULL)
                goto bad_or_oom;
        }
        hostp = auth_end + 1;
    }
    if (*hostp == '[') { /* [::1]:6379 */
        const char *rb = memchr(hostp, ']', (size_t)(end - hostp));
        if (rb == NULL || rb == hostp + 1)
            goto bad;
        u->host = strndup(hostp + 1, (size_t)(rb - hostp - 1));
        colon = rb + 1 < end && rb[1] == ':' ? rb + 1 : NULL;
        if (rb + 1 < end && colon == NULL)
            goto bad;
    } else {
        colon = memchr(hostp, ':', (size_t)(end - hostp));
        size_t hn = colon ? (size_t)(colon - hostp) : (size_t)(end - hostp);
        u->host = hn ? strndup(hostp, hn) : strdup("127.0.0.1");
    }
    if (u->host == NULL)
        goto oom;
    if (colon != NULL && parse_int(colon + 1, (size_t)(end - colon - 1), 1, 65535, &u->port) != 0)
        goto bad;
    if (*end == '/') {
        const char *dbp = end + 1;
        size_t dn = strcspn(dbp, "?#");
        if (dn > 0 && parse_int(dbp, dn, 0, 100000, &u->db) != 0)
            goto bad;
        end = dbp + dn;
    }
    if (*end == '?') {
        /* accept ?db=N, reject anything else rather than ignoring it */
        if (strncmp(end, "?db=", 4) != 0 || parse_int(end + 4, strlen(end + 4), 0, 100000, &u->db) != 0)
            goto bad;
    } else if (*end != '\0') {
        goto bad;
    }
    return 0;
bad_scheme:
    /* REDIS:// or Rediss://: the scheme is compared as written (the Python
     * package refuses it with the same words) */
    for (size_t i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++)
        if (strncasecmp(url, schemes[i], strlen(schemes[i])) == 0) {
            char hint[80];
            snprintf(hint, sizeof(hint), "the scheme is case-sensitive: write %s in lower case", schemes[i]);
            return mfp_url_bad_hint(err, "REDIS_URL", url, "it cannot be parsed", hint, MFP_REDIS_FORM);
        }
    goto bad;
bad_or_oom:
    if (!bad)
        goto oom;
bad:
    mfp_redis_url_clear(u);
    return mfp_url_bad(err, "REDIS_URL", url, bad ? "a bad %-escape in the user-info" : "it cannot be parsed",
                       MFP_REDIS_FORM);
oom:
    mfp_redis_url_clear(u);
    return mfp_seterr(err, MF_ENOMEM, "out of memory");
}

void mfp_redis_drop(mf_handle *h)
{
    mfp_rconn_close(h->redis); /* keeps its last error text for the message */
}

typedef struct mfp_node {
    char *host;
    int port;
    mfp_rconn *c;
} mfp_node;

struct mfp_cluster {
    mfp_node *nodes;
    size_t n, cap;
    int16_t slots[16384];   /* node index of each slot's master, -1: unknown */
    int stale;              /* refresh the map before the next command */
    int ask_slot, ask_node; /* an ASK redirection to follow once, or -1 */
    size_t refresh_from;    /* the next node asked for the map (round robin) */
    mfp_redis_url url;      /* auth, TLS, db of every node */
    char *masked;           /* REDIS_URL without its password, for messages */
};

static int node_index(struct mfp_cluster *cl, const char *host, size_t hlen, int port);

/* An error reply that means "try again later" rather than "fix something". */
static int transient_reply(const char *s)
{
    static const char *const prefixes[] = {"LOADING", "BUSY", "MASTERDOWN", "READONLY",
                                           "TRYAGAIN", "CLUSTERDOWN", "NOREPLICAS", "OOM"};
    size_t i;

    for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
        if (strncmp(s, prefixes[i], strlen(prefixes[i])) == 0)
            return 1;
    return 0;
}

/* MOVED / ASK "slot host:port": the slot and the node's index (added when
 * new). -1 when the text does not parse. */
static int redirect_target(struct mfp_cluster *cl, const char *s, int *slot)
{
    const char *sp = strchr(s, ' '), *hp, *colon;
    long v;
    char *end;

    if (sp == NULL)
        return -1;
    v = strtol(sp + 1, &end, 10);
    if (v < 0 || v > 16383 || *end != ' ')
        return -1;
    hp = end + 1;
    colon = strrchr(hp, ':');
    if (colon == NULL || colon == hp)
        return -1;
    *slot = (int)v;
    return node_index(cl, hp, (size_t)(colon - hp), atoi(colon + 1));
}

/* Cluster replies: remember where a slot went. 1 when r was one. */
static int cluster_reply(mf_handle *h, const char *s, const char *what, mf_error *err)
{
    struct mfp_cluster *cl = h->cluster;
    int slot = -1, idx;

    if (cl == NULL)
        return 0;
    if (strncmp(s, "MOVED ", 6) == 0) {
        idx = redirect_target(cl, s, &slot);
        if (idx >= 0)
            cl->slots[slot] = (int16_t)idx;
        cl->stale = 1; /* read the whole map again: more slots may have moved */
        mfp_seterr(err, MF_ETRANSIENT, "redis cluster moved hash slot %d during %s (%s); retried with the new map",
                   slot, what, s);
        return 1;
    }
    if (strncmp(s, "ASK ", 4) == 0) {
        idx = redirect_target(cl, s, &slot);
        if (idx >= 0) {
            cl->ask_slot = slot;
            cl->ask_node = idx;
        }
        mfp_seterr(err, MF_ETRANSIENT, "redis cluster is migrating hash slot %d during %s (%s); retried on the "
                   "importing node", slot, what, s);
        return 1;
    }
    if (strncmp(s, "CLUSTERDOWN", 11) == 0 || strncmp(s, "READONLY", 8) == 0 ||
        strncmp(s, "MASTERDOWN", 10) == 0)
        cl->stale = 1; /* a failover: the next command reads the map again */
    return 0;
}

int mfp_redis_redirected(const redisReply *r)
{
    return r != NULL && r->type == REDIS_REPLY_ERROR &&
           (strncmp(r->str, "MOVED ", 6) == 0 || strncmp(r->str, "ASK ", 4) == 0);
}

int mfp_redis_reply_ok(mf_handle *h, redisReply *r, const char *what, mf_error *err)
{
    if (r == NULL) {
        if (h->cluster != NULL)
            h->cluster->stale = 1; /* a node lost: maybe failed over */
        const char *why = h->redis && mfp_rconn_errstr(h->redis)[0] ? mfp_rconn_errstr(h->redis) : "connection lost";
        mfp_seterr(err, MF_ETRANSIENT, "redis failed during %s: %s; try again when Redis is back",
                   what, why);
        mfp_redis_drop(h);
        return -1;
    }
    if (r->type != REDIS_REPLY_ERROR)
        return 0;
    if (cluster_reply(h, r->str, what, err))
        return -1;
    if (strncmp(r->str, "WRONGTYPE", 9) == 0 || strstr(r->str, "WRONGTYPE") != NULL)
        return mfp_seterr(err, MF_EPRIVILEGE,
                          "redis refused %s: %s; a memflush key holds another type: check the prefix "
                          "(--prefix / MEMFLUSH_PREFIX) or move the foreign key away",
                          what, r->str);
    if (strncmp(r->str, "NOAUTH", 6) == 0 || strncmp(r->str, "WRONGPASS", 9) == 0 ||
        strncmp(r->str, "NOPERM", 6) == 0)
        return mfp_seterr(err, MF_ECONFIG, "redis refused %s: %s; check the user and password in REDIS_URL",
                          what, r->str);
    if (transient_reply(r->str))
        return mfp_seterr(err, MF_ETRANSIENT, "redis is not ready for %s: %s", what, r->str);
    return mfp_seterr(err, MF_ECONFIG, "redis refused %s: %s", what, r->str);
}

/* The connection options for u and the handle's TLS settings. */
static void conn_opts(const mf_handle *h, const mfp_redis_url *u, mfp_rconn_opts *o)
{
    memset(o, 0, sizeof(*o));
    o->host = u->host;
    o->port = u->port;
    o->socket = u->socket;
    o->tls = u->tls;
    o->cacert = h->cfg->redis_cacert;
    o->cert = h->cfg->redis_cert;
    o->key = h->cfg->redis_key;
    o->tls_insecure = h->cfg->redis_tls_insecure != 0;
    o->connect_timeout_ms = (int)h->cfg->redis_connect_timeout_ms;
    o->io_timeout_ms = 30000;
}

/* Is this error reply a refused credential (requirepass, ACL)? */
static int auth_refused(const char *s)
{
    return strncmp(s, "NOAUTH", 6) == 0 || strncmp(s, "WRONGPASS", 9) == 0 || strncmp(s, "NOPERM", 6) == 0;
}

/* One command during connection setup: 0, or -1 with err. Texts from the
 * connection or the server are scrubbed of the URL's password (url.c). */
static int setup_command(mf_handle *h, mfp_rconn *c, int tls, int code, const char *masked, const char *what,
                         mf_error *err, int argc, const char **argv)
{
    redisReply *r = mfp_rconn_command_argv(c, argc, argv, NULL);
    char fmt[256];
    int rc = 0;

    if (r == NULL) {
        const char *why = mfp_rconn_errstr(c);
        snprintf(fmt, sizeof(fmt), "could not %s Redis at %%s: %%s%s", what,
                 !tls && (strstr(why, "closed the connection") || strstr(why, "reset by peer"))
                     ? " (if this port speaks TLS, use rediss://)"
                     : "; check REDIS_URL and that redis-server runs");
        return mfp_url_seterr_scrubbed(err, code, h->cfg->redis_url, why, fmt, masked);
    }
    if (r->type == REDIS_REPLY_ERROR) {
        if (strcmp(argv[0], "AUTH") == 0)
            mfp_url_seterr_scrubbed(err, MF_ECONFIG, h->cfg->redis_url, r->str,
                                    "could not authenticate to Redis at %s: %s; check the user and password in "
                                    "REDIS_URL", masked);
        else if (auth_refused(r->str))
            /* requirepass set and no password (or one without the right)
             * in REDIS_URL: one clear configuration error at the start */
            mfp_url_seterr_scrubbed(err, MF_ECONFIG, h->cfg->redis_url, r->str,
                                    "Redis at %s requires authentication and REDIS_URL gives no password it "
                                    "accepts (%.40s); put it in REDIS_URL as redis://:PASSWORD@host:port/db (or "
                                    "redis://USER:PASSWORD@... with an ACL user), percent-encode special "
                                    "characters in the password (@ → %%40, : → %%3A, / → %%2F, %% → %%25)",
                                    masked);
        else if (strcmp(argv[0], "SELECT") == 0)
            /* the /db of REDIS_URL: a configuration error, whatever the node */
            mfp_url_seterr_scrubbed(err, MF_ECONFIG, h->cfg->redis_url, r->str,
                                    strstr(r->str, "cluster") != NULL
                                        ? "could not select the database on Redis at %s: %s; a Redis Cluster has "
                                          "only database 0: end REDIS_URL with /0"
                                        : "could not select the database on Redis at %s: %s; check the /db at the "
                                          "end of REDIS_URL (0 unless the server is set up with more databases)",
                                    masked);
        else {
            snprintf(fmt, sizeof(fmt), "could not %s Redis at %%s: %%s", what);
            mfp_url_seterr_scrubbed(err, code, h->cfg->redis_url, r->str, fmt, masked);
        }
        rc = -1;
    }
    freeReplyObject(r);
    return rc;
}

/* ---------------------------------------------------------------- seeds */

/* REDIS_URL may name several seed nodes: redis://[auth@]h1:p1,h2:p2[/db].
 * out[i]: the URL with the host list replaced by seed i (caller frees with
 * free_seeds). A URL without a comma gives itself. */
int mfp_redis_url_seeds(const char *url, char ***out, size_t *n)
{
    const char *p, *end, *at = NULL, *q, *hosts;
    char **v = NULL;
    size_t cnt = 1, i = 0;

    *out = NULL;
    *n = 0;
    p = strstr(url, "://");
    p = p != NULL ? p + 3 : url;
    end = p + strcspn(p, "/?#");
    for (q = p; q < end; q++)
        if (*q == '@')
            at = q;
    hosts = at != NULL ? at + 1 : p;
    if (strncmp(url, "unix://", 7) == 0)
        hosts = end; /* no host list */
    for (q = hosts; q < end; q++)
        cnt += *q == ',';
    v = calloc(cnt, sizeof(*v));
    if (v == NULL)
        return -1;
    if (cnt == 1) {
        if ((v[0] = strdup(url)) == NULL)
            goto oom;
    } else {
        q = hosts;
        for (i = 0; i < cnt; i++) {
            const char *e = memchr(q, ',', (size_t)(end - q));
            mfp_buf b;
            if (e == NULL)
                e = end;
            mfp_buf_init(&b);
            mfp_buf_append(&b, url, (size_t)(hosts - url));
            mfp_buf_append(&b, q, (size_t)(e - q));
            mfp_buf_puts(&b, end);
            if ((v[i] = mfp_buf_steal(&b)) == NULL)
                goto oom;
            q = e + 1;
        }
    }
    *out = v;
    *n = cnt;
    return 0;
oom:
    for (i = 0; i < cnt; i++)
        free(v[i]);
    free(v);
    return -1;
}

void mfp_redis_url_seeds_free(char **v, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* ------------------------------------------------------------ connecting */

/* Connect *slot (created from u, with host/port overriding u's when given),
 * then AUTH, SELECT or PING. masked: the URL for messages. */
static int node_connect(mf_handle *h, mfp_rconn **slot, const mfp_redis_url *u, const char *host, int port,
                        const char *m, mf_error *err)
{
    mfp_rconn_opts o;
    char dbtext[16];
    int code = h->redis_connected_once ? MF_ETRANSIENT : MF_ECONNECT;

    if (*slot == NULL) {
        conn_opts(h, u, &o);
        if (h->redis_tls != NULL && mfp_tls_ctx_stale(h->redis_tls)) {
            mfp_tls_ctx_free(h->redis_tls); /* renewed on disk: the next connection reads it again */
            h->redis_tls = NULL;
        }
        o.tls_ctx = u->tls ? h->redis_tls : NULL;
        if (host != NULL) {
            o.host = host;
            o.port = port;
            o.socket = NULL;
        }
        if ((*slot = mfp_rconn_new(&o)) == NULL)
            return mfp_seterr(err, MF_ENOMEM, "out of memory");
    }
    /* a new connection may reach a server that lost index entries this handle
     * saw confirmed (a failover, a restart): save them again */
    mfp_uidx_memo_clear(&h->uidx_memo);
    if (mfp_rconn_connect(*slot) != 0) {
        enum mfp_rconn_fail f = mfp_rconn_failure(*slot);
        if (f == MFP_RCONN_ENOMEM)
            mfp_seterr(err, MF_ENOMEM, "out of memory");
        else if (f == MFP_RCONN_ESETUP)
            mfp_seterr(err, MF_ECONFIG, "%s", mfp_rconn_errstr(*slot));
        else if (f == MFP_RCONN_EVERIFY) /* nothing was sent: the same exit status at any time */
            mfp_url_seterr_scrubbed(err, MF_ECONNECT, h->cfg->redis_url, mfp_rconn_errstr(*slot),
                                    "could not connect to Redis at %s: %s", m);
        else
            mfp_url_seterr_scrubbed(err, code, h->cfg->redis_url, mfp_rconn_errstr(*slot),
                                    "could not connect to Redis at %s: %s; check REDIS_URL and that redis-server runs",
                                    m);
        goto fail;
    }
    if (u->password != NULL) {
        const char *argv[3] = {"AUTH", u->user ? u->user : u->password, u->password};
        if (setup_command(h, *slot, u->tls, code, m, "authenticate to", err, u->user ? 3 : 2, argv) != 0)
            goto fail;
    }
    {
        /* a first round trip in every case: a wrong port or scheme fails
         * here, clearly, and so does a missing password (NOAUTH) */
        const char *argv[1] = {"PING"};
        if (setup_command(h, *slot, u->tls, code, m, "talk to", err, 1, argv) != 0)
            goto fail;
    }
    if (u->db != 0) {
        const char *argv[2] = {"SELECT", dbtext};
        snprintf(dbtext, sizeof(dbtext), "%d", u->db);
        if (setup_command(h, *slot, u->tls, code, m, "select the database on", err, 2, argv) != 0)
            goto fail;
    }
    if (u->tls && h->redis_tls == NULL) /* share it with the connections made later */
        h->redis_tls = mfp_tls_ctx_ref(mfp_rconn_tls_ctx(*slot));
    h->redis_connected_once = 1;
    return 0;
fail:
    mfp_rconn_close(*slot);
    return -1;
}

/* ---------------------------------------------------------- Redis Cluster */

static void cluster_free(struct mfp_cluster *cl)
{
    size_t i;

    if (cl == NULL)
        return;
    for (i = 0; i < cl->n; i++) {
        free(cl->nodes[i].host);
        mfp_rconn_free(cl->nodes[i].c);
    }
    free(cl->nodes);
    mfp_redis_url_clear(&cl->url);
    free(cl->masked);
    free(cl);
}

void mfp_redis_free_all(mf_handle *h)
{
    if (h->cluster != NULL) {
        cluster_free(h->cluster); /* h->redis is one of its nodes' */
        h->cluster = NULL;
    } else {
        mfp_rconn_free(h->redis);
    }
    h->redis = NULL;
    mfp_tls_ctx_free(h->redis_tls);
    h->redis_tls = NULL;
}

/* The index of node host:port, added when new; -1 on out-of-memory. */
static int node_index(struct mfp_cluster *cl, const char *host, size_t hlen, int port)
{
    size_t i;

    for (i = 0; i < cl->n; i++)
        if (cl->nodes[i].port == port && strlen(cl->nodes[i].host) == hlen &&
            memcmp(cl->nodes[i].host, host, hlen) == 0)
            return (int)i;
    if (cl->n >= 32000)
        return -1;
    if (cl->n == cl->cap) {
        size_t cap = cl->cap ? cl->cap * 2 : 8;
        mfp_node *v = realloc(cl->nodes, cap * sizeof(*v));
        if (v == NULL)
            return -1;
        cl->nodes = v;
        cl->cap = cap;
    }
    cl->nodes[cl->n].host = strndup(host, hlen);
    cl->nodes[cl->n].port = port;
    cl->nodes[cl->n].c = NULL;
    if (cl->nodes[cl->n].host == NULL)
        return -1;
    return (int)cl->n++;
}

/* Fill the slot map from a CLUSTER SLOTS reply got from node 'from'.
 * 0, or -1 when the reply is not a usable map. */
static int apply_slots(struct mfp_cluster *cl, const redisReply *r, int from)
{
    size_t i;
    int s, covered = 0;

    if (r == NULL || r->type != REDIS_REPLY_ARRAY || r->elements == 0)
        return -1;
    for (s = 0; s < 16384; s++)
        cl->slots[s] = -1;
    for (i = 0; i < r->elements; i++) {
        const redisReply *e = r->element[i], *m;
        const char *host;
        size_t hlen;
        long long a, b;
        int idx;
        if (e->type != REDIS_REPLY_ARRAY || e->elements < 3 || e->element[0]->type != REDIS_REPLY_INTEGER ||
            e->element[1]->type != REDIS_REPLY_INTEGER || e->element[2]->type != REDIS_REPLY_ARRAY)
            continue;
        m = e->element[2];
        if (m->elements < 2 || m->element[0]->type != REDIS_REPLY_STRING || m->element[1]->type != REDIS_REPLY_INTEGER)
            continue;
        host = m->element[0]->str;
        hlen = m->element[0]->len;
        if (hlen == 0 || (hlen == 1 && host[0] == '?')) { /* "the node you asked" */
            host = cl->nodes[from].host;
            hlen = strlen(host);
        }
        idx = node_index(cl, host, hlen, (int)m->element[1]->integer);
        if (idx < 0)
            return -1;
        a = e->element[0]->integer;
        b = e->element[1]->integer;
        for (s = (int)(a < 0 ? 0 : a); s <= b && s < 16384; s++, covered++)
            cl->slots[s] = (int16_t)idx;
    }
    return covered > 0 ? 0 : -1;
}

/* Connect node i when needed. */
static int node_up(mf_handle *h, int i, mf_error *err)
{
    struct mfp_cluster *cl = h->cluster;
    mfp_node *nd = &cl->nodes[i];

    if (mfp_rconn_ok(nd->c))
        return 0;
    return node_connect(h, &nd->c, &cl->url, nd->host, nd->port, cl->masked, err);
}

/* Read the slot map again, asking the nodes in turn (a dead one is skipped). */
static int refresh_map(mf_handle *h, mf_error *err)
{
    struct mfp_cluster *cl = h->cluster;
    size_t k, n = cl->n;
    char last[sizeof(((mf_error *)0)->msg)] = "no node answered";

    for (k = 0; k < n; k++) {
        int i = (int)((cl->refresh_from + k) % n);
        mf_error e = {0};
        redisReply *r;
        if (node_up(h, i, &e) != 0) {
            memcpy(last, e.msg, sizeof(last));
            continue;
        }
        r = mfp_rconn_command(cl->nodes[i].c, "CLUSTER SLOTS");
        if (r == NULL) {
            mfp_rconn_close(cl->nodes[i].c);
            continue;
        }
        if (apply_slots(cl, r, i) == 0) {
            freeReplyObject(r);
            cl->stale = 0;
            cl->refresh_from = (size_t)i + 1;
            return 0;
        }
        freeReplyObject(r);
    }
    cl->refresh_from++;
    return mfp_seterr(err, MF_ETRANSIENT, "no node of the Redis Cluster gave its slot map (%s); run again when the cluster is back",
                      last);
}

/* Ask the first connection whether this is a cluster; when it is, build the
 * node table around it. */
static int probe_cluster(mf_handle *h, const char *seed_url, mf_error *err)
{
    struct mfp_cluster *cl;
    redisReply *r;
    int i, s;

    h->cluster_probed = 1;
    r = mfp_rconn_command(h->redis, "CLUSTER SLOTS");
    if (r == NULL)
        return mfp_redis_reply_ok(h, NULL, "asking whether Redis is a cluster", err);
    if (r->type != REDIS_REPLY_ARRAY || r->elements == 0) {
        /* "cluster support disabled", NOPERM, or an empty map: one server */
        freeReplyObject(r);
        return 0;
    }
    cl = calloc(1, sizeof(*cl));
    if (cl == NULL || mfp_redis_url_parse(seed_url, &cl->url, err) != 0)
        goto fail;
    cl->masked = mf_mask_url(h->cfg->redis_url);
    cl->ask_slot = cl->ask_node = -1;
    for (s = 0; s < 16384; s++)
        cl->slots[s] = -1;
    i = node_index(cl, cl->url.host ? cl->url.host : "", cl->url.host ? strlen(cl->url.host) : 0, cl->url.port);
    if (i < 0 || cl->masked == NULL)
        goto fail;
    cl->nodes[i].c = h->redis; /* the seed connection becomes a node's */
    h->cluster = cl;
    if (apply_slots(cl, r, i) != 0)
        cl->stale = 1;
    freeReplyObject(r);
    return 0;
fail:
    freeReplyObject(r);
    if (cl != NULL) {
        mfp_redis_url_clear(&cl->url);
        free(cl->masked);
        free(cl->nodes);
        free(cl);
    }
    return mfp_seterr(err, MF_ENOMEM, "out of memory");
}

/* Connect to the first seed that answers (REDIS_URL's host list). */
static int connect_seeds(mf_handle *h, mf_error *err)
{
    char **seeds = NULL;
    size_t n = 0, i;
    int rc = -1;

    if (mfp_redis_url_seeds(h->cfg->redis_url, &seeds, &n) != 0)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    for (i = 0; i < n; i++) {
        mfp_redis_url u;
        char *masked;
        mf_error e = {0};
        if (mfp_redis_url_parse(seeds[i], &u, err) != 0)
            break;
        masked = mf_mask_url(seeds[i]);
        if (h->redis != NULL && i > 0) { /* a new seed: a new connection */
            mfp_rconn_free(h->redis);
            h->redis = NULL;
        }
        rc = node_connect(h, &h->redis, &u, NULL, 0, masked ? masked : "?", &e);
        mfp_redis_url_clear(&u);
        free(masked);
        if (rc == 0) {
            if (!h->cluster_probed)
                rc = probe_cluster(h, seeds[i], err);
            break;
        }
        if (i + 1 == n || e.code == MF_ECONFIG || e.code == MF_ENOMEM) {
            if (err != NULL && err->code == 0)
                *err = e;
            break;
        }
    }
    mfp_redis_url_seeds_free(seeds, n);
    return rc;
}

/* The connection to the master of the current shard's slot. */
static int cluster_get(mf_handle *h, mfp_rconn **out, mf_error *err)
{
    struct mfp_cluster *cl = h->cluster;
    int slot = h->cur_slot & 16383, idx, asking = 0;

    if (h->redis_pin != NULL) { /* check: one given master */
        if (!mfp_rconn_ok(h->redis_pin))
            return mfp_seterr(err, MF_ETRANSIENT, "a Redis Cluster master stopped answering during the checks");
        *out = h->redis = h->redis_pin;
        return 0;
    }
    if (cl->stale && refresh_map(h, err) != 0)
        return -1;
    if (cl->ask_slot == slot) {
        idx = cl->ask_node;
        asking = 1;
        cl->ask_slot = -1;
    } else {
        idx = cl->slots[slot];
    }
    if (idx < 0) {
        if (refresh_map(h, err) != 0)
            return -1;
        if ((idx = cl->slots[slot]) < 0)
            return mfp_seterr(err, MF_ETRANSIENT, "no master of the Redis Cluster serves hash slot %d (a failover or "
                                                  "resharding in progress?); run again when the cluster is back",
                              slot);
    }
    if (node_up(h, idx, err) != 0) {
        cl->stale = 1; /* the node may have failed over: ask another one next time */
        return -1;
    }
    h->redis = cl->nodes[idx].c;
    if (asking) {
        redisReply *r = mfp_rconn_command(h->redis, "ASKING");
        int rc = mfp_redis_reply_ok(h, r, "following an ASK redirection", err);
        if (r != NULL)
            freeReplyObject(r);
        if (rc != 0)
            return -1;
    }
    *out = h->redis;
    return 0;
}

int mfp_redis_is_cluster(const mf_handle *h)
{
    return h->cluster != NULL;
}

int mfp_redis_get(mf_handle *h, mfp_rconn **out, mf_error *err)
{
    if (h->cluster != NULL)
        return cluster_get(h, out, err);
    if (!mfp_rconn_ok(h->redis) && connect_seeds(h, err) != 0)
        return -1;
    if (h->cluster != NULL)
        return cluster_get(h, out, err);
    *out = h->redis;
    return 0;
}

int mfp_redis_masters(mf_handle *h, mfp_rconn **out, size_t max, size_t *n, mf_error *err)
{
    struct mfp_cluster *cl;
    unsigned char *seen;
    int s, rc = 0;

    *n = 0;
    if (mfp_redis_get(h, &out[0], err) != 0)
        return -1;
    cl = h->cluster;
    if (cl == NULL) {
        *n = 1;
        return 0;
    }
    if (refresh_map(h, err) != 0)
        return -1;
    if ((seen = calloc(cl->n, 1)) == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    for (s = 0; s < 16384 && rc == 0; s++) {
        int i = cl->slots[s];
        if (i < 0 || seen[i])
            continue;
        seen[i] = 1;
        if ((rc = node_up(h, i, err)) != 0)
            break;
        if (*n < max)
            out[*n] = cl->nodes[i].c;
        (*n)++;
    }
    free(seen);
    if (*n > max)
        *n = max;
    return rc;
}

int mfp_redis_node_name(const mf_handle *h, const mfp_rconn *c, char *out, size_t n)
{
    size_t i;

    if (h->cluster == NULL)
        return -1;
    for (i = 0; i < h->cluster->n; i++)
        if (h->cluster->nodes[i].c == c) {
            snprintf(out, n, "%s:%d", h->cluster->nodes[i].host, h->cluster->nodes[i].port);
            return 0;
        }
    return -1;
}

int mfp_redis_slots_covered(const mf_handle *h)
{
    int s, c = 0;

    if (h->cluster == NULL)
        return 16384;
    for (s = 0; s < 16384; s++)
        c += h->cluster->slots[s] >= 0;
    return c;
}

int mfp_redis_tls_info(mf_handle *h, mfp_rconn_tls_info *out, mf_error *err)
{
    mfp_rconn *c;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    return mfp_rconn_tls_info_get(c, out);
}

/* SCRIPT LOAD and remember the SHA for this script in the handle. */
static int load_script(mf_handle *h, int slot, const char *script, mf_error *err)
{
    mfp_rconn *c;
    redisReply *r;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = mfp_rconn_command(c, "SCRIPT LOAD %s", script);
    if (mfp_redis_reply_ok(h, r, "SCRIPT LOAD", err) != 0) {
        if (r)
            freeReplyObject(r);
        return -1;
    }
    if (r->type != REDIS_REPLY_STRING || r->len != 40) {
        freeReplyObject(r);
        return mfp_seterr(err, MF_ETRANSIENT, "redis answered SCRIPT LOAD with something other than a SHA1");
    }
    memcpy(h->scripts[slot].sha, r->str, 40);
    h->scripts[slot].sha[40] = '\0';
    h->scripts[slot].hash = mfp_hash(script, strlen(script));
    h->scripts[slot].len = strlen(script);
    freeReplyObject(r);
    return 0;
}

/* The cache slot of script (by its text): its own, else a free one (len
 * 0), else the last one, reused. *found: the slot holds it. */
static int script_slot(mf_handle *h, const char *script, int *found)
{
    size_t len = strlen(script);
    uint64_t hash = mfp_hash(script, len);
    int i;

    *found = 0;
    for (i = 0; i < MFP_MAX_SCRIPTS; i++) {
        if (h->scripts[i].len == len && h->scripts[i].hash == hash) {
            *found = 1;
            return i;
        }
        if (h->scripts[i].len == 0)
            return i;
    }
    return MFP_MAX_SCRIPTS - 1; /* more scripts than slots: reuse the last one */
}

const char *mfp_redis_script_sha(mf_handle *h, const char *script, mf_error *err)
{
    int found, slot = script_slot(h, script, &found);

    if (!found && load_script(h, slot, script, err) != 0)
        return NULL;
    return h->scripts[slot].sha;
}

redisReply *mfp_redis_script(mf_handle *h, const char *script, int nkeys, const char **keys,
                             int nargs, const char **args, const size_t *arglens,
                             const char *what, mf_error *err)
{
    return mfp_redis_script_wait(h, script, nkeys, keys, nargs, args, arglens, what, 0, 0, NULL, err);
}

redisReply *mfp_redis_script_wait(mf_handle *h, const char *script, int nkeys, const char **keys, int nargs,
                                  const char **args, const size_t *arglens, const char *what, long wait_replicas,
                                  long wait_ms, long long *acked, mf_error *err)
{
    int argc = 3 + nkeys + nargs, i, attempt;
    const char **argv = NULL;
    size_t *lens = NULL;
    char numkeys[16];
    redisReply *r = NULL;

    argv = malloc(sizeof(*argv) * (size_t)argc);
    lens = malloc(sizeof(*lens) * (size_t)argc);
    if (argv == NULL || lens == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto done;
    }
    snprintf(numkeys, sizeof(numkeys), "%d", nkeys);
    h->redis_maybe_ran = 0;
    for (attempt = 0; attempt < 6; attempt++) {
        mfp_rconn *c;
        const char *sha = mfp_redis_script_sha(h, script, err);
        if (sha == NULL || mfp_redis_get(h, &c, err) != 0)
            goto done;
        if (mfp_rconn_peer_closed(c)) {
            /* the node went away since its last reply (killed, failed
             * over): connect again (the map first) rather than send into
             * a dead socket and not know whether the command ran */
            if (h->cluster != NULL)
                h->cluster->stale = 1;
            if (mfp_redis_get(h, &c, err) != 0)
                goto done;
        }
        argv[0] = "EVALSHA";
        lens[0] = 7;
        argv[1] = sha;
        lens[1] = 40;
        argv[2] = numkeys;
        lens[2] = strlen(numkeys);
        for (i = 0; i < nkeys; i++) {
            argv[3 + i] = keys[i];
            lens[3 + i] = strlen(keys[i]);
        }
        for (i = 0; i < nargs; i++) {
            argv[3 + nkeys + i] = args[i];
            lens[3 + nkeys + i] = arglens ? arglens[i] : strlen(args[i]);
        }
        if (wait_replicas > 0) {
            /* the save and its WAIT in one round trip */
            redisReply *w = NULL;
            if (mfp_rconn_append_argv(c, argc, argv, lens) != 0 ||
                mfp_rconn_append(c, "WAIT %ld %ld", wait_replicas, wait_ms) != 0 ||
                mfp_rconn_get_reply(c, &r) != 0 || mfp_rconn_get_reply(c, &w) != 0) {
                if (r != NULL)
                    freeReplyObject(r);
                r = NULL;
                h->redis_maybe_ran = 1; /* sent: it may have run */
                break;
            }
            if (w->type == REDIS_REPLY_INTEGER && acked != NULL)
                *acked = w->integer;
            else if (w->type == REDIS_REPLY_ERROR && r->type != REDIS_REPLY_ERROR) {
                mfp_redis_reply_ok(h, w, "waiting for the replicas", err);
                freeReplyObject(w);
                freeReplyObject(r);
                r = NULL;
                goto done;
            }
            freeReplyObject(w);
        } else {
            r = mfp_rconn_command_argv(c, argc, argv, lens);
            if (r == NULL)
                h->redis_maybe_ran = 1; /* sent (or not): its reply is lost */
        }
        if (r != NULL && r->type == REDIS_REPLY_ERROR && strncmp(r->str, "NOSCRIPT", 8) == 0) {
            /* Redis restarted or SCRIPT FLUSH: its scripts are all gone;
             * load this one again, once */
            freeReplyObject(r);
            r = NULL;
            memset(h->scripts, 0, sizeof(h->scripts));
            continue;
        }
        if (mfp_redis_redirected(r) && attempt < 5) {
            /* MOVED: the map is read again; ASK: ASKING on the importing node */
            mf_error ignored = {0};
            mfp_redis_reply_ok(h, r, what, &ignored);
            freeReplyObject(r);
            r = NULL;
            continue;
        }
        break;
    }
    if (mfp_redis_reply_ok(h, r, what, err) != 0) {
        if (r)
            freeReplyObject(r);
        r = NULL;
    }
done:
    free(argv);
    free(lens);
    return r;
}

redisReply *mfp_redis_command_argv(mf_handle *h, int argc, const char **argv, const size_t *lens, const char *what,
                                   mf_error *err)
{
    int attempt;
    redisReply *r = NULL;

    for (attempt = 0; attempt < 6; attempt++) {
        mfp_rconn *c;
        if (mfp_redis_get(h, &c, err) != 0)
            return NULL;
        r = mfp_rconn_command_argv(c, argc, argv, lens);
        if (mfp_redis_redirected(r) && attempt < 5) {
            mf_error ignored = {0};
            mfp_redis_reply_ok(h, r, what, &ignored);
            freeReplyObject(r);
            continue;
        }
        break;
    }
    if (mfp_redis_reply_ok(h, r, what, err) != 0) {
        if (r != NULL)
            freeReplyObject(r);
        return NULL;
    }
    return r;
}
