/* The internal RFC 4180 CSV reader shared by every data parser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "internal.h"

static void test_records(void **state)
{
    (void)state;
    const char *text = "\xEF\xBB\xBF#% id: pilkada-2024\n"
                       "# a comment\n"
                       "id,name\r\n"
                       "\n"
                       "a,\"Pendaftaran, pasangan \"\"calon\"\"\"\n"
                       "b,\"two\nlines\"\n"
                       "c,\n"
                       "d";
    pk_csv r;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk__csv_open(&r, text, strlen(text), "t.csv", &err), PK_OK);
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_DIRECTIVE);
    assert_string_equal(r.dkey, "id");
    assert_string_equal(r.dvalue, "pilkada-2024");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_int_equal(r.line, 3);
    assert_int_equal(pk__csv_find_header(&r, "name"), 1);
    assert_int_equal(pk__csv_find_header(&r, "nope"), -1);
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_int_equal(r.line, 5);
    assert_string_equal(pk__csv_field(&r, 1), "Pendaftaran, pasangan \"calon\"");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_string_equal(pk__csv_field(&r, 1), "two\nlines");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_int_equal(r.line, 8);
    assert_int_equal(r.nfields, 2);
    assert_string_equal(pk__csv_field(&r, 1), "");
    assert_string_equal(pk__csv_field(&r, 7), "");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_string_equal(pk__csv_field(&r, 0), "d");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_EOF);
    pk__csv_close(&r);
}

static void expect_error(const char *text, size_t len, pk_status status, long line)
{
    pk_csv r;
    pk_error err;
    pk_error_clear(&err);
    pk_status s = pk__csv_open(&r, text, len, "bad.csv", &err);
    int rc = 0;
    while (s == PK_OK && (rc = pk__csv_next(&r, &err)) > 0) {
    }
    if (s == PK_OK)
        s = rc;
    pk__csv_close(&r);
    assert_int_equal(s, status);
    assert_int_equal(err.line, line);
    assert_string_equal(err.source, "bad.csv");
}

static void test_errors(void **state)
{
    (void)state;
    expect_error("a,b\nc,\"open\n", 12, PK_EPARSE, 2);
    expect_error("a,b\nc,x\"y\n", 10, PK_EPARSE, 2);
    expect_error("a,b\n\"q\"z,1\n", 11, PK_EPARSE, 2);
    expect_error("a,b\nc,\xFF\n", 8, PK_EENCODING, 2);
    expect_error("a,b\nc,\xC0\xAF\n", 9, PK_EENCODING, 2);       /* overlong '/' */
    expect_error("a\nb\nc,\xED\xA0\x80\n", 10, PK_EENCODING, 3); /* surrogate */
    expect_error("a,b\nc\0d\n", 8, PK_EPARSE, 2);
    expect_error("#% nocolon\n", 11, PK_EPARSE, 1);
    expect_error("a\rb\n", 4, PK_EPARSE, 1);
}

static void test_utf8(void **state)
{
    (void)state;
    assert_true(pk__utf8_valid("Kabupaten Probolinggo", 21, NULL));
    assert_true(pk__utf8_valid("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 9, NULL));
    size_t off = 0;
    assert_false(pk__utf8_valid("ab\xE2\x82", 4, &off));
    assert_int_equal(off, 2);
    assert_false(pk__utf8_valid("\xF4\x90\x80\x80", 4, NULL)); /* > U+10FFFF */
    char small[5];
    pk__strlcpy_utf8(small, "ab\xC3\xA9z", sizeof small); /* would split the é */
    assert_string_equal(small, "ab\xC3\xA9");
    pk__strlcpy_utf8(small, "abc\xC3\xA9", sizeof small);
    assert_string_equal(small, "abc");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_records),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
