/* Fuzz target: the RFC 4180 CSV reader under every data file parser
 * (pk__csv_*: quoting, CRLF, '#' comments, '#%' directives, UTF-8 check). */
#include <string.h>

#include "fuzz.h"
#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk_csv r;
    pk_error err;
    pk_status st = pk__csv_open(&r, (const char *)data, size, "fuzz", &err);
    pk_fuzz_check_err(st, err);
    if (st != PK_OK)
        return 0;
    long last_line = 0;
    for (;;) {
        int k = pk__csv_next(&r, &err);
        if (k < 0) {
            pk_fuzz_check_err((pk_status)k, err);
            break;
        }
        if (k == PK_CSV_EOF)
            break;
        pk_fuzz_check(r.line > last_line); /* records move forward */
        last_line = r.line;
        if (k == PK_CSV_DIRECTIVE) {
            pk_fuzz_check(r.dkey != NULL && r.dvalue != NULL);
            continue;
        }
        for (size_t i = 0; i <= r.nfields; i++) {
            const char *f = pk__csv_field(&r, i);
            pk_fuzz_check(f != NULL);
            if (i < r.nfields)
                pk_fuzz_check(strlen(f) <= r.lens[i]);
        }
    }
    pk__csv_close(&r);
    return 0;
}
