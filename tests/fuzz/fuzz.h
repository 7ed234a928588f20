/* fuzz.h - shared helpers of the libFuzzer targets in tests/fuzz/: a property
 * check that aborts with a message (libFuzzer then saves the input as a
 * crash). Knows nothing about the modules under test. */
#ifndef MF_FUZZ_H
#define MF_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* A broken property is a crash: print what broke and abort. */
#define FUZZ_CHECK(cond, what)                                                       \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "fuzz property broken at %s:%d: %s (%s)\n", __FILE__,    \
                    __LINE__, what, #cond);                                          \
            abort();                                                                 \
        }                                                                            \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
