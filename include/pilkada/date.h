/**
 * @file pilkada/date.h
 * @brief Calendar dates without time or time zone: strict ISO 8601 parsing,
 *        formatting and day arithmetic (proleptic Gregorian calendar).
 *
 * A #pk_date is a small value type passed by value. The supported range is
 * #PK_DATE_MIN_YEAR-01-01 .. #PK_DATE_MAX_YEAR-12-31; every function rejects a
 * date outside it, or an impossible date such as 2023-02-29, with #PK_EINVAL
 * (input) or #PK_ERANGE (a result that would leave the range).
 */
#ifndef PILKADA_DATE_H
#define PILKADA_DATE_H

#include "pilkada/common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define PK_DATE_MIN_YEAR 1900  /**< first supported year */
#define PK_DATE_MAX_YEAR 2199  /**< last supported year */
#define PK_DATE_STRLEN 11      /**< buffer size for "YYYY-MM-DD" plus NUL */

/** A calendar date. Zero-initialised it is invalid (year 0). */
typedef struct pk_date {
    int year;   /**< 1900..2199 */
    int month;  /**< 1..12 */
    int day;    /**< 1..days in month */
} pk_date;

/** ISO weekday numbers. */
typedef enum pk_weekday {
    PK_MONDAY = 1, PK_TUESDAY, PK_WEDNESDAY, PK_THURSDAY, PK_FRIDAY, PK_SATURDAY, PK_SUNDAY
} pk_weekday;

/** @brief Build a date value (no validation; see pk_date_valid()). */
PK_EXTERN pk_date pk_date_of(int year, int month, int day);

/** @brief 1 if @p d is a real date inside the supported range, else 0. */
PK_EXTERN int pk_date_valid(pk_date d);

/** @brief 1 for Gregorian leap years, else 0. */
PK_EXTERN int pk_is_leap_year(int year);

/** @brief Days in @p month of @p year (28..31), or 0 if month is not 1..12. */
PK_EXTERN int pk_days_in_month(int year, int month);

/**
 * @brief Parse a strict ISO 8601 calendar date "YYYY-MM-DD".
 *
 * Exactly four digits, '-', two digits, '-', two digits, and nothing else:
 * no spaces, no sign, no time part, no trailing junk. The date must exist
 * (2024-02-30, 2023-02-29 and month 13 are rejected) and lie in the
 * supported range.
 * @param out  receives the date; set to {0,0,0} on failure. Must not be NULL.
 * @param text NUL-terminated input.
 * @param err  optional error detail (column of the first bad character).
 * @return #PK_OK, #PK_EINVAL (NULL argument), #PK_EPARSE (syntax, empty
 *         input, impossible date), #PK_ERANGE (year outside 1900..2199).
 */
PK_EXTERN pk_status pk_date_parse(pk_date *out, const char *text, pk_error *err);

/** @brief As pk_date_parse() for a buffer of @p len bytes that need not be NUL-terminated. */
PK_EXTERN pk_status pk_date_parse_n(pk_date *out, const char *text, size_t len, pk_error *err);

/**
 * @brief Format as "YYYY-MM-DD".
 * @param buf  receives the text; at least #PK_DATE_STRLEN bytes.
 * @return #PK_OK, #PK_EINVAL (invalid date or NULL buf; buf gets "" if size>0),
 *         #PK_EBUFSIZE (size < #PK_DATE_STRLEN).
 */
PK_EXTERN pk_status pk_date_format(pk_date d, char *buf, size_t size);

/**
 * @brief Serial day number: days since 1970-01-01 (negative before it).
 * @return #PK_OK or #PK_EINVAL for an invalid date (then *out = 0).
 */
PK_EXTERN pk_status pk_date_to_serial(pk_date d, int32_t *out);

/**
 * @brief Date of a serial day number (inverse of pk_date_to_serial()).
 * @return #PK_OK, #PK_EINVAL (NULL out), #PK_ERANGE (outside the supported range).
 */
PK_EXTERN pk_status pk_date_from_serial(pk_date *out, int32_t serial);

/**
 * @brief @p d plus @p days calendar days (negative goes back).
 * @return #PK_OK, #PK_EINVAL (invalid @p d or NULL out), #PK_ERANGE (result out of range).
 */
PK_EXTERN pk_status pk_date_add_days(pk_date *out, pk_date d, int32_t days);

/**
 * @brief @p d plus @p months calendar months; a day past the end of the
 *        target month is clamped to its last day (2024-08-31 - 6 months =
 *        2024-02-29). Used for windows such as "6 months before penetapan".
 * @return #PK_OK, #PK_EINVAL, #PK_ERANGE.
 */
PK_EXTERN pk_status pk_date_add_months(pk_date *out, pk_date d, int32_t months);

/**
 * @brief Number of days from @p from to @p to (to - from; negative if @p to is earlier).
 * @return #PK_OK or #PK_EINVAL (invalid date or NULL out; *out = 0).
 */
PK_EXTERN pk_status pk_date_diff_days(int32_t *out, pk_date from, pk_date to);

/**
 * @brief ISO weekday of @p d.
 * @return #PK_MONDAY..#PK_SUNDAY, or #PK_EINVAL (negative) for an invalid date.
 */
PK_EXTERN int pk_date_weekday(pk_date d);

/**
 * @brief Compare two dates: negative if a < b, 0 if equal, positive if a > b.
 *        Works on the fields alone; invalid dates compare by their fields.
 */
PK_EXTERN int pk_date_compare(pk_date a, pk_date b);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_DATE_H */
