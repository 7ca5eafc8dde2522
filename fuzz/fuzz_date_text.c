/* Fuzz target: dates as people write them (pk_date_scan, pk_date_parse_loose,
 * pk_date_parse_loose_n). Invariants: the scan's results are ordered, do not
 * overlap, lie inside the text and are well-formed for their kind (a date is
 * one valid day, a range runs forwards, unresolved has no dates); the count
 * does not depend on the room given; a date the loose parser accepts is
 * valid, reads back from its ISO form, and is what the scan finds in the
 * same text. */
#include <string.h>

#include "fuzz.h"
#include "pilkada.h"

#define ROOM 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    pk_date_text_options o = PK_DATE_TEXT_OPTIONS_INIT;
    /* a reference date chosen by the input's length: 1900..2199 */
    pk_date_from_serial(&o.reference, (int32_t)(size * 7919 % 109572) - 25567, NULL);

    pk_date_match m[ROOM] = {PK_DATE_MATCH_INIT};
    size_t total = 0, total0 = 1;
    pk_error err;
    pk_status st = pk_date_scan(m, ROOM, &total, text, size, &o, &err);
    pk_fuzz_check_err(st, err);
    pk_fuzz_check(st == PK_OK || st == PK_EBUFSIZE || st == PK_EENCODING);
    pk_status st0 = pk_date_scan(NULL, 0, &total0, text, size, &o, NULL);
    pk_fuzz_check(st0 == (st == PK_EENCODING ? st : total0 ? PK_EBUFSIZE : PK_OK));
    pk_fuzz_check(total0 == total);
    pk_fuzz_check((st == PK_EBUFSIZE) == (total > ROOM));
    size_t prev_end = 0;
    for (size_t i = 0; i < total && i < ROOM; i++) {
        const pk_date_match *x = &m[i];
        pk_fuzz_check(x->version == PK_DATE_MATCH_VERSION);
        pk_fuzz_check(x->start >= prev_end && x->start < x->end && x->end <= size);
        prev_end = x->end;
        if (x->kind == PK_DATE_KIND_DATE) {
            pk_fuzz_check(pk_date_valid(x->from) && pk_date_compare(x->from, x->to) == 0);
        } else if (x->kind == PK_DATE_KIND_RANGE) {
            pk_fuzz_check(pk_date_valid(x->from) && pk_date_valid(x->to) && pk_date_compare(x->from, x->to) < 0);
        } else {
            pk_fuzz_check(x->kind == PK_DATE_KIND_UNRESOLVED && x->from.year == 0 && x->to.year == 0);
        }
        pk_fuzz_check(x->weekday >= 0 && x->weekday <= PK_SUNDAY);
        if (x->flags & PK_DATE_FLAG_WEEKDAY_MISMATCH)
            pk_fuzz_check(x->weekday != 0);
    }

    /* the loose parser on the same bytes */
    pk_date d;
    pk_status ls = pk_date_parse_loose_n(&d, text, size, &o, &err);
    pk_fuzz_check_err(ls, err);
    if (ls == PK_OK) {
        pk_fuzz_check(pk_date_valid(d));
        pk_fuzz_check(st == PK_OK && total == 1 && m[0].kind == PK_DATE_KIND_DATE &&
                      pk_date_compare(m[0].from, d) == 0);
        char iso[PK_DATE_STRLEN];
        pk_date back;
        pk_fuzz_check(pk_date_format(iso, sizeof iso, d, NULL) == PK_OK);
        pk_fuzz_check(pk_date_parse_loose(&back, iso, NULL, NULL) == PK_OK && pk_date_compare(back, d) == 0);
    } else {
        pk_fuzz_check(d.year == 0 && d.month == 0 && d.day == 0);
    }
    /* NUL-terminated: agrees when the input has no NUL byte */
    if (!memchr(data, 0, size)) {
        char *s = pk_fuzz_cstr(data, size);
        pk_date e;
        pk_fuzz_check(pk_date_parse_loose(&e, s, &o, NULL) == ls);
        free(s);
    }
    /* accepting inferred dates only ever turns errors into dates */
    o.flags = PK_DATE_TEXT_ACCEPT_INFERRED;
    pk_date f;
    pk_status fs = pk_date_parse_loose_n(&f, text, size, &o, NULL);
    if (ls == PK_OK)
        pk_fuzz_check(fs == PK_OK && pk_date_compare(f, d) == 0);
    return 0;
}
