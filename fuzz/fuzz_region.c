/* Fuzz target: the region registry's entry points for outside text: codes
 * (pk_region_lookup, pk_region_lookup_num), exact and messy names
 * (pk_region_find_name, pk_region_resolve) and names in free text
 * (pk_region_find_in_text). The first byte picks the entry point and its
 * options; the rest is the input. */
#include <string.h>

#include "fuzz.h"
#include "pilkada.h"

static void text_search(const char *text, size_t len, unsigned flags)
{
    pk_region_mention m[16];
    size_t total = 0;
    pk_error err;
    pk_status st = pk_region_find_in_text(m, 16, &total, text, len, flags, &err);
    pk_fuzz_check_err(st, err);
    if (st != PK_OK) {
        pk_fuzz_check(total == 0);
        return;
    }
    size_t prev_end = 0;
    for (size_t i = 0; i < total && i < 16; i++) {
        pk_fuzz_check(m[i].start < m[i].end && m[i].end <= len && m[i].start >= prev_end);
        prev_end = m[i].end;
        pk_fuzz_check(m[i].ncandidates >= 1 && m[i].ncandidates <= PK_REGION_MENTION_CANDIDATES);
        pk_fuzz_check(m[i].ambiguous ? m[i].region == NULL : m[i].region == m[i].candidates[0]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned mode = data[0];
    const char *raw = (const char *)data + 1;
    size_t len = size - 1;
    char *s = pk_fuzz_cstr(data + 1, len);
    pk_error err;
    pk_status st;
    const pk_region *r = NULL;
    unsigned how = 0;
    switch (mode % 5) {
    case 0:
        st = pk_region_lookup(&r, &how, s, &err);
        pk_fuzz_check_err(st, err);
        pk_fuzz_check(st == PK_OK ? r != NULL && pk_region_at(r->index) == r : r == NULL && how == 0);
        if (st == PK_OK) {
            const pk_region *again = NULL;
            pk_fuzz_check(pk_region_lookup_num(&again, NULL, r->code_num, NULL) == PK_OK && again == r);
        }
        break;
    case 1: {
        long long v = 0;
        for (size_t i = 0; i < len && i < 8; i++)
            v = (long long)((unsigned long long)v << 8 | (unsigned char)raw[i]);
        st = pk_region_lookup_num(&r, &how, v, &err);
        pk_fuzz_check_err(st, err);
        break;
    }
    case 2:
        st = pk_region_find_name(&r, s, (int)(mode / 5 % 7) - 1, &err);
        pk_fuzz_check_err(st, err);
        pk_fuzz_check((st == PK_OK) == (r != NULL));
        break;
    case 3: {
        pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
        pk_region_candidate c[8];
        pk_region_resolve_options o = PK_REGION_RESOLVE_OPTIONS_INIT;
        o.flags = (mode & 0x80) ? PK_REGION_RESOLVE_ACCEPT_FUZZY : 0;
        o.max_distance = (int)(mode / 5 % 5) - 1;
        st = pk_region_resolve(&res, c, 8, s, &o, &err);
        pk_fuzz_check_err(st, err);
        pk_fuzz_check((st == PK_OK) == (res.region != NULL));
        pk_fuzz_check(res.ncandidates <= 8 && res.ncandidates <= res.total);
        for (size_t i = 0; i < res.ncandidates; i++)
            pk_fuzz_check(c[i].region != NULL && c[i].score >= 0.0 && c[i].score <= 1.0);
        break;
    }
    default:
        text_search(raw, len, (mode & 0x80) ? PK_REGION_TEXT_ANY_CASE : 0);
        break;
    }
    free(s);
    return 0;
}
