/* The built-in holiday table, the default calendar and the deadline rules,
 * all generated at build time from data/holidays_id.csv and
 * data/deadlines.csv (tools/pkgen/gen_workday.c). */
#include <string.h>

#include "workday_internal.h"

const pk_holiday_table *pk_holidays_builtin(void)
{
    return &pk__holidays_builtin_table;
}

const pk_workcal *pk_workcal_builtin(void)
{
    return &pk__workcal_builtin_cal;
}

pk_status pk_workcal_new(pk_workcal **out, const pk_holiday_table *holidays, const pk_workday_options *opts,
                         pk_error *err)
{
    return pk__workcal_compile(out, holidays ? holidays : &pk__holidays_builtin_table, opts, err);
}

size_t pk_deadline_count(void)
{
    return (size_t)PK__DEADLINE_COUNT;
}

const pk_deadline_rule *pk_deadline_rule_get(pk_deadline_id id)
{
    if ((unsigned)id >= (unsigned)PK__DEADLINE_COUNT)
        return NULL;
    return &pk__deadline_rules[id];
}

/* slug comparison treating '-' as '_' */
static int slug_eq(const char *slug, const char *s)
{
    for (; *slug && *s; slug++, s++)
        if (*slug != (*s == '-' ? '_' : *s))
            return 0;
    return *slug == *s;
}

pk_status pk_deadline_find(const pk_deadline_rule **out, const char *slug, pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    *out = NULL;
    if (!slug)
        return pk__fail(err, PK_EINVAL, "slug", "slug is NULL");
    for (size_t i = 0; i < PK__DEADLINE_COUNT; i++)
        if (slug_eq(pk__deadline_rules[i].slug, slug)) {
            *out = &pk__deadline_rules[i];
            return PK_OK;
        }
    char shown[48];
    pk__strlcpy_utf8(shown, slug, sizeof shown);
    return pk__fail(err, PK_ENOTFOUND, "slug", "no deadline named '%s'", shown);
}

pk_status pk_deadline_compute(pk_deadline *out, const pk_workcal *cal, pk_deadline_id id, pk_date trigger,
                              pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    memset(out, 0, sizeof *out);
    const pk_deadline_rule *rule = pk_deadline_rule_get(id);
    if (!rule)
        return pk__fail(err, PK_EINVAL, "id", "unknown deadline id %d", (int)id);
    if (!pk_date_valid(trigger))
        return pk__fail(err, PK_EINVAL, "trigger", "invalid trigger date %d-%02d-%02d", trigger.year,
                        trigger.month, trigger.day);
    pk_date due;
    unsigned flags = 0;
    pk_status s;
    if (rule->unit == PK_DAYS_CALENDAR) {
        s = pk_date_add_days(&due, trigger, rule->amount, NULL);
        if (s != PK_OK)
            return pk__fail(err, s, "trigger", "the deadline leaves the supported date range");
    } else {
        s = pk__workcal_nth_after(cal ? cal : &pk__workcal_builtin_cal, trigger, rule->amount, &due, &flags, err);
        if (s != PK_OK)
            return s;
    }
    out->rule = rule;
    out->trigger = trigger;
    out->due = due;
    out->flags = flags;
    return PK_OK;
}

int pk__deadline_builtin_serial(pk_deadline *out, int32_t *due_serial, pk_deadline_id id, pk_date trigger,
                                int32_t trigger_serial)
{
    const pk_deadline_rule *rule = &pk__deadline_rules[id];
    int32_t s;
    unsigned flags = 0;
    if (rule->unit == PK_DAYS_CALENDAR) {
        int64_t t = (int64_t)trigger_serial + rule->amount;
        if (t < PK__SERIAL_MIN || t > PK__SERIAL_MAX)
            goto fail;
        s = (int32_t)t;
    } else if (pk__workcal_nth_after_serial(&pk__workcal_builtin_cal, trigger_serial, rule->amount, &s, &flags, NULL) !=
               PK_OK) {
        goto fail;
    }
    out->rule = rule;
    out->trigger = trigger;
    int32_t delta = s - trigger_serial;
    if (delta >= 0 && delta <= 62) { /* a few days or weeks: step over month ends instead of the full conversion */
        static const signed char mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        pk_date d = trigger;
        d.day += delta;
        for (int dim; d.day > (dim = mdays[d.month - 1] + (d.month == 2 && pk_is_leap_year(d.year)));) {
            d.day -= dim;
            if (++d.month > 12) {
                d.month = 1;
                d.year++;
            }
        }
        out->due = d;
    } else {
        pk__civil_from_days(s, &out->due.year, &out->due.month, &out->due.day);
    }
    out->flags = flags;
    *due_serial = s;
    return 1;
fail:
    memset(out, 0, sizeof *out);
    *due_serial = 0;
    return 0;
}
