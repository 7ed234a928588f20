/* buf.c - a growable byte buffer used to build records, COPY data and SQL.
 * Out-of-memory is sticky (b->oom) so callers can check once at the end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"

void mfp_buf_init(mfp_buf *b)
{
    memset(b, 0, sizeof(*b));
}

void mfp_buf_free(mfp_buf *b)
{
    free(b->data);
    mfp_buf_init(b);
}

void mfp_buf_reset(mfp_buf *b)
{
    b->len = 0;
    b->oom = 0;
    if (b->data)
        b->data[0] = '\0';
}

int mfp_buf_reserve(mfp_buf *b, size_t extra)
{
    size_t need, cap;
    char *p;

    if (b->oom)
        return -1;
    if (extra > SIZE_MAX - b->len - 1)
        goto oom;
    need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    /* an empty buffer gets what it asks for: a caller that knows the size
     * (the INSERT's arrays) should not pay for doubling */
    cap = b->cap ? b->cap : need > 256 ? need : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    p = realloc(b->data, cap);
    if (p == NULL)
        goto oom;
    b->data = p;
    b->cap = cap;
    return 0;
oom:
    b->oom = 1;
    return -1;
}

int mfp_buf_append(mfp_buf *b, const void *p, size_t n)
{
    if (mfp_buf_reserve(b, n) != 0)
        return -1;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int mfp_buf_puts(mfp_buf *b, const char *s)
{
    return mfp_buf_append(b, s, strlen(s));
}

int mfp_buf_putc(mfp_buf *b, char c)
{
    return mfp_buf_append(b, &c, 1);
}

int mfp_buf_printf(mfp_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || mfp_buf_reserve(b, (size_t)n) != 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

int mfp_buf_put_int(mfp_buf *b, long long n)
{
    char tmp[24], *p = tmp + sizeof(tmp);
    unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;

    do
        *--p = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (n < 0)
        *--p = '-';
    return mfp_buf_append(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

char *mfp_buf_steal(mfp_buf *b)
{
    char *p;

    if (b->oom) {
        mfp_buf_free(b);
        return NULL;
    }
    if (b->data == NULL && mfp_buf_reserve(b, 0) != 0)
        return NULL;
    p = b->data;
    mfp_buf_init(b);
    return p;
}
