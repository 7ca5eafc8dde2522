/* Region registry benchmark: prints ns/op and accuracy; asserts nothing.
 * Usage: bench_region [OUTPUT.tsv]
 * Generates 100,000 messy names from the registry with a fixed seed (random
 * case, prefixes, spacing and hyphens, one or two typos in the name part),
 * writes them with the expected code to OUTPUT.tsv (default
 * region_messy.tsv) for bench_region_py.py, and measures code lookup,
 * exact-after-normalisation lookup and messy-name resolution. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pilkada.h"
#include "bench_clock.h"

#define N 100000

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static int ambiguous_bare(const pk_region *r)
{
    pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
    return pk_region_resolve(&res, NULL, 0, r->name, NULL, NULL) != PK_OK;
}

static void typo(char *s)
{
    size_t n = strlen(s);
    if (n < 3)
        return;
    size_t i = 1 + rnd((unsigned)(n - 2)); /* keep the first letter */
    if (s[i] == ' ' || s[i - 1] == ' ')
        return;
    switch (rnd(4)) {
    case 0: /* substitute */
        s[i] = (char)('a' + rnd(26));
        break;
    case 1: /* delete */
        memmove(s + i, s + i + 1, n - i);
        break;
    case 2: /* insert */
        memmove(s + i + 1, s + i, n - i + 1);
        s[i] = (char)('a' + rnd(26));
        break;
    default: /* transpose */
        if (s[i + 1] && s[i + 1] != ' ') {
            char t = s[i];
            s[i] = s[i + 1];
            s[i + 1] = t;
        }
    }
}

/* Make a messy form of r into out; typos = number of typos in the name. */
static void messy(char *out, size_t cap, const pk_region *r, int typos)
{
    char name[128];
    snprintf(name, sizeof name, "%s", r->name);
    for (int t = 0; t < typos; t++)
        typo(name);
    static const char *const kab[] = {"Kabupaten ", "Kab. ", "Kab ", "Pemkab ", "KAB. "};
    static const char *const kota[] = {"Kota ", "Pemkot ", "KOTA ", "Kota  "};
    static const char *const prov[] = {"Provinsi ", "Prov. ", "Pemprov "};
    static const char *const adm[] = {"Kota Adm. ", "Kota Administrasi ", "Kab. Adm. ", "Kabupaten Administrasi "};
    const char *pre = "";
    int need = ambiguous_bare(r);
    if (need || rnd(2)) {
        switch (r->kind) {
        case PK_REGION_KABUPATEN: pre = kab[rnd(5)]; break;
        case PK_REGION_KOTA: pre = kota[rnd(4)]; break;
        case PK_REGION_PROVINSI: pre = prov[rnd(3)]; break;
        case PK_REGION_KOTA_ADMINISTRASI: pre = adm[rnd(2)]; break;
        default: pre = adm[2 + rnd(2)];
        }
    }
    char buf[256];
    snprintf(buf, sizeof buf, "%s%s", pre, name);
    unsigned c = rnd(4);
    for (char *p = buf; *p; p++) {
        if (c == 0 && *p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
        else if (c == 1 && *p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
        if (*p == ' ' && rnd(8) == 0)
            *p = '-';
    }
    /* stray spacing */
    size_t o = 0;
    for (const char *p = buf; *p && o + 2 < cap; p++) {
        out[o++] = *p;
        if (*p == ' ' && rnd(6) == 0)
            out[o++] = ' ';
    }
    out[o] = '\0';
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "region_messy.tsv";
    size_t nreg = pk_region_count();
    static char clean[N][160], typoed[N][160];
    static const pk_region *want[N];
    for (size_t i = 0; i < N; i++) {
        const pk_region *r = pk_region_at(rnd((unsigned)nreg));
        want[i] = r;
        messy(clean[i], sizeof clean[i], r, 0);
        messy(typoed[i], sizeof typoed[i], r, 1 + (int)rnd(2));
    }
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        return 1;
    }
    for (size_t i = 0; i < N; i++)
        fprintf(f, "%s\t%s\n", typoed[i], want[i]->code);
    fclose(f);

    /* 1. code lookup */
    static char codes[N][16];
    for (size_t i = 0; i < N; i++) {
        const pk_region *r = want[i];
        if (rnd(2))
            snprintf(codes[i], sizeof codes[i], "%s", r->code);
        else
            snprintf(codes[i], sizeof codes[i], "%d", r->code_num);
    }
    size_t ok = 0;
    double t0 = pk_bench_wall_ns();
    for (int rep = 0; rep < 10; rep++)
        for (size_t i = 0; i < N; i++) {
            const pk_region *r;
            if (pk_region_lookup(&r, NULL, codes[i], NULL) == PK_OK && r == want[i])
                ok++;
        }
    double t1 = pk_bench_wall_ns();
    printf("code lookup:            %8.1f ns/op  accuracy %.4f  (%d lookups)\n", (t1 - t0) / (10.0 * N),
           (double)ok / (10.0 * N), 10 * N);

    /* 2. exact after normalisation (case, prefixes, spacing; no typos) */
    ok = 0;
    t0 = pk_bench_wall_ns();
    for (size_t i = 0; i < N; i++) {
        pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
        pk_region_candidate c[4];
        if (pk_region_resolve(&res, c, 4, clean[i], NULL, NULL) == PK_OK && res.region == want[i])
            ok++;
    }
    t1 = pk_bench_wall_ns();
    printf("exact-normalised name:  %8.1f ns/op  accuracy %.4f\n", (t1 - t0) / N, (double)ok / N);

    /* 3. messy names with typos */
    pk_region_resolve_options o = PK_REGION_RESOLVE_OPTIONS_INIT;
    o.flags = PK_REGION_RESOLVE_ACCEPT_FUZZY;
    size_t top1 = 0, accepted = 0;
    t0 = pk_bench_wall_ns();
    for (size_t i = 0; i < N; i++) {
        pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
        pk_region_candidate c[8];
        pk_status s = pk_region_resolve(&res, c, 8, typoed[i], &o, NULL);
        if (s == PK_OK && res.region == want[i])
            accepted++;
        if ((s == PK_OK && res.region == want[i]) || (s != PK_OK && res.ncandidates && c[0].region == want[i]))
            top1++;
    }
    t1 = pk_bench_wall_ns();
    double messy_ns = (t1 - t0) / N;
    printf("messy name (1-2 typos): %8.1f ns/op  top-1 accuracy %.4f  accepted-and-right %.4f\n", messy_ns,
           (double)top1 / N, (double)accepted / N);
    printf("C_MESSY_NS=%.1f\nC_MESSY_ACC=%.4f\n", messy_ns, (double)top1 / N);
    printf("wrote %d messy names to %s\n", N, path);
    return 0;
}
