/* follow.c - turn-to-row latency of flush --follow: saves turns at a steady
 * rate through the library (mf_save) and times, for each, the moment its row
 * becomes visible in PostgreSQL, from the save's return. Visibility is seen
 * through NOTIFY: tests/bench/follow.sh adds an AFTER INSERT trigger that
 * calls pg_notify('mfbench_rows', cid), and PostgreSQL delivers a
 * notification exactly when the inserting transaction commits. Uses the
 * public API of include/memflush.h and libpq. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>

#include <libpq-fe.h>

#include "bench.h"
#include "memflush.h"

typedef struct seen_rows {
    const char *tag;
    size_t taglen;
    const double *saved;
    double *lat, sum;
    long saved_n, seen;
} seen_rows;

/* Read what PostgreSQL sent (without waiting) and time each notification of
 * ours. 0, or -1 when the connection failed. */
static int take_notifications(PGconn *pg, seen_rows *s)
{
    PGnotify *n;
    double now;
    long k;

    if (!PQconsumeInput(pg)) {
        fprintf(stderr, "mfbench follow: %s\n", PQerrorMessage(pg));
        return -1;
    }
    now = bench_now();
    while ((n = PQnotifies(pg)) != NULL) {
        if (strncmp(n->extra, s->tag, s->taglen) == 0 && n->extra[s->taglen] == '-') {
            k = strtol(n->extra + s->taglen + 1, NULL, 10);
            if (k >= 0 && k < s->saved_n && s->lat[k] == 0) {
                s->lat[k] = (now - s->saved[k]) * 1000.0;
                if (s->lat[k] <= 0)
                    s->lat[k] = 1e-6;
                s->sum += s->lat[k];
                s->seen++;
            }
        }
        PQfreemem(n);
    }
    return 0;
}

/* mfbench follow --rate R --seconds S --tag T
 * Prints: rate=.. saved=.. seen=.. p50_ms=.. p99_ms=.. max_ms=.. mean_ms=..
 * behind_max_ms=.. (the most the saves fell behind their schedule: a loaded
 * machine; notifications are read after every save too, so a producer that
 * is behind does not add its delay to the latencies) */
int bench_follow(int argc, char **argv)
{
    double rate = atof(bench_opt(argc, argv, "rate", "1000"));
    double seconds = atof(bench_opt(argc, argv, "seconds", "20"));
    const char *tag = bench_opt(argc, argv, "tag", "lat");
    long total = (long)(rate * seconds), i = 0, k;
    double *saved = NULL, *lat = NULL, start, drain_until = 0, behind = 0;
    seen_rows seen = {0};
    mf_config *cfg = mf_config_new();
    mf_handle *h = NULL;
    mf_error err = {0};
    PGconn *pg = NULL;
    PGresult *res;
    size_t taglen = strlen(tag);
    int rc = 1;

    if (total <= 0 || cfg == NULL || mf_config_load_env(cfg, &err) != 0 || (h = mf_open(cfg, &err)) == NULL) {
        fprintf(stderr, "mfbench follow: %s\n", err.msg[0] ? err.msg : "bad --rate/--seconds");
        goto done;
    }
    saved = calloc((size_t)total, sizeof(*saved));
    lat = calloc((size_t)total, sizeof(*lat));
    pg = PQconnectdb(getenv("DATABASE_URL") ? getenv("DATABASE_URL") : "");
    if (saved == NULL || lat == NULL || PQstatus(pg) != CONNECTION_OK) {
        fprintf(stderr, "mfbench follow: %s\n", pg ? PQerrorMessage(pg) : "out of memory");
        goto done;
    }
    res = PQexec(pg, "LISTEN mfbench_rows");
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        fprintf(stderr, "mfbench follow: LISTEN: %s\n", PQerrorMessage(pg));
        PQclear(res);
        goto done;
    }
    PQclear(res);
    seen.tag = tag;
    seen.taglen = taglen;
    seen.saved = saved;
    seen.lat = lat;
    start = bench_now();
    for (;;) {
        double now = bench_now(), next = start + (double)i / rate, wait;

        if (i < total && now >= next) {
            char cid[64], msg[64];
            mf_turn t = {0};
            mf_save_result sr;
            snprintf(cid, sizeof(cid), "%s-%ld", tag, i);
            snprintf(msg, sizeof(msg), "turn %ld of the latency bench", i);
            t.cid = cid;
            t.conversation_id = "bench-follow";
            t.user_id = "bench";
            t.user_message = msg;
            t.assistant_message = "an answer of a realistic but modest length, a sentence or two long.";
            t.token_count = -1;
            if (mf_save(h, &t, 0, &sr, &err) != 0) {
                fprintf(stderr, "mfbench follow: save: %s\n", err.msg);
                goto done;
            }
            if (now - next > behind)
                behind = now - next;
            saved[i++] = bench_now();
            seen.saved_n = i;
            if (i == total)
                drain_until = bench_now() + 15;
            if (take_notifications(pg, &seen) != 0)
                goto done;
            continue;
        }
        if (i == total && (seen.seen == total || now > drain_until))
            break;
        wait = i < total ? next - now : 0.05;
        if (wait > 0.05)
            wait = 0.05;
        if (wait > 0) {
            fd_set fds;
            struct timeval tv = {0, (long)(wait * 1e6)};
            FD_ZERO(&fds);
            FD_SET(PQsocket(pg), &fds);
            if (select(PQsocket(pg) + 1, &fds, NULL, NULL, &tv) < 0 && errno != EINTR)
                goto done;
        }
        if (take_notifications(pg, &seen) != 0)
            goto done;
    }
    {
        double *v = malloc((size_t)(seen.seen > 0 ? seen.seen : 1) * sizeof(*v));
        long m = 0;
        if (v == NULL)
            goto done;
        for (k = 0; k < total; k++)
            if (lat[k] > 0)
                v[m++] = lat[k];
        printf("rate=%.0f saved=%ld seen=%ld p50_ms=%.1f p99_ms=%.1f max_ms=%.1f mean_ms=%.1f behind_max_ms=%.0f\n",
               rate, total, seen.seen, m ? bench_percentile(v, (size_t)m, 50) : 0,
               m ? bench_percentile(v, (size_t)m, 99) : 0, m ? bench_percentile(v, (size_t)m, 100) : 0,
               m ? seen.sum / (double)m : 0, behind * 1000.0);
        free(v);
    }
    rc = seen.seen == total ? 0 : 1;
done:
    free(saved);
    free(lat);
    PQfinish(pg);
    mf_close(h);
    mf_config_free(cfg);
    return rc;
}
