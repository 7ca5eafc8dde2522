/* pilkada deadline: the named legal deadlines and working-day arithmetic. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define MAX_EXTRA 64

/* Weekday name in the run's language. */
static const char *wday(pk_date d)
{
    return pk_weekday_name(pk_date_weekday(d), cli_lang());
}

static void usage(FILE *f)
{
    cli_printm(f, CLI_MSG_HELP_DEADLINE);
}

typedef struct opts {
    const char *name;
    const char *holidays_file; /* --holidays */
    const pk_holiday_table *table; /* the table in use when not the built-in one (for messages) */
    pk_date from, to;
    int have_from, have_to, have_add, json, list, custom;
    long add;
    pk_workday_options wo;
    pk_date extra[MAX_EXTRA];
} opts;

static int parse_args(int argc, char **argv, opts *o)
{
    pk_workday_options init = PK_WORKDAY_OPTIONS_INIT;
    memset(o, 0, sizeof *o);
    o->wo = init;
    for (int i = 1; i < argc;) {
        const char *v = NULL;
        int r;
        if (cli_flag(argv[i], "--help") || cli_flag(argv[i], "-h")) {
            usage(stdout);
            return -1;
        }
        if (cli_flag(argv[i], "--json")) {
            o->json = 1;
            i++;
        } else if (cli_flag(argv[i], "--list")) {
            o->list = 1;
            i++;
        } else if (cli_flag(argv[i], "--no-cuti-bersama")) {
            o->wo.closed_kinds &= ~(unsigned)PK_HOLIDAY_CUTI_BERSAMA;
            o->custom = 1;
            i++;
        } else if (cli_flag(argv[i], "--estimate")) {
            o->wo.allow_estimate = 1;
            o->custom = 1;
            i++;
        } else if ((r = cli_opt_value(argc, argv, &i, "--holidays", &v)) != 0) {
            if (r < 0)
                return CLI_USAGE;
            o->holidays_file = v;
            o->custom = 1;
        } else if ((r = cli_opt_value(argc, argv, &i, "--from", &v)) != 0) {
            if (r < 0 || cli_parse_date(v, "--from", &o->from) != CLI_OK)
                return CLI_USAGE;
            o->have_from = 1;
        } else if ((r = cli_opt_value(argc, argv, &i, "--count-to", &v)) != 0) {
            if (r < 0 || cli_parse_date(v, "--count-to", &o->to) != CLI_OK)
                return CLI_USAGE;
            o->have_to = 1;
        } else if ((r = cli_opt_value(argc, argv, &i, "--add", &v)) != 0) {
            if (r < 0 || cli_parse_int(v, "--add", -100000, 100000, &o->add) != CLI_OK)
                return CLI_USAGE;
            o->have_add = 1;
        } else if ((r = cli_opt_value(argc, argv, &i, "--extra-holiday", &v)) != 0) {
            if (r < 0)
                return CLI_USAGE;
            if (o->wo.extra_holidays_count >= MAX_EXTRA) {
                cli_errorf("at most %d --extra-holiday options", MAX_EXTRA);
                return CLI_USAGE;
            }
            if (cli_parse_date(v, "--extra-holiday", &o->extra[o->wo.extra_holidays_count]) != CLI_OK)
                return CLI_USAGE;
            o->wo.extra_holidays_count++;
            o->custom = 1;
        } else if ((r = cli_opt_value(argc, argv, &i, "--roll", &v)) != 0) {
            static const char *const rolls[] = {"forward", "backward", "none", "raise"};
            size_t k = 0;
            while (r > 0 && k < 4 && strcmp(v, rolls[k]) != 0)
                k++;
            if (r < 0 || k == 4) {
                if (r > 0)
                    cli_errorf("--roll must be forward, backward, none or raise, not '%s'", v);
                return CLI_USAGE;
            }
            o->wo.roll = (pk_roll)k;
            o->custom = 1;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            cli_errorm(CLI_MSG_ERR_UNKNOWN_OPTION, "deadline", argv[i], "deadline");
            return CLI_USAGE;
        } else if (!o->name) {
            o->name = argv[i++];
        } else {
            cli_errorf("deadline: unexpected argument '%s'", argv[i]);
            return CLI_USAGE;
        }
    }
    o->wo.extra_holidays = o->extra;
    return CLI_OK;
}

static const char *unit_name(pk_day_unit u)
{
    return u == PK_DAYS_WORKING ? "working" : "calendar";
}

/* "14 working days" / "14 hari kerja". */
static const char *unit_amount(char *buf, size_t size, const pk_deadline_rule *r)
{
    return cli_fmtm(buf, size, r->unit == PK_DAYS_WORKING ? CLI_MSG_DL_WORKING_DAYS : CLI_MSG_DL_CALENDAR_DAYS,
                    r->amount);
}

static void json_rule(FILE *f, const pk_deadline_rule *r)
{
    fputs("{\"slug\": ", f);
    cli_json_str(f, r->slug);
    fputs(", \"name_id\": ", f);
    cli_json_str(f, r->name_id);
    fputs(", \"name_en\": ", f);
    cli_json_str(f, r->name_en);
    fprintf(f, ", \"amount\": %d, \"unit\": \"%s\", \"trigger\": ", r->amount, unit_name(r->unit));
    cli_json_str(f, r->trigger);
    fputs(", \"basis\": ", f);
    cli_json_str(f, r->basis);
    fputs(", \"quote\": ", f);
    cli_json_str(f, r->quote);
    fputs(", \"status\": ", f);
    cli_json_str(f, pk_source_status_name(r->status));
    fputs(", \"note\": ", f);
    cli_json_str(f, r->note);
    fputc('}', f);
}

static int run_list(const opts *o)
{
    if (o->json)
        fputs("[\n", stdout);
    for (int i = 0; i < (int)pk_deadline_count(); i++) {
        const pk_deadline_rule *r = pk_deadline_rule_get((pk_deadline_id)i);
        if (o->json) {
            fputs("  ", stdout);
            json_rule(stdout, r);
            fputs(i + 1 < (int)pk_deadline_count() ? ",\n" : "\n", stdout);
        } else {
            printf("%-22s %3d %-8s  %s\n", r->slug, r->amount, unit_name(r->unit), r->basis);
            printf("%-22s %s\n", "", r->name_en);
        }
    }
    if (o->json)
        fputs("]\n", stdout);
    return CLI_OK;
}

static void print_flags(unsigned flags)
{
    if (flags & PK_RESULT_ROLLED)
        printf("  %s\n", cli_msg(CLI_MSG_DL_ROLLED));
    if (flags & PK_RESULT_ESTIMATED)
        printf("  %s\n", cli_msg(CLI_MSG_DL_ESTIMATED));
}

static int run_one(const opts *o, const pk_workcal *cal)
{
    const pk_deadline_rule *rule;
    pk_error err;
    pk_error_clear(&err);
    pk_status s = pk_deadline_find(&rule, o->name, &err);
    if (s != PK_OK) {
        cli_report(s, &err, 0);
        fprintf(stderr, "pilkada: see 'pilkada deadline --list'\n");
        return CLI_USAGE;
    }
    pk_deadline dl;
    s = pk_deadline_compute(&dl, cal, rule->id, o->from, &err);
    if (s != PK_OK)
        return cli_report(s, &err, 0);
    char a[PK_DATE_STRLEN], b[PK_DATE_STRLEN];
    if (o->json) {
        fputs("{\"deadline\": ", stdout);
        json_rule(stdout, rule);
        fputs(", \"from\": ", stdout);
        cli_json_date(stdout, o->from, 1);
        fputs(", \"due\": ", stdout);
        cli_json_date(stdout, dl.due, 1);
        printf(", \"estimated\": %s}\n", (dl.flags & PK_RESULT_ESTIMATED) ? "true" : "false");
        return CLI_OK;
    }
    char amount[64];
    printf("%s: %s\n", rule->slug, cli_lang() == PK_LANG_ID ? rule->name_id : rule->name_en);
    printf("  %-7s %s %-9s  %s\n", cli_msg(CLI_MSG_DL_FROM), cli_date_str(o->from, a), wday(o->from), rule->trigger);
    printf("  %-7s %s %-9s  %s\n", cli_msg(CLI_MSG_DL_DUE), cli_date_str(dl.due, b), wday(dl.due),
           cli_msg(CLI_MSG_DL_LAST_DAY));
    printf("  %-7s %s, %s [%s]\n", cli_msg(CLI_MSG_DL_RULE), unit_amount(amount, sizeof amount, rule), rule->basis,
           pk_source_status_name(rule->status));
    printf("  %-7s \"%s\"\n", cli_msg(CLI_MSG_DL_QUOTE), rule->quote);
    if (rule->note)
        printf("  %-7s %s\n", cli_msg(CLI_MSG_DL_NOTE), rule->note);
    print_flags(dl.flags);
    return CLI_OK;
}

/* Why working-day arithmetic failed with PK_ERANGE: outside the holiday
 * table's years (then --estimate helps), or, with --estimate, past the dates
 * the library handles (then it does not). */
static int range_error(const opts *o)
{
    int first = 0, last = 0;
    if (o->wo.allow_estimate)
        cli_errorm(CLI_MSG_DL_RANGE_LIB, PK_DATE_MIN_YEAR, PK_DATE_MAX_YEAR);
    else if (!o->table || pk_holidays_years(&first, &last, o->table, NULL) != PK_OK)
        cli_errorm(CLI_MSG_DL_RANGE_TABLE, 0, 0);
    else
        cli_errorm(CLI_MSG_DL_RANGE_TABLE, first, last);
    return CLI_FAIL;
}

static int run_workdays(const opts *o, const pk_workcal *cal)
{
    if (o->have_add == o->have_to) {
        cli_errorf("deadline workdays needs exactly one of --add N and --count-to DATE");
        return CLI_USAGE;
    }
    char a[PK_DATE_STRLEN], b[PK_DATE_STRLEN];
    unsigned flags = 0;
    if (o->have_add) {
        pk_date r;
        pk_status s = pk_workcal_add(&r, &flags, cal, o->from, (int32_t)o->add, NULL);
        if (s == PK_ERANGE)
            return range_error(o);
        if (s != PK_OK) {
            cli_errorm(CLI_MSG_DL_NOT_WORKDAY);
            return CLI_FAIL;
        }
        if (o->json) {
            fputs("{\"from\": ", stdout);
            cli_json_date(stdout, o->from, 1);
            printf(", \"add\": %ld, \"result\": ", o->add);
            cli_json_date(stdout, r, 1);
            printf(", \"rolled\": %s, \"estimated\": %s}\n", (flags & PK_RESULT_ROLLED) ? "true" : "false",
                   (flags & PK_RESULT_ESTIMATED) ? "true" : "false");
        } else {
            cli_printm(stdout, CLI_MSG_DL_ADD, cli_date_str(o->from, a), o->add, cli_date_str(r, b), wday(r));
            putchar('\n');
            print_flags(flags);
        }
        return CLI_OK;
    }
    int32_t n = 0;
    pk_status s = pk_workcal_count(&n, &flags, cal, o->from, o->to, NULL);
    if (s != PK_OK)
        return range_error(o);
    if (o->json) {
        fputs("{\"from\": ", stdout);
        cli_json_date(stdout, o->from, 1);
        fputs(", \"to\": ", stdout);
        cli_json_date(stdout, o->to, 1);
        printf(", \"working_days\": %ld, \"estimated\": %s}\n", (long)n,
               (flags & PK_RESULT_ESTIMATED) ? "true" : "false");
    } else {
        cli_printm(stdout, CLI_MSG_DL_COUNT, (long)n, cli_date_str(o->from, a), cli_date_str(o->to, b));
        putchar('\n');
        print_flags(flags);
    }
    return CLI_OK;
}

/* The Gakkumdu criminal track, every step at its maximum. Each step is
 * named by its deadline's name in data/deadlines.csv (name_id, name_en). */
static const pk_deadline_id chain[] = {
    PK_DEADLINE_FOLLOWUP,      PK_DEADLINE_FOLLOWUP_EXTENDED, PK_DEADLINE_GAKKUMDU_FORWARD,
    PK_DEADLINE_INVESTIGATION, PK_DEADLINE_PROSECUTION,       PK_DEADLINE_PN_VERDICT,
    PK_DEADLINE_APPEAL_FILING, PK_DEADLINE_APPEAL_TRANSFER,   PK_DEADLINE_PT_VERDICT,
};

static int run_chain(const opts *o, const pk_workcal *cal)
{
    pk_deadline steps[sizeof chain / sizeof chain[0]];
    pk_date at = o->from;
    unsigned flags = 0;
    for (size_t i = 0; i < sizeof chain / sizeof chain[0]; i++) {
        pk_error err;
        pk_error_clear(&err);
        pk_status s = pk_deadline_compute(&steps[i], cal, chain[i], at, &err);
        if (s != PK_OK)
            return cli_report(s, &err, 0);
        at = steps[i].due;
        flags |= steps[i].flags;
    }
    char a[PK_DATE_STRLEN];
    if (o->json) {
        fputs("{\"from\": ", stdout);
        cli_json_date(stdout, o->from, 1);
        printf(", \"latest_possible_dates\": true, \"estimated\": %s, \"steps\": [\n",
               (flags & PK_RESULT_ESTIMATED) ? "true" : "false");
        for (size_t i = 0; i < sizeof chain / sizeof chain[0]; i++) {
            const pk_deadline_rule *r = steps[i].rule;
            fputs("  {\"step\": ", stdout);
            cli_json_str(stdout, r->name_en);
            fputs(", \"slug\": ", stdout);
            cli_json_str(stdout, r->slug);
            fputs(", \"from\": ", stdout);
            cli_json_date(stdout, steps[i].trigger, 1);
            fputs(", \"latest\": ", stdout);
            cli_json_date(stdout, steps[i].due, 1);
            printf(", \"amount\": %d, \"unit\": \"%s\", \"basis\": ", r->amount, unit_name(r->unit));
            cli_json_str(stdout, r->basis);
            fputs(i + 1 < sizeof chain / sizeof chain[0] ? "},\n" : "}\n", stdout);
        }
        fputs("]}\n", stdout);
        return CLI_OK;
    }
    cli_printm(stdout, CLI_MSG_DL_CHAIN_HEAD, cli_date_str(o->from, a));
    printf("  %-21s %s\n", cli_msg(CLI_MSG_DL_CHAIN_LATEST), cli_msg(CLI_MSG_DL_CHAIN_STEP));
    printf("  %-10s %-10s %s\n", cli_date_str(o->from, a), wday(o->from), cli_msg(CLI_MSG_DL_CHAIN_START));
    int id = cli_lang() == PK_LANG_ID;
    for (size_t i = 0; i < sizeof chain / sizeof chain[0]; i++) {
        const pk_deadline_rule *r = steps[i].rule;
        char n[48];
        printf("  %-10s %-10s %s (%s)\n  %-21s +%s, %s\n", cli_date_str(steps[i].due, a), wday(steps[i].due),
               id ? r->name_id : r->name_en, r->slug, "",
               cli_fmtm(n, sizeof n, r->unit == PK_DAYS_WORKING ? CLI_MSG_DL_WORKING_DAYS : CLI_MSG_DL_CALENDAR_DAYS,
                        r->amount),
               r->basis);
    }
    cli_printm(stdout, CLI_MSG_DL_CHAIN_NOT_INCLUDED);
    print_flags(flags);
    return CLI_OK;
}

static int run(int argc, char **argv)
{
    opts o;
    int rc = parse_args(argc, argv, &o);
    if (rc < 0)
        return CLI_OK; /* --help */
    if (rc != CLI_OK)
        return rc;
    if (o.list) {
        if (o.name || o.have_from) {
            cli_errorf("deadline --list takes no NAME or --from");
            return CLI_USAGE;
        }
        return run_list(&o);
    }
    if (!o.name) {
        usage(stderr);
        return CLI_USAGE;
    }
    if (!o.have_from) {
        cli_errorf("deadline %s needs --from DATE", o.name);
        return CLI_USAGE;
    }
    int is_workdays = strcmp(o.name, "workdays") == 0;
    if (!is_workdays && (o.have_add || o.have_to)) {
        cli_errorf("--add and --count-to belong to 'pilkada deadline workdays'");
        return CLI_USAGE;
    }
    pk_workcal *owned = NULL;
    const pk_workcal *cal = pk_workcal_builtin();
    pk_holiday_table *decree = NULL, *merged = NULL;
    if (o.custom) {
        pk_error err;
        pk_error_clear(&err);
        pk_status s = PK_OK;
        if (o.holidays_file) {
            /* a new decree extends the built-in table; the merged table
             * borrows its strings, so both live until the end */
            s = pk_holidays_load_file(&decree, o.holidays_file, &err);
            if (s == PK_OK)
                s = pk_holidays_merge(&merged, pk_holidays_builtin(), decree, &err);
        }
        if (s == PK_OK)
            s = pk_workcal_new(&owned, merged, &o.wo, &err);
        if (s != PK_OK) {
            pk_holidays_free(merged);
            pk_holidays_free(decree);
            return cli_report(s, &err, 1);
        }
        cal = owned;
    }
    o.table = merged ? merged : pk_holidays_builtin();
    if (is_workdays)
        rc = run_workdays(&o, cal);
    else if (strcmp(o.name, "chain") == 0)
        rc = run_chain(&o, cal);
    else
        rc = run_one(&o, cal);
    pk_workcal_free(owned);
    pk_holidays_free(merged);
    pk_holidays_free(decree);
    return rc;
}

const cli_command cli_cmd_deadline = {
    "deadline",
    "NAME|chain|workdays --from DATE | --list",
    CLI_MSG_SUM_DEADLINE,
    run,
};
