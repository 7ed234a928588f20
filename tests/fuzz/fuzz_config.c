/* fuzz_config.c - libFuzzer target for the configuration parsers (config.c,
 * redisconn.c): mfp_redis_url_parse, mf_mask_url and mf_config_set.
 * Byte 0 picks a mode, the rest is split at NUL bytes into pieces:
 *  0: piece 0 as a REDIS_URL: parse (sane fields when accepted) and mask,
 *     no crash, no leak; a password the parser found is not in the mask;
 *  1: redis://USER:PASS@REST built from pieces 0-2: when the parser finds
 *     exactly that password, the mask does not depend on it (equal to the mask
 *     of the same URL with another password) and a marker password never
 *     shows; the same for postgresql:// URIs with libpq as the judge;
 *  2: A password=PASS B (libpq key=value) from pieces 0-2, quoted or not:
 *     when libpq reads exactly that password, the mask does not depend on it
 *     and a marker password never shows;
 *  3: mf_config_set(option picked by byte 1, piece 0): no crash; accepted
 *     values read back, tables are valid identifiers, errors are MF_ECONFIG
 *     and the config stays usable (dup/free).
 * Modes 1, 2 and 4 also build MALFORMED strings around a marker password
 * (any bytes before and after it, unencoded @ : / ? # % included; issue 15):
 * the marker never shows in the mask, in the error of mfp_url_check_pg /
 * mfp_url_check_redis, nor in libpq's own parse error once scrubbed
 * (mfp_url_scrub; when libpq quotes the string verbatim); and when mfp_url_check_pg accepts a string, libpq reads
 * no part of the marker into host, port, user or dbname (the fields its
 * connection errors quote). */
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "fuzz.h"
#include "internal.h"

#define MARKER "Zq9Xw7Marker"

/* Split data[0..size) at NUL bytes into at most n malloc'd pieces ("" when missing). */
static void split(const uint8_t *data, size_t size, char **out, int n)
{
    size_t pos = 0;

    for (int i = 0; i < n; i++) {
        const uint8_t *z = pos < size ? memchr(data + pos, 0, size - pos) : NULL;
        size_t end = pos >= size ? pos : z ? (size_t)(z - data) : size;
        out[i] = strndup(pos < size ? (const char *)data + pos : "", end - pos);
        FUZZ_CHECK(out[i] != NULL, "out of memory");
        pos = end + 1;
    }
}

static char *cat3(const char *a, const char *b, const char *c, const char *d, const char *e)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + strlen(d) + strlen(e) + 1;
    char *s = malloc(n);
    FUZZ_CHECK(s != NULL, "out of memory");
    snprintf(s, n, "%s%s%s%s%s", a, b, c, d, e);
    return s;
}

/* The password libpq reads from conninfo, malloc'd, or NULL. */
static char *libpq_password(const char *conninfo)
{
    PQconninfoOption *opts = PQconninfoParse(conninfo, NULL), *o;
    char *pw = NULL;

    if (opts == NULL)
        return NULL;
    for (o = opts; o->keyword != NULL; o++)
        if (strcmp(o->keyword, "password") == 0 && o->val != NULL)
            pw = strdup(o->val);
    PQconninfoFree(opts);
    return pw;
}

static void mode_raw_url(const char *url)
{
    mfp_redis_url u;
    mf_error err = {0};
    char *masked = mf_mask_url(url);

    FUZZ_CHECK(masked != NULL, "mask returned NULL");
    if (mfp_redis_url_parse(url, &u, &err) == 0) {
        FUZZ_CHECK((u.host != NULL) != (u.socket != NULL), "exactly one of host and socket");
        FUZZ_CHECK(u.port >= 1 && u.port <= 65535, "port out of range");
        FUZZ_CHECK(u.db >= 0, "negative db");
        /* a password found by the parser is not in the mask, unless its text
         * also appears outside the userinfo (then we cannot tell) */
        if (u.password != NULL && strlen(u.password) >= 3 && strchr(u.password, '*') == NULL) {
            const char *first = strstr(url, u.password);
            if (first != NULL && strstr(first + 1, u.password) == NULL &&
                strstr(url, "password=") == NULL && strncmp(url, "redis://", 8) == 0) {
                /* the raw password span as the parser sees it: after the first
                 * ':' of the userinfo (or all of it), up to its last '@' */
                const char *p = url + 8, *end = p + strcspn(p, "/?#"), *at = NULL, *c;
                for (const char *q = p; q < end; q++)
                    if (*q == '@')
                        at = q;
                c = at != NULL ? memchr(p, ':', (size_t)(at - p)) : NULL;
                /* the only occurrence is the password itself (not, say, the
                 * user name equal to a %-escaped password: found by CI) */
                if (at != NULL && first >= (c != NULL ? c + 1 : p) && first + strlen(u.password) <= at)
                    FUZZ_CHECK(strstr(masked, u.password) == NULL, "password in masked URL");
            }
        }
        mfp_redis_url_clear(&u);
    } else {
        FUZZ_CHECK(err.code == MF_ECONFIG || err.code == MF_ENOMEM, "bad URL is not MF_ECONFIG");
        if (u.password != NULL)
            FUZZ_CHECK(0, "failed parse left a password");
        /* the message shows the masked URL, never the raw one with a password */
        FUZZ_CHECK(strstr(url, ":") == NULL || strstr(url, "@") == NULL || strlen(url) < 12 ||
                   strstr(err.msg, url) == NULL || strstr(masked, url) != NULL,
                   "raw URL in an error message");
    }
    free(masked);
}

static int redis_has_password(const char *url, const char *user, const char *pw_decoded)
{
    mfp_redis_url u;
    mf_error err = {0};
    int ok = 0;

    if (mfp_redis_url_parse(url, &u, &err) == 0) {
        ok = u.password != NULL && strcmp(u.password, pw_decoded) == 0 &&
             ((user[0] == '\0' && u.user == NULL) || (u.user != NULL && strcmp(u.user, user) == 0));
        mfp_redis_url_clear(&u);
    }
    return ok;
}

/* The mask of url (password pw) equals the mask of url2 (password MARKER)
 * and shows no MARKER. */
static void check_independent(const char *url, const char *url2)
{
    char *m1 = mf_mask_url(url), *m2 = mf_mask_url(url2);

    FUZZ_CHECK(m1 != NULL && m2 != NULL, "mask returned NULL");
    if (strstr(m2, MARKER) != NULL) {
        fprintf(stderr, "url: %s\nmask: %s\n", url2, m2);
        FUZZ_CHECK(0, "marker password visible in the mask");
    }
    if (strcmp(m1, m2) != 0) {
        fprintf(stderr, "mask 1: %s\nmask 2: %s\n", m1, m2);
        FUZZ_CHECK(0, "the mask depends on the password");
    }
    free(m1);
    free(m2);
}

/* The marker, or a 6-byte piece of it, in s. */
static int marker_piece_in(const char *s)
{
    for (size_t i = 0; i + 6 <= sizeof(MARKER) - 1; i++) {
        char piece[7];
        memcpy(piece, &MARKER[i], 6);
        piece[6] = '\0';
        if (strstr(s, piece) != NULL)
            return 1;
    }
    return 0;
}

/* Every "..." in msg is a piece of s. */
static int quotes_verbatim(const char *msg, const char *s)
{
    const char *q = strchr(msg, '"');

    while (q != NULL) {
        const char *e = strchr(q + 1, '"');
        char *piece;
        int found;
        if (e == NULL)
            return 1;
        piece = strndup(q + 1, (size_t)(e - q - 1));
        FUZZ_CHECK(piece != NULL, "out of memory");
        found = strstr(s, piece) != NULL;
        free(piece);
        if (!found)
            return 0;
        q = strchr(e + 1, '"');
    }
    return 1;
}

/* conninfo holds MARKER inside its password (however malformed): no message
 * memflush can produce shows it (see the header). */
static void check_marker_hidden(const char *conninfo, int redis)
{
    char *m = mf_mask_url(conninfo), *perr = NULL;
    mf_error err = {0};
    PQconninfoOption *opts;

    FUZZ_CHECK(m != NULL, "mask returned NULL");
    if (strstr(m, MARKER) != NULL) {
        fprintf(stderr, "url: %s\nmask: %s\n", conninfo, m);
        FUZZ_CHECK(0, "marker password visible in the mask of a malformed string");
    }
    free(m);
    if (redis) {
        if (mfp_url_check_redis(conninfo, &err) != 0)
            FUZZ_CHECK(strstr(err.msg, MARKER) == NULL, "marker in the REDIS_URL error");
        return;
    }
    if (mfp_url_check_pg(conninfo, &err) != 0) {
        FUZZ_CHECK(err.code == MF_ECONFIG || err.code == MF_ENOMEM, "a refused DATABASE_URL is not MF_ECONFIG");
        FUZZ_CHECK(strstr(err.msg, MARKER) == NULL, "marker in the DATABASE_URL error");
    }
    opts = PQconninfoParse(conninfo, &perr);
    if (opts == NULL) {
        /* memflush never shows these texts (mfp_url_check_pg says in its
         * own words what is wrong); the scrub is the second line of defence
         * for texts that quote the string: judged when libpq quotes a piece
         * of it verbatim (it also quotes host lists it rebuilt) */
        if (perr != NULL && quotes_verbatim(perr, conninfo)) {
            char *clean = mfp_url_scrub(perr, conninfo);
            FUZZ_CHECK(clean != NULL, "scrub returned NULL");
            if (strstr(clean, MARKER) != NULL) {
                fprintf(stderr, "url: %s\nlibpq: %sscrubbed: %s\n", conninfo, perr, clean);
                FUZZ_CHECK(0, "marker in libpq's scrubbed parse error");
            }
            free(clean);
        }
        PQfreemem(perr);
        return;
    }
    if (err.code == 0) {
        for (PQconninfoOption *o = opts; o->keyword != NULL; o++) {
            if (o->val == NULL || strcmp(o->keyword, "password") == 0)
                continue;
            if ((strcmp(o->keyword, "host") == 0 || strcmp(o->keyword, "port") == 0 ||
                 strcmp(o->keyword, "user") == 0 || strcmp(o->keyword, "dbname") == 0 ||
                 strcmp(o->keyword, "hostaddr") == 0) &&
                marker_piece_in(o->val)) {
                fprintf(stderr, "url: %s\n%s: %s\n", conninfo, o->keyword, o->val);
                FUZZ_CHECK(0, "an accepted DATABASE_URL puts part of the password where errors quote it");
            }
        }
    }
    PQconninfoFree(opts);
}

static void malformed_around(const char *user, const char *pw, const char *rest)
{
    char *pw2 = cat3(pw, MARKER, pw, "", ""), *u;

    u = cat3("postgresql://", user, ":", pw2, "@");
    {
        char *full = cat3(u, rest, "", "", "");
        check_marker_hidden(full, 0);
        free(full);
    }
    free(u);
    u = cat3("redis://", user, ":", pw2, "@");
    {
        char *full = cat3(u, rest, "", "", "");
        check_marker_hidden(full, 1);
        free(full);
    }
    free(u);
    /* key=value: an unquoted password with a blank in it is two words to
     * any reader ("password=abc dbname=x" is a valid string), so only
     * blank-free ones; quotes, backslashes, '=' and the rest are fair game */
    if (strpbrk(pw, " \t\n\v\f\r") == NULL) {
        u = cat3(user, " password=", pw2, " ", rest);
        check_marker_hidden(u, 0);
        free(u);
    }
    free(pw2);
}

static void mode_uri(char **pc)
{
    const char *user = pc[0], *pw = pc[1], *rest = pc[2];
    char *url, *url2;

    if (marker_piece_in(user) || marker_piece_in(rest) || marker_piece_in(pw))
        return;
    malformed_around(user, pw, rest);
    /* Redis: the parser is the judge; only plain passwords (no %-escapes) */
    url = cat3("redis://", user, ":", pw, "@");
    url2 = cat3(url, rest, "", "", "");
    free(url);
    url = url2;
    url2 = cat3("redis://", user, ":" MARKER "@", rest, "");
    if (strchr(pw, '%') == NULL && strchr(user, '%') == NULL &&
        redis_has_password(url, user, pw) && redis_has_password(url2, user, MARKER))
        check_independent(url, url2);
    free(url);
    free(url2);

    /* PostgreSQL URI: libpq is the judge */
    url = cat3("postgresql://", user, ":", pw, "@");
    url2 = cat3(url, rest, "", "", "");
    free(url);
    url = url2;
    url2 = cat3("postgresql://", user, ":" MARKER "@", rest, "");
    {
        char *p1 = libpq_password(url), *p2 = libpq_password(url2);
        int plain = strchr(pw, '%') == NULL;
        if (p1 != NULL && p2 != NULL && plain && strcmp(p1, pw) == 0 && strcmp(p2, MARKER) == 0)
            check_independent(url, url2);
        free(p1);
        free(p2);
    }
    free(url);
    free(url2);
}

/* libpq quoting of a key=value value */
static char *quote_kv(const char *v)
{
    size_t n = strlen(v);
    char *q = malloc(2 * n + 3), *o = q;

    FUZZ_CHECK(q != NULL, "out of memory");
    *o++ = '\'';
    for (size_t i = 0; i < n; i++) {
        if (v[i] == '\'' || v[i] == '\\')
            *o++ = '\\';
        *o++ = v[i];
    }
    *o++ = '\'';
    *o = '\0';
    return q;
}

static void mode_kv(char **pc, int quoted)
{
    const char *a = pc[0], *pw = pc[1], *b = pc[2];
    char *v1, *c1, *c2, *p1, *p2;

    if (marker_piece_in(a) || marker_piece_in(b) || marker_piece_in(pw))
        return;
    malformed_around(a, pw, b);
    if (!quoted && pw[0] == '\0')
        return; /* "password= " is an empty password: nothing to hide */
    v1 = quoted ? quote_kv(pw) : strdup(pw);
    FUZZ_CHECK(v1 != NULL, "out of memory");
    c1 = cat3(a, " password=", v1, " ", b);
    c2 = cat3(a, " password=", quoted ? "'" MARKER "'" : MARKER, " ", b);
    p1 = libpq_password(c1);
    p2 = libpq_password(c2);
    if (p1 != NULL && p2 != NULL && strcmp(p1, pw) == 0 && strcmp(p2, MARKER) == 0)
        check_independent(c1, c2);
    free(p1);
    free(p2);
    free(v1);
    free(c1);
    free(c2);
}

static void mode_set(unsigned pick, const char *value)
{
    mf_config *c = mf_config_new();
    const mf_option_info *info;
    mf_error err = {0};
    size_t nopts = 0;

    FUZZ_CHECK(c != NULL, "config_new failed");
    while (mf_config_option(nopts) != NULL)
        nopts++;
    FUZZ_CHECK(nopts > 0, "no options");
    info = mf_config_option(pick % (nopts + 1));
    if (info == NULL) {
        /* an unknown option name: the fuzzed text itself */
        int known = 0;
        for (size_t i = 0; i < nopts; i++)
            known |= strcmp(mf_config_option(i)->name, value) == 0;
        if (!known)
            FUZZ_CHECK(mf_config_set(c, value, "1", &err) != 0 && err.code == MF_ECONFIG,
                       "unknown option accepted");
    } else if (mf_config_set(c, info->name, value, &err) == 0) {
        const char *got = mf_config_get(c, info->name);
        /* numbers read back in canonical form ("0015" -> "15"; a shard "K" and a switch "0|1" too) */
        int numeric = info->metavar && (strcmp(info->metavar, "N") == 0 || strcmp(info->metavar, "S") == 0 ||
                                        strcmp(info->metavar, "MS") == 0 || strcmp(info->metavar, "K") == 0 ||
                                        strcmp(info->metavar, "0|1") == 0);
        if (got != NULL && strcmp(info->name, "method") != 0)
            FUZZ_CHECK(numeric ? strtol(got, NULL, 10) == strtol(value, NULL, 10) : strcmp(got, value) == 0,
                       "accepted value does not read back");
        if (strcmp(info->name, "table") == 0) {
            mf_error e2 = {0};
            FUZZ_CHECK(mfp_table_name_valid(value, &e2) == 0, "accepted table is not valid");
            FUZZ_CHECK(strpbrk(value, " ;'\"-()") == NULL, "table with SQL punctuation accepted");
        }
    } else {
        FUZZ_CHECK(err.code == MF_ECONFIG, "a bad value is not MF_ECONFIG");
        FUZZ_CHECK(err.msg[0] != '\0', "a bad value has no message");
    }
    {
        mf_config *d = mfp_config_dup(c);
        FUZZ_CHECK(d != NULL, "dup failed");
        mf_config_free(d);
    }
    mf_config_free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *pc[3];
    unsigned mode;

    if (size < 1)
        return 0;
    mode = data[0] % 5;
    if (mode == 3) {
        if (size < 2)
            return 0;
        split(data + 2, size - 2, pc, 1);
        mode_set(data[1], pc[0]);
        free(pc[0]);
        return 0;
    }
    split(data + 1, size - 1, pc, 3);
    switch (mode) {
    case 0: mode_raw_url(pc[0]); break;
    case 1: mode_uri(pc); break;
    case 2: mode_kv(pc, 0); break;
    case 4: mode_kv(pc, 1); break;
    }
    for (int i = 0; i < 3; i++)
        free(pc[i]);
    return 0;
}
