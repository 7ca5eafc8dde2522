/* The built-in schedules: lookups over the const tables that tools/pkgen
 * (gen_schedule.c) writes from data/schedules/. */
#include <string.h>

#include "schedule_impl.h"

size_t pk_schedule_builtin_count(void)
{
    return pk__schedule_builtin_n;
}

const pk_schedule *pk_schedule_builtin_at(size_t i)
{
    return i < pk__schedule_builtin_n ? pk__schedule_builtins[i] : NULL;
}

/* 1 if s is a year written with 4 digits. */
static int year_text(const char *s, int *year)
{
    int y = 0;
    for (int i = 0; i < 4; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        y = y * 10 + (s[i] - '0');
    }
    if (s[4] != '\0')
        return 0;
    *year = y;
    return 1;
}

pk_status pk_schedule_builtin(const pk_schedule **out, const char *id, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !id)
        return pk__fail(err, PK_EINVAL, !out ? "out" : "id", "NULL argument");
    for (size_t i = 0; i < pk__schedule_builtin_n; i++) {
        if (strcmp(pk__schedule_builtins[i]->id, id) == 0) {
            *out = pk__schedule_builtins[i];
            return PK_OK;
        }
    }
    int year;
    if (year_text(id, &year)) {
        for (size_t i = 0; i < pk__schedule_builtin_n; i++) {
            if (pk__schedule_builtins[i]->cycle == year) {
                *out = pk__schedule_builtins[i];
                return PK_OK;
            }
        }
    }
    char shown[64];
    pk__strlcpy_utf8(shown, id, sizeof shown);
    return pk__fail(err, PK_ENOTFOUND, "id",
                    "no built-in schedule '%s' (try pilkada-2024, pilkada-2020, rerun-2025-bangka-pangkalpinang "
                    "or a cycle year)",
                    shown);
}
