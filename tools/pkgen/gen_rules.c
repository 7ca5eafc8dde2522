/* pkgen rules: data/rules/rules.csv (+ the built-in schedule files) ->
 * const tables of the violation classifier:
 *   pk__rules[]        the public pk_rule records (one per limb)
 *   pk__rule_specs[]   the compact match data
 *   pk__cand_start[] / pk__cand_list[]   candidate rules per (actor, act)
 *   pk__rule_sched_spans[]  first..last dated day of each built-in schedule,
 *                      so a date finds its schedule without a search.
 * Usage: pkgen rules -o rule_tables.c rules.csv schedule.csv...
 * The rule file is checked by pk__rules_parse() (every rule cites an article,
 * slugs exist, dates are valid); a rule without citation fails the build. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pilkada/calendar.h"
#include "pkgen.h"
#include "violation_internal.h"

static void date_lit(FILE *out, pk_date d)
{
    fprintf(out, "{%d, %d, %d}", d.year, d.month, d.day);
}

static int emit_spans(FILE *out, int n, char **paths)
{
    fputs("const pk__sched_span pk__rule_sched_spans[] = {\n", out);
    for (int i = 0; i < n; i++) {
        pk_schedule *s = NULL;
        pk_error err;
        pk_error_clear(&err);
        if (pk_schedule_load_file(&s, paths[i], &err) != PK_OK)
            return pkgen_report(&err);
        int32_t first = INT32_MAX, last = INT32_MIN;
        for (size_t k = 0; k < pk_schedule_stage_count(s); k++) {
            const pk_stage *st = pk_schedule_stage_at(s, k);
            int32_t a, b;
            if (st->flags & PK_STAGE_HAS_START && pk_date_to_serial(st->start, &a) == PK_OK) {
                first = a < first ? a : first;
                last = a > last ? a : last;
            }
            if (st->flags & PK_STAGE_HAS_END && pk_date_to_serial(st->end, &b) == PK_OK) {
                first = b < first ? b : first;
                last = b > last ? b : last;
            }
        }
        if (first > last) {
            fprintf(stderr, "%s: schedule has no dated stage\n", paths[i]);
            pk_schedule_free(s);
            return 1;
        }
        fputs("    {", out);
        pkgen_str(out, pk_schedule_id(s));
        fprintf(out, ", %ld, %ld},\n", (long)first, (long)last);
        pk_schedule_free(s);
    }
    fprintf(out, "    {NULL, 0, 0}\n};\nconst size_t pk__rule_sched_span_n = %d;\n\n", n);
    return 0;
}

int pkgen_rules(FILE *out, int ninputs, char **inputs);

int pkgen_rules(FILE *out, int ninputs, char **inputs)
{
    if (ninputs < 1) {
        fprintf(stderr, "pkgen rules: need rules.csv and the schedule files\n");
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

    fputs("const pk__rule_spec pk__rule_specs[] = {\n", out);
    for (size_t i = 0; i < set.n; i++) {
        const pk__rule_spec *sp = &set.rows[i].spec;
        fprintf(out, "    {0x%08lxu, UINT64_C(0x%016llx), ", (unsigned long)sp->actors, (unsigned long long)sp->acts);
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
                if ((set.rows[i].spec.actors >> a & 1u) && (set.rows[i].spec.acts >> t & 1u))
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
                if ((set.rows[i].spec.actors >> a & 1u) && (set.rows[i].spec.acts >> t & 1u))
                    fprintf(out, "    %zu, /* %s %s: %s */\n", i, pk_actor_name((pk_actor)a),
                            pk_act_name((pk_act)t), set.rows[i].rule.id);
    fputs("    0\n};\n\n", out);
    pk__rules_free(&set);

    return emit_spans(out, ninputs - 1, inputs + 1);
}
