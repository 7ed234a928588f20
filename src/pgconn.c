/* pgconn.c - the PostgreSQL side of a handle: connect with libpq, classify
 * errors by SQLSTATE, check the schema version. Knows nothing about Redis. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/* The migration files, index = version - 1. The binary refuses to run
 * against a database that lacks one of them and names the file. */
static const char *const migration_files[MFP_SCHEMA_VERSION] = {
    "0001_chat_memories.sql",
    "0002_flusher_role.sql",
};

const char *mfp_migration_where(const char *file, char *out, size_t n)
{
    char installed[512];

    snprintf(installed, sizeof(installed), "%s/migrations/%s", MF_DATADIR, file);
    if (access(installed, R_OK) == 0 || (file[0] == '\0' && access(MF_DATADIR "/migrations", R_OK) == 0))
        snprintf(out, n, "%s", installed);
    else
        snprintf(out, n, "migrations/%s in the source tree (%s once installed)", file, installed);
    return out;
}

void mfp_pg_drop(mf_handle *h)
{
    if (h->pg != NULL) {
        PQfinish(h->pg);
        h->pg = NULL;
    }
}

int mfp_pg_get(mf_handle *h, PGconn **out, mf_error *err)
{
    /* connect_timeout and application_name first: the URL's own values win.
     * client_encoding last: every byte memflush sends and reads is UTF-8, so
     * neither the URL nor PGCLIENTENCODING may make PostgreSQL convert it */
    const char *keys[] = {"connect_timeout", "fallback_application_name", "dbname", "client_encoding", NULL};
    const char *vals[] = {"10", "memflush", h->cfg->database_url ? h->cfg->database_url : "", "UTF8", NULL};
    int code = h->pg_connected_once ? MF_ETRANSIENT : MF_ECONNECT;
    PGconn *c;

    if (h->pg != NULL && PQstatus(h->pg) != CONNECTION_OK)
        mfp_pg_drop(h);
    if (h->pg != NULL) {
        *out = h->pg;
        return 0;
    }
    c = PQconnectdbParams(keys, vals, 1);
    if (c == NULL)
        return mfp_seterr(err, MF_ENOMEM, "out of memory");
    if (PQstatus(c) != CONNECTION_OK) {
        char *masked = mf_mask_url(h->cfg->database_url);
        const char *msg = PQerrorMessage(c);
        /* a refused credential is configuration, not an outage: the server
         * asked for a password none was given for, or refused the one given */
        if (PQconnectionNeedsPassword(c) || (PQconnectionUsedPassword(c) && strstr(msg, "authentication failed")))
            code = MF_ECONFIG;
        /* libpq's message names host, port and user; scrubbed of the
         * password all the same, whatever it quotes */
        mfp_url_seterr_scrubbed(err, code, h->cfg->database_url, msg,
                                code == MF_ECONFIG
                                    ? "could not log in to PostgreSQL (%s): %s; check the user and password in DATABASE_URL"
                                    : "could not connect to PostgreSQL (%s): %s; check DATABASE_URL and that the server accepts connections",
                                h->cfg->database_url ? masked : "DATABASE_URL unset, using PG* variables");
        free(masked);
        PQfinish(c);
        return -1;
    }
    h->pg = c;
    h->pg_connected_once = 1;
    *out = c;
    return 0;
}

int mfp_pg_code(const char *s)
{
    if (s == NULL || strlen(s) != 5)
        return MF_ETRANSIENT; /* no SQLSTATE: the connection broke */
    if (strncmp(s, "08", 2) == 0 || strncmp(s, "53", 2) == 0 || strcmp(s, "40001") == 0 ||
        strcmp(s, "40P01") == 0 || strcmp(s, "57P01") == 0 || strcmp(s, "57P02") == 0 ||
        strcmp(s, "57P03") == 0 || strcmp(s, "57014") == 0 || strcmp(s, "25006") == 0 ||
        strcmp(s, "55P03") == 0 || strcmp(s, "58000") == 0 || strcmp(s, "58030") == 0)
        return MF_ETRANSIENT;
    /* 54000/54001: a value beyond a server limit (an index row too large for
     * a DBA's index on a message, jsonb nested too deep): the record's */
    if (strncmp(s, "22", 2) == 0 || strncmp(s, "23", 2) == 0 || strcmp(s, "54000") == 0 ||
        strcmp(s, "54001") == 0)
        return MF_EDATA;
    if (strcmp(s, "42501") == 0 || strcmp(s, "0A000") == 0 || strcmp(s, "42P01") == 0 ||
        strcmp(s, "42703") == 0 || strcmp(s, "26000") == 0 || strcmp(s, "3D000") == 0 ||
        strncmp(s, "28", 2) == 0 || strcmp(s, "42P05") == 0 || strcmp(s, "42P10") == 0 ||
        strcmp(s, "3F000") == 0)
        return MF_EPRIVILEGE;
    return MF_ECONFIG;
}

/* What to do about a SQLSTATE, appended to messages (buf: room for the
 * migration files' paths). */
static const char *advice(const char *s, char *buf, size_t n)
{
    char where[400];

    if (s == NULL || s[0] == '\0')
        return "; the connection was lost, the work was put back: run again when PostgreSQL is reachable";
    if (strcmp(s, "42501") == 0) {
        snprintf(buf, n, "; grant the role what it needs: apply %s and GRANT memflush_writer TO your login role",
                 mfp_migration_where(migration_files[1], where, sizeof(where)));
        return buf;
    }
    if (strcmp(s, "0A000") == 0) {
        snprintf(buf, n, "; row level security or the pooler refused this; check that the role has the policies of %s "
                 "(GRANT memflush_writer TO it)", mfp_migration_where(migration_files[1], where, sizeof(where)));
        return buf;
    }
    if (strcmp(s, "42P01") == 0 || strcmp(s, "42703") == 0 || strcmp(s, "3F000") == 0) {
        snprintf(buf, n, "; the table or a column is missing: apply the files in %s (see docs/migrations.md) or fix MEMFLUSH_TABLE",
                 mfp_migration_where("", where, sizeof(where)));
        return buf;
    }
    if (strcmp(s, "26000") == 0 || strcmp(s, "42P05") == 0)
        return "; a pooler mixed up prepared statements: use a transaction-mode pooler without statement caching or a direct connection";
    if (strcmp(s, "57014") == 0)
        return "; the statement timed out: use a smaller --batch-size or a larger --statement-timeout-ms";
    if (strcmp(s, "25006") == 0)
        return "; the server is read-only (a failover?): the work was put back, run again against the primary";
    if (mfp_pg_code(s) == MF_ETRANSIENT)
        return "; the work was put back: run again later";
    return "";
}

/* "Public.Chat_Memories": memflush quotes identifiers, so a name with
 * capitals is looked up with them; the hint names the lower-case form. */
static const char *case_hint(const mf_handle *h, const char *s, char *buf, size_t n)
{
    const char *t = h->cfg->table;
    size_t i;

    if (s == NULL || (strcmp(s, "3F000") != 0 && strcmp(s, "42P01") != 0) || strpbrk(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == NULL)
        return "";
    snprintf(buf, n, "; memflush quotes identifiers, so case matters: did you mean ");
    for (i = strlen(buf); *t != '\0' && i + 2 < n; t++)
        buf[i++] = (char)(*t >= 'A' && *t <= 'Z' ? *t - 'A' + 'a' : *t);
    buf[i] = '\0';
    if (i + 2 < n) {
        buf[i++] = '?';
        buf[i] = '\0';
    }
    return buf;
}

int mfp_pg_fail(mf_handle *h, PGresult *res, const char *what, mf_error *err)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    char abuf[600], hbuf[300];
    int code;

    if (msg == NULL)
        msg = h->pg ? PQerrorMessage(h->pg) : "no connection";
    if (h->pg != NULL && PQstatus(h->pg) != CONNECTION_OK) {
        state = NULL; /* the connection is gone whatever the result said */
        code = MF_ETRANSIENT;
        mfp_seterr_sql(err, code, "", "PostgreSQL failed during %s: %s%s", what, msg, advice(NULL, abuf, sizeof(abuf)));
        mfp_pg_drop(h);
        return -1;
    }
    code = mfp_pg_code(state);
    mfp_seterr_sql(err, code, state ? state : "", "PostgreSQL refused %s: %s (SQLSTATE %s)%s%s", what, msg,
                   state ? state : "none", advice(state, abuf, sizeof(abuf)), case_hint(h, state, hbuf, sizeof(hbuf)));
    return -1;
}

int mf_check_schema(mf_handle *h, mf_error *err)
{
    PGconn *c;
    PGresult *res;
    long version;
    char where[400];

    if (h == NULL)
        return mfp_need("mf_check_schema", "a handle", err);
    if (h->schema_ok)
        return 0;
    if (mfp_pg_get(h, &c, err) != 0)
        return -1;
    res = PQexecParams(c, mfp_sql_schema_version, 0, NULL, NULL, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        if (state && strcmp(state, "42P01") == 0) {
            PQclear(res);
            return mfp_seterr_sql(err, MF_ESCHEMA, "42P01",
                                  "the database has no memflush schema; apply %s and the files after it "
                                  "with psql -v ON_ERROR_STOP=1 -1 -f FILE (see docs/migrations.md)",
                                  mfp_migration_where(migration_files[0], where, sizeof(where)));
        }
        mfp_pg_fail(h, res, "the schema version check", err);
        PQclear(res);
        return -1;
    }
    version = PQntuples(res) == 1 ? strtol(PQgetvalue(res, 0, 0), NULL, 10) : 0;
    PQclear(res);
    if (version < MFP_SCHEMA_VERSION)
        return mfp_seterr(err, MF_ESCHEMA,
                          "the database lacks migration %s (schema version is %ld, this memflush needs %d); "
                          "apply it with psql -v ON_ERROR_STOP=1 -1 -f %s",
                          migration_files[version < 0 ? 0 : version], version, MFP_SCHEMA_VERSION,
                          mfp_migration_where(migration_files[version < 0 ? 0 : version], where, sizeof(where)));
    h->schema_ok = 1;
    return 0;
}

int mf_ping_postgres(mf_handle *h, mf_error *err)
{
    mf_error first = {0};

    h->schema_ok = 0;
    if (mf_check_schema(h, &first) == 0)
        return 0;
    /* a connection that broke since (a server restart) was dropped: once more */
    if (first.code == MF_ETRANSIENT && h->pg == NULL) {
        mf_error again = {0};
        if (mf_check_schema(h, &again) == 0)
            return 0;
        if (err != NULL && err->code == 0)
            *err = again;
        return -1;
    }
    if (err != NULL && err->code == 0)
        *err = first;
    return -1;
}
