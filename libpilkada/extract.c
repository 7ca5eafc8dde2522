/* The text engine, first pass: split the text into lines (chunks of at most
 * CHUNK_MAX bytes), words and sentences; find every mention (lexicon
 * phrases, places after "Desa"/"Kecamatan", regions through the registry,
 * dates through the date reader, only where a word a date needs stands
 * (date_anchor), money, legal citations); mark the sentence
 * context each mention needs (negation scope, prohibitions, denials,
 * outcomes, statement dates). extract_draft.c turns the mentions into draft
 * incidents. Each chunk costs time linear in its length, so the whole text
 * does too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_internal.h"
#include "place_internal.h"

#define CHUNK_MAX 8192
#define TOK_MAX (CHUNK_MAX / 2 + 2)
#define NAME_WORDS 3
/* Each word of a chunk takes at most its bytes plus a NUL for its lower-cased
 * form and as much again for a stem that differs: the words of a chunk hold
 * at most CHUNK_MAX bytes and TOK_MAX words. The slack past that covers the
 * 7 bytes word_hash_padded() may read past the last word, the 7 the
 * tokenizer's eight-byte stores may write past a word, and the fixed copy of
 * a stem from the stem cache (PK__STEM_MAX + 1 bytes, its NUL and what
 * follows). */
#define ARENA_MAX (2 * (CHUNK_MAX + TOK_MAX) + 2 * (PK__STEM_MAX + 2))

enum {
    TF_CAP = 1,
    TF_DIGIT = 2,
    TF_PUNCT_BEFORE = 4,
    TF_SLASH_BEFORE = 8,
    TF_LINK = 16, /* a "Baca juga" line */
    TF_TITLE = 32, /* a sentence in Title Case (a headline, a related-article line) */
    TF_ALPHA = 64, /* all ASCII letters */
    TF_LATIN = 128 /* holds a Latin letter U+00C0..U+024F */
};
/* Word classes (tok.wclass), looked up once per word in a small hash table
 * built at the start of each call (see wclass_init). */
enum { WC_ABBREV = 1, WC_STOP = 2, WC_DATE = 4, WC_BEFORE_INI = 8, WC_NAME = 16, WC_ATTIRE = 32,
       WC_DATE_ANCHOR = 64, /* a word some date expression needs (pk__date_anchor_word) */
       WC_CITE = 128 /* a word a legal citation starts with (citations_pass, law_ref) */ };
#define WCLASS_SLOTS 512
#define NAMES_MAX 32
#define PTOK_UNSET INT32_MIN /* tok.ptok not looked up */
/* What the lexicon says of a word alone (lexicon_pass at one word): whether
 * some phrase starts with it (is_prefix of its one-word hash), as written and
 * as its stem, and the entry of the one-word phrase, if any (lex_find).
 * Remembered with the word in the stem and place-token caches, so that
 * lexicon_pass does not look again at each occurrence (ctx.w1). */
enum { PFX_EXACT = 1, PFX_STEM = 2, PFX_UNSET = 4 };
typedef struct word1 {
    const pk__lex_entry *e[2]; /* PK__LX_EXACT, PK__LX_STEM */
    uint8_t pfx;               /* PFX_* bits; PFX_UNSET: not looked up */
    uint8_t dword;             /* a word of ASCII letters: its entry in the date reader's table
                                  (pk__date_word_index); else 0 */
} word1;
#define STEM_CACHE 4096 /* most words remembered with their stem (a power of two); a short text gets fewer
                           slots (one per 8 bytes, at least 256), so a paragraph does not pay for 480 KB */

/* The stem of a word and its hash, remembered: news repeat their words.
 * With them the word's place token (pk__place_word_token()), so that the
 * place search of a long word costs no second look-up (place_words). A word
 * is looked for in its slot and the one beside it (slot ^ 1): two words of
 * one slot both stay (see tokenize). */
typedef struct stem_slot {
    uint64_t hx;  /* hash of the word as written; 0 = empty */
    uint64_t hs;
    int32_t ptok;
    uint32_t proot;
    uint8_t lo_len, st_len;
    uint8_t same; /* the stem is the word */
    uint8_t wclass; /* the word's classes (tok.wclass) */
    word1 w1;
    char lo[PK__STEM_MAX + 1];
    char st[PK__STEM_MAX + 1];
} stem_slot;

/* The place token of a word, remembered (place_token): a word's key, zero
 * past its length as pk__place_word_token() reads it. */
typedef struct ptok_slot {
    uint64_t hx; /* hash of the word (tok.hx); 0 = empty */
    int32_t tok;
    uint32_t root;
    uint8_t len;
    uint8_t wclass; /* with a word the tokenizer put here: its classes and lexicon answers (as in stem_slot) */
    word1 w1;
    char key[64];
} ptok_slot;

/* A word: 64 bytes, so that the passes, which walk the words of a chunk
 * many times, stay in cache. Its lower-cased form and stem live in the
 * chunk's word arena (ctx.arena); st == lo when the stem is the word. */
typedef struct tok {
    size_t start, end; /* absolute byte offsets */
    uint32_t sent;     /* global sentence index */
    uint8_t flags;
    uint8_t lo_len, st_len;
    uint8_t wclass; /* WC_* bits of the fixed lists (WC_NAME, added as names are read, is asked of wclass_of()) */
    uint64_t hx, hs; /* word hashes: as written (lower-cased), stem */
    const char *lo;  /* NUL-terminated, at most PK__STEM_MAX bytes ("" for a longer word) */
    const char *st;
    int32_t ptok;    /* its place token and root (pk__place_word_token()) for a word of ASCII letters
                        and digits, from the stem cache or the place-token cache (ptok_of); PTOK_UNSET
                        for the others (Latin letters, longer than PK__STEM_MAX) */
    uint32_t proot;
} tok;

typedef struct cmention {
    pk_extract_mention m;
    pk__xinfo x;
} cmention;

typedef struct ctx {
    pk_extract_result *r;
    pk_extract_workspace *ws; /* where every scratch buffer of the call lives */
    const char *text;
    size_t len;
    pk_date_text_options dopt;
    tok *toks;
    size_t ntok;
    char *arena;        /* the chunk's words, lower-cased, and their stems (ARENA_MAX bytes) */
    word1 *w1;          /* the lexicon's answers for each word of the chunk alone (TOK_MAX) */
    size_t tcur;        /* last answer of tok_at() */
    int ref_inferred;   /* dopt.reference was taken from the text, not given */
    uint32_t word_base; /* global index of toks[0] */
    uint32_t sent_base; /* global sentence index of the chunk's first sentence */
    uint32_t nsent;     /* sentences in the chunk */
    uint32_t para;
    cmention *cm;
    size_t ncm, capcm;
    pk__xcand *xc;          /* the candidates of the chunk's mentions (cm[].x.xcand, see xcand_of) */
    size_t nxc, capxc;
    pk_date_match *dm;
    size_t capdm;
    pk__date_word *dw;  /* the words of a date window (window_words; TOK_MAX) */
    struct {
        uint64_t hx;        /* word hash of the name's first word */
        uint32_t word;      /* global word index of the definition */
        uint8_t priority;
        const char *label;  /* the role's label (static) */
        const char *maps_to;
    } names[NAMES_MAX];     /* persons linked to a role ("Kepala Desa X, Warsito") */
    size_t nnames;
    uint64_t wc_hash[WCLASS_SLOTS]; /* word hashes of the WC_* lists (0 = empty slot) */
    uint8_t wc_bits[WCLASS_SLOTS];
    stem_slot *stems;       /* stem_mask + 1 slots */
    size_t stem_mask;
    cmention *tmp;          /* scratch of sort_from() */
    size_t captmp;
    pk_place_mention *pm;
    size_t cappm;
    pk__pword *pw;          /* the place search's words of a span (place_words) */
    size_t cappw;
    size_t chunk_off, chunk_n; /* the chunk tokenized */
    int plain;              /* every word of the chunk is one of the place search's words as it stands
                               (place_words): ASCII letters and digits, at most PK__STEM_MAX, no apostrophe after */
    ptok_slot *ptoks;       /* stem_mask + 1 slots */
    pk__place_kept *kept;   /* the place search's counters, kept from span to span */
    pk_place_options popt;
    int oom;                /* an allocation failed in a pass (or in the place or date search) */
    pk_date cycle_late;     /* with a cycle and no reference: a month after its voting day; else zero */
    pk_date cycle_early;    /* ... and ten months before it */
} ctx;

/* ------------------------------------------------------------ names -- */

const char *pk_extract_mention_kind_name(pk_extract_mention_kind kind)
{
    static const char *const n[] = {"?", "region", "district", "village", "date", "role", "candidate", "money",
                                    "citation", "act", "negation", "hedge", "outcome", "irrealis", "speech", "cue"};
    return (int)kind >= 1 && (size_t)kind < PK_ARRAY_LEN(n) ? n[kind] : "?";
}

const char *pk_extract_how_name(pk_extract_how how)
{
    static const char *const n[] = {"none", "stated", "inferred", "defaulted"};
    return (int)how >= 0 && (size_t)how < PK_ARRAY_LEN(n) ? n[how] : "?";
}

const char *pk_extract_field_name(int field)
{
    static const char *const n[] = {"actor", "act", "occurred", "region", "district",
                                    "village", "cycle", "supported", "incumbent"};
    return field >= 0 && (size_t)field < PK_ARRAY_LEN(n) ? n[field] : NULL;
}

const char *pk_extract_status_name(pk_extract_status status)
{
    static const char *const n[] = {"alleged", "proven", "sanctioned", "not_proven", "dropped"};
    return (int)status >= 0 && (size_t)status < PK_ARRAY_LEN(n) ? n[status] : "?";
}

/* ---------------------------------------------------------- getters -- */

void pk_extract_free(pk_extract_result *r)
{
    if (!r)
        return;
    free(r->m);
    free(r->x);
    free(r->xc);
    free(r->d);
    free(r);
}

size_t pk_extract_mention_count(const pk_extract_result *r) { return r ? r->nm : 0; }
size_t pk_extract_total_mentions(const pk_extract_result *r) { return r ? r->total_m : 0; }
size_t pk_extract_draft_count(const pk_extract_result *r) { return r ? r->nd : 0; }
int pk_extract_truncated(const pk_extract_result *r) { return r ? r->truncated : 0; }
size_t pk_extract_sentence_count(const pk_extract_result *r) { return r ? r->nsent : 0; }

const pk_extract_mention *pk_extract_mention_at(const pk_extract_result *r, size_t i)
{
    return r && i < r->nm ? &r->m[i] : NULL;
}

const pk_extract_draft *pk_extract_draft_at(const pk_extract_result *r, size_t i)
{
    return r && i < r->nd ? &r->d[i] : NULL;
}

/* -------------------------------------------------------- tokenizer -- */

static int is_alnum(unsigned char c)
{
    return (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u;
}

/* An ASCII letter or digit as the tokenizer keeps it (letters folded to
 * lower case); 0 for every other byte. */
static const unsigned char fold_tab[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
    0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static const char *const abbrevs[] = {"kab", "kec", "kel", "ds", "no", "jl", "dr", "drs", "ir", "hj", "st",
                                      "prof", "sdr", "bpk", "rp", "tn", "ny", "dll", "dsb", "sd", "mr", "dkk",
                                      "yth", "pt", "cv", "kh", "nomor", "bu", "pak", "ibu", "sp", "se", "sh",
                                      "mh", "kom", "ak", "akbp", "kompol", "ipda", "iptu", "brigjen", "kapt"};

static const char *const stop_words[] = {"kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "kab",
                                         "kec", "kel", "dan", "di", "ke", "dari", "yang", "pada", "serta", "atau"};
static const char *const date_words[] = {"senin", "selasa", "rabu", "kamis", "jumat", "jum", "sabtu", "minggu",
                                         "ahad", "kemarin", "lusa", "lalu", "silam", "depan", "mendatang", "sehari",
                                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                         "nanti"};
/* The first words of the citations citations_pass reads: "Pasal", and the
 * laws of law_ref ("UU", "Undang-Undang", "PP", "Peraturan Pemerintah",
 * "Perbawaslu", "PKPU", "KUHP"). */
static const char *const cite_words[] = {"pasal", "uu", "uud", "undang", "pp", "peraturan", "perbawaslu", "pkpu",
                                         "kuhp"};
static const char *const before_ini[] = {"hari", "pekan", "minggu", "bulan", "tahun"};
/* Words before a role that make it a thing worn, not a person ("seragam
 * ASN", "atribut TNI", "kaos bergambar paslon"). */
static const char *const attire[] = {"atribut", "seragam", "berseragam", "baju", "kaos", "pakaian", "logo",
                                     "lambang", "rompi", "topi"};

/* The table holds at most ~100 list words, ~60 date words and NAMES_MAX names (of 512 slots): never full. */
static void wclass_add_hash(ctx *c, uint64_t h, uint8_t bit)
{
    size_t k = (size_t)h & (WCLASS_SLOTS - 1);
    while (c->wc_hash[k] && c->wc_hash[k] != h)
        k = (k + 1) & (WCLASS_SLOTS - 1);
    c->wc_hash[k] = h;
    c->wc_bits[k] |= bit;
}

static void wclass_add(ctx *c, const char *const *w, size_t n, uint8_t bit)
{
    for (size_t i = 0; i < n; i++)
        wclass_add_hash(c, pk__lex_word_hash(w[i], strlen(w[i])), bit);
}

static void wclass_init(ctx *c)
{
    wclass_add(c, abbrevs, PK_ARRAY_LEN(abbrevs), WC_ABBREV);
    wclass_add(c, stop_words, PK_ARRAY_LEN(stop_words), WC_STOP);
    wclass_add(c, date_words, PK_ARRAY_LEN(date_words), WC_DATE);
    wclass_add(c, before_ini, PK_ARRAY_LEN(before_ini), WC_BEFORE_INI);
    wclass_add(c, attire, PK_ARRAY_LEN(attire), WC_ATTIRE);
    wclass_add(c, cite_words, PK_ARRAY_LEN(cite_words), WC_CITE);
    size_t pos = 0;
    for (const char *w; (w = pk__date_anchor_word(&pos)) != NULL;)
        wclass_add_hash(c, pk__lex_word_hash(w, strlen(w)), WC_DATE_ANCHOR);
}

static uint8_t wclass_of(const ctx *c, uint64_t h)
{
    size_t k = (size_t)h & (WCLASS_SLOTS - 1);
    while (c->wc_hash[k]) {
        if (c->wc_hash[k] == h)
            return c->wc_bits[k];
        k = (k + 1) & (WCLASS_SLOTS - 1);
    }
    return 0;
}

/* 1 if t is an abbreviation (one letter, or a listed one): asked by the
 * tokenizer before the word's classes are read from the caches. */
static int is_abbrev(const ctx *c, const tok *t)
{
    return t->lo_len == 1 || (wclass_of(c, t->hx) & WC_ABBREV);
}

static int soft_break(const char *text, size_t start, size_t nl, size_t len);
static int is_prefix(uint64_t h);
static const pk__lex_entry *lex_find(int mode, uint64_t h, const tok *t, size_t n);


/* pk__lex_word_hash(w, n) of a word in the chunk's arena, whose slack past
 * the words lets the last block be read with one load (the bytes past n
 * masked off). */
static inline uint64_t word_hash_padded(const char *w, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t h = PK__LEX_SEED ^ (uint64_t)n, v = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&v, w + i, 8);
        h = pk__lex_mix(h, v);
    }
    v = 0;
    if (n > i) {
        memcpy(&v, w + i, 8);
        v &= ~(uint64_t)0 >> (64 - 8 * (n - i));
    }
    return pk__lex_mix(h, v);
#else
    return pk__lex_word_hash(w, n);
#endif
}

/* What the lexicon says of word t alone (its lower-cased form and stem set). */
static void word1_of(word1 *w, const tok *t)
{
    uint64_t hx = pk__lex_hash_step(pk__lex_hash_seed(PK__LX_EXACT), t->hx);
    uint64_t hs = pk__lex_hash_step(pk__lex_hash_seed(PK__LX_STEM), t->hs);
    int px = is_prefix(hx), pst = is_prefix(hs);
    w->pfx = (uint8_t)((px ? PFX_EXACT : 0) | (pst ? PFX_STEM : 0));
    w->e[0] = px ? lex_find(PK__LX_EXACT, hx, t, 1) : NULL;
    w->e[1] = pst ? lex_find(PK__LX_STEM, hs, t, 1) : NULL;
    w->dword = (t->flags & TF_ALPHA) ? (uint8_t)pk__date_word_index(t->lo, t->lo_len) : 0;
}

/* The place-token cache's slot of word t (of at most PK__STEM_MAX bytes),
 * filled if it held another word: the word's place token
 * (pk__place_word_token() reads a 64-byte key), and for a word the stem cache
 * does not hold (short, or not all letters: its stem is the word) its classes
 * and the lexicon's answers (word1_of). */
static inline const ptok_slot *ptok_of(ctx *c, const tok *t)
{
    ptok_slot *sl = &c->ptoks[t->hx & c->stem_mask];
    if (sl->hx != t->hx || sl->len != t->lo_len || !pk__same_bytes(sl->key, t->lo, t->lo_len)) {
        memset(sl->key, 0, sizeof sl->key);
        memcpy(sl->key, t->lo, t->lo_len);
        sl->hx = t->hx;
        sl->len = t->lo_len;
        sl->tok = pk__place_word_token(&pk__place_builtin_db, sl->key, sl->len, &sl->root);
        sl->wclass = (uint8_t)(wclass_of(c, t->hx) & ~WC_NAME);
        word1_of(&sl->w1, t);
    }
    return sl;
}

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && (defined(__GNUC__) || defined(__clang__))
#define TOK_SWAR 1
#else
#define TOK_SWAR 0
#endif

/* Split chunk [off, off+n) into words; sentence boundaries at . ! ? followed
 * by a space (not after an abbreviation), and at the chunk's start. */
static void tokenize(ctx *c, size_t off, size_t n)
{
    const unsigned char *s = (const unsigned char *)c->text;
    const unsigned char *end = s + off + n;
#if TOK_SWAR
    const unsigned char *text_end = s + c->len;
#endif
    size_t i = off;
    /* the context's arrays and the word count in locals: the bytes the loops
     * write (char) could otherwise be any of them, to be read again after
     * each store */
    tok *const toks = c->toks;
    char *const arena = c->arena;
    stem_slot *const stems = c->stems;
    const size_t mask = c->stem_mask;
    size_t ntok = 0;
    c->tcur = 0;
    c->chunk_off = off;
    c->chunk_n = n;
    uint32_t sent = c->sent_base;
    int pending_break = 0;
    size_t gap_start = off;
    size_t apos = 0;     /* bytes of the arena used */
    unsigned odd = 0;    /* a word that is not one of the place search's as it stands (see ctx.plain) */
    unsigned gap_punct = 0; /* punctuation since the last word (not spaces, '-', U+00A0) */
    while (i < off + n) {
        unsigned char ch = s[i];
        if (ch == ' ') { /* the commonest byte between words */
            i++;
            continue;
        }
        if (!fold_tab[ch] && !(ch >= 0xC3 && ch <= 0xC9 && i + 1 < off + n && (s[i + 1] & 0xC0) == 0x80)) {
            /* not a word character: an ASCII letter or digit, or a Latin
             * letter U+00C0..U+024F in UTF-8 (U+027F: close enough) */
            gap_punct |= ch != '\t' && ch != '-' && ch != '\r' && ch != '\n' && ch != 0xC2 && ch != 0xA0;
            if ((ch == '\'' || ch == 0xE2) && ntok > 0 && toks[ntok - 1].end == i)
                odd = 1; /* an apostrophe or a curly quote right after a word (ctx.plain) */
            if ((ch == '.' || ch == '!' || ch == '?') && ntok > 0 && toks[ntok - 1].end == i) {
                size_t j = i + 1;
                /* closing quotes and brackets after the stop: " ' ) and the
                 * curly ” ’ (U+201D, U+2019) news use */
                for (;;) {
                    if (j < off + n && (s[j] == '"' || s[j] == '\'' || s[j] == ')'))
                        j++;
                    else if (j + 2 < off + n && s[j] == 0xE2 && s[j + 1] == 0x80 && (s[j + 2] == 0x9D || s[j + 2] == 0x99))
                        j += 3;
                    else
                        break;
                }
                if (j >= off + n || s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n')
                    if (ch != '.' || !is_abbrev(c, &toks[ntok - 1]))
                        pending_break = ch == '.' ? 2 : 1;
            } else if ((ch == '.' || ch == '!' || ch == '?') && ntok > 0) {
                size_t j = i + 1;
                if (j >= off + n || s[j] == ' ' || s[j] == '\n')
                    pending_break = 1;
            } else if (ch == '\n' && ntok > 0 && !soft_break(c->text, off, i, off + n)) {
                pending_break = 1; /* a line ends the sentence unless it only wraps it */
            }
            i++;
            continue;
        }
    word:
        if (ntok >= TOK_MAX)
            break;
        tok *t = &toks[ntok++];
        /* one pass over the word: its end, lower case (written to the
         * arena) and digits; then pk__lex_word_hash of the lower-cased
         * bytes, eight at a time */
        size_t st = i;
        /* OR and AND of the ASCII letters and digits (bit 0x40 of each says a letter): all digits, all letters */
        uint64_t ascii_or = 0, ascii_and = ~(uint64_t)0;
        unsigned latin = 0;
        const unsigned char *p = s + i;
        char *lw = arena + apos, *wp = lw;
        uint64_t h = 0;
        int hashed = 0; /* h is the word's hash */
#if TOK_SWAR
        if ((size_t)(end - p) >= 8) {
            /* a word of at most seven ASCII letters and digits (most words):
             * its bytes, lower case and hash from one load */
            uint64_t x;
            memcpy(&x, p, 8);
            uint64_t stop = ~pk__alnum_bytes(x) & (0x80 * PK__ONES8);
            size_t nb = stop ? (size_t)__builtin_ctzll(stop) >> 3 : 0;
            if (nb && !(nb + 1 < (size_t)(end - p) && p[nb] >= 0xC3 && p[nb] <= 0xC9 && (p[nb + 1] & 0xC0) == 0x80)) {
                uint64_t keep = ~(uint64_t)0 >> (64 - 8 * nb), low = x | (0x20 * PK__ONES8);
                memcpy(wp, &low, 8);
                ascii_or = x & keep;
                ascii_and = x | ~keep;
                wp += nb;
                p += nb;
                h = pk__lex_mix(PK__LEX_SEED ^ (uint64_t)nb, low & keep); /* = word_hash_padded(lw, nb) */
                hashed = 1;
                goto word_read;
            }
        }
#endif
        for (;;) {
#if TOK_SWAR
            /* ASCII letters and digits, the common case, eight bytes at a
             * time (a load of eight bytes stays inside the text; the bytes
             * past the chunk are cut off; the arena has room for the eight
             * bytes stored) */
            while (p < end && (size_t)(text_end - p) >= 8) {
                uint64_t x;
                memcpy(&x, p, 8);
                uint64_t stop = ~pk__alnum_bytes(x) & (0x80 * PK__ONES8);
                size_t room = (size_t)(end - p);
                if (room < 8)
                    stop |= (0x80 * PK__ONES8) << (8 * room);
                uint64_t low = x | (0x20 * PK__ONES8); /* letters in lower case; digits have 0x20 set */
                memcpy(wp, &low, 8);
                /* of a letter or digit, bit 0x40 says which */
                if (!stop) {
                    ascii_or |= x;
                    ascii_and &= x;
                    wp += 8;
                    p += 8;
                    continue;
                }
                size_t nb = (size_t)__builtin_ctzll(stop) >> 3;
                uint64_t keep = ~(uint64_t)0 >> (63 - 8 * nb) >> 1; /* the nb bytes before the stop */
                ascii_or |= x & keep;
                ascii_and &= x | ~keep;
                wp += nb;
                p += nb;
                goto run_done;
            }
#endif
            {
                size_t k = 0, lim = (size_t)(end - p);
                while (k < lim) {
                    unsigned b = fold_tab[p[k]];
                    if (!b)
                        break;
                    ascii_or |= b;
                    ascii_and &= b | ~(uint64_t)0xFF; /* one byte: the others stay set */
                    wp[k++] = (char)b;
                }
                wp += k;
                p += k;
            }
#if TOK_SWAR
        run_done:
#endif
            if (!(p + 1 < end && *p >= 0xC3 && *p <= 0xC9 && (p[1] & 0xC0) == 0x80))
                break;
            /* a Latin letter U+00C0..U+024F: two bytes, copied as written */
            *wp++ = (char)p[0];
            *wp++ = (char)p[1];
            p += 2;
            latin = TF_LATIN;
            odd = 1;
        }
#if TOK_SWAR
    word_read:
#endif
        i = (size_t)(p - s);
        size_t k = (size_t)(wp - lw);
        /* a full stop before a word in lower case ends no sentence: a
         * slip of the pen ("... terbongkar oleh publik. dinihari Senin 07
         * Desember 2020 kemarin.", fresh6 027) */
        if (pending_break && ntok > 1 && !(pending_break == 2 && s[st] >= 'a' && s[st] <= 'z'))
            sent++;
        pending_break = 0;
        unsigned fl = latin;
        if (!latin) { /* all digits: no letter; all letters: no digit */
            if (!(ascii_or & (0x40 * PK__ONES8)))
                fl |= TF_DIGIT;
            if ((ascii_and & (0x40 * PK__ONES8)) == 0x40 * PK__ONES8)
                fl |= TF_ALPHA;
        }
        if ((unsigned)(s[st] - 'A') < 26u)
            fl |= TF_CAP;
        /* punctuation between the previous word and this one: a lone '/'
         * ("17/9"), else any byte but spaces, '-' and U+00A0 */
        if (st - gap_start == 1 && s[gap_start] == '/')
            fl |= TF_SLASH_BEFORE;
        else if (gap_punct)
            fl |= TF_PUNCT_BEFORE;
        gap_punct = 0;
        gap_start = i;
        if (k > PK__STEM_MAX) {
            k = 0; /* too long to be a lexicon word: hashed as "" so nothing matches */
            odd = 1;
        }
        if (!hashed)
            h = word_hash_padded(lw, k);
        lw[k] = '\0';
        apos += k + 1;
        t->start = st;
        t->end = i;
        t->sent = sent;
        t->flags = (uint8_t)fl;
        t->lo = lw;
        t->lo_len = (uint8_t)k;
        t->hx = h;
        /* the cache slot this word will read below: the stem cache's for a
         * word of five or more ASCII letters, else the place-token cache's
         * (fetched now, so that the chunk's misses overlap; written here,
         * not in a function: gcc drops a call to a function that only
         * prefetches) */
        size_t q = (size_t)h & mask;
        if (k >= 5 && (fl & TF_ALPHA)) {
            PREFETCH(&stems[q]);
            PREFETCH((const char *)&stems[q] + 64);
        } else {
            PREFETCH(&c->ptoks[q]);
        }
        if (i + 1 < off + n && s[i] == ' ' && fold_tab[s[i + 1]]) {
            i++; /* one space, then a word: the commonest gap, read at once */
            goto word;
        }
    }
    c->ntok = ntok;
    c->nsent = ntok ? toks[ntok - 1].sent - c->sent_base + 1 : 1;
    c->plain = !odd;
    /* Then each word's stem, classes, place token and lexicon answers from
     * the caches (a miss fills the slot). The slots of a long text's words
     * lie anywhere in the caches' 1 MB: they were fetched as the words were
     * read. */
    word1 *const w1 = c->w1;
    for (size_t j = 0; j < ntok; j++) {
        tok *t = &toks[j];
        size_t k = t->lo_len;
        const char *lw = t->lo;
        unsigned latin = t->flags & TF_LATIN, alpha = t->flags & TF_ALPHA;
        stem_slot *sl = &stems[t->hx & mask];
        t->ptok = PTOK_UNSET;
        if (k < 5 || !alpha) {
            /* pk__id_stem leaves short words and words with digits or
             * other letters as they are: no need to ask the cache */
            t->st = t->lo;
            t->st_len = t->lo_len;
            t->hs = t->hx;
            if (k > 0 && !latin) {
                /* its place token, classes and prefix bits, kept in the
                 * place-token cache (place_token) */
                const ptok_slot *ps = ptok_of(c, t);
                t->ptok = ps->tok;
                t->proot = ps->root;
                t->wclass = ps->wclass;
                w1[j] = ps->w1;
            } else {
                t->wclass = (uint8_t)(wclass_of(c, t->hx) & ~WC_NAME);
                w1[j].pfx = PFX_UNSET;
                w1[j].dword = 0;
            }
        } else if ((sl->hx == t->hx && sl->lo_len == k && pk__same_bytes(sl->lo, lw, k)) ||
                   ((sl = &stems[(t->hx & mask) ^ 1])->hx == t->hx && sl->lo_len == k &&
                    pk__same_bytes(sl->lo, lw, k))) {
            t->st_len = sl->st_len;
            t->hs = sl->hs;
            t->ptok = sl->ptok;
            t->proot = sl->proot;
            t->wclass = sl->wclass;
            w1[j] = sl->w1;
            if (sl->same) {
                t->st = t->lo;
            } else {
                char *sp = arena + apos;
                memcpy(sp, sl->st, sizeof sl->st); /* the stem, its NUL and what follows: a fixed copy (the arena
                                                      has PK__STEM_MAX + 1 bytes of room past its words) */
                t->st = sp;
                apos += (size_t)sl->st_len + 1;
            }
        } else {
            /* two ways: the word goes first, the one it displaces second
             * (two words of one slot do not push each other out) */
            sl = &stems[t->hx & mask];
            if (sl->hx)
                stems[(t->hx & mask) ^ 1] = *sl;
            char *sp = arena + apos;
            size_t sn = pk__id_stem(sp, lw, k);
            sl->same = (uint8_t)(sn == k && memcmp(sp, lw, k) == 0);
            t->st_len = (uint8_t)sn;
            t->hs = sl->same ? t->hx : pk__lex_word_hash(sp, sn);
            if (sl->same) {
                t->st = t->lo;
            } else {
                t->st = sp;
                apos += sn + 1;
            }
            sl->hx = t->hx;
            sl->hs = t->hs;
            t->wclass = sl->wclass = (uint8_t)(wclass_of(c, t->hx) & ~WC_NAME);
            word1_of(&sl->w1, t);
            w1[j] = sl->w1;
            sl->lo_len = (uint8_t)k;
            sl->st_len = (uint8_t)sn;
            memcpy(sl->lo, lw, k + 1);
            memcpy(sl->st, t->st, sn + 1);
            char key[64] = {0}; /* an alpha word: ASCII letters, at most PK__STEM_MAX of them */
            memcpy(key, lw, k);
            t->ptok = sl->ptok = pk__place_word_token(&pk__place_builtin_db, key, k, &sl->proot);
            t->proot = sl->proot;
        }
    }
}

/* First token whose end is after off, or ntok (the words' ends increase:
 * one answer). The passes ask for offsets mostly in increasing order: a few
 * steps forward from the last answer, else a binary search on the side of
 * it where the answer lies. */
static size_t tok_at(ctx *c, size_t off)
{
    const tok *toks = c->toks;
    size_t k = c->tcur, lo = 0, hi = c->ntok;
    if (k <= hi) {
        if (k > 0 && toks[k - 1].end > off) {
            hi = k - 1; /* before the last answer */
        } else {
            for (int step = 0; step < 4 && k < hi; step++, k++)
                if (toks[k].end > off)
                    return c->tcur = k;
            lo = k;
        }
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (toks[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return c->tcur = lo;
}

/* ---------------------------------------------------------- mentions -- */

static cmention *add(ctx *c, pk_extract_mention_kind kind, size_t start, size_t end, size_t t0, size_t t1)
{
    if (c->ncm == c->capcm) {
        size_t nc = c->capcm ? c->capcm * 2 : 64;
        cmention *p = pk__ws_reserve(c->ws, PK__WS_CM, nc * sizeof *p);
        if (!p) {
            c->oom = 1; /* the chunk fails with PK_ENOMEM: never a result missing mentions */
            return NULL;
        }
        c->cm = p;
        c->capcm = nc;
    }
    cmention *m = &c->cm[c->ncm++];
    memset(m, 0, sizeof *m);
    m->m.kind = kind;
    m->m.start = start;
    m->m.end = end;
    m->x.para = c->para;
    m->x.sent_outcome = -1;
    if (t0 < c->ntok) {
        m->m.sentence = c->toks[t0].sent;
        m->x.word = c->word_base + (uint32_t)t0;
        m->x.word_end = c->word_base + (uint32_t)(t1 > t0 ? t1 : t0 + 1);
    } else {
        m->m.sentence = c->sent_base + c->nsent - 1;
        m->x.word = m->x.word_end = c->word_base + (uint32_t)c->ntok;
    }
    return m;
}

/* 1 if s[0..n) is a word of condition ("jika", "apabila"): not "akan"
 * or "boleh", which the lexicon files as conditions too ("akan
 * meneruskan" is a decision). */
static int if_word(const char *s, size_t n)
{
    static const char *const w[] = {"jika", "apabila", "bila", "kalau", "seandainya", "andaikan"};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (strlen(w[i]) == n && pk__ieq_ascii(s, w[i], n))
            return 1;
    return 0;
}

/* The candidates of chunk mention m, zeroed when first asked; NULL when out
 * of memory (the call then fails). */
static pk__xcand *xcand_of(ctx *c, cmention *m)
{
    if (m->x.xcand)
        return &c->xc[m->x.xcand - 1];
    if (c->nxc == c->capxc) {
        size_t nc = c->capxc * 2 + 16;
        pk__xcand *p = pk__ws_reserve(c->ws, PK__WS_CXC, nc * sizeof *p);
        if (!p) {
            c->oom = 1;
            return NULL;
        }
        c->xc = p;
        c->capxc = nc;
    }
    pk__xcand *x = &c->xc[c->nxc++];
    memset(x, 0, sizeof *x);
    m->x.xcand = (uint32_t)c->nxc;
    return x;
}

static int phrase_eq(const char *phrase, const tok *t, size_t n, int mode)
{
    const char *p = phrase;
    for (size_t k = 0; k < n; k++) {
        const char *w = mode == PK__LX_STEM ? t[k].st : t[k].lo;
        size_t wl = mode == PK__LX_STEM ? t[k].st_len : t[k].lo_len;
        if (k && *p++ != ' ')
            return 0;
        if (strncmp(p, w, wl) != 0)
            return 0;
        p += wl;
    }
    return *p == '\0';
}

/* The first entry of the group matching words t[0..n) in a mode, or NULL. */
static const pk__lex_entry *lex_find(int mode, uint64_t h, const tok *t, size_t n)
{
    const pk__lexicon *lx = &pk__extract_lexicon;
    size_t s = (size_t)h & (lx->nslots - 1);
    while (lx->slots[s]) {
        const pk__lex_entry *e = &lx->entries[lx->slots[s] - 1];
        if (e->hash == h && e->mode == mode && e->ntok == n && phrase_eq(e->phrase, t, n, mode))
            return e;
        s = (s + 1) & (lx->nslots - 1);
    }
    return NULL;
}

/* 1 if the open-addressing hash set (0 = empty slot, 0 stored as 1) holds h. */
static int set_has(const uint64_t *set, size_t nslots, uint64_t h)
{
    if (!h)
        h = 1;
    size_t s = (size_t)h & (nslots - 1);
    while (set[s]) {
        if (set[s] == h)
            return 1;
        s = (s + 1) & (nslots - 1);
    }
    return 0;
}

/* 1 if some phrase starts with the words of this hash (either mode). */
static int is_prefix(uint64_t h)
{
    return set_has(pk__extract_lexicon.prefixes, pk__extract_lexicon.nprefixes, h);
}

static int same_group(const pk__lex_entry *a, const pk__lex_entry *b)
{
    return a->mode == b->mode && a->hash == b->hash && pk__same_label(a->phrase, b->phrase);
}

/* 1 for a cue entry that another pass reads by itself and the lexicon pass
 * never reports: the directive words and purpose verbs of directed_pass(),
 * the presence and registration words of registration_pass(), the
 * ceremony words of ceremony_pass() (data/extract/cues.csv, `occur` labels
 * `direct`, `aim`, `escort`, `register`, `ceremony`, `ceremony_aim`) */
static int side_entry(const pk__lex_entry *e)
{
    return e->kind == PK__LX_OCCUR && (pk__label_is(e->label, "direct") || pk__label_is(e->label, "aim") ||
                                       pk__label_is(e->label, "escort") || pk__label_is(e->label, "register") ||
                                       pk__label_is(e->label, "ceremony") || pk__label_is(e->label, "ceremony_aim"));
}

/* 1 if every entry of the group of `first` is a side_entry(): the words
 * match no phrase of the lexicon pass */
static int side_only(const pk__lex_entry *first)
{
    for (const pk__lex_entry *e = first; e < pk__extract_lexicon.entries + pk__extract_lexicon.count && same_group(e, first);
         e++)
        if (!side_entry(e))
            return 0;
    return 1;
}

static int stop_word(const tok *t) { return (t->wclass & WC_STOP) != 0; }

/* Copy n bytes of a name (not NUL-terminated in the text) into dst, cut at
 * a UTF-8 boundary when too long. */
static void copy_name(char *dst, size_t size, const char *src, size_t n)
{
    if (n >= size) {
        n = size - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* A place name after a cue word: capitalised words without punctuation
 * between them. Returns the number of words taken. */
/* 1 if word i alone is a verb of denial ("Bantah", "Menampik"): in a
 * headline written in capitals it ends the name before it ("Kades
 * Sukamaju Bantah Bagikan Uang"). */
static int denial_word(const ctx *c, size_t i)
{
    word1 w = c->w1[i];
    if (w.pfx & PFX_UNSET)
        word1_of(&w, &c->toks[i]);
    for (int q = 0; q < 2; q++)
        if (w.e[q] && w.e[q]->kind == PK__LX_NEGATION && pk__label_is(w.e[q]->label, "deny"))
            return 1;
    return 0;
}

static size_t capture_name(ctx *c, size_t i, size_t maxw, pk_extract_mention_kind kind, unsigned flags)
{
    size_t k = 0;
    while (i + k < c->ntok && k < maxw) {
        const tok *t = &c->toks[i + k];
        if (!(t->flags & (TF_CAP | TF_DIGIT)) || (t->flags & TF_PUNCT_BEFORE) || stop_word(t) ||
            t->sent != c->toks[i].sent || (k > 0 && denial_word(c, i + k)))
            break;
        if ((t->flags & TF_DIGIT) && k == 0)
            break;
        k++;
    }
    if (!k)
        return 0;
    cmention *m = add(c, kind, c->toks[i].start, c->toks[i + k - 1].end, i, i + k);
    if (!m)
        return 0;
    copy_name(m->m.text, sizeof m->m.text, c->text + m->m.start, m->m.end - m->m.start);
    m->m.flags |= flags;
    return k;
}

static pk_extract_mention_kind kind_of(int lk)
{
    switch (lk) {
    case PK__LX_ACTOR: return PK_EXTRACT_MENTION_ROLE;
    case PK__LX_ACT: return PK_EXTRACT_MENTION_ACT;
    case PK__LX_NEGATION: return PK_EXTRACT_MENTION_NEGATION;
    case PK__LX_HEDGE: return PK_EXTRACT_MENTION_HEDGE;
    case PK__LX_OUTCOME: return PK_EXTRACT_MENTION_OUTCOME;
    case PK__LX_IRREALIS: return PK_EXTRACT_MENTION_IRREALIS;
    case PK__LX_SPEECH: return PK_EXTRACT_MENTION_SPEECH;
    case PK__LX_CANDIDATE: return PK_EXTRACT_MENTION_CANDIDATE;
    default: return PK_EXTRACT_MENTION_CUE;
    }
}

/* A tally of cases ("menerima 3 laporan", "menangani 12 kasus dugaan",
 * "menemukan puluhan pelanggaran", "menemukan beberapa indikasi"): 1 if word i is a count of two or more
 * and a word naming cases follows it (a "buah" between them allowed), and
 * the words just after do not go on to list the cases. */
static int tally_count(const ctx *c, size_t i)
{
    static const char *const many[] = {"dua",     "tiga",    "empat",  "lima",     "enam",    "tujuh",
                                       "delapan", "sembilan", "sepuluh", "belasan", "puluhan", "ratusan",
                                       "ribuan",  "beberapa", "sejumlah"};
    static const char *const cases[] = {"laporan",   "kasus",   "temuan",  "dugaan",
                                        "pelanggaran", "pengaduan", "perkara", "indikasi"};
    if (i + 1 >= c->ntok || c->toks[i + 1].sent != c->toks[i].sent)
        return 0;
    const tok *t = &c->toks[i];
    int count = 0;
    if (t->flags & TF_DIGIT) {
        unsigned v = 0;
        for (size_t q = 0; q < t->lo_len && v < 1000000u; q++)
            v = (t->lo[q] >= '0' && t->lo[q] <= '9') ? v * 10 + (unsigned)(t->lo[q] - '0') : v;
        count = v >= 2;
    } else {
        count = pk__lookup_name(many, (int)(sizeof many / sizeof many[0]), t->lo) >= 0;
    }
    if (!count)
        return 0;
    size_t n = i + 1;
    if (pk__label_is(c->toks[n].lo, "buah") && n + 1 < c->ntok && c->toks[n + 1].sent == t->sent)
        n++;
    if (pk__lookup_name(cases, (int)(sizeof cases / sizeof cases[0]), c->toks[n].lo) < 0)
        return 0;
    /* a tally that goes on to tell its cases ("ada dua kasus, yakni satu
     * kasus untuk kades dan satunya kasus politik uang ..."; corpus 072):
     * the cases told are read as they come */
    static const char *const listing[] = {"yakni", "yaitu", "antaranya", "diantaranya", "satunya", "seperti"};
    for (size_t q = n + 1; q < c->ntok && q <= n + 6 && c->toks[q].sent == t->sent; q++)
        if (pk__lookup_name(listing, (int)(sizeof listing / sizeof listing[0]), c->toks[q].lo) >= 0)
            return 0;
    return 1;
}

/* A person written by initials, as reports do ("AH", "ND (30)",
 * "berinisial MR"): two or three capitals, at the start of a sentence,
 * before an age in brackets or after "berinisial"/"inisial". */
static int initials(const ctx *c, size_t i)
{
    const tok *t = &c->toks[i];
    if (t->lo_len < 2 || t->lo_len > 3 || t->end - t->start != t->lo_len)
        return 0;
    for (size_t k = t->start; k < t->end; k++)
        if (!(c->text[k] >= 'A' && c->text[k] <= 'Z'))
            return 0;
    if (i > 0 && (pk__label_is(c->toks[i - 1].lo, "berinisial") || pk__label_is(c->toks[i - 1].lo, "inisial")))
        return 1;
    if (i + 1 < c->ntok && (c->toks[i + 1].flags & TF_DIGIT) && c->toks[i + 1].lo_len <= 2 &&
        c->text[c->toks[i + 1].start - 1] == '(')
        return 1;
    return (i == 0 || c->toks[i - 1].sent != t->sent) && i + 1 < c->ntok && c->toks[i + 1].sent == t->sent &&
           !(c->toks[i + 1].flags & TF_CAP);
}

/* 1 if the words [i, t1) are capitalised inside a run of capitalised
 * words of one sentence, with no punctuation between: part of a proper
 * name ("Tim Advokasi Masyarakat Pendukung Demokrasi"), not an act. */
static int inside_name(const ctx *c, size_t i, size_t t1)
{
    if (i == 0 || t1 >= c->ntok || c->toks[i - 1].sent != c->toks[i].sent || c->toks[t1].sent != c->toks[i].sent)
        return 0;
    for (size_t q = i - 1; q <= t1; q++)
        if (!(c->toks[q].flags & TF_CAP) || (q > i - 1 && (c->toks[q].flags & TF_PUNCT_BEFORE)))
            return 0;
    return 1;
}

/* 1 if a dash or a bar stands between word i and the one before: the word
 * opens the story after a dateline ("TRIBUNJABAR.ID, CIAMIS– Gara-gara
 * ...", "PANDEGLANG | BD — ..."). */
static int after_dateline(const ctx *c, size_t i)
{
    for (size_t q = c->toks[i - 1].end; q < c->toks[i].start; q++) {
        unsigned char ch = (unsigned char)c->text[q];
        if (ch == '|' || ch == '-' ||
            (ch == 0xE2 && q + 2 < c->toks[i].start && (unsigned char)c->text[q + 1] == 0x80 &&
             ((unsigned char)c->text[q + 2] == 0x93 || (unsigned char)c->text[q + 2] == 0x94)))
            return 1;
    }
    return 0;
}

/* lo_len is strlen(lo) (no word holds a NUL): the length and first byte
 * settle most comparisons before memcmp. */
static int tok_is(const tok *t, const char *w)
{
    return t->lo[0] == w[0] && (size_t)t->lo_len == strlen(w) && memcmp(t->lo, w, t->lo_len) == 0;
}

/* 1 if word t joins a thing to the person whose picture or
 * name it bears ("kaos pasangan petahana", "kaos bergambar calon
 * bupati"). */
static int bearer_word(const tok *t)
{
    static const char *const words[] = {"pasangan", "bergambar", "calon", "paslon"};
    for (size_t k = 0; k < PK_ARRAY_LEN(words); k++)
        if (tok_is(t, words[k]))
            return 1;
    return 0;
}

/* 1 if word i (an office word) has a word of kinship right before it, in
 * the same sentence with nothing but a space between ("istri kepala Desa
 * Patuno", "anak Camat X", "kerabat Bupati"): the phrase names a relative
 * of the office holder, a private person, not the office holder (fresh7
 * 014; the "istri bupati" rows of actors.csv listed some of these one by
 * one). */
static int kin_before(const ctx *c, size_t i)
{
    static const char *const kin[] = {"istri", "suami", "anak", "adik", "kakak", "keluarga", "kerabat",
                                      "keponakan", "menantu", "mertua", "ipar", "sepupu", "cucu"};
    if (i == 0 || c->toks[i - 1].sent != c->toks[i].sent || (c->toks[i].flags & TF_PUNCT_BEFORE))
        return 0;
    for (size_t k = 0; k < PK_ARRAY_LEN(kin); k++)
        if (tok_is(&c->toks[i - 1], kin[k]))
            return 1;
    return 0;
}

/* 1 if an attire word ("seragam", "atribut", "kaos") stands right before
 * word i, or before the capitalised name that word i abbreviates, or
 * before the words naming whose picture the thing bears ("memakai kaos
 * pasangan petahana Karunia", fresh7 031: the incumbent is on the
 * t-shirt, not wearing it) (at most four words back, same sentence). */
static int worn(const ctx *c, size_t i)
{
    size_t j = i;
    for (int steps = 0; j > 0 && c->toks[j - 1].sent == c->toks[i].sent; steps++) {
        if (c->toks[j - 1].wclass & WC_ATTIRE)
            return 1;
        if (steps == 4 || !((c->toks[j - 1].flags & TF_CAP) || bearer_word(&c->toks[j - 1])))
            return 0;
        j--;
    }
    return 0;
}

/* Words after a place cue that are flagged home/office ("Baca juga"
 * links are marked on the words: TF_LINK to the end of the sentence). */
typedef struct place_state {
    size_t home_until, office_until; /* token index limits (exclusive) */
} place_state;

/* Mark the words of sentences written in Title Case (at least six words,
 * three in four capitalised): headlines and related-article lines ("•
 * Kepala Dinas dan Camat di Cianjur Langgar Kode Etik Terkait Pilkada"). */
static void title_pass(ctx *c)
{
    size_t a = 0;
    while (a < c->ntok) {
        size_t b = a, caps = 0, words = 0;
        while (b < c->ntok && c->toks[b].sent == c->toks[a].sent) {
            if (!(c->toks[b].flags & TF_DIGIT)) {
                words++;
                caps += (c->toks[b].flags & TF_CAP) != 0;
            }
            b++;
        }
        if (words >= 6 && caps * 4 >= words * 3)
            for (size_t q = a; q < b; q++)
                c->toks[q].flags |= TF_TITLE;
        a = b;
    }
}

/* 1 if only spaces and one bracket stand between token i and the one
 * before it: a phrase reads through a short form written inside it
 * ("Penjabat (Pj) Bupati"). At most 3 bytes are read. */
static int bracketed(const ctx *c, size_t i)
{
    size_t b = c->toks[i - 1].end, e = c->toks[i].start, n = 0;
    if (e < b || e - b > 3)
        return 0;
    for (; b < e; b++) {
        if (c->text[b] == '(' || c->text[b] == ')')
            n++;
        else if (c->text[b] != ' ')
            return 0;
    }
    return n == 1;
}

/* 1 if word i is "tim" followed by a candidate pair's names joined by a
 * hyphen ("tim Egi-Syaiful juga terlihat membagikan beras", fresh7 012;
 * news name a pair by its two first names): the pair's campaign team, as
 * "tim paslon" is. Not a team of another kind ("Tim Hukum", "Tim
 * Pemenangan X-Y": the words after "tim" are read by the lexicon). */
static int team_of_pair(const ctx *c, size_t i)
{
    if (i + 2 >= c->ntok || !tok_is(&c->toks[i], "tim"))
        return 0;
    const tok *a = &c->toks[i + 1], *b = &c->toks[i + 2];
    if (a->sent != c->toks[i].sent || b->sent != a->sent || !(a->flags & TF_CAP) || !(b->flags & TF_CAP) ||
        (a->flags & (TF_DIGIT | TF_PUNCT_BEFORE)) || (b->flags & TF_DIGIT) || a->lo_len < 2 || b->lo_len < 2 ||
        (a->wclass & WC_STOP) || b->start != a->end + 1 || c->text[a->end] != '-')
        return 0;
    /* names, not words of the lexicon ("tim KPU-Bawaslu" is a joint team of
     * the organisers) */
    return !(c->w1[i + 1].pfx & (PFX_EXACT | PFX_STEM)) && !(c->w1[i + 2].pfx & (PFX_EXACT | PFX_STEM));
}

/* 1 if word t may stand inside an act phrase without being one of its
 * words: a count written in digits ("mencoblos 26 surat suara sisa",
 * fresh2 001) or "langsung" ("mengajak langsung masyarakat untuk memilih",
 * fresh8 024). */
static int gap_word(const tok *t)
{
    if (!t->lo_len || (t->flags & TF_PUNCT_BEFORE))
        return 0;
    if (t->lo_len == 8 && memcmp(t->lo, "langsung", 8) == 0)
        return 1;
    for (size_t k = 0; k < t->lo_len; k++)
        if (t->lo[k] < '0' || t->lo[k] > '9')
            return 0;
    return t->lo_len <= 6;
}

/* 1 if the phrase equals words t[0..n] without t[g] (0 < g < n), in mode. */
static int phrase_eq_gap(const char *phrase, const tok *t, size_t n, size_t g, int mode)
{
    const char *p = phrase;
    for (size_t k = 0, w = 0; k <= n; k++) {
        if (k == g)
            continue;
        const char *s = mode == PK__LX_STEM ? t[k].st : t[k].lo;
        size_t sl = mode == PK__LX_STEM ? t[k].st_len : t[k].lo_len;
        if (w++ && *p++ != ' ')
            return 0;
        if (strncmp(p, s, sl) != 0)
            return 0;
        p += sl;
    }
    return *p == '\0';
}

/* An act phrase read over the gap word g (gap_word(), where the words
 * from i stopped starting a phrase) between its words, at word i: the
 * longest, as *ntok words of the text (the gap counted), or NULL. Only act
 * entries are read so: a role or a cue is kept as written. At most
 * PK__LX_MAX_TOKENS + 1 words are read. */
static const pk__lex_entry *gap_phrase(const ctx *c, size_t i, size_t g, size_t *ntok, int *stem)
{
    const tok *t = &c->toks[i];
    const pk__lex_entry *best = NULL;
    if (g <= i || g + 1 >= c->ntok || c->toks[g].sent != t->sent || !gap_word(&c->toks[g]) ||
        (c->toks[g + 1].flags & TF_PUNCT_BEFORE))
        return NULL;
    uint64_t hx = pk__lex_hash_seed(PK__LX_EXACT), hs = pk__lex_hash_seed(PK__LX_STEM);
    for (size_t j = i, n = 0; j < c->ntok && n < PK__LX_MAX_TOKENS; j++) {
        const tok *w = &c->toks[j];
        if (w->sent != t->sent || !w->lo_len || (j > i && (w->flags & TF_PUNCT_BEFORE)))
            break;
        if (j == g)
            continue;
        n++;
        hx = pk__lex_hash_step(hx, w->hx);
        hs = pk__lex_hash_step(hs, w->hs);
        if (!is_prefix(hx) && !is_prefix(hs))
            break;
        if (j < g)
            continue; /* the gap must fall inside the phrase */
        for (int mode = 0; mode < 2; mode++) {
            int md = mode ? PK__LX_STEM : PK__LX_EXACT;
            uint64_t h = mode ? hs : hx;
            const pk__lexicon *lx = &pk__extract_lexicon;
            for (size_t s = (size_t)h & (lx->nslots - 1); lx->slots[s]; s = (s + 1) & (lx->nslots - 1)) {
                const pk__lex_entry *e = &lx->entries[lx->slots[s] - 1];
                if (e->hash == h && e->mode == md && e->ntok == n && e->kind == PK__LX_ACT &&
                    phrase_eq_gap(e->phrase, t, j - i, g - i, md) && j - i + 1 > *ntok) {
                    best = e;
                    *ntok = j - i + 1;
                    *stem = mode;
                }
            }
        }
    }
    return best;
}

/* Posts named by their office (data/extract/posts.csv): an office head word
 * ("Kepala", "Sekretaris", "Kasi", "Pejabat") right before a government
 * agency ("Puskesmas", "UPTD", "Dinas", "Kesbangpol"). The agency's row gives
 * the actor class its posts imply (asn). Returns the agency's row and its
 * words in *n, or NULL when word i is no head word or no agency follows. */
static const pk__lex_entry *post_agency(const ctx *c, size_t i, const pk__lex_entry *head, size_t *n)
{
    if (!head || head->kind != PK__LX_POST || !pk__label_is(head->label, "head"))
        return NULL;
    const pk__lex_entry *found = NULL;
    uint64_t h = pk__lex_hash_seed(PK__LX_EXACT);
    for (size_t k = 1; k <= 2 && i + 1 + k <= c->ntok; k++) {
        const tok *w = &c->toks[i + k];
        if (w->sent != c->toks[i].sent || !w->lo_len || (w->flags & TF_PUNCT_BEFORE))
            break;
        h = pk__lex_hash_step(h, w->hx);
        if (!is_prefix(h))
            break;
        const pk__lex_entry *e = lex_find(PK__LX_EXACT, h, &c->toks[i + 1], k);
        for (; e && e < pk__extract_lexicon.entries + pk__extract_lexicon.count; e++) {
            if (e->kind == PK__LX_POST && !pk__label_is(e->label, "head")) {
                found = e;
                *n = k;
                break;
            }
            if (e + 1 >= pk__extract_lexicon.entries + pk__extract_lexicon.count || !same_group(e + 1, e))
                break;
        }
    }
    return found;
}

static void lexicon_pass(ctx *c, place_state *ps)
{
    size_t i = 0;
    while (i < c->ntok) {
        const tok *t = &c->toks[i];
        if (!(c->w1[i].pfx & (PFX_EXACT | PFX_STEM | PFX_UNSET)) &&
            !((t->flags & TF_CAP) && t->lo_len >= 2 && t->lo_len <= 3)) {
            i++; /* most words: no phrase starts with them and they are no initials (the loop's first
                    step and the test after it, answered at once) */
            continue;
        }
        uint64_t hx = pk__lex_hash_seed(PK__LX_EXACT), hs = pk__lex_hash_seed(PK__LX_STEM);
        const pk__lex_entry *best[2] = {NULL, NULL};
        size_t best_n = 0;
        size_t stop = 0; /* the words i..i+stop-1 start no phrase */
        for (size_t n = 1; n <= PK__LX_MAX_TOKENS && i + n <= c->ntok; n++) {
            const tok *last = &c->toks[i + n - 1];
            if (last->sent != t->sent || !last->lo_len)
                break;
            if (n > 1 && (last->flags & TF_PUNCT_BEFORE) && !bracketed(c, i + n - 1))
                break;
            int one = n == 1 && !(c->w1[i].pfx & PFX_UNSET); /* the word alone, answered in the tokenizer */
            if (one && !(c->w1[i].pfx & (PFX_EXACT | PFX_STEM)))
                break; /* no phrase starts with this word (most words): no hash to chain */
            hx = pk__lex_hash_step(hx, last->hx);
            hs = pk__lex_hash_step(hs, last->hs);
            int px = one ? c->w1[i].pfx & PFX_EXACT : is_prefix(hx);
            int pst = one ? c->w1[i].pfx & PFX_STEM : is_prefix(hs);
            if (!px && !pst) {
                stop = n;
                break; /* no phrase starts with these words */
            }
            const pk__lex_entry *ex = !px ? NULL : one ? c->w1[i].e[0] : lex_find(PK__LX_EXACT, hx, t, n);
            const pk__lex_entry *es = !pst ? NULL : one ? c->w1[i].e[1] : lex_find(PK__LX_STEM, hs, t, n);
            if (ex && side_only(ex))
                ex = NULL; /* only words another pass reads (directed_pass(), registration_pass()): no phrase here */
            if (es && side_only(es))
                es = NULL;
            if (ex || es) {
                /* at equal length the words as written beat their stems
                 * ("ikut mengkampanyekan" over "ikut kampanye") */
                best[0] = ex;
                best[1] = ex ? NULL : es;
                best_n = n;
            }
        }
        int gapped = 0;
        if (stop >= 2) {
            size_t gn = best_n;
            int gs = 0;
            const pk__lex_entry *ge = gap_phrase(c, i, i + stop - 1, &gn, &gs);
            if (ge && gn > best_n) {
                /* "mengajak langsung masyarakat": the act over a count or "langsung" */
                best[0] = gs ? NULL : ge;
                best[1] = gs ? ge : NULL;
                best_n = gn;
                gapped = 1;
            }
        }
        size_t an = 0;
        const pk__lex_entry *agency = best_n == 1 ? post_agency(c, i, best[0], &an) : NULL;
        if (agency) {
            /* "Kepala UPTD Puskesmas", "Kepala Kesbangpol": the post, as an actor */
            cmention *m = add(c, PK_EXTRACT_MENTION_ROLE, t->start, c->toks[i + an].end, i, i + 1 + an);
            if (!m)
                return;
            m->m.label = agency->label;
            m->x.priority = agency->priority;
            m->x.maps_to = agency->maps_to;
            if (c->toks[i].flags & TF_LINK)
                m->m.flags |= PK_EXTRACT_FLAG_LINK;
            i += 1 + an;
            continue;
        }
        if (best_n && (best[0] ? best[0] : best[1])->kind == PK__LX_POST) {
            /* a head word or an agency alone names no actor: as a word no phrase starts with */
            int other = 0;
            for (int g = 0; g < 2; g++)
                for (const pk__lex_entry *e = best[g];
                     e && e < pk__extract_lexicon.entries + pk__extract_lexicon.count && same_group(e, best[g]); e++)
                    other |= e->kind != PK__LX_POST;
            if (!other)
                best_n = 0;
        }
        if (!best_n && team_of_pair(c, i)) {
            /* "tim Egi-Syaiful": a candidate pair's team */
            cmention *m = add(c, PK_EXTRACT_MENTION_ROLE, t->start, c->toks[i + 2].end, i, i + 3);
            if (!m)
                return;
            m->m.label = "campaign_team";
            m->x.priority = 3;
            i += 3;
            continue;
        }
        if (!best_n) {
            /* initials() wants two or three capitals: most words are asked no further */
            if ((t->flags & TF_CAP) && t->lo_len >= 2 && t->lo_len <= 3 && initials(c, i)) {
                cmention *m = add(c, PK_EXTRACT_MENTION_ROLE, t->start, t->end, i, i + 1);
                if (!m)
                    return;
                m->m.label = "any_person";
                m->x.priority = 1;
            }
            i++;
            continue;
        }
        size_t t1 = i + best_n;
        size_t taken = best_n;
        for (int g = 0; g < 2; g++) {
            const pk__lex_entry *first = best[g];
            if (!first)
                continue;
            for (const pk__lex_entry *e = first;
                 e < pk__extract_lexicon.entries + pk__extract_lexicon.count && same_group(e, first); e++) {
                if (e->kind == PK__LX_POST ||
                    (e->kind == PK__LX_ACTOR && pk__label_is(e->label, "not_actor")))
                    continue;
                if (e->kind == PK__LX_OCCUR && (pk__label_is(e->label, "give") || strncmp(e->label, "gift_", 5) == 0))
                    continue; /* read by gift_pass() */
                if (side_entry(e))
                    continue; /* read by directed_pass(), registration_pass() */
                if (gapped && e->kind != PK__LX_ACT)
                    continue;
                if (e->kind == PK__LX_PLACE) {
                    if (pk__label_is(e->label, "home"))
                        ps->home_until = t1 + 1;
                    else if (pk__label_is(e->label, "office"))
                        ps->office_until = t1 + 1;
                    else if (pk__label_is(e->label, "link"))
                        for (size_t q = i; q < c->ntok && c->toks[q].sent == t->sent; q++)
                            c->toks[q].flags |= TF_LINK;
                }
                if (e->kind == PK__LX_PLACE &&
                    (pk__label_is(e->label, "district") || pk__label_is(e->label, "village"))) {
                    if (!(c->toks[i].flags & TF_CAP))
                        continue; /* "desa" as a common noun */
                    unsigned fl = (i < ps->home_until ? PK_EXTRACT_FLAG_HOME : 0u) |
                                  ((c->toks[i].flags & TF_LINK) ? PK_EXTRACT_FLAG_LINK : 0u);
                    size_t k = capture_name(c, t1, NAME_WORDS,
                                            e->label[0] == 'd' ? PK_EXTRACT_MENTION_DISTRICT
                                                               : PK_EXTRACT_MENTION_VILLAGE,
                                            fl);
                    if (k) {
                        c->cm[c->ncm - 1].m.start = c->toks[i].start; /* include the cue word */
                        if (best_n + k > taken)
                            taken = best_n + k;
                    }
                    continue;
                }
                if (e->kind == PK__LX_ACT && e->priority <= 1 && inside_name(c, i, t1))
                    continue;
                if (e->kind == PK__LX_IRREALIS && pk__label_is(e->label, "tally") && !tally_count(c, t1))
                    continue; /* "menerima" without a count of cases after it */
                /* "seragam ASN", "atribut TNI", "atribut Tentara Nasional
                 * Indonesia (TNI)": a thing worn, not a person */
                if (e->kind == PK__LX_ACTOR && worn(c, i))
                    continue;
                /* "tegas", "terang", "jelas" (also adjectives: "dengan
                 * tegas", "terang-terangan", "dengan jelas") name a speaker
                 * only right after a quote or a comma ("...,\" terang Ketua
                 * Bawaslu") */
                if (e->kind == PK__LX_SPEECH &&
                    (pk__label_is(t->lo, "tegas") || pk__label_is(t->lo, "terang") || pk__label_is(t->lo, "jelas")) &&
                    !pk__closes_clause(c->text, t->start))
                    continue;
                /* "Gara-gara", "Setelah", "Karena" open a fronted clause only
                 * at the start of a sentence */
                if (e->kind == PK__LX_OCCUR && pk__label_is(e->label, "front") && i > 0 &&
                    c->toks[i - 1].sent == t->sent && !after_dateline(c, i))
                    continue;
                /* "istri kepala Desa Patuno": the relative, from the kinship word on */
                int kin = e->kind == PK__LX_ACTOR && !pk__label_is(e->label, "any_person") && kin_before(c, i);
                cmention *m = add(c, kind_of(e->kind), kin ? c->toks[i - 1].start : t->start, c->toks[t1 - 1].end,
                                  kin ? i - 1 : i, t1);
                if (!m)
                    return;
                m->m.label = kin ? "any_person" : e->label;
                m->x.priority = kin ? 2 : e->priority;
                m->x.maps_to = kin ? NULL : e->maps_to;
                m->x.passive = (uint8_t)(c->toks[i].lo_len > 4 && memcmp(c->toks[i].lo, "di", 2) == 0);
                m->x.nominal = (uint8_t)(c->toks[i].lo_len > 5 &&
                                         (memcmp(c->toks[i].lo, "pe", 2) == 0 || memcmp(c->toks[i].lo, "ke", 2) == 0) &&
                                         memcmp(c->toks[i].lo + c->toks[i].lo_len - 2, "an", 2) == 0);
                if (c->toks[i].flags & TF_LINK)
                    m->m.flags |= PK_EXTRACT_FLAG_LINK;
                /* a capitalised act word in a Title Case line is a headline's
                 * (the roles and places of a list of names stay) */
                if (e->kind == PK__LX_ACT && (c->toks[i].flags & (TF_TITLE | TF_CAP)) == (TF_TITLE | TF_CAP) && i > 0 &&
                    c->toks[i - 1].sent == t->sent)
                    m->m.flags |= PK_EXTRACT_FLAG_LINK;
                if (e->kind == PK__LX_CANDIDATE && t1 < c->ntok && (c->toks[t1].flags & TF_DIGIT) &&
                    c->toks[t1].lo_len <= 2 && c->toks[t1].sent == t->sent) {
                    int num = 0; /* one or two digits (checked above) */
                    for (size_t q = 0; q < c->toks[t1].lo_len; q++)
                        num = num * 10 + (c->toks[t1].lo[q] - '0');
                    m->m.number = num;
                    m->m.end = c->toks[t1].end;
                    m->x.word_end = c->word_base + (uint32_t)t1 + 1;
                    if (best_n + 1 > taken)
                        taken = best_n + 1;
                }
                /* kepala desa X, lurah X, camat X: the post names the place */
                if (e->kind == PK__LX_ACTOR && t1 < c->ntok && (c->toks[t1].flags & TF_CAP) &&
                    !(c->toks[t1].flags & TF_PUNCT_BEFORE) &&
                    (pk__label_is(e->label, "kepala_desa") || pk__label_is(e->label, "lurah") ||
                     pk__label_is(e->label, "camat"))) {
                    size_t save = c->ncm;
                    /* the role's place is a name, not a registry region: two words at most */
                    size_t k = capture_name(c, t1, 2,
                                            e->label[0] == 'c' ? PK_EXTRACT_MENTION_DISTRICT
                                                               : PK_EXTRACT_MENTION_VILLAGE,
                                            0);
                    if (k && c->ncm > save) {
                        c->cm[c->ncm - 1].x.from_role = 1;
                        if (best_n + k > taken)
                            taken = best_n + k;
                    }
                }
            }
        }
        i += taken;
    }
}

/* The lexicon's `occur` cue entry of label `cls` read from word i alone,
 * as written (mode PK__LX_EXACT) or by its stem (PK__LX_STEM), or NULL; a
 * class that ends in '_' ("gift_") takes every label it starts. The word's
 * one-word entry is the tokenizer's (ctx.w1: a one-word phrase's hash is
 * among the prefixes, so word1_of() looked it up) unless the word was not
 * looked up there. */
static const pk__lex_entry *cue_lookup(const ctx *c, size_t i, int mode, const char *cls)
{
    const pk__lex_entry *first;
    if (!(c->w1[i].pfx & PFX_UNSET)) {
        first = c->w1[i].e[mode]; /* looked up in the tokenizer: a word of one byte or more */
    } else {
        const tok *t = &c->toks[i];
        first = t->lo_len ? lex_find(mode, pk__lex_hash_step(pk__lex_hash_seed(mode), mode == PK__LX_STEM ? t->hs : t->hx), t, 1)
                          : NULL;
    }
    size_t n = strlen(cls);
    int prefix = n && cls[n - 1] == '_';
    for (const pk__lex_entry *e = first;
         e && e < pk__extract_lexicon.entries + pk__extract_lexicon.count && same_group(e, first); e++)
        if (e->kind == PK__LX_OCCUR && e->label[0] == cls[0] && strncmp(e->label, cls, n) == 0 &&
            (prefix || e->label[n] == '\0'))
            return e;
    return NULL; /* most words: no one-word phrase */
}

/* The `occur` cue of label class `cls` ("give", "gift_") of word i read
 * by its stem (cue_lookup()). The passes ask it of every word: most words
 * have no one-word entry, which the tokenizer's answer (ctx.w1) tells
 * without a call. */
static inline const pk__lex_entry *stem_cue(const ctx *c, size_t i, const char *cls)
{
    if (!(c->w1[i].pfx & PFX_UNSET) && !c->w1[i].e[1])
        return NULL;
    return cue_lookup(c, i, PK__LX_STEM, cls);
}

/* 1 if word i is a giving verb of the `give` class as a verb or a noun:
 * with an affix (membagikan, dibagikan, pembagian, diberi) or doubled
 * (bagi-bagi); the bare root "bagi" is also the preposition "for". */
static int give_verb(const ctx *c, size_t i)
{
    const tok *t = &c->toks[i];
    if (!stem_cue(c, i, "give"))
        return 0;
    if (t->st_len < t->lo_len)
        return 1;
    return i + 1 < c->ntok && c->toks[i + 1].sent == t->sent && c->toks[i + 1].st_len == t->st_len &&
           memcmp(c->toks[i + 1].st, t->st, t->st_len) == 0;
}

/* 1 if the sentence of mentions cm[q0, ...) (the first of sentence sent,
 * the lexicon pass's, before n0) ties a hand-out to a campaign: it names a
 * candidate, a candidate's team or a stage of the election (masa tenang,
 * masa kampanye). */
static int campaign_tie(const ctx *c, size_t q0, size_t n0, uint32_t sent)
{
    for (size_t q = q0; q < n0 && c->cm[q].m.sentence == sent; q++) {
        const cmention *m = &c->cm[q];
        if (m->m.kind == PK_EXTRACT_MENTION_CANDIDATE ||
            (m->m.kind == PK_EXTRACT_MENTION_ROLE && pk__label_is(m->m.label, "campaign_team")) ||
            (m->m.kind == PK_EXTRACT_MENTION_CUE && pk__label_is(m->m.label, "period")))
            return 1;
    }
    return 0;
}

/* Acts told by a giving verb and the class of what is given (cues `give`,
 * `gift_money`, `gift_goods`, `gift_aid` of data/extract/cues.csv; round
 * 13): "mendistribusikan uang", "pemberian sapi", "memberikan stiker salah
 * satu Paslon", "penyerahan bantuan di masa tenang oleh salah satu tim
 * paslon", and a passive with the thing before it ("Uang tersebut diberikan
 * kepada pemilih", "uang sebesar Rp50 ribu yang diberikan oleh tim"). The
 * verb is read by its stem (give_verb()); the thing stands at most three
 * words after it (a count or a quantity between: "membagikan ratusan paket
 * sembako"), or, for a di- form, at most three words before it, in the same
 * sentence with no punctuation between. The act is give_money for money,
 * food and gifts (UU 10/2016 Pasal 73: "uang atau materi lainnya"),
 * hand_out_campaign_goods for stickers, shirts, calendars; at priority 2, so
 * that a specific act of its sentence (bansos, bantuan sosial:
 * use_programmes, 3) still hides it. Aid ("bantuan") is also a government
 * office's lawful programme: it is a gift only when its sentence names a
 * candidate, a team or a campaign stage and its paragraph names no
 * programme (use_programmes). Words the lexicon already reads as an act
 * (any priority: "membagikan uang", the generic "membagikan") are left as
 * read. Linear: each word is looked at a bounded number of times. */
static void gift_pass(ctx *c)
{
    size_t n0 = c->ncm, k = 0, ks = 0;
    int prog = -1; /* the chunk names a programme: unknown yet */
    uint32_t tie_sent = UINT32_MAX;
    int tie = 0;
    for (size_t i = 0; i < c->ntok; i++) {
        if (!give_verb(c, i))
            continue;
        const tok *t = &c->toks[i];
        size_t obj = SIZE_MAX;
        const pk__lex_entry *oe = NULL;
        for (size_t j = i + 1; j < c->ntok && j <= i + 4; j++) {
            const tok *w = &c->toks[j];
            if (w->sent != t->sent || (w->flags & TF_PUNCT_BEFORE))
                break;
            if ((oe = stem_cue(c, j, "gift_")) != NULL) {
                obj = j;
                break;
            }
        }
        if (!oe && t->lo_len > 4 && memcmp(t->lo, "di", 2) == 0 && !(t->flags & TF_PUNCT_BEFORE)) {
            for (size_t j = i; j-- > 0 && j + 3 >= i;) {
                const tok *w = &c->toks[j];
                if (w->sent != t->sent)
                    break;
                if ((oe = stem_cue(c, j, "gift_")) != NULL) {
                    obj = j;
                    break;
                }
                if (w->flags & TF_PUNCT_BEFORE)
                    break;
            }
        }
        if (!oe)
            continue;
        size_t lo = obj < i ? obj : i, hi = obj < i ? i : obj;
        uint32_t wlo = c->word_base + (uint32_t)lo, whi = c->word_base + (uint32_t)hi;
        if (hi > i)
            i = hi;
        if (pk__label_is(oe->label, "gift_aid")) {
            if (prog < 0) {
                prog = 0;
                for (size_t q = 0; q < n0 && !prog; q++)
                    prog = c->cm[q].m.kind == PK_EXTRACT_MENTION_ACT &&
                           pk__label_is(c->cm[q].m.label, "use_programmes");
            }
            if (tie_sent != t->sent) {
                while (ks < n0 && c->cm[ks].m.sentence < t->sent)
                    ks++;
                tie_sent = t->sent;
                tie = campaign_tie(c, ks, n0, t->sent);
            }
            if (prog || !tie)
                continue; /* aid as a programme, or not tied to a campaign */
        }
        /* an act the lexicon read on these words: left as read (the
         * mentions are in word order; none is longer than a few words) */
        while (k < n0 && c->cm[k].x.word_end + 4 <= wlo)
            k++;
        int read = 0;
        for (size_t q = k; q < n0 && c->cm[q].x.word <= whi && !read; q++)
            read = c->cm[q].m.kind == PK_EXTRACT_MENTION_ACT && c->cm[q].x.word_end > wlo;
        if (read)
            continue;
        cmention *m = add(c, PK_EXTRACT_MENTION_ACT, c->toks[lo].start, c->toks[hi].end, lo, hi + 1);
        if (!m)
            return;
        m->m.label = pk__label_is(oe->label, "gift_goods") ? "hand_out_campaign_goods" : "give_money";
        m->x.priority = 2;
        m->x.passive = (uint8_t)(t->lo_len > 4 && memcmp(t->lo, "di", 2) == 0);
        m->x.nominal = (uint8_t)(t->lo_len > 5 && memcmp(t->lo, "pe", 2) == 0 &&
                                 memcmp(t->lo + t->lo_len - 2, "an", 2) == 0);
        if (t->flags & TF_LINK)
            m->m.flags |= PK_EXTRACT_FLAG_LINK;
    }
}

/* The `occur` cue of label `label` of word i as written (as stem_cue()) */
static inline const pk__lex_entry *exact_cue(const ctx *c, size_t i, const char *label)
{
    if (!(c->w1[i].pfx & PFX_UNSET) && !c->w1[i].e[0])
        return NULL;
    return cue_lookup(c, i, PK__LX_EXACT, label);
}


/* 1 if an act of priority 2 or more of the lexicon pass's mentions cm[0,
 * n0) overlaps the words i..hit (the deed a structure pass would add is
 * read already); *k walks forward over the mentions ending `back` words or
 * more before word i, so one pass stays linear in its mentions. */
static int act_read_over(const ctx *c, size_t *k, size_t n0, size_t i, size_t hit, uint32_t back)
{
    uint32_t wlo = c->word_base + (uint32_t)i, whi = c->word_base + (uint32_t)hit;
    while (*k < n0 && c->cm[*k].x.word_end + back <= wlo)
        (*k)++;
    for (size_t q = *k; q < n0 && c->cm[q].x.word <= whi; q++)
        if (c->cm[q].m.kind == PK_EXTRACT_MENTION_ACT && c->cm[q].x.word_end > wlo && c->cm[q].x.priority >= 2)
            return 1;
    return 0;
}

/* The partisan_activity act of priority 2 a structure pass reads over the
 * words i..hit, or NULL when out of memory. */
static cmention *add_involvement(ctx *c, size_t i, size_t hit, int passive, int nominal)
{
    const tok *t = &c->toks[i];
    cmention *m = add(c, PK_EXTRACT_MENTION_ACT, t->start, c->toks[hit].end, i, hit + 1);
    if (!m)
        return NULL;
    m->m.label = "partisan_activity";
    m->x.priority = 2;
    m->x.passive = (uint8_t)passive;
    m->x.nominal = (uint8_t)nominal;
    if (t->flags & TF_LINK)
        m->m.flags |= PK_EXTRACT_FLAG_LINK;
    return m;
}

/* Acts told by the structure of a directed deed: a directive word (an
 * `occur` cue of label `direct` in data/extract/cues.csv: KBBI arah,
 * mobilisasi, kerah, giring, galang, suruh, tugas, instruksi, perintah,
 * intimidasi in their meN-/di-/peN-an forms; not "mengajak", to invite, nor
 * "meminta", to ask: an open appeal is told as the speaker's own support,
 * fresh 002, fresh5 003, and "meminta" is as often a request for a
 * statement) followed
 * in its clause (no punctuation between, at most eight words) by the
 * support it moves ("mengarahkan dukungan kepada salah satu pasangan",
 * "penggiringan dukungan masyarakat kepada salah satu Bapaslon") or by a
 * purpose clause ("untuk", "agar", "supaya") whose verb, one of the two
 * words after it, is an `aim` cue ("memobilisasi massa untuk
 * mendaftarkan salah satu bakal pasangan calon", "penggiringan kader
 * Posyandu untuk memilih salah satu pasangan calon"). What the people are
 * moved to do is their support or vote, not a support of the doer's own:
 * the deed is involvement, partisan_activity (corpus README rule 6, round
 * 13: "the other mengarahkan/menggalang/memobilisasi dukungan (a method of
 * support is given)"; PP 94/2021 Pasal 5 huruf n for an ASN, UU 6/2014
 * Pasal 29 huruf j for a kepala desa). At priority 2: a specific act of its
 * sentence (a video, a photo, a gift: 3) still names the method, and the
 * generic support word it holds ("dukungan", "mendukung": 1) is hidden.
 * Words the lexicon already reads as an act of priority 2 or more
 * ("mengarahkan warga", "memobilisasi dukungan") are left as read. Linear:
 * each word starts at most one look-ahead of eight words. The mentions
 * read are the lexicon pass's, cm[0, n0): in word order, which the gift
 * pass's after them are not. */
static void directed_pass(ctx *c, size_t n0)
{
    size_t k = 0, ks = 0;
    uint32_t told_sent = UINT32_MAX; /* the sentence `told` is of */
    int told = 0;                    /* it already tells a partisan_activity of priority 2 or more */
    for (size_t i = 0; i < c->ntok; i++) {
        const tok *t = &c->toks[i];
        if (!(t->flags & TF_ALPHA) || t->lo_len < 7)
            continue;
        if (!exact_cue(c, i, "direct"))
            continue;
        size_t hit = SIZE_MAX;
        int after = 0; /* words left for the verb after a purpose word */
        for (size_t j = i + 1; j < c->ntok && j <= i + 8 && hit == SIZE_MAX; j++) {
            const tok *w = &c->toks[j];
            if (w->sent != t->sent || (w->flags & TF_PUNCT_BEFORE))
                break;
            if ((j == i + 1 && tok_is(w, "dukungan")) ||
                (after && exact_cue(c, j, "aim")))
                hit = j;
            else if (tok_is(w, "untuk") || tok_is(w, "agar") || tok_is(w, "supaya"))
                after = 2;
            else if (after)
                after--;
        }
        if (hit == SIZE_MAX)
            continue;
        int read = act_read_over(c, &k, n0, i, hit, 8);
        /* a sentence that already tells an involvement ("terlibat dalam
         * politik praktis dengan mengarahkan dukungan", fresh6 016): its act
         * is read already, the directed deed is how */
        if (t->sent != told_sent) { /* once per sentence: linear in its mentions */
            told_sent = t->sent;
            told = 0;
            while (ks < n0 && c->cm[ks].m.sentence < t->sent)
                ks++;
            for (size_t q = ks; q < n0 && c->cm[q].m.sentence == t->sent && !told; q++)
                told = c->cm[q].m.kind == PK_EXTRACT_MENTION_ACT && c->cm[q].x.priority >= 2 &&
                       pk__label_is(c->cm[q].m.label, "partisan_activity");
        }
        if (read || told)
            continue;
        if (!add_involvement(c, i, hit, t->lo_len > 4 && memcmp(t->lo, "di", 2) == 0,
                             memcmp(t->lo, "pe", 2) == 0 || tok_is(t, "mobilisasi") || tok_is(t, "intimidasi")))
            return;
        i = hit;
    }
}

/* 1 if only spaces and brackets stand between word j-1 and word j (the
 * gloss of "bakal pasangan calon (bapaslon) Pemilihan Bupati (Pilbup)"). */
static int bracket_gap(const ctx *c, size_t j)
{
    if (!(c->toks[j].flags & TF_PUNCT_BEFORE))
        return 1;
    for (size_t b = c->toks[j - 1].end; b < c->toks[j].start; b++)
        if (c->text[b] != ' ' && c->text[b] != '(' && c->text[b] != ')')
            return 0;
    return 1;
}

/* Acts told by being at a candidate's registration (round 14): a word of
 * presence or escort (an `occur` cue of label `escort` in
 * data/extract/cues.csv: hadir, menghadiri, kehadiran, ikut, mengikuti,
 * mengantar(kan), mendampingi) followed in its clause (no punctuation but
 * brackets between, at most ten words) by a registration word (label
 * `register`: mendaftar, pendaftaran, mendaftarkan; an affixed form, not the
 * noun "daftar", list, nor "terdaftar", registered) in a sentence that
 * names a candidate or the registration stage (the `schedule` cue
 * "pendaftaran pasangan calon"): "hadir saat pendaftaran Bakal Pasangan Calon",
 * "ikut mengantarkan bakal pasangan calon kepala daerah mendaftar ke KPU",
 * "ikut ke KPU saat pendaftaran pasangan calon". Registration with a party
 * ("mendaftarkan diri ke partai", three words on at most) is the party's
 * selection, approach_party, not the KPU's registration: not read here. The
 * deed is involvement, partisan_activity (corpus README rule 6; PP 94/2021
 * Pasal 5 huruf n, SKB 2022 kode etik angka 6 for an ASN; UU 6/2014 Pasal
 * 29 huruf j for a kepala desa), at priority 2 as directed_pass()'s. Words
 * the lexicon already reads as an act of priority 2 or more ("ikut
 * mengantar pendaftaran", "mendaftar ke partai") and sentences that already
 * tell a partisan_activity of priority 2 or more (the lexicon pass's,
 * cm[0, n0), or a directed deed of directed_pass(), cm[nd, ...): both in
 * word order) are left as read. Linear:
 * each word starts at most one look-ahead of ten words and one of three. */
static void registration_pass(ctx *c, size_t n0, size_t nd)
{
    size_t k = 0, ks = 0, kd = nd, nd_end = c->ncm;
    uint32_t sent = UINT32_MAX; /* the sentence `cand` and `told` are of */
    int cand = 0, told = 0;
    for (size_t i = 0; i < c->ntok; i++) {
        const tok *t = &c->toks[i];
        if (!(t->flags & TF_ALPHA) || t->lo_len < 4 || !stem_cue(c, i, "escort"))
            continue;
        size_t hit = SIZE_MAX;
        for (size_t j = i + 1; j < c->ntok && j <= i + 10 && hit == SIZE_MAX; j++) {
            const tok *w = &c->toks[j];
            if (w->sent != t->sent || !bracket_gap(c, j))
                break;
            if (w->st_len < w->lo_len && !(w->lo_len > 3 && memcmp(w->lo, "ter", 3) == 0) &&
                stem_cue(c, j, "register"))
                hit = j;
        }
        if (hit == SIZE_MAX)
            continue;
        int party = 0;
        for (size_t j = hit + 1; j < c->ntok && j <= hit + 3 && !party; j++)
            party = c->toks[j].sent == t->sent && (tok_is(&c->toks[j], "partai") || tok_is(&c->toks[j], "parpol"));
        if (party)
            continue;
        if (t->sent != sent) { /* once per sentence: linear in its mentions */
            sent = t->sent;
            cand = told = 0;
            while (ks < n0 && c->cm[ks].m.sentence < t->sent)
                ks++;
            for (size_t q = ks; q < n0 && c->cm[q].m.sentence == t->sent; q++) {
                const cmention *cq = &c->cm[q];
                size_t w0 = cq->x.word - c->word_base;
                cand |= cq->m.kind == PK_EXTRACT_MENTION_CANDIDATE ||
                        (cq->m.kind == PK_EXTRACT_MENTION_CUE && pk__label_is(cq->m.label, "schedule") &&
                         w0 < c->ntok && stem_cue(c, w0, "register") != NULL);
                told |= c->cm[q].m.kind == PK_EXTRACT_MENTION_ACT && c->cm[q].x.priority >= 2 &&
                        pk__label_is(c->cm[q].m.label, "partisan_activity");
            }
            while (kd < nd_end && c->cm[kd].m.sentence < t->sent)
                kd++;
            for (size_t q = kd; q < nd_end && c->cm[q].m.sentence == t->sent; q++)
                told |= pk__label_is(c->cm[q].m.label, "partisan_activity"); /* a directed deed */
        }
        if (!cand || told)
            continue;
        if (act_read_over(c, &k, n0, i, hit, 10))
            continue;
        if (!add_involvement(c, i, hit, 0, memcmp(t->lo, "ke", 2) == 0))
            return;
        told = 1; /* one deed per sentence */
        i = hit;
    }
}

/* 1 if word j names a declaration or a ceremony (an `occur` cue of label
 * `ceremony`: "deklarasi", "dideklarasikan", "ikrar", "apel"). */
static int pk__declare_word(const ctx *c, size_t j)
{
    return exact_cue(c, j, "ceremony") != NULL;
}

/* 1 if word j names what a public ceremony declares (an `occur` cue of
 * label `ceremony_aim`: "damai", "netralitas", "tolak"), or a stand against
 * a vice by the prefix anti- ("antipolitik", "anti-hoaks"). */
static int pk__ceremony_aim(const ctx *c, size_t j)
{
    const tok *t = &c->toks[j];
    return exact_cue(c, j, "ceremony_aim") != NULL || (t->lo_len >= 4 && memcmp(t->lo, "anti", 4) == 0);
}

/* A declaration named with its aim ("Deklarasi Pilkada Damai",
 * "deklarasi Desa Anti-Politik Uang", "Komitmen netralitas ini
 * dideklarasikan dalam sebuah apel") is a ceremony held for every
 * candidate or every servant: it declares no support for one candidate, and
 * being at it is no attendance of a campaign. The declare_support and
 * attend_campaign words of the ceremony's sentence and of the next three
 * (while no candidate's own declaration is named) that name the declaration ("menghadiri Deklarasi kampanye damai") or
 * are told of it or of the event ("Acara deklarasi dihadiri", "Acara
 * tersebut dihadiri") read as irrealis (fresh12 035, fresh11 023,
 * fresh5 038, dates_dev 029); a declaration of support ("deklarasi
 * dukungan") is never the ceremony. Linear: one walk over the words, one
 * over the mentions, each mention looking at most 4 words back. */
static void ceremony_pass(ctx *c)
{
    uint32_t cer_sent = UINT32_MAX; /* the last sentence naming a ceremony */
    size_t k = 0;
    for (size_t i = 0; i < c->ntok || k < c->ncm;) {
        /* words and mentions in order of position: a ceremony is known before the mentions after it */
        if (i < c->ntok && (k >= c->ncm || c->toks[i].sent <= c->cm[k].m.sentence)) {
            const tok *t = &c->toks[i++];
            if (!pk__declare_word(c, i - 1))
                continue;
            int aim = 0, support = 0, other = 0;
            size_t lo = i - 1 >= 4 ? i - 1 - 4 : 0, hi = i - 1 + 5 < c->ntok ? i - 1 + 5 : c->ntok;
            for (size_t j = lo; j < hi; j++) {
                const tok *w = &c->toks[j];
                if (w->sent != t->sent || j == i - 1)
                    continue;
                aim |= pk__ceremony_aim(c, j);
                if (j >= i && j <= i + 1)
                    support |= tok_is(w, "dukungan") || tok_is(w, "mendukung");
                if (j == i) /* its own object: "deklarasi pasangan ...", "deklarasi salah satu ..." */
                    other |= tok_is(w, "calon") || tok_is(w, "paslon") || tok_is(w, "bakal") ||
                             tok_is(w, "pasangan") || tok_is(w, "bapaslon") ||
                             (tok_is(w, "salah") && j + 1 < c->ntok && tok_is(&c->toks[j + 1], "satu"));
            }
            if (aim && !support)
                cer_sent = t->sent; /* a ceremony */
            else if (support || other)
                cer_sent = UINT32_MAX; /* a candidate's own declaration: later words are of it */
            /* else a bare "deklarasi" ("Acara deklarasi"): of the last one named */
            continue;
        }
        cmention *m = &c->cm[k++];
        if (m->m.kind != PK_EXTRACT_MENTION_ACT || cer_sent == UINT32_MAX || m->m.sentence < cer_sent ||
            m->m.sentence > cer_sent + 3 ||
            !(pk__label_is(m->m.label, "declare_support") || pk__label_is(m->m.label, "attend_campaign")))
            continue;
        size_t t0 = m->x.word - c->word_base, t1 = m->x.word_end - c->word_base;
        int tied = 0, support = 0;
        for (size_t j = t0 >= 4 ? t0 - 4 : 0; j < t1 + 2 && j < c->ntok; j++) {
            const tok *w = &c->toks[j];
            if (w->sent != m->m.sentence)
                continue;
            if (j < t1 && (pk__declare_word(c, j) || (j + 4 >= t0 && (tok_is(w, "acara") || tok_is(w, "kegiatan")))))
                tied = 1;
            if (j >= t1 - 1 && j > t0)
                support |= tok_is(w, "dukungan") || tok_is(w, "mendukung");
        }
        /* a support word of its own followed by a candidate ("hadir dalam acara deklarasi pilkada damai
         * dan mendukung pasangan calon nomor urut 2"): a deed of its own at the ceremony */
        for (size_t q = k; !support && q < c->ncm && q < k + 4 && c->cm[q].m.sentence == m->m.sentence; q++)
            support = c->cm[q].m.kind == PK_EXTRACT_MENTION_CANDIDATE && c->cm[q].x.word >= m->x.word_end &&
                      c->cm[q].x.word <= m->x.word_end + 1 && pk__label_is(m->m.label, "declare_support");
        if (tied && !support)
            m->m.flags |= PK_EXTRACT_FLAG_IRREALIS;
    }
}

/* The mention among the 12 before cm[k] of its sentence that is a role
 * ending at word w (global index), or NULL. */
static const cmention *pk__role_ending(const ctx *c, size_t k, uint32_t w)
{
    for (size_t q = k, n = 0; q > 0 && n < 12; n++) {
        const cmention *r = &c->cm[--q];
        if (r->m.sentence != c->cm[k].m.sentence)
            break;
        if (r->m.kind == PK_EXTRACT_MENTION_ROLE && r->x.word_end == w)
            return r;
    }
    return NULL;
}

/* 1 if the sentence of cm[k] reads as a rule rather than a handled case
 * for an addressee after word b ("kepada", "terhadap"): it holds an
 * irrealis word (akan, dapat, jika ...; 32 mentions each way at most), or
 * "sanksi" stands in the six words before b with no "telah", "sudah" or
 * "menjatuhkan" (a sanction given) in them. A verdict or a summons to the
 * person of a case ("vonis bebas kepada kepala desa yang didakwa ...") is
 * none. */
static int pk__rule_sentence(const ctx *c, size_t k, size_t b)
{
    uint32_t s = c->cm[k].m.sentence;
    for (size_t q = k > 32 ? k - 32 : 0; q < c->ncm && q < k + 32; q++)
        if (c->cm[q].m.sentence == s && c->cm[q].m.kind == PK_EXTRACT_MENTION_IRREALIS)
            return 1;
    int sanction = 0;
    for (size_t j = b > 6 ? b - 6 : 0; j < b; j++) {
        const tok *w = &c->toks[j];
        if (w->sent != s)
            continue;
        if (tok_is(w, "telah") || tok_is(w, "sudah") || tok_is(w, "menjatuhkan"))
            return 0;
        sanction |= tok_is(w, "sanksi");
    }
    return sanction;
}

/* A bare class noun (no name, number, "oknum", "seorang" or "tersebut")
 * that is the object of a word of address or of having ("kepada", "bagi",
 * "terhadap", "memiliki") and is restricted by a "yang" clause names any
 * member of the class who would do the act, not a person who did it: the
 * addressee of a rule or a sanction ("sanksi pidana bagi ASN yang tidak
 * netral", fresh10 036; "sanksi yang diberikan kepada personil polisi
 * yang berpolitik praktis beragam", fresh9 036; "Sanksi tegas akan
 * dijeratkan kepada ASN yang terbukti secara hukum memihak", fresh10 020)
 * or a count of a place ("Kabupaten Luwu Timur merupakan posisi kedua
 * memiliki ASN dan Kepala Desa yang tidak netral", fresh13 010). Indonesian
 * tells a doer with a determiner or a name ("kepada salah seorang lurah
 * yang memasang banner", "kepada Camat Dempo Selatan yang ..."), which this
 * reading leaves alone. The act of the clause reads as irrealis. Each act
 * looks at most 4 words and 12 mentions back: linear. */
static void generic_class_pass(ctx *c)
{
    for (size_t k = 0; k < c->ncm; k++) {
        cmention *m = &c->cm[k];
        if (m->m.kind != PK_EXTRACT_MENTION_ACT || m->x.word < c->word_base + 3)
            continue;
        size_t t0 = m->x.word - c->word_base, y = SIZE_MAX;
        if (t0 >= c->ntok)
            continue;
        int charged = 0; /* the clause tells a case against the person: "yang didakwa", "yang diduga" */
        for (size_t j = t0; j > 0 && j + 4 >= t0 && y == SIZE_MAX; j--) {
            const tok *w = &c->toks[j - 1];
            if (w->sent != m->m.sentence || (c->toks[j].flags & TF_PUNCT_BEFORE))
                break;
            if (tok_is(w, "yang"))
                y = j - 1;
            charged |= tok_is(w, "didakwa") || tok_is(w, "diduga") || tok_is(w, "disangka") ||
                       tok_is(w, "dilaporkan") || tok_is(w, "terlapor") || tok_is(w, "dituduh");
        }
        if (charged)
            continue;
        if (y == SIZE_MAX || y == 0)
            continue;
        const cmention *r = pk__role_ending(c, k, c->word_base + (uint32_t)y);
        /* coordinated classes ("ASN dan Kepala Desa"): the first one */
        for (int n = 0; r && n < 2 && r->x.word >= c->word_base + 2; n++) {
            size_t a = r->x.word - c->word_base;
            const tok *cj = &c->toks[a - 1];
            if (!(tok_is(cj, "dan") || tok_is(cj, "atau") || tok_is(cj, "maupun")) || (c->toks[a].flags & TF_PUNCT_BEFORE))
                break;
            const cmention *r2 = pk__role_ending(c, k, c->word_base + (uint32_t)(a - 1));
            if (!r2)
                break;
            r = r2;
        }
        if (!r || r->x.word <= c->word_base || (c->toks[r->x.word - c->word_base].flags & TF_PUNCT_BEFORE))
            continue;
        size_t b = r->x.word - c->word_base - 1;
        const tok *w = &c->toks[b];
        if (b > 0 && (tok_is(w, "para") || tok_is(w, "seluruh") || tok_is(w, "setiap") || tok_is(w, "semua") ||
                      tok_is(w, "personil") || tok_is(w, "personel")) &&
            !(w->flags & TF_PUNCT_BEFORE))
            w = &c->toks[--b];
        if (w->sent != m->m.sentence)
            continue;
        int rule = tok_is(w, "bagi") || tok_is(w, "memiliki") || tok_is(w, "mempunyai") ||
                   ((tok_is(w, "kepada") || tok_is(w, "terhadap")) && pk__rule_sentence(c, k, b));
        if (rule)
            m->m.flags |= PK_EXTRACT_FLAG_IRREALIS;
    }
}

/* Negation scope and the per-sentence context of every mention. */
/* 1 if mention m starts within the first three words of its sentence
 * ("Dalam kegiatan tersebut, ..."). */
static int opens_sentence(const ctx *c, const cmention *m)
{
    size_t t0 = m->x.word - c->word_base;
    if (t0 >= c->ntok)
        return 0;
    for (size_t k = 1; k <= 3; k++)
        if (k > t0 || c->toks[t0 - k].sent != c->toks[t0].sent)
            return 1;
    return 0;
}

#define MAX_CLAUSES 8

/* 1 if a new clause opens between bytes from and to: a comma followed by
 * "bahkan", "sedangkan", "namun", "tetapi", "sementara", "lalu" or
 * "kemudian" ("... supaya mendukung salah satu Paslon, bahkan beberapa ASN
 * juga ditemukan berfoto ..."). At most 320 bytes are read. */
static int clause_break(const ctx *c, size_t from, size_t to)
{
    static const char *const opens[] = {"bahkan", "sedangkan", "namun", "tetapi", "sementara", "lalu", "kemudian"};
    if (to > c->len || to <= from || to - from > 320)
        return 0;
    for (size_t i = from; i < to; i++) {
        const char *comma = memchr(c->text + i, ',', to - i);
        if (!comma)
            break;
        i = (size_t)(comma - c->text);
        size_t j = i + 1;
        while (j < to && c->text[j] == ' ')
            j++;
        size_t e = j;
        while (e < to && ((c->text[e] >= 'a' && c->text[e] <= 'z') || (c->text[e] >= 'A' && c->text[e] <= 'Z')))
            e++;
        for (size_t w = 0; w < PK_ARRAY_LEN(opens); w++) {
            size_t q = 0;
            while (j + q < e && opens[w][q] && (c->text[j + q] | 0x20) == opens[w][q])
                q++;
            if (j + q == e && !opens[w][q])
                return 1;
        }
    }
    return 0;
}

/* The priority of irrealis cue q over mention m of its sentence when q
 * governs m and is stronger than `near`, else near. */
static int irr_near(const ctx *c, const cmention *q, const cmention *m, int near)
{
    const pk__xinfo *x = &m->x;
    if (q->x.priority <= near)
        return near; /* no stronger than the cue found already: whether it governs m changes nothing */
    if (q->x.priority >= 3)
        return q->x.priority; /* strong cues (dilarang, sosialisasi, jika) govern the sentence */
    /* a generic act word ("kampanye") anywhere after an appeal
     * of its sentence ("meminta agar kepala desa ... tidak
     * terlibat ... atau menggunakan fasilitas ... dalam kegiatan
     * kampanye") is the appeal's */
    int after = q->x.word >= x->word_end && q->x.word <= x->word_end + 2;
    int before = !after && q->x.word <= x->word && (x->word <= q->x.word_end + 10 || x->priority <= 1) &&
                 !clause_break(c, q->m.end, m->m.start);
    return before || after ? q->x.priority : near;
}

#define IRR_LIST 16 /* irrealis cues of a sentence listed for sentence_context */

/* 1 if a weak irrealis cue (priority below 3: "sebanyak", "akan",
 * "sosialisasi") among mentions lo..hi of date cm[k]'s sentence governs
 * the date: one at most 10 words before it (or 2 after) with no act of
 * the sentence asserted between lo and the cue. A weak cue does not reach
 * a date across a sentence as it reaches a generic act word ("Sejumlah
 * amplop sebanyak 121 diamankan oleh Sentra Gakkumdu, Bawaslu, dan Polres
 * Luwu Timur pada Senin (25/11/2024) dini hari", fresh4 013: a count, not
 * a tally's day), and after an asserted act it names the deed's setting
 * ("Bagi-bagi minyak goreng tersebut ... dilakukan dalam acara sosialisasi
 * dan pelatihan pembuatan bakpia, di kampungnya, Sabtu (2/11) lalu",
 * fresh5 035). */
static int date_irrealis(const ctx *c, size_t lo, size_t hi, size_t k)
{
    const cmention *m = &c->cm[k];
    for (size_t j = lo; j < hi; j++) {
        const cmention *q = &c->cm[j];
        if (q->m.kind != PK_EXTRACT_MENTION_IRREALIS || q->x.priority >= 3 || q->m.sentence != m->m.sentence)
            continue;
        int gov = (q->x.word <= m->x.word && m->x.word <= q->x.word_end + 10 && !clause_break(c, q->m.end, m->m.start)) ||
                  (q->x.word >= m->x.word_end && q->x.word <= m->x.word_end + 2);
        for (size_t t = lo; gov && t < j; t++)
            if (c->cm[t].m.kind == PK_EXTRACT_MENTION_ACT && c->cm[t].m.sentence == m->m.sentence &&
                !(c->cm[t].m.flags & (PK_EXTRACT_FLAG_IRREALIS | PK_EXTRACT_FLAG_NEGATED)))
                gov = 0;
        if (gov)
            return 1;
    }
    return 0;
}

/* 1 if word t, right before a head-of-region word, makes
 * it an attribute of something else: the head's office ("Kantor Bupati")
 * or staff ("Staf Khusus Gubernur", "Tenaga Ahli Bupati", "Ajudan
 * Bupati"), who are not the head. */
static int head_attribute(const tok *t)
{
    static const char *const words[] = {"kantor", "staf", "staff", "khusus", "ahli", "ajudan"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (tok_is(t, words[i]))
            return 1;
    return 0;
}

static void sentence_context(ctx *c)
{
    /* negation "next": the next role or act within 3 words of the same sentence */
    for (size_t k = 0; k < c->ncm; k++) {
        cmention *n = &c->cm[k];
        if (n->m.kind != PK_EXTRACT_MENTION_NEGATION || !pk__label_is(n->m.label, "next"))
            continue;
        for (size_t j = k + 1; j < c->ncm && j < k + 8; j++) {
            cmention *m = &c->cm[j];
            if (m->m.sentence != n->m.sentence || m->x.word > n->x.word_end + 3)
                break;
            if (m->m.kind == PK_EXTRACT_MENTION_ROLE || m->m.kind == PK_EXTRACT_MENTION_ACT) {
                m->m.flags |= PK_EXTRACT_FLAG_NEGATED;
                /* people written as one ("tidak ada KTP TNI-Polri"): each */
                for (size_t q = j + 1; m->m.kind == PK_EXTRACT_MENTION_ROLE && q < c->ncm && q < j + 4; q++) {
                    cmention *p = &c->cm[q];
                    if (p->m.kind != PK_EXTRACT_MENTION_ROLE || p->m.sentence != m->m.sentence ||
                        p->x.word != c->cm[q - 1].x.word_end)
                        break;
                    p->m.flags |= PK_EXTRACT_FLAG_NEGATED;
                }
                break;
            }
        }
    }
    /* "calon Bupati Pati dan Wakil Bupati ...": the head-of-region words
     * after a candidate reference are the candidate's title; so are those
     * after an election's name ("Pemilihan Bupati dan Wakil Bupati
     * Indramayu") or a candidate's team ("tim Paslon Bupati nomor urut 1"),
     * and a head's office or staff ("Kantor Bupati Polman", "Staf Khusus
     * Gubernur Jambi") are not the head (head_attribute()) */
    size_t last_cand = (size_t)-1;
    for (size_t k = 0; k < c->ncm; k++) {
        cmention *m = &c->cm[k];
        int head = m->m.kind == PK_EXTRACT_MENTION_ROLE &&
                   (pk__label_is(m->m.label, "regional_head") || pk__label_is(m->m.label, "acting_head"));
        if (m->m.kind == PK_EXTRACT_MENTION_CANDIDATE ||
            (m->m.kind == PK_EXTRACT_MENTION_CUE && pk__label_is(m->m.label, "election")) ||
            (m->m.kind == PK_EXTRACT_MENTION_ROLE && pk__label_is(m->m.label, "campaign_team")))
            last_cand = k;
        else if (head && ((last_cand != (size_t)-1 && c->cm[last_cand].m.sentence == m->m.sentence &&
                           m->x.word <= c->cm[last_cand].x.word_end + 4) ||
                          (m->x.word > c->word_base &&
                           c->toks[m->x.word - c->word_base - 1].sent == c->toks[m->x.word - c->word_base].sent &&
                           head_attribute(&c->toks[m->x.word - c->word_base - 1]))))
            m->x.title = 1;
    }
    /* per sentence summaries, then copied into each mention */
    size_t a = 0;
    while (a < c->ncm) {
        size_t b = a;
        uint8_t act_prio = 0, irr = 0, deny = 0, occur = 0, cand = 0, backref = 0, relative = 0, shift = 0;
        int8_t outcome = -1;
        int threat = 0;
        /* clauses joined by a contrast ("..., sedangkan ...", "..., namun
         * ..."): an outcome or denial of a clause that names a specific deed
         * of its own is that deed's only */
        int8_t cl_out[MAX_CLAUSES];
        uint8_t cl_deny[MAX_CLAUSES], cl_prio[MAX_CLAUSES];
        size_t ncl = 1;
        cl_out[0] = -1;
        cl_deny[0] = cl_prio[0] = 0;
        size_t irr_at[IRR_LIST]; /* the sentence's irrealis cues, while they fit */
        size_t nirr = 0;
        uint32_t wish_end = 0; /* one past the last appeal, prohibition or condition word ("agar", "jika"), or 0 */
        while (b < c->ncm && c->cm[b].m.sentence == c->cm[a].m.sentence) {
            cmention *m = &c->cm[b];
            if (m->m.kind == PK_EXTRACT_MENTION_IRREALIS) {
                if (nirr < IRR_LIST)
                    irr_at[nirr] = b;
                nirr++;
                if (pk__label_is(m->m.label, "appeal") || pk__label_is(m->m.label, "prohibition") ||
                    (pk__label_is(m->m.label, "condition") && if_word(c->text + m->m.start, m->m.end - m->m.start)))
                    wish_end = m->x.word_end;
            }
            if (m->m.kind == PK_EXTRACT_MENTION_CUE && m->m.label && pk__label_is(m->m.label, "contrast") &&
                ncl < MAX_CLAUSES) {
                cl_out[ncl] = -1;
                cl_deny[ncl] = cl_prio[ncl] = 0;
                ncl++;
            }
            if (m->m.kind == PK_EXTRACT_MENTION_ACT && m->x.priority > cl_prio[ncl - 1])
                cl_prio[ncl - 1] = m->x.priority;
            if (m->m.kind == PK_EXTRACT_MENTION_NEGATION && pk__label_is(m->m.label, "deny"))
                cl_deny[ncl - 1] = 1;
            switch (m->m.kind) {
            case PK_EXTRACT_MENTION_ACT:
                if (m->x.priority > act_prio)
                    act_prio = m->x.priority;
                break;
            case PK_EXTRACT_MENTION_IRREALIS:
                if (m->x.priority > irr)
                    irr = m->x.priority;
                break;
            case PK_EXTRACT_MENTION_NEGATION:
                if (pk__label_is(m->m.label, "deny"))
                    deny = 1;
                break;
            case PK_EXTRACT_MENTION_OUTCOME: {
                static const char *const o[] = {"alleged", "proven", "sanctioned", "not_proven", "dropped"};
                int v = pk__lookup_name(o, 5, m->m.label);
                /* an outcome word right after an appeal or a condition ("agar
                 * tidak melanggar", "jika terbukti"): wished or supposed, not
                 * found; it tells no outcome */
                if (wish_end && m->x.word >= wish_end && m->x.word - wish_end <= 3)
                    v = -1;
                if (pk__label_is(m->m.label, "threat"))
                    threat = 1;
                else if (v >= 0 && !(threat && (v == PK_EXTRACT_SANCTIONED || v == PK_EXTRACT_PROVEN))) {
                    if (outcome < 0 || v == PK_EXTRACT_NOT_PROVEN || v > outcome)
                        outcome = (int8_t)(outcome == PK_EXTRACT_NOT_PROVEN ? outcome : v);
                    int8_t *co = &cl_out[ncl - 1];
                    if (*co < 0 || v == PK_EXTRACT_NOT_PROVEN || v > *co)
                        *co = (int8_t)(*co == PK_EXTRACT_NOT_PROVEN ? *co : v);
                }
                break;
            }
            case PK_EXTRACT_MENTION_CUE:
                if (m->m.label && pk__label_is(m->m.label, "occur"))
                    occur = 1;
                else if (m->m.label && pk__label_is(m->m.label, "backref") && opens_sentence(c, m))
                    backref = 1;
                else if (m->m.label && pk__label_is(m->m.label, "relative") && opens_sentence(c, m))
                    relative = 1;
                else if (m->m.label && pk__label_is(m->m.label, "shift") && opens_sentence(c, m))
                    shift = 1;
                break;
            case PK_EXTRACT_MENTION_CANDIDATE:
                if (pk__label_is(m->m.label, "bakal_calon"))
                    cand |= 1;
                else if (pk__label_is(m->m.label, "petahana"))
                    cand |= 4;
                else if (!pk__label_is(m->m.label, "office"))
                    cand |= 2;
                break;
            default: break;
            }
            b++;
        }
        size_t cl = 0;
        for (size_t k = a; k < b; k++) {
            pk__xinfo *x = &c->cm[k].x;
            if (c->cm[k].m.kind == PK_EXTRACT_MENTION_CUE && c->cm[k].m.label &&
                pk__label_is(c->cm[k].m.label, "contrast") && cl + 1 < ncl)
                cl++;
            x->sent_act_prio = act_prio;
            x->sent_irrealis = irr;
            x->sent_deny = deny;
            x->sent_outcome = outcome;
            if (ncl > 1) {
                /* this clause's own outcome and denial, else those of the
                 * clauses that name no specific deed */
                int8_t o = cl_out[cl];
                uint8_t dn = cl_deny[cl];
                for (size_t q = 0; q < ncl && o < 0; q++)
                    if (q != cl && cl_prio[q] < 3 && cl_out[q] >= 0)
                        o = cl_out[q];
                for (size_t q = 0; q < ncl && !dn; q++)
                    if (q != cl && cl_prio[q] < 3 && cl_deny[q])
                        dn = 1;
                x->sent_outcome = o;
                x->sent_deny = dn;
            }
            x->sent_occur = occur;
            x->sent_backref = backref;
            x->sent_relative = relative;
            x->sent_shift = shift;
            x->sent_cand = cand;
            /* a weaker cue (agar, harus, jangan, boleh) governs the words
             * after it (ten at most: "... agar tidak terlibat politik uang") or
             * an act just before it, not a whole long sentence or a quoted
             * message after the act */
            int near = 0;
            size_t jlo = k > a + 32 ? k - 32 : a, jhi = k + 32 < b ? k + 32 : b;
            if (irr && nirr <= IRR_LIST) {
                /* the cues listed above (in order) within 32 mentions */
                for (size_t qi = 0; qi < nirr; qi++)
                    if (irr_at[qi] >= jlo && irr_at[qi] < jhi)
                        near = irr_near(c, &c->cm[irr_at[qi]], &c->cm[k], near);
            } else {
                for (size_t j = jlo; irr && j < jhi; j++)
                    if (c->cm[j].m.kind == PK_EXTRACT_MENTION_IRREALIS)
                        near = irr_near(c, &c->cm[j], &c->cm[k], near);
            }
            if (near && near < 3 && c->cm[k].m.kind == PK_EXTRACT_MENTION_DATE)
                near = date_irrealis(c, jlo, jhi, k) ? near : 0;
            if (near >= 2 || (near == 1 && x->priority <= 1))
                c->cm[k].m.flags |= PK_EXTRACT_FLAG_IRREALIS;
        }
        /* one deed named twice in a sentence ("Pertemuan yang dihadiri kepala
         * desa itu bukan kampanye"): the words of the same act read as negated
         * when one of them is ("bukan kampanye", "tidak hadir") */
        const char *neg_act[4];
        size_t nneg = 0;
        for (size_t k = a; k < b && nneg < 4; k++)
            if (c->cm[k].m.kind == PK_EXTRACT_MENTION_ACT && (c->cm[k].m.flags & PK_EXTRACT_FLAG_NEGATED))
                neg_act[nneg++] = c->cm[k].m.label;
        for (size_t k = a; k < b && nneg; k++)
            for (size_t q = 0; q < nneg; q++)
                if (c->cm[k].m.kind == PK_EXTRACT_MENTION_ACT && strcmp(c->cm[k].m.label, neg_act[q]) == 0)
                    c->cm[k].m.flags |= PK_EXTRACT_FLAG_NEGATED;
        /* a specific act hides a generic one only when it is itself asserted */
        act_prio = 0;
        for (size_t k = a; k < b; k++)
            if (c->cm[k].m.kind == PK_EXTRACT_MENTION_ACT && !(c->cm[k].m.flags & PK_EXTRACT_FLAG_IRREALIS) &&
                c->cm[k].x.priority > act_prio)
                act_prio = c->cm[k].x.priority;
        for (size_t k = a; k < b; k++)
            c->cm[k].x.sent_act_prio = act_prio;
        a = b;
    }
}

/* ------------------------------------------------------------- dates -- */

/* Words without which a sentence holds no date expression pk_date_scan()
 * reads: a digit, a weekday, or a relative word ("kemarin", "lalu",
 * "depan"; "ini" after hari/pekan/minggu/bulan/tahun). Sentences without one
 * are not scanned. */
static int date_trigger(const tok *t, const tok *prev)
{
    if (!(t->flags & TF_ALPHA) && t->lo[0] >= '0' && t->lo[0] <= '9') { /* (a word of letters: no digit) */
        /* a number that can be a day (1-31) or a year (1900-2199); other
         * numbers (sums, counts, "000" of Rp150.000) start no date */
        if (!(t->flags & TF_DIGIT) || t->lo_len > 4)
            return !(t->flags & TF_DIGIT);
        int v = 0;
        for (size_t q = 0; q < t->lo_len; q++)
            v = v * 10 + (t->lo[q] - '0');
        return (v >= 1 && v <= 31) || (v >= 1900 && v <= 2199);
    }
    if (t->wclass & WC_DATE)
        return 1;
    return prev && (prev->wclass & WC_BEFORE_INI) && pk__label_is(t->lo, "ini");
}

static void dates_span(ctx *c, size_t off, size_t n);

/* 1 if the words [ws, we) may hold a date expression: one of them is a word
 * every date expression without joined digits needs (WC_DATE_ANCHOR: a
 * month, a weekday, a unit of time, "kemarin", "lalu" ...), or digits joined
 * to digits by one '/', '-' or '.' ("17/9", "27-11-2024"). Words the date
 * reader may read otherwise than this tokenizer count too: mixed letters and
 * digits or other letters ("17Agustus", "Café"), and letters glued to an
 * apostrophe or to a byte outside ASCII ("Jum'at"). When this is 0,
 * pk_date_scan() finds nothing in the words' text: dates_pass skips it. */
static int date_anchor(const ctx *c, size_t ws, size_t we)
{
    const unsigned char *s = (const unsigned char *)c->text;
    if (we >= c->ntok && c->ntok == TOK_MAX)
        return 1; /* the chunk has more words than were read */
    for (size_t k = ws; k < we; k++) {
        const tok *t = &c->toks[k];
        if (t->wclass & WC_DATE_ANCHOR)
            return 1;
        if (t->flags & TF_ALPHA) {
            if (t->end < c->len && (s[t->end] == '\'' || s[t->end] >= 0x80))
                return 1;
        } else if (!(t->flags & TF_DIGIT) ||
                   (k + 1 < c->ntok && c->toks[k + 1].start == t->end + 1 &&
                    (s[t->end] == '/' || s[t->end] == '-' || s[t->end] == '.') && s[t->end + 1] >= '0' &&
                    s[t->end + 1] <= '9')) {
            return 1; /* not a word of letters or digits, or digits joined to digits by / - . */
        }
    }
    return 0;
}

static void dates_pass(ctx *c, size_t off, size_t n)
{
    /* windows of the same sentence from 5 words before a trigger word to 9
     * words after it (a date expression is shorter: "sejak 1 Oktober sampai
     * 3 Oktober 2024"), merged when they touch; each ends at the next
     * word's start so closing brackets stay in */
    size_t ws = 0, we = 0; /* current window, token indexes [ws, we) */
    int open = 0;
    size_t sent_start = 0;
    for (size_t i = 0; i < c->ntok; i++) {
        if (i == 0 || c->toks[i].sent != c->toks[i - 1].sent)
            sent_start = i;
        if (!date_trigger(&c->toks[i], i > sent_start ? &c->toks[i - 1] : NULL))
            continue;
        size_t a = i >= sent_start + 5 ? i - 5 : sent_start;
        size_t e = i + 10 < c->ntok ? i + 10 : c->ntok;
        for (size_t k = i + 1; k < e; k++)
            if (c->toks[k].sent != c->toks[i].sent) {
                e = k;
                break;
            }
        if (open && a <= we) {
            if (e > we)
                we = e;
            continue;
        }
        if (open && date_anchor(c, ws, we)) {
            size_t to = we < c->ntok ? c->toks[we].start : off + n;
            dates_span(c, c->toks[ws].start, to - c->toks[ws].start);
        }
        ws = a;
        we = e;
        open = 1;
    }
    if (open && date_anchor(c, ws, we)) {
        size_t to = we < c->ntok ? c->toks[we].start : off + n;
        dates_span(c, c->toks[ws].start, to - c->toks[ws].start);
    }
}

/* A year-less date without a weekday in a text with a cycle and no
 * reference date at all ("Acaranya dilaksanakan 8 Agustus" in a story on
 * Pilkada 2020): read against the cycle's voting day, the year a reader of
 * an election story takes: the latest day at or before a month after the
 * vote, or for a day said to come ("23 September mendatang") the earliest
 * from ten months before it. Marked YEAR_INFERRED with NEEDS_REFERENCE:
 * the year is the cycle's guess, never confident. 1 if read. */
static int cycle_date(const ctx *c, size_t st, size_t en, pk_date_match *out)
{
    pk_date_text_options o = c->dopt;
    o.reference = c->cycle_late;
    pk_date_match mm[2];
    size_t total = 0;
    mm[0] = (pk_date_match)PK_DATE_MATCH_INIT;
    if (pk__date_scan_utf8(mm, 2, &total, c->text + st, en - st, &o) != PK_OK || total != 1 ||
        mm[0].kind != PK_DATE_KIND_DATE)
        return 0;
    if (pk_date_compare(mm[0].from, c->cycle_late) > 0) { /* a day said to come */
        o.reference = c->cycle_early;
        total = 0;
        if (pk__date_scan_utf8(mm, 2, &total, c->text + st, en - st, &o) != PK_OK || total != 1 ||
            mm[0].kind != PK_DATE_KIND_DATE)
            return 0;
    }
    *out = mm[0];
    out->flags |= PK_DATE_FLAG_NEEDS_REFERENCE;
    return 1;
}

/* The only year of the options' window (the cycle's years) in which the
 * day and month of d fall on its written weekday; 0 if none or several. */
static int window_year(const pk_date_text_options *o, const pk_date_match *d)
{
    int found = 0, n = 0;
    if (!o->year_first || !(d->flags & PK_DATE_FLAG_WEEKDAY))
        return 0;
    for (int y = o->year_first; y <= o->year_last && n < 2; y++)
        if (d->from.day <= pk_days_in_month(y, d->from.month) &&
            pk_date_weekday(pk_date_of(y, d->from.month, d->from.day)) == d->weekday) {
            found = y;
            n++;
        }
    return n == 1 ? found : 0;
}

/* The words of text[off, off+n) the date reader can take as this tokenizer
 * read them (pk__date_word): words of ASCII letters whose end the reader
 * sees too (an ASCII byte after them, not an apostrophe: "Jum'at" is one
 * word to it). Written into c->dw; returns their number. */
static size_t window_words(ctx *c, size_t off, size_t n)
{
    const unsigned char *s = (const unsigned char *)c->text;
    size_t nw = 0;
    /* a window starts at a word and ends at the start of one or at the chunk's end: its words lie inside it */
    for (size_t j = tok_at(c, off); j < c->ntok && c->toks[j].end <= off + n; j++) {
        const tok *t = &c->toks[j];
        if (!(t->flags & TF_ALPHA) || t->lo_len != t->end - t->start ||
            (t->end < c->len && (s[t->end] >= 0x80 || s[t->end] == '\'')))
            continue;
        c->dw[nw].start = t->start - off;
        c->dw[nw].end = t->end - off;
        c->dw[nw].word = c->w1[j].dword;
        nw++;
    }
    return nw;
}

static void dates_span(ctx *c, size_t off, size_t n)
{
    size_t total = 0;
    size_t cap = c->capdm;
    c->dm[0] = (pk_date_match)PK_DATE_MATCH_INIT;
    size_t nw = window_words(c, off, n);
    pk_status s = pk__date_scan_words(c->dm, cap, &total, c->text + off, n, &c->dopt, c->dw, nw); /* text validated */
    if (s == PK_ENOMEM)
        c->oom = 1;
    if (s != PK_OK && s != PK_EBUFSIZE)
        return;
    size_t got = total < cap ? total : cap;
    for (size_t k = 0; k < got; k++) {
        const pk_date_match *d = &c->dm[k];
        size_t st = off + d->start, en = off + d->end;
        size_t t0 = tok_at(c, st);
        size_t t1 = tok_at(c, en);
        cmention *m = add(c, PK_EXTRACT_MENTION_DATE, st, en, t0, t1);
        if (!m)
            return;
        m->m.date_kind = d->kind;
        m->m.from = d->from;
        m->m.to = d->to;
        m->m.date_flags = d->flags;
        pk_date_match cd;
        if (c->cycle_late.year && !c->dopt.reference.year && d->kind == PK_DATE_KIND_UNRESOLVED &&
            (d->flags & PK_DATE_FLAG_NEEDS_REFERENCE) &&
            !(d->flags & (PK_DATE_FLAG_WEEKDAY | PK_DATE_FLAG_RELATIVE | PK_DATE_FLAG_AMBIGUOUS | PK_DATE_FLAG_INVALID)) &&
            cycle_date(c, st, en, &cd)) {
            m->m.date_kind = cd.kind;
            m->m.from = cd.from;
            m->m.to = cd.to;
            m->m.date_flags = cd.flags;
        }
        if (c->ref_inferred && d->kind != PK_DATE_KIND_UNRESOLVED &&
            (d->flags & (PK_DATE_FLAG_YEAR_INFERRED | PK_DATE_FLAG_RELATIVE)) &&
            ((d->flags & PK_DATE_FLAG_RELATIVE) || !(d->flags & PK_DATE_FLAG_WEEKDAY) ||
             (d->flags & PK_DATE_FLAG_WEEKDAY_MISMATCH))) {
            /* the reference was only inferred from the text: a year-less
             * date stands only when its written weekday confirms the year,
             * or, when it does not, names the only year of the cycle's
             * window where it falls on that weekday ("Rabu (23/10)" beside
             * "17 Oktober 2024" of an earlier meeting: 23 Oct 2024) */
            int y = (d->flags & PK_DATE_FLAG_WEEKDAY_MISMATCH) && d->kind == PK_DATE_KIND_DATE &&
                            !(d->flags & PK_DATE_FLAG_RELATIVE)
                        ? window_year(&c->dopt, d)
                        : 0;
            if (y) {
                m->m.from = m->m.to = pk_date_of(y, d->from.month, d->from.day);
                m->m.date_flags = (d->flags & ~PK_DATE_FLAG_WEEKDAY_MISMATCH) | PK_DATE_FLAG_YEAR_FROM_WEEKDAY;
            } else if (c->cycle_late.year && d->kind == PK_DATE_KIND_DATE &&
                       !(d->flags & (PK_DATE_FLAG_WEEKDAY | PK_DATE_FLAG_RELATIVE)) && cycle_date(c, st, en, &cd) &&
                       pk_date_compare(cd.from, d->from) == 0) {
                /* no weekday to confirm it, but the cycle's guess (as in a
                 * text with no full date at all) names the same day as the
                 * text's latest full date: two weak clues that agree
                 * ("Foto ... itu kejadiannya pada 14 September. Sementara
                 * konser ... 23 September 2024", cycle 2024, fresh4 007);
                 * when they differ the day stays unresolved ("dilantik pada
                 * 10 Maret kemarin" beside "Jumat (14/3/2025)", cycle 2024,
                 * fresh3 034: 10 Mar 2025, not the cycle's 2024) */
                m->m.from = cd.from;
                m->m.to = cd.to;
                m->m.date_flags = cd.flags;
            } else {
                m->m.date_kind = PK_DATE_KIND_UNRESOLVED;
                m->m.from = m->m.to = (pk_date){0, 0, 0};
                m->m.date_flags = (d->flags & ~PK_DATE_FLAG_WEEKDAY_MISMATCH) | PK_DATE_FLAG_NEEDS_REFERENCE;
            }
        }
        if (t0 < c->ntok && (c->toks[t0].flags & TF_LINK))
            m->m.flags |= PK_EXTRACT_FLAG_LINK;
    }
}

/* A date after a speech verb or a process word of the same sentence (within
 * 16 words), or just before a speech verb with nothing but spaces between
 * ("Sudadi, Selasa 10 Nopember 2020 menjelaskan"; not "..., kata X"), is a statement or handling date, not the act's. Called
 * after the chunk's mentions are sorted. */
static int statement_cue(const cmention *m)
{
    return m->m.kind == PK_EXTRACT_MENTION_SPEECH ||
           (m->m.kind == PK_EXTRACT_MENTION_CUE && m->m.label && pk__label_is(m->m.label, "report"));
}

static int only_spaces(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return 0;
    return 1;
}

/* 1 if the speech verb at `at` closes a quote or a clause (`," ujar X`,
 * `..., kata X`): what follows names the speaker and where and when the
 * words were said; "X mengatakan, ..." reports the content instead. */
int pk__closes_clause(const char *text, size_t at)
{
    size_t i = at;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
        i--;
    if (i == 0)
        return 0;
    unsigned char ch = (unsigned char)text[i - 1];
    return ch == ',' || ch == '"' || (ch == 0x9D && i >= 3 && (unsigned char)text[i - 3] == 0xE2);
}

static int attribution(const ctx *c, size_t at) { return pk__closes_clause(c->text, at); }

/* 1 if the speech verb cm[k] introduces no content ("Kapolri menyampaikan
 * hal ini dalam rapat kerja ... di Jakarta"): no comma, colon, quote or
 * "bahwa" right after it, and no act after it in its sentence (looked at
 * over at most 32 mentions). The rest of the sentence tells where and when
 * the words were said. */
static int circumstance(const ctx *c, size_t k)
{
    const cmention *m = &c->cm[k];
    size_t i = m->m.end;
    while (i < c->len && (c->text[i] == ' ' || c->text[i] == '\t'))
        i++;
    if (i >= c->len || c->text[i] == ',' || c->text[i] == ':' || c->text[i] == '"' ||
        (unsigned char)c->text[i] == 0xE2 || (c->len - i >= 5 && memcmp(c->text + i, "bahwa", 5) == 0))
        return 0;
    for (size_t j = k + 1; j < c->ncm && j < k + 32 && c->cm[j].m.sentence == m->m.sentence; j++)
        if (c->cm[j].m.kind == PK_EXTRACT_MENTION_ACT)
            return 0;
    return 1;
}

/* 1 if "bahwa" follows byte `at` (after spaces and an optional comma). */
static int says_that(const ctx *c, size_t at)
{
    size_t i = at;
    while (i < c->len && (c->text[i] == ' ' || c->text[i] == '\t' || c->text[i] == ','))
        i++;
    return c->len - i >= 6 && (memcmp(c->text + i, "bahwa", 5) == 0 || memcmp(c->text + i, "Bahwa", 5) == 0) &&
           !is_alnum((unsigned char)c->text[i + 5]);
}

/* 1 if the date cm[k] is told right after an office or an election's name
 * (at most "pada", "tanggal" or a comma between): "dilaporkan ... di
 * Bawaslu Kabupaten Mamuju, pada 11 Oktober 2024" is the day at the office,
 * "stiker salah satu paslon dalam Pilkada Jember pada 9 Desember 2020" the
 * election's day; neither is the deed's. Police offices are left out: the
 * day of an arrest "oleh Polres X pada ..." is mostly the deed's. */
static int at_office(const ctx *c, size_t k)
{
    const cmention *m = &c->cm[k];
    for (size_t j = k; j-- > 0 && k - j <= 3;) {
        const cmention *q = &c->cm[j];
        if (q->m.sentence != m->m.sentence)
            return 0;
        if (q->m.end > m->m.start || (j > 0 && c->cm[j - 1].m.start <= q->m.start && c->cm[j - 1].m.end >= q->m.end))
            continue; /* over a cue inside a region's name ("Bawaslu Kabupaten Mamuju"): the region speaks for it */
        if (m->x.word > q->x.word_end + 2)
            return 0;
        for (size_t i = q->m.end; i < m->m.start; i++)
            if (c->text[i] == '.' || c->text[i] == '(' || c->text[i] == ';')
                return 0;
        int office = (q->m.kind == PK_EXTRACT_MENTION_CUE && q->m.label &&
                      (pk__label_is(q->m.label, "office") || pk__label_is(q->m.label, "election"))) ||
                     ((q->m.kind == PK_EXTRACT_MENTION_REGION || q->m.kind == PK_EXTRACT_MENTION_DISTRICT) &&
                      (q->m.flags & PK_EXTRACT_FLAG_OFFICE));
        if (!office)
            return 0;
        /* an office right after an occurrence word ("acara deklarasi
         * kampanye damai yang digelar KPU pada Selasa (24/9/2024)", fresh5
         * 007) organised the event told: the day is the event's, not one
         * at the office */
        for (size_t i = j; i-- > 0 && j - i <= 2;) {
            const cmention *o = &c->cm[i];
            if (o->m.sentence != m->m.sentence || o->m.end >= q->m.start)
                continue;
            if (o->m.kind == PK_EXTRACT_MENTION_CUE && o->m.label && pk__label_is(o->m.label, "occur") &&
                only_spaces(c->text + o->m.end, q->m.start - o->m.end))
                return 0;
        }
        /* "Pilkada 2024 pada Selasa (26/11/2024)" dates the deed told
         * before; the election's name dates itself only on its voting day */
        const pk_region_cycle *cy = NULL;
        int election = q->m.kind == PK_EXTRACT_MENTION_CUE && pk__label_is(q->m.label, "election");
        for (size_t i = j; !election && i-- > 0 && j - i < 3;)
            election = c->cm[i].m.kind == PK_EXTRACT_MENTION_CUE && c->cm[i].m.label &&
                       pk__label_is(c->cm[i].m.label, "election") && c->cm[i].x.word_end >= q->x.word;
        /* "... dalam Pemungutan Suara Ulang (PSU) Pilkada Serang, Jumat
         * (18/4)": the election word that opens the region's name sorts
         * after the region (same start); the name is the election's, not
         * an office's (dates_dev 024) */
        if (!election && j + 1 < k && q->m.kind == PK_EXTRACT_MENTION_REGION)
            election = c->cm[j + 1].m.kind == PK_EXTRACT_MENTION_CUE && c->cm[j + 1].m.label &&
                       pk__label_is(c->cm[j + 1].m.label, "election") && c->cm[j + 1].m.start == q->m.start;
        if (election)
            return m->m.date_kind == PK_DATE_KIND_DATE &&
                   pk_region_cycle_find(&cy, m->m.from.year, NULL) == PK_OK &&
                   pk_date_compare(cy->voting_day, m->m.from) == 0;
        /* the office word itself: not a police one */
        for (size_t i = j + 2; i-- > 0 && i + 4 > j;) {
            const cmention *o = &c->cm[i];
            if (i >= k)
                continue; /* the cue sorts after the region that starts with it */
            if (o->m.kind == PK_EXTRACT_MENTION_CUE && o->m.label && pk__label_is(o->m.label, "office"))
                return !(o->m.end - o->m.start >= 3 && (memcmp(c->text + o->m.start, "Pol", 3) == 0 ||
                                                       memcmp(c->text + o->m.start, "pol", 3) == 0));
        }
        return 1;
    }
    return 0;
}

/* 1 if the bytes text[from..to) hold only spaces, commas, colons and the
 * words that tie a stage's name to its day ("penetapan calon kepala daerah
 * yakni 22 September 2024", "pemungutan suara pada tanggal 9 Desember
 * 2020", "masa tenang dimulai pada 6 - 8 Desember 2020", "PSU rencana
 * dilaksanakan pada 30 November 2024", org_dev 002). */
static int stage_gap(const char *text, size_t from, size_t to)
{
    static const char *const fill[] = {"yakni", "yaitu", "pada", "tanggal", "tgl", "hari", "mulai", "dimulai",
                                       "nanti", "mendatang", "adalah", "jatuh", "dijadwalkan", "digelar",
                                       "dilaksanakan", "rencana", "direncanakan", "akan"};
    size_t i = from;
    while (i < to) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == ' ' || ch == ',' || ch == ':' || ch == '\t') {
            i++;
            continue;
        }
        size_t e = i;
        while (e < to && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z')))
            e++;
        if (e == i)
            return 0;
        int ok = 0;
        for (size_t q = 0; q < sizeof fill / sizeof fill[0] && !ok; q++) /* the first letter first */
            ok = (text[i] | 0x20) == fill[q][0] && strlen(fill[q]) == e - i && pk__ieq_ascii(text + i, fill[q], e - i);
        if (!ok)
            return 0;
        i = e;
    }
    return 1;
}

/* 1 if the date cm[k] is the day of an election stage named right before
 * it (a `process` cue `schedule`: "penetapan pasangan calon", "pemungutan
 * suara", "hari pencoblosan") with only tying words between
 * (stage_gap()): "Padahal dalam aturan 6 bulan sebelum penetapan calon
 * kepala daerah yakni 22 September 2024" (dates_dev 018) dates the stage,
 * not a deed. Not when a word placing the deed at the stage comes right
 * before the stage's name ("Amri dipukul oleh sejumlah orang pada hari
 * pemungutan suara, Rabu, 27 November 2024", fresh2 046: the beating's
 * day; "Tempat Pemungutan Suara" is a polling station, fresh2 038), nor
 * for a period ("pada Injury Time cuti kampanye, pada Senin
 * (23/9/2024)", fresh2 041: the deed's day inside the period). */
/* 1 if "dimulai" or "berakhir" (a period's start or end) stands as a word
 * in text[from..to). */
static int bound_word(const char *text, size_t from, size_t to)
{
    static const char *const bound[] = {"dimulai", "berakhir"};
    for (size_t i = from; i < to; i++) {
        if (i > from && is_alnum((unsigned char)text[i - 1]))
            continue;
        for (size_t w = 0; w < sizeof bound / sizeof bound[0]; w++) {
            size_t n = strlen(bound[w]);
            if (to - i >= n && pk__ieq_ascii(text + i, bound[w], n) && (i + n == to || !is_alnum((unsigned char)text[i + n])))
                return 1;
        }
    }
    return 0;
}

static int stage_day(const ctx *c, size_t k)
{
    const cmention *m = &c->cm[k];
    for (size_t j = k; j-- > 0 && k - j <= 4;) {
        const cmention *q = &c->cm[j];
        if (q->m.sentence != m->m.sentence || q->m.end > m->m.start)
            return 0;
        if (q->m.kind == PK_EXTRACT_MENTION_CUE && q->m.label && pk__label_is(q->m.label, "period") &&
            bound_word(c->text, q->m.end, m->m.start))
            /* "sejak tahapan kampanye dimulai pada 25 September 2024"
             * (fresh8 037): the day a period starts or ends is the
             * period's; a day told inside it without such a word ("pada
             * Injury Time cuti kampanye, pada Senin (23/9/2024)") may be the
             * deed's */
            return stage_gap(c->text, q->m.end, m->m.start);
        if (q->m.kind == PK_EXTRACT_MENTION_CUE && q->m.label && pk__label_is(q->m.label, "schedule")) {
            static const char *const at[] = {"pada", "saat", "ketika", "hari", "di", "waktu", "tempat"};
            size_t e = q->m.start, b;
            while (e > 0 && c->text[e - 1] == ' ')
                e--;
            b = e;
            while (b > 0 && e - b < 8 &&
                   ((c->text[b - 1] >= 'a' && c->text[b - 1] <= 'z') || (c->text[b - 1] >= 'A' && c->text[b - 1] <= 'Z')))
                b--; /* the placing words are short: at most 8 letters are read */
            for (size_t w = 0; w < sizeof at / sizeof at[0]; w++)
                if (strlen(at[w]) == e - b && pk__ieq_ascii(c->text + b, at[w], e - b))
                    return 0;
            return stage_gap(c->text, q->m.end, m->m.start);
        }
        if (!stage_gap(c->text, q->m.end, m->m.start))
            return 0;
    }
    return 0;
}

/* 1 if a comma stands right before byte `at` (spaces between): the
 * word at `at` opens a clause set off by commas (", kata Ari,"). */
static int comma_before_byte(const ctx *c, size_t at)
{
    while (at > 0 && c->text[at - 1] == ' ')
        at--;
    return at > 0 && c->text[at - 1] == ',';
}

/* 1 if the act mention m opens with a verb: a prefix of the verb forms
 * (me-, di-, ber-, ter-) on a word of more than four letters ("membagikan",
 * "dibagikan", "berkampanye", "terlibat"). A bare noun ("kampanye
 * terselubung", "keterlibatan", "politik uang") names a deed as a thing,
 * as a report lists it, and opens no clause of its own. */
static int verb_form(const ctx *c, const cmention *m)
{
    const char *w = c->text + m->m.start;
    size_t n = 0;
    while (m->m.start + n < m->m.end && is_alnum((unsigned char)w[n]))
        n++;
    if (n <= 4)
        return 0;
    return pk__ieq_ascii(w, "me", 2) || pk__ieq_ascii(w, "di", 2) || pk__ieq_ascii(w, "ber", 3) ||
           pk__ieq_ascii(w, "ter", 3);
}

/* 1 if a quotation mark (", or the curly ones: U+201C, U+201D, U+2019)
 * stands in text[from..to): a day inside a quote is told by the speaker,
 * whatever verb of saying closes it ("kejadiannya Minggu 1 November 2020,
 * ...,'' ujar Komisioner Bawaslu", fresh 046). */
static int quote_between(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == '"')
            return 1;
        if (ch == 0xE2 && i + 2 < to && (unsigned char)text[i + 1] == 0x80 &&
            ((unsigned char)text[i + 2] == 0x9C || (unsigned char)text[i + 2] == 0x9D ||
             (unsigned char)text[i + 2] == 0x99))
            return 1;
    }
    return 0;
}

/* 1 if the word before byte `at` (spaces between) is w (ASCII, any case). */
static int word_before_is(const ctx *c, size_t at, const char *w)
{
    size_t e = at, b, n = strlen(w);
    while (e > 0 && (c->text[e - 1] == ' ' || c->text[e - 1] == '\t' || c->text[e - 1] == '\n'))
        e--;
    b = e;
    while (b > 0 && is_alnum((unsigned char)c->text[b - 1]))
        b--;
    return e - b == n && pk__ieq_ascii(c->text + b, w, n);
}

/* 1 if the date mention m says by its own words that it is no deed's day:
 * a document's date, "tertanggal" or "bertanggal" right before it ("surat
 * izin Mendagri yang tertanggal 3 September 2020", fresh11 008; "surat
 * bernomor 438/PM/K1/03/2024 tertanggal 30 Maret 2024", dates_dev 022);
 * or a day to come, "mendatang", "depan" or "nanti" closing it ("mengajak
 * masyarakat pada tanggal 27 November 2024 mendatang untuk mencoblos",
 * fresh9 014): a deed a report tells has happened. */
static int not_a_deed_day(const ctx *c, const cmention *m)
{
    size_t at = m->m.start;
    if (word_before_is(c, at, "tanggal") || word_before_is(c, at, "tgl")) {
        while (at > 0 && c->text[at - 1] == ' ')
            at--;
        while (at > 0 && is_alnum((unsigned char)c->text[at - 1]))
            at--;
    }
    if (word_before_is(c, at, "tertanggal") || word_before_is(c, at, "bertanggal"))
        return 1;
    static const char *const next[] = {"mendatang", "depan", "nanti"};
    for (size_t i = 0; i < sizeof next / sizeof next[0]; i++) {
        size_t n = strlen(next[i]);
        if (m->m.end - m->m.start > n && pk__ieq_ascii(c->text + m->m.end - n, next[i], n) &&
            !is_alnum((unsigned char)c->text[m->m.end - n - 1]))
            return 1;
    }
    return 0;
}

/* 1 if act mention k names a case under handling: a noun right after the
 * hedge "dugaan" ("meneruskan hasil investigasi ... terkait dugaan
 * ketidaknetralan ASN dan Kepala Desa pada hari Jumat (30/08/2024)",
 * fresh13 022; "melanjutkan dugaan pelanggaran netralitas ASN itu ke BKN",
 * fresh7 037). News names the case so when it tells what an office did
 * with it; the deed itself is told with a verb ("diduga membagikan"). */
static int case_name(const ctx *c, size_t k)
{
    if (k == 0)
        return 0;
    const cmention *h = &c->cm[k - 1], *m = &c->cm[k];
    return m->m.kind == PK_EXTRACT_MENTION_ACT && h->m.kind == PK_EXTRACT_MENTION_HEDGE &&
           h->m.sentence == m->m.sentence && h->m.end - h->m.start == 6 &&
           pk__ieq_ascii(c->text + h->m.start, "dugaan", 6) && m->m.start >= h->m.end &&
           only_spaces(c->text + h->m.end, m->m.start - h->m.end) && !verb_form(c, m);
}

/* 1 if mention k is an office: a cue of the office words or a region read
 * from an office's name ("Bawaslu Kabupaten Blora"). */
static int office_mention(const cmention *m)
{
    return (m->m.kind == PK_EXTRACT_MENTION_CUE && m->m.label && pk__label_is(m->m.label, "office")) ||
           (m->m.kind == PK_EXTRACT_MENTION_REGION && (m->m.flags & PK_EXTRACT_FLAG_OFFICE));
}

/* 1 if date mention k opens a clause whose subject is an office: a comma
 * after the date, then at most six capitalised words of the office's name
 * (an opening parenthesis among them: "Sentra Penegakkan Hukum Terpadu
 * (Sentra Gakkumdu)") before the office's mention, the next one of the
 * sentence ("Lalu, pada Senin, 7 Oktober 2024, Bawaslu Kabupaten Blora
 * melanjutkan ...", fresh7 037; "Setelah melalui rapat pembahasan kedua
 * pada Senin (28/10/2024), Sentra Penegakkan Hukum Terpadu (Sentra
 * Gakkumdu) ... memutuskan untuk menghentikan laporan ...", fresh13 030).
 * Reads the bytes between the date and that mention once. */
static int office_subject(const ctx *c, size_t k)
{
    const cmention *m = &c->cm[k];
    size_t j = k + 1;
    while (j < c->ncm && c->cm[j].m.start < m->m.end)
        j++; /* mentions inside the date's words */
    if (j >= c->ncm || c->cm[j].m.sentence != m->m.sentence || !office_mention(&c->cm[j]))
        return 0;
    size_t i = m->m.end, e = c->cm[j].m.start;
    while (i < e && c->text[i] == ' ')
        i++;
    if (i >= e || c->text[i] != ',')
        return 0;
    int words = 0;
    for (i++; i < e; i++) {
        if (c->text[i] == ' ' || c->text[i] == '(')
            continue;
        if (!(c->text[i] >= 'A' && c->text[i] <= 'Z') || ++words > 6)
            return 0;
        while (i < e && is_alnum((unsigned char)c->text[i]))
            i++;
        if (i < e && c->text[i] != ' ')
            return 0;
    }
    return 1;
}

static void mark_statement_dates(ctx *c)
{
    size_t last_cue = (size_t)-1, last_speech = (size_t)-1;
    /* the furthest byte the mentions so far cover: from the chunk's first
     * word (0 here read the whole text before the chunk, over and over in a
     * text without commas; before the chunk's first cue no comma counts) */
    size_t seen_end = c->ntok ? c->toks[0].start : 0;
    int comma_since_cue = 0;     /* a comma between the last cue and this mention */
    size_t act_sent = (size_t)-1; /* sentence of the last act */
    size_t last_outcome = (size_t)-1; /* an outcome word with no act after it yet */
    for (size_t k = 0; k < c->ncm; k++) {
        cmention *m = &c->cm[k];
        if (m->m.kind == PK_EXTRACT_MENTION_OUTCOME && m->m.label && !pk__label_is(m->m.label, "threat"))
            last_outcome = k;
        else if (m->m.kind == PK_EXTRACT_MENTION_ACT && !case_name(c, k))
            last_outcome = (size_t)-1; /* a case named ("dugaan X") leaves the outcome's hold on the day */
        if (!comma_since_cue && seen_end < m->m.start)
            comma_since_cue = memchr(c->text + seen_end, ',', m->m.start - seen_end) != NULL;
        if (m->m.end > seen_end)
            seen_end = m->m.end;
        if (statement_cue(m) && m->m.kind == PK_EXTRACT_MENTION_SPEECH && says_that(c, m->m.end)) {
            /* "Yandri menjelaskan bahwa ia hadir dalam acara ... pada 3
             * Oktober 2024": what follows "bahwa" is the content told, its
             * dates are the deed's, not the statement's */
            last_cue = last_speech = (size_t)-1;
        } else if (statement_cue(m)) {
            last_cue = k;
            comma_since_cue = 0;
            if (m->m.kind == PK_EXTRACT_MENTION_SPEECH && (attribution(c, m->m.start) || circumstance(c, k)))
                last_speech = k;
        } else if (m->m.kind == PK_EXTRACT_MENTION_CUE && m->m.label && pk__label_is(m->m.label, "occur")) {
            /* "... menjelaskan penangkapan terjadi pada Jumat (18/4)"; but
             * "sidang putusan yang berlangsung ..., Senin (13/1/2025)": a
             * process word at most three words before tells what took place */
            const cmention *q = last_cue != (size_t)-1 ? &c->cm[last_cue] : NULL;
            /* "konferensi pers yang digelar di Jakarta, Rabu (26/2/2025)":
             * a speech noun with the occurrence word as its relative clause */
            int told = q && q->m.kind == PK_EXTRACT_MENTION_SPEECH && q->m.sentence == m->m.sentence &&
                       m->m.start > q->m.end && m->m.start - q->m.end == 6 &&
                       memcmp(c->text + q->m.end, " yang ", 6) == 0;
            /* "laporan ini berawal dari sebuah postingan ... pada 26
             * Oktober 2024" (fresh5 008): what the report started from is
             * the deed, however near the process word */
            int origin = m->m.end - m->m.start > 7 && (pk__ieq_ascii(c->text + m->m.start, "berawal", 7) ||
                                                       pk__ieq_ascii(c->text + m->m.start, "bermula", 7));
            if (origin || (!told && !(q && q->m.kind == PK_EXTRACT_MENTION_CUE && q->m.sentence == m->m.sentence &&
                                      m->x.word <= q->x.word_end + 3)))
                last_cue = last_speech = (size_t)-1;
        } else if (m->m.kind == PK_EXTRACT_MENTION_ACT) {
            last_speech = (size_t)-1; /* "kata X, kepala desa itu membagikan uang di ..." */
            act_sent = m->m.sentence;
            /* "Dilaporkan ke Bawaslu pada 20 November 2024, kades itu
             * membagikan uang pada 15 November 2024": a new clause with a
             * verb of the deed; its dates are the deed's */
            if (last_cue != (size_t)-1 && comma_since_cue && verb_form(c, m) &&
                c->cm[last_cue].m.kind == PK_EXTRACT_MENTION_CUE && c->cm[last_cue].m.sentence == m->m.sentence)
                last_cue = (size_t)-1;
            /* "Bawaslu, kata Ari, sangat menyayangkan kendaraan dinas untuk
             * kegiatan kampanye ... pada tanggal 19 Oktober 2020": an
             * attribution set off by commas before the deed told; dates
             * after the deed are its own */
            if (last_cue != (size_t)-1 && comma_since_cue && c->cm[last_cue].m.kind == PK_EXTRACT_MENTION_SPEECH &&
                c->cm[last_cue].m.sentence == m->m.sentence && c->cm[last_cue].m.start > 0 &&
                comma_before_byte(c, c->cm[last_cue].m.start))
                last_cue = (size_t)-1;
        } else if (m->m.kind == PK_EXTRACT_MENTION_REGION && last_speech != (size_t)-1) {
            /* where the words were said: "..., ujar Hakim dalam keterangannya
             * di laman resmi MK, Jakarta, Selasa (25/2/2025)" */
            if (c->cm[last_speech].m.sentence == m->m.sentence)
                m->m.flags |= PK_EXTRACT_FLAG_STATEMENT;
        } else if (m->m.kind == PK_EXTRACT_MENTION_DATE) {
            if (at_office(c, k) || stage_day(c, k) || not_a_deed_day(c, m))
                m->m.flags |= PK_EXTRACT_FLAG_STATEMENT;
            /* an outcome word of the handling (a verdict, a closure, a
             * recommendation) before the date in its sentence, within 16
             * words and with no act between, dates the outcome: "kades
             * Bendosari ... sudah divonis majelis hakim PN Sukoharjo pada 12
             * Desember 2020 lalu" (dates_dev 008); "terbukti membagikan uang
             * pada ..." names its deed between and keeps the deed's day */
            if (last_outcome != (size_t)-1 && c->cm[last_outcome].m.sentence == m->m.sentence &&
                m->x.word <= c->cm[last_outcome].x.word_end + 16)
                m->m.flags |= PK_EXTRACT_FLAG_STATEMENT;
            if (last_cue != (size_t)-1) {
                /* 16 words; 24 for a day set off by a comma alone (no
                 * "pada"): news attaches such a day to the sentence's main
                 * clause, here the report ("Itu berawal masuknya laporan dari
                 * Lembaga ... (LPKPK) atas empat temuan dugaan pelanggaran
                 * kampanye di masa tenang, Kamis (10/12/2020)", dates_dev 023;
                 * "Bawaslu ... akan melakukan penelusuran awal terkait
                 * informasi pembagikan sembako ... nomor urut 1, Minggu
                 * (20/10/2024)", fresh3 014), while "... membagikan amplop ...
                 * pada Sabtu, 28 September 2024" dates the verb before it */
                const cmention *q = &c->cm[last_cue];
                if (q->m.sentence == m->m.sentence &&
                    m->x.word <= q->x.word_end + (comma_before_byte(c, m->m.start) ? 24 : 16))
                    m->m.flags |= PK_EXTRACT_FLAG_STATEMENT;
            }
            for (size_t j = k + 1; j < c->ncm && j < k + 4; j++) {
                const cmention *q = &c->cm[j];
                if (q->m.sentence != m->m.sentence || q->x.word > m->x.word_end + 1)
                    break;
                if (q->m.kind == PK_EXTRACT_MENTION_SPEECH && only_spaces(c->text + m->m.end, q->m.start - m->m.end))
                    m->m.flags |= PK_EXTRACT_FLAG_STATEMENT;
            }
            /* "Pada Ahad (10/1), penyidik Polres Inhu menetapkan lima kades
             * sebagai tersangka": a process word later in the sentence (within
             * 24 words and 16 mentions, no act between) is what happened that
             * day; not after an act ("diunggah pada 3 Oktober 2024 dan viral
             * pada 5 Oktober 2024": the first is the upload's) */
            /* "Lalu, pada Senin, 7 Oktober 2024, Bawaslu Kabupaten Blora
             * melanjutkan dugaan pelanggaran netralitas ASN itu ke BKN"
             * (fresh7 037): a day that opens a clause whose subject is an
             * office dates what the office did (office_subject()), when the
             * clause goes on to an outcome word or names the deed only as a
             * case ("dugaan X"); not when the office catches or holds someone
             * ("Pada Selasa malam, Bawaslu menangkap tangan ..."): that day
             * is the deed's */
            int office = act_sent != m->m.sentence && office_subject(c, k);
            for (size_t j = k + 1; act_sent != m->m.sentence && j < c->ncm && j < k + 16; j++) {
                const cmention *q = &c->cm[j];
                if (q->m.sentence != m->m.sentence || q->x.word > m->x.word_end + 24)
                    break;
                if (office && ((q->m.kind == PK_EXTRACT_MENTION_ACT && case_name(c, j)) ||
                               (q->m.kind == PK_EXTRACT_MENTION_OUTCOME && q->m.label &&
                                !pk__label_is(q->m.label, "threat")))) {
                    m->m.flags |= PK_EXTRACT_FLAG_STATEMENT;
                    break;
                }
                /* "Camat ... yang dikonfirmasi ... pada Senin (30/9/2024)
                 * malam, membantah berorasi untuk memenangkan calon
                 * petahana" (fresh5 006): a verb of denial after the day,
                 * before any deed, is the clause's verb; the day is the
                 * denial's */
                if (q->m.kind == PK_EXTRACT_MENTION_NEGATION && q->m.label && pk__label_is(q->m.label, "deny") &&
                    q->m.end - q->m.start > 4 && pk__ieq_ascii(c->text + q->m.start, "me", 2)) {
                    m->m.flags |= PK_EXTRACT_FLAG_STATEMENT;
                    break;
                }
                if (q->m.kind == PK_EXTRACT_MENTION_ACT ||
                    (office && q->m.kind == PK_EXTRACT_MENTION_CUE && q->m.label &&
                     (pk__label_is(q->m.label, "handle") || pk__label_is(q->m.label, "occur"))))
                    break;
                if (q->m.kind == PK_EXTRACT_MENTION_CUE && q->m.label && pk__label_is(q->m.label, "report")) {
                    m->m.flags |= PK_EXTRACT_FLAG_STATEMENT;
                    break;
                }
                /* "Ketua Bawaslu Kabupaten Ende, Basilius Wena kepada
                 * TribunFlores.com, Rabu, 16 Oktober 2024 usai pelaksanaan
                 * debat perdana Pilkada Ende, mengungkapkan, ..." (fresh8
                 * 011): a day between the speaker and the verb of saying is
                 * when the words were said (a meN- verb after the comma that
                 * closes the speaker's apposition is still the main verb);
                 * not a verb closing a quote or clause (", kata X"), nor
                 * past a quotation mark: those days may be the deed's */
                if (q->m.kind == PK_EXTRACT_MENTION_SPEECH &&
                    (!attribution(c, q->m.start) || pk__ieq_ascii(c->text + q->m.start, "me", 2)) &&
                    !quote_between(c->text, m->m.end, q->m.start)) {
                    m->m.flags |= PK_EXTRACT_FLAG_STATEMENT;
                    break;
                }
            }
        }
    }
}

/* ------------------------------------------------------------- names -- */

static int comma_before(const ctx *c, size_t i)
{
    if (i == 0)
        return 0;
    for (size_t q = c->toks[i - 1].end; q < c->toks[i].start; q++)
        if (c->text[q] == ',')
            return 1;
    return 0;
}

/* A word that can open a person's name: capitalised, not a stop word, not
 * a digit, at least two letters. */
static int name_word(const tok *t)
{
    return (t->flags & TF_CAP) && !(t->flags & TF_DIGIT) && t->lo_len >= 2 && !(t->wclass & WC_STOP);
}

/* Persons named beside a role, as reports write them: "Kepala Desa
 * Sukamaju, Warsito", "Warsito, Kades Sukamaju", "camat berinisial H",
 * "oknum ASN bernama Budi". A later mention of the same name (first word)
 * in the text is a mention of that role: "Warsito diduga memfasilitasi ..."
 * A name after a speech verb ("kata Warsito") is a speaker, not linked. */
/* Remember the name word at token `at` for the role of mention m. */
static void name_add(ctx *c, const cmention *m, size_t at, int cand)
{
    /* a word of a region name is a place, not a person ("SERANG, - Calon
     * Bupati Serang ...") */
    if (c->nnames >= NAMES_MAX ||
        set_has(pk__extract_lexicon.region_words, pk__extract_lexicon.nregion_words, c->toks[at].hx))
        return;
    cand |= m->m.kind == PK_EXTRACT_MENTION_CANDIDATE;
    wclass_add_hash(c, c->toks[at].hx, WC_NAME);
    c->names[c->nnames].hx = c->toks[at].hx;
    c->names[c->nnames].word = c->word_base + (uint32_t)at;
    c->names[c->nnames].priority = cand ? 2 : m->x.priority;
    c->names[c->nnames].label = cand ? "candidate" : m->m.label;
    c->names[c->nnames].maps_to = cand ? NULL : m->x.maps_to;
    c->nnames++;
}

/* A role that names a person after it or before it: a role of priority 2+,
 * or a candidate ("Calon Bupati Serang nomor urut 2, Ratu Rachmatu
 * Zakiyah"). */
static int names_person(const cmention *m)
{
    if (m->m.flags & PK_EXTRACT_FLAG_LINK || !m->m.label)
        return 0;
    if (m->m.kind == PK_EXTRACT_MENTION_CANDIDATE)
        return pk__label_is(m->m.label, "calon") || pk__label_is(m->m.label, "bakal_calon");
    return m->m.kind == PK_EXTRACT_MENTION_ROLE && m->x.priority >= 2 && !pk__label_is(m->m.label, "voter");
}

static void names_pass(ctx *c)
{
    size_t n0 = c->ncm;
    /* a token is "taken" when a mention starts on it: walk cm (sorted) */
    for (size_t k = 0; k < n0 && c->nnames < NAMES_MAX; k++) {
        const cmention *m = &c->cm[k];
        if (!names_person(m))
            continue;
        size_t s = m->x.word - c->word_base, e = m->x.word_end - c->word_base;
        /* skip the role's place and number ("Kepala Desa Sukamaju", "Calon
         * Bupati Serang nomor urut 2") */
        for (size_t j = k + 1, step = 0; step < 6; step++) {
            size_t e0 = e;
            /* a region's words (the places pass comes later) */
            while (e < c->ntok && e < e0 + 3 && (c->toks[e].flags & TF_CAP) && !comma_before(c, e) &&
                   set_has(pk__extract_lexicon.region_words, pk__extract_lexicon.nregion_words, c->toks[e].hx))
                e++;
            for (; j < n0 && c->cm[j].x.word <= c->word_base + e; j++) {
                const pk_extract_mention *p = &c->cm[j].m;
                if ((p->kind == PK_EXTRACT_MENTION_VILLAGE || p->kind == PK_EXTRACT_MENTION_DISTRICT ||
                     p->kind == PK_EXTRACT_MENTION_CANDIDATE) &&
                    c->cm[j].x.word == c->word_base + e && c->cm[j].x.word_end > c->word_base + e)
                    e = c->cm[j].x.word_end - c->word_base;
            }
            if (e == e0)
                break;
        }
        size_t at = (size_t)-1;
        if (e < c->ntok && c->toks[e].sent == c->toks[s].sent) {
            const tok *t = &c->toks[e];
            if ((tok_is(t, "berinisial") || tok_is(t, "inisial") || tok_is(t, "bernama")) && e + 1 < c->ntok &&
                c->toks[e + 1].sent == t->sent && name_word(&c->toks[e + 1]))
                at = e + 1;
            else if (name_word(t) && comma_before(c, e))
                at = e;
        }
        size_t last = at; /* the last word of a name after the role */
        while (at != (size_t)-1 && last + 1 < c->ntok && last + 1 < at + 3 && name_word(&c->toks[last + 1]) &&
               !(c->toks[last + 1].flags & TF_PUNCT_BEFORE) && c->toks[last + 1].sent == c->toks[at].sent)
            last++;
        if (at == (size_t)-1 && s > 0 && comma_before(c, s) && c->toks[s - 1].sent == c->toks[s].sent) {
            /* "Warsito, Kades Sukamaju": a run of at most three capitalised words */
            size_t b = s - 1, len = 1;
            while (b > 0 && len < 3 && name_word(&c->toks[b - 1]) && !(c->toks[b].flags & TF_PUNCT_BEFORE) &&
                   c->toks[b - 1].sent == c->toks[s].sent) {
                b--;
                len++;
            }
            if (name_word(&c->toks[b]) && name_word(&c->toks[s - 1]) &&
                (b == 0 || c->toks[b - 1].sent != c->toks[b].sent || (c->toks[b].flags & TF_PUNCT_BEFORE))) {
                at = b;
                last = s - 1;
            }
        }
        if (at == (size_t)-1)
            continue;
        /* the name must not be a lexicon word or phrase itself */
        int taken = 0;
        for (size_t j = k > 8 ? k - 8 : 0; j < n0 && j < k + 8 && !taken; j++)
            taken = c->cm[j].x.word <= c->word_base + at && c->cm[j].x.word_end > c->word_base + at &&
                    c->cm[j].m.kind != PK_EXTRACT_MENTION_ROLE;
        if (taken)
            continue;
        /* a head-of-region word within four words after a candidate
         * reference is the candidate's title ("pasangan calon (paslon)
         * Bupati dan Wakil Bupati Banjar nomor urut 02, Syaifullah
         * Tamliha", fresh7 027): the name is the candidate's, as
         * sentence_context() reads the title */
        int cand = 0;
        if (pk__label_is(m->m.label, "regional_head") || pk__label_is(m->m.label, "acting_head"))
            for (size_t j = k; j-- > 0 && !cand && c->cm[j].m.sentence == m->m.sentence &&
                               m->x.word <= c->cm[j].x.word_end + 4;)
                cand = c->cm[j].m.kind == PK_EXTRACT_MENTION_CANDIDATE && !pk__label_is(c->cm[j].m.label, "office");
        /* news call a person by the first or the last word of the name
         * ("Ratu Rachmatu Zakiyah" ... "Zakiyah membagikan amplop") */
        name_add(c, m, at, cand);
        if (last != at)
            name_add(c, m, last, cand);
    }
    if (!c->nnames)
        return;
    size_t j = 0;
    for (size_t i = 0; i < c->ntok; i++) {
        const tok *t = &c->toks[i];
        if (!name_word(t))
            continue;
        if (!(wclass_of(c, t->hx) & WC_NAME))
            continue;
        uint32_t gw = c->word_base + (uint32_t)i;
        size_t q = 0;
        while (q < c->nnames && !(c->names[q].hx == t->hx && c->names[q].word < gw))
            q++;
        if (q == c->nnames)
            continue;
        /* not inside another mention, not right after a speech verb */
        while (j < n0 && c->cm[j].x.word_end < gw)
            j++;
        int skip = 0;
        for (size_t h = j; h < n0 && c->cm[h].x.word <= gw && !skip; h++) {
            cmention *p = &c->cm[h];
            skip = (p->x.word <= gw && p->x.word_end > gw) ||
                   (p->m.kind == PK_EXTRACT_MENTION_SPEECH && p->x.word_end == gw);
            /* initials read as an unknown person ("NW diduga ...") are the
             * person named before with a role ("seorang camat berinisial NW") */
            if (p->m.kind == PK_EXTRACT_MENTION_ROLE && p->x.word == gw && p->x.word_end == gw + 1 &&
                p->x.priority <= 1 && p->m.label && pk__label_is(p->m.label, "any_person") &&
                !pk__label_is(c->names[q].label, "any_person")) {
                p->m.label = c->names[q].label;
                p->x.priority = c->names[q].priority;
                p->x.maps_to = c->names[q].maps_to;
            }
        }
        if (skip)
            continue;
        cmention *m = add(c, PK_EXTRACT_MENTION_ROLE, t->start, t->end, i, i + 1);
        if (!m)
            return;
        m->m.label = c->names[q].label;
        m->x.priority = c->names[q].priority;
        m->x.maps_to = c->names[q].maps_to;
    }
}

/* ------------------------------------------------------------ places -- */

/* One call of the place registry's text search (pk_place_find_in_text,
 * linear in its input, all four levels) per chunk. Provinces and
 * kabupaten/kota become REGION mentions; districts and villages give their
 * place id to the DISTRICT/VILLAGE mention the cue words already made
 * ("Desa Kepatihan") or become one. A region word inside a role, candidate
 * or place phrase ("Kepala Desa Kediri") is not a region mention. */

/* 1 if the letters of s[0..n) are all capitals (at least three). */
static int all_caps(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
        letters += s[i] >= 'A' && s[i] <= 'Z';
    }
    return letters >= 3;
}

/* Index of the first mention of cm[lo..nplaces) that may contain byte `as`
 * (cm is sorted by start); advances *pj monotonically. */
static const cmention *covering(const ctx *c, size_t *pj, size_t nplaces, size_t as, size_t ae, int kinds)
{
    while (*pj < nplaces && c->cm[*pj].m.end <= as)
        (*pj)++;
    for (size_t j = *pj; j < nplaces && c->cm[j].m.start <= as; j++) {
        const pk_extract_mention *p = &c->cm[j].m;
        if (((1 << p->kind) & kinds) && ae <= p->end)
            return &c->cm[j];
    }
    return NULL;
}

#define KBIT(k) (1 << PK_EXTRACT_MENTION_##k)

static void places_span(ctx *c, size_t off, size_t n, size_t nplaces);

/* The candidate of a, at a's level, that lies in a candidate of b or contains one, when
 * a and b are written as one chain, "X, Y" (spaces and one comma between):
 * "Desa Karangasem, Kutorejo", "Tohpati, Banjarangkan". 0 if none or
 * several, or when either name has more candidates than the mention
 * keeps. `text` is the span both offsets count from. */
static pk_place_id chain_fit(const char *text, const pk_place_mention *a, const pk_place_mention *b)
{
    const pk_place_mention *l = a->start < b->start ? a : b, *r = a->start < b->start ? b : a;
    if (r->start < l->end || r->start - l->end > 3)
        return 0;
    int commas = 0;
    for (size_t i = l->end; i < r->start; i++) {
        if (text[i] == ',')
            commas++;
        else if (text[i] != ' ')
            return 0;
    }
    if (commas != 1 || a->total > a->ncandidates || b->total > b->ncandidates)
        return 0; /* a candidate left out could nest too ("Desa Banjar, Kecamatan Banjar": Pandeglang or Buleleng) */
    pk_place_id found = 0;
    for (size_t i = 0; i < a->ncandidates; i++)
        for (size_t j = 0; j < b->ncandidates; j++) {
            pk_place_id x = a->candidates[i].id, y = b->candidates[j].id;
            if (x != y && pk_place_level_of(x) == a->level && (pk_place_within(x, y) || pk_place_within(y, x))) {
                if (found && found != x)
                    return 0;
                found = x;
            }
        }
    return found;
}

/* 1 if the word right before byte `at` (spaces or a bracket between) is
 * an office or election word of the lexicon: "KPU Pamekasan", "Komisioner
 * KPU Pamekasan", "Bawaslu (Bawaslu) Jember"; an election word too
 * ("Pilkada Jember") if `elections`. Constant work. */
static int office_before(ctx *c, size_t at, int elections)
{
    size_t t = tok_at(c, at);
    if (t == 0 || t > c->ntok)
        return 0;
    const tok *w = &c->toks[t - 1];
    if (w->end > at || at - w->end > 3)
        return 0;
    for (size_t i = w->end; i < at; i++)
        if (c->text[i] != ' ' && c->text[i] != '(' && c->text[i] != ')')
            return 0;
    /* the word's one-word entry as written, from the tokenizer when it looked it up (an entry's hash is
     * among the prefixes: no prefix bit, no entry) */
    const word1 *w1 = &c->w1[t - 1];
    const pk__lex_entry *e =
        !(w1->pfx & PFX_UNSET)
            ? ((w1->pfx & PFX_EXACT) ? w1->e[0] : NULL)
            : lex_find(PK__LX_EXACT, pk__lex_hash_step(pk__lex_hash_seed(PK__LX_EXACT), w->hx), w, 1);
    for (const pk__lex_entry *first = e;
         e && e < pk__extract_lexicon.entries + pk__extract_lexicon.count && same_group(e, first); e++)
        if (e->kind == PK__LX_PLACE && (pk__label_is(e->label, "office") || (elections && pk__label_is(e->label, "election"))))
            return 1;
    return 0;
}

/* The only kabupaten/kota (or province) among the candidates of a name the
 * registry read as a district or village, or 0. */
static pk_place_id region_candidate(const pk_place_mention *pm)
{
    pk_place_id found = 0;
    for (size_t q = 0; q < pm->ncandidates; q++)
        if (pk_place_level_of(pm->candidates[q].id) <= PK_PLACE_KABKOTA) {
            if (found)
                return 0;
            found = pm->candidates[q].id;
        }
    return found;
}

/* 1 if only spaces and exactly one comma stand in text[from, to). */
static int one_comma(const char *text, size_t from, size_t to)
{
    int commas = 0;
    for (size_t i = from; i < to; i++) {
        if (text[i] == ',')
            commas++;
        else if (text[i] != ' ')
            return 0;
    }
    return commas == 1;
}

/* The kabupaten/kota a name read as a kecamatan stands for in an address:
 * "TPS 04 Desa Pagenteran Kecamatan Pulosari, Pemalang, Jawa Tengah"
 * (org_dev 002) writes desa, kecamatan, kabupaten and province in turn, so
 * "Pemalang" between the kecamatan and the province, one comma each side, is
 * Kabupaten Pemalang (the kecamatan before it lies in it), not Kecamatan
 * Pemalang. A list of kecamatans ("Kecamatan Ngoro, Wonosalam dan Jombang")
 * has no province after it. 0 if not such an address. */
static pk_place_id address_region(const char *text, const pk_place_mention *prev, const pk_place_mention *pm,
                                  const pk_place_mention *next)
{
    if (pm->level != PK_PLACE_KECAMATAN || prev->level != PK_PLACE_KECAMATAN || next->level != PK_PLACE_PROVINSI ||
        prev->ambiguous || next->ambiguous || !one_comma(text, prev->end, pm->start) ||
        !one_comma(text, pm->end, next->start))
        return 0;
    pk_place_id kab = region_candidate(pm);
    return kab && pk_place_within(prev->id, kab) && pk_place_within(kab, next->id) ? kab : 0;
}

/* 1 if a dash opening the story follows byte `at`, after at most an
 * outlet: "Jakarta, CNN Indonesia -- ", "Surabaya (ANTARA) - ", "Garut - ",
 * "Bandung, Kompas.com – ". Reads at most 48 bytes of one line. */
static int dateline_dash(const ctx *c, size_t at)
{
    size_t i = at, end = at + 48 < c->len ? at + 48 : c->len;
    while (i < end && c->text[i] == ' ')
        i++;
    if (i < end && (c->text[i] == ',' || c->text[i] == '(')) {
        char close = c->text[i] == '(' ? ')' : 0;
        int words = 0, in_word = 0;
        for (i++; i < end && c->text[i] != '\n' && c->text[i] != close && !(c->text[i] == '-' && c->text[i - 1] == ' ') &&
                  (unsigned char)c->text[i] != 0xE2;
             i++) {
            if (c->text[i] == ',' || c->text[i] == '(')
                return 0;
            int w = c->text[i] != ' ';
            words += w && !in_word;
            in_word = w;
        }
        if (words == 0 || words > 4 || i >= end)
            return 0;
        if (close && c->text[i] == close)
            i++;
        while (i < end && c->text[i] == ' ')
            i++;
    } else if (i == at) {
        return 0; /* "Garut-..." is a hyphenated word, not a dateline */
    }
    if (i + 1 < end && c->text[i] == '-' && (c->text[i + 1] == ' ' || c->text[i + 1] == '-'))
        return 1;
    return i + 3 < end && (unsigned char)c->text[i] == 0xE2 && (unsigned char)c->text[i + 1] == 0x80 &&
           ((unsigned char)c->text[i + 2] == 0x93 || (unsigned char)c->text[i + 2] == 0x94);
}

/* 1 if the word before byte `at` is "wilayah" ("di wilayah Menganti"). */
static int after_wilayah(const ctx *c, size_t at)
{
    size_t t = tok_at((ctx *)c, at);
    return t > 0 && t <= c->ntok && pk__label_is(c->toks[t - 1].lo, "wilayah") &&
           c->toks[t - 1].sent == c->toks[t < c->ntok ? t : t - 1].sent;
}

/* A district or village name written after its level word that the text
 * search did not match whole ("Desa Labung Anak", written Labunganak by
 * Kemendagri; the search saw "Desa Labung"): resolved alone at its level,
 * without typo correction. */
static void resolve_name(ctx *c, cmention *m)
{
    pk_place_options o = c->popt;
    o.level = m->m.kind == PK_EXTRACT_MENTION_DISTRICT ? PK_PLACE_KECAMATAN : PK_PLACE_DESA;
    o.flags = PK_PLACE_NO_FUZZY;
    o.context_text = NULL;
    pk_place_resolution res = PK_PLACE_RESOLUTION_INIT;
    pk_place_candidate cands[PK_PLACE_MENTION_CANDIDATES];
    pk_status s = pk_place_resolve(&res, cands, PK_PLACE_MENTION_CANDIDATES, m->m.text, &o, NULL);
    if ((s != PK_OK && s != PK_EAMBIGUOUS) || res.level != o.level || res.total > res.ncandidates)
        return; /* not found, another level, or more candidates than kept: no guess */
    m->m.place = s == PK_OK ? res.id : 0;
    m->x.npcand = 0;
    pk__xcand *xc = res.ncandidates ? xcand_of(c, m) : NULL;
    for (size_t q = 0; xc && q < res.ncandidates && q < PK_PLACE_MENTION_CANDIDATES; q++)
        xc->pcand[m->x.npcand++] = cands[q].id;
}

/* 1 if the last word of name s is one that belongs to place names
 * ("Sukamaju Baru", "Jember Kidul", "Pekon Balak II"): such a word is not
 * dropped by shorten_name(), whose shorter name would be another place. */
static int name_part(const char *s)
{
    static const char *const parts[] = {"baru",  "lama",   "utara", "selatan", "timur", "barat", "tengah",
                                        "hilir", "hulu",   "ilir",  "ulu",     "kidul", "lor",   "wetan",
                                        "kulon", "dalam",  "luar",  "atas",    "bawah", "induk", "ii",
                                        "iii",   "iv",     "v",     "raya",    "jaya",  "pusat", "asli"};
    const char *w = strrchr(s, ' ');
    w = w ? w + 1 : s;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (strlen(parts[i]) == strlen(w) && pk__ieq_ascii(w, parts[i], strlen(w)))
            return 1;
    return 0;
}

/* A kecamatan or desa name of two or more words that the registry does not
 * know while its first words are one it does: the words after are not the
 * place's ("Camat Kubu I Gede": a Balinese name's first word; a camat's
 * own name, a city or a date written after the place). The name and its
 * span end where the registry's name ends; a last word that belongs to
 * place names ("Baru", "Utara", "II": name_part()) is never dropped, and
 * nothing changes when no shorter name is known. */
static void shorten_name(ctx *c, cmention *m)
{
    char full[sizeof m->m.text];
    memcpy(full, m->m.text, sizeof full);
    size_t end = m->m.end;
    uint32_t wend = m->x.word_end;
    char *sp;
    while ((sp = strrchr(m->m.text, ' ')) != NULL && !name_part(m->m.text)) {
        *sp = '\0';
        while (end > m->m.start && c->text[end - 1] != ' ')
            end--; /* the word dropped */
        while (end > m->m.start && c->text[end - 1] == ' ')
            end--;
        wend = wend > m->x.word + 1 ? wend - 1 : wend;
        resolve_name(c, m);
        if (m->m.place || m->x.npcand) {
            m->m.end = end;
            m->x.word_end = wend;
            return;
        }
    }
    memcpy(m->m.text, full, sizeof full);
}

/* The registry refuses NUL bytes; the engine reads them as separators. */
static void places_pass(ctx *c, size_t off, size_t n)
{
    size_t nplaces = c->ncm; /* the sorted mentions of the earlier passes */
    /* cue-made names the search leaves unmatched are resolved alone (below) */
    const char *z = memchr(c->text + off, '\0', n);
    while (z) {
        size_t k = (size_t)(z - (c->text + off));
        if (k)
            places_span(c, off, k, nplaces);
        off += k + 1;
        n -= k + 1;
        z = n ? memchr(c->text + off, '\0', n) : NULL;
    }
    if (n)
        places_span(c, off, n, nplaces);
    for (size_t k = 0; k < nplaces; k++) {
        cmention *m = &c->cm[k];
        if ((m->m.kind == PK_EXTRACT_MENTION_DISTRICT || m->m.kind == PK_EXTRACT_MENTION_VILLAGE) && !m->m.place &&
            !m->x.npcand && !m->x.from_role && m->m.text[0])
            resolve_name(c, m);
        if ((m->m.kind == PK_EXTRACT_MENTION_DISTRICT || m->m.kind == PK_EXTRACT_MENTION_VILLAGE) && !m->m.place &&
            !m->x.npcand && strchr(m->m.text, ' '))
            shorten_name(c, m);
    }
}

/* The place token of a word of ASCII letters and digits (its lower-cased
 * form t->lo): pk__place_word_token() reads a 64-byte key. */
static int32_t place_token(ctx *c, const tok *t, uint32_t *root)
{
    const ptok_slot *sl = ptok_of(c, t);
    *root = sl->root;
    return sl->tok;
}

/* The words the place search reads in text[off, off+n) (pk__place_next_word:
 * runs of ASCII letters and digits, an apostrophe inside a run dropped), taken
 * from the chunk's words into c->pw: a word of ASCII letters and digits that
 * no apostrophe follows is one of them as it stands (its lower-cased form is
 * the key); the few others (Latin letters, "Jum'at", a word longer than
 * PK__STEM_MAX) are read again from the text. Returns their number, or
 * SIZE_MAX when the words of the chunk do not cover the span (the search then
 * reads the text itself). */
static size_t place_words(ctx *c, size_t off, size_t n)
{
    if (c->ntok >= TOK_MAX || !c->pw)
        return SIZE_MAX;
    const char *s = c->text + off;
    size_t nw = 0, pos = 0; /* pos: where the place search's reader stands (from off) */
    size_t j;
    if (c->plain && off == c->chunk_off && n == c->chunk_n && c->ntok <= c->cappw) {
        /* the whole chunk, every word as it stands (the loop below, without its tests) */
        const tok *t = c->toks;
        pk__pword *w = c->pw;
        for (j = 0; j < c->ntok; j++) {
            w[j].start = t[j].start - off;
            w[j].end = t[j].end - off;
            w[j].len = t[j].lo_len;
            w[j].tok = t[j].ptok;
            w[j].root = t[j].proot;
        }
        nw = j;
        pos = nw ? w[nw - 1].end : 0;
        goto tail;
    }
    j = tok_at(c, off);
    while (j < c->ntok && c->toks[j].start < off + n) {
        if (nw == c->cappw)
            return SIZE_MAX;
        const tok *t = &c->toks[j];
        size_t ts = t->start - off, te = t->end - off;
        pk__pword *w = &c->pw[nw];
        if (pos <= ts && !(t->flags & TF_LATIN) && t->lo_len == te - ts && te - ts > 0 &&
            (te == n || (s[te] != '\'' && (unsigned char)s[te] != 0xE2))) {
            w->start = ts;
            w->end = te;
            w->len = t->lo_len;
            if (t->ptok != PTOK_UNSET) {
                w->tok = t->ptok;
                w->root = t->proot;
            } else {
                w->tok = place_token(c, t, &w->root);
            }
            pos = te;
            j++;
            nw++;
            continue;
        }
        if (!pk__place_next_word(w, s, n, &pos))
            break;
        if (w->len < sizeof w->key)
            memset(w->key + w->len, 0, sizeof w->key - w->len);
        w->tok = pk__place_word_token(&pk__place_builtin_db, w->key, w->len, &w->root);
        nw++;
        while (j < c->ntok && c->toks[j].end - off <= pos)
            j++;
    }
tail:
    if (j >= c->ntok && pos < n) { /* what the reader would still find past the chunk's words */
        pk__pword w;
        size_t p2 = pos;
        if (pk__place_next_word(&w, s, n, &p2))
            return SIZE_MAX;
    }
    return nw;
}

static void places_span(ctx *c, size_t off, size_t n, size_t nplaces)
{
    size_t total = 0;
    size_t nw = place_words(c, off, n);
    pk_status st = nw == SIZE_MAX
                       ? pk_place_find_in_text(c->pm, c->cappm, &total, c->text + off, n, &c->popt, NULL)
                       : pk__place_find_in_words(&pk__place_builtin_db, c->pm, c->cappm, &total, c->text + off, n,
                                                 c->pw, nw, c->kept, &c->popt, NULL);
    if (st == PK_ENOMEM)
        c->oom = 1;
    size_t got = st == PK_OK ? (total < c->cappm ? total : c->cappm) : 0;
    size_t pj = 0, pk2 = 0;
    for (size_t k = 0; k < got; k++) {
        const pk_place_mention *pm = &c->pm[k];
        size_t as = off + pm->start, ns = off + pm->name_start, ae = off + pm->end;
        pk_place_id office_region = 0;
        int office = 0;
        if (pm->level > PK_PLACE_KABKOTA && office_before(c, ns, 1)) {
            office_region = region_candidate(pm); /* "KPU Pamekasan" beside kecamatan names: the kabupaten's KPU */
            office = 1;
        } else if (k > 0 && k + 1 < got) {
            office_region = address_region(c->text + off, &c->pm[k - 1], pm, &c->pm[k + 1]);
        }
        if (office_region) {
            if (covering(c, &pj, nplaces, ns, ae, KBIT(DISTRICT) | KBIT(VILLAGE) | KBIT(ROLE) | KBIT(CANDIDATE)))
                continue;
            pk_place pl = PK_PLACE_INIT;
            if (pk_place_get(&pl, office_region, NULL) != PK_OK)
                continue;
            cmention *m = add(c, PK_EXTRACT_MENTION_REGION, as, ae, tok_at(c, as), tok_at(c, ae));
            if (!m)
                return;
            m->m.region = pl.level == PK_PLACE_PROVINSI ? pl.province : pl.region;
            m->m.place = office_region;
            if (office)
                m->m.flags |= PK_EXTRACT_FLAG_OFFICE;
            pk__strlcpy_utf8(m->m.text, m->m.region->code, sizeof m->m.text);
            continue;
        }
        if (pm->level <= PK_PLACE_KABKOTA) {
            if (covering(c, &pj, nplaces, ns, ae,
                         KBIT(DISTRICT) | KBIT(VILLAGE) | KBIT(ROLE) | KBIT(CANDIDATE)))
                continue;
            size_t t0 = tok_at(c, as), t1 = tok_at(c, ae);
            cmention *m = add(c, PK_EXTRACT_MENTION_REGION, as, ae, t0, t1);
            if (!m)
                return;
            if (!pm->ambiguous && pm->region) {
                m->m.region = pm->region;
                m->m.place = pm->id;
                pk__strlcpy_utf8(m->m.text, pm->region->code, sizeof m->m.text);
            } else {
                m->m.flags |= PK_EXTRACT_FLAG_AMBIGUOUS;
                pk__xcand *xc = pm->ncandidates ? xcand_of(c, m) : NULL;
                for (size_t q = 0; xc && q < pm->ncandidates && m->x.ncand < PK_REGION_MENTION_CANDIDATES; q++) {
                    pk_place pl = PK_PLACE_INIT;
                    if (pk_place_level_of(pm->candidates[q].id) <= PK_PLACE_KABKOTA &&
                        pk_place_get(&pl, pm->candidates[q].id, NULL) == PK_OK)
                        xc->cand[m->x.ncand++] = pl.level == PK_PLACE_PROVINSI ? pl.province : pl.region;
                }
            }
            if ((t0 < 6 && all_caps(c->text + ns, ae - ns)) || (t0 == 0 && dateline_dash(c, ae)))
                m->m.flags |= PK_EXTRACT_FLAG_DATELINE;
            /* "Komisioner KPU Pamekasan": the office word right before the name, inside a role mention
             * (the registry now reads the name at the office's level itself) */
            if (ns > 0 && c->text[ns - 1] == ' ' && office_before(c, ns, 0))
                m->m.flags |= PK_EXTRACT_FLAG_OFFICE;
            continue;
        }
        pk_extract_mention_kind kind =
            pm->level == PK_PLACE_KECAMATAN ? PK_EXTRACT_MENTION_DISTRICT : PK_EXTRACT_MENTION_VILLAGE;
        /* the mention the cue words made, if any */
        cmention *m = (cmention *)covering(c, &pk2, nplaces, ns, ns + 1, 1 << kind);
        if (m && ae < m->m.end && !m->x.from_role)
            continue; /* "Desa Labung Anak": not Desa Labung; the whole name is resolved in places_pass */
        pk_place_id fit = 0;
        if (!m) {
            /* a bare name: too often a person or a word, unless it is chained
             * to a place it lies in or contains ("Desa Karangasem, Kutorejo",
             * "Tohpati, Banjarangkan") or follows "wilayah"; and a name is
             * written with a capital ("kepala desa yang diperiksa" names no
             * village) */
            int cued = pm->cue_level == pm->level; /* not "paslon bupati.\nDalam": a kabupaten word before a desa */
            if (!cued) {
                if (k > 0)
                    fit = chain_fit(c->text + off, pm, &c->pm[k - 1]);
                if (!fit && k + 1 < got)
                    fit = chain_fit(c->text + off, pm, &c->pm[k + 1]);
            }
            if ((!cued && !fit && !(after_wilayah(c, ns) && !pm->ambiguous)) ||
                covering(c, &pj, nplaces, ns, ae, KBIT(ROLE) | KBIT(CANDIDATE) | KBIT(ACT)) ||
                !(c->text[ns] >= 'A' && c->text[ns] <= 'Z'))
                continue;
            size_t t0 = tok_at(c, ns), t1 = tok_at(c, ae);
            m = add(c, kind, ns, ae, t0, t1);
            if (!m)
                return;
            copy_name(m->m.text, sizeof m->m.text, c->text + ns, ae - ns);
        }
        if (!fit && pm->ambiguous) { /* "Desa Gunung Putri, Kecamatan Banjar": the pair that nests */
            if (k > 0)
                fit = chain_fit(c->text + off, pm, &c->pm[k - 1]);
            if (!fit && k + 1 < got)
                fit = chain_fit(c->text + off, pm, &c->pm[k + 1]);
        }
        m->m.place = fit ? fit : pm->ambiguous ? 0 : pm->id;
        m->x.npcand = 0;
        pk__xcand *xc = pm->ncandidates ? xcand_of(c, m) : NULL;
        for (size_t q = 0; xc && q < pm->ncandidates && q < PK_PLACE_MENTION_CANDIDATES; q++)
            xc->pcand[m->x.npcand++] = pm->candidates[q].id;
    }
}

/* 1 if t is a word that names the level of the place after it. */
static int level_word(const tok *t)
{
    static const char *const w[] = {"kecamatan", "kec",  "distrik", "desa",   "ds",
                                    "kelurahan", "kel", "dusun",   "kampung"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (tok_is(t, w[i]))
            return 1;
    return 0;
}

/* Home/office/link flags of regions: look at the cue words just before. */
/* 1 if region mention m is a province written right after its own
 * kabupaten/kota p to qualify it: "Kota Palu, Sulawesi Tengah", "Batu Bara
 * (Sumut)", "Kabupaten Pelalawan - Riau" (only spaces and one of , ( - between). */
static int qualifies(const ctx *c, const cmention *p, const cmention *m)
{
    const pk_region *g = m->m.region, *k = p->m.region;
    if (!g || !k || g->kind != PK_REGION_PROVINSI || !k->parent_code || strcmp(k->parent_code, g->code) != 0 ||
        p->m.sentence != m->m.sentence || m->m.start < p->m.end || m->m.start - p->m.end > 4)
        return 0;
    int seps = 0;
    for (size_t i = p->m.end; i < m->m.start; i++) {
        char ch = c->text[i];
        if (ch == ',' || ch == '(' || ch == '-')
            seps++;
        else if (ch != ' ')
            return 0;
    }
    return seps == 1;
}

static void region_flags(ctx *c)
{
    size_t home_until = 0, office_until = 0;
    uint32_t sent = (uint32_t)-1;
    const cmention *prev_region = NULL;
    for (size_t k = 0; k < c->ncm; k++) {
        cmention *m = &c->cm[k];
        if (m->m.kind == PK_EXTRACT_MENTION_REGION) {
            if (prev_region && qualifies(c, prev_region, m))
                m->m.flags |= PK_EXTRACT_FLAG_QUALIFIER;
            prev_region = m;
        }
        if (m->m.sentence != sent) {
            sent = (uint32_t)m->m.sentence;
            home_until = office_until = 0;
        }
        if (m->m.kind == PK_EXTRACT_MENTION_CUE && m->m.label) {
            if (pk__label_is(m->m.label, "home"))
                home_until = m->x.word_end + 1;
            else if (pk__label_is(m->m.label, "office") || pk__label_is(m->m.label, "election") ||
                     pk__label_is(m->m.label, "local_office")) {
                office_until = m->x.word_end + 1;
                /* "Pengadilan Negeri (PN) Barabai": over the abbreviation in brackets */
                size_t te = m->x.word_end - c->word_base;
                /* "Kodim 1413 Buton": over the unit's number */
                if (te < c->ntok && (c->toks[te].flags & TF_DIGIT)) {
                    office_until++;
                    te++;
                }
                if (te < c->ntok && c->toks[te].start > 0 && c->text[c->toks[te].start - 1] == '(' &&
                    c->toks[te].end < c->len && c->text[c->toks[te].end] == ')')
                    office_until++;
            }
        }
        if (m->m.kind == PK_EXTRACT_MENTION_REGION || m->m.kind == PK_EXTRACT_MENTION_DISTRICT ||
            m->m.kind == PK_EXTRACT_MENTION_VILLAGE) {
            if (m->x.word < home_until)
                m->m.flags |= PK_EXTRACT_FLAG_HOME;
            if (m->x.word < office_until) /* "Polres Pasuruan", "PN Barabai": the office's seat */
                m->m.flags |= PK_EXTRACT_FLAG_OFFICE;
            /* the registry's name may cover the office word itself ("Bawaslu
             * Kota Semarang", "Ketua Bawaslu Kota Semarang"): the cue sorts
             * after the region that starts with or before it */
            for (size_t j = k + 1; j < c->ncm && j < k + 6 && c->cm[j].m.start < m->m.end; j++) {
                const cmention *q = &c->cm[j];
                if (m->m.kind == PK_EXTRACT_MENTION_REGION && q->m.kind == PK_EXTRACT_MENTION_CUE && q->m.label &&
                    (pk__label_is(q->m.label, "office") || pk__label_is(q->m.label, "election")))
                    m->m.flags |= PK_EXTRACT_FLAG_OFFICE;
            }
            size_t t0 = m->x.word - c->word_base;
            if (t0 < c->ntok && (c->toks[t0].flags & TF_LINK))
                m->m.flags |= PK_EXTRACT_FLAG_LINK;
            /* a chain "Kecamatan X, Kabupaten Y" after warga stays home, and
             * so does a list ("warga Desa A dan Desa B") */
            if (m->m.flags & PK_EXTRACT_FLAG_HOME) {
                home_until = m->x.word_end + 1;
                size_t te = m->x.word_end - c->word_base;
                if (te + 1 < c->ntok && (tok_is(&c->toks[te], "dan") || tok_is(&c->toks[te], "serta"))) {
                    home_until++; /* "dan Desa B", "dan B" */
                    te++;
                }
                if (te < c->ntok && level_word(&c->toks[te]))
                    home_until++; /* the name after "Kecamatan" in "Desa A, Kecamatan B" */
            }
        }
    }
}

/* ------------------------------------------------------------- money -- */

static int unit_word(const char *w, size_t n, double *mult)
{
    static const struct {
        const char *w;
        double m;
    } u[] = {{"ribu", 1e3}, {"rb", 1e3}, {"juta", 1e6}, {"jt", 1e6}, {"miliar", 1e9},
             {"milyar", 1e9}, {"triliun", 1e12}};
    for (size_t i = 0; i < PK_ARRAY_LEN(u); i++) {
        if (strlen(u[i].w) == n && memcmp(u[i].w, w, n) == 0) {
            *mult = u[i].m;
            return 1;
        }
    }
    return 0;
}

/* Read an Indonesian number at s[0..n): '.' groups of three are thousands,
 * ',' the decimal mark (a '.' before other than three digits is decimal too). */
static size_t read_number(const char *s, size_t n, double *val)
{
    size_t i = 0;
    double v = 0;
    if (i >= n || !(s[i] >= '0' && s[i] <= '9'))
        return 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && i < 24)
        v = v * 10 + (s[i++] - '0');
    for (;;) {
        if (i + 3 < n + 0 && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' &&
            s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9' && (i + 4 >= n || !(s[i + 4] >= '0' && s[i + 4] <= '9'))) {
            v = v * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
            i += 4;
            continue;
        }
        break; /* ".12", ".1234": not a group of thousands */
    }
    if (i + 1 < n && (s[i] == ',' || s[i] == '.') && s[i + 1] >= '0' && s[i + 1] <= '9') {
        double scale = 0.1;
        size_t j = i + 1;
        while (j < n && s[j] >= '0' && s[j] <= '9' && j < i + 8) {
            v += (s[j] - '0') * scale;
            scale /= 10;
            j++;
        }
        i = j;
    }
    *val = v;
    return i;
}

static void money_pass(ctx *c, size_t off, size_t n)
{
    const char *s = c->text + off;
    size_t done = 0; /* bytes of the chunk already read as a sum */
    /* a sum starts a word: "Rp", "rp" alone ("Rp 1 juta", "Rp.100.000") or
     * before its digits ("Rp150.000") */
    for (size_t w0 = 0; w0 < c->ntok; w0++) {
        const tok *tw = &c->toks[w0];
        if (tw->lo[0] != 'r' || tw->lo[1] != 'p' || (tw->lo_len > 2 && !(tw->lo[2] >= '0' && tw->lo[2] <= '9')) ||
            tw->start < off + done || tw->start + 2 >= off + n)
            continue;
        size_t i = tw->start - off;
        size_t j = i + 2;
        if (j < n && s[j] == '.')
            j++;
        while (j < n && (s[j] == ' ' || (unsigned char)s[j] == 0xC2 || (unsigned char)s[j] == 0xA0))
            j++;
        double v = 0;
        size_t k = read_number(s + j, n - j, &v);
        if (!k)
            continue;
        j += k;
        size_t endnum = j;
        size_t q = j;
        while (q < n && s[q] == ' ')
            q++;
        size_t w = q;
        while (w < n && ((s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z')))
            w++;
        double mult = 1;
        char lw[12];
        size_t wl = w - q < sizeof lw ? w - q : 0;
        for (size_t z = 0; z < wl; z++)
            lw[z] = (char)((s[q + z] >= 'A' && s[q + z] <= 'Z') ? s[q + z] - 'A' + 'a' : s[q + z]);
        if (wl && unit_word(lw, wl, &mult))
            endnum = w;
        double amount = v * mult;
        size_t t0 = tok_at(c, off + i), t1 = tok_at(c, off + endnum);
        cmention *m = add(c, PK_EXTRACT_MENTION_MONEY, off + i, off + endnum, t0, t1);
        if (!m)
            return;
        m->m.amount = amount >= 9.0e18 ? -1 : (long long)(amount + 0.5);
        done = endnum;
    }
}

/* ---------------------------------------------------------- citations -- */

/* The constitution after its name (token j): "UUD 1945", "UUD NRI Tahun
 * 1945", "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945". It has
 * no number: writes "UUD 1945" to buf; returns the index past the year, or
 * 0 with no year (a bare "UUD" is no citation). */
static size_t constitution_ref(const ctx *c, size_t j, char *buf, size_t size)
{
    const tok *t = c->toks;
    size_t n = c->ntok;
    if (j < n && (tok_is(&t[j], "nri") || tok_is(&t[j], "ri") || tok_is(&t[j], "nkri")))
        j++;
    else if (j + 2 < n && tok_is(&t[j], "negara") && tok_is(&t[j + 1], "republik") && tok_is(&t[j + 2], "indonesia"))
        j += 3;
    if (j < n && tok_is(&t[j], "tahun"))
        j++;
    if (j >= n || !(t[j].flags & TF_DIGIT) || t[j].lo_len != 4)
        return 0;
    snprintf(buf, size, "UUD %.4s", t[j].lo);
    return j + 1;
}

/* A law reference at token i: "UU (Nomor|No) N (Tahun|/) YYYY", "Undang-Undang ...",
 * "PP ...", "Perbawaslu ...", "PKPU ...", the constitution ("UUD 1945",
 * constitution_ref). Writes "UU 10/2016" or "UUD 1945" to buf; returns words used. */
static size_t law_ref(const ctx *c, size_t i, char *buf, size_t size)
{
    const tok *t = c->toks;
    size_t n = c->ntok;
    const char *kind = NULL;
    size_t j = i;
    if (j < n && tok_is(&t[j], "uud")) {
        size_t e = constitution_ref(c, j + 1, buf, size);
        return e ? e - i : 0;
    }
    if (j + 2 < n && tok_is(&t[j], "undang") && tok_is(&t[j + 1], "undang") && tok_is(&t[j + 2], "dasar")) {
        size_t e = constitution_ref(c, j + 3, buf, size);
        return e ? e - i : 0;
    }
    if (j < n && tok_is(&t[j], "uu")) {
        kind = "UU";
        j++;
    } else if (j + 1 < n && tok_is(&t[j], "undang") && tok_is(&t[j + 1], "undang")) {
        kind = "UU";
        j += 2;
    } else if (j < n && tok_is(&t[j], "pp")) {
        kind = "PP";
        j++;
    } else if (j + 1 < n && tok_is(&t[j], "peraturan") && tok_is(&t[j + 1], "pemerintah")) {
        kind = "PP";
        j += 2;
    } else if (j < n && tok_is(&t[j], "perbawaslu")) {
        kind = "Perbawaslu";
        j++;
    } else if (j < n && tok_is(&t[j], "pkpu")) {
        kind = "PKPU";
        j++;
    } else if (j < n && tok_is(&t[j], "kuhp")) {
        snprintf(buf, size, "KUHP");
        return 1;
    }
    if (!kind)
        return 0;
    if (j < n && (tok_is(&t[j], "nomor") || tok_is(&t[j], "no")))
        j++;
    if (j >= n || !(t[j].flags & TF_DIGIT) || t[j].lo_len > 4)
        return 0;
    const tok *num = &t[j++];
    const tok *year = NULL;
    if (j + 1 < n && tok_is(&t[j], "tahun") && (t[j + 1].flags & TF_DIGIT) && t[j + 1].lo_len == 4) {
        year = &t[j + 1];
        j += 2;
    } else if (j < n && (t[j].flags & TF_SLASH_BEFORE) && (t[j].flags & TF_DIGIT) && t[j].lo_len == 4) {
        year = &t[j];
        j++;
    }
    if (!year)
        return 0;
    snprintf(buf, size, "%s %.4s/%.4s", kind, num->lo, year->lo);
    return j - i;
}

static void citations_pass(ctx *c)
{
    const tok *t = c->toks;
    size_t n = c->ntok;
    for (size_t i = 0; i < n; i++) {
        if (!(t[i].wclass & WC_CITE))
            continue; /* no citation starts here (cite_words) */
        char law[40] = "";
        char art[56] = "";
        size_t j; /* one past the citation: set on both branches */
        if (tok_is(&t[i], "pasal") && i + 1 < n && t[i + 1].lo_len && t[i + 1].lo[0] >= '0' &&
            t[i + 1].lo[0] <= '9' && t[i + 1].lo_len <= 5) {
            size_t al = (size_t)snprintf(art, sizeof art, "Pasal %s", t[i + 1].lo);
            /* "187a" -> "187A" */
            for (size_t z = 6; z < al; z++)
                if (art[z] >= 'a' && art[z] <= 'z')
                    art[z] = (char)(art[z] - 'a' + 'A');
            j = i + 2;
            for (int guard = 0; guard < 6 && j + 1 < n; guard++) {
                if (tok_is(&t[j], "ayat") && (t[j + 1].flags & TF_DIGIT) && t[j + 1].lo_len <= 2) {
                    al += (size_t)snprintf(art + al, sizeof art - al < sizeof art ? sizeof art - al : 0,
                                           " ayat (%s)", t[j + 1].lo);
                    j += 2;
                } else if (tok_is(&t[j], "huruf") && t[j + 1].lo_len == 1) {
                    al += (size_t)snprintf(art + al, sizeof art - al < sizeof art ? sizeof art - al : 0,
                                           " huruf %s", t[j + 1].lo);
                    j += 2;
                } else if (tok_is(&t[j], "angka") && (t[j + 1].flags & TF_DIGIT) && t[j + 1].lo_len <= 2) {
                    al += (size_t)snprintf(art + al, sizeof art - al < sizeof art ? sizeof art - al : 0,
                                           " angka %s", t[j + 1].lo);
                    j += 2;
                } else {
                    break;
                }
                if (al >= sizeof art)
                    al = sizeof art - 1;
            }
            size_t k = j < n ? law_ref(c, j, law, sizeof law) : 0;
            if (!k && j < n && (tok_is(&t[j], "dalam") || tok_is(&t[j], "di") || tok_is(&t[j], "jo") ||
                                tok_is(&t[j], "juncto")))
                k = j + 1 < n ? law_ref(c, j + 1, law, sizeof law) : 0, j += k ? 1 : 0;
            j += k;
        } else {
            size_t k = law_ref(c, i, law, sizeof law);
            if (!k)
                continue;
            j = i + k;
        }
        cmention *m = add(c, PK_EXTRACT_MENTION_CITATION, t[i].start, t[j - 1].end, i, j);
        if (!m)
            return;
        snprintf(m->m.text, sizeof m->m.text, "%s%s%s", law, law[0] && art[0] ? " " : "", art);
        i = j - 1;
    }
}

/* ------------------------------------------------------------ driver -- */

static int cmp_cm(const void *a, const void *b)
{
    const cmention *x = a, *y = b;
    if (x->m.start != y->m.start)
        return x->m.start < y->m.start ? -1 : 1;
    if (x->m.end != y->m.end)
        return x->m.end > y->m.end ? -1 : 1;
    return (int)x->m.kind - (int)y->m.kind;
}

static pk_status flush(ctx *c)
{
    pk_extract_result *r = c->r;
    for (size_t k = 0; k < c->ncm; k++) {
        r->total_m++;
        if (r->nm >= PK_EXTRACT_MAX_MENTIONS) {
            r->truncated = 1;
            continue;
        }
        if (r->nm == r->capm) {
            /* first sized from the text (news carry about one mention per
             * 25 bytes; untouched room costs no memory until written), then
             * doubled: no copying of the arrays as they grow, in the common case */
            size_t nc = r->capm ? r->capm * 2 : c->len / 16 + 64;
            if (nc > PK_EXTRACT_MAX_MENTIONS)
                nc = PK_EXTRACT_MAX_MENTIONS;
            pk_extract_mention *m = realloc(r->m, nc * sizeof *m);
            if (!m)
                return PK_ENOMEM;
            r->m = m;
            pk__xinfo *x = pk__ws_reserve(c->ws, PK__WS_X, nc * sizeof *x);
            if (!x)
                return PK_ENOMEM;
            r->x = x;
            r->capm = nc;
        }
        r->m[r->nm] = c->cm[k].m;
        r->x[r->nm] = c->cm[k].x;
        if (c->cm[k].x.xcand) {
            if (r->nxc == r->capxc) {
                size_t nc = r->capxc * 2 + 64;
                pk__xcand *xc = pk__ws_reserve(c->ws, PK__WS_XC, nc * sizeof *xc);
                if (!xc)
                    return PK_ENOMEM;
                r->xc = xc;
                r->capxc = nc;
            }
            r->xc[r->nxc++] = c->xc[c->cm[k].x.xcand - 1];
            r->x[r->nm].xcand = (uint32_t)r->nxc;
        }
        r->nm++;
    }
    c->ncm = 0;
    c->nxc = 0;
    return PK_OK;
}

/* Sort the mentions when cm[0, from) is sorted and a pass appended
 * cm[from, ncm): the appended run (in text order already, as a rule) is
 * sorted alone and merged backwards into place; linear when both runs are
 * in order. */
static void sort_from(ctx *c, size_t from)
{
    size_t n = c->ncm;
    if (n < 2 || from >= n)
        return;
    int sorted = 1;
    for (size_t k = from + 1; k < n && sorted; k++)
        sorted = cmp_cm(&c->cm[k - 1], &c->cm[k]) <= 0;
    if (!sorted)
        qsort(c->cm + from, n - from, sizeof *c->cm, cmp_cm);
    if (from == 0 || cmp_cm(&c->cm[from - 1], &c->cm[from]) <= 0)
        return;
    size_t nr = n - from;
    if (nr > c->captmp) {
        cmention *t = pk__ws_reserve(c->ws, PK__WS_TMP, nr * sizeof *t);
        if (!t) {
            c->oom = 1; /* the call fails with PK_ENOMEM: every failed allocation does */
            return;
        }
        c->tmp = t;
        c->captmp = nr;
    }
    memcpy(c->tmp, c->cm + from, nr * sizeof *c->tmp);
    size_t i = from, j = nr, w = n; /* left run cm[0, i), right run tmp[0, j), write below w */
    while (j > 0) {
        if (i > 0 && cmp_cm(&c->cm[i - 1], &c->tmp[j - 1]) > 0)
            c->cm[--w] = c->cm[--i];
        else
            c->cm[--w] = c->tmp[--j];
    }
}

static pk_status do_chunk(ctx *c, size_t off, size_t n)
{
    place_state ps = {0, 0};
    tokenize(c, off, n);
    title_pass(c);
    lexicon_pass(c, &ps);
    size_t nlex = c->ncm;
    gift_pass(c);
    size_t ndir = c->ncm;
    directed_pass(c, nlex);
    registration_pass(c, nlex, ndir);
    sort_from(c, 0);
    size_t n1 = c->ncm;
    names_pass(c);
    sort_from(c, n1);
    n1 = c->ncm;
    citations_pass(c);
    sort_from(c, n1);
    n1 = c->ncm;
    money_pass(c, off, n);
    sort_from(c, n1);
    n1 = c->ncm;
    dates_pass(c, off, n);
    sort_from(c, n1);
    n1 = c->ncm;
    places_pass(c, off, n);
    sort_from(c, n1);
    region_flags(c);
    mark_statement_dates(c);
    ceremony_pass(c);
    generic_class_pass(c);
    sentence_context(c);
    c->word_base += (uint32_t)c->ntok;
    c->sent_base += c->nsent;
    if (c->oom)
        return PK_ENOMEM;
    return flush(c);
}

/* 1 if the line break at text[nl] ('\n') only wraps a sentence: the line
 * [start, nl) does not end in sentence or field punctuation and the next
 * line goes on in lower case ("... mengunggah video ajakan memilih\npasangan
 * calon ..."). A line starting with a capital, a digit, a bullet or a quote
 * begins a new item (list lines, form fields, WhatsApp forwards).
 * Constant work: the scan stops at the first non-space byte either side. */
static int soft_break(const char *text, size_t start, size_t nl, size_t len)
{
    size_t e = nl;
    while (e > start && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r'))
        e--;
    if (e == start)
        return 0;
    unsigned char last = (unsigned char)text[e - 1];
    if (!((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9') ||
          last == ','))
        return 0;
    size_t b = nl + 1;
    while (b < len && (text[b] == ' ' || text[b] == '\t'))
        b++;
    return b < len && text[b] >= 'a' && text[b] <= 'z';
}

/* Cut a long line before `max` bytes: after a sentence end, else at a space,
 * else at a UTF-8 boundary. */
static size_t cut_point(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    for (size_t i = max; i > max / 2; i--)
        if ((s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?') && s[i] == ' ')
            return i;
    for (size_t i = max; i > max / 2; i--)
        if (s[i] == ' ')
            return i;
    size_t i = max;
    while (i > 1 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* ------------------------------------------------------- workspace -- */

pk_status pk_extract_workspace_new(pk_extract_workspace **out, pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "NULL argument");
    *out = calloc(1, sizeof **out);
    if (!*out)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    return PK_OK;
}

void pk_extract_workspace_free(pk_extract_workspace *ws)
{
    if (!ws)
        return;
    for (size_t i = 0; i < PK__WS_SLOTS; i++)
        free(ws->b[i].p);
    free(ws);
}

size_t pk_extract_workspace_bytes(const pk_extract_workspace *ws)
{
    size_t n = 0;
    for (size_t i = 0; ws && i < PK__WS_SLOTS; i++)
        n += ws->b[i].cap;
    return n;
}

void *pk__ws_reserve(pk_extract_workspace *ws, int slot, size_t bytes)
{
    if (bytes == 0)
        bytes = 1;
    if (bytes <= ws->b[slot].cap)
        return ws->b[slot].p;
    void *p = realloc(ws->b[slot].p, bytes);
    if (!p)
        return NULL;
    ws->b[slot].p = p;
    ws->b[slot].cap = bytes;
    return p;
}

/* After a call: while the workspace holds more than
 * PK_EXTRACT_WORKSPACE_KEEP bytes, its largest buffer goes. */
static void ws_trim(pk_extract_workspace *ws)
{
    while (pk_extract_workspace_bytes(ws) > PK_EXTRACT_WORKSPACE_KEEP) {
        size_t big = 0;
        for (size_t i = 1; i < PK__WS_SLOTS; i++)
            if (ws->b[i].cap > ws->b[big].cap)
                big = i;
        free(ws->b[big].p);
        ws->b[big].p = NULL;
        ws->b[big].cap = 0;
    }
}

static pk_status extract_in(pk_extract_result **out, pk_extract_workspace *ws, const char *text, size_t len,
                            const pk_extract_options *opts, pk_error *err);

pk_status pk_extract(pk_extract_result **out, const char *text, size_t len, const pk_extract_options *opts,
                     pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "NULL argument");
    pk_extract_workspace *ws = NULL;
    pk_status s = pk_extract_workspace_new(&ws, err);
    if (s == PK_OK)
        s = extract_in(out, ws, text, len, opts, err);
    pk_extract_workspace_free(ws);
    return s;
}

pk_status pk_extract_ws(pk_extract_result **out, pk_extract_workspace *ws, const char *text, size_t len,
                        const pk_extract_options *opts, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "NULL argument");
    if (!ws)
        return pk__fail(err, PK_EINVAL, "ws", "NULL argument");
    pk_status s = extract_in(out, ws, text, len, opts, err);
    ws_trim(ws);
    return s;
}

/* pk_extract_ws() once out and ws are checked: every scratch buffer of the
 * call is ws's; the result owns only its mentions and drafts. */
static pk_status extract_in(pk_extract_result **out, pk_extract_workspace *ws, const char *text, size_t len,
                            const pk_extract_options *opts, pk_error *err)
{
    if (!text && len)
        return pk__fail(err, PK_EINVAL, "text", "NULL text with a non-zero length");
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    if (opts) {
        if (opts->version < 1 || opts->version > PK_EXTRACT_OPTIONS_VERSION)
            return pk__fail(err, PK_EINVAL, "version", "unknown pk_extract_options version %u", opts->version);
        o = *opts;
    }
    if (o.reference.year && !pk_date_valid(o.reference))
        return pk__fail(err, PK_EINVAL, "reference", "invalid reference date");
    if (o.cycle < 0 || o.cycle > PK_DATE_MAX_YEAR)
        return pk__fail(err, PK_EINVAL, "cycle", "cycle %d is out of range", o.cycle);
    const pk_region *defreg = NULL;
    if (o.default_region && o.default_region[0]) {
        unsigned how = 0;
        if (pk_region_lookup(&defreg, &how, o.default_region, NULL) != PK_OK)
            return pk__fail(err, PK_EINVAL, "default_region", "unknown region code '%.40s'", o.default_region);
    }
    if (len > PK_EXTRACT_TEXT_MAX)
        return pk__fail(err, PK_ETOOLONG, "text", "text is longer than %zu bytes", PK_EXTRACT_TEXT_MAX);
    size_t bad = 0;
    if (len && !pk__utf8_valid(text, len, &bad)) {
        pk_status s = pk__fail(err, PK_EENCODING, "text", "text is not valid UTF-8 (byte %zu)", bad);
        if (err)
            err->column = (long)bad;
        return s;
    }
    pk_extract_result *r = calloc(1, sizeof *r);
    if (!r)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    ctx c;
    memset(&c, 0, sizeof c);
    c.r = r;
    c.ws = ws;
    c.text = text;
    c.len = len;
    c.dopt = (pk_date_text_options)PK_DATE_TEXT_OPTIONS_INIT;
    c.dopt.reference = o.reference;
    if (o.cycle) {
        /* the cycle's years (stages start the year before the vote, re-votes
         * run into the next): a year-less date with a weekday is pinned when
         * one year of the three fits it (pk_date_scan()) */
        c.dopt.year_first = o.cycle > PK_DATE_MIN_YEAR ? o.cycle - 1 : o.cycle;
        c.dopt.year_last = o.cycle < PK_DATE_MAX_YEAR ? o.cycle + 1 : o.cycle;
        const pk_region_cycle *cy = NULL;
        if (pk_region_cycle_find(&cy, o.cycle, NULL) == PK_OK && cy->voting_day.year &&
            (pk_date_add_months(&c.cycle_late, cy->voting_day, 1, NULL) != PK_OK ||
             pk_date_add_months(&c.cycle_early, cy->voting_day, -10, NULL) != PK_OK))
            c.cycle_late = c.cycle_early = (pk_date){0, 0, 0};
    }
    if (!o.reference.year && len) {
        /* no reference date: the latest date written in full in the first
         * 64 KB (news give the statement's date), used only for year-less
         * dates whose written weekday confirms the year (see dates_span) */
        size_t n = len < 65536 ? len : 65536;
        while (n < len && n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
            n--;
        pk_date_match pre[64];
        size_t total = 0;
        pre[0] = (pk_date_match)PK_DATE_MATCH_INIT;
        pk_status ps = pk__date_scan_utf8(pre, 64, &total, text, n, NULL); /* text validated above */
        if (ps == PK_OK || ps == PK_EBUFSIZE) {
            for (size_t k = 0; k < total && k < 64; k++) {
                if (pre[k].kind == PK_DATE_KIND_UNRESOLVED ||
                    (pre[k].flags & (PK_DATE_FLAG_YEAR_INFERRED | PK_DATE_FLAG_RELATIVE | PK_DATE_FLAG_WEEKDAY_MISMATCH)))
                    continue;
                if (!c.dopt.reference.year || pk_date_compare(pre[k].to, c.dopt.reference) > 0)
                    c.dopt.reference = pre[k].to;
            }
        }
        c.ref_inferred = c.dopt.reference.year != 0;
    }
    wclass_init(&c);
    c.toks = pk__ws_reserve(ws, PK__WS_TOKS, TOK_MAX * sizeof *c.toks);
    c.arena = pk__ws_reserve(ws, PK__WS_ARENA, ARENA_MAX);
    c.w1 = pk__ws_reserve(ws, PK__WS_W1, TOK_MAX * sizeof *c.w1);
    c.capdm = CHUNK_MAX / 4 + 8;
    c.dm = pk__ws_reserve(ws, PK__WS_DM, c.capdm * sizeof *c.dm);
    c.dw = pk__ws_reserve(ws, PK__WS_DW, TOK_MAX * sizeof *c.dw);
    c.cappm = CHUNK_MAX / 4 + 8;
    c.pm = pk__ws_reserve(ws, PK__WS_PM, c.cappm * sizeof *c.pm);
    /* a span of n bytes holds at most n / 2 + 1 words */
    c.cappw = (len < CHUNK_MAX ? len : CHUNK_MAX) / 2 + 2;
    c.pw = pk__ws_reserve(ws, PK__WS_PW, c.cappw * sizeof *c.pw);
    /* the growing buffers start with the room the workspace has (growth only reallocates) */
    c.cm = ws->b[PK__WS_CM].p;
    c.capcm = ws->b[PK__WS_CM].cap / sizeof *c.cm;
    c.tmp = ws->b[PK__WS_TMP].p;
    c.captmp = ws->b[PK__WS_TMP].cap / sizeof *c.tmp;
    c.xc = ws->b[PK__WS_CXC].p;
    c.capxc = ws->b[PK__WS_CXC].cap / sizeof *c.xc;
    r->xc = ws->b[PK__WS_XC].p;
    r->capxc = ws->b[PK__WS_XC].cap / sizeof *r->xc;
    c.popt = (pk_place_options)PK_PLACE_OPTIONS_INIT;
    c.popt.flags = PK_PLACE_CASE_SENSITIVE | PK_PLACE_WEAK; /* bare names: see places_span */
    if (defreg)
        (void)pk_place_lookup(NULL, &c.popt.context, defreg->code, NULL);
    size_t nslots = 256;
    while (nslots < STEM_CACHE && nslots * 8 < len)
        nslots *= 2;
    c.stem_mask = nslots - 1;
    c.stems = pk__ws_reserve(ws, PK__WS_STEMS, nslots * sizeof *c.stems);
    if (c.stems)
        memset(c.stems, 0, nslots * sizeof *c.stems);
    c.ptoks = pk__ws_reserve(ws, PK__WS_PTOKS, nslots * sizeof *c.ptoks);
    if (c.ptoks)
        memset(c.ptoks, 0, nslots * sizeof *c.ptoks);
    c.kept = pk__ws_reserve(ws, PK__WS_KEPT, pk__place_kept_size());
    if (c.kept)
        pk__place_kept_init(c.kept);
    pk_status s = (c.toks && c.arena && c.w1 && c.dm && c.dw && c.pm && c.pw && c.stems && c.ptoks && c.kept) ? PK_OK : PK_ENOMEM;
    size_t pos = 0;
    int blank_run = 0;
    while (s == PK_OK && pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t line_end = nl ? (size_t)(nl - text) : len;
        size_t a = pos;
        int blank = 1;
        for (size_t q = pos; q < line_end && blank; q++)
            blank = text[q] == ' ' || text[q] == '\t' || text[q] == '\r';
        /* the lines of a paragraph are one chunk (up to CHUNK_MAX bytes):
         * the tokenizer ends a sentence at a line break unless the break
         * only wraps it (soft_break); each line is scanned at most twice */
        while (!blank && line_end < len) {
            nl = memchr(text + line_end + 1, '\n', len - line_end - 1);
            size_t e2 = nl ? (size_t)(nl - text) : len;
            int next_blank = 1;
            for (size_t q = line_end + 1; q < e2 && next_blank; q++)
                next_blank = text[q] == ' ' || text[q] == '\t' || text[q] == '\r';
            if (next_blank || e2 - pos > CHUNK_MAX)
                break;
            line_end = e2;
        }
        if (blank) {
            if (!blank_run && c.word_base)
                c.para++;
            blank_run = 1;
        } else {
            blank_run = 0;
            while (s == PK_OK && a < line_end) {
                size_t n = cut_point(text + a, line_end - a, CHUNK_MAX);
                s = do_chunk(&c, a, n);
                a += n;
            }
        }
        pos = line_end + 1;
    }
    r->nsent = c.sent_base;
    if (s == PK_OK && r->capm > r->nm + 64) {
        /* the result gives back the room the first sizing left unused (r->x
         * is freed after the drafts; nothing is appended from here on). As
         * every failed allocation of the call, a failed one fails it. */
        pk_extract_mention *m = realloc(r->m, (r->nm ? r->nm : 1) * sizeof *m);
        if (m) {
            r->m = m;
            r->capm = r->nm;
        } else {
            s = PK_ENOMEM;
        }
    }
    if (s == PK_OK)
        s = pk__extract_drafts(r, ws, &o, defreg, text, len, err);
    else
        pk__fail(err, s, NULL, "out of memory");
    r->x = NULL; /* the workspace's */
    r->xc = NULL;
    if (s != PK_OK) {
        pk_extract_free(r);
        return s;
    }
    *out = r;
    return PK_OK;
}
