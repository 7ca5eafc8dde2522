/* RFC 4180 CSV reader with comments and "#% key: value" directives. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

pk_status pk__csv_open(pk_csv *r, const char *text, size_t len, const char *source, pk_error *err)
{
    memset(r, 0, sizeof *r);
    r->source = source ? source : "<string>";
    r->line = r->next_line = 1;
    if (!text)
        return pk__fail(err, PK_EINVAL, "text", "CSV text is NULL");
    size_t bad = 0;
    if (!pk__utf8_valid(text, len, &bad)) {
        long line = 1;
        for (size_t i = 0; i < bad; i++)
            line += text[i] == '\n';
        return pk__fail_at(err, PK_EENCODING, r->source, line, 0, NULL, "invalid UTF-8 at byte offset %zu", bad);
    }
    const char *nul = memchr(text, '\0', len);
    if (nul) {
        long line = 1;
        for (const char *p = text; p < nul; p++)
            line += *p == '\n';
        return pk__fail_at(err, PK_EPARSE, r->source, line, 0, NULL, "NUL byte in text");
    }
    /* skip a UTF-8 byte-order mark, as spreadsheet programs write one */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    r->data = text;
    r->len = len;
    return PK_OK;
}

void pk__csv_close(pk_csv *r)
{
    free(r->buf);
    free(r->offs);
    free(r->lens);
    r->buf = NULL;
    r->offs = r->lens = NULL;
    r->nfields = r->fields_cap = r->buf_len = r->buf_cap = 0;
}

static int put_byte(pk_csv *r, char c)
{
    if (r->buf_len + 1 >= r->buf_cap) {
        size_t cap = r->buf_cap ? r->buf_cap * 2 : 512;
        char *p = realloc(r->buf, cap);
        if (!p)
            return 0;
        r->buf = p;
        r->buf_cap = cap;
    }
    r->buf[r->buf_len++] = c;
    return 1;
}

static int start_field(pk_csv *r)
{
    if (r->nfields == r->fields_cap) {
        size_t cap = r->fields_cap ? r->fields_cap * 2 : 16;
        size_t *o = realloc(r->offs, cap * sizeof *o);
        if (!o)
            return 0;
        r->offs = o;
        size_t *l = realloc(r->lens, cap * sizeof *l);
        if (!l)
            return 0;
        r->lens = l;
        r->fields_cap = cap;
    }
    r->offs[r->nfields] = r->buf_len;
    r->lens[r->nfields] = 0;
    r->nfields++;
    return 1;
}

static int end_field(pk_csv *r)
{
    r->lens[r->nfields - 1] = r->buf_len - r->offs[r->nfields - 1];
    return put_byte(r, '\0');
}

/* Consume one physical line (used for comments and directives). */
static size_t line_end(const pk_csv *r, size_t pos)
{
    const char *nl = memchr(r->data + pos, '\n', r->len - pos);
    return nl ? (size_t)(nl - r->data) : r->len;
}

int pk__csv_next(pk_csv *r, pk_error *err)
{
    r->nfields = 0;
    r->buf_len = 0;
    r->dkey = r->dvalue = NULL;
    /* skip blank lines and comments */
    for (;;) {
        if (r->pos >= r->len)
            return PK_CSV_EOF;
        char c = r->data[r->pos];
        if (c == '\n' || (c == '\r' && r->pos + 1 < r->len && r->data[r->pos + 1] == '\n')) {
            r->pos += c == '\r' ? 2 : 1;
            r->next_line++;
            continue;
        }
        if (c == '#') {
            size_t e = line_end(r, r->pos);
            r->line = r->next_line;
            if (r->pos + 1 < r->len && r->data[r->pos + 1] == '%') {
                size_t s = r->pos + 2;
                size_t stop = e;
                if (stop > s && r->data[stop - 1] == '\r')
                    stop--;
                r->pos = e < r->len ? e + 1 : e;
                r->next_line++;
                const char *colon = memchr(r->data + s, ':', stop - s);
                if (!colon)
                    return pk__fail_at(err, PK_EPARSE, r->source, r->line, 0, NULL,
                                       "directive must be '#%% key: value'");
                size_t klen = (size_t)(colon - (r->data + s));
                for (size_t i = s; i < stop; i++)
                    if (!put_byte(r, r->data[i]))
                        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
                if (!put_byte(r, '\0'))
                    return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
                r->buf[klen] = '\0';
                r->dkey = pk__trim(r->buf);
                r->dvalue = pk__trim(r->buf + klen + 1);
                return PK_CSV_DIRECTIVE;
            }
            r->pos = e < r->len ? e + 1 : e;
            r->next_line++;
            continue;
        }
        break;
    }
    r->line = r->next_line;
    if (!start_field(r))
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    int quoted = 0, after_quote = 0;
    while (r->pos < r->len) {
        char c = r->data[r->pos];
        if (quoted) {
            if (c == '"') {
                if (r->pos + 1 < r->len && r->data[r->pos + 1] == '"') {
                    if (!put_byte(r, '"'))
                        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
                    r->pos += 2;
                    continue;
                }
                quoted = 0;
                after_quote = 1;
                r->pos++;
                continue;
            }
            if (c == '\n')
                r->next_line++;
            if (!put_byte(r, c))
                return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
            r->pos++;
            continue;
        }
        if (c == ',') {
            if (!end_field(r) || !start_field(r))
                return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
            after_quote = 0;
            r->pos++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r' && !(r->pos + 1 < r->len && r->data[r->pos + 1] == '\n'))
                return pk__fail_at(err, PK_EPARSE, r->source, r->next_line, (long)r->nfields, NULL,
                                   "bare carriage return");
            r->pos += c == '\r' ? 2 : 1;
            r->next_line++;
            break;
        }
        if (c == '"') {
            if (r->buf_len != r->offs[r->nfields - 1] || after_quote)
                return pk__fail_at(err, PK_EPARSE, r->source, r->next_line, (long)r->nfields, NULL,
                                   "quote inside an unquoted field (field %zu)", r->nfields);
            quoted = 1;
            r->pos++;
            continue;
        }
        if (after_quote)
            return pk__fail_at(err, PK_EPARSE, r->source, r->next_line, (long)r->nfields, NULL,
                               "text after a closing quote (field %zu)", r->nfields);
        if (!put_byte(r, c))
            return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
        r->pos++;
    }
    if (quoted)
        return pk__fail_at(err, PK_EPARSE, r->source, r->line, (long)r->nfields, NULL,
                           "unterminated quoted field (field %zu)", r->nfields);
    if (!end_field(r))
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    return PK_CSV_RECORD;
}

const char *pk__csv_field(const pk_csv *r, size_t i)
{
    if (i >= r->nfields)
        return "";
    return r->buf + r->offs[i];
}

/* qsort has no context argument in C11: sort (field index) pairs that carry
 * the reader. */
typedef struct field_ref {
    const pk_csv *r;
    size_t i;
} field_ref;

static int field_cmp(const void *a, const void *b)
{
    const field_ref *x = a, *y = b;
    int c = strcmp(pk__csv_field(x->r, x->i), pk__csv_field(y->r, y->i));
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

pk_status pk__csv_duplicate_field(const pk_csv *r, long *index)
{
    *index = -1;
    if (r->nfields < 2)
        return PK_OK;
    field_ref *v = malloc(r->nfields * sizeof *v);
    if (!v)
        return PK_ENOMEM;
    for (size_t i = 0; i < r->nfields; i++) {
        v[i].r = r;
        v[i].i = i;
    }
    qsort(v, r->nfields, sizeof *v, field_cmp);
    for (size_t k = 1; k < r->nfields; k++) /* the later of two equal names */
        if (strcmp(pk__csv_field(r, v[k - 1].i), pk__csv_field(r, v[k].i)) == 0 &&
            (*index < 0 || (long)v[k].i < *index))
            *index = (long)v[k].i;
    free(v);
    return PK_OK;
}

int pk__csv_find_header(const pk_csv *r, const char *name)
{
    for (size_t i = 0; i < r->nfields; i++)
        if (strcmp(pk__csv_field(r, i), name) == 0)
            return (int)i;
    return -1;
}
