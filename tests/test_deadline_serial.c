/* The classifier's fast deadline path (pk__deadline_builtin_serial) gives
 * what the public pk_deadline_compute() gives on the built-in calendar, for
 * every deadline rule and every trigger day of 2014-2031 (the holiday
 * table's years and beyond, where working-day rules fail) and of the first
 * and last 400 days of the supported range (failures at its end); pk_date_valid() agrees with
 * pk_days_in_month() on every year, month 0..13 and day 0..32; and pk__days_from_civil() gives
 * the known serial days and inverts pk__civil_from_days(). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "workday_internal.h"

static void test_same_as_public(void **state)
{
    (void)state;
    size_t ok = 0, failed = 0;
    int32_t mid_lo = pk__days_from_civil(2014, 1, 1), mid_hi = pk__days_from_civil(2031, 12, 31);
    for (int32_t s = PK__SERIAL_MIN; s <= PK__SERIAL_MAX; s++) {
        if (s == PK__SERIAL_MIN + 400)
            s = mid_lo;
        else if (s == mid_hi + 1)
            s = PK__SERIAL_MAX - 400;
        pk_date t;
        assert_int_equal(pk_date_from_serial(&t, s, NULL), PK_OK);
        for (size_t id = 0; id < pk_deadline_count(); id++) {
            pk_deadline a, b;
            int32_t due = -1;
            memset(&b, 0x5a, sizeof b);
            pk_status rc = pk_deadline_compute(&a, NULL, (pk_deadline_id)id, t, NULL);
            int got = pk__deadline_builtin_serial(&b, &due, (pk_deadline_id)id, t, s);
            assert_int_equal(got, rc == PK_OK);
            if (rc != PK_OK) {
                static const pk_deadline zero; /* the public call leaves *out zeroed on failure */
                assert_memory_equal(&b, &zero, sizeof b);
                assert_memory_equal(&a, &zero, sizeof a);
                failed++;
                continue;
            }
            assert_ptr_equal(a.rule, b.rule);
            assert_int_equal(pk_date_compare(a.trigger, b.trigger), 0);
            assert_int_equal(pk_date_compare(a.due, b.due), 0);
            assert_int_equal(a.flags, b.flags);
            int32_t want;
            assert_int_equal(pk_date_to_serial(&want, a.due, NULL), PK_OK);
            assert_int_equal(due, want);
            ok++;
        }
    }
    /* both outcomes occur: the comparison covered successes and failures */
    assert_true(ok > 0);
    assert_true(failed > 0);
}

static void test_date_valid(void **state)
{
    (void)state;
    for (int y = PK_DATE_MIN_YEAR - 2; y <= PK_DATE_MAX_YEAR + 2; y++)
        for (int m = 0; m <= 13; m++)
            for (int d = 0; d <= 32; d++) {
                int want = y >= PK_DATE_MIN_YEAR && y <= PK_DATE_MAX_YEAR && d >= 1 &&
                           d <= pk_days_in_month(y, m);
                assert_int_equal(pk_date_valid(pk_date_of(y, m, d)), want);
            }
    /* facts of the Gregorian calendar */
    assert_true(pk_date_valid(pk_date_of(2024, 2, 29)));
    assert_false(pk_date_valid(pk_date_of(2100, 2, 29)));
    assert_true(pk_date_valid(pk_date_of(2000, 2, 29)));
    assert_false(pk_date_valid(pk_date_of(2024, 11, 31)));
}

/* The serial day numbers (days since 1970-01-01): known days, and the
 * inverse pk__civil_from_days() over the supported range and far beyond
 * it, negative years included. */
static void test_days_from_civil(void **state)
{
    (void)state;
    assert_int_equal(pk__days_from_civil(1970, 1, 1), 0);
    assert_int_equal(pk__days_from_civil(2024, 11, 27), 20054); /* voting day of Pilkada 2024 */
    assert_int_equal(pk__days_from_civil(1900, 1, 1), -25567);
    assert_int_equal(pk__days_from_civil(2199, 12, 31), 84005);
    assert_int_equal(pk__days_from_civil(2000, 3, 1) - pk__days_from_civil(2000, 2, 28), 2); /* 2000 is leap */
    assert_int_equal(pk__days_from_civil(2100, 3, 1) - pk__days_from_civil(2100, 2, 28), 1); /* 2100 is not */
    for (int32_t s = -1000000; s <= 1000000; s++) {
        int y, m, d;
        pk__civil_from_days(s, &y, &m, &d);
        assert_int_equal(pk__days_from_civil(y, m, d), s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_as_public),
        cmocka_unit_test(test_date_valid),
        cmocka_unit_test(test_days_from_civil),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
