/* Fuzz target: one line of incident JSON as the CLI reads it
 * (tools/cli/incident_json.c: its fast path for flat objects, else jansson),
 * then pk_classify(). The line is also read by jansson alone: both readings
 * must agree on the status, the error and every fact of the incident. */
#include <string.h>

#include "fuzz.h"
#include "incident_json.h"

static int same_date(pk_date a, pk_date b)
{
    return a.year == b.year && a.month == b.month && a.day == b.day;
}

static int same_incident(const pk_incident *a, const pk_incident *b)
{
    return a->version == b->version && a->actor == b->actor && a->act == b->act &&
           a->involved_actor == b->involved_actor && same_date(a->occurred, b->occurred) &&
           same_date(a->discovered, b->discovered) && same_date(a->reported, b->reported) &&
           strcmp(a->region, b->region) == 0 && a->cycle == b->cycle && a->schedule == b->schedule &&
           a->supported == b->supported && a->minister_approval == b->minister_approval && a->tsm == b->tsm &&
           a->candidate_involved == b->candidate_involved && a->incumbent_candidate == b->incumbent_candidate &&
           a->on_leave == b->on_leave && a->official_capacity == b->official_capacity && a->evidence == b->evidence;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk_incident inc, slow;
    pk_error err, serr;
    pk_status st = incident_from_line(&inc, (const char *)data, size, NULL, NULL, &err);
    pk_fuzz_check_err(st, err);
    pk_status sst = incident_from_line_jansson(&slow, (const char *)data, size, NULL, NULL, &serr);
    pk_fuzz_check(st == sst && same_incident(&inc, &slow));
    if (st != PK_OK)
        pk_fuzz_check(strcmp(err.field, serr.field) == 0 && strcmp(err.text, serr.text) == 0 &&
                      err.column == serr.column);
    if (st == PK_OK) {
        pk_finding f[8];
        pk_classification res = PK_CLASSIFICATION_INIT;
        st = pk_classify(&res, f, 8, &inc, &err);
        pk_fuzz_check_err(st, err);
    }
    return 0;
}
