/* Private pieces of the region registry shared by the loader (core), the
 * build-time generator (tools/pkgen/gen_region.c), the lookup algorithms
 * (region.c, core) and the built-in tables (region_builtin.c). */
#ifndef PK_REGION_INTERNAL_H
#define PK_REGION_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"
#include "pilkada/region.h"

/* ---- name normalisation (shared by generator and lookups) ---- */

typedef struct pk__token {
    const char *p; /* first byte in the source text */
    size_t n;      /* bytes (ASCII letters and digits only) */
} pk__token;

/* Split s[0..len) into runs of ASCII letters/digits. Stores up to cap tokens
 * and returns their number, or cap + 1 when a further token follows (the scan
 * stops there: the cost is bounded by the cap tokens stored and the gaps
 * before them, not by the rest of the text). */
size_t pk__region_tokens(pk__token *tok, size_t cap, const char *s, size_t len);
/* Number of leading tokens forming a kind prefix ("Kab.", "Kota Adm.",
 * "Pemerintah Provinsi"), 0 if none; *kind receives the kind. At least one
 * token must remain after the prefix. */
size_t pk__region_prefix(const pk__token *tok, size_t ntok, int *kind);
/* Append the lower-cased bytes of tokens [from, to) to key (size cap, always
 * NUL-terminated); returns the key length or (size_t)-1 if it does not fit. */
size_t pk__region_make_key(char *key, size_t cap, const pk__token *tok, size_t from, size_t to);
/* Normalise a free-form name: key without prefix, kind from the prefix, and
 * the key with the prefix kept (for names such as "Kota Baru"). */
typedef struct pk__region_norm {
    char key[PK_REGION_NAME_MAX + 1];
    size_t len;
    int kind; /* PK_REGION_ANY_KIND if no prefix */
    char whole[PK_REGION_NAME_MAX + 1];
    size_t whole_len;
} pk__region_norm;
pk_status pk__region_normalize(pk__region_norm *out, const char *name, pk_error *err);

uint32_t pk__region_hash(const char *key, size_t len);
/* Bigram ids over the padded key "^key$": letters 0..25, digits 26..35, pad 36. */
#define PK__REGION_NBIGRAMS ((size_t)37 * 37)
size_t pk__region_bigrams(uint16_t *out, size_t cap, const char *key, size_t len); /* distinct, sorted */
/* a byte's letter in the bigrams: a..z 0..25, 0..9 26..35, any other 36 (the bigram of a and b is
 * a * 37 + b; 36 also stands for the start or end of the key) */
static inline unsigned pk__region_char_id(char c)
{
    if (c >= 'a' && c <= 'z')
        return (unsigned)(c - 'a');
    if (c >= '0' && c <= '9')
        return 26u + (unsigned)(c - '0');
    return 36u;
}
/* Damerau-Levenshtein (optimal string alignment) distance of two strings of
 * at most PK_REGION_NAME_MAX bytes, bounded: max + 1 as soon as it exceeds max. */
int pk__osa_bounded(const char *a, size_t la, const char *b, size_t lb, int max);
/* The digits of a Kemendagri code at any level: spaces around it allowed,
 * dots only after the 2nd, 4th and 6th digit (not doubled, not last), at most
 * 10 digits. Sets *value, *ndigits and the trimmed span [*b, *e) of code.
 * Returns PK__CODE_OK, or why it is not a code. */
enum { PK__CODE_OK, PK__CODE_TOO_LONG, PK__CODE_TOO_MANY_DIGITS, PK__CODE_BAD_CHAR };
int pk__code_digits(const char *code, long long *value, size_t *ndigits, size_t *b, size_t *e);
/* 1 if a region of kind `have` satisfies a kind wanted by a prefix or filter. */
int pk__region_kind_ok(int want, int have);

/* ---- the compiled registry ---- */

typedef struct pk__region_key {
    const char *key;
    uint16_t len;
    uint16_t first; /* first entry */
    uint16_t count; /* number of entries */
    uint16_t nbigrams;
} pk__region_key;

typedef struct pk__region_entry {
    uint16_t region;
    uint16_t how; /* PK_REGION_MATCH_NAME or _ALIAS */
    const char *text;
} pk__region_entry;

typedef struct pk__region_part {
    uint16_t region;
    uint16_t cycle; /* index into cycles */
    uint16_t status;
    const char *source;
} pk__region_part;

typedef struct pk__region_db {
    const pk_region *regions;
    size_t nregions;
    const uint16_t *by_num; /* 10000 slots: region index + 1, 0 = none */
    const int32_t *old_num; /* sorted old codes (4 digits) */
    const uint16_t *old_region;
    size_t nold;
    const pk__region_key *keys;
    size_t nkeys;
    const pk__region_entry *entries;
    size_t nentries;
    const uint16_t *slots; /* open addressing: key index + 1 */
    uint32_t slot_mask;
    const uint32_t *bg_first; /* PK__REGION_NBIGRAMS + 1 */
    const uint16_t *bg_keys;
    size_t max_key_len;
    const pk_region_cycle *cycles;
    size_t ncycles;
    const pk__region_part *parts; /* sorted by region, cycle */
    size_t nparts;
    const char *const *organiser;  /* per region */
    const char *const *supervisor; /* per region */
    const char *const *title;      /* per region */
    const pk_region_regime *regimes;
    size_t nregimes;
} pk__region_db;

/* The built-in registry (generated; referenced only by region_builtin.c). */
extern const pk__region_db pk__region_builtin_db;

/* ---- lookups over a db (region.c, core) ---- */
pk_status pk__region_lookup(const pk__region_db *db, const pk_region **out, unsigned *how, const char *code,
                            pk_error *err);
pk_status pk__region_lookup_num(const pk__region_db *db, const pk_region **out, unsigned *how, long long code,
                                pk_error *err);
pk_status pk__region_find_name(const pk__region_db *db, const pk_region **out, const char *name, int kind,
                               pk_error *err);
pk_status pk__region_resolve(const pk__region_db *db, pk_region_resolution *out, pk_region_candidate *cands,
                             size_t cap, const char *name, const pk_region_resolve_options *opts, pk_error *err);
pk_status pk__region_election_in(const pk__region_db *db, pk_region_election *out, const pk_region *region,
                                 int year, pk_error *err);
pk_status pk__region_list(const pk__region_db *db, const pk_region **out, size_t cap, size_t *total,
                          const pk_region_filter *filter, pk_error *err);
pk_status pk__region_count_by_kind(const pk__region_db *db, pk_region_counts *out, int year, pk_error *err);
int pk__region_regime_applies(const pk_region_regime *rule, const pk_region *region);

/* ---- the data model parsed from the data/regions CSV files (region_load.c, generator only) ---- */

typedef struct pk__region_mrow {
    char *code, *name, *parent, *capital, *full_name;
    int kind, code_num, parent_index;
    unsigned special;
} pk__region_mrow;

typedef struct pk__region_malias {
    int region;
    char *alias;
} pk__region_malias;

typedef struct pk__region_mold {
    int old_num;
    int region;
} pk__region_mold;

typedef struct pk__region_mcycle {
    int year;
    pk_date day;
    int complete;
    size_t provinsi, kabupaten, kota;
    int status;
    char *source;
} pk__region_mcycle;

typedef struct pk__region_mpart {
    int region, cycle, status;
    char *source;
} pk__region_mpart;

typedef struct pk__region_mregime {
    unsigned flag;
    char *regime, *province, *scope, *effect, *value, *source, *basis, *note;
    int status, basis_status;
} pk__region_mregime;

typedef struct pk__region_model {
    pk__region_mrow *rows;
    size_t nrows;
    pk__region_malias *aliases;
    size_t naliases;
    pk__region_mold *olds;
    size_t nolds;
    pk__region_mcycle *cycles;
    size_t ncycles;
    pk__region_mpart *parts;
    size_t nparts;
    pk__region_mregime *regimes;
    size_t nregimes;
} pk__region_model;

/* Input files, in this order. */
enum { PK__RF_REGIONS, PK__RF_ALIASES, PK__RF_CHANGES, PK__RF_CYCLES, PK__RF_PARTICIPATION, PK__RF_REGIMES, PK__RF_COUNT };

/* Parse and cross-check the six data files (texts[i] of lens[i] bytes, named
 * names[i] in messages). On failure the model is freed and zeroed. */
pk_status pk__region_model_load(pk__region_model *m, const char *const texts[PK__RF_COUNT],
                                const size_t lens[PK__RF_COUNT], const char *const names[PK__RF_COUNT],
                                pk_error *err);
void pk__region_model_free(pk__region_model *m);
int pk__region_model_find(const pk__region_model *m, const char *code);
/* "Kabupaten X", "Kota X", "Kota Administrasi X", "Provinsi X" (static prefix table). */
const char *pk__region_kind_prefix(int kind);

#endif
