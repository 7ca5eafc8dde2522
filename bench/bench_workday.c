/* Working-day arithmetic benchmark: 1,000,000 random start dates in
 * 2015-03-01..2026-10-31 and N in [-30, 30] (fixed seed), with the built-in
 * calendar (roll forward). Prints ns/op for single pk_workcal_add() calls
 * and for one pk_workcal_add_serial_many() over the whole array.
 * usage: bench_workday [COUNT] [PREFIX]
 * With PREFIX, writes PREFIX.start, PREFIX.n and PREFIX.out (raw int32,
 * native byte order, serial days since 1970-01-01) for the numpy comparison
 * (bench/bench_workday_numpy.py, run both with bench/run_workday.sh). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "pilkada.h"
#include "bench_clock.h"

static uint64_t rng = 0x2024112720150209u;
static uint32_t rnd(uint32_t bound)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng % bound);
}

static int write_file(const char *prefix, const char *ext, const int32_t *v, size_t n)
{
    char path[1024];
    snprintf(path, sizeof path, "%s.%s", prefix, ext);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(v, sizeof *v, n, f) != n) {
        perror(path);
        if (f)
            fclose(f);
        return 1;
    }
    return fclose(f) != 0;
}

int main(int argc, char **argv)
{
    size_t count = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 1000000;
    const char *prefix = argc > 2 ? argv[2] : NULL;
    if (count == 0)
        count = 1000000;
    int32_t *start = malloc(count * sizeof *start), *n = malloc(count * sizeof *n);
    int32_t *out = malloc(count * sizeof *out), *out1 = malloc(count * sizeof *out1);
    pk_date *dates = malloc(count * sizeof *dates);
    if (!start || !n || !out || !out1 || !dates) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    int32_t lo, hi;
    pk_date_to_serial(&lo, pk_date_of(2015, 3, 1), NULL);
    pk_date_to_serial(&hi, pk_date_of(2026, 10, 31), NULL);
    for (size_t i = 0; i < count; i++) {
        start[i] = lo + (int32_t)rnd((uint32_t)(hi - lo + 1));
        n[i] = (int32_t)rnd(61) - 30;
        pk_date_from_serial(&dates[i], start[i], NULL);
    }
    const pk_workcal *cal = pk_workcal_builtin();
    enum { REPS = 5 };

    /* single calls on pk_date values */
    double best_single = 1e300;
    long check = 0;
    for (int rep = 0; rep < REPS; rep++) {
        double t0 = pk_bench_wall_ns();
        for (size_t i = 0; i < count; i++) {
            pk_date r;
            if (pk_workcal_add(&r, NULL, cal, dates[i], n[i], NULL) != PK_OK) {
                fprintf(stderr, "pk_workcal_add failed at %zu\n", i);
                return 1;
            }
            check += r.day;
        }
        double t = (pk_bench_wall_ns() - t0) / (double)count;
        best_single = t < best_single ? t : best_single;
    }

    /* the batch form */
    double best_batch = 1e300;
    for (int rep = 0; rep < REPS; rep++) {
        double t0 = pk_bench_wall_ns();
        size_t bad;
        if (pk_workcal_add_serial_many(out, &bad, cal, start, n, count, NULL) != PK_OK) {
            fprintf(stderr, "pk_workcal_add_serial_many failed at %zu\n", bad);
            return 1;
        }
        double t = (pk_bench_wall_ns() - t0) / (double)count;
        best_batch = t < best_batch ? t : best_batch;
    }
    /* the two forms agree */
    for (size_t i = 0; i < count; i++) {
        pk_date r;
        pk_workcal_add(&r, NULL, cal, dates[i], n[i], NULL);
        pk_date_to_serial(&out1[i], r, NULL);
        if (out1[i] != out[i]) {
            fprintf(stderr, "mismatch at %zu\n", i);
            return 1;
        }
    }

    /* a run-time compiled calendar (cuti bersama worked), batch */
    pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
    o.closed_kinds = PK_HOLIDAY_NATIONAL | PK_HOLIDAY_ELECTION;
    pk_workcal *custom = NULL;
    double t0 = pk_bench_wall_ns();
    if (pk_workcal_new(&custom, NULL, &o, NULL) != PK_OK)
        return 1;
    double t_new = pk_bench_wall_ns() - t0;

    printf("workday benchmark: %zu random dates 2015-03-01..2026-10-31, N in [-30,30], best of %d\n", count, REPS);
    printf("  pk_workcal_add (single calls)       %8.2f ns/op\n", best_single);
    printf("  pk_workcal_add_serial_many (batch)  %8.2f ns/op\n", best_batch);
    printf("  pk_workcal_new (custom calendar)    %8.1f us\n", t_new / 1000.0);
    printf("  (checksum %ld)\n", check);
    pk_workcal_free(custom);
    int rc = 0;
    if (prefix) {
        rc |= write_file(prefix, "start", start, count);
        rc |= write_file(prefix, "n", n, count);
        rc |= write_file(prefix, "out", out, count);
        FILE *f = NULL;
        char path[1024];
        snprintf(path, sizeof path, "%s.ns", prefix);
        f = fopen(path, "w");
        if (f) {
            fprintf(f, "%.4f %.4f\n", best_single, best_batch);
            fclose(f);
        } else {
            rc = 1;
        }
    }
    free(start);
    free(n);
    free(out);
    free(out1);
    free(dates);
    return rc;
}
