/* Error detail, status names, UTF-8 checks, buffers and file reading. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct {
    int code;
    const char *name;
    const char *text;
    const char *text_id; /* Indonesian */
} pk_status_info;

static const pk_status_info status_table[] = {
    {PK_OK, "PK_OK", "success", "berhasil"},
    {PK_EINVAL, "PK_EINVAL", "invalid argument", "argumen tidak sah"},
    {PK_ENOTFOUND, "PK_ENOTFOUND", "not found", "tidak ditemukan"},
    {PK_EAMBIGUOUS, "PK_EAMBIGUOUS", "ambiguous: several entries match", "ambigu: lebih dari satu entri cocok"},
    {PK_ERANGE, "PK_ERANGE", "value out of the supported range", "nilai di luar rentang yang didukung"},
    {PK_ENOMEM, "PK_ENOMEM", "out of memory", "memori habis"},
    {PK_EIO, "PK_EIO", "input/output error", "galat masukan/keluaran"},
    {PK_EPARSE, "PK_EPARSE", "malformed input", "masukan tidak berbentuk benar"},
    {PK_EENCODING, "PK_EENCODING", "invalid UTF-8", "UTF-8 tidak sah"},
    {PK_ETOOLONG, "PK_ETOOLONG", "input too long", "masukan terlalu panjang"},
    {PK_EBUFSIZE, "PK_EBUFSIZE", "output buffer too small", "penyangga keluaran terlalu kecil"},
    {PK_EINCOMPLETE, "PK_EINCOMPLETE", "facts incomplete for this question", "fakta belum cukup untuk pertanyaan ini"},
};

static const pk_status_info *status_lookup(int status)
{
    for (size_t i = 0; i < PK_ARRAY_LEN(status_table); i++)
        if (status_table[i].code == status)
            return &status_table[i];
    return NULL;
}

const char *pk_strerror(int status)
{
    const pk_status_info *s = status_lookup(status);
    return s ? s->text : "unknown status";
}

const char *pk_strerror_lang(int status, pk_lang lang)
{
    const pk_status_info *s = status_lookup(status);
    if (lang == PK_LANG_ID)
        return s ? s->text_id : "status tidak dikenal";
    return s ? s->text : "unknown status";
}

const char *pk_status_name(int status)
{
    const pk_status_info *s = status_lookup(status);
    return s ? s->name : "PK_EUNKNOWN";
}

const char *pk_source_status_name(pk_source_status status)
{
    switch (status) {
    case PK_SOURCE_CONFIRMED: return "CONFIRMED";
    case PK_SOURCE_SINGLE_SOURCE: return "SINGLE-SOURCE";
    case PK_SOURCE_DERIVED: return "DERIVED";
    case PK_SOURCE_UNCERTAIN: return "UNCERTAIN";
    }
    return "?";
}

int pk__source_status_parse(const char *s)
{
    for (int i = PK_SOURCE_CONFIRMED; i <= PK_SOURCE_UNCERTAIN; i++)
        if (strcmp(s, pk_source_status_name((pk_source_status)i)) == 0)
            return i;
    return -1;
}

void pk_error_clear(pk_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

void pk_free(void *ptr)
{
    free(ptr);
}

void pk__strlcpy_utf8(char *dst, const char *src, size_t size)
{
    if (!dst || size == 0)
        return;
    if (!src)
        src = "";
    size_t n = strlen(src);
    if (n >= size) {
        n = size - 1;
        /* back up over UTF-8 continuation bytes so no sequence is split */
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static pk_status fail_v(pk_error *err, pk_status status, const char *source, long line, long column,
                        const char *field, const char *fmt, va_list ap) PK_PRINTF(7, 0);

static pk_status fail_v(pk_error *err, pk_status status, const char *source, long line, long column,
                        const char *field, const char *fmt, va_list ap)
{
    if (!err)
        return status;
    err->status = status;
    err->line = line;
    err->column = column;
    pk__strlcpy_utf8(err->field, field, sizeof err->field);
    pk__strlcpy_utf8(err->source, source, sizeof err->source);
    char tmp[PK_ERROR_TEXT_SIZE * 2];
    vsnprintf(tmp, sizeof tmp, fmt, ap); /* NOLINT(clang-analyzer-valist.Uninitialized): ap comes from va_start in the caller; clang-analyzer 14 loses it after pk__utf8_valid()'s 8-byte loop */
    pk__strlcpy_utf8(err->text, tmp, sizeof err->text);
    return status;
}

pk_status pk__version_copy(void *dst, const void *src, const size_t *sizes, size_t n, const char *type,
                           const char *field, pk_error *err)
{
    unsigned version;
    memcpy(&version, src, sizeof version);
    size_t size = pk__version_size(version, sizes, n);
    if (!size)
        return (pk__fail)(err, PK_EINVAL, field, "unknown %s version %u (1 to %zu)", type, version, n);
    memcpy(dst, src, size);
    return PK_OK;
}

pk_status pk__status_fill(pk_error *err, pk_status status, const char *function)
{
    return (pk__fail)(err, status, NULL, "%s: %s", function, pk_strerror(status));
}

pk_status(pk__fail)(pk_error *err, pk_status status, const char *field, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pk_status s = fail_v(err, status, NULL, 0, 0, field, fmt, ap);
    va_end(ap);
    return s;
}

pk_status(pk__fail_at)(pk_error *err, pk_status status, const char *source, long line, long column,
                        const char *field, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pk_status s = fail_v(err, status, source, line, column, field, fmt, ap);
    va_end(ap);
    return s;
}

int pk__utf8_valid(const char *str, size_t len, size_t *bad_offset)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        size_t n;
        unsigned cp;
        if (c < 0x80) {
            i++;
            /* runs of ASCII (most of any text) eight bytes at a time */
            while (i + 8 <= len) {
                uint64_t w;
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080ull)
                    break;
                i += 8;
            }
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            goto bad;
        }
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
                goto bad;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            goto bad;
        i += n + 1;
    }
    return 1;
bad:
    if (bad_offset)
        *bad_offset = i;
    return 0;
}

const char *pk__text_in_lang(const char *en, const char *const (*pairs)[2], size_t n, pk_lang lang)
{
    for (size_t i = 0; en && lang == PK_LANG_ID && i < n; i++)
        if (en == pairs[i][0] || strcmp(en, pairs[i][0]) == 0)
            return pairs[i][1];
    return en;
}

int pk__lookup_name(const char *const *names, int n, const char *s)
{
    if (!s)
        return -1;
    for (int i = 0; i < n; i++)
        if (names[i][0] == s[0] && strcmp(names[i], s) == 0) /* first byte first: most names differ there */
            return i;
    return -1;
}

char *pk__trim(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    size_t i = 0;
    while (s[i] == ' ' || s[i] == '\t')
        i++;
    if (i)
        memmove(s, s + i, n - i + 1);
    return s;
}

/* ---------------------------------------------------------------- buffers */

void pk__buf_init(pk_buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

void pk__buf_free(pk_buf *b)
{
    free(b->data);
    pk__buf_init(b);
}

static int buf_reserve(pk_buf *b, size_t extra)
{
    if (b->failed)
        return 0;
    if (extra > SIZE_MAX / 2 - b->len) {
        b->failed = 1;
        return 0;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return 0;
    }
    b->data = p;
    b->cap = cap;
    return 1;
}

void pk__buf_append(pk_buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void pk__buf_puts(pk_buf *b, const char *s)
{
    pk__buf_append(b, s, strlen(s));
}

/* 1 when every conversion of fmt is a plain %s (the renderers' usual case) */
static int only_strings(const char *fmt)
{
    for (const char *f = fmt; (f = strchr(f, '%')) != NULL; f += 2)
        if (f[1] != 's')
            return 0;
    return 1;
}

void pk__buf_vprintf(pk_buf *b, const char *fmt, va_list ap)
{
    if (only_strings(fmt)) { /* the same text as vsnprintf, without its cost */
        for (const char *p = fmt, *q; *p; p = q + 2) {
            if ((q = strchr(p, '%')) == NULL) {
                pk__buf_append(b, p, strlen(p));
                break;
            }
            pk__buf_append(b, p, (size_t)(q - p));
            const char *arg = va_arg(ap, const char *);
            if (!arg)
                arg = "(null)";
            pk__buf_append(b, arg, strlen(arg));
        }
        return;
    }
    char tmp[512];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap); /* NOLINT(clang-analyzer-valist.Uninitialized): the caller's va_start (see fail_v) */
    if (n < 0) {
        b->failed = 1;
    } else if ((size_t)n < sizeof tmp) {
        pk__buf_append(b, tmp, (size_t)n);
    } else if (buf_reserve(b, (size_t)n)) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
}

void pk__buf_printf(pk_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pk__buf_vprintf(b, fmt, ap);
    va_end(ap);
}

char *pk__buf_detach(pk_buf *b, size_t *len)
{
    if (b->failed) {
        pk__buf_free(b);
        if (len)
            *len = 0;
        return NULL;
    }
    if (!b->data) { /* nothing appended: detach "" (buf_reserve leaves the bytes unset) */
        if (!buf_reserve(b, 0)) {
            pk__buf_free(b);
            if (len)
                *len = 0;
            return NULL;
        }
        b->data[0] = '\0';
    }
    char *p = b->data;
    if (len)
        *len = b->len;
    pk__buf_init(b);
    return p;
}

pk_status pk__read_file(const char *path, size_t max_bytes, char **out, size_t *len, pk_error *err)
{
    *out = NULL;
    *len = 0;
    if (!path)
        return pk__fail(err, PK_EINVAL, "path", "path is NULL");
    FILE *f = fopen(path, "rb");
    if (!f)
        return pk__fail_at(err, PK_EIO, path, 0, 0, "path", "cannot open %s: %s", path, strerror(errno));
    pk_buf b;
    pk__buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > max_bytes) {
            fclose(f);
            pk__buf_free(&b);
            return pk__fail_at(err, PK_ETOOLONG, path, 0, 0, "path", "%s is larger than %zu bytes", path,
                               max_bytes);
        }
        pk__buf_append(&b, chunk, n);
    }
    int rd_err = ferror(f);
    fclose(f);
    if (rd_err) {
        pk__buf_free(&b);
        return pk__fail_at(err, PK_EIO, path, 0, 0, "path", "error reading %s", path);
    }
    size_t l = 0;
    char *p = pk__buf_detach(&b, &l);
    if (!p)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory reading %s", path);
    *out = p;
    *len = l;
    return PK_OK;
}
