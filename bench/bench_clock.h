/* The benches' clocks, one copy: wall time (CLOCK_MONOTONIC) and this
 * process's CPU time (CLOCK_PROCESS_CPUTIME_ID, steady on a shared machine).
 * Include after the bench's feature-test macro (_POSIX_C_SOURCE). */
#ifndef PK_BENCH_CLOCK_H
#define PK_BENCH_CLOCK_H

#include <time.h>

static inline double pk_bench_clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static inline double pk_bench_wall_s(void) { return pk_bench_clock_s(CLOCK_MONOTONIC); }
static inline double pk_bench_cpu_s(void) { return pk_bench_clock_s(CLOCK_PROCESS_CPUTIME_ID); }
static inline double pk_bench_wall_ns(void) { return pk_bench_wall_s() * 1e9; }
static inline double pk_bench_cpu_ns(void) { return pk_bench_cpu_s() * 1e9; }

#endif
