/* pilkada classify: the violation classifier (pilkada/violation.h) on facts
 * given as flags, or as JSON lines (one incident per line) with --batch. */
#include <errno.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#ifdef PK_CLI_THREADS
#include <pthread.h>
#endif

#include "cli.h"
#include "escape.h"
#include "incident_json.h"

#define MAX_FINDINGS 32

static void help(FILE *f)
{
    int id = cli_lang() == PK_LANG_ID;
    cli_printm(f, CLI_MSG_HELP_CLASSIFY_HEAD);
    for (size_t i = 0; i < pk_fact_count(); i++) {
        const pk_fact *x = pk_fact_at(i);
        char flag[40];
        size_t n = 0;
        for (const char *p = x->key; *p && n + 1 < sizeof flag; p++)
            flag[n++] = *p == '_' ? '-' : *p;
        flag[n] = '\0';
        fprintf(f, "  --%-20s %s%s: %s\n", flag, id ? x->meaning_id : x->meaning_en,
                x->required ? cli_msg(CLI_MSG_HELP_REQUIRED) : "", pk_fact_values(x, cli_lang()));
    }
    cli_printm(f, CLI_MSG_HELP_CLASSIFY_TAIL);
}

/* ------------------------------------------------------------ output -- */

/* A buffered writer: results are appended to one big buffer and written
 * with fwrite when it fills, instead of a printf-family call per field (the
 * batch writes hundreds of MB). */
typedef struct wbuf {
    FILE *f;
    char *b;
    size_t n, cap;
} wbuf;

/* A failed write is noted at once (cli_out_failed keeps its OS reason);
 * the batch stops at the next block. */
static void w_flush(wbuf *w)
{
    if (w->n && fwrite(w->b, 1, w->n, w->f) != w->n)
        cli_out_failed();
    w->n = 0;
}

static void w_mem(wbuf *w, const char *s, size_t len)
{
    if (len > w->cap - w->n) {
        w_flush(w);
        if (len > w->cap) {
            if (fwrite(s, 1, len, w->f) != len)
                cli_out_failed();
            return;
        }
    }
    memcpy(w->b + w->n, s, len);
    w->n += len;
}

static void w_str(wbuf *w, const char *s)
{
    w_mem(w, s, strlen(s));
}

#define W_LIT(w, lit) w_mem((w), (lit), sizeof(lit) - 1)

static void w_chr(wbuf *w, char c)
{
    if (w->n == w->cap)
        w_flush(w);
    w->b[w->n++] = c;
}

static void w_int(wbuf *w, long long v)
{
    char t[24];
    char *p = t + sizeof t;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    w_mem(w, p, (size_t)(t + sizeof t - p));
}

/* "YYYY-MM-DD" (years are 1900..2199), or "-" for an invalid date. */
static void w_date(wbuf *w, pk_date d)
{
    if (!pk_date_valid(d)) {
        w_chr(w, '-');
        return;
    }
    char t[10] = {(char)('0' + d.year / 1000), (char)('0' + d.year / 100 % 10), (char)('0' + d.year / 10 % 10),
                  (char)('0' + d.year % 10),   '-',
                  (char)('0' + d.month / 10),  (char)('0' + d.month % 10),
                  '-',                         (char)('0' + d.day / 10),
                  (char)('0' + d.day % 10)};
    w_mem(w, t, sizeof t);
}

static void w_put(void *ctx, const char *p, size_t n)
{
    w_mem((wbuf *)ctx, p, n);
}

/* A JSON string with escapes (tools/common/escape.h), or null for NULL. */
static void w_jstr(wbuf *w, const char *s)
{
    if (!s) {
        W_LIT(w, "null");
        return;
    }
    size_t len = strlen(s);
    /* the common case, straight into the buffer when the string fits even
     * if every byte became a 6-byte escape; else through the escaper */
    if (len > (w->cap - 2) / 6) {
        w_chr(w, '"');
        pk_escape(s, PK_ESCAPE_JSON, w_put, w);
        w_chr(w, '"');
        return;
    }
    if (6 * len + 2 > w->cap - w->n)
        w_flush(w);
    char *o = w->b + w->n;
    *o++ = '"';
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\')
            *o++ = (char)c;
        else
            o += pk_escape_byte(c, PK_ESCAPE_JSON, o); /* writes its NUL too, overwritten next */
    }
    *o++ = '"';
    w->n = (size_t)(o - w->b);
}

/* "YYYY-MM-DD" in quotes, or null (as cli_json_date). */
static void w_jdate(wbuf *w, pk_date d, int present)
{
    if (!present || !pk_date_valid(d)) {
        W_LIT(w, "null");
        return;
    }
    w_chr(w, '"');
    w_date(w, d);
    w_chr(w, '"');
}


/* A deadline in the shared schema (docs/json.md): {"deadline": slug,
 * "trigger": date, "due": date, "estimated": bool}; the same in batch. */
static void json_deadline(wbuf *w, const pk_deadline *d)
{
    if (!d->rule) {
        W_LIT(w, "null");
        return;
    }
    W_LIT(w, "{\"deadline\":");
    w_jstr(w, d->rule->slug);
    W_LIT(w, ",\"trigger\":");
    w_jdate(w, d->trigger, 1);
    W_LIT(w, ",\"due\":");
    w_jdate(w, d->due, 1);
    if (d->flags & PK_RESULT_ESTIMATED)
        W_LIT(w, ",\"estimated\":true}");
    else
        W_LIT(w, ",\"estimated\":false}");
}

/* A [min,max] pair, or null when max is 0 (no such penalty). */
static void w_pair(wbuf *w, long long lo, long long hi)
{
    if (!hi) {
        W_LIT(w, "null");
        return;
    }
    w_chr(w, '[');
    w_int(w, lo);
    w_chr(w, ',');
    w_int(w, hi);
    w_chr(w, ']');
}

/* A slug, or null for the empty "none" value. */
static void w_jslug(wbuf *w, const char *slug)
{
    w_jstr(w, slug && slug[0] ? slug : NULL);
}

/* compact (batch): leave out the long static texts (sanction words, notes,
 * handler role); they belong to the rule and the handler, not the incident. */
/* The explanation as data (pk_classify_trace): "trace":{...}. */
static void json_trace(wbuf *w, const pk_trace *t, const pk_rule_trace *rules)
{
    W_LIT(w, ",\"trace\":{\"rule_total\":");
    w_int(w, (long long)t->rule_total);
    W_LIT(w, ",\"covered\":");
    w_int(w, (long long)t->covered);
    W_LIT(w, ",\"missing_field\":");
    w_jstr(w, t->missing_field);
    W_LIT(w, ",\"rules\":[");
    for (size_t i = 0; i < t->rule_count; i++) {
        const pk_rule_trace *r = &rules[i];
        if (i)
            w_chr(w, ',');
        W_LIT(w, "{\"rule\":");
        w_jstr(w, r->rule->id);
        W_LIT(w, ",\"limb\":");
        w_int(w, r->rule->limb);
        W_LIT(w, ",\"verdict\":");
        w_jstr(w, pk_verdict_name(r->verdict));
        W_LIT(w, ",\"fact\":");
        w_jstr(w, r->fact);
        W_LIT(w, ",\"window\":");
        w_jstr(w, r->window);
        w_chr(w, '}');
    }
    W_LIT(w, "]}");
}

/* One classification as a JSON object; with the trace when t is given. */
static void json_result(wbuf *w, long line, const char *carried, size_t xlen, const pk_classification *res,
                        const pk_finding *fs, const pk_incident *in, int compact, const pk_trace *t,
                        const pk_rule_trace *rules)
{
    w_chr(w, '{');
    if (line > 0) {
        W_LIT(w, "\"line\":");
        w_int(w, line);
        w_chr(w, ',');
    }
    if (xlen)
        w_mem(w, carried, xlen); /* the input's other keys (an id), each followed by ',' */
    /* The shared schema of a classification (docs/json.md, docs/classification.schema.json),
     * the same as Python's Classification.to_dict(); compact (batch) leaves out only the long
     * static texts (sanction.text, handler.note). */
    W_LIT(w, "\"outcome\":");
    w_jstr(w, pk_outcome_name(res->outcome));
    W_LIT(w, ",\"missing_field\":");
    w_jstr(w, res->missing_field);
    if (res->note) { /* not_proven only: the member is absent otherwise */
        W_LIT(w, ",\"note\":");
        w_jstr(w, res->note);
    }
    if (res->late_report)
        W_LIT(w, ",\"late_report\":true");
    else
        W_LIT(w, ",\"late_report\":false");
    W_LIT(w, ",\"report_deadline\":");
    json_deadline(w, &res->report_deadline);
    W_LIT(w, ",\"supported\":");
    w_jstr(w, res->supported == PK_SUPPORTED_UNKNOWN ? NULL : pk_supported_name(res->supported));
    W_LIT(w, ",\"schedule_id\":");
    w_jstr(w, res->schedule ? pk_schedule_id(res->schedule) : NULL);
    W_LIT(w, ",\"region\":");
    w_jstr(w, in->region[0] ? in->region : NULL);
    W_LIT(w, ",\"findings\":[");
    for (size_t i = 0; i < res->finding_count; i++) {
        const pk_finding *x = &fs[i];
        const pk_sanction *s = &x->sanction;
        if (i)
            w_chr(w, ',');
        W_LIT(w, "{\"rule\":");
        w_jstr(w, x->rule->id);
        W_LIT(w, ",\"category\":");
        w_jstr(w, pk_category_name(x->category));
        W_LIT(w, ",\"subcategory\":");
        w_jslug(w, pk_subcategory_name(x->subcategory));
        W_LIT(w, ",\"citations\":[");
        for (size_t k = 0; k < x->rule->citation_count; k++) {
            if (k)
                w_chr(w, ',');
            w_jstr(w, x->rule->citations[k].text);
        }
        W_LIT(w, "],\"sanction\":{\"prison_months\":");
        w_pair(w, s->prison_min_months, s->prison_max_months);
        W_LIT(w, ",\"fine_rupiah\":");
        w_pair(w, s->fine_min_rupiah, s->fine_max_rupiah);
        W_LIT(w, ",\"join\":");
        w_jstr(w, pk_penalty_join_name(s->join));
        W_LIT(w, ",\"discipline\":");
        w_jslug(w, pk_discipline_name(s->discipline));
        W_LIT(w, ",\"flags\":[");
        int first = 1;
        for (unsigned k = 0; pk_sanction_flag_name(1u << k); k++)
            if (s->flags >> k & 1u) {
                if (!first)
                    w_chr(w, ',');
                w_jstr(w, pk_sanction_flag_name(1u << k));
                first = 0;
            }
        w_chr(w, ']');
        if (!compact) {
            W_LIT(w, ",\"text\":");
            w_jstr(w, s->text);
        }
        W_LIT(w, "},\"handler\":{\"name\":");
        w_jstr(w, x->handler_name);
        W_LIT(w, ",\"body\":");
        w_jstr(w, x->handler.name);
        W_LIT(w, ",\"status\":");
        w_jstr(w, pk_source_status_name(x->handler.status));
        if (!compact) {
            W_LIT(w, ",\"note\":");
            w_jstr(w, x->handler.note);
        }
        W_LIT(w, "},\"certainty\":");
        w_jstr(w, pk_certainty_name(x->certainty));
        W_LIT(w, ",\"certainty_note\":");
        w_jstr(w, x->certainty_note);
        W_LIT(w, ",\"deadlines\":[");
        const pk_deadline *fixed[3] = {&x->deadlines.report, &x->deadlines.followup,
                                       &x->deadlines.followup_extended};
        int any = 0;
        for (size_t k = 0; k < 3; k++)
            if (fixed[k]->rule) {
                if (any++)
                    w_chr(w, ',');
                json_deadline(w, fixed[k]);
            }
        for (size_t k = 0; k < x->deadlines.next_count; k++) {
            if (any++)
                w_chr(w, ',');
            json_deadline(w, &x->deadlines.next[k]);
        }
        W_LIT(w, "]}");
    }
    w_chr(w, ']');
    if (t)
        json_trace(w, t, rules);
    W_LIT(w, "}\n");
}

/* The library's rendering (pk_classification_format) in the run's language,
 * after "line N: " and the carried keys in a batch. */
static pk_status text_result(wbuf *w, long line, const char *carried, size_t xlen, const pk_classification *res,
                             const pk_finding *fs, const pk_incident *in, int verbose, pk_error *err)
{
    char t[8192];
    size_t need = 0;
    pk_format_style style = verbose ? PK_FORMAT_DETAILED : PK_FORMAT_BRIEF;
    char *text = t;
    pk_status s = pk_classification_format(t, sizeof t, &need, res, fs, in, style, cli_lang(), err);
    if (s == PK_EBUFSIZE) { /* a long detailed text: once more at its size */
        if (!(text = malloc(need)))
            return PK_ENOMEM;
        s = pk_classification_format(text, need, &need, res, fs, in, style, cli_lang(), err);
    }
    if (s == PK_OK) {
        char prefix[64];
        if (line > 0)
            w_str(w, cli_fmtm(prefix, sizeof prefix, CLI_MSG_CL_LINE, line));
        if (xlen) { /* the input's other keys: {"id":"R-1"} */
            w_chr(w, '{');
            w_mem(w, carried, xlen - 1);
            W_LIT(w, "} ");
        }
        w_str(w, text);
    }
    if (text != t)
        free(text);
    return s;
}

/* ------------------------------------------------------------- batch -- */

typedef struct stats {
    size_t incidents, bad_lines, findings;
    size_t outcomes[5]; /* by pk_outcome; not_proven (4) is printed only when it occurs */
    size_t category[PK_CAT_RESULT_DISPUTE + 1]; /* result_dispute is printed only when it occurs */
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
        if ((unsigned)fs[i].category <= PK_CAT_RESULT_DISPUTE)
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
        for (int i = 0; i < 5; i++)
            if (i < 4 || st->outcomes[i])
                fprintf(f, "%s\"%s\":%zu", i ? "," : "", pk_outcome_name((pk_outcome)i), st->outcomes[i]);
        fputs("},\"categories\":{", f);
        for (int i = 0; i <= PK_CAT_RESULT_DISPUTE; i++)
            if (i < PK_CAT_RESULT_DISPUTE || st->category[i])
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
    fputc('\n', f);
    cli_printm(f, CLI_MSG_CL_SUMMARY, st->incidents, st->findings, st->bad_lines);
    fputc('\n', f);
    /* the slug (the same in both languages, as in --json), the count, then
     * the library's words for it in the language of the run */
    fprintf(f, "  %-20s %9s  %s\n", cli_msg(CLI_MSG_CL_OUTCOME), cli_msg(CLI_MSG_CL_INCIDENTS),
            cli_msg(CLI_MSG_CL_MEANING));
    for (int i = 0; i < 5; i++)
        if (i < 4 || st->outcomes[i])
            fprintf(f, "  %-20s %9zu  %s\n", pk_outcome_name((pk_outcome)i), st->outcomes[i],
                    pk_outcome_label((pk_outcome)i, cli_lang()));
    fprintf(f, "  %-20s %9s  %s\n", cli_msg(CLI_MSG_CL_CATEGORY), cli_msg(CLI_MSG_CL_FINDINGS),
            cli_msg(CLI_MSG_CL_MEANING));
    for (int i = 0; i <= PK_CAT_RESULT_DISPUTE; i++)
        if (i < PK_CAT_RESULT_DISPUTE || st->category[i])
            fprintf(f, "  %-20s %9zu  %s\n", pk_category_name((pk_category)i), st->category[i],
                    pk_category_label((pk_category)i, cli_lang()));
    fprintf(f, "  %-47s %9s %9s\n", cli_msg(CLI_MSG_CL_REGION), cli_msg(CLI_MSG_CL_INCIDENTS),
            cli_msg(CLI_MSG_CL_FINDINGS));
    for (size_t i = 0; i < pk_region_count(); i++)
        if (st->region_incidents[i]) {
            const pk_region *r = pk_region_at(i);
            fprintf(f, "  %-6s %-40s %9zu %9zu\n", r->code, r->full_name, st->region_incidents[i],
                    st->region_findings[i]);
        }
    if (st->no_region)
        fprintf(f, "  %-47s %9zu\n", cli_msg(CLI_MSG_CL_NO_REGION), st->no_region);
}

/* The batch runs as two stages: the reader splits the input into lines and
 * parses each into a pk_incident (jansson, most of the work), the writer
 * classifies, counts and formats. With threads (PK_CLI_THREADS, pthreads in
 * the CLI only) the reader runs on its own thread and hands over blocks of
 * parsed lines through a small ring, so both cores work; the output, the
 * error messages and their order are the same as in one thread (which is
 * also the fallback when a thread cannot be started). */

#define BLOCK_LINES 4096
/* write_block's mode: bit 0 JSON, and: */
#define BATCH_SUMMARY_ONLY 2 /* --summary: count, print only the summary */
#define BATCH_PROGRESS 4     /* a progress line on standard error (a terminal) */

/* "pilkada: 123456 lines" on standard error, rewritten in place after each block. */
static void progress(const stats *st, int mode)
{
    if (mode & BATCH_PROGRESS)
        fprintf(stderr, "\rpilkada: %zu lines, %zu findings, %zu bad", st->incidents + st->bad_lines, st->findings,
                st->bad_lines);
}
#define CSV_MAX_COLS 256
#define RING 4

typedef struct item {
    long lineno;
    pk_status st;   /* of incident_from_line */
    size_t err;     /* index into block.errs when st != PK_OK */
    size_t xoff, xlen; /* the input's other keys, as JSON members each followed by ',', in block.x */
    pk_incident in;
} item;

typedef struct block {
    size_t n;
    item items[BLOCK_LINES];
    pk_error *errs; /* parse errors of this block, grown on demand */
    size_t nerr, errcap;
    char *x;        /* the carried keys of the block's lines */
    size_t xlen, xcap;
    int last;       /* no lines follow */
} block;

/* The keys a result line already has: an input key of that name cannot be
 * carried beside it. */
static const char *const result_keys[] = {"line", "outcome", "missing_field", "late_report", "report_due",
                                          "supported", "schedule", "findings", "error", "trace"};

static int x_put(block *b, const char *p, size_t n)
{
    if (n > b->xcap - b->xlen) {
        size_t cap = b->xcap ? b->xcap : 4096;
        while (cap - b->xlen < n)
            cap *= 2;
        char *g = realloc(b->x, cap);
        if (!g)
            return -1;
        b->x = g;
        b->xcap = cap;
    }
    memcpy(b->x + b->xlen, p, n);
    b->xlen += n;
    return 0;
}

static int x_dump(const char *buffer, size_t size, void *data)
{
    return x_put(data, buffer, size);
}

/* incident_extra_fn: append "key":value, to the block's carried keys. */
static pk_status carry(void *ctx, const char *key, json_t *value, pk_error *err)
{
    block *b = ctx;
    for (size_t i = 0; i < sizeof result_keys / sizeof result_keys[0]; i++)
        if (strcmp(key, result_keys[i]) == 0) {
            pk_error_clear(err);
            err->status = PK_EINVAL;
            snprintf(err->field, sizeof err->field, "%s", key);
            snprintf(err->text, sizeof err->text, "'%s' is a member of the result; rename that input key", key);
            return PK_EINVAL;
        }
    json_t *k = json_string(key);
    int bad = !k || json_dump_callback(k, x_dump, b, JSON_ENCODE_ANY | JSON_COMPACT) != 0 || x_put(b, ":", 1) != 0 ||
              json_dump_callback(value, x_dump, b, JSON_ENCODE_ANY | JSON_COMPACT) != 0 || x_put(b, ",", 1) != 0;
    json_decref(k);
    if (bad) {
        pk_error_clear(err);
        err->status = PK_ENOMEM;
        snprintf(err->text, sizeof err->text, "out of memory");
        return PK_ENOMEM;
    }
    return PK_OK;
}

typedef struct reader {
    FILE *f;
    char *buf;
    size_t cap, len, start;
    long lineno;
    int eof;
    int skipping;  /* inside a line longer than LINE_MAX_BYTES: its bytes are dropped */
    int oom;       /* out of memory (reading stops there) */
    int format;    /* 0: not known yet; 'j': JSON lines; 'c': CSV with a header */
    char *header;  /* CSV: the header line's copy, split in place into cols */
    char *cols[CSV_MAX_COLS];
    size_t collens[CSV_MAX_COLS];
    size_t ncols;
} reader;

/* The longest line the batch holds in memory; a longer one is skipped and
 * reported as a bad line, and the lines after it still run. */
#define LINE_MAX_BYTES ((size_t)64 << 20)

/* Next raw line (without '\n'); 0 at the end of the input. A line longer
 * than LINE_MAX_BYTES is read through to its end and returned empty with
 * *too_long set. */
static int next_line(reader *r, const char **line, size_t *n, int *too_long)
{
    *too_long = 0;
    for (;;) {
        char *nl = memchr(r->buf + r->start, '\n', r->len - r->start);
        if (r->skipping) {
            if (nl || r->eof) { /* the end of the over-long line */
                r->start = nl ? (size_t)(nl - r->buf) + 1 : r->len;
                r->skipping = 0;
                *line = r->buf;
                *n = 0;
                *too_long = 1;
                return 1;
            }
            r->start = r->len; /* drop what was read of it */
        } else if (nl || (r->eof && r->start < r->len)) {
            size_t end = nl ? (size_t)(nl - r->buf) : r->len;
            *line = r->buf + r->start;
            *n = end - r->start;
            r->start = nl ? end + 1 : r->len;
            return 1;
        }
        if (r->eof)
            return 0;
        memmove(r->buf, r->buf + r->start, r->len - r->start);
        r->len -= r->start;
        r->start = 0;
        if (r->len == r->cap) { /* a line longer than the buffer: grow, or skip it */
            if (r->cap >= LINE_MAX_BYTES) {
                r->skipping = 1;
                r->len = 0;
            } else {
                size_t cap = r->cap ? r->cap * 2 : 4096;
                char *grown = realloc(r->buf, cap);
                if (!grown) {
                    r->oom = 1;
                    r->eof = 1;
                    r->len = r->start = 0;
                    return 0;
                }
                r->buf = grown;
                r->cap = cap;
            }
        }
        size_t got = fread(r->buf + r->len, 1, r->cap - r->len, r->f);
        r->len += got;
        if (got == 0)
            r->eof = 1;
    }
}

/* A CSV row under the header (split in place: the line lies in the reader's own buffer). */
static pk_status csv_row(reader *r, char *text, size_t len, pk_incident *in, block *b, pk_error *err)
{
    char *fields[CSV_MAX_COLS];
    size_t lens[CSV_MAX_COLS];
    long n = r->ncols ? incident_csv_split(text, len, fields, lens, CSV_MAX_COLS) : -1;
    if (n < 0 || (size_t)n != r->ncols) {
        pk_error_clear(err);
        err->status = PK_EPARSE;
        snprintf(err->field, sizeof err->field, "csv");
        if (!r->ncols)
            snprintf(err->text, sizeof err->text, "no usable CSV header (a JSON line must start with '{')");
        else if (n < 0)
            snprintf(err->text, sizeof err->text, "malformed CSV record (quotes)");
        else
            snprintf(err->text, sizeof err->text, "%ld fields where the header has %zu", n, r->ncols);
        return PK_EPARSE;
    }
    return incident_from_csv(in, r->cols, fields, lens, r->ncols, carry, b, err);
}

/* Fill a block with up to BLOCK_LINES parsed lines (blank lines are counted
 * but not stored). */
static void read_block(reader *r, block *b)
{
    b->n = 0;
    b->nerr = 0;
    b->xlen = 0;
    b->last = 0;
    const char *line;
    size_t n;
    int too_long;
    while (b->n < BLOCK_LINES) {
        if (!next_line(r, &line, &n, &too_long) || r->oom) {
            b->last = 1;
            return;
        }
        r->lineno++;
        size_t e = n, s = 0;
        if (r->lineno == 1 && n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
            s = 3; /* a UTF-8 byte order mark, skipped as the CSV loaders skip it */
        if (e > 0 && line[e - 1] == '\r')
            e--;
        while (s < e && (line[s] == ' ' || line[s] == '\t'))
            s++;
        if (s == e && !too_long)
            continue;
        if (!r->format && !too_long) {
            /* the first line says the format: a JSON object, else a CSV header */
            r->format = line[s] == '{' ? 'j' : 'c';
            if (r->format == 'c') {
                long nc = -1;
                if (e > s && (r->header = malloc(e - s + 1)) != NULL) {
                    memcpy(r->header, line + s, e - s);
                    r->header[e - s] = '\0';
                    nc = incident_csv_split(r->header, e - s, r->cols, r->collens, CSV_MAX_COLS);
                }
                for (long k = 0; k < nc; k++)
                    r->cols[k][r->collens[k]] = '\0'; /* names as C strings (a quote or comma followed each) */
                r->ncols = nc > 0 ? (size_t)nc : 0;
                if (nc > 0)
                    continue;
            }
        }
        item *it = &b->items[b->n];
        pk_error err;
        it->lineno = r->lineno;
        it->xoff = b->xlen;
        if (too_long) {
            pk_error_clear(&err);
            err.status = it->st = PK_ETOOLONG;
            snprintf(err.text, sizeof err.text, "line is longer than %zu MiB (skipped)", LINE_MAX_BYTES >> 20);
        } else if (r->format == 'c') {
            it->st = csv_row(r, (char *)line + s, e - s, &it->in, b, &err);
        } else {
            it->st = incident_from_line(&it->in, line + s, e - s, carry, b, &err);
        }
        it->xlen = it->st == PK_OK ? b->xlen - it->xoff : 0;
        if (it->st != PK_OK) {
            if (b->nerr == b->errcap) {
                size_t cap = b->errcap ? b->errcap * 2 : 16;
                pk_error *g = realloc(b->errs, cap * sizeof *g);
                if (!g) {
                    r->oom = 1;
                    b->last = 1;
                    return;
                }
                b->errs = g;
                b->errcap = cap;
            }
            it->err = b->nerr;
            b->errs[b->nerr++] = err;
        }
        b->n++;
    }
}

/* A bad line, reported as any library error (cli_report: the status name only under --json). */
static void bad_line(long lineno, pk_status s, const pk_error *err, stats *st)
{
    pk_error e = *err;
    e.status = s;
    e.line = lineno;
    if (!e.text[0])
        snprintf(e.text, sizeof e.text, "%s", pk_strerror_lang(s, cli_lang()));
    cli_report(s, &e, 0);
    st->bad_lines++;
}

/* Classify, count and write the lines of a block. */
static void write_block(const block *b, wbuf *w, int json, stats *st)
{
    pk_finding fs[MAX_FINDINGS];
    pk_classification res = PK_CLASSIFICATION_INIT;
    pk_error err;
    for (size_t i = 0; i < b->n; i++) {
        const item *it = &b->items[i];
        if (it->st != PK_OK) {
            bad_line(it->lineno, it->st, &b->errs[it->err], st);
            continue;
        }
        pk_error_clear(&err);
        pk_status s = pk_classify(&res, fs, MAX_FINDINGS, &it->in, &err);
        if (s != PK_OK && s != PK_EBUFSIZE) { /* EBUFSIZE: res is complete; fs holds the first MAX_FINDINGS */
            bad_line(it->lineno, s, &err, st);
            continue;
        }
        count(st, &res, fs, &it->in);
        if (json & BATCH_SUMMARY_ONLY)
            continue;
        /* no line of the block carried other keys: b->x is still NULL (NULL + 0 is undefined) */
        const char *x = b->x ? b->x + it->xoff : "";
        if (json & 1)
            json_result(w, it->lineno, x, it->xlen, &res, fs, &it->in, 1, NULL, NULL);
        else if ((s = text_result(w, it->lineno, x, it->xlen, &res, fs, &it->in, 0, &err)) != PK_OK)
            bad_line(it->lineno, s, &err, st);
    }
}

#ifdef PK_CLI_THREADS
typedef struct ring {
    reader *r;
    block *blocks[RING];
    size_t produced, consumed; /* blocks handed over / given back */
    int stop;                  /* the writer stopped (output failed): read no more */
    pthread_mutex_t mu;
    pthread_cond_t changed;
} ring;

static void *reader_main(void *arg)
{
    ring *q = arg;
    for (size_t k = 0;; k++) {
        pthread_mutex_lock(&q->mu);
        while (k - q->consumed >= RING && !q->stop)
            pthread_cond_wait(&q->changed, &q->mu);
        int stop = q->stop;
        pthread_mutex_unlock(&q->mu);
        if (stop)
            return NULL;
        block *b = q->blocks[k % RING];
        read_block(q->r, b);
        pthread_mutex_lock(&q->mu);
        q->produced = k + 1;
        pthread_cond_broadcast(&q->changed);
        pthread_mutex_unlock(&q->mu);
        if (b->last)
            return NULL;
    }
}

/* 1 if the batch ran on two threads; 0 if threads are unavailable (then
 * nothing was read). */
static int run_threaded(reader *r, block *const *blocks, wbuf *w, int json, stats *st)
{
    ring q;
    memset(&q, 0, sizeof q);
    q.r = r;
    for (size_t i = 0; i < RING; i++)
        q.blocks[i] = blocks[i];
    if (pthread_mutex_init(&q.mu, NULL) != 0)
        return 0;
    if (pthread_cond_init(&q.changed, NULL) != 0) {
        pthread_mutex_destroy(&q.mu);
        return 0;
    }
    pthread_t t;
    if (pthread_create(&t, NULL, reader_main, &q) != 0) {
        pthread_cond_destroy(&q.changed);
        pthread_mutex_destroy(&q.mu);
        return 0;
    }
    for (size_t k = 0;; k++) {
        pthread_mutex_lock(&q.mu);
        while (q.produced <= k)
            pthread_cond_wait(&q.changed, &q.mu);
        pthread_mutex_unlock(&q.mu);
        const block *b = q.blocks[k % RING];
        write_block(b, w, json, st);
        progress(st, json);
        int last = b->last || cli_out_failed();
        pthread_mutex_lock(&q.mu);
        q.consumed = k + 1;
        q.stop = last;
        pthread_cond_broadcast(&q.changed);
        pthread_mutex_unlock(&q.mu);
        if (last)
            break;
    }
    pthread_join(t, NULL);
    pthread_cond_destroy(&q.changed);
    pthread_mutex_destroy(&q.mu);
    return 1;
}
#endif

static int run_batch(const char *path, int json)
{
    FILE *f = stdin;
    if (path && strcmp(path, "-") != 0) {
        f = fopen(path, "rb");
        if (!f) {
            cli_errorm(CLI_MSG_ERR_CANNOT_OPEN, path, strerror(errno));
            return CLI_FAIL;
        }
    }
    stats st;
    memset(&st, 0, sizeof st);
    st.region_incidents = calloc(pk_region_count() + 1, sizeof *st.region_incidents);
    st.region_findings = calloc(pk_region_count() + 1, sizeof *st.region_findings);
    reader r;
    memset(&r, 0, sizeof r);
    r.f = f;
    r.cap = (size_t)1 << 20;
    r.buf = malloc(r.cap);
    wbuf w = {stdout, malloc((size_t)1 << 18), 0, (size_t)1 << 18};
    block *blocks[RING] = {NULL};
    int ok = r.buf && w.b && st.region_incidents && st.region_findings;
    for (size_t i = 0; ok && i < RING; i++)
        ok = (blocks[i] = calloc(1, sizeof *blocks[i])) != NULL;
    if (ok) {
        incident_json_arena(1);
        int done = 0;
#ifdef PK_CLI_THREADS
        done = run_threaded(&r, blocks, &w, json, &st);
#endif
        while (!done) {
            read_block(&r, blocks[0]);
            write_block(blocks[0], &w, json, &st);
            progress(&st, json);
            done = blocks[0]->last || cli_out_failed();
        }
        incident_json_arena(0);
        if (r.oom) {
            cli_errorf("out of memory");
            st.bad_lines++;
        }
        if (ferror(f)) {
            cli_errorf("read error");
            st.bad_lines++;
        }
        w_flush(&w);
        if (json & BATCH_PROGRESS)
            fputs("\r\033[K", stderr); /* the progress line goes away */
        if (!cli_out_failed()) /* output cut: no summary (cli_out_finish reports it) */
            summary(stdout, &st, json & 1);
    } else {
        cli_errorf("out of memory");
    }
    for (size_t i = 0; i < RING; i++) {
        if (blocks[i]) {
            free(blocks[i]->errs);
            free(blocks[i]->x);
        }
        free(blocks[i]);
    }
    free(w.b);
    free(r.buf);
    free(r.header);
    free(st.region_incidents);
    free(st.region_findings);
    if (f != stdin)
        fclose(f);
    return !ok || st.bad_lines ? CLI_FAIL : CLI_OK;
}

/* ------------------------------------------------------------ command -- */

int cli_classify_text(int argc, char **argv); /* cmd_extract.c */

/* --list-actors / --list-acts: every slug with its meaning in both
 * languages (the run's language first) and the other words that mean it;
 * with --json anywhere on the line, a JSON array. */
static void list_words(pk_fact_type kind, int argc, char **argv)
{
    int json = 0;
    for (int i = 1; i < argc; i++)
        json |= cli_flag(argv[i], "--json");
    int id = cli_lang() == PK_LANG_ID;
    size_t n = kind == PK_FACT_ACT ? pk_act_count() : pk_actor_count();
    if (json)
        fputc('[', stdout);
    for (size_t k = 1; k < n; k++) {
        const char *slug = kind == PK_FACT_ACT ? pk_act_name((pk_act)k) : pk_actor_name((pk_actor)k);
        const pk_word *m = pk_word_meaning(kind, slug);
        if (json) {
            fputs(k > 1 ? ",\n{\"slug\":" : "{\"slug\":", stdout);
            cli_json_str(stdout, slug);
            fputs(",\"meaning_id\":", stdout);
            cli_json_str(stdout, m ? m->meaning_id : NULL);
            fputs(",\"meaning_en\":", stdout);
            cli_json_str(stdout, m ? m->meaning_en : NULL);
            fputs(",\"words\":[", stdout);
        } else {
            printf("%-26s %s / %s", slug, m ? (id ? m->meaning_id : m->meaning_en) : "",
                   m ? (id ? m->meaning_en : m->meaning_id) : "");
        }
        int first = 1;
        for (size_t i = 0; i < pk_word_count(); i++) { /* the words whose targets include this slug */
            const pk_word *w = pk_word_at(i);
            if (w->kind != kind || strcmp(w->word, slug) == 0)
                continue;
            size_t sl = strlen(slug);
            const char *p = w->targets;
            int hit = 0;
            while (!hit && (p = strstr(p, slug)) != NULL) {
                hit = (p == w->targets || p[-1] == '|') && (p[sl] == '\0' || p[sl] == '|');
                p += sl;
            }
            if (!hit)
                continue;
            if (json) {
                if (!first)
                    fputc(',', stdout);
                cli_json_str(stdout, w->word);
            } else {
                printf(first ? " (%s %s" : ", %s", first ? (id ? "juga:" : "also:") : w->word, w->word);
            }
            first = 0;
        }
        if (json)
            fputs("]}", stdout);
        else
            fputs(first ? "\n" : ")\n", stdout);
    }
    if (json)
        fputs("]\n", stdout);
}

/* pk_classify() said INCOMPLETE: when the missing fact is a required one
 * (pk_fact::required: actor, act, occurred), a flag is missing from the
 * command line, which is a usage error ("classify: --occurred is required"). */
static int missing_required(const pk_classification *res)
{
    const pk_fact *fact;
    if (res->outcome != PK_OUTCOME_INCOMPLETE || !res->missing_field ||
        pk_fact_find(&fact, res->missing_field, NULL) != PK_OK || !fact->required)
        return 0;
    char flag[48];
    snprintf(flag, sizeof flag, "--%s", res->missing_field);
    for (char *p = flag + 2; *p; p++)
        if (*p == '_')
            *p = '-';
    cli_errorm(CLI_MSG_ERR_MISSING_FLAG, "classify", flag, "classify");
    return 1;
}

static int run(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (cli_flag(argv[i], "--text"))
            return cli_classify_text(argc, argv);
    pk_incident in = PK_INCIDENT_INIT;
    int json = 0, explain = 0, batch = 0, summary_only = 0;
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
        if (cli_flag(a, "--list-facts")) {
            for (size_t k = 0; k < pk_fact_count(); k++) {
                const pk_fact *x = pk_fact_at(k);
                printf("%s\t%s\t%s\t%s\t%s\n", x->key, pk_fact_type_name(x->type), x->values, x->meaning_en,
                       x->meaning_id);
            }
            return CLI_OK;
        }
        if (cli_flag(a, "--list-acts") || cli_flag(a, "--list-actors")) {
            list_words(cli_flag(a, "--list-acts") ? PK_FACT_ACT : PK_FACT_ACTOR, argc, argv);
            return CLI_OK;
        }
        if (cli_flag(a, "--summary")) {
            summary_only = 1;
            continue;
        }
        if (cli_flag(a, "--batch")) {
            batch = 1;
            if (i + 1 < argc && (argv[i + 1][0] != '-' || strcmp(argv[i + 1], "-") == 0))
                batch_path = argv[++i];
            continue;
        }
        if (strncmp(a, "--", 2) != 0) {
            cli_errorm(CLI_MSG_ERR_UNEXPECTED_ARG, "classify", a, "classify");
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
        const pk_fact *fact;
        if (pk_fact_find(&fact, key, NULL) != PK_OK) {
            cli_errorm(CLI_MSG_ERR_UNKNOWN_OPTION, "classify", a, "classify");
            return CLI_USAGE;
        }
        const char *value;
        if (*p == '=') {
            value = p + 1;
        } else if (i + 1 < argc) {
            value = argv[++i];
        } else {
            cli_errorm(CLI_MSG_ERR_NEEDS_VALUE, a);
            return CLI_USAGE;
        }
        pk_error err;
        pk_error_clear(&err);
        pk_status s = pk_incident_set(&in, key, value, &err);
        if (s != PK_OK)
            return cli_report(s, &err, 1);
    }
    if (batch)
        return run_batch(batch_path, json | (summary_only ? BATCH_SUMMARY_ONLY : 0) |
                                         (isatty(STDERR_FILENO) ? BATCH_PROGRESS : 0));

    pk_error err;
    pk_error_clear(&err);
    if (explain && json) { /* the explanation as data */
        pk_finding fs[MAX_FINDINGS];
        pk_classification res = PK_CLASSIFICATION_INIT;
        pk_trace t = PK_TRACE_INIT;
        pk_rule_trace *rules = malloc(pk_rule_count() * sizeof *rules);
        if (!rules) {
            cli_errorf("out of memory");
            return CLI_FAIL;
        }
        pk_status s = pk_classify(&res, fs, MAX_FINDINGS, &in, &err);
        if (s == PK_OK || s == PK_EBUFSIZE)
            s = pk_classify_trace(&t, rules, pk_rule_count(), &in, &err);
        if (s != PK_OK) {
            free(rules);
            return cli_report(s, &err, 0);
        }
        char out[4096];
        wbuf w = {stdout, out, 0, sizeof out};
        json_result(&w, 0, NULL, 0, &res, fs, &in, 0, &t, rules);
        w_flush(&w);
        free(rules);
        return CLI_OK;
    }
    if (explain) {
        char *text = NULL;
        pk_status s = pk_explain_lang(&text, &in, cli_lang(), &err);
        if (s != PK_OK)
            return cli_report(s, &err, 0);
        fputs(text, stdout);
        (void)cli_out_failed(); /* keeps the OS reason of a failed write (a full disk) */
        pk_free(text);
        return CLI_OK;
    }
    pk_finding fs[MAX_FINDINGS];
    pk_classification res = PK_CLASSIFICATION_INIT;
    pk_status s = pk_classify(&res, fs, MAX_FINDINGS, &in, &err);
    if (s != PK_OK && s != PK_EBUFSIZE)
        return cli_report(s, &err, 0);
    if (missing_required(&res))
        return CLI_USAGE;
    char out[4096];
    wbuf w = {stdout, out, 0, sizeof out};
    if (json)
        json_result(&w, 0, NULL, 0, &res, fs, &in, 0, NULL, NULL);
    else if ((s = text_result(&w, 0, NULL, 0, &res, fs, &in, 1, &err)) != PK_OK)
        return cli_report(s, &err, 0);
    w_flush(&w);
    return CLI_OK;
}

const cli_command cli_cmd_classify = {"classify", "--actor A --act X --occurred D [...] | --batch [FILE]",
                                      CLI_MSG_SUM_CLASSIFY,
                                      run};
