/* pkgen rules: data/rules/rules.csv ->
 * const tables of the violation classifier:
 *   pk__rules[]        the public pk_rule records (one per limb)
 *   pk__rule_specs[]   the compact match data
 *   pk__cand_start[] / pk__cand_list[]   candidate rules per (actor, act)
 *   pk__handler_rows[]  the handling bodies by kind and date (handlers.csv)
 *   pk__chain_steps[]   the deadline chains by category (deadline_chains.csv)
 * (A date finds its schedule through pk_schedule_select(), schedule_builtin.c.)
 * Usage: pkgen rules -o rule_tables.c rules.csv handlers.csv deadline_chains.csv
 * The rule file is checked by pk__rules_parse() (every rule cites an article,
 * slugs exist, dates are valid); a rule without citation fails the build. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pkgen.h"
#include "rules_load.h"
#include "violation_internal.h"

static void date_lit(FILE *out, pk_date d)
{
    fprintf(out, "{%d, %d, %d}", d.year, d.month, d.day);
}

int pkgen_rules(FILE *out, int ninputs, char **inputs);
static int emit_handlers(FILE *out, const char *path);
static int emit_chains(FILE *out, const char *path);
static int emit_outcome_notes(FILE *out, const char *path);

int pkgen_rules(FILE *out, int ninputs, char **inputs)
{
    if (ninputs != 4) {
        fprintf(stderr, "pkgen rules: need rules.csv, handlers.csv, deadline_chains.csv and outcomes.csv\n");
        return 1;
    }
    char *text;
    size_t len;
    if (pkgen_read(inputs[0], &text, &len) != 0)
        return 1;
    pk__rule_set set;
    pk_error err;
    pk_error_clear(&err);
    pk_status rc = pk__rules_parse(&set, text, len, inputs[0], &err);
    free(text);
    if (rc != PK_OK)
        return pkgen_report(&err);
    if (set.n > UINT16_MAX) {
        fprintf(stderr, "%s: too many rules\n", inputs[0]);
        pk__rules_free(&set);
        return 1;
    }

    pkgen_banner(out, "rules", ninputs, inputs);
    fputs("#include \"violation_internal.h\"\n\n", out);

    for (size_t i = 0; i < set.n; i++) {
        const pk_rule *r = &set.rows[i].rule;
        fprintf(out, "static const pk_citation cit_%zu[] = {\n", i);
        for (size_t k = 0; k < r->citation_count; k++) {
            const pk_citation *c = &r->citations[k];
            fputs("    {", out);
            pkgen_str(out, c->law);
            fputs(", ", out);
            pkgen_str(out, c->pasal);
            fputs(", ", out);
            pkgen_str(out, c->ayat);
            fputs(", ", out);
            pkgen_str(out, c->huruf);
            fputs(", ", out);
            pkgen_str(out, c->angka);
            fputs(", ", out);
            pkgen_str(out, c->text);
            fputs("},\n", out);
        }
        fputs("};\n", out);
    }

    fputs("\nconst pk_rule pk__rules[] = {\n", out);
    for (size_t i = 0; i < set.n; i++) {
        const pk_rule *r = &set.rows[i].rule;
        const pk_sanction *s = &r->sanction;
        fprintf(out, "    {/* line %ld */\n     .id = ", set.rows[i].line);
        pkgen_str(out, r->id);
        fputs(",\n     .text_id = ", out);
        pkgen_str(out, r->text_id);
        fputs(",\n     .summary_en = ", out);
        pkgen_str(out, r->summary_en);
        fprintf(out, ",\n     .category = (pk_category)%d, .subcategory = (pk_subcategory)%d,\n", (int)r->category,
                (int)r->subcategory);
        fprintf(out, "     .citations = cit_%zu, .citation_count = %zu,\n", i, r->citation_count);
        fprintf(out,
                "     .sanction = {%d, %d, INT64_C(%lld), INT64_C(%lld), (pk_penalty_join)%d, (pk_discipline)%d, "
                "%uu, ",
                s->prison_min_months, s->prison_max_months, (long long)s->fine_min_rupiah,
                (long long)s->fine_max_rupiah, (int)s->join, (int)s->discipline, s->flags);
        pkgen_str(out, s->text);
        fputs("},\n     .valid_from = ", out);
        date_lit(out, r->valid_from);
        fputs(", .valid_until = ", out);
        date_lit(out, r->valid_until);
        fprintf(out, ",\n     .status = (pk_source_status)%d, .certainty = (pk_certainty)%d,\n     .certainty_note = ",
                (int)r->status, (int)r->certainty);
        pkgen_str(out, r->certainty_note);
        fputs(",\n     .source = ", out);
        pkgen_str(out, r->source);
        fputs(",\n     .note = ", out);
        pkgen_str(out, r->note);
        fprintf(out, ",\n     .limb = %d},\n", r->limb);
    }
    fputs("};\n\n", out);

    /* the Indonesian texts of each rule (summary_id, certainty_note_id, note_id), NULL when not translated */
    fputs("const pk__rule_text_id pk__rule_texts_id[] = {\n", out);
    for (size_t i = 0; i < set.n; i++) {
        fputs("    {", out);
        pkgen_str(out, set.rows[i].summary_id);
        fputs(", ", out);
        pkgen_str(out, set.rows[i].certainty_note_id);
        fputs(", ", out);
        pkgen_str(out, set.rows[i].note_id);
        fputs("},\n", out);
    }
    fputs("};\n\n", out);

    fputs("const pk__rule_spec pk__rule_specs[] = {\n", out);
    for (size_t i = 0; i < set.n; i++) {
        const pk__rule_spec *sp = &set.rows[i].spec;
        fprintf(out, "    {0x%08lxu, {{", (unsigned long)sp->actors);
        for (int w = 0; w < PK__ACT_WORDS; w++)
            fprintf(out, "%sUINT64_C(0x%016llx)", w ? ", " : "", (unsigned long long)sp->acts.w[w]);
        fputs("}}, ", out);
        if (sp->from_serial == INT32_MIN)
            fputs("INT32_MIN, ", out);
        else
            fprintf(out, "%ld, ", (long)sp->from_serial);
        if (sp->until_serial == INT32_MAX)
            fputs("INT32_MAX, ", out);
        else
            fprintf(out, "%ld, ", (long)sp->until_serial);
        fprintf(out, "%u, %u, %u, {", sp->window, sp->handler, sp->ncond);
        for (int k = 0; k < sp->ncond; k++)
            fprintf(out, "%s{%u, %u, 0x%lxu}", k ? ", " : "", sp->cond[k].key, sp->cond[k].optional,
                    (unsigned long)sp->cond[k].allowed);
        if (sp->ncond == 0)
            fputs("{0, 0, 0}", out);
        fprintf(out, "}}, /* %s */\n", set.rows[i].rule.id);
    }
    fprintf(out, "};\nconst size_t pk__rule_n = %zu;\n\n", set.n);

    /* candidate lists per (actor, act), in rule order */
    size_t total = 0;
    fputs("const uint16_t pk__cand_start[PK__ACTOR_COUNT * PK__ACT_COUNT + 1] = {\n   ", out);
    for (int a = 0; a < PK__ACTOR_COUNT; a++) {
        for (int t = 0; t < PK__ACT_COUNT; t++) {
            fprintf(out, " %zu,", total);
            for (size_t i = 0; i < set.n; i++)
                if ((set.rows[i].spec.actors >> a & 1u) && pk__act_set_has(&set.rows[i].spec.acts, (unsigned)t))
                    total++;
        }
        fputs("\n   ", out);
    }
    fprintf(out, " %zu\n};\n\n", total);
    if (total > UINT16_MAX) {
        fprintf(stderr, "%s: candidate table too large\n", inputs[0]);
        pk__rules_free(&set);
        return 1;
    }
    fputs("const uint16_t pk__cand_list[] = {\n", out);
    for (int a = 0; a < PK__ACTOR_COUNT; a++)
        for (int t = 0; t < PK__ACT_COUNT; t++)
            for (size_t i = 0; i < set.n; i++)
                if ((set.rows[i].spec.actors >> a & 1u) && pk__act_set_has(&set.rows[i].spec.acts, (unsigned)t))
                    fprintf(out, "    %zu, /* %s %s: %s */\n", i, pk_actor_name((pk_actor)a),
                            pk_act_name((pk_act)t), set.rows[i].rule.id);
    fputs("    0\n};\n\n", out);
    pk__rules_free(&set);

    return emit_handlers(out, inputs[1]) || emit_chains(out, inputs[2]) || emit_outcome_notes(out, inputs[3]);
}

/* "const uint16_t <decl> = {a, b, ...};" */
static void emit_index(FILE *out, const char *decl, const uint16_t *v, int n)
{
    fprintf(out, "const uint16_t %s = {", decl);
    for (int i = 0; i < n; i++)
        fprintf(out, "%s%u", i ? ", " : "", v[i]);
    fputs("};\n\n", out);
}

/* ------------------------------------------------------ handlers.csv -- */

static const char *const h_cols[] = {"kind",        "applies_from", "name",   "role", "basis",
                                     "valid_from",  "valid_until",  "status", "note", "source",
                                     "role_id",     "note_id",      "name_id"};
enum { H_KIND, H_FROM, H_NAME, H_ROLE, H_BASIS, H_VFROM, H_VUNTIL, H_STATUS, H_NOTE, H_SOURCE, H_ROLE_ID, H_NOTE_ID,
       H_NAME_ID, H_N };

static int emit_handlers(FILE *out, const char *path)
{
    pkgen_table t;
    if (pkgen_table_open(&t, path, h_cols, H_N) != 0)
        return 1;
    uint16_t start[PK__H_COUNT + 1] = {0};
    int32_t last_from = 0;
    int last_kind = -1, rc = 0, k;
    uint16_t n = 0;
    fputs("const pk__handler_row pk__handler_rows[] = {\n", out);
    while (rc == 0 && (k = pkgen_table_next(&t)) > 0) {
        int kind = pk__lookup_name(pk__hkind_names, PK__H_COUNT, t.f[H_KIND]);
        int status = pk__source_status_parse(t.f[H_STATUS]);
        pk_date from = {0, 0, 0}, vfrom = {0, 0, 0}, vuntil = {0, 0, 0};
        int32_t from_serial = INT32_MIN;
        if (kind < 0)
            rc = pkgen_table_fail(&t, H_KIND, "unknown handler kind '%s'", t.f[H_KIND]);
        else if (kind < last_kind || (kind != last_kind && kind != last_kind + 1))
            rc = pkgen_table_fail(&t, H_KIND, "kind '%s' out of order: the kinds come grouped, in the order "
                                              "gakkumdu, kpu, bawaslu_provinsi, bawaslu, dkpp, asn, bupati, "
                                              "perangkat_desa, tni, polri, ppk, mk", t.f[H_KIND]);
        else if (pkgen_table_date(&t, H_FROM, &from) || pkgen_table_date(&t, H_VFROM, &vfrom) ||
                 pkgen_table_date(&t, H_VUNTIL, &vuntil))
            rc = 1;
        else if (status < 0)
            rc = pkgen_table_fail(&t, H_STATUS, "unknown status '%s'", t.f[H_STATUS]);
        else if (!t.f[H_NAME][0] || !t.f[H_ROLE][0] || !t.f[H_BASIS][0] || !t.f[H_SOURCE][0])
            rc = pkgen_table_fail(&t, H_NAME, "name, role, basis and source are required");
        else if (t.f[H_NOTE_ID][0] && !t.f[H_NOTE][0])
            rc = pkgen_table_fail(&t, H_NOTE_ID, "an Indonesian note without the English one");
        if (rc)
            break;
        if (from.year)
            (void)pk_date_to_serial(&from_serial, from, NULL);
        if (kind != last_kind && from.year)
            rc = pkgen_table_fail(&t, H_FROM, "the first row of a kind applies since always (empty)");
        else if (kind == last_kind && (!from.year || from_serial <= last_from))
            rc = pkgen_table_fail(&t, H_FROM, "a later row of a kind needs a later applies_from");
        if (rc)
            break;
        while (last_kind < kind)
            start[++last_kind] = n;
        last_from = from_serial;
        fprintf(out, "    {%s%ld, {", from_serial == INT32_MIN ? "INT32_MIN + " : "",
                from_serial == INT32_MIN ? 0L : (long)from_serial);
        pkgen_str(out, t.f[H_NAME]);
        fputs(", ", out);
        pkgen_str(out, t.f[H_ROLE]);
        fputs(", ", out);
        pkgen_str(out, t.f[H_BASIS]);
        fputs(", ", out);
        date_lit(out, vfrom);
        fputs(", ", out);
        date_lit(out, vuntil);
        fprintf(out, ", (pk_source_status)%d, ", status);
        pkgen_str(out, t.f[H_NOTE][0] ? t.f[H_NOTE] : NULL);
        fputs("}, ", out); /* then role and note in Indonesian, NULL when not translated */
        pkgen_str(out, t.f[H_ROLE_ID][0] ? t.f[H_ROLE_ID] : NULL);
        fputs(", ", out);
        pkgen_str(out, t.f[H_NOTE_ID][0] ? t.f[H_NOTE_ID] : NULL);
        fputs(", ", out);
        pkgen_str(out, t.f[H_NAME_ID][0] ? t.f[H_NAME_ID] : NULL);
        fputs("},\n", out);
        n++;
    }
    pkgen_table_close(&t);
    rc |= k < 0;
    if (rc == 0 && last_kind != PK__H_COUNT - 1) {
        fprintf(stderr, "%s: no row for handler kind '%s'\n", path, pk__hkind_names[last_kind + 1]);
        rc = 1;
    }
    if (rc)
        return 1;
    start[PK__H_COUNT] = n;
    fputs("};\n\n", out);
    emit_index(out, "pk__handler_start[PK__H_COUNT + 1]", start, PK__H_COUNT + 1);
    return 0;
}

/* ----------------------------------------------- deadline_chains.csv -- */

static const char *const c_cols[] = {"category",   "step",        "deadline", "from",  "valid_from",
                                     "valid_until", "basis",      "status",   "source"};
enum { C_CATEGORY, C_STEP, C_DEADLINE, C_FROM, C_VFROM, C_VUNTIL, C_BASIS, C_STATUS, C_SOURCE, C_N };
static const char *const from_names[] = {"followup_end", "report", "previous"};

static int emit_chains(FILE *out, const char *path)
{
    pkgen_table t;
    if (pkgen_table_open(&t, path, c_cols, C_N) != 0)
        return 1;
    uint16_t start[PK__CATEGORY_COUNT + 1] = {0};
    int last_cat = -1, last_step = 0, rc = 0, k;
    uint16_t n = 0;
    fputs("const pk__chain_step pk__chain_steps[] = {\n", out);
    while (rc == 0 && (k = pkgen_table_next(&t)) > 0) {
        int cat = -1;
        for (int c = 0; c < PK__CATEGORY_COUNT; c++)
            if (strcmp(pk_category_name((pk_category)c), t.f[C_CATEGORY]) == 0)
                cat = c;
        char *end = NULL;
        long step = strtol(t.f[C_STEP], &end, 10);
        int dl = pkgen_deadline_id(t.f[C_DEADLINE]);
        int from = pk__lookup_name(from_names, (int)PK_ARRAY_LEN(from_names), t.f[C_FROM]);
        int status = pk__source_status_parse(t.f[C_STATUS]);
        pk_date vfrom, vuntil;
        if (cat < 0 || cat < last_cat)
            rc = pkgen_table_fail(&t, C_CATEGORY, "unknown or out-of-order category '%s' (categories in "
                                                  "pk_category order)", t.f[C_CATEGORY]);
        else if (!t.f[C_STEP][0] || *end || step != (cat == last_cat ? last_step + 1 : 1) || step > PK__CHAIN_MAX)
            rc = pkgen_table_fail(&t, C_STEP, "steps of a category are numbered 1, 2, ... (at most %d)",
                                  PK__CHAIN_MAX);
        else if (dl < 0)
            rc = pkgen_table_fail(&t, C_DEADLINE, "unknown deadline '%s' (a slug of data/deadlines.csv)",
                                  t.f[C_DEADLINE]);
        else if (from < 0 || (step == 1 && from == PK__FROM_PREVIOUS))
            rc = pkgen_table_fail(&t, C_FROM, "'%s': followup_end, report, or (after step 1) previous",
                                  t.f[C_FROM]);
        else if (pkgen_table_date(&t, C_VFROM, &vfrom) || pkgen_table_date(&t, C_VUNTIL, &vuntil))
            rc = 1;
        else if (status < 0 || !t.f[C_BASIS][0] || !t.f[C_SOURCE][0])
            rc = pkgen_table_fail(&t, C_STATUS, "a known status, a basis and a source are required");
        if (rc)
            break;
        int32_t first = INT32_MIN, last = INT32_MAX;
        if (vfrom.year)
            (void)pk_date_to_serial(&first, vfrom, NULL);
        if (vuntil.year)
            (void)pk_date_to_serial(&last, vuntil, NULL);
        while (last_cat < cat)
            start[++last_cat] = n;
        last_step = (int)step;
        fprintf(out, "    {%d, %d, %ld, %ld}, /* %s %ld: %s */\n", dl, from, (long)first, (long)last,
                t.f[C_CATEGORY], step, t.f[C_DEADLINE]);
        n++;
    }
    pkgen_table_close(&t);
    if (rc || k < 0)
        return 1;
    while (last_cat < PK__CATEGORY_COUNT)
        start[++last_cat] = n;
    fputs("    {0, 0, 0, 0} /* end */\n};\n\n", out);
    emit_index(out, "pk__chain_start[PK__CATEGORY_COUNT + 1]", start, PK__CATEGORY_COUNT + 1);
    return 0;
}

/* ------------------------------------------------------ outcomes.csv -- */

static const char *const o_cols[] = {"outcome", "note", "basis", "status", "source", "note_id"};
enum { O_OUTCOME, O_NOTE, O_BASIS, O_STATUS, O_SOURCE, O_NOTE_ID, O_N };
#define OUTCOME_N PK__OUTCOME_COUNT

static int emit_outcome_notes(FILE *out, const char *path)
{
    pkgen_table t;
    if (pkgen_table_open(&t, path, o_cols, O_N) != 0)
        return 1;
    const char *notes[OUTCOME_N] = {NULL}, *notes_id[OUTCOME_N] = {NULL};
    char *owned[OUTCOME_N] = {NULL}, *owned_id[OUTCOME_N] = {NULL};
    int rc = 0, k;
    while (rc == 0 && (k = pkgen_table_next(&t)) > 0) {
        int o = -1;
        for (int i = 0; i < OUTCOME_N; i++)
            if (strcmp(pk_outcome_name((pk_outcome)i), t.f[O_OUTCOME]) == 0)
                o = i;
        if (o < 0 || notes[o])
            rc = pkgen_table_fail(&t, O_OUTCOME, "unknown or repeated outcome '%s'", t.f[O_OUTCOME]);
        else if (!t.f[O_NOTE][0] || !t.f[O_BASIS][0] || !t.f[O_SOURCE][0] ||
                 pk__source_status_parse(t.f[O_STATUS]) < 0)
            rc = pkgen_table_fail(&t, O_NOTE, "a note, a basis, a known status and a source are required");
        else if (!(notes[o] = owned[o] = pk__strndup(t.f[O_NOTE], strlen(t.f[O_NOTE]))))
            rc = pkgen_table_fail(&t, O_NOTE, "out of memory");
        else if (t.f[O_NOTE_ID][0] &&
                 !(notes_id[o] = owned_id[o] = pk__strndup(t.f[O_NOTE_ID], strlen(t.f[O_NOTE_ID]))))
            rc = pkgen_table_fail(&t, O_NOTE_ID, "out of memory");
    }
    pkgen_table_close(&t);
    if (rc == 0 && k == 0 && !notes[PK_OUTCOME_NOT_PROVEN]) {
        fprintf(stderr, "%s: no row for outcome not_proven (the library returns its note)\n", path);
        rc = 1;
    }
    if (rc == 0 && k == 0) {
        for (int l = 0; l < 2; l++) { /* English, then Indonesian (NULL: not translated) */
            fprintf(out, "const char *const pk__outcome_notes%s[PK__OUTCOME_COUNT] = {\n", l ? "_id" : "");
            for (int i = 0; i < OUTCOME_N; i++) {
                fputs("    ", out);
                pkgen_str(out, l ? notes_id[i] : notes[i]);
                fprintf(out, ", /* %s */\n", pk_outcome_name((pk_outcome)i));
            }
            fputs("};\n", out);
        }
    }
    for (int i = 0; i < OUTCOME_N; i++) {
        free(owned[i]);
        free(owned_id[i]);
    }
    return rc || k != 0;
}
