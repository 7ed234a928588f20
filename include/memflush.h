/* memflush.h - the public API of libmemflush.
 *
 * memflush saves chatbot conversation turns to Redis in one round trip and
 * flushes them in batches into PostgreSQL (Supabase) exactly once.
 * The contract (record format, Redis keys, guarantees) is in docs/contract.md.
 *
 * Conventions:
 *  - every function that can fail returns 0 on success and -1 on failure,
 *    or NULL for constructors, and fills the caller's mf_error;
 *  - an mf_error must be zeroed before use (mf_error err = {0};): the first
 *    error wins, later ones do not overwrite it;
 *  - *_new / *_free pairs own what they create; every *_free accepts NULL;
 *  - strings passed in are borrowed for the duration of the call only;
 *  - the library keeps no global state and never exits the process;
 *  - no message ever contains a password. */
#ifndef MEMFLUSH_H
#define MEMFLUSH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define MF_API __attribute__((visibility("default")))
#else
#define MF_API
#endif

#define MF_VERSION "0.1.0"

/* ------------------------------------------------------------------ errors */

/* Error codes. 1..4 are also the CLI's exit statuses (contract §5). */
typedef enum mf_code {
    MF_OK = 0,
    MF_ETRANSIENT = 1, /* a server failed during the run; work was put back, retry later */
    MF_ECONFIG = 2,    /* bad usage or configuration */
    MF_ECONNECT = 3,   /* cannot connect at start */
    MF_ESCHEMA = 4,    /* the database lacks a required migration */
    MF_EINVALID = 5,   /* a record breaks the contract (poison); see msg */
    MF_ENOMEM = 6,     /* out of memory */
    MF_EDATA = 7,      /* PostgreSQL refused the data itself (SQLSTATE class 22, 23, ...) */
    MF_EPRIVILEGE = 8, /* PostgreSQL or Redis refused for a configuration reason (42501, 0A000, WRONGTYPE ...) */
    MF_EIO = 9         /* a local file could not be read or written */
} mf_code;

typedef struct mf_error {
    int code;          /* an mf_code; 0 when no error */
    char sqlstate[6];  /* PostgreSQL's SQLSTATE when it came from the server, else "" */
    char msg[512];     /* lowercase, no trailing period; says what to do when known */
} mf_error;

/* The CLI exit status (0..4) that an error code maps to. */
MF_API int mf_exit_status(int code);

/* NULL arguments. Every function that works on a handle, a config or a
 * saver (and the other pointers it needs filled: a report, a result)
 * answers NULL for one of them as an error, never a crash: -1 (or NULL)
 * with MF_ECONFIG "mf_x needs a handle (got NULL)" in err. The exceptions
 * accept NULL quietly: every *_free (nothing), mf_saver_flush (nothing to
 * send: 0), mf_saver_stored (0), mf_config_get (NULL), the *_json and
 * mf_stats_prometheus formatters (NULL), mf_check_exit_status (2).
 * tests/unit/test_null.c calls each one with NULL. */

/* ------------------------------------------------------------ configuration */

/* A configuration: defaults, then environment variables, then explicit
 * settings (flags). One table in config.c describes every option. */
typedef struct mf_config mf_config;

/* A new configuration holding the defaults. Free with mf_config_free. */
MF_API mf_config *mf_config_new(void);
MF_API void mf_config_free(mf_config *cfg);

/* Read the environment variables (REDIS_URL, DATABASE_URL, MEMFLUSH_*). */
MF_API int mf_config_load_env(mf_config *cfg, mf_error *err);

/* Set one option by its flag name without dashes ("batch-size", "redis-url").
 * Validates the value; an unknown name or a bad value is MF_ECONFIG. */
MF_API int mf_config_set(mf_config *cfg, const char *name, const char *value, mf_error *err);

/* The current value of an option as a string (borrowed, valid until the
 * option changes or the config is freed), or NULL for an unknown name or an
 * unset string option. */
MF_API const char *mf_config_get(const mf_config *cfg, const char *name);

/* Describes option i (0-based) of the table; returns NULL past the end.
 * Used to generate --help. */
typedef struct mf_option_info {
    const char *name;     /* flag name without dashes */
    const char *env;      /* environment variable or NULL */
    const char *metavar;  /* "N", "URL", ... */
    const char *defval;   /* default as text, or NULL */
    const char *help;
} mf_option_info;
MF_API const mf_option_info *mf_config_option(size_t i);

/* A copy of url with its password replaced by "****"; caller frees with free(). */
MF_API char *mf_mask_url(const char *url);

/* --------------------------------------------------------------- the handle */

/* A handle holds the configuration and lazily opened connections to Redis
 * and PostgreSQL. It is not thread-safe: use one handle per thread. */
typedef struct mf_handle mf_handle;

/* Open a handle. cfg is copied; the caller keeps ownership of cfg.
 * Does not connect yet: each call connects to what it needs. */
MF_API mf_handle *mf_open(const mf_config *cfg, mf_error *err);
MF_API void mf_close(mf_handle *h);

/* Connect now (MF_ECONNECT when impossible). what: MF_CONNECT_* bits. */
#define MF_CONNECT_REDIS    1u
#define MF_CONNECT_POSTGRES 2u
MF_API int mf_connect(mf_handle *h, unsigned what, mf_error *err);

/* Verify that the database has every migration this version needs
 * (MF_ESCHEMA naming the missing file otherwise). Connects if needed. */
MF_API int mf_check_schema(mf_handle *h, mf_error *err);

/* -------------------------------------------------------------- write path */

/* One turn to save. Strings are UTF-8, NUL-terminated, borrowed. */
typedef struct mf_turn {
    const char *cid;               /* NULL: a UUIDv7 is generated */
    const char *conversation_id;   /* required */
    const char *user_id;           /* required */
    const char *user_message;      /* required, may be "" */
    const char *assistant_message; /* required, may be "" */
    long long token_count;         /* < 0: estimated (see docs/record.md) */
    const char *created_at;        /* RFC 3339; NULL: now */
    const char *metadata_json;     /* a JSON object or NULL */
    const char *reflection_json;   /* a JSON object, "null" or NULL */
} mf_turn;

#define MF_WRITE_THROUGH 1u /* also insert into PostgreSQL at once */

typedef struct mf_save_result {
    int redis_stored;        /* 1 when enqueued and added to the context list */
    int postgres_stored;     /* 1 when write-through inserted the row (or it existed) */
    char cid[129];           /* the turn's cid (generated or given) */
    long long token_count;   /* given or estimated */
    mf_error pg_error;       /* why write-through failed, when it did (the turn is still queued) */
    /* Added in 0.3 (ABI: written only when MEMFLUSH_SAVE_WAIT_REPLICAS > 0, so
     * programs built against an older header, whose struct ends above, must
     * not set that option): how many replicas acknowledged the save within
     * MEMFLUSH_SAVE_WAIT_TIMEOUT_MS (Redis's WAIT, pipelined with the save). */
    long long replicas_acked;
} mf_save_result;

/* Save one turn: one atomic Redis step (pending list + context list, trim,
 * TTL). With MF_WRITE_THROUGH also INSERT ... ON CONFLICT (cid) DO NOTHING;
 * a failed immediate write is reported in res->pg_error and is not an error
 * of the call (the turn is queued). */
MF_API int mf_save(mf_handle *h, const mf_turn *turn, unsigned flags,
                   mf_save_result *res, mf_error *err);

/* Save one turn given as a §1 JSON record (len bytes, need not be
 * NUL-terminated). The record is validated; cid, created_at and token_count
 * are filled in when absent. */
MF_API int mf_save_json(mf_handle *h, const char *json, size_t len, unsigned flags,
                        mf_save_result *res, mf_error *err);

/* Bulk saving with pipelining: queue records with mf_saver_add, send them
 * with mf_saver_flush (also done automatically every 'chunk' records).
 * Memory stays bounded by the chunk. */
typedef struct mf_saver mf_saver;
MF_API mf_saver *mf_saver_new(mf_handle *h, size_t chunk, mf_error *err);
/* Validate and queue one JSON record. An invalid record returns -1 with
 * MF_EINVALID and nothing queued; the saver stays usable. */
MF_API int mf_saver_add(mf_saver *s, const char *json, size_t len, mf_error *err);
/* Send what is queued and wait for the replies. */
MF_API int mf_saver_flush(mf_saver *s, mf_error *err);
/* With MEMFLUSH_SAVE_WAIT_REPLICAS > 0 every script call is followed by
 * WAIT (pipelined): the fewest replicas any call was acknowledged by so
 * far; -1 when none was waited for. */
MF_API long long mf_saver_replicas_acked(const mf_saver *s);
/* Turns confirmed stored by Redis so far. */
MF_API uint64_t mf_saver_stored(const mf_saver *s);
/* Free the saver. It sends nothing: records queued since the last send
 * (mf_saver_flush, or the automatic one every 'chunk' records) are dropped,
 * not saved, and records sent whose replies were not read yet may or may
 * not be stored (the connection is then dropped; the next call
 * reconnects). Call mf_saver_flush first to save everything. */
MF_API void mf_saver_free(mf_saver *s);

/* --------------------------------------------------------------- read path */

typedef struct mf_context_opts {
    const char *conversation_id; /* required */
    size_t limit;                /* 0: 20 */
    long long max_tokens;        /* <= 0: no limit; keeps the newest turns within it */
} mf_context_opts;

/* The result: records oldest first, each a §1 JSON record (NUL-terminated). */
typedef struct mf_context {
    size_t count;
    char **records;
    int redis_failed;    /* 1 when Redis could not be read (answered from PostgreSQL) */
    char warning[512];   /* why, when redis_failed or postgres_failed ("" otherwise) */
    int postgres_failed; /* 1 when PostgreSQL was needed but could not answer: only what Redis had */
    int postgres_code;   /* when postgres_failed: MF_ECONNECT or MF_ETRANSIENT (unreachable: a
                            warning), or MF_ESCHEMA (the database lacks a migration: the turns
                            Redis holds are returned, the CLI prints them and exits 4) */
} mf_context;

/* Recent turns of a conversation. Returns a new mf_context (free with
 * mf_context_free) or NULL with err set. An unreachable server, or a
 * database without the migrations, still answers with what the other server
 * holds (see redis_failed, postgres_failed, postgres_code and warning); a
 * configuration error (a refused password, a malformed URL, missing rights)
 * is an error. */
MF_API mf_context *mf_context_get(mf_handle *h, const mf_context_opts *o, mf_error *err);
MF_API void mf_context_free(mf_context *c);

/* -------------------------------------------------------------- flush path */

typedef enum mf_method { MF_METHOD_COPY = 0, MF_METHOD_INSERT = 1 } mf_method;

typedef struct mf_flush_opts {
    long max_batches;       /* <= 0: no limit */
    double max_seconds;     /* <= 0: no limit */
    volatile int *stop;     /* optional: set to non-zero (e.g. by a signal handler) to stop after the batch in hand */
    /* optional progress callback, called after every batch */
    void (*progress)(void *arg, uint64_t done, uint64_t remaining);
    void *progress_arg;
} mf_flush_opts;

typedef struct mf_flush_report {
    int success;                 /* 1 when the run's exit status is 0 */
    uint64_t total_pending;      /* pending length when the run started */
    uint64_t flushed_count;      /* rows newly inserted */
    uint64_t duplicate_count;    /* records whose cid was already in the table */
    uint64_t dead_lettered_count;
    uint64_t requeued_count;
    uint64_t failed_count;       /* dead-lettered + requeued */
    uint64_t batches;            /* committed transactions */
    uint64_t remaining_pending;
    uint64_t reclaimed_count;    /* records taken back from expired leases */
    uint64_t elapsed_ms;
} mf_flush_report;

/* Reclaim expired leases, then drain {P}:pending in batches (contract §3).
 * Returns 0 when everything claimed was committed or dead-lettered; -1 with
 * err (MF_ETRANSIENT: work was put back; MF_ECONFIG / MF_EPRIVILEGE: stop and
 * fix; MF_ECONNECT; MF_ESCHEMA). The report is filled in every case. */
MF_API int mf_flush(mf_handle *h, const mf_flush_opts *o, mf_flush_report *r, mf_error *err);

/* The summary line of contract §5 (no newline); caller frees with free(). */
MF_API char *mf_flush_report_json(const mf_flush_report *r);

/* Follow mode (memflush flush --follow, contract §8, docs/flush.md "Follow
 * mode"): flush as turns arrive until *stop is set. While {P}:pending is
 * empty the follower blocks on Redis (one blocking command at a time, no
 * polling); once a turn is there it writes a batch as soon as batch-size
 * records are pending or the first has waited linger_ms. Each round is an
 * mf_flush of what is pending, so every guarantee of §3 holds; expired
 * leases are also reclaimed while idle, every reclaim_seconds. */
typedef struct mf_follow_opts {
    long linger_ms;         /* < 0: 200; 0: write at once */
    double wait_seconds;    /* longest single blocking wait (<= 0: 1); a stop is noticed within it */
    double reclaim_seconds; /* reclaim expired leases at least this often (<= 0: lease/2, 1..30 s) */
    volatile int *stop;     /* required: set non-zero to stop after the batch in hand */
    /* called after every round that wrote, reclaimed or failed: the round's
     * report, its result (0 or -1) and error; a round that failed on a
     * transient cause (or a server that is down, or a missing migration) is
     * retried after a backoff of up to 5 s */
    void (*round)(void *arg, const mf_flush_report *r, int rc, const mf_error *err);
    /* called at least once per wait_seconds and after every batch: the loop is alive */
    void (*beat)(void *arg);
    void *arg;
} mf_follow_opts;

/* Run follow mode until *o->stop. Returns 0 when stopped (the batch in hand
 * was finished or put back), -1 with err on a failure that waiting does not
 * fix (MF_ECONFIG, MF_EPRIVILEGE, MF_ENOMEM). total (may be NULL) gets the
 * run's summary: the counts summed over all rounds, total_pending as the first
 * round read it (the run's start), requeued_count only the records the last
 * round left put back (a batch put back and written by a later round is not
 * counted), remaining_pending the length at the end. */
MF_API int mf_flush_follow(mf_handle *h, const mf_follow_opts *o, mf_flush_report *total, mf_error *err);

/* Readiness of PostgreSQL: connects when needed and re-reads the schema
 * version (a fresh check, not the handle's cached one). 0, or -1 with err
 * (MF_ECONNECT / MF_ETRANSIENT: not reachable; MF_ESCHEMA: a migration is
 * missing, named in the message). A connection found broken is replaced once. */
MF_API int mf_ping_postgres(mf_handle *h, mf_error *err);

/* ------------------------------------------------- operations (owner: ops)
 * stats, dead letters, check and node_exporter metrics. */

/* Queue statistics (memflush stats). All counts come from Redis only. */
typedef struct mf_stats {
    uint64_t pending;            /* LLEN {P}:pending */
    uint64_t in_flight;          /* records in every {P}:inflight:* list (orphans included) */
    uint64_t dead;               /* LLEN {P}:dead */
    int has_oldest;              /* 1 when oldest_pending_age_seconds is known */
    double oldest_pending_age_seconds; /* now - created_at of the head record (>= 0) */
    long ttl_seconds;            /* the context lists' TTL (configuration) */
    uint64_t leases;             /* flushers holding a lease ({P}:leases members) */
    uint64_t expired_leases;     /* leases past their expiry (reclaimed by the next flush) */
    uint64_t orphan_in_flight;   /* records in in-flight lists that have no lease (part of in_flight) */
    /* memflush forget and prune, counted in {P}:erasures (docs/forget.md) */
    uint64_t forgets;            /* forget runs completed */
    uint64_t forgotten_turns;    /* records and rows they removed */
    uint64_t prunes;             /* prune runs */
    uint64_t pruned_rows;        /* rows they deleted */
    uint64_t forgets_in_progress;/* Redis tombstones of forgets not finished (run them again) */
} mf_stats;

/* Fill *s from Redis. Returns 0, or -1 with err (MF_ECONNECT, MF_ETRANSIENT). */
MF_API int mf_stats_get(mf_handle *h, mf_stats *s, mf_error *err);
/* The stats as one JSON object (no newline) or as Prometheus text format
 * (HELP/TYPE lines, memflush_ prefix, ends with a newline). queue (may be
 * NULL) becomes a queue="..." label of every Prometheus sample.
 * Caller frees with free(); NULL on out-of-memory. */
MF_API char *mf_stats_json(const mf_stats *s);
MF_API char *mf_stats_prometheus(const mf_stats *s, const char *queue);
/* The statistics of every shard (MEMFLUSH_SHARDS, and shards an earlier
 * count left records in) as text: format 0 is JSON (mf_stats_json's object
 * for the totals, plus a "shards" array with each shard's object and its
 * "shard" number when there is more than one shard), 1 is Prometheus (each
 * gauge's total sample, then one labelled shard="K" per shard; -1 is the
 * unsharded queue {P}). Caller frees; NULL with err on failure. */
MF_API char *mf_stats_report(mf_handle *h, int format, const char *queue, mf_error *err);

/* One dead-letter entry of {P}:dead as read by mf_dlq_list. Every pointer is
 * owned by the mf_dlq_page it belongs to. */
typedef struct mf_dlq_entry {
    char *raw;            /* the entry exactly as stored (JSON text, NUL-terminated) */
    size_t raw_len;
    int valid;            /* 1 when it is a §2 entry whose record could be decoded */
    char *record;         /* the original record bytes (valid only; may hold any byte) */
    size_t record_len;
    int record_base64;    /* 1 when the entry carried record_base64 */
    char *error;          /* the entry's reason, or the reason it is not valid */
    char *sqlstate;       /* NULL when null or absent */
    char *failed_at;      /* NULL when absent */
} mf_dlq_entry;

typedef struct mf_dlq_page {
    uint64_t total;       /* LLEN {P}:dead when read */
    size_t count;
    mf_dlq_entry *entries;
} mf_dlq_page;

/* Read up to limit entries of {P}:dead from index start, oldest first (the
 * flusher appends new dead letters at the tail). Returns a new page (free
 * with mf_dlq_page_free) or NULL with err. */
MF_API mf_dlq_page *mf_dlq_list(mf_handle *h, uint64_t start, size_t limit, mf_error *err);
MF_API void mf_dlq_page_free(mf_dlq_page *p);

typedef struct mf_dlq_replay_report {
    uint64_t replayed;    /* records moved to the tail of {P}:pending */
    uint64_t invalid;     /* entries left in {P}:dead because they could not be decoded */
    uint64_t remaining;   /* LLEN {P}:dead afterwards */
} mf_dlq_replay_report;

/* Move dead letters, oldest first, back to the tail of {P}:pending as their
 * original record bytes: max records (0: all). Each chunk moves atomically
 * (one Lua script), so a crash loses or doubles nothing. Entries that are not
 * valid §2 entries stay in {P}:dead, in order, and are counted in r->invalid. */
MF_API int mf_dlq_replay(mf_handle *h, uint64_t max, mf_dlq_replay_report *r, mf_error *err);

/* Delete every dead letter (atomically). *deleted gets how many were deleted. */
MF_API int mf_dlq_purge(mf_handle *h, uint64_t *deleted, mf_error *err);

/* memflush check: findings about the servers and the schema. */
typedef enum mf_severity { MF_SEV_OK = 0, MF_SEV_WARNING = 1, MF_SEV_ERROR = 2 } mf_severity;

typedef struct mf_finding {
    int severity;         /* an mf_severity */
    const char *name;     /* stable id: "redis_connect", "schema", "maxmemory_policy", ... */
    char *message;        /* what was found, with the fix; never a password */
} mf_finding;

typedef struct mf_check_report {
    size_t count;
    mf_finding *findings; /* owned by the report */
    int redis_unreachable;    /* 1 when Redis could not be reached */
    int postgres_unreachable; /* 1 when PostgreSQL could not be reached */
    int schema_missing;       /* 1 when a required migration is missing */
    int config_error;         /* 1 when a URL or password was refused as bad configuration */
    int errors, warnings;
} mf_check_report;

typedef struct mf_check_opts {
    double max_pending_age_seconds; /* warn when the oldest pending turn is older; <= 0: 3600 */
    int skip_redis;                 /* 1: do not look at Redis */
    int skip_postgres;              /* 1: do not look at PostgreSQL */
} mf_check_opts;

/* Run every check. Returns a new report (free with mf_check_report_free), or
 * NULL with err only on out-of-memory: unreachable servers are findings.
 * o may be NULL. */
MF_API mf_check_report *mf_check(mf_handle *h, const mf_check_opts *o, mf_error *err);
MF_API void mf_check_report_free(mf_check_report *r);
/* The exit status for a report, the first that applies: 3 a server was
 * unreachable, 2 a connection setting was refused (malformed URL, wrong
 * password), 4 a migration is missing, 1 other errors, 0 none (warnings only). */
MF_API int mf_check_exit_status(const mf_check_report *r);

/* Write node_exporter textfile-collector metrics for a flush run to path,
 * atomically (path.tmp.<pid>, fsync, rename). memflush_last_success_timestamp_seconds
 * keeps the value found in the existing file when this run failed. queue (may
 * be NULL) becomes a queue="..." label. Returns 0 or -1 with MF_EIO. */
MF_API int mf_metrics_write_flush(const char *path, const mf_flush_report *r, const char *queue,
                                  mf_error *err);
/* The same metrics as text (what the file holds; the HTTP listener of
 * flush --listen serves it): now and last_ok are Unix times (last_ok < 0:
 * never succeeded, no sample). Caller frees with free(); NULL on
 * out-of-memory. */
MF_API char *mf_metrics_flush_text(const mf_flush_report *r, const char *queue, double now, double last_ok);
/* The service's own metrics (flush --listen): memflush_*_total counters of
 * total since the start (flushed rows, duplicates, dead letters, requeued,
 * reclaimed, batches), rounds and failed rounds, and the gauge
 * memflush_seconds_since_progress; with redis_down also memflush_up 0 (when
 * Redis answered, mf_stats_prometheus gives memflush_up 1 and the queue).
 * Caller frees; NULL on out-of-memory. */
MF_API char *mf_metrics_service_text(const mf_flush_report *total, uint64_t rounds, uint64_t failed_rounds,
                                     double seconds_since_progress, int redis_down, const char *queue);
/* ------------------------------------------------- end of operations */

/* ----------------------------------------- legacy import (legacy_import.c) */

/* Move the Python backend's legacy queue into {P}:pending as §1 records
 * (docs/legacy-migration.md). Crash-safe like the flusher: a chunk is claimed
 * into {P}:legacy-inflight:<run id> with a lease in {P}:legacy-leases,
 * converted, then appended and released in one atomic step; expired chunks
 * are put back at the head of the legacy list first. Needs a standalone
 * (non-cluster) Redis: the legacy key has no hash tag. */
typedef struct mf_import_opts {
    const char *key;        /* the legacy list; NULL: "pending:flush:queue" */
    long batch_size;        /* elements per chunk; <= 0: the configuration's batch-size */
    long max_batches;       /* <= 0: no limit */
    volatile int *stop;     /* optional: non-zero stops after the chunk in hand */
} mf_import_opts;

typedef struct mf_import_report {
    int success;                 /* 1 when the run's exit status is 0 */
    uint64_t total_legacy;       /* legacy list length at the start (after reclaiming) */
    uint64_t imported_count;     /* records appended to {P}:pending */
    uint64_t dead_lettered_count;/* elements that could not be converted, now in {P}:dead */
    uint64_t reclaimed_count;    /* elements put back from expired leases */
    uint64_t batches;            /* chunks appended and released */
    uint64_t remaining_legacy;   /* legacy list length at the end */
    uint64_t elapsed_ms;
} mf_import_report;

/* Returns 0, or -1 with err (MF_ETRANSIENT: the chunk in hand stays leased
 * and a later run takes it back; MF_ECONFIG; MF_EPRIVILEGE; MF_ECONNECT).
 * The report is filled in every case. */
MF_API int mf_import_legacy(mf_handle *h, const mf_import_opts *o, mf_import_report *r,
                            mf_error *err);

/* The summary line (no newline); caller frees with free(). */
MF_API char *mf_import_report_json(const mf_import_report *r);

/* The dry run of mf_import_legacy: reads the legacy list (LLEN, then LRANGE
 * in chunks of o->batch_size; nothing is claimed, moved or written),
 * converts every element as the import would, and returns one JSON object
 * (caller frees with free()): dry_run, key, total_legacy (LLEN at the
 * start), checked, would_import, would_dead_letter, reasons (each distinct
 * dead-letter reason with its count and the indexes of its first elements;
 * at most 50 reasons, the rest in other_reasons_count), elapsed_ms. o->stop
 * ends it early (checked < total_legacy). NULL with err (MF_ECONFIG: the
 * key is not a list; MF_ECONNECT; MF_ETRANSIENT) on failure. */
MF_API char *mf_import_legacy_dry_run(mf_handle *h, const mf_import_opts *o, mf_error *err);

/* ------------------------------------------ forget and prune (forget.c)
 * Erasing turns (contract §9, docs/forget.md). Both need migrations/0003_forget.sql
 * (MF_ESCHEMA naming it otherwise) and a role that may delete (memflush_eraser). */

typedef struct mf_forget_opts {
    const char *user_id;          /* exactly one of user_id and conversation_id */
    const char *conversation_id;
    int dry_run;                  /* 1: only count what would be removed; nothing changes */
    long batch_rows;              /* rows per DELETE transaction; <= 0: 5000 */
} mf_forget_opts;

typedef struct mf_forget_report {
    int dry_run;
    int by_user;                  /* 1: a user was forgotten, 0: a conversation */
    char id_sha256[65];           /* SHA-256 of the id, hex: for logs without the id itself */
    char horizon[40];             /* RFC 3339 UTC: turns created before it are erased ("" dry) */
    uint64_t context;             /* records removed from context lists */
    uint64_t pending;             /* from {P}:pending */
    uint64_t in_flight;           /* from flushers' in-flight lists (placeholders left) */
    uint64_t dead;                /* from {P}:dead */
    uint64_t table;               /* rows deleted from the table */
    uint64_t elapsed_ms;
} mf_forget_report;

/* Erase a user's or a conversation's turns created before the moment this call
 * starts, from Redis and the table, and fence them so that no flusher that holds one
 * writes it later. Idempotent; after a failure or a crash, run it again. The report
 * is filled in every case. Returns 0 or -1 with err. */
MF_API int mf_forget(mf_handle *h, const mf_forget_opts *o, mf_forget_report *r, mf_error *err);
/* The report as one JSON object (no newline); caller frees with free(). */
MF_API char *mf_forget_report_json(const mf_forget_report *r);

typedef struct mf_prune_opts {
    const char *older_than;       /* "90d", "12h", "30m", "45s", "2w" (required) */
    int dry_run;                  /* 1: only count */
    long batch_pages;             /* heap pages per DELETE transaction; <= 0: 1000 */
    volatile int *stop;           /* optional: non-zero stops after the batch in hand */
    /* optional, after every batch */
    void (*progress)(void *arg, uint64_t deleted, uint64_t pages_done, uint64_t pages_total);
    void *progress_arg;
} mf_prune_opts;

typedef struct mf_prune_report {
    int dry_run;
    char cutoff[40];              /* RFC 3339 UTC: rows created before it are deleted */
    uint64_t deleted;             /* rows deleted (dry run: rows that would be) */
    uint64_t batches;             /* DELETE transactions */
    uint64_t pages;               /* heap pages walked */
    double max_batch_ms;          /* the longest batch: the most any lock was held */
    uint64_t elapsed_ms;
} mf_prune_report;

/* Delete the table's rows created more than o->older_than ago, in batches of heap
 * pages, each in its own short transaction. Returns 0 or -1 with err. */
MF_API int mf_prune(mf_handle *h, const mf_prune_opts *o, mf_prune_report *r, mf_error *err);
/* The report as one JSON object (no newline; caller frees with free()). A dry
 * run reports "pruned":false, "would_delete" and "deleted":0. */
MF_API char *mf_prune_report_json(const mf_prune_report *r);

/* The counters of forget and prune kept in Redis ({P}:erasures). */
typedef struct mf_erasure_stats {
    uint64_t forgets, forgotten_turns, prunes, pruned_rows;
    uint64_t forgets_in_progress; /* tombstones in {P}:forget: an interrupted forget, run it again */
} mf_erasure_stats;
MF_API int mf_erasure_stats_get(mf_handle *h, mf_erasure_stats *s, mf_error *err);

#ifdef __cplusplus
}
#endif

#endif /* MEMFLUSH_H */
