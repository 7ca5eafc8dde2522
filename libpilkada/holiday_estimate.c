/* Estimated national holidays for years without a decree (pk_holidays_estimate()).
 *
 * Methods (each row's basis names its own):
 *  - fixed dates set by law: 1 Jan, 1 May (Keppres 24/2013, from 2014),
 *    1 Jun (Keppres 24/2016, from 2017), 17 Aug, 25 Dec;
 *  - Easter-based: Easter Sunday by the Gregorian computus (the anonymous
 *    "Meeus/Jones/Butcher" algorithm, Meeus, Astronomical Algorithms ch. 8),
 *    Good Friday = Easter - 2, Ascension = Easter + 39, Easter Sunday itself
 *    from 2024 (first listed in the SKB for 2024);
 *  - lunar and lunisolar ones from the instants of new and full moon by
 *    Meeus, Astronomical Algorithms (2nd ed.) ch. 49 (mean phase, periodic
 *    and planetary terms; Delta T by the Espenak-Meeus polynomial for
 *    2005-2050), in whole days of the zone named:
 *      Hijri months: day 1 is the day after the first 18:00 WIB (11:00 UTC,
 *      sunset in Jakarta) at which the Moon is at least 8 hours past
 *      conjunction - the moon-age limb of the MABIMS imkanur rukyat criteria
 *      (altitude 2 deg, elongation 3 deg or age 8 h) that Kemenag used until
 *      2021; months numbered from 1 Muharram 1446 H = 2024-07-07. Isra
 *      Mikraj 27 Rajab, Idul Fitri 1-2 Syawal, Idul Adha 10 Zulhijah, Islamic
 *      New Year 1 Muharram, Maulid 12 Rabiulawal;
 *      Imlek: the first new moon on or after 21 January, UTC+8 date;
 *      Nyepi: the first new moon on or after 2 March, WITA (UTC+8) date (the
 *      Balinese Tilem Kesanga is counted arithmetically and usually falls the
 *      day before the astronomical new moon; Nyepi is the day after Tilem);
 *      Waisak: the first full moon on or after 7 May, WIB date (a window that
 *      reproduces the 2015-2026 decrees, in which Waisak was the full moon of
 *      the fourth month of the Chinese calendar).
 * Cuti bersama are not estimated: they are set each year by the SKB and
 * cannot be derived; callers are told through PK_RESULT_ESTIMATED.
 *
 * No libm: the sines come from pk__sin_deg() below (range reduction and a
 * Taylor series, error below 1e-12), so the library keeps no link
 * dependency. Everything is pure computation on the stack. */
#include <stdlib.h>
#include <string.h>

#include "workday_internal.h"

#define PI 3.14159265358979323846

/* sin of an angle in degrees. */
static double sin_deg(double deg)
{
    double t = deg / 360.0;
    long long w = (long long)t;
    t -= (double)w; /* (-1, 1) */
    double x = t * 2.0 * PI;
    if (x > PI)
        x -= 2.0 * PI;
    else if (x < -PI)
        x += 2.0 * PI;
    /* fold into [-pi/2, pi/2]: sin(pi - x) = sin(x) */
    if (x > PI / 2)
        x = PI - x;
    else if (x < -PI / 2)
        x = -PI - x;
    double x2 = x * x, term = x, sum = x;
    for (int n = 1; n <= 10; n++) {
        term *= -x2 / (double)((2 * n) * (2 * n + 1));
        sum += term;
    }
    return sum;
}

/* floor() for the magnitudes used here. */
static long long floor_ll(double v)
{
    long long i = (long long)v;
    return (double)i > v ? i - 1 : i;
}

/* Julian Ephemeris Day of lunation k (k integer: new moon; k + 0.5 with
 * full = 1: full moon), converted to UT with Delta T. Meeus ch. 49. */
static double moon_phase_jd(double k, int full)
{
    double T = k / 1236.85, T2 = T * T, T3 = T2 * T, T4 = T3 * T;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.000000150 * T3 + 0.00000000073 * T4;
    double E = 1.0 - 0.002516 * T - 0.0000074 * T2;
    double M = 2.5534 + 29.10535670 * k - 0.0000014 * T2 - 0.00000011 * T3;
    double Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
    double F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
    double O = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
    double c;
    if (!full)
        c = -0.40720 * sin_deg(Mp) + 0.17241 * E * sin_deg(M) + 0.01608 * sin_deg(2 * Mp) + 0.01039 * sin_deg(2 * F) +
            0.00739 * E * sin_deg(Mp - M) - 0.00514 * E * sin_deg(Mp + M) + 0.00208 * E * E * sin_deg(2 * M);
    else
        c = -0.40614 * sin_deg(Mp) + 0.17302 * E * sin_deg(M) + 0.01614 * sin_deg(2 * Mp) + 0.01043 * sin_deg(2 * F) +
            0.00734 * E * sin_deg(Mp - M) - 0.00515 * E * sin_deg(Mp + M) + 0.00209 * E * E * sin_deg(2 * M);
    c += -0.00111 * sin_deg(Mp - 2 * F) - 0.00057 * sin_deg(Mp + 2 * F) + 0.00056 * E * sin_deg(2 * Mp + M) -
         0.00042 * sin_deg(3 * Mp) + 0.00042 * E * sin_deg(M + 2 * F) + 0.00038 * E * sin_deg(M - 2 * F) -
         0.00024 * E * sin_deg(2 * Mp - M) - 0.00017 * sin_deg(O) - 0.00007 * sin_deg(Mp + 2 * M) +
         0.00004 * sin_deg(2 * Mp - 2 * F) + 0.00004 * sin_deg(3 * M) + 0.00003 * sin_deg(Mp + M - 2 * F) +
         0.00003 * sin_deg(2 * Mp + 2 * F) - 0.00003 * sin_deg(Mp + M + 2 * F) + 0.00003 * sin_deg(Mp - M + 2 * F) -
         0.00002 * sin_deg(Mp - M - 2 * F) - 0.00002 * sin_deg(3 * Mp + M) + 0.00002 * sin_deg(4 * Mp);
    /* planetary arguments A1..A14 */
    static const double A[14][4] = {
        {299.77, 0.107408, -0.009173, 0.000325}, {251.88, 0.016321, 0, 0.000165}, {251.83, 26.651886, 0, 0.000164},
        {349.42, 36.412478, 0, 0.000126},        {84.66, 18.206239, 0, 0.000110}, {141.74, 53.303771, 0, 0.000062},
        {207.14, 2.453732, 0, 0.000060},         {154.84, 7.306860, 0, 0.000056}, {34.52, 27.261239, 0, 0.000047},
        {207.19, 0.121824, 0, 0.000042},         {291.34, 1.844379, 0, 0.000040}, {161.72, 24.198154, 0, 0.000037},
        {239.56, 25.513099, 0, 0.000035},        {331.55, 3.592518, 0, 0.000023}};
    for (int i = 0; i < 14; i++)
        c += A[i][3] * sin_deg(A[i][0] + A[i][1] * k + A[i][2] * T2);
    jde += c;
    double t = k / 12.3685; /* years since 2000 */
    double dt = 62.92 + 0.32217 * t + 0.005589 * t * t;
    return jde - dt / 86400.0;
}

/* Serial day (days since 1970-01-01) of a Julian Day in a zone UTC+hours. */
static int32_t jd_serial(double jd, double hours)
{
    return (int32_t)floor_ll(jd - 2440587.5 + hours / 24.0);
}

/* Lunation number of a new moon near serial day s (k = 0: 2000-01-06). */
static long long lunation_near(int32_t s)
{
    return floor_ll(((double)s - 10962.0) / 29.530588861);
}

/* First new (or full) moon whose date in zone UTC+hours is on or after serial s. */
static int32_t phase_on_or_after(int32_t s, double hours, int full)
{
    for (long long k = lunation_near(s) - 2;; k++) {
        int32_t d = jd_serial(moon_phase_jd((double)k + (full ? 0.5 : 0.0), full), hours);
        if (d >= s)
            return d;
    }
}

/* Hijri calendar: months counted from 1 Muharram 1 AH (index 0); lunation k
 * starts month index k + HIJRI_K0. 1 Muharram 1446 = index 17340 = k 303. */
#define HIJRI_K0 17037LL
#define SUNSET_UTC_HOURS 11.0 /* 18:00 WIB, sunset in Jakarta */
#define MOON_AGE_HOURS 8.0

static int32_t hijri_month_start(long long k)
{
    double t = moon_phase_jd((double)k, 0) - 2440587.5; /* days since 1970, UT */
    long long d = floor_ll(t - SUNSET_UTC_HOURS / 24.0);
    while ((double)d + SUNSET_UTC_HOURS / 24.0 < t + MOON_AGE_HOURS / 24.0)
        d++;
    return (int32_t)(d + 1);
}

/* Serial of day `day` of Hijri month `month` (1..12) of year `hy`. */
static int32_t hijri_serial(long long hy, int month, int day)
{
    long long idx = (hy - 1) * 12 + (month - 1);
    return hijri_month_start(idx - HIJRI_K0) + day - 1;
}

static int32_t easter_serial(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, dd = (h + l - 7 * m + 114) % 31 + 1;
    return pk__days_from_civil(y, month, dd);
}

enum { M_FIXED, M_FIXED_1MAY, M_FIXED_1JUN, M_EASTER, M_HIJRI, M_IMLEK, M_NYEPI, M_WAISAK };

static const char *const method_text[] = {
    "estimated (no decree): fixed date",
    "estimated (no decree): fixed date 1 May (Keppres 24/2013)",
    "estimated (no decree): fixed date 1 June (Keppres 24/2016)",
    "estimated (no decree): Easter by the Gregorian computus (Meeus, Astronomical Algorithms ch. 8)",
    "estimated (no decree): Hijri month from the new moon (Meeus, Astronomical Algorithms ch. 49); day 1 after "
    "the first 18:00 WIB with the Moon at least 8 h past conjunction (MABIMS moon-age criterion)",
    "estimated (no decree): first new moon on or after 21 January, UTC+8 (Meeus ch. 49)",
    "estimated (no decree): first new moon on or after 2 March, WITA date (Meeus ch. 49; Tilem Kesanga + 1)",
    "estimated (no decree): first full moon on or after 7 May, WIB date (Meeus ch. 49; window fitted to the "
    "2015-2026 decrees)",
};

typedef struct est_def {
    int method;
    int a, b;     /* fixed: month, day; Easter: offset; Hijri: month, day */
    int from;     /* first year the holiday exists (0: always) */
    const char *name_id, *name_en;
} est_def;

static const est_def defs[] = {
    {M_FIXED, 1, 1, 0, "Tahun Baru Masehi", "New Year's Day"},
    {M_HIJRI, 7, 27, 0, "Isra Mikraj Nabi Muhammad SAW", "Isra and Mi'raj"},
    {M_IMLEK, 0, 0, 0, "Tahun Baru Imlek", "Lunar New Year"},
    {M_NYEPI, 0, 0, 0, "Hari Suci Nyepi Tahun Baru Saka", "Day of Silence (Nyepi, Saka New Year)"},
    {M_HIJRI, 10, 1, 0, "Hari Raya Idul Fitri (hari pertama)", "Eid al-Fitr (day 1)"},
    {M_HIJRI, 10, 2, 0, "Hari Raya Idul Fitri (hari kedua)", "Eid al-Fitr (day 2)"},
    {M_EASTER, -2, 0, 0, "Wafat Yesus Kristus", "Good Friday"},
    {M_EASTER, 0, 0, 2024, "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday"},
    {M_FIXED_1MAY, 5, 1, 2014, "Hari Buruh Internasional", "International Labour Day"},
    {M_WAISAK, 0, 0, 0, "Hari Raya Waisak", "Vesak Day"},
    {M_EASTER, 39, 0, 0, "Kenaikan Yesus Kristus", "Ascension of Jesus Christ"},
    {M_FIXED_1JUN, 6, 1, 2017, "Hari Lahir Pancasila", "Pancasila Day"},
    {M_HIJRI, 12, 10, 0, "Hari Raya Idul Adha", "Eid al-Adha"},
    {M_HIJRI, 1, 1, 0, "Tahun Baru Islam", "Islamic New Year"},
    {M_FIXED, 8, 17, 0, "Proklamasi Kemerdekaan", "Independence Day"},
    {M_HIJRI, 3, 12, 0, "Maulid Nabi Muhammad SAW", "Prophet Muhammad's Birthday (Mawlid)"},
    {M_FIXED, 12, 25, 0, "Kelahiran Yesus Kristus (Hari Raya Natal)", "Christmas Day"},
};

static int cmp_holiday(const void *a, const void *b)
{
    const pk_holiday *x = a, *y = b;
    int c = pk_date_compare(x->date, y->date);
    if (c)
        return c;
    return strcmp(x->name_en, y->name_en);
}

static void put(pk_holiday *out, size_t *n, size_t cap, int32_t s, const est_def *d)
{
    if (*n >= cap)
        return;
    pk_holiday *h = &out[(*n)++];
    memset(h, 0, sizeof *h);
    pk__civil_from_days(s, &h->date.year, &h->date.month, &h->date.day);
    h->kind = PK_HOLIDAY_NATIONAL;
    h->name_id = d->name_id;
    h->name_en = d->name_en;
    h->basis = method_text[d->method];
    h->status = PK_SOURCE_DERIVED;
    h->flags = PK_HOLIDAY_FLAG_ESTIMATED;
}

size_t pk__holidays_estimate_year(int year, pk_holiday *out, size_t cap)
{
    size_t n = 0;
    int32_t y0 = pk__days_from_civil(year, 1, 1), y1 = pk__days_from_civil(year + 1, 1, 1);
    for (size_t i = 0; i < PK_ARRAY_LEN(defs); i++) {
        const est_def *d = &defs[i];
        if (d->from && year < d->from)
            continue;
        switch (d->method) {
        case M_FIXED:
        case M_FIXED_1MAY:
        case M_FIXED_1JUN:
            put(out, &n, cap, pk__days_from_civil(year, d->a, d->b), d);
            break;
        case M_EASTER:
            put(out, &n, cap, easter_serial(year) + d->a, d);
            break;
        case M_IMLEK:
            put(out, &n, cap, phase_on_or_after(pk__days_from_civil(year, 1, 21), 8.0, 0), d);
            break;
        case M_NYEPI:
            put(out, &n, cap, phase_on_or_after(pk__days_from_civil(year, 3, 2), 8.0, 0), d);
            break;
        case M_WAISAK:
            put(out, &n, cap, phase_on_or_after(pk__days_from_civil(year, 5, 7), 7.0, 1), d);
            break;
        default: { /* M_HIJRI: a Gregorian year holds parts of two or three Hijri years */
            long long hy = ((long long)year - 622) * 33 / 32; /* Hijri year near the start of `year` */
            for (long long k = hy - 1; k <= hy + 2; k++) {
                int32_t s = hijri_serial(k, d->a, d->b);
                if (s >= y0 && s < y1)
                    put(out, &n, cap, s, d);
            }
            break;
        }
        }
    }
    qsort(out, n, sizeof *out, cmp_holiday);
    return n;
}

pk_status pk_holidays_estimate(pk_holiday_table **out, int first_year, int last_year, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    if (first_year < PK_DATE_MIN_YEAR || last_year > PK_DATE_MAX_YEAR || first_year > last_year)
        return pk__fail(err, PK_EINVAL, first_year > last_year ? "last_year" : "first_year",
                        "years %d-%d: want FIRST <= LAST within %d..%d", first_year, last_year, PK_DATE_MIN_YEAR,
                        PK_DATE_MAX_YEAR);
    size_t years = (size_t)last_year - (size_t)first_year + 1;
    size_t cap = years * PK__EST_PER_YEAR;
    pk_holiday_table *t = calloc(1, sizeof *t);
    pk_holiday *rows = malloc(cap * sizeof *rows);
    if (!t || !rows) {
        free(t);
        free(rows);
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    }
    size_t n = 0;
    for (int y = first_year; y <= last_year; y++)
        n += pk__holidays_estimate_year(y, rows + n, cap - n);
    /* two Hijri holidays on one day cannot be told apart by date: keep the
     * rows sorted and unique by date, the first name wins (none in 1900-2199
     * for the defaults, but the table invariant must hold) */
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || pk_date_compare(rows[u - 1].date, rows[i].date) != 0)
            rows[u++] = rows[i];
    t->rows = rows;
    t->count = u;
    t->first_year = first_year;
    t->last_year = last_year;
    t->builtin = 0;
    t->owned = rows;
    *out = t;
    return PK_OK;
}

pk_status pk_holidays_merge(pk_holiday_table **out, const pk_holiday_table *base, const pk_holiday_table *overlay,
                            pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !base || !overlay)
        return pk__fail(err, PK_EINVAL, !out ? "out" : !base ? "base" : "overlay", "NULL argument");
    if (overlay->first_year > base->last_year + 1 || overlay->last_year < base->first_year - 1)
        return pk__fail(err, PK_EINVAL, "overlay",
                        "the overlay's years %d-%d leave a gap next to the base years %d-%d (a table covers one "
                        "run of years)",
                        overlay->first_year, overlay->last_year, base->first_year, base->last_year);
    size_t cap = base->count + overlay->count;
    pk_holiday_table *t = calloc(1, sizeof *t);
    pk_holiday *rows = malloc((cap ? cap : 1) * sizeof *rows);
    if (!t || !rows) {
        free(t);
        free(rows);
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    }
    /* strings stay borrowed from the inputs: the merged table must not
     * outlive them (documented) */
    size_t n = 0, i = 0, j = 0;
    while (i < base->count || j < overlay->count) {
        const pk_holiday *b = i < base->count ? &base->rows[i] : NULL;
        if (b && b->date.year >= overlay->first_year && b->date.year <= overlay->last_year) {
            i++; /* the overlay's years replace the base's */
            continue;
        }
        const pk_holiday *o = j < overlay->count ? &overlay->rows[j] : NULL;
        if (o && (!b || pk_date_compare(o->date, b->date) <= 0)) {
            rows[n++] = *o;
            j++;
        } else if (b) {
            rows[n++] = *b;
            i++;
        } else {
            break; /* not reached: the loop runs while either side has rows */
        }
    }
    t->rows = rows;
    t->count = n;
    t->first_year = base->first_year < overlay->first_year ? base->first_year : overlay->first_year;
    t->last_year = base->last_year > overlay->last_year ? base->last_year : overlay->last_year;
    t->builtin = 0;
    t->owned = rows;
    *out = t;
    return PK_OK;
}
