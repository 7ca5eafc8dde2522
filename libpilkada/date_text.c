/* Dates as people write them: pk_date_parse_loose() reads one date from a
 * whole string, pk_date_scan() finds every date expression in a text. Both
 * run the same reader (see pilkada/date.h for the forms and the rules).
 *
 * Design: a tokenizer turns the text into tokens (spaces, numbers, words,
 * punctuation) that live in a small ring buffer; at each token the matcher
 * tries a fixed set of patterns, each looking at most LOOKAHEAD tokens ahead.
 * Every token is made once and read a bounded number of times, so the scan
 * is linear in the text and needs no allocation. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "pilkada/date.h"

/* ---------------------------------------------------------------- words -- */

enum word_class {
    W_NONE = 0,
    W_MONTH,     /* val = month 1..12 */
    W_WEEKDAY,   /* val = ISO weekday 1..7 */
    W_NUMBER,    /* val = 1..11 (satu..sebelas) */
    W_SE_UNIT,   /* sehari, sepekan, seminggu, sebulan, setahun: one unit */
    W_UNIT,      /* hari, pekan, bulan, tahun (and minggu, a weekday too) */
    W_BELAS,
    W_PULUH,
    W_AGO,       /* lalu, silam */
    W_KEMARIN,
    W_YANG,
    W_INI,
    W_LUSA,
    W_AKHIR,
    W_TANGGAL,   /* tanggal, tgl */
    W_CONN,      /* hingga, sampai, sd, to, until, till */
    W_DENGAN,
    W_S,
    W_D,
    W_BEBERAPA,
    W_NEXT,      /* depan, mendatang, nanti */
    W_DAYPART    /* pagi, siang, sore, malam, dini (hari), dinihari, subuh: "Rabu malam (23/10)" */
};

enum unit { U_NONE = 0, U_DAY, U_WEEK, U_MONTH, U_YEAR };

typedef struct word_entry {
    const char *word;
    unsigned char cls;
    unsigned char val;
    unsigned char unit;
} word_entry;

/* Sorted by word (bytewise) for the binary search in word_lookup(); every
 * entry is read back by test_word_table() in tests/test_date_text.c. Month spellings: current
 * EYD names, the pre-1972 / official-letter spellings Pebruari and
 * Nopember, and the abbreviations seen in news and Bawaslu letters (Agt,
 * Agu, Ags, Agst, Sept, Okt, Nop, Des, Mrt, Peb). */
static const word_entry words[] = {
    {"ags", W_MONTH, 8, U_NONE},
    {"agst", W_MONTH, 8, U_NONE},
    {"agt", W_MONTH, 8, U_NONE},
    {"agu", W_MONTH, 8, U_NONE},
    {"agust", W_MONTH, 8, U_NONE},
    {"agustus", W_MONTH, 8, U_NONE},
    {"ahad", W_WEEKDAY, 7, U_NONE},
    {"akhir", W_AKHIR, 0, U_NONE},
    {"apr", W_MONTH, 4, U_NONE},
    {"april", W_MONTH, 4, U_NONE},
    {"aug", W_MONTH, 8, U_NONE},
    {"august", W_MONTH, 8, U_NONE},
    {"beberapa", W_BEBERAPA, 0, U_NONE},
    {"belas", W_BELAS, 0, U_NONE},
    {"bulan", W_UNIT, 0, U_MONTH},
    {"d", W_D, 0, U_NONE},
    {"dec", W_MONTH, 12, U_NONE},
    {"december", W_MONTH, 12, U_NONE},
    {"delapan", W_NUMBER, 8, U_NONE},
    {"dengan", W_DENGAN, 0, U_NONE},
    {"depan", W_NEXT, 0, U_NONE},
    {"des", W_MONTH, 12, U_NONE},
    {"desember", W_MONTH, 12, U_NONE},
    {"dini", W_DAYPART, 0, U_NONE},
    {"dinihari", W_DAYPART, 0, U_NONE},
    {"dua", W_NUMBER, 2, U_NONE},
    {"empat", W_NUMBER, 4, U_NONE},
    {"enam", W_NUMBER, 6, U_NONE},
    {"feb", W_MONTH, 2, U_NONE},
    {"febr", W_MONTH, 2, U_NONE},
    {"februari", W_MONTH, 2, U_NONE},
    {"february", W_MONTH, 2, U_NONE},
    {"friday", W_WEEKDAY, 5, U_NONE},
    {"hari", W_UNIT, 0, U_DAY},
    {"hingga", W_CONN, 0, U_NONE},
    {"ini", W_INI, 0, U_NONE},
    {"jan", W_MONTH, 1, U_NONE},
    {"januari", W_MONTH, 1, U_NONE},
    {"january", W_MONTH, 1, U_NONE},
    {"jul", W_MONTH, 7, U_NONE},
    {"juli", W_MONTH, 7, U_NONE},
    {"july", W_MONTH, 7, U_NONE},
    {"jumat", W_WEEKDAY, 5, U_NONE},
    {"jun", W_MONTH, 6, U_NONE},
    {"june", W_MONTH, 6, U_NONE},
    {"juni", W_MONTH, 6, U_NONE},
    {"kamis", W_WEEKDAY, 4, U_NONE},
    {"kemarin", W_KEMARIN, 0, U_NONE},
    {"lalu", W_AGO, 0, U_NONE},
    {"lima", W_NUMBER, 5, U_NONE},
    {"lusa", W_LUSA, 0, U_NONE},
    {"malam", W_DAYPART, 0, U_NONE},
    {"mar", W_MONTH, 3, U_NONE},
    {"march", W_MONTH, 3, U_NONE},
    {"maret", W_MONTH, 3, U_NONE},
    {"may", W_MONTH, 5, U_NONE},
    {"mei", W_MONTH, 5, U_NONE},
    {"mendatang", W_NEXT, 0, U_NONE},
    {"minggu", W_WEEKDAY, 7, U_WEEK},
    {"monday", W_WEEKDAY, 1, U_NONE},
    {"mrt", W_MONTH, 3, U_NONE},
    {"nanti", W_NEXT, 0, U_NONE},
    {"nop", W_MONTH, 11, U_NONE},
    {"nopember", W_MONTH, 11, U_NONE},
    {"nov", W_MONTH, 11, U_NONE},
    {"november", W_MONTH, 11, U_NONE},
    {"oct", W_MONTH, 10, U_NONE},
    {"october", W_MONTH, 10, U_NONE},
    {"okt", W_MONTH, 10, U_NONE},
    {"oktober", W_MONTH, 10, U_NONE},
    {"pagi", W_DAYPART, 0, U_NONE},
    {"peb", W_MONTH, 2, U_NONE},
    {"pebr", W_MONTH, 2, U_NONE},
    {"pebruari", W_MONTH, 2, U_NONE},
    {"pekan", W_UNIT, 0, U_WEEK},
    {"puluh", W_PULUH, 0, U_NONE},
    {"rabu", W_WEEKDAY, 3, U_NONE},
    {"s", W_S, 0, U_NONE},
    {"sabtu", W_WEEKDAY, 6, U_NONE},
    {"sampai", W_CONN, 0, U_NONE},
    {"satu", W_NUMBER, 1, U_NONE},
    {"saturday", W_WEEKDAY, 6, U_NONE},
    {"sd", W_CONN, 0, U_NONE},
    {"sebelas", W_NUMBER, 11, U_NONE},
    {"sebulan", W_SE_UNIT, 1, U_MONTH},
    {"sehari", W_SE_UNIT, 1, U_DAY},
    {"selasa", W_WEEKDAY, 2, U_NONE},
    {"sembilan", W_NUMBER, 9, U_NONE},
    {"seminggu", W_SE_UNIT, 1, U_WEEK},
    {"senin", W_WEEKDAY, 1, U_NONE},
    {"sep", W_MONTH, 9, U_NONE},
    {"sepekan", W_SE_UNIT, 1, U_WEEK},
    {"sept", W_MONTH, 9, U_NONE},
    {"september", W_MONTH, 9, U_NONE},
    {"sepuluh", W_NUMBER, 10, U_NONE},
    {"setahun", W_SE_UNIT, 1, U_YEAR},
    {"siang", W_DAYPART, 0, U_NONE},
    {"silam", W_AGO, 0, U_NONE},
    {"sore", W_DAYPART, 0, U_NONE},
    {"subuh", W_DAYPART, 0, U_NONE},
    {"sunday", W_WEEKDAY, 7, U_NONE},
    {"tahun", W_UNIT, 0, U_YEAR},
    {"tanggal", W_TANGGAL, 0, U_NONE},
    {"tgl", W_TANGGAL, 0, U_NONE},
    {"thursday", W_WEEKDAY, 4, U_NONE},
    {"tiga", W_NUMBER, 3, U_NONE},
    {"till", W_CONN, 0, U_NONE},
    {"to", W_CONN, 0, U_NONE},
    {"tuesday", W_WEEKDAY, 2, U_NONE},
    {"tujuh", W_NUMBER, 7, U_NONE},
    {"until", W_CONN, 0, U_NONE},
    {"wednesday", W_WEEKDAY, 3, U_NONE},
    {"yang", W_YANG, 0, U_NONE},
};

static const word_entry *word_lookup(const char *w)
{
    size_t lo = 0, hi = PK_ARRAY_LEN(words);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = (unsigned char)words[mid].word[0] - (unsigned char)w[0]; /* most steps end here */
        if (c == 0)
            c = (unsigned char)words[mid].word[1] - (unsigned char)w[1]; /* then the second */
        if (c == 0 && w[1])
            c = strcmp(words[mid].word + 2, w + 2);
        if (c == 0)
            return &words[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Classes of which every date expression without joined digits holds a
 * word (see core(), try_relative(), match_at()): the other classes (numbers
 * in words, "yang", "ini", "tanggal", connectors, parts of the day) only
 * ever stand beside one of these. tests/test_date_anchor.c checks it. */
static int anchor_class(int cls)
{
    return cls == W_MONTH || cls == W_WEEKDAY || cls == W_UNIT || cls == W_SE_UNIT || cls == W_KEMARIN ||
           cls == W_AGO || cls == W_NEXT || cls == W_LUSA || cls == W_AKHIR;
}

const char *pk__date_anchor_word(size_t *pos)
{
    for (size_t k = *pos; k < PK_ARRAY_LEN(words); k++)
        if (anchor_class(words[k].cls)) {
            *pos = k + 1;
            return words[k].word;
        }
    *pos = PK_ARRAY_LEN(words);
    return NULL;
}

/* English and Indonesian names for messages. */
static const char *const month_en[13] = {"",     "January", "February",  "March",   "April",    "May",     "June",
                                         "July", "August",  "September", "October", "November", "December"};
static const char *const weekday_en[8] = {"",         "Monday", "Tuesday",  "Wednesday",
                                          "Thursday", "Friday", "Saturday", "Sunday"};
static const char *const weekday_id[8] = {"", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

/* --------------------------------------------------------------- tokens -- */

enum tok_type { T_END = 0, T_SPACE, T_NUM, T_WORD, T_PUNCT };

#define WORD_MAX 15    /* letters kept of a word */
#define WORD_LONGEST 9 /* longest word in the table ("september", "wednesday") */
#define RING 64        /* tokens kept; must exceed LOOKAHEAD + 2 */
#define LOOKAHEAD 40   /* furthest token a pattern may read from its start */
#define NDIG_CAP 1000u /* digit counts saturate here */

typedef struct tok {
    size_t start, end;  /* bytes */
    uint32_t value;     /* T_NUM: the value while ndig <= 9 */
    unsigned ndig;      /* T_NUM: number of digits (saturating) */
    unsigned char type; /* enum tok_type */
    unsigned char ch;   /* T_PUNCT: the byte; '-' also for en and em dashes */
    unsigned char wide; /* T_PUNCT: a non-ASCII punctuation mark */
    unsigned char cls, val, unit; /* T_WORD: from the word table (W_NONE if unknown) */
    unsigned char upper; /* T_WORD: first letter is an ASCII capital */
} tok;

typedef struct scan {
    const unsigned char *s;
    size_t len, pos;
    tok ring[RING];
    size_t first, count; /* tokens first .. first+count-1 are in the ring */
    size_t start;        /* token the current attempt starts at */
    tok stop;            /* T_END returned beyond the lookahead */
    pk_date ref;
    int has_ref;
    int year_lo, year_hi; /* the options' year window for year-less dates with a weekday; 0 if none */
    const pk__date_word *hw; /* the caller's words (pk__date_scan_words), in text order, or NULL */
    size_t nhw, hi;          /* their number; the first not passed yet */
} scan;

/* Bytes of the UTF-8 sequence led by c (the text is validated first). */
static size_t seq_len(unsigned c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Length of the space at p (ASCII space, tab, newline, CR, VT, FF, U+00A0,
 * U+2000..U+200A, U+202F), or 0. */
static size_t space_at(const unsigned char *s, size_t n, size_t p)
{
    unsigned c = s[p];
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    if (c == 0xC2 && p + 1 < n && s[p + 1] == 0xA0)
        return 2;
    if (c == 0xE2 && p + 2 < n && s[p + 1] == 0x80 && (s[p + 2] <= 0x8A || s[p + 2] == 0xAF))
        return 3;
    return 0;
}

/* Length of the space that ends at byte e (after b), or 0: the spaces of
 * space_at(), read backwards (the text is valid UTF-8). */
static size_t space_before(const unsigned char *s, size_t b, size_t e)
{
    for (size_t k = 1; k <= 3 && k <= e - b; k++)
        if (space_at(s, e, e - k) == k)
            return k;
    return 0;
}

/* 1 if a general-punctuation character U+2010..U+205F (dashes, quotes,
 * bullets) starts at p: these end words. */
static int wide_punct_at(const unsigned char *s, size_t n, size_t p)
{
    return s[p] == 0xE2 && p + 2 < n && (s[p + 1] == 0x80 || s[p + 1] == 0x81);
}

static int is_alpha(unsigned c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

unsigned pk__date_word_index(const char *w, size_t n)
{
    if (n == 0 || n > WORD_LONGEST)
        return 0;
    const word_entry *e = word_lookup(w);
    return e ? (unsigned)(e - words) + 1 : 0;
}

static void next_tok(scan *sc, tok *t)
{
    const unsigned char *s = sc->s;
    size_t n = sc->len, p = sc->pos, k;
    t->start = p;
    t->value = 0;
    t->ndig = 0;
    t->type = T_END;
    t->ch = t->wide = t->cls = t->val = t->unit = t->upper = 0;
    if (p >= n) {
        t->type = T_END;
        t->end = n;
        return;
    }
    unsigned c = s[p];
    if (sc->nhw && is_alpha(c)) {
        /* a word the caller has read: taken as it stands */
        while (sc->hi < sc->nhw && sc->hw[sc->hi].start < p)
            sc->hi++;
        if (sc->hi < sc->nhw && sc->hw[sc->hi].start == p) {
            const pk__date_word *h = &sc->hw[sc->hi++];
            t->type = T_WORD;
            t->upper = c <= 'Z';
            if (h->word) {
                const word_entry *e = &words[h->word - 1];
                t->cls = e->cls;
                t->val = e->val;
                t->unit = e->unit;
            }
            t->end = sc->pos = h->end;
            return;
        }
    }
    if (space_at(s, n, p) > 0) {
        t->type = T_SPACE;
        while (p < n && (k = space_at(s, n, p)) > 0)
            p += k;
    } else if (c >= '0' && c <= '9') {
        t->type = T_NUM;
        while (p < n && s[p] >= '0' && s[p] <= '9') {
            if (t->ndig < 9)
                t->value = t->value * 10 + (uint32_t)(s[p] - '0');
            if (t->ndig < NDIG_CAP)
                t->ndig++;
            p++;
        }
    } else if (is_alpha(c) || (c >= 0x80 && !space_at(s, n, p) && !wide_punct_at(s, n, p))) {
        char w[WORD_MAX + 1];
        size_t wl = 0;
        int usable = 1;
        t->type = T_WORD;
        t->upper = c <= 'Z'; /* c is a letter or a byte >= 0x80: 'A'..'Z' are the ones up to 'Z' */
        while (p < n) {
            c = s[p];
            if (is_alpha(c)) {
                do { /* the common case: a run of ASCII letters */
                    if (wl < WORD_MAX)
                        w[wl++] = (char)(c | 0x20);
                    else
                        usable = 0;
                    p++;
                } while (p < n && is_alpha(c = s[p]));
            } else if (c == '\'' && p + 1 < n && is_alpha(s[p + 1])) {
                p++; /* Jum'at */
            } else if (c == 0xE2 && p + 3 < n && s[p + 1] == 0x80 && s[p + 2] == 0x99 && is_alpha(s[p + 3])) {
                p += 3; /* Jum’at (U+2019) */
            } else if (c >= 0x80 && !space_at(s, n, p) && !wide_punct_at(s, n, p)) {
                usable = 0; /* a letter outside ASCII: no table word has one */
                p += seq_len(c);
            } else {
                break;
            }
        }
        w[wl] = '\0';
        const word_entry *e = usable && wl <= WORD_LONGEST ? word_lookup(w) : NULL;
        if (e) {
            t->cls = e->cls;
            t->val = e->val;
            t->unit = e->unit;
        }
    } else {
        t->type = T_PUNCT;
        if (wide_punct_at(s, n, p)) {
            t->wide = 1;
            /* U+2013 en dash and U+2014 em dash join ranges like '-' */
            t->ch = (s[p + 1] == 0x80 && (s[p + 2] == 0x93 || s[p + 2] == 0x94)) ? '-' : '?';
            p += 3;
        } else {
            t->ch = (unsigned char)c;
            p += seq_len(c);
        }
    }
    t->end = p; /* <= n: the text is valid UTF-8, so no sequence runs past its end */
    sc->pos = p;
}

/* Token i (absolute index). Beyond the lookahead of the current attempt,
 * and before the ring, the answer is a T_END token. */
static const tok *tk(scan *sc, size_t i)
{
    if (i > sc->start + LOOKAHEAD || i < sc->first)
        return &sc->stop;
    while (i >= sc->first + sc->count) {
        if (sc->count == RING) {
            sc->first++;
            sc->count--;
        }
        next_tok(sc, &sc->ring[(sc->first + sc->count) % RING]);
        sc->count++;
    }
    return &sc->ring[i % RING];
}

static int is_w(scan *sc, size_t i, int cls)
{
    const tok *t = tk(sc, i);
    return t->type == T_WORD && t->cls == cls;
}

static int is_p(scan *sc, size_t i, unsigned char ch)
{
    const tok *t = tk(sc, i);
    return t->type == T_PUNCT && t->ch == ch;
}

static int is_sp(scan *sc, size_t i)
{
    return tk(sc, i)->type == T_SPACE;
}

static size_t skip_sp(scan *sc, size_t i)
{
    return is_sp(sc, i) ? i + 1 : i;
}

static int alnum_tok(const tok *t)
{
    return t->type == T_NUM || t->type == T_WORD;
}

static int joiner_tok(const tok *t)
{
    return t->type == T_PUNCT && !t->wide && (t->ch == '/' || t->ch == '-' || t->ch == '.');
}

/* A token glued to letters or digits before it ("x27", "001/12/11/2024"). */
static int glued_before(scan *sc, size_t i)
{
    if (i == 0)
        return 0;
    const tok *p = tk(sc, i - 1);
    if (alnum_tok(p))
        return 1;
    return joiner_tok(p) && i >= 2 && alnum_tok(tk(sc, i - 2));
}

/* The expression ending before token j is glued to what follows: letters
 * or digits, or '/', '-', '.' and a digit, or '/' and a letter. A '-' or '.'
 * before a word is not glue ("26/02/2021-Red", "2024.Baca juga"). */
static int glued_after(scan *sc, size_t j)
{
    const tok *t = tk(sc, j);
    if (alnum_tok(t))
        return 1;
    if (!joiner_tok(t))
        return 0;
    const tok *n = tk(sc, j + 1);
    return n->type == T_NUM || (n->type == T_WORD && t->ch == '/');
}

/* ---------------------------------------------------------------- atoms -- */

enum atom_form { A_DATE = 1, A_MONTH_YEAR, A_TWO_DIGIT, A_YEAR_FIRST };

typedef struct atom {
    int form;
    int d, m, y;        /* as written; y == 0: no year */
    int wd;             /* weekday written, 0 if none */
    int rel;            /* a relative word between weekday and date: 1 lalu/kemarin, -1 depan/mendatang, 0 none */
    int numeric;        /* day and month in digits */
    unsigned char sep;  /* separator of a numeric form */
    size_t start, end;  /* bytes */
} atom;

/* A date without weekday at token i; ctx allows a bare "17/9". Returns the
 * token after it, or 0. */
static size_t core(scan *sc, size_t i, int ctx, atom *a)
{
    const tok *t = tk(sc, i);
    a->start = t->start;
    if (t->type == T_NUM && t->ndig <= 2) {
        const tok *s1 = tk(sc, i + 1);
        if (joiner_tok(s1)) {
            const tok *n2 = tk(sc, i + 2);
            if (n2->type == T_NUM && n2->ndig <= 2) {
                const tok *s2 = tk(sc, i + 3);
                const tok *n3 = tk(sc, i + 4);
                a->d = (int)t->value;
                a->m = (int)n2->value;
                a->numeric = 1;
                a->sep = s1->ch;
                if (joiner_tok(s2) && s2->ch == s1->ch && n3->type == T_NUM) {
                    a->y = (int)n3->value;
                    a->end = n3->end;
                    if (n3->ndig == 4)
                        a->form = A_DATE;
                    else if ((n3->ndig == 2 || (n3->ndig == 3 && n3->value < 100)) && s1->ch != '.')
                        a->form = A_TWO_DIGIT; /* "29/10/20"; "14/3/025" (a dropped '2', read as "25") */
                    else
                        return 0;
                    return i + 5;
                }
                if (s1->ch == '/' && ctx) {
                    a->form = A_DATE;
                    a->end = n2->end;
                    return i + 3;
                }
                return 0;
            }
        }
        /* day, month name, optional year: "27 November 2024", "27-Nov-2024" */
        size_t j = i + 1;
        if (is_sp(sc, j) || (joiner_tok(s1) && s1->ch == '-'))
            j++;
        if (!is_w(sc, j, W_MONTH))
            return 0;
        a->form = A_DATE;
        a->d = (int)t->value;
        a->m = tk(sc, j)->val;
        a->end = tk(sc, j)->end;
        size_t k = j + 1;
        if (is_p(sc, k, '.') || is_p(sc, k, ','))
            k++;
        if (is_sp(sc, k) || (is_p(sc, k, '-') && !tk(sc, k)->wide))
            k++;
        const tok *yt = tk(sc, k);
        if (k > j + 1 && yt->type == T_NUM && yt->ndig == 4) {
            a->y = (int)yt->value;
            a->end = yt->end;
            return k + 1;
        }
        return j + 1;
    }
    if (t->type == T_NUM && t->ndig == 4) {
        const tok *s1 = tk(sc, i + 1), *n2 = tk(sc, i + 2), *s2 = tk(sc, i + 3), *n3 = tk(sc, i + 4);
        if (joiner_tok(s1) && n2->type == T_NUM && n2->ndig <= 2 && joiner_tok(s2) && s2->ch == s1->ch &&
            n3->type == T_NUM && n3->ndig <= 2) {
            a->form = s1->ch == '-' ? A_DATE : A_YEAR_FIRST;
            a->y = (int)t->value;
            a->m = (int)n2->value;
            a->d = (int)n3->value;
            a->numeric = 1;
            a->sep = s1->ch;
            a->end = n3->end;
            return i + 5;
        }
        return 0;
    }
    if (t->type == T_WORD && t->cls == W_MONTH && is_sp(sc, i + 1)) {
        const tok *n = tk(sc, i + 2);
        a->m = t->val;
        if (n->type == T_NUM && n->ndig == 4) { /* "November 2024" */
            a->form = A_MONTH_YEAR;
            a->y = (int)n->value;
            a->end = n->end;
            return i + 3;
        }
        if (n->type == T_NUM && n->ndig <= 2) { /* "November 27, 2024" */
            size_t k = i + 3;
            if (is_p(sc, k, ','))
                k++;
            const tok *yt = tk(sc, k + 1);
            if (is_sp(sc, k) && yt->type == T_NUM && yt->ndig == 4) {
                a->form = A_DATE;
                a->d = (int)n->value;
                a->y = (int)yt->value;
                a->end = yt->end;
                return k + 2;
            }
        }
    }
    return 0;
}

/* A date with an optional weekday before it: "Rabu, 27 November 2024",
 * "Selasa (17/9)", "(17/9)". */
static size_t atom_at(scan *sc, size_t i, int ctx, atom *a)
{
    memset(a, 0, sizeof *a);
    const tok *t = tk(sc, i);
    size_t j = i, e;
    int paren = 0, bare = 0;
    if (t->type == T_WORD && t->cls == W_WEEKDAY) {
        a->wd = t->val;
        j = i + 1;
        if (is_p(sc, j, ','))
            j++;
        j = skip_sp(sc, j);
        if (j == i + 1)
            return 0;
        /* the part of the day may take "hari" after it: "Selasa dini hari
         * (26/11)" (dates_dev 025), "Rabu malam hari (23/10)" */
        size_t dp = is_w(sc, j, W_DAYPART) && is_sp(sc, j + 1) && is_w(sc, j + 2, W_UNIT) && tk(sc, j + 2)->unit == U_DAY
                        ? j + 2
                        : j;
        if (is_w(sc, j, W_DAYPART) && (is_sp(sc, dp + 1) || (is_p(sc, dp + 1, ',') && is_sp(sc, dp + 2)))) {
            /* "Rabu malam (23/10)", "Rabu pagi, 27 November 2024" (fresh3 027) */
            size_t q = skip_sp(sc, is_p(sc, dp + 1, ',') ? dp + 2 : dp + 1);
            if (is_p(sc, q, '(') || tk(sc, q)->type == T_NUM) {
                bare = !is_p(sc, q, '('); /* "Rabu malam 23/10": a bare 23/10 is not read after it */
                j = q;
            }
        } else if ((is_w(sc, j, W_AGO) || is_w(sc, j, W_KEMARIN) || is_w(sc, j, W_NEXT)) && is_sp(sc, j + 1) &&
                 is_p(sc, j + 2, '(')) {
            a->rel = is_w(sc, j, W_NEXT) ? -1 : 1; /* "Senin kemarin (25/11)": the date is written */
            j += 2;
        } else if (is_w(sc, j, W_TANGGAL)) {
            /* "pada hari Jumat tanggal 9 Oktober" (the form of official
             * reports: "Pada hari Senin tanggal 12 Oktober 2020"), "Jumat,
             * tgl. 9/10/2020" */
            size_t q = is_p(sc, j + 1, '.') ? j + 2 : j + 1;
            if (is_sp(sc, q))
                j = skip_sp(sc, q);
        }
        ctx = !bare;
    }
    /* after a weekday, square brackets stand for the parentheses: "pada
     * Jumat, [11/10] bukan hanya dihadiri" (kupangonline.com, 2024) */
    if (is_p(sc, j, '(') || (a->wd && is_p(sc, j, '['))) {
        paren = is_p(sc, j, '(') ? ')' : ']';
        j = skip_sp(sc, j + 1);
        ctx = 1;
    }
    e = core(sc, j, ctx, a);
    if (!e)
        return 0;
    a->start = t->start;
    if (paren) {
        e = skip_sp(sc, e);
        if (!is_p(sc, e, (unsigned char)paren))
            return 0;
        a->end = tk(sc, e)->end;
        e++;
    }
    return e;
}

/* A range connector with its spaces: -, en/em dash, hingga, sampai (dengan),
 * s.d., s/d, sd, to, until, till. Returns the token after it, or 0. */
static size_t connector(scan *sc, size_t i)
{
    size_t j = skip_sp(sc, i);
    const tok *t = tk(sc, j);
    if (t->type == T_PUNCT && t->ch == '-') {
        j++;
    } else if (t->type == T_WORD && t->cls == W_CONN) {
        j++;
        if (is_sp(sc, j) && is_w(sc, j + 1, W_DENGAN))
            j += 2;
    } else if (t->type == T_WORD && t->cls == W_S && (is_p(sc, j + 1, '.') || is_p(sc, j + 1, '/')) &&
               is_w(sc, j + 2, W_D)) {
        unsigned char dot = tk(sc, j + 1)->ch;
        j += 3;
        if (dot == '.' && is_p(sc, j, '.'))
            j++;
    } else {
        return 0;
    }
    return skip_sp(sc, j);
}

/* ----------------------------------------------------------- resolution -- */

enum reason {
    R_NONE = 0,
    R_BAD_DAY,     /* day does not exist in its month */
    R_BAD_MONTH,   /* month 0 or > 12 */
    R_YEAR_RANGE,  /* year outside 1900..2199 */
    R_TWO_DIGIT,   /* 27/11/24 */
    R_YEAR_FIRST,  /* 2024/11/12 */
    R_NEEDS_REF,   /* yearless or relative, no reference */
    R_SUNDAY_WEEK, /* "Minggu lalu" */
    R_WEEKDAY_ONLY,
    R_VAGUE,       /* "beberapa hari lalu" */
    R_BACKWARDS    /* a range whose end is before its start */
};

typedef struct item {
    pk_date_match m;
    int reason;
    int rd, rm, ry;       /* the numbers as written, for the messages */
    unsigned char sep;    /* numeric separator */
    int numeric;
} item;

static void item_init(item *it, size_t start, size_t end)
{
    static const pk_date_match init = PK_DATE_MATCH_INIT;
    memset(it, 0, sizeof *it);
    it->m = init;
    it->m.start = start;
    it->m.end = end;
}

static void unresolved(item *it, unsigned flag, int reason)
{
    static const pk_date zero = {0, 0, 0};
    it->m.kind = PK_DATE_KIND_UNRESOLVED;
    it->m.from = it->m.to = zero;
    it->m.flags |= flag;
    it->reason = reason; /* each item is refused at most once */
}

static void set_range(item *it, pk_date from, pk_date to)
{
    it->m.from = from;
    it->m.to = to;
    it->m.kind = pk_date_compare(from, to) == 0 ? PK_DATE_KIND_DATE : PK_DATE_KIND_RANGE;
}

/* The reason a written day/month/year is not a date, or R_NONE. */
static int check_dmy(int d, int m, int y)
{
    if (m < 1 || m > 12)
        return R_BAD_MONTH;
    if (y < PK_DATE_MIN_YEAR || y > PK_DATE_MAX_YEAR)
        return R_YEAR_RANGE;
    if (d < 1 || d > pk_days_in_month(y, m))
        return R_BAD_DAY;
    return R_NONE;
}

/* The reason a written day/month cannot be a date in any year, or R_NONE. */
static int written_bad(const atom *a)
{
    return a->m < 1 || a->m > 12 ? R_BAD_MONTH : a->d < 1 || a->d > 31 ? R_BAD_DAY : R_NONE;
}

/* Refuse a range for one side's numbers, which the messages show. */
static void range_bad(item *it, const atom *side, int reason)
{
    it->rd = side->d;
    it->rm = side->m;
    it->ry = side->y;
    it->numeric = side->numeric;
    it->sep = side->sep;
    unresolved(it, PK_DATE_FLAG_INVALID, reason);
}

/* Latest year that puts day/month at or before the reference date. */
static int infer_year(const scan *sc, int d, int m)
{
    const pk_date *r = &sc->ref;
    return (m > r->month || (m == r->month && d > r->day)) ? r->year - 1 : r->year;
}

static void check_weekday(item *it, pk_date d, int wd)
{
    if (wd) {
        it->m.flags |= PK_DATE_FLAG_WEEKDAY;
        it->m.weekday = wd;
        if (pk_date_weekday(d) != wd)
            it->m.flags |= PK_DATE_FLAG_WEEKDAY_MISMATCH;
    }
}

/* Relative results: n days back; the week, weekend, month or year n back
 * (0: this one, -1: the next one); the latest weekday n before the
 * reference, the next one after it, or weekday n of the week before. */
enum rel_kind { REL_DAYS, REL_WEEK, REL_WEEKEND, REL_MONTH, REL_YEAR, REL_WEEKDAY, REL_WEEKDAY_NEXT, REL_WEEKDAY_PREV_WEEK };

static void resolve_relative(scan *sc, item *it, int kind, int n);

/* Without a reference date, the year of a year-less day/month is the only
 * year of the options' window in which it falls on the written weekday
 * ("Jumat (18/4)", window 2023..2025: 2025). Returns it, or 0 after marking
 * *it unresolved (no window or no weekday, no year fits, or several do). */
static int window_year(const scan *sc, const atom *a, item *it)
{
    int found = 0, n = 0;
    if (a->wd && sc->year_lo) {
        for (int y = sc->year_lo; y <= sc->year_hi && n < 2; y++) {
            if (a->d <= pk_days_in_month(y, a->m) && pk_date_weekday(pk_date_of(y, a->m, a->d)) == a->wd) {
                found = y;
                n++;
            }
        }
    }
    if (n == 1) {
        it->m.flags |= PK_DATE_FLAG_YEAR_FROM_WEEKDAY;
        return found;
    }
    unresolved(it, PK_DATE_FLAG_NEEDS_REFERENCE | (n > 1 ? PK_DATE_FLAG_AMBIGUOUS : 0u), R_NEEDS_REF);
    return 0;
}

/* A two-digit year with a written weekday: "Kamis (29/10/20)". Of the
 * readings such a date has (day first in the 1900s or the 2000s, or year
 * first, 20dd/mm/yy), the one that falls on the weekday, when exactly one
 * does and it reads day first (Indonesian usage): 29 October 2020 was a
 * Thursday, 29 October 1920 a Friday, 20 October 2029 a Saturday, so
 * "Kamis (29/10/20)" is 2020-10-29. Two centuries of one day/month always
 * fall on different weekdays (36,524 days = 5 mod 7 apart), so the weekday
 * settles the century; without a weekday "27/11/24" stays ambiguous.
 * Returns the year, or 0. */
static int weekday_century(const scan *sc, const atom *a)
{
    int found = 0, n = 0;
    if (!a->wd || a->y < 0 || a->y > 99)
        return 0;
    for (int c = 1900; c <= 2000; c += 100)
        if (check_dmy(a->d, a->m, c + a->y) == R_NONE && pk_date_weekday(pk_date_of(c + a->y, a->m, a->d)) == a->wd) {
            found = c + a->y;
            n++;
        }
    /* year first: not taken, only counted, and only where the text's
     * context allows it: inside the options' year window when there is
     * one, not after the reference date when there is one (the writer's
     * day-first reading is the usage; a year-first one the context rules
     * out blocks nothing: "Senin, 25/11/24" in a story of 25 Nov 2024, not
     * 24 Nov 2025; "Selasa (26/11/24)" of the 2024 cycle, not 24 Nov 2026) */
    int yf = 2000 + a->d;
    if (check_dmy(a->y, a->m, yf) == R_NONE && pk_date_weekday(pk_date_of(yf, a->m, a->y)) == a->wd &&
        (!sc->year_lo || (yf >= sc->year_lo && yf <= sc->year_hi)) &&
        (!sc->has_ref || pk_date_compare(pk_date_of(yf, a->m, a->y), sc->ref) <= 0))
        n++;
    return n == 1 ? found : 0;
}

/* Fill *it from one atom. */
static void resolve_atom(scan *sc, const atom *a, int future, item *it)
{
    it->rd = a->d;
    it->rm = a->m;
    it->ry = a->y;
    it->sep = a->sep;
    it->numeric = a->numeric;
    if (a->wd) {
        it->m.flags |= PK_DATE_FLAG_WEEKDAY;
        it->m.weekday = a->wd;
    }
    int y = a->y;
    if (a->form == A_TWO_DIGIT) {
        y = weekday_century(sc, a);
        if (!y) {
            unresolved(it, PK_DATE_FLAG_AMBIGUOUS, R_TWO_DIGIT);
            return;
        }
        it->ry = y;
        it->m.flags |= PK_DATE_FLAG_YEAR_INFERRED | PK_DATE_FLAG_YEAR_FROM_WEEKDAY | PK_DATE_FLAG_TWO_DIGIT_YEAR;
    }
    if (a->form == A_YEAR_FIRST) {
        unresolved(it, PK_DATE_FLAG_AMBIGUOUS, R_YEAR_FIRST);
        return;
    }
    if (a->form == A_MONTH_YEAR) {
        int r = check_dmy(1, a->m, a->y);
        if (r) {
            unresolved(it, PK_DATE_FLAG_INVALID, r);
            return;
        }
        set_range(it, pk_date_of(a->y, a->m, 1), pk_date_of(a->y, a->m, pk_days_in_month(a->y, a->m)));
        return;
    }
    if (y == 0) {
        int bad = written_bad(a);
        if (bad) {
            unresolved(it, PK_DATE_FLAG_INVALID, bad);
            return;
        }
        if (!sc->has_ref) {
            y = window_year(sc, a, it);
            if (!y)
                return;
        } else if (future) { /* "27 November mendatang": the earliest at or after the reference */
            y = (a->m < sc->ref.month || (a->m == sc->ref.month && a->d < sc->ref.day)) ? sc->ref.year + 1
                                                                                      : sc->ref.year;
        } else {
            y = infer_year(sc, a->d, a->m);
        }
        it->ry = y;
        it->m.flags |= PK_DATE_FLAG_YEAR_INFERRED;
    }
    int r = check_dmy(a->d, a->m, y);
    if (r) {
        unresolved(it, PK_DATE_FLAG_INVALID, r);
        return;
    }
    pk_date d = pk_date_of(y, a->m, a->d);
    set_range(it, d, d);
    check_weekday(it, d, a->wd);
    if (a->rel && sc->has_ref && a->wd) {
        /* "Senin kemarin (25/11)": the written date stands; the relative
         * words must name the same day against the reference */
        pk_date_match keep = it->m;
        resolve_relative(sc, it, a->rel > 0 ? REL_WEEKDAY : REL_WEEKDAY_NEXT, a->wd);
        int agree = it->m.kind == PK_DATE_KIND_DATE && pk_date_compare(it->m.from, d) == 0;
        it->m = keep;
        it->reason = R_NONE;
        if (!agree)
            it->m.flags |= PK_DATE_FLAG_RELATIVE_MISMATCH;
    }
}

/* "dan" / "atau" between two days of one month ("pada 18 dan 19 April
 * lalu", "tanggal 8 atau 9 November"): the days are not one day, the
 * match is the range they span. Returns the token after it, or 0. */
static size_t day_list(scan *sc, size_t i)
{
    size_t j = skip_sp(sc, i);
    const tok *t = tk(sc, j);
    if (t->type != T_WORD || j == i)
        return 0;
    size_t n = t->end - t->start;
    const unsigned char *w = sc->s + t->start;
    int ok = (n == 3 && (w[0] | 0x20) == 'd' && (w[1] | 0x20) == 'a' && (w[2] | 0x20) == 'n') ||
             (n == 4 && (w[0] | 0x20) == 'a' && (w[1] | 0x20) == 't' && (w[2] | 0x20) == 'a' && (w[3] | 0x20) == 'u');
    return ok && is_sp(sc, j + 1) ? j + 2 : 0;
}

/* A range "L connector R"; L may be a bare day ("25-27 November 2024",
 * "18 dan 19 April"). */
static size_t try_range(scan *sc, size_t i, int ctx, item *it)
{
    atom l, r;
    size_t e = atom_at(sc, i, ctx, &l), c, f = 0;
    if (e && (l.form == A_DATE || l.form == A_MONTH_YEAR) && (c = connector(sc, e)) != 0)
        f = atom_at(sc, c, ctx || (l.numeric && l.y == 0), &r);
    if (!f) {
        const tok *t = tk(sc, i);
        if (t->type != T_NUM || t->ndig > 2 || t->value < 1 || t->value > 31 ||
            !((c = connector(sc, i + 1)) != 0 || (c = day_list(sc, i + 1)) != 0))
            return 0;
        f = atom_at(sc, c, ctx, &r);
        if (!f || r.form != A_DATE || (tk(sc, skip_sp(sc, i + 1))->type == T_WORD && r.m == 0))
            return 0;
        memset(&l, 0, sizeof l);
        l.form = A_DATE;
        l.d = (int)t->value;
        l.start = t->start;
        l.end = t->end;
    }
    if (r.form != l.form) /* l.form is A_DATE or A_MONTH_YEAR on both paths above */
        return 0;
    item_init(it, l.start, r.end);
    it->m.flags |= (l.wd || r.wd) ? PK_DATE_FLAG_WEEKDAY : 0;
    it->m.weekday = r.wd ? r.wd : l.wd;
    if (r.form == A_MONTH_YEAR) { /* "Januari 2024 - Maret 2024" */
        const atom *side = &l;
        int bad = check_dmy(1, l.m, l.y);
        if (!bad) {
            side = &r;
            bad = check_dmy(1, r.m, r.y);
        }
        if (bad) {
            range_bad(it, side, bad);
            return f;
        }
        pk_date from = pk_date_of(l.y, l.m, 1), to = pk_date_of(r.y, r.m, pk_days_in_month(r.y, r.m));
        if (pk_date_compare(from, to) > 0)
            unresolved(it, PK_DATE_FLAG_INVALID, R_BACKWARDS);
        else
            set_range(it, from, to);
        return f;
    }
    if (l.m == 0) {
        l.m = r.m;
        it->m.flags |= PK_DATE_FLAG_PARTS_SHARED;
    }
    const atom *side = &l;
    int bad = written_bad(&l);
    if (!bad) {
        side = &r;
        bad = written_bad(&r);
    }
    if (bad) {
        range_bad(it, side, bad);
        return f;
    }
    int before = l.m > r.m; /* "25 Desember - 5 Januari 2025": L in the year before */
    if (l.y == 0 && r.y == 0) {
        if (!sc->has_ref) {
            unresolved(it, PK_DATE_FLAG_NEEDS_REFERENCE, R_NEEDS_REF);
            return f;
        }
        r.y = infer_year(sc, r.d, r.m);
        l.y = r.y - before;
        it->m.flags |= PK_DATE_FLAG_YEAR_INFERRED;
    } else if (l.y == 0) {
        l.y = r.y - before;
        it->m.flags |= PK_DATE_FLAG_PARTS_SHARED;
    } else if (r.y == 0) {
        r.y = l.y + before;
        it->m.flags |= PK_DATE_FLAG_PARTS_SHARED;
    }
    side = &l;
    bad = check_dmy(l.d, l.m, l.y);
    if (!bad) {
        side = &r;
        bad = check_dmy(r.d, r.m, r.y);
    }
    if (bad) {
        range_bad(it, side, bad);
        return f;
    }
    pk_date from = pk_date_of(l.y, l.m, l.d), to = pk_date_of(r.y, r.m, r.d);
    if (pk_date_compare(from, to) > 0) {
        unresolved(it, PK_DATE_FLAG_INVALID, R_BACKWARDS);
        return f;
    }
    if ((l.wd && pk_date_weekday(from) != l.wd) || (r.wd && pk_date_weekday(to) != r.wd))
        it->m.flags |= PK_DATE_FLAG_WEEKDAY_MISMATCH;
    set_range(it, from, to);
    return f;
}

/* ------------------------------------------------------------- relative -- */

static void resolve_relative(scan *sc, item *it, int kind, int n)
{
    it->m.flags |= PK_DATE_FLAG_RELATIVE;
    if (!sc->has_ref) {
        unresolved(it, PK_DATE_FLAG_NEEDS_REFERENCE, R_NEEDS_REF);
        return;
    }
    pk_date ref = sc->ref, from = {0, 0, 0}, to = {0, 0, 0};
    int wd = pk_date_weekday(ref);
    /* The Monday of the reference's week is a valid date: the range starts
     * on Monday 1900-01-01, so no status to check. */
    pk_date monday = ref;
    (void)pk_date_add_days(&monday, ref, -(wd - 1), NULL);
    pk_status st;
    switch (kind) {
    case REL_DAYS:
        st = pk_date_add_days(&from, ref, -n, NULL);
        to = from;
        break;
    case REL_WEEK:
        st = pk_date_add_days(&from, monday, -7 * n, NULL);
        st = st ? st : pk_date_add_days(&to, from, 6, NULL);
        break;
    case REL_WEEKEND:
        st = pk_date_add_days(&from, monday, -7 * n + 5, NULL);
        st = st ? st : pk_date_add_days(&to, from, 1, NULL);
        break;
    case REL_MONTH:
        st = pk_date_add_months(&from, pk_date_of(ref.year, ref.month, 1), -n, NULL);
        st = st ? st : pk_date_add_days(&to, from, pk_days_in_month(from.year, from.month) - 1, NULL);
        break;
    case REL_YEAR:
        from = pk_date_of(ref.year - n, 1, 1);
        to = pk_date_of(ref.year - n, 12, 31);
        st = pk_date_valid(from) ? PK_OK : PK_ERANGE;
        break;
    case REL_WEEKDAY: { /* the latest such weekday strictly before the reference */
        int back = (wd - n + 7) % 7;
        st = pk_date_add_days(&from, ref, -(back ? back : 7), NULL);
        to = from;
        break;
    }
    case REL_WEEKDAY_NEXT: { /* the first such weekday strictly after the reference */
        int ahead = (n - wd + 7) % 7;
        st = pk_date_add_days(&from, ref, ahead ? ahead : 7, NULL);
        to = from;
        break;
    }
    default: /* REL_WEEKDAY_PREV_WEEK: that weekday of the week before */
        st = pk_date_add_days(&from, monday, n - 1 - 7, NULL);
        to = from;
        break;
    }
    if (st != PK_OK) {
        unresolved(it, PK_DATE_FLAG_INVALID, R_YEAR_RANGE);
        return;
    }
    set_range(it, from, to);
}

/* A count in digits or words: 3, tiga, dua belas, dua puluh lima. Returns
 * the token after it, or 0. */
static size_t count_at(scan *sc, size_t i, int *n)
{
    const tok *t = tk(sc, i);
    if (t->type == T_NUM && t->value >= 1) { /* at most 4 digits: scan_run() skips longer numbers */
        *n = (int)t->value;
        return i + 1;
    }
    if (t->type != T_WORD || t->cls != W_NUMBER)
        return 0;
    *n = t->val;
    size_t j = i + 1;
    if (*n < 10 && is_sp(sc, j) && is_w(sc, j + 1, W_BELAS)) {
        *n += 10;
        j += 2;
    } else if (*n < 10 && is_sp(sc, j) && is_w(sc, j + 1, W_PULUH)) {
        *n *= 10;
        j += 2;
        if (is_sp(sc, j) && is_w(sc, j + 1, W_NUMBER) && tk(sc, j + 1)->val < 10) {
            *n += tk(sc, j + 1)->val;
            j += 2;
        }
    }
    return j;
}

static int unit_of(const tok *t)
{
    return t->type == T_WORD ? t->unit : U_NONE;
}

/* Lower-case "minggu" is a week; a capital "Minggu" may be Sunday. */
static int is_week_word(const tok *t)
{
    return t->type == T_WORD && t->unit == U_WEEK && !(t->cls == W_WEEKDAY && t->upper);
}

/* "lalu", "silam", "kemarin" (the last only where allowed). */
static int ago(scan *sc, size_t i, int kemarin_ok)
{
    return is_w(sc, i, W_AGO) || (kemarin_ok && is_w(sc, i, W_KEMARIN));
}

static size_t try_relative(scan *sc, size_t i, item *it)
{
    const tok *t = tk(sc, i);
    size_t j;
    if (t->type != T_WORD && t->type != T_NUM)
        return 0;
    item_init(it, t->start, t->end);
#define DONE(last, kind, n)                                                                                        \
    do {                                                                                                           \
        it->m.end = tk(sc, (last))->end;                                                                            \
        resolve_relative(sc, it, (kind), (n));                                                                     \
        return (last) + 1;                                                                                         \
    } while (0)
    switch (t->cls) {
    case W_UNIT:
        if (t->unit == U_DAY) { /* hari ini; hari Minggu lalu */
            if (is_sp(sc, i + 1) && is_w(sc, i + 2, W_INI))
                DONE(i + 2, REL_DAYS, 0);
            if (is_sp(sc, i + 1) && is_w(sc, i + 2, W_WEEKDAY) && is_sp(sc, i + 3) && ago(sc, i + 4, 1)) {
                it->m.flags |= PK_DATE_FLAG_WEEKDAY;
                it->m.weekday = tk(sc, i + 2)->val;
                DONE(i + 4, REL_WEEKDAY, tk(sc, i + 2)->val);
            }
            return 0;
        }
        break;
    case W_KEMARIN:
        if (is_sp(sc, i + 1) && is_w(sc, i + 2, W_LUSA))
            DONE(i + 2, REL_DAYS, 2);
        DONE(i, REL_DAYS, 1);
    case W_AKHIR: /* akhir pekan lalu / ini / depan */
        if (is_sp(sc, i + 1) && is_week_word(tk(sc, i + 2)) && is_sp(sc, i + 3)) {
            if (ago(sc, i + 4, 1))
                DONE(i + 4, REL_WEEKEND, 1);
            if (is_w(sc, i + 4, W_INI))
                DONE(i + 4, REL_WEEKEND, 0);
            if (is_w(sc, i + 4, W_NEXT))
                DONE(i + 4, REL_WEEKEND, -1);
        }
        return 0;
    case W_WEEKDAY:
        if (!is_sp(sc, i + 1))
            break;
        if (ago(sc, i + 2, 1)) {
            if (t->unit == U_WEEK && t->upper) { /* "Minggu lalu": Sunday or week? */
                it->m.end = tk(sc, i + 2)->end;
                unresolved(it, PK_DATE_FLAG_AMBIGUOUS | PK_DATE_FLAG_RELATIVE, R_SUNDAY_WEEK);
                return i + 3;
            }
            if (t->unit != U_WEEK) {
                it->m.flags |= PK_DATE_FLAG_WEEKDAY;
                it->m.weekday = t->val;
                DONE(i + 2, REL_WEEKDAY, t->val);
            }
        } else if (is_w(sc, i + 2, W_NEXT)) {
            if (t->unit == U_WEEK && t->upper) {
                it->m.end = tk(sc, i + 2)->end;
                unresolved(it, PK_DATE_FLAG_AMBIGUOUS | PK_DATE_FLAG_RELATIVE, R_SUNDAY_WEEK);
                return i + 3;
            }
            if (t->unit != U_WEEK) {
                it->m.flags |= PK_DATE_FLAG_WEEKDAY;
                it->m.weekday = t->val;
                DONE(i + 2, REL_WEEKDAY_NEXT, t->val);
            }
        } else if (t->unit != U_WEEK && is_week_word(tk(sc, i + 2)) && is_sp(sc, i + 3) && ago(sc, i + 4, 1)) {
            it->m.flags |= PK_DATE_FLAG_WEEKDAY; /* "Senin pekan lalu" */
            it->m.weekday = t->val;
            DONE(i + 4, REL_WEEKDAY_PREV_WEEK, t->val);
        }
        break;
    default:
        break;
    }
    /* pekan lalu, minggu lalu, bulan ini, tahun lalu ... */
    int u = unit_of(t);
    if ((t->cls == W_UNIT || is_week_word(t)) && u != U_DAY && is_sp(sc, i + 1)) {
        int kind = u == U_WEEK ? REL_WEEK : u == U_MONTH ? REL_MONTH : REL_YEAR;
        if (ago(sc, i + 2, 1))
            DONE(i + 2, kind, 1);
        if (is_w(sc, i + 2, W_INI))
            DONE(i + 2, kind, 0);
        if (is_w(sc, i + 2, W_NEXT))
            DONE(i + 2, kind, -1);
        return 0;
    }
    /* N hari (yang) lalu, sepekan lalu, beberapa hari lalu */
    int n = 0, vague = 0;
    if (t->cls == W_SE_UNIT) {
        n = 1;
        j = i + 1;
    } else {
        if (t->cls == W_BEBERAPA) {
            vague = 1;
            j = i + 1;
        } else if ((j = count_at(sc, i, &n)) == 0) {
            return 0;
        }
        if (!is_sp(sc, j))
            return 0;
        u = unit_of(tk(sc, j + 1));
        if (u == U_NONE)
            return 0;
        j += 2;
    }
    if (is_sp(sc, j) && is_w(sc, j + 1, W_YANG))
        j += 2;
    if (!is_sp(sc, j) || !ago(sc, j + 1, 0))
        return 0;
    j++;
    if (vague) {
        it->m.end = tk(sc, j)->end;
        unresolved(it, PK_DATE_FLAG_RELATIVE, R_VAGUE);
        return j + 1;
    }
    switch (u) {
    case U_DAY: DONE(j, REL_DAYS, n);
    case U_WEEK: DONE(j, REL_WEEK, n);
    case U_MONTH: DONE(j, REL_MONTH, n);
    default: DONE(j, REL_YEAR, n);
    }
#undef DONE
}

/* ------------------------------------------------------------- the scan -- */

/* A range or a single date starting at token i. */
static size_t date_at(scan *sc, size_t i, int ctx, item *it)
{
    size_t e = try_range(sc, i, ctx, it);
    if (e && !glued_after(sc, e))
        return e;
    atom a;
    e = atom_at(sc, i, ctx, &a);
    if (!e || glued_after(sc, e))
        return 0;
    int future = a.rel < 0;
    if (a.form == A_DATE && is_sp(sc, e) && (is_w(sc, e + 1, W_NEXT) || ago(sc, e + 1, 1)) &&
        !glued_after(sc, e + 2)) {
        /* "17 Agustus lalu", "4 Oktober kemarin", "27 November mendatang":
         * the word says which side of the reference a yearless date is on */
        future = is_w(sc, e + 1, W_NEXT);
        a.end = tk(sc, e + 1)->end;
        e += 2;
    }
    item_init(it, a.start, a.end);
    resolve_atom(sc, &a, future, it);
    return e;
}

static size_t match_at(scan *sc, size_t i, item *it)
{
    const tok *t = tk(sc, i);
    size_t e;
    if (t->type == T_WORD && t->cls == W_TANGGAL) { /* "tanggal 17/9": a bare d/m counts here */
        size_t j = i + 1;
        if (is_p(sc, j, '.'))
            j++;
        if (!is_sp(sc, j) && j == i + 1)
            return 0;
        return date_at(sc, skip_sp(sc, j), 1, it);
    }
    if ((e = date_at(sc, i, 0, it)) != 0)
        return e;
    if ((e = try_relative(sc, i, it)) != 0 && !glued_after(sc, e))
        return e;
    if (t->type == T_WORD && t->cls == W_WEEKDAY && !is_week_word(t) && !glued_after(sc, i + 1) &&
        !(joiner_tok(tk(sc, i + 1)) && alnum_tok(tk(sc, i + 2)))) { /* not "Senin-Jumat" */
        item_init(it, t->start, t->end); /* "pada Senin": a weekday, not a day */
        it->m.weekday = t->val;
        unresolved(it, PK_DATE_FLAG_WEEKDAY, R_WEEKDAY_ONLY);
        return i + 1;
    }
    return 0;
}

typedef void (*emit_fn)(void *ctx, const item *it);

static void scan_run(const char *text, size_t len, const pk_date *ref, const int window[2],
                     const pk__date_word *hw, size_t nhw, emit_fn emit, void *ctx)
{
    scan sc; /* the ring is written by next_tok() before it is read (tk()): not cleared */
    sc.s = (const unsigned char *)text;
    sc.len = len;
    sc.pos = sc.first = sc.count = sc.start = 0;
    memset(&sc.stop, 0, sizeof sc.stop);
    memset(&sc.ref, 0, sizeof sc.ref);
    sc.has_ref = 0;
    sc.stop.type = T_END;
    sc.stop.start = sc.stop.end = len;
    if (ref) {
        sc.ref = *ref;
        sc.has_ref = 1;
    }
    sc.year_lo = window[0];
    sc.year_hi = window[1];
    sc.hw = hw;
    sc.nhw = nhw;
    sc.hi = 0;
    size_t i = 0;
    for (;;) {
        sc.start = i;
        const tok *t = tk(&sc, i);
        if (t->type == T_END)
            break;
        item it;
        size_t e = 0;
        if ((t->type == T_WORD && t->cls == W_NONE) || (t->type == T_NUM && t->ndig > 4)) {
            i++; /* the common case: an ordinary word or a long number */
            continue;
        }
        if ((t->type == T_NUM || t->type == T_WORD || (t->type == T_PUNCT && t->ch == '(')) &&
            !glued_before(&sc, i))
            e = match_at(&sc, i, &it);
        if (e) {
            emit(ctx, &it);
            i = e;
        } else {
            i++;
        }
    }
}

/* ------------------------------------------------------------ the API -- */

const char *pk_date_kind_name(pk_date_kind kind)
{
    switch (kind) {
    case PK_DATE_KIND_DATE: return "date";
    case PK_DATE_KIND_RANGE: return "range";
    case PK_DATE_KIND_UNRESOLVED: return "unresolved";
    }
    return "?";
}

/* Read the options: *ref is NULL when no reference date is given. */
static pk_status read_options(const pk_date_text_options *opts, const pk_date **ref, unsigned *flags, int window[2],
                              pk_error *err)
{
    *ref = NULL;
    *flags = 0;
    window[0] = window[1] = 0;
    if (!opts)
        return PK_OK;
    if (opts->version < 1 || opts->version > PK_DATE_TEXT_OPTIONS_VERSION)
        return pk__fail(err, PK_EINVAL, "opts", "options version %u is not 1..%d (use PK_DATE_TEXT_OPTIONS_INIT)",
                        opts->version, PK_DATE_TEXT_OPTIONS_VERSION);
    if (opts->flags & ~PK_DATE_TEXT_ACCEPT_INFERRED)
        return pk__fail(err, PK_EINVAL, "opts", "unknown option flags 0x%x", opts->flags);
    pk_date r = opts->reference;
    if (r.year != 0 || r.month != 0 || r.day != 0) {
        if (!pk_date_valid(r))
            return pk__fail(err, PK_EINVAL, "reference", "reference date %04d-%02d-%02d is not a valid date",
                            r.year, r.month, r.day);
        *ref = &opts->reference;
    }
    if (opts->version >= 2 && (opts->year_first || opts->year_last)) { /* members of version 2 */
        if (opts->year_first < PK_DATE_MIN_YEAR || opts->year_last > PK_DATE_MAX_YEAR ||
            opts->year_first > opts->year_last)
            return pk__fail(err, PK_EINVAL, "year_first", "year window %d..%d is not within %d..%d", opts->year_first,
                            opts->year_last, PK_DATE_MIN_YEAR, PK_DATE_MAX_YEAR);
        window[0] = opts->year_first;
        window[1] = opts->year_last;
    }
    *flags = opts->flags;
    return PK_OK;
}

typedef struct public_sink {
    unsigned char *out;
    size_t cap, stride, n;
    unsigned version;
} public_sink;

static void emit_public(void *ctx, const item *it)
{
    public_sink *s = ctx;
    if (s->n < s->cap) {
        pk_date_match m = it->m;
        m.version = s->version;
        memcpy(s->out + s->n * s->stride, &m, s->stride);
    }
    s->n++;
}

/* Size of the caller's elements for each pk_date_match version. When a
 * member is appended, keep version 1's size here as it was. */
static size_t match_size(unsigned version)
{
    return version == 1 ? sizeof(pk_date_match) : 0;
}

static pk_status date_scan(pk_date_match *out, size_t cap, size_t *total, const char *text, size_t len,
                           const pk_date_text_options *opts, int trusted, const pk__date_word *hw, size_t nhw,
                           pk_error *err)
{
    if (!total)
        return pk__fail(err, PK_EINVAL, "total", "total pointer is NULL");
    *total = 0;
    if (!text)
        return pk__fail(err, PK_EINVAL, "text", "text is NULL");
    if (cap > 0 && !out)
        return pk__fail(err, PK_EINVAL, "out", "output array is NULL but cap is %zu", cap);
    public_sink sink = {(unsigned char *)out, cap, 0, 0, 0};
    if (cap > 0) {
        sink.version = out[0].version;
        sink.stride = match_size(sink.version);
        if (sink.stride == 0)
            return pk__fail(err, PK_EINVAL, "out", "out[0].version %u is not 1..%d (use PK_DATE_MATCH_INIT)",
                            out[0].version, PK_DATE_MATCH_VERSION);
    }
    const pk_date *ref;
    unsigned flags;
    int window[2];
    pk_status st = read_options(opts, &ref, &flags, window, err);
    if (st != PK_OK)
        return st;
    size_t bad;
    if (!trusted && !pk__utf8_valid(text, len, &bad))
        return pk__fail_at(err, PK_EENCODING, NULL, 0, (long)bad + 1, "text", "invalid UTF-8 at byte %zu", bad);
    scan_run(text, len, ref, window, hw, nhw, emit_public, &sink);
    *total = sink.n;
    if (sink.n > cap)
        return pk__fail(err, PK_EBUFSIZE, "out", "%zu date expressions found, room for %zu", sink.n, cap);
    return PK_OK;
}

pk_status pk_date_scan(pk_date_match *out, size_t cap, size_t *total, const char *text, size_t len,
                       const pk_date_text_options *opts, pk_error *err)
{
    return date_scan(out, cap, total, text, len, opts, 0, NULL, 0, err);
}

pk_status pk__date_scan_utf8(pk_date_match *out, size_t cap, size_t *total, const char *text, size_t len,
                             const pk_date_text_options *opts)
{
    return date_scan(out, cap, total, text, len, opts, 1, NULL, 0, NULL);
}

pk_status pk__date_scan_words(pk_date_match *out, size_t cap, size_t *total, const char *text, size_t len,
                              const pk_date_text_options *opts, const pk__date_word *hints, size_t nhints)
{
    return date_scan(out, cap, total, text, len, opts, 1, hints, nhints, NULL);
}

typedef struct loose_sink {
    item first;
    size_t n;
} loose_sink;

static void emit_loose(void *ctx, const item *it)
{
    loose_sink *s = ctx;
    if (s->n++ == 0)
        s->first = *it;
}

/* The two-digit year as 19yy or 20yy, for the message only (00..69: 20yy). */
static int century(int yy)
{
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

static pk_status loose_fail(pk_error *err, pk_status st, size_t col, const char *fmt, ...) PK_PRINTF(4, 5);
static pk_status loose_fail(pk_error *err, pk_status st, size_t col, const char *fmt, ...)
{
    if (!err)
        return st;
    char msg[PK_ERROR_TEXT_SIZE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return pk__fail_at(err, st, NULL, 0, (long)col, "date", "%s", msg);
}

/* The error for an expression that covers the whole input but is not one
 * known day. */
static pk_status loose_explain(const item *it, const pk_date *ref, const int window[2], size_t col, pk_error *err)
{
    char a[PK_DATE_STRLEN], b[PK_DATE_STRLEN];
    const pk_date_match *m = &it->m;
    switch (it->reason) {
    case R_BAD_MONTH:
        if (it->numeric && it->rd >= 1 && it->rd <= 12 && it->ry &&
            pk_date_format(a, sizeof a, pk_date_of(it->ry, it->rd, it->rm), NULL) == PK_OK)
            return loose_fail(err, PK_EPARSE, col,
                              "month %d does not exist: dates are read day first (DD/MM/YYYY); month first it "
                              "would read %s",
                              it->rm, a);
        return loose_fail(err, PK_EPARSE, col, "month %d does not exist", it->rm);
    case R_BAD_DAY: /* the month was checked first: 1..12 */
        if (it->ry)
            return loose_fail(err, PK_EPARSE, col, "day %d does not exist in %s %d", it->rd, month_en[it->rm],
                              it->ry);
        return loose_fail(err, PK_EPARSE, col, "day %d does not exist in %s", it->rd, month_en[it->rm]);
    case R_YEAR_RANGE:
        if (it->ry == 0)
            return loose_fail(err, PK_ERANGE, col, "the date falls outside %d..%d", PK_DATE_MIN_YEAR,
                              PK_DATE_MAX_YEAR);
        return loose_fail(err, PK_ERANGE, col, "year %d is outside %d..%d", it->ry, PK_DATE_MIN_YEAR,
                          PK_DATE_MAX_YEAR);
    case R_TWO_DIGIT: {
        int y = century(it->ry);
        if (pk_date_format(a, sizeof a, pk_date_of(y, it->rm, it->rd), NULL) == PK_OK)
            return loose_fail(err, PK_EPARSE, col, "two-digit year: write %d%c%d%c%d if %s is meant", it->rd,
                              it->sep, it->rm, it->sep, y, a);
        return loose_fail(err, PK_EPARSE, col, "two-digit year: write the year with four digits");
    }
    case R_YEAR_FIRST:
        if (pk_date_format(a, sizeof a, pk_date_of(it->ry, it->rm, it->rd), NULL) == PK_OK)
            return loose_fail(err, PK_EPARSE, col,
                              "year first with '%c' is ambiguous; year-month-day it would read %s: write %s or "
                              "%d/%d/%d",
                              it->sep, a, a, it->rd, it->rm, it->ry);
        if (pk_date_format(a, sizeof a, pk_date_of(it->ry, it->rd, it->rm), NULL) == PK_OK)
            return loose_fail(err, PK_EPARSE, col,
                              "year first with '%c' is ambiguous; year-day-month it would read %s: write %s", it->sep,
                              a, a);
        return loose_fail(err, PK_EPARSE, col, "year first with '%c' is not a date form read here", it->sep);
    case R_NEEDS_REF:
        if (m->flags & PK_DATE_FLAG_RELATIVE)
            return loose_fail(err, PK_EPARSE, col, "a relative date needs a reference date; write the date itself");
        return loose_fail(err, PK_EPARSE, col, "no year: write it with the year, e.g. %d/%d/2024", it->rd, it->rm);
    case R_SUNDAY_WEEK:
        return loose_fail(err, PK_EPARSE, col, "'Minggu' may mean Sunday or the week; write the date");
    case R_WEEKDAY_ONLY:
        return loose_fail(err, PK_EPARSE, col, "a weekday (%s) is not a date", weekday_en[m->weekday]);
    case R_VAGUE:
        return loose_fail(err, PK_EPARSE, col, "cannot be pinned to one day; write the date");
    case R_BACKWARDS:
        return loose_fail(err, PK_EPARSE, col, "a range that ends before it starts is not one date");
    default:
        break;
    }
    if (m->kind == PK_DATE_KIND_RANGE) {
        pk_date_format(a, sizeof a, m->from, NULL);
        pk_date_format(b, sizeof b, m->to, NULL);
        return loose_fail(err, PK_EPARSE, col, "a range (%s to %s), not one date", a, b);
    }
    pk_date_format(a, sizeof a, m->from, NULL);
    if (m->flags & PK_DATE_FLAG_WEEKDAY_MISMATCH) {
        int wd = pk_date_weekday(m->from);
        return loose_fail(err, PK_EPARSE, col, "%s is a %s (%s), not a %s (%s)", a, weekday_en[wd], weekday_id[wd],
                          weekday_en[m->weekday], weekday_id[m->weekday]);
    }
    if (m->flags & PK_DATE_FLAG_RELATIVE_MISMATCH) {
        pk_date_format(b, sizeof b, ref ? *ref : m->from, NULL);
        return loose_fail(err, PK_EPARSE, col, "%s is not the %s its relative words name from reference %s", a,
                          weekday_en[m->weekday], b);
    }
    /* inferred from the reference date or the year window, which the
     * caller did not accept */
    if (m->flags & PK_DATE_FLAG_TWO_DIGIT_YEAR)
        return loose_fail(err, PK_EPARSE, col, "two-digit year; only %d puts it on a %s, reading %s: write %d/%d/%d",
                          m->from.year, weekday_en[m->weekday], a, m->from.day, m->from.month, m->from.year);
    if (m->flags & PK_DATE_FLAG_YEAR_FROM_WEEKDAY)
        return loose_fail(err, PK_EPARSE, col,
                          "no year; of %d..%d only %d puts it on a %s, reading %s: write %d/%d/%d", window[0],
                          window[1], m->from.year, weekday_en[m->weekday], a, m->from.day, m->from.month,
                          m->from.year);
    if (!ref)
        return loose_fail(err, PK_EPARSE, col, "needs a reference date");
    pk_date_format(b, sizeof b, *ref, NULL);
    if (m->flags & PK_DATE_FLAG_RELATIVE)
        return loose_fail(err, PK_EPARSE, col,
                          "a relative date; with reference %s it would read %s: write the date itself", b, a);
    return loose_fail(err, PK_EPARSE, col, "no year; with reference %s it would read %s: write %d/%d/%d", b, a,
                      m->from.day, m->from.month, m->from.year);
}

/* A valid yyyy-mm-dd, exactly: what the scanner would read from it (the same
 * day, no flags), in a few instructions. 0 for anything else. */
static int iso_day(const char *t, pk_date *out)
{
    int v[8];
    static const unsigned char at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    if (t[4] != '-' || t[7] != '-')
        return 0;
    for (int i = 0; i < 8; i++) {
        unsigned char c = (unsigned char)t[at[i]];
        if (c < '0' || c > '9')
            return 0;
        v[i] = c - '0';
    }
    pk_date d = {v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5], v[6] * 10 + v[7]};
    if (!pk_date_valid(d))
        return 0;
    *out = d;
    return 1;
}

pk_status pk_date_parse_loose_n(pk_date *out, const char *text, size_t len, const pk_date_text_options *opts,
                                pk_error *err)
{
    static const pk_date zero = {0, 0, 0};
    if (!out)
        return pk__fail(err, PK_EINVAL, "out", "output pointer is NULL");
    *out = zero;
    if (!text)
        return pk__fail(err, PK_EINVAL, "date", "date text is NULL");
    const pk_date *ref;
    unsigned flags;
    int window[2];
    pk_status st = read_options(opts, &ref, &flags, window, err);
    if (st != PK_OK)
        return st;
    if (len > PK_DATE_LOOSE_MAX)
        return pk__fail(err, PK_ETOOLONG, "date", "date text longer than %d bytes", PK_DATE_LOOSE_MAX);
    if (len == 10 && iso_day(text, out))
        return PK_OK; /* the common case, read without the scanner; anything else takes the full path */
    const char *nul = memchr(text, '\0', len);
    if (nul)
        return loose_fail(err, PK_EPARSE, (size_t)(nul - text) + 1, "NUL byte in a date");
    size_t bad;
    if (!pk__utf8_valid(text, len, &bad))
        return pk__fail_at(err, PK_EENCODING, NULL, 0, (long)bad + 1, "date", "invalid UTF-8 at byte %zu", bad);
    const unsigned char *s = (const unsigned char *)text;
    size_t b = 0, e = len, k;
    while (b < e && (k = space_at(s, e, b)) > 0)
        b += k;
    while (e > b && (k = space_before(s, b, e)) > 0)
        e -= k;
    if (b == e)
        return loose_fail(err, PK_EPARSE, 1, "empty date; expected e.g. 2024-11-27, 27/11/2024 or 27 November 2024");
    loose_sink sink;
    memset(&sink, 0, sizeof sink);
    scan_run(text + b, e - b, ref, window, NULL, 0, emit_loose, &sink);
    const item *it = &sink.first;
    if (sink.n == 0)
        return loose_fail(err, PK_EPARSE, b + 1,
                          "not a date; expected e.g. 2024-11-27, 27/11/2024, 27-11-2024 or 27 November 2024 "
                          "(day first)");
    if (sink.n > 1 || it->m.start != 0 || it->m.end != e - b) {
        size_t col = it->m.start != 0 ? b + 1 : b + it->m.end + 1;
        if (sink.n > 1)
            return loose_fail(err, PK_EPARSE, col, "more than one date expression; give one date");
        return loose_fail(err, PK_EPARSE, col, "unexpected text %s the date", it->m.start != 0 ? "before" : "after");
    }
    int inferred = (it->m.flags & (PK_DATE_FLAG_YEAR_INFERRED | PK_DATE_FLAG_RELATIVE)) != 0;
    if (it->m.kind == PK_DATE_KIND_DATE && !(it->m.flags & (PK_DATE_FLAG_WEEKDAY_MISMATCH | PK_DATE_FLAG_RELATIVE_MISMATCH)) &&
        (!inferred || (flags & PK_DATE_TEXT_ACCEPT_INFERRED))) {
        *out = it->m.from;
        return PK_OK;
    }
    return loose_explain(it, ref, window, b + 1, err);
}

pk_status pk_date_parse_loose(pk_date *out, const char *text, const pk_date_text_options *opts, pk_error *err)
{
    if (!text) {
        if (out)
            memset(out, 0, sizeof *out);
        return pk__fail(err, PK_EINVAL, "date", "date text is NULL");
    }
    size_t len = 0;
    while (len <= PK_DATE_LOOSE_MAX && text[len])
        len++; /* stop one past the limit: longer text is refused */
    return pk_date_parse_loose_n(out, text, len, opts, err);
}
