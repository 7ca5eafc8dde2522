/* Names of the violation classifier's enums: the slugs used by the rule
 * data, pk_incident_set(), the CLI and JSON. A core source (no tables). */
#include <string.h>

#include "violation_internal.h"

static const char *const actor_names[] = {
    "", "pns", "pppk", "pejabat_negara", "pejabat_daerah", "regional_head", "acting_head", "tni", "polri",
    "kepala_desa", "perangkat_desa", "lurah", "bumn_bumd_official", "candidate", "campaign_team",
    "party_member", "organizer", "monitor", "any_person", "voter", "camat", "honorer", "regional_head_other_office",
    "candidate_spouse_official", "kepala_desa_group",
};

static const char *const act_names[] = {
    "", "attend_campaign", "attend_with_attributes", "support_at_campaign", "mobilise_civil_servants",
    "use_state_facilities", "socmed_post", "socmed_comment", "socmed_share", "socmed_like",
    "socmed_join_group", "socmed_campaign", "photo_with_candidate", "install_banner", "decision_favouring",
    "partisan_activity", "replace_officials", "use_programmes", "give_money", "receive_money", "ktp_support",
    "party_membership", "campaign_team_role", "run_without_resigning", "approach_party", "spouse_campaign",
    "involve_officials", "campaign_without_leave", "campaign_without_permit", "candidacy_reward_give",
    "candidacy_reward_receive", "monitor_breach", "organizer_ethics", "administrative_breach",
    "other_neutrality", "declare_support", "perform_at_campaign", "organise_event", "fund_event",
    "accompany_registration", "use_office_facilities", "hand_out_campaign_goods", "campaign_outside_schedule",
    "insult", "sara", "hoax", "incitement", "campaign_at_worship_or_school", "disrupt_campaign",
    "vote_more_than_once", "vote_in_name_of_other", "mark_unused_ballots",
};

_Static_assert(PK_ARRAY_LEN(actor_names) == PK__ACTOR_COUNT, "one slug per pk_actor");
_Static_assert(PK_ARRAY_LEN(act_names) == PK__ACT_COUNT, "one slug per pk_act");

size_t pk_actor_count(void)
{
    return (size_t)PK__ACTOR_COUNT;
}

size_t pk_act_count(void)
{
    return (size_t)PK__ACT_COUNT;
}

const char *const pk__rwin_names[PK__WIN_COUNT] = {
    "any", "pre_determination", "post_determination", "campaign", "m6_to_end_of_term", "m6_to_elected",
    "outside_campaign",
};

const char *const pk__ckey_names[PK__C_COUNT] = {
    "supported", "tsm", "minister_approval", "candidate_involved", "incumbent_candidate", "on_leave",
    "involved_actor", "official_capacity",
};

const char *const pk__hkind_names[PK__H_COUNT] = {
    "gakkumdu", "kpu", "bawaslu_provinsi", "bawaslu", "dkpp", "asn", "bupati", "perangkat_desa", "tni", "polri",
    "ppk",
};

const char *pk_actor_name(pk_actor actor)
{
    return (unsigned)actor < PK__ACTOR_COUNT ? actor_names[actor] : "?";
}

const char *pk_act_name(pk_act act)
{
    return (unsigned)act < PK__ACT_COUNT ? act_names[act] : "?";
}

pk_status pk_actor_from_name(pk_actor *out, const char *slug)
{
    if (out)
        *out = PK_ACTOR_UNKNOWN;
    if (!out || !slug)
        return PK_EINVAL;
    int i = pk__lookup_name(actor_names, PK__ACTOR_COUNT, slug);
    if (i < 0)
        return PK_ENOTFOUND;
    *out = (pk_actor)i;
    return PK_OK;
}

pk_status pk_act_from_name(pk_act *out, const char *slug)
{
    if (out)
        *out = PK_ACT_UNKNOWN;
    if (!out || !slug)
        return PK_EINVAL;
    int i = pk__lookup_name(act_names, PK__ACT_COUNT, slug);
    if (i < 0)
        return PK_ENOTFOUND;
    *out = (pk_act)i;
    return PK_OK;
}

const char *pk_category_name(pk_category category)
{
    static const char *const names[] = {"organizer_ethics", "administrative", "administrative_tsm",
                                        "election_crime", "other_laws"};
    return (unsigned)category < PK_ARRAY_LEN(names) ? names[category] : "?";
}

const char *pk_subcategory_name(pk_subcategory sub)
{
    static const char *const names[] = {"", "asn_ethics", "asn_discipline", "asn_dismissal", "village", "tni",
                                        "polri"};
    return (unsigned)sub < PK_ARRAY_LEN(names) ? names[sub] : "?";
}

const char *pk_discipline_name(pk_discipline level)
{
    static const char *const names[] = {"", "ringan", "sedang", "berat"};
    return (unsigned)level < PK_ARRAY_LEN(names) ? names[level] : "?";
}

const char *pk_outcome_name(pk_outcome outcome)
{
    static const char *const names[] = {"findings", "no_rule", "incomplete", "conflict"};
    return (unsigned)outcome < PK_ARRAY_LEN(names) ? names[outcome] : "?";
}

const char *pk_certainty_name(pk_certainty certainty)
{
    static const char *const names[] = {"certain", "contested", "law_silent", "unverified"};
    return (unsigned)certainty < PK_ARRAY_LEN(names) ? names[certainty] : "?";
}
