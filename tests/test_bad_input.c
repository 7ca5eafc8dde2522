/* Bad-input matrix: every public function gets NULL pointers, impossible and
 * out-of-range dates, unknown ids and codes, empty strings, a 1 MiB string,
 * invalid UTF-8, truncated and malformed files and numbers at the edges, and
 * must return the status its header documents, with a non-empty pk_error
 * (whose status matches) when err is passed, and must leave err untouched on
 * success (docs/conventions.md, "Errors").
 *
 * Each check is one case; the total is printed ("bad-input matrix: N cases").
 * Mismatches are all listed before the test fails. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"

/* ------------------------------------------------------------ checking -- */

static long ncases;
static long nfailed;
static const char *current = ""; /* the input class being tried, named in reports */

#define SENTINEL_STATUS 0x5eed

static void err_reset(pk_error *e)
{
    memset(e, 0, sizeof *e);
    e->status = SENTINEL_STATUS;
    e->line = -77;
}

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 3, 4)))
#endif
static void report(int line, const char *what, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("line %d: %s%s%s: ", line, current, current[0] ? ": " : "", what);
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    nfailed++;
}

/* A call that takes `pk_error *err`: status and error detail are checked. */
static void check_err(int line, const char *what, pk_status got, pk_status want, const pk_error *e)
{
    ncases++;
    if (got != want) {
        report(line, what, "expected %s, got %s (%s)", pk_status_name(want), pk_status_name(got),
               got != PK_OK && e->status == (int)got ? e->text : "");
        return;
    }
    if (got == PK_OK) {
        if (e->status != SENTINEL_STATUS || e->line != -77)
            report(line, what, "pk_error touched on success");
        return;
    }
    if (e->status != (int)got)
        report(line, what, "pk_error.status %d differs from the returned %d", e->status, (int)got);
    else if (e->text[0] == '\0')
        report(line, what, "empty pk_error.text for %s", pk_status_name(got));
}

/* A call without an err argument: only the status is checked. */
static void check_status(int line, const char *what, int got, int want)
{
    ncases++;
    if (got != want)
        report(line, what, "expected %s, got %s", pk_status_name(want), pk_status_name(got));
}

static void check_true(int line, const char *what, int ok)
{
    ncases++;
    if (!ok)
        report(line, what, "not true");
}

/* TE: the call uses the variable `err` (a pk_error *). */
#define TE(want, call)                                                                                             \
    do {                                                                                                           \
        pk_error err_;                                                                                             \
        err_reset(&err_);                                                                                          \
        pk_error *err = &err_;                                                                                     \
        pk_status got_ = (call);                                                                                   \
        check_err(__LINE__, #call, got_, want, err);                                                               \
    } while (0)
#define TS(want, call) check_status(__LINE__, #call, (int)(call), (int)(want))
#define TT(cond) check_true(__LINE__, #cond, (cond) ? 1 : 0)

static pk_date D(const char *s)
{
    pk_date d;
    if (pk_date_parse(&d, s, NULL) != PK_OK)
        abort();
    return d;
}

/* --------------------------------------------------------- bad strings -- */

enum { S_NULL, S_EMPTY, S_HUGE, S_BADUTF8, S_JUNK, S_SPACES, S_COUNT };
static const char *const s_names[S_COUNT] = {"NULL", "empty", "1 MiB", "invalid UTF-8", "junk", "spaces"};
static char *huge; /* 1 MiB + 16 bytes of 'a', NUL-terminated */
#define HUGE_LEN (((size_t)1 << 20) + 16)

static const char *bad_string(int k, size_t *len)
{
    static const char badutf8[] = "Kab. Ban\xC3\x28yuasin \xC0\xAF \xED\xA0\x80";
    static const char junk[] = "no-such-thing-zz";
    switch (k) {
    case S_NULL:
        *len = 0;
        return NULL;
    case S_EMPTY:
        *len = 0;
        return "";
    case S_HUGE:
        *len = HUGE_LEN;
        return huge;
    case S_BADUTF8:
        *len = sizeof badutf8 - 1;
        return badutf8;
    case S_JUNK:
        *len = sizeof junk - 1;
        return junk;
    default:
        *len = 3;
        return "   ";
    }
}

typedef pk_status (*str_fn)(const char *s, size_t len, pk_error *err);

static const pk_schedule *s2024(void)
{
    const pk_schedule *s = NULL;
    if (pk_schedule_builtin(&s, "pilkada-2024", NULL) != PK_OK)
        abort();
    return s;
}

static pk_status w_date_parse(const char *s, size_t len, pk_error *err)
{
    (void)len;
    pk_date d = {9, 9, 9};
    pk_status st = pk_date_parse(&d, s, err);
    if (st != PK_OK && (d.year || d.month || d.day))
        return PK_OK; /* out not cleared: reported as a mismatch */
    return st;
}
static pk_status w_date_parse_n(const char *s, size_t len, pk_error *err)
{
    pk_date d;
    return pk_date_parse_n(&d, s, len, err);
}
static pk_status w_schedule_builtin(const char *s, size_t len, pk_error *err)
{
    (void)len;
    const pk_schedule *out = s2024();
    pk_status st = pk_schedule_builtin(&out, s, err);
    return st != PK_OK && out ? PK_OK : st;
}
static pk_status w_schedule_load_string(const char *s, size_t len, pk_error *err)
{
    pk_schedule *out = (pk_schedule *)1;
    pk_status st = pk_schedule_load_string(&out, s, len, "bad", err);
    if (st == PK_OK)
        pk_schedule_free(out);
    return st != PK_OK && out ? PK_OK : st;
}
static pk_status w_schedule_load_file(const char *s, size_t len, pk_error *err)
{
    (void)len;
    pk_schedule *out = NULL;
    pk_status st = pk_schedule_load_file(&out, s, err);
    pk_schedule_free(out);
    return st;
}
static pk_status w_schedule_find(const char *s, size_t len, pk_error *err)
{
    (void)len;
    const pk_stage *out = NULL;
    pk_status st = pk_schedule_find(&out, s2024(), s, err);
    return st != PK_OK && out ? PK_OK : st;
}
static pk_status w_holidays_load_string(const char *s, size_t len, pk_error *err)
{
    pk_holiday_table *out = (pk_holiday_table *)1;
    pk_status st = pk_holidays_load_string(&out, s, len, "bad", err);
    if (st == PK_OK)
        pk_holidays_free(out);
    return st != PK_OK && out ? PK_OK : st;
}
static pk_status w_holidays_load_file(const char *s, size_t len, pk_error *err)
{
    (void)len;
    pk_holiday_table *out = NULL;
    pk_status st = pk_holidays_load_file(&out, s, err);
    pk_holidays_free(out);
    return st;
}
static pk_status w_deadline_find(const char *s, size_t len, pk_error *err)
{
    (void)len;
    const pk_deadline_rule *out = NULL;
    return pk_deadline_find(&out, s, err);
}
static pk_status w_region_kind_parse(const char *s, size_t len, pk_error *err)
{
    (void)len;
    int kind = 5;
    pk_status st = pk_region_kind_parse(&kind, s, err);
    return st != PK_OK && kind != -1 ? PK_OK : st;
}
static pk_status w_region_lookup(const char *s, size_t len, pk_error *err)
{
    (void)len;
    const pk_region *r = pk_region_at(0);
    unsigned how = 7;
    pk_status st = pk_region_lookup(&r, &how, s, err);
    return st != PK_OK && (r || how) ? PK_OK : st;
}
static pk_status w_region_find_name(const char *s, size_t len, pk_error *err)
{
    (void)len;
    const pk_region *r = pk_region_at(0);
    pk_status st = pk_region_find_name(&r, s, PK_REGION_ANY_KIND, err);
    return st != PK_OK && r ? PK_OK : st;
}
static pk_status w_region_resolve(const char *s, size_t len, pk_error *err)
{
    (void)len;
    pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
    pk_region_candidate c[4];
    return pk_region_resolve(&res, c, 4, s, NULL, err);
}
static pk_status w_region_find_in_text(const char *s, size_t len, pk_error *err)
{
    pk_region_mention m[4];
    size_t total = 99;
    pk_status st = pk_region_find_in_text(m, 4, &total, s, len, 0, err);
    return st != PK_OK && total ? PK_OK : st;
}
static pk_status w_region_children(const char *s, size_t len, pk_error *err)
{
    (void)len;
    const pk_region *out[8];
    size_t total = 99;
    pk_status st = pk_region_children(out, 8, &total, s, err);
    return st != PK_OK && total ? PK_OK : st;
}
static pk_status w_region_list_province(const char *s, size_t len, pk_error *err)
{
    (void)len;
    pk_region_filter f = PK_REGION_FILTER_INIT;
    f.province = s;
    size_t total = 99;
    pk_status st = pk_region_list(NULL, 0, &total, &f, err);
    return st != PK_OK && total ? PK_OK : st;
}
static pk_status w_ics_dtstamp(const char *s, size_t len, pk_error *err)
{
    (void)len;
    pk_ics_options o = PK_ICS_OPTIONS_INIT;
    o.dtstamp = s ? s : "bad";
    char *out = (char *)1;
    pk_status st = pk_schedule_to_ics(&out, NULL, s2024(), &o, err);
    if (st == PK_OK)
        pk_free(out);
    return st != PK_OK && out ? PK_OK : st;
}
static pk_status w_ics_uid_domain(const char *s, size_t len, pk_error *err)
{
    (void)len;
    pk_ics_options o = PK_ICS_OPTIONS_INIT;
    o.dtstamp = "20250101T000000Z";
    o.uid_domain = s ? s : "a b";
    char *out = NULL;
    pk_status st = pk_schedule_to_ics(&out, NULL, s2024(), &o, err);
    pk_free(out);
    return st;
}

static pk_status w_rule_find(const char *s, size_t len, pk_error *err)
{
    (void)len;
    const pk_rule *out = NULL;
    return pk_rule_find(&out, s, err);
}
static pk_status w_actor_from_name(const char *s, size_t len, pk_error *err)
{
    (void)len;
    (void)err;
    pk_actor a = PK_ACTOR_PNS;
    pk_status st = pk_actor_from_name(&a, s, NULL);
    if (st != PK_OK && err) {
        err->status = st; /* no err argument: fill it so only the status is compared */
        strcpy(err->text, "-");
    }
    return st;
}
static pk_status w_act_from_name(const char *s, size_t len, pk_error *err)
{
    (void)len;
    pk_act a = PK_ACT_GIVE_MONEY;
    pk_status st = pk_act_from_name(&a, s, NULL);
    if (st != PK_OK && err) {
        err->status = st;
        strcpy(err->text, "-");
    }
    return st;
}
static pk_status incident_set(const char *key, const char *value, pk_error *err)
{
    pk_incident inc = PK_INCIDENT_INIT;
    return pk_incident_set(&inc, key, value, err);
}
static pk_status w_incident_key(const char *s, size_t len, pk_error *err)
{
    (void)len;
    return incident_set(s, "pns", err);
}
static pk_status w_incident_actor(const char *s, size_t len, pk_error *err)
{
    (void)len;
    return incident_set("actor", s, err);
}
static pk_status w_incident_occurred(const char *s, size_t len, pk_error *err)
{
    (void)len;
    return incident_set("occurred", s, err);
}
static pk_status w_incident_region(const char *s, size_t len, pk_error *err)
{
    (void)len;
    return incident_set("region", s, err);
}
static pk_status w_incident_cycle(const char *s, size_t len, pk_error *err)
{
    (void)len;
    return incident_set("cycle", s, err);
}
static pk_status w_incident_tsm(const char *s, size_t len, pk_error *err)
{
    (void)len;
    return incident_set("tsm", s, err);
}

#define OK PK_OK
#define INV PK_EINVAL
#define NF PK_ENOTFOUND
#define PAR PK_EPARSE
#define ENC PK_EENCODING
#define LONG PK_ETOOLONG
#define IO PK_EIO

static const struct {
    const char *name;
    str_fn fn;
    pk_status want[S_COUNT]; /* NULL, empty, 1 MiB, invalid UTF-8, junk, spaces */
} string_matrix[] = {
    {"pk_date_parse", w_date_parse, {INV, PAR, PAR, PAR, PAR, PAR}},
    {"pk_date_parse_n", w_date_parse_n, {INV, PAR, PAR, PAR, PAR, PAR}},
    {"pk_schedule_builtin", w_schedule_builtin, {INV, NF, NF, NF, NF, NF}},
    {"pk_schedule_load_string", w_schedule_load_string, {INV, PAR, PAR, ENC, PAR, PAR}},
    {"pk_schedule_load_file", w_schedule_load_file, {INV, IO, IO, IO, IO, IO}},
    {"pk_schedule_find", w_schedule_find, {INV, NF, NF, NF, NF, NF}},
    {"pk_holidays_load_string", w_holidays_load_string, {INV, PAR, PAR, ENC, PAR, PAR}},
    {"pk_holidays_load_file", w_holidays_load_file, {INV, IO, IO, IO, IO, IO}},
    {"pk_deadline_find", w_deadline_find, {INV, NF, NF, NF, NF, NF}},
    {"pk_region_kind_parse", w_region_kind_parse, {INV, INV, INV, INV, INV, INV}},
    {"pk_region_lookup", w_region_lookup, {INV, PAR, PAR, PAR, PAR, PAR}},
    {"pk_region_find_name", w_region_find_name, {INV, INV, LONG, ENC, NF, INV}},
    {"pk_region_resolve", w_region_resolve, {INV, INV, LONG, ENC, NF, INV}},
    {"pk_region_find_in_text", w_region_find_in_text, {INV, OK, LONG, ENC, OK, OK}},
    {"pk_region_children", w_region_children, {INV, NF, NF, NF, NF, NF}},
    {"pk_region_list(province)", w_region_list_province, {OK, NF, NF, NF, NF, NF}},
    {"pk_schedule_to_ics(dtstamp)", w_ics_dtstamp, {INV, INV, INV, INV, INV, INV}},
    {"pk_schedule_to_ics(uid_domain)", w_ics_uid_domain, {INV, INV, INV, INV, OK, INV}},
    {"pk_rule_find", w_rule_find, {INV, NF, NF, NF, NF, NF}},
    /* "" is the documented slug of PK_ACTOR_UNKNOWN / PK_ACT_UNKNOWN */
    {"pk_actor_from_name", w_actor_from_name, {INV, OK, NF, NF, NF, NF}},
    {"pk_act_from_name", w_act_from_name, {INV, OK, NF, NF, NF, NF}},
    {"pk_incident_set(key)", w_incident_key, {INV, INV, INV, INV, INV, INV}},
    {"pk_incident_set(actor)", w_incident_actor, {INV, OK, LONG, ENC, NF, NF}},
    {"pk_incident_set(occurred)", w_incident_occurred, {INV, OK, LONG, ENC, PAR, PAR}},
    /* a region may be a name (issue 12): junk is a name nobody has */
    {"pk_incident_set(region)", w_incident_region, {INV, OK, LONG, ENC, NF, PAR}},
    {"pk_incident_set(cycle)", w_incident_cycle, {INV, OK, LONG, ENC, PAR, PAR}},
    {"pk_incident_set(tsm)", w_incident_tsm, {INV, OK, LONG, ENC, PAR, PAR}},
};

static void test_string_matrix(void **state)
{
    (void)state;
    long before = nfailed;
    for (size_t f = 0; f < sizeof string_matrix / sizeof string_matrix[0]; f++) {
        for (int k = 0; k < S_COUNT; k++) {
            size_t len = 0;
            const char *s = bad_string(k, &len);
            pk_error e;
            err_reset(&e);
            pk_status got = string_matrix[f].fn(s, len, &e);
            char what[96];
            snprintf(what, sizeof what, "%s(%s)", string_matrix[f].name, s_names[k]);
            check_err(__LINE__, what, got, string_matrix[f].want[k], &e);
        }
    }
    assert_int_equal(nfailed, before);
}

/* ----------------------------------------------------------- bad dates -- */

static const struct {
    const char *name;
    pk_date d;
} bad_dates[] = {
    {"2023-02-29", {2023, 2, 29}},  {"2024-02-30", {2024, 2, 30}},    {"2024-13-01", {2024, 13, 1}},
    {"2024-00-10", {2024, 0, 10}},  {"2024-04-31", {2024, 4, 31}},    {"2024-01-00", {2024, 1, 0}},
    {"zero", {0, 0, 0}},            {"1899-12-31", {1899, 12, 31}},   {"2200-01-01", {2200, 1, 1}},
    {"INT_MAX", {INT_MAX, INT_MAX, INT_MAX}}, {"INT_MIN", {INT_MIN, INT_MIN, INT_MIN}},
    {"negative day", {2024, 1, -1}},
};

static void test_date_matrix(void **state)
{
    (void)state;
    long before = nfailed;
    const pk_schedule *s = s2024();
    const pk_workcal *cal = pk_workcal_builtin();
    const pk_date good = D("2024-11-27");
    for (size_t i = 0; i < sizeof bad_dates / sizeof bad_dates[0]; i++) {
        pk_date d = bad_dates[i].d, out = {1, 1, 1};
        char buf[PK_DATE_STRLEN] = "x";
        int32_t n = 5;
        const pk_stage *st[4];
        size_t count = 9;
        pk_phase ph = PK_PHASE_INIT;
        const pk_holiday *h = NULL;
        int is = 7;
        unsigned flags = 0;
        pk_deadline dl;
        pk_window w = PK_WINDOW_INIT;
        current = bad_dates[i].name;
        TT(!pk_date_valid(d));
        TS(PK_EINVAL, pk_date_format(d, buf, sizeof buf));
        TT(buf[0] == '\0');
        TS(PK_EINVAL, pk_date_to_serial(d, &n));
        TT(n == 0);
        TS(PK_EINVAL, pk_date_add_days(&out, d, 1));
        TS(PK_EINVAL, pk_date_add_months(&out, d, 1));
        TS(PK_EINVAL, pk_date_diff_days(&n, d, good));
        TS(PK_EINVAL, pk_date_diff_days(&n, good, d));
        TT(n == 0);
        TS(PK_EINVAL, pk_date_weekday(d));
        TS(PK_EINVAL, pk_schedule_active(st, 4, &count, s, d, NULL));
        TS(PK_EINVAL, pk_schedule_phase(&ph, s, d, NULL));
        TS(PK_EINVAL, pk_schedule_next_milestone(st, &n, s, d, NULL));
        TS(PK_EINVAL, pk_schedule_days_until_voting(&n, s, d, NULL));
        TS(PK_EINVAL, pk_holidays_find(&h, pk_holidays_builtin(), d, NULL));
        TS(PK_EINVAL, pk_workcal_is_workday(&is, &flags, cal, d, NULL));
        TS(PK_EINVAL, pk_workcal_add(&out, &flags, cal, d, 3, NULL));
        TS(PK_EINVAL, pk_workcal_count(&n, &flags, cal, d, good, NULL));
        TS(PK_EINVAL, pk_workcal_count(&n, &flags, cal, good, d, NULL));
        TE(PK_EINVAL, pk_deadline_compute(&dl, cal, PK_DEADLINE_REPORT, d, err));
        TE(PK_EINVAL, pk_deadline_compute(&dl, cal, PK_DEADLINE_TSM_BAWASLU, d, err));
        TE(PK_OK, pk_schedule_window(&w, s, PK_WINDOW_CAMPAIGN, err));
        TT(pk_window_contains(&w, d) == 0);
        TT(pk_date_compare(d, d) == 0);
    }
    current = "";
    assert_int_equal(nfailed, before);
}

/* ------------------------------------------------------ NULL pointers -- */

static void test_null_pointers(void **state)
{
    (void)state;
    long before = nfailed;
    const pk_schedule *s = s2024();
    const pk_workcal *cal = pk_workcal_builtin();
    const pk_holiday_table *ht = pk_holidays_builtin();
    const pk_date good = D("2024-11-27");
    pk_date d;
    int32_t n;
    size_t count;
    int i1, i2;
    unsigned flags;
    const pk_stage *stage = NULL;
    const pk_stage *stages[4];
    pk_phase ph = PK_PHASE_INIT;
    pk_window w = PK_WINDOW_INIT;
    pk_deadline dl;
    char *text = NULL;
    char buf[PK_DATE_STRLEN];

    /* common */
    pk_error_clear(NULL);
    pk_free(NULL);
    TT(strcmp(pk_strerror(12345), "unknown status") == 0);
    TT(strcmp(pk_status_name(-12345), "PK_EUNKNOWN") == 0);
    TT(strcmp(pk_status_name(INT_MIN), "PK_EUNKNOWN") == 0);
    TT(strcmp(pk_source_status_name((pk_source_status)99), "?") == 0);
    TT(strcmp(pk_source_status_name((pk_source_status)-1), "?") == 0);
    TT(pk_version_string() != NULL && pk_version_string()[0] != '\0');
    TT(pk_data_version() != NULL && pk_data_version()[0] != '\0');
    TT(pk_version_number() == PK_VERSION_NUMBER);

    /* dates */
    TE(PK_EINVAL, pk_date_parse(NULL, "2024-11-27", err));
    TE(PK_EINVAL, pk_date_parse_n(NULL, "2024-11-27", 10, err));
    TE(PK_EINVAL, pk_date_parse_n(&d, NULL, 10, err));
    TS(PK_EINVAL, pk_date_format(good, NULL, 11));
    TS(PK_EBUFSIZE, pk_date_format(good, buf, 10));
    TS(PK_EBUFSIZE, pk_date_format(good, buf, 0));
    TS(PK_EINVAL, pk_date_to_serial(good, NULL));
    TS(PK_EINVAL, pk_date_from_serial(NULL, 0));
    TS(PK_EINVAL, pk_date_add_days(NULL, good, 1));
    TS(PK_EINVAL, pk_date_add_months(NULL, good, 1));
    TS(PK_EINVAL, pk_date_diff_days(NULL, good, good));
    TT(pk_days_in_month(2024, 0) == 0 && pk_days_in_month(2024, 13) == 0 && pk_days_in_month(INT_MIN, INT_MIN) == 0);
    TT(pk_is_leap_year(2000) == 1 && pk_is_leap_year(1900) == 0);

    /* schedules */
    TE(PK_EINVAL, pk_schedule_builtin(NULL, "2024", err));
    TT(pk_schedule_builtin_at(pk_schedule_builtin_count()) == NULL);
    TT(pk_schedule_builtin_at(SIZE_MAX) == NULL);
    TE(PK_EINVAL, pk_schedule_load_string(NULL, "x", 1, "x", err));
    TE(PK_EINVAL, pk_schedule_load_file(NULL, "x.csv", err));
    pk_schedule_free(NULL);
    pk_schedule_free((pk_schedule *)s); /* built-in: ignored */
    TT(pk_schedule_id(NULL) == NULL && pk_schedule_title(NULL) == NULL && pk_schedule_title_id(NULL) == NULL);
    TT(pk_schedule_basis(NULL) == NULL && pk_schedule_cycle(NULL) == 0 && pk_schedule_stage_count(NULL) == 0);
    TT(pk_schedule_stage_at(NULL, 0) == NULL && pk_schedule_stage_at(s, SIZE_MAX) == NULL);
    TT(pk_schedule_stage_at(s, pk_schedule_stage_count(s)) == NULL);
    TE(PK_EINVAL, pk_schedule_find(NULL, s, "campaign", err));
    TE(PK_EINVAL, pk_schedule_find(&stage, NULL, "campaign", err));
    TT(stage == NULL);
    TT(pk_schedule_parent(NULL, pk_schedule_stage_at(s, 1)) == NULL && pk_schedule_parent(s, NULL) == NULL);
    TE(PK_EINVAL, pk_schedule_find_role(NULL, s, PK_ROLE_CAMPAIGN, err));
    TE(PK_EINVAL, pk_schedule_find_role(&stage, NULL, PK_ROLE_CAMPAIGN, err));
    TE(PK_EINVAL, pk_schedule_find_role(&stage, s, (pk_stage_role)999, err));
    TE(PK_EINVAL, pk_schedule_find_role(&stage, s, (pk_stage_role)-1, err));
    TS(PK_EINVAL, pk_schedule_active(stages, 4, &count, NULL, good, NULL));
    TS(PK_EINVAL, pk_schedule_active(stages, 4, NULL, s, good, NULL));
    TS(PK_EINVAL, pk_schedule_active(NULL, 4, &count, s, good, NULL));
    TS(PK_EINVAL, pk_schedule_active(NULL, SIZE_MAX, &count, s, good, NULL));
    TS(PK_OK, pk_schedule_active(NULL, 0, &count, s, good, NULL));
    TT(count >= 1);
    TS(PK_EINVAL, pk_schedule_phase(&ph, NULL, good, NULL));
    TS(PK_EINVAL, pk_schedule_phase(NULL, s, good, NULL));
    TS(PK_EINVAL, pk_schedule_next_milestone(&stage, &n, NULL, good, NULL));
    TS(PK_EINVAL, pk_schedule_next_milestone(NULL, &n, s, good, NULL));
    TS(PK_ENOTFOUND, pk_schedule_next_milestone(&stage, &n, s, D("2199-12-31"), NULL));
    TS(PK_EINVAL, pk_schedule_days_until_voting(&n, NULL, good, NULL));
    TS(PK_EINVAL, pk_schedule_days_until_voting(NULL, s, good, NULL));
    TE(PK_EINVAL, pk_schedule_window(&w, NULL, PK_WINDOW_CAMPAIGN, err));
    TE(PK_EINVAL, pk_schedule_window(NULL, s, PK_WINDOW_CAMPAIGN, err));
    TE(PK_EINVAL, pk_schedule_window(&w, s, (pk_window_kind)999, err));
    TE(PK_EINVAL, pk_schedule_window(&w, s, (pk_window_kind)-1, err));
    TT(pk_window_contains(NULL, good) == 0);
    TT(strcmp(pk_window_kind_name((pk_window_kind)999), "?") == 0);
    TT(strcmp(pk_stage_role_name((pk_stage_role)999), "?") == 0);
    TT(strcmp(pk_stage_role_name((pk_stage_role)-5), "?") == 0);
    TT(strcmp(pk_critical_name((pk_critical)999), "?") == 0);
    TE(PK_EINVAL, pk_schedule_to_ics(&text, NULL, NULL, NULL, err));
    TE(PK_EINVAL, pk_schedule_to_ics(NULL, NULL, s, NULL, err));
    {
        pk_ics_options o = PK_ICS_OPTIONS_INIT;
        o.version = PK_ICS_OPTIONS_VERSION + 1;
        TE(PK_EINVAL, pk_schedule_to_ics(&text, NULL, s, &o, err));
        o.version = 0;
        TE(PK_EINVAL, pk_schedule_to_ics(&text, NULL, s, &o, err));
        TT(text == NULL);
        static const char *const stamps[] = {"20250230T000000Z", "20251301T000000Z", "20250101T250000Z",
                                             "20250101T006000Z", "20250101T000000",  "2025-01-01T00:00:00Z",
                                             "18991231T000000Z", "20250101T000000Zx"};
        for (size_t i = 0; i < sizeof stamps / sizeof stamps[0]; i++) {
            pk_ics_options p = PK_ICS_OPTIONS_INIT;
            p.dtstamp = stamps[i];
            TE(PK_EINVAL, pk_schedule_to_ics(&text, NULL, s, &p, err));
        }
        static const char *const domains[] = {"a;b", "a,b", "a:b", "a\\b", "a\tb", "a\nb", "a\177b"};
        for (size_t i = 0; i < sizeof domains / sizeof domains[0]; i++) {
            pk_ics_options p = PK_ICS_OPTIONS_INIT;
            p.dtstamp = "20250101T000000Z";
            p.uid_domain = domains[i];
            TE(PK_EINVAL, pk_schedule_to_ics(&text, NULL, s, &p, err));
        }
    }

    /* holidays and working days */
    TE(PK_EINVAL, pk_holidays_load_string(NULL, "x", 1, "x", err));
    TE(PK_EINVAL, pk_holidays_load_file(NULL, "x.csv", err));
    pk_holidays_free(NULL);
    pk_holidays_free((pk_holiday_table *)ht); /* built-in: ignored */
    TT(pk_holidays_count(NULL) == 0);
    TT(pk_holidays_at(NULL, 0) == NULL && pk_holidays_at(ht, SIZE_MAX) == NULL);
    TT(pk_holidays_at(ht, pk_holidays_count(ht)) == NULL);
    TS(PK_EINVAL, pk_holidays_years(&i1, &i2, NULL, NULL));
    TS(PK_EINVAL, pk_holidays_years(NULL, &i2, ht, NULL));
    TS(PK_EINVAL, pk_holidays_years(&i1, NULL, ht, NULL));
    TS(PK_EINVAL, pk_holidays_find(NULL, NULL, good, NULL));
    TS(PK_EINVAL, pk_holidays_find(NULL, ht, good, NULL));
    {
        const pk_holiday *h = (const pk_holiday *)ht;
        TS(PK_ERANGE, pk_holidays_find(&h, ht, D("1950-01-02"), NULL));
        TS(PK_ERANGE, pk_holidays_find(&h, ht, D("2199-12-31"), NULL));
        TS(PK_ENOTFOUND, pk_holidays_find(&h, ht, D("2024-11-26"), NULL));
        TT(h == NULL);
    }
    TT(strcmp(pk_holiday_kind_name((pk_holiday_kind)3), "?") == 0);
    TT(strcmp(pk_holiday_kind_name((pk_holiday_kind)0), "?") == 0);
    TE(PK_EINVAL, pk_workcal_new(NULL, NULL, NULL, err));
    {
        pk_workcal *c = (pk_workcal *)1;
        pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
        o.version = PK_WORKDAY_OPTIONS_VERSION + 1;
        TE(PK_EINVAL, pk_workcal_new(&c, NULL, &o, err));
        TT(c == NULL);
        o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
        o.closed_kinds = 0x80;
        TE(PK_EINVAL, pk_workcal_new(&c, NULL, &o, err));
        o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
        o.roll = (pk_roll)99;
        TE(PK_EINVAL, pk_workcal_new(&c, NULL, &o, err));
        o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
        o.extra_holidays_count = 3; /* with a NULL array */
        TE(PK_EINVAL, pk_workcal_new(&c, NULL, &o, err));
        o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
        o.extra_workdays_count = SIZE_MAX;
        TE(PK_EINVAL, pk_workcal_new(&c, NULL, &o, err));
        static const pk_date bad_extra[] = {{2024, 2, 30}};
        o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
        o.extra_holidays = bad_extra;
        o.extra_holidays_count = 1;
        TE(PK_EINVAL, pk_workcal_new(&c, NULL, &o, err));
        o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
        o.extra_workdays = bad_extra;
        o.extra_workdays_count = 1;
        TE(PK_EINVAL, pk_workcal_new(&c, NULL, &o, err));
        /* a raising calendar on a non-working start (Sunday 24 Nov 2024) */
        o = (pk_workday_options)PK_WORKDAY_OPTIONS_INIT;
        o.roll = PK_ROLL_RAISE;
        TE(PK_OK, pk_workcal_new(&c, NULL, &o, err));
        TS(PK_EINVAL, pk_workcal_add(&d, &flags, c, D("2024-11-24"), 3, NULL));
        pk_workcal_free(c);
    }
    pk_workcal_free(NULL);
    pk_workcal_free((pk_workcal *)cal); /* built-in: ignored */
    TS(PK_EINVAL, pk_workcal_is_workday(&i1, &flags, NULL, good, NULL));
    TS(PK_EINVAL, pk_workcal_is_workday(NULL, &flags, cal, good, NULL));
    TS(PK_OK, pk_workcal_is_workday(&i1, NULL, cal, good, NULL));
    TS(PK_ERANGE, pk_workcal_is_workday(&i1, NULL, cal, D("2199-12-31"), NULL));
    TS(PK_ERANGE, pk_workcal_is_workday(&i1, NULL, cal, D("1900-01-01"), NULL));
    TS(PK_EINVAL, pk_workcal_add(&d, &flags, NULL, good, 1, NULL));
    TS(PK_EINVAL, pk_workcal_add(NULL, &flags, cal, good, 1, NULL));
    TS(PK_EINVAL, pk_workcal_count(&n, &flags, NULL, good, good, NULL));
    TS(PK_EINVAL, pk_workcal_count(NULL, &flags, cal, good, good, NULL));
    TS(PK_ERANGE, pk_workcal_count(&n, &flags, cal, D("1900-01-01"), good, NULL));
    {
        int32_t st[2] = {0, 0}, nn[2] = {1, 1}, out[2];
        size_t bad = 99;
        TS(PK_EINVAL, pk_workcal_add_serial_many(out, &bad, NULL, st, nn, 2, NULL));
        TS(PK_EINVAL, pk_workcal_add_serial_many(out, &bad, cal, NULL, nn, 2, NULL));
        TS(PK_EINVAL, pk_workcal_add_serial_many(out, &bad, cal, st, NULL, 2, NULL));
        TS(PK_EINVAL, pk_workcal_add_serial_many(NULL, &bad, cal, st, nn, 2, NULL));
        TS(PK_OK, pk_workcal_add_serial_many(NULL, &bad, cal, NULL, NULL, 0, NULL));
    }
    TT(pk_deadline_rule_get((pk_deadline_id)-1) == NULL);
    TT(pk_deadline_rule_get((pk_deadline_id)pk_deadline_count()) == NULL);
    TT(pk_deadline_rule_get((pk_deadline_id)INT_MAX) == NULL);
    TE(PK_EINVAL, pk_deadline_find(NULL, "report", err));
    TE(PK_EINVAL, pk_deadline_compute(&dl, cal, (pk_deadline_id)pk_deadline_count(), good, err));
    TE(PK_EINVAL, pk_deadline_compute(&dl, cal, (pk_deadline_id)-1, good, err));
    TE(PK_EINVAL, pk_deadline_compute(&dl, cal, (pk_deadline_id)INT_MAX, good, err));
    TE(PK_EINVAL, pk_deadline_compute(NULL, cal, PK_DEADLINE_REPORT, good, err));
    TE(PK_OK, pk_deadline_compute(&dl, NULL, PK_DEADLINE_REPORT, good, err)); /* NULL = built-in */
    TE(PK_ERANGE, pk_deadline_compute(&dl, cal, PK_DEADLINE_TSM_BAWASLU, D("2199-12-31"), err));
    TE(PK_ERANGE, pk_deadline_compute(&dl, cal, PK_DEADLINE_REPORT, D("2199-12-31"), err));
    assert_int_equal(nfailed, before);
}

/* -------------------------------------------------- numbers at edges -- */

static void test_number_edges(void **state)
{
    (void)state;
    long before = nfailed;
    const pk_date good = D("2024-11-27");
    const pk_workcal *cal = pk_workcal_builtin();
    static const int32_t edges[] = {INT32_MIN, INT32_MIN + 1, -200000, 200000, INT32_MAX - 1, INT32_MAX};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
        pk_date out = {1, 1, 1};
        unsigned flags = 0;
        TS(PK_ERANGE, pk_date_add_days(&out, good, edges[i]));
        TT(out.year == 0 && out.month == 0 && out.day == 0);
        TS(PK_ERANGE, pk_date_add_months(&out, good, edges[i]));
        TS(PK_ERANGE, pk_date_from_serial(&out, edges[i]));
        TS(PK_ERANGE, pk_workcal_add(&out, &flags, cal, good, edges[i], NULL));
        int32_t st[1] = {edges[i]}, nn[1] = {1}, res[1];
        size_t bad = 99;
        /* a start outside 1900..2199 is an invalid date, as for pk_workcal_add() */
        TS(PK_EINVAL, pk_workcal_add_serial_many(res, &bad, cal, st, nn, 1, NULL));
        TT(bad == 0);
        st[0] = 20000;
        nn[0] = edges[i];
        TS(PK_ERANGE, pk_workcal_add_serial_many(res, &bad, cal, st, nn, 1, NULL));
    }
    /* the very edges of the date range */
    pk_date out;
    int32_t n;
    TS(PK_ERANGE, pk_date_add_days(&out, D("2199-12-31"), 1));
    TS(PK_ERANGE, pk_date_add_days(&out, D("1900-01-01"), -1));
    TS(PK_ERANGE, pk_date_add_months(&out, D("2199-12-31"), 1));
    TS(PK_ERANGE, pk_date_add_months(&out, D("1900-01-31"), -1));
    TS(PK_OK, pk_date_diff_days(&n, D("1900-01-01"), D("2199-12-31")));
    TT(n == 109572);
    TS(PK_OK, pk_date_to_serial(D("1900-01-01"), &n));
    TS(PK_ERANGE, pk_date_from_serial(&out, n - 1));
    TS(PK_OK, pk_date_to_serial(D("2199-12-31"), &n));
    TS(PK_ERANGE, pk_date_from_serial(&out, n + 1));
    /* huge caps with NULL arrays */
    size_t total = 9;
    TE(PK_EINVAL, pk_region_list(NULL, SIZE_MAX, &total, NULL, err));
    TE(PK_EINVAL, pk_region_provinces(NULL, SIZE_MAX, &total, err));
    TE(PK_EINVAL, pk_region_children(NULL, 5, &total, "35", err));
    {
        pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
        TE(PK_EINVAL, pk_region_resolve(&res, NULL, SIZE_MAX, "Bekasi", NULL, err));
        size_t t2 = 9;
        TE(PK_EINVAL, pk_region_find_in_text(NULL, SIZE_MAX, &t2, "Kota Bekasi", 11, 0, err));
        TT(t2 == 0);
        TE(PK_ETOOLONG, pk_region_find_in_text(NULL, 0, &t2, huge, SIZE_MAX, 0, err));
    }
    /* region code numbers */
    const pk_region *r = NULL;
    unsigned how = 0;
    static const long long bad_nums[] = {LLONG_MIN, -1, 0, 3, 123, 12345, 1234567, 12345678, 123456789,
                                         12345678901LL, LLONG_MAX};
    for (size_t i = 0; i < sizeof bad_nums / sizeof bad_nums[0]; i++)
        TE(PK_ERANGE, pk_region_lookup_num(&r, &how, bad_nums[i], err));
    TE(PK_ENOTFOUND, pk_region_lookup_num(&r, &how, 99, err));
    TE(PK_ENOTFOUND, pk_region_lookup_num(&r, &how, 3599, err));
    TE(PK_ENOTFOUND, pk_region_lookup_num(&r, &how, 9999999999LL, err));
    TE(PK_EINVAL, pk_region_lookup_num(NULL, &how, 3513, err));
    /* years */
    static const int bad_years[] = {INT_MIN, -1, 1899, 2018, 2019, 2200, INT_MAX};
    for (size_t i = 0; i < sizeof bad_years / sizeof bad_years[0]; i++) {
        const pk_region_cycle *c = NULL;
        int complete = 5;
        pk_region_counts counts;
        pk_region_election e;
        pk_region_filter f = PK_REGION_FILTER_INIT;
        f.year = bad_years[i];
        TE(PK_ENOTFOUND, pk_region_cycle_find(&c, bad_years[i], err));
        TE(PK_ENOTFOUND, pk_region_cycle_is_complete(&complete, bad_years[i], err));
        TT(complete == 0);
        TE(PK_ENOTFOUND, pk_region_count_by_kind(&counts, bad_years[i], err));
        TE(PK_ENOTFOUND, pk_region_election_in(&e, pk_region_at(0), bad_years[i], err));
        TE(PK_ENOTFOUND, pk_region_list(NULL, 0, &total, &f, err));
    }
    assert_int_equal(nfailed, before);
}

/* ------------------------------------------------------------ regions -- */

static void test_region_bad(void **state)
{
    (void)state;
    long before = nfailed;
    const pk_region *r = NULL;
    unsigned how = 0;
    size_t total = 0;
    int kind = 0;
    TT(strcmp(pk_region_kind_name(-1), "?") == 0 && strcmp(pk_region_kind_name(5), "?") == 0);
    TT(strcmp(pk_region_kind_name(INT_MIN), "?") == 0);
    TE(PK_EINVAL, pk_region_kind_parse(NULL, "kota", err));
    TT(pk_region_at(pk_region_count()) == NULL && pk_region_at(SIZE_MAX) == NULL);
    TT(pk_region_parent(NULL) == NULL);
    TE(PK_EINVAL, pk_region_lookup(NULL, &how, "35.13", err));
    static const char *const bad_codes[] = {"351", "35131", "3513012", "35130120", "351301200", "35135130120011",
                                            "35..13", ".35.13", "35.13.", "35-13", "35 13", "x35", "３５"};
    for (size_t i = 0; i < sizeof bad_codes / sizeof bad_codes[0]; i++) {
        TE(PK_EPARSE, pk_region_lookup(&r, &how, bad_codes[i], err));
        TT(r == NULL && how == 0);
    }
    static const char *const unknown_codes[] = {"99", "99.99", "35.99", "00", "35.00"};
    for (size_t i = 0; i < sizeof unknown_codes / sizeof unknown_codes[0]; i++)
        TE(PK_ENOTFOUND, pk_region_lookup(&r, &how, unknown_codes[i], err));
    TE(PK_EINVAL, pk_region_find_name(NULL, "Bekasi", PK_REGION_KOTA, err));
    TE(PK_EINVAL, pk_region_find_name(&r, "Bekasi", 99, err));
    TE(PK_EINVAL, pk_region_find_name(&r, "Bekasi", -2, err));
    TE(PK_EAMBIGUOUS, pk_region_find_name(&r, "Bekasi", PK_REGION_ANY_KIND, err));
    TT(r == NULL);
    {
        pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
        pk_region_candidate c[2];
        pk_region_resolve_options o = PK_REGION_RESOLVE_OPTIONS_INIT;
        TE(PK_EINVAL, pk_region_resolve(NULL, c, 2, "Bekasi", NULL, err));
        o.version = 0;
        TE(PK_EINVAL, pk_region_resolve(&res, c, 2, "Bekasi", &o, err));
        o = (pk_region_resolve_options)PK_REGION_RESOLVE_OPTIONS_INIT;
        o.max_distance = 4;
        TE(PK_EINVAL, pk_region_resolve(&res, c, 2, "Bekasi", &o, err));
        o.max_distance = -2;
        TE(PK_EINVAL, pk_region_resolve(&res, c, 2, "Bekasi", &o, err));
        o = (pk_region_resolve_options)PK_REGION_RESOLVE_OPTIONS_INIT;
        o.kind = 42;
        TE(PK_EINVAL, pk_region_resolve(&res, c, 2, "Bekasi", &o, err));
        o = (pk_region_resolve_options)PK_REGION_RESOLVE_OPTIONS_INIT;
        o.province = "99";
        TE(PK_ENOTFOUND, pk_region_resolve(&res, c, 2, "Bekasi", &o, err));
        /* ambiguous with a small array: total counts all three Gorontalo regions */
        TE(PK_EAMBIGUOUS, pk_region_resolve(&res, c, 1, "Gorontalo", NULL, err));
        TT(res.region == NULL && res.ncandidates == 1 && res.total >= 3);
        TE(PK_EINVAL, pk_region_resolve(&res, c, 2, "!!!---...", NULL, err));
    }
    TE(PK_EINVAL, pk_region_find_in_text(NULL, 0, NULL, "Kota Bekasi", 11, 0, err));
    TE(PK_EINVAL, pk_region_find_in_text(NULL, 0, &total, NULL, 11, 0, err));
    TE(PK_OK, pk_region_find_in_text(NULL, 0, &total, "Kota Bekasi", 11, 0, err));
    TT(total == 1);
    {
        static const char embedded_nul[] = "Kota\0Bekasi";
        TE(PK_OK, pk_region_find_in_text(NULL, 0, &total, embedded_nul, sizeof embedded_nul - 1, 0, err));
    }
    TT(pk_region_cycle_at(pk_region_cycle_count()) == NULL && pk_region_cycle_at(SIZE_MAX) == NULL);
    TE(PK_EINVAL, pk_region_cycle_find(NULL, 2024, err));
    TE(PK_EINVAL, pk_region_cycle_is_complete(NULL, 2024, err));
    {
        pk_region_election e;
        TE(PK_EINVAL, pk_region_election_in(NULL, pk_region_at(0), 2024, err));
        TE(PK_EINVAL, pk_region_election_in(&e, NULL, 2024, err));
        TT(e.title == NULL && e.elects == 0);
    }
    TT(pk_region_regime_at(pk_region_regime_count()) == NULL && pk_region_regime_at(SIZE_MAX) == NULL);
    TT(pk_region_regime_applies(NULL, pk_region_at(0)) == 0);
    TT(pk_region_regime_applies(pk_region_regime_at(0), NULL) == 0);
    {
        pk_region_filter f = PK_REGION_FILTER_INIT;
        TE(PK_EINVAL, pk_region_list(NULL, 0, NULL, &f, err));
        f.version = PK_REGION_FILTER_VERSION + 1;
        TE(PK_EINVAL, pk_region_list(NULL, 0, &total, &f, err));
        TT(total == 0);
        f = (pk_region_filter)PK_REGION_FILTER_INIT;
        f.kind = 17;
        TE(PK_EINVAL, pk_region_list(NULL, 0, &total, &f, err));
        f = (pk_region_filter)PK_REGION_FILTER_INIT;
        f.province = "35.13"; /* not a province */
        TE(PK_ENOTFOUND, pk_region_list(NULL, 0, &total, &f, err));
    }
    TE(PK_EINVAL, pk_region_provinces(NULL, 0, NULL, err));
    TE(PK_EINVAL, pk_region_children(NULL, 0, NULL, "35", err));
    TE(PK_ENOTFOUND, pk_region_children(NULL, 0, &total, "35.13", err));
    TE(PK_EINVAL, pk_region_count_by_kind(NULL, 2024, err));
    (void)kind;
    assert_int_equal(nfailed, before);
}

/* ------------------------------------------------------------ versions --
 * Versioned structs (docs/abi.md): every version from 1 to the current one
 * is accepted, 0 and later ones are refused, and a result keeps the version
 * the caller set. */

static void test_versions(void **state)
{
    (void)state;
    long before = nfailed;
    const pk_schedule *s = s2024();
    pk_date voting = D("2024-11-27");
    for (unsigned v = 0; v <= PK_PHASE_VERSION + 1; v++) {
        pk_phase ph = PK_PHASE_INIT;
        ph.version = v;
        int known = v >= 1 && v <= PK_PHASE_VERSION;
        TS(known ? PK_OK : PK_EINVAL, pk_schedule_phase(&ph, s, voting, NULL));
        TT(ph.version == v);
        TT(!known || (ph.innermost && strcmp(ph.innermost->id, "voting") == 0));
    }
    for (unsigned v = 0; v <= PK_WINDOW_VERSION + 1; v++) {
        pk_window w = PK_WINDOW_INIT;
        w.version = v;
        int known = v >= 1 && v <= PK_WINDOW_VERSION;
        TE(known ? PK_OK : PK_EINVAL, pk_schedule_window(&w, s, PK_WINDOW_QUIET, err));
        TT(w.version == v);
        /* masa tenang of 2024: 24-26 Nov 2024 (PKPU 2/2024) */
        TT(!known || (w.has_start && pk_date_compare(w.start, D("2024-11-24")) == 0));
    }
    pk_incident good = PK_INCIDENT_INIT;
    good.actor = PK_ACTOR_PNS;
    good.act = PK_ACT_SOCMED_LIKE;
    good.occurred = D("2024-10-01");
    pk_finding f[4];
    for (unsigned v = 0; v <= PK_CLASSIFICATION_VERSION + 1; v++) {
        pk_classification res = PK_CLASSIFICATION_INIT;
        res.version = v;
        int known = v >= 1 && v <= PK_CLASSIFICATION_VERSION;
        TE(known ? PK_OK : PK_EINVAL, pk_classify(&res, f, 4, &good, err));
        TT(res.version == v);
        TT(!known || (res.finding_count > 0 && f[0].version == v));
    }
    for (unsigned v = 0; v <= PK_INCIDENT_VERSION + 1; v++) {
        pk_incident inc = good;
        inc.version = v;
        int known = v >= 1 && v <= PK_INCIDENT_VERSION;
        pk_classification res = PK_CLASSIFICATION_INIT;
        TE(known ? PK_OK : PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        TE(known ? PK_OK : PK_EINVAL, pk_incident_set(&inc, "tsm", "yes", err));
    }
    for (unsigned v = 0; v <= PK_TRACE_VERSION + 1; v++) {
        pk_trace t = PK_TRACE_INIT;
        t.version = v;
        pk_rule_trace r[1];
        int known = v >= 1 && v <= PK_TRACE_VERSION;
        TE(known ? PK_EBUFSIZE : PK_EINVAL, pk_classify_trace(&t, r, 1, &good, err));
        TT(t.version == v);
    }
    pk_region_candidate c[4];
    for (unsigned v = 0; v <= PK_REGION_RESOLUTION_VERSION + 1; v++) {
        pk_region_resolution r = PK_REGION_RESOLUTION_INIT;
        r.version = v;
        int known = v >= 1 && v <= PK_REGION_RESOLUTION_VERSION;
        TE(known ? PK_OK : PK_EINVAL, pk_region_resolve(&r, c, 4, "Kabupaten Probolinggo", NULL, err));
        TT(r.version == v);
        TT(!known || (r.region && strcmp(r.region->code, "35.13") == 0));
    }
    for (unsigned v = 0; v <= PK_REGION_RESOLVE_OPTIONS_VERSION + 1; v++) {
        pk_region_resolution r = PK_REGION_RESOLUTION_INIT;
        pk_region_resolve_options o = PK_REGION_RESOLVE_OPTIONS_INIT;
        o.version = v;
        int known = v >= 1 && v <= PK_REGION_RESOLVE_OPTIONS_VERSION;
        TE(known ? PK_OK : PK_EINVAL, pk_region_resolve(&r, c, 4, "Kabupaten Probolinggo", &o, err));
    }
    for (unsigned v = 0; v <= PK_WORKDAY_OPTIONS_VERSION + 1; v++) {
        pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
        o.version = v;
        pk_workcal *cal = NULL;
        int known = v >= 1 && v <= PK_WORKDAY_OPTIONS_VERSION;
        TE(known ? PK_OK : PK_EINVAL, pk_workcal_new(&cal, pk_holidays_builtin(), &o, err));
        pk_workcal_free(cal);
    }
    assert_int_equal(nfailed, before);
}

/* ---------------------------------------------------------- violations -- */

static void test_violation_bad(void **state)
{
    (void)state;
    long before = nfailed;
    pk_finding f[4];
    pk_classification res = PK_CLASSIFICATION_INIT;
    char *text = NULL;
    pk_incident good = PK_INCIDENT_INIT;
    good.actor = PK_ACTOR_PNS;
    good.act = PK_ACT_SOCMED_LIKE;
    good.occurred = D("2024-10-01");
    TE(PK_OK, pk_classify(&res, f, 4, &good, err));
    TE(PK_EINVAL, pk_classify(&res, f, 4, NULL, err));
    TE(PK_EINVAL, pk_classify(NULL, f, 4, &good, err));
    TE(PK_EINVAL, pk_classify(&res, NULL, 4, &good, err));
    TE(PK_EINVAL, pk_classify(&res, NULL, SIZE_MAX, &good, err));
    TE(PK_EINVAL, pk_explain(&text, NULL, err));
    TE(PK_EINVAL, pk_explain(NULL, &good, err));
    TE(PK_EINVAL, pk_incident_set(NULL, "actor", "pns", err));
    TS(PK_EINVAL, pk_actor_from_name(NULL, "pns", NULL));
    TS(PK_EINVAL, pk_act_from_name(NULL, "give_money", NULL));
    TE(PK_EINVAL, pk_rule_find(NULL, "x", err));
    TT(pk_rule_at(pk_rule_count()) == NULL && pk_rule_at(SIZE_MAX) == NULL);
    TT(strcmp(pk_actor_name((pk_actor)pk_actor_count()), "?") == 0 && strcmp(pk_actor_name((pk_actor)-1), "?") == 0);
    TT(strcmp(pk_act_name((pk_act)-1), "?") == 0 && strcmp(pk_act_name((pk_act)INT_MAX), "?") == 0);
    TT(strcmp(pk_category_name((pk_category)99), "?") == 0);
    TT(strcmp(pk_subcategory_name((pk_subcategory)99), "?") == 0);
    TT(strcmp(pk_discipline_name((pk_discipline)99), "?") == 0);
    TT(strcmp(pk_outcome_name((pk_outcome)99), "?") == 0);
    TT(strcmp(pk_certainty_name((pk_certainty)-3), "?") == 0);

    /* a bad incident, one field at a time ({0,0,0} means "absent" in an incident: skipped) */
    for (size_t i = 0; i < sizeof bad_dates / sizeof bad_dates[0]; i++) {
        pk_incident inc = good;
        if (bad_dates[i].d.year == 0)
            continue;
        current = bad_dates[i].name;
        inc.occurred = bad_dates[i].d;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        TE(PK_EINVAL, pk_explain(&text, &inc, err));
        TT(text == NULL);
        inc = good;
        inc.discovered = bad_dates[i].d;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        inc = good;
        inc.reported = bad_dates[i].d;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
    }
    current = "";
    {
        pk_incident inc = good;
        inc.version = 0;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        inc.version = PK_INCIDENT_VERSION + 1;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        inc = good;
        inc.actor = (pk_actor)pk_actor_count();
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        inc = good;
        inc.actor = (pk_actor)-1;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        inc = good;
        inc.act = (pk_act)INT_MAX;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        inc = good;
        inc.involved_actor = (pk_actor)9999;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        inc = good;
        inc.tsm = (pk_tristate)3;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        inc = good;
        inc.supported = (pk_supported)-1;
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        inc = good;
        strcpy(inc.region, "99.99");
        TE(PK_ENOTFOUND, pk_classify(&res, f, 4, &inc, err));
        inc = good;
        memset(inc.region, 'x', sizeof inc.region); /* not NUL-terminated */
        TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        /* a year outside the date range is invalid; an untabulated one is not found */
        static const int bad_cycles[] = {INT_MIN, -1, 2200, INT_MAX};
        for (size_t i = 0; i < sizeof bad_cycles / sizeof bad_cycles[0]; i++) {
            inc = good;
            inc.cycle = bad_cycles[i];
            TE(PK_EINVAL, pk_classify(&res, f, 4, &inc, err));
        }
        static const int unknown_cycles[] = {1, 1899, 1900, 2018, 2019, 2023, 2199};
        for (size_t i = 0; i < sizeof unknown_cycles / sizeof unknown_cycles[0]; i++) {
            inc = good;
            inc.cycle = unknown_cycles[i];
            TE(PK_ENOTFOUND, pk_classify(&res, f, 4, &inc, err));
        }
    }
    /* incident facts as text */
    static const struct {
        const char *key, *value;
        pk_status want;
    } sets[] = {
        {"occurred", "2024-02-30", PK_EPARSE}, {"occurred", "1899-12-31", PK_EPARSE},
        {"discovered", "2200-01-01", PK_EPARSE}, {"reported", "24-11-27", PK_EPARSE},
        {"region", "99.99", PK_ENOTFOUND}, {"region", "35.13.01.2001.9", PK_EPARSE},
        {"cycle", "2147483648", PK_EPARSE}, {"cycle", "-2024", PK_EPARSE}, {"cycle", "2024x", PK_EPARSE},
        {"supported", "maybe", PK_EPARSE}, {"minister_approval", "ya", PK_EPARSE},
        {"on_leave", "YES ", PK_EPARSE}, {"act", "give cash", PK_ENOTFOUND},
        {"involved_actor", "president", PK_ENOTFOUND}, {"Actor", "pns", PK_EINVAL},
        {"actor ", "pns", PK_EINVAL}, {"schedule", "pilkada-2024", PK_EINVAL}, {"version", "1", PK_EINVAL},
    };
    for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++) {
        char what[120];
        pk_error e;
        err_reset(&e);
        snprintf(what, sizeof what, "pk_incident_set(%s=%s)", sets[i].key, sets[i].value);
        check_err(__LINE__, what, incident_set(sets[i].key, sets[i].value, &e), sets[i].want, &e);
    }
    assert_int_equal(nfailed, before);
}

/* --------------------------------------------- truncated/malformed files -- */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(4u << 20);
    *len = buf ? fread(buf, 1, (4u << 20) - 1, f) : 0;
    fclose(f);
    if (buf)
        buf[*len] = '\0';
    return buf;
}

static void spit(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (len && fwrite(data, 1, len, f) != len)
        abort();
    fclose(f);
}

/* Byte offset of the start of the n-th line (1-based) of data. */
static size_t line_start(const char *data, size_t len, int n)
{
    size_t pos = 0;
    for (int line = 1; line < n && pos < len; pos++)
        if (data[pos] == '\n')
            line++;
    return pos;
}

typedef pk_status (*file_fn)(const char *path, pk_error *err);

static pk_status load_schedule_file(const char *path, pk_error *err)
{
    pk_schedule *s = NULL;
    pk_status st = pk_schedule_load_file(&s, path, err);
    pk_schedule_free(s);
    return st;
}

static pk_status load_holiday_file(const char *path, pk_error *err)
{
    pk_holiday_table *t = NULL;
    pk_status st = pk_holidays_load_file(&t, path, err);
    pk_holidays_free(t);
    return st;
}

static void file_matrix(const char *name, const char *src, file_fn load)
{
    size_t len = 0;
    char *data = slurp(src, &len);
    assert_non_null(data);
    const char *tmp = "bad_input_tmp.csv";
    char what[160];
    pk_error e;

#define FILE_CASE(want, desc)                                                                                      \
    do {                                                                                                           \
        err_reset(&e);                                                                                             \
        pk_status got_ = load(tmp, &e);                                                                            \
        snprintf(what, sizeof what, "%s: %s", name, desc);                                                         \
        check_err(__LINE__, what, got_, want, &e);                                                                 \
    } while (0)

    spit(tmp, data, len);
    FILE_CASE(PK_OK, "the file itself");
    spit(tmp, "", 0);
    FILE_CASE(PK_EPARSE, "empty file");
    /* cut in the middle of the first data row: a row with too few fields */
    size_t hdr = 0;
    for (int l = 1; l < 200; l++) {
        size_t p = line_start(data, len, l);
        if (p < len && data[p] != '#') {
            hdr = p;
            break;
        }
    }
    size_t row = hdr; /* start of the first data row, after the header */
    while (row < len && data[row] != '\n')
        row++;
    row++;
    size_t cut = row + 12;
    spit(tmp, data, cut);
    FILE_CASE(PK_EPARSE, "truncated inside the first data row");
    spit(tmp, data, hdr + 5);
    FILE_CASE(PK_EPARSE, "truncated inside the header");
    /* an unterminated quoted field */
    {
        char *q = malloc(row + 32);
        memcpy(q, data, row);
        memcpy(q + row, "\"2024-01-01,unterminated\n", 25);
        spit(tmp, q, row + 25);
        FILE_CASE(PK_EPARSE, "unterminated quote");
        /* a truncated UTF-8 sequence at the very end */
        memcpy(q + row, "\xE2\x82", 2);
        spit(tmp, q, row + 2);
        FILE_CASE(PK_EENCODING, "truncated UTF-8 sequence");
        memcpy(q + row, "\0\n", 2);
        spit(tmp, q, row + 2);
        FILE_CASE(PK_EPARSE, "NUL byte");
        free(q);
    }
    /* invalid UTF-8 in the middle of a real row */
    {
        char *c = malloc(len + 1);
        memcpy(c, data, len);
        c[row + 3] = '\xff';
        spit(tmp, c, len);
        FILE_CASE(PK_EENCODING, "invalid UTF-8 byte in a row");
        free(c);
    }
    /* the file duplicated: every id or date twice */
    {
        char *c = malloc(2 * len + 1);
        memcpy(c, data, len);
        memcpy(c + len, data + row, len - row);
        spit(tmp, c, len + (len - row));
        FILE_CASE(PK_EPARSE, "every row twice");
        free(c);
    }
    /* a 17 MiB file: over the 16 MiB limit */
    {
        size_t big = (size_t)17 << 20;
        char *c = malloc(big);
        memset(c, '#', big);
        for (size_t i = 80; i < big; i += 81)
            c[i] = '\n';
        spit(tmp, c, big);
        FILE_CASE(PK_ETOOLONG, "17 MiB file");
        free(c);
    }
    remove(tmp);
    FILE_CASE(PK_EIO, "missing file");
    {
        char dir[512];
        snprintf(dir, sizeof dir, "%s/data", PK_SOURCE_DIR);
        err_reset(&e);
        pk_status got = load(dir, &e);
        snprintf(what, sizeof what, "%s: a directory", name);
        check_err(__LINE__, what, got, PK_EIO, &e);
    }
#undef FILE_CASE
    free(data);
}

static void test_files(void **state)
{
    (void)state;
    long before = nfailed;
    file_matrix("schedule", PK_SOURCE_DIR "/data/schedules/pilkada-2024.csv", load_schedule_file);
    file_matrix("holidays", PK_SOURCE_DIR "/data/holidays_id.csv", load_holiday_file);
    assert_int_equal(nfailed, before);
}

static int setup(void **state)
{
    (void)state;
    huge = malloc(HUGE_LEN + 1);
    if (!huge)
        return -1;
    memset(huge, 'a', HUGE_LEN);
    huge[HUGE_LEN] = '\0';
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(huge);
    printf("bad-input matrix: %ld cases, %ld mismatches\n", ncases, nfailed);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_string_matrix), cmocka_unit_test(test_date_matrix),
        cmocka_unit_test(test_null_pointers), cmocka_unit_test(test_number_edges),
        cmocka_unit_test(test_region_bad),    cmocka_unit_test(test_violation_bad),
        cmocka_unit_test(test_files),         cmocka_unit_test(test_versions),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
