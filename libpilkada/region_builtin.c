/* Region registry: the public API over the built-in (generated) tables. */
#include <string.h>

#include "place_internal.h"
#include "region_internal.h"

#define DB (&pk__region_builtin_db)

size_t pk_region_count(void)
{
    return DB->nregions;
}

const pk_region *pk_region_at(size_t i)
{
    return i < DB->nregions ? &DB->regions[i] : NULL;
}

const pk_region *pk_region_parent(const pk_region *r)
{
    if (!r || !r->parent_code)
        return NULL;
    const pk_region *p = NULL;
    return pk__region_lookup(DB, &p, NULL, r->parent_code, NULL) == PK_OK ? p : NULL;
}

pk_status pk_region_lookup(const pk_region **out, unsigned *how, const char *code, pk_error *err)
{
    return pk__region_lookup(DB, out, how, code, err);
}

pk_status pk_region_lookup_num(const pk_region **out, unsigned *how, long long code, pk_error *err)
{
    return pk__region_lookup_num(DB, out, how, code, err);
}

pk_status pk_region_find_name(const pk_region **out, const char *name, int kind, pk_error *err)
{
    return pk__region_find_name(DB, out, name, kind, err);
}

pk_status pk_region_resolve(pk_region_resolution *out, pk_region_candidate *cands, size_t cap, const char *name,
                            const pk_region_resolve_options *opts, pk_error *err)
{
    /* Versioned result (docs/abi.md): only version 1 exists, whose candidate
     * layout is the current one; a later version converts here. */
    static const size_t sizes[] = {sizeof(pk_region_resolution)};
    if (!out)
        return pk__region_resolve(DB, out, cands, cap, name, opts, err);
    size_t size = PK__VERSION_SIZE(out->version, sizes);
    if (!size)
        return pk__fail(err, PK_EINVAL, "out", "unknown pk_region_resolution version %u (1 to %d)", out->version,
                        PK_REGION_RESOLUTION_VERSION);
    pk_region_resolution r = PK_REGION_RESOLUTION_INIT;
    pk_status rc = pk__region_resolve(DB, &r, cands, cap, name, opts, err);
    r.version = out->version;
    memcpy(out, &r, size);
    return rc;
}

pk_status pk_region_find_in_text(pk_region_mention *out, size_t cap, size_t *total, const char *text, size_t len,
                                 unsigned flags, pk_error *err)
{
    /* the linear text search of the place registry, restricted to provinces and kabupaten/kota */
    return pk__place_find_regions(&pk__place_builtin_db, out, cap, total, text, len, flags, err);
}

size_t pk_region_cycle_count(void)
{
    return DB->ncycles;
}

const pk_region_cycle *pk_region_cycle_at(size_t i)
{
    return i < DB->ncycles ? &DB->cycles[i] : NULL;
}

pk_status pk_region_cycle_find(const pk_region_cycle **out, int year, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "NULL argument");
    for (size_t i = 0; i < DB->ncycles; i++)
        if (DB->cycles[i].year == year) {
            *out = &DB->cycles[i];
            return PK_OK;
        }
    return pk__fail(err, PK_ENOTFOUND, "year", "no tabulated Pilkada cycle %d", year);
}

pk_status pk_region_cycle_is_complete(int *complete, int year, pk_error *err)
{
    if (complete)
        *complete = 0;
    if (!complete)
        return pk__fail(err, PK_EINVAL, "complete", "NULL argument");
    const pk_region_cycle *c;
    pk_status s = pk_region_cycle_find(&c, year, err);
    if (s == PK_OK)
        *complete = c->complete;
    return s;
}

pk_status pk_region_election_in(pk_region_election *out, const pk_region *region, int year, pk_error *err)
{
    return pk__region_election_in(DB, out, region, year, err);
}

size_t pk_region_regime_count(void)
{
    return DB->nregimes;
}

const pk_region_regime *pk_region_regime_at(size_t i)
{
    return i < DB->nregimes ? &DB->regimes[i] : NULL;
}

int pk_region_regime_applies(const pk_region_regime *rule, const pk_region *region)
{
    return pk__region_regime_applies(rule, region);
}

pk_status pk_region_list(const pk_region **out, size_t cap, size_t *total, const pk_region_filter *filter,
                         pk_error *err)
{
    return pk__region_list(DB, out, cap, total, filter, err);
}

pk_status pk_region_provinces(const pk_region **out, size_t cap, size_t *total, pk_error *err)
{
    pk_region_filter f = PK_REGION_FILTER_INIT;
    f.kind = PK_REGION_PROVINSI;
    return pk__region_list(DB, out, cap, total, &f, err);
}

pk_status pk_region_children(const pk_region **out, size_t cap, size_t *total, const char *province,
                             pk_error *err)
{
    if (total)
        *total = 0;
    if (!province)
        return pk__fail(err, PK_EINVAL, "province", "NULL argument");
    pk_region_filter f = PK_REGION_FILTER_INIT;
    f.province = province;
    return pk__region_list(DB, out, cap, total, &f, err);
}

pk_status pk_region_count_by_kind(pk_region_counts *out, int year, pk_error *err)
{
    return pk__region_count_by_kind(DB, out, year, err);
}
