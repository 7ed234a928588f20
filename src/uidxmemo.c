/* uidxmemo.c - the user index entries a handle knows Redis holds (uidxmemo.h).
 * Open addressing over a fixed table, emptied when half full. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "uidxmemo.h"

#define MEMO_SLOTS 65536u

/* The slot of entry user\0key: where it is, or the free slot where it would go. */
static size_t memo_find(const mfp_uidx_memo *m, const char *user, size_t ulen, const char *key, size_t klen,
                        int *found)
{
    uint64_t hv = mfp_hash(user, ulen) * 31u + mfp_hash(key, klen);
    size_t i = (size_t)(hv & (MEMO_SLOTS - 1)), len = ulen + 1 + klen;

    *found = 0;
    while (m->slot[i] != NULL) {
        const char *e = m->slot[i] + sizeof(size_t);
        size_t elen;
        memcpy(&elen, m->slot[i], sizeof(elen));
        if (elen == len && memcmp(e, user, ulen) == 0 && e[ulen] == '\0' && memcmp(e + ulen + 1, key, klen) == 0) {
            *found = 1;
            return i;
        }
        i = (i + 1) & (MEMO_SLOTS - 1);
    }
    return i;
}

int mfp_uidx_memo_has(const mfp_uidx_memo *m, long long bucket, const char *user, size_t ulen,
                      const char *key, size_t klen)
{
    int found = 0;

    if (m->slot != NULL && m->n > 0 && m->bucket == bucket)
        (void)memo_find(m, user, ulen, key, klen, &found);
    return found;
}

static void memo_empty(mfp_uidx_memo *m)
{
    size_t i;

    for (i = 0; m->slot != NULL && m->n > 0 && i < MEMO_SLOTS; i++) {
        free(m->slot[i]);
        m->slot[i] = NULL;
    }
    m->n = 0;
}

void mfp_uidx_memo_add(mfp_uidx_memo *m, long long bucket, const char *user, size_t ulen,
                       const char *key, size_t klen)
{
    size_t i, len = ulen + 1 + klen;
    int found;
    char *e;

    if (m->slot == NULL && (m->slot = calloc(MEMO_SLOTS, sizeof(*m->slot))) == NULL)
        return;
    if (m->bucket != bucket || m->n >= MEMO_SLOTS / 2) {
        memo_empty(m);
        m->bucket = bucket;
    }
    i = memo_find(m, user, ulen, key, klen, &found);
    if (found || (e = malloc(sizeof(size_t) + len)) == NULL)
        return;
    memcpy(e, &len, sizeof(len));
    memcpy(e + sizeof(size_t), user, ulen);
    e[sizeof(size_t) + ulen] = '\0';
    memcpy(e + sizeof(size_t) + ulen + 1, key, klen);
    m->slot[i] = e;
    m->n++;
}

void mfp_uidx_memo_clear(mfp_uidx_memo *m)
{
    memo_empty(m);
    m->epoch++;
}

void mfp_uidx_memo_free(mfp_uidx_memo *m)
{
    memo_empty(m);
    free(m->slot);
    m->slot = NULL;
}
