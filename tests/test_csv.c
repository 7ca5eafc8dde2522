/* The internal RFC 4180 CSV reader shared by every data parser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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

/* RFC 4180 details: CRLF everywhere (also after a directive and a quoted
 * field), a quoted field that ends the text, a comment and a directive on
 * the last line without a newline, a NULL source name. */
static void test_crlf_and_edges(void **state)
{
    (void)state;
    const char *text = "#% cycle: 2024 \r\n"
                       "stage,start\r\n"
                       "\"voting\",2024-11-27\r\n"
                       "\"quiet\r\nperiod\",\"2024-11-24\"\r\n"
                       "\"campaign\"";
    pk_csv r;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk__csv_open(&r, text, strlen(text), NULL, &err), PK_OK);
    assert_string_equal(r.source, "<string>");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_DIRECTIVE);
    assert_string_equal(r.dkey, "cycle");
    assert_string_equal(r.dvalue, "2024"); /* trimmed, no CR */
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_int_equal(r.line, 2);
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_string_equal(pk__csv_field(&r, 0), "voting");
    assert_string_equal(pk__csv_field(&r, 1), "2024-11-27");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_int_equal(r.line, 4);
    assert_string_equal(pk__csv_field(&r, 0), "quiet\r\nperiod"); /* quoted: kept as is */
    assert_string_equal(pk__csv_field(&r, 1), "2024-11-24");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_int_equal(r.line, 6);
    assert_int_equal(r.nfields, 1);
    assert_string_equal(pk__csv_field(&r, 0), "campaign");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_EOF);
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_EOF); /* stays at the end */
    pk__csv_close(&r);

    const char *tails[] = {"a\n# last comment", "a\n#% key: last", "a\n#", "a\n#%"};
    for (size_t i = 0; i < PK_ARRAY_LEN(tails); i++) {
        assert_int_equal(pk__csv_open(&r, tails[i], strlen(tails[i]), "t.csv", &err), PK_OK);
        assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
        int rc = pk__csv_next(&r, &err);
        if (i == 1) {
            assert_int_equal(rc, PK_CSV_DIRECTIVE);
            assert_string_equal(r.dkey, "key");
            assert_string_equal(r.dvalue, "last");
            rc = pk__csv_next(&r, &err);
        }
        if (i == 3) { /* "#%" without "key: value" is a malformed directive */
            assert_int_equal(rc, PK_EPARSE);
        } else {
            assert_int_equal(rc, PK_CSV_EOF);
        }
        pk__csv_close(&r);
    }

    /* blank CRLF lines and CRLF comments are skipped; lines still count */
    const char *blank = "# header follows\r\nid\r\n\r\n\r\nx\r\n";
    assert_int_equal(pk__csv_open(&r, blank, strlen(blank), "t.csv", &err), PK_OK);
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_int_equal(r.line, 2);
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_int_equal(r.line, 5);
    assert_string_equal(pk__csv_field(&r, 0), "x");
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_EOF);
    pk__csv_close(&r);

    /* a header line with many columns grows the field arrays past 16 */
    char wide[256];
    size_t n = 0;
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(wide + n, sizeof wide - n, "%s%d", i ? "," : "", i);
    assert_int_equal(pk__csv_open(&r, wide, n, "wide.csv", &err), PK_OK);
    assert_int_equal(pk__csv_next(&r, &err), PK_CSV_RECORD);
    assert_int_equal(r.nfields, 40);
    assert_string_equal(pk__csv_field(&r, 39), "39");
    assert_int_equal(pk__csv_find_header(&r, "17"), 17);
    pk__csv_close(&r);
}

static void test_open_errors(void **state)
{
    (void)state;
    pk_csv r;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk__csv_open(&r, NULL, 0, "x.csv", &err), PK_EINVAL);
    assert_string_equal(err.field, "text");
    pk__csv_close(&r);
    /* a quote after a closing quote, a quote in the middle of an unquoted field */
    expect_error("id\n\"a\"\"\"b\"\"\n", 11, PK_EPARSE, 2);
    expect_error("id,name\nx,ab\"c\"\n", 15, PK_EPARSE, 2);
    expect_error("id,name\r\nx,y\rz\r\n", 16, PK_EPARSE, 2);
    expect_error("id\n\"never closed", 17, PK_EPARSE, 2);
    /* a carriage return not followed by a line feed, also as the last byte */
    expect_error("id\nx\r", 5, PK_EPARSE, 2);
    expect_error("id\n\r", 4, PK_EPARSE, 2);
    expect_error("id\n\rx\n", 6, PK_EPARSE, 2);
}

/* The private byte buffer, trimming and file reading of util.c. */
/* A header naming a column twice (issue 13 item 7): the later of the two. */
static void test_duplicate_field(void **state)
{
    (void)state;
    const char *text = "b,a,c,a,b\nx\n";
    pk_csv r;
    long dup = 0;
    assert_int_equal(pk__csv_open(&r, text, strlen(text), NULL, NULL), PK_OK);
    assert_int_equal(pk__csv_next(&r, NULL), PK_CSV_RECORD);
    assert_int_equal(pk__csv_duplicate_field(&r, &dup), PK_OK);
    assert_int_equal(dup, 3); /* "a" again; the second "b" comes later */
    assert_int_equal(pk__csv_next(&r, NULL), PK_CSV_RECORD);
    assert_int_equal(pk__csv_duplicate_field(&r, &dup), PK_OK);
    assert_int_equal(dup, -1);
    pk__csv_close(&r);
    /* two repeated names: the first column that repeats an earlier one */
    text = "b,a,b,a\n";
    assert_int_equal(pk__csv_open(&r, text, strlen(text), NULL, NULL), PK_OK);
    assert_int_equal(pk__csv_next(&r, NULL), PK_CSV_RECORD);
    assert_int_equal(pk__csv_duplicate_field(&r, &dup), PK_OK);
    assert_int_equal(dup, 2);
    pk__csv_close(&r);
    text = "date,kind,name_id\n";
    assert_int_equal(pk__csv_open(&r, text, strlen(text), NULL, NULL), PK_OK);
    assert_int_equal(pk__csv_next(&r, NULL), PK_CSV_RECORD);
    assert_int_equal(pk__csv_duplicate_field(&r, &dup), PK_OK);
    assert_int_equal(dup, -1);
    pk__csv_close(&r);
}

static void test_util(void **state)
{
    (void)state;
    char s1[] = "  Kabupaten Probolinggo \t ";
    assert_string_equal(pk__trim(s1), "Kabupaten Probolinggo");
    char s2[] = " \t ";
    assert_string_equal(pk__trim(s2), "");

    /* an empty buffer detaches as "" */
    pk_buf b;
    pk__buf_init(&b);
    size_t len = 99;
    char *t = pk__buf_detach(&b, &len);
    assert_non_null(t);
    assert_string_equal(t, "");
    assert_int_equal(len, 0);
    free(t);

    pk__buf_init(&b);
    pk__buf_printf(&b, "%04d-%02d-%02d", 2024, 11, 27);
    pk__buf_puts(&b, " voting");
    t = pk__buf_detach(&b, NULL);
    assert_string_equal(t, "2024-11-27 voting");
    free(t);

    /* an append that cannot fit fails the buffer: later appends are ignored
     * and detach gives NULL with length 0 */
    pk__buf_init(&b);
    pk__buf_puts(&b, "x");
    pk__buf_append(&b, "y", SIZE_MAX - 4);
    assert_true(b.failed);
    pk__buf_puts(&b, "z");
    len = 99;
    assert_null(pk__buf_detach(&b, &len));
    assert_int_equal(len, 0);
    assert_null(b.data);

    /* strlcpy: NULL destination or size 0 do nothing; NULL source copies "" */
    char small[4] = "abc";
    pk__strlcpy_utf8(NULL, "x", 4);
    pk__strlcpy_utf8(small, "x", 0);
    assert_string_equal(small, "abc");
    pk__strlcpy_utf8(small, NULL, sizeof small);
    assert_string_equal(small, "");
    pk__strlcpy_utf8(small, "\xE2\x82\xAC\xE2\x82\xAC", sizeof small); /* only one euro sign fits */
    assert_string_equal(small, "\xE2\x82\xAC");

    /* overlong 3- and 4-byte forms, and a lone continuation byte */
    size_t off = 9;
    assert_false(pk__utf8_valid("a\xE0\x80\xAF", 4, &off));
    assert_int_equal(off, 1);
    assert_false(pk__utf8_valid("\xF0\x80\x80\xAF", 4, NULL));
    assert_false(pk__utf8_valid("ab\x80", 3, &off));
    assert_int_equal(off, 2);
    assert_true(pk__utf8_valid("\xF4\x8F\xBF\xBF", 4, NULL)); /* U+10FFFF, the last code point */
    assert_true(pk__utf8_valid("\xEF\xBF\xBF", 3, NULL));

    /* file reading: a missing file, a directory, a file over the limit */
    char *data = NULL;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk__read_file("/nonexistent/pilkada.csv", 1024, &data, &len, &err), PK_EIO);
    assert_string_equal(err.source, "/nonexistent/pilkada.csv");
    assert_null(data);
    pk_status st = pk__read_file("/", 1024, &data, &len, &err); /* fopen works on Linux, fread fails */
    assert_int_equal(st, PK_EIO);
    const char *path = "test_csv_read.tmp"; /* in the test's working directory */
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("code,name\n35.13,Kabupaten Probolinggo\n", f);
    fclose(f);
    assert_int_equal(pk__read_file(path, 10, &data, &len, &err), PK_ETOOLONG);
    assert_int_equal(pk__read_file(path, 1024, &data, &len, &err), PK_OK);
    assert_int_equal(len, 38);
    assert_string_equal(data + 10, "35.13,Kabupaten Probolinggo\n");
    free(data);
    remove(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_records),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_crlf_and_edges),
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_util),
        cmocka_unit_test(test_duplicate_field),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
