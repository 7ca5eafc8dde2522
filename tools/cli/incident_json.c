/* JSON -> pk_incident: every member goes through pk_incident_set(), the one
 * validated path (the keys are the facts of pk_fact_at()), so the rules and
 * error messages live in one place. JSON true/false read as "yes"/"no", null
 * as "" (not given), integers as their decimal text. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incident_json.h"

static pk_status fail(pk_error *err, pk_status st, const char *field, const char *msg, long column)
{
    if (err) {
        pk_error_clear(err);
        err->status = st;
        err->column = column;
        snprintf(err->field, sizeof err->field, "%s", field);
        snprintf(err->text, sizeof err->text, "%s", msg);
    }
    return st;
}

/* Decimal text of a JSON integer (no snprintf in the common case). */
static const char *int_text(char buf[32], json_int_t v)
{
    char *p = buf + 31;
    *p = '\0';
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    return p;
}

/* A key that is not a fact: a misspelt fact is an error; anything else goes to extra (or is an error). */
static pk_status not_a_fact(const char *key, json_t *v, incident_extra_fn extra, void *ctx, pk_error *err)
{
    const pk_fact *near = pk_fact_near(key);
    if (near) {
        char msg[160];
        snprintf(msg, sizeof msg, "unknown fact '%.40s'; did you mean '%s'?", key, near->key);
        return fail(err, PK_EINVAL, key, msg, 0);
    }
    if (!extra) {
        char msg[120];
        snprintf(msg, sizeof msg, "unknown incident key '%.40s'", key);
        return fail(err, PK_EINVAL, key, msg, 0);
    }
    return extra(ctx, key, v, err);
}

pk_status incident_from_json(pk_incident *in, json_t *obj, incident_extra_fn extra, void *ctx, pk_error *err)
{
    pk_incident init = PK_INCIDENT_INIT;
    *in = init;
    if (!json_is_object(obj))
        return fail(err, PK_EPARSE, "json", "an incident must be a JSON object", 0);
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v) {
        char num[32];
        const char *text;
        const pk_fact *fact;
        if (pk_fact_find(&fact, key, NULL) != PK_OK) { /* not a fact: carried (any JSON value) or refused */
            pk_status st = not_a_fact(key, v, extra, ctx, err);
            if (st != PK_OK)
                return st;
            continue;
        }
        switch (json_typeof(v)) {
        case JSON_STRING: text = json_string_value(v); break;
        case JSON_INTEGER: text = int_text(num, json_integer_value(v)); break;
        case JSON_TRUE: text = "yes"; break;
        case JSON_FALSE: text = "no"; break;
        case JSON_NULL: text = ""; break;
        default: {
            char msg[120];
            snprintf(msg, sizeof msg, "value of \"%.60s\" must be a string, integer, boolean or null", key);
            return fail(err, PK_EPARSE, key, msg, 0);
        }
        }
        if (json_is_string(v) && strlen(text) != json_string_length(v))
            return fail(err, PK_EPARSE, key, "string contains a NUL character", 0);
        pk_status st = pk_incident_set(in, key, text, err);
        if (st != PK_OK)
            return st;
    }
    return PK_OK;
}

/* ------------------------------------------------------- line arena -- */

/* While enabled, jansson allocates from chunks that are reset after each
 * line instead of calling malloc/free per value. */
typedef struct chunk {
    struct chunk *next;
    size_t cap, used;
    max_align_t data[]; /* cap bytes */
} chunk;

#define ARENA_CHUNK ((size_t)64 << 10)

static struct {
    int on;
    json_malloc_t saved_malloc;
    json_free_t saved_free;
    chunk *head; /* the first chunk is kept across lines; later ones are freed */
} arena;

static void *arena_alloc(size_t size)
{
    const size_t align = sizeof(max_align_t);
    size = (size + align - 1) / align * align;
    chunk *c = arena.head;
    if (!c || c->cap - c->used < size) {
        size_t cap = size > ARENA_CHUNK ? size : ARENA_CHUNK;
        if (cap > SIZE_MAX - sizeof(chunk))
            return NULL;
        chunk *n = malloc(sizeof(chunk) + cap);
        if (!n)
            return NULL;
        n->next = c;
        n->cap = cap;
        n->used = 0;
        arena.head = c = n;
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    return p;
}

static void arena_free(void *p)
{
    (void)p; /* released with the whole line in arena_reset() */
}

static void arena_reset(void)
{
    chunk *c = arena.head;
    while (c && c->next) { /* keep only the oldest (first) chunk */
        chunk *next = c->next;
        free(c);
        c = next;
    }
    arena.head = c;
    if (c)
        c->used = 0;
}

void incident_json_arena(int on)
{
    if (on && !arena.on) {
        json_get_alloc_funcs(&arena.saved_malloc, &arena.saved_free);
        json_set_alloc_funcs(arena_alloc, arena_free);
        arena.on = 1;
    } else if (!on && arena.on) {
        json_set_alloc_funcs(arena.saved_malloc, arena.saved_free);
        arena_reset();
        free(arena.head);
        arena.head = NULL;
        arena.on = 0;
    }
}

/* ------------------------------------------------ flat objects fast -- */

/* Nearly every batch line is a flat object of plain members, such as
 * {"actor":"pns","act":"socmed_like","occurred":"2024-10-01","cycle":2024}:
 * strings of printable ASCII without escapes, integers in their canonical
 * form, true, false, null. Such a line is read here in one pass without
 * building jansson values; anything else (escapes, other bytes, nesting,
 * numbers with a fraction or exponent, "-0", repeated keys, more members or
 * a longer line than below, any syntax error) goes to jansson, so errors and
 * unusual values keep jansson's reading and messages. The members then go
 * through the same calls, in the same order, as incident_from_json(). */
#define FLAT_MAX_LINE 4096
#define FLAT_MAX_MEMBERS 32

typedef struct flat_member {
    const char *key;   /* NUL-terminated, in the copy */
    const char *value; /* strings and integers: NUL-terminated text in the copy */
    char type;         /* 's' string, 'i' integer, 't' true, 'f' false, 'n' null */
} flat_member;

static size_t skip_ws(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

/* s[i] is a quote: the end of a plain string (printable ASCII, no backslash),
 * its closing quote turned into a NUL; 0 if the string is not plain. */
static size_t flat_string(char *s, size_t i, size_t n)
{
    for (size_t j = i + 1; j < n; j++) {
        unsigned char c = (unsigned char)s[j];
        if (c == '"') {
            s[j] = '\0';
            return j + 1;
        }
        if (c < 0x20 || c > 0x7e || c == '\\')
            return 0;
    }
    return 0;
}

/* 1 if s[i] ends a value (the copy's end, a separator or space). */
static int value_ends(const char *s, size_t i, size_t n)
{
    return i == n || s[i] == ',' || s[i] == '}' || s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n';
}

/* A value at s[i]: its type and text in *m, the index after it; 0 if it is
 * not a plain value. A string is NUL-terminated here, an integer by the
 * caller once the separator after it has been read. */
static size_t flat_value(char *s, size_t i, size_t n, flat_member *m)
{
    if (s[i] == '"') {
        m->type = 's';
        m->value = s + i + 1;
        return flat_string(s, i, n);
    }
    static const struct {
        const char *word;
        size_t len;
        char type;
    } words[] = {{"true", 4, 't'}, {"false", 5, 'f'}, {"null", 4, 'n'}};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        if (n - i >= words[w].len && memcmp(s + i, words[w].word, words[w].len) == 0) {
            m->type = words[w].type;
            m->value = NULL;
            return value_ends(s, i + words[w].len, n) ? i + words[w].len : 0;
        }
    size_t j = i + (s[i] == '-');
    if (j >= n || s[j] < '0' || s[j] > '9' || (s[j] == '0' && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9'))
        return 0;
    size_t d = j;
    while (d < n && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d - j > 18 || !value_ends(s, d, n) || (s[i] == '-' && d - j == 1 && s[j] == '0'))
        return 0; /* a long integer, a fraction or an exponent, "-0": jansson reads it */
    m->type = 'i';
    m->value = s + i;
    return d;
}

/* Parse text as a flat object into the copy buf (NUL-terminated keys and
 * values); the number of members, or -1 if jansson must read the line. */
static long flat_parse(char *buf, const char *text, size_t n, flat_member *m)
{
    if (n >= FLAT_MAX_LINE)
        return -1;
    memcpy(buf, text, n);
    buf[n] = '\0';
    size_t i = skip_ws(buf, 0, n);
    if (i == n || buf[i] != '{')
        return -1;
    i = skip_ws(buf, i + 1, n);
    long k = 0;
    if (i < n && buf[i] == '}')
        return skip_ws(buf, i + 1, n) == n ? 0 : -1;
    for (;;) {
        if (k == FLAT_MAX_MEMBERS || i == n || buf[i] != '"')
            return -1;
        size_t e = flat_string(buf, i, n);
        if (!e)
            return -1;
        m[k].key = buf + i + 1;
        for (long p = 0; p < k; p++)
            if (strcmp(m[p].key, m[k].key) == 0)
                return -1; /* a repeated key: jansson says so */
        i = skip_ws(buf, e, n);
        if (i == n || buf[i] != ':')
            return -1;
        i = skip_ws(buf, i + 1, n);
        if (i == n || !(e = flat_value(buf, i, n, &m[k])))
            return -1;
        size_t end = e; /* an integer's text ends here: terminated below, after the separator is read */
        i = skip_ws(buf, e, n);
        if (i == n)
            return -1;
        char sep = buf[i];
        if (m[k].type == 'i')
            buf[end] = '\0'; /* end <= i: the separator was read first */
        k++;
        if (sep == '}')
            return skip_ws(buf, i + 1, n) == n ? k : -1;
        if (sep != ',')
            return -1;
        i = skip_ws(buf, i + 1, n);
    }
}

/* A carried member as the jansson value the extra callback takes. */
static json_t *flat_json(const flat_member *m)
{
    switch (m->type) {
    case 's': return json_string(m->value);
    case 'i': return json_integer(strtoll(m->value, NULL, 10));
    case 't': return json_true();
    case 'f': return json_false();
    default: return json_null();
    }
}

/* 1 and *st set if the line was a flat object; 0 if jansson must read it. */
static int flat_line(pk_status *st, pk_incident *in, const char *text, size_t len, incident_extra_fn extra,
                     void *ctx, pk_error *err)
{
    char buf[FLAT_MAX_LINE];
    flat_member m[FLAT_MAX_MEMBERS];
    long k = flat_parse(buf, text, len, m);
    if (k < 0)
        return 0;
    pk_incident init = PK_INCIDENT_INIT;
    *in = init;
    *st = PK_OK;
    for (long i = 0; i < k && *st == PK_OK; i++) {
        const pk_fact *fact;
        if (pk_fact_find(&fact, m[i].key, NULL) != PK_OK) {
            json_t *v = flat_json(&m[i]);
            *st = v ? not_a_fact(m[i].key, v, extra, ctx, err) : fail(err, PK_ENOMEM, "json", "out of memory", 0);
            json_decref(v);
            continue;
        }
        const char *value = m[i].type == 't' ? "yes" : m[i].type == 'f' ? "no" : m[i].type == 'n' ? "" : m[i].value;
        *st = pk_incident_set(in, m[i].key, value, err);
    }
    if (arena.on)
        arena_reset();
    return 1;
}

pk_status incident_from_line(pk_incident *in, const char *text, size_t len, incident_extra_fn extra, void *ctx,
                             pk_error *err)
{
    pk_status st;
    if (flat_line(&st, in, text, len, extra, ctx, err))
        return st;
    return incident_from_line_jansson(in, text, len, extra, ctx, err);
}

pk_status incident_from_line_jansson(pk_incident *in, const char *text, size_t len, incident_extra_fn extra,
                                     void *ctx, pk_error *err)
{
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        pk_incident init = PK_INCIDENT_INIT;
        *in = init;
        if (arena.on)
            arena_reset();
        return fail(err, PK_EPARSE, "json", jerr.text, jerr.column);
    }
    pk_status st = incident_from_json(in, root, extra, ctx, err);
    json_decref(root);
    if (arena.on)
        arena_reset();
    return st;
}

long incident_csv_split(char *text, size_t len, char **fields, size_t *lens, size_t cap)
{
    size_t n = 0, i = 0;
    for (;;) {
        if (n == cap)
            return -1;
        char *out = text + i;
        size_t o = 0;
        if (i < len && text[i] == '"') { /* quoted: "" is a quote */
            i++;
            for (;;) {
                if (i >= len)
                    return -1; /* unclosed quote */
                if (text[i] == '"') {
                    if (i + 1 < len && text[i + 1] == '"') {
                        out[o++] = '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                out[o++] = text[i++];
            }
            if (i < len && text[i] != ',')
                return -1; /* text after the closing quote */
        } else {
            while (i < len && text[i] != ',')
                out[o++] = text[i++];
        }
        fields[n] = out;
        lens[n] = o;
        n++;
        if (i >= len)
            return (long)n;
        i++; /* the comma */
    }
}

pk_status incident_from_csv(pk_incident *in, char *const *names, char *const *fields, const size_t *lens, size_t n,
                            incident_extra_fn extra, void *ctx, pk_error *err)
{
    json_t *obj = json_object();
    if (!obj)
        return fail(err, PK_ENOMEM, "csv", "out of memory", 0);
    pk_status st = PK_OK;
    for (size_t i = 0; i < n && st == PK_OK; i++) {
        json_t *v = json_stringn(fields[i], lens[i]);
        if (!v) {
            st = fail(err, PK_EENCODING, names[i], "field is not valid UTF-8", (long)i + 1);
            break;
        }
        if (json_object_set_new(obj, names[i], v) != 0)
            st = fail(err, PK_ENOMEM, names[i], "out of memory", (long)i + 1);
    }
    if (st == PK_OK)
        st = incident_from_json(in, obj, extra, ctx, err);
    json_decref(obj);
    if (arena.on)
        arena_reset();
    return st;
}
