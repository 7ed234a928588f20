/* rconn.c - one Redis connection memflush owns: connect (TCP, Unix socket,
 * TLS through rconn_tls.c) with a deadline, queue formatted commands, send
 * them, read replies through hiredis' reader. Connecting (and the TLS
 * handshake) is non-blocking under one deadline; then reads and writes block
 * for at most the I/O timeout. Knows nothing about REDIS_URL or error classes. */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "rconn.h"

#define RCONN_READ 16384

struct mfp_rconn {
    mfp_rconn_opts o;          /* strings owned */
    int fd;                    /* -1: not connected */
    mfp_tls *tls;
    mfp_tls_ctx *tls_ctx;      /* a reference (shared, or made at the first TLS connect) */
    redisReader *reader;
    char *obuf;                /* queued, not yet sent: [opos, olen) */
    size_t olen, opos, ocap;
    enum mfp_rconn_fail fail;
    char errstr[256];
    char ibuf[RCONN_READ];
};

long long mfp_rconn_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void set_fail(mfp_rconn *c, enum mfp_rconn_fail f, const char *fmt, ...)
{
    va_list ap;

    c->fail = f;
    va_start(ap, fmt);
    vsnprintf(c->errstr, sizeof(c->errstr), fmt, ap);
    va_end(ap);
}

static char *dup_or_null(const char *s, int *oom)
{
    char *d;
    if (s == NULL)
        return NULL;
    if ((d = strdup(s)) == NULL)
        *oom = 1;
    return d;
}

mfp_rconn *mfp_rconn_new(const mfp_rconn_opts *o)
{
    mfp_rconn *c = calloc(1, sizeof(*c));
    int oom = 0;

    if (c == NULL)
        return NULL;
    c->fd = -1;
    c->o = *o;
    c->o.host = dup_or_null(o->host, &oom);
    c->o.socket = dup_or_null(o->socket, &oom);
    c->o.cacert = dup_or_null(o->cacert, &oom);
    c->o.cert = dup_or_null(o->cert, &oom);
    c->o.key = dup_or_null(o->key, &oom);
    c->o.tls_ctx = NULL; /* the reference is c->tls_ctx */
    c->tls_ctx = mfp_tls_ctx_ref(o->tls_ctx);
    if (c->o.connect_timeout_ms <= 0)
        c->o.connect_timeout_ms = 5000;
    if (c->o.io_timeout_ms <= 0)
        c->o.io_timeout_ms = 30000;
    if (oom) {
        mfp_rconn_free(c);
        return NULL;
    }
    return c;
}

void mfp_rconn_close(mfp_rconn *c)
{
    if (c == NULL)
        return;
    mfp_tls_free(c->tls);
    c->tls = NULL;
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
    if (c->reader != NULL)
        redisReaderFree(c->reader);
    c->reader = NULL;
    c->olen = c->opos = 0;
}

void mfp_rconn_free(mfp_rconn *c)
{
    if (c == NULL)
        return;
    mfp_rconn_close(c);
    mfp_tls_ctx_free(c->tls_ctx);
    free((char *)c->o.host);
    free((char *)c->o.socket);
    free((char *)c->o.cacert);
    free((char *)c->o.cert);
    free((char *)c->o.key);
    free(c->obuf);
    free(c);
}

int mfp_rconn_ok(const mfp_rconn *c)
{
    return c != NULL && c->fd >= 0 && c->fail == MFP_RCONN_OK;
}

int mfp_rconn_peer_closed(mfp_rconn *c)
{
    struct pollfd p;
    char b;
    ssize_t n;

    if (!mfp_rconn_ok(c))
        return 0;
    p.fd = c->fd;
    p.events = POLLIN;
    p.revents = 0;
    if (poll(&p, 1, 0) <= 0)
        return 0;
    /* readable with no reply owed: a TLS record (a session ticket) is data
     * and fine; an end of file or an error means the server is gone */
    n = recv(c->fd, &b, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)))
        return 0;
    set_fail(c, MFP_RCONN_EIO, "the server closed the connection");
    return 1;
}

enum mfp_rconn_fail mfp_rconn_failure(const mfp_rconn *c)
{
    return c ? c->fail : MFP_RCONN_EIO;
}

const char *mfp_rconn_errstr(const mfp_rconn *c)
{
    return c ? c->errstr : "not connected";
}

/* Wait for ev on fd until deadline. 0 ready, -1 timed out or failed (set). */
static int wait_fd(mfp_rconn *c, int fd, short ev, long long deadline, const char *doing)
{
    for (;;) {
        long long left = deadline - mfp_rconn_now_ms();
        struct pollfd p = {fd, ev, 0};
        int n;

        if (left <= 0) {
            set_fail(c, MFP_RCONN_EIO, "timed out %s", doing);
            return -1;
        }
        n = poll(&p, 1, left > 60000 ? 60000 : (int)left);
        if (n > 0)
            return 0;
        if (n < 0 && errno != EINTR) {
            set_fail(c, MFP_RCONN_EIO, "poll failed %s: %s", doing, strerror(errno));
            return -1;
        }
    }
}

static int nonblock(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

/* Start a non-blocking connect of a new socket to sa and wait for it. The
 * socket, or -1 (failure set). */
static int connect_sa(mfp_rconn *c, int family, const struct sockaddr *sa, socklen_t salen, long long deadline)
{
    int fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0), soerr = 0;
    socklen_t sl = sizeof(soerr);

    if (fd < 0 || nonblock(fd) != 0) {
        set_fail(c, MFP_RCONN_EIO, "could not create a socket: %s", strerror(errno));
        goto fail;
    }
    if (connect(fd, sa, salen) != 0) {
        if (errno != EINPROGRESS && errno != EAGAIN) {
            set_fail(c, MFP_RCONN_EIO, "%s", strerror(errno));
            goto fail;
        }
        if (wait_fd(c, fd, POLLOUT, deadline, "connecting") != 0)
            goto fail;
        if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) != 0 || soerr != 0) {
            set_fail(c, MFP_RCONN_EIO, "%s", strerror(soerr ? soerr : errno));
            goto fail;
        }
    }
    if (family != AF_UNIX) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
    }
    return fd;
fail:
    if (fd >= 0)
        close(fd);
    return -1;
}

static int connect_tcp(mfp_rconn *c, long long deadline)
{
    struct addrinfo hints, *res = NULL, *ai;
    char port[16];
    int rc, fd = -1;

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    snprintf(port, sizeof(port), "%d", c->o.port);
    rc = getaddrinfo(c->o.host, port, &hints, &res);
    if (rc != 0) {
        set_fail(c, MFP_RCONN_EIO, "could not resolve host name \"%.100s\": %s", c->o.host, gai_strerror(rc));
        return -1;
    }
    for (ai = res; ai != NULL && fd < 0; ai = ai->ai_next)
        fd = connect_sa(c, ai->ai_family, ai->ai_addr, ai->ai_addrlen, deadline);
    freeaddrinfo(res);
    return fd;
}

static int connect_unix(mfp_rconn *c, long long deadline)
{
    struct sockaddr_un sun;

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    if (strlen(c->o.socket) >= sizeof(sun.sun_path)) {
        set_fail(c, MFP_RCONN_EIO, "the socket path is longer than %zu bytes", sizeof(sun.sun_path) - 1);
        return -1;
    }
    memcpy(sun.sun_path, c->o.socket, strlen(c->o.socket));
    return connect_sa(c, AF_UNIX, (const struct sockaddr *)&sun, sizeof(sun), deadline);
}

/* Once connected, the socket blocks in recv and send for at most the I/O
 * timeout (SO_RCVTIMEO / SO_SNDTIMEO, as hiredis does): one system call
 * where a non-blocking socket needs recv, poll and recv again. A timeout
 * shows as EAGAIN, and the poll that follows finds the deadline passed. */
static int blocking_with_timeouts(mfp_rconn *c)
{
    struct timeval tv = {c->o.io_timeout_ms / 1000, (c->o.io_timeout_ms % 1000) * 1000};
    int fl = fcntl(c->fd, F_GETFL);

    if (fl < 0 || fcntl(c->fd, F_SETFL, fl & ~O_NONBLOCK) != 0 ||
        setsockopt(c->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) != 0 ||
        setsockopt(c->fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv)) != 0) {
        set_fail(c, MFP_RCONN_EIO, "could not set the socket's timeouts: %s", strerror(errno));
        return -1;
    }
    return 0;
}

int mfp_rconn_connect(mfp_rconn *c)
{
    long long deadline = mfp_rconn_now_ms() + c->o.connect_timeout_ms;
    enum mfp_rconn_fail f = MFP_RCONN_OK;

    mfp_rconn_close(c);
    c->fail = MFP_RCONN_OK;
    c->errstr[0] = '\0';
    c->fd = c->o.socket ? connect_unix(c, deadline) : connect_tcp(c, deadline);
    if (c->fd < 0)
        return -1;
    if (c->o.tls && c->o.socket == NULL) {
        if (c->tls_ctx != NULL && mfp_tls_ctx_stale(c->tls_ctx)) {
            mfp_tls_ctx_free(c->tls_ctx); /* a certificate was renewed: read the files again */
            c->tls_ctx = NULL;
        }
        if (c->tls_ctx == NULL && (c->tls_ctx = mfp_tls_ctx_new(&c->o, &f, c->errstr, sizeof(c->errstr))) == NULL) {
            c->fail = f;
            mfp_rconn_close(c);
            return -1;
        }
        c->tls = mfp_tls_open(c->fd, c->tls_ctx, &c->o, deadline, &f, c->errstr, sizeof(c->errstr));
        if (c->tls == NULL) {
            c->fail = f;
            mfp_rconn_close(c);
            return -1;
        }
    }
    if (blocking_with_timeouts(c) != 0) {
        mfp_rconn_close(c);
        return -1;
    }
    if ((c->reader = redisReaderCreate()) == NULL) {
        mfp_rconn_close(c);
        set_fail(c, MFP_RCONN_ENOMEM, "out of memory");
        return -1;
    }
    return 0;
}

/* After an I/O failure the connection is unusable: close it, keep the reason. */
static int io_failed(mfp_rconn *c)
{
    mfp_rconn_close(c);
    if (c->fail == MFP_RCONN_OK)
        c->fail = MFP_RCONN_EIO;
    return -1;
}

static int queue_bytes(mfp_rconn *c, const char *p, size_t n)
{
    if (c == NULL)
        return -1;
    if (!mfp_rconn_ok(c)) {
        if (c->fail == MFP_RCONN_OK)
            set_fail(c, MFP_RCONN_EIO, "not connected");
        return -1;
    }
    if (c->opos == c->olen)
        c->opos = c->olen = 0;
    if (c->olen + n > c->ocap) {
        size_t cap = c->ocap ? c->ocap : 16384;
        char *nb;
        while (cap < c->olen + n)
            cap *= 2;
        if ((nb = realloc(c->obuf, cap)) == NULL) {
            set_fail(c, MFP_RCONN_ENOMEM, "out of memory");
            return io_failed(c);
        }
        c->obuf = nb;
        c->ocap = cap;
    }
    memcpy(c->obuf + c->olen, p, n);
    c->olen += n;
    return 0;
}

int mfp_rconn_append_formatted(mfp_rconn *c, const char *cmd, size_t len)
{
    return queue_bytes(c, cmd, len);
}

static int append_owned(mfp_rconn *c, char *cmd, int len)
{
    int rc;

    if (c == NULL) {
        redisFreeCommand(cmd);
        return -1;
    }
    if (len < 0 || cmd == NULL) {
        set_fail(c, MFP_RCONN_ENOMEM, "out of memory or a bad command format");
        return io_failed(c);
    }
    rc = queue_bytes(c, cmd, (size_t)len);
    redisFreeCommand(cmd);
    return rc;
}

static int vappend(mfp_rconn *c, const char *fmt, va_list ap)
{
    char *cmd = NULL;
    int len = redisvFormatCommand(&cmd, fmt, ap);

    return append_owned(c, cmd, len);
}

int mfp_rconn_append(mfp_rconn *c, const char *fmt, ...)
{
    va_list ap;
    int rc;

    va_start(ap, fmt);
    rc = vappend(c, fmt, ap);
    va_end(ap);
    return rc;
}

int mfp_rconn_append_argv(mfp_rconn *c, int argc, const char **argv, const size_t *lens)
{
    char *cmd = NULL;
    int len = redisFormatCommandArgv(&cmd, argc, argv, lens);

    return append_owned(c, cmd, len);
}

/* Move bytes over the transport (plain or TLS): > 0 moved; 0 the server
 * closed (reading); -1 with *want POLLIN/POLLOUT to wait first, or *want 0
 * on an error (errstr set). */
static long xfer(mfp_rconn *c, int writing, char *buf, size_t n, int *want)
{
    long r;

    *want = writing ? POLLOUT : POLLIN;
    if (c->tls != NULL)
        return writing ? mfp_tls_write(c->tls, buf, n, want, c->errstr, sizeof(c->errstr))
                       : mfp_tls_read(c->tls, buf, n, want, c->errstr, sizeof(c->errstr));
    do
        r = writing ? send(c->fd, buf, n, MSG_NOSIGNAL) : recv(c->fd, buf, n, 0);
    while (r < 0 && errno == EINTR);
    if (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
        set_fail(c, MFP_RCONN_EIO, "%s failed: %s", writing ? "write" : "read", strerror(errno));
        *want = 0;
    }
    return r;
}

/* Nothing moved: wait for the socket until deadline. 0 to try again, -1
 * when it failed or timed out (the connection is closed). */
static int stalled(mfp_rconn *c, int want, long long deadline, const char *doing)
{
    if (want == 0) {
        if (c->fail == MFP_RCONN_OK)
            c->fail = MFP_RCONN_EIO;
        return io_failed(c);
    }
    if (wait_fd(c, c->fd, (short)want, deadline, doing) != 0)
        return io_failed(c);
    return 0;
}

int mfp_rconn_flush(mfp_rconn *c)
{
    long long deadline;

    if (c == NULL)
        return -1;
    deadline = mfp_rconn_now_ms() + c->o.io_timeout_ms;
    if (!mfp_rconn_ok(c)) {
        if (c->fail == MFP_RCONN_OK)
            set_fail(c, MFP_RCONN_EIO, "not connected");
        return -1;
    }
    while (c->opos < c->olen) {
        int want;
        long w = xfer(c, 1, c->obuf + c->opos, c->olen - c->opos, &want);

        if (w > 0) {
            c->opos += (size_t)w;
            deadline = mfp_rconn_now_ms() + c->o.io_timeout_ms;
        } else if (stalled(c, want, deadline, "writing to Redis") != 0) {
            return -1;
        }
    }
    c->opos = c->olen = 0;
    if (c->ocap > (1u << 20)) { /* a big pipeline is sent: give its buffer back */
        free(c->obuf);
        c->obuf = NULL;
        c->ocap = 0;
    }
    return 0;
}

/* Read what the socket has (waiting up to the I/O timeout) into the reader. */
static int read_some(mfp_rconn *c)
{
    long long deadline = mfp_rconn_now_ms() + c->o.io_timeout_ms;

    for (;;) {
        int want;
        long r = xfer(c, 0, c->ibuf, sizeof(c->ibuf), &want);

        if (r > 0) {
            if (redisReaderFeed(c->reader, c->ibuf, (size_t)r) != REDIS_OK) {
                set_fail(c, MFP_RCONN_ENOMEM, "out of memory");
                return io_failed(c);
            }
            return 0;
        }
        if (r == 0) {
            set_fail(c, MFP_RCONN_EIO, "the server closed the connection");
            return io_failed(c);
        }
        if (stalled(c, want, deadline, "waiting for Redis to answer") != 0)
            return -1;
    }
}

int mfp_rconn_get_reply(mfp_rconn *c, redisReply **out)
{
    void *r = NULL;

    *out = NULL;
    if (mfp_rconn_flush(c) != 0)
        return -1;
    for (;;) {
        if (redisReaderGetReply(c->reader, &r) != REDIS_OK) {
            set_fail(c, MFP_RCONN_EPROTO, "the server's answer is not the Redis protocol (%.120s)",
                     c->reader->errstr);
            return io_failed(c);
        }
        if (r != NULL) {
            *out = r;
            return 0;
        }
        if (read_some(c) != 0)
            return -1;
    }
}

redisReply *mfp_rconn_command(mfp_rconn *c, const char *fmt, ...)
{
    redisReply *r = NULL;
    va_list ap;
    int rc;

    va_start(ap, fmt);
    rc = vappend(c, fmt, ap);
    va_end(ap);
    if (rc != 0)
        return NULL;
    mfp_rconn_get_reply(c, &r);
    return r;
}

redisReply *mfp_rconn_command_argv(mfp_rconn *c, int argc, const char **argv, const size_t *lens)
{
    redisReply *r = NULL;

    if (mfp_rconn_append_argv(c, argc, argv, lens) != 0)
        return NULL;
    mfp_rconn_get_reply(c, &r);
    return r;
}

mfp_tls_ctx *mfp_rconn_tls_ctx(const mfp_rconn *c)
{
    return c != NULL ? c->tls_ctx : NULL;
}

int mfp_rconn_tls_info_get(const mfp_rconn *c, mfp_rconn_tls_info *out)
{
    memset(out, 0, sizeof(*out));
    if (!mfp_rconn_ok(c))
        return -1;
    if (c->tls == NULL)
        return 0;
    return mfp_tls_info(c->tls, out);
}
