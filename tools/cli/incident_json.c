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

pk_status incident_from_line(pk_incident *in, const char *text, size_t len, incident_extra_fn extra, void *ctx,
                             pk_error *err)
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
