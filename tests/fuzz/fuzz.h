/* fuzz.h - shared helpers of the libFuzzer targets in tests/fuzz/: a property
 * check that aborts with a message (libFuzzer then saves the input as a
 * crash), and a fixed jansson hash seed. Knows nothing about the modules
 * under test. */
#ifndef MF_FUZZ_H
#define MF_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

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
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A fixed jansson hash seed (it is random otherwise): the order of object
 * members, and so the paths taken, is the same in every run, which a
 * FUZZ_RUNS campaign needs to be reproducible (tools/fuzz.sh). One
 * definition per target binary: each includes this header once. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    json_object_seed(1);
    return 0;
}

#endif
