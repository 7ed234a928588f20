/* url.c - connection strings and their secrets: where the password sits in
 * anything that could be a REDIS_URL or a DATABASE_URL (URI, libpq key=value,
 * malformed), masking it (mf_mask_url), scrubbing it out of a server's or a
 * library's message, validating both URLs before anything connects, and the
 * hints for hosted PostgreSQL (Supabase's pooler, IPv6-only hosts).
 * Knows nothing about connections themselves; see redisconn.c and pgconn.c. */
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "internal.h"

/* The advice every refused URL carries. */
#define ENCODE_ADVICE \
    "percent-encode special characters in the password (@ \xe2\x86\x92 %40, : \xe2\x86\x92 %3A, " \
    "/ \xe2\x86\x92 %2F, % \xe2\x86\x92 %25)"

#define MAX_SPANS 8

/* The byte ranges of a connection string that may hold a password. */
typedef struct spans {
    size_t n;
    size_t off[MAX_SPANS], len[MAX_SPANS];
} spans;

static void add_span(spans *s, const char *base, const char *from, const char *to)
{
    if (to < from)
        return;
    if (s->n == MAX_SPANS) { /* too many: the last one runs to the end */
        s->len[MAX_SPANS - 1] = strlen(base) - s->off[MAX_SPANS - 1];
        return;
    }
    s->off[s->n] = (size_t)(from - base);
    s->len[s->n] = (size_t)(to - from);
    s->n++;
}

/* The scheme's "://" when url starts with a URI scheme (as libpq decides:
 * a letter, then letters, digits, + - .), else NULL. */
static const char *uri_scheme_end(const char *url)
{
    const char *sep = strstr(url, "://");

    if (sep == NULL || sep == url)
        return NULL;
    for (const char *q = url; q < sep; q++)
        if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
              (q > url && ((*q >= '0' && *q <= '9') || *q == '+' || *q == '-' || *q == '.'))))
            return NULL;
    return sep;
}

/* A query string key, %XX-decoded as libpq decodes it, equals "password". */
static int key_is_password(const char *k, size_t kn)
{
    char key[16];
    size_t n = 0;

    for (size_t i = 0; i < kn; i++) {
        int hi, lo;
        if (n == sizeof(key) - 1)
            return 0;
        if (k[i] == '%' && i + 2 < kn && (hi = mfp_hexval(k[i + 1])) >= 0 && (lo = mfp_hexval(k[i + 2])) >= 0) {
            key[n++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            key[n++] = k[i];
        }
    }
    key[n] = '\0';
    return strcmp(key, "password") == 0;
}

/* URI form. The user-info ends at the LAST '@' of the whole string: libpq
 * stops at the first '@' before a '/', the Redis parser at the last one
 * before "/?#", and a password with an unencoded '@', '/', '?' or '#' fools
 * both; the last '@' covers every reading. A user name before the first ':'
 * stays visible when it is plain; everything else of the user-info is
 * secret (redis://secret@host: a bare user-info is the password). A query
 * "password" parameter hides everything after its '='. */
static void uri_spans(const char *url, const char *sep, spans *s)
{
    const char *auth = sep + 3, *at = strrchr(auth, '@'), *q;
    int pg = strncmp(url, "postgres", 8) == 0;

    if (at != NULL) {
        const char *colon = memchr(auth, ':', (size_t)(at - auth));
        int plain = 1;
        /* a user name shows only when it is plainly one (letters, digits,
         * . _ ~ - + and %-escapes); anything else may be a password */
        for (q = auth; q < (colon ? colon : at); q++)
            if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') ||
                  strchr("._~-+%", *q) != NULL))
                plain = 0;
        if (colon != NULL && plain)
            add_span(s, url, colon + 1, at);
        else if (colon != NULL || !pg || !plain)
            add_span(s, url, auth, at);
        /* else postgresql://user@host: no password in it */
    }
    /* query parameters after the host (keys %-decoded as libpq does), or
     * "password" anywhere else after it ("scheme://h password=x", a key=value
     * string that only looks like a URI): all after the first one */
    {
        const char *from = strstr(at ? at : auth, "password");
        if (from != NULL)
            from += from[8] == '=' ? 9 : 8;
        for (q = strchr(at ? at : auth, '?'); q != NULL && *q != '\0';) {
            const char *k = q + 1;
            size_t kn = strcspn(k, "=&"), n = strcspn(k, "&");
            if (kn < n && key_is_password(k, kn)) {
                if (from == NULL || k + kn + 1 < from)
                    from = k + kn + 1;
                break;
            }
            q = k[n] == '&' ? k + n : NULL;
        }
        if (from != NULL)
            add_span(s, url, from, from + strlen(from));
    }
}

/* isspace() of the C locale, the one libpq's conninfo parser sees here */
static int kv_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* key=value form, tokens read exactly as libpq's conninfo_parse() reads them
 * (blanks are isspace(), a backslash escapes the next byte in quoted and
 * unquoted values), so the mask cannot lose track of where the password is
 * (tests/fuzz/fuzz_config.c found a quote inside an unquoted value that an
 * ad hoc scan took for an opening one). A string libpq would refuse is
 * secret from the first "password" on (or, without one, up to its last
 * '@': "user:secret@host" without a scheme). */
static void kv_spans(const char *str, spans *s)
{
    const char *p = str;
    PQconninfoOption *opts = PQconninfoParse(str, NULL);

    /* libpq refuses it (an unknown keyword: "password=my secret" makes
     * "secret" one): the user's idea of the password may run further */
    if (opts == NULL)
        goto refused;
    PQconninfoFree(opts);

    while (*p != '\0') {
        const char *name = p, *ne, *v;

        if (kv_space(*p)) {
            p++;
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
        if ((size_t)(ne - name) == 8 && memcmp(name, "password", 8) == 0)
            add_span(s, str, v, p);
        else if (memmem(v, (size_t)(p - v), "password", 8) != NULL)
            goto refused; /* "host= password=x": libpq reads host "password=x" (and quotes it) */
        continue;
    }
    return;
refused:
    {
        const char *hit = strstr(str, "password"), *at = strrchr(str, '@');
        s->n = 0;
        if (hit != NULL)
            add_span(s, str, hit + 8, str + strlen(str));
        else if (at != NULL)
            add_span(s, str, str, at);
    }
}

static void find_spans(const char *url, spans *s)
{
    const char *sep = uri_scheme_end(url);

    memset(s, 0, sizeof(*s));
    if (sep != NULL)
        uri_spans(url, sep, s);
    else
        kv_spans(url, s);
}

/* redis://user:pass@host -> redis://user:****@host; key=value strings get
 * password=****; see find_spans for what counts as the password. */
char *mf_mask_url(const char *url)
{
    spans s;
    mfp_buf b;
    size_t pos = 0;

    if (url == NULL)
        return strdup("(unset)");
    find_spans(url, &s);
    mfp_buf_init(&b);
    for (size_t i = 0; i < s.n; i++) {
        mfp_buf_append(&b, url + pos, s.off[i] - pos);
        mfp_buf_puts(&b, "****");
        pos = s.off[i] + s.len[i];
    }
    mfp_buf_puts(&b, url + pos);
    if (b.oom) {
        mfp_buf_free(&b);
        return NULL;
    }
    if (b.data == NULL)
        return strdup("");
    return mfp_buf_steal(&b);
}

typedef struct piece {
    const char *p;
    size_t n;
} piece;

/* The pieces of one secret to scrub: whole, %-decoded (into dec, n + 1
 * bytes), and each piece between the bytes a parser splits at, when long
 * enough to mean something. Appends to pcs; returns the new count. */
static size_t secret_pieces(const char *sec, size_t n, char *dec, piece *pcs, size_t np)
{
    size_t dn = 0, i, start;

    for (i = 0; i < n; i++) {
        int hi, lo;
        if (sec[i] == '%' && i + 2 < n && (hi = mfp_hexval(sec[i + 1])) >= 0 && (lo = mfp_hexval(sec[i + 2])) >= 0) {
            dec[dn++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            dec[dn++] = sec[i];
        }
    }
    pcs[np++] = (piece){sec, n};
    pcs[np++] = (piece){dec, dn};
    for (i = 0, start = 0; i <= n; i++) {
        if (i == n || strchr("@:/?#%&=,' \t\"\\", sec[i]) != NULL) {
            if (i - start >= 4)
                pcs[np++] = (piece){sec + start, i - start};
            start = i + 1;
        }
    }
    return np;
}

/* Replace every run of b covered by an occurrence of a piece by "****". */
static void cover_pieces(mfp_buf *b, const piece *pcs, size_t np)
{
    unsigned char *cov;
    mfp_buf out;
    size_t i, j;

    if (b->data == NULL || b->len == 0)
        return;
    cov = calloc(b->len, 1);
    if (cov == NULL) {
        mfp_buf_free(b);
        mfp_buf_puts(b, "(message withheld)");
        return;
    }
    for (i = 0; i < np; i++) {
        const char *hit, *from = b->data;
        if (pcs[i].n == 0)
            continue;
        while ((hit = memmem(from, b->len - (size_t)(from - b->data), pcs[i].p, pcs[i].n)) != NULL) {
            memset(cov + (hit - b->data), 1, pcs[i].n);
            from = hit + 1;
        }
    }
    mfp_buf_init(&out);
    for (j = 0; j < b->len; j++) {
        if (!cov[j])
            mfp_buf_putc(&out, b->data[j]);
        else if (j == 0 || !cov[j - 1])
            mfp_buf_puts(&out, "****");
    }
    free(cov);
    mfp_buf_free(b);
    *b = out;
}

char *mfp_url_scrub(const char *msg, const char *url)
{
    spans s = {0};
    mfp_buf b;
    size_t total = 0, np = 0, i;
    char *dec = NULL, *d;
    piece *pcs = NULL;

    mfp_buf_init(&b);
    mfp_buf_puts(&b, msg ? msg : "");
    if (url != NULL)
        find_spans(url, &s);
    for (i = 0; i < s.n; i++)
        total += s.len[i] + 1;
    if (s.n > 0) {
        dec = malloc(total);
        pcs = malloc((total / 2 + 3 * s.n) * sizeof(*pcs));
        if (dec == NULL || pcs == NULL) {
            free(dec);
            free(pcs);
            mfp_buf_free(&b);
            return strdup("(message withheld)");
        }
        /* every occurrence of every piece, in the original text, is
         * covered; then each covered run becomes one "****". Replacing
         * piece by piece would let one piece cut another it overlaps and
         * leave the rest of it (tests/fuzz/fuzz_config.c) */
        for (i = 0, d = dec; i < s.n; d += s.len[i] + 1, i++)
            np = secret_pieces(url + s.off[i], s.len[i], d, pcs, np);
        cover_pieces(&b, pcs, np);
        free(pcs);
        free(dec);
    }
    /* libpq ends its messages with a newline: not ours to print */
    while (b.len > 0 && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == ' '))
        b.data[--b.len] = '\0';
    if (b.oom) {
        mfp_buf_free(&b);
        return NULL;
    }
    return b.data ? mfp_buf_steal(&b) : strdup("");
}

int mfp_url_bad_hint(mf_error *err, const char *var, const char *url, const char *why, const char *hint,
                     const char *form)
{
    char *masked = mf_mask_url(url);
    int rc = mfp_seterr(err, MF_ECONFIG, "%s \"%.200s\" is not valid (%s)%s%s; %s; use %s", var,
                        masked ? masked : "?", why, hint ? "; " : "", hint ? hint : "", ENCODE_ADVICE, form);
    free(masked);
    return rc;
}

int mfp_url_bad(mf_error *err, const char *var, const char *url, const char *why, const char *form)
{
    return mfp_url_bad_hint(err, var, url, why, NULL, form);
}

/* A fixed phrase for what libpq's parser refused: its own text may quote the
 * password and is never shown. */
static const char *libpq_reason(const char *msg)
{
    static const struct { const char *has, *say; } map[] = {
        {"percent-encoded", "a bad %-escape"},
        {"query parameter", "a bad query parameter"},
        {"missing \"=\"", "a word without \"=\""},
        {"unterminated quoted string", "an unterminated quoted value"},
        {"invalid connection option", "an unknown parameter"},
        {"invalid URI", "a malformed URI"},
        {"IPv6", "a malformed IPv6 address"},
        {"unexpected spaces", "unexpected spaces"},
    };

    for (size_t i = 0; msg != NULL && i < sizeof(map) / sizeof(map[0]); i++)
        if (strstr(msg, map[i].has) != NULL)
            return map[i].say;
    return "libpq could not parse it";
}

#define PG_FORM "postgresql://user:password@host:port/dbname (or libpq key=value)"

int mfp_url_check_pg(const char *conninfo, mf_error *err)
{
    const char *sep;
    char *perr = NULL;
    PQconninfoOption *opts;

    if (conninfo == NULL || conninfo[0] == '\0')
        return 0;
    sep = uri_scheme_end(conninfo);
    /* neither a URI nor key=value: libpq takes it as a database name */
    if (sep == NULL && strchr(conninfo, '=') == NULL)
        return 0;
    if (sep != NULL) {
        const char *auth = sep + 3, *end = auth + strcspn(auth, "/"), *q;
        const char *path_end = end + strcspn(end, "?");
        int ats = 0;
        if (strncmp(conninfo, "postgresql://", 13) != 0 && strncmp(conninfo, "postgres://", 11) != 0)
            return mfp_url_bad(err, "DATABASE_URL", conninfo, "not a postgresql:// URI", PG_FORM);
        for (q = auth; q < end; q++)
            ats += *q == '@';
        /* libpq's user-info ends at the first '@' before the first '/': two
         * '@' there, one in the path, or none there and one further on,
         * mean the password holds an unencoded '@' or '/', and libpq would
         * read part of it as host, port, database or parameters (and quote
         * it in its messages). An '@' in the query string after a proper
         * user-info is left to libpq; without one it must be %40. */
        if (ats > 1 || memchr(end, '@', (size_t)(path_end - end)) != NULL || (ats == 0 && strchr(end, '@') != NULL))
            return mfp_url_bad(err, "DATABASE_URL", conninfo,
                               "an unencoded @ or / in the user-info", PG_FORM);
    }
    opts = PQconninfoParse(conninfo, &perr);
    if (opts == NULL) {
        int rc = perr == NULL ? mfp_seterr(err, MF_ENOMEM, "out of memory")
                              : mfp_url_bad(err, "DATABASE_URL", conninfo, libpq_reason(perr), PG_FORM);
        PQfreemem(perr);
        return rc;
    }
    for (PQconninfoOption *o = opts; o->keyword != NULL; o++) {
        /* "host= password=x": a value left empty makes libpq read the next
         * word, the password among them, as the value (and quote it) */
        if (strcmp(o->keyword, "password") != 0 && o->val != NULL && strstr(o->val, "password") != NULL) {
            PQconninfoFree(opts);
            return mfp_url_bad(err, "DATABASE_URL", conninfo, "a value holds the word password: is one missing?",
                               PG_FORM);
        }
        /* a port libpq took from a password with an unencoded ':' or '/' */
        if (strcmp(o->keyword, "port") == 0 && o->val != NULL && o->val[0] != '\0' &&
            strspn(o->val, "0123456789,") != strlen(o->val)) {
            PQconninfoFree(opts);
            return mfp_url_bad(err, "DATABASE_URL", conninfo, "the port is not a number", PG_FORM);
        }
    }
    PQconninfoFree(opts);
    return 0;
}

int mfp_url_check_redis(const char *url, mf_error *err)
{
    mfp_redis_url u;

    if (url == NULL)
        return 0;
    if (strncmp(url, "redis://", 8) == 0) {
        const char *auth = url + 8, *end = auth + strcspn(auth, "/?#");
        /* the parser's user-info ends at the last '@' before "/?#": an '@'
         * after them means the password holds one of those bytes */
        if (strchr(end, '@') != NULL)
            return mfp_url_bad(err, "REDIS_URL", url, "an unencoded / ? or # in the user-info", MFP_REDIS_FORM);
    }
    if (strncmp(url, "redis://", 8) == 0 || strncmp(url, "rediss://", 9) == 0) {
        /* a list of seed nodes: h1:p1,h2:p2 between the user-info and the
         * path; a scheme repeated in it, or an empty entry, is a typo */
        const char *hosts = strstr(url, "://") + 3, *end = hosts + strcspn(hosts, "/?#"), *q;
        for (q = hosts; q < end; q++)
            if (*q == '@')
                hosts = q + 1;
        if (strstr(hosts, "://") != NULL && memchr(hosts, ',', (size_t)(end - hosts)) != NULL)
            return mfp_url_bad_hint(err, "REDIS_URL", url, "a scheme inside the list of nodes",
                                    "write the scheme once, before the first node: "
                                    "redis://[user:password@]h1:p1,h2:p2,h3:p3/0 (rediss:// for TLS)",
                                    MFP_REDIS_FORM);
        if (memchr(hosts, ',', (size_t)(end - hosts)) != NULL &&
            (hosts[0] == ',' || end[-1] == ',' || memmem(hosts, (size_t)(end - hosts), ",,", 2) != NULL))
            return mfp_url_bad_hint(err, "REDIS_URL", url, "an empty entry in the list of nodes",
                                    "separate the nodes by single commas: redis://h1:p1,h2:p2,h3:p3/0",
                                    MFP_REDIS_FORM);
    }
    {
        /* each seed node of a comma-separated list (Redis Cluster) */
        char **seeds;
        size_t n, i;
        int rc = 0;
        if (mfp_redis_url_seeds(url, &seeds, &n) != 0)
            return mfp_seterr(err, MF_ENOMEM, "out of memory");
        for (i = 0; i < n && rc == 0; i++) {
            rc = mfp_redis_url_parse(seeds[i], &u, err);
            mfp_redis_url_clear(&u);
        }
        mfp_redis_url_seeds_free(seeds, n);
        return rc;
    }
}

/* ------------------------------------------------------ hosted PostgreSQL */

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int mfp_url_hosted_hint(const char *host, const char *user, int ipv6_only, int connect_failed,
                        char *out, size_t n)
{
    out[0] = '\0';
    if (host == NULL || host[0] == '\0')
        return 0;
    if (ends_with(host, ".pooler.supabase.com") && (user == NULL || strchr(user, '.') == NULL)) {
        snprintf(out, n,
                 "Supabase's pooler (%.80s) needs the user name <role>.<project-ref>, for example "
                 "postgres.abcdefghijklmnop (the project reference is in the dashboard's connection "
                 "string), not \"%.40s\"",
                 host, user ? user : "");
        return 1;
    }
    if (connect_failed && ipv6_only) {
        int supa = strncmp(host, "db.", 3) == 0 && ends_with(host, ".supabase.co");
        snprintf(out, n,
                 "%.80s resolves to IPv6 addresses only and could not be reached; platforms without "
                 "outbound IPv6 (Railway, some CI and container hosts) cannot use it%s",
                 host,
                 supa ? ": use Supabase's IPv4 pooler aws-0-<region>.pooler.supabase.com, port 5432 "
                        "(session mode) or 6543 (transaction mode), with the user name "
                        "<role>.<project-ref> (docs/operations.md)"
                      : ": use an IPv4 address or host name for it");
        return 1;
    }
    return 0;
}

int mfp_url_ipv6_only(const char *host)
{
    struct addrinfo hints, *res = NULL, *a;
    int v4 = 0, v6 = 0;

    if (host == NULL || host[0] == '\0' || host[0] == '/')
        return 0;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, NULL, &hints, &res) != 0)
        return 0;
    for (a = res; a != NULL; a = a->ai_next) {
        v4 |= a->ai_family == AF_INET;
        v6 |= a->ai_family == AF_INET6;
    }
    freeaddrinfo(res);
    return v6 && !v4;
}

int mfp_url_seterr_scrubbed(mf_error *err, int code, const char *url, const char *text, const char *fmt,
                            const char *masked)
{
    char *clean = mfp_url_scrub(text, url);
    int rc = mfp_seterr(err, code, fmt, masked, clean ? clean : "(message withheld)");

    free(clean);
    return rc;
}

void mfp_url_pg_host_user(const char *conninfo, char *host, size_t hn, char *user, size_t un)
{
    PQconninfoOption *opts = PQconninfoParse(conninfo ? conninfo : "", NULL);
    const char *hv = NULL, *uv = NULL;

    if (opts != NULL)
        for (PQconninfoOption *o = opts; o->keyword != NULL; o++) {
            if (strcmp(o->keyword, "host") == 0 && o->val != NULL && o->val[0] != '\0')
                hv = o->val;
            else if (strcmp(o->keyword, "user") == 0 && o->val != NULL && o->val[0] != '\0')
                uv = o->val;
        }
    if (hv == NULL)
        hv = getenv("PGHOST");
    if (uv == NULL)
        uv = getenv("PGUSER");
    /* the first of a host list */
    snprintf(host, hn, "%.*s", hv ? (int)strcspn(hv, ",") : 0, hv ? hv : "");
    snprintf(user, un, "%s", uv ? uv : "");
    PQconninfoFree(opts);
}
