/* Text engine benchmark: prints throughput; asserts nothing.
 * Usage: bench_extract FILE
 * FILE is UTF-8 news text (bench/run_extract.sh writes the 126 corpus
 * paragraphs of tests/extract/corpus/ into one file). The text is repeated,
 * paragraphs apart, to 100 KB, 1 MB and 10 MB, and pk_extract() runs on each
 * with all lexicons and the full built-in region registry (they are const
 * tables, always loaded). MB/s at each size shows whether the cost is linear
 * (the figure stays flat). Then a text of a million dates: time and the
 * capped result.
 * bench_extract FILE KB runs pk_extract() once on the text repeated to KB
 * kilobytes and prints that one figure: the form to run under
 * valgrind --tool=callgrind, whose instruction count is the steady measure
 * on a shared machine. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pilkada.h"
#include "bench_clock.h"

/* CPU time of this process: the figure per core, not disturbed by other
 * programs sharing the machine (wall time is printed beside it). */
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

static double run(const char *text, size_t len, int reps, size_t *drafts, size_t *mentions, int *trunc,
                  double *wall)
{
    double best = 1e30;
    *wall = 1e30;
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    o.reference = pk_date_of(2024, 11, 28);
    for (int i = 0; i < reps; i++) {
        pk_extract_result *r = NULL;
        double w0 = pk_bench_wall_s(), t0 = pk_bench_cpu_s();
        pk_status s = pk_extract(&r, text, len, &o, NULL);
        double t = pk_bench_cpu_s() - t0, w = pk_bench_wall_s() - w0;
        if (w < *wall)
            *wall = w;
        if (s != PK_OK) {
            fprintf(stderr, "pk_extract: %s\n", pk_strerror(s));
            exit(1);
        }
        *drafts = pk_extract_draft_count(r);
        *mentions = pk_extract_total_mentions(r);
        *trunc = pk_extract_truncated(r);
        pk_extract_free(r);
        if (t < best)
            best = t;
    }
    return best;
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
    size_t sizes[] = {100u << 10, 1u << 20, 10u << 20};
    int reps[] = {5, 3, 1};
    size_t nsizes = 3;
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
        size_t len = 0, drafts = 0, mentions = 0;
        int trunc = 0;
        char *t = repeat(src, n, sizes[i], &len);
        if (!t)
            return 1;
        double w = 0;
        double s = run(t, len, reps[i], &drafts, &mentions, &trunc, &w);
        printf("%8zu KB: CPU %7.3f s %6.1f MB/s per core | wall %7.3f s %6.1f MB/s | %zu mentions, %zu drafts%s\n",
               len >> 10, s, (double)len / s / 1e6, w, (double)len / w / 1e6, mentions, drafts,
               trunc ? " (capped)" : "");
        free(t);
    }
    if (argc == 3)
        return 0;
    const char *unit = "27/11/2024 ";
    size_t ul = strlen(unit), nd = 1000000;
    char *t = malloc(ul * nd + 1);
    if (!t)
        return 1;
    for (size_t i = 0; i < nd; i++)
        memcpy(t + i * ul, unit, ul);
    size_t drafts = 0, mentions = 0;
    int trunc = 0;
    double w = 0;
    double s = run(t, ul * nd, 1, &drafts, &mentions, &trunc, &w);
    printf("a million dates (%zu KB): CPU %.3f s, %zu found, %zu kept%s\n", (ul * nd) >> 10, s, mentions,
           mentions < PK_EXTRACT_MAX_MENTIONS ? mentions : (size_t)PK_EXTRACT_MAX_MENTIONS,
           trunc ? " (capped)" : "");
    free(t);
    return 0;
}
