/* Region registry, generator part: the parser of the data/regions CSV files
 * (pk__region_model_load/free/find), used only by tools/pkgen/gen_region.c.
 * Built into the generator only (PK_GEN_ONLY_SOURCES), never into the library. */
#include <stdlib.h>
#include <string.h>

#include "region_internal.h"

/* ------------------------------------------------------------- helpers -- */

char *pk__strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static const char *const kind_prefixes[] = {"Provinsi", "Kabupaten", "Kota", "Kabupaten Administrasi",
                                            "Kota Administrasi"};

const char *pk__region_kind_prefix(int kind)
{
    return kind >= 0 && kind < 5 ? kind_prefixes[kind] : "";
}

/* ---------------------------------------------------------- data model -- */

static pk_status status_parse(const char *s, int *out)
{
    int v = pk__source_status_parse(s);
    if (v < 0)
        return PK_EPARSE;
    *out = v;
    return PK_OK;
}

/* Parse a region code "NN" or "NN.NN" into its number; -1 if malformed. */
static int code_num(const char *s)
{
    size_t n = strlen(s);
    if (n == 2 && s[0] >= '1' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9')
        return (s[0] - '0') * 10 + (s[1] - '0');
    if (n == 5 && s[2] == '.') {
        int v = 0;
        for (size_t i = 0; i < 5; i++) {
            if (i == 2)
                continue;
            if (s[i] < '0' || s[i] > '9')
                return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v >= 1000 ? v : -1;
    }
    return -1;
}

int pk__region_model_find(const pk__region_model *m, const char *code)
{
    for (size_t i = 0; i < m->nrows; i++)
        if (strcmp(m->rows[i].code, code) == 0)
            return (int)i;
    return -1;
}

void pk__region_model_free(pk__region_model *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->nrows; i++) {
        pk__region_mrow *r = &m->rows[i];
        free(r->code);
        free(r->name);
        free(r->parent);
        free(r->capital);
        free(r->full_name);
    }
    for (size_t i = 0; i < m->naliases; i++)
        free(m->aliases[i].alias);
    for (size_t i = 0; i < m->ncycles; i++)
        free(m->cycles[i].source);
    for (size_t i = 0; i < m->nparts; i++)
        free(m->parts[i].source);
    for (size_t i = 0; i < m->nregimes; i++) {
        pk__region_mregime *g = &m->regimes[i];
        free(g->regime);
        free(g->province);
        free(g->scope);
        free(g->effect);
        free(g->value);
        free(g->source);
        free(g->basis);
        free(g->note);
    }
    free(m->rows);
    free(m->aliases);
    free(m->olds);
    free(m->cycles);
    free(m->parts);
    free(m->regimes);
    memset(m, 0, sizeof *m);
}

/* Grow an array of elements of size `size` to hold n + 1 elements. */
static int grow(void **arr, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 1;
    size_t c = *cap ? *cap * 2 : 64;
    void *p = realloc(*arr, c * size);
    if (!p)
        return 0;
    *arr = p;
    *cap = c;
    return 1;
}

typedef struct loader {
    pk_csv csv;
    const char *name;
    int cols[12];
    pk_error *err;
} loader;

/* Open a file and read its header; cols[i] is the index of header names[i]. */
static pk_status open_file(loader *L, const char *text, size_t len, const char *name, const char *const *cols,
                           size_t ncols, pk_error *err)
{
    L->name = name;
    L->err = err;
    pk_status s = pk__csv_open(&L->csv, text, len, name, err);
    if (s != PK_OK)
        return s;
    for (;;) {
        int rc = pk__csv_next(&L->csv, err);
        if (rc < 0)
            return (pk_status)rc;
        if (rc == PK_CSV_EOF)
            return pk__fail_at(err, PK_EPARSE, name, L->csv.line, 0, NULL, "missing header row");
        if (rc == PK_CSV_RECORD)
            break;
    }
    for (size_t i = 0; i < ncols; i++) {
        L->cols[i] = pk__csv_find_header(&L->csv, cols[i]);
        if (L->cols[i] < 0)
            return pk__fail_at(err, PK_EPARSE, name, L->csv.line, 0, cols[i], "header has no column '%s'", cols[i]);
    }
    return PK_OK;
}

/* Next record: 1, 0 at end, or a negative status. */
static int next_row(loader *L)
{
    for (;;) {
        int rc = pk__csv_next(&L->csv, L->err);
        if (rc == PK_CSV_DIRECTIVE)
            continue;
        return rc == PK_CSV_RECORD ? 1 : rc;
    }
}

static char *field(loader *L, int i)
{
    return pk__trim((char *)pk__csv_field(&L->csv, (size_t)L->cols[i]));
}

#define FAIL(L, col, ...) pk__fail_at((L)->err, PK_EPARSE, (L)->name, (L)->csv.line, (long)(L)->cols[col] + 1, \
                                      NULL, __VA_ARGS__)
#define NOMEM(L) pk__fail((L)->err, PK_ENOMEM, NULL, "out of memory reading %s", (L)->name)

static unsigned regime_flag(const char *s)
{
    if (strcmp(s, "aceh") == 0)
        return PK_REGIME_ACEH;
    if (strcmp(s, "diy") == 0)
        return PK_REGIME_DIY;
    if (strcmp(s, "jakarta") == 0)
        return PK_REGIME_JAKARTA;
    if (strcmp(s, "papua_otsus") == 0)
        return PK_REGIME_PAPUA_OTSUS;
    return 0;
}

static pk_status load_regions(pk__region_model *m, loader *L)
{
    static const char *const cols[] = {"code", "name", "kind", "parent_code", "capital"};
    size_t cap = 0;
    int rc;
    while ((rc = next_row(L)) == 1) {
        if (!grow((void **)&m->rows, &cap, m->nrows, sizeof *m->rows))
            return NOMEM(L);
        pk__region_mrow *r = &m->rows[m->nrows];
        memset(r, 0, sizeof *r);
        const char *code = field(L, 0), *name = field(L, 1), *kind = field(L, 2), *parent = field(L, 3);
        r->code_num = code_num(code);
        if (r->code_num < 0)
            return FAIL(L, 0, "'%s' is not a region code (NN or NN.NN)", code);
        if (pk__region_model_find(m, code) >= 0)
            return FAIL(L, 0, "duplicate code %s", code);
        if (pk_region_kind_parse(&r->kind, kind, NULL) != PK_OK)
            return FAIL(L, 2, "unknown kind '%s'", kind);
        if ((r->kind == PK_REGION_PROVINSI) != (r->code_num < 100))
            return FAIL(L, 2, "kind %s does not fit code %s", kind, code);
        if (!name[0])
            return FAIL(L, 1, "empty name");
        r->parent_index = -1;
        if (r->kind != PK_REGION_PROVINSI) {
            r->parent_index = pk__region_model_find(m, parent);
            if (r->parent_index < 0 || strncmp(parent, code, 2) != 0)
                return FAIL(L, 3, "parent '%s' of %s is not a province listed before it", parent, code);
        } else if (parent[0]) {
            return FAIL(L, 3, "a province has no parent");
        }
        const char *prefix = pk__region_kind_prefix(r->kind);
        size_t fl = strlen(prefix) + 1 + strlen(name) + 1;
        r->full_name = malloc(fl);
        r->code = pk__strndup(code, strlen(code));
        r->name = pk__strndup(name, strlen(name));
        r->parent = r->kind == PK_REGION_PROVINSI ? NULL : pk__strndup(parent, strlen(parent));
        r->capital = pk__strndup(field(L, 4), strlen(field(L, 4)));
        m->nrows++;
        if (!r->full_name || !r->code || !r->name || !r->capital || (r->kind != PK_REGION_PROVINSI && !r->parent))
            return NOMEM(L);
        memcpy(r->full_name, prefix, strlen(prefix));
        r->full_name[strlen(prefix)] = ' ';
        memcpy(r->full_name + strlen(prefix) + 1, name, strlen(name) + 1);
    }
    if (rc < 0)
        return (pk_status)rc;
    (void)cols;
    return PK_OK;
}

pk_status pk__region_model_load(pk__region_model *m, const char *const texts[PK__RF_COUNT],
                                const size_t lens[PK__RF_COUNT], const char *const names[PK__RF_COUNT],
                                pk_error *err)
{
    static const char *const c_regions[] = {"code", "name", "kind", "parent_code", "capital"};
    static const char *const c_aliases[] = {"code", "alias", "note"};
    static const char *const c_changes[] = {"old_code", "new_code", "name"};
    static const char *const c_cycles[] = {"cycle", "voting_day", "complete", "provinsi", "kabupaten", "kota",
                                           "status", "source"};
    static const char *const c_parts[] = {"code", "cycle", "status", "source"};
    static const char *const c_regimes[] = {"regime", "code", "scope", "effect", "value", "status",
                                            "source", "basis", "basis_status", "note"};
    memset(m, 0, sizeof *m);
    loader L;
    memset(&L, 0, sizeof L);
    pk_status s;
    int rc;
    size_t cap;

#define OPEN(idx, cols)                                                                                  \
    do {                                                                                                 \
        s = open_file(&L, texts[idx], lens[idx], names[idx], cols, PK_ARRAY_LEN(cols), err);          \
        if (s != PK_OK)                                                                                  \
            goto fail;                                                                                   \
    } while (0)
#define CHECK(expr)                                                                                      \
    do {                                                                                                 \
        s = (expr);                                                                                      \
        if (s != PK_OK)                                                                                  \
            goto fail;                                                                                   \
    } while (0)

    OPEN(PK__RF_REGIONS, c_regions);
    CHECK(load_regions(m, &L));
    pk__csv_close(&L.csv);

    OPEN(PK__RF_ALIASES, c_aliases);
    cap = 0;
    while ((rc = next_row(&L)) == 1) {
        const char *code = field(&L, 0), *alias = field(&L, 1);
        int r = pk__region_model_find(m, code);
        if (r < 0)
            CHECK(FAIL(&L, 0, "alias of unknown region %s", code));
        if (!alias[0])
            CHECK(FAIL(&L, 1, "empty alias"));
        if (!grow((void **)&m->aliases, &cap, m->naliases, sizeof *m->aliases))
            CHECK(NOMEM(&L));
        m->aliases[m->naliases].region = r;
        m->aliases[m->naliases].alias = pk__strndup(alias, strlen(alias));
        if (!m->aliases[m->naliases++].alias)
            CHECK(NOMEM(&L));
    }
    if (rc < 0)
        CHECK((pk_status)rc);
    pk__csv_close(&L.csv);

    OPEN(PK__RF_CHANGES, c_changes);
    cap = 0;
    while ((rc = next_row(&L)) == 1) {
        const char *oldc = field(&L, 0), *newc = field(&L, 1);
        int on = code_num(oldc), r = pk__region_model_find(m, newc);
        if (on < 1000)
            CHECK(FAIL(&L, 0, "'%s' is not a kabupaten/kota code", oldc));
        if (r < 0)
            CHECK(FAIL(&L, 1, "unknown new code %s", newc));
        if (pk__region_model_find(m, oldc) >= 0)
            CHECK(FAIL(&L, 0, "old code %s is also a current code", oldc));
        if (!grow((void **)&m->olds, &cap, m->nolds, sizeof *m->olds))
            CHECK(NOMEM(&L));
        m->olds[m->nolds].old_num = on;
        m->olds[m->nolds++].region = r;
    }
    if (rc < 0)
        CHECK((pk_status)rc);
    pk__csv_close(&L.csv);

    OPEN(PK__RF_CYCLES, c_cycles);
    cap = 0;
    while ((rc = next_row(&L)) == 1) {
        if (!grow((void **)&m->cycles, &cap, m->ncycles, sizeof *m->cycles))
            CHECK(NOMEM(&L));
        pk__region_mcycle *c = &m->cycles[m->ncycles];
        memset(c, 0, sizeof *c);
        char *end;
        c->year = (int)strtol(field(&L, 0), &end, 10);
        if (*end || c->year < 2000 || c->year > 2100)
            CHECK(FAIL(&L, 0, "bad cycle year"));
        if (pk_date_parse(&c->day, field(&L, 1), NULL) != PK_OK)
            CHECK(FAIL(&L, 1, "bad voting day"));
        const char *comp = field(&L, 2);
        if (strcmp(comp, "yes") != 0 && strcmp(comp, "no") != 0)
            CHECK(FAIL(&L, 2, "complete must be yes or no"));
        c->complete = comp[0] == 'y';
        size_t *tot[3] = {&c->provinsi, &c->kabupaten, &c->kota};
        for (int i = 0; i < 3; i++) {
            long v = strtol(field(&L, 3 + i), &end, 10);
            if (*end || v < 0 || v > 1000)
                CHECK(FAIL(&L, 3 + i, "bad count"));
            *tot[i] = (size_t)v;
        }
        if (status_parse(field(&L, 6), &c->status) != PK_OK)
            CHECK(FAIL(&L, 6, "bad status"));
        c->source = pk__strndup(field(&L, 7), strlen(field(&L, 7)));
        m->ncycles++;
        if (!c->source)
            CHECK(NOMEM(&L));
        for (size_t i = 0; i + 1 < m->ncycles; i++)
            if (m->cycles[i].year == c->year)
                CHECK(FAIL(&L, 0, "duplicate cycle %d", c->year));
    }
    if (rc < 0)
        CHECK((pk_status)rc);
    if (m->ncycles == 0 || m->ncycles > 16)
        CHECK(pk__fail_at(err, PK_EPARSE, names[PK__RF_CYCLES], 0, 0, NULL, "1 to 16 cycles expected"));
    pk__csv_close(&L.csv);

    OPEN(PK__RF_REGIMES, c_regimes);
    cap = 0;
    while ((rc = next_row(&L)) == 1) {
        if (!grow((void **)&m->regimes, &cap, m->nregimes, sizeof *m->regimes))
            CHECK(NOMEM(&L));
        pk__region_mregime *g = &m->regimes[m->nregimes];
        memset(g, 0, sizeof *g);
        m->nregimes++;
        g->flag = regime_flag(field(&L, 0));
        if (!g->flag)
            CHECK(FAIL(&L, 0, "unknown regime '%s'", field(&L, 0)));
        int p = pk__region_model_find(m, field(&L, 1));
        if (p < 0 || m->rows[p].kind != PK_REGION_PROVINSI)
            CHECK(FAIL(&L, 1, "'%s' is not a province", field(&L, 1)));
        const char *sc = field(&L, 2);
        if (strcmp(sc, "all") != 0 && strcmp(sc, "province") != 0 && strcmp(sc, "members") != 0 &&
            strcmp(sc, "administrasi") != 0)
            CHECK(FAIL(&L, 2, "unknown scope '%s'", sc));
        const char *ef = field(&L, 3);
        if (strcmp(ef, "organiser_body") != 0 && strcmp(ef, "supervisor_body") != 0 &&
            strcmp(ef, "province_bare_name") != 0 && strcmp(ef, "no_election") != 0 &&
            strcmp(ef, "majority_percent") != 0 && strcmp(ef, "special_autonomy") != 0)
            CHECK(FAIL(&L, 3, "unknown effect '%s'", ef));
        if (strcmp(ef, "majority_percent") == 0) {
            char *end;
            long v = strtol(field(&L, 4), &end, 10);
            if (*end || v < 1 || v > 99)
                CHECK(FAIL(&L, 4, "majority_percent must be 1..99"));
        }
        if (status_parse(field(&L, 5), &g->status) != PK_OK)
            CHECK(FAIL(&L, 5, "bad status"));
        if (status_parse(field(&L, 8), &g->basis_status) != PK_OK)
            CHECK(FAIL(&L, 8, "bad basis_status"));
        char **dst[] = {&g->regime, &g->province, &g->scope, &g->effect, &g->value, &g->source, &g->basis, &g->note};
        int src[] = {0, 1, 2, 3, 4, 6, 7, 9};
        for (size_t i = 0; i < PK_ARRAY_LEN(src); i++) {
            const char *f = field(&L, src[i]);
            *dst[i] = pk__strndup(f, strlen(f));
            if (!*dst[i])
                CHECK(NOMEM(&L));
        }
        for (size_t i = 0; i < m->nrows; i++) {
            pk_region tmp;
            memset(&tmp, 0, sizeof tmp);
            tmp.code = m->rows[i].code;
            tmp.kind = (pk_region_kind)m->rows[i].kind;
            tmp.parent_code = m->rows[i].parent;
            pk_region_regime rule;
            memset(&rule, 0, sizeof rule);
            rule.province = g->province;
            rule.scope = g->scope;
            if (pk__region_regime_applies(&rule, &tmp))
                m->rows[i].special |= g->flag;
        }
    }
    if (rc < 0)
        CHECK((pk_status)rc);
    pk__csv_close(&L.csv);

    OPEN(PK__RF_PARTICIPATION, c_parts);
    cap = 0;
    while ((rc = next_row(&L)) == 1) {
        int r = pk__region_model_find(m, field(&L, 0));
        if (r < 0)
            CHECK(FAIL(&L, 0, "unknown region %s (use current codes)", field(&L, 0)));
        char *end;
        long y = strtol(field(&L, 1), &end, 10);
        int ci = -1;
        for (size_t i = 0; i < m->ncycles; i++)
            if (m->cycles[i].year == y && !*end)
                ci = (int)i;
        if (ci < 0)
            CHECK(FAIL(&L, 1, "cycle '%s' is not in the cycles file", field(&L, 1)));
        for (size_t i = 0; i < m->nparts; i++)
            if (m->parts[i].region == r && m->parts[i].cycle == ci)
                CHECK(FAIL(&L, 0, "duplicate row %s %ld", field(&L, 0), y));
        /* a region whose regime rules out an election cannot be listed */
        for (size_t g = 0; g < m->nregimes; g++) {
            pk_region tmp;
            memset(&tmp, 0, sizeof tmp);
            tmp.code = m->rows[r].code;
            tmp.kind = (pk_region_kind)m->rows[r].kind;
            tmp.parent_code = m->rows[r].parent;
            pk_region_regime rule;
            memset(&rule, 0, sizeof rule);
            rule.province = m->regimes[g].province;
            rule.scope = m->regimes[g].scope;
            if (strcmp(m->regimes[g].effect, "no_election") == 0 && pk__region_regime_applies(&rule, &tmp))
                CHECK(FAIL(&L, 0, "%s holds no election (special_regimes: %s)", m->rows[r].code,
                           m->regimes[g].regime));
        }
        if (!grow((void **)&m->parts, &cap, m->nparts, sizeof *m->parts))
            CHECK(NOMEM(&L));
        pk__region_mpart *p = &m->parts[m->nparts];
        p->region = r;
        p->cycle = ci;
        p->source = NULL;
        m->nparts++;
        if (status_parse(field(&L, 2), &p->status) != PK_OK)
            CHECK(FAIL(&L, 2, "bad status"));
        p->source = pk__strndup(field(&L, 3), strlen(field(&L, 3)));
        if (!p->source)
            CHECK(NOMEM(&L));
    }
    if (rc < 0)
        CHECK((pk_status)rc);
    pk__csv_close(&L.csv);

    /* complete cycles must match their official totals */
    for (size_t c = 0; c < m->ncycles; c++) {
        size_t n[3] = {0, 0, 0};
        for (size_t i = 0; i < m->nparts; i++)
            if (m->parts[i].cycle == (int)c) {
                int k = m->rows[m->parts[i].region].kind;
                n[k == PK_REGION_PROVINSI ? 0 : k == PK_REGION_KABUPATEN ? 1 : 2]++;
            }
        pk__region_mcycle *cy = &m->cycles[c];
        if (cy->complete && (n[0] != cy->provinsi || n[1] != cy->kabupaten || n[2] != cy->kota))
            CHECK(pk__fail_at(err, PK_EPARSE, names[PK__RF_PARTICIPATION], 0, 0, "cycle",
                              "cycle %d is marked complete but lists %zu/%zu/%zu provinsi/kabupaten/kota, not "
                              "%zu/%zu/%zu",
                              cy->year, n[0], n[1], n[2], cy->provinsi, cy->kabupaten, cy->kota));
    }
    return PK_OK;
fail:
    pk__csv_close(&L.csv);
    pk__region_model_free(m);
    return s;
#undef OPEN
#undef CHECK
}
