/* pkgen schedules: the data/schedules CSV files -> const pk_schedule tables.
 * Each file is loaded with pk_schedule_load_string(), so the built-in data
 * passes the same checks as a user's file, and the precomputed indexes
 * (date order, id order, roles, day boundaries with their active stages)
 * are written out as they are, so built-in queries cost the same as on a
 * loaded schedule. The schedules are emitted in cycle order. */
#include <stdlib.h>
#include <string.h>

#include "pkgen.h"
#include "schedule_impl.h"

int pkgen_schedules(FILE *out, int ninputs, char **inputs);

static void put_i32s(FILE *out, const char *name, size_t k, const int32_t *a, size_t n)
{
    fprintf(out, "static const int32_t s%zu_%s[%zu] = {", k, name, n ? n : 1);
    if (n == 0)
        fputs("0", out);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s%s%ld", i ? "," : "", i % 16 == 0 ? "\n    " : " ", (long)a[i]);
    fputs("};\n", out);
}

static void put_date(FILE *out, pk_date d)
{
    fprintf(out, "{%d, %d, %d}", d.year, d.month, d.day);
}

/* A window bound: a serial day, or INT32_MIN / INT32_MAX for an open side. */
static void put_serial(FILE *out, int i, int32_t v)
{
    fputs(i ? ", " : "", out);
    if (v == INT32_MIN)
        fputs("INT32_MIN", out);
    else if (v == INT32_MAX)
        fputs("INT32_MAX", out);
    else
        fprintf(out, "%ld", (long)v);
}

static void emit(FILE *out, size_t k, const pk_schedule *s)
{
    fprintf(out, "\n/* %s: %zu stages */\n", s->id, s->nstages);
    fprintf(out, "static const pk_stage s%zu_stages[%zu] = {\n", k, s->nstages);
    for (size_t i = 0; i < s->nstages; i++) {
        const pk_stage *x = &s->stages[i];
        fputs("    {.id = ", out);
        pkgen_str(out, x->id);
        fputs(", .parent_id = ", out);
        pkgen_str(out, x->parent_id);
        fputs(",\n     .name_id = ", out);
        pkgen_str(out, x->name_id);
        fputs(",\n     .name_en = ", out);
        pkgen_str(out, x->name_en);
        fputs(",\n     .start = ", out);
        put_date(out, x->start);
        fputs(", .end = ", out);
        put_date(out, x->end);
        fputs(",\n     .relative = ", out);
        pkgen_str(out, x->relative);
        fputs(",\n     .basis = ", out);
        pkgen_str(out, x->basis);
        fputs(",\n     .source = ", out);
        pkgen_str(out, x->source);
        fputs(",\n     .note = ", out);
        pkgen_str(out, x->note);
        fprintf(out,
                ",\n     .status = (pk_source_status)%d, .role = (pk_stage_role)%d, .critical = (pk_critical)%d,"
                " .flags = %uu, .depth = %d},\n",
                (int)x->status, (int)x->role, (int)x->critical, x->flags, x->depth);
    }
    fputs("};\n", out);
    put_i32s(out, "parent", k, s->parent, s->nstages);
    put_i32s(out, "order", k, s->order, s->nstages);
    put_i32s(out, "by_id", k, s->by_id, s->nstages);
    put_i32s(out, "bound", k, s->bound, s->nbounds);
    put_i32s(out, "active", k, s->active, s->nactive);
    fprintf(out, "static const pk__sched_iv s%zu_iv[%zu] = {\n", k, s->nbounds + 1);
    for (size_t i = 0; i <= s->nbounds; i++) {
        const pk__sched_iv *v = &s->iv[i];
        fprintf(out, "    {%lu, %lu, %ld, %ld, %ld, %ld},\n", (unsigned long)v->active_off,
                (unsigned long)v->active_n, (long)v->top, (long)v->next_ms, (long)v->prev_ms, (long)v->position);
    }
    fputs("};\n", out);
    fprintf(out, "static const pk_schedule s%zu = {\n    .id = ", k);
    pkgen_str(out, s->id);
    fputs(",\n    .title = ", out);
    pkgen_str(out, s->title);
    fputs(",\n    .title_id = ", out);
    pkgen_str(out, s->title_id);
    fputs(",\n    .basis = ", out);
    pkgen_str(out, s->basis);
    fputs(",\n    .source = ", out);
    pkgen_str(out, s->source);
    fputs(",\n    .note = ", out);
    pkgen_str(out, s->note);
    fputs(",\n    .regions = ", out);
    pkgen_str(out, s->regions);
    fputs(",\n    .follows = ", out);
    pkgen_str(out, s->follows);
    fprintf(out, ",\n    .cycle = %d,\n    .builtin = 1,\n    .nstages = %zu,\n", s->cycle, s->nstages);
    fprintf(out, "    .stages = s%zu_stages,\n    .parent = s%zu_parent,\n    .order = s%zu_order,\n"
                 "    .by_id = s%zu_by_id,\n    .role = {",
            k, k, k, k);
    for (int r = 0; r < PK__ROLE_COUNT; r++)
        fprintf(out, "%s%ld", r ? ", " : "", (long)s->role[r]);
    fprintf(out, "},\n    .nbounds = %zu,\n    .bound = s%zu_bound,\n    .iv = s%zu_iv,\n"
                 "    .nactive = %zu,\n    .active = s%zu_active,\n    .win_ok = %uu,\n    .win_first = {",
            s->nbounds, k, k, s->nactive, k, s->win_ok);
    for (int w = 0; w < PK__WINDOW_KIND_COUNT; w++)
        put_serial(out, w, s->win_first[w]);
    fputs("},\n    .win_last = {", out);
    for (int w = 0; w < PK__WINDOW_KIND_COUNT; w++)
        put_serial(out, w, s->win_last[w]);
    fputs("},\n    .text_mem = NULL};\n", out);
}

/* The timeline index of pk__schedule_select(): the sorted days on which the
 * set of schedules whose span (first to last active day) holds a day
 * changes, and for each of the nbound + 1 intervals the built-in schedules
 * holding its days, in table order. A day's holding schedules are then one
 * binary search instead of a scan of every schedule. */
static int emit_timeline(FILE *out, pk_schedule **list, int n)
{
    size_t nb = 0, nl = 0;
    int32_t *b = malloc(sizeof *b * (size_t)(2 * n + 1));
    uint16_t *lst = malloc(sizeof *lst * (size_t)(n * (2 * n + 1) + 1));
    size_t *off = malloc(sizeof *off * (size_t)(2 * n + 3));
    if (!b || !lst || !off) {
        free(b), free(lst), free(off);
        return 1;
    }
    for (int i = 0; i < n; i++)
        if (list[i]->nbounds >= 2) {
            b[nb++] = list[i]->bound[0];
            b[nb++] = list[i]->bound[list[i]->nbounds - 1]; /* the day after the last active day */
        }
    nb = pk__sort_unique_i32(b, nb);
    for (size_t k = 0; k <= nb; k++) { /* interval k: b[k-1] <= day < b[k] */
        off[k] = nl;
        if (k == 0 || k == nb)
            continue; /* before every span, after every span */
        for (int i = 0; i < n; i++)
            if (list[i]->nbounds >= 2 && list[i]->bound[0] <= b[k - 1] &&
                b[k - 1] <= list[i]->bound[list[i]->nbounds - 1] - 1)
                lst[nl++] = (uint16_t)i;
    }
    off[nb + 1] = nl;
    fprintf(out, "\nconst size_t pk__schedule_tl_nbound = %zu;\n", nb);
    fputs("const int32_t pk__schedule_tl_bound[] = {", out);
    for (size_t i = 0; i < nb; i++)
        fprintf(out, "%s%ld", i ? ", " : "", (long)b[i]);
    fputs(nb ? "};\n" : "0};\n", out);
    fputs("const uint16_t pk__schedule_tl_off[] = {", out);
    for (size_t i = 0; i <= nb + 1; i++)
        fprintf(out, "%s%zu", i ? ", " : "", off[i]);
    fputs("};\nconst uint16_t pk__schedule_tl_list[] = {", out);
    for (size_t i = 0; i < nl; i++)
        fprintf(out, "%s%u", i ? ", " : "", (unsigned)lst[i]);
    fputs(nl ? "};\n" : "0};\n", out);
    free(b), free(lst), free(off);
    return 0;
}

int pkgen_schedules(FILE *out, int ninputs, char **inputs)
{
    /* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
    pk_schedule **list = calloc((size_t)(ninputs > 0 ? ninputs : 1), sizeof *list);
    if (!list)
        return 1;
    int rc = 0;
    for (int i = 0; i < ninputs && rc == 0; i++) {
        char *text = NULL;
        size_t len = 0;
        if (pkgen_read(inputs[i], &text, &len) != 0) {
            rc = 1;
            break;
        }
        pk_error err;
        pk_error_clear(&err);
        if (pk_schedule_load_string(&list[i], text, len, inputs[i], &err) != PK_OK)
            rc = pkgen_report(&err);
        free(text);
        for (int j = 0; rc == 0 && j < i; j++)
            if (strcmp(list[j]->id, list[i]->id) == 0) {
                fprintf(stderr, "%s: schedule id '%s' is also used by %s\n", inputs[i], list[i]->id, inputs[j]);
                rc = 1;
            }
    }
    if (rc == 0) {
        /* stable insertion sort by cycle */
        for (int i = 1; i < ninputs; i++) {
            pk_schedule *x = list[i];
            int j = i;
            while (j > 0 && list[j - 1]->cycle > x->cycle) {
                list[j] = list[j - 1];
                j--;
            }
            list[j] = x;
        }
        pkgen_banner(out, "schedules", ninputs, inputs);
        fputs("#include \"schedule_impl.h\"\n", out);
        for (int i = 0; i < ninputs; i++)
            emit(out, (size_t)i, list[i]);
        fputs("\nconst pk_schedule *const pk__schedule_builtins[] = {", out);
        for (int i = 0; i < ninputs; i++)
            fprintf(out, "%s&s%d", i ? ", " : "", i);
        if (ninputs == 0)
            fputs("NULL", out);
        fprintf(out, "};\nconst size_t pk__schedule_builtin_n = %d;\n", ninputs);
        rc = emit_timeline(out, list, ninputs);
    }
    for (int i = 0; i < ninputs; i++)
        pk_schedule_free(list[i]);
    free(list);
    return rc;
}
