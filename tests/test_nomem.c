/* Out of memory: every allocation the library makes may fail, and each
 * failure ends in PK_ENOMEM with the documented empty outputs, never a
 * crash, a leak (run under the sanitizer build) or a half-built object.
 *
 * The test links the static library with the linker's --wrap for malloc,
 * calloc and realloc (tests/CMakeLists.txt), so the allocations of the
 * library's objects (and of this file) go through the wrappers below; the
 * C library's own allocations (fopen) do not. Each operation runs once per
 * allocation it makes, with that allocation failing, until a run makes no
 * failing allocation (then it must succeed). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "pilkada.h"

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);

/* Test state (single-threaded): the index of the allocation to fail while
 * armed, the allocations counted since arming, and whether one failed. */
static long fail_index = -1;
static long alloc_count;
static int injected;

static int fail_now(void)
{
    if (fail_index < 0 || alloc_count++ != fail_index)
        return 0;
    injected = 1;
    return 1;
}

void *__wrap_malloc(size_t size)
{
    return fail_now() ? NULL : __real_malloc(size);
}

void *__wrap_calloc(size_t n, size_t size)
{
    return fail_now() ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t size)
{
    return fail_now() ? NULL : __real_realloc(p, size);
}

typedef pk_status (*op_fn)(void *ctx, pk_error *err);

/* Run op with allocation k failing, for k = 0, 1, ... until it runs
 * without a failure. Returns the number of allocation points seen. */
static long each_failure(const char *name, op_fn op, void *ctx)
{
    for (long k = 0; k < 100000; k++) {
        pk_error err;
        pk_error_clear(&err);
        injected = 0;
        alloc_count = 0;
        fail_index = k;
        pk_status st = op(ctx, &err);
        fail_index = -1;
        if (!injected) {
            if (st != PK_OK)
                fail_msg("%s without a failing allocation: %s (%s)", name, pk_status_name(st), err.text);
            print_message("%s: %ld allocations, each failure gives PK_ENOMEM\n", name, k);
            return k;
        }
        if (st != PK_ENOMEM || err.status != PK_ENOMEM)
            fail_msg("%s, allocation %ld failing: %s (%s)", name, k, pk_status_name(st), err.text);
    }
    fail_msg("%s: no end to its allocations", name);
    return -1;
}

static pk_status op_schedule_load(void *ctx, pk_error *err)
{
    pk_schedule *s = (pk_schedule *)(uintptr_t)1;
    pk_status st = pk_schedule_load_file(&s, (const char *)ctx, err);
    if (st != PK_OK) {
        assert_null(s);
        return st;
    }
    /* the 2024 campaign ran 25 Sep .. 23 Nov 2024 */
    pk_window w = PK_WINDOW_INIT;
    assert_int_equal(pk_schedule_window(&w, s, PK_WINDOW_CAMPAIGN, NULL), PK_OK);
    assert_int_equal(pk_date_compare(w.start, pk_date_of(2024, 9, 25)), 0);
    assert_int_equal(pk_date_compare(w.end, pk_date_of(2024, 11, 23)), 0);
    pk_schedule_free(s);
    return st;
}

static pk_status op_ics(void *ctx, pk_error *err)
{
    char *text = (char *)(uintptr_t)1;
    size_t len = 7;
    pk_ics_options o = PK_ICS_OPTIONS_INIT;
    o.dtstamp = "20241128T000000Z";
    pk_status st = pk_schedule_to_ics(&text, &len, (const pk_schedule *)ctx, &o, err);
    if (st != PK_OK) {
        assert_null(text);
        assert_int_equal(len, 0);
        return st;
    }
    assert_non_null(strstr(text, "BEGIN:VCALENDAR\r\n"));
    assert_non_null(strstr(text, "DTSTART;VALUE=DATE:20241127\r\n")); /* voting day */
    pk_free(text);
    return st;
}

/* A table call's result (st, taken before t is read): NULL on failure,
 * else a table that holds Independence Day (17 August) of year. */
static pk_status table_result(pk_status st, pk_holiday_table *t, int year)
{
    if (st != PK_OK) {
        assert_null(t);
        return st;
    }
    const pk_holiday *h;
    assert_int_equal(pk_holidays_find(&h, t, pk_date_of(year, 8, 17), NULL), PK_OK);
    pk_holidays_free(t);
    return st;
}

static pk_status op_holidays_load(void *ctx, pk_error *err)
{
    pk_holiday_table *t = (pk_holiday_table *)(uintptr_t)1;
    pk_status st = pk_holidays_load_file(&t, (const char *)ctx, err);
    return table_result(st, t, 2024);
}

static pk_status op_estimate(void *ctx, pk_error *err)
{
    (void)ctx;
    pk_holiday_table *t = (pk_holiday_table *)(uintptr_t)1;
    pk_status st = pk_holidays_estimate(&t, 2030, 2031, err);
    return table_result(st, t, 2030);
}

static pk_status op_merge(void *ctx, pk_error *err)
{
    pk_holiday_table *t = (pk_holiday_table *)(uintptr_t)1;
    pk_status st = pk_holidays_merge(&t, pk_holidays_builtin(), (const pk_holiday_table *)ctx, err);
    return table_result(st, t, 2027);
}

static pk_status op_workcal(void *ctx, pk_error *err)
{
    pk_workcal *cal = (pk_workcal *)(uintptr_t)1;
    pk_workday_options o = PK_WORKDAY_OPTIONS_INIT;
    o.allow_estimate = ctx != NULL;
    pk_status st = pk_workcal_new(&cal, NULL, &o, err);
    if (st != PK_OK) {
        assert_null(cal);
        return st;
    }
    /* 27 Nov 2024, voting day, was a national holiday */
    int work = 1;
    assert_int_equal(pk_workcal_is_workday(&work, NULL, cal, pk_date_of(2024, 11, 27), NULL), PK_OK);
    assert_int_equal(work, 0);
    pk_workcal_free(cal);
    return st;
}

static pk_status op_explain(void *ctx, pk_error *err)
{
    char *text = (char *)(uintptr_t)1;
    pk_status st = pk_explain(&text, (const pk_incident *)ctx, err);
    if (st != PK_OK) {
        assert_null(text);
        return st;
    }
    assert_true(strlen(text) > 0);
    pk_free(text);
    return st;
}

static pk_status op_explain_id(void *ctx, pk_error *err)
{
    char *text = (char *)(uintptr_t)1;
    pk_status st = pk_explain_lang(&text, (const pk_incident *)ctx, PK_LANG_ID, err);
    if (st != PK_OK) {
        assert_null(text);
        return st;
    }
    assert_non_null(strstr(text, "Aturan yang ditimbang:"));
    pk_free(text);
    return st;
}

static pk_status op_format(void *ctx, pk_error *err)
{
    pk_classification res = PK_CLASSIFICATION_INIT;
    pk_finding fs[8];
    assert_int_equal(pk_classify(&res, fs, 8, (const pk_incident *)ctx, NULL), PK_OK);
    char buf[4096];
    size_t need = 1;
    pk_status st = pk_classification_format(buf, sizeof buf, &need, &res, fs, (const pk_incident *)ctx,
                                            PK_FORMAT_DETAILED, PK_LANG_ID, err);
    if (st != PK_OK) {
        assert_string_equal(buf, "");
        assert_int_equal(need, 0);
        return st;
    }
    assert_int_equal(strlen(buf) + 1, need);
    return st;
}

/* Corpus 010 (Serang PSU, April 2025): several acts, places, dates and a sum. */
static const char extract_text[] =
    "Koordinator Penyidik Gakkumdu Kompol Endang Sugiarto mengatakan pelaku ini berinisial ND (30), MH (31), "
    "dan SD (35) yang diduga bagian dari tim pemenangan salah satu pasangan calon.\n"
    "\"Tim Gakkumdu mengamankan dua orang pelaku saat membawa uang tunai dan daftar penerima. Masing-masing "
    "pemilih dijanjikan menerima Rp50.000 untuk mendukung paslon 01 dalam PSU Kabupaten Serang,\" kata Endang, "
    "dikutip Sabtu (19/4/2025).\n"
    "Endang menjelaskan penangkapan ND dan MH terjadi pada Jumat (18/4).\n"
    "Dia ditangkap di Jalan Baru Bendung Pamarayan, Kecamatan Cikeusal, Kabupaten Serang. Di sisi lain, SD "
    "ditangkap di Kampung Pagadungan, Desa Curug Salanjana, Kecamatan Gunungsari, Kabupaten Serang.\n"
    "SD diduga membujuk warga untuk memilih pasangan calon tertentu dengan imbalan uang tunai.";

static pk_status op_extract(void *ctx, pk_error *err)
{
    pk_extract_result *r = (pk_extract_result *)(uintptr_t)1;
    pk_status st = pk_extract(&r, extract_text, strlen(extract_text), (const pk_extract_options *)ctx, err);
    if (st != PK_OK) {
        assert_null(r);
        return st;
    }
    /* 18 April 2025 was a Friday: the arrest, and the money promised, in Kabupaten Serang (36.04) */
    const pk_extract_draft *d = pk_extract_draft_at(r, 0);
    assert_non_null(d);
    assert_string_equal(d->act_label, "give_money");
    assert_string_equal(d->incident.region, "36.04");
    const pk_extract_mention *m = NULL;
    for (size_t i = 0; i < pk_extract_mention_count(r) && !m; i++)
        if (pk_extract_mention_at(r, i)->kind == PK_EXTRACT_MENTION_MONEY)
            m = pk_extract_mention_at(r, i);
    assert_non_null(m);
    assert_int_equal(m->amount, 50000);
    pk_extract_free(r);
    return st;
}

/* A workspace made, used twice (the second call reuses its buffers: fewer
 * allocations, each of which may fail too) and freed: every failure gives
 * PK_ENOMEM with a NULL result and leaves the workspace usable. */
static pk_status op_extract_ws(void *ctx, pk_error *err)
{
    pk_extract_workspace *ws = (pk_extract_workspace *)(uintptr_t)1;
    pk_status st = pk_extract_workspace_new(&ws, err);
    if (st != PK_OK) {
        assert_null(ws);
        return st;
    }
    for (int i = 0; i < 2 && st == PK_OK; i++) {
        pk_extract_result *r = (pk_extract_result *)(uintptr_t)1;
        st = pk_extract_ws(&r, ws, extract_text, strlen(extract_text), (const pk_extract_options *)ctx, err);
        if (st != PK_OK) {
            assert_null(r);
            /* the workspace is still whole: the same call again (no allocation fails twice) succeeds */
            assert_int_equal(pk_extract_ws(&r, ws, extract_text, strlen(extract_text),
                                           (const pk_extract_options *)ctx, NULL),
                             PK_OK);
            assert_string_equal(pk_extract_draft_at(r, 0)->act_label, "give_money");
            pk_extract_free(r);
            break;
        }
        assert_string_equal(pk_extract_draft_at(r, 0)->act_label, "give_money");
        pk_extract_free(r);
    }
    pk_extract_workspace_free(ws);
    return st;
}

static void test_every_allocation_fails_cleanly(void **state)
{
    (void)state;
    assert_true(each_failure("pk_schedule_load_file", op_schedule_load,
                             (void *)(PK_SOURCE_DIR "/data/schedules/pilkada-2024.csv")) > 0);
    const pk_schedule *s;
    assert_int_equal(pk_schedule_builtin(&s, "pilkada-2024", NULL), PK_OK);
    assert_true(each_failure("pk_schedule_to_ics", op_ics, (void *)(uintptr_t)s) > 0);
    assert_true(each_failure("pk_holidays_load_file", op_holidays_load,
                             (void *)(PK_SOURCE_DIR "/data/holidays_id.csv")) > 0);
    assert_true(each_failure("pk_holidays_estimate", op_estimate, NULL) > 0);
    pk_holiday_table *est;
    assert_int_equal(pk_holidays_estimate(&est, 2026, 2027, NULL), PK_OK); /* overlaps the table (2015-2026) by a year */
    assert_true(each_failure("pk_holidays_merge", op_merge, est) > 0);
    pk_holidays_free(est);
    assert_true(each_failure("pk_workcal_new", op_workcal, NULL) > 0);
    assert_true(each_failure("pk_workcal_new (estimates)", op_workcal, (void *)1) > 0);
    pk_incident in = PK_INCIDENT_INIT;
    in.actor = PK_ACTOR_PNS;
    in.act = PK_ACT_SOCMED_LIKE;
    in.occurred = in.discovered = pk_date_of(2024, 10, 1);
    in.cycle = 2024;
    memcpy(in.region, "35.13", 6); /* Kabupaten Probolinggo */
    assert_true(each_failure("pk_explain", op_explain, &in) > 0);
    assert_true(each_failure("pk_explain_lang", op_explain_id, &in) > 0);
    assert_true(each_failure("pk_classification_format", op_format, &in) > 0);
    /* the text engine, with and without a reference date (without one it
     * scans the text for a stand-in first) */
    pk_extract_options xo = PK_EXTRACT_OPTIONS_INIT;
    xo.reference = pk_date_of(2025, 4, 20);
    assert_true(each_failure("pk_extract", op_extract, &xo) > 0);
    assert_true(each_failure("pk_extract (no reference)", op_extract, NULL) > 0);
    assert_true(each_failure("pk_extract_ws", op_extract_ws, &xo) > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_allocation_fails_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
