/* test_rconn.c - the parts of the connection layer (rconn.c, rconn_tls.c)
 * that need no server: a connection that is not connected, connecting to a
 * closed port and to a socket path too long, TLS contexts from files that
 * cannot be used, the context's sharing and its staleness when a file is
 * renewed, and when the system's CAs may be looked up in the hashed
 * directory alone. Certificates are made with the openssl command. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "rconn.h"
#include "th.h"

static char dir[256];

static void setup(void)
{
    snprintf(dir, sizeof(dir), "/tmp/test_rconn.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[300];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

static void path(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", dir, name);
}

static void touch(const char *name)
{
    char p[300];
    FILE *f;
    path(p, sizeof(p), name);
    f = fopen(p, "w");
    ck_assert_ptr_nonnull(f);
    fputs("x\n", f);
    fclose(f);
}

/* a self-signed certificate and its key: NAME.pem, NAME.key */
static void make_cert(const char *name)
{
    char cmd[1024];
    snprintf(cmd, sizeof(cmd),
             "cd '%s' && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=%s "
             "-days 2 -keyout %s.key -out %s.pem >/dev/null 2>&1",
             dir, name, name, name);
    ck_assert_int_eq(system(cmd), 0);
}

START_TEST(not_connected)
{
    mfp_rconn_opts o = {.host = "127.0.0.1", .port = 1};
    mfp_rconn *c = mfp_rconn_new(&o);
    redisReply *r;

    ck_assert_ptr_nonnull(c);
    ck_assert_int_eq(mfp_rconn_ok(c), 0);
    ck_assert_int_eq(mfp_rconn_append(c, "PING"), -1);
    ck_assert_str_eq(mfp_rconn_errstr(c), "not connected");
    ck_assert_int_eq(mfp_rconn_failure(c), MFP_RCONN_EIO);
    ck_assert_int_eq(mfp_rconn_get_reply(c, &r), -1);
    ck_assert_ptr_null(r);
    ck_assert_ptr_null(mfp_rconn_tls_ctx(c));
    mfp_rconn_free(c);
    mfp_rconn_free(NULL);
    mfp_tls_ctx_free(NULL);
}
END_TEST

START_TEST(connect_failures)
{
    char longpath[200];
    mfp_rconn_opts o = {.host = "127.0.0.1", .port = 1, .connect_timeout_ms = 2000};
    mfp_rconn *c = mfp_rconn_new(&o);

    /* port 1 on the loopback refuses at once */
    ck_assert_int_eq(mfp_rconn_connect(c), -1);
    ck_assert_int_eq(mfp_rconn_failure(c), MFP_RCONN_EIO);
    ck_assert_ptr_nonnull(strstr(mfp_rconn_errstr(c), "refused"));
    mfp_rconn_free(c);

    memset(longpath, 'a', sizeof(longpath) - 1);
    longpath[0] = '/';
    longpath[sizeof(longpath) - 1] = '\0';
    o.socket = longpath;
    c = mfp_rconn_new(&o);
    ck_assert_int_eq(mfp_rconn_connect(c), -1);
    ck_assert_ptr_nonnull(strstr(mfp_rconn_errstr(c), "socket path is longer"));
    mfp_rconn_free(c);
}
END_TEST

START_TEST(ctx_bad_files)
{
    char ca[300], err[256];
    enum mfp_rconn_fail f = MFP_RCONN_OK;
    mfp_rconn_opts o = {.host = "h", .port = 1, .tls = 1};

    path(ca, sizeof(ca), "missing.pem");
    o.cacert = ca;
    ck_assert_ptr_null(mfp_tls_ctx_new(&o, &f, err, sizeof(err)));
    ck_assert_int_eq(f, MFP_RCONN_ESETUP);
    ck_assert_ptr_nonnull(strstr(err, "MEMFLUSH_REDIS_CACERT="));
    ck_assert_ptr_nonnull(strstr(err, "missing.pem"));

    touch("empty.pem"); /* a file with no certificate in it */
    path(ca, sizeof(ca), "empty.pem");
    f = MFP_RCONN_OK;
    ck_assert_ptr_null(mfp_tls_ctx_new(&o, &f, err, sizeof(err)));
    ck_assert_int_eq(f, MFP_RCONN_ESETUP);

    /* a certificate without its key */
    make_cert("client");
    path(ca, sizeof(ca), "client.pem");
    o.cacert = ca;
    o.cert = ca;
    f = MFP_RCONN_OK;
    ck_assert_ptr_null(mfp_tls_ctx_new(&o, &f, err, sizeof(err)));
    ck_assert_int_eq(f, MFP_RCONN_ESETUP);
    ck_assert_ptr_nonnull(strstr(err, "needs both MEMFLUSH_REDIS_CERT and MEMFLUSH_REDIS_KEY"));

    /* a key that is not the certificate's */
    make_cert("other");
    {
        char key[300];
        path(key, sizeof(key), "other.key");
        o.key = key;
        f = MFP_RCONN_OK;
        ck_assert_ptr_null(mfp_tls_ctx_new(&o, &f, err, sizeof(err)));
        ck_assert_int_eq(f, MFP_RCONN_ESETUP);
        ck_assert_ptr_nonnull(strstr(err, "does not match the certificate"));
    }
}
END_TEST

START_TEST(ctx_shared_and_stale)
{
    char ca[300], cert[300], key[300], err[256], cmd[700];
    enum mfp_rconn_fail f = MFP_RCONN_OK;
    mfp_rconn_opts o = {.host = "h", .port = 1, .tls = 1};
    mfp_tls_ctx *x;
    mfp_rconn *c;

    make_cert("ca");
    make_cert("client");
    path(ca, sizeof(ca), "ca.pem");
    path(cert, sizeof(cert), "client.pem");
    path(key, sizeof(key), "client.key");
    o.cacert = ca;
    o.cert = cert;
    o.key = key;
    x = mfp_tls_ctx_new(&o, &f, err, sizeof(err));
    ck_assert_msg(x != NULL, "%s", err);
    ck_assert_int_eq(mfp_tls_ctx_stale(x), 0);

    /* a connection given the context holds its own reference */
    o.tls_ctx = x;
    c = mfp_rconn_new(&o);
    ck_assert_ptr_eq(mfp_rconn_tls_ctx(c), x);
    mfp_tls_ctx_free(x); /* the caller's reference; the connection's stays */
    ck_assert_int_eq(mfp_tls_ctx_stale(mfp_rconn_tls_ctx(c)), 0);

    /* the client certificate renewed on disk (a new file moved over it) */
    make_cert("client2");
    snprintf(cmd, sizeof(cmd), "cd '%s' && mv client2.pem client.pem && mv client2.key client.key", dir);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert_int_eq(mfp_tls_ctx_stale(mfp_rconn_tls_ctx(c)), 1);
    mfp_rconn_free(c);

    /* insecure: no CA read, so none to go stale */
    o.tls_ctx = NULL;
    o.cacert = NULL;
    o.cert = o.key = NULL;
    o.tls_insecure = 1;
    x = mfp_tls_ctx_new(&o, &f, err, sizeof(err));
    ck_assert_msg(x != NULL, "%s", err);
    ck_assert_ptr_eq(mfp_tls_ctx_ref(x), x);
    mfp_tls_ctx_free(x);
    ck_assert_int_eq(mfp_tls_ctx_stale(x), 0);
    mfp_tls_ctx_free(x);
}
END_TEST

START_TEST(system_dir)
{
    char certs[300], bundle[300], other[300], cmd[700];

    path(certs, sizeof(certs), "certs");
    ck_assert_int_eq(mkdir(certs, 0700), 0);
    path(bundle, sizeof(bundle), "certs/ca-certificates.crt");
    path(other, sizeof(other), "cert.pem");
    /* no hash links: the bundle is needed */
    touch("certs/ca-certificates.crt");
    ck_assert_int_eq(mfp_tls_system_dir_suffices(certs, bundle), 0);
    touch("certs/some-ca.pem");
    ck_assert_int_eq(mfp_tls_system_dir_suffices(certs, bundle), 0);
    /* a hash link (as update-ca-certificates makes), the bundle beside it, also through a symlink
     * (Debian: /usr/lib/ssl/cert.pem -> /etc/ssl/certs/ca-certificates.crt) */
    snprintf(cmd, sizeof(cmd), "cd '%s/certs' && ln -s some-ca.pem 0123abcd.0 && ln -s certs/ca-certificates.crt ../cert.pem",
             dir);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert_int_eq(mfp_tls_system_dir_suffices(certs, bundle), 1);
    ck_assert_int_eq(mfp_tls_system_dir_suffices(certs, other), 1);
    ck_assert_int_eq(mfp_tls_system_dir_suffices(certs, NULL), 1);
    /* a bundle elsewhere may hold more than the directory */
    unlink(other);
    touch("cert.pem");
    ck_assert_int_eq(mfp_tls_system_dir_suffices(certs, other), 0);
    /* no bundle at all: OpenSSL's default is the directory alone too */
    unlink(other);
    ck_assert_int_eq(mfp_tls_system_dir_suffices(certs, other), 1);
    ck_assert_int_eq(mfp_tls_system_dir_suffices(NULL, other), 0);
    ck_assert_int_eq(mfp_tls_system_dir_suffices(other, NULL), 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("rconn");
    TCase *tc = tcase_create("rconn");

    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, not_connected);
    tcase_add_test(tc, connect_failures);
    tcase_add_test(tc, ctx_bad_files);
    tcase_add_test(tc, ctx_shared_and_stale);
    tcase_add_test(tc, system_dir);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return th_run_suite(suite());
}
