/* Cost-bound gate (issue 13): every entry point that takes outside text must
 * cost time linear in its input. Each one runs on inputs of about 10 KB,
 * 100 KB and 1 MB, and the gate fails when the time grows clearly faster
 * than the input: a ratio t(10x)/t(x) above 30 (linear gives about 10,
 * quadratic 100). Only ratios measured in the same run are compared, never
 * absolute times; each time is the CPU time (user + system) of the best of
 * a few runs, so a busy machine does not fail the gate. A library call on the
 * 10 KB input is repeated so that each measurement covers about 100 KB (a
 * measurement far above the clock's resolution).
 * When 100 KB already grows too fast the 1 MB run is skipped (a quadratic
 * path there takes minutes).
 *
 * Entry points: region text search (pk_region_find_in_text), the schedule
 * and holiday CSV loaders (flat and, for schedules, a deep parent chain),
 * and the CLI's region find-in-text, schedule --file (the tree print) and
 * classify --batch. The four-level place search (pk_place_find_in_text: a
 * count, then the mentions into an array of that size) runs on 100 KB, 1 MB
 * and 10 MB of text naming places of every level drawn from the whole
 * registry, so that its tables and its output outgrow the caches.
 *
 * The text engine (pk_extract, issue 9) is measured on news text instead:
 * the corpus paragraphs (tests/extract/corpus, written into one file by
 * tests/CMakeLists.txt) repeated to about 1 MB, and that text eight times
 * over. Linear gives a CPU-time ratio of 6-8 (less than 8: past the 65,536
 * mentions kept the engine only counts), quadratic 64; the gate fails
 * above EXTRACT_MAX_RATIO (16). Beside the time it checks a count of work
 * that no machine load changes: the mentions found
 * (pk_extract_total_mentions) must grow eightfold too, within 5%. The same
 * on a text of dates alone, without a comma (the sentence
 * passes look back for commas: a look back to the text's start made this
 * quadratic once).
 *
 * usage: scaling <pilkada CLI> <scratch dir> <news text file>
 * (prints one line per entry) */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pilkada.h"

#define RUNS 3           /* best of */
#define MAX_RATIO 30.0   /* t(10x) / t(x) */
#define TARGET ((size_t)100 * 1000) /* bytes per measurement of a library call */

static const size_t sizes[3] = {10 * 1000, 100 * 1000, 1000 * 1000};
static const size_t big_sizes[3] = {100 * 1000, 1000 * 1000, 10 * 1000 * 1000};

/* ------------------------------------------------------------ inputs -- */

typedef struct text {
    char *p;
    size_t n, cap;
} text;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void put(text *t, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof line)
        abort();
    if (t->n + (size_t)n + 1 > t->cap) {
        t->cap = (t->cap + (size_t)n + 1) * 2;
        t->p = realloc(t->p, t->cap);
        if (!t->p)
            abort();
    }
    memcpy(t->p + t->n, line, (size_t)n + 1);
    t->n += (size_t)n;
}

/* Prose naming regions (Kabupaten Banyuasin 16.07, Kota Makassar 73.71,
 * ambiguous Bekasi, Pemkab OKU Timur), then short tokens without a match. */
static text make_prose(size_t size)
{
    text t = {0};
    for (size_t i = 0; t.n < size; i++)
        put(&t, i % 4 == 3 ? "a1 b2 c3 d4 e5 f6 g7 h8 i9 j0 k1 l2 m3 n4 o5 p6. "
                           : "Bawaslu Kabupaten Banyuasin menerima laporan dari Kota Makassar, warga Bekasi "
                             "dan Pemkab OKU Timur. ");
    return t;
}

/* Prose naming places of every level (level words or not) among ordinary
 * words: names drawn by a fixed sequence from the whole registry, so that a
 * longer text names more different places. */
static text make_place_prose(size_t size)
{
    static const char *const words[] = {"laporan", "warga", "yang", "dan", "calon", "kampanye", "di", "pada",
                                        "petugas", "dugaan", "pelanggaran", "netralitas", "tahun", "itu"};
    text t = {0};
    size_t nplaces = pk_place_count(0);
    uint64_t x = 0x9E3779B97F4A7C15u;
    for (size_t i = 0; t.n < size; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        if (i % 8 == 7) {
            size_t k = (size_t)(x % nplaces);
            int level = 1;
            while (level < 4 && k >= pk_place_count(level))
                k -= pk_place_count(level++);
            pk_place_id id = 0;
            pk_place p = PK_PLACE_INIT;
            if (pk_place_at(&id, level, k, NULL) != PK_OK || pk_place_get(&p, id, NULL) != PK_OK)
                abort();
            put(&t, "%s%s%s ", (x >> 32) & 1 ? p.kind_label : "", (x >> 32) & 1 ? " " : "", p.name);
        } else {
            put(&t, "%s%s", words[(x >> 40) % (sizeof words / sizeof *words)], (x >> 33) % 12 ? " " : ". ");
        }
    }
    return t;
}

static void schedule_head(text *t)
{
    put(t, "#%% id: scaling\n#%% title: Scaling\n#%% title_id: Skala\n#%% cycle: 2026\n#%% basis: test\n"
           "#%% source: test\n"
           "id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,status,source,note\n");
}

/* Stages as siblings (chain = 0) or as one parent chain (chain = 1). */
static text make_schedule(size_t size, int chain)
{
    text t = {0};
    schedule_head(&t);
    put(&t, "voting,,voting,voting,yes,2026-12-09,2026-12-09,,Pemungutan,Voting,,CONFIRMED,,\n");
    for (size_t i = 0; t.n < size; i++) {
        if (chain && i > 0)
            put(&t, "s%zu,s%zu,,,,2026-01-10,2026-01-20,,Tahap,Stage,,CONFIRMED,,\n", i, i - 1);
        else if (chain)
            put(&t, "s0,,,,,2026-01-10,2026-01-20,,Tahap,Stage,,CONFIRMED,,\n");
        else
            put(&t, "s%zu,,,,,2026-%02zu-%02zu,2026-%02zu-28,,Tahap,Stage,,CONFIRMED,,\n", i, 1 + i % 11,
                1 + i % 27, 1 + i % 11);
    }
    return t;
}

/* One national holiday a day from 1 Jan 1900, in date order. */
static text make_holidays(size_t size)
{
    text t = {0};
    put(&t, "date,kind,name_id,name_en,basis,status\n");
    pk_date d = {1900, 1, 1};
    while (t.n < size) {
        put(&t, "%04d-%02d-%02d,libur_nasional,Libur,Holiday,Keppres,CONFIRMED\n", d.year, d.month, d.day);
        if (pk_date_add_days(&d, d, 1, NULL) != PK_OK)
            abort();
    }
    return t;
}

/* JSON lines; every 20th is malformed (the error path runs too). */
static text make_batch(size_t size)
{
    text t = {0};
    for (size_t i = 0; t.n < size; i++) {
        if (i % 20 == 19)
            put(&t, "{\"actor\":\"pns\",\"act\":\n");
        else
            put(&t, "{\"actor\":\"%s\",\"act\":\"%s\",\"occurred\":\"2024-%02zu-%02zu\",\"region\":\"35.13\"}\n",
                i % 2 ? "pns" : "any_person", i % 2 ? "socmed_like" : "give_money", 1 + i % 12, 1 + i % 28);
    }
    return t;
}

/* ------------------------------------------------------- measurement -- */

static double cpu_self(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double tv(struct timeval t)
{
    return (double)t.tv_sec + (double)t.tv_usec / 1e6;
}

static const char *cli_path, *scratch;
/* "quick" (4th argument; the sanitizer and coverage builds pass it): the place search at 10 KB,
 * 100 KB and 1 MB and the text engine from 256 KB, a quarter of the work where instrumentation
 * makes every byte several times dearer; the ratios judged are the same */
static int quick;
static int failures;

/* Run the CLI with stdin from `input` (a file) and the output discarded;
 * returns its CPU time, or -1 when it crashed. */
static double run_cli(char *const argv[], const char *input)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int in = open(input ? input : "/dev/null", O_RDONLY);
        int out = open("/dev/null", O_WRONLY);
        if (in < 0 || out < 0)
            _exit(127);
        dup2(in, 0);
        dup2(out, 1);
        dup2(out, 2);
        execv(cli_path, argv);
        _exit(127);
    }
    int status = 0;
    struct rusage before, after; /* the children waited for: only this one in between */
    getrusage(RUSAGE_CHILDREN, &before);
    if (waitpid(pid, &status, 0) != pid)
        return -1;
    getrusage(RUSAGE_CHILDREN, &after);
    if (!WIFEXITED(status) || WEXITSTATUS(status) > 2)
        return -1;
    return tv(after.ru_utime) + tv(after.ru_stime) - tv(before.ru_utime) - tv(before.ru_stime);
}

typedef struct entry {
    const char *name;
    int cli; /* the CLI: one run per measurement; else repeated to ~1 MB */
    /* prepare the input of about `size` bytes; run once, returning the CPU
     * time or -1 on an unexpected result */
    void (*prepare)(const struct entry *e, size_t size);
    double (*run)(const struct entry *e);
    int variant; /* run_library: which call */
    int chain;   /* schedules: one parent chain instead of siblings */
    int big;     /* 100 KB, 1 MB and 10 MB instead of 10 KB, 100 KB and 1 MB */
} entry;

static text cur;        /* the current input */
static char path[4096]; /* the current input as a file (CLI entries) */

static void write_input(void)
{
    snprintf(path, sizeof path, "%s/scaling-input", scratch);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(cur.p, 1, cur.n, f) != cur.n || fclose(f) != 0) {
        fprintf(stderr, "scaling: cannot write %s\n", path);
        exit(1);
    }
}

static void prep_prose(const entry *e, size_t size)
{
    cur = make_prose(size);
    if (e->cli)
        write_input();
}

static void prep_places(const entry *e, size_t size)
{
    (void)e;
    cur = make_place_prose(size);
}

static void prep_schedule(const entry *e, size_t size)
{
    cur = make_schedule(size, e->chain);
    if (e->cli)
        write_input();
}

static void prep_holidays(const entry *e, size_t size)
{
    (void)e;
    cur = make_holidays(size);
}

static void prep_batch(const entry *e, size_t size)
{
    (void)e;
    cur = make_batch(size);
    write_input();
}

/* The place search: the count, then the mentions into an array of that
 * size (allocated between the two calls, untimed); both calls timed. */
static double run_places(const entry *e)
{
    (void)e;
    size_t total = 0, total2 = 0;
    double t0 = cpu_self();
    pk_status st = pk_place_find_in_text(NULL, 0, &total, cur.p, cur.n, NULL, NULL);
    double t = cpu_self() - t0;
    pk_place_mention *out = malloc((total ? total : 1) * sizeof *out);
    if (!out || st != PK_OK || !total) {
        free(out);
        return -1;
    }
    t0 = cpu_self();
    st = pk_place_find_in_text(out, total, &total2, cur.p, cur.n, NULL, NULL);
    t += cpu_self() - t0;
    free(out);
    return st == PK_OK && total2 == total ? t : -1;
}

/* One library call on the current input, timed: the region search (variant
 * 0), the schedule loader (1) or the holiday loader (2). */
static double run_library(const entry *e)
{
    size_t total = 0;
    pk_schedule *s = NULL;
    pk_holiday_table *h = NULL;
    double t0 = cpu_self();
    pk_status st = e->variant == 0 ? pk_region_find_in_text(NULL, 0, &total, cur.p, cur.n, 0, NULL)
                   : e->variant == 1 ? pk_schedule_load_string(&s, cur.p, cur.n, "scaling", NULL)
                                     : pk_holidays_load_string(&h, cur.p, cur.n, "scaling", NULL);
    double t = cpu_self() - t0;
    pk_schedule_free(s);
    pk_holidays_free(h);
    return st == PK_OK && (e->variant != 0 || total > 0) ? t : -1;
}

static double run_cli_find(const entry *e)
{
    (void)e;
    char *argv[] = {"pilkada", "region", "find-in-text", "-", NULL};
    return run_cli(argv, path);
}

static double run_cli_schedule(const entry *e)
{
    (void)e;
    char *argv[] = {"pilkada", "schedule", "--file", path, NULL};
    return run_cli(argv, NULL);
}

static double run_cli_batch(const entry *e)
{
    (void)e;
    char *argv[] = {"pilkada", "classify", "--batch", path, NULL};
    return run_cli(argv, NULL);
}

/* Best of RUNS; library calls repeated to cover about TARGET bytes. Returns
 * the time of one call, or -1. */
static double measure(const entry *e, size_t size)
{
    e->prepare(e, size);
    size_t reps = e->cli || cur.n >= TARGET ? 1 : TARGET / cur.n;
    double best = -1;
    for (int r = 0; r < RUNS; r++) {
        double sum = 0;
        for (size_t k = 0; k < reps; k++) {
            double t = e->run(e);
            if (t < 0) {
                best = -1;
                goto out;
            }
            sum += t;
        }
        sum /= (double)reps;
        if (best < 0 || sum < best)
            best = sum;
    }
out:
    free(cur.p);
    memset(&cur, 0, sizeof cur);
    return best;
}

static void check(const entry *e)
{
    double t[3] = {0, 0, 0};
    char line[512];
    int n = snprintf(line, sizeof line, "cost %-22s", e->name);
    const size_t *sz = e->big && !quick ? big_sizes : sizes;
    for (int i = 0; i < 3; i++) {
        t[i] = measure(e, sz[i]);
        if (t[i] < 0) {
            printf("%s FAIL: unexpected result or crash on %zu bytes\n", line, sz[i]);
            failures++;
            return;
        }
        /* a floor of 1 microsecond keeps a ratio finite when a small input
         * is too quick for the clock */
        double ratio = i ? t[i] / (t[i - 1] > 1e-6 ? t[i - 1] : 1e-6) : 0;
        n += snprintf(line + n, sizeof line - (size_t)n, " %5zu KB %9.3f ms", sz[i] / 1000, t[i] * 1e3);
        if (i)
            n += snprintf(line + n, sizeof line - (size_t)n, " (x%.1f)", ratio);
        if (i && ratio > MAX_RATIO) {
            printf("%s FAIL: %zu KB took %.0f times as long as %zu KB (linear: about 10; limit %.0f)\n", line,
                   sz[i] / 1000, ratio, sz[i - 1] / 1000, MAX_RATIO);
            failures++;
            return;
        }
    }
    printf("%s ok\n", line);
}

/* ------------------------------------------------------ text engine -- */

#define EXTRACT_BASE ((size_t)1 << 20) /* bytes of the smaller text */
#define EXTRACT_TIMES 8                /* the larger text: this many copies of it */
#define EXTRACT_MAX_RATIO 16.0         /* t(8x) / t(x); linear 6-8, quadratic 64 */

/* Whole copies of the news text s[0..n), a blank line apart, up to about
 * `want` bytes (at least one copy). */
static text repeat_news(const char *s, size_t n, size_t want, size_t copies_of_base, const text *base)
{
    text t = {0};
    size_t unit = base ? base->n : n + 2;
    t.cap = (base ? unit * copies_of_base : want + unit) + 1;
    t.p = malloc(t.cap);
    if (!t.p)
        abort();
    if (base) {
        for (size_t k = 0; k < copies_of_base; k++)
            memcpy(t.p + k * unit, base->p, unit);
        t.n = unit * copies_of_base;
    } else {
        do {
            memcpy(t.p + t.n, s, n);
            t.p[t.n + n] = '\n';
            t.p[t.n + n + 1] = '\n';
            t.n += unit;
        } while (t.n < want);
    }
    t.p[t.n] = '\0';
    return t;
}

/* Best CPU time of `runs` calls of pk_extract on t; *mentions gets the
 * mentions found. -1 when a call fails. */
static double time_extract(const text *t, int runs, size_t *mentions)
{
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    o.reference = pk_date_of(2024, 11, 28);
    double best = -1;
    for (int r = 0; r < runs; r++) {
        pk_extract_result *res = NULL;
        double t0 = cpu_self();
        pk_status st = pk_extract(&res, t->p, t->n, &o, NULL);
        double dt = cpu_self() - t0;
        if (st != PK_OK)
            return -1;
        *mentions = pk_extract_total_mentions(res);
        pk_extract_free(res);
        if (best < 0 || dt < best)
            best = dt;
    }
    return best;
}

/* pk_extract on copies of news[0..) to about EXTRACT_BASE bytes, then on
 * EXTRACT_TIMES copies of that. */
static void check_extract(const char *name, const text *news)
{
    text small = repeat_news(news->p, news->n, quick ? EXTRACT_BASE / 4 : EXTRACT_BASE, 0, NULL);
    text large = repeat_news(NULL, 0, 0, EXTRACT_TIMES, &small);
    size_t ms = 0, ml = 0;
    double ts = time_extract(&small, RUNS, &ms);
    double tl = ts < 0 ? -1 : time_extract(&large, 2, &ml);
    char line[512];
    snprintf(line, sizeof line, "cost %-22s %5zu KB %9.3f ms %5zu KB %9.3f ms", name, small.n / 1000, ts * 1e3,
             large.n / 1000, tl * 1e3);
    double ratio = tl / (ts > 1e-6 ? ts : 1e-6);
    double work = ms ? (double)ml / (double)ms : 0;
    if (ts < 0 || tl < 0) {
        printf("%s FAIL: pk_extract failed\n", line);
        failures++;
    } else if (ratio > EXTRACT_MAX_RATIO) {
        printf("%s (x%.1f) FAIL: %d times the text took %.0f times as long (linear: about %d; limit %.0f)\n", line,
               ratio, EXTRACT_TIMES, ratio, EXTRACT_TIMES, EXTRACT_MAX_RATIO);
        failures++;
    } else if (work < EXTRACT_TIMES * 0.95 || work > EXTRACT_TIMES * 1.05) {
        printf("%s (x%.1f) FAIL: %d times the text gave %.2f times the mentions (%zu, then %zu)\n", line, ratio,
               EXTRACT_TIMES, work, ms, ml);
        failures++;
    } else {
        printf("%s (x%.1f; mentions x%.2f) ok\n", line, ratio, work);
    }
    free(small.p);
    free(large.p);
}

/* The news text of news_path, and a text of dates alone ("27/11/2024 ",
 * no comma: the sentence passes look back for commas). */
static void check_extract_all(const char *news_path)
{
    FILE *f = fopen(news_path, "rb");
    text news = {0};
    if (f) {
        news.cap = 1 << 20;
        news.p = malloc(news.cap);
        if (!news.p)
            abort();
        news.n = fread(news.p, 1, news.cap - 1, f);
        fclose(f);
    }
    if (news.n < 10000) {
        printf("cost %-22s FAIL: cannot read news text from %s\n", "extract", news_path);
        failures++;
    } else {
        check_extract("extract", &news);
    }
    free(news.p);
    text dates = {0};
    while (dates.n < 100000)
        put(&dates, "27/11/2024 ");
    check_extract("extract_dates", &dates);
    free(dates.p);
}

int main(int argc, char **argv)
{
    if (argc < 4 || argc > 5 || (argc == 5 && strcmp(argv[4], "quick") != 0)) {
        fprintf(stderr, "usage: scaling <pilkada CLI> <scratch dir> <news text file> [quick]\n");
        return 2;
    }
    quick = argc == 5;
    cli_path = argv[1];
    scratch = argv[2];
    static const entry entries[] = {
        {"region_find_in_text", 0, prep_prose, run_library, 0, 0, 0},
        {"place_find_in_text", 0, prep_places, run_places, 0, 0, 1},
        {"schedule_load", 0, prep_schedule, run_library, 1, 0, 0},
        {"schedule_load_chain", 0, prep_schedule, run_library, 1, 1, 0},
        {"holidays_load", 0, prep_holidays, run_library, 2, 0, 0},
        {"cli_find_in_text", 1, prep_prose, run_cli_find, 0, 0, 0},
        {"cli_schedule", 1, prep_schedule, run_cli_schedule, 0, 0, 0},
        {"cli_schedule_chain", 1, prep_schedule, run_cli_schedule, 0, 1, 0},
        {"cli_classify_batch", 1, prep_batch, run_cli_batch, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof entries / sizeof entries[0]; i++) {
        check(&entries[i]);
        fflush(stdout);
    }
    check_extract_all(argv[3]);
    printf("cost: %zu entry points, %d growing faster than linear (limit: x%.0f per 10x input, x%.0f per %dx for "
           "extract)\n",
           sizeof entries / sizeof entries[0] + 2, failures, MAX_RATIO, EXTRACT_MAX_RATIO, EXTRACT_TIMES);
    return failures ? 1 : 0;
}
