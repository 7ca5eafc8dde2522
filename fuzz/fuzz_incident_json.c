/* Fuzz target: one line of incident JSON as the CLI reads it
 * (tools/cli/incident_json.c over jansson), then pk_classify(). */
#include "fuzz.h"
#include "incident_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk_incident inc;
    pk_error err;
    pk_status st = incident_from_line(&inc, (const char *)data, size, NULL, NULL, &err);
    pk_fuzz_check_err(st, err);
    if (st == PK_OK) {
        pk_finding f[8];
        pk_classification res = PK_CLASSIFICATION_INIT;
        st = pk_classify(&res, f, 8, &inc, &err);
        pk_fuzz_check_err(st, err);
    }
    return 0;
}
