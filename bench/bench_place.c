/* Place registry benchmark (four levels): prints figures; asserts nothing.
 * usage: bench_place OUT_DIR
 *  1. code lookup at every level (dotted and undotted codes of every place);
 *  2. messy-name resolution over the whole dictionary (every province,
 *     kabupaten/kota, district and village: ~91,600 names) in random case with
 *     a level word in front ("DESA", "Kecamatan", "Kab."), and the same with
 *     one typo (first letter kept); the time is that of pk_place_resolve alone
 *     (the answers are looked up and checked after the timed loop); accuracy =
 *     the best candidate has the expected name and level (a name shared by many
 *     villages cannot say which one without context). Writes OUT_DIR/place_messy.tsv for the Python
 *     baselines (difflib, python3-levenshtein);
 *  3. text search: a generated text of ordinary words with place names, 10 MB,
 *     timed at 100 KB, 1 MB and 10 MB (linearity); writes OUT_DIR/place_text.txt
 *     for the pyahocorasick baseline. The first call with a new output array
 *     is timed apart: the kernel then maps and zeroes the array's pages (a
 *     cost of the caller's memory, up to 40 MB here, not of the search).
 *     Machine-readable lines start with C_. */
#define _POSIX_C_SOURCE 199309L
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pilkada.h"
#include "bench_clock.h" /* times are CPU time (pk_bench_cpu_ns): the machine is shared */

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static void norm(char *dst, const char *src, size_t cap)
{
    size_t n = 0;
    for (; *src && n + 1 < cap; src++)
        if (isalnum((unsigned char)*src))
            dst[n++] = (char)tolower((unsigned char)*src);
    dst[n] = '\0';
}

static const char *const level_words[5][4] = {
    {NULL}, {"Provinsi", "PROVINSI", "Pemprov", "Gubernur"}, {"", "", "", ""},
    {"Kecamatan", "KECAMATAN", "Camat", "Kec."}, {"Desa", "DESA", "Kepala Desa", "Kelurahan"}};

static void messy(char *out, size_t cap, const pk_place *p, int with_typo)
{
    char name[256];
    snprintf(name, sizeof name, "%s", p->name);
    size_t n = strlen(name);
    switch (rnd(3)) { /* case */
    case 0:
        for (size_t i = 0; i < n; i++)
            name[i] = (char)toupper((unsigned char)name[i]);
        break;
    case 1:
        for (size_t i = 0; i < n; i++)
            name[i] = (char)tolower((unsigned char)name[i]);
        break;
    default:
        break;
    }
    if (with_typo && n > 4) {
        size_t i = 1 + rnd((unsigned)(n - 2));
        if (isalpha((unsigned char)name[i]) && isalpha((unsigned char)name[i - 1])) {
            switch (rnd(3)) {
            case 0:
                name[i] = (char)(islower((unsigned char)name[i]) ? 'a' + rnd(26) : 'A' + rnd(26));
                break;
            case 1:
                memmove(name + i, name + i + 1, n - i);
                break;
            default:
                if (isalpha((unsigned char)name[i + 1])) {
                    char t = name[i];
                    name[i] = name[i + 1];
                    name[i + 1] = t;
                }
            }
        }
    }
    const char *lw;
    if (p->level == PK_PLACE_KABKOTA)
        lw = p->kind == 0 ? "" : (p->kind == 2 || p->kind == 4) ? (rnd(2) ? "Kota" : "Wali Kota")
                                                                 : (rnd(2) ? "Kab." : "Bupati");
    else
        lw = level_words[p->level][rnd(4)];
    if (p->level == PK_PLACE_DESA && p->kind == PK_PLACE_KIND_KELURAHAN)
        lw = rnd(2) ? "Kelurahan" : "Lurah";
    snprintf(out, cap, "%s%s%s", lw, *lw ? " " : "", name);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    size_t total = pk_place_count(0);
    pk_place_id *ids = malloc(total * sizeof *ids);
    char (*codes)[16] = malloc(total * sizeof *codes);
    char (*flat)[16] = malloc(total * sizeof *flat);
    int *levels = malloc(total * sizeof *levels);
    if (!ids || !codes || !flat || !levels)
        return 1;
    size_t n = 0;
    for (int l = 1; l <= 4; l++)
        for (size_t i = 0; i < pk_place_count(l); i++, n++) {
            pk_place p = PK_PLACE_INIT;
            pk_place_at(&ids[n], l, i, NULL);
            pk_place_get(&p, ids[n], NULL);
            snprintf(codes[n], 16, "%s", p.code);
            snprintf(flat[n], 16, "%lld", p.code_num);
            levels[n] = l;
        }
    printf("places: %zu (38 provinces, 514 kabupaten/kota, %zu districts, %zu villages)\n", n,
           pk_place_count(3), pk_place_count(4));

    /* 1. code lookup per level */
    printf("\ncode lookup (pk_place_lookup, id only; every place of the level, 5 rounds)\n");
    size_t first = 0;
    for (int l = 1; l <= 4; l++) {
        size_t last = first + pk_place_count(l); /* the places of a level are contiguous here */
        for (int dotted = 1; dotted >= 0; dotted--) {
            size_t cnt = 0, ok = 0;
            double t0 = pk_bench_cpu_ns();
            for (int r = 0; r < 5; r++)
                for (size_t i = first; i < last; i++) {
                    pk_place_id id;
                    ok += pk_place_lookup(NULL, &id, dotted ? codes[i] : flat[i], NULL) == PK_OK && id == ids[i];
                    cnt++;
                }
            double ns = (pk_bench_cpu_ns() - t0) / (double)cnt;
            printf("  level %d %-9s %-8s %7.1f ns/lookup  (%zu/%zu found)\n", l, pk_place_level_name(l),
                   dotted ? "dotted" : "undotted", ns, ok, cnt);
        }
        first = last;
    }
    /* lookup + describe */
    {
        double t0 = pk_bench_cpu_ns();
        for (size_t i = 0; i < n; i++) {
            pk_place p = PK_PLACE_INIT;
            pk_place_lookup(&p, NULL, codes[i], NULL);
        }
        printf("  all levels, lookup + pk_place fill  %7.1f ns/lookup\n", (pk_bench_cpu_ns() - t0) / (double)n);
    }

    /* 2. messy names */
    char path[1024];
    snprintf(path, sizeof path, "%s/place_messy.tsv", dir);
    FILE *tsv = fopen(path, "w");
    if (!tsv)
        return 1;
    fprintf(tsv, "messy\ttypo\tcode\tname\tlevel\n");
    char(*names)[300] = malloc(2 * n * sizeof *names);
    if (!names)
        return 1;
    for (size_t i = 0; i < n; i++) {
        pk_place p = PK_PLACE_INIT;
        pk_place_get(&p, ids[i], NULL);
        messy(names[2 * i], sizeof names[0], &p, 0);
        messy(names[2 * i + 1], sizeof names[0], &p, 1);
        fprintf(tsv, "%s\t0\t%s\t%s\t%d\n%s\t1\t%s\t%s\t%d\n", names[2 * i], p.code, p.name, p.level,
                names[2 * i + 1], p.code, p.name, p.level);
    }
    fclose(tsv);
    printf("\nmessy-name resolution over the whole dictionary (%zu names each; pk_place_resolve, 8 candidates)\n", n);
    pk_place_id *res = malloc(n * sizeof *res);
    if (!res)
        return 1;
    for (int typo = 0; typo <= 1; typo++) {
        /* the loop times the resolution alone; the answers are checked after it */
        double t0 = pk_bench_cpu_ns();
        for (size_t i = 0; i < n; i++) {
            pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
            pk_place_candidate c[8];
            pk_place_resolve(&r, c, 8, names[2 * i + (size_t)typo], NULL, NULL);
            res[i] = r.id;
        }
        double ns = (pk_bench_cpu_ns() - t0) / (double)n;
        size_t ok = 0, exact = 0;
        for (size_t i = 0; i < n; i++) {
            if (!res[i])
                continue;
            pk_place got = PK_PLACE_INIT, want = PK_PLACE_INIT;
            pk_place_get(&got, res[i], NULL);
            pk_place_get(&want, ids[i], NULL);
            char a[256], b[256];
            norm(a, got.name, sizeof a);
            norm(b, want.name, sizeof b);
            ok += got.level == want.level && strcmp(a, b) == 0;
            exact += res[i] == ids[i];
        }
        printf("  %-22s %8.2f us/name   right name and level %5.1f%%   the very place %5.1f%%\n",
               typo ? "with one typo" : "case + level words", ns / 1000.0, 100.0 * ok / n, 100.0 * exact / n);
        printf("C_MESSY%s_NS=%.0f\nC_MESSY%s_ACC=%.4f\n", typo ? "_TYPO" : "", ns, typo ? "_TYPO" : "",
               (double)ok / n);
    }

    /* 3. text search */
    static const char *const filler[] = {"yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "laporan",
                                         "warga", "pemilihan", "calon", "kampanye", "suara", "petugas", "dugaan",
                                         "pelanggaran", "netralitas", "menurut", "ketua", "tahun", "kata", "itu",
                                         "dalam", "akan", "telah", "sebagai", "oleh", "para", "tim"};
    size_t cap = (size_t)10 << 20;
    char *text = malloc(cap + 512);
    if (!text)
        return 1;
    size_t len = 0;
    while (len < cap) {
        const char *w;
        char buf[300];
        if (rnd(10) == 0) { /* a place name, sometimes after a level word */
            pk_place p = PK_PLACE_INIT;
            pk_place_get(&p, ids[rnd((unsigned)n)], NULL);
            snprintf(buf, sizeof buf, "%s%s%s", rnd(2) ? p.kind_label : "", " ", p.name);
            w = buf;
        } else {
            w = filler[rnd((unsigned)(sizeof filler / sizeof *filler))];
        }
        size_t wl = strlen(w);
        memcpy(text + len, w, wl);
        len += wl;
        text[len++] = rnd(12) ? ' ' : '.';
    }
    len = cap;
    snprintf(path, sizeof path, "%s/place_text.txt", dir);
    FILE *tf = fopen(path, "wb");
    if (!tf || fwrite(text, 1, len, tf) != len || fclose(tf) != 0)
        return 1;
    printf("\ntext search (pk_place_find_in_text: whole words, any case, all four levels)\n");
    printf("  %8s  %24s  %31s  %22s\n", "", "count only (two scans)", "with an output array (one scan)",
           "first call, new array");
    static const size_t sizes[] = {100 << 10, 1 << 20, 10 << 20};
    double mbs = 0;
    pk_place_mention *out = NULL;
    for (size_t k = 0; k < 3; k++) {
        size_t sz = sizes[k], found = 0, found2 = 0;
        int reps = sz < (1u << 20) ? 20 : sz < (10u << 20) ? 3 : 2;
        double t0 = pk_bench_cpu_ns();
        for (int r = 0; r < reps; r++)
            pk_place_find_in_text(NULL, 0, &found, text, sz, NULL, NULL);
        double s1 = (pk_bench_cpu_ns() - t0) / 1e9 / reps;
        pk_place_mention *grown = realloc(out, (found ? found : 1) * sizeof *out);
        if (!grown)
            return 1;
        out = grown;
        t0 = pk_bench_cpu_ns();
        pk_place_find_in_text(out, found, &found2, text, sz, NULL, NULL);
        double s0 = (pk_bench_cpu_ns() - t0) / 1e9;
        t0 = pk_bench_cpu_ns();
        for (int r = 0; r < reps; r++)
            pk_place_find_in_text(out, found, &found2, text, sz, NULL, NULL);
        double s2 = (pk_bench_cpu_ns() - t0) / 1e9 / reps;
        mbs = (double)sz / (1 << 20) / s2;
        printf("  %5zu KB  %9.2f ms %6.1f MB/s  %9.2f ms %6.1f MB/s  %9.2f ms %6.1f MB/s  %7zu mentions\n", sz >> 10,
               s1 * 1e3, (double)sz / (1 << 20) / s1, s2 * 1e3, mbs, s0 * 1e3, (double)sz / (1 << 20) / s0, found2);
    }
    free(out);
    printf("C_TEXT_MBS=%.1f\n", mbs);
    /* the region-only search of pk_region_find_in_text (1 MiB limit) */
    {
        size_t found = 0;
        double t0 = pk_bench_cpu_ns();
        pk_region_find_in_text(NULL, 0, &found, text, (size_t)1 << 20, PK_REGION_TEXT_ANY_CASE, NULL);
        double s = (pk_bench_cpu_ns() - t0) / 1e9;
        printf("  pk_region_find_in_text, 1 MB: %.2f ms (%.1f MB/s), %zu mentions\n", s * 1e3, 1.0 / s, found);
    }
    free(text);
    free(names);
    free(res);
    free(ids);
    free(codes);
    free(flat);
    free(levels);
    return 0;
}
