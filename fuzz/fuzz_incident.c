/* Fuzz target: incident facts as text (pk_incident_set, as the CLI flags,
 * the JSON input and the bindings use it), then pk_classify() and
 * pk_explain() on the incident. Input: lines "key=value". Invariants: the
 * error contract, finding counts within the array, explain text present
 * exactly when classify succeeds. */
#include <string.h>

#include "fuzz.h"
#include "pilkada.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = pk_fuzz_cstr(data, size);
    pk_incident inc = PK_INCIDENT_INIT;
    pk_error err;
    char *line = text;
    while (line && *line) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *eq = strchr(line, '=');
        if (eq) {
            *eq = '\0';
            pk_status st = pk_incident_set(&inc, line, eq + 1, &err);
            pk_fuzz_check_err(st, err);
        }
        line = nl ? nl + 1 : NULL;
    }
    pk_finding f[8];
    pk_classification res = PK_CLASSIFICATION_INIT;
    pk_status st = pk_classify(&res, f, 8, &inc, &err);
    pk_fuzz_check_err(st, err);
    if (st == PK_OK || st == PK_EBUFSIZE) {
        pk_fuzz_check(res.finding_count <= 8 && res.finding_count <= res.finding_total);
        pk_fuzz_check(res.outcome >= PK_OUTCOME_FINDINGS && res.outcome <= PK_OUTCOME_CONFLICT);
        pk_fuzz_check(res.outcome != PK_OUTCOME_INCOMPLETE || res.missing_field != NULL);
        for (size_t i = 0; i < res.finding_count; i++)
            pk_fuzz_check(f[i].rule != NULL);
    }
    char *explained = NULL;
    pk_status st2 = pk_explain(&explained, &inc, &err);
    pk_fuzz_check_err(st2, err);
    pk_fuzz_check((st2 == PK_OK) == (explained != NULL));
    pk_fuzz_check(st2 == st || (st == PK_EBUFSIZE && st2 == PK_OK) || st2 == PK_ENOMEM);
    pk_free(explained);
    free(text);
    return 0;
}
