/* rconn.h - one connection to one Redis server that memflush owns: plain
 * TCP, a Unix socket or TLS (rconn_tls.c), with connect and I/O timeouts and
 * pipelining. hiredis only formats commands and parses replies here; its own
 * I/O (redisContext) is not used. Knows nothing about REDIS_URL, keys or
 * error classes (see redisconn.c). No global state: a handle may own several
 * connections (one per cluster node). */
#ifndef MEMFLUSH_RCONN_H
#define MEMFLUSH_RCONN_H

#include <stddef.h>
#include <time.h>

#include <hiredis/hiredis.h>

typedef struct mfp_tls_ctx mfp_tls_ctx;

/* Where and how to connect. Strings are copied by mfp_rconn_new. */
typedef struct mfp_rconn_opts {
    const char *host;          /* TCP: a name or an address literal (also the TLS name checked) */
    int port;
    const char *socket;        /* a Unix socket path instead of host:port */
    int tls;                   /* 1: TLS (rediss://) */
    const char *cacert;        /* PEM file of trusted CAs; NULL: the system's */
    const char *cert, *key;    /* client certificate and key (PEM) for mutual TLS, or NULL */
    int tls_insecure;          /* 1: do not verify the server's certificate or name */
    int connect_timeout_ms;    /* TCP connect plus TLS handshake */
    int io_timeout_ms;         /* each wait for the socket while writing or reading */
    /* a TLS context made with the same TLS settings to share (borrowed:
     * mfp_rconn_new takes a reference of its own), or NULL: the connection
     * makes one at its first TLS connect and keeps it across reconnects */
    mfp_tls_ctx *tls_ctx;
} mfp_rconn_opts;

/* What the last failure was, for the caller's error class. */
enum mfp_rconn_fail {
    MFP_RCONN_OK = 0,
    MFP_RCONN_EIO,       /* connect, read or write failed, timed out or the server hung up */
    MFP_RCONN_EVERIFY,   /* the server's certificate did not verify (errstr says why) */
    MFP_RCONN_ESETUP,    /* a local TLS file could not be used (CA, certificate, key) */
    MFP_RCONN_EPROTO,    /* the server's bytes are not RESP */
    MFP_RCONN_ENOMEM
};

typedef struct mfp_rconn mfp_rconn;

/* A new, unconnected connection (copies o). NULL on out-of-memory. */
mfp_rconn *mfp_rconn_new(const mfp_rconn_opts *o);
/* Close the socket (if any) and free everything; NULL is fine. */
void mfp_rconn_free(mfp_rconn *c);

/* Connect (TCP or Unix, then the TLS handshake). A connection already up is
 * closed first. 0, or -1 with mfp_rconn_fail/errstr set. */
int mfp_rconn_connect(mfp_rconn *c);
/* Drop the socket; what was appended and not sent is discarded. The next
 * mfp_rconn_connect opens a new one. */
void mfp_rconn_close(mfp_rconn *c);

/* 1 while a socket is open and no I/O error happened on it. */
int mfp_rconn_ok(const mfp_rconn *c);
/* Between commands (no reply owed): 1 when the server has closed the
 * connection (an end of file or a reset waits on the socket: a node killed
 * or restarted since the last reply); the connection is then marked failed,
 * so nothing is sent into it. One poll(2), no waiting. */
int mfp_rconn_peer_closed(mfp_rconn *c);
enum mfp_rconn_fail mfp_rconn_failure(const mfp_rconn *c);
/* The last failure's text ("" when none); never contains a password. */
const char *mfp_rconn_errstr(const mfp_rconn *c);

/* Queue a command for sending (hiredis' format: %s, %b, %d, %lld ...), or
 * an argv, or an already formatted command. 0, or -1 (out of memory or a
 * bad format: the connection is closed, since nothing can be taken back). */
int mfp_rconn_append(mfp_rconn *c, const char *fmt, ...);
int mfp_rconn_append_argv(mfp_rconn *c, int argc, const char **argv, const size_t *lens);
int mfp_rconn_append_formatted(mfp_rconn *c, const char *cmd, size_t len);
/* Send everything queued. 0, or -1 on an I/O error (the connection is closed). */
int mfp_rconn_flush(mfp_rconn *c);
/* Send what is queued, then read the next reply (a new redisReply: free
 * with freeReplyObject). 0, or -1 with *out NULL on an I/O error. */
int mfp_rconn_get_reply(mfp_rconn *c, redisReply **out);
/* append + get_reply. NULL on an I/O error. */
redisReply *mfp_rconn_command(mfp_rconn *c, const char *fmt, ...);
redisReply *mfp_rconn_command_argv(mfp_rconn *c, int argc, const char **argv, const size_t *lens);

/* The connection's TLS context (borrowed; NULL before its first TLS
 * connect), to share with mfp_tls_ctx_ref and opts.tls_ctx. */
mfp_tls_ctx *mfp_rconn_tls_ctx(const mfp_rconn *c);

/* TLS facts about the open connection, for check. */
typedef struct mfp_rconn_tls_info {
    int tls;                 /* 0: plaintext or Unix socket (the rest is unset) */
    int verified;            /* 1: certificate and name verified; 0: verification was switched off */
    char protocol[24];       /* "TLSv1.3" */
    char cipher[64];
    char not_after[32];      /* the server certificate's expiry, "2027-01-31 12:00:00 UTC" */
    long days_left;          /* whole days until then (negative: expired) */
    char subject[128];       /* the server certificate's subject, one line */
} mfp_rconn_tls_info;
/* Fill *out. 0, or -1 when not connected. */
int mfp_rconn_tls_info_get(const mfp_rconn *c, mfp_rconn_tls_info *out);

/* ---- rconn_tls.c: the TLS transport under rconn.c */

/* A TLS context: the CAs (MEMFLUSH_REDIS_CACERT, or the system's), the
 * client certificate and key, verification on or off, read once from o's
 * files. Reference counted (atomically: connections of several threads may
 * share one); mfp_tls_ctx_new returns the caller's reference, _ref adds one
 * (returns x), _free drops one (NULL is fine) and frees at the last. NULL
 * with *fail (MFP_RCONN_ESETUP: a file could not be used) and errbuf set. */
mfp_tls_ctx *mfp_tls_ctx_new(const mfp_rconn_opts *o, enum mfp_rconn_fail *fail, char *errbuf, size_t errlen);
mfp_tls_ctx *mfp_tls_ctx_ref(mfp_tls_ctx *x);
void mfp_tls_ctx_free(mfp_tls_ctx *x);
/* 1 when a file x was made from changed on disk since (a renewed
 * certificate): make a new context for the next connection. */
int mfp_tls_ctx_stale(const mfp_tls_ctx *x);

/* May the system's CAs be looked up in the hashed directory dir alone (not
 * the bundle file too)? 1 when dir holds NAME.0 hash links and bundle is
 * NULL, missing or in dir (Debian's layout). For the unit test. */
int mfp_tls_system_dir_suffices(const char *dir, const char *bundle);

/* Internal to rconn.c and rconn_tls.c: */
typedef struct mfp_tls mfp_tls;
/* Handshake on the connected socket fd with context x (the connection takes
 * a reference) within deadline (CLOCK_MONOTONIC ms). Returns a new mfp_tls
 * or NULL with *fail and errbuf set. */
mfp_tls *mfp_tls_open(int fd, mfp_tls_ctx *x, const mfp_rconn_opts *o, long long deadline_ms,
                      enum mfp_rconn_fail *fail, char *errbuf, size_t errlen);
void mfp_tls_free(mfp_tls *t);
/* Like send/recv: > 0 bytes moved; 0 on an orderly close (read); -1 with
 * *want = POLLIN or POLLOUT when it must wait (or the socket's timeout ran
 * out), or with *want = 0 and errbuf set on an error. */
long mfp_tls_write(mfp_tls *t, const char *buf, size_t n, int *want, char *errbuf, size_t errlen);
long mfp_tls_read(mfp_tls *t, char *buf, size_t n, int *want, char *errbuf, size_t errlen);
int mfp_tls_info(const mfp_tls *t, mfp_rconn_tls_info *out);
/* Monotonic milliseconds (rconn.c). */
long long mfp_rconn_now_ms(void);

#endif
