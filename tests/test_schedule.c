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
    assert_int_equal(pk_date_format(buf, sizeof buf, d, NULL), PK_OK);
    assert_string_equal(buf, want);
}

static void test_builtin_lookup(void **state)
{
    (void)state;
    /* 2020, 2024, the 2025 re-run, the 24 repeat votes (PSU) the Constitutional
     * Court ordered on 2025-02-24 and Barito Utara's second vote (ruling 313):
     * intake-psu-text-tools.md section 3.1 */
    assert_int_equal(pk_schedule_builtin_count(), 28);
    /* cycle order */
    assert_int_equal(pk_schedule_cycle(pk_schedule_builtin_at(0)), 2020);
    assert_int_equal(pk_schedule_cycle(pk_schedule_builtin_at(1)), 2024);
    for (size_t i = 2; i < 28; i++)
        assert_int_equal(pk_schedule_cycle(pk_schedule_builtin_at(i)), 2025);
    assert_null(pk_schedule_builtin_at(28));
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
        /* a repeat-vote schedule has its ruling, deadline and voting day */
        assert_true(n > (pk_schedule_follows(s) ? 4 : 10));
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
        /* a known word padded past the keyword buffer is not cut down to it */
        {"padded role", DIRS HDR ROOT "a,conduct,voting                                                                ,,,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "role"},
        {"padded critical", DIRS HDR ROOT "a,conduct,,voting                                                                ,,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9,
         "critical"},
        {"padded status", DIRS HDR ROOT "a,conduct,,,,,,,A,A,,CONFIRMED                                                                ,,\n", PK_EPARSE, 9, "status"},
        {"padded date", DIRS HDR ROOT "a,conduct,,,,2024-11-27                                                                ,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "start"},
        {"blank milestone", DIRS HDR ROOT "a,conduct,,,  ,,,,A,A,,CONFIRMED,,\n", PK_EPARSE, 9, "milestone"},
        {"regions: letter", DIRS "#% regions: 3a\n" HDR ROOT, PK_EPARSE, 7, "regions"},
        {"regions: first letter", DIRS "#% regions: a6\n" HDR ROOT, PK_EPARSE, 7, "regions"},
        {"regions: no dot", DIRS "#% regions: 36x04\n" HDR ROOT, PK_EPARSE, 7, "regions"},
        {"regions: letter after dot", DIRS "#% regions: 36.a4\n" HDR ROOT, PK_EPARSE, 7, "regions"},
        {"regions: last letter", DIRS "#% regions: 36.0x\n" HDR ROOT, PK_EPARSE, 7, "regions"},
        {"regions: three digits", DIRS "#% regions: 360\n" HDR ROOT, PK_EPARSE, 7, "regions"},
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
        pk_date_add_days(&d, d, 1, NULL);
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

/* Phase of a built-in schedule chosen by date and region (pk_schedule_phase_at). */
static const pk_schedule *phase_at(const char *date, const char *region, int cycle, pk_phase *ph)
{
    pk_phase_options po = PK_PHASE_OPTIONS_INIT;
    po.region = region;
    po.cycle = cycle;
    const pk_schedule *s = NULL;
    pk_error err;
    pk_error_clear(&err);
    if (pk_schedule_phase_at(ph, &s, D(date), &po, &err) != PK_OK)
        fail_msg("phase_at %s %s: %s", date, region ? region : "-", err.text);
    assert_non_null(s);
    return s;
}

static pk_date stage_day(const pk_schedule *s, const char *id)
{
    const pk_stage *st = NULL;
    assert_int_equal(pk_schedule_find(&st, s, id, NULL), PK_OK);
    return (st->flags & PK_STAGE_HAS_START) ? st->start : st->end;
}

/* The 2025 repeat votes (PSU): intake-psu-text-tools.md section 3.1. MK read
 * the rulings on 2025-02-24; KPU voted on Saturdays it chose inside the
 * Court's deadlines (30/45/60/90/180 days), three times on a Wednesday. */
static void test_psu_2025(void **state)
{
    (void)state;
    pk_phase ph = PK_PHASE_INIT;
    /* Kabupaten Serang (36.04) re-voted on Saturday 19 Apr 2025 (case 70);
     * Kota Serang (36.73) did not: it answers from the main cycle */
    const pk_schedule *s = phase_at("2025-04-19", "36.04", 0, &ph);
    assert_string_equal(pk_schedule_id(s), "psu-2025-kab-serang");
    assert_string_equal(pk_schedule_regions(s), "36.04");
    assert_string_equal(pk_schedule_follows(s), "pilkada-2024");
    assert_int_equal(ph.position, PK_PHASE_DURING);
    assert_string_equal(ph.innermost->id, "voting");
    assert_int_equal(ph.innermost->critical, PK_CRITICAL_VOTING);
    assert_string_equal(pk_schedule_id(phase_at("2025-04-19", "3604", 0, &ph)), "psu-2025-kab-serang");
    s = phase_at("2025-04-19", "36.73", 0, &ph);
    assert_string_equal(pk_schedule_id(s), "pilkada-2024");
    assert_int_equal(ph.position, PK_PHASE_AFTER);
    assert_string_equal(pk_schedule_id(phase_at("2025-04-19", NULL, 0, &ph)), "pilkada-2024");
    assert_string_equal(pk_schedule_id(phase_at("2025-04-19", "", 0, &ph)), "pilkada-2024");
    /* the cycle restricts the choice */
    assert_string_equal(pk_schedule_id(phase_at("2025-04-19", "36.04", 2024, &ph)), "pilkada-2024");
    /* the MK deadline (60 days from the ruling) and KPU's voting day are two facts */
    s = builtin("psu-2025-kab-serang");
    assert_date(stage_day(s, "mk_ruling"), "2025-02-24");
    assert_date(stage_day(s, "mk_deadline"), "2025-04-25");
    assert_date(stage_day(s, "voting"), "2025-04-19");
    /* 30-day cluster: voting Saturday 22 Mar, deadline 26 Mar */
    s = builtin("psu-2025-kab-siak");
    assert_date(stage_day(s, "voting"), "2025-03-22");
    assert_date(stage_day(s, "mk_deadline"), "2025-03-26");
    /* Parigi Moutong voted on Wednesday 16 Apr 2025, not 19 Apr (Keputusan KPU
     * Kab. Parigi Moutong 35/2025, Seventh-day Adventist worship on Saturdays) */
    s = builtin("psu-2025-kab-parigi-moutong");
    assert_date(stage_day(s, "voting"), "2025-04-16");
    assert_string_equal(pk_schedule_id(phase_at("2025-04-16", "72.08", 0, &ph)), "psu-2025-kab-parigi-moutong");
    assert_string_equal(ph.innermost->id, "voting");
    phase_at("2025-04-19", "72.08", 0, &ph);
    assert_string_equal(ph.innermost->id, "psu_period");
    /* Talaud voted on Wednesday 9 Apr, Palopo/Mahakam Ulu/Pesawaran on 24 May */
    assert_date(stage_day(builtin("psu-2025-kab-kepulauan-talaud"), "voting"), "2025-04-09");
    assert_date(stage_day(builtin("psu-2025-kota-palopo"), "voting"), "2025-05-24");
    assert_date(stage_day(builtin("psu-2025-kab-pesawaran"), "mk_deadline"), "2025-05-25");
    /* Papua's governor re-vote on 6 Aug 2025 covers its kabupaten/kota (91.03 Jayapura) */
    s = phase_at("2025-08-06", "91.03", 0, &ph);
    assert_string_equal(pk_schedule_id(s), "psu-2025-prov-papua");
    assert_string_equal(ph.innermost->id, "voting");
    /* Barito Utara: first re-vote at 2 TPS on 22 Mar 2025; MK 313 (14 May
     * 2025) disqualified both pairs; second vote with new pairs on 6 Aug 2025 */
    assert_string_equal(pk_schedule_id(phase_at("2025-03-22", "62.05", 0, &ph)), "psu-2025-kab-barito-utara");
    s = phase_at("2025-08-06", "62.05", 0, &ph);
    assert_string_equal(pk_schedule_id(s), "psu2-2025-kab-barito-utara");
    assert_string_equal(ph.innermost->id, "voting");
    assert_date(stage_day(s, "mk_ruling"), "2025-05-14");
    assert_date(stage_day(s, "candidate_determination"), "2025-06-16");
    phase_at("2025-07-01", "62.05", 0, &ph);
    assert_string_equal(ph.innermost->id, "campaign");
    pk_window w = PK_WINDOW_INIT;
    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_QUIET, NULL), PK_OK);
    assert_date(w.start, "2025-08-03");
    assert_date(w.end, "2025-08-05");
    /* between the two votes (after 26 Mar, before 14 May) Barito Utara is
     * "before" its second vote */
    assert_string_equal(pk_schedule_id(phase_at("2025-04-30", "62.05", 0, &ph)), "psu2-2025-kab-barito-utara");
    assert_int_equal(ph.position, PK_PHASE_BEFORE);
    /* every regional schedule names real regions and its year's main cycle */
    size_t psu = 0;
    for (size_t i = 0; i < pk_schedule_builtin_count(); i++) {
        const pk_schedule *b = pk_schedule_builtin_at(i);
        const char *list = pk_schedule_regions(b);
        if (!list)
            continue;
        char code[8];
        for (const char *p = list; *p;) {
            size_t n = strcspn(p, " ");
            assert_true(n < sizeof code);
            memcpy(code, p, n);
            code[n] = '\0';
            const pk_region *r = NULL;
            assert_int_equal(pk_region_lookup(&r, NULL, code, NULL), PK_OK);
            p += n + (p[n] == ' ');
        }
        if (pk_schedule_follows(b)) {
            psu++;
            assert_non_null(builtin(pk_schedule_follows(b)));
            const pk_stage *v = NULL;
            assert_int_equal(pk_schedule_find_role(&v, b, PK_ROLE_VOTING, NULL), PK_OK);
            assert_true(pk_date_compare(v->start, stage_day(b, "mk_deadline")) <= 0);
        }
    }
    assert_int_equal(psu, 25);
}

/* Phase rules of pilkada/calendar.h and the one rule choosing a schedule. */
static void test_phase_rules(void **state)
{
    (void)state;
    pk_phase ph = PK_PHASE_INIT;
    /* rule 3: budget planning has only its deadline (26 Jan 2024); 1-25 Jan
     * 2024 are in it, not "before" */
    const pk_schedule *s = phase_at("2024-01-10", NULL, 0, &ph);
    assert_string_equal(pk_schedule_id(s), "pilkada-2024");
    assert_int_equal(ph.position, PK_PHASE_DURING);
    assert_string_equal(ph.top->id, "preparation");
    assert_string_equal(ph.innermost->id, "program_budget_planning");
    assert_true(active_pos(s, "2024-01-26", "program_budget_planning") >= 0);
    assert_int_equal(active_pos(s, "2024-01-27", "program_budget_planning"), -1);
    /* a deadline inside a dated stage runs from that stage's start: the DPT
     * (due 21 Sep 2024) inside the voter-list update (from 31 May) */
    assert_true(active_pos(s, "2024-06-01", "dpt_determination") >= 0);
    /* a deadline under an undated grouping is a one-day event (LADK, 24 Sep 2024) */
    assert_int_equal(active_pos(s, "2024-09-23", "ladk"), -1);
    assert_true(active_pos(s, "2024-09-24", "ladk") >= 0);
    /* its key date is still the deadline: next milestone after 1 Sep is not
     * moved to 2024-01-01 */
    const pk_stage *next = NULL;
    assert_int_equal(pk_schedule_next_milestone(&next, NULL, s, D("2024-09-23"), NULL), PK_OK);
    assert_string_equal(next->id, "ladk");
    /* rule 5: 17-21 Sep 2024 the KPPS example of one regency is active but is
     * not the innermost national stage */
    for (const char *d = "2024-09-17"; d; d = strcmp(d, "2024-09-21") == 0 ? NULL : "2024-09-21") {
        phase_at(d, NULL, 0, &ph);
        assert_true(active_pos(s, d, "kpps_formation_example") >= 0);
        assert_string_not_equal(ph.innermost->id, "kpps_formation_example");
        assert_int_equal(ph.innermost->flags & PK_STAGE_EXAMPLE, 0);
    }
    const pk_stage *ex = NULL;
    assert_int_equal(pk_schedule_find(&ex, s, "kpps_formation_example", NULL), PK_OK);
    assert_true(ex->flags & PK_STAGE_EXAMPLE);
    /* rule 7: a date answers from the schedule holding it (as classify does) */
    assert_string_equal(pk_schedule_id(phase_at("2020-12-09", NULL, 0, &ph)), "pilkada-2020");
    assert_string_equal(ph.innermost->critical ? pk_critical_name(ph.innermost->critical) : "", "voting");
    /* between the cycles: before the next one; after the last: after it */
    s = phase_at("2022-06-01", NULL, 0, &ph);
    assert_string_equal(pk_schedule_id(s), "pilkada-2024");
    assert_int_equal(ph.position, PK_PHASE_BEFORE);
    s = phase_at("2019-06-01", NULL, 0, &ph);
    assert_string_equal(pk_schedule_id(s), "pilkada-2020");
    assert_int_equal(ph.position, PK_PHASE_BEFORE);
    s = phase_at("2026-11-28", NULL, 0, &ph);
    assert_string_equal(pk_schedule_id(s), "pilkada-2024");
    assert_int_equal(ph.position, PK_PHASE_AFTER);
    /* the re-run in Kab. Bangka (19.01): its own schedule; not chosen without the region */
    assert_string_equal(pk_schedule_id(phase_at("2025-08-27", "19.01", 0, &ph)), "rerun-2025-bangka-pangkalpinang");
    assert_string_equal(ph.innermost->id, "voting");
    assert_string_equal(pk_schedule_id(phase_at("2025-08-27", NULL, 0, &ph)), "pilkada-2024");
    /* a year still names the re-run (national first, then a regional election of its own) */
    assert_string_equal(pk_schedule_id(builtin("2025")), "rerun-2025-bangka-pangkalpinang");
    /* a given schedule is used as is */
    pk_phase_options po = PK_PHASE_OPTIONS_INIT;
    po.schedule = builtin("pilkada-2020");
    po.region = "36.04";
    const pk_schedule *used = NULL;
    assert_int_equal(pk_schedule_phase_at(&ph, &used, D("2025-04-19"), &po, NULL), PK_OK);
    assert_ptr_equal(used, po.schedule);
    assert_int_equal(ph.position, PK_PHASE_AFTER);
}

static void test_phase_at_errors(void **state)
{
    (void)state;
    pk_phase ph = PK_PHASE_INIT;
    const pk_schedule *s = builtin("2024");
    pk_error err;
    pk_phase_options po = PK_PHASE_OPTIONS_INIT;
    assert_int_equal(pk_schedule_phase_at(NULL, &s, D("2024-01-01"), NULL, NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_phase_at(&ph, NULL, D("2024-01-01"), NULL, NULL), PK_OK); /* schedule optional */
    pk_date bad = {2024, 2, 30};
    assert_int_equal(pk_schedule_phase_at(&ph, &s, bad, NULL, NULL), PK_EINVAL);
    assert_null(s);
    po.version = 0;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_phase_at(&ph, &s, D("2024-01-01"), &po, &err), PK_EINVAL);
    assert_string_equal(err.field, "version");
    po.version = PK_PHASE_OPTIONS_VERSION + 1;
    assert_int_equal(pk_schedule_phase_at(&ph, &s, D("2024-01-01"), &po, NULL), PK_EINVAL);
    po.version = 1; /* every version from 1 to the current one is accepted */
    assert_int_equal(pk_schedule_phase_at(&ph, &s, D("2024-01-01"), &po, NULL), PK_OK);
    po.region = "99.99";
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_phase_at(&ph, &s, D("2024-01-01"), &po, &err), PK_ENOTFOUND);
    assert_string_equal(err.field, "region");
    po.region = "36.0x";
    assert_int_equal(pk_schedule_phase_at(&ph, &s, D("2024-01-01"), &po, NULL), PK_EPARSE);
    po.region = NULL;
    po.cycle = 2023;
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_phase_at(&ph, &s, D("2024-01-01"), &po, &err), PK_ENOTFOUND);
    assert_string_equal(err.field, "cycle");
    po.cycle = -1;
    assert_int_equal(pk_schedule_phase_at(&ph, &s, D("2024-01-01"), &po, NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_select(NULL, D("2024-01-01"), NULL, 0, NULL), PK_EINVAL);
    /* getters on NULL */
    assert_null(pk_schedule_regions(NULL));
    assert_null(pk_schedule_follows(NULL));
    assert_null(pk_schedule_regions(builtin("2024")));
    pk_date a, b;
    assert_int_equal(pk_schedule_span(&a, &b, NULL, NULL), PK_EINVAL);
    assert_int_equal(pk_schedule_span(&a, &b, builtin("2024"), NULL), PK_OK);
    assert_date(a, "2024-01-01");
    assert_date(b, "2025-02-24");
}

/* The directives regions, follows and opens in a loaded file. */
static void test_directives(void **state)
{
    (void)state;
    static const char head[] = "#% id: t\n#% title: T\n#% title_id: T\n#% cycle: 2025\n#% basis: B\n#% source: S\n";
    static const char rows[] = "id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,status,source,"
                               "note\nconduct,,,,,,,,a,b,,DERIVED,,\n"
                               "due,conduct,,,,,2025-03-10,,a,b,,DERIVED,,\n"
                               "x_example,conduct,,,,2025-03-01,2025-03-05,,a,b,,UNCERTAIN,,\n";
    char text[1024];
    pk_schedule *s = NULL;
    pk_error err;
    snprintf(text, sizeof text, "%s#%% regions: 36.04,36.73  19\n#%% follows: pilkada-2024\n#%% opens: 2025-02-01\n%s",
             head, rows);
    pk_error_clear(&err);
    assert_int_equal(pk_schedule_load_string(&s, text, strlen(text), "t", &err), PK_OK);
    assert_string_equal(pk_schedule_regions(s), "36.04 36.73 19");
    assert_string_equal(pk_schedule_follows(s), "pilkada-2024");
    assert_true(active_pos(s, "2025-02-01", "due") >= 0);
    assert_int_equal(active_pos(s, "2025-01-31", "due"), -1);
    pk_phase ph = PK_PHASE_INIT;
    assert_int_equal(pk_schedule_phase(&ph, s, D("2025-03-02"), NULL), PK_OK);
    assert_string_equal(ph.innermost->id, "due"); /* the example is never innermost */
    pk_schedule_free(s);
    static const char *const bad[] = {"#% regions: 3604\n", "#% regions: 36.4\n", "#% regions: ,\n",
                                      "#% regions: 36\n#% regions: 36\n", "#% opens: 2025-02-30\n",
                                      "#% opens: 2025-02-01x\n", "#% opens: 2025-02-01\n#% opens: 2025-02-01\n",
                                      "#% follows: a\n#% follows: b\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        snprintf(text, sizeof text, "%s%s%s", head, bad[i], rows);
        pk_error_clear(&err);
        s = NULL;
        assert_int_equal(pk_schedule_load_string(&s, text, strlen(text), "t", &err), PK_EPARSE);
        assert_null(s);
        assert_true(err.line > 0);
    }
}

/* 2024 campaign-finance audit and result-dispute filing (PKPU 14/2024 timetable
 * as KPU Lampung gave it, https://daswati.id/kpu-lampung-ingatkan-paslon-segera-serahkan-lppdk ;
 * MK's filing service open until 18 Dec 2024, metrotvnews / radarciamis). */
static void test_2024_late_stages(void **state)
{
    (void)state;
    const pk_schedule *s = builtin("pilkada-2024");
    assert_date(stage_day(s, "lppdk_fix"), "2024-11-25");
    const pk_stage *st = NULL;
    assert_int_equal(pk_schedule_find(&st, s, "kap_handover", NULL), PK_OK);
    assert_date(st->start, "2024-11-25");
    assert_date(st->end, "2024-11-27");
    assert_int_equal(pk_schedule_find(&st, s, "kap_audit_result", NULL), PK_OK);
    assert_date(st->start, "2024-12-09");
    assert_date(st->end, "2024-12-11");
    assert_int_equal(pk_schedule_find(&st, s, "kap_result_announcement", NULL), PK_OK);
    assert_date(st->start, "2024-12-12");
    assert_date(st->end, "2024-12-14");
    assert_true(active_pos(s, "2024-12-13", "kap_result_announcement") >= 0);
    /* 25 Nov 2024 is still the quiet period for a person asking, though the
     * LPPDK correction and the hand-over to the KAP fall on it too */
    pk_phase ph = PK_PHASE_INIT;
    assert_int_equal(pk_schedule_phase(&ph, s, D("2024-11-25"), NULL), PK_OK);
    assert_string_equal(ph.innermost->id, "quiet_period");
    assert_true(active_pos(s, "2024-11-25", "lppdk_fix") >= 0);
    /* every day from 17 Dec 2024 to 2 Jan 2025 has a dispute stage, not just "conduct" */
    for (int32_t d0 = 0; d0 < 17; d0++) {
        pk_date d;
        assert_int_equal(pk_date_add_days(&d, D("2024-12-17"), d0, NULL), PK_OK);
        assert_int_equal(pk_schedule_phase(&ph, s, d, NULL), PK_OK);
        assert_non_null(ph.innermost);
        assert_string_not_equal(ph.innermost->id, "conduct");
        assert_int_equal(strncmp(ph.innermost->id, "mk_petition_", 12), 0);
    }
    assert_int_equal(pk_schedule_find(&st, s, "mk_petition_filing", NULL), PK_OK);
    assert_date(st->end, "2024-12-18");
    assert_int_equal(pk_schedule_phase(&ph, s, D("2025-01-03"), NULL), PK_OK);
    assert_true(active_pos(s, "2025-01-03", "mk_brpk") >= 0);
}

/* 2020 completed (pilkada-2020.csv notes): LPPDK resolved to 6 Dec 2020 (KPU
 * Lampung's PKPU 5/2020 timetable: hand-over to the KAP 7 Dec), the BRPK of
 * 18 Jan 2021, MK's notice of 20 Jan 2021 and the 5-day rule for undisputed
 * winners, so the Pasal 71(3) window now has an end. */
static void test_2020_completed(void **state)
{
    (void)state;
    const pk_schedule *s = builtin("pilkada-2020");
    assert_date(stage_day(s, "lppdk"), "2020-12-06");
    assert_date(stage_day(s, "kap_handover"), "2020-12-07");
    assert_date(stage_day(s, "kap_audit_result"), "2020-12-22");
    assert_date(stage_day(s, "mk_brpk"), "2021-01-18");
    assert_date(stage_day(s, "mk_notice_to_kpu"), "2021-01-20");
    const pk_stage *st = NULL;
    assert_int_equal(pk_schedule_find_role(&st, s, PK_ROLE_ELECTED, NULL), PK_OK);
    assert_date(st->end, "2021-01-25");
    pk_window w = PK_WINDOW_INIT;
    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_M6_TO_ELECTED, NULL), PK_OK);
    assert_date(w.start, "2020-03-23"); /* 6 months before penetapan paslon, 23 Sep 2020 */
    assert_date(w.end, "2021-01-25");
    assert_int_equal(w.status, PK_SOURCE_DERIVED);
    pk_phase ph = PK_PHASE_INIT;
    assert_string_equal(pk_schedule_id(phase_at("2021-01-22", NULL, 0, &ph)), "pilkada-2020");
    assert_string_equal(ph.innermost->id, "elected_determination_undisputed");
}

/* Choosing among the built-in schedules by region, and the arguments of the
 * choosing calls. Magetan's repeat vote (PSU) was held on 22 Mar 2025 within
 * the 30 days the Constitutional Court allowed from 24 Feb 2025; Papua's
 * governor PSU on 6 Aug 2025, for every regency of the province. */
static void test_select_edges(void **state)
{
    (void)state;
    const pk_schedule *s = NULL;
    pk_error err;
    assert_int_equal(pk_schedule_select(&s, D("2025-03-22"), "35.20", 0, &err), PK_OK);
    assert_string_equal(pk_schedule_id(s), "psu-2025-kab-magetan");
    assert_int_equal(pk_schedule_select(&s, D("2025-08-06"), "91.03", 0, &err), PK_OK);
    assert_string_equal(pk_schedule_id(s), "psu-2025-prov-papua");
    assert_int_equal(pk_schedule_select(&s, D("2025-08-06"), "91", 0, &err), PK_OK);
    assert_string_equal(pk_schedule_id(s), "psu-2025-prov-papua");
    /* Probolinggo (35.13) had no repeat vote: the 2024 schedule, which it is after */
    assert_int_equal(pk_schedule_select(&s, D("2025-03-22"), "35.13", 0, &err), PK_OK);
    assert_string_equal(pk_schedule_id(s), "pilkada-2024");
    assert_int_equal(pk_schedule_select(&s, D("2024-11-27"), NULL, 2200, &err), PK_EINVAL);
    assert_string_equal(err.field, "cycle");
    assert_null(s);
    assert_int_equal(pk_schedule_select(&s, pk_date_of(2024, 2, 30), NULL, 0, &err), PK_EINVAL);
    assert_string_equal(err.field, "date");
    /* ids that look like years but are not */
    assert_int_equal(pk_schedule_builtin(&s, "20245", &err), PK_ENOTFOUND);
    assert_int_equal(pk_schedule_builtin(&s, "2o24", &err), PK_ENOTFOUND);
    assert_int_equal(pk_schedule_builtin(NULL, "2024", &err), PK_EINVAL);
    assert_int_equal(pk_schedule_builtin(&s, NULL, &err), PK_EINVAL);
    assert_string_equal(err.field, "id");
    /* phase_at: an unversioned result, a given schedule with an invalid date */
    pk_phase ph = PK_PHASE_INIT;
    ph.version = 0;
    const pk_schedule *used = builtin("2024");
    assert_int_equal(pk_schedule_phase_at(&ph, &used, D("2024-11-27"), NULL, &err), PK_EINVAL);
    assert_null(used);
    pk_phase_options po = PK_PHASE_OPTIONS_INIT;
    po.schedule = builtin("2024");
    ph.version = PK_PHASE_VERSION;
    assert_int_equal(pk_schedule_phase_at(&ph, &used, pk_date_of(2023, 2, 29), &po, &err), PK_EINVAL);
    assert_string_equal(err.field, "date");
    assert_int_equal(pk_schedule_phase_at(&ph, &used, D("2024-11-27"), &po, &err), PK_OK);
    assert_ptr_equal(used, builtin("2024"));
    assert_int_equal(pk_schedule_phase_at(NULL, &used, D("2024-11-27"), &po, &err), PK_EINVAL);
    /* span: each NULL named; a schedule without a dated stage has none */
    pk_date a, b;
    assert_int_equal(pk_schedule_span(NULL, &b, builtin("2024"), &err), PK_EINVAL);
    assert_string_equal(err.field, "first");
    assert_int_equal(pk_schedule_span(&a, NULL, builtin("2024"), &err), PK_EINVAL);
    assert_string_equal(err.field, "last");
    assert_int_equal(a.year, 0);
    pk_schedule *u = NULL;
    const char *undated = DIRS HDR ROOT "a,conduct,,,,,,,A,A,,CONFIRMED,,\n";
    assert_int_equal(pk_schedule_load_string(&u, undated, strlen(undated), NULL, &err), PK_OK);
    assert_int_equal(pk_schedule_span(&a, &b, u, &err), PK_ENOTFOUND);
    pk_schedule_free(u);
    /* a region list separated by commas, tabs and spaces is stored space-separated */
    const char *listed = DIRS "#% regions: 36.04,\t36.73 ,19\n" HDR ROOT "a,conduct,,,,2025-01-01,,,A,A,,CONFIRMED,,\n";
    assert_int_equal(pk_schedule_load_string(&u, listed, strlen(listed), NULL, &err), PK_OK);
    assert_string_equal(pk_schedule_regions(u), "36.04 36.73 19");
    pk_schedule_free(u);
}

/* iCalendar of a loaded schedule with unusual text: control characters are
 * dropped (RFC 5545 TEXT allows none but tab), a long name of two-byte
 * letters is folded at 75 octets without splitting a letter, bad stamps
 * are refused, and a stage on the last supported day still gets an end. */
static void test_ics_text_edges(void **state)
{
    (void)state;
    char text[4096];
    char name[200];
    size_t k = 0;
    for (int i = 0; i < 60; i++) { /* 60 x U+00E9 'e acute': 120 bytes */
        name[k++] = '\xC3';
        name[k++] = '\xA9';
    }
    name[k] = '\0';
    snprintf(text, sizeof text, "%s%s%s",
             DIRS HDR ROOT "vote,conduct,voting,voting,yes,2024-11-27,2024-11-27,,\"Pemungutan\tsuara\x01\",",
             name, ",,CONFIRMED,,\nlast,conduct,,,,2199-12-31,2199-12-31,,Akhir,End,,UNCERTAIN,,\n");
    pk_schedule *s = NULL;
    pk_error err;
    pk_error_clear(&err);
    if (pk_schedule_load_string(&s, text, strlen(text), NULL, &err) != PK_OK)
        fail_msg("%s", err.text);
    pk_ics_options o = PK_ICS_OPTIONS_INIT;
    o.dtstamp = "20241128T235960Z"; /* a leap second is a valid UTC stamp */
    o.lang = PK_LANG_ID;
    char *ics = NULL;
    size_t len = 0;
    assert_int_equal(pk_schedule_to_ics(&ics, &len, s, &o, &err), PK_OK);
    assert_non_null(strstr(ics, "SUMMARY:Pemungutan\tsuara\r\n"));
    assert_non_null(strstr(ics, "DTSTART;VALUE=DATE:21991231\r\nDTEND;VALUE=DATE:21991231\r\n"));
    /* every physical line at most 75 octets; no line starts inside a letter */
    size_t col = 0;
    for (size_t i = 0; i < len; i++) {
        if (ics[i] == '\r') {
            assert_true(col <= 75);
            col = 0;
            i++;
            continue;
        }
        if (col == 0 || (col == 1 && ics[i - 1] == ' '))
            assert_true(((unsigned char)ics[i] & 0xC0) != 0x80);
        col++;
    }
    pk_free(ics);
    static const char *const bad_stamps[] = {"20250101T000000Y", "2025a101T000000Z", "20250101T0a0000Z",
                                             "20250101T006000Z", "20250101T000062Z"};
    for (size_t i = 0; i < sizeof bad_stamps / sizeof bad_stamps[0]; i++) {
        o.dtstamp = bad_stamps[i];
        assert_int_equal(pk_schedule_to_ics(&ics, &len, s, &o, &err), PK_EINVAL);
        assert_string_equal(err.field, "dtstamp");
    }
    assert_int_equal(pk_schedule_to_ics(&ics, &len, NULL, &o, &err), PK_EINVAL);
    assert_string_equal(err.field, "schedule");
    assert_int_equal(pk_schedule_to_ics(NULL, &len, s, &o, &err), PK_EINVAL);
    assert_string_equal(err.field, "out");
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
        cmocka_unit_test(test_psu_2025),
        cmocka_unit_test(test_phase_rules),
        cmocka_unit_test(test_phase_at_errors),
        cmocka_unit_test(test_directives),
        cmocka_unit_test(test_select_edges),
        cmocka_unit_test(test_ics_text_edges),
        cmocka_unit_test(test_2024_late_stages),
        cmocka_unit_test(test_2020_completed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
