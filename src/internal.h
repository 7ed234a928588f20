/* internal.h - the connection layer: struct mf_handle and the Redis,
 * PostgreSQL and URL functions that work on it, over base.h. Only modules
 * that talk to a server (or hold a handle) include it; pure modules include
 * base.h instead. Private names start with mfp_; nothing here is exported. */
#ifndef MF_INTERNAL_H
#define MF_INTERNAL_H

#include <hiredis/hiredis.h>
#include <libpq-fe.h>

#include "base.h"
#include "uidxmemo.h"
#include "rconn.h"

/* ----------------------------------------------------------- handle.c */

#define MFP_MAX_SCRIPTS 16

struct mf_handle {
    mf_config *cfg;
    mfp_rconn *redis;           /* NULL until the first connect; closed after an I/O error */
    int redis_connected_once;   /* a later failure is transient, not "cannot connect" */
    int redis_maybe_ran;        /* the last script call was sent and its reply lost */
    mfp_uidx_memo uidx_memo;    /* user index entries known saved; emptied on every connect */
    mfp_tls_ctx *redis_tls;     /* rediss://: the TLS context every connection of the handle
                                   shares (a reference; the nodes of a cluster: one, not one each) */
    PGconn *pg;
    int pg_connected_once;
    int schema_ok;              /* mf_check_schema passed on this handle */
    char *table_sql;            /* quoted identifier, e.g. "public"."chat_memories" */
    /* Redis keys of the current shard (contract §2), borrowed from the
     * layout cache (layout.h: mfp_layout_use switches shard) */
    const char *k_pending;      /* {T}:pending */
    const char *k_dead;         /* {T}:dead */
    const char *k_leases;       /* {T}:leases  zset flusher-id -> lease expiry (ms) */
    const char *k_inflight_prefix; /* {T}:inflight:  + flusher id: one list per flusher */
    const char *k_ctx_prefix;   /* {T}:ctx:  + conversation id */
    const char *k_inflight;     /* {T}:inflight:<flusher id>, this handle's own list */
    const char *k_uidx_prefix;  /* {T}:uidx:  + time bucket: zset "<user id>\0<ctx key>" (forget's index) */
    const char *k_forget;       /* {T}:forget  hash: forgets in progress (docs/forget.md) */
    const char *k_erasures;     /* {T}:erasures  hash: counters of forget and prune */
    int cur_shard;              /* MFP_SHARD_ONE (-1: {P}) or k ({P:k}) */
    int cur_slot;               /* the cluster hash slot of the current shard */
    struct mfp_shard **shard_cache; /* layout.c: built on first use, index shard + 1 */
    char *k_registry;           /* {P}:shards */
    int registered;             /* this handle added its shard count to the registry */
    struct mfp_cluster *cluster; /* redisconn.c: nodes and slot map on a Redis Cluster, else NULL */
    int cluster_probed;         /* 1 once the first connection asked whether this is a cluster */
    mfp_rconn *redis_pin;       /* check.c: while set, every command goes to this master */
    char flusher_id[96];        /* host-pid-random, unique per handle */
    /* the Lua scripts loaded, keyed by their text (its hash and length:
     * not by address, so a script built at run time is found again) */
    struct { uint64_t hash; size_t len; char sha[41]; } scripts[MFP_MAX_SCRIPTS];
};

/* mfp_sql_render with h's table and statement timeout. */
char *mfp_sql_for(const mf_handle *h, const char *tmpl);

/* A malloc'd "{P}:suffix" key. */
char *mfp_key(const mf_handle *h, const char *suffix);

/* --------------------------------------------------------- redisconn.c */

/* A parsed REDIS_URL. Strings are owned; free with mfp_redis_url_clear. */
typedef struct mfp_redis_url {
    char *host;      /* NULL for a unix socket */
    int port;
    char *socket;    /* unix socket path or NULL */
    char *user;      /* NULL: default user */
    char *password;  /* NULL: no AUTH */
    int db;
    int tls;         /* rediss:// */
} mfp_redis_url;
/* redis[s]://[user:password@]host[:port][/db], unix:///path[?db=N]
 * (percent-escapes decoded in user and password). MF_ECONFIG when malformed. */
int mfp_redis_url_parse(const char *url, mfp_redis_url *out, mf_error *err);
void mfp_redis_url_clear(mfp_redis_url *u);
/* REDIS_URL may name several seed nodes: redis://[auth@]h1:p1,h2:p2[/db].
 * out[i]: the URL with the host list replaced by seed i (free with
 * mfp_redis_url_seeds_free). A URL without a comma gives itself. -1 on
 * out-of-memory. */
int mfp_redis_url_seeds(const char *url, char ***out, size_t *n);
void mfp_redis_url_seeds_free(char **v, size_t n);

/* The Redis connection, connected on first use. A failure to connect is
 * MF_ECONNECT before the handle ever connected and MF_ETRANSIENT after. */
int mfp_redis_get(mf_handle *h, mfp_rconn **out, mf_error *err);
/* Free every Redis connection of the handle (mf_close). */
void mfp_redis_free_all(mf_handle *h);
/* 1 when the handle talks to a Redis Cluster (known after the first connect). */
int mfp_redis_is_cluster(const mf_handle *h);
/* The connection of every master (one, when not a cluster): up to max in
 * out, *n the count. Reads the slot map first. */
int mfp_redis_masters(mf_handle *h, mfp_rconn **out, size_t max, size_t *n, mf_error *err);
/* "host:port" of a cluster node's connection; -1 when not a cluster. */
int mfp_redis_node_name(const mf_handle *h, const mfp_rconn *c, char *out, size_t n);
/* Slots with a known master (16384 when not a cluster). */
int mfp_redis_slots_covered(const mf_handle *h);
/* 1 when r is a MOVED or ASK reply (mfp_redis_reply_ok records where to go). */
int mfp_redis_redirected(const redisReply *r);
/* TLS facts of the connection (connects if needed); out->tls 0 when plaintext. */
int mfp_redis_tls_info(mf_handle *h, mfp_rconn_tls_info *out, mf_error *err);
/* Close the connection after an I/O error (the next get reconnects). */
void mfp_redis_drop(mf_handle *h);
/* Check a reply: NULL (I/O error: drops the connection, MF_ETRANSIENT),
 * an error reply (WRONGTYPE and the like: MF_EPRIVILEGE, others MF_ETRANSIENT
 * for LOADING/BUSY/MASTERDOWN/READONLY/TRYAGAIN, else MF_ECONFIG).
 * 'what' names the operation for the message. Frees nothing. */
int mfp_redis_reply_ok(mf_handle *h, redisReply *r, const char *what, mf_error *err);
/* Run a Lua script (EVALSHA, loading it on NOSCRIPT). keys/args as binary
 * strings. Returns the reply (caller frees with freeReplyObject) or NULL
 * with err set. */
redisReply *mfp_redis_script(mf_handle *h, const char *script, int nkeys, const char **keys,
                             int nargs, const char **args, const size_t *arglens,
                             const char *what, mf_error *err);
/* The same, followed by WAIT wait_replicas wait_ms in the same round trip
 * when wait_replicas > 0: *acked gets the replicas that acknowledged. */
redisReply *mfp_redis_script_wait(mf_handle *h, const char *script, int nkeys, const char **keys, int nargs,
                                  const char **args, const size_t *arglens, const char *what, long wait_replicas,
                                  long wait_ms, long long *acked, mf_error *err);
/* One command (an argv) on the current shard's node, following MOVED and
 * ASK redirections; the reply is checked like mfp_redis_reply_ok. NULL with
 * err on failure. */
redisReply *mfp_redis_command_argv(mf_handle *h, int argc, const char **argv, const size_t *lens, const char *what,
                                   mf_error *err);
/* The SHA1 to use with EVALSHA for script (loads it when needed); for
 * callers that pipeline EVALSHA themselves. NULL with err set on failure. */
const char *mfp_redis_script_sha(mf_handle *h, const char *script, mf_error *err);

/* -------------------------------------------------------------- url.c */

#define MFP_REDIS_FORM "redis://[user:password@]host:port/db or unix:///path/to/redis.sock"

/* A copy of msg (a server's or a library's text, NULL: "") with every piece
 * of the password that url holds (as mf_mask_url sees it: whole, %-decoded,
 * and each run of 4+ bytes between the bytes parsers split at) replaced by
 * "****", trailing newlines dropped. Caller frees; NULL on out-of-memory. */
char *mfp_url_scrub(const char *msg, const char *url);
/* mfp_seterr(err, code, fmt, masked, <text scrubbed of url's password>):
 * fmt takes exactly two %s. Returns -1. */
int mfp_url_seterr_scrubbed(mf_error *err, int code, const char *url, const char *text, const char *fmt,
                            const char *masked);
/* MF_ECONFIG: "VAR "<masked url>" is not valid (why); percent-encode ...; use form". -1. */
int mfp_url_bad(mf_error *err, const char *var, const char *url, const char *why, const char *form);
/* The same with a hint after the reason ("...is not valid (why); hint; advice; use form"). */
int mfp_url_bad_hint(mf_error *err, const char *var, const char *url, const char *why, const char *hint,
                     const char *form);
/* Validate a DATABASE_URL (NULL or "": libpq's PG* variables) before any
 * connection: the user-info must be unambiguous, PQconninfoParse must accept
 * it and the port must be a number. libpq's own message is never shown (it
 * quotes tokens, the password among them). 0 or -1 with MF_ECONFIG. */
int mfp_url_check_pg(const char *conninfo, mf_error *err);
/* Validate a REDIS_URL the same way (mfp_redis_url_parse plus the user-info
 * check). 0 or -1 with MF_ECONFIG. */
int mfp_url_check_redis(const char *url, mf_error *err);
/* A hint for hosted PostgreSQL into out (n bytes): Supabase's pooler host
 * with a user name lacking ".<project-ref>", or a host that resolves to IPv6
 * only and could not be reached (connect_failed). 1 when a hint was written,
 * else 0 (out = ""). Pure: no lookups. */
int mfp_url_hosted_hint(const char *host, const char *user, int ipv6_only, int connect_failed,
                        char *out, size_t n);
/* The (first) host and the user a DATABASE_URL names (else PGHOST, PGUSER),
 * "" when none; for hints only. */
void mfp_url_pg_host_user(const char *conninfo, char *host, size_t hn, char *user, size_t un);
/* 1 when host resolves to IPv6 addresses only (getaddrinfo), else 0. */
int mfp_url_ipv6_only(const char *host);

/* ----------------------------------------------------------- pgconn.c */

/* Where 'make install' puts share/memflush (migrations, sql): set by the
 * Makefile from PREFIX. */
#ifndef MF_DATADIR
#define MF_DATADIR "/usr/local/share/memflush"
#endif

/* The schema version this build needs and the file that brings it. */
#define MFP_SCHEMA_VERSION 2

/* Where migration file 'file' ("0001_chat_memories.sql"; "" for the
 * directory) is, for hints: MF_DATADIR/migrations/file when installed there,
 * else the source tree's path and the installed one. Writes out, returns it. */
const char *mfp_migration_where(const char *file, char *out, size_t n);

/* The PostgreSQL connection, connected on first use (MF_ECONNECT before the
 * handle ever connected, MF_ETRANSIENT after). */
int mfp_pg_get(mf_handle *h, PGconn **out, mf_error *err);
void mfp_pg_drop(mf_handle *h);
/* Map a failed result (or a NULL one) to err: code from the SQLSTATE class
 * (see mfp_pg_code), message "what: server message", the SQLSTATE kept.
 * A broken connection is dropped. Returns -1. */
int mfp_pg_fail(mf_handle *h, PGresult *res, const char *what, mf_error *err);
/* The mf_code for a SQLSTATE (classes as two digits, codes as five):
 * MF_ETRANSIENT for none (NULL or not 5 characters: the connection broke),
 * 08, 53, 40001, 40P01, 57P01, 57P02, 57P03, 57014, 25006, 55P03, 58000,
 * 58030; MF_EDATA for 22, 23, 54000, 54001; MF_EPRIVILEGE for 28, 42501,
 * 0A000, 42P01, 42703, 26000, 3D000, 42P05, 42P10, 3F000; else MF_ECONFIG.
 * tests/unit/test_config.c checks every one. */
int mfp_pg_code(const char *sqlstate);

#endif /* MF_INTERNAL_H */
