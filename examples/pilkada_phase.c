/* pilkada_phase: where does a date fall in the Pilkada 2024 schedule?
 *
 *   pilkada_phase 2024-11-25
 *
 * Build against an installed libpilkada:
 *   cc pilkada_phase.c $(pkg-config --cflags --libs pilkada) -o pilkada_phase
 */
#include <stdio.h>

#include <pilkada.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s YYYY-MM-DD\n", argv[0]);
        return 2;
    }

    pk_error err;
    pk_date date;
    if (pk_date_parse(&date, argv[1], &err) != PK_OK) {
        fprintf(stderr, "bad date '%s': %s\n", argv[1], err.text);
        return 2;
    }

    /* Built-in schedules are static: no need to free them. */
    const pk_schedule *schedule = NULL;
    if (pk_schedule_builtin(&schedule, "pilkada-2024", &err) != PK_OK) {
        fprintf(stderr, "%s\n", err.text);
        return 1;
    }

    pk_phase phase = PK_PHASE_INIT;
    if (pk_schedule_phase(&phase, schedule, date, NULL) != PK_OK) {
        fprintf(stderr, "cannot compute the phase of %s\n", argv[1]);
        return 1;
    }

    static const char *const positions[] = {"before", "during", "between stages of", "after"};
    printf("%s is %s %s\n", argv[1], positions[phase.position], pk_schedule_title(schedule));

    /* Every stage active on the date, innermost first. */
    const pk_stage *active[16];
    size_t count = 0;
    pk_schedule_active(active, 16, &count, schedule, date, NULL);
    for (size_t i = 0; i < count && i < 16; i++) {
        const pk_stage *st = active[i];
        printf("  %-28s %s", st->id, st->name_en ? st->name_en : st->id);
        if (st->critical != PK_CRITICAL_NONE) /* Bawaslu's critical stages */
            printf("  [critical: %s]", pk_critical_name(st->critical));
        printf("\n");
    }

    if (phase.next)
        printf("next milestone: %s in %ld day(s)\n", phase.next->id, (long)phase.days_to_next);

    int32_t days;
    if (pk_schedule_days_until_voting(&days, schedule, date, NULL) == PK_OK)
        printf("days until voting: %ld\n", (long)days);
    return 0;
}
