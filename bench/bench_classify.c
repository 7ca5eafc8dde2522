/* Violation classifier throughput: classify 1,000,000 generated incidents
 * (fixed seed) with a caller-supplied finding buffer; print incidents per
 * second (wall clock, and per second of this process's CPU time) and heap
 * allocations per incident. Allocations are counted by
 * wrapping malloc/calloc/realloc at link time (-Wl,--wrap=...), which covers
 * the statically linked library.
 *
 *   bench_classify [N]                 classify N incidents (default 1,000,000)
 *   bench_classify --jsonl FILE [N]    write N incidents as JSON lines (for run_classify.sh)
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pilkada.h"
#include "bench_clock.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);

static unsigned long long allocations;

void *__wrap_malloc(size_t n)
{
    allocations++;
    return __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t m)
{
    allocations++;
    return __real_calloc(n, m);
}

void *__wrap_realloc(void *p, size_t n)
{
    allocations++;
    return __real_realloc(p, n);
}

static unsigned long long rng = 0x9E3779B97F4A7C15ull;

static unsigned next(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

/* A realistic mix: mostly ASN neutrality, then crimes, village, money politics. */
static const struct {
    pk_actor actor;
    pk_act act;
} pairs[] = {
    {PK_ACTOR_PNS, PK_ACT_SOCMED_LIKE},           {PK_ACTOR_PNS, PK_ACT_SOCMED_POST},
    {PK_ACTOR_PNS, PK_ACT_SOCMED_SHARE},          {PK_ACTOR_PPPK, PK_ACT_SOCMED_CAMPAIGN},
    {PK_ACTOR_PNS, PK_ACT_ATTEND_CAMPAIGN},       {PK_ACTOR_PNS, PK_ACT_SUPPORT_AT_CAMPAIGN},
    {PK_ACTOR_PNS, PK_ACT_PHOTO_WITH_CANDIDATE},  {PK_ACTOR_PNS, PK_ACT_INSTALL_BANNER},
    {PK_ACTOR_PNS, PK_ACT_DECISION_FAVOURING},    {PK_ACTOR_PNS, PK_ACT_PARTISAN_ACTIVITY},
    {PK_ACTOR_PNS, PK_ACT_APPROACH_PARTY},        {PK_ACTOR_PNS, PK_ACT_PARTY_MEMBERSHIP},
    {PK_ACTOR_PNS, PK_ACT_CAMPAIGN_TEAM_ROLE},    {PK_ACTOR_KEPALA_DESA, PK_ACT_DECISION_FAVOURING},
    {PK_ACTOR_KEPALA_DESA, PK_ACT_ATTEND_CAMPAIGN}, {PK_ACTOR_ANY_PERSON, PK_ACT_GIVE_MONEY},
    {PK_ACTOR_VOTER, PK_ACT_RECEIVE_MONEY},       {PK_ACTOR_CAMPAIGN_TEAM, PK_ACT_USE_STATE_FACILITIES},
    {PK_ACTOR_TNI, PK_ACT_PARTISAN_ACTIVITY},     {PK_ACTOR_VOTER, PK_ACT_ATTEND_CAMPAIGN},
};
static const char *const regions[] = {"35.13", "16.07", "32.16", "11.08", "19.71", "73.71", "", "35"};

static void make(pk_incident *in)
{
    pk_incident init = PK_INCIDENT_INIT;
    *in = init;
    unsigned p = next((unsigned)(sizeof pairs / sizeof pairs[0]));
    in->actor = pairs[p].actor;
    in->act = pairs[p].act;
    int32_t s0;
    pk_date_to_serial(&s0, pk_date_of(2024, 3, 1), NULL);
    int32_t occ = s0 + (int32_t)next(280); /* 1 Mar .. early Dec 2024 */
    pk_date_from_serial(&in->occurred, occ, NULL);
    pk_date_from_serial(&in->discovered, occ + (int32_t)next(4), NULL);
    if (next(4))
        pk_date_from_serial(&in->reported, occ + (int32_t)next(12), NULL);
    const char *r = regions[next((unsigned)(sizeof regions / sizeof regions[0]))];
    memcpy(in->region, r, strlen(r) + 1);
    in->cycle = next(2) ? 2024 : 0;
}

static int write_jsonl(const char *path, long n)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return 1;
    for (long i = 0; i < n; i++) {
        pk_incident in;
        make(&in);
        char o[PK_DATE_STRLEN], d[PK_DATE_STRLEN], r[PK_DATE_STRLEN];
        pk_date_format(o, sizeof o, in.occurred, NULL);
        pk_date_format(d, sizeof d, in.discovered, NULL);
        fprintf(f, "{\"actor\":\"%s\",\"act\":\"%s\",\"occurred\":\"%s\",\"discovered\":\"%s\"",
                pk_actor_name(in.actor), pk_act_name(in.act), o, d);
        if (pk_date_valid(in.reported)) {
            pk_date_format(r, sizeof r, in.reported, NULL);
            fprintf(f, ",\"reported\":\"%s\"", r);
        }
        if (in.region[0])
            fprintf(f, ",\"region\":\"%s\"", in.region);
        if (in.cycle)
            fprintf(f, ",\"cycle\":%d", in.cycle);
        fputs("}\n", f);
    }
    return fclose(f) != 0;
}

int main(int argc, char **argv)
{
    long n = 1000000;
    if (argc >= 3 && strcmp(argv[1], "--jsonl") == 0) {
        if (argc >= 4)
            n = atol(argv[3]);
        return write_jsonl(argv[2], n);
    }
    if (argc >= 2)
        n = atol(argv[1]);
    if (n <= 0)
        return 2;
    pk_incident *incs = malloc((size_t)n * sizeof *incs);
    if (!incs)
        return 1;
    for (long i = 0; i < n; i++)
        make(&incs[i]);

    pk_finding findings[16];
    pk_classification res = PK_CLASSIFICATION_INIT;
    size_t total_findings = 0, outcomes[5] = {0, 0, 0, 0, 0};
    /* warm-up */
    for (long i = 0; i < n && i < 1000; i++)
        pk_classify(&res, findings, 16, &incs[i], NULL);

    unsigned long long a0 = allocations;
    double c0 = pk_bench_cpu_s();
    double t0 = pk_bench_wall_s();
    for (long i = 0; i < n; i++) {
        if (pk_classify(&res, findings, 16, &incs[i], NULL) != PK_OK)
            return 1;
        total_findings += res.finding_count;
        outcomes[res.outcome]++;
    }
    double t1 = pk_bench_wall_s();
    double c1 = pk_bench_cpu_s();
    unsigned long long a1 = allocations;

    double secs = t1 - t0;
    printf("pk_classify: %ld incidents in %.3f s = %.0f incidents/s (%.0f ns/incident)\n", n, secs,
           (double)n / secs, secs * 1e9 / (double)n);
    printf("  CPU time %.3f s = %.0f incidents/s of CPU (steadier than wall time on a shared machine)\n", c1 - c0,
           (double)n / (c1 - c0));
    printf("  findings %zu (%.2f/incident); outcomes: findings %zu, no_rule %zu, incomplete %zu, conflict %zu\n",
           total_findings, (double)total_findings / (double)n, outcomes[0], outcomes[1], outcomes[2], outcomes[3]);
    printf("  heap allocations: %llu (%.3f per incident)\n", a1 - a0, (double)(a1 - a0) / (double)n);
    free(incs);
    return 0;
}
