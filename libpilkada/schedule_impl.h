/* Private layout of struct pk_schedule, shared by the parser (schedule.c),
 * the built-in schedules (schedule_builtin.c plus the tables that
 * tools/pkgen/gen_schedule.c writes) and the generator itself.
 *
 * A schedule holds its stages in file order plus precomputed indexes:
 *  - order[]: stage indexes in date order (pk_schedule_stage_at);
 *  - by_id[]: stage indexes sorted by id (binary search in pk_schedule_find);
 *  - role[]: the stage index of each role;
 *  - bound[]: the sorted serial days on which the set of active stages
 *    changes, and iv[]: nbounds + 1 intervals, iv[k] covering the days
 *    d with bound[k-1] <= d < bound[k] (iv[0] is "before everything",
 *    iv[nbounds] "after everything"). Each interval lists its active stages
 *    (a slice of active[], innermost first), its root stage, and the next
 *    and previous milestones. Every milestone key date is a bound, so these
 *    answers are constant over an interval and a date query is one binary
 *    search over bound[] with no allocation.
 * Stage indexes are int32_t; -1 means "none". */
#ifndef PK_SCHEDULE_IMPL_H
#define PK_SCHEDULE_IMPL_H

#include <stdint.h>

#include "internal.h"
#include "pilkada/schedule.h"

/* Number of pk_stage_role values (PK_ROLE_NONE .. PK_ROLE_VOTER_LIST). */
#define PK__ROLE_COUNT 15

/* Number of pk_window_kind values (PK_WINDOW_CAMPAIGN .. PK_WINDOW_REGISTRATION). */
#define PK__WINDOW_KIND_COUNT 8

typedef struct pk__sched_iv {
    uint32_t active_off; /* first entry in active[] */
    uint32_t active_n;   /* number of active stages */
    int32_t top;         /* root stage active on these days (latest start), or -1 */
    int32_t next_ms;     /* next milestone strictly after any of these days, or -1 */
    int32_t prev_ms;     /* last milestone on or before these days, or -1 */
    int32_t position;    /* pk_phase_position */
} pk__sched_iv;

struct pk_schedule {
    const char *id;
    const char *title;
    const char *title_id;
    const char *basis;
    const char *source;
    const char *note;  /* the "#% note:" directives joined with "\n", or NULL */
    const char *regions; /* "#% regions:" codes separated by one space ("36.04 36.73"), NULL = national */
    const char *follows; /* "#% follows:" id of the schedule this one continues (a re-vote), or NULL */
    int cycle;
    int builtin;       /* 1: static tables, pk_schedule_free() ignores it */
    size_t nstages;
    const pk_stage *stages;       /* file order */
    const int32_t *parent;        /* parent index of each stage, -1 for a root */
    const int32_t *order;         /* date order */
    const int32_t *by_id;         /* sorted by strcmp of the ids */
    int32_t role[PK__ROLE_COUNT]; /* stage index of each role, -1 */
    size_t nbounds;
    const int32_t *bound;         /* nbounds sorted serial days */
    const pk__sched_iv *iv;       /* nbounds + 1 intervals */
    size_t nactive;
    const int32_t *active;        /* concatenated active lists */
    /* pk_schedule_window() of each kind as serial days, computed once when
     * the schedule is built (pk__schedule_windows): bit k of win_ok is set
     * when the window of kind k exists; an open start is INT32_MIN, an open
     * end INT32_MAX. The classifier tests a date against a window with two
     * comparisons instead of re-deriving the window. */
    unsigned win_ok;
    int32_t win_first[PK__WINDOW_KIND_COUNT];
    int32_t win_last[PK__WINDOW_KIND_COUNT];
    char *text_mem;               /* loaded schedules: the string arena (NULL for built-ins) */
};

/* The built-in schedules (generated table, in cycle order). */
extern const pk_schedule *const pk__schedule_builtins[];
extern const size_t pk__schedule_builtin_n;

/* The timeline index (generated): pk__schedule_tl_bound[] holds the
 * nbound sorted days on which the set of built-in schedules whose span holds
 * a day changes; interval k (bound[k-1] <= day < bound[k], k = 0..nbound)
 * lists those schedules' indexes in pk__schedule_builtins[] at
 * pk__schedule_tl_list[off[k] .. off[k+1]). */
extern const size_t pk__schedule_tl_nbound;
extern const int32_t pk__schedule_tl_bound[];
extern const uint16_t pk__schedule_tl_off[];
extern const uint16_t pk__schedule_tl_list[];

/* The built-in schedule for a serial day and an optional canonical region
 * code (the rule of pk_schedule_select(); cycle 0 = any). With inside_only,
 * only a schedule whose span holds the day. NULL if none. */
const pk_schedule *pk__schedule_select(int32_t day, const char *region_code, int cycle, int inside_only);

/* Sort n serial days and drop repeats; returns the new count (schedule day
 * bounds, and pkgen's timeline of the built-in schedules). */
size_t pk__sort_unique_i32(int32_t *a, size_t n);

/* Fill win_ok, win_first[] and win_last[] of a built schedule. */
void pk__schedule_windows(pk_schedule *s);

/* The built-in schedule a cycle year names (pk_schedule_builtin() of a
 * 4-digit year), or NULL. */
const pk_schedule *pk__schedule_of_year(int year);

/* Serial day of a stage's key date (start, else end); 0 and *ok = 0 if undated. */
int32_t pk__stage_key(const pk_stage *st, int *ok);

#endif /* PK_SCHEDULE_IMPL_H */
