/* The tokeniser under the region text search (private pk__region_tokens):
 * it stops after the tokens asked for, so the search, which tokenises a
 * window at every word, costs time linear in the text (issue 13 item 3:
 * counting to the end of the text at every position made 344 KB take 10 s). */
#define _DEFAULT_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cmocka.h>

#include "region_internal.h"

static void test_tokens(void **state)
{
    (void)state;
    const char *s = " Kota  Makassar, Jawa-Timur.";
    pk__token tok[8];
    assert_int_equal(pk__region_tokens(tok, 8, s, strlen(s)), 4);
    assert_int_equal(tok[0].p - s, 1);
    assert_int_equal(tok[0].n, 4);
    assert_int_equal(tok[3].p - s, 22);
    assert_int_equal(tok[3].n, 5); /* "Timur" */
    /* more tokens than the room: cap + 1 says "more", the cap are stored */
    memset(tok, 0, sizeof tok);
    assert_int_equal(pk__region_tokens(tok, 2, s, strlen(s)), 3);
    assert_int_equal(tok[1].p - s, 7);
    assert_int_equal(tok[1].n, 8); /* "Makassar" */
    assert_null(tok[2].p);
    assert_int_equal(pk__region_tokens(tok, 0, s, strlen(s)), 1);
    assert_int_equal(pk__region_tokens(tok, 8, " ,. ", 4), 0);
    assert_int_equal(pk__region_tokens(tok, 8, "", 0), 0);
}

/* The text after the first token past the cap is never read: it lies in a
 * page that cannot be read (the old tokeniser scanned on and crashed here). */
static void test_tokens_stop(void **state)
{
    (void)state;
    long page = sysconf(_SC_PAGESIZE);
    assert_true(page > 64);
    char *map = mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    assert_true(map != MAP_FAILED);
    assert_int_equal(mprotect(map + page, (size_t)page, PROT_NONE), 0);
    const char *words = "Kabupaten Probolinggo x";
    size_t n = strlen(words);
    char *s = map + page - n; /* "x" is the last readable byte */
    memcpy(s, words, n);
    pk__token tok[2];
    /* len runs 1 MiB into the unreadable page: only "x" may be looked at */
    assert_int_equal(pk__region_tokens(tok, 2, s, n + ((size_t)1 << 20)), 3);
    assert_int_equal(tok[1].n, 11);
    assert_memory_equal(tok[1].p, "Probolinggo", 11);
    munmap(map, (size_t)page * 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_tokens_stop),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
