/* prom.c - one metric in the Prometheus text format (HELP, TYPE and a sample
 * line with an optional queue label), shared by the stats command (stats.c)
 * and the node_exporter metrics file (metrics.c) so both escape and lay out
 * the text the same way. Knows nothing about what the numbers mean. */
#include "internal.h"

/* {queue="..."} with the label value escaped as the format requires
 * (backslash, double quote, newline), or nothing when queue is NULL. */
static void put_labels(mfp_buf *b, const char *queue)
{
    const char *p;

    if (queue == NULL)
        return;
    mfp_buf_puts(b, "{queue=\"");
    for (p = queue; *p; p++) {
        if (*p == '\\' || *p == '"')
            mfp_buf_putc(b, '\\');
        if (*p == '\n')
            mfp_buf_puts(b, "\\n");
        else
            mfp_buf_putc(b, *p);
    }
    mfp_buf_puts(b, "\"}");
}

void mfp_prom_metric(mfp_buf *b, const char *name, const char *type, const char *help,
                     const char *queue, const char *value)
{
    mfp_buf_printf(b, "# HELP memflush_%s %s\n# TYPE memflush_%s %s\n", name, help, name, type);
    if (value == NULL)
        return;
    mfp_buf_printf(b, "memflush_%s", name);
    put_labels(b, queue);
    mfp_buf_printf(b, " %s\n", value);
}
