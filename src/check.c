/* check.c - memflush check: inspect Redis (persistence, eviction policy, key
 * types, queue health) and PostgreSQL (schema version, row level security,
 * privileges, pooler) and report each finding with its fix. Changes nothing
 * on either server. Knows nothing about how batches are claimed or written. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "queue.h"

static int add(mf_check_report *r, int sev, const char *name, const char *fmt, ...)
    MFP_PRINTF(4, 5);

static int add(mf_check_report *r, int sev, const char *name, const char *fmt, ...)
{
    mf_finding *f;
    va_list ap;
    char *msg = NULL;
    int n;

    va_start(ap, fmt);
    n = vasprintf(&msg, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    f = realloc(r->findings, (r->count + 1) * sizeof(*f));
    if (f == NULL) {
        free(msg);
        return -1;
    }
    r->findings = f;
    f[r->count].severity = sev;
    f[r->count].name = name;
    f[r->count].message = msg;
    r->count++;
    if (sev == MF_SEV_ERROR)
        r->errors++;
    else if (sev == MF_SEV_WARNING)
        r->warnings++;
    return 0;
}

void mf_check_report_free(mf_check_report *r)
{
    size_t i;

    if (r == NULL)
        return;
    for (i = 0; i < r->count; i++)
        free(r->findings[i].message);
    free(r->findings);
    free(r);
}

int mf_check_exit_status(const mf_check_report *r)
{
    if (r == NULL)
        return 2; /* no report: the check could not run */
    if (r->redis_unreachable || r->postgres_unreachable)
        return 3;
    if (r->config_error)
        return 2;
    if (r->schema_missing)
        return 4;
    return r->errors > 0 ? 1 : 0;
}

/* ------------------------------------------------------------------ Redis */

/* CONFIG GET name into out. Returns 1 when read, 0 when refused (why in
 * refused), -1 on an I/O error (err set). */
static int config_get(mf_handle *h, const char *name, char *out, size_t n, char *refused,
                      size_t rn, mf_error *err)
{
    mfp_rconn *c;
    redisReply *r;
    int rc = 0;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = mfp_rconn_command(c, "CONFIG GET %s", name);
    if (r == NULL)
        return mfp_redis_reply_ok(h, r, "CONFIG GET", err);
    if (r->type == REDIS_REPLY_ERROR) {
        snprintf(refused, rn, "%.200s", r->str);
    } else if (r->type == REDIS_REPLY_ARRAY && r->elements == 2 &&
               r->element[1]->type == REDIS_REPLY_STRING) {
        snprintf(out, n, "%s", r->element[1]->str);
        rc = 1;
    } else {
        snprintf(refused, rn, "CONFIG GET %s returned nothing (renamed or filtered by the provider)", name);
    }
    freeReplyObject(r);
    return rc;
}

/* The value of "field:" in INFO section, 1 when found, 0 when not (or INFO
 * refused), -1 on an I/O error. */
static int info_field(mf_handle *h, const char *section, const char *field, char *out, size_t n,
                      mf_error *err)
{
    mfp_rconn *c;
    redisReply *r;
    const char *p;
    size_t fl = strlen(field);
    int rc = 0;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = mfp_rconn_command(c, "INFO %s", section);
    if (r == NULL)
        return mfp_redis_reply_ok(h, r, "INFO", err);
    if (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS) {
        for (p = r->str; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
            if (strncmp(p, field, fl) == 0 && p[fl] == ':') {
                size_t len = strcspn(p + fl + 1, "\r\n");
                snprintf(out, n, "%.*s", (int)len, p + fl + 1);
                rc = 1;
                break;
            }
        }
    }
    freeReplyObject(r);
    return rc;
}

static int check_persistence(mf_handle *h, mf_check_report *rep, mf_error *err)
{
    char aof[64] = "", save[256] = "", why[256] = "";
    int a, s;

    a = config_get(h, "appendonly", aof, sizeof(aof), why, sizeof(why), err);
    if (a < 0)
        return -1;
    s = a == 1 ? config_get(h, "save", save, sizeof(save), why, sizeof(why), err) : 0;
    if (s < 0)
        return -1;
    if (a == 1 && s == 1) {
        if (strcmp(aof, "yes") != 0 && save[0] == '\0')
            return add(rep, MF_SEV_WARNING, "redis_persistence",
                       "Redis persistence is off (appendonly no, save \"\"): a Redis restart loses every pending turn; "
                       "set appendonly yes (CONFIG SET appendonly yes, and in redis.conf)");
        if (strcmp(aof, "yes") != 0)
            return add(rep, MF_SEV_WARNING, "redis_persistence",
                       "Redis keeps only RDB snapshots (save \"%s\", appendonly no): turns pushed since the last "
                       "snapshot are lost if Redis crashes; set appendonly yes",
                       save);
        return add(rep, MF_SEV_OK, "redis_persistence", "Redis persistence is on (appendonly yes)");
    }
    /* managed Redis often refuses CONFIG; INFO persistence still says whether AOF is on */
    if (info_field(h, "persistence", "aof_enabled", aof, sizeof(aof), err) < 0)
        return -1;
    if (strcmp(aof, "1") == 0)
        return add(rep, MF_SEV_OK, "redis_persistence",
                   "Redis persistence is on (INFO: aof_enabled:1; CONFIG GET refused: %s)", why);
    return add(rep, MF_SEV_WARNING, "redis_persistence",
               "could not verify Redis persistence (CONFIG GET refused: %s%s); make sure appendonly is on "
               "or your provider persists the data, or a restart loses the pending turns",
               why, strcmp(aof, "0") == 0 ? "; INFO says aof_enabled:0" : "");
}

static int policy_finding(mf_check_report *rep, const char *pol, const char *how)
{
    if (strcmp(pol, "noeviction") == 0)
        return add(rep, MF_SEV_OK, "maxmemory_policy", "Redis maxmemory-policy is noeviction%s", how);
    if (strncmp(pol, "volatile-", 9) == 0)
        return add(rep, MF_SEV_WARNING, "maxmemory_policy",
                   "Redis maxmemory-policy is %s%s: it evicts only keys with a TTL (the context lists, never the "
                   "queue), but a full Redis then refuses writes; prefer noeviction "
                   "(CONFIG SET maxmemory-policy noeviction, and in redis.conf)",
                   pol, how);
    return add(rep, MF_SEV_ERROR, "maxmemory_policy",
               "Redis maxmemory-policy is %s%s: Redis may evict the pending queue and lose turns; set "
               "maxmemory-policy noeviction (CONFIG SET maxmemory-policy noeviction, and in redis.conf or "
               "your provider's console)",
               pol, how);
}

static int check_policy(mf_handle *h, mf_check_report *rep, mf_error *err)
{
    char pol[64] = "", why[256] = "";
    int a = config_get(h, "maxmemory-policy", pol, sizeof(pol), why, sizeof(why), err);

    if (a < 0)
        return -1;
    if (a == 1)
        return policy_finding(rep, pol, "");
    a = info_field(h, "memory", "maxmemory_policy", pol, sizeof(pol), err);
    if (a < 0)
        return -1;
    if (a == 1)
        return policy_finding(rep, pol, " (from INFO memory; CONFIG GET was refused)");
    return add(rep, MF_SEV_WARNING, "maxmemory_policy",
               "could not read Redis maxmemory-policy (CONFIG GET refused: %s); make sure it is noeviction "
               "in your provider's console: any allkeys-* policy can evict the queue",
               why);
}

static int report_wrong_type(void *arg, const char *key, const char *have, const char *want, mf_error *err)
{
    if (add(arg, MF_SEV_ERROR, "redis_key_types",
            "Redis key %s holds a %s, not a %s: another program uses the prefix; choose another "
            "--prefix (MEMFLUSH_PREFIX) or move that key away",
            key, have, want) != 0)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    return 0;
}

/* The types of the current shard's queue keys; *bad = 1 when one is wrong. */
static int shard_key_types(mf_handle *h, mf_check_report *rep, int *bad, mf_error *err)
{
    int nwrong = mfp_queue_key_types(h, report_wrong_type, rep, err);

    if (nwrong < 0)
        return -1;
    if (nwrong > 0)
        *bad = 1;
    return 0;
}

static int check_key_types(mf_handle *h, mf_check_report *rep, mf_error *err)
{
    int shards[MFP_MAX_SHARDS + 1], bad = 0;
    size_t n = 0, k;

    if (mfp_layout_all(h, shards, MFP_MAX_SHARDS + 1, &n, NULL, 0, NULL, err) != 0)
        return -1;
    for (k = 0; k < n; k++)
        if (mfp_layout_use(h, shards[k], err) != 0 || shard_key_types(h, rep, &bad, err) != 0)
            return -1;
    if (!bad)
        return add(rep, MF_SEV_OK, "redis_key_types", "the queue keys under {%s} have the right types%s",
                   h->cfg->prefix, n > 1 ? " in every shard" : "");
    return 0;
}

static int check_queue(mf_handle *h, const mf_check_opts *o, mf_check_report *rep, mf_error *err)
{
    mf_error serr = {0};
    mf_stats s;
    double max_age = o && o->max_pending_age_seconds > 0 ? o->max_pending_age_seconds : 3600;

    if (mf_stats_get(h, &s, &serr) != 0) {
        if (serr.code == MF_ENOMEM) {
            *err = serr;
            return -1;
        }
        return add(rep, MF_SEV_ERROR, "queue", "could not read the queue statistics: %s", serr.msg);
    }
    if (s.pending == 0)
        add(rep, MF_SEV_OK, "pending_age", "the pending queue is empty");
    else if (!s.has_oldest)
        add(rep, MF_SEV_WARNING, "pending_age",
            "%llu turn(s) pending; the oldest has no readable created_at, so its age is unknown",
            (unsigned long long)s.pending);
    else if (s.oldest_pending_age_seconds > max_age)
        add(rep, MF_SEV_WARNING, "pending_age",
            "%llu turn(s) pending, the oldest is %.0f s old (more than %.0f s): is the flusher scheduled? "
            "run memflush flush and check its logs",
            (unsigned long long)s.pending, s.oldest_pending_age_seconds, max_age);
    else
        add(rep, MF_SEV_OK, "pending_age", "%llu turn(s) pending, the oldest is %.0f s old",
            (unsigned long long)s.pending, s.oldest_pending_age_seconds);
    if (s.dead > 0) {
        /* mf_stats_get leaves the handle on the last shard it read: with
         * several queues name them all, not that one */
        int shards[MFP_MAX_SHARDS + 1];
        size_t n = 0;
        mf_error lerr = {0};
        if (mfp_layout_all(h, shards, MFP_MAX_SHARDS + 1, &n, NULL, 0, NULL, &lerr) == 0 && n == 1 &&
            mfp_layout_use(h, shards[0], &lerr) == 0)
            add(rep, MF_SEV_WARNING, "dead_letters",
                "%llu dead letter(s) in %s: inspect them with memflush dlq list, then replay or purge",
                (unsigned long long)s.dead, h->k_dead);
        else
            add(rep, MF_SEV_WARNING, "dead_letters",
                "%llu dead letter(s) in the dead lists of {%s} and its shards (stats shows each shard's "
                "dead_letter_length): inspect them with memflush dlq list, then replay or purge",
                (unsigned long long)s.dead, h->cfg->prefix);
    } else
        add(rep, MF_SEV_OK, "dead_letters", "no dead letters");
    if (s.expired_leases > 0)
        add(rep, MF_SEV_WARNING, "leases",
            "%llu expired lease(s) hold %llu in-flight turn(s) of a flusher that died or stalled; the next "
            "memflush flush takes them back",
            (unsigned long long)s.expired_leases, (unsigned long long)(s.in_flight - s.orphan_in_flight));
    if (s.orphan_in_flight > 0)
        add(rep, MF_SEV_WARNING, "leases",
            "%llu turn(s) sit in in-flight lists that have no lease; report this as a memflush bug and keep "
            "the lists (%s*) until it is understood",
            (unsigned long long)s.orphan_in_flight, h->k_inflight_prefix);
    return 0;
}

/* TLS facts of the connection just made: protocol, whether the certificate
 * is verified, its expiry (a warning within 30 days). */
static void check_tls(mf_handle *h, mf_check_report *rep)
{
    mfp_rconn_tls_info ti;
    mf_error ignore = {0};

    if (mfp_redis_tls_info(h, &ti, &ignore) != 0)
        return;
    if (!ti.tls) {
        add(rep, MF_SEV_OK, "redis_tls", "Redis is reached without TLS (redis:// or unix://)");
        return;
    }
    if (!ti.verified)
        add(rep, MF_SEV_WARNING, "redis_tls_verify",
            "INSECURE: the Redis server's TLS certificate and host name are not verified "
            "(MEMFLUSH_REDIS_TLS_INSECURE_SKIP_VERIFY=1); set MEMFLUSH_REDIS_CACERT and remove it");
    if (ti.not_after[0] != '\0' && ti.days_left < 0)
        add(rep, MF_SEV_WARNING, "redis_tls_expiry",
            "the Redis server's TLS certificate (%s) expired on %s: renew it", ti.subject, ti.not_after);
    else if (ti.not_after[0] != '\0' && ti.days_left < 30)
        add(rep, MF_SEV_WARNING, "redis_tls_expiry",
            "the Redis server's TLS certificate (%s) expires on %s, in %ld days: renew it", ti.subject,
            ti.not_after, ti.days_left);
    add(rep, MF_SEV_OK, "redis_tls", "TLS %s (%s), certificate %s, server certificate %s expires %s",
        ti.protocol, ti.cipher, ti.verified ? "and host name verified" : "NOT verified", ti.subject,
        ti.not_after[0] ? ti.not_after : "(unknown)");
}

/* Redis Cluster: every slot served, cluster_state ok on every master. */
static int check_cluster(mf_handle *h, mf_check_report *rep, mfp_rconn **m, size_t nm, mf_error *err)
{
    size_t i;
    int covered = mfp_redis_slots_covered(h), bad = 0;
    char state[32], name[300];

    for (i = 0; i < nm; i++) {
        h->redis_pin = m[i];
        if (info_field(h, "cluster", "cluster_enabled", state, sizeof(state), err) < 0)
            return -1;
        {
            redisReply *r = mfp_rconn_command(m[i], "CLUSTER INFO");
            if (mfp_redis_reply_ok(h, r, "CLUSTER INFO", err) != 0) {
                if (r)
                    freeReplyObject(r);
                return -1;
            }
            if (mfp_redis_node_name(h, m[i], name, sizeof(name)) != 0)
                snprintf(name, sizeof(name), "?");
            if (r->type != REDIS_REPLY_ERROR && (r->str == NULL || strstr(r->str, "cluster_state:ok") == NULL)) {
                bad = 1;
                add(rep, MF_SEV_ERROR, "redis_cluster",
                    "Redis Cluster master %s says its cluster_state is not ok: commands for some slots fail "
                    "(CLUSTERDOWN) until the cluster is repaired (redis-cli --cluster check / fix)",
                    name);
            }
            freeReplyObject(r);
        }
    }
    h->redis_pin = NULL;
    if (covered < MFP_CLUSTER_SLOTS) {
        bad = 1;
        add(rep, MF_SEV_ERROR, "redis_cluster",
            "Redis Cluster: only %d of %d hash slots have a master; the shards in the others cannot be "
            "reached (redis-cli --cluster fix)",
            covered, MFP_CLUSTER_SLOTS);
    }
    if (!bad)
        add(rep, MF_SEV_OK, "redis_cluster", "Redis Cluster: %zu master(s), all %d hash slots served, cluster_state ok",
            nm, MFP_CLUSTER_SLOTS);
    return 0;
}

/* Records in shards that MEMFLUSH_SHARDS does not name: an earlier shard
 * count (the registry) or a producer with another count. A bounded SCAN of
 * every master for {P:*}:pending finds shards the registry does not name. */
static int check_shards(mf_handle *h, mf_check_report *rep, mfp_rconn **m, size_t nm, mf_error *err)
{
    int shards[MFP_MAX_SHARDS + 1], conf[MFP_MAX_SHARDS + 1];
    long counts[64];
    size_t n = 0, nc = 0, ncounts = 0, k, i, stranded = 0;
    unsigned long long held = 0;
    char other[200] = "";
    mfp_buf pat, list;
    int rc = 0;

    if (mfp_layout_all(h, shards, MFP_MAX_SHARDS + 1, &n, counts, 64, &ncounts, err) != 0)
        return -1;
    nc = mfp_layout_configured(h, conf, MFP_MAX_SHARDS + 1);
    for (i = 0; i < ncounts; i++)
        if (counts[i] != h->cfg->shards)
            snprintf(other + strlen(other), sizeof(other) - strlen(other), "%s%ld", other[0] ? ", " : "",
                     counts[i]);
    mfp_buf_init(&list);
    /* shards outside the configured ones that hold something */
    for (k = nc; k < n; k++) {
        const mfp_shard *s = mfp_layout_shard(h, shards[k], err);
        mfp_rconn *c;
        redisReply *r;
        if (s == NULL || mfp_layout_use(h, shards[k], err) != 0 || mfp_redis_get(h, &c, err) != 0) {
            rc = -1;
            goto done;
        }
        mfp_rconn_append(c, "LLEN %s", s->key[MFP_K_PENDING]);
        mfp_rconn_append(c, "LLEN %s", s->key[MFP_K_DEAD]);
        mfp_rconn_append(c, "ZCARD %s", s->key[MFP_K_LEASES]);
        for (i = 0; i < 3; i++) {
            r = NULL;
            if (mfp_rconn_get_reply(c, &r) != 0 || mfp_redis_reply_ok(h, r, "reading a shard's lengths", err) != 0) {
                if (r)
                    freeReplyObject(r);
                mfp_redis_drop(h);
                rc = -1;
                goto done;
            }
            if (r->type == REDIS_REPLY_INTEGER && r->integer > 0)
                held += (unsigned long long)r->integer;
            freeReplyObject(r);
        }
    }
    /* every master: {P:*}:pending keys of shards nobody names */
    mfp_buf_init(&pat);
    mfp_buf_printf(&pat, "{%s:*}:pending", h->cfg->prefix);
    for (i = 0; i < nm && rc == 0; i++) {
        char cursor[32] = "0";
        int rounds = 0;
        do {
            redisReply *r = mfp_rconn_command(m[i], "SCAN %s MATCH %s COUNT 1000", cursor, pat.data);
            size_t e;
            if (mfp_redis_reply_ok(h, r, "SCAN for shards", err) != 0 || r->type != REDIS_REPLY_ARRAY ||
                r->elements != 2) {
                if (r)
                    freeReplyObject(r);
                rc = -1;
                break;
            }
            snprintf(cursor, sizeof(cursor), "%s", r->element[0]->str ? r->element[0]->str : "0");
            for (e = 0; e < r->element[1]->elements; e++) {
                const redisReply *key = r->element[1]->element[e];
                size_t plen = strlen(h->cfg->prefix);
                long sh;
                char *end;
                int known = 0;
                if (key->len < plen + 3)
                    continue;
                sh = strtol(key->str + plen + 2, &end, 10);
                if (*end != '}')
                    continue;
                for (k = 0; k < n; k++)
                    known |= shards[k] == sh;
                if (!known) {
                    stranded++;
                    if (stranded <= 5)
                        mfp_buf_printf(&list, "%s{%s:%ld}", list.len ? ", " : "", h->cfg->prefix, sh);
                }
            }
            freeReplyObject(r);
        } while (strcmp(cursor, "0") != 0 && ++rounds < 1000);
    }
    mfp_buf_free(&pat);
    if (rc != 0)
        goto done;
    if (stranded > 0)
        add(rep, MF_SEV_WARNING, "shards",
            "%zu shard(s) hold pending turns that neither MEMFLUSH_SHARDS (%ld) nor the registry {%s}:shards "
            "names (%s%s): a producer with another shard count? flush does not drain them; add that count "
            "(SADD {%s}:shards COUNT) or flush once with --shards COUNT",
            stranded, h->cfg->shards, h->cfg->prefix, list.data ? list.data : "", stranded > 5 ? ", ..." : "",
            h->cfg->prefix);
    if (held > 0)
        add(rep, MF_SEV_WARNING, "shards",
            "MEMFLUSH_SHARDS is %ld, but %llu record(s) or lease(s) sit in shards it does not name (shard "
            "counts used before: %s%s); flush drains them too, so they are not lost; keep every producer on "
            "one shard count (docs/cluster.md, \"Changing the shard count\")",
            h->cfg->shards, held, other[0] ? other : "1", h->cfg->shards > 1 ? ", and the unsharded queue" : "");
    else if (stranded == 0)
        add(rep, MF_SEV_OK, "shards", "%ld shard(s)%s%s%s; no records outside them", h->cfg->shards,
            other[0] ? " (shard counts used before, now empty: " : "", other, other[0] ? ")" : "");
done:
    mfp_buf_free(&list);
    return rc;
}

/* Persistence and eviction on every master (one when not a cluster), the
 * cluster's state, the shards. */
static int per_master(mf_handle *h, mf_check_report *rep, mf_error *err)
{
    mfp_rconn *m[64];
    size_t nm = 0, i;
    int rc = 0;

    if (mfp_redis_masters(h, m, 64, &nm, err) != 0)
        return -1;
    if (!mfp_redis_is_cluster(h)) {
        if (check_persistence(h, rep, err) != 0 || check_policy(h, rep, err) != 0)
            return -1;
        return check_shards(h, rep, m, nm, err);
    }
    for (i = 0; i < nm && rc == 0; i++) {
        h->redis_pin = m[i];
        rc = check_persistence(h, rep, err) != 0 || check_policy(h, rep, err) != 0 ? -1 : 0;
    }
    h->redis_pin = NULL;
    if (rc != 0)
        return -1;
    if (check_cluster(h, rep, m, nm, err) != 0)
        return -1;
    return check_shards(h, rep, m, nm, err);
}

static int check_redis(mf_handle *h, const mf_check_opts *o, mf_check_report *rep, mf_error *err)
{
    mf_error cerr = {0};

    if (mf_connect(h, MF_CONNECT_REDIS, &cerr) != 0) {
        rep->redis_unreachable = cerr.code == MF_ECONNECT || cerr.code == MF_ETRANSIENT;
        rep->config_error |= cerr.code == MF_ECONFIG;
        if (cerr.code == MF_ENOMEM) {
            *err = cerr;
            return -1;
        }
        return add(rep, MF_SEV_ERROR, "redis_connect", "%s", cerr.msg);
    }
    add(rep, MF_SEV_OK, "redis_connect", "connected to Redis%s", mfp_redis_is_cluster(h) ? " Cluster" : "");
    check_tls(h, rep);
    /* an I/O error half-way is reported as a finding, not a crash */
    if (per_master(h, rep, &cerr) != 0 || check_key_types(h, rep, &cerr) != 0 ||
        check_queue(h, o, rep, &cerr) != 0) {
        if (cerr.code == MF_ENOMEM) {
            *err = cerr;
            return -1;
        }
        return add(rep, MF_SEV_ERROR, "redis", "Redis failed during the checks: %s", cerr.msg);
    }
    return 0;
}

/* ------------------------------------------------------------- PostgreSQL */

static int t(PGresult *res, int col)
{
    return strcmp(PQgetvalue(res, 0, col), "t") == 0;
}

static int check_role(mf_handle *h, PGconn *c, mf_check_report *rep, mf_error *err)
{
    const char *params[1] = {h->table_sql};
    PGresult *res = PQexecParams(c, mfp_sql_check_role, 1, NULL, params, NULL, NULL, 0);
    const char *role;
    int super, bypass, exists, owner, rls, forced, ins, sel, member, ipol, spol, wpol;
    char m2[400];
    int rc = 0;

    if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
        mf_error qerr = {0};
        mfp_pg_fail(h, res, "the role check", &qerr);
        PQclear(res);
        return add(rep, MF_SEV_ERROR, "postgres_role", "%s", qerr.msg);
    }
    role = PQgetvalue(res, 0, 0);
    super = t(res, 1);
    bypass = t(res, 2);
    exists = t(res, 3);
    owner = t(res, 4);
    rls = t(res, 5);
    forced = t(res, 6);
    ins = t(res, 7);
    sel = t(res, 8);
    member = t(res, 9);
    ipol = t(res, 10);
    spol = t(res, 11);
    wpol = t(res, 12);

    mfp_migration_where("0002_flusher_role.sql", m2, sizeof(m2));
    if (!exists) {
        if (!rep->schema_missing) {
            char dir[400], lower[200];
            size_t i;
            for (i = 0; h->cfg->table[i] != '\0' && i < sizeof(lower) - 1; i++)
                lower[i] = (char)(h->cfg->table[i] >= 'A' && h->cfg->table[i] <= 'Z' ? h->cfg->table[i] + 32
                                                                                      : h->cfg->table[i]);
            lower[i] = '\0';
            add(rep, MF_SEV_ERROR, "table",
                "table %s does not exist (or role %s cannot see its schema); apply the files in %s "
                "(docs/migrations.md) or fix MEMFLUSH_TABLE%s%s%s",
                h->cfg->table, role, mfp_migration_where("", dir, sizeof(dir)),
                strcmp(lower, h->cfg->table) != 0 ? "; memflush quotes identifiers, so case matters: did you mean " : "",
                strcmp(lower, h->cfg->table) != 0 ? lower : "", strcmp(lower, h->cfg->table) != 0 ? "?" : "");
        }
        goto done;
    }
    /* row level security */
    if (!rls)
        add(rep, MF_SEV_WARNING, "row_level_security",
            "row level security is disabled on %s: anyone granted the table reads every conversation; "
            "ALTER TABLE %s ENABLE ROW LEVEL SECURITY (migrations/0001 does)",
            h->cfg->table, h->cfg->table);
    else if (super)
        add(rep, MF_SEV_OK, "row_level_security",
            "role %s is a superuser: row level security does not apply to it (a least-privilege login in "
            "memflush_writer is safer, see %s)",
            role, m2);
    else if (bypass)
        add(rep, MF_SEV_OK, "row_level_security", "role %s has BYPASSRLS: row level security does not apply to it",
            role);
    else if (owner && !forced)
        add(rep, MF_SEV_OK, "row_level_security", "role %s owns %s: row level security does not apply to it",
            role, h->cfg->table);
    else if (ipol && spol)
        add(rep, MF_SEV_OK, "row_level_security",
            "row level security applies to role %s and policies let it insert and read%s (flush writes "
            "with INSERT then, as COPY is refused under row level security)",
            role, wpol && member ? " (memflush_writer policies)" : "");
    else
        add(rep, MF_SEV_ERROR, "row_level_security",
            "row level security applies to role %s and no policy lets it %s %s; apply "
            "%s and GRANT memflush_writer TO %s",
            role, !ipol && !spol ? "insert into or read" : !ipol ? "insert into" : "read", h->cfg->table,
            m2, role);
    /* privileges */
    if (ins && sel)
        add(rep, MF_SEV_OK, "privileges", "role %s may INSERT into and SELECT from %s", role, h->cfg->table);
    else
        add(rep, MF_SEV_ERROR, "privileges",
            "role %s lacks %s on %s; GRANT memflush_writer TO %s (after %s)",
            role, !ins && !sel ? "INSERT and SELECT" : !ins ? "INSERT" : "SELECT", h->cfg->table, role, m2);
done:
    PQclear(res);
    (void)err;
    return rc;
}

static int check_pooler(mf_handle *h, PGconn *c, mf_check_report *rep)
{
    PGresult *res = PQexecParams(c, mfp_sql_check_server, 0, NULL, NULL, NULL, NULL, 0);
    const char *cport = PQport(c), *host = PQhost(c);
    const char *sport;

    if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
        mf_error qerr = {0};
        mfp_pg_fail(h, res, "the server check", &qerr);
        PQclear(res);
        return add(rep, MF_SEV_WARNING, "pooler", "could not tell whether a pooler is in the way: %s", qerr.msg);
    }
    sport = PQgetisnull(res, 0, 0) ? NULL : PQgetvalue(res, 0, 0);
    if (cport != NULL && cport[0] == '\0')
        cport = "5432";
    if (cport && strcmp(cport, "6543") == 0)
        add(rep, MF_SEV_OK, "pooler",
            "connected through a transaction-mode pooler (port 6543, as Supabase's): fine, memflush keeps no "
            "session state and uses no named prepared statements");
    else if (sport == NULL)
        add(rep, MF_SEV_OK, "pooler", "connected over a unix socket: no pooler in the way");
    else if (cport && strcmp(cport, sport) != 0)
        add(rep, MF_SEV_OK, "pooler",
            "a pooler or proxy sits in between (client port %s, server port %s); its mode could not be told "
            "apart: memflush works in session and transaction mode alike",
            cport, sport);
    else if (host && strstr(host, "pooler.supabase.com") != NULL)
        add(rep, MF_SEV_OK, "pooler", "connected through Supabase's session-mode pooler (port %s)", cport);
    else
        add(rep, MF_SEV_OK, "pooler",
            "no pooler detected (PostgreSQL %s answers on the port dialled, %s); a pooler on the same port "
            "could not be told apart",
            PQgetvalue(res, 0, 1), cport ? cport : "?");
    PQclear(res);
    return 0;
}

/* Hosted PostgreSQL: Supabase's pooler wants <role>.<project-ref> as the user
 * name; a host with IPv6 addresses only cannot be reached from platforms
 * without outbound IPv6 (Railway): say so, with the IPv4 pooler to use. */
static void check_hosted(mf_handle *h, mf_check_report *rep, int connect_failed)
{
    char host[256], user[128], hint[600];
    int v6;

    mfp_url_pg_host_user(h->cfg->database_url, host, sizeof(host), user, sizeof(user));
    v6 = connect_failed && mfp_url_ipv6_only(host);
    if (mfp_url_hosted_hint(host, user, v6, connect_failed, hint, sizeof(hint)))
        add(rep, connect_failed ? MF_SEV_ERROR : MF_SEV_WARNING, "postgres_host", "%s", hint);
}

/* May the connected role run forget and prune (migrations/0003_forget.sql,
 * memflush_eraser)? Informational either way: the flusher's own role should not. */
static void check_eraser(mf_handle *h, PGconn *c, mf_check_report *rep)
{
    const char *vals[1] = {h->table_sql};
    PGresult *res = PQexecParams(c, mfp_sql_check_eraser, 1, NULL, vals, NULL, NULL, 0);
    int del, tomb, have;

    if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1 || PQnfields(res) < 3) {
        add(rep, MF_SEV_WARNING, "forget", "could not read whether role %s may forget and prune: %s", PQuser(c),
            PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)
                                                             : "no answer");
        PQclear(res);
        return;
    }
    del = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
    tomb = strcmp(PQgetvalue(res, 0, 1), "t") == 0;
    have = strcmp(PQgetvalue(res, 0, 2), "t") == 0;
    PQclear(res);
    if (!have)
        add(rep, MF_SEV_OK, "forget",
            "migration migrations/0003_forget.sql is not applied (there is no table public.memflush_tombstones): "
            "forget and prune need it, flush does not. Apply it with psql -v ON_ERROR_STOP=1 -1 -f "
            "migrations/0003_forget.sql (docs/forget.md)");
    else if (del && tomb)
        add(rep, MF_SEV_OK, "forget", "role %s can forget and prune (it may delete rows and write tombstones)",
            PQuser(c));
    else
        add(rep, MF_SEV_OK, "forget",
            "role %s cannot forget and prune (%s); that is right for the flusher's role. To erase, connect as a "
            "member of memflush_eraser (migrations/0003_forget.sql, docs/forget.md)",
            PQuser(c), !tomb ? "it may not write the tombstone table public.memflush_tombstones"
                             : "it may not delete rows of the table");
}

static int check_postgres(mf_handle *h, mf_check_report *rep, mf_error *err)
{
    mf_error cerr = {0};
    PGconn *c;

    if (mfp_pg_get(h, &c, &cerr) != 0) {
        rep->postgres_unreachable = cerr.code == MF_ECONNECT || cerr.code == MF_ETRANSIENT;
        rep->config_error |= cerr.code == MF_ECONFIG;
        if (cerr.code == MF_ENOMEM) {
            *err = cerr;
            return -1;
        }
        if (add(rep, MF_SEV_ERROR, "postgres_connect", "%s", cerr.msg) != 0)
            return -1;
        check_hosted(h, rep, 1);
        return 0;
    }
    check_hosted(h, rep, 0);
    add(rep, MF_SEV_OK, "postgres_connect", "connected to PostgreSQL %s, database %s as role %s",
        PQparameterStatus(c, "server_version") ? PQparameterStatus(c, "server_version") : "?", PQdb(c),
        PQuser(c));
    if (mf_check_schema(h, &cerr) == 0) {
        add(rep, MF_SEV_OK, "schema", "the database has every migration this memflush needs (version %d)",
            MFP_SCHEMA_VERSION);
    } else {
        if (cerr.code == MF_ESCHEMA)
            rep->schema_missing = 1;
        add(rep, MF_SEV_ERROR, "schema", "%s", cerr.msg);
        /* a failed statement may have broken the connection */
        if (mfp_pg_get(h, &c, &cerr) != 0)
            return 0;
    }
    check_role(h, c, rep, err);
    check_eraser(h, c, rep);
    check_pooler(h, c, rep);
    return 0;
}

mf_check_report *mf_check(mf_handle *h, const mf_check_opts *o, mf_error *err)
{
    mf_check_report *rep;

    if (h == NULL) {
        mfp_need("mf_check", "a handle", err);
        return NULL;
    }
    rep = calloc(1, sizeof(*rep));
    if (rep == NULL)
        goto oom;
    if (!(o && o->skip_redis) && check_redis(h, o, rep, err) != 0)
        goto fail;
    if (!(o && o->skip_postgres) && check_postgres(h, rep, err) != 0)
        goto fail;
    return rep;
oom:
    mfp_seterr(err, MF_ENOMEM, "out of memory");
fail:
    mf_check_report_free(rep);
    return NULL;
}
