/* Four-level place registry: the public API over the built-in (generated) tables. */
#include "place_internal.h"

#define DB (&pk__place_builtin_db)

int pk_place_level_of(pk_place_id id)
{
    int l = (int)(id >> 24);
    return l >= 1 && l <= 4 ? l : 0;
}

size_t pk_place_count(int level)
{
    return pk__place_count(DB, level);
}

pk_status pk_place_at(pk_place_id *out, int level, size_t i, pk_error *err)
{
    if (out)
        *out = 0;
    if (!out || level < 1 || level > 4)
        return pk__fail(err, PK_EINVAL, out ? "level" : "out", out ? "level must be 1..4" : "NULL argument");
    if (i >= pk__place_count(DB, level))
        return pk__fail(err, PK_ERANGE, "i", "index %zu past the %zu places of level %d", i,
                        pk__place_count(DB, level), level);
    if (level <= 2) { /* regions: the i-th of that level in code order */
        size_t k = 0;
        for (size_t r = 0; r < DB->regions->nregions; r++)
            if ((DB->regions->regions[r].kind == PK_REGION_PROVINSI) == (level == 1) && k++ == i) {
                *out = PK__PLACE_ID(level, r);
                break;
            }
    } else {
        *out = PK__PLACE_ID(level, i);
    }
    return PK_OK;
}

pk_status pk_place_get(pk_place *out, pk_place_id id, pk_error *err)
{
    return pk__place_get(DB, out, id, err);
}

pk_status pk_place_lookup(pk_place *out, pk_place_id *id, const char *code, pk_error *err)
{
    return pk__place_lookup(DB, out, id, code, err);
}

pk_status pk_place_children(pk_place_id *out, size_t cap, size_t *total, pk_place_id parent, pk_error *err)
{
    return pk__place_children(DB, out, cap, total, parent, err);
}

int pk_place_within(pk_place_id inner, pk_place_id outer)
{
    return pk__place_within(DB, inner, outer);
}

pk_status pk_place_resolve(pk_place_resolution *out, pk_place_candidate *cands, size_t cap, const char *name,
                           const pk_place_options *opts, pk_error *err)
{
    return pk__place_resolve(DB, out, cands, cap, name, opts, err);
}

pk_status pk_place_find_in_text(pk_place_mention *out, size_t cap, size_t *total, const char *text, size_t len,
                                const pk_place_options *opts, pk_error *err)
{
    return pk__place_find_in_text(DB, out, cap, total, text, len, opts, err);
}
