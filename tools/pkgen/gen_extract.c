/* pkgen kind "extract": data/extract/{actors,acts,cues}.csv -> the text
 * engine's lexicon (const entries and an open-addressing hash table on the
 * phrase hash, a set of phrase-prefix hashes), plus the set of words of the
 * region names and aliases (data/regions/regions.csv, aliases.csv). Phrases are stemmed here with the very affix stripper the
 * engine applies to the text at run time (libpilkada/extract_stem.c). */
#include <stdlib.h>
#include <string.h>

#include "extract_internal.h"
#include "pilkada/violation.h"
#include "pkgen.h"

int pkgen_extract(FILE *out, int ninputs, char **inputs);

static const char *const kind_names[] = {"", "actor", "act", "negation", "hedge", "outcome", "irrealis",
                                         "speech", "candidate", "place", "occur", "process", "post"};

typedef struct row {
    int kind, mode, ntok, priority;
    char *label, *maps_to, *phrase;
    uint64_t hash;
    uint64_t pref[PK__LX_MAX_TOKENS];
} row;

static int cmp_row(const void *a, const void *b)
{
    const row *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    if (x->mode != y->mode)
        return x->mode - y->mode;
    return strcmp(x->phrase, y->phrase);
}

/* Allowed cue labels per kind (actor/act labels are checked separately). */
static int cue_label_ok(int kind, const char *l)
{
    static const char *const neg[] = {"next", "deny"};
    static const char *const outc[] = {"proven", "sanctioned", "not_proven", "dropped", "threat"};
    static const char *const irr[] = {"prohibition", "appeal", "socialisation", "condition", "risk", "aggregate", "tally"};
    static const char *const cand[] = {"paslon", "calon", "bakal_calon", "petahana", "office"};
    static const char *const place[] = {"district", "village", "home", "office", "link", "election", "local_office"};
    switch (kind) {
    case PK__LX_NEGATION: return pk__lookup_name(neg, 2, l) >= 0;
    case PK__LX_OUTCOME: return pk__lookup_name(outc, 5, l) >= 0;
    case PK__LX_IRREALIS: return pk__lookup_name(irr, 7, l) >= 0;
    case PK__LX_CANDIDATE: return pk__lookup_name(cand, 5, l) >= 0;
    case PK__LX_PLACE: return pk__lookup_name(place, 7, l) >= 0;
    case PK__LX_HEDGE: return strcmp(l, "alleged") == 0;
    case PK__LX_SPEECH: return strcmp(l, "speech") == 0;
    case PK__LX_OCCUR:
        return strcmp(l, "occur") == 0 || strcmp(l, "by") == 0 || strcmp(l, "to") == 0 || strcmp(l, "period") == 0 ||
               strcmp(l, "anaphor") == 0 || strcmp(l, "front") == 0 || strcmp(l, "accused") == 0 ||
               strcmp(l, "backref") == 0 || strcmp(l, "relative") == 0 ||
               strcmp(l, "shift") == 0 || strcmp(l, "handle") == 0 || strcmp(l, "contrast") == 0 ||
               strcmp(l, "give") == 0 || strcmp(l, "gift_money") == 0 || strcmp(l, "gift_goods") == 0 ||
               strcmp(l, "gift_aid") == 0 || strcmp(l, "direct") == 0 || strcmp(l, "aim") == 0 ||
               strcmp(l, "escort") == 0 || strcmp(l, "register") == 0 ||
               strcmp(l, "ceremony") == 0 || strcmp(l, "ceremony_aim") == 0;
    case PK__LX_PROCESS: return strcmp(l, "report") == 0 || strcmp(l, "schedule") == 0;
    case PK__LX_POST: /* a head word, or an agency with the actor class its posts imply */
        return strcmp(l, "head") == 0 || strcmp(l, "asn") == 0;
    default: return 0;
    }
}

static int slug_ok(const char *s)
{
    if (!*s)
        return 0;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || *p == '_'))
            return 0;
    return 1;
}

/* Split, check and (in stem mode) stem the phrase; returns the normalised
 * phrase (malloc'd) and its word count and hash, or NULL on a bad phrase. */
static char *normalise(const char *phrase, int mode, int *ntok, uint64_t *hash, uint64_t *pref)
{
    size_t n = strlen(phrase);
    char *res = malloc(n + 1 + (size_t)PK__LX_MAX_TOKENS * (PK__STEM_MAX + 1));
    if (!res)
        return NULL;
    size_t rl = 0;
    int words = 0;
    uint64_t h = pk__lex_hash_seed(mode);
    for (size_t i = 0; i < n;) {
        if (phrase[i] == ' ') {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && phrase[j] != ' ') {
            char c = phrase[j];
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                free(res);
                return NULL;
            }
            j++;
        }
        if (++words > PK__LX_MAX_TOKENS || j - i > PK__STEM_MAX) {
            free(res);
            return NULL;
        }
        char stem[PK__STEM_MAX + 1];
        size_t sl;
        if (mode == PK__LX_STEM) {
            sl = pk__id_stem(stem, phrase + i, j - i);
        } else {
            sl = j - i;
            memcpy(stem, phrase + i, sl);
        }
        if (rl)
            res[rl++] = ' ';
        memcpy(res + rl, stem, sl);
        rl += sl;
        h = pk__lex_hash_step(h, pk__lex_word_hash(stem, sl));
        pref[words - 1] = h;
        i = j;
    }
    res[rl] = '\0';
    if (!words) {
        free(res);
        return NULL;
    }
    *ntok = words;
    *hash = h;
    return res;
}

/* Set of word hashes (open addressing, 0 = empty). */
typedef struct hset {
    uint64_t *v;
    size_t n, cap;
} hset;

static int hset_add(hset *h, uint64_t x)
{
    if (!x)
        x = 1;
    if ((h->n + 1) * 2 > h->cap) {
        size_t nc = h->cap ? h->cap * 2 : 1024;
        uint64_t *nv = calloc(nc, sizeof *nv);
        if (!nv)
            return 1;
        for (size_t i = 0; i < h->cap; i++) {
            if (!h->v[i])
                continue;
            size_t s = (size_t)h->v[i] & (nc - 1);
            while (nv[s])
                s = (s + 1) & (nc - 1);
            nv[s] = h->v[i];
        }
        free(h->v);
        h->v = nv;
        h->cap = nc;
    }
    size_t s = (size_t)x & (h->cap - 1);
    while (h->v[s] && h->v[s] != x)
        s = (s + 1) & (h->cap - 1);
    if (!h->v[s]) {
        h->v[s] = x;
        h->n++;
    }
    return 0;
}

/* Every word of a region name or alias (lower-cased, split at non-letters
 * and non-digits as the engine's tokenizer splits), so that the engine
 * calls the registry's text search only on runs of words that hold one. */
static int add_region_words(hset *h, const char *name)
{
    char w[PK__STEM_MAX + 1];
    size_t k = 0;
    for (const unsigned char *p = (const unsigned char *)name;; p++) {
        unsigned char c = *p;
        int word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (word) {
            if (k < PK__STEM_MAX)
                w[k++] = (char)((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
            continue;
        }
        if (k && hset_add(h, pk__lex_word_hash(w, k)))
            return 1;
        k = 0;
        if (!c)
            return 0;
    }
}

/* Read a CSV data file and call on_row(ctx, reader, header) for the header
 * and then for every record; a non-zero return stops with that status. */
typedef int (*row_fn)(void *ctx, const pk_csv *r, int header);

static int read_csv(const char *path, row_fn on_row, void *ctx)
{
    char *text = NULL;
    size_t len = 0;
    if (pkgen_read(path, &text, &len))
        return 1;
    pk_error err;
    pk_error_clear(&err);
    pk_csv r;
    if (pk__csv_open(&r, text, len, path, &err) != PK_OK) {
        free(text);
        return pkgen_report(&err);
    }
    int rc = 0, header = 1;
    for (;;) {
        int k = pk__csv_next(&r, &err);
        if (k < 0) {
            rc = pkgen_report(&err);
            break;
        }
        if (k == PK_CSV_EOF)
            break;
        if (k != PK_CSV_RECORD)
            continue;
        rc = on_row(ctx, &r, header);
        header = 0;
        if (rc)
            break;
    }
    pk__csv_close(&r);
    free(text);
    return rc;
}

typedef struct region_ctx {
    hset *words;
    int col;
} region_ctx;

static int region_row(void *vctx, const pk_csv *r, int header)
{
    region_ctx *c = vctx;
    if (header) {
        c->col = pk__csv_find_header(r, "alias");
        if (c->col < 0)
            c->col = pk__csv_find_header(r, "name");
        if (c->col < 0)
            fprintf(stderr, "%s: no name or alias column\n", r->source);
        return c->col < 0;
    }
    return add_region_words(c->words, pk__csv_field(r, (size_t)c->col));
}

typedef struct lex_ctx {
    row **rows;
    size_t *nrows, *cap;
    int col[8];
} lex_ctx;

static const char *const lex_cols[] = {"kind", "label", "phrase", "mode", "priority", "maps_to", "source", "example"};

static int lex_row(void *vctx, const pk_csv *r, int header)
{
    lex_ctx *c = vctx;
    const char *path = r->source;
    if (header) {
        int rc = 0;
        for (int k = 0; k < 8; k++) {
            c->col[k] = pk__csv_find_header(r, lex_cols[k]);
            if (c->col[k] < 0) {
                fprintf(stderr, "%s: missing column '%s'\n", path, lex_cols[k]);
                rc = 1;
            }
        }
        return rc;
    }
    row **rows = c->rows;
    size_t *nrows = c->nrows, *cap = c->cap;
    const int *col = c->col;
    const char *f[8];
    for (int k = 0; k < 8; k++)
        f[k] = pk__csv_field(r, (size_t)col[k]);
    row w;
    memset(&w, 0, sizeof w);
    w.kind = pk__lookup_name(kind_names, (int)PK_ARRAY_LEN(kind_names), f[0]);
    w.mode = strcmp(f[3], "stem") == 0 ? PK__LX_STEM : strcmp(f[3], "exact") == 0 ? PK__LX_EXACT : -1;
    w.priority = (f[4][0] >= '1' && f[4][0] <= '3' && !f[4][1]) ? f[4][0] - '0' : -1;
    const char *why = NULL;
    if (w.kind <= 0)
        why = "unknown kind";
    else if (w.mode < 0)
        why = "mode must be stem or exact";
    else if (w.priority < 0)
        why = "priority must be 1, 2 or 3";
    else if (!slug_ok(f[1]))
        why = "label must be a slug (a-z, _)";
    else if (w.kind != PK__LX_ACTOR && w.kind != PK__LX_ACT && !cue_label_ok(w.kind, f[1]))
        why = "unknown cue label for this kind";
    else if (!f[6][0] || !f[7][0])
        why = "every entry needs a source and an example";
    if (!why && f[5][0]) {
        if (w.kind == PK__LX_ACTOR || w.kind == PK__LX_POST) {
            pk_actor a;
            if (pk_actor_from_name(&a, f[5], NULL) != PK_OK)
                why = "maps_to is not an actor slug";
        } else if (w.kind == PK__LX_ACT) {
            pk_act a;
            if (pk_act_from_name(&a, f[5], NULL) != PK_OK)
                why = "maps_to is not an act slug";
        } else {
            why = "maps_to is only for actors and acts";
        }
    }
    if (!why) {
        w.phrase = normalise(f[2], w.mode, &w.ntok, &w.hash, w.pref);
        if (!w.phrase)
            why = "phrase must be 1-6 words of a-z, 0-9";
    }
    if (why) {
        fprintf(stderr, "%s:%ld: %s\n", path, r->line, why);
        free(w.phrase);
        return 1;
    }
    w.label = pk__strndup(f[1], strlen(f[1]));
    w.maps_to = f[5][0] ? pk__strndup(f[5], strlen(f[5])) : NULL;
    if (*nrows == *cap) {
        size_t nc = *cap ? *cap * 2 : 256;
        row *nr = realloc(*rows, nc * sizeof *nr);
        if (!nr) {
            free(w.label);
            free(w.maps_to);
            free(w.phrase);
            return 1;
        }
        *rows = nr;
        *cap = nc;
    }
    (*rows)[(*nrows)++] = w;
    return 0;
}

static int read_region_file(const char *path, hset *h)
{
    region_ctx c = {h, -1};
    return read_csv(path, region_row, &c);
}

static int read_file(const char *path, row **rows, size_t *nrows, size_t *cap)
{
    lex_ctx c;
    memset(&c, 0, sizeof c);
    c.rows = rows;
    c.nrows = nrows;
    c.cap = cap;
    return read_csv(path, lex_row, &c);
}

int pkgen_extract(FILE *out, int ninputs, char **inputs)
{
    row *rows = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    hset rw = {NULL, 0, 0};
    /* lexicon files (data/extract/) and region files (a path under a "regions" folder:
     * data/regions/regions.csv, aliases.csv) */
    for (int i = 0; i < ninputs && !rc; i++) {
        if (strstr(inputs[i], "regions/"))
            rc = read_region_file(inputs[i], &rw);
        else
            rc = read_file(inputs[i], &rows, &n, &cap);
    }
    if (!rc && rw.n == 0) {
        fprintf(stderr, "pkgen extract: no region words (give data/regions/regions.csv and aliases.csv)\n");
        rc = 1;
    }
    if (!rc && n == 0) {
        fprintf(stderr, "pkgen extract: no entries\n");
        rc = 1;
    }
    if (!rc) {
        qsort(rows, n, sizeof *rows, cmp_row);
        /* forms that meet after stemming (mengunggah, unggahan) document the
         * lexicon; one entry per (kind, mode, phrase, label) is compiled;
         * the forms must agree on the priority */
        size_t w = 0;
        for (size_t i = 0; i < n; i++) {
            row *p = w ? &rows[w - 1] : NULL;
            if (p && p->kind == rows[i].kind && p->mode == rows[i].mode && strcmp(p->phrase, rows[i].phrase) == 0 &&
                strcmp(p->label, rows[i].label) == 0) {
                if (rows[i].priority != p->priority) {
                    fprintf(stderr, "pkgen extract: %s '%s' (%s): forms that meet after stemming need one priority\n",
                            kind_names[p->kind], p->phrase, p->label);
                    rc = 1;
                }
                free(rows[i].label);
                free(rows[i].maps_to);
                free(rows[i].phrase);
                continue;
            }
            rows[w++] = rows[i];
        }
        n = w;
    }
    if (rc)
        goto done;
    size_t nslots = 64;
    while (nslots < n * 3)
        nslots *= 2;
    uint32_t *slots = calloc(nslots, sizeof *slots);
    if (!slots) {
        rc = 1;
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        /* one slot per group of entries with the same (mode, phrase); the
         * runtime compares phrases, so hash collisions are harmless */
        if (i > 0 && rows[i].hash == rows[i - 1].hash && rows[i].mode == rows[i - 1].mode &&
            strcmp(rows[i].phrase, rows[i - 1].phrase) == 0)
            continue;
        size_t s = (size_t)rows[i].hash & (nslots - 1);
        while (slots[s])
            s = (s + 1) & (nslots - 1);
        slots[s] = (uint32_t)(i + 1);
    }
    /* the prefix set at most half full (a fifth with today's lexicon, whose
     * phrases share many prefixes): its slots are probed for most words of a
     * text, and a small table stays in the CPU's cache (64 KB for the 2,230
     * prefixes, 1,680 distinct, of 1,178 phrases) */
    size_t nprefix = 0; /* prefixes written, distinct or not: at least the distinct ones */
    for (size_t i = 0; i < n; i++)
        nprefix += (size_t)rows[i].ntok;
    size_t npre = 64;
    while (npre < nprefix * 2)
        npre *= 2;
    uint64_t *pre = calloc(npre, sizeof *pre);
    if (!pre) {
        free(slots);
        rc = 1;
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        for (int k = 0; k < rows[i].ntok; k++) {
            uint64_t h = rows[i].pref[k] ? rows[i].pref[k] : 1;
            size_t s = (size_t)h & (npre - 1);
            while (pre[s] && pre[s] != h)
                s = (s + 1) & (npre - 1);
            pre[s] = h;
        }
    }
    pkgen_banner(out, "extract", ninputs, inputs);
    fputs("#include \"extract_internal.h\"\n\n", out);
    fprintf(out, "static const pk__lex_entry entries[%zu] = {\n", n);
    for (size_t i = 0; i < n; i++) {
        const row *w = &rows[i];
        fprintf(out, "    {%d, %d, %d, %d, ", w->kind, w->mode, w->ntok, w->priority);
        pkgen_str(out, w->label);
        fputs(", ", out);
        pkgen_str(out, w->maps_to);
        fputs(", ", out);
        pkgen_str(out, w->phrase);
        fprintf(out, ", 0x%016llxull},\n", (unsigned long long)w->hash);
    }
    fputs("};\n\n", out);
    fprintf(out, "static const uint32_t slots[%zu] = {", nslots);
    for (size_t i = 0; i < nslots; i++)
        fprintf(out, "%s%lu,", i % 16 == 0 ? "\n    " : " ", (unsigned long)slots[i]);
    fputs("\n};\n\n", out);
    fprintf(out, "static const uint64_t prefixes[%zu] = {", npre);
    for (size_t i = 0; i < npre; i++)
        fprintf(out, "%s0x%llxull,", i % 4 == 0 ? "\n    " : " ", (unsigned long long)pre[i]);
    fputs("\n};\n\n", out);
    fprintf(out, "static const uint64_t region_words[%zu] = {", rw.cap);
    for (size_t i = 0; i < rw.cap; i++)
        fprintf(out, "%s0x%llxull,", i % 4 == 0 ? "\n    " : " ", (unsigned long long)rw.v[i]);
    fputs("\n};\n\n", out);
    fprintf(out, "const pk__lexicon pk__extract_lexicon = {entries, %zu, slots, %zu, prefixes, %zu, region_words, %zu};\n",
            n, nslots, npre, rw.cap);
    free(slots);
    free(pre);
done:
    free(rw.v);
    for (size_t i = 0; i < n; i++) {
        free(rows[i].label);
        free(rows[i].maps_to);
        free(rows[i].phrase);
    }
    free(rows);
    return rc;
}
