/* th.h - helpers for the integration suites: connect to the rig's servers
 * (REDIS_URL, DATABASE_URL), run the memflush binary, control the rig, and
 * check the delivery invariant of contract §3. Aborts the test on failure. */
#ifndef MF_TH_H
#define MF_TH_H

#include <check.h>
#include <hiredis/hiredis.h>
#include <jansson.h>
#include <libpq-fe.h>
#include <stddef.h>

#include "memflush.h"

/* Connections to the rig's servers (abort the test when impossible). */
redisContext *th_redis(void);
PGconn *th_pg(void);
/* The Redis prefix tests use (MEMFLUSH_PREFIX or "memflush") and "{P}:suffix" (malloc'd). */
const char *th_prefix(void);
char *th_key(const char *suffix);
/* A library handle configured from the environment (the rig's servers and
 * the test's prefix); prefix and context_max override when not NULL. */
mf_handle *th_open(const char *prefix, const char *context_max);

/* The memflush binary: $MEMFLUSH, else $BUILD/memflush, else build/memflush. */
const char *th_binary(void);

typedef struct th_run {
    int status;  /* exit status, or 128+signal */
    char *out;   /* all of stdout, NUL-terminated */
    char *err;   /* all of stderr */
} th_run;
/* Run memflush with the NULL-terminated arguments (after the binary name),
 * feeding stdin_data (NULL: /dev/null). Extra environment as "K=V" strings in
 * env (NULL-terminated, may be NULL); the rest is inherited. */
void th_memflush(th_run *r, const char *stdin_data, const char *const *env, ...);
void th_memflushv(th_run *r, const char *stdin_data, const char *const *env, const char *const *args);
void th_run_free(th_run *r);

/* Start memflush in the background (stdout/stderr to files in the rig dir); returns the pid. */
int th_spawn(const char *const *env, const char *const *args);

/* Run "$MF_RIG sub" (stop-pg, start-pg, stop-redis, start-redis ...); aborts on failure. */
void th_rig(const char *sub);

/* Query helpers. */
long long th_pg_int(PGconn *pg, const char *sql);       /* first column of the first row */
void th_pg_exec(PGconn *pg, const char *sql);           /* abort on error */
long long th_redis_int(redisContext *r, const char *fmt, ...); /* integer reply */
void th_redis_cmd(redisContext *r, const char *fmt, ...);      /* abort on error reply */

/* LLEN of {P}:suffix on R (the fixture's connection). */
long long th_llen(const char *suffix);
/* s parsed as JSON (a new reference), or abort the test naming the error. */
json_t *th_json(const char *s);

/* Delete every {P}:* key and truncate public.chat_memories. */
void th_reset(redisContext *r, PGconn *pg);

/* The per-test fixture of the integration suites, for
 * tcase_add_checked_fixture(tc, th_setup, th_teardown) (it runs in each
 * test's own process). th_setup connects R and PG, the test's connections, to
 * the rig's servers and empties the queue and the table (th_reset);
 * th_teardown closes both (a test may have replaced or dropped one: NULL is
 * fine) and sets them to NULL. A suite that needs more wraps them. */
extern redisContext *R;
extern PGconn *PG;
void th_setup(void);
void th_teardown(void);

/* The body of a suite's main(): run every test of s (Check's normal output,
 * CK_RUN_CASE and friends apply), free the runner; returns the exit status,
 * 0 when every test passed, else 1. */
int th_run_suite(Suite *s);

/* The whole file at path (relative to the repository root, where the tests
 * run), malloc'd and NUL-terminated; *len (optional) gets its length. Fails
 * the test when it cannot be read. */
char *th_slurp(const char *path, size_t *len);
/* Call fn on every *.json file of dir (path, contents, length, arg); fails
 * the test when dir holds 10 or fewer. Returns how many there were. */
int th_each_json(const char *dir, void (*fn)(const char *path, const char *buf, size_t len, void *arg),
                 void *arg);

/* RPUSH a record onto {P}:pending exactly as given. */
void th_push_raw(redisContext *r, const char *record);
/* A valid §1 record with this cid (conversation conv), malloc'd. */
char *th_record(const char *cid, const char *conv);

/* The invariant of contract §3 for the cids given: each is in the table exactly
 * once or in {P}:dead exactly once, never both; nothing is
 * in flight; the table holds no cid outside the list. Returns 0 and fills
 * the counts, or aborts with a message naming the first violation. */
void th_check_invariant(redisContext *r, PGconn *pg, char **cids, size_t n,
                        size_t *in_table, size_t *in_dead);

#endif
