/* pkgen places: data/regions/{regions,aliases,code_changes,cycles,participation,special_regimes,
 * districts,villages,cues,short_forms,english}.csv -> const tables of the four-level place registry: a string
 * pool, parallel arrays of districts and villages, a token dictionary, a trie over token ids whose
 * terminal entries are places and cue phrases, and a bigram index of the tokens for typos. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "pkgen.h"
#include "place_internal.h"

enum { IN_DISTRICTS = PK__RF_COUNT, IN_VILLAGES, IN_CUES, IN_SHORT, IN_ENGLISH, IN_COUNT };

/* ---- growable arrays ---- */
#define PUSH(arr, n, cap, val)                                                                   \
    do {                                                                                         \
        if ((n) == (cap)) {                                                                      \
            size_t nc_ = (cap) ? (cap)*2 : 1024;                                                 \
            void *p_ = realloc((arr), nc_ * sizeof *(arr));                                      \
            if (!p_) {                                                                           \
                fprintf(stderr, "pkgen places: out of memory\n");                                \
                exit(1);                                                                         \
            }                                                                                    \
            (arr) = p_;                                                                          \
            (cap) = nc_;                                                                         \
        }                                                                                        \
        (arr)[(n)++] = (val);                                                                    \
    } while (0)

/* ---- string pool with de-duplication ---- */
typedef struct pool {
    char *buf;
    size_t len, cap;
    uint32_t *slots; /* offset + 1 */
    size_t nslots;
} pool;

static uint32_t str_hash(const char *s, size_t n)
{
    return pk__place_key_hash(s, n);
}

static uint32_t pool_add(pool *p, const char *s, size_t n)
{
    if (!p->slots) {
        p->nslots = 1u << 19;
        p->slots = calloc(p->nslots, sizeof *p->slots);
    }
    uint32_t h = str_hash(s, n) & (uint32_t)(p->nslots - 1);
    while (p->slots[h]) {
        uint32_t off = p->slots[h] - 1;
        if (strncmp(p->buf + off, s, n) == 0 && p->buf[off + n] == '\0')
            return off;
        h = (h + 1) & (uint32_t)(p->nslots - 1);
    }
    while (p->len + n + 1 > p->cap) {
        p->cap = p->cap ? p->cap * 2 : 1 << 20;
        p->buf = realloc(p->buf, p->cap);
        if (!p->buf)
            exit(1);
    }
    uint32_t off = (uint32_t)p->len;
    memcpy(p->buf + p->len, s, n);
    p->buf[p->len + n] = '\0';
    p->len += n + 1;
    p->slots[h] = off + 1;
    return off;
}

/* ---- phrases ---- */
typedef struct phrase {
    char *words[PK__PLACE_MAX_DEPTH];
    size_t nwords;
    uint32_t id;
    uint8_t flags;
} phrase;

static phrase *phrases;
static size_t nphrases, cap_phrases;

/* split text into words; returns the number (0 if none or too many) */
static size_t split(const char *text, char **words, size_t cap)
{
    size_t pos = 0, n = 0, len = strlen(text);
    pk__pword w;
    while (pk__place_next_word(&w, text, len, &pos)) {
        if (n == cap || w.len >= sizeof w.key) {
            for (size_t i = 0; i < n; i++)
                free(words[i]);
            return 0;
        }
        words[n++] = pk__strndup(w.key, w.len);
    }
    return n;
}

static void add_phrase_words(char **words, size_t n, uint32_t id, uint8_t flags)
{
    phrase ph;
    memset(&ph, 0, sizeof ph);
    for (size_t i = 0; i < n; i++)
        ph.words[i] = words[i];
    ph.nwords = n;
    ph.id = id;
    ph.flags = flags;
    PUSH(phrases, nphrases, cap_phrases, ph);
}

/* Names of three or more words with two adjacent words joined ("Tulangbawang Barat" for Kabupaten Tulang
 * Bawang Barat, "Tojo Unauna" for Tojo Una Una): kept apart until every name is in (add_joined_pairs()). */
static phrase *jpairs;
static size_t njpairs, cap_jpairs;

/* add a name; with `joined`, a two-word name is also added written as one word, and a longer one with each
 * adjacent pair of its words written as one word (in turn; add_joined_pairs()) */
static int add_phrase(const char *text, uint32_t id, uint8_t how, int joined)
{
    char *w[PK__PLACE_MAX_DEPTH];
    size_t n = split(text, w, PK__PLACE_MAX_DEPTH);
    if (!n)
        return 0;
    if (joined && n == 2) {
        size_t a = strlen(w[0]), b = strlen(w[1]);
        if (a + b < 64) {
            char *j = malloc(a + b + 1);
            memcpy(j, w[0], a);
            memcpy(j + a, w[1], b + 1);
            add_phrase_words(&j, 1, id, PK_PLACE_MATCH_JOINED);
        }
    }
    for (size_t k = 0; joined && n >= 3 && k + 1 < n; k++) {
        size_t a = strlen(w[k]), b = strlen(w[k + 1]);
        if (a + b >= 64)
            continue;
        phrase ph;
        memset(&ph, 0, sizeof ph);
        for (size_t i = 0, o = 0; i < n; i++) {
            if (i == k) {
                char *j = malloc(a + b + 1);
                memcpy(j, w[k], a);
                memcpy(j + a, w[k + 1], b + 1);
                ph.words[o++] = j;
                i++;
            } else {
                ph.words[o++] = w[i];
            }
        }
        ph.nwords = n - 1;
        ph.id = id;
        ph.flags = PK_PLACE_MATCH_JOINED;
        PUSH(jpairs, njpairs, cap_jpairs, ph);
    }
    add_phrase_words(w, n, id, how);
    return 1;
}

/* the words of a phrase, one space between them */
static void phrase_text(const phrase *ph, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < ph->nwords && o < cap; i++)
        o += (size_t)snprintf(out + o, cap - o, i ? " %s" : "%s", ph->words[i]);
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names with two words joined (jpairs), each unless those words are a name already (a place's, a level
 * word's): an exact name is the reading of its words, the joined name is not added beside it */
static void add_joined_pairs(void)
{
    char **have = malloc((nphrases + 1) * sizeof *have);
    size_t nh = 0;
    for (size_t i = 0; i < nphrases; i++) {
        if ((phrases[i].flags & PK__PE_HOW_MASK) != PK_PLACE_MATCH_NAME)
            continue;
        char buf[PK__PLACE_MAX_DEPTH * 65];
        phrase_text(&phrases[i], buf, sizeof buf);
        have[nh++] = pk__strndup(buf, strlen(buf));
    }
    qsort(have, nh, sizeof *have, str_cmp);
    for (size_t i = 0; i < njpairs; i++) {
        char buf[PK__PLACE_MAX_DEPTH * 65], *key = buf;
        phrase_text(&jpairs[i], buf, sizeof buf);
        if (!bsearch(&key, have, nh, sizeof *have, str_cmp))
            PUSH(phrases, nphrases, cap_phrases, jpairs[i]);
    }
    for (size_t i = 0; i < nh; i++)
        free(have[i]);
    free(have);
}

/* ---- small CSV reader over one file ---- */
typedef struct rd {
    pk_csv csv;
    int cols[8];
    const char *name;
} rd;

static int rd_open(rd *r, const char *text, size_t len, const char *name, const char *const *cols, int ncols)
{
    pk_error err;
    pk_error_clear(&err);
    r->name = name;
    if (pk__csv_open(&r->csv, text, len, name, &err) != PK_OK)
        return pkgen_report(&err);
    for (;;) {
        int rc = pk__csv_next(&r->csv, &err);
        if (rc < 0)
            return pkgen_report(&err);
        if (rc == PK_CSV_EOF) {
            fprintf(stderr, "%s: no header\n", name);
            return 1;
        }
        if (rc == PK_CSV_RECORD)
            break;
    }
    for (int i = 0; i < ncols; i++) {
        r->cols[i] = pk__csv_find_header(&r->csv, cols[i]);
        if (r->cols[i] < 0) {
            fprintf(stderr, "%s: header has no column '%s'\n", name, cols[i]);
            return 1;
        }
    }
    return 0;
}

/* 1 = record, 0 = end, -1 = error */
static int rd_next(rd *r)
{
    pk_error err;
    pk_error_clear(&err);
    for (;;) {
        int rc = pk__csv_next(&r->csv, &err);
        if (rc < 0) {
            pkgen_report(&err);
            return -1;
        }
        if (rc == PK_CSV_EOF)
            return 0;
        if (rc == PK_CSV_RECORD)
            return 1;
    }
}

static const char *rd_get(rd *r, int i)
{
    return pk__trim((char *)pk__csv_field(&r->csv, (size_t)r->cols[i]));
}

/* ---- English forms of region names (english.csv) ----
 * English pages write a region's name with the direction word first ("South Sorong" for Sorong Selatan,
 * "South Central Timor" for Timor Tengah Selatan), an island-group or range word last ("Bintang Mountains"
 * for Pegunungan Bintang) and the level word after the name ("Kendari City", "East Kotawaringin Regency").
 * Each province and kabupaten/kota gets its English form (when a word of it translates) and both that form
 * and its name followed by the English word of its own level, as aliases: exact names, no typo path. */
enum { EN_LEVEL, EN_AFTER, EN_BEFORE, EN_KEEP, EN_DROP, EN_NPLACES };
static const char *const en_places[] = {"level", "after", "before", "keep", "drop"};

typedef struct enrow {
    char *id[PK__PLACE_MAX_DEPTH]; /* the Indonesian words (for a level row: the region kind) */
    size_t nid;
    char *en; /* the English words, one space between them ("" for keep and drop) */
    int place;
} enrow;

/* does the row's Indonesian text stand at words [at, at + nid) of w? */
static int en_at(const enrow *r, char *const *w, size_t at)
{
    for (size_t k = 0; k < r->nid; k++)
        if (strcmp(r->id[k], w[at + k]) != 0)
            return 0;
    return 1;
}

/* the row of `place` (or keep/drop with `after`) that matches most words at the end (after) or the start
 * (before) of words [lo, hi), leaving at least one word; -1 if none */
static int en_match(const enrow *rows, size_t nrows, char *const *w, size_t lo, size_t hi, int place)
{
    int best = -1;
    for (size_t i = 0; i < nrows; i++) {
        const enrow *r = &rows[i];
        int ok = place == EN_AFTER ? (r->place == EN_AFTER || r->place == EN_KEEP || r->place == EN_DROP)
                                   : r->place == EN_BEFORE;
        if (!ok || r->nid > hi - lo || (r->nid == hi - lo && r->place != EN_KEEP))
            continue;
        size_t at = place == EN_AFTER ? hi - r->nid : lo;
        if (en_at(r, w, at) && (best < 0 || r->nid > rows[best].nid))
            best = (int)i;
    }
    return best;
}

static void en_add(const char *a, const char *b, const char *c, uint32_t id)
{
    char buf[4 * PK__PLACE_MAX_DEPTH * 65];
    snprintf(buf, sizeof buf, "%s%s%s%s%s", a, *b ? " " : "", b, *c ? " " : "", c);
    add_phrase(buf, id, PK_PLACE_MATCH_ALIAS, 0);
}

static void en_free(enrow *rows, size_t nrows)
{
    for (size_t i = 0; i < nrows; i++) {
        for (size_t j = 0; j < rows[i].nid; j++)
            free(rows[i].id[j]);
        free(rows[i].en);
    }
    free(rows);
}

/* returns the number of English forms added, -1 on a bad row */
static long add_english(const pk__region_model *m, const char *text, size_t len, const char *name)
{
    rd r;
    static const char *const cols[] = {"indonesian", "english", "place", "source"};
    if (rd_open(&r, text, len, name, cols, 4))
        return -1;
    enrow *rows = NULL;
    size_t nrows = 0, cap_rows = 0;
    int rc;
    const char *level_en[3] = {NULL, NULL, NULL}; /* provinsi, kabupaten, kota */
    while ((rc = rd_next(&r)) == 1) {
        enrow e;
        memset(&e, 0, sizeof e);
        e.place = pk__lookup_name(en_places, EN_NPLACES, rd_get(&r, 2));
        const char *en = rd_get(&r, 1);
        e.nid = split(rd_get(&r, 0), e.id, PK__PLACE_MAX_DEPTH);
        if (e.place < 0 || !e.nid || !*rd_get(&r, 3) || !*en != (e.place == EN_KEEP || e.place == EN_DROP)) {
            fprintf(stderr, "%s:%ld: bad row (place, words, english or empty source)\n", r.name, r.csv.line);
            for (size_t j = 0; j < e.nid; j++)
                free(e.id[j]);
            en_free(rows, nrows);
            return -1;
        }
        char *ew[PK__PLACE_MAX_DEPTH];
        size_t ne = *en ? split(en, ew, PK__PLACE_MAX_DEPTH) : 0;
        char buf[PK__PLACE_MAX_DEPTH * 65];
        size_t o = 0;
        buf[0] = 0;
        for (size_t k = 0; k < ne; k++) {
            o += (size_t)snprintf(buf + o, sizeof buf - o, k ? " %s" : "%s", ew[k]);
            free(ew[k]);
        }
        e.en = pk__strndup(buf, o);
        PUSH(rows, nrows, cap_rows, e);
        if (e.place == EN_LEVEL) {
            int slot = e.nid != 1 ? -1 : strcmp(e.id[0], "provinsi") == 0 ? 0
                       : strcmp(e.id[0], "kabupaten") == 0 ? 1 : strcmp(e.id[0], "kota") == 0 ? 2 : -1;
            if (slot < 0 || !ne) {
                fprintf(stderr, "%s:%ld: a level row names provinsi, kabupaten or kota\n", r.name, r.csv.line);
                en_free(rows, nrows);
                return -1;
            }
            level_en[slot] = e.en;
        }
    }
    pk__csv_close(&r.csv);
    if (rc < 0 || !rows) {
        if (!rows)
            fprintf(stderr, "%s: no rows\n", name);
        en_free(rows, nrows);
        return -1;
    }
    long added = 0;
    for (size_t i = 0; i < m->nrows; i++) {
        const pk__region_mrow *row = &m->rows[i];
        uint32_t id = PK__PLACE_ID(row->kind == PK_REGION_PROVINSI ? 1 : 2, i);
        const char *lv = level_en[row->kind == PK_REGION_PROVINSI ? 0
                                  : row->kind == PK_REGION_KOTA || row->kind == PK_REGION_KOTA_ADMINISTRASI ? 2 : 1];
        char *w[PK__PLACE_MAX_DEPTH];
        size_t n = split(row->name, w, PK__PLACE_MAX_DEPTH), lo = 0, hi = n;
        char pre[PK__PLACE_MAX_DEPTH * 65] = "", post[PK__PLACE_MAX_DEPTH * 65] = "", stem[PK__PLACE_MAX_DEPTH * 65] = "";
        size_t npre = 0, npost = 0;
        int k;
        while (hi - lo > 1 && (k = en_match(rows, nrows, w, lo, hi, EN_AFTER)) >= 0 && rows[k].place != EN_KEEP) {
            if (rows[k].place == EN_AFTER) /* the last Indonesian word is the first English word */
                npre += (size_t)snprintf(pre + npre, sizeof pre - npre, npre ? " %s" : "%s", rows[k].en);
            hi -= rows[k].nid;
        }
        while (hi - lo > 1 && (k = en_match(rows, nrows, w, lo, hi, EN_BEFORE)) >= 0) {
            char tmp[sizeof post];
            snprintf(tmp, sizeof tmp, "%s%s%s", rows[k].en, npost ? " " : "", post);
            npost = (size_t)snprintf(post, sizeof post, "%s", tmp);
            lo += rows[k].nid;
        }
        for (size_t j = lo, o = 0; j < hi; j++)
            o += (size_t)snprintf(stem + o, sizeof stem - o, j > lo ? " %s" : "%s", w[j]);
        char full[PK__PLACE_MAX_DEPTH * 65] = "";
        for (size_t j = 0, o = 0; j < n; j++)
            o += (size_t)snprintf(full + o, sizeof full - o, j ? " %s" : "%s", w[j]);
        if (npre || npost) { /* a word translated (a dropped word alone is no English form) */
            en_add(pre, stem, post, id);
            if (lv) {
                char e[sizeof stem * 3];
                snprintf(e, sizeof e, "%s%s%s%s%s", pre, npre ? " " : "", stem, npost ? " " : "", post);
                en_add(e, lv, "", id);
            }
            added++;
        }
        if (lv)
            en_add(full, lv, "", id);
        for (size_t j = 0; j < n; j++)
            free(w[j]);
    }
    en_free(rows, nrows);
    return added;
}

static int digits(const char *s, size_t n, long long *v)
{
    *v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        *v = *v * 10 + (s[i] - '0');
    }
    return 1;
}

/* dotted code of any level -> digits value and level (0 if malformed) */
static int parse_code(const char *s, long long *num)
{
    size_t n = strlen(s);
    char d[16] = {0};
    size_t nd = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            if (nd != 2 && nd != 4 && nd != 6)
                return 0;
            continue;
        }
        if (nd >= 10)
            return 0;
        d[nd++] = s[i];
    }
    if (!digits(d, nd, num))
        return 0;
    return nd == 2 ? 1 : nd == 4 ? 2 : nd == 6 ? 3 : nd == 10 ? 4 : 0;
}

/* ---- data ---- */
static uint32_t *d_code, *d_name, *d_first_village;
static uint16_t *d_region;
static size_t nd, cap_d;
static uint16_t *v_suffix;
static uint32_t *v_name, *v_district;
static size_t nv, cap_v, cap_v2, cap_v3;
static pool P;

static int region_of_num(const pk__region_model *m, long long num)
{
    for (size_t i = 0; i < m->nrows; i++)
        if (m->rows[i].code_num == num)
            return (int)i;
    return -1;
}

static uint32_t place_of_code(const pk__region_model *m, const char *code)
{
    long long num;
    int level = parse_code(code, &num);
    if (level == 1 || level == 2) {
        int r = region_of_num(m, num);
        return r < 0 ? 0 : PK__PLACE_ID(level, (uint32_t)r);
    }
    if (level == 3) {
        for (size_t i = 0; i < nd; i++)
            if (d_code[i] == num)
                return PK__PLACE_ID(3, (uint32_t)i);
        return 0;
    }
    if (level == 4) {
        uint32_t dc = (uint32_t)(num / 10000);
        for (size_t i = 0; i < nd; i++)
            if (d_code[i] == dc)
                for (uint32_t v = d_first_village[i]; v < d_first_village[i + 1]; v++)
                    if (v_suffix[v] == num % 10000)
                        return PK__PLACE_ID(4, v);
        return 0;
    }
    return 0;
}

static const char *const cue_roles[] = {"office", "election", "government", "level", "institution", "modifier",
                                        "common_word"};
static const char *const cue_levels[] = {"any", "provinsi", "kabkota", "kecamatan", "desa", "kabupaten", "kota",
                                         "", "region"};

/* ---- trie ---- */
static uint32_t *n_parent, *n_token;
static size_t nnodes, cap_nodes;
static uint32_t *e_slots;
static uint32_t e_mask;

static uint32_t child(uint32_t node, uint32_t tok, int create)
{
    uint32_t h = pk__place_edge_hash(node, tok) & e_mask;
    for (;;) {
        uint32_t c = e_slots[h];
        if (!c)
            break;
        if (n_parent[c] == node && n_token[c] == tok)
            return c;
        h = (h + 1) & e_mask;
    }
    if (!create)
        return 0;
    uint32_t c = (uint32_t)nnodes;
    if (nnodes == cap_nodes) {
        cap_nodes = cap_nodes ? cap_nodes * 2 : 1024;
        uint32_t *np = realloc(n_parent, cap_nodes * sizeof *n_parent);
        if (np)
            n_parent = np;
        void *nt = np ? realloc(n_token, cap_nodes * sizeof *n_token) : NULL;
        if (!np || !nt)
            exit(1); /* pkgen: out of memory ends the build step */
        n_token = nt;
    }
    n_parent[c] = node;
    n_token[c] = tok;
    nnodes++;
    e_slots[h] = c;
    return c;
}

typedef struct tokrec {
    const char *s;
    size_t len;
} tokrec;

static int tok_cmp(const void *a, const void *b)
{
    const tokrec *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return memcmp(x->s, y->s, x->len);
}

typedef struct ent {
    uint32_t node, id;
    uint8_t flags;
} ent;

static int ent_cmp(const void *a, const void *b)
{
    const ent *x = a, *y = b;
    if (x->node != y->node)
        return x->node < y->node ? -1 : 1;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return (int)(x->flags & PK__PE_HOW_MASK) - (int)(y->flags & PK__PE_HOW_MASK);
}

static int u64_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* pkgen writes some 90 MB of tables: through a buffer, digits by hand (fprintf per number was half
 * of its time, and it runs in every build tree) */
typedef struct {
    FILE *out;
    size_t k;
    char b[16384];
} wbuf;

static void wb_room(wbuf *w, size_t need)
{
    if (w->k + need > sizeof w->b) {
        fwrite(w->b, 1, w->k, w->out);
        w->k = 0;
    }
}

static wbuf *wb_new(FILE *out)
{
    wbuf *w = malloc(sizeof *w);
    if (!w) {
        fprintf(stderr, "pkgen places: out of memory\n");
        exit(1);
    }
    w->out = out;
    w->k = 0;
    return w;
}

static void wb_dec(wbuf *w, uint64_t v)
{
    char t[20];
    int n = 0;
    do {
        t[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        w->b[w->k++] = t[--n];
}

/* the bytes of a table as string pieces, 32 a line: printable ASCII as itself but for the quote, the
 * backslash and '?' (no trigraph can form), every other byte as an octal escape of 3 digits (so no
 * escape runs on into the next character). Names and hashes come out about a third shorter than
 * with an escape for every byte, and the compilers read them faster in every build tree. */
static void emit_bytes(FILE *out, const uint8_t *a, size_t n)
{
    wbuf *w = wb_new(out);
    for (size_t i = 0; i < n; i++) {
        wb_room(w, 8);
        if (i % 32 == 0) {
            w->b[w->k++] = '\n';
            w->b[w->k++] = '"';
        }
        uint8_t c = a[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
            w->b[w->k++] = (char)c;
        } else {
            w->b[w->k++] = '\\';
            w->b[w->k++] = (char)('0' + (c >> 6));
            w->b[w->k++] = (char)('0' + ((c >> 3) & 7));
            w->b[w->k++] = (char)('0' + (c & 7));
        }
        if (i % 32 == 31 || i + 1 == n)
            w->b[w->k++] = '"';
    }
    fwrite(w->b, 1, w->k, out);
    free(w);
}

/* a brace list's numbers (the caller writes the braces), per_line to a line, each with suffix
 * ("u" or "") and a comma; get(a, i) reads element i of whichever integer type a holds */
static void emit_list(FILE *out, const void *a, size_t n, uint64_t (*get)(const void *, size_t), unsigned per_line,
                      const char *suffix)
{
    wbuf *w = wb_new(out);
    size_t sl = strlen(suffix);
    for (size_t i = 0; i < n; i++) {
        wb_room(w, 24 + sl);
        if (i % per_line == 0)
            w->b[w->k++] = '\n';
        wb_dec(w, get(a, i));
        memcpy(w->b + w->k, suffix, sl);
        w->k += sl;
        w->b[w->k++] = ',';
    }
    fwrite(w->b, 1, w->k, out);
    free(w);
}

static uint64_t get_u16(const void *a, size_t i)
{
    return ((const uint16_t *)a)[i];
}

static uint64_t get_u32(const void *a, size_t i)
{
    return ((const uint32_t *)a)[i];
}

static uint64_t get_u64(const void *a, size_t i)
{
    return ((const uint64_t *)a)[i];
}

#define PRAGMA_LONG_STRINGS                                                                                            \
    "#if defined(__GNUC__) || defined(__clang__)\n#pragma GCC diagnostic push\n"                                      \
    "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n#endif\n"
#define PRAGMA_POP "#if defined(__GNUC__) || defined(__clang__)\n#pragma GCC diagnostic pop\n#endif\n"

/* a table of uint32_t; align > 0: aligned to that many bytes (slots of a hash table kept within cache lines).
 * A big table is written twice: on a little-endian target (the compiler says so) as the bytes of a
 * union read as words, one string literal that compilers read far faster than a brace list of a
 * million numbers; elsewhere as the brace list. */
static void emit_u32_aligned(FILE *out, const char *name, const uint32_t *a, size_t n, unsigned align)
{
    if (n >= 4096) {
        uint8_t *b = malloc(4 * n);
        if (!b) {
            fprintf(stderr, "pkgen places: out of memory\n");
            exit(1);
        }
        for (size_t i = 0; i < n; i++)
            for (unsigned k = 0; k < 4; k++)
                b[4 * i + k] = (uint8_t)(a[i] >> (8 * k));
        fputs("#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && "
              "__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__\n" PRAGMA_LONG_STRINGS,
              out);
        fprintf(out, "static const _Alignas(%u) union { unsigned char b[%zu]; uint32_t w[%zu]; } %s_le = {", align ? align : 4,
                4 * n, n, name);
        emit_bytes(out, b, 4 * n);
        fprintf(out, "};\n" PRAGMA_POP "#define %s (%s_le.w)\n#else\n", name, name);
        free(b);
    }
    if (align)
        fprintf(out, "static const _Alignas(%u) uint32_t %s[%zu] = {", align, name, n ? n : 1);
    else
        fprintf(out, "static const uint32_t %s[%zu] = {", name, n ? n : 1);
    emit_list(out, a, n, get_u32, 16, "");
    fputs(n ? "\n};\n" : "0};\n", out);
    if (n >= 4096)
        fputs("#endif\n", out);
}

static void emit_u32(FILE *out, const char *name, const uint32_t *a, size_t n)
{
    emit_u32_aligned(out, name, a, n, 0);
}

static void emit_u16(FILE *out, const char *name, const uint16_t *a, size_t n)
{
    fprintf(out, "static const uint16_t %s[%zu] = {", name, n ? n : 1);
    emit_list(out, a, n, get_u16, 20, "");
    fputs(n ? "\n};\n" : "0};\n", out);
}

/* a table of bytes, written as one string literal (octal escapes, 3 digits each): compilers read a
 * string far faster than a brace list of millions of numbers (the deletion index is 7 MB). The array
 * has exactly n elements, so the literal's terminating NUL is not stored (C11 6.7.9p14); its length
 * is beyond the 4095 bytes C11 asks compilers to accept, hence the pragma. */
static void emit_u8(FILE *out, const char *name, const uint8_t *a, size_t n)
{
    if (!n) {
        fprintf(out, "static const uint8_t %s[1] = {0};\n", name);
        return;
    }
    fputs(PRAGMA_LONG_STRINGS, out);
    fprintf(out, "static const uint8_t %s[%zu] =", name, n);
    emit_bytes(out, a, n);
    fputs(";\n" PRAGMA_POP, out);
}

/* same letters, case and spaces ignored ("Kayu Agung" = "Kayuagung") */
static int same_letters(const char *a, const char *b)
{
    for (;;) {
        while (*a == ' ')
            a++;
        while (*b == ' ')
            b++;
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a, y = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
        if (x != y)
            return 0;
        if (!x)
            return 1;
        a++;
        b++;
    }
}

/* Capital towns. Many kecamatan/distrik that hold a kabupaten's seat are named "Kota X" after the town X
 * (Kemendagri: 53.02.01 Kota Soe holds Soe, the seat of Timor Tengah Selatan; 11.07.09 Kota Sigli, seat of
 * Pidie; 96.03.17 Kota Waisai, seat of Raja Ampat), and the press writes the town alone: "Soe, KPU Kab.
 * TTS - Bertempat di ..." (https://kab-timortengahselatan.kpu.go.id/index.php/blog/category/104?page=13),
 * "SERAMBINEWS.COM, SIGLI - Panitia Pengawas ..." (https://aceh.tribunnews.com/2024/10/26/panwaslih-aceh-
 * dan-pj-sekda-pidie-ingatkan-keuchik-untuk-netral-dalam-pilkada).
 * So X is an alias of that district when X is the capital that regions.csv gives for its kabupaten
 * ([K2025]/[RID]), and X is not itself the name of a province or kabupaten/kota (Kota Sumenep holds
 * Sumenep: the bare name stays the kabupaten). Derived from the data: no list to keep. */
static void add_capital_towns(const pk__region_model *m)
{
    for (size_t i = 0; i < nd; i++) {
        const char *name = P.buf + d_name[i], *cap = m->rows[d_region[i]].capital;
        if (strncmp(name, "Kota ", 5) != 0 || !cap || !*cap || !same_letters(name + 5, cap))
            continue;
        int taken = 0;
        for (size_t r = 0; r < m->nrows && !taken; r++)
            taken = same_letters(m->rows[r].name, cap);
        if (!taken)
            add_phrase(name + 5, PK__PLACE_ID(3, i), PK_PLACE_MATCH_ALIAS, 1);
    }
}

/* Desa adat named with their kind. Kemendagri writes the desa adat of Kabupaten Jayapura with the kind in the
 * name (91.03.01.3007 "Desa Adat Yoboi"), and the press writes the place as a kampung of Papua: "Kampung
 * Yoboi, Distrik Sentani, Kabupaten Jayapura" (https://travel.detik.com/domestic-destination/d-5435629/
 * yoboi-kampung-warna-warni-yang-terapung-di-sentani), "Kepala Kampung Yoboi" (https://papua.tribunnews.com/
 * 2021/06/16/jembatan-warna-warni-icon-kampung-wisata-yoboi-kabupaten-jayapura). So the name without its
 * leading "Desa Adat" is an alias of a desa adat (code 3xxx) whose name starts with it. Derived from the data:
 * no list to keep. */
static void add_desa_adat_names(void)
{
    for (size_t i = 0; i < nv; i++) {
        const char *name = P.buf + v_name[i];
        if (v_suffix[i] / 1000 == 3 && strncmp(name, "Desa Adat ", 10) == 0 && name[10])
            add_phrase(name + 10, PK__PLACE_ID(4, i), PK_PLACE_MATCH_ALIAS, 1);
    }
}

/* the letters and digits of s, lower case, into k (at most cap - 1 bytes); returns the length */
static size_t alnum_key(char *k, size_t cap, const char *s)
{
    size_t n = 0;
    for (; *s && n + 1 < cap; s++) {
        char c = *s >= 'A' && *s <= 'Z' ? (char)(*s + 32) : *s;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            k[n++] = c;
    }
    k[n] = 0;
    return n;
}

/* Kabupaten seats named alone. A report filed from a kabupaten's seat names the town: "MAUMERE" for Sikka,
 * "Sorendiweri" for Supiori ("Ketua Bawaslu Supiori ... dihubungi di Sorendiweri",
 * https://papua.antaranews.com/berita/743801/bawaslu-supiori-papua-siapkan-pengawas-kampung-awasi-psu-pilkada),
 * "Kabupaten Tanjung Balai Karimun" (the former name of Karimun after its seat). When the seat that
 * regions.csv gives ([K2025]/[RID]) is the name of no district or village, nor X of a district "Kota X"
 * (those win: they are the town, add_capital_towns()), and is not within two edits of the name of a
 * region (Padang Sidempuan, the seat listed for Tapanuli Selatan, is how the press misspells Kota
 * Padangsidimpuan), it is an alias of its kabupaten. Abbreviated seats ("P. Seribu") and seats written
 * "Kota X" (Kota Mulia, in Distrik Mulia) are left out. */
static void add_seats(const pk__region_model *m)
{
    for (size_t r = 0; r < m->nrows; r++) {
        const char *cap = m->rows[r].capital;
        char ck[64], k[64];
        if (m->rows[r].kind == PK_REGION_PROVINSI || !cap || strchr(cap, '.') || strncmp(cap, "Kota ", 5) == 0)
            continue;
        size_t cl = alnum_key(ck, sizeof ck, cap);
        int taken = cl < 3;
        for (size_t i = 0; i < m->nrows && !taken; i++) {
            size_t l = alnum_key(k, sizeof k, m->rows[i].name);
            taken = pk__osa_bounded(ck, cl, k, l, 2) <= 2;
        }
        for (size_t i = 0; i < nd && !taken; i++) {
            size_t l = alnum_key(k, sizeof k, P.buf + d_name[i]), o = l == cl + 4 && memcmp(k, "kota", 4) == 0 ? 4 : 0;
            taken = l - o == cl && memcmp(k + o, ck, cl) == 0;
        }
        for (size_t i = 0; i < nv && !taken; i++)
            taken = alnum_key(k, sizeof k, P.buf + v_name[i]) == cl && memcmp(k, ck, cl) == 0;
        if (!taken)
            add_phrase(cap, PK__PLACE_ID(2, r), PK_PLACE_MATCH_ALIAS, 1);
    }
}

/* The number that ends a district's name ("Seberang Ulu Satu", "Banyuasin II"): 1..5, 0 if none;
 * *stem: the bytes before its last space. */
static int name_number(const char *name, size_t *stem)
{
    static const char *const words[] = {"Satu", "Dua", "Tiga", "Empat", "Lima"};
    static const char *const roman[] = {"I", "II", "III", "IV", "V"};
    const char *sp = strrchr(name, ' ');
    if (!sp || sp == name)
        return 0;
    *stem = (size_t)(sp - name);
    for (int k = 0; k < 5; k++)
        if (strcmp(sp + 1, words[k]) == 0 || strcmp(sp + 1, roman[k]) == 0)
            return k + 1;
    return 0;
}

/* Numbered districts. Where a kabupaten/kota numbers districts of one name ([K2025]: 16.71.02 Seberang Ulu
 * Satu and 16.71.03 Seberang Ulu Dua in Palembang; 16.07.01-03 Banyuasin I-III), the press writes the
 * number in words, roman or digits: "TPS 35 di Kecamatan Seberang Ulu 1" (https://sumsel.tribunnews.com/
 * 2024/11/30/daftar-5-tps-di-palembang-gelar-psu-pada-2-desember-2024-kpu-minta-masyarakat-gunakan-hak-
 * suaranya), "Lapas Ilir Barat I" (https://kliksumatera.com/?p=167029). Each district of such a series
 * (another district of its kab/kota has the same stem and another number) gets the two other forms as
 * aliases. A number word alone in a name ("Kelapa Dua", "Simpang Empat") is part of it: no series. */
static void add_numbered(void)
{
    static const char *const forms[3][5] = {{"Satu", "Dua", "Tiga", "Empat", "Lima"},
                                            {"I", "II", "III", "IV", "V"},
                                            {"1", "2", "3", "4", "5"}};
    for (size_t i = 0; i < nd; i++) {
        const char *name = P.buf + d_name[i];
        size_t st, st2;
        int n = name_number(name, &st), series = 0;
        /* the districts of a kab/kota are consecutive in code order */
        for (size_t j = i; n && j-- > 0 && d_region[j] == d_region[i] && !series;)
            series = name_number(P.buf + d_name[j], &st2) && st2 == st && strncmp(P.buf + d_name[j], name, st) == 0;
        for (size_t j = i + 1; n && j < nd && d_region[j] == d_region[i] && !series; j++)
            series = name_number(P.buf + d_name[j], &st2) && st2 == st && strncmp(P.buf + d_name[j], name, st) == 0;
        if (!series || st + 8 > 256)
            continue;
        for (int f = 0; f < 3; f++) {
            char buf[256];
            snprintf(buf, sizeof buf, "%.*s %s", (int)st, name, forms[f][n - 1]);
            if (strcmp(buf, name) != 0)
                add_phrase(buf, PK__PLACE_ID(3, i), PK_PLACE_MATCH_ALIAS, 0);
        }
    }
}

int pkgen_places(FILE *out, int ninputs, char **inputs); /* registered in main.c */
int pkgen_places(FILE *out, int ninputs, char **inputs)
{
    if (ninputs != IN_COUNT) {
        fprintf(stderr, "pkgen places: expected %d inputs (the 6 region files, districts, villages, cues, "
                        "short_forms, english)\n", IN_COUNT);
        return 1;
    }
    char *texts[IN_COUNT] = {0};
    size_t lens[IN_COUNT];
    for (int i = 0; i < IN_COUNT; i++)
        if (pkgen_read(inputs[i], &texts[i], &lens[i]))
            return 1;
    pk__region_model m;
    memset(&m, 0, sizeof m);
    pk_error err;
    pk_error_clear(&err);
    if (pk__region_model_load(&m, (const char *const *)texts, lens, (const char *const *)inputs, &err) != PK_OK)
        return pkgen_report(&err);

    /* ---- districts ---- */
    rd r;
    static const char *const dcols[] = {"code", "name"};
    if (rd_open(&r, texts[IN_DISTRICTS], lens[IN_DISTRICTS], inputs[IN_DISTRICTS], dcols, 2))
        return 1;
    int rc;
    size_t cap_dn = 0, cap_dr = 0, nd2 = 0, nd3 = 0;
    while ((rc = rd_next(&r)) == 1) {
        long long num;
        const char *code = rd_get(&r, 0);
        if (parse_code(code, &num) != 3) {
            fprintf(stderr, "%s:%ld: bad district code '%s'\n", r.name, r.csv.line, code);
            return 1;
        }
        if (nd && num <= d_code[nd - 1]) {
            fprintf(stderr, "%s:%ld: codes out of order at '%s'\n", r.name, r.csv.line, code);
            return 1;
        }
        int reg = region_of_num(&m, num / 100);
        if (reg < 0 || m.rows[reg].kind == PK_REGION_PROVINSI) {
            fprintf(stderr, "%s:%ld: district '%s' has no kabupaten/kota\n", r.name, r.csv.line, code);
            return 1;
        }
        const char *name = rd_get(&r, 1);
        if (!*name) {
            fprintf(stderr, "%s:%ld: empty name\n", r.name, r.csv.line);
            return 1;
        }
        PUSH(d_code, nd, cap_d, (uint32_t)num);
        PUSH(d_name, nd2, cap_dn, pool_add(&P, name, strlen(name)));
        PUSH(d_region, nd3, cap_dr, (uint16_t)reg);
    }
    pk__csv_close(&r.csv);
    if (rc < 0)
        return 1;

    /* ---- villages ---- */
    static const char *const vcols[] = {"code", "name", "kind"};
    if (rd_open(&r, texts[IN_VILLAGES], lens[IN_VILLAGES], inputs[IN_VILLAGES], vcols, 3))
        return 1;
    d_first_village = calloc(nd + 1, sizeof *d_first_village);
    size_t cur = 0, nv2 = 0, nv3 = 0;
    long long prev = 0;
    while ((rc = rd_next(&r)) == 1) {
        long long num;
        const char *code = rd_get(&r, 0);
        if (parse_code(code, &num) != 4 || num <= prev) {
            fprintf(stderr, "%s:%ld: bad or unordered village code '%s'\n", r.name, r.csv.line, code);
            return 1;
        }
        prev = num;
        uint32_t dc = (uint32_t)(num / 10000);
        while (cur < nd && d_code[cur] < dc)
            d_first_village[++cur] = (uint32_t)nv;
        if (cur >= nd || d_code[cur] != dc) {
            fprintf(stderr, "%s:%ld: village '%s' has no district\n", r.name, r.csv.line, code);
            return 1;
        }
        unsigned suffix = (unsigned)(num % 10000);
        const char *kind = rd_get(&r, 2);
        const char *want = suffix / 1000 == 1 ? "kelurahan" : suffix / 1000 == 2 ? "desa"
                           : suffix / 1000 == 3 ? "desa_adat" : "?";
        if (strcmp(kind, want) != 0) {
            fprintf(stderr, "%s:%ld: kind '%s' disagrees with code '%s' (%s)\n", r.name, r.csv.line, kind, code,
                    want);
            return 1;
        }
        const char *name = rd_get(&r, 1);
        if (!*name) {
            fprintf(stderr, "%s:%ld: empty name\n", r.name, r.csv.line);
            return 1;
        }
        PUSH(v_suffix, nv, cap_v, (uint16_t)suffix);
        PUSH(v_name, nv2, cap_v2, pool_add(&P, name, strlen(name)));
        PUSH(v_district, nv3, cap_v3, (uint32_t)cur);
    }
    pk__csv_close(&r.csv);
    if (rc < 0)
        return 1;
    while (cur < nd)
        d_first_village[++cur] = (uint32_t)nv;
    if (nd > 65535) {
        fprintf(stderr, "pkgen places: too many districts for 16-bit indexes\n");
        return 1;
    }

    /* region ranges: districts of a kab/kota; the province of each region (regions are in code order) */
    uint16_t *r_first_district = calloc(m.nrows + 1, sizeof *r_first_district);
    uint16_t *r_province = calloc(m.nrows + 1, sizeof *r_province);
    {
        size_t d = 0;
        for (size_t i = 0; i < m.nrows; i++) {
            r_first_district[i] = (uint16_t)d;
            while (d < nd && d_region[d] == i)
                d++;
        }
        r_first_district[m.nrows] = (uint16_t)d;
        if (d != nd) {
            fprintf(stderr, "pkgen places: districts are not in region order\n");
            return 1;
        }
        for (size_t i = 0, p = 0; i < m.nrows; i++) {
            if (m.rows[i].kind == PK_REGION_PROVINSI)
                p = i;
            else if (m.rows[i].code_num / 100 != m.rows[p].code_num) {
                fprintf(stderr, "pkgen places: region %s is not after its province\n", m.rows[i].code);
                return 1;
            }
            r_province[i] = (uint16_t)p;
        }
    }

    /* ---- phrases: names, aliases, short forms ---- */
    for (size_t i = 0; i < m.nrows; i++)
        if (!add_phrase(m.rows[i].name, PK__PLACE_ID(m.rows[i].kind == PK_REGION_PROVINSI ? 1 : 2, i),
                        PK_PLACE_MATCH_NAME, 1)) {
            fprintf(stderr, "pkgen places: region %s has no usable name\n", m.rows[i].code);
            return 1;
        }
    for (size_t i = 0; i < nd; i++)
        if (!add_phrase(P.buf + d_name[i], PK__PLACE_ID(3, i), PK_PLACE_MATCH_NAME, 1)) {
            fprintf(stderr, "pkgen places: district %u has no usable name\n", d_code[i]);
            return 1;
        }
    add_capital_towns(&m);
    add_numbered();
    for (size_t i = 0; i < nv; i++)
        if (!add_phrase(P.buf + v_name[i], PK__PLACE_ID(4, i), PK_PLACE_MATCH_NAME, 1)) {
            fprintf(stderr, "pkgen places: village %zu has no usable name\n", i);
            return 1;
        }
    add_seats(&m);
    add_desa_adat_names();

    /* ---- cues (read before the aliases: leading level words of aliases are stripped) ---- */
    static const char *const ccols[] = {"phrase", "role", "level", "kind", "source", "provinces", "stands_for"};
    if (rd_open(&r, texts[IN_CUES], lens[IN_CUES], inputs[IN_CUES], ccols, 7))
        return 1;
    pk__place_cue *cues = NULL;
    size_t ncues = 0, cap_cues = 0;
    char **stands = NULL; /* stands_for of each cue ("" none), resolved to a cue index once all are read */
    size_t nstands = 0, cap_stands = 0;
    char **commons = NULL;
    size_t ncommons = 0, cap_commons = 0;
    while ((rc = rd_next(&r)) == 1) {
        const char *ph = rd_get(&r, 0), *role = rd_get(&r, 1), *lv = rd_get(&r, 2), *kind = rd_get(&r, 3);
        int ro = pk__lookup_name(cue_roles, PK__CUE_NROLES, role);
        int le = pk__lookup_name(cue_levels, (int)PK_ARRAY_LEN(cue_levels), lv);
        int ki = !*kind ? 0 : strcmp(kind, "desa") == 0 ? PK_PLACE_KIND_DESA
                 : strcmp(kind, "kelurahan") == 0 ? PK_PLACE_KIND_KELURAHAN : -1;
        if (ro < 0 || le < 0 || !lv[0] || ki < 0 || !*rd_get(&r, 4)) {
            fprintf(stderr, "%s:%ld: bad cue row (role, level, kind or empty source)\n", r.name, r.csv.line);
            return 1;
        }
        if (ro == PK__CUE_COMMON_WORD) {
            PUSH(commons, ncommons, cap_commons, pk__strndup(ph, strlen(ph)));
            continue;
        }
        pk__place_cue c = {NULL, (uint8_t)ro, (uint8_t)le, (uint8_t)ki, {0}, 0};
        {
            /* the provinces where the word is the local name of the level: two-digit codes */
            const char *pv = rd_get(&r, 5);
            size_t np = 0;
            while (*pv) {
                if (*pv == ' ') {
                    pv++;
                    continue;
                }
                if (!(pv[0] >= '1' && pv[0] <= '9' && pv[1] >= '0' && pv[1] <= '9' && (pv[2] == ' ' || !pv[2])) ||
                    np == PK_ARRAY_LEN(c.prov) ||
                    region_of_num(&m, (pv[0] - '0') * 10 + (pv[1] - '0')) < 0) {
                    fprintf(stderr, "%s:%ld: bad provinces '%s' (province codes, at most %zu)\n", r.name,
                            r.csv.line, rd_get(&r, 5), PK_ARRAY_LEN(c.prov));
                    return 1;
                }
                c.prov[np++] = (uint8_t)((pv[0] - '0') * 10 + (pv[1] - '0'));
                pv += 2;
            }
        }
        c.phrase = (const char *)(uintptr_t)pool_add(&P, ph, strlen(ph)); /* offset for now */
        if (!add_phrase(ph, PK__PLACE_ID(PK__PLACE_CUE, ncues), PK_PLACE_MATCH_NAME, 0)) {
            fprintf(stderr, "%s:%ld: cue '%s' has no words (or too many)\n", r.name, r.csv.line, ph);
            return 1;
        }
        PUSH(cues, ncues, cap_cues, c);
        const char *sf = rd_get(&r, 6);
        PUSH(stands, nstands, cap_stands, pk__strndup(sf, strlen(sf)));
    }
    pk__csv_close(&r.csv);
    if (rc < 0)
        return 1;
    /* stands_for: a one-word level word of the table ("Kades" stands for Kepala Desa: "desa") */
    for (size_t c = 0; c < ncues; c++) {
        if (!*stands[c])
            continue;
        size_t k = 0;
        while (k < ncues && !(cues[k].role == PK__CUE_LEVEL && !strchr(stands[c], ' ') &&
                              strcmp(P.buf + (size_t)(uintptr_t)cues[k].phrase, stands[c]) == 0))
            k++;
        if (k == ncues || cues[c].role != PK__CUE_OFFICE || k + 1 > UINT16_MAX) {
            fprintf(stderr, "%s: cue '%s': stands_for '%s' is not a one-word level word of the table (or the cue "
                            "is no office word)\n",
                    inputs[IN_CUES], P.buf + (size_t)(uintptr_t)cues[c].phrase, stands[c]);
            return 1;
        }
        cues[c].stands = (uint16_t)(k + 1);
    }
    for (size_t c = 0; c < nstands; c++)
        free(stands[c]);
    free(stands);

    /* aliases of regions (leading kind words such as "Kab." are stripped: cues handle them) */
    for (size_t i = 0; i < m.naliases; i++) {
        int reg = m.aliases[i].region;
        const char *a = m.aliases[i].alias;
        pk__token tok[64];
        size_t n = pk__region_tokens(tok, 64, a, strlen(a));
        int kind;
        size_t skip = n <= 64 ? pk__region_prefix(tok, n, &kind) : 0;
        if (skip && !pk__region_kind_ok(kind, m.rows[reg].kind))
            skip = 0;
        const char *rest = skip ? tok[skip].p : a;
        add_phrase(rest, PK__PLACE_ID(m.rows[reg].kind == PK_REGION_PROVINSI ? 1 : 2, reg), PK_PLACE_MATCH_ALIAS,
                   1);
    }
    /* press short forms */
    static const char *const scols[] = {"alias", "code", "source"};
    if (rd_open(&r, texts[IN_SHORT], lens[IN_SHORT], inputs[IN_SHORT], scols, 3))
        return 1;
    while ((rc = rd_next(&r)) == 1) {
        const char *a = rd_get(&r, 0), *code = rd_get(&r, 1);
        uint32_t id = place_of_code(&m, code);
        if (!id || !*rd_get(&r, 2)) {
            fprintf(stderr, "%s:%ld: unknown code '%s' or empty source\n", r.name, r.csv.line, code);
            return 1;
        }
        if (!add_phrase(a, id, PK_PLACE_MATCH_ALIAS, 0)) {
            fprintf(stderr, "%s:%ld: alias '%s' has no words\n", r.name, r.csv.line, a);
            return 1;
        }
    }
    pk__csv_close(&r.csv);
    if (rc < 0)
        return 1;

    size_t nphrases_own = nphrases; /* the phrases after these are names with two words joined or English forms */
    add_joined_pairs();
    /* English forms after the joined names: their own words (regency, city, mountains ...) are in no other
     * phrase, so the resolver's joining and the typo indexes leave them out, as they do the joined words */
    if (add_english(&m, texts[IN_ENGLISH], lens[IN_ENGLISH], inputs[IN_ENGLISH]) < 0)
        return 1;

    /* ---- tokens ---- */
    size_t nwords_total = 0;
    for (size_t i = 0; i < nphrases; i++)
        nwords_total += phrases[i].nwords;
    tokrec *toks = malloc(nwords_total * sizeof *toks);
    size_t nt = 0;
    for (size_t i = 0; i < nphrases; i++)
        for (size_t j = 0; j < phrases[i].nwords; j++)
            toks[nt++] = (tokrec){phrases[i].words[j], strlen(phrases[i].words[j])};
    qsort(toks, nt, sizeof *toks, tok_cmp);
    size_t ntok = 0;
    for (size_t i = 0; i < nt; i++)
        if (ntok == 0 || tok_cmp(&toks[ntok - 1], &toks[i]) != 0)
            toks[ntok++] = toks[i];
    uint32_t t_nslots = 1;
    while (t_nslots < ntok + ntok / 3) /* load factor at most 3/4 */
        t_nslots <<= 1;
    uint32_t *t_slots = calloc(t_nslots, sizeof *t_slots);
    uint32_t *t_off = malloc(ntok * sizeof *t_off);
    uint8_t *t_len = malloc(ntok);
    uint32_t t_len_first[66];
    for (size_t L = 0, t = 0; L < 66; L++) {
        while (t < ntok && toks[t].len < L)
            t++;
        t_len_first[L] = (uint32_t)t;
    }
    for (size_t t = 0; t < ntok; t++) {
        t_off[t] = pool_add(&P, toks[t].s, toks[t].len);
        t_len[t] = (uint8_t)toks[t].len;
        uint32_t h = str_hash(toks[t].s, toks[t].len) & (t_nslots - 1);
        while (t_slots[h])
            h = (h + 1) & (t_nslots - 1);
        t_slots[h] = (uint32_t)t + 1;
    }
    /* which tokens are in no phrase but names with two words joined (add_joined_pairs(): "unauna" of
     * "Tojo Unauna"): the resolver's own joining of two words a name writes apart skips them, and the
     * fuzzy search's indexes leave them out (no typo is corrected to them; its other answers stay) */
    uint32_t *jonly = calloc(ntok / 32 + 1, sizeof *jonly), *jother = calloc(ntok / 32 + 1, sizeof *jother);
    for (size_t i = 0; i < nphrases; i++)
        for (size_t j = 0; j < phrases[i].nwords; j++) {
            tokrec k = {phrases[i].words[j], strlen(phrases[i].words[j])};
            uint32_t t = (uint32_t)((tokrec *)bsearch(&k, toks, ntok, sizeof *toks, tok_cmp) - toks);
            if (i < nphrases_own)
                jother[t >> 5] |= 1u << (t & 31);
            else
                jonly[t >> 5] |= 1u << (t & 31);
        }
    for (size_t w = 0; w < ntok / 32 + 1; w++)
        jonly[w] &= ~jother[w];
    free(jother);
#define JONLY(t) ((jonly[(t) >> 5] >> ((t) & 31)) & 1u)
    /* ---- trie ---- */
    uint32_t e_nslots = 1;
    while (e_nslots < nwords_total * 2)
        e_nslots <<= 1;
    e_slots = calloc(e_nslots, sizeof *e_slots);
    e_mask = e_nslots - 1;
    child(UINT32_MAX, UINT32_MAX, 1); /* node 0: the root */
    ent *ents = malloc(nphrases * sizeof *ents);
    for (size_t i = 0; i < nphrases; i++) {
        uint32_t node = 0;
        for (size_t j = 0; j < phrases[i].nwords; j++) {
            tokrec k = {phrases[i].words[j], strlen(phrases[i].words[j])};
            tokrec *f = bsearch(&k, toks, ntok, sizeof *toks, tok_cmp);
            node = child(node, (uint32_t)(f - toks), 1);
        }
        ents[i] = (ent){node, phrases[i].id, phrases[i].flags};
    }
    /* the final edge table: load factor at most 3/4 */
    {
        uint32_t ns = 1;
        while (ns < nnodes + nnodes / 3)
            ns <<= 1;
        free(e_slots);
        e_slots = calloc(ns, sizeof *e_slots);
        e_mask = ns - 1;
        for (uint32_t c = 1; c < nnodes; c++) {
            uint32_t h = pk__place_edge_hash(n_parent[c], n_token[c]) & e_mask;
            while (e_slots[h])
                h = (h + 1) & e_mask;
            e_slots[h] = c;
        }
    }
    /* common words: flag the place entries of their node */
    for (size_t c = 0; c < ncommons; c++) {
        char *w[PK__PLACE_MAX_DEPTH];
        size_t n = split(commons[c], w, PK__PLACE_MAX_DEPTH);
        uint32_t node = 0;
        for (size_t j = 0; j < n && (j == 0 || node); j++) {
            tokrec k = {w[j], strlen(w[j])};
            tokrec *f = bsearch(&k, toks, ntok, sizeof *toks, tok_cmp);
            node = f ? child(node, (uint32_t)(f - toks), 0) : 0;
        }
        for (size_t j = 0; j < n; j++)
            free(w[j]);
        size_t hits = 0;
        for (size_t i = 0; node && i < nphrases; i++)
            if (ents[i].node == node && (ents[i].id >> 24) != PK__PLACE_CUE) {
                ents[i].flags |= PK__PE_COMMON;
                hits++;
            }
        if (!hits) {
            fprintf(stderr, "pkgen places: common word '%s' is not a place name\n", commons[c]);
            return 1;
        }
        free(commons[c]);
    }
    free(commons);
    qsort(ents, nphrases, sizeof *ents, ent_cmp);
    size_t nent = 0;
    for (size_t i = 0; i < nphrases; i++) {
        if (nent && ents[nent - 1].node == ents[i].node && ents[nent - 1].id == ents[i].id) {
            ents[nent - 1].flags |= ents[i].flags & PK__PE_COMMON;
            continue; /* one entry per place and node: the best way it matched */
        }
        ents[nent++] = ents[i];
    }
    uint32_t *n_entry = calloc(nnodes + 1, sizeof *n_entry);
    uint32_t *ent_id = malloc(nent * sizeof *ent_id);
    uint8_t *ent_flags = malloc(nent);
    for (size_t i = 0, n = 0; n <= nnodes; n++) {
        n_entry[n] = (uint32_t)i;
        while (i < nent && ents[i].node == n) {
            ent_id[i] = ents[i].id;
            ent_flags[i] = ents[i].flags;
            i++;
        }
    }

    /* ---- bigram postings of tokens ---- */
    uint32_t *bg_first = calloc(PK__REGION_NBIGRAMS + 1, sizeof *bg_first);
    uint16_t grams[80];
    for (size_t t = 0; t < ntok; t++) {
        size_t g = JONLY(t) ? 0 : pk__region_bigrams(grams, PK_ARRAY_LEN(grams), toks[t].s, toks[t].len);
        for (size_t i = 0; i < g; i++)
            bg_first[grams[i] + 1]++;
    }
    for (size_t b = 0; b < PK__REGION_NBIGRAMS; b++)
        bg_first[b + 1] += bg_first[b];
    size_t npost = bg_first[PK__REGION_NBIGRAMS];
    uint32_t *bg_tokens = malloc((npost ? npost : 1) * sizeof *bg_tokens);
    uint32_t *fill = malloc(PK__REGION_NBIGRAMS * sizeof *fill);
    memcpy(fill, bg_first, PK__REGION_NBIGRAMS * sizeof *fill);
    for (size_t t = 0; t < ntok; t++) {
        size_t g = JONLY(t) ? 0 : pk__region_bigrams(grams, PK_ARRAY_LEN(grams), toks[t].s, toks[t].len);
        for (size_t i = 0; i < g; i++)
            bg_tokens[fill[grams[i]]++] = (uint32_t)t;
    }
    free(fill);
    /* ---- tokens by length and first letter, and the bigrams each such group holds (fuzzy) ---- */
    uint32_t lc_first[PK__PLACE_LC_N + 1], lc_gfirst[PK__PLACE_LC_N + 1];
    uint32_t *lc_grams = malloc((npost ? npost : 1) * sizeof *lc_grams), lc_n = 0;
    uint32_t *lc_cnt = calloc(PK__REGION_NBIGRAMS, sizeof *lc_cnt);
    if (!lc_grams || !lc_cnt) {
        fprintf(stderr, "pkgen places: out of memory\n");
        return 1;
    }
    for (size_t g = 0, t = 0; g <= PK__PLACE_LC_N; g++) {
        lc_first[g] = (uint32_t)t;
        lc_gfirst[g] = lc_n;
        for (; t < ntok; t++) {
            int ci = pk__place_lc_char((unsigned char)toks[t].s[0]);
            size_t at = toks[t].len * (size_t)36 + (size_t)ci;
            if (ci < 0 || toks[t].len > 65 || at < g) {
                fprintf(stderr, "pkgen places: token '%.*s' is not in (length, first letter) order\n",
                        (int)toks[t].len, toks[t].s);
                return 1;
            }
            if (at > g)
                break;
            size_t ng = JONLY(t) ? 0 : pk__region_bigrams(grams, PK_ARRAY_LEN(grams), toks[t].s, toks[t].len);
            for (size_t i = 0; i < ng; i++)
                lc_cnt[grams[i]]++;
        }
        for (size_t b = 0; g < PK__PLACE_LC_N && b < PK__REGION_NBIGRAMS; b++)
            if (lc_cnt[b]) {
                if (lc_cnt[b] > 0xFFFFu) {
                    fprintf(stderr, "pkgen places: %u tokens of one length and first letter share a bigram\n",
                            (unsigned)lc_cnt[b]);
                    return 1;
                }
                lc_grams[lc_n++] = (uint32_t)b << 16 | lc_cnt[b];
                lc_cnt[b] = 0;
            }
    }
    free(lc_cnt);
    uint64_t *t_sig = malloc((ntok ? ntok : 1) * sizeof *t_sig);
    for (size_t t = 0; t < ntok; t++) {
        size_t g = pk__region_bigrams(grams, PK_ARRAY_LEN(grams), toks[t].s, toks[t].len);
        t_sig[t] = pk__place_sig(toks[t].s, toks[t].len, grams, g);
    }

    /* ---- deletion neighbourhood (fuzzy) ---- */
    if (ntok >= ((size_t)1 << PK__PLACE_DEL_TOKBITS)) {
        fprintf(stderr, "pkgen places: %zu tokens do not fit the deletion index\n", ntok);
        return 1;
    }
    size_t dl_cap = 1 << 20, dl_n = 0;
    uint64_t *dl = malloc(dl_cap * sizeof *dl); /* hash << 32 | token */
    if (!dl)
        return 1;
    for (size_t t = 0; t < ntok; t++) {
        size_t len = toks[t].len;
        if (len < 2 || JONLY(t))
            continue;
        const char *s = toks[t].s;
        unsigned char first = (unsigned char)s[0];
        const char *tail = s + 1;
        size_t tn = len - 1, k = PK__PLACE_DEL_K(len), start = dl_n;
        char v[PK_PLACE_NAME_MAX + 1];
        /* deletions at i (and j > i): i == tn means none */
        for (size_t i = 0; i <= tn; i++)
            for (size_t j = i == tn || k < 2 ? tn : i + 1; j <= tn; j++) {
                size_t n = 0;
                for (size_t c = 0; c < tn; c++)
                    if (c != i && c != j)
                        v[n++] = tail[c];
                if (dl_n == dl_cap) {
                    uint64_t *grown = realloc(dl, 2 * dl_cap * sizeof *dl);
                    if (!grown) {
                        fprintf(stderr, "pkgen places: out of memory\n");
                        free(dl);
                        return 1;
                    }
                    dl = grown;
                    dl_cap *= 2;
                }
                dl[dl_n++] = (uint64_t)pk__place_del_hash(first, v, n) << 32 | t;
            }
        /* each distinct variant once per token */
        qsort(dl + start, dl_n - start, sizeof *dl, u64_cmp);
        size_t w = start;
        for (size_t i = start; i < dl_n; i++)
            if (w == start || dl[w - 1] != dl[i])
                dl[w++] = dl[i];
        dl_n = w;
    }
    /* the lines: an entry goes in its home line, or the first after it with room, in order of home
     * (pk__place_del_home()); DEL_LOAD entries a line on average */
#define DEL_LOAD 14
    uint32_t dl_nlines = (uint32_t)((dl_n + DEL_LOAD - 1) / DEL_LOAD);
    if (!dl_nlines)
        dl_nlines = 1;
    for (size_t i = 0; i < dl_n; i++) /* home << 40 | check << 32 | token: sorted by home */
        dl[i] = (uint64_t)pk__place_del_home((uint32_t)(dl[i] >> 32), dl_nlines) << 40 |
                (uint64_t)pk__place_del_check((uint32_t)(dl[i] >> 32)) << 32 | (dl[i] & 0xFFFFFFFFu);
    qsort(dl, dl_n, sizeof *dl, u64_cmp);
    size_t dl_cap_lines = (size_t)dl_nlines + 64, dl_used = 0, dl_spill = 0, dl_far = 0;
    uint32_t *dl_tab = calloc(16 * dl_cap_lines, sizeof *dl_tab);
    if (!dl_tab)
        return 1;
    for (size_t i = 0, at = 0; i < dl_n; i++) {
        size_t home = (size_t)(dl[i] >> 40), s = 0;
        uint32_t chk = (uint32_t)(dl[i] >> 32) & 0xFFu, t = (uint32_t)dl[i];
        if (at < home)
            at = home;
        while (at < dl_cap_lines && (s = (dl_tab[16 * at] >> 20) & 31u) == PK__PLACE_DEL_SLOTS)
            at++;
        if (at >= dl_cap_lines) {
            fprintf(stderr, "pkgen places: the deletion index overflows its lines\n");
            return 1;
        }
        uint32_t *ln = dl_tab + 16 * at;
        ln[0] = (ln[0] & ~(31u << 20)) | (uint32_t)(s + 1) << 20 | (t >> 16 & 1u) << s;
        ln[1 + s / 4] |= chk << (8 * (s % 4));
        ln[6 + s / 2] |= (t & 0xFFFFu) << (16 * (s % 2));
        for (size_t x = home; x < at; x++) /* the lines from its home on go on to the next */
            dl_tab[16 * x] |= PK__PLACE_DEL_MORE;
        dl_spill += at > home;
        dl_far = at - home > dl_far ? at - home : dl_far;
        if (at + 1 > dl_used)
            dl_used = at + 1;
    }
    if (dl_used < dl_nlines)
        dl_used = dl_nlines;
    free(dl);

    /* ---- tail index (level_edit(): the first letter changed or one put before it) ---- */
    size_t tl_nb = (size_t)1 << PK__PLACE_TAIL_BITS, tl_n = 0;
    uint64_t *tl = malloc((ntok ? ntok : 1) * sizeof *tl); /* bucket << 32 | entry: by bucket, then id */
    uint32_t *tl_first = calloc(tl_nb + 1, sizeof *tl_first);
    if (!tl || !tl_first)
        return 1;
    for (size_t t = 0; t < ntok; t++) {
        if (toks[t].len < 2 || toks[t].s[0] < 'a' || toks[t].s[0] > 'z' || JONLY(t))
            continue;
        uint32_t h = pk__place_key_hash(toks[t].s + 1, toks[t].len - 1);
        tl[tl_n++] = (uint64_t)(h >> (32 - PK__PLACE_TAIL_BITS)) << 32 |
                     ((uint32_t)t | PK__PLACE_TAIL_CHECK(h) << PK__PLACE_DEL_TOKBITS);
    }
    qsort(tl, tl_n, sizeof *tl, u64_cmp);
    uint32_t *tl_ent = calloc(tl_n ? tl_n : 1, sizeof *tl_ent);
    if (!tl_ent)
        return 1;
    for (size_t i = 0; i < tl_n; i++) {
        tl_first[(tl[i] >> 32) + 1]++;
        tl_ent[i] = (uint32_t)tl[i];
    }
    for (size_t b = 0; b < tl_nb; b++)
        tl_first[b + 1] += tl_first[b];
    free(tl);

    /* ---- emit ---- */
    pkgen_banner(out, "places", ninputs, inputs);
    fputs("#include \"place_internal.h\"\n\n", out);
    /* the pool as one string literal; the array's pad bytes after it are zero (C11 6.7.9p21) */
    fprintf(out, PRAGMA_LONG_STRINGS "static const char pool[%zu] =", P.len + PK__PLACE_POOL_PAD);
    if (P.len)
        emit_bytes(out, (const uint8_t *)P.buf, P.len);
    else
        fputs("\"\"", out);
    fputs(";\n" PRAGMA_POP, out);
    emit_u32(out, "d_code", d_code, nd);
    emit_u32(out, "d_name", d_name, nd);
    emit_u16(out, "d_region", d_region, nd);
    emit_u32(out, "d_first_village", d_first_village, nd + 1);
    emit_u16(out, "r_first_district", r_first_district, m.nrows + 1);
    emit_u16(out, "r_province", r_province, m.nrows + 1);
    emit_u16(out, "v_suffix", v_suffix, nv);
    emit_u32(out, "v_name", v_name, nv);
    {
        uint16_t *vd = malloc((nv ? nv : 1) * sizeof *vd);
        for (size_t i = 0; i < nv; i++)
            vd[i] = (uint16_t)v_district[i];
        emit_u16(out, "v_district", vd, nv);
        free(vd);
    }
    emit_u32(out, "t_off", t_off, ntok);
    emit_u8(out, "t_len", t_len, ntok);
    /* node flags: a place name and / or a cue phrase ends at the node */
    if (P.len >= ((size_t)1 << 26) || nnodes > PK__PN_NODE) {
        fprintf(stderr, "pkgen places: pool (%zu bytes) or trie (%zu nodes) too large\n", P.len, (size_t)nnodes);
        return 1;
    }
    uint32_t *nflag = calloc(nnodes + 1, sizeof *nflag);
    for (size_t n = 0; n < nnodes; n++)
        if (n_entry[n] < n_entry[n + 1])
            nflag[n] = ((ent_id[n_entry[n]] >> 24) <= 4 ? PK__PN_NAME : 0) |
                       ((ent_id[n_entry[n + 1] - 1] >> 24) == PK__PLACE_CUE ? PK__PN_CUE : 0);
    {
        /* the token slots: hash, token id + 1, child of the root with its flags, pool offset and length,
         * the first 16 bytes */
        uint32_t *tab = calloc((size_t)t_nslots * PK__PLACE_TSLOT, sizeof *tab),
                 *root = calloc(ntok ? ntok : 1, sizeof *root);
        for (size_t t = 0; t < ntok; t++)
            root[t] = child(0, (uint32_t)t, 0);
        for (uint32_t h = 0; h < t_nslots; h++) {
            if (!t_slots[h])
                continue;
            uint32_t t = t_slots[h] - 1;
            uint32_t *slot = tab + (size_t)PK__PLACE_TSLOT * h;
            slot[0] = str_hash(toks[t].s, toks[t].len);
            slot[1] = t + 1;
            slot[2] = root[t] ? root[t] | nflag[root[t]] : 0;
            slot[3] = t_off[t] << 6 | t_len[t];
            for (size_t b = 0; b < toks[t].len && b < PK__PLACE_TSLOT_KEY; b++)
                slot[4 + b / 4] |= (uint32_t)(unsigned char)toks[t].s[b] << (8 * (b % 4));
        }
        emit_u32_aligned(out, "t_tab", tab, (size_t)t_nslots * PK__PLACE_TSLOT, 64);
        /* a bit per hash value (bits 12..31 of it) that some token has: most words of a text are no token
         * and are told so by this bit, in the cache, instead of a slot of t_tab */
        uint32_t *filter = calloc(PK__PLACE_TFILTER_WORDS, sizeof *filter);
        for (size_t t = 0; t < ntok; t++) {
            uint32_t b = pk__place_tfilter_bit(str_hash(toks[t].s, toks[t].len));
            filter[b >> 5] |= 1u << (b & 31);
        }
        emit_u32_aligned(out, "t_filter", filter, PK__PLACE_TFILTER_WORDS, 64);
        free(filter);
        emit_u32(out, "t_root", root, ntok);
        /* the fuzzy search's record of each token: signature, pool offset and length, root child, first bytes */
        fprintf(out, "static const _Alignas(32) pk__place_tfz t_fz[%zu] = {", ntok ? ntok : 1);
        for (size_t t = 0; t < ntok; t++) {
            fprintf(out, "%s{%" PRIu64 "u, %uu, %uu, {", t ? ",\n" : "\n", t_sig[t], t_off[t] << 6 | t_len[t],
                    root[t] ? root[t] | nflag[root[t]] : 0);
            for (size_t b = 0; b < toks[t].len && b < PK__PLACE_TFZ_KEY; b++)
                fprintf(out, "%s%u", b ? ", " : "", (unsigned)(unsigned char)toks[t].s[b]);
            fputs("}}", out);
        }
        fputs(ntok ? "\n};\n" : "{0, 0, 0, {0}}};\n", out);
        free(t_sig);
        /* which tokens follow a word and which nodes have children: a text search walks on
         * from a word only when both say a phrase may go on (tables of a few KiB, in the cache) */
        uint32_t *cont = calloc(ntok / 32 + 1, sizeof *cont), *kids = calloc(nnodes / 32 + 1, sizeof *kids);
        for (uint32_t c = 1; c < nnodes; c++)
            if (n_parent[c]) {
                cont[n_token[c] >> 5] |= 1u << (n_token[c] & 31);
                kids[n_parent[c] >> 5] |= 1u << (n_parent[c] & 31);
            }
        emit_u32(out, "t_cont", cont, ntok / 32 + 1);
        emit_u32(out, "n_kids", kids, nnodes / 32 + 1);
        /* the tokens in no phrase but names with two words joined (jonly) */
        emit_u32(out, "t_jonly", jonly, ntok / 32 + 1);
        free(jonly);
        free(cont);
        free(kids);
        free(tab);
        free(root);
    }
    emit_u32(out, "t_len_first", t_len_first, 66);
    emit_u32(out, "bg_first", bg_first, PK__REGION_NBIGRAMS + 1);
    emit_u32(out, "bg_tokens", bg_tokens, npost);
    emit_u32_aligned(out, "dl_tab", dl_tab, 16 * dl_used, 64);
    emit_u32(out, "lc_first", lc_first, PK__PLACE_LC_N + 1);
    emit_u32(out, "lc_gfirst", lc_gfirst, PK__PLACE_LC_N + 1);
    emit_u32(out, "lc_grams", lc_grams, lc_n ? lc_n : 1);
    {
        /* each group's bigrams by their first byte (pk__region_char_id(), 0..36): entry g * 38 + a is
         * where the group's first bigram a * 37 or above is, from lc_gfirst[g] (a = 37: the group's end) */
        uint16_t *dir = malloc(PK__PLACE_LC_N * PK__PLACE_LC_DIR * sizeof *dir);
        if (!dir) {
            fprintf(stderr, "pkgen places: out of memory\n");
            return 1;
        }
        for (size_t g = 0; g < PK__PLACE_LC_N; g++)
            for (uint32_t a = 0, i = lc_gfirst[g]; a < PK__PLACE_LC_DIR; a++) {
                while (i < lc_gfirst[g + 1] && lc_grams[i] >> 16 < a * 37u)
                    i++;
                dir[g * PK__PLACE_LC_DIR + a] = (uint16_t)(i - lc_gfirst[g]); /* at most 1,369 bigrams a group */
            }
        emit_u16(out, "lc_gdir", dir, PK__PLACE_LC_N * PK__PLACE_LC_DIR);
        free(dir);
    }
    free(lc_grams);
    {
        /* the letters and digits of each district's and village's name (255: that many or more) */
        uint8_t *kl = malloc((nd > nv ? nd : nv) + 1);
        if (!kl) {
            fprintf(stderr, "pkgen places: out of memory\n");
            return 1;
        }
        for (int lv = 3; lv <= 4; lv++) {
            size_t n = lv == 3 ? nd : nv;
            for (size_t i = 0; i < n; i++) {
                size_t c = 0;
                for (const char *u = P.buf + (lv == 3 ? d_name[i] : v_name[i]); *u; u++)
                    c += (*u >= '0' && *u <= '9') || (*u >= 'a' && *u <= 'z') || (*u >= 'A' && *u <= 'Z');
                kl[i] = (uint8_t)(c < 255 ? c : 255);
            }
            emit_u8(out, lv == 3 ? "d_klen" : "v_klen", kl, n);
        }
        free(kl);
    }
    {
        /* the districts by the first byte of their name as districts_starting() compares it (byte | 0x20,
         * its pk__place_lc_char(); 36: any other), in index order: group c is d_lc[d_lc_first[c]] ..
         * d_lc[d_lc_first[c + 1] - 1] */
        uint16_t *dlc = malloc((nd ? nd : 1) * sizeof *dlc), dfirst[PK__PLACE_DLC_N + 1];
        if (!dlc || nd > 0xFFFFu) {
            fprintf(stderr, "pkgen places: %zu districts do not fit the first-letter index\n", nd);
            free(dlc);
            return 1;
        }
        size_t n = 0;
        for (int c = 0; c < (int)PK__PLACE_DLC_N; c++) {
            dfirst[c] = (uint16_t)n;
            for (size_t i = 0; i < nd; i++)
                if (pk__place_dlc_group((unsigned char)P.buf[d_name[i]]) == c)
                    dlc[n++] = (uint16_t)i;
        }
        dfirst[PK__PLACE_DLC_N] = (uint16_t)n;
        emit_u16(out, "d_lc", dlc, nd);
        emit_u16(out, "d_lc_first", dfirst, PK__PLACE_DLC_N + 1);
        free(dlc);
    }
    free(dl_tab);
    emit_u32(out, "tl_first", tl_first, tl_nb + 1);
    emit_u32(out, "tl_ent", tl_ent, tl_n ? tl_n : 1);
    free(tl_first);
    free(tl_ent);
    emit_u32(out, "n_entry", n_entry, nnodes + 1);
    {
        /* the edge slots, eight bytes each (pk__place_edge_slot()) */
        if (nnodes >= ((size_t)1 << 20) || ntok >= ((size_t)1 << 21)) {
            fprintf(stderr, "pkgen places: %zu nodes or %zu tokens do not fit an edge slot\n", (size_t)nnodes, ntok);
            return 1;
        }
        uint64_t *tab = calloc((size_t)e_mask + 1, sizeof *tab);
        for (size_t h = 0; h <= e_mask; h++) {
            uint32_t c = e_slots[h];
            if (c)
                tab[h] = pk__place_edge_slot(n_parent[c], n_token[c], c | nflag[c]);
        }
        fprintf(out, "static const _Alignas(64) uint64_t e_tab[%zu] = {", (size_t)e_mask + 1);
        emit_list(out, tab, (size_t)e_mask + 1, get_u64, 8, "u");
        fputs("\n};\n", out);
        free(tab);
    }
    free(nflag);
    fprintf(out, "static const _Alignas(64) pk__place_ent ents[%zu] = {", nent ? nent : 1);
    for (size_t e = 0; e < nent; e++) {
        uint32_t lv = ent_id[e] >> 24, ix = ent_id[e] & 0xFFFFFFu;
        unsigned dist = lv == 4 ? v_district[ix] : lv == 3 ? ix : 0, vk = lv == 4 ? v_suffix[ix] / 1000u : 0;
        fprintf(out, "%s{%uu, %u, %u, %u},", e % 6 ? "" : "\n", ent_id[e], dist, ent_flags[e], vk);
    }
    fputs(nent ? "\n};\n" : "{0, 0, 0, 0}};\n", out);
    fputs("static const pk__place_cue cues[] = {\n", out);
    for (size_t c = 0; c < ncues; c++) {
        fprintf(out, "    {pool + %zu, %u, %u, %u, {%u, %u, %u, %u, %u, %u, %u, %u}, %u},\n",
                (size_t)(uintptr_t)cues[c].phrase, cues[c].role, cues[c].level, cues[c].kind, cues[c].prov[0],
                cues[c].prov[1], cues[c].prov[2], cues[c].prov[3], cues[c].prov[4], cues[c].prov[5],
                cues[c].prov[6], cues[c].prov[7], cues[c].stands);
    }
    fputs(ncues ? "};\n\n" : "    {NULL, 0, 0, 0, {0}, 0}};\n\n", out);
    size_t nprov = 0;
    for (size_t i = 0; i < m.nrows; i++)
        nprov += m.rows[i].kind == PK_REGION_PROVINSI;
    fprintf(out,
            "const pk__place_db pk__place_builtin_db = {\n"
            "    &pk__region_builtin_db, pool, %zu,\n"
            "    %zu, d_code, d_name, d_region, d_first_village, r_first_district, r_province,\n"
            "    %zu, v_suffix, v_name, v_district,\n"
            "    %zu, t_off, t_len, t_tab, t_filter, t_root, t_cont, %uu, t_len_first,\n"
            "    bg_first, bg_tokens, t_fz, dl_tab, %uu, lc_first, lc_gfirst, lc_grams, lc_gdir, d_klen, v_klen, d_lc, d_lc_first,\n"
            "    tl_first, tl_ent,\n"
            "    %zu, n_entry, n_kids, e_tab, %uu,\n"
            "    %zu, ents, cues, %zu,\n"
            "    t_jonly,\n"
            "};\n",
            nprov, nd, nv, ntok, t_nslots - 1, dl_nlines, nnodes, e_mask, nent, ncues);
    fprintf(stderr, "pkgen places: %zu districts, %zu villages, %zu tokens, %zu nodes, %zu entries, pool %zu bytes,"
                    " %zu postings, %zu deletion variants in %zu lines (%zu past their home, at most %zu lines past)\n",
            nd, nv, ntok, nnodes, nent, P.len, npost, dl_n, dl_used, dl_spill, dl_far);
    pk__region_model_free(&m);
    for (int i = 0; i < IN_COUNT; i++)
        free(texts[i]);
    free(toks);
    free(t_slots);
    free(t_off);
    free(t_len);
    free(ents);
    free(n_entry);
    free(ent_id);
    free(ent_flags);
    free(bg_first);
    free(bg_tokens);
    free(cues);
    free(r_first_district);
    free(r_province);
    return 0;
}
