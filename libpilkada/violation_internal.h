/* Private pieces of the violation classifier shared by the rule loader
 * (rules_load.c, built into the generator only), the generator
 * (tools/pkgen/gen_rules.c) and the classifier (violation.c). */
#ifndef PK_VIOLATION_INTERNAL_H
#define PK_VIOLATION_INTERNAL_H

#include <stdint.h>

#include "internal.h"
#include "pilkada/violation.h"

/* Number of pk_actor and pk_act values (the public pk_actor_count() and
 * pk_act_count()); new values are appended to the enums and counted here. */
#define PK__ACTOR_COUNT ((int)PK_ACTOR_KEPALA_DESA_GROUP + 1)
#define PK__ACT_COUNT ((int)PK_ACT_OBSTRUCT_ORGANISER + 1)
/* pk__rule_spec keeps actors and acts as bit sets */
_Static_assert(PK__ACTOR_COUNT <= 32, "actors fit in a uint32_t bit set");

/* The acts of a rule: act a is bit a % 64 of word a / 64. pkgen writes
 * PK__ACT_WORDS words per rule, so appending acts beyond the last word needs
 * only a larger PK__ACT_WORDS. */
#define PK__ACT_WORDS 2
_Static_assert(PK__ACT_COUNT <= 64 * PK__ACT_WORDS, "acts fit in the act bit set: raise PK__ACT_WORDS");
typedef struct pk__act_set {
    uint64_t w[PK__ACT_WORDS];
} pk__act_set;

/* 1 if act a (0 <= a < 64 * PK__ACT_WORDS) is in the set. */
static inline int pk__act_set_has(const pk__act_set *s, unsigned a)
{
    return (int)(s->w[a >> 6] >> (a & 63u) & 1u);
}

/* Add act a (0 <= a < 64 * PK__ACT_WORDS) to the set. */
static inline void pk__act_set_add(pk__act_set *s, unsigned a)
{
    s->w[a >> 6] |= (uint64_t)1 << (a & 63u);
}

/* 1 if the set has no act. */
static inline int pk__act_set_empty(const pk__act_set *s)
{
    uint64_t any = 0;
    for (int i = 0; i < PK__ACT_WORDS; i++)
        any |= s->w[i];
    return any == 0;
}

/* The incident facts (violation_names.c): the public row and the member of
 * pk_incident it sets. */
typedef struct pk__fact_def {
    pk_fact fact;
    size_t offset;  /* offsetof(pk_incident, member) */
    size_t key_len; /* strlen(fact.key) */
} pk__fact_def;
extern const pk__fact_def pk__facts[];
extern const size_t pk__fact_n;
/* Index of a fact key in pk__facts, or -1. */
int pk__fact_index(const char *key);

/* The word table (generated from data/rules/words.csv by pkgen words). */
extern const pk_word pk__words[];
extern const size_t pk__word_count;
/* A word as a lookup key: ASCII lower case, runs of spaces, hyphens and
 * underscores as one '_', other punctuation dropped, no '_' at the ends;
 * truncated to size-1 bytes. */
void pk__word_key(char *out, size_t size, const char *text);
/* Edit distance (optimal string alignment) of two keys, capped at 3. */
int pk__key_distance(const char *a, const char *b);

/* Time window a rule needs (column `window` of data/rules/rules.csv). */
enum pk__rwin {
    PK__WIN_ANY = 0,
    PK__WIN_PRE,        /* pre_determination: PK_WINDOW_PRE_DETERMINATION */
    PK__WIN_POST,       /* post_determination: PK_WINDOW_POST_DETERMINATION */
    PK__WIN_CAMPAIGN,   /* campaign: PK_WINDOW_CAMPAIGN */
    PK__WIN_M6_END,     /* m6_to_end_of_term: PK_WINDOW_M6_TO_END_OF_TERM */
    PK__WIN_M6_ELECTED, /* m6_to_elected: PK_WINDOW_M6_TO_ELECTED */
    PK__WIN_OUTSIDE_CAMPAIGN, /* outside_campaign: not inside PK_WINDOW_CAMPAIGN (Pasal 187(1)) */
    PK__WIN_COUNT
};

/* Qualifier keys of a condition (column `conditions`). */
enum pk__ckey {
    PK__C_SUPPORTED = 0,
    PK__C_TSM,
    PK__C_MINISTER_APPROVAL,
    PK__C_CANDIDATE_INVOLVED,
    PK__C_INCUMBENT_CANDIDATE,
    PK__C_ON_LEAVE,
    PK__C_INVOLVED_ACTOR,
    PK__C_OFFICIAL_CAPACITY,
    PK__C_COUNT
};

/* Handling bodies (column `handler`). */
enum pk__hkind {
    PK__H_GAKKUMDU = 0,
    PK__H_KPU,
    PK__H_BAWASLU_PROVINSI,
    PK__H_BAWASLU,
    PK__H_DKPP,
    PK__H_ASN,
    PK__H_BUPATI,
    PK__H_PERANGKAT_DESA,
    PK__H_TNI,
    PK__H_POLRI,
    PK__H_PPK,          /* the employing official (PPK/PyB) for non-ASN staff */
    PK__H_MK,           /* Mahkamah Konstitusi: disputes over the result (UU 10/2016 Pasal 157) */
    PK__H_COUNT
};

#define PK__MAX_CONDS 4

/* One condition: the fact named by key must have a value whose bit is set in
 * allowed. Tristates and `supported` use bit (1 << value) with value 0 =
 * unknown; involved_actor uses bit (1 << actor) with bit 0 = unknown.
 * optional: an unknown fact fails the rule instead of leaving it undecided. */
typedef struct pk__cond {
    uint8_t key;
    uint8_t optional;
    uint32_t allowed;
} pk__cond;

/* How a rule matches: everything the classifier needs, in a compact form. */
typedef struct pk__rule_spec {
    uint32_t actors;       /* bit (1 << pk_actor) */
    pk__act_set acts;      /* the acts (pk__act_set_has) */
    int32_t from_serial;   /* first incident day (serial), INT32_MIN when unbounded */
    int32_t until_serial;  /* last incident day, INT32_MAX when unbounded */
    uint8_t window;        /* enum pk__rwin */
    uint8_t handler;       /* enum pk__hkind */
    uint8_t ncond;
    pk__cond cond[PK__MAX_CONDS];
} pk__rule_spec;

/* The Indonesian texts of a rule (rules.csv summary_id, certainty_note_id,
 * note_id), NULL where not translated: pk__rule_texts_id[i] belongs to
 * pk__rules[i]. */
typedef struct pk__rule_text_id {
    const char *summary;
    const char *certainty_note;
    const char *note;
} pk__rule_text_id;
extern const pk__rule_text_id pk__rule_texts_id[];

/* Slugs of the enums (the CSV vocabulary). */
extern const char *const pk__rwin_names[PK__WIN_COUNT];
extern const char *const pk__ckey_names[PK__C_COUNT];
extern const char *const pk__hkind_names[PK__H_COUNT];

/* Handlers (data/rules/handlers.csv): the rows of each kind are
 * pk__handler_rows[pk__handler_start[k] .. pk__handler_start[k + 1]), in
 * date order; a row is the body from its first day (INT32_MIN: always)
 * until the day before the next row's. */
typedef struct pk__handler_row {
    int32_t from_serial;
    pk_handler handler;
    const char *role_id; /* handler.role in Indonesian, NULL when not translated (role_id) */
    const char *note_id; /* handler.note in Indonesian, NULL when not translated (note_id) */
    const char *name_id; /* handler.name in Indonesian where it has English words, else NULL (name_id) */
} pk__handler_row;
extern const pk__handler_row pk__handler_rows[];
extern const uint16_t pk__handler_start[PK__H_COUNT + 1];

/* Deadline chains (data/rules/deadline_chains.csv): the follow-up stages of
 * a category, pk__chain_steps[pk__chain_start[c] .. pk__chain_start[c + 1])
 * in step order; a step applies when the report date lies in
 * [first_serial, last_serial]. */
enum pk__chain_from {
    PK__FROM_FOLLOWUP_END = 0, /* the end of Bawaslu's follow-up (with the extension when computed) */
    PK__FROM_REPORT,           /* the report date (reported, else discovered) */
    PK__FROM_PREVIOUS          /* the due date of the previous step */
};
#define PK__CATEGORY_COUNT 6

/* Notes on outcomes (data/rules/outcomes.csv): pk__outcome_notes[o] is the
 * pk_classification::note of outcome o, or NULL (today only not_proven). */
#define PK__OUTCOME_COUNT 5
extern const char *const pk__outcome_notes[PK__OUTCOME_COUNT];
/* The same notes in Indonesian (column note_id), NULL when not translated. */
extern const char *const pk__outcome_notes_id[PK__OUTCOME_COUNT];
#define PK__CHAIN_MAX 4 /* pk_finding_deadlines.next[] */
typedef struct pk__chain_step {
    uint8_t deadline; /* pk_deadline_id */
    uint8_t from;     /* enum pk__chain_from */
    int32_t first_serial, last_serial;
} pk__chain_step;
extern const pk__chain_step pk__chain_steps[];
extern const uint16_t pk__chain_start[PK__CATEGORY_COUNT + 1];

/* ------------------------------------------- generated tables (rules.c) -- */
extern const pk_rule pk__rules[];
extern const pk__rule_spec pk__rule_specs[];
extern const size_t pk__rule_n;
/* Candidate rules of (actor, act): pk__cand_list[pk__cand_start[k] ..
 * pk__cand_start[k + 1]) with k = actor * PK__ACT_COUNT + act. */
extern const uint16_t pk__cand_start[PK__ACTOR_COUNT * PK__ACT_COUNT + 1];
extern const uint16_t pk__cand_list[];

/* ------------------------------------ words for people (violation_text.c) -- */
/* The message table (messages.def): PK__MSG_<ID>. */
typedef enum pk__msg_id {
#define MSG(id, en, idn) PK__MSG_##id,
#include "messages.def"
#undef MSG
    PK__MSG_COUNT
} pk__msg_id;
/* The text of a message in a language (PK_LANG_ID, else English). */
const char *pk__msg(pk__msg_id id, pk_lang lang);
/* A message, formatted with its arguments, appended to b. */
void pk__msgf(pk_buf *b, pk_lang lang, pk__msg_id id, ...);
/* A message, formatted with its arguments, into buf (truncated; no allocation). */
void pk__msgn(char *buf, size_t size, pk_lang lang, pk__msg_id id, ...);
/* "violation of other laws (ASN discipline)" / "pelanggaran ... (disiplin ASN)". */
void pk__text_category(pk_buf *b, pk_category category, pk_subcategory sub, pk_lang lang);
/* Prison and fine, then the discipline level, each followed by sep. */
void pk__text_penalty(pk_buf *b, const pk_sanction *s, pk_lang lang, const char *lead, const char *sep);
/* The words of an outcome, of a certainty, of a `supported` value. */
const char *pk__text_outcome(pk_outcome outcome, pk_lang lang);
const char *pk__text_certainty(pk_certainty certainty, pk_lang lang);
const char *pk__text_supported(pk_supported supported, pk_lang lang);
/* The name of a deadline in the language (data/deadlines.csv name_id/name_en). */
const char *pk__text_deadline_name(const pk_deadline_rule *rule, pk_lang lang);
/* The role and the note of a handler (a pk_finding's, from the table) in
 * the language: the Indonesian cell of its handlers.csv row when lang is
 * PK_LANG_ID and the row has one, else the English text as given (also for
 * a handler that is not the table's). NULL stays NULL. */
const char *pk__text_handler_role(const pk_handler *h, pk_lang lang);
const char *pk__text_handler_note(const pk_handler *h, pk_lang lang);
/* A handler's name (pk_handler::name or pk_finding::handler_name) in the language. */
const char *pk__text_handler_name(const char *name, pk_lang lang);
/* The Indonesian texts of a rule of the table, or NULL (not the table's). */
const pk__rule_text_id *pk__rule_id_texts(const pk_rule *rule);
/* A rule's note and a finding's certainty note in the language (English
 * when not translated or not the rule's own text). */
const char *pk__text_rule_note(const pk_rule *rule, pk_lang lang);
const char *pk__text_certainty_note(const pk_rule *rule, const char *note, pk_lang lang);
/* The note of a classification (pk_classification::note) in the language. */
const char *pk__text_outcome_note(const char *note, pk_lang lang);
/* "2024-11-27", or "-" for an absent date. */
void pk__text_date(pk_buf *b, pk_date d);

#endif /* PK_VIOLATION_INTERNAL_H */
