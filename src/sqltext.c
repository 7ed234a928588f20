/* sqltext.c - the one renderer of the statements of sql/ (compiled in, see
 * internal.h): a template's {{table}} becomes the handle's quoted table and
 * {{timeout_ms}} the configured --statement-timeout-ms. Those two are the
 * only things ever pasted into SQL: an identifier quoted by libpq and a
 * validated integer; values go as parameters or COPY data. Knows nothing
 * about connections. */
#include <string.h>

#include "internal.h"

char *mfp_sql_render(const char *tmpl, const char *table, long timeout_ms)
{
    static const char t_mark[] = "{{table}}", ms_mark[] = "{{timeout_ms}}";
    mfp_buf b;
    const char *p = tmpl, *hit;

    mfp_buf_init(&b);
    while ((hit = strstr(p, "{{")) != NULL) {
        mfp_buf_append(&b, p, (size_t)(hit - p));
        if (strncmp(hit, t_mark, sizeof(t_mark) - 1) == 0 && table != NULL) {
            mfp_buf_puts(&b, table);
            p = hit + sizeof(t_mark) - 1;
        } else if (strncmp(hit, ms_mark, sizeof(ms_mark) - 1) == 0) {
            mfp_buf_put_int(&b, timeout_ms);
            p = hit + sizeof(ms_mark) - 1;
        } else {
            mfp_buf_free(&b); /* a template asking for what we do not know */
            return NULL;
        }
    }
    mfp_buf_puts(&b, p);
    return mfp_buf_steal(&b);
}

char *mfp_sql_for(const mf_handle *h, const char *tmpl)
{
    return mfp_sql_render(tmpl, h->table_sql, h->cfg->statement_timeout_ms);
}
