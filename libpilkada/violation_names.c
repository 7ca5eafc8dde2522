/* Names of the violation classifier's enums: the slugs used by the rule
 * data, pk_incident_set(), the CLI and JSON. A core source (no tables). */
#include <stddef.h>
#include <string.h>

#include "region_internal.h"
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
    "vote_more_than_once", "vote_in_name_of_other", "mark_unused_ballots", "alter_vote_results",
    "pass_ineligible_candidate", "ignore_revote_order", "deny_candidacy_right", "forge_support_list",
    "skip_support_verification", "false_candidacy_document", "candidate_ineligible", "thwart_voting",
    "obstruct_organiser",
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

/* ------------------------------------------------------ incident facts --
 * The one vocabulary of incident facts, in pk_incident order. */
#define FACT(key, type, id, en, values, req, member) \
    {{key, type, id, en, values, req}, offsetof(pk_incident, member), sizeof(key) - 1}
const pk__fact_def pk__facts[] = {
    FACT("actor", PK_FACT_ACTOR, "pelaku", "who acted", "an actor slug (pilkada classify --list-actors)", 1, actor),
    FACT("act", PK_FACT_ACT, "perbuatan", "what they did", "an act slug (pilkada classify --list-acts)", 1, act),
    FACT("involved_actor", PK_FACT_ACTOR, "pihak yang dilibatkan oleh calon",
         "whom a candidate involved (act involve_officials)", "an actor slug", 0, involved_actor),
    FACT("occurred", PK_FACT_DATE, "tanggal kejadian", "when it happened", "YYYY-MM-DD", 1, occurred),
    FACT("discovered", PK_FACT_DATE, "tanggal diketahui atau ditemukan",
         "when it was discovered (gives the 7-day report deadline)", "YYYY-MM-DD", 0, discovered),
    FACT("reported", PK_FACT_DATE, "tanggal dilaporkan", "when it was reported (late reports are flagged)",
         "YYYY-MM-DD", 0, reported),
    FACT("region", PK_FACT_REGION, "kode wilayah Kemendagri", "the region (names the handling bodies)",
         "a Kemendagri code, e.g. 35.13", 0, region),
    FACT("cycle", PK_FACT_CYCLE, "tahun pemilihan", "the Pilkada cycle (default: the schedule holding the date; with region, that region's 2025 "
         "repeat vote when it holds it)", "2020, 2024, 2025", 0, cycle),
    FACT("supported", PK_FACT_SUPPORTED, "yang didukung: bakal calon atau calon",
         "whom the act supported (default: derived from the date)", "prospective|determined", 0, supported),
    FACT("minister_approval", PK_FACT_TRISTATE, "persetujuan tertulis Menteri",
         "written approval of the Minister (Pasal 71(2))", "yes|no", 0, minister_approval),
    FACT("tsm", PK_FACT_TRISTATE, "terstruktur, sistematis dan masif",
         "structured, systematic and massive (Pasal 135A)", "yes|no", 0, tsm),
    FACT("candidate_involved", PK_FACT_TRISTATE, "dilibatkan oleh calon",
         "a candidate involved the official (Pasal 70(1))", "yes|no", 0, candidate_involved),
    FACT("incumbent_candidate", PK_FACT_TRISTATE, "petahana mencalonkan diri kembali",
         "the regional head is running again (petahana)", "yes|no", 0, incumbent_candidate),
    FACT("on_leave", PK_FACT_TRISTATE, "sedang cuti (cuti kampanye atau cuti di luar tanggungan negara)",
         "on campaign leave, or on leave outside state responsibility (CLTN)", "yes|no", 0, on_leave),
    FACT("official_capacity", PK_FACT_TRISTATE, "bertindak dengan seragam atau dalam kapasitas jabatan",
         "acted in uniform or in an official capacity (a fact; pk_incident version 2)", "yes|no", 0,
         official_capacity),
    FACT("evidence", PK_FACT_EVIDENCE, "keadaan bukti menurut pengawas atau pengadilan",
         "the state of the evidence as the handling body found it (insufficient: the report failed the formal or "
         "material requirements, or the facts were not proven; pk_incident version 3)",
         "proven|alleged|insufficient", 0, evidence),
};
#undef FACT
const size_t pk__fact_n = PK_ARRAY_LEN(pk__facts);

int pk__fact_index(const char *key)
{
    /* the first byte and the length tell the keys apart but for a few, so
     * this costs one full comparison per call (the batch reader's path) */
    size_t n = strlen(key);
    for (size_t i = 0; i < PK_ARRAY_LEN(pk__facts); i++) {
        const char *k = pk__facts[i].fact.key;
        if (k[0] == key[0] && pk__facts[i].key_len == n && memcmp(k, key, n) == 0)
            return (int)i;
    }
    return -1;
}

size_t pk_fact_count(void)
{
    return PK_ARRAY_LEN(pk__facts);
}

const pk_fact *pk_fact_at(size_t i)
{
    return i < PK_ARRAY_LEN(pk__facts) ? &pk__facts[i].fact : NULL;
}

const char *pk_fact_values(const pk_fact *fact, pk_lang lang)
{
    /* the English texts of pk__facts above that have words, and their Indonesian */
    static const char *const values[][2] = {
        {"an actor slug (pilkada classify --list-actors)", "slug pelaku (pilkada classify --list-actors)"},
        {"an act slug (pilkada classify --list-acts)", "slug perbuatan (pilkada classify --list-acts)"},
        {"an actor slug", "slug pelaku"},
        {"a Kemendagri code, e.g. 35.13", "kode wilayah Kemendagri, misalnya 35.13"},
    };
    return pk__text_in_lang(fact ? fact->values : NULL, values, PK_ARRAY_LEN(values), lang);
}

pk_status pk_fact_find(const pk_fact **out, const char *key, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !key)
        return pk__fail(err, PK_EINVAL, !out ? "out" : "key", "NULL argument");
    int i = pk__fact_index(key);
    if (i < 0) {
        char shown[PK_ERROR_FIELD_SIZE];
        pk__strlcpy_utf8(shown, key, sizeof shown);
        return pk__fail(err, PK_ENOTFOUND, shown, "unknown incident key '%s'", shown);
    }
    *out = &pk__facts[i].fact;
    return PK_OK;
}

static const char *const fact_type_names[] = {"actor",     "act",      "date",    "region",
                                              "cycle",     "supported", "tristate", "evidence"};
static const char *const supported_names[] = {"", "prospective", "determined"};
static const char *const tristate_names[] = {"", "no", "yes"};
static const char *const evidence_names[] = {"", "alleged", "proven", "insufficient"};

static const char *const sanction_flag_names[] = {"moral",       "dismissal",  "cancellation", "warning",
                                                  "suspension", "unspecified", "correction"};

const char *pk_sanction_flag_name(unsigned flag)
{
    for (size_t k = 0; k < PK_ARRAY_LEN(sanction_flag_names); k++)
        if (flag == 1u << k)
            return sanction_flag_names[k];
    return NULL;
}

static const char *const join_names[] = {"none", "and", "and_or"};

const char *pk_penalty_join_name(pk_penalty_join join)
{
    return (unsigned)join < PK_ARRAY_LEN(join_names) ? join_names[join] : "?";
}

static const char *const verdict_names[] = {"match",       "actor",     "act",    "date",
                                            "window",      "no_schedule", "condition", "pending"};

const char *pk_verdict_name(pk_verdict verdict)
{
    return (unsigned)verdict < PK_ARRAY_LEN(verdict_names) ? verdict_names[verdict] : "?";
}

const char *pk_fact_type_name(pk_fact_type type)
{
    return (unsigned)type < PK_ARRAY_LEN(fact_type_names) ? fact_type_names[type] : "?";
}

const char *pk_supported_name(pk_supported supported)
{
    return (unsigned)supported < PK_ARRAY_LEN(supported_names) ? supported_names[supported] : "?";
}

const char *pk_tristate_name(pk_tristate value)
{
    return (unsigned)value < PK_ARRAY_LEN(tristate_names) ? tristate_names[value] : "?";
}

const char *pk_evidence_name(pk_evidence value)
{
    return (unsigned)value < PK_ARRAY_LEN(evidence_names) ? evidence_names[value] : "?";
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
    "ppk", "mk",
};

const char *pk_actor_name(pk_actor actor)
{
    return (unsigned)actor < PK__ACTOR_COUNT ? actor_names[actor] : "?";
}

const char *pk_act_name(pk_act act)
{
    return (unsigned)act < PK__ACT_COUNT ? act_names[act] : "?";
}

/* Index of a slug in names[0..n), through *out; PK_EINVAL, PK_ENOTFOUND. */
static pk_status slug_index(int *out, const char *const *names, int n, const char *slug)
{
    *out = 0;
    if (!slug)
        return PK_EINVAL;
    int i = pk__lookup_name(names, n, slug);
    if (i < 0)
        return PK_ENOTFOUND;
    *out = i;
    return PK_OK;
}

static pk_status pk_actor_from_name_body(pk_actor *out, const char *slug)
{
    int i = 0;
    pk_status rc = out ? slug_index(&i, actor_names, PK__ACTOR_COUNT, slug) : PK_EINVAL;
    if (out)
        *out = (pk_actor)i;
    return rc;
}

static pk_status pk_act_from_name_body(pk_act *out, const char *slug)
{
    int i = 0;
    pk_status rc = out ? slug_index(&i, act_names, PK__ACT_COUNT, slug) : PK_EINVAL;
    if (out)
        *out = (pk_act)i;
    return rc;
}

const char *pk_category_name(pk_category category)
{
    static const char *const names[] = {"organizer_ethics", "administrative", "administrative_tsm",
                                        "election_crime", "other_laws",       "result_dispute"};
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
    static const char *const names[] = {"findings", "no_rule", "incomplete", "conflict", "not_proven"};
    return (unsigned)outcome < PK_ARRAY_LEN(names) ? names[outcome] : "?";
}

const char *pk_certainty_name(pk_certainty certainty)
{
    static const char *const names[] = {"certain", "contested", "law_silent", "unverified"};
    return (unsigned)certainty < PK_ARRAY_LEN(names) ? names[certainty] : "?";
}

/* Public entry points in the 1.0 argument order (docs/conventions.md):
 * out-parameters first, the optional pk_error last. */
pk_status pk_actor_from_name(pk_actor *out, const char *slug, pk_error *err)
{
    return pk__status_detail(err, pk_actor_from_name_body(out, slug), "pk_actor_from_name");
}

pk_status pk_act_from_name(pk_act *out, const char *slug, pk_error *err)
{
    return pk__status_detail(err, pk_act_from_name_body(out, slug), "pk_act_from_name");
}

void pk__word_key(char *out, size_t size, const char *text)
{
    size_t n = 0;
    int gap = 0;
    if (!size)
        return;
    for (const unsigned char *p = (const unsigned char *)text; *p && n + 1 < size; p++) {
        unsigned char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + ('a' - 'A'));
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
            if (gap && n && n + 2 < size)
                out[n++] = '_';
            gap = 0;
            out[n++] = (char)c;
        } else if (c == ' ' || c == '-' || c == '_' || c == '\t') {
            gap = 1;
        }
    }
    out[n] = '\0';
}

int pk__key_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 63 || m > 63)
        return 3;
    return pk__osa_bounded(a, n, b, m, 2); /* 3 once it exceeds 2 */
}

const pk_fact *pk_fact_near(const char *key)
{
    char k[64];
    if (!key || strlen(key) < 4 || pk__fact_index(key) >= 0)
        return NULL;
    pk__word_key(k, sizeof k, key);
    int limit = strlen(k) >= 10 ? 2 : 1; /* "report_id" is no typo of "reported" */
    for (size_t i = 0; i < pk__fact_n; i++)
        if (pk__key_distance(k, pk__facts[i].fact.key) <= limit)
            return &pk__facts[i].fact;
    return NULL;
}
