/* jsonw.h - the JSON text writer shared by the record encoder (record.c),
 * the one-pass parser's metadata copy (recfast.c) and the dead letters
 * (deadletter.c): strings, reals and jansson values as compact JSON text.
 * Knows nothing about records, Redis or PostgreSQL. */
#ifndef MF_JSONW_H
#define MF_JSONW_H

#include <stddef.h>

#include "base.h"

struct json_t;

/* Append s as a JSON string literal (quotes included). Invalid UTF-8 bytes are
 * replaced by U+FFFD so the output is always valid JSON; NUL becomes \u0000. */
int mfp_json_put_string(mfp_buf *b, const char *s, size_t len);
/* The same for s known to be valid UTF-8 (its bytes above ASCII are copied
 * unchecked): the record's own fields. */
int mfp_json_put_utf8(mfp_buf *b, const char *s, size_t len);

/* Append the shortest text that reads back as the double d, always with a
 * '.' or an exponent (0.85 stays 0.85, 1e2 becomes 100.0). */
int mfp_json_put_real(mfp_buf *b, double d);

/* Append v's compact JSON text, keys in document order. Depth is bounded
 * by jansson's parser (JSON_PARSER_MAX_DEPTH). Errors show in b->oom. */
int mfp_json_put_value(mfp_buf *b, const struct json_t *v);

#endif
