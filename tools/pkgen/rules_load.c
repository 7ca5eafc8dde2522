/* Parser of the violation rule table (data/rules/rules.csv), built into the
 * generator only (PK_GEN_ONLY_SOURCES): tools/pkgen/gen_rules.c compiles the built-in table with
 * it, so every check here is a build-time check of the data. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "rules_load.h"

enum {
    COL_ID, COL_ACTORS, COL_ACTS, COL_WINDOW, COL_CONDITIONS, COL_CATEGORY, COL_SUBCATEGORY, COL_HANDLER,
    COL_CITATIONS, COL_TEXT_ID, COL_SUMMARY_EN, COL_PRISON_MIN, COL_PRISON_MAX, COL_FINE_MIN, COL_FINE_MAX,
    COL_JOIN, COL_DISCIPLINE, COL_FLAGS, COL_SANCTION, COL_VALID_FROM, COL_VALID_UNTIL, COL_STATUS,
    COL_CERTAINTY, COL_CERTAINTY_NOTE, COL_SOURCE, COL_NOTE, COL_SUMMARY_ID, COL_CERTAINTY_NOTE_ID, COL_NOTE_ID,
    COL_COUNT_
};

static const char *const col_names[COL_COUNT_] = {
    "id", "actors", "acts", "window", "conditions", "category", "subcategory", "handler", "citations",
    "text_id", "summary_en", "prison_min", "prison_max", "fine_min", "fine_max", "join", "discipline", "flags",
    "sanction", "valid_from", "valid_until", "status", "certainty", "certainty_note", "source", "note",
    "summary_id", "certainty_note_id", "note_id",
};

static const char *const category_slugs[] = {"organizer_ethics", "administrative", "administrative_tsm",
                                             "election_crime", "other_laws",       "result_dispute"};
static const char *const sub_slugs[] = {"", "asn_ethics", "asn_discipline", "asn_dismissal", "village", "tni",
                                        "polri"};
static const char *const join_slugs[] = {"none", "and", "and_or"};
static const char *const discipline_slugs[] = {"", "ringan", "sedang", "berat"};
static const char *const certainty_slugs[] = {"certain", "contested", "law_silent", "unverified"};
static const char *const status_slugs[] = {"CONFIRMED", "SINGLE-SOURCE", "DERIVED", "UNCERTAIN"};
static const char *const flag_slugs[] = {"moral", "dismissal", "cancellation", "warning", "suspension",
                                         "unspecified", "correction"};
static const char *const tristate_slugs[] = {"unknown", "no", "yes"};
static const char *const supported_slugs[] = {"unknown", "prospective", "determined"};

typedef struct loader {
    pk_csv csv;
    int col[COL_COUNT_];
    const char *source;
    pk_error *err;
} loader;

static const char *field(loader *L, int c)
{
    return pk__trim((char *)pk__csv_field(&L->csv, (size_t)L->col[c]));
}

#define bad(L, c, ...) \
    pk__fail_at((L)->err, PK_EPARSE, (L)->source, (L)->csv.line, (L)->col[c] + 1, col_names[c], __VA_ARGS__)

/* Copy [s, s+n) trimmed; "" stays "". NULL on allocation failure. */
static char *dup_trim(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return pk__strndup(s, n);
}

static char *dup_opt(const char *s)
{
    return s[0] ? pk__strndup(s, strlen(s)) : NULL;
}

/* Walk a separated list: calls fn(ctx, item, len) for each item. */
typedef pk_status (*item_fn)(loader *L, int c, void *ctx, const char *item, size_t len);

static pk_status each_item(loader *L, int c, char sep, void *ctx, item_fn fn)
{
    const char *s = field(L, c);
    if (!s[0])
        return PK_OK;
    for (;;) {
        const char *e = strchr(s, sep);
        size_t n = e ? (size_t)(e - s) : strlen(s);
        while (n && (*s == ' ' || *s == '\t'))
            s++, n--;
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        pk_status rc = fn(L, c, ctx, s, n);
        if (rc != PK_OK)
            return rc;
        if (!e)
            return PK_OK;
        s = e + 1;
    }
}

static int lookup_n(const char *const *names, int count, const char *s, size_t n)
{
    for (int i = 0; i < count; i++)
        if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0)
            return i;
    return -1;
}

static int actor_n(const char *s, size_t n)
{
    for (int a = 1; a < PK__ACTOR_COUNT; a++) {
        const char *name = pk_actor_name((pk_actor)a);
        if (strlen(name) == n && memcmp(name, s, n) == 0)
            return a;
    }
    return -1;
}

static int act_n(const char *s, size_t n)
{
    for (int a = 1; a < PK__ACT_COUNT; a++) {
        const char *name = pk_act_name((pk_act)a);
        if (strlen(name) == n && memcmp(name, s, n) == 0)
            return a;
    }
    return -1;
}

/* s[0..n) as a NUL-terminated string for a message (truncated). */
static const char *shown(char buf[64], const char *s, size_t n)
{
    size_t k = n < 63 ? n : 63;
    memcpy(buf, s, k);
    buf[k] = '\0';
    return buf;
}

#define show_bad(L, c, fmt, s, n)                     \
    do {                                              \
        char buf_[64];                                \
        return bad(L, c, fmt, shown(buf_, (s), (n))); \
    } while (0)

static pk_status add_actor(loader *L, int c, void *ctx, const char *s, size_t n)
{
    int a = actor_n(s, n);
    if (a < 0)
        show_bad(L, c, "unknown actor '%s'", s, n);
    *(uint32_t *)ctx |= 1u << a;
    return PK_OK;
}

static pk_status add_act(loader *L, int c, void *ctx, const char *s, size_t n)
{
    int a = act_n(s, n);
    if (a < 0)
        show_bad(L, c, "unknown act '%s'", s, n);
    pk__act_set_add((pk__act_set *)ctx, (unsigned)a);
    return PK_OK;
}

static pk_status add_flag(loader *L, int c, void *ctx, const char *s, size_t n)
{
    int f = lookup_n(flag_slugs, (int)PK_ARRAY_LEN(flag_slugs), s, n);
    if (f < 0)
        show_bad(L, c, "unknown sanction flag '%s'", s, n);
    *(unsigned *)ctx |= 1u << f;
    return PK_OK;
}

/* One condition "key=v1|v2" or "?key=v1|v2". */
static pk_status add_cond(loader *L, int c, void *ctx, const char *s, size_t n)
{
    pk__rule_spec *spec = ctx;
    if (spec->ncond >= PK__MAX_CONDS)
        return bad(L, c, "more than %s conditions", "4");
    pk__cond *cd = &spec->cond[spec->ncond];
    memset(cd, 0, sizeof *cd);
    if (n && *s == '?') {
        cd->optional = 1;
        s++, n--;
    }
    const char *eq = memchr(s, '=', n);
    if (!eq)
        show_bad(L, c, "condition '%s' is not key=value", s, n);
    int key = lookup_n(pk__ckey_names, PK__C_COUNT, s, (size_t)(eq - s));
    if (key < 0)
        show_bad(L, c, "unknown condition key in '%s'", s, n);
    for (int k = 0; k < spec->ncond; k++)
        if (spec->cond[k].key == key)
            show_bad(L, c, "condition key repeated in '%s'", s, n);
    cd->key = (uint8_t)key;
    const char *v = eq + 1, *end = s + n;
    while (v <= end) {
        const char *bar = memchr(v, '|', (size_t)(end - v));
        size_t vn = bar ? (size_t)(bar - v) : (size_t)(end - v);
        int val;
        if (vn == 7 && memcmp(v, "unknown", 7) == 0)
            val = 0;
        else if (key == PK__C_INVOLVED_ACTOR)
            val = actor_n(v, vn);
        else if (key == PK__C_SUPPORTED)
            val = lookup_n(supported_slugs, 3, v, vn);
        else
            val = lookup_n(tristate_slugs, 3, v, vn);
        if (val < 0)
            show_bad(L, c, "unknown value in condition '%s'", s, n);
        cd->allowed |= 1u << val;
        if (!bar)
            break;
        v = bar + 1;
    }
    if (cd->optional && (cd->allowed & 1u))
        show_bad(L, c, "optional condition '%s' may not list unknown", s, n);
    spec->ncond++;
    return PK_OK;
}

typedef struct cit_list {
    pk_citation *items;
    size_t n, cap;
} cit_list;

static void free_citation(pk_citation *c)
{
    free((char *)c->law);
    free((char *)c->pasal);
    free((char *)c->ayat);
    free((char *)c->huruf);
    free((char *)c->angka);
    free((char *)c->text);
}

/* "law|pasal|ayat|huruf|angka[|text]" */
static pk_status add_citation(loader *L, int c, void *ctx, const char *s, size_t n)
{
    cit_list *cl = ctx;
    const char *part[6] = {0};
    size_t plen[6] = {0};
    int np = 0;
    const char *p = s, *end = s + n;
    while (np < 6) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        part[np] = p;
        plen[np] = bar ? (size_t)(bar - p) : (size_t)(end - p);
        np++;
        if (!bar)
            break;
        p = bar + 1;
        if (np == 6)
            show_bad(L, c, "citation '%s' has more than 6 parts", s, n);
    }
    if (np < 5)
        show_bad(L, c, "citation '%s' needs law|pasal|ayat|huruf|angka", s, n);
    if (plen[0] == 0)
        show_bad(L, c, "citation '%s' names no law", s, n);
    if (cl->n == cl->cap) {
        size_t cap = cl->cap ? cl->cap * 2 : 4;
        pk_citation *grown = realloc(cl->items, cap * sizeof *grown);
        if (!grown)
            return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");
        cl->items = grown;
        cl->cap = cap;
    }
    pk_citation *ci = &cl->items[cl->n];
    memset(ci, 0, sizeof *ci);
    char *fields[5];
    for (int i = 0; i < 5; i++)
        fields[i] = dup_trim(part[i], plen[i]);
    ci->law = fields[0];
    ci->pasal = fields[1];
    ci->ayat = fields[2];
    ci->huruf = fields[3];
    ci->angka = fields[4];
    cl->n++;
    for (int i = 0; i < 5; i++)
        if (!fields[i])
            return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");
    if (np == 6 && plen[5]) {
        ci->text = dup_trim(part[5], plen[5]);
    } else {
        pk_buf b;
        pk__buf_init(&b);
        pk__buf_puts(&b, ci->law);
        if (ci->pasal[0])
            pk__buf_printf(&b, " Pasal %s", ci->pasal);
        if (ci->ayat[0])
            pk__buf_printf(&b, " ayat (%s)", ci->ayat);
        if (ci->huruf[0])
            pk__buf_printf(&b, " huruf %s", ci->huruf);
        if (ci->angka[0])
            pk__buf_printf(&b, " angka %s", ci->angka);
        ci->text = pk__buf_detach(&b, NULL);
    }
    if (!ci->text)
        return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");
    return PK_OK;
}

static pk_status parse_long(loader *L, int c, long long max, long long *out)
{
    const char *s = field(L, c);
    long long v = 0;
    *out = 0; /* also on error */
    if (!s[0])
        return PK_OK;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9' || v > max / 10)
            return bad(L, c, "'%s' is not a number in range", s);
        v = v * 10 + (*p - '0');
    }
    if (v > max)
        return bad(L, c, "'%s' is not a number in range", s);
    *out = v;
    return PK_OK;
}

static pk_status parse_date_opt(loader *L, int c, pk_date *d, int32_t *serial, int32_t unbounded)
{
    const char *s = field(L, c);
    memset(d, 0, sizeof *d);
    *serial = unbounded;
    if (!s[0])
        return PK_OK;
    if (pk_date_parse(d, s, NULL) != PK_OK || pk_date_to_serial(serial, *d, NULL) != PK_OK)
        return bad(L, c, "'%s' is not a valid date YYYY-MM-DD", s);
    return PK_OK;
}

static pk_status slug(loader *L, int c, const char *const *names, int n, int *out)
{
    const char *s = field(L, c);
    int i = pk__lookup_name(names, n, s);
    if (i < 0)
        return bad(L, c, "unknown value '%s'", s);
    *out = i;
    return PK_OK;
}

static void free_rule(pk__rule_row *row)
{
    pk_rule *r = &row->rule;
    free((char *)r->id);
    free((char *)r->text_id);
    free((char *)r->summary_en);
    free((char *)r->sanction.text);
    free((char *)r->certainty_note);
    free((char *)r->source);
    free((char *)r->note);
    free(row->summary_id);
    free(row->certainty_note_id);
    free(row->note_id);
    for (size_t i = 0; i < r->citation_count; i++)
        free_citation((pk_citation *)&r->citations[i]);
    free((pk_citation *)r->citations);
}

void pk__rules_free(pk__rule_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        free_rule(&set->rows[i]);
    free(set->rows);
    set->rows = NULL;
    set->n = 0;
}

static pk_status parse_row(loader *L, pk__rule_row *row)
{
    pk_rule *r = &row->rule;
    pk__rule_spec *sp = &row->spec;
    pk_status rc;
    int v = 0;
    long long num;

    row->line = L->csv.line;
    const char *id = field(L, COL_ID);
    if (!id[0])
        return bad(L, COL_ID, "%s", "empty rule id");
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return bad(L, COL_ID, "rule id '%s' must be lower-case letters, digits and _", id);
    r->id = pk__strndup(id, strlen(id));
    if ((rc = each_item(L, COL_ACTORS, ';', &sp->actors, add_actor)) != PK_OK)
        return rc;
    if (!sp->actors)
        return bad(L, COL_ACTORS, "%s", "rule names no actor");
    if ((rc = each_item(L, COL_ACTS, ';', &sp->acts, add_act)) != PK_OK)
        return rc;
    if (pk__act_set_empty(&sp->acts))
        return bad(L, COL_ACTS, "%s", "rule names no act");
    if ((rc = slug(L, COL_WINDOW, pk__rwin_names, PK__WIN_COUNT, &v)) != PK_OK)
        return rc;
    sp->window = (uint8_t)v;
    if ((rc = each_item(L, COL_CONDITIONS, ';', sp, add_cond)) != PK_OK)
        return rc;
    if ((rc = slug(L, COL_CATEGORY, category_slugs, (int)PK_ARRAY_LEN(category_slugs), &v)) != PK_OK)
        return rc;
    r->category = (pk_category)v;
    if ((rc = slug(L, COL_SUBCATEGORY, sub_slugs, (int)PK_ARRAY_LEN(sub_slugs), &v)) != PK_OK)
        return rc;
    r->subcategory = (pk_subcategory)v;
    if ((rc = slug(L, COL_HANDLER, pk__hkind_names, PK__H_COUNT, &v)) != PK_OK)
        return rc;
    sp->handler = (uint8_t)v;

    cit_list cl = {NULL, 0, 0};
    rc = each_item(L, COL_CITATIONS, ';', &cl, add_citation);
    r->citations = cl.items;
    r->citation_count = cl.n;
    if (rc != PK_OK)
        return rc;
    if (cl.n == 0)
        return bad(L, COL_CITATIONS, "rule %s has no citation: every finding must cite its article", r->id);

    const char *t = field(L, COL_TEXT_ID);
    if (!t[0])
        return bad(L, COL_TEXT_ID, "rule %s quotes no text", r->id);
    r->text_id = dup_opt(t);
    t = field(L, COL_SUMMARY_EN);
    if (!t[0])
        return bad(L, COL_SUMMARY_EN, "rule %s has no English summary", r->id);
    r->summary_en = dup_opt(t);

    if ((rc = parse_long(L, COL_PRISON_MIN, 1200, &num)) != PK_OK)
        return rc;
    r->sanction.prison_min_months = (int)num;
    if ((rc = parse_long(L, COL_PRISON_MAX, 1200, &num)) != PK_OK)
        return rc;
    r->sanction.prison_max_months = (int)num;
    if ((rc = parse_long(L, COL_FINE_MIN, (long long)1e15, &num)) != PK_OK)
        return rc;
    r->sanction.fine_min_rupiah = num;
    if ((rc = parse_long(L, COL_FINE_MAX, (long long)1e15, &num)) != PK_OK)
        return rc;
    r->sanction.fine_max_rupiah = num;
    if (r->sanction.prison_min_months > r->sanction.prison_max_months)
        return bad(L, COL_PRISON_MIN, "rule %s: prison_min > prison_max", r->id);
    if (r->sanction.fine_min_rupiah > r->sanction.fine_max_rupiah)
        return bad(L, COL_FINE_MIN, "rule %s: fine_min > fine_max", r->id);
    if ((rc = slug(L, COL_JOIN, join_slugs, 3, &v)) != PK_OK)
        return rc;
    r->sanction.join = (pk_penalty_join)v;
    int criminal = r->sanction.prison_max_months > 0 || r->sanction.fine_max_rupiah > 0;
    if (criminal != (r->sanction.join != PK_JOIN_NONE))
        return bad(L, COL_JOIN, "rule %s: join must be none exactly when there is no prison or fine", r->id);
    if (criminal && r->category != PK_CAT_ELECTION_CRIME)
        return bad(L, COL_CATEGORY, "rule %s has a criminal penalty but is not an election crime", r->id);
    if ((rc = slug(L, COL_DISCIPLINE, discipline_slugs, 4, &v)) != PK_OK)
        return rc;
    r->sanction.discipline = (pk_discipline)v;
    if ((rc = each_item(L, COL_FLAGS, ';', &r->sanction.flags, add_flag)) != PK_OK)
        return rc;
    t = field(L, COL_SANCTION);
    if (!t[0])
        return bad(L, COL_SANCTION, "rule %s states no sanction text", r->id);
    r->sanction.text = dup_opt(t);

    if ((rc = parse_date_opt(L, COL_VALID_FROM, &r->valid_from, &sp->from_serial, INT32_MIN)) != PK_OK)
        return rc;
    if ((rc = parse_date_opt(L, COL_VALID_UNTIL, &r->valid_until, &sp->until_serial, INT32_MAX)) != PK_OK)
        return rc;
    if (sp->from_serial > sp->until_serial)
        return bad(L, COL_VALID_UNTIL, "rule %s: valid_until before valid_from", r->id);
    if ((rc = slug(L, COL_STATUS, status_slugs, 4, &v)) != PK_OK)
        return rc;
    r->status = (pk_source_status)v;
    if ((rc = slug(L, COL_CERTAINTY, certainty_slugs, 4, &v)) != PK_OK)
        return rc;
    r->certainty = (pk_certainty)v;
    r->certainty_note = dup_opt(field(L, COL_CERTAINTY_NOTE));
    if (r->certainty != PK_CERTAIN && !r->certainty_note)
        return bad(L, COL_CERTAINTY_NOTE, "rule %s is not certain but says not why", r->id);
    t = field(L, COL_SOURCE);
    if (!t[0])
        return bad(L, COL_SOURCE, "rule %s names no source", r->id);
    r->source = dup_opt(t);
    r->note = dup_opt(field(L, COL_NOTE));
    /* the Indonesian texts; an empty cell leaves NULL (English shown) */
    row->summary_id = (char *)dup_opt(field(L, COL_SUMMARY_ID));
    row->certainty_note_id = (char *)dup_opt(field(L, COL_CERTAINTY_NOTE_ID));
    row->note_id = (char *)dup_opt(field(L, COL_NOTE_ID));
    if (row->certainty_note_id && !r->certainty_note)
        return bad(L, COL_CERTAINTY_NOTE_ID, "rule %s: an Indonesian certainty note without the English one", r->id);
    if (row->note_id && !r->note)
        return bad(L, COL_NOTE_ID, "rule %s: an Indonesian note without the English one", r->id);
    return PK_OK;
}

pk_status pk__rules_parse(pk__rule_set *out, const char *text, size_t len, const char *source, pk_error *err)
{
    if (out)
        memset(out, 0, sizeof *out);
    if (!out || !text)
        return pk__fail(err, PK_EINVAL, !out ? "out" : "text", "NULL argument");
    loader L;
    memset(&L, 0, sizeof L);
    L.source = source ? source : "<rules>";
    L.err = err;
    pk_status rc = pk__csv_open(&L.csv, text, len, L.source, err);
    if (rc != PK_OK)
        return rc;
    int got;
    do
        got = pk__csv_next(&L.csv, err);
    while (got == PK_CSV_DIRECTIVE);
    if (got < 0) {
        pk__csv_close(&L.csv);
        return (pk_status)got;
    }
    if (got != PK_CSV_RECORD) {
        pk__csv_close(&L.csv);
        return pk__fail_at(err, PK_EPARSE, L.source, L.csv.line, 0, NULL, "missing header row");
    }
    for (int c = 0; c < COL_COUNT_; c++) {
        L.col[c] = pk__csv_find_header(&L.csv, col_names[c]);
        if (L.col[c] < 0) {
            pk__csv_close(&L.csv);
            return pk__fail_at(err, PK_EPARSE, L.source, L.csv.line, 0, col_names[c], "header has no column '%s'",
                               col_names[c]);
        }
    }
    size_t cap = 0;
    rc = PK_OK;
    while ((got = pk__csv_next(&L.csv, err)) != PK_CSV_EOF) {
        if (got < 0) {
            rc = (pk_status)got;
            break;
        }
        if (got == PK_CSV_DIRECTIVE)
            continue;
        if (out->n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            pk__rule_row *grown = realloc(out->rows, ncap * sizeof *grown);
            if (!grown) {
                rc = pk__fail(err, PK_ENOMEM, NULL, "out of memory");
                break;
            }
            out->rows = grown;
            cap = ncap;
        }
        pk__rule_row *row = &out->rows[out->n];
        memset(row, 0, sizeof *row);
        out->n++;
        rc = parse_row(&L, row);
        if (rc == PK_OK && !row->rule.id)
            rc = pk__fail(err, PK_ENOMEM, NULL, "out of memory");
        if (rc != PK_OK)
            break;
        /* limbs: a repeated id must follow its previous row directly */
        for (size_t i = out->n - 1; i-- > 0;) {
            if (strcmp(out->rows[i].rule.id, row->rule.id) != 0)
                continue;
            if (i + 2 != out->n)
                rc = pk__fail_at(err, PK_EPARSE, L.source, L.csv.line, L.col[COL_ID] + 1, "id",
                                 "rule id '%s' repeats line %ld: limbs of a rule must be consecutive rows",
                                 row->rule.id, out->rows[i].line);
            else
                row->rule.limb = out->rows[i].rule.limb + 1;
            break;
        }
        if (rc != PK_OK)
            break;
    }
    pk__csv_close(&L.csv);
    if (rc == PK_OK && out->n == 0)
        rc = pk__fail_at(err, PK_EPARSE, L.source, L.csv.line, 0, NULL, "no rules");
    if (rc == PK_OK && out->n > 60000)
        rc = pk__fail(err, PK_ETOOLONG, NULL, "more than 60000 rules");
    if (rc != PK_OK)
        pk__rules_free(out);
    return rc;
}
