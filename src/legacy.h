/* legacy.h - the Python backend's legacy queue (docs/legacy-migration.md):
 * SHA-256 (sha256.c), the element -> §1 record mapping and its deterministic
 * cid (legacy.c), and the crash-safe import run (legacy_import.c). */
#ifndef MF_LEGACY_H
#define MF_LEGACY_H

#include <stddef.h>
#include <stdint.h>

#include "base.h"

/* ------------------------------------------------------------ sha256.c */

#define MFP_SHA256_LEN 32

typedef struct mfp_sha256 {
    uint32_t h[8];
    uint64_t len;            /* bytes hashed so far */
    unsigned char buf[64];
    size_t nbuf;
} mfp_sha256_ctx;

void mfp_sha256_init(mfp_sha256_ctx *s);
void mfp_sha256_update(mfp_sha256_ctx *s, const void *p, size_t n);
/* Write the digest and wipe s (init again to reuse it). */
void mfp_sha256_final(mfp_sha256_ctx *s, unsigned char out[MFP_SHA256_LEN]);
void mfp_sha256(const void *p, size_t n, unsigned char out[MFP_SHA256_LEN]);

/* ------------------------------------------------------------ legacy.c */

/* "legacy-" + 32 lower-case hex digits */
#define MFP_LEGACY_CID_LEN 39

/* The deterministic cid of a legacy turn: "legacy-" followed by the first 16
 * bytes (32 hex digits) of SHA-256 over, in this order, conversation_id,
 * user_id, created (the canonical UTC text "YYYY-MM-DDTHH:MM:SS.ffffffZ",
 * or "" when the turn has no time), user_message, assistant_message; each
 * part written as its length in bytes in decimal ASCII, a ':' and the UTF-8
 * bytes. sql/dba/legacy_copy_rows.sql computes the same. out: 40 bytes. */
void mfp_legacy_cid(const char *conversation_id, size_t conversation_id_len, const char *user_id,
                    size_t user_id_len, const char *created, size_t created_len,
                    const char *user_message, size_t user_message_len,
                    const char *assistant_message, size_t assistant_message_len, char *out);

/* Convert one legacy element (len bytes, borrowed) into a canonical §1 record
 * that mfp_record_parse accepts with max_bytes (0: no limit). Returns 0 and
 * *out (new, NUL-terminated, caller frees; *outlen its length), or -1 with
 * MF_EINVALID (the element cannot be converted: err->msg is the reason for
 * the dead-letter entry) or MF_ENOMEM. */
int mfp_legacy_convert(const char *elem, size_t len, size_t max_bytes, char **out, size_t *outlen,
                       mf_error *err);

#endif /* MF_LEGACY_H */
