/**
 * @file pilkada/violation.h
 * @brief Classification of reported Pilkada violations: from the facts of an
 *        incident to findings with category, article, sanction, handling
 *        body and deadlines.
 *
 * The rules are data (data/rules/, compiled into const tables): UU 1/2015 as
 * amended by UU 8/2015 and UU 10/2016 (Pasal 69-73, 134-135A, 138-152,
 * 178A-178C, 187-190), MK 136/PUU-XXII/2024 (Pasal 188 widened from 14 Nov
 * 2024), PP 94/2021 (and PP 53/2010 before 31 Aug 2021), PP 42/2004, the 2020
 * and 2022 joint decrees (SKB) on ASN neutrality, SE MenPANRB 1/2023 (non-ASN
 * staff), UU 5/2014 and UU 20/2023, UU 6/2014 (villages), UU 34/2004 (TNI),
 * UU 2/2002, PP 2/2003 and Perpol 7/2022 (Polri). Each rule has an id, the
 * text it rests on, valid_from/valid_until and a source status.
 *
 * Facts record what happened, not the legal conclusion (issue 11): an act
 * such as #PK_ACT_DECLARE_SUPPORT or #PK_ACT_FUND_EVENT is what the actor
 * did, and the rules say for whom it amounts to "a decision or action that
 * favours a pair" (#PK_ACT_DECISION_FAVOURING keeps that meaning). A rule
 * that needs a further fact (official_capacity for an official's declaration,
 * minister_approval, tsm, ...) leaves the outcome #PK_OUTCOME_INCOMPLETE naming
 * it. Where decided cases split on the same facts, the finding is
 * #PK_CONTESTED and its certainty_note cites two real decisions each way;
 * tests/violations/real/ measures the agreement with 80 decided cases.
 *
 * One incident often falls under several regimes (an ASN decision that
 * favours a pair is an election crime under Pasal 71(1)/188 and a heavy
 * discipline breach), so pk_classify() returns a list of findings. The
 * outcome is never a silent pick: "no rule applies", "facts incomplete"
 * (naming the missing field) and "rules conflict" are distinct outcomes, and
 * a late report is flagged and still classified.
 *
 * Ownership: every `const` pointer in a result (rules, citations, handler
 * texts) points into static tables and lives forever. pk_classify() writes
 * into caller-supplied memory and never allocates. Thread-safe.
 */
#ifndef PILKADA_VIOLATION_H
#define PILKADA_VIOLATION_H

#include "pilkada/common.h"
#include "pilkada/date.h"
#include "pilkada/schedule.h"
#include "pilkada/deadline.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ facts */

/** Who acted. Slugs (pk_actor_name()) in parentheses. */
typedef enum pk_actor {
    PK_ACTOR_UNKNOWN = 0,          /**< not given ("") */
    PK_ACTOR_PNS,                  /**< civil servant, Pegawai Negeri Sipil ("pns") */
    PK_ACTOR_PPPK,                 /**< contract civil servant ("pppk") */
    PK_ACTOR_PEJABAT_NEGARA,       /**< state official ("pejabat_negara") */
    PK_ACTOR_PEJABAT_DAERAH,       /**< regional official ("pejabat_daerah") */
    PK_ACTOR_REGIONAL_HEAD,        /**< governor/regent/mayor or deputy ("regional_head") */
    PK_ACTOR_ACTING_HEAD,          /**< acting head, Pj ("acting_head") */
    PK_ACTOR_TNI,                  /**< member of the armed forces ("tni") */
    PK_ACTOR_POLRI,                /**< member of the police ("polri") */
    PK_ACTOR_KEPALA_DESA,          /**< village head ("kepala_desa") */
    PK_ACTOR_PERANGKAT_DESA,       /**< village official ("perangkat_desa") */
    PK_ACTOR_LURAH,                /**< urban-village head ("lurah") */
    PK_ACTOR_BUMN_BUMD_OFFICIAL,   /**< official of a state/regional enterprise ("bumn_bumd_official") */
    PK_ACTOR_CANDIDATE,            /**< member of a candidate pair ("candidate") */
    PK_ACTOR_CAMPAIGN_TEAM,        /**< campaign team member ("campaign_team") */
    PK_ACTOR_PARTY_MEMBER,         /**< political party member ("party_member") */
    PK_ACTOR_ORGANIZER,            /**< KPU/Bawaslu member or ad hoc body ("organizer") */
    PK_ACTOR_MONITOR,              /**< officer of a monitoring organisation ("monitor") */
    PK_ACTOR_ANY_PERSON,           /**< any person ("any_person") */
    PK_ACTOR_VOTER,                /**< a voter ("voter") */
    /* 1.x additions (issue 11). */
    PK_ACTOR_CAMAT,                /**< head of a kecamatan: a civil servant (PNS) holding a regional post ("camat") */
    PK_ACTOR_HONORER,              /**< non-ASN government staff, honorer/PPNPN (SE MenPANRB 1/2023) ("honorer") */
    PK_ACTOR_REGIONAL_HEAD_OTHER_OFFICE, /**< a governor/regent/mayor or deputy running for a different office or in
                                              another region ("regional_head_other_office") */
    PK_ACTOR_CANDIDATE_SPOUSE_OFFICIAL, /**< an office holder (state or regional official) whose spouse is a
                                             candidate ("candidate_spouse_official") */
    PK_ACTOR_KEPALA_DESA_GROUP     /**< several village heads acting together, a massive pattern ("kepala_desa_group") */
    /* New actors are appended here; pk_actor_count() gives the number of values. */
} pk_actor;

/** What they did. Slugs in parentheses. */
typedef enum pk_act {
    PK_ACT_UNKNOWN = 0,              /**< not given ("") */
    PK_ACT_ATTEND_CAMPAIGN,          /**< attend a campaign, no attributes ("attend_campaign") */
    PK_ACT_ATTEND_WITH_ATTRIBUTES,   /**< attend with party or civil-service attributes ("attend_with_attributes") */
    PK_ACT_SUPPORT_AT_CAMPAIGN,      /**< attend a declaration/campaign and actively support, e.g. speak
                                        ("support_at_campaign") */
    PK_ACT_MOBILISE_CIVIL_SERVANTS,  /**< mobilise other civil servants ("mobilise_civil_servants") */
    PK_ACT_USE_STATE_FACILITIES,     /**< use state facilities or budget in a campaign ("use_state_facilities") */
    PK_ACT_SOCMED_POST,              /**< post on social media for a pair ("socmed_post") */
    PK_ACT_SOCMED_COMMENT,           /**< comment ("socmed_comment") */
    PK_ACT_SOCMED_SHARE,             /**< share ("socmed_share") */
    PK_ACT_SOCMED_LIKE,              /**< like ("socmed_like") */
    PK_ACT_SOCMED_JOIN_GROUP,        /**< join/follow a campaign group or account ("socmed_join_group") */
    PK_ACT_SOCMED_CAMPAIGN,          /**< campaign or socialise a pair online ("socmed_campaign") */
    PK_ACT_PHOTO_WITH_CANDIDATE,     /**< post a photo with a candidate or partisan symbols ("photo_with_candidate") */
    PK_ACT_INSTALL_BANNER,           /**< put up a banner or other campaign props ("install_banner") */
    PK_ACT_DECISION_FAVOURING,       /**< a decision or action that favours or harms a pair ("decision_favouring") */
    PK_ACT_PARTISAN_ACTIVITY,        /**< meetings, appeals, gifts aimed at partisanship ("partisan_activity") */
    PK_ACT_REPLACE_OFFICIALS,        /**< replace officials (mutasi) ("replace_officials") */
    PK_ACT_USE_PROGRAMMES,           /**< use authority, programmes or activities for a pair ("use_programmes") */
    PK_ACT_GIVE_MONEY,               /**< promise or give money or goods to influence voters ("give_money") */
    PK_ACT_RECEIVE_MONEY,            /**< receive such money or goods ("receive_money") */
    PK_ACT_KTP_SUPPORT,              /**< support letter with a KTP copy for an independent candidate ("ktp_support") */
    PK_ACT_PARTY_MEMBERSHIP,         /**< be a member or officer of a political party ("party_membership") */
    PK_ACT_CAMPAIGN_TEAM_ROLE,       /**< serve as campaign team member, expert or consultant ("campaign_team_role") */
    PK_ACT_RUN_WITHOUT_RESIGNING,    /**< run as a candidate without resigning ("run_without_resigning") */
    PK_ACT_APPROACH_PARTY,           /**< approach a party or the public for one's own candidacy ("approach_party") */
    PK_ACT_SPOUSE_CAMPAIGN,          /**< join the campaign of one's candidate spouse ("spouse_campaign") */
    PK_ACT_INVOLVE_OFFICIALS,        /**< a candidate involves officials in the campaign ("involve_officials") */
    PK_ACT_CAMPAIGN_WITHOUT_LEAVE,   /**< an incumbent campaigns without leave / with office facilities
                                        ("campaign_without_leave") */
    PK_ACT_CAMPAIGN_WITHOUT_PERMIT,  /**< an official campaigns without a campaign permit ("campaign_without_permit") */
    PK_ACT_CANDIDACY_REWARD_GIVE,    /**< give a reward in the nomination process ("candidacy_reward_give") */
    PK_ACT_CANDIDACY_REWARD_RECEIVE, /**< receive a reward in the nomination process ("candidacy_reward_receive") */
    PK_ACT_MONITOR_BREACH,           /**< a monitoring organisation breaks its prohibitions ("monitor_breach") */
    PK_ACT_ORGANIZER_ETHICS,         /**< an organiser breaches the code of ethics ("organizer_ethics") */
    PK_ACT_ADMINISTRATIVE_BREACH,    /**< a breach of procedure or administration ("administrative_breach") */
    PK_ACT_OTHER_NEUTRALITY,         /**< another ASN-neutrality breach not in the SKB matrix ("other_neutrality") */
    /* 1.x additions (issue 11): what happened, not the legal conclusion. */
    PK_ACT_DECLARE_SUPPORT,         /**< openly declare support for a pair: a statement, a video or photo declaring
                                         support, a call to vote for it ("declare_support") */
    PK_ACT_PERFORM_AT_CAMPAIGN,     /**< perform at a campaign event: speak, sing, show the pair's sign on stage
                                         ("perform_at_campaign") */
    PK_ACT_ORGANISE_EVENT,          /**< organise a campaign or support event ("organise_event") */
    PK_ACT_FUND_EVENT,              /**< fund a campaign or support event ("fund_event") */
    PK_ACT_ACCOMPANY_REGISTRATION,  /**< accompany a (prospective) pair to its registration at the KPU
                                         ("accompany_registration") */
    PK_ACT_USE_OFFICE_FACILITIES,   /**< use village or office facilities (vehicles, buildings, staff, budget) for a
                                         pair ("use_office_facilities") */
    PK_ACT_HAND_OUT_CAMPAIGN_GOODS, /**< hand out campaign goods (T-shirts, stickers, food with a pair's name)
                                         ("hand_out_campaign_goods") */
    PK_ACT_CAMPAIGN_OUTSIDE_SCHEDULE, /**< campaign outside the campaign period set by the KPU
                                           ("campaign_outside_schedule") */
    PK_ACT_INSULT,                  /**< in a campaign, insult a person, religion, ethnic group, race, group,
                                         candidate or party (Pasal 69 huruf b) ("insult") */
    PK_ACT_SARA,                    /**< in a campaign, attack on religion, ethnicity or race (SARA; Pasal 69 huruf b)
                                         ("sara") */
    PK_ACT_HOAX,                    /**< a campaign of slander or false information (memfitnah; Pasal 69 huruf c)
                                         ("hoax") */
    PK_ACT_INCITEMENT,              /**< a campaign that incites or pits groups against each other (menghasut,
                                         mengadu domba; Pasal 69 huruf c) ("incitement") */
    PK_ACT_CAMPAIGN_AT_WORSHIP_OR_SCHOOL, /**< campaign at a place of worship or education (Pasal 69 huruf i)
                                               ("campaign_at_worship_or_school") */
    PK_ACT_DISRUPT_CAMPAIGN,        /**< disrupt, obstruct or disturb a campaign (Pasal 187(4)) ("disrupt_campaign") */
    PK_ACT_VOTE_MORE_THAN_ONCE,     /**< vote more than once, at one or more polling stations (Pasal 178B)
                                         ("vote_more_than_once") */
    PK_ACT_VOTE_IN_NAME_OF_OTHER,   /**< vote in another person's name (Pasal 178A) ("vote_in_name_of_other") */
    PK_ACT_MARK_UNUSED_BALLOTS,     /**< mark unused ballots or make others vote who may not, giving a pair extra
                                         votes (Pasal 178C) ("mark_unused_ballots") */
    PK_ACT_ALTER_VOTE_RESULTS,      /**< change, damage or lose the results of voting or counting, or give false
                                         statements about them (Pasal 178E) ("alter_vote_results") */
    PK_ACT_PASS_INELIGIBLE_CANDIDATE, /**< by virtue of office, let a candidate who fails the requirements of Pasal 7
                                           and 45 pass (Pasal 180(2)); depriving someone of the right to be a
                                           candidate is #PK_ACT_DENY_CANDIDACY_RIGHT ("pass_ineligible_candidate") */
    PK_ACT_IGNORE_REVOTE_ORDER,     /**< KPU members do not order, or KPPS do not hold, a re-vote or recount that
                                         Bawaslu decided (Pasal 193(1), (4)) ("ignore_revote_order") */
    PK_ACT_DENY_CANDIDACY_RIGHT,    /**< unlawfully deprive someone of the right to become a candidate (Pasal 180(1))
                                         ("deny_candidacy_right") */
    PK_ACT_FORGE_SUPPORT_LIST,      /**< forge the list of support for an independent (perseorangan) candidate, e.g.
                                         enter residents' KTP data without their consent (Pasal 185A; by
                                         organisers also Pasal 186(1)) ("forge_support_list") */
    PK_ACT_SKIP_SUPPORT_VERIFICATION, /**< an organiser (PPS, PPK, KPU, an authorised officer) does not verify and
                                           recapitulate the support of an independent candidate (Pasal 185B, 186(2))
                                           ("skip_support_verification") */
    PK_ACT_FALSE_CANDIDACY_DOCUMENT, /**< give false statements or use a forged document as valid for a candidacy
                                          requirement, e.g. a forged diploma (Pasal 184)
                                          ("false_candidacy_document") */
    PK_ACT_CANDIDATE_INELIGIBLE,    /**< a (prospective) candidate does not meet, or no longer meets, a requirement
                                         of Pasal 7 (citizenship, a former convict who did not announce it, ...):
                                         a fact about the candidate, not a crime in itself
                                         ("candidate_ineligible") */
    PK_ACT_THWART_VOTING,           /**< unlawfully make the voting fail (menggagalkan pemungutan suara), e.g.
                                         destroy the ballots or break up a polling station (Pasal 178D)
                                         ("thwart_voting") */
    PK_ACT_OBSTRUCT_ORGANISER       /**< use violence against, or obstruct, an organiser (KPU, Bawaslu, their ad hoc
                                         bodies) doing its duty (Pasal 198A) ("obstruct_organiser") */
    /* New acts are appended here; pk_act_count() gives the number of values. */
} pk_act;

/** Three-valued fact: zero-initialised means "not given". */
typedef enum pk_tristate {
    PK_UNKNOWN = 0,
    PK_NO = 1,
    PK_YES = 2
} pk_tristate;

/** Whom the act supported. */
typedef enum pk_supported {
    PK_SUPPORTED_UNKNOWN = 0,     /**< derive from the schedule and the date */
    PK_SUPPORTED_PROSPECTIVE = 1, /**< a bakal calon (before penetapan paslon) */
    PK_SUPPORTED_DETERMINED = 2   /**< a calon (from penetapan paslon on) */
} pk_supported;

/**
 * The state of the evidence as the handling body found it (issue 11). Absent
 * (#PK_EVIDENCE_UNKNOWN) the facts are taken as stated, as before version 3.
 */
typedef enum pk_evidence {
    PK_EVIDENCE_UNKNOWN = 0,     /**< not given: the facts are taken as stated ("" or "unknown") */
    PK_EVIDENCE_ALLEGED = 1,     /**< reported, not yet examined: classified as stated ("alleged") */
    PK_EVIDENCE_PROVEN = 2,      /**< established by the handling body or a court ("proven") */
    PK_EVIDENCE_INSUFFICIENT = 3 /**< the handling body found the report short of the formal or material
                                      requirements, or the alleged facts or elements not proven: the report
                                      is not registered or its handling is stopped ("insufficient") */
} pk_evidence;

/** The facts of one incident. Initialise with #PK_INCIDENT_INIT. Absent dates are {0,0,0}. */
typedef struct pk_incident {
    unsigned version;             /**< PK_INCIDENT_VERSION */
    pk_actor actor;               /**< who acted (required) */
    pk_act act;                   /**< what they did (required) */
    pk_actor involved_actor;      /**< for PK_ACT_INVOLVE_OFFICIALS: whom the candidate involved */
    pk_date occurred;             /**< when it happened (required) */
    pk_date discovered;           /**< when it was discovered (needed for the report deadline) */
    pk_date reported;             /**< when it was reported (optional; checks the 7-day limit) */
    char region[16];              /**< Kemendagri code of the region, e.g. "35.13", or "" */
    int cycle;                    /**< Pilkada cycle year, e.g. 2024; 0 = the built-in schedule containing the date
                                       (and the region's repeat vote, see pk_classify()).
                                       Below 0 or above #PK_DATE_MAX_YEAR: #PK_EINVAL; a year in that range with no
                                       built-in schedule (e.g. 2023, or 1 to 999): #PK_ENOTFOUND */
    const pk_schedule *schedule;  /**< schedule to use instead of the built-in one for the cycle, or NULL (borrowed) */
    pk_supported supported;       /**< prospective or determined candidate; derived when unknown */
    pk_tristate minister_approval;/**< written approval of the Minister (Pasal 71(2)) */
    pk_tristate tsm;              /**< structured, systematic and massive (Pasal 135A) */
    pk_tristate candidate_involved;/**< a candidate involved the official (Pasal 70(1)) */
    pk_tristate incumbent_candidate;/**< the regional head is running again (petahana) */
    pk_tristate on_leave;         /**< on leave outside state responsibility (CLTN) / campaign leave */
    /* version 2 */
    pk_tristate official_capacity;/**< acted in uniform or in an official capacity (a fact, not a conclusion):
                                       village-head rules that turn on it ask for it (version 2) */
    /* version 3 */
    pk_evidence evidence;         /**< the state of the evidence; #PK_EVIDENCE_INSUFFICIENT makes the outcome
                                       #PK_OUTCOME_NOT_PROVEN (version 3) */
} pk_incident;
#define PK_INCIDENT_VERSION 3
#define PK_INCIDENT_INIT {PK_INCIDENT_VERSION, PK_ACTOR_UNKNOWN, PK_ACT_UNKNOWN, PK_ACTOR_UNKNOWN, \
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0}, 0, NULL, PK_SUPPORTED_UNKNOWN, PK_UNKNOWN, PK_UNKNOWN, \
    PK_UNKNOWN, PK_UNKNOWN, PK_UNKNOWN, PK_UNKNOWN, PK_EVIDENCE_UNKNOWN}

/** @brief Number of #pk_actor values, #PK_ACTOR_UNKNOWN included: the valid values are 0 to count-1.
 *  Replaces the 0.x sentinel PK_ACTOR_COUNT_, so that new actors can be appended without an ABI break. */
PK_EXTERN size_t pk_actor_count(void);
/** @brief Number of #pk_act values, #PK_ACT_UNKNOWN included: the valid values are 0 to count-1
 *  (replaces the 0.x sentinel PK_ACT_COUNT_). */
PK_EXTERN size_t pk_act_count(void);
/** @brief Slug of an actor ("pns", ...); "" for unknown; "?" if out of range. */
PK_EXTERN const char *pk_actor_name(pk_actor actor);
/** @brief Actor from its slug. @return #PK_OK, #PK_EINVAL (NULL), #PK_ENOTFOUND. */
PK_EXTERN pk_status pk_actor_from_name(pk_actor *out, const char *slug, pk_error *err);
/** @brief Slug of an act ("socmed_like", ...); "" for unknown; "?" if out of range. */
PK_EXTERN const char *pk_act_name(pk_act act);
/** @brief Act from its slug. @return #PK_OK, #PK_EINVAL (NULL), #PK_ENOTFOUND. */
PK_EXTERN pk_status pk_act_from_name(pk_act *out, const char *slug, pk_error *err);

/** The kind of value an incident fact takes (pk_fact::type). */
typedef enum pk_fact_type {
    PK_FACT_ACTOR = 0,     /**< an actor slug (pk_actor_name()) or "" */
    PK_FACT_ACT = 1,       /**< an act slug (pk_act_name()) or "" */
    PK_FACT_DATE = 2,      /**< YYYY-MM-DD or "" */
    PK_FACT_REGION = 3,    /**< a Kemendagri code in any form pk_region_lookup() accepts, or "" */
    PK_FACT_CYCLE = 4,     /**< a 4-digit year with a built-in schedule, or "" */
    PK_FACT_SUPPORTED = 5, /**< "prospective", "determined", "unknown" or "" */
    PK_FACT_TRISTATE = 6,  /**< "yes", "no", "true", "false", "unknown" or "" */
    PK_FACT_EVIDENCE = 7   /**< "proven", "alleged", "insufficient", "unknown" or "" (#pk_evidence) */
} pk_fact_type;

/**
 * One incident fact: the single vocabulary from which pk_incident_set(), the
 * CLI's flags, the JSON reader, the Python FACT_KEYS and the documentation
 * are derived. A table row (docs/abi.md): static, may gain members at the end.
 */
typedef struct pk_fact {
    const char *key;        /**< "actor", "occurred", "minister_approval", ... */
    pk_fact_type type;      /**< the kind of value */
    const char *meaning_id; /**< meaning in Indonesian, e.g. "pelaku" */
    const char *meaning_en; /**< meaning in English, e.g. "who acted" */
    const char *values;     /**< the allowed values in words, e.g. "yes|no|true|false|unknown|\"\"" */
    int required;           /**< 1 for the facts pk_classify() needs (actor, act, occurred) */
} pk_fact;

/** @brief Number of incident facts. */
PK_EXTERN size_t pk_fact_count(void);
/** @brief Fact number @p i (in pk_incident order), or NULL. */
PK_EXTERN const pk_fact *pk_fact_at(size_t i);
/**
 * @brief The allowed values of a fact in words (pk_fact::values) in a
 *        language: "slug pelaku (pilkada classify --list-actors)" for
 *        "actor" in #PK_LANG_ID. Values that read the same in both
 *        languages ("yes|no", "YYYY-MM-DD"), any other @p lang, or a text
 *        that is not the library's give pk_fact::values unchanged.
 * @return a static string, or NULL for a NULL @p fact.
 */
PK_EXTERN const char *pk_fact_values(const pk_fact *fact, pk_lang lang);
/**
 * A word for an actor or an act (data/rules/words.csv): the slugs
 * themselves with their meanings in Indonesian and English, and the words
 * people write for them ("kades" for kepala_desa, "timses" for
 * campaign_team, "asn" for pns or pppk). A row lives in the library's
 * tables forever.
 */
typedef struct pk_word {
    const char *word;        /**< "kades", or a slug such as "kepala_desa" */
    pk_fact_type kind;       /**< #PK_FACT_ACTOR or #PK_FACT_ACT */
    const char *targets;     /**< the slug it means; several separated by '|' ("pns|pppk"): ambiguous */
    const char *meaning_id;  /**< meaning in Indonesian */
    const char *meaning_en;  /**< meaning in English */
    const char *source;      /**< where the word or meaning comes from */
    pk_source_status status; /**< CONFIRMED for the slugs, DERIVED for usage words */
} pk_word;

/** @brief Number of rows of the word table. */
PK_EXTERN size_t pk_word_count(void);
/** @brief Row @p i of the word table (slugs first, in enum order, then synonyms), or NULL when out of range. */
PK_EXTERN const pk_word *pk_word_at(size_t i);
/** @brief The row that gives the meaning of a slug (@p kind #PK_FACT_ACTOR or #PK_FACT_ACT), or NULL. */
PK_EXTERN const pk_word *pk_word_meaning(pk_fact_type kind, const char *slug);

/**
 * @brief An actor from what people write: its slug, or a word of the word
 *        table ("kades", "Bupati", "PNS", "tim sukses"), ignoring case,
 *        spaces and hyphens.
 * @return #PK_OK; #PK_EAMBIGUOUS for a word with several meanings ("asn":
 *         pns or pppk; err->text names them); #PK_ENOTFOUND with "did you
 *         mean" suggestions in err->text; #PK_EINVAL (NULL).
 */
PK_EXTERN pk_status pk_actor_parse(pk_actor *out, const char *text, pk_error *err);
/** @brief An act from what people write, as pk_actor_parse() ("politik uang", "mutasi", "Like"). */
PK_EXTERN pk_status pk_act_parse(pk_act *out, const char *text, pk_error *err);

/** @brief Fact by key. @return #PK_OK, #PK_EINVAL (NULL), #PK_ENOTFOUND (unknown key: err->field names it). */
PK_EXTERN pk_status pk_fact_find(const pk_fact **out, const char *key, pk_error *err);
/**
 * @brief The fact a misspelt key most likely means ("ocurred" -> occurred):
 *        the first fact within one edit (two for keys of 10 or more bytes;
 *        case, '-' and ' ' as '_'), or NULL (also for an exact key, a key
 *        shorter than 4 bytes, or NULL). Front ends use it to tell a typo
 *        from a column that is not a fact (a report id).
 */
PK_EXTERN const pk_fact *pk_fact_near(const char *key);

/** @brief "actor", "act", "date", "region", "cycle", "supported", "tristate", "evidence"; "?" otherwise. */
PK_EXTERN const char *pk_fact_type_name(pk_fact_type type);
/** @brief "unknown", "prospective", "determined"; "?" otherwise. */
PK_EXTERN const char *pk_supported_name(pk_supported supported);
/** @brief "unknown", "no", "yes"; "?" otherwise. */
PK_EXTERN const char *pk_tristate_name(pk_tristate value);
/** @brief "" (unknown), "alleged", "proven", "insufficient"; "?" otherwise. */
PK_EXTERN const char *pk_evidence_name(pk_evidence value);

/**
 * @brief Set one field of an incident from text, as the CLI flags, JSON
 *        input and bindings do. The keys and their values are the facts of
 *        pk_fact_at(): actor, act, involved_actor (slugs); occurred,
 *        discovered, reported (any form pk_date_parse_loose() reads:
 *        2024-11-27, 27/11/2024, 27-11-2024, 27 November 2024; ambiguous
 *        text is #PK_EPARSE showing the reading it would take); region (a
 *        code in any form pk_region lookups accept, or a name that
 *        pk_region_resolve() resolves exactly, such as "Kota Makassar" or
 *        "Kab. Ogan Komering Ulu Timur"; stored as the canonical dotted
 *        code); cycle
 *        (year); supported ("prospective"|"determined"|"");
 *        minister_approval, tsm, candidate_involved, incumbent_candidate,
 *        on_leave, official_capacity ("yes"|"no"|"true"|"false"|"");
 *        evidence ("proven"|"alleged"|"insufficient"|""). "" clears a fact.
 * @return #PK_OK, #PK_EINVAL (NULL, unknown key: err->field names it),
 *         #PK_EPARSE (bad value), #PK_ENOTFOUND (unknown slug, region code or
 *         name; err->text suggests the nearest names), #PK_EAMBIGUOUS (a
 *         region name that fits several regions, e.g. "Bekasi"; err->text
 *         lists them with their codes), #PK_EENCODING, #PK_ETOOLONG.
 */
PK_EXTERN pk_status pk_incident_set(pk_incident *incident, const char *key, const char *value, pk_error *err);

/* ---------------------------------------------------------------- results */

/** Bawaslu's five categories of violation, and the result-dispute route to the Constitutional Court. */
typedef enum pk_category {
    PK_CAT_ORGANIZER_ETHICS = 0, /**< pelanggaran kode etik penyelenggara -> DKPP */
    PK_CAT_ADMINISTRATIVE = 1,   /**< pelanggaran administrasi -> KPU */
    PK_CAT_ADMINISTRATIVE_TSM = 2,/**< administrasi terstruktur, sistematis dan masif -> Bawaslu Provinsi */
    PK_CAT_ELECTION_CRIME = 3,   /**< tindak pidana pemilihan -> Sentra Gakkumdu */
    PK_CAT_OTHER_LAWS = 4,       /**< pelanggaran peraturan perundang-undangan lainnya -> competent body */
    PK_CAT_RESULT_DISPUTE = 5    /**< not one of Bawaslu's five: what the facts may weigh in a dispute over the
                                      result (perselisihan hasil, UU 10/2016 Pasal 157-158) -> Mahkamah Konstitusi,
                                      which may order a re-vote (PSU) or disqualify a pair */
} pk_category;

/** Refinement of #PK_CAT_OTHER_LAWS (and of the actor's own regime). */
typedef enum pk_subcategory {
    PK_SUB_NONE = 0,
    PK_SUB_ASN_ETHICS = 1,      /**< ASN code of ethics (PP 42/2004): moral sanction */
    PK_SUB_ASN_DISCIPLINE = 2,  /**< ASN discipline (PP 94/2021, PP 53/2010, PP 49/2018) */
    PK_SUB_ASN_DISMISSAL = 3,   /**< dismissal ground in the ASN law (party membership) */
    PK_SUB_VILLAGE = 4,         /**< village law (UU 6/2014) */
    PK_SUB_TNI = 5,             /**< TNI law (UU 34/2004) */
    PK_SUB_POLRI = 6            /**< Polri law (UU 2/2002) */
} pk_subcategory;

/** One structured citation. Strings are static; absent parts are "". */
typedef struct pk_citation {
    const char *law;   /**< e.g. "UU 10/2016", "PP 94/2021", "MK 136/PUU-XXII/2024" */
    const char *pasal; /**< article, e.g. "71", "135A"; "" for a whole instrument */
    const char *ayat;  /**< paragraph, e.g. "1" */
    const char *huruf; /**< letter, e.g. "n" */
    const char *angka; /**< number, e.g. "5" */
    const char *text;  /**< human-readable form, e.g. "UU 10/2016 Pasal 71 ayat (1)" */
} pk_citation;

/** ASN discipline levels. */
typedef enum pk_discipline {
    PK_DISCIPLINE_NONE = 0,
    PK_DISCIPLINE_RINGAN = 1, /**< light */
    PK_DISCIPLINE_SEDANG = 2, /**< moderate */
    PK_DISCIPLINE_BERAT = 3   /**< heavy */
} pk_discipline;

/** How prison and fine combine. */
typedef enum pk_penalty_join {
    PK_JOIN_NONE = 0,   /**< no criminal penalty */
    PK_JOIN_AND = 1,    /**< prison and fine (cumulative) */
    PK_JOIN_AND_OR = 2  /**< prison and/or fine */
} pk_penalty_join;

/** Sanction flags. */
enum {
    PK_SANCTION_MORAL = 1u << 0,        /**< moral sanction, closed or open statement (PP 42/2004 Pasal 15) */
    PK_SANCTION_DISMISSAL = 1u << 1,    /**< dismissal without honour (PTDH) or termination */
    PK_SANCTION_CANCELLATION = 1u << 2, /**< cancellation as candidate / candidate pair */
    PK_SANCTION_WARNING = 1u << 3,      /**< oral or written warning/reprimand */
    PK_SANCTION_SUSPENSION = 1u << 4,   /**< temporary dismissal that may lead to dismissal */
    PK_SANCTION_UNSPECIFIED = 1u << 5,  /**< the law sets no sanction here, or leaves it to another body */
    PK_SANCTION_CORRECTION = 1u << 6    /**< corrective decision (administrative) */
};

/** A sanction as structured data. */
typedef struct pk_sanction {
    int prison_min_months;       /**< 0 if none */
    int prison_max_months;       /**< 0 if none */
    int64_t fine_min_rupiah;     /**< 0 if none */
    int64_t fine_max_rupiah;     /**< 0 if none */
    pk_penalty_join join;        /**< how prison and fine combine */
    pk_discipline discipline;    /**< ASN discipline level, or NONE */
    unsigned flags;              /**< PK_SANCTION_* */
    const char *text;            /**< the sanction in words (what the level means), static */
} pk_sanction;

/** How sure the finding is. */
typedef enum pk_certainty {
    PK_CERTAIN = 0,     /**< the rule and sanction rest on confirmed text */
    PK_CONTESTED = 1,   /**< the sources conflict (e.g. SKB row 8, berat vs sedang) */
    PK_LAW_SILENT = 2,  /**< the law gives no answer (e.g. bare "ikut kampanye" has no level) */
    PK_UNVERIFIED = 3   /**< rests on a single or secondary source */
} pk_certainty;

/** A rule from data/rules/. All strings static. */
typedef struct pk_rule {
    const char *id;              /**< stable id, e.g. "official_action_favouring_candidate" */
    const char *text_id;         /**< the Indonesian text the rule rests on (quoted) */
    const char *summary_en;      /**< English summary (pk_rule_summary() gives it in Indonesian) */
    pk_category category;
    pk_subcategory subcategory;
    const pk_citation *citations;/**< legal basis, most specific first */
    size_t citation_count;
    pk_sanction sanction;
    pk_date valid_from;          /**< first day the rule applies (incident date); {0,0,0} if unbounded */
    pk_date valid_until;         /**< last day it applies; {0,0,0} if unbounded */
    pk_source_status status;
    pk_certainty certainty;
    const char *certainty_note;  /**< why it is contested or silent, or NULL */
    const char *source;          /**< sources */
    const char *note;            /**< how the rule is applied (PPPK regime, boundaries), or NULL */
    int limb;                    /**< 0 for a rule's first limb; 1, 2, ... for further limbs that share the id
                                      (e.g. the administrative cancellation limb of Pasal 71(2)/(5)) */
} pk_rule;

/** @brief Number of rules in the built-in rule table (one entry per limb). */
PK_EXTERN size_t pk_rule_count(void);
/** @brief Rule number @p i, or NULL. */
PK_EXTERN const pk_rule *pk_rule_at(size_t i);
/** @brief Rule by id (its first limb). @return #PK_OK, #PK_EINVAL, #PK_ENOTFOUND. */
PK_EXTERN pk_status pk_rule_find(const pk_rule **out, const char *id, pk_error *err);

/** The body that handles a finding on the relevant date. Strings static. */
typedef struct pk_handler {
    const char *name;        /**< e.g. "BKN", "KASN", "Sentra Gakkumdu", "DKPP", "KPU Kabupaten Banyuasin" */
    const char *role;        /**< what it does with the finding */
    const char *basis;       /**< legal basis of its competence */
    pk_date valid_from;      /**< from when this body handles it ({0,0,0}: unbounded) */
    pk_date valid_until;     /**< until when ({0,0,0}: unbounded) */
    pk_source_status status; /**< e.g. UNCERTAIN for the KASN->BKN cut-over window */
    const char *note;        /**< e.g. the cut-over date and its source */
} pk_handler;

/** Deadlines attached to a finding (a date is {0,0,0} when it cannot be computed). */
typedef struct pk_finding_deadlines {
    pk_deadline report;          /**< 7 days from discovery (Pasal 134(4)) */
    pk_deadline followup;        /**< 3 days from the report (134(5)) */
    pk_deadline followup_extended;/**< plus 2 days (134(6)) */
    pk_deadline next[4];         /**< category-specific stages (Gakkumdu, KPU, TSM), from the report date */
    size_t next_count;
} pk_finding_deadlines;

/**
 * One finding. The caller allocates the array; its layout is the version of
 * the #pk_classification passed to the same call (docs/abi.md), and the
 * library writes that version into each finding's `version`.
 */
typedef struct pk_finding {
    unsigned version;            /**< layout version, written by the library (= pk_classification::version) */
    const pk_rule *rule;
    pk_category category;
    pk_subcategory subcategory;
    pk_sanction sanction;        /**< the rule's sanction as it applies on the incident date */
    char handler_name[96];       /**< handler with the region filled in, e.g. "Bawaslu Kabupaten Banyuasin" */
    pk_handler handler;          /**< the body on the relevant date */
    pk_finding_deadlines deadlines;
    pk_certainty certainty;
    const char *certainty_note;  /**< static */
} pk_finding;

/** Overall outcome of a classification. */
typedef enum pk_outcome {
    PK_OUTCOME_FINDINGS = 0,   /**< one or more findings */
    PK_OUTCOME_NO_RULE = 1,    /**< no rule applies to these facts */
    PK_OUTCOME_INCOMPLETE = 2, /**< the facts are not enough; missing_field names what is needed */
    PK_OUTCOME_CONFLICT = 3,   /**< two rules give incompatible answers; both are returned */
    PK_OUTCOME_NOT_PROVEN = 4  /**< the incident's evidence is #PK_EVIDENCE_INSUFFICIENT: no sanction follows;
                                    the findings (what the facts would amount to if proven) are still
                                    written, and pk_classification::note gives the basis */
} pk_outcome;

/** Summary of a classification. Initialise with #PK_CLASSIFICATION_INIT (or set `version`). */
typedef struct pk_classification {
    unsigned version;            /**< PK_CLASSIFICATION_VERSION the caller was built with; also the findings' layout */
    pk_outcome outcome;
    size_t finding_count;        /**< findings written (<= cap) */
    size_t finding_total;        /**< findings that exist (may exceed cap: then PK_EBUFSIZE) */
    const char *missing_field;   /**< for PK_OUTCOME_INCOMPLETE: "occurred", "discovered", ... (static) */
    int late_report;             /**< 1 if reported after the 7-day limit (still classified) */
    pk_deadline report_deadline; /**< the 7-day report deadline, when discovered is known */
    pk_supported supported;      /**< prospective/determined as used (given or derived) */
    const pk_schedule *schedule; /**< schedule used, or NULL */
    /* version 2 */
    const char *note;            /**< for #PK_OUTCOME_NOT_PROVEN: why no sanction follows, with its legal basis
                                      (static English text); else NULL (version 2) */
} pk_classification;

/** Current version of #pk_classification (the #pk_finding layout is the same in versions 1 and 2). */
#define PK_CLASSIFICATION_VERSION 2
/** Initialiser of a #pk_classification: the current version, everything else empty. */
#define PK_CLASSIFICATION_INIT {PK_CLASSIFICATION_VERSION, PK_OUTCOME_FINDINGS, 0, 0, NULL, 0, \
    {NULL, {0, 0, 0}, {0, 0, 0}, 0u}, PK_SUPPORTED_UNKNOWN, NULL, NULL}

/**
 * @brief Classify an incident.
 *
 * Writes up to @p cap findings to @p findings (may be NULL when cap is 0)
 * and the summary to @p result. Never allocates.
 *
 * Policy:
 *  - Required facts: actor, act, occurred. A missing one gives
 *    #PK_OUTCOME_INCOMPLETE with missing_field "actor", "act" or "occurred"
 *    (in that order) and no findings.
 *  - The schedule is incident->schedule; else the one rule of
 *    pk_schedule_select() (pilkada/schedule.h, phase rule 7) for the
 *    incident date and region, restricted to incident->cycle when given and
 *    to schedules that hold the date: a region's 2025 repeat vote or re-run
 *    when it holds the date (Kabupaten Serang, 36.04, on 18 Apr 2025 gives
 *    psu-2025-kab-serang), else the national schedule holding it; with a
 *    cycle and no match, the built-in schedule of that cycle. Windows
 *    (campaign, pre/post penetapan, the Pasal 71(2)/(3) six-month windows)
 *    come from it through pk_schedule_window(), and a re-vote takes those it
 *    has no stage for (and the election year) from the cycle it follows;
 *    nothing is a fixed date.
 *  - `supported` decides the ASN ethics rows (bakal calon) against the
 *    discipline rows (calon); when not given it is derived from the date:
 *    from the first day of penetapan paslon on, determined.
 *  - A rule that could apply but turns on a qualifier the incident leaves
 *    UNKNOWN (minister_approval for replace_officials, tsm for money given
 *    by a candidate, involved_actor for involve_officials, incumbent_candidate
 *    for the cancellation limbs, ...) is undecided: the findings that do not
 *    depend on it are still written, and the outcome is
 *    #PK_OUTCOME_INCOMPLETE with missing_field naming the first such
 *    qualifier (in rule order). A rule that needs a window or `supported`
 *    when no schedule is known makes missing_field "cycle"; a schedule in
 *    use that lacks the stage date a window needs (e.g. a cycle whose
 *    winners' determination is not in the data) makes it "schedule". A few
 *    qualifiers have a stated presumption instead (on_leave: unknown is
 *    presumed no; candidate_involved: unknown is presumed not established);
 *    the rule's note says so.
 *  - Otherwise #PK_OUTCOME_CONFLICT when two findings of the same category
 *    and subcategory give different discipline levels (SKB 2022 row 8 sedang
 *    against PP 94/2021 Pasal 14 huruf i angka 4 berat): both are returned,
 *    each marked #PK_CONTESTED; else FINDINGS or NO_RULE.
 *  - Evidence (pk_incident version 3): #PK_EVIDENCE_INSUFFICIENT makes the
 *    outcome #PK_OUTCOME_NOT_PROVEN, before every other outcome: a report
 *    short of the formal or material requirements (UU 1/2015 Pasal 134(3),
 *    (4); Perbawaslu 8/2020 as amended by Perbawaslu 9/2024) is not
 *    registered, and one whose alleged facts or elements are not proven on
 *    examination (Pasal 134(5),(6)) is not forwarded under Pasal 135, so no
 *    sanction follows. The findings are still written, as
 *    what the facts would amount to if proven, and `note` gives the basis;
 *    a missing required fact is still named in missing_field.
 *    Unknown, alleged and proven evidence classify the facts as stated.
 *  - A report later than discovered + 7 calendar days (Pasal 134(4)) sets
 *    late_report and is still classified; report_deadline is filled
 *    whenever discovered is known.
 *  - Handler by the relevant date (reported, else discovered, else
 *    occurred): ASN neutrality goes to KASN before 4 Sep 2024 (SE MenPANRB
 *    4/2024 signed) and to BKN from then; from 24 Aug 2024 (Bawaslu's
 *    statement, single-source) to 3 Sep 2024 the KASN handler is marked
 *    #PK_SOURCE_UNCERTAIN. handler_name carries the region when one is given
 *    ("KPU Kabupaten Probolinggo", "Bupati Probolinggo").
 *  - Deadlines: report from discovered; followup (3 days) and
 *    followup_extended (+2 days) from reported, else discovered; then the
 *    category's stages chained on the latest allowed dates: crimes
 *    gakkumdu_forward, investigation, prosecution, pn_verdict from the end of
 *    the follow-up; administrative adm_kpu_decision from the end of the
 *    follow-up; TSM tsm_bawaslu, tsm_kpu, tsm_appeal, tsm_ma from the report.
 *    A working-day stage outside the holiday table's years is left out.
 * @return #PK_OK (for every outcome, including NO_RULE, INCOMPLETE and
 *         CONFLICT), #PK_EINVAL (NULL incident/result, bad version, invalid
 *         date, out-of-range enum, incident->cycle < 0 or > #PK_DATE_MAX_YEAR
 *         (2199)), #PK_ENOTFOUND (unknown region; a cycle year from 1 to 2199
 *         with no built-in schedule, e.g. 2023, when no schedule is given),
 *         #PK_EBUFSIZE (more findings than @p cap; the first cap are written).
 */
PK_EXTERN pk_status pk_classify(pk_classification *result, pk_finding *findings, size_t cap,
                                const pk_incident *incident, pk_error *err);

/** Why a rule matched or not (pk_rule_trace::verdict). */
typedef enum pk_verdict {
    PK_VERDICT_MATCH = 0,       /**< the rule applies and gives a finding */
    PK_VERDICT_ACTOR = 1,       /**< the rule does not cover the actor */
    PK_VERDICT_ACT = 2,         /**< the rule does not cover the act */
    PK_VERDICT_DATE = 3,        /**< the incident date is outside the rule's valid_from..valid_until */
    PK_VERDICT_WINDOW = 4,      /**< the incident date is outside the rule's window (pk_rule_trace::window) */
    PK_VERDICT_NO_SCHEDULE = 5, /**< undecided: the rule needs a schedule; `fact` is "cycle", or "supported" when
                                     giving `supported` would also do, or "schedule" when the schedule in use
                                     lacks the stage date of the rule's window (`window` names it) */
    PK_VERDICT_CONDITION = 6,   /**< a qualifier fails; `fact` names it */
    PK_VERDICT_PENDING = 7      /**< undecided: a qualifier is unknown; `fact` names it */
} pk_verdict;

/** One rule (limb) considered for an incident. Strings are static. */
typedef struct pk_rule_trace {
    const pk_rule *rule;  /**< the rule limb */
    pk_verdict verdict;   /**< matched, or why not */
    const char *fact;     /**< the incident fact (a pk_fact key) the verdict turns on, or NULL */
    const char *window;   /**< for #PK_VERDICT_WINDOW, and #PK_VERDICT_NO_SCHEDULE with fact "schedule": the
                               rule's window ("campaign", "post_determination", "m6_to_end_of_term", ...); else
                               NULL */
} pk_rule_trace;

/** Summary of a trace. Initialise with #PK_TRACE_INIT (or set `version`); the
 *  #pk_rule_trace array of the same call has that version's layout. */
typedef struct pk_trace {
    unsigned version;          /**< PK_TRACE_VERSION the caller was built with */
    size_t rule_count;         /**< entries written (<= cap) */
    size_t rule_total;         /**< rules considered: pk_rule_count(), or 0 when a required fact is missing */
    size_t covered;            /**< rules whose actor and act cover the incident (verdict neither ACTOR nor ACT) */
    const char *missing_field; /**< "actor", "act" or "occurred" when that required fact is missing, else NULL */
} pk_trace;

/** Current version of #pk_trace (and of the #pk_rule_trace layout). */
#define PK_TRACE_VERSION 1
/** Initialiser of a #pk_trace: the current version, everything else empty. */
#define PK_TRACE_INIT {PK_TRACE_VERSION, 0, 0, 0, NULL}

/**
 * @brief The explanation as data: for every rule (limb, in pk_rule_at()
 *        order), whether it matched and, if not, why, as a verdict code
 *        with the fact or window it turns on. pk_explain() formats this;
 *        `pilkada classify --json --explain` prints it.
 * @param trace  receives the summary (its `version` set, see #PK_TRACE_INIT).
 * @param rules  receives up to @p cap entries (may be NULL when cap is 0);
 *               pk_rule_count() entries are always enough.
 * @return as pk_classify() (the same validation), #PK_EBUFSIZE when
 *         rule_total exceeds @p cap (the first cap are written).
 */
PK_EXTERN pk_status pk_classify_trace(pk_trace *trace, pk_rule_trace *rules, size_t cap,
                                      const pk_incident *incident, pk_error *err);
/** @brief "match", "actor", "act", "date", "window", "no_schedule", "condition", "pending"; "?" otherwise. */
PK_EXTERN const char *pk_verdict_name(pk_verdict verdict);

/**
 * @brief Explain a classification for a person: every rule considered, and
 *        why it matched or not (actor, act, window, date validity,
 *        qualifier), then the findings with articles, sanctions, handlers and
 *        deadlines. An English rendering of pk_classify_trace() and
 *        pk_classify(); pk_explain_lang() gives it in Indonesian too.
 * @param out receives NUL-terminated UTF-8 text; free with pk_free().
 * @return as pk_classify(), or #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_explain(char **out, const pk_incident *incident, pk_error *err);

/**
 * @brief pk_explain() in a language: the same account, its words (headings,
 *        why a rule did not match, category names, outcome, sanctions,
 *        deadline names) in Indonesian for #PK_LANG_ID ("Hasil", "tidak:
 *        pelaku tidak tercakup", "pelanggaran peraturan perundang-undangan
 *        lainnya"), in English for #PK_LANG_EN (the text of pk_explain()).
 *        The words come from the library's message table; the quoted rule
 *        texts stay as the law says them; the rule summaries, notes and
 *        certainty notes, handler roles and notes and the not-proven note
 *        come from the Indonesian columns of the data where a row has one
 *        (pk_rule_summary()), else in English (added in 1.1.0).
 * @param out      receives NUL-terminated UTF-8 text; free with pk_free().
 * @param incident the incident.
 * @param lang     #PK_LANG_EN or #PK_LANG_ID.
 * @param err      optional error detail.
 * @return as pk_explain(); #PK_EINVAL for an unknown @p lang (*out NULL).
 */
PK_EXTERN pk_status pk_explain_lang(char **out, const pk_incident *incident, pk_lang lang, pk_error *err);

/** Styles of pk_classification_format(). */
typedef enum pk_format_style {
    PK_FORMAT_BRIEF = 1,   /**< a line for the incident (actor, act, outcome, missing fact, late report, report
                                due), the note of a not_proven outcome, and one per finding (rule, category, first
                                article, handler, penalty, certainty): `pilkada classify --batch` */
    PK_FORMAT_DETAILED = 2 /**< BRIEF, and under each finding its category in words, basis, sanction, handler
                                with its role and note, certainty note and deadlines by name: `pilkada classify` */
} pk_format_style;

/**
 * @brief The human-readable text of a classification in a language: the
 *        one rendering the `pilkada classify` text output and Python use
 *        (added in 1.1.0). Its words come from the library's message table.
 *
 * Works like snprintf(): the text is written to @p buf (at most @p cap bytes
 * with the NUL, never splitting a UTF-8 sequence) and @p needed receives the
 * size the whole text needs, NUL included. A size query passes buf NULL and
 * cap 0 (then @p needed is required) and gets #PK_OK.
 *
 * @param buf      receives the NUL-terminated UTF-8 text ("" on failure when cap > 0); may be NULL when cap is 0.
 * @param cap      size of @p buf in bytes.
 * @param needed   optional (required for a size query); receives strlen(text) + 1, or 0 on failure other than
 *                 #PK_EBUFSIZE.
 * @param result   from pk_classify() for @p incident.
 * @param findings the findings pk_classify() wrote (result->finding_count of them; may be NULL when there are
 *                 none).
 * @param incident the incident that was classified (its actor and act head the text).
 * @param style    #PK_FORMAT_BRIEF or #PK_FORMAT_DETAILED.
 * @param lang     #PK_LANG_EN or #PK_LANG_ID.
 * @param err      optional error detail.
 * @return #PK_OK; #PK_EBUFSIZE when the text does not fit in @p cap (the start of it is written, *needed says how
 *         much is needed); #PK_EINVAL (NULL @p result or @p incident, NULL @p buf with cap > 0, a size query
 *         without @p needed, an unknown version, style, language or outcome, NULL findings or a finding without a
 *         rule); #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_classification_format(char *buf, size_t cap, size_t *needed, const pk_classification *result,
                                             const pk_finding *findings, const pk_incident *incident,
                                             pk_format_style style, pk_lang lang, pk_error *err);

/** @brief "organizer_ethics", "administrative", "administrative_tsm", "election_crime", "other_laws",
 *  "result_dispute"; "?" otherwise. */
PK_EXTERN const char *pk_category_name(pk_category category);
/** @brief "", "asn_ethics", "asn_discipline", "asn_dismissal", "village", "tni", "polri"; "?" otherwise. */
PK_EXTERN const char *pk_subcategory_name(pk_subcategory sub);
/** @brief "", "ringan", "sedang", "berat"; "?" otherwise. */
PK_EXTERN const char *pk_discipline_name(pk_discipline level);
/** @brief "findings", "no_rule", "incomplete", "conflict", "not_proven"; "?" otherwise. */
PK_EXTERN const char *pk_outcome_name(pk_outcome outcome);
/** @brief Slug of one PK_SANCTION_* bit: "moral", "dismissal", "cancellation", "warning", "suspension",
 *  "unspecified", "correction"; NULL for 0, several bits or an unknown bit (so a caller can loop over
 *  bits 1u << 0, 1u << 1, ... until NULL). */
PK_EXTERN const char *pk_sanction_flag_name(unsigned flag);
/** @brief "none", "and", "and_or"; "?" otherwise. */
PK_EXTERN const char *pk_penalty_join_name(pk_penalty_join join);
/** @brief "certain", "contested", "law_silent", "unverified"; "?" otherwise. */
PK_EXTERN const char *pk_certainty_name(pk_certainty certainty);

/**
 * @brief The words of a category as people read them, in a language (the
 *        words pk_classification_format() uses): "tindak pidana Pemilihan" /
 *        "election crime" for #PK_CAT_ELECTION_CRIME.
 * @return a static string: "?" for an unknown @p category; any @p lang other
 *         than #PK_LANG_ID gives English. Never NULL.
 */
PK_EXTERN const char *pk_category_label(pk_category category, pk_lang lang);
/**
 * @brief The words of an outcome in a language: "fakta belum lengkap" /
 *        "facts incomplete" for #PK_OUTCOME_INCOMPLETE.
 * @return as pk_category_label().
 */
PK_EXTERN const char *pk_outcome_label(pk_outcome outcome, pk_lang lang);
/**
 * @brief A rule's summary in a language: for #PK_LANG_ID the Indonesian
 *        summary of the built-in rule (data/rules/rules.csv summary_id, in
 *        the words of the article it cites), else pk_rule::summary_en. A rule
 *        without an Indonesian summary, or one that is not the library's own
 *        (not from pk_rule_at() or a finding), gives its English summary.
 * @return a static string, or NULL for a NULL @p rule.
 */
PK_EXTERN const char *pk_rule_summary(const pk_rule *rule, pk_lang lang);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_VIOLATION_H */
