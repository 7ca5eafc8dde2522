/* Text for people in Indonesian and English: language tags, numbers with
 * thousands separators, Rupiah amounts, weekday and month names, long dates. */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* 1 if text starts with the two letters of tag (any case) and then ends or
 * has a region/locale tail ('_', '-', '.', '@'). */
static int tag_is(const char *text, const char *tag)
{
    if (lower((unsigned char)text[0]) != tag[0] || lower((unsigned char)text[1]) != tag[1])
        return 0;
    char c = text[2];
    return c == '\0' || c == '_' || c == '-' || c == '.' || c == '@';
}

pk_status pk_lang_parse(pk_lang *out, const char *text, pk_error *err)
{
    if (!out || !text)
        return pk__fail(err, PK_EINVAL, !out ? "out" : "text", "NULL argument");
    if (text[0] && tag_is(text, "id")) {
        *out = PK_LANG_ID;
        return PK_OK;
    }
    if (text[0] && tag_is(text, "en")) {
        *out = PK_LANG_EN;
        return PK_OK;
    }
    return pk__fail(err, PK_EINVAL, "lang", "unknown language (use id or en)");
}

pk_lang pk_lang_from_locale(const char *value)
{
    return value && value[0] && tag_is(value, "id") ? PK_LANG_ID : PK_LANG_EN;
}

const char *pk_lang_name(pk_lang lang)
{
    switch (lang) {
    case PK_LANG_EN: return "en";
    case PK_LANG_ID: return "id";
    }
    return "?";
}

static int lang_ok(pk_lang lang)
{
    return lang == PK_LANG_EN || lang == PK_LANG_ID;
}

/* The checks every formatter starts with: a buffer ("" when size > 0) and a language. */
static pk_status start_out(char *buf, size_t size, pk_lang lang, pk_error *err)
{
    if (!buf)
        return pk__fail(err, PK_EINVAL, "buf", "NULL argument");
    if (size)
        buf[0] = '\0';
    if (!lang_ok(lang))
        return pk__fail(err, PK_EINVAL, "lang", "unknown language %d", (int)lang);
    return PK_OK;
}

/* Writes prefix, the grouped digits of value and returns the status. */
static pk_status format_grouped(char *buf, size_t size, int64_t value, pk_lang lang, const char *prefix,
                                pk_error *err)
{
    pk_status rc = start_out(buf, size, lang, err);
    if (rc != PK_OK)
        return rc;
    char sep = lang == PK_LANG_ID ? '.' : ',';
    uint64_t u = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
    char t[PK_NUMBER_STRLEN];
    char *p = t + sizeof t;
    *--p = '\0';
    int digits = 0;
    do {
        if (digits && digits % 3 == 0)
            *--p = sep;
        *--p = (char)('0' + u % 10);
        u /= 10;
        digits++;
    } while (u);
    size_t need = (value < 0) + strlen(prefix) + (size_t)(t + sizeof t - 1 - p) + 1;
    if (size < need)
        return pk__fail(err, PK_EBUFSIZE, "size", "buffer of %zu bytes, %zu needed", size, need);
    snprintf(buf, size, "%s%s%s", value < 0 ? "-" : "", prefix, p);
    return PK_OK;
}

pk_status pk_format_number(char *buf, size_t size, int64_t value, pk_lang lang, pk_error *err)
{
    return format_grouped(buf, size, value, lang, "", err);
}

pk_status pk_format_rupiah(char *buf, size_t size, int64_t amount, pk_lang lang, pk_error *err)
{
    return format_grouped(buf, size, amount, lang, lang == PK_LANG_ID ? "Rp" : "IDR ", err);
}

static const char *const weekdays[2][7] = {
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
    {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"},
};

static const char *const months[2][12] = {
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"},
    {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
     "Desember"},
};

const char *pk_weekday_name(int weekday, pk_lang lang)
{
    if (!lang_ok(lang) || weekday < PK_MONDAY || weekday > PK_SUNDAY)
        return "?";
    return weekdays[lang][weekday - PK_MONDAY];
}

const char *pk_month_name(int month, pk_lang lang)
{
    if (!lang_ok(lang) || month < 1 || month > 12)
        return "?";
    return months[lang][month - 1];
}

pk_status pk_date_format_long(char *buf, size_t size, pk_date d, pk_lang lang, pk_error *err)
{
    pk_status rc = start_out(buf, size, lang, err);
    if (rc != PK_OK)
        return rc;
    if (!pk_date_valid(d))
        return pk__fail(err, PK_EINVAL, "date", "invalid date %d-%02d-%02d", d.year, d.month, d.day);
    char t[PK_DATE_LONG_STRLEN];
    int n = snprintf(t, sizeof t, "%s, %d %s %d", pk_weekday_name(pk_date_weekday(d), lang), d.day,
                     pk_month_name(d.month, lang), d.year);
    if (n < 0 || (size_t)n >= size)
        return pk__fail(err, PK_EBUFSIZE, "size", "buffer of %zu bytes, %d needed", size, n + 1);
    memcpy(buf, t, (size_t)n + 1);
    return PK_OK;
}
