/* pilkada extract: read a report text (or JSON lines of texts) and print the
 * mentions and draft incidents with their evidence; pilkada classify --text:
 * extract, then classify each draft and list the facts still missing. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"

#define MAX_FINDINGS 16

static void help(FILE *f, int classify)
{
    cli_printm(f, classify ? CLI_MSG_HELP_CLASSIFY_TEXT : CLI_MSG_HELP_EXTRACT);
}

typedef struct xopts {
    pk_extract_options o;
    char region[24];
    int json, mentions, batch, classify;
    const char *path;
} xopts;

static char *read_all(const char *path, size_t *len)
{
    FILE *f = (!path || strcmp(path, "-") == 0) ? stdin : fopen(path, "rb");
    if (!f) {
        cli_errorf("cannot open '%s'", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        if (n == cap) {
            if (cap > PK_EXTRACT_TEXT_MAX) {
                cli_errorf("input is longer than %zu bytes", PK_EXTRACT_TEXT_MAX);
                free(buf);
                buf = NULL;
                break;
            }
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (buf && ferror(f)) {
        cli_errorf("cannot read '%s'", path ? path : "-");
        free(buf);
        buf = NULL;
    }
    if (f != stdin)
        fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static json_t *jdate(pk_date d)
{
    char b[PK_DATE_STRLEN];
    if (!d.year)
        return json_null();
    return json_string(cli_date_str(d, b));
}

static json_t *span_text(const char *text, size_t len, size_t s, size_t e)
{
    if (e > len || s > e)
        return json_null();
    return json_stringn(text + s, e - s);
}

static json_t *evidence_json(const pk_extract_evidence *ev, const char *text, size_t len)
{
    json_t *o = json_object();
    json_object_set_new(o, "how", json_string(pk_extract_how_name(ev->how)));
    json_object_set_new(o, "confidence", json_real((double)(long)(ev->confidence * 100 + 0.5) / 100.0));
    if (ev->how != PK_EXTRACT_HOW_DEFAULTED) {
        json_object_set_new(o, "span", json_pack("[II]", (json_int_t)ev->start, (json_int_t)ev->end));
        json_object_set_new(o, "text", span_text(text, len, ev->start, ev->end));
    }
    return o;
}

static json_t *missing_json(unsigned missing)
{
    json_t *a = json_array();
    for (int f = 0; pk_extract_field_name(f); f++)
        if (missing & (1u << f))
            json_array_append_new(a, json_string(pk_extract_field_name(f)));
    return a;
}

static json_t *draft_json(const pk_extract_draft *d, const char *text, size_t len)
{
    json_t *o = json_object();
    const pk_incident *in = &d->incident;
    json_object_set_new(o, "actor", in->actor ? json_string(pk_actor_name(in->actor)) : json_null());
    json_object_set_new(o, "actor_label", d->actor_label[0] ? json_string(d->actor_label) : json_null());
    json_object_set_new(o, "act", in->act ? json_string(pk_act_name(in->act)) : json_null());
    json_object_set_new(o, "act_label", json_string(d->act_label));
    json_object_set_new(o, "occurred", jdate(in->occurred));
    if (d->occurred_from.year)
        json_object_set_new(o, "occurred_range", json_pack("[oo]", jdate(d->occurred_from), jdate(d->occurred_to)));
    json_object_set_new(o, "region", in->region[0] ? json_string(in->region) : json_null());
    json_object_set_new(o, "district", d->district[0] ? json_string(d->district) : json_null());
    json_object_set_new(o, "village", d->village[0] ? json_string(d->village) : json_null());
    json_object_set_new(o, "district_code", d->district_code[0] ? json_string(d->district_code) : json_null());
    json_object_set_new(o, "village_code", d->village_code[0] ? json_string(d->village_code) : json_null());
    json_object_set_new(o, "cycle", in->cycle ? json_integer(in->cycle) : json_null());
    json_object_set_new(o, "supported", in->supported == PK_SUPPORTED_PROSPECTIVE   ? json_string("prospective")
                                        : in->supported == PK_SUPPORTED_DETERMINED ? json_string("determined")
                                                                                    : json_null());
    json_object_set_new(o, "negated", json_boolean(d->negated));
    json_object_set_new(o, "status", json_string(pk_extract_status_name(d->status)));
    json_object_set_new(o, "confidence", json_real((double)(long)(d->confidence * 100 + 0.5) / 100.0));
    json_object_set_new(o, "span", json_pack("[II]", (json_int_t)d->start, (json_int_t)d->end));
    json_object_set_new(o, "missing", missing_json(d->missing));
    json_t *ev = json_object();
    for (int f = 0; pk_extract_field_name(f); f++)
        if (d->evidence[f].how != PK_EXTRACT_HOW_NONE)
            json_object_set_new(ev, pk_extract_field_name(f), evidence_json(&d->evidence[f], text, len));
    json_object_set_new(o, "evidence", ev);
    return o;
}

static json_t *mention_json(const pk_extract_mention *m, const char *text, size_t len)
{
    json_t *o = json_object();
    json_object_set_new(o, "kind", json_string(pk_extract_mention_kind_name(m->kind)));
    json_object_set_new(o, "span", json_pack("[II]", (json_int_t)m->start, (json_int_t)m->end));
    json_object_set_new(o, "text", span_text(text, len, m->start, m->end));
    json_object_set_new(o, "sentence", json_integer((json_int_t)m->sentence));
    if (m->label)
        json_object_set_new(o, "label", json_string(m->label));
    if (m->kind == PK_EXTRACT_MENTION_REGION)
        json_object_set_new(o, "region", m->region ? json_string(m->region->code) : json_null());
    if (m->kind == PK_EXTRACT_MENTION_DATE) {
        json_object_set_new(o, "date_kind", json_string(pk_date_kind_name(m->date_kind)));
        json_object_set_new(o, "from", jdate(m->from));
        json_object_set_new(o, "to", jdate(m->to));
    }
    if (m->kind == PK_EXTRACT_MENTION_MONEY)
        json_object_set_new(o, "amount", m->amount >= 0 ? json_integer(m->amount) : json_null());
    if (m->kind == PK_EXTRACT_MENTION_CANDIDATE && m->number)
        json_object_set_new(o, "number", json_integer(m->number));
    if (m->text[0] && m->kind != PK_EXTRACT_MENTION_REGION)
        json_object_set_new(o, "name", json_string(m->text));
    static const char *const fl[] = {"negated", "ambiguous", "home", "office", "link", "statement", "irrealis",
                                     "dateline", "qualifier"};
    json_t *flags = json_array();
    for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++)
        if (m->flags & (1u << i))
            json_array_append_new(flags, json_string(fl[i]));
    json_object_set_new(o, "flags", flags);
    return o;
}

static json_t *classify_json(const pk_extract_draft *d)
{
    pk_finding fs[MAX_FINDINGS];
    pk_classification res = PK_CLASSIFICATION_INIT;
    pk_error err;
    pk_error_clear(&err);
    json_t *o = json_object();
    pk_status s = pk_classify(&res, fs, MAX_FINDINGS, &d->incident, &err);
    if (s != PK_OK && s != PK_EBUFSIZE) {
        json_object_set_new(o, "error", json_string(err.text[0] ? err.text : pk_strerror(s)));
        return o;
    }
    json_object_set_new(o, "outcome", json_string(pk_outcome_name(res.outcome)));
    if (res.missing_field)
        json_object_set_new(o, "missing_field", json_string(res.missing_field));
    json_t *a = json_array();
    for (size_t i = 0; i < res.finding_count; i++) {
        const pk_finding *f = &fs[i];
        json_t *fo = json_object();
        json_object_set_new(fo, "rule", json_string(f->rule->id));
        json_object_set_new(fo, "category", json_string(pk_category_name(f->category)));
        json_t *cit = json_array();
        for (size_t c = 0; c < f->rule->citation_count; c++)
            json_array_append_new(cit, json_string(f->rule->citations[c].text));
        json_object_set_new(fo, "citations", cit);
        json_object_set_new(fo, "handler", json_string(f->handler_name));
        json_object_set_new(fo, "certainty", json_string(pk_certainty_name(f->certainty)));
        json_array_append_new(a, fo);
    }
    json_object_set_new(o, "findings", a);
    return o;
}

static json_t *result_json(const pk_extract_result *r, const char *text, size_t len, const xopts *xo)
{
    json_t *o = json_object();
    json_t *ds = json_array();
    for (size_t i = 0; i < pk_extract_draft_count(r); i++) {
        const pk_extract_draft *d = pk_extract_draft_at(r, i);
        json_t *dj = draft_json(d, text, len);
        if (xo->classify)
            json_object_set_new(dj, "classification", classify_json(d));
        json_array_append_new(ds, dj);
    }
    json_object_set_new(o, "drafts", ds);
    if (xo->mentions) {
        json_t *ms = json_array();
        for (size_t i = 0; i < pk_extract_mention_count(r); i++)
            json_array_append_new(ms, mention_json(pk_extract_mention_at(r, i), text, len));
        json_object_set_new(o, "mentions", ms);
    }
    json_object_set_new(o, "sentences", json_integer((json_int_t)pk_extract_sentence_count(r)));
    json_object_set_new(o, "truncated", json_boolean(pk_extract_truncated(r)));
    return o;
}

static void print_excerpt(const char *text, size_t len, size_t s, size_t e)
{
    if (e > len || s > e)
        return;
    size_t n = e - s;
    if (n > 70)
        n = 70;
    while (n > 0 && n < e - s && ((unsigned char)text[s + n] & 0xC0) == 0x80)
        n--; /* never split a UTF-8 sequence */
    fputc('"', stdout);
    for (size_t i = 0; i < n; i++)
        fputc(text[s + i] == '\n' ? ' ' : text[s + i], stdout);
    fputs(n < e - s ? "...\"" : "\"", stdout);
}

static void print_ev(const char *name, const char *value, const pk_extract_evidence *ev, const char *text, size_t len)
{
    printf("  %-10s %-24s", name, value && *value ? value : "-");
    if (ev->how != PK_EXTRACT_HOW_NONE) {
        printf(" %-9s %.2f ", pk_extract_how_name(ev->how), ev->confidence);
        if (ev->how != PK_EXTRACT_HOW_DEFAULTED)
            print_excerpt(text, len, ev->start, ev->end);
    } else {
        fputs(" missing", stdout);
    }
    fputc('\n', stdout);
}

static void result_text(const pk_extract_result *r, const char *text, size_t len, const xopts *xo)
{
    size_t nd = pk_extract_draft_count(r);
    printf("%zu draft incident%s, %zu mentions in %zu sentences%s\n", nd, nd == 1 ? "" : "s",
           pk_extract_mention_count(r), pk_extract_sentence_count(r), pk_extract_truncated(r) ? " (truncated)" : "");
    for (size_t i = 0; i < nd; i++) {
        const pk_extract_draft *d = pk_extract_draft_at(r, i);
        const pk_incident *in = &d->incident;
        char b1[64], b2[PK_DATE_STRLEN];
        printf("\ndraft %zu: %s%s, %s, confidence %.2f\n", i + 1, d->negated ? "NEGATED " : "",
               d->act_label, pk_extract_status_name(d->status), d->confidence);
        snprintf(b1, sizeof b1, "%s%s%s", in->actor ? pk_actor_name(in->actor) : "", d->actor_label[0] ? " / " : "",
                 d->actor_label);
        print_ev("actor", b1, &d->evidence[PK_EXTRACT_FIELD_ACTOR], text, len);
        snprintf(b1, sizeof b1, "%s / %s", in->act ? pk_act_name(in->act) : "-", d->act_label);
        print_ev("act", b1, &d->evidence[PK_EXTRACT_FIELD_ACT], text, len);
        if (d->occurred_from.year) {
            char b3[PK_DATE_STRLEN];
            snprintf(b1, sizeof b1, "%s..%s", cli_date_str(d->occurred_from, b2), cli_date_str(d->occurred_to, b3));
        } else {
            snprintf(b1, sizeof b1, "%s", in->occurred.year ? cli_date_str(in->occurred, b2) : "");
        }
        print_ev("occurred", b1, &d->evidence[PK_EXTRACT_FIELD_OCCURRED], text, len);
        print_ev("region", in->region, &d->evidence[PK_EXTRACT_FIELD_REGION], text, len);
        if (d->district[0])
            print_ev("district", d->district, &d->evidence[PK_EXTRACT_FIELD_DISTRICT], text, len);
        if (d->village[0])
            print_ev("village", d->village, &d->evidence[PK_EXTRACT_FIELD_VILLAGE], text, len);
        if (d->missing) {
            fputs("  missing:  ", stdout);
            for (int f = 0; pk_extract_field_name(f); f++)
                if (d->missing & (1u << f))
                    printf(" %s", pk_extract_field_name(f));
            fputc('\n', stdout);
        }
        if (xo->classify) {
            json_t *c = classify_json(d);
            printf("  classification: %s", json_string_value(json_object_get(c, "outcome")) ? json_string_value(json_object_get(c, "outcome")) : "error");
            json_t *mf = json_object_get(c, "missing_field");
            if (mf)
                printf(" (missing %s)", json_string_value(mf));
            fputc('\n', stdout);
            size_t k;
            json_t *f;
            json_array_foreach(json_object_get(c, "findings"), k, f) {
                printf("    %s [%s]", json_string_value(json_object_get(f, "rule")),
                       json_string_value(json_object_get(f, "category")));
                json_t *cit = json_array_get(json_object_get(f, "citations"), 0);
                if (cit)
                    printf(" %s", json_string_value(cit));
                fputc('\n', stdout);
            }
            json_decref(c);
        }
    }
}

/* ws: the batch's workspace, or NULL for a single text (pk_extract()) */
static int run_one(pk_extract_workspace *ws, const char *text, size_t len, const pk_extract_options *o,
                   const xopts *xo, json_t *id)
{
    pk_extract_result *r = NULL;
    pk_error err;
    pk_error_clear(&err);
    pk_status s = ws ? pk_extract_ws(&r, ws, text, len, o, &err) : pk_extract(&r, text, len, o, &err);
    if (s != PK_OK) {
        if (xo->batch && xo->json) {
            json_t *e = json_object();
            if (id)
                json_object_set(e, "id", id);
            json_object_set_new(e, "error", json_string(err.text));
            json_object_set_new(e, "status", json_string(pk_status_name(s)));
            json_dumpf(e, stdout, JSON_COMPACT | JSON_ENSURE_ASCII);
            fputc('\n', stdout);
            json_decref(e);
        }
        return cli_report(s, &err, 0);
    }
    if (xo->json) {
        json_t *j = result_json(r, text, len, xo);
        if (id)
            json_object_set(j, "id", id);
        json_dumpf(j, stdout, (xo->batch ? JSON_COMPACT : JSON_INDENT(2)) | JSON_PRESERVE_ORDER);
        fputc('\n', stdout);
        json_decref(j);
    } else {
        if (id) {
            char *ids = json_dumps(id, JSON_ENCODE_ANY);
            printf("== %s\n", ids ? ids : "?");
            free(ids);
        }
        result_text(r, text, len, xo);
    }
    pk_extract_free(r);
    return CLI_OK;
}

static int run_batch(const xopts *xo)
{
    size_t len = 0;
    char *all = read_all(xo->path, &len);
    if (!all)
        return CLI_FAIL;
    /* one workspace for the whole batch: the engine's scratch memory is
     * taken once, not again for every text */
    pk_extract_workspace *ws = NULL;
    pk_error werr;
    pk_error_clear(&werr);
    pk_status ws_s = pk_extract_workspace_new(&ws, &werr);
    if (ws_s != PK_OK) {
        free(all);
        return cli_report(ws_s, &werr, 0);
    }
    int rc = CLI_OK;
    size_t pos = 0;
    long lineno = 0;
    while (pos < len) {
        const char *nl = memchr(all + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - all) : len;
        lineno++;
        size_t n = end - pos;
        const char *line = all + pos;
        pos = end + 1;
        size_t q = 0;
        while (q < n && (line[q] == ' ' || line[q] == '\t' || line[q] == '\r'))
            q++;
        if (q == n)
            continue;
        json_error_t je;
        json_t *obj = json_loadb(line, n, JSON_REJECT_DUPLICATES, &je);
        json_t *txt = obj ? json_object_get(obj, "text") : NULL;
        if (!obj || !json_is_string(txt)) {
            cli_errorf("line %ld: %s", lineno, obj ? "no \"text\" string" : je.text);
            json_decref(obj);
            rc = CLI_FAIL;
            continue;
        }
        pk_extract_options o = xo->o;
        json_t *dv = json_object_get(obj, "date");
        if (!json_is_string(dv))
            dv = json_object_get(obj, "published");
        if (json_is_string(dv)) {
            pk_date_text_options dopt = PK_DATE_TEXT_OPTIONS_INIT;
            if (pk_date_parse_loose(&o.reference, json_string_value(dv), &dopt, NULL) != PK_OK) {
                cli_errorf("line %ld: bad date '%s'", lineno, json_string_value(dv));
                json_decref(obj);
                rc = CLI_FAIL;
                continue;
            }
        }
        json_t *cv = json_object_get(obj, "cycle");
        if (cv && !json_is_null(cv)) {
            if (!json_is_integer(cv) || json_integer_value(cv) < PK_DATE_MIN_YEAR ||
                json_integer_value(cv) > PK_DATE_MAX_YEAR) {
                cli_errorf("line %ld: \"cycle\" is not a year %d..%d", lineno, PK_DATE_MIN_YEAR, PK_DATE_MAX_YEAR);
                json_decref(obj);
                rc = CLI_FAIL;
                continue;
            }
            o.cycle = (int)json_integer_value(cv);
        }
        if (run_one(ws, json_string_value(txt), json_string_length(txt), &o, xo, json_object_get(obj, "id")) !=
            CLI_OK)
            rc = CLI_FAIL;
        json_decref(obj);
    }
    pk_extract_workspace_free(ws);
    free(all);
    return rc;
}

static int run_common(int argc, char **argv, int classify)
{
    xopts xo;
    memset(&xo, 0, sizeof xo);
    xo.o = (pk_extract_options)PK_EXTRACT_OPTIONS_INIT;
    xo.classify = classify;
    for (int i = 1; i < argc;) {
        const char *a = argv[i];
        const char *v = NULL;
        int r;
        if (cli_flag(a, "--help") || cli_flag(a, "-h")) {
            help(stdout, classify);
            return CLI_OK;
        }
        if (cli_flag(a, "--json") || cli_flag(a, "--mentions") || cli_flag(a, "--batch") || cli_flag(a, "--text")) {
            if (cli_flag(a, "--json"))
                xo.json = 1;
            else if (cli_flag(a, "--mentions"))
                xo.mentions = xo.json = 1;
            else if (cli_flag(a, "--batch"))
                xo.batch = 1;
            i++;
            continue;
        }
        if ((r = cli_opt_value(argc, argv, &i, "--date", &v)) != 0) {
            if (r < 0)
                return CLI_USAGE;
            pk_date_text_options dopt = PK_DATE_TEXT_OPTIONS_INIT;
            pk_error err;
            pk_error_clear(&err);
            if (pk_date_parse_loose(&xo.o.reference, v, &dopt, &err) != PK_OK) {
                cli_errorf("--date: %s", err.text);
                return CLI_USAGE;
            }
            continue;
        }
        if ((r = cli_opt_value(argc, argv, &i, "--cycle", &v)) != 0) {
            long y;
            if (r < 0 || cli_parse_int(v, "--cycle", 1900, PK_DATE_MAX_YEAR, &y) != CLI_OK)
                return CLI_USAGE;
            xo.o.cycle = (int)y;
            continue;
        }
        if ((r = cli_opt_value(argc, argv, &i, "--region", &v)) != 0) {
            if (r < 0)
                return CLI_USAGE;
            snprintf(xo.region, sizeof xo.region, "%s", v);
            xo.o.default_region = xo.region;
            continue;
        }
        if (a[0] == '-' && a[1]) {
            cli_errorf("unknown option '%s' (try pilkada %s --help)", a, classify ? "classify --text" : "extract");
            return CLI_USAGE;
        }
        if (xo.path) {
            cli_errorf("more than one input file");
            return CLI_USAGE;
        }
        xo.path = a;
        i++;
    }
    if (xo.batch)
        return run_batch(&xo);
    size_t len = 0;
    char *text = read_all(xo.path, &len);
    if (!text)
        return CLI_FAIL;
    int rc = run_one(NULL, text, len, &xo.o, &xo, NULL);
    free(text);
    return rc;
}

/* `pilkada classify --text ...` lands here (see cmd_classify.c). */
int cli_classify_text(int argc, char **argv);
int cli_classify_text(int argc, char **argv)
{
    return run_common(argc, argv, 1);
}

static int run(int argc, char **argv)
{
    return run_common(argc, argv, 0);
}

const cli_command cli_cmd_extract = {"extract", "[FILE|-] [--date REF] [--json]",
                                     CLI_MSG_SUM_EXTRACT, run};
