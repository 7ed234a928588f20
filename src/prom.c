/* prom.c - one metric in the Prometheus text format (HELP, TYPE and a sample
 * line with an optional queue label), shared by the stats command (stats.c)
 * and the node_exporter metrics file (metrics.c) so both escape and lay out
 * the text the same way. Knows nothing about what the numbers mean. */
#include "base.h"

/* {queue="..."} with the label value escaped as the format requires
 * (backslash, double quote, newline), or nothing when queue is NULL. */
static void put_value(mfp_buf *b, const char *v)
{
    const char *p;

    for (p = v; *p; p++) {
        if (*p == '\\' || *p == '"')
            mfp_buf_putc(b, '\\');
        if (*p == '\n')
            mfp_buf_puts(b, "\\n");
        else
            mfp_buf_putc(b, *p);
    }
}

static void put_labels(mfp_buf *b, const char *queue, const char *shard)
{
    if (queue == NULL && shard == NULL)
        return;
    mfp_buf_putc(b, '{');
    if (queue != NULL) {
        mfp_buf_puts(b, "queue=\"");
        put_value(b, queue);
        mfp_buf_putc(b, '"');
    }
    if (shard != NULL) {
        mfp_buf_puts(b, queue != NULL ? ",shard=\"" : "shard=\"");
        put_value(b, shard);
        mfp_buf_putc(b, '"');
    }
    mfp_buf_putc(b, '}');
}

void mfp_prom_sample(mfp_buf *b, const char *name, const char *queue, const char *shard, const char *value)
{
    mfp_buf_printf(b, "memflush_%s", name);
    put_labels(b, queue, shard);
    mfp_buf_printf(b, " %s\n", value);
}

void mfp_prom_metric(mfp_buf *b, const char *name, const char *type, const char *help,
                     const char *queue, const char *value)
{
    mfp_buf_printf(b, "# HELP memflush_%s %s\n# TYPE memflush_%s %s\n", name, help, name, type);
    if (value == NULL)
        return;
    mfp_prom_sample(b, name, queue, NULL, value);
}
