/* Threads: 8 threads run every read API at once, on the built-in tables and on
 * objects loaded once and shared (a schedule, a holiday table, a working-day
 * calendar), and each thread's answers must equal the single-threaded ones.
 * Run under ThreadSanitizer by the `tsan` stage of tools/test.sh.
 *
 * Each battery folds every answer (status codes, dates, ids, counts, the
 * iCalendar text) into a 64-bit FNV-1a digest; the reference digest is
 * computed first, alone, and the facts it rests on are checked against the
 * sources (2024-11-25 lies in the masa tenang of Pilkada 2024, PKPU 2/2024;
 * 35.13 is Kabupaten Probolinggo, Kemendagri; 2024-11-27 was a libur pemilihan,
 * Keppres 33/2024; a civil servant liking a pair's post on 1 Oct 2024, after
 * penetapan paslon, breaches the ASN discipline rules, PP 94/2021).
 *
 * PK_THREADS_ROUNDS (environment) sets the rounds per thread (default 12; 3 under valgrind,
 * tests/test_light.h). */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"
#include "test_light.h"

#define NTHREADS 8

/* ------------------------------------------------------------ digest -- */

typedef struct digest {
    uint64_t h;
    unsigned long ops;
} digest;

static void mix_bytes(digest *d, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        d->h ^= b[i];
        d->h *= 1099511628211ull;
    }
    d->ops++;
}

static void mix_int(digest *d, long long v)
{
    mix_bytes(d, &v, sizeof v);
}

static void mix_str(digest *d, const char *s)
{
    if (!s)
        mix_int(d, -12345);
    else
        mix_bytes(d, s, strlen(s) + 1);
}

static void mix_date(digest *d, pk_date x)
{
    mix_int(d, x.year * 10000LL + x.month * 100 + x.day);
}

/* ----------------------------------------------------- shared objects -- */

typedef struct shared {
    pk_schedule *loaded;
    pk_holiday_table *holidays;
    pk_workcal *workcal;
} shared;

static const char schedule_text[] =
    "#% id: threads\n#% title: Threads\n#% title_id: Utas\n#% cycle: 2024\n#% basis: PKPU 2/2024\n"
    "#% source: test_threads\n"
    "id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,status,source,note\n"
    "conduct,,,,,,,spans,Penyelenggaraan,Conduct,,CONFIRMED,,\n"
    "reg,conduct,registration,registration,yes,2024-08-27,2024-08-29,,Pendaftaran,Registration,,CONFIRMED,,\n"
    "det,conduct,determination,,yes,2024-09-22,2024-09-22,,Penetapan,Determination,,CONFIRMED,,\n"
    "camp,conduct,campaign,campaign,yes,2024-09-25,2024-11-23,,Kampanye,Campaign,,CONFIRMED,,\n"
    "quiet,conduct,quiet,,yes,2024-11-24,2024-11-26,,Masa tenang,Quiet,,CONFIRMED,,\n"
    "vote,conduct,voting,voting,yes,2024-11-27,2024-11-27,,Pemungutan,Voting,,CONFIRMED,,\n";

static const char holiday_text[] = "#% years: 2024-2025\n"
                                   "date,kind,name_id,name_en,basis,status\n"
                                   "2024-11-27,libur_pemilihan,Pilkada,Voting day,Keppres 33/2024,CONFIRMED\n"
                                   "2024-12-25,libur_nasional,Natal,Christmas,SKB 2024,CONFIRMED\n"
                                   "2024-12-26,cuti_bersama,Cuti bersama Natal,Christmas leave,SKB 2024,CONFIRMED\n"
                                   "2025-01-01,libur_nasional,Tahun Baru,New Year,SKB 2025,CONFIRMED\n";

/* --------------------------------------------------------- batteries -- */

static const char *const date_texts[] = {"2024-11-27", "2024-02-29", "2023-02-29", "1900-01-01", "2199-12-31",
                                         "2200-01-01", "2024-13-01", "",           "2024-11-27x"};
static const char *const probe_dates[] = {"2024-01-01", "2024-08-28", "2024-09-22", "2024-11-25", "2024-11-27",
                                          "2024-12-31", "2020-12-09", "2025-08-06", "2019-06-01"};

static pk_date D(const char *s)
{
    pk_date d;
    if (pk_date_parse(&d, s, NULL) != PK_OK)
        abort();
    return d;
}

static void battery_dates(digest *g)
{
    char buf[PK_DATE_STRLEN];
    for (size_t i = 0; i < sizeof date_texts / sizeof date_texts[0]; i++) {
        pk_date d;
        pk_error err;
        pk_status st = pk_date_parse(&d, date_texts[i], &err);
        mix_int(g, st);
        if (st != PK_OK) {
            mix_str(g, err.text);
            continue;
        }
        mix_int(g, pk_date_format(buf, sizeof buf, d, NULL));
        mix_str(g, buf);
        int32_t serial = 0;
        mix_int(g, pk_date_to_serial(&serial, d, NULL));
        mix_int(g, serial);
        pk_date e;
        mix_int(g, pk_date_add_days(&e, d, 1000, NULL));
        mix_date(g, e);
        mix_int(g, pk_date_add_months(&e, d, -6, NULL));
        mix_date(g, e);
        mix_int(g, pk_date_from_serial(&e, serial - 1, NULL));
        mix_date(g, e);
        mix_int(g, pk_date_weekday(d));
    }
}

static void battery_schedule(digest *g, const pk_schedule *s)
{
    mix_str(g, pk_schedule_id(s));
    mix_str(g, pk_schedule_title(s));
    mix_int(g, pk_schedule_cycle(s));
    size_t n = pk_schedule_stage_count(s);
    mix_int(g, (long long)n);
    for (size_t i = 0; i < n; i++) {
        const pk_stage *st = pk_schedule_stage_at(s, i);
        const pk_stage *found = NULL;
        mix_int(g, pk_schedule_find(&found, s, st->id, NULL));
        mix_str(g, found ? found->id : NULL);
        const pk_stage *parent = pk_schedule_parent(s, st);
        mix_str(g, parent ? parent->id : NULL);
    }
    for (int role = PK_ROLE_NONE; role <= PK_ROLE_VOTER_LIST; role++) {
        const pk_stage *st = NULL;
        mix_int(g, pk_schedule_find_role(&st, s, (pk_stage_role)role, NULL));
        mix_str(g, st ? st->id : NULL);
    }
    for (size_t i = 0; i < sizeof probe_dates / sizeof probe_dates[0]; i++) {
        pk_date d = D(probe_dates[i]);
        const pk_stage *act[16];
        size_t count = 0;
        mix_int(g, pk_schedule_active(act, 16, &count, s, d, NULL));
        mix_int(g, (long long)count);
        for (size_t k = 0; k < count && k < 16; k++)
            mix_str(g, act[k]->id);
        pk_phase ph = PK_PHASE_INIT;
        mix_int(g, pk_schedule_phase(&ph, s, d, NULL));
        mix_int(g, ph.position);
        mix_str(g, ph.top ? ph.top->id : NULL);
        mix_str(g, ph.next ? ph.next->id : NULL);
        mix_int(g, ph.days_to_next);
        const pk_stage *next = NULL;
        int32_t until = 0;
        mix_int(g, pk_schedule_next_milestone(&next, &until, s, d, NULL));
        mix_int(g, until);
        mix_int(g, pk_schedule_days_until_voting(&until, s, d, NULL));
        mix_int(g, until);
    }
    for (int k = PK_WINDOW_CAMPAIGN; k <= PK_WINDOW_REGISTRATION; k++) {
        pk_window w = PK_WINDOW_INIT;
        pk_status st = pk_schedule_window(&w, s, (pk_window_kind)k, NULL);
        mix_int(g, st);
        if (st == PK_OK) {
            mix_int(g, w.has_start);
            mix_int(g, w.has_end);
            if (w.has_start)
                mix_date(g, w.start);
            if (w.has_end)
                mix_date(g, w.end);
            mix_int(g, pk_window_contains(&w, D("2024-11-25")));
        }
        mix_str(g, pk_window_kind_name((pk_window_kind)k));
    }
}

static void battery_ics(digest *g, const pk_schedule *s)
{
    pk_ics_options o = PK_ICS_OPTIONS_INIT;
    o.dtstamp = "20250101T000000Z";
    char *text = NULL;
    size_t len = 0;
    mix_int(g, pk_schedule_to_ics(&text, &len, s, &o, NULL));
    if (text)
        mix_bytes(g, text, len);
    pk_free(text);
}

static void battery_workdays(digest *g, const pk_workcal *cal, const pk_holiday_table *t)
{
    mix_int(g, (long long)pk_holidays_count(t));
    int first = 0, last = 0;
    mix_int(g, pk_holidays_years(&first, &last, t, NULL));
    mix_int(g, first * 10000LL + last);
    for (size_t i = 0; i < sizeof probe_dates / sizeof probe_dates[0]; i++) {
        pk_date d = D(probe_dates[i]);
        const pk_holiday *h = NULL;
        mix_int(g, pk_holidays_find(&h, t, d, NULL));
        mix_str(g, h ? h->name_en : NULL);
        int is = -1;
        unsigned flags = 0;
        mix_int(g, pk_workcal_is_workday(&is, &flags, cal, d, NULL));
        mix_int(g, is * 16 + (int)flags);
        pk_date out = {0, 0, 0};
        mix_int(g, pk_workcal_add(&out, &flags, cal, d, 14, NULL));
        mix_date(g, out);
        mix_int(g, flags);
        int32_t count = 0;
        mix_int(g, pk_workcal_count(&count, &flags, cal, d, D("2025-01-31"), NULL));
        mix_int(g, count);
    }
    int32_t start[4], n[4] = {3, 14, -5, 0}, out[4];
    pk_date_to_serial(&start[0], D("2024-11-25"), NULL);
    pk_date_to_serial(&start[1], D("2024-12-20"), NULL);
    pk_date_to_serial(&start[2], D("2025-01-03"), NULL);
    pk_date_to_serial(&start[3], D("2024-11-27"), NULL);
    size_t failed = 0;
    mix_int(g, pk_workcal_add_serial_many(out, &failed, cal, start, n, 4, NULL));
    for (int i = 0; i < 4; i++)
        mix_int(g, out[i]);
    for (int id = 0; id < (int)pk_deadline_count(); id++) {
        pk_deadline dl;
        mix_int(g, pk_deadline_compute(&dl, cal, (pk_deadline_id)id, D("2024-11-20"), NULL));
        mix_date(g, dl.due);
        mix_int(g, dl.flags);
        const pk_deadline_rule *r = pk_deadline_rule_get((pk_deadline_id)id);
        const pk_deadline_rule *f = NULL;
        mix_int(g, pk_deadline_find(&f, r ? r->slug : "x", NULL));
        mix_int(g, f ? f->amount : -1);
    }
}

static const char *const region_codes[] = {"35.13", "3513", "35", "91.01", "35.13.01.2001", "99.99", "3.5", ""};
static const char *const region_names[] = {"Kab. Banyuasin", "KOTA MAKASSAR", "Pangkal Pinang", "Bekasi",
                                           "Probolingo",     "Pemkab OKU Timur", "Jambi",      "Xyzzy"};
static const char region_text[] =
    "Laporan dari Kabupaten Probolinggo dan Kota Bekasi; saksi di Bekasi dan Kab. Bandung Barat, "
    "juga Pemkab OKU Timur serta Kota Makassar.";

static void battery_regions(digest *g)
{
    for (size_t i = 0; i < sizeof region_codes / sizeof region_codes[0]; i++) {
        const pk_region *r = NULL;
        unsigned how = 0;
        mix_int(g, pk_region_lookup(&r, &how, region_codes[i], NULL));
        mix_str(g, r ? r->code : NULL);
        mix_int(g, how);
        if (r) {
            pk_region_election e;
            mix_int(g, pk_region_election_in(&e, r, 2024, NULL));
            mix_str(g, e.title);
        }
    }
    for (size_t i = 0; i < sizeof region_names / sizeof region_names[0]; i++) {
        pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
        pk_region_candidate c[8];
        mix_int(g, pk_region_resolve(&res, c, 8, region_names[i], NULL, NULL));
        mix_str(g, res.region ? res.region->code : NULL);
        mix_int(g, (long long)res.ncandidates);
        for (size_t k = 0; k < res.ncandidates; k++)
            mix_str(g, c[k].region->code);
        const pk_region *r = NULL;
        mix_int(g, pk_region_find_name(&r, region_names[i], PK_REGION_ANY_KIND, NULL));
        mix_str(g, r ? r->code : NULL);
    }
    /* the four-level registry: codes, names with context, text (the same answers from every thread) */
    for (size_t i = 0; i < sizeof region_codes / sizeof region_codes[0]; i++) {
        pk_place p = PK_PLACE_INIT;
        mix_int(g, pk_place_lookup(&p, NULL, region_codes[i], NULL));
        mix_str(g, p.id ? p.code : NULL);
    }
    static const char *const place_names[] = {"Kepala Desa Ngadisari", "Camat Sukapura", "Desa Sidomulyo",
                                              "Kabupaten Probolingo", "Jaksel"};
    for (size_t i = 0; i < sizeof place_names / sizeof place_names[0]; i++) {
        pk_place_resolution res = PK_PLACE_RESOLUTION_INIT;
        pk_place_candidate c[8];
        pk_place_options o = PK_PLACE_OPTIONS_INIT;
        o.context_text = region_text;
        mix_int(g, pk_place_resolve(&res, c, 8, place_names[i], &o, NULL));
        mix_int(g, (long long)res.id);
        mix_int(g, (long long)res.total);
    }
    pk_place_mention pm[8];
    size_t ptotal = 0;
    mix_int(g, pk_place_find_in_text(pm, 8, &ptotal, region_text, sizeof region_text - 1, NULL, NULL));
    mix_int(g, (long long)ptotal);
    for (size_t k = 0; k < ptotal && k < 8; k++)
        mix_int(g, (long long)pm[k].id);
    pk_region_mention m[8];
    size_t total = 0;
    mix_int(g, pk_region_find_in_text(m, 8, &total, region_text, sizeof region_text - 1, 0, NULL));
    mix_int(g, (long long)total);
    for (size_t k = 0; k < total && k < 8; k++) {
        mix_int(g, (long long)(m[k].start * 1000 + m[k].end));
        mix_str(g, m[k].region ? m[k].region->code : NULL);
    }
    const pk_region *list[64];
    mix_int(g, pk_region_children(list, 64, &total, "35", NULL));
    mix_int(g, (long long)total);
    pk_region_counts counts;
    mix_int(g, pk_region_count_by_kind(&counts, 2024, NULL));
    mix_int(g, (long long)counts.total);
}

static void battery_classify(digest *g, const pk_schedule *loaded)
{
    static const struct {
        const char *actor, *act, *occurred, *region;
    } cases[] = {
        {"pns", "socmed_like", "2024-10-01", "35.13"},
        {"candidate", "give_money", "2024-11-20", ""},
        {"regional_head", "replace_officials", "2024-04-01", "16.07"},
        {"kepala_desa", "support_at_campaign", "2024-10-15", ""},
        {"pejabat_daerah", "decision_favouring", "2024-11-14", "35.13"},
        {"voter", "give_money", "2020-12-01", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int use_loaded = 0; use_loaded < 2; use_loaded++) {
            pk_incident inc = PK_INCIDENT_INIT;
            mix_int(g, pk_incident_set(&inc, "actor", cases[i].actor, NULL));
            mix_int(g, pk_incident_set(&inc, "act", cases[i].act, NULL));
            mix_int(g, pk_incident_set(&inc, "occurred", cases[i].occurred, NULL));
            mix_int(g, pk_incident_set(&inc, "discovered", cases[i].occurred, NULL));
            if (cases[i].region[0])
                mix_int(g, pk_incident_set(&inc, "region", cases[i].region, NULL));
            if (use_loaded)
                inc.schedule = loaded;
            pk_finding f[8];
            pk_classification res = PK_CLASSIFICATION_INIT;
            mix_int(g, pk_classify(&res, f, 8, &inc, NULL));
            mix_int(g, res.outcome);
            mix_str(g, res.missing_field);
            mix_int(g, (long long)res.finding_count);
            for (size_t k = 0; k < res.finding_count; k++) {
                mix_int(g, f[k].category);
                mix_str(g, f[k].handler_name);
                mix_date(g, f[k].deadlines.report.due);
            }
            char *text = NULL;
            mix_int(g, pk_explain(&text, &inc, NULL));
            mix_str(g, text);
            pk_free(text);
        }
    }
    for (size_t i = 0; i < pk_rule_count(); i++) {
        const pk_rule *r = pk_rule_at(i);
        const pk_rule *found = NULL;
        mix_int(g, pk_rule_find(&found, r->id, NULL));
        mix_int(g, found != NULL);
    }
}

typedef struct job {
    const shared *sh;
    int rounds;
    uint64_t expected;
    int mismatches;
    unsigned long ops;
} job;

static uint64_t battery(const shared *sh, unsigned long *ops)
{
    digest g = {14695981039346656037ull, 0};
    battery_dates(&g);
    for (size_t i = 0; i < pk_schedule_builtin_count(); i++)
        battery_schedule(&g, pk_schedule_builtin_at(i));
    const pk_schedule *s2024 = NULL;
    mix_int(&g, pk_schedule_builtin(&s2024, "2024", NULL));
    battery_ics(&g, s2024);
    battery_schedule(&g, sh->loaded);
    battery_ics(&g, sh->loaded);
    battery_workdays(&g, pk_workcal_builtin(), pk_holidays_builtin());
    battery_workdays(&g, sh->workcal, sh->holidays);
    battery_regions(&g);
    battery_classify(&g, sh->loaded);
    if (ops)
        *ops += g.ops;
    return g.h;
}

static void *worker(void *arg)
{
    job *j = arg;
    for (int r = 0; r < j->rounds; r++)
        if (battery(j->sh, &j->ops) != j->expected)
            j->mismatches++;
    return NULL;
}

static void check_facts(const shared *sh)
{
    /* 2024-11-25: masa tenang of Pilkada 2024 (24-26 Nov 2024, PKPU 2/2024). */
    const pk_schedule *s = NULL;
    assert_int_equal(pk_schedule_builtin(&s, "2024", NULL), PK_OK);
    pk_window w = PK_WINDOW_INIT;
    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_QUIET, NULL), PK_OK);
    assert_true(pk_window_contains(&w, D("2024-11-25")));
    assert_int_equal(pk_schedule_window(&w, sh->loaded, PK_WINDOW_QUIET, NULL), PK_OK);
    assert_true(pk_window_contains(&w, D("2024-11-25")));
    /* 35.13 is Kabupaten Probolinggo (Kemendagri). */
    const pk_region *r = NULL;
    assert_int_equal(pk_region_lookup(&r, NULL, "35.13", NULL), PK_OK);
    assert_string_equal(r->full_name, "Kabupaten Probolinggo");
    /* 27 Nov 2024, the voting day, was a national non-working day (Keppres 33/2024). */
    int is = -1;
    assert_int_equal(pk_workcal_is_workday(&is, NULL, pk_workcal_builtin(), D("2024-11-27"), NULL), PK_OK);
    assert_int_equal(is, 0);
    assert_int_equal(pk_workcal_is_workday(&is, NULL, sh->workcal, D("2024-11-27"), NULL), PK_OK);
    assert_int_equal(is, 0);
    pk_incident inc = PK_INCIDENT_INIT;
    assert_int_equal(pk_incident_set(&inc, "actor", "pns", NULL), PK_OK);
    assert_int_equal(pk_incident_set(&inc, "act", "socmed_like", NULL), PK_OK);
    assert_int_equal(pk_incident_set(&inc, "occurred", "2024-10-01", NULL), PK_OK);
    pk_finding f[8];
    pk_classification res = PK_CLASSIFICATION_INIT;
    assert_int_equal(pk_classify(&res, f, 8, &inc, NULL), PK_OK);
    assert_true(res.finding_count >= 1);
    int asn = 0;
    for (size_t k = 0; k < res.finding_count; k++)
        asn |= f[k].subcategory == PK_SUB_ASN_DISCIPLINE;
    assert_true(asn);
}

static void test_threads_agree(void **state)
{
    (void)state;
    shared sh = {NULL, NULL, NULL};
    pk_error err;
    assert_int_equal(pk_schedule_load_string(&sh.loaded, schedule_text, sizeof schedule_text - 1, "threads", &err),
                     PK_OK);
    assert_int_equal(pk_holidays_load_string(&sh.holidays, holiday_text, sizeof holiday_text - 1, "threads", &err),
                     PK_OK);
    assert_int_equal(pk_workcal_new(&sh.workcal, sh.holidays, NULL, &err), PK_OK);
    check_facts(&sh);

    unsigned long ref_ops = 0;
    uint64_t expected = battery(&sh, &ref_ops);
    assert_int_equal(battery(&sh, NULL), expected); /* deterministic alone */

    int rounds = pk_test_light() ? 3 : 12; /* under valgrind, which runs one thread at a time: 3 */
    const char *env = getenv("PK_THREADS_ROUNDS");
    if (env && atoi(env) > 0)
        rounds = atoi(env);
    pthread_t tid[NTHREADS];
    job jobs[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        jobs[i] = (job){&sh, rounds, expected, 0, 0};
        assert_int_equal(pthread_create(&tid[i], NULL, worker, &jobs[i]), 0);
    }
    int mismatches = 0;
    unsigned long ops = 0;
    for (int i = 0; i < NTHREADS; i++) {
        assert_int_equal(pthread_join(tid[i], NULL), 0);
        mismatches += jobs[i].mismatches;
        ops += jobs[i].ops;
    }
    printf("threads: %d threads x %d rounds, %lu checked answers per round, %lu in all, %d mismatches\n", NTHREADS,
           rounds, ref_ops, ops, mismatches);
    assert_int_equal(mismatches, 0);
    pk_workcal_free(sh.workcal);
    pk_holidays_free(sh.holidays);
    pk_schedule_free(sh.loaded);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
