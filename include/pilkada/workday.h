/**
 * @file pilkada/workday.h
 * @brief Indonesia's non-working days, working-day arithmetic, and the named
 *        legal deadlines of the Pilkada law.
 *
 * Holidays come in three kinds kept apart (as the decrees keep them apart):
 * national public holidays (libur nasional, annual SKB 3 Menteri), collective
 * leave (cuti bersama, SKB and the Keppres for civil servants) and election
 * voting days declared holidays by a Keppres (libur pemilihan). The built-in
 * table covers 2015-2026 (data/holidays_id.csv, each row with its decree).
 * Saturday and Sunday are never working days.
 *
 * A #pk_workcal is a compiled working-day calendar: a holiday table plus the
 * options (which kinds close offices, extra holidays, extra working days,
 * roll policy). Build one with pk_workcal_new(), then call the arithmetic
 * functions on it from any number of threads; free it with pk_workcal_free().
 *
 * Conventions:
 *  - Adding N days excludes the start day: add 1 working day to a Friday
 *    gives the next Monday (if it is a working day). A negative N goes back.
 *  - Counting working days uses the half-open interval [from, to): the start
 *    day is counted, the end day is not (so count(d, add(d, n)) == n for a
 *    working day d). If to < from the count is negative.
 *  - Dates outside the years the holiday table covers give #PK_ERANGE,
 *    unless the options allow estimates: then only weekends (and the extra
 *    dates) are used there and the result carries #PK_RESULT_ESTIMATED.
 */
#ifndef PILKADA_WORKDAY_H
#define PILKADA_WORKDAY_H

#include "pilkada/common.h"
#include "pilkada/date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Kinds of non-working day, usable as bit flags. */
typedef enum pk_holiday_kind {
    PK_HOLIDAY_NATIONAL = 1,      /**< libur nasional */
    PK_HOLIDAY_CUTI_BERSAMA = 2,  /**< cuti bersama (collective leave) */
    PK_HOLIDAY_ELECTION = 4       /**< libur pemilihan (voting day holiday by Keppres) */
} pk_holiday_kind;
/** All three kinds (the default: government offices close on cuti bersama). */
#define PK_HOLIDAY_ALL (PK_HOLIDAY_NATIONAL | PK_HOLIDAY_CUTI_BERSAMA | PK_HOLIDAY_ELECTION)

/** One holiday row. Strings are borrowed from the table. */
typedef struct pk_holiday {
    pk_date date;
    pk_holiday_kind kind;
    const char *name_id;      /**< Indonesian name */
    const char *name_en;      /**< English name */
    const char *basis;        /**< decree, e.g. "Keppres 33/2024" */
    pk_source_status status;
} pk_holiday;

/** Opaque holiday table. */
typedef struct pk_holiday_table pk_holiday_table;

/** @brief The built-in table (static; never free it). */
PK_EXTERN const pk_holiday_table *pk_holidays_builtin(void);

/**
 * @brief Load a holiday table from CSV text with the columns
 *        date,kind,name_id,name_en,basis,status (kind: libur_nasional,
 *        cuti_bersama, libur_pemilihan). Dates must be unique and sorted.
 *        The covered years are those from the first to the last row's year
 *        unless "#% years: FIRST-LAST" says otherwise.
 * @param out receives the table (free with pk_holidays_free()).
 * @return #PK_OK, #PK_EINVAL, #PK_EPARSE (line and field named), #PK_EENCODING,
 *         #PK_ETOOLONG (over 16 MiB), #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_holidays_load_string(pk_holiday_table **out, const char *text, size_t len,
                                            const char *source_name, pk_error *err);
/** @brief As pk_holidays_load_string() for a file; also #PK_EIO. */
PK_EXTERN pk_status pk_holidays_load_file(pk_holiday_table **out, const char *path, pk_error *err);
/** @brief Free a loaded table; NULL and the built-in table are ignored. */
PK_EXTERN void pk_holidays_free(pk_holiday_table *table);

/** @brief Number of rows; 0 for NULL. */
PK_EXTERN size_t pk_holidays_count(const pk_holiday_table *t);
/** @brief Row @p i in date order, or NULL. */
PK_EXTERN const pk_holiday *pk_holidays_at(const pk_holiday_table *t, size_t i);
/** @brief First and last year the table covers. @return #PK_OK or #PK_EINVAL. */
PK_EXTERN pk_status pk_holidays_years(const pk_holiday_table *t, int *first_year, int *last_year);
/**
 * @brief The holiday on @p date.
 * @return #PK_OK, #PK_ENOTFOUND (not a holiday; *out = NULL), #PK_ERANGE
 *         (year not covered), #PK_EINVAL.
 */
PK_EXTERN pk_status pk_holidays_find(const pk_holiday_table *t, pk_date date, const pk_holiday **out);
/** @brief "libur_nasional", "cuti_bersama", "libur_pemilihan"; "?" otherwise. */
PK_EXTERN const char *pk_holiday_kind_name(pk_holiday_kind kind);

/** What to do when a start date or a result falls on a non-working day. */
typedef enum pk_roll {
    PK_ROLL_FORWARD = 0,  /**< move to the next working day (default) */
    PK_ROLL_BACKWARD = 1, /**< move to the previous working day */
    PK_ROLL_NONE = 2,     /**< keep it as is */
    PK_ROLL_RAISE = 3     /**< fail with #PK_EINVAL */
} pk_roll;

/** Options of a working-day calendar. Initialise with #PK_WORKDAY_OPTIONS_INIT. */
typedef struct pk_workday_options {
    unsigned version;               /**< PK_WORKDAY_OPTIONS_VERSION */
    unsigned closed_kinds;          /**< pk_holiday_kind bits that stop a working day; default PK_HOLIDAY_ALL */
    const pk_date *extra_holidays;  /**< extra non-working dates (e.g. a local holiday), or NULL */
    size_t extra_holidays_count;
    const pk_date *extra_workdays;  /**< dates that are working days anyway (e.g. a Saturday made a workday), or NULL;
                                         a date in both lists is a working day */
    size_t extra_workdays_count;
    pk_roll roll;                   /**< policy for a non-working start date of working-day addition */
    int allow_estimate;             /**< 1: outside the table's years use weekends only and flag the result */
} pk_workday_options;
#define PK_WORKDAY_OPTIONS_VERSION 1
#define PK_WORKDAY_OPTIONS_INIT \
    {PK_WORKDAY_OPTIONS_VERSION, PK_HOLIDAY_ALL, NULL, 0, NULL, 0, PK_ROLL_FORWARD, 0}

/** Opaque compiled working-day calendar. */
typedef struct pk_workcal pk_workcal;

/**
 * @brief Compile a working-day calendar.
 * @param holidays NULL for the built-in table.
 * @param opts     NULL for defaults.
 * @param out      receives the calendar (free with pk_workcal_free()).
 * @return #PK_OK, #PK_EINVAL (bad version, kinds, roll or extra date), #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_workcal_new(pk_workcal **out, const pk_holiday_table *holidays,
                                   const pk_workday_options *opts, pk_error *err);
/** @brief Free a calendar; NULL and the built-in calendar are ignored. The
 *         calendar keeps no pointer to the holiday table or the option
 *         arrays it was built from: they may be freed right after
 *         pk_workcal_new(). */
PK_EXTERN void pk_workcal_free(pk_workcal *cal);

/**
 * @brief The calendar of the built-in table with the default options (all
 *        three kinds close offices, no extras, #PK_ROLL_FORWARD, no
 *        estimates). Static and compiled at build time: never free it.
 */
PK_EXTERN const pk_workcal *pk_workcal_builtin(void);

/** Result flags of working-day arithmetic. */
enum {
    PK_RESULT_ESTIMATED = 1u << 0, /**< some day involved lies outside the holiday table's years */
    PK_RESULT_ROLLED = 1u << 1     /**< the start date was rolled by the roll policy */
};

/**
 * @brief Is @p date a working day?
 * @param is_workday receives 1 or 0.
 * @param flags receives PK_RESULT_* flags (may be NULL).
 * @return #PK_OK, #PK_EINVAL, #PK_ERANGE (year not covered and no estimates).
 */
PK_EXTERN pk_status pk_workcal_is_workday(const pk_workcal *cal, pk_date date, int *is_workday, unsigned *flags);

/**
 * @brief @p start plus @p n working days (start day excluded; n < 0 goes back;
 *        n == 0 returns the start, rolled if it is not a working day). A
 *        non-working start is first rolled by the calendar's roll policy.
 * @return #PK_OK, #PK_EINVAL (invalid date, or #PK_ROLL_RAISE on a
 *         non-working start), #PK_ERANGE (outside the table's years without
 *         estimates, or outside the date range).
 */
PK_EXTERN pk_status pk_workcal_add(const pk_workcal *cal, pk_date start, int32_t n, pk_date *out,
                                   unsigned *flags);

/**
 * @brief Working days in the half-open interval [from, to); negative when to < from.
 * @return #PK_OK, #PK_EINVAL, #PK_ERANGE.
 */
PK_EXTERN pk_status pk_workcal_count(const pk_workcal *cal, pk_date from, pk_date to, int32_t *count,
                                     unsigned *flags);

/**
 * @brief Batch form of pk_workcal_add() over serial day numbers (see
 *        pk_date_to_serial()), for large arrays: out[i] = start[i] + n[i]
 *        working days. Stops at the first failing element.
 * @param failed_index receives the index of the failing element (may be NULL).
 * @return #PK_OK or the status of the first failure.
 */
PK_EXTERN pk_status pk_workcal_add_serial_many(const pk_workcal *cal, const int32_t *start, const int32_t *n,
                                               int32_t *out, size_t count, size_t *failed_index);

/** Unit of a legal deadline. */
typedef enum pk_day_unit {
    PK_DAYS_CALENDAR = 0, /**< "hari" (calendar days since UU 8/2015 Pasal 1 angka 28) */
    PK_DAYS_WORKING = 1   /**< "hari kerja" */
} pk_day_unit;

/** Named legal deadlines. */
typedef enum pk_deadline_id {
    PK_DEADLINE_REPORT = 0,            /**< report within 7 days of discovery (Pasal 134(4)) */
    PK_DEADLINE_FOLLOWUP,              /**< Bawaslu follows up within 3 days of receipt (134(5)) */
    PK_DEADLINE_FOLLOWUP_EXTENDED,     /**< plus 2 days for more information (134(6)) */
    PK_DEADLINE_ADM_KPU_DECISION,      /**< KPU decides an administrative recommendation within 7 days (140(1)) */
    PK_DEADLINE_TSM_BAWASLU,           /**< Bawaslu Provinsi decides a TSM case within 14 working days (135A(2)) */
    PK_DEADLINE_TSM_KPU,               /**< KPU acts within 3 working days (135A(4)) */
    PK_DEADLINE_TSM_APPEAL,            /**< appeal to MA within 3 working days (135A(6)) */
    PK_DEADLINE_TSM_MA,                /**< MA decides within 14 working days (135A(7)) */
    PK_DEADLINE_DISPUTE_BAWASLU,       /**< Bawaslu decides an election dispute within 12 days (143(2)) */
    PK_DEADLINE_DISPUTE_KPU,           /**< KPU acts on it within 3 working days (144(2)) */
    PK_DEADLINE_GAKKUMDU_FORWARD,      /**< forward to Polri within 1 x 24 hours (135(2)) */
    PK_DEADLINE_INVESTIGATION,         /**< investigator to prosecutor within 14 working days (146(3)) */
    PK_DEADLINE_PROSECUTOR_RETURN,     /**< prosecutor returns an incomplete file within 3 working days (146(4)) */
    PK_DEADLINE_INVESTIGATOR_RESUBMIT, /**< investigator resubmits within 3 working days (146(5)) */
    PK_DEADLINE_PROSECUTION,           /**< prosecutor to district court within 5 working days (146(6)) */
    PK_DEADLINE_PN_VERDICT,            /**< district court decides within 7 days (148(1)) */
    PK_DEADLINE_APPEAL_FILING,         /**< appeal filed within 3 days of the verdict (148(2)) */
    PK_DEADLINE_APPEAL_TRANSFER,       /**< file sent to the high court within 3 days (148(3)) */
    PK_DEADLINE_PT_VERDICT,            /**< high court decides within 7 days (148(4)) */
    PK_DEADLINE_VERDICT_DELIVERY,      /**< verdict delivered to the prosecutor within 3 days (149(1)) */
    PK_DEADLINE_EXECUTION              /**< verdict executed within 3 days of receipt (149(2)) */
    /* New deadlines are appended here; pk_deadline_count() gives the number of values. */
} pk_deadline_id;

/** A deadline rule, from data/deadlines.csv. Strings are static. */
typedef struct pk_deadline_rule {
    pk_deadline_id id;
    const char *slug;        /**< e.g. "report" */
    const char *name_id;     /**< Indonesian wording of the duty */
    const char *name_en;     /**< English description */
    int amount;              /**< number of days */
    pk_day_unit unit;        /**< calendar or working days */
    const char *trigger;     /**< the event the count starts from, e.g. "discovery of the violation" */
    const char *basis;       /**< article, e.g. "UU 1/2015 Pasal 134 ayat (4) jo. UU 8/2015" */
    const char *quote;       /**< the statutory words */
    pk_source_status status;
    const char *source;      /**< where the rule was read (statute text, research notes) */
    const char *note;        /**< how the rule is applied (e.g. "1 x 24 jam" as 1 calendar day) */
} pk_deadline_rule;

/** @brief Number of #pk_deadline_id values: the valid ids are 0 to count-1
 *  (replaces the 0.x sentinel PK_DEADLINE_COUNT_). */
PK_EXTERN size_t pk_deadline_count(void);

/** @brief The rule of a deadline, or NULL for an unknown id. */
PK_EXTERN const pk_deadline_rule *pk_deadline_rule_get(pk_deadline_id id);
/** @brief Find a deadline by slug. @return #PK_OK, #PK_EINVAL, #PK_ENOTFOUND. */
PK_EXTERN pk_status pk_deadline_find(const pk_deadline_rule **out, const char *slug, pk_error *err);

/** A computed deadline. */
typedef struct pk_deadline {
    const pk_deadline_rule *rule;
    pk_date trigger;  /**< the date counted from */
    pk_date due;      /**< last day to act (inclusive) */
    unsigned flags;   /**< PK_RESULT_* flags */
} pk_deadline;

/**
 * @brief Compute a deadline from its trigger date: calendar days by plain
 *        date arithmetic, working days with @p cal (NULL: the built-in
 *        calendar, pk_workcal_builtin(); no allocation).
 *
 * The trigger day is never counted. A calendar-day deadline is trigger +
 * amount days and is NOT moved when it falls on a weekend or a holiday: the
 * law counts calendar days ("Hari adalah hari kalender", UU 8/2015 Pasal I
 * angka 1) and no source says such a deadline rolls to the next working day.
 * A working-day deadline is the amount-th working day after the trigger,
 * whatever the calendar's roll policy (a trigger on a Saturday counts from
 * Monday as day 1). "1 x 24 jam" (#PK_DEADLINE_GAKKUMDU_FORWARD) is counted
 * as 1 calendar day.
 * @return #PK_OK, #PK_EINVAL (unknown id, invalid date), #PK_ERANGE.
 */
PK_EXTERN pk_status pk_deadline_compute(const pk_workcal *cal, pk_deadline_id id, pk_date trigger,
                                        pk_deadline *out, pk_error *err);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_WORKDAY_H */
