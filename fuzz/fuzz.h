/* libFuzzer entry point shared by every harness under fuzz/. Each harness
 * defines LLVMFuzzerTestOneInput(); with -fsanitize=fuzzer libFuzzer drives
 * it, and in ordinary builds fuzz/replay.c supplies a main() that feeds it
 * the files of the seed corpus and of fuzz/regressions/. A harness aborts
 * (via pk_fuzz_check) when an answer breaks a documented invariant, so that
 * wrong answers, not only crashes, are found. */
#ifndef PK_FUZZ_H
#define PK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define pk_fuzz_check(cond)                                                                                        \
    do {                                                                                                           \
        if (!(cond)) {                                                                                             \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);                           \
            abort();                                                                                               \
        }                                                                                                          \
    } while (0)

/* A NUL-terminated copy of the input (the caller frees it). */
static inline char *pk_fuzz_cstr(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        abort();
    for (size_t i = 0; i < size; i++)
        s[i] = (char)data[i];
    s[size] = '\0';
    return s;
}

/* The error contract: on failure, a status matching the return and a message. */
#define pk_fuzz_check_err(st, err) pk_fuzz_check((st) == PK_OK || ((err).status == (int)(st) && (err).text[0] != '\0'))

#endif
