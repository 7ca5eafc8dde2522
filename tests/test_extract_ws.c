/* The text engine's caller-owned workspace (pk_extract_ws(), pilkada/extract.h):
 * one workspace read through texts of very different sizes, options and
 * failures in between gives, call by call, the same result as pk_extract()
 * (every public member of every mention and draft compared); results
 * outlive the workspace; the memory it keeps stays under its cap; NULL and
 * bad input get their statuses. Allocation failures: test_nomem. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"

/* tests/extract/corpus/010-serang-psu-gakkumdu-tangkap-3.json */
static const char serang[] =
    "Koordinator Penyidik Gakkumdu Kompol Endang Sugiarto mengatakan pelaku ini berinisial ND (30), MH (3"
    "1), dan SD (35) yang diduga bagian dari tim pemenangan salah satu pasangan calon.\n“Tim Gakkumdu men"
    "gamankan dua orang pelaku saat membawa uang tunai dan daftar penerima. Masing-masing pemilih dijanji"
    "kan menerima Rp50.000 untuk mendukung paslon 01 dalam PSU Kabupaten Serang,” kata Endang, dikutip Sa"
    "btu (19/4).\nEndang menjelaskan penangkapan ND dan MH terjadi pada Jumat (18/4).\nDia ditangkap di J"
    "alan Baru Bendung Pamarayan, Kecamatan Cikeusal, Kabupaten Serang. ... Di sisi lain, SD ditangkap di"
    " Kampung Pagadungan, Desa Curug Salanjana, Kecamatan Gunungsari, Kabupaten Serang.\nSD diduga membuj"
    "uk warga untuk memilih pasangan calon tertentu dengan imbalan uang tunai.";

/* tests/extract/corpus/001-semarang-kades-jateng-meeting.json */
static const char semarang[] =
    "Sebelumnya, Bawaslu Kota Semarang menggerebek pertemuan kepala desa se-Jawa Tengah yang diadakan di "
    "sebuah hotel berbintang di Kota Semarang pada Rabu (23/10/2024) malam.\n\nBawaslu menduga bahwa pert"
    "emuan tersebut memiliki muatan untuk memobilisasi dukungan terhadap pasangan calon gubernur dan waki"
    "l gubernur tertentu dalam Pilkada Jateng 2024.";

/* tests/extract/corpus/036-serang-yandri-membantah.json */
static const char yandri[] =
    "Menteri Desa dan Pembangunan Daerah Tertinggal, Yandri Susanto, yang juga disebut terlibat dalam isu"
    " ini, membantah tuduhan tersebut. Yandri menanggapi dalil MK yang menyebut dirinya memberikan dukung"
    "an kepada pasangan calon nomor urut 2, Ratu Rachmatuzakiyah, dan M. Najib Hamas. Dalam konferensi pe"
    "rs yang digelar di Jakarta, Rabu (26/2/2025), Yandri menjelaskan bahwa ia hadir dalam acara Rapat Ke"
    "rja Asosiasi Pemerintah Desa (Apdesi) Kabupaten Serang pada 3 Oktober 2024 bukan dalam kapasitasnya "
    "sebagai Menteri Desa, karena pelantikannya baru dilakukan pada 21 Oktober 2024.";

/* tests/extract/corpus/006-bogor-asn-klapanunggal-kampanye.json */
static const char bogor[] =
    "Ia menyebutkan bahwa peristiwa pelanggaran itu terjadi pada 12 Oktober 2024 di bilangan Kecamatan Kl"
    "apanunggal, Kabupaten Bogor. ... Setelah terbukti melakukan pelanggaran, Bawaslu Kabupaten Bogor mel"
    "aporkan ASN tersebut kepada BKN dengan mengirimkan surat rekomendasi untuk memberikan sanksi kepada "
    "yang bersangkutan.\n“Untuk yang kita rekomendasikan ke BKN ini satu orang karena dugaannya dia ikut "
    "kampanye. Tetapi untuk sanksi itu kewenangannya BKN,” katanya.(*)";

/* A growing text buffer. */
typedef struct sbuf {
    char *p;
    size_t n, cap;
} sbuf;

#if defined(__GNUC__) || defined(__clang__)
#define TEST_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define TEST_PRINTF(f, a)
#endif

static void put(sbuf *b, const char *fmt, ...) TEST_PRINTF(2, 3);
static void put(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    assert_true(k >= 0 && (size_t)k < sizeof tmp);
    if (b->n + (size_t)k + 1 > b->cap) {
        size_t nc = (b->cap ? b->cap * 2 : 4096) + (size_t)k;
        char *p = realloc(b->p, nc);
        assert_non_null(p);
        b->p = p;
        b->cap = nc;
    }
    memcpy(b->p + b->n, tmp, (size_t)k + 1);
    b->n += (size_t)k;
}

static void put_date(sbuf *b, pk_date d)
{
    put(b, " %d-%d-%d", d.year, d.month, d.day);
}

static void put_ev(sbuf *b, const pk_extract_evidence *e)
{
    put(b, " ev(%d %.17g %zu %zu %zu)", (int)e->how, e->confidence, e->start, e->end, e->mention);
}

/* Every public member of a result, as text (so that padding bytes, which
 * carry nothing, are not compared). */
static char *dump(const pk_extract_result *r)
{
    sbuf b = {NULL, 0, 0};
    put(&b, "mentions %zu/%zu sentences %zu truncated %d drafts %zu\n", pk_extract_mention_count(r),
        pk_extract_total_mentions(r), pk_extract_sentence_count(r), pk_extract_truncated(r),
        pk_extract_draft_count(r));
    for (size_t i = 0; i < pk_extract_mention_count(r); i++) {
        const pk_extract_mention *m = pk_extract_mention_at(r, i);
        put(&b, "m %d %zu %zu %zu %s %s %d", (int)m->kind, m->start, m->end, m->sentence, m->label ? m->label : "-",
            m->region ? m->region->code : "-", (int)m->date_kind);
        put_date(&b, m->from);
        put_date(&b, m->to);
        put(&b, " %u %lld %d %u [%s] %lu\n", m->date_flags, m->amount, m->number, m->flags, m->text,
            (unsigned long)m->place);
    }
    for (size_t i = 0; i < pk_extract_draft_count(r); i++) {
        const pk_extract_draft *d = pk_extract_draft_at(r, i);
        const pk_incident *in = &d->incident;
        put(&b, "d %u %d %d %d", in->version, (int)in->actor, (int)in->act, (int)in->involved_actor);
        put_date(&b, in->occurred);
        put_date(&b, in->discovered);
        put_date(&b, in->reported);
        put(&b, " [%s] %d %p %d %d %d %d %d %d %d %d", in->region, in->cycle, (const void *)in->schedule,
            (int)in->supported, (int)in->minister_approval, (int)in->tsm, (int)in->candidate_involved,
            (int)in->incumbent_candidate, (int)in->on_leave, (int)in->official_capacity, (int)in->evidence);
        put(&b, " %s %s", d->actor_label, d->act_label);
        put_date(&b, d->occurred_from);
        put_date(&b, d->occurred_to);
        put(&b, " [%s] [%s] %d %d %.17g %u %zu %zu [%s] [%s]", d->district, d->village, d->negated, (int)d->status,
            d->confidence, d->missing, d->start, d->end, d->district_code, d->village_code);
        for (int f = 0; f < PK_EXTRACT_EVIDENCE_SLOTS; f++)
            put_ev(&b, &d->evidence[f]);
        put(&b, "\n");
    }
    return b.p;
}

/* text repeated, paragraphs apart, to at least want bytes */
static char *repeated(const char *text, size_t want, size_t *len)
{
    size_t n = strlen(text), l = 0;
    size_t cap = want + n + 3;
    char *t = malloc(cap);
    assert_non_null(t);
    do {
        memcpy(t + l, text, n);
        l += n;
        t[l++] = '\n';
        t[l++] = '\n';
    } while (l < want);
    t[l] = '\0';
    *len = l;
    return t;
}

typedef struct call {
    const char *text;
    size_t len;
    pk_date reference;
    int cycle;
    const char *region;
} call;

/* One call by pk_extract() and one by pk_extract_ws() with ws: the same
 * status, error detail and result. Returns the workspace result's dump. */
static char *same_as_plain(pk_extract_workspace *ws, const call *c, pk_status want)
{
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    o.reference = c->reference;
    o.cycle = c->cycle;
    o.default_region = c->region;
    pk_extract_result *a = NULL, *b = (pk_extract_result *)(uintptr_t)1;
    pk_error ea, eb;
    pk_error_clear(&ea);
    pk_error_clear(&eb);
    pk_status sa = pk_extract(&a, c->text, c->len, &o, &ea);
    pk_status sb = pk_extract_ws(&b, ws, c->text, c->len, &o, &eb);
    assert_int_equal(sa, want);
    assert_int_equal(sb, want);
    assert_true(pk_extract_workspace_bytes(ws) <= PK_EXTRACT_WORKSPACE_KEEP);
    if (want != PK_OK) {
        assert_null(a);
        assert_null(b);
        assert_int_equal(eb.status, want);
        assert_int_equal(eb.column, ea.column);
        assert_string_equal(eb.field, ea.field);
        assert_string_equal(eb.text, ea.text);
        return NULL;
    }
    char *da = dump(a), *db = dump(b);
    assert_string_equal(da, db);
    free(da);
    pk_extract_free(a);
    pk_extract_free(b);
    return db;
}

static void test_same_results(void **state)
{
    (void)state;
    size_t nbig = 0, nmid = 0;
    char *big = repeated(serang, 700u << 10, &nbig); /* its scratch passes PK_EXTRACT_WORKSPACE_KEEP */
    char *mid = repeated(yandri, 100u << 10, &nmid);
    size_t nsmall = 0;
    char *small = repeated(bogor, 4u << 10, &nsmall);
    static const char bad[] = "Kepala desa membagikan uang \xC3\x28 di Kabupaten Serang";
    char both[sizeof semarang + sizeof bogor];
    memcpy(both, semarang, sizeof semarang); /* a NUL byte between them is a separator */
    memcpy(both + sizeof semarang, bogor, sizeof bogor - 1);
    const pk_date ref = pk_date_of(2024, 11, 28), ref25 = pk_date_of(2025, 4, 20), none = {0, 0, 0};
    const call calls[] = {
        {"", 0, ref, 0, NULL},
        {serang, strlen(serang), ref25, 0, NULL},
        {serang, strlen(serang), none, 2024, NULL},
        {big, nbig, ref25, 0, NULL},
        {semarang, strlen(semarang), ref, 0, NULL},
        {bad, strlen(bad), ref, 0, NULL},
        {mid, nmid, none, 0, "36.04"},
        {"", 0, none, 0, NULL},
        {small, nsmall, ref, 2024, NULL},
        {both, sizeof both - 1, ref, 0, "33.74"},
        {yandri, strlen(yandri), none, 0, NULL},
        {big, nbig, none, 2024, NULL},
        {bogor, strlen(bogor), ref, 0, NULL},
        {bad, 27, ref, 0, NULL}, /* the valid part before the bad byte */
    };
    pk_extract_workspace *ws = (pk_extract_workspace *)(uintptr_t)1;
    assert_int_equal(pk_extract_workspace_new(&ws, NULL), PK_OK);
    assert_non_null(ws);
    assert_int_equal(pk_extract_workspace_bytes(ws), 0); /* empty until a call */
    for (size_t i = 0; i < sizeof calls / sizeof *calls; i++) {
        pk_status want = calls[i].text == bad && calls[i].len > 27 ? PK_EENCODING : PK_OK;
        free(same_as_plain(ws, &calls[i], want));
    }
    /* the same text twice in a row: the workspace keeps what the first call took */
    free(same_as_plain(ws, &calls[12], PK_OK));
    size_t held = pk_extract_workspace_bytes(ws);
    assert_true(held > 0);
    free(same_as_plain(ws, &calls[12], PK_OK));
    assert_int_equal(pk_extract_workspace_bytes(ws), held);
    pk_extract_workspace_free(ws);
    free(big);
    free(mid);
    free(small);
}

/* A result owns its memory: later calls with its workspace and freeing the
 * workspace leave it as it was. */
static void test_results_outlive_workspace(void **state)
{
    (void)state;
    pk_extract_workspace *ws = NULL;
    assert_int_equal(pk_extract_workspace_new(&ws, NULL), PK_OK);
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    o.reference = pk_date_of(2025, 4, 20);
    pk_extract_result *first = NULL, *r = NULL;
    assert_int_equal(pk_extract_ws(&first, ws, serang, strlen(serang), &o, NULL), PK_OK);
    char *before = dump(first);
    /* corpus 010: the money promised in Kabupaten Serang (36.04) on Friday 18 April 2025 */
    assert_true(pk_extract_draft_count(first) > 0);
    assert_string_equal(pk_extract_draft_at(first, 0)->act_label, "give_money");
    assert_string_equal(pk_extract_draft_at(first, 0)->incident.region, "36.04");
    size_t n = 0;
    char *t = repeated(yandri, 50u << 10, &n);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(pk_extract_ws(&r, ws, i == 1 ? semarang : t, i == 1 ? strlen(semarang) : n, &o, NULL),
                         PK_OK);
        pk_extract_free(r);
    }
    assert_int_equal(pk_extract_ws(&r, ws, bogor, strlen(bogor), &o, NULL), PK_OK);
    pk_extract_workspace_free(ws);
    char *after = dump(first);
    assert_string_equal(before, after);
    assert_true(pk_extract_draft_count(r) > 0); /* the last result, too, is whole */
    free(after);
    after = dump(r);
    assert_non_null(after);
    free(after);
    free(before);
    free(t);
    pk_extract_free(first);
    pk_extract_free(r);
}

static void test_null_and_bad_input(void **state)
{
    (void)state;
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_extract_workspace_new(NULL, &err), PK_EINVAL);
    assert_int_equal(err.status, PK_EINVAL);
    assert_string_equal(err.field, "out");
    pk_extract_workspace_free(NULL);
    assert_int_equal(pk_extract_workspace_bytes(NULL), 0);
    pk_extract_workspace *ws = NULL;
    assert_int_equal(pk_extract_workspace_new(&ws, NULL), PK_OK);
    pk_extract_result *r = (pk_extract_result *)(uintptr_t)1;
    /* NULL workspace: refused, *out set to NULL */
    pk_error_clear(&err);
    assert_int_equal(pk_extract_ws(&r, NULL, serang, strlen(serang), NULL, &err), PK_EINVAL);
    assert_null(r);
    assert_string_equal(err.field, "ws");
    assert_int_equal(pk_extract_ws(NULL, ws, serang, strlen(serang), NULL, NULL), PK_EINVAL);
    r = (pk_extract_result *)(uintptr_t)1;
    pk_error_clear(&err);
    assert_int_equal(pk_extract_ws(&r, ws, NULL, 5, NULL, &err), PK_EINVAL);
    assert_null(r);
    assert_string_equal(err.field, "text");
    /* NULL text of length 0: an empty result */
    assert_int_equal(pk_extract_ws(&r, ws, NULL, 0, NULL, NULL), PK_OK);
    assert_int_equal(pk_extract_mention_count(r), 0);
    assert_int_equal(pk_extract_draft_count(r), 0);
    pk_extract_free(r);
    /* bad options, as pk_extract() */
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    o.version = PK_EXTRACT_OPTIONS_VERSION + 1;
    assert_int_equal(pk_extract_ws(&r, ws, serang, strlen(serang), &o, NULL), PK_EINVAL);
    o.version = 0;
    assert_int_equal(pk_extract_ws(&r, ws, serang, strlen(serang), &o, NULL), PK_EINVAL);
    o = (pk_extract_options)PK_EXTRACT_OPTIONS_INIT;
    o.default_region = "99.99";
    pk_error_clear(&err);
    assert_int_equal(pk_extract_ws(&r, ws, serang, strlen(serang), &o, &err), PK_EINVAL);
    assert_string_equal(err.field, "default_region");
    o.default_region = NULL;
    o.reference = pk_date_of(2025, 2, 30);
    assert_int_equal(pk_extract_ws(&r, ws, serang, strlen(serang), &o, NULL), PK_EINVAL);
    /* over the length limit (checked before the text is read) */
    assert_int_equal(pk_extract_ws(&r, ws, serang, PK_EXTRACT_TEXT_MAX + 1, NULL, NULL), PK_ETOOLONG);
    assert_null(r);
    /* the workspace still works after all that */
    assert_int_equal(pk_extract_ws(&r, ws, serang, strlen(serang), NULL, NULL), PK_OK);
    assert_true(pk_extract_draft_count(r) > 0);
    pk_extract_free(r);
    pk_extract_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_results),
        cmocka_unit_test(test_results_outlive_workspace),
        cmocka_unit_test(test_null_and_bad_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
