/* Private helpers shared by the libpilkada sources and the build-time table
 * generator (tools/pkgen). Not installed; nothing here is exported. */
#ifndef PK_INTERNAL_H
#define PK_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pilkada/common.h"
#include "pilkada/date.h"

#if defined(__GNUC__) || defined(__clang__)
#define PK_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define PK_PRINTF(f, a)
#endif

#define PK_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Fill *err (if not NULL) and return status. field/source may be NULL. */
pk_status pk__fail(pk_error *err, pk_status status, const char *field, const char *fmt, ...) PK_PRINTF(4, 5);
/* Same, with a parse position. */
pk_status pk__fail_at(pk_error *err, pk_status status, const char *source, long line, long column,
                      const char *field, const char *fmt, ...) PK_PRINTF(7, 8);
#ifdef __clang_analyzer__
/* clang-tidy analyses one translation unit at a time and cannot see that
 * these return their status argument; without that it explores "failed but
 * returned PK_OK" paths that cannot happen. (util.c defines them as
 * (pk__fail) and (pk__fail_at), which these macros leave alone.) */
#define pk__fail(err, status, ...) (pk__fail((err), (status), __VA_ARGS__), (status))
#define pk__fail_at(err, status, ...) (pk__fail_at((err), (status), __VA_ARGS__), (status))
#endif
/* 1 if the first and the last w bytes (w <= n, w <= 8) of a[0..n) and
 * b[0..n) are equal; inlined with a constant w, the copies are loads. */
static inline int pk__same_ends(const char *a, const char *b, size_t n, size_t w)
{
    uint64_t x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    memcpy(&x0, a, w);
    memcpy(&y0, b, w);
    memcpy(&x1, a + n - w, w);
    memcpy(&y1, b + n - w, w);
    return x0 == y0 && x1 == y1;
}

/* 1 if a[0..n) equals b[0..n): eight bytes at a time, the last eight (or,
 * below eight, the first and last four, two or one) overlapping the ones
 * before; no byte past n is read. */
static inline int pk__same_bytes(const char *a, const char *b, size_t n)
{
    if (n < 8) /* most words */
        return n >= 4 ? pk__same_ends(a, b, n, 4) : n >= 2 ? pk__same_ends(a, b, n, 2) : n == 0 || a[0] == b[0];
    uint64_t x, y;
    for (size_t q = 0; q + 8 < n; q += 8) {
        memcpy(&x, a + q, 8);
        memcpy(&y, b + q, 8);
        if (x != y)
            return 0;
    }
    memcpy(&x, a + n - 8, 8);
    memcpy(&y, b + n - 8, 8);
    return x == y;
}

/* Versioned structs (docs/abi.md). A caller built against version v of a
 * struct passes v in its first member; the library accepts every version
 * from 1 to the current one and reads or writes only that version's bytes.
 * `sizes` lists the size of each version (sizes[v-1]); a new version appends
 * members and adds its size at the end. Returns 0 for an unknown version. */
static inline size_t pk__version_size(unsigned version, const size_t *sizes, size_t n)
{
    return version >= 1u && version <= n ? sizes[version - 1u] : 0;
}
#define PK__VERSION_SIZE(version, sizes) pk__version_size((version), (sizes), PK_ARRAY_LEN(sizes))
/* Copy a caller's versioned input struct (its version is the first member)
 * over dst, which holds the defaults: only that version's bytes are read.
 * An unknown version gives PK_EINVAL naming `field` and the struct `type`. */
pk_status pk__version_copy(void *dst, const void *src, const size_t *sizes, size_t n, const char *type,
                           const char *field, pk_error *err);
#define PK__VERSION_COPY(dst, src, sizes, type, field, err) \
    pk__version_copy((dst), (src), (sizes), PK_ARRAY_LEN(sizes), (type), (field), (err))

/* Fill *err (if not NULL and status is not PK_OK) with the status and
 * "<function>: <pk_strerror>"; returns status. For calls whose checks are
 * plain status codes (the query paths). */
pk_status pk__status_fill(pk_error *err, pk_status status, const char *function);
static inline pk_status pk__status_detail(pk_error *err, pk_status status, const char *function)
{
    return status == PK_OK || !err ? status : pk__status_fill(err, status, function);
}

/* Copy at most size-1 bytes of src into dst, never splitting a UTF-8 sequence. */
void pk__strlcpy_utf8(char *dst, const char *src, size_t size);

/* 1 if [s, s+len) is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
 * *bad_offset (optional) receives the offset of the first bad byte. */
int pk__utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* Dates as serial day numbers (days since 1970-01-01); no range checks. */
#define PK__SERIAL_MIN (-25567) /* 1900-01-01 (PK_DATE_MIN_YEAR) */
#define PK__SERIAL_MAX 84005    /* 2199-12-31 (PK_DATE_MAX_YEAR) */
int32_t pk__days_from_civil(int y, int m, int d);
void pk__civil_from_days(int32_t z, int *y, int *m, int *d);

/* Growable byte buffer for building text output. */
typedef struct pk_buf {
    char *data;
    size_t len;
    size_t cap;
    int failed; /* set on allocation failure; later appends are ignored */
} pk_buf;
void pk__buf_init(pk_buf *b);
void pk__buf_free(pk_buf *b);
void pk__buf_append(pk_buf *b, const char *s, size_t n);
void pk__buf_puts(pk_buf *b, const char *s);
void pk__buf_printf(pk_buf *b, const char *fmt, ...) PK_PRINTF(2, 3);
void pk__buf_vprintf(pk_buf *b, const char *fmt, va_list ap) PK_PRINTF(2, 0);
/* Detach the NUL-terminated contents (caller frees with free()); NULL if failed. */
char *pk__buf_detach(pk_buf *b, size_t *len);

/* Read a whole file (at most max_bytes) into a NUL-terminated malloc'd buffer. */
pk_status pk__read_file(const char *path, size_t max_bytes, char **out, size_t *len, pk_error *err);

/* Copy n bytes and a NUL (malloc'd). Generator only (region_load.c). */
char *pk__strndup(const char *s, size_t n);

/* ------------------------------------------------------------------ CSV --
 * RFC 4180 reader over an in-memory UTF-8 text. Records start on a new line;
 * a record whose first byte is '#' is a comment, except "#% key: value"
 * which is a directive. Blank lines are skipped. CRLF and LF are accepted. */
typedef struct pk_csv {
    const char *data;
    size_t len;
    size_t pos;
    long line;          /* 1-based line where the current record starts */
    long next_line;     /* line of the next unread byte */
    const char *source; /* name used in error messages */
    char *buf;          /* field bytes, each NUL-terminated */
    size_t buf_len, buf_cap;
    size_t *offs;       /* start of each field in buf */
    size_t *lens;       /* byte length of each field */
    size_t nfields, fields_cap;
    /* for directives */
    const char *dkey, *dvalue;
} pk_csv;

enum { PK_CSV_EOF = 0, PK_CSV_RECORD = 1, PK_CSV_DIRECTIVE = 2 };

/* The text must stay alive while the reader is used. The whole text is
 * checked for valid UTF-8 and NUL bytes up front (PK_EENCODING / PK_EPARSE). */
pk_status pk__csv_open(pk_csv *r, const char *text, size_t len, const char *source, pk_error *err);
/* Returns PK_CSV_RECORD, PK_CSV_DIRECTIVE, PK_CSV_EOF, or a negative pk_status. */
int pk__csv_next(pk_csv *r, pk_error *err);
void pk__csv_close(pk_csv *r);
/* Field i of the current record ("" when i >= nfields); leading/trailing
 * spaces and tabs of unquoted fields are kept: callers trim. */
const char *pk__csv_field(const pk_csv *r, size_t i);
/* Index of a header name in the given header list, or -1. */
int pk__csv_find_header(const pk_csv *r, const char *name);
/* Index of the first field of the current record whose name an earlier
 * field already has (a header naming a column twice), or -1. O(n log n). */
pk_status pk__csv_duplicate_field(const pk_csv *r, long *index);

/* The pk_source_status of its exact name ("CONFIRMED", "SINGLE-SOURCE",
 * "DERIVED", "UNCERTAIN"; see pk_source_status_name()), or -1. */
int pk__source_status_parse(const char *s);

/* Index of s in names[0..n), or -1 (also for s == NULL). The one keyword
 * lookup of the data loaders and the slug parsers. */
int pk__lookup_name(const char *const *names, int n, const char *s);
/* A text in a language from pairs[i] = {English, Indonesian}: for PK_LANG_ID
 * the Indonesian of the pair whose English is en (the same pointer or equal
 * text), else en itself (also for a text not in the pairs, or NULL). */
const char *pk__text_in_lang(const char *en, const char *const (*pairs)[2], size_t n, pk_lang lang);

/* Trim ASCII spaces/tabs in place and return s. */
char *pk__trim(char *s);

/* The next word, from *pos on (start at 0), of the date reader's word
 * table (date_text.c) that every
 * date expression pk_date_scan() finds without digits joined by '/', '-' or
 * '.' ("17/9", "27-11-2024") must contain: a month, a weekday, a unit of
 * time, "kemarin", "lusa", "lalu", "depan", "akhir", "sehari"... (lower-case
 * ASCII letters); *pos moves past it. NULL after the last. A text without any of these
 * words and without such digits holds no date expression (the text engine
 * skips reading it; extract.c). */
const char *pk__date_anchor_word(size_t *pos);
/* pk_date_scan() on text the caller has checked to be valid UTF-8 (the text
 * engine validates the whole text once, then reads dates in windows of it). */
pk_status pk__date_scan_utf8(pk_date_match *out, size_t cap, size_t *total, const char *text, size_t len,
                             const pk_date_text_options *opts);
/* A word the date reader may take as read instead of reading its bytes
 * again (the text engine's words): bytes [start, end) of the text scanned are
 * ASCII letters, a letter neither before start nor at end, and the byte at end
 * (if any) is ASCII but no apostrophe (the reader's own word ends there too);
 * word is pk__date_word_index() of the letters in lower case. */
typedef struct pk__date_word {
    size_t start, end;
    unsigned word;
} pk__date_word;
/* The date reader's table entry of the lower-case ASCII word w[0..n)
 * (NUL-terminated) as 1 + its index, or 0 when the table has no such word. */
unsigned pk__date_word_index(const char *w, size_t n);
/* pk__date_scan_utf8() given the words of the text the caller has read
 * (hints[0..nhints), in text order): the same answers, with less reading. */
pk_status pk__date_scan_words(pk_date_match *out, size_t cap, size_t *total, const char *text, size_t len,
                              const pk_date_text_options *opts, const pk__date_word *hints, size_t nhints);

#endif /* PK_INTERNAL_H */
