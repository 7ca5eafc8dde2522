/* bench_schedule: cost of the stage-at-date lookups of the schedule engine.
 * 1,000,000 pseudo-random dates in 2015-01-01 .. 2026-12-31 against the
 * built-in Pilkada 2024 schedule; prints ns per call of pk_schedule_active()
 * (with a small out array), pk_schedule_phase(), pk_schedule_next_milestone()
 * and, for scale, of pk_schedule_load_string() on the 2024 data file. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "pilkada.h"
#include "bench_clock.h"

#define N 1000000

int main(void)
{
    const pk_schedule *s = NULL;
    if (pk_schedule_builtin(&s, "pilkada-2024", NULL) != PK_OK)
        return 1;
    pk_date *dates = malloc(N * sizeof *dates);
    if (!dates)
        return 1;
    int32_t lo = 0, hi = 0;
    pk_date_to_serial(&lo, pk_date_of(2015, 1, 1), NULL);
    pk_date_to_serial(&hi, pk_date_of(2026, 12, 31), NULL);
    uint64_t x = 88172645463325252ull; /* xorshift64: same dates every run */
    for (size_t i = 0; i < N; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        pk_date_from_serial(&dates[i], lo + (int32_t)(x % (uint64_t)(hi - lo + 1)), NULL);
    }

    size_t total = 0;
    const pk_stage *out[8];
    double t0 = pk_bench_wall_ns();
    for (size_t i = 0; i < N; i++) {
        size_t n = 0;
        pk_schedule_active(out, 8, &n, s, dates[i], NULL);
        total += n;
    }
    double t_active = (pk_bench_wall_ns() - t0) / N;

    size_t during = 0;
    t0 = pk_bench_wall_ns();
    for (size_t i = 0; i < N; i++) {
        pk_phase ph = PK_PHASE_INIT;
        pk_schedule_phase(&ph, s, dates[i], NULL);
        during += ph.position == PK_PHASE_DURING;
    }
    double t_phase = (pk_bench_wall_ns() - t0) / N;

    long long days = 0;
    t0 = pk_bench_wall_ns();
    for (size_t i = 0; i < N; i++) {
        const pk_stage *m;
        int32_t d = 0;
        if (pk_schedule_next_milestone(&m, &d, s, dates[i], NULL) == PK_OK)
            days += d;
    }
    double t_next = (pk_bench_wall_ns() - t0) / N;

    double t_load = -1;
    FILE *f = fopen(PK_SOURCE_DIR "/data/schedules/pilkada-2024.csv", "rb");
    if (f) {
        static char text[1 << 20];
        size_t len = fread(text, 1, sizeof text, f);
        fclose(f);
        int reps = 200;
        t0 = pk_bench_wall_ns();
        for (int r = 0; r < reps; r++) {
            pk_schedule *l = NULL;
            if (pk_schedule_load_string(&l, text, len, "pilkada-2024.csv", NULL) != PK_OK)
                break;
            pk_schedule_free(l);
        }
        t_load = (pk_bench_wall_ns() - t0) / reps / 1000.0;
    }

    printf("bench_schedule: %d random dates 2015-2026, schedule %s (%zu stages)\n", N, pk_schedule_id(s),
           pk_schedule_stage_count(s));
    printf("  pk_schedule_active (cap 8)   %8.1f ns/op   (avg %.2f active stages)\n", t_active,
           (double)total / N);
    printf("  pk_schedule_phase            %8.1f ns/op   (%.1f%% of dates during the cycle)\n", t_phase,
           100.0 * (double)during / N);
    printf("  pk_schedule_next_milestone   %8.1f ns/op   (checksum %lld)\n", t_next, days);
    if (t_load >= 0)
        printf("  pk_schedule_load_string      %8.1f us/op   (parse + index the 2024 CSV)\n", t_load);
    free(dates);
    return 0;
}
