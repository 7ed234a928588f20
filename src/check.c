/* check.c - memflush check: inspect Redis (persistence, eviction policy, key
 * types, queue health) and PostgreSQL (schema version, row level security,
 * privileges, pooler) and report each finding with its fix. Changes nothing
 * on either server. Knows nothing about how batches are claimed or written. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
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
    redisContext *c;
    redisReply *r;
    int rc = 0;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = redisCommand(c, "CONFIG GET %s", name);
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
    redisContext *c;
    redisReply *r;
    const char *p;
    size_t fl = strlen(field);
    int rc = 0;

    if (mfp_redis_get(h, &c, err) != 0)
        return -1;
    r = redisCommand(c, "INFO %s", section);
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

static int check_key_types(mf_handle *h, mf_check_report *rep, mf_error *err)
{
    int nwrong = mfp_queue_key_types(h, report_wrong_type, rep, err);

    if (nwrong < 0)
        return -1;
    if (nwrong == 0)
        return add(rep, MF_SEV_OK, "redis_key_types", "the queue keys under {%s} have the right types",
                   h->cfg->prefix);
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
    if (s.dead > 0)
        add(rep, MF_SEV_WARNING, "dead_letters",
            "%llu dead letter(s) in %s: inspect them with memflush dlq list, then replay or purge",
            (unsigned long long)s.dead, h->k_dead);
    else
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
    add(rep, MF_SEV_OK, "redis_connect", "connected to Redis");
    /* an I/O error half-way is reported as a finding, not a crash */
    if (check_persistence(h, rep, &cerr) != 0 || check_policy(h, rep, &cerr) != 0 ||
        check_key_types(h, rep, &cerr) != 0 || check_queue(h, o, rep, &cerr) != 0) {
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

    if (!exists) {
        if (!rep->schema_missing)
            add(rep, MF_SEV_ERROR, "table",
                "table %s does not exist (or role %s cannot see its schema); apply the files in migrations/ "
                "(docs/migrations.md) or fix MEMFLUSH_TABLE",
                h->cfg->table, role);
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
            "memflush_writer is safer, see migrations/0002_flusher_role.sql)",
            role);
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
            "migrations/0002_flusher_role.sql and GRANT memflush_writer TO %s",
            role, !ipol && !spol ? "insert into or read" : !ipol ? "insert into" : "read", h->cfg->table,
            role);
    /* privileges */
    if (ins && sel)
        add(rep, MF_SEV_OK, "privileges", "role %s may INSERT into and SELECT from %s", role, h->cfg->table);
    else
        add(rep, MF_SEV_ERROR, "privileges",
            "role %s lacks %s on %s; GRANT memflush_writer TO %s (after migrations/0002_flusher_role.sql)",
            role, !ins && !sel ? "INSERT and SELECT" : !ins ? "INSERT" : "SELECT", h->cfg->table, role);
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
        return add(rep, MF_SEV_ERROR, "postgres_connect", "%s", cerr.msg);
    }
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
