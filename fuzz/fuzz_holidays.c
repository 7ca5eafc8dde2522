/* Fuzz target: holiday files (pk_holidays_load_string) and a working-day
 * calendar built from a table that loads. Invariants: rows strictly sorted;
 * each row is found on its date; a holiday is not a working day; adding
 * working days and counting them agree. */
#include "fuzz.h"
#include "pilkada.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk_holiday_table *t = NULL;
    pk_error err;
    pk_status st = pk_holidays_load_string(&t, (const char *)data, size, "fuzz", &err);
    pk_fuzz_check_err(st, err);
    if (st != PK_OK) {
        pk_fuzz_check(t == NULL);
        return 0;
    }
    int first = 0, last = 0;
    pk_fuzz_check(pk_holidays_years(&first, &last, t, NULL) == PK_OK && first <= last);
    size_t n = pk_holidays_count(t);
    pk_workcal *cal = NULL;
    st = pk_workcal_new(&cal, t, NULL, &err);
    pk_fuzz_check(st == PK_OK);
    for (size_t i = 0; i < n; i++) {
        const pk_holiday *h = pk_holidays_at(t, i);
        const pk_holiday *found = NULL;
        pk_fuzz_check(h != NULL && pk_date_valid(h->date));
        if (i > 0)
            pk_fuzz_check(pk_date_compare(pk_holidays_at(t, i - 1)->date, h->date) < 0);
        pk_fuzz_check(pk_holidays_find(&found, t, h->date, NULL) == PK_OK && found == h);
        int is = -1;
        pk_fuzz_check(pk_workcal_is_workday(&is, NULL, cal, h->date, NULL) == PK_OK && is == 0);
        pk_date out;
        if (pk_workcal_add(&out, NULL, cal, h->date, 3, NULL) == PK_OK) {
            int32_t count = 0;
            pk_fuzz_check(pk_workcal_count(&count, NULL, cal, h->date, out, NULL) == PK_OK);
            pk_fuzz_check(count == 3); /* [rolled start, out) holds 3 working days */
        }
    }
    pk_workcal_free(cal);
    pk_holidays_free(t);
    return 0;
}
