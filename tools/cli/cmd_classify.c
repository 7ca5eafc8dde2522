/* pilkada classify: the violation classifier (pilkada/violation.h) on facts
 * given as flags, or as JSON lines (one incident per line) with --batch. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "incident_json.h"

#define MAX_FINDINGS 32

static void help(FILE *f)
{
    fputs("usage: pilkada classify --actor A --act X --occurred DATE [facts...] [--json] [--explain]\n"
          "       pilkada classify --batch [FILE | -] [--json]\n\n"
          "Facts (the keys of pk_incident_set; '-' and '_' are the same in flags):\n"
          "  --actor SLUG              pns, pppk, pejabat_negara, pejabat_daerah, regional_head, acting_head,\n"
          "                            tni, polri, kepala_desa, perangkat_desa, lurah, bumn_bumd_official,\n"
          "                            candidate, campaign_team, party_member, organizer, monitor,\n"
          "                            any_person, voter\n"
          "  --act SLUG                e.g. socmed_like, decision_favouring, give_money, replace_officials\n"
          "                            (pilkada classify --list-acts prints them all)\n"
          "  --occurred DATE           when it happened (required)\n"
          "  --discovered DATE         when it was discovered (gives the 7-day report deadline)\n"
          "  --reported DATE           when it was reported (late reports are flagged)\n"
          "  --region CODE             e.g. 35.13 (names the handling bodies)\n"
          "  --cycle YEAR              2024, 2020, 2025 (default: the schedule holding the date)\n"
          "  --supported prospective|determined   default: derived from the date\n"
          "  --involved-actor SLUG     whom a candidate involved (act involve_officials)\n"
          "  --minister-approval, --tsm, --candidate-involved, --incumbent-candidate, --on-leave yes|no\n\n"
          "Output: findings with category, rule, articles, sanction, handler, deadlines and certainty;\n"
          "--json for one JSON object per incident (in batch, compact: the long sanction and note texts are\n"
          "left out and deadlines are due dates); --explain for every rule considered.\n"
          "--batch reads JSON lines (one incident object per line, keys as above) from FILE or standard\n"
          "input and ends with a summary per category and per region; a malformed line is reported on\n"
          "standard error with its line number and field, and the rest still runs.\n\n"
          "Exit status: 0 classified (any outcome), 1 bad input (in batch: any bad line), 2 usage error.\n",
          f);
}

/* ------------------------------------------------------------ output -- */

static void put_date(FILE *f, pk_date d)
{
    char b[PK_DATE_STRLEN];
    if (pk_date_format(d, b, sizeof b) == PK_OK)
        fputs(b, f);
    else
        fputs("-", f);
}

static const char *join_name(pk_penalty_join j)
{
    return j == PK_JOIN_AND ? "and" : j == PK_JOIN_AND_OR ? "and_or" : "none";
}

static const char *const flag_names[] = {"moral", "dismissal", "cancellation", "warning",
                                         "suspension", "unspecified", "correction"};

static void json_deadline(FILE *f, const pk_deadline *d, int compact)
{
    if (!d->rule) {
        fputs("null", f);
        return;
    }
    if (compact) { /* batch: the due date only */
        cli_json_date(f, d->due, 1);
        return;
    }
    fputs("{\"slug\":", f);
    cli_json_str(f, d->rule->slug);
    fputs(",\"trigger\":", f);
    cli_json_date(f, d->trigger, 1);
    fputs(",\"due\":", f);
    cli_json_date(f, d->due, 1);
    fprintf(f, ",\"estimated\":%s}", d->flags & PK_RESULT_ESTIMATED ? "true" : "false");
}

/* compact (batch): leave out the long static texts (sanction words, notes,
 * handler role); they belong to the rule and the handler, not the incident. */
static void json_result(FILE *f, long line, const pk_classification *res, const pk_finding *fs,
                        const pk_incident *in, int compact)
{
    fputs("{", f);
    if (line > 0)
        fprintf(f, "\"line\":%ld,", line);
    fputs("\"outcome\":", f);
    cli_json_str(f, pk_outcome_name(res->outcome));
    fputs(",\"missing_field\":", f);
    cli_json_str(f, res->missing_field);
    fprintf(f, ",\"late_report\":%s,\"report_due\":", res->late_report ? "true" : "false");
    cli_json_date(f, res->report_deadline.due, res->report_deadline.rule != NULL);
    fputs(",\"supported\":", f);
    cli_json_str(f, res->supported == PK_SUPPORTED_DETERMINED    ? "determined"
                    : res->supported == PK_SUPPORTED_PROSPECTIVE ? "prospective"
                                                                 : NULL);
    fputs(",\"schedule\":", f);
    cli_json_str(f, res->schedule ? pk_schedule_id(res->schedule) : NULL);
    fputs(",\"region\":", f);
    cli_json_str(f, in->region[0] ? in->region : NULL);
    fputs(",\"findings\":[", f);
    for (size_t i = 0; i < res->finding_count; i++) {
        const pk_finding *x = &fs[i];
        const pk_sanction *s = &x->sanction;
        fputs(i ? ",{\"rule\":" : "{\"rule\":", f);
        cli_json_str(f, x->rule->id);
        fputs(",\"category\":", f);
        cli_json_str(f, pk_category_name(x->category));
        fputs(",\"subcategory\":", f);
        cli_json_str(f, pk_subcategory_name(x->subcategory));
        fputs(",\"cites\":[", f);
        for (size_t k = 0; k < x->rule->citation_count; k++) {
            if (k)
                fputc(',', f);
            cli_json_str(f, x->rule->citations[k].text);
        }
        fprintf(f, "],\"prison_months\":[%d,%d],\"fine_rupiah\":[%lld,%lld],\"join\":\"%s\",\"discipline\":",
                s->prison_min_months, s->prison_max_months, (long long)s->fine_min_rupiah,
                (long long)s->fine_max_rupiah, join_name(s->join));
        cli_json_str(f, pk_discipline_name(s->discipline));
        fputs(",\"flags\":[", f);
        int first = 1;
        for (size_t k = 0; k < sizeof flag_names / sizeof flag_names[0]; k++)
            if (s->flags >> k & 1u) {
                fprintf(f, "%s\"%s\"", first ? "" : ",", flag_names[k]);
                first = 0;
            }
        fputs("]", f);
        if (!compact) {
            fputs(",\"sanction\":", f);
            cli_json_str(f, s->text);
        }
        fputs(",\"handler\":", f);
        cli_json_str(f, x->handler_name);
        fputs(",\"handler_body\":", f);
        cli_json_str(f, x->handler.name);
        fputs(",\"handler_status\":", f);
        cli_json_str(f, pk_source_status_name(x->handler.status));
        if (!compact) {
            fputs(",\"handler_note\":", f);
            cli_json_str(f, x->handler.note);
        }
        fputs(",\"certainty\":", f);
        cli_json_str(f, pk_certainty_name(x->certainty));
        if (!compact || x->certainty != PK_CERTAIN) {
            fputs(",\"certainty_note\":", f);
            cli_json_str(f, x->certainty_note);
        }
        fputs(",\"deadlines\":{\"report\":", f);
        json_deadline(f, &x->deadlines.report, compact);
        fputs(",\"followup\":", f);
        json_deadline(f, &x->deadlines.followup, compact);
        fputs(",\"followup_extended\":", f);
        json_deadline(f, &x->deadlines.followup_extended, compact);
        fputs(",\"next\":[", f);
        for (size_t k = 0; k < x->deadlines.next_count; k++) {
            if (k)
                fputc(',', f);
            json_deadline(f, &x->deadlines.next[k], compact);
        }
        fputs("]}}", f);
    }
    fputs("]}\n", f);
}

static void text_result(FILE *f, long line, const pk_classification *res, const pk_finding *fs,
                        const pk_incident *in, int verbose)
{
    if (line > 0)
        fprintf(f, "line %ld: ", line);
    fprintf(f, "%s %s %s", pk_actor_name(in->actor), pk_act_name(in->act), pk_outcome_name(res->outcome));
    if (res->missing_field)
        fprintf(f, " (missing %s)", res->missing_field);
    if (res->late_report)
        fputs(" LATE REPORT", f);
    if (res->report_deadline.rule) {
        fputs(" report due ", f);
        put_date(f, res->report_deadline.due);
    }
    fputc('\n', f);
    for (size_t i = 0; i < res->finding_count; i++) {
        const pk_finding *x = &fs[i];
        const pk_sanction *s = &x->sanction;
        fprintf(f, "  %s [%s%s%s] %s; handler %s", x->rule->id, pk_category_name(x->category),
                x->subcategory ? "/" : "", pk_subcategory_name(x->subcategory), x->rule->citations[0].text,
                x->handler_name);
        if (s->join != PK_JOIN_NONE)
            fprintf(f, "; prison %d-%d months %s fine Rp%lld-Rp%lld", s->prison_min_months, s->prison_max_months,
                    s->join == PK_JOIN_AND ? "and" : "and/or", (long long)s->fine_min_rupiah,
                    (long long)s->fine_max_rupiah);
        if (s->discipline)
            fprintf(f, "; discipline %s", pk_discipline_name(s->discipline));
        if (x->certainty != PK_CERTAIN)
            fprintf(f, "; %s", pk_certainty_name(x->certainty));
        fputc('\n', f);
        if (!verbose)
            continue;
        fputs("      basis:", f);
        for (size_t k = 0; k < x->rule->citation_count; k++)
            fprintf(f, "%s %s", k ? ";" : "", x->rule->citations[k].text);
        fprintf(f, "\n      sanction: %s\n      handler: %s (%s): %s\n", s->text, x->handler.name,
                pk_source_status_name(x->handler.status), x->handler.role);
        if (x->handler.note)
            fprintf(f, "      handler note: %s\n", x->handler.note);
        if (x->certainty_note)
            fprintf(f, "      %s: %s\n", pk_certainty_name(x->certainty), x->certainty_note);
        const pk_deadline *dl[3] = {&x->deadlines.followup, &x->deadlines.followup_extended, NULL};
        for (size_t k = 0; k < 2; k++)
            if (dl[k]->rule) {
                fprintf(f, "      %s due ", dl[k]->rule->slug);
                put_date(f, dl[k]->due);
                fputc('\n', f);
            }
        for (size_t k = 0; k < x->deadlines.next_count; k++) {
            fprintf(f, "      %s due ", x->deadlines.next[k].rule->slug);
            put_date(f, x->deadlines.next[k].due);
            fputc('\n', f);
        }
    }
}

/* ------------------------------------------------------------- batch -- */

typedef struct stats {
    size_t incidents, bad_lines, findings;
    size_t outcomes[4];
    size_t category[5];
    size_t *region_incidents; /* by pk_region index */
    size_t *region_findings;
    size_t no_region;
} stats;

static void count(stats *st, const pk_classification *res, const pk_finding *fs, const pk_incident *in)
{
    st->incidents++;
    st->outcomes[res->outcome]++;
    st->findings += res->finding_count;
    for (size_t i = 0; i < res->finding_count; i++)
        st->category[fs[i].category]++;
    const pk_region *r = NULL;
    if (in->region[0] && pk_region_lookup(&r, NULL, in->region, NULL) == PK_OK) {
        st->region_incidents[r->index]++;
        st->region_findings[r->index] += res->finding_count;
    } else {
        st->no_region++;
    }
}

static void summary(FILE *f, const stats *st, int json)
{
    if (json) {
        fprintf(f, "{\"summary\":{\"incidents\":%zu,\"bad_lines\":%zu,\"findings\":%zu,\"outcomes\":{", st->incidents,
                st->bad_lines, st->findings);
        for (int i = 0; i < 4; i++)
            fprintf(f, "%s\"%s\":%zu", i ? "," : "", pk_outcome_name((pk_outcome)i), st->outcomes[i]);
        fputs("},\"categories\":{", f);
        for (int i = 0; i < 5; i++)
            fprintf(f, "%s\"%s\":%zu", i ? "," : "", pk_category_name((pk_category)i), st->category[i]);
        fputs("},\"regions\":[", f);
        int first = 1;
        for (size_t i = 0; i < pk_region_count(); i++)
            if (st->region_incidents[i]) {
                const pk_region *r = pk_region_at(i);
                fprintf(f, "%s{\"code\":\"%s\",\"name\":", first ? "" : ",", r->code);
                cli_json_str(f, r->full_name);
                fprintf(f, ",\"incidents\":%zu,\"findings\":%zu}", st->region_incidents[i], st->region_findings[i]);
                first = 0;
            }
        fprintf(f, "],\"no_region\":%zu}}\n", st->no_region);
        return;
    }
    fprintf(f, "\nSummary: %zu incidents, %zu findings, %zu bad lines\n", st->incidents, st->findings,
            st->bad_lines);
    fputs("  outcome              incidents\n", f);
    for (int i = 0; i < 4; i++)
        fprintf(f, "  %-20s %9zu\n", pk_outcome_name((pk_outcome)i), st->outcomes[i]);
    fputs("  category             findings\n", f);
    for (int i = 0; i < 5; i++)
        fprintf(f, "  %-20s %9zu\n", pk_category_name((pk_category)i), st->category[i]);
    fputs("  region                                         incidents  findings\n", f);
    for (size_t i = 0; i < pk_region_count(); i++)
        if (st->region_incidents[i]) {
            const pk_region *r = pk_region_at(i);
            fprintf(f, "  %-6s %-40s %9zu %9zu\n", r->code, r->full_name, st->region_incidents[i],
                    st->region_findings[i]);
        }
    if (st->no_region)
        fprintf(f, "  %-47s %9zu\n", "(no region)", st->no_region);
}

/* Handle one line; returns 0 if it was bad. */
static int batch_line(const char *line, size_t len, long lineno, int json, stats *st)
{
    pk_incident in;
    pk_error err;
    pk_finding fs[MAX_FINDINGS];
    pk_classification res;
    pk_error_clear(&err);
    pk_status s = incident_from_line(&in, line, len, &err);
    if (s == PK_OK) {
        s = pk_classify(&in, fs, MAX_FINDINGS, &res, &err);
        if (s == PK_EBUFSIZE) /* res is complete; only the first MAX_FINDINGS findings are in fs */
            s = PK_OK;
    }
    if (s != PK_OK) {
        fprintf(stderr, "pilkada: line %ld", lineno);
        if (err.column)
            fprintf(stderr, ", column %ld", err.column);
        fprintf(stderr, ": field %s: %s (%s)\n", err.field[0] ? err.field : "-", err.text, pk_status_name(s));
        st->bad_lines++;
        return 0;
    }
    count(st, &res, fs, &in);
    if (json)
        json_result(stdout, lineno, &res, fs, &in, 1);
    else
        text_result(stdout, lineno, &res, fs, &in, 0);
    return 1;
}

static int run_batch(const char *path, int json)
{
    FILE *f = stdin;
    if (path && strcmp(path, "-") != 0) {
        f = fopen(path, "rb");
        if (!f) {
            cli_errorf("cannot open %s", path);
            return CLI_FAIL;
        }
    }
    stats st;
    memset(&st, 0, sizeof st);
    st.region_incidents = calloc(pk_region_count() + 1, sizeof *st.region_incidents);
    st.region_findings = calloc(pk_region_count() + 1, sizeof *st.region_findings);
    size_t cap = (size_t)1 << 20, len = 0;
    char *buf = malloc(cap);
    if (!buf || !st.region_incidents || !st.region_findings) {
        cli_errorf("out of memory");
        free(buf);
        free(st.region_incidents);
        free(st.region_findings);
        if (f != stdin)
            fclose(f);
        return CLI_FAIL;
    }
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    long lineno = 0;
    int eof = 0;
    while (!eof) {
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            eof = 1;
        size_t start = 0;
        for (;;) {
            char *nl = memchr(buf + start, '\n', len - start);
            if (!nl && !eof)
                break;
            size_t end = nl ? (size_t)(nl - buf) : len;
            if (!nl && end == start)
                break;
            lineno++;
            size_t e = end;
            if (e > start && buf[e - 1] == '\r')
                e--;
            size_t b = start;
            while (b < e && (buf[b] == ' ' || buf[b] == '\t'))
                b++;
            if (b < e)
                batch_line(buf + b, e - b, lineno, json, &st);
            start = nl ? end + 1 : len;
            if (!nl)
                break;
        }
        memmove(buf, buf + start, len - start);
        len -= start;
        if (len == cap && !eof) { /* a line longer than the buffer: grow */
            char *grown = cap < ((size_t)64 << 20) ? realloc(buf, cap * 2) : NULL;
            if (!grown) {
                cli_errorf("line %ld is longer than 64 MiB", lineno + 1);
                st.bad_lines++;
                break;
            }
            buf = grown;
            cap *= 2;
        }
    }
    if (ferror(f)) {
        cli_errorf("read error");
        st.bad_lines++;
    }
    summary(stdout, &st, json);
    fflush(stdout);
    free(buf);
    free(st.region_incidents);
    free(st.region_findings);
    if (f != stdin)
        fclose(f);
    return st.bad_lines ? CLI_FAIL : CLI_OK;
}

/* ------------------------------------------------------------ command -- */

static const char *const keys[] = {"actor", "act", "involved_actor", "occurred", "discovered", "reported",
                                   "region", "cycle", "supported", "minister_approval", "tsm",
                                   "candidate_involved", "incumbent_candidate", "on_leave"};

static int run(int argc, char **argv)
{
    pk_incident in = PK_INCIDENT_INIT;
    int json = 0, explain = 0, batch = 0;
    const char *batch_path = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_flag(a, "--help") || cli_flag(a, "-h")) {
            help(stdout);
            return CLI_OK;
        }
        if (cli_flag(a, "--json")) {
            json = 1;
            continue;
        }
        if (cli_flag(a, "--explain")) {
            explain = 1;
            continue;
        }
        if (cli_flag(a, "--list-acts") || cli_flag(a, "--list-actors")) {
            int acts = cli_flag(a, "--list-acts");
            for (int k = 1; k < (acts ? PK_ACT_COUNT_ : PK_ACTOR_COUNT_); k++)
                puts(acts ? pk_act_name((pk_act)k) : pk_actor_name((pk_actor)k));
            return CLI_OK;
        }
        if (cli_flag(a, "--batch")) {
            batch = 1;
            if (i + 1 < argc && (argv[i + 1][0] != '-' || strcmp(argv[i + 1], "-") == 0))
                batch_path = argv[++i];
            continue;
        }
        if (strncmp(a, "--", 2) != 0) {
            cli_errorf("unexpected argument '%s' (try pilkada classify --help)", a);
            return CLI_USAGE;
        }
        /* --some-key VALUE or --some-key=VALUE, '-' read as '_' */
        char key[40];
        size_t n = 0;
        const char *p = a + 2;
        while (*p && *p != '=' && n + 1 < sizeof key) {
            key[n++] = *p == '-' ? '_' : *p;
            p++;
        }
        key[n] = '\0';
        int known = 0;
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
            known |= strcmp(keys[k], key) == 0;
        if (!known) {
            cli_errorf("unknown option '%s' (try pilkada classify --help)", a);
            return CLI_USAGE;
        }
        const char *value;
        if (*p == '=') {
            value = p + 1;
        } else if (i + 1 < argc) {
            value = argv[++i];
        } else {
            cli_errorf("option '%s' needs a value", a);
            return CLI_USAGE;
        }
        pk_error err;
        pk_error_clear(&err);
        pk_status s = pk_incident_set(&in, key, value, &err);
        if (s != PK_OK)
            return cli_report(s, &err, 1);
    }
    if (batch)
        return run_batch(batch_path, json);

    pk_error err;
    pk_error_clear(&err);
    if (explain) {
        char *text = NULL;
        pk_status s = pk_explain(&in, &text, &err);
        if (s != PK_OK)
            return cli_report(s, &err, 0);
        fputs(text, stdout);
        pk_free(text);
        return CLI_OK;
    }
    pk_finding fs[MAX_FINDINGS];
    pk_classification res;
    pk_status s = pk_classify(&in, fs, MAX_FINDINGS, &res, &err);
    if (s != PK_OK && s != PK_EBUFSIZE)
        return cli_report(s, &err, 0);
    if (json)
        json_result(stdout, 0, &res, fs, &in, 0);
    else
        text_result(stdout, 0, &res, fs, &in, 1);
    return CLI_OK;
}

const cli_command cli_cmd_classify = {"classify", "--actor A --act X --occurred D [...] | --batch [FILE]",
                                      "classify a violation: category, article, sanction, handler, deadlines",
                                      run};
