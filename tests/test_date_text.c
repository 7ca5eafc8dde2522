/* Dates as people write them: pk_date_parse_loose() and pk_date_scan().
 *
 * Facts: 27 Nov 2024 (voting day of Pilkada 2024) was a Wednesday, 28 Nov
 * 2024 a Thursday; the week before it ran Monday 18 to Sunday 24 Nov 2024.
 * 29 Feb 2023 and 31 Nov 2024 do not exist. Real expressions from news and
 * Bawaslu pages, with their URLs, are in tests/data/date_expressions.tsv. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"
#include "test_light.h"

static pk_date iso(const char *s)
{
    pk_date d;
    assert_int_equal(pk_date_parse(&d, s, NULL), PK_OK);
    return d;
}

static void assert_date(pk_date got, const char *want)
{
    char buf[PK_DATE_STRLEN];
    pk_date_format(buf, sizeof buf, got, NULL);
    assert_string_equal(buf, want);
}

static pk_date_text_options with_ref(const char *ref)
{
    pk_date_text_options o = PK_DATE_TEXT_OPTIONS_INIT;
    if (ref)
        o.reference = iso(ref);
    return o;
}

/* Scan text and return the only expression in it (fails if not exactly one). */
static pk_date_match scan_one(const char *text, const char *ref)
{
    pk_date_text_options o = with_ref(ref);
    pk_date_match m[4] = {PK_DATE_MATCH_INIT};
    size_t total = 99;
    pk_error err;
    pk_status st = pk_date_scan(m, 4, &total, text, strlen(text), &o, &err);
    if (st != PK_OK || total != 1)
        print_error("'%s' (ref %s): status %s, %zu expressions\n", text, ref ? ref : "none", pk_status_name(st),
                    total);
    assert_int_equal(st, PK_OK);
    assert_int_equal(total, 1);
    assert_int_equal(m[0].version, PK_DATE_MATCH_VERSION);
    return m[0];
}

static size_t scan_count(const char *text, const char *ref)
{
    pk_date_text_options o = with_ref(ref);
    size_t total = 99;
    pk_status st = pk_date_scan(NULL, 0, &total, text, strlen(text), &o, NULL);
    assert_int_equal(st, total ? PK_EBUFSIZE : PK_OK);
    return total;
}

/* ------------------------------------------------------------------ TSV -- */

static const struct {
    const char *name;
    unsigned bit;
} flag_names[] = {
    {"year_inferred", PK_DATE_FLAG_YEAR_INFERRED},       {"relative", PK_DATE_FLAG_RELATIVE},
    {"weekday_mismatch", PK_DATE_FLAG_WEEKDAY_MISMATCH}, {"ambiguous", PK_DATE_FLAG_AMBIGUOUS},
    {"invalid", PK_DATE_FLAG_INVALID},
};

static unsigned parse_flags(const char *s)
{
    unsigned f = 0;
    if (strcmp(s, "-") == 0)
        return 0;
    char buf[200];
    snprintf(buf, sizeof buf, "%s", s);
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        size_t i;
        for (i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++)
            if (strcmp(tok, flag_names[i].name) == 0)
                break;
        if (i == sizeof flag_names / sizeof flag_names[0])
            fail_msg("unknown flag '%s' in date_expressions.tsv", tok);
        f |= flag_names[i].bit;
    }
    return f;
}

static void test_real_expressions(void **state)
{
    (void)state;
    FILE *f = fopen(PK_TEST_DATA_DIR "/date_expressions.tsv", "rb");
    assert_non_null(f);
    char line[2048];
    int rows = 0, relative = 0, ranges = 0, yearless = 0;
    unsigned checked = 0;
    for (size_t i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++)
        checked |= flag_names[i].bit;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0' || strncmp(line, "text\t", 5) == 0)
            continue;
        char *col[7] = {NULL, NULL, NULL, NULL, NULL, NULL, NULL};
        int n = 0;
        for (char *p = line; n < 7; n++) {
            col[n] = p;
            p = strchr(p, '\t');
            if (!p) {
                n++;
                break;
            }
            *p++ = '\0';
        }
        assert_int_equal(n, 7);
        const char *text = col[0], *kind = col[2], *from = col[3], *to = col[4];
        pk_date_match m = scan_one(text, col[1]);
        if (strcmp(pk_date_kind_name(m.kind), kind) != 0)
            fail_msg("'%s': kind %s, expected %s", text, pk_date_kind_name(m.kind), kind);
        if (m.kind == PK_DATE_KIND_UNRESOLVED) {
            assert_string_equal(from, "-");
            assert_int_equal(m.from.year, 0);
        } else {
            char a[PK_DATE_STRLEN], b[PK_DATE_STRLEN];
            pk_date_format(a, sizeof a, m.from, NULL);
            pk_date_format(b, sizeof b, m.to, NULL);
            if (strcmp(a, from) != 0 || strcmp(b, to) != 0)
                fail_msg("'%s': read %s..%s, expected %s..%s", text, a, b, from, to);
        }
        unsigned want = parse_flags(col[5]);
        if ((m.flags & checked) != want)
            fail_msg("'%s': flags 0x%x, expected 0x%x", text, m.flags & checked, want);
        /* the span is inside the text and starts at a letter, digit or '(' */
        assert_true(m.start < m.end && m.end <= strlen(text));
        rows++;
        relative += (m.flags & PK_DATE_FLAG_RELATIVE) != 0;
        ranges += m.kind == PK_DATE_KIND_RANGE;
        yearless += (m.flags & PK_DATE_FLAG_YEAR_INFERRED) != 0;
    }
    fclose(f);
    print_message("date_expressions.tsv: %d real expressions (%d ranges, %d without a year, %d relative)\n", rows,
                  ranges, yearless, relative);
    assert_true(rows >= 30);
}

/* ---------------------------------------------------------------- loose -- */

static void test_loose_forms(void **state)
{
    (void)state;
    static const struct {
        const char *text, *want;
    } ok[] = {
        {"2024-11-27", "2024-11-27"},
        {"27/11/2024", "2024-11-27"},
        {"27-11-2024", "2024-11-27"},
        {"27.11.2024", "2024-11-27"},
        {"7/1/2024", "2024-01-07"},
        {"11/12/2024", "2024-12-11"}, /* day first, always */
        {"2024-1-5", "2024-01-05"},
        {"27 November 2024", "2024-11-27"},
        {"27 Nov 2024", "2024-11-27"},
        {"27 Nov. 2024", "2024-11-27"},
        {"27-Nov-2024", "2024-11-27"},
        {"27 Nopember 2024", "2024-11-27"},
        {"27 NOPEMBER 2024", "2024-11-27"},
        {"29 Pebruari 2024", "2024-02-29"},
        {"17 Agt 2024", "2024-08-17"},
        {"17 Agu 2024", "2024-08-17"},
        {"17 Agustus 2024", "2024-08-17"},
        {"1 Okt 2024", "2024-10-01"},
        {"5 Des 2024", "2024-12-05"},
        {"17 Sept 2024", "2024-09-17"},
        {"17 Sep 2024", "2024-09-17"},
        {"1 Mei 2024", "2024-05-01"},
        {"1 May 2024", "2024-05-01"},
        {"November 27, 2024", "2024-11-27"},
        {"Rabu, 27 November 2024", "2024-11-27"},
        {"Rabu 27/11/2024", "2024-11-27"},
        {"Rabu (27/11/2024)", "2024-11-27"},
        {"rabu (27/11/2024)", "2024-11-27"},
        {"Selasa (17/9/2024)", "2024-09-17"},
        {"Wednesday, 27 November 2024", "2024-11-27"},
        {"Jum'at, 29 November 2024", "2024-11-29"},
        {"Jum\xE2\x80\x99" "at, 29 November 2024", "2024-11-29"},
        {"  27/11/2024\t\n", "2024-11-27"},
        {"27\xC2\xA0November\xC2\xA0" "2024", "2024-11-27"}, /* no-break spaces */
        {"1900-01-01", "1900-01-01"},
        {"31/12/2199", "2199-12-31"},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        pk_date d;
        pk_error err;
        pk_status st = pk_date_parse_loose(&d, ok[i].text, NULL, &err);
        if (st != PK_OK)
            fail_msg("'%s': %s: %s", ok[i].text, pk_status_name(st), err.text);
        assert_date(d, ok[i].want);
    }
}

static void test_loose_rejects_with_reading(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        pk_status status;
        const char *says; /* part of the message */
    } bad[] = {
        {"29/02/2023", PK_EPARSE, "day 29 does not exist in February 2023"},
        {"31/11/2024", PK_EPARSE, "day 31 does not exist in November 2024"},
        {"32 Januari 2024", PK_EPARSE, "day 32"},
        {"2023-02-29", PK_EPARSE, "day 29"},
        {"2024-13-01", PK_EPARSE, "month 13"},
        {"12/27/2024", PK_EPARSE, "month first it would read 2024-12-27"},
        {"2024/11/12", PK_EPARSE, "would read 2024-11-12"},
        {"2024.11.12", PK_EPARSE, "would read 2024-11-12"},
        {"27/11/24", PK_EPARSE, "27/11/2024 if 2024-11-27"},
        {"27-11-24", PK_EPARSE, "two-digit year"},
        {"Kamis (29/10/20)", PK_EPARSE, "two-digit year; only 2020 puts it on a Thursday, reading 2020-10-29"},
        {"Rabu (27/11/24)", PK_EPARSE, "two-digit year"},
        {"Senin, 27/11/2024", PK_EPARSE, "2024-11-27 is a Wednesday (Rabu), not a Monday (Senin)"},
        {"Selasa (17/9)", PK_EPARSE, "no year"},
        {"17 September", PK_EPARSE, "no year"},
        {"kemarin", PK_EPARSE, "reference"},
        {"Minggu lalu", PK_EPARSE, "Sunday or the week"},
        {"Senin", PK_EPARSE, "weekday"},
        {"25-27 November 2024", PK_EPARSE, "range (2024-11-25 to 2024-11-27)"},
        {"November 2024", PK_EPARSE, "range (2024-11-01 to 2024-11-30)"},
        {"27/11/2024 dan 28/11/2024", PK_EPARSE, "more than one"},
        {"tanggal 27/11/2024", PK_EPARSE, "before the date"},
        {"27/11/2024 pukul 10.00", PK_EPARSE, "after the date"},
        {"0027/11/2024", PK_EPARSE, "not a date"},
        {"20241127", PK_EPARSE, "not a date"},
        {"2024-11-27T10:00", PK_EPARSE, "not a date"},
        {"", PK_EPARSE, "empty"},
        {"   ", PK_EPARSE, "empty"},
        {"besok", PK_EPARSE, "not a date"},
        {"1899-12-31", PK_ERANGE, "year 1899"},
        {"1/1/2200", PK_ERANGE, "year 2200"},
        {"27/11/2024\xFF", PK_EENCODING, "UTF-8"},
        {"27/11/98", PK_EPARSE, "27/11/1998 if 1998-11-27"},      /* 98: the 1900s */
        {"31/02/24", PK_EPARSE, "write the year with four digits"}, /* no 31 February in any year */
        {"2024/27/11", PK_EPARSE, "year-day-month it would read 2024-11-27"},
        {"2024/31/31", PK_EPARSE, "not a date form read here"},
        {"13/13/2024", PK_EPARSE, "month 13 does not exist"},
        {"0/13/2024", PK_EPARSE, "month 13 does not exist"},
        {"2/30/2024", PK_EPARSE, "month 30 does not exist"}, /* 30 February either way */
        {"27/00/2024", PK_EPARSE, "month 0 does not exist"},
        {"00/11/2024", PK_EPARSE, "day 0 does not exist in November 2024"},
        {"(32/9)", PK_EPARSE, "day 32 does not exist in September"},
        {"Selasa (17/13)", PK_EPARSE, "month 13 does not exist"},
        {"(5/13)", PK_EPARSE, "month 13 does not exist"},
        {"25 - 27/13/2024", PK_EPARSE, "month 13 does not exist"}, /* the first side takes the month */
        {"5", PK_EPARSE, "not a date"},
        {"November 1899", PK_ERANGE, "year 1899"},
        {"beberapa hari lalu", PK_EPARSE, "cannot be pinned"},
        {"27-25 November 2024", PK_EPARSE, "ends before it starts"},
        {"Maret 2024 - Januari 2024", PK_EPARSE, "ends before it starts"},
        /* a range refused for one side names that side's numbers */
        {"30-32 November 2024", PK_EPARSE, "day 32 does not exist in November 2024"},
        {"29 Februari - 1 Maret 2023", PK_EPARSE, "day 29 does not exist in February 2023"},
        {"Desember 1899 - Januari 1900", PK_ERANGE, "year 1899"},
        {"(25/13) - (27/11/2024)", PK_EPARSE, "month 13 does not exist"},
        {"25/11/2024 - 27/13/2024", PK_EPARSE, "month 13 does not exist"},
        {"25/11/2024 - 32/11/2024", PK_EPARSE, "day 32 does not exist in November"},
        {"27/11/2024 \xC2\xA9", PK_EPARSE, "after the date"}, /* a copyright sign */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        pk_date d = {1, 1, 1};
        pk_error err;
        pk_error_clear(&err);
        pk_status st = pk_date_parse_loose(&d, bad[i].text, NULL, &err);
        if (st != bad[i].status || !strstr(err.text, bad[i].says))
            fail_msg("'%s': %s '%s', expected %s '...%s...'", bad[i].text, pk_status_name(st), err.text,
                     pk_status_name(bad[i].status), bad[i].says);
        assert_int_equal(err.status, st);
        assert_int_equal(d.year, 0);
        assert_int_equal(d.month, 0);
        assert_int_equal(d.day, 0);
    }
}

/* With a reference date the message shows the reading the text would take. */
static void test_loose_reference(void **state)
{
    (void)state;
    pk_date_text_options o = with_ref("2024-11-28");
    pk_date d;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_date_parse_loose(&d, "Selasa (17/9)", &o, &err), PK_EPARSE);
    assert_non_null(strstr(err.text, "2024-09-17"));
    assert_int_equal(pk_date_parse_loose(&d, "kemarin", &o, &err), PK_EPARSE);
    assert_non_null(strstr(err.text, "2024-11-27"));
    /* accepted on request */
    o.flags = PK_DATE_TEXT_ACCEPT_INFERRED;
    assert_int_equal(pk_date_parse_loose(&d, "Selasa (17/9)", &o, &err), PK_OK);
    assert_date(d, "2024-09-17");
    assert_int_equal(pk_date_parse_loose(&d, "kemarin", &o, &err), PK_OK);
    assert_date(d, "2024-11-27");
    assert_int_equal(pk_date_parse_loose(&d, "hari ini", &o, &err), PK_OK);
    assert_date(d, "2024-11-28");
    assert_int_equal(pk_date_parse_loose(&d, "Kamis (29/10/20)", &o, &err), PK_OK); /* a Thursday */
    assert_date(d, "2020-10-29");
    /* never one day, even on request */
    assert_int_equal(pk_date_parse_loose(&d, "pekan lalu", &o, &err), PK_EPARSE);
    assert_non_null(strstr(err.text, "2024-11-18 to 2024-11-24"));
    /* without a reference date there is nothing to accept */
    o = with_ref(NULL);
    o.flags = PK_DATE_TEXT_ACCEPT_INFERRED;
    assert_int_equal(pk_date_parse_loose(&d, "kemarin", &o, &err), PK_EPARSE);
}

/* Every valid ISO date reads exactly as pk_date_parse() reads it. */
static void test_loose_iso_identical(void **state)
{
    (void)state;
    pk_date d = {1900, 1, 1};
    int n = 0;
    while (pk_date_valid(d)) {
        char buf[PK_DATE_STRLEN];
        pk_date a, b;
        pk_date_format(buf, sizeof buf, d, NULL);
        assert_int_equal(pk_date_parse(&a, buf, NULL), PK_OK);
        assert_int_equal(pk_date_parse_loose(&b, buf, NULL, NULL), PK_OK);
        assert_int_equal(pk_date_compare(a, b), 0);
        assert_int_equal(pk_date_compare(a, d), 0);
        if (pk_date_add_days(&d, d, 1, NULL) != PK_OK)
            break;
        n++;
    }
    assert_int_equal(n, 109572); /* 1900-01-01 .. 2199-12-31 */
}

static void test_loose_bad_arguments(void **state)
{
    (void)state;
    pk_date d;
    pk_error err;
    assert_int_equal(pk_date_parse_loose(NULL, "27/11/2024", NULL, &err), PK_EINVAL);
    assert_int_equal(pk_date_parse_loose(&d, NULL, NULL, &err), PK_EINVAL);
    assert_int_equal(pk_date_parse_loose_n(&d, NULL, 3, NULL, &err), PK_EINVAL);
    /* an embedded NUL is an error, not the end of the text */
    assert_int_equal(pk_date_parse_loose_n(&d, "27/11/2024\0x", 12, NULL, &err), PK_EPARSE);
    assert_int_equal(err.column, 11);
    assert_int_equal(pk_date_parse_loose_n(&d, "27/11/2024", 10, NULL, &err), PK_OK);
    /* over-long input */
    char longtext[PK_DATE_LOOSE_MAX + 50];
    memset(longtext, ' ', sizeof longtext);
    memcpy(longtext, "27/11/2024", 10);
    longtext[sizeof longtext - 1] = '\0';
    assert_int_equal(pk_date_parse_loose(&d, longtext, NULL, &err), PK_ETOOLONG);
    longtext[PK_DATE_LOOSE_MAX] = '\0'; /* exactly the limit: spaces are trimmed */
    assert_int_equal(pk_date_parse_loose(&d, longtext, NULL, &err), PK_OK);
    /* options: versions 1..current, known flags, a valid reference */
    pk_date_text_options o = PK_DATE_TEXT_OPTIONS_INIT;
    assert_int_equal(pk_date_parse_loose(&d, "27/11/2024", &o, &err), PK_OK);
    o.version = 0;
    assert_int_equal(pk_date_parse_loose(&d, "27/11/2024", &o, &err), PK_EINVAL);
    o.version = PK_DATE_TEXT_OPTIONS_VERSION + 1;
    assert_int_equal(pk_date_parse_loose(&d, "27/11/2024", &o, &err), PK_EINVAL);
    o.version = 1;
    o.flags = 0x80;
    assert_int_equal(pk_date_parse_loose(&d, "27/11/2024", &o, &err), PK_EINVAL);
    o.flags = 0;
    o.reference = pk_date_of(2024, 2, 30);
    assert_int_equal(pk_date_parse_loose(&d, "27/11/2024", &o, &err), PK_EINVAL);
    assert_string_equal(err.field, "reference");
}

/* ----------------------------------------------------------------- scan -- */

static void expect(const char *text, const char *ref, pk_date_kind kind, const char *from, const char *to,
                   unsigned flags)
{
    pk_date_match m = scan_one(text, ref);
    if (m.kind != kind)
        fail_msg("'%s' (ref %s): kind %s, expected %s", text, ref ? ref : "none", pk_date_kind_name(m.kind),
                 pk_date_kind_name(kind));
    if (from) {
        assert_date(m.from, from);
        assert_date(m.to, to);
    } else {
        assert_int_equal(m.from.year, 0);
        assert_int_equal(m.to.year, 0);
    }
    if ((m.flags & flags) != flags)
        fail_msg("'%s': flags 0x%x lack 0x%x", text, m.flags, flags);
}

#define DATE PK_DATE_KIND_DATE
#define RANGE PK_DATE_KIND_RANGE
#define UNRES PK_DATE_KIND_UNRESOLVED

/* Reference Thursday 28 Nov 2024: the week before ran 18..24 Nov. */
static void test_scan_relative(void **state)
{
    (void)state;
    const char *r = "2024-11-28";
    const unsigned rel = PK_DATE_FLAG_RELATIVE;
    expect("kemarin", r, DATE, "2024-11-27", "2024-11-27", rel);
    expect("kemarin lusa", r, DATE, "2024-11-26", "2024-11-26", rel);
    expect("hari ini", r, DATE, "2024-11-28", "2024-11-28", rel);
    expect("dua hari lalu", r, DATE, "2024-11-26", "2024-11-26", rel);
    expect("3 hari yang lalu", r, DATE, "2024-11-25", "2024-11-25", rel);
    expect("sehari lalu", r, DATE, "2024-11-27", "2024-11-27", rel);
    expect("dua belas hari lalu", r, DATE, "2024-11-16", "2024-11-16", rel);
    expect("dua puluh satu hari silam", r, DATE, "2024-11-07", "2024-11-07", rel);
    expect("pekan lalu", r, RANGE, "2024-11-18", "2024-11-24", rel);
    expect("minggu lalu", r, RANGE, "2024-11-18", "2024-11-24", rel);
    expect("pekan kemarin", r, RANGE, "2024-11-18", "2024-11-24", rel);
    expect("dua pekan lalu", r, RANGE, "2024-11-11", "2024-11-17", rel);
    expect("sepekan lalu", r, RANGE, "2024-11-18", "2024-11-24", rel);
    expect("pekan ini", r, RANGE, "2024-11-25", "2024-12-01", rel);
    expect("akhir pekan lalu", r, RANGE, "2024-11-23", "2024-11-24", rel);
    expect("Senin lalu", r, DATE, "2024-11-25", "2024-11-25", rel | PK_DATE_FLAG_WEEKDAY);
    expect("Kamis lalu", r, DATE, "2024-11-21", "2024-11-21", rel); /* strictly before */
    expect("Senin pekan lalu", r, DATE, "2024-11-18", "2024-11-18", rel);
    expect("hari Minggu lalu", r, DATE, "2024-11-24", "2024-11-24", rel);
    expect("Minggu lalu", r, UNRES, NULL, NULL, PK_DATE_FLAG_AMBIGUOUS);
    expect("bulan lalu", r, RANGE, "2024-10-01", "2024-10-31", rel);
    expect("bulan lalu", "2024-01-15", RANGE, "2023-12-01", "2023-12-31", rel);
    expect("tiga bulan lalu", "2024-03-31", RANGE, "2023-12-01", "2023-12-31", rel);
    expect("bulan ini", r, RANGE, "2024-11-01", "2024-11-30", rel);
    expect("tahun lalu", r, RANGE, "2023-01-01", "2023-12-31", rel);
    expect("pekan depan", r, RANGE, "2024-12-02", "2024-12-08", rel);
    expect("Senin depan", r, DATE, "2024-12-02", "2024-12-02", rel);
    expect("beberapa hari lalu", r, UNRES, NULL, NULL, rel);
    /* no reference date: found, not resolved */
    expect("kemarin", NULL, UNRES, NULL, NULL, rel | PK_DATE_FLAG_NEEDS_REFERENCE);
    expect("pekan lalu", NULL, UNRES, NULL, NULL, PK_DATE_FLAG_NEEDS_REFERENCE);
    expect("Selasa (17/9)", NULL, UNRES, NULL, NULL, PK_DATE_FLAG_NEEDS_REFERENCE | PK_DATE_FLAG_WEEKDAY);
    /* a weekday alone cannot be pinned to a day */
    expect("pada Senin pagi", r, UNRES, NULL, NULL, PK_DATE_FLAG_WEEKDAY);
    assert_int_equal(scan_one("pada Senin pagi", r).weekday, PK_MONDAY);
}

static void test_scan_yearless_and_ranges(void **state)
{
    (void)state;
    const char *r = "2024-11-28";
    const unsigned inf = PK_DATE_FLAG_YEAR_INFERRED;
    /* the latest year at or before the reference */
    expect("Selasa (17/9)", r, DATE, "2024-09-17", "2024-09-17", inf);
    expect("17 September", r, DATE, "2024-09-17", "2024-09-17", inf);
    expect("28 November", r, DATE, "2024-11-28", "2024-11-28", inf);
    expect("5 Desember", r, DATE, "2023-12-05", "2023-12-05", inf);
    expect("5 Desember mendatang", r, DATE, "2024-12-05", "2024-12-05", inf);
    expect("tanggal 17/9", r, DATE, "2024-09-17", "2024-09-17", inf);
    expect("(17/9)", r, DATE, "2024-09-17", "2024-09-17", inf);
    /* square brackets after a weekday ("pada Jumat, [11/10] bukan hanya
     * dihadiri", kupangonline.com 2024): 11 Oct 2024 was a Friday */
    expect("pada Jumat, [11/10] bukan", r, DATE, "2024-10-11", "2024-10-11", inf | PK_DATE_FLAG_WEEKDAY);
    /* a part of the day with "hari", or written as one word, between the
     * weekday and the date: "Selasa dini hari (26/11)" (dates_dev 025,
     * detik.com 2024; 26 Nov 2024 was a Tuesday), "dinihari", "subuh",
     * "malam hari" */
    const unsigned wd = inf | PK_DATE_FLAG_WEEKDAY;
    expect("Selasa dini hari (26/11)", r, DATE, "2024-11-26", "2024-11-26", wd);
    expect("Selasa dinihari (26/11)", r, DATE, "2024-11-26", "2024-11-26", wd);
    expect("Senin subuh (25/11)", r, DATE, "2024-11-25", "2024-11-25", wd);
    expect("Rabu malam hari, 27 November 2024", r, DATE, "2024-11-27", "2024-11-27", PK_DATE_FLAG_WEEKDAY);
    /* near miss: "hari" after a part of the day with no date after it */
    expect("Selasa dini hari tadi", r, UNRES, NULL, NULL, PK_DATE_FLAG_WEEKDAY);
    /* "tanggal" between the weekday and the date, the form of official
     * reports ("pada hari Jumat tanggal 9 Oktober", mkri.id 2021): 9 Oct
     * 2020 was a Friday; the weekday is still checked */
    expect("pada hari Jumat tanggal 9 Oktober 2020", r, DATE, "2020-10-09", "2020-10-09", PK_DATE_FLAG_WEEKDAY);
    expect("Jumat, tgl. 9/10/2020", r, DATE, "2020-10-09", "2020-10-09", PK_DATE_FLAG_WEEKDAY);
    expect("Kamis tanggal 9 Oktober 2020", r, DATE, "2020-10-09", "2020-10-09",
           PK_DATE_FLAG_WEEKDAY | PK_DATE_FLAG_WEEKDAY_MISMATCH);
    /* near miss: "tanggal" with no date after it leaves the weekday alone */
    expect("pada hari Jumat tanggal merah", r, UNRES, NULL, NULL, PK_DATE_FLAG_WEEKDAY);
    expect("pada hari Jumat tanggal", r, UNRES, NULL, NULL, PK_DATE_FLAG_WEEKDAY);
    /* near misses: a bracket without a weekday (a footnote mark) and an
     * unclosed one are not read as a date */
    assert_int_equal(scan_count("lihat [11/10] di atas", r), 0);
    expect("pada Jumat, [11/10 bukan", r, UNRES, NULL, NULL, PK_DATE_FLAG_WEEKDAY);
    expect("29 Februari", "2025-03-01", UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    /* a weekday that contradicts the inferred date is flagged, not trusted */
    expect("Senin (17/9)", r, DATE, "2024-09-17", "2024-09-17", inf | PK_DATE_FLAG_WEEKDAY_MISMATCH);
    /* ranges */
    expect("25-27 November 2024", r, RANGE, "2024-11-25", "2024-11-27", PK_DATE_FLAG_PARTS_SHARED);
    expect("25 – 27 November 2024", r, RANGE, "2024-11-25", "2024-11-27", 0);
    expect("25 September hingga 23 November 2024", r, RANGE, "2024-09-25", "2024-11-23", 0);
    expect("sejak 1 Oktober sampai 3 Oktober", r, RANGE, "2024-10-01", "2024-10-03", inf);
    expect("1 s.d. 5 Oktober 2024", r, RANGE, "2024-10-01", "2024-10-05", 0);
    expect("1 s/d 5 Oktober 2024", r, RANGE, "2024-10-01", "2024-10-05", 0);
    expect("1 Oktober sampai dengan 5 Oktober 2024", r, RANGE, "2024-10-01", "2024-10-05", 0);
    expect("25 Desember - 5 Januari 2025", r, RANGE, "2024-12-25", "2025-01-05", 0);
    expect("25/11/2024 - 27/11/2024", r, RANGE, "2024-11-25", "2024-11-27", 0);
    expect("Januari 2024 - Maret 2024", r, RANGE, "2024-01-01", "2024-03-31", 0);
    expect("November 2024", r, RANGE, "2024-11-01", "2024-11-30", 0);
    expect("27-25 November 2024", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("Senin (25/11) hingga Rabu (27/11)", r, RANGE, "2024-11-25", "2024-11-27", inf);
}

static void test_scan_refusals(void **state)
{
    (void)state;
    const char *r = "2024-11-28";
    expect("pada 31/11/2024", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("pada 29/02/2023", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("pada 32 Januari 2024", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("pada 27/11/24", r, UNRES, NULL, NULL, PK_DATE_FLAG_AMBIGUOUS);
    /* a two-digit year with a weekday that settles it: "Dugaan praktik
     * politik uang itu berhasil diungkap oleh Pengawas Kecamatan Kertasari
     * pada Kamis (29/10/20) lalu" (news, Pilbup Bandung 2020): 29 Oct 2020
     * was a Thursday, 29 Oct 1920 a Friday, 20 Oct 2029 a Saturday */
    const unsigned two = PK_DATE_FLAG_YEAR_INFERRED | PK_DATE_FLAG_YEAR_FROM_WEEKDAY | PK_DATE_FLAG_TWO_DIGIT_YEAR |
                         PK_DATE_FLAG_WEEKDAY;
    expect("pada Kamis (29/10/20) lalu", r, DATE, "2020-10-29", "2020-10-29", two);
    expect("pada Kamis (29/10/20) lalu", NULL, DATE, "2020-10-29", "2020-10-29", two);
    /* 5 Nov 2024 a Tuesday (1924: Wednesday; 2005-11-24: Thursday) */
    expect("Selasa, 5/11/24", r, DATE, "2024-11-05", "2024-11-05", two);
    /* the year first reading falls on the weekday too: 27 Nov 2024 and
     * 24 Nov 2027 were both Wednesdays; with nothing to say which year the
     * text speaks of, it stays ambiguous */
    expect("Rabu (27/11/24)", NULL, UNRES, NULL, NULL, PK_DATE_FLAG_AMBIGUOUS);
    /* a reference date rules out the year-first reading after it (24 Nov
     * 2027, three years after the story of 28 Nov 2024): the day-first one
     * stands */
    expect("Rabu (27/11/24)", r, DATE, "2024-11-27", "2024-11-27", two);
    /* "Senin, 25/11/24" (garuda08.com, 25 Nov 2024): 25 Nov 2024 and 24
     * Nov 2025 were both Mondays; the story's day rules out 2025 */
    expect("Senin, 25/11/24", "2024-11-25", DATE, "2024-11-25", "2024-11-25", two);
    /* a reference after the year-first reading leaves it possible */
    expect("Senin, 25/11/24", "2025-12-01", UNRES, NULL, NULL, PK_DATE_FLAG_AMBIGUOUS);
    /* only the year-first reading falls on the weekday (20 Oct 2029 was a
     * Saturday), which is never taken */
    expect("Sabtu (29/10/20)", r, UNRES, NULL, NULL, PK_DATE_FLAG_AMBIGUOUS);
    /* a dropped digit: "menangkap sebanyak 9 orang terduga pelaku politik
     * uang jelang pemungutan suara ulang (PSU) di kabupaten setempat, Jumat
     * (14/3/025) pagi" (Barito Utara, 2025): 14 Mar 2025 was a Friday */
    expect("Jumat (14/3/025) pagi", r, DATE, "2025-03-14", "2025-03-14", two);
    expect("pada 14/3/025", r, UNRES, NULL, NULL, PK_DATE_FLAG_AMBIGUOUS); /* no weekday */
    expect("pada 2024/11/12", r, UNRES, NULL, NULL, PK_DATE_FLAG_AMBIGUOUS);
    /* not dates: letter numbers, a bare fraction, times, long numbers */
    assert_int_equal(scan_count("Nomor 001/PP.01.02/K.JT/11/2024", r), 0);
    assert_int_equal(scan_count("Nomor: 123/12/11/2024/Bawaslu", r), 0);
    assert_int_equal(scan_count("menang 2/3 suara", r), 0);
    assert_int_equal(scan_count("pukul 10.00-12.00 WIB", r), 0);
    assert_int_equal(scan_count("NIK 3513012711240001", r), 0);
    assert_int_equal(scan_count("Rp1.500.000 dan 2024", r), 0);
    assert_int_equal(scan_count("Pilkada 2024 di 545 daerah", r), 0);
    assert_int_equal(scan_count("Senin-Jumat", r), 0);
    /* spans, and several expressions in one text */
    const char *t = "Laporan diterima Rabu (27/11/2024), kejadian 25-26 November 2024, dan kemarin.";
    pk_date_text_options o = with_ref(r);
    pk_date_match m[8] = {PK_DATE_MATCH_INIT};
    size_t total;
    assert_int_equal(pk_date_scan(m, 8, &total, t, strlen(t), &o, NULL), PK_OK);
    assert_int_equal(total, 3);
    assert_int_equal(m[0].start, strlen("Laporan diterima "));
    assert_int_equal(m[0].end, strlen("Laporan diterima Rabu (27/11/2024)"));
    assert_int_equal(m[0].weekday, PK_WEDNESDAY);
    assert_int_equal(m[1].kind, PK_DATE_KIND_RANGE);
    assert_int_equal(m[1].end - m[1].start, strlen("25-26 November 2024"));
    assert_date(m[2].from, "2024-11-27");
    assert_int_equal(m[2].version, PK_DATE_MATCH_VERSION);
}

/* Every month and weekday spelling in the table is read. */
static void test_word_table(void **state)
{
    (void)state;
    static const char *const months[12][9] = {
        {"Januari", "Jan", "January"},
        {"Februari", "Pebruari", "Feb", "Peb", "Febr", "Pebr", "February"},
        {"Maret", "Mar", "Mrt", "March"},
        {"April", "Apr"},
        {"Mei", "May"},
        {"Juni", "Jun", "June"},
        {"Juli", "Jul", "July"},
        {"Agustus", "Agust", "Agt", "Agu", "Ags", "Agst", "Aug", "August"},
        {"September", "Sept", "Sep"},
        {"Oktober", "Okt", "Oct", "October"},
        {"November", "Nopember", "Nov", "Nop"},
        {"Desember", "Des", "Dec", "December"},
    };
    for (int mo = 0; mo < 12; mo++)
        for (int k = 0; k < 9 && months[mo][k]; k++) {
            char text[64];
            snprintf(text, sizeof text, "1 %s 2024", months[mo][k]);
            pk_date d;
            assert_int_equal(pk_date_parse_loose(&d, text, NULL, NULL), PK_OK);
            assert_int_equal(d.month, mo + 1);
        }
    /* 2 Dec 2024 was a Monday */
    static const char *const days[7][4] = {
        {"Senin", "Monday"},           {"Selasa", "Tuesday"}, {"Rabu", "Wednesday"},
        {"Kamis", "Thursday"},         {"Jumat", "Jum'at", "Friday"},
        {"Sabtu", "Saturday"},         {"Minggu", "Ahad", "Sunday"},
    };
    for (int w = 0; w < 7; w++)
        for (int k = 0; k < 4 && days[w][k]; k++) {
            char text[64];
            snprintf(text, sizeof text, "%s, %d Desember 2024", days[w][k], 2 + w);
            pk_date d;
            pk_error err;
            if (pk_date_parse_loose(&d, text, NULL, &err) != PK_OK)
                fail_msg("'%s': %s", text, err.text);
            assert_int_equal(pk_date_weekday(d), w + 1);
        }
    /* number words: N hari lalu, reference Thursday 28 Nov 2024 */
    static const char *const numbers[] = {"satu", "dua", "tiga", "empat", "lima", "enam",
                                          "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};
    for (int k = 0; k < 11; k++) {
        char text[64], want[PK_DATE_STRLEN];
        pk_date d;
        snprintf(text, sizeof text, "%s hari lalu", numbers[k]);
        pk_date_add_days(&d, pk_date_of(2024, 11, 28), -(k + 1), NULL);
        pk_date_format(want, sizeof want, d, NULL);
        expect(text, "2024-11-28", DATE, want, want, PK_DATE_FLAG_RELATIVE);
    }
    expect("tiga belas hari lalu", "2024-11-28", DATE, "2024-11-15", "2024-11-15", 0);
    expect("sehari lalu", "2024-11-28", DATE, "2024-11-27", "2024-11-27", 0);
    expect("seminggu lalu", "2024-11-28", RANGE, "2024-11-18", "2024-11-24", 0);
    expect("sebulan lalu", "2024-11-28", RANGE, "2024-10-01", "2024-10-31", 0);
    expect("setahun lalu", "2024-11-28", RANGE, "2023-01-01", "2023-12-31", 0);
    expect("tahun ini", "2024-11-28", RANGE, "2024-01-01", "2024-12-31", 0);
    expect("akhir pekan depan", "2024-11-28", RANGE, "2024-12-07", "2024-12-08", 0);
    expect("Senin nanti", "2024-11-28", DATE, "2024-12-02", "2024-12-02", 0);
    expect("Jumat siang (29/11/2024)", "2024-11-28", DATE, "2024-11-29", "2024-11-29", 0);
    expect("Sabtu sore (30/11/2024)", "2024-11-28", DATE, "2024-11-30", "2024-11-30", 0);
    expect("Senin pagi (25/11)", "2024-11-28", DATE, "2024-11-25", "2024-11-25", 0);
    expect("tgl. 17/9", "2024-11-28", DATE, "2024-09-17", "2024-09-17", 0);
    /* connectors */
    static const char *const conn[] = {"1 sd 5 Oktober 2024", "1 to 5 October 2024", "1 until 5 October 2024",
                                       "1 till 5 October 2024", "1 hingga 5 Oktober 2024", "1 — 5 Oktober 2024"};
    for (size_t k = 0; k < sizeof conn / sizeof conn[0]; k++)
        expect(conn[k], NULL, RANGE, "2024-10-01", "2024-10-05", 0);
    assert_string_equal(pk_date_kind_name(PK_DATE_KIND_DATE), "date");
    assert_string_equal(pk_date_kind_name(PK_DATE_KIND_RANGE), "range");
    assert_string_equal(pk_date_kind_name(PK_DATE_KIND_UNRESOLVED), "unresolved");
    assert_string_equal(pk_date_kind_name((pk_date_kind)0), "?");
}

/* ------------------------------------------------------- less common forms -- */

/* Loose reading: spaces of every kind around the date, partial reference
 * dates, relative dates beyond 1900..2199. */
static void test_loose_edges(void **state)
{
    (void)state;
    pk_error err;
    assert_int_equal(pk_date_parse_loose(NULL, NULL, NULL, &err), PK_EINVAL);
    /* trailing spaces of every kind the reader knows are trimmed, as leading ones are */
    static const char *const spaced[] = {"27/11/2024\xE2\x80\xAF", "27/11/2024\xE2\x80\x89",
                                         ("\xE2\x80\xAF" "27/11/2024 \xC2\xA0\xE2\x80\x8A "), "Rabu (27/11/2024)\xC2\xA0"};
    for (size_t i = 0; i < sizeof spaced / sizeof spaced[0]; i++) {
        pk_date d;
        pk_error_clear(&err);
        if (pk_date_parse_loose(&d, spaced[i], NULL, &err) != PK_OK)
            fail_msg("'%s': %s", spaced[i], err.text);
        assert_date(d, "2024-11-27");
    }
    /* a reference date is all three fields or none */
    pk_date_text_options o = PK_DATE_TEXT_OPTIONS_INIT;
    pk_date d;
    o.reference = pk_date_of(0, 11, 0);
    assert_int_equal(pk_date_parse_loose(&d, "kemarin", &o, &err), PK_EINVAL);
    o.reference = pk_date_of(0, 0, 27);
    assert_int_equal(pk_date_parse_loose(&d, "kemarin", &o, &err), PK_EINVAL);
    /* a relative date that leaves 1900..2199 */
    o = with_ref("1900-01-01");
    o.flags = PK_DATE_TEXT_ACCEPT_INFERRED;
    assert_int_equal(pk_date_parse_loose(&d, "kemarin", &o, &err), PK_ERANGE);
    assert_non_null(strstr(err.text, "falls outside 1900..2199"));
    o.reference = pk_date_of(2024, 11, 28);
    assert_int_equal(pk_date_parse_loose(&d, "Kamis depan", &o, &err), PK_OK);
    assert_date(d, "2024-12-05"); /* a week on: never the reference day itself */
}

/* Reference Thursday 28 Nov 2024 unless stated. */
static void test_scan_more_forms(void **state)
{
    (void)state;
    const char *r = "2024-11-28";
    const unsigned rel = PK_DATE_FLAG_RELATIVE, inf = PK_DATE_FLAG_YEAR_INFERRED;
    /* yearless dates said to come: the earliest at or after the reference */
    expect("27 November mendatang", r, DATE, "2025-11-27", "2025-11-27", inf);
    expect("28 November mendatang", r, DATE, "2024-11-28", "2024-11-28", inf);
    expect("5 Januari mendatang", r, DATE, "2025-01-05", "2025-01-05", inf);
    expect("17 Agustus lalu", r, DATE, "2024-08-17", "2024-08-17", inf);
    expect("tanggal 17/13", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("tanggal 0/9", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("tanggal 32/9", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("tanggal 17/0", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("tgl.17/9", r, DATE, "2024-09-17", "2024-09-17", inf);
    /* two days of one month joined by "dan"/"atau" (corpus 104: PSU
     * Kabupaten Serang, "pada 18 dan 19 April lalu" = H-1 and voting day
     * 19 Apr 2025): not one day, the range they span */
    expect("terjadi pada 18 dan 19 April 2025", r, RANGE, "2025-04-18", "2025-04-19", 0);
    expect("pada 8 atau 9 November", r, RANGE, "2024-11-08", "2024-11-09", inf);
    expect("ada 3 dan 4 orang pada 9 November 2024", r, DATE, "2024-11-09", "2024-11-09", 0);
    /* relative */
    expect("akhir pekan ini", r, RANGE, "2024-11-30", "2024-12-01", rel);
    expect("minggu depan", r, RANGE, "2024-12-02", "2024-12-08", rel);
    expect("Kamis depan", r, DATE, "2024-12-05", "2024-12-05", rel);
    expect("Senin minggu lalu", r, DATE, "2024-11-18", "2024-11-18", rel);
    expect("Senin pekan kemarin", r, DATE, "2024-11-18", "2024-11-18", rel);
    expect("dua puluh hari lalu", r, DATE, "2024-11-08", "2024-11-08", rel);
    expect("dua puluh lima hari yang lalu", r, DATE, "2024-11-03", "2024-11-03", rel);
    expect("dua bulan lalu", r, RANGE, "2024-09-01", "2024-09-30", rel);
    expect("tahun depan", r, RANGE, "2025-01-01", "2025-12-31", rel);
    expect("kemarin lusa", r, DATE, "2024-11-26", "2024-11-26", rel);
    expect("Mereka bertemu Minggu depan", r, UNRES, NULL, NULL, PK_DATE_FLAG_AMBIGUOUS | rel);
    /* relative results outside 1900..2199 are refused, not wrapped */
    const struct {
        const char *text, *ref;
    } out_of_range[] = {
        {"kemarin", "1900-01-01"},          {"tahun lalu", "1900-06-01"},
        {"9999 pekan lalu", "2024-11-28"}, {"9999 bulan lalu", "2024-11-28"},
        {"akhir pekan lalu", "1900-01-03"}, {"Senin pekan lalu", "1900-01-03"},
        {"Senin lalu", "1900-01-01"},       {"Senin depan", "2199-12-31"},
    };
    for (size_t i = 0; i < sizeof out_of_range / sizeof out_of_range[0]; i++)
        expect(out_of_range[i].text, out_of_range[i].ref, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID | rel);
    /* ranges: the year comes from either side */
    expect("sejak 1 Oktober sampai 3 Oktober", NULL, UNRES, NULL, NULL, PK_DATE_FLAG_NEEDS_REFERENCE);
    expect("1 Oktober 2024 sampai 3 Oktober", r, RANGE, "2024-10-01", "2024-10-03", PK_DATE_FLAG_PARTS_SHARED);
    expect("25 Desember 2024 - 5 Januari", r, RANGE, "2024-12-25", "2025-01-05", PK_DATE_FLAG_PARTS_SHARED);
    expect("1 s.d 5 Oktober 2024", r, RANGE, "2024-10-01", "2024-10-05", 0);
    expect("1 Oktober hingga Senin, 7 Oktober 2024", r, RANGE, "2024-10-01", "2024-10-07", PK_DATE_FLAG_WEEKDAY);
    assert_int_equal(scan_one("1 Oktober hingga Senin, 7 Oktober 2024", r).weekday, PK_MONDAY);
    assert_false(scan_one("1 Oktober hingga Senin, 7 Oktober 2024", r).flags & PK_DATE_FLAG_WEEKDAY_MISMATCH);
    /* 27 Nov 2024 was a Wednesday, not a Tuesday */
    expect("Senin (25/11) hingga Selasa (27/11)", r, RANGE, "2024-11-25", "2024-11-27",
           PK_DATE_FLAG_WEEKDAY_MISMATCH | inf);
    expect("Selasa (27/11/2024)", r, DATE, "2024-11-27", "2024-11-27", PK_DATE_FLAG_WEEKDAY_MISMATCH);
    expect("Rabu (27/11/2024)", r, DATE, "2024-11-27", "2024-11-27", PK_DATE_FLAG_WEEKDAY);
    assert_false(scan_one("Rabu (27/11/2024)", r).flags & PK_DATE_FLAG_WEEKDAY_MISMATCH);
    expect("Desember 1899 - Januari 1900", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("Januari 2024 - Maret 2199", r, RANGE, "2024-01-01", "2199-03-31", 0);
    expect("Maret 2024 - Januari 2024", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("November 1899", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    expect("25/11/2024 - 0/12/2024", r, UNRES, NULL, NULL, PK_DATE_FLAG_INVALID);
    /* English and comma variants */
    expect("27 November, 2024", r, DATE, "2024-11-27", "2024-11-27", 0);
    expect("November 27 2024", r, DATE, "2024-11-27", "2024-11-27", 0);
    expect("26/02/2021-Red", r, DATE, "2021-02-26", "2021-02-26", 0); /* a byline after the date */
    /* a date form with a mismatched month range */
    assert_int_equal(scan_count("1 Januari 2024 - Maret 2025", r), 2);
    /* not dates: a two-digit year, a three-digit day, zero days, glued words, paths */
    static const char *const not_dates[] = {"November 27, 24", "November 123", "0 hari lalu", "tanggal17/9",
                                            "kemarin2 dan Senin/Selasa", "arsip/1-5 Oktober 2024/Bawaslu",
                                            "lihat 1-5 Oktober 2024/Bawaslu",
                                            "bulan. tahun, akhir pekan. akhir pekan yang"};
    for (size_t i = 0; i < sizeof not_dates / sizeof not_dates[0]; i++)
        if (scan_count(not_dates[i], r) != 0)
            fail_msg("'%s' is not a date", not_dates[i]);
    /* a part of the day without the parenthesised date: the weekday alone */
    expect("Rabu malam 23/10", r, UNRES, NULL, NULL, PK_DATE_FLAG_WEEKDAY);
    /* a part of the day and a comma before a date with its month name:
     * "tertangkap Petugas Panitia Pengawas Pemilu (Panwas) pada Rabu pagi,
     * 27 November 2024" (Kebumen, voting day, a Wednesday) */
    expect("pada Rabu pagi, 27 November 2024.", r, DATE, "2024-11-27", "2024-11-27", PK_DATE_FLAG_WEEKDAY);
    expect("Kamis malam 28 November 2024", r, DATE, "2024-11-28", "2024-11-28", PK_DATE_FLAG_WEEKDAY);
    assert_int_equal(scan_one("Selasa sore, 26/11/2024", r).weekday, PK_TUESDAY);
    /* a weekday at the end of a sentence is still a weekday */
    expect("pada Senin.", r, UNRES, NULL, NULL, PK_DATE_FLAG_WEEKDAY);
}

/* Non-ASCII text around dates: letters, symbols, spaces and punctuation of
 * every UTF-8 length end words and never hide a date. */
static void test_scan_unicode_context(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t start; /* byte offset of the date */
    } cases[] = {
        {"caf\xC3\xA9 27/11/2024", 6},                  /* é: two bytes */
        {"\xE1\xB9\xA2" "abang 27/11/2024", 9},           /* Ṣ: three bytes, a word */
        {"\xF0\x9F\x97\xB3 27/11/2024", 5},              /* a ballot-box emoji: four bytes */
        {"\xE2\x80\xA2 27/11/2024", 4},                  /* bullet */
        {"\xE2\x82\xAC" "5 27/11/2024", 5},               /* euro sign: a symbol glued to 5 */
        {"harga\xE2\x81\x84" "27/11/2024", 8},            /* fraction slash ends the word */
        {"27\xE2\x80\xAFNovember\xE2\x80\x89" "2024", 0}, /* narrow and thin spaces */
        {"Jum' 27/11/2024", 5},
        {"\xC2\xA9 27/11/2024", 3},
        {"Ir. 27/11/2024", 4},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pk_date_match m = scan_one(cases[i].text, NULL);
        assert_int_equal(m.kind, PK_DATE_KIND_DATE);
        assert_date(m.from, "2024-11-27");
        if (m.start != cases[i].start)
            fail_msg("'%s': starts at %zu, expected %zu", cases[i].text, m.start, cases[i].start);
    }
    /* Jum'at spelled with an apostrophe that ends the text */
    assert_int_equal(scan_count("Jum'", NULL), 0);
    assert_int_equal(scan_count("Jum\xE2\x80\x99", NULL), 0);
    assert_int_equal(scan_count("Jum\xE2\x80\x99 ", NULL), 0);
}

/* ------------------------------------------------------------ hardening -- */

/* One expression read with a year window (no reference unless given). */
static pk_date_match scan_window(const char *text, const char *ref, int first, int last)
{
    pk_date_text_options o = with_ref(ref);
    o.year_first = first;
    o.year_last = last;
    pk_date_match m[2] = {PK_DATE_MATCH_INIT};
    size_t total = 0;
    assert_int_equal(pk_date_scan(m, 2, &total, text, strlen(text), &o, NULL), PK_OK);
    assert_int_equal(total, 1);
    return m[0];
}

/* Facts: 18 April 2025 was a Friday, 18 April 2024 a Thursday, 18 April
 * 2023 a Tuesday, 18 April 2014 a Friday (Good Friday); 27 November 2024
 * (Pilkada 2024 voting day) a Wednesday; 25 November 2024 a Monday, 2
 * December 2024 a Monday; 5 December 2024 a Thursday. */
static void test_scan_year_window(void **state)
{
    (void)state;
    const unsigned wyear = PK_DATE_FLAG_YEAR_INFERRED | PK_DATE_FLAG_YEAR_FROM_WEEKDAY | PK_DATE_FLAG_WEEKDAY;
    /* cycle 2024's years: only 2025 puts 18 April on a Friday */
    pk_date_match m = scan_window("Jumat (18/4)", NULL, 2023, 2025);
    assert_int_equal(m.kind, PK_DATE_KIND_DATE);
    assert_date(m.from, "2025-04-18");
    assert_int_equal(m.flags, wyear);
    m = scan_window("Kamis (18/4)", NULL, 2023, 2025);
    assert_date(m.from, "2024-04-18");
    m = scan_window("Rabu (27/11)", NULL, 2023, 2025);
    assert_date(m.from, "2024-11-27");
    assert_int_equal(m.flags, wyear);
    /* a two-digit year whose year-first reading lies outside the window:
     * "Selasa (26/11/24)" (Batam, 2024 cycle): 26 Nov 2024 and 24 Nov 2026
     * were both Tuesdays; the window 2023..2025 rules out 2026 */
    const unsigned two = wyear | PK_DATE_FLAG_TWO_DIGIT_YEAR;
    m = scan_window("Selasa (26/11/24)", NULL, 2023, 2025);
    assert_int_equal(m.kind, PK_DATE_KIND_DATE);
    assert_date(m.from, "2024-11-26");
    assert_int_equal(m.flags, two);
    /* a window holding the year-first reading keeps it ambiguous */
    m = scan_window("Selasa (26/11/24)", NULL, 2024, 2026);
    assert_int_equal(m.kind, PK_DATE_KIND_UNRESOLVED);
    assert_true(m.flags & PK_DATE_FLAG_AMBIGUOUS);
    /* no year of the window fits: unresolved, never a guess */
    m = scan_window("Sabtu (18/4)", NULL, 2023, 2025);
    assert_int_equal(m.kind, PK_DATE_KIND_UNRESOLVED);
    assert_int_equal(m.flags, PK_DATE_FLAG_NEEDS_REFERENCE | PK_DATE_FLAG_WEEKDAY);
    /* two years fit (2014 and 2025): ambiguous */
    m = scan_window("Jumat (18/4)", NULL, 2014, 2025);
    assert_int_equal(m.kind, PK_DATE_KIND_UNRESOLVED);
    assert_true(m.flags & PK_DATE_FLAG_AMBIGUOUS);
    assert_true(m.flags & PK_DATE_FLAG_NEEDS_REFERENCE);
    /* no weekday, or no window: unresolved */
    m = scan_window("(18/4)", NULL, 2023, 2025);
    assert_int_equal(m.kind, PK_DATE_KIND_UNRESOLVED);
    m = scan_window("Jumat (18/4)", NULL, 0, 0);
    assert_int_equal(m.kind, PK_DATE_KIND_UNRESOLVED);
    /* 29 February only exists in 2024 of these years, and that was a Thursday */
    m = scan_window("Kamis (29/2)", NULL, 2023, 2025);
    assert_date(m.from, "2024-02-29");
    m = scan_window("Jumat (29/2)", NULL, 2023, 2025);
    assert_int_equal(m.kind, PK_DATE_KIND_UNRESOLVED);
    /* a reference date takes precedence: its year rule, weekday checked */
    m = scan_window("Jumat (18/4)", "2024-11-28", 2023, 2025);
    assert_date(m.from, "2024-04-18");
    assert_true(m.flags & PK_DATE_FLAG_WEEKDAY_MISMATCH);
    assert_false(m.flags & PK_DATE_FLAG_YEAR_FROM_WEEKDAY);
    /* a year-less range is not pinned by the window */
    m = scan_window("Senin (25/11) hingga Rabu (27/11)", NULL, 2023, 2025);
    assert_int_equal(m.kind, PK_DATE_KIND_UNRESOLVED);

    /* relative words beside a written date: the date wins, the words must agree */
    m = scan_window("Senin kemarin (25/11)", "2024-11-28", 0, 0);
    assert_int_equal(m.kind, PK_DATE_KIND_DATE);
    assert_date(m.from, "2024-11-25");
    assert_int_equal(m.start, 0);
    assert_int_equal(m.end, strlen("Senin kemarin (25/11)"));
    assert_int_equal(m.flags, PK_DATE_FLAG_YEAR_INFERRED | PK_DATE_FLAG_WEEKDAY);
    m = scan_window("Senin lalu (25/11)", "2024-12-05", 0, 0); /* last Monday was 2 December */
    assert_date(m.from, "2024-11-25");
    assert_true(m.flags & PK_DATE_FLAG_RELATIVE_MISMATCH);
    assert_false(m.flags & PK_DATE_FLAG_RELATIVE);
    m = scan_window("Kamis depan (5/12)", "2024-11-28", 0, 0);
    assert_date(m.from, "2024-12-05");
    assert_false(m.flags & PK_DATE_FLAG_RELATIVE_MISMATCH);
    m = scan_window("Senin kemarin (25/11/2024)", "2024-11-28", 0, 0);
    assert_date(m.from, "2024-11-25");
    assert_int_equal(m.flags, PK_DATE_FLAG_WEEKDAY);
    m = scan_window("Senin kemarin (25/11)", NULL, 2023, 2025);
    assert_date(m.from, "2024-11-25");
    assert_int_equal(m.flags, wyear);
    m = scan_window("Selasa kemarin (25/11)", "2024-11-28", 0, 0);
    assert_true(m.flags & PK_DATE_FLAG_WEEKDAY_MISMATCH);
    assert_true(m.flags & PK_DATE_FLAG_RELATIVE_MISMATCH);

    /* loose: the window's reading is shown, and taken only when accepted */
    pk_date_text_options o = PK_DATE_TEXT_OPTIONS_INIT;
    o.year_first = 2023;
    o.year_last = 2025;
    pk_date d;
    pk_error err;
    assert_int_equal(pk_date_parse_loose(&d, "Jumat (18/4)", &o, &err), PK_EPARSE);
    assert_non_null(strstr(err.text, "2025-04-18"));
    o.flags = PK_DATE_TEXT_ACCEPT_INFERRED;
    assert_int_equal(pk_date_parse_loose(&d, "Jumat (18/4)", &o, &err), PK_OK);
    assert_date(d, "2025-04-18");
    o.reference = iso("2024-12-05");
    assert_int_equal(pk_date_parse_loose(&d, "Senin lalu (25/11)", &o, &err), PK_EPARSE);
    assert_non_null(strstr(err.text, "Monday"));

    /* bad windows are refused; a version 1 struct has no window */
    o = (pk_date_text_options)PK_DATE_TEXT_OPTIONS_INIT;
    o.year_first = 2025;
    o.year_last = 2023;
    size_t total = 0;
    assert_int_equal(pk_date_scan(NULL, 0, &total, "x", 1, &o, &err), PK_EINVAL);
    o.year_first = 1800;
    o.year_last = 2024;
    assert_int_equal(pk_date_parse_loose(&d, "2024-11-27", &o, &err), PK_EINVAL);
    o.version = 1; /* members of version 2 are not read */
    pk_date_match one[1] = {PK_DATE_MATCH_INIT};
    assert_int_equal(pk_date_scan(one, 1, &total, "Jumat (18/4)", 12, &o, &err), PK_OK);
    assert_int_equal(one[0].kind, PK_DATE_KIND_UNRESOLVED);
}

static void test_scan_arguments(void **state)
{
    (void)state;
    pk_date_match m[2] = {PK_DATE_MATCH_INIT};
    size_t total = 5;
    pk_error err;
    assert_int_equal(pk_date_scan(m, 2, NULL, "x", 1, NULL, &err), PK_EINVAL);
    assert_int_equal(pk_date_scan(m, 2, &total, NULL, 1, NULL, &err), PK_EINVAL);
    assert_int_equal(total, 0);
    assert_int_equal(pk_date_scan(NULL, 2, &total, "x", 1, NULL, &err), PK_EINVAL);
    m[0].version = 0;
    assert_int_equal(pk_date_scan(m, 2, &total, "x", 1, NULL, &err), PK_EINVAL);
    m[0].version = PK_DATE_MATCH_VERSION + 1;
    assert_int_equal(pk_date_scan(m, 2, &total, "x", 1, NULL, &err), PK_EINVAL);
    m[0].version = PK_DATE_MATCH_VERSION;
    pk_date_text_options o = PK_DATE_TEXT_OPTIONS_INIT;
    o.version = 7;
    assert_int_equal(pk_date_scan(m, 2, &total, "x", 1, &o, &err), PK_EINVAL);
    /* empty text, NUL bytes, invalid UTF-8 */
    assert_int_equal(pk_date_scan(m, 2, &total, "", 0, NULL, &err), PK_OK);
    assert_int_equal(total, 0);
    assert_int_equal(pk_date_scan(m, 2, &total, "27/11/2024\0 28/11/2024", 22, NULL, &err), PK_OK);
    assert_int_equal(total, 2);
    assert_int_equal(m[1].start, 12);
    assert_int_equal(pk_date_scan(m, 2, &total, "27/11/2024 \xC0\xAF", 13, NULL, &err), PK_EENCODING);
    assert_int_equal(total, 0);
    assert_int_equal(err.column, 12);
}

/* Under valgrind (tests/test_light.h) the megabyte tests below run on a tenth of their input: the
 * paths they take are the same at a tenth, and the whole ones took a minute under memcheck. */
static size_t heavy_div(void)
{
    return pk_test_light() ? 10 : 1;
}

/* A million dates: bounded output, the total counted, the first ones filled. */
static void test_scan_million_dates(void **state)
{
    (void)state;
    const char unit[] = "27/11/2024 ";
    const size_t n = 1000000 / heavy_div(), ul = sizeof unit - 1;
    char *text = malloc(n * ul);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * ul, unit, ul);
    pk_date_match m[16] = {PK_DATE_MATCH_INIT};
    size_t total = 0;
    pk_error err;
    assert_int_equal(pk_date_scan(m, 16, &total, text, n * ul, NULL, &err), PK_EBUFSIZE);
    assert_int_equal(total, n);
    assert_int_equal(m[15].start, 15 * ul);
    assert_date(m[15].from, "2024-11-27");
    assert_int_equal(pk_date_scan(NULL, 0, &total, text, n * ul, NULL, &err), PK_EBUFSIZE);
    assert_int_equal(total, n);
    free(text);
}

/* Pathological megabytes: each finishes (linear scan) with a bounded answer. */
static void test_scan_pathological(void **state)
{
    (void)state;
    const size_t len = ((size_t)1 << 20) / heavy_div();
    char *text = malloc(len);
    assert_non_null(text);
    static const char *const patterns[] = {"1/", "11/", "1-", "12.", "0", "(1/1", "Senin (", "25-", "2024-11-",
                                           "hari ", "dua puluh ", " ", "s.d. 1 "};
    const size_t plen = len / 4; /* 256 KB of each repeated pattern */
    for (size_t p = 0; p < sizeof patterns / sizeof patterns[0]; p++) {
        size_t pl = strlen(patterns[p]);
        for (size_t i = 0; i < plen; i++)
            text[i] = patterns[p][i % pl];
        size_t total = 0;
        pk_date_match m[4] = {PK_DATE_MATCH_INIT};
        pk_status st = pk_date_scan(m, 4, &total, text, plen, NULL, NULL);
        assert_true(st == PK_OK || st == PK_EBUFSIZE);
        assert_true(total <= plen);
        for (size_t k = 0; k < total && k < 4; k++)
            assert_true(m[k].start < m[k].end && m[k].end <= plen);
    }
    /* a megabyte (a tenth under valgrind) of digits and slashes, and of digits alone: not one date */
    for (size_t i = 0; i < len; i++)
        text[i] = (i % 5 == 4) ? '/' : (char)('0' + i % 10);
    size_t total = 9;
    assert_int_equal(pk_date_scan(NULL, 0, &total, text, len, NULL, NULL), PK_OK);
    assert_int_equal(total, 0);
    memset(text, '7', len);
    assert_int_equal(pk_date_scan(NULL, 0, &total, text, len, NULL, NULL), PK_OK);
    assert_int_equal(total, 0);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_real_expressions),
        cmocka_unit_test(test_loose_forms),
        cmocka_unit_test(test_loose_rejects_with_reading),
        cmocka_unit_test(test_loose_reference),
        cmocka_unit_test(test_loose_iso_identical),
        cmocka_unit_test(test_loose_bad_arguments),
        cmocka_unit_test(test_scan_relative),
        cmocka_unit_test(test_scan_yearless_and_ranges),
        cmocka_unit_test(test_scan_refusals),
        cmocka_unit_test(test_word_table),
        cmocka_unit_test(test_loose_edges),
        cmocka_unit_test(test_scan_more_forms),
        cmocka_unit_test(test_scan_unicode_context),
        cmocka_unit_test(test_scan_year_window),
        cmocka_unit_test(test_scan_arguments),
        cmocka_unit_test(test_scan_million_dates),
        cmocka_unit_test(test_scan_pathological),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
