/* Status codes, error details and versions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"

static void test_strerror(void **state)
{
    (void)state;
    for (int s = PK_OK; s >= PK_STATUS_MIN; s--) {
        assert_non_null(pk_strerror(s));
        assert_string_not_equal(pk_strerror(s), "unknown status");
        assert_memory_equal(pk_status_name(s), "PK_", 3);
    }
    assert_string_equal(pk_status_name(PK_ENOTFOUND), "PK_ENOTFOUND");
    assert_string_equal(pk_strerror(12345), "unknown status");
    assert_string_equal(pk_status_name(PK_STATUS_MIN - 1), "PK_EUNKNOWN");
    assert_string_equal(pk_source_status_name(PK_SOURCE_SINGLE_SOURCE), "SINGLE-SOURCE");
    assert_string_equal(pk_source_status_name((pk_source_status)42), "?");
}

static void test_error_detail(void **state)
{
    (void)state;
    pk_error err;
    memset(&err, 0x55, sizeof err);
    pk_error_clear(&err);
    assert_int_equal(err.status, 0);
    assert_string_equal(err.text, "");
    pk_error_clear(NULL);
    pk_free(NULL);
}

static void test_version(void **state)
{
    (void)state;
    assert_string_equal(pk_version_string(), PK_VERSION_STRING);
    assert_int_equal(pk_version_number(), PK_VERSION_NUMBER);
    assert_int_equal(PK_VERSION_NUMBER, PK_VERSION_MAJOR * 10000 + PK_VERSION_MINOR * 100 + PK_VERSION_PATCH);
    /* data version is a date-like YYYY.MM.DD string */
    const char *dv = pk_data_version();
    assert_non_null(dv);
    assert_int_equal(strlen(dv), 10);
    assert_int_equal(dv[4], '.');
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strerror),
        cmocka_unit_test(test_error_detail),
        cmocka_unit_test(test_version),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
