/* Working days and Pilkada deadlines.
 * Facts (../shared/data/holidays_id.csv and README, ../shared/research/
 * violations.md):
 *  - 2024-11-27 (Wed) was the Pilkada 2024 voting day, a national holiday by
 *    Keppres 33/2024 (kind libur_pemilihan);
 *  - Idul Fitri 1445 H: 10-11 Apr 2024 libur nasional, 8, 9, 12 and 15 Apr
 *    2024 cuti bersama (SKB 855/2023; 3/2023; 4/2023);
 *  - 2024-12-26 cuti bersama Natal; 2025-08-18 cuti bersama added by the SKB
 *    of 7 Aug 2025 (933/2025; 1/2025; 3/2025);
 *  - 2016-06-01 was a working day (Pancasila day is a holiday from 2017,
 *    Keppres 24/2016); 2015-12-24 is the one SINGLE-SOURCE row;
 *  - 27 Aug 2025 was a local holiday in Kota Pangkalpinang only (re-run);
 *  - UU 1/2015 Pasal 134(4) jo. UU 8/2015: a report within 7 (calendar) days
 *    of discovery; Pasal 135A(2): TSM cases decided within 14 hari kerja;
 *    Pasal 135A, 144(2), 146(3)-(6) are the working-day deadlines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"

static pk_date D(const char *s)
{
    pk_date d;
    if (pk_date_parse(&d, s, NULL) != PK_OK)
        fail_msg("bad date literal %s", s);
    return d;
}

static const char *fmt(pk_date d, char *buf)
{
    if (pk_date_format(buf, PK_DATE_STRLEN, d, NULL) != PK_OK)
        strcpy(buf, "?");
    return buf;
}

static void assert_date(pk_date got, const char *want)
{
    char buf[PK_DATE_STRLEN];
    if (pk_date_format(buf, sizeof buf, got, NULL) != PK_OK)
        strcpy(buf, "<invalid>");
    if (strcmp(buf, want) != 0)
        fail_msg("got %s, want %s", buf, want);
}

static pk_workcal *cal_with(const pk_workday_options *o)
{
    pk_workcal *c = NULL;
    pk_error err;
    pk_error_clear(&err);
    if (pk_workcal_new(&c, NULL, o, &err) != PK_OK)
        fail_msg("pk_workcal_new: %s", err.text);
    return c;
}

static int workday(const pk_workcal *c, const char *date)
{
    int w = -1;
    unsigned fl = 99;
    assert_int_equal(pk_workcal_is_workday(&w, &fl, c, D(date), NULL), PK_OK);
    assert_int_equal(fl, 0);
    return w;
}

static pk_date add(const pk_workcal *c, const char *date, int32_t n, unsigned *flags)
{
    pk_date out;
    unsigned fl = 0;
    pk_status s = pk_workcal_add(&out, &fl, c, D(date), n, NULL);
    if (s != PK_OK)
        fail_msg("add(%s, %d): %s", date, (int)n, pk_status_name(s));
    if (flags)
        *flags = fl;
    return out;
}

/* ------------------------------------------------------------ table -- */

static void test_builtin_table(void **state)
{
    (void)state;
    const pk_holiday_table *t = pk_holidays_builtin();
    assert_int_equal(pk_holidays_count(t), 276); /* README: 276 rows 2015-2026 */
    int a, b;
    assert_int_equal(pk_holidays_years(&a, &b, t, NULL), PK_OK);
    assert_int_equal(a, 2015);
    assert_int_equal(b, 2026);
    const pk_holiday *h = NULL;
    assert_int_equal(pk_holidays_find(&h, t, D("2024-11-27"), NULL), PK_OK);
    assert_int_equal(h->kind, PK_HOLIDAY_ELECTION);
    assert_non_null(strstr(h->basis, "Keppres 33/2024"));
    assert_string_equal(pk_holiday_kind_name(h->kind), "libur_pemilihan");
    assert_int_equal(pk_holidays_find(&h, t, D("2025-08-18"), NULL), PK_OK);
    assert_int_equal(h->kind, PK_HOLIDAY_CUTI_BERSAMA);
    assert_string_equal(pk_holiday_kind_name(h->kind), "cuti_bersama"); /* the data file's kind names */
    assert_non_null(strstr(h->basis, "933/2025"));
    assert_int_equal(pk_holidays_find(&h, t, D("2024-04-10"), NULL), PK_OK);
    assert_int_equal(h->kind, PK_HOLIDAY_NATIONAL); /* Idul Fitri 1445 H */
    assert_string_equal(pk_holiday_kind_name(h->kind), "libur_nasional");
    assert_int_equal(pk_holidays_find(&h, t, D("2015-12-24"), NULL), PK_OK);
    assert_int_equal(h->status, PK_SOURCE_SINGLE_SOURCE);
    assert_int_equal(pk_holidays_find(&h, t, D("2016-06-01"), NULL), PK_ENOTFOUND);
    assert_null(h);
    assert_int_equal(pk_holidays_find(&h, t, D("2017-06-01"), NULL), PK_OK); /* Pancasila from 2017 */
    assert_int_equal(pk_holidays_find(&h, t, D("2014-12-25"), NULL), PK_ERANGE);
    assert_int_equal(pk_holidays_find(&h, t, D("2027-01-01"), NULL), PK_ERANGE);
    assert_int_equal(pk_holidays_find(&h, t, pk_date_of(2024, 2, 30), NULL), PK_EINVAL);
    assert_int_equal(pk_holidays_find(&h, NULL, D("2024-11-27"), NULL), PK_EINVAL);
    /* per-kind totals of the README: 193 / 76 / 7 */
    size_t n[8] = {0};
    for (size_t i = 0; i < pk_holidays_count(t); i++) {
        const pk_holiday *r = pk_holidays_at(t, i);
        n[r->kind]++;
        if (i)
            assert_true(pk_date_compare(pk_holidays_at(t, i - 1)->date, r->date) < 0);
    }
    assert_int_equal(n[PK_HOLIDAY_NATIONAL], 193);
    assert_int_equal(n[PK_HOLIDAY_CUTI_BERSAMA], 76);
    assert_int_equal(n[PK_HOLIDAY_ELECTION], 7);
    assert_null(pk_holidays_at(t, 276));
    assert_int_equal(pk_holidays_count(NULL), 0);
    assert_string_equal(pk_holiday_kind_name((pk_holiday_kind)3), "?");
    pk_holidays_free((pk_holiday_table *)(uintptr_t)t); /* ignored */
    assert_int_equal(pk_holidays_count(pk_holidays_builtin()), 276);
}

/* ------------------------------------------------------- is_workday -- */

static void test_facts(void **state)
{
    (void)state;
    const pk_workcal *c = pk_workcal_builtin();
    assert_int_equal(workday(c, "2024-11-27"), 0); /* Keppres 33/2024 */
    assert_int_equal(workday(c, "2024-11-26"), 1);
    const char *idul_fitri[] = {"2024-04-08", "2024-04-09", "2024-04-10", "2024-04-11", "2024-04-12", "2024-04-15"};
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(workday(c, idul_fitri[i]), 0);
    assert_int_equal(workday(c, "2024-04-16"), 1);
    assert_int_equal(workday(c, "2024-12-26"), 0); /* cuti bersama Natal */
    assert_int_equal(workday(c, "2025-08-18"), 0); /* SKB of 7 Aug 2025 */
    assert_int_equal(workday(c, "2016-06-01"), 1); /* not a holiday in 2016 */
    assert_int_equal(workday(c, "2017-06-01"), 0);
    assert_int_equal(workday(c, "2024-11-23"), 0); /* Saturday */
    assert_int_equal(workday(c, "2024-11-24"), 0); /* Sunday */
    assert_int_equal(workday(c, "2025-08-27"), 1); /* Pangkalpinang holiday is local only */

    /* cuti bersama stays a working day when only the other kinds close offices */
    pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
    o.closed_kinds = PK_HOLIDAY_NATIONAL | PK_HOLIDAY_ELECTION;
    pk_workcal *nc = cal_with(&o);
    assert_int_equal(workday(nc, "2024-04-08"), 1);
    assert_int_equal(workday(nc, "2024-04-15"), 1);
    assert_int_equal(workday(nc, "2024-12-26"), 1);
    assert_int_equal(workday(nc, "2024-04-10"), 0);
    assert_int_equal(workday(nc, "2024-11-27"), 0);
    pk_workcal_free(nc);
    o.closed_kinds = PK_HOLIDAY_NATIONAL;
    nc = cal_with(&o);
    assert_int_equal(workday(nc, "2024-11-27"), 1);
    pk_workcal_free(nc);
}

/* the compiled built-in calendar equals one compiled at run time */
static void test_builtin_matches_runtime(void **state)
{
    (void)state;
    pk_workcal *c = cal_with(NULL);
    const pk_workcal *b = pk_workcal_builtin();
    pk_date d = D("2015-01-01");
    int days = 0;
    while (d.year <= 2026) {
        int w1, w2;
        assert_int_equal(pk_workcal_is_workday(&w1, NULL, c, d, NULL), PK_OK);
        assert_int_equal(pk_workcal_is_workday(&w2, NULL, b, d, NULL), PK_OK);
        assert_int_equal(w1, w2);
        pk_date_add_days(&d, d, 1, NULL);
        days++;
    }
    assert_int_equal(days, 4383);
    pk_workcal_free(c);
    pk_workcal_free((pk_workcal *)(uintptr_t)b); /* ignored */
}

/* --------------------------------------------------------------- add -- */

static void test_add_facts(void **state)
{
    (void)state;
    const pk_workcal *c = pk_workcal_builtin();
    unsigned fl = 99;
    assert_date(add(c, "2024-11-22", 1, &fl), "2024-11-25"); /* Friday -> Monday */
    assert_int_equal(fl, 0);
    assert_date(add(c, "2024-11-25", 3, NULL), "2024-11-29"); /* skips 27 Nov */
    assert_date(add(c, "2024-11-25", 2, NULL), "2024-11-28");
    assert_date(add(c, "2024-04-05", 1, NULL), "2024-04-16"); /* across Idul Fitri */
    assert_date(add(c, "2024-04-16", -1, NULL), "2024-04-05");
    assert_date(add(c, "2024-11-29", -3, NULL), "2024-11-25");
    assert_date(add(c, "2024-11-25", 0, NULL), "2024-11-25");
    assert_date(add(c, "2024-12-24", 1, NULL), "2024-12-27"); /* 25 Natal, 26 cuti bersama */
    assert_date(add(c, "2025-08-15", 1, NULL), "2025-08-19"); /* 17 Sun, 18 cuti bersama */
    assert_date(add(c, "2016-05-31", 1, NULL), "2016-06-01");
    assert_date(add(c, "2017-05-31", 1, NULL), "2017-06-02");
    pk_date out;
    assert_int_equal(pk_workcal_add(&out, NULL, NULL, D("2024-11-25"), 1, NULL), PK_EINVAL);
    assert_int_equal(pk_workcal_add(&out, NULL, c, pk_date_of(2024, 2, 30), 1, NULL), PK_EINVAL);
    assert_int_equal(out.year, 0);
    assert_int_equal(pk_workcal_add(NULL, NULL, c, D("2024-11-25"), 1, NULL), PK_EINVAL);
    assert_int_equal(pk_workcal_add(&out, NULL, c, D("2024-11-25"), INT32_MAX, NULL), PK_ERANGE);
    assert_int_equal(pk_workcal_add(&out, NULL, c, D("2024-11-25"), INT32_MIN, NULL), PK_ERANGE);
}

static void test_roll(void **state)
{
    (void)state;
    static const struct {
        pk_roll roll;
        int32_t n;
        const char *want; /* NULL: PK_EINVAL */
        unsigned flags;
    } cases[] = {
        /* start Saturday 2024-11-23; Mon 25 and Tue 26 work, Wed 27 holiday */
        {PK_ROLL_FORWARD, 0, "2024-11-25", PK_RESULT_ROLLED},  {PK_ROLL_FORWARD, 1, "2024-11-26", PK_RESULT_ROLLED},
        {PK_ROLL_FORWARD, 2, "2024-11-28", PK_RESULT_ROLLED},  {PK_ROLL_FORWARD, -1, "2024-11-22", PK_RESULT_ROLLED},
        {PK_ROLL_BACKWARD, 0, "2024-11-22", PK_RESULT_ROLLED}, {PK_ROLL_BACKWARD, 1, "2024-11-25", PK_RESULT_ROLLED},
        {PK_ROLL_BACKWARD, -1, "2024-11-21", PK_RESULT_ROLLED}, {PK_ROLL_NONE, 0, "2024-11-23", 0},
        {PK_ROLL_NONE, 1, "2024-11-25", 0},                    {PK_ROLL_NONE, 2, "2024-11-26", 0},
        {PK_ROLL_NONE, -1, "2024-11-22", 0},                   {PK_ROLL_RAISE, 1, NULL, 0},
        {PK_ROLL_RAISE, 0, NULL, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
        o.roll = cases[i].roll;
        pk_workcal *c = cal_with(&o);
        pk_date out;
        unsigned fl = 99;
        pk_status s = pk_workcal_add(&out, &fl, c, D("2024-11-23"), cases[i].n, NULL);
        if (!cases[i].want) {
            assert_int_equal(s, PK_EINVAL);
        } else {
            assert_int_equal(s, PK_OK);
            assert_date(out, cases[i].want);
            assert_int_equal(fl, cases[i].flags);
        }
        /* a working start is never rolled */
        assert_int_equal(pk_workcal_add(&out, &fl, c, D("2024-11-22"), 1, NULL), PK_OK);
        assert_date(out, "2024-11-25");
        assert_int_equal(fl, 0);
        pk_workcal_free(c);
    }
}

static void test_extras(void **state)
{
    (void)state;
    pk_date hol[] = {D("2025-08-27")}; /* Pangkalpinang local holiday (re-run) */
    pk_date work[] = {D("2024-11-23"), D("2024-11-27")};
    pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
    o.extra_holidays = hol;
    o.extra_holidays_count = 1;
    o.extra_workdays = work;
    o.extra_workdays_count = 2;
    pk_workcal *c = cal_with(&o);
    assert_int_equal(workday(c, "2025-08-27"), 0);
    assert_date(add(c, "2025-08-26", 1, NULL), "2025-08-28");
    assert_int_equal(workday(c, "2024-11-23"), 1);
    assert_int_equal(workday(c, "2024-11-27"), 1);
    assert_date(add(c, "2024-11-22", 1, NULL), "2024-11-23");
    assert_date(add(c, "2024-11-25", 2, NULL), "2024-11-27");
    pk_workcal_free(c);

    /* bad options */
    pk_workcal *bad = (pk_workcal *)&o;
    pk_error err;
    o.extra_holidays = NULL;
    assert_int_equal(pk_workcal_new(&bad, NULL, &o, &err), PK_EINVAL);
    assert_null(bad);
    assert_string_equal(err.field, "extra_holidays");
    pk_date invalid[] = {pk_date_of(2025, 2, 29)};
    o.extra_holidays = invalid;
    assert_int_equal(pk_workcal_new(&bad, NULL, &o, &err), PK_EINVAL);
    pk_workday_options o2 = PK_WORKDAY_OPTIONS_INIT;
    o2.version = 7;
    assert_int_equal(pk_workcal_new(&bad, NULL, &o2, &err), PK_EINVAL);
    assert_string_equal(err.field, "version");
    o2.version = PK_WORKDAY_OPTIONS_VERSION;
    o2.closed_kinds = 8;
    assert_int_equal(pk_workcal_new(&bad, NULL, &o2, &err), PK_EINVAL);
    o2.closed_kinds = PK_HOLIDAY_ALL;
    o2.roll = (pk_roll)4;
    assert_int_equal(pk_workcal_new(&bad, NULL, &o2, &err), PK_EINVAL);
    assert_int_equal(pk_workcal_new(NULL, NULL, NULL, &err), PK_EINVAL);
    pk_workcal_free(NULL);
}

static void test_out_of_table(void **state)
{
    (void)state;
    const pk_workcal *c = pk_workcal_builtin();
    pk_date out;
    int w;
    int32_t n;
    unsigned fl;
    assert_int_equal(pk_workcal_is_workday(&w, NULL, c, D("2014-06-02"), NULL), PK_ERANGE);
    assert_int_equal(pk_workcal_is_workday(&w, NULL, c, D("2027-01-04"), NULL), PK_ERANGE);
    assert_int_equal(pk_workcal_add(&out, NULL, c, D("2014-12-31"), 1, NULL), PK_ERANGE);
    assert_int_equal(pk_workcal_add(&out, NULL, c, D("2026-12-30"), 5, NULL), PK_ERANGE); /* result in 2027 */
    assert_int_equal(pk_workcal_add(&out, NULL, c, D("2015-01-02"), -5, NULL), PK_ERANGE);
    assert_int_equal(pk_workcal_count(&n, NULL, c, D("2026-12-01"), D("2027-02-01"), NULL), PK_ERANGE);
    assert_int_equal(pk_workcal_count(&n, NULL, c, D("2015-01-01"), D("2027-01-01"), NULL), PK_OK); /* [from,to) */

    pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
    o.allow_estimate = 1;
    pk_workcal *e = cal_with(&o);
    assert_int_equal(pk_workcal_is_workday(&w, &fl, e, D("2027-01-04"), NULL), PK_OK); /* a Monday */
    assert_int_equal(w, 1);
    assert_int_equal(fl, PK_RESULT_ESTIMATED);
    assert_int_equal(pk_workcal_is_workday(&w, &fl, e, D("2014-06-07"), NULL), PK_OK); /* a Saturday */
    assert_int_equal(w, 0);
    assert_int_equal(fl, PK_RESULT_ESTIMATED);
    /* 2014 is not tabulated: its holidays are estimated (issue 15; before, only
     * weekends counted), so fixed-date Christmas 2014-12-25 is closed */
    assert_date(add(e, "2014-12-24", 1, &fl), "2014-12-26");
    assert_int_equal(fl, PK_RESULT_ESTIMATED);
    /* Wed 2026-12-30 + 2: Thu 31 Dec, then not Fri 1 Jan 2027 (New Year's Day,
     * a fixed-date holiday, estimated) but Mon 4 Jan */
    assert_date(add(e, "2026-12-30", 2, &fl), "2027-01-04");
    assert_int_equal(fl, PK_RESULT_ESTIMATED);
    assert_date(add(e, "2027-01-08", 1, &fl), "2027-01-11");
    assert_date(add(e, "2014-12-31", 1, &fl), "2015-01-02"); /* 1 Jan 2015 is tabulated */
    assert_int_equal(fl, PK_RESULT_ESTIMATED);
    /* 4-8 Jan 2027 minus the estimated Isra Mikraj (27 Rajab 1448, 5 Jan 2027) */
    assert_int_equal(pk_workcal_count(&n, &fl, e, D("2027-01-04"), D("2027-01-11"), NULL), PK_OK);
    assert_int_equal(n, 4);
    assert_int_equal(fl, PK_RESULT_ESTIMATED);
    assert_date(add(e, "2024-11-22", 1, &fl), "2024-11-25");
    assert_int_equal(fl, 0);
    /* ends of the supported range */
    assert_int_equal(pk_workcal_add(&out, NULL, e, D("2199-12-30"), 5, NULL), PK_ERANGE);
    assert_int_equal(pk_workcal_add(&out, NULL, e, D("1900-01-02"), -5, NULL), PK_ERANGE);
    pk_workcal_free(e);
    /* an estimate calendar with an extra holiday outside the table years */
    pk_date hol[] = {D("2027-01-06")};
    o.extra_holidays = hol;
    o.extra_holidays_count = 1;
    e = cal_with(&o);
    assert_date(add(e, "2027-01-04", 1, &fl), "2027-01-07"); /* 5 Jan estimated, 6 Jan extra */
    assert_int_equal(fl, PK_RESULT_ESTIMATED);
    pk_workcal_free(e);
}

/* ------------------------------------------------------------- count -- */

static void test_count(void **state)
{
    (void)state;
    const pk_workcal *c = pk_workcal_builtin();
    int32_t n;
    unsigned fl = 99;
    /* Mon 25 .. Fri 29 Nov 2024: 25, 26, 28 (27 holiday, 29 excluded) */
    assert_int_equal(pk_workcal_count(&n, &fl, c, D("2024-11-25"), D("2024-11-29"), NULL), PK_OK);
    assert_int_equal(n, 3);
    assert_int_equal(fl, 0);
    assert_int_equal(pk_workcal_count(&n, NULL, c, D("2024-11-29"), D("2024-11-25"), NULL), PK_OK);
    assert_int_equal(n, -3);
    assert_int_equal(pk_workcal_count(&n, NULL, c, D("2024-11-25"), D("2024-11-25"), NULL), PK_OK);
    assert_int_equal(n, 0);
    /* April 2024: 22 weekdays minus 6 Idul Fitri days = 16 */
    assert_int_equal(pk_workcal_count(&n, NULL, c, D("2024-04-01"), D("2024-05-01"), NULL), PK_OK);
    assert_int_equal(n, 16);
    assert_int_equal(pk_workcal_count(&n, NULL, c, pk_date_of(2024, 13, 1), D("2024-05-01"), NULL), PK_EINVAL);
    assert_int_equal(pk_workcal_count(NULL, NULL, c, D("2024-04-01"), D("2024-05-01"), NULL), PK_EINVAL);
}

/* naive reference: day by day over the holiday table */
static int naive_work(pk_date d, unsigned closed)
{
    if (pk_date_weekday(d) >= PK_SATURDAY)
        return 0;
    const pk_holiday *h;
    return !(pk_holidays_find(&h, pk_holidays_builtin(), d, NULL) == PK_OK && ((unsigned)h->kind & closed));
}

static pk_date naive_add(pk_date d, int32_t n, unsigned closed)
{
    while (!naive_work(d, closed)) /* roll forward */
        pk_date_add_days(&d, d, 1, NULL);
    int step = n < 0 ? -1 : 1;
    for (int32_t left = n < 0 ? -n : n; left > 0;) {
        pk_date_add_days(&d, d, step, NULL);
        left -= naive_work(d, closed);
    }
    return d;
}

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint32_t rnd(uint32_t bound)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state % bound);
}

static void test_property(void **state)
{
    (void)state;
    static const unsigned kinds[] = {PK_HOLIDAY_ALL, PK_HOLIDAY_NATIONAL | PK_HOLIDAY_ELECTION};
    int32_t s0, s1;
    pk_date_to_serial(&s0, D("2015-03-01"), NULL);
    pk_date_to_serial(&s1, D("2026-10-31"), NULL);
    for (size_t k = 0; k < 2; k++) {
        pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
        o.closed_kinds = kinds[k];
        pk_workcal *c = cal_with(&o);
        for (int i = 0; i < 3000; i++) {
            pk_date d, r;
            pk_date_from_serial(&d, s0 + (int32_t)rnd((uint32_t)(s1 - s0)), NULL);
            int32_t n = (int32_t)rnd(61) - 30;
            assert_int_equal(pk_workcal_add(&r, NULL, c, d, n, NULL), PK_OK);
            pk_date want = naive_add(d, n, kinds[k]);
            if (pk_date_compare(r, want) != 0) {
                char a[11], b[11], e[11];
                fail_msg("%s + %d: got %s want %s", fmt(d, a), (int)n, fmt(r, b), fmt(want, e));
            }
            /* count(d, add(d, n)) == n for a working day d */
            if (naive_work(d, kinds[k])) {
                int32_t cnt;
                assert_int_equal(pk_workcal_count(&cnt, NULL, c, d, r, NULL), PK_OK);
                assert_int_equal(cnt, n);
            }
            /* count against a naive loop over [d, d + m) */
            int32_t m = (int32_t)rnd(60), cnt, naive = 0;
            pk_date e;
            pk_date_add_days(&e, d, m, NULL);
            for (pk_date x = d; pk_date_compare(x, e) < 0; pk_date_add_days(&x, x, 1, NULL))
                naive += naive_work(x, kinds[k]);
            assert_int_equal(pk_workcal_count(&cnt, NULL, c, d, e, NULL), PK_OK);
            assert_int_equal(cnt, naive);
            assert_int_equal(pk_workcal_count(&cnt, NULL, c, e, d, NULL), PK_OK);
            assert_int_equal(cnt, -naive);
        }
        pk_workcal_free(c);
    }
}

/* the batch form gives what single calls give, for every roll policy */
static void test_batch(void **state)
{
    (void)state;
    enum { N = 4000 };
    int32_t *st = malloc(N * sizeof *st), *nn = malloc(N * sizeof *nn), *out = malloc(N * sizeof *out);
    assert_non_null(st);
    assert_non_null(nn);
    assert_non_null(out);
    int32_t s0;
    pk_date_to_serial(&s0, D("2015-01-01"), NULL);
    for (int roll = PK_ROLL_FORWARD; roll <= PK_ROLL_NONE; roll++) {
        pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
        o.roll = (pk_roll)roll;
        pk_workcal *c = cal_with(&o);
        for (int i = 0; i < N; i++) {
            st[i] = s0 + 40 + (int32_t)rnd(4300);
            nn[i] = (int32_t)rnd(61) - 30;
        }
        size_t bad = 99;
        assert_int_equal(pk_workcal_add_serial_many(out, &bad, c, st, nn, N, NULL), PK_OK);
        for (int i = 0; i < N; i++) {
            pk_date d, r;
            int32_t rs;
            pk_date_from_serial(&d, st[i], NULL);
            assert_int_equal(pk_workcal_add(&r, NULL, c, d, nn[i], NULL), PK_OK);
            pk_date_to_serial(&rs, r, NULL);
            assert_int_equal(out[i], rs);
        }
        pk_workcal_free(c);
    }
    /* the first failing element is reported */
    const pk_workcal *c = pk_workcal_builtin();
    st[0] = s0 + 100;
    nn[0] = 1;
    pk_date_to_serial(&st[1], D("2027-03-01"), NULL);
    nn[1] = 1;
    size_t bad = 99;
    assert_int_equal(pk_workcal_add_serial_many(out, &bad, c, st, nn, 2, NULL), PK_ERANGE);
    assert_int_equal(bad, 1);
    st[1] = s0 + 4382; /* 2026-12-31 (Thursday) + 2 leaves the table */
    nn[1] = 2;
    assert_int_equal(pk_workcal_add_serial_many(out, &bad, c, st, nn, 2, NULL), PK_ERANGE);
    /* failed_index may be NULL: the status alone still tells */
    assert_int_equal(pk_workcal_add_serial_many(out, NULL, c, st, nn, 2, NULL), PK_ERANGE);
    assert_int_equal(pk_workcal_add_serial_many(out, NULL, c, st, nn, 1, NULL), PK_OK);
    assert_int_equal(pk_workcal_add_serial_many(out, &bad, c, NULL, nn, 2, NULL), PK_EINVAL);
    assert_int_equal(pk_workcal_add_serial_many(NULL, &bad, c, NULL, NULL, 0, NULL), PK_OK);
    free(st);
    free(nn);
    free(out);
}

/* --------------------------------------------------------- deadlines -- */

static pk_deadline compute(pk_deadline_id id, const char *trigger)
{
    pk_deadline dl;
    pk_error err;
    pk_error_clear(&err);
    if (pk_deadline_compute(&dl, NULL, id, D(trigger), &err) != PK_OK)
        fail_msg("deadline %d from %s: %s", (int)id, trigger, err.text);
    return dl;
}

static void test_deadlines(void **state)
{
    (void)state;
    pk_deadline dl = compute(PK_DEADLINE_REPORT, "2024-11-25");
    assert_date(dl.due, "2024-12-02");
    assert_non_null(strstr(dl.rule->basis, "Pasal 134 ayat (4)"));
    assert_int_equal(dl.rule->unit, PK_DAYS_CALENDAR);
    assert_int_equal(dl.rule->amount, 7);
    assert_int_equal(dl.flags, 0);
    /* calendar days are not moved off a holiday: 20 Nov + 7 = 27 Nov (voting day) */
    assert_date(compute(PK_DEADLINE_REPORT, "2024-11-20").due, "2024-11-27");
    /* TSM: 14 working days after Mon 25 Nov 2024 (27 Nov closed) = Mon 16 Dec */
    dl = compute(PK_DEADLINE_TSM_BAWASLU, "2024-11-25");
    assert_date(dl.due, "2024-12-16");
    assert_int_equal(dl.rule->unit, PK_DAYS_WORKING);
    assert_non_null(strstr(dl.rule->basis, "135A ayat (2)"));
    /* a Saturday trigger: Monday is working day 1, whatever the roll policy */
    assert_date(compute(PK_DEADLINE_TSM_KPU, "2024-11-23").due, "2024-11-28");
    /* 3 working days across Christmas 2024: 24 -> 27, 30, 31 */
    assert_date(compute(PK_DEADLINE_DISPUTE_KPU, "2024-12-24").due, "2024-12-31");
    assert_date(compute(PK_DEADLINE_GAKKUMDU_FORWARD, "2024-11-25").due, "2024-11-26");
    assert_date(compute(PK_DEADLINE_DISPUTE_BAWASLU, "2024-11-25").due, "2024-12-07");
    /* 14 working days after Fri 5 Apr 2024: 8-12 and 15 Apr closed, 1 May closed */
    assert_date(compute(PK_DEADLINE_INVESTIGATION, "2024-04-05").due, "2024-05-06");

    /* a custom calendar: cuti bersama worked */
    pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
    o.closed_kinds = PK_HOLIDAY_NATIONAL | PK_HOLIDAY_ELECTION;
    pk_workcal *c = cal_with(&o);
    pk_deadline d2;
    assert_int_equal(pk_deadline_compute(&d2, c, PK_DEADLINE_DISPUTE_KPU, D("2024-12-24"), NULL), PK_OK);
    assert_date(d2.due, "2024-12-30");
    pk_workcal_free(c);

    /* which rules count working days: 135A, 144(2), 146(3)-(6) */
    for (int i = 0; i < (int)pk_deadline_count(); i++) {
        const pk_deadline_rule *r = pk_deadline_rule_get((pk_deadline_id)i);
        assert_non_null(r);
        assert_int_equal(r->id, i);
        int working = strstr(r->basis, "135A") || strstr(r->basis, "144 ayat (2)") || strstr(r->basis, "Pasal 146");
        assert_int_equal(r->unit, working ? PK_DAYS_WORKING : PK_DAYS_CALENDAR);
        const pk_deadline_rule *f = NULL;
        assert_int_equal(pk_deadline_find(&f, r->slug, NULL), PK_OK);
        assert_ptr_equal(f, r);
    }
    assert_null(pk_deadline_rule_get((pk_deadline_id)pk_deadline_count()));
    assert_null(pk_deadline_rule_get((pk_deadline_id)-1));
    const pk_deadline_rule *f;
    assert_int_equal(pk_deadline_find(&f, "tsm-bawaslu", NULL), PK_OK);
    assert_int_equal(f->amount, 14);
    assert_int_equal(pk_deadline_find(&f, "pn_verdict", NULL), PK_OK);
    assert_int_equal(f->amount, 7);
    assert_int_equal(pk_deadline_find(&f, "investigation", NULL), PK_OK);
    assert_int_equal(f->amount, 14);
    assert_int_equal(pk_deadline_find(&f, "prosecution", NULL), PK_OK);
    assert_int_equal(f->amount, 5);
    assert_int_equal(pk_deadline_find(&f, "dispute_bawaslu", NULL), PK_OK);
    assert_int_equal(f->amount, 12);
    pk_error err;
    assert_int_equal(pk_deadline_find(&f, "nope", &err), PK_ENOTFOUND);
    assert_null(f);
    assert_int_equal(pk_deadline_find(&f, NULL, &err), PK_EINVAL);

    /* errors */
    pk_deadline d3;
    assert_int_equal(pk_deadline_compute(&d3, NULL, (pk_deadline_id)pk_deadline_count(), D("2024-11-25"), &err),
                     PK_EINVAL);
    assert_int_equal(pk_deadline_compute(&d3, NULL, PK_DEADLINE_REPORT, pk_date_of(2024, 2, 30), &err), PK_EINVAL);
    assert_int_equal(pk_deadline_compute(&d3, NULL, PK_DEADLINE_TSM_MA, D("2026-12-20"), &err), PK_ERANGE);
    assert_null(d3.rule);
    assert_int_equal(pk_deadline_compute(&d3, NULL, PK_DEADLINE_REPORT, D("2199-12-30"), &err), PK_ERANGE);
    /* calendar-day rules need no holiday table */
    assert_int_equal(pk_deadline_compute(&d3, NULL, PK_DEADLINE_REPORT, D("2030-01-01"), &err), PK_OK);
    o.closed_kinds = PK_HOLIDAY_ALL;
    o.allow_estimate = 1;
    c = cal_with(&o);
    assert_int_equal(pk_deadline_compute(&d3, c, PK_DEADLINE_TSM_MA, D("2026-12-20"), &err), PK_OK);
    assert_int_equal(d3.flags, PK_RESULT_ESTIMATED);
    pk_workcal_free(c);
}

/* ---------------------------------------------------- loading files -- */

#define HEADER "date,kind,name_id,name_en,basis,status\n"
#define ROW1 "2024-11-27,libur_pemilihan,Pilkada,Voting day,Keppres 33/2024,CONFIRMED\n"

static void test_load_custom(void **state)
{
    (void)state;
    const char *text = "# a local calendar\n#% years: 2024-2025\n" HEADER ROW1
                       "2025-08-27,libur_nasional,\"Libur lokal, Pangkalpinang\",Local holiday,Pemkot,"
                       "SINGLE-SOURCE\n";
    pk_holiday_table *t = NULL;
    pk_error err;
    assert_int_equal(pk_holidays_load_string(&t, text, strlen(text), "local.csv", &err), PK_OK);
    assert_int_equal(pk_holidays_count(t), 2);
    int a, b;
    pk_holidays_years(&a, &b, t, NULL);
    assert_int_equal(a, 2024);
    assert_int_equal(b, 2025);
    assert_string_equal(pk_holidays_at(t, 1)->name_id, "Libur lokal, Pangkalpinang");
    pk_workcal *c = NULL;
    assert_int_equal(pk_workcal_new(&c, t, NULL, &err), PK_OK);
    pk_holidays_free(t); /* the calendar keeps no pointer into the table */
    assert_int_equal(workday(c, "2025-08-27"), 0);
    assert_int_equal(workday(c, "2024-04-10"), 1); /* not in this table */
    pk_date out;
    assert_int_equal(pk_workcal_add(&out, NULL, c, D("2026-01-05"), 1, NULL), PK_ERANGE);
    pk_workcal_free(c);

    /* years from the rows when there is no directive; directives other than
       '#% years' are for other readers and are skipped */
    const char *t2 = "#% source: Keppres 33/2024\n" HEADER ROW1;
    assert_int_equal(pk_holidays_load_string(&t, t2, strlen(t2), NULL, &err), PK_OK);
    pk_holidays_years(&a, &b, t, NULL);
    assert_int_equal(a, 2024);
    assert_int_equal(b, 2024);
    pk_holidays_free(t);

    /* the project's data file loads with the same result as the built-in table */
    assert_int_equal(pk_holidays_load_file(&t, PK_SOURCE_DIR "/data/holidays_id.csv", &err), PK_OK);
    assert_int_equal(pk_holidays_count(t), pk_holidays_count(pk_holidays_builtin()));
    pk_holidays_free(t);
    assert_int_equal(pk_holidays_load_file(&t, PK_SOURCE_DIR "/data/no-such-file.csv", &err), PK_EIO);
    assert_null(t);
}

static void test_load_errors(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        pk_status status;
        long line;
        const char *field;
    } cases[] = {
        {HEADER "2024-02-30,libur_nasional,X,X,B,CONFIRMED\n", PK_EPARSE, 2, "date"},
        {HEADER ROW1 "2024-12-25,libur_besar,X,X,B,CONFIRMED\n", PK_EPARSE, 3, "kind"},
        {HEADER ROW1 "2024-11-27,libur_nasional,X,X,B,CONFIRMED\n", PK_EPARSE, 3, "date"},
        {HEADER ROW1 "\n2024-11-01,libur_nasional,X,X,B,CONFIRMED\n", PK_EPARSE, 4, "date"},
        {HEADER ROW1 "2024-12-25,libur_nasional,X,X,B,confirmed\n", PK_EPARSE, 3, "status"},
        {HEADER ROW1 "2024-12-25,libur_nasional,X,X,CONFIRMED\n", PK_EPARSE, 3, ""},
        {HEADER ROW1 "2024-12-25,libur_nasional,X,X,B,CONFIRMED,extra\n", PK_EPARSE, 3, ""},
        {HEADER "2024-12-25,libur_nasional,,X,B,CONFIRMED\n", PK_EPARSE, 2, "name_id"},
        {"date,kind,name_id,name_en,status\n" ROW1, PK_EPARSE, 1, "basis"},
        {"#% years: 2026-2024\n" HEADER ROW1, PK_EPARSE, 1, "years"},
        {"#% years: 2025-2026\n" HEADER ROW1, PK_EPARSE, 3, "date"},
        {"#% years: 20x5-2026\n" HEADER, PK_EPARSE, 1, "years"},
        /* '#% years' is FIRST-LAST with four digits each, within 1900..2199 */
        {"#% years: 2024\n" HEADER ROW1, PK_EPARSE, 1, "years"},
        {"#% years: 2024/2025\n" HEADER ROW1, PK_EPARSE, 1, "years"},
        {"#% years: 2024-202/\n" HEADER ROW1, PK_EPARSE, 1, "years"},
        {"#% years: 1850-2024\n" HEADER ROW1, PK_EPARSE, 1, "years"},
        {"#% years: 2024-2200\n" HEADER ROW1, PK_EPARSE, 1, "years"},
        {HEADER ROW1 "#% years: 2024-2025\n", PK_EPARSE, 3, "years"},
        {"#% years: 2024-2024\n" HEADER ROW1 "2025-01-01,libur_nasional,Tahun Baru,New Year,SKB,CONFIRMED\n",
         PK_EPARSE, 4, "date"},
        /* issue 13 item 7: a header-only file names the header's line (it said line 0) */
        {HEADER, PK_EPARSE, 1, ""},
        {"# a comment\n\n" HEADER, PK_EPARSE, 3, ""},
        /* a column named twice: which one would the rows mean? (the second was ignored) */
        {"date,kind,name_id,name_en,basis,status,kind\n"
         "2024-11-27,libur_pemilihan,Pilkada,Voting day,Keppres 33/2024,CONFIRMED,libur_nasional\n",
         PK_EPARSE, 1, "kind"},
        {"date,date,kind,name_id,name_en,basis,status\n", PK_EPARSE, 1, "date"},
        /* '#% years' given twice is refused, as the schedule loader refuses a repeated directive */
        {"#% years: 2024-2025\n#% years: 2020-2030\n" HEADER ROW1, PK_EPARSE, 2, "years"},
        {"# only a comment\n", PK_EPARSE, 2, ""},
        {HEADER "2024-12-25,libur_nasional,\xC3\x28,X,B,CONFIRMED\n", PK_EENCODING, 2, ""},
        {HEADER "\"2024-12-25,libur_nasional,X,X,B,CONFIRMED\n", PK_EPARSE, 2, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pk_holiday_table *t = (pk_holiday_table *)(uintptr_t)1;
        pk_error err;
        pk_error_clear(&err);
        pk_status s = pk_holidays_load_string(&t, cases[i].text, strlen(cases[i].text), "bad.csv", &err);
        if (s != cases[i].status || err.line != cases[i].line || strcmp(err.field, cases[i].field) != 0)
            fail_msg("case %zu: got %s line %ld field '%s' (%s); want %s line %ld field '%s'", i, pk_status_name(s),
                     err.line, err.field, err.text, pk_status_name(cases[i].status), cases[i].line, cases[i].field);
        assert_null(t);
        assert_true(err.text[0] != '\0');
        if (cases[i].status == PK_EPARSE)
            assert_string_equal(err.source, "bad.csv");
    }
    /* over 16 MiB */
    size_t big = ((size_t)16 << 20) + 1;
    char *huge = malloc(big);
    assert_non_null(huge);
    memset(huge, '#', big);
    pk_holiday_table *t;
    pk_error err;
    assert_int_equal(pk_holidays_load_string(&t, huge, big, NULL, &err), PK_ETOOLONG);
    free(huge);
    assert_int_equal(pk_holidays_load_string(&t, NULL, 0, NULL, &err), PK_EINVAL);
    assert_int_equal(pk_holidays_load_string(NULL, "x", 1, NULL, &err), PK_EINVAL);
    assert_int_equal(pk_holidays_load_file(&t, NULL, &err), PK_EINVAL);
    pk_holidays_free(NULL);
}

/* ------------------------------------------------------- estimates -- */

/* The estimated calendar against the decree tables 2015-2026: for every
 * estimated holiday, the distance to the decreed day of the same holiday
 * (same English name in the built-in table, libur nasional). Prints the
 * figures; the fixed-date and Easter-based holidays must all match (they
 * are set by law and arithmetic), the moon-based ones mostly. */
static void test_estimate_vs_decrees(void **state)
{
    (void)state;
    const pk_holiday_table *dec = pk_holidays_builtin();
    pk_holiday_table *est = NULL;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_holidays_estimate(&est, 2015, 2026, &err), PK_OK);
    int first = 0, last = 0;
    assert_int_equal(pk_holidays_years(&first, &last, est, NULL), PK_OK);
    assert_int_equal(first, 2015);
    assert_int_equal(last, 2026);
    size_t same = 0, one = 0, more = 0, nodecree = 0, fixed_miss = 0;
    for (size_t i = 0; i < pk_holidays_count(est); i++) {
        const pk_holiday *e = pk_holidays_at(est, i);
        assert_true(e->flags & PK_HOLIDAY_FLAG_ESTIMATED);
        assert_int_equal(e->kind, PK_HOLIDAY_NATIONAL);
        assert_int_equal(e->status, PK_SOURCE_DERIVED);
        assert_true(strncmp(e->basis, "estimated", 9) == 0);
        int32_t es = 0, best = INT32_MAX;
        assert_int_equal(pk_date_to_serial(&es, e->date, NULL), PK_OK);
        for (size_t j = 0; j < pk_holidays_count(dec); j++) {
            const pk_holiday *h = pk_holidays_at(dec, j);
            if (h->date.year != e->date.year || h->kind != PK_HOLIDAY_NATIONAL || !strstr(h->name_en, e->name_en))
                continue;
            int32_t hs = 0;
            assert_int_equal(pk_date_to_serial(&hs, h->date, NULL), PK_OK);
            int32_t dd = hs > es ? hs - es : es - hs;
            if (dd < best)
                best = dd;
        }
        int fixed = strstr(e->basis, "fixed date") || strstr(e->basis, "Easter");
        char b1[PK_DATE_STRLEN];
        if (best == INT32_MAX) {
            nodecree++;
            print_message("  no decree row for %s %s\n", fmt(e->date, b1), e->name_en);
        } else if (best == 0) {
            same++;
        } else {
            if (best == 1)
                one++;
            else
                more++;
            fixed_miss += fixed;
            print_message("  %s %s: %d day(s) from the decree\n", fmt(e->date, b1), e->name_en, (int)best);
        }
    }
    size_t total = same + one + more;
    print_message("estimate vs decrees 2015-2026: %zu holidays compared, %zu on the decreed day, %zu one day off, "
                  "%zu further; %zu without a decree row\n",
                  total, same, one, more, nodecree);
    assert_int_equal(fixed_miss, 0);
    assert_int_equal(nodecree, 0);
    assert_true(total >= 190);        /* 16-17 holidays a year, 12 years */
    assert_true(same * 10 >= total * 8); /* at least 80% on the day */
    assert_true(more * 20 <= total);     /* at most 5% further than a day */
    pk_holidays_free(est);
}

/* Sourced facts around the estimate: 2026-12-31 (Thu) + 1 working day is not
 * New Year's Day 2027 (fixed-date holiday); Christmas 2014 before the table. */
static void test_estimate_facts(void **state)
{
    (void)state;
    pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
    o.allow_estimate = 1;
    pk_workcal *e = NULL;
    assert_int_equal(pk_workcal_new(&e, NULL, &o, NULL), PK_OK);
    unsigned fl = 0;
    pk_date out;
    char b[PK_DATE_STRLEN];
    assert_int_equal(pk_workcal_add(&out, &fl, e, D("2026-12-31"), 1, NULL), PK_OK);
    assert_string_not_equal(fmt(out, b), "2027-01-01");
    assert_string_equal(fmt(out, b), "2027-01-04"); /* Fri 1 Jan holiday, then the weekend */
    assert_int_equal(fl, PK_RESULT_ESTIMATED);
    int w = 1;
    assert_int_equal(pk_workcal_is_workday(&w, &fl, e, D("2027-08-17"), NULL), PK_OK); /* Independence Day, a Tuesday */
    assert_int_equal(w, 0);
    assert_int_equal(pk_workcal_is_workday(&w, &fl, e, D("2014-12-25"), NULL), PK_OK);
    assert_int_equal(w, 0);
    pk_workcal_free(e);
    /* the estimate lists no cuti bersama and only national holidays */
    pk_holiday_table *t = NULL;
    assert_int_equal(pk_holidays_estimate(&t, 2027, 2027, NULL), PK_OK);
    const pk_holiday *h = NULL;
    assert_int_equal(pk_holidays_find(&h, t, D("2027-01-01"), NULL), PK_OK);
    assert_string_equal(h->name_en, "New Year's Day");
    assert_int_equal(pk_holidays_find(&h, t, D("2027-12-25"), NULL), PK_OK);
    for (size_t i = 0; i < pk_holidays_count(t); i++)
        assert_int_equal(pk_holidays_at(t, i)->kind, PK_HOLIDAY_NATIONAL);
    assert_int_equal(pk_holidays_find(&h, t, D("2028-01-01"), NULL), PK_ERANGE);
    pk_holidays_free(t);
    /* bad arguments */
    assert_int_equal(pk_holidays_estimate(NULL, 2027, 2027, NULL), PK_EINVAL);
    assert_int_equal(pk_holidays_estimate(&t, 2028, 2027, NULL), PK_EINVAL);
    assert_null(t);
    assert_int_equal(pk_holidays_estimate(&t, 1899, 1900, NULL), PK_EINVAL);
    assert_int_equal(pk_holidays_estimate(&t, 2199, 2200, NULL), PK_EINVAL);
    assert_int_equal(pk_holidays_estimate(&t, 1900, 2199, NULL), PK_OK); /* the whole range */
    assert_true(pk_holidays_count(t) > 300 * 14);
    pk_holidays_free(t);
}

/* A decree for a new year loaded at run time replaces the estimate. */
static void test_merge_decree(void **state)
{
    (void)state;
    static const char text[] = "#% years: 2027-2027\n" HEADER
                               "2027-01-01,libur_nasional,Tahun Baru 2027 Masehi,New Year's Day,SKB test,CONFIRMED\n"
                               "2027-01-04,cuti_bersama,Cuti Bersama (test),Collective leave (test),SKB test,CONFIRMED\n";
    pk_holiday_table *y27 = NULL, *m = NULL;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_holidays_load_string(&y27, text, strlen(text), "t", &err), PK_OK);
    assert_int_equal(pk_holidays_merge(&m, pk_holidays_builtin(), y27, &err), PK_OK);
    int f = 0, l = 0;
    assert_int_equal(pk_holidays_years(&f, &l, m, NULL), PK_OK);
    assert_int_equal(f, 2015);
    assert_int_equal(l, 2027);
    assert_int_equal(pk_holidays_count(m), pk_holidays_count(pk_holidays_builtin()) + 2);
    pk_workcal *c = NULL;
    assert_int_equal(pk_workcal_new(&c, m, NULL, NULL), PK_OK);
    pk_date out;
    unsigned fl = 99;
    char b[PK_DATE_STRLEN];
    assert_int_equal(pk_workcal_add(&out, &fl, c, D("2026-12-31"), 1, NULL), PK_OK);
    assert_string_equal(fmt(out, b), "2027-01-05"); /* the decree's cuti bersama counts, and nothing is estimated */
    assert_int_equal(fl, 0);
    pk_workcal_free(c);
    pk_holidays_free(m);
    /* overlay replaces a year it covers: the built-in 2026 over an estimated 2026 */
    pk_holiday_table *e26 = NULL;
    assert_int_equal(pk_holidays_estimate(&e26, 2026, 2027, NULL), PK_OK);
    assert_int_equal(pk_holidays_merge(&m, e26, y27, NULL), PK_OK);
    for (size_t i = 0; i < pk_holidays_count(m); i++) {
        const pk_holiday *h = pk_holidays_at(m, i);
        if (h->date.year == 2027)
            assert_int_equal(h->flags & PK_HOLIDAY_FLAG_ESTIMATED, 0);
    }
    pk_holidays_free(m);
    pk_holidays_free(e26);
    /* a gap between the years is refused */
    pk_holiday_table *y29 = NULL;
    static const char t29[] = "#% years: 2029-2029\n" HEADER;
    assert_int_equal(pk_holidays_load_string(&y29, t29, strlen(t29), "t", NULL), PK_OK);
    pk_error_clear(&err);
    assert_int_equal(pk_holidays_merge(&m, pk_holidays_builtin(), y29, &err), PK_EINVAL);
    assert_null(m);
    assert_string_equal(err.field, "overlay");
    assert_int_equal(pk_holidays_merge(NULL, y27, y27, NULL), PK_EINVAL);
    assert_int_equal(pk_holidays_merge(&m, NULL, y27, NULL), PK_EINVAL);
    assert_int_equal(pk_holidays_merge(&m, y27, NULL, NULL), PK_EINVAL);
    pk_holidays_free(y29);
    pk_holidays_free(y27);
}

/* Calendars at the edges: estimates clamped to 1900..2199, extra dates
 * outside the table's years, and only some holiday kinds closing offices. */
static void test_calendar_edges(void **state)
{
    (void)state;
    pk_error err;
    pk_workcal *c = NULL;
    pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
    int w = -1;
    unsigned fl = 0;
    /* only the election holiday closes: Christmas 2024 (a Wednesday) is then
       a working day, voting day 27 Nov 2024 is not */
    o.closed_kinds = PK_HOLIDAY_ELECTION;
    assert_int_equal(pk_workcal_new(&c, NULL, &o, &err), PK_OK);
    assert_int_equal(workday(c, "2024-12-25"), 1);
    assert_int_equal(workday(c, "2024-11-27"), 0);
    pk_workcal_free(c);
    /* an extra holiday outside the table's years: with estimates it is kept
       (2 Jan 1950 was a Monday), without them the year is not covered */
    const pk_date extra[] = {{1950, 1, 2}, {2150, 1, 2}};
    o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
    o.extra_holidays = extra;
    o.extra_holidays_count = 2;
    o.extra_workdays = extra;
    o.extra_workdays_count = 0;
    assert_int_equal(pk_workcal_new(&c, NULL, &o, &err), PK_OK);
    assert_int_equal(pk_workcal_is_workday(&w, &fl, c, D("1950-01-02"), &err), PK_ERANGE);
    pk_workcal_free(c);
    o.allow_estimate = 1;
    assert_int_equal(pk_workcal_new(&c, NULL, &o, &err), PK_OK);
    assert_int_equal(pk_workcal_is_workday(&w, &fl, c, D("1950-01-02"), &err), PK_OK);
    assert_int_equal(w, 0);
    assert_int_equal(pk_workcal_is_workday(&w, &fl, c, D("1950-01-03"), &err), PK_OK);
    assert_int_equal(w, 1); /* a Tuesday */
    assert_int_equal(pk_workcal_is_workday(&w, &fl, c, D("2150-01-02"), &err), PK_OK);
    assert_int_equal(w, 0);
    pk_workcal_free(c);
    /* a working Saturday outside the estimates' years is kept too (7 Jan 1950) */
    const pk_date sat[] = {{1950, 1, 7}};
    o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
    o.extra_workdays = sat;
    o.extra_workdays_count = 1;
    o.allow_estimate = 1;
    assert_int_equal(pk_workcal_new(&c, NULL, &o, &err), PK_OK);
    assert_int_equal(pk_workcal_is_workday(&w, &fl, c, D("1950-01-07"), &err), PK_OK);
    assert_int_equal(w, 1);
    pk_workcal_free(c);
    /* tables near the ends of the supported range: estimates stop at 1900 and 2199 */
    static const char *const tables[] = {
        "#% years: 1900-1900\n" HEADER "1900-12-25,libur_nasional,Natal,Christmas Day,test,UNCERTAIN\n",
        "#% years: 2199-2199\n" HEADER "2199-12-25,libur_nasional,Natal,Christmas Day,test,UNCERTAIN\n",
    };
    for (size_t i = 0; i < 2; i++) {
        pk_holiday_table *t = NULL;
        assert_int_equal(pk_holidays_load_string(&t, tables[i], strlen(tables[i]), NULL, &err), PK_OK);
        o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
        o.allow_estimate = 1;
        assert_int_equal(pk_workcal_new(&c, t, &o, &err), PK_OK);
        pk_holidays_free(t);
        /* the years beyond the table's year are answered as estimates */
        assert_int_equal(pk_workcal_is_workday(&w, &fl, c, D(i ? "2170-01-01" : "1930-01-01"), &err), PK_OK);
        assert_true(fl & PK_RESULT_ESTIMATED);
        /* the table's own year is exact: Christmas (a Tuesday in 1900, a Wednesday in 2199) is closed */
        assert_int_equal(pk_workcal_is_workday(&w, &fl, c, D(i ? "2199-12-25" : "1900-12-25"), &err), PK_OK);
        assert_int_equal(w, 0);
        assert_false(fl & PK_RESULT_ESTIMATED);
        pk_workcal_free(c);
    }
}

/* Merging a table before, inside and far from the built-in years (2015-2026). */
static void test_merge_sides(void **state)
{
    (void)state;
    const pk_holiday_table *base = pk_holidays_builtin();
    pk_holiday_table *e = NULL, *m = NULL;
    pk_error err;
    int f = 0, l = 0;
    /* two estimated years just before the table */
    assert_int_equal(pk_holidays_estimate(&e, 2013, 2014, NULL), PK_OK);
    assert_int_equal(pk_holidays_merge(&m, base, e, &err), PK_OK);
    assert_int_equal(pk_holidays_years(&f, &l, m, NULL), PK_OK);
    assert_int_equal(f, 2013);
    assert_int_equal(l, 2026);
    assert_int_equal(pk_holidays_count(m), pk_holidays_count(base) + pk_holidays_count(e));
    for (size_t i = 1; i < pk_holidays_count(m); i++)
        assert_true(pk_date_compare(pk_holidays_at(m, i - 1)->date, pk_holidays_at(m, i)->date) <= 0);
    pk_holidays_free(m);
    pk_holidays_free(e);
    /* one year inside: its decreed rows give way to the overlay's */
    assert_int_equal(pk_holidays_estimate(&e, 2020, 2020, NULL), PK_OK);
    assert_int_equal(pk_holidays_merge(&m, base, e, &err), PK_OK);
    size_t rows2020 = 0;
    for (size_t i = 0; i < pk_holidays_count(base); i++)
        rows2020 += pk_holidays_at(base, i)->date.year == 2020;
    assert_int_equal(pk_holidays_count(m), pk_holidays_count(base) - rows2020 + pk_holidays_count(e));
    const pk_holiday *h = NULL;
    assert_int_equal(pk_holidays_find(&h, m, D("2020-08-17"), NULL), PK_OK); /* Independence Day */
    pk_holidays_free(m);
    pk_holidays_free(e);
    /* years with a gap before the table are refused */
    assert_int_equal(pk_holidays_estimate(&e, 2000, 2005, NULL), PK_OK);
    m = (pk_holiday_table *)(uintptr_t)1;
    assert_int_equal(pk_holidays_merge(&m, base, e, &err), PK_EINVAL);
    assert_null(m);
    pk_holidays_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtin_table),
        cmocka_unit_test(test_facts),
        cmocka_unit_test(test_builtin_matches_runtime),
        cmocka_unit_test(test_add_facts),
        cmocka_unit_test(test_roll),
        cmocka_unit_test(test_extras),
        cmocka_unit_test(test_out_of_table),
        cmocka_unit_test(test_count),
        cmocka_unit_test(test_property),
        cmocka_unit_test(test_batch),
        cmocka_unit_test(test_deadlines),
        cmocka_unit_test(test_load_custom),
        cmocka_unit_test(test_load_errors),
        cmocka_unit_test(test_estimate_vs_decrees),
        cmocka_unit_test(test_estimate_facts),
        cmocka_unit_test(test_merge_decree),
        cmocka_unit_test(test_calendar_edges),
        cmocka_unit_test(test_merge_sides),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
