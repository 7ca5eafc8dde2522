/* Fuzz target for cost: the input is tiled up to 1 MiB (the region text
 * limit, PK_REGION_TEXT_MAX) before it reaches a text-taking entry point,
 * so a path whose cost grows faster than linear in the input times out
 * under libFuzzer's -timeout (tools/fuzz.sh: 10 s) instead of hiding behind
 * the small inputs fuzzers prefer.
 *
 * Input: byte 0 picks the entry point (0 region text search, 1 schedule
 * loader, 2 holiday loader); the rest is HEAD NUL UNIT (or UNIT alone): HEAD
 * once, then UNIT repeated until 1 MiB (whole copies only). In copy k (0, 1,
 * ...) of UNIT, '@' becomes k + 1, '^' becomes k and '%' the date of
 * 1900-01-01 plus k days, so tiled CSV rows can carry unique ids, a parent
 * chain (row "s@,s^" under a root s0 in HEAD) and ascending dates (seeds:
 * fuzz/corpus/tiled/). */
#include <stdio.h>
#include <string.h>

#include "fuzz.h"
#include "pilkada.h"

#define TILED_MAX ((size_t)1 << 20)

/* Copy number `copy` of the unit into out; its length, or 0 when it does
 * not fit whole in cap bytes. */
static size_t expand(char *out, size_t cap, const uint8_t *unit, size_t n, size_t copy)
{
    if (!memchr(unit, '@', n) && !memchr(unit, '^', n) && !memchr(unit, '%', n)) { /* plain: one copy */
        if (n > cap)
            return 0;
        memcpy(out, unit, n);
        return n;
    }
    char num[24], prev[24], date[PK_DATE_STRLEN];
    snprintf(num, sizeof num, "%zu", copy + 1);
    snprintf(prev, sizeof prev, "%zu", copy);
    pk_date d = {1900, 1, 1};
    if (pk_date_add_days(&d, d, (int32_t)(copy % 100000), NULL) != PK_OK ||
        pk_date_format(date, sizeof date, d, NULL) != PK_OK)
        date[0] = '\0';
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        const char *sub = unit[i] == '@' ? num : unit[i] == '^' ? prev : unit[i] == '%' ? date : NULL;
        size_t len = sub ? strlen(sub) : 1;
        if (w + len > cap)
            return 0; /* only whole copies */
        if (sub)
            memcpy(out + w, sub, len);
        else
            out[w] = (char)unit[i];
        w += len;
    }
    return w;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    unsigned mode = data[0] % 3;
    const uint8_t *rest = data + 1;
    size_t n = size - 1;
    const uint8_t *nul = memchr(rest, 0, n);
    const uint8_t *unit = nul ? nul + 1 : rest;
    size_t head_len = nul ? (size_t)(nul - rest) : 0, unit_len = n - (size_t)(unit - rest);
    if (unit_len == 0 || head_len > TILED_MAX)
        return 0;
    char *text = malloc(TILED_MAX);
    if (!text)
        abort();
    memcpy(text, rest, head_len);
    size_t len = head_len;
    for (size_t copy = 0; len < TILED_MAX; copy++) {
        size_t w = expand(text + len, TILED_MAX - len, unit, unit_len, copy);
        if (w == 0)
            break;
        len += w;
    }
    pk_error err;
    pk_status st;
    switch (mode) {
    case 0: {
        size_t total = 0;
        pk_region_mention m[4];
        st = pk_region_find_in_text(m, 4, &total, text, len, 0, &err);
        pk_fuzz_check_err(st, err);
        for (size_t i = 0; st == PK_OK && i < total && i < 4; i++)
            pk_fuzz_check(m[i].start < m[i].end && m[i].end <= len);
        break;
    }
    case 1: {
        pk_schedule *s = NULL;
        st = pk_schedule_load_string(&s, text, len, "tiled", &err);
        pk_fuzz_check_err(st, err);
        pk_fuzz_check((st == PK_OK) == (s != NULL));
        if (s) {
            /* every stage reaches a root in at most stage_count steps */
            size_t count = pk_schedule_stage_count(s);
            const pk_stage *last = pk_schedule_stage_at(s, count - 1);
            pk_fuzz_check(last != NULL && last->depth >= 0 && (size_t)last->depth < count);
        }
        pk_schedule_free(s);
        break;
    }
    default: {
        pk_holiday_table *h = NULL;
        st = pk_holidays_load_string(&h, text, len, "tiled", &err);
        pk_fuzz_check_err(st, err);
        pk_fuzz_check((st == PK_OK) == (h != NULL));
        pk_holidays_free(h);
        break;
    }
    }
    free(text);
    return 0;
}
