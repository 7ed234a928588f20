/* rconn_tls.c - the TLS transport under rconn.c, through OpenSSL's libssl:
 * certificate and host-name verification (system CAs or a PEM file), SNI,
 * client certificates, the handshake within a deadline, and non-blocking
 * reads and writes. Knows nothing about Redis. No global state: a context
 * (mfp_tls_ctx: the CAs, the client certificate, the settings) is made once
 * and shared by reference between the connections that use the same
 * settings (a connection across its reconnects, the nodes of a cluster). */
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "rconn.h"

/* What a file was when the context read it: a certificate renewed on disk
 * (replaced, rewritten) makes the context stale. */
typedef struct file_id {
    dev_t dev;
    ino_t ino;
    off_t size;
    struct timespec mtime;
    int missing;
} file_id;

struct mfp_tls_ctx {
    atomic_int refs;
    SSL_CTX *ctx;
    BIO_METHOD *meth;  /* the socket BIO's methods (read-only once made) */
    int insecure;
    char *paths[3];    /* cacert, cert, key (NULL: not used) ... */
    file_id ids[3];    /* ... as they were read */
};

struct mfp_tls {
    mfp_tls_ctx *x;    /* a reference */
    SSL *ssl;
    int fd;
    int verified;
};

/* The socket BIO, writing with MSG_NOSIGNAL: a server that hangs up must be
 * an error, not a SIGPIPE that kills the program (OpenSSL's own socket BIO
 * uses write()). */
static int bio_write(BIO *b, const char *buf, int n)
{
    int fd = *(int *)BIO_get_data(b);
    ssize_t w = send(fd, buf, (size_t)n, MSG_NOSIGNAL);

    BIO_clear_retry_flags(b);
    if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        BIO_set_retry_write(b);
    return (int)w;
}

static int bio_read(BIO *b, char *buf, int n)
{
    int fd = *(int *)BIO_get_data(b);
    ssize_t r = recv(fd, buf, (size_t)n, 0);

    BIO_clear_retry_flags(b);
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        BIO_set_retry_read(b);
    return (int)r;
}

static long bio_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    return cmd == BIO_CTRL_FLUSH ? 1 : 0;
}

static int bio_destroy(BIO *b)
{
    free(BIO_get_data(b));
    BIO_set_data(b, NULL);
    return 1;
}

/* The first OpenSSL error in the queue (and clear it), or fallback. */
static void ssl_errtext(char *buf, size_t n, const char *fallback)
{
    unsigned long e = ERR_get_error();

    if (e != 0)
        ERR_error_string_n(e, buf, n);
    else
        snprintf(buf, n, "%s", fallback);
    ERR_clear_error();
}

static void fail(enum mfp_rconn_fail *f, enum mfp_rconn_fail what, char *errbuf, size_t n, const char *fmt,
                 const char *a, const char *b)
{
    *f = what;
    snprintf(errbuf, n, fmt, a, b);
}

/* ---------------------------------------------------------- the context */

static void file_id_get(const char *path, file_id *id)
{
    struct stat st;

    memset(id, 0, sizeof(*id));
    if (stat(path, &st) != 0) {
        id->missing = 1;
        return;
    }
    id->dev = st.st_dev;
    id->ino = st.st_ino;
    id->size = st.st_size;
    id->mtime = st.st_mtim;
}

static int file_id_same(const file_id *a, const file_id *b)
{
    return a->missing == b->missing && a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
           a->mtime.tv_sec == b->mtime.tv_sec && a->mtime.tv_nsec == b->mtime.tv_nsec;
}

/* May the system's CAs be looked up in dir alone? When dir holds
 * certificates under their subject hash (NAME.0, as c_rehash and
 * update-ca-certificates make them) and the default bundle file is absent
 * or lives in dir too (Debian: /usr/lib/ssl/cert.pem is
 * /etc/ssl/certs/ca-certificates.crt, written with the links by the same
 * update-ca-certificates), the directory has what the bundle has. */
int mfp_tls_system_dir_suffices(const char *dir, const char *bundle)
{
    char rdir[PATH_MAX], rbundle[PATH_MAX], *slash;
    struct dirent *e;
    DIR *d;
    int hashed = 0;

    if (dir == NULL || realpath(dir, rdir) == NULL || (d = opendir(rdir)) == NULL)
        return 0;
    while (!hashed && (e = readdir(d)) != NULL)
        hashed = strlen(e->d_name) == 10 && strspn(e->d_name, "0123456789abcdef") == 8 &&
                 strcmp(e->d_name + 8, ".0") == 0;
    closedir(d);
    if (!hashed)
        return 0;
    if (bundle == NULL)
        return 1;
    if (realpath(bundle, rbundle) == NULL)
        return errno == ENOENT; /* no bundle: OpenSSL's default is the directory alone too */
    if ((slash = strrchr(rbundle, '/')) == NULL)
        return 0;
    *slash = '\0';
    return strcmp(rbundle, rdir) == 0;
}

/* The system's CAs. OpenSSL's default (SSL_CTX_set_default_verify_paths)
 * parses the whole bundle file when the context is made: on Debian that
 * is ~140 certificates and 1.3 MB of memory for the one that signed the
 * server's. When neither SSL_CERT_FILE nor SSL_CERT_DIR is set and the
 * default directory is the hashed one update-ca-certificates keeps in step
 * with that bundle, look certificates up there instead, on demand. */
static int load_system_cas(SSL_CTX *ctx)
{
    const char *dir = X509_get_default_cert_dir();

    if (getenv(X509_get_default_cert_file_env()) == NULL && getenv(X509_get_default_cert_dir_env()) == NULL &&
        mfp_tls_system_dir_suffices(dir, X509_get_default_cert_file()))
        return SSL_CTX_load_verify_dir(ctx, dir);
    return SSL_CTX_set_default_verify_paths(ctx);
}

static int setup_ctx(mfp_tls_ctx *x, const mfp_rconn_opts *o, enum mfp_rconn_fail *f, char *errbuf, size_t n)
{
    char why[200];

    if ((x->ctx = SSL_CTX_new(TLS_client_method())) == NULL)
        goto oom;
    SSL_CTX_set_min_proto_version(x->ctx, TLS1_2_VERSION);
    SSL_CTX_set_mode(x->ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    /* read what the socket has, not a record header and then its body: fewer
     * recv calls (rconn.c always calls SSL_read before it polls, so data
     * buffered here is never waited for) */
    SSL_CTX_set_read_ahead(x->ctx, 1);
    if (o->tls_insecure) {
        SSL_CTX_set_verify(x->ctx, SSL_VERIFY_NONE, NULL);
    } else {
        SSL_CTX_set_verify(x->ctx, SSL_VERIFY_PEER, NULL);
        if (o->cacert != NULL) {
            if (SSL_CTX_load_verify_locations(x->ctx, o->cacert, NULL) != 1) {
                ssl_errtext(why, sizeof(why), "unreadable");
                fail(f, MFP_RCONN_ESETUP, errbuf, n,
                     "could not load the CA certificates in MEMFLUSH_REDIS_CACERT=%.120s: %.100s", o->cacert, why);
                return -1;
            }
        } else if (load_system_cas(x->ctx) != 1) {
            ssl_errtext(why, sizeof(why), "unreadable");
            fail(f, MFP_RCONN_ESETUP, errbuf, n, "could not load the system's CA certificates%s: %.100s", "", why);
            return -1;
        }
    }
    if (o->cert != NULL || o->key != NULL) {
        if (o->cert == NULL || o->key == NULL) {
            fail(f, MFP_RCONN_ESETUP, errbuf, n,
                 "a client certificate needs both MEMFLUSH_REDIS_CERT and MEMFLUSH_REDIS_KEY%s%s", "", "");
            return -1;
        }
        if (SSL_CTX_use_certificate_chain_file(x->ctx, o->cert) != 1) {
            ssl_errtext(why, sizeof(why), "unreadable");
            fail(f, MFP_RCONN_ESETUP, errbuf, n, "could not load MEMFLUSH_REDIS_CERT=%.120s: %.100s", o->cert, why);
            return -1;
        }
        if (SSL_CTX_use_PrivateKey_file(x->ctx, o->key, SSL_FILETYPE_PEM) != 1 ||
            SSL_CTX_check_private_key(x->ctx) != 1) {
            ssl_errtext(why, sizeof(why), "unreadable");
            fail(f, MFP_RCONN_ESETUP, errbuf, n,
                 "could not load MEMFLUSH_REDIS_KEY=%.120s (or it does not match the certificate): %.100s", o->key,
                 why);
            return -1;
        }
    }
    if ((x->meth = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "memflush socket")) == NULL)
        goto oom;
    BIO_meth_set_write(x->meth, bio_write);
    BIO_meth_set_read(x->meth, bio_read);
    BIO_meth_set_ctrl(x->meth, bio_ctrl);
    BIO_meth_set_destroy(x->meth, bio_destroy);
    return 0;
oom:
    fail(f, MFP_RCONN_ENOMEM, errbuf, n, "out of memory%s%s", "", "");
    return -1;
}

mfp_tls_ctx *mfp_tls_ctx_new(const mfp_rconn_opts *o, enum mfp_rconn_fail *f, char *errbuf, size_t n)
{
    mfp_tls_ctx *x = calloc(1, sizeof(*x));
    const char *paths[3] = {o->tls_insecure ? NULL : o->cacert, o->cert, o->key};
    int i;

    if (x == NULL) {
        fail(f, MFP_RCONN_ENOMEM, errbuf, n, "out of memory%s%s", "", "");
        return NULL;
    }
    atomic_init(&x->refs, 1);
    x->insecure = o->tls_insecure != 0;
    /* the files' identities before they are read: a change made while
     * they are read shows as stale next time, not missed */
    for (i = 0; i < 3; i++) {
        if (paths[i] == NULL)
            continue;
        if ((x->paths[i] = strdup(paths[i])) == NULL) {
            fail(f, MFP_RCONN_ENOMEM, errbuf, n, "out of memory%s%s", "", "");
            goto bad;
        }
        file_id_get(paths[i], &x->ids[i]);
    }
    ERR_clear_error();
    if (setup_ctx(x, o, f, errbuf, n) != 0)
        goto bad;
    return x;
bad:
    ERR_clear_error();
    mfp_tls_ctx_free(x);
    return NULL;
}

mfp_tls_ctx *mfp_tls_ctx_ref(mfp_tls_ctx *x)
{
    if (x != NULL)
        atomic_fetch_add(&x->refs, 1);
    return x;
}

void mfp_tls_ctx_free(mfp_tls_ctx *x)
{
    int i;

    if (x == NULL || atomic_fetch_sub(&x->refs, 1) != 1)
        return;
    SSL_CTX_free(x->ctx);
    BIO_meth_free(x->meth);
    for (i = 0; i < 3; i++)
        free(x->paths[i]);
    free(x);
}

int mfp_tls_ctx_stale(const mfp_tls_ctx *x)
{
    int i;

    for (i = 0; x != NULL && i < 3; i++) {
        file_id now;
        if (x->paths[i] == NULL)
            continue;
        file_id_get(x->paths[i], &now);
        if (!file_id_same(&now, &x->ids[i]))
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------- the connection */

void mfp_tls_free(mfp_tls *t)
{
    if (t == NULL)
        return;
    SSL_free(t->ssl); /* frees the BIO too */
    mfp_tls_ctx_free(t->x);
    free(t);
}

static int setup_ssl(mfp_tls *t, int fd, const mfp_rconn_opts *o)
{
    unsigned char addr[16];
    int is_ip = inet_pton(AF_INET, o->host, addr) == 1 || inet_pton(AF_INET6, o->host, addr) == 1;
    BIO *bio;
    int *fdp;

    if ((t->ssl = SSL_new(t->x->ctx)) == NULL)
        return -1;
    if ((bio = BIO_new(t->x->meth)) == NULL)
        return -1;
    if ((fdp = malloc(sizeof(*fdp))) == NULL) {
        BIO_free(bio);
        return -1;
    }
    *fdp = fd;
    BIO_set_data(bio, fdp);
    BIO_set_init(bio, 1);
    SSL_set_bio(t->ssl, bio, bio);
    /* SNI only for names (RFC 6066 forbids address literals) */
    if (!is_ip && SSL_set_tlsext_host_name(t->ssl, o->host) != 1)
        return -1;
    if (!t->x->insecure) {
        X509_VERIFY_PARAM *vp = SSL_get0_param(t->ssl);
        if (is_ip ? X509_VERIFY_PARAM_set1_ip_asc(vp, o->host) != 1 : SSL_set1_host(t->ssl, o->host) != 1)
            return -1;
    }
    return 0;
}

mfp_tls *mfp_tls_open(int fd, mfp_tls_ctx *x, const mfp_rconn_opts *o, long long deadline_ms,
                      enum mfp_rconn_fail *f, char *errbuf, size_t n)
{
    mfp_tls *t = calloc(1, sizeof(*t));
    char why[200];

    if (t == NULL) {
        fail(f, MFP_RCONN_ENOMEM, errbuf, n, "out of memory%s%s", "", "");
        return NULL;
    }
    t->fd = fd;
    t->x = mfp_tls_ctx_ref(x);
    ERR_clear_error();
    if (setup_ssl(t, fd, o) != 0) {
        ssl_errtext(why, sizeof(why), "out of memory");
        fail(f, MFP_RCONN_ENOMEM, errbuf, n, "could not set up TLS: %.100s%s", why, "");
        goto bad;
    }
    for (;;) {
        int r = SSL_connect(t->ssl), e, ev;
        long long left;
        struct pollfd p;

        if (r == 1)
            break;
        e = SSL_get_error(t->ssl, r);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
            ev = e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT;
            left = deadline_ms - mfp_rconn_now_ms();
            p.fd = fd;
            p.events = (short)ev;
            p.revents = 0;
            if (left <= 0 || poll(&p, 1, (int)left) == 0) {
                fail(f, MFP_RCONN_EIO, errbuf, n,
                     "timed out in the TLS handshake (is this port TLS? redis:// is plaintext, rediss:// is TLS)%s%s",
                     "", "");
                goto bad;
            }
            continue;
        }
        if (!x->insecure && SSL_get_verify_result(t->ssl) != X509_V_OK) {
            long v = SSL_get_verify_result(t->ssl);
            ERR_clear_error();
            fail(f, MFP_RCONN_EVERIFY, errbuf, n,
                 "the server's TLS certificate did not verify: %s%s", X509_verify_cert_error_string(v),
                 v == X509_V_ERR_HOSTNAME_MISMATCH || v == X509_V_ERR_IP_ADDRESS_MISMATCH
                     ? " (it is not issued for the host name in REDIS_URL)"
                     : v == X509_V_ERR_CERT_HAS_EXPIRED ? " (renew the server's certificate)"
                     : " (set MEMFLUSH_REDIS_CACERT to the CA that signed it)");
            goto bad;
        }
        if (e == SSL_ERROR_SYSCALL && ERR_peek_error() == 0)
            snprintf(why, sizeof(why), "%s", r == 0 || errno == 0 ? "the server closed the connection" : strerror(errno));
        else
            ssl_errtext(why, sizeof(why), "the handshake failed");
        fail(f, MFP_RCONN_EIO, errbuf, n, "the TLS handshake failed: %.150s%s", why,
             strstr(why, "wrong version number") || strstr(why, "packet length too long")
                 ? " (is this port plaintext? use redis:// for it, rediss:// for a TLS port)"
                 : "");
        goto bad;
    }
    t->verified = !x->insecure;
    return t;
bad:
    ERR_clear_error();
    mfp_tls_free(t);
    return NULL;
}

/* Map an SSL_read/SSL_write result that moved nothing. */
static long io_result(mfp_tls *t, int r, int *want, char *errbuf, size_t n, const char *doing)
{
    int e = SSL_get_error(t->ssl, r);
    char why[200];

    switch (e) {
    case SSL_ERROR_WANT_READ:
        *want = POLLIN;
        return -1;
    case SSL_ERROR_WANT_WRITE:
        *want = POLLOUT;
        return -1;
    case SSL_ERROR_ZERO_RETURN:
        *want = 0;
        return 0;
    case SSL_ERROR_SYSCALL:
        if (ERR_peek_error() == 0) {
            *want = 0;
            if (errno == 0 || r == 0)
                return 0; /* EOF without close_notify: the server hung up */
            snprintf(errbuf, n, "TLS %s failed: %s", doing, strerror(errno));
            return -1;
        }
        /* fall through */
    default:
        ssl_errtext(why, sizeof(why), "failed");
        *want = 0;
        snprintf(errbuf, n, "TLS %s failed: %.150s%s", doing, why,
                 strstr(why, "certificate required") || strstr(why, "handshake failure")
                     ? " (the server asks for a client certificate: set MEMFLUSH_REDIS_CERT and MEMFLUSH_REDIS_KEY)"
                 : strstr(why, "alert unknown ca") || strstr(why, "alert bad certificate") ||
                         strstr(why, "alert certificate")
                     ? " (the server refused the client certificate in MEMFLUSH_REDIS_CERT)"
                     : "");
        return -1;
    }
}

long mfp_tls_write(mfp_tls *t, const char *buf, size_t n, int *want, char *errbuf, size_t errlen)
{
    int r;

    ERR_clear_error();
    errno = 0;
    r = SSL_write(t->ssl, buf, n > 1 << 30 ? 1 << 30 : (int)n);
    if (r > 0)
        return r;
    r = (int)io_result(t, r, want, errbuf, errlen, "write");
    if (r == 0) { /* a write cannot see an orderly close: say so */
        snprintf(errbuf, errlen, "the server closed the connection");
        *want = 0;
        r = -1;
    }
    if (r < 0 && *want == 0) {
        /* the server may have said why before hanging up (TLS 1.3 sends
         * "certificate required" after the client's handshake is done):
         * read its alert, it is a better reason than "reset by peer" */
        char b[256], why[256];
        int w2 = 0;
        struct pollfd p = {t->fd, POLLIN, 0};
        if (poll(&p, 1, 0) == 1 && /* never wait for it: the socket blocks */
            mfp_tls_read(t, b, sizeof(b), &w2, why, sizeof(why)) < 0 && w2 == 0 && strstr(why, "alert") != NULL)
            snprintf(errbuf, errlen, "%s", why);
    }
    return r;
}

long mfp_tls_read(mfp_tls *t, char *buf, size_t n, int *want, char *errbuf, size_t errlen)
{
    int r;

    ERR_clear_error();
    errno = 0;
    r = SSL_read(t->ssl, buf, n > 1 << 30 ? 1 << 30 : (int)n);
    if (r > 0)
        return r;
    return io_result(t, r, want, errbuf, errlen, "read");
}

int mfp_tls_info(const mfp_tls *t, mfp_rconn_tls_info *out)
{
    X509 *cert = SSL_get1_peer_certificate(t->ssl);
    const char *cipher = SSL_get_cipher_name(t->ssl);

    out->tls = 1;
    out->verified = t->verified;
    snprintf(out->protocol, sizeof(out->protocol), "%s", SSL_get_version(t->ssl));
    snprintf(out->cipher, sizeof(out->cipher), "%s", cipher ? cipher : "?");
    if (cert != NULL) {
        const ASN1_TIME *na = X509_get0_notAfter(cert);
        struct tm tm;
        int days = 0, secs = 0;

        if (ASN1_TIME_to_tm(na, &tm) == 1)
            strftime(out->not_after, sizeof(out->not_after), "%Y-%m-%d %H:%M:%S UTC", &tm);
        if (ASN1_TIME_diff(&days, &secs, NULL, na) == 1)
            out->days_left = days;
        X509_NAME_oneline(X509_get_subject_name(cert), out->subject, (int)sizeof(out->subject));
        X509_free(cert);
    }
    ERR_clear_error();
    return 0;
}
