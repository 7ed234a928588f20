/* record.h - the turn record of contract §1 and its pure-logic helpers:
 * parse/validate/encode (record.c), RFC 3339 timestamps (rfc3339.c), UUIDv7
 * cids (cid.c), the token estimate (tokens.c), PostgreSQL COPY text escaping
 * (copytext.c) and dead-letter entries (deadletter.c).
 * Nothing here knows about Redis or PostgreSQL connections. See docs/record.md. */
#ifndef MF_RECORD_H
#define MF_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "base.h"

/* ------------------------------------------------------------ record.c */

#define MFP_RECORD_VERSION 1
#define MFP_CID_MAX 128
#define MFP_ID_MAX 256
#define MFP_TOKEN_MAX 2147483647LL
#define MFP_DEFAULT_MAX_RECORD_BYTES 1048576
/* metadata and reflection, as stored, nest at most this deep, so that the
 * canonical record (one level more) stays within jansson's 2048 levels
 * (docs/record.md) */
#define MFP_JSON_MAX_DEPTH 2047

/* Text of a normalised timestamp: "YYYY-MM-DDTHH:MM:SS[.f{1,6}](Z|+hh:mm|-hh:mm)",
 * at most 32 bytes plus the NUL. */
#define MFP_TS_MAX 40

/* A parsed, validated turn. Every string is owned, NUL-terminated, valid
 * UTF-8 without NUL characters; *_len is its length in bytes. */
typedef struct mfp_record {
    char *cid; size_t cid_len;
    char *conversation_id; size_t conversation_id_len;
    char *user_id; size_t user_id_len;
    char *user_message; size_t user_message_len;
    char *assistant_message; size_t assistant_message_len;
    long long token_count; int has_token_count;
    /* RFC 3339 with upper-case T and Z, the producer's offset kept, at most
     * 6 fraction digits (more are rounded to the microsecond). PostgreSQL's
     * timestamptz input accepts this text as is (COPY and parameters). */
    char created_at[MFP_TS_MAX]; int has_created_at;
    char *reflection_json;  /* compact JSON object, or NULL when absent/null */
    char *metadata_json;    /* compact JSON object, never NULL after a successful
                               parse: "{}" when absent; unknown top-level fields
                               merged in under their own names */
    size_t reflection_json_len;
    size_t metadata_json_len;
} mfp_record;

/* Parse and validate one §1 record of len bytes (need not be NUL-terminated;
 * borrowed). max_bytes: the size limit (0: no limit), checked before parsing.
 * Returns 0, or -1 with MF_EINVALID (poison: the message names the field and
 * the rule) or MF_ENOMEM. out is always initialised: free it with
 * mfp_record_clear, on failure too. */
int mfp_record_parse(const char *buf, size_t len, size_t max_bytes, mfp_record *out,
                     mf_error *err);

/* The same through jansson only (what mfp_record_parse does for the records
 * the fast path declines): the reference the fuzzer compares against. */
int mfp_record_parse_ref(const char *buf, size_t len, size_t max_bytes, mfp_record *out,
                         mf_error *err);

/* recfast.c: parse a record of the common shape (the known fields only, each
 * once, keys without escapes, metadata/reflection nested at most 64 levels)
 * in one pass. 1 when accepted: out is exactly what the jansson path gives.
 * 0 when declined (anything else, every invalid record included, and
 * out-of-memory): out is zeroed and the caller parses with jansson. No size
 * or byte-order-mark check (mfp_record_parse does those first). */
int mfp_record_parse_fast(const char *buf, size_t len, mfp_record *out);

/* Free what r owns and zero it. Accepts NULL and a zeroed record. */
void mfp_record_clear(mfp_record *r);

/* Fill what the producer left out: cid (a new UUIDv7), created_at (now, UTC,
 * milliseconds), token_count (mfp_estimate_tokens of both messages),
 * metadata_json ("{}"). Returns 0 or -1 (MF_ENOMEM, or MF_EIO when the system
 * has no randomness). */
int mfp_record_complete(mfp_record *r, mf_error *err);

/* The canonical §1 JSON text of r: v, cid, conversation_id, user_id,
 * user_message, assistant_message, token_count and created_at (when set),
 * reflection (when set), metadata. Parsing it again gives the same record.
 * Returns a new NUL-terminated string (caller frees) or NULL on out-of-memory;
 * *len (optional) gets its length. */
char *mfp_record_to_json(const mfp_record *r, size_t *len);
/* The same, appended to b. Returns 0 or -1 (b->oom). */
int mfp_record_write_json(mfp_buf *b, const mfp_record *r);

/* Build a record from the public mf_turn with the same rules as
 * mfp_record_parse (token_count < 0 means absent; metadata_json and
 * reflection_json are JSON texts: an object, "null", or NULL). max_bytes
 * (0: no limit) bounds the size of the record's canonical JSON text.
 * out is always initialised; free it with mfp_record_clear. */
int mfp_record_from_turn(const mf_turn *t, size_t max_bytes, mfp_record *out, mf_error *err);

/* UTF-8 (mfp_utf8_seq, mfp_utf8_valid) and the JSON text writer
 * (mfp_json_put_*) are utf8.h's and jsonw.h's. */
#include "jsonw.h"
#include "utf8.h"

/* ----------------------------------------------------------- rfc3339.c */

/* A broken-down RFC 3339 timestamp. */
typedef struct mfp_ts {
    int year, month, day, hour, minute, second; /* second may be 60 (leap second) */
    int usec;          /* 0..999999 after rounding */
    int frac_digits;   /* digits kept, 0..6 */
    int offset_min;    /* minutes east of UTC */
    int zulu;          /* 1 when written with Z */
} mfp_ts;

/* Parse an RFC 3339 §5.6 date-time (T, t or space; Z, z or +/-hh:mm; any
 * number of fraction digits, rounded half up to the microsecond beyond 6).
 * Validates every range, day of month and leap years included. Returns 0 or
 * -1 with MF_EINVALID and a message saying what is wrong (no field name). */
int mfp_rfc3339_parse(const char *s, size_t len, mfp_ts *ts, mf_error *err);

/* Format ts as "YYYY-MM-DDTHH:MM:SS[.ffffff](Z|+hh:mm)" into out (MFP_TS_MAX
 * bytes), keeping ts->frac_digits digits. Returns the length. */
size_t mfp_rfc3339_format(const mfp_ts *ts, char *out);

/* Parse and format in one step (the normalised text). */
int mfp_rfc3339_normalize(const char *s, size_t len, char *out, mf_error *err);

/* Seconds since the Unix epoch (UTC) of ts; ts->usec holds the microseconds. */
int64_t mfp_ts_unix(const mfp_ts *ts);

/* Now, UTC, milliseconds: "2025-10-27T08:15:00.123Z" into out (MFP_TS_MAX). */
size_t mfp_rfc3339_now(char *out);

/* The wall clock (CLOCK_REALTIME) for created_at, failed_at and cids; fixed
 * in fuzz builds (-DMF_FUZZ_DETERMINISTIC) so fuzz runs are reproducible. */
struct timespec;
void mfp_clock_realtime(struct timespec *now);

/* --------------------------------------------------------------- cid.c */

#define MFP_UUID_LEN 36

/* A new UUIDv7 (RFC 9562: 48-bit Unix milliseconds, version 7, 12 bits of
 * sub-millisecond time, variant 10, 62 random bits from getrandom(2)) as
 * lower-case canonical text into out (at least 37 bytes). Returns 0 or -1 with
 * MF_EIO when no randomness is available. */
int mfp_cid_new(char *out, mf_error *err);

/* ------------------------------------------------------------ tokens.c */

/* The documented token estimate of s[0..len) (docs/record.md): text is cut
 * into runs at CJK and emoji code points; a run counts ceil(units/4) where
 * an ASCII byte is 1 unit and any other code point 2 units; each CJK
 * ideograph, kana or hangul code point counts 1, each emoji 2. */
long long mfp_estimate_tokens(const char *s, size_t len);

/* ---------------------------------------------------------- copytext.c */

/* Append s in PostgreSQL COPY text format: backslash, tab, newline and
 * carriage return escaped, everything else (UTF-8 included) raw. */
int mfp_copy_escape(mfp_buf *b, const char *s, size_t len);
/* Append the COPY text NULL marker \N. */
int mfp_copy_null(mfp_buf *b);
/* Decode one COPY text field (tests and fuzzer only): appends the value to
 * out and returns 0, returns 1 when the field is \N, -1 when malformed. */
int mfp_copy_unescape(const char *s, size_t len, mfp_buf *out);

/* -------------------------------------------------------- deadletter.c */

/* A §2 dead-letter entry for the record's raw bytes (borrowed): "record"
 * (a string when the bytes are valid UTF-8 without NUL, else
 * "record_base64"), "error", "sqlstate" (NULL: null), "failed_at" (now, UTC).
 * Returns a new NUL-terminated JSON text (caller frees) or NULL on
 * out-of-memory; *outlen (optional) gets its length. */
char *mfp_deadletter_entry(const char *record, size_t len, const char *error,
                           const char *sqlstate, size_t *outlen);

/* Get the original record bytes back from a dead-letter entry. *record is a
 * new buffer (NUL-terminated, caller frees) of *record_len bytes. error_out
 * (optional, errsz bytes) gets the entry's error sentence. Returns 0 or -1
 * with MF_EINVALID when the entry is not a dead-letter entry. */
int mfp_deadletter_parse(const char *entry, size_t len, char **record, size_t *record_len,
                         char *error_out, size_t errsz, mf_error *err);

/* Standard base64 (with padding). encode appends to b; decode returns a new
 * buffer (caller frees) or NULL when s is not valid base64. */
int mfp_base64_encode(mfp_buf *b, const unsigned char *p, size_t n);
unsigned char *mfp_base64_decode(const char *s, size_t len, size_t *outlen);
/* 1 when s[0..len) is valid base64 (decode returns NULL for it only when out
 * of memory), else 0. */
int mfp_base64_valid(const char *s, size_t len);

#endif /* MF_RECORD_H */
