/**
 * @file pilkada/region.h
 * @brief The region registry: every province and kabupaten/kota of Indonesia
 *        with its Kemendagri code, its Pilkada cycles and special regime, and
 *        lookup by code, by exact name and by messy real-world name, plus
 *        finding region names in free text.
 *
 * Data: data/regions/ (copied from ../shared/data with sources named in each
 * file), compiled into `static const` tables at build time. Every pointer the
 * registry returns (#pk_region, strings, candidates' regions) points into those
 * tables: it is borrowed, never freed, and valid for the life of the process.
 *
 * No function of this module allocates memory: lists and candidates are
 * written to arrays the caller provides. All functions are thread-safe.
 *
 * Codes are Kemendagri codes ("35.13"), not BPS codes (BPS numbers kab/kota
 * in another order; never join BPS-coded data on these codes).
 */
#ifndef PILKADA_REGION_H
#define PILKADA_REGION_H

#include <stddef.h>

#include "pilkada/common.h"
#include "pilkada/date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Kind of a region. */
typedef enum pk_region_kind {
    PK_REGION_PROVINSI = 0,               /**< province */
    PK_REGION_KABUPATEN = 1,              /**< regency (elects a bupati) */
    PK_REGION_KOTA = 2,                   /**< city (elects a wali kota) */
    PK_REGION_KABUPATEN_ADMINISTRASI = 3, /**< Jakarta's administrative regency: no election */
    PK_REGION_KOTA_ADMINISTRASI = 4       /**< Jakarta's administrative cities: no election */
} pk_region_kind;

/** Pass as a `kind` argument to accept any kind. */
#define PK_REGION_ANY_KIND (-1)

/** @brief "provinsi", "kabupaten", "kota", "kabupaten_administrasi", "kota_administrasi"; "?" otherwise. */
PK_EXTERN const char *pk_region_kind_name(int kind);
/** @brief Parse a kind name as written by pk_region_kind_name(). PK_EINVAL if unknown (*out = -1). */
PK_EXTERN pk_status pk_region_kind_parse(int *out, const char *name, pk_error *err);

/** Special-regime flags (#pk_region.special). The rules live in
 *  data/regions/special_regimes.csv; see pk_region_regime_at(). */
#define PK_REGIME_ACEH 0x1u        /**< Aceh: KIP organises, Panwaslih supervises */
#define PK_REGIME_DIY 0x2u         /**< DI Yogyakarta: no governor election */
#define PK_REGIME_JAKARTA 0x4u     /**< Jakarta: administrative units do not elect; >50% rule */
#define PK_REGIME_PAPUA_OTSUS 0x8u /**< Papua provinces: special autonomy */

/** One region. All strings are static; `parent_code` is NULL for provinces. */
typedef struct pk_region {
    const char *code;        /**< Kemendagri code, "35" or "35.13" */
    int code_num;            /**< the code as a number: 35 or 3513 */
    const char *name;        /**< Kemendagri name without prefix: "Probolinggo" */
    const char *full_name;   /**< "Kabupaten Probolinggo", "Kota Probolinggo", "Provinsi Jawa Timur" */
    pk_region_kind kind;     /**< kind */
    const char *parent_code; /**< province code of a kabupaten/kota; NULL for a province */
    const char *capital;     /**< seat as listed by Kemendagri ([RID]); not independently verified */
    unsigned special;        /**< PK_REGIME_* flags */
    size_t index;            /**< position in the registry: pk_region_at(index) == this */
} pk_region;

/** @brief Number of regions in the registry (552: 38 provinces + 514 kabupaten/kota). */
PK_EXTERN size_t pk_region_count(void);
/** @brief Region number i in code order (a province is followed by its members); NULL if out of range. */
PK_EXTERN const pk_region *pk_region_at(size_t i);
/** @brief The province of a kabupaten/kota, or NULL for a province or NULL input. */
PK_EXTERN const pk_region *pk_region_parent(const pk_region *r);

/* ------------------------------------------------------------ by code -- */

/** Flags telling how a code was matched (out-parameter `how` of the lookups). */
#define PK_REGION_CODE_OLD 0x1u    /**< an old code (2022 Papua splits) that now belongs to the returned region */
#define PK_REGION_CODE_PREFIX 0x2u /**< a longer district or village code; its region prefix was used */

/**
 * @brief Look a region up by code in any common form: "35.13", "3513", "35",
 *        or the region prefix of a district or village code ("35.13.01",
 *        "351301", "35.13.01.2001", "3513012001"). Surrounding ASCII spaces are
 *        ignored. Old codes from data/regions/code_changes.csv ("91.01") give
 *        the current region (93.01 Merauke) with #PK_REGION_CODE_OLD set.
 * @param out  receives the region; NULL on failure.
 * @param how  optional (may be NULL): PK_REGION_CODE_* flags; 0 on failure.
 * @return PK_OK; PK_EINVAL (NULL out/code); PK_EPARSE (not a code: wrong
 *         digit count 3/5/7/8/9 or > 10 digits, misplaced dots, other characters);
 *         PK_ENOTFOUND (well-formed but no such region).
 */
PK_EXTERN pk_status pk_region_lookup(const pk_region **out, unsigned *how, const char *code, pk_error *err);

/**
 * @brief Same as pk_region_lookup() for a number: 35, 3513, 351301 or 3513012001.
 * @return PK_OK; PK_EINVAL (NULL out); PK_ERANGE (negative or a digit count
 *         other than 2, 4, 6 or 10); PK_ENOTFOUND.
 */
PK_EXTERN pk_status pk_region_lookup_num(const pk_region **out, unsigned *how, long long code, pk_error *err);

/* ------------------------------------------------------------ by name -- */

/** Longest name accepted by the name functions, in bytes (excluding NUL). */
#define PK_REGION_NAME_MAX 256
/** Longest text accepted by pk_region_find_in_text(), in bytes (1 MiB). */
#define PK_REGION_TEXT_MAX ((size_t)1 << 20)

/**
 * @brief Exact lookup of an official name with its kind: ("Bekasi",
 *        PK_REGION_KOTA) is 32.75 Kota Bekasi, ("Bekasi", PK_REGION_KABUPATEN)
 *        32.16. Comparison ignores case, spaces and punctuation but nothing
 *        else (no aliases, no prefixes, no typos). The full name also matches
 *        ("Kota Bekasi"). The administrative kinds also match PK_REGION_KOTA /
 *        PK_REGION_KABUPATEN.
 * @param kind a #pk_region_kind or PK_REGION_ANY_KIND.
 * @return PK_OK; PK_EINVAL; PK_EENCODING; PK_ETOOLONG (> PK_REGION_NAME_MAX);
 *         PK_ENOTFOUND; PK_EAMBIGUOUS (several regions, only with
 *         PK_REGION_ANY_KIND, e.g. "Bekasi"). *out is NULL on failure.
 */
PK_EXTERN pk_status pk_region_find_name(const pk_region **out, const char *name, int kind, pk_error *err);

/** How a name was matched (#pk_region_candidate.how, #pk_region_mention.how). */
typedef enum pk_region_match_how {
    PK_REGION_MATCH_NAME = 0,  /**< the official name (after normalisation) */
    PK_REGION_MATCH_ALIAS = 1, /**< an alias: older spelling, short form, former name */
    PK_REGION_MATCH_FUZZY = 2  /**< approximate: edit distance > 0 */
} pk_region_match_how;

/** One candidate of a name resolution. */
typedef struct pk_region_candidate {
    const pk_region *region;  /**< the candidate region */
    double score;             /**< 0..1; 1 = exact after normalisation */
    int distance;             /**< Damerau-Levenshtein distance of the normalised keys (0 = exact) */
    pk_region_match_how how;  /**< what matched */
    const char *matched;      /**< the official name or alias that matched (static) */
} pk_region_candidate;

/** Options of pk_region_resolve(). */
typedef struct pk_region_resolve_options {
    unsigned version;     /**< PK_REGION_RESOLVE_OPTIONS_VERSION */
    int kind;             /**< only regions of this kind (PK_REGION_ANY_KIND = no filter) */
    const char *province; /**< only this province and its members ("32"), or NULL */
    int max_distance;     /**< largest edit distance for suggestions, 0..3; -1 = by key length (<= 2: 1, <= 10: 2, else 3) */
    unsigned flags;       /**< PK_REGION_RESOLVE_* flags */
} pk_region_resolve_options;

#define PK_REGION_RESOLVE_OPTIONS_VERSION 1
/** Accept a clear fuzzy match: when the best suggestion is one region, scores
 *  at least 0.75 and leads the next region by 0.08 or more, return PK_OK. */
#define PK_REGION_RESOLVE_ACCEPT_FUZZY 0x1u
#define PK_REGION_RESOLVE_OPTIONS_INIT {PK_REGION_RESOLVE_OPTIONS_VERSION, PK_REGION_ANY_KIND, NULL, -1, 0u}

/** Result of pk_region_resolve(). Initialise with #PK_REGION_RESOLUTION_INIT (or set `version`);
 *  the candidate array of the same call has that version's #pk_region_candidate layout. */
typedef struct pk_region_resolution {
    unsigned version;         /**< PK_REGION_RESOLUTION_VERSION the caller was built with */
    const pk_region *region;  /**< the region when PK_OK, else NULL */
    pk_region_match_how how;  /**< how `region` matched */
    double score;             /**< score of `region` (1 for exact matches) */
    int kind_hint;            /**< kind implied by a prefix ("Kab.", "Pemkot"), or PK_REGION_ANY_KIND */
    size_t ncandidates;       /**< candidates written to the caller's array */
    size_t total;             /**< candidates found (may exceed the array) */
} pk_region_resolution;

/** Current version of #pk_region_resolution (and of the #pk_region_candidate layout). */
#define PK_REGION_RESOLUTION_VERSION 1
/** Initialiser of a #pk_region_resolution: the current version, everything else empty. */
#define PK_REGION_RESOLUTION_INIT {PK_REGION_RESOLUTION_VERSION, NULL, PK_REGION_MATCH_NAME, 0.0, \
    PK_REGION_ANY_KIND, 0, 0}

/**
 * @brief Resolve a messy name such as "Kab. Banyuasin", "KOTA MAKASSAR",
 *        "Pangkal Pinang", "Kab Bandung Barat", "Pemkab OKU Timur".
 *
 * Normalisation: ASCII case, spaces, punctuation and hyphens are ignored
 * (non-ASCII characters are dropped); one leading prefix is stripped and sets
 * the kind: Kabupaten, Kab., Kab, Kab. Adm., Kabupaten Administrasi, Pemkab,
 * Pemerintah Kabupaten (kabupaten); Kota, Kota Adm., Kota Administrasi,
 * Kotamadya, Pemkot, Pemerintah Kota (kota); Provinsi, Propinsi, Prov.,
 * Pemprov, Pemerintah Provinsi (provinsi). The key is then looked up among
 * official names and aliases (data/regions/aliases.csv: older spellings, short
 * forms, former names).
 *
 * Outcomes:
 *  - one region: PK_OK, `out->region` set; `cands[0]` is that region.
 *  - several regions ("Bekasi", "Jambi", "Gorontalo"): PK_EAMBIGUOUS, all of
 *    them written to `cands` (score 1).
 *  - no exact key: ranked suggestions (by score, then code) from a bigram
 *    index and a bounded Damerau-Levenshtein distance (score = 1 - distance /
 *    longer key length, +/- 0.01 by shared bigrams), and PK_ENOTFOUND
 *    ("Probolingo" suggests Probolinggo, "Banyuasn" Banyuasin); with
 *    #PK_REGION_RESOLVE_ACCEPT_FUZZY a clear best suggestion gives PK_OK.
 *    A prefix whose kind disagrees lowers a candidate's score by 0.15.
 *
 * @param out   receives the result (zeroed except counts on failure). Required.
 * @param cands caller's array for candidates, may be NULL when cap is 0.
 * @param cap   size of `cands`.
 * @param name  UTF-8, at most PK_REGION_NAME_MAX bytes.
 * @param opts  NULL for defaults.
 * @return PK_OK, PK_EAMBIGUOUS, PK_ENOTFOUND (see above); PK_EINVAL (NULL
 *         out/name, cands NULL with cap > 0, bad options, no letters or
 *         digits); PK_EENCODING (invalid UTF-8); PK_ETOOLONG.
 */
PK_EXTERN pk_status pk_region_resolve(pk_region_resolution *out, pk_region_candidate *cands, size_t cap,
                                      const char *name, const pk_region_resolve_options *opts, pk_error *err);

/* ------------------------------------------------------- in free text -- */

/** Most candidates a mention can carry (the Gorontalo triple needs 3). */
#define PK_REGION_MENTION_CANDIDATES 4

/** One region name found in a text. */
typedef struct pk_region_mention {
    size_t start;             /**< byte offset of the first byte (a prefix such as "Kab." is included) */
    size_t end;               /**< byte offset one past the last byte */
    const pk_region *region;  /**< the region, or NULL when ambiguous */
    int ambiguous;            /**< 1 if the bare name fits several regions (see candidates) */
    int kind_hint;            /**< kind implied by a prefix, or PK_REGION_ANY_KIND */
    pk_region_match_how how;  /**< NAME or ALIAS (text search is exact, never fuzzy) */
    size_t ncandidates;       /**< regions in `candidates` (1 when resolved) */
    const pk_region *candidates[PK_REGION_MENTION_CANDIDATES];
} pk_region_mention;

/** Match names written in any case (default: a name must start with an
 *  upper-case letter, so that common words such as "batu" or "buru" are not
 *  taken for Kota Batu or Kabupaten Buru). */
#define PK_REGION_TEXT_ANY_CASE 0x1u

/**
 * @brief Find region names in a text: each mention with its byte offsets and
 *        its region. Names are matched on word boundaries, the longest match
 *        wins ("Kabupaten Bandung Barat" over "Bandung"), a kind prefix
 *        ("Kabupaten Banyuasin", "Kab. Bandung Barat", "Pemkab OKU Timur",
 *        "Kota Bekasi") is part of the mention and selects the kind, and a
 *        bare name shared by several regions ("Bekasi") is reported as an
 *        ambiguous mention with its candidates rather than guessed (unless
 *        another region named in the text tells them apart). Runs the linear
 *        text search of pk_place_find_in_text() restricted to provinces and
 *        kabupaten/kota: time is linear in `len`. Words such as "Bawaslu" or
 *        "Bupati" before a name are not part of the mention; "Kabupaten",
 *        "Kota", "Pemkab" are.
 * @param out    caller's array, may be NULL when cap is 0.
 * @param cap    size of `out`; mentions beyond it are counted but not written.
 * @param total  receives the number of mentions (required).
 * @param text   UTF-8 text of `len` bytes (need not be NUL-terminated).
 * @param len    at most PK_REGION_TEXT_MAX.
 * @param flags  PK_REGION_TEXT_* flags.
 * @return PK_OK; PK_EINVAL (NULL total/text, out NULL with cap > 0);
 *         PK_EENCODING; PK_ETOOLONG. *total is 0 on failure.
 */
PK_EXTERN pk_status pk_region_find_in_text(pk_region_mention *out, size_t cap, size_t *total, const char *text,
                                           size_t len, unsigned flags, pk_error *err);

/* ------------------------------------------------------------- cycles -- */

/** A Pilkada cycle known to the registry (data/regions/cycles.csv). */
typedef struct pk_region_cycle {
    int year;                 /**< 2024, 2020 */
    pk_date voting_day;       /**< national voting day */
    int complete;             /**< 1 if every participating region is listed */
    size_t provinsi, kabupaten, kota; /**< official totals of the cycle */
    pk_source_status status;  /**< status of the totals */
    const char *source;       /**< where the totals come from */
} pk_region_cycle;

/** @brief Number of cycles known (2). */
PK_EXTERN size_t pk_region_cycle_count(void);
/** @brief Cycle number i (newest first), or NULL. */
PK_EXTERN const pk_region_cycle *pk_region_cycle_at(size_t i);
/** @brief The cycle of a year. PK_ENOTFOUND for a year without tabulated data (e.g. 2018). */
PK_EXTERN pk_status pk_region_cycle_find(const pk_region_cycle **out, int year, pk_error *err);
/**
 * @brief Whether the registry lists every region of a cycle.
 * @param complete receives 1 or 0 (0 on failure).
 * @return PK_OK; PK_EINVAL; PK_ENOTFOUND (cycle not tabulated).
 */
PK_EXTERN pk_status pk_region_cycle_is_complete(int *complete, int year, pk_error *err);

/** What a region elects in a cycle. */
typedef struct pk_region_election {
    int year;                 /**< the cycle */
    int elects;               /**< 1 if the region elected its head in that cycle */
    const char *election;     /**< "pemilihan gubernur", "pemilihan bupati", "pemilihan wali kota"; NULL if none */
    const char *title;        /**< "Pemilihan Bupati dan Wakil Bupati Banyuasin"; NULL if none */
    const char *organiser;    /**< "KPU Kabupaten Banyuasin", "KIP Aceh"; NULL if none */
    const char *supervisor;   /**< "Bawaslu Kabupaten Banyuasin", "Panwaslih Kabupaten Aceh Utara"; NULL if none */
    int majority_percent;     /**< > this share of valid votes needed or a second round (Jakarta: 50); 0 = plurality */
    unsigned special;         /**< the region's PK_REGIME_* flags */
    pk_source_status status;  /**< status of the participation row (or of the no-election rule) */
    const char *source;       /**< where that comes from */
} pk_region_election;

/**
 * @brief What a region elects in a cycle: whether it elects, the name of the
 *        election, and its organiser and supervisor as a person writes them.
 * @return PK_OK; PK_EINVAL (NULL out/region); PK_ENOTFOUND (cycle not
 *         tabulated); PK_EINCOMPLETE (the cycle's list is incomplete and the
 *         region is not on it: whether it elected is unknown). Zeroed on failure.
 */
PK_EXTERN pk_status pk_region_election_in(pk_region_election *out, const pk_region *region, int year,
                                          pk_error *err);

/** One rule of a special regime (a row of data/regions/special_regimes.csv). */
typedef struct pk_region_regime {
    unsigned flag;            /**< PK_REGIME_* */
    const char *regime;       /**< "aceh", "diy", "jakarta", "papua_otsus" */
    const char *province;     /**< province code the rule belongs to */
    const char *scope;        /**< "province", "members", "all", "administrasi" */
    const char *effect;       /**< "organiser_body", "supervisor_body", "no_election", ... */
    const char *value;        /**< "KIP", "Panwaslih", "50", "governor", ... */
    pk_source_status status;  /**< status of the fact */
    const char *source;       /**< source of the fact */
    const char *basis;        /**< the law, e.g. "UU 11/2006 tentang Pemerintahan Aceh" */
    pk_source_status basis_status; /**< status of the basis (UNCERTAIN: general knowledge, not in the sources) */
    const char *note;         /**< explanation */
} pk_region_regime;

/** @brief Number of regime rules. */
PK_EXTERN size_t pk_region_regime_count(void);
/** @brief Regime rule number i, or NULL. */
PK_EXTERN const pk_region_regime *pk_region_regime_at(size_t i);
/** @brief 1 if regime rule `rule` applies to `region` (by province and scope), else 0. */
PK_EXTERN int pk_region_regime_applies(const pk_region_regime *rule, const pk_region *region);

/* ---------------------------------------------------------- iteration -- */

/** Filter of pk_region_list(). */
typedef struct pk_region_filter {
    unsigned version;     /**< PK_REGION_FILTER_VERSION */
    const char *province; /**< only the members of this province ("35"); NULL = all */
    int year;             /**< only regions electing in this cycle; 0 = all */
    int kind;             /**< only this kind; PK_REGION_ANY_KIND = all */
} pk_region_filter;
#define PK_REGION_FILTER_VERSION 1
#define PK_REGION_FILTER_INIT {PK_REGION_FILTER_VERSION, NULL, 0, PK_REGION_ANY_KIND}

/**
 * @brief List regions in code order.
 * @param out   caller's array (may be NULL when cap is 0); at most cap written.
 * @param total receives the number of matching regions (required).
 * @param filter NULL = every region.
 * @return PK_OK; PK_EINVAL (bad filter or arguments); PK_ENOTFOUND (unknown
 *         province or cycle). *total is 0 on failure.
 */
PK_EXTERN pk_status pk_region_list(const pk_region **out, size_t cap, size_t *total, const pk_region_filter *filter,
                                   pk_error *err);
/** @brief All 38 provinces (same contract as pk_region_list()). */
PK_EXTERN pk_status pk_region_provinces(const pk_region **out, size_t cap, size_t *total, pk_error *err);
/** @brief The kabupaten/kota of a province (same contract as pk_region_list()). */
PK_EXTERN pk_status pk_region_children(const pk_region **out, size_t cap, size_t *total, const char *province,
                                       pk_error *err);

/** Counts by kind. */
typedef struct pk_region_counts {
    size_t provinsi, kabupaten, kota, kabupaten_administrasi, kota_administrasi;
    size_t total;
} pk_region_counts;

/**
 * @brief Count regions by kind: in the registry (year 0) or electing in a
 *        cycle (2024: 37 provinsi, 415 kabupaten, 93 kota = 545).
 * @return PK_OK; PK_EINVAL; PK_ENOTFOUND (cycle not tabulated). Zeroed on failure.
 */
PK_EXTERN pk_status pk_region_count_by_kind(pk_region_counts *out, int year, pk_error *err);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_REGION_H */
