/**
 * @file pilkada/schedule.h
 * @brief Pilkada schedules (tahapan dan jadwal): a tree of stages with dates,
 *        and the queries "which stage is this date in", "what comes next",
 *        the legal windows the violation rules need, and iCalendar export.
 *
 * A #pk_schedule is either built in (Pilkada 2024 under PKPU 2/2024, Pilkada
 * 2020, the 2025 re-run in Kabupaten Bangka and Kota Pangkalpinang, and the
 * 2025 repeat votes (PSU) ordered by the Constitutional Court: one schedule
 * per region and vote, e.g. "psu-2025-kab-serang", plus the second vote in
 * Barito Utara "psu2-2025-kab-barito-utara"; compiled from data/schedules/
 * into const tables) or loaded at run time from a file in the same CSV
 * format (see data/schedules/README.md).
 *
 * National and regional schedules: a schedule whose file has a
 * "#% regions:" directive (pk_schedule_regions()) applies only to those
 * regions (and, for a province code, to its kabupaten/kota). A re-vote
 * schedule may name the schedule it continues ("#% follows:",
 * pk_schedule_follows()): its candidate pairs and the windows it has no
 * stage for are those of the followed schedule.
 *
 * Ownership: built-in schedules are static and must not be freed (calling
 * pk_schedule_free() on one is a harmless no-op). A schedule from
 * pk_schedule_load_file()/pk_schedule_load_string() belongs to the caller and
 * is released with pk_schedule_free(). Every `const pk_stage *` borrows from
 * its schedule. Schedules are immutable, so all queries are thread-safe.
 *
 * Dates of a stage are inclusive. A stage may have both dates, only an end
 * (a deadline), only a start, or none (a rule relative to another event,
 * given as text in pk_stage::relative). A stage without own dates whose
 * children are dated gets the span of its children (flag
 * #PK_STAGE_SPAN_DERIVED).
 *
 * Phase rules (which stages are active on a day; pk_schedule_active(),
 * pk_schedule_phase(), pk_schedule_phase_at()):
 *  1. A stage with both dates is active from its start to its end.
 *  2. A stage with only a start is active on that day only.
 *  3. A stage with only an end is a deadline ("paling lambat"): the work it
 *     closes is under way before it, from a known opening. It is active from
 *     the own start of its nearest ancestor that has one; if none and it sits
 *     directly under a root, from the schedule's opening ("#% opens:" in the
 *     file: 2024-01-01 for Pilkada 2024, the fiscal year of the budget
 *     planning due 26 Jan 2024); otherwise on its end day only. So 1-25 Jan
 *     2024 are in "programme and budget planning", not "before". Its key date
 *     (for "next milestone" and date order) stays its end.
 *  4. A stage without dates of its own spans its dated children (rule 1-3
 *     applied to them).
 *  5. A regional example (flag #PK_STAGE_EXAMPLE: ids ending in "_example",
 *     such as 2024 kpps_formation_example, one regency's dates) is listed by
 *     pk_schedule_active() but is never pk_phase::top or pk_phase::innermost.
 *  6. The schedule's span runs from the first to the last active day of any
 *     stage; before it the position is #PK_PHASE_BEFORE, after it
 *     #PK_PHASE_AFTER.
 *  7. Choosing the schedule of a date (pk_schedule_select(); used by
 *     pk_schedule_phase_at(), pk_classify() without a cycle or schedule, and
 *     every CLI command without --cycle/--file): the candidates are the
 *     national schedules plus the regional ones listing the region (or its
 *     province) when a region is given; among those whose span holds the
 *     date the one that opened last (a re-vote after its main cycle, a second
 *     re-vote after the first); else the next one to open (the date is
 *     "before" it); else the one that closed last ("after"). pk_classify()
 *     uses the same choice but only a schedule that holds the date: outside
 *     every schedule it asks for the cycle.
 */
#ifndef PILKADA_SCHEDULE_H
#define PILKADA_SCHEDULE_H

#include "pilkada/common.h"
#include "pilkada/date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque schedule (a tree of stages). */
typedef struct pk_schedule pk_schedule;

/** Bawaslu's three critical stages; sub-stages inherit their ancestor's value. */
typedef enum pk_critical {
    PK_CRITICAL_NONE = 0,
    PK_CRITICAL_REGISTRATION = 1, /**< registration of candidate pairs */
    PK_CRITICAL_CAMPAIGN = 2,     /**< campaign */
    PK_CRITICAL_VOTING = 3        /**< voting and counting */
} pk_critical;

/** Roles that code relies on to compute legal windows (column `role`). */
typedef enum pk_stage_role {
    PK_ROLE_NONE = 0,
    PK_ROLE_REGISTRATION,          /**< pendaftaran pasangan calon */
    PK_ROLE_REGISTRATION_EXTENSION,/**< extension in single-candidate regions */
    PK_ROLE_DETERMINATION,         /**< penetapan pasangan calon */
    PK_ROLE_NUMBER_DRAW,           /**< pengundian nomor urut */
    PK_ROLE_CAMPAIGN,              /**< the whole campaign period */
    PK_ROLE_MEDIA_ADS,             /**< mass-media advertising */
    PK_ROLE_QUIET,                 /**< masa tenang */
    PK_ROLE_VOTING,                /**< pemungutan suara */
    PK_ROLE_COUNTING,              /**< penghitungan dan rekapitulasi */
    PK_ROLE_ELECTED,               /**< penetapan calon terpilih */
    PK_ROLE_DISPUTES,              /**< result disputes at the Constitutional Court */
    PK_ROLE_INAUGURATION,          /**< pelantikan */
    PK_ROLE_INDEPENDENT_SUPPORT,   /**< independent-candidate support */
    PK_ROLE_VOTER_LIST             /**< voter list update */
} pk_stage_role;

/** Flags of a #pk_stage. */
enum {
    PK_STAGE_HAS_START = 1u << 0,     /**< pk_stage::start is set */
    PK_STAGE_HAS_END = 1u << 1,       /**< pk_stage::end is set */
    PK_STAGE_SPAN_DERIVED = 1u << 2,  /**< dates derived from the children's span */
    PK_STAGE_MILESTONE = 1u << 3,     /**< a key date for "next milestone" */
    PK_STAGE_EXAMPLE = 1u << 4        /**< one region's dates given as an example (id ends in "_example"):
                                           never the top or innermost stage of a phase */
};

/** One stage. All strings are UTF-8 and borrowed from the schedule; optional ones may be NULL. */
typedef struct pk_stage {
    const char *id;          /**< stable English slug, unique in the schedule */
    const char *parent_id;   /**< NULL for a root stage */
    const char *name_id;     /**< Indonesian name as the regulation words it */
    const char *name_en;     /**< English name */
    pk_date start;           /**< valid if flags & PK_STAGE_HAS_START */
    pk_date end;             /**< inclusive; valid if flags & PK_STAGE_HAS_END */
    const char *relative;    /**< relative rule text when the dates are not fixed, or NULL */
    const char *basis;       /**< legal basis, e.g. "PKPU 2/2024", or NULL */
    const char *source;      /**< where the fact comes from (URLs separated by " ; "), or NULL */
    const char *note;        /**< caveats and conflicts, or NULL */
    pk_source_status status; /**< how well sourced */
    pk_stage_role role;      /**< role for window computation */
    pk_critical critical;    /**< critical stage, inherited from ancestors */
    unsigned flags;          /**< PK_STAGE_* flags */
    int depth;               /**< 0 for a root */
} pk_stage;

/** Number of built-in schedules. */
PK_EXTERN size_t pk_schedule_builtin_count(void);

/** @brief Built-in schedule number @p i (0-based, in cycle order), or NULL if out of range. */
PK_EXTERN const pk_schedule *pk_schedule_builtin_at(size_t i);

/**
 * @brief Find a built-in schedule by id ("pilkada-2024", "pilkada-2020",
 *        "rerun-2025-bangka-pangkalpinang") or by cycle year alone ("2024",
 *        "2020"; "2025" gives the re-run).
 * @return #PK_OK, #PK_EINVAL (NULL), #PK_ENOTFOUND (no such schedule).
 */
PK_EXTERN pk_status pk_schedule_builtin(const pk_schedule **out, const char *id, pk_error *err);

/**
 * @brief Load a schedule from CSV text (format: data/schedules/README.md).
 *
 * Errors name the line and field: bad or missing header, bad date, end
 * before start, unknown parent, duplicate id, a loop in the parent chain, a
 * child dated outside its parent, unknown status/role/critical value, a role
 * used twice, invalid UTF-8, NUL bytes, or text longer than 16 MiB.
 * @param out  receives the new schedule (caller frees with pk_schedule_free()); NULL on failure.
 * @param source_name name used in error messages (e.g. the file name); may be NULL.
 * @return #PK_OK, #PK_EINVAL, #PK_EPARSE, #PK_EENCODING, #PK_ETOOLONG, #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_schedule_load_string(pk_schedule **out, const char *text, size_t len,
                                            const char *source_name, pk_error *err);

/** @brief As pk_schedule_load_string() for a file; also #PK_EIO. */
PK_EXTERN pk_status pk_schedule_load_file(pk_schedule **out, const char *path, pk_error *err);

/** @brief Release a loaded schedule. NULL and built-in schedules are ignored. */
PK_EXTERN void pk_schedule_free(pk_schedule *schedule);

/** @brief Schedule id (e.g. "pilkada-2024"); NULL if @p s is NULL. */
PK_EXTERN const char *pk_schedule_id(const pk_schedule *s);
/** @brief English title; NULL if @p s is NULL. */
PK_EXTERN const char *pk_schedule_title(const pk_schedule *s);
/** @brief Indonesian title; NULL if @p s is NULL. */
PK_EXTERN const char *pk_schedule_title_id(const pk_schedule *s);
/** @brief Legal basis of the whole schedule (e.g. "PKPU 2/2024"); NULL if @p s is NULL. */
PK_EXTERN const char *pk_schedule_basis(const pk_schedule *s);
/** @brief Cycle year (year of voting); 0 if @p s is NULL. */
PK_EXTERN int pk_schedule_cycle(const pk_schedule *s);

/**
 * @brief Regions a regional schedule applies to: Kemendagri codes separated
 *        by one space ("36.04", "19.01 19.71"; a province code covers its
 *        kabupaten/kota), or NULL for a national schedule (or NULL @p s).
 */
PK_EXTERN const char *pk_schedule_regions(const pk_schedule *s);

/** @brief Id of the schedule a re-vote continues ("pilkada-2024"), or NULL. */
PK_EXTERN const char *pk_schedule_follows(const pk_schedule *s);

/**
 * @brief First and last active day of a schedule (phase rule 6).
 * @return #PK_OK, #PK_EINVAL (NULL argument; outputs zeroed), #PK_ENOTFOUND
 *         (no dated stage).
 */
PK_EXTERN pk_status pk_schedule_span(pk_date *first, pk_date *last, const pk_schedule *s, pk_error *err);

/**
 * @brief Choose the built-in schedule of a date (phase rule 7 in the file
 *        comment): national schedules, plus the regional ones for @p region.
 * @param out    receives the schedule (static; NULL on failure).
 * @param region Kemendagri code in any form pk_region_lookup() accepts, or
 *               NULL / "" for none (then regional schedules are never chosen).
 * @param cycle  0 for any cycle, else only schedules of that cycle year.
 * @return #PK_OK, #PK_EINVAL (NULL out, invalid date, cycle outside
 *         0..#PK_DATE_MAX_YEAR), #PK_EPARSE / #PK_ENOTFOUND (bad or unknown
 *         region; err->field "region"), #PK_ENOTFOUND (no schedule of that
 *         cycle; err->field "cycle").
 */
PK_EXTERN pk_status pk_schedule_select(const pk_schedule **out, pk_date date, const char *region, int cycle,
                                       pk_error *err);

/** @brief Number of stages; 0 if @p s is NULL. */
PK_EXTERN size_t pk_schedule_stage_count(const pk_schedule *s);

/**
 * @brief Stage number @p i in date order: by start date (a stage without a
 *        start sorts by its end; undated stages come last), then parents
 *        before children, then file order. NULL if out of range.
 */
PK_EXTERN const pk_stage *pk_schedule_stage_at(const pk_schedule *s, size_t i);

/** @brief Find a stage by id. @return #PK_OK, #PK_EINVAL, #PK_ENOTFOUND. */
PK_EXTERN pk_status pk_schedule_find(const pk_stage **out, const pk_schedule *s, const char *id, pk_error *err);

/** @brief The parent of a stage in its schedule, or NULL for a root or bad arguments. */
PK_EXTERN const pk_stage *pk_schedule_parent(const pk_schedule *s, const pk_stage *stage);

/** @brief The (first) stage with @p role. @return #PK_OK, #PK_EINVAL, #PK_ENOTFOUND. */
PK_EXTERN pk_status pk_schedule_find_role(const pk_stage **out, const pk_schedule *s, pk_stage_role role,
                                          pk_error *err);

/**
 * @brief Every stage active on @p date by the phase rules in the file
 *        comment (a deadline runs from its opening, a start-only stage is
 *        active on its day), innermost first (deepest depth first, then
 *        later start first).
 *
 * Writes up to @p cap pointers to @p out and the total number of active
 * stages to @p *count (which may exceed cap, like snprintf).
 * Does not allocate; one binary search over precomputed day boundaries.
 * @return #PK_OK (also when nothing is active), #PK_EINVAL (NULL schedule or
 *         count, out NULL with cap > 0, invalid date).
 */
PK_EXTERN pk_status pk_schedule_active(const pk_stage **out, size_t cap, size_t *count, const pk_schedule *s,
                                       pk_date date, pk_error *err);

/** Where a date falls relative to a schedule. */
typedef enum pk_phase_position {
    PK_PHASE_BEFORE = 0, /**< before the first dated stage */
    PK_PHASE_DURING = 1, /**< inside at least one root stage */
    PK_PHASE_BETWEEN = 2,/**< inside the schedule's span but in no root stage */
    PK_PHASE_AFTER = 3   /**< after the last dated stage */
} pk_phase_position;

/** Answer of pk_schedule_phase(). Pointers borrow from the schedule; NULL when absent.
 *  Initialise with #PK_PHASE_INIT (or set `version`). */
typedef struct pk_phase {
    unsigned version;          /**< PK_PHASE_VERSION the caller was built with */
    pk_phase_position position;
    const pk_stage *top;       /**< the root stage active on the date (latest start if several) */
    const pk_stage *innermost; /**< the innermost active stage that is a period with its own start and
                                    end (not a deadline, a derived grouping or a regional example): the
                                    one with the most ancestors that have own dates (an undated grouping
                                    adds no depth), then one of the regulation's own tree over one under
                                    a grouping row the data file added (undated, status DERIVED, such
                                    as campaign_finance), then the later start, then the earlier end;
                                    if none, the first of pk_schedule_active() that is not an example */
    const pk_stage *next;      /**< next milestone strictly after the date (see pk_schedule_next_milestone()) */
    int32_t days_to_next;      /**< days from the date to next's key date; 0 if next is NULL */
    const pk_stage *previous;  /**< last milestone on or before the date */
} pk_phase;

/** Current version of #pk_phase. */
#define PK_PHASE_VERSION 1
/** Initialiser of a #pk_phase: the current version, everything else empty. */
#define PK_PHASE_INIT {PK_PHASE_VERSION, PK_PHASE_BEFORE, NULL, NULL, NULL, 0, NULL}

/** @brief Phase of the cycle on @p date. @return #PK_OK or #PK_EINVAL. */
PK_EXTERN pk_status pk_schedule_phase(pk_phase *out, const pk_schedule *s, pk_date date, pk_error *err);

/** Options for pk_schedule_phase_at(). Initialise with #PK_PHASE_OPTIONS_INIT. */
typedef struct pk_phase_options {
    unsigned version;            /**< #PK_PHASE_OPTIONS_VERSION; versions 1 .. current are accepted */
    const char *region;          /**< Kemendagri code (any form pk_region_lookup() takes), or NULL / "" */
    int cycle;                   /**< 0: any cycle; else choose among the schedules of this cycle year */
    const pk_schedule *schedule; /**< use this schedule instead of choosing one (borrowed), or NULL */
} pk_phase_options;
/** Current version of #pk_phase_options. */
#define PK_PHASE_OPTIONS_VERSION 1
/** Defaults: no region, any cycle, choose the schedule. */
#define PK_PHASE_OPTIONS_INIT {PK_PHASE_OPTIONS_VERSION, NULL, 0, NULL}

/**
 * @brief Region-aware phase: choose the schedule of @p date (and the region
 *        in @p opts) with pk_schedule_select(), unless opts->schedule is
 *        given, and answer pk_schedule_phase() on it. Kabupaten Serang
 *        (36.04) on 2025-04-19 answers from its repeat vote
 *        (psu-2025-kab-serang, voting day); Kota Serang (36.73) on the same
 *        day from pilkada-2024.
 * @param out      receives the phase (zeroed on failure).
 * @param schedule receives the schedule used (may be NULL; NULL on failure).
 * @param opts     NULL for the defaults.
 * @return #PK_OK, #PK_EINVAL (NULL out, invalid date, options version
 *         outside 1..#PK_PHASE_OPTIONS_VERSION, bad cycle), #PK_EPARSE /
 *         #PK_ENOTFOUND (region), #PK_ENOTFOUND (no schedule for the cycle).
 */
PK_EXTERN pk_status pk_schedule_phase_at(pk_phase *out, const pk_schedule **schedule, pk_date date,
                                         const pk_phase_options *opts, pk_error *err);

/**
 * @brief The next milestone strictly after @p date: the stage flagged
 *        #PK_STAGE_MILESTONE whose key date (its start, or its end when it
 *        has no start) is the earliest one later than @p date.
 * @param days_until receives key date - date (may be NULL).
 * @return #PK_OK, #PK_EINVAL, #PK_ENOTFOUND (no milestone after the date).
 */
PK_EXTERN pk_status pk_schedule_next_milestone(const pk_stage **out, int32_t *days_until, const pk_schedule *s,
                                               pk_date date, pk_error *err);

/**
 * @brief Days from @p date to voting day (negative after it).
 * @return #PK_OK, #PK_EINVAL, #PK_ENOTFOUND (the schedule has no dated voting stage).
 */
PK_EXTERN pk_status pk_schedule_days_until_voting(int32_t *days, const pk_schedule *s, pk_date date,
                                                  pk_error *err);

/** Named legal windows computed from a schedule's stages. */
typedef enum pk_window_kind {
    PK_WINDOW_CAMPAIGN = 0,       /**< the campaign period (role campaign) */
    PK_WINDOW_PRE_DETERMINATION,  /**< open start .. the day before penetapan paslon (bakal calon phase) */
    PK_WINDOW_POST_DETERMINATION, /**< penetapan paslon .. open end (calon phase) */
    PK_WINDOW_M6_TO_END_OF_TERM,  /**< 6 months before penetapan .. open end (end of term; UU 10/2016 Pasal 71(2)) */
    PK_WINDOW_M6_TO_ELECTED,      /**< 6 months before penetapan .. penetapan calon terpilih (Pasal 71(3)) */
    PK_WINDOW_QUIET,              /**< masa tenang */
    PK_WINDOW_VOTING_COUNTING,    /**< voting day .. end of recapitulation */
    PK_WINDOW_REGISTRATION        /**< candidate registration (without the extension) */
} pk_window_kind;

/** A date window; an open side has its has_* flag 0. Initialise with #PK_WINDOW_INIT (or set `version`). */
typedef struct pk_window {
    unsigned version;       /**< PK_WINDOW_VERSION the caller was built with */
    pk_window_kind kind;
    pk_date start;          /**< first day (inclusive) when has_start */
    pk_date end;            /**< last day (inclusive) when has_end */
    int has_start;
    int has_end;
    const char *basis;      /**< the legal text that defines the window, e.g. "UU 10/2016 Pasal 71 ayat (2)" */
    const char *derivation; /**< how it was computed, e.g. "6 calendar months before the first day of the stage
                                 with role determination ..."; static text */
    pk_source_status status;/**< the weakest status involved (CONFIRMED < SINGLE-SOURCE < DERIVED <
                                 UNCERTAIN): at least DERIVED for computed bounds, else the stage's status */
} pk_window;

/** Current version of #pk_window. */
#define PK_WINDOW_VERSION 1
/** Initialiser of a #pk_window: the current version, everything else empty. */
#define PK_WINDOW_INIT {PK_WINDOW_VERSION, PK_WINDOW_CAMPAIGN, {0, 0, 0}, {0, 0, 0}, 0, 0, NULL, NULL, \
    PK_SOURCE_CONFIRMED}

/**
 * @brief Compute a named window from the schedule's stages (by role).
 * @return #PK_OK, #PK_EINVAL, #PK_ENOTFOUND (the stage it needs is missing or
 *         undated; err names the role).
 */
PK_EXTERN pk_status pk_schedule_window(pk_window *out, const pk_schedule *s, pk_window_kind kind, pk_error *err);

/** @brief 1 if @p date lies in @p w (open sides unbounded), else 0. */
PK_EXTERN int pk_window_contains(const pk_window *w, pk_date date);

/** @brief Stable slug of a window kind ("campaign", "m6_to_end_of_term", ...); "?" if unknown. */
PK_EXTERN const char *pk_window_kind_name(pk_window_kind kind);
/** @brief Slug of a role ("registration", "campaign", ...), "" for none, "?" if unknown. */
PK_EXTERN const char *pk_stage_role_name(pk_stage_role role);
/** @brief "registration", "campaign", "voting", "" for none, "?" if unknown. */
PK_EXTERN const char *pk_critical_name(pk_critical critical);

/** Options for pk_schedule_to_ics(). */
typedef struct pk_ics_options {
    unsigned version;       /**< PK_ICS_OPTIONS_VERSION */
    const char *dtstamp;    /**< DTSTAMP in UTC "YYYYMMDDTHHMMSSZ"; NULL = the current time */
    int include_undated;    /**< 0: skip stages without any date, own or derived (default); 1: list them as
                                 VTODO components without dates (SUMMARY, DESCRIPTION with the relative rule) */
    const char *uid_domain; /**< right-hand side of UIDs; NULL = "libpilkada". Must be 1 to 200 bytes of
                                 well-formed UTF-8 with no space or control character (no byte <= 0x20,
                                 no 0x7F) and none of ';', ',', ':', '\\'; otherwise #PK_EINVAL */
    pk_lang lang;           /**< (version 2) language of SUMMARY and of the DESCRIPTION's labels: #PK_LANG_EN
                                 (default; version 1 callers get it) or #PK_LANG_ID (the stage's Indonesian name,
                                 "Masa Tenang"); another value is #PK_EINVAL */
} pk_ics_options;
#define PK_ICS_OPTIONS_VERSION 2
#define PK_ICS_OPTIONS_INIT {PK_ICS_OPTIONS_VERSION, NULL, 0, NULL, PK_LANG_EN}

/**
 * @brief Export a schedule as RFC 5545 iCalendar text: one VCALENDAR with an
 *        all-day VEVENT per dated stage (DTSTART;VALUE=DATE, exclusive DTEND,
 *        DTSTAMP, deterministic UID "<stage-id>.<schedule-id>@<domain>",
 *        SUMMARY, DESCRIPTION with names, basis and status), CRLF line ends,
 *        lines folded at 75 octets on UTF-8 boundaries, and TEXT escaping of
 *        backslash, semicolon, comma and newline. A stage with only one date
 *        becomes a one-day event.
 * @param out  receives the NUL-terminated text; caller frees it with pk_free().
 * @param len  receives its length in bytes (may be NULL).
 * @param opts NULL for defaults.
 * Undated stages are skipped unless pk_ics_options::include_undated is set.
 * METHOD:PUBLISH and TRANSP:TRANSPARENT are added; stages with a critical
 * mark get CATEGORIES:\<critical name\> (see pk_critical_name()).
 * @return #PK_OK, #PK_EINVAL (NULL schedule/out, bad options version or dtstamp,
 *         a uid_domain that is empty, longer than 200 bytes, not well-formed
 *         UTF-8, or holds a space, a control character, ';', ',', ':' or a
 *         backslash), #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_schedule_to_ics(char **out, size_t *len, const pk_schedule *s, const pk_ics_options *opts,
                                       pk_error *err);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_SCHEDULE_H */
