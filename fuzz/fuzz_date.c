/* Fuzz target: strict ISO 8601 date parsing (pk_date_parse_n, pk_date_parse)
 * and the arithmetic on what it accepts. Invariants: an accepted input is
 * exactly the 10 bytes pk_date_format() writes back, a valid date, and its
 * serial number round-trips. */
#include <string.h>

#include "fuzz.h"
#include "pilkada.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk_date d;
    pk_error err;
    pk_status st = pk_date_parse_n(&d, (const char *)data, size, &err);
    pk_fuzz_check_err(st, err);
    if (st == PK_OK) {
        char buf[PK_DATE_STRLEN];
        pk_fuzz_check(size == 10 && pk_date_valid(d));
        pk_fuzz_check(pk_date_format(buf, sizeof buf, d, NULL) == PK_OK && memcmp(buf, data, 10) == 0);
        int32_t serial;
        pk_date back;
        pk_fuzz_check(pk_date_to_serial(&serial, d, NULL) == PK_OK);
        pk_fuzz_check(pk_date_from_serial(&back, serial, NULL) == PK_OK && pk_date_compare(back, d) == 0);
        pk_fuzz_check(pk_date_weekday(d) >= PK_MONDAY && pk_date_weekday(d) <= PK_SUNDAY);
        pk_date later;
        if (pk_date_add_months(&later, d, -6, NULL) == PK_OK)
            pk_fuzz_check(pk_date_valid(later) && pk_date_compare(later, d) < 0);
    } else {
        pk_fuzz_check(d.year == 0 && d.month == 0 && d.day == 0);
    }
    /* the NUL-terminated form agrees when the input holds no NUL byte */
    if (!memchr(data, 0, size)) {
        char *s = pk_fuzz_cstr(data, size);
        pk_date e;
        pk_fuzz_check(pk_date_parse(&e, s, NULL) == st);
        free(s);
    }
    return 0;
}
