/* fuzz_copytext.c - libFuzzer target for the COPY text encoder (copytext.c).
 * Properties: decoding an encoded field gives back the input byte for byte;
 * the encoding holds no raw tab, newline or carriage return (they would split
 * the row) and is never the NULL marker; the decoder never crashes on
 * arbitrary bytes. */
#include <string.h>

#include "fuzz.h"
#include "record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    mfp_buf enc, dec, junk;
    int rc;

    mfp_buf_init(&enc);
    mfp_buf_init(&dec);
    mfp_buf_init(&junk);

    FUZZ_CHECK(mfp_copy_escape(&enc, s, size) == 0, "escape failed");
    FUZZ_CHECK(enc.len >= size, "encoding shorter than the input");
    FUZZ_CHECK(memchr(enc.data, '\t', enc.len) == NULL, "raw tab in a COPY field");
    FUZZ_CHECK(memchr(enc.data, '\n', enc.len) == NULL, "raw newline in a COPY field");
    FUZZ_CHECK(memchr(enc.data, '\r', enc.len) == NULL, "raw carriage return in a COPY field");
    FUZZ_CHECK(!(enc.len == 2 && memcmp(enc.data, "\\N", 2) == 0),
               "a value encoded as the NULL marker");

    rc = mfp_copy_unescape(enc.data, enc.len, &dec);
    FUZZ_CHECK(rc == 0, "decoding an encoded field failed or gave NULL");
    FUZZ_CHECK(dec.len == size, "decoded length differs from the input");
    FUZZ_CHECK(size == 0 || memcmp(dec.data, s, size) == 0, "decoded bytes differ from the input");

    /* the NULL marker decodes as NULL */
    mfp_buf_reset(&enc);
    FUZZ_CHECK(mfp_copy_null(&enc) == 0, "null marker failed");
    FUZZ_CHECK(mfp_copy_unescape(enc.data, enc.len, &junk) == 1, "\\N is not NULL");

    /* arbitrary bytes: any answer, no crash, no leak */
    mfp_buf_reset(&junk);
    rc = mfp_copy_unescape(s, size, &junk);
    FUZZ_CHECK(rc >= -1 && rc <= 1, "unexpected return value");

    mfp_buf_free(&enc);
    mfp_buf_free(&dec);
    mfp_buf_free(&junk);
    return 0;
}
