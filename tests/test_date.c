/* Dates: strict ISO 8601 parsing, formatting, arithmetic and weekdays.
 * Facts: voting day of Pilkada 2024 was Wednesday 27 Nov 2024 (Keppres
 * 33/2024); penetapan paslon was 22 Sep 2024, and six months before it is
 * 22 Mar 2024 (../shared/research/violations.md, "Reference dates"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"

static pk_date parse_ok(const char *s)
{
    pk_date d;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_date_parse(&d, s, &err), PK_OK);
    return d;
}

static void test_parse_valid(void **state)
{
    (void)state;
    pk_date d = parse_ok("2024-11-27");
    assert_int_equal(d.year, 2024);
    assert_int_equal(d.month, 11);
    assert_int_equal(d.day, 27);
    d = parse_ok("2024-02-29"); /* leap year */
    assert_int_equal(d.day, 29);
    d = parse_ok("2000-02-29"); /* divisible by 400 */
    assert_int_equal(d.month, 2);
    parse_ok("1900-01-01");
    parse_ok("2199-12-31");
}

static void test_parse_rejects(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        pk_status status;
    } bad[] = {
        {"", PK_EPARSE},            {"2024-02-30", PK_EPARSE}, {"2023-02-29", PK_EPARSE},
        {"1900-02-29", PK_EPARSE},  {"2024-13-01", PK_EPARSE}, {"2024-00-10", PK_EPARSE},
        {"2024-04-31", PK_EPARSE},  {"2024-01-00", PK_EPARSE}, {"2024-11-27x", PK_EPARSE},
        {"2024-11-27 ", PK_EPARSE}, {" 2024-11-27", PK_EPARSE}, {"2024-1-27", PK_EPARSE},
        {"24-11-27", PK_EPARSE},    {"2024/11/27", PK_EPARSE}, {"20241127", PK_EPARSE},
        {"2024-11-27T00:00", PK_EPARSE}, {"+2024-11-27", PK_EPARSE}, {"abcd-ef-gh", PK_EPARSE},
        {"1899-12-31", PK_ERANGE},  {"2200-01-01", PK_ERANGE}, {"0000-01-01", PK_ERANGE},
        /* cut short after each part */
        {"202", PK_EPARSE},         {"2024", PK_EPARSE},       {"2024-", PK_EPARSE},
        {"2024-1", PK_EPARSE},      {"2024-11", PK_EPARSE},    {"2024-11-", PK_EPARSE},
        {"2024-11-2", PK_EPARSE},   {"2024-11x27", PK_EPARSE}, {"2024-1x-27", PK_EPARSE},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        pk_date d = {1, 1, 1};
        pk_error err;
        pk_error_clear(&err);
        pk_status s = pk_date_parse(&d, bad[i].text, &err);
        if (s != bad[i].status)
            fail_msg("'%s': expected %s, got %s", bad[i].text, pk_status_name(bad[i].status), pk_status_name(s));
        assert_int_equal(err.status, bad[i].status);
        assert_true(err.text[0] != '\0');
        assert_string_equal(err.field, "date");
        assert_int_equal(d.year, 0); /* out is reset on failure */
    }
    pk_date d;
    assert_int_equal(pk_date_parse(&d, NULL, NULL), PK_EINVAL);
    assert_int_equal(pk_date_parse(NULL, "2024-11-27", NULL), PK_EINVAL);
    assert_int_equal(pk_date_parse(NULL, NULL, NULL), PK_EINVAL);
    /* a buffer that is not NUL-terminated */
    char raw[10];
    memcpy(raw, "2024-11-27", 10);
    assert_int_equal(pk_date_parse_n(&d, raw, sizeof raw, NULL), PK_OK);
    assert_int_equal(d.day, 27);
    assert_int_equal(pk_date_parse_n(&d, raw, 9, NULL), PK_EPARSE);
}

static void test_parse_error_column(void **state)
{
    (void)state;
    pk_date d;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_date_parse(&d, "2024-13-01", &err), PK_EPARSE);
    assert_int_equal(err.column, 6);
    assert_int_equal(pk_date_parse(&d, "2024-11-27junk", &err), PK_EPARSE);
    assert_int_equal(err.column, 11);
}

static void test_format(void **state)
{
    (void)state;
    char buf[PK_DATE_STRLEN];
    assert_int_equal(pk_date_format(buf, sizeof buf, pk_date_of(2024, 9, 22), NULL), PK_OK);
    assert_string_equal(buf, "2024-09-22");
    assert_int_equal(pk_date_format(buf, sizeof buf, pk_date_of(1900, 1, 1), NULL), PK_OK);
    assert_string_equal(buf, "1900-01-01");
    assert_int_equal(pk_date_format(buf, 10, pk_date_of(2024, 9, 22), NULL), PK_EBUFSIZE);
    assert_string_equal(buf, "");
    assert_int_equal(pk_date_format(buf, sizeof buf, pk_date_of(2023, 2, 29), NULL), PK_EINVAL);
    assert_int_equal(pk_date_format(NULL, 11, pk_date_of(2024, 9, 22), NULL), PK_EINVAL);
}

static void test_weekday(void **state)
{
    (void)state;
    assert_int_equal(pk_date_weekday(pk_date_of(2024, 11, 27)), PK_WEDNESDAY); /* voting day 2024 */
    assert_int_equal(pk_date_weekday(pk_date_of(2020, 12, 9)), PK_WEDNESDAY);  /* voting day 2020 */
    assert_int_equal(pk_date_weekday(pk_date_of(2025, 8, 27)), PK_WEDNESDAY);  /* 2025 re-run */
    assert_int_equal(pk_date_weekday(pk_date_of(1900, 1, 1)), PK_MONDAY);
    assert_int_equal(pk_date_weekday(pk_date_of(2199, 12, 31)), PK_TUESDAY);
    assert_int_equal(pk_date_weekday(pk_date_of(2024, 11, 23)), PK_SATURDAY);
    assert_true(pk_date_weekday(pk_date_of(2024, 2, 30)) < 0);
}

static void test_arithmetic(void **state)
{
    (void)state;
    pk_date d;
    int32_t n;
    /* campaign 25 Sep - 23 Nov 2024 is 60 days inclusive */
    assert_int_equal(pk_date_diff_days(&n, pk_date_of(2024, 9, 25), pk_date_of(2024, 11, 23), NULL), PK_OK);
    assert_int_equal(n + 1, 60);
    assert_int_equal(pk_date_diff_days(&n, pk_date_of(2024, 11, 27), pk_date_of(2024, 9, 22), NULL), PK_OK);
    assert_int_equal(n, -66);
    /* report deadline: 7 days after discovery on 25 Nov 2024 */
    assert_int_equal(pk_date_add_days(&d, pk_date_of(2024, 11, 25), 7, NULL), PK_OK);
    assert_int_equal(pk_date_compare(d, pk_date_of(2024, 12, 2)), 0);
    assert_int_equal(pk_date_add_days(&d, pk_date_of(2024, 3, 1), -1, NULL), PK_OK);
    assert_int_equal(pk_date_compare(d, pk_date_of(2024, 2, 29)), 0);
    assert_int_equal(pk_date_add_days(&d, pk_date_of(2199, 12, 31), 1, NULL), PK_ERANGE);
    assert_int_equal(pk_date_add_days(&d, pk_date_of(1900, 1, 1), -1, NULL), PK_ERANGE);
    assert_int_equal(pk_date_add_days(&d, pk_date_of(2024, 2, 30), 1, NULL), PK_EINVAL);
    assert_int_equal(pk_date_add_days(&d, pk_date_of(2024, 1, 1), INT32_MAX, NULL), PK_ERANGE);
    assert_int_equal(pk_date_add_days(&d, pk_date_of(2024, 1, 1), INT32_MIN, NULL), PK_ERANGE);
    /* six months before penetapan paslon 2024 */
    assert_int_equal(pk_date_add_months(&d, pk_date_of(2024, 9, 22), -6, NULL), PK_OK);
    assert_int_equal(pk_date_compare(d, pk_date_of(2024, 3, 22)), 0);
    /* six months before penetapan paslon 2020 (23 Sep 2020) */
    assert_int_equal(pk_date_add_months(&d, pk_date_of(2020, 9, 23), -6, NULL), PK_OK);
    assert_int_equal(pk_date_compare(d, pk_date_of(2020, 3, 23)), 0);
    assert_int_equal(pk_date_add_months(&d, pk_date_of(2024, 8, 31), -6, NULL), PK_OK);
    assert_int_equal(pk_date_compare(d, pk_date_of(2024, 2, 29)), 0);
    assert_int_equal(pk_date_add_months(&d, pk_date_of(2199, 12, 1), 1, NULL), PK_ERANGE);
    assert_int_equal(pk_date_add_months(&d, pk_date_of(2024, 1, 1), INT32_MIN, NULL), PK_ERANGE);
}

static void test_serial_roundtrip(void **state)
{
    (void)state;
    int32_t s;
    pk_date d;
    assert_int_equal(pk_date_to_serial(&s, pk_date_of(1970, 1, 1), NULL), PK_OK);
    assert_int_equal(s, 0);
    assert_int_equal(pk_date_to_serial(&s, pk_date_of(1900, 1, 1), NULL), PK_OK);
    assert_int_equal(s, -25567);
    assert_int_equal(pk_date_to_serial(&s, pk_date_of(2199, 12, 31), NULL), PK_OK);
    assert_int_equal(s, 84005);
    for (int32_t i = -25567; i <= 84005; i += 7) {
        assert_int_equal(pk_date_from_serial(&d, i, NULL), PK_OK);
        assert_true(pk_date_valid(d));
        assert_int_equal(pk_date_to_serial(&s, d, NULL), PK_OK);
        assert_int_equal(s, i);
    }
    assert_int_equal(pk_date_from_serial(&d, 84006, NULL), PK_ERANGE);
    assert_int_equal(pk_date_from_serial(&d, -25568, NULL), PK_ERANGE);
    assert_int_equal(pk_date_to_serial(&s, pk_date_of(0, 0, 0), NULL), PK_EINVAL);
}

/* The arithmetic calls fill the optional pk_error like every fallible call. */
static void test_arithmetic_errors(void **state)
{
    (void)state;
    pk_error err;
    pk_date d;
    int32_t n;
    char buf[PK_DATE_STRLEN];
    pk_error_clear(&err);
    assert_int_equal(pk_date_add_days(&d, pk_date_of(2199, 12, 31), 1, &err), PK_ERANGE);
    assert_int_equal(err.status, PK_ERANGE);
    assert_string_equal(err.field, "days");
    assert_non_null(strstr(err.text, "2199-12-31"));
    pk_error_clear(&err);
    assert_int_equal(pk_date_add_months(&d, pk_date_of(2024, 2, 30), 1, &err), PK_EINVAL);
    assert_string_equal(err.field, "date");
    pk_error_clear(&err);
    assert_int_equal(pk_date_diff_days(&n, pk_date_of(2024, 11, 27), pk_date_of(2024, 13, 1), &err), PK_EINVAL);
    assert_string_equal(err.field, "to");
    assert_int_equal(n, 0);
    pk_error_clear(&err);
    assert_int_equal(pk_date_from_serial(&d, 84006, &err), PK_ERANGE);
    assert_string_equal(err.field, "serial");
    pk_error_clear(&err);
    assert_int_equal(pk_date_to_serial(NULL, pk_date_of(2024, 11, 27), &err), PK_EINVAL);
    assert_string_equal(err.field, "out");
    pk_error_clear(&err);
    assert_int_equal(pk_date_format(buf, 4, pk_date_of(2024, 11, 27), &err), PK_EBUFSIZE);
    assert_string_equal(err.field, "size");
    assert_string_equal(buf, "");
    /* success leaves err alone */
    pk_error_clear(&err);
    err.status = PK_EIO;
    assert_int_equal(pk_date_add_days(&d, pk_date_of(2024, 11, 24), 3, &err), PK_OK);
    assert_int_equal(pk_date_compare(d, pk_date_of(2024, 11, 27)), 0);
    assert_int_equal(err.status, PK_EIO);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_valid),    cmocka_unit_test(test_parse_rejects),
        cmocka_unit_test(test_parse_error_column), cmocka_unit_test(test_format),
        cmocka_unit_test(test_weekday),        cmocka_unit_test(test_arithmetic),
        cmocka_unit_test(test_serial_roundtrip), cmocka_unit_test(test_arithmetic_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
