/* uidxmemo.h - the user index entries a handle knows Redis holds.
 *
 * Every save adds "<user id>\0<ctx key>" to the day's user index bucket
 * {T}:uidx:<day> (docs/forget.md, "The user index"). An entry, once added,
 * stays until its bucket expires (forget never removes one) and the bucket
 * outlives every context list saved that day, so a later save of the same day
 * may skip the ZADD. The memo remembers the entries this handle's replies
 * confirmed for the current day; it is emptied on every (re)connection of
 * the handle, since a failover or a restart may have lost an entry the
 * handle saw confirmed. Pure data structure: no I/O. */
#ifndef MEMFLUSH_UIDXMEMO_H
#define MEMFLUSH_UIDXMEMO_H

#include <stddef.h>

typedef struct mfp_uidx_memo {
    char **slot;        /* NULL until first use; an entry: its length (size_t), then the bytes */
    size_t n;
    long long bucket;   /* the day the entries are for */
    unsigned long epoch; /* bumped by every clear: a caller compares it around a call */
} mfp_uidx_memo;

/* 1 when user\0key is known to be in bucket's index. */
int mfp_uidx_memo_has(const mfp_uidx_memo *m, long long bucket, const char *user, size_t ulen,
                      const char *key, size_t klen);
/* Remember that a confirmed reply added user\0key to bucket's index (another
 * day empties the memo first). Out of memory only forgets. */
void mfp_uidx_memo_add(mfp_uidx_memo *m, long long bucket, const char *user, size_t ulen,
                       const char *key, size_t klen);
/* Forget every entry (keeps the table); bumps epoch. */
void mfp_uidx_memo_clear(mfp_uidx_memo *m);
void mfp_uidx_memo_free(mfp_uidx_memo *m);

#endif
