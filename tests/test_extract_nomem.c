/* The text engine when memory runs out: every allocation pk_extract()
 * makes is failed in turn (malloc, calloc and realloc are wrapped by the
 * linker, see tests/CMakeLists.txt). Each run must end in PK_OK or
 * PK_ENOMEM with its message, never a crash, a leak (the sanitizer and
 * valgrind builds check) or a half-filled result. The text is corpus
 * 010 (Serang PSU, April 2025): several acts, places, dates and a sum. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);

/* Test-only state: the test runs on one thread. */
static int armed;
static long countdown; /* allocations left before the one that fails */
static long seen;      /* allocations made while armed */
static int sticky;     /* once one allocation failed, every later one fails too */

static int fail_now(void)
{
    if (!armed)
        return 0;
    seen++;
    if (sticky && countdown < 0)
        return 1;
    return countdown-- == 0;
}

void *__wrap_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t k, size_t n) { return fail_now() ? NULL : __real_calloc(k, n); }
void *__wrap_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_realloc(p, n); }

static const char text[] =
    "Koordinator Penyidik Gakkumdu Kompol Endang Sugiarto mengatakan pelaku ini berinisial ND (30), MH (31), "
    "dan SD (35) yang diduga bagian dari tim pemenangan salah satu pasangan calon.\n"
    "\"Tim Gakkumdu mengamankan dua orang pelaku saat membawa uang tunai dan daftar penerima. Masing-masing "
    "pemilih dijanjikan menerima Rp50.000 untuk mendukung paslon 01 dalam PSU Kabupaten Serang,\" kata Endang, "
    "dikutip Sabtu (19/4/2025).\n"
    "Endang menjelaskan penangkapan ND dan MH terjadi pada Jumat (18/4).\n"
    "Dia ditangkap di Jalan Baru Bendung Pamarayan, Kecamatan Cikeusal, Kabupaten Serang. Di sisi lain, SD "
    "ditangkap di Kampung Pagadungan, Desa Curug Salanjana, Kecamatan Gunungsari, Kabupaten Serang.\n"
    "SD diduga membujuk warga untuk memilih pasangan calon tertentu dengan imbalan uang tunai.";

static void test_every_allocation_fails(void **state)
{
    (void)state;
    /* the full run: how many allocations, and what it finds */
    pk_extract_result *r = NULL;
    armed = 1;
    countdown = -1;
    seen = 0;
    pk_status s = pk_extract(&r, text, strlen(text), NULL, NULL);
    armed = 0;
    assert_int_equal(s, PK_OK);
    long total = seen;
    size_t drafts = pk_extract_draft_count(r), mentions = pk_extract_mention_count(r);
    assert_true(drafts >= 1);
    assert_true(total >= 8);
    pk_extract_free(r);
    /* the k-th allocation fails (then the rest succeed, or, sticky, fail too) */
    for (long k = 0; k < 2 * total; k++) {
        sticky = k >= total;
        pk_error err;
        pk_error_clear(&err);
        r = NULL;
        armed = 1;
        countdown = k % total;
        seen = 0;
        s = pk_extract(&r, text, strlen(text), NULL, &err);
        armed = 0;
        if (s == PK_OK) {
            /* a failed realloc of a scratch buffer may be survived; the result is then whole */
            assert_non_null(r);
            assert_int_equal(pk_extract_draft_count(r), drafts);
            assert_int_equal(pk_extract_mention_count(r), mentions);
            pk_extract_free(r);
        } else {
            assert_int_equal(s, PK_ENOMEM);
            assert_null(r);
            assert_string_equal(err.text, "out of memory");
        }
    }
    sticky = 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_every_allocation_fails)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
