/**
 * @file pilkada/holidays.h
 * @brief Indonesia's non-working days: the built-in holiday table and tables
 *        loaded from files.
 *
 * Holidays come in three kinds kept apart (as the decrees keep them apart):
 * national public holidays (libur nasional, annual SKB 3 Menteri), collective
 * leave (cuti bersama, SKB and the Keppres for civil servants) and election
 * voting days declared holidays by a Keppres (libur pemilihan). The built-in
 * table covers 2015-2026 (data/holidays_id.csv, each row with its decree).
 */
#ifndef PILKADA_HOLIDAYS_H
#define PILKADA_HOLIDAYS_H

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

/** Flags of a #pk_holiday. */
enum {
    PK_HOLIDAY_FLAG_ESTIMATED = 1u << 0 /**< computed by pk_holidays_estimate(), not from a decree */
};

/** One holiday row. Strings are borrowed from the table. */
typedef struct pk_holiday {
    pk_date date;
    pk_holiday_kind kind;
    const char *name_id;      /**< Indonesian name */
    const char *name_en;      /**< English name */
    const char *basis;        /**< decree, e.g. "Keppres 33/2024"; for an estimate, "estimated (no decree): " and
                                   the method */
    pk_source_status status;  /**< an estimate is #PK_SOURCE_DERIVED */
    unsigned flags;           /**< PK_HOLIDAY_FLAG_* (appended in 0.2; rows are only read through pointers) */
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

/**
 * @brief Estimated national holidays (libur nasional) for years without a
 *        decree, each row flagged #PK_HOLIDAY_FLAG_ESTIMATED with its method
 *        in pk_holiday::basis and status #PK_SOURCE_DERIVED:
 *  - fixed dates set by law: 1 Jan, 1 May (from 2014), 1 Jun (from 2017),
 *    17 Aug, 25 Dec;
 *  - Easter by the Gregorian computus: Good Friday (Easter - 2), Ascension
 *    (Easter + 39), Easter Sunday (from 2024);
 *  - from the instants of new and full moon (Meeus, Astronomical Algorithms,
 *    ch. 49): the Hijri holidays (Isra Mikraj 27 Rajab, Idul Fitri 1-2
 *    Syawal, Idul Adha 10 Zulhijah, Islamic New Year, Maulid 12 Rabiulawal)
 *    with a month starting the day after the first 18:00 WIB at which the
 *    Moon is 8 hours past conjunction (MABIMS moon-age criterion); Imlek (new
 *    moon on or after 21 Jan, UTC+8); Nyepi (new moon on or after 2 Mar,
 *    WITA); Waisak (full moon on or after 7 May, WIB).
 * Cuti bersama and election-day holidays cannot be estimated and are not
 * listed: they are unknown until the SKB or Keppres. Against the decrees of
 * 2015-2026 the estimates fall on the decreed day for most holidays; see
 * tests/test_workday.c (test_estimate_vs_decrees) for the figures.
 * @param out receives the table (free with pk_holidays_free()).
 * @return #PK_OK, #PK_EINVAL (NULL out; years outside
 *         #PK_DATE_MIN_YEAR..#PK_DATE_MAX_YEAR or first > last), #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_holidays_estimate(pk_holiday_table **out, int first_year, int last_year, pk_error *err);

/**
 * @brief A table whose years are those of @p base and @p overlay, with the
 *        overlay's rows replacing the base's in the overlay's years: how a
 *        new decree (loaded with pk_holidays_load_file()) extends the
 *        built-in table. The years must touch or overlap (one run of years).
 * @param out receives the table (free with pk_holidays_free()). Its strings
 *            are borrowed from @p base and @p overlay: free it before them.
 * @return #PK_OK, #PK_EINVAL (NULL argument, a gap between the years),
 *         #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_holidays_merge(pk_holiday_table **out, const pk_holiday_table *base,
                                      const pk_holiday_table *overlay, pk_error *err);

/** @brief Number of rows; 0 for NULL. */
PK_EXTERN size_t pk_holidays_count(const pk_holiday_table *t);
/** @brief Row @p i in date order, or NULL. */
PK_EXTERN const pk_holiday *pk_holidays_at(const pk_holiday_table *t, size_t i);
/** @brief First and last year the table covers. @return #PK_OK or #PK_EINVAL. */
PK_EXTERN pk_status pk_holidays_years(int *first_year, int *last_year, const pk_holiday_table *t, pk_error *err);
/**
 * @brief The holiday on @p date.
 * @return #PK_OK, #PK_ENOTFOUND (not a holiday; *out = NULL), #PK_ERANGE
 *         (year not covered), #PK_EINVAL.
 */
PK_EXTERN pk_status pk_holidays_find(const pk_holiday **out, const pk_holiday_table *t, pk_date date,
                                     pk_error *err);
/** @brief "libur_nasional", "cuti_bersama", "libur_pemilihan"; "?" otherwise. */
PK_EXTERN const char *pk_holiday_kind_name(pk_holiday_kind kind);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_HOLIDAYS_H */
