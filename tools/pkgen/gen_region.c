/* pkgen regions: data/regions/{regions,aliases,code_changes,cycles,participation,special_regimes}.csv
 * -> const tables of the region registry: the regions, a direct index over
 * code numbers, old codes, a hash table of normalised names and aliases, a
 * bigram index for fuzzy search, cycles, participation and regime rules. */
#include <stdlib.h>
#include <string.h>

#include "pkgen.h"
#include "region_internal.h"

typedef struct kitem {
    char *key;
    int region;
    int how;
    const char *text;
} kitem;

static int kitem_cmp(const void *a, const void *b)
{
    const kitem *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    if (x->region != y->region)
        return x->region - y->region;
    return x->how - y->how;
}

static int part_cmp(const void *a, const void *b)
{
    const pk__region_mpart *x = a, *y = b;
    if (x->region != y->region)
        return x->region - y->region;
    return x->cycle - y->cycle;
}

static int old_cmp(const void *a, const void *b)
{
    const pk__region_mold *x = a, *y = b;
    return x->old_num - y->old_num;
}

static const char *status_enum(int s)
{
    static const char *const n[] = {"PK_SOURCE_CONFIRMED", "PK_SOURCE_SINGLE_SOURCE", "PK_SOURCE_DERIVED",
                                    "PK_SOURCE_UNCERTAIN"};
    return n[s];
}

static const char *kind_enum(int k)
{
    static const char *const n[] = {"PK_REGION_PROVINSI", "PK_REGION_KABUPATEN", "PK_REGION_KOTA",
                                    "PK_REGION_KABUPATEN_ADMINISTRASI", "PK_REGION_KOTA_ADMINISTRASI"};
    return n[k];
}

/* key of a name: tokens from `skip`; returns a malloc'd string or NULL */
static char *make_key(const char *text, int region_kind, int use_prefix)
{
    pk__token tok[128];
    size_t n = pk__region_tokens(tok, 128, text, strlen(text));
    if (n == 0 || n > 128)
        return NULL;
    size_t skip = 0;
    if (use_prefix) {
        int kind;
        skip = pk__region_prefix(tok, n, &kind);
        if (skip && !pk__region_kind_ok(kind, region_kind))
            skip = 0;
    }
    char buf[PK_REGION_NAME_MAX + 1];
    size_t len = pk__region_make_key(buf, sizeof buf, tok, skip, n);
    if (len == (size_t)-1 || len == 0)
        return NULL;
    return pk__strndup(buf, len);
}

int pkgen_regions(FILE *out, int ninputs, char **inputs); /* registered in main.c */
int pkgen_regions(FILE *out, int ninputs, char **inputs)
{
    if (ninputs != PK__RF_COUNT) {
        fprintf(stderr, "pkgen regions: expected %d inputs (regions, aliases, code_changes, cycles, "
                        "participation, special_regimes)\n", PK__RF_COUNT);
        return 1;
    }
    char *texts[PK__RF_COUNT] = {0};
    size_t lens[PK__RF_COUNT];
    int rc = 1;
    pk__region_model m;
    memset(&m, 0, sizeof m);
    kitem *items = NULL;
    for (int i = 0; i < PK__RF_COUNT; i++)
        if (pkgen_read(inputs[i], &texts[i], &lens[i]))
            goto done;
    pk_error err;
    pk_error_clear(&err);
    if (pk__region_model_load(&m, (const char *const *)texts, lens, (const char *const *)inputs, &err) != PK_OK) {
        pkgen_report(&err);
        goto done;
    }
    if (m.nrows > 60000) {
        fprintf(stderr, "pkgen regions: too many regions\n");
        goto done;
    }

    /* ---- keys ---- */
    size_t nitems = 0;
    items = calloc(m.nrows + m.naliases, sizeof *items);
    if (!items)
        goto done;
    for (size_t i = 0; i < m.nrows; i++) {
        items[nitems].key = make_key(m.rows[i].name, m.rows[i].kind, 0);
        if (!items[nitems].key) {
            fprintf(stderr, "pkgen regions: region %s has no usable name\n", m.rows[i].code);
            goto done;
        }
        items[nitems].region = (int)i;
        items[nitems].how = PK_REGION_MATCH_NAME;
        items[nitems++].text = m.rows[i].name;
    }
    for (size_t i = 0; i < m.naliases; i++) {
        int r = m.aliases[i].region;
        char *k = make_key(m.aliases[i].alias, m.rows[r].kind, 1);
        if (!k) {
            fprintf(stderr, "pkgen regions: alias '%s' has no letters or digits\n", m.aliases[i].alias);
            goto done;
        }
        items[nitems].key = k;
        items[nitems].region = r;
        items[nitems].how = PK_REGION_MATCH_ALIAS;
        items[nitems++].text = m.aliases[i].alias;
    }
    qsort(items, nitems, sizeof *items, kitem_cmp);

    pkgen_banner(out, "regions", ninputs, inputs);
    fputs("#include \"region_internal.h\"\n\n", out);

    /* regions */
    fputs("static const pk_region regions[] = {\n", out);
    for (size_t i = 0; i < m.nrows; i++) {
        pk__region_mrow *r = &m.rows[i];
        fputs("    {", out);
        pkgen_str(out, r->code);
        fprintf(out, ", %d, ", r->code_num);
        pkgen_str(out, r->name);
        fputs(", ", out);
        pkgen_str(out, r->full_name);
        fprintf(out, ", %s, ", kind_enum(r->kind));
        pkgen_str(out, r->parent); /* NULL for a province */
        fputs(", ", out);
        pkgen_str(out, r->capital);
        fprintf(out, ", %uu, %zu},\n", r->special, i);
    }
    fputs("};\n\n", out);

    /* direct index */
    uint16_t *by_num = calloc(10000, sizeof *by_num);
    if (!by_num)
        goto done;
    for (size_t i = 0; i < m.nrows; i++)
        by_num[m.rows[i].code_num] = (uint16_t)(i + 1);
    fputs("static const uint16_t by_num[10000] = {", out);
    for (size_t i = 0; i < 10000; i++)
        fprintf(out, "%s%u,", i % 20 ? "" : "\n   ", by_num[i]);
    fputs("\n};\n\n", out);
    free(by_num);

    /* old codes */
    qsort(m.olds, m.nolds, sizeof *m.olds, old_cmp);
    fputs("static const int32_t old_num[] = {", out);
    for (size_t i = 0; i < m.nolds; i++)
        fprintf(out, "%d,", m.olds[i].old_num);
    fputs(m.nolds ? "};\n" : "0};\n", out);
    fputs("static const uint16_t old_region[] = {", out);
    for (size_t i = 0; i < m.nolds; i++)
        fprintf(out, "%d,", m.olds[i].region);
    fputs(m.nolds ? "};\n\n" : "0};\n\n", out);

    /* keys and entries */
    size_t nkeys = 0, nentries = 0, max_len = 0;
    fputs("static const pk__region_entry entries[] = {\n", out);
    size_t *key_first = calloc(nitems + 1, sizeof *key_first);
    size_t *key_count = calloc(nitems + 1, sizeof *key_count);
    size_t *key_item = calloc(nitems + 1, sizeof *key_item);
    if (!key_first || !key_count || !key_item) {
        free(key_first);
        free(key_count);
        free(key_item);
        goto done;
    }
    for (size_t i = 0; i < nitems;) {
        size_t j = i;
        key_first[nkeys] = nentries;
        key_item[nkeys] = i;
        while (j < nitems && strcmp(items[j].key, items[i].key) == 0) {
            /* one entry per region: the first of (name, alias) in sort order */
            if (j == i || items[j].region != items[j - 1].region) {
                fprintf(out, "    {%d, %d, ", items[j].region, items[j].how);
                pkgen_str(out, items[j].text);
                fputs("},\n", out);
                nentries++;
            }
            j++;
        }
        key_count[nkeys] = nentries - key_first[nkeys];
        if (strlen(items[i].key) > max_len)
            max_len = strlen(items[i].key);
        nkeys++;
        i = j;
    }
    fputs("};\n\n", out);
    if (nkeys > 65000 || nentries > 65000) {
        fprintf(stderr, "pkgen regions: too many keys\n");
        goto done_keys;
    }

    /* bigram postings */
    uint32_t *bg_count = calloc(PK__REGION_NBIGRAMS + 1, sizeof *bg_count);
    uint16_t *kbg = calloc(nkeys, sizeof *kbg);
    if (!bg_count || !kbg) {
        free(bg_count);
        free(kbg);
        goto done_keys;
    }
    uint16_t grams[PK_REGION_NAME_MAX + 2];
    for (size_t k = 0; k < nkeys; k++) {
        const char *key = items[key_item[k]].key;
        size_t g = pk__region_bigrams(grams, PK_ARRAY_LEN(grams), key, strlen(key));
        kbg[k] = (uint16_t)g;
        for (size_t i = 0; i < g; i++)
            bg_count[grams[i]]++;
    }
    fputs("static const pk__region_key keys[] = {\n", out);
    for (size_t k = 0; k < nkeys; k++) {
        const char *key = items[key_item[k]].key;
        fputs("    {", out);
        pkgen_str(out, key);
        fprintf(out, ", %zu, %zu, %zu, %u},\n", strlen(key), key_first[k], key_count[k], kbg[k]);
    }
    fputs("};\n\n", out);
    fputs("static const uint32_t bg_first[] = {", out);
    uint32_t acc = 0;
    for (size_t b = 0; b <= PK__REGION_NBIGRAMS; b++) {
        fprintf(out, "%s%u,", b % 16 ? "" : "\n   ", acc);
        if (b < PK__REGION_NBIGRAMS)
            acc += bg_count[b];
    }
    fputs("\n};\n", out);
    fputs("static const uint16_t bg_keys[] = {", out);
    size_t col = 0;
    for (size_t b = 0; b < PK__REGION_NBIGRAMS; b++) {
        if (!bg_count[b])
            continue;
        for (size_t k = 0; k < nkeys; k++) {
            const char *key = items[key_item[k]].key;
            size_t g = pk__region_bigrams(grams, PK_ARRAY_LEN(grams), key, strlen(key));
            for (size_t i = 0; i < g; i++)
                if (grams[i] == b) {
                    fprintf(out, "%s%zu,", col++ % 20 ? "" : "\n   ", k);
                    break;
                }
        }
    }
    fputs(acc ? "\n};\n\n" : "0};\n\n", out);
    free(bg_count);
    free(kbg);

    /* hash slots */
    uint32_t nslots = 1;
    while (nslots < nkeys * 4)
        nslots <<= 1;
    uint16_t *slots = calloc(nslots, sizeof *slots);
    if (!slots)
        goto done_keys;
    for (size_t k = 0; k < nkeys; k++) {
        const char *key = items[key_item[k]].key;
        uint32_t h = pk__region_hash(key, strlen(key)) & (nslots - 1);
        while (slots[h])
            h = (h + 1) & (nslots - 1);
        slots[h] = (uint16_t)(k + 1);
    }
    fprintf(out, "static const uint16_t slots[%u] = {", nslots);
    for (uint32_t i = 0; i < nslots; i++)
        fprintf(out, "%s%u,", i % 20 ? "" : "\n   ", slots[i]);
    fputs("\n};\n\n", out);
    free(slots);

    /* cycles and participation */
    fputs("static const pk_region_cycle cycles[] = {\n", out);
    /* newest first */
    for (size_t a = 0; a < m.ncycles; a++)
        for (size_t b = a + 1; b < m.ncycles; b++)
            if (m.cycles[b].year > m.cycles[a].year) {
                pk__region_mcycle t = m.cycles[a];
                m.cycles[a] = m.cycles[b];
                m.cycles[b] = t;
                for (size_t p = 0; p < m.nparts; p++)
                    m.parts[p].cycle = m.parts[p].cycle == (int)a ? (int)b
                                       : m.parts[p].cycle == (int)b ? (int)a
                                                                    : m.parts[p].cycle;
            }
    for (size_t c = 0; c < m.ncycles; c++) {
        pk__region_mcycle *cy = &m.cycles[c];
        fprintf(out, "    {%d, {%d, %d, %d}, %d, %zu, %zu, %zu, %s, ", cy->year, cy->day.year, cy->day.month,
                cy->day.day, cy->complete, cy->provinsi, cy->kabupaten, cy->kota, status_enum(cy->status));
        pkgen_str(out, cy->source);
        fputs("},\n", out);
    }
    fputs("};\n\n", out);
    qsort(m.parts, m.nparts, sizeof *m.parts, part_cmp);
    fputs("static const pk__region_part parts[] = {\n", out);
    for (size_t i = 0; i < m.nparts; i++) {
        fprintf(out, "    {%d, %d, %d, ", m.parts[i].region, m.parts[i].cycle, m.parts[i].status);
        pkgen_str(out, m.parts[i].source);
        fputs("},\n", out);
    }
    fputs("};\n\n", out);

    /* regimes */
    fputs("static const pk_region_regime regimes[] = {\n", out);
    for (size_t i = 0; i < m.nregimes; i++) {
        pk__region_mregime *g = &m.regimes[i];
        fprintf(out, "    {%uu, ", g->flag);
        const char *s1[] = {g->regime, g->province, g->scope, g->effect, g->value};
        for (size_t j = 0; j < 5; j++) {
            pkgen_str(out, s1[j]);
            fputs(", ", out);
        }
        fprintf(out, "%s, ", status_enum(g->status));
        pkgen_str(out, g->source);
        fputs(", ", out);
        pkgen_str(out, g->basis);
        fprintf(out, ", %s, ", status_enum(g->basis_status));
        pkgen_str(out, g->note);
        fputs("},\n", out);
    }
    fputs("};\n\n", out);

    /* organiser, supervisor and election title per region */
    const char *names3[3] = {"organiser", "supervisor", "title"};
    for (int which = 0; which < 3; which++) {
        fprintf(out, "static const char *const %s[] = {\n", names3[which]);
        for (size_t i = 0; i < m.nrows; i++) {
            pk__region_mrow *r = &m.rows[i];
            const char *org = "KPU", *sup = "Bawaslu";
            int bare = 0;
            for (size_t g = 0; g < m.nregimes; g++) {
                pk_region tmp;
                memset(&tmp, 0, sizeof tmp);
                tmp.code = r->code;
                tmp.kind = (pk_region_kind)r->kind;
                tmp.parent_code = r->parent;
                pk_region_regime rule;
                memset(&rule, 0, sizeof rule);
                rule.province = m.regimes[g].province;
                rule.scope = m.regimes[g].scope;
                if (!pk__region_regime_applies(&rule, &tmp))
                    continue;
                if (strcmp(m.regimes[g].effect, "organiser_body") == 0)
                    org = m.regimes[g].value;
                else if (strcmp(m.regimes[g].effect, "supervisor_body") == 0)
                    sup = m.regimes[g].value;
                else if (strcmp(m.regimes[g].effect, "province_bare_name") == 0)
                    bare = 1;
            }
            char buf[512];
            if (which < 2) {
                const char *body = which == 0 ? org : sup;
                if (r->kind == PK_REGION_PROVINSI)
                    snprintf(buf, sizeof buf, "%s %s%s", body, bare ? "" : "Provinsi ", r->name);
                else
                    snprintf(buf, sizeof buf, "%s %s", body, r->full_name);
            } else {
                switch (r->kind) {
                case PK_REGION_PROVINSI:
                    snprintf(buf, sizeof buf, "Pemilihan Gubernur dan Wakil Gubernur %s", r->name);
                    break;
                case PK_REGION_KABUPATEN:
                case PK_REGION_KABUPATEN_ADMINISTRASI:
                    snprintf(buf, sizeof buf, "Pemilihan Bupati dan Wakil Bupati %s", r->name);
                    break;
                default:
                    snprintf(buf, sizeof buf, "Pemilihan Wali Kota dan Wakil Wali Kota %s", r->name);
                }
            }
            fputs("    ", out);
            pkgen_str(out, buf);
            fputs(",\n", out);
        }
        fputs("};\n\n", out);
    }

    fprintf(out,
            "const pk__region_db pk__region_builtin_db = {\n"
            "    regions, %zu, by_num, old_num, old_region, %zu, keys, %zu, entries, %zu, slots, %uu,\n"
            "    bg_first, bg_keys, %zu, cycles, %zu, parts, %zu, organiser, supervisor, title, regimes, %zu,\n"
            "};\n",
            m.nrows, m.nolds, nkeys, nentries, nslots - 1, max_len, m.ncycles, m.nparts, m.nregimes);
    rc = 0;
done_keys:
    free(key_first);
    free(key_count);
    free(key_item);
done:
    if (items)
        for (size_t i = 0; i < m.nrows + m.naliases; i++)
            free(items[i].key);
    free(items);
    pk__region_model_free(&m);
    for (int i = 0; i < PK__RF_COUNT; i++)
        free(texts[i]);
    return rc;
}
