/* error.c - errors as values: set the first error with a message, map codes
 * to exit statuses. Knows nothing about Redis or PostgreSQL. */
#include <stdio.h>
#include <string.h>

#include "base.h"

static void vset(mf_error *err, int code, const char *sqlstate, const char *fmt, va_list ap)
{
    size_t n;

    if (err == NULL || err->code != 0)
        return; /* the first error wins */
    err->code = code;
    snprintf(err->sqlstate, sizeof(err->sqlstate), "%s", sqlstate ? sqlstate : "");
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    /* libpq and hiredis messages end with a newline or period: strip them */
    n = strlen(err->msg);
    while (n > 0 && (err->msg[n - 1] == '\n' || err->msg[n - 1] == ' ' || err->msg[n - 1] == '.'))
        err->msg[--n] = '\0';
}

int mfp_seterr(mf_error *err, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vset(err, code, NULL, fmt, ap);
    va_end(ap);
    return -1;
}

int mfp_seterr_sql(mf_error *err, int code, const char *sqlstate, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vset(err, code, sqlstate, fmt, ap);
    va_end(ap);
    return -1;
}

int mfp_need(const char *fn, const char *what, mf_error *err)
{
    return mfp_seterr(err, MF_ECONFIG, "%s needs %s (got NULL)", fn, what);
}

int mf_exit_status(int code)
{
    switch (code) {
    case MF_OK:
        return 0;
    case MF_ECONFIG:
    case MF_EPRIVILEGE:
    case MF_EIO:
        return 2;
    case MF_ECONNECT:
        return 3;
    case MF_ESCHEMA:
        return 4;
    default:
        return 1;
    }
}
