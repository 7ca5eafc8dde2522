/* Holiday tables: the CSV loader and the queries. */
#include <stdlib.h>
#include <string.h>

#include "workday_internal.h"

#define PK_HOLIDAYS_MAX_BYTES ((size_t)16 << 20)

static const char *const kind_names[] = {"libur_nasional", "cuti_bersama", "libur_pemilihan"};
static const char *const columns[] = {"date", "kind", "name_id", "name_en", "basis", "status"};
enum { COL_DATE, COL_KIND, COL_NAME_ID, COL_NAME_EN, COL_BASIS, COL_STATUS, NCOLS };

pk_holiday_kind pk__holiday_kind_parse(const char *s)
{
    int i = pk__lookup_name(kind_names, (int)PK_ARRAY_LEN(kind_names), s);
    return i < 0 ? (pk_holiday_kind)0 : (pk_holiday_kind)(1 << i);
}

const char *pk_holiday_kind_name(pk_holiday_kind kind)
{
    switch (kind) {
    case PK_HOLIDAY_NATIONAL: return kind_names[0];
    case PK_HOLIDAY_CUTI_BERSAMA: return kind_names[1];
    case PK_HOLIDAY_ELECTION: return kind_names[2];
    default: return "?";
    }
}

/* A row while loading: strings as offsets into the string buffer. */
typedef struct tmp_row {
    pk_date date;
    pk_holiday_kind kind;
    pk_source_status status;
    size_t off[3]; /* name_id, name_en, basis */
} tmp_row;

typedef struct loader {
    pk_csv csv;
    pk_buf strings;
    tmp_row *rows;
    size_t count, cap;
    int col[NCOLS];
    size_t ncols;
    int have_header;
    long header_line;
    int have_years, first_year, last_year;
} loader;

static void loader_free(loader *ld)
{
    pk__csv_close(&ld->csv);
    pk__buf_free(&ld->strings);
    free(ld->rows);
}

static pk_status parse_years(loader *ld, const char *v, pk_error *err)
{
    /* "FIRST-LAST", four digits each */
    size_t n = strlen(v);
    int ok = n == 9 && v[4] == '-';
    for (size_t i = 0; ok && i < 9; i++)
        if (i != 4 && (v[i] < '0' || v[i] > '9'))
            ok = 0;
    if (ok) {
        ld->first_year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
        ld->last_year = (v[5] - '0') * 1000 + (v[6] - '0') * 100 + (v[7] - '0') * 10 + (v[8] - '0');
        ok = ld->first_year <= ld->last_year && ld->first_year >= PK_DATE_MIN_YEAR &&
             ld->last_year <= PK_DATE_MAX_YEAR;
    }
    if (!ok)
        return pk__fail_at(err, PK_EPARSE, ld->csv.source, ld->csv.line, 0, "years",
                           "bad '#%% years' directive '%s' (want FIRST-LAST, %d..%d)", v, PK_DATE_MIN_YEAR,
                           PK_DATE_MAX_YEAR);
    ld->have_years = 1;
    return PK_OK;
}

static pk_status parse_header(loader *ld, pk_error *err)
{
    ld->ncols = ld->csv.nfields;
    long dup = -1;
    if (pk__csv_duplicate_field(&ld->csv, &dup) != PK_OK)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    if (dup >= 0) /* which of the two would the rows mean? */
        return pk__fail_at(err, PK_EPARSE, ld->csv.source, ld->csv.line, dup + 1,
                           pk__csv_field(&ld->csv, (size_t)dup), "header names the column '%s' twice",
                           pk__csv_field(&ld->csv, (size_t)dup));
    for (size_t c = 0; c < NCOLS; c++) {
        ld->col[c] = pk__csv_find_header(&ld->csv, columns[c]);
        if (ld->col[c] < 0)
            return pk__fail_at(err, PK_EPARSE, ld->csv.source, ld->csv.line, 0, columns[c],
                               "header lacks the column '%s' (want date,kind,name_id,name_en,basis,status)",
                               columns[c]);
    }
    ld->have_header = 1;
    ld->header_line = ld->csv.line;
    return PK_OK;
}

static pk_status parse_row(loader *ld, pk_error *err)
{
    pk_csv *r = &ld->csv;
    if (r->nfields != ld->ncols)
        return pk__fail_at(err, PK_EPARSE, r->source, r->line, 0, NULL, "expected %zu fields, got %zu",
                           ld->ncols, r->nfields);
    char *f[NCOLS];
    for (size_t c = 0; c < NCOLS; c++)
        f[c] = pk__trim((char *)pk__csv_field(r, (size_t)ld->col[c]));
    long colno[NCOLS];
    for (size_t c = 0; c < NCOLS; c++)
        colno[c] = ld->col[c] + 1;

    tmp_row row;
    memset(&row, 0, sizeof row);
    pk_error derr;
    pk_status s = pk_date_parse(&row.date, f[COL_DATE], &derr);
    if (s != PK_OK)
        return pk__fail_at(err, PK_EPARSE, r->source, r->line, colno[COL_DATE], "date", "bad date '%s': %s",
                           f[COL_DATE], derr.text);
    row.kind = pk__holiday_kind_parse(f[COL_KIND]);
    if (!row.kind)
        return pk__fail_at(err, PK_EPARSE, r->source, r->line, colno[COL_KIND], "kind",
                           "unknown kind '%s' (want libur_nasional, cuti_bersama or libur_pemilihan)",
                           f[COL_KIND]);
    int st = pk__source_status_parse(f[COL_STATUS]);
    if (st < 0)
        return pk__fail_at(err, PK_EPARSE, r->source, r->line, colno[COL_STATUS], "status",
                           "bad status '%s' (want CONFIRMED, SINGLE-SOURCE, DERIVED or UNCERTAIN)",
                           f[COL_STATUS]);
    row.status = (pk_source_status)st;
    if (!f[COL_NAME_ID][0])
        return pk__fail_at(err, PK_EPARSE, r->source, r->line, colno[COL_NAME_ID], "name_id", "empty name_id");
    if (ld->count > 0) {
        int cmp = pk_date_compare(row.date, ld->rows[ld->count - 1].date);
        if (cmp <= 0) {
            char a[PK_DATE_STRLEN], b[PK_DATE_STRLEN];
            pk_date_format(a, sizeof a, row.date, NULL);
            pk_date_format(b, sizeof b, ld->rows[ld->count - 1].date, NULL);
            return pk__fail_at(err, PK_EPARSE, r->source, r->line, colno[COL_DATE], "date",
                               cmp == 0 ? "duplicate date %s (previous row has %s)"
                                        : "date %s is not after the previous row's %s (rows must be sorted)",
                               a, b);
        }
    }
    if (ld->have_years && (row.date.year < ld->first_year || row.date.year > ld->last_year))
        return pk__fail_at(err, PK_EPARSE, r->source, r->line, colno[COL_DATE], "date",
                           "date %s lies outside the declared years %d-%d", f[COL_DATE], ld->first_year,
                           ld->last_year);
    static const int str_cols[3] = {COL_NAME_ID, COL_NAME_EN, COL_BASIS};
    for (int k = 0; k < 3; k++) {
        row.off[k] = ld->strings.len;
        pk__buf_append(&ld->strings, f[str_cols[k]], strlen(f[str_cols[k]]) + 1);
    }
    if (ld->strings.failed)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    if (ld->count == ld->cap) {
        size_t cap = ld->cap ? ld->cap * 2 : 64;
        tmp_row *p = realloc(ld->rows, cap * sizeof *p);
        if (!p)
            return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
        ld->rows = p;
        ld->cap = cap;
    }
    ld->rows[ld->count++] = row;
    return PK_OK;
}

static pk_status build_table(loader *ld, pk_holiday_table **out, pk_error *err)
{
    if (!ld->have_years) {
        if (ld->count == 0)
            return pk__fail_at(err, PK_EPARSE, ld->csv.source, ld->header_line, 0, NULL,
                               "no holiday rows after the header and no '#%% years' directive");
        ld->first_year = ld->rows[0].date.year;
        ld->last_year = ld->rows[ld->count - 1].date.year;
    }
    pk_holiday_table *t = calloc(1, sizeof *t);
    size_t rows_bytes = ld->count * sizeof(pk_holiday);
    char *block = malloc(rows_bytes + ld->strings.len + 1);
    if (!t || !block) {
        free(t);
        free(block);
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    }
    pk_holiday *rows = (pk_holiday *)(void *)block;
    char *strings = block + rows_bytes;
    if (ld->strings.len)
        memcpy(strings, ld->strings.data, ld->strings.len);
    strings[ld->strings.len] = '\0';
    for (size_t i = 0; i < ld->count; i++) {
        const tmp_row *src = &ld->rows[i];
        rows[i].date = src->date;
        rows[i].kind = src->kind;
        rows[i].status = src->status;
        rows[i].name_id = strings + src->off[0];
        rows[i].name_en = strings + src->off[1];
        rows[i].basis = strings + src->off[2];
        rows[i].flags = 0;
    }
    t->rows = rows;
    t->count = ld->count;
    t->first_year = ld->first_year;
    t->last_year = ld->last_year;
    t->builtin = 0;
    t->owned = block;
    *out = t;
    return PK_OK;
}

pk_status pk_holidays_load_string(pk_holiday_table **out, const char *text, size_t len, const char *source_name,
                                  pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    *out = NULL;
    if (!text)
        return pk__fail(err, PK_EINVAL, "text", "text is NULL");
    const char *src = source_name ? source_name : "<string>";
    if (len > PK_HOLIDAYS_MAX_BYTES)
        return pk__fail_at(err, PK_ETOOLONG, src, 0, 0, "text", "holiday file is larger than %zu bytes",
                           PK_HOLIDAYS_MAX_BYTES);
    loader ld;
    memset(&ld, 0, sizeof ld);
    pk__buf_init(&ld.strings);
    pk_status s = pk__csv_open(&ld.csv, text, len, src, err);
    if (s != PK_OK) {
        loader_free(&ld);
        return s;
    }
    for (;;) {
        int k = pk__csv_next(&ld.csv, err);
        if (k < 0) {
            s = (pk_status)k;
            break;
        }
        if (k == PK_CSV_EOF) {
            s = ld.have_header ? build_table(&ld, out, err)
                               : pk__fail_at(err, PK_EPARSE, src, ld.csv.next_line, 0, NULL, "no header row");
            break;
        }
        if (k == PK_CSV_DIRECTIVE) {
            if (strcmp(ld.csv.dkey, "years") == 0) {
                if (ld.count > 0)
                    s = pk__fail_at(err, PK_EPARSE, src, ld.csv.line, 0, "years",
                                    "'#%% years' must come before the first row");
                else if (ld.have_years) /* as the schedule loader refuses a repeated directive */
                    s = pk__fail_at(err, PK_EPARSE, src, ld.csv.line, 0, "years",
                                    "directive 'years' given twice");
                else
                    s = parse_years(&ld, ld.csv.dvalue, err);
                if (s != PK_OK)
                    break;
            }
            continue; /* other directives are for other readers */
        }
        s = ld.have_header ? parse_row(&ld, err) : parse_header(&ld, err);
        if (s != PK_OK)
            break;
    }
    loader_free(&ld);
    return s;
}

pk_status pk_holidays_load_file(pk_holiday_table **out, const char *path, pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    *out = NULL;
    char *text = NULL;
    size_t len = 0;
    pk_status s = pk__read_file(path, PK_HOLIDAYS_MAX_BYTES, &text, &len, err);
    if (s != PK_OK)
        return s;
    s = pk_holidays_load_string(out, text, len, path, err);
    free(text);
    return s;
}

void pk_holidays_free(pk_holiday_table *table)
{
    if (!table || table->builtin)
        return;
    free(table->owned);
    free(table);
}

size_t pk_holidays_count(const pk_holiday_table *t)
{
    return t ? t->count : 0;
}

const pk_holiday *pk_holidays_at(const pk_holiday_table *t, size_t i)
{
    return t && i < t->count ? &t->rows[i] : NULL;
}

static pk_status pk_holidays_years_body(const pk_holiday_table *t, int *first_year, int *last_year)
{
    if (first_year)
        *first_year = 0;
    if (last_year)
        *last_year = 0;
    if (!t || !first_year || !last_year)
        return PK_EINVAL;
    *first_year = t->first_year;
    *last_year = t->last_year;
    return PK_OK;
}

static pk_status pk_holidays_find_body(const pk_holiday_table *t, pk_date date, const pk_holiday **out)
{
    if (out)
        *out = NULL;
    if (!t || !out || !pk_date_valid(date))
        return PK_EINVAL;
    if (date.year < t->first_year || date.year > t->last_year)
        return PK_ERANGE;
    size_t a = 0, b = t->count;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        int c = pk_date_compare(t->rows[m].date, date);
        if (c == 0) {
            *out = &t->rows[m];
            return PK_OK;
        }
        if (c < 0)
            a = m + 1;
        else
            b = m;
    }
    return PK_ENOTFOUND;
}

/* Public entry points in the 1.0 argument order (docs/conventions.md):
 * out-parameters first, the optional pk_error last. */
pk_status pk_holidays_years(int *first_year, int *last_year, const pk_holiday_table *t, pk_error *err)
{
    return pk__status_detail(err, pk_holidays_years_body(t, first_year, last_year), "pk_holidays_years");
}

pk_status pk_holidays_find(const pk_holiday **out, const pk_holiday_table *t, pk_date date, pk_error *err)
{
    return pk__status_detail(err, pk_holidays_find_body(t, date, out), "pk_holidays_find");
}
