/* The rule loader of the generator (tools/pkgen/rules_load.c): parses
 * data/rules/rules.csv into the model the rule tables are written from.
 * Generator-only: never part of libpilkada. */
#ifndef PK_RULES_LOAD_H
#define PK_RULES_LOAD_H

#include "violation_internal.h"

/* ---------------------------------------------------------- rule loader --
 * Parses data/rules/rules.csv (format in its header). Every string of a
 * parsed rule is malloc'd and released by pk__rules_free(). */
typedef struct pk__rule_row {
    pk_rule rule;      /* strings and citations owned by the set */
    pk__rule_spec spec;
    long line;         /* line in the CSV */
    /* summary_id, certainty_note_id, note_id: the Indonesian texts, NULL when empty */
    char *summary_id, *certainty_note_id, *note_id;
} pk__rule_row;

typedef struct pk__rule_set {
    pk__rule_row *rows;
    size_t n;
} pk__rule_set;

/* Errors name the line and the column: unknown slug, bad date, a rule
 * without citation, duplicate ids that are not consecutive limbs, etc. */
pk_status pk__rules_parse(pk__rule_set *out, const char *text, size_t len, const char *source, pk_error *err);
void pk__rules_free(pk__rule_set *set);

#endif /* PK_RULES_LOAD_H */
