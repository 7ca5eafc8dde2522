/**
 * @file pilkada/workday.h
 * @brief Working-day arithmetic over a holiday table (pilkada/holidays.h).
 *
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
 *    unless the options allow estimates: then the estimated national
 *    holidays of pk_holidays_estimate() close those days (from 25 years
 *    before to 40 years after the table's years; further out only weekends
 *    and the extra dates), and the result carries #PK_RESULT_ESTIMATED.
 *    Cuti bersama of an estimated year are unknown and never closed, so an
 *    estimated deadline may come a day or more early. A decree published
 *    later is loaded at run time and merged with pk_holidays_merge(); its
 *    years then count as decreed.
 */
#ifndef PILKADA_WORKDAY_H
#define PILKADA_WORKDAY_H

#include "pilkada/common.h"
#include "pilkada/date.h"
#include "pilkada/holidays.h"

#ifdef __cplusplus
extern "C" {
#endif

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
    int allow_estimate;             /**< 1: outside the table's years use estimated holidays (see
                                         pk_holidays_estimate()) and flag the result #PK_RESULT_ESTIMATED */
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
PK_EXTERN pk_status pk_workcal_is_workday(int *is_workday, unsigned *flags, const pk_workcal *cal, pk_date date,
                                          pk_error *err);

/**
 * @brief @p start plus @p n working days (start day excluded; n < 0 goes back;
 *        n == 0 returns the start, rolled if it is not a working day). A
 *        non-working start is first rolled by the calendar's roll policy.
 * @return #PK_OK, #PK_EINVAL (invalid date, or #PK_ROLL_RAISE on a
 *         non-working start), #PK_ERANGE (outside the table's years without
 *         estimates, or outside the date range).
 */
PK_EXTERN pk_status pk_workcal_add(pk_date *out, unsigned *flags, const pk_workcal *cal, pk_date start,
                                   int32_t n, pk_error *err);

/**
 * @brief Working days in the half-open interval [from, to); negative when to < from.
 * @return #PK_OK, #PK_EINVAL, #PK_ERANGE.
 */
PK_EXTERN pk_status pk_workcal_count(int32_t *count, unsigned *flags, const pk_workcal *cal, pk_date from,
                                     pk_date to, pk_error *err);

/**
 * @brief Batch form of pk_workcal_add() over serial day numbers (see
 *        pk_date_to_serial()), for large arrays: out[i] = start[i] + n[i]
 *        working days. Stops at the first failing element.
 * @param failed_index receives the index of the failing element (may be NULL).
 * @return #PK_OK or the status of the first failure.
 */
PK_EXTERN pk_status pk_workcal_add_serial_many(int32_t *out, size_t *failed_index, const pk_workcal *cal,
                                               const int32_t *start, const int32_t *n, size_t count,
                                               pk_error *err);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_WORKDAY_H */
