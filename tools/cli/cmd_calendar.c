/* pilkada phase | schedule | ics: the schedule engine (pilkada/schedule.h). */
#include <errno.h>
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
    const char *region;   /* --region (phase) */
    int json;
    int include_undated;
} cal_opts;

enum { ALLOW_DATE = 1, ALLOW_JSON = 2, ALLOW_ICS = 4 };

static void help_phase(FILE *f)
{
    cli_printm(f, CLI_MSG_HELP_PHASE);
}

static void help_schedule(FILE *f)
{
    cli_printm(f, CLI_MSG_HELP_SCHEDULE);
}

static void help_ics(FILE *f)
{
    cli_printm(f, CLI_MSG_HELP_ICS);
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
        if ((allow & ALLOW_DATE) && (r = cli_opt_value(argc, argv, &i, "--region", &v)) != 0) {
            if (r < 0)
                return CLI_USAGE;
            o->region = v;
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
        cli_errorm(CLI_MSG_ERR_UNEXPECTED_ARG, argv[0], a, argv[0]);
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

static const char *position_text(pk_phase_position p)
{
    switch (p) {
    case PK_PHASE_BEFORE: return cli_msg(CLI_MSG_PH_BEFORE);
    case PK_PHASE_DURING: return cli_msg(CLI_MSG_PH_DURING);
    case PK_PHASE_BETWEEN: return cli_msg(CLI_MSG_PH_BETWEEN);
    case PK_PHASE_AFTER: return cli_msg(CLI_MSG_PH_AFTER);
    }
    return "?";
}

/* "in 3 days" / "3 hari lagi", "today", "2 days ago". */
static const char *days_text(char *buf, size_t size, long n)
{
    if (n == 0)
        return cli_fmtm(buf, size, CLI_MSG_PH_TODAY);
    if (n == 1)
        return cli_fmtm(buf, size, CLI_MSG_PH_IN_1_DAY);
    if (n == -1)
        return cli_fmtm(buf, size, CLI_MSG_PH_1_DAY_AGO);
    return n > 0 ? cli_fmtm(buf, size, CLI_MSG_PH_IN_DAYS, n) : cli_fmtm(buf, size, CLI_MSG_PH_DAYS_AGO, -n);
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
        snprintf(buf, size, "%-22s", cli_msg(CLI_MSG_SC_UNDATED));
    else
        snprintf(buf, size, "%10s..%-10s", a, b);
    return buf;
}

/* The stage's name in the run's language, else the other one, else its id. */
static const char *stage_name(const pk_stage *st)
{
    const char *first = cli_lang() == PK_LANG_ID ? st->name_id : st->name_en;
    const char *second = cli_lang() == PK_LANG_ID ? st->name_en : st->name_id;
    return first ? first : second ? second : st->id;
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
    pk_phase_options po = PK_PHASE_OPTIONS_INIT;
    po.region = o.region;
    long year = 0;
    if (o.cycle && o.region && strlen(o.cycle) == 4 && cli_parse_int(o.cycle, "--cycle", 1000, 2199, &year) != CLI_OK)
        return CLI_USAGE;
    if (o.file || (o.cycle && !year)) {
        /* an explicit schedule: the region does not change it */
        if ((rc = load(&o, &s, &owned)) != CLI_OK)
            return rc;
        po.schedule = s;
    }
    po.cycle = (int)year;
    pk_phase ph = PK_PHASE_INIT;
    pk_error err;
    pk_error_clear(&err);
    pk_status st = pk_schedule_phase_at(&ph, &s, date, &po, &err);
    if (st != PK_OK) {
        cli_report(st, &err, 0);
        pk_schedule_free(owned);
        return CLI_USAGE;
    }
    const pk_stage *act[64];
    size_t n = 0;
    if (pk_schedule_active(act, 64, &n, s, date, NULL) != PK_OK) {
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
        printf(",\"cycle\":%d,\"regions\":", pk_schedule_cycle(s));
        cli_json_str(stdout, pk_schedule_regions(s));
        fputs(",\"follows\":", stdout);
        cli_json_str(stdout, pk_schedule_follows(s));
        printf(",\"position\":\"%s\",\"top\":", position_name(ph.position));
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
        char longd[PK_DATE_LONG_STRLEN], days[64];
        pk_date_format_long(longd, sizeof longd, date, cli_lang(), NULL);
        cli_label(CLI_MSG_PH_DATE);
        printf("%s (%s)\n", cli_date_str(date, d1), longd);
        cli_label(CLI_MSG_PH_SCHEDULE);
        printf("%s (%s)\n", pk_schedule_id(s),
               cli_lang() == PK_LANG_ID && pk_schedule_title_id(s) ? pk_schedule_title_id(s) : pk_schedule_title(s));
        if (pk_schedule_regions(s)) {
            cli_label(CLI_MSG_PH_REGIONS);
            printf("%s", pk_schedule_regions(s));
            if (pk_schedule_follows(s))
                cli_printm(stdout, CLI_MSG_PH_REPEATS, pk_schedule_follows(s));
            putchar('\n');
        }
        cli_label(CLI_MSG_PH_POSITION);
        printf("%s\n", position_text(ph.position));
        if (ph.top) {
            cli_label(CLI_MSG_PH_TOP);
            printf("%s (%s)\n", ph.top->id, stage_name(ph.top));
        }
        if (ph.innermost) {
            cli_label(CLI_MSG_PH_INNERMOST);
            printf("%s (%s)\n", ph.innermost->id, stage_name(ph.innermost));
        }
        if (ph.innermost && ph.innermost->critical) {
            cli_label(CLI_MSG_PH_CRITICAL);
            printf("%s (Bawaslu)\n", pk_critical_name(ph.innermost->critical));
        }
        if (n) {
            printf("%s\n", cli_msg(CLI_MSG_PH_ACTIVE));
            for (size_t i = 0; i < n; i++)
                printf("  %s  %-28s %s [%s]\n", span_str(act[i], buf, sizeof buf), act[i]->id, stage_name(act[i]),
                       pk_source_status_name(act[i]->status));
        }
        cli_label(CLI_MSG_PH_NEXT);
        if (ph.next) {
            pk_date key = (ph.next->flags & PK_STAGE_HAS_START) ? ph.next->start : ph.next->end;
            pk_date_format_long(longd, sizeof longd, key, cli_lang(), NULL);
            cli_printm(stdout, CLI_MSG_PH_ON, ph.next->id, stage_name(ph.next), longd);
            printf(", %s\n", days_text(days, sizeof days, (long)ph.days_to_next));
        } else {
            printf("%s\n", cli_msg(CLI_MSG_PH_NONE));
        }
        if (has_vote) {
            cli_label(CLI_MSG_PH_VOTING);
            printf("%s\n", days_text(days, sizeof days, (long)to_vote));
        }
    }
    pk_schedule_free(owned);
    return CLI_OK;
}

/* Stages sorted by address, to find a stage's date-order position from the
 * pointer pk_schedule_parent() returns (O(log n) per stage). */
typedef struct stage_pos {
    const pk_stage *st;
    size_t pos;
} stage_pos;

static int by_address(const void *a, const void *b)
{
    const pk_stage *x = ((const stage_pos *)a)->st, *y = ((const stage_pos *)b)->st;
    return x < y ? -1 : x > y;
}

/* Indentation: two spaces a level up to this depth; deeper stages print their
 * level instead, so the output of a deep chain stays linear in its size. */
#define TREE_MAX_INDENT 32

static void print_stage(const pk_stage *st)
{
    char span[64];
    span_str(st, span, sizeof span);
    int indent = st->depth < TREE_MAX_INDENT ? st->depth : TREE_MAX_INDENT;
    printf("%s %c%c %*s", span, (st->flags & PK_STAGE_SPAN_DERIVED) ? '~' : ' ',
           (st->flags & PK_STAGE_MILESTONE) ? '*' : ' ', indent * 2, "");
    if (st->depth > TREE_MAX_INDENT)
        cli_printm(stdout, CLI_MSG_SC_LEVEL, st->depth);
    printf("%s  %s [%s; %s]", st->id, stage_name(st), pk_source_status_name(st->status),
           st->basis ? st->basis : cli_msg(CLI_MSG_SC_NO_BASIS));
    if (st->critical)
        printf(" CRITICAL:%s", pk_critical_name(st->critical));
    putchar('\n');
}

/* Print the stages as a tree: each stage's children in date order after it,
 * depth first. Iterative (a parent chain as deep as the file allows needs no
 * stack) and O(n log n): the children lists are built once, in one pass over
 * the stages in date order. Returns CLI_OK, or CLI_FAIL when out of memory
 * or when output stops (a write error). */
static int print_tree(const pk_schedule *s)
{
    size_t n = pk_schedule_stage_count(s);
    if (n == 0)
        return CLI_OK;
    const size_t none = (size_t)-1;
    stage_pos *pos = malloc(n * sizeof *pos);
    size_t *first = malloc(n * sizeof *first); /* first child, in date order */
    size_t *last = malloc(n * sizeof *last);   /* last child so far */
    size_t *next = malloc(n * sizeof *next);   /* next sibling */
    size_t *stack = malloc(n * sizeof *stack);
    int rc = CLI_OK;
    if (!pos || !first || !last || !next || !stack) {
        cli_errorf("schedule: out of memory");
        rc = CLI_FAIL;
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        pos[i].st = pk_schedule_stage_at(s, i);
        pos[i].pos = i;
        first[i] = last[i] = next[i] = none;
    }
    qsort(pos, n, sizeof *pos, by_address);
    size_t root_first = none, root_last = none;
    for (size_t i = 0; i < n; i++) { /* date order, so each list stays in date order */
        stage_pos key = {pk_schedule_parent(s, pk_schedule_stage_at(s, i)), 0};
        const stage_pos *p = key.st ? bsearch(&key, pos, n, sizeof *pos, by_address) : NULL;
        size_t *head = p ? &first[p->pos] : &root_first, *tail = p ? &last[p->pos] : &root_last;
        if (*tail == none)
            *head = i;
        else
            next[*tail] = i;
        *tail = i;
    }
    /* depth first with an explicit stack of the next sibling to visit */
    size_t depth = 0;
    if (root_first != none)
        stack[depth++] = root_first;
    while (depth > 0 && !cli_out_failed()) {
        size_t i = stack[depth - 1];
        stack[depth - 1] = next[i]; /* when back at this level, go on with the sibling */
        if (stack[depth - 1] == none)
            depth--;
        print_stage(pk_schedule_stage_at(s, i));
        if (first[i] != none)
            stack[depth++] = first[i];
    }
done:
    free(pos);
    free(first);
    free(last);
    free(next);
    free(stack);
    return rc;
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
        for (size_t i = 0; i < n && !cli_out_failed(); i++) {
            if (i)
                fputs(",\n", stdout);
            json_stage(stdout, pk_schedule_stage_at(s, i));
        }
        fputs("]}\n", stdout);
    } else {
        int id = cli_lang() == PK_LANG_ID;
        printf("%s: %s\n%s\n", pk_schedule_id(s), id ? pk_schedule_title_id(s) : pk_schedule_title(s),
               id ? pk_schedule_title(s) : pk_schedule_title_id(s));
        cli_printm(stdout, CLI_MSG_SC_HEADER, pk_schedule_cycle(s), pk_schedule_basis(s), n);
        fputs("\n\n", stdout);
        rc = print_tree(s);
    }
    pk_schedule_free(owned);
    return rc;
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
    opts.lang = cli_lang();
    char *text = NULL;
    size_t len = 0;
    pk_error err;
    pk_error_clear(&err);
    pk_status st = pk_schedule_to_ics(&text, &len, s, &opts, &err);
    pk_schedule_free(owned);
    if (st != PK_OK)
        return cli_report(st, &err, 1);
    if (!o.output) { /* standard output: checked at exit (cli_out_finish) */
        if (fwrite(text, 1, len, stdout) != len)
            cli_out_failed(); /* keeps the OS reason */
        pk_free(text);
        return CLI_OK;
    }
    FILE *f = fopen(o.output, "wb");
    if (!f) {
        cli_errorm(CLI_MSG_ERR_CANNOT_WRITE, "ics", o.output, strerror(errno));
        pk_free(text);
        return CLI_FAIL;
    }
    errno = 0;
    int bad = fwrite(text, 1, len, f) != len;
    int e = errno;
    pk_free(text);
    if (fclose(f) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    if (bad) {
        cli_errorm(CLI_MSG_ERR_WRITE_ON, "ics", o.output, strerror(e ? e : EIO));
        return CLI_FAIL;
    }
    return CLI_OK;
}

const cli_command cli_cmd_phase = {"phase", "[DATE] [--cycle ID|--file PATH]",
                                   CLI_MSG_SUM_PHASE, run_phase};
const cli_command cli_cmd_schedule = {"schedule", "[--cycle ID|--file PATH]", CLI_MSG_SUM_SCHEDULE,
                                      run_schedule};
const cli_command cli_cmd_ics = {"ics", "[--cycle ID|--file PATH] [-o FILE]",
                                 CLI_MSG_SUM_ICS, run_ics};
