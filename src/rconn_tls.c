/* rconn_tls.c - the TLS transport under rconn.c, through OpenSSL's libssl:
 * certificate and host-name verification (system CAs or a PEM file), SNI,
 * client certificates, the handshake within a deadline, and non-blocking
 * reads and writes. Knows nothing about Redis. Every connection has its own
 * SSL_CTX: no global state. */
#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "rconn.h"

struct mfp_tls {
    SSL_CTX *ctx;
    SSL *ssl;
    BIO_METHOD *meth;
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

void mfp_tls_free(mfp_tls *t)
{
    if (t == NULL)
        return;
    SSL_free(t->ssl); /* frees the BIO too */
    SSL_CTX_free(t->ctx);
    BIO_meth_free(t->meth);
    free(t);
}

static int setup_ctx(mfp_tls *t, const mfp_rconn_opts *o, enum mfp_rconn_fail *f, char *errbuf, size_t n)
{
    char why[200];

    if ((t->ctx = SSL_CTX_new(TLS_client_method())) == NULL)
        goto oom;
    SSL_CTX_set_min_proto_version(t->ctx, TLS1_2_VERSION);
    SSL_CTX_set_mode(t->ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    /* read what the socket has, not a record header and then its body: fewer
     * recv calls (rconn.c always calls SSL_read before it polls, so data
     * buffered here is never waited for) */
    SSL_CTX_set_read_ahead(t->ctx, 1);
    if (o->tls_insecure) {
        SSL_CTX_set_verify(t->ctx, SSL_VERIFY_NONE, NULL);
    } else {
        SSL_CTX_set_verify(t->ctx, SSL_VERIFY_PEER, NULL);
        if (o->cacert != NULL) {
            if (SSL_CTX_load_verify_locations(t->ctx, o->cacert, NULL) != 1) {
                ssl_errtext(why, sizeof(why), "unreadable");
                fail(f, MFP_RCONN_ESETUP, errbuf, n,
                     "could not load the CA certificates in MEMFLUSH_REDIS_CACERT=%.120s: %.100s", o->cacert, why);
                return -1;
            }
        } else if (SSL_CTX_set_default_verify_paths(t->ctx) != 1) {
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
        if (SSL_CTX_use_certificate_chain_file(t->ctx, o->cert) != 1) {
            ssl_errtext(why, sizeof(why), "unreadable");
            fail(f, MFP_RCONN_ESETUP, errbuf, n, "could not load MEMFLUSH_REDIS_CERT=%.120s: %.100s", o->cert, why);
            return -1;
        }
        if (SSL_CTX_use_PrivateKey_file(t->ctx, o->key, SSL_FILETYPE_PEM) != 1 ||
            SSL_CTX_check_private_key(t->ctx) != 1) {
            ssl_errtext(why, sizeof(why), "unreadable");
            fail(f, MFP_RCONN_ESETUP, errbuf, n,
                 "could not load MEMFLUSH_REDIS_KEY=%.120s (or it does not match the certificate): %.100s", o->key,
                 why);
            return -1;
        }
    }
    return 0;
oom:
    fail(f, MFP_RCONN_ENOMEM, errbuf, n, "out of memory%s%s", "", "");
    return -1;
}

static int setup_ssl(mfp_tls *t, int fd, const mfp_rconn_opts *o)
{
    unsigned char addr[16];
    int is_ip = inet_pton(AF_INET, o->host, addr) == 1 || inet_pton(AF_INET6, o->host, addr) == 1;
    BIO *bio;
    int *fdp;

    if ((t->ssl = SSL_new(t->ctx)) == NULL)
        return -1;
    if ((t->meth = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "memflush socket")) == NULL)
        return -1;
    BIO_meth_set_write(t->meth, bio_write);
    BIO_meth_set_read(t->meth, bio_read);
    BIO_meth_set_ctrl(t->meth, bio_ctrl);
    BIO_meth_set_destroy(t->meth, bio_destroy);
    if ((bio = BIO_new(t->meth)) == NULL)
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
    if (!o->tls_insecure) {
        X509_VERIFY_PARAM *vp = SSL_get0_param(t->ssl);
        if (is_ip ? X509_VERIFY_PARAM_set1_ip_asc(vp, o->host) != 1 : SSL_set1_host(t->ssl, o->host) != 1)
            return -1;
    }
    return 0;
}

mfp_tls *mfp_tls_open(int fd, const mfp_rconn_opts *o, long long deadline_ms, enum mfp_rconn_fail *f,
                      char *errbuf, size_t n)
{
    mfp_tls *t = calloc(1, sizeof(*t));
    char why[200];

    if (t == NULL) {
        fail(f, MFP_RCONN_ENOMEM, errbuf, n, "out of memory%s%s", "", "");
        return NULL;
    }
    t->fd = fd;
    ERR_clear_error();
    if (setup_ctx(t, o, f, errbuf, n) != 0)
        goto bad;
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
        if (!o->tls_insecure && SSL_get_verify_result(t->ssl) != X509_V_OK) {
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
    t->verified = !o->tls_insecure;
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
