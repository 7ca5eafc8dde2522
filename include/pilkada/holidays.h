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
