/* Date reader benchmark: prints figures; asserts nothing.
 * Usage: bench_date_text [MEGABYTES]   (default 32)
 *
 * Builds news-like Indonesian text with a fixed seed (sentences of ordinary
 * words, numbers, money, letter numbers, and about one date expression per
 * 250 bytes in the forms reports use: "Rabu (27/11/2024)", "Selasa (17/9)",
 * "25 September hingga 23 November 2024", "kemarin", "dua hari lalu", ...),
 * then measures:
 *  - pk_date_scan throughput in MB/s on that text (results counted into a
 *    fixed array of 256, so the total is counted and nothing is allocated);
 *  - the same on text without any date expression;
 *  - MB/s on 1 MB and on the full size (linear: both figures should agree);
 *  - pk_date_parse_loose in ns per call for a mix of forms. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pilkada.h"
#include "bench_clock.h"

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static const char *const words[] = {
    "Badan",   "Pengawas", "Pemilu",  "Bawaslu",  "Kabupaten", "menerima", "laporan",  "dugaan",   "pelanggaran",
    "netralitas", "kepala", "desa",   "yang",     "diduga",    "ikut",     "kampanye", "pasangan", "calon",
    "nomor",   "urut",     "di",      "Kecamatan", "pada",     "saat",     "kegiatan", "warga",    "dan",
    "tim",     "pemenangan", "ASN",   "camat",    "mengunggah", "foto",    "bersama",  "media",    "sosial",
    "Ketua",   "mengatakan", "pihaknya", "akan",  "memanggil", "terlapor", "untuk",    "klarifikasi", "Pilkada",
    "Serentak", "2024",    "Jawa",    "Tengah",   "Rp150.000", "amplop",   "serangan", "fajar",    "TPS",
    "001/PP.01.02/K.JT/11/2024", "pukul", "10.00", "WIB",     "Senin-Jumat", "sebanyak", "12", "orang",
};

static const char *const dates[] = {
    "Rabu (27/11/2024)", "Selasa (17/9)", "27 November 2024", "27 Nopember 2024", "Kamis, 21 November 2024",
    "25 September hingga 23 November 2024", "25-27 November 2024", "kemarin", "dua hari lalu", "pekan lalu",
    "Senin lalu", "hari Minggu lalu", "(28/10)", "Rabu malam (23/10)", "bulan lalu", "3 hari yang lalu",
    "1 s.d. 5 Oktober 2024", "November 2024", "Sabtu, 9 November 2024", "27/11/2024",
};

#define NWORDS (sizeof words / sizeof words[0])
#define NDATES (sizeof dates / sizeof dates[0])

/* Fill buf with len bytes of sentences; with_dates: about one date per 250 bytes. */
static void make_text(char *buf, size_t len, int with_dates)
{
    size_t n = 0;
    unsigned since = 0;
    while (n < len) {
        const char *w;
        if (with_dates && since > 220 && rnd(4) == 0) {
            w = dates[rnd(NDATES)];
            since = 0;
        } else {
            w = words[rnd(NWORDS)];
        }
        size_t wl = strlen(w);
        if (n + wl + 2 > len)
            break;
        memcpy(buf + n, w, wl);
        n += wl;
        since += (unsigned)wl + 1;
        buf[n++] = rnd(12) == 0 ? '.' : ' ';
        if (buf[n - 1] == '.' && n < len)
            buf[n++] = ' ';
    }
    while (n < len)
        buf[n++] = ' ';
}

static double scan_mbs(const char *text, size_t len, const pk_date_text_options *o, size_t *found)
{
    static pk_date_match m[256] = {PK_DATE_MATCH_INIT};
    double best = 0;
    for (int rep = 0; rep < 3; rep++) {
        double t0 = pk_bench_wall_s();
        pk_status st = pk_date_scan(m, 256, found, text, len, o, NULL);
        double t = pk_bench_wall_s() - t0;
        if (st != PK_OK && st != PK_EBUFSIZE) {
            fprintf(stderr, "scan failed: %s\n", pk_status_name(st));
            exit(1);
        }
        double mbs = (double)len / 1e6 / t;
        if (mbs > best)
            best = mbs;
    }
    return best;
}

int main(int argc, char **argv)
{
    size_t mb = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 32;
    if (mb < 1)
        mb = 1;
    size_t len = mb << 20;
    char *news = malloc(len), *plain = malloc(len);
    if (!news || !plain)
        return 1;
    make_text(news, len, 1);
    make_text(plain, len, 0);
    pk_date_text_options o = PK_DATE_TEXT_OPTIONS_INIT;
    o.reference = pk_date_of(2024, 11, 28);

    size_t found = 0;
    double full = scan_mbs(news, len, &o, &found);
    printf("pk_date_scan, news-like text, %zu MB: %.1f MB/s (%zu date expressions, one per %zu bytes)\n", mb, full,
           found, found ? len / found : 0);
    double one = scan_mbs(news, 1u << 20, &o, &found);
    printf("pk_date_scan, first 1 MB of it:       %.1f MB/s (linear: %.2f x the full-size rate)\n", one,
           full / one);
    double none = scan_mbs(plain, len, &o, &found);
    printf("pk_date_scan, text without dates:     %.1f MB/s (%zu found)\n", none, found);

    static const char *const loose[] = {"2024-11-27", "27/11/2024", "27 Nopember 2024", "Rabu, 27 November 2024",
                                        "Rabu (27/11/2024)", "2024/11/12", "29/02/2023"};
    const int reps = 200000;
    double t0 = pk_bench_wall_s();
    unsigned ok = 0;
    for (int i = 0; i < reps; i++) {
        pk_date d;
        pk_error err;
        ok += pk_date_parse_loose(&d, loose[i % 7], NULL, &err) == PK_OK;
    }
    double t = pk_bench_wall_s() - t0;
    printf("pk_date_parse_loose: %.0f ns per call (mix of 7 forms, %u of %d accepted)\n", t * 1e9 / reps, ok, reps);
    free(news);
    free(plain);
    return 0;
}
