/* The text engine (extract.c) reads dates only in text that holds a word of
 * pk__date_anchor_word() (a month, a weekday, a unit of time, "kemarin",
 * "lalu", "depan" ...) or digits joined to digits by one '/', '-' or '.'
 * ("17/9", "27-11-2024"): it skips the rest without calling pk_date_scan().
 * These tests hold the date reader to that: every date it reads, in the real
 * expressions of tests/data/date_expressions.tsv and in every written form,
 * holds an anchor; its other words ("tanggal", "yang", "ini", numbers in
 * words, connectors, parts of the day) and bare numbers make no date alone.
 * A new date form without an anchor fails here: add its word's class to
 * anchor_class() in date_text.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "internal.h"
#include "pilkada.h"

/* 1 if s[0..n) holds a word of pk__date_anchor_word() (letters joined by an
 * apostrophe read as one word: "Jum'at") or digits joined to digits by one
 * '/', '-' or '.'. */
static int has_anchor(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= '0' && c <= '9') {
            while (i < n && s[i] >= '0' && s[i] <= '9')
                i++;
            if (i + 1 < n && (s[i] == '/' || s[i] == '-' || s[i] == '.') && s[i + 1] >= '0' && s[i + 1] <= '9')
                return 1;
            continue;
        }
        if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            i++;
            continue;
        }
        char w[32];
        size_t wl = 0;
        while (i < n) {
            c = (unsigned char)s[i];
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                if (wl + 1 < sizeof w)
                    w[wl++] = (char)(c | 0x20);
                i++;
            } else if (c == '\'' && i + 1 < n && (s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z') {
                i++;
            } else {
                break;
            }
        }
        w[wl] = '\0';
        size_t pos = 0;
        for (const char *a; (a = pk__date_anchor_word(&pos)) != NULL;)
            if (strcmp(a, w) == 0)
                return 1;
    }
    return 0;
}

/* The words of text[0..n) the text engine hands the date reader
 * (pk__date_scan_words): runs of ASCII letters with an ASCII byte other than
 * an apostrophe (or the end) after them. Returns their number. */
static size_t hint_words(const char *s, size_t n, pk__date_word *w, size_t cap)
{
    size_t nw = 0;
    for (size_t i = 0; i < n;) {
        size_t b = i;
        while (i < n && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
            i++;
        if (i == b) {
            i++;
            continue;
        }
        if ((b >= 2 && (unsigned char)s[b - 2] >= 0xC3 && (unsigned char)s[b - 2] <= 0xC9 &&
             ((unsigned char)s[b - 1] & 0xC0) == 0x80) ||
            (i < n && ((unsigned char)s[i] >= 0x80 || s[i] == '\'')) || (i < n && s[i] >= '0' && s[i] <= '9') ||
            (b > 0 && s[b - 1] >= '0' && s[b - 1] <= '9') || nw == cap)
            continue; /* not one word to the engine ("17Agustus", "Caféx") or to the reader ("Jum'at") */
        char lo[32];
        size_t l = i - b < sizeof lo - 1 ? i - b : sizeof lo - 1;
        for (size_t k = 0; k < l; k++)
            lo[k] = (char)(s[b + k] | 0x20);
        lo[l] = '\0';
        w[nw].start = b;
        w[nw].end = i;
        w[nw].word = l == i - b ? pk__date_word_index(lo, l) : 0;
        nw++;
    }
    return nw;
}

/* Every date read in text[0..n) holds an anchor; returns how many were read.
 * Read with the words given (pk__date_scan_words, as the text engine reads
 * dates), the answers are the same. */
static size_t check_dates(const char *text)
{
    pk_date_text_options o = PK_DATE_TEXT_OPTIONS_INIT;
    o.reference = pk_date_of(2024, 11, 28);
    pk_date_match m[8], h[8];
    size_t total = 0, htotal = 0;
    m[0] = (pk_date_match)PK_DATE_MATCH_INIT;
    h[0] = (pk_date_match)PK_DATE_MATCH_INIT;
    assert_int_equal(pk_date_scan(m, 8, &total, text, strlen(text), &o, NULL), PK_OK);
    pk__date_word w[64];
    size_t nw = hint_words(text, strlen(text), w, 64);
    assert_int_equal(pk__date_scan_words(h, 8, &htotal, text, strlen(text), &o, w, nw), PK_OK);
    assert_int_equal(htotal, total);
    for (size_t k = 0; k < total; k++)
        if (h[k].start != m[k].start || h[k].end != m[k].end || h[k].kind != m[k].kind || h[k].flags != m[k].flags ||
            pk_date_compare(h[k].from, m[k].from) != 0 || pk_date_compare(h[k].to, m[k].to) != 0)
            fail_msg("'%s': date %zu read otherwise with the words given", text, k);
    for (size_t k = 0; k < total; k++)
        if (!has_anchor(text + m[k].start, m[k].end - m[k].start))
            fail_msg("'%s': the date read at %zu..%zu holds no anchor word and no joined digits", text, m[k].start,
                     m[k].end);
    return total;
}

static void test_anchor_list(void **state)
{
    (void)state;
    /* months (with the old and short spellings), weekdays, units, relative words */
    static const char *const want[] = {"januari", "pebruari", "nopember", "agt", "okt", "des", "senin", "jumat",
                                       "minggu", "ahad", "hari", "pekan", "bulan", "tahun", "sehari", "kemarin",
                                       "lusa", "lalu", "silam", "depan", "akhir"};
    static const char *const not_anchor[] = {"tanggal", "yang", "ini", "dua", "belas", "hingga", "sampai", "dengan",
                                             "pagi", "beberapa"};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        if (!has_anchor(want[i], strlen(want[i])))
            fail_msg("'%s' is not an anchor", want[i]);
    for (size_t i = 0; i < sizeof not_anchor / sizeof not_anchor[0]; i++)
        if (has_anchor(not_anchor[i], strlen(not_anchor[i])))
            fail_msg("'%s' is an anchor", not_anchor[i]);
}

static void test_real_expressions(void **state)
{
    (void)state;
    FILE *f = fopen(PK_TEST_DATA_DIR "/date_expressions.tsv", "rb");
    assert_non_null(f);
    char line[2048];
    size_t rows = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0' || strncmp(line, "text\t", 5) == 0)
            continue;
        line[strcspn(line, "\t")] = '\0';
        assert_int_equal(check_dates(line), 1); /* each row holds exactly one date expression */
        rows++;
    }
    fclose(f);
    assert_true(rows >= 30);
}

/* The reader given the words reads what it reads alone: "Jum'at (15/11)" (the
 * apostrophe joins one word) is Friday 15 November 2024, "Selasa (17/9)"
 * Tuesday 17 September 2024. */
static void test_words_given(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int y, m, d;
    } want[] = {{"Jum'at (15/11)", 2024, 11, 15}, {"Selasa (17/9)", 2024, 9, 17}, {"Rabu, 27 Nopember 2024", 2024, 11, 27}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        pk_date_text_options o = PK_DATE_TEXT_OPTIONS_INIT;
        o.reference = pk_date_of(2024, 11, 28);
        pk_date_match m[2];
        m[0] = (pk_date_match)PK_DATE_MATCH_INIT;
        pk__date_word w[8];
        size_t total = 0, nw = hint_words(want[i].text, strlen(want[i].text), w, 8);
        assert_int_equal(pk__date_scan_words(m, 2, &total, want[i].text, strlen(want[i].text), &o, w, nw), PK_OK);
        assert_int_equal(total, 1);
        assert_int_equal(m[0].kind, PK_DATE_KIND_DATE);
        assert_int_equal(pk_date_compare(m[0].from, pk_date_of(want[i].y, want[i].m, want[i].d)), 0);
        assert_int_equal(check_dates(want[i].text), 1);
    }
    /* the engine's words after a quote or a dash outside ASCII, and before one */
    static const char *const more[] = {"Jum\xe2\x80\x99" "at (15/11)", "\xc2\xab" "Rabu\xc2\xbb 27 Nopember 2024",
                                       "Senin\xe2\x80\x94pekan lalu", "\xe2\x80\x9cKamis\xe2\x80\x9d (24/10) lalu"};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        assert_true(check_dates(more[i]) >= 1);
    assert_true(pk__date_word_index("nopember", 8) > 0); /* the old spelling of November */
    assert_int_equal(pk__date_word_index("rumah", 5), 0);
    assert_int_equal(pk__date_word_index("wednesdays", 10), 0);
}

static void test_forms(void **state)
{
    (void)state;
    static const char *const dates[] = {
        "27 November 2024", "27 Nov 2024", "27/11/2024", "27-11-2024", "27.11.2024", "2024-11-27",
        "Selasa (17/9/2024)", "Selasa (17/9)", "(17/9)", "Pebruari 2024", "27 Nopember 2020", "1 Agt 2024",
        "25 September hingga 23 November 2024", "1-18 November 2024", "kemarin", "kemarin lusa", "dua hari lalu",
        "tiga hari yang lalu", "dua belas hari lalu", "pekan lalu", "Senin lalu", "Senin pekan lalu",
        "hari Minggu lalu", "sepekan lalu", "beberapa hari lalu", "akhir pekan lalu", "hari ini", "bulan depan",
        "tahun lalu", "pada Senin", "Jum'at (15/11)", "Rabu malam (23/10)", "tanggal 17/9", "November 27, 2024",
        "17 dan 18 Oktober 2024", "sejak 1 Oktober sampai 3 Oktober 2024"};
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++)
        if (check_dates(dates[i]) < 1)
            fail_msg("'%s': no date read", dates[i]);
    static const char *const none[] = {
        "tanggal 17 yang ini dengan sampai hingga s/d s.d. 18 pagi siang sore malam beberapa dua belas puluh",
        "pada 17 dan 18, sekitar 2024 ada 12 orang di TPS 17 RT 03 / RW 05 pukul 10:00 ke-17 tanggal 2024",
        "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas yang ini 1 2 3 4 5 31 2199"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        assert_false(has_anchor(none[i], strlen(none[i])));
        assert_int_equal(check_dates(none[i]), 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_anchor_list),
        cmocka_unit_test(test_real_expressions),
        cmocka_unit_test(test_forms),
        cmocka_unit_test(test_words_given),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
