/* Schedules: the CSV parser (data/schedules/README.md), the precomputed
 * indexes, and the queries of pilkada/schedule.h that need no built-in
 * table. Layout of struct pk_schedule: schedule_impl.h. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schedule_impl.h"

#define PK__SCHEDULE_MAX_TEXT ((size_t)16 << 20)
#define NCOLS 14

static const char *const columns[NCOLS] = {"id",     "parent", "role",     "critical", "milestone",
                                           "start",  "end",    "relative", "name_id",  "name_en",
                                           "basis",  "status", "source",   "note"};
enum { C_ID, C_PARENT, C_ROLE, C_CRITICAL, C_MILESTONE, C_START, C_END, C_RELATIVE, C_NAME_ID, C_NAME_EN,
       C_BASIS, C_STATUS, C_SOURCE, C_NOTE };

static const char *const role_names[PK__ROLE_COUNT] = {
    "",         "registration", "registration_extension", "determination", "number_draw",
    "campaign", "media_ads",    "quiet",                  "voting",        "counting",
    "elected",  "disputes",     "inauguration",           "independent_support", "voter_list"};

static const char *const critical_names[] = {"", "registration", "campaign", "voting"};

static const char *const window_names[] = {"campaign",          "pre_determination", "post_determination",
                                           "m6_to_end_of_term", "m6_to_elected",     "quiet",
                                           "voting_counting",   "registration"};

const char *pk_stage_role_name(pk_stage_role role)
{
    if ((int)role < 0 || (int)role >= PK__ROLE_COUNT)
        return "?";
    return role_names[role];
}

const char *pk_critical_name(pk_critical critical)
{
    if ((int)critical < 0 || (int)critical >= (int)PK_ARRAY_LEN(critical_names))
        return "?";
    return critical_names[critical];
}

const char *pk_window_kind_name(pk_window_kind kind)
{
    if ((int)kind < 0 || (int)kind >= (int)PK_ARRAY_LEN(window_names))
        return "?";
    return window_names[kind];
}

int32_t pk__stage_key(const pk_stage *st, int *ok)
{
    if (st->flags & PK_STAGE_HAS_START) {
        *ok = 1;
        return pk__days_from_civil(st->start.year, st->start.month, st->start.day);
    }
    if (st->flags & PK_STAGE_HAS_END) {
        *ok = 1;
        return pk__days_from_civil(st->end.year, st->end.month, st->end.day);
    }
    *ok = 0;
    return 0;
}

static int32_t serial_of(pk_date d)
{
    return pk__days_from_civil(d.year, d.month, d.day);
}

/* ------------------------------------------------------------- loading -- */

/* One parsed row; strings are offsets + 1 into the arena (0 = NULL). */
typedef struct row {
    size_t id, parent, relative, name_id, name_en, basis, source, note;
    pk_date start, end;
    unsigned flags;
    pk_source_status status;
    pk_stage_role role;
    pk_critical critical;
    long line;
    int32_t pidx;
} row;

typedef struct loader {
    pk_csv csv;
    pk_error *err;
    const char *source;
    pk_buf arena;
    row *rows;
    size_t nrows, cap;
    int32_t *hash; /* open addressing over row indexes, -1 empty */
    size_t hcap;
    /* schedule-level directives (arena offsets + 1) */
    size_t d_id, d_title, d_title_id, d_basis, d_source, d_cycle_line;
    size_t d_regions, d_follows; /* normalised region list ("36.04 36.73"), followed schedule id */
    long d_opens_line;
    pk_date opens;               /* "#% opens:" when d_opens_line != 0 */
    int cycle;
    pk_buf notes;
} loader;

static const char *astr(const loader *L, size_t off)
{
    return off ? L->arena.data + off - 1 : NULL;
}

/* Copy [s, s+n) trimmed of spaces/tabs into the arena; 0 for an empty string. */
static size_t put_str(loader *L, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0)
        return 0;
    size_t off = L->arena.len + 1;
    pk__buf_append(&L->arena, s, n);
    pk__buf_append(&L->arena, "", 1);
    return L->arena.failed ? 0 : off;
}

static const char *field(const loader *L, int c)
{
    return pk__csv_field(&L->csv, (size_t)c);
}

static pk_status fail_row(loader *L, long line, int col, const char *fmt, ...) PK_PRINTF(4, 5);

static pk_status fail_row(loader *L, long line, int col, const char *fmt, ...)
{
    char msg[PK_ERROR_TEXT_SIZE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return pk__fail_at(L->err, PK_EPARSE, L->source, line, col >= 0 ? col + 1 : 0, col >= 0 ? columns[col] : NULL,
                       "%s", msg);
}

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static int32_t hash_find(const loader *L, const char *id)
{
    if (!L->hcap)
        return -1;
    size_t mask = L->hcap - 1;
    for (size_t i = hash_str(id) & mask;; i = (i + 1) & mask) {
        int32_t r = L->hash[i];
        if (r < 0)
            return -1;
        if (strcmp(astr(L, L->rows[r].id), id) == 0)
            return r;
    }
}

static int hash_insert(loader *L, int32_t r)
{
    if ((size_t)(L->nrows + 1) * 2 > L->hcap) {
        size_t cap = L->hcap ? L->hcap * 2 : 64;
        int32_t *h = malloc(cap * sizeof *h);
        if (!h)
            return 0;
        for (size_t i = 0; i < cap; i++)
            h[i] = -1;
        for (size_t i = 0; i < L->hcap; i++) {
            if (L->hash[i] < 0)
                continue;
            size_t j = hash_str(astr(L, L->rows[L->hash[i]].id)) & (cap - 1);
            while (h[j] >= 0)
                j = (j + 1) & (cap - 1);
            h[j] = L->hash[i];
        }
        free(L->hash);
        L->hash = h;
        L->hcap = cap;
    }
    size_t j = hash_str(astr(L, L->rows[r].id)) & (L->hcap - 1);
    while (L->hash[j] >= 0)
        j = (j + 1) & (L->hcap - 1);
    L->hash[j] = r;
    return 1;
}

static int keyword(const char *s, const char *const *names, int n)
{
    return pk__lookup_name(names, n, s);
}

/* Trimmed copy of a field into a small buffer (for keywords and dates). */
static void small_field(const loader *L, int c, char *buf, size_t size)
{
    const char *s = field(L, c);
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n >= size)
        n = size - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
}

static pk_status parse_date_field(loader *L, int c, pk_date *out, unsigned flag, unsigned *flags)
{
    char buf[64];
    const char *raw = field(L, c);
    small_field(L, c, buf, sizeof buf);
    if (!buf[0])
        return PK_OK;
    pk_error e;
    pk_error_clear(&e);
    if (strlen(raw) >= sizeof buf - 1 || pk_date_parse(out, buf, &e) != PK_OK)
        return fail_row(L, L->csv.line, c, "bad date '%s' in column %s (want YYYY-MM-DD, a real date)", buf,
                        columns[c]);
    *flags |= flag;
    return PK_OK;
}

/* "#% regions: 36.04, 36.73": Kemendagri codes (2 digits, or 2.2 digits)
 * separated by commas and/or spaces; stored as "36.04 36.73". */
static pk_status regions_directive(loader *L, const char *v, long line)
{
    if (L->d_regions)
        return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, "regions", "directive 'regions' given twice");
    pk_buf b;
    pk__buf_init(&b);
    size_t n = 0;
    const char *p = v;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (!*p)
            break;
        const char *q = p;
        while (*q && *q != ' ' && *q != '\t' && *q != ',')
            q++;
        size_t len = (size_t)(q - p);
        int ok = (len == 2 || len == 5) && p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9';
        if (ok && len == 5)
            ok = p[2] == '.' && p[3] >= '0' && p[3] <= '9' && p[4] >= '0' && p[4] <= '9';
        if (!ok) {
            char shown[32];
            pk__strlcpy_utf8(shown, p, len + 1 < sizeof shown ? len + 1 : sizeof shown);
            pk__buf_free(&b);
            return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, "regions",
                               "directive 'regions': '%s' is not a province or kabupaten/kota code (\"36\" or "
                               "\"36.04\")",
                               shown);
        }
        if (n++)
            pk__buf_append(&b, " ", 1);
        pk__buf_append(&b, p, len);
        p = q;
    }
    if (!n) {
        pk__buf_free(&b);
        return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, "regions", "directive 'regions' is empty");
    }
    if (b.failed) {
        pk__buf_free(&b);
        return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");
    }
    L->d_regions = put_str(L, b.data, b.len);
    pk__buf_free(&b);
    return L->arena.failed ? pk__fail(L->err, PK_ENOMEM, NULL, "out of memory") : PK_OK;
}

static pk_status directive(loader *L, int seen_header)
{
    const char *k = L->csv.dkey, *v = L->csv.dvalue;
    long line = L->csv.line;
    if (seen_header)
        return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, k,
                           "directive '#%% %s:' after the header row (directives come first)", k);
    size_t *slot = NULL;
    if (strcmp(k, "id") == 0)
        slot = &L->d_id;
    else if (strcmp(k, "title") == 0)
        slot = &L->d_title;
    else if (strcmp(k, "title_id") == 0)
        slot = &L->d_title_id;
    else if (strcmp(k, "basis") == 0)
        slot = &L->d_basis;
    else if (strcmp(k, "source") == 0)
        slot = &L->d_source;
    else if (strcmp(k, "follows") == 0)
        slot = &L->d_follows;
    else if (strcmp(k, "regions") == 0)
        return regions_directive(L, v, line);
    else if (strcmp(k, "opens") == 0) {
        if (L->d_opens_line)
            return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, k, "directive 'opens' given twice");
        pk_error e;
        pk_error_clear(&e);
        char shown[32];
        pk__strlcpy_utf8(shown, v, sizeof shown);
        if (strlen(v) > 10 || pk_date_parse(&L->opens, v, &e) != PK_OK)
            return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, k,
                               "directive 'opens' must be a date YYYY-MM-DD, not '%s'", shown);
        L->d_opens_line = line;
        return PK_OK;
    } else if (strcmp(k, "note") == 0) {
        if (*v) {
            if (L->notes.len)
                pk__buf_append(&L->notes, "\n", 1);
            pk__buf_puts(&L->notes, v);
        }
        return PK_OK;
    } else if (strcmp(k, "cycle") == 0) {
        if (L->d_cycle_line)
            return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, k, "directive 'cycle' given twice");
        long y = 0;
        int digits = 0;
        for (const char *p = v; *p; p++, digits++) {
            if (*p < '0' || *p > '9' || digits >= 4) {
                digits = -1;
                break;
            }
            y = y * 10 + (*p - '0');
        }
        if (digits != 4 || y < PK_DATE_MIN_YEAR || y > PK_DATE_MAX_YEAR)
            return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, k,
                               "directive 'cycle' must be a year %d..%d", PK_DATE_MIN_YEAR, PK_DATE_MAX_YEAR);
        L->cycle = (int)y;
        L->d_cycle_line = (size_t)line;
        return PK_OK;
    } else {
        return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, k,
                           "unknown directive '%s' (known: id, title, title_id, cycle, basis, source, note, regions, follows, "
                           "opens)", k);
    }
    if (*slot)
        return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, k, "directive '%s' given twice", k);
    if (!*v)
        return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, k, "directive '%s' is empty", k);
    *slot = put_str(L, v, strlen(v));
    if (L->arena.failed)
        return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");
    return PK_OK;
}

static pk_status check_header(loader *L)
{
    long line = L->csv.line;
    static const char *const req[] = {"id", "title", "title_id", "cycle", "basis", "source"};
    const size_t have[] = {L->d_id, L->d_title, L->d_title_id, L->d_cycle_line, L->d_basis, L->d_source};
    for (size_t i = 0; i < PK_ARRAY_LEN(req); i++)
        if (!have[i])
            return pk__fail_at(L->err, PK_EPARSE, L->source, line, 0, req[i],
                               "missing directive '#%% %s: ...' before the header", req[i]);
    for (int c = 0; c < NCOLS; c++) {
        char buf[32];
        small_field(L, c, buf, sizeof buf);
        if ((size_t)c >= L->csv.nfields || strcmp(buf, columns[c]) != 0)
            return pk__fail_at(L->err, PK_EPARSE, L->source, line, c + 1, columns[c],
                               "bad header: column %d must be '%s' (header: "
                               "id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,"
                               "status,source,note)",
                               c + 1, columns[c]);
    }
    if (L->csv.nfields != NCOLS)
        return pk__fail_at(L->err, PK_EPARSE, L->source, line, NCOLS + 1, NULL,
                           "bad header: %zu columns, expected %d", L->csv.nfields, NCOLS);
    return PK_OK;
}

/* The date span [a, b] of a row's own dates (a single date gives a == b). */
static int row_span(const row *r, int32_t *a, int32_t *b)
{
    unsigned f = r->flags & (PK_STAGE_HAS_START | PK_STAGE_HAS_END);
    if (!f)
        return 0;
    *a = serial_of(f & PK_STAGE_HAS_START ? r->start : r->end);
    *b = serial_of(f & PK_STAGE_HAS_END ? r->end : r->start);
    return 1;
}

static pk_status check_in_parent(loader *L, const row *r, const row *p)
{
    int32_t ca, cb, pa = 0, pb = 0;
    if (!row_span(r, &ca, &cb))
        return PK_OK;
    char ps[PK_DATE_STRLEN] = "", pe[PK_DATE_STRLEN] = "";
    if (p->flags & PK_STAGE_HAS_START) {
        pa = serial_of(p->start);
        pk_date_format(ps, sizeof ps, p->start, NULL);
    }
    if (p->flags & PK_STAGE_HAS_END) {
        pb = serial_of(p->end);
        pk_date_format(pe, sizeof pe, p->end, NULL);
    }
    if ((p->flags & PK_STAGE_HAS_START) && ca < pa)
        return fail_row(L, r->line, (r->flags & PK_STAGE_HAS_START) ? C_START : C_END,
                        "stage begins before its parent's start %s (parent '%s')", ps, astr(L, p->id));
    if ((p->flags & PK_STAGE_HAS_END) && cb > pb)
        return fail_row(L, r->line, (r->flags & PK_STAGE_HAS_END) ? C_END : C_START,
                        "stage ends after its parent's end %s (parent '%s')", pe, astr(L, p->id));
    return PK_OK;
}

static pk_status parse_row(loader *L, int32_t *role_line_row)
{
    long line = L->csv.line;
    if (L->csv.nfields != NCOLS) {
        return fail_row(L, line, -1, "wrong number of fields: %zu, expected %d", L->csv.nfields, NCOLS);
    }
    if (L->nrows >= (size_t)INT32_MAX - 1)
        return pk__fail_at(L->err, PK_ETOOLONG, L->source, line, 0, NULL, "too many stages");
    if (L->nrows == L->cap) {
        size_t cap = L->cap ? L->cap * 2 : 64;
        row *p = realloc(L->rows, cap * sizeof *p);
        if (!p)
            return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");
        L->rows = p;
        L->cap = cap;
    }
    row *r = &L->rows[L->nrows];
    memset(r, 0, sizeof *r);
    r->line = line;
    r->pidx = -1;
    r->id = put_str(L, field(L, C_ID), strlen(field(L, C_ID)));
    if (!r->id && !L->arena.failed)
        return fail_row(L, line, C_ID, "empty stage id");
    for (const char *p = astr(L, r->id); p && *p; p++)
        if ((unsigned char)*p <= ' ' || *p == ',')
            return fail_row(L, line, C_ID, "stage id '%s' contains a space, comma or control character",
                            astr(L, r->id));
    r->parent = put_str(L, field(L, C_PARENT), strlen(field(L, C_PARENT)));
    r->relative = put_str(L, field(L, C_RELATIVE), strlen(field(L, C_RELATIVE)));
    r->name_id = put_str(L, field(L, C_NAME_ID), strlen(field(L, C_NAME_ID)));
    r->name_en = put_str(L, field(L, C_NAME_EN), strlen(field(L, C_NAME_EN)));
    r->basis = put_str(L, field(L, C_BASIS), strlen(field(L, C_BASIS)));
    r->source = put_str(L, field(L, C_SOURCE), strlen(field(L, C_SOURCE)));
    r->note = put_str(L, field(L, C_NOTE), strlen(field(L, C_NOTE)));
    if (L->arena.failed)
        return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");

    char kw[64];
    small_field(L, C_ROLE, kw, sizeof kw);
    int v = keyword(kw, role_names, PK__ROLE_COUNT);
    if (v < 0 || strlen(field(L, C_ROLE)) >= sizeof kw - 1)
        return fail_row(L, line, C_ROLE, "unknown role '%s'", kw);
    r->role = (pk_stage_role)v;
    if (v > 0) {
        if (role_line_row[v] >= 0) {
            return fail_row(L, line, C_ROLE, "role '%s' used twice (first on line %ld)", kw,
                            L->rows[role_line_row[v]].line);
        }
        role_line_row[v] = (int32_t)L->nrows;
    }
    small_field(L, C_CRITICAL, kw, sizeof kw);
    v = keyword(kw, critical_names, (int)PK_ARRAY_LEN(critical_names));
    if (v < 0 || strlen(field(L, C_CRITICAL)) >= sizeof kw - 1)
        return fail_row(L, line, C_CRITICAL, "unknown critical value '%s' (registration, campaign, voting or empty)",
                        kw);
    r->critical = (pk_critical)v;
    small_field(L, C_MILESTONE, kw, sizeof kw);
    if (strcmp(kw, "yes") == 0)
        r->flags |= PK_STAGE_MILESTONE;
    else if (kw[0] || field(L, C_MILESTONE)[0])
        return fail_row(L, line, C_MILESTONE, "milestone must be 'yes' or empty, not '%s'", kw);
    small_field(L, C_STATUS, kw, sizeof kw);
    v = pk__source_status_parse(kw);
    if (v < 0 || strlen(field(L, C_STATUS)) >= sizeof kw - 1)
        return fail_row(L, line, C_STATUS, "unknown status '%s' (CONFIRMED, SINGLE-SOURCE, DERIVED, UNCERTAIN)",
                        kw);
    r->status = (pk_source_status)v;

    pk_status st = parse_date_field(L, C_START, &r->start, PK_STAGE_HAS_START, &r->flags);
    if (st == PK_OK)
        st = parse_date_field(L, C_END, &r->end, PK_STAGE_HAS_END, &r->flags);
    if (st != PK_OK)
        return st;
    if ((r->flags & PK_STAGE_HAS_START) && (r->flags & PK_STAGE_HAS_END) &&
        pk_date_compare(r->end, r->start) < 0)
        return fail_row(L, line, C_END, "end date is before the start date");

    const char *id = astr(L, r->id);
    size_t idlen = strlen(id);
    if (idlen >= 8 && strcmp(id + idlen - 8, "_example") == 0)
        r->flags |= PK_STAGE_EXAMPLE;
    int32_t dup = hash_find(L, id);
    if (dup >= 0) {
        return fail_row(L, line, C_ID, "duplicate stage id '%s' (first on line %ld)", id, L->rows[dup].line);
    }
    if (r->parent) {
        const char *pid = astr(L, r->parent);
        if (strcmp(pid, id) == 0)
            return fail_row(L, line, C_PARENT, "stage '%s' is its own parent (a loop in the parent chain)", id);
        r->pidx = hash_find(L, pid);
        if (r->pidx >= 0) {
            st = check_in_parent(L, r, &L->rows[r->pidx]);
            if (st != PK_OK)
                return st;
        }
        /* an unresolved parent is checked after the last row (unknown, or defined later) */
    }
    if (!hash_insert(L, (int32_t)L->nrows))
        return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");
    L->nrows++;
    return PK_OK;
}

/* -------------------------------------------------------- index build -- */

typedef int (*cmp_fn)(const void *ctx, int32_t a, int32_t b);

/* Stable merge sort of n stage indexes with a context comparator. */
static void merge_sort(int32_t *a, int32_t *tmp, size_t n, cmp_fn cmp, const void *ctx)
{
    if (n < 2)
        return;
    if (n <= 12) {
        for (size_t i = 1; i < n; i++) {
            int32_t x = a[i];
            size_t j = i;
            while (j > 0 && cmp(ctx, a[j - 1], x) > 0) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    merge_sort(a, tmp, h, cmp, ctx);
    merge_sort(a + h, tmp, n - h, cmp, ctx);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = cmp(ctx, a[j], a[i]) < 0 ? a[j++] : a[i++];
    while (i < h)
        tmp[k++] = a[i++];
    while (j < n)
        tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

typedef struct build_ctx {
    const pk_stage *st;
    const int32_t *es, *ee; /* effective span (serials): key date (start, else end) .. last day */
    const int32_t *as;      /* first active day: es, or earlier for a deadline (see active_from()) */
    const int32_t *rank;    /* date-order rank */
} build_ctx;

static int dated(const pk_stage *s)
{
    return (s->flags & (PK_STAGE_HAS_START | PK_STAGE_HAS_END)) != 0;
}

static int cmp_date_order(const void *ctx, int32_t a, int32_t b)
{
    const build_ctx *c = ctx;
    int da = dated(&c->st[a]), db = dated(&c->st[b]);
    if (da != db)
        return da ? -1 : 1;
    if (da && c->es[a] != c->es[b])
        return c->es[a] < c->es[b] ? -1 : 1;
    if (c->st[a].depth != c->st[b].depth)
        return c->st[a].depth < c->st[b].depth ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int cmp_innermost(const void *ctx, int32_t a, int32_t b)
{
    const build_ctx *c = ctx;
    if (c->st[a].depth != c->st[b].depth)
        return c->st[a].depth > c->st[b].depth ? -1 : 1;
    if (c->as[a] != c->as[b])
        return c->as[a] > c->as[b] ? -1 : 1;
    if (c->ee[a] != c->ee[b])
        return c->ee[a] < c->ee[b] ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int cmp_id(const void *ctx, int32_t a, int32_t b)
{
    const build_ctx *c = ctx;
    return strcmp(c->st[a].id, c->st[b].id);
}

static int cmp_start(const void *ctx, int32_t a, int32_t b)
{
    const build_ctx *c = ctx;
    if (c->as[a] != c->as[b])
        return c->as[a] < c->as[b] ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int cmp_milestone(const void *ctx, int32_t a, int32_t b)
{
    const build_ctx *c = ctx;
    if (c->es[a] != c->es[b])
        return c->es[a] < c->es[b] ? -1 : 1;
    return c->rank[a] < c->rank[b] ? -1 : c->rank[a] > c->rank[b];
}

static int cmp_i32(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

size_t pk__sort_unique_i32(int32_t *a, size_t n)
{
    qsort(a, n, sizeof *a, cmp_i32);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || a[u - 1] != a[i])
            a[u++] = a[i];
    return u;
}

static void free_parts(pk_schedule *s)
{
    free((void *)s->stages);
    free((void *)s->parent);
    free((void *)s->order);
    free((void *)s->by_id);
    free((void *)s->bound);
    free((void *)s->iv);
    free((void *)s->active);
    free(s->text_mem);
    free((void *)s->note);
    free(s);
}

/* First active day of a stage with only an end date (a deadline, "paling
 * lambat"): the own start of its nearest ancestor that has one; else, for a
 * stage directly under a root, the schedule's "#% opens:" date; else the end
 * day itself. Ancestors have smaller indexes and still carry only their own
 * dates when this runs (derived spans are filled in later, children first). */
static int32_t active_from(const loader *L, const pk_stage *st, const int32_t *parent, int32_t i, int32_t end)
{
    for (int32_t p = parent[i]; p >= 0; p = parent[p])
        if (st[p].flags & PK_STAGE_HAS_START) {
            int32_t a = serial_of(st[p].start);
            return a < end ? a : end;
        }
    if (L->d_opens_line && parent[i] >= 0 && parent[parent[i]] < 0) {
        int32_t a = serial_of(L->opens);
        return a < end ? a : end;
    }
    return end;
}

/* Turn the parsed rows into a schedule with all indexes. */
static pk_status build(loader *L, pk_schedule **out)
{
    size_t n = L->nrows;
    pk_schedule *s = calloc(1, sizeof *s);
    if (!s)
        return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");
    pk_stage *st = calloc(n, sizeof *st);
    int32_t *parent = malloc(n * sizeof *parent);
    int32_t *order = malloc(n * sizeof *order);
    int32_t *by_id = malloc(n * sizeof *by_id);
    int32_t *es = malloc(n * sizeof *es), *ee = malloc(n * sizeof *ee), *as = malloc(n * sizeof *as);
    int32_t *rank = malloc(n * sizeof *rank), *tmp = malloc(n * sizeof *tmp);
    int32_t *work = malloc(n * sizeof *work);
    int32_t *bound = malloc((2 * n + 1) * sizeof *bound);
    pk__sched_iv *iv = NULL;
    int32_t *active = NULL;
    size_t nactive = 0, active_cap = 0;
    s->stages = st;
    s->parent = parent;
    s->order = order;
    s->by_id = by_id;
    s->bound = bound;
    pk_status rc = PK_OK;
    if (!st || !parent || !order || !by_id || !es || !ee || !as || !rank || !tmp || !work || !bound) {
        rc = PK_ENOMEM;
        goto done;
    }

    /* detach the arena: its address is final from here on */
    s->text_mem = pk__buf_detach(&L->arena, NULL);
    if (!s->text_mem) {
        rc = PK_ENOMEM;
        goto done;
    }
#define S(off) ((off) ? s->text_mem + (off) - 1 : NULL)
    s->id = S(L->d_id);
    s->title = S(L->d_title);
    s->title_id = S(L->d_title_id);
    s->basis = S(L->d_basis);
    s->source = S(L->d_source);
    s->regions = S(L->d_regions);
    s->follows = S(L->d_follows);
    s->cycle = L->cycle;
    s->builtin = 0;
    s->nstages = n;
    for (int k = 0; k < PK__ROLE_COUNT; k++)
        s->role[k] = -1;
    for (size_t i = 0; i < n; i++) {
        const row *r = &L->rows[i];
        pk_stage *x = &st[i];
        x->id = S(r->id);
        x->parent_id = S(r->parent);
        x->name_id = S(r->name_id);
        x->name_en = S(r->name_en);
        x->relative = S(r->relative);
        x->basis = S(r->basis);
        x->source = S(r->source);
        x->note = S(r->note);
        x->start = r->start;
        x->end = r->end;
        x->status = r->status;
        x->role = r->role;
        x->flags = r->flags;
        parent[i] = r->pidx;
        if (r->pidx >= (int32_t)i) { /* cannot happen after resolution; keeps the chain loop-free */
            rc = PK_EPARSE;
            goto done;
        }
        x->depth = r->pidx < 0 ? 0 : st[r->pidx].depth + 1;
        x->critical = r->critical != PK_CRITICAL_NONE ? r->critical
                      : r->pidx >= 0                  ? st[r->pidx].critical
                                                      : PK_CRITICAL_NONE;
        if (r->role != PK_ROLE_NONE)
            s->role[r->role] = (int32_t)i;
    }
#undef S

    /* derived spans: children come after parents, so walk backwards */
    {
        int32_t *lo = tmp, *hi = work; /* reused as accumulators, reset below */
        unsigned char *has = calloc(n, 1);
        if (!has) {
            rc = PK_ENOMEM;
            goto done;
        }
        for (size_t i = n; i-- > 0;) {
            pk_stage *x = &st[i];
            int32_t a, b, act;
            if (dated(x)) {
                a = serial_of(x->flags & PK_STAGE_HAS_START ? x->start : x->end);
                b = serial_of(x->flags & PK_STAGE_HAS_END ? x->end : x->start);
                act = (x->flags & PK_STAGE_HAS_START) ? a : active_from(L, st, parent, (int32_t)i, a);
            } else if (has[i]) {
                a = act = lo[i];
                b = hi[i];
                pk__civil_from_days(a, &x->start.year, &x->start.month, &x->start.day);
                pk__civil_from_days(b, &x->end.year, &x->end.month, &x->end.day);
                x->flags |= PK_STAGE_HAS_START | PK_STAGE_HAS_END | PK_STAGE_SPAN_DERIVED;
            } else {
                es[i] = ee[i] = as[i] = 0;
                continue;
            }
            es[i] = a;
            ee[i] = b;
            as[i] = act;
            int32_t p = parent[i];
            if (p >= 0) {
                if (!has[p] || act < lo[p])
                    lo[p] = act;
                if (!has[p] || b > hi[p])
                    hi[p] = b;
                has[p] = 1;
            }
        }
        free(has);
    }

    build_ctx ctx = {st, es, ee, as, rank};
    for (size_t i = 0; i < n; i++)
        order[i] = by_id[i] = (int32_t)i;
    merge_sort(order, tmp, n, cmp_date_order, &ctx);
    for (size_t i = 0; i < n; i++)
        rank[order[i]] = (int32_t)i;
    merge_sort(by_id, tmp, n, cmp_id, &ctx);

    /* boundaries */
    size_t nb = 0;
    for (size_t i = 0; i < n; i++) {
        if (!dated(&st[i]))
            continue;
        bound[nb++] = as[i];
        bound[nb++] = ee[i] + 1;
    }
    nb = pk__sort_unique_i32(bound, nb);
    s->nbounds = nb;
    iv = calloc(nb + 1, sizeof *iv);
    if (!iv) {
        rc = PK_ENOMEM;
        goto done;
    }
    s->iv = iv;

    /* milestones sorted by key date, then date order */
    int32_t *ms = malloc((n ? n : 1) * sizeof *ms);
    if (!ms) {
        rc = PK_ENOMEM;
        goto done;
    }
    size_t nms = 0;
    for (size_t i = 0; i < n; i++)
        if ((st[i].flags & PK_STAGE_MILESTONE) && dated(&st[i]))
            ms[nms++] = (int32_t)i;
    merge_sort(ms, tmp, nms, cmp_milestone, &ctx);

    /* dated stages by start for the sweep */
    size_t nd = 0;
    for (size_t i = 0; i < n; i++)
        if (dated(&st[i]))
            work[nd++] = (int32_t)i;
    merge_sort(work, tmp, nd, cmp_start, &ctx);

    /* sweep: cur[] holds the stages active on the current bound */
    int32_t *cur = malloc((n ? n : 1) * sizeof *cur);
    if (!cur) {
        free(ms);
        rc = PK_ENOMEM;
        goto done;
    }
    size_t ncur = 0, next_start = 0, mnext = 0;
    for (size_t k = 0; k <= nb; k++) {
        pk__sched_iv *v = &iv[k];
        v->top = v->next_ms = v->prev_ms = -1;
        if (k == 0) {
            v->position = PK_PHASE_BEFORE;
            v->next_ms = nms ? ms[0] : -1;
            v->active_off = 0;
            continue;
        }
        int32_t day = bound[k - 1];
        size_t w = 0;
        for (size_t i = 0; i < ncur; i++)
            if (ee[cur[i]] >= day)
                cur[w++] = cur[i];
        ncur = w;
        while (next_start < nd && as[work[next_start]] <= day)
            cur[ncur++] = work[next_start++];
        if (nactive + ncur > active_cap || !active) {
            size_t cap = active_cap ? active_cap : 256;
            while (cap < nactive + ncur)
                cap *= 2;
            if (cap > UINT32_MAX) {
                free(cur);
                free(ms);
                rc = PK_ETOOLONG;
                goto done;
            }
            int32_t *p = realloc(active, cap * sizeof *p);
            if (!p) {
                free(cur);
                free(ms);
                rc = PK_ENOMEM;
                goto done;
            }
            active = p;
            active_cap = cap;
        }
        memcpy(active + nactive, cur, ncur * sizeof *cur);
        merge_sort(active + nactive, tmp, ncur, cmp_innermost, &ctx);
        v->active_off = (uint32_t)nactive;
        v->active_n = (uint32_t)ncur;
        for (size_t i = 0; i < ncur; i++) {
            int32_t a = active[nactive + i];
            if (st[a].depth == 0 && !(st[a].flags & PK_STAGE_EXAMPLE) && (v->top < 0 || es[a] > es[v->top]))
                v->top = a;
        }
        nactive += ncur;
        while (mnext < nms && es[ms[mnext]] <= day)
            mnext++;
        v->prev_ms = mnext ? ms[mnext - 1] : -1;
        v->next_ms = mnext < nms ? ms[mnext] : -1;
        v->position = k == nb ? PK_PHASE_AFTER : v->top >= 0 ? PK_PHASE_DURING : PK_PHASE_BETWEEN;
    }
    free(cur);
    free(ms);
    s->active = active;
    s->nactive = nactive;
    active = NULL;

done:
    free(active);
    free(es);
    free(ee);
    free(as);
    free(rank);
    free(tmp);
    free(work);
    if (rc != PK_OK) {
        free_parts(s);
        if (rc == PK_ENOMEM)
            return pk__fail(L->err, rc, NULL, "out of memory");
        return pk__fail(L->err, rc, NULL, "schedule too large");
    }
    if (L->notes.len) {
        /* the joined notes are a separate allocation, freed by pk_schedule_free() */
        s->note = pk__buf_detach(&L->notes, NULL);
        if (!s->note) {
            free_parts(s);
            return pk__fail(L->err, PK_ENOMEM, NULL, "out of memory");
        }
    }
    pk__schedule_windows(s);
    *out = s;
    return PK_OK;
}

pk_status pk_schedule_load_string(pk_schedule **out, const char *text, size_t len, const char *source_name,
                                  pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    if (!text)
        return pk__fail(err, PK_EINVAL, "text", "text is NULL");
    const char *src = source_name ? source_name : "<string>";
    if (len > PK__SCHEDULE_MAX_TEXT)
        return pk__fail_at(err, PK_ETOOLONG, src, 0, 0, "text", "schedule text is %zu bytes; the limit is 16 MiB",
                           len);
    loader L;
    memset(&L, 0, sizeof L);
    L.err = err;
    L.source = src;
    pk__buf_init(&L.arena);
    pk__buf_init(&L.notes);
    int32_t role_row[PK__ROLE_COUNT];
    for (int k = 0; k < PK__ROLE_COUNT; k++)
        role_row[k] = -1;
    pk_status rc = pk__csv_open(&L.csv, text, len, src, err);
    int seen_header = 0;
    while (rc == PK_OK) {
        int t = pk__csv_next(&L.csv, err);
        if (t < 0) {
            rc = (pk_status)t;
            break;
        }
        if (t == PK_CSV_EOF)
            break;
        if (t == PK_CSV_DIRECTIVE)
            rc = directive(&L, seen_header);
        else if (!seen_header) {
            rc = check_header(&L);
            seen_header = 1;
        } else
            rc = parse_row(&L, role_row);
    }
    if (rc == PK_OK && !seen_header) {
        static const char *const req[] = {"id", "title", "title_id", "cycle", "basis", "source"};
        const size_t have[] = {L.d_id, L.d_title, L.d_title_id, L.d_cycle_line, L.d_basis, L.d_source};
        const char *missing = NULL;
        for (size_t i = 0; i < PK_ARRAY_LEN(req) && !missing; i++)
            if (!have[i])
                missing = req[i];
        rc = missing ? pk__fail_at(err, PK_EPARSE, src, L.csv.next_line, 0, missing,
                                   "missing directive '#%% %s: ...' and header row", missing)
                     : pk__fail_at(err, PK_EPARSE, src, L.csv.next_line, 0, NULL,
                                   "missing header row 'id,parent,role,...'");
    }
    if (rc == PK_OK && L.nrows == 0)
        rc = pk__fail_at(err, PK_EPARSE, src, L.csv.next_line, 0, NULL, "the schedule has no stage rows");
    /* resolve parents that were not defined before their child */
    for (size_t i = 0; rc == PK_OK && i < L.nrows; i++) {
        row *r = &L.rows[i];
        if (!r->parent || r->pidx >= 0)
            continue;
        int32_t p = hash_find(&L, astr(&L, r->parent));
        if (p < 0)
            rc = fail_row(&L, r->line, C_PARENT, "unknown parent '%s' of stage '%s'", astr(&L, r->parent),
                          astr(&L, r->id));
        else {
            /* a parent defined after its child: the parent-before-child rule also rules out loops */
            int32_t q = p;
            size_t steps = 0;
            while (q >= 0 && q != (int32_t)i && steps++ <= L.nrows)
                q = L.rows[q].pidx >= 0 ? L.rows[q].pidx
                                        : (L.rows[q].parent ? hash_find(&L, astr(&L, L.rows[q].parent)) : -1);
            if (q == (int32_t)i)
                rc = fail_row(&L, r->line, C_PARENT, "loop in the parent chain through '%s' and '%s'",
                              astr(&L, r->id), astr(&L, r->parent));
            else
                rc = fail_row(&L, r->line, C_PARENT, "parent '%s' must come before its child '%s'",
                              astr(&L, r->parent), astr(&L, r->id));
        }
    }
    if (rc == PK_OK && (L.arena.failed || L.notes.failed))
        rc = pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    if (rc == PK_OK)
        rc = build(&L, out);
    pk__csv_close(&L.csv);
    pk__buf_free(&L.arena);
    pk__buf_free(&L.notes);
    free(L.rows);
    free(L.hash);
    return rc;
}

pk_status pk_schedule_load_file(pk_schedule **out, const char *path, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "out is NULL");
    if (!path)
        return pk__fail(err, PK_EINVAL, "path", "path is NULL");
    char *text = NULL;
    size_t len = 0;
    pk_status rc = pk__read_file(path, PK__SCHEDULE_MAX_TEXT, &text, &len, err);
    if (rc == PK_OK)
        rc = pk_schedule_load_string(out, text, len, path, err);
    free(text);
    return rc;
}

void pk_schedule_free(pk_schedule *s)
{
    if (!s || s->builtin)
        return;
    free_parts(s);
}

/* ------------------------------------------------------------- getters -- */

const char *pk_schedule_id(const pk_schedule *s) { return s ? s->id : NULL; }
const char *pk_schedule_title(const pk_schedule *s) { return s ? s->title : NULL; }
const char *pk_schedule_title_id(const pk_schedule *s) { return s ? s->title_id : NULL; }
const char *pk_schedule_basis(const pk_schedule *s) { return s ? s->basis : NULL; }
int pk_schedule_cycle(const pk_schedule *s) { return s ? s->cycle : 0; }
size_t pk_schedule_stage_count(const pk_schedule *s) { return s ? s->nstages : 0; }

const pk_stage *pk_schedule_stage_at(const pk_schedule *s, size_t i)
{
    if (!s || i >= s->nstages)
        return NULL;
    return &s->stages[s->order[i]];
}

pk_status pk_schedule_find(const pk_stage **out, const pk_schedule *s, const char *id, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !s || !id)
        return pk__fail(err, PK_EINVAL, !out ? "out" : !s ? "schedule" : "id", "NULL argument");
    size_t lo = 0, hi = s->nstages;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(s->stages[s->by_id[mid]].id, id);
        if (c == 0) {
            *out = &s->stages[s->by_id[mid]];
            return PK_OK;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    char shown[64];
    pk__strlcpy_utf8(shown, id, sizeof shown);
    return pk__fail(err, PK_ENOTFOUND, "id", "no stage '%s' in schedule %s", shown, s->id);
}

/* Index of a stage pointer in its schedule, or -1. */
static int32_t stage_index(const pk_schedule *s, const pk_stage *stage)
{
    if (!s || !stage || s->nstages == 0)
        return -1;
    uintptr_t a = (uintptr_t)stage, b = (uintptr_t)s->stages;
    if (a < b || a >= b + s->nstages * sizeof *stage || (a - b) % sizeof *stage)
        return -1;
    return (int32_t)((a - b) / sizeof *stage);
}

const pk_stage *pk_schedule_parent(const pk_schedule *s, const pk_stage *stage)
{
    int32_t i = stage_index(s, stage);
    if (i < 0 || s->parent[i] < 0)
        return NULL;
    return &s->stages[s->parent[i]];
}

pk_status pk_schedule_find_role(const pk_stage **out, const pk_schedule *s, pk_stage_role role, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !s)
        return pk__fail(err, PK_EINVAL, !out ? "out" : "schedule", "NULL argument");
    if ((int)role <= 0 || (int)role >= PK__ROLE_COUNT)
        return pk__fail(err, PK_EINVAL, "role", "invalid role %d", (int)role);
    if (s->role[role] < 0)
        return pk__fail(err, PK_ENOTFOUND, "role", "schedule %s has no stage with role '%s'", s->id,
                        role_names[role]);
    *out = &s->stages[s->role[role]];
    return PK_OK;
}

/* -------------------------------------------------------- date queries -- */

/* The interval holding serial day d. */
static const pk__sched_iv *interval_of(const pk_schedule *s, int32_t d)
{
    const int32_t *b = s->bound;
    size_t lo = 0, n = s->nbounds;
    /* branch-light upper_bound: number of bounds <= d */
    while (n > 0) {
        size_t half = n / 2;
        if (b[lo + half] <= d) {
            lo += half + 1;
            n -= half + 1;
        } else {
            n = half;
        }
    }
    return &s->iv[lo];
}

static int date_serial(pk_date d, int32_t *out)
{
    if (!pk_date_valid(d))
        return 0;
    *out = serial_of(d);
    return 1;
}

static pk_status pk_schedule_active_body(const pk_schedule *s, pk_date date, const pk_stage **out, size_t cap,
                                         size_t *count)
{
    if (count)
        *count = 0;
    int32_t d;
    if (!s || !count || (!out && cap > 0) || !date_serial(date, &d))
        return PK_EINVAL;
    const pk__sched_iv *v = interval_of(s, d);
    const int32_t *a = s->active + v->active_off;
    size_t n = v->active_n;
    for (size_t i = 0; i < n && i < cap; i++)
        out[i] = &s->stages[a[i]];
    *count = n;
    return PK_OK;
}

static pk_status phase_fill(const pk_schedule *s, pk_date date, pk_phase *out)
{
    int32_t d;
    if (out)
        memset(out, 0, sizeof *out);
    if (!s || !out || !date_serial(date, &d))
        return PK_EINVAL;
    const pk__sched_iv *v = interval_of(s, d);
    out->position = (pk_phase_position)v->position;
    out->top = v->top >= 0 ? &s->stages[v->top] : NULL;
    /* The innermost stage that is a period with its own dates, so that a
     * one-day deadline or a derived grouping does not hide the stage a
     * person means ("25 Nov 2024 is in the quiet period", not in the LPPDK
     * correction filed under the campaign-finance grouping): the most
     * ancestors with own dates (undated groupings add no depth), then a stage
     * of the regulation's own tree over one under a grouping row the data
     * file added (an undated non-root ancestor with status DERIVED, such as
     * campaign_finance), then the later start, then the earlier end; else the
     * first active stage that is not an example. */
    out->innermost = NULL;
    int bd = -1, br = 0;
    int32_t bs = 0, be = 0;
    for (size_t i = 0; i < v->active_n; i++) {
        int32_t k = s->active[v->active_off + i];
        const pk_stage *st = &s->stages[k];
        unsigned need = PK_STAGE_HAS_START | PK_STAGE_HAS_END;
        if ((st->flags & need) != need || (st->flags & (PK_STAGE_SPAN_DERIVED | PK_STAGE_EXAMPLE)))
            continue;
        int dep = 0, r = 1;
        for (int32_t p = s->parent[k]; p >= 0; p = s->parent[p]) {
            const pk_stage *q = &s->stages[p];
            if ((q->flags & (PK_STAGE_HAS_START | PK_STAGE_HAS_END)) && !(q->flags & PK_STAGE_SPAN_DERIVED))
                dep++;
            else if (q->depth > 0 && q->status == PK_SOURCE_DERIVED)
                r = 0;
        }
        int32_t a = serial_of(st->start), b = serial_of(st->end);
        if (!out->innermost || dep > bd ||
            (dep == bd && (r > br || (r == br && (a > bs || (a == bs && b < be)))))) {
            out->innermost = st;
            bd = dep;
            br = r;
            bs = a;
            be = b;
        }
    }
    for (size_t i = 0; !out->innermost && i < v->active_n; i++) {
        const pk_stage *st = &s->stages[s->active[v->active_off + i]];
        if (!(st->flags & PK_STAGE_EXAMPLE))
            out->innermost = st;
    }
    out->previous = v->prev_ms >= 0 ? &s->stages[v->prev_ms] : NULL;
    if (v->next_ms >= 0) {
        int ok;
        out->next = &s->stages[v->next_ms];
        out->days_to_next = pk__stage_key(out->next, &ok) - d;
    }
    return PK_OK;
}

/* Sizes of each version of the versioned results (docs/abi.md). */
static const size_t phase_sizes[] = {sizeof(pk_phase)};
static const size_t window_sizes[] = {sizeof(pk_window)};

static pk_status pk_schedule_phase_body(const pk_schedule *s, pk_date date, pk_phase *out)
{
    size_t size = out ? PK__VERSION_SIZE(out->version, phase_sizes) : 0;
    if (!size)
        return PK_EINVAL;
    unsigned version = out->version;
    pk_phase older; /* an older layout gets its part of a current one */
    memset(&older, 0, sizeof older);
    pk_phase *dst = size == sizeof *out ? out : &older;
    pk_status rc = phase_fill(s, date, dst);
    if (dst != out)
        memcpy(out, dst, size);
    out->version = version;
    return rc;
}

static pk_status pk_schedule_next_milestone_body(const pk_schedule *s, pk_date date, const pk_stage **out,
                                                 int32_t *days_until)
{
    int32_t d;
    if (out)
        *out = NULL;
    if (days_until)
        *days_until = 0;
    if (!s || !out || !date_serial(date, &d))
        return PK_EINVAL;
    const pk__sched_iv *v = interval_of(s, d);
    if (v->next_ms < 0)
        return PK_ENOTFOUND;
    int ok;
    *out = &s->stages[v->next_ms];
    if (days_until)
        *days_until = pk__stage_key(*out, &ok) - d;
    return PK_OK;
}

static pk_status pk_schedule_days_until_voting_body(const pk_schedule *s, pk_date date, int32_t *days)
{
    int32_t d;
    if (days)
        *days = 0;
    if (!s || !days || !date_serial(date, &d))
        return PK_EINVAL;
    int32_t vi = s->role[PK_ROLE_VOTING];
    int ok = 0;
    int32_t key = vi >= 0 ? pk__stage_key(&s->stages[vi], &ok) : 0;
    if (!ok)
        return PK_ENOTFOUND;
    *days = key - d;
    return PK_OK;
}

/* -------------------------------------------------------------- windows -- */

static pk_source_status worse(pk_source_status a, pk_source_status b)
{
    return a > b ? a : b;
}

static pk_status need_role(const pk_schedule *s, pk_stage_role role, const pk_stage **out, pk_error *err)
{
    int32_t i = s->role[role];
    *out = NULL;
    if (i < 0 || !dated(&s->stages[i])) {
        pk__fail(err, PK_ENOTFOUND, role_names[role], "schedule %s has no dated stage with role '%s'", s->id,
                 role_names[role]);
        return PK_ENOTFOUND; /* spelled out: callers use *out whenever this is PK_OK */
    }
    *out = &s->stages[i];
    return PK_OK;
}

static pk_date first_day(const pk_stage *st)
{
    return st->flags & PK_STAGE_HAS_START ? st->start : st->end;
}

static pk_date last_day(const pk_stage *st)
{
    return st->flags & PK_STAGE_HAS_END ? st->end : st->start;
}

/* A window equal to one stage's span. */
static pk_status stage_window(const pk_schedule *s, pk_stage_role role, pk_window *w, const char *derivation,
                              pk_error *err)
{
    const pk_stage *st = NULL;
    pk_status rc = need_role(s, role, &st, err);
    if (rc != PK_OK)
        return rc;
    w->start = first_day(st);
    w->end = last_day(st);
    w->has_start = w->has_end = 1;
    w->basis = st->basis ? st->basis : s->basis;
    w->derivation = derivation;
    w->status = st->flags & PK_STAGE_SPAN_DERIVED ? worse(st->status, PK_SOURCE_DERIVED) : st->status;
    return PK_OK;
}

static pk_status window_fill(const pk_schedule *s, pk_window_kind kind, pk_window *out, pk_error *err)
{
    if (out)
        memset(out, 0, sizeof *out);
    if (!s || !out)
        return pk__fail(err, PK_EINVAL, !s ? "schedule" : "out", "NULL argument");
    out->kind = kind;
    const pk_stage *det = NULL, *other = NULL;
    pk_status rc;
    switch (kind) {
    case PK_WINDOW_CAMPAIGN:
        rc = stage_window(s, PK_ROLE_CAMPAIGN, out, "the stage with role campaign", err);
        break;
    case PK_WINDOW_QUIET:
        rc = stage_window(s, PK_ROLE_QUIET, out, "the stage with role quiet", err);
        break;
    case PK_WINDOW_REGISTRATION:
        rc = stage_window(s, PK_ROLE_REGISTRATION, out,
                          "the stage with role registration (the extension in single-candidate regions is not "
                          "included)",
                          err);
        break;
    case PK_WINDOW_PRE_DETERMINATION:
        rc = need_role(s, PK_ROLE_DETERMINATION, &det, err);
        if (rc != PK_OK)
            break;
        if (pk_date_add_days(&out->end, first_day(det), -1, NULL) != PK_OK) {
            rc = pk__fail(err, PK_ERANGE, "determination", "the window ends before the supported date range");
            break;
        }
        out->has_end = 1;
        out->basis = det->basis ? det->basis : s->basis;
        out->derivation = "open start .. the day before the first day of the stage with role determination "
                          "(penetapan pasangan calon)";
        out->status = worse(det->status, PK_SOURCE_DERIVED);
        break;
    case PK_WINDOW_POST_DETERMINATION:
        rc = need_role(s, PK_ROLE_DETERMINATION, &det, err);
        if (rc != PK_OK)
            break;
        out->start = first_day(det);
        out->has_start = 1;
        out->basis = det->basis ? det->basis : s->basis;
        out->derivation = "the first day of the stage with role determination (penetapan pasangan calon) .. open end";
        out->status = det->status;
        break;
    case PK_WINDOW_M6_TO_END_OF_TERM:
    case PK_WINDOW_M6_TO_ELECTED:
        rc = need_role(s, PK_ROLE_DETERMINATION, &det, err);
        if (rc != PK_OK)
            break;
        if (pk_date_add_months(&out->start, first_day(det), -6, NULL) != PK_OK) {
            rc = pk__fail(err, PK_ERANGE, "determination", "the window starts before the supported date range");
            break;
        }
        out->has_start = 1;
        out->status = worse(det->status, PK_SOURCE_DERIVED);
        if (kind == PK_WINDOW_M6_TO_END_OF_TERM) {
            out->basis = "UU 10/2016 Pasal 71 ayat (2)";
            out->derivation = "6 calendar months before the first day of the stage with role determination "
                              "(penetapan pasangan calon; a missing day is clamped to the month's end) .. open "
                              "end (the end of the official's term)";
            break;
        }
        rc = need_role(s, PK_ROLE_ELECTED, &other, err);
        if (rc != PK_OK) {
            memset(out, 0, sizeof *out);
            out->kind = kind;
            break;
        }
        out->end = last_day(other);
        out->has_end = 1;
        out->basis = "UU 10/2016 Pasal 71 ayat (3)";
        out->derivation = "6 calendar months before the first day of the stage with role determination "
                          "(penetapan pasangan calon) .. the last day of the stage with role elected "
                          "(penetapan calon terpilih)";
        out->status = worse(out->status, other->status);
        break;
    case PK_WINDOW_VOTING_COUNTING:
        rc = need_role(s, PK_ROLE_VOTING, &det, err);
        if (rc == PK_OK)
            rc = need_role(s, PK_ROLE_COUNTING, &other, err);
        if (rc != PK_OK)
            break;
        out->start = first_day(det);
        out->end = last_day(other);
        if (pk_date_compare(out->end, out->start) < 0)
            out->end = last_day(det);
        out->has_start = out->has_end = 1;
        out->basis = det->basis ? det->basis : s->basis;
        out->derivation = "the first day of the stage with role voting .. the last day of the stage with role "
                          "counting (penghitungan dan rekapitulasi)";
        out->status = worse(det->status, other->status);
        break;
    default:
        out->kind = PK_WINDOW_CAMPAIGN;
        return pk__fail(err, PK_EINVAL, "kind", "unknown window kind %d", (int)kind);
    }
    if (rc != PK_OK) {
        memset(out, 0, sizeof *out);
        out->kind = kind;
    }
    return rc;
}

void pk__schedule_windows(pk_schedule *s)
{
    _Static_assert(PK_WINDOW_REGISTRATION + 1 == PK__WINDOW_KIND_COUNT, "PK__WINDOW_KIND_COUNT is the kinds");
    s->win_ok = 0;
    for (int k = 0; k < PK__WINDOW_KIND_COUNT; k++) {
        pk_window w;
        s->win_first[k] = INT32_MIN;
        s->win_last[k] = INT32_MAX;
        if (window_fill(s, (pk_window_kind)k, &w, NULL) != PK_OK)
            continue;
        s->win_ok |= 1u << k;
        if (w.has_start)
            s->win_first[k] = serial_of(w.start);
        if (w.has_end)
            s->win_last[k] = serial_of(w.end);
    }
}

pk_status pk_schedule_window(pk_window *out, const pk_schedule *s, pk_window_kind kind, pk_error *err)
{
    size_t size = out ? PK__VERSION_SIZE(out->version, window_sizes) : 0;
    if (!size)
        return pk__fail(err, PK_EINVAL, "out", out ? "unknown pk_window version" : "NULL argument");
    unsigned version = out->version;
    pk_window older; /* an older layout gets its part of a current one */
    memset(&older, 0, sizeof older);
    pk_window *dst = size == sizeof *out ? out : &older;
    pk_status rc = window_fill(s, kind, dst, err);
    if (dst != out)
        memcpy(out, dst, size);
    out->version = version;
    return rc;
}

int pk_window_contains(const pk_window *w, pk_date date)
{
    if (!w || !pk_date_valid(date))
        return 0;
    if (w->has_start && pk_date_compare(date, w->start) < 0)
        return 0;
    if (w->has_end && pk_date_compare(date, w->end) > 0)
        return 0;
    return 1;
}

/* Public entry points in the 1.0 argument order (docs/conventions.md):
 * out-parameters first, the optional pk_error last. */
pk_status pk_schedule_active(const pk_stage **out, size_t cap, size_t *count, const pk_schedule *s, pk_date date,
                             pk_error *err)
{
    return pk__status_detail(err, pk_schedule_active_body(s, date, out, cap, count), "pk_schedule_active");
}

pk_status pk_schedule_phase(pk_phase *out, const pk_schedule *s, pk_date date, pk_error *err)
{
    return pk__status_detail(err, pk_schedule_phase_body(s, date, out), "pk_schedule_phase");
}

pk_status pk_schedule_next_milestone(const pk_stage **out, int32_t *days_until, const pk_schedule *s, pk_date date,
                                     pk_error *err)
{
    return pk__status_detail(err, pk_schedule_next_milestone_body(s, date, out, days_until),
                             "pk_schedule_next_milestone");
}

pk_status pk_schedule_days_until_voting(int32_t *days, const pk_schedule *s, pk_date date, pk_error *err)
{
    return pk__status_detail(err, pk_schedule_days_until_voting_body(s, date, days), "pk_schedule_days_until_voting");
}
