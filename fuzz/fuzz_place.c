/* Fuzz target: the four-level place registry's entry points for outside
 * text: codes at any level (pk_place_lookup), names as reports write them
 * (pk_place_resolve, with and without a context text) and places in free
 * text (pk_place_find_in_text). The first byte picks the entry point and
 * its options; the rest is the input. */
#include <string.h>

#include "fuzz.h"
#include "pilkada.h"

static void text_search(const char *text, size_t len, unsigned mode)
{
    pk_place_mention m[16];
    size_t total = 0, again = 0;
    pk_error err;
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    o.flags = (mode & 0x40 ? PK_PLACE_CASE_SENSITIVE : 0u) | (mode & 0x80 ? PK_PLACE_WEAK : 0u);
    pk_status st = pk_place_find_in_text(m, 16, &total, text, len, &o, &err);
    pk_fuzz_check_err(st, err);
    if (st != PK_OK) {
        pk_fuzz_check(total == 0);
        return;
    }
    /* the count does not depend on the size of the array (one scan or two) */
    pk_fuzz_check(pk_place_find_in_text(NULL, 0, &again, text, len, &o, NULL) == PK_OK && again == total);
    size_t prev_end = 0;
    for (size_t i = 0; i < total && i < 16; i++) {
        pk_fuzz_check(m[i].start <= m[i].name_start && m[i].name_start < m[i].end && m[i].end <= len);
        pk_fuzz_check(m[i].start >= prev_end);
        prev_end = m[i].end;
        pk_fuzz_check(m[i].ncandidates >= 1 && m[i].ncandidates <= PK_PLACE_MENTION_CANDIDATES);
        pk_fuzz_check(m[i].ncandidates <= m[i].total && m[i].id == m[i].candidates[0].id);
        pk_fuzz_check(m[i].level == pk_place_level_of(m[i].id) && m[i].region != NULL);
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
    switch (mode % 4) {
    case 0: {
        pk_place p = PK_PLACE_INIT;
        pk_place_id id = 7;
        st = pk_place_lookup(&p, &id, s, &err);
        pk_fuzz_check_err(st, err);
        pk_fuzz_check(st == PK_OK ? id != 0 && p.id == id && pk_place_level_of(id) == p.level : id == 0);
        if (st == PK_OK) {
            pk_place_id back = 0;
            pk_fuzz_check(pk_place_lookup(NULL, &back, p.code, NULL) == PK_OK && back == id);
            pk_fuzz_check(p.level == 1 || pk_place_within(id, p.parent));
        }
        break;
    }
    case 1:
    case 2: {
        pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
        pk_place_candidate c[8];
        pk_place_options o = PK_PLACE_OPTIONS_INIT;
        /* case 2: the first half of the input is the name, the rest the context text */
        if (mode % 4 == 2 && len > 1)
            s[len / 2] = '\0', o.context_text = s + len / 2 + 1;
        o.flags = mode & 0x80 ? PK_PLACE_NO_FUZZY : 0u;
        o.level = (int)(mode / 4 % 5);
        st = pk_place_resolve(&r, c, 8, s, &o, &err);
        pk_fuzz_check_err(st, err);
        pk_fuzz_check(st == PK_OK || st == PK_EAMBIGUOUS ? r.id != 0 : r.id == 0 || st == PK_ENOTFOUND);
        pk_fuzz_check(r.ncandidates <= 8 && r.ncandidates <= r.total);
        for (size_t i = 0; i < r.ncandidates; i++)
            pk_fuzz_check(pk_place_level_of(c[i].id) != 0 && c[i].score >= 0.0 && c[i].score <= 1.0);
        if (r.ncandidates)
            pk_fuzz_check(c[0].id == r.id && (!o.level || r.level == o.level));
        break;
    }
    default:
        text_search(raw, len, mode);
        break;
    }
    free(s);
    return 0;
}
