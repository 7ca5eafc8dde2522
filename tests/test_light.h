/* PK_TEST_VALGRIND set (the suite's valgrind stage, tools/test.sh): the tests with the largest
 * inputs (a million dates or tokens, 200,000 dates past the engine's cap, threads repeating every
 * API) take smaller ones that still reach the same paths and the same limits. Every other stage
 * (gcc, clang, sanitizers, coverage) runs them whole; under memcheck the whole ones took most of
 * the stage's time. */
#ifndef PK_TEST_LIGHT_H
#define PK_TEST_LIGHT_H

#include <stdlib.h>
#include <string.h>

static inline int pk_test_light(void)
{
    const char *v = getenv("PK_TEST_VALGRIND");
    return v && *v && strcmp(v, "0") != 0;
}

#endif
