/* forget.h - private pieces of forget.c that the unit tests reach. */
#ifndef MF_FORGET_H
#define MF_FORGET_H

#include "internal.h"

/* Append id (len bytes) as JSON writes it inside a string without optional
 * escapes: \" \\ \b \f \n \r \t, \u00XX for other control bytes, every other
 * byte as it is. forget_scan.lua decodes only the records containing it (or an
 * optional escape). -1 on out-of-memory. */
int mfp_json_needle(const char *id, size_t len, mfp_buf *out);

/* "90d" -> "90 days" (a PostgreSQL interval) into interval (n bytes). Units
 * s m h d w, a whole number from 1 up to 100 years. -1 with MF_ECONFIG. */
int mfp_parse_duration(const char *s, char *interval, size_t n, mf_error *err);

#endif
