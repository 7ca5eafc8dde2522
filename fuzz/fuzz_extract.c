/* Fuzz target: the text engine (pk_extract). The first byte picks the
 * options (reference date, cycle, default region); the rest is the text.
 * Checks the documented invariants: spans inside the text and in order,
 * caps respected, every piece of evidence inside the text, negated drafts
 * never confident, missing bits agree with the incident. */
#include <string.h>

#include "fuzz.h"
#include "pilkada.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned mode = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    if (mode & 1)
        o.reference = pk_date_of(2024, 11, 28);
    if (mode & 2)
        o.cycle = 2024;
    if (mode & 4)
        o.default_region = "35.13";
    pk_extract_result *r = NULL;
    pk_error err;
    pk_status st = pk_extract(&r, text, len, &o, &err);
    pk_fuzz_check_err(st, err);
    if (st != PK_OK) {
        pk_fuzz_check(r == NULL);
        return 0;
    }
    size_t nm = pk_extract_mention_count(r);
    pk_fuzz_check(nm <= PK_EXTRACT_MAX_MENTIONS && nm <= pk_extract_total_mentions(r));
    size_t prev = 0;
    for (size_t i = 0; i < nm; i++) {
        const pk_extract_mention *m = pk_extract_mention_at(r, i);
        pk_fuzz_check(m->start <= m->end && m->end <= len && m->start >= prev);
        pk_fuzz_check(m->sentence < pk_extract_sentence_count(r));
        pk_fuzz_check(memchr(m->text, '\0', sizeof m->text) != NULL);
        prev = m->start;
    }
    pk_fuzz_check(pk_extract_mention_at(r, nm) == NULL);
    size_t nd = pk_extract_draft_count(r);
    pk_fuzz_check(nd <= PK_EXTRACT_MAX_DRAFTS);
    for (size_t i = 0; i < nd; i++) {
        const pk_extract_draft *d = pk_extract_draft_at(r, i);
        pk_fuzz_check(d->start <= d->end && d->end <= len);
        pk_fuzz_check(!d->negated || d->confidence < 0.5);
        pk_fuzz_check(((d->missing & PK_EXTRACT_MISSING_ACTOR) != 0) == (d->incident.actor == PK_ACTOR_UNKNOWN));
        pk_fuzz_check(((d->missing & PK_EXTRACT_MISSING_REGION) != 0) == (d->incident.region[0] == '\0'));
        pk_fuzz_check(d->act_label && d->actor_label);
        for (int f = 0; f < PK_EXTRACT_EVIDENCE_SLOTS; f++) {
            const pk_extract_evidence *e = &d->evidence[f];
            pk_fuzz_check(e->confidence >= 0.0 && e->confidence <= 1.0);
            pk_fuzz_check(e->start <= e->end && e->end <= len);
            pk_fuzz_check(e->mention == PK_EXTRACT_NO_MENTION || e->mention < nm);
        }
        if (d->incident.region[0]) {
            const pk_region *g = NULL;
            pk_fuzz_check(pk_region_lookup(&g, NULL, d->incident.region, NULL) == PK_OK);
        }
    }
    pk_extract_free(r);
    return 0;
}
