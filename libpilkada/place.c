/* Four-level place registry: lookups, iteration, name resolution and text
 * search over a compiled place db (pk__place_db). Core code: the tables are
 * passed in, never referenced directly. No allocation; no global state. */
#include <stdio.h>
#include <limits.h>
#include <string.h>

#include "place_internal.h"

#if defined(__SSE2__)
#include <emmintrin.h> /* the deletion index's check bytes compared 16 at a time (del_matches()) */
#endif

/* ------------------------------------------------------------- words -- */

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

/* the word reader and the token lookup are inlined into the scanner's loop */
#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#define NOINLINE __attribute__((noinline))
#else
#define ALWAYS_INLINE inline
#define NOINLINE
#endif

static int is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* byte -> its lower-case form if it is an ASCII letter or digit, else 0 */
#define LC4(c) (c), (c) + 1, (c) + 2, (c) + 3
#define LC16(c) LC4(c), LC4((c) + 4), LC4((c) + 8), LC4((c) + 12)
static const unsigned char lower_alnum[256] = {
    [48] = '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
    [65] = 'a', LC16('b'), LC4('r'), LC4('v'), 'z',
    [97] = 'a', LC16('b'), LC4('r'), LC4('v'), 'z',
};

/* 8 bytes of a text as a little-endian number */
static inline uint64_t load_le64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

/* c as 8 bytes, the lowest first */
static inline void store_le64(char *p, uint64_t c)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    c = __builtin_bswap64(c);
#endif
    memcpy(p, &c, 8);
}


/* the index of the lowest set bit of m != 0 */
static inline size_t lowest_bit(uint64_t m)
{
#if defined(__GNUC__) || defined(__clang__)
    return (size_t)__builtin_ctzll(m);
#else
    size_t n = 0;
    while (!(m & 1u)) {
        m >>= 1;
        n++;
    }
    return n;
#endif
}

/* the index of the lowest byte of m != 0 that has its top bit set (m has no other bits set) */
static inline size_t first_set_byte(uint64_t m)
{
    return lowest_bit(m) >> 3;
}

/* the first letter or digit of u at or after byte i (len if none) */
static inline size_t word_start(const unsigned char *u, size_t i, size_t len)
{
    while (i < len && !lower_alnum[u[i]])
        i++;
    return i;
}

/* The bytes of a word from byte i of u (i <= len), eight at a time: *c receives the next at most eight in
 * lower case (a letter or digit in lower case is the byte | 0x20), the bytes past them 0; returns how many
 * (8: the word may go on past them). */
static ALWAYS_INLINE size_t word_chunk(const unsigned char *u, size_t i, size_t len, uint64_t *c)
{
    uint64_t v;
    if (i + 8 <= len) {
        v = load_le64(u + i);
    } else {
        unsigned char t[8] = {0};
        memcpy(t, u + i, len - i);
        v = load_le64(t);
    }
    uint64_t stop = ~pk__alnum_bytes(v) & (0x80 * PK__ONES8);
    *c = (v | 0x20 * PK__ONES8) & (((stop & (0 - stop)) >> 7) - 1); /* the bytes of the word */
    return first_set_byte(stop | (uint64_t)1 << 63) + (stop == 0); /* 8 if none stops */
}

/* The next word without its capitals (w->cap and w->allcaps are not set):
 * the scanner asks them of the few words that start a name (word_caps()).
 * The bytes are read eight at a time: a letter or digit in lower case is the
 * byte | 0x20, and the chunks of the key are hashed as they are read
 * (pk__place_key_hash()). Keys longer than the key buffer are never tokens;
 * their bytes past it are folded into the buffer (index & 63). */
static ALWAYS_INLINE int read_word(pk__pword *w, const char *s, size_t len, size_t *pos)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = word_start(u, *pos, len);
    if (i >= len) {
        *pos = len;
        return 0;
    }
    w->start = i;
    uint64_t h = PK__PLACE_HASH0;
    size_t kl = 0;
    int joined = 0; /* an apostrophe was dropped: the chunks of the text are not those of the key */
    _Static_assert(sizeof w->key == 64, "key index mask");
    for (;;) {
        /* a run of letters and digits, eight bytes at a time while the key has room for them */
        while (kl <= sizeof w->key - 8) {
            uint64_t c;
            size_t n = word_chunk(u, i, len, &c);
            store_le64(w->key + kl, c);
            if (n)
                h = pk__place_hash_chunk(h, c);
            kl += n;
            i += n;
            if (n < 8)
                goto run_end;
        }
        {
            unsigned char l;
            while (i < len && (l = lower_alnum[u[i]]) != 0) {
                w->key[kl++ & 63u] = (char)l;
                i++;
            }
            joined = 1; /* hashed below from the key (a key this long is never a token) */
        }
    run_end:
        if (i < len && u[i] == '\'' && kl && i + 1 < len && lower_alnum[u[i + 1]])
            i++;
        else if (i < len && u[i] == 0xE2 && kl && i + 3 < len && u[i + 1] == 0x80 && u[i + 2] == 0x99 &&
                 lower_alnum[u[i + 3]])
            i += 3; /* U+2019 right single quotation mark used as an apostrophe */
        else
            break;
        joined = 1;
    }
    w->end = i;
    w->len = (uint16_t)(kl < sizeof w->key ? kl : sizeof w->key);
    w->hash = joined ? pk__place_key_hash(w->key, w->len) : pk__place_hash_final(h);
    w->tok = -1;
    w->root = 0;
    *pos = i;
    return 1;
}

/* read_word() for the batches of a text search: a word of at most 63 bytes not followed by an apostrophe
 * (nearly every word) is read without the bookkeeping of joins and long keys; any other word is read again
 * from its start by read_word(). Same word; *pos may be left one past the byte that ends it (that byte is
 * no letter nor digit: the next word starts after it). */
static ALWAYS_INLINE int read_word_fast(pk__pword *w, const char *s, size_t len, size_t *pos)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = word_start(u, *pos, len);
    if (i >= len) {
        *pos = len;
        return 0;
    }
    const size_t start = i; /* the key is the bytes [start, i) in lower case */
    uint64_t h = PK__PLACE_HASH0;
    for (;;) {
        uint64_t c;
        size_t n = word_chunk(u, i, len, &c);
        store_le64(w->key + (i - start), c);
        if (n)
            h = pk__place_hash_chunk(h, c);
        i += n;
        if (n < 8)
            break;
        if (i - start > sizeof w->key - 8)
            goto again; /* 64 bytes or more */
    }
    if (i < len && (u[i] == '\'' || u[i] == 0xE2))
        goto again; /* maybe an apostrophe inside the word */
    w->start = start;
    w->end = i;
    w->len = (uint16_t)(i - start);
    w->hash = pk__place_hash_final(h);
    w->tok = -1;
    w->root = 0;
    *pos = i < len ? i + 1 : i;
    return 1;
again:
    *pos = start;
    return read_word(w, s, len, pos);
}

/* w->cap and w->allcaps of a word read from s */
static void word_caps(pk__pword *w, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c0 = u[w->start];
    w->cap = c0 >= 'A' && c0 <= 'Z';
    w->allcaps = 0;
    if (!(c0 >= 'a' && c0 <= 'z')) {
        size_t upper = 0, j = w->start;
        for (; j < w->end && !(u[j] >= 'a' && u[j] <= 'z'); j++)
            upper += u[j] >= 'A' && u[j] <= 'Z';
        w->allcaps = j == w->end && upper >= 2; /* every letter a capital, two or more of them */
    }
}

/* w->cap || w->allcaps (word_caps()) of the word at bytes [start, end) of s */
static int capitalised(const char *s, size_t start, size_t end)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[start] >= 'A' && u[start] <= 'Z')
        return 1;
    size_t upper = 0, j = start;
    for (; j < end && !(u[j] >= 'a' && u[j] <= 'z'); j++)
        upper += u[j] >= 'A' && u[j] <= 'Z';
    return j == end && upper >= 2;
}

int pk__place_next_word(pk__pword *w, const char *s, size_t len, size_t *pos)
{
    if (!read_word(w, s, len, pos))
        return 0;
    word_caps(w, s);
    return 1;
}

/* The flags of a trie node (PK__PN_*): the entries are sorted by id, whose top byte is the level. */
static uint32_t node_flags(const pk__place_db *db, uint32_t node)
{
    uint32_t e0 = db->n_entry[node], e1 = db->n_entry[node + 1];
    if (e0 == e1)
        return 0;
    return ((db->ents[e0].id >> 24) <= 4 ? PK__PN_NAME : 0) | ((db->ents[e1 - 1].id >> 24) == PK__PLACE_CUE ? PK__PN_CUE : 0);
}

/* memcmp(a, b, n) == 0 for a key of 1..63 bytes and a token of the pool,
 * eight bytes at a time: the pool is followed by PK__PLACE_POOL_PAD bytes
 * and a key by the rest of its 64-byte buffer, so both can be read past n
 * (those bytes are masked off). One compare for most words. */
static inline int same_key(const char *a, const char *b, size_t n)
{
    size_t j = 0;
    for (; j + 8 < n; j += 8)
        if (load_le64((const unsigned char *)a + j) != load_le64((const unsigned char *)b + j))
            return 0;
    uint64_t m = ~(uint64_t)0 >> (8 * (8 - (n - j)));
    return ((load_le64((const unsigned char *)a + j) ^ load_le64((const unsigned char *)b + j)) & m) == 0;
}

/* Is the token of slot sl (length len, 1..63) the key? The first 16 bytes are
 * compared within the slot (a key is read past len within its 64-byte buffer;
 * those bytes are masked off), the rest in the pool. */
static inline int slot_is_key(const pk__place_db *db, const uint32_t *sl, const char *key, size_t len)
{
    const unsigned char *k = (const unsigned char *)key;
    uint64_t d0 = load_le64(k) ^ ((uint64_t)sl[4] | (uint64_t)sl[5] << 32);
    if (len <= 8) /* len is 1..8 here; "& 63" keeps the shift defined even for a length of 0 */
        return (d0 & (~(uint64_t)0 >> ((8 * (8 - len)) & 63))) == 0;
    uint64_t d1 = load_le64(k + 8) ^ ((uint64_t)sl[6] | (uint64_t)sl[7] << 32);
    if (len <= PK__PLACE_TSLOT_KEY)
        return (d0 | (d1 & (~(uint64_t)0 >> (8 * (16 - len))))) == 0;
    return (d0 | d1) == 0 &&
           same_key(db->pool + (sl[3] >> 6) + PK__PLACE_TSLOT_KEY, key + PK__PLACE_TSLOT_KEY, len - PK__PLACE_TSLOT_KEY);
}

/* 1 if a key of this length and hash may be a token (the bit filter db->t_filter), 0 if it is none */
static inline uint32_t filter_bit(const uint32_t *filter, size_t len, uint32_t hash)
{
    uint32_t fb = pk__place_tfilter_bit(hash);
    return (uint32_t)(len - 1 < 63) & (filter[fb >> 5] >> (fb & 31));
}

static inline uint32_t tok_maybe(const pk__place_db *db, size_t len, uint32_t hash)
{
    return filter_bit(db->t_filter, len, hash);
}

static ALWAYS_INLINE int32_t tok_probe(const pk__place_db *db, const char *key, size_t len, uint32_t hash,
                                       uint32_t *root);

/* The token of a key (-1 if none); *root receives its child of the trie root with PK__PN_* flags (0 if none).
 * One slot of t_tab holds what is compared, so a word costs one cache line (and, past 16 bytes, those of its
 * token in the pool). */
static ALWAYS_INLINE int32_t tok_find_root(const pk__place_db *db, const char *key, size_t len, uint32_t hash,
                                           uint32_t *root)
{
    *root = 0;
    if (!tok_maybe(db, len, hash))
        return -1;
    return tok_probe(db, key, len, hash, root);
}

/* tok_find_root() of a key that passed tok_maybe() */
static ALWAYS_INLINE int32_t tok_probe(const pk__place_db *db, const char *key, size_t len, uint32_t hash,
                                       uint32_t *root)
{
    uint32_t h = hash & db->t_mask;
    for (;;) {
        const uint32_t *sl = db->t_tab + PK__PLACE_TSLOT * (size_t)h;
        if (!sl[1])
            return -1;
        if (sl[0] == hash && (sl[3] & 63u) == len && slot_is_key(db, sl, key, len)) {
            *root = sl[2];
            return (int32_t)(sl[1] - 1);
        }
        h = (h + 1) & db->t_mask;
    }
}

static int32_t tok_find(const pk__place_db *db, const char *key, size_t len, uint32_t hash)
{
    uint32_t root;
    return tok_find_root(db, key, len, hash, &root);
}

/* the child of a node (not the root) by a token, with its PK__PN_* flags; 0 if none */
static uint32_t edge_next(const pk__place_db *db, uint32_t node, uint32_t tok)
{
    uint32_t h = pk__place_edge_hash(node, tok) & db->e_mask;
    uint64_t key = (uint64_t)node | (uint64_t)tok << 21;
    for (;;) {
        uint64_t sl = db->e_tab[h];
        if (!sl)
            return 0;
        if ((sl & ((1ull << 42) - 1)) == key)
            return (uint32_t)((sl >> 42) & 0xFFFFFu) | (uint32_t)(sl >> 32 & (PK__PN_NAME | PK__PN_CUE));
        h = (h + 1) & db->e_mask;
    }
}

static uint32_t child_of(const pk__place_db *db, uint32_t node, uint32_t tok)
{
    if (node == 0)
        return db->t_root[tok];
    return edge_next(db, node, tok) & PK__PN_NODE;
}

/* ------------------------------------------------------------ names --- */

static const char *const level_names[] = {"any", "provinsi", "kabkota", "kecamatan", "desa"};

const char *pk_place_level_name(int level)
{
    return level >= 1 && level <= 4 ? level_names[level] : "?";
}

pk_status pk_place_level_parse(int *out, const char *name, pk_error *err)
{
    static const char *const extra[] = {"kabupaten", "kota", "distrik", "kelurahan", "village", "district"};
    static const int extra_level[] = {2, 2, 3, 4, 4, 3};
    if (out)
        *out = -1;
    if (!out || !name)
        return pk__fail(err, PK_EINVAL, out ? "name" : "out", "NULL argument");
    int l = pk__lookup_name(level_names, 5, name);
    if (l < 0) {
        int k = pk__lookup_name(extra, 6, name);
        l = k < 0 ? -1 : extra_level[k];
    }
    if (l < 0)
        return pk__fail(err, PK_EINVAL, "level", "unknown level '%s' (provinsi, kabkota, kecamatan, desa, any)", name);
    *out = l;
    return PK_OK;
}

const char *pk_place_kind_name(int kind)
{
    switch (kind) {
    case PK_PLACE_KIND_KECAMATAN: return "kecamatan";
    case PK_PLACE_KIND_DISTRIK: return "distrik";
    case PK_PLACE_KIND_KELURAHAN: return "kelurahan";
    case PK_PLACE_KIND_DESA: return "desa";
    case PK_PLACE_KIND_DESA_ADAT: return "desa_adat";
    default: return pk_region_kind_name(kind);
    }
}

/* ------------------------------------------------------------ places -- */

static int id_level(pk_place_id id)
{
    int l = (int)(id >> 24);
    return l >= 1 && l <= 4 ? l : 0;
}

static int id_valid(const pk__place_db *db, pk_place_id id)
{
    uint32_t i = PK__PLACE_INDEX(id);
    switch (id_level(id)) {
    case 1:
        return i < db->regions->nregions && db->regions->regions[i].kind == PK_REGION_PROVINSI;
    case 2:
        return i < db->regions->nregions && db->regions->regions[i].kind != PK_REGION_PROVINSI;
    case 3:
        return i < db->ndistricts;
    case 4:
        return i < db->nvillages;
    default:
        return 0;
    }
}

static uint32_t district_of_village(const pk__place_db *db, uint32_t v)
{
    return db->v_district[v];
}

static uint32_t province_of_region(const pk__place_db *db, uint32_t r)
{
    return db->r_province[r];
}

/* ancestors: a[1..4] (0 where the level is below the place) */
static inline void ancestors(const pk__place_db *db, pk_place_id id, pk_place_id a[5])
{
    memset(a, 0, 5 * sizeof *a);
    uint32_t i = PK__PLACE_INDEX(id);
    int l = id_level(id);
    a[l] = id;
    if (l == 4) {
        i = district_of_village(db, i);
        a[3] = PK__PLACE_ID(3, i);
        l = 3;
    }
    if (l == 3) {
        i = db->d_region[i];
        a[2] = PK__PLACE_ID(2, i);
        l = 2;
    }
    if (l == 2)
        a[1] = PK__PLACE_ID(1, province_of_region(db, i));
}

/* ancestors() of the place of a trie entry, from the district kept in the entry */
static inline void ancestors_ent(const pk__place_db *db, uint32_t e, pk_place_id a[5])
{
    const pk__place_ent *x = &db->ents[e];
    int l = (int)(x->id >> 24);
    if (l < PK_PLACE_KECAMATAN) {
        ancestors(db, x->id, a);
        return;
    }
    uint32_t r = db->d_region[x->district];
    a[0] = 0;
    a[4] = l == PK_PLACE_DESA ? x->id : 0;
    a[3] = PK__PLACE_ID(3, x->district);
    a[2] = PK__PLACE_ID(2, r);
    a[1] = PK__PLACE_ID(1, province_of_region(db, r));
}

size_t pk__place_count(const pk__place_db *db, int level)
{
    size_t prov = db->nprovinces;
    switch (level) {
    case 0:
        return db->regions->nregions + db->ndistricts + db->nvillages;
    case 1:
        return prov;
    case 2:
        return db->regions->nregions - prov;
    case 3:
        return db->ndistricts;
    case 4:
        return db->nvillages;
    default:
        return 0;
    }
}

int pk__place_within(const pk__place_db *db, pk_place_id inner, pk_place_id outer)
{
    if (!id_valid(db, inner) || !id_valid(db, outer))
        return 0;
    pk_place_id a[5];
    ancestors(db, inner, a);
    return a[id_level(outer)] == outer;
}

/* dotted code of a number with 6 or 10 digits */
static void fmt_code(char out[16], long long num, int ndigits)
{
    char d[10] = {0};
    for (int i = ndigits - 1; i >= 0; i--, num /= 10)
        d[i] = (char)('0' + num % 10);
    size_t n = 0;
    for (int i = 0; i < ndigits; i++) {
        if (i == 2 || i == 4 || i == 6)
            out[n++] = '.';
        out[n++] = d[i];
    }
    out[n] = '\0';
}

/* How a head is chosen, in English and Indonesian (pk_place_head_basis()). */
enum { HB_ELECTED, HB_JAKARTA, HB_CAMAT, HB_DESA, HB_KEL, HB_ADAT, HB_N };
static const char *const head_basis[HB_N][2] = {
    {"elected in the Pilkada (UU 10/2016)", "dipilih dalam Pilkada (UU 10/2016)"},
    {"appointed by the governor of Jakarta (administrative unit, no election)",
     "diangkat oleh Gubernur DKI Jakarta (wilayah administratif, tanpa pemilihan)"},
    {"appointed by the bupati/wali kota from civil servants (UU 23/2014 art. 224)",
     "diangkat oleh bupati/wali kota dari pegawai negeri sipil (UU 23/2014 Pasal 224)"},
    /* the term is 8 years since UU 3/2024 (signed 25 Apr 2024) amended UU 6/2014 art. 39(1); it was 6 */
    {"kepala desa elected by the villagers for 8 years (UU 6/2014 art. 31, 39 as amended by UU 3/2024)",
     "kepala desa dipilih oleh penduduk desa untuk 8 tahun (UU 6/2014 Pasal 31, 39 sebagaimana diubah UU 3/2024)"},
    {"lurah appointed by the bupati/wali kota from civil servants (PP 17/2018 art. 2 via UU 23/2014 art. 229)",
     "lurah diangkat oleh bupati/wali kota dari pegawai negeri sipil (PP 17/2018 Pasal 2; UU 23/2014 Pasal 229)"},
    /* a desa adat's head is chosen by adat law, as a provincial regulation sets it (UU 6/2014 art. 109; e.g.
     * Perda Provinsi Banten 2/2022 "Susunan Kelembagaan, Pengisian Jabatan, dan Masa Jabatan Kepala Desa Adat") */
    {"kepala desa adat chosen and serving as adat law and a provincial regulation set (UU 6/2014 art. 109)",
     "kepala desa adat diisi dan menjabat menurut hukum adat yang ditetapkan peraturan daerah provinsi (UU 6/2014 "
     "Pasal 109)"},
};

const char *pk_place_head_basis(const pk_place *place, pk_lang lang)
{
    return pk__text_in_lang(place ? place->head_basis : NULL, head_basis, HB_N, lang);
}

static pk_status check_version(unsigned v, unsigned current, const char *what, pk_error *err)
{
    if (v < 1 || v > current)
        return pk__fail(err, PK_EINVAL, what, "unknown %s version %u (1..%u)", what, v, current);
    return PK_OK;
}

static void clear_place(pk_place *out)
{
    unsigned v = out->version;
    memset(out, 0, sizeof *out);
    out->version = v;
}

pk_status pk__place_get(const pk__place_db *db, pk_place *out, pk_place_id id, pk_error *err)
{
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "NULL argument");
    pk_status s = check_version(out->version, PK_PLACE_VERSION, "place", err);
    if (s != PK_OK)
        return s;
    clear_place(out);
    if (!id_valid(db, id))
        return pk__fail(err, PK_ENOTFOUND, "id", "0x%08x is not a place id", (unsigned)id);
    pk_place_id a[5];
    ancestors(db, id, a);
    uint32_t i = PK__PLACE_INDEX(id);
    const pk_region *regs = db->regions->regions;
    out->id = id;
    out->level = id_level(id);
    out->province = &regs[PK__PLACE_INDEX(a[1])];
    out->region = out->level >= 2 ? &regs[PK__PLACE_INDEX(a[2])] : NULL;
    out->parent = out->level > 1 ? a[out->level - 1] : 0;
    out->district = out->level >= 3 ? a[3] : 0;
    int papua = out->province->code_num >= 91 && out->province->code_num <= 97;
    switch (out->level) {
    case 1:
    case 2: {
        const pk_region *r = &regs[i];
        out->kind = (int)r->kind;
        snprintf(out->code, sizeof out->code, "%s", r->code);
        out->code_num = r->code_num;
        out->name = r->name;
        static const char *const labels[] = {"Provinsi", "Kabupaten", "Kota", "Kabupaten Administrasi",
                                             "Kota Administrasi"};
        static const char *const heads[] = {"Gubernur", "Bupati", "Wali Kota", "Bupati", "Wali Kota"};
        out->kind_label = labels[r->kind];
        out->head = heads[r->kind];
        out->head_basis = head_basis[r->kind >= PK_REGION_KABUPATEN_ADMINISTRASI ? HB_JAKARTA : HB_ELECTED][0];
        break;
    }
    case 3:
        out->kind = papua ? PK_PLACE_KIND_DISTRIK : PK_PLACE_KIND_KECAMATAN;
        out->code_num = db->d_code[i];
        fmt_code(out->code, out->code_num, 6);
        out->name = db->pool + db->d_name[i];
        out->kind_label = papua ? "Distrik" : "Kecamatan";
        out->head = papua ? "Kepala Distrik" : "Camat";
        out->head_basis = head_basis[HB_CAMAT][0];
        break;
    default: {
        uint32_t d = PK__PLACE_INDEX(a[3]);
        unsigned suf = db->v_suffix[i];
        out->code_num = (long long)db->d_code[d] * 10000 + suf;
        fmt_code(out->code, out->code_num, 10);
        out->name = db->pool + db->v_name[i];
        if (suf / 1000 == 1) {
            out->kind = PK_PLACE_KIND_KELURAHAN;
            out->kind_label = "Kelurahan";
            out->head = "Lurah";
            out->head_basis = head_basis[HB_KEL][0];
        } else {
            out->kind = suf / 1000 == 3 ? PK_PLACE_KIND_DESA_ADAT : PK_PLACE_KIND_DESA;
            out->kind_label = suf / 1000 == 3 ? "Desa Adat" : papua ? "Kampung" : "Desa";
            out->head = suf / 1000 == 3 ? "Kepala Desa Adat" : "Kepala Desa";
            out->head_basis = head_basis[suf / 1000 == 3 ? HB_ADAT : HB_DESA][0];
        }
    }
    }
    return PK_OK;
}

pk_status pk__place_lookup(const pk__place_db *db, pk_place *out, pk_place_id *id, const char *code,
                           pk_error *err)
{
    if (id)
        *id = 0;
    if (out) {
        pk_status s = check_version(out->version, PK_PLACE_VERSION, "place", err);
        if (s != PK_OK)
            return s;
        clear_place(out);
    }
    if ((!out && !id) || !code)
        return pk__fail(err, PK_EINVAL, code ? "out" : "code", "NULL argument");
    long long v;
    size_t nd, b, e;
    int why = pk__code_digits(code, &v, &nd, &b, &e);
    if (why == PK__CODE_TOO_LONG)
        return pk__fail(err, PK_EPARSE, "code", "code is too long");
    if (why != PK__CODE_OK)
        return pk__fail(err, PK_EPARSE, "code", "'%.*s' is not a place code (35, 35.13, 35.13.01, "
                        "35.13.01.2001, or without dots)", (int)(e - b > 40 ? 40 : e - b), code + b);
    pk_place_id found = 0;
    if (nd == 2 || nd == 4) {
        const pk_region *r = NULL;
        uint16_t direct = db->regions->by_num[v]; /* v < 10000 */
        if (direct)
            r = &db->regions->regions[direct - 1];
        else if (pk__region_lookup_num(db->regions, &r, NULL, v, NULL) != PK_OK) /* old Papua codes */
            r = NULL;
        if (r)
            found = PK__PLACE_ID(r->kind == PK_REGION_PROVINSI ? 1 : 2, r->index);
    } else if (nd == 6 || nd == 10) {
        uint32_t dc = (uint32_t)(nd == 6 ? v : v / 10000);
        size_t lo = 0, hi = db->ndistricts;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (db->d_code[mid] < dc)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < db->ndistricts && db->d_code[lo] == dc) {
            if (nd == 6) {
                found = PK__PLACE_ID(3, lo);
            } else {
                uint32_t a = db->d_first_village[lo], z = db->d_first_village[lo + 1];
                uint16_t suf = (uint16_t)(v % 10000);
                while (a < z) {
                    uint32_t mid = (a + z) / 2;
                    if (db->v_suffix[mid] < suf)
                        a = mid + 1;
                    else
                        z = mid;
                }
                if (a < db->d_first_village[lo + 1] && db->v_suffix[a] == suf)
                    found = PK__PLACE_ID(4, a);
            }
        }
    } else {
        return pk__fail(err, PK_EPARSE, "code", "'%.*s' has %zu digits; a place code has 2, 4, 6 or 10",
                        (int)(e - b > 40 ? 40 : e - b), code + b, nd);
    }
    if (!found)
        return pk__fail(err, PK_ENOTFOUND, "code", "no place with code %.*s", (int)(e - b), code + b);
    if (id)
        *id = found;
    return out ? pk__place_get(db, out, found, err) : PK_OK;
}

pk_status pk__place_children(const pk__place_db *db, pk_place_id *out, size_t cap, size_t *total,
                             pk_place_id parent, pk_error *err)
{
    if (total)
        *total = 0;
    if (!total || (!out && cap))
        return pk__fail(err, PK_EINVAL, total ? "out" : "total", "NULL argument");
    if (!id_valid(db, parent))
        return pk__fail(err, PK_ENOTFOUND, "parent", "0x%08x is not a place id", (unsigned)parent);
    uint32_t i = PK__PLACE_INDEX(parent);
    int l = id_level(parent);
    size_t a = 0, z = 0;
    if (l == 1) {
        a = i + 1;
        z = a;
        while (z < db->regions->nregions && db->regions->regions[z].kind != PK_REGION_PROVINSI)
            z++;
    } else if (l == 2) {
        a = db->r_first_district[i];
        z = db->r_first_district[i + 1];
    } else if (l == 3) {
        a = db->d_first_village[i];
        z = db->d_first_village[i + 1];
    }
    for (size_t k = a; k < z; k++)
        if (k - a < cap)
            out[k - a] = PK__PLACE_ID(l + 1, k);
    *total = z - a;
    return PK_OK;
}

/* ------------------------------------------------------- text engine -- */

#define RING 64 /* words kept for look-ahead: > 2 * PK__PLACE_MAX_DEPTH + READ_BATCH */
#define READ_BATCH 31 /* words read past the one asked for */
#define CHAIN 4 /* cues kept before a name */
#define MAX_REGIONS 1024
#define MAX_DISTRICTS 8192

#define TOUCH_MAX 256
#define POSSIBLE_MAX 16 /* names with more candidates say nothing of where they are */

/* The counts of the context (below): how many different names named or could be a place, as 0, 1 or 2
 * (two or more: all a reader tells apart), two bits each in a byte per kab/kota or province (rc) and
 * per district (dc), so that a full clear zeroes fewer bytes */
#define CNT_REG 0u   /* rc: provinces and kab/kota named */
#define CNT_PREG 2u  /* rc: kab/kota that names could be or lie in */
#define CNT_SIB 4u   /* rc: names that could be districts of the kab/kota */
#define CNT_DIST 0u  /* dc: districts named */
#define CNT_PDIST 2u /* dc: districts that names could be or lie in */

typedef struct ctxcount {
    /* provinces and kab/kota named, by region index, and districts named: by how many different
     * names (CNT_REG, CNT_DIST) and the first of them (its trie node, low 16 bits; 0 for the
     * options' context). A name does not support itself: "Depok" twice in a text does not say that
     * Kota Depok is named, "Berbah, Cangkringan, Depok" does say Sleman is */
    uint8_t rc[MAX_REGIONS];
    uint8_t dc[MAX_DISTRICTS];
    uint16_t reg_node[MAX_REGIONS];
    uint16_t dist_node[MAX_DISTRICTS];
    /* sibling districts: per kab/kota, how many different names in the text
     * (weak ones too) could be one of its districts (CNT_SIB), and the first of them */
    uint32_t sib_node[MAX_REGIONS];
    /* kab/kota and districts that names of the text (with few candidates)
     * could be or lie in, resolved or not: how many different names (CNT_PREG, CNT_PDIST)
     * and the first of them (its trie node, low 16 bits). "Plumbungan Kecamatan
     * Sukodono": three districts are called Sukodono, one holds a Plumbungan;
     * "Kelurahan Babat, Kelurahan Air Itam": one district holds both */
    uint16_t preg_node[MAX_REGIONS];
    uint16_t pdist_node[MAX_DISTRICTS];
    /* every counter not zero lies below zreg (provinces and kab/kota) and zdist (districts): the
     * counts of the tables of the last clear (a search clears before it sets any, with the tables
     * it sets them for), or the whole arrays when what they hold is not known */
    size_t zreg, zdist;
    size_t ntouched;              /* counters set since the last clear; > TOUCH_MAX: too many to list */
    uint16_t touched[TOUCH_MAX];  /* their indexes: districts 0x8000 |, siblings 0x4000 |, possible
                                     districts 0xC000 |, possible kab/kota 0x6000 | */
} ctxcount;

/* count sh of byte a[i] (0, 1, or 2 for two or more) */
static inline unsigned cnt_get(const uint8_t *a, uint32_t i, unsigned sh)
{
    return (unsigned)a[i] >> sh & 3u;
}

/* one more name for count sh of a[i], whose first name was *first (the trie node, or its low 16 bits):
 * the first is kept; a name other than the first counts, up to 2 */
#define CNT_ADD(c, a, i, sh, first, node, tag, T)                                                               \
    do {                                                                                                         \
        unsigned v_ = cnt_get((a), (i), (sh));                                                                   \
        if (v_ == 0) {                                                                                           \
            if ((c)->ntouched++ < TOUCH_MAX)                                                                     \
                (c)->touched[(c)->ntouched - 1] = (uint16_t)((i) | (tag));                                       \
            (a)[i] = (uint8_t)((a)[i] | 1u << (sh));                                                             \
            (first) = (T)(node);                                                                                 \
        } else if (v_ == 1 && (first) != (T)(node)) {                                                            \
            (a)[i] = (uint8_t)((a)[i] + (1u << (sh)));                                                           \
        }                                                                                                        \
    } while (0)

/* what c holds is not known: its first clear zeroes all of it that tables of nreg regions and
 * ndist districts read (a search sets and reads no counter past its tables' counts; pass the
 * arrays' sizes when c may serve other tables later) */
static void ctx_unknown(ctxcount *c, size_t nreg, size_t ndist)
{
    c->ntouched = TOUCH_MAX + 1;
    c->zreg = nreg;
    c->zdist = ndist;
}

#define ZERO_BLOCK 256 /* MAX_REGIONS and MAX_DISTRICTS are multiples of it */

/* zero p[0..n) and up to the next multiple of ZERO_BLOCK, 64 bytes at a time: sizes known when
 * compiling, stored inline by vector registers (no call, no string instruction) */
static void zero_blocks(uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i += ZERO_BLOCK) {
        memset(p + i, 0, 64);
        memset(p + i + 64, 0, 64);
        memset(p + i + 128, 0, 64);
        memset(p + i + 192, 0, 64);
    }
}

/* zero every counter: the ones listed, or all of them below the bounds after an overflow; the
 * counters are then set for db's tables */
static void ctx_clear(const pk__place_db *db, ctxcount *c)
{
    if (c->ntouched > TOUCH_MAX) {
        zero_blocks(c->rc, c->zreg);
        zero_blocks(c->dc, c->zdist);
    } else {
        for (size_t i = 0; i < c->ntouched; i++) {
            uint16_t t = c->touched[i];
            if ((t & 0xC000u) == 0xC000u)
                c->dc[t & 0x1FFFu] &= (uint8_t)~(3u << CNT_PDIST);
            else if (t & 0x8000u)
                c->dc[t & 0x7FFFu] &= (uint8_t)~(3u << CNT_DIST);
            else if ((t & 0x6000u) == 0x6000u)
                c->rc[t & 0x1FFFu] &= (uint8_t)~(3u << CNT_PREG);
            else if (t & 0x4000u)
                c->rc[t & 0x3FFFu] &= (uint8_t)~(3u << CNT_SIB);
            else
                c->rc[t] &= (uint8_t)~(3u << CNT_REG);
        }
    }
    c->ntouched = 0;
    c->zreg = db->regions->nregions;
    c->zdist = db->ndistricts;
}

/* a name (trie node) that could be a district of kab/kota k */
static void ctx_sibling(ctxcount *c, uint32_t k, uint32_t node)
{
    CNT_ADD(c, c->rc, k, CNT_SIB, c->sib_node[k], node, 0x4000u, uint32_t);
}

static void ctx_inc(ctxcount *c, int district, uint32_t i, uint32_t node)
{
    if (district)
        CNT_ADD(c, c->dc, i, CNT_DIST, c->dist_node[i], node, 0x8000u, uint16_t);
    else
        CNT_ADD(c, c->rc, i, CNT_REG, c->reg_node[i], node, 0u, uint16_t);
}

/* Is this kab/kota or district named by a name other than the one at node? */
static int ctx_named_other(const ctxcount *c, int district, uint32_t i, uint32_t node)
{
    unsigned v = district ? cnt_get(c->dc, i, CNT_DIST) : cnt_get(c->rc, i, CNT_REG);
    return v >= 2 || (v == 1 && (district ? c->dist_node[i] : c->reg_node[i]) != (uint16_t)node);
}

/* a kab/kota or district that a name (trie node) of the text could be or lie in (inlined into ctx_found()) */
static ALWAYS_INLINE void ctx_possible(ctxcount *c, int district, uint32_t i, uint32_t node)
{
    if (district)
        CNT_ADD(c, c->dc, i, CNT_PDIST, c->pdist_node[i], node, 0xC000u, uint16_t);
    else
        CNT_ADD(c, c->rc, i, CNT_PREG, c->preg_node[i], node, 0x6000u, uint16_t);
}

/* Could a name other than the one at node be (or lie in) this kab/kota or district? */
static int ctx_possible_other(const ctxcount *c, int district, uint32_t i, uint32_t node)
{
    unsigned v = district ? cnt_get(c->dc, i, CNT_PDIST) : cnt_get(c->rc, i, CNT_PREG);
    return v >= 2 || (v == 1 && (district ? c->pdist_node[i] : c->preg_node[i]) != (uint16_t)node);
}

/* a word override for fuzzy re-scans */
typedef struct override {
    size_t word;  /* raw word index (before joins) */
    int32_t tok;  /* token to use */
    int join;     /* 1: the word and the next one are read as one word */
} override;

typedef struct scanner {
    const pk__place_db *db;
    const char *s;
    size_t len, pos;
    pk__pword ring[RING];
    size_t nread; /* words read so far */
    size_t raw;   /* raw words read so far (joins count two) */
    uint64_t roots; /* a text search's batches: bit k % RING set if word k of the ring starts a phrase (root) */
    int eof;
    const override *ov;
    size_t nov;
    /* a list after a level word ("Kecamatan Ngoro, Wonosalam dan Jombang"): the level (0: none),
     * its kind, the byte where the last item ended and the trie node of the first item (0: unknown) */
    int lists; /* 1: lists share their level word (the place search; not the region-only one) */
    int list_lv, list_kind;
    size_t list_start, list_end; /* list_start: the byte where its level word starts */
    uint32_t list_first;
    const pk__pword *words; /* the words of s read by the caller (pk__place_find_in_words), or NULL */
    size_t nwords;
    /* the name found before: its bytes [prev_start, prev_end), trie node and level word (kab_pair()) */
    size_t prev_start, prev_end;
    uint32_t prev_node;
    int prev_lv;
    int datelines; /* 1: the text scanned starts the text (a dateline can open it); 0: it is a tail */
    /* 1: a text (a text search, a context text), not a name to resolve: a phrase never spans the end of a
     * clause, and two words may be read as one name (joined_root()) */
    int text;
    int max_level; /* the deepest level searched (joined_root()): 4, or 2 for the region-only search */
} scanner;

static void scan_init(scanner *sc, const pk__place_db *db, const char *s, size_t len)
{
    sc->db = db;
    sc->s = s;
    sc->len = len;
    sc->pos = 0;
    sc->nread = 0;
    sc->raw = 0;
    sc->roots = 0;
    sc->eof = 0;
    sc->ov = NULL;
    sc->nov = 0;
    sc->lists = 1;
    sc->list_lv = sc->list_kind = 0;
    sc->list_start = sc->list_end = 0;
    sc->list_first = 0;
    sc->words = NULL;
    sc->nwords = 0;
    sc->prev_start = sc->prev_end = 0;
    sc->prev_node = 0;
    sc->prev_lv = 0;
    sc->datelines = 1;
    sc->text = 1;
    sc->max_level = PK_PLACE_DESA;
}

/* m rotated left by r % 64 bits */
static inline uint64_t rotl64(uint64_t m, size_t r)
{
    unsigned b = (unsigned)(r % 64);
    return b ? (m << b) | (m >> (64 - b)) : m;
}

/* bits [a, a + n) of a 64-bit ring (mod 64), n <= 64 */
static inline uint64_t ring_span(size_t a, size_t n)
{
    return rotl64(n >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1, a);
}

/* The batch of a text search (read_words() without overrides): word k and READ_BATCH words past it are read
 * into the ring, fewer calls, and the table slot of every word is fetched while the others are read, before
 * the filter says whether it is needed, so that the cache misses of a batch overlap. The filter of every word
 * is taken as it is read, then the table for the words it lets through: which words of a text are names is
 * unpredictable, a branch per word on it is costly. The tables and the ring are read from locals: the words'
 * bytes are stored as chars, which would make the compiler read them again for every word. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static void read_batch(scanner *sc, size_t k)
{
    if (sc->eof)
        return;
    if (k < SIZE_MAX - READ_BATCH)
        k += READ_BATCH;
    _Static_assert(RING == 64, "a batch (never more words than the ring) fits a 64-bit mask, sc->roots a bit per word");
    const pk__place_db *db = sc->db;
    const uint32_t *filter = db->t_filter, *tab = db->t_tab;
    const uint32_t tmask = db->t_mask;
    pk__pword *ring = sc->ring;
    const char *s = sc->s;
    const size_t first = sc->nread, len = sc->len;
    size_t n = first, pos = sc->pos;
    uint64_t maybe = 0, roots = 0;
    for (; n <= k; n++) {
        pk__pword *w = &ring[n % RING];
        if (!read_word_fast(w, s, len, &pos)) {
            sc->eof = 1;
            break;
        }
        uint32_t h = w->hash;
        PREFETCH(&tab[PK__PLACE_TSLOT * (size_t)(h & tmask)]);
        maybe |= (uint64_t)filter_bit(filter, w->len, h) << (n % RING); /* a bit per ring slot */
    }
    sc->pos = pos;
    sc->nread = sc->raw = n;
    for (; maybe; maybe &= maybe - 1) {
        size_t j = lowest_bit(maybe);
        pk__pword *w = &ring[j];
        w->tok = tok_probe(db, w->key, w->len, w->hash, &w->root);
        roots |= (uint64_t)(w->root != 0) << j;
    }
    sc->roots = (sc->roots & ~ring_span(first, n - first)) | roots; /* the bits of the batch's ring slots */
}

/* Read words up to word k (the slow part of word_at). */
static void read_words(scanner *sc, size_t k)
{
    const pk__place_db *db = sc->db;
    if (!sc->nov) {
        read_batch(sc, k);
        return;
    }
    while (sc->nread <= k && !sc->eof) {
        pk__pword *w = &sc->ring[sc->nread % RING];
        if (!read_word(w, sc->s, sc->len, &sc->pos)) {
            sc->eof = 1;
            break;
        }
        w->tok = tok_find_root(db, w->key, w->len, w->hash, &w->root);
        size_t raw = sc->raw++;
        for (size_t o = 0; o < sc->nov; o++) {
            if (sc->ov[o].word != raw)
                continue;
            pk__pword w2;
            if (sc->ov[o].join && pk__place_next_word(&w2, sc->s, sc->len, &sc->pos)) {
                sc->raw++;
                w->end = w2.end;
                for (size_t i = 0; i < w2.len && w->len < sizeof w->key; i++)
                    w->key[w->len++] = w2.key[i];
                w->hash = pk__place_key_hash(w->key, w->len);
            }
            w->tok = sc->ov[o].tok;
            uint32_t r = w->tok >= 0 ? db->t_root[w->tok] : 0;
            w->root = r ? r | node_flags(db, r) : 0;
        }
        sc->nread++;
    }
}

/* word k of the text (NULL past the end); words are read once, kept in the ring */
static inline const pk__pword *word_at(scanner *sc, size_t k)
{
    if (sc->words) /* the caller's words (the ring is never read: nread stays 0) */
        return k < sc->nwords ? &sc->words[k] : NULL;
    if (k < sc->nread) /* read already */
        return &sc->ring[k % RING];
    read_words(sc, k);
    return k < sc->nread ? &sc->ring[k % RING] : NULL;
}

/* The first word from k on that starts a phrase (its root is set), or one past the last word: the
 * words between start no name nor cue. Over the ring a batch at a time by its bits (sc->roots). */
static inline size_t next_root(scanner *sc, size_t k)
{
    if (sc->words) {
        while (k < sc->nwords && !sc->words[k].root)
            k++;
        return k;
    }
    if (sc->nov)
        return k; /* the resolver's words (overrides): read one at a time, no bits */
    for (;;) {
        if (k >= sc->nread) {
            if (sc->eof)
                return k;
            read_words(sc, k);
            continue;
        }
        size_t n = sc->nread - k; /* <= RING: words before nread - RING have left the ring */
        uint64_t m = rotl64(sc->roots, 64 - k % 64); /* bit 0: word k */
        if (n < 64)
            m &= ((uint64_t)1 << n) - 1;
        if (m)
            return k + lowest_bit(m);
        k = sc->nread;
    }
}

/* a found name with the cues before it */
typedef struct found {
    size_t start, name_start, end;
    size_t kstart;      /* start of the first cue that sets a level (else name_start) */
    uint32_t node;      /* trie node of the name */
    int cue_level;      /* pk_place_level or PK__CUE_LV_* ; 0 none */
    int cue_kind;       /* kind hint */
    int cue_local;      /* 1 + index of a level word that is the local name of the level (data: cues.csv
                           provinces), 0 if none */
    int has_cue;        /* any cue (also institutions) */
    int cap;            /* first word capitalised or all caps */
    int dateline;       /* 1: the dateline of the text (dateline_at()), or the name the context text's dateline is */
    /* A name that starts with a level word and is a place of the level the words say ("Desa Kampung Baru", a desa
     * of Sijunjung; the three fields fill holes of the struct): rest_node, the trie node of the words after the
     * level word when they too name a place of that level ("Kampung Baru": 46 desa), else 0; rest_cue, the level
     * word's cue node; rest_start, where the words after it start (0 if the name starts with no level word: a
     * resolution's span starts there, "Desa Beru" the desa is no longer a name than "Desa" and Beru) */
    uint32_t rest_node;
    size_t first_word;  /* index of the name's first word */
    size_t cue_word;    /* index of the first cue word (first_word if none) */
    size_t nwords;
    int listed;         /* 1: its level word is the one before the first item of its list */
    int paired;         /* 1: a bare name beside "Kabupaten" and the same name in a list (kab_pair()) */
    uint32_t qual_prov; /* 1 + the region index of a province named right after it (prov_after()), 0 none */
    uint32_t rest_cue;
    size_t lstart;      /* where a scan must start to find it as it is: its list's level word, or start */
    /* fitting() of the name, once judged (the same in every pass) */
    int judged, use_cue, weak;
    uint32_t rest_start; /* a byte of a text of at most PK_PLACE_TEXT_MAX bytes */
    int rest_office;     /* 1: the whole name's level word ends an office word ("Kepala Desa Beru": office_name()) */
    size_t nfit;
    uint64_t okmask;    /* bit j: entry n_entry[node] + j fits (entry_ok() with use_cue), j < 64 */
} found;
_Static_assert(PK_PLACE_TEXT_MAX <= UINT32_MAX, "found.rest_start holds a byte of the text");

static int entry_level(const pk__place_db *db, uint32_t e)
{
    return (int)(db->ents[e].id >> 24);
}

#define PAREN_WORDS 3 /* words of a short form in parentheses inside a name: "(OKU)" */

/* Is there only white space between bytes a and b of the text, then byte c (or, with c = 0, nothing)? */
static int only_space_then(const char *s, size_t a, size_t b, char c)
{
    size_t n = 0;
    for (; a < b; a++) {
        char x = s[a];
        if (x == c && !n)
            n = 1;
        else if (x != ' ' && x != '\t')
            return 0;
    }
    return c ? n : 1;
}

/* Word j opens a parenthesised short form of at most PAREN_WORDS words ("Ogan Komering Ulu (OKU)
 * Timur"): the index of the word after the closing parenthesis, else 0. Bounded: PAREN_WORDS words. */
static size_t after_paren(scanner *sc, size_t j)
{
    const pk__pword *w = word_at(sc, j), *p = j ? word_at(sc, j - 1) : NULL;
    if (!w || !p || !only_space_then(sc->s, p->end, w->start, '('))
        return 0;
    for (size_t k = j; k < j + PAREN_WORDS; k++) {
        const pk__pword *a = word_at(sc, k), *b = word_at(sc, k + 1);
        if (!a || !b)
            return 0;
        if (only_space_then(sc->s, a->end, b->start, ')'))
            return k + 1;
        if (!only_space_then(sc->s, a->end, b->start, 0))
            return 0; /* more than words and spaces in the parentheses */
    }
    return 0;
}

/* Is there a "(" among bytes [a, b) of s? (after_paren() needs one before its word) */
static inline int paren_in(const char *s, size_t a, size_t b)
{
    for (; a < b; a++)
        if (s[a] == '(')
            return 1;
    return 0;
}

/* Do the bytes [a, b) between two words of a text end a clause, so that no name spans them: a comma,
 * semicolon, "!" or "?", or a full stop after a word of four or more bytes (word_len; "Aceh. Tengah"),
 * not one after a short form ("Kep. Seribu", "P. Sidimpuan", "Kab. Aceh Besar"). Bounded by the gap. */
static int clause_ends(const char *s, size_t a, size_t b, size_t word_len)
{
    for (; a < b; a++) {
        char x = s[a];
        if (x == ',' || x == ';' || x == '!' || x == '?' || (x == '.' && word_len >= 4))
            return 1;
    }
    return 0;
}

/* Walk the trie from word i: longest place name and longest cue (in words of the text: a short form
 * in parentheses that the name goes on after is skipped, once). joined: 0, or the trie root (with its
 * PK__PN_* flags) of words i and i + 1 read as one word (joined_root()): the walk starts from it, and its
 * lengths count both words. In a text (sc->text) the words of a phrase never span the end of a clause
 * (clause_ends()). */
static void walk_from(scanner *sc, size_t i, uint32_t joined, size_t *name_len, uint32_t *name_node,
                      size_t *cue_len, uint32_t *cue_node)
{
    const pk__place_db *db = sc->db;
    uint32_t node = 0;
    size_t skip = joined != 0; /* words skipped (the first of a joined pair) */
    *name_len = *cue_len = 0;
    *name_node = *cue_node = 0;
    const pk__pword *prev = NULL; /* the word before w */
    for (size_t k = 0; k < PK__PLACE_MAX_DEPTH; k++) {
        if (k && !(db->n_kids[node >> 5] & (1u << (node & 31))))
            break; /* no phrase goes on from here */
        const pk__pword *w = word_at(sc, i + skip + k);
        if (!w)
            break;
        uint32_t c = 0;
        if (k == 0 && joined) {
            c = joined;
        } else if (w->tok >= 0) {
            uint32_t t = (uint32_t)w->tok;
            if (k && !(db->t_cont[t >> 5] & (1u << (t & 31))))
                c = 0; /* the word follows no other in a phrase */
            else
                c = k == 0 ? w->root : edge_next(db, node, t);
        }
        if (!c && k && !skip && paren_in(sc->s, prev->end, w->start)) {
            /* "Ogan Komering Ulu (OKU) Timur": the name goes on after the parentheses */
            size_t j = after_paren(sc, i + k);
            const pk__pword *x = j ? word_at(sc, j) : NULL;
            if (x && x->tok >= 0 && (db->t_cont[(uint32_t)x->tok >> 5] & (1u << ((uint32_t)x->tok & 31))))
                c = edge_next(db, node, (uint32_t)x->tok);
            if (c)
                skip = j - (i + k);
        }
        if (!c || (k && sc->text && clause_ends(sc->s, prev->end, w->start, prev->end - prev->start)))
            break; /* "Nagan Raya, Aceh, tengah": not Aceh Tengah */
        node = c & PK__PN_NODE;
        if (c & PK__PN_NAME) {
            *name_len = skip + k + 1;
            *name_node = node;
        }
        if (c & PK__PN_CUE) {
            *cue_len = skip + k + 1;
            *cue_node = node;
        }
        prev = w;
    }
}

static void walk(scanner *sc, size_t i, size_t *name_len, uint32_t *name_node, size_t *cue_len,
                 uint32_t *cue_node)
{
    walk_from(sc, i, 0, name_len, name_node, cue_len, cue_node);
}

/* Has trie node nn a place of a level from 1 to max_level? (the entries are sorted by level) */
static int node_has_place(const pk__place_db *db, uint32_t nn, int max_level)
{
    uint32_t e0 = db->n_entry[nn];
    if (e0 == db->n_entry[nn + 1])
        return 0;
    int lv = entry_level(db, e0);
    return lv >= 1 && lv <= max_level;
}

static inline int upper_at(const unsigned char *u, size_t i)
{
    return u[i] >= 'A' && u[i] <= 'Z';
}

/* Words i and i + 1 of a text read as one word, a spaced form of a registry name written as one word
 * ("Jember Kidul": the kelurahan Jemberkidul of Jember; "Kemlagi Lor": the desa Kemlagilor): both
 * start with a capital (or are in capitals), nothing but spaces or tabs between them. The joined key's child of the trie root with its
 * PK__PN_* flags, or 0. Bounded: a key of at most 64 bytes. */
static uint32_t joined_root(scanner *sc, size_t i)
{
    const unsigned char *u = (const unsigned char *)sc->s;
    const pk__pword *b = word_at(sc, i + 1), *a = word_at(sc, i);
    if (!a || !b || !upper_at(u, a->start) || !upper_at(u, b->start) || !only_space_then(sc->s, a->end, b->start, 0))
        return 0;
    char key[64];
    size_t n = 0;
    for (size_t j = a->start; j < b->end; j++) {
        if (j == a->end)
            j = b->start;
        unsigned char l = lower_alnum[u[j]];
        if (!l)
            continue; /* an apostrophe inside a word, as read_word() drops it */
        if (n == sizeof key)
            return 0; /* longer than any token */
        key[n++] = (char)l;
    }
    uint32_t root;
    if (tok_find_root(sc->db, key, n, pk__place_key_hash(key, n), &root) < 0)
        return 0;
    return root;
}

/* Does the candidate fit the level set by the cues? */
static int cue_fits(const pk__place_db *db, int cue_level, pk_place_id id)
{
    int l = id_level(id);
    switch (cue_level) {
    case PK__CUE_LV_ANY:
        return 1;
    case PK__CUE_LV_KABUPATEN:
    case PK__CUE_LV_KOTA: {
        if (l != 2)
            return 0;
        int k = (int)db->regions->regions[PK__PLACE_INDEX(id)].kind;
        return pk__region_kind_ok(cue_level == PK__CUE_LV_KABUPATEN ? PK_REGION_KABUPATEN : PK_REGION_KOTA, k);
    }
    case PK__CUE_LV_REGION:
        return l <= 2;
    default:
        return l == cue_level;
    }
}

/* The level a cue node sets (0 = none). */
static int cue_node_level(const pk__place_db *db, uint32_t cn)
{
    int lv = 0;
    for (uint32_t e = db->n_entry[cn]; e < db->n_entry[cn + 1]; e++)
        if (entry_level(db, e) == PK__PLACE_CUE && db->cues[PK__PLACE_INDEX(db->ents[e].id)].level)
            lv = db->cues[PK__PLACE_INDEX(db->ents[e].id)].level;
    return lv;
}

/* A name of nl words starts with a cue of cl words: is the cue followed by a
 * name of the level it sets, covering as many words? *rest, *rest_len: that name's trie node and words. */
static int cue_then_name(scanner *sc, size_t wi, size_t cl, uint32_t cn, size_t nl, uint32_t *rest, size_t *rest_len)
{
    int lv = cue_node_level(sc->db, cn);
    if (!lv)
        return 0;
    size_t nl2, cl2;
    uint32_t nn2, cn2;
    walk(sc, wi + cl, &nl2, &nn2, &cl2, &cn2);
    if (!nl2 || cl + nl2 < nl)
        return 0;
    for (uint32_t e = sc->db->n_entry[nn2]; e < sc->db->n_entry[nn2 + 1]; e++)
        if (entry_level(sc->db, e) <= 4 && cue_fits(sc->db, lv, sc->db->ents[e].id)) {
            *rest = nn2;
            *rest_len = nl2;
            return 1;
        }
    return 0;
}

/* The kind (PK_PLACE_KIND_*, 0 none) and the local-word index (1 + cue index, 0 none: "Kampung" in Papua)
 * that the cue at node cn says, as next_found() takes them from a cue before a name: kept when none */
static void cue_hints(const pk__place_db *db, uint32_t cn, int *kind, int *local)
{
    for (uint32_t e = db->n_entry[cn]; e < db->n_entry[cn + 1]; e++) {
        if (entry_level(db, e) != PK__PLACE_CUE)
            continue;
        const pk__place_cue *c = &db->cues[PK__PLACE_INDEX(db->ents[e].id)];
        if (c->kind)
            *kind = c->kind;
        if (c->prov[0])
            *local = (int)PK__PLACE_INDEX(db->ents[e].id) + 1;
    }
}

/* Is some place of the name at trie node nn of the level lv sets (cue_fits())? */
static int name_fits_level(const pk__place_db *db, uint32_t nn, int lv)
{
    for (uint32_t e = db->n_entry[nn]; e < db->n_entry[nn + 1]; e++)
        if (entry_level(db, e) <= 4 && cue_fits(db, lv, db->ents[e].id))
            return 1;
    return 0;
}

/* A name of places that starts with a level word (cue node cn): "Kampung Delima" (a desa), "Kota Padang" (a
 * kecamatan). The level word is both a level marker and the name's first word: the whole name is a place of
 * the level the words say, the level word's own or that of the chain before it (lv: "Camat Kota Padang";
 * 0 none), or of neither ("Kota Batu" the village, but Kota says kota). Returns that level (0: neither). */
static int name_at_cue_level(const pk__place_db *db, uint32_t nn, uint32_t cn, int lv)
{
    int own = cue_node_level(db, cn); /* not 0: cue_then_name() found a name of that level after it */
    if (lv && name_fits_level(db, nn, lv))
        return lv;
    return name_fits_level(db, nn, own) ? own : 0;
}

/* The kab/kota of an entry at district or village level (UINT32_MAX otherwise). */
static uint32_t entry_kab(const pk__place_db *db, uint32_t e)
{
    int l = entry_level(db, e);
    if (l == PK_PLACE_KECAMATAN)
        return db->d_region[PK__PLACE_INDEX(db->ents[e].id)];
    if (l == PK_PLACE_DESA)
        return db->d_region[db->ents[e].district];
    return UINT32_MAX;
}

#define LIST_GAP 12  /* bytes between two items of a list: ", ", " dan ", ", serta " */
#define LIST_ENTS 64 /* entries of a name compared for the narrowing: bounded work per name */

/* The n bytes g between two items of a list: white space, commas and at most one of "dan", "serta",
 * "hingga". *comma, *word: a comma, a conjunction. 0 if anything else stands there. */
static int list_sep(const char *g, size_t n, int *comma_out, int *word_out)
{
    size_t i = 0;
    int comma = 0, word = 0;
    while (i < n) {
        char c = g[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
        } else if (c == ',' && !word) {
            comma = 1;
            i++;
        } else if (!word) {
            static const char *const conj[] = {"dan", "serta", "hingga"};
            size_t j = i;
            while (j < n && g[j] != ' ' && g[j] != '\t' && g[j] != '\n' && g[j] != '\r')
                j++;
            int ok = 0;
            for (size_t k = 0; k < PK_ARRAY_LEN(conj) && !ok; k++) {
                size_t cl = strlen(conj[k]);
                ok = j - i == cl;
                for (size_t q = 0; ok && q < cl; q++)
                    ok = (g[i + q] | 0x20) == conj[k][q];
            }
            if (!ok)
                return 0;
            word = 1;
            i = j;
        } else {
            return 0;
        }
    }
    *comma_out = comma;
    *word_out = word;
    return comma || word;
}

/* Does the place of trie entry h (a province, kab/kota or kecamatan) contain a place of level lv named by
 * the name at trie node first? Bounded: LIST_ENTS entries of that name. */
static int list_contains(const pk__place_db *db, uint32_t h, uint32_t first, int lv)
{
    int hl = entry_level(db, h);
    uint32_t f0 = db->n_entry[first], f1 = db->n_entry[first + 1];
    for (uint32_t x = f0; x < f1 && x - f0 < LIST_ENTS; x++) {
        if (entry_level(db, x) != lv)
            continue;
        pk_place_id a[5];
        ancestors_ent(db, x, a);
        if (a[hl] == db->ents[h].id)
            return 1;
    }
    return 0;
}

/* Does the name at trie node nn, starting at byte start, go on the list of sc (same level)?
 * Only commas and one of "dan", "serta", "hingga" stand between it and the item before. After a
 * comma alone, a name that is also a place of a higher level containing a place of the first item
 * is taken as a qualifier ("Kecamatan Ngoro, Jombang": the kabupaten Jombang, where a Ngoro lies);
 * one that contains none is the next item ("Kepala Desa Arumanis, Sidomukti, dan Sukorukun": the
 * Kecamatan Sidomukti of Salatiga holds no Arumanis; issue 10). With the first item unknown (a
 * misspelt one) every such name is a qualifier, as before. And a name of the list must have a place
 * of the list's level in a kab/kota where the first item has one. */
static int list_goes_on(const scanner *sc, size_t start, uint32_t nn)
{
    const pk__place_db *db = sc->db;
    if (start < sc->list_end || start - sc->list_end > LIST_GAP)
        return 0;
    int comma, word;
    if (!list_sep(sc->s + sc->list_end, start - sc->list_end, &comma, &word))
        return 0;
    uint32_t e0 = db->n_entry[nn], e1 = db->n_entry[nn + 1];
    if (!word)
        for (uint32_t e = e0; e < e1 && entry_level(db, e) < sc->list_lv; e++) /* by id: higher levels first */
            if (!sc->list_first || list_contains(db, e, sc->list_first, sc->list_lv))
                return 0;
    if (!sc->list_first)
        return 1;
    uint32_t f0 = db->n_entry[sc->list_first], f1 = db->n_entry[sc->list_first + 1];
    for (uint32_t e = e0; e < e1 && e - e0 < LIST_ENTS; e++) {
        if (entry_level(db, e) != sc->list_lv)
            continue;
        uint32_t k = entry_kab(db, e);
        for (uint32_t x = f0; x < f1 && x - f0 < LIST_ENTS; x++)
            if (entry_level(db, x) == sc->list_lv && entry_kab(db, x) == k)
                return 1;
    }
    return 0;
}

#define DATELINE_LEAD 48 /* bytes before a dateline: an outlet name ("SERAMBINEWS.COM, SIGLI -") */

/* Datelines. A report opens with the place it is filed from written in capitals, then a comma, a dash or a
 * bar and the outlet: "SITUBONDO, Jawara Post—Panitia pengawas ..." (https://jawarapost.com/terkini/persempit-
 * kecurangan-dalam-pilkada-panwascam-jatibanteng-gelar-sosialisasi), "NGAWI, MEMORANDUM-Diduga melanggar ..."
 * (https://memorandum.disway.id/read/88181/kades-sambiroto-ngawi-dilaporkan-ke-bawaslu), "SERAMBINEWS.COM,
 * SIGLI - ..." (the outlet first). ANTARA writes the place as a name, then the outlet in parentheses:
 * "Wasior (ANTARA) - Kepolisian Resor (Polres) Teluk Wondama ..." (https://papuabarat.antaranews.com/berita/
 * 35919/polres-teluk-wondama-kerahkan-200-personel-amankan-pemilu-2024). Is the name at bytes [a, b) of s
 * such a dateline: at most DATELINE_LEAD bytes from the start with no lower-case letter before it, all its
 * letters capitals (at least 3) and a comma, dash (-, en or em dash) or bar after it, or a capital first and
 * "(" and three capitals after it? Bounded work: DATELINE_LEAD bytes and the name. */
static int dateline_at(const char *s, size_t len, size_t a, size_t b)
{
    if (a > DATELINE_LEAD || b > len || b - a > DATELINE_LEAD)
        return 0;
    for (size_t i = 0; i < a; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
    size_t caps = 0, lower = 0;
    for (size_t i = a; i < b; i++) {
        lower += s[i] >= 'a' && s[i] <= 'z';
        caps += s[i] >= 'A' && s[i] <= 'Z';
    }
    while (b < len && (s[b] == ' ' || s[b] == '\t'))
        b++;
    if (b + 3 < len && s[b] == '(' && s[a] >= 'A' && s[a] <= 'Z') { /* "Wasior (ANTARA)" */
        int outlet = 1;
        for (size_t i = b + 1; i < b + 4; i++)
            outlet &= s[i] >= 'A' && s[i] <= 'Z';
        return outlet;
    }
    if (lower || caps < 3 || b >= len)
        return 0;
    if (s[b] == ',' || s[b] == '-' || s[b] == '|')
        return 1;
    /* U+2013 en dash, U+2014 em dash */
    return b + 2 < len && (unsigned char)s[b] == 0xE2 && (unsigned char)s[b + 1] == 0x80 &&
           ((unsigned char)s[b + 2] == 0x93 || (unsigned char)s[b + 2] == 0x94);
}

/* The rules that look past a name (kota_suffix(), kab_pair(), prov_after()) walk from at most this many
 * words after the name's first word: the ring keeps every word from there to the end of that walk and
 * the batch read after it. */
#define AHEAD_MAX (RING - READ_BATCH - PK__PLACE_MAX_DEPTH - PAREN_WORDS - 2)
_Static_assert(AHEAD_MAX >= PK__PLACE_MAX_DEPTH + PAREN_WORDS + 4, "a name and a word or two after it");

/* "X Kota" after a name: the police write the resort of a city that shares its name with a kabupaten
 * with the level word after the name, "Polresta Jayapura Kota" (https://papua.tribunnews.com/2022/02/17/
 * pilkada-yalimo-papua-terlama-di-indonesia-dua-kali-psu-dan-hasilnya-kembali-digugat-ke-mk?page=2),
 * "Polresta Malang Kota": Kota X. Is word i the word "kota", after the name at trie node nn with only
 * spaces between (no list: "Kabupaten Jayapura, Kota Jayapura"), starting no name itself nor followed by
 * one ("Jayapura Kota Baru"), and is one candidate of the name a kota? Bounded: two walks. */
static int kota_suffix(scanner *sc, size_t base, size_t i, const pk__pword *last, uint32_t nn)
{
    const pk__place_db *db = sc->db;
    if (i + 1 > base + AHEAD_MAX)
        return 0;
    const pk__pword *w = word_at(sc, i);
    /* the word's text, not its key: the text engine's words (pk__place_find_in_words) carry no key */
    if (!w || w->len != 4 || w->end - w->start != 4 || !only_space_then(sc->s, last->end, w->start, 0))
        return 0;
    for (size_t k = 0; k < 4; k++)
        if ((sc->s[w->start + k] | 0x20) != "kota"[k])
            return 0;
    size_t nl, cl;
    uint32_t nd, cd;
    walk(sc, i, &nl, &nd, &cl, &cd);
    if (nl > 1) /* villages are called Kota: the word alone is the level word */
        return 0;
    walk(sc, i + 1, &nl, &nd, &cl, &cd);
    if (nl)
        return 0;
    for (uint32_t e = db->n_entry[nn]; e < db->n_entry[nn + 1] && entry_level(db, e) <= PK_PLACE_KABKOTA; e++)
        if (cue_fits(db, PK__CUE_LV_KOTA, db->ents[e].id))
            return 1;
    return 0;
}

/* Is the text from word i on a list separator then "Kabupaten" and the name at trie node nn? */
static int kab_next(scanner *sc, size_t base, size_t i, size_t from, uint32_t nn)
{
    for (size_t k = i; k < i + 2 && k + PK__PLACE_MAX_DEPTH <= base + AHEAD_MAX; k++) { /* the conjunction is a word */
        const pk__pword *w = word_at(sc, k);
        int comma, word;
        if (!w || w->start < from || w->start - from > LIST_GAP || !list_sep(sc->s + from, w->start - from, &comma, &word))
            continue;
        size_t nl, cl;
        uint32_t nd, cd;
        walk(sc, k, &nl, &nd, &cl, &cd);
        if (!cl || cl < nl || cue_node_level(sc->db, cd) != PK__CUE_LV_KABUPATEN)
            return 0;
        walk(sc, k + cl, &nl, &nd, &cl, &cd);
        return nl && nd == nn;
    }
    return 0;
}

/* A list of kabupaten/kota that names "Kabupaten X" and X alone beside it means the kota X by the bare
 * name (else the writer would not list both): "enam kabupaten/kota di wilayah Papua Barat Daya antara lain
 * Sorong, Kabupaten Sorong, Kabupaten Sorong Selatan" (https://prototypecast.com/polda-papua-barat-memastikan-
 * keamanan-dan-ketertiban-sosial-pasca-pemilu-di-13-daerah-berjalan-kondusif/2, Pemilu 2024) is Kota Sorong. The bare name at trie node nn, words [wi, wi + nl), last its last word: 2 if the item before
 * is "Kabupaten X" (the scan must start there to find it so), 1 if the item after is, 0 if neither or no
 * kota has the name. Bounded: three walks. */
static int kab_pair(scanner *sc, size_t wi, size_t nl, const pk__pword *first, const pk__pword *last, uint32_t nn)
{
    const pk__place_db *db = sc->db;
    int fit = 0;
    /* entries are sorted by id, whose top byte is the level: the kab/kota come before the rest */
    for (uint32_t e = db->n_entry[nn]; e < db->n_entry[nn + 1] && !fit && entry_level(db, e) <= PK_PLACE_KABKOTA; e++)
        fit = cue_fits(db, PK__CUE_LV_KOTA, db->ents[e].id);
    if (!fit)
        return 0;
    int comma, word;
    if (sc->prev_node == nn && sc->prev_lv == PK__CUE_LV_KABUPATEN && sc->prev_end <= first->start &&
        first->start - sc->prev_end <= LIST_GAP && list_sep(sc->s + sc->prev_end, first->start - sc->prev_end, &comma, &word))
        return 2;
    return kab_next(sc, wi, wi + nl, last->end, nn);
}

/* "X, Provinsi": a province named right after a name with a comma between narrows it to that province,
 * as the ANTARA dateline writes it: "Parigi, Sulteng (ANTARA) - Dewan Perwakilan Rakyat Daerah ..."
 * (https://sulteng.antaranews.com/berita/347669/dprd-umumkan-penetapan-bupati-dan-wakil-bupati-parigi-
 * moutong-lewat-paripurna) is Kecamatan Parigi of Parigi Moutong, not the province alone nor the Parigi
 * of Pangandaran. Word i on: the comma after last (the name's last word), then a name that is a
 * province: returns 1 + its region index, else 0. Bounded: one walk. */
static uint32_t prov_after(scanner *sc, size_t base, size_t i, const pk__pword *last)
{
    const pk__place_db *db = sc->db;
    size_t b = last->end;
    while (b < sc->len && (sc->s[b] == ' ' || sc->s[b] == '\t'))
        b++;
    if (b >= sc->len || sc->s[b] != ',' || i > base + AHEAD_MAX)
        return 0; /* most names: no comma after them */
    const pk__pword *w = word_at(sc, i);
    int comma, word;
    if (!w || w->start < last->end || w->start - last->end > LIST_GAP ||
        !list_sep(sc->s + last->end, w->start - last->end, &comma, &word) || !comma || word)
        return 0;
    size_t nl, cl;
    uint32_t nd, cd;
    walk(sc, i, &nl, &nd, &cl, &cd);
    if (!nl || cl >= nl)
        return 0;
    for (uint32_t e = db->n_entry[nd]; e < db->n_entry[nd + 1]; e++)
        if (entry_level(db, e) == PK_PLACE_PROVINSI)
            return PK__PLACE_INDEX(db->ents[e].id) + 1;
    return 0;
}

/* A name right after an office word that ends in a level word ("Kepala Desa Beru": Kepala Desa, then Beru),
 * where that level word and the name are a registry name of the level too (the desa called "Desa Beru" of
 * Brang Rea): the whole name is the other reading, as two_readings() ranks "Desa Beru" alone (issue 10). The
 * name of nl words at word wi, trie node nn, the chain's level clevel. Bounded: one walk. */
static void office_name(scanner *sc, size_t wi, size_t nl, uint32_t nn, int clevel, found *f)
{
    const pk__place_db *db = sc->db;
    size_t nl2, cl2;
    uint32_t nn2, cn2;
    walk(sc, wi - 1, &nl2, &nn2, &cl2, &cn2);
    if (cl2 != 1 || nl2 != nl + 1 || !cue_node_level(db, cn2))
        return;
    int lv = name_at_cue_level(db, nn2, cn2, clevel);
    if (!lv || !name_fits_level(db, nn, lv))
        return;
    f->rest_node = nn;
    f->rest_cue = cn2;
    f->rest_start = (uint32_t)f->name_start;
    f->rest_office = 1;
    f->node = nn2;
    f->name_start = word_at(sc, wi - 1)->start;
}

/* A name right after an office word that stands for an office and a level word ("Kades Beru": Kades is Kepala
 * Desa; data: cues.csv stands_for), where that level word and the name are a registry name of the level (the
 * desa called "Desa Beru" of Brang Rea): the whole name is the other reading, as office_name() offers it for
 * "Kepala Desa Beru". The name of nl words at word wi, trie node nn; cn the trie node of the cue right before it,
 * whose last word is word wi - 1; the chain's level clevel. Bounded: nl trie steps. */
static void abbrev_name(scanner *sc, size_t wi, size_t nl, uint32_t nn, uint32_t cn, int clevel, found *f)
{
    const pk__place_db *db = sc->db;
    unsigned lw = 0; /* 1 + the cue index of the level word the office word stands for */
    for (uint32_t e = db->n_entry[cn]; e < db->n_entry[cn + 1]; e++)
        if (entry_level(db, e) == PK__PLACE_CUE && db->cues[PK__PLACE_INDEX(db->ents[e].id)].stands)
            lw = db->cues[PK__PLACE_INDEX(db->ents[e].id)].stands;
    const pk__pword *abbr = word_at(sc, wi - 1), *first = word_at(sc, wi);
    if (!lw || !abbr || !first ||
        (sc->text && clause_ends(sc->s, abbr->end, first->start, abbr->end - abbr->start)))
        return;
    const char *ph = db->cues[lw - 1].phrase;
    size_t n = strlen(ph);
    uint32_t root, c = 0;
    if (tok_find_root(db, ph, n, pk__place_key_hash(ph, n), &root) < 0 || !(root & PK__PN_CUE))
        return;
    uint32_t ln = root & PK__PN_NODE, node = ln; /* the level word's node, then the name's words after it */
    for (size_t k = 0; k < nl; k++) {
        const pk__pword *w = word_at(sc, wi + k);
        if (!w || w->tok < 0 || !(db->n_kids[node >> 5] & (1u << (node & 31))))
            return;
        uint32_t t = (uint32_t)w->tok;
        if (!(db->t_cont[t >> 5] & (1u << (t & 31))) || !(c = edge_next(db, node, t)))
            return;
        node = c & PK__PN_NODE;
    }
    if (!(c & PK__PN_NAME))
        return;
    int lv = name_at_cue_level(db, node, ln, clevel);
    if (!lv || !name_fits_level(db, nn, lv))
        return;
    f->rest_node = nn;
    f->rest_cue = ln;
    f->rest_start = (uint32_t)f->name_start;
    f->rest_office = 1;
    f->node = node;
    f->name_start = abbr->start;
}

/* Scan the next name from word *wi on; returns 0 at the end of the text. */
static int next_found(scanner *sc, size_t *wi, found *f)
{
    const pk__place_db *db = sc->db;
    int clevel = 0, ckind = 0, clocal = 0, ncue = 0, levels[CHAIN], nlevels = 0;
    size_t cstart = 0, kstart = SIZE_MAX, cword = 0, lastcl = 0; /* lastcl: words of the last cue read */
    uint32_t lastcn = 0;                                             /* and its trie node */
    int lwname = 0; /* the level a level word that starts the name says of it ("Kampung Delima"); set only
                       right before the name is returned */
    f->rest_node = 0;
    f->rest_start = 0;
    f->rest_office = 0;
    for (;;) {
        if (!ncue) /* no cue chain: the words that start no phrase are ordinary words, skipped */
            *wi = next_root(sc, *wi);
        const pk__pword *w = word_at(sc, *wi);
        if (!w)
            return 0;
        size_t nl = 0, cl = 0;
        uint32_t nn = 0, cn = 0;
        if (w->root) { /* else no name or cue starts here */
            uint32_t r = w->root, node = r & PK__PN_NODE;
            if (db->n_kids[node >> 5] & (1u << (node & 31))) {
                walk(sc, *wi, &nl, &nn, &cl, &cn);
            } else { /* walk() of a word that no phrase goes on from */
                nl = (r & PK__PN_NAME) != 0;
                nn = nl ? node : 0;
                cl = (r & PK__PN_CUE) != 0;
                cn = cl ? node : 0;
            }
            if (nl == 1 && !cl && sc->text) {
                /* a one-word name whose word and the next are a longer name written as one word: that name
                 * ("Jember Kidul": the kelurahan Jemberkidul, not Jember; "Kota Baru" is a phrase, nl 2) */
                uint32_t jr = joined_root(sc, *wi);
                if (jr) {
                    size_t nl2, cl2;
                    uint32_t nn2, cn2;
                    walk_from(sc, *wi, jr, &nl2, &nn2, &cl2, &cn2);
                    if (nl2 > nl && node_has_place(db, nn2, sc->max_level)) {
                        nl = nl2;
                        nn = nn2;
                    }
                }
            }
        }
        if (cl && nl > cl) {
            size_t rl = 0;
            uint32_t rest = 0; /* the name after the level word */
            if (cue_then_name(sc, *wi, cl, cn, nl, &rest, &rl)) {
                /* the whole name when it covers as many words ("Desa Kampung Baru Ibul": Kampung Baru Ibul) */
                lwname = cl + rl == nl ? name_at_cue_level(db, nn, cn, clevel) : 0;
                if (!lwname) {
                    nl = 0; /* "Kota Batu": the cue Kota and the city Batu, not the village "Kota Batu" */
                } else { /* the name is returned below */
                    if (!clevel)
                        clevel = lwname; /* its level word says the level, as a cue before it would */
                    if (lwname == cue_node_level(db, cn))
                        cue_hints(db, cn, &ckind, &clocal); /* and the kind ("Desa Baru") and the local word */
                    if (name_fits_level(db, rest, lwname))
                        f->rest_node = rest; /* also a place of that level: the other reading */
                    f->rest_cue = cn;
                    f->rest_start = (uint32_t)word_at(sc, *wi + cl)->start;
                }
            }
        }
        if (cl && cl >= nl) {
            /* a cue: remember it and go on */
            if (!ncue) {
                cstart = w->start;
                cword = *wi;
            }
            ncue++;
            for (uint32_t e = db->n_entry[cn]; e < db->n_entry[cn + 1]; e++) {
                if (entry_level(db, e) != PK__PLACE_CUE)
                    continue;
                const pk__place_cue *c = &db->cues[PK__PLACE_INDEX(db->ents[e].id)];
                if (c->level != PK__CUE_LV_ANY) {
                    clevel = c->level;
                    /* an institution (Bawaslu, Polres) rules out the district and village levels but is
                     * no level word: the mention's level-word span starts after it, as before */
                    if (kstart == SIZE_MAX && !(c->role == PK__CUE_INSTITUTION && c->level == PK__CUE_LV_REGION))
                        kstart = w->start;
                    if (nlevels == CHAIN)
                        memmove(levels, levels + 1, (CHAIN - 1) * sizeof *levels);
                    levels[nlevels < CHAIN ? nlevels++ : CHAIN - 1] = c->level;
                }
                if (c->kind)
                    ckind = c->kind;
                if (c->prov[0])
                    clocal = (int)PK__PLACE_INDEX(db->ents[e].id) + 1;
            }
            *wi += cl;
            lastcl = cl;
            lastcn = cn;
            if (ncue > CHAIN) { /* too long a chain: keep the last cues only */
                ncue = CHAIN;
                cstart = w->start;
                cword = *wi - cl;
            }
            continue;
        }
        if (nl) {
            const pk__pword *last = word_at(sc, *wi + nl - 1);
            w = word_at(sc, *wi);
            int listed = !ncue && !lwname && sc->list_lv && list_goes_on(sc, w->start, nn);
            if (listed) {
                clevel = sc->list_lv;
                ckind = sc->list_kind;
            }
            /* an institution word that names a region without its kind (Polresta) leaves the suffix to say it */
            size_t sfx = (!clevel || clevel == PK__CUE_LV_REGION) && kota_suffix(sc, *wi, *wi + nl, last, nn);
            if (sfx) {
                clevel = PK__CUE_LV_KOTA;
                last = word_at(sc, *wi + nl);
                w = word_at(sc, *wi);
            }
            int paired = !clevel && !ncue ? kab_pair(sc, *wi, nl, w, last, nn) : 0;
            if (paired) {
                clevel = PK__CUE_LV_KOTA;
                last = word_at(sc, *wi + nl - 1);
                w = word_at(sc, *wi);
            }
            f->name_start = w->start;
            f->end = last->end;
            f->start = ncue ? cstart : w->start;
            f->kstart = kstart == SIZE_MAX ? w->start : kstart;
            f->node = nn;
            if (ncue && lastcl > 1 && !lwname) /* a one-word cue's walk found no longer name */
                office_name(sc, *wi, nl, nn, clevel, f);
            if (ncue && !lwname && !f->rest_office && lastcn)
                abbrev_name(sc, *wi, nl, nn, lastcn, clevel, f);
            /* "Kecamatan Kota Bangkalan": the last level word that some candidate fits */
            for (int j = sfx ? -1 : nlevels - 1; j >= 0; j--) { /* "X Kota" has said the level */
                int fits = 0;
                for (uint32_t e = db->n_entry[nn]; e < db->n_entry[nn + 1] && !fits; e++)
                    fits = entry_level(db, e) <= 4 && cue_fits(db, levels[j], db->ents[e].id);
                if (fits) {
                    clevel = levels[j];
                    break;
                }
            }
            f->cue_level = clevel;
            f->cue_kind = ckind;
            f->cue_local = clocal;
            f->has_cue = ncue > 0 || listed || sfx || paired || lwname;
            f->listed = listed;
            f->paired = paired != 0;
            f->qual_prov = prov_after(sc, *wi, *wi + nl + sfx, last);
            f->lstart = listed ? sc->list_start : paired == 2 ? sc->prev_start : f->start;
            if (sc->lists && (clevel == PK_PLACE_KECAMATAN || clevel == PK_PLACE_DESA)) {
                if (!listed) {
                    sc->list_first = nn;
                    sc->list_start = f->kstart;
                }
                sc->list_lv = clevel;
                sc->list_kind = ckind;
                sc->list_end = last->end;
            } else {
                sc->list_lv = 0;
            }
            f->cap = capitalised(sc->s, w->start, w->end);
            f->dateline = sc->datelines && !f->has_cue && f->name_start <= DATELINE_LEAD &&
                          dateline_at(sc->s, sc->len, f->name_start, f->end);
            f->first_word = *wi;
            f->cue_word = ncue ? cword : *wi;
            f->nwords = nl + sfx;
            f->judged = 0;
            f->use_cue = f->weak = 0;
            f->nfit = 0;
            f->okmask = 0;
            sc->prev_start = f->start;
            sc->prev_end = f->end;
            sc->prev_node = nn;
            sc->prev_lv = clevel;
            *wi += nl + sfx;
            return 1;
        }
        /* an ordinary word ends any cue chain; an unknown word right after a district or village
         * level word is taken as the (misspelt) first item of a list: "Kecamatan Lodokdombo dan Jombang" */
        if (sc->lists && ncue && (clevel == PK_PLACE_KECAMATAN || clevel == PK_PLACE_DESA) && w->tok < 0 &&
            w->len >= 3) {
            sc->list_lv = clevel;
            sc->list_kind = ckind;
            sc->list_end = w->end;
            sc->list_first = 0;
            sc->list_start = kstart;
        }
        ncue = 0;
        clevel = ckind = clocal = nlevels = 0;
        kstart = SIZE_MAX;
        (*wi)++;
    }
}

#define LISTED_MAX 8

typedef struct engine {
    const pk__place_db *db;
    unsigned flags;
    int level; /* options level filter */
    int max_level; /* 4, or 2 for the region-only search of pk_region_find_in_text() */
    int no_common; /* 1: common words need no capital (pk_region_find_in_text with ANY_CASE) */
    ctxcount *ctx;     /* what the other mentions tell (used for scoring when ctx_on) */
    ctxcount *out_ctx; /* where ctx_found() adds a mention's contribution */
    int ctx_on;
    /* the later items of the lists of the options' context text (resolve): their trie node,
     * level and kind, so that the name resolved as one of them shares their level word */
    int rec; /* 1: the pass over the context text records them */
    size_t nlisted;
    uint32_t listed_node[LISTED_MAX];
    int listed_lv[LISTED_MAX], listed_kind[LISTED_MAX];
    uint32_t dateline_node; /* the trie node of the context text's dateline (0: none) */
} engine;

/* candidate entries of a found name: fits options and cue; returns count of fitting entries */
static inline int entry_ok(const engine *en, const found *f, uint32_t e, int use_cue)
{
    const pk__place_db *db = en->db;
    int l = entry_level(db, e);
    if (l > 4)
        return 0;
    pk_place_id id = db->ents[e].id;
    if ((en->level && l != en->level) || l > en->max_level)
        return 0;
    if (use_cue && f->cue_level != PK__CUE_LV_ANY && !cue_fits(db, f->cue_level, id)) /* no level word: any place */
        return 0;
    if (!f->has_cue && (db->ents[e].flags & PK__PE_COMMON) && !f->cap && !en->no_common)
        return 0;
    if ((en->flags & PK_PLACE_CASE_SENSITIVE) && !f->has_cue && !f->cap)
        return 0;
    return 1;
}

/* A name as written with its level word ("Kabupaten Sampang" and "Kecamatan
 * Sampang" are two names, "Depok" twice is one): 16 bits, never 0 (the
 * options' context). Two names may share a key: then they do not support
 * each other, which errs on the side of no support. */
static uint16_t name_key(const found *f)
{
    uint32_t h = f->node * 0x9E3779B1u + (uint32_t)f->cue_level * 0x85EBCA77u;
    uint16_t k = (uint16_t)(h >> 16);
    return k ? k : 1;
}

/* count a place and its ancestors (up to the district) as named by the name with this key */
static void ctx_add_ancestors(ctxcount *ctx, const pk_place_id a[5], uint32_t node)
{
    for (int l = 1; l <= 3; l++)
        if (a[l])
            ctx_inc(ctx, l == 3, PK__PLACE_INDEX(a[l]), node);
}

/* the options' context place (node 0: no name) */
static void ctx_add_id(const pk__place_db *db, ctxcount *ctx, pk_place_id id)
{
    pk_place_id a[5];
    ancestors(db, id, a);
    ctx_add_ancestors(ctx, a, 0);
}

/* The candidates of a found name that fit the options and the level words
 * (or, when none does, the options alone: *use_cue = 0); returns their
 * number. *weak: only districts and villages fit and no level word (or a
 * level word that fits none of them) comes before the name. One pass over
 * the entries when the level words fit. */
static size_t fitting(const engine *en, const found *f, int *use_cue, int *weak, uint64_t *okmask)
{
    const pk__place_db *db = en->db;
    uint32_t e0 = db->n_entry[f->node], e1 = db->n_entry[f->node + 1];
    size_t n = 0;
    int region = 0;
    uint64_t mask = 0;
    *use_cue = 1;
    if ((en->flags & PK_PLACE_CASE_SENSITIVE) && !f->has_cue && !f->cap) {
        /* a name in lower case with no level word: entry_ok() turns down every entry, with the level words
         * or without (the text engine's bare words; "Sukamaju" names hundreds of villages) */
        *use_cue = !f->cue_level;
        *weak = 1;
        *okmask = 0;
        return 0;
    }
    for (uint32_t e = e0; e < e1; e++)
        if (entry_ok(en, f, e, 1)) {
            n++;
            region |= entry_level(db, e) <= 2;
            if (e - e0 < 64)
                mask |= (uint64_t)1 << (e - e0);
        }
    if (!n && f->cue_level) {
        *use_cue = 0;
        for (uint32_t e = e0; e < e1; e++)
            if (entry_ok(en, f, e, 0)) {
                n++;
                region |= entry_level(db, e) <= 2;
                if (e - e0 < 64)
                    mask |= (uint64_t)1 << (e - e0);
            }
    }
    *weak = !region && !(f->has_cue && *use_cue);
    *okmask = mask;
    return n;
}

/* Narrows inter[1..4] (the ancestors the tied candidates so far share, by level) to those entry e shares too;
 * the first candidate (*first set) sets them. Returns 0 when no level is left in common. */
static int meet_ancestors(const pk__place_db *db, uint32_t e, pk_place_id inter[5], int *first)
{
    pk_place_id a[5];
    ancestors_ent(db, e, a);
    if (*first) {
        memcpy(inter, a, 5 * sizeof *inter);
        *first = 0;
        return 1;
    }
    int any = 0;
    for (int l = 1; l <= 4; l++) {
        if (inter[l] != a[l])
            inter[l] = 0;
        any |= inter[l] != 0;
    }
    return any;
}

/* fitting() of a found name, computed once */
static size_t judge(const engine *en, found *f)
{
    if (!f->judged) {
        f->nfit = fitting(en, f, &f->use_cue, &f->weak, &f->okmask);
        f->weak &= !f->dateline; /* a dateline names a place: "KAYUAGUNG, oganilir.co -" */
        f->judged = 1;
    }
    return f->nfit;
}

/* entry_ok(en, f, e, f->use_cue) of a judged name, e0 = its first entry: from the mask for the first 64 */
static inline int fits(const engine *en, const found *f, uint32_t e, uint32_t e0)
{
    return e - e0 < 64 ? (int)((f->okmask >> (e - e0)) & 1u) : entry_ok(en, f, e, f->use_cue);
}

/* Every district g could name by its level words (weak ones too) counts as a sibling of name node `node`
 * in its kab/kota (at most 16 kab/kota): "Berbah, Cangkringan, Depok, Gamping" are districts of Sleman, so
 * Depok is one too. For ctx_found() and ctx_found_two(). */
static void note_sibling_districts(const engine *en, const found *g, uint32_t node)
{
    const pk__place_db *db = en->db;
    uint32_t seen[16];
    size_t ns = 0;
    uint32_t e0 = db->n_entry[g->node], e1 = db->n_entry[g->node + 1];
    /* entries are sorted by id, whose top byte is the level: the districts are one run */
    for (uint32_t e = e0; g->nfit && e < e1 && ns < 16; e++) {
        int l = entry_level(db, e);
        if (l > PK_PLACE_KECAMATAN)
            break;
        if (l != PK_PLACE_KECAMATAN || !fits(en, g, e, e0))
            continue; /* "Desa Kamal" is no sibling of the districts: its level word says so */
        uint32_t k = db->d_region[PK__PLACE_INDEX(db->ents[e].id)];
        int dup = 0;
        for (size_t q = 0; q < ns; q++)
            dup |= seen[q] == k;
        if (!dup) {
            seen[ns++] = k;
            ctx_sibling(en->out_ctx, k, node);
        }
    }
}


static inline double base_part(const engine *en, const found *f, uint32_t e, int use_cue);

static double score_of(const engine *en, const found *f, uint32_t e, int use_cue, int *support);

/* A name that starts with a level word and is a registry name ("Desa Beru", a desa of Sumbawa Barat) whose
 * level word opens the name's level words (no level word before it sets a level: "Desa Beru", not "Desa Desa
 * Beru" nor "Kepala Desa Kampung Baru") has two readings ranked together: the whole name, and the level word
 * then the words after it (a desa called Beru). The words alone do not tell which a reporter meant. */
static inline int two_readings(const found *f)
{
    return f->rest_node && (f->kstart == f->name_start || f->rest_office);
}

static int ctx_found_two(const engine *en, found *f, int *ret);

/* What a mention tells about the places around: the ancestors (and itself,
 * up to the district) of its best candidate, or, when several tie, only the
 * ancestors they share ("Bengkulu": the province). Weak mentions tell nothing
 * (they could be ordinary words or people). */
static int ctx_found(const engine *en, found *f)
{
    int ret;
    if (f->rest_node && two_readings(f) && ctx_found_two(en, f, &ret))
        return ret;
    size_t n = judge(en, f);
    int use_cue = f->use_cue, weak = f->weak;
    /* can it be a mention? not when no candidate fits, nor when it is weak and
     * neither capitalised nor asked for (the context cannot change that: see emit_found) */
    int may = n && (!weak || f->cap || (en->flags & PK_PLACE_WEAK));
    if (!n)
        return 0; /* no candidate fits: no sibling, nothing possible, no ancestors (below) */
    note_sibling_districts(en, f, f->node);
    /* a name with few candidates tells which kab/kota and districts may be named */
    if (may && n <= POSSIBLE_MAX) {
        const pk__place_db *db = en->db;
        for (uint32_t e = db->n_entry[f->node]; e < db->n_entry[f->node + 1]; e++) {
            int l = entry_level(db, e);
            if (l < PK_PLACE_KABKOTA || l > PK_PLACE_DESA || !fits(en, f, e, db->n_entry[f->node]))
                continue;
            uint32_t i = l == PK_PLACE_DESA ? db->ents[e].district : PK__PLACE_INDEX(db->ents[e].id);
            ctx_possible(en->out_ctx, l != PK_PLACE_KABKOTA, i, f->node);
        }
    }
    /* a weak mention tells something only when it is one place with a long
     * name ("Babakan Madang", "Ujungpangkah"), not an ordinary short word */
    if (!n || (weak && (n > 1 || (f->nwords < 2 && f->end - f->name_start < 10))))
        return may;
    const pk__place_db *db = en->db;
    double best = -1.0, kept[64]; /* the scores of the first entries (< 0: does not fit) */
    int sup;
    uint32_t e0 = db->n_entry[f->node], e1 = db->n_entry[f->node + 1];
    for (uint32_t e = e0; e < e1; e++) {
        double sc = -1.0;
        if (fits(en, f, e, e0)) {
            sc = en->ctx_on ? score_of(en, f, e, use_cue, &sup) : base_part(en, f, e, use_cue);
            if (sc > best)
                best = sc;
        }
        if (e - e0 < 64)
            kept[e - e0] = sc;
    }
    pk_place_id inter[5] = {0};
    int first = 1;
    for (uint32_t e = e0; e < e1; e++) {
        double sc;
        if (e - e0 < 64)
            sc = kept[e - e0];
        else if (!fits(en, f, e, e0))
            continue;
        else
            sc = en->ctx_on ? score_of(en, f, e, use_cue, &sup) : base_part(en, f, e, use_cue);
        if (sc < 0 || sc < best - 1e-9)
            continue;
        if (!meet_ancestors(db, e, inter, &first))
            return may; /* the tied candidates share nothing */
    }
    ctx_add_ancestors(en->out_ctx, inter, name_key(f));
    return may;
}

/* the highest raw score (all bonuses): scores are divided by it into 0..1 */
#define SCORE_MAX 1.68

static double base_score(int level)
{
    static const double b[] = {0, 0.80, 0.80, 0.60, 0.50};
    return b[level];
}

/* A dateline names the kabupaten/kota the report is filed from ("SITUBONDO, Jawara Post" is Kabupaten
 * Situbondo, not Kecamatan Situbondo beside the Jatibanteng of the text), or, when no kabupaten/kota has
 * the name, the district (the town: "WAISAI, iNews.id" is Distrik Kota Waisai, not the kelurahan Waisai
 * inside it). The kab/kota bonus outweighs every bonus a district can get from the text (0.75) plus the
 * 0.20 between the levels; the district one every bonus a village can get over its own district. */
static inline double dateline_part(const found *f, int level)
{
    if (!f->dateline)
        return 0.0;
    return level == PK_PLACE_KABKOTA ? 0.60 : level == PK_PLACE_KECAMATAN ? 0.30 : 0.0;
}

/* score of a candidate from the words alone */
static inline double base_part(const engine *en, const found *f, uint32_t e, int use_cue)
{
    const pk__place_db *db = en->db;
    pk_place_id id = db->ents[e].id;
    int l = id_level(id);
    double sc = base_score(l) + dateline_part(f, l);
    unsigned how = db->ents[e].flags & PK__PE_HOW_MASK;
    if (how == PK_PLACE_MATCH_ALIAS)
        sc -= 0.02;
    else if (how == PK_PLACE_MATCH_JOINED)
        sc -= 0.03;
    if (f->cue_level && use_cue)
        sc += 0.10;
    if (f->cue_kind && l == 4) {
        unsigned suf = db->ents[e].vkind;
        if ((f->cue_kind == PK_PLACE_KIND_KELURAHAN) == (suf == 1))
            sc += 0.03;
    }
    if (f->cue_local && use_cue && l >= PK_PLACE_KECAMATAN) {
        /* "Kampung Sima", "Distrik Yaur": the word the Papua provinces use ranks the places there first */
        uint32_t d = db->ents[e].district;
        int prov = db->regions->regions[province_of_region(db, db->d_region[d])].code_num;
        const uint8_t *pv = db->cues[f->cue_local - 1].prov;
        for (size_t k = 0; k < sizeof db->cues[0].prov && pv[k]; k++)
            if (pv[k] == prov) {
                sc += 0.03;
                break;
            }
    }
    return sc;
}

/* score of one candidate; *support = 1 if a kab/kota or district around it is named elsewhere. also_key,
 * also_node (0: none): the key and trie node of another reading of the same words, whose own contributions to
 * the context support nothing here either (the words after a name's level word: rest_reading()) */
static ALWAYS_INLINE double score_core(const engine *en, const found *f, uint32_t e, int use_cue, int *support,
                                       uint16_t also_key, uint32_t also_node)
{
    const pk__place_db *db = en->db;
    pk_place_id id = db->ents[e].id;
    double sc = base_part(en, f, e, use_cue);
    *support = 0;
    if (en->ctx_on) {
        pk_place_id a[5];
        ancestors_ent(db, e, a);
        if (id_level(id) == PK_PLACE_KECAMATAN && cnt_get(en->ctx->rc, db->d_region[PK__PLACE_INDEX(id)], CNT_SIB) >= 2)
            sc += 0.25; /* another name of the text is a district of the same kab/kota */
        static const double w[] = {0, 0.05, 0.20, 0.25};
        uint16_t key = name_key(f);
        for (int k = 1; k <= 3; k++) {
            if (!a[k])
                continue;
            uint32_t i = PK__PLACE_INDEX(a[k]);
            unsigned c = k == 3 ? cnt_get(en->ctx->dc, i, CNT_DIST) : cnt_get(en->ctx->rc, i, CNT_REG);
            if (c && k >= 2 && a[k] != id)
                *support = 1;
            if (k == 1 && f->qual_prov == PK__PLACE_INDEX(a[1]) + 1 && a[1] != id) {
                /* "Parigi, Sulteng": the places there first (above a district elsewhere: 0.10 + the
                 * province named, 0.05, > the 0.10 between the levels) */
                *support = 1;
                sc += 0.10;
            }
            if (c && ctx_named_other(en->ctx, k == 3, i, key) &&
                (!also_key || ctx_named_other(en->ctx, k == 3, i, also_key))) {
                sc += w[k];
            } else if (k >= 2 && a[k] != id && ctx_possible_other(en->ctx, k == 3, i, f->node) &&
                       (!also_node || ctx_possible_other(en->ctx, k == 3, i, also_node))) {
                /* another name could be its district or kab/kota: ranks it above its namesakes,
                 * never above a place of a higher level (0.05 + 0.02 < the 0.10 between levels) */
                sc += k == 3 ? 0.05 : 0.02;
            }
        }
    }
    return sc < SCORE_MAX ? sc : SCORE_MAX; /* a dateline and a qualifier together could pass it */
}

static double score_of(const engine *en, const found *f, uint32_t e, int use_cue, int *support)
{
    return score_core(en, f, e, use_cue, support, 0, 0);
}

/* insert into a ranked list (score desc, id asc) of at most cap (inlined: its callers' loops are hot) */
static ALWAYS_INLINE void rank_put(pk_place_candidate *list, size_t cap, size_t *n, pk_place_candidate c)
{
    size_t pos = *n;
    while (pos > 0 && (list[pos - 1].score < c.score || (list[pos - 1].score == c.score && list[pos - 1].id > c.id)))
        pos--;
    if (pos >= cap)
        return;
    size_t keep = *n < cap ? *n : cap - 1;
    for (size_t j = keep; j > pos; j--) /* a few entries: no call to memmove */
        list[j] = list[j - 1];
    list[pos] = c;
    if (*n < cap)
        (*n)++;
}

/* Does another name of the text or the context name a kab/kota or district around a place of the found name?
 * (also other than the name with key `also`: the same words read otherwise, as the context has them) */
static int reading_supported(const engine *en, const found *f, uint16_t also)
{
    const pk__place_db *db = en->db;
    int use_cue, weak;
    uint64_t mask;
    if (!fitting(en, f, &use_cue, &weak, &mask))
        return 0;
    uint16_t key = name_key(f);
    for (uint32_t e = db->n_entry[f->node]; e < db->n_entry[f->node + 1]; e++) {
        if (!entry_ok(en, f, e, use_cue))
            continue;
        pk_place_id a[5];
        ancestors_ent(db, e, a);
        for (int k = 2; k <= 3; k++)
            if (a[k] && a[k] != db->ents[e].id && ctx_named_other(en->ctx, k == 3, PK__PLACE_INDEX(a[k]), key) &&
                ctx_named_other(en->ctx, k == 3, PK__PLACE_INDEX(a[k]), also))
                return 1;
    }
    return 0;
}

/* The other reading of a name that starts with a level word (f->rest_node): the level word, then the places
 * the words after it name ("Desa Kampung Baru": Desa, then one of the 46 Kampung Baru). */
static void rest_reading(const pk__place_db *db, const found *f, found *g)
{
    *g = *f;
    g->node = f->rest_node;
    g->name_start = f->rest_start;
    g->rest_node = 0;
    g->judged = 0;
    cue_hints(db, f->rest_cue, &g->cue_kind, &g->cue_local); /* "Kampung" in Papua, as next_found() takes a cue */
}

/* A name that starts with a level word after a level word of its level ("Kepala Desa Kampung Baru", "Camat
 * Kota Padang") is read whole, unless the text supports none of its places and supports one of the words
 * after the level word. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline, cold))
#endif
static void level_word_reading_slow(const engine *en, found *f)
{
    const pk__place_db *db = en->db;
    uint16_t key = name_key(f);
    if (reading_supported(en, f, key))
        return;
    found g;
    rest_reading(db, f, &g);
    if (reading_supported(en, &g, key))
        *f = g;
}

/* rank_found() of a name read one way */
static ALWAYS_INLINE size_t rank_one(const engine *en, found *f, pk_place_candidate *list, size_t cap, size_t *nlist,
                                     int *weak, int *supported)
{
    const pk__place_db *db = en->db;
    size_t total = judge(en, f);
    int use_cue = f->use_cue;
    *weak = f->weak;
    *nlist = 0;
    *supported = 0;
    if (!total)
        return 0;
    uint32_t e0 = db->n_entry[f->node];
    for (uint32_t e = e0; e < db->n_entry[f->node + 1]; e++) {
        if (!fits(en, f, e, e0))
            continue;
        int sup;
        pk_place_candidate c = {db->ents[e].id, score_of(en, f, e, use_cue, &sup) / SCORE_MAX,
                                (pk_place_match_how)(db->ents[e].flags & PK__PE_HOW_MASK)};
        if (sup)
            *supported = 1;
        rank_put(list, cap, nlist, c);
    }
    return total;
}

/* Is the place of entry e (of reading g) one the whole reading f has among its candidates? ("Desa Adat Yoboi"
 * and its derived name Yoboi: one place, counted once.) The entries of a name are sorted by id and e goes up
 * through g's: *x walks up through f's from its first entry once (linear in both). */
static int whole_has(const engine *en, const found *f, uint32_t e, uint32_t *x)
{
    const pk__place_db *db = en->db;
    uint32_t f0 = db->n_entry[f->node], f1 = db->n_entry[f->node + 1];
    pk_place_id id = db->ents[e].id;
    while (*x < f1 && db->ents[*x].id < id)
        ++*x;
    for (uint32_t y = *x; y < f1 && db->ents[y].id == id; y++)
        if (fits(en, f, y, f0))
            return 1;
    return 0;
}

/* The two readings of a name (two_readings()), judged: w the whole name, g the level word then the rest. The
 * level word that starts the whole name is part of that name, not a word about the place: what it hints (a
 * desa rather than a kelurahan; the province where it is the local name of the level: "Kampung" in Papua,
 * "Gampong" in Aceh) is counted as fitting every place of the whole name (kind, local), which is scored
 * without them. A place called by the words after the level word scores the same only when the word fits
 * it as a level word. */
typedef struct readings {
    found w, g;
    int kind, local; /* the hints of the whole name's own level word (0: none) */
} readings;

static void readings_init(const engine *en, found *f, readings *rd)
{
    const pk__place_db *db = en->db;
    judge(en, f);
    rest_reading(db, f, &rd->g);
    judge(en, &rd->g);
    rd->w = *f;
    rd->kind = rd->local = 0;
    cue_hints(db, f->rest_cue, &rd->kind, &rd->local);
    if (rd->kind)
        rd->w.cue_kind = 0;
    if (rd->local)
        rd->w.cue_local = 0;
}

/* The score of entry e of reading k (0 the whole name, 1 the rest): what either reading added to the context
 * (ctx_found_two() adds it under the whole name's key and node) supports neither. */
static double two_score(const engine *en, const readings *rd, int k, uint32_t e, int *sup)
{
    const found *r = k ? &rd->g : &rd->w, *o = k ? &rd->w : &rd->g;
    *sup = 0;
    double sc = en->ctx_on ? score_core(en, r, e, r->use_cue, sup, name_key(o), o->node)
                           : base_part(en, r, e, r->use_cue);
    if (!k) { /* base_part()'s bonuses of a level word's kind and local name, as fitting */
        int l = entry_level(en->db, e);
        if (rd->kind && l == PK_PLACE_DESA)
            sc += 0.03;
        if (rd->local && r->use_cue && l >= PK_PLACE_KECAMATAN)
            sc += 0.03;
        sc = sc < SCORE_MAX ? sc : SCORE_MAX;
    }
    return sc;
}

/* rank_found() of a name with two readings (two_readings()): the candidates of both in one list, ranked by
 * the same scores, so that what the text and the context say decides (issue 10, round 12). The whole name
 * gets no bonus for being the longer match. Alone, "Desa Beru" scores the village named so and the two desa
 * called Beru alike (a level word that fits, its kind): the best tie and the name is ambiguous (ties go by
 * code, so the whole name is first only when the scores say so); "Kampung Delima" is the village named so
 * (a Delima of Jambi is no kampung: "Kampung" is the local word of Papua); "Desa Beru, Kecamatan Jereweh" is
 * the Beru there (its district and kab/kota named) and "Desa Kampung Baru, Kecamatan Pasie Raja" the
 * Kampung Baru there; "Desa Beru di Sumbawa Barat" names the kab/kota of both: ambiguous. *f is left as the
 * reading of the best candidate (its name_start). A place named both ways is counted once, as the whole name
 * names it. Returns 1 with the number of candidates in *total, or 0 when the rest fits none of the options
 * and level words (the whole name is then ranked alone, as any name). */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline, cold))
#endif
static int rank_two(const engine *en, found *f, pk_place_candidate *list, size_t cap, size_t *nlist, int *weak,
                    int *supported, size_t *total)
{
    const pk__place_db *db = en->db;
    readings rd;
    readings_init(en, f, &rd);
    size_t tw = rd.w.nfit, tr = rd.g.nfit;
    if (!tr)
        return 0; /* the rest fits none of the options and level words: the whole name alone, as ranked before */
    *weak = (!tw || rd.w.weak) && rd.g.weak;
    *nlist = 0;
    *supported = 0;
    double best[2] = {-1.0, -1.0};
    pk_place_id best_id[2] = {0, 0};
    size_t dups = 0;
    uint32_t x = db->n_entry[rd.w.node]; /* whole_has()'s walk */
    for (int k = 0; k < 2; k++) {
        const found *r = k ? &rd.g : &rd.w;
        uint32_t e0 = db->n_entry[r->node];
        for (uint32_t e = e0; (k ? tr : tw) && e < db->n_entry[r->node + 1]; e++) {
            if (!fits(en, r, e, e0))
                continue;
            if (k && tw && whole_has(en, &rd.w, e, &x)) {
                dups++;
                continue;
            }
            int sup;
            pk_place_candidate c = {db->ents[e].id, two_score(en, &rd, k, e, &sup) / SCORE_MAX,
                                    (pk_place_match_how)(db->ents[e].flags & PK__PE_HOW_MASK)};
            if (sup)
                *supported = 1;
            if (c.score > best[k] || (c.score == best[k] && c.id < best_id[k])) {
                best[k] = c.score;
                best_id[k] = c.id;
            }
            rank_put(list, cap, nlist, c);
        }
    }
    if (best[1] > best[0] || (best[1] == best[0] && best_id[1] < best_id[0]))
        *f = rd.g; /* the best candidate is one of the rest's (rank_put's order: score, then code) */
    *total = tw + tr - dups;
    return 1;
}

/* ctx_found() of a name with two readings: the siblings and possible places of both, and the ancestors the
 * best candidates of both share, all as the whole name's (key and node). Alone, "Desa Beru" tells nothing
 * of Sumbawa Barat (a Beru of Lamongan ties with it). Returns 0 when the rest fits none of the options and
 * level words (ctx_found() reads the whole name alone), else 1 with ctx_found()'s answer in *ret. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline, cold))
#endif
static int ctx_found_two(const engine *en, found *f, int *ret)
{
    const pk__place_db *db = en->db;
    readings rd;
    readings_init(en, f, &rd);
    if (!rd.g.nfit)
        return 0; /* the whole name alone (rank_two() does the same) */
    const found *const r[2] = {&rd.w, &rd.g};
    size_t n = rd.w.nfit + rd.g.nfit; /* a place named both ways counts twice: no more than POSSIBLE_MAX tell */
    int weak = (!rd.w.nfit || rd.w.weak) && rd.g.weak;
    int may = !weak || f->cap || (en->flags & PK_PLACE_WEAK);
    *ret = may;
    for (int k = 0; k < 2; k++) { /* as ctx_found() */
        uint32_t e0 = db->n_entry[r[k]->node], e1 = db->n_entry[r[k]->node + 1];
        note_sibling_districts(en, r[k], f->node);
        for (uint32_t e = e0; r[k]->nfit && may && n <= POSSIBLE_MAX && e < e1; e++) {
            int l = entry_level(db, e);
            if (l < PK_PLACE_KABKOTA || l > PK_PLACE_DESA || !fits(en, r[k], e, e0))
                continue;
            uint32_t i = l == PK_PLACE_DESA ? db->ents[e].district : PK__PLACE_INDEX(db->ents[e].id);
            ctx_possible(en->out_ctx, l != PK_PLACE_KABKOTA, i, f->node);
        }
    }
    if (weak && (n > 1 || (f->nwords < 2 && f->end - f->name_start < 10)))
        return 1;
    double best = -1.0;
    int sup;
    for (int k = 0; k < 2; k++) {
        uint32_t e0 = db->n_entry[r[k]->node];
        for (uint32_t e = e0; r[k]->nfit && e < db->n_entry[r[k]->node + 1]; e++) {
            double sc = fits(en, r[k], e, e0) ? two_score(en, &rd, k, e, &sup) : -1.0;
            if (sc > best)
                best = sc;
        }
    }
    pk_place_id inter[5] = {0};
    int first = 1;
    for (int k = 0; k < 2; k++) {
        uint32_t e0 = db->n_entry[r[k]->node];
        for (uint32_t e = e0; r[k]->nfit && e < db->n_entry[r[k]->node + 1]; e++) {
            if (!fits(en, r[k], e, e0) || two_score(en, &rd, k, e, &sup) < best - 1e-9)
                continue;
            if (!meet_ancestors(db, e, inter, &first))
                return 1; /* the tied candidates share nothing */
        }
    }
    ctx_add_ancestors(en->out_ctx, inter, name_key(f));
    return 1;
}

/* The readings of a name that starts with a level word (f->rest_node): both ranked into list (rank_two(),
 * returns 1 and the total in *total), or the one the context supports left in *f for rank_one() (returns 0) */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline, cold))
#endif
static int level_word_readings(const engine *en, found *f, pk_place_candidate *list, size_t cap, size_t *nlist,
                               int *weak, int *supported, size_t *total)
{
    if (two_readings(f))
        return rank_two(en, f, list, cap, nlist, weak, supported, total);
    if (en->ctx_on)
        level_word_reading_slow(en, f);
    return 0;
}

/* Rank the candidates of a found name into list[cap]; returns the number of
 * candidates (0 = not a mention); *weak_ok tells whether a weak mention is supported. */
static size_t rank_found(const engine *en, found *f, pk_place_candidate *list, size_t cap, size_t *nlist,
                         int *weak, int *supported)
{
    size_t total;
    if (f->rest_node && level_word_readings(en, f, list, cap, nlist, weak, supported, &total))
        return total;
    return rank_one(en, f, list, cap, nlist, weak, supported);
}

/* pk__utf8_valid() with an ASCII fast path: plain ASCII needs no decoding
 * (8 bytes at a time); each run of bytes >= 0x80 is checked alone (a run
 * between ASCII bytes must hold whole characters). */
static int utf8_ok(const char *text, size_t len, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        uint64_t v[4];
        if (i + 32 <= len && (memcpy(v, u + i, 32), !((v[0] | v[1] | v[2] | v[3]) & 0x8080808080808080ull))) {
            i += 32; /* ASCII: 32 bytes at a time, then 8 */
            continue;
        }
        if (i + 8 <= len && (memcpy(v, u + i, 8), !(v[0] & 0x8080808080808080ull))) {
            i += 8;
            continue;
        }
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && u[j] >= 0x80)
            j++;
        if (!pk__utf8_valid(text + i, j - i, bad)) {
            *bad += i;
            return 0;
        }
        i = j;
    }
    return 1;
}

static pk_status check_text(const char *text, size_t len, size_t max, pk_error *err)
{
    if (len > max)
        return pk__fail(err, PK_ETOOLONG, "text", "text of %zu bytes exceeds the limit of %zu", len, max);
    size_t bad = 0;
    if (!utf8_ok(text, len, &bad))
        return pk__fail_at(err, PK_EENCODING, NULL, 0, (long)bad, "text", "invalid UTF-8 at byte %zu", bad);
    const char *nul = memchr(text, '\0', len);
    if (nul)
        return pk__fail_at(err, PK_EENCODING, NULL, 0, (long)(nul - text), "text", "NUL byte at byte %zu",
                           (size_t)(nul - text));
    return PK_OK;
}

static pk_status check_opts(pk_place_options *o, const pk_place_options *opts, const pk__place_db *db,
                            pk_error *err)
{
    pk_place_options d = PK_PLACE_OPTIONS_INIT;
    *o = d;
    if (!opts)
        return PK_OK;
    pk_status s = check_version(opts->version, PK_PLACE_OPTIONS_VERSION, "options", err);
    if (s != PK_OK)
        return s;
    *o = *opts;
    if (o->level < 0 || o->level > 4 ||
        (o->flags & ~(PK_PLACE_CASE_SENSITIVE | PK_PLACE_WEAK | PK_PLACE_NO_FUZZY)))
        return pk__fail(err, PK_EINVAL, "opts", "bad option value (level %d, flags 0x%x)", o->level, o->flags);
    if (o->context && !id_valid(db, o->context))
        return pk__fail(err, PK_EINVAL, "opts", "context 0x%08x is not a place id", (unsigned)o->context);
    return PK_OK;
}

/* The engine scores with ctx; ctx starts with the options' context place. A ctx kept between
 * searches (kept = 1: pk__place_kept_init() or an earlier search left it) is cleared through its
 * list of counters set; any other is zeroed whole. */
static void engine_init(engine *en, const pk__place_db *db, const pk_place_options *o, ctxcount *ctx, int kept)
{
    en->db = db;
    en->flags = o->flags;
    en->level = o->level;
    en->ctx = ctx;
    en->out_ctx = ctx;
    en->ctx_on = 1;
    en->max_level = 4;
    en->no_common = 0;
    en->rec = 0;
    en->nlisted = 0;
    if (!kept) /* unknown content, used with these tables only: the first clear zeroes what they read */
        ctx_unknown(ctx, db->regions->nregions, db->ndistricts);
    en->dateline_node = 0;
    ctx_clear(db, ctx);
    if (o->context)
        ctx_add_id(db, ctx, o->context);
}

/* Keep a later item of a list of the context text (the first LISTED_MAX). */
static void listed_keep(engine *en, const found *f)
{
    if ((f->listed || f->paired) && en->nlisted < LISTED_MAX) {
        en->listed_node[en->nlisted] = f->node;
        en->listed_lv[en->nlisted] = f->cue_level;
        en->listed_kind[en->nlisted++] = f->cue_kind;
    }
}

/* The name the context text's dateline is, written without a level word, is that dateline: "NGAWI" in a
 * report opening "NGAWI, MEMORANDUM-Diduga melanggar netralitas, Kepala Desa Sambiroto, Kecamatan Padas"
 * is the kabupaten the report is filed from. */
static void dateline_apply(const engine *en, found *f)
{
    if (!f->has_cue && !f->dateline && en->dateline_node && f->node == en->dateline_node) {
        f->dateline = 1;
        f->judged = 0;
    }
}

/* A name without a level word that the context text lists after one ("Jombang" in "Kecamatan
 * Ledokombo dan Jombang") takes that level word's level. */
static void listed_apply(const engine *en, found *f)
{
    dateline_apply(en, f);
    if (f->has_cue)
        return;
    for (size_t i = 0; i < en->nlisted; i++)
        if (en->listed_node[i] == f->node) {
            f->cue_level = en->listed_lv[i];
            f->cue_kind = en->listed_kind[i];
            f->has_cue = 1;
            f->judged = 0;
            return;
        }
}

/* A pass over a text adding what every mention tells to en->out_ctx,
 * judging the mentions by the words alone (ctx_on 0) or also by en->ctx. */
static void ctx_pass(engine *en, const char *text, size_t len, const override *ov, size_t nov, int is_text)
{
    scanner sc;
    scan_init(&sc, en->db, text, len);
    sc.ov = ov;
    sc.nov = nov;
    sc.text = is_text; /* 0: the name resolved */
    sc.max_level = en->max_level;
    sc.lists = en->max_level >= PK_PLACE_KECAMATAN;
    size_t wi = 0;
    found f;
    if (en->rec)
        en->dateline_node = 0;
    while (next_found(&sc, &wi, &f)) {
        if (en->rec && f.dateline)
            en->dateline_node = f.node;
        if (en->rec)
            listed_keep(en, &f);
        else
            listed_apply(en, &f);
        ctx_found(en, &f);
    }
}

/* The context of the text pass(es): by the words alone into ctx. */
static void ctx_text(engine *en, const char *text, size_t len)
{
    en->ctx_on = 0;
    en->out_ctx = en->ctx;
    ctx_pass(en, text, len, NULL, 0, 1);
    en->ctx_on = 1;
}

/* Rank a found name; when it is a mention, write it to out[*n] (if *n < cap) and count it. */
static void emit_found(const engine *en, found *f, pk_place_mention *out, size_t cap, size_t *n)
{
    const pk__place_db *db = en->db;
    pk_place_candidate list[PK_PLACE_MENTION_CANDIDATES];
    size_t nlist;
    int weak, supported;
    size_t t = rank_found(en, f, list, PK_PLACE_MENTION_CANDIDATES, &nlist, &weak, &supported);
    if (!t || !nlist)
        return;
    if (weak && !(en->flags & PK_PLACE_WEAK) && !(supported && f->cap))
        return;
    if (*n < cap) {
        pk_place_mention *m = &out[*n];
        memset(m, 0, sizeof *m);
        m->start = f->start;
        m->name_start = f->name_start;
        m->end = f->end;
        m->id = list[0].id;
        m->level = id_level(list[0].id);
        m->cue_level = f->cue_level == PK__CUE_LV_KABUPATEN || f->cue_level == PK__CUE_LV_KOTA ? 2
                       : f->cue_level == PK__CUE_LV_REGION                                   ? 0
                                                                                             : f->cue_level;
        m->ambiguous = nlist > 1 && list[0].score == list[1].score;
        m->how = list[0].how;
        pk_place_id a[5];
        ancestors(db, list[0].id, a);
        m->region = &db->regions->regions[PK__PLACE_INDEX(a[2] ? a[2] : a[1])];
        m->total = t;
        m->ncandidates = nlist;
        memcpy(m->candidates, list, nlist * sizeof *list);
    }
    (*n)++;
}

#define PREFETCH_AHEAD 8
#define FOUND_BLOCK 32 /* names found, then judged, together (pass 1 of a text search) */

/* the trie node of a found name kept in a mention's candidates */
static uint32_t found_node(const pk_place_mention *m)
{
    uint32_t node;
    memcpy(&node, (const char *)m->candidates + offsetof(found, node), sizeof node);
    return node;
}

/* The scanner of a text search: over the text, or over the caller's words of it (words != NULL). */
static void scan_words(scanner *sc, const pk__place_db *db, const char *text, size_t len, const pk__pword *words,
                       size_t nwords)
{
    scan_init(sc, db, text, len);
    sc->words = words;
    sc->nwords = nwords;
}

/* The text search of pk__place_find_in_text() and pk__place_find_in_words() (arguments checked). */
static pk_status find_in(const pk__place_db *db, pk_place_mention *out, size_t cap, size_t *total, const char *text,
                         size_t len, const pk__pword *words, size_t nwords, pk__place_kept *kept,
                         const pk_place_options *opts, pk_error *err)
{
    if (total)
        *total = 0;
    if (!total || !text || (!out && cap) || (!words && nwords))
        return pk__fail(err, PK_EINVAL, !total ? "total" : !text ? "text" : !words && nwords ? "words" : "out",
                        "NULL argument");
    pk_place_options o;
    pk_status s = check_opts(&o, opts, db, err);
    if (s == PK_OK && !words)
        s = check_text(text, len, PK_PLACE_TEXT_MAX, err);
    if (s != PK_OK)
        return s;
    if (db->regions->nregions > MAX_REGIONS || db->ndistricts > MAX_DISTRICTS)
        return pk__fail(err, PK_ERANGE, "db", "place tables too large");
    /* local is zeroed by engine_init() (kept 0: the first clear zeroes all), which cppcheck cannot see */
    /* cppcheck-suppress uninitvar */
    ctxcount local, *ctx = kept ? kept : &local;
    engine en;
    engine_init(&en, db, &o, ctx, kept != NULL);

    /* Pass 1 adds what every mention tells to the context and keeps the first
     * `cap` names found in the caller's array (in the candidates' space, which
     * is overwritten when they are ranked). Names past the array are found
     * again by a second scan from the first of them. */
    _Static_assert(sizeof(found) <= sizeof(((pk_place_mention *)0)->candidates), "a found name fits in a mention");
    en.ctx_on = 0;
    size_t nbuf = 0, resume = SIZE_MAX, resume_at = SIZE_MAX;
    {
        /* The names are found a block at a time and then judged: the trie entries of the whole
         * block are fetched (their index in n_entry as each name is found, then the entries)
         * before the first is judged, so that on a long text their cache misses overlap. The
         * judging of pass 1 reads nothing of the context, so the order of the adds is unchanged. */
        scanner sc;
        scan_words(&sc, db, text, len, words, nwords);
        size_t wi = 0;
        found blk[FOUND_BLOCK];
        size_t nb;
        do {
            for (nb = 0; nb < FOUND_BLOCK && next_found(&sc, &wi, &blk[nb]); nb++)
                PREFETCH(&db->n_entry[blk[nb].node]);
            for (size_t k = 0; k < nb; k++)
                PREFETCH(&db->ents[db->n_entry[blk[k].node]]);
            for (size_t k = 0; k < nb; k++) {
                if (!ctx_found(&en, &blk[k]))
                    continue; /* never a mention, whatever the context: keep the array for the others */
                if (nbuf < cap)
                    memcpy(out[nbuf++].candidates, &blk[k], sizeof blk[k]);
                else if (resume == SIZE_MAX) {
                    resume = blk[k].lstart; /* a later item of a list: from its level word on */
                    resume_at = blk[k].start;
                }
            }
        } while (nb == FOUND_BLOCK);
    }
    en.ctx_on = 1;

    size_t n = 0;
    for (size_t k = 0; k < nbuf; k++) {
        /* the entries of the names a few places ahead are fetched while this one is ranked (their
         * index in n_entry first, then the entries): on a long text they have left the cache */
        if (k + PREFETCH_AHEAD < nbuf)
            PREFETCH(&db->n_entry[found_node(&out[k + PREFETCH_AHEAD])]);
        if (k + PREFETCH_AHEAD / 2 < nbuf)
            PREFETCH(&db->ents[db->n_entry[found_node(&out[k + PREFETCH_AHEAD / 2])]]);
        found f;
        memcpy(&f, out[k].candidates, sizeof f);
        emit_found(&en, &f, out, cap, &n);
    }
    if (resume != SIZE_MAX) { /* the names past the array: scan again from the first of them */
        scanner sc;
        size_t shift = resume, j = 0;
        if (words) { /* the caller's words from that byte on (offsets from text as they are) */
            while (j < nwords && words[j].start < resume)
                j++;
            shift = 0;
        }
        scan_words(&sc, db, text + shift, len - shift, words ? words + j : NULL, nwords - j);
        sc.datelines = resume == 0;
        size_t wi = 0;
        found f;
        while (next_found(&sc, &wi, &f)) {
            f.start += shift;
            f.name_start += shift;
            f.end += shift;
            f.kstart += shift;
            if (f.start < resume_at)
                continue; /* kept in the array */
            emit_found(&en, &f, out, cap, &n);
        }
    }
    *total = n;
    return PK_OK;
}

pk_status pk__place_find_in_text(const pk__place_db *db, pk_place_mention *out, size_t cap, size_t *total,
                                 const char *text, size_t len, const pk_place_options *opts, pk_error *err)
{
    return find_in(db, out, cap, total, text, len, NULL, 0, NULL, opts, err);
}

pk_status pk__place_find_in_words(const pk__place_db *db, pk_place_mention *out, size_t cap, size_t *total,
                                  const char *text, size_t len, const pk__pword *words, size_t nwords,
                                  pk__place_kept *kept, const pk_place_options *opts, pk_error *err)
{
    if (len > PK_PLACE_TEXT_MAX)
        return pk__fail(err, PK_ETOOLONG, "text", "text of %zu bytes exceeds the limit of %zu", len,
                        (size_t)PK_PLACE_TEXT_MAX);
    return find_in(db, out, cap, total, text, len, words, nwords, kept, opts, err);
}

size_t pk__place_kept_size(void)
{
    return sizeof(ctxcount);
}

void pk__place_kept_init(pk__place_kept *kept)
{
    ctx_unknown(kept, MAX_REGIONS, MAX_DISTRICTS); /* unknown content: the first search zeroes all */
}

int32_t pk__place_word_token(const pk__place_db *db, const char *key, size_t len, uint32_t *root)
{
    /* pk__place_key_hash() eight bytes at a time: the bytes past len are zero */
    uint64_t h = PK__PLACE_HASH0;
    for (size_t i = 0; i < len && i < 64; i += 8)
        h = pk__place_hash_chunk(h, load_le64((const unsigned char *)key + i));
    return tok_find_root(db, key, len, pk__place_hash_final(h), root);
}

/* The region-only search behind pk_region_find_in_text(): provinces and
 * kabupaten/kota, a capital letter needed unless PK_REGION_TEXT_ANY_CASE,
 * NUL bytes separate words. */
pk_status pk__place_find_regions(const pk__place_db *db, pk_region_mention *out, size_t cap, size_t *total,
                                 const char *text, size_t len, unsigned flags, pk_error *err)
{
    if (total)
        *total = 0;
    if (!total || !text || (!out && cap))
        return pk__fail(err, PK_EINVAL, !total ? "total" : !text ? "text" : "out", "NULL argument");
    if (flags & ~PK_REGION_TEXT_ANY_CASE)
        return pk__fail(err, PK_EINVAL, "flags", "unknown flags 0x%x", flags);
    if (len > PK_REGION_TEXT_MAX)
        return pk__fail(err, PK_ETOOLONG, "text", "text is longer than %zu bytes", PK_REGION_TEXT_MAX);
    size_t bad = 0;
    if (!utf8_ok(text, len, &bad))
        return pk__fail(err, PK_EENCODING, "text", "text is not valid UTF-8 (byte %zu)", bad);
    if (db->regions->nregions > MAX_REGIONS || db->ndistricts > MAX_DISTRICTS)
        return pk__fail(err, PK_ERANGE, "db", "place tables too large");
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    if (!(flags & PK_REGION_TEXT_ANY_CASE))
        o.flags |= PK_PLACE_CASE_SENSITIVE;
    ctxcount ctx;
    engine en;
    engine_init(&en, db, &o, &ctx, 0);
    en.max_level = 2;
    en.no_common = (flags & PK_REGION_TEXT_ANY_CASE) != 0;
    ctx_text(&en, text, len);
    scanner sc;
    scan_init(&sc, db, text, len);
    sc.lists = 0;
    sc.max_level = en.max_level;
    size_t wi = 0, n = 0;
    found f;
    while (next_found(&sc, &wi, &f)) {
        pk_place_candidate list[PK_REGION_MENTION_CANDIDATES];
        size_t nlist;
        int weak, sup;
        if (!rank_found(&en, &f, list, PK_REGION_MENTION_CANDIDATES, &nlist, &weak, &sup) || !nlist)
            continue;
        if (n < cap) {
            pk_region_mention *m = &out[n];
            memset(m, 0, sizeof *m);
            m->start = f.kstart;
            m->end = f.end;
            m->kind_hint = f.cue_level == PK__CUE_LV_KABUPATEN ? PK_REGION_KABUPATEN
                           : f.cue_level == PK__CUE_LV_KOTA    ? PK_REGION_KOTA
                           : f.cue_level == PK_PLACE_PROVINSI  ? PK_REGION_PROVINSI
                                                               : PK_REGION_ANY_KIND;
            m->how = list[0].how == PK_PLACE_MATCH_NAME ? PK_REGION_MATCH_NAME : PK_REGION_MATCH_ALIAS;
            size_t tie = 1;
            while (tie < nlist && list[tie].score == list[0].score)
                tie++;
            m->ambiguous = tie > 1;
            for (size_t i = 0; i < (m->ambiguous ? tie : 1); i++)
                m->candidates[m->ncandidates++] = &db->regions->regions[PK__PLACE_INDEX(list[i].id)];
            m->region = m->ambiguous ? NULL : m->candidates[0];
        }
        n++;
    }
    *total = n;
    return PK_OK;
}

/* ------------------------------------------------------------- fuzzy -- */

/* The first of a[lo..hi) that is v or more (hi if none; lo if lo >= hi). The range halves on a
 * compare whose outcome picks the next base without a branch (a select): the bigram counts'
 * searches (pick_grams_first()) go where the branch of a bisection is a coin toss. */
static size_t lower_bound_u32(const uint32_t *a, size_t lo, size_t hi, uint32_t v)
{
    if (lo >= hi)
        return lo;
    const uint32_t *b = a + lo;
    for (size_t n = hi - lo; n > 1;) { /* the answer is in b[0..n] */
        size_t half = n / 2;
        b = b[half] < v ? b + half : b;
        n -= half;
    }
    return (size_t)(b - a) + (*b < v);
}

#define FUZZ_K 3     /* corrections tried per word */
#define FUZZ_POOL 12 /* closest tokens gathered to choose them from */

typedef struct fz {
    int32_t tok;
    int d; /* 2 * edit distance, + 1 if the first letter differs */
} fz;

/* the bits set in each 32-bit half of x: the low half's count in bits 0..7, the high half's in bits
 * 32..39 (the bits of each byte summed, then the bytes of each half; no sum carries past its byte) */
static inline uint64_t half_counts(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555u;
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
    x += x >> 8;
    x += x >> 16;
    return x & 0x000000FF000000FFu;
}

/* Damerau-Levenshtein (optimal string alignment) distance of a key of 1..64 bytes, given by its
 * letters' position masks (peq), and a word: the bit-parallel algorithm of H. Hyyrö, "A bit-vector
 * algorithm for computing Levenshtein and Damerau edit distances" (Nordic J. Computing 10, 2003), one
 * column of the table per letter of the word in a few word operations. The same distance as
 * pk__osa_bounded when it is at most lim, else more than lim (stopped as soon as the letters left
 * cannot bring it down to lim); checked exhaustively on short words and on random edits. O(lb). */
static int osa_bits(const uint64_t peq[256], size_t la, const char *b, size_t lb, int lim)
{
    uint64_t vp = la == 64 ? ~(uint64_t)0 : ((uint64_t)1 << la) - 1, vn = 0, d0 = 0, prev = 0;
    uint64_t high = (uint64_t)1 << ((la - 1) & 63u); /* (la is 1..64: the mask keeps the shift defined for any) */
    int score = (int)la;
    for (size_t j = 0; j < lb; j++) {
        uint64_t eq = peq[(unsigned char)b[j]];
        uint64_t tr = ((~d0 & eq) << 1) & prev; /* a transposition */
        d0 = (((eq & vp) + vp) ^ vp) | eq | vn | tr;
        uint64_t hp = vn | ~(d0 | vp), hn = d0 & vp;
        if (hp & high)
            score++;
        else if (hn & high)
            score--;
        hp = (hp << 1) | 1u;
        hn <<= 1;
        vp = hn | ~(d0 | hp);
        vn = d0 & hp;
        prev = eq;
        if (score > lim + (int)(lb - 1 - j))
            return lim + 1; /* a letter more changes the distance by at most 1 */
    }
    return score;
}

/* The same as osa_bits() with lim = 1 for a and b whose lengths differ by at most one, by comparing
 * bytes: 0 if they are the same, 1 if one edit (a byte changed, put in, left out, or two adjacent
 * swapped) turns one into the other, else 2. Each of those edits is at the first byte where they
 * differ (a byte put in or left out: or anywhere in the run of equal bytes it ends, the same string).
 * O(la + lb). */
static int osa_one(const char *a, size_t la, const char *b, size_t lb)
{
    size_t i = 0, n = la < lb ? la : lb;
    while (i < n && a[i] == b[i])
        i++;
    if (la != lb) /* the longer one's byte i left out */
        return la > lb ? (pk__same_bytes(a + i + 1, b + i, n - i) ? 1 : 2) : (pk__same_bytes(a + i, b + i + 1, n - i) ? 1 : 2);
    if (i == n)
        return 0;
    /* a byte changed, or two swapped */
    return pk__same_bytes(a + i + 1, b + i + 1, n - i - 1) ||
                   (i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && pk__same_bytes(a + i + 2, b + i + 2, n - i - 2))
               ? 1
               : 2;
}

/* osa_one() of what is left of a and b (la, lb bytes) after one edit: 2 when their lengths differ by more */
static inline int osa_rest(const char *a, size_t la, const char *b, size_t lb)
{
    return la > lb + 1 || lb > la + 1 ? 2 : osa_one(a, la, b, lb);
}

/* The same as osa_bits() with lim = 2 for a and b whose lengths differ by at most two, by comparing
 * bytes: their distance when at most 2, else 3. The first edit is at the first byte where they differ
 * (as in osa_one()): one more than the least distance of what each edit there leaves, when that is at
 * most one (osa_one()). O(la + lb). */
static int osa_two(const char *a, size_t la, const char *b, size_t lb)
{
    size_t i = 0, n = la < lb ? la : lb;
    while (i < n && a[i] == b[i])
        i++;
    if (la == lb && i == n)
        return 0;
    const char *x = a + i, *y = b + i;
    size_t ra = la - i, rb = lb - i;
    int r = 2, q; /* the least distance left after the first edit, 2 when more than one */
    if (ra && rb) /* x[0] changed into y[0] */
        r = osa_rest(x + 1, ra - 1, y + 1, rb - 1);
    if (r && ra && (q = osa_rest(x + 1, ra - 1, y, rb)) < r) /* x[0] left out */
        r = q;
    if (r && rb && (q = osa_rest(x, ra, y + 1, rb - 1)) < r) /* y[0] put in */
        r = q;
    if (r && ra >= 2 && rb >= 2 && x[0] == y[1] && x[1] == y[0] && (q = osa_rest(x + 2, ra - 2, y + 2, rb - 2)) < r)
        r = q; /* x[0] and x[1] swapped */
    return 1 + r;
}

/* osa_bits()'s letter masks of a key of up to 64 bytes: it reads the entries of the bytes of the words
 * it compares the key with (lower-case letters and digits, as pk__place_next_word() and lower_alnum
 * make them), and the key sets those of its bytes: the others are never read, nor zeroed */
static void key_peq(uint64_t peq[256], const char *key, size_t len)
{
    memset(&peq['0'], 0, 10 * sizeof peq[0]);
    memset(&peq['a'], 0, 26 * sizeof peq[0]);
    for (size_t i = 0; i < len; i++)
        peq[(unsigned char)key[i]] = 0;
    for (size_t i = 0; i < len; i++)
        peq[(unsigned char)key[i]] |= (uint64_t)1 << i;
}

/* Tokens of a length range, or (first_only) only those that start with the
 * key's letter: token ids are sorted by (length, bytes), so each length gives
 * one contiguous range. Returns the number of ranges. */
static size_t token_ranges(const pk__place_db *db, const char *key, size_t lmin, size_t lmax, int first_only,
                           uint32_t lo[], uint32_t hi[])
{
    if (!first_only) {
        lo[0] = db->t_len_first[lmin];
        hi[0] = db->t_len_first[lmax + 1];
        return 1;
    }
    size_t n = 0;
    int ci = pk__place_lc_char((unsigned char)key[0]); /* tokens start with a letter or digit */
    for (size_t L = lmin; L <= lmax && ci >= 0; L++) {
        uint32_t b = db->lc_first[L * 36 + (size_t)ci], l = db->lc_first[L * 36 + (size_t)ci + 1];
        if (b < l) {
            lo[n] = b;
            hi[n] = l;
            n++;
        }
    }
    return n;
}

/* The key of a fuzzy search and what is derived from it once. */
typedef struct fzkey {
    const char *s;
    size_t len;
    int maxd;                 /* edits allowed: 1, or 2 for keys of 8 bytes or more */
    uint16_t grams[72];       /* its bigrams (pk__region_bigrams) */
    size_t ng, want;          /* how many; how many of the rarest are picked (3*maxd+1 at most) */
    size_t lmin, lmax;        /* token lengths within maxd edits */
    uint32_t kl, kg;          /* pk__place_sig(): letters, bigrams */
    uint32_t prev;            /* rank_corrections()'s trie node before the word (0: none) */
    int32_t ntok;             /* and the next word's token (-1: none) */
} fzkey;

/* gram g, held by cnt tokens, into the picks so far (npick of them, rarest first, a tie in gram order):
 * returns how many are picked */
static size_t pick_put(const fzkey *k, size_t *pick, size_t *pick_n, size_t npick, size_t g, size_t cnt)
{
    size_t pos = npick;
    while (pos > 0 && pick_n[pos - 1] > cnt)
        pos--;
    if (pos >= k->want)
        return npick;
    size_t keep = npick < k->want ? npick : k->want - 1;
    for (size_t j = keep; j > pos; j--) { /* at most 6 moved: no call to memmove */
        pick[j] = pick[j - 1];
        pick_n[j] = pick_n[j - 1];
    }
    pick[pos] = g;
    pick_n[pos] = cnt;
    return npick < k->want ? npick + 1 : npick;
}

/* The candidate grams of a pass: the key's `want` rarest bigrams within the token ranges (rlo, rhi),
 * rarest first (a tie: in gram order), and each gram's postings within each range (span). Returns
 * how many were picked. */
static size_t pick_grams(const pk__place_db *db, const fzkey *k, const uint32_t *rlo, const uint32_t *rhi, size_t nr,
                         size_t *pick, uint32_t (*span)[8][2])
{
    size_t pick_n[72], npick = 0;
    for (size_t g = 0; g < k->ng; g++) {
        size_t cnt = 0, from = db->bg_first[k->grams[g]], end = db->bg_first[k->grams[g] + 1];
        /* the ranges go up: each search starts where the last ended; a gram no rarer than the
         * want picked so far is not picked (its count only grows): its other ranges are not searched */
        for (size_t r = 0; r < nr && !(npick && npick == k->want && cnt >= pick_n[npick - 1]); r++) {
            size_t a = lower_bound_u32(db->bg_tokens, from, end, rlo[r]);
            size_t z = lower_bound_u32(db->bg_tokens, a, end, rhi[r]);
            span[g][r][0] = (uint32_t)a;
            span[g][r][1] = (uint32_t)z;
            cnt += z - a;
            from = z;
        }
        npick = pick_put(k, pick, pick_n, npick, g, cnt);
    }
    return npick;
}

/* pick_grams() of the first pass (the tokens with the key's first letter, of lmin..lmax bytes) from
 * the counts of the bigrams of the groups of tokens by length and first letter (lc_grams): the same
 * counts, so the same picks, without searching the postings; no spans */
static size_t pick_grams_first(const pk__place_db *db, const fzkey *k, size_t *pick)
{
    size_t cur[8], base[8], nl = 0, pick_n[72], npick = 0;
    const uint16_t *dir[8];
    int ci = pk__place_lc_char((unsigned char)k->s[0]); /* no token starts with another byte: no counts */
    for (size_t L = k->lmin; L <= k->lmax && nl < 8 && ci >= 0; L++) {
        size_t g = L * 36 + (size_t)ci;
        cur[nl] = base[nl] = db->lc_gfirst[g];
        dir[nl++] = db->lc_gdir + g * PK__PLACE_LC_DIR;
    }
    for (size_t g = 0; g < k->ng; g++) { /* the key's grams go up: each search starts where the last ended */
        size_t cnt = 0, a = k->grams[g] / 37u;
        for (size_t r = 0; r < nl; r++) {
            /* among the group's bigrams of the gram's first byte: the group's lower bound is there */
            size_t lo = base[r] + dir[r][a], hi = base[r] + dir[r][a + 1];
            size_t at = lower_bound_u32(db->lc_grams, lo > cur[r] ? lo : cur[r], hi, (uint32_t)k->grams[g] << 16);
            cur[r] = at;
            if (at < hi && db->lc_grams[at] >> 16 == k->grams[g])
                cnt += db->lc_grams[at] & 0xFFFFu;
        }
        npick = pick_put(k, pick, pick_n, npick, g, cnt);
    }
    return npick;
}

/* The first of the picked grams (pg, npick of them; pbits: a bit per gram, set for those) that token t of
 * n bytes holds (pk__region_bigrams() of it), npick if none */
static size_t first_picked(const char *t, size_t n, const uint16_t *pg, size_t npick, const uint64_t *pbits)
{
    size_t first = npick;
    for (size_t i = 0; i <= n && first; i++) {
        unsigned a = i == 0 ? 36u : pk__region_char_id(t[i - 1]), b = i == n ? 36u : pk__region_char_id(t[i]);
        uint16_t g = (uint16_t)(a * 37u + b);
        if (!(pbits[g >> 6] >> (g & 63u) & 1u))
            continue; /* no picked gram */
        for (size_t p = 0; p < first; p++)
            if (pg[p] == g) {
                first = p;
                break;
            }
    }
    return first;
}

#if defined(__SSE2__)
/* first_picked() of a token of 1..PK__PLACE_TFZ_KEY bytes from its record's zero-padded bytes b (tokens are
 * lower-case letters and digits, as the word reader makes them): each picked gram in turn, as the bytes
 * (pa, pb) it pairs, 0 for the start or end of the token (pk__region_char_id()'s 36), the first one
 * the token holds; npick if none */
static inline size_t first_picked16(const char *b, size_t n, const unsigned char *pa, const unsigned char *pb,
                                    size_t npick)
{
    __m128i v = _mm_loadu_si128((const __m128i *)b);
    for (size_t p = 0; p < npick; p++) {
        int hit;
        if (!pa[p])
            hit = (unsigned char)b[0] == pb[p];
        else if (!pb[p])
            hit = (unsigned char)b[n - 1] == pa[p];
        else /* (the padding's zero bytes match neither) */
            hit = ((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)pa[p]))) &
                   (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)pb[p]))) >> 1) != 0;
        if (hit)
            return p;
    }
    return npick;
}
#endif

/* is token t among the postings of gram spans [0, np) of range r (the picked grams before the current one)? */
static int seen_before(const pk__place_db *db, uint32_t t, const size_t *pick, size_t np,
                       uint32_t (*span)[8][2], size_t r)
{
    for (size_t p = 0; p < np; p++) {
        size_t a = span[pick[p]][r][0], z = span[pick[p]][r][1];
        size_t i = lower_bound_u32(db->bg_tokens, a, z, t);
        if (i < z && db->bg_tokens[i] == t)
            return 1;
    }
    return 0;
}

/* the bytes of a token from its record: in the record when it has at most PK__PLACE_TFZ_KEY of them
 * (the record's line is read already), else in the pool */
static inline const char *tfz_bytes(const pk__place_db *db, const pk__place_tfz *r)
{
    return (r->meta & 63u) <= PK__PLACE_TFZ_KEY ? r->b : db->pool + (r->meta >> 6);
}

/* can a token of pk__place_sig() ts be within lim edits of the key (an edit brings in
 * at most one letter, takes away at most one, and changes at most three bigrams)? */
static inline int sig_near(const fzkey *k, uint64_t ts, int lim)
{
    /* the letters (low half) and bigrams (high half) the token has that the key lacks, and the reverse:
     * at most lim letters and 3 * lim bigrams each way (counted without a branch) */
    uint64_t ks = (uint64_t)k->kg << 32 | k->kl, more = half_counts(ts & ~ks), less = half_counts(ks & ~ts);
    uint64_t l = (uint64_t)lim;
    return ((more & 0xFFu) <= l) & ((less & 0xFFu) <= l) & ((more >> 32) <= 3 * l) & ((less >> 32) <= 3 * l);
}

/* Is token t in no phrase but names with two of their words joined (pk__place_db.t_jonly: "unauna" of
 * "Tojo Unauna")? Such a token is no correction of a typo: the fuzzy search's indexes leave it out, and
 * its lookups of a word changed leave it out here. */
static inline int tok_jonly(const pk__place_db *db, uint32_t t)
{
    return (db->t_jonly[t >> 5] >> (t & 31)) & 1u;
}

/* a candidate found: into best (kmax at most, by d; a tie keeps the order found) */
static size_t keep_best(fz *best, size_t nb, size_t kmax, fz c)
{
    size_t pos = nb;
    while (pos > 0 && best[pos - 1].d > c.d)
        pos--;
    if (pos >= kmax)
        return nb;
    size_t keep = nb < kmax ? nb : kmax - 1;
    for (size_t j = keep; j > pos; j--) /* a few entries: no call to memmove */
        best[j] = best[j - 1];
    best[pos] = c;
    return nb < kmax ? nb + 1 : nb;
}

#define FUZZ_SEEN_BITS 65536 /* tokens of the ranges told apart by a bit each (8 KiB) */

/* One pass of the fuzzy search over the postings: the tokens of the ranges (first_only: those with
 * the key's first letter) in the postings of the picked grams, in that order, each token once; those
 * that can be near (sig_near) are checked with the Damerau-Levenshtein distance (bit-parallel). */
static size_t fuzzy_scan(const pk__place_db *db, const fzkey *k, int first_only, fz *best, size_t kmax)
{
    size_t nb = 0, len = k->len;
    uint64_t seen[FUZZ_SEEN_BITS / 64]; /* a bit per token of the ranges (the first FUZZ_SEEN_BITS of them) */
    uint32_t rlo[8], rhi[8], rbit[8];
    size_t nr = token_ranges(db, k->s, k->lmin, k->lmax, first_only, rlo, rhi), nbits = 0;
    for (size_t r = 0; r < nr; r++) {
        rbit[r] = (uint32_t)nbits;
        nbits += rhi[r] - rlo[r];
    }
    if (nbits > FUZZ_SEEN_BITS)
        nbits = FUZZ_SEEN_BITS;
    memset(seen, 0, (nbits + 63) / 64 * sizeof *seen);
    size_t pick[72];
    uint32_t span[72][8][2]; /* the postings of gram g within range r */
    size_t npick = pick_grams(db, k, rlo, rhi, nr, pick, span);
    int lim = k->maxd; /* the most edits a token may have and still be kept */
    uint64_t peq[256]; /* where each letter is in the key, for osa_bits (only this pass uses them) */
    key_peq(peq, k->s, len);
    for (size_t p = 0; p < npick; p++)
        for (size_t r = 0; r < nr; r++) {
            if (rlo[r] >= rhi[r])
                continue;
            /* a range of one length (first_only) too long or too short is skipped whole */
            size_t rl = db->t_len[rlo[r]], one_len = db->t_len[rhi[r] - 1] == rl;
            if (one_len && (rl > len ? rl - len : len - rl) > (size_t)lim)
                continue;
            for (size_t q = span[pick[p]][r][0]; q < span[pick[p]][r][1]; q++) {
                uint32_t t = db->bg_tokens[q];
                /* each token once (it may be in several of the picked grams) */
                size_t bit = rbit[r] + (t - rlo[r]);
                if (bit < FUZZ_SEEN_BITS) {
                    uint64_t m = (uint64_t)1 << (bit & 63u);
                    if (seen[bit >> 6] & m)
                        continue;
                    seen[bit >> 6] |= m;
                } else if (seen_before(db, t, pick, p, span, r)) {
                    continue;
                }
                if (lim < 1)
                    continue;
                size_t tl = rl;
                if (!one_len && ((tl = db->t_len[t]) > len ? tl - len : len - tl) > (size_t)lim)
                    continue; /* more than lim edits */
                if (!sig_near(k, db->t_fz[t].sig, lim))
                    continue;
                const char *cand = db->pool + db->t_off[t];
                int d = osa_bits(peq, len, cand, tl, lim);
                if (d > lim || d == 0)
                    continue;
                nb = keep_best(best, nb, kmax, (fz){(int32_t)t, d * 2 + (cand[0] != k->s[0])});
                if (nb == kmax)
                    lim = best[nb - 1].d / 2;
            }
        }
    return nb;
}

#define FUZZ_VISIT_BITS 8 /* a table of twice the distinct tokens the deletion index may offer a key (1 KiB) */
#define FUZZ_VISIT (1 << FUZZ_VISIT_BITS)
#define FUZZ_OVISIT_BITS 12 /* the same for fuzzy_other_first() (16 KiB) */
#define FUZZ_OVISIT (1 << FUZZ_OVISIT_BITS)
#define FUZZ_NEAR 64    /* tokens within maxd edits kept from it */
#define FUZZ_BATCH 64   /* variants looked up at once: their cache misses overlap */

/* the home line of a variant's hash in the deletion neighbourhood (see pk__place_del_home()) */
static inline const uint32_t *del_line(const pk__place_db *db, uint32_t h)
{
    return db->dl_tab + 16 * (size_t)pk__place_del_home(h, db->dl_nlines);
}

#if !defined(__SSE2__)
/* 0x80 in each byte of x that is zero, 0 in the others */
static inline uint64_t zero_bytes(uint64_t x)
{
    return ~(((x & (0x7F * PK__ONES8)) + 0x7F * PK__ONES8) | x) & (0x80 * PK__ONES8);
}
#endif

/* the slots of line ln whose check byte is chk: a bit per slot (of PK__PLACE_DEL_SLOTS) */
static inline uint32_t del_matches(const uint32_t *ln, uint32_t chk)
{
#if defined(__SSE2__) /* (little-endian: slot s's check byte is byte s from word 1) */
    __m128i pat = _mm_set1_epi8((char)chk);
    const char *cb = (const char *)(ln + 1);
    uint32_t lo = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)cb), pat));
    uint32_t hi = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(cb + 4)), pat));
    return (lo | hi << 4) & (((uint32_t)1 << (ln[0] >> 20 & 31u)) - 1);
#else
    uint64_t pat = chk * PK__ONES8;
    uint64_t m0 = zero_bytes(((uint64_t)ln[1] | (uint64_t)ln[2] << 32) ^ pat);
    uint64_t m1 = zero_bytes(((uint64_t)ln[3] | (uint64_t)ln[4] << 32) ^ pat);
    uint64_t m2 = zero_bytes((uint64_t)ln[5] ^ pat) & 0x80808080u;
    /* the top bit of each byte gathered into one bit per slot */
    uint32_t bits = (uint32_t)(((m0 >> 7) * 0x0102040810204080u) >> 56) |
                    (uint32_t)(((m1 >> 7) * 0x0102040810204080u) >> 56) << 8 |
                    (uint32_t)(((m2 >> 7) * 0x0102040810204080u) >> 56) << 16;
    return bits & (((uint32_t)1 << (ln[0] >> 20 & 31u)) - 1);
#endif
}

/* the token of slot s of line ln */
static inline uint32_t del_token(const uint32_t *ln, size_t s)
{
    return (ln[6 + s / 2] >> (16 * (s % 2)) & 0xFFFFu) | (ln[0] >> s & 1u) << 16;
}

/* pk__place_del_hash()'s state after the first letter and tail[0..j) without tail[i] (i < j, or i = j = m:
 * none left out), from pre[c], the state after the first letter and tail[0..c) */
static uint32_t del_state(const uint32_t *pre, const char *tail, size_t m, size_t i, size_t j)
{
    if (i >= j)
        return pre[m];
    uint32_t h = pre[i];
    for (size_t c = i + 1; c < j; c++)
        h = (h ^ (unsigned char)tail[c]) * 16777619u;
    return h;
}

/* A token near the key found in the deletion neighbourhood: its distance and first picked gram */
typedef struct fznear {
    uint32_t t;
    int d;
    size_t p;
} fznear;

/* The deletion neighbourhood (dl_tab) looked up under first letter `first`: the key's bytes after
 * its first with up to maxd of them deleted, each such string hashed with `first`; the tokens found
 * (each once: visit, 2^vbits slots, a token + 1 by a hash of it, 0 = empty, *nvisit used) that
 * are within maxd edits of the key, of lmin..lmax bytes, and start with the key's first letter when
 * `first` is it (else with another), go into near (*nnear of FUZZ_NEAR); cands: room for a token
 * id for each slot of half of visit. Returns 0, or (size_t)-1 when more tokens come than visit (half
 * of it) or near hold. */
static ALWAYS_INLINE size_t del_gather(const pk__place_db *db, const fzkey *k, unsigned char first, uint32_t *visit,
                                       unsigned vbits, size_t *nvisit, uint32_t *cands, fznear *near, size_t *nnear)
{
    const char *tail = k->s + 1;
    size_t m = k->len - 1;
    int same = first == (unsigned char)k->s[0];
    uint32_t hs[FUZZ_BATCH], vmask = ((uint32_t)1 << vbits) - 1;
    uint32_t pre[64]; /* pre[c]: pk__place_del_hash()'s state after the first letter and tail[0..c) */
    pre[0] = (2166136261u ^ first) * 16777619u;
    for (size_t c = 0; c < m; c++)
        pre[c + 1] = (pre[c] ^ (unsigned char)tail[c]) * 16777619u;
    size_t nh = 0, i = 0, j = m == 0 || k->maxd < 2 ? m : 1;
    uint32_t q = del_state(pre, tail, m, i, j);
    for (int more = 1; more;) {
        /* the next batch of variants: delete i and j (m: none) */
        nh = 0;
        while (nh < FUZZ_BATCH && (more = i <= m) != 0) {
            /* pk__place_del_hash() of the variant, from q: the state after the bytes before j */
            uint32_t h = q;
            for (size_t c = j + 1; c < m; c++)
                h = (h ^ (unsigned char)tail[c]) * 16777619u;
            size_t n = i == m ? m : j == m ? m - 1 : m - 2;
            h = (h ^ (uint32_t)n) * 16777619u;
            PREFETCH(del_line(db, h));
            hs[nh++] = h;
            if (++j > m) { /* the next i; with two deletions, j after it */
                i++;
                j = i == m || k->maxd < 2 ? m : i + 1;
                if (i <= m)
                    q = del_state(pre, tail, m, i, j);
            } else {
                q = (q ^ (unsigned char)tail[j - 1]) * 16777619u;
            }
        }
        size_t nc = 0;
        for (size_t a = 0; a < nh; a++) {
            const uint32_t *ln = del_line(db, hs[a]);
            uint32_t chk = pk__place_del_check(hs[a]);
            for (uint32_t mk = del_matches(ln, chk);; mk = del_matches(ln, chk)) {
                for (; mk; mk &= mk - 1) {
                    uint32_t t = del_token(ln, lowest_bit(mk));
                    uint32_t s = (t * 2654435761u) >> (32 - vbits);
                    while (visit[s] && visit[s] != t + 1)
                        s = (s + 1) & vmask;
                    if (visit[s])
                        continue;
                    if (*nvisit == (size_t)vmask / 2 + 1)
                        return (size_t)-1;
                    visit[s] = t + 1;
                    (*nvisit)++;
                    PREFETCH(&db->t_fz[t]); /* all that is read of it below, mostly */
                    cands[nc++] = t;
                }
                if (!(ln[0] & PK__PLACE_DEL_MORE))
                    break;
                ln += 16; /* its entries go on in the next line */
            }
        }
        for (size_t a = 0; a < nc; a++) {
            uint32_t t = cands[a];
            const pk__place_tfz *r = &db->t_fz[t];
            size_t tl = r->meta & 63u;
            if (tl < k->lmin || tl > k->lmax || !sig_near(k, r->sig, k->maxd))
                continue;
            const char *cand = tfz_bytes(db, r);
            if ((cand[0] == k->s[0]) != same)
                continue;
            /* (the lengths differ by at most maxd: lmin..lmax) */
            int d = k->maxd == 1 ? osa_one(k->s, k->len, cand, tl) : osa_two(k->s, k->len, cand, tl);
            if (d > k->maxd || d == 0)
                continue;
            if (*nnear == FUZZ_NEAR)
                return (size_t)-1;
            near[*nnear].t = t;
            near[(*nnear)++].d = d;
            /* the trie edges rank_corrections() reads of a correction, fetched now (their misses overlap
               the rest of the search) */
            if (k->prev)
                PREFETCH(&db->e_tab[pk__place_edge_hash(k->prev, t) & db->e_mask]);
            if (k->ntok >= 0 && (r->root & PK__PN_NODE))
                PREFETCH(&db->e_tab[pk__place_edge_hash(r->root & PK__PN_NODE, (uint32_t)k->ntok) & db->e_mask]);
            PREFETCH(&db->n_entry[r->root & PK__PN_NODE]); /* and the entries' bounds the scans of it read */
        }
    }
    return 0;
}

/* The tokens near the key (nnear of them) ranked as a scan of the postings of the picked grams finds
 * them (the key's grams pick[0..npick)): by distance, then by the first picked gram whose postings
 * hold them, then by id; those in no picked gram are no candidates. Into best (kmax at most) as
 * distance d: 2 * d + off. */
static size_t rank_near(const pk__place_db *db, const fzkey *k, fznear *near, size_t nnear, const size_t *pick,
                        size_t npick, int off, fz *best, size_t kmax)
{
    uint16_t pg[72];
    uint64_t pbits[(PK__REGION_NBIGRAMS + 63) / 64]; /* a bit per gram, set for the picked ones (first_picked()) */
    int nobits = 1;                                  /* pbits not set yet: only a long token reads it */
#if defined(__SSE2__)
    unsigned char pa[72], pb[72]; /* the picked grams' bytes (first_picked16()) */
#endif
    for (size_t p = 0; p < npick; p++) {
        pg[p] = k->grams[pick[p]];
#if defined(__SSE2__)
        unsigned ga = pg[p] / 37u, gb = pg[p] % 37u;
        pa[p] = (unsigned char)(ga == 36 ? 0 : ga < 26 ? 'a' + ga : '0' + (ga - 26));
        pb[p] = (unsigned char)(gb == 36 ? 0 : gb < 26 ? 'a' + gb : '0' + (gb - 26));
#endif
    }
    for (size_t a = 0; a < nnear; a++) { /* by picked gram, then id (distinct): keep_best keeps that order in a tie */
        uint32_t t = near[a].t;
        int d = near[a].d;
        const pk__place_tfz *r = &db->t_fz[t];
        size_t n = r->meta & 63u, b = a, p;
#if defined(__SSE2__)
        if (n <= PK__PLACE_TFZ_KEY) {
            p = first_picked16(r->b, n, pa, pb, npick);
        } else
#endif
        {
            if (nobits) {
                memset(pbits, 0, sizeof pbits);
                for (size_t q = 0; q < npick; q++)
                    pbits[pg[q] >> 6] |= (uint64_t)1 << (pg[q] & 63u);
                nobits = 0;
            }
            p = first_picked(tfz_bytes(db, r), n, pg, npick, pbits);
        }
        for (; b > 0 && (near[b - 1].p > p || (near[b - 1].p == p && near[b - 1].t > t)); b--)
            near[b] = near[b - 1];
        near[b].t = t;
        near[b].d = d;
        near[b].p = p;
    }
    size_t nb = 0;
    for (size_t a = 0; a < nnear && near[a].p < npick; a++) /* npick: in no picked gram, not a candidate */
        nb = keep_best(best, nb, kmax, (fz){(int32_t)near[a].t, near[a].d * 2 + off});
    return nb;
}

/* The first pass of the fuzzy search (the key's first letter kept) from the deletion neighbourhood
 * (dl_tab): a token within maxd edits of the key, with the same first letter, is within
 * maxd edits after it, so their bytes after it share a string both give with at most maxd deletions.
 * The same answer as fuzzy_scan(first_only = 1): the tokens found are ranked by distance, then by
 * the first picked gram whose postings hold them, then by id (the order that scan finds them in).
 * Returns (size_t)-1 when more tokens come than its tables hold (the caller scans instead). */
static size_t fuzzy_deletions(const pk__place_db *db, const fzkey *k, fz *best, size_t kmax)
{
    uint32_t visit[FUZZ_VISIT], cands[FUZZ_VISIT / 2];
    size_t nvisit = 0, nnear = 0;
    memset(visit, 0, sizeof visit);
    fznear near[FUZZ_NEAR];
    /* the bigram directories pick_grams_first() reads when distances tie, fetched while the
     * deletion index is looked up */
    int ci = pk__place_lc_char((unsigned char)k->s[0]);
    for (size_t L = k->lmin; L <= k->lmax && ci >= 0; L++) {
        const uint16_t *dir = db->lc_gdir + (L * 36 + (size_t)ci) * PK__PLACE_LC_DIR;
        PREFETCH(dir);
        PREFETCH(dir + PK__PLACE_LC_DIR - 1);
    }
    if (del_gather(db, k, (unsigned char)k->s[0], visit, FUZZ_VISIT_BITS, &nvisit, cands, near, &nnear) == (size_t)-1)
        return (size_t)-1;
    if (!nnear)
        return 0;
    /* the order the scan would find them in: by distance, then by the first picked gram whose
     * postings hold them. A token within maxd edits lacks at most 3*maxd of the key's bigrams, so
     * it holds one of any 3*maxd+1 of them: when that many are picked and no two distances tie,
     * the picked grams need not be known. */
    int tie = k->want < 3 * (size_t)k->maxd + 1;
    for (size_t a = 0; a < nnear && !tie; a++)
        for (size_t b = a + 1; b < nnear && !tie; b++)
            tie = near[a].d == near[b].d;
    size_t nb = 0;
    if (!tie) {
        for (size_t a = 0; a < nnear; a++)
            nb = keep_best(best, nb, kmax, (fz){(int32_t)near[a].t, near[a].d * 2});
        return nb;
    }
    /* (the tokens found are in the ranges of the first pass: the key's first letter, lmin..lmax bytes;
     * a token is in the postings of a gram within its range when it holds the gram) */
    size_t pick[72];
    size_t npick = pick_grams_first(db, k, pick);
    return rank_near(db, k, near, nnear, pick, npick, 0, best, kmax);
}

#define FUZZ_OTHER 4096 /* lookups (variants times first letters) fuzzy_other_first() makes at most */

/* The second pass of a two-edit search (keys of 8 bytes or more) when the first found nothing: the
 * tokens within two edits whose first letter differs. Their bytes after the first are within two
 * edits of the key's (the first letter changed, put before, left out, or swapped with the second,
 * and one edit more), so the deletion neighbourhood gives them under their own first letter: the
 * key's bytes after its first with up to two deleted, under each of the 35 other letters and digits.
 * The same answer as fuzzy_scan(first_only = 0) (every token it finds, it finds in the postings of
 * the key's picked grams, ranked by the first of them it is in, then by id). Returns (size_t)-1 when
 * the key is too long for the bound on lookups or more tokens come than its tables hold (the caller
 * scans instead). */
static size_t fuzzy_other_first(const pk__place_db *db, const fzkey *k, fz *best, size_t kmax)
{
    static const char abc[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    size_t m = k->len - 1;
    if (k->maxd != 2 || k->len < 8 || k->want != 7 || (1 + m + m * (m - 1) / 2) * (sizeof abc - 2) > FUZZ_OTHER)
        return (size_t)-1;
    uint32_t visit[FUZZ_OVISIT], cands[FUZZ_OVISIT / 2];
    size_t nvisit = 0, nnear = 0;
    memset(visit, 0, sizeof visit);
    fznear near[FUZZ_NEAR];
    for (size_t c = 0; c < sizeof abc - 1; c++)
        if (abc[c] != k->s[0] &&
            del_gather(db, k, (unsigned char)abc[c], visit, FUZZ_OVISIT_BITS, &nvisit, cands, near, &nnear) == (size_t)-1)
            return (size_t)-1;
    if (!nnear)
        return 0;
    uint32_t rlo[8], rhi[8];
    size_t nr = token_ranges(db, k->s, k->lmin, k->lmax, 0, rlo, rhi);
    size_t pick[72];
    uint32_t span[72][8][2];
    size_t npick = pick_grams(db, k, rlo, rhi, nr, pick, span);
    return rank_near(db, k, near, nnear, pick, npick, 1, best, kmax);
}

#define FUZZ_EDIT1 74 /* keys one edit from a key that change its first letter (36 letters and digits) */

/* The second pass of a one-edit search when the first found nothing: the tokens one edit away whose
 * first letter differs are the key with its first letter changed (35), a letter put before it (36),
 * its first letter left out or its first two swapped: at most 74 keys looked up. The same answer as
 * fuzzy_scan(first_only = 0) when the key has 3*maxd+1 bigrams to pick (a token one edit away holds
 * one of them, and none with the key's first letter is one edit away, or the first pass had found it):
 * all at the same distance, ranked by the first picked gram whose postings hold them, then by id. */
static size_t fuzzy_first_edit(const pk__place_db *db, const fzkey *k, fz *best, size_t kmax)
{
    static const char abc[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    const char *s = k->s;
    size_t len = k->len;
    uint32_t near[FUZZ_EDIT1], p_of[FUZZ_EDIT1];
    size_t nnear = 0;
    for (size_t v = 0; v < 2 * (sizeof abc - 1) + 2; v++) {
        char b[72] = {0}; /* read 8 bytes at a time by the token compare */
        size_t n = len;
        if (v < sizeof abc - 1) { /* the first letter changed */
            if (abc[v] == s[0])
                continue;
            memcpy(b, s, len);
            b[0] = abc[v];
        } else if (v < 2 * (sizeof abc - 1)) { /* a letter put before it */
            b[0] = abc[v - (sizeof abc - 1)];
            memcpy(b + 1, s, len);
            n = len + 1;
        } else if (v == 2 * (sizeof abc - 1)) { /* the first letter left out */
            memcpy(b, s + 1, len - 1);
            n = len - 1;
        } else { /* the first two swapped */
            if (s[0] == s[1])
                continue;
            memcpy(b, s, len);
            b[0] = s[1];
            b[1] = s[0];
        }
        if (b[0] == s[0])
            continue; /* the first pass found none */
        int32_t t = tok_find(db, b, n, pk__place_key_hash(b, n));
        if (t >= 0 && !tok_jonly(db, (uint32_t)t))
            near[nnear++] = (uint32_t)t;
    }
    if (!nnear)
        return 0;
    uint32_t rlo[8], rhi[8];
    size_t nr = token_ranges(db, s, k->lmin, k->lmax, 0, rlo, rhi);
    size_t pick[72];
    uint32_t span[72][8][2];
    size_t npick = pick_grams(db, k, rlo, rhi, nr, pick, span);
    for (size_t a = 0; a < nnear; a++) {
        size_t p = 0;
        for (; p < npick; p++) {
            size_t plo = span[pick[p]][0][0], phi = span[pick[p]][0][1];
            size_t at = lower_bound_u32(db->bg_tokens, plo, phi, near[a]);
            if (at < phi && db->bg_tokens[at] == near[a])
                break;
        }
        p_of[a] = (uint32_t)p;
    }
    size_t nb = 0;
    for (size_t p = 0; p < npick; p++) /* by picked gram, then id: keep_best keeps that order in a tie */
        for (;;) {
            size_t at = nnear;
            for (size_t a = 0; a < nnear; a++)
                if (p_of[a] == p && (at == nnear || near[a] < near[at]))
                    at = a;
            if (at == nnear)
                break;
            nb = keep_best(best, nb, kmax, (fz){(int32_t)near[at], 3});
            p_of[at] = (uint32_t)npick;
        }
    return nb;
}

/* Up to kmax dictionary tokens closest to key (distance <= maxd), best
 * first; tokens with the key's first letter first (typos rarely touch it),
 * the others only when none is found. Candidates are those of the postings
 * of the 3*maxd+1 rarest bigrams of the key (a token within maxd edits keeps
 * all but 3*maxd of them), taken in that order (ties keep it); those with the
 * key's first letter are looked up in the deletion neighbourhood
 * (fuzzy_deletions), the others too for a two-edit key of up to 15 bytes
 * (fuzzy_other_first), or looked up by their one edit (fuzzy_first_edit), or
 * scanned (fuzzy_scan). prev and ntok are rank_corrections()'s (the trie node the
 * words before start, the next word's token): the deletion neighbourhood's finds
 * fetch the trie edges it reads of them. */
static size_t fuzzy_tokens(const pk__place_db *db, const char *key, size_t len, int maxd, uint32_t prev, int32_t ntok,
                           fz *best, size_t kmax)
{
    if (len < 3 || len >= 64)
        return 0;
    fzkey k;
    k.s = key;
    k.len = len;
    k.maxd = maxd;
    k.prev = prev;
    k.ntok = ntok;
    k.ng = pk__region_bigrams(k.grams, PK_ARRAY_LEN(k.grams), key, len);
    k.lmin = len > (size_t)maxd ? len - (size_t)maxd : 0;
    k.lmax = len + (size_t)maxd;
    if (k.lmax > 64)
        k.lmax = 64;
    /* an edit changes at most 2 bigrams, a transposition 3: a token within
     * maxd edits shares all but 3*maxd of the key's bigrams */
    k.want = 3 * (size_t)maxd + 1;
    if (k.want > k.ng)
        k.want = k.ng;
    uint64_t ks = pk__place_sig(key, len, k.grams, k.ng);
    k.kl = (uint32_t)ks;
    k.kg = (uint32_t)(ks >> 32);
    /* the deletion index holds each token with the deletions a key within 1 (3..7 bytes) or 2 edits
     * (8 or more) needs: other bounds scan */
    size_t nb = maxd == 1 || (maxd == 2 && len >= 8) ? fuzzy_deletions(db, &k, best, kmax) : (size_t)-1;
    if (nb == (size_t)-1)
        nb = fuzzy_scan(db, &k, 1, best, kmax);
    if (nb == 0 && maxd == 1 && k.want == 4)
        nb = fuzzy_first_edit(db, &k, best, kmax);
    else if (nb == 0 && (nb = fuzzy_other_first(db, &k, best, kmax)) == (size_t)-1)
        nb = fuzzy_scan(db, &k, 0, best, kmax);
    return nb;
}

/* --------------------------------------------------------- resolve -- */

#define RESOLVE_WORDS 512 /* words of a name of PK_PLACE_NAME_MAX bytes */
#define MAX_OV 8
#define CTX_REGIONS 16 /* regions a level word's words are corrected in */
#define SCAN_FOUND 16  /* mentions of a name kept by resolve_scan() (more: the name is read again) */
#define NAME_WORDS 32  /* words of a name read once by pk__place_resolve() (more: read again) */

/* The words of the name being resolved, read once: its passes over the words take them from here. */
typedef struct namewords {
    const pk__place_db *db;
    const char *s;
    size_t len, n;
    int all; /* 1: these are all its words */
    pk__pword w[NAME_WORDS];
    int32_t tok[NAME_WORDS]; /* each word's token and root (tok_find_root()), for the scanner */
    uint32_t root[NAME_WORDS];
    uint8_t at[PK_PLACE_NAME_MAX + 1]; /* at[p], p <= len: the first word starting at or after byte p */
} namewords;

static void name_words_read(const pk__place_db *db, namewords *nw, const char *s, size_t len)
{
    size_t pos = 0;
    nw->db = db;
    nw->s = s;
    nw->len = len;
    nw->n = 0;
    nw->all = 0;
    /* the words first, each one's filter word and token slot fetched as it is read (their cache misses
     * overlap), then their tokens */
    while (nw->n < NAME_WORDS && pk__place_next_word(&nw->w[nw->n], s, len, &pos)) {
        uint32_t hash = nw->w[nw->n].hash;
        PREFETCH(&db->t_filter[pk__place_tfilter_bit(hash) >> 5]);
        PREFETCH(db->t_tab + PK__PLACE_TSLOT * (size_t)(hash & db->t_mask));
        nw->n++;
    }
    for (size_t j = 0; j < nw->n; j++)
        nw->tok[j] = tok_find_root(db, nw->w[j].key, nw->w[j].len, nw->w[j].hash, &nw->root[j]);
    nw->all = nw->n < NAME_WORDS;
    /* at[p]: how many words start before byte p (their starts go up, all at or before len) */
    size_t p = 0;
    for (size_t j = 0; j <= nw->n; j++)
        for (size_t e = j < nw->n ? nw->w[j].start : len; p <= e; p++)
            nw->at[p] = (uint8_t)j;
}

/* The words a scanner of the name reads with overrides (read_words()), from the words read once:
 * their number, or (size_t)-1 when the words at hand are not all of the name's */
static size_t name_scan_words(const pk__place_db *db, const namewords *nw, const char *s, size_t len,
                              const override *ov, size_t nov, pk__pword *out)
{
    if (!nw || !nw->all || s != nw->s || len != nw->len)
        return (size_t)-1;
    size_t n = 0, raw = 0;
    for (size_t i = 0; i < nw->n; n++) {
        pk__pword *w = &out[n];
        *w = nw->w[i];
        w->tok = nw->tok[i];
        w->root = nw->root[i++];
        size_t r = raw++;
        for (size_t o = 0; o < nov; o++) {
            if (ov[o].word != r)
                continue;
            if (ov[o].join && i < nw->n) { /* the next word read as part of this one */
                const pk__pword *w2 = &nw->w[i++];
                raw++;
                w->end = w2->end;
                for (size_t j = 0; j < w2->len && w->len < sizeof w->key; j++)
                    w->key[w->len++] = w2->key[j];
                w->hash = pk__place_key_hash(w->key, w->len);
            }
            w->tok = ov[o].tok;
            uint32_t rt = w->tok >= 0 ? db->t_root[w->tok] : 0;
            w->root = rt ? rt | node_flags(db, rt) : 0;
        }
    }
    return n;
}

/* pk__place_next_word() of the name from the words read once (the next word from any byte at or after
 * the end of a word, up to the start of the next, is that next word), else read; w->tok and w->root
 * are the word's token and root (tok_find_root()) */
static NOINLINE int name_word_read(const namewords *nw, pk__pword *w, const char *s, size_t len, size_t *pos)
{
    if (!pk__place_next_word(w, s, len, pos))
        return 0;
    w->tok = tok_find_root(nw->db, w->key, w->len, w->hash, &w->root);
    return 1;
}

/* (inlined: its callers' loops read the words read once, and mostly a few fields of them) */
static ALWAYS_INLINE int name_word(const namewords *nw, pk__pword *w, const char *s, size_t len, size_t *pos)
{
    if (s == nw->s && len == nw->len) {
        size_t lo = *pos <= len ? nw->at[*pos] : nw->n; /* the first word starting at or after *pos */
        if (lo == 0 || nw->w[lo - 1].end <= *pos) {
            if (lo < nw->n) {
                *w = nw->w[lo];
                w->tok = nw->tok[lo];
                w->root = nw->root[lo];
                *pos = w->end;
                return 1;
            }
            if (nw->all) {
                *pos = len;
                return 0;
            }
        }
    }
    return name_word_read(nw, w, s, len, pos);
}

/* The best candidates (up to 4 each) of the strong or supported mentions of a name as written, in
 * order, ranked by what the name and the context tell, without the lists of the context text (what
 * correct_inside() needs): gathered by the first scan of the name, while its context is at hand. */
typedef struct named {
    size_t n;
    pk_place_id id[CTX_REGIONS];
} named;

typedef struct pick {
    int ok;         /* a mention was found */
    int good;       /* it is strong (a level word, a region) or supported by another place named */
    int cue_miss;   /* a level word came before it that none of its candidates fits ("Kelurahan Lebong") */
    int cue_level;  /* the level the level words before it set (pk_place_level or PK__CUE_LV_*), 0 none */
    size_t span;    /* bytes of its name */
    size_t w0, w1;  /* its words (cue words included): [w0, w1) */
    pk_place_resolution res;
} pick;

/* Did listed_apply() change a found name (b, from a)? It sets a level word or a dateline. */
static int listed_changed(const found *a, const found *b)
{
    return a->has_cue != b->has_cue || a->dateline != b->dateline || a->cue_level != b->cue_level ||
           a->cue_kind != b->cue_kind;
}

/* A scanner over a name with its overrides, reading the words read once before (nwv words in wv;
 * (size_t)-1: none, the scanner reads the name itself) */
static void name_scanner(scanner *sc, const pk__place_db *db, const char *name, size_t len, const override *ov,
                         size_t nov, const pk__pword *wv, size_t nwv)
{
    scan_init(sc, db, name, len);
    sc->ov = ov;
    sc->nov = nov;
    sc->text = 0; /* a name: read as the resolver reads it (its overrides join words) */
    if (nwv != (size_t)-1) {
        sc->words = wv;
        sc->nwords = nwv;
    }
}

/* The pick of a resolve_scan(): found name f ranked as list (nlist of total t), good (strong or supported);
 * its first cap candidates written to cands. */
static void pick_set(pick *out, const found *f, const pk_place_candidate *list, size_t nlist, size_t t, int good,
                     pk_place_candidate *cands, size_t cap)
{
    size_t w = nlist < cap ? nlist : cap;
    if (w)
        memcpy(cands, list, w * sizeof *list);
    pk_place_resolution *r = &out->res;
    r->id = list[0].id;
    r->level = id_level(list[0].id);
    r->ambiguous = nlist > 1 && list[0].score == list[1].score;
    r->how = list[0].how;
    r->score = list[0].score;
    r->ncandidates = w;
    r->total = t;
    r->start = f->start;
    r->end = f->end;
    out->ok = 1;
    out->good = good;
    out->cue_miss = f->cue_level && !f->use_cue;
    out->cue_level = f->cue_level;
    out->span = f->end - (f->rest_start ? f->rest_start : f->name_start);
    out->w0 = f->cue_word;
    out->w1 = f->first_word + f->nwords;
}

/* Scan a name (after a context pass over the context text and the name) and
 * pick the mention it is about: the first strong or supported one, else the
 * first one. Writes up to cap candidates. covered[] (optional) marks the raw
 * words inside mentions and cue chains. need (SIZE_MAX: none): a word the
 * caller wants inside the mention picked, which must name at least need_span
 * bytes; when no mention does, nothing is picked and the ranking is skipped
 * (out->ok = 0). */
static void resolve_scan(engine *en, const char *name, size_t len, const namewords *nws, const pk_place_options *o,
                         const override *ov, size_t nov, size_t need, size_t need_span, pk_place_candidate *cands,
                         size_t cap, pick *out, unsigned char *covered, named *nm)
{
    memset(out, 0, sizeof *out);
    /* the name's words as the scanner reads them, when read once before (nws) */
    pk__pword wv[NAME_WORDS];
    size_t nwv = name_scan_words(en->db, nws, name, len, ov, nov, wv);
    /* The mentions of the name are the same in every pass (the scanner reads words, not what the
     * mentions tell): the first pass keeps them (up to SCAN_FOUND; as found, and as ctx_pass() has
     * them after the lists of the context text and judging, which is the same in every pass), the
     * second pass and the ranking go over them again without reading the name. */
    found raw[SCAN_FOUND], app[SCAN_FOUND];
    size_t nf = 0;
    int kept = en->max_level >= PK_PLACE_KECAMATAN; /* the passes and the ranking read lists alike */
    /* round 1: what the words alone tell; round 2: the same judged with round 1 */
    ctxcount *r1 = en->ctx, *r2 = en->out_ctx, *judged = r2;
    for (int round = 0; round < 2; round++) {
        /* One mention and no context: nothing else is named, so score_of() adds nothing to
         * base_part() (every bonus needs another name or the context, but that of a province named
         * right after it, "Parigi, Sulteng"; base_part() stays below SCORE_MAX) and round 2 would
         * tell exactly what round 1 told: the ranking uses round 1. */
        /* app[0] is set when nf >= 1 (round 0 filled app[0..nf)) */
        /* cppcheck-suppress uninitvar */
        if (round == 1 && kept && nf <= 1 && (nf == 0 || !app[0].qual_prov) && !o->context &&
            !o->context_text) {
            judged = r1;
            break;
        }
        ctxcount *target = round ? r2 : r1;
        ctx_clear(en->db, target);
        if (o->context)
            ctx_add_id(en->db, target, o->context);
        en->ctx = r1;
        en->out_ctx = target;
        en->ctx_on = round;
        if (o->context_text) {
            en->rec = 1;
            en->nlisted = 0;
            ctx_pass(en, o->context_text, strlen(o->context_text), NULL, 0, 1);
            en->rec = 0;
        }
        if (round == 0 && kept) { /* ctx_pass() over the name, keeping its mentions */
            scanner sc;
            name_scanner(&sc, en->db, name, len, ov, nov, wv, nwv);
            sc.lists = 1;
            size_t wi = 0, done = 0; /* done: mentions given to ctx_found() (in the order found) */
            found f;
            while (next_found(&sc, &wi, &f)) {
                if (nf < SCAN_FOUND) {
                    raw[nf] = f;
                    listed_apply(en, &f);
                    app[nf++] = f;
                    continue;
                }
                for (; done < SCAN_FOUND; done++) /* more than SCAN_FOUND: those kept (once), then each as found */
                    ctx_found(en, &app[done]);
                listed_apply(en, &f);
                ctx_found(en, &f);
                nf++;
            }
            kept = nf <= SCAN_FOUND;
            /* no mention holds word `need` and names need_span bytes: the caller takes nothing from this scan */
            int holds = !kept || need == SIZE_MAX;
            for (size_t i = 0; i < nf && !holds; i++)
                holds = need >= raw[i].cue_word && need < raw[i].first_word + raw[i].nwords &&
                        raw[i].end - raw[i].name_start >= need_span;
            if (!holds) {
                en->ctx = r1;
                en->out_ctx = r2;
                en->ctx_on = 1;
                return;
            }
            for (; done < nf && done < SCAN_FOUND; done++)
                ctx_found(en, &app[done]);
        } else if (kept) {
            for (size_t i = 0; i < nf; i++)
                ctx_found(en, &app[i]);
        } else {
            ctx_pass(en, name, len, ov, nov, 0);
        }
    }
    en->ctx = judged;
    en->out_ctx = judged == r2 ? r1 : r2; /* for the next call: two buffers, either order */
    en->ctx_on = 1;
    scanner sc;
    name_scanner(&sc, en->db, name, len, ov, nov, wv, nwv);
    size_t wi = 0, next = 0;
    found f, f_raw, deep_f;
    pk_place_candidate list[64], deep[64]; /* deep: the ranking of a place inside the one picked */
    int chain = 0;                          /* 1: places inside the pick follow it; -1: another place does */
    pk_place_id tail = 0;                   /* the last place of the chain (the pick when none) */
    size_t deep_n = 0, deep_t = 0;
    if (nm)
        nm->n = 0;
    for (;;) {
        if (kept) {
            if (next == nf)
                break;
            f_raw = raw[next];
            f = app[next++];
        } else {
            if (!next_found(&sc, &wi, &f))
                break;
            f_raw = f;
            listed_apply(en, &f);
        }
        size_t nlist;
        int weak, sup;
        /* the named places: ranked apart unless ranked below as they are (what the context text
         * tells, its lists and dateline, changed nothing); the first 4 of a ranking are those of a
         * longer one (a total order) */
        int apart = nm && nm->n < CTX_REGIONS && (out->good || listed_changed(&f_raw, &f));
        if (apart) {
            pk_place_candidate l4[4];
            if (rank_found(en, &f_raw, l4, 4, &nlist, &weak, &sup) && (!weak || sup))
                for (size_t i = 0; i < nlist && nm->n < CTX_REGIONS; i++)
                    nm->id[nm->n++] = l4[i].id;
        }
        if (covered)
            for (size_t k = f.cue_word; k < f.first_word + f.nwords && k < RESOLVE_WORDS; k++)
                covered[k] = 1;
        if (out->good && (chain < 0 || id_level(tail) == PK_PLACE_DESA))
            continue; /* only marking the words */
        /* after the pick: the chain's next place, ranked into deep (written there by rank_found()) */
        /* cppcheck-suppress legacyUninitvar */
        pk_place_candidate *lp = out->good ? deep : list;
        size_t t = rank_found(en, &f, lp, PK_ARRAY_LEN(list), &nlist, &weak, &sup);
        if (nm && !apart && !out->good && t && (!weak || sup))
            for (size_t i = 0; i < nlist && i < 4 && nm->n < CTX_REGIONS; i++)
                nm->id[nm->n++] = list[i].id;
        if (!t || !nlist)
            continue;
        int good = !weak || sup;
        if (out->ok && !good)
            continue;
        if (out->good) {
            /* A name that goes down a chain of places after the one picked, each inside the one before
             * ("GAYO LUES | Blangkejeren", "Gubernur Jawa Timur dan Bupati Bangkalan", "Papua Barat: -Manokwari")
             * means the last, as one that goes up ("Kecamatan Meral, Kabupaten Karimun") means the first. A place
             * above the last one is a qualifier, the last one again a repetition; any other place (a list: "Kabupaten Probolinggo, Kecamatan
             * Sukapura, Kecamatan Sumber") leaves the first. Bounded: one ranking per mention, as before. */
            pk_place_id a[5];
            int lv = id_level(tail), lv2 = id_level(deep[0].id);
            ancestors(en->db, deep[0].id, a);
            if (lv2 > lv && a[lv] == tail) {
                tail = deep[0].id;
                chain = 1;
                deep_n = nlist;
                deep_t = t;
                deep_f = f;
            } else {
                ancestors(en->db, tail, a);
                if (deep[0].id != tail && (lv2 >= lv || a[lv2] != deep[0].id))
                    chain = -1; /* neither the last one again ("BARITO UTARA, MUARA TEWEH": its seat) nor above */
            }
            continue;
        }
        pick_set(out, &f, list, nlist, t, good, cands, cap);
        tail = list[0].id;
    }
    if (chain > 0 && out->good)
        pick_set(out, &deep_f, deep, deep_n, deep_t, 1, cands, cap);
}

/* Corrections of a word in the order they are tried, at most FUZZ_K: those that go on from the
 * words before (prev: their trie node, 0 if none; "Kei Besa Utara Timur": besar) and into the next
 * word (ntok, -1 if none; "Lebong Gajah": lebung, as in Lebung Gajah) first, then the closest. */
static size_t rank_corrections(const pk__place_db *db, fz *alts, size_t na, uint32_t prev, int32_t ntok)
{
    int prio[FUZZ_POOL];
    /* the trie slots read below, fetched together (their cache misses overlap) */
    for (size_t a = 0; a < na; a++) {
        PREFETCH(&db->t_fz[alts[a].tok]); /* (read by the fuzzy search: in the cache) */
        if (prev)
            PREFETCH(&db->e_tab[pk__place_edge_hash(prev, (uint32_t)alts[a].tok) & db->e_mask]);
    }
    for (size_t a = 0; a < na && ntok >= 0; a++) {
        uint32_t r = db->t_fz[alts[a].tok].root & PK__PN_NODE;
        if (r)
            PREFETCH(&db->e_tab[pk__place_edge_hash(r, (uint32_t)ntok) & db->e_mask]);
    }
    for (size_t a = 0; a < na; a++) {
        uint32_t t = (uint32_t)alts[a].tok, pn = prev ? child_of(db, prev, t) : 0, r = db->t_fz[t].root & PK__PN_NODE;
        int next = ntok >= 0 && ((pn && child_of(db, pn, (uint32_t)ntok)) || (r && child_of(db, r, (uint32_t)ntok)));
        prio[a] = (pn ? 2 : 0) + next;
    }
    for (size_t a = 1; a < na; a++) /* stable: by priority, then as found (closest first) */
        for (size_t b = a; b > 0 && prio[b - 1] < prio[b]; b--) {
            fz t = alts[b];
            alts[b] = alts[b - 1];
            alts[b - 1] = t;
            int q = prio[b];
            prio[b] = prio[b - 1];
            prio[b - 1] = q;
        }
    return na < FUZZ_K ? na : FUZZ_K;
}

#define TRIED_MAX 64

/* The corrections tried so far in one call (the first TRIED_MAX): the same correction with the same
 * distance scans to the same result, which cannot beat *fzbest a second time (it only ever grows,
 * and best and miss stay the same), so it is not scanned again. */
typedef struct trylog {
    size_t n;
    uint64_t key[TRIED_MAX]; /* word, join, distance, token */
} trylog;

/* 1 if the correction was tried before (else it is noted) */
static int tried_before(trylog *log, override one, int d)
{
    if (one.word >= RESOLVE_WORDS || d < 0 || d > 127)
        return 0;
    uint64_t key = (uint64_t)one.word << 40 | (uint64_t)(one.join != 0) << 39 | (uint64_t)d << 32 | (uint32_t)one.tok;
    for (size_t i = 0; i < log->n; i++)
        if (log->key[i] == key)
            return 1;
    if (log->n < TRIED_MAX)
        log->key[log->n++] = key;
    return 0;
}

/* is the word written "Kota" (any case)? kota_suffix() reads the text there, not the token */
static int kota_text(const char *name, const pk__pword *w)
{
    return w->end - w->start == 4 && (name[w->start] | 0x20) == 'k' && (name[w->start + 1] | 0x20) == 'o' &&
           (name[w->start + 2] | 0x20) == 't' && (name[w->start + 3] | 0x20) == 'a';
}

/* Can a scan of the name with the correction `one` find a mention holding its word whose name spans
 * `need` bytes or more (need >= 1)? try_correction() keeps nothing from a scan without one. A mention
 * holds the words of its trie walk (its name, or a level word of its chain), the word "Kota" after its
 * name (kota_suffix() reads the text, not the token) and the words a walk skips inside parentheses (a
 * name with "(": 1). Every walk of the trie through the word, from each word at most
 * PK__PLACE_MAX_DEPTH - 1 before it, is followed: a level word (cue) ending at or after the word: 1;
 * a name ending at or after it (with a "Kota" after it) spanning need bytes: 1. The words are the
 * name's as read once (not all of them: 1), the correction's token at its word (not a join: 1). The
 * word is no level word (the callers correct none, so never a word "Kota" that a name before it
 * could take as its suffix). */
static int correction_reaches(const pk__place_db *db, const namewords *nw, const char *name, size_t len,
                              override one, size_t need)
{
    /* (nw: the name's words read once, all of them or the first NAME_WORDS; one.tok: a token) */
    if (one.join || !nw->all || memchr(name, '(', len))
        return 1;
    size_t k = one.word;
    for (size_t s0 = k + 1; s0-- > 0 && k - s0 < PK__PLACE_MAX_DEPTH;) {
        uint32_t node = 0;
        for (size_t j = s0; j < nw->n && j - s0 < PK__PLACE_MAX_DEPTH; j++) {
            int32_t tok = j == k ? one.tok : nw->tok[j];
            if (tok < 0)
                break;
            uint32_t c;
            if (j == s0) /* the root's child with its flags: the correction's record, the words' as read */
                c = j == k ? db->t_fz[tok].root : nw->root[j];
            else
                c = edge_next(db, node, (uint32_t)tok);
            if (!c)
                break;
            node = c & PK__PN_NODE;
            if (j < k)
                continue;
            if (c & PK__PN_CUE)
                return 1;
            if (c & PK__PN_NAME) {
                size_t last = j + 1 < nw->n && kota_text(name, &nw->w[j + 1]) ? j + 1 : j;
                if (nw->w[last].end - nw->w[s0].start >= need)
                    return 1;
            }
        }
    }
    return 0;
}

/* Scan the name with one correction; keep it in *fzbest if it makes a strong or supported mention
 * containing the corrected word that names more (or as much, better scored) than the best so far. */
static void try_correction(engine *en, const char *name, size_t len, const namewords *nws, const pk_place_options *o,
                           override one, int d, const pick *best, int miss, pk_place_candidate *tmp, size_t tcap,
                           pk_place_candidate *keep, pick *fzbest, trylog *log)
{
    if (tried_before(log, one, d))
        return;
    /* a correction naming as many bytes as the best replaces it only when the best fits none of its
     * level words and is no kab/kota or province written in full ("Kecamatan Balakka", not
     * "Kecamatan Bogor") */
    int same_ok = miss && best->cue_miss && best->res.level > PK_PLACE_KABKOTA;
    /* the bytes a mention must name to be kept below */
    size_t span = best->good ? best->span + !same_ok : 0;
    if (fzbest->ok && fzbest->span > span)
        span = fzbest->span;
    pick alt;
    /* no mention holding the word can name the bytes needed: the scan would keep nothing */
    if (!correction_reaches(en->db, nws, name, len, one, span ? span : 1))
        return;
    resolve_scan(en, name, len, nws, o, &one, 1, one.word, span, tmp, tcap, &alt, NULL, NULL);
    if (!alt.good || one.word < alt.w0 || one.word >= alt.w1 ||
        (best->good && (alt.span < best->span || (alt.span == best->span && !same_ok))) || (miss && alt.cue_miss))
        return;
    alt.res.score *= 1.0 - 0.05 * d; /* d: 2 per edit, +1 for a first letter */
    /* the correction that names the most, then the best scored */
    if (!fzbest->ok || alt.span > fzbest->span || (alt.span == fzbest->span && alt.res.score > fzbest->res.score)) {
        *fzbest = alt;
        memcpy(keep, tmp, alt.res.ncandidates * sizeof *tmp);
    }
}

/* is the word (a dictionary token) a cue word by itself? */
static int is_cue_word(const pk__place_db *db, int32_t tok)
{
    if (tok < 0)
        return 0;
    uint32_t n = child_of(db, 0, (uint32_t)tok);
    return n && entry_level(db, db->n_entry[n + 1] - 1) == PK__PLACE_CUE;
}

/* is the token a whole place name by itself? */
static int is_name_token(const pk__place_db *db, int32_t tok)
{
    if (tok < 0)
        return 0;
    uint32_t n = child_of(db, 0, (uint32_t)tok);
    return n && db->n_entry[n] < db->n_entry[n + 1] && entry_level(db, db->n_entry[n]) <= 4;
}

/* Where a word the dictionary lacks splits into two of its words that belong together: a level or
 * office word glued to a name ("KabupatenMaros", "BupatiMaros") or two words of one name written as
 * one ("Tanjungjabung Barat"). Returns the bytes of the key before the split (each part at least 3),
 * 0 if none. At most 60 split points of two hashes of at most 64 bytes and two lookups each:
 * constant time per word. */
static size_t split_point(const pk__place_db *db, const pk__pword *w)
{
    if (w->len < 6 || w->len >= sizeof w->key)
        return 0;
    for (size_t p = 3; p + 3 <= w->len; p++) {
        int32_t a = tok_find(db, w->key, p, pk__place_key_hash(w->key, p));
        if (a < 0)
            continue;
        char rest[sizeof w->key] = {0}; /* the token compare reads a key 8 bytes at a time in a 64-byte buffer */
        memcpy(rest, w->key + p, w->len - p);
        int32_t b = tok_find(db, rest, w->len - p, pk__place_key_hash(rest, w->len - p));
        if (b < 0)
            continue;
        uint32_t ra = db->t_root[a];
        if (is_cue_word(db, a) ? child_of(db, 0, (uint32_t)b) != 0 : ra && child_of(db, ra, (uint32_t)b))
            return p;
    }
    return 0;
}

/* the byte of `name` where key byte p of word w starts (letters and digits only are in the key) */
static size_t key_byte(const char *name, const pk__pword *w, size_t p)
{
    size_t i = w->start;
    for (size_t n = 0; i < w->end; i++)
        if (is_alnum((unsigned char)name[i]) && n++ == p)
            break;
    return i;
}

/* ------------------------------------------- one edit at a level -- */

/* Does a token name (as a whole) a place of the level a level word sets? */
static int names_at_cue_level(const pk__place_db *db, int32_t tok, int cue_level)
{
    uint32_t n = tok < 0 ? 0 : db->t_fz[tok].root & PK__PN_NODE; /* child_of(db, 0, tok), from its record */
    for (uint32_t e = n ? db->n_entry[n] : 0; n && e < db->n_entry[n + 1]; e++)
        if (entry_level(db, e) <= 4 && cue_fits(db, cue_level, db->ents[e].id))
            return 1;
    return 0;
}

/* Keys as 8-byte chunks, zero-padded (the way pk__place_key_hash reads them): the hash of the key
 * whose chunks from q on are c[q..nc), from h, the state after its chunks before q. */
static inline uint32_t chunks_hash(uint64_t h, const uint64_t *c, size_t q, size_t nc)
{
    for (; q < nc; q++)
        h = pk__place_hash_chunk(h, c[q]);
    return pk__place_hash_final(h);
}

/* the n bytes of key as chunks c[0..4) (n <= 32) */
static inline void key_chunks(uint64_t c[4], const char *key, size_t n)
{
    c[0] = c[1] = c[2] = c[3] = 0;
    for (size_t j = 0; j < n; j++)
        c[j / 8] |= (uint64_t)(unsigned char)key[j] << (8 * (j % 8));
}

/* A token (or -1) one edit from word w for level_edit(): noted in *hit when it names a place of the
 * level by itself, or goes on into the next word (ntok) in a name. 1 when it is a second one. */
static int edit_accept(const pk__place_db *db, int32_t t, const pk__pword *w, int32_t ntok, int cue_level,
                       int32_t *hit, int *first)
{
    /* by itself, or with the next word ("Kecamatan Detro Timur": Metro Timur; the rescan
     * checks the level of the name it starts) */
    if (t < 0 || t == *hit || tok_jonly(db, (uint32_t)t) ||
        !(names_at_cue_level(db, t, cue_level) ||
          (ntok >= 0 && db->t_fz[t].root && child_of(db, db->t_fz[t].root & PK__PN_NODE, (uint32_t)ntok))))
        return 0;
    if (*hit >= 0)
        return 1;
    *hit = t;
    *first = db->t_fz[t].b[0] != w->key[0];
    return 0;
}

/* A variant of level_edit() that passed the token filter: n bytes in chunks c, hash h. 1 when it is
 * a second accepted token. */
static int edit_variant(const pk__place_db *db, const uint64_t c[4], size_t n, uint32_t h, const pk__pword *w,
                        int32_t ntok, int cue_level, int32_t *hit, int *first)
{
    char key[64] = {0}; /* read 8 bytes at a time by the token compare */
    for (size_t q = 0; q < 4; q++)
        store_le64(key + 8 * q, c[q]);
    return edit_accept(db, tok_find(db, key, n, h), w, ntok, cue_level, hit, first);
}

/* A token one edit from w after its first letter (a letter left out, changed to another letter, put
 * in, or two next to each other swapped), for level_edit(): the prefix the two share, then the rest
 * compared once. */
static int edit_after_first(const char *w, size_t L, const char *t, size_t n)
{
    size_t p = 0;
    while (p < L && p < n && w[p] == t[p])
        p++;
    if (p == 0)
        return 0;
    if (n + 1 == L) /* left out at p (the first of a run of equal letters) */
        return memcmp(w + p + 1, t + p, L - p - 1) == 0;
    if (n == L + 1) /* put in at p */
        return t[p] >= 'a' && t[p] <= 'z' && memcmp(w + p, t + p + 1, L - p) == 0;
    if (n != L)
        return 0;
    if (p == L) { /* the word itself: two equal letters swapped */
        for (size_t i = 1; i + 1 < L; i++)
            if (w[i] == w[i + 1])
                return 1;
        return 0;
    }
    if (memcmp(w + p + 1, t + p + 1, L - p - 1) == 0) /* changed at p */
        return t[p] >= 'a' && t[p] <= 'z';
    return p + 1 < L && t[p] == w[p + 1] && t[p + 1] == w[p] && memcmp(w + p + 2, t + p + 2, L - p - 2) == 0;
}

/* The only token one edit from a word (a letter changed, left out, added, or two swapped, the first
 * letter too) that is by itself the name of a place of the level a level word sets ("Kecamatan
 * Balakka": a village's name, one edit from one district's), or goes on into the next word (ntok,
 * -1 if none) in a name; -1 if none or more than one. The 53 edits of the first letter are keys
 * looked up (each hashed by 8-byte chunks and checked against the token filter first); the tokens
 * an edit after the first letter gives are those the deletion neighbourhood holds for the word's
 * bytes after its first letter with at most one deleted (a token one edit away shares one such
 * string with it, see fuzzy_deletions()), each checked by edit_after_first(): at most 25 lookups.
 * Constant time per word. *first: the first letter differs. */
static int32_t level_edit(const pk__place_db *db, const pk__pword *w, int32_t ntok, int cue_level, int *first)
{
    if (w->len < 5 || w->len > 24)
        return -1;
    int32_t hit = -1;
    size_t L = w->len;
    /* every key and string looked up below, hashed first: the cache lines they read (the token filter,
     * the tail index and the deletion neighbourhood) are fetched together before any is read */
    uint64_t var[2][4];
    size_t vn[2];
    uint32_t vh[2];
    for (int swap = 0; swap < 2; swap++) { /* the first letter left out, or swapped with the second */
        char b[32];
        memcpy(b, w->key, L);
        size_t n = L;
        if (swap) {
            b[0] = w->key[1];
            b[1] = w->key[0];
        } else {
            memmove(b, b + 1, L - 1);
            n = L - 1;
        }
        key_chunks(var[swap], b, n);
        vn[swap] = n;
        vh[swap] = chunks_hash(PK__PLACE_HASH0, var[swap], 0, (n + 7) / 8);
        PREFETCH(&db->t_filter[pk__place_tfilter_bit(vh[swap]) >> 5]);
    }
    uint32_t th[2]; /* the tail index: the word after its first letter, and the word itself */
    for (int ins = 0; ins < 2; ins++) {
        th[ins] = pk__place_key_hash(w->key + 1 - ins, L - 1 + (size_t)ins);
        PREFETCH(&db->tl_first[th[ins] >> (32 - PK__PLACE_TAIL_BITS)]);
    }
    /* the deletion neighbourhood of the bytes after the first letter (pk__place_del_hash()), with one
     * deleted (at i) or none (i == m) */
    const char *rest = w->key + 1;
    size_t m = L - 1;
    uint32_t pre[25], dh[24]; /* the hash's state after the first letter and rest[0..c); each lookup's hash */
    pre[0] = (2166136261u ^ (unsigned char)w->key[0]) * 16777619u;
    for (size_t c = 0; c < m; c++)
        pre[c + 1] = (pre[c] ^ (unsigned char)rest[c]) * 16777619u;
    for (size_t i = 0; i <= m; i++) {
        uint32_t h = pre[i];
        for (size_t c = i + 1; c < m; c++)
            h = (h ^ (unsigned char)rest[c]) * 16777619u;
        dh[i] = (h ^ (uint32_t)(i == m ? m : m - 1)) * 16777619u;
        PREFETCH(del_line(db, dh[i]));
    }
    for (int swap = 0; swap < 2; swap++)
        if (tok_maybe(db, vn[swap], vh[swap]) &&
            edit_variant(db, var[swap], vn[swap], vh[swap], w, ntok, cue_level, &hit, first))
            return -1;
    /* the first letter changed to another (a token of L bytes whose bytes after the first are the
     * word's after its first), or a letter put in before it (L + 1 bytes, the word after the first):
     * from the tail index, each group in the order of that letter a-z */
    for (int ins = 0; ins < 2; ins++) {
        const char *tail = w->key + 1 - ins;
        size_t tn = L - 1 + (size_t)ins;
        uint32_t h = th[ins], bk = h >> (32 - PK__PLACE_TAIL_BITS);
        int32_t by[26]; /* the token starting with each letter, -1 if none */
        int any = 0;
        for (size_t c = 0; c < 26; c++)
            by[c] = -1;
        for (uint32_t e = db->tl_first[bk]; e < db->tl_first[bk + 1]; e++) {
            uint32_t ent = db->tl_ent[e];
            if (ent >> PK__PLACE_DEL_TOKBITS != PK__PLACE_TAIL_CHECK(h))
                continue;
            uint32_t t = ent & (((uint32_t)1 << PK__PLACE_DEL_TOKBITS) - 1);
            const pk__place_tfz *r = &db->t_fz[t];
            const char *tk = tfz_bytes(db, r);
            if ((r->meta & 63u) != tn + 1 || (!ins && tk[0] == w->key[0]) || memcmp(tk + 1, tail, tn) != 0)
                continue;
            by[tk[0] - 'a'] = (int32_t)t; /* a-z: the index holds no other */
            any = 1;
        }
        for (size_t c = 0; c < 26 && any; c++)
            if (by[c] >= 0 && edit_accept(db, by[c], w, ntok, cue_level, &hit, first))
                return -1;
    }
    /* the first letter kept: the deletion neighbourhood */
    for (size_t i = 0; i <= m; i++) {
        uint32_t h = dh[i];
        for (const uint32_t *ln = del_line(db, h);; ln += 16) { /* the lines of its entries */
            for (uint32_t mk = del_matches(ln, pk__place_del_check(h)); mk; mk &= mk - 1) {
                uint32_t t = del_token(ln, lowest_bit(mk));
                const pk__place_tfz *r = &db->t_fz[t];
                if (!edit_after_first(w->key, L, tfz_bytes(db, r), r->meta & 63u))
                    continue;
                if (edit_accept(db, (int32_t)t, w, ntok, cue_level, &hit, first))
                    return -1;
            }
            if (!(ln[0] & PK__PLACE_DEL_MORE))
                break;
        }
    }
    return hit;
}

/* How many districts' names start with the n words and go on after them ("Negeri" of Negeri
 * Katon, "Rokan" of Rokan IV Koto); the first of them in *id. One pass over the districts' names,
 * stopped at the first word that differs: bounded by the table, no allocation. */
static size_t districts_starting(const pk__place_db *db, const pk__pword *words, size_t n, pk_place_id *id,
                                 size_t *exact)
{
    size_t count = 0;
    *exact = 0;
    /* the districts whose name's first byte can be the key's (d_lc: by that byte, in index order) */
    int grp = pk__place_dlc_group((unsigned char)words[0].key[0]);
    for (size_t x = db->d_lc_first[grp]; x < db->d_lc_first[grp + 1]; x++) {
        size_t i = db->d_lc[x];
        const char *nm = db->pool + db->d_name[i];
        if ((nm[0] | 0x20) != words[0].key[0])
            continue;
        /* the name's letters and digits, lower-cased, start with the words' keys (the words' keys are
         * those letters and digits, word by word): else it is not read word by word */
        const unsigned char *u = (const unsigned char *)nm;
        size_t k = 0, j = 0;
        for (; *u && k < n; u++) {
            if (!lower_alnum[*u])
                continue;
            if (lower_alnum[*u] != (unsigned char)words[k].key[j])
                break;
            if (++j == words[k].len) {
                k++;
                j = 0;
            }
        }
        if (k < n)
            continue;
        size_t nl = strlen(nm), pos = 0;
        k = 0;
        pk__pword w;
        while (k < n && pk__place_next_word(&w, nm, nl, &pos) && w.len == words[k].len &&
               memcmp(w.key, words[k].key, w.len) == 0)
            k++;
        if (k < n)
            continue;
        if (!pk__place_next_word(&w, nm, nl, &pos))
            ++*exact; /* the words are the whole name */
        else if (!count++)
            *id = PK__PLACE_ID(PK_PLACE_KECAMATAN, i);
    }
    return count;
}

/* the bytes of a place name as one key: its words' keys joined, without spaces ("Tanjung Pinang
 * Timur": tanjungpinangtimur); 0 if longer than cap */
static size_t joined_key(const char *name, char *key, size_t cap)
{
    pk__pword w;
    size_t pos = 0, n = 0, len = strlen(name);
    while (pk__place_next_word(&w, name, len, &pos)) {
        if (n + w.len > cap)
            return 0;
        memcpy(key + n, w.key, w.len);
        n += w.len;
    }
    return n;
}

/* How many districts' names are the words with their spaces put elsewhere ("Bagan Sinembahraya"
 * for Bagan Sinembah Raya, "Tanjungpinang Timur"): their keys joined are equal; the first in *id.
 * One pass over the districts' names, most skipped by the first letter. */
static size_t districts_joined(const pk__place_db *db, const pk__pword *words, size_t n, pk_place_id *id)
{
    char key[64];
    size_t kl = 0, count = 0;
    for (size_t k = 0; k < n; k++) {
        if (kl + words[k].len > sizeof key)
            return 0;
        memcpy(key + kl, words[k].key, words[k].len);
        kl += words[k].len;
    }
    /* the name's first word is a token that starts a name and a prefix of the key: else no pass */
    int starts = 0;
    for (size_t p = 2; p <= kl && !starts; p++) {
        char pre[64] = {0}; /* read 8 bytes at a time by the token compare */
        memcpy(pre, key, p);
        int32_t t = tok_find(db, pre, p, pk__place_key_hash(pre, p));
        starts = t >= 0 && db->t_root[t];
    }
    for (size_t i = 0; starts && i < db->ndistricts; i++) {
        /* the name's letters and digits, lower-cased, against the key: most differ in a few bytes */
        const unsigned char *nm = (const unsigned char *)db->pool + db->d_name[i];
        size_t j = 0;
        for (; *nm && j <= kl; nm++) {
            if (!is_alnum(*nm))
                continue;
            if (j == kl || (char)(*nm >= 'A' && *nm <= 'Z' ? *nm | 0x20 : *nm) != key[j])
                break;
            j++;
        }
        if (j == kl && !*nm && !count++)
            *id = PK__PLACE_ID(PK_PLACE_KECAMATAN, i);
    }
    return count;
}

/* ------------------------------------------------ a letter left out -- */

/* Does a token name (as a whole) a place of level at most maxl? */
static int names_level_upto(const pk__place_db *db, int32_t tok, int maxl)
{
    uint32_t n = tok < 0 ? 0 : db->t_fz[tok].root & PK__PN_NODE; /* child_of(db, 0, tok), from its record */
    for (uint32_t e = n ? db->n_entry[n] : 0; n && e < db->n_entry[n + 1]; e++)
        if (entry_level(db, e) <= maxl)
            return 1;
    return 0;
}

/* A short word (4 to 6 letters) the dictionary lacks that is a kab/kota or province name with one
 * letter left out ("Slman", "Bogr"): the only such name one letter longer, found by putting each
 * letter at each place (at most 7 * 26 lookups: constant). The fuzzy search of the whole
 * dictionary finds too many villages that close to a short word to reach it. -1 if none or more
 * than one. */
static int32_t region_missing_letter(const pk__place_db *db, const pk__pword *w)
{
    if (w->len < 4 || w->len > 6)
        return -1;
    static const char abc[] = "abcdefghijklmnopqrstuvwxyz";
    int32_t hit = -1;
    for (size_t i = 0; i <= w->len; i++)
        for (size_t c = 0; c + 1 < sizeof abc; c++) {
            if (i > 0 && w->key[i - 1] == abc[c])
                continue; /* the same name as one letter later */
            char key[64] = {0};
            memcpy(key, w->key, i);
            key[i] = abc[c];
            memcpy(key + i + 1, w->key + i, w->len - i);
            int32_t t = tok_find(db, key, w->len + 1u, pk__place_key_hash(key, w->len + 1u));
            if (t < 0 || !names_level_upto(db, t, PK_PLACE_KABKOTA) || t == hit)
                continue;
            if (hit >= 0)
                return -1;
            hit = t;
        }
    return hit;
}

/* ------------------------------------------- corrections in a region -- */

#define PHRASE_WORDS 4 /* words after a level word read as the name it introduces */
#define SMALL_SET 64   /* places few enough to allow a looser edit bound among them */

/* edits allowed between a name of len bytes and one of a set of nset places: one for a short
 * name, two (three for a long one) when the set is small (the places of one district or
 * kab/kota), else the bounds of the whole dictionary's search */
static int set_bound(size_t len, size_t nset)
{
    if (len < 4)
        return 0;
    if (nset > SMALL_SET)
        return len <= 7 ? 1 : 2;
    return len <= 5 ? 1 : len <= 11 ? 2 : 3;
}

/* The place at level lv (district or village) inside `in` (a kab/kota or district) whose name is
 * closest to key (joined words), if one is closest alone within set_bound(); its edit distance in
 * *dist. Works over at most the villages of one kab/kota: bounded by the tables, no allocation. */
static pk_place_id closest_inside(const pk__place_db *db, pk_place_id in, int lv, const char *key, size_t klen,
                                  int *dist)
{
    int il = id_level(in);
    uint32_t ii = PK__PLACE_INDEX(in);
    size_t d0, d1; /* districts [d0, d1) */
    if (il == PK_PLACE_KECAMATAN && lv == PK_PLACE_DESA) {
        d0 = ii;
        d1 = ii + 1;
    } else if (il == PK_PLACE_KABKOTA) {
        d0 = db->r_first_district[ii];
        d1 = db->r_first_district[ii + 1];
    } else {
        return 0;
    }
    size_t a = lv == PK_PLACE_DESA ? db->d_first_village[d0] : d0;
    size_t z = lv == PK_PLACE_DESA ? db->d_first_village[d1] : d1;
    int bound = set_bound(klen, z - a), bestd = bound + 1, ties = 0;
    pk_place_id hit = 0;
    if (!klen || klen > 64)
        return 0;
    uint64_t peq[256]; /* the key's letters for osa_bits (the names' bytes read below are lower_alnum's) */
    int have_peq = 0;  /* set at its first use: most searches compare within two edits only */
    const uint8_t *nkl = lv == PK_PLACE_DESA ? db->v_klen : db->d_klen;
    for (size_t i = a; i < z; i++) {
        char ck[64];
        /* the length of the name's joined key (below) when it fits ck: the bound is checked first */
        size_t n = nkl[i];
        if (n <= sizeof ck && (!n || (n > klen ? n - klen : klen - n) > (size_t)(bestd < bound ? bestd : bound)))
            continue;
        const char *nm = db->pool + (lv == PK_PLACE_DESA ? db->v_name[i] : db->d_name[i]);
        /* joined_key(): the name's letters and digits, lower-cased (read apart only past 64) */
        size_t cl = 0;
        for (const unsigned char *u = (const unsigned char *)nm; *u && cl <= sizeof ck; u++)
            if (lower_alnum[*u] && cl++ < sizeof ck)
                ck[cl - 1] = (char)lower_alnum[*u];
        if (cl > sizeof ck)
            cl = joined_key(nm, ck, sizeof ck);
        int lim = bestd < bound ? bestd : bound;
        if (!cl || (cl > klen ? cl - klen : klen - cl) > (size_t)lim)
            continue; /* more than lim edits: changes nothing below */
        /* the distance when at most the bound so far, else more: all the loop tells apart (osa_two() tells
         * distances up to 2, else 3) */
        if (lim > 2 && !have_peq) {
            key_peq(peq, key, klen);
            have_peq = 1;
        }
        int d = lim <= 2 ? osa_two(key, klen, ck, cl) : osa_bits(peq, klen, ck, cl, lim);
        if (d < bestd) {
            bestd = d;
            ties = 0;
            hit = PK__PLACE_ID(lv, i);
        } else if (d == bestd && d <= bound) {
            ties++;
        }
    }
    if (!hit || ties)
        return 0;
    *dist = bestd;
    return hit;
}

/* The name rescanned with place id's own name in place of bytes [s0, s1) ("Desa Ngadsri" read as
 * "Desa Ngadisari"): 1 and *alt (offsets in the name as written) if id is what it names. */
static int rescan_with(engine *en, const char *name, size_t len, const pk_place_options *o, size_t s0, size_t s1,
                       pk_place_id id, pk_place_candidate *tmp, size_t tcap, pick *alt)
{
    pk_place p;
    memset(&p, 0, sizeof p);
    p.version = PK_PLACE_VERSION;
    if (pk__place_get(en->db, &p, id, NULL) != PK_OK)
        return 0;
    size_t nl = strlen(p.name);
    char buf[PK_PLACE_NAME_MAX + 128];
    if (len - (s1 - s0) + nl >= sizeof buf)
        return 0;
    memcpy(buf, name, s0);
    memcpy(buf + s0, p.name, nl);
    memcpy(buf + s0 + nl, name + s1, len - s1);
    size_t bl = len - (s1 - s0) + nl;
    buf[bl] = 0;
    resolve_scan(en, buf, bl, NULL, o, NULL, 0, SIZE_MAX, 0, tmp, tcap, alt, NULL, NULL);
    if (!alt->ok || alt->res.id != id)
        return 0;
    size_t *ends[2] = {&alt->res.start, &alt->res.end};
    for (int j = 0; j < 2; j++) {
        size_t *x = ends[j];
        if (*x >= s0 + nl)
            *x = *x - nl + (s1 - s0);
        else if (*x > s0)
            *x = s1;
    }
    return 1;
}

/* A level word (Desa, Kelurahan, Kades, Kecamatan, Camat, Distrik) followed by words that name
 * no place of its level, inside a region the name or the context gives ("Desa Gunung Kesan,
 * Kecamatan Karang Penang"; "Kecamatan Tanjungpinang Timur" inside Kota Tanjung Pinang): the words
 * corrected among the places of that level in the region, a small set, so a looser bound (and a
 * wrong first letter) is safe. The name is rescanned with the place's own name put in. Returns 1
 * and fills *out (candidates in tmp) when a place of the level word's level comes out of it. */
static int correct_inside(engine *en, const char *name, size_t len, const namewords *nws, const pk_place_options *o,
                          const pick *best, const named *nm, pk_place_candidate *tmp, size_t tcap, pick *out)
{
    const pk__place_db *db = en->db;
    pk__pword w;
    size_t pos = 0;
    struct {
        size_t start[PHRASE_WORDS], end[PHRASE_WORDS], klen[PHRASE_WORDS], wlen[PHRASE_WORDS], n;
        char key[64];
        int lv;
    } ph;
    ph.n = 0;
    ph.lv = 0;
    /* the regions: those of the name's candidates (a district name shared by several: "Kecamatan
     * Kuripan" is in Probolinggo and in Barito Kuala) and of the context; districts, then kab/kota */
    pk_place_id ctx[CTX_REGIONS], a[5];
    size_t nctx = 0;
    int scanned = 0, done = 0, fuzzy = best->res.how == PK_PLACE_MATCH_FUZZY;
    size_t phrases = 0; /* at most MAX_OV, each over at most CTX_REGIONS regions' places */
    for (size_t k = 0; !done && k < RESOLVE_WORDS && phrases < MAX_OV; k++) {
        int more = name_word(nws, &w, name, len, &pos);
        int32_t tok = more ? w.tok : -1;
        int cue = more && is_cue_word(db, tok);
        int end = ph.lv && ph.n && (!more || cue || ph.n == PHRASE_WORDS);
        /* the name already names a place of the level word's level (not by a correction made without
         * the region: "Desa Mgadisari Kecamatan Sukapura" is no Madusari of Ponorogo) */
        if (end && best->ok && !best->cue_miss && best->res.level >= ph.lv &&
            (best->res.how != PK_PLACE_MATCH_FUZZY || best->res.level > ph.lv) &&
            !(best->res.start > ph.start[0] && best->res.start < ph.end[ph.n - 1]))
            end = 0; /* unless it starts inside the words ("Desa Nomok Sinar Jaya": Sinar Jaya) */
        if (end && !scanned) {
            /* every mention of the name, with the context the name and context text give */
            scanned = 1;
            pk_place_id ids[CTX_REGIONS];
            size_t nids = nm->n;
            memcpy(ids, nm->id, nids * sizeof *ids);
            if (best->ok && !fuzzy && nids < CTX_REGIONS)
                ids[nids++] = best->res.id;
            if (o->context && nids < CTX_REGIONS)
                ids[nids++] = o->context;
            for (int l = PK_PLACE_KECAMATAN; l >= PK_PLACE_KABKOTA; l--)
                for (size_t i = 0; i < nids; i++) {
                    ancestors(db, ids[i], a);
                    int dup = !a[l] || nctx == CTX_REGIONS;
                    for (size_t j = 0; j < nctx && !dup; j++)
                        dup = ctx[j] == a[l];
                    if (!dup)
                        ctx[nctx++] = a[l];
                }
        }
        phrases += end;
        for (size_t n = end ? ph.n : 0; n > 0 && !done; n--) {
            /* a place of the level word's level named by more bytes than these n words (and than any
             * fewer of them): none of them takes its place (below), so none is looked for */
            if (best->ok && best->res.level == ph.lv && ph.end[n - 1] - ph.start[0] < best->span)
                break;
            /* the phrase's first n words among the places of its level in the regions: the districts'
             * villages, or the kab/kotas' when no district is known; one place closest of all */
            int deepest = 0, d = 0, bestd = INT_MAX, ties = 0;
            pk_place_id id = 0;
            for (size_t c = 0; c < nctx; c++)
                if (id_level(ctx[c]) < ph.lv && id_level(ctx[c]) > deepest)
                    deepest = id_level(ctx[c]);
            for (size_t c = 0; c < nctx; c++) {
                if (id_level(ctx[c]) != deepest)
                    continue;
                pk_place_id x = closest_inside(db, ctx[c], ph.lv, ph.key, ph.klen[n - 1], &d);
                if (x && d < bestd) {
                    bestd = d;
                    id = x;
                    ties = 0;
                } else if (x && d == bestd && x != id) {
                    ties = 1;
                }
            }
            /* a word no longer than the edits could be made up whole ("Camat di Cianjur"): no evidence */
            for (size_t j = 0; j < n && id; j++)
                if (bestd && ph.wlen[j] <= (size_t)bestd)
                    id = 0;
            if (!id || ties)
                continue;
            size_t nw = n;
            n = 1; /* the longest words that name a place decide: no shorter ones after them */
            if (best->ok && best->res.id == id)
                continue;
            /* a correction of the level word's level made without the region stands against one of
             * fewer words ("Camat Padang Bolek Tenggara" is no Kecamatan Padang) */
            if (best->ok && best->res.level == ph.lv && ph.end[nw - 1] - ph.start[0] < best->span)
                continue;
            pick alt;
            if (!rescan_with(en, name, len, o, ph.start[0], ph.end[nw - 1], id, tmp, tcap, &alt))
                continue;
            alt.res.score *= 1.0 - 0.1 * bestd;
            alt.res.how = bestd ? PK_PLACE_MATCH_FUZZY : PK_PLACE_MATCH_JOINED;
            *out = alt;
            done = 1;
        }
        if (end || (ph.lv && ph.n == PHRASE_WORDS)) {
            ph.lv = 0;
            ph.n = 0;
        }
        if (!more)
            break;
        if (cue) {
            int lv = cue_node_level(db, child_of(db, 0, (uint32_t)tok));
            ph.lv = lv == PK_PLACE_KECAMATAN || lv == PK_PLACE_DESA ? lv : 0;
            ph.n = 0;
        } else if (ph.lv) {
            size_t kl = ph.n ? ph.klen[ph.n - 1] : 0;
            if (kl + w.len > sizeof ph.key) {
                ph.lv = 0;
                continue;
            }
            memcpy(ph.key + kl, w.key, w.len);
            ph.start[ph.n] = w.start;
            ph.end[ph.n] = w.end;
            ph.wlen[ph.n] = w.len;
            ph.klen[ph.n++] = kl + w.len;
        }
    }
    return done;
}

/* A district's name cut short after a district level word ("Distrik Aimando" for Aimando Padaido,
 * "Polsek Rokan IV" for Rokan IV Koto): the words (the first one written as a name) that start the
 * name of one district only and are no district's whole name, when nothing else is named there.
 * Scored lower than a name in full. 1 and *out (candidates in tmp) if found. */
static int cut_short(engine *en, const char *name, size_t len, const namewords *nws, const pk_place_options *o,
                     const pick *best, pk_place_candidate *tmp, size_t tcap, pick *out)
{
    const pk__place_db *db = en->db;
    pk__pword w, words[PHRASE_WORDS];
    size_t pos = 0, n = 0;
    int lv = 0;
    size_t phrases = 0; /* at most MAX_OV, each at most PHRASE_WORDS passes over the districts */
    for (size_t k = 0; k <= RESOLVE_WORDS && phrases < MAX_OV; k++) {
        int more = k < RESOLVE_WORDS && name_word(nws, &w, name, len, &pos);
        int32_t tok = more ? w.tok : -1;
        int cue = more && is_cue_word(db, tok);
        if (lv && n && (!more || cue || n == PHRASE_WORDS)) {
            phrases++;
            for (size_t m = n; m > 0; m--) {
                size_t s0 = words[0].start, s1 = words[m - 1].end, whole = 0;
                pk_place_id id = 0;
                if (best->ok && !best->cue_miss && best->res.level == PK_PLACE_KECAMATAN && best->res.start <= s0 &&
                    best->res.end >= s1)
                    break; /* a district named covers the words */
                /* the words' path in the trie: a name goes on from it only if it has children; words
                 * with no path may be joined differently */
                uint32_t node = 0;
                for (size_t j = 0; j < m; j++) {
                    int32_t t = words[j].tok;
                    node = t < 0 ? 0 : j == 0 ? db->t_root[t] & PK__PN_NODE : child_of(db, node, (uint32_t)t);
                    if (!node)
                        break;
                }
                for (uint32_t e = node ? db->n_entry[node] : 0; node && e < db->n_entry[node + 1]; e++)
                    whole += entry_level(db, e) == PK_PLACE_KECAMATAN;
                size_t c = 0;
                if (!whole && node && (db->n_kids[node >> 5] & (1u << (node & 31))))
                    c = districts_starting(db, words, m, &id, &whole);
                if (whole)
                    break; /* the words are a district's whole name */
                int joined = m > 1 && !node && districts_joined(db, words, m, &id) == 1;
                if ((c != 1 && !joined) || (best->ok && (best->res.end <= s0 || best->res.start >= s1)))
                    continue; /* several, or something else is named */
                if (!joined && c == 1)
                    districts_starting(db, words, m, &id, &whole);
                pick alt;
                if (!rescan_with(en, name, len, o, s0, s1, id, tmp, tcap, &alt))
                    break;
                alt.res.score *= joined ? 0.9 : 0.75;
                alt.res.how = joined ? PK_PLACE_MATCH_JOINED : PK_PLACE_MATCH_FUZZY;
                *out = alt;
                return 1;
            }
            lv = 0;
            n = 0;
        }
        if (!more)
            break;
        if (cue) {
            lv = cue_node_level(db, child_of(db, 0, (uint32_t)tok)) == PK_PLACE_KECAMATAN;
            n = 0;
        } else if (lv) {
            word_caps(&w, name);
            if (!n && !(w.cap || w.allcaps))
                lv = 0;
            else
                words[n++] = w;
        }
    }
    return 0;
}

/* The corrections a level word or a short capitalised word allows, tried into *fzbest beside the
 * typo pass's own (same arguments as try_correction; covered: the words inside mentions) */
static void level_word_corrections(engine *en, const char *name, size_t len, const namewords *nws,
                                   const pk_place_options *o,
                                   const pick *best, int miss, const unsigned char *covered, pk_place_candidate *tmp,
                                   size_t tcap, pk_place_candidate *keep, pick *fzbest, trylog *log)
{
    const pk__place_db *db = en->db;
    pk__pword w;
    /* nothing found: a short unknown word that is a kab/kota or province with a letter left out */
    size_t wpos = 0; /* the words are read one after another */
    for (size_t k = 0; !fzbest->ok && !best->ok && k < RESOLVE_WORDS && name_word(nws, &w, name, len, &wpos); k++) {
        word_caps(&w, name);
        if (w.tok >= 0 || !(w.cap || w.allcaps))
            continue; /* written as a name: "angkat" (lift) is no Langkat */
        int32_t t = region_missing_letter(db, &w);
        if (t >= 0)
            try_correction(en, name, len, nws, o, (override){k, t, 0}, 2, best, miss, tmp, tcap, keep, fzbest, log);
    }
    /* a word after a level word that names no place of its level, one edit from the only such
     * place: the level word is strong evidence ("Kecamatan Balakka", "Camat Pundjul") */
    int lv = 0;
    wpos = 0;
    for (size_t k = 0; k < RESOLVE_WORDS && name_word(nws, &w, name, len, &wpos); k++) {
        int32_t t0 = w.tok;
        if (is_cue_word(db, t0)) {
            lv = cue_node_level(db, child_of(db, 0, (uint32_t)t0));
            continue;
        }
        int in_miss = miss && k >= best->w0 && k < best->w1;
        int level = in_miss ? best->cue_level : lv;
        lv = 0;
        word_caps(&w, name);
        /* a name as written (not "camat memang"), not a kab/kota or province written in full
         * ("Kecamatan Bogor" of Kecamatan Bogor Utara), nor the first word of a district's
         * name ("Kecamatan Negeri" of Negeri Katon) */
        if (!level || (!in_miss && best->good && covered[k]) || !(w.cap || w.allcaps) ||
            (in_miss && best->res.level <= PK_PLACE_KABKOTA))
            continue;
        pk_place_id pre;
        size_t whole;
        /* (every district's name is a path of the trie: none goes on from a word whose node has no
         * children, and the pass over the districts is not needed) */
        uint32_t n0 = t0 >= 0 ? db->t_root[t0] & PK__PN_NODE : 0;
        if (level == PK_PLACE_KECAMATAN && n0 && (db->n_kids[n0 >> 5] & (1u << (n0 & 31))) &&
            districts_starting(db, &w, 1, &pre, &whole))
            continue;
        int first = 0;
        pk__pword nx;
        size_t npos = wpos;
        int32_t ntok = name_word(nws, &nx, name, len, &npos) ? nx.tok : -1;
        int32_t t = level_edit(db, &w, ntok, level, &first);
        if (t >= 0 && t != t0)
            try_correction(en, name, len, nws, o, (override){k, t, 0}, 2 + first, best, miss, tmp, tcap, keep, fzbest,
                           log);
    }
}

/* ------------------------------------------- "Kecamatan Kota" locally -- */

/* Is the district's name "Kota " and the name of its own kab/kota ("Kota Sumenep" of Kabupaten Sumenep, letters
 * compared with case and punctuation aside)? */
static int kota_of_own_kab(const pk__place_db *db, size_t d)
{
    const char *nm = db->pool + db->d_name[d];
    if (strncmp(nm, "Kota ", 5) != 0)
        return 0;
    const unsigned char *a = (const unsigned char *)nm + 5,
                        *b = (const unsigned char *)db->regions->regions[db->d_region[d]].name;
    for (;;) {
        while (*a && !lower_alnum[*a])
            a++;
        while (*b && !lower_alnum[*b])
            b++;
        if (!*a || !*b)
            return !*a && !*b;
        if (lower_alnum[*a++] != lower_alnum[*b++])
            return 0;
    }
}

/* "Kecamatan Kota" or "Kota" (a kecamatan level word, or none, then the word Kota alone) where the context
 * names a kabupaten whose central kecamatan is called "Kota <its name>": that kecamatan. The town's own
 * people call the kecamatan that carries the kabupaten's name "Kota" ("KPU Sumenep ... di Kecamatan Kota":
 * Kota Sumenep 35.29.01; "kecamatan di Kabupaten Kudus, yakni Gebog, Dawe, Bae, Kota, Undaan": Kota Kudus
 * 33.19.02). Only for a name nothing else resolved, with a context (options' context inside the kabupaten, or
 * a context text naming it) that fits exactly one such kecamatan. One pass over the districts' names and a
 * region search of the context text: linear. 1 if *best was set. */
static int kota_local(const pk__place_db *db, const pk_place_options *o, const char *name, size_t len,
                      const namewords *nws, pick *best, pk_place_candidate *cands, size_t cap)
{
    if (!o->context && !o->context_text)
        return 0;
    if (o->level != PK_PLACE_ANY_LEVEL && o->level != PK_PLACE_KECAMATAN)
        return 0;
    /* the words: a kecamatan level word (optional), then "kota", nothing after it */
    pk__pword w;
    size_t pos = 0, nw = 0, start = 0, end = 0;
    uint32_t node = 0; /* the level word's trie node so far */
    while (name_word(nws, &w, name, len, &pos)) {
        if (nw++ == 0)
            start = w.start;
        if (end || nw > PK__PLACE_MAX_DEPTH)
            return 0; /* a word after Kota, or too many before it */
        if (w.len == 4 && memcmp(w.key, "kota", 4) == 0 &&
            (nw == 1 || (node && cue_node_level(db, node) == PK_PLACE_KECAMATAN))) {
            end = w.end;
            continue;
        }
        node = w.tok < 0 ? 0 : child_of(db, node, (uint32_t)w.tok);
        if (!node)
            return 0;
    }
    if (!end)
        return 0;
    /* the kabupaten the context text names */
    pk_region_mention ms[32];
    size_t nm = 0, total = 0;
    if (o->context_text) {
        size_t cl = strlen(o->context_text);
        if (cl <= PK_REGION_TEXT_MAX &&
            pk__place_find_regions(db, ms, PK_ARRAY_LEN(ms), &total, o->context_text, cl, 0, NULL) == PK_OK)
            nm = total < PK_ARRAY_LEN(ms) ? total : PK_ARRAY_LEN(ms);
    }
    size_t hits = 0, hit = 0;
    for (size_t d = 0; d < db->ndistricts; d++) {
        if (db->pool[db->d_name[d]] != 'K' || !kota_of_own_kab(db, d))
            continue;
        uint32_t r = db->d_region[d];
        int in_ctx = o->context && pk__place_within(db, o->context, PK__PLACE_ID(PK_PLACE_KABKOTA, r));
        for (size_t i = 0; i < nm && !in_ctx; i++)
            in_ctx = ms[i].region == &db->regions->regions[r];
        if (in_ctx && !hits++)
            hit = d;
    }
    if (hits != 1)
        return 0;
    memset(best, 0, sizeof *best);
    best->ok = best->good = 1;
    best->span = end - start;
    best->w1 = nw;
    best->res.id = PK__PLACE_ID(PK_PLACE_KECAMATAN, hit);
    best->res.level = PK_PLACE_KECAMATAN;
    best->res.how = PK_PLACE_MATCH_ALIAS;
    best->res.score = (base_score(PK_PLACE_KECAMATAN) - 0.02) / SCORE_MAX;
    best->res.total = 1;
    best->res.ncandidates = cap ? 1 : 0;
    best->res.start = start;
    best->res.end = end;
    if (cap)
        cands[0] = (pk_place_candidate){best->res.id, best->res.score, PK_PLACE_MATCH_ALIAS};
    return 1;
}

pk_status pk__place_resolve(const pk__place_db *db, pk_place_resolution *out, pk_place_candidate *cands,
                            size_t cap, const char *name, const pk_place_options *opts, pk_error *err)
{
    if (!out || !name || (!cands && cap))
        return pk__fail(err, PK_EINVAL, !out ? "out" : !name ? "name" : "cands", "NULL argument");
    pk_status s = check_version(out->version, PK_PLACE_RESOLUTION_VERSION, "resolution", err);
    if (s != PK_OK)
        return s;
    unsigned v = out->version;
    memset(out, 0, sizeof *out);
    out->version = v;
    pk_place_options o;
    s = check_opts(&o, opts, db, err);
    if (s != PK_OK)
        return s;
    size_t len = 0;
    while (name[len] && len <= PK_PLACE_NAME_MAX)
        len++;
    if (len > PK_PLACE_NAME_MAX)
        return pk__fail(err, PK_ETOOLONG, "name", "name is longer than %d bytes", PK_PLACE_NAME_MAX);
    s = check_text(name, len, PK_PLACE_NAME_MAX, err);
    if (s != PK_OK)
        return s;
    if (o.context_text) {
        size_t cl = 0;
        while (cl <= PK_PLACE_TEXT_MAX && o.context_text[cl])
            cl++;
        s = check_text(o.context_text, cl, PK_PLACE_TEXT_MAX, err);
        if (s != PK_OK)
            return s;
    }
    int any = 0;
    for (size_t i = 0; i < len && !any; i++)
        any = is_alnum((unsigned char)name[i]);
    if (!any)
        return pk__fail(err, PK_EINVAL, "name", "name has no ASCII letters or digits");
    if (db->regions->nregions > MAX_REGIONS || db->ndistricts > MAX_DISTRICTS)
        return pk__fail(err, PK_ERANGE, "db", "place tables too large");
    ctxcount ctx, ctx2;
    engine en;
    engine_init(&en, db, &o, &ctx, 0);
    /* unknown content: zeroed (what these tables read) by its first ctx_clear(), before any use
       (resolve_scan() clears a round's target first); a name ranked by its first pass alone never
       needs it */
    ctx_unknown(&ctx2, db->regions->nregions, db->ndistricts);
    en.out_ctx = &ctx2;
    en.flags |= PK_PLACE_WEAK;
    unsigned char covered[RESOLVE_WORDS];
    memset(covered, 0, sizeof covered);
    pick best, alt;
    named nm;
    namewords nwc;
    const namewords *nws = &nwc;
    name_words_read(db, &nwc, name, len);
    resolve_scan(&en, name, len, nws, &o, NULL, 0, SIZE_MAX, 0, cands, cap, &best, covered, &nm);

    /* words written apart that the data writes together ("Kedung Sumur", "Labuhan Batu Selatan") */
    override ov[MAX_OV];
    size_t nov = 0;
    {
        pk__pword a, b;
        size_t pos = 0, i = 0;
        int have = name_word(nws, &a, name, len, &pos);
        while (have && nov < MAX_OV) {
            if (!name_word(nws, &b, name, len, &pos))
                break;
            if (a.len + b.len < sizeof a.key && !is_cue_word(db, a.tok)) {
                char key[64] = {0}; /* read 8 bytes at a time by the token compare */
                memcpy(key, a.key, a.len);
                memcpy(key + a.len, b.key, b.len);
                int32_t t = tok_find(db, key, a.len + b.len, pk__place_key_hash(key, a.len + b.len));
                /* not a word only names with two words joined have ("Barat Daya" of "Papua Barat Daya" stays
                 * apart: "Papua Baratdaya" is a form the tables add, not a name) */
                if (t >= 0 && tok_jonly(db, (uint32_t)t))
                    t = -1;
                if (is_name_token(db, t) || (t >= 0 && !is_name_token(db, a.tok))) {
                    ov[nov++] = (override){i, t, 1};
                    a = b; /* the pair is used up */
                    i += 2;
                    have = name_word(nws, &a, name, len, &pos);
                    continue;
                }
            }
            a = b;
            i++;
        }
    }
    if (nov) {
        pk_place_candidate tmp[64];
        size_t tcap = cap < PK_ARRAY_LEN(tmp) ? cap : PK_ARRAY_LEN(tmp);
        resolve_scan(&en, name, len, nws, &o, ov, nov, SIZE_MAX, 0, tmp, tcap, &alt, NULL, NULL);
        /* the same place from the same words is read as written ("Papua Barat Daya" read as "Papuabarat Daya",
         * a form the tables have of it, is still its name) */
        if (alt.ok && (alt.good || !best.good) &&
            (!best.ok || alt.span > best.span || (alt.good && !best.good) ||
             (alt.span == best.span && alt.res.score > best.res.score && alt.res.id != best.res.id))) {
            best = alt;
            best.res.how = best.res.how == PK_PLACE_MATCH_NAME ? PK_PLACE_MATCH_JOINED : best.res.how;
            memcpy(cands, tmp, best.res.ncandidates * sizeof *cands);
        }
    }

    /* one word the data writes as two: a space put back where a word the dictionary lacks splits
     * into two of its words that belong together (the rewritten name is scanned; offsets mapped back).
     * Only when nothing strong was found: a name already resolved costs nothing more. */
    {
        char buf[PK_PLACE_NAME_MAX + MAX_OV + 1];
        size_t ins[MAX_OV], nins = 0, split_word[MAX_OV], bl = 0, from = 0;
        pk__pword w;
        size_t pos = 0;
        for (size_t k = 0; !best.good && nins < MAX_OV && name_word(nws, &w, name, len, &pos); k++) {
            if (w.tok >= 0)
                continue;
            size_t p = split_point(db, &w);
            if (!p)
                continue;
            size_t at = key_byte(name, &w, p);
            memcpy(buf + bl, name + from, at - from);
            bl += at - from;
            ins[nins] = bl;
            split_word[nins++] = k;
            buf[bl++] = ' ';
            from = at;
        }
        if (nins) {
            memcpy(buf + bl, name + from, len - from);
            bl += len - from;
            buf[bl] = 0;
            pk_place_candidate tmp[64];
            size_t tcap = cap < PK_ARRAY_LEN(tmp) ? cap : PK_ARRAY_LEN(tmp);
            resolve_scan(&en, buf, bl, NULL, &o, NULL, 0, SIZE_MAX, 0, tmp, tcap, &alt, NULL, NULL);
            if (alt.ok && (alt.good || !best.good) &&
                (!best.ok || alt.span > best.span || (alt.good && !best.good) ||
                 (alt.span == best.span && alt.res.score > best.res.score))) {
                for (size_t j = nins; j-- > 0;) {
                    alt.res.start -= alt.res.start > ins[j];
                    alt.res.end -= alt.res.end > ins[j];
                }
                best = alt;
                best.res.how = best.res.how == PK_PLACE_MATCH_NAME ? PK_PLACE_MATCH_JOINED : best.res.how;
                memcpy(cands, tmp, best.res.ncandidates * sizeof *cands);
                for (size_t j = 0; j < nins; j++)
                    if (split_word[j] < RESOLVE_WORDS)
                        covered[split_word[j]] = 1; /* not a typo to correct */
            }
        }
    }

    /* typos: a word outside every mention (unknown, or not the start of a
     * name) replaced by one of its closest tokens, one word at a time; the
     * correction counts only when it makes a strong or supported mention
     * containing that word. The best such result by score wins. */
    int unknown = 0; /* an unknown word outside the mentions: "Desa Sukamaju Kidol", "Kec. Peamtang Jaya" */
    {
        pk__pword w;
        size_t wpos = 0;
        for (size_t k = 0; k < RESOLVE_WORDS && !unknown && name_word(nws, &w, name, len, &wpos); k++)
            unknown = !covered[k] && w.len >= 3 && w.tok < 0;
    }
    /* a level word that fits none of the candidates: perhaps a misspelt name of that level
     * ("Kelurahan Lebong Gajah" for Lebung-Gajah): its words may be corrected too */
    int miss = best.ok && best.cue_miss;
    if ((!best.good || unknown || miss) && !(o.flags & PK_PLACE_NO_FUZZY)) {
        pk__pword w;
        pk_place_candidate tmp[64], keep[64];
        size_t tcap = cap < PK_ARRAY_LEN(tmp) ? cap : PK_ARRAY_LEN(tmp);
        pick fzbest;
        memset(&fzbest, 0, sizeof fzbest);
        trylog log;
        log.n = 0;
        size_t tried = 0;
        int32_t toks[RESOLVE_WORDS]; /* the words' tokens so far: the name a correction goes on from */
        struct {
            size_t k, len, after; /* after: the byte after its second word */
            uint32_t prev;
            char key[sizeof w.key];
        } pend[MAX_OV]; /* word pairs to read as one word */
        size_t npend = 0;
        size_t wpos = 0; /* the words are read one after another */
        for (size_t k = 0; k < RESOLVE_WORDS && tried < MAX_OV && name_word(nws, &w, name, len, &wpos); k++) {
            toks[k] = w.tok;
            int in_miss = miss && k >= best.w0 && k < best.w1;
            if (w.len < 3 || is_cue_word(db, w.tok) || (covered[k] && !in_miss && best.good) ||
                (best.good && !in_miss && w.tok >= 0 && child_of(db, 0, (uint32_t)w.tok)))
                continue;
            /* the trie node of the longest name the words before this one start ("Kei" of "Kei Besa
             * Utara Timur"), and the next word's token */
            uint32_t prev = 0;
            for (size_t s0 = k > PK__PLACE_MAX_DEPTH - 1 ? k - (PK__PLACE_MAX_DEPTH - 1) : 0; s0 < k && !prev; s0++) {
                uint32_t nd = 0;
                for (size_t j = s0; j < k && (j == s0 || nd); j++)
                    nd = toks[j] < 0 ? 0 : j == s0 ? db->t_root[toks[j]] : child_of(db, nd, (uint32_t)toks[j]);
                prev = nd;
            }
            /* a word inside a weak mention is corrected only where the words before it start a longer
             * name ("Kei Kecik Barat": Kecik is a village, Kei Kecil Barat the district) */
            if (covered[k] && !in_miss && !prev)
                continue;
            tried++;
            pk__pword nx;
            size_t npos = wpos;
            int have_nx = name_word(nws, &nx, name, len, &npos);
            int32_t ntok = have_nx ? nx.tok : -1;
            fz alts[FUZZ_POOL];
            size_t na = fuzzy_tokens(db, w.key, w.len, w.len <= 7 ? 1 : 2, prev, ntok, alts, FUZZ_POOL);
            na = rank_corrections(db, alts, na, prev, ntok);
            /* the entries of the places each correction names by itself, fetched together: the scans below
               read them one correction after another */
            for (size_t a = 0; a < na; a++) {
                uint32_t r = db->t_fz[alts[a].tok].root & PK__PN_NODE;
                if (r)
                    PREFETCH(&db->n_entry[r]);
            }
            for (size_t a = 0; a < na; a++) {
                uint32_t r = db->t_fz[alts[a].tok].root & PK__PN_NODE;
                if (r)
                    PREFETCH(&db->ents[db->n_entry[r]]);
            }
            for (size_t a = 0; a < na; a++)
                try_correction(&en, name, len, nws, &o, (override){k, alts[a].tok, 0}, alts[a].d, &best, miss, tmp,
                               tcap, keep, &fzbest, &log);
            /* a name split in two by a space, with a typo ("Sijima Polang" for Sijamapolang): the pair
             * read as one word and corrected, after the single words (below) */
            if (have_nx && npend < MAX_OV && (w.tok < 0 || ntok < 0) && nx.len >= 3 &&
                w.len + nx.len < sizeof w.key && !is_cue_word(db, ntok) && !(k + 1 < RESOLVE_WORDS && covered[k + 1])) {
                pend[npend].k = k;
                pend[npend].prev = prev;
                pend[npend].after = npos;
                memcpy(pend[npend].key, w.key, w.len);
                memcpy(pend[npend].key + w.len, nx.key, nx.len);
                pend[npend++].len = w.len + nx.len;
            }
        }
        /* the pairs whose two words no single-word correction already names together */
        for (size_t i = 0; i < npend; i++) {
            size_t k = pend[i].k;
            if (fzbest.ok && fzbest.w0 <= k && fzbest.w1 >= k + 2)
                continue;
            pk__pword nn;
            size_t npos = pend[i].after;
            int32_t nntok = name_word(nws, &nn, name, len, &npos) ? nn.tok : -1;
            fz alts[FUZZ_POOL];
            size_t jl = pend[i].len;
            size_t na = fuzzy_tokens(db, pend[i].key, jl, jl <= 7 ? 1 : 2, pend[i].prev, nntok, alts, FUZZ_POOL), nn2 = 0;
            for (size_t a = 0; a < na; a++) /* only tokens that are a whole name: few scans */
                if (is_name_token(db, alts[a].tok))
                    alts[nn2++] = alts[a];
            na = rank_corrections(db, alts, nn2, pend[i].prev, nntok);
            for (size_t a = 0; a < na; a++)
                try_correction(&en, name, len, nws, &o, (override){k, alts[a].tok, 1}, alts[a].d, &best, miss, tmp, tcap,
                               keep, &fzbest, &log);
        }
        /* the corrections a level word or a short capitalised word allows (issue 10 classes 1, 3, 5) */
        level_word_corrections(&en, name, len, nws, &o, &best, miss, covered, tmp, tcap, keep, &fzbest, &log);
        if (fzbest.ok) {
            best = fzbest;
            best.res.how = PK_PLACE_MATCH_FUZZY;
            for (size_t i = 0; i < best.res.ncandidates; i++) {
                cands[i] = keep[i];
                cands[i].how = PK_PLACE_MATCH_FUZZY;
                cands[i].score *= best.res.score / (keep[0].score > 0 ? keep[0].score : 1);
            }
        }
    }
    /* a level word's words corrected among the places of that level in the region named (pass 0),
     * or a district's name cut short or joined differently after a district level word (pass 1) */
    for (int pass = 0; pass < 2 && !(o.flags & PK_PLACE_NO_FUZZY); pass++) {
        pk_place_candidate tmp[64];
        size_t tcap = cap < PK_ARRAY_LEN(tmp) ? cap : PK_ARRAY_LEN(tmp);
        if (pass ? cut_short(&en, name, len, nws, &o, &best, tmp, tcap, &alt)
                 : correct_inside(&en, name, len, nws, &o, &best, &nm, tmp, tcap, &alt)) {
            best = alt;
            memcpy(cands, tmp, best.res.ncandidates * sizeof *cands);
            for (size_t i = 0; i < best.res.ncandidates; i++) {
                cands[i].how = best.res.how;
                cands[i].score *= best.res.score / (tmp[0].score > 0 ? tmp[0].score : 1);
            }
        }
    }
    if (!best.ok)
        kota_local(db, &o, name, len, nws, &best, cands, cap);
    unsigned keep_v = out->version;
    *out = best.res;
    out->version = keep_v;
    if (!best.ok)
        return pk__fail(err, PK_ENOTFOUND, "name", "no place is named in '%.*s'", (int)(len > 80 ? 80 : len), name);
    if (out->ambiguous)
        return pk__fail(err, PK_EAMBIGUOUS, "name", "'%.*s' fits %zu places equally; give a level word (Desa, "
                        "Kecamatan, Kabupaten) or a region", (int)(len > 80 ? 80 : len), name, out->total);
    return PK_OK;
}
