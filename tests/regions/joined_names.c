/* Registry names written with two of their words joined (issue 10, round 12): the press writes Kabupaten
 * "Tulang Bawang Barat" (18.12) as "Tulangbawang Barat" and "Tojo Una Una" (72.09) as "Tojo Unauna". Data-derived:
 * every place of the registry, at all four levels, whose name has two or more words; each adjacent pair of its
 * words is joined in turn ("Tulangbawang Barat", "Tulang Bawangbarat"), and the result is resolved in two forms:
 *   bare: the joined name alone;
 *   lw:   "<its kind word> <joined name>" ("Kabupaten Tulangbawang Barat", "Desa Sukamajubaru");
 * a name that more than one place of the registry has (at any level; its letters with the spaces and
 * apostrophes aside: "Way Agung" and "Wa' Yagung" are both Wayagung joined) gets its parent as the options'
 * context (pk_place_options.context). Each form must resolve to the place (PK_OK; a name given twice in one parent:
 * either). Not asked, and counted:
 *   exact:   the joined form is itself the name of a place ("Kota Baru" -> Kotabaru, a kabupaten): the exact
 *            name is the reading;
 *   control: the name as the registry writes it, in the same form and with the same context, does not resolve
 *            to the place (what the joining is not about: "Kota Batu" alone is the city);
 *   punct:   a word of the pair is not only letters and digits ("Kep. Seribu").
 * Prints the counts per level; fails when any form fails (the failures are listed) or no name is found.
 * usage: joined_names [-v] */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pilkada.h"
#include "same_place.h"

typedef struct entry {
    const char *name;
    pk_place_id id;
    char key[128]; /* the name's letters and digits, lower-cased ("Wa' Yagung": wayagung) */
} entry;

static void letters_key(const char *name, char *key, size_t cap)
{
    size_t n = 0;
    for (; *name && n + 1 < cap; name++)
        if (isalnum((unsigned char)*name))
            key[n++] = (char)tolower((unsigned char)*name);
    key[n] = 0;
}

static int by_key(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

static int by_name(const void *a, const void *b)
{
    return strcasecmp(((const entry *)a)->name, ((const entry *)b)->name);
}

static entry *all, *bykey;
static size_t nall;

/* every place of the registry, sorted by name */
static void read_all(void)
{
    size_t cap = 0;
    for (int l = PK_PLACE_PROVINSI; l <= PK_PLACE_DESA; l++)
        cap += pk_place_count(l);
    all = calloc(cap, sizeof *all);
    if (!all)
        exit(2);
    for (int l = PK_PLACE_PROVINSI; l <= PK_PLACE_DESA; l++)
        for (size_t i = 0; i < pk_place_count(l); i++) {
            pk_place p = PK_PLACE_INIT;
            if (pk_place_at(&all[nall].id, l, i, NULL) != PK_OK || pk_place_get(&p, all[nall].id, NULL) != PK_OK)
                exit(2);
            all[nall].name = p.name;
            letters_key(p.name, all[nall++].key, sizeof all[0].key);
        }
    qsort(all, nall, sizeof *all, by_name);
    bykey = malloc(nall * sizeof *bykey);
    if (!bykey)
        exit(2);
    memcpy(bykey, all, nall * sizeof *bykey);
    qsort(bykey, nall, sizeof *bykey, by_key);
}

/* how many places have a name of the same letters (with the spaces, apostrophes and case aside: "Way Agung"
 * and "Wa' Yagung" are both wayagung when joined) */
static size_t count_key(const char *name)
{
    entry x;
    letters_key(name, x.key, sizeof x.key);
    size_t lo = 0, hi = nall;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(bykey[mid].key, x.key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t k = 0;
    for (size_t i = lo; i < nall && !strcmp(bykey[i].key, x.key); i++)
        k++;
    return k;
}

/* how many places have the name (case aside) */
static size_t count_named(const char *name)
{
    size_t lo = 0, hi = nall;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcasecmp(all[mid].name, name) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t k = 0;
    for (size_t i = lo; i < nall && !strcasecmp(all[i].name, name); i++)
        k++;
    return k;
}

static int resolves_to(const char *q, const pk_place *x, pk_place_id context, pk_place_id *got)
{
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    o.context = context;
    pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
    pk_place_candidate c[8];
    pk_status s = pk_place_resolve(&r, c, 8, q, &o, NULL);
    *got = s == PK_OK ? r.id : 0;
    return s == PK_OK && is_it(x, r.id);
}

static int alnum_only(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]))
            return 0;
    return 1;
}

typedef struct tally {
    int names, pairs, exact, control, punct, bare, lw, fail;
} tally;

int main(int argc, char **argv)
{
    int verbose = argc > 1 && !strcmp(argv[1], "-v");
    read_all();
    static const char *const lname[] = {"", "provinsi", "kabkota", "kecamatan", "desa"};
    tally t[5];
    memset(t, 0, sizeof t);
    int fails = 0;
    for (int l = PK_PLACE_PROVINSI; l <= PK_PLACE_DESA; l++) {
        for (size_t i = 0; i < pk_place_count(l); i++) {
            pk_place_id id;
            pk_place x = PK_PLACE_INIT;
            if (pk_place_at(&id, l, i, NULL) != PK_OK || pk_place_get(&x, id, NULL) != PK_OK)
                return 2;
            const char *sp = strchr(x.name, ' ');
            if (!sp)
                continue;
            t[l].names++;
            pk_place_id ctx = count_key(x.name) > 1 ? x.parent : 0;
            char lwq[512], q[512], jq[256];
            snprintf(lwq, sizeof lwq, "%s %s", x.kind_label, x.name);
            pk_place_id got;
            int ctl_bare = resolves_to(x.name, &x, ctx, &got), ctl_lw = resolves_to(lwq, &x, ctx, &got);
            /* each space between two words, removed in turn */
            size_t n = strlen(x.name);
            if (n >= sizeof jq)
                return 2;
            for (size_t s = 0; s < n; s++) {
                if (x.name[s] != ' ')
                    continue;
                size_t a = s, b = s + 1;
                while (a > 0 && x.name[a - 1] != ' ')
                    a--;
                while (b < n && x.name[b] != ' ')
                    b++;
                t[l].pairs++;
                if (!alnum_only(x.name + a, s - a) || !alnum_only(x.name + s + 1, b - s - 1)) {
                    t[l].punct++;
                    continue;
                }
                memcpy(jq, x.name, s);
                memcpy(jq + s, x.name + s + 1, n - s);
                if (count_named(jq)) {
                    t[l].exact++;
                    if (verbose)
                        printf("exact %s %s: %s\n", x.code, x.name, jq);
                    continue;
                }
                for (int form = 0; form < 2; form++) {
                    if (!(form ? ctl_lw : ctl_bare)) {
                        t[l].control++;
                        continue;
                    }
                    if (form)
                        snprintf(q, sizeof q, "%s %s", x.kind_label, jq);
                    else
                        snprintf(q, sizeof q, "%s", jq);
                    int ok = resolves_to(q, &x, ctx, &got);
                    if (ok)
                        form ? t[l].lw++ : t[l].bare++;
                    else
                        t[l].fail++;
                    fails += !ok;
                    if (!ok || verbose) {
                        pk_place g = PK_PLACE_INIT, up = PK_PLACE_INIT;
                        int has_up = ctx && pk_place_get(&up, ctx, NULL) == PK_OK;
                        int has_g = got && pk_place_get(&g, got, NULL) == PK_OK;
                        printf("%s %s %s %s: %s%s%s -> %s %s\n", ok ? "ok  " : "FAIL", form ? "lw  " : "bare", lname[l],
                               x.code, q, has_up ? " | context " : "", has_up ? up.code : "", has_g ? g.code : "-",
                               has_g ? g.name : "");
                    }
                }
            }
        }
    }
    printf("%-10s %6s %6s %6s %8s %6s %6s %6s %6s\n", "level", "names", "pairs", "exact", "control", "punct", "bare",
           "lw", "fail");
    int names = 0;
    for (int l = PK_PLACE_PROVINSI; l <= PK_PLACE_DESA; l++) {
        printf("%-10s %6d %6d %6d %8d %6d %6d %6d %6d\n", lname[l], t[l].names, t[l].pairs, t[l].exact, t[l].control,
               t[l].punct, t[l].bare, t[l].lw, t[l].fail);
        names += t[l].names;
    }
    printf("%d names, %d failures\n", names, fails);
    free(all);
    free(bykey);
    return names && !fails ? 0 : 1;
}
