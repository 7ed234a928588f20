/* base.h - the private base layer: errors, buffers, bytes, Prometheus text,
 * the config struct and the SQL templates. It includes neither hiredis nor
 * libpq and knows no handle: the pure modules (tokens.c, sha256.c, record.c,
 * recfast.c, jsonw.c, utf8.c, copytext.c, deadletter.c, ...) include this and
 * not internal.h, so the compiler checks they stay pure.
 * Private names start with mfp_; nothing here is exported. */
#ifndef MF_BASE_H
#define MF_BASE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>



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

/* One more sample line of a metric already opened by mfp_prom_metric, with
 * a shard="..." label after the queue label (either may be NULL). */
void mfp_prom_sample(mfp_buf *b, const char *name, const char *queue, const char *shard, const char *value);

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
    char *redis_cacert;   /* MEMFLUSH_REDIS_CACERT: PEM CAs for rediss:// (NULL: the system's) */
    char *redis_cert;     /* MEMFLUSH_REDIS_CERT: client certificate (PEM) */
    char *redis_key;      /* MEMFLUSH_REDIS_KEY: its private key (PEM) */
    long redis_tls_insecure;        /* 1: do not verify the server's certificate (warned) */
    long redis_connect_timeout_ms;  /* 5000 */
    long shards;          /* MEMFLUSH_SHARDS: 1 (the {P} queue) or N shards {P:k} (layout.h) */
    long flush_shard;     /* MEMFLUSH_SHARD: -1 every shard, else flush only this one */
    long save_wait_replicas;   /* MEMFLUSH_SAVE_WAIT_REPLICAS: 0, or WAIT for N replicas after a save */
    long save_wait_timeout_ms; /* 1000 */
    long save_retry_ms;        /* 5000 */
    char numtext[32][24]; /* the text of each numeric option (mf_config_get), by table
                             index, written with the value (config.c, set_opt) */
};

/* Deep copy; NULL on out-of-memory. */
mf_config *mfp_config_dup(const mf_config *c);

/* The longest Redis key prefix (--prefix / MEMFLUSH_PREFIX), in bytes. Every
 * key is built whole from it (no fixed buffers); the bound keeps keys of a
 * sane size. */
#define MFP_PREFIX_MAX 512

/* Validate a prefix: 1 to MFP_PREFIX_MAX bytes, no braces (the hash tag), no
 * control bytes. Returns 0 or -1 with MF_ECONFIG naming 'source'. */
int mfp_prefix_valid(const char *prefix, const char *source, mf_error *err);

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

#endif /* MF_BASE_H */
