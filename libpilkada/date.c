/* pk_date: strict ISO 8601 parsing, formatting and day arithmetic. */
#include <string.h>

#include "internal.h"
#include "pilkada/date.h"

/* Howard Hinnant's days_from_civil / civil_from_days (public-domain algorithms). */
int32_t pk__days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    if (y >= 0 && y < 1000000 && m >= 1 && m <= 12) {
        /* the same sum with the 400-year eras unfolded: unsigned divisions by
         * constants, and the day of the March-based year from a table */
        static const int16_t first_doy[12] = {306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275};
        unsigned u = (unsigned)y;
        return (int32_t)(365u * u + u / 4u - u / 100u + u / 400u) + first_doy[m - 1] + d - 1 - 719468;
    }
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

void pk__civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int32_t doe = z - era * 146097;
    const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int32_t mp = (5 * doy + 2) / 153;
    const int32_t dd = doy - (153 * mp + 2) / 5 + 1;
    const int32_t mm = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)(yoe + era * 400 + (mm <= 2));
    *m = (int)mm;
    *d = (int)dd;
}

/* Serial numbers of the first and last supported days. */
#define SERIAL_MIN PK__SERIAL_MIN
#define SERIAL_MAX PK__SERIAL_MAX

pk_date pk_date_of(int year, int month, int day)
{
    pk_date d = {year, month, day};
    return d;
}

int pk_is_leap_year(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int pk_days_in_month(int year, int month)
{
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return mdays[month - 1] + (month == 2 && pk_is_leap_year(year));
}

int pk_date_valid(pk_date d)
{
    static const signed char mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < PK_DATE_MIN_YEAR || d.year > PK_DATE_MAX_YEAR || d.month < 1 || d.month > 12 || d.day < 1)
        return 0;
    /* pk_days_in_month(), inlined: this is on every classification's path */
    return d.day <= mdays[d.month - 1] || (d.month == 2 && d.day == 29 && pk_is_leap_year(d.year));
}

static int digits(const char *s, int n, int *value)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return i;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return -1;
}

pk_status pk_date_parse_n(pk_date *out, const char *text, size_t len, pk_error *err)
{
    static const pk_date zero = {0, 0, 0};
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "output pointer is NULL");
    *out = zero;
    if (!text)
        return pk__fail(err, PK_EINVAL, "date", "date text is NULL");
    if (len == 0)
        return pk__fail_at(err, PK_EPARSE, NULL, 0, 1, "date", "empty date; expected YYYY-MM-DD");
    int y = 0, m = 0, d = 0, bad;
    if ((bad = digits(text, len < 4 ? (int)len : 4, &y)) >= 0 || len < 4)
        return pk__fail_at(err, PK_EPARSE, NULL, 0, (bad >= 0 ? bad : (int)len) + 1, "date",
                           "expected a 4-digit year in YYYY-MM-DD");
    if (len < 5 || text[4] != '-')
        return pk__fail_at(err, PK_EPARSE, NULL, 0, 5, "date", "expected '-' after the year in YYYY-MM-DD");
    if (len < 7 || digits(text + 5, 2, &m) >= 0)
        return pk__fail_at(err, PK_EPARSE, NULL, 0, 6, "date", "expected a 2-digit month in YYYY-MM-DD");
    if (len < 8 || text[7] != '-')
        return pk__fail_at(err, PK_EPARSE, NULL, 0, 8, "date", "expected '-' after the month in YYYY-MM-DD");
    if (len < 10 || digits(text + 8, 2, &d) >= 0)
        return pk__fail_at(err, PK_EPARSE, NULL, 0, 9, "date", "expected a 2-digit day in YYYY-MM-DD");
    if (len > 10)
        return pk__fail_at(err, PK_EPARSE, NULL, 0, 11, "date", "unexpected text after YYYY-MM-DD");
    if (m < 1 || m > 12)
        return pk__fail_at(err, PK_EPARSE, NULL, 0, 6, "date", "month %02d does not exist", m);
    if (d < 1 || d > pk_days_in_month(y, m))
        return pk__fail_at(err, PK_EPARSE, NULL, 0, 9, "date", "day %02d does not exist in %04d-%02d", d, y, m);
    if (y < PK_DATE_MIN_YEAR || y > PK_DATE_MAX_YEAR)
        return pk__fail_at(err, PK_ERANGE, NULL, 0, 1, "date", "year %04d is outside %d..%d", y,
                           PK_DATE_MIN_YEAR, PK_DATE_MAX_YEAR);
    out->year = y;
    out->month = m;
    out->day = d;
    return PK_OK;
}

pk_status pk_date_parse(pk_date *out, const char *text, pk_error *err)
{
    if (!text) {
        if (out)
            memset(out, 0, sizeof *out);
        return pk__fail(err, PK_EINVAL, "date", "date text is NULL");
    }
    /* only look at the first 11 bytes: anything longer is trailing junk */
    size_t len = 0;
    while (len < 11 && text[len])
        len++;
    return pk_date_parse_n(out, text, len, err);
}

pk_status pk_date_format(char *buf, size_t size, pk_date d, pk_error *err)
{
    if (!buf)
        return pk__fail(err, PK_EINVAL, "buf", "output buffer is NULL");
    if (size > 0)
        buf[0] = '\0';
    if (!pk_date_valid(d))
        return pk__fail(err, PK_EINVAL, "date", "invalid date %d-%d-%d", d.year, d.month, d.day);
    if (size < PK_DATE_STRLEN)
        return pk__fail(err, PK_EBUFSIZE, "size", "buffer of %zu bytes; a date needs %d", size, PK_DATE_STRLEN);
    /* manual formatting: faster than snprintf and warning-free */
    int y = d.year;
    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + d.month / 10);
    buf[6] = (char)('0' + d.month % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + d.day / 10);
    buf[9] = (char)('0' + d.day % 10);
    buf[10] = '\0';
    return PK_OK;
}

pk_status pk_date_to_serial(int32_t *out, pk_date d, pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "output pointer is NULL");
    *out = 0;
    if (!pk_date_valid(d))
        return pk__fail(err, PK_EINVAL, "date", "invalid date %d-%d-%d", d.year, d.month, d.day);
    *out = pk__days_from_civil(d.year, d.month, d.day);
    return PK_OK;
}

pk_status pk_date_from_serial(pk_date *out, int32_t serial, pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "output pointer is NULL");
    memset(out, 0, sizeof *out);
    if (serial < SERIAL_MIN || serial > SERIAL_MAX)
        return pk__fail(err, PK_ERANGE, "serial", "day number %ld is outside %d..%d (1900-01-01..2199-12-31)",
                        (long)serial, SERIAL_MIN, SERIAL_MAX);
    pk__civil_from_days(serial, &out->year, &out->month, &out->day);
    return PK_OK;
}

pk_status pk_date_add_days(pk_date *out, pk_date d, int32_t days, pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "output pointer is NULL");
    memset(out, 0, sizeof *out);
    if (!pk_date_valid(d))
        return pk__fail(err, PK_EINVAL, "date", "invalid date %d-%d-%d", d.year, d.month, d.day);
    int64_t s = (int64_t)pk__days_from_civil(d.year, d.month, d.day) + days;
    if (s < SERIAL_MIN || s > SERIAL_MAX)
        return pk__fail(err, PK_ERANGE, "days", "%04d-%02d-%02d %+ld days is outside %d..%d", d.year, d.month,
                        d.day, (long)days, PK_DATE_MIN_YEAR, PK_DATE_MAX_YEAR);
    pk__civil_from_days((int32_t)s, &out->year, &out->month, &out->day);
    return PK_OK;
}

pk_status pk_date_add_months(pk_date *out, pk_date d, int32_t months, pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "output pointer is NULL");
    memset(out, 0, sizeof *out);
    if (!pk_date_valid(d))
        return pk__fail(err, PK_EINVAL, "date", "invalid date %d-%d-%d", d.year, d.month, d.day);
    int64_t idx = (int64_t)d.year * 12 + (d.month - 1) + months;
    if (idx < (int64_t)PK_DATE_MIN_YEAR * 12 || idx > (int64_t)PK_DATE_MAX_YEAR * 12 + 11)
        return pk__fail(err, PK_ERANGE, "months", "%04d-%02d-%02d %+ld months is outside %d..%d", d.year,
                        d.month, d.day, (long)months, PK_DATE_MIN_YEAR, PK_DATE_MAX_YEAR);
    int y = (int)(idx / 12), m = (int)(idx % 12) + 1;
    int dim = pk_days_in_month(y, m);
    out->year = y;
    out->month = m;
    out->day = d.day > dim ? dim : d.day;
    return PK_OK;
}

pk_status pk_date_diff_days(int32_t *out, pk_date from, pk_date to, pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "output pointer is NULL");
    *out = 0;
    if (!pk_date_valid(from))
        return pk__fail(err, PK_EINVAL, "from", "invalid date %d-%d-%d", from.year, from.month, from.day);
    if (!pk_date_valid(to))
        return pk__fail(err, PK_EINVAL, "to", "invalid date %d-%d-%d", to.year, to.month, to.day);
    *out = pk__days_from_civil(to.year, to.month, to.day) - pk__days_from_civil(from.year, from.month, from.day);
    return PK_OK;
}

int pk_date_weekday(pk_date d)
{
    if (!pk_date_valid(d))
        return PK_EINVAL;
    int32_t s = pk__days_from_civil(d.year, d.month, d.day);
    /* 1970-01-01 was a Thursday (4) */
    int32_t w = (s % 7 + 7 + 3) % 7; /* 0 = Monday */
    return (int)w + 1;
}

int pk_date_compare(pk_date a, pk_date b)
{
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month != b.month)
        return a.month < b.month ? -1 : 1;
    if (a.day != b.day)
        return a.day < b.day ? -1 : 1;
    return 0;
}
