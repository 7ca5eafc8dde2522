/* bench_python_c: the C side of bench/bench_python.py. Times, from C, the
 * same three calls the Python benchmark makes through the bindings, on the
 * same inputs:
 *   lookup    pk_region_lookup("35.13")
 *   phase     pk_schedule_phase(pilkada-2024, dates cycling through 2024)
 *   classify  pk_classify(pns, decision_favouring, 2024-10-01, 35.13)
 * and prints "C_<NAME>_NS=<ns per call>" lines for the driver to read. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "pilkada.h"
#include "bench_clock.h"

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000000L;
    if (n <= 0)
        n = 1000000L;
    pk_error err;

    const pk_region *r = NULL;
    unsigned how = 0;
    size_t hits = 0;
    double t0 = pk_bench_wall_ns();
    for (long i = 0; i < n; i++)
        hits += pk_region_lookup(&r, &how, "35.13", &err) == PK_OK;
    double t_lookup = (pk_bench_wall_ns() - t0) / (double)n;

    const pk_schedule *s = NULL;
    if (pk_schedule_builtin(&s, "pilkada-2024", &err) != PK_OK) {
        fprintf(stderr, "%s\n", err.text);
        return 1;
    }
    pk_date days[366];
    int32_t base = 0;
    pk_date_to_serial(&base, pk_date_of(2024, 1, 1), NULL);
    for (int i = 0; i < 366; i++)
        pk_date_from_serial(&days[i], base + i, NULL);
    size_t during = 0;
    t0 = pk_bench_wall_ns();
    for (long i = 0; i < n; i++) {
        pk_phase ph = PK_PHASE_INIT;
        pk_schedule_phase(&ph, s, days[i % 366], NULL);
        during += ph.position == PK_PHASE_DURING;
    }
    double t_phase = (pk_bench_wall_ns() - t0) / (double)n;

    pk_incident inc = PK_INCIDENT_INIT;
    static const char *const facts[][2] = {
        {"actor", "pns"}, {"act", "decision_favouring"}, {"occurred", "2024-10-01"},
        {"discovered", "2024-10-02"}, {"reported", "2024-10-04"}, {"region", "35.13"}};
    for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++)
        if (pk_incident_set(&inc, facts[i][0], facts[i][1], &err) != PK_OK) {
            fprintf(stderr, "%s\n", err.text);
            return 1;
        }
    long nc = n / 10 > 0 ? n / 10 : 1;
    size_t found = 0;
    t0 = pk_bench_wall_ns();
    for (long i = 0; i < nc; i++) {
        pk_finding fs[8];
        pk_classification c = PK_CLASSIFICATION_INIT;
        if (pk_classify(&c, fs, 8, &inc, &err) == PK_OK)
            found += c.finding_count;
    }
    double t_classify = (pk_bench_wall_ns() - t0) / (double)nc;

    /* incident built from text each time, as the bindings do */
    t0 = pk_bench_wall_ns();
    for (long i = 0; i < nc; i++) {
        pk_incident in2 = PK_INCIDENT_INIT;
        pk_finding fs[8];
        pk_classification c = PK_CLASSIFICATION_INIT;
        for (size_t k = 0; k < sizeof facts / sizeof facts[0]; k++)
            pk_incident_set(&in2, facts[k][0], facts[k][1], &err);
        if (pk_classify(&c, fs, 8, &in2, &err) == PK_OK)
            found += c.finding_count;
    }
    double t_classify_set = (pk_bench_wall_ns() - t0) / (double)nc;

    printf("C: %ld lookups (%zu ok), %ld phases (%zu during), %ld classifications (%zu findings)\n",
           n, hits, n, during, 2 * nc, found);
    printf("C_LOOKUP_NS=%.1f\nC_PHASE_NS=%.1f\nC_CLASSIFY_NS=%.1f\nC_CLASSIFY_SET_NS=%.1f\n", t_lookup,
           t_phase, t_classify, t_classify_set);
    return 0;
}
