/* Real-mention accuracy: reads tests/regions/real/mentions.tsv (id, class,
 * mention, context, expected, year, url, note; expected = the dotted code at
 * the level meant), resolves each mention with pk_place_resolve() using the
 * context sentence as context text, and prints the accuracy per class and
 * overall. Fails on a malformed file, a library error other than
 * PK_ENOTFOUND / PK_EAMBIGUOUS, or an overall accuracy below the floor given
 * as the second argument (percent). Exit 77 (skipped) when the file is absent.
 * usage: check_mentions <mentions.tsv> <floor-percent> [-v] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pilkada.h"

#define MAX_CLASSES 64

typedef struct cls {
    char name[48];
    int n, ok;
} cls;

static char *field(char **p)
{
    char *s = *p, *t = strchr(s, '\t');
    if (t) {
        *t = '\0';
        *p = t + 1;
    } else {
        *p = s + strlen(s);
    }
    return s;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: check_mentions <mentions.tsv> <floor-percent> [-v]\n");
        return 2;
    }
    int verbose = argc > 3 && strcmp(argv[3], "-v") == 0;
    double floor_pct = atof(argv[2]);
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        printf("SKIP: %s not found (the real-mention set is merged separately)\n", argv[1]);
        return 77;
    }
    static char line[1 << 16];
    cls classes[MAX_CLASSES];
    size_t ncls = 0;
    int total = 0, ok = 0, lineno = 0, bad = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t L = strlen(line);
        while (L && (line[L - 1] == '\n' || line[L - 1] == '\r'))
            line[--L] = '\0';
        if (lineno == 1 || !L || line[0] == '#')
            continue;
        char *p = line;
        char *id = field(&p), *klass = field(&p), *mention = field(&p), *context = field(&p),
             *expected = field(&p);
        if (!*mention || !*expected) {
            fprintf(stderr, "%s:%d: missing mention or expected code\n", argv[1], lineno);
            bad = 1;
            continue;
        }
        pk_place exp = PK_PLACE_INIT;
        pk_place_id exp_id = 0;
        pk_error err;
        if (pk_place_lookup(&exp, &exp_id, expected, &err) != PK_OK) {
            fprintf(stderr, "%s:%d: %s: expected code '%s': %s\n", argv[1], lineno, id, expected, err.text);
            bad = 1;
            continue;
        }
        pk_place_options o = PK_PLACE_OPTIONS_INIT;
        o.context_text = *context ? context : NULL;
        pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
        pk_place_candidate c[8];
        pk_status s = pk_place_resolve(&r, c, 8, mention, &o, &err);
        if (s != PK_OK && s != PK_ENOTFOUND && s != PK_EAMBIGUOUS) {
            fprintf(stderr, "%s:%d: %s: '%s': %s: %s\n", argv[1], lineno, id, mention, pk_status_name(s), err.text);
            bad = 1;
            continue;
        }
        /* the best candidate counts, also when it ties (the caller sees the tie) */
        int hit = r.id == exp_id;
        size_t k = 0;
        while (k < ncls && strcmp(classes[k].name, klass) != 0)
            k++;
        if (k == ncls && ncls < MAX_CLASSES) {
            snprintf(classes[ncls].name, sizeof classes[ncls].name, "%s", klass);
            classes[ncls].n = classes[ncls].ok = 0;
            ncls++;
        }
        if (k < ncls) {
            classes[k].n++;
            classes[k].ok += hit;
        }
        total++;
        ok += hit;
        if (verbose && !hit) {
            pk_place got = PK_PLACE_INIT;
            int have = r.id && pk_place_get(&got, r.id, NULL) == PK_OK;
            printf("MISS %s [%s] '%s' -> %s %s%s (%s) expected %s %s %s\n", id, klass, mention,
                   have ? got.code : "-", have ? got.kind_label : "", have ? "" : "", have ? got.name : pk_status_name(s),
                   exp.code, exp.kind_label, exp.name);
        }
    }
    fclose(f);
    printf("%-28s %6s %6s %8s\n", "class", "n", "ok", "accuracy");
    for (size_t k = 0; k < ncls; k++)
        printf("%-28s %6d %6d %7.1f%%\n", classes[k].name, classes[k].n, classes[k].ok,
               100.0 * classes[k].ok / (classes[k].n ? classes[k].n : 1));
    double pct = 100.0 * ok / (total ? total : 1);
    printf("%-28s %6d %6d %7.1f%%  (floor %.1f%%)\n", "overall", total, ok, pct, floor_pct);
    if (bad) {
        fprintf(stderr, "malformed rows or library errors (see above)\n");
        return 1;
    }
    return pct + 1e-9 < floor_pct ? 1 : 0;
}
