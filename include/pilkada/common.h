/**
 * @file pilkada/common.h
 * @brief Conventions shared by every libpilkada module: export macro, status
 *        codes, the caller-owned error detail, and memory release.
 *
 * Conventions (see also docs/conventions.md):
 *  - Every public name starts with `pk_` (functions, types) or `PK_` (macros,
 *    enum values).
 *  - Fallible functions return a #pk_status: #PK_OK (0) or a negative code.
 *    Out-parameters come first; on failure they are left in a defined
 *    "empty" state documented per function (usually zeroed / NULL).
 *  - An optional `pk_error *err` (may be NULL) receives the detail: status,
 *    the offending field or argument, the line/column in a parsed input, and
 *    a human-readable message. The caller owns the struct; the library never
 *    keeps a pointer to it. There is no thread-local "last error".
 *  - Ownership: a `T **out` result is owned by the caller and released with
 *    the matching `pk_T_free()` (or pk_free() for plain buffers). A `const`
 *    pointer returned by a getter is borrowed: it lives as long as its parent
 *    object, or forever when it points into the built-in static tables.
 *  - The library holds no mutable global state and needs no initialisation;
 *    every function may be called from any number of threads at once, as
 *    long as an object is not freed while another thread uses it.
 */
#ifndef PILKADA_COMMON_H
#define PILKADA_COMMON_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32) && !defined(PK_STATIC)
#  ifdef PK_BUILDING_LIBRARY
#    define PK_EXTERN __declspec(dllexport)
#  else
#    define PK_EXTERN __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define PK_EXTERN __attribute__((visibility("default")))
#else
#  define PK_EXTERN
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Status codes returned by fallible functions. 0 is success; errors are negative. */
typedef enum pk_status {
    PK_OK = 0,           /**< success */
    PK_EINVAL = -1,      /**< invalid argument: NULL pointer, bad enum value, impossible date */
    PK_ENOTFOUND = -2,   /**< no such id, code, name or table entry */
    PK_EAMBIGUOUS = -3,  /**< the input matches several entries; see the candidates */
    PK_ERANGE = -4,      /**< a value is outside the supported or tabulated range */
    PK_ENOMEM = -5,      /**< memory allocation failed */
    PK_EIO = -6,         /**< a file could not be opened, read or written */
    PK_EPARSE = -7,      /**< malformed input text (see pk_error line/column/field) */
    PK_EENCODING = -8,   /**< input is not valid UTF-8 */
    PK_ETOOLONG = -9,    /**< input string or file exceeds the documented limit */
    PK_EBUFSIZE = -10,   /**< caller-supplied output buffer is too small */
    PK_EINCOMPLETE = -11 /**< the facts given are not enough to answer; see pk_error.field */
} pk_status;

/** Lowest (most negative) status value currently defined. */
#define PK_STATUS_MIN PK_EINCOMPLETE

/**
 * @brief Short English description of a status code, e.g. "invalid argument".
 * @return a static string; never NULL (unknown codes give "unknown status").
 */
PK_EXTERN const char *pk_strerror(int status);

/**
 * @brief Stable identifier of a status code, e.g. "PK_EINVAL".
 * @return a static string; never NULL ("PK_EUNKNOWN" for unknown codes).
 */
PK_EXTERN const char *pk_status_name(int status);

/** Size of the message buffer in #pk_error. */
#define PK_ERROR_TEXT_SIZE 200
/** Size of the field-name buffer in #pk_error. */
#define PK_ERROR_FIELD_SIZE 40
/** Size of the source-name buffer in #pk_error. */
#define PK_ERROR_SOURCE_SIZE 80

/**
 * @brief Caller-owned error detail (modelled on jansson's json_error_t).
 *
 * Pass a pointer to one of these as the `err` argument of any function that
 * takes it, or NULL if you only want the status code. On failure the library
 * fills every member; on success it is left untouched. Strings are always
 * NUL-terminated and truncated (on a UTF-8 boundary) to fit.
 */
typedef struct pk_error {
    int status;                         /**< the #pk_status that was returned */
    long line;                          /**< 1-based line in the parsed input, 0 if not applicable */
    long column;                        /**< 1-based column (CSV: field number), 0 if not applicable */
    char field[PK_ERROR_FIELD_SIZE];    /**< offending argument or field name, "" if none */
    char source[PK_ERROR_SOURCE_SIZE];  /**< file name, or "<string>", or "" */
    char text[PK_ERROR_TEXT_SIZE];      /**< human-readable message */
} pk_error;

/** @brief Reset an error detail to "no error" (status 0, empty strings). NULL is ignored. */
PK_EXTERN void pk_error_clear(pk_error *err);

/**
 * @brief Release memory that the library allocated for the caller when no
 *        more specific `pk_*_free` function exists (e.g. text from
 *        pk_schedule_to_ics()). NULL is ignored.
 */
PK_EXTERN void pk_free(void *ptr);

/** Language of the human-readable text the library produces. */
typedef enum pk_lang {
    PK_LANG_EN = 0, /**< English */
    PK_LANG_ID = 1  /**< Indonesian (Bahasa Indonesia) */
} pk_lang;

/**
 * @brief Parse a language tag: "id" or "en" in any case, optionally followed
 *        by a region or locale tail ("id-ID", "id_ID.UTF-8", "en_US@euro").
 * @return #PK_OK, or #PK_EINVAL (NULL argument, or another language; *out is
 *         left as it was).
 */
PK_EXTERN pk_status pk_lang_parse(pk_lang *out, const char *text, pk_error *err);

/**
 * @brief The language a locale value asks for: #PK_LANG_ID when @p value
 *        (e.g. the value of LC_ALL, LC_MESSAGES or LANG) starts with "id"
 *        (then end, '_', '-', '.' or '@'), else #PK_LANG_EN (also for NULL,
 *        "", "C" and "POSIX"). Never fails.
 */
PK_EXTERN pk_lang pk_lang_from_locale(const char *value);

/** @brief "en" or "id"; "?" for an unknown value. */
PK_EXTERN const char *pk_lang_name(pk_lang lang);

/**
 * @brief pk_strerror() in a language: "tidak ditemukan" for #PK_ENOTFOUND in
 *        #PK_LANG_ID. Any other @p lang gives English.
 * @return a static string; never NULL.
 */
PK_EXTERN const char *pk_strerror_lang(int status, pk_lang lang);

/** Buffer size that holds any pk_format_number() text (sign, 19 digits, 6 separators, NUL). */
#define PK_NUMBER_STRLEN 28
/** Buffer size that holds any pk_format_rupiah() text. */
#define PK_RUPIAH_STRLEN 32

/**
 * @brief Format a whole number with thousands separators: "200.000.000" in
 *        #PK_LANG_ID, "200,000,000" in #PK_LANG_EN; a leading '-' if negative.
 * @param buf  receives the NUL-terminated text; #PK_NUMBER_STRLEN always suffices.
 * @return #PK_OK, #PK_EINVAL (NULL @p buf, unknown @p lang), #PK_EBUFSIZE
 *         (@p size too small; @p buf holds "" if size > 0).
 */
PK_EXTERN pk_status pk_format_number(char *buf, size_t size, int64_t value, pk_lang lang, pk_error *err);

/**
 * @brief Format an amount of Rupiah as people write it: "Rp200.000.000" in
 *        #PK_LANG_ID (no space, '.' groups, as in the statutes' own figures),
 *        "IDR 200,000,000" in #PK_LANG_EN; "-Rp5.000" / "-IDR 5,000" if negative.
 * @param buf  receives the NUL-terminated text; #PK_RUPIAH_STRLEN always suffices.
 * @return as pk_format_number().
 */
PK_EXTERN pk_status pk_format_rupiah(char *buf, size_t size, int64_t amount, pk_lang lang, pk_error *err);

/** How well a fact is sourced, as marked in the research notes and data files. */
typedef enum pk_source_status {
    PK_SOURCE_CONFIRMED = 0,     /**< seen in the regulation text or 2+ independent sources */
    PK_SOURCE_SINGLE_SOURCE = 1, /**< one source only */
    PK_SOURCE_DERIVED = 2,       /**< computed from confirmed rules or neighbouring facts */
    PK_SOURCE_UNCERTAIN = 3      /**< sources conflict or the text was not available */
} pk_source_status;

/** @brief "CONFIRMED", "SINGLE-SOURCE", "DERIVED", "UNCERTAIN"; "?" for bad values. */
PK_EXTERN const char *pk_source_status_name(pk_source_status status);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_COMMON_H */
