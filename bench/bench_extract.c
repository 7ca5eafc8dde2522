/* Text engine benchmark: prints throughput; asserts nothing.
 * Usage: bench_extract FILE
 * FILE is UTF-8 news text (bench/run_extract.sh writes the 126 corpus
 * paragraphs of tests/extract/corpus/ into one file). The text is repeated,
 * paragraphs apart, to 100 KB, 1 MB and 10 MB, and pk_extract() runs on each
 * with all lexicons and the full built-in region registry (they are const
 * tables, always loaded). Each size prints two figures, both CPU time:
 *   first - the first call on that text (at 100 KB the first call of the
 *           process: the const tables' pages and the allocator are cold);
 *   warm  - the best of the calls after it: the steady per-core rate of a
 *           program that calls pk_extract() over and over.
 * and the page faults per call (each call takes its working memory and
 * its result fresh from the allocator, which gives it back to the system).
 * A second line gives the same for pk_extract_ws() with one workspace per
 * size (its first call fills the workspace; the warm calls reuse its
 * buffers, so only the result's memory is taken afresh) and the bytes the
 * workspace holds. 4 KB is a news article; 100 KB a long report.
 * MB/s at each size shows whether the cost is linear (the figure stays
 * flat) - except past PK_EXTRACT_MAX_MENTIONS mentions: the draft builder
 * then reads only the mentions kept, which lie in the text's first part, so
 * that size's figure is not the rate of a whole text (the line says so and
 * how much of the text the kept mentions cover). Then a text of a million
 * dates: time and the capped result.
 * bench_extract FILE KB runs pk_extract() once on the text repeated to KB
 * kilobytes and prints that one figure: the form to run under
 * valgrind --tool=callgrind, whose instruction count is the steady measure
 * on a shared machine. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "pilkada.h"
#include "bench_clock.h"

/* minor page faults of this process so far */
static long minor_faults(void)
{
    struct rusage u;
    if (getrusage(RUSAGE_SELF, &u) != 0)
        return 0;
    return u.ru_minflt;
}

static char *repeat(const char *s, size_t n, size_t want, size_t *len)
{
    char *t = malloc(want + n + 3);
    if (!t)
        return NULL;
    size_t l = 0;
    while (l < want) {
        size_t k = n < want - l ? n : want - l;
        /* cut at a paragraph end so every copy stays valid UTF-8 */
        if (k < n) {
            while (k > 0 && s[k - 1] != '\n')
                k--;
            if (k == 0)
                break;
        }
        memcpy(t + l, s, k);
        l += k;
        t[l++] = '\n';
        t[l++] = '\n';
    }
    t[l] = '\0';
    *len = l;
    return t;
}

typedef struct figure {
    double cpu, wall; /* best CPU and wall seconds of the calls */
    long faults;      /* page faults of the call with the best CPU time */
} figure;

typedef struct outcome {
    size_t drafts, mentions, kept;
    size_t kept_end; /* end of the last mention kept (the text the drafts read) */
    int trunc;
} outcome;

/* reps calls of pk_extract() (ws NULL) or pk_extract_ws() on text: the best of them */
static figure run(const char *text, size_t len, int reps, outcome *out, pk_extract_workspace *ws)
{
    figure f = {1e30, 1e30, 0};
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    o.reference = pk_date_of(2024, 11, 28);
    for (int i = 0; i < reps; i++) {
        pk_extract_result *r = NULL;
        long f0 = minor_faults();
        double w0 = pk_bench_wall_s(), t0 = pk_bench_cpu_s();
        pk_status s = ws ? pk_extract_ws(&r, ws, text, len, &o, NULL) : pk_extract(&r, text, len, &o, NULL);
        double t = pk_bench_cpu_s() - t0, w = pk_bench_wall_s() - w0;
        long faults = minor_faults() - f0;
        if (s != PK_OK) {
            fprintf(stderr, "pk_extract: %s\n", pk_strerror(s));
            exit(1);
        }
        out->drafts = pk_extract_draft_count(r);
        out->mentions = pk_extract_total_mentions(r);
        out->kept = pk_extract_mention_count(r);
        out->kept_end = out->kept ? pk_extract_mention_at(r, out->kept - 1)->end : 0;
        out->trunc = pk_extract_truncated(r);
        pk_extract_free(r);
        if (w < f.wall)
            f.wall = w;
        if (t < f.cpu) {
            f.cpu = t;
            f.faults = faults;
        }
    }
    return f;
}

static void print_cap(const outcome *oc, size_t len)
{
    if (oc->mentions > oc->kept)
        printf("          (mentions capped at %zu of %zu: the drafts read only those, in the text's first %.0f%%;"
               " not the rate of a whole text)\n",
               oc->kept, oc->mentions, 100.0 * (double)oc->kept_end / (double)len);
    else if (oc->trunc)
        printf("          (drafts capped at %d: further acts counted)\n", PK_EXTRACT_MAX_DRAFTS);
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: bench_extract FILE [KB]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    static char src[4 << 20];
    size_t n = fread(src, 1, sizeof src - 1, f);
    fclose(f);
    src[n] = '\0';
    printf("source: %zu bytes of news text (%s)\n", n, argv[1]);
    size_t sizes[] = {4u << 10, 100u << 10, 1u << 20, 10u << 20};
    int reps[] = {200, 5, 3, 2};
    size_t nsizes = 4;
    if (argc == 3) {
        char *end = NULL;
        unsigned long kb = strtoul(argv[2], &end, 10);
        if (!end || *end || kb == 0 || kb > (1ul << 20)) {
            fprintf(stderr, "bench_extract: KB must be 1..1048576\n");
            return 2;
        }
        sizes[0] = (size_t)kb << 10;
        reps[0] = 1;
        nsizes = 1;
    }
    for (size_t i = 0; i < nsizes; i++) {
        size_t len = 0;
        outcome oc;
        char *t = repeat(src, n, sizes[i], &len);
        if (!t)
            return 1;
        double mb = (double)len / 1e6;
        figure first = run(t, len, 1, &oc, NULL);
        if (argc == 3) {
            printf("%8zu KB: CPU %7.3f s %6.1f MB/s per core | wall %7.3f s %6.1f MB/s | %ld page faults | %zu "
                   "mentions, %zu drafts\n",
                   len >> 10, first.cpu, mb / first.cpu, first.wall, mb / first.wall, first.faults, oc.mentions,
                   oc.drafts);
            print_cap(&oc, len);
            free(t);
            break;
        }
        figure warm = run(t, len, reps[i], &oc, NULL);
        printf("%8zu KB: first call CPU %8.3f ms %6.1f MB/s (%ld page faults) | warm, best of %d: CPU %8.3f ms "
               "%6.1f MB/s per core, wall %6.1f MB/s (%ld page faults) | %zu mentions, %zu drafts\n",
               len >> 10, first.cpu * 1e3, mb / first.cpu, first.faults, reps[i], warm.cpu * 1e3, mb / warm.cpu,
               mb / warm.wall,
               warm.faults, oc.mentions, oc.drafts);
        pk_extract_workspace *ws = NULL;
        if (pk_extract_workspace_new(&ws, NULL) != PK_OK) {
            free(t);
            return 1;
        }
        figure wfirst = run(t, len, 1, &oc, ws);
        figure wwarm = run(t, len, reps[i], &oc, ws);
        printf("  workspace: first call CPU %8.3f ms %6.1f MB/s (%ld page faults) | warm, best of %d: CPU %8.3f ms "
               "%6.1f MB/s per core, wall %6.1f MB/s (%ld page faults) | holds %zu KB\n",
               wfirst.cpu * 1e3, mb / wfirst.cpu, wfirst.faults, reps[i], wwarm.cpu * 1e3, mb / wwarm.cpu,
               mb / wwarm.wall,
               wwarm.faults, pk_extract_workspace_bytes(ws) >> 10);
        pk_extract_workspace_free(ws);
        print_cap(&oc, len);
        free(t);
    }
    if (argc == 3)
        return 0;
    static const char unit[] = "27/11/2024 ";
    size_t ul = sizeof unit - 1, nd = 1000000;
    char *t = malloc(ul * nd + 1);
    if (!t)
        return 1;
    for (size_t i = 0; i < nd; i++)
        memcpy(t + i * ul, unit, ul);
    t[ul * nd] = '\0';
    outcome oc;
    figure fd = run(t, ul * nd, 1, &oc, NULL);
    printf("a million dates (%zu KB): CPU %.3f s, %zu found, %zu kept%s\n", (ul * nd) >> 10, fd.cpu, oc.mentions,
           oc.kept, oc.trunc ? " (capped)" : "");
    free(t);
    return 0;
}
