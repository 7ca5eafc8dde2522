/* Private pieces of the four-level place registry, shared by the generator
 * (tools/pkgen/gen_place.c), the algorithms (place.c, core) and the built-in
 * tables (place_builtin.c). */
#ifndef PK_PLACE_INTERNAL_H
#define PK_PLACE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"
#include "pilkada/place.h"
#include "region_internal.h"

#define PK__PLACE_ID(level, index) (((uint32_t)(level) << 24) | (uint32_t)(index))
#define PK__PLACE_INDEX(id) ((uint32_t)(id)&0xFFFFFFu)
#define PK__PLACE_CUE 7 /* terminal entries of cue phrases use this level */
/* longest phrase (names, aliases, cues) in tokens */
#define PK__PLACE_MAX_DEPTH 8

/* ---- words ---- */

/* The hash of a lower-cased key, eight bytes at a time: each chunk is the
 * next eight bytes read as a little-endian number (the last one padded with
 * zero bytes, which no key holds). The generator and the scanner agree: the
 * scanner hashes the chunks as it reads them from the text. */
static inline uint64_t pk__place_hash_chunk(uint64_t h, uint64_t chunk)
{
    h = (h ^ chunk) * 0x9E3779B97F4A7C15u;
    return h ^ (h >> 29);
}
static inline uint32_t pk__place_hash_final(uint64_t h)
{
    h *= 0xBF58476D1CE4E5B9u;
    h ^= h >> 32;
    return (uint32_t)h;
}
#define PK__PLACE_HASH0 0x243F6A8885A308D3u
static inline uint32_t pk__place_key_hash(const char *key, size_t len)
{
    uint64_t h = PK__PLACE_HASH0;
    for (size_t i = 0; i < len; i += 8) {
        uint64_t c = 0;
        for (size_t k = 0; k < 8 && i + k < len; k++)
            c |= (uint64_t)(unsigned char)key[i + k] << (8 * k);
        h = pk__place_hash_chunk(h, c);
    }
    return pk__place_hash_final(h);
}
static inline uint32_t pk__place_edge_hash(uint32_t node, uint32_t token)
{
    uint32_t h = node * 0x9E3779B1u ^ (token + 0x7F4A7C15u) * 0x85EBCA77u;
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 13;
    return h;
}

/* The filter of token hashes: 2^20 bits (128 KiB) over bits 12..31 of the
 * hash (the slot index of t_tab uses the low bits). */
/* One byte set in each of eight: multiplied by a byte value, that value in every byte. */
#define PK__ONES8 UINT64_C(0x0101010101010101)
/* 0x80 in each byte of v that is an ASCII letter or digit, 0 in the others
 * (the place scanner's and the text engine's eight-byte word readers). */
static inline uint64_t pk__alnum_bytes(uint64_t v)
{
    uint64_t x = v & (0x7F * PK__ONES8); /* bytes >= 0x80 are cleared below */
    uint64_t lo = x | (0x20 * PK__ONES8);  /* letters in lower case; no byte exceeds 0x7F */
    uint64_t letter = (lo + 0x1F * PK__ONES8) & ~(lo + 0x05 * PK__ONES8); /* 'a' <= lo <= 'z' */
    uint64_t digit = (x + 0x50 * PK__ONES8) & ~(x + 0x46 * PK__ONES8);    /* '0' <= x <= '9' */
    return (letter | digit) & ~v & (0x80 * PK__ONES8);
}

#define PK__PLACE_TFILTER_WORDS ((size_t)1 << 15)
static inline uint32_t pk__place_tfilter_bit(uint32_t hash)
{
    return hash >> 12;
}

/* One word of a text: bytes [start, end) of the source, its lower-cased key
 * (apostrophes dropped) and the hash of the key. */
typedef struct pk__pword {
    size_t start, end;
    uint32_t hash;
    uint16_t len;      /* key length (keys longer than 64 bytes are never names: tok = -1) */
    uint8_t cap;       /* 1 if the first letter is upper case */
    uint8_t allcaps;   /* 1 if every letter is upper case (and there are two or more) */
    int32_t tok;       /* token id, -1 if not in the dictionary */
    uint32_t root;     /* the token's child of the trie root with PK__PN_* flags (0 = none) */
    char key[64];
} pk__pword;

/* Cue roles (cues.csv `role`). */
enum { PK__CUE_OFFICE, PK__CUE_ELECTION, PK__CUE_GOVERNMENT, PK__CUE_LEVEL, PK__CUE_INSTITUTION, PK__CUE_MODIFIER,
       PK__CUE_COMMON_WORD, PK__CUE_NROLES };
/* Cue levels: a pk_place_level, or these for "kabupaten" / "kota" only. */
enum { PK__CUE_LV_ANY = 0, PK__CUE_LV_KABUPATEN = 5, PK__CUE_LV_KOTA = 6, PK__CUE_LV_REGION = 8 /* 1 or 2 */ };

typedef struct pk__place_cue {
    const char *phrase;
    uint8_t role;
    uint8_t level;   /* pk_place_level or PK__CUE_LV_* */
    uint8_t kind;    /* 0, or a pk_place_kind hint (desa / kelurahan) */
    uint8_t prov[8]; /* a local name of the level: the province codes where it is official (0 ends) */
    uint16_t stands; /* an office word that stands for an office and a level word ("Kades": Kepala Desa):
                        1 + the cue index of that level word (cues.csv stands_for), 0 none */
} pk__place_cue;

/* flags of a trie node in the child words of t_tab and e_tab */
#define PK__PN_NAME 0x80000000u /* a place name ends at the node */
#define PK__PN_CUE 0x40000000u  /* a cue phrase ends at the node */
#define PK__PN_NODE 0x3FFFFFFFu /* the node id */

/* An edge of the trie in eight bytes: parent node (bits 0-20), token (21-41),
 * child node (42-61), the child's PK__PN_NAME and PK__PN_CUE (63, 62).
 * child_flags is the child with its flags as in t_tab. */
static inline uint64_t pk__place_edge_slot(uint32_t parent, uint32_t token, uint32_t child_flags)
{
    return (uint64_t)parent | (uint64_t)token << 21 | (uint64_t)(child_flags & PK__PN_NODE) << 42 |
           (uint64_t)(child_flags & (PK__PN_NAME | PK__PN_CUE)) << 32;
}

/* entry flags */
#define PK__PE_HOW_MASK 0x3u  /* pk_place_match_how */
#define PK__PE_COMMON 0x4u    /* a common word: needs a capital or a cue */

/* A terminal entry of the trie: what a name names, with what ranking asks
 * of a village or district kept beside it (one cache line holds eight). */
typedef struct pk__place_ent {
    uint32_t id;       /* place id, or PK__PLACE_ID(PK__PLACE_CUE, cue index) */
    uint16_t district; /* the district (index) of a village, or the district itself; else 0 */
    uint8_t flags;     /* PK__PE_* */
    uint8_t vkind;     /* a village's code kind: 1 kelurahan, 2 desa, 3 desa adat; else 0 */
} pk__place_ent;

/* words of a slot of t_tab, and the bytes of a token kept in it */
#define PK__PLACE_TSLOT 8
#define PK__PLACE_TSLOT_KEY 16

/* A token as the fuzzy search and the corrections read it, in one 32-byte record (aligned: one
 * cache line holds it): a token a deletion-index entry names is judged from here, with no other
 * table and, for a token of up to PK__PLACE_TFZ_KEY bytes, without the pool */
#define PK__PLACE_TFZ_KEY 16
typedef struct pk__place_tfz {
    uint64_t sig;                 /* pk__place_sig() of the token */
    uint32_t meta;                /* pool offset << 6 | length (as t_tab's word [3]) */
    uint32_t root;                /* its child of the trie root with PK__PN_* flags, 0 = none (as t_tab's word [2]) */
    char b[PK__PLACE_TFZ_KEY];    /* its first PK__PLACE_TFZ_KEY bytes, zero-padded */
} pk__place_tfz;

/* zero bytes after the pool: a token's bytes are read eight at a time */
#define PK__PLACE_POOL_PAD 8

typedef struct pk__place_db {
    const pk__region_db *regions;
    const char *pool;
    size_t nprovinces;
    /* districts */
    size_t ndistricts;
    const uint32_t *d_code;          /* 351301 */
    const uint32_t *d_name;          /* pool offsets */
    const uint16_t *d_region;        /* region index */
    const uint32_t *d_first_village; /* ndistricts + 1 */
    const uint16_t *r_first_district;/* nregions + 1 (provinces: empty ranges) */
    const uint16_t *r_province;      /* nregions + 1: the province of each region (region index; itself for a province) */
    /* villages */
    size_t nvillages;
    const uint16_t *v_suffix;        /* last part of the code, 1001..3999 */
    const uint32_t *v_name;          /* pool offsets */
    const uint16_t *v_district;      /* district index of each village */
    /* tokens: sorted by (length, bytes); hash table over them */
    size_t ntokens;
    const uint32_t *t_off;           /* pool offsets */
    const uint8_t *t_len;
    /* the token hash table, PK__PLACE_TSLOT words per slot (one cache line holds two slots):
     * [0] hash of the token, [1] token id + 1 (0 = empty slot), [2] its child of
     * the trie root with PK__PN_* flags, [3] pool offset << 6 | length, [4..7] its first
     * 16 bytes (zero-padded), four to a word, the lowest byte first: most words are
     * compared within the slot, without the pool */
    const uint32_t *t_tab;
    const uint32_t *t_filter;        /* PK__PLACE_TFILTER_WORDS: bit pk__place_tfilter_bit(hash) of every token set */
    const uint32_t *t_root;          /* per token: its child of the trie root (0 = none) */
    const uint32_t *t_cont;          /* a bit per token: it follows another word in some phrase */
    uint32_t t_mask;
    const uint32_t *t_len_first;     /* 66 entries: first token of each length 0..65 */
    /* bigram postings of tokens (fuzzy) */
    const uint32_t *bg_first;        /* PK__REGION_NBIGRAMS + 1 */
    const uint32_t *bg_tokens;
    const pk__place_tfz *t_fz;       /* per token: pk__place_sig() (the fuzzy search's filter), pool offset,
                                      * length, root child and first bytes in one record (32-byte aligned) */
    /* the deletion neighbourhood of the tokens (fuzzy, first letter kept): for each token of two or
     * more bytes, each distinct string its bytes after the first give with up to PK__PLACE_DEL_K(len)
     * bytes deleted, hashed with its first letter by pk__place_del_hash(), as an entry (the token and
     * a check byte of the hash) in a table of dl_nlines cache lines of PK__PLACE_DEL_SLOTS entries
     * each (pk__place_del_home(), pk__place_del_check(); the layout is described there): one lookup
     * reads one line, the next one too when the line says its entries go on there */
    const uint32_t *dl_tab;          /* 16 words (64 bytes, aligned) a line */
    uint32_t dl_nlines;              /* lines an entry's home can be (the table has more after them) */
    /* the tokens by length and first letter (fuzzy): group g = length * 36 + pk__place_lc_char(first
     * byte) is tokens lc_first[g] .. lc_first[g + 1] - 1 (the order of the token ids), and the
     * bigrams its tokens hold are lc_grams[lc_gfirst[g]] .. lc_grams[lc_gfirst[g + 1] - 1], each
     * the bigram << 16 | how many of its tokens hold it, by bigram */
    const uint32_t *lc_first;        /* PK__PLACE_LC_N + 1 */
    const uint32_t *lc_gfirst;       /* PK__PLACE_LC_N + 1 */
    const uint32_t *lc_grams;
    /* group g's bigrams by their first byte: lc_gdir[g * PK__PLACE_LC_DIR + a] (a = 0..36, the first
     * byte's pk__region_char_id()) is where the first of them that is a * 37 or above is in the group
     * (from lc_gfirst[g]), and entry 37 the group's size: a bigram is looked for among those of its
     * first byte only */
    const uint16_t *lc_gdir;         /* PK__PLACE_LC_N * PK__PLACE_LC_DIR */
    /* the letters and digits of each district's and village's name (255: that many or more) */
    const uint8_t *d_klen;           /* ndistricts */
    const uint8_t *v_klen;           /* nvillages */
    /* the districts by the first byte of their name (pk__place_dlc_group()), in index order: group c
     * is d_lc[d_lc_first[c]] .. d_lc[d_lc_first[c + 1] - 1] */
    const uint16_t *d_lc;            /* ndistricts */
    const uint16_t *d_lc_first;      /* PK__PLACE_DLC_N + 1 */
    /* the tokens by their bytes after the first (level_edit(): a word's first letter changed or
     * one put before it), for each token of two or more bytes whose first byte is a letter a-z:
     * bucket b (the top PK__PLACE_TAIL_BITS bits of pk__place_key_hash() of those bytes) holds
     * entries tl_first[b] .. tl_first[b + 1] - 1 of tl_ent, by token id, each the token id |
     * PK__PLACE_TAIL_CHECK(hash) << PK__PLACE_DEL_TOKBITS */
    const uint32_t *tl_first;        /* (1 << PK__PLACE_TAIL_BITS) + 1 */
    const uint32_t *tl_ent;
    /* the trie over token ids; node 0 is the root */
    size_t nnodes;
    const uint32_t *n_entry;         /* nnodes + 1: entries of node i are [n_entry[i], n_entry[i+1]) */
    const uint32_t *n_kids;          /* a bit per node: it has children (a longer phrase goes on from it) */
    /* the edge hash table by pk__place_edge_hash: pk__place_edge_slot() of
     * each edge (0 = empty slot), eight in a cache line */
    const uint64_t *e_tab;
    uint32_t e_mask;
    /* terminal entries */
    size_t nentries;
    const pk__place_ent *ents;       /* by node, then id */
    const pk__place_cue *cues;
    size_t ncues;
    /* a bit per token: it is in no phrase but names of three or more words written with two of them
     * joined ("unauna" of "Tojo Unauna" for Tojo Una Una) */
    const uint32_t *t_jonly;
} pk__place_db;

/* The signature of a word (a token or a key: lower-case letters and digits) that the fuzzy search
 * filters with before it computes a distance: bits 0..31 the letters it has (a..z one bit each, the
 * digits folded into six), bits 32..63 its bigrams (those of pk__region_bigrams(), hashed to 32
 * bits). Letters or bigrams that share a bit count as one, so a bound on the bits two words do not
 * share never rejects a word the bound on their letters or bigrams would keep. */
static inline uint64_t pk__place_sig(const char *s, size_t len, const uint16_t *grams, size_t ngrams)
{
    uint64_t sig = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        sig |= (uint64_t)1 << (c >= 'a' && c <= 'z' ? (unsigned)(c - 'a') : 26u + c % 6u);
    }
    for (size_t i = 0; i < ngrams; i++)
        sig |= (uint64_t)1 << (32u + (((uint32_t)grams[i] * 2654435761u) >> 27));
    return sig;
}

/* The deletion neighbourhood (dl_tab): a token of len bytes is indexed with up to
 * PK__PLACE_DEL_K(len) deletions after its first letter. A key within 1 edit (keys of 3..7 bytes)
 * needs one deletion on the token's side; a key within 2 (8 bytes or more) meets a token of L bytes
 * after at most L - 6 of its deletions (the two strings end the same length, the key deleting at
 * most 2): 1 for tokens of 6 or 7 bytes, 2 from 8. Token ids fit 17 bits.
 * A line of dl_tab is 16 words: word 0 holds bit 16 of the token of each slot (bits 0..19), how many
 * slots are used (bits 20..24) and PK__PLACE_DEL_MORE; words 1..5 the check bytes of slots 0..19, four
 * to a word (the lowest byte first); words 6..15 the low 16 bits of their tokens, two to a word. An
 * entry lies in its home line or, when that is full, in the first line after it with room (the
 * generator fills the lines in order of home): PK__PLACE_DEL_MORE on line x says that an entry whose
 * home is x or before lies after x, so a lookup reads lines from its home until one without it. */
#define PK__PLACE_DEL_K(len) ((len) >= 8 ? 2 : 1)
#define PK__PLACE_DEL_TOKBITS 17
#define PK__PLACE_DEL_SLOTS 20
#define PK__PLACE_DEL_MORE ((uint32_t)1 << 25)
static inline uint32_t pk__place_del_home(uint32_t hash, uint32_t nlines)
{
    return (uint32_t)(((uint64_t)hash * nlines) >> 32);
}
static inline uint32_t pk__place_del_check(uint32_t hash)
{
    return (hash * 0x9E3779B1u) >> 24; /* other bits than the home's (its top ones) */
}

/* The tail index (tl_first, tl_ent): 2^16 buckets; an entry keeps the hash's low 15 bits */
#define PK__PLACE_TAIL_BITS 16
#define PK__PLACE_TAIL_CHECK(h) ((h) & 0x7FFFu)

/* The groups of tokens by length (0..65) and first letter or digit (lc_first): 36 a length */
#define PK__PLACE_LC_N ((size_t)66 * 36)
#define PK__PLACE_LC_DIR 38 /* lc_gdir entries a group: the 37 first bytes of a bigram and its end */

/* a token's first byte as its place among the 36 first bytes in byte order (digits, then letters),
 * -1 for any other byte */
static inline int pk__place_lc_char(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return 10 + (c - 'a');
    return -1;
}

/* The groups of districts by the first byte of their name (d_lc): byte | 0x20 (upper case to lower)
 * as pk__place_lc_char() places it, 36 for any other byte */
#define PK__PLACE_DLC_N 37
static inline int pk__place_dlc_group(unsigned char c)
{
    int g = pk__place_lc_char((unsigned char)(c | 0x20));
    return g < 0 ? 36 : g;
}

/* FNV-1a of a first letter and the bytes of a deletion variant */
static inline uint32_t pk__place_del_hash(unsigned char first, const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    h = (h ^ first) * 16777619u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return (h ^ (uint32_t)n) * 16777619u;
}

extern const pk__place_db pk__place_builtin_db;

/* Words of a name or text: lower-cased ASCII letter/digit runs; apostrophes
 * (' and U+2019) inside a run are dropped; everything else separates. Reads
 * s[*pos..len) and fills w; returns 0 at the end. */
int pk__place_next_word(pk__pword *w, const char *s, size_t len, size_t *pos);

/* core algorithms (place.c) */
pk_status pk__place_get(const pk__place_db *db, pk_place *out, pk_place_id id, pk_error *err);
pk_status pk__place_lookup(const pk__place_db *db, pk_place *out, pk_place_id *id, const char *code,
                           pk_error *err);
pk_status pk__place_children(const pk__place_db *db, pk_place_id *out, size_t cap, size_t *total,
                             pk_place_id parent, pk_error *err);
int pk__place_within(const pk__place_db *db, pk_place_id inner, pk_place_id outer);
size_t pk__place_count(const pk__place_db *db, int level);
pk_status pk__place_resolve(const pk__place_db *db, pk_place_resolution *out, pk_place_candidate *cands,
                            size_t cap, const char *name, const pk_place_options *opts, pk_error *err);
pk_status pk__place_find_in_text(const pk__place_db *db, pk_place_mention *out, size_t cap, size_t *total,
                                 const char *text, size_t len, const pk_place_options *opts, pk_error *err);
/* What a text search learns of the places a text names (by region and district: some 60 KB),
 * kept by a caller that searches many spans, so that each search clears only the counters the
 * one before set instead of zeroing them all. Allocate pk__place_kept_size() bytes (malloc's
 * alignment) and start them with pk__place_kept_init(); one search at a time uses it. */
typedef struct ctxcount pk__place_kept;
size_t pk__place_kept_size(void);
void pk__place_kept_init(pk__place_kept *kept);

/* The text search of pk__place_find_in_text() over words the caller has read:
 * words[0..nwords) are the words pk__place_next_word() reads from
 * text[0..len), in order, with start, end, len, tok and root set (root and
 * tok as pk__place_word_token() gives them; key, hash, cap and allcaps are not
 * read). The text must be valid UTF-8 without NUL bytes: not checked here. Saves
 * the caller who has read the words already (the text engine) a second reading.
 * kept: NULL, or the caller's pk__place_kept. */
pk_status pk__place_find_in_words(const pk__place_db *db, pk_place_mention *out, size_t cap, size_t *total,
                                  const char *text, size_t len, const pk__pword *words, size_t nwords,
                                  pk__place_kept *kept, const pk_place_options *opts, pk_error *err);
/* The token of a word's key (lower-case letters and digits, len bytes, 1..63 of them for a
 * token to be found) and its child of the trie root (*root, 0 if none): the tok and root of a
 * pk__pword. key is read in 8-byte blocks: give a 64-byte buffer whose bytes past len are zero.
 * -1 if the key is no token. */
int32_t pk__place_word_token(const pk__place_db *db, const char *key, size_t len, uint32_t *root);

pk_status pk__place_find_regions(const pk__place_db *db, pk_region_mention *out, size_t cap, size_t *total,
                                 const char *text, size_t len, unsigned flags, pk_error *err);

#endif
