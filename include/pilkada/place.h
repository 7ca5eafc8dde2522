/**
 * @file pilkada/place.h
 * @brief Places at all four levels of Indonesian government: provinces,
 *        kabupaten/kota, districts (kecamatan, distrik in Papua) and villages
 *        (desa, kelurahan, desa adat): lookup by code, iteration, resolution
 *        of names as real reports write them, and mentions in free text.
 *
 * Data: data/regions/ (regions.csv, districts.csv, villages.csv, aliases.csv,
 * short_forms.csv, cues.csv), compiled into `static const` tables at build
 * time. Levels 1 and 2 are the regions of pilkada/region.h (the same
 * #pk_region records); levels 3 and 4 are compact tables of their own.
 *
 * A place is named by a #pk_place_id (a number, valid for the life of the
 * process and stable for one data version) and described by a #pk_place that
 * the caller allocates and the library fills. No function of this module
 * allocates memory; every string it returns is static. All functions are
 * thread-safe.
 *
 * Growing structs: #pk_place, #pk_place_resolution and the option structs
 * start with `unsigned version`; initialise them with their `_INIT` macro.
 * The library accepts every version from 1 to the current one and fills only
 * the members of the version the caller gave. Arrays of #pk_place_candidate
 * and #pk_place_mention have the layout of the version of the options or
 * resolution passed with them.
 */
#ifndef PILKADA_PLACE_H
#define PILKADA_PLACE_H

#include <stddef.h>
#include <stdint.h>

#include "pilkada/common.h"
#include "pilkada/region.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Identifier of a place (0 = none). Its top byte is the level. */
typedef uint32_t pk_place_id;

/** Level of a place. */
typedef enum pk_place_level {
    PK_PLACE_ANY_LEVEL = 0,  /**< filter value: any level */
    PK_PLACE_PROVINSI = 1,   /**< province: elects a gubernur */
    PK_PLACE_KABKOTA = 2,    /**< kabupaten or kota: elects a bupati / wali kota */
    PK_PLACE_KECAMATAN = 3,  /**< district (kecamatan; distrik in the Papua provinces), headed by an appointed camat */
    PK_PLACE_DESA = 4        /**< village: desa, kelurahan or desa adat */
} pk_place_level;

/** Kind of a place: the region kinds of #pk_region_kind (0..4) and these. */
typedef enum pk_place_kind {
    PK_PLACE_KIND_KECAMATAN = 10, /**< kecamatan, headed by a camat (UU 23/2014 art. 224) */
    PK_PLACE_KIND_DISTRIK = 11,   /**< distrik: the kecamatan of the Papua provinces (UU 21/2001) */
    PK_PLACE_KIND_KELURAHAN = 20, /**< kelurahan (code 1xxx): headed by a lurah, a civil servant (ASN) */
    PK_PLACE_KIND_DESA = 21,      /**< desa (code 2xxx): headed by a kepala desa elected under UU 6/2014 */
    PK_PLACE_KIND_DESA_ADAT = 22  /**< desa adat (code 3xxx): customary village under UU 6/2014 */
} pk_place_kind;

/** @brief Level of an id (1..4), or 0 for an invalid id. */
PK_EXTERN int pk_place_level_of(pk_place_id id);
/** @brief "provinsi", "kabkota", "kecamatan", "desa"; "?" otherwise. */
PK_EXTERN const char *pk_place_level_name(int level);
/** @brief Parse a level name ("provinsi", "kabkota", "kabupaten", "kota", "kecamatan", "distrik", "desa",
 *         "kelurahan", "any"). PK_EINVAL if unknown (*out = -1). */
PK_EXTERN pk_status pk_place_level_parse(int *out, const char *name, pk_error *err);
/** @brief "provinsi", "kabupaten", "kota", "kabupaten_administrasi", "kota_administrasi", "kecamatan",
 *         "distrik", "kelurahan", "desa", "desa_adat"; "?" otherwise. */
PK_EXTERN const char *pk_place_kind_name(int kind);

#define PK_PLACE_VERSION 1

/** A place, filled by pk_place_get() and the lookups. */
typedef struct pk_place {
    unsigned version;          /**< in: PK_PLACE_VERSION (or an older version) */
    pk_place_id id;            /**< the place */
    int level;                 /**< #pk_place_level */
    int kind;                  /**< #pk_region_kind (levels 1-2) or #pk_place_kind (levels 3-4) */
    char code[16];             /**< dotted Kemendagri code: "35", "35.13", "35.13.01", "35.13.01.2001" */
    long long code_num;        /**< the code without dots: 3513012001 */
    const char *name;          /**< Kemendagri name without the kind word: "Ngadisari" */
    const char *kind_label;    /**< the kind word as written before the name: "Desa", "Kelurahan", "Kecamatan",
                                    "Distrik", "Kabupaten", "Kota", "Provinsi" */
    const char *head;          /**< the head's title: "Kepala Desa", "Kepala Desa Adat", "Lurah", "Camat",
                                    "Kepala Distrik", "Bupati", "Wali Kota", "Gubernur" (none for
                                    administrative units: "") */
    const char *head_basis;    /**< how the head is chosen, with the law */
    pk_place_id parent;        /**< the place one level up; 0 for a province */
    pk_place_id district;      /**< the kecamatan of a village, the place itself for a kecamatan; else 0 */
    const pk_region *region;   /**< the kabupaten/kota (levels 2-4) whose election, organiser and supervisor
                                    apply (see pk_region_election_in()); NULL for a province */
    const pk_region *province; /**< the province (the region itself for level 1) */
} pk_place;

#define PK_PLACE_INIT {PK_PLACE_VERSION, 0, 0, 0, {0}, 0, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL}

/** @brief Number of places at a level (1: 38, 2: 514, 3: 7285, 4: 83762; 0 = all levels). */
PK_EXTERN size_t pk_place_count(int level);
/**
 * @brief The id of place number i of a level, in code order.
 * @return PK_OK; PK_EINVAL (NULL out, bad level); PK_ERANGE (i too large). *out is 0 on failure.
 */
PK_EXTERN pk_status pk_place_at(pk_place_id *out, int level, size_t i, pk_error *err);

/**
 * @brief Describe a place.
 * @param out  caller's struct with `version` set (PK_PLACE_INIT); the rest is filled.
 * @return PK_OK; PK_EINVAL (NULL out, version 0 or newer than PK_PLACE_VERSION); PK_ENOTFOUND (not an
 *         id of this library). On failure every member but `version` is zeroed.
 */
PK_EXTERN pk_status pk_place_get(pk_place *out, pk_place_id id, pk_error *err);

/**
 * @brief Look a place up by its code at any level, with or without dots:
 *        "35", "35.13", "35.13.01", "35.13.01.2001", "3513", "351301",
 *        "3513012001". Surrounding ASCII spaces are ignored. Old kabupaten
 *        codes of the 2022 Papua splits give the current region.
 * @param out  caller's struct with `version` set (may be NULL to get only the id).
 * @param id   receives the id (may be NULL); 0 on failure.
 * @return PK_OK; PK_EINVAL (both out and id NULL, NULL code, bad version); PK_EPARSE (not a code);
 *         PK_ENOTFOUND (well-formed, no such place).
 */
PK_EXTERN pk_status pk_place_lookup(pk_place *out, pk_place_id *id, const char *code, pk_error *err);

/**
 * @brief The places one level down: the kabupaten/kota of a province, the
 *        districts of a kabupaten/kota, the villages of a district; in code order.
 * @param out    caller's array (may be NULL when cap is 0); at most cap written.
 * @param total  receives the number of children (required).
 * @return PK_OK (a village has no children: total 0); PK_EINVAL; PK_ENOTFOUND (unknown id).
 */
PK_EXTERN pk_status pk_place_children(pk_place_id *out, size_t cap, size_t *total, pk_place_id parent,
                                      pk_error *err);

/**
 * @brief How the head of a place is chosen (pk_place::head_basis) in a
 *        language: "dipilih dalam Pilkada (UU 10/2016)" for a kabupaten in
 *        #PK_LANG_ID. Any other @p lang, or a text that is not the
 *        library's, gives pk_place::head_basis unchanged.
 * @return a static string, or NULL for a NULL @p place or a place without a basis.
 */
PK_EXTERN const char *pk_place_head_basis(const pk_place *place, pk_lang lang);

/**
 * @brief 1 if `inner` lies within `outer` (or is it), else 0.
 */
PK_EXTERN int pk_place_within(pk_place_id inner, pk_place_id outer);

/* --------------------------------------------------------- names -- */

/** Longest name accepted by pk_place_resolve(), in bytes. */
#define PK_PLACE_NAME_MAX 1024
/** Longest text accepted by pk_place_find_in_text(), in bytes (64 MiB). */
#define PK_PLACE_TEXT_MAX ((size_t)64 << 20)

/** How a name matched. */
typedef enum pk_place_match_how {
    PK_PLACE_MATCH_NAME = 0,   /**< the Kemendagri name (case and punctuation ignored) */
    PK_PLACE_MATCH_ALIAS = 1,  /**< an alias: older spelling, short form, press abbreviation */
    PK_PLACE_MATCH_JOINED = 2, /**< words written together or apart ("Tanjungpinang", "Sido Mulyo") */
    PK_PLACE_MATCH_FUZZY = 3   /**< approximate: a typo in one or more words */
} pk_place_match_how;

/** One ranked candidate. */
typedef struct pk_place_candidate {
    pk_place_id id;          /**< the candidate */
    double score;            /**< 0..1, higher is better */
    pk_place_match_how how;  /**< how its name matched */
} pk_place_candidate;

/** Options of pk_place_resolve() and pk_place_find_in_text(). */
typedef struct pk_place_options {
    unsigned version;        /**< PK_PLACE_OPTIONS_VERSION */
    int level;               /**< only places of this level (PK_PLACE_ANY_LEVEL = no filter) */
    pk_place_id context;     /**< a place already known (e.g. the region of the report): candidates
                                  within it, or containing it, rank first; 0 = none */
    const char *context_text;/**< other text about the same matter (NUL-terminated, may be NULL): places
                                  it mentions rank the candidates like `context` (resolve only) */
    unsigned flags;          /**< PK_PLACE_* flags */
} pk_place_options;

#define PK_PLACE_OPTIONS_VERSION 1
#define PK_PLACE_OPTIONS_INIT {PK_PLACE_OPTIONS_VERSION, PK_PLACE_ANY_LEVEL, 0, NULL, 0u}
/** Text search: a name must be written with an initial capital (or in capitals) unless a word such as
 *  "Desa", "Bupati" or "Bawaslu" precedes it (default: any case). */
#define PK_PLACE_CASE_SENSITIVE 0x1u
/** Text search: also report villages and districts named without a level word and not supported by
 *  another mention of their region (default: left out, they are usually ordinary words or people). */
#define PK_PLACE_WEAK 0x2u
/** Resolve: no fuzzy matching (typos are not corrected). */
#define PK_PLACE_NO_FUZZY 0x4u

#define PK_PLACE_RESOLUTION_VERSION 1

/** Result of pk_place_resolve(). */
typedef struct pk_place_resolution {
    unsigned version;        /**< in: PK_PLACE_RESOLUTION_VERSION */
    pk_place_id id;          /**< best candidate (0 if none) */
    int level;               /**< its level, or the level the words said ("Desa", "Bupati") */
    int ambiguous;           /**< 1 if the two best candidates score the same: check before trusting `id` */
    pk_place_match_how how;  /**< how the best candidate matched */
    double score;            /**< its score */
    size_t ncandidates;      /**< candidates written to the caller's array */
    size_t total;            /**< candidates found */
    size_t start, end;       /**< bytes of `name` that named the place (the level words included) */
} pk_place_resolution;

#define PK_PLACE_RESOLUTION_INIT {PK_PLACE_RESOLUTION_VERSION, 0, 0, 0, PK_PLACE_MATCH_NAME, 0.0, 0, 0, 0, 0}

/**
 * @brief Resolve a name as real reports write it, at any level:
 *        "Kabupaten Probolinggo", "KOTA MAKASSAR", "Pj Bupati Garut",
 *        "Bawaslu Kab. Bandung", "Kades Sidomulyo", "Camat Sukapura",
 *        "Desa Ngadisari, Sukapura", "Jaksel", "Kabupaten Bandung, Jawa Barat",
 *        "Sidomulyo (Lampung Selatan)", "Kabupaten Probolingo" (typo).
 *
 * Words before the name set its level (data/regions/cues.csv: offices such as
 * Bupati, Pj Bupati, Wali Kota, Gubernur, Camat, Kepala Desa, Lurah; elections
 * such as Pilbup, Pilwalkot, Pilgub; governments such as Pemkab, Pemkot,
 * Pemprov; level words such as Kabupaten, Kota, Kecamatan, Distrik, Desa,
 * Kelurahan, Kampung, Nagari, Gampong); institutions (Bawaslu, KPU, KIP,
 * Polres, Kejari, DPRD, ...) are skipped without setting a level. The first
 * place named is the one resolved; the other places named (qualifiers such as
 * ", Jawa Barat", "(Sumut)", ", Kecamatan Sukapura") and the options' context
 * rank its candidates: a candidate within (or containing) another named place
 * ranks first. Without words or context, higher levels rank before lower ones
 * and a name shared by several places gives all candidates, ranked.
 *
 * A name that begins with a level word and is itself a place's name ("Desa
 * Beru", a desa of Sumbawa Barat named so) is read both ways: the whole name,
 * and the level word then the rest (one of the desa called Beru). Their
 * candidates are ranked together, so that alone such a name is ambiguous
 * unless the level word fits one reading only ("Kampung Delima": kampung is
 * the Papua word, and Desa Delima of Jambi is no kampung); a place named
 * beside it or the context decides. After another level word ("Desa Desa
 * Beru", "Kepala Desa Kampung Baru") the name is read whole.
 *
 * Press conventions read as such (also by pk_place_find_in_text()): a dateline
 * (capitals at the start of the text, then a comma, a dash or a bar: "NGAWI,
 * MEMORANDUM-"; or "Wasior (ANTARA) -") names the kabupaten/kota the report is
 * filed from, else the district, also when the name is resolved alone and the
 * context text opens with it; "X Kota" is Kota X ("Polresta Jayapura Kota"); in
 * a list, X beside "Kabupaten X" is Kota X; "X, Sulteng" ranks the places of
 * that province first; a district "Kota X" that holds its kabupaten's seat is
 * named by X alone ("Soe"), and a seat no place is named after names its
 * kabupaten ("Maumere").
 *
 * Names typed joined or split are read as the data writes them ("Kedung
 * Sumur", "KabupatenProbolinggo", "Tanjungjabung Timur"), and one misspelt
 * word of a long name is corrected ("Camat Padang Bolek Tenggara");
 * `how` is then #PK_PLACE_MATCH_JOINED or #PK_PLACE_MATCH_FUZZY.
 *
 * @param out    caller's struct with `version` set. Required.
 * @param cands  caller's array (may be NULL when cap is 0).
 * @return PK_OK (one best candidate); PK_EAMBIGUOUS (the best candidates tie; all in `cands`);
 *         PK_ENOTFOUND (no place); PK_EINVAL (NULL arguments, bad options, no letters or digits);
 *         PK_EENCODING (invalid UTF-8); PK_ETOOLONG (> PK_PLACE_NAME_MAX).
 */
PK_EXTERN pk_status pk_place_resolve(pk_place_resolution *out, pk_place_candidate *cands, size_t cap,
                                     const char *name, const pk_place_options *opts, pk_error *err);

/** Candidates kept in a #pk_place_mention. */
#define PK_PLACE_MENTION_CANDIDATES 8

/** A place named in a text. */
typedef struct pk_place_mention {
    size_t start;            /**< byte offset of the first byte (level words such as "Kepala Desa" included) */
    size_t name_start;       /**< byte offset where the name itself starts */
    size_t end;              /**< byte offset one past the last byte */
    pk_place_id id;          /**< best candidate */
    int level;               /**< its level */
    int cue_level;           /**< level set by the words before the name (or, for a later item of a
                                  list after a district or village level word, "Kecamatan Ngoro,
                                  Wonosalam dan Jombang", by that level word), 0 if none */
    int ambiguous;           /**< 1 if the best candidates tie */
    pk_place_match_how how;  /**< how the name matched (never fuzzy in text) */
    const pk_region *region; /**< the kabupaten/kota of `id` (the province for a province) */
    size_t total;            /**< candidates found (may exceed PK_PLACE_MENTION_CANDIDATES) */
    size_t ncandidates;      /**< candidates stored */
    pk_place_candidate candidates[PK_PLACE_MENTION_CANDIDATES]; /**< ranked, best first */
} pk_place_mention;

/**
 * @brief Find places named in a text, at all four levels, each with the
 *        kabupaten/kota it belongs to. Time is linear in `len`; no memory is
 *        allocated.
 *
 * Names are matched whole-word and case-insensitively over ASCII letters and
 * digits (other bytes separate words; apostrophes inside a word are
 * ignored); the longest name wins; a name's words never span a comma,
 * semicolon, "!", "?" or a full stop after a word of four or more letters
 * ("Nagan Raya, Aceh, tengah" names no Aceh Tengah; "Kep. Seribu" is one
 * name); two capitalised words with only spaces between them are read as one
 * when a name is written as one word ("Jember Kidul": Kelurahan Jemberkidul)
 * and the first alone is a one-word name; words before a name set its level (see
 * pk_place_resolve()). Villages and districts are reported when a level word
 * precedes them ("Desa Sidomulyo", "Camat Sukapura") or when one of their
 * candidates lies in a kabupaten/kota or district named elsewhere in the text
 * or given as `opts->context`; common words that are also names (data:
 * cues.csv, role common_word, e.g. "batu", "malang") need an initial capital
 * or a level word. Every other place named in the text (and the context)
 * ranks the candidates of a shared name.
 *
 * @param out    caller's array (may be NULL when cap is 0); mentions past cap are counted, not written.
 * @param total  receives the number of mentions (required).
 * @param text   UTF-8 text of `len` bytes (need not be NUL-terminated).
 * @param len    at most PK_PLACE_TEXT_MAX.
 * @param opts   NULL for defaults (`context_text` is not used here).
 * @return PK_OK; PK_EINVAL (NULL total/text, out NULL with cap > 0, bad options); PK_EENCODING (invalid
 *         UTF-8 or a NUL byte; pk_error.column holds the byte offset); PK_ETOOLONG. *total is 0 on failure.
 */
PK_EXTERN pk_status pk_place_find_in_text(pk_place_mention *out, size_t cap, size_t *total, const char *text,
                                          size_t len, const pk_place_options *opts, pk_error *err);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_PLACE_H */
