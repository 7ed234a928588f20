/* internal.h - private declarations shared by the library's modules.
 * Private names start with mfp_; nothing here is exported. */
#ifndef MF_INTERNAL_H
#define MF_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <hiredis/hiredis.h>
#include <libpq-fe.h>

#include "memflush.h"

#if defined(__GNUC__)
#define MFP_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define MFP_PRINTF(a, b)
#endif

/* ------------------------------------------------------------ error.c */

/* Set err (if not already set: the first error wins) and return -1. */
int mfp_seterr(mf_error *err, int code, const char *fmt, ...) MFP_PRINTF(3, 4);
/* Same, with a SQLSTATE. */
int mfp_seterr_sql(mf_error *err, int code, const char *sqlstate, const char *fmt, ...)
    MFP_PRINTF(4, 5);

/* The public functions' answer to a NULL handle (or other required
 * pointer): MF_ECONFIG "fn needs what (got NULL)", -1 (include/memflush.h,
 * "NULL arguments"). */
int mfp_need(const char *fn, const char *what, mf_error *err);

/* -------------------------------------------------------------- buf.c */

/* A growable byte buffer, always NUL-terminated after len. */
typedef struct mfp_buf {
    char *data;
    size_t len;
    size_t cap;
    int oom; /* set when an append failed; later appends do nothing */
} mfp_buf;

void mfp_buf_init(mfp_buf *b);
void mfp_buf_free(mfp_buf *b);             /* frees data, back to empty */
void mfp_buf_reset(mfp_buf *b);            /* len = 0, keeps capacity */
int mfp_buf_reserve(mfp_buf *b, size_t extra);
int mfp_buf_append(mfp_buf *b, const void *p, size_t n);
int mfp_buf_puts(mfp_buf *b, const char *s);
int mfp_buf_putc(mfp_buf *b, char c);
int mfp_buf_printf(mfp_buf *b, const char *fmt, ...) MFP_PRINTF(2, 3);
/* Hand over the data (caller frees); the buffer is left empty. */
char *mfp_buf_steal(mfp_buf *b);
/* Append n in decimal (the hot paths: no format string). */
int mfp_buf_put_int(mfp_buf *b, long long n);

/* bytes.c: the value of hex digit c (a byte; either case), or -1. */
extern const unsigned char mfp_hex1[256]; /* the value plus one, 0: not hex */
static inline int mfp_hexval(int c)
{
    return (int)mfp_hex1[(unsigned char)c] - 1;
}
/* FNV-1a of s[0..n), for hash tables (not for anything an attacker may
 * choose to collide with cost). */
uint64_t mfp_hash(const char *s, size_t n);

/* ------------------------------------------------------------- prom.c */

/* Append one metric in the Prometheus text format to b: "# HELP memflush_<name>
 * <help>", "# TYPE memflush_<name> <type>", then "memflush_<name>{queue="..."}
 * <value>" (the label only when queue is not NULL, escaped). value NULL: the
 * HELP and TYPE lines only (a metric with no sample). Errors show in b->oom. */
void mfp_prom_metric(mfp_buf *b, const char *name, const char *type, const char *help,
                     const char *queue, const char *value);

/* ----------------------------------------------------------- config.c */

struct mf_config {
    char *redis_url;      /* NULL: redis://127.0.0.1:6379/0 */
    char *database_url;   /* NULL: libpq's PG* variables */
    char *prefix;         /* "memflush" */
    char *table;          /* "public.chat_memories" (validated identifier) */
    long batch_size;      /* 1000 */
    long ttl_seconds;     /* 172800 */
    long context_max;     /* 50 */
    long lease_seconds;   /* 300 */
    long retry_seconds;   /* 30 */
    long statement_timeout_ms; /* 60000 */
    long max_record_bytes;     /* 1048576 */
    long pg_connections;  /* 2 */
    int method;           /* mf_method */
    char numtext[16][24]; /* the text of each numeric option (mf_config_get), by table
                             index, written with the value (config.c, set_opt) */
};

/* Deep copy; NULL on out-of-memory. */
mf_config *mfp_config_dup(const mf_config *c);

/* Validate a table name: identifier or schema.identifier, each [A-Za-z_][A-Za-z0-9_$]*
 * at most 63 bytes. Returns 0 or -1 with MF_ECONFIG. */
int mfp_table_name_valid(const char *name, mf_error *err);

/* ----------------------------------------------------------- sql text */

/* Every statement and Lua script, compiled in from sql/ and src/lua/ by
 * tools/embed.sh into the generated embedded.c. Names follow the file names:
 * sql/flush_copy_direct.sql -> mfp_sql_flush_copy_direct. */
#include "embedded.h"

/* sqltext.c, the one renderer of those templates: tmpl with every
 * "{{table}}" replaced by table (already quoted) and "{{timeout_ms}}" by
 * timeout_ms. Caller frees; NULL on out-of-memory or an unknown "{{...}}". */
char *mfp_sql_render(const char *tmpl, const char *table, long timeout_ms);

/* ----------------------------------------------------------- handle.c */

#define MFP_MAX_SCRIPTS 16

struct mf_handle {
    mf_config *cfg;
    redisContext *redis;
    int redis_connected_once;   /* a later failure is transient, not "cannot connect" */
    PGconn *pg;
    int pg_connected_once;
    int schema_ok;              /* mf_check_schema passed on this handle */
    char *table_sql;            /* quoted identifier, e.g. "public"."chat_memories" */
    /* Redis keys (contract §2) */
    char *k_pending;            /* {P}:pending */
    char *k_dead;               /* {P}:dead */
    char *k_leases;             /* {P}:leases  zset flusher-id -> lease expiry (ms) */
    char *k_inflight_prefix;    /* {P}:inflight:  + flusher id: one list per flusher */
    char *k_ctx_prefix;         /* {P}:ctx:  + conversation id */
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
} mfp_redis_url;
/* redis://[user:password@]host[:port][/db], unix:///path[?db=N]
 * (percent-escapes decoded in user and password). MF_ECONFIG when malformed. */
int mfp_redis_url_parse(const char *url, mfp_redis_url *out, mf_error *err);
void mfp_redis_url_clear(mfp_redis_url *u);

/* The Redis connection, connected on first use. A failure to connect is
 * MF_ECONNECT before the handle ever connected and MF_ETRANSIENT after. */
int mfp_redis_get(mf_handle *h, redisContext **out, mf_error *err);
/* Forget a connection after an I/O error (the next get reconnects). */
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
/* The SHA1 to use with EVALSHA for script (loads it when needed); for
 * callers that pipeline EVALSHA themselves. NULL with err set on failure. */
const char *mfp_redis_script_sha(mf_handle *h, const char *script, mf_error *err);

/* ----------------------------------------------------------- pgconn.c */

/* The schema version this build needs and the file that brings it. */
#define MFP_SCHEMA_VERSION 2

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
