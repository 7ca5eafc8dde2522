/* The built-in schedules: lookups over the const tables that tools/pkgen
 * (gen_schedule.c) writes from data/schedules/. */
#include <string.h>

#include "pilkada/region.h"
#include "schedule_impl.h"

size_t pk_schedule_builtin_count(void)
{
    return pk__schedule_builtin_n;
}

const pk_schedule *pk_schedule_builtin_at(size_t i)
{
    return i < pk__schedule_builtin_n ? pk__schedule_builtins[i] : NULL;
}

/* 1 if s is a year written with 4 digits. */
static int year_text(const char *s, int *year)
{
    int y = 0;
    for (int i = 0; i < 4; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        y = y * 10 + (s[i] - '0');
    }
    if (s[4] != '\0')
        return 0;
    *year = y;
    return 1;
}

const pk_schedule *pk__schedule_of_year(int year)
{
    /* a year names its national schedule, else a regional election of its
     * own (the 2025 re-run), else any (a re-vote) */
    for (int pass = 0; pass < 3; pass++)
        for (size_t i = 0; i < pk__schedule_builtin_n; i++) {
            const pk_schedule *s = pk__schedule_builtins[i];
            if (s->cycle == year && (pass == 2 || (pass == 1 ? !s->follows : !s->regions)))
                return s;
        }
    return NULL;
}

pk_status pk_schedule_builtin(const pk_schedule **out, const char *id, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !id)
        return pk__fail(err, PK_EINVAL, !out ? "out" : "id", "NULL argument");
    int year;
    int is_year = year_text(id, &year); /* no built-in id is a bare year: skip the id scan (the classifier's path) */
    for (size_t i = 0; !is_year && i < pk__schedule_builtin_n; i++) {
        if (strcmp(pk__schedule_builtins[i]->id, id) == 0) {
            *out = pk__schedule_builtins[i];
            return PK_OK;
        }
    }
    if (is_year && (*out = pk__schedule_of_year(year)) != NULL)
        return PK_OK;
    char shown[64];
    pk__strlcpy_utf8(shown, id, sizeof shown);
    return pk__fail(err, PK_ENOTFOUND, "id",
                    "no built-in schedule '%s' (try pilkada-2024, pilkada-2020, rerun-2025-bangka-pangkalpinang, "
                    "psu-2025-kab-serang and the other repeat votes, or a cycle year)",
                    shown);
}

/* ------------------------------------------------- choosing a schedule --
 * The one rule every caller uses (pk_schedule_select(), pk_schedule_phase_at(),
 * pk_classify() without a cycle or schedule, the CLI):
 *  1. Candidates: the national built-in schedules (no "regions" directive)
 *     plus, when a region is given, the regional ones that list it or list
 *     its province; with a cycle, only schedules of that cycle.
 *  2. Among the candidates whose span (first to last active day) holds the
 *     day, the one with the latest first day: a re-vote opens after the main
 *     cycle it repeats, a second re-vote after the first.
 *  3. Else the candidate that opens soonest after the day (the date is
 *     "before" it); else the one that closed last (the date is "after" it).
 *     pk_classify() stops after step 2 (inside_only): a date outside every
 *     schedule leaves the cycle to the caller. */

/* 1 if the space-separated code list holds code or code's province. */
static int lists_region(const char *list, const char *code)
{
    size_t n = strlen(code);
    for (const char *p = list; *p;) {
        const char *q = strchr(p, ' ');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        if ((len == n && memcmp(p, code, n) == 0) || (len == 2 && n > 2 && memcmp(p, code, 2) == 0))
            return 1;
        if (!q)
            break;
        p = q + 1;
    }
    return 0;
}

static int span_of(const pk_schedule *s, int32_t *first, int32_t *last)
{
    if (s->nbounds < 2)
        return 0;
    *first = s->bound[0];
    *last = s->bound[s->nbounds - 1] - 1;
    return 1;
}

/* 1 if s is a candidate of rule 1 for the cycle and region. */
static int candidate(const pk_schedule *s, const char *region_code, int cycle)
{
    if (cycle && s->cycle != cycle)
        return 0;
    return !s->regions || (region_code && region_code[0] && lists_region(s->regions, region_code));
}

const pk_schedule *pk__schedule_select(int32_t day, const char *region_code, int cycle, int inside_only)
{
    /* step 2 through the timeline index: the schedules whose span holds the
     * day, found by one binary search over the generated interval bounds */
    size_t lo = 0, hi = pk__schedule_tl_nbound; /* k = number of bounds <= day */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pk__schedule_tl_bound[mid] <= day)
            lo = mid + 1;
        else
            hi = mid;
    }
    const pk_schedule *in = NULL;
    for (uint16_t j = pk__schedule_tl_off[lo]; j < pk__schedule_tl_off[lo + 1]; j++) {
        const pk_schedule *s = pk__schedule_builtins[pk__schedule_tl_list[j]];
        if (candidate(s, region_code, cycle) && (!in || s->bound[0] > in->bound[0]))
            in = s;
    }
    if (in || inside_only)
        return in;
    /* step 3: the date is outside every candidate's span */
    const pk_schedule *upcoming = NULL, *past = NULL;
    int32_t up_first = 0, past_last = 0;
    for (size_t i = 0; i < pk__schedule_builtin_n; i++) {
        const pk_schedule *s = pk__schedule_builtins[i];
        int32_t a, b;
        if (!span_of(s, &a, &b) || !candidate(s, region_code, cycle))
            continue;
        if (a > day) {
            if (!upcoming || a < up_first) {
                upcoming = s;
                up_first = a;
            }
        } else if (b < day && (!past || b > past_last)) {
            past = s;
            past_last = b;
        }
    }
    return upcoming ? upcoming : past;
}

/* Canonical code of a region given in any form pk_region_lookup() takes. */
static pk_status canonical_region(const char *region, const char **code, pk_error *err)
{
    *code = NULL;
    if (!region || !region[0])
        return PK_OK;
    const pk_region *r;
    pk_status st = pk_region_lookup(&r, NULL, region, NULL);
    if (st != PK_OK) {
        char shown[32];
        pk__strlcpy_utf8(shown, region, sizeof shown);
        return pk__fail(err, st == PK_EPARSE ? PK_EPARSE : PK_ENOTFOUND, "region", "unknown region code '%s'",
                        shown);
    }
    *code = r->code;
    return PK_OK;
}

pk_status pk_schedule_select(const pk_schedule **out, pk_date date, const char *region, int cycle, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    int32_t day;
    if (pk_date_to_serial(&day, date, NULL) != PK_OK)
        return pk__fail(err, PK_EINVAL, "date", "invalid date %d-%02d-%02d", date.year, date.month, date.day);
    if (cycle < 0 || cycle > PK_DATE_MAX_YEAR)
        return pk__fail(err, PK_EINVAL, "cycle", "cycle %d is out of range", cycle);
    const char *code;
    pk_status st = canonical_region(region, &code, err);
    if (st != PK_OK)
        return st;
    *out = pk__schedule_select(day, code, cycle, 0);
    if (!*out)
        return pk__fail(err, PK_ENOTFOUND, "cycle", "no built-in schedule for cycle %d", cycle);
    return PK_OK;
}

pk_status pk_schedule_phase_at(pk_phase *out, const pk_schedule **schedule, pk_date date,
                               const pk_phase_options *opts, pk_error *err)
{
    if (schedule)
        *schedule = NULL;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    if (out->version == PK_PHASE_VERSION) { /* empty until filled (pk_schedule_phase() checks the version) */
        pk_phase empty = PK_PHASE_INIT;
        *out = empty;
    }
    static const size_t sizes[] = {sizeof(pk_phase_options)}; /* by version */
    pk_phase_options given = PK_PHASE_OPTIONS_INIT;
    pk_status vs = opts ? PK__VERSION_COPY(&given, opts, sizes, "pk_phase_options", "version", err) : PK_OK;
    if (vs != PK_OK)
        return vs;
    opts = &given;
    const pk_schedule *s = opts->schedule;
    if (!s) {
        pk_status st = pk_schedule_select(&s, date, opts->region, opts->cycle, err);
        if (st != PK_OK)
            return st;
    } else if (!pk_date_valid(date)) {
        return pk__fail(err, PK_EINVAL, "date", "invalid date %d-%02d-%02d", date.year, date.month, date.day);
    }
    pk_status st = pk_schedule_phase(out, s, date, err);
    if (st != PK_OK)
        return st;
    if (schedule)
        *schedule = s;
    return PK_OK;
}

const char *pk_schedule_regions(const pk_schedule *s)
{
    return s ? s->regions : NULL;
}

const char *pk_schedule_follows(const pk_schedule *s)
{
    return s ? s->follows : NULL;
}

pk_status pk_schedule_span(pk_date *first, pk_date *last, const pk_schedule *s, pk_error *err)
{
    pk_date zero = {0, 0, 0};
    if (first)
        *first = zero;
    if (last)
        *last = zero;
    int32_t a, b;
    if (!s || !first || !last)
        return pk__fail(err, PK_EINVAL, !s ? "schedule" : !first ? "first" : "last", "NULL argument");
    if (!span_of(s, &a, &b))
        return pk__fail(err, PK_ENOTFOUND, "schedule", "the schedule has no dated stage");
    pk__civil_from_days(a, &first->year, &first->month, &first->day);
    pk__civil_from_days(b, &last->year, &last->month, &last->day);
    return PK_OK;
}
