/* pilkada region lookup|search|resolve|find-in-text|list|counts: the region registry at four levels (pilkada/region.h, pilkada/place.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void help(FILE *f)
{
    cli_printm(f, CLI_MSG_HELP_REGION);
}

static void json_region(FILE *f, const pk_region *r)
{
    if (!r) {
        fputs("null", f);
        return;
    }
    fputs("{\"code\":", f);
    cli_json_str(f, r->code);
    fprintf(f, ",\"code_num\":%d,\"name\":", r->code_num);
    cli_json_str(f, r->name);
    fputs(",\"full_name\":", f);
    cli_json_str(f, r->full_name);
    fputs(",\"kind\":", f);
    cli_json_str(f, pk_region_kind_name((int)r->kind));
    fputs(",\"parent_code\":", f);
    cli_json_str(f, r->parent_code);
    fputs(",\"capital\":", f);
    cli_json_str(f, r->capital);
    fprintf(f, ",\"special\":%u}", r->special);
}

static void print_region(const pk_region *r)
{
    cli_printm(stdout, CLI_MSG_RG_REGION, r->code, r->full_name, pk_region_kind_name((int)r->kind), r->capital);
}

static void json_place(FILE *f, const pk_place *p)
{
    fputs("{\"code\":", f);
    cli_json_str(f, p->code);
    fprintf(f, ",\"level\":");
    cli_json_str(f, pk_place_level_name(p->level));
    fputs(",\"kind\":", f);
    cli_json_str(f, pk_place_kind_name(p->kind));
    fputs(",\"name\":", f);
    cli_json_str(f, p->name);
    fputs(",\"kind_label\":", f);
    cli_json_str(f, p->kind_label);
    fputs(",\"head\":", f);
    cli_json_str(f, p->head);
    fputs(",\"head_basis\":", f);
    cli_json_str(f, p->head_basis);
    fputs(",\"region\":", f);
    cli_json_str(f, p->region ? p->region->code : NULL);
    fputs(",\"province\":", f);
    cli_json_str(f, p->province->code);
    fputs("}", f);
}

/* The name as written after its kind word: a name that already starts with it ("Desa Beru",
 * "Desa Adat Yoboi", "Kampung Baru" in Papua) is not prefixed again ("Desa Desa Beru"). */
static const char *name_after_label(const char *label, const char *name)
{
    size_t n = label && name ? strlen(label) : 0;
    return n && strncmp(name, label, n) == 0 && name[n] == ' ' ? name + n + 1 : name;
}

static void print_place(const pk_place *p, int indent)
{
    char code[40];
    snprintf(code, sizeof code, "%*s%-13s", indent, "", p->code);
    cli_printm(stdout, CLI_MSG_RG_PLACE, code, p->kind_label, name_after_label(p->kind_label, p->name),
               pk_place_kind_name(p->kind),
               p->head && *p->head ? p->head : cli_msg(CLI_MSG_PH_NONE));
}

/* a place described for output; 0 if the id is not valid */
static int get_place(pk_place *p, pk_place_id id)
{
    *p = (pk_place)PK_PLACE_INIT;
    return pk_place_get(p, id, NULL) == PK_OK;
}

static void print_elections(const pk_region *r, int json)
{
    for (size_t i = 0; i < pk_region_cycle_count(); i++) {
        const pk_region_cycle *c = pk_region_cycle_at(i);
        pk_region_election e;
        pk_status s = pk_region_election_in(&e, r, c->year, NULL);
        if (json) {
            fprintf(stdout, "%s{\"year\":%d,", i ? "," : "", c->year);
            if (s != PK_OK) {
                fputs("\"elects\":null}", stdout);
                continue;
            }
            fprintf(stdout, "\"elects\":%s,\"election\":", e.elects ? "true" : "false");
            cli_json_str(stdout, e.election);
            fputs(",\"title\":", stdout);
            cli_json_str(stdout, e.title);
            fputs(",\"organiser\":", stdout);
            cli_json_str(stdout, e.organiser);
            fputs(",\"supervisor\":", stdout);
            cli_json_str(stdout, e.supervisor);
            fprintf(stdout, ",\"majority_percent\":%d,\"status\":", e.majority_percent);
            cli_json_str(stdout, pk_source_status_name(e.status));
            fputs("}", stdout);
        } else if (s != PK_OK) {
            cli_printm(stdout, CLI_MSG_RG_UNKNOWN, c->year, pk_strerror_lang(s, cli_lang()));
        } else if (!e.elects) {
            cli_printm(stdout, CLI_MSG_RG_NO_ELECTION, c->year);
        } else {
            cli_printm(stdout, CLI_MSG_RG_ELECTION, c->year, e.title, e.organiser, e.supervisor,
                       e.majority_percent ? cli_msg(CLI_MSG_RG_MAJORITY) : "");
        }
    }
}

static int cmd_lookup(int argc, char **argv, int json)
{
    if (argc != 1) {
        cli_errorf("region lookup needs exactly one CODE");
        return CLI_USAGE;
    }
    const pk_region *r;
    unsigned how = 0;
    pk_error err;
    pk_error_clear(&err);
    const char *c = argv[0];
    while (*c == ' ')
        c++;
    if (*c && (*c < '0' || *c > '9')) { /* a name: point to the command that takes names */
        cli_errorm(CLI_MSG_ERR_REGION_CODE_EXPECTED, argv[0]);
        return CLI_USAGE;
    }
    pk_place place = PK_PLACE_INIT;
    pk_status s = pk_place_lookup(&place, NULL, argv[0], &err);
    if (s == PK_OK)
        s = pk_region_lookup(&r, &how, argv[0], &err);
    if (s != PK_OK)
        return cli_report(s, &err, 0);
    if (place.level >= PK_PLACE_KABKOTA)
        r = place.region; /* also for district and village codes */
    how &= ~PK_REGION_CODE_PREFIX;
    if (json) {
        fputs("{\"place\":", stdout);
        json_place(stdout, &place);
        fputs(",\"chain\":[", stdout);
        pk_place up;
        int first = 1;
        for (pk_place_id id = place.parent; id && get_place(&up, id); id = up.parent) {
            fputs(first ? "" : ",", stdout);
            json_place(stdout, &up);
            first = 0;
        }
        fputs("],\"region\":", stdout);
        json_region(stdout, r);
        fprintf(stdout, ",\"old_code\":%s,\"prefix_of_longer_code\":%s,\"elections\":[",
                how & PK_REGION_CODE_OLD ? "true" : "false", how & PK_REGION_CODE_PREFIX ? "true" : "false");
        print_elections(r, 1);
        fputs("]}\n", stdout);
        return CLI_OK;
    }
    if (place.level >= PK_PLACE_KECAMATAN) {
        print_place(&place, 0);
        pk_place up;
        for (pk_place_id id = place.parent; id && get_place(&up, id); id = up.parent)
            cli_printm(stdout, CLI_MSG_RG_IN_PLACE, up.kind_label, name_after_label(up.kind_label, up.name), up.code);
        cli_printm(stdout, CLI_MSG_RG_HEAD, pk_place_head_basis(&place, cli_lang()));
    }
    print_region(r);
    if (how & PK_REGION_CODE_OLD)
        cli_printm(stdout, CLI_MSG_RG_OLD_CODE, argv[0], r->code);
    const pk_region *p = pk_region_parent(r);
    if (p)
        cli_printm(stdout, CLI_MSG_RG_IN, p->full_name, p->code);
    print_elections(r, 0);
    return CLI_OK;
}

static int cmd_search(int argc, char **argv, int json)
{
    const char *name = NULL;
    long limit = 5;
    for (int i = 0; i < argc;) {
        const char *v;
        int m = cli_opt_value(argc, argv, &i, "--limit", &v);
        if (m < 0)
            return CLI_USAGE;
        if (m > 0) {
            if (cli_parse_int(v, "--limit", 1, 64, &limit) != CLI_OK)
                return CLI_USAGE;
            continue;
        }
        if (name) {
            cli_errorf("region search takes one NAME (quote names with spaces)");
            return CLI_USAGE;
        }
        name = argv[i++];
    }
    if (!name) {
        cli_errorf("region search needs a NAME");
        return CLI_USAGE;
    }
    pk_region_candidate c[64];
    pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
    pk_error err;
    pk_error_clear(&err);
    pk_status s = pk_region_resolve(&res, c, (size_t)limit, name, NULL, &err);
    if (s != PK_OK && s != PK_EAMBIGUOUS && s != PK_ENOTFOUND)
        return cli_report(s, &err, 0);
    if (json) {
        fputs("{\"status\":", stdout);
        cli_json_str(stdout, pk_status_name(s));
        fputs(",\"region\":", stdout);
        json_region(stdout, res.region);
        fputs(",\"kind_hint\":", stdout);
        cli_json_str(stdout, res.kind_hint >= 0 ? pk_region_kind_name(res.kind_hint) : NULL);
        fprintf(stdout, ",\"total\":%zu,\"candidates\":[", res.total);
        for (size_t i = 0; i < res.ncandidates; i++) {
            fprintf(stdout, "%s{\"score\":%.3f,\"distance\":%d,\"matched\":", i ? "," : "", c[i].score,
                    c[i].distance);
            cli_json_str(stdout, c[i].matched);
            fputs(",\"region\":", stdout);
            json_region(stdout, c[i].region);
            fputs("}", stdout);
        }
        fputs("]}\n", stdout);
    } else {
        if (s == PK_OK)
            printf("%s %s\n", res.region->code, res.region->full_name);
        else if (s == PK_EAMBIGUOUS)
            cli_printm(stdout, CLI_MSG_RG_AMBIGUOUS, name, res.total);
        else
            cli_printm(stdout, CLI_MSG_RG_NOT_FOUND, name, res.ncandidates ? cli_msg(CLI_MSG_RG_DID_YOU_MEAN) : "");
        if (s != PK_OK)
            for (size_t i = 0; i < res.ncandidates; i++)
                cli_printm(stdout, CLI_MSG_RG_CANDIDATE, c[i].score, c[i].region->code, c[i].region->full_name,
                           c[i].matched);
    }
    return s == PK_OK ? CLI_OK : CLI_FAIL;
}

static int cmd_resolve(int argc, char **argv, int json)
{
    const char *name = NULL;
    long limit = 5;
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    for (int i = 0; i < argc;) {
        const char *v;
        int m;
        if ((m = cli_opt_value(argc, argv, &i, "--limit", &v)) != 0) {
            if (m < 0 || cli_parse_int(v, "--limit", 1, 64, &limit) != CLI_OK)
                return CLI_USAGE;
        } else if ((m = cli_opt_value(argc, argv, &i, "--level", &v)) != 0) {
            pk_error err;
            if (m < 0 || pk_place_level_parse(&o.level, v, &err) != PK_OK) {
                if (m > 0)
                    cli_errorf("--level: %s", err.text);
                return CLI_USAGE;
            }
        } else if ((m = cli_opt_value(argc, argv, &i, "--context", &v)) != 0) {
            pk_error err;
            if (m < 0 || pk_place_lookup(NULL, &o.context, v, &err) != PK_OK) {
                if (m > 0)
                    cli_errorf("--context: %s", err.text);
                return CLI_USAGE;
            }
        } else if ((m = cli_opt_value(argc, argv, &i, "--context-text", &v)) != 0) {
            if (m < 0)
                return CLI_USAGE;
            o.context_text = v;
        } else if (name) {
            cli_errorf("region resolve takes one NAME (quote names with spaces)");
            return CLI_USAGE;
        } else {
            name = argv[i++];
        }
    }
    if (!name) {
        cli_errorf("region resolve needs a NAME");
        return CLI_USAGE;
    }
    pk_place_candidate c[64];
    pk_place_resolution res = PK_PLACE_RESOLUTION_INIT;
    pk_error err;
    pk_error_clear(&err);
    pk_status s = pk_place_resolve(&res, c, (size_t)limit, name, &o, &err);
    if (s != PK_OK && s != PK_EAMBIGUOUS && s != PK_ENOTFOUND)
        return cli_report(s, &err, 0);
    static const char *const hows[] = {"name", "alias", "joined", "fuzzy"};
    pk_place p;
    if (json) {
        fputs("{\"status\":", stdout);
        cli_json_str(stdout, pk_status_name(s));
        fputs(",\"place\":", stdout);
        if (s == PK_OK && get_place(&p, res.id))
            json_place(stdout, &p);
        else
            fputs("null", stdout);
        fprintf(stdout, ",\"total\":%zu,\"candidates\":[", res.total);
        for (size_t i = 0; i < res.ncandidates; i++) {
            if (!get_place(&p, c[i].id))
                continue;
            fprintf(stdout, "%s{\"score\":%.3f,\"how\":", i ? "," : "", c[i].score);
            cli_json_str(stdout, hows[c[i].how]);
            fputs(",\"place\":", stdout);
            json_place(stdout, &p);
            fputs("}", stdout);
        }
        fputs("]}\n", stdout);
    } else {
        if (s == PK_OK && get_place(&p, res.id)) {
            print_place(&p, 0);
            if (p.region && p.level > PK_PLACE_KABKOTA)
                cli_printm(stdout, CLI_MSG_RG_IN, p.region->full_name, p.region->code);
        } else if (s == PK_EAMBIGUOUS) {
            cli_printm(stdout, CLI_MSG_RG_AMBIGUOUS_PLACES, name, res.total);
        } else {
            cli_printm(stdout, CLI_MSG_RG_NOT_FOUND, name, "");
        }
        if (s != PK_OK)
            for (size_t i = 0; i < res.ncandidates; i++)
                if (get_place(&p, c[i].id)) {
                    printf("  %.2f  ", c[i].score);
                    print_place(&p, 0);
                }
    }
    return s == PK_OK ? CLI_OK : CLI_FAIL;
}

/* find-in-text --all-levels: the four-level search */
static int find_places(const char *text, size_t len, const pk_place_options *o, int json)
{
    size_t total = 0;
    pk_error err;
    pk_error_clear(&err);
    pk_status s = pk_place_find_in_text(NULL, 0, &total, text, len, o, &err);
    pk_place_mention *m = NULL;
    if (s == PK_OK && total) {
        m = calloc(total, sizeof *m);
        if (!m) {
            cli_errorf("out of memory");
            return CLI_FAIL;
        }
        s = pk_place_find_in_text(m, total, &total, text, len, o, &err);
    }
    if (s != PK_OK) {
        free(m);
        return cli_report(s, &err, 0);
    }
    if (json)
        fputs("{\"mentions\":[", stdout);
    for (size_t i = 0; i < total; i++) {
        pk_place p;
        if (!get_place(&p, m[i].id))
            continue;
        if (json) {
            fprintf(stdout, "%s{\"start\":%zu,\"end\":%zu,\"text\":", i ? "," : "", m[i].start, m[i].end);
            char tmp[300];
            size_t n = m[i].end - m[i].start < sizeof tmp - 1 ? m[i].end - m[i].start : sizeof tmp - 1;
            memcpy(tmp, text + m[i].start, n);
            tmp[n] = '\0';
            cli_json_str(stdout, tmp);
            fprintf(stdout, ",\"ambiguous\":%s,\"total\":%zu,\"place\":", m[i].ambiguous ? "true" : "false",
                    m[i].total);
            json_place(stdout, &p);
            fputs(",\"candidates\":[", stdout);
            for (size_t j = 0; j < m[i].ncandidates; j++) {
                pk_place q;
                fputs(j ? "," : "", stdout);
                cli_json_str(stdout, get_place(&q, m[i].candidates[j].id) ? q.code : NULL);
            }
            fputs("]}", stdout);
        } else {
            printf("%zu-%zu  %-34.*s  %s%s %s %s; %s\n", m[i].start, m[i].end, (int)(m[i].end - m[i].start),
                   text + m[i].start, m[i].ambiguous ? cli_msg(CLI_MSG_RG_AMBIGUOUS_BEST) : "", p.code, p.kind_label,
                   name_after_label(p.kind_label, p.name), p.region ? p.region->full_name : p.province->full_name);
        }
    }
    if (json)
        fprintf(stdout, "],\"total\":%zu}\n", total);
    free(m);
    return CLI_OK;
}

static int cmd_find(int argc, char **argv, int json)
{
    char *buf = NULL;
    const char *text;
    size_t len;
    int all = 0;
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    const char *arg = NULL;
    for (int i = 0; i < argc;) {
        const char *v;
        int m;
        if (cli_flag(argv[i], "--all-levels")) {
            all = 1;
            i++;
        } else if (cli_flag(argv[i], "--case-sensitive")) {
            o.flags |= PK_PLACE_CASE_SENSITIVE;
            i++;
        } else if (cli_flag(argv[i], "--weak")) {
            o.flags |= PK_PLACE_WEAK;
            i++;
        } else if ((m = cli_opt_value(argc, argv, &i, "--context", &v)) != 0) {
            pk_error err;
            if (m < 0 || pk_place_lookup(NULL, &o.context, v, &err) != PK_OK) {
                if (m > 0)
                    cli_errorf("--context: %s", err.text);
                return CLI_USAGE;
            }
        } else if (arg) {
            cli_errorf("find-in-text takes one TEXT argument or - for standard input");
            return CLI_USAGE;
        } else {
            arg = argv[i++];
        }
    }
    if (!all && (o.flags || o.context)) {
        cli_errorf("--context, --case-sensitive and --weak need --all-levels");
        return CLI_USAGE;
    }
    if (!arg || strcmp(arg, "-") == 0) {
        size_t cap = (all ? PK_PLACE_TEXT_MAX : PK_REGION_TEXT_MAX) + 1;
        buf = malloc(cap);
        if (!buf) {
            cli_errorf("out of memory");
            return CLI_FAIL;
        }
        len = fread(buf, 1, cap, stdin);
        if (ferror(stdin)) {
            cli_errorf("find-in-text: cannot read standard input: %s", strerror(errno));
            free(buf);
            return CLI_FAIL;
        }
        text = buf;
    } else {
        text = arg;
        len = strlen(text);
    }
    if (all) {
        int rc = find_places(text, len, &o, json);
        free(buf);
        return rc;
    }
    size_t total = 0;
    pk_error err;
    pk_error_clear(&err);
    pk_status s = pk_region_find_in_text(NULL, 0, &total, text, len, 0, &err);
    pk_region_mention *m = NULL;
    if (s == PK_OK && total) {
        m = calloc(total, sizeof *m);
        if (!m) {
            free(buf);
            cli_errorf("out of memory");
            return CLI_FAIL;
        }
        s = pk_region_find_in_text(m, total, &total, text, len, 0, &err);
    }
    if (s != PK_OK) {
        free(buf);
        free(m);
        return cli_report(s, &err, 0);
    }
    if (json)
        fputs("{\"mentions\":[", stdout);
    for (size_t i = 0; i < total && !cli_out_failed(); i++) {
        if (json) {
            fprintf(stdout, "%s{\"start\":%zu,\"end\":%zu,\"text\":", i ? "," : "", m[i].start, m[i].end);
            char tmp[300];
            size_t n = m[i].end - m[i].start < sizeof tmp - 1 ? m[i].end - m[i].start : sizeof tmp - 1;
            memcpy(tmp, text + m[i].start, n);
            tmp[n] = '\0';
            cli_json_str(stdout, tmp);
            fprintf(stdout, ",\"ambiguous\":%s,\"region\":", m[i].ambiguous ? "true" : "false");
            json_region(stdout, m[i].region);
            fputs(",\"candidates\":[", stdout);
            for (size_t j = 0; j < m[i].ncandidates; j++) {
                fputs(j ? "," : "", stdout);
                cli_json_str(stdout, m[i].candidates[j]->code);
            }
            fputs("]}", stdout);
        } else {
            printf("%zu-%zu  %-30.*s  ", m[i].start, m[i].end, (int)(m[i].end - m[i].start), text + m[i].start);
            if (m[i].region)
                printf("%s %s\n", m[i].region->code, m[i].region->full_name);
            else {
                fputs(cli_msg(CLI_MSG_RG_AMBIGUOUS_LIST), stdout);
                for (size_t j = 0; j < m[i].ncandidates; j++)
                    printf(" %s %s%s", m[i].candidates[j]->code, m[i].candidates[j]->full_name,
                           j + 1 < m[i].ncandidates ? ";" : "");
                printf("\n");
            }
        }
    }
    if (json)
        fprintf(stdout, "],\"total\":%zu}\n", total);
    free(m);
    free(buf);
    return CLI_OK;
}

static int parse_year(const char *v, long *year)
{
    return cli_parse_int(v, "--cycle", 1900, 2200, year);
}

static int cmd_list(int argc, char **argv, int json, int counts_only)
{
    pk_region_filter f = PK_REGION_FILTER_INIT;
    long year = 0;
    const char *parent = NULL;
    for (int i = 0; i < argc;) {
        const char *v;
        int m;
        if (!counts_only && (m = cli_opt_value(argc, argv, &i, "--parent", &v)) != 0) {
            if (m < 0)
                return CLI_USAGE;
            parent = v;
        } else if ((m = cli_opt_value(argc, argv, &i, "--cycle", &v)) != 0) {
            if (m < 0 || parse_year(v, &year) != CLI_OK)
                return CLI_USAGE;
            f.year = (int)year;
        } else if (!counts_only && (m = cli_opt_value(argc, argv, &i, "--province", &v)) != 0) {
            if (m < 0)
                return CLI_USAGE;
            f.province = v;
        } else if (!counts_only && (m = cli_opt_value(argc, argv, &i, "--kind", &v)) != 0) {
            pk_error err;
            pk_error_clear(&err);
            if (m < 0 || pk_region_kind_parse(&f.kind, v, &err) != PK_OK) {
                if (m > 0)
                    cli_errorf("--kind: %s", err.text);
                return CLI_USAGE;
            }
        } else {
            cli_errorf("unknown argument '%s' (try 'pilkada region --help')", argv[i]);
            return CLI_USAGE;
        }
    }
    pk_error err;
    pk_error_clear(&err);
    if (parent) {
        pk_place_id pid;
        pk_status s = pk_place_lookup(NULL, &pid, parent, &err);
        size_t total = 0;
        if (s == PK_OK)
            s = pk_place_children(NULL, 0, &total, pid, &err);
        pk_place_id *kids = s == PK_OK ? calloc(total + 1, sizeof *kids) : NULL;
        if (s == PK_OK && !kids) {
            cli_errorf("out of memory");
            return CLI_FAIL;
        }
        if (s == PK_OK)
            s = pk_place_children(kids, total, &total, pid, &err);
        if (s != PK_OK) {
            free(kids);
            return cli_report(s, &err, 0);
        }
        if (json)
            fputs("{\"places\":[", stdout);
        for (size_t i = 0; i < total; i++) {
            pk_place p;
            if (!get_place(&p, kids[i]))
                continue;
            if (json) {
                fputs(i ? "," : "", stdout);
                json_place(stdout, &p);
            } else {
                print_place(&p, 0);
            }
        }
        if (json)
            fprintf(stdout, "],\"total\":%zu}\n", total);
        free(kids);
        return CLI_OK;
    }
    if (counts_only) {
        pk_region_counts c;
        pk_status s = pk_region_count_by_kind(&c, f.year, &err);
        if (s != PK_OK)
            return cli_report(s, &err, 0);
        int complete = 1;
        if (f.year)
            pk_region_cycle_is_complete(&complete, f.year, NULL);
        if (json) {
            fprintf(stdout,
                    "{\"cycle\":%d,\"complete\":%s,\"provinsi\":%zu,\"kabupaten\":%zu,\"kota\":%zu,"
                    "\"kabupaten_administrasi\":%zu,\"kota_administrasi\":%zu,\"total\":%zu}\n",
                    f.year, complete ? "true" : "false", c.provinsi, c.kabupaten, c.kota, c.kabupaten_administrasi,
                    c.kota_administrasi, c.total);
        } else {
            if (f.year)
                cli_printm(stdout, CLI_MSG_RG_CYCLE, f.year, cli_msg(complete ? CLI_MSG_RG_COMPLETE : CLI_MSG_RG_INCOMPLETE));
            else
                fputs(cli_msg(CLI_MSG_RG_REGISTRY), stdout);
            printf("  provinsi                %4zu\n  kabupaten               %4zu\n  kota                    %4zu\n",
                   c.provinsi, c.kabupaten, c.kota);
            if (!f.year)
                printf("  kabupaten_administrasi  %4zu\n  kota_administrasi       %4zu\n", c.kabupaten_administrasi,
                       c.kota_administrasi);
            printf("  total                   %4zu\n", c.total);
        }
        return CLI_OK;
    }
    const pk_region *list[1024];
    size_t total = 0;
    pk_status s = pk_region_list(list, 1024, &total, &f, &err);
    if (s != PK_OK)
        return cli_report(s, &err, 1);
    if (json)
        fputs("{\"regions\":[", stdout);
    for (size_t i = 0; i < total && i < 1024 && !cli_out_failed(); i++) {
        if (json) {
            fputs(i ? "," : "", stdout);
            json_region(stdout, list[i]);
        } else {
            print_region(list[i]);
        }
    }
    if (json)
        fprintf(stdout, "],\"total\":%zu}\n", total);
    return CLI_OK;
}

static int run(int argc, char **argv)
{
    int json = 0;
    /* strip --json anywhere; --help anywhere prints help */
    int n = 0;
    for (int i = 1; i < argc; i++) {
        if (cli_flag(argv[i], "--json"))
            json = 1;
        else if (cli_flag(argv[i], "--help") || cli_flag(argv[i], "-h")) {
            help(stdout);
            return CLI_OK;
        } else
            argv[1 + n++] = argv[i];
    }
    if (n == 0) {
        help(stderr);
        return CLI_USAGE;
    }
    const char *sub = argv[1];
    int sargc = n - 1;
    char **sargv = argv + 2;
    if (strcmp(sub, "lookup") == 0)
        return cmd_lookup(sargc, sargv, json);
    if (strcmp(sub, "search") == 0)
        return cmd_search(sargc, sargv, json);
    if (strcmp(sub, "resolve") == 0)
        return cmd_resolve(sargc, sargv, json);
    if (strcmp(sub, "find-in-text") == 0)
        return cmd_find(sargc, sargv, json);
    if (strcmp(sub, "list") == 0)
        return cmd_list(sargc, sargv, json, 0);
    if (strcmp(sub, "counts") == 0)
        return cmd_list(sargc, sargv, json, 1);
    cli_errorf("unknown region subcommand '%s' (lookup, search, resolve, find-in-text, list, counts)", sub);
    return CLI_USAGE;
}

const cli_command cli_cmd_region = {"region", "lookup|search|resolve|find-in-text|list|counts ...",
                                    CLI_MSG_SUM_REGION, run};
