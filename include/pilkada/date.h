/**
 * @file pilkada/date.h
 * @brief Calendar dates without time or time zone: strict ISO 8601 parsing,
 *        formatting and day arithmetic (proleptic Gregorian calendar), and
 *        the reader of dates as Indonesian texts write them.
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
 * @param size size of @p buf in bytes.
 * @param d    the date.
 * @param err  optional error detail.
 * @return #PK_OK, #PK_EINVAL (invalid date or NULL buf; buf gets "" if size>0),
 *         #PK_EBUFSIZE (size < #PK_DATE_STRLEN).
 */
PK_EXTERN pk_status pk_date_format(char *buf, size_t size, pk_date d, pk_error *err);

/**
 * @brief Serial day number: days since 1970-01-01 (negative before it).
 * @param out receives the day number; 0 on failure.
 * @param d   the date.
 * @param err optional error detail.
 * @return #PK_OK or #PK_EINVAL for an invalid date or NULL out.
 */
PK_EXTERN pk_status pk_date_to_serial(int32_t *out, pk_date d, pk_error *err);

/**
 * @brief Date of a serial day number (inverse of pk_date_to_serial()).
 * @param out    receives the date; {0,0,0} on failure.
 * @param serial days since 1970-01-01.
 * @param err    optional error detail.
 * @return #PK_OK, #PK_EINVAL (NULL out), #PK_ERANGE (outside the supported range).
 */
PK_EXTERN pk_status pk_date_from_serial(pk_date *out, int32_t serial, pk_error *err);

/**
 * @brief @p d plus @p days calendar days (negative goes back).
 * @param out  receives the date; {0,0,0} on failure.
 * @param d    the start date.
 * @param days calendar days to add.
 * @param err  optional error detail.
 * @return #PK_OK, #PK_EINVAL (invalid @p d or NULL out), #PK_ERANGE (result out of range).
 */
PK_EXTERN pk_status pk_date_add_days(pk_date *out, pk_date d, int32_t days, pk_error *err);

/**
 * @brief @p d plus @p months calendar months; a day past the end of the
 *        target month is clamped to its last day (2024-08-31 - 6 months =
 *        2024-02-29). Used for windows such as "6 months before penetapan".
 * @param out    receives the date; {0,0,0} on failure.
 * @param d      the start date.
 * @param months calendar months to add.
 * @param err    optional error detail.
 * @return #PK_OK, #PK_EINVAL, #PK_ERANGE.
 */
PK_EXTERN pk_status pk_date_add_months(pk_date *out, pk_date d, int32_t months, pk_error *err);

/**
 * @brief Number of days from @p from to @p to (to - from; negative if @p to is earlier).
 * @param out  receives the difference; 0 on failure.
 * @param from the first date.
 * @param to   the second date.
 * @param err  optional error detail.
 * @return #PK_OK or #PK_EINVAL (invalid date or NULL out; *out = 0).
 */
PK_EXTERN pk_status pk_date_diff_days(int32_t *out, pk_date from, pk_date to, pk_error *err);

/**
 * @brief ISO weekday of @p d.
 * @return #PK_MONDAY..#PK_SUNDAY, or #PK_EINVAL (negative) for an invalid date.
 */
PK_EXTERN int pk_date_weekday(pk_date d);

/** Buffer size that holds any pk_date_format_long() text, e.g. "Wednesday, 27 September 2024". */
#define PK_DATE_LONG_STRLEN 40

/**
 * @brief Name of an ISO weekday (#PK_MONDAY..#PK_SUNDAY): "Senin".."Minggu"
 *        in #PK_LANG_ID, "Monday".."Sunday" in #PK_LANG_EN.
 * @return a static string, or "?" for an out-of-range weekday or language.
 */
PK_EXTERN const char *pk_weekday_name(int weekday, pk_lang lang);

/**
 * @brief Name of a month 1..12: "Januari".."Desember" in #PK_LANG_ID,
 *        "January".."December" in #PK_LANG_EN.
 * @return a static string, or "?" for an out-of-range month or language.
 */
PK_EXTERN const char *pk_month_name(int month, pk_lang lang);

/**
 * @brief A date written out for people: "Rabu, 27 November 2024" in
 *        #PK_LANG_ID, "Wednesday, 27 November 2024" in #PK_LANG_EN (day
 *        first in both, as Indonesian documents write it).
 * @param buf  receives the NUL-terminated text; #PK_DATE_LONG_STRLEN always suffices.
 * @return #PK_OK, #PK_EINVAL (NULL @p buf, invalid date or unknown @p lang),
 *         #PK_EBUFSIZE (@p size too small; @p buf holds "" if size > 0).
 */
PK_EXTERN pk_status pk_date_format_long(char *buf, size_t size, pk_date d, pk_lang lang, pk_error *err);

/**
 * @brief Compare two dates: negative if a < b, 0 if equal, positive if a > b.
 *        Works on the fields alone; invalid dates compare by their fields.
 */
PK_EXTERN int pk_date_compare(pk_date a, pk_date b);

/* ------------------------------------------------------------------------
 * Dates as people write them (libpilkada/date_text.c)
 * ------------------------------------------------------------------------ */

/**
 * @name Dates as people write them
 *
 * Two entry points share one reader of Indonesian (and English) date
 * expressions: pk_date_parse_loose() reads a whole string as one day, for
 * command-line options and bindings; pk_date_scan() finds every date
 * expression in a running text, for the text engine.
 *
 * Forms read (case-insensitive; ASCII spaces, tabs, newlines and U+00A0 count
 * as spaces):
 *  - ISO `2024-11-27` (also `2024-1-5`);
 *  - day first with digits: `27/11/2024`, `27-11-2024`, `27.11.2024`
 *    (one or two digits for day and month, four for the year, one kind of
 *    separator). **The day always comes first** (Indonesian usage):
 *    `11/12/2024` is 11 December 2024, never 12 November;
 *  - month names: `27 November 2024`, `27 Nov 2024`, `27 Nov. 2024`,
 *    `27-Nov-2024`, English `November 27, 2024`, and `November 2024` (the
 *    whole month, a range). Month names: Januari..Desember with the old and
 *    short spellings (Pebruari, Nopember, Agt/Agu/Ags, Sept/Sep, Okt, Des,
 *    Nop, Peb, ...) and the English names and abbreviations;
 *  - an optional weekday before the date: `Rabu, 27 November 2024`,
 *    `Rabu 27/11/2024`, `Rabu (27/11/2024)`, `Jumat, [11/10]` (square
 *    brackets after a weekday), `Jumat tanggal 9 Oktober 2020` (as official
 *    reports write it), with a part of the day between
 *    (`Rabu pagi, 27 November 2024`, `Rabu malam (23/10)`, `Selasa dini hari
 *    (26/11)`, `Senin subuh (25/11)`) (Senin..Minggu,
 *    Ahad, Jumat / Jum'at, and English Monday..Sunday). The weekday is
 *    checked against the date, never trusted over it;
 *  - a two-digit year **only with a written weekday** that settles it
 *    (`Kamis (29/10/20)`, as news write the statement's day): of the
 *    readings 19yy and 20yy day first and 20dd-mm-yy year first, exactly one
 *    must fall on the weekday and read day first (29 October 2020 was a
 *    Thursday; 29 October 1920 a Friday, 20 October 2029 a Saturday). Two
 *    centuries of one day and month never share a weekday, so the weekday
 *    decides. The year-first reading counts only where the context allows
 *    it: inside the options' year window when one is given, and not after
 *    the reference date when one is given (`Senin, 25/11/24` read against 25
 *    November 2024 is that day, although 24 November 2025 was a Monday
 *    too). The year is then flagged #PK_DATE_FLAG_YEAR_INFERRED,
 *    #PK_DATE_FLAG_YEAR_FROM_WEEKDAY and #PK_DATE_FLAG_TWO_DIGIT_YEAR (and
 *    pk_date_parse_loose() accepts it only with
 *    #PK_DATE_TEXT_ACCEPT_INFERRED). A three-digit year with a leading zero
 *    (`Jumat (14/3/025)`, a dropped digit) is read as its last two digits
 *    under the same condition.
 *
 * Refused on purpose, because they cannot be read without guessing (the
 * message, or the scanner's flags, show the reading that would be taken):
 * two-digit years (`27/11/24`: 2024 or 1924, or year first 2027-11-24),
 * year first with '/' or '.' (`2024/11/12`), and impossible dates (`29/02/2023`, `31/11/2024`, `32 Januari 2024`, a
 * month 13..99, which is also how a month-first `11/27/2024` shows up).
 *
 * pk_date_scan() also reads, against the reference date of the options (the
 * publication or report date):
 *  - dates without a year: `Selasa (17/9)`, `(17/9)`, `tanggal 17/9`,
 *    `17 September`. The year is the latest one that puts the day **at or
 *    before** the reference date (news report the past): with reference
 *    2024-11-28, `17 September` is 2024-09-17 and `5 Desember` is
 *    2023-12-05. A following `mendatang`, `nanti` or `depan` turns this
 *    round: the earliest year at or after the reference
 *    (`27 November mendatang`); a following `lalu`, `silam` or `kemarin` is part of the
 *    expression and keeps the rule. **Without a reference date**, a
 *    year-less date with a written weekday takes its year from the year
 *    window of the options (version 2: `year_first..year_last`, e.g. the
 *    years of a Pilkada cycle's stages and re-votes) when exactly one year of
 *    the window puts that day on that weekday: under 2023..2025,
 *    `Jumat (18/4)` is 2025-04-18 (18 April 2024 was a Thursday), flagged
 *    #PK_DATE_FLAG_YEAR_INFERRED and #PK_DATE_FLAG_YEAR_FROM_WEEKDAY (any
 *    three consecutive years give a day/month three different weekdays, so
 *    such a window decides or finds none). No year fits, or several do (a
 *    wider window), or no weekday is written: unresolved with
 *    #PK_DATE_FLAG_NEEDS_REFERENCE (and #PK_DATE_FLAG_AMBIGUOUS for several).
 *    A relative word between weekday and date (`Senin kemarin (25/11)`,
 *    `Senin lalu (25/11)`, `Kamis depan (5/12)`) is part of the expression:
 *    the written date wins, and when a reference is given the words must
 *    name the same day (the latest Monday before the reference, the first
 *    Thursday after it), else #PK_DATE_FLAG_RELATIVE_MISMATCH is set, as a
 *    contradicting weekday is. A bare `17/9` without a weekday,
 *    parentheses or "tanggal" before it is not read (it is as often a score
 *    or a fraction). A part of the day between weekday and date is allowed
 *    (`Rabu malam (23/10)`);
 *  - ranges: `25-27 November 2024`, `25 September hingga 23 November 2024`,
 *    `sejak 1 Oktober sampai 3 Oktober`, `1 s.d. 5 Oktober 2024`,
 *    `25/11/2024 - 27/11/2024` (connectors: -, en and em dash, hingga, sampai, sampai
 *    dengan, s.d., s/d, to, until). The first side takes its missing month
 *    and year from the second; a first side that would then fall after the
 *    second takes the year before (`25 Desember - 5 Januari 2025`). Two
 *    days of one month joined by `dan` or `atau` (`18 dan 19 April 2025`,
 *    `8 atau 9 November`) are not one day either: the range they span;
 *  - relative expressions: `hari ini`, `kemarin`, `kemarin lusa`,
 *    `N hari (yang) lalu` / `silam` with N in digits or words (satu..sembilan
 *    belas, dua puluh..., sehari), `Senin lalu` / `Senin kemarin` /
 *    `hari Minggu lalu` (the latest such weekday strictly before the reference),
 *    `pekan lalu` / `minggu lalu` / `N pekan lalu` (the Monday..Sunday week,
 *    a range), `akhir pekan lalu` (its Saturday..Sunday), `pekan ini`,
 *    `bulan lalu` / `N bulan lalu` / `bulan ini` (a calendar month),
 *    `tahun lalu` / `tahun ini` (a calendar year), and with `depan` /
 *    `mendatang` the next week, month, year or weekday (`pekan depan`,
 *    `Senin depan`). `Minggu lalu` written with
 *    a capital inside a sentence may mean "last Sunday" or "last week": it is
 *    reported #PK_DATE_KIND_UNRESOLVED with #PK_DATE_FLAG_AMBIGUOUS;
 *  - a weekday standing alone (`pada Senin`) is reported as
 *    #PK_DATE_KIND_UNRESOLVED with its weekday: it cannot be pinned to a day;
 *    so is `beberapa hari lalu` ("a few days ago").
 *
 * Limits: `kemarin` is read literally (the day before the reference),
 * although Indonesian speech also uses it for "recently"; callers that need
 * certainty should treat #PK_DATE_FLAG_RELATIVE results as leads. Times of
 * day, Hijri dates and years standing alone (`pada 2021`) are not read.
 * @{
 */

/** Current version of #pk_date_text_options (2 appended the year window). */
#define PK_DATE_TEXT_OPTIONS_VERSION 2

/**
 * pk_date_parse_loose() flag: accept an expression that needs the reference
 * date (a date without a year, `kemarin`, `Senin lalu`) and resolve it; by
 * default such input is refused with a message that shows the reading.
 */
#define PK_DATE_TEXT_ACCEPT_INFERRED 0x1u

/** Options of pk_date_parse_loose() and pk_date_scan(). Initialise with #PK_DATE_TEXT_OPTIONS_INIT. */
typedef struct pk_date_text_options {
    unsigned version;  /**< #PK_DATE_TEXT_OPTIONS_VERSION (1..current accepted) */
    pk_date reference; /**< the publication or report date; {0,0,0} for none */
    unsigned flags;    /**< PK_DATE_TEXT_* flags; 0 by default */
    /* version 2 */
    int year_first;    /**< year window for year-less dates with a weekday when there is no reference
                            (e.g. a Pilkada cycle's years, 2023..2025 for 2024); 0 and 0: none */
    int year_last;     /**< last year of the window (year_first..year_last, within 1900..2199) */
} pk_date_text_options;

/** Default options: no reference date, no flags, no year window. */
#define PK_DATE_TEXT_OPTIONS_INIT {PK_DATE_TEXT_OPTIONS_VERSION, {0, 0, 0}, 0u, 0, 0}

/** What a found date expression designates. */
typedef enum pk_date_kind {
    PK_DATE_KIND_DATE = 1,      /**< one day: from == to */
    PK_DATE_KIND_RANGE = 2,     /**< the days from..to, both included */
    PK_DATE_KIND_UNRESOLVED = 3 /**< a date expression that cannot be pinned down (see the flags); from, to zero */
} pk_date_kind;

/** @brief "date", "range", "unresolved"; "?" for other values. */
PK_EXTERN const char *pk_date_kind_name(pk_date_kind kind);

#define PK_DATE_FLAG_YEAR_INFERRED 0x01u    /**< the year was not written (or only two of its digits); taken from the reference date, the year window or the weekday */
#define PK_DATE_FLAG_RELATIVE 0x02u         /**< computed from the reference date (kemarin, pekan lalu, ...) */
#define PK_DATE_FLAG_WEEKDAY_MISMATCH 0x04u /**< the written weekday is not the date's weekday (date kept as written) */
#define PK_DATE_FLAG_NEEDS_REFERENCE 0x08u  /**< unresolved: no reference date was given */
#define PK_DATE_FLAG_INVALID 0x10u          /**< unresolved: the date does not exist (31/11/2024), is outside 1900..2199, or a range runs backwards */
#define PK_DATE_FLAG_AMBIGUOUS 0x20u        /**< unresolved: more than one reading (27/11/24, 2024/11/12, Minggu lalu) */
#define PK_DATE_FLAG_WEEKDAY 0x40u          /**< a weekday is written (see pk_date_match.weekday) */
#define PK_DATE_FLAG_PARTS_SHARED 0x80u     /**< a range's first side took its month or year from the second */
#define PK_DATE_FLAG_YEAR_FROM_WEEKDAY 0x100u /**< with #PK_DATE_FLAG_YEAR_INFERRED: the year is the only one where the written weekday fits: of the options' window (no reference), or of the centuries of a two-digit year (#PK_DATE_FLAG_TWO_DIGIT_YEAR) */
#define PK_DATE_FLAG_RELATIVE_MISMATCH 0x200u /**< relative words beside a written date (`Senin kemarin (25/11)`) name another day against the reference (date kept as written) */
#define PK_DATE_FLAG_TWO_DIGIT_YEAR 0x400u /**< with #PK_DATE_FLAG_YEAR_INFERRED and #PK_DATE_FLAG_YEAR_FROM_WEEKDAY: the year was written with two digits (`Kamis (29/10/20)`); its century is the only one where the written weekday fits */

/** Current version of #pk_date_match. */
#define PK_DATE_MATCH_VERSION 1

/**
 * One date expression found by pk_date_scan(). The caller allocates the
 * array; set `version` of its first element (#PK_DATE_MATCH_INIT): the
 * library reads it to know the size of the elements, and writes each result
 * with that version. Later versions only append members.
 */
typedef struct pk_date_match {
    unsigned version;  /**< #PK_DATE_MATCH_VERSION */
    size_t start;      /**< byte offset of the expression in the text */
    size_t end;        /**< byte offset just past it */
    pk_date_kind kind; /**< date, range or unresolved */
    pk_date from;      /**< the day (kind date) or the first day (range); {0,0,0} when unresolved */
    pk_date to;        /**< the same day (date) or the last day (range); {0,0,0} when unresolved */
    unsigned flags;    /**< PK_DATE_FLAG_* bits */
    int weekday;       /**< the weekday written (#PK_MONDAY..#PK_SUNDAY, of the last side of a range), 0 if none */
} pk_date_match;

/** Initialiser of a #pk_date_match (enough for the first element of an array). */
#define PK_DATE_MATCH_INIT {PK_DATE_MATCH_VERSION, 0, 0, PK_DATE_KIND_UNRESOLVED, {0, 0, 0}, {0, 0, 0}, 0u, 0}

/** Longest input pk_date_parse_loose() reads, in bytes. */
#define PK_DATE_LOOSE_MAX 200

/**
 * @brief Read a whole string as one day, in any form listed above.
 *
 * Surrounding spaces are allowed; anything else must be part of the one
 * date expression. A valid ISO date gives exactly what pk_date_parse()
 * gives. Ambiguous or impossible input is refused with a message that names
 * the reading it would take (e.g. "'27/11/24' has a two-digit year; write
 * 27/11/2024 if 2024-11-27 is meant"). An expression that needs the reference
 * date (`Selasa (17/9)`, `kemarin`) is accepted only with
 * #PK_DATE_TEXT_ACCEPT_INFERRED and a reference; a range (`25-27 November
 * 2024`, `November 2024`) is never one day.
 * @param out  receives the date; {0,0,0} on failure. Must not be NULL.
 * @param text NUL-terminated UTF-8 input.
 * @param opts options, or NULL for #PK_DATE_TEXT_OPTIONS_INIT.
 * @param err  optional error detail.
 * @return #PK_OK, #PK_EINVAL (NULL argument, bad options), #PK_EPARSE (not
 *         one date, ambiguous, impossible, weekday contradicts the date),
 *         #PK_ERANGE (year outside 1900..2199), #PK_EENCODING (invalid
 *         UTF-8), #PK_ETOOLONG (longer than #PK_DATE_LOOSE_MAX bytes).
 */
PK_EXTERN pk_status pk_date_parse_loose(pk_date *out, const char *text, const pk_date_text_options *opts,
                                        pk_error *err);

/** @brief As pk_date_parse_loose() for @p len bytes that need not be NUL-terminated (a NUL byte is an error). */
PK_EXTERN pk_status pk_date_parse_loose_n(pk_date *out, const char *text, size_t len,
                                          const pk_date_text_options *opts, pk_error *err);

/**
 * @brief Find every date expression in a UTF-8 text.
 *
 * Expressions are found left to right, longest first, without overlap; each
 * takes time bounded by a constant, so the whole scan is linear in @p len and
 * allocates nothing. Digits glued to letters or to other numbers by '/', '-'
 * or '.' (letter numbers such as `001/PP.01/11/2024`) are not dates.
 * @param out   caller's array of @p cap results (may be NULL when @p cap is
 *              0); `out[0].version` must be 1..#PK_DATE_MATCH_VERSION.
 * @param cap   number of elements of @p out.
 * @param total receives the number of expressions in the text, which may be
 *              more than @p cap (0 on failure). Must not be NULL.
 * @param text  UTF-8 text (NUL bytes are ordinary non-letters).
 * @param len   its length in bytes.
 * @param opts  options (the reference date), or NULL for none.
 * @param err   optional error detail.
 * @return #PK_OK; #PK_EBUFSIZE when @p total > @p cap (the first @p cap
 *         results are filled); #PK_EINVAL (NULL argument, bad version);
 *         #PK_EENCODING (invalid UTF-8; nothing is scanned).
 */
PK_EXTERN pk_status pk_date_scan(pk_date_match *out, size_t cap, size_t *total, const char *text, size_t len,
                                 const pk_date_text_options *opts, pk_error *err);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_DATE_H */
