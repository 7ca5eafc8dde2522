/* pilkada phase | schedule | ics: the schedule engine (pilkada/schedule.h). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Options shared by the three commands. */
typedef struct cal_opts {
    const char *cycle;    /* --cycle */
    const char *file;     /* --file */
    const char *output;   /* -o (ics) */
    const char *dtstamp;  /* --dtstamp (ics) */
    const char *date_arg; /* positional DATE (phase) */
    int json;
    int include_undated;
} cal_opts;

enum { ALLOW_DATE = 1, ALLOW_JSON = 2, ALLOW_ICS = 4 };

static void help_phase(FILE *f)
{
    fputs("usage: pilkada phase [DATE] [--cycle ID | --file PATH] [--json]\n\n"
          "Where DATE (YYYY-MM-DD; default: today in WIB) falls in a Pilkada schedule: the\n"
          "position (before, during, between, after), the top-level and innermost stage, every\n"
          "active stage innermost first, the next milestone with the days until it, and the days\n"
          "until voting.\n\n"
          "  --cycle ID    built-in schedule: 2024 (default), 2020, 2025, or a schedule id such as\n"
          "                pilkada-2024 or rerun-2025-bangka-pangkalpinang\n"
          "  --file PATH   use a schedule CSV file instead (format: data/schedules/README.md)\n"
          "  --json        machine-readable output\n",
          f);
}

static void help_schedule(FILE *f)
{
    fputs("usage: pilkada schedule [--cycle ID | --file PATH] [--json]\n\n"
          "The stages of a schedule as a tree in date order, with dates, source status,\n"
          "legal basis and Bawaslu's critical-stage flag. '~' marks a span derived from the\n"
          "sub-stages, '*' a milestone.\n\n"
          "  --cycle ID    built-in schedule (default 2024)\n"
          "  --file PATH   use a schedule CSV file instead\n"
          "  --json        machine-readable output (stages flat, in date order, with parent ids)\n",
          f);
}

static void help_ics(FILE *f)
{
    fputs("usage: pilkada ics [--cycle ID | --file PATH] [-o FILE] [--dtstamp STAMP] [--include-undated]\n\n"
          "Export a schedule as an RFC 5545 iCalendar file: one all-day event per dated stage.\n"
          "UIDs are deterministic, so importing a newer export updates the events.\n\n"
          "  --cycle ID         built-in schedule (default 2024)\n"
          "  --file PATH        use a schedule CSV file instead\n"
          "  -o FILE            write to FILE instead of standard output\n"
          "  --dtstamp STAMP    DTSTAMP in UTC, YYYYMMDDTHHMMSSZ (default: now), for reproducible output\n"
          "  --include-undated  also list undated stages, as VTODO entries\n",
          f);
}

/* Parse argv; returns -1 to continue, or an exit code (help printed, usage error). */
static int parse_opts(int argc, char **argv, unsigned allow, cal_opts *o, void (*help)(FILE *))
{
    memset(o, 0, sizeof *o);
    int i = 1;
    while (i < argc) {
        const char *a = argv[i];
        const char *v = NULL;
        int r;
        if (cli_flag(a, "--help") || cli_flag(a, "-h")) {
            help(stdout);
            return CLI_OK;
        }
        if ((r = cli_opt_value(argc, argv, &i, "--cycle", &v)) != 0) {
            if (r < 0)
                return CLI_USAGE;
            o->cycle = v;
            continue;
        }
        if ((r = cli_opt_value(argc, argv, &i, "--file", &v)) != 0) {
            if (r < 0)
                return CLI_USAGE;
            o->file = v;
            continue;
        }
        if ((allow & ALLOW_ICS) && (r = cli_opt_value(argc, argv, &i, "-o", &v)) != 0) {
            if (r < 0)
                return CLI_USAGE;
            o->output = v;
            continue;
        }
        if ((allow & ALLOW_ICS) && (r = cli_opt_value(argc, argv, &i, "--dtstamp", &v)) != 0) {
            if (r < 0)
                return CLI_USAGE;
            o->dtstamp = v;
            continue;
        }
        if ((allow & ALLOW_ICS) && cli_flag(a, "--include-undated")) {
            o->include_undated = 1;
            i++;
            continue;
        }
        if ((allow & ALLOW_JSON) && cli_flag(a, "--json")) {
            o->json = 1;
            i++;
            continue;
        }
        if ((allow & ALLOW_DATE) && a[0] != '-' && !o->date_arg) {
            o->date_arg = a;
            i++;
            continue;
        }
        cli_errorf("%s: unexpected argument '%s' (try 'pilkada %s --help')", argv[0], a, argv[0]);
        return CLI_USAGE;
    }
    if (o->cycle && o->file) {
        cli_errorf("%s: give either --cycle or --file, not both", argv[0]);
        return CLI_USAGE;
    }
    return -1;
}

/* Load the schedule chosen by the options. *owned receives a loaded one to free. */
static int load(const cal_opts *o, const pk_schedule **s, pk_schedule **owned)
{
    pk_error err;
    pk_error_clear(&err);
    *owned = NULL;
    if (o->file) {
        pk_status st = pk_schedule_load_file(owned, o->file, &err);
        if (st != PK_OK)
            return cli_report(st, &err, 0);
        *s = *owned;
        return CLI_OK;
    }
    const char *id = o->cycle ? o->cycle : "2024";
    pk_status st = pk_schedule_builtin(s, id, &err);
    if (st != PK_OK) {
        cli_report(st, &err, 0);
        return CLI_USAGE;
    }
    return CLI_OK;
}

static const char *position_name(pk_phase_position p)
{
    switch (p) {
    case PK_PHASE_BEFORE: return "before";
    case PK_PHASE_DURING: return "during";
    case PK_PHASE_BETWEEN: return "between";
    case PK_PHASE_AFTER: return "after";
    }
    return "?";
}

/* "2024-09-25..2024-11-23", "          ..2024-09-24", "2025-01-09..", or "(undated)". */
static const char *span_str(const pk_stage *st, char *buf, size_t size)
{
    char a[PK_DATE_STRLEN] = "", b[PK_DATE_STRLEN] = "";
    if (st->flags & PK_STAGE_HAS_START)
        cli_date_str(st->start, a);
    if (st->flags & PK_STAGE_HAS_END)
        cli_date_str(st->end, b);
    if (!a[0] && !b[0])
        snprintf(buf, size, "%-22s", "(undated)");
    else
        snprintf(buf, size, "%10s..%-10s", a, b);
    return buf;
}

static const char *stage_name(const pk_stage *st)
{
    return st->name_en ? st->name_en : st->name_id ? st->name_id : st->id;
}

static void json_stage(FILE *f, const pk_stage *st)
{
    if (!st) {
        fputs("null", f);
        return;
    }
    fputs("{\"id\":", f);
    cli_json_str(f, st->id);
    fputs(",\"parent\":", f);
    cli_json_str(f, st->parent_id);
    fputs(",\"name_id\":", f);
    cli_json_str(f, st->name_id);
    fputs(",\"name_en\":", f);
    cli_json_str(f, st->name_en);
    fputs(",\"start\":", f);
    cli_json_date(f, st->start, (st->flags & PK_STAGE_HAS_START) != 0);
    fputs(",\"end\":", f);
    cli_json_date(f, st->end, (st->flags & PK_STAGE_HAS_END) != 0);
    fprintf(f, ",\"span_derived\":%s,\"milestone\":%s,\"depth\":%d",
            (st->flags & PK_STAGE_SPAN_DERIVED) ? "true" : "false", (st->flags & PK_STAGE_MILESTONE) ? "true" : "false",
            st->depth);
    fputs(",\"relative\":", f);
    cli_json_str(f, st->relative);
    fputs(",\"role\":", f);
    cli_json_str(f, st->role ? pk_stage_role_name(st->role) : NULL);
    fputs(",\"critical\":", f);
    cli_json_str(f, st->critical ? pk_critical_name(st->critical) : NULL);
    fputs(",\"status\":", f);
    cli_json_str(f, pk_source_status_name(st->status));
    fputs(",\"basis\":", f);
    cli_json_str(f, st->basis);
    fputs(",\"source\":", f);
    cli_json_str(f, st->source);
    fputs(",\"note\":", f);
    cli_json_str(f, st->note);
    fputc('}', f);
}

static int run_phase(int argc, char **argv)
{
    cal_opts o;
    int rc = parse_opts(argc, argv, ALLOW_DATE | ALLOW_JSON, &o, help_phase);
    if (rc >= 0)
        return rc;
    pk_date date = cli_today();
    if (o.date_arg && cli_parse_date(o.date_arg, "DATE", &date) != CLI_OK)
        return CLI_USAGE;
    const pk_schedule *s = NULL;
    pk_schedule *owned = NULL;
    if ((rc = load(&o, &s, &owned)) != CLI_OK)
        return rc;
    pk_phase ph = PK_PHASE_INIT;
    const pk_stage *act[64];
    size_t n = 0;
    if (pk_schedule_phase(&ph, s, date, NULL) != PK_OK || pk_schedule_active(act, 64, &n, s, date, NULL) != PK_OK) {
        cli_errorf("phase: invalid date");
        pk_schedule_free(owned);
        return CLI_USAGE;
    }
    if (n > 64)
        n = 64;
    int32_t to_vote = 0;
    int has_vote = pk_schedule_days_until_voting(&to_vote, s, date, NULL) == PK_OK;
    char d1[PK_DATE_STRLEN], buf[64];
    if (o.json) {
        printf("{\"date\":\"%s\",\"schedule\":", cli_date_str(date, d1));
        cli_json_str(stdout, pk_schedule_id(s));
        printf(",\"cycle\":%d,\"position\":\"%s\",\"top\":", pk_schedule_cycle(s), position_name(ph.position));
        json_stage(stdout, ph.top);
        fputs(",\"innermost\":", stdout);
        json_stage(stdout, ph.innermost);
        fputs(",\"active\":[", stdout);
        for (size_t i = 0; i < n; i++) {
            if (i)
                fputc(',', stdout);
            json_stage(stdout, act[i]);
        }
        fputs("],\"next_milestone\":", stdout);
        json_stage(stdout, ph.next);
        if (ph.next)
            printf(",\"days_to_next_milestone\":%ld", (long)ph.days_to_next);
        else
            fputs(",\"days_to_next_milestone\":null", stdout);
        fputs(",\"previous_milestone\":", stdout);
        json_stage(stdout, ph.previous);
        if (has_vote)
            printf(",\"days_until_voting\":%ld}\n", (long)to_vote);
        else
            fputs(",\"days_until_voting\":null}\n", stdout);
    } else {
        printf("Date:            %s\n", cli_date_str(date, d1));
        printf("Schedule:        %s (%s)\n", pk_schedule_id(s), pk_schedule_title(s));
        printf("Position:        %s the schedule\n", position_name(ph.position));
        if (ph.top)
            printf("Top-level stage: %s (%s)\n", ph.top->id, stage_name(ph.top));
        if (ph.innermost)
            printf("Innermost stage: %s (%s)\n", ph.innermost->id, stage_name(ph.innermost));
        if (ph.innermost && ph.innermost->critical)
            printf("Critical stage:  %s (Bawaslu)\n", pk_critical_name(ph.innermost->critical));
        if (n) {
            printf("Active stages (innermost first):\n");
            for (size_t i = 0; i < n; i++)
                printf("  %s  %-28s %s [%s]\n", span_str(act[i], buf, sizeof buf), act[i]->id, stage_name(act[i]),
                       pk_source_status_name(act[i]->status));
        }
        if (ph.next) {
            pk_date key = (ph.next->flags & PK_STAGE_HAS_START) ? ph.next->start : ph.next->end;
            printf("Next milestone:  %s (%s) on %s, in %ld day%s\n", ph.next->id, stage_name(ph.next),
                   cli_date_str(key, d1), (long)ph.days_to_next, ph.days_to_next == 1 ? "" : "s");
        } else {
            printf("Next milestone:  none\n");
        }
        if (has_vote) {
            if (to_vote > 0)
                printf("Voting day:      in %ld day%s\n", (long)to_vote, to_vote == 1 ? "" : "s");
            else if (to_vote == 0)
                printf("Voting day:      today\n");
            else
                printf("Voting day:      %ld day%s ago\n", (long)-to_vote, to_vote == -1 ? "" : "s");
        }
    }
    pk_schedule_free(owned);
    return CLI_OK;
}

/* Print the children of parent (NULL: roots) in date order, depth first. */
static void print_tree(const pk_schedule *s, const pk_stage *parent)
{
    size_t n = pk_schedule_stage_count(s);
    for (size_t i = 0; i < n; i++) {
        const pk_stage *st = pk_schedule_stage_at(s, i);
        if (pk_schedule_parent(s, st) != parent)
            continue;
        char span[64];
        span_str(st, span, sizeof span);
        printf("%s %c%c %*s%s  %s [%s; %s]", span, (st->flags & PK_STAGE_SPAN_DERIVED) ? '~' : ' ',
               (st->flags & PK_STAGE_MILESTONE) ? '*' : ' ', st->depth * 2, "",
               st->id, stage_name(st), pk_source_status_name(st->status), st->basis ? st->basis : "no basis");
        if (st->critical)
            printf(" CRITICAL:%s", pk_critical_name(st->critical));
        putchar('\n');
        print_tree(s, st);
    }
}

static int run_schedule(int argc, char **argv)
{
    cal_opts o;
    int rc = parse_opts(argc, argv, ALLOW_JSON, &o, help_schedule);
    if (rc >= 0)
        return rc;
    const pk_schedule *s = NULL;
    pk_schedule *owned = NULL;
    if ((rc = load(&o, &s, &owned)) != CLI_OK)
        return rc;
    size_t n = pk_schedule_stage_count(s);
    if (o.json) {
        fputs("{\"id\":", stdout);
        cli_json_str(stdout, pk_schedule_id(s));
        fputs(",\"title\":", stdout);
        cli_json_str(stdout, pk_schedule_title(s));
        fputs(",\"title_id\":", stdout);
        cli_json_str(stdout, pk_schedule_title_id(s));
        fputs(",\"basis\":", stdout);
        cli_json_str(stdout, pk_schedule_basis(s));
        printf(",\"cycle\":%d,\"stages\":[", pk_schedule_cycle(s));
        for (size_t i = 0; i < n; i++) {
            if (i)
                fputs(",\n", stdout);
            json_stage(stdout, pk_schedule_stage_at(s, i));
        }
        fputs("]}\n", stdout);
    } else {
        printf("%s: %s\n%s\nCycle %d; basis %s; %zu stages ('~' derived span, '*' milestone)\n\n",
               pk_schedule_id(s), pk_schedule_title(s), pk_schedule_title_id(s), pk_schedule_cycle(s),
               pk_schedule_basis(s), n);
        print_tree(s, NULL);
    }
    pk_schedule_free(owned);
    return CLI_OK;
}

static int run_ics(int argc, char **argv)
{
    cal_opts o;
    int rc = parse_opts(argc, argv, ALLOW_ICS, &o, help_ics);
    if (rc >= 0)
        return rc;
    const pk_schedule *s = NULL;
    pk_schedule *owned = NULL;
    if ((rc = load(&o, &s, &owned)) != CLI_OK)
        return rc;
    pk_ics_options opts = PK_ICS_OPTIONS_INIT;
    opts.dtstamp = o.dtstamp;
    opts.include_undated = o.include_undated;
    char *text = NULL;
    size_t len = 0;
    pk_error err;
    pk_error_clear(&err);
    pk_status st = pk_schedule_to_ics(&text, &len, s, &opts, &err);
    pk_schedule_free(owned);
    if (st != PK_OK)
        return cli_report(st, &err, 1);
    FILE *f = stdout;
    if (o.output && !(f = fopen(o.output, "wb"))) {
        cli_errorf("ics: cannot write %s", o.output);
        pk_free(text);
        return CLI_FAIL;
    }
    size_t w = fwrite(text, 1, len, f);
    pk_free(text);
    int bad = w != len;
    if (f != stdout)
        bad |= fclose(f) != 0;
    else
        bad |= fflush(f) != 0;
    if (bad) {
        cli_errorf("ics: write error");
        return CLI_FAIL;
    }
    return CLI_OK;
}

const cli_command cli_cmd_phase = {"phase", "[DATE] [--cycle ID|--file PATH]",
                                   "where a date falls in a Pilkada schedule", run_phase};
const cli_command cli_cmd_schedule = {"schedule", "[--cycle ID|--file PATH]", "list the stages of a schedule",
                                      run_schedule};
const cli_command cli_cmd_ics = {"ics", "[--cycle ID|--file PATH] [-o FILE]",
                                 "export a schedule as iCalendar (RFC 5545)", run_ics};
