/* Names that begin with a level word (issue 10): "Kampung Delima" (a desa of Kecamatan Curup Timur),
 * "Kota Padang" (a kecamatan of Rejang Lebong), "Gampong Baro", "Pekon Ampai". A level word is both a level
 * marker and possibly a name's first word. Data-derived: the level words are the rows of cues.csv whose
 * role is "level"; the names are every kecamatan and village of the registry whose name begins with one.
 * For each name, in three forms:
 *   lw:   "<its kind word> <name>" ("Desa Kampung Delima", "Kecamatan Kota Padang");
 *   bare: "<name>" ("Kampung Delima");
 *   text: "Kepala Desa <name> Kecamatan <its district>" (a kelurahan: "Lurah ..."; a kecamatan:
 *         "Camat <name> <its kab/kota>"), searched with pk_place_find_in_text();
 * when the name is not unique among the kecamatan and villages, lw and bare get its district as qualifier
 * ("..., Kecamatan Curup Timur"; a kecamatan: its kab/kota), and a district name given to several districts
 * its kab/kota too ("Desa Kota Agung, Kecamatan Kota Agung, Kabupaten Lahat"). lw and bare must resolve to the place (PK_OK; a name given twice
 * in one district: either), and the text's first mention must be it. The bare form is not asked of a name
 * whose level word says another level and whose other words name a place of that level ("Kota Batu", a
 * village of Aceh Tamiang, is written alone for the city of Batu), nor of a village named as its district
 ("Kota Gajah, Kecamatan Kota Gajah" is read as the district, as "Sukapura, Kecamatan Sukapura" is): skipped
 and counted. A bare name alone (unique, so no qualifier) whose words after the level word name places of
 * the level word's own level ("Desa Beru": two desa are called Beru) has two readings that nothing in it tells
 * apart: it must resolve to the place or be ambiguous with the place among its best candidates (column
 * "two"; issue 10, round 12). Prints the passes
 * per level word; fails when any form fails (the failures are listed) or no name is found.
 * usage: level_names <cues.csv> [-v] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pilkada.h"
#include "same_place.h"

#define MAX_LW 64

typedef struct lword {
    char phrase[48];
    int level; /* pk_place_level, or 2 for kabupaten and kota */
    int n, lw, bare, skipped, text, two; /* two: bare forms with two readings (rest_names_same_level()) */
} lword;

static int parse_level(const char *s)
{
    if (!strcmp(s, "provinsi"))
        return 1;
    if (!strcmp(s, "kabupaten") || !strcmp(s, "kota"))
        return 2;
    if (!strcmp(s, "kecamatan"))
        return 3;
    if (!strcmp(s, "desa"))
        return 4;
    return 0;
}

/* the rows of cues.csv with role "level": phrase,role,level,... */
static size_t read_level_words(const char *path, lword *out, size_t cap)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(2);
    }
    char line[4096];
    size_t n = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#')
            continue;
        char *phrase = strtok(line, ","), *role = strtok(NULL, ","), *level = strtok(NULL, ",");
        if (!phrase || !role || !level || strcmp(role, "level") != 0)
            continue;
        if (n == cap || strlen(phrase) >= sizeof out[n].phrase) {
            fprintf(stderr, "%s: too many or too long level words\n", path);
            exit(2);
        }
        memset(&out[n], 0, sizeof out[n]);
        strcpy(out[n].phrase, phrase);
        out[n].level = parse_level(level);
        n++;
    }
    fclose(f);
    return n;
}

/* the longest level word that begins the name, followed by a space (NULL if none) */
static lword *level_word_of(const char *name, lword *lw, size_t nlw)
{
    lword *best = NULL;
    for (size_t i = 0; i < nlw; i++) {
        size_t k = strlen(lw[i].phrase);
        if (!strncasecmp(name, lw[i].phrase, k) && name[k] == ' ' && (!best || k > strlen(best->phrase)))
            best = &lw[i];
    }
    return best;
}

typedef struct entry {
    const char *name;
    pk_place_id id, district;
} entry;

static int by_name(const void *a, const void *b)
{
    return strcasecmp(((const entry *)a)->name, ((const entry *)b)->name);
}

/* the places of a level, sorted by name */
static entry *level_entries(int level, size_t *n)
{
    *n = pk_place_count(level);
    entry *e = calloc(*n, sizeof *e);
    if (!e)
        exit(2);
    for (size_t i = 0; i < *n; i++) {
        pk_place p = PK_PLACE_INIT;
        if (pk_place_at(&e[i].id, level, i, NULL) != PK_OK || pk_place_get(&p, e[i].id, NULL) != PK_OK)
            exit(2);
        e[i].name = p.name;
        e[i].district = level == PK_PLACE_DESA ? p.district : p.parent;
    }
    qsort(e, *n, sizeof *e, by_name);
    return e;
}

/* how many places of the level have the name, and how many of them lie in the same district (kab/kota) */
static size_t same_name(const entry *e, size_t n, const entry *x, size_t *same_parent)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { /* the first entry not below x */
        size_t mid = (lo + hi) / 2;
        if (strcasecmp(e[mid].name, x->name) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t k = 0;
    *same_parent = 0;
    for (size_t i = lo; i < n && !strcasecmp(e[i].name, x->name); i++) {
        k++;
        *same_parent += e[i].district == x->district;
    }
    return k;
}

static int resolves_to(const char *q, const pk_place *x)
{
    pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
    pk_place_candidate c[8];
    pk_status s = pk_place_resolve(&r, c, 8, q, NULL, NULL);
    return s == PK_OK && is_it(x, r.id);
}

/* Does q resolve to x, or is it ambiguous with x among its best candidates (all of them written)? */
static int resolves_to_or_ties(const char *q, const pk_place *x)
{
    pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
    static pk_place_candidate c[256];
    pk_status s = pk_place_resolve(&r, c, 256, q, NULL, NULL);
    if (s == PK_OK)
        return is_it(x, r.id);
    if (s != PK_EAMBIGUOUS)
        return 0;
    for (size_t i = 0; i < r.ncandidates && c[i].score == c[0].score; i++)
        if (is_it(x, c[i].id))
            return 1;
    return 0;
}

/* The words after the level word name a place of the level word's own level ("Desa Beru": two desa are called
 * Beru)? Then the name alone has two readings, which nothing else in the text tells apart. */
static int rest_names_same_level(const char *name, const lword *w, int level)
{
    if (w->level != level)
        return 0;
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    o.level = level;
    pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
    pk_place_candidate c[8];
    pk_status s = pk_place_resolve(&r, c, 8, name + strlen(w->phrase) + 1, &o, NULL);
    return (s == PK_OK || s == PK_EAMBIGUOUS) && r.how != PK_PLACE_MATCH_FUZZY;
}

/* The words after a level word of another level name a place of that level ("Kota Batu": Batu is a kota)? */
static int rest_names_other_level(const char *name, const lword *w, int level)
{
    if (w->level == level)
        return 0;
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    o.level = w->level;
    pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
    pk_place_candidate c[8];
    pk_status s = pk_place_resolve(&r, c, 8, name + strlen(w->phrase) + 1, &o, NULL);
    return (s == PK_OK || s == PK_EAMBIGUOUS) && r.how != PK_PLACE_MATCH_FUZZY;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: level_names <cues.csv> [-v]\n");
        return 2;
    }
    int verbose = argc > 2 && !strcmp(argv[2], "-v");
    static lword lw[MAX_LW];
    size_t nlw = read_level_words(argv[1], lw, MAX_LW);
    int fails = 0, names = 0;
    static pk_place_mention m[16];
    size_t nd, nv;
    entry *ed = level_entries(PK_PLACE_KECAMATAN, &nd), *ev = level_entries(PK_PLACE_DESA, &nv);
    for (int level = PK_PLACE_KECAMATAN; level <= PK_PLACE_DESA; level++) {
        entry *e = level == PK_PLACE_DESA ? ev : ed, *o = level == PK_PLACE_DESA ? ed : ev;
        size_t n = level == PK_PLACE_DESA ? nv : nd, no = level == PK_PLACE_DESA ? nd : nv;
        for (size_t i = 0; i < n; i++) {
            lword *w = level_word_of(e[i].name, lw, nlw);
            if (!w)
                continue;
            pk_place x = PK_PLACE_INIT, up = PK_PLACE_INIT;
            if (pk_place_get(&x, e[i].id, NULL) != PK_OK || pk_place_get(&up, x.parent, NULL) != PK_OK)
                return 2;
            size_t in_parent, k = same_name(e, n, &e[i], &in_parent) + same_name(o, no, &e[i], &in_parent);
            char qual[256] = "", q[512], text[512];
            entry d = {up.name, up.id, up.parent};
            int dshared = level == PK_PLACE_DESA && same_name(ed, nd, &d, &in_parent) > 1;
            if (k > 1 && level == PK_PLACE_DESA) {
                if (dshared)
                    snprintf(qual, sizeof qual, ", %s %s, %s", up.kind_label, up.name, up.region->full_name);
                else
                    snprintf(qual, sizeof qual, ", %s %s", up.kind_label, up.name);
            } else if (k > 1) {
                snprintf(qual, sizeof qual, ", %s", up.region->full_name);
            }
            names++;
            w->n++;
            snprintf(q, sizeof q, "%s %s%s", x.kind_label, x.name, qual);
            int ok = resolves_to(q, &x);
            w->lw += ok;
            if (!ok || verbose)
                printf("%s lw   %s: %s\n", ok ? "ok  " : "FAIL", x.code, q);
            fails += !ok;
            if (rest_names_other_level(x.name, w, level) || (level == PK_PLACE_DESA && !strcasecmp(x.name, up.name))) {
                w->skipped++;
            } else {
                snprintf(q, sizeof q, "%s%s", x.name, qual);
                /* a name alone (no qualifier) whose words after the level word name places of its level: it,
                 * or ambiguous with it among the best (issue 10, round 12) */
                int two = !qual[0] && rest_names_same_level(x.name, w, level);
                ok = two ? resolves_to_or_ties(q, &x) : resolves_to(q, &x);
                w->two += two;
                w->bare += ok;
                if (!ok || verbose)
                    printf("%s bare %s: %s\n", ok ? "ok  " : "FAIL", x.code, q);
                fails += !ok;
            }
            /* a desa adat's head is "Kepala Desa Adat" and its name starts "Desa Adat": the office word
             * "Kepala Desa" before the whole name, as the text of a desa has it */
            if (level == PK_PLACE_DESA)
                snprintf(text, sizeof text, "%s %s %s %s%s%s",
                         x.head[0] && x.kind != PK_PLACE_KIND_DESA_ADAT ? x.head : "Kepala Desa", x.name,
                         up.kind_label, up.name, dshared ? " " : "", dshared ? x.region->full_name : "");
            else
                snprintf(text, sizeof text, "Camat %s %s", x.name, x.region->full_name);
            size_t total = 0;
            pk_status s = pk_place_find_in_text(m, 16, &total, text, strlen(text), NULL, NULL);
            ok = s == PK_OK && total && m[0].start == 0 && is_it(&x, m[0].id);
            w->text += ok;
            if (!ok || verbose)
                printf("%s text %s: %s\n", ok ? "ok  " : "FAIL", x.code, text);
            fails += !ok;
        }
    }
    free(ed);
    free(ev);
    printf("%-12s %6s %6s %6s %8s %6s %6s\n", "level word", "names", "lw", "bare", "skipped", "text", "two");
    for (size_t i = 0; i < nlw; i++)
        if (lw[i].n)
            printf("%-12s %6d %6d %6d %8d %6d %6d\n", lw[i].phrase, lw[i].n, lw[i].lw, lw[i].bare, lw[i].skipped,
                   lw[i].text, lw[i].two);
    printf("%d names, %d failures\n", names, fails);
    return names && !fails ? 0 : 1;
}
