/* The one-typo sample of the resolver's speed work: every STRIDE-th name with one typo (the 10th,
 * 20th, ...) of bench_place's place_messy.tsv, resolved once each, for an instruction count that
 * does not depend on the load of the machine:
 *   valgrind --tool=callgrind build/bench/place_typo_sample /tmp/pilkada_place_bench/place_messy.tsv
 * (9,159 names at the default stride of 10). Prints how many names it resolved and how many
 * resolved to one place. Not part of the library or the tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pilkada.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: place_typo_sample PLACE_MESSY_TSV [STRIDE]\n");
        return 2;
    }
    long stride = argc > 2 ? strtol(argv[2], NULL, 10) : 10;
    if (stride < 1)
        stride = 1;
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    static char line[4096];
    size_t n = 0, ok = 0;
    long seen = 0;
    int first = 1;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (first) { /* the header */
            first = 0;
            continue;
        }
        char *tab = strchr(line, '\t');
        if (!tab || strncmp(tab, "\t1\t", 3) != 0 || ++seen % stride != 0)
            continue;
        *tab = '\0';
        pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
        pk_place_candidate c[8];
        ok += pk_place_resolve(&r, c, 8, line, NULL, NULL) == PK_OK;
        n++;
    }
    fclose(f);
    printf("resolved %zu names with one typo, %zu to one place\n", n, ok);
    return 0;
}
