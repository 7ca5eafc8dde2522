/* Fuzz target: schedule files (pk_schedule_load_string) and every query on a
 * schedule that loads: find, parent, active, phase, windows, iCalendar.
 * Invariants: find returns the stage itself; active lists only stages that
 * hold the date; iCalendar lines are at most 75 octets and end in CRLF. */
#include <string.h>

#include "fuzz.h"
#include "pilkada.h"

static void check_ics(const char *text, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') {
            pk_fuzz_check(i > 0 && text[i - 1] == '\r');
            pk_fuzz_check(i - 1 - start <= 75);
            start = i + 1;
        }
    }
    pk_fuzz_check(start == len);
}

static void probe(const pk_schedule *s, pk_date d)
{
    const pk_stage *act[8];
    size_t count = 0;
    if (!pk_date_valid(d))
        return;
    pk_fuzz_check(pk_schedule_active(act, 8, &count, s, d, NULL) == PK_OK);
    for (size_t k = 0; k < count && k < 8; k++) {
        pk_fuzz_check(act[k] != NULL);
        if ((act[k]->flags & PK_STAGE_HAS_START) && (act[k]->flags & PK_STAGE_HAS_END))
            pk_fuzz_check(pk_date_compare(act[k]->start, d) <= 0 && pk_date_compare(d, act[k]->end) <= 0);
    }
    pk_phase ph = PK_PHASE_INIT;
    pk_fuzz_check(pk_schedule_phase(&ph, s, d, NULL) == PK_OK);
    const pk_stage *next = NULL;
    int32_t days = 0;
    pk_status st = pk_schedule_next_milestone(&next, &days, s, d, NULL);
    pk_fuzz_check(st == PK_OK ? next != NULL && days > 0 : st == PK_ENOTFOUND);
    pk_schedule_days_until_voting(&days, s, d, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pk_schedule *s = NULL;
    pk_error err;
    pk_status st = pk_schedule_load_string(&s, (const char *)data, size, "fuzz", &err);
    pk_fuzz_check_err(st, err);
    if (st != PK_OK) {
        pk_fuzz_check(s == NULL);
        return 0;
    }
    size_t n = pk_schedule_stage_count(s);
    for (size_t i = 0; i < n; i++) {
        const pk_stage *stage = pk_schedule_stage_at(s, i);
        const pk_stage *found = NULL;
        pk_fuzz_check(stage != NULL && stage->id != NULL);
        pk_fuzz_check(pk_schedule_find(&found, s, stage->id, NULL) == PK_OK && found == stage);
        const pk_stage *parent = pk_schedule_parent(s, stage);
        pk_fuzz_check((parent == NULL) == (stage->parent_id == NULL));
        if (stage->flags & PK_STAGE_HAS_START) {
            pk_date before;
            probe(s, stage->start);
            if (pk_date_add_days(&before, stage->start, -1, NULL) == PK_OK)
                probe(s, before);
        }
        if (stage->flags & PK_STAGE_HAS_END)
            probe(s, stage->end);
    }
    for (int k = PK_WINDOW_CAMPAIGN; k <= PK_WINDOW_REGISTRATION; k++) {
        pk_window w = PK_WINDOW_INIT;
        st = pk_schedule_window(&w, s, (pk_window_kind)k, &err);
        pk_fuzz_check_err(st, err);
        if (st == PK_OK && w.has_start && w.has_end)
            pk_fuzz_check(pk_date_compare(w.start, w.end) <= 0);
    }
    pk_ics_options o = PK_ICS_OPTIONS_INIT;
    o.dtstamp = "20250101T000000Z";
    o.include_undated = 1;
    char *ics = NULL;
    size_t len = 0;
    st = pk_schedule_to_ics(&ics, &len, s, &o, &err);
    pk_fuzz_check_err(st, err);
    if (st == PK_OK) {
        pk_fuzz_check(ics != NULL && strlen(ics) == len);
        check_ics(ics, len);
    }
    pk_free(ics);
    pk_schedule_free(s);
    return 0;
}
