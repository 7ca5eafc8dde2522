/* Working-day calendars: compiled dense tables so that adding and counting
 * working days is O(1) (two table look-ups), with weekday arithmetic outside
 * the tabulated range. See workday_internal.h for the layout. */
#include <stdlib.h>
#include <string.h>

#include "workday_internal.h"

/* ------------------------------------------------------------ weekdays --
 * Weekday index: wk_index(s) = number of Monday-Friday days in [E, s) where
 * E = 1969-12-29 (a Monday, serial -3); negative before E. wk_serial(k) is
 * the k-th Monday-Friday day from E, so wk_serial(wk_index(s)) == s for a
 * weekday s and the next Monday for a Saturday or Sunday. */
#define PK_EPOCH_MONDAY (-3)

static inline int32_t floor_div(int32_t a, int32_t b)
{
    int32_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static inline int32_t wk_index(int32_t s)
{
    int32_t d = s - PK_EPOCH_MONDAY;
    int32_t w = floor_div(d, 7);
    int32_t r = d - 7 * w;
    return 5 * w + (r < 5 ? r : 5);
}

static inline int32_t wk_serial(int32_t k)
{
    int32_t w = floor_div(k, 5);
    return PK_EPOCH_MONDAY + 7 * w + (k - 5 * w);
}

static inline int is_weekend(int32_t s)
{
    int32_t d = s - PK_EPOCH_MONDAY;
    return d - 7 * floor_div(d, 7) >= 5;
}

/* Working-day index: working days in [lo, s) (negative for s < lo). */
static inline int32_t widx(const pk_workcal *c, int32_t s)
{
    if (s < c->lo)
        return wk_index(s) - c->wk_lo;
    if (s > c->hi)
        return c->nwork + wk_index(s) - c->wk_hi;
    return c->cum[s - c->lo];
}

/* Serial of the working day with index k (inverse of widx on working days). */
static inline int32_t wserial(const pk_workcal *c, int32_t k)
{
    if (k < 0)
        return wk_serial(c->wk_lo + k);
    if (k >= c->nwork)
        return wk_serial(c->wk_hi + (k - c->nwork));
    return c->lo + c->kth[k];
}

static inline int in_table(const pk_workcal *c, int32_t s)
{
    return s >= c->tab_lo && s < c->tab_hi;
}

/* ------------------------------------------------------------- compile -- */

static pk_status check_extras(const pk_date *d, size_t n, const char *field, pk_error *err)
{
    if (n > 0 && !d)
        return pk__fail(err, PK_EINVAL, field, "%s is NULL but its count is %zu", field, n);
    for (size_t i = 0; i < n; i++)
        if (!pk_date_valid(d[i]))
            return pk__fail(err, PK_EINVAL, field, "%s[%zu] is not a valid date (%d-%02d-%02d)", field, i,
                            d[i].year, d[i].month, d[i].day);
    return PK_OK;
}

static void extend(int32_t *lo, int32_t *hi, const pk_date *d, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int32_t s = pk__days_from_civil(d[i].year, d[i].month, d[i].day);
        if (s < *lo)
            *lo = s;
        if (s + 1 > *hi)
            *hi = s + 1;
    }
}

static void mark(unsigned char *closed, int32_t lo, int32_t hi, const pk_date *d, size_t n, unsigned char v)
{
    for (size_t i = 0; i < n; i++) {
        int32_t s = pk__days_from_civil(d[i].year, d[i].month, d[i].day);
        if (s >= lo && s < hi)
            closed[s - lo] = v;
    }
}

pk_status pk__workcal_compile(pk_workcal **out, const pk_holiday_table *holidays, const pk_workday_options *opts,
                              pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    *out = NULL;
    static const size_t sizes[] = {sizeof(pk_workday_options)}; /* by version */
    pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
    pk_status vs = opts ? PK__VERSION_COPY(&o, opts, sizes, "pk_workday_options", "version", err) : PK_OK;
    if (vs != PK_OK)
        return vs;
    opts = &o;
    if (opts->closed_kinds & ~(unsigned)PK_HOLIDAY_ALL)
        return pk__fail(err, PK_EINVAL, "closed_kinds", "closed_kinds 0x%x has unknown bits", opts->closed_kinds);
    if ((unsigned)opts->roll > (unsigned)PK_ROLL_RAISE)
        return pk__fail(err, PK_EINVAL, "roll", "unknown roll policy %d", (int)opts->roll);
    pk_status s = check_extras(opts->extra_holidays, opts->extra_holidays_count, "extra_holidays", err);
    if (s == PK_OK)
        s = check_extras(opts->extra_workdays, opts->extra_workdays_count, "extra_workdays", err);
    if (s != PK_OK)
        return s;
    if (!holidays)
        return pk__fail(err, PK_EINVAL, "holidays", "holiday table is NULL");

    int32_t tab_lo = pk__days_from_civil(holidays->first_year, 1, 1);
    int32_t tab_hi = pk__days_from_civil(holidays->last_year + 1, 1, 1);
    int32_t lo = tab_lo, hi = tab_hi;
    int est_first = 0, est_last = -1;
    if (opts->allow_estimate) {
        /* estimated holidays around the table's years */
        est_first = holidays->first_year - PK__EST_YEARS_BEFORE;
        est_last = holidays->last_year + PK__EST_YEARS_AFTER;
        if (est_first < PK_DATE_MIN_YEAR)
            est_first = PK_DATE_MIN_YEAR;
        if (est_last > PK_DATE_MAX_YEAR)
            est_last = PK_DATE_MAX_YEAR;
        int32_t e_lo = pk__days_from_civil(est_first, 1, 1), e_hi = pk__days_from_civil(est_last + 1, 1, 1);
        if (e_lo < lo)
            lo = e_lo;
        if (e_hi > hi)
            hi = e_hi;
        /* extra dates outside those years keep exact data too */
        extend(&lo, &hi, opts->extra_holidays, opts->extra_holidays_count);
        extend(&lo, &hi, opts->extra_workdays, opts->extra_workdays_count);
    }
    size_t ndays = (size_t)(hi - lo);
    unsigned char *closed = malloc(ndays);
    if (!closed)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    for (size_t i = 0; i < ndays; i++)
        closed[i] = (unsigned char)is_weekend(lo + (int32_t)i);
    for (size_t i = 0; i < holidays->count; i++) {
        const pk_holiday *h = &holidays->rows[i];
        if (!((unsigned)h->kind & opts->closed_kinds))
            continue;
        int32_t d = pk__days_from_civil(h->date.year, h->date.month, h->date.day);
        if (d >= lo && d < hi)
            closed[d - lo] = 1;
    }
    if (opts->closed_kinds & PK_HOLIDAY_NATIONAL) {
        /* estimated national holidays in the years the table does not cover */
        pk_holiday est[PK__EST_PER_YEAR];
        for (int y = est_first; y <= est_last; y++) {
            if (y >= holidays->first_year && y <= holidays->last_year)
                continue;
            size_t n = pk__holidays_estimate_year(y, est, PK_ARRAY_LEN(est));
            for (size_t i = 0; i < n; i++) {
                int32_t d = pk__days_from_civil(est[i].date.year, est[i].date.month, est[i].date.day);
                if (d >= lo && d < hi)
                    closed[d - lo] = 1;
            }
        }
    }
    mark(closed, lo, hi, opts->extra_holidays, opts->extra_holidays_count, 1);
    mark(closed, lo, hi, opts->extra_workdays, opts->extra_workdays_count, 0); /* working days win */

    size_t nwork = 0;
    for (size_t i = 0; i < ndays; i++)
        nwork += !closed[i];
    /* one block: the struct, cum[ndays + 1], kth[nwork] */
    size_t bytes = sizeof(pk_workcal) + (ndays + 1 + nwork) * sizeof(int32_t);
    pk_workcal *cal = malloc(bytes);
    if (!cal) {
        free(closed);
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    }
    int32_t *cum = (int32_t *)(void *)(cal + 1);
    int32_t *kth = cum + ndays + 1;
    int32_t k = 0;
    for (size_t i = 0; i < ndays; i++) {
        cum[i] = k;
        if (!closed[i])
            kth[k++] = (int32_t)i;
    }
    cum[ndays] = k;
    free(closed);

    cal->lo = lo;
    cal->hi = hi;
    cal->tab_lo = tab_lo;
    cal->tab_hi = tab_hi;
    cal->nwork = k;
    cal->wk_lo = wk_index(lo);
    cal->wk_hi = wk_index(hi);
    cal->cum = cum;
    cal->kth = kth;
    cal->roll = opts->roll;
    cal->allow_estimate = opts->allow_estimate != 0;
    cal->owned = cal;
    cal->ser_min = pk__days_from_civil(PK_DATE_MIN_YEAR, 1, 1);
    cal->ser_max = pk__days_from_civil(PK_DATE_MAX_YEAR, 12, 31);
    cal->kmin = widx(cal, cal->ser_min);
    cal->kmax = widx(cal, cal->ser_max + 1) - 1;
    *out = cal;
    return PK_OK;
}

void pk_workcal_free(pk_workcal *cal)
{
    if (cal && cal->owned)
        free(cal->owned);
}

/* ----------------------------------------------------------- arithmetic -- */

/* The core of pk_workcal_add on serials. *flags gets PK_RESULT_* bits. */
static inline pk_status add_serial(const pk_workcal *c, int32_t s, int32_t n, int32_t *out, unsigned *flags)
{
    if (s < c->ser_min || s > c->ser_max)
        return PK_EINVAL;
    int32_t k = widx(c, s);
    int32_t lo_seen = s, hi_seen = s;
    unsigned fl = 0;
    if (widx(c, s + 1) == k) { /* not a working day */
        switch (c->roll) {
        case PK_ROLL_FORWARD:
            fl |= PK_RESULT_ROLLED;
            break;
        case PK_ROLL_BACKWARD:
            k -= 1;
            fl |= PK_RESULT_ROLLED;
            break;
        case PK_ROLL_NONE:
            if (n == 0) {
                *out = s;
                goto done;
            }
            if (n > 0)
                k -= 1; /* the n-th working day after s is the (n-1)-th after the previous one */
            break;
        default:
            return PK_EINVAL;
        }
        if (fl && (k < c->kmin || k > c->kmax))
            return PK_ERANGE;
        if (fl) {
            int32_t r = wserial(c, k);
            lo_seen = r < lo_seen ? r : lo_seen;
            hi_seen = r > hi_seen ? r : hi_seen;
        }
    }
    int64_t kk = (int64_t)k + n;
    if (kk < c->kmin || kk > c->kmax)
        return PK_ERANGE;
    *out = wserial(c, (int32_t)kk);
    lo_seen = *out < lo_seen ? *out : lo_seen;
    hi_seen = *out > hi_seen ? *out : hi_seen;
done:
    if (!in_table(c, lo_seen) || !in_table(c, hi_seen)) {
        if (!c->allow_estimate)
            return PK_ERANGE;
        fl |= PK_RESULT_ESTIMATED;
    }
    *flags = fl;
    return PK_OK;
}

static pk_status pk_workcal_add_body(const pk_workcal *cal, pk_date start, int32_t n, pk_date *out, unsigned *flags)
{
    if (flags)
        *flags = 0;
    if (out)
        *out = pk_date_of(0, 0, 0);
    int32_t s;
    if (!cal || !out || pk_date_to_serial(&s, start, NULL) != PK_OK)
        return PK_EINVAL;
    int32_t r;
    unsigned fl = 0;
    pk_status st = add_serial(cal, s, n, &r, &fl);
    if (st != PK_OK)
        return st;
    int y, m, d;
    pk__civil_from_days(r, &y, &m, &d);
    *out = pk_date_of(y, m, d);
    if (flags)
        *flags = fl;
    return PK_OK;
}

static pk_status pk_workcal_add_serial_many_body(const pk_workcal *cal, const int32_t *start, const int32_t *n,
                                                 int32_t *out, size_t count, size_t *failed_index)
{
    if (failed_index)
        *failed_index = 0;
    if (!cal || (count > 0 && (!start || !n || !out)))
        return PK_EINVAL;
    /* Fast path (forward roll): with the start inside the table's years the
     * result is kth[cum[start] + n], whether or not the start is a working
     * day. Without estimates the rolled start and the result must stay in
     * the table's years; anything else takes the general path. */
    const int32_t lo = cal->lo;
    const int32_t tab_off = cal->tab_lo - lo, tab_span = cal->tab_hi - cal->tab_lo;
    const int32_t *cum = cal->cum, *kth = cal->kth;
    const int32_t ktab_lo = cum[tab_off], ktab_hi = cum[tab_off + tab_span];
    const int64_t kfirst = cal->allow_estimate ? 0 : ktab_lo;
    const int64_t kend = cal->allow_estimate ? cal->nwork : ktab_hi;
    const int forward = cal->roll == PK_ROLL_FORWARD;
    for (size_t i = 0; i < count; i++) {
        uint32_t off = (uint32_t)start[i] - (uint32_t)lo;
        if (forward && off - (uint32_t)tab_off < (uint32_t)tab_span) {
            int32_t k = cum[off];
            int64_t kk = (int64_t)k + n[i];
            if (kk >= kfirst && kk < kend && k < kend) {
                out[i] = lo + kth[kk];
                continue;
            }
        }
        unsigned fl;
        pk_status st = add_serial(cal, start[i], n[i], &out[i], &fl);
        if (st != PK_OK) {
            if (failed_index)
                *failed_index = i;
            return st;
        }
    }
    return PK_OK;
}

static pk_status pk_workcal_count_body(const pk_workcal *cal, pk_date from, pk_date to, int32_t *count, unsigned *flags)
{
    if (count)
        *count = 0;
    if (flags)
        *flags = 0;
    int32_t a, b;
    if (!cal || !count || pk_date_to_serial(&a, from, NULL) != PK_OK || pk_date_to_serial(&b, to, NULL) != PK_OK)
        return PK_EINVAL;
    int32_t lo_s = a < b ? a : b, hi_s = a < b ? b : a;
    unsigned fl = 0;
    if (lo_s < cal->tab_lo || hi_s > cal->tab_hi) {
        if (!cal->allow_estimate)
            return PK_ERANGE;
        fl = PK_RESULT_ESTIMATED;
    }
    *count = widx(cal, b) - widx(cal, a);
    if (flags)
        *flags = fl;
    return PK_OK;
}

static pk_status pk_workcal_is_workday_body(const pk_workcal *cal, pk_date date, int *is_workday, unsigned *flags)
{
    if (is_workday)
        *is_workday = 0;
    if (flags)
        *flags = 0;
    int32_t s;
    if (!cal || !is_workday || pk_date_to_serial(&s, date, NULL) != PK_OK)
        return PK_EINVAL;
    unsigned fl = 0;
    if (!in_table(cal, s)) {
        if (!cal->allow_estimate)
            return PK_ERANGE;
        fl = PK_RESULT_ESTIMATED;
    }
    *is_workday = widx(cal, s + 1) - widx(cal, s) == 1;
    if (flags)
        *flags = fl;
    return PK_OK;
}

pk_status pk__workcal_nth_after(const pk_workcal *cal, pk_date trigger, int32_t n, pk_date *out, unsigned *flags,
                                pk_error *err)
{
    *out = pk_date_of(0, 0, 0);
    int32_t s, r;
    if (pk_date_to_serial(&s, trigger, NULL) != PK_OK) {
        *flags = 0;
        return pk__fail(err, PK_EINVAL, "trigger", "invalid trigger date");
    }
    pk_status st = pk__workcal_nth_after_serial(cal, s, n, &r, flags, err);
    if (st != PK_OK)
        return st;
    int y, m, d;
    pk__civil_from_days(r, &y, &m, &d);
    *out = pk_date_of(y, m, d);
    return PK_OK;
}

pk_status pk__workcal_nth_after_serial(const pk_workcal *cal, int32_t s, int32_t n, int32_t *out, unsigned *flags,
                                       pk_error *err)
{
    *out = 0;
    *flags = 0;
    int64_t kk = (int64_t)widx(cal, s + 1) + n - 1;
    if (n < 1 || kk < cal->kmin || kk > cal->kmax)
        return pk__fail(err, PK_ERANGE, "trigger", "the deadline leaves the supported date range");
    int32_t r = wserial(cal, (int32_t)kk);
    if (!in_table(cal, s) || !in_table(cal, r)) {
        if (!cal->allow_estimate)
            return pk__fail(err, PK_ERANGE, "trigger",
                            "the working-day count leaves the years of the holiday table; allow estimates "
                            "to count weekends only there");
        *flags = PK_RESULT_ESTIMATED;
    }
    *out = r;
    return PK_OK;
}

/* Public entry points in the 1.0 argument order (docs/conventions.md):
 * out-parameters first, the optional pk_error last. */
pk_status pk_workcal_add(pk_date *out, unsigned *flags, const pk_workcal *cal, pk_date start, int32_t n, pk_error *err)
{
    return pk__status_detail(err, pk_workcal_add_body(cal, start, n, out, flags), "pk_workcal_add");
}

pk_status pk_workcal_add_serial_many(int32_t *out, size_t *failed_index, const pk_workcal *cal, const int32_t *start,
                                     const int32_t *n, size_t count, pk_error *err)
{
    return pk__status_detail(err, pk_workcal_add_serial_many_body(cal, start, n, out, count, failed_index),
                             "pk_workcal_add_serial_many");
}

pk_status pk_workcal_count(int32_t *count, unsigned *flags, const pk_workcal *cal, pk_date from, pk_date to,
                           pk_error *err)
{
    return pk__status_detail(err, pk_workcal_count_body(cal, from, to, count, flags), "pk_workcal_count");
}

pk_status pk_workcal_is_workday(int *is_workday, unsigned *flags, const pk_workcal *cal, pk_date date, pk_error *err)
{
    return pk__status_detail(err, pk_workcal_is_workday_body(cal, date, is_workday, flags), "pk_workcal_is_workday");
}
