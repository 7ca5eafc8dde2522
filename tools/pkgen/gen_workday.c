/* pkgen kinds "holidays" and "deadlines":
 *  - holidays: data/holidays_id.csv -> the built-in holiday rows and the
 *    dense arrays of the default working-day calendar (compiled by the same
 *    pk_workcal_new() users call), so pk_workcal_builtin() needs no
 *    allocation at run time;
 *  - deadlines: data/deadlines.csv -> the deadline rules, checked against
 *    the pk_deadline_id enum (slug table below). */
#include <stdlib.h>
#include <string.h>

#include "pkgen.h"
#include "workday_internal.h"

int pkgen_holidays(FILE *out, int ninputs, char **inputs);
int pkgen_deadlines(FILE *out, int ninputs, char **inputs);

static const char *kind_enum(pk_holiday_kind k)
{
    switch (k) {
    case PK_HOLIDAY_NATIONAL: return "PK_HOLIDAY_NATIONAL";
    case PK_HOLIDAY_CUTI_BERSAMA: return "PK_HOLIDAY_CUTI_BERSAMA";
    default: return "PK_HOLIDAY_ELECTION";
    }
}

static const char *const status_enum[] = {"PK_SOURCE_CONFIRMED", "PK_SOURCE_SINGLE_SOURCE", "PK_SOURCE_DERIVED",
                                          "PK_SOURCE_UNCERTAIN"};

static void dump_ints(FILE *out, const char *name, const int32_t *v, size_t n)
{
    fprintf(out, "static const int32_t %s[%zu] = {", name, n);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s%ld,", i % 12 == 0 ? "\n    " : " ", (long)v[i]);
    fputs("\n};\n\n", out);
}

int pkgen_holidays(FILE *out, int ninputs, char **inputs)
{
    if (ninputs != 1) {
        fprintf(stderr, "pkgen holidays: want one input file\n");
        return 1;
    }
    pk_error err;
    pk_error_clear(&err);
    pk_holiday_table *t = NULL;
    if (pk_holidays_load_file(&t, inputs[0], &err) != PK_OK)
        return pkgen_report(&err);
    pk_workcal *cal = NULL;
    if (pk__workcal_compile(&cal, t, NULL, &err) != PK_OK) {
        pk_holidays_free(t);
        return pkgen_report(&err);
    }
    pkgen_banner(out, "holidays", ninputs, inputs);
    fputs("#include \"workday_internal.h\"\n\n", out);
    fprintf(out, "static const pk_holiday rows[%zu] = {\n", t->count);
    for (size_t i = 0; i < t->count; i++) {
        const pk_holiday *h = &t->rows[i];
        fprintf(out, "    {{%d, %d, %d}, %s, ", h->date.year, h->date.month, h->date.day, kind_enum(h->kind));
        pkgen_str(out, h->name_id);
        fputs(", ", out);
        pkgen_str(out, h->name_en);
        fputs(", ", out);
        pkgen_str(out, h->basis);
        fprintf(out, ", %s, %uu},\n", status_enum[h->status], h->flags);
    }
    fputs("};\n\n", out);
    fprintf(out, "const pk_holiday_table pk__holidays_builtin_table = {rows, %zu, %d, %d, 1, NULL};\n\n", t->count,
            t->first_year, t->last_year);
    size_t ndays = (size_t)(cal->hi - cal->lo);
    dump_ints(out, "cal_cum", cal->cum, ndays + 1);
    dump_ints(out, "cal_kth", cal->kth, (size_t)cal->nwork);
    fputs("/* the calendar of the built-in table with PK_WORKDAY_OPTIONS_INIT */\n", out);
    fprintf(out,
            "const pk_workcal pk__workcal_builtin_cal = {\n"
            "    %ld, %ld, %ld, %ld, %ld, %ld, %ld, %ld, %ld, %ld, %ld,\n"
            "    cal_cum, cal_kth, PK_ROLL_FORWARD, 0, NULL};\n",
            (long)cal->lo, (long)cal->hi, (long)cal->tab_lo, (long)cal->tab_hi, (long)cal->nwork, (long)cal->wk_lo,
            (long)cal->wk_hi, (long)cal->ser_min, (long)cal->ser_max, (long)cal->kmin, (long)cal->kmax);
    pk_workcal_free(cal);
    pk_holidays_free(t);
    return 0;
}

/* The slugs in pk_deadline_id order: data/deadlines.csv must list exactly
 * these, in this order. */
static const struct {
    pk_deadline_id id;
    const char *enum_name;
    const char *slug;
} slugs[] = {
    {PK_DEADLINE_REPORT, "PK_DEADLINE_REPORT", "report"},
    {PK_DEADLINE_FOLLOWUP, "PK_DEADLINE_FOLLOWUP", "followup"},
    {PK_DEADLINE_FOLLOWUP_EXTENDED, "PK_DEADLINE_FOLLOWUP_EXTENDED", "followup_extended"},
    {PK_DEADLINE_ADM_KPU_DECISION, "PK_DEADLINE_ADM_KPU_DECISION", "adm_kpu_decision"},
    {PK_DEADLINE_TSM_BAWASLU, "PK_DEADLINE_TSM_BAWASLU", "tsm_bawaslu"},
    {PK_DEADLINE_TSM_KPU, "PK_DEADLINE_TSM_KPU", "tsm_kpu"},
    {PK_DEADLINE_TSM_APPEAL, "PK_DEADLINE_TSM_APPEAL", "tsm_appeal"},
    {PK_DEADLINE_TSM_MA, "PK_DEADLINE_TSM_MA", "tsm_ma"},
    {PK_DEADLINE_DISPUTE_BAWASLU, "PK_DEADLINE_DISPUTE_BAWASLU", "dispute_bawaslu"},
    {PK_DEADLINE_DISPUTE_KPU, "PK_DEADLINE_DISPUTE_KPU", "dispute_kpu"},
    {PK_DEADLINE_GAKKUMDU_FORWARD, "PK_DEADLINE_GAKKUMDU_FORWARD", "gakkumdu_forward"},
    {PK_DEADLINE_INVESTIGATION, "PK_DEADLINE_INVESTIGATION", "investigation"},
    {PK_DEADLINE_PROSECUTOR_RETURN, "PK_DEADLINE_PROSECUTOR_RETURN", "prosecutor_return"},
    {PK_DEADLINE_INVESTIGATOR_RESUBMIT, "PK_DEADLINE_INVESTIGATOR_RESUBMIT", "investigator_resubmit"},
    {PK_DEADLINE_PROSECUTION, "PK_DEADLINE_PROSECUTION", "prosecution"},
    {PK_DEADLINE_PN_VERDICT, "PK_DEADLINE_PN_VERDICT", "pn_verdict"},
    {PK_DEADLINE_APPEAL_FILING, "PK_DEADLINE_APPEAL_FILING", "appeal_filing"},
    {PK_DEADLINE_APPEAL_TRANSFER, "PK_DEADLINE_APPEAL_TRANSFER", "appeal_transfer"},
    {PK_DEADLINE_PT_VERDICT, "PK_DEADLINE_PT_VERDICT", "pt_verdict"},
    {PK_DEADLINE_VERDICT_DELIVERY, "PK_DEADLINE_VERDICT_DELIVERY", "verdict_delivery"},
    {PK_DEADLINE_EXECUTION, "PK_DEADLINE_EXECUTION", "execution"},
};
_Static_assert(sizeof slugs / sizeof slugs[0] == PK__DEADLINE_COUNT, "slug table must list every pk_deadline_id");

int pkgen_deadline_id(const char *slug)
{
    for (size_t i = 0; i < PK_ARRAY_LEN(slugs); i++)
        if (strcmp(slugs[i].slug, slug) == 0)
            return (int)slugs[i].id;
    return -1;
}

static const char *const dl_columns[] = {"slug", "name_id", "name_en", "amount", "unit", "trigger",
                                         "basis", "quote", "status", "source", "note"};
enum { D_SLUG, D_NAME_ID, D_NAME_EN, D_AMOUNT, D_UNIT, D_TRIGGER, D_BASIS, D_QUOTE, D_STATUS, D_SOURCE, D_NOTE, D_N };

static int dl_fail(const pk_csv *r, long col, const char *field, const char *msg, const char *value)
{
    fprintf(stderr, "%s:%ld:%ld: PK_EPARSE [%s]\n    %s '%s'\n", r->source, r->line, col, field, msg, value);
    return 1;
}

int pkgen_deadlines(FILE *out, int ninputs, char **inputs)
{
    if (ninputs != 1) {
        fprintf(stderr, "pkgen deadlines: want one input file\n");
        return 1;
    }
    char *text = NULL;
    size_t len = 0;
    if (pkgen_read(inputs[0], &text, &len) != 0)
        return 1;
    pk_error err;
    pk_error_clear(&err);
    pk_csv r;
    if (pk__csv_open(&r, text, len, inputs[0], &err) != PK_OK) {
        free(text);
        return pkgen_report(&err);
    }
    int col[D_N];
    int have_header = 0, rc = 0;
    size_t nrows = 0;
    pkgen_banner(out, "deadlines", ninputs, inputs);
    fputs("#include \"workday_internal.h\"\n\n", out);
    fprintf(out, "_Static_assert(%d == PK__DEADLINE_COUNT, \"data/deadlines.csv must have one row per "
                 "pk_deadline_id\");\n\n",
            (int)PK__DEADLINE_COUNT);
    fputs("const pk_deadline_rule pk__deadline_rules[PK__DEADLINE_COUNT] = {\n", out);
    for (;;) {
        int k = pk__csv_next(&r, &err);
        if (k < 0) {
            rc = pkgen_report(&err);
            break;
        }
        if (k == PK_CSV_EOF)
            break;
        if (k == PK_CSV_DIRECTIVE)
            continue;
        if (!have_header) {
            for (int c = 0; c < D_N; c++) {
                col[c] = pk__csv_find_header(&r, dl_columns[c]);
                if (col[c] < 0) {
                    rc = dl_fail(&r, 0, dl_columns[c], "header lacks the column", dl_columns[c]);
                    break;
                }
            }
            if (rc)
                break;
            if (r.nfields != D_N) {
                rc = dl_fail(&r, 0, "header", "unexpected extra columns in", "header");
                break;
            }
            have_header = 1;
            continue;
        }
        if (r.nfields != D_N) {
            char got[24];
            snprintf(got, sizeof got, "%zu", r.nfields);
            rc = dl_fail(&r, 0, "record", "expected 11 fields, got", got);
            break;
        }
        char *f[D_N];
        for (int c = 0; c < D_N; c++)
            f[c] = pk__trim((char *)pk__csv_field(&r, (size_t)col[c]));
        if (nrows >= PK_ARRAY_LEN(slugs)) {
            rc = dl_fail(&r, col[D_SLUG] + 1, "slug", "more rows than pk_deadline_id values; extra slug", f[D_SLUG]);
            break;
        }
        if (strcmp(f[D_SLUG], slugs[nrows].slug) != 0) {
            fprintf(stderr, "%s:%ld: PK_EPARSE [slug]\n    row %zu has slug '%s' but %s is '%s' "
                            "(rows must follow the enum order)\n",
                    r.source, r.line, nrows + 1, f[D_SLUG], slugs[nrows].enum_name, slugs[nrows].slug);
            rc = 1;
            break;
        }
        char *end = NULL;
        long amount = strtol(f[D_AMOUNT], &end, 10);
        if (!f[D_AMOUNT][0] || *end || amount < 1 || amount > 366) {
            rc = dl_fail(&r, col[D_AMOUNT] + 1, "amount", "amount must be 1..366, got", f[D_AMOUNT]);
            break;
        }
        const char *unit;
        if (strcmp(f[D_UNIT], "calendar") == 0)
            unit = "PK_DAYS_CALENDAR";
        else if (strcmp(f[D_UNIT], "working") == 0)
            unit = "PK_DAYS_WORKING";
        else {
            rc = dl_fail(&r, col[D_UNIT] + 1, "unit", "unit must be calendar or working, got", f[D_UNIT]);
            break;
        }
        int st = pk__source_status_parse(f[D_STATUS]);
        if (st < 0) {
            rc = dl_fail(&r, col[D_STATUS] + 1, "status", "bad status", f[D_STATUS]);
            break;
        }
        static const int required[] = {D_NAME_ID, D_NAME_EN, D_TRIGGER, D_BASIS, D_QUOTE, D_SOURCE};
        for (size_t q = 0; q < PK_ARRAY_LEN(required); q++)
            if (!f[required[q]][0]) {
                rc = dl_fail(&r, col[required[q]] + 1, dl_columns[required[q]], "empty field", "");
                break;
            }
        if (rc)
            break;
        fprintf(out, "    {%s, ", slugs[nrows].enum_name);
        pkgen_str(out, f[D_SLUG]);
        fputs(",\n     ", out);
        pkgen_str(out, f[D_NAME_ID]);
        fputs(",\n     ", out);
        pkgen_str(out, f[D_NAME_EN]);
        fprintf(out, ",\n     %ld, %s,\n     ", amount, unit);
        pkgen_str(out, f[D_TRIGGER]);
        fputs(",\n     ", out);
        pkgen_str(out, f[D_BASIS]);
        fputs(",\n     ", out);
        pkgen_str(out, f[D_QUOTE]);
        fprintf(out, ",\n     %s,\n     ", status_enum[st]);
        pkgen_str(out, f[D_SOURCE]);
        fputs(",\n     ", out);
        pkgen_str(out, f[D_NOTE][0] ? f[D_NOTE] : NULL);
        fputs("},\n", out);
        nrows++;
    }
    if (rc == 0 && nrows != PK_ARRAY_LEN(slugs)) {
        fprintf(stderr, "%s: PK_EPARSE [slug]\n    %zu rows, but pk_deadline_id has %zu values (next: '%s')\n",
                inputs[0], nrows, PK_ARRAY_LEN(slugs), slugs[nrows < PK_ARRAY_LEN(slugs) ? nrows : 0].slug);
        rc = 1;
    }
    fputs("};\n", out);
    pk__csv_close(&r);
    free(text);
    return rc;
}
