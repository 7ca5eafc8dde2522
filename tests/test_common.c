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

/* Indonesian writes thousands with '.', and statutes write fines as
 * "Rp200.000.000,00" (UU 10/2016 Pasal 187A: "denda paling sedikit
 * Rp200.000.000,00 (dua ratus juta rupiah)"). */
static void test_lang_format(void **state)
{
    (void)state;
    char b[PK_RUPIAH_STRLEN];
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_format_rupiah(b, sizeof b, 200000000, PK_LANG_ID, &err), PK_OK);
    assert_string_equal(b, "Rp200.000.000");
    assert_int_equal(pk_format_rupiah(b, sizeof b, 1000000000, PK_LANG_EN, NULL), PK_OK);
    assert_string_equal(b, "IDR 1,000,000,000");
    assert_int_equal(pk_format_rupiah(b, sizeof b, -5000, PK_LANG_ID, NULL), PK_OK);
    assert_string_equal(b, "-Rp5.000");
    assert_int_equal(pk_format_number(b, sizeof b, 999, PK_LANG_ID, NULL), PK_OK);
    assert_string_equal(b, "999");
    assert_int_equal(pk_format_number(b, sizeof b, 0, PK_LANG_EN, NULL), PK_OK);
    assert_string_equal(b, "0");
    assert_int_equal(pk_format_number(b, sizeof b, INT64_MIN, PK_LANG_ID, NULL), PK_OK);
    assert_string_equal(b, "-9.223.372.036.854.775.808");
    assert_int_equal(pk_format_rupiah(b, sizeof b, INT64_MIN, PK_LANG_EN, NULL), PK_OK);
    /* too small: "" and PK_EBUFSIZE; bad language and NULL buffer: PK_EINVAL */
    assert_int_equal(pk_format_rupiah(b, 13, 200000000, PK_LANG_ID, &err), PK_EBUFSIZE);
    assert_string_equal(b, "");
    assert_int_equal(pk_format_rupiah(b, 14, 200000000, PK_LANG_ID, &err), PK_OK);
    assert_int_equal(pk_format_number(b, sizeof b, 1, (pk_lang)7, &err), PK_EINVAL);
    assert_string_equal(err.field, "lang");
    assert_int_equal(pk_format_number(NULL, 4, 1, PK_LANG_ID, &err), PK_EINVAL);

    /* 27 November 2024 (voting day) was a Wednesday: Rabu */
    char d[PK_DATE_LONG_STRLEN];
    assert_int_equal(pk_date_format_long(d, sizeof d, pk_date_of(2024, 11, 27), PK_LANG_ID, &err), PK_OK);
    assert_string_equal(d, "Rabu, 27 November 2024");
    assert_int_equal(pk_date_format_long(d, sizeof d, pk_date_of(2024, 8, 17), PK_LANG_EN, &err), PK_OK);
    assert_string_equal(d, "Saturday, 17 August 2024");
    assert_int_equal(pk_date_format_long(d, sizeof d, pk_date_of(2024, 8, 17), PK_LANG_ID, &err), PK_OK);
    assert_string_equal(d, "Sabtu, 17 Agustus 2024");
    assert_int_equal(pk_date_format_long(d, 10, pk_date_of(2024, 8, 17), PK_LANG_ID, &err), PK_EBUFSIZE);
    assert_int_equal(pk_date_format_long(d, sizeof d, pk_date_of(2024, 2, 30), PK_LANG_ID, &err), PK_EINVAL);
    assert_string_equal(pk_weekday_name(PK_FRIDAY, PK_LANG_ID), "Jumat");
    assert_string_equal(pk_weekday_name(PK_SUNDAY, PK_LANG_ID), "Minggu");
    assert_string_equal(pk_weekday_name(0, PK_LANG_ID), "?");
    assert_string_equal(pk_month_name(5, PK_LANG_ID), "Mei");
    assert_string_equal(pk_month_name(12, PK_LANG_EN), "December");
    assert_string_equal(pk_month_name(13, PK_LANG_EN), "?");

    /* languages from tags and locales */
    pk_lang l = PK_LANG_EN;
    assert_int_equal(pk_lang_parse(&l, "ID", NULL), PK_OK);
    assert_int_equal(l, PK_LANG_ID);
    assert_int_equal(pk_lang_parse(&l, "en_US.UTF-8", NULL), PK_OK);
    assert_int_equal(l, PK_LANG_EN);
    assert_int_equal(pk_lang_parse(&l, "ida", &err), PK_EINVAL);
    assert_int_equal(pk_lang_parse(&l, "", &err), PK_EINVAL);
    assert_int_equal(pk_lang_parse(&l, "fr", &err), PK_EINVAL);
    assert_int_equal(l, PK_LANG_EN);
    assert_int_equal(pk_lang_from_locale("id_ID.UTF-8"), PK_LANG_ID);
    assert_int_equal(pk_lang_from_locale("id"), PK_LANG_ID);
    assert_int_equal(pk_lang_from_locale("C"), PK_LANG_EN);
    assert_int_equal(pk_lang_from_locale("i"), PK_LANG_EN);
    assert_int_equal(pk_lang_from_locale(NULL), PK_LANG_EN);
    assert_string_equal(pk_lang_name(PK_LANG_ID), "id");
    assert_string_equal(pk_strerror_lang(PK_ENOTFOUND, PK_LANG_ID), "tidak ditemukan");
    assert_string_equal(pk_strerror_lang(PK_ENOTFOUND, PK_LANG_EN), pk_strerror(PK_ENOTFOUND));
    for (int s = PK_OK; s >= PK_STATUS_MIN; s--)
        assert_string_not_equal(pk_strerror_lang(s, PK_LANG_ID), pk_strerror(s));
}

/* Language tags, names of out-of-range values and small buffers. */
static void test_format_edges(void **state)
{
    (void)state;
    pk_lang l = PK_LANG_EN;
    pk_error err;
    assert_int_equal(pk_lang_parse(NULL, "id", &err), PK_EINVAL);
    assert_string_equal(err.field, "out");
    assert_int_equal(pk_lang_parse(&l, NULL, &err), PK_EINVAL);
    assert_string_equal(err.field, "text");
    static const struct {
        const char *tag;
        int lang; /* -1: refused */
    } tags[] = {{"id", PK_LANG_ID},      {"ID", PK_LANG_ID},  {"id.UTF-8", PK_LANG_ID}, {"id@latin", PK_LANG_ID},
                {"id-ID", PK_LANG_ID},   {"en_GB", PK_LANG_EN}, {"en.UTF-8", PK_LANG_EN}, {"idn", -1},
                {"i", -1},               {"", -1},            {"ms", -1},             {"e", -1}};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        pk_status st = pk_lang_parse(&l, tags[i].tag, &err);
        if (tags[i].lang < 0) {
            assert_int_equal(st, PK_EINVAL);
        } else {
            assert_int_equal(st, PK_OK);
            assert_int_equal(l, tags[i].lang);
        }
    }
    assert_int_equal(pk_lang_from_locale("id_ID.UTF-8"), PK_LANG_ID);
    assert_int_equal(pk_lang_from_locale("C.UTF-8"), PK_LANG_EN);
    assert_int_equal(pk_lang_from_locale(""), PK_LANG_EN);
    assert_int_equal(pk_lang_from_locale(NULL), PK_LANG_EN);
    assert_string_equal(pk_lang_name(PK_LANG_EN), "en");
    assert_string_equal(pk_lang_name(PK_LANG_ID), "id");
    assert_string_equal(pk_lang_name((pk_lang)7), "?");
    assert_string_equal(pk_weekday_name(PK_WEDNESDAY, PK_LANG_ID), "Rabu");
    assert_string_equal(pk_weekday_name(0, PK_LANG_ID), "?");
    assert_string_equal(pk_weekday_name(8, PK_LANG_EN), "?");
    assert_string_equal(pk_weekday_name(PK_MONDAY, (pk_lang)7), "?");
    assert_string_equal(pk_month_name(11, PK_LANG_ID), "November");
    assert_string_equal(pk_month_name(0, PK_LANG_EN), "?");
    assert_string_equal(pk_month_name(13, PK_LANG_ID), "?");
    assert_string_equal(pk_month_name(1, (pk_lang)7), "?");
    /* long dates: voting day of Pilkada 2024 */
    char buf[PK_DATE_LONG_STRLEN];
    assert_int_equal(pk_date_format_long(buf, sizeof buf, pk_date_of(2024, 11, 27), PK_LANG_ID, &err), PK_OK);
    assert_string_equal(buf, "Rabu, 27 November 2024");
    assert_int_equal(pk_date_format_long(buf, 22, pk_date_of(2024, 11, 27), PK_LANG_ID, &err), PK_EBUFSIZE);
    assert_string_equal(buf, "");
    assert_int_equal(pk_date_format_long(buf, 23, pk_date_of(2024, 11, 27), PK_LANG_ID, &err), PK_OK);
    assert_int_equal(pk_date_format_long(NULL, 40, pk_date_of(2024, 11, 27), PK_LANG_ID, &err), PK_EINVAL);
    assert_int_equal(pk_date_format_long(buf, sizeof buf, pk_date_of(2024, 11, 27), (pk_lang)7, &err), PK_EINVAL);
    assert_int_equal(pk_date_format_long(buf, sizeof buf, pk_date_of(2023, 2, 29), PK_LANG_EN, &err), PK_EINVAL);
    /* a zero-sized buffer is not written */
    buf[0] = 'x';
    assert_int_equal(pk_format_number(buf, 0, 5, PK_LANG_EN, &err), PK_EBUFSIZE);
    assert_int_equal(buf[0], 'x');
    /* status texts of unknown codes, in both languages */
    assert_string_equal(pk_strerror_lang(PK_ENOTFOUND, PK_LANG_ID), "tidak ditemukan");
    assert_string_equal(pk_strerror_lang(-999, PK_LANG_ID), "status tidak dikenal");
    assert_string_equal(pk_strerror_lang(-999, PK_LANG_EN), "unknown status");
    assert_string_equal(pk_strerror_lang(PK_ENOTFOUND, PK_LANG_EN), "not found");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strerror),
        cmocka_unit_test(test_lang_format),
        cmocka_unit_test(test_error_detail),
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_format_edges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
