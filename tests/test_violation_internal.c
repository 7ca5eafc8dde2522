/* The classifier's private tables: the act bit set (pk__act_set, wider than
 * one 64-bit word so acts can be appended past the 64th); the candidate
 * lists that pk_classify() walks instead of testing every rule: for every
 * (actor, act) the list holds exactly the rules whose actor and act sets
 * cover the pair, in rule order; and the schedule windows kept as serial
 * days (written by pkgen for the built-in schedules, computed when a
 * schedule is loaded), which must say what pk_schedule_window() says. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "schedule_impl.h"
#include "violation_internal.h"

static void test_act_set(void **state)
{
    (void)state;
    pk__act_set s;
    memset(&s, 0, sizeof s);
    assert_true(pk__act_set_empty(&s));
    /* bits in every word, including the ones past the first 64 acts */
    const unsigned acts[] = {0, 1, 63, 64, 65, 64 * PK__ACT_WORDS - 1};
    for (size_t i = 0; i < sizeof acts / sizeof acts[0]; i++)
        pk__act_set_add(&s, acts[i]);
    assert_false(pk__act_set_empty(&s));
    for (unsigned a = 0; a < 64 * PK__ACT_WORDS; a++) {
        int want = 0;
        for (size_t i = 0; i < sizeof acts / sizeof acts[0]; i++)
            want |= acts[i] == a;
        assert_int_equal(pk__act_set_has(&s, a), want);
    }
    assert_true(PK__ACT_WORDS >= 2); /* wider than the 64 bits pk_act had filled to 63 */
}

static void test_candidates(void **state)
{
    (void)state;
    for (size_t i = 0; i < pk__rule_n; i++) {
        const pk__rule_spec *sp = &pk__rule_specs[i];
        assert_false(pk__act_set_empty(&sp->acts));
        for (unsigned a = PK__ACT_COUNT; a < 64 * PK__ACT_WORDS; a++)
            assert_false(pk__act_set_has(&sp->acts, a)); /* no act beyond the enum */
    }
    size_t total = 0;
    for (int actor = 0; actor < PK__ACTOR_COUNT; actor++)
        for (int act = 0; act < PK__ACT_COUNT; act++) {
            size_t k = (size_t)actor * PK__ACT_COUNT + (size_t)act, j = pk__cand_start[k];
            for (size_t i = 0; i < pk__rule_n; i++) {
                const pk__rule_spec *sp = &pk__rule_specs[i];
                if (!(sp->actors >> actor & 1u) || !pk__act_set_has(&sp->acts, (unsigned)act))
                    continue;
                assert_true(j < pk__cand_start[k + 1]);
                assert_int_equal(pk__cand_list[j], i);
                j++;
            }
            assert_int_equal(j, pk__cand_start[k + 1]);
            total += j - pk__cand_start[k];
        }
    assert_int_equal(total, pk__cand_start[PK__ACTOR_COUNT * PK__ACT_COUNT]);

    /* a civil servant's decision favouring a candidate is a discipline
     * breach of PP 94/2021 Pasal 5 huruf n: its rule is a candidate */
    int found = 0;
    size_t k = (size_t)PK_ACTOR_PNS * PK__ACT_COUNT + (size_t)PK_ACT_DECISION_FAVOURING;
    for (size_t j = pk__cand_start[k]; j < pk__cand_start[k + 1]; j++)
        found |= strcmp(pk__rules[pk__cand_list[j]].id, "asn_dis_decision_favouring") == 0;
    assert_true(found);
}

/* Every window kind of schedule s: win_ok, win_first and win_last agree
 * with pk_schedule_window(); returns the number of windows that exist. */
static int same_windows(const pk_schedule *s)
{
    int n = 0;
    for (int k = 0; k < PK__WINDOW_KIND_COUNT; k++) {
        pk_window w = PK_WINDOW_INIT;
        int ok = pk_schedule_window(&w, s, (pk_window_kind)k, NULL) == PK_OK;
        assert_int_equal(s->win_ok >> k & 1u, ok);
        if (!ok)
            continue;
        n++;
        int32_t first = INT32_MIN, last = INT32_MAX;
        if (w.has_start)
            assert_int_equal(pk_date_to_serial(&first, w.start, NULL), PK_OK);
        if (w.has_end)
            assert_int_equal(pk_date_to_serial(&last, w.end, NULL), PK_OK);
        assert_int_equal(s->win_first[k], first);
        assert_int_equal(s->win_last[k], last);
    }
    return n;
}

static void test_schedule_windows(void **state)
{
    (void)state;
    int total = 0;
    for (size_t i = 0; i < pk_schedule_builtin_count(); i++)
        total += same_windows(pk_schedule_builtin_at(i));
    assert_true(total > 0);

    /* the 2024 campaign: 25 Sep .. 23 Nov 2024 (PKPU 2/2024) */
    const pk_schedule *s = NULL;
    assert_int_equal(pk_schedule_builtin(&s, "2024", NULL), PK_OK);
    int32_t a, b;
    assert_int_equal(pk_date_to_serial(&a, pk_date_of(2024, 9, 25), NULL), PK_OK);
    assert_int_equal(pk_date_to_serial(&b, pk_date_of(2024, 11, 23), NULL), PK_OK);
    assert_int_equal(s->win_first[PK_WINDOW_CAMPAIGN], a);
    assert_int_equal(s->win_last[PK_WINDOW_CAMPAIGN], b);

    /* a loaded schedule with a campaign stage only: that window, no other */
    static const char text[] =
        "#% id: test\n#% title: Test\n#% title_id: Uji\n#% cycle: 2024\n#% basis: PKPU 2/2024\n#% source: unit test\n"
        "id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,status,source,note\n"
        "conduct,,,,,,,spans,Tahapan,Conduct,,CONFIRMED,,\n"
        "camp,conduct,campaign,campaign,yes,2024-09-25,2024-11-23,,Kampanye,Campaign,,CONFIRMED,,\n";
    pk_schedule *mine = NULL;
    pk_error err;
    pk_status rc = pk_schedule_load_string(&mine, text, sizeof text - 1, "test", &err);
    assert_int_equal(rc, PK_OK);
    assert_int_equal(same_windows(mine), 1);
    assert_int_equal(mine->win_first[PK_WINDOW_CAMPAIGN], a);
    pk_schedule_free(mine);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_act_set),
        cmocka_unit_test(test_candidates),
        cmocka_unit_test(test_schedule_windows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
