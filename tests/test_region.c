/* Region registry. Facts from ../shared/data (regions.csv, region_aliases.csv,
 * region_code_changes.csv, pilkada_participation.csv and README.md):
 * 35.13 Kabupaten Probolinggo, 35.74 Kota Probolinggo, 16.07 Kabupaten
 * Banyuasin, 19.71 Kota Pangkal Pinang (alias Pangkalpinang), 32.16/32.75
 * Kabupaten/Kota Bekasi, 32.17 Kabupaten Bandung Barat, 16.08 OKU Timur,
 * 91.01 -> 93.01 Merauke (2022 split), 2024 = 37 + 415 + 93 = 545 (no governor
 * election in 34 DIY, no election in the 6 Jakarta administrative units),
 * 2020 = 9 + 224 + 37 = 270. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"

static const pk_region *code(const char *c)
{
    const pk_region *r = NULL;
    pk_error err;
    pk_error_clear(&err);
    if (pk_region_lookup(&r, NULL, c, &err) != PK_OK)
        fail_msg("lookup %s: %s", c, err.text);
    return r;
}

static void test_codes(void **state)
{
    (void)state;
    const pk_region *r = code("35.13");
    assert_string_equal(r->full_name, "Kabupaten Probolinggo");
    assert_int_equal(r->kind, PK_REGION_KABUPATEN);
    assert_int_equal(r->code_num, 3513);
    assert_string_equal(r->parent_code, "35");
    assert_string_equal(pk_region_parent(r)->name, "Jawa Timur");
    r = code("35.74");
    assert_string_equal(r->full_name, "Kota Probolinggo");
    assert_int_equal(r->kind, PK_REGION_KOTA);
    assert_string_equal(code("16.07")->full_name, "Kabupaten Banyuasin");
    assert_ptr_equal(code("3513"), code("35.13"));
    assert_ptr_equal(code(" 35.13 "), code("35.13"));
    assert_int_equal(code("35")->kind, PK_REGION_PROVINSI);
    assert_null(code("35")->parent_code);
    assert_ptr_equal(pk_region_at(code("16.07")->index), code("16.07"));

    unsigned how = 99;
    const pk_region *p;
    assert_int_equal(pk_region_lookup(&p, &how, "35.13.01.2001", NULL), PK_OK);
    assert_ptr_equal(p, code("35.13"));
    assert_int_equal(how, PK_REGION_CODE_PREFIX);
    assert_int_equal(pk_region_lookup(&p, &how, "3513012001", NULL), PK_OK);
    assert_ptr_equal(p, code("35.13"));
    assert_int_equal(pk_region_lookup_num(&p, &how, 3513, NULL), PK_OK);
    assert_ptr_equal(p, code("35.13"));
    assert_int_equal(how, 0);
    assert_int_equal(pk_region_lookup_num(&p, &how, 3513012001LL, NULL), PK_OK);
    assert_ptr_equal(p, code("35.13"));
    /* a kecamatan code (6 digits) names its regency by prefix */
    assert_int_equal(pk_region_lookup(&p, &how, "35.13.01", NULL), PK_OK);
    assert_ptr_equal(p, code("35.13"));
    assert_int_equal(how, PK_REGION_CODE_PREFIX);
    assert_int_equal(pk_region_lookup_num(&p, &how, 351301, NULL), PK_OK);
    assert_ptr_equal(p, code("35.13"));
    assert_int_equal(pk_region_lookup(&p, &how, "35.99.01", NULL), PK_ENOTFOUND);
    assert_int_equal(pk_region_lookup_num(&p, &how, 35130, NULL), PK_ERANGE); /* 5 digits */

    /* old code from the 2022 Papua split */
    assert_int_equal(pk_region_lookup(&p, &how, "91.01", NULL), PK_OK);
    assert_string_equal(p->code, "93.01");
    assert_string_equal(p->name, "Merauke");
    assert_int_equal(how, PK_REGION_CODE_OLD);
    assert_int_equal(pk_region_lookup(&p, &how, "92.71", NULL), PK_OK);
    assert_string_equal(p->code, "96.71");

    /* bad codes */
    pk_error err;
    static const struct {
        const char *c;
        pk_status s;
    } bad[] = {{"351", PK_EPARSE},  {"35.1", PK_EPARSE},  {"35..13", PK_EPARSE}, {"abc", PK_EPARSE},
               {"", PK_EPARSE},     {"99.99", PK_ENOTFOUND}, {"35.99", PK_ENOTFOUND}, {"10", PK_ENOTFOUND},
               {"35135", PK_EPARSE}, {"35.13.01.2001.1", PK_EPARSE}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        pk_error_clear(&err);
        p = code("35");
        how = 7;
        pk_status s = pk_region_lookup(&p, &how, bad[i].c, &err);
        if (s != bad[i].s)
            fail_msg("'%s': expected %s got %s", bad[i].c, pk_status_name(bad[i].s), pk_status_name(s));
        assert_null(p);
        assert_int_equal(how, 0);
        assert_int_equal(err.status, bad[i].s);
        assert_true(err.text[0]);
    }
    assert_int_equal(pk_region_lookup(NULL, NULL, "35", NULL), PK_EINVAL);
    assert_int_equal(pk_region_lookup(&p, NULL, NULL, NULL), PK_EINVAL);
    assert_int_equal(pk_region_lookup_num(&p, NULL, 351, NULL), PK_ERANGE);
    assert_int_equal(pk_region_lookup_num(&p, NULL, -3513, NULL), PK_ERANGE);
}

static void test_exact_name(void **state)
{
    (void)state;
    const pk_region *r;
    assert_int_equal(pk_region_find_name(&r, "Bekasi", PK_REGION_KABUPATEN, NULL), PK_OK);
    assert_string_equal(r->code, "32.16");
    assert_int_equal(pk_region_find_name(&r, "Bekasi", PK_REGION_KOTA, NULL), PK_OK);
    assert_string_equal(r->code, "32.75");
    assert_int_equal(pk_region_find_name(&r, "Kota Bekasi", PK_REGION_ANY_KIND, NULL), PK_OK);
    assert_string_equal(r->code, "32.75");
    assert_int_equal(pk_region_find_name(&r, "Kabupaten Bekasi", PK_REGION_ANY_KIND, NULL), PK_OK);
    assert_string_equal(r->code, "32.16");
    assert_int_equal(pk_region_find_name(&r, "Bekasi", PK_REGION_ANY_KIND, NULL), PK_EAMBIGUOUS);
    assert_null(r);
    /* exact lookup takes no aliases and no typos */
    assert_int_equal(pk_region_find_name(&r, "Pangkalpinang", PK_REGION_KOTA, NULL), PK_OK); /* spacing only */
    assert_int_equal(pk_region_find_name(&r, "Solo", PK_REGION_KOTA, NULL), PK_ENOTFOUND);
    assert_int_equal(pk_region_find_name(&r, "Probolingo", PK_REGION_KOTA, NULL), PK_ENOTFOUND);
    assert_int_equal(pk_region_find_name(&r, "Jakarta Pusat", PK_REGION_KOTA, NULL), PK_OK);
    assert_string_equal(r->code, "31.71");
    assert_int_equal(pk_region_find_name(&r, "Bekasi", 9, NULL), PK_EINVAL);
}

static pk_status resolve(const char *name, pk_region_resolution *res, pk_region_candidate *c, size_t cap)
{
    pk_error err;
    pk_error_clear(&err);
    pk_status s = pk_region_resolve(res, c, cap, name, NULL, &err);
    if (s != PK_OK)
        assert_int_equal(err.status, s);
    return s;
}

static void test_messy_names(void **state)
{
    (void)state;
    static const struct {
        const char *name, *code;
    } ok[] = {
        {"Kab. Banyuasin", "16.07"},     {"KOTA MAKASSAR", "73.71"},     {"Pangkal Pinang", "19.71"},
        {"Pangkalpinang", "19.71"},      {"Kab Bandung Barat", "32.17"}, {"Pemkab OKU Timur", "16.08"},
        {"kabupaten  banyuasin", "16.07"}, {"Kota-Bekasi", "32.75"},    {"Pemkot Bekasi", "32.75"},
        {"Provinsi Jambi", "15"},        {"Kota Jambi", "15.71"},        {"Bau-Bau", "74.72"},
        {"Baubau", "74.72"},             {"Solo", "33.72"},              {"Toba Samosir", "12.12"},
        {"Kota Adm. Jakarta Pusat", "31.71"}, {"Prov. Jawa Timur", "35"}, {"DKI Jakarta", "31"},
        {"Pemprov Jawa Timur", "35"},    {"Propinsi Jambi", "15"},       {"Kodya Surabaya", "35.78"},
        {"Kotamadya Surabaya", "35.78"}, {"Kab. Adm. Kepulauan Seribu", "31.01"},
        {"Kabupaten Administrasi Kepulauan Seribu", "31.01"}, {"Kepulauan Seribu", "31.01"},
    };
    pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
    pk_region_candidate c[8];
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        pk_status s = resolve(ok[i].name, &res, c, 8);
        if (s != PK_OK || strcmp(res.region->code, ok[i].code) != 0)
            fail_msg("'%s': %s %s (expected %s)", ok[i].name, pk_status_name(s),
                     res.region ? res.region->code : "-", ok[i].code);
        assert_true(res.score == 1.0);
    }
    assert_int_equal(resolve("Kab. Banyuasin", &res, c, 8), PK_OK);
    assert_int_equal(res.kind_hint, PK_REGION_KABUPATEN);

    /* ambiguous: both candidates */
    assert_int_equal(resolve("Bekasi", &res, c, 8), PK_EAMBIGUOUS);
    assert_null(res.region);
    assert_int_equal(res.total, 2);
    assert_int_equal(res.ncandidates, 2);
    assert_string_equal(c[0].region->code, "32.16");
    assert_string_equal(c[1].region->code, "32.75");
    assert_int_equal(resolve("Gorontalo", &res, c, 8), PK_EAMBIGUOUS);
    assert_int_equal(res.total, 3);
    /* a smaller array still reports the total */
    assert_int_equal(resolve("Gorontalo", &res, c, 1), PK_EAMBIGUOUS);
    assert_int_equal(res.ncandidates, 1);
    assert_int_equal(res.total, 3);

    /* misspellings: ranked suggestions */
    assert_int_equal(resolve("Probolingo", &res, c, 8), PK_ENOTFOUND);
    assert_true(res.ncandidates >= 2);
    assert_string_equal(c[0].region->name, "Probolinggo");
    assert_string_equal(c[1].region->name, "Probolinggo");
    assert_int_equal(c[0].distance, 1);
    assert_true(c[0].score > 0.8 && c[0].score < 1.0);
    assert_int_equal(resolve("Kota Probolingo", &res, c, 8), PK_ENOTFOUND);
    assert_string_equal(c[0].region->code, "35.74"); /* the prefix ranks the kota first */
    assert_int_equal(resolve("Banyuasn", &res, c, 8), PK_ENOTFOUND);
    assert_string_equal(c[0].region->code, "16.07");
    for (size_t i = 1; i < res.ncandidates; i++)
        assert_true(c[i - 1].score >= c[i].score);
    /* accepting a clear fuzzy match */
    pk_region_resolve_options o = PK_REGION_RESOLVE_OPTIONS_INIT;
    o.flags = PK_REGION_RESOLVE_ACCEPT_FUZZY;
    assert_int_equal(pk_region_resolve(&res, c, 8, "Banyuasn", &o, NULL), PK_OK);
    assert_string_equal(res.region->code, "16.07");
    assert_int_equal(res.how, PK_REGION_MATCH_FUZZY);
    /* Probolingo stays ambiguous even then */
    assert_int_equal(pk_region_resolve(&res, c, 8, "Probolingo", &o, NULL), PK_ENOTFOUND);
    /* max_distance 0: exact names only, so a misspelling has no suggestion */
    o.max_distance = 0;
    assert_int_equal(pk_region_resolve(&res, c, 8, "Banyuasn", &o, NULL), PK_ENOTFOUND);
    assert_int_equal(res.ncandidates, 0);
    assert_int_equal(pk_region_resolve(&res, c, 8, "Banyuasin", &o, NULL), PK_OK);
    assert_string_equal(res.region->code, "16.07");
    o.max_distance = -1;
    /* a province filter resolves the cross-province Banjar */
    o.flags = 0;
    o.province = "63";
    assert_int_equal(pk_region_resolve(&res, c, 8, "Banjar", &o, NULL), PK_OK);
    assert_string_equal(res.region->code, "63.03");
    assert_int_equal(resolve("Xyzzyqq Wwww", &res, c, 8), PK_ENOTFOUND);
    assert_int_equal(res.ncandidates, 0);
    /* a misspelling near two keys of one region (Pangkalpinang, Pangkal Pinang)
       lists that region once */
    assert_int_equal(resolve("Pangkalpinan", &res, c, 8), PK_ENOTFOUND);
    assert_string_equal(c[0].region->code, "19.71");
    for (size_t i = 0; i < res.ncandidates; i++)
        for (size_t j = i + 1; j < res.ncandidates; j++)
            assert_ptr_not_equal(c[i].region, c[j].region);
    /* a one-element array keeps the best suggestion and counts the others */
    pk_region_candidate all[8];
    pk_region_resolution full = PK_REGION_RESOLUTION_INIT;
    assert_int_equal(resolve("Probolingo", &full, all, 8), PK_ENOTFOUND);
    assert_int_equal(resolve("Probolingo", &res, c, 1), PK_ENOTFOUND);
    assert_int_equal(res.ncandidates, 1);
    assert_int_equal(res.total, full.total);
    assert_ptr_equal(c[0].region, all[0].region);
}

static void test_bad_names(void **state)
{
    (void)state;
    pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
    pk_region_candidate c[4];
    pk_error err;
    pk_error_clear(&err);
    assert_int_equal(pk_region_resolve(&res, c, 4, "Kab. Banyu\xff" "asin", NULL, &err), PK_EENCODING);
    assert_int_equal(err.status, PK_EENCODING);
    assert_null(res.region);
    assert_int_equal(pk_region_resolve(&res, c, 4, "Kota \xc3\x28", NULL, NULL), PK_EENCODING);
    char *big = malloc(1000001);
    assert_non_null(big);
    memset(big, 'a', 1000000);
    big[1000000] = '\0';
    pk_error_clear(&err);
    assert_int_equal(pk_region_resolve(&res, c, 4, big, NULL, &err), PK_ETOOLONG);
    assert_string_equal(err.field, "name");
    const pk_region *r;
    assert_int_equal(pk_region_find_name(&r, big, PK_REGION_ANY_KIND, NULL), PK_ETOOLONG);
    size_t total = 9;
    memset(big, ' ', 1000000);
    assert_int_equal(pk_region_find_in_text(NULL, 0, &total, big, 1000000, 0, NULL), PK_OK);
    assert_int_equal(total, 0);
    assert_int_equal(pk_region_find_in_text(NULL, 0, &total, big, PK_REGION_TEXT_MAX + 1, 0, NULL) , PK_ETOOLONG);
    free(big);
    assert_int_equal(pk_region_find_in_text(NULL, 0, &total, "Kota \xff", 6, 0, NULL), PK_EENCODING);
    assert_int_equal(pk_region_resolve(&res, c, 4, " .- ", NULL, NULL), PK_EINVAL);
    assert_int_equal(pk_region_resolve(&res, c, 4, NULL, NULL, NULL), PK_EINVAL);
    assert_int_equal(pk_region_resolve(&res, NULL, 4, "Bekasi", NULL, NULL), PK_EINVAL);
    assert_int_equal(pk_region_resolve(NULL, c, 4, "Bekasi", NULL, NULL), PK_EINVAL);
    pk_region_resolve_options o = PK_REGION_RESOLVE_OPTIONS_INIT;
    o.version = 99;
    assert_int_equal(pk_region_resolve(&res, c, 4, "Bekasi", &o, NULL), PK_EINVAL);
    /* option values outside the documented ranges are refused */
    o = (pk_region_resolve_options)PK_REGION_RESOLVE_OPTIONS_INIT;
    o.kind = PK_REGION_ANY_KIND - 1;
    assert_int_equal(pk_region_resolve(&res, c, 4, "Bekasi", &o, NULL), PK_EINVAL);
    o = (pk_region_resolve_options)PK_REGION_RESOLVE_OPTIONS_INIT;
    o.flags = PK_REGION_RESOLVE_ACCEPT_FUZZY << 1;
    assert_int_equal(pk_region_resolve(&res, c, 4, "Bekasi", &o, NULL), PK_EINVAL);
    o = (pk_region_resolve_options)PK_REGION_RESOLVE_OPTIONS_INIT;
    o.max_distance = 4;
    assert_int_equal(pk_region_resolve(&res, c, 4, "Bekasi", &o, NULL), PK_EINVAL);
}

static void test_find_in_text(void **state)
{
    (void)state;
    const char *t = "Bawaslu Kabupaten Banyuasin menerima laporan dari Kota Makassar.";
    pk_region_mention m[8];
    size_t total = 0;
    assert_int_equal(pk_region_find_in_text(m, 8, &total, t, strlen(t), 0, NULL), PK_OK);
    assert_int_equal(total, 2);
    assert_int_equal(m[0].start, 8);
    assert_int_equal(m[0].end, 27); /* "Kabupaten Banyuasin" */
    assert_string_equal(m[0].region->code, "16.07");
    assert_int_equal(m[0].kind_hint, PK_REGION_KABUPATEN);
    assert_int_equal(m[1].start, 50);
    assert_int_equal(m[1].end, 63); /* "Kota Makassar" */
    assert_string_equal(m[1].region->code, "73.71");

    const char *u = "Pemkab OKU Timur dan Kab. Bandung Barat; warga Bekasi ke batu di Jawa Timur.";
    assert_int_equal(pk_region_find_in_text(m, 8, &total, u, strlen(u), 0, NULL), PK_OK);
    assert_int_equal(total, 4);
    assert_string_equal(m[0].region->code, "16.08");
    assert_int_equal(m[0].start, 0);
    assert_int_equal(m[0].end, 16);
    assert_string_equal(m[1].region->code, "32.17"); /* longest match, not Bandung */
    assert_int_equal(m[1].start, 21);
    assert_int_equal(m[1].end, 39);
    assert_null(m[2].region); /* bare Bekasi: ambiguous, not guessed */
    assert_int_equal(m[2].ambiguous, 1);
    assert_int_equal(m[2].ncandidates, 2);
    assert_int_equal(m[2].start, 47);
    assert_string_equal(m[3].region->code, "35"); /* "batu" in lower case is a word, not Kota Batu */
    /* a smaller array: counted, not written */
    assert_int_equal(pk_region_find_in_text(m, 1, &total, u, strlen(u), 0, NULL), PK_OK);
    assert_int_equal(total, 4);
    assert_int_equal(pk_region_find_in_text(m, 8, &total, u, strlen(u), PK_REGION_TEXT_ANY_CASE, NULL), PK_OK);
    assert_int_equal(total, 5);
    assert_int_equal(pk_region_find_in_text(m, 8, NULL, u, strlen(u), 0, NULL), PK_EINVAL);
    assert_int_equal(pk_region_find_in_text(m, 8, &total, u, strlen(u), PK_REGION_TEXT_ANY_CASE << 1, NULL),
                     PK_EINVAL);
}

/* Issue 13 item 3: a text of the largest size is searched in full (it took
 * about 8 minutes under ASan when every position counted the tokens to the
 * end of the text). 1 MiB of a report naming Kabupaten Banyuasin and Kota
 * Makassar: every mention is found, the last one at the end. */
static void test_find_in_big_text(void **state)
{
    (void)state;
    const char *t = "Bawaslu Kabupaten Banyuasin menerima laporan dari Kota Makassar. ";
    size_t tl = strlen(t), reps = PK_REGION_TEXT_MAX / tl, len = reps * tl;
    char *big = malloc(len);
    assert_non_null(big);
    for (size_t i = 0; i < reps; i++)
        memcpy(big + i * tl, t, tl);
    pk_region_mention m[4];
    size_t total = 0;
    assert_int_equal(pk_region_find_in_text(m, 4, &total, big, len, 0, NULL), PK_OK);
    assert_int_equal(total, 2 * reps);
    assert_string_equal(m[3].region->code, "73.71");
    size_t last = 0;
    assert_int_equal(pk_region_find_in_text(m, 4, &total, big + len - tl, tl, 0, NULL), PK_OK);
    last = m[1].end + len - tl;
    assert_int_equal(last, len - 2); /* "Kota Makassar" ends before ". " */
    free(big);
}

static void test_cycles(void **state)
{
    (void)state;
    pk_region_counts c;
    assert_int_equal(pk_region_count_by_kind(&c, 2024, NULL), PK_OK);
    assert_int_equal(c.provinsi, 37);
    assert_int_equal(c.kabupaten, 415);
    assert_int_equal(c.kota, 93);
    assert_int_equal(c.total, 545);
    assert_int_equal(c.kabupaten_administrasi + c.kota_administrasi, 0);
    assert_int_equal(pk_region_count_by_kind(&c, 2020, NULL), PK_OK);
    assert_int_equal(c.provinsi, 9);
    assert_int_equal(c.kabupaten, 224);
    assert_int_equal(c.kota, 37);
    assert_int_equal(pk_region_count_by_kind(&c, 0, NULL), PK_OK);
    assert_int_equal(c.provinsi, 38);
    assert_int_equal(c.total, 552);
    assert_int_equal(c.kota_administrasi, 5);
    assert_int_equal(pk_region_count(), 552);
    assert_int_equal(pk_region_count_by_kind(&c, 2018, NULL), PK_ENOTFOUND);
    assert_int_equal(c.total, 0);

    int complete = -1;
    assert_int_equal(pk_region_cycle_is_complete(&complete, 2024, NULL), PK_OK);
    assert_int_equal(complete, 1);
    /* 2020 became complete once the 7 missing kabupaten were verified */
    assert_int_equal(pk_region_cycle_is_complete(&complete, 2020, NULL), PK_OK);
    assert_int_equal(complete, 1);
    assert_int_equal(pk_region_cycle_is_complete(&complete, 2015, NULL), PK_ENOTFOUND);
    assert_int_equal(complete, 0);
    const pk_region_cycle *cy;
    assert_int_equal(pk_region_cycle_find(&cy, 2024, NULL), PK_OK);
    assert_int_equal(cy->voting_day.day, 27);
    assert_int_equal(cy->voting_day.month, 11);

    pk_region_election e;
    assert_int_equal(pk_region_election_in(&e, code("34"), 2024, NULL), PK_OK);
    assert_int_equal(e.elects, 0); /* DI Yogyakarta: no governor election */
    assert_null(e.election);
    assert_true(e.special & PK_REGIME_DIY);
    assert_int_equal(pk_region_election_in(&e, code("34.71"), 2024, NULL), PK_OK);
    assert_int_equal(e.elects, 1); /* Kota Yogyakarta elects */
    assert_string_equal(e.election, "pemilihan wali kota");
    assert_int_equal(pk_region_election_in(&e, code("31.71"), 2024, NULL), PK_OK);
    assert_int_equal(e.elects, 0); /* Jakarta Pusat: administrative city */
    assert_int_equal(pk_region_election_in(&e, code("31"), 2024, NULL), PK_OK);
    assert_int_equal(e.elects, 1);
    assert_int_equal(e.majority_percent, 50);
    assert_int_equal(pk_region_election_in(&e, code("11.08"), 2024, NULL), PK_OK);
    assert_string_equal(e.organiser, "KIP Kabupaten Aceh Utara");
    assert_string_equal(e.supervisor, "Panwaslih Kabupaten Aceh Utara");
    assert_int_equal(pk_region_election_in(&e, code("11"), 2024, NULL), PK_OK);
    assert_string_equal(e.organiser, "KIP Aceh");
    assert_int_equal(pk_region_election_in(&e, code("16.07"), 2024, NULL), PK_OK);
    assert_string_equal(e.election, "pemilihan bupati");
    assert_string_equal(e.organiser, "KPU Kabupaten Banyuasin");
    assert_string_equal(e.supervisor, "Bawaslu Kabupaten Banyuasin");
    assert_int_equal(pk_region_election_in(&e, code("35"), 2024, NULL), PK_OK);
    assert_string_equal(e.election, "pemilihan gubernur");
    assert_string_equal(e.organiser, "KPU Provinsi Jawa Timur");
    assert_string_equal(e.supervisor, "Bawaslu Provinsi Jawa Timur");
    /* 2020: Makassar re-run; Kalimantan Tengah held only the governor election and Kotawaringin Timur */
    assert_int_equal(pk_region_election_in(&e, code("73.71"), 2020, NULL), PK_OK);
    assert_int_equal(e.elects, 1);
    assert_int_equal(pk_region_election_in(&e, code("62.71"), 2020, NULL), PK_OK);
    assert_int_equal(e.elects, 0);
    assert_int_equal(pk_region_election_in(&e, code("62.02"), 2020, NULL), PK_OK);
    assert_int_equal(e.elects, 1);
    assert_int_equal(pk_region_election_in(&e, code("16.07"), 2019, NULL), PK_ENOTFOUND);
    assert_int_equal(pk_region_election_in(&e, NULL, 2024, NULL), PK_EINVAL);

    /* regimes are data with a basis */
    int aceh = 0;
    for (size_t i = 0; i < pk_region_regime_count(); i++) {
        const pk_region_regime *g = pk_region_regime_at(i);
        assert_non_null(g->basis);
        if (g->flag == PK_REGIME_ACEH && strcmp(g->effect, "organiser_body") == 0) {
            aceh = 1;
            assert_string_equal(g->value, "KIP");
            assert_true(pk_region_regime_applies(g, code("11.08")));
            assert_false(pk_region_regime_applies(g, code("12")));
        }
    }
    assert_true(aceh);
    /* scopes (UU 29/2007: Jakarta's administrative regency and cities elect
     * no head; UU 11/2006: Aceh's province keeps its bare name) */
    int jakarta = 0;
    for (size_t i = 0; i < pk_region_regime_count(); i++) {
        const pk_region_regime *g = pk_region_regime_at(i);
        if (g->flag == PK_REGIME_JAKARTA && strcmp(g->effect, "no_election") == 0) {
            jakarta++;
            assert_true(pk_region_regime_applies(g, code("31.01")));  /* Kab. Adm. Kepulauan Seribu */
            assert_true(pk_region_regime_applies(g, code("31.71")));  /* Kota Adm. Jakarta Pusat */
            assert_false(pk_region_regime_applies(g, code("31")));    /* the province elects */
            assert_false(pk_region_regime_applies(g, code("32.75"))); /* Kota Bekasi, Jawa Barat */
        }
        if (g->flag == PK_REGIME_ACEH && strcmp(g->effect, "province_bare_name") == 0) {
            assert_true(pk_region_regime_applies(g, code("11")));
            assert_false(pk_region_regime_applies(g, code("11.08")));
        }
    }
    assert_int_equal(jakarta, 1);
    pk_region_regime members = *pk_region_regime_at(0);
    members.province = "11";
    members.scope = "members";
    assert_true(pk_region_regime_applies(&members, code("11.08")));
    assert_false(pk_region_regime_applies(&members, code("11")));
    members.scope = "elsewhere";
    assert_false(pk_region_regime_applies(&members, code("11.08")));
    assert_false(pk_region_regime_applies(NULL, code("11")));
    assert_null(pk_region_regime_at(pk_region_regime_count()));
    assert_true(code("94.01")->special & PK_REGIME_PAPUA_OTSUS);
}

static void test_iteration(void **state)
{
    (void)state;
    const pk_region *list[600];
    size_t total = 0;
    assert_int_equal(pk_region_provinces(list, 600, &total, NULL), PK_OK);
    assert_int_equal(total, 38);
    for (size_t i = 0; i < total; i++)
        assert_int_equal(list[i]->kind, PK_REGION_PROVINSI);
    assert_int_equal(pk_region_children(list, 600, &total, "35", NULL), PK_OK);
    assert_int_equal(total, 38); /* Jawa Timur: 29 kabupaten + 9 kota */
    assert_int_equal(pk_region_children(list, 600, &total, "31", NULL), PK_OK);
    assert_int_equal(total, 6);
    assert_int_equal(pk_region_children(list, 600, &total, "99", NULL), PK_ENOTFOUND);
    assert_int_equal(total, 0);
    pk_region_filter f = PK_REGION_FILTER_INIT;
    f.year = 2024;
    assert_int_equal(pk_region_list(list, 600, &total, &f, NULL), PK_OK);
    assert_int_equal(total, 545);
    f.kind = PK_REGION_KOTA;
    assert_int_equal(pk_region_list(NULL, 0, &total, &f, NULL), PK_OK);
    assert_int_equal(total, 93);
    f.province = "34";
    f.kind = PK_REGION_ANY_KIND;
    assert_int_equal(pk_region_list(list, 600, &total, &f, NULL), PK_OK);
    assert_int_equal(total, 5);
    f.year = 1999;
    assert_int_equal(pk_region_list(list, 600, &total, &f, NULL), PK_ENOTFOUND);
    /* no filter: every region (38 provinces and 514 kabupaten/kota) */
    assert_int_equal(pk_region_list(NULL, 0, &total, NULL, NULL), PK_OK);
    assert_int_equal(total, 552);
    f.year = 2024;
    f.kind = PK_REGION_ANY_KIND - 1;
    assert_int_equal(pk_region_list(list, 600, &total, &f, NULL), PK_EINVAL);
    f.kind = PK_REGION_KOTA_ADMINISTRASI + 1;
    assert_int_equal(pk_region_list(list, 600, &total, &f, NULL), PK_EINVAL);
    f.kind = PK_REGION_ANY_KIND;
    int k = 0;
    assert_int_equal(pk_region_kind_parse(&k, "kota_administrasi", NULL), PK_OK);
    assert_int_equal(k, PK_REGION_KOTA_ADMINISTRASI);
    assert_string_equal(pk_region_kind_name(PK_REGION_KABUPATEN), "kabupaten");
    assert_int_equal(pk_region_kind_parse(&k, "kabupatenx", NULL), PK_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes),       cmocka_unit_test(test_exact_name), cmocka_unit_test(test_messy_names),
        cmocka_unit_test(test_bad_names),   cmocka_unit_test(test_find_in_text), cmocka_unit_test(test_find_in_big_text), cmocka_unit_test(test_cycles),
        cmocka_unit_test(test_iteration),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
