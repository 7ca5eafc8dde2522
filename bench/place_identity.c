/* Identity dump of the place resolver and text search: every answer in full, to compare two
 * builds byte by byte after a change that must not change any answer (speed work).
 * usage: place_identity OUT MESSY_TSV [MENTIONS_TSV ...] [-- CORPUS_JSON ...]
 *  MESSY_TSV: bench_place's place_messy.tsv (messy, typo, code, name, level): each name resolved
 *             as is, and again with its kab/kota (or province) as the options' context;
 *  MENTIONS_TSV: tests/regions/real/ TSV files (id, class, mention, context, ...): each mention
 *             resolved with its context sentence as context text, as check_mentions does;
 *  CORPUS_JSON: tests/extract/corpus/ JSON files: the "text" field searched (default options,
 *             PK_PLACE_WEAK, and PK_PLACE_WEAK | PK_PLACE_CASE_SENSITIVE as the text engine searches),
 *             every mention dumped.
 * Prints nothing but the counts; asserts nothing. Not part of the library or the tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pilkada.h"

static size_t nres, nfind;

static void dump_res(FILE *out, const char *tag, const char *name, const pk_place_options *o)
{
    pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
    pk_place_candidate c[8];
    pk_error err;
    memset(c, 0, sizeof c);
    pk_status s = pk_place_resolve(&r, c, 8, name, o, &err);
    fprintf(out, "%s\t%s\t%d\t%08x\t%d\t%d\t%d\t%.17g\t%zu\t%zu\t%zu\t%zu", tag, name, (int)s, (unsigned)r.id, r.level,
            r.ambiguous, (int)r.how, r.score, r.ncandidates, r.total, r.start, r.end);
    for (size_t i = 0; i < r.ncandidates && i < 8; i++)
        fprintf(out, "\t%08x:%.17g:%d", (unsigned)c[i].id, c[i].score, (int)c[i].how);
    fputc('\n', out);
    nres++;
}

static char *field(char **p)
{
    char *s = *p, *t = strchr(s, '\t');
    if (t) {
        *t = '\0';
        *p = t + 1;
    } else {
        *p = s + strlen(s);
    }
    return s;
}

static FILE *open_or_exit(const char *path, const char *mode)
{
    FILE *f = fopen(path, mode);
    if (!f) {
        perror(path);
        exit(1);
    }
    return f;
}

static void messy(FILE *out, const char *path)
{
    FILE *f = open_or_exit(path, "r");
    static char line[4096];
    int first = 1;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (first) {
            first = 0;
            continue;
        }
        char *p = line, *name = field(&p), *typo = field(&p), *code = field(&p);
        dump_res(out, typo, name, NULL);
        pk_place pl = PK_PLACE_INIT;
        pk_place_id id = 0;
        if (pk_place_lookup(&pl, &id, code, NULL) != PK_OK)
            continue;
        /* the context: the kab/kota of a district or village, the province of a kab/kota */
        char ctxcode[16];
        snprintf(ctxcode, sizeof ctxcode, "%s", code);
        char *dot = strchr(ctxcode, '.');
        if (dot && pl.level > 2)
            dot = strchr(dot + 1, '.');
        if (!dot)
            continue;
        *dot = 0;
        pk_place_options o = PK_PLACE_OPTIONS_INIT;
        if (pk_place_lookup(NULL, &o.context, ctxcode, NULL) != PK_OK)
            continue;
        dump_res(out, "ctx", name, &o);
    }
    fclose(f);
}

static void mentions(FILE *out, const char *path)
{
    FILE *f = open_or_exit(path, "r");
    static char line[1 << 16];
    int first = 1;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (first || !line[0] || line[0] == '#') {
            first = 0;
            continue;
        }
        char *p = line;
        field(&p);
        field(&p);
        char *mention = field(&p), *context = field(&p);
        pk_place_options o = PK_PLACE_OPTIONS_INIT;
        o.context_text = *context ? context : NULL;
        dump_res(out, "men", mention, &o);
        dump_res(out, "men0", mention, NULL);
    }
    fclose(f);
}

/* the "text" string of a JSON file, unescaped (\uXXXX to UTF-8; surrogate pairs joined) */
static size_t json_text(const char *js, char *out, size_t cap)
{
    const char *p = strstr(js, "\"text\"");
    if (!p)
        return 0;
    p = strchr(p + 6, '"');
    if (!p)
        return 0;
    p++;
    size_t n = 0;
    while (*p && *p != '"' && n + 8 < cap) {
        if (*p != '\\') {
            out[n++] = *p++;
            continue;
        }
        p++;
        char c = *p++;
        switch (c) {
        case 'n': out[n++] = '\n'; break;
        case 't': out[n++] = '\t'; break;
        case 'r': out[n++] = '\r'; break;
        case 'b': out[n++] = '\b'; break;
        case 'f': out[n++] = '\f'; break;
        case 'u': {
            if (strspn(p, "0123456789abcdefABCDEF") < 4)
                goto done; /* a cut \u escape: the text ends here */
            unsigned u = (unsigned)strtoul((char[5]){p[0], p[1], p[2], p[3], 0}, NULL, 16);
            p += 4;
            if (u >= 0xD800 && u < 0xDC00 && p[0] == '\\' && p[1] == 'u' &&
                strspn(p + 2, "0123456789abcdefABCDEF") >= 4) {
                unsigned lo = (unsigned)strtoul((char[5]){p[2], p[3], p[4], p[5], 0}, NULL, 16);
                p += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
            if (u < 0x80) {
                out[n++] = (char)u;
            } else if (u < 0x800) {
                out[n++] = (char)(0xC0 | u >> 6);
                out[n++] = (char)(0x80 | (u & 63));
            } else if (u < 0x10000) {
                out[n++] = (char)(0xE0 | u >> 12);
                out[n++] = (char)(0x80 | ((u >> 6) & 63));
                out[n++] = (char)(0x80 | (u & 63));
            } else {
                out[n++] = (char)(0xF0 | u >> 18);
                out[n++] = (char)(0x80 | ((u >> 12) & 63));
                out[n++] = (char)(0x80 | ((u >> 6) & 63));
                out[n++] = (char)(0x80 | (u & 63));
            }
            break;
        }
        case '\0': goto done; /* a backslash at the very end */
        default: out[n++] = c;
        }
    }
done:
    out[n] = 0;
    return n;
}

static void corpus(FILE *out, const char *path)
{
    FILE *f = open_or_exit(path, "rb");
    static char js[1 << 20], text[1 << 20];
    size_t jl = fread(js, 1, sizeof js - 1, f);
    fclose(f);
    js[jl] = 0;
    size_t len = json_text(js, text, sizeof text);
    static pk_place_mention m[4096];
    /* weak 2: the text engine's flags (extract.c), case-sensitive as well */
    for (int weak = 0; weak < 3; weak++) {
        pk_place_options o = PK_PLACE_OPTIONS_INIT;
        o.flags = weak == 2 ? PK_PLACE_WEAK | PK_PLACE_CASE_SENSITIVE : weak ? PK_PLACE_WEAK : 0;
        size_t total = 0;
        pk_status s = pk_place_find_in_text(m, (sizeof m / sizeof *m), &total, text, len, &o, NULL);
        fprintf(out, "text\t%s\t%d\t%d\t%zu\n", path, weak, (int)s, total);
        for (size_t i = 0; i < total && i < (sizeof m / sizeof *m); i++) {
            fprintf(out, "  %zu %zu %zu %08x %d %d %d %d %zu %zu", m[i].start, m[i].name_start, m[i].end,
                    (unsigned)m[i].id, m[i].level, m[i].cue_level, m[i].ambiguous, (int)m[i].how, m[i].total,
                    m[i].ncandidates);
            for (size_t j = 0; j < m[i].ncandidates; j++)
                fprintf(out, " %08x:%.17g:%d", (unsigned)m[i].candidates[j].id, m[i].candidates[j].score,
                        (int)m[i].candidates[j].how);
            fputc('\n', out);
            /* each mention's words resolved with the text as context */
            char nm[PK_PLACE_NAME_MAX + 1];
            size_t nl = m[i].end - m[i].start;
            if (nl <= PK_PLACE_NAME_MAX && !weak) {
                memcpy(nm, text + m[i].start, nl);
                nm[nl] = 0;
                pk_place_options ro = PK_PLACE_OPTIONS_INIT;
                ro.context_text = text;
                dump_res(out, "tres", nm, &ro);
            }
        }
        nfind++;
    }
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: place_identity OUT MESSY_TSV [MENTIONS_TSV ...] [-- CORPUS_JSON ...]\n");
        return 2;
    }
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    messy(out, argv[2]);
    int json = 0;
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            json = 1;
        else if (json)
            corpus(out, argv[i]);
        else
            mentions(out, argv[i]);
    }
    if (fclose(out) != 0)
        return 1;
    printf("resolved %zu names, searched %zu texts\n", nres, nfind);
    return 0;
}
