/* Private pieces of the text engine (include/pilkada/extract.h) shared by
 * its sources, the build-time generator (tools/pkgen/gen_extract.c) and the
 * generated lexicon table. Not installed; nothing here is exported. */
#ifndef PK_EXTRACT_INTERNAL_H
#define PK_EXTRACT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"

/* Kinds of lexicon entries (the `kind` column of data/extract/ (CSV)). */
typedef enum pk__lex_kind {
    PK__LX_ACTOR = 1,     /* who acts: kepala desa, ASN, camat (label = actor slug) */
    PK__LX_ACT = 2,       /* what was done (label = act slug) */
    PK__LX_NEGATION = 3,  /* "tidak", "bukan" (label next), "membantah" (label deny) */
    PK__LX_HEDGE = 4,     /* "diduga", "dugaan": recorded, lowers nothing */
    PK__LX_OUTCOME = 5,   /* reported outcome (label proven/sanctioned/not_proven/dropped) */
    PK__LX_IRREALIS = 6,  /* prohibitions, appeals, conditions, socialisation: no incident */
    PK__LX_SPEECH = 7,    /* "kata", "ujar", "dikutip": a date after it is the statement's */
    PK__LX_CANDIDATE = 8, /* candidate references (label paslon/bakal_calon/petahana/calon) */
    PK__LX_PLACE = 9,     /* cues before a place name (label district/village/home/office/link) */
    PK__LX_OCCUR = 10,    /* "terjadi", "berlangsung": a date after it is an occurrence */
    PK__LX_PROCESS = 11,  /* "dilaporkan", "sidang", "klarifikasi": a date after it is not the act's */
    PK__LX_POST = 12      /* a post's parts: an office head word (label head) or a government agency
                             (label = the actor class its posts imply): "Kepala" + "Puskesmas" */
} pk__lex_kind;

#define PK__LX_KIND_MAX 12

/* Match modes: the words as written (lower-cased) or their stems. */
enum { PK__LX_EXACT = 0, PK__LX_STEM = 1 };

/* Most words in one lexicon phrase. */
#define PK__LX_MAX_TOKENS 6

typedef struct pk__lex_entry {
    uint8_t kind;         /* pk__lex_kind */
    uint8_t mode;         /* PK__LX_EXACT / PK__LX_STEM */
    uint8_t ntok;         /* words in the phrase */
    uint8_t priority;     /* 1 generic .. 3 specific: a specific act hides a generic one in a sentence */
    const char *label;    /* slug or cue label */
    const char *maps_to;  /* incident vocabulary slug when label is outside it ("asn" -> "pns"), or NULL */
    const char *phrase;   /* the words (lower-cased or stemmed), one space apart */
    uint64_t hash;        /* pk__lex_hash of the words in this mode */
} pk__lex_entry;

typedef struct pk__lexicon {
    const pk__lex_entry *entries; /* grouped: entries with the same mode and phrase are adjacent */
    size_t count;
    const uint32_t *slots;        /* open addressing on hash: first entry index + 1, 0 = empty */
    size_t nslots;                /* power of two */
    const uint64_t *prefixes;     /* hashes (either mode) of every phrase's first 1..ntok words; 0 = empty */
    size_t nprefixes;             /* power of two */
    const uint64_t *region_words; /* word hashes of every region name and alias (data/regions/); 0 = empty */
    size_t nregion_words;         /* power of two */
} pk__lexicon;

/* The built-in lexicon (generated from data/extract/ by pkgen). */
extern const pk__lexicon pk__extract_lexicon;

/* Hash of one word: its bytes eight at a time, each block read
 * little-endian (the same value on every machine, so the generator's tables
 * match the library's) and mixed into the hash by a multiply and a shift; the
 * last block holds the 0..7 bytes left (zeros above them). The tokenizer
 * reads the last block with one load (pk__lex_word_hash_padded). Then the
 * step that chains words into a phrase hash. Inline: the engine calls them
 * for every word. */
#define PK__LEX_SEED 0x243f6a8885a308d3ull
#define PK__LEX_MUL 0x9e3779b97f4a7c15ull

static inline uint64_t pk__lex_mix(uint64_t h, uint64_t block)
{
    h = (h ^ block) * PK__LEX_MUL;
    return h ^ (h >> 32);
}

/* Bytes w[0..n) (n <= 8) as a little-endian number. */
static inline uint64_t pk__lex_block(const char *w, size_t n)
{
    uint64_t v = 0;
    for (size_t j = 0; j < n; j++)
        v |= (uint64_t)(unsigned char)w[j] << (8 * j);
    return v;
}

static inline uint64_t pk__lex_word_hash(const char *w, size_t n)
{
    uint64_t h = PK__LEX_SEED ^ (uint64_t)n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        h = pk__lex_mix(h, pk__lex_block(w + i, 8));
    return pk__lex_mix(h, pk__lex_block(w + i, n - i));
}

static inline uint64_t pk__lex_hash_step(uint64_t h, uint64_t word_hash)
{
    h ^= word_hash + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
}

/* 1 if label a (a lexicon label, or NULL) is the literal lit: the first
 * byte first, since most labels compared differ there. Inline: the passes
 * ask it for every mention. */
/* 1 if a[0..n) equals b[0..n), ASCII letters in any case */
static inline int pk__ieq_ascii(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return 0;
    }
    return 1;
}

static inline int pk__label_is(const char *a, const char *lit)
{
    return a && a[0] == lit[0] && strcmp(a, lit) == 0;
}

/* 1 if two labels (neither NULL) are the same: the same pointer (the
 * lexicon's labels mostly are), else the same text. */
static inline int pk__same_label(const char *a, const char *b)
{
    return a == b || (a[0] == b[0] && strcmp(a, b) == 0);
}

/* Seed of a phrase hash in a mode. */
static inline uint64_t pk__lex_hash_seed(int mode)
{
    return mode == PK__LX_STEM ? 0x5a17c0de5a17c0deull : 0x0e8ac7e80e8ac7e8ull;
}

/* Longest stem written by pk__id_stem (longer words are copied, not stemmed). */
#define PK__STEM_MAX 48

/* Indonesian affix stripper: writes the stem of the lower-case ASCII word
 * w[0..n) into out (capacity PK__STEM_MAX + 1, NUL-terminated) and returns
 * its length. Words that are not all ASCII letters, are shorter than five
 * letters or longer than PK__STEM_MAX are copied unchanged. */
size_t pk__id_stem(char *out, const char *w, size_t n);

/* ------------------------------------------------------------ engine -- */
#include "pilkada/extract.h"

/* What the draft builder needs beside the public mention. */
typedef struct pk__xinfo {
    uint32_t para;          /* paragraph index (blank lines separate paragraphs) */
    uint32_t word;          /* index of the first word in the text */
    uint32_t word_end;      /* one past the last word */
    uint8_t priority;       /* lexicon priority (acts, roles, irrealis) */
    uint8_t passive;        /* an act whose first word starts with di- */
    uint8_t nominal;        /* an act named by a noun (pe-/per-/ke- ... -an: pertemuan, pembagian) */
    uint8_t title;          /* a head-of-region word that belongs to a candidate's title ("calon Bupati Pati
                               dan Wakil Bupati"): not an actor */
    uint8_t sent_act_prio;  /* highest act priority in the sentence */
    uint8_t sent_irrealis;  /* highest irrealis priority in the sentence (0 none) */
    uint8_t sent_deny;      /* the sentence has a denial cue */
    int8_t sent_outcome;    /* pk_extract_status of the sentence, -1 none */
    uint8_t sent_occur;     /* the sentence has an occurrence cue ("terjadi") */
    uint8_t sent_backref;   /* the sentence opens with a back-reference to the deed just told ("Dugaan itu ...") */
    uint8_t sent_relative;  /* the sentence opens with "Setelah X", "Sebelum X": its deed is dated from another event */
    uint8_t sent_shift;     /* the sentence opens with "Selain itu", "Tidak hanya itu": another deed */
    uint8_t sent_cand;      /* bit 1 bakal_calon, 2 paslon/calon, 4 petahana */
    uint8_t from_role;      /* a district/village name read after "Camat"/"Kepala Desa"/"Lurah": a place only
                               when the registry knows it ("Camat Iskandar" names a person) */
    uint8_t ncand;          /* region candidates (ambiguous mentions) */
    uint8_t npcand;         /* place candidates of a district or village name, ranked */
    uint32_t xcand;         /* its candidates (pk__x_cand, pk__x_pcand): 1 + their index in the result's xc;
                               0 when it has none */
    const char *maps_to;    /* lexicon mapping of a role or act label, or NULL */
} pk__xinfo;

/* The candidates of the few mentions that have some, kept apart so that the
 * side record of every mention stays small (the draft builder walks them all
 * several times). */
typedef struct pk__xcand {
    const pk_region *cand[PK_REGION_MENTION_CANDIDATES];
    pk_place_id pcand[PK_PLACE_MENTION_CANDIDATES];
} pk__xcand;

/* The scratch buffers of a call, one per slot, kept by a pk_extract_workspace
 * from call to call (pk_extract_ws()): each grows to what a call needs and
 * stays, unless the workspace holds more than PK_EXTRACT_WORKSPACE_KEEP bytes
 * after a call (then the largest go until it holds no more). */
enum {
    PK__WS_TOKS,   /* extract.c: the chunk's words */
    PK__WS_ARENA,  /* their lower-cased forms and stems */
    PK__WS_W1,     /* the lexicon's answers per word */
    PK__WS_DM,     /* date matches of a window */
    PK__WS_DW,     /* the words of a date window */
    PK__WS_PM,     /* place mentions of a span */
    PK__WS_PW,     /* the place search's words */
    PK__WS_STEMS,  /* the stem cache (zeroed at each call) */
    PK__WS_PTOKS,  /* the place-token cache (zeroed at each call) */
    PK__WS_KEPT,   /* the place search's counters (started afresh at each call) */
    PK__WS_CM,     /* the chunk's mentions */
    PK__WS_TMP,    /* sort_from()'s scratch */
    PK__WS_CXC,    /* the chunk's mentions' candidates */
    PK__WS_X,      /* pk_extract_result.x: side record of every mention kept */
    PK__WS_XC,     /* pk_extract_result.xc: their candidates */
    PK__WS_DRAFT,  /* extract_draft.c: the per-mention arrays of the draft builder */
    PK__WS_SLOTS
};

struct pk_extract_workspace {
    struct {
        void *p;
        size_t cap; /* bytes */
    } b[PK__WS_SLOTS];
};

/* Slot `slot` of ws with room for at least `bytes` bytes (at least 1), its
 * contents kept (realloc); NULL when out of memory (the slot is unchanged). */
void *pk__ws_reserve(pk_extract_workspace *ws, int slot, size_t bytes);

struct pk_extract_result {
    pk_extract_mention *m;
    pk__xinfo *x;           /* parallel to m while building (workspace memory, PK__WS_X); NULL after */
    pk__xcand *xc;          /* the candidates of x[].xcand (workspace memory, PK__WS_XC); NULL after */
    size_t nxc, capxc;
    size_t nm, capm, total_m;
    pk_extract_draft *d;
    size_t nd;
    size_t total_acts;
    size_t nsent;
    int truncated;
};

/* The region candidates (x->ncand of them) and place candidates
 * (x->npcand) of a mention of r: only asked when there are some. */
static inline const pk_region *const *pk__x_cand(const pk_extract_result *r, const pk__xinfo *x)
{
    return r->xc[x->xcand - 1].cand;
}

static inline const pk_place_id *pk__x_pcand(const pk_extract_result *r, const pk__xinfo *x)
{
    return r->xc[x->xcand - 1].pcand;
}

/* 1 if the speech verb starting at byte `at` of text closes a quote or a
 * clause (`," ujar X`, `..., kata X`: a comma or a closing quote before it);
 * what follows names the speaker (extract.c). */
int pk__closes_clause(const char *text, size_t at);

/* Build the draft incidents from the mentions (extract_draft.c); text[0..len)
 * is the text the mention spans point into. */
pk_status pk__extract_drafts(pk_extract_result *r, pk_extract_workspace *ws, const pk_extract_options *o,
                             const pk_region *default_region, const char *text, size_t len, pk_error *err);

#endif
