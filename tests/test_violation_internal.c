/* The classifier's private tables: the act bit set (pk__act_set, wider than
 * one 64-bit word so acts can be appended past the 64th) and the candidate
 * lists that pk_classify() walks instead of testing every rule: for every
 * (actor, act) the list holds exactly the rules whose actor and act sets
 * cover the pair, in rule order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_act_set),
        cmocka_unit_test(test_candidates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
