/* Schedules: parsing, built-in tables, date queries and legal windows.
 * Facts from ../shared/research/schedule.md (section 1 for 2024, 2 for 2020,
 * 3a for the 2025 re-run in Bangka and Pangkalpinang) and
 * ../shared/research/violations.md ("Reference dates": penetapan paslon
 * 22 Sep 2024, six months before it 22 Mar 2024, campaign 25 Sep - 23 Nov
 * 2024, voting 27 Nov 2024, counting until 16 Dec 2024). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"

static pk_date D(const char *s)
{
    pk_date d;
    if (pk_date_parse(&d, s, NULL) != PK_OK)
        fail_msg("bad test date %s", s);
    return d;
}

static const pk_schedule *builtin(const char *id)
{
    const pk_schedule *s = NULL;
    pk_error err;
    pk_error_clear(&err);
    pk_status st = pk_schedule_builtin(&s, id, &err);
    if (st != PK_OK)
        fail_msg("builtin %s: %s", id, err.text);
    assert_non_null(s);
    return s;
}

/* Position of stage id in the active list on date, or -1. */
static int active_pos(const pk_schedule *s, const char *date, const char *id)
{
    const pk_stage *out[32];
    size_t n = 0;
    assert_int_equal(pk_schedule_active(out, 32, &n, s, D(date), NULL), PK_OK);
    assert_true(n <= 32);
    for (size_t i = 0; i < n; i++)
        if (strcmp(out[i]->id, id) == 0)
            return (int)i;
    return -1;
}

static void assert_date(pk_date d, const char *want)
{
    char buf[PK_DATE_STRLEN];
    assert_int_equal(pk_date_format(d, buf, sizeof buf), PK_OK);
    assert_string_equal(buf, want);
}

static void test_builtin_lookup(void **state)
{
    (void)state;
    assert_int_equal(pk_schedule_builtin_count(), 3);
    /* cycle order */
    assert_int_equal(pk_schedule_cycle(pk_schedule_builtin_at(0)), 2020);
    assert_int_equal(pk_schedule_cycle(pk_schedule_builtin_at(1)), 2024);
    assert_int_equal(pk_schedule_cycle(pk_schedule_builtin_at(2)), 2025);
    assert_null(pk_schedule_builtin_at(3));
    assert_string_equal(pk_schedule_id(builtin("2024")), "pilkada-2024");
    assert_string_equal(pk_schedule_id(builtin("2020")), "pilkada-2020");
    assert_string_equal(pk_schedule_id(builtin("2025")), "rerun-2025-bangka-pangkalpinang");
    assert_string_equal(pk_schedule_basis(builtin("pilkada-2024")), "PKPU 2/2024");
    assert_non_null(pk_schedule_title(builtin("2024")));
    assert_non_null(pk_schedule_title_id(builtin("2024")));
    const pk_schedule *s = NULL;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_builtin(&s, "2019", &err), PK_ENOTFOUND);
    assert_null(s);
    assert_int_equal(err.status, PK_ENOTFOUND);
    assert_int_equal(pk_schedule_builtin(&s, NULL, NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_builtin(NULL, "2024", NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_builtin(&s, "pilkada-2024x", NULL), PK_ENOTFOUND);
    /* freeing a built-in is a no-op */
    pk_schedule_free((pk_schedule *)(uintptr_t)builtin("2024"));
    assert_string_equal(pk_schedule_id(builtin("2024")), "pilkada-2024");
    pk_schedule_free(NULL);
}

static void test_2024_active(void **state)
{
    (void)state;
    const pk_schedule *s = builtin("2024");
    /* 25 Nov 2024: quiet period (24-26 Nov), inside the conduct stage */
    assert_true(active_pos(s, "2024-11-25", "quiet_period") >= 0);
    assert_true(active_pos(s, "2024-11-25", "conduct") >= 0);
    assert_int_equal(active_pos(s, "2024-11-25", "campaign"), -1);
    assert_int_equal(active_pos(s, "2024-11-23", "quiet_period"), -1);
    assert_true(active_pos(s, "2024-11-23", "campaign") >= 0);
    /* 27 Nov 2024: voting day and the start of counting */
    assert_true(active_pos(s, "2024-11-27", "voting") >= 0);
    assert_true(active_pos(s, "2024-11-27", "counting_recap") >= 0);
    const pk_stage *v = NULL;
    assert_int_equal(pk_schedule_find(&v, s, "voting", NULL), PK_OK);
    assert_int_equal(v->critical, PK_CRITICAL_VOTING);
    assert_int_equal(v->role, PK_ROLE_VOTING);
    assert_date(v->start, "2024-11-27");
    assert_date(v->end, "2024-11-27");
    /* 28 Aug 2024: candidate registration (27-29 Aug), critical REGISTRATION */
    assert_true(active_pos(s, "2024-08-28", "candidate_registration") >= 0);
    const pk_stage *r = NULL;
    assert_int_equal(pk_schedule_find_role(&r, s, PK_ROLE_REGISTRATION, NULL), PK_OK);
    assert_string_equal(r->id, "candidate_registration");
    assert_int_equal(r->critical, PK_CRITICAL_REGISTRATION);
    /* 3 Sep 2024: registration extension (2-4 Sep) in single-candidate regions */
    assert_true(active_pos(s, "2024-09-03", "registration_extension") >= 0);
    assert_int_equal(active_pos(s, "2024-09-03", "candidate_registration"), -1);
    /* 15 Nov 2024: campaign and media ads (10-23 Nov), innermost first */
    int ads = active_pos(s, "2024-11-15", "campaign_media_ads");
    int camp = active_pos(s, "2024-11-15", "campaign");
    int conduct = active_pos(s, "2024-11-15", "conduct");
    assert_true(ads >= 0 && camp > ads && conduct > camp);
    /* media ads inherit the campaign's critical mark */
    const pk_stage *m = NULL;
    assert_int_equal(pk_schedule_find(&m, s, "campaign_media_ads", NULL), PK_OK);
    assert_int_equal(m->critical, PK_CRITICAL_CAMPAIGN);
    assert_string_equal(pk_schedule_parent(s, m)->id, "campaign");
    /* 9 Nov 2024: campaign, but no media advertising yet */
    assert_true(active_pos(s, "2024-11-09", "campaign") >= 0);
    assert_int_equal(active_pos(s, "2024-11-09", "campaign_media_ads"), -1);
    /* penetapan pasangan calon: 22 Sep 2024 */
    const pk_stage *det = NULL;
    assert_int_equal(pk_schedule_find_role(&det, s, PK_ROLE_DETERMINATION, NULL), PK_OK);
    assert_string_equal(det->id, "candidate_determination");
    assert_date(det->start, "2024-09-22");
    assert_true(active_pos(s, "2024-09-22", "candidate_determination") >= 0);
    assert_int_equal(active_pos(s, "2024-09-21", "candidate_determination"), -1);
}

static void test_active_api(void **state)
{
    (void)state;
    const pk_schedule *s = builtin("2024");
    size_t n = 99;
    /* counting without an out array (snprintf style) */
    assert_int_equal(pk_schedule_active(NULL, 0, &n, s, D("2024-11-15"), NULL), PK_OK);
    assert_true(n >= 3);
    const pk_stage *one[1];
    size_t n1 = 0;
    assert_int_equal(pk_schedule_active(one, 1, &n1, s, D("2024-11-15"), NULL), PK_OK);
    assert_int_equal(n1, n);
    assert_int_equal(one[0]->depth, 2); /* a sub-stage of the campaign is innermost */
    assert_int_equal(pk_schedule_active(one, 1, &n1, NULL, D("2024-11-15"), NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_active(NULL, 1, &n1, s, D("2024-11-15"), NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_active(one, 1, &n1, s, pk_date_of(2024, 2, 30), NULL), PK_EINVAL);
    assert_int_equal(n1, 0);
    assert_int_equal(pk_schedule_active(one, 1, NULL, s, D("2024-11-15"), NULL), PK_EINVAL);
    /* nothing active long before the cycle */
    assert_int_equal(pk_schedule_active(one, 1, &n1, s, D("2015-01-01"), NULL), PK_OK);
    assert_int_equal(n1, 0);
}

static void test_phase(void **state)
{
    (void)state;
    const pk_schedule *s = builtin("2024");
    pk_phase ph = PK_PHASE_INIT;
    assert_int_equal(pk_schedule_phase(&ph, s, D("2024-11-25"), NULL), PK_OK);
    assert_int_equal(ph.position, PK_PHASE_DURING);
    assert_string_equal(ph.top->id, "conduct");
    /* 25 Nov 2024 is in the quiet period (24-26 Nov), although the RKDK
     * closing deadline (a one-day stage) is deeper in the tree */
    assert_non_null(ph.innermost);
    assert_string_equal(ph.innermost->id, "quiet_period");
    assert_non_null(ph.next);
    /* the next milestone after 25 Nov is voting day, 2 days later */
    assert_string_equal(ph.next->id, "voting");
    assert_int_equal(ph.days_to_next, 2);
    int32_t days = 0;
    assert_int_equal(pk_schedule_days_until_voting(&days, s, D("2024-11-25"), NULL), PK_OK);
    assert_int_equal(days, 2);
    assert_int_equal(pk_schedule_days_until_voting(&days, s, D("2024-12-01"), NULL), PK_OK);
    assert_int_equal(days, -4);
    const pk_stage *next = NULL;
    assert_int_equal(pk_schedule_next_milestone(&next, &days, s, D("2024-11-26"), NULL), PK_OK);
    assert_string_equal(next->id, "voting");
    assert_int_equal(days, 1);
    /* days_until is optional (schedule.h) */
    next = NULL;
    assert_int_equal(pk_schedule_next_milestone(&next, NULL, s, D("2024-11-26"), NULL), PK_OK);
    assert_string_equal(next->id, "voting");
    /* strictly after: on voting day the next milestone is later */
    assert_int_equal(pk_schedule_next_milestone(&next, &days, s, D("2024-11-27"), NULL), PK_OK);
    assert_string_not_equal(next->id, "voting");
    assert_true(days > 0);
    assert_int_equal(pk_schedule_phase(&ph, s, D("2024-11-27"), NULL), PK_OK);
    assert_string_equal(ph.previous->id, "voting");
    /* before and after the cycle */
    assert_int_equal(pk_schedule_phase(&ph, s, D("2023-06-01"), NULL), PK_OK);
    assert_int_equal(ph.position, PK_PHASE_BEFORE);
    assert_null(ph.top);
    assert_null(ph.innermost);
    assert_null(ph.previous);
    assert_non_null(ph.next);
    assert_int_equal(pk_schedule_phase(&ph, s, D("2026-01-01"), NULL), PK_OK);
    assert_int_equal(ph.position, PK_PHASE_AFTER);
    assert_null(ph.next);
    assert_int_equal(ph.days_to_next, 0);
    assert_int_equal(pk_schedule_next_milestone(&next, &days, s, D("2026-01-01"), NULL), PK_ENOTFOUND);
    assert_null(next);
    /* invalid input */
    assert_int_equal(pk_schedule_phase(&ph, s, pk_date_of(2024, 13, 1), NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_phase(&ph, NULL, D("2024-11-25"), NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_phase(NULL, s, D("2024-11-25"), NULL), PK_EINVAL);
}

static void test_windows_2024(void **state)
{
    (void)state;
    const pk_schedule *s = builtin("2024");
    pk_window w = PK_WINDOW_INIT;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_PRE_DETERMINATION, &err), PK_OK);
    assert_false(w.has_start);
    assert_true(w.has_end);
    assert_date(w.end, "2024-09-21");
    assert_true(pk_window_contains(&w, D("2024-09-21")));
    assert_false(pk_window_contains(&w, D("2024-09-22")));
    assert_true(pk_window_contains(&w, D("2000-01-01")));

    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_POST_DETERMINATION, &err), PK_OK);
    assert_date(w.start, "2024-09-22");
    assert_false(w.has_end);

    /* UU 10/2016 Pasal 71(2): 6 months before penetapan (22 Sep 2024) = 22 Mar 2024 */
    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_M6_TO_END_OF_TERM, &err), PK_OK);
    assert_date(w.start, "2024-03-22");
    assert_false(w.has_end);
    assert_int_equal(w.status, PK_SOURCE_DERIVED);
    assert_non_null(strstr(w.basis, "Pasal 71 ayat (2)"));
    assert_false(pk_window_contains(&w, D("2024-03-21")));
    assert_true(pk_window_contains(&w, D("2024-03-22")));
    assert_true(pk_window_contains(&w, D("2030-01-01")));

    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_M6_TO_ELECTED, &err), PK_OK);
    assert_date(w.start, "2024-03-22");
    assert_true(w.has_end);
    /* elected_determination is UNCERTAIN (5 vs 3 days), so the window is too */
    assert_int_equal(w.status, PK_SOURCE_UNCERTAIN);

    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_CAMPAIGN, &err), PK_OK);
    assert_date(w.start, "2024-09-25");
    assert_date(w.end, "2024-11-23");
    assert_int_equal(w.status, PK_SOURCE_CONFIRMED);

    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_QUIET, &err), PK_OK);
    assert_date(w.start, "2024-11-24");
    assert_date(w.end, "2024-11-26");

    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_VOTING_COUNTING, &err), PK_OK);
    assert_date(w.start, "2024-11-27");
    assert_date(w.end, "2024-12-16");

    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_REGISTRATION, &err), PK_OK);
    assert_date(w.start, "2024-08-27");
    assert_date(w.end, "2024-08-29");

    assert_int_equal(pk_schedule_window(&w, s, (pk_window_kind)99, &err), PK_EINVAL);
    assert_int_equal(pk_schedule_window(&w, NULL, PK_WINDOW_QUIET, NULL), PK_EINVAL);
    assert_string_equal(pk_window_kind_name(PK_WINDOW_M6_TO_END_OF_TERM), "m6_to_end_of_term");
    assert_string_equal(pk_window_kind_name((pk_window_kind)99), "?");
    assert_string_equal(pk_window_kind_name((pk_window_kind)-1), "?");
    assert_string_equal(pk_stage_role_name(PK_ROLE_MEDIA_ADS), "media_ads");
    assert_string_equal(pk_stage_role_name(PK_ROLE_NONE), "");
    assert_string_equal(pk_critical_name(PK_CRITICAL_CAMPAIGN), "campaign");
    assert_string_equal(pk_critical_name((pk_critical)7), "?");
    assert_string_equal(pk_critical_name((pk_critical)-1), "?");
    assert_false(pk_window_contains(NULL, D("2024-01-01")));
}

static void test_2020_and_rerun(void **state)
{
    (void)state;
    const pk_schedule *s = builtin("2020");
    const pk_stage *v = NULL;
    assert_int_equal(pk_schedule_find_role(&v, s, PK_ROLE_VOTING, NULL), PK_OK);
    assert_date(v->start, "2020-12-09");
    pk_window w = PK_WINDOW_INIT;
    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_CAMPAIGN, NULL), PK_OK);
    assert_date(w.start, "2020-09-26");
    assert_date(w.end, "2020-12-05");
    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_QUIET, NULL), PK_OK);
    assert_date(w.start, "2020-12-06");
    assert_date(w.end, "2020-12-08");
    assert_true(active_pos(s, "2020-12-07", "quiet_period") >= 0);

    const pk_schedule *r = builtin("rerun-2025-bangka-pangkalpinang");
    assert_int_equal(pk_schedule_find_role(&v, r, PK_ROLE_VOTING, NULL), PK_OK);
    assert_date(v->start, "2025-08-27");
    assert_int_equal(pk_schedule_window(&w, r, PK_WINDOW_CAMPAIGN, NULL), PK_OK);
    assert_date(w.start, "2025-07-25");
    assert_date(w.end, "2025-08-23");
    int32_t days = 0;
    assert_int_equal(pk_schedule_days_until_voting(&days, r, D("2025-08-20"), NULL), PK_OK);
    assert_int_equal(days, 7);
    /* the re-run has no elected-candidate stage: the window needs it */
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_window(&w, r, PK_WINDOW_M6_TO_ELECTED, &err), PK_ENOTFOUND);
    assert_string_equal(err.field, "elected");
    assert_false(w.has_start);
}

static void test_stage_order_and_find(void **state)
{
    (void)state;
    for (size_t k = 0; k < pk_schedule_builtin_count(); k++) {
        const pk_schedule *s = pk_schedule_builtin_at(k);
        size_t n = pk_schedule_stage_count(s);
        assert_true(n > 10);
        int undated_seen = 0;
        pk_date prev = {0, 0, 0};
        for (size_t i = 0; i < n; i++) {
            const pk_stage *st = pk_schedule_stage_at(s, i);
            assert_non_null(st);
            const pk_stage *f = NULL;
            assert_int_equal(pk_schedule_find(&f, s, st->id, NULL), PK_OK);
            assert_ptr_equal(f, st);
            int has = (st->flags & (PK_STAGE_HAS_START | PK_STAGE_HAS_END)) != 0;
            if (!has) {
                undated_seen = 1;
                continue;
            }
            assert_false(undated_seen); /* undated stages come last */
            pk_date key = (st->flags & PK_STAGE_HAS_START) ? st->start : st->end;
            if (prev.year)
                assert_true(pk_date_compare(prev, key) <= 0);
            prev = key;
            const pk_stage *p = pk_schedule_parent(s, st);
            if (p)
                assert_int_equal(st->depth, p->depth + 1);
            else
                assert_int_equal(st->depth, 0);
        }
        assert_null(pk_schedule_stage_at(s, n));
    }
    const pk_schedule *s = builtin("2024");
    const pk_stage *f = NULL;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_find(&f, s, "no_such_stage", &err), PK_ENOTFOUND);
    assert_null(f);
    assert_int_equal(pk_schedule_find(&f, NULL, "voting", NULL), PK_EINVAL);
    assert_null(pk_schedule_parent(s, NULL));
    pk_stage fake;
    memset(&fake, 0, sizeof fake);
    assert_null(pk_schedule_parent(s, &fake));
    /* a stage of another schedule is not one of this schedule's stages, in
       either direction (2020's voting has a parent in 2020, none here) */
    const pk_schedule *s2020 = builtin("2020");
    const pk_stage *v2020 = NULL, *v2024 = NULL;
    assert_int_equal(pk_schedule_find_role(&v2020, s2020, PK_ROLE_VOTING, NULL), PK_OK);
    assert_int_equal(pk_schedule_find_role(&v2024, s, PK_ROLE_VOTING, NULL), PK_OK);
    assert_non_null(pk_schedule_parent(s2020, v2020));
    assert_null(pk_schedule_parent(s, v2020));
    assert_null(pk_schedule_parent(s2020, v2024));
    /* conduct has no dates of its own: its span comes from the children */
    assert_int_equal(pk_schedule_find(&f, s, "conduct", NULL), PK_OK);
    assert_true(f->flags & PK_STAGE_SPAN_DERIVED);
    assert_date(f->start, "2024-05-05"); /* independent-candidate support opens 5 May 2024 */
    assert_date(f->end, "2025-02-24");   /* MK final rulings in 40 cases (PMK 14/2024), after the 20 Feb inauguration */
    assert_int_equal(pk_schedule_find_role(&f, s, (pk_stage_role)40, NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_find_role(&f, builtin("2025"), PK_ROLE_MEDIA_ADS, NULL), PK_ENOTFOUND);
}

/* Every built-in row that is not CONFIRMED says where it comes from or why. */
static void test_builtin_provenance(void **state)
{
    (void)state;
    for (size_t k = 0; k < pk_schedule_builtin_count(); k++) {
        const pk_schedule *s = pk_schedule_builtin_at(k);
        for (size_t i = 0; i < pk_schedule_stage_count(s); i++) {
            const pk_stage *st = pk_schedule_stage_at(s, i);
            assert_non_null(st->name_en);
            if (st->status == PK_SOURCE_CONFIRMED)
                continue;
            int has = (st->source && *st->source) || (st->basis && *st->basis) || (st->note && *st->note);
            if (!has)
                fail_msg("%s/%s is %s without source, basis or note", pk_schedule_id(s), st->id,
                         pk_source_status_name(st->status));
        }
    }
}

/* ------------------------------------------------------------ parsing -- */

#define DIRS                                                                                                       \
    "#% id: test\n#% title: Test\n#% title_id: Uji\n#% cycle: 2024\n#% basis: PKPU 2/2024\n#% source: unit test\n"
#define HDR "id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,status,source,note\n"
/* lines 1-6 directives, line 7 header, rows from line 8 */
#define ROOT "conduct,,,,,,,spans,Tahapan,Conduct,,CONFIRMED,,\n"

static void test_load_string_ok(void **state)
{
    (void)state;
    const char *text =
        DIRS "#% note: first\n#% note: second\n" HDR ROOT
             "camp,conduct,campaign,campaign,yes,2024-09-25,2024-11-23,,Kampanye,Campaign,,CONFIRMED,,\n"
             "ads,camp,media_ads,,yes,2024-11-10,2024-11-23,,Iklan,Ads,,SINGLE-SOURCE,x,\n"
             "\n# comment\n"
             "vote,conduct,voting,voting,yes,2024-11-27,2024-11-27,,Pemungutan,\"Voting, day\",,CONFIRMED,,\n";
    pk_schedule *s = NULL;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_load_string(&s, text, strlen(text), "t.csv", &err), PK_OK);
    assert_string_equal(pk_schedule_id(s), "test");
    assert_int_equal(pk_schedule_cycle(s), 2024);
    assert_int_equal(pk_schedule_stage_count(s), 4);
    const pk_stage *st = NULL;
    assert_int_equal(pk_schedule_find(&st, s, "vote", NULL), PK_OK);
    assert_string_equal(st->name_en, "Voting, day");
    assert_null(st->note);
    assert_int_equal(pk_schedule_find(&st, s, "ads", NULL), PK_OK);
    assert_int_equal(st->critical, PK_CRITICAL_CAMPAIGN);
    assert_int_equal(st->status, PK_SOURCE_SINGLE_SOURCE);
    assert_int_equal(pk_schedule_find(&st, s, "conduct", NULL), PK_OK);
    assert_true(st->flags & PK_STAGE_SPAN_DERIVED);
    assert_date(st->start, "2024-09-25");
    assert_date(st->end, "2024-11-27");
    pk_phase ph = PK_PHASE_INIT;
    assert_int_equal(pk_schedule_phase(&ph, s, D("2024-11-25"), NULL), PK_OK);
    assert_int_equal(ph.position, PK_PHASE_DURING);
    assert_string_equal(ph.innermost->id, "conduct");
    assert_string_equal(ph.next->id, "vote");
    assert_string_equal(ph.previous->id, "ads");
    pk_schedule_free(s);

    /* spaces and tabs around unquoted fields and directive values are trimmed */
    const char *spaced = "#% id: sp\n#% title:\t Spaced \n#% title_id: S\n#% cycle:  2024 \n#% basis: B\n"
                         "#% source: S\n#% note:\n" HDR
                         " vote ,\t, voting ,voting, yes , 2024-11-27 ,2024-11-27\t,, Pemungutan ,Voting,,"
                         " CONFIRMED ,,\n";
    assert_int_equal(pk_schedule_load_string(&s, spaced, strlen(spaced), NULL, &err), PK_OK);
    assert_int_equal(pk_schedule_cycle(s), 2024);
    assert_int_equal(pk_schedule_find(&st, s, "vote", NULL), PK_OK);
    assert_string_equal(st->name_id, "Pemungutan");
    assert_date(st->start, "2024-11-27");
    assert_int_equal(st->role, PK_ROLE_VOTING);
    assert_true(st->flags & PK_STAGE_MILESTONE);
    pk_schedule_free(s);

    /* the voting-counting window runs from voting day to the end of the
       recapitulation (27 Nov .. 16 Dec 2024, PKPU 2/2024); a voting stage
       without its own basis takes the schedule's basis */
    const char *vc = DIRS HDR ROOT "vote,conduct,voting,voting,yes,2024-11-27,2024-11-27,,Pemungutan,Voting,,"
                                   "CONFIRMED,,\n"
                                   "count,conduct,counting,,,2024-11-27,2024-12-16,,Rekapitulasi,Counting,"
                                   "PKPU 18/2024,CONFIRMED,,\n";
    assert_int_equal(pk_schedule_load_string(&s, vc, strlen(vc), NULL, &err), PK_OK);
    pk_window w = PK_WINDOW_INIT;
    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_VOTING_COUNTING, &err), PK_OK);
    assert_date(w.start, "2024-11-27");
    assert_date(w.end, "2024-12-16");
    assert_string_equal(w.basis, "PKPU 2/2024");
    assert_true(pk_window_contains(&w, D("2024-12-01")));
    assert_false(pk_window_contains(&w, D("2024-12-17")));
    pk_schedule_free(s);

    /* CRLF line ends and a BOM are accepted */
    const char *crlf = "\xEF\xBB\xBF#% id: c\r\n#% title: T\r\n#% title_id: T\r\n#% cycle: 2020\r\n#% basis: B\r\n"
                       "#% source: S\r\n" HDR "a,,,,,2020-01-01,2020-01-02,,A,A,,CONFIRMED,,\r\n";
    assert_int_equal(pk_schedule_load_string(&s, crlf, strlen(crlf), NULL, &err), PK_OK);
    assert_int_equal(pk_schedule_stage_count(s), 1);
    pk_schedule_free(s);
}

typedef struct bad_case {
    const char *name;
    const char *text;
    pk_status status;
    long line;
    const char *field;
} bad_case;

static void test_load_errors(void **state)
{
    (void)state;
    static const bad_case cases[] = {
        {"bad header", DIRS "id,parent,role,critical,milestone,begin,end,relative,name_id,name_en,basis,status,"
                            "source,note\n" ROOT,
         PK_EPARSE, 7, "start"},
        {"missing directive", "#% id: test\n#% title: Test\n#% title_id: Uji\n#% cycle: 2024\n#% source: s\n" HDR ROOT,
         PK_EPARSE, 6, "basis"},
        {"no header", DIRS, PK_EPARSE, 7, NULL},
        {"unknown directive", DIRS "#% titel: x\n" HDR ROOT, PK_EPARSE, 7, "titel"},
        {"directive after header", DIRS HDR "#% note: late\n" ROOT, PK_EPARSE, 8, "note"},
        {"bad cycle", "#% id: t\n#% title: T\n#% title_id: T\n#% cycle: 24\n", PK_EPARSE, 4, "cycle"},
        {"no rows", DIRS HDR, PK_EPARSE, 8, NULL},
        {"bad date", DIRS HDR ROOT "a,conduct,,,,2024-02-30,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "start"},
        {"bad end date", DIRS HDR ROOT "a,conduct,,,,,27/11/2024,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "end"},
        {"end before start", DIRS HDR ROOT "a,conduct,,,,2024-11-27,2024-11-26,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9,
         "end"},
        {"unknown parent", DIRS HDR ROOT "a,conduct,,,,,,,A,A,,CONFIRMED,,\nb,nowhere,,,,,,,B,B,,CONFIRMED,,\n",
         PK_EPARSE, 10, "parent"},
        {"parent after child", DIRS HDR "a,later,,,,,,,A,A,,CONFIRMED,,\nlater,,,,,,,,L,L,,CONFIRMED,,\n", PK_EPARSE,
         8, "parent"},
        {"duplicate id", DIRS HDR ROOT "a,conduct,,,,,,,A,A,,CONFIRMED,,\n\na,conduct,,,,,,,A,A,,CONFIRMED,,\n",
         PK_EPARSE, 11, "id"},
        {"self parent", DIRS HDR ROOT "a,a,,,,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "parent"},
        {"child before parent start", DIRS HDR "p,,,,,2024-09-25,2024-11-23,,P,P,,CONFIRMED,,\n"
                                           "c,p,,,,2024-09-24,2024-09-30,,C,C,,CONFIRMED,,\n",
         PK_EPARSE, 9, "start"},
        {"child after parent end", DIRS HDR "p,,,,,2024-09-25,2024-11-23,,P,P,,CONFIRMED,,\n"
                                        "c,p,,,,,2024-11-24,,C,C,,CONFIRMED,,\n",
         PK_EPARSE, 9, "end"},
        {"unknown status", DIRS HDR ROOT "a,conduct,,,,,,,A,A,,CONFIRMED?,,\n", PK_EPARSE, 9, "status"},
        {"lower-case status", DIRS HDR ROOT "a,conduct,,,,,,,A,A,,confirmed,,\n", PK_EPARSE, 9, "status"},
        {"unknown role", DIRS HDR ROOT "a,conduct,kampanye,,,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "role"},
        {"unknown critical", DIRS HDR ROOT "a,conduct,,quiet,,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "critical"},
        {"bad milestone", DIRS HDR ROOT "a,conduct,,,no,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "milestone"},
        {"role twice", DIRS HDR ROOT "a,conduct,voting,,,,,,A,A,,CONFIRMED,,\n"
                                     "b,conduct,voting,,,,,,B,B,,CONFIRMED,,\n",
         PK_EPARSE, 10, "role"},
        {"too few fields", DIRS HDR ROOT "a,conduct,,,,,,,A,A,,CONFIRMED,\n", PK_EPARSE, 9, NULL},
        {"too many fields", DIRS HDR ROOT "a,conduct,,,,,,,A,A,,CONFIRMED,,,\n", PK_EPARSE, 9, NULL},
        {"empty id", DIRS HDR ROOT ",conduct,,,,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "id"},
        {"invalid UTF-8", DIRS HDR ROOT "a,conduct,,,,,,,\xC3\x28,A,,CONFIRMED,,\n", PK_EENCODING, 9, NULL},
        {"unterminated quote", DIRS HDR ROOT "a,conduct,,,,,,,\"A,A,,CONFIRMED,,\n", PK_EPARSE, 9, NULL},
        {"cycle twice", "#% cycle: 2024\n#% cycle: 2024\n", PK_EPARSE, 2, "cycle"},
        {"cycle of 5 digits", "#% cycle: 20244\n", PK_EPARSE, 1, "cycle"},
        {"cycle not a number", "#% cycle: 20x4\n", PK_EPARSE, 1, "cycle"},
        {"cycle before 1900", "#% cycle: 1899\n", PK_EPARSE, 1, "cycle"},
        {"cycle after 2199", "#% cycle: 2200\n", PK_EPARSE, 1, "cycle"},
        {"title twice", "#% title: A\n#% title: B\n", PK_EPARSE, 2, "title"},
        {"empty basis", "#% basis:  \n", PK_EPARSE, 1, "basis"},
        {"missing directive", "#% id: t\n" HDR ROOT, PK_EPARSE, 2, "title"},
        {"wrong header column", DIRS "id,parent,role,critical,milestone,begin,end,relative,name_id,name_en,basis,"
                                     "status,source,note\n" ROOT,
         PK_EPARSE, 7, "start"},
        {"short header", DIRS "id,parent,role\n" ROOT, PK_EPARSE, 7, "critical"},
        {"id with a space", DIRS HDR ROOT "a b,conduct,,,,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "id"},
        {"id with a comma", DIRS HDR ROOT "\"a,b\",conduct,,,,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "id"},
        {"cycle with a sign", "#% cycle: 20-4\n", PK_EPARSE, 1, "cycle"},
        {"parent loop", DIRS HDR "a,b,,,,,,,A,A,,CONFIRMED,,\nb,a,,,,,,,B,B,,CONFIRMED,,\n", PK_EPARSE, 8, "parent"},
        {"start-only child after parent end", DIRS HDR "p,,,,,2024-09-25,2024-11-23,,P,P,,CONFIRMED,,\n"
                                                   "c,p,,,,2024-11-24,,,C,C,,CONFIRMED,,\n",
         PK_EPARSE, 9, "start"},
        {"end-only child before parent start", DIRS HDR "p,,,,,2024-09-25,2024-11-23,,P,P,,CONFIRMED,,\n"
                                                    "c,p,,,,,2024-09-24,,C,C,,CONFIRMED,,\n",
         PK_EPARSE, 9, "end"},
        {"overlong date", DIRS HDR ROOT "a,conduct,,,,2024-11-27-2024-11-27-2024-11-27-2024-11-27-2024-11-27-2024,,,"
                                       "A,A,,CONFIRMED,,\n",
         PK_EPARSE, 9, "start"},
        {"overlong role", DIRS HDR ROOT "a,conduct,registration_of_candidates_for_the_regional_head,,,,,,A,A,,"
                                       "CONFIRMED,,\n",
         PK_EPARSE, 9, "role"},
        {"overlong status", DIRS HDR ROOT "a,conduct,,,,,,,A,A,,CONFIRMED_BY_THE_KPU_DECREE_OF_2024,,\n", PK_EPARSE,
         9, "status"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const bad_case *c = &cases[i];
        pk_schedule *s = (pk_schedule *)(uintptr_t)1;
        pk_error err;
        pk_error_clear(&err);
        pk_status st = pk_schedule_load_string(&s, c->text, strlen(c->text), "bad.csv", &err);
        if (st != c->status)
            fail_msg("%s: expected %s, got %s (%s)", c->name, pk_status_name(c->status), pk_status_name(st),
                     err.text);
        assert_null(s);
        assert_int_equal(err.status, c->status);
        if (err.line != c->line)
            fail_msg("%s: expected line %ld, got %ld (%s)", c->name, c->line, err.line, err.text);
        if (c->field && strcmp(err.field, c->field) != 0)
            fail_msg("%s: expected field '%s', got '%s' (%s)", c->name, c->field, err.field, err.text);
        assert_true(err.text[0] != '\0');
        if (c->status == PK_EPARSE)
            assert_string_equal(err.source, "bad.csv");
    }
}

static void test_load_limits(void **state)
{
    (void)state;
    pk_schedule *s = NULL;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_load_string(NULL, "x", 1, NULL, &err), PK_EINVAL);
    assert_int_equal(pk_schedule_load_string(&s, NULL, 1, NULL, &err), PK_EINVAL);
    size_t big = ((size_t)16 << 20) + 1;
    char *text = malloc(big);
    assert_non_null(text);
    memset(text, '#', big);
    assert_int_equal(pk_schedule_load_string(&s, text, big, NULL, &err), PK_ETOOLONG);
    assert_null(s);
    free(text);
    const char nul[] = DIRS HDR "a,,,,,,,,A\0,A,,CONFIRMED,,\n";
    assert_int_equal(pk_schedule_load_string(&s, nul, sizeof nul - 1, NULL, &err), PK_EPARSE);
    assert_int_equal(err.line, 8);
    assert_int_equal(pk_schedule_load_file(&s, "/nonexistent/schedule.csv", &err), PK_EIO);
    assert_null(s);
    assert_int_equal(pk_schedule_load_file(&s, NULL, &err), PK_EINVAL);
}

/* The data file loaded at run time gives the same answers as the built-in table. */
static void test_load_file_matches_builtin(void **state)
{
    (void)state;
    pk_schedule *s = NULL;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_load_file(&s, PK_SOURCE_DIR "/data/schedules/pilkada-2024.csv", &err), PK_OK);
    const pk_schedule *b = builtin("2024");
    assert_int_equal(pk_schedule_stage_count(s), pk_schedule_stage_count(b));
    for (size_t i = 0; i < pk_schedule_stage_count(b); i++)
        assert_string_equal(pk_schedule_stage_at(s, i)->id, pk_schedule_stage_at(b, i)->id);
    pk_date d = D("2024-01-01");
    for (int k = 0; k < 500; k++) {
        pk_phase p1 = PK_PHASE_INIT, p2 = PK_PHASE_INIT;
        assert_int_equal(pk_schedule_phase(&p1, s, d, NULL), PK_OK);
        assert_int_equal(pk_schedule_phase(&p2, b, d, NULL), PK_OK);
        assert_int_equal(p1.position, p2.position);
        assert_string_equal(p1.innermost ? p1.innermost->id : "-", p2.innermost ? p2.innermost->id : "-");
        assert_int_equal(p1.days_to_next, p2.days_to_next);
        pk_date_add_days(&d, d, 1);
    }
    pk_schedule_free(s);
}

static void test_ics_api(void **state)
{
    (void)state;
    const pk_schedule *s = builtin("2024");
    char *text = NULL;
    size_t len = 0;
    pk_error err;
    pk_error_clear(&err);
    pk_ics_options o = PK_ICS_OPTIONS_INIT;
    o.dtstamp = "20250101T000000Z";
    o.uid_domain = "example.org";
    assert_int_equal(pk_schedule_to_ics(&text, &len, s, &o, &err), PK_OK);
    assert_non_null(text);
    assert_int_equal(strlen(text), len);
    assert_non_null(strstr(text, "UID:voting.pilkada-2024@example.org\r\n"));
    assert_non_null(strstr(text, "DTSTART;VALUE=DATE:20241127\r\nDTEND;VALUE=DATE:20241128\r\n"));
    assert_non_null(strstr(text, "SUMMARY:Quiet period\r\n"));
    pk_free(text);
    /* in Indonesian: the stage's own name (PKPU 2/2024: "Masa tenang") and Indonesian labels */
    o.lang = PK_LANG_ID;
    assert_int_equal(pk_schedule_to_ics(&text, &len, s, &o, &err), PK_OK);
    assert_non_null(strstr(text, "SUMMARY:Masa tenang\r\n"));
    assert_non_null(strstr(text, "Dasar hukum: PKPU 2/2024"));
    assert_null(strstr(text, "SUMMARY:Quiet period"));
    pk_free(text);
    o.lang = (pk_lang)2;
    assert_int_equal(pk_schedule_to_ics(&text, &len, s, &o, &err), PK_EINVAL);
    assert_string_equal(err.field, "lang");
    /* a version-1 caller gets English */
    o.version = 1;
    assert_int_equal(pk_schedule_to_ics(&text, &len, s, &o, &err), PK_OK);
    assert_non_null(strstr(text, "SUMMARY:Quiet period\r\n"));
    pk_free(text);
    o.version = PK_ICS_OPTIONS_VERSION;
    o.lang = PK_LANG_EN;
    assert_int_equal(pk_schedule_to_ics(&text, &len, s, &o, &err), PK_OK);
    /* every line ends in CRLF and has at most 75 octets */
    size_t col = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\r') {
            assert_true(i + 1 < len && text[i + 1] == '\n');
            assert_true(col <= 75);
            col = 0;
            i++;
            continue;
        }
        assert_true(text[i] != '\n');
        col++;
    }
    assert_int_equal(col, 0);
    pk_free(text);
    /* default options give the current time as DTSTAMP */
    assert_int_equal(pk_schedule_to_ics(&text, NULL, s, NULL, &err), PK_OK);
    assert_non_null(strstr(text, "DTSTAMP:"));
    pk_free(text);

    static const char *const bad_stamps[] = {"2025-01-01", "20250101T000000", "20250230T000000Z",
                                             "20250101T250000Z", "20250101X000000Z", ""};
    for (size_t i = 0; i < sizeof bad_stamps / sizeof bad_stamps[0]; i++) {
        o.dtstamp = bad_stamps[i];
        text = (char *)1;
        assert_int_equal(pk_schedule_to_ics(&text, &len, s, &o, &err), PK_EINVAL);
        assert_null(text);
        assert_string_equal(err.field, "dtstamp");
    }
    o.dtstamp = NULL;
    o.uid_domain = "bad domain";
    assert_int_equal(pk_schedule_to_ics(&text, &len, s, &o, &err), PK_EINVAL);
    o.uid_domain = "x;y";
    assert_int_equal(pk_schedule_to_ics(&text, &len, s, &o, &err), PK_EINVAL);
    o.uid_domain = NULL;
    o.version = 99;
    assert_int_equal(pk_schedule_to_ics(&text, &len, s, &o, &err), PK_EINVAL);
    assert_int_equal(pk_schedule_to_ics(&text, &len, NULL, NULL, &err), PK_EINVAL);
    assert_int_equal(pk_schedule_to_ics(NULL, &len, s, NULL, &err), PK_EINVAL);
}

/* RFC 5545 details of pk_schedule_to_ics(): TEXT escaping (backslash,
 * semicolon, comma, newline; a quoted CRLF inside a CSV field becomes one
 * "\\n"), folding of long lines, and the documented uid_domain limits. */
static void test_ics_details(void **state)
{
    (void)state;
    const char *text = DIRS HDR ROOT
        "vote,conduct,voting,voting,yes,2024-11-27,2024-11-27,,Pemungutan,\"Voting; day, \\ \"\"TPS\"\"\",,CONFIRMED,,"
        "\"line one\r\nline two\"\n";
    pk_schedule *s = NULL;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_load_string(&s, text, strlen(text), "t.csv", &err), PK_OK);
    pk_ics_options o = PK_ICS_OPTIONS_INIT;
    o.dtstamp = "20240101T120000Z";
    char *ics = NULL;
    size_t len = 0;
    assert_int_equal(pk_schedule_to_ics(&ics, &len, s, &o, &err), PK_OK);
    assert_non_null(strstr(ics, "SUMMARY:Voting\\; day\\, \\\\ \"TPS\"\r\n"));
    assert_non_null(strstr(ics, "UID:vote.test@libpilkada\r\n"));
    assert_non_null(strstr(ics, "X-WR-CALNAME:Test\r\n"));
    assert_non_null(strstr(ics, "CATEGORIES:voting\r\n"));
    assert_non_null(strstr(ics, "line one\\nline two")); /* the note, one escaped newline */
    assert_null(strstr(ics, "\\n\\n"));
    pk_free(ics);

    /* uid_domain: 1 to 200 bytes of UTF-8, no space, control, ';' ',' ':' '\\' */
    char dom[202];
    memset(dom, 'a', 200);
    dom[200] = '\0';
    o.uid_domain = dom;
    assert_int_equal(pk_schedule_to_ics(&ics, &len, s, &o, &err), PK_OK);
    /* a 200-byte UID is folded: no line over 75 octets, continuation lines start with a space */
    const char *uid = strstr(ics, "UID:vote.test@aaaa");
    assert_non_null(uid);
    const char *eol = strstr(uid, "\r\n");
    assert_int_equal(eol - uid, 75);
    assert_int_equal(eol[2], ' ');
    pk_free(ics);
    static const char *const ok_domains[] = {"kpu.go.id", "pemilu.\xC3\xA9xample", "a"};
    for (size_t i = 0; i < sizeof ok_domains / sizeof ok_domains[0]; i++) {
        o.uid_domain = ok_domains[i];
        assert_int_equal(pk_schedule_to_ics(&ics, &len, s, &o, &err), PK_OK);
        pk_free(ics);
    }
    dom[200] = 'a';
    dom[201] = '\0';
    static const char *const bad_domains[] = {"", "a:b", "a,b", "a\\b", "a\tb", "a\x7F", "a\xFF.id", "a\xC3"};
    for (size_t i = 0; i <= sizeof bad_domains / sizeof bad_domains[0]; i++) {
        o.uid_domain = i < sizeof bad_domains / sizeof bad_domains[0] ? bad_domains[i] : dom;
        ics = (char *)1;
        assert_int_equal(pk_schedule_to_ics(&ics, &len, s, &o, &err), PK_EINVAL);
        assert_null(ics);
        assert_string_equal(err.field, "uid_domain");
    }
    /* a digit replaced in each part of the stamp */
    o.uid_domain = NULL;
    static const char *const bad_stamps[] = {"2a250101T000000Z", "20x50101T000000Z", "202501a1T000000Z",
                                             "20250101Ta00000Z", "20250101T00a000Z", "20250101T0000a0Z",
                                             "20250101T006000Z", "20250101T000061Z", "20250101T000000z"};
    for (size_t i = 0; i < sizeof bad_stamps / sizeof bad_stamps[0]; i++) {
        o.dtstamp = bad_stamps[i];
        assert_int_equal(pk_schedule_to_ics(&ics, &len, s, &o, &err), PK_EINVAL);
        assert_string_equal(err.field, "dtstamp");
    }
    /* SUMMARY falls back to the Indonesian name, then to the id */
    const char *names = DIRS HDR ROOT "idonly,conduct,,,,2024-10-01,2024-10-01,,Nama Saja,,,CONFIRMED,,\n";
    pk_schedule *s2 = NULL;
    pk_status ls = pk_schedule_load_string(&s2, names, strlen(names), "n.csv", &err);
    assert_int_equal(ls, PK_OK);
    o.dtstamp = "20240101T120000Z";
    assert_int_equal(pk_schedule_to_ics(&ics, NULL, s2, &o, &err), PK_OK);
    assert_non_null(strstr(ics, "SUMMARY:Nama Saja\r\n"));
    pk_free(ics);
    pk_schedule_free(s2);

    o.dtstamp = "20241231T235960Z"; /* a leap second is a valid UTC time */
    assert_int_equal(pk_schedule_to_ics(&ics, NULL, s, &o, &err), PK_OK);
    assert_non_null(strstr(ics, "DTSTAMP:20241231T235960Z\r\n"));
    pk_free(ics);
    pk_schedule_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtin_lookup),
        cmocka_unit_test(test_2024_active),
        cmocka_unit_test(test_active_api),
        cmocka_unit_test(test_phase),
        cmocka_unit_test(test_windows_2024),
        cmocka_unit_test(test_2020_and_rerun),
        cmocka_unit_test(test_stage_order_and_find),
        cmocka_unit_test(test_builtin_provenance),
        cmocka_unit_test(test_load_string_ok),
        cmocka_unit_test(test_load_errors),
        cmocka_unit_test(test_load_limits),
        cmocka_unit_test(test_load_file_matches_builtin),
        cmocka_unit_test(test_ics_api),
        cmocka_unit_test(test_ics_details),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
