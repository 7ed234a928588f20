/* redisconn.c - the Redis side of a handle: parse REDIS_URL, connect, check
 * replies, run Lua scripts by SHA. Knows nothing about records or queues. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
    const char *p, *auth_end, *hostp, *end, *colon;
    int bad = 0;
    char *masked;

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
    if (strncmp(url, "rediss://", 9) == 0) {
        mfp_redis_url_clear(u);
        return mfp_seterr(err, MF_ECONFIG,
                          "REDIS_URL uses rediss:// (TLS), which this build's hiredis 0.14 cannot speak; "
                          "use a local TLS tunnel (stunnel, spiped) and redis:// to it, or a unix:// socket");
    }
    if (strncmp(url, "redis://", 8) != 0)
        goto bad;
    p = url + 8;
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
bad_or_oom:
    if (!bad)
        goto oom;
bad:
    mfp_redis_url_clear(u);
    masked = mf_mask_url(url);
    mfp_seterr(err, MF_ECONFIG,
               "REDIS_URL \"%.200s\" is not valid; use redis://[user:password@]host:port/db or unix:///path/to/redis.sock",
               masked ? masked : "");
    free(masked);
    return -1;
oom:
    mfp_redis_url_clear(u);
    return mfp_seterr(err, MF_ENOMEM, "out of memory");
}

void mfp_redis_drop(mf_handle *h)
{
    if (h->redis != NULL) {
        redisFree(h->redis);
        h->redis = NULL;
    }
}

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

int mfp_redis_reply_ok(mf_handle *h, redisReply *r, const char *what, mf_error *err)
{
    if (r == NULL) {
        const char *why = h->redis && h->redis->errstr[0] ? h->redis->errstr : "connection lost";
        mfp_seterr(err, MF_ETRANSIENT, "redis failed during %s: %s; the work was not released, run again when Redis is back",
                   what, why);
        mfp_redis_drop(h);
        return -1;
    }
    if (r->type != REDIS_REPLY_ERROR)
        return 0;
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

static int redis_connect(mf_handle *h, mf_error *err)
{
    mfp_redis_url u;
    struct timeval tv = {5, 0};
    redisContext *c = NULL;
    redisReply *r = NULL;
    char *masked = NULL;
    int code = h->redis_connected_once ? MF_ETRANSIENT : MF_ECONNECT;

    if (mfp_redis_url_parse(h->cfg->redis_url, &u, err) != 0)
        return -1;
    masked = mf_mask_url(h->cfg->redis_url);
    c = u.socket ? redisConnectUnixWithTimeout(u.socket, tv) : redisConnectWithTimeout(u.host, u.port, tv);
    if (c == NULL) {
        mfp_seterr(err, MF_ENOMEM, "out of memory");
        goto fail;
    }
    if (c->err) {
        mfp_seterr(err, code, "could not connect to Redis at %s: %s; check REDIS_URL and that redis-server runs",
                   masked ? masked : "?", c->errstr);
        goto fail;
    }
    redisSetTimeout(c, (struct timeval){30, 0});
    if (u.password != NULL) {
        r = u.user ? redisCommand(c, "AUTH %s %s", u.user, u.password) : redisCommand(c, "AUTH %s", u.password);
        if (r == NULL || r->type == REDIS_REPLY_ERROR) {
            /* the reply text never contains the password */
            mfp_seterr(err, r ? MF_ECONFIG : code, "could not authenticate to Redis at %s: %s; check the user and password in REDIS_URL",
                       masked ? masked : "?", r ? r->str : c->errstr);
            goto fail;
        }
        freeReplyObject(r);
        r = NULL;
    }
    if (u.db != 0) {
        r = redisCommand(c, "SELECT %d", u.db);
        if (r == NULL || r->type == REDIS_REPLY_ERROR) {
            mfp_seterr(err, code, "could not select Redis database %d at %s: %s", u.db, masked ? masked : "?",
                       r ? r->str : c->errstr);
            goto fail;
        }
        freeReplyObject(r);
        r = NULL;
    }
    h->redis = c;
    h->redis_connected_once = 1;
    mfp_redis_url_clear(&u);
    free(masked);
    return 0;
fail:
    if (r)
        freeReplyObject(r);
    if (c)
        redisFree(c);
    mfp_redis_url_clear(&u);
    free(masked);
    return -1;
}

int mfp_redis_get(mf_handle *h, redisContext **out, mf_error *err)
{
    if (h->redis != NULL && h->redis->err) /* died since: reconnect */
        mfp_redis_drop(h);
    if (h->redis == NULL && redis_connect(h, err) != 0)
        return -1;
    *out = h->redis;
    return 0;
}

/* SCRIPT LOAD and remember the SHA for this script in the handle. */
static int load_script(mf_handle *h, int slot, const char *script, mf_error *err)
{
    redisContext *c;
    redisReply *r;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = redisCommand(c, "SCRIPT LOAD %s", script);
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
    for (attempt = 0; attempt < 2; attempt++) {
        redisContext *c;
        const char *sha = mfp_redis_script_sha(h, script, err);
        if (sha == NULL || mfp_redis_get(h, &c, err) != 0)
            goto done;
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
        r = redisCommandArgv(c, argc, argv, lens);
        if (r != NULL && r->type == REDIS_REPLY_ERROR && strncmp(r->str, "NOSCRIPT", 8) == 0) {
            /* Redis restarted or SCRIPT FLUSH: its scripts are all gone;
             * load this one again, once */
            freeReplyObject(r);
            r = NULL;
            memset(h->scripts, 0, sizeof(h->scripts));
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
