/* Region registry lookups over a compiled registry (pk__region_db). Core
 * code: the tables are passed in, never referenced directly. No allocation. */
#include <stdio.h>
#include <string.h>

#include "region_internal.h"

/* ------------------------------------------------------------- codes -- */

#define D(c) ((c) >= '0' && (c) <= '9')

static const pk_region *by_num(const pk__region_db *db, long long n, unsigned *how)
{
    if (n < 0 || n >= 10000)
        return NULL;
    uint16_t v = db->by_num[n];
    if (v)
        return &db->regions[v - 1];
    size_t lo = 0, hi = db->nold;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (db->old_num[mid] < n)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < db->nold && db->old_num[lo] == n) {
        *how |= PK_REGION_CODE_OLD;
        return &db->regions[db->old_region[lo]];
    }
    return NULL;
}

static pk_status from_digits(const pk__region_db *db, const pk_region **out, unsigned *how, long long v,
                             size_t ndigits, const char *what, pk_error *err)
{
    unsigned h = 0;
    long long n;
    switch (ndigits) {
    case 2: /* a province: the code is the number */
    case 4: /* a regency or city */
        n = v;
        break;
    case 6:
        n = v / 100;
        h = PK_REGION_CODE_PREFIX;
        break;
    case 10:
        n = v / 1000000;
        h = PK_REGION_CODE_PREFIX;
        break;
    default:
        return pk__fail(err, PK_EPARSE, "code", "'%s' has %zu digits; a code has 2, 4, 6 or 10", what, ndigits);
    }
    const pk_region *r = by_num(db, n, &h);
    if (!r)
        return pk__fail(err, PK_ENOTFOUND, "code", "no region with code %s", what);
    *out = r;
    if (how)
        *how = h;
    return PK_OK;
}

pk_status pk__region_lookup(const pk__region_db *db, const pk_region **out, unsigned *how, const char *code,
                            pk_error *err)
{
    if (out)
        *out = NULL;
    if (how)
        *how = 0;
    if (!out || !code)
        return pk__fail(err, PK_EINVAL, out ? "code" : "out", "NULL argument");
    /* the canonical forms "35", "3513" and "35.13" of a current code: read
     * directly (the classifier's path); anything else takes the general one */
    if (D(code[0]) && D(code[1])) {
        int n = (code[0] - '0') * 10 + (code[1] - '0');
        const char *rest = code[2] == '.' ? code + 3 : code + 2;
        if (code[2] == '\0' || (D(rest[0]) && D(rest[1]) && rest[2] == '\0')) {
            if (code[2] != '\0')
                n = n * 100 + (rest[0] - '0') * 10 + (rest[1] - '0');
            if (db->by_num[n]) {
                *out = &db->regions[db->by_num[n] - 1];
                return PK_OK;
            }
        }
    }
    long long v;
    size_t nd, b, e;
    switch (pk__code_digits(code, &v, &nd, &b, &e)) {
    case PK__CODE_OK:
        break;
    case PK__CODE_TOO_LONG:
        return pk__fail(err, PK_EPARSE, "code", "code is too long");
    case PK__CODE_TOO_MANY_DIGITS:
        return pk__fail(err, PK_EPARSE, "code", "code has more than 10 digits");
    default:
        return pk__fail(err, PK_EPARSE, "code", "'%.*s' is not a region code (e.g. 35.13 or 3513)",
                        (int)(e - b > 40 ? 40 : e - b), code + b);
    }
    char shown[48];
    size_t sl = e - b < sizeof shown - 1 ? e - b : sizeof shown - 1;
    memcpy(shown, code + b, sl);
    shown[sl] = '\0';
    return from_digits(db, out, how, v, nd, shown, err);
}

pk_status pk__region_lookup_num(const pk__region_db *db, const pk_region **out, unsigned *how, long long code,
                                pk_error *err)
{
    if (out)
        *out = NULL;
    if (how)
        *how = 0;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "NULL argument");
    if (code < 10 || code > 9999999999LL)
        return pk__fail(err, PK_ERANGE, "code", "%lld is not a region code number", code);
    size_t nd = 0;
    for (long long t = code; t; t /= 10)
        nd++;
    if (nd != 2 && nd != 4 && nd != 6 && nd != 10)
        return pk__fail(err, PK_ERANGE, "code", "%lld has %zu digits; a code has 2, 4, 6 or 10", code, nd);
    char shown[24];
    snprintf(shown, sizeof shown, "%lld", code);
    return from_digits(db, out, how, code, nd, shown, err);
}

/* -------------------------------------------------------------- names -- */

static const pk__region_key *find_key(const pk__region_db *db, const char *key, size_t len)
{
    if (len == 0 || len > db->max_key_len)
        return NULL;
    uint32_t h = pk__region_hash(key, len) & db->slot_mask;
    for (;;) {
        uint16_t s = db->slots[h];
        if (!s)
            return NULL;
        const pk__region_key *k = &db->keys[s - 1];
        if (k->len == len && memcmp(k->key, key, len) == 0)
            return k;
        h = (h + 1) & db->slot_mask;
    }
}

static int in_province(const pk_region *r, const char *prov)
{
    if (!prov)
        return 1;
    const char *p = r->kind == PK_REGION_PROVINSI ? r->code : r->parent_code;
    return p && strcmp(p, prov) == 0;
}

pk_status pk__region_find_name(const pk__region_db *db, const pk_region **out, const char *name, int kind,
                               pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "NULL argument");
    if (kind < PK_REGION_ANY_KIND || kind > PK_REGION_KOTA_ADMINISTRASI)
        return pk__fail(err, PK_EINVAL, "kind", "bad region kind %d", kind);
    pk__region_norm n;
    pk_status s = pk__region_normalize(&n, name, err);
    if (s != PK_OK)
        return s;
    const pk_region *found = NULL;
    size_t count = 0;
    /* official names: key without a prefix, or the full name "Kota Bekasi" */
    const pk__region_key *keys[2] = {find_key(db, n.whole, n.whole_len),
                                     n.kind >= 0 ? find_key(db, n.key, n.len) : NULL};
    for (int t = 0; t < 2; t++) {
        const pk__region_key *k = keys[t];
        if (!k)
            continue;
        for (size_t i = 0; i < k->count; i++) {
            const pk__region_entry *en = &db->entries[k->first + i];
            const pk_region *r = &db->regions[en->region];
            if (en->how != PK_REGION_MATCH_NAME || !pk__region_kind_ok(kind, (int)r->kind))
                continue;
            if (t == 1 && !pk__region_kind_ok(n.kind, (int)r->kind))
                continue;
            if (r != found) {
                if (!found)
                    found = r;
                count++;
            }
        }
    }
    if (count == 1) {
        *out = found;
        return PK_OK;
    }
    if (count > 1)
        return pk__fail(err, PK_EAMBIGUOUS, "name", "'%s' names %zu regions; give the kind", name, count);
    return pk__fail(err, PK_ENOTFOUND, "name", "no region of that kind is officially named '%s'", name);
}

/* Insert cand into the ranked list (best score first, then region index);
 * one candidate per region; at most cap kept; total counts distinct regions. */
static void rank_insert(pk_region_candidate *list, size_t cap, size_t *n, size_t *total, pk_region_candidate cand)
{
    for (size_t i = 0; i < *n; i++)
        if (list[i].region == cand.region) {
            if (cand.score <= list[i].score)
                return;
            memmove(list + i, list + i + 1, (*n - i - 1) * sizeof *list);
            (*n)--;
            (*total)--;
            break;
        }
    (*total)++;
    size_t pos = *n;
    while (pos > 0 && (list[pos - 1].score < cand.score ||
                       (list[pos - 1].score == cand.score && list[pos - 1].region->index > cand.region->index)))
        pos--;
    if (pos >= cap)
        return;
    size_t keep = *n < cap ? *n : cap - 1;
    memmove(list + pos + 1, list + pos, (keep - pos) * sizeof *list);
    list[pos] = cand;
    if (*n < cap)
        (*n)++;
}

#define PK__MAX_CANDS 64

pk_status pk__region_resolve(const pk__region_db *db, pk_region_resolution *out, pk_region_candidate *cands,
                             size_t cap, const char *name, const pk_region_resolve_options *opts, pk_error *err)
{
    if (out) {
        memset(out, 0, sizeof *out);
        out->kind_hint = PK_REGION_ANY_KIND;
    }
    if (!out || !name || (!cands && cap))
        return pk__fail(err, PK_EINVAL, !out ? "out" : !name ? "name" : "cands", "NULL argument");
    pk_region_resolve_options o = PK_REGION_RESOLVE_OPTIONS_INIT;
    static const size_t sizes[] = {sizeof(pk_region_resolve_options)}; /* by version */
    pk_status vs = opts ? PK__VERSION_COPY(&o, opts, sizes, "pk_region_resolve_options", "opts", err) : PK_OK;
    if (vs != PK_OK)
        return vs;
    if (o.kind < PK_REGION_ANY_KIND || o.kind > PK_REGION_KOTA_ADMINISTRASI || o.max_distance < -1 ||
        o.max_distance > 3 || (o.flags & ~PK_REGION_RESOLVE_ACCEPT_FUZZY))
        return pk__fail(err, PK_EINVAL, "opts", "bad option value");
    pk__region_norm n;
    pk_status s = pk__region_normalize(&n, name, err);
    if (s != PK_OK)
        return s;
    out->kind_hint = n.kind;

    pk_region_candidate local[PK__MAX_CANDS];
    size_t nl = 0, total = 0;

    /* exact key: without the prefix, and (if nothing fits) with it */
    const char *keys[2] = {n.key, n.whole};
    size_t lens[2] = {n.len, n.whole_len};
    for (int t = 0; t < (n.kind >= 0 ? 2 : 1) && total == 0; t++) {
        const pk__region_key *k = find_key(db, keys[t], lens[t]);
        if (!k)
            continue;
        for (size_t i = 0; i < k->count; i++) {
            const pk__region_entry *en = &db->entries[k->first + i];
            const pk_region *r = &db->regions[en->region];
            if (!pk__region_kind_ok(o.kind, (int)r->kind) || !in_province(r, o.province))
                continue;
            if (t == 0 && !pk__region_kind_ok(n.kind, (int)r->kind))
                continue;
            pk_region_candidate c = {r, 1.0, 0, (pk_region_match_how)en->how, en->text};
            rank_insert(local, PK__MAX_CANDS, &nl, &total, c);
        }
    }
    if (total == 1) {
        out->region = local[0].region;
        out->how = local[0].how;
        out->score = 1.0;
    }
    if (total >= 1) {
        size_t w = nl < cap ? nl : cap;
        if (w) /* cands may be NULL when cap is 0 */
            memcpy(cands, local, w * sizeof *cands);
        out->ncandidates = w;
        out->total = total;
        if (total == 1)
            return PK_OK;
        return pk__fail(err, PK_EAMBIGUOUS, "name", "'%s' fits %zu regions; add a prefix (Kabupaten, Kota, "
                        "Provinsi) or a province", name, total);
    }

    /* fuzzy: bigram count filter, then bounded Damerau-Levenshtein */
    int maxd = o.max_distance >= 0 ? o.max_distance : n.len <= 2 ? 1 : n.len <= 10 ? 2 : 3;
    if (n.len > 0 && n.len <= db->max_key_len + (size_t)maxd) {
        uint16_t grams[PK_REGION_NAME_MAX + 2];
        size_t ng = pk__region_bigrams(grams, PK_ARRAY_LEN(grams), n.key, n.len);
        uint8_t counts[8192];
        uint16_t touched[8192];
        size_t ntouched = 0;
        if (db->nkeys <= sizeof counts) {
            memset(counts, 0, db->nkeys);
            for (size_t g = 0; g < ng; g++)
                for (uint32_t p = db->bg_first[grams[g]]; p < db->bg_first[grams[g] + 1]; p++) {
                    uint16_t k = db->bg_keys[p];
                    if (counts[k]++ == 0)
                        touched[ntouched++] = k;
                }
        }
        for (size_t t = 0; t < ntouched; t++) {
            const pk__region_key *k = &db->keys[touched[t]];
            int need = (int)(ng > k->nbigrams ? ng : k->nbigrams) - 2 * maxd - 1;
            if (need < 1)
                need = 1;
            if (counts[touched[t]] < need)
                continue;
            int d = pk__osa_bounded(n.key, n.len, k->key, k->len, maxd);
            if (d > maxd)
                continue;
            size_t longest = n.len > k->len ? n.len : k->len;
            /* ties of the edit distance are broken by the share of common bigrams */
            double dice = 2.0 * counts[touched[t]] / (double)(ng + k->nbigrams);
            double base = 1.0 - (double)d / (double)longest + 0.01 * dice - (d ? 0.01 : 0.0);
            for (size_t i = 0; i < k->count; i++) {
                const pk__region_entry *en = &db->entries[k->first + i];
                const pk_region *r = &db->regions[en->region];
                if (!pk__region_kind_ok(o.kind, (int)r->kind) || !in_province(r, o.province))
                    continue;
                double sc = base;
                if (!pk__region_kind_ok(n.kind, (int)r->kind))
                    sc -= 0.15;
                if (sc < 0)
                    sc = 0;
                pk_region_candidate c = {r, sc, d, d ? PK_REGION_MATCH_FUZZY : (pk_region_match_how)en->how,
                                         en->text};
                rank_insert(local, PK__MAX_CANDS, &nl, &total, c);
            }
        }
    }
    size_t w = nl < cap ? nl : cap;
    if (w)
        memcpy(cands, local, w * sizeof *cands);
    out->ncandidates = w;
    out->total = total;
    if ((o.flags & PK_REGION_RESOLVE_ACCEPT_FUZZY) && nl > 0 && local[0].score >= 0.75 &&
        (nl == 1 || local[0].score - local[1].score >= 0.08)) {
        out->region = local[0].region;
        out->how = local[0].how;
        out->score = local[0].score;
        return PK_OK;
    }
    if (nl == 0)
        return pk__fail(err, PK_ENOTFOUND, "name", "no region matches '%s'", name);
    return pk__fail(err, PK_ENOTFOUND, "name", "no region is named '%s'; best suggestion: %s %s (score %.2f)", name,
                    local[0].region->code, local[0].region->full_name, local[0].score);
}

/* ------------------------------------------------------ cycles, lists -- */

static int cycle_index(const pk__region_db *db, int year)
{
    for (size_t i = 0; i < db->ncycles; i++)
        if (db->cycles[i].year == year)
            return (int)i;
    return -1;
}

static const pk__region_part *find_part(const pk__region_db *db, size_t region, int cycle)
{
    size_t lo = 0, hi = db->nparts;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const pk__region_part *p = &db->parts[mid];
        if (p->region < region || (p->region == region && p->cycle < cycle))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < db->nparts && db->parts[lo].region == region && db->parts[lo].cycle == cycle)
        return &db->parts[lo];
    return NULL;
}

static int regions_equal(const pk__region_db *db, const pk_region *r)
{
    return r && r->index < db->nregions && &db->regions[r->index] == r;
}

pk_status pk__region_election_in(const pk__region_db *db, pk_region_election *out, const pk_region *region,
                                 int year, pk_error *err)
{
    if (out)
        memset(out, 0, sizeof *out);
    if (!out || !region)
        return pk__fail(err, PK_EINVAL, out ? "region" : "out", "NULL argument");
    if (!regions_equal(db, region))
        return pk__fail(err, PK_EINVAL, "region", "not a region of the registry");
    int c = cycle_index(db, year);
    if (c < 0)
        return pk__fail(err, PK_ENOTFOUND, "year", "no tabulated Pilkada cycle %d (known: 2020, 2024)", year);
    const pk__region_part *p = find_part(db, region->index, c);
    if (!p && !db->cycles[c].complete)
        return pk__fail(err, PK_EINCOMPLETE, "year",
                        "the list of cycle %d is incomplete and %s is not on it: unknown", year, region->code);
    out->year = year;
    out->special = region->special;
    if (p) {
        out->elects = 1;
        out->election = region->kind == PK_REGION_PROVINSI ? "pemilihan gubernur"
                        : region->kind == PK_REGION_KABUPATEN ? "pemilihan bupati"
                                                              : "pemilihan wali kota";
        out->title = db->title[region->index];
        out->organiser = db->organiser[region->index];
        out->supervisor = db->supervisor[region->index];
        out->status = (pk_source_status)p->status;
        out->source = p->source;
    } else {
        out->status = PK_SOURCE_DERIVED;
        out->source = "not listed in data/regions/participation.csv for a complete cycle";
        for (size_t i = 0; i < db->nregimes; i++)
            if (strcmp(db->regimes[i].effect, "no_election") == 0 &&
                pk__region_regime_applies(&db->regimes[i], region)) {
                out->status = db->regimes[i].status;
                out->source = db->regimes[i].source;
            }
    }
    for (size_t i = 0; i < db->nregimes; i++)
        if (strcmp(db->regimes[i].effect, "majority_percent") == 0 &&
            pk__region_regime_applies(&db->regimes[i], region)) {
            int v = 0;
            for (const char *q = db->regimes[i].value; *q >= '0' && *q <= '9'; q++)
                v = v * 10 + (*q - '0');
            out->majority_percent = v;
        }
    return PK_OK;
}

pk_status pk__region_list(const pk__region_db *db, const pk_region **out, size_t cap, size_t *total,
                          const pk_region_filter *filter, pk_error *err)
{
    if (total)
        *total = 0;
    if (!total || (!out && cap))
        return pk__fail(err, PK_EINVAL, !total ? "total" : "out", "NULL argument");
    pk_region_filter f = PK_REGION_FILTER_INIT;
    static const size_t sizes[] = {sizeof(pk_region_filter)}; /* by version */
    pk_status vs = filter ? PK__VERSION_COPY(&f, filter, sizes, "pk_region_filter", "filter", err) : PK_OK;
    if (vs != PK_OK)
        return vs;
    if (f.kind < PK_REGION_ANY_KIND || f.kind > PK_REGION_KOTA_ADMINISTRASI)
        return pk__fail(err, PK_EINVAL, "kind", "bad region kind %d", f.kind);
    int c = -1;
    if (f.year) {
        c = cycle_index(db, f.year);
        if (c < 0)
            return pk__fail(err, PK_ENOTFOUND, "year", "no tabulated Pilkada cycle %d", f.year);
    }
    if (f.province) {
        const pk_region *p = NULL;
        unsigned how = 0;
        if (pk__region_lookup(db, &p, &how, f.province, NULL) != PK_OK || p->kind != PK_REGION_PROVINSI || how)
            return pk__fail(err, PK_ENOTFOUND, "province", "no province with code '%s'", f.province);
        f.province = p->code;
    }
    size_t n = 0;
    for (size_t i = 0; i < db->nregions; i++) {
        const pk_region *r = &db->regions[i];
        if (f.kind >= 0 && (int)r->kind != f.kind)
            continue;
        if (f.province && !(r->parent_code && strcmp(r->parent_code, f.province) == 0))
            continue;
        if (c >= 0 && !find_part(db, i, c))
            continue;
        if (n < cap)
            out[n] = r;
        n++;
    }
    *total = n;
    return PK_OK;
}

pk_status pk__region_count_by_kind(const pk__region_db *db, pk_region_counts *out, int year, pk_error *err)
{
    if (out)
        memset(out, 0, sizeof *out);
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "NULL argument");
    int c = -1;
    if (year) {
        c = cycle_index(db, year);
        if (c < 0)
            return pk__fail(err, PK_ENOTFOUND, "year", "no tabulated Pilkada cycle %d", year);
    }
    for (size_t i = 0; i < db->nregions; i++) {
        if (c >= 0 && !find_part(db, i, c))
            continue;
        size_t *slot[] = {&out->provinsi, &out->kabupaten, &out->kota, &out->kabupaten_administrasi,
                          &out->kota_administrasi};
        (*slot[db->regions[i].kind])++;
        out->total++;
    }
    return PK_OK;
}
