/* cli_http.c - flush --listen: GET /metrics, /healthz and /readyz (contract
 * §8) served by libmicrohttpd in its own thread. The flusher's loop only
 * publishes a snapshot of its state here (under a mutex); the HTTP side never
 * touches the loop's connections: readiness and the live queue figures come
 * from a prober thread with a handle (and connections) of its own, run only
 * when a request wants a result newer than a second. Uses only memflush.h,
 * cli.h and libmicrohttpd. */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>

#include <microhttpd.h>

#include "cli.h"

#if MHD_VERSION < 0x00097002
typedef int mhd_result;
#else
typedef enum MHD_Result mhd_result;
#endif

/* Bounds of what a client may cost us (docs/operations.md "Service mode"). */
#define HTTP_CONNECTIONS 64        /* open connections at once; more are refused */
#define HTTP_TIMEOUT_S 5           /* an idle or trickling connection is closed after it */
#define HTTP_MEMORY 8192           /* per connection: request line and headers must fit */
#define PROBE_FRESH_S 1.0          /* a probe result younger than this is served as is */
#define PROBE_WAIT_S 2             /* seconds a request waits at most for a new probe */
#define PROBE_STALE_S 5.0          /* an older result is not trusted for /readyz */

struct cli_svc {
    struct MHD_Daemon *d;
    pthread_mutex_t mu;
    pthread_cond_t cv;             /* probe wanted / probe done */
    pthread_t prober;
    int prober_started;
    int quit;
    /* published by the loop */
    cli_svc_state st;
    double beat;                   /* monotonic time of the last heartbeat */
    double stuck_s;
    /* the prober's results */
    mf_handle *ph;                 /* the prober's own handle */
    char *queue;                   /* the queue label (the prefix) */
    int want;
    unsigned long gen;             /* probes finished */
    double probed_at;              /* monotonic; 0: never */
    int redis_ok, pg_ok;
    char redis_err[512], pg_err[512];
    int pg_code;
    mf_stats stats;
};

/* ------------------------------------------------------- a text buffer */

typedef struct text_buf {
    char *data;
    size_t len, cap;
    int oom;
} text_buf;

static void text_init(text_buf *t)
{
    memset(t, 0, sizeof(*t));
}

static void text_free(text_buf *t)
{
    free(t->data);
    text_init(t);
}

static void text_append(text_buf *t, const char *p, size_t n)
{
    if (t->oom)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 1024;
        char *d;
        while (cap < t->len + n + 1)
            cap *= 2;
        d = realloc(t->data, cap);
        if (d == NULL) {
            t->oom = 1;
            return;
        }
        t->data = d;
        t->cap = cap;
    }
    memcpy(t->data + t->len, p, n);
    t->len += n;
    t->data[t->len] = '\0';
}

static void text_puts(text_buf *t, const char *s)
{
    text_append(t, s, strlen(s));
}

static void text_putc(text_buf *t, char c)
{
    text_append(t, &c, 1);
}

static void text_printf(text_buf *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void text_printf(text_buf *t, const char *fmt, ...)
{
    char small[512], *big = NULL;
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n < 0) {
        t->oom = 1;
        return;
    }
    if ((size_t)n < sizeof(small)) {
        text_append(t, small, (size_t)n);
        return;
    }
    va_start(ap, fmt);
    n = vasprintf(&big, fmt, ap);
    va_end(ap);
    if (n < 0) {
        t->oom = 1;
        return;
    }
    text_append(t, big, (size_t)n);
    free(big);
}

/* ------------------------------------------------------------- prober */

static void *prober_main(void *arg)
{
    cli_svc *s = arg;

    pthread_mutex_lock(&s->mu);
    for (;;) {
        mf_error re = {0}, pe = {0};
        mf_stats st;
        int rok, pok;

        while (!s->quit && !s->want)
            pthread_cond_wait(&s->cv, &s->mu);
        if (s->quit)
            break;
        s->want = 0;
        pthread_mutex_unlock(&s->mu);
        /* the prober's own connections: the loop's are never used here */
        rok = mf_stats_get(s->ph, &st, &re) == 0;
        pok = mf_ping_postgres(s->ph, &pe) == 0;
        pthread_mutex_lock(&s->mu);
        s->redis_ok = rok;
        s->pg_ok = pok;
        snprintf(s->redis_err, sizeof(s->redis_err), "%s", rok ? "" : re.msg);
        snprintf(s->pg_err, sizeof(s->pg_err), "%s", pok ? "" : pe.msg);
        s->pg_code = pok ? 0 : pe.code;
        if (rok)
            s->stats = st;
        s->probed_at = cli_now();
        s->gen++;
        pthread_cond_broadcast(&s->cv);
    }
    pthread_mutex_unlock(&s->mu);
    return NULL;
}

/* With s->mu held: a probe result younger than PROBE_FRESH_S, waiting at most
 * PROBE_WAIT_S for one. 1 when the result is at most PROBE_STALE_S old. */
static int fresh_probe(cli_svc *s)
{
    unsigned long gen = s->gen;
    struct timespec until;

    if (s->probed_at > 0 && cli_now() - s->probed_at < PROBE_FRESH_S)
        return 1;
    s->want = 1;
    pthread_cond_broadcast(&s->cv);
    clock_gettime(CLOCK_MONOTONIC, &until); /* the condition variable's clock */
    until.tv_sec += PROBE_WAIT_S;
    while (s->gen == gen)
        if (pthread_cond_timedwait(&s->cv, &s->mu, &until) == ETIMEDOUT)
            break;
    return s->probed_at > 0 && cli_now() - s->probed_at <= PROBE_STALE_S;
}

/* ------------------------------------------------------------ answers */

/* JSON string body of s (quotes, backslashes and control bytes escaped). */
static void json_str(text_buf *t, const char *s)
{
    text_putc(t, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            text_printf(t, "\\%c", c);
        else if (c < 0x20)
            text_printf(t, "\\u%04x", c);
        else
            text_putc(t, (char)c);
    }
    text_putc(t, '"');
}

static void healthz(cli_svc *s, text_buf *t, unsigned *status)
{
    double age = cli_now() - s->beat;

    if (s->st.stopping) {
        *status = MHD_HTTP_SERVICE_UNAVAILABLE;
        text_printf(t, "{\"status\":\"stopping\",\"seconds_since_progress\":%.3f}\n", age);
    } else if (age > s->stuck_s) {
        *status = MHD_HTTP_SERVICE_UNAVAILABLE;
        text_printf(t, "{\"status\":\"stuck\",\"seconds_since_progress\":%.3f,\"limit_seconds\":%g}\n", age,
                        s->stuck_s);
    } else {
        *status = MHD_HTTP_OK;
        text_printf(t, "{\"status\":\"ok\",\"seconds_since_progress\":%.3f}\n", age);
    }
}

static void readyz(cli_svc *s, text_buf *t, unsigned *status)
{
    int fresh = fresh_probe(s);
    const char *reason = NULL;

    if (!fresh)
        reason = "the readiness check got no answer in time (Redis or PostgreSQL slow to answer)";
    else if (!s->redis_ok)
        reason = s->redis_err;
    else if (!s->pg_ok)
        reason = s->pg_err;
    *status = reason == NULL ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE;
    text_printf(t, "{\"ready\":%s,\"redis\":", reason == NULL ? "true" : "false");
    json_str(t, !fresh ? "unknown" : s->redis_ok ? "ok" : "failed");
    text_puts(t, ",\"postgres\":");
    json_str(t, !fresh ? "unknown" : s->pg_ok ? "ok" : s->pg_code == MF_ESCHEMA ? "migration missing" : "failed");
    if (reason != NULL) {
        text_puts(t, ",\"reason\":");
        json_str(t, reason);
    }
    text_puts(t, "}\n");
}

static void metrics(cli_svc *s, text_buf *t)
{
    const cli_svc_state *st = &s->st;
    int fresh = fresh_probe(s);
    char *text;

    if (st->rounds > 0) {
        text = mf_metrics_flush_text(&st->last, s->queue, st->last_run_unix, st->last_success_unix);
        if (text != NULL)
            text_puts(t, text);
        free(text);
    }
    text = mf_metrics_service_text(&st->total, st->rounds, st->failed_rounds, cli_now() - s->beat,
                                   !(fresh && s->redis_ok), s->queue);
    if (text != NULL)
        text_puts(t, text);
    else
        t->oom = 1;
    free(text);
    if (fresh && s->redis_ok) {
        text = mf_stats_prometheus(&s->stats, s->queue);
        if (text != NULL)
            text_puts(t, text);
        else
            t->oom = 1;
        free(text);
    }
}

static mhd_result answer(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                         const char *version, const char *upload_data, size_t *upload_data_size, void **con_cls)
{
    cli_svc *s = cls;
    struct MHD_Response *resp;
    text_buf t;
    unsigned status = MHD_HTTP_OK;
    const char *type = "application/json";
    mhd_result ret;

    (void)version;
    (void)upload_data;
    (void)upload_data_size;
    (void)con_cls;
    text_init(&t);
    if (strcmp(method, MHD_HTTP_METHOD_GET) != 0) {
        status = MHD_HTTP_METHOD_NOT_ALLOWED;
        text_puts(&t, "{\"error\":\"only GET is served\"}\n");
    } else if (strcmp(url, "/healthz") == 0) {
        pthread_mutex_lock(&s->mu);
        healthz(s, &t, &status);
        pthread_mutex_unlock(&s->mu);
    } else if (strcmp(url, "/readyz") == 0) {
        pthread_mutex_lock(&s->mu);
        readyz(s, &t, &status);
        pthread_mutex_unlock(&s->mu);
    } else if (strcmp(url, "/metrics") == 0) {
        type = "text/plain; version=0.0.4; charset=utf-8";
        pthread_mutex_lock(&s->mu);
        metrics(s, &t);
        pthread_mutex_unlock(&s->mu);
    } else {
        status = MHD_HTTP_NOT_FOUND;
        text_puts(&t, "{\"error\":\"not found: GET /metrics, /healthz or /readyz\"}\n");
    }
    if (t.oom) {
        text_free(&t);
        return MHD_NO; /* closes the connection */
    }
    resp = MHD_create_response_from_buffer(t.len, t.data, MHD_RESPMEM_MUST_FREE);
    if (resp == NULL) {
        text_free(&t);
        return MHD_NO;
    }
    t.data = NULL; /* owned by the response now */
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, "GET");
    ret = MHD_queue_response(conn, status, resp);
    MHD_destroy_response(resp);
    return ret;
}

/* MHD's own complaints (a refused connection, a request too large) go to
 * the log at debug level: a hostile client must not flood the log. */
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    char msg[512];

    (void)cls;
    vsnprintf(msg, sizeof(msg), fmt, ap);
    msg[strcspn(msg, "\n")] = '\0';
    cli_log(CLI_DEBUG, "http: %s", msg);
}

/* -------------------------------------------------------------- setup */

/* HOST:PORT, [v6]:PORT or PORT (127.0.0.1) into a socket address. */
static int parse_listen(const char *spec, struct sockaddr_storage *ss, socklen_t *len, char *err, size_t errlen)
{
    char host[128];
    const char *colon = strrchr(spec, ':'), *p;
    long port = 0;
    size_t hn;

    memset(ss, 0, sizeof(*ss));
    if (colon == NULL) {
        snprintf(host, sizeof(host), "127.0.0.1");
        p = spec;
    } else {
        hn = (size_t)(colon - spec);
        if (hn >= sizeof(host))
            goto bad;
        memcpy(host, spec, hn);
        host[hn] = '\0';
        if (hn >= 2 && host[0] == '[' && host[hn - 1] == ']') {
            memmove(host, host + 1, hn - 2);
            host[hn - 2] = '\0';
        } else if (hn == 0) {
            snprintf(host, sizeof(host), "127.0.0.1");
        }
        p = colon + 1;
    }
    if (*p == '\0' || strlen(p) > 5)
        goto bad;
    for (; *p; p++) {
        if (*p < '0' || *p > '9')
            goto bad;
        port = port * 10 + (*p - '0');
    }
    if (port < 1 || port > 65535)
        goto bad;
    if (strchr(host, ':') != NULL) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
        a->sin6_family = AF_INET6;
        a->sin6_port = htons((uint16_t)port);
        if (inet_pton(AF_INET6, host, &a->sin6_addr) != 1)
            goto bad;
        *len = sizeof(*a);
    } else {
        struct sockaddr_in *a = (struct sockaddr_in *)ss;
        a->sin_family = AF_INET;
        a->sin_port = htons((uint16_t)port);
        if (strcmp(host, "localhost") == 0)
            snprintf(host, sizeof(host), "127.0.0.1");
        if (inet_pton(AF_INET, host, &a->sin_addr) != 1)
            goto bad;
        *len = sizeof(*a);
    }
    return 0;
bad:
    snprintf(err, errlen,
             "--listen must be HOST:PORT with a numeric IPv4 or [IPv6] address and a port from 1 to 65535 "
             "(e.g. 127.0.0.1:9187, 0.0.0.0:9187 or [::]:9187), got \"%.80s\"",
             spec);
    return -1;
}

cli_svc *cli_svc_start(const char *listen, const mf_config *cfg, double stuck_seconds, char *err, size_t errlen)
{
    struct sockaddr_storage ss;
    socklen_t slen = 0;
    cli_svc *s;
    mf_error me = {0};
    const char *q;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    pthread_condattr_t ca;

    if (parse_listen(listen, &ss, &slen, err, errlen) != 0)
        return NULL;
    s = calloc(1, sizeof(*s));
    if (s == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&s->mu, NULL);
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&s->cv, &ca);
    pthread_condattr_destroy(&ca);
    s->beat = cli_now();
    s->stuck_s = stuck_seconds;
    s->st.last_success_unix = -1;
    q = mf_config_get(cfg, "prefix");
    s->queue = strdup(q != NULL ? q : "memflush");
    s->ph = mf_open(cfg, &me);
    if (s->queue == NULL || s->ph == NULL) {
        snprintf(err, errlen, "%s", me.msg[0] ? me.msg : "out of memory");
        goto fail;
    }
    if (pthread_create(&s->prober, NULL, prober_main, s) != 0) {
        snprintf(err, errlen, "could not start the readiness prober thread");
        goto fail;
    }
    s->prober_started = 1;
    /* [::] serves IPv4 too (IPV6_V6ONLY off): a platform's IPv4 health check and an IPv6-only
     * private network (Railway's) reach one listener */
    if (ss.ss_family == AF_INET6)
        flags |= IN6_IS_ADDR_UNSPECIFIED(&((struct sockaddr_in6 *)&ss)->sin6_addr) ? MHD_USE_DUAL_STACK
                                                                                  : MHD_USE_IPv6;
    s->d = MHD_start_daemon(flags, 0, NULL, NULL, answer, s,
                            MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
                            MHD_OPTION_CONNECTION_LIMIT, (unsigned)HTTP_CONNECTIONS,
                            MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)HTTP_TIMEOUT_S,
                            MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)HTTP_MEMORY,
                            MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
                            MHD_OPTION_END);
    if (s->d == NULL) {
        snprintf(err, errlen, "could not listen on %.80s: %s; is the port in use, or the address not on this host?",
                 listen, errno ? strerror(errno) : "unknown error");
        goto fail;
    }
    return s;
fail:
    cli_svc_stop(s);
    return NULL;
}

void cli_svc_publish(cli_svc *s, const cli_svc_state *st)
{
    if (s == NULL)
        return;
    pthread_mutex_lock(&s->mu);
    s->st = *st;
    s->beat = cli_now();
    pthread_mutex_unlock(&s->mu);
}

void cli_svc_beat(cli_svc *s)
{
    if (s == NULL)
        return;
    pthread_mutex_lock(&s->mu);
    s->beat = cli_now();
    pthread_mutex_unlock(&s->mu);
}

void cli_svc_stop(cli_svc *s)
{
    if (s == NULL)
        return;
    if (s->d != NULL)
        MHD_stop_daemon(s->d);
    if (s->prober_started) {
        pthread_mutex_lock(&s->mu);
        s->quit = 1;
        pthread_cond_broadcast(&s->cv);
        pthread_mutex_unlock(&s->mu);
        pthread_join(s->prober, NULL);
    }
    mf_close(s->ph);
    free(s->queue);
    pthread_cond_destroy(&s->cv);
    pthread_mutex_destroy(&s->mu);
    free(s);
}
