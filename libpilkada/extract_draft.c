/* The text engine, second pass: from the mentions (in text order, with
 * their sentence context) to draft incidents. One linear walk over the
 * mentions with a few running "last seen" states, plus backward arrays for
 * "next in the paragraph"; every look-around inside a sentence is capped at
 * WINDOW mentions, so the pass is linear in the number of mentions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_internal.h"
#include "place_internal.h"

#define WINDOW 48
#define REACH ((size_t)WINDOW * 2) /* how far a pronoun's referent or a group's members are looked for */
#define NONE ((size_t)-1)
#define MAX_DISTINCT 64
#define DOC_PLACES 8
#define GENERIC_CONF 0.45 /* confidence of a draft whose act is a generic word (priority 1) */
#define DROPPED_CONF 0.4 /* highest confidence of a draft whose case was stopped */
#define TALLY_CONF 0.4   /* confidence of a group incident read from a tally of cases (tally_draft) */

/* The incident vocabulary's value of a label (pk_actor_from_name(),
 * pk_act_from_name()), kept by the label's address: the labels are the
 * lexicons' static strings, asked again for every draft. val: the value, or
 * -1 when the label is none of the vocabulary's slugs. */
#define SLUG_SLOTS 64
typedef struct slug_cache {
    const char *key[2][SLUG_SLOTS];
    int val[2][SLUG_SLOTS];
} slug_cache;

/* pk_place_lookup() of the last region code asked (a draft's
 * incident.region), kept: the acts of a text name the same few regions,
 * asked again by each draft's place readers. */
typedef struct code_cache {
    int kept;                                     /* code holds the last code asked */
    char code[sizeof ((pk_incident *)0)->region];
    pk_status status;
    pk_place_id id;
} code_cache;

/* many_places()'s last answers for whole sentences: [b, e) holds no end of
 * a sentence and is bounded by ends (sent_stop()) or the text's ends, so
 * sentence_around() of any byte in [b, e] at most 240 bytes from either
 * bound is exactly [b, e); val: many_places() of it. */
#define SENT_SLOTS 4
typedef struct sent_cache {
    size_t b[SENT_SLOTS], e[SENT_SLOTS];
    int val[SENT_SLOTS];
    size_t n; /* slots filled; the next one filled is n % SENT_SLOTS */
} sent_cache;

/* method_told()'s last sentence_says() answer for a whole sentence: [b, e)
 * holds no end of a sentence and is bounded by ends (sent_stop()) or the
 * text's ends, so sentence_says() of an act inside it, at most 400 bytes
 * from either bound, reads exactly [b, e); val: its answer. Consecutive
 * act candidates mostly share a sentence. */
typedef struct says_cache {
    int kept; /* b, e, val hold an answer */
    size_t b, e;
    unsigned val;
} says_cache;

typedef struct dctx {
    pk_extract_result *r;
    const pk_extract_mention *m;
    const pk__xinfo *x;
    size_t nm;
    const char *text;     /* the text the mention spans point into */
    size_t len;
    size_t *topic_of;     /* a role that names no person: after a neutrality word ("netralitas ASN"), that act;
                             in an election's name ("Pemilihan Gubernur, Bupati, dan Wali Kota"), itself; else NONE */
    size_t *next_region;  /* next usable region mention in the same paragraph, or NONE */
    size_t *next_place;   /* next district/village mention in the same paragraph */
    size_t *next_quiet;   /* next district/village mention (at or after this one, any paragraph) whose sentence
                             tells no act (sent_act_prio 0), or NONE: told_places() */
    size_t *next_occur;   /* next occurrence date (sentence with "terjadi") in the same paragraph */
    uint8_t *deny_after;  /* a denial at or after this mention in the same paragraph */
    const char **deny_by; /* the person of that denial's sentence ("Camat X membantah ..."), or NULL */
    int8_t *para_outcome; /* the paragraph's outcome (-1 none) */
    int8_t *counted_of;   /* counted(k) once asked, else -1 (the drafts ask it of a role many times) */
    int8_t *many_of;      /* many_places() at the mention's start once asked, else -1 */
    uint8_t *before_of;   /* per mention, two bits (asked, answer) per question asked once: the words of
                             word_before_once() (bits 0-5), deed_day() (bits 6-7) */
    size_t doc_region;    /* the text's main place, or NONE */
    size_t doc_office;    /* the first office region, or NONE */
    size_t doc_dateline;  /* the first dateline region ("Garut - ..."), or NONE */
    size_t doc_occur;     /* the text's occurrence date when all of them name one day, or NONE */
    size_t head_role;     /* the one person of the text's first line when that line tells no deed
                             ("Camat X Dilaporkan ke Bawaslu"), or NONE */
    size_t ident_of;      /* a class word that a copula identifies ("oknum ASN tersebut adalah Camat
                             Bontoala"), or NONE (find_identity()) */
    size_t ident_role;    /* the specific role it is identified with */
    int ident_demo;       /* the class word carries "tersebut"/"itu": it points back to the class named before */
    int8_t doc_outcome;      /* of the sentences with an outcome and no deed of their own */
    size_t doc_cleared;      /* the last sentence that finds the case not proven naming no deed and no
                                person ("Status Laporan tidak memenuhi unsur dan tidak dapat dibuktikan"),
                                or NONE */
    int8_t doc_lab_o[8];     /* of those naming their deed, by the deed's label */
    const char *doc_lab[8];
    size_t ndoc_lab;
    /* the text's denials that name their deed, to reach deeds told in other
     * paragraphs: the act's label, a role of the denying sentence (or NULL)
     * and the sentence */
    const char *deny_lab[8];
    const char *deny_role[8];
    size_t deny_sent[8];
    size_t ndeny;
    int named_ready[2];   /* named[] collected: [0] every region named, offices too; [1] places only */
    size_t nnamed[2];     /* distinct regions named; MAX_DISTINCT + 1: too many to list */
    const pk_region *named[2][MAX_DISTINCT];
    uintptr_t named_sorted[2][MAX_DISTINCT]; /* named[] as sorted addresses: named_region() asks by bisection */
    int competing;        /* competing() once asked, else -1 */
    slug_cache *slugs;    /* actor_named(), act_named() */
    code_cache *codes;    /* region_id() */
    sent_cache *sents;    /* many_places(), or NULL */
    says_cache *says;     /* method_told()'s sentence_says(), or NULL */
    int places_ready;     /* places[] collected */
    size_t nplaces;       /* district/village mentions of distinct names; DOC_PLACES + 1: too many */
    size_t places[DOC_PLACES];
} dctx;

#define NOT_PLACE                                                                                              \
    (PK_EXTRACT_FLAG_HOME | PK_EXTRACT_FLAG_LINK | PK_EXTRACT_FLAG_DATELINE | PK_EXTRACT_FLAG_STATEMENT |        \
     PK_EXTRACT_FLAG_QUALIFIER)

static int usable_region(const pk_extract_mention *m)
{
    return m->kind == PK_EXTRACT_MENTION_REGION && m->region && !(m->flags & (NOT_PLACE | PK_EXTRACT_FLAG_OFFICE));
}

static int usable_place(const pk_extract_mention *m, const pk__xinfo *x)
{
    return (m->kind == PK_EXTRACT_MENTION_DISTRICT || m->kind == PK_EXTRACT_MENTION_VILLAGE) &&
           !(m->flags & (PK_EXTRACT_FLAG_HOME | PK_EXTRACT_FLAG_LINK | PK_EXTRACT_FLAG_OFFICE)) &&
           (!x->from_role || m->place || x->npcand);
}

static int occur_date(const pk_extract_mention *m, const pk__xinfo *x)
{
    return m->kind == PK_EXTRACT_MENTION_DATE && m->date_kind == PK_DATE_KIND_DATE && x->sent_occur &&
           !(m->flags & (PK_EXTRACT_FLAG_STATEMENT | PK_EXTRACT_FLAG_LINK | PK_EXTRACT_FLAG_IRREALIS)) &&
           !x->sent_irrealis;
}

/* A date that may be an act's: one day, not a statement's or a link's, in
 * a sentence that names an act (not one of prohibition or appeal). */
static int act_date(const pk_extract_mention *m, const pk__xinfo *x)
{
    return m->kind == PK_EXTRACT_MENTION_DATE && m->date_kind == PK_DATE_KIND_DATE &&
           !(m->flags & (PK_EXTRACT_FLAG_STATEMENT | PK_EXTRACT_FLAG_LINK | PK_EXTRACT_FLAG_IRREALIS)) &&
           x->sent_act_prio > 0 && !x->sent_irrealis;
}

static int deed_day(const dctx *d, size_t k);
static int is_kabkota(const pk_region *g) { return g && g->kind != PK_REGION_PROVINSI; }
static int actor_candidate(const pk_extract_mention *m, const pk__xinfo *x);

/* Settle ambiguous region names with the unambiguous ones of the same text:
 * a candidate named elsewhere, or the only candidate inside a province named
 * elsewhere (or the province of another kabupaten/kota named). */
static void settle_ambiguous(pk_extract_result *r)
{
    const pk_region *known[MAX_DISTINCT];
    size_t nk = 0;
    for (size_t k = 0; k < r->nm && nk < MAX_DISTINCT; k++) {
        const pk_extract_mention *m = &r->m[k];
        if (m->kind == PK_EXTRACT_MENTION_REGION && m->region && !(m->flags & PK_EXTRACT_FLAG_LINK)) {
            size_t q = 0;
            while (q < nk && known[q] != m->region)
                q++;
            if (q == nk)
                known[nk++] = m->region;
        }
    }
    /* and the kabupaten/kota of the districts and villages named that only
     * one place has ("Pilkada Pasuruan" beside "Desa Rejoso Kidul", a desa
     * of Kabupaten Pasuruan): looked at over the first 64 of them */
    for (size_t k = 0, seen = 0; k < r->nm && nk < MAX_DISTINCT && seen < 64; k++) {
        const pk_extract_mention *m = &r->m[k];
        if ((m->kind != PK_EXTRACT_MENTION_DISTRICT && m->kind != PK_EXTRACT_MENTION_VILLAGE) ||
            (m->flags & PK_EXTRACT_FLAG_LINK))
            continue;
        seen++;
        pk_place_id id = m->place ? m->place : r->x[k].npcand == 1 ? pk__x_pcand(r, &r->x[k])[0] : 0;
        pk_place pl = PK_PLACE_INIT;
        if (!id || pk_place_get(&pl, id, NULL) != PK_OK || !pl.region)
            continue;
        size_t q = 0;
        while (q < nk && known[q] != pl.region)
            q++;
        if (q == nk)
            known[nk++] = pl.region;
    }
    if (!nk)
        return;
    for (size_t k = 0; k < r->nm; k++) {
        pk_extract_mention *m = &r->m[k];
        const pk__xinfo *x = &r->x[k];
        if (m->kind != PK_EXTRACT_MENTION_REGION || m->region || !x->ncand)
            continue;
        const pk_region *pick = NULL;
        int fits = 0;
        /* a candidate named elsewhere in full wins ("Semarang" beside "Kota Semarang") */
        for (size_t c = 0; c < x->ncand; c++)
            for (size_t q = 0; q < nk; q++)
                if (known[q] == pk__x_cand(r, x)[c]) {
                    pick = pk__x_cand(r, x)[c];
                    fits++;
                }
        if (fits == 1) {
            m->region = pick;
            m->flags &= ~PK_EXTRACT_FLAG_AMBIGUOUS;
            pk__strlcpy_utf8(m->text, pick->code, sizeof m->text);
            continue;
        }
        pick = NULL;
        fits = 0;
        for (size_t c = 0; c < x->ncand; c++) {
            const pk_region *g = pk__x_cand(r, x)[c];
            int ok = 0;
            for (size_t q = 0; q < nk && !ok; q++) {
                const pk_region *kn = known[q];
                ok = kn == g || (g->parent_code && kn->kind == PK_REGION_PROVINSI && strcmp(kn->code, g->parent_code) == 0) ||
                     (g->parent_code && kn->parent_code && strcmp(kn->parent_code, g->parent_code) == 0);
            }
            if (ok) {
                pick = g;
                fits++;
            }
        }
        if (fits == 1) {
            m->region = pick;
            m->flags &= ~PK_EXTRACT_FLAG_AMBIGUOUS;
            pk__strlcpy_utf8(m->text, pick->code, sizeof m->text);
        }
    }
}

/* 1 if text[from..to) holds only spaces and one separator of seps, or,
 * when and_ok, the word "dan" too (", dan"). */
static int only_sep(const char *text, size_t from, size_t to, const char *seps, int and_ok)
{
    if (to < from || to - from > 6)
        return 0;
    int n = 0;
    for (size_t i = from; i < to; i++) {
        if (text[i] == ' ')
            continue;
        if (text[i] && strchr(seps, text[i]))
            n++;
        else if (and_ok && to - i >= 3 && pk__ieq_ascii(text + i, "dan", 3)) {
            n++;
            i += 2;
        } else
            return 0;
    }
    return n == 1 || (and_ok && n == 2);
}

/* 1 if region mention p names a province: resolved so, or ambiguous with a
 * province among its candidates ("Bengkulu"). */
static int names_province(const pk_extract_result *r, size_t p)
{
    if (r->m[p].region)
        return r->m[p].region->kind == PK_REGION_PROVINSI;
    for (size_t c = 0; c < r->x[p].ncand; c++)
        if (pk__x_cand(r, &r->x[p])[c]->kind == PK_REGION_PROVINSI)
            return 1;
    return 0;
}

/* A province written by the name it shares with its capital city
 * ("Yogyakarta", "Bengkulu", "Jambi", "Gorontalo") is the province, not the
 * city, where news writes it as a province: right after a kabupaten/kota
 * of that province to say where it lies ("Bawaslu Kabupaten Bantul,
 * Yogyakarta": a qualifier, as "Kota Palu, Sulawesi Tengah"), or listed
 * with provinces ("Sumatera Barat, Bengkulu, Jambi"). "Kota Yogyakarta"
 * written in full, the name alone elsewhere, or the name inside a list of
 * kabupaten/kota ("Sleman, Yogyakarta, dan Bantul") stays the city. */
static void capital_provinces(pk_extract_result *r, const char *text)
{
    size_t prev = NONE;
    for (size_t k = 0; k < r->nm; k++) {
        pk_extract_mention *m = &r->m[k];
        if (m->kind != PK_EXTRACT_MENTION_REGION)
            continue;
        size_t p = prev;
        prev = k;
        const pk_region *g = m->region, *prov = NULL;
        if (p != NONE && !g && r->m[p].region && r->m[p].region->kind == PK_REGION_PROVINSI &&
            r->m[p].sentence == m->sentence && r->m[p].end <= m->start &&
            only_sep(text, r->m[p].end, m->start, ",", 1)) {
            /* an ambiguous name listed with provinces: its province ("Sumatera Barat, Bengkulu") */
            int np = 0;
            for (size_t c = 0; c < r->x[k].ncand; c++)
                if (pk__x_cand(r, &r->x[k])[c]->kind == PK_REGION_PROVINSI && np++ == 0)
                    prov = pk__x_cand(r, &r->x[k])[c];
            if (np == 1 && prov != r->m[p].region) {
                m->region = prov;
                m->flags &= ~PK_EXTRACT_FLAG_AMBIGUOUS;
            }
            continue;
        }
        if (p == NONE || !g || g->kind != PK_REGION_KOTA || !g->parent_code || r->m[p].sentence != m->sentence ||
            r->m[p].end > m->start || pk_region_lookup(&prov, NULL, g->parent_code, NULL) != PK_OK || !prov ||
            !prov->name)
            continue;
        size_t n = m->end - m->start, pn = strlen(prov->name);
        if (n > pn || !pk__ieq_ascii(text + m->start, prov->name + (pn - n), n) ||
            (n < pn && prov->name[pn - n - 1] != ' '))
            continue; /* not the province's name ("Kota Yogyakarta", "Palu") */
        const pk_region *pg = r->m[p].region;
        size_t q = k + 1; /* the next region mention: "Sleman, Yogyakarta, dan Bantul" lists cities */
        while (q < r->nm && r->m[q].kind != PK_EXTRACT_MENTION_REGION)
            q++;
        int listed = q < r->nm && r->m[q].sentence == m->sentence && r->m[q].start >= m->end &&
                     (!r->m[q].region || r->m[q].region->kind != PK_REGION_PROVINSI) &&
                     only_sep(text, m->end, r->m[q].start, ",", 1);
        if (!listed && pg && pg != g && pg->kind != PK_REGION_PROVINSI && pg->parent_code &&
            strcmp(pg->parent_code, prov->code) == 0 && only_sep(text, r->m[p].end, m->start, ",(-", 0)) {
            m->region = prov;
            m->flags |= PK_EXTRACT_FLAG_QUALIFIER;
        } else if (pg != prov && names_province(r, p) && only_sep(text, r->m[p].end, m->start, ",", 1)) {
            m->region = prov;
        }
    }
}

/* 1 if the sentence names a specific deed of its own (an asserted act of
 * priority 3: "membagikan uang", "hadir dalam kampanye"); a class of deeds
 * ("dugaan pelanggaran netralitas ASN", "kasus ini") is the case told
 * before, not another deed. */
static int names_own_deed(const pk__xinfo *x) { return x->sent_act_prio >= 3; }

/* 1 if a denial by a person of role DENIER speaks for the deed of ACTOR:
 * the same kind of person, or a candidate and the campaign team that
 * answers for it ("Tim pemenangan paslon 01 membantah ...") */
static int same_side(const char *denier, const char *actor)
{
    int team_d = pk__label_is(denier, "candidate") || pk__label_is(denier, "campaign_team");
    int team_a = pk__label_is(actor, "candidate") || pk__label_is(actor, "campaign_team");
    return pk__same_label(denier, actor) || (team_d && team_a);
}

static int8_t merge_outcome(int8_t cur, int8_t o)
{
    if (o < 0)
        return cur;
    if (cur < 0 || o == PK_EXTRACT_NOT_PROVEN || (cur != PK_EXTRACT_NOT_PROVEN && o > cur))
        return o;
    return cur;
}
/* The text's outcome for an act whose paragraph tells none. */
static int8_t doc_outcome(const dctx *d, const pk_extract_mention *act)
{
    int8_t o = d->doc_outcome;
    for (size_t q = 0; q < d->ndoc_lab; q++)
        if (pk__same_label(d->doc_lab[q], act->label))
            o = merge_outcome(o, d->doc_lab_o[q]);
    return o;
}

/* 1 if a later sentence of the text, in another paragraph, denies the same
 * deed by the same kind of person (an earlier one, when the deed names
 * nobody) ("... pertemuan para kepala desa ..."
 * then, paragraphs on, "kepala desa yang diperiksa mengaku pertemuan
 * tersebut adalah silaturahmi"); a deed whose own sentence tells an outcome
 * keeps it. */
static int denied_later(const dctx *d, const pk_extract_draft *dr, size_t a)
{
    if (d->x[a].sent_outcome >= 0)
        return 0;
    for (size_t q = 0; q < d->ndeny; q++) {
        if (!pk__same_label(d->deny_lab[q], dr->act_label))
            continue;
        if (d->deny_sent[q] > d->m[a].sentence &&
            (!d->deny_role[q] || !dr->actor_label[0] || pk__same_label(d->deny_role[q], dr->actor_label)))
            return 1;
        /* the accusation told after its denial, with nobody named for the
         * deed ("Paslon ... membantah tudingan praktik politik uang. ...
         * Di lokasi ini, Abah Anton disebut memberikan uang", fresh2 026) */
        if (d->deny_sent[q] < d->m[a].sentence && !dr->actor_label[0])
            return 1;
    }
    return 0;
}

static void doc_places(dctx *d)
{
    const pk_region *reg[MAX_DISTINCT];
    size_t first[MAX_DISTINCT] = {0}, count[MAX_DISTINCT] = {0};
    size_t n = 0;
    d->doc_region = d->doc_office = d->doc_occur = d->doc_dateline = NONE;
    d->doc_outcome = -1;
    d->doc_cleared = NONE;
    size_t clear_sent = NONE, person_sent = NONE; /* a bare not-proven sentence, the last one naming a person */
    d->ndoc_lab = 0;
    d->ndeny = 0;
    const char *role = NULL; /* a role of the current denying sentence */
    size_t role_sent = NONE;
    int occur_conflict = 0;
    for (size_t k = 0; k < d->nm; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (occur_date(m, &d->x[k]) && deed_day(d, k)) {
            if (d->doc_occur == NONE)
                d->doc_occur = k;
            else if (pk_date_compare(d->m[d->doc_occur].from, m->from) != 0)
                occur_conflict = 1;
        }
        /* the speaker's office ("papar Ketua Bawaslu Surabaya, kemarin") is an office all the same */
        if (m->kind == PK_EXTRACT_MENTION_REGION && m->region && (m->flags & PK_EXTRACT_FLAG_OFFICE) &&
            !(m->flags & (NOT_PLACE & ~PK_EXTRACT_FLAG_STATEMENT)) && d->doc_office == NONE)
            d->doc_office = k;
        if (m->kind == PK_EXTRACT_MENTION_REGION && m->region && (m->flags & PK_EXTRACT_FLAG_DATELINE) &&
            !(m->flags & PK_EXTRACT_FLAG_LINK) && d->doc_dateline == NONE)
            d->doc_dateline = k;
        if (clear_sent != NONE && m->sentence != clear_sent) {
            if (person_sent != clear_sent)
                d->doc_cleared = clear_sent;
            clear_sent = NONE;
        }
        if (m->kind == PK_EXTRACT_MENTION_ROLE && actor_candidate(m, &d->x[k]))
            person_sent = m->sentence;
        if (m->kind == PK_EXTRACT_MENTION_OUTCOME && !(m->flags & PK_EXTRACT_FLAG_LINK) &&
            !names_own_deed(&d->x[k])) {
            d->doc_outcome = merge_outcome(d->doc_outcome, d->x[k].sent_outcome);
            if (pk__label_is(m->label, "not_proven") && d->x[k].sent_outcome == PK_EXTRACT_NOT_PROVEN &&
                !d->x[k].sent_irrealis)
                clear_sent = m->sentence;
        }
        if (m->kind == PK_EXTRACT_MENTION_ACT && !(m->flags & (PK_EXTRACT_FLAG_LINK | PK_EXTRACT_FLAG_IRREALIS)) &&
            d->x[k].sent_outcome >= 0 && d->ndoc_lab < 8) {
            d->doc_lab[d->ndoc_lab] = m->label;
            d->doc_lab_o[d->ndoc_lab++] = d->x[k].sent_outcome;
        }
        if (d->x[k].sent_deny && !(m->flags & PK_EXTRACT_FLAG_LINK)) {
            if (m->kind == PK_EXTRACT_MENTION_ROLE && actor_candidate(m, &d->x[k]) && role_sent != m->sentence) {
                role = m->label;
                role_sent = m->sentence;
                if (d->ndeny && d->deny_sent[d->ndeny - 1] == m->sentence && !d->deny_role[d->ndeny - 1])
                    d->deny_role[d->ndeny - 1] = role;
            }
            if (m->kind == PK_EXTRACT_MENTION_ACT && d->ndeny < 8) {
                d->deny_lab[d->ndeny] = m->label;
                d->deny_role[d->ndeny] = role_sent == m->sentence ? role : NULL;
                d->deny_sent[d->ndeny++] = m->sentence;
            }
        }
        if (!usable_region(m))
            continue;
        size_t q = 0;
        while (q < n && reg[q] != m->region)
            q++;
        if (q == n) {
            if (n == MAX_DISTINCT)
                continue;
            reg[n] = m->region;
            first[n] = k;
            count[n] = 0;
            n++;
        }
        count[q]++;
    }
    if (clear_sent != NONE && person_sent != clear_sent)
        d->doc_cleared = clear_sent;
    size_t best = NONE;
    for (size_t q = 0; q < n; q++) {
        if (best == NONE) {
            best = q;
            continue;
        }
        int kb = is_kabkota(reg[best]), kq = is_kabkota(reg[q]);
        if ((kq && !kb) || (kq == kb && count[q] > count[best]))
            best = q;
    }
    if (best != NONE)
        d->doc_region = first[best];
    if (occur_conflict)
        d->doc_occur = NONE;
}

/* Case-insensitive comparison of w[0..n) with the lower-case word s. */
static inline int word_is(const char *w, size_t n, const char *s)
{
    /* the first byte first: most words compared differ there */
    if (n == 0 || (w[0] >= 'A' && w[0] <= 'Z' ? w[0] + 32 : w[0]) != s[0])
        return n == 0 && !s[0];
    size_t i = 0;
    for (; i < n && s[i]; i++)
        if ((w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]) != s[i])
            return 0;
    return i == n && !s[i];
}

/* 1 if mention k is a cue of the given label, written as `word` when that
 * is not NULL ("to" written "kepada"). */
static int cue_is(const dctx *d, size_t k, const char *label, const char *word)
{
    const pk_extract_mention *m = &d->m[k];
    return m->kind == PK_EXTRACT_MENTION_CUE && pk__label_is(m->label, label) &&
           (!word || word_is(d->text + m->start, m->end - m->start, word));
}

static int set_aside(const dctx *d, size_t k);
static int handles(const dctx *d, size_t k);
static int another_person(const dctx *d, size_t k, size_t first, const size_t *taken, size_t n);
static int joins_people(const dctx *d, const pk_extract_mention *p, const pk_extract_mention *q);

/* word_is() of a word of exactly the length of the literal s */
#define WORD_EQ(w, n, s) ((n) == sizeof(s) - 1 && word_is((w), (n), (s)))

/* 2 for a word counting several people ("dua" .. "sepuluh", "belasan",
 * "puluhan", "ratusan", "sejumlah", "beberapa", "para"), 1 for one ("satu",
 * "seorang"), 0 for any other word. */
static int count_word(const char *w, size_t n)
{
    if (n < 3 || n > 8)
        return 0; /* no word above has fewer than 3 or more than 8 letters */
    /* by the first letter, only the words that start with it are compared */
    switch ((unsigned char)w[0] | 32u) {
    case 'b':
        return WORD_EQ(w, n, "belasan") || WORD_EQ(w, n, "beberapa") ? 2 : 0;
    case 'd':
        return WORD_EQ(w, n, "dua") || WORD_EQ(w, n, "delapan") ? 2 : 0;
    case 'e':
        return WORD_EQ(w, n, "empat") || WORD_EQ(w, n, "enam") ? 2 : 0;
    case 'l':
        return WORD_EQ(w, n, "lima") ? 2 : 0;
    case 'p':
        return WORD_EQ(w, n, "puluhan") || WORD_EQ(w, n, "para") ? 2 : 0;
    case 'r':
        return WORD_EQ(w, n, "ratusan") ? 2 : 0;
    case 's':
        if (WORD_EQ(w, n, "sembilan") || WORD_EQ(w, n, "sepuluh") || WORD_EQ(w, n, "sejumlah"))
            return 2;
        return WORD_EQ(w, n, "satu") || WORD_EQ(w, n, "seorang");
    case 't':
        return WORD_EQ(w, n, "tiga") || WORD_EQ(w, n, "tujuh") ? 2 : 0;
    default:
        return 0;
    }
}

/* 1 if role k, written capitalised, ends the name of a body: up to four
 * capitalised words before it, one of them a word that names an
 * association ("Ketua Aliansi Pemantauan Aparatur Sipil Negara (APKAN)",
 * fresh3 036; "Komisi Aparatur Sipil Negara"): the body, not a person of
 * that post. At most 64 bytes read. */
static int body_name(const dctx *d, size_t k)
{
    static const char *const bodies[] = {"aliansi", "forum",  "lembaga", "koalisi",     "komite",  "komisi",
                                         "asosiasi", "ikatan", "persatuan", "perkumpulan", "serikat", "gerakan",
                                         "korps",   "paguyuban"};
    /* right before the post, a word that gathers its holders: the holders
     * themselves ("Paguyuban Kepala Desa se-Kecamatan Gabus menyatakan
     * dukungannya", corpus 044; "Forum Kepala Desa", "Persatuan Perangkat
     * Desa") */
    static const char *const members[] = {"forum",       "asosiasi", "ikatan", "persatuan",
                                          "perkumpulan", "serikat",  "korps",  "paguyuban"};
    size_t i = d->m[k].start;
    if (i >= d->len || !(d->text[i] >= 'A' && d->text[i] <= 'Z'))
        return 0;
    for (int w = 0; w < 4 && i > 0 && d->m[k].start - i < 64; w++) {
        if (d->text[i - 1] != ' ')
            return 0;
        size_t e = i - 1, b = e;
        while (b > 0 && ((d->text[b - 1] | 32) >= 'a' && (d->text[b - 1] | 32) <= 'z'))
            b--;
        if (b == e || !(d->text[b] >= 'A' && d->text[b] <= 'Z'))
            return 0;
        for (size_t q = 0; w == 0 && q < PK_ARRAY_LEN(members); q++)
            if (word_is(d->text + b, e - b, members[q]))
                return 0;
        for (size_t q = 0; q < PK_ARRAY_LEN(bodies); q++)
            if (word_is(d->text + b, e - b, bodies[q]))
                return 1;
        i = b;
    }
    return 0;
}

/* "Camat X ... telah melanggar netralitas Aparatur Sipil Negara (ASN)": a
 * role right after a neutrality word, with a person named before it in the
 * sentence, names the rule's class of people (the camat is an ASN), not a
 * second person: it is nobody's actor and not the person later sentences
 * refer back to. With nobody named before it ("pelanggaran netralitas
 * kepala desa") it stays the actor. Its spelled-out or short form right
 * after it ("(ASN)") is the same topic. */
static void mark_topics(dctx *d)
{
    int person = 0; /* a candidate actor named earlier in the sentence */
    int accused = 0; /* the sentence names the reported party ("Terlapor: Camat X") */
    size_t acc_cue = NONE; /* the last "terlapor" of the sentence */
    for (size_t k = 0; k < d->nm; k++) {
        d->topic_of[k] = NONE;
        if (k > 0 && d->m[k].sentence != d->m[k - 1].sentence) {
            /* a form's "Terlapor: Camat X" line, then "Dugaan: Melanggar
             * netralitas ASN": the rule's class, the person named above */
            person = accused && d->x[k].para == d->x[k - 1].para;
            accused = 0;
            acc_cue = NONE;
        }
        if (handles(d, k))
            person = 0; /* who reports ("warga ... melaporkan ketidaknetralan Wali Kota X") is not the subject */
        if (cue_is(d, k, "accused", NULL))
            acc_cue = k;
        accused |= acc_cue != NONE && d->m[k].kind == PK_EXTRACT_MENTION_ROLE && actor_candidate(&d->m[k], &d->x[k]) &&
                   d->x[k].word <= d->x[acc_cue].word_end + 2;
        /* "Mereka dilaporkan terkait dugaan pelanggaran netralitas ASN": the
         * people referred back to */
        person |= cue_is(d, k, "anaphor", NULL);
        if (d->m[k].kind != PK_EXTRACT_MENTION_ROLE || !actor_candidate(&d->m[k], &d->x[k]))
            continue;
        /* "pelanggaran netralitas ASN yang dilakukan oleh salah satu camat":
         * the agent named after it */
        for (size_t j = k + 1; !person && j < d->nm && j < k + 6 && d->m[j].sentence == d->m[k].sentence; j++)
            if (cue_is(d, j, "by", NULL) && d->x[j].word <= d->x[k].word_end + 3)
                for (size_t i = j + 1; i < d->nm && i < j + 4 && d->x[i].word <= d->x[j].word_end + 3; i++)
                    person |= d->m[i].kind == PK_EXTRACT_MENTION_ROLE && actor_candidate(&d->m[i], &d->x[i]);
        for (size_t j = k; person && j-- > 0 && k - j <= 2;) {
            const pk_extract_mention *p = &d->m[j];
            if (p->sentence != d->m[k].sentence || d->x[k].word > d->x[j].word_end + 1)
                break;
            if (p->kind == PK_EXTRACT_MENTION_ACT && pk__label_is(p->label, "other_neutrality")) {
                d->topic_of[k] = j;
                break;
            }
            if (p->kind == PK_EXTRACT_MENTION_ROLE && d->topic_of[j] != NONE && strcmp(p->label, d->m[k].label) == 0) {
                d->topic_of[k] = d->topic_of[j];
                break;
            }
        }
        /* "Undang-Undang ... tentang Pemilihan Gubernur, Bupati, dan Wali
         * Kota": the heads listed after the election's name name the
         * election, not people */
        if (k > 0 && d->topic_of[k] == NONE && d->m[k - 1].sentence == d->m[k].sentence &&
            ((d->m[k - 1].kind == PK_EXTRACT_MENTION_CUE && d->m[k - 1].label &&
              pk__label_is(d->m[k - 1].label, "election")) ||
             (d->m[k - 1].kind == PK_EXTRACT_MENTION_ROLE && d->topic_of[k - 1] == k - 1)) &&
            joins_people(d, &d->m[k - 1], &d->m[k]) == 1)
            d->topic_of[k] = k;
        /* "menguntungkan ... salah satu pasangan calon presiden dan wakil
         * presiden" (fresh3 015), "calon wakil bupati": the office right
         * after "calon" is the one sought, not someone holding it (the one
         * joined to it by "dan" above too) */
        if (k > 0 && d->topic_of[k] == NONE && d->m[k - 1].kind == PK_EXTRACT_MENTION_CANDIDATE &&
            d->m[k - 1].sentence == d->m[k].sentence && d->x[k].word == d->x[k - 1].word_end &&
            d->m[k - 1].end >= d->m[k - 1].start + 5 &&
            pk__ieq_ascii(d->text + d->m[k - 1].end - 5, "calon", 5))
            d->topic_of[k] = k;
        if (body_name(d, k)) /* "Aliansi Pemantauan Aparatur Sipil Negara": a body's name */
            d->topic_of[k] = k;
        if (set_aside(d, k)) /* "Selain dugaan pelanggaran netralitas ASN, ...": told elsewhere */
            d->topic_of[k] = k;
        person |= d->topic_of[k] == NONE;
    }
}


/* The outcome a paragraph tells of its deeds, for the acts of its sentences
 * that tell none: a sentence with an outcome and no deed of its own
 * ("Laporan tersebut dihentikan", "kasus tersebut tidak terbukti") speaks
 * of every deed of the paragraph; one that names its deed ("Adapun laporan
 * politik uang oleh kades itu dihentikan") speaks only of that deed, not of
 * the others told beside it. One pass backward (forward = 0) sets
 * para_outcome; the forward pass fills what is still unset. */
static void spread_outcomes(dctx *d, int forward)
{
    int8_t gen = -1, lab_o[4];
    const char *lab[4];
    size_t nl = 0;
    uint32_t prev = 0; /* the paragraph of the mention read before */
    for (size_t s = 0; s < d->nm; s++) {
        size_t k = forward ? s : d->nm - 1 - s;
        const pk__xinfo *x = &d->x[k];
        if (s > 0 && x->para != prev) {
            gen = -1;
            nl = 0;
        }
        prev = x->para;
        const pk_extract_mention *m = &d->m[k];
        if (x->sent_outcome >= 0) {
            if (!names_own_deed(x))
                gen = merge_outcome(gen, x->sent_outcome);
            else if (m->kind == PK_EXTRACT_MENTION_ACT && !(m->flags & PK_EXTRACT_FLAG_IRREALIS) && nl < 4) {
                lab[nl] = m->label;
                lab_o[nl++] = x->sent_outcome;
            }
        }
        int8_t o = gen;
        for (size_t q = 0; q < nl && m->kind == PK_EXTRACT_MENTION_ACT; q++)
            if (strcmp(lab[q], m->label) == 0)
                o = merge_outcome(o, lab_o[q]);
        if (!forward || d->para_outcome[k] < 0)
            d->para_outcome[k] = o;
    }
}

static pk_status prepare(dctx *d, pk_extract_workspace *ws)
{
    size_t nm = d->nm ? d->nm : 1;
    /* one block of the workspace: seven arrays of nm pointers or sizes, then
     * five of nm bytes (so each array stays aligned) */
    unsigned char *blk = pk__ws_reserve(ws, PK__WS_DRAFT, nm * (5 * sizeof(size_t) + 2 * sizeof(const char *) + 5));
    if (!blk)
        return PK_ENOMEM;
    d->next_region = (size_t *)(void *)blk;
    d->next_place = d->next_region + nm;
    d->next_occur = d->next_place + nm;
    d->next_quiet = d->next_occur + nm;
    d->topic_of = d->next_quiet + nm;
    d->deny_by = (const char **)(void *)(d->topic_of + nm);
    const char **srole = d->deny_by + nm; /* the first person named in each mention's sentence */
    unsigned char *bytes = (unsigned char *)(void *)(srole + nm);
    d->deny_after = bytes;
    d->para_outcome = (int8_t *)(void *)(bytes + nm);
    d->counted_of = (int8_t *)(void *)(bytes + 2 * nm);
    d->many_of = (int8_t *)(void *)(bytes + 3 * nm);
    d->before_of = bytes + 4 * nm;
    memset(d->before_of, 0, nm);
    for (size_t k = 0, s0 = 0; k <= d->nm; k++) {
        if (k == d->nm || d->m[k].sentence != d->m[s0].sentence) {
            const char *who = NULL;
            for (size_t j = s0; j < k && !who; j++)
                if (d->m[j].kind == PK_EXTRACT_MENTION_ROLE && actor_candidate(&d->m[j], &d->x[j]))
                    who = d->m[j].label;
            for (size_t j = s0; j < k; j++)
                srole[j] = who;
            s0 = k;
        }
    }
    memset(d->counted_of, -1, nm);
    memset(d->many_of, -1, nm);
    mark_topics(d);
    size_t nr = NONE, np = NONE, no = NONE;
    /* A denial of a later sentence reaches back to the deeds told before it
     * when it names no deed of its own ("Kades itu membantah tudingan
     * tersebut") or names the same one ("Ia membantah membagikan uang");
     * one denying another deed ("Adapun kades membantah membagikan uang")
     * leaves the others as told. */
    uint8_t deny = 0;
    const char *deny_who = NULL;
    const char *deny_act[4];
    size_t ndeny = 0;
    size_t nq = NONE;
    for (size_t k = d->nm; k-- > 0;) {
        const pk_extract_mention *m = &d->m[k];
        if ((m->kind == PK_EXTRACT_MENTION_DISTRICT || m->kind == PK_EXTRACT_MENTION_VILLAGE) && !d->x[k].sent_act_prio)
            nq = k;
        d->next_quiet[k] = nq;
        if (k + 1 < d->nm && d->x[k + 1].para != d->x[k].para) {
            nr = np = no = NONE;
            deny = 0;
            deny_who = NULL;
            ndeny = 0;
        }
        if (usable_region(m))
            nr = k;
        if (usable_place(m, &d->x[k]))
            np = k;
        if (occur_date(m, &d->x[k]) && deed_day(d, k))
            no = k;
        if (m->kind == PK_EXTRACT_MENTION_NEGATION && pk__label_is(m->label, "deny") && !names_own_deed(&d->x[k])) {
            deny = 1;
            deny_who = srole[k];
        }
        if (m->kind == PK_EXTRACT_MENTION_ACT && d->x[k].sent_deny && ndeny < 4)
            deny_act[ndeny++] = m->label;
        d->next_region[k] = nr;
        d->next_place[k] = np;
        d->next_occur[k] = no;
        uint8_t same = 0;
        for (size_t q = 0; q < ndeny && !same && m->kind == PK_EXTRACT_MENTION_ACT; q++)
            same = strcmp(deny_act[q], m->label) == 0;
        d->deny_after[k] = deny || same;
        d->deny_by[k] = deny && !same ? deny_who : NULL;
        d->para_outcome[k] = -1;
    }
    /* a denial naming no deed of its own also covers what its paragraph
     * goes on to tell ("Yandri membantah tuduhan tersebut. Yandri
     * menjelaskan bahwa ia hadir ... bukan dalam kapasitasnya"), up to a
     * sentence that turns to another deed or tells its own outcome */
    uint8_t fwd = 0;
    const char *fwd_who = NULL;
    for (size_t k = 0; k < d->nm; k++) {
        const pk__xinfo *x = &d->x[k];
        if (k > 0 && (x->para != d->x[k - 1].para || d->m[k].sentence != d->m[k - 1].sentence) &&
            (x->para != d->x[k - 1].para || x->sent_shift || x->sent_outcome >= 0))
            fwd = 0;
        if (d->m[k].kind == PK_EXTRACT_MENTION_NEGATION && pk__label_is(d->m[k].label, "deny") && !names_own_deed(x)) {
            fwd = 1;
            fwd_who = srole[k];
        }
        if (fwd && d->m[k].kind == PK_EXTRACT_MENTION_ACT && !d->deny_after[k]) {
            d->deny_after[k] = 1;
            d->deny_by[k] = fwd_who;
        }
    }
    spread_outcomes(d, 0); /* from the outcomes at or after each mention */
    spread_outcomes(d, 1); /* then from those before it */
    return PK_OK;
}

static void set_ev(pk_extract_draft *dr, int field, pk_extract_how how, double conf, const pk_extract_mention *m,
                   size_t idx)
{
    pk_extract_evidence *e = &dr->evidence[field];
    e->how = how;
    e->confidence = conf;
    e->start = m ? m->start : 0;
    e->end = m ? m->end : 0;
    e->mention = m ? idx : PK_EXTRACT_NO_MENTION;
}

static double prio_conf(int prio) { return prio >= 3 ? 0.85 : prio == 2 ? 0.7 : 0.5; }

/* Running state of the walk. */
typedef struct walk {
    size_t last_role_prev;  /* last role of an earlier sentence */
    size_t last_role_cur;   /* last role of the current sentence */
    size_t last_spec_prev;  /* last specific role (priority >= 2) of an earlier sentence */
    size_t last_spec_cur;
    size_t last_region;     /* last usable region of the paragraph (any earlier mention) */
    size_t last_place;      /* last district/village of the paragraph */
    size_t last_occur;      /* last occurrence date of the paragraph */
    size_t last_date;       /* last date of the paragraph that may be an act's (one day, not a statement's) */
    size_t cur_sent;
    uint32_t cur_para;
    size_t first_spec_prev; /* first specific role of the sentence of last_spec_prev (its subject, mostly) */
    size_t first_spec_cur;
} walk;

static int actor_candidate(const pk_extract_mention *m, const pk__xinfo *x)
{
    if (m->kind == PK_EXTRACT_MENTION_ROLE) /* supervisors: see actor_for() */
        return !(m->flags & PK_EXTRACT_FLAG_NEGATED) && !x->title && !pk__label_is(m->label, "supervisor");
    if (m->kind == PK_EXTRACT_MENTION_CANDIDATE)
        return !pk__label_is(m->label, "office") && !pk__label_is(m->label, "petahana");
    return 0;
}

/* Panwascam, PKD, pengawas TPS: the election supervisors who find and
 * report a breach ("Panwascam Menes memanggil dua ASN", "penelusuran oleh
 * pihak panwascam dan PKD"). They are the actor only of an organiser's own
 * breach or when named as the reported party (terlapor). */
static int supervisor(const pk_extract_mention *m)
{
    return m->kind == PK_EXTRACT_MENTION_ROLE && !(m->flags & PK_EXTRACT_FLAG_NEGATED) &&
           pk__label_is(m->label, "supervisor");
}

/* 1 if mention k may be the actor of act a: a candidate that is not a
 * topic ("netralitas ASN", see mark_topics()), or a supervisor for an
 * organiser's breach. */
/* 1 if mention a (an act or a person) is what an opening "Selain" sets
 * aside ("Selain dugaan pelanggaran netralitas ASN, Bawaslu juga menyelidiki
 * ..."): a deed told elsewhere, named again before the comma to turn to
 * another. */
static int set_aside(const dctx *d, size_t a)
{
    if (!d->x[a].sent_shift)
        return 0;
    for (size_t k = a; k-- > 0 && a - k <= 8 && d->m[k].sentence == d->m[a].sentence;) {
        if (!cue_is(d, k, "shift", "selain"))
            continue;
        for (size_t i = d->m[k].end; i < d->m[a].start; i++)
            if (d->text[i] == ',')
                return 0;
        return 1;
    }
    return 0;
}

/* 1 if role k names who spoke: right after a speech verb that closes a
 * quote or a clause ("..., itu pelanggaran,\" tegas Kabid Propam ...",
 * "..., kata Camat X"). */
static int speaker(const dctx *d, size_t k)
{
    if (k == 0 || d->m[k - 1].kind != PK_EXTRACT_MENTION_SPEECH || d->m[k - 1].sentence != d->m[k].sentence ||
        d->x[k].word > d->x[k - 1].word_end)
        return 0;
    return pk__closes_clause(d->text, d->m[k - 1].start);
}

/* 1 if one of the words w[0..n) stands among the `words` words before
 * mention k, nothing but letters and spaces between, starting less than
 * `bytes` bytes before it. */
static int word_among_before(const dctx *d, size_t k, int words, size_t bytes, const char *const *w, size_t n)
{
    size_t i = d->m[k].start;
    for (int q = 0; q < words && i > 0 && d->m[k].start - i < bytes; q++) {
        while (i > 0 && d->text[i - 1] == ' ')
            i--;
        size_t e = i;
        while (i > 0 && ((d->text[i - 1] | 32) >= 'a' && (d->text[i - 1] | 32) <= 'z'))
            i--;
        if (i == e)
            return 0; /* a comma, a bracket, a digit: another phrase */
        for (size_t r = 0; r < n; r++)
            if (word_is(d->text + i, e - i, w[r]))
                return 1;
    }
    return 0;
}

/* 1 if WORD stands within the three words before mention k, nothing but
 * letters and spaces between. At most 48 bytes read. */
static int word_shortly_before(const dctx *d, size_t k, const char *word)
{
    return word_among_before(d, k, 4, 48, &word, 1);
}

/* word_shortly_before(d, k, word) for the words actor_for() asks of a
 * mention for every act near it, read once per mention (d->before_of) */
enum { BEFORE_MILIK, BEFORE_OKNUM, BEFORE_ANGGOTA };
static int word_before_once(const dctx *d, size_t k, unsigned which)
{
    static const char *const words[] = {"milik", "oknum", "anggota"};
    uint8_t b = d->before_of[k];
    if (!(b & (1u << (2 * which)))) {
        b = (uint8_t)(b | (1u << (2 * which)) | (word_shortly_before(d, k, words[which]) << (2 * which + 1)));
        d->before_of[k] = b;
    }
    return (b >> (2 * which + 1)) & 1;
}

/* 1 if "milik" (owned by) stands shortly before mention k: "25 Alat Peraga
 * Kampanye (APK) milik salah satu pasangan calon wali kota ... dirusak"
 * (fresh3 024), "baliho milik paslon nomor urut 2 dirobek": the owner of the
 * thing acted on, not the doer. */
static int owner(const dctx *d, size_t k)
{
    return word_before_once(d, k, BEFORE_MILIK);
}

/* place_owner()'s next word back from *at: the run of ASCII letters
 * [*b, *e) ending there after any spaces, and *at moved to its start; 0 when
 * there is none (a comma, a bracket, a digit, the text's start: the phrase
 * ends). */
static int word_back(const dctx *d, size_t *at, size_t *b, size_t *e)
{
    size_t x = *at;
    while (x > 0 && d->text[x - 1] == ' ')
        x--;
    size_t y = x;
    while (y > 0 && (((d->text[y - 1] | 32) >= 'a' && (d->text[y - 1] | 32) <= 'z')))
        y--;
    if (y == x)
        return 0;
    *b = *at = y;
    *e = x;
    return 1;
}

/* 1 if role k owns the place of a locative phrase: "di rumah Kades"
 * (fresh3 016), "di depan rumah Camat" (fresh8 013), "di Kantor Camat
 * Pujud" (fresh8 038). After "di", "ke" or "dari" (and at most one word of
 * position: "depan", "dalam", ...), "rumah" or "kantor" heads the phrase and
 * the post after it is its possessor: the phrase tells where the deed
 * happened, not who did it. A post heading a phrase of its own ("Rumah
 * Camat ... digeruduk", a headline) or a possessor of another noun ("meja
 * kantor camat") is not read so. At most four words read back. */
static int place_owner(const dctx *d, size_t k)
{
    /* the words are read back one at a time, only as far as the tests
     * below need them: most mentions are not after "rumah" or "kantor" */
    size_t at = d->m[k].start, b, e;
    size_t x = at;
    while (x > 0 && d->text[x - 1] == ' ')
        x--;
    char last = x > 0 ? (char)(d->text[x - 1] | 32) : 0;
    if ((last != 's' && last != 'h' && last != 'r') || !word_back(d, &at, &b, &e))
        return 0; /* the word right before ends neither "dinas", "rumah" nor "kantor" */
    if (WORD_EQ(d->text + b, e - b, "dinas") && !word_back(d, &at, &b, &e))
        return 0; /* "rumah dinas bupati" */
    if (!(WORD_EQ(d->text + b, e - b, "rumah") || WORD_EQ(d->text + b, e - b, "kantor")) || !word_back(d, &at, &b, &e))
        return 0;
    static const char *const pos[] = {"depan", "belakang", "samping", "dalam", "halaman", "sekitar", "area"};
    for (size_t q = 0; q < PK_ARRAY_LEN(pos); q++)
        if (word_is(d->text + b, e - b, pos[q])) {
            if (!word_back(d, &at, &b, &e))
                return 0;
            break;
        }
    return WORD_EQ(d->text + b, e - b, "di") || WORD_EQ(d->text + b, e - b, "ke") || WORD_EQ(d->text + b, e - b, "dari");
}

/* 1 if role k is the civil-service status of a post named just before it:
 * "berstatus" within the three words before it (or before the long form
 * it abbreviates), and a role of another label among the eight mentions
 * before, in its sentence, with no act between ("Plt Kades Baruga, Kecamatan Malili, Yudi Burhan, yang juga
 * berstatus Aparatur Sipil Negara (ASN)", fresh4 031; "HM (40th) Kepala
 * Desa Pangahu yang juga berstatus ASN", fresh11 020). "Berstatus" (KBBI:
 * to have the status of) gives the person's standing, not a second
 * person: the actor is the post (corpus README rule 5, round 13: the ASN
 * status goes to the notes). A status with no post before it ("seorang
 * guru berstatus ASN", fresh 039) stays the actor. */
static int status_of_post(const dctx *d, size_t k)
{
    if (d->m[k].kind != PK_EXTRACT_MENTION_ROLE)
        return 0;
    size_t first = k; /* the status's first words: "Aparatur Sipil Negara" of "... (ASN)" */
    for (size_t j = k; j-- > 0 && k - j <= 8 && d->m[j].sentence == d->m[k].sentence;) {
        if (d->m[j].kind == PK_EXTRACT_MENTION_ACT)
            return 0;
        if (d->m[j].kind != PK_EXTRACT_MENTION_ROLE || !d->m[j].label)
            continue; /* a place between: "Plt Kades Baruga, Kecamatan Malili" */
        if (strcmp(d->m[j].label, d->m[k].label) == 0) {
            first = j;
            continue;
        }
        return word_shortly_before(d, first, "berstatus");
    }
    return 0;
}

static int actor_for(const dctx *d, size_t k, size_t a)
{
    /* the tests on the mention alone first: most mentions asked are no
     * person, and then the text is not read (speaker(), owner()) */
    /* a supervisor called "oknum" (a member gone astray: "oknum ketua
     * Panwascam tersebut menyatakan dirinya mendukung salah satu pasangan
     * calon", org_dev 006) is the offender, not the finder, of any deed */
    /* so is a member of it told doing a specific deed himself ("anggota
     * Panwascam yang mengenakan seragam ... berfoto bersama ...", fresh7
     * 001): a member is a person, the body is who finds and reports */
    int person = supervisor(&d->m[k]) ? pk__label_is(d->m[a].label, "organizer_ethics") ||
                                            word_before_once(d, k, BEFORE_OKNUM) ||
                                            (d->x[a].priority >= 2 && word_before_once(d, k, BEFORE_ANGGOTA))
                                      : actor_candidate(&d->m[k], &d->x[k]);
    if (!person || d->topic_of[k] != NONE || status_of_post(d, k))
        return 0;
    /* "Baliho paslon nomor urut 1 dirusak orang tak dikenal": the candidate
     * owns the damaged props; it is not who damaged them */
    if (d->m[k].kind == PK_EXTRACT_MENTION_CANDIDATE && pk__label_is(d->m[a].label, "damage_campaign_props"))
        return 0;
    return !speaker(d, k) && !owner(d, k) && !(d->m[k].kind == PK_EXTRACT_MENTION_ROLE && place_owner(d, k));
}

static const char *actor_label(const pk_extract_mention *m)
{
    return m->kind == PK_EXTRACT_MENTION_CANDIDATE ? "candidate" : m->label;
}

/* pk_place_lookup(NULL, id, code, NULL) of a region code, the last answer
 * kept in d->codes (a code longer than a draft's region is not kept). */
static pk_status region_id(const dctx *d, pk_place_id *id, const char *code)
{
    code_cache *c = d->codes;
    if (!c->kept || strcmp(c->code, code) != 0) {
        size_t n = strlen(code);
        c->status = pk_place_lookup(NULL, &c->id, code, NULL);
        c->kept = n < sizeof c->code;
        if (c->kept)
            memcpy(c->code, code, n + 1);
    }
    *id = c->id;
    return c->status;
}

/* pk_actor_from_name() (which = 0) or pk_act_from_name() (which = 1) of
 * slug through d->slugs: PK_OK and *val set, or PK_EINVAL. */
static pk_status slug_named(const dctx *d, int which, const char *slug, int *val)
{
    slug_cache *c = d->slugs;
    size_t h = (size_t)(((uintptr_t)slug * 0x9e3779b97f4a7c15ull) >> 58) % SLUG_SLOTS;
    if (c->key[which][h] != slug) {
        pk_actor actor;
        pk_act act;
        int v = -1;
        if (which == 0 && pk_actor_from_name(&actor, slug, NULL) == PK_OK)
            v = (int)actor;
        else if (which == 1 && pk_act_from_name(&act, slug, NULL) == PK_OK)
            v = (int)act;
        c->key[which][h] = slug;
        c->val[which][h] = v;
    }
    if (c->val[which][h] < 0)
        return PK_EINVAL;
    *val = c->val[which][h];
    return PK_OK;
}

static pk_status actor_named(const dctx *d, pk_actor *out, const char *slug)
{
    int v = 0;
    pk_status s = slug_named(d, 0, slug, &v);
    if (s == PK_OK)
        *out = (pk_actor)v;
    return s;
}

static pk_status act_named(const dctx *d, pk_act *out, const char *slug)
{
    int v = 0;
    pk_status s = slug_named(d, 1, slug, &v);
    if (s == PK_OK)
        *out = (pk_act)v;
    return s;
}

static void set_actor(const dctx *d, pk_extract_draft *dr, size_t k, pk_extract_how how, double conf)
{
    const pk_extract_mention *m = &d->m[k];
    dr->actor_label = actor_label(m);
    dr->incident.actor = PK_ACTOR_UNKNOWN;
    pk_actor act;
    const char *maps = m->kind == PK_EXTRACT_MENTION_CANDIDATE ? NULL : d->x[k].maps_to;
    if (actor_named(d, &act, dr->actor_label) == PK_OK) {
        dr->incident.actor = act;
    } else if (maps && actor_named(d, &act, maps) == PK_OK) {
        dr->incident.actor = act;
        how = PK_EXTRACT_HOW_INFERRED;
        conf *= 0.9;
    }
    set_ev(dr, PK_EXTRACT_FIELD_ACTOR, how, conf, m, k);
}

/* 1 if mention k is the one acted upon: a person right after "kepada"
 * ("memberikan uang kepada kepala desa") or after the words of a
 * transfer ("mutasi 22 pejabat"), a candidate right after "kepada"
 * or "terhadap" ("dukungan kepada pasangan calon, membuat posting ...") or
 * right after an act's words ("kampanye paslon"). A person after
 * "terhadap" may be the one reported ("laporan terhadap Lurah X yang
 * diduga memasang baliho"): not this. */
/* 1 if role k names the officials moved by the transfer just before it
 * ("mutasi 22 pejabat eselon III") or involved by a candidate ("melibatkan
 * perangkat desa dan hukum tua (Kumtua)"), not who moved or involved them;
 * over at most two roles listed after the act. */
static int transferred(const dctx *d, size_t k)
{
    for (size_t j = k; j-- > 0 && k - j <= 3;) {
        const pk_extract_mention *p = &d->m[j];
        if (p->sentence != d->m[k].sentence || d->x[j + 1].word > d->x[j].word_end + 1)
            return 0;
        if (p->kind == PK_EXTRACT_MENTION_ACT)
            return pk__label_is(p->label, "replace_officials") || pk__label_is(p->label, "involve_officials");
        if (p->kind != PK_EXTRACT_MENTION_ROLE)
            return 0;
    }
    return 0;
}

static int acted_upon(const dctx *d, size_t k)
{
    /* the mention before k, over a region read from the same words ("kepada Bupati Demak") */
    size_t j = k;
    do {
        if (j == 0 || k - j == 3)
            return 0;
        j--;
    } while (d->m[j].kind == PK_EXTRACT_MENTION_REGION && d->m[j].start >= d->m[k].start);
    const pk_extract_mention *p = &d->m[j];
    int cand = d->m[k].kind == PK_EXTRACT_MENTION_CANDIDATE;
    if (p->sentence != d->m[k].sentence)
        return 0;
    if (transferred(d, k))
        return 1;
    if (p->kind == PK_EXTRACT_MENTION_ACT)
        return cand && d->x[k].word == d->x[j].word_end;
    return d->x[k].word <= d->x[j].word_end + 1 &&
           (cue_is(d, j, "to", "kepada") || (cand && cue_is(d, j, "to", "terhadap")));
}

/* 1 if a word of text[from, to) starts with "me" (an active verb, meN-:
 * "Pelapor menyebut seorang warga membagikan uang": the person after it
 * is the one told of, not set beside the subject). */
static int verb_between(const dctx *d, size_t from, size_t to)
{
    for (size_t i = from; i + 2 <= to; i++)
        if ((i == from || (unsigned char)d->text[i - 1] <= ' ') && (d->text[i] == 'm' || d->text[i] == 'M') &&
            d->text[i + 1] == 'e')
            return 1;
    return 0;
}

/* 1 if role k names who reported: set beside "pelapor", right after a
 * passive report word, or after it and "oleh" ("juga dilaporkan seorang warga di Jambangan karena
 * membagi-bagikan sarung", "Camat Menes dilaporkan oleh Tim Pemenangan
 * paslon nomor urut 1 karena ..."). */
static int reporter(const dctx *d, size_t k)
{
    if (k == 0 || d->m[k].kind != PK_EXTRACT_MENTION_ROLE)
        return 0;
    /* "Pelapor dugaan pelanggaran kampanye yakni Dekardo Manalu seorang
     * warga Serang" (fresh4 011): the person set beside "pelapor" (within
     * eight words of its sentence, nobody else and no active verb
     * between) is who reported */
    for (size_t q = k; q-- > 0 && d->m[q].sentence == d->m[k].sentence && d->x[k].word <= d->x[q].word_end + 8;) {
        if (d->m[q].kind == PK_EXTRACT_MENTION_ROLE || d->m[q].kind == PK_EXTRACT_MENTION_CANDIDATE)
            break;
        if (cue_is(d, q, "report", "pelapor"))
            return !verb_between(d, d->m[q].end, d->m[k].start);
    }
    size_t r = k - 1, next = k; /* r: the report word; next: the mention right after it */
    if (r > 0 && cue_is(d, r, "by", NULL) && d->x[k].word == d->x[r].word_end) {
        next = r; /* "dilaporkan oleh X" */
        r--;
    }
    /* "Suprapto dilaporkan salah seorang warga Sawoo karena dianggap
     * melanggar netralitas" (fresh3 002): "salah" between, the same */
    size_t ms = d->m[next].start;
    int salah = d->x[next].word == d->x[r].word_end + 1 && ms >= 7 && ms <= d->len && d->text[ms - 1] == ' ' &&
                word_is(d->text + ms - 6, 5, "salah") && d->text[ms - 7] == ' ';
    /* "dugaan praktik politik uang dilaporkan dua Ketua RW di Kelurahan
     * Pasirluyu" (fresh7 009): a count between, the same */
    if (!salah && d->x[next].word == d->x[r].word_end + 1 && ms >= 2 && ms <= d->len && d->text[ms - 1] == ' ') {
        size_t b = ms - 1;
        while (b > d->m[r].end && d->text[b - 1] != ' ')
            b--;
        salah = count_word(d->text + b, ms - 1 - b) != 0;
    }
    if (d->m[r].sentence != d->m[k].sentence || !cue_is(d, r, "report", NULL) ||
        (d->x[next].word != d->x[r].word_end && !salah) || d->m[r].start + 2 > d->len)
        return 0;
    const char *t = d->text + d->m[r].start;
    return (t[0] == 'd' || t[0] == 'D') && t[1] == 'i';
}

/* 1 if mention k is an active verb of handling a case ("melaporkan",
 * "memanggil", "memeriksa": cue `report` in its meN- form; "menangkap",
 * "menindak", "memecat": cue `handle`): its subject handles the case, its
 * object is the one reported. */
static int handles(const dctx *d, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    if (m->kind != PK_EXTRACT_MENTION_CUE || !m->label)
        return 0;
    if (pk__label_is(m->label, "handle"))
        return 1;
    if (!pk__label_is(m->label, "report") || m->start + 2 > d->len)
        return 0;
    const char *t = d->text + m->start;
    return (t[0] == 'm' || t[0] == 'M') && t[1] == 'e';
}

/* 1 if act a is an active act of receiving: the one named after "oleh"
 * gave ("menerima sejumlah uang yang diberikan oleh salah satu Tim Paslon",
 * fresh7 038), the one who received is named before it or nowhere. */
static int reported_giver(const dctx *d, size_t a)
{
    return !d->x[a].passive && pk__label_is(d->m[a].label, "receive_money");
}

/* The role named right after "terlapor" (the reported party) anywhere in
 * the act's sentence, or after "terhadap" following a report word before
 * the act ("laporan dari Camat X terhadap Kepala Desa Y yang diduga ..."),
 * or after "oleh" (the agent) within four words after
 * the act ("politik uang yang diduga dilakukan oleh oknum relawan"), the
 * role within four words of the cue; NONE if none. */
static size_t accused_role(const dctx *d, size_t a, size_t lo, size_t hi)
{
    int reported = reported_giver(d, a); /* "dilaporkan oleh X": X reported, did not act; "menerima ... oleh X": X gave */
    int report = 0;   /* a report word before: "laporan dari X terhadap Y yang diduga ...": Y is the one reported */
    for (size_t k = lo; k < hi; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (k > a && cue_is(d, k, "report", NULL))
            reported = 1;
        int against = report && k < a && cue_is(d, k, "to", "terhadap");
        report |= cue_is(d, k, "report", NULL);
        if (m->kind != PK_EXTRACT_MENTION_CUE || !m->label ||
            !(pk__label_is(m->label, "accused") || against ||
              (pk__label_is(m->label, "by") && k > a && !reported && d->x[k].word <= d->x[a].word_end + 4)))
            continue;
        /* the party reported may be a candidate ("laporan ... yang
         * ditujukan kepada Paslon Bupati ... nomor urut 01", fresh6 024) */
        int reported_party = pk__label_is(m->label, "accused");
        for (size_t j = k + 1; j < hi && d->x[j].word <= d->x[k].word_end + 4; j++)
            if ((d->m[j].kind == PK_EXTRACT_MENTION_ROLE && (actor_for(d, j, a) || supervisor(&d->m[j]))) ||
                (reported_party && d->m[j].kind == PK_EXTRACT_MENTION_CANDIDATE && actor_for(d, j, a)))
                return j;
    }
    return NONE;
}

/* The people an act binds by law, for an act with nobody named: a breach
 * of the organisers' code of ethics ("ketidaknetralan penyelenggara") is
 * an organiser's (DKPP Regulation 2/2017 binds the KPU and Bawaslu members
 * and their ad hoc bodies); an act named only by the article it breaks
 * (corpus 021: "tidak cukup bukti untuk memenuhi unsur sebagaimana Pasal
 * 71 ayat 3"): UU 10/2016 Pasal 71 ayat (2) and (3) forbid "Gubernur atau
 * Wakil Gubernur, Bupati atau Wakil Bupati, dan Walikota atau Wakil
 * Walikota" to replace officials and to use programmes. NULL otherwise
 * (Pasal 187A's "setiap orang" names nobody: missing). */
static const char *bound_actor(const dctx *d, size_t a)
{
    const pk_extract_mention *m = &d->m[a];
    if (pk__label_is(m->label, "organizer_ethics"))
        return "organizer";
    if (m->start + 10 > d->len || !word_is(d->text + m->start, 5, "pasal"))
        return NULL;
    const char *num = d->text + m->start + 6;
    if (pk__label_is(m->label, "use_programmes") || pk__label_is(m->label, "replace_officials"))
        return num[0] == '7' && num[1] == '1' ? "regional_head" : NULL;
    return NULL;
}

/* 1 if role k is "seorang warga" ("salah seorang warga Kelurahan Pasar
 * Mukomuko"): a resident newly introduced, said to be no official, not a
 * person named before ("seorang pria" may still turn out to be the village
 * head named earlier: corpus 069). */
static int new_resident(const dctx *d, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    if (m->end <= m->start || m->end > d->len)
        return 0;
    const char *t = d->text + m->start;
    size_t n = m->end - m->start;
    return n == 13 && word_is(t, 7, "seorang") && t[7] == ' ' && word_is(t + 8, 5, "warga");
}

/* The next word of t[i..to) after spaces, commas, brackets and hyphens:
 * its start (to if none), its end in *end. */
static size_t next_word(const char *t, size_t i, size_t to, size_t *end)
{
    while (i < to && (t[i] == ' ' || t[i] == ',' || t[i] == '(' || t[i] == ')' || t[i] == '-'))
        i++;
    size_t j = i;
    while (j < to && t[j] != ' ' && t[j] != ',' && t[j] != '(' && t[j] != ')')
        j++;
    *end = j;
    return i;
}

/* 1 if only a name stands between bytes from and to: at most six
 * capitalised words or numbers, commas, brackets and "juga" ("Ketua Tim
 * Pemenangan Paslon 01, Heriadi, mengatakan"). */
static int named_between(const dctx *d, size_t from, size_t to)
{
    size_t words = 0;
    if (to > d->len || to < from || to - from > 96)
        return 0;
    for (size_t i = from, j; (i = next_word(d->text, i, to, &j)) < to; i = j) {
        char c = d->text[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || word_is(d->text + i, j - i, "juga")) || ++words > 6)
            return 0;
    }
    return 1;
}

/* 1 if speech mention k is followed by "bahwa" (a comma and spaces
 * between at most): what follows is the content told. */
static int tells_that(const dctx *d, size_t k)
{
    size_t i = d->m[k].end;
    while (i < d->len && i < d->m[k].end + 3 && (d->text[i] == ' ' || d->text[i] == ','))
        i++;
    return i + 6 <= d->len && word_is(d->text + i, 5, "bahwa") && (d->text[i + 5] == ' ' || d->text[i + 5] == ',');
}

/* 1 if the word "yang" stands between bytes from and to (at most 200
 * bytes read; further: 1, as if it did). */
static int relative_between(const dctx *d, size_t from, size_t to)
{
    if (to > d->len || to < from || to - from > 200)
        return 1;
    for (size_t i = from; i + 4 <= to; i++)
        if ((i == from || d->text[i - 1] == ' ') && word_is(d->text + i, 4, "yang") &&
            (i + 4 == to || d->text[i + 4] == ' '))
            return 1;
    return 0;
}

/* 1 if the word before byte `at` (one space between) is "dilakukan". */
static int done_by(const dctx *d, size_t at)
{
    if (at < 11 || at > d->len || d->text[at - 1] != ' ')
        return 0;
    return word_is(d->text + at - 10, 9, "dilakukan") && (at == 10 || d->text[at - 11] == ' ');
}

/* Where the word right before byte e starts (exactly one space between, any bytes but spaces: unlike
 * word_before(), which skips spaces and reads letters and digits), read back
 * at most max bytes (a longer word gives its last max bytes, which match no
 * word of max bytes or fewer); e when no word stands there. */
static size_t word_right_before(const dctx *d, size_t e, size_t max)
{
    if (e < 2 || e > d->len || d->text[e - 1] != ' ')
        return e;
    size_t b = e - 1;
    while (b > 0 && d->text[b - 1] != ' ' && e - 1 - b < max)
        b--;
    return b;
}

/* 1 if the word right before act a is "mengalami" or "korban" (one
 * space between): the act is suffered by who is named before it. */
static int suffers(const dctx *d, size_t a)
{
    size_t e = d->m[a].start, b = word_right_before(d, e, 10);
    return b < e && (word_is(d->text + b, e - 1 - b, "mengalami") || word_is(d->text + b, e - 1 - b, "korban"));
}

/* 1 if the word right before byte e (one space between) is a preposition
 * of place or means (di, ke, dari, pada, dalam, melalui, lewat, via): what
 * follows is an adverbial ("di grup WhatsApp"), not a predicate. */
static int after_preposition(const dctx *d, size_t e)
{
    static const char *const preps[] = {"di", "ke", "dari", "pada", "dalam", "melalui", "lewat", "via"};
    size_t b = word_right_before(d, e, 8);
    for (size_t i = 0; b < e && i < sizeof preps / sizeof preps[0]; i++)
        if (word_is(d->text + b, e - 1 - b, preps[i]))
            return 1;
    return 0;
}

/* 1 if role k, named after act a, is the subject of an act of its own
 * told right after it (within three words, no "yang" between): "dari
 * laporan praktik politik uang hingga ASN tidak netral" (fresh7 009)
 * lists two kinds of case; the ASN are the second's, not the first's
 * doers. Not when the next act is a itself or is told by "oleh", nor
 * when "yang" stands between a and k (what a video shows is its deed); an
 * act after a preposition ("di grup WhatsApp") is an adverbial, skipped. */
static int own_predicate(const dctx *d, size_t k, size_t a)
{
    uint32_t end = d->x[k].word_end;
    if (relative_between(d, d->m[a].end, d->m[k].start))
        return 0; /* "Video yang memperlihatkan camat berkampanye": what the video shows is its deed */
    for (size_t j = k + 1; j < d->nm && d->m[j].sentence == d->m[k].sentence && d->x[j].word <= end + 3; j++) {
        if (d->m[j].kind == PK_EXTRACT_MENTION_ROLE && d->m[j].label && d->m[k].label &&
            pk__label_is(d->m[j].label, d->m[k].label) && d->x[j].word <= end + 1) {
            end = d->x[j].word_end; /* the same people written out: "ASN (Aparatur Sipil Negara)" */
            continue;
        }
        if (d->m[j].kind == PK_EXTRACT_MENTION_ROLE || d->m[j].kind == PK_EXTRACT_MENTION_CANDIDATE ||
            (d->m[j].kind == PK_EXTRACT_MENTION_CUE && d->m[j].label &&
             (pk__label_is(d->m[j].label, "by") || pk__label_is(d->m[j].label, "to"))))
            return 0;
        if (d->m[j].kind == PK_EXTRACT_MENTION_ACT && after_preposition(d, d->m[j].start))
            continue; /* "unggahan kepala desa itu di grup WhatsApp": where, not a deed of theirs */
        if (d->m[j].kind == PK_EXTRACT_MENTION_ACT)
            return j != a && !d->x[j].passive && !relative_between(d, d->m[k].end, d->m[j].start);
    }
    return 0;
}

/* 1 if the last word of act a is "bersama" or "dengan" ("foto bersama",
 * "berfoto dengan"): the act's words end in the cue that marks its
 * companion. Not before "antara" ("foto bersama antara Plt Wali Kota
 * dengan Paslon 01", fresh4 005: both sides follow, the first is the
 * official). */
static int ends_with_companion(const dctx *d, size_t a)
{
    size_t e = d->m[a].end, b = e, n;
    if (e > d->len)
        return 0;
    while (b > d->m[a].start && d->text[b - 1] != ' ')
        b--;
    if (!word_is(d->text + b, e - b, "bersama") && !word_is(d->text + b, e - b, "dengan"))
        return 0;
    size_t w = next_word(d->text, e, d->len < e + 16 ? d->len : e + 16, &n);
    return !word_is(d->text + w, n - w, "antara");
}

/* 1 if an election body (an office cue: "Bawaslu Morowali", "KPU") is
 * named in act a's sentence before it, not as where something goes ("ke
 * Bawaslu"): "Ketua dan anggota Bawaslu Morowali dilaporkan karena dianggap
 * tidak profesional" (fresh7 006) tells of that body's members, not of a
 * person carried from another sentence ("anggota KPU ... menerima uang"). */
static int body_before(const dctx *d, size_t a, size_t lo)
{
    for (size_t k = lo; k < a; k++)
        if (d->m[k].sentence == d->m[a].sentence && cue_is(d, k, "office", NULL) &&
            !(k > 0 && cue_is(d, k - 1, "to", NULL)))
            return 1;
    return 0;
}

static void fill_actor(dctx *d, pk_extract_draft *dr, size_t a, size_t lo, size_t hi, const walk *w)
{
    size_t best = NONE;
    int best_prio = 0;
    size_t acc = accused_role(d, a, lo, hi);
    if (acc != NONE) {
        /* "laporan ... dengan pihak terlapor seorang ASN", "... dilakukan
         * oleh oknum relawan": the reported party or the agent is the
         * actor, whoever else the sentence names */
        set_actor(d, dr, acc, PK_EXTRACT_HOW_STATED, prio_conf(d->x[acc].priority));
        return;
    }
    /* a voter acts only in receiving money, voting twice or voting in
     * another's name (UU 10/2016 Pasal 178A, 178B); elsewhere the voter is
     * the one acted upon ("pemilih dijanjikan menerima Rp50.000") */
    int voter_ok = pk__label_is(d->m[a].label, "receive_money") || pk__label_is(d->m[a].label, "multiple_voting") ||
                   pk__label_is(d->m[a].label, "vote_in_name_of_other");
    /* "seorang simpatisan ... mengalami geroyokan", "korban pemukulan": the
     * people before the act suffered it; its doer is named after it or
     * nowhere (missing beats wrong) */
    int suffered = suffers(d, a);
    int object = 0; /* past "kepada" after a candidate: the one acted upon ("dukungan kepada X sebagai Presiden") */
    size_t spoke = NONE; /* the speaker of "X mengatakan bahwa ..." */
    int spoke_prio = 0;
    for (size_t k = lo; k < a && !suffered; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (handles(d, k)) {
            /* "Tim advokasi X melaporkan empat akun media sosial yang diduga
             * menyebarkan hoaks", "Panwascam memanggil dua ASN yang diduga
             * ...": who reports or summons is not the actor; the one
             * reported or summoned, named after it, is */
            best = NONE;
            best_prio = 0;
            object = 0;
            continue;
        }
        if (best != NONE && m->kind == PK_EXTRACT_MENTION_SPEECH && tells_that(d, k) &&
            (d->x[k].word <= d->x[best].word_end + 2 || named_between(d, d->m[best].end, m->start))) {
            /* "Heriadi juga mengatakan, bahwa perkara yang diadukan
             * tersebut merupakan bentuk obstruksi ...": who says it is not
             * the one the told deed is about, unless the deed told is the
             * speaker's own ("... mengatakan bahwa dirinya mengunggah ...") */
            spoke = best;
            spoke_prio = best_prio;
            best = NONE;
            best_prio = 0;
            object = 0;
            continue;
        }
        if (spoke != NONE && best == NONE && cue_is(d, k, "anaphor", NULL)) {
            best = spoke;
            best_prio = spoke_prio;
            continue;
        }
        if (best != NONE && cue_is(d, k, "to", "kepada"))
            object = 1;
        if (object || !actor_for(d, k, a) || (!voter_ok && m->label && pk__label_is(m->label, "voter")) ||
            acted_upon(d, k) || reporter(d, k))
            continue;
        int prio = m->kind == PK_EXTRACT_MENTION_CANDIDATE ? 1 : d->x[k].priority;
        if (prio >= best_prio) {
            best = k;
            best_prio = prio;
        }
    }
    pk_extract_how how = PK_EXTRACT_HOW_STATED;
    double conf = 0;
    if (best == NONE) {
        /* after the act: the agent of a passive verb or after "oleh"; or a
         * role close after it (six words) with no object marker between
         * ("pertemuan para kepala desa", "deklarasi 15 kepala desa"), never
         * one after "kepada"/"terhadap"/"dengan" (the one acted upon) */
        int by = d->x[a].passive;
        /* an act whose own words end in "bersama" or "dengan" ("berfoto
         * bersama rombongan kepala desa", fresh7 001): who follows is the
         * companion, as after the cue itself */
        int to = ends_with_companion(d, a);
        /* an act in a clause fronted by "Gara-gara", "Setelah", "Karena":
         * the subject comes after the clause ("Gara-gara mengunggah foto
         * ..., seorang PNS di Pangandaran berurusan dengan Bawaslu") */
        int front = 0;
        for (size_t k = lo; k < a; k++)
            front |= d->m[k].kind == PK_EXTRACT_MENTION_CUE && d->m[k].label && pk__label_is(d->m[k].label, "front");
        size_t by_at = NONE; /* the "oleh" cue */
        for (size_t k = a + 1; k < hi; k++) {
            const pk_extract_mention *m = &d->m[k];
            if (m->kind == PK_EXTRACT_MENTION_CUE && m->label && pk__label_is(m->label, "by")) {
                by = 1;
                by_at = k;
            }
            if (m->kind == PK_EXTRACT_MENTION_CUE && m->label && pk__label_is(m->label, "to") && !by)
                to = 1;
            /* "penggunaan kendaraan dinas untuk kegiatan kampanye ... oleh
             * pasangan calon nomor urut 01": a candidate right after "oleh",
             * unless "yang" opens a clause between ("kampanye yang digelar
             * oleh paslon": the candidate's own event) other than "yang
             * (diduga) dilakukan oleh" */
            if (m->kind == PK_EXTRACT_MENTION_CANDIDATE && by_at != NONE && d->x[k].word <= d->x[by_at].word_end &&
                actor_for(d, k, a) &&
                (!relative_between(d, d->m[a].end, d->m[by_at].start) || done_by(d, d->m[by_at].start))) {
                best = k;
                best_prio = 2;
                break;
            }
            /* "dugaan money politic yang dilakukan pasangan calon (paslon)
             * ... nomor urut 3" (fresh5 035), "laporan dugaan politik uang
             * yang melibatkan Paslon Gubernur nomor urut 2" (fresh5 017): a
             * candidate right after "dilakukan" is the agent, as a role is;
             * right after "yang melibatkan", the one the case is about */
            if (m->kind == PK_EXTRACT_MENTION_CANDIDATE && actor_for(d, k, a) &&
                (done_by(d, m->start) || (k > 0 && d->m[k - 1].kind == PK_EXTRACT_MENTION_HEDGE &&
                                          d->x[k].word == d->x[k - 1].word_end &&
                                          word_is(d->text + d->m[k - 1].start, d->m[k - 1].end - d->m[k - 1].start,
                                                  "yang melibatkan")))) {
                best = k;
                best_prio = 2;
                break;
            }
            if (by_at == k && reported_giver(d, a))
                break; /* after "oleh", the giver (accused_role()) */
            /* "menerima uang dari tim sukses": the giver, not the one who received */
            if (m->kind == PK_EXTRACT_MENTION_ROLE && pk__label_is(d->m[a].label, "receive_money") &&
                m->start >= 5 && word_is(d->text + m->start - 5, 4, "dari") && d->text[m->start - 1] == ' ' &&
                (m->start == 5 || d->text[m->start - 6] == ' '))
                break;
            /* "pembagikan sembako kepada warga yang diduga dilakukan tim
             * pemenangan Calon Bupati nomor urut 1" (fresh3 014): right after
             * "dilakukan" without "oleh", the agent all the same */
            if (m->kind == PK_EXTRACT_MENTION_ROLE && actor_for(d, k, a) && !pk__label_is(m->label, "voter") &&
                !acted_upon(d, k) && !reporter(d, k) && !own_predicate(d, k, a) &&
                (by || done_by(d, m->start) || (!to && (front || d->x[k].word <= d->x[a].word_end + 6)))) {
                best = k;
                best_prio = d->x[k].priority;
                break;
            }
        }
    }
    if (suffered) {
        if (best != NONE)
            set_actor(d, dr, best, PK_EXTRACT_HOW_STATED, prio_conf(best_prio));
        return;
    }
    size_t spec = w->last_spec_prev;
    /* "... beberapa pegawai honorer ikut mendampingi Cawako Petahana ...
     * Dengan memakai baju kaos ..., mereka terlihat berfoto": "mereka"
     * refers back to the subject of the sentence before (the first person
     * it names, when no handling verb or object word follows it), not to
     * the last person it names */
    size_t first = w->first_spec_prev;
    for (size_t k = first; first != NONE && spec != NONE && k < spec; k++)
        if (handles(d, k) || cue_is(d, k, "to", NULL))
            first = NONE; /* "Camat Menes menegur Kepala Desa Cening. Ia ...": the one handled */
    for (size_t k = lo; k < a && spec != NONE && first != NONE; k++)
        if (cue_is(d, k, "anaphor", "mereka")) {
            spec = first;
            break;
        }
    if (spec != NONE && d->x[spec].para != d->x[a].para)
        spec = NONE;
    if (best != NONE && best_prio <= 1 && spec != NONE && !new_resident(d, best)) {
        /* a generic word here ("pelaku", "pasangan calon"): the specific role
         * named just before in the paragraph is the better reading */
        best = spec;
        how = PK_EXTRACT_HOW_INFERRED;
        conf = 0.6;
    } else if (best != NONE) {
        conf = prio_conf(best_prio);
    } else if (spec != NONE || (w->last_role_prev != NONE && d->x[w->last_role_prev].para == d->x[a].para)) {
        /* a role of an earlier sentence of the same paragraph; an earlier
         * paragraph is too far to trust (missing beats wrong) */
        best = spec != NONE ? spec : w->last_role_prev;
        how = PK_EXTRACT_HOW_INFERRED;
        conf = d->x[best].para == d->x[a].para ? 0.6 : 0.45;
        if (d->x[best].priority <= 1)
            conf -= 0.1;
    }
    if (best == NONE && w->last_role_prev != NONE && d->x[w->last_role_prev].para + 1 == d->x[a].para) {
        /* "ia", "yang bersangkutan" in the act's sentence: the person of the
         * previous paragraph (never without such a word: missing beats wrong) */
        for (size_t k = lo; k < hi && best == NONE; k++)
            if (d->m[k].kind == PK_EXTRACT_MENTION_CUE && d->m[k].label && pk__label_is(d->m[k].label, "anaphor"))
                best = w->last_role_prev;
        how = PK_EXTRACT_HOW_INFERRED;
        conf = 0.5;
    }
    if (best == NONE && d->head_role != NONE && w->last_role_prev == d->head_role &&
        d->x[a].para > d->x[d->head_role].para) {
        /* the person of the headline, nobody else named since: "Ia diduga
         * ..." (0.5) or a sentence naming nobody ("Dalam video yang beredar,
         * terlihat ajakan memilih ...": 0.45, below a confident actor) */
        int ana = 0, person = 0;
        for (size_t k = lo; k < hi; k++) {
            ana |= d->m[k].kind == PK_EXTRACT_MENTION_CUE && d->m[k].label && pk__label_is(d->m[k].label, "anaphor");
            person |= (d->m[k].kind == PK_EXTRACT_MENTION_ROLE && actor_candidate(&d->m[k], &d->x[k])) ||
                      (d->m[k].kind == PK_EXTRACT_MENTION_CANDIDATE && k < a); /* after it: acted upon */
        }
        if (ana || !person) {
            best = d->head_role;
            how = PK_EXTRACT_HOW_INFERRED;
            conf = ana ? 0.5 : 0.45;
        }
    }
    /* a breach of the organisers' code of ethics binds organisers only
     * (DKPP Regulation 2/2017): a person of another kind carried from
     * another sentence ("netralitas aparat desa diserahkan ke kepala daerah
     * setempat. Begitu juga dengan dugaan pelanggaran netralitas
     * penyelenggara pemilu ...", fresh7 021) is not its actor */
    if (best != NONE && how == PK_EXTRACT_HOW_INFERRED && pk__label_is(d->m[a].label, "organizer_ethics") &&
        ((!pk__label_is(d->m[best].label, "organizer") && !supervisor(&d->m[best])) || body_before(d, a, lo)))
        best = NONE;
    const char *bound = best == NONE ? bound_actor(d, a) : NULL;
    if (bound) {
        pk_actor act = PK_ACTOR_UNKNOWN;
        (void)pk_actor_from_name(&act, bound, NULL);
        dr->actor_label = bound;
        dr->incident.actor = act;
        set_ev(dr, PK_EXTRACT_FIELD_ACTOR, PK_EXTRACT_HOW_INFERRED, 0.5, &d->m[a], a);
        return;
    }
    if (best == NONE)
        return;
    set_actor(d, dr, best, how, conf);
}

/* 1 if role k follows "dan"/"serta" and a number or counting word ("...
 * terlibat dalam kegiatan suksesi calon bupati dan dua kepala desa serta
 * satu aparat desa"): more people of the act just told, in a list after
 * it. Reads at most 32 bytes before the role. */
static int counted_tail(const dctx *d, size_t k)
{
    size_t e = d->m[k].start, floor = e > 32 ? e - 32 : 0;
    const char *t = d->text;
    size_t w[2][2]; /* the two words before the role: [start, end) */
    for (int q = 0; q < 2; q++) {
        while (e > floor && t[e - 1] == ' ')
            e--;
        size_t b = e;
        while (b > floor && t[b - 1] != ' ' && t[b - 1] != ',' && t[b - 1] != '.')
            b--;
        if (b == e)
            return 0;
        w[q][0] = b;
        w[q][1] = e;
        e = b;
    }
    if (!word_is(t + w[1][0], w[1][1] - w[1][0], "dan") && !word_is(t + w[1][0], w[1][1] - w[1][0], "serta"))
        return 0;
    return (t[w[0][0]] >= '0' && t[w[0][0]] <= '9') || count_word(t + w[0][0], w[0][1] - w[0][0]) > 0;
}

/* Further roles named with the chosen actor ("Camat dan Lurah X, bersama 15
 * Kepala Desa"): other labels on the same side of the act, within twelve
 * words of it and not after an object marker. One incident per actor. */
/* 1 if mention k follows the word "di" ("di Asmat"): a place a clause is
 * about, not the place of a post ("Lurah Sayur Matinggi, Kabupaten Tapanuli
 * Selatan"). */
static int after_di(const dctx *d, size_t k)
{
    size_t i = d->m[k].start;
    while (i > 0 && d->text[i - 1] == ' ')
        i--;
    return i >= 2 && word_is(d->text + i - 2, 2, "di") &&
           (i == 2 || !((d->text[i - 3] | 0x20) >= 'a' && (d->text[i - 3] | 0x20) <= 'z'));
}

/* Sets head_role: the role of the text's first line when it is a headline
 * (a line of its own with no closing stop: "Camat Cibeber Dilaporkan ke
 * Bawaslu") naming one kind of person and telling no deed of its own, else
 * NONE. A first sentence closed by a stop is a lead, whose person a later
 * paragraph reaches only by a pronoun (fill_actor()). */
static void find_head(dctx *d)
{
    d->head_role = NONE;
    size_t last = 0;
    while (last + 1 < d->nm && d->m[last + 1].sentence == d->m[0].sentence)
        last++;
    for (size_t i = d->nm ? d->m[last].end : d->len; i < d->len && d->text[i] != '\n'; i++)
        if (d->text[i] == '.' || d->text[i] == '!' || d->text[i] == '?')
            return;
    for (size_t k = 0; k < d->nm && d->m[k].sentence == d->m[0].sentence && d->x[k].para == d->x[0].para; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (m->kind == PK_EXTRACT_MENTION_ACT && !(m->flags & PK_EXTRACT_FLAG_LINK)) {
            d->head_role = NONE; /* the line tells a deed: its own draft names the person */
            return;
        }
        if (m->kind != PK_EXTRACT_MENTION_ROLE || !actor_candidate(m, &d->x[k]) || pk__label_is(m->label, "voter") ||
            d->topic_of[k] != NONE || handles(d, k) || reporter(d, k))
            continue;
        if (d->head_role != NONE && strcmp(d->m[d->head_role].label, m->label) != 0) {
            d->head_role = NONE; /* two kinds of people: which one a later "ia" means is not known */
            return;
        }
        if (d->head_role == NONE)
            d->head_role = k;
    }
}

/* 1 if role k names only the civil servants' class ("ASN", "Aparatur Sipil
 * Negara", "PNS", "pegawai negeri sipil", each also after "oknum"), not a post held by one
 * ("Sekretaris Camat", also labelled asn). */
static int class_word(const dctx *d, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    if (m->kind != PK_EXTRACT_MENTION_ROLE || !pk__label_is(m->label, "asn"))
        return 0;
    const char *t = d->text + m->start;
    size_t n = m->end - m->start;
    if (n > 6 && word_is(t, 5, "oknum") && t[5] == ' ') { /* "oknum ASN": one of the class gone astray */
        t += 6;
        n -= 6;
    }
    return word_is(t, n, "asn") || word_is(t, n, "pns") || word_is(t, n, "aparatur sipil negara") ||
           word_is(t, n, "pegawai negeri sipil");
}

/* Sets ident_of and ident_role: a class word identified, by a copula
 * ("yakni", "yaitu", "ialah", "adalah") after at most six words of its own
 * sentence, with the role that follows the copula (through a list joined by
 * "dan", "serta" or commas, the first that is not the class itself):
 * "dua orang ASN di dalam video itu yakni sekretaris camat dan camat"
 * (corpus 086), "oknum ASN tersebut adalah Camat Bontoala" (fresh9 008).
 * In Indonesian the copula of identification equates the noun phrase
 * before it with the one after it, so the post named is who the class
 * word meant. A part named ("salah satunya adalah", "di antaranya",
 * "termasuk"; fresh5 010, fresh8 024) or a relative clause ("ASN yang
 * merupakan anggota ...") identifies nobody; two identifications with
 * different posts leave it unknown (missing beats wrong). One pass over the
 * mentions, at most 96 bytes and 24 mentions read after each class word. */
static void find_identity(dctx *d)
{
    d->ident_of = d->ident_role = NONE;
    d->ident_demo = 0;
    for (size_t k = 0; k < d->nm; k++) {
        if (d->m[k].kind != PK_EXTRACT_MENTION_ROLE || !class_word(d, k))
            continue;
        size_t to = d->m[k].end + 96 < d->len ? d->m[k].end + 96 : d->len;
        size_t cop = NONE;
        int demo = 0, words = 0;
        for (size_t i = d->m[k].end, j; (i = next_word(d->text, i, to, &j)) < to && words < 7; i = j, words++) {
            const char *w = d->text + i;
            size_t n = j - i;
            while (n > 0 && (w[n - 1] == '.' || w[n - 1] == ';' || w[n - 1] == ':' || w[n - 1] == '"'))
                n--;
            if (n != j - i && !(word_is(w, n, "yakni") || word_is(w, n, "yaitu")))
                break; /* the sentence or clause ends */
            if (words == 0 && (word_is(w, n, "tersebut") || word_is(w, n, "itu")))
                demo = 1;
            if (word_is(w, n, "yang") || word_is(w, n, "salah") || word_is(w, n, "satunya") ||
                word_is(w, n, "diantaranya") || word_is(w, n, "antaranya") || word_is(w, n, "termasuk"))
                break;
            if (word_is(w, n, "yakni") || word_is(w, n, "yaitu") || word_is(w, n, "ialah") || word_is(w, n, "adalah")) {
                cop = j;
                break;
            }
        }
        if (cop == NONE)
            continue;
        size_t role = NONE;
        size_t prev_end = cop;
        for (size_t q = k + 1; q < d->nm && q < k + 24 && d->m[q].sentence == d->m[k].sentence && role == NONE;
             q++) { /* at most 24 mentions on: a list, not the rest of a long sentence */
            const pk_extract_mention *m = &d->m[q];
            if (m->start < cop || m->kind == PK_EXTRACT_MENTION_REGION || m->kind == PK_EXTRACT_MENTION_DISTRICT ||
                m->kind == PK_EXTRACT_MENTION_VILLAGE)
                continue;
            if (m->kind != PK_EXTRACT_MENTION_ROLE)
                break;
            /* between the copula (or the role before) and this one: a count word or a list joint */
            size_t wn = 0;
            for (size_t i = prev_end, j; (i = next_word(d->text, i, m->start, &j)) < m->start; i = j) {
                const char *w = d->text + i;
                if (!(word_is(w, j - i, "dan") || word_is(w, j - i, "serta") || word_is(w, j - i, "seorang") ||
                      word_is(w, j - i, "oknum")) ||
                    ++wn > 2)
                    break;
            }
            size_t i2, j2;
            if ((i2 = next_word(d->text, prev_end, m->start, &j2)) < m->start &&
                !(word_is(d->text + i2, j2 - i2, "dan") || word_is(d->text + i2, j2 - i2, "serta") ||
                  word_is(d->text + i2, j2 - i2, "seorang") || word_is(d->text + i2, j2 - i2, "oknum")))
                break; /* other words: not the phrase right after the copula */
            prev_end = m->end;
            if (!pk__label_is(m->label, "asn") && !pk__label_is(m->label, "pns") && actor_candidate(m, &d->x[q]))
                role = q;
        }
        if (role == NONE)
            continue;
        if (d->ident_role != NONE && strcmp(d->m[d->ident_role].label, d->m[role].label) != 0) {
            d->ident_of = d->ident_role = NONE; /* two posts: which one a class word means is not known */
            return;
        }
        d->ident_of = k;
        d->ident_role = role;
        d->ident_demo = demo;
    }
}

/* The role that a draft's actor, a class word, is identified with by
 * find_identity(): the class word itself, or one before it in its
 * paragraph when the identified one points back ("oknum ASN tersebut
 * adalah ..."); else NONE. */
static size_t identified(const dctx *d, size_t k)
{
    if (d->ident_role == NONE || k == PK_EXTRACT_NO_MENTION || !class_word(d, k))
        return NONE;
    if (k == d->ident_of || (d->ident_demo && k < d->ident_of && d->x[k].para == d->x[d->ident_of].para))
        return d->ident_role;
    return NONE;
}

/* 1 if a word between mentions p and q (p first; at most 96 bytes read)
 * joins people: "dan", "serta", "maupun", "atau", "bersama", "beserta",
 * "dengan", "hingga", "juga", a comma or a slash. */
static int joined(const dctx *d, size_t p, size_t q)
{
    static const char *const joins[] = {"dan", "serta", "maupun", "atau", "bersama", "beserta", "dengan", "hingga", "juga"};
    size_t from = d->m[p].end, e = d->m[q].start;
    if (e > d->len || from >= e || e - from > 96)
        return from >= e;
    for (size_t i = from; i < e; i++)
        if (d->text[i] == ',' || d->text[i] == '/' || d->text[i] == '&')
            return 1;
    for (size_t i = from, j; (i = next_word(d->text, i, e, &j)) < e; i = j)
        for (size_t w = 0; w < PK_ARRAY_LEN(joins); w++)
            if (word_is(d->text + i, j - i, joins[w]))
                return 1;
    return 0;
}

static size_t co_actors(const dctx *d, const pk_extract_draft *dr, size_t a, size_t lo, size_t hi, size_t *out,
                        size_t cap)
{
    size_t chosen = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    if (chosen == PK_EXTRACT_NO_MENTION || dr->evidence[PK_EXTRACT_FIELD_ACTOR].how == PK_EXTRACT_HOW_DEFAULTED ||
        chosen < lo || chosen >= hi || d->m[chosen].kind != PK_EXTRACT_MENTION_ROLE)
        return 0;
    size_t n = 0, handled = NONE;
    int to = 0, object = 0;
    int report = 0;
    for (size_t k = lo; k < chosen; k++) {
        /* the reporters before "melaporkan", or in "laporan dari X terhadap
         * Y", are not co-actors of the one reported */
        if (handles(d, k) || (report && cue_is(d, k, "to", "terhadap")))
            handled = k;
        report |= cue_is(d, k, "report", NULL);
    }
    for (size_t k = handled != NONE ? handled + 1 : lo; k < hi && n < cap; k++) {
        const pk_extract_mention *m = &d->m[k];
        /* "yang melibatkan Camat dan Lurah X, bersama 15 Kepala Desa": "bersama"
         * after the actor joins more people to it; before any ("berfoto
         * bersama camat") it marks the one acted upon */
        if (k > a && cue_is(d, k, "to", NULL) && !(chosen > a && chosen < k && cue_is(d, k, "to", "bersama")))
            to = 1;
        /* "X ... dukungan kepada Y sebagai Presiden": Y is acted upon (as in fill_actor) */
        if (k > chosen && k < a && cue_is(d, k, "to", "kepada"))
            object = 1;
        if (k > chosen && k < a && object)
            continue;
        /* a list after the act, before any other person it names (its object:
         * "mengumpulkan para kepala desa dan dua ASN") */
        int tail = k > a && chosen < a && !to && !object && m->kind == PK_EXTRACT_MENTION_ROLE &&
                   counted_tail(d, k) && d->x[k].word <= d->x[a].word_end + 12;
        if (k > a && m->kind == PK_EXTRACT_MENTION_ROLE && actor_candidate(m, &d->x[k]) && !tail)
            object = 1;
        if (k == chosen || m->kind != PK_EXTRACT_MENTION_ROLE || !actor_for(d, k, a) ||
            pk__label_is(m->label, "voter") || acted_upon(d, k) || reporter(d, k) ||
            ((k < a) != (chosen < a) && !tail) || (k > a && to))
            continue;
        uint32_t wk = d->x[k].word, wc = d->x[chosen].word;
        if ((wk > wc ? wk - wc : wc - wk) > 12 && !tail)
            continue;
        /* two people before the act with no word joining them ("Camat
         * Punggur Jamaludin mengaku sempat kaget saat Kepala Kampung
         * Astomulyo menggalang dukungan"): the first is in another clause */
        if (k < a && chosen < a && !tail && !joined(d, k < chosen ? k : chosen, k < chosen ? chosen : k))
            continue;
        /* "di Boven Digoel, ada dugaan netralitas ASN, di Asmat, ... PPD
         * yang tidak netral": a place named between them puts the other
         * person in another clause, of another deed */
        int apart = 0;
        for (size_t j = (k < chosen ? k : chosen) + 1; j < (k < chosen ? chosen : k) && !apart; j++)
            apart = usable_region(&d->m[j]) && after_di(d, j);
        if (apart)
            continue;
        /* another label, or the same one with a post in another place
         * ("Kepala Desa Cikupa, Kepala Desa Sukamulya dan Kepala Desa Bojong") */
        if (another_person(d, k, chosen, out, n))
            out[n++] = k;
    }
    return n;
}

/* The desa named right before district mention p, with only a comma or
 * spaces between ("Desa Rinjani, Kecamatan Wotu"), or NONE. */
static size_t desa_before(const dctx *d, size_t p)
{
    size_t q = p - 1;
    if (p == 0 || d->m[q].kind != PK_EXTRACT_MENTION_VILLAGE || !usable_place(&d->m[q], &d->x[q]) ||
        d->m[q].end > d->m[p].start)
        return NONE;
    for (size_t i = d->m[q].end; i < d->m[p].start; i++)
        if (d->text[i] != ' ' && d->text[i] != ',')
            return NONE;
    return q;
}

/* 1 if the draft's actor holds a post in a desa (kepala_desa, perangkat_desa, lurah). */
static int village_post(const pk_extract_draft *dr)
{
    return pk__label_is(dr->actor_label, "kepala_desa") || pk__label_is(dr->actor_label, "perangkat_desa") ||
           pk__label_is(dr->actor_label, "lurah");
}

/* The place named right after role k as its post ("Camat Kaliwates",
 * "Lurah Tegal Besar", "Ketua PPS Desa Padahayu": the name may follow a
 * cue word), or NONE. */
static size_t own_place(const dctx *d, size_t k)
{
    size_t p = k + 1;
    if (p >= d->nm || d->m[p].sentence != d->m[k].sentence || d->x[p].word > d->x[k].word_end + 1 ||
        (d->m[p].kind != PK_EXTRACT_MENTION_DISTRICT && d->m[p].kind != PK_EXTRACT_MENTION_VILLAGE) ||
        !usable_place(&d->m[p], &d->x[p]))
        return NONE;
    return p;
}

/* 1 if place mention p is the post of the role named right before it
 * ("Kepala Desa Parigi", "Camat Cempaka"). */
static int post_of(const dctx *d, size_t p)
{
    return p > 0 && p < d->nm && d->m[p - 1].kind == PK_EXTRACT_MENTION_ROLE && own_place(d, p - 1) == p;
}

/* 1 if village mention v is a kampung ("Kampung Astana") and mention k
 * the desa named right after it, with only a comma or spaces between
 * ("Kampung Astana, Desa Walikukun", "Kampung Sita Desa Golo Nobo"). */
static int kampung_in(const dctx *d, size_t v, size_t k)
{
    const pk_extract_mention *mv = &d->m[v], *mk = &d->m[k];
    if (k <= v || k - v > 3 || mk->kind != PK_EXTRACT_MENTION_VILLAGE || mk->start < mv->end ||
        mv->end - mv->start < 9 || !pk__ieq_ascii(d->text + mv->start, "kampung ", 8) ||
        (mk->end - mk->start > 8 && pk__ieq_ascii(d->text + mk->start, "kampung ", 8)))
        return 0;
    for (size_t i = mv->end; i < mk->start; i++)
        if (d->text[i] != ' ' && d->text[i] != ',')
            return 0;
    return 1;
}

/* The desa of village mention v: the desa named right after it when v is
 * a kampung of it (kampung_in()), else v. */
static size_t kampung_desa(const dctx *d, size_t v)
{
    for (size_t k = v + 1; k < d->nm && k <= v + 3; k++)
        if (kampung_in(d, v, k) && usable_place(&d->m[k], &d->x[k]))
            return k;
    return v;
}

/* The place of post p's kind that its sentence tells a deed at after "di",
 * not a post ("Kepala Desa Parigi ... yang melakukan kampanye di Kelurahan
 * Kolasa"), or p when there is none. */
static size_t told_at(const dctx *d, size_t p)
{
    for (size_t k = p + 1; k < d->nm && d->m[k].sentence == d->m[p].sentence; k++)
        if (d->m[k].kind == d->m[p].kind && usable_place(&d->m[k], &d->x[k]) && after_di(d, k) && !post_of(d, k))
            return k;
    return p;
}

/* 1 if role k is another person than the roles first and taken[0..n):
 * another label, or the same label with a post of its own in another
 * place than theirs ("Camat Kaliwates, Camat Jombang": two camat). */
static int another_person(const dctx *d, size_t k, size_t first, const size_t *taken, size_t n)
{
    size_t pk = own_place(d, k);
    for (size_t q = 0; q <= n; q++) {
        size_t t = q < n ? taken[q] : first;
        if (t == NONE || strcmp(d->m[t].label, d->m[k].label) != 0)
            continue;
        size_t pt = own_place(d, t);
        if (pk == NONE || pt == NONE || strcmp(d->m[pk].text, d->m[pt].text) == 0)
            return 0;
    }
    return 1;
}

/* 1 if the text between two role mentions, p before q, only lists people:
 * commas and "dan", "serta", "maupun", "beserta" (at least one of them:
 * "Camat Ujungbulu beserta sembilan lurah", fresh 003), brackets,
 * names (capitalised words, numbers) and counting words ("Aparatur Sipil
 * Negara (ASN) dan Pekerja Harian Bebas (THL)", "lima kepala desa (Kades)
 * dan satu oknum kepala dinas", "Camat Kaliwates, Camat Jombang"): 1; 2
 * when only a bracket stands between them ("Aparatur Sipil Negara (ASN)":
 * one name and its short form). At most 64 bytes are read. */
static int joins_people(const dctx *d, const pk_extract_mention *p, const pk_extract_mention *q)
{
    if (p->end > q->start || q->start - p->end > 64 || q->start > d->len)
        return 0;
    const char *s = d->text + p->end;
    size_t n = q->start - p->end, i = 0;
    int join = 0, words = 0;
    while (i < n) {
        char c = s[i];
        if (c == ' ' || c == ',' || c == '(' || c == ')') {
            join |= c == ',';
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != '(' && s[j] != ')')
            j++;
        int ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!ok && (word_is(s + i, j - i, "dan") || word_is(s + i, j - i, "serta") || word_is(s + i, j - i, "maupun") ||
                    word_is(s + i, j - i, "beserta")))
            ok = join = 1;
        ok = ok || count_word(s + i, j - i) || word_is(s + i, j - i, "oknum") || word_is(s + i, j - i, "orang") ||
             word_is(s + i, j - i, "sang");
        if (!ok)
            return 0;
        words++;
        i = j;
    }
    return join ? 1 : !words && memchr(s, '(', n) ? 2 : 0;
}

/* 1 if act a's sentence follows role k's, or a pronoun ("mereka", "ia")
 * in a sentence after k's, up to a's, refers back to it (at most REACH
 * mentions are read). */
static int points_back(const dctx *d, size_t k, size_t a)
{
    if (d->m[a].sentence == d->m[k].sentence + 1)
        return 1;
    for (size_t j = k + 1; j <= a && j - k <= REACH; j++)
        if (d->m[j].sentence > d->m[k].sentence && d->m[j].kind == PK_EXTRACT_MENTION_CUE && d->m[j].label &&
            pk__label_is(d->m[j].label, "anaphor"))
            return 1;
    return 0;
}

/* 1 if a count of people stands just before role k, at most five words
 * back in its sentence ("empat anggota Panitia Pemungutan Suara (PPS)",
 * "keempat kepala desa itu", "para kades", "12 ASN"). */
static int counted_scan(const dctx *d, size_t k);

/* (asked once per role: the answer is kept in d->counted_of) */
static int counted(const dctx *d, size_t k)
{
    if (!d->counted_of)
        return counted_scan(d, k);
    if (d->counted_of[k] < 0)
        d->counted_of[k] = (int8_t)counted_scan(d, k);
    return d->counted_of[k];
}

/* counted(), read from the text */
static int counted_scan(const dctx *d, size_t k)
{
    const char *t = d->text;
    size_t e = d->m[k].start, floor = e > 64 ? e - 64 : 0;
    for (int q = 0; q < 5; q++) {
        while (e > floor && (t[e - 1] == ' ' || t[e - 1] == '(' || t[e - 1] == ')'))
            e--;
        size_t b = e;
        while (b > floor && ((t[b - 1] >= 'a' && t[b - 1] <= 'z') || (t[b - 1] >= 'A' && t[b - 1] <= 'Z') ||
                             (t[b - 1] >= '0' && t[b - 1] <= '9')))
            b--;
        if (b == e)
            return 0; /* punctuation: another clause */
        if (t[b] >= '0' && t[b] <= '9')
            return e - b <= 3;
        const char *w = t + b;
        size_t n = e - b;
        if (n > 2 && (w[0] == 'k' || w[0] == 'K') && w[1] == 'e') { /* keempat, ketujuh: all N of them */
            w += 2;
            n -= 2;
        }
        if (count_word(w, n) == 2)
            return 1;
        e = b;
    }
    return 0;
}

/* 1 if t[i] ends a sentence ('.', '!', '?', a line break; not the dot of
 * a number such as "1.200"). */
static int sent_stop(const char *t, size_t len, size_t i)
{
    if (t[i] == '\n' || t[i] == '!' || t[i] == '?')
        return 1;
    return t[i] == '.' && !(i > 0 && i + 1 < len && t[i - 1] >= '0' && t[i - 1] <= '9' && t[i + 1] >= '0' &&
                            t[i + 1] <= '9');
}

/* the end of the run of ASCII letters and digits at t[i], at most e */
#define ASCII_ALNUM(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || ((c) >= '0' && (c) <= '9'))
static inline size_t ascii_word_end(const char *t, size_t i, size_t e)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && (defined(__GNUC__) || defined(__clang__))
    for (; i + 8 <= e; i += 8) { /* eight bytes at a time: the first that is no letter or digit ends it */
        uint64_t v;
        memcpy(&v, t + i, sizeof v);
        uint64_t stop = ~pk__alnum_bytes(v) & (0x80 * PK__ONES8);
        if (stop)
            return i + ((size_t)__builtin_ctzll(stop) >> 3);
    }
#endif
    while (i < e && ASCII_ALNUM(t[i]))
        i++;
    return i;
}

/* the bytes that may end a sentence (sent_stop()): '\n', '!', '.', '?' */
#define STOP_BITS ((1ull << '\n') | (1ull << '!') | (1ull << '.') | (1ull << '?'))
#define MAY_STOP(c) ((unsigned char)(c) < 64 && ((STOP_BITS >> (unsigned char)(c)) & 1u))
#define ONES8 UINT64_C(0x0101010101010101)
#define HAS_ZERO8(v) ((((v) - ONES8) & ~(v) & (0x80 * ONES8)) != 0)
#define HAS_BYTE8(v, c) HAS_ZERO8((v) ^ ((uint64_t)(unsigned char)(c) * ONES8))

/* 1 if one of the 8 bytes at p may end a sentence (MAY_STOP()) */
static inline int may_stop8(const char *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return HAS_BYTE8(v, '\n') || HAS_BYTE8(v, '!') || HAS_BYTE8(v, '.') || HAS_BYTE8(v, '?');
}

/* [*b, *e): the sentence holding bytes [from, to), read at most 240 bytes
 * beyond them on either side */
static void sentence_around(const dctx *d, size_t from, size_t to, size_t *b, size_t *e)
{
    const char *t = d->text;
    size_t x = from < d->len ? from : d->len, y = to < d->len ? to : d->len;
    size_t lim = x > 240 ? x - 240 : 0;
    while (x >= lim + 8 && !may_stop8(t + x - 8)) /* eight bytes at a time while none may end it */
        x -= 8;
    while (x > lim && !(MAY_STOP(t[x - 1]) && sent_stop(t, d->len, x - 1)))
        x--;
    lim = y + 240 < d->len ? y + 240 : d->len;
    while (y + 8 <= lim && !may_stop8(t + y))
        y += 8;
    while (y < lim && !(MAY_STOP(t[y]) && sent_stop(t, d->len, y)))
        y++;
    *b = x;
    *e = y;
}

/* The start of the sentence holding byte `at` (as sentence_around() finds
 * it), or the byte lim before `at` (or the text's first) when it lies
 * further back: at most lim bytes are read. */
static size_t sentence_from(const dctx *d, size_t at, size_t lim)
{
    const char *t = d->text;
    size_t x = at < d->len ? at : d->len, lo = x > lim ? x - lim : 0;
    while (x >= lo + 8 && !may_stop8(t + x - 8))
        x -= 8;
    while (x > lo && !(MAY_STOP(t[x - 1]) && sent_stop(t, d->len, x - 1)))
        x--;
    return x;
}

/* 1 if the sentence holding bytes [from, to) reports counts rather than
 * one deed ("Bawaslu mencatat 117 ASN dilaporkan ...", "... berjumlah 64
 * ASN", "Dari 30 laporan, sebanyak 12 kepala desa diduga tidak netral"):
 * a word of totals (jumlah, berjumlah, total, tercatat, mencatat, terdata,
 * rekapitulasi) or a count of two or more right before a word naming cases
 * (laporan, temuan, kasus, perkara, pengaduan, dugaan). At most 240 bytes
 * are read on either side. */
static int tally_sentence(const dctx *d, size_t from, size_t to)
{
    static const char *const totals[] = {"jumlah",   "berjumlah", "total",       "totalnya",
                                         "tercatat", "mencatat",  "terdata",     "rekapitulasi"};
    static const char *const cases[] = {"laporan", "temuan", "kasus", "perkara", "pengaduan", "dugaan"};
    const char *t = d->text;
    size_t b, e;
    sentence_around(d, from, to, &b, &e);
    int count = 0; /* the word before was a count of two or more */
    for (size_t i = b; i < e;) {
        if (!ASCII_ALNUM(t[i])) { /* not a word: ascii_word_end() would stop here */
            count = count && (t[i] == ' ' || t[i] == '.');
            i++;
            continue;
        }
        size_t j = ascii_word_end(t, i + 1, e);
        for (size_t q = 0; q < PK_ARRAY_LEN(totals); q++)
            if (word_is(t + i, j - i, totals[q]))
                return 1;
        for (size_t q = 0; count && q < PK_ARRAY_LEN(cases); q++)
            if (word_is(t + i, j - i, cases[q]))
                return 1;
        count = (t[i] >= '0' && t[i] <= '9') || count_word(t + i, j - i) == 2 || word_is(t + i, j - i, "ribuan");
        i = j;
    }
    return 0;
}

/* 1 if the sentence holding byte `at` counts the places it speaks of
 * rather than naming one: a count of two or more, or an indefinite one,
 * right before a word for a region ("dari 24 Kabupaten/kota", "di enam
 * daerah", "di sejumlah daerah", "di berbagai daerah", "di ketiga wilayah
 * ini", "di 25 provinsi", "dan beberapa daerah lainnya"). Such a sentence
 * reports a tally over many places (corpus README rule 8): a role or act
 * told in it, or a place read from it, is a statistic's, not one deed's.
 * A place word after "seluruh" or "semua" ("di seluruh wilayah") counts
 * nothing. At most 240 bytes are read on either side. */
static int many_places_in(const dctx *d, size_t b, size_t e);

static int many_places(const dctx *d, size_t at)
{
    sent_cache *c = d->sents;
    for (size_t q = 0; c && q < c->n && q < SENT_SLOTS; q++)
        if (c->b[q] <= at && at <= c->e[q] && at - c->b[q] <= 240 && c->e[q] - at <= 240)
            return c->val[q]; /* a whole sentence asked before */
    size_t b, e;
    sentence_around(d, at, at, &b, &e);
    int val = many_places_in(d, b, e);
    if (c && (b == 0 || sent_stop(d->text, d->len, b - 1)) && (e == d->len || sent_stop(d->text, d->len, e))) {
        size_t q = c->n++ % SENT_SLOTS;
        c->b[q] = b;
        c->e[q] = e;
        c->val[q] = val;
    }
    return val;
}

/* many_places() of the sentence [b, e) */
static int many_places_in(const dctx *d, size_t b, size_t e)
{
    static const char *const kinds[] = {"daerah", "wilayah", "kabupaten", "kota", "provinsi", "kab"};
    const char *t = d->text;
    int count = 0; /* the word before was a count of two or more */
    for (size_t i = b; i < e;) {
        if (!ASCII_ALNUM(t[i])) { /* not a word: ascii_word_end() would stop here */
            count = count && t[i] == ' ';
            i++;
            continue;
        }
        size_t j = ascii_word_end(t, i + 1, e);
        for (size_t q = 0; count && q < PK_ARRAY_LEN(kinds); q++)
            if (word_is(t + i, j - i, kinds[q]))
                return 1;
        if (t[i] >= '0' && t[i] <= '9') {
            /* a number of one to three digits, two or more: not a year
             * ("Pilkada 2024 Kabupaten Bekasi") */
            unsigned num = 0;
            for (size_t q = i; q < j && q < i + 4 && t[q] >= '0' && t[q] <= '9'; q++)
                num = num * 10u + (unsigned)(t[q] - '0');
            count = j - i <= 3 && num >= 2;
            i = j;
            continue;
        }
        const char *w = t + i;
        size_t n = j - i;
        if (n > 4 && (w[0] == 'k' || w[0] == 'K') && w[1] == 'e') { /* ketiga, keenam: all N of them */
            w += 2;
            n -= 2;
        }
        count = (count_word(w, n) == 2 && !word_is(w, n, "para")) || word_is(t + i, j - i, "berbagai");
        i = j;
    }
    return 0;
}

/* 1 if draft dr of act a tells a tally over places (many_places()): in
 * the act's sentence, in its actor's (a role, not a person's name) or in
 * the sentence its region was only inferred from ("seperti yang terjadi
 * di Tomohon, Minahasa Utara, ... dan beberapa daerah lainnya", fresh7
 * 010). */
/* many_places() at the start of mention k (asked once per mention: the
 * answer is kept in d->many_of) */
static int many_places_at(const dctx *d, size_t k)
{
    if (!d->many_of)
        return many_places(d, d->m[k].start);
    if (d->many_of[k] < 0)
        d->many_of[k] = (int8_t)many_places(d, d->m[k].start);
    return d->many_of[k];
}

static int tally_of_places(const dctx *d, const pk_extract_draft *dr, size_t a)
{
    if (many_places_at(d, a))
        return 1;
    size_t k = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    if (k != PK_EXTRACT_NO_MENTION && k < d->nm && d->m[k].sentence != d->m[a].sentence &&
        many_places_at(d, k))
        return 1;
    k = dr->evidence[PK_EXTRACT_FIELD_REGION].mention;
    return dr->evidence[PK_EXTRACT_FIELD_REGION].how == PK_EXTRACT_HOW_INFERRED && k != PK_EXTRACT_NO_MENTION &&
           k < d->nm && d->m[k].sentence != d->m[a].sentence && many_places_at(d, k);
}

/* 1 if the bytes [from, to) only join a counted group to its places, or
 * one place to the next: spaces, commas, "di", "dari", "dan", "serta",
 * "masing-masing", counts ("dua kades di Muara Enim dan Banyuasin",
 * "empat anggota Polri, dua dari Polda Sulsel dan dua dari Polda Sulut").
 * Between the group and its first place (`first`) a "di" or "dari" is
 * needed; between two places, a "dan", "serta" or comma. At most 48 bytes. */
static int joins_places(const dctx *d, size_t from, size_t to, int first)
{
    if (from > to || to > d->len)
        return 0;
    const char *s = d->text;
    /* "empat anggota Polri yang ditindak tersebut, masing-masing dua berasal
     * dari Polda ...": a clause about the group, then after a comma the split */
    for (size_t i = to; first && to - from > 48 && i > from && to - i <= 48; i--)
        if (s[i - 1] == ',') {
            from = i;
            break;
        }
    if (to - from > 48)
        return 0;
    int need = 0;
    for (size_t i = from; i < to;) {
        if (s[i] == ' ' || s[i] == ',' || s[i] == '-') {
            need |= !first && s[i] == ',';
            i++;
            continue;
        }
        size_t j = i;
        while (j < to && s[j] != ' ' && s[j] != ',' && s[j] != '-')
            j++;
        const char *w = s + i;
        size_t n = j - i;
        if (word_is(w, n, "di") || word_is(w, n, "dari"))
            need |= first;
        else if (word_is(w, n, "dan") || word_is(w, n, "serta"))
            need |= !first;
        else if (!count_word(w, n) && !(w[0] >= '0' && w[0] <= '9') && !word_is(w, n, "masing") &&
                 !word_is(w, n, "orang") && !word_is(w, n, "berasal") && !word_is(w, n, "asal") &&
                 !word_is(w, n, "satunya") && !word_is(w, n, "lagi")) /* "dan satunya lagi di Kecamatan Taopa" */
            return 0;
        i = j;
    }
    return need;
}

/* The regions a counted group g is spread over, named right after it
 * (joins_places()): each another region, none within another; where its
 * members come from counts ("dua berasal dari Polda X"). Two or more (at
 * most cap), else none. When g's sentence splits it by no place, the same
 * group counted again later in its paragraph, in a sentence telling no
 * deed of its own ("Kapolri menindak empat anggota polisi yang tidak
 * netral. ... empat anggota Polri yang ditindak tersebut, masing-masing
 * dua berasal dari Polda Sulawesi Selatan dan dua dari Polda Sulawesi
 * Utara"), is split instead. */
static size_t group_places(const dctx *d, size_t g, size_t *out, size_t cap, int again)
{
    if (!counted(d, g))
        return 0;
    if (again)
        for (size_t j = g + 1; j < d->nm && j - g <= REACH && d->x[j].para == d->x[g].para; j++)
            if (d->m[j].sentence != d->m[g].sentence && d->m[j].kind == PK_EXTRACT_MENTION_ROLE &&
                strcmp(d->m[j].label, d->m[g].label) == 0 && !d->x[j].sent_act_prio && counted(d, j)) {
                size_t n = group_places(d, g, out, cap, 0);
                return n ? n : group_places(d, j, out, cap, 0);
            }
    size_t n = 0, end = d->m[g].end;
    for (size_t k = g + 1; k < d->nm && k - g <= 12 && d->m[k].sentence == d->m[g].sentence && n < cap; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (m->start < end || m->kind == PK_EXTRACT_MENTION_CUE)
            continue; /* a word inside the place just taken ("Polda" of "Polda Sulsel"), a cue word between
                         (its words are read by joins_places()) */
        if (m->kind != PK_EXTRACT_MENTION_REGION || !m->region ||
            (m->flags & ((NOT_PLACE & ~PK_EXTRACT_FLAG_HOME) | PK_EXTRACT_FLAG_AMBIGUOUS)) || !joins_places(d, end, m->start, n == 0))
            break;
        for (size_t q = 0; q < n; q++) {
            const pk_region *o = d->m[out[q]].region;
            if (strcmp(o->code, m->region->code) == 0 || (o->parent_code && strcmp(o->parent_code, m->region->code) == 0) ||
                (m->region->parent_code && strcmp(m->region->parent_code, o->code) == 0))
                return 0;
        }
        out[n++] = k;
        end = m->end;
    }
    return n >= 2 ? n : 0;
}

/* Draft dr's region becomes region mention k (a place of its counted
 * group); a district or village outside it is dropped. */
static void group_region(const dctx *d, pk_extract_draft *dr, size_t k)
{
    const char *code = d->m[k].region->code;
    size_t n = strlen(code);
    pk__strlcpy_utf8(dr->incident.region, code, sizeof dr->incident.region);
    /* "dua dari Polda Sulsel": where they serve, not surely where they acted */
    if (d->m[k].flags & PK_EXTRACT_FLAG_OFFICE)
        set_ev(dr, PK_EXTRACT_FIELD_REGION, PK_EXTRACT_HOW_INFERRED, 0.6, &d->m[k], k);
    else
        set_ev(dr, PK_EXTRACT_FIELD_REGION, PK_EXTRACT_HOW_STATED, 0.8, &d->m[k], k);
    if ((dr->district_code[0] && (strncmp(dr->district_code, code, n) != 0 || dr->district_code[n] != '.')) ||
        (dr->village_code[0] && (strncmp(dr->village_code, code, n) != 0 || dr->village_code[n] != '.'))) {
        dr->district[0] = dr->district_code[0] = dr->village[0] = dr->village_code[0] = '\0';
        set_ev(dr, PK_EXTRACT_FIELD_DISTRICT, PK_EXTRACT_HOW_NONE, 0, NULL, 0);
        set_ev(dr, PK_EXTRACT_FIELD_VILLAGE, PK_EXTRACT_HOW_NONE, 0, NULL, 0);
    }
}

/* 1 if role g heads a relative clause whose deed is act a, and a comma
 * follows the act: "Adapun Kades yang melanggar netralitas, Kades Terusan
 * Karya, Kades Palangkau Lama, ... dan Kades Timpah" (fresh8 005). The
 * class named with "yang" and its deed, then the people it is, in
 * apposition (the list after the comma): a group like a counted one. */
static int relative_head(const dctx *d, size_t g, size_t a)
{
    if (a <= g || a + 1 >= d->nm || d->m[a].sentence != d->m[g].sentence)
        return 0;
    size_t j, i = next_word(d->text, d->m[g].end, d->m[a].start, &j);
    if (i >= d->m[a].start || !word_is(d->text + i, j - i, "yang"))
        return 0;
    size_t b = d->m[a].end;
    while (b < d->m[a + 1].start && b < d->len && d->text[b] == ' ')
        b++;
    return b < d->len && d->text[b] == ',';
}

/* The members of a counted group that is act a's actor g ("empat anggota
 * PPS ... tidak netral", "keempat kepala desa itu mendukung salah satu
 * calon"), listed elsewhere in the text by their posts in different places
 * ("Sekretaris PPS Desa Dahu, ... Ketua PPS Desa Padahayu", "Kades Pattiro,
 * ..., Kades Mallasoro"): roles of g's label with a post of their own, in
 * a's paragraph or the one before or after it, at most REACH mentions
 * away, in a sentence naming no other deed. Two or more, else none. A
 * class heading a relative clause of the deed with the list in apposition
 * after it (relative_head()) is such a group; its members are read after
 * the act only. */
static size_t group_members(const dctx *d, size_t g, size_t a, size_t *co, size_t cap)
{
    if (d->m[g].kind != PK_EXTRACT_MENTION_ROLE)
        return 0;
    int apposed = !counted(d, g);
    if (apposed && !relative_head(d, g, a))
        return 0;
    size_t lo = apposed ? a + 1 : a > REACH ? a - REACH : 0, hi = a + REACH < d->nm ? a + REACH : d->nm, n = 0;
    for (size_t k = lo; k < hi && n < cap; k++) {
        const pk_extract_mention *m = &d->m[k];
        /* the first of a list in apposition right after the deed ("melanggar
         * netralitas, Kades Terusan Karya") is read as the rule's class
         * (mark_topics()); here it is a member */
        if (k == g || m->kind != PK_EXTRACT_MENTION_ROLE || !pk__same_label(m->label, d->m[g].label) ||
            !actor_candidate(m, &d->x[k]) || (d->topic_of[k] != NONE && !(apposed && d->topic_of[k] == a)) ||
            (m->flags & PK_EXTRACT_FLAG_LINK) ||
            d->x[k].para + 1 < d->x[a].para || d->x[k].para > d->x[a].para + 1 || own_place(d, k) == NONE ||
            (m->sentence != d->m[a].sentence && d->x[k].sent_act_prio))
            continue; /* a member named beside a deed of its own is that deed's */
        if (another_person(d, k, NONE, co, n))
            co[n++] = k;
    }
    return n >= 2 ? n : 0;
}

/* The roles listed with role `chosen` in its sentence ("... yang meliputi
 * ASN dan THL"), other people than it (another_person()); at most cap. */
static size_t listed_with(const dctx *d, size_t chosen, size_t *co, size_t cap)
{
    size_t n = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t last = chosen;
        for (size_t k = chosen, steps = 0; steps < WINDOW && n < cap; steps++) {
            if (dir < 0 ? k == 0 : k + 1 >= d->nm)
                break;
            k = dir < 0 ? k - 1 : k + 1;
            const pk_extract_mention *m = &d->m[k];
            if (m->sentence != d->m[chosen].sentence)
                break;
            if (m->kind != PK_EXTRACT_MENTION_ROLE)
                continue;
            const pk_extract_mention *p = dir < 0 ? m : &d->m[last], *q = dir < 0 ? &d->m[last] : m;
            int join = joins_people(d, p, q);
            if (!actor_candidate(m, &d->x[k]) || d->topic_of[k] != NONE || pk__label_is(m->label, "voter") || !join ||
                (join == 2 && strcmp(m->label, d->m[last].label) != 0))
                break;
            last = k;
            if (d->x[k].priority >= 2 && another_person(d, k, chosen, co, n))
                co[n++] = k;
        }
    }
    return n;
}

/* Nobody named in the act's sentence, and the next sentence of the
 * paragraph lists the people, pointing back ("Tujuh Pejabat Pemkab Jember
 * Dilaporkan ... karena dinilai tidak netral. Tujuh kepala OPD tersebut
 * adalah Kadis ..., Camat Kaliwates, ..., Lurah Tegal Besar"): the first
 * specific role is the actor (inferred), the other roles of the list are
 * co-actors, one draft per role. Returns the co-actors written to co[]. */
static size_t listed_actors(const dctx *d, pk_extract_draft *dr, size_t a, size_t hi, size_t *co, size_t cap)
{
    if (dr->evidence[PK_EXTRACT_FIELD_ACTOR].how != PK_EXTRACT_HOW_NONE || hi >= d->nm ||
        d->m[hi].sentence == d->m[a].sentence || d->x[hi].para != d->x[a].para)
        return 0;
    size_t e = hi;
    int pointer = 0;
    while (e < d->nm && e - hi < WINDOW && d->m[e].sentence == d->m[hi].sentence) {
        const pk_extract_mention *m = &d->m[e];
        pointer |= m->kind == PK_EXTRACT_MENTION_CUE && m->label && pk__label_is(m->label, "anaphor");
        e++;
    }
    if (!pointer)
        return 0;
    size_t n = 0, first = NONE;
    for (size_t k = hi; k < e; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (m->kind != PK_EXTRACT_MENTION_ROLE || !actor_for(d, k, a) || d->x[k].priority < 2 ||
            pk__label_is(m->label, "voter"))
            continue;
        if (first == NONE) {
            first = k;
            continue;
        }
        if (n < cap && another_person(d, k, first, co, n))
            co[n++] = k;
    }
    if (first == NONE)
        return 0;
    set_actor(d, dr, first, PK_EXTRACT_HOW_INFERRED, 0.6);
    return n;
}

/* 1 if the bytes [from, to) hold a word that opens a list of members:
 * "di dalamnya", "di antaranya", "antara lain", "terdiri", "yakni",
 * "yaitu", "meliputi" (at most 160 bytes are read). */
static int list_word(const dctx *d, size_t from, size_t to)
{
    static const char *const words[] = {"dalamnya", "antaranya", "antara", "terdiri", "yakni", "yaitu", "meliputi"};
    if (to > d->len || to <= from)
        return 0;
    if (to - from > 160)
        to = from + 160;
    for (size_t i = from; i < to;) {
        while (i < to && !((d->text[i] | 0x20) >= 'a' && (d->text[i] | 0x20) <= 'z'))
            i++;
        size_t j = i;
        while (j < to && (d->text[j] | 0x20) >= 'a' && (d->text[j] | 0x20) <= 'z')
            j++;
        for (size_t w = 0; w < PK_ARRAY_LEN(words); w++)
            if (word_is(d->text + i, j - i, words[w]))
                return 1;
        i = j;
    }
    return 0;
}

/* The people of a list told right after the act's sentence, in a sentence
 * of its own with no act, that opens with the actor's kind and lists its
 * members ("... belasan pejabat ASN ... diduga terlibat politik praktis.
 * \"Ada sekitar 16 ASN yang di dalamnya ada kepala dinas, empat camat,
 * satu kepala desa dan sekdes,\" ujar Nimrot"): when the list's kind is
 * `actor` or one of its co-actors taken[0..nt), the roles of other labels
 * than theirs, written to co[] (at most cap). */
static size_t list_after(const dctx *d, size_t a, const char *actor, const size_t *taken, size_t nt, size_t *co,
                         size_t cap)
{
    size_t b = a;
    while (b < d->nm && b - a < WINDOW && d->m[b].sentence == d->m[a].sentence)
        b++;
    if (b >= d->nm || d->m[b].sentence != d->m[a].sentence + 1 || d->x[b].para > d->x[a].para + 1 ||
        d->x[b].sent_act_prio)
        return 0;
    size_t e = b, first = NONE;
    while (e < d->nm && e - b < WINDOW && d->m[e].sentence == d->m[b].sentence)
        e++;
    int pointer = 0; /* "Mereka adalah ...", "Tiga ASN tersebut adalah ...": the list points back */
    for (size_t k = b; k < e && first == NONE; k++) {
        pointer |= cue_is(d, k, "anaphor", NULL) && d->m[k].end - d->m[k].start > 7 &&
                   word_is(d->text + d->m[k].end - 6, 6, "adalah");
        if (d->m[k].kind == PK_EXTRACT_MENTION_ROLE)
            first = k;
    }
    if (first == NONE || !d->m[first].label)
        return 0;
    if (!pointer) {
        /* the list's kind is one of the act's people ("16 ASN") */
        int kind = pk__same_label(d->m[first].label, actor);
        for (size_t q = 0; q < nt && !kind; q++)
            kind = pk__same_label(d->m[taken[q]].label, d->m[first].label);
        if (!kind || first + 1 >= e || !list_word(d, d->m[first].end, d->m[first + 1].start))
            return 0;
        first++; /* the kind itself is no member */
    }
    size_t n = 0;
    for (size_t k = first; k < e && n < cap; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (m->kind != PK_EXTRACT_MENTION_ROLE || !actor_candidate(m, &d->x[k]) || d->x[k].priority < 2 ||
            pk__label_is(m->label, "voter") || pk__same_label(m->label, actor))
            continue;
        int dup = 0;
        for (size_t q = 0; q < nt && !dup; q++)
            dup = pk__same_label(d->m[taken[q]].label, m->label);
        for (size_t q = 0; q < n && !dup; q++)
            dup = pk__same_label(d->m[co[q]].label, m->label);
        if (!dup)
            co[n++] = k;
    }
    return n;
}

/* A generic word ("seorang pria", "pelaku") beside a specific role
 * ("oknum kades") names the same person: the specific role is the actor,
 * and generic co-actors make no draft of their own. Returns the co-actors
 * left in co[]. */
static size_t specific_actor(const dctx *d, pk_extract_draft *dr, size_t *co, size_t nco)
{
    size_t chosen = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    if (!nco || chosen == PK_EXTRACT_NO_MENTION || d->m[chosen].kind != PK_EXTRACT_MENTION_ROLE)
        return nco;
    if (d->x[chosen].priority <= 1) {
        for (size_t q = 0; q < nco; q++) {
            if (d->x[co[q]].priority >= 2) {
                set_actor(d, dr, co[q], PK_EXTRACT_HOW_STATED, prio_conf(d->x[co[q]].priority));
                co[q] = chosen;
                break;
            }
        }
    }
    if (d->x[dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention].priority <= 1)
        return nco;
    size_t n = 0;
    for (size_t q = 0; q < nco; q++)
        if (d->x[co[q]].priority >= 2)
            co[n++] = co[q];
    return n;
}

/* The place of a district or village mention within `within` (0: none
 * given): its own resolution when it lies there, else its only candidate
 * there; 0 when none or several (never a guess). */
static pk_place_id place_in(const dctx *d, size_t k, pk_place_id within)
{
    const pk_extract_mention *m = &d->m[k];
    if (!within || (m->place && pk_place_within(m->place, within)))
        return m->place;
    pk_place_id found = 0;
    for (size_t q = 0; q < d->x[k].npcand; q++) {
        if (!pk_place_within(pk__x_pcand(d->r, &d->x[k])[q], within))
            continue;
        if (found)
            return 0;
        found = pk__x_pcand(d->r, &d->x[k])[q];
    }
    return found;
}

/* The text's place for a draft whose paragraph names none: the district
 * and village mentions of the whole text (not homes or links), read inside
 * the draft's kabupaten/kota `rid` (0: as resolved alone), when they all
 * lie in one kecamatan ("... berlangsung pada Senin, 30 September 2024, di
 * Kecamatan Cilodong." and the act told in the next paragraph). The
 * district is the first mention of it, the village the only one named in
 * it (two villages: no village). Several kecamatan, or more than
 * DOC_PLACES names: none, missing beats wrong. Collected once per text. */
static void doc_place(dctx *d, pk_place_id rid, size_t *bd, size_t *bv)
{
    if (!d->places_ready) {
        d->places_ready = 1;
        for (size_t k = 0; k < d->nm && d->nplaces <= DOC_PLACES; k++) {
            if (!usable_place(&d->m[k], &d->x[k]))
                continue;
            size_t q = 0;
            while (q < d->nplaces && (d->m[d->places[q]].kind != d->m[k].kind ||
                                      strcmp(d->m[d->places[q]].text, d->m[k].text) != 0))
                q++;
            if (q == d->nplaces && d->nplaces++ < DOC_PLACES)
                d->places[q] = k;
        }
    }
    if (d->nplaces > DOC_PLACES)
        return;
    pk_place_id dist = 0, vill = 0;
    size_t kd = NONE, kv = NONE;
    for (size_t q = 0; q < d->nplaces; q++) {
        size_t k = d->places[q];
        pk_place_id id = place_in(d, k, rid);
        pk_place pl = PK_PLACE_INIT;
        if (!id || pk_place_get(&pl, id, NULL) != PK_OK || !pl.district)
            continue;
        if (dist && pl.district != dist)
            return; /* two kecamatan */
        dist = pl.district;
        if (d->m[k].kind == PK_EXTRACT_MENTION_DISTRICT) {
            if (kd == NONE)
                kd = k;
        } else if (!vill || vill == id) {
            vill = id;
            kv = kv == NONE ? k : kv;
        } else {
            kv = NONE; /* two villages */
            vill = (pk_place_id)-1;
        }
    }
    if (vill == (pk_place_id)-1)
        kv = NONE;
    if (kd == NONE && kv == NONE)
        return;
    *bd = kd;
    *bv = kv;
}

/* 1 if a usable region mention of the text names g. */
static int named_region(dctx *d, const pk_region *g, int places_only)
{
    int q0 = places_only != 0;
    if (!d->named_ready[q0]) { /* once per text: the check stays linear */
        d->named_ready[q0] = 1;
        for (size_t k = 0; k < d->nm && d->nnamed[q0] <= MAX_DISTINCT; k++) {
            const pk_extract_mention *m = &d->m[k];
            if (m->kind != PK_EXTRACT_MENTION_REGION || !m->region || (m->flags & NOT_PLACE) ||
                (places_only && (m->flags & PK_EXTRACT_FLAG_OFFICE)))
                continue;
            size_t q = 0;
            while (q < d->nnamed[q0] && d->named[q0][q] != m->region)
                q++;
            if (q == d->nnamed[q0] && d->nnamed[q0]++ < MAX_DISTINCT)
                d->named[q0][q] = m->region;
        }
        size_t n = d->nnamed[q0] < MAX_DISTINCT ? d->nnamed[q0] : MAX_DISTINCT;
        uintptr_t *a = d->named_sorted[q0];
        for (size_t q = 0; q < n; q++) { /* insertion sort: at most MAX_DISTINCT, once per text */
            uintptr_t v = (uintptr_t)d->named[q0][q];
            size_t j = q;
            for (; j > 0 && a[j - 1] > v; j--)
                a[j] = a[j - 1];
            a[j] = v;
        }
    }
    size_t lo = 0, hi = d->nnamed[q0] < MAX_DISTINCT ? d->nnamed[q0] : MAX_DISTINCT;
    const uintptr_t *a = d->named_sorted[q0], v = (uintptr_t)g;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < (d->nnamed[q0] < MAX_DISTINCT ? d->nnamed[q0] : MAX_DISTINCT) && a[lo] == v;
}

/* 1 if the text names two or more kabupaten/kota as places (not offices,
 * homes, datelines or links: named_region(), which keeps the first
 * MAX_DISTINCT). */
static int competing(dctx *d)
{
    if (d->competing >= 0)
        return d->competing;
    (void)named_region(d, NULL, 1); /* collects the names once */
    size_t n = 0;
    for (size_t q = 0; q < d->nnamed[1] && q < MAX_DISTINCT; q++)
        n += is_kabkota(d->named[1][q]);
    d->competing = n >= 2;
    return d->competing;
}

/* Codes of the draft's district and village, consistent with its region;
 * a draft without a kabupaten/kota of its own (none, defaulted or a
 * province) takes the one of its district or village. */
static void place_codes(dctx *d, pk_extract_draft *dr, size_t bd, size_t bv, pk_extract_how ph, double pc)
{
    if (bd == NONE && bv == NONE)
        return;
    const pk_extract_evidence *re = &dr->evidence[PK_EXTRACT_FIELD_REGION];
    pk_place_id rid = 0;
    if (dr->incident.region[0])
        (void)region_id(d, &rid, dr->incident.region);
    /* a defaulted region already ranked shared names in the search; a
     * dateline only tells where the story was filed; a province still
     * narrows them */
    int soft = re->how == PK_EXTRACT_HOW_DEFAULTED ||
               (re->mention != PK_EXTRACT_NO_MENTION && (d->m[re->mention].flags & PK_EXTRACT_FLAG_DATELINE));
    int weak = !rid || soft || pk_place_level_of(rid) != PK_PLACE_KABKOTA;
    pk_place_id within = soft ? 0 : rid;
    pk_place_id did = bd != NONE ? place_in(d, bd, within) : 0;
    pk_place_id vid = bv != NONE ? place_in(d, bv, did ? did : within) : 0;
    if (!did && !vid && within && ph == PK_EXTRACT_HOW_STATED) {
        /* "kades Lubuk Hulu, Kecamatan Datuk Lima Puluh, Kabupaten Batu Bara"
         * in the act's sentence, while the region chosen is another one
         * (a dateline, a nearer name): the place settled by the text wins
         * when its kabupaten/kota is named in the text too */
        pk_place_id d2 = bd != NONE ? place_in(d, bd, 0) : 0;
        pk_place_id v2 = bv != NONE ? place_in(d, bv, d2) : 0;
        pk_place p2 = PK_PLACE_INIT;
        if ((v2 || d2) && pk_place_get(&p2, v2 ? v2 : d2, NULL) == PK_OK && p2.region && named_region(d, p2.region, 0)) {
            did = d2;
            vid = v2;
            weak = 1;
            rid = 0;
        }
    }
    pk_place pl = PK_PLACE_INIT;
    if (vid && pk_place_get(&pl, vid, NULL) == PK_OK) {
        pk__strlcpy_utf8(dr->village_code, pl.code, sizeof dr->village_code);
        if (!did)
            did = pl.district;
    }
    pk_place dp = PK_PLACE_INIT;
    if (did && pk_place_get(&dp, did, NULL) == PK_OK) {
        pk__strlcpy_utf8(dr->district_code, dp.code, sizeof dr->district_code);
        if (weak && dp.region && (!rid || pk_place_within(did, rid) || soft) &&
            (!dr->incident.region[0] || strcmp(dr->incident.region, dp.region->code) != 0)) {
            size_t k = vid ? bv : bd;
            pk__strlcpy_utf8(dr->incident.region, dp.region->code, sizeof dr->incident.region);
            set_ev(dr, PK_EXTRACT_FIELD_REGION, ph == PK_EXTRACT_HOW_STATED ? ph : PK_EXTRACT_HOW_INFERRED, pc,
                   &d->m[k], k);
        }
    }
}

/* 1 if the draft's district or village (field) was stated by the act's
 * sentence as a place, not as someone's post ("Kepala Desa Cikupa"). */
static int act_place(const dctx *d, const pk_extract_draft *dr, int field)
{
    const pk_extract_evidence *e = &dr->evidence[field];
    if (e->how != PK_EXTRACT_HOW_STATED)
        return 0;
    size_t p = e->mention;
    return p == PK_EXTRACT_NO_MENTION || p == 0 || p >= d->nm || d->m[p - 1].kind != PK_EXTRACT_MENTION_ROLE ||
           own_place(d, p - 1) != p;
}

/* A draft for one of several people listed with their posts ("Camat
 * Kaliwates, Camat Jombang, Lurah Jember Kidul") takes the post of its
 * actor k as its district or village, when the act's own sentence names
 * none (corpus README rule 3: a post is the place when no other is given). */
static void post_place_of(dctx *d, pk_extract_draft *dr, size_t k, int force)
{
    size_t p = k < d->nm ? own_place(d, k) : NONE;
    if (p == NONE ||
        (!force && (act_place(d, dr, PK_EXTRACT_FIELD_DISTRICT) || act_place(d, dr, PK_EXTRACT_FIELD_VILLAGE))))
        return;
    dr->district[0] = dr->district_code[0] = dr->village[0] = dr->village_code[0] = '\0';
    set_ev(dr, PK_EXTRACT_FIELD_DISTRICT, PK_EXTRACT_HOW_NONE, 0, NULL, 0);
    set_ev(dr, PK_EXTRACT_FIELD_VILLAGE, PK_EXTRACT_HOW_NONE, 0, NULL, 0);
    int dist = d->m[p].kind == PK_EXTRACT_MENTION_DISTRICT;
    if (dist)
        pk__strlcpy_utf8(dr->district, d->m[p].text, sizeof dr->district);
    else
        pk__strlcpy_utf8(dr->village, d->m[p].text, sizeof dr->village);
    set_ev(dr, dist ? PK_EXTRACT_FIELD_DISTRICT : PK_EXTRACT_FIELD_VILLAGE, PK_EXTRACT_HOW_INFERRED, 0.5, &d->m[p], p);
    place_codes(d, dr, dist ? p : NONE, dist ? NONE : p, PK_EXTRACT_HOW_INFERRED, 0.5);
}

static void post_place(dctx *d, pk_extract_draft *dr, size_t k)
{
    post_place_of(d, dr, k, 0);
}

/* 1 if the district or village of draft dr is told of its actor with "di"
 * right between ("Camat Jatiwaras dan kepala desa di Kecamatan Sukaratu
 * yang mengajak ...", fresh8 024): where that person is, so a co-actor
 * with a post of its own (the camat of Jatiwaras) takes its post instead. */
static int actor_at(const dctx *d, const pk_extract_draft *dr)
{
    size_t am = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    for (int f = 0; f < 2; f++) {
        const pk_extract_evidence *e = &dr->evidence[f ? PK_EXTRACT_FIELD_VILLAGE : PK_EXTRACT_FIELD_DISTRICT];
        size_t p = e->mention, j;
        if (e->how != PK_EXTRACT_HOW_STATED || p == PK_EXTRACT_NO_MENTION || p == 0 || p >= d->nm ||
            am != p - 1 || d->m[am].kind != PK_EXTRACT_MENTION_ROLE || d->m[am].end > d->m[p].start)
            continue;
        size_t i = next_word(d->text, d->m[am].end, d->m[p].start, &j);
        if (i < d->m[p].start && word_is(d->text + i, j - i, "di") &&
            next_word(d->text, j, d->m[p].start, &j) >= d->m[p].start)
            return 1;
    }
    return 0;
}

/* A village official's draft that knows its kecamatan but not its desa
 * takes the desa of the official's post when the text names it in that
 * kecamatan, wherever it is named ("Seorang oknum Kepala Desa (Kades) di
 * Kecamatan Karanganyar ... milik Kades Desa Grenggeng"; "Kepala Desa
 * Kasegeran, Kecamatan Cilongok, ... Kepala Desa itu menyebarkan video"):
 * news names the kecamatan with the act and the desa with the person's
 * post, often sentences apart (corpus README rule 3: the post is the place
 * when no other is given). Another desa of that kecamatan named (the spot
 * of the act, the voters' lists: "formulir data pemilih di Desa
 * Salakbrojo"), or none the registry places there: none, missing beats
 * wrong; inferred, below the confident mark. The text's first
 * DOC_PLACES * 2 desa mentions are looked at: linear. */
static void district_village(const dctx *d, pk_extract_draft *dr)
{
    pk_place_id did = 0;
    if (!dr->district_code[0] || dr->village_code[0] || pk_place_lookup(NULL, &did, dr->district_code, NULL) != PK_OK ||
        !did)
        return;
    pk_place_id vid = 0;
    size_t kv = NONE;
    for (size_t k = 0, seen = 0; k < d->nm && seen < (size_t)DOC_PLACES * 2; k++) {
        if (d->m[k].kind != PK_EXTRACT_MENTION_VILLAGE || !usable_place(&d->m[k], &d->x[k]))
            continue;
        seen++;
        pk_place_id id = place_in(d, k, did);
        if (!id || id == vid)
            continue;
        if (vid)
            return; /* two desa of the kecamatan */
        vid = id;
        kv = k;
    }
    /* the actor's post: "Kepala Desa X", "Kades Desa X" */
    pk_place pl = PK_PLACE_INIT;
    if (!vid || kv == 0 || d->m[kv - 1].kind != PK_EXTRACT_MENTION_ROLE || own_place(d, kv - 1) != kv ||
        !dr->actor_label[0] || !pk__same_label(d->m[kv - 1].label, dr->actor_label) ||
        pk_place_get(&pl, vid, NULL) != PK_OK)
        return;
    pk__strlcpy_utf8(dr->village_code, pl.code, sizeof dr->village_code);
    pk__strlcpy_utf8(dr->village, d->m[kv].text, sizeof dr->village);
    set_ev(dr, PK_EXTRACT_FIELD_VILLAGE, PK_EXTRACT_HOW_INFERRED, 0.45, &d->m[kv], kv);
}

/* The home named in the act's sentence or the one before it, for a draft
 * that has no district and no village once every draft is made: "Empat
 * warga Kecamatan Rejoso diamankan karena ketahuan bagi-bagi amplop"
 * (dates_dev 001), "membagikan sembako dan uang tunai kepada warga Desa
 * Bahomohoni, Kecamatan Bungku Tengah" (fresh8 014), "ditangkap oleh warga
 * Kampung Tri Rejo Mulyo, Kecamatan Penawar Tama, Kabupaten Tulang Bawang"
 * (dates_dev 026): money politics is done and caught where the voters
 * live, so the residents' desa and kecamatan are the deed's when nothing
 * else places it. Read after the drafts are merged, so a home never
 * splits a draft; inferred, 0.45 (not confident). The first kecamatan and
 * the first desa flagged as a home (not a link's or an office's) among at
 * most HOME_SCAN mentions before the act and HOME_SCAN after it. */
#define HOME_SCAN ((size_t)32)
static void home_place(dctx *d, pk_extract_draft *dr)
{
    size_t a = dr->evidence[PK_EXTRACT_FIELD_ACT].mention;
    if (dr->district_code[0] || dr->village_code[0] || dr->district[0] || dr->village[0] ||
        a == PK_EXTRACT_NO_MENTION || a >= d->nm)
        return;
    size_t k = a, n = 0;
    while (k > 0 && d->m[k - 1].sentence == d->m[a].sentence && n++ < HOME_SCAN)
        k--;
    size_t bd = NONE, bv = NONE;
    for (n = 0; k < d->nm && d->m[k].sentence <= d->m[a].sentence && n < 2 * HOME_SCAN; k++, n++) {
        const pk_extract_mention *m = &d->m[k];
        if ((m->kind != PK_EXTRACT_MENTION_DISTRICT && m->kind != PK_EXTRACT_MENTION_VILLAGE) ||
            !(m->flags & PK_EXTRACT_FLAG_HOME) || (m->flags & (PK_EXTRACT_FLAG_LINK | PK_EXTRACT_FLAG_OFFICE)) ||
            (!m->place && !d->x[k].npcand))
            continue;
        if (m->kind == PK_EXTRACT_MENTION_DISTRICT && bd == NONE)
            bd = k;
        if (m->kind == PK_EXTRACT_MENTION_VILLAGE && bv == NONE)
            bv = k;
    }
    if (bd == NONE && bv == NONE)
        return;
    place_codes(d, dr, bd, bv, PK_EXTRACT_HOW_INFERRED, 0.45);
    if (bd != NONE && dr->district_code[0]) {
        const char *t = d->m[bd].text, *sp = strchr(t, ' ');
        pk__strlcpy_utf8(dr->district, sp && strncmp(t, "Kec", 3) == 0 ? sp + 1 : t, sizeof dr->district);
        set_ev(dr, PK_EXTRACT_FIELD_DISTRICT, PK_EXTRACT_HOW_INFERRED, 0.45, &d->m[bd], bd);
    }
    if (bv != NONE && dr->village_code[0]) {
        pk__strlcpy_utf8(dr->village, d->m[bv].text, sizeof dr->village);
        set_ev(dr, PK_EXTRACT_FIELD_VILLAGE, PK_EXTRACT_HOW_INFERRED, 0.45, &d->m[bv], bv);
    }
}

/* A desa of the draft that is the post of another person joined to its
 * actor ("enam ASN dan Kepala Desa (Kades) Ploso": Ploso is the village
 * head's desa, not the six civil servants' place) is not the draft's
 * village: dropped, missing beats wrong (corpus README rule 3: a post is
 * the place of its holder). Not a post told of the actor itself ("seorang
 * ASN yang kebetulan Pj Lurah Sidokarto": an acting head is a civil
 * servant; "ASN yang juga Pj Lurah ...", "Plt Kades Baruga ... yang juga
 * berstatus ASN": a "yang" between tells of the one person). */
static void foreign_post(const dctx *d, pk_extract_draft *dr)
{
    size_t am = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention, p = dr->evidence[PK_EXTRACT_FIELD_VILLAGE].mention;
    if (!dr->actor_label[0] || am == PK_EXTRACT_NO_MENTION || am >= d->nm || p == PK_EXTRACT_NO_MENTION ||
        p >= d->nm || p == am + 1 || !post_of(d, p) || pk__same_label(d->m[p - 1].label, dr->actor_label) ||
        d->m[am].sentence != d->m[p].sentence || pk__label_is(dr->actor_label, "perangkat_desa"))
        return; /* the staff of a desa work in the desa named with its head ("Kades X dan perangkat desa") */
    size_t lo = am < p - 1 ? am : p - 1, hi = am < p - 1 ? p - 1 : am;
    if (!joined(d, lo, hi))
        return;
    size_t r = hi - 1; /* the person named last before the later of the two */
    while (r > lo && d->m[r].kind != PK_EXTRACT_MENTION_ROLE)
        r--;
    size_t to = d->m[hi].start;
    for (size_t i = d->m[lo].end, j; r == lo && (i = next_word(d->text, i, to, &j)) < to; i = j)
        if (word_is(d->text + i, j - i, "yang"))
            return; /* "ASN yang juga Pj Lurah Sidokarto", "Plt Kades Baruga ... yang juga berstatus ASN" */
    set_ev(dr, PK_EXTRACT_FIELD_VILLAGE, PK_EXTRACT_HOW_NONE, 0, NULL, 0);
    dr->village[0] = dr->village_code[0] = '\0';
    /* the kecamatan only that desa gave stays for the officials of it and
     * of its desa ("Camat dan Lurah Sayur Matinggi"), not for others */
    if (!dr->district[0] && !pk__label_is(dr->actor_label, "camat") && !village_post(dr))
        dr->district_code[0] = '\0';
}

/* 1 if place mention p, named in another sentence than the act's, is the
 * post of someone of another kind than the draft's actor ("kepala desa di
 * Kecamatan Sukaratu" told before "... yang diduga dilakukan oleh Kepala
 * Satuan Polisi Pamong Praja", fresh8 024; "kepala desa Bungu Kecamatan
 * Mayong" told after "sepuluh ASN ...", fresh7 022): news places a person
 * by the post named with him, and that place is his, not the place of the
 * other people the paragraph tells of (corpus README rule 3: a post is the
 * place of its holder). The role right before the place, or one word
 * before it ("kepala desa di ..."), as own_place() reads it; the draft's
 * actor unknown: 0 (nothing to tell them apart). */
#define OTHERS_SCAN ((size_t)32)
static int others_post(const dctx *d, const pk_extract_draft *dr, size_t a, size_t p)
{
    if (!dr->actor_label[0] || !post_of(d, p) || !d->m[p - 1].label)
        return 0;
    const char *post = d->m[p - 1].label, *own = dr->actor_label;
    if (pk__same_label(post, own))
        return 0;
    /* posts that may be the draft's own person or contain his area: a camat
     * or a lurah is a civil servant ("oknum ASN tersebut adalah Camat
     * Bontoala", fresh9 008); the desa and kelurahan of a kecamatan lie in
     * it ("Camat Ujungbulu beserta sembilan lurah", fresh 003); the staff of
     * a desa work in it */
    int civil = pk__label_is(own, "asn") || pk__label_is(own, "pns") || pk__label_is(own, "pppk");
    int own_village = village_post(dr), own_camat = pk__label_is(own, "camat");
    int post_camat = pk__label_is(post, "camat");
    int post_village = pk__label_is(post, "kepala_desa") || pk__label_is(post, "perangkat_desa") ||
                       pk__label_is(post, "lurah");
    if ((civil && (post_camat || pk__label_is(post, "lurah"))) || (own_camat && post_village) ||
        (own_village && (post_camat || post_village)))
        return 0;
    /* the act's sentence names people of the post's kind too ("lima Kepala
     * Desa (Kades), dan dua Aparatur Sipil Negara (ASN) ... melanggar
     * netralitas", fresh8 005): the place may be theirs, and their drafts
     * are copied from this one; at most OTHERS_SCAN mentions read */
    size_t k = a, n = 0;
    while (k > 0 && d->m[k - 1].sentence == d->m[a].sentence && n++ < OTHERS_SCAN)
        k--;
    for (n = 0; k < d->nm && d->m[k].sentence == d->m[a].sentence && n < 2 * OTHERS_SCAN; k++, n++)
        if (d->m[k].kind == PK_EXTRACT_MENTION_ROLE && d->m[k].label && pk__same_label(d->m[k].label, post))
            return 0;
    return 1;
}

/* 1 if place mention p is the post of someone who reports the case, not
 * of the draft's actor: the role right before it is the subject of an
 * active report word right after the place ("Kepala Desa Sukamaju
 * melaporkan kejadian itu", handles()) or reporter() reads it as who
 * reported ("dilaporkan oleh Kepala Desa Sukamaju"). Who reports is not
 * the actor, and his post is where he sits, not where the deed was (corpus
 * README rule 3). */
static int reporter_post(const dctx *d, const pk_extract_draft *dr, size_t p)
{
    if (!post_of(d, p) || dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention == p - 1)
        return 0;
    if (reporter(d, p - 1))
        return 1;
    size_t q = p + 1;
    return q < d->nm && d->m[q].sentence == d->m[p].sentence && d->x[q].word <= d->x[p].word_end + 1 &&
           handles(d, q);
}

static void fill_region(dctx *d, pk_extract_draft *dr, size_t a, size_t lo, size_t hi, const walk *w,
                        const pk_region *defreg)
{
    size_t best = NONE, office = NONE;
    size_t best_dist = 0;
    int before = 0; /* a place named before the act in its sentence */
    for (size_t k = lo; k < hi; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (m->kind != PK_EXTRACT_MENTION_REGION || !m->region || (m->flags & NOT_PLACE))
            continue;
        if (m->flags & PK_EXTRACT_FLAG_OFFICE) {
            if (office == NONE)
                office = k;
            continue;
        }
        if (k > a && before && m->start > d->m[a].end && after_di(d, k) &&
            memchr(d->text + d->m[a].end, ',', m->start - d->m[a].end))
            continue; /* "di Asmat, ... PPD yang tidak netral, di Merauke ...": the next clause's place */
        before |= k < a;
        size_t dist = k < a ? a - k : k - a;
        if (best == NONE || (is_kabkota(m->region) && !is_kabkota(d->m[best].region)) ||
            (is_kabkota(m->region) == is_kabkota(d->m[best].region) && dist < best_dist)) {
            best = k;
            best_dist = dist;
        }
    }
    pk_extract_how how = PK_EXTRACT_HOW_STATED;
    double conf = 0.8;
    if (best != NONE && !is_kabkota(d->m[best].region) && d->doc_region != NONE &&
        d->m[d->doc_region].region->parent_code &&
        strcmp(d->m[d->doc_region].region->parent_code, d->m[best].region->code) == 0) {
        /* "Pilkada Jateng", "se-Jawa Tengah" beside a kabupaten/kota of that
         * province named elsewhere: the kabupaten/kota is the place */
        best = d->doc_region;
        how = PK_EXTRACT_HOW_INFERRED;
        conf = 0.6;
    }
    if (best == NONE) {
        how = PK_EXTRACT_HOW_INFERRED;
        /* several places named before ("tercatat di Kabupaten Bulukumba dan
         * Kepulauan Selayar"), then "... Bawaslu Bulukumba, X mengatakan
         * seorang kepala desa ...": the office of the act's sentence, one
         * of those places, handles the deeds of its own area */
        if (office != NONE && is_kabkota(d->m[office].region) && named_region(d, d->m[office].region, 1))
            best = office, conf = 0.6;
        else if (w->last_region != NONE)
            best = w->last_region, conf = 0.65;
        else if (d->next_region[a] != NONE)
            best = d->next_region[a], conf = 0.6;
        else if (office != NONE)
            best = office, conf = 0.55;
        else if (d->doc_region != NONE)
            best = d->doc_region, conf = 0.5;
        else if (d->doc_office != NONE)
            best = d->doc_office, conf = 0.45;
        else if (d->doc_dateline != NONE && is_kabkota(d->m[d->doc_dateline].region))
            /* where the story was filed: often, not always, the place; not
             * a province ("JAKARTA -": national news is filed in the
             * capital) */
            best = d->doc_dateline, conf = 0.35;
    }
    if (best != NONE && !is_kabkota(d->m[best].region)) {
        /* a province, with a kabupaten/kota of it named elsewhere in the text
         * (the place, or the office that handles it): the kabupaten/kota;
         * first the office of the act's own sentence ("Di sana, ... kasus
         * ... yang sedang ditangani oleh Bawaslu Murung Raya diduga
         * dilakukan oknum camat": the office handles the deeds of its own
         * area), then the text's main place and first office */
        size_t alt[3] = {office, d->doc_region, d->doc_office};
        for (int q = 0; q < 3; q++) {
            const pk_region *g = alt[q] != NONE ? d->m[alt[q]].region : NULL;
            if (g && g->parent_code && strcmp(g->parent_code, d->m[best].region->code) == 0) {
                best = alt[q];
                how = PK_EXTRACT_HOW_INFERRED;
                conf = 0.55;
                break;
            }
        }
    }
    if (best != NONE && how == PK_EXTRACT_HOW_INFERRED && conf > 0.45 && competing(d))
        conf = 0.45; /* several kabupaten/kota named as places, none in the act's sentence: a pick, not a reading */
    if (best != NONE) {
        pk__strlcpy_utf8(dr->incident.region, d->m[best].region->code, sizeof dr->incident.region);
        set_ev(dr, PK_EXTRACT_FIELD_REGION, how, conf, &d->m[best], best);
    } else if (defreg) {
        pk__strlcpy_utf8(dr->incident.region, defreg->code, sizeof dr->incident.region);
        set_ev(dr, PK_EXTRACT_FIELD_REGION, PK_EXTRACT_HOW_DEFAULTED, 0.3, NULL, 0);
    }
    /* district and village by name */
    size_t bd = NONE, bv = NONE;
    for (size_t k = lo; k < hi; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (!usable_place(m, &d->x[k]) || reporter_post(d, dr, k))
            continue; /* a reporter's post is not read as told: carried weak below, if at all */
        /* the place the act is told at ("di Kelurahan Kolasa") over a
         * person's post named before it ("Kepala Desa Parigi ... kampanye
         * di Kelurahan Kolasa, Kecamatan Parigi"; corpus README rule 3: the
         * post is the place only when no other is given) */
        int at = after_di(d, k) && !post_of(d, k);
        if (m->kind == PK_EXTRACT_MENTION_DISTRICT && (bd == NONE || (at && post_of(d, bd))))
            bd = k;
        /* the first village the registry knows: "Kampung Kadugobang, Desa
         * Gunung Putri" (a kampung below the desa, not in the registry);
         * the desa after a kampung in any case ("Kampung Astana, Desa
         * Walikukun": the kampung is a part of the desa, whose name the
         * registry may also give to a desa elsewhere) */
        if (m->kind == PK_EXTRACT_MENTION_VILLAGE &&
            (bv == NONE || (!d->m[bv].place && !d->x[bv].npcand && (m->place || d->x[k].npcand)) ||
             (at && post_of(d, bv)) || kampung_in(d, bv, k)))
            bv = k;
    }
    pk_extract_how ph = PK_EXTRACT_HOW_STATED;
    int foreign = 0; /* the place carried is another person's post */
    if (bd == NONE && bv == NONE) {
        ph = PK_EXTRACT_HOW_INFERRED;
        size_t p = w->last_place != NONE ? w->last_place : d->next_place[a];
        /* the place and the next one of the other kind, if adjacent ("Desa X, Kecamatan Y") */
        if (p != NONE && post_of(d, p))
            p = told_at(d, p); /* the place that sentence tells its deed at, over the post */
        if (p != NONE && ((d->m[p].sentence != d->m[a].sentence && others_post(d, dr, a, p)) ||
                          reporter_post(d, dr, p)))
            foreign = 1; /* kept, not confident */
        if (p != NONE) {
            if (d->m[p].kind == PK_EXTRACT_MENTION_DISTRICT)
                bd = p;
            else
                bv = p = kampung_desa(d, p);
            size_t q = p + 1;
            if (q < d->nm && usable_place(&d->m[q], &d->x[q]) && d->m[q].sentence == d->m[p].sentence &&
                d->m[q].kind != d->m[p].kind) {
                if (d->m[q].kind == PK_EXTRACT_MENTION_DISTRICT)
                    bd = q;
                else
                    bv = q;
            } else if (bd == p && village_post(dr) && (q = desa_before(d, p)) != NONE) {
                bv = q; /* "Pemerintah Desa Rinjani, Kecamatan Wotu, ..." and then "aparat desa ..." */
            }
        }
    }
    double pc = ph == PK_EXTRACT_HOW_STATED ? 0.7 : foreign ? 0.4 : 0.5;
    if (bd == NONE && bv == NONE) {
        pk_place_id rid = 0;
        const pk_extract_evidence *re = &dr->evidence[PK_EXTRACT_FIELD_REGION];
        if (dr->incident.region[0] && re->how != PK_EXTRACT_HOW_DEFAULTED)
            (void)region_id(d, &rid, dr->incident.region);
        doc_place(d, rid, &bd, &bv);
        pc = 0.4; /* another paragraph's place: kept, not confident */
        if (d->x[a].sent_shift && (bd != NONE || bv != NONE)) {
            /* "Selain itu, ...": another deed, maybe elsewhere; only the
             * kabupaten/kota of the text's place carries */
            pk_place pl = PK_PLACE_INIT;
            size_t k = bv != NONE ? bv : bd;
            pk_place_id id = place_in(d, k, rid);
            if (!dr->incident.region[0] && id && pk_place_get(&pl, id, NULL) == PK_OK && pl.region) {
                pk__strlcpy_utf8(dr->incident.region, pl.region->code, sizeof dr->incident.region);
                set_ev(dr, PK_EXTRACT_FIELD_REGION, PK_EXTRACT_HOW_INFERRED, pc, &d->m[k], k);
            }
            bd = bv = NONE;
        }
    }
    if (bd != NONE) {
        const char *t = d->m[bd].text;
        const char *sp = strchr(t, ' ');
        pk__strlcpy_utf8(dr->district, sp && (strncmp(t, "Kec", 3) == 0 || strncmp(t, "Dis", 3) == 0) ? sp + 1 : t,
                         sizeof dr->district);
        set_ev(dr, PK_EXTRACT_FIELD_DISTRICT, ph, pc, &d->m[bd], bd);
    }
    if (bv != NONE) {
        pk__strlcpy_utf8(dr->village, d->m[bv].text, sizeof dr->village);
        set_ev(dr, PK_EXTRACT_FIELD_VILLAGE, ph, pc, &d->m[bv], bv);
    }
    place_codes(d, dr, bd, bv, ph, pc);
}

/* One day that may be the act's: not a statement's, a link's or in a
 * prohibition. */
static int day_date(const pk_extract_mention *m)
{
    return m->kind == PK_EXTRACT_MENTION_DATE && m->date_kind == PK_DATE_KIND_DATE &&
           !(m->flags & (PK_EXTRACT_FLAG_STATEMENT | PK_EXTRACT_FLAG_LINK | PK_EXTRACT_FLAG_IRREALIS));
}

/* 1 if date mention k is a page's timestamp: it opens its line and a dash
 * follows it ("Rabu, 16 Oktober 2024 – 20:14 WIB", jpnn.com; "Kamis, 21
 * November 2024 – 16:35 WIB", elshinta.com): the day the story was
 * published, not the deed's. */
static int dateline_day(const dctx *d, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    size_t i = m->start;
    while (i > 0 && (d->text[i - 1] == ' ' || d->text[i - 1] == '\t'))
        i--;
    /* the place of filing before it: "PALEMBANG, Selasa (26/11/2024) -",
     * "Jakarta (28/10) -" (a dateline of one to three words, a comma or
     * not, opening the line) */
    if (i > 0 && d->text[i - 1] != '\n') {
        size_t j = i, words = 0;
        if (d->text[j - 1] == ',')
            j--;
        while (j > 0 && words < 4) {
            size_t e = j;
            while (j > 0 && e - j <= 32 &&
                   ((d->text[j - 1] >= 'A' && d->text[j - 1] <= 'Z') ||
                    (d->text[j - 1] >= 'a' && d->text[j - 1] <= 'z') || d->text[j - 1] == '.'))
                j--;
            if (j == e || e - j > 32)
                return 0; /* a place's name is short: at most 32 bytes a word are read */
            words++;
            while (j > 0 && d->text[j - 1] == ' ')
                j--;
            if (j == 0 || d->text[j - 1] == '\n')
                break;
        }
        if (words == 0 || words > 3 || (j > 0 && d->text[j - 1] != '\n'))
            return 0;
    }
    size_t j = m->end;
    while (j < d->len && j < m->end + 4 && d->text[j] == ' ')
        j++;
    const unsigned char *u = (const unsigned char *)d->text + j;
    return j < d->len && (u[0] == '-' || (j + 2 < d->len && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94)));
}

/* 1 if date mention k is followed by a page's clock time: at most a comma,
 * a dash or a bar between, then "hh:mm" and a time zone ("Selasa
 * 08-10-2024,20:44 WIB", nomorsatukaltim.disway.id; "Kompas.com -
 * 25/03/2019, 17:49 WIB"): a publication stamp wherever it stands. A deed's
 * hour is written with "pukul" ("pada hari kamis (26/09/2024) pukul 08:33
 * WIB", fresh 011) and is not one. */
static int clock_stamp(const dctx *d, size_t k)
{
    size_t j = d->m[k].end, n = 0;
    while (j < d->len && n < 4 && (d->text[j] == ' ' || d->text[j] == ',' || d->text[j] == '-' || d->text[j] == '|'))
        j++, n++;
    if (j + 2 < d->len && (unsigned char)d->text[j] == 0xE2 && (unsigned char)d->text[j + 1] == 0x80)
        for (j += 3; j < d->len && d->text[j] == ' ' && n < 8; n++)
            j++;
    const char *t = d->text + j;
    if (d->len - j < 8 || !(t[0] >= '0' && t[0] <= '9') || !(t[1] >= '0' && t[1] <= '9') || t[2] != ':' ||
        !(t[3] >= '0' && t[3] <= '9') || !(t[4] >= '0' && t[4] <= '9'))
        return 0;
    j += 5;
    if (j < d->len && d->text[j] == ' ')
        j++;
    return d->len - j >= 3 && d->text[j] == 'W' && d->text[j + 1] == 'I' && (d->text[j + 2] == 'B' || d->text[j + 2] == 'T');
}

/* 1 if date mention k is told as a deed's time: "pada" or "sekitar"
 * right before it, or before "hari"/"tanggal"/"tgl" before it ("membagikan
 * uang kepada warga pada Senin (25/11/2024), 17:49 WIB"), in a sentence
 * that tells an act. A clock after such a day is the deed's hour, not a
 * page's stamp (clock_stamp()): a stamp opens its line or follows the
 * site's name and a dash ("Kompas.com - 25/03/2019, 17:49 WIB"). At most
 * DEED_SCAN mentions each way are read for the act. */
#define DEED_SCAN ((size_t)32)
static int deed_time_told(const dctx *d, size_t k)
{
    size_t i = d->m[k].start;
    int found = 0;
    for (int pass = 0; pass < 2 && !found; pass++) {
        size_t e = i;
        while (e > 0 && d->text[e - 1] == ' ')
            e--;
        size_t b = e;
        while (b > 0 && e - b < 8 &&
               ((d->text[b - 1] >= 'a' && d->text[b - 1] <= 'z') || (d->text[b - 1] >= 'A' && d->text[b - 1] <= 'Z')))
            b--;
        if (b == e || (b > 0 && d->text[b - 1] != ' '))
            return 0;
        if (word_is(d->text + b, e - b, "pada") || word_is(d->text + b, e - b, "sekitar"))
            found = 1;
        else if (pass == 0 && (word_is(d->text + b, e - b, "hari") || word_is(d->text + b, e - b, "tanggal") ||
                               word_is(d->text + b, e - b, "tgl")))
            i = b;
        else
            return 0;
    }
    if (!found)
        return 0;
    size_t s = d->m[k].sentence;
    for (size_t q = k, n = 0; q-- > 0 && d->m[q].sentence == s && n < DEED_SCAN; n++)
        if (d->m[q].kind == PK_EXTRACT_MENTION_ACT)
            return 1;
    for (size_t q = k + 1, n = 0; q < d->nm && d->m[q].sentence == s && n < DEED_SCAN; q++, n++)
        if (d->m[q].kind == PK_EXTRACT_MENTION_ACT)
            return 1;
    return 0;
}

/* 1 if date mention k is "per (tanggal) X": the day a rule or a change
 * takes effect ("sudah dilimpahkan ke BKN, karena per tanggal 24 Agustus,
 * KASN melebur ke BKN"), not a deed's. */
static int effective_day(const dctx *d, size_t k)
{
    size_t i = d->m[k].start;
    while (i > 0 && d->text[i - 1] == ' ')
        i--;
    if (i >= 7 && word_is(d->text + i - 7, 7, "tanggal")) {
        i -= 7;
        while (i > 0 && d->text[i - 1] == ' ')
            i--;
    }
    return i >= 3 && word_is(d->text + i - 3, 3, "per") && (i == 3 || d->text[i - 4] == ' ' || d->text[i - 4] == ',');
}

/* 1 if date mention k, one day, is bound by a word of relative time right before
 * it (or before "tanggal"): a cut-off ("Hingga Rabu 2 Oktober 2024,
 * pihaknya sudah ...", "hingga Selasa (8/10) telah ada 54 kali kampanye",
 * "paling lambat"), a start ("sejak tanggal 25 September") or a day the
 * deed came before or after ("sebelum", "setelah", "usai", "pasca",
 * "menjelang"): the deed's day is not that one and cannot be pinned. */
static int bound_day(const dctx *d, size_t k)
{
    static const char *const words[] = {"hingga", "sampai", "sebelum", "setelah", "sesudah", "usai",
                                        "pasca", "sejak", "menjelang", "jelang", "lambat"};
    size_t i = d->m[k].start, e, b;
    if (d->m[k].date_kind == PK_DATE_KIND_RANGE)
        return 0; /* "sejak 25 September hingga 23 November 2024": the range told */
    for (int pass = 0; pass < 2; pass++) {
        e = i;
        while (e > 0 && d->text[e - 1] == ' ')
            e--;
        b = e;
        while (b > 0 && e - b < 10 && ((d->text[b - 1] >= 'a' && d->text[b - 1] <= 'z') ||
                                       (d->text[b - 1] >= 'A' && d->text[b - 1] <= 'Z')))
            b--;
        if (b == e || (b > 0 && ((d->text[b - 1] >= 'a' && d->text[b - 1] <= 'z') ||
                                 (d->text[b - 1] >= 'A' && d->text[b - 1] <= 'Z'))))
            return 0;
        if (pass == 0 && (word_is(d->text + b, e - b, "tanggal") || word_is(d->text + b, e - b, "tgl"))) {
            i = b;
            continue;
        }
        for (size_t q = 0; q < sizeof words / sizeof words[0]; q++)
            if (word_is(d->text + b, e - b, words[q]))
                return 1;
        return 0;
    }
    return 0;
}

/* 1 if date mention k may be a deed's day by its words alone: not a
 * dateline's or a page's stamp, an effective date or a day bound by
 * relative time. */
static int deed_day(const dctx *d, size_t k)
{
    uint8_t b = d->before_of[k]; /* asked for every act near the date: read once */
    if (!(b & 0x40u)) {
        int yes = !dateline_day(d, k) && !(clock_stamp(d, k) && !deed_time_told(d, k)) && !effective_day(d, k) &&
                  !bound_day(d, k);
        b = (uint8_t)(b | 0x40u | (yes ? 0x80u : 0u));
        d->before_of[k] = b;
    }
    return (b & 0x80u) != 0;
}

/* The role label of the person the sentence of act a opens by pointing
 * back to: "Oknum Kades tersebut diduga siap melakukan serangan fajar"
 * (a role with "tersebut"/"itu" after it and at most one word before it
 * at the sentence's start) gives "kepala_desa"; "Ia"/"Dia" opening it gives
 * "" (anyone). NULL if the sentence opens otherwise. Reads at most 32
 * mentions and 64 bytes back. */
static const char *person_backref(const dctx *d, size_t a)
{
    size_t f = a;
    for (size_t n = 0; f > 0 && n < 32 && d->m[f - 1].sentence == d->m[a].sentence; n++)
        f--;
    if (f > 0 && d->m[f - 1].sentence == d->m[a].sentence)
        return NULL;
    /* the sentence's first word: back from the first mention to a stop */
    size_t i = d->m[f].start, n = 0, words = 0, w0 = i, w1 = i;
    while (i > 0 && n < 64) {
        char c = d->text[i - 1];
        if (c == '.' || c == '!' || c == '?' || c == '\n')
            break;
        if (c == ' ') {
            i--;
            n++;
            continue;
        }
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return NULL;
        w1 = i;
        while (i > 0 && ((d->text[i - 1] >= 'A' && d->text[i - 1] <= 'Z') || (d->text[i - 1] >= 'a' && d->text[i - 1] <= 'z')))
            i--, n++;
        w0 = i;
        if (++words > 2)
            return NULL;
    }
    if (n >= 64)
        return NULL;
    if (words >= 1 && (word_is(d->text + w0, w1 - w0, "ia") || word_is(d->text + w0, w1 - w0, "dia")))
        return "";
    const pk_extract_mention *r = &d->m[f];
    if (words > 1 || r->kind != PK_EXTRACT_MENTION_ROLE || !r->label)
        return NULL;
    size_t e = r->end, j;
    size_t w = next_word(d->text, e, d->len < e + 16 ? d->len : e + 16, &j);
    return w == e + 1 && (word_is(d->text + w, j - w, "tersebut") || word_is(d->text + w, j - w, "itu")) ? r->label
                                                                                                         : NULL;
}

static int letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

/* The start of the sentence holding byte `at`: the byte after the last
 * stop ('.', '!', '?', a line break) before it, at most 240 bytes back;
 * (size_t)-1 when none is that near (a text's start counts as a stop). */
static size_t sentence_start(const dctx *d, size_t at)
{
    for (size_t i = at, n = 0; n <= 240; i--, n++) {
        if (i == 0)
            return 0;
        char ch = d->text[i - 1];
        if (ch == '.' || ch == '!' || ch == '?' || ch == '\n')
            return i;
    }
    return (size_t)-1;
}

/* The start of the sentence of mention k, or the mention's own start
 * when no stop is near enough. */
static size_t lo_of(const dctx *d, size_t k)
{
    size_t st = sentence_start(d, d->m[k].start);
    return st == (size_t)-1 ? d->m[k].start : st;
}

/* 1 if the sentence of mention f (its first) opens by naming again, with
 * "tersebut" or "itu", a thing the text from byte lo names: its first
 * word, of four letters or more, is followed within three more words by
 * "tersebut"/"itu", and lo..its start (at most 1,024 bytes read) holds
 * that word ("Sejumlah amplop sebanyak 121 diamankan ... pada Senin
 * (25/11/2024) dini hari. Amplop tersebut berisikan uang tunai ...,
 * dugaan untuk praktik serangan fajar", fresh4 013; "... menggunakan modus
 * bagi-bagi minyak goreng kemasan. Bagi-bagi minyak goreng tersebut ...
 * dilakukan ..., Sabtu (2/11) lalu", fresh5 035): the two sentences tell
 * one deed. */
static int echo_opening(const dctx *d, size_t f, size_t lo)
{
    size_t st = sentence_start(d, d->m[f].start);
    if (st == (size_t)-1 || st <= lo)
        return 0;
    size_t i = st;
    while (i < d->len && (d->text[i] == ' ' || d->text[i] == '\n' || d->text[i] == '"'))
        i++;
    size_t w0 = i;
    while (i < d->len && i - w0 < 32 && (letter(d->text[i]) || (d->text[i] == '-' && i + 1 < d->len && letter(d->text[i + 1]))))
        i++;
    size_t w1 = i;
    if (w1 - w0 < 4 || w1 - w0 >= 32)
        return 0;
    int named = 0;
    for (int words = 0; words < 3 && !named; words++) {
        if (i >= d->len || d->text[i] != ' ')
            return 0;
        size_t e, b = next_word(d->text, i, d->len < i + 40 ? d->len : i + 40, &e);
        if (b != i + 1 || e == b)
            return 0;
        named = word_is(d->text + b, e - b, "tersebut") || word_is(d->text + b, e - b, "itu");
        i = e;
    }
    if (!named)
        return 0;
    size_t from = st - lo > 1024 ? st - 1024 : lo;
    for (size_t j = from; j + (w1 - w0) <= st; j++)
        if ((j == 0 || !letter(d->text[j - 1])) && pk__ieq_ascii(d->text + j, d->text + w0, w1 - w0) && !letter(d->text[j + (w1 - w0)]) && j != w0)
            return 1;
    return 0;
}

/* The date a back-reference ties to act a whose sentence has none: the
 * last date of the sentence before when the act's sentence opens with
 * "Dalam kegiatan tersebut" (even over a paragraph break), or when it
 * opens by pointing back to a person that sentence names ("X tertangkap
 * Petugas Panwas pada Rabu pagi, 27 November 2024. Oknum Kades tersebut
 * diduga siap melakukan serangan fajar", same paragraph); else the first
 * date of the next sentence of the paragraph when that one opens with
 * "Dugaan itu ...". Looks at most 64 mentions each way. NONE if neither. */
static size_t backref_date(const dctx *d, size_t a)
{
    const pk_extract_mention *am = &d->m[a];
    const char *who = d->x[a].sent_backref ? NULL : person_backref(d, a);
    size_t f = a, p = NONE; /* the first mention of a's sentence, of the sentence before */
    for (size_t n = 0; f > 0 && n < 64 && d->m[f - 1].sentence == am->sentence; n++)
        f--;
    for (size_t k = f, n = 0; k-- > 0 && n < 64 && d->m[k].sentence + 1 == am->sentence && d->x[k].para == d->x[a].para; n++)
        p = k;
    int echo = !d->x[a].sent_backref && !who && p != NONE && d->m[f].sentence == am->sentence &&
               echo_opening(d, f, lo_of(d, p));
    if (d->x[a].sent_backref || who || echo) {
        size_t date = NONE;
        int named = !who;
        for (size_t k = a, n = 0; k-- > 0 && n < 64; n++) {
            const pk_extract_mention *m = &d->m[k];
            if (m->sentence + 1 < am->sentence || (who && d->x[k].para != d->x[a].para))
                break;
            if (m->sentence + 1 != am->sentence)
                continue;
            if (date == NONE && day_date(m) && deed_day(d, k))
                date = k;
            if (who && m->kind == PK_EXTRACT_MENTION_ROLE && m->label && (!who[0] || pk__same_label(m->label, who)))
                named = 1;
        }
        if (date != NONE && named)
            return date;
    }
    int echo_next = -1; /* the next sentence names a thing of a's again (echo_opening()); -1: not read yet */
    for (size_t k = a + 1, n = 0; k < d->nm && n < 64; k++, n++) {
        const pk_extract_mention *m = &d->m[k];
        if (m->sentence > am->sentence + 1 || d->x[k].para != d->x[a].para)
            break;
        if (m->sentence != am->sentence + 1 || !day_date(m) || !deed_day(d, k))
            continue;
        if (d->x[k].sent_backref)
            return k;
        if (echo_next < 0) {
            size_t g = k; /* the first mention of the next sentence */
            while (g > a + 1 && d->m[g - 1].sentence == m->sentence)
                g--;
            echo_next = d->m[f].sentence == am->sentence && echo_opening(d, g, lo_of(d, f));
        }
        if (echo_next)
            return k;
    }
    return NONE;
}

/* 1 if a speech verb that opens what is told ("X menyatakan bahwa ...",
 * "X mengatakan, ...": not a closing ", kata X") stands between date k
 * and act a of its sentence with no act between date and verb, and the
 * draft's actor is named after the verb or not at all: the date is the
 * saying's ("Pada Kamis, 5 Desember 2024, Pelaksana Harian Direktur
 * Jenderal Politik dan Pemerintahan Umum Kementerian Dalam Negeri,
 * Syarmadani, menyatakan bahwa sebanyak 19 aparatur sipil negara (ASN)
 * yang melanggar netralitas ..."); when the speaker is the actor, the
 * saying may be the deed. */
static int said_before(const dctx *d, const pk_extract_draft *dr, size_t k, size_t a)
{
    size_t who = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    for (size_t q = k + 1; q < a; q++) {
        const pk_extract_mention *m = &d->m[q];
        if (m->kind == PK_EXTRACT_MENTION_ACT)
            return 0;
        if (m->kind == PK_EXTRACT_MENTION_SPEECH && (tells_that(d, q) || !pk__closes_clause(d->text, m->start)))
            return who == PK_EXTRACT_NO_MENTION || who > q;
    }
    return 0;
}

/* 1 if date k, before act a in a sentence framed by a `relative` cue
 * ("Setelah rapat kerja pada Senin (7/10/2024), kepala desa itu membagikan
 * uang"), lies in the frame: after the cue with no comma between. The day
 * is the framing event's, not the deed's (a comma before it, "Menjelang
 * pencoblosan, pada Selasa (26/11), tim sukses membagikan uang", dates the
 * deed). Looks at most 8 mentions and 400 bytes back. */
static int in_frame(const dctx *d, size_t k, size_t a)
{
    if (k >= a || !d->x[a].sent_relative || d->m[k].sentence != d->m[a].sentence)
        return 0;
    for (size_t r = k, n = 0; r-- > 0 && n < 8; n++) {
        if (d->m[r].sentence != d->m[k].sentence)
            return 0;
        if (cue_is(d, r, "relative", NULL))
            return d->m[k].start >= d->m[r].end && d->m[k].start - d->m[r].end <= 400 &&
                   memchr(d->text + d->m[r].end, ',', d->m[k].start - d->m[r].end) == NULL;
    }
    return 0;
}

/* 1 if byte `at` lies inside a quotation: an odd number of quotation
 * marks (", U+201C, U+201D) stands between it and the start of its line
 * (at most 2,048 bytes back). A relative day there ("\u201cSeperti pada
 * kegiatan deklarasi kemarin, ...,\u201d bebernya", fresh4 002) counts from
 * the day the words were said, which the reference date (the
 * publication's) is not. */
static int quoted(const dctx *d, size_t at)
{
    size_t n = 0;
    for (size_t i = at, k = 0; i > 0 && k < 2048 && d->text[i - 1] != '\n'; i--, k++) {
        const unsigned char *u = (const unsigned char *)d->text + i - 1;
        n += *u == '"' || (i >= 3 && u[-2] == 0xE2 && u[-1] == 0x80 && (u[0] == 0x9C || u[0] == 0x9D));
    }
    return n % 2 == 1;
}

/* 1 if a day of a statement (a one-day date flagged as the statement's)
 * follows date k in its paragraph (at most 64 mentions on): the words
 * with k are dated ("\"Kemarin itu ada anak muda ... isinya uang,'' ujar
 * Muhammad Djafar ..., saat dihubungi, Sabtu (21/11/2020)", fresh2 022). */
static int dated_saying(const dctx *d, size_t k)
{
    for (size_t j = k + 1, n = 0; j < d->nm && n < 64 && d->x[j].para == d->x[k].para; j++, n++)
        if (d->m[j].kind == PK_EXTRACT_MENTION_DATE && d->m[j].date_kind == PK_DATE_KIND_DATE &&
            (d->m[j].flags & PK_EXTRACT_FLAG_STATEMENT))
            return 1;
    return 0;
}

/* 1 if date k, after act a in its sentence, follows a person of another
 * kind than the draft's actor named between them as an actor, with "serta"
 * or "dan" before that person: the day is in the clause of the other
 * person's deed ("Perbekel ... diduga mengunggah kegiatan pendaftaran ...,
 * serta informasi awal mengenai foto dua orang ASN yang hadir saat
 * pendaftaran pada 29 Agustus 2024", fresh5 042). Not a person the deed is
 * done to or with ("kepada", "terhadap", "untuk", "bersama", "dengan"
 * before it, up to a comma: "membagikan uang kepada warga dan ketua RT").
 * Reads at most 64 mentions and 2,048 bytes (a day further is left be). */
static int other_clause_day(const dctx *d, const pk_extract_draft *dr, size_t a, size_t k)
{
    static const char *const with[] = {"kepada", "terhadap", "untuk", "bersama", "dengan"};
    size_t who = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    if (k <= a || k - a > 64 || d->m[k].start - d->m[a].start > 2048 || !dr->actor_label || !dr->actor_label[0] ||
        d->m[k].sentence != d->m[a].sentence || (who != PK_EXTRACT_NO_MENTION && who > a && who < k))
        return 0; /* the actor named after the act: persons joined to it share the deed ("Deklarasi tersebut
                     dilakukan Camat dan Kepala Desa ..., 30 Juli 2024", fresh7 018) */
    int joined = 0, object = 0;
    size_t pos = d->m[a].start; /* words read up to here (the act's own: "berfoto bersama") */
    for (size_t j = a + 1; j < k; j++) {
        const pk_extract_mention *m = &d->m[j];
        int role = m->kind == PK_EXTRACT_MENTION_ROLE;
        size_t upto = role ? m->start : m->end; /* a role's own words are the person, the rest may be "kepada" */
        for (size_t i = pos, e; i < upto; i = e) {
            size_t b = next_word(d->text, i, upto, &e);
            if (e == b)
                break;
            if (memchr(d->text + i, ',', b - i))
                object = 0;
            joined |= word_is(d->text + b, e - b, "serta") || word_is(d->text + b, e - b, "dan");
            for (size_t q = 0; q < sizeof with / sizeof with[0]; q++)
                object |= word_is(d->text + b, e - b, with[q]);
        }
        if (m->end > pos)
            pos = m->end;
        if (joined && !object && role && actor_candidate(m, &d->x[j]) && !pk__label_is(m->label, "voter") &&
            !pk__same_label(m->label, dr->actor_label))
            return 1;
    }
    return 0;
}

/* The day of the sentence after the act's that gave the draft its place:
 * news opens with a line naming the case ("Pembacokan Saksi Pilkada di
 * Sampang", fresh3 025; "SEHARI menjelang pemungutan suara ..., berbagai
 * dugaan pelanggaran ...", dates_dev 025) and tells where and when in the
 * next sentence ("Di Kecamatan Koto Sebelas Tarusan, Pesisir Selatan, warga
 * mencegat sebuah minibus ..., Selasa dini hari (26/11)"); fill_region()
 * already took that sentence's district or village (d->next_place), and its
 * day goes with it. Only the sentence right after the act's, in its
 * paragraph (a place told sentences later often comes with another deed's
 * day: fresh6 020), only a day that may be a deed's (not a statement's, a link's, in a prohibition,
 * a stamp or a bound day), and only when that sentence names one such day
 * (two days: missing beats wrong). NONE otherwise. Reads at most
 * 2 * PLACE_DAY_SCAN mentions of one sentence: linear over the drafts. */
#define PLACE_DAY_SCAN ((size_t)32)
static size_t place_day(const dctx *d, const pk_extract_draft *dr, size_t a)
{
    size_t p = dr->evidence[PK_EXTRACT_FIELD_DISTRICT].mention;
    if (dr->evidence[PK_EXTRACT_FIELD_DISTRICT].how != PK_EXTRACT_HOW_INFERRED) {
        p = dr->evidence[PK_EXTRACT_FIELD_VILLAGE].mention;
        if (dr->evidence[PK_EXTRACT_FIELD_VILLAGE].how != PK_EXTRACT_HOW_INFERRED)
            return NONE;
    }
    size_t np = d->next_place[a];
    if (p == PK_EXTRACT_NO_MENTION || p >= d->nm || np == NONE || d->m[p].sentence != d->m[np].sentence ||
        d->m[p].sentence != d->m[a].sentence + 1 || d->x[p].para != d->x[a].para)
        return NONE;
    size_t s = p, n = 0;
    while (s > 0 && d->m[s - 1].sentence == d->m[p].sentence && n++ < PLACE_DAY_SCAN)
        s--;
    size_t day = NONE;
    for (size_t k = s; k < d->nm && d->m[k].sentence == d->m[p].sentence; k++) {
        if (k - s >= 2 * PLACE_DAY_SCAN)
            return NONE; /* a sentence of many names: not read further, linear */
        if (!day_date(&d->m[k]) || !deed_day(d, k))
            continue;
        if (day != NONE && pk_date_compare(d->m[day].from, d->m[k].from) != 0)
            return NONE;
        day = day == NONE ? k : day;
    }
    return day;
}

static void fill_date(dctx *d, pk_extract_draft *dr, size_t a, size_t lo, size_t hi, const walk *w)
{
    size_t best = NONE, best_dist = 0, said = NONE, who = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    for (size_t k = lo; k < hi; k++) {
        const pk_extract_mention *m = &d->m[k];
        /* after a speech verb closing the quote that tells the act, the
         * words are the speaker's and the day is the one of the speaking,
         * however far ("...,\" kata Uray Juliansyah, saat dialog publik dan
         * deklarasi Pilkada damai yang digelar IKA PPKn Universitas PGRI
         * Pontianak, Kamis (26/9/2024)") */
        if (said == NONE && k > a && m->kind == PK_EXTRACT_MENTION_SPEECH && pk__closes_clause(d->text, m->start) &&
            (who == PK_EXTRACT_NO_MENTION || who < k))
            said = k; /* not when the speaker is the actor ("\"Saya mendukung paslon 2,\" kata Kades X, Senin"):
                         the saying may be the deed */
        if (m->kind != PK_EXTRACT_MENTION_DATE || m->date_kind == PK_DATE_KIND_UNRESOLVED ||
            (m->flags & (PK_EXTRACT_FLAG_STATEMENT | PK_EXTRACT_FLAG_LINK)) || !deed_day(d, k) || said != NONE ||
            in_frame(d, k, a) || other_clause_day(d, dr, a, k))
            continue;
        size_t dist = k < a ? a - k : k - a;
        if (best == NONE || dist < best_dist) {
            best = k;
            best_dist = dist;
        }
    }
    if (best != NONE && best < a && said_before(d, dr, best, a))
        return;
    pk_extract_how how = PK_EXTRACT_HOW_STATED;
    double conf = 0.8;
    if (best == NONE) {
        /* no date in the act's sentence: the paragraph's occurrence date
         * ("terjadi pada ..."), else the nearest date before the act in the
         * paragraph (the act told first, its deed in the next sentence:
         * "... pada 29 September 2024. Dalam kegiatan tersebut, X mendanai
         * acara"), else the text's occurrence date when the text gives one
         * day only ("Waktu Kejadian: ...", "kampanye berlangsung pada ..."
         * in another paragraph); several days: missing beats wrong */
        how = PK_EXTRACT_HOW_INFERRED;
        conf = 0.6;
        if (d->x[a].sent_relative) {
            /* "Setelah Rakercab, X berkoordinasi ...": another day than the
             * Rakercab's; only a later sentence of the paragraph telling the
             * occurrence dates it ("Menjelang hari pencoblosan, Satgas ...
             * mengamankan tiga orang warga ... Warga tersebut diamankan ...
             * pada Selasa (8/12/2020)", dates_dev 027) */
            best = d->next_occur[a];
            if (best == NONE || d->m[best].sentence != d->m[a].sentence + 1)
                best = place_day(d, dr, a), conf = 0.45; /* or the next sentence that gave the place */
            if (best == NONE)
                return;
        } else
            best = backref_date(d, a);
        if (best == NONE)
            best = w->last_occur != NONE ? w->last_occur : d->next_occur[a];
        if (best == NONE && (best = place_day(d, dr, a)) != NONE)
            conf = 0.45;
        /* a date of another sentence that names no occurrence is at most
         * a low-confidence answer: reports date the report, the hearing or
         * the statement in the sentences around the deed (dates_dev:
         * "Kasus itu sudah diputus oleh pengadilan pada sidang Kamis, 19
         * November lalu" after the deed's sentence) */
        if (best == NONE && w->last_date != NONE) {
            best = w->last_date;
            conf = 0.45;
        }
        if (best == NONE && d->doc_occur != NONE && !d->x[a].sent_shift) {
            best = d->doc_occur;
            conf = 0.4;
        }
    } else if ((best_dist > 0 && d->x[best].word + 24 < d->x[a].word) ||
               (best > a && d->x[best].word > d->x[a].word_end + 24)) {
        /* in the act's sentence but more than 24 words before its verb, or
         * after it: another clause's day as often as the deed's ("Pada
         * Kamis, 5 Desember 2024, Pelaksana Harian Direktur Jenderal Politik
         * dan Pemerintahan Umum Kementerian Dalam Negeri, Syarmadani,
         * menyatakan bahwa sebanyak 19 aparatur sipil negara ..."): low
         * confidence */
        conf = 0.45;
    }
    if (best == NONE || (said != NONE && best > said && d->m[best].sentence == d->m[a].sentence))
        return; /* nor by the context: the day of the speaking ("..., saat dialog ... yang digelar ...") */
    const pk_extract_mention *m = &d->m[best];
    if ((m->date_flags & PK_DATE_FLAG_RELATIVE) && quoted(d, m->start) && !dated_saying(d, best))
        return; /* "kemarin" in a speaker's words counts from the day of speaking, not from the reference */
    if (m->date_flags & (PK_DATE_FLAG_YEAR_INFERRED | PK_DATE_FLAG_RELATIVE))
        conf -= 0.15;
    if (m->date_flags & PK_DATE_FLAG_YEAR_FROM_WEEKDAY) { /* the year is the cycle's, read from the weekday */
        how = PK_EXTRACT_HOW_INFERRED;
        conf = conf < 0.6 ? conf : 0.6;
    }
    /* a weekday or relative words that contradict the date: the day cannot
     * be pinned ("Minggu (23/11/2024) pagi": 23 Nov 2024 was a Saturday,
     * the story dated Sunday 24 Nov); the mention keeps its flag, the
     * draft stays without a date (missing beats wrong) */
    if (m->date_flags & (PK_DATE_FLAG_WEEKDAY_MISMATCH | PK_DATE_FLAG_RELATIVE_MISMATCH))
        return;
    if (m->date_flags & PK_DATE_FLAG_NEEDS_REFERENCE) { /* the year is the cycle's guess (no reference date) */
        how = PK_EXTRACT_HOW_INFERRED;
        conf = conf < 0.45 ? conf : 0.45;
    }
    if (m->date_kind == PK_DATE_KIND_RANGE) {
        dr->occurred_from = m->from;
        dr->occurred_to = m->to;
        conf = 0.5;
    } else {
        dr->incident.occurred = m->from;
    }
    set_ev(dr, PK_EXTRACT_FIELD_OCCURRED, how, conf, m, best);
}

/* 1 if role k, or a role of its label in mentions lo..hi, is counted
 * ("pelanggaran netralitas ASN berjumlah 64 ASN", fresh 014: the class
 * named after the neutrality word, its count after the total word). */
static int counted_as(const dctx *d, size_t k, size_t lo, size_t hi)
{
    if (counted(d, k))
        return 1;
    for (size_t j = lo; j < hi; j++)
        if (j != k && d->m[j].kind == PK_EXTRACT_MENTION_ROLE && d->m[j].sentence == d->m[k].sentence &&
            strcmp(d->m[j].label, d->m[k].label) == 0 && counted(d, j))
            return 1;
    return 0;
}

/* 1 if the word "di" stands in text[from, to) (at most 48 bytes). */
static int di_between(const dctx *d, size_t from, size_t to)
{
    if (from > to || to > d->len || to - from > 48)
        return 0;
    for (size_t i = from, j; (i = next_word(d->text, i, to, &j)) < to; i = j)
        if (word_is(d->text + i, j - i, "di"))
            return 1;
    return 0;
}

/* 1 if text[from, to) holds commas, "dan", "serta", "di" and one to three
 * capitalised words after a comma (a place name the search did not read),
 * at most 48 bytes. */
static int unread_place(const dctx *d, size_t from, size_t to)
{
    if (from > to || to > d->len || to - from > 48)
        return 0;
    int names = 0, comma = 0;
    for (size_t i = from; i < to; i++)
        comma |= d->text[i] == ',';
    for (size_t i = from, j; (i = next_word(d->text, i, to, &j)) < to; i = j) {
        const char *w = d->text + i;
        if (word_is(w, j - i, "dan") || word_is(w, j - i, "serta") || word_is(w, j - i, "di"))
            continue;
        if (!(w[0] >= 'A' && w[0] <= 'Z') || ++names > 3)
            return 0;
    }
    return comma && names > 0;
}

/* A list of kecamatan being read (place_list(), carried_list()): n
 * entries so far, the desa v named since the last one (nv of them), at
 * most cap entries inside kabupaten/kota rid; entry i is district mention
 * bd[i] with desa bv[i] (NONE: none, or more than one). */
typedef struct plist {
    size_t n, v, nv, cap;
    pk_place_id rid;
    size_t *bd, *bv;
    pk_place_id ids[8];
} plist;

/* An empty list of at most cap (<= 8) kecamatan inside kabupaten/kota rid,
 * its entries written to bd[] and bv[]. */
static plist plist_new(pk_place_id rid, size_t *bd, size_t *bv, size_t cap)
{
    plist l = {0, NONE, 0, cap > 8 ? 8 : cap, rid, NULL, NULL, {0}};
    l.bd = bd; /* assigned, not initialised: the lists are written through them */
    l.bv = bv;
    return l;
}

/* Takes place mention k into list l: a desa waits for its kecamatan; a
 * kecamatan is an entry. 0 when the list is void: a kecamatan outside
 * l->rid or named twice, or more than l->cap. */
static int list_take(const dctx *d, plist *l, size_t k)
{
    if (d->m[k].kind == PK_EXTRACT_MENTION_VILLAGE) {
        l->v = k;
        l->nv++;
        return 1;
    }
    pk_place_id id = place_in(d, k, l->rid);
    if (!id || l->n == l->cap)
        return 0;
    for (size_t q = 0; q < l->n; q++)
        if (l->ids[q] == id)
            return 0;
    l->ids[l->n] = id;
    l->bd[l->n] = k;
    l->bv[l->n++] = l->nv == 1 ? l->v : NONE;
    l->v = NONE;
    l->nv = 0;
    return 1;
}

/* The kecamatan listed after act a in its sentence, each another place of
 * the same act ("politik uang juga terjadi di Desa Taman Sari, Kecamatan
 * Gunungsari, di Desa Langko, Kecamatan Lingsar, ... dan Desa Mesanggok,
 * Kecamatan Gerung", fresh3 050): one incident per kecamatan (corpus
 * README rule 4: two places are two incidents). An entry is a district
 * mention with the desa named before it since the last entry, kept when
 * it is the only one ("Desa Prajurit, Desa Plabu, dan Desa Tunggu Lawang,
 * Kecamatan Kuripan": the kecamatan alone). The first place follows a "di"
 * within 48 bytes of the act; the places are joined by commas, "dan",
 * "serta", "di" (joins_places()); another act word ends the list. Every
 * kecamatan must lie in the draft's kabupaten/kota (the registry says so),
 * and no two be the same, else none: missing beats wrong. Writes the
 * district and village mentions to bd[], bv[] (NONE: no desa); two or
 * more entries (at most cap), else 0. Reads at most WINDOW mentions. */
static size_t place_list(const dctx *d, const pk_extract_draft *dr, size_t a, size_t *bd, size_t *bv, size_t cap)
{
    pk_place_id rid = 0;
    if (!dr->incident.region[0] || region_id(d, &rid, dr->incident.region) != PK_OK ||
        pk_place_level_of(rid) != PK_PLACE_KABKOTA)
        return 0;
    size_t end = d->m[a].end;
    plist l = plist_new(rid, bd, bv, cap);
    for (size_t k = a + 1; k < d->nm && k - a <= WINDOW && d->m[k].sentence == d->m[a].sentence; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (m->kind == PK_EXTRACT_MENTION_ACT)
            break;
        if ((m->kind != PK_EXTRACT_MENTION_DISTRICT && m->kind != PK_EXTRACT_MENTION_VILLAGE) || m->start < end)
            continue; /* cue words between are read by joins_places(); a region read from a place's words */
        if (!usable_place(m, &d->x[k]))
            break;
        if (end == d->m[a].end ? !di_between(d, end, m->start) : !joins_places(d, end, m->start, 0)) {
            /* a place the registry does not read between ("Desa Pelowok,
             * Kediri, dan Desa Mesanggok"): that entry is skipped */
            if (end == d->m[a].end || !unread_place(d, end, m->start))
                break;
            l.v = NONE;
            l.nv = 0;
        }
        end = m->end;
        if (!list_take(d, &l, k))
            return 0;
    }
    return l.n >= 2 ? l.n : 0;
}

/* Draft dr's kecamatan becomes district mention k, its desa village
 * mention v (NONE: none), both stated in the act's sentence. */
static void list_place(dctx *d, pk_extract_draft *dr, size_t k, size_t v)
{
    dr->district[0] = dr->district_code[0] = dr->village[0] = dr->village_code[0] = '\0';
    set_ev(dr, PK_EXTRACT_FIELD_VILLAGE, PK_EXTRACT_HOW_NONE, 0, NULL, 0);
    const char *t = d->m[k].text;
    const char *sp = strchr(t, ' ');
    pk__strlcpy_utf8(dr->district, sp && (strncmp(t, "Kec", 3) == 0 || strncmp(t, "Dis", 3) == 0) ? sp + 1 : t,
                     sizeof dr->district);
    set_ev(dr, PK_EXTRACT_FIELD_DISTRICT, PK_EXTRACT_HOW_STATED, 0.7, &d->m[k], k);
    if (v != NONE) {
        pk__strlcpy_utf8(dr->village, d->m[v].text, sizeof dr->village);
        set_ev(dr, PK_EXTRACT_FIELD_VILLAGE, PK_EXTRACT_HOW_STATED, 0.7, &d->m[v], v);
    }
    place_codes(d, dr, k, v, PK_EXTRACT_HOW_STATED, 0.7);
}

/* 1 if role k is draft dr's actor counted again ("keempat kades itu"). */
static int same_group(const dctx *d, size_t k, const pk_extract_draft *dr)
{
    return pk__same_label(d->m[k].label, dr->actor_label) && counted(d, k);
}

/* The kecamatan listed in the sentence that gave draft dr its place
 * (inferred, from another sentence of act a's paragraph telling no deed of
 * its own), from that place on: "Dia menjelaskan, keempat kades itu
 * masing-masing terdiri dari dua di Kecamatan Toribulu, satu di Kecamatan
 * Tinombo Selatan dan satunya lagi di Kecamatan Taopa" (fresh7 004),
 * "laporan-laporan ... terjadi di Desa Teladan Kecamatan Curup Selatan dan
 * Desa Kampung Delima Kecamatan Curup Timur" (fresh7 039): the deed told
 * elsewhere happened at each of them, one incident per kecamatan (corpus
 * README rule 4). Entries as in place_list(); a kecamatan may follow its
 * desa with nothing but spaces between. That sentence names nobody but
 * the draft's actor counted again ("keempat kades itu"): another person's
 * places are that person's ("Panitia Pemilihan Kecamatan (PPK) dari
 * Kecamatan Bungku Barat, Bungku Pesisir ...", fresh7 006). Every
 * kecamatan lies in the draft's kabupaten/kota, no two the same, else none.
 * Two or more entries (at most cap), else 0. Reads at most 2 * WINDOW
 * mentions. */
static size_t carried_list(const dctx *d, const pk_extract_draft *dr, size_t a, size_t *bd, size_t *bv, size_t cap)
{
    const pk_extract_evidence *e = &dr->evidence[PK_EXTRACT_FIELD_DISTRICT];
    pk_place_id rid = 0;
    if (e->how != PK_EXTRACT_HOW_INFERRED || e->mention == PK_EXTRACT_NO_MENTION || !dr->incident.region[0] ||
        region_id(d, &rid, dr->incident.region) != PK_OK || pk_place_level_of(rid) != PK_PLACE_KABKOTA)
        return 0;
    size_t p = e->mention;
    const pk_extract_evidence *ve = &dr->evidence[PK_EXTRACT_FIELD_VILLAGE];
    if (ve->how == PK_EXTRACT_HOW_INFERRED && ve->mention != PK_EXTRACT_NO_MENTION && ve->mention < p)
        p = ve->mention; /* "Desa Teladan Kecamatan Curup Selatan": the entry starts at its desa */
    if (d->m[p].sentence == d->m[a].sentence || d->x[p].para != d->x[a].para || d->x[p].sent_act_prio)
        return 0;
    for (size_t k = p; k > 0 && p - k < WINDOW && d->m[k - 1].sentence == d->m[p].sentence; k--)
        if (d->m[k - 1].kind == PK_EXTRACT_MENTION_ROLE && !same_group(d, k - 1, dr))
            return 0;
    size_t end = d->m[p].start;
    plist l = plist_new(rid, bd, bv, cap);
    for (size_t k = p; k < d->nm && k - p <= WINDOW && d->m[k].sentence == d->m[p].sentence; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (m->kind == PK_EXTRACT_MENTION_ROLE && !same_group(d, k, dr))
            return 0;
        if ((m->kind != PK_EXTRACT_MENTION_DISTRICT && m->kind != PK_EXTRACT_MENTION_VILLAGE) || m->start < end)
            continue;
        if (!usable_place(m, &d->x[k]))
            break;
        if (k != p && !joins_places(d, end, m->start, 0) &&
            !(m->kind == PK_EXTRACT_MENTION_DISTRICT && l.nv == 1 && m->start - end == 1 && d->text[end] == ' '))
            break;
        end = m->end;
        if (!list_take(d, &l, k))
            return 0;
    }
    return l.n >= 2 ? l.n : 0;
}

/* 1 if the words of text[b, e) (a sentence up to its first place) say
 * again how many there are: a collective numeral opening the sentence,
 * "ke" and a count ("Keenam pangulu berasal dari ...", "Keenam ASN ini
 * diproses di ..."; within a sentence "yang keenam" is the ordinal), or a
 * count of two or more right before a word of a place's kind or site
 * ("terjadi pada dua lokasi yang berbeda, yakni ...", "dari empat
 * kecamatan"). At most the last 160 bytes are read. */
static int counts_again(const dctx *d, size_t b, size_t e)
{
    static const char *const kinds[] = {"kecamatan", "kabupaten", "kota",     "daerah",
                                        "wilayah",   "desa",      "kelurahan", "lokasi"};
    const char *t = d->text;
    if (e < b)
        return 0;
    int count = 0, first = 1;
    if (e - b > 160) { /* the words nearest the place; a sentence's opening word is further */
        b = e - 160;
        first = 0;
    }
    for (size_t i = b, j; (i = next_word(t, i, e, &j)) < e; i = j) {
        const char *w = t + i;
        size_t n = j - i;
        if (first && n > 4 && (w[0] == 'k' || w[0] == 'K') && w[1] == 'e' && count_word(w + 2, n - 2) == 2 && j < e &&
            t[j] == ' ' && /* "Kedua, TPS 08 ...": the ordinal, "secondly" */
            !word_is(w + 2, n - 2, "para") && !word_is(w + 2, n - 2, "sejumlah") && !word_is(w + 2, n - 2, "beberapa"))
            return 1;
        first = 0;
        for (size_t q = 0; count && q < PK_ARRAY_LEN(kinds); q++)
            if (word_is(w, n, kinds[q]))
                return 1;
        count = (count_word(w, n) == 2 && !word_is(w, n, "para")) || (w[0] >= '2' && w[0] <= '9' && n == 1);
    }
    return 0;
}

/* 1 if bytes [from, to) join one place of a list told again to the
 * next: spaces, commas, "dan", "serta", "di", "dari", counts ("Kecamatan
 * Dompu 3 orang, di Panwaslu Kecamatan Woja 1 orang", "dan satunya lagi
 * di"), the words of a place's kind ("Maguwoharjo, Kapanewon Depok") and
 * at most four capitalised words, the name of a site or body at the next
 * place ("Kapanewon Tempel dan KenZ Billiard di Maguwoharjo", "di
 * Panwaslu Kecamatan Woja"), with a comma, "dan" or "serta" among them; a
 * desa and its kecamatan (`desa`) need none. At most 64 bytes. */
static int joins_told(const dctx *d, size_t from, size_t to, int desa)
{
    static const char *const kinds[] = {"kecamatan", "kapanewon", "distrik", "desa", "kelurahan", "kel", "ds"};
    if (from > to || to - from > 64)
        return 0;
    const char *s = d->text;
    int join = desa, names = 0;
    for (size_t i = from; i < to;) {
        if (s[i] == ' ' || s[i] == ',') {
            join |= s[i] == ',';
            i++;
            continue;
        }
        size_t j = i;
        while (j < to && s[j] != ' ' && s[j] != ',')
            j++;
        const char *w = s + i;
        size_t n = j - i, q = 0;
        while (q < PK_ARRAY_LEN(kinds) && !word_is(w, n, kinds[q]))
            q++;
        if (word_is(w, n, "dan") || word_is(w, n, "serta"))
            join = 1;
        else if (q == PK_ARRAY_LEN(kinds) && !word_is(w, n, "di") && !word_is(w, n, "dari") && !count_word(w, n) &&
                 !(w[0] >= '0' && w[0] <= '9') && !word_is(w, n, "orang") && !word_is(w, n, "masing") &&
                 !word_is(w, n, "berasal") && !word_is(w, n, "asal") && !word_is(w, n, "satunya") &&
                 !word_is(w, n, "lagi") && !(w[0] >= 'A' && w[0] <= 'Z' && ++names <= 4))
            return 0;
        i = j;
    }
    return join;
}

/* The kecamatan of draft dr's group told in a later sentence that tells
 * no deed and counts the group again (counts_again(), or the actor's
 * label counted: same_group()): "Bawaslu Simalungun memanggil enam
 * Pengulu Nagori ... dari empat kecamatan. ... dugaan keterlibatan mereka
 * mengampanyekan ... Keenam pangulu berasal dari Kecamatan Dolog Masagal,
 * Kecamatan Dolok Pardamean, Kecamatan Bandar Huluan dan Kecamatan
 * Hatonduhan" (fresh10 004), "Keenam ASN ini diproses di Panwaslu
 * Kecamatan Dompu 3 orang, di Panwaslu Kecamatan Woja 1 orang, dan 2
 * orang di Panwaslu Kecamatan Pajo" (fresh11 017), "dugaan
 * ketidaknetralan sejumlah lurah ... terjadi pada dua lokasi yang berbeda,
 * yakni Rumah Makan Joglo Jamal di Kapanewon Tempel dan KenZ Billiard di
 * Maguwoharjo, Kapanewon Depok" (fresh8 008): the deed told once of the
 * whole group happened at each place (corpus README rule 4: one incident
 * per actor and place). The sentence may be paragraphs away (the count
 * links it back), but is the first such one within REACH mentions after
 * act a, and names no person of another label (WINDOW mentions are read
 * before its first place and after it). Entries as in
 * place_list() (list_take(): every kecamatan inside the draft's
 * kabupaten/kota, each once, else none), joined by joins_told(). Not for
 * a draft whose kecamatan is stated in its own sentence. Writes the
 * entries to bd[], bv[]; two or more (at most cap), else 0. */
static size_t told_places(const dctx *d, const pk_extract_draft *dr, size_t a, size_t *bd, size_t *bv, size_t cap)
{
    size_t g = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    pk_place_id rid = 0;
    if (g == PK_EXTRACT_NO_MENTION || d->m[g].kind != PK_EXTRACT_MENTION_ROLE || !dr->incident.region[0] ||
        (dr->district[0] && dr->evidence[PK_EXTRACT_FIELD_DISTRICT].how == PK_EXTRACT_HOW_STATED) ||
        pk_place_lookup(NULL, &rid, dr->incident.region, NULL) != PK_OK || pk_place_level_of(rid) != PK_PLACE_KABKOTA)
        return 0;
    size_t tried = NONE; /* a sentence is read from its first place only */
    size_t own = d->m[a].sentence;
    size_t stop = d->nm - a > REACH ? a + REACH + 1 : d->nm;
    /* from one district/village mention of a sentence telling no act to
     * the next (next_quiet): the others are never read */
    for (size_t j = a + 1 < stop ? d->next_quiet[a + 1] : NONE; j < stop; j = j + 1 < stop ? d->next_quiet[j + 1] : NONE) {
        const pk_extract_mention *m = &d->m[j];
        if (m->sentence == own || m->sentence == tried)
            continue;
        tried = m->sentence;
        /* counts_again() reads the sentence's last 160 bytes before the
         * place: its start is looked for no further back than 161 */
        int again = counts_again(d, sentence_from(d, m->start, 161), m->start), other = 0;
        for (size_t k = j, steps = 0; k > 0 && steps < WINDOW && d->m[k - 1].sentence == m->sentence; k--, steps++) {
            const pk_extract_mention *p = &d->m[k - 1];
            if (p->kind == PK_EXTRACT_MENTION_ROLE) {
                again |= same_group(d, k - 1, dr);
                other |= !pk__same_label(p->label, dr->actor_label);
            }
        }
        if (!again)
            continue;
        if (other)
            return 0;
        plist l = plist_new(rid, bd, bv, cap);
        size_t end = m->start;
        int prev_desa = 0;
        for (size_t k = j; k < d->nm && k - j <= WINDOW && d->m[k].sentence == m->sentence; k++) {
            const pk_extract_mention *p = &d->m[k];
            if (p->kind == PK_EXTRACT_MENTION_ROLE && !pk__same_label(p->label, dr->actor_label))
                return 0;
            int desa = p->kind == PK_EXTRACT_MENTION_VILLAGE;
            if ((!desa && p->kind != PK_EXTRACT_MENTION_DISTRICT) || p->start < end)
                continue; /* a place read inside the one just taken */
            if ((p->flags & (PK_EXTRACT_FLAG_LINK | PK_EXTRACT_FLAG_AMBIGUOUS)) ||
                (k != j && !joins_told(d, end, p->start, prev_desa && !desa)))
                break;
            end = p->end;
            prev_desa = desa;
            if (!list_take(d, &l, k))
                return 0;
        }
        return l.n >= 2 ? l.n : 0;
    }
    return 0;
}

/* Draft dr's kecamatan becomes district mention k, its desa village
 * mention v (NONE: none), carried from another sentence (carried_list()). */
static void carried_place(dctx *d, pk_extract_draft *dr, size_t k, size_t v)
{
    list_place(d, dr, k, v);
    set_ev(dr, PK_EXTRACT_FIELD_DISTRICT, PK_EXTRACT_HOW_INFERRED, 0.5, &d->m[k], k);
    if (v != NONE)
        set_ev(dr, PK_EXTRACT_FIELD_VILLAGE, PK_EXTRACT_HOW_INFERRED, 0.5, &d->m[v], v);
}

/* 1 if bytes [from, to) only join one post to the next: spaces, commas,
 * dots, "dan", "serta" and the words of a place kind ("desa", "kelurahan",
 * "kel", "ds"), with a "dan", "serta" or comma among them ("Kecamatan
 * Mayong dan desa Banyuputih"). At most 32 bytes. */
static int joins_posts(const char *s, size_t from, size_t to)
{
    if (from > to || to - from > 32)
        return 0;
    int need = 0;
    for (size_t i = from; i < to;) {
        if (s[i] == ' ' || s[i] == ',' || s[i] == '.') {
            need |= s[i] == ',';
            i++;
            continue;
        }
        size_t j = i;
        while (j < to && s[j] != ' ' && s[j] != ',' && s[j] != '.')
            j++;
        if (word_is(s + i, j - i, "dan") || word_is(s + i, j - i, "serta"))
            need = 1;
        else if (!word_is(s + i, j - i, "desa") && !word_is(s + i, j - i, "kelurahan") &&
                 !word_is(s + i, j - i, "kel") && !word_is(s + i, j - i, "ds"))
            return 0;
        i = j;
    }
    return need;
}

/* 1 if bytes [from, to) are one to three spaces, with one comma among
 * them when comma. */
static int spaces_comma(const char *s, size_t from, size_t to, int comma)
{
    if (to <= from || to - from > 3)
        return 0;
    int n = 0;
    for (size_t i = from; i < to; i++)
        if (s[i] == ',' && comma)
            n++;
        else if (s[i] != ' ')
            return 0;
    return n <= 1;
}

/* The posts of draft dr's actor, a role named with a list of them right
 * after it ("kepala desa Bungu Kecamatan Mayong dan desa Banyuputih,
 * Kecamatan Kalinyamatan", fresh7 022; the role said again in apposition,
 * "kepala desa, yaitu kepala desa Bungu ...", is the same): one post per
 * kecamatan, each another person of that office (corpus README rule 4: one
 * incident per actor and place). The first place follows the role with
 * only spaces between; the next ones are joined by joins_posts(), a desa
 * and its kecamatan by spaces or a comma. Entries as in place_list(): every
 * kecamatan lies in the draft's kabupaten/kota, no two the same, else
 * none. Two or more entries (at most cap), else 0. Reads at most WINDOW
 * mentions. */
static size_t post_list(const dctx *d, const pk_extract_draft *dr, size_t *bd, size_t *bv, size_t cap)
{
    size_t g = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    pk_place_id rid = 0;
    if (g == PK_EXTRACT_NO_MENTION || d->m[g].kind != PK_EXTRACT_MENTION_ROLE || !dr->incident.region[0] ||
        region_id(d, &rid, dr->incident.region) != PK_OK || pk_place_level_of(rid) != PK_PLACE_KABKOTA)
        return 0;
    while (g + 1 < d->nm && d->m[g + 1].kind == PK_EXTRACT_MENTION_ROLE && d->m[g + 1].sentence == d->m[g].sentence &&
           pk__same_label(d->m[g + 1].label, d->m[g].label) && d->m[g + 1].start - d->m[g].end <= 16)
        g++; /* "kepala desa, yaitu kepala desa Bungu" */
    size_t end = d->m[g].end;
    plist l = plist_new(rid, bd, bv, cap);
    for (size_t k = g + 1; k < d->nm && k - g <= WINDOW && d->m[k].sentence == d->m[g].sentence; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (m->start < end)
            continue;
        if ((m->kind != PK_EXTRACT_MENTION_DISTRICT && m->kind != PK_EXTRACT_MENTION_VILLAGE) || !usable_place(m, &d->x[k]))
            break;
        int next = k == g + 1 ? spaces_comma(d->text, end, m->start, 0)
                              : (joins_posts(d->text, end, m->start) ||
                                 (m->kind == PK_EXTRACT_MENTION_DISTRICT && l.nv == 1 && spaces_comma(d->text, end, m->start, 1)));
        if (!next)
            break;
        end = m->end;
        if (!list_take(d, &l, k))
            return 0;
    }
    return l.n >= 2 ? l.n : 0;
}

static void fill_rest(dctx *d, pk_extract_draft *dr, size_t a, const pk_extract_options *o)
{
    const pk__xinfo *x = &d->x[a];
    const pk_extract_mention *am = &d->m[a];
    if (o->cycle) {
        dr->incident.cycle = o->cycle;
        set_ev(dr, PK_EXTRACT_FIELD_CYCLE, PK_EXTRACT_HOW_DEFAULTED, 1.0, NULL, 0);
    } else if (dr->incident.occurred.year) {
        const pk_region_cycle *cy = NULL;
        if (pk_region_cycle_find(&cy, dr->incident.occurred.year, NULL) == PK_OK) {
            dr->incident.cycle = dr->incident.occurred.year;
            const pk_extract_evidence *e = &dr->evidence[PK_EXTRACT_FIELD_OCCURRED];
            dr->evidence[PK_EXTRACT_FIELD_CYCLE] = *e;
            dr->evidence[PK_EXTRACT_FIELD_CYCLE].how = PK_EXTRACT_HOW_INFERRED;
        }
    }
    if (x->sent_cand & 1) {
        dr->incident.supported = PK_SUPPORTED_PROSPECTIVE;
        set_ev(dr, PK_EXTRACT_FIELD_SUPPORTED, PK_EXTRACT_HOW_STATED, 0.7, am, a);
    } else if (x->sent_cand & 2) {
        dr->incident.supported = PK_SUPPORTED_DETERMINED;
        set_ev(dr, PK_EXTRACT_FIELD_SUPPORTED, PK_EXTRACT_HOW_STATED, 0.6, am, a);
    }
    if ((x->sent_cand & 4) && dr->incident.actor == PK_ACTOR_REGIONAL_HEAD) {
        dr->incident.incumbent_candidate = PK_YES;
        set_ev(dr, PK_EXTRACT_FIELD_INCUMBENT, PK_EXTRACT_HOW_STATED, 0.7, am, a);
    }
}

static void merge_into(pk_extract_draft *old, const pk_extract_draft *nw)
{
    for (int f = 0; f < PK_EXTRACT_EVIDENCE_SLOTS; f++) {
        if (old->evidence[f].how != PK_EXTRACT_HOW_NONE || nw->evidence[f].how == PK_EXTRACT_HOW_NONE)
            continue;
        old->evidence[f] = nw->evidence[f];
        switch (f) {
        case PK_EXTRACT_FIELD_ACTOR:
            old->incident.actor = nw->incident.actor;
            old->actor_label = nw->actor_label;
            break;
        case PK_EXTRACT_FIELD_REGION: memcpy(old->incident.region, nw->incident.region, sizeof old->incident.region); break;
        case PK_EXTRACT_FIELD_OCCURRED:
            old->incident.occurred = nw->incident.occurred;
            old->occurred_from = nw->occurred_from;
            old->occurred_to = nw->occurred_to;
            break;
        case PK_EXTRACT_FIELD_DISTRICT:
            memcpy(old->district, nw->district, sizeof old->district);
            memcpy(old->district_code, nw->district_code, sizeof old->district_code);
            break;
        case PK_EXTRACT_FIELD_VILLAGE:
            memcpy(old->village, nw->village, sizeof old->village);
            memcpy(old->village_code, nw->village_code, sizeof old->village_code);
            break;
        case PK_EXTRACT_FIELD_CYCLE: old->incident.cycle = nw->incident.cycle; break;
        case PK_EXTRACT_FIELD_SUPPORTED: old->incident.supported = nw->incident.supported; break;
        case PK_EXTRACT_FIELD_INCUMBENT: old->incident.incumbent_candidate = nw->incident.incumbent_candidate; break;
        default: break;
        }
    }
    /* the province of one telling, the kabupaten/kota within it of the
     * other: the finer one */
    if (strlen(old->incident.region) == 2 && strlen(nw->incident.region) > 2 &&
        strncmp(old->incident.region, nw->incident.region, 2) == 0) {
        memcpy(old->incident.region, nw->incident.region, sizeof old->incident.region);
        old->evidence[PK_EXTRACT_FIELD_REGION] = nw->evidence[PK_EXTRACT_FIELD_REGION];
    }
    /* the deed retold with its outcome ("... terbukti telah mengarahkan warga") */
    if (old->status == PK_EXTRACT_ALLEGED && !old->negated &&
        (nw->status == PK_EXTRACT_PROVEN || nw->status == PK_EXTRACT_SANCTIONED))
        old->status = nw->status;
    if (nw->confidence > old->confidence && !old->negated && old->status != PK_EXTRACT_DROPPED)
        old->confidence = nw->confidence;
}

static int same_or_unset(const char *a, const char *b) { return !a[0] || !b[0] || pk__same_label(a, b); }

/* 1 unless regions a and b (codes) are two different places: one unset,
 * the same, or a province and a kabupaten/kota within it ("Polda Kalbar"
 * ... "oknum Polres Landak": 61 and 61.08 are one place at two levels). */
static int same_region_or_unset(const char *a, const char *b)
{
    if (!a[0] || !b[0] || strcmp(a, b) == 0)
        return 1;
    size_t la = strlen(a), lb = strlen(b);
    return (la == 2 && lb > 2 && strncmp(a, b, 2) == 0 && b[2] == '.') ||
           (lb == 2 && la > 2 && strncmp(a, b, 2) == 0 && a[2] == '.');
}

/* 1 unless drafts a and b name two different districts or villages
 * (field: PK_EXTRACT_FIELD_DISTRICT or _VILLAGE). A name the registry does
 * not place (no code) beside one it does is no other place: after a post
 * it is mostly the person's name ("atas dugaan Kepala Desa Mekarsari,
 * Kecamatan Cipongkor ... Money Politik yang dilakukan Kades Didi",
 * fresh3 001: Didi is the village head, not a desa). */
static int same_place_or_unset(const pk_extract_draft *a, const pk_extract_draft *b, int field)
{
    int dist = field == PK_EXTRACT_FIELD_DISTRICT;
    const char *na = dist ? a->district : a->village, *nb = dist ? b->district : b->village;
    const char *ca = dist ? a->district_code : a->village_code, *cb = dist ? b->district_code : b->village_code;
    if (!na[0] || !nb[0] || (!ca[0]) != (!cb[0]))
        return 1;
    return ca[0] ? strcmp(ca, cb) == 0 : pk__same_label(na, nb);
}

/* One incident per actor, act and place: a draft repeating an earlier one
 * (same labels and place) merges into it; so does a draft of a later
 * sentence of the same paragraph whose actor and place agree with an
 * earlier draft's (the report describing the same act in other words:
 * "membuat video ... menyatakan dukungan"). Acts of one sentence stay
 * apart ("memberikan komentar dan like"). */
/* Draft bookkeeping beside the public structs. */
typedef struct dmeta {
    uint32_t para;
    size_t sentence;
    int prio; /* priority of the draft's act (1 generic .. 3 specific) */
    uint64_t sig; /* hash of the fields compared by "same" (set by add_draft) */
    uint64_t act_sig; /* hash of the act label (set by add_draft) */
    int shift; /* the draft's sentence opens with "Selain itu", "Tak hanya itu": another deed */
    size_t group; /* 1 + the act mention whose list of people made the draft, 0 none (kin_drafts()) */
    int bare_support; /* declare_support told with no method: the generic support word or a breach told by it */
    const char *named_as; /* the label of the role that first named the actor, when the text then identifies its post
                           * ("oknum ASN tersebut adalah Camat Bontoala": asn), else NULL */
} dmeta;

static uint64_t sig_str(uint64_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return (h ^ 0xff) * 0x100000001b3ull;
}

static uint64_t draft_sig(const pk_extract_draft *dr)
{
    uint64_t h = 0xcbf29ce484222325ull ^ (uint64_t)dr->negated;
    h = sig_str(h, dr->actor_label);
    h = sig_str(h, dr->act_label);
    h = sig_str(h, dr->incident.region);
    h = sig_str(h, dr->district);
    return sig_str(h, dr->village);
}

/* 1 if act `keep` and act `other`, done by one person in one paragraph,
 * are one deed told twice: the video is the declaration of support it
 * shows ("menyatakan dukungannya ... Video dukungan itu viral"), and
 * uploading or sharing the video, the photo or the message is how it
 * spread ("membuat video ... diunggah ke akun Instagram", "mengunggah foto
 * bersama paslon", "ajakan ... yang di-share melalui grup WhatsApp");
 * campaigning for a candidate in a video or a photo is
 * the video or the photo ("mengkampanyekan salah satu calon ... dalam video
 * tersebut ... meminta warga untuk memilih"; mengkampanyekan and the appeals
 * read as partisan_activity); attending a campaign in a
 * candidate's attributes is one deed ("ikut kampanye dan mengenakan pakaian
 * calon"). */
static int tells_same(const char *keep, const char *other)
{
    static const char *const pairs[][2] = {
        {"video_support", "declare_support"}, {"video_support", "socmed_post"},
        {"video_support", "socmed_share"},    {"socmed_campaign", "socmed_share"},
        {"video_support", "partisan_activity"},
        {"attend_with_attributes", "attend_campaign"}, {"video_support", "support_at_campaign"},
        {"photo_with_candidate", "support_at_campaign"}, {"photo_with_candidate", "socmed_post"},
        {"photo_with_candidate", "socmed_share"},
    };
    for (size_t i = 0; i < PK_ARRAY_LEN(pairs); i++)
        if (strcmp(pairs[i][0], keep) == 0 && strcmp(pairs[i][1], other) == 0)
            return 1;
    return 0;
}

/* A draft's village lies in its district: when the two were taken from
 * different places of a text ("Suyanto, PPS Desa Carat, Kecamatan Gempol
 * dan Fajeri Febrianto PPS Desa Arjosari, Kecamatan Rejoso", org_dev 010
 * gave Kecamatan Rejoso with Desa Carat; fresh3 034), the village, the finer
 * name, settles it: its own kecamatan (from the registry) is the district,
 * inferred from the village. */
static void agree_places(pk_extract_draft *dr)
{
    size_t n = strlen(dr->district_code);
    if (!n || !dr->village_code[0] || (strncmp(dr->village_code, dr->district_code, n) == 0 && dr->village_code[n] == '.'))
        return;
    pk_place_id vid = 0;
    pk_place vp = PK_PLACE_INIT, dp = PK_PLACE_INIT;
    if (pk_place_lookup(NULL, &vid, dr->village_code, NULL) != PK_OK || pk_place_get(&vp, vid, NULL) != PK_OK ||
        pk_place_get(&dp, vp.district, NULL) != PK_OK)
        return; /* not expected: the registry gave the village */
    pk__strlcpy_utf8(dr->district_code, dp.code, sizeof dr->district_code);
    pk__strlcpy_utf8(dr->district, dp.name, sizeof dr->district);
    dr->evidence[PK_EXTRACT_FIELD_DISTRICT] = dr->evidence[PK_EXTRACT_FIELD_VILLAGE];
    dr->evidence[PK_EXTRACT_FIELD_DISTRICT].how = PK_EXTRACT_HOW_INFERRED;
}

/* 1 if draft dr's actor comes only from its act's words (bound_actor()). */
static int from_act(const pk_extract_draft *dr)
{
    const pk_extract_evidence *e = &dr->evidence[PK_EXTRACT_FIELD_ACTOR];
    return e->how == PK_EXTRACT_HOW_INFERRED && e->mention != PK_EXTRACT_NO_MENTION &&
           e->mention == dr->evidence[PK_EXTRACT_FIELD_ACT].mention;
}

/* The drafts' bookkeeping (m[i] beside r->d[i]) and a summary of every
 * draft kept so far: a bit of each signature (sig_bit()), the highest
 * paragraph and sentence. add_draft() reads the drafts one by one only
 * when one of them may share the new draft's signature, its paragraph (or
 * one of the two before) or its sentence. */
typedef struct dmetas {
    dmeta m[PK_EXTRACT_MAX_DRAFTS];
    uint64_t sigs[16];
    uint32_t para;
    size_t sentence;
} dmetas;

static int sig_seen(const dmetas *ms, uint64_t h) { return (ms->sigs[(h >> 58) & 15] >> ((h >> 52) & 63)) & 1; }

static void sum_up(dmetas *ms, const dmeta *m)
{
    ms->sigs[(m->sig >> 58) & 15] |= 1ull << ((m->sig >> 52) & 63);
    if (m->para > ms->para)
        ms->para = m->para;
    if (m->sentence > ms->sentence)
        ms->sentence = m->sentence;
}

/* 1 if drafts a and b (bookkeeping ma, mb) were made for two people of
 * one list (one act's co_actors(), group_members() or listed_actors(),
 * each another person by another_person()) of one kind, with posts in two
 * places of one level ("Mereka adalah HA (Kades Olohuta), AP (Kades
 * Bintana), ... dan RD (Kades Pinontoyonga)", fresh9 022): that many
 * incidents (corpus README rule 4), never one deed told twice, whether or
 * not the registry places each post's name (same_place_or_unset() takes a
 * name without a code beside a coded one for a person's name; after a
 * listed post it is the post's place). */
static int kin_drafts(const pk_extract_draft *a, const pk_extract_draft *b, const dmeta *ma, const dmeta *mb)
{
    if (!ma->group || ma->group != mb->group || !a->actor_label[0] || !pk__same_label(a->actor_label, b->actor_label))
        return 0;
    return (a->village[0] && b->village[0] && !pk__same_label(a->village, b->village)) ||
           (a->district[0] && b->district[0] && !pk__same_label(a->district, b->district));
}

static pk_status add_draft(pk_extract_result *r, const pk_extract_draft *dr, const dmeta *nm_, dmetas *ms)
{
    dmeta *meta = ms->m;
    dmeta nm1 = *nm_;
    const dmeta *nm = &nm1;
    nm1.sig = draft_sig(dr);
    nm1.act_sig = sig_str(0xcbf29ce484222325ull, dr->act_label);
    size_t nd = sig_seen(ms, nm->sig) || (uint64_t)ms->para + 2 >= nm->para || ms->sentence >= nm->sentence ? r->nd : 0;
    for (size_t i = 0; i < nd; i++) {
        /* cheap tests first: most drafts differ in paragraph and signature;
         * one of another signature and paragraph is merged only as a
         * retelling (`retold` below), which needs the same sentence or, with
         * the same act, a paragraph at most two before */
        if (meta[i].sig != nm->sig && meta[i].para != nm->para &&
            (meta[i].act_sig != nm->act_sig || (nm->para - meta[i].para > 2 && meta[i].sentence != nm->sentence)))
            continue;
        pk_extract_draft *o = &r->d[i];
        int same = meta[i].sig == nm->sig && strcmp(o->actor_label, dr->actor_label) == 0 && strcmp(o->act_label, dr->act_label) == 0 &&
                   strcmp(o->incident.region, dr->incident.region) == 0 && o->negated == dr->negated &&
                   strcmp(o->district, dr->district) == 0 && strcmp(o->village, dr->village) == 0;
        /* the same incident told again in a later sentence of the paragraph:
         * a generic word ("video", "mendukung", "tidak netral") retells it;
         * two specific acts stay two incidents */
        /* two days are two incidents (corpus 112: meetings on 17 and 23 October) */
        int days = !o->incident.occurred.year || !dr->incident.occurred.year ||
                   pk_date_compare(o->incident.occurred, dr->incident.occurred) == 0;
        same = same && days;
        int agree = days && o->negated == dr->negated && same_or_unset(o->actor_label, dr->actor_label) &&
                    same_region_or_unset(o->incident.region, dr->incident.region) &&
                    same_place_or_unset(o, dr, PK_EXTRACT_FIELD_DISTRICT) &&
                    same_place_or_unset(o, dr, PK_EXTRACT_FIELD_VILLAGE);
        /* in another sentence of the paragraph, or in one of the next two
         * paragraphs with the same act (further on, or every paragraph
         * alike: a list of incidents; "pertemuan kepala desa ... Rabu, 23 Oktober
         * 2024" then "pertemuan ini terkait mobilisasi dukungan"); in the
         * same sentence, two generic words for one deed ("video ...
         * dukungan") */
        /* a named person's deed does not fold into an earlier one of
         * another label that names nobody (a list of reports: "1. Laporan
         * Pengrusakan Baliho ... 3. Laporan Netralitas ASN (Honorer)") */
        int folds = o->actor_label[0] || !dr->actor_label[0] || strcmp(o->act_label, dr->act_label) == 0;
        /* an actor read from the act's own words (bound_actor(): "tidak
         * profesional" binds organisers) is the class, not the person of
         * another draft: another act of it is another deed (fresh7 006:
         * "anggota KPU ... diduga menerima uang", then "Bawaslu Morowali
         * ... dianggap tidak profesional") */
        folds = folds && (strcmp(o->act_label, dr->act_label) == 0 || (!from_act(o) && !from_act(dr)));
        int kin = kin_drafts(o, dr, &meta[i], nm); /* two listed people: two incidents */
        int retold = !same && !kin && agree && folds &&
                     ((meta[i].para == nm->para && meta[i].sentence != nm->sentence && !nm->shift &&
                       (nm->prio <= 2 || meta[i].prio <= 2)) ||
                      (meta[i].para != nm->para && nm->para - meta[i].para <= 2 &&
                       strcmp(o->act_label, dr->act_label) == 0) ||
                      (meta[i].sentence == nm->sentence && nm->prio <= 1 && meta[i].prio <= 1));
        /* one deed in two words of one paragraph (tells_same()), by one
         * named person; neither this nor a retelling crosses a sentence
         * that turns to another deed ("Selain itu, camat ... mengajak
         * masyarakat": fresh 002) */
        int medium = !same && !kin && agree && meta[i].para == nm->para && o->actor_label[0] &&
                     strcmp(o->actor_label, dr->actor_label) == 0 && !nm->shift && !meta[i].shift;
        int upgrade = medium && tells_same(dr->act_label, o->act_label);
        medium = medium && (upgrade || tells_same(o->act_label, dr->act_label));
        int catch_all = pk__label_is(o->act_label, "other_neutrality") && !pk__label_is(dr->act_label, "other_neutrality");
        if (upgrade || (retold && (nm->prio > meta[i].prio || catch_all))) {
            /* the later words are more specific: they name the act ("tidak
             * netral" is the catch-all, README of the corpus rule 6) */
            o->incident.act = dr->incident.act;
            o->act_label = dr->act_label;
            o->evidence[PK_EXTRACT_FIELD_ACT] = dr->evidence[PK_EXTRACT_FIELD_ACT];
            meta[i].prio = nm->prio;
            meta[i].sentence = nm->sentence;
            meta[i].bare_support = nm->bare_support;
        }
        if (same || retold || medium) {
            merge_into(o, dr);
            meta[i].sig = draft_sig(o);
            sum_up(ms, &meta[i]);
            return PK_OK;
        }
    }
    if (r->nd >= PK_EXTRACT_MAX_DRAFTS) {
        r->truncated = 1;
        return PK_OK;
    }
    if (!r->d) {
        r->d = malloc(PK_EXTRACT_MAX_DRAFTS * sizeof *r->d);
        if (!r->d)
            return PK_ENOMEM;
    }
    meta[r->nd] = *nm;
    sum_up(ms, nm);
    r->d[r->nd++] = *dr;
    return PK_OK;
}

/* 1 if the sentence of act a (mentions lo..hi) threatens a sanction: a
 * handling verb right after a word of the future or a condition ("saya
 * akan memberhentikan sementara", "akan menindak tegas"): "Kepala desa
 * yang terbukti melanggar ... maka saya Pj Bupati akan memberhentikan"
 * tells what will happen to whoever breaches, not a breach. */
static int threatens(const dctx *d, size_t lo, size_t hi)
{
    for (size_t k = lo + 1; k < hi; k++)
        if (d->m[k].kind == PK_EXTRACT_MENTION_CUE && d->m[k].label && pk__label_is(d->m[k].label, "handle") &&
            d->m[k - 1].kind == PK_EXTRACT_MENTION_IRREALIS && d->m[k - 1].sentence == d->m[k].sentence &&
            d->x[k].word <= d->x[k - 1].word_end + 2)
            return 1;
    return 0;
}

/* 1 if drafts a and b can tell one deed: no two different places or
 * days (negation: see fold_leftovers()). */
static int compatible(const pk_extract_draft *a, const pk_extract_draft *b)
{
    return same_region_or_unset(a->incident.region, b->incident.region) &&
           same_place_or_unset(a, b, PK_EXTRACT_FIELD_DISTRICT) && same_place_or_unset(a, b, PK_EXTRACT_FIELD_VILLAGE) &&
           (!a->incident.occurred.year || !b->incident.occurred.year ||
            pk_date_compare(a->incident.occurred, b->incident.occurred) == 0);
}

/* 1 if the draft's act is putting a message out on social media
 * (socmed_campaign, socmed_post, socmed_share): told in two sentences by
 * one person ("membagikan jadwal kampanye ... di grup WhatsApp" ... "ia
 * melihat postingan jadwal kampanye"), one deed. */
static int posting(const pk_extract_draft *dr)
{
    return pk__label_is(dr->act_label, "socmed_campaign") || pk__label_is(dr->act_label, "socmed_post") ||
           pk__label_is(dr->act_label, "socmed_share");
}

/* 1 if draft dr names civil servants as a class ("asn", "pns") and draft
 * o one of them by the post (camat, lurah): "dugaan pelanggaran netralitas
 * oknum ASN ... Yakni, dugaan pelanggaran netralitas ASN yang dilakukan oleh
 * oknum camat, yang mengunggah video" (fresh2 004). */
static int civil_servant(const pk_extract_draft *dr, const pk_extract_draft *o)
{
    return (pk__label_is(dr->actor_label, "asn") || pk__label_is(dr->actor_label, "pns")) &&
           (pk__label_is(o->actor_label, "camat") || pk__label_is(o->actor_label, "lurah"));
}

/* merge_into(), and when one of the two is denied, the result is. */
static void deny_merge(pk_extract_draft *o, const pk_extract_draft *dr, int denied)
{
    merge_into(o, dr);
    if (!denied)
        return;
    o->negated = 1;
    if (o->confidence > 0.2)
        o->confidence = 0.2;
    if (o->evidence[PK_EXTRACT_FIELD_ACT].confidence > 0.2)
        o->evidence[PK_EXTRACT_FIELD_ACT].confidence = 0.2;
}

/* After all drafts: a draft that adds no incident of its own folds into
 * another of the text (its missing fields fill the other's):
 * - an act with nobody named ("kaos tersebut dibagikan di ruang guru")
 *   into the same act told with its person elsewhere in the text ("dua
 *   oknum guru ... membagikan kaos");
 * - the catch-all "other_neutrality" ("tidak netral", "melanggar
 *   netralitas") of a person into that person's named act ("diduga
 *   melanggar netralitas ASN usai memasang ... banner"): the breach is
 *   the act (corpus README rule 6), wherever the text names it; so is a
 *   generic word of the person's ("terlibat dalam kampanye" before
 *   "mengarahkan warga untuk memilih"). */
/* 1 if the draft's actor is the head of region read from "petahana" or
 * "incumbent": a head running again, so also a candidate. */
static int incumbent(const pk_extract_draft *dr, const char *text, size_t len)
{
    const pk_extract_evidence *e = &dr->evidence[PK_EXTRACT_FIELD_ACTOR];
    if (!pk__label_is(dr->actor_label, "regional_head") || e->mention == PK_EXTRACT_NO_MENTION || e->end > len ||
        e->end <= e->start)
        return 0;
    return word_is(text + e->start, e->end - e->start, "petahana") ||
           word_is(text + e->start, e->end - e->start, "incumbent");
}

/* A person's support named by a generic word ("tindakan yang menunjukkan
 * dukungan", priority 1: partisan_activity) takes the method told of the
 * same person, the same words naming them, in another draft of the text:
 * a declaration or a video ("Seperti pada kegiatan deklarasi kemarin",
 * fresh4 002). The generic word says that there was support, the other
 * telling how (corpus README rule 6, round 13: partisan_activity is
 * support with no method given). When the two fold (fold_leftovers()) this
 * changes nothing; when they cannot (two places inferred), each keeps its
 * place and both tell the method. At most PK_EXTRACT_MAX_DRAFTS squared
 * comparisons. */
static void support_method(pk_extract_result *r, const dmeta *meta)
{
    for (size_t i = 0; i < r->nd; i++) {
        pk_extract_draft *dr = &r->d[i];
        const pk_extract_evidence *e = &dr->evidence[PK_EXTRACT_FIELD_ACTOR];
        if (meta[i].prio > 1 || !pk__label_is(dr->act_label, "partisan_activity") || e->how == PK_EXTRACT_HOW_NONE)
            continue;
        for (size_t j = 0; j < r->nd; j++) {
            const pk_extract_draft *o = &r->d[j];
            const pk_extract_evidence *f = &o->evidence[PK_EXTRACT_FIELD_ACTOR];
            if (j == i || meta[j].prio < 2 || o->negated != dr->negated || f->how == PK_EXTRACT_HOW_NONE ||
                f->start != e->start || f->end != e->end ||
                !(pk__label_is(o->act_label, "declare_support") || pk__label_is(o->act_label, "video_support")))
                continue;
            dr->act_label = o->act_label;
            dr->incident.act = o->incident.act;
            break;
        }
    }
    /* The other way: a support told with no method ("dilaporkan ... karena
     * mendukung salah satu calon kepala daerah") whose text tells a
     * partisan deed of the same post ("Ketiga oknum tersebut ... Bahkan
     * mengarahkan warganya untuk memenangkan", fresh9 019). A report opens
     * with the allegation's summary and then tells how; the support was
     * given through the deed, which is partisan_activity (corpus README
     * rule 6, round 13, P1 as revised: declare_support is support stated
     * with no method). The post, not the words, is compared: the deed is
     * told of the group ("ketiga oknum") that the summary split by place. */
    for (size_t i = 0; i < r->nd; i++) {
        pk_extract_draft *dr = &r->d[i];
        if (!meta[i].bare_support || !pk__label_is(dr->act_label, "declare_support") || !dr->actor_label[0])
            continue;
        for (size_t j = 0; j < r->nd; j++) {
            const pk_extract_draft *o = &r->d[j];
            if (j == i || meta[j].prio < 2 || meta[j].bare_support || o->negated != dr->negated ||
                !pk__label_is(o->act_label, "partisan_activity") || !pk__same_label(o->actor_label, dr->actor_label))
                continue;
            dr->act_label = o->act_label;
            dr->incident.act = o->incident.act;
            break;
        }
    }
}

static void fold_leftovers(pk_extract_result *r, dmeta *meta, const char *text, size_t len)
{
    unsigned char gone[PK_EXTRACT_MAX_DRAFTS] = {0};
    for (size_t i = 0; i < r->nd; i++) {
        const pk_extract_draft *dr = &r->d[i];
        int bare = !dr->actor_label[0];
        /* not "any_person": two unnamed people are mostly two (fresh2 014: a
         * TAPPD member's breach, a Ketua RT's money case) */
        int catch_all = !bare && !pk__label_is(dr->actor_label, "any_person") &&
                        (pk__label_is(dr->act_label, "other_neutrality") || meta[i].prio <= 1);
        for (size_t j = 0; j < r->nd; j++) {
            const pk_extract_draft *o = &r->d[j];
            if (j == i || gone[j] || !o->actor_label[0] || !compatible(o, dr) || kin_drafts(o, dr, &meta[j], &meta[i]))
                continue; /* kin_drafts(): two listed people, two incidents */
            /* one of them denied ("membantah tudingan praktik politik uang"
             * in the lead, the report told after it): the deed is denied,
             * unless the other is found proven */
            int denied = o->negated != dr->negated;
            if (denied && (o->negated ? dr : o)->status != PK_EXTRACT_ALLEGED)
                continue;
            /* the same person's same act told again further on ("temuan
             * kepala kampung yang menganiaya penyelenggara" ... "kepala
             * Kampung memukul pengawas"; a post told in two sentences), no
             * other place or day */
            int same_act = strcmp(o->act_label, dr->act_label) == 0 ||
                           (posting(o) && posting(dr) && meta[i].sentence != meta[j].sentence);
            if (j < i && !bare && same_act && pk__same_label(o->actor_label, dr->actor_label)) {
                deny_merge(&r->d[j], dr, denied);
                gone[i] = 1;
                break;
            }
            /* a candidate's act told again of the incumbent ("... penggunaan
             * fasilitas negara yang dilakukan calon wali kota Wartono.
             * Dalam laporan disebutkan wakil wali kota petahana itu ...",
             * fresh2 043): the incumbent is the candidate, one deed, read
             * as the head of region (corpus README rule 5) */
            if (same_act && pk__label_is(dr->actor_label, "candidate") && incumbent(o, text, len)) {
                deny_merge(&r->d[j], dr, denied);
                gone[i] = 1;
                break;
            }
            /* the same act told again in a later sentence, its doer only
             * carried over from an earlier sentence, while the act's first
             * telling names its doer ("Amplop itu diduga dibagikan oleh
             * kepala desa ... kepada 15 ketua RT dan RW. Terungkapnya hal itu
             * berdasarkan laporan dugaan money politik", fresh3 045; "anggota
             * kepolisian ... membagikan minyak goreng kepada para kepala desa
             * ... aksi pembagian sembako itu terjadi di Provinsi Jateng",
             * fresh3 032): one deed, whose doer is the one named with it */
            const pk_extract_evidence *ea = &dr->evidence[PK_EXTRACT_FIELD_ACTOR];
            if (j < i && !bare && !denied && meta[i].sentence != meta[j].sentence &&
                strcmp(o->act_label, dr->act_label) == 0 && ea->how == PK_EXTRACT_HOW_INFERRED &&
                ea->mention != PK_EXTRACT_NO_MENTION && ea->start < dr->start &&
                o->evidence[PK_EXTRACT_FIELD_ACTOR].how == PK_EXTRACT_HOW_STATED) {
                deny_merge(&r->d[j], dr, 0);
                gone[i] = 1;
                break;
            }
            if (!bare && !catch_all)
                continue;
            /* a place of its own, stated with it, not named for the other:
             * maybe another event of the same act; a place only carried over
             * from another sentence is no place of its own ("mengalami
             * geroyokan ... Kasus ini terjadi di Desa Meukat ... Amri dipukul
             * oleh sejumlah orang", fresh2 046: one beating) */
            if ((dr->district[0] && !o->district[0] &&
                 dr->evidence[PK_EXTRACT_FIELD_DISTRICT].how == PK_EXTRACT_HOW_STATED) ||
                (dr->village[0] && !o->village[0] && dr->evidence[PK_EXTRACT_FIELD_VILLAGE].how == PK_EXTRACT_HOW_STATED))
                continue;
            /* the catch-all breach with nobody named folds into a named
             * person's act of the text ("menjatuhkan vonis ... kepada S,
             * Kepala Desa Karanganyar, atas pelanggaran netralitas" ... "S
             * terbukti melanggar Pasal 188 Jo Pasal 71 ayat (1)", fresh3
             * 015): the breach is that act (corpus README rule 6) */
            int bare_breach = bare && !denied && pk__label_is(dr->act_label, "other_neutrality") && meta[j].prio >= 2 &&
                              !pk__label_is(o->act_label, "other_neutrality");
            /* the other way round: a specific act with nobody named names
             * what a person's catch-all breach was ("dugaan pelanggaran
             * netralitas oknum Polres Landak" ... "perkara yang diadukan
             * tersebut merupakan bentuk obstruksi terhadap kegiatan
             * kampanye", fresh2 018): the person's draft takes the act.
             * Only told after the breach: a list of reports names each act
             * before the last one's catch-all ("1. Laporan Pengrusakan Baliho
             * ... 3. Laporan Netralitas ASN (Honorer)", fresh 044) */
            if (j < i && bare && !denied && meta[i].prio >= 2 && pk__label_is(o->act_label, "other_neutrality") &&
                !pk__label_is(dr->act_label, "other_neutrality")) {
                pk_extract_draft *t = &r->d[j];
                t->incident.act = dr->incident.act;
                t->act_label = dr->act_label;
                t->evidence[PK_EXTRACT_FIELD_ACT] = dr->evidence[PK_EXTRACT_FIELD_ACT];
                t->evidence[PK_EXTRACT_FIELD_ACT].confidence = t->confidence;
                meta[j].prio = meta[i].prio;
                deny_merge(t, dr, 0);
                gone[i] = 1;
                break;
            }
            /* an act with nobody named that is how a person's deed spread
             * ("Anggota Polri ... berfoto dengan paslon ... unggah", corpus
             * 106: tells_same()) is that deed */
            if ((bare && (strcmp(o->act_label, dr->act_label) == 0 || tells_same(o->act_label, dr->act_label))) ||
                bare_breach ||
                (catch_all && !denied && (pk__same_label(o->actor_label, dr->actor_label) || civil_servant(dr, o)) &&
                 meta[j].prio >= 2 &&
                 !pk__label_is(o->act_label, "other_neutrality"))) {
                deny_merge(&r->d[j], dr, denied);
                gone[i] = 1;
                break;
            }
        }
    }
    size_t n = 0;
    for (size_t i = 0; i < r->nd; i++) {
        if (gone[i])
            continue;
        if (n != i) {
            r->d[n] = r->d[i];
            meta[n] = meta[i];
        }
        n++;
    }
    r->nd = n;
}

/* 1 if act mention k (an act) is a hand gesture read as a photo pose ("tiga
 * jari", "simbol jari", "pose"): photo_with_candidate by a word of the
 * hand, not of the photo. */
static int gesture(const dctx *d, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    if (!pk__label_is(m->label, "photo_with_candidate"))
        return 0;
    for (size_t i = m->start; i + 4 <= m->end; i++)
        if (pk__ieq_ascii(d->text + i, "jari", 4) || (i == m->start && pk__ieq_ascii(d->text + i, "pose", 4)))
            return 1;
    return 0;
}

/* The video label when act a is a hand gesture ("menunjukkan pose tiga
 * jari") shown in a video: a video word in its sentence or in the
 * sentence before it of its paragraph, and no photo word in either ("Video
 * berdurasi 22 detik tersebut memperlihatkan ajakan ... sambil menunjukkan
 * pose tiga jari", fresh5 031): the support was shown in a video
 * (video_support), not posed for a photo. NULL otherwise. */
static const char *gesture_video(const dctx *d, size_t a)
{
    if (!gesture(d, a))
        return NULL;
    const char *video = NULL;
    uint32_t s = d->m[a].sentence;
    size_t lo = a;
    while (lo > 0 && a - lo < 2 * (size_t)WINDOW && d->x[lo - 1].para == d->x[a].para && d->m[lo - 1].sentence + 1 >= s)
        lo--;
    for (size_t k = lo; k < d->nm; k++) {
        const pk_extract_mention *m = &d->m[k];
        if (k > a && (m->sentence != s || k - a >= WINDOW))
            break;
        if (m->kind != PK_EXTRACT_MENTION_ACT)
            continue;
        if (pk__label_is(m->label, "video_support"))
            video = m->label;
        else if (pk__label_is(m->label, "photo_with_candidate") && !gesture(d, k))
            return NULL; /* a photo ("berfoto", "foto bersama"): the pose is the photo's */
    }
    return video;
}

/* The video label when act a is a declaration of support ("menyatakan
 * dukungan", "yel-yel dukungan") told as what a video holds: its sentence
 * frames it with a video word before it, after "dalam" or "di" ("Dalam
 * video tersebut, Kepala Desa Pusakasari ... diduga menyatakan dukungan",
 * fresh6 025; "Dalam video yang beredar, menampilkan oknum yang mengaku
 * sebagai Camat ... menyatakan dukungan", fresh5 046) or followed by a verb
 * of holding or showing ("Sebuah video berisi yel-yel dukungan", fresh4
 * 024). The declaration was made in the video (corpus README rule 6:
 * video_support), not in person. A video named in the sentence without
 * such a frame ("menemukan video salah satu kepala desa melakukan orasi
 * dukungan", corpus 033) is method_told()'s (round 13: the support seen
 * in a video is video_support whatever is said in it). NULL otherwise. */
static const char *declared_in_video(const dctx *d, size_t a)
{
    if (!pk__label_is(d->m[a].label, "declare_support"))
        return NULL;
    for (size_t k = a; k-- > 0 && a - k < (size_t)WINDOW && d->m[k].sentence == d->m[a].sentence;) {
        const pk_extract_mention *m = &d->m[k];
        if (m->kind != PK_EXTRACT_MENTION_ACT || !pk__label_is(m->label, "video_support"))
            continue;
        size_t b = word_right_before(d, m->start, 6);
        if (b < m->start && (word_is(d->text + b, m->start - 1 - b, "dalam") || word_is(d->text + b, m->start - 1 - b, "di")))
            return m->label;
        size_t i = m->end, j;
        for (int w = 0; w < 4 && (i = next_word(d->text, i, d->m[a].start, &j)) < d->m[a].start; w++, i = j) {
            const char *t = d->text + i;
            if (word_is(t, j - i, "berisi") || word_is(t, j - i, "berisikan") || word_is(t, j - i, "menampilkan") ||
                word_is(t, j - i, "memperlihatkan") || word_is(t, j - i, "menunjukkan"))
                return m->label;
        }
    }
    return NULL;
}

/* A class of lower-case words sentence_says() looks for. */
typedef struct word_class {
    const char *const *w;
    size_t n;
} word_class;

/* Bit q set when a word of cls[q] (q < 8) stands in act a's sentence (its
 * bytes back and forth to a sentence stop, at most 400 bytes each way): one
 * scan for all the classes, linear in those bytes. With `memo` (always asked
 * with the same classes), the answer for a whole sentence is kept and given
 * again to the next act inside it. */
static unsigned sentence_says(const dctx *d, size_t a, const word_class *cls, size_t ncls, says_cache *memo)
{
    size_t from = d->m[a].start, to = d->m[a].end;
    if (memo && memo->kept && memo->b <= from && to <= memo->e && from - memo->b <= 400 && memo->e - to <= 400)
        return memo->val; /* the scan below would read [b, e) again */
    unsigned found = 0, all = (1u << ncls) - 1;
    /* by first letter, the lengths of the classes' words: most words of a
     * sentence match none (any: a word this filter cannot hold) */
    uint32_t lens[26] = {0};
    int any = 0;
    for (size_t q = 0; q < ncls; q++)
        for (size_t k = 0; k < cls[q].n; k++) {
            const char *w = cls[q].w[k];
            size_t n = strlen(w);
            if (w[0] >= 'a' && w[0] <= 'z' && n < 32)
                lens[w[0] - 'a'] |= 1u << n;
            else
                any = 1;
        }
    const char *t = d->text;
    while (from >= 8 && d->m[a].start - from + 8 <= 400 && !may_stop8(t + from - 8)) /* eight bytes at a time */
        from -= 8;
    while (from > 0 && d->m[a].start - from < 400 && !sent_stop(t, d->len, from - 1))
        from--;
    while (to + 8 <= d->len && to + 8 - d->m[a].end <= 400 && !may_stop8(t + to))
        to += 8;
    while (to < d->len && to - d->m[a].end < 400 && !sent_stop(t, d->len, to))
        to++;
    for (size_t i = from; i < to && found != all;) {
        while (i < to && !ASCII_ALNUM(t[i]))
            i++;
        size_t j = ascii_word_end(t, i, to);
        int c = j > i ? (unsigned char)t[i] | 0x20 : 0;
        if (!any && (c < 'a' || c > 'z' || j - i >= 32 || !(lens[c - 'a'] & (1u << (j - i))))) {
            i = j > i ? j : i + 1;
            continue;
        }
        for (size_t q = 0; q < ncls; q++)
            for (size_t k = 0; k < cls[q].n && !(found & (1u << q)); k++)
                if (word_is(d->text + i, j - i, cls[q].w[k]))
                    found |= 1u << q;
        i = j > i ? j : i + 1;
    }
    if (memo && (from == 0 || sent_stop(d->text, d->len, from - 1)) && (to == d->len || sent_stop(d->text, d->len, to))) {
        size_t k = d->m[a].start;
        while (k < d->m[a].end && !sent_stop(d->text, d->len, k))
            k++;
        if (k == d->m[a].end) { /* no end inside the act's own bytes either: [from, to) is one whole sentence */
            memo->kept = 1;
            memo->b = from;
            memo->e = to;
            memo->val = found;
        }
    }
    return found;
}

/* The label of an act mention of `label` in act a's sentence (WINDOW
 * mentions either side), told as done (not irrealis, not negated); NULL
 * when there is none. */
static const char *sentence_act(const dctx *d, size_t a, const char *label)
{
    size_t lo = a, hi = a + 1;
    while (lo > 0 && a - lo < WINDOW && d->m[lo - 1].sentence == d->m[a].sentence)
        lo--;
    while (hi < d->nm && hi - a < WINDOW && d->m[hi].sentence == d->m[a].sentence)
        hi++;
    for (size_t k = lo; k < hi; k++)
        if (k != a && d->m[k].kind == PK_EXTRACT_MENTION_ACT && d->m[k].label && pk__label_is(d->m[k].label, label) &&
            !(d->m[k].flags & (PK_EXTRACT_FLAG_IRREALIS | PK_EXTRACT_FLAG_NEGATED | PK_EXTRACT_FLAG_LINK)))
            return d->m[k].label;
    return NULL;
}

/* The label a support or breach act a takes from what its sentence tells
 * of the method (corpus README rule 6, round 13); NULL when it keeps its
 * own:
 * - support given by a copy of one's identity card for an independent
 *   candidate, "KTP" or "perseorangan" in the sentence: ktp_support (UU
 *   10/2016 Pasal 41; "memberikan dukungan dalam bentuk Kartu tanda
 *   penduduk (KTP) terhadap calon perseorangan", fresh10 015);
 * - support or an appeal (partisan_activity, declare_support) told in a
 *   sentence that names a video (video, rekaman, TikTok): video_support,
 *   whatever is said in it ("video yang beredar ..., yang memperlihatkan
 *   seorang Camat mendukung salah satu pasangan calon", fresh11 018); the
 *   caller keeps the pk_act of what is said, since video_support names no
 *   pk_act of its own;
 * - a bare breach word (other_neutrality: "tidak netral", "keterlibatan")
 *   whose sentence tells the deed it consists of: a partisan deed
 *   ("mengarahkan warganya untuk memenangkan", fresh9 019) is that deed
 *   (partisan_activity); a support stated with no method ("tidak netral
 *   dengan memberi dukungan kepada salah satu paslon", fresh7 022; "dugaan
 *   keterlibatan Kades dalam mendukung salah satu paslon", fresh7 004) is
 *   expressed support (declare_support: corpus README rule 6, round 13, P1
 *   as revised by the lead, since the contested Pasal 71(1) jo 188 reading
 *   of a village head's support attaches to it); other_neutrality stays
 *   for a breach told with no act. */
/* 1 if the generic support word a is the aim of another deed: "untuk",
 * "agar" or "supaya" among the two words before it, in its phrase
 * ("mengarahkan RT dan RW untuk mendukung salah satu Calon", fresh10 025;
 * "mengintervensi warga ..., supaya mendukung salah satu Paslon", fresh2
 * 047). The Indonesian purpose clause names what the doer moves others to
 * do; it states no support of the doer's own. */
static int support_as_aim(const dctx *d, size_t a)
{
    static const char *const aim[] = {"untuk", "agar", "supaya"};
    return word_among_before(d, a, 2, SIZE_MAX, aim, PK_ARRAY_LEN(aim));
}

/* 1 if act a's sentence (WINDOW mentions either side) states a support
 * with no method: the generic support word (declare_support, priority 1),
 * told as done and not as the aim of another deed, and no deed of another
 * kind beside it. A generic involvement word ("terlibat aktif", "politik
 * praktis", priority 2) whose sentence states the support it consists of
 * ("diduga terlibat aktif mendukung salah satu paslon gubernur", fresh11
 * 003; "terlibat dalam politik praktis dengan mendukung salah satu
 * pasangan calon", fresh9 013) is that support (corpus README rule 6,
 * round 13, P1 as revised: partisan_activity is involvement without a
 * stated support for a pair). */
static int stated_support(const dctx *d, size_t a)
{
    int said = 0;
    for (size_t k = a > WINDOW ? a - WINDOW : 0; k < d->nm && k < a + WINDOW; k++) {
        if (k == a || d->m[k].sentence != d->m[a].sentence || d->m[k].kind != PK_EXTRACT_MENTION_ACT || !d->m[k].label ||
            (d->m[k].flags & (PK_EXTRACT_FLAG_IRREALIS | PK_EXTRACT_FLAG_LINK)))
            continue;
        if (d->m[k].start >= d->m[a].start && d->m[k].end <= d->m[a].end)
            continue; /* a word of a's own phrase ("penggiringan dukungan", fresh12 008): its object */
        const char *l = d->m[k].label;
        if (pk__label_is(l, "declare_support") && d->x[k].priority <= 1 && !(d->m[k].flags & PK_EXTRACT_FLAG_NEGATED) &&
            !support_as_aim(d, k))
            said = 1;
        else if (!pk__label_is(l, "partisan_activity") && !pk__label_is(l, "other_neutrality"))
            return 0;
    }
    return said;
}

static const char *method_told(const dctx *d, size_t a)
{
    static const char *const ktp[] = {"ktp", "perseorangan"};
    static const char *const video[] = {"video", "vidio", "vedio", "rekaman", "tiktok"};
    static const char *const evidence[] = {"bukti", "melampirkan"};
    const char *l = d->m[a].label;
    int support = pk__label_is(l, "partisan_activity") || pk__label_is(l, "declare_support");
    int breach = pk__label_is(l, "other_neutrality");
    if (support || breach) {
        const word_class cls[] = {{ktp, PK_ARRAY_LEN(ktp)}, {video, PK_ARRAY_LEN(video)},
                                  {evidence, PK_ARRAY_LEN(evidence)}};
        unsigned said = sentence_says(d, a, cls, PK_ARRAY_LEN(cls), d->says);
        if (support && (said & 1u))
            return "ktp_support";
        if ((said & 6u) == 2u)
            return "video_support";
    }
    if (pk__label_is(l, "declare_support") && d->x[a].priority <= 1 && support_as_aim(d, a))
        return "partisan_activity";
    if (pk__label_is(l, "partisan_activity") && d->x[a].priority <= 2 && stated_support(d, a))
        return "declare_support";
    if (!pk__label_is(l, "other_neutrality"))
        return NULL;
    /* the breach told through another deed of its sentence ("terkait
     * dengan beredarnya postingan di akun facebook, dimana kades ...
     * diduga mendukung", fresh7 041) is that deed's, folded later */
    for (size_t k = a > WINDOW ? a - WINDOW : 0; k < d->nm && k < a + WINDOW; k++)
        if (k != a && d->m[k].sentence == d->m[a].sentence && d->m[k].kind == PK_EXTRACT_MENTION_ACT && d->m[k].label &&
            !pk__label_is(d->m[k].label, "partisan_activity") && !pk__label_is(d->m[k].label, "other_neutrality") &&
            !pk__label_is(d->m[k].label, "declare_support") &&
            !(d->m[k].flags & (PK_EXTRACT_FLAG_IRREALIS | PK_EXTRACT_FLAG_LINK)))
            return NULL;
    const char *deed = sentence_act(d, a, "partisan_activity");
    return deed ? deed : sentence_act(d, a, "declare_support");
}

/* A draft's act bound to a person told in another sentence, its own
 * sentence naming nobody and not referring back ("ia", "yang
 * bersangkutan", "oknum tersebut": occur anaphor) nor opening with a
 * back-reference to the deed ("Dugaan itu ..."): "Kepala Desa Semampir ...
 * memberikan klarifikasi. ... Salah satu akun Tiktok mengunggah video itu".
 * On unseen text (tests/extract/fresh4, fresh5) such a binding was right
 * about one time in four: kept, but not a confident incident (the person
 * itself, 0.6 as inferred, was right more often: its confidence stays). */
static void loose_binding(const dctx *d, pk_extract_draft *dr)
{
    /* every draft comes from an act mention; the person may be missing.
     * At most PK_EXTRACT_MAX_DRAFTS drafts each read one sentence: linear */
    size_t a = dr->evidence[PK_EXTRACT_FIELD_ACT].mention, k = dr->evidence[PK_EXTRACT_FIELD_ACTOR].mention;
    if (dr->confidence <= 0.45 || k >= d->nm || d->m[k].sentence == d->m[a].sentence || d->x[a].sent_backref)
        return;
    uint32_t s = d->m[a].sentence;
    size_t q = a;
    while (q > 0 && d->m[q - 1].sentence == s)
        q--;
    for (; q < d->nm && d->m[q].sentence == s; q++)
        if (cue_is(d, q, "anaphor", NULL))
            return;
    dr->confidence = 0.45;
    dr->evidence[PK_EXTRACT_FIELD_ACT].confidence = 0.45;
}

/* 1 if role k follows "bagi" ("pelanggaran disiplin bagi ASN", "larangan
 * bagi para kepala desa"): the people a rule or a sanction is for, not
 * someone later sentences refer back to; or "ke" ("netralitas aparat desa
 * diserahkan ke kepala daerah setempat", fresh7 021): the office a case is
 * handed to. Not "kepada": "vonis ... kepada S, Kepala Desa Karanganyar"
 * names the one sentenced, whom later sentences tell of (fresh3 015). */
/* 1 if the draft is a candidate's or a campaign team's campaigning
 * (attend_campaign, partisan_activity, declare_support): what the law lets
 * them do (UU 10/2016 Pasal 63-65); the neutrality rules bind officials. */
/* 1 if draft dr tells someone whose attending a campaign is lawful
 * attending or joining one, not negated. UU 10/2016 Pasal 70(1) bars a
 * candidate from involving civil servants, Polri/TNI, village heads and
 * officials of state firms in a campaign: those are the people whose
 * attendance is a breach (every labelled attend_campaign incident of the
 * development sets is one of theirs or an organiser's). Not so:
 * - a party's member or cadre (party_member: "kader partai", "pengurus
 *   partai", "anggota DPRD"); an official among them campaigns lawfully
 *   with the permit of Pasal 70(2);
 * - a candidate or its campaign team, at its own campaign (Pasal 63-65):
 *   "calon PTPS yang dicoret karena diketahui mengikuti kampanye" (fresh9
 *   016) and "Kepala desa ... menghadiri kampanye Paslon no urut (1)"
 *   (fresh8 023) are read so only when the person is misread;
 * - a regional head, who campaigns with leave (Pasal 70(3)): the breach a
 *   report tells of him is campaigning without it (campaign_without_leave),
 *   not the attendance ("Penjabat (Pj.) bupati kobar ... menghadiri
 *   Deklarasi kampanye damai", dates_dev 029, an organisers' event).
 * The breach a report tells of them is another act (campaign_without_leave,
 * use_state_facilities), never the attendance (no labelled incident in any
 * development set is one of these people with attend_campaign). */
static int lawful_at_campaign(const pk_extract_draft *dr)
{
    return !dr->negated &&
           (pk__label_is(dr->actor_label, "party_member") || pk__label_is(dr->actor_label, "candidate") ||
            pk__label_is(dr->actor_label, "campaign_team") || pk__label_is(dr->actor_label, "regional_head")) &&
           pk__label_is(dr->act_label, "attend_campaign");
}

static int own_campaign(const pk_extract_draft *dr)
{
    return (pk__label_is(dr->actor_label, "candidate") || pk__label_is(dr->actor_label, "campaign_team")) &&
           (pk__label_is(dr->act_label, "attend_campaign") || pk__label_is(dr->act_label, "partisan_activity") ||
            pk__label_is(dr->act_label, "declare_support"));
}

static int addressee(const dctx *d, size_t k)
{
    size_t j = k; /* the mention before k, over a region read from the same words ("ke Bupati Sikka") */
    do {
        if (j == 0 || k - j == 3)
            return 0;
        j--;
    } while (d->m[j].kind == PK_EXTRACT_MENTION_REGION && d->m[j].start >= d->m[k].start);
    if (d->m[j].sentence != d->m[k].sentence || d->m[j].kind != PK_EXTRACT_MENTION_CUE || !d->m[j].label ||
        !pk__label_is(d->m[j].label, "to") || d->x[k].word > d->x[j].word_end + 1 || d->m[j].start + 4 > d->len)
        return 0;
    const char *w = d->text + d->m[j].start;
    size_t n = d->m[j].end - d->m[j].start;
    return word_is(w, n, "bagi") || word_is(w, n, "ke");
}

/* 1 if act a names the event attended by the act word right before it
 * (no word between): "camat ... dilaporkan hadir dalam acara
 * deklarasi pemenangan pasangan calon petahana" (corpus 060), "menghadiri
 * acara kampanye": one deed, the attending ("ikut kampanye dan mengenakan
 * pakaian calon" stays: a word between, corpus 057). */
static int attended(const dctx *d, size_t a)
{
    if (a == 0 || d->m[a - 1].kind != PK_EXTRACT_MENTION_ACT || d->m[a - 1].sentence != d->m[a].sentence ||
        !d->m[a - 1].label || d->x[a].word != d->x[a - 1].word_end)
        return 0;
    /* a more specific act right after it is the deed: "hadir dalam acara
     * kampanye tanpa izin cuti" (campaign_without_leave) */
    return d->x[a].priority <= d->x[a - 1].priority &&
           (pk__label_is(d->m[a - 1].label, "attend_campaign") ||
            pk__label_is(d->m[a - 1].label, "attend_with_attributes")) &&
           !pk__label_is(d->m[a].label, "attend_campaign") && !pk__label_is(d->m[a].label, "attend_with_attributes");
}

/* 1 if "kampanye" (any case, also inside berkampanye) stands in t[lo, hi). */
static int kampanye_in(const char *t, size_t lo, size_t hi)
{
    for (size_t i = lo; i + 8 <= hi; i++)
        if ((t[i] | 32) == 'k' && word_is(t + i, 8, "kampanye"))
            return 1;
    return 0;
}

/* 1 if act a is the passive "dihadiri" (attended by) with neither a
 * candidate named in its paragraph (at most 32 mentions either side) nor
 * the word "kampanye" within 160 bytes of it in its paragraph: an event
 * attended by officials ("Kegiatan yang diselenggarakan di Hall Rumah Makan
 * Mekarsari Trenggalek tersebut dihadiri oleh Ketua, dan seluruh Anggota
 * KPU Kabupaten Trenggalek, Sekretaris Daerah ...", org_dev 015, a KPU
 * evaluation meeting; an office named, "Pemilihan Bupati", is no candidate)
 * is no campaign; "Kegiatan kampanye itu dihadiri kader partai ..." and
 * "kampanye paslon nomor urut 2 ... dihadiri oleh kepala desa" are. */
static int unattended(const dctx *d, size_t a)
{
    if (!pk__label_is(d->m[a].label, "attend_campaign") || d->m[a].end - d->m[a].start != 8 ||
        !word_is(d->text + d->m[a].start, 8, "dihadiri"))
        return 0;
    size_t lo = a > 32 ? a - 32 : 0, hi = a + 33 < d->nm ? a + 33 : d->nm;
    for (size_t k = lo; k < hi; k++)
        if (d->x[k].para == d->x[a].para && d->m[k].kind == PK_EXTRACT_MENTION_CANDIDATE &&
            !pk__label_is(d->m[k].label, "office"))
            return 0;
    /* the bytes around it, not past a blank line (a paragraph's end) */
    size_t from = d->m[a].start, to = d->m[a].end;
    while (from > 0 && d->m[a].start - from < 160 && !(d->text[from - 1] == '\n' && from > 1 && d->text[from - 2] == '\n'))
        from--;
    while (to < d->len && to - d->m[a].end < 160 && !(d->text[to] == '\n' && to + 1 < d->len && d->text[to + 1] == '\n'))
        to++;
    return !kampanye_in(d->text, from, to);
}

/* 1 if act a follows "untuk tidak" or "agar tidak" in its sentence (the
 * negation right after the word, at most 12 mentions back): what someone
 * is told or made not to do, never the deed itself ("Bawaslu Kota Bengkulu
 * memperingatkan lurah dan perangkatnya, termasuk Ketua RT, untuk tidak
 * terlibat dalam aktivitas kampanye yang menguntungkan atau merugikan
 * pasangan calon", fresh3 035). */
static int not_to(const dctx *d, size_t a)
{
    for (size_t k = a; k-- > 1 && a - k <= 12 && d->m[k].sentence == d->m[a].sentence;) {
        if (d->m[k].kind != PK_EXTRACT_MENTION_NEGATION || d->m[k - 1].sentence != d->m[k].sentence ||
            d->x[k].word != d->x[k - 1].word_end || d->m[k].end - d->m[k].start != 5 ||
            !word_is(d->text + d->m[k].start, 5, "tidak"))
            continue;
        if (cue_is(d, k - 1, "to", "untuk") || (d->m[k - 1].end - d->m[k - 1].start == 4 &&
                                                 word_is(d->text + d->m[k - 1].start, 4, "agar")))
            return 1;
    }
    return 0;
}

/* 1 if act a is a declaration followed within two words by "damai"
 * ("dialog publik dan deklarasi Pilkada damai yang digelar IKA PPKn",
 * fresh3 044; "Deklarasi Kampanye Damai", fresh 017): a peace pledge
 * signed by all tickets or held by an office, no support for one of
 * them. At most 40 bytes read. */
static int peace_pledge(const dctx *d, size_t a)
{
    if (!pk__label_is(d->m[a].label, "declare_support"))
        return 0;
    size_t to = d->m[a].end + 40 < d->len ? d->m[a].end + 40 : d->len;
    int words = 0;
    for (size_t i = d->m[a].end, j; words < 3 && (i = next_word(d->text, i, to, &j)) < to; i = j, words++)
        if (word_is(d->text + i, j - i, "damai"))
            return 1;
    return 0;
}

/* 1 if act a's sentence gives its doer as everyone of a kind: "oleh" or
 * "dilakukan" right before "setiap" (every) within 160 bytes before the
 * act, in its sentence ("masih banyak pelanggaran-pelanggaran yang
 * dilakukan oleh setiap calon yang berkedok bantuan sosial", fresh3 014): a
 * comment on what is done, no deed of anyone. Not "semua" or "seluruh":
 * "seluruh kepala desa se-Kecamatan X" is a group that acted. */
/* 1 if "setiap" (any case) starts at some byte of t[lo, hi - 6]: eight
 * bytes at a time, each block with an 's' or 'S' in it looked at closely. */
static int setiap_in(const char *t, size_t lo, size_t hi)
{
    const uint64_t ones = 0x0101010101010101ull;
    size_t i = lo;
    for (; i + 8 <= hi; i += 8) {
        uint64_t x;
        memcpy(&x, t + i, 8);
        uint64_t y = (x | (ones * 0x20)) ^ (ones * 's'); /* a zero byte where 's' or 'S' stands */
        uint64_t z = ~(((y & (ones * 0x7f)) + ones * 0x7f) | y | (ones * 0x7f)); /* 0x80 at each zero byte */
        if (!z)
            continue;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && (defined(__GNUC__) || defined(__clang__))
        for (; z; z &= z - 1) {
            size_t j = i + ((size_t)__builtin_ctzll(z) >> 3);
            if (j + 6 <= hi && word_is(t + j, 6, "setiap"))
                return 1;
        }
#else
        for (size_t j = i; j < i + 8; j++)
            if (j + 6 <= hi && word_is(t + j, 6, "setiap"))
                return 1;
#endif
    }
    for (; i + 6 <= hi; i++)
        if (word_is(t + i, 6, "setiap"))
            return 1;
    return 0;
}

static int every_doer(const dctx *d, size_t a)
{
    size_t to = d->m[a].start, from = to;
    /* the sentence reaches back at most 160 bytes: most hold no "setiap",
     * and then neither the sentence start nor the words are looked for */
    if (!setiap_in(d->text, to > 160 ? to - 160 : 0, to))
        return 0;
    while (from > 0 && to - from < 160 && !sent_stop(d->text, d->len, from - 1))
        from--;
    int agent = 0; /* the word before was "oleh" or "dilakukan" */
    for (size_t i = from, j; (i = next_word(d->text, i, to, &j)) < to; i = j) {
        const char *w = d->text + i;
        size_t n = j - i;
        if (agent && word_is(w, n, "setiap"))
            return 1;
        agent = word_is(w, n, "oleh") || word_is(w, n, "dilakukan");
    }
    return 0;
}

/* 1 if role k is the subject of a verb of handling a case told right
 * after it, a name at most between ("Relawan GMPD Kota Banjarbaru,
 * Muhammad Aini, melaporkan dugaan politik uang ini ke Bawaslu", fresh6
 * 023; "Panwascam memanggil ..."): who reports or handles, not a person
 * later sentences tell a deed of. */
static int handler(const dctx *d, size_t k)
{
    for (size_t j = k + 1; j < d->nm && d->m[j].sentence == d->m[k].sentence && d->x[j].word <= d->x[k].word_end + 12;
         j++) {
        if (handles(d, j))
            return 1;
        /* only the person's name and place between ("Bawaslu melaporkan ASN
         * tersebut kepada BKN dengan mengirimkan ...", corpus 006: the ASN
         * is the one reported) */
        if (d->m[j].kind != PK_EXTRACT_MENTION_REGION && d->m[j].kind != PK_EXTRACT_MENTION_DISTRICT &&
            d->m[j].kind != PK_EXTRACT_MENTION_VILLAGE)
            return 0;
    }
    return 0;
}

static void walk_step(dctx *d, walk *w, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    if (d->x[k].para != w->cur_para) {
        w->cur_para = d->x[k].para;
        w->last_region = w->last_place = w->last_occur = w->last_date = NONE;
    }
    if (m->sentence != w->cur_sent && d->x[k].sent_shift) /* "Selain itu, ...": another deed */
        w->last_place = w->last_occur = w->last_date = NONE;
    if (m->sentence != w->cur_sent) {
        if (w->last_role_cur != NONE)
            w->last_role_prev = w->last_role_cur;
        if (w->last_spec_cur != NONE) {
            w->last_spec_prev = w->last_spec_cur;
            w->first_spec_prev = w->first_spec_cur;
        }
        w->last_role_cur = w->last_spec_cur = w->first_spec_cur = NONE;
        w->cur_sent = m->sentence;
    }
    if (m->kind == PK_EXTRACT_MENTION_ROLE && actor_candidate(m, &d->x[k]) && !(m->flags & PK_EXTRACT_FLAG_LINK) &&
        !pk__label_is(m->label, "voter") && d->topic_of[k] == NONE && !addressee(d, k) && !transferred(d, k) &&
        !handler(d, k) && !place_owner(d, k) && !status_of_post(d, k)) {
        w->last_role_cur = k;
        if (d->x[k].priority >= 2) {
            w->last_spec_cur = k;
            if (w->first_spec_cur == NONE)
                w->first_spec_cur = k;
        }
    }
}

static void walk_after(dctx *d, walk *w, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    if (usable_region(m))
        w->last_region = k;
    if (usable_place(m, &d->x[k]))
        w->last_place = k;
    if (m->kind == PK_EXTRACT_MENTION_DATE && !deed_day(d, k))
        return;
    if (occur_date(m, &d->x[k]))
        w->last_occur = k;
    if (act_date(m, &d->x[k]))
        w->last_date = k;
}

/* 1 if t[i..j) is a word naming cases ("kasus", "laporan", "temuan",
 * "perkara", "pengaduan"). */
static int case_word(const char *t, size_t i, size_t j)
{
    static const char *const cases[] = {"kasus", "laporan", "temuan", "perkara", "pengaduan"};
    for (size_t q = 0; q < PK_ARRAY_LEN(cases); q++)
        if (word_is(t + i, j - i, cases[q]))
            return 1;
    return 0;
}

/* The word of t that ends at or before byte e (spaces skipped, not across
 * other punctuation), no further back than floor: its start in *b; 0 if
 * there is none. */
static int word_before(const char *t, size_t e, size_t floor, size_t *b, size_t *end)
{
    while (e > floor && t[e - 1] == ' ')
        e--;
    size_t i = e;
    while (i > floor && ((t[i - 1] >= 'a' && t[i - 1] <= 'z') || (t[i - 1] >= 'A' && t[i - 1] <= 'Z') ||
                         (t[i - 1] >= '0' && t[i - 1] <= '9')))
        i--;
    *b = i;
    *end = e;
    return i < e;
}

/* 1 if the word t[b, e) is an ordinal ("pertama" .. "kelima"): "laporan
 * kedua" is one report of a list told one by one, whose own deed the text
 * tells ("Sementara untuk laporan kedua terhadap netralitas ASN. ... karena
 * ada simbol ke salah satu paslon", fresh3 010), not a count of the
 * class's cases. */
static int ordinal(const char *t, size_t b, size_t e)
{
    static const char *const ord[] = {"pertama", "kedua", "ketiga", "keempat", "kelima"};
    for (size_t q = 0; q < PK_ARRAY_LEN(ord); q++)
        if (word_is(t + b, e - b, ord[q]))
            return 1;
    return 0;
}

/* 1 if a case word ("laporan", "temuan", "kasus", "perkara", "pengaduan")
 * is one of the eight words of t that end at or before byte e (no further
 * back than floor): the neutrality of a class named after it ("Laporan
 * netralitas kades", "satu temuan dari teman-teman di lapangan terkait
 * netralitas ASN") is what the case received is about. A Bawaslu of one
 * kabupaten/kota telling the complaints or findings it got names the
 * class, not the person: corpus README rule 8 makes that one group
 * incident of the class (tally_draft()). */
static int case_before(const char *t, size_t e, size_t floor)
{
    size_t b, end, next = 0, nend = 0; /* the word after the one read */
    for (int q = 0; q < 8 && word_before(t, e, floor, &b, &end); q++) {
        if (case_word(t, b, end))
            return !(q > 0 && ordinal(t, next, nend));
        next = b;
        nend = end;
        e = b;
        while (e > floor && t[e - 1] == '-') /* "teman-teman" */
            e--;
    }
    return 0;
}

/* 1 if role k names a class of people counted by cases, a tally rather
 * than a deed (corpus README rule 8: a tally of one kabupaten/kota by
 * actor class is one group incident): a count and a case word right
 * after it, past a bracketed abbreviation ("netralitas aparatur sipil
 * negara (ASN) dua kasus", "netralitas aparat desa dua kasus"); a count,
 * a case word and at most "dugaan", "pelanggaran", "netralitas" right
 * before it ("4 temuan pelanggaran Aparatur Sipil Negara (ASN)"); or
 * "kasus" right before it ("Kasus ASN Sekretariat Daerah"). At most 64
 * bytes read on either side. */
static int tally_class(const dctx *d, size_t k)
{
    const char *t = d->text;
    size_t e = d->m[k].end, lim = e + 64 < d->len ? e + 64 : d->len, j;
    while (e < lim && t[e] == ' ')
        e++;
    if (e < lim && t[e] == '(') {
        while (e < lim && t[e] != ')')
            e++;
        if (e < lim)
            e++;
    }
    if (e < lim && t[e] == ' ')
        e++;
    size_t i = e;
    j = ascii_word_end(t, i, lim);
    if (i < j && ((t[i] >= '0' && t[i] <= '9') || count_word(t + i, j - i)) && j < lim && t[j] == ' ') {
        size_t c = j + 1;
        while (c < lim && t[c] >= 'a' && t[c] <= 'z')
            c++;
        if (case_word(t, j + 1, c))
            return 1;
    }
    size_t floor = d->m[k].start > 64 ? d->m[k].start - 64 : 0, b, end;
    if (!word_before(t, d->m[k].start, floor, &b, &end))
        return 0;
    if (word_is(t + b, end - b, "kasus"))
        return 1;
    if (word_is(t + b, end - b, "netralitas") && case_before(t, b, floor))
        return 1; /* "Laporan netralitas kades ini dari paslon 01" (fresh3 010) */
    static const char *const skip[] = {"netralitas", "pelanggaran", "dugaan"};
    for (size_t q = 0; q < PK_ARRAY_LEN(skip); q++)
        if (word_is(t + b, end - b, skip[q]) && !word_before(t, b, floor, &b, &end))
            return 0;
    if (!case_word(t, b, end) || !word_before(t, b, floor, &b, &end))
        return 0;
    return (t[b] >= '0' && t[b] <= '9') || count_word(t + b, end - b) > 0;
}

/* 1 if actor labels a and b name the same class of people (asn, pns and
 * pppk are one class: corpus README rule 5). */
static int same_class(const char *a, const char *b)
{
    int ca = pk__label_is(a, "asn") || pk__label_is(a, "pns") || pk__label_is(a, "pppk");
    int cb = pk__label_is(b, "asn") || pk__label_is(b, "pns") || pk__label_is(b, "pppk");
    return pk__same_label(a, b) || (ca && cb);
}

/* 1 if role k is a class counted by cases (tally_class()) that may act:
 * not a supervisor, voter or unnamed person, nor a relative. */
static int tally_group(const dctx *d, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    return !(m->flags & (PK_EXTRACT_FLAG_NEGATED | PK_EXTRACT_FLAG_LINK)) && !d->x[k].title &&
           !pk__label_is(m->label, "supervisor") && !pk__label_is(m->label, "voter") &&
           !pk__label_is(m->label, "any_person") && tally_class(d, k);
}

/* 1 if outcome k forwards a count of people to the civil service's
 * bodies, BKN or KASN ("6 orang diantaranya diteruskan ke BKN", fresh7
 * 036): they handle only civil servants' breaches (UU 20/2023 Pasal 26,
 * PP 94/2021), so the people counted are ASN, a group told as a tally.
 * At most 64 bytes read on either side. */
static int forwarded_civil(const dctx *d, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    if (m->kind != PK_EXTRACT_MENTION_OUTCOME || !pk__label_is(m->label, "proven") || k + 1 >= d->nm ||
        !cue_is(d, k + 1, "to", NULL) || d->m[k + 1].sentence != m->sentence)
        return 0;
    const char *t = d->text;
    size_t i = d->m[k + 1].end, j;
    if (i < d->len && t[i] == ' ')
        i++;
    for (j = i; j < d->len && j - i < 16 && t[j] >= 'A' && t[j] <= 'Z';)
        j++;
    if (!word_is(t + i, j - i, "bkn") && !word_is(t + i, j - i, "kasn"))
        return 0;
    size_t floor = m->start > 64 ? m->start - 64 : 0, b, end;
    if (!word_before(t, m->start, floor, &b, &end))
        return 0;
    if (word_is(t + b, end - b, "diantaranya") && !word_before(t, b, floor, &b, &end))
        return 0;
    if (!word_is(t + b, end - b, "orang") || !word_before(t, b, floor, &b, &end))
        return 0;
    return (t[b] >= '0' && t[b] <= '9') || count_word(t + b, end - b) > 0;
}

/* 1 if act k ("netralitas ASN") is what a case received is about: a
 * report or handling word before it in its sentence ("Mereka melaporkan
 * dugaan adanya pelanggaran dari netralitas ASN", corpus 115), or a case
 * word shortly before it (case_before(): "mengkaji satu temuan dari
 * teman-teman di lapangan terkait netralitas ASN", fresh13 034). A report
 * counted by an ordinal ("laporan kedua", ordinal()) is not. */
static int case_of_class(const dctx *d, size_t k)
{
    for (size_t j = k; j > 0 && k - j < WINDOW && d->m[j - 1].sentence == d->m[k].sentence; j--)
        if (cue_is(d, j - 1, "report", NULL)) {
            size_t b = d->m[j - 1].end, e;
            while (b < d->len && d->text[b] == ' ')
                b++;
            e = ascii_word_end(d->text, b, d->len);
            return !ordinal(d->text, b, e);
        }
    size_t e = d->m[k].start;
    return case_before(d->text, e, e > 96 ? e - 96 : 0);
}

/* The word of t that starts after byte i past spaces only (letters only;
 * none past other punctuation or at lim): [*b, *e); 0 if there is none. */
static int word_after(const char *t, size_t i, size_t lim, size_t *b, size_t *e)
{
    while (i < lim && t[i] == ' ')
        i++;
    size_t j = i;
    while (j < lim && ((t[j] >= 'a' && t[j] <= 'z') || (t[j] >= 'A' && t[j] <= 'Z')))
        j++;
    *b = i;
    *e = j;
    return j > i;
}

/* For role k: 1 when the words right after it tell that k committed a
 * breach named only by its noun: an optional "yang", at most three
 * hedging words (diduga, terindikasi, terbukti, telah, sudah, juga),
 * "melakukan pelanggaran" ("empat kepala desa yang terindikasi melakukan
 * pelanggaran", corpus 092); *act becomes administrative_breach when
 * "administrasi"/"administratif" follows. At most 96 bytes read after k. */
static int breach_after(const dctx *d, size_t k, const char **act)
{
    const char *t = d->text;
    size_t lim = d->m[k].end + 96 < d->len ? d->m[k].end + 96 : d->len, b, e;
    static const char *const hedge[] = {"diduga", "terindikasi", "terbukti", "telah", "sudah", "juga"};
    int ok = word_after(t, d->m[k].end, lim, &b, &e);
    if (ok && word_is(t + b, e - b, "yang"))
        ok = word_after(t, e, lim, &b, &e);
    int hedged = 0; /* "yang melakukan pelanggaran" alone is how a rule names whoever breaches */
    for (int n = 0; ok && n < 3; n++) {
        int h = 0;
        for (size_t q = 0; q < PK_ARRAY_LEN(hedge) && !h; q++)
            h = word_is(t + b, e - b, hedge[q]);
        if (!h)
            break;
        hedged = 1;
        ok = word_after(t, e, lim, &b, &e);
    }
    if (!ok || !hedged || !word_is(t + b, e - b, "melakukan") || !word_after(t, e, lim, &b, &e) ||
        !word_is(t + b, e - b, "pelanggaran"))
        return 0;
    if (word_after(t, e, lim, &b, &e) &&
        (word_is(t + b, e - b, "administrasi") || word_is(t + b, e - b, "administratif")))
        *act = "administrative_breach";
    return 1;
}

/* 1 if one of the first n drafts of r (deeds told) is of a person of the
 * class of actor label l with an act other than a bare breach
 * (other_neutrality, organizer_ethics): the report of a person of that
 * class is mostly the frame of that deed ("Seorang camat dan penjabat
 * penghulu (kepala desa) ... dilaporkan ke Bawaslu", then each deed,
 * fresh5 006). */
static int deed_of_class(const pk_extract_result *r, size_t n, const char *l)
{
    for (size_t i = 0; i < n; i++)
        if (same_class(r->d[i].actor_label, l) && !pk__label_is(r->d[i].act_label, "other_neutrality") &&
            !pk__label_is(r->d[i].act_label, "organizer_ethics"))
            return 1;
    return 0;
}

/* For role k: 1 when the next mention of its sentence, past places only,
 * is a passive `report` cue (dilaporkan, diadukan, dikadukan) within 64
 * bytes with only names (capitalised words) and the words yang, juga,
 * ikut, turut, telah, sudah, di between: k is the reported party of a
 * case ("ada satu kades di Kecamatan Cikande yang dilaporkan ke Bawaslu
 * Kabupaten Serang", corpus 083; "Camat Mejobo Moch Zaenuri juga ikut
 * dilaporkan ke Bawaslu Kudus", fresh4 007). */
static int reported_after(const dctx *d, size_t k)
{
    size_t q = k + 1;
    while (q < d->nm && d->m[q].sentence == d->m[k].sentence &&
           (d->m[q].kind == PK_EXTRACT_MENTION_DISTRICT || d->m[q].kind == PK_EXTRACT_MENTION_VILLAGE ||
            d->m[q].kind == PK_EXTRACT_MENTION_REGION))
        q++;
    if (q >= d->nm || d->m[q].sentence != d->m[k].sentence || !cue_is(d, q, "report", NULL) ||
        d->m[q].start < d->m[k].end || d->m[q].start - d->m[k].end > 64)
        return 0;
    static const char *const glue[] = {"yang", "juga", "ikut", "turut", "telah", "sudah", "di"};
    for (size_t i = d->m[k].end, b, e; i < d->m[q].start; i = e) {
        while (i < d->m[q].start && d->text[i] == ' ')
            i++;
        if (i >= d->m[q].start)
            break;
        if (!word_after(d->text, i, d->m[q].start, &b, &e))
            return 0; /* a comma, bracket, figure or other sign: another clause */
        int ok = d->text[b] >= 'A' && d->text[b] <= 'Z'; /* a name or a place's name */
        for (size_t g = 0; g < PK_ARRAY_LEN(glue) && !ok; g++)
            ok = word_is(d->text + b, e - b, glue[g]);
        if (!ok)
            return 0;
    }
    const char *w = d->text + d->m[q].start;
    size_t n = d->m[q].end - d->m[q].start;
    return word_is(w, n, "dilaporkan") || word_is(w, n, "diadukan") || word_is(w, n, "dikadukan");
}

/* 1 if the sentence of mention k holds a prohibition, appeal, condition
 * or risk word (an `irrealis` mention of that label; socialisation and
 * aggregate words name supervision and counts, which case reports also
 * use): "Kepala desa yang terbukti melakukan pelanggaran akan dikenai
 * sanksi" tells a rule, not a case. At most WINDOW mentions read on either
 * side. */
static int modal_sentence(const dctx *d, size_t k)
{
    size_t sent = d->m[k].sentence, lo = k, hi = k + 1;
    while (lo > 0 && k - lo < WINDOW && d->m[lo - 1].sentence == sent)
        lo--;
    while (hi < d->nm && hi - k < WINDOW && d->m[hi].sentence == sent)
        hi++;
    for (size_t q = lo; q < hi; q++)
        if (d->m[q].kind == PK_EXTRACT_MENTION_IRREALIS &&
            (pk__label_is(d->m[q].label, "prohibition") || pk__label_is(d->m[q].label, "appeal") ||
             pk__label_is(d->m[q].label, "condition") || pk__label_is(d->m[q].label, "risk")))
            return 1;
    return 0;
}

/* For role k: the act of a breach named only by its noun with k as its
 * doer ("dugaan pelanggaran yang dilakukan Kepala Desa/Ohoi Uwat", fresh6
 * 021; "lima dugaan pelanggaran administrasi yang dilakukan oleh KPPS di
 * TPS", fresh12 040): "dugaan" or "temuan", "pelanggaran", an optional
 * kind (administrasi, administratif: administrative_breach, UU 10/2016
 * Pasal 138; pemilu,
 * pemilihan, pilkada: no kind), "yang dilakukan", an optional "oleh", and
 * at most two words counting or hedging the doer (salah satu, seorang,
 * oknum, sejumlah, beberapa, para) right before k; in a sentence naming no
 * deed (no act mention) and not of a prohibition, appeal, condition or
 * risk (modal_sentence()); also the doer told after k (breach_after()) or
 * k named as the reported party (reported_after(): *reported 1). Not when
 * "tersebut", "itu" or "ini" follows k: the one told before, whose deed
 * is told. The act is the kind's, else the class's generic one (corpus
 * README rule 6: organizer_ethics for an organiser; other_neutrality for the people
 * neutrality binds: civil servants and their posts, the village
 * government, Polri, TNI); NULL for anyone else (a candidate's breach
 * named so is no neutrality breach) or when the words are not there. At
 * most 96 bytes read before k. */
static const char *offender_act(const dctx *d, size_t k, int *reported)
{
    *reported = 0;
    const pk_extract_mention *m = &d->m[k];
    if (m->kind != PK_EXTRACT_MENTION_ROLE || d->x[k].sent_act_prio || (m->flags & PK_EXTRACT_FLAG_IRREALIS) ||
        (m->flags & (PK_EXTRACT_FLAG_NEGATED | PK_EXTRACT_FLAG_LINK)) || d->x[k].title)
        return NULL;
    static const char *const binds[] = {"asn",         "pns",         "pppk",           "camat",
                                        "lurah",       "honorer",     "acting_head",    "kepala_desa",
                                        "perangkat_desa", "pendamping_desa", "polri",   "tni"};
    int organiser = pk__label_is(m->label, "organizer") || pk__label_is(m->label, "supervisor"), bound = organiser;
    for (size_t q = 0; q < PK_ARRAY_LEN(binds) && !bound; q++)
        bound = pk__label_is(m->label, binds[q]);
    if (!bound || modal_sentence(d, k))
        return NULL;
    const char *t = d->text;
    size_t i, j;
    if (word_after(t, m->end, m->end + 64 < d->len ? m->end + 64 : d->len, &i, &j) &&
        (word_is(t + i, j - i, "tersebut") || word_is(t + i, j - i, "itu") || word_is(t + i, j - i, "ini")))
        return NULL; /* "pelanggaran pemilu yang dilakukan ASN tersebut" (fresh6 012): the one told before, whose
                        deed is told */
    const char *act = organiser ? "organizer_ethics" : "other_neutrality";
    if (breach_after(d, k, &act))
        return act;
    if (reported_after(d, k)) {
        *reported = 1;
        return act;
    }
    size_t floor = m->start > 96 ? m->start - 96 : 0, b = m->start, e;
    static const char *const doer[] = {"salah", "satu", "seorang", "oknum", "sejumlah", "beberapa", "para"};
    int ok = word_before(t, b, floor, &b, &e);
    for (int n = 0; ok && n < 2; n++) {
        int skip = 0;
        for (size_t q = 0; q < PK_ARRAY_LEN(doer) && !skip; q++)
            skip = word_is(t + b, e - b, doer[q]);
        if (!skip)
            break;
        ok = word_before(t, b, floor, &b, &e);
    }
    if (ok && word_is(t + b, e - b, "oleh"))
        ok = word_before(t, b, floor, &b, &e);
    if (!ok || !word_is(t + b, e - b, "dilakukan") || !word_before(t, b, floor, &b, &e) ||
        !word_is(t + b, e - b, "yang") || !word_before(t, b, floor, &b, &e))
        return NULL;
    if (word_is(t + b, e - b, "administrasi") || word_is(t + b, e - b, "administratif")) {
        act = "administrative_breach";
        if (!word_before(t, b, floor, &b, &e))
            return NULL;
    } else if (word_is(t + b, e - b, "pemilu") || word_is(t + b, e - b, "pemilihan") ||
               word_is(t + b, e - b, "pilkada")) {
        if (!word_before(t, b, floor, &b, &e))
            return NULL;
    }
    /* "dugaan pelanggaran ...", "temuan pelanggaran ...": a case; a bare
     * "pelanggaran yang dilakukan oleh ASN" is also how rules and national
     * tallies speak (fresh 042) */
    if (!word_is(t + b, e - b, "pelanggaran") || !word_before(t, b, floor, &b, &e) ||
        !(word_is(t + b, e - b, "dugaan") || word_is(t + b, e - b, "temuan")))
        return NULL;
    return act;
}

/* 1 if act k names the neutrality of civil servants as a class
 * ("netralitas ASN", the class word inside the act's words) in a sentence
 * telling that a case was found proven or sanctioned ("ada satu sudah ada
 * rekomendasi dari Bawaslu Biak Numfor berkaitan dengan netralitas ASN",
 * fresh7 023): a handled case of that class with no person named, told as
 * a tally is. */
static int handled_class(const dctx *d, size_t k)
{
    const pk_extract_mention *m = &d->m[k];
    int8_t o = d->x[k].sent_outcome;
    if (!pk__label_is(m->label, "other_neutrality") || m->end - m->start <= 4 || !word_is(d->text + m->end - 4, 4, " asn"))
        return 0;
    return o == PK_EXTRACT_PROVEN || o == PK_EXTRACT_SANCTIONED || case_of_class(d, k);
}

/* The group incident of a tally of one kabupaten/kota by actor class
 * (corpus README rule 8, fresh7 021 035, fresh6 017): role k counted by
 * cases, with the walk w as it stood at k, gives one draft of that class
 * with the class's generic neutrality act (organizer_ethics for an
 * organiser, DKPP Regulation 2/2017; other_neutrality else, rule 6), its
 * status as told, no occurrence date (a count tells no day), at a
 * confidence below 0.5 (an aggregate tells no single deed). None when a
 * draft of that class is already there (the deed told), or when the
 * place is not one kabupaten/kota (a national or provincial tally is no
 * incident) or only the default region. With own_act (a breach named by
 * its noun with role k as its doer or reported party, offender_act()):
 * that act, the actor stated, and none only when a deed of somebody named
 * in k's own sentence is drafted; reported: a post place of k's (its
 * kecamatan or desa right after it) is not taken as the deed's. */
static pk_status tally_draft(dctx *d, size_t k, const walk *w, const pk_extract_options *o,
                             const pk_region *defreg, dmetas *ms, const char *own_act, int reported)
{
    const pk_extract_mention *km = &d->m[k];
    int role = km->kind == PK_EXTRACT_MENTION_ROLE; /* else ASN: forwarded_civil(), handled_class() */
    for (size_t i = 0; i < d->r->nd; i++) {
        size_t am = d->r->d[i].evidence[PK_EXTRACT_FIELD_ACTOR].mention;
        if (own_act ? am != PK_EXTRACT_NO_MENTION && am < d->nm && d->m[am].sentence == km->sentence
                    : same_class(d->r->d[i].actor_label, role ? km->label : "asn") ||
                          (ms->m[i].named_as && same_class(ms->m[i].named_as, role ? km->label : "asn")))
            return PK_OK; /* an offender named (offender_act()): only a deed of someone in its own sentence */
    }
    pk_extract_draft dr;
    memset(&dr, 0, sizeof dr);
    dr.incident = (pk_incident)PK_INCIDENT_INIT;
    for (int f = 0; f < PK_EXTRACT_EVIDENCE_SLOTS; f++)
        dr.evidence[f].mention = PK_EXTRACT_NO_MENTION;
    pk_act act;
    pk_actor who;
    if (role) {
        set_actor(d, &dr, k, own_act ? PK_EXTRACT_HOW_STATED : PK_EXTRACT_HOW_INFERRED, TALLY_CONF);
    } else if (pk_actor_from_name(&who, "pns", NULL) == PK_OK) {
        dr.actor_label = "asn";
        dr.incident.actor = who;
        set_ev(&dr, PK_EXTRACT_FIELD_ACTOR, PK_EXTRACT_HOW_INFERRED, TALLY_CONF, km, k);
    }
    dr.act_label = own_act                                          ? own_act
                   : role && pk__label_is(km->label, "organizer") ? "organizer_ethics"
                                                                    : "other_neutrality";
    if (pk_act_from_name(&act, dr.act_label, NULL) == PK_OK)
        dr.incident.act = act;
    set_ev(&dr, PK_EXTRACT_FIELD_ACT, PK_EXTRACT_HOW_INFERRED, TALLY_CONF, km, k);
    const pk__xinfo *kx = &d->x[k];
    int8_t st = d->para_outcome[k] >= 0 ? d->para_outcome[k] : d->doc_outcome;
    if (st == PK_EXTRACT_NOT_PROVEN || st == PK_EXTRACT_DROPPED)
        st = -1; /* a tally parts its cases by outcome: "delapan kasus ... tidak memenuhi unsur" is others' */
    if (kx->sent_outcome >= 0)
        st = kx->sent_outcome;
    dr.status = st >= 0 ? (pk_extract_status)st : PK_EXTRACT_ALLEGED;
    dr.negated = dr.status == PK_EXTRACT_NOT_PROVEN;
    dr.confidence = TALLY_CONF;
    size_t lo = k, hi = k + 1;
    while (lo > 0 && k - lo < WINDOW && d->m[lo - 1].sentence == km->sentence)
        lo--;
    while (hi < d->nm && hi - k < WINDOW && d->m[hi].sentence == km->sentence)
        hi++;
    fill_region(d, &dr, k, lo, hi, w, defreg);
    const pk_extract_evidence *re = &dr.evidence[PK_EXTRACT_FIELD_REGION];
    if (re->how == PK_EXTRACT_HOW_INFERRED && d->doc_office != NONE && is_kabkota(d->m[d->doc_office].region) &&
        re->mention != d->doc_office) {
        /* no place in the count's own sentence: the area of the office that
         * counts ("Bawaslu Kabupaten Kerinci menemukan 24 kasus ... 6 orang
         * diantaranya diteruskan ke BKN"), not a place named later (fresh7
         * 036: "... di Sungai Penuh" in an appeal) */
        pk__strlcpy_utf8(dr.incident.region, d->m[d->doc_office].region->code, sizeof dr.incident.region);
        set_ev(&dr, PK_EXTRACT_FIELD_REGION, PK_EXTRACT_HOW_INFERRED, 0.5, &d->m[d->doc_office], d->doc_office);
    }
    if (re->how == PK_EXTRACT_HOW_NONE || re->how == PK_EXTRACT_HOW_DEFAULTED ||
        !is_kabkota(d->m[re->mention].region))
        return PK_OK;
    size_t post = reported ? own_place(d, k) : NONE;
    if (post != NONE && (dr.evidence[PK_EXTRACT_FIELD_DISTRICT].mention == post ||
                         dr.evidence[PK_EXTRACT_FIELD_VILLAGE].mention == post)) {
        /* named only as reported ("Camat Mejobo ... juga ikut dilaporkan",
         * fresh4 007): no deed is told, so the post names where the person
         * works, not where a deed was done (corpus README rule 3) */
        dr.district[0] = dr.district_code[0] = dr.village[0] = dr.village_code[0] = '\0';
        dr.evidence[PK_EXTRACT_FIELD_DISTRICT] = dr.evidence[PK_EXTRACT_FIELD_VILLAGE] = (pk_extract_evidence){0};
        dr.evidence[PK_EXTRACT_FIELD_DISTRICT].mention = dr.evidence[PK_EXTRACT_FIELD_VILLAGE].mention =
            PK_EXTRACT_NO_MENTION;
    }
    fill_rest(d, &dr, k, o);
    dr.start = d->m[lo].start;
    dr.end = d->m[hi - 1].end;
    dmeta nm = {kx->para, km->sentence, 1, 0, 0, kx->sent_shift, 0, 0, NULL};
    return add_draft(d->r, &dr, &nm, ms);
}

/* For act a: 0 if it is not "di bawah umur"; else 1 when a word of voting
 * follows it in its sentence ("mencoblos", "memilih",
 * "hak pilih", "hak suara"): someone under age voted (UU 10/2016 Pasal 57
 * ayat (1)), and -1 when none does (children at a campaign, a warning):
 * no vote told. At most 160 bytes read. */
static int underage_vote(const dctx *d, size_t a)
{
    const pk_extract_mention *m = &d->m[a];
    if (!word_is(d->text + m->start, m->end - m->start, "di bawah umur"))
        return 0;
    size_t to = d->len - m->end > 160 ? m->end + 160 : d->len;
    for (size_t i = m->end, j; i < to; i = j) {
        while (i < to && !((d->text[i] >= 'a' && d->text[i] <= 'z') || (d->text[i] >= 'A' && d->text[i] <= 'Z'))) {
            if (sent_stop(d->text, d->len, i))
                return -1;
            i++;
        }
        for (j = i; j < to && ((d->text[j] >= 'a' && d->text[j] <= 'z') || (d->text[j] >= 'A' && d->text[j] <= 'Z'));)
            j++;
        if (word_is(d->text + i, j - i, "mencoblos") || word_is(d->text + i, j - i, "memilih") ||
            ((word_is(d->text + i, j - i, "pilih") || word_is(d->text + i, j - i, "suara") ||
              word_is(d->text + i, j - i, "pilihnya") || word_is(d->text + i, j - i, "suaranya")) &&
             i >= 4 && word_is(d->text + i - 4, 3, "hak")))
            return 1;
    }
    return -1;
}

pk_status pk__extract_drafts(pk_extract_result *r, pk_extract_workspace *ws, const pk_extract_options *o,
                             const pk_region *defreg, const char *text, size_t len, pk_error *err)
{
    settle_ambiguous(r);
    capital_provinces(r, text);
    dctx d;
    memset(&d, 0, sizeof d);
    d.r = r;
    d.m = r->m;
    d.x = r->x;
    d.nm = r->nm;
    d.text = text;
    d.len = len;
    d.competing = -1;
    slug_cache slugs;
    memset(slugs.key, 0, sizeof slugs.key);
    memset(slugs.val, -1, sizeof slugs.val); /* an empty slot (key NULL) answers a NULL label: none */
    d.slugs = &slugs;
    code_cache codes;
    memset(&codes, 0, sizeof codes);
    d.codes = &codes;
    sent_cache sents;
    memset(&sents, 0, sizeof sents);
    d.sents = &sents;
    says_cache says = {0, 0, 0, 0};
    d.says = &says;
    pk_status s = prepare(&d, ws);
    if (s == PK_OK) {
        doc_places(&d);
        find_head(&d);
        find_identity(&d);
    }
    dmetas ms = {0}; /* set with each draft; zeroed so no reader can see garbage */
    dmeta *meta = ms.m;
    walk w = {NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, 0, NONE, NONE};
    size_t tally_at[8], ntally = 0; /* roles counted by cases (tally_class), drafted after the deeds */
    size_t off_at[8], noff = 0; /* doers of a breach named by its noun (offender_act) */
    const char *off_act[8];
    int off_rep[8]; /* named as the reported party (reported_after()) */
    walk off_walk[8];
    walk tally_walk[8];
    for (size_t a = 0; s == PK_OK && a < d.nm; a++) {
        walk_step(&d, &w, a);
        const pk_extract_mention *am = &d.m[a];
        const pk__xinfo *ax = &d.x[a];
        if (am->kind != PK_EXTRACT_MENTION_ACT) {
            if (ntally < PK_ARRAY_LEN(tally_at) &&
                (am->kind == PK_EXTRACT_MENTION_ROLE ? tally_group(&d, a) : forwarded_civil(&d, a))) {
                tally_at[ntally] = a;
                tally_walk[ntally++] = w;
            } else if (noff < PK_ARRAY_LEN(off_at) && (off_act[noff] = offender_act(&d, a, &off_rep[noff])) != NULL) {
                off_at[noff] = a;
                off_walk[noff++] = w;
            }
            walk_after(&d, &w, a);
            continue;
        }
        r->total_acts++;
        if ((am->flags & (PK_EXTRACT_FLAG_IRREALIS | PK_EXTRACT_FLAG_LINK)) ||
            ax->priority < ax->sent_act_prio || set_aside(&d, a) || attended(&d, a) || not_to(&d, a) ||
            peace_pledge(&d, a) || every_doer(&d, a) || unattended(&d, a))
            continue;
        size_t lo = a, hi = a + 1;
        while (lo > 0 && a - lo < WINDOW && d.m[lo - 1].sentence == am->sentence)
            lo--;
        while (hi < d.nm && hi - a < WINDOW && d.m[hi].sentence == am->sentence)
            hi++;
        if (threatens(&d, lo, hi)) {
            walk_after(&d, &w, a);
            continue;
        }
        pk_extract_draft dr;
        memset(&dr, 0, sizeof dr);
        dr.incident = (pk_incident)PK_INCIDENT_INIT;
        dr.actor_label = "";
        dr.act_label = am->label;
        const char *shown = gesture_video(&d, a);
        if (shown)
            dr.act_label = shown;
        for (int f = 0; f < PK_EXTRACT_EVIDENCE_SLOTS; f++)
            dr.evidence[f].mention = PK_EXTRACT_NO_MENTION;
        /* a generic act word ("kampanye", "video", "dukungan", priority 1)
         * is weak evidence of a deed even with a person beside it: on
         * unseen text (fresh4, fresh5) it was right one time in three, so
         * below a confident draft */
        double conf = ax->priority <= 1 ? GENERIC_CONF : prio_conf(ax->priority);
        pk_act act;
        pk_extract_how ahow = PK_EXTRACT_HOW_STATED;
        if (act_named(&d, &act, dr.act_label) == PK_OK) {
            dr.incident.act = act;
        } else if (ax->maps_to && act_named(&d, &act, ax->maps_to) == PK_OK) {
            dr.incident.act = act;
            ahow = PK_EXTRACT_HOW_INFERRED;
        }
        int8_t st = ax->sent_outcome >= 0 ? ax->sent_outcome : d.para_outcome[a] >= 0 ? d.para_outcome[a] : doc_outcome(&d, am);
        /* a case stopped ("tidak dapat dilanjutkan") that the text finds not
         * proven in a sentence naming no other deed or person ("Status
         * Laporan tidak memenuhi unsur dan tidak dapat dibuktikan"): the
         * finding is why it stopped (fresh4 004); a finding about another
         * person ("kades di Kecamatan Gemuh ... tidak memenuhi unsur"), or
         * told before the deed ("tidak menemukan pelanggaran saat
         * pendaftaran", then another matter, fresh5 043), leaves the
         * stopped case as told */
        if (st == PK_EXTRACT_DROPPED && d.doc_cleared != NONE && d.doc_cleared > am->sentence)
            st = PK_EXTRACT_NOT_PROVEN;
        dr.status = st >= 0 ? (pk_extract_status)st : PK_EXTRACT_ALLEGED;
        dr.negated = (am->flags & PK_EXTRACT_FLAG_NEGATED) || ax->sent_deny || d.deny_after[a] ||
                     dr.status == PK_EXTRACT_NOT_PROVEN;
        if (dr.status == PK_EXTRACT_DROPPED && conf > DROPPED_CONF)
            conf = DROPPED_CONF; /* a stopped case ("dihentikan", "tidak diregistrasi"): the deed was never
                                  * established, so not a confident incident, but kept with its outcome */
        double told = conf;      /* the confidence of the deed as told, were it not denied */
        int by_other = dr.negated && !(am->flags & PK_EXTRACT_FLAG_NEGATED) && !ax->sent_deny &&
                       dr.status != PK_EXTRACT_NOT_PROVEN && d.deny_by[a];
        if (dr.negated)
            conf = conf < 0.2 ? conf : 0.2;
        dr.confidence = conf;
        set_ev(&dr, PK_EXTRACT_FIELD_ACT, ahow, conf, am, a);
        int underage = underage_vote(&d, a);
        if (underage < 0) {
            walk_after(&d, &w, a); /* "melibatkan anak di bawah umur dalam kampanye": no vote told */
            continue;
        }
        fill_actor(&d, &dr, a, lo, hi, &w);
        if (underage && (dr.evidence[PK_EXTRACT_FIELD_ACTOR].how == PK_EXTRACT_HOW_NONE ||
                         pk__label_is(dr.actor_label, "any_person"))) {
            /* "seorang warga yang masih di bawah umur diketahui mencoblos":
             * the one who voted, a voter (fresh7 026) */
            dr.actor_label = "voter";
            dr.incident.actor = PK_ACTOR_VOTER;
            set_ev(&dr, PK_EXTRACT_FIELD_ACTOR, PK_EXTRACT_HOW_INFERRED, 0.6, am, a);
        }
        if (dr.evidence[PK_EXTRACT_FIELD_ACTOR].how == PK_EXTRACT_HOW_NONE &&
            (pk__label_is(dr.act_label, "multiple_voting") || pk__label_is(dr.act_label, "vote_in_name_of_other"))) {
            /* only a voter casts a ballot: "ada dua orang yang merupakan
             * pasangan suami istri melakukan pencoblosan dua kali" (org_dev
             * 002; UU 10/2016 Pasal 178A, 178B), inferred from the act's words */
            dr.actor_label = "voter";
            dr.incident.actor = PK_ACTOR_VOTER;
            set_ev(&dr, PK_EXTRACT_FIELD_ACTOR, PK_EXTRACT_HOW_INFERRED, 0.5, am, a);
        }
        if (by_other && dr.actor_label[0] && !pk__label_is(dr.actor_label, "any_person") &&
            !same_side(d.deny_by[a], dr.actor_label)) {
            /* denied in a later sentence by someone else ("Kepala desa ...
             * membagikan uang. Camat membantah terlibat"): the camat denies
             * his own part, not the deed told of the kepala desa; a deed of
             * somebody unnamed ("seorang wanita ... menyebut keterlibatan
             * seorang Dandim") may be the denier's own (fresh 035) */
            dr.negated = 0;
            dr.confidence = told;
            dr.evidence[PK_EXTRACT_FIELD_ACT].confidence = told;
        }
        size_t co[8];
        size_t nco = listed_actors(&d, &dr, a, hi, co, 8);
        int listed = dr.evidence[PK_EXTRACT_FIELD_ACTOR].how != PK_EXTRACT_HOW_NONE &&
                     dr.evidence[PK_EXTRACT_FIELD_ACTOR].mention >= hi;
        size_t am_k = dr.evidence[PK_EXTRACT_FIELD_ACTOR].mention;
        size_t idr = identified(&d, am_k);
        if (idr != NONE) /* "oknum ASN tersebut adalah Camat Bontoala": the post named is the actor */
            set_actor(&d, &dr, idr, idr > am_k && d.m[idr].sentence == d.m[am_k].sentence ? PK_EXTRACT_HOW_STATED
                                                                                         : PK_EXTRACT_HOW_INFERRED,
                      dr.evidence[PK_EXTRACT_FIELD_ACTOR].confidence);
        if (ax->priority <= 1 && (am_k == PK_EXTRACT_NO_MENTION || am_k < lo || am_k >= hi)) {
            /* a generic word ("kampanye", "video", "mendukung") with nobody
             * named beside it is not enough for an incident; a class's
             * handled case is a tally of that class (handled_class()) */
            if (ntally < PK_ARRAY_LEN(tally_at) && (am_k == PK_EXTRACT_NO_MENTION || am_k < lo) &&
                handled_class(&d, a)) {
                tally_at[ntally] = a;
                tally_walk[ntally++] = w;
            }
            walk_after(&d, &w, a);
            continue;
        }
        if (pk__label_is(dr.act_label, "other_neutrality") &&
            (pk__label_is(dr.actor_label, "candidate") || pk__label_is(dr.actor_label, "campaign_team"))) {
            /* "memanggil tiga pasangan calon ... terkait temuan dugaan
             * pelanggaran netralitas yang dilakukan salah satu kepala desa":
             * neutrality binds officials (UU 10/2016 Pasal 70, 71), not a
             * candidate or its team, so a breach of it with a candidate as
             * the nearest person is someone else's */
            walk_after(&d, &w, a);
            continue;
        }
        if ((ax->priority <= 1 || (ax->priority <= 2 && pk__label_is(am->label, "partisan_activity"))) &&
            own_campaign(&dr)) {
            /* "5 pasangan calon ... mulai melaksanakan kampanye", "calon
             * Walikota ... menggelar pertemuan-pertemuan": a candidate's own
             * campaign, named by a generic word, is no breach */
            walk_after(&d, &w, a);
            continue;
        }
        const char *in_video = declared_in_video(&d, a); /* after own_campaign(): a team's own support stays its own */
        if (in_video) {
            /* the label names the medium; the pk_act stays the declaration's
             * (video_support names no pk_act of its own) */
            pk_act vact = dr.incident.act;
            (void)act_named(&d, &vact, in_video);
            dr.act_label = in_video;
            dr.incident.act = vact;
        }
        const char *method = in_video ? NULL : method_told(&d, a);
        if (method) {
            /* the method its sentence tells (method_told()); a video keeps
             * the pk_act of what is said in it */
            pk_act tact = dr.incident.act;
            if (act_named(&d, &tact, method) == PK_OK)
                dr.incident.act = tact;
            dr.act_label = method;
        }
        if (pk__label_is(dr.act_label, "other_neutrality") &&
            (pk__label_is(dr.actor_label, "organizer") || pk__label_is(dr.actor_label, "supervisor"))) {
            /* an organiser's bare breach ("anggota PPD ... tidak netral",
             * fresh5 050) is a breach of the organisers' code of ethics
             * (organizer_ethics: Peraturan DKPP 2/2017 Pasal 8; corpus
             * README rule 6, round 13), as a tally of organisers reads */
            pk_act oact = dr.incident.act;
            if (act_named(&d, &oact, "organizer_ethics") == PK_OK) {
                dr.incident.act = oact;
                dr.act_label = "organizer_ethics";
            }
        }
        if ((dr.evidence[PK_EXTRACT_FIELD_ACTOR].how == PK_EXTRACT_HOW_NONE ||
             (am_k == d.head_role && dr.evidence[PK_EXTRACT_FIELD_ACTOR].confidence < 0.5)) &&
            dr.confidence > 0.45) {
            /* an act with nobody named for it ("politik uang", "mobilisasi
             * dukungan"): kept for the caller, but not a confident incident */
            dr.confidence = 0.45;
            dr.evidence[PK_EXTRACT_FIELD_ACT].confidence = 0.45;
        }
        if (am_k != PK_EXTRACT_NO_MENTION && am_k >= lo && am_k < hi && d.m[am_k].kind == PK_EXTRACT_MENTION_ROLE &&
            dr.confidence > 0.45 && counted_as(&d, am_k, lo, hi) && tally_sentence(&d, d.m[lo].start, d.m[hi - 1].end)) {
            /* a count of people in a sentence that reports counts ("Bawaslu
             * mencatat 117 ASN dilaporkan ...", "berjumlah 64 ASN"): a
             * statistic, not one deed; kept, but not a confident incident */
            dr.confidence = 0.45;
            dr.evidence[PK_EXTRACT_FIELD_ACT].confidence = 0.45;
            if (dr.evidence[PK_EXTRACT_FIELD_ACTOR].confidence > 0.45)
                dr.evidence[PK_EXTRACT_FIELD_ACTOR].confidence = 0.45;
        }
        if (!dr.negated && denied_later(&d, &dr, a)) {
            dr.negated = 1;
            dr.confidence = dr.confidence < 0.2 ? dr.confidence : 0.2;
            dr.evidence[PK_EXTRACT_FIELD_ACT].confidence = dr.confidence;
        }
        fill_region(&d, &dr, a, lo, hi, &w, defreg);
        fill_date(&d, &dr, a, lo, hi, &w);
        fill_rest(&d, &dr, a, o);
        if (!dr.negated && dr.confidence > 0.45 && tally_of_places(&d, &dr, a)) {
            /* "Bawaslu baru menemukan enam pasangan petahana di enam daerah
             * yang melanggar Pasal 71" (dates_dev 020), "Kades, Lurah, maupun
             * ASN di sejumlah daerah di Provinsi Sumatera Utara terlihat
             * cenderung tidak netral" (fresh5 019): a count over places, no
             * deed in one of them; kept, but not a confident incident */
            dr.confidence = 0.45;
            dr.evidence[PK_EXTRACT_FIELD_ACT].confidence = 0.45;
        }
        dr.start = d.m[lo].start;
        dr.end = d.m[hi - 1].end;
        for (size_t k = lo; k < hi; k++)
            if (d.m[k].end > dr.end)
                dr.end = d.m[k].end;
        dmeta nm = {ax->para, am->sentence, ax->priority, 0, 0, ax->sent_shift, 0, 0, NULL};
        nm.bare_support = pk__label_is(dr.act_label, "declare_support") &&
                          (ax->priority <= 1 || (method && pk__label_is(method, "declare_support")));
        size_t ng = 0;
        if (!listed && am_k != PK_EXTRACT_NO_MENTION && (ng = group_members(&d, am_k, a, co, 8)) > 0) {
            /* a counted group whose members the text lists by their posts:
             * one incident per member, the first in this draft */
            set_actor(&d, &dr, co[0], PK_EXTRACT_HOW_INFERRED, 0.6);
            memmove(co, co + 1, (ng - 1) * sizeof *co);
            nco = ng - 1;
            listed = 1;
        } else if (!listed && am_k != PK_EXTRACT_NO_MENTION && am_k < lo &&
                   dr.evidence[PK_EXTRACT_FIELD_ACTOR].how == PK_EXTRACT_HOW_INFERRED && points_back(&d, am_k, a)) {
            /* the person of an earlier sentence, listed there with others
             * ("memanggil sembilan pejabat yang meliputi ASN dan THL. Mereka
             * dipanggil ... Sembilan pegawai diduga terang-terangan mendukung
             * ..."): all of them */
            nco = listed_with(&d, am_k, co, 8);
            listed = nco > 0;
        } else if (!listed) {
            nco = co_actors(&d, &dr, a, lo, hi, co, 4);
            nco = specific_actor(&d, &dr, co, nco);
            if (idr != NONE) {
                /* "dua orang ASN ... yakni sekretaris camat dan camat": the posts
                 * listed after the copula are the one group the class word
                 * named (corpus README rule 4), drafted once, by its post */
                size_t n = 0;
                for (size_t q = 0; q < nco; q++)
                    if (!(d.m[co[q]].start > d.m[d.ident_of].end && d.m[co[q]].start < d.m[idr].start))
                        co[n++] = co[q];
                nco = n;
            }
        }
        int posts = listed; /* several people, each by the post: each draft takes its actor's */
        for (size_t q = 0; q < nco && !posts; q++)
            posts = strcmp(d.m[co[q]].label, dr.actor_label) == 0;
        if (posts)
            post_place(&d, &dr, dr.evidence[PK_EXTRACT_FIELD_ACTOR].mention);
        size_t gp[4], ngp = 0;
        if (!listed && nco == 0 && am_k != PK_EXTRACT_NO_MENTION && am_k >= lo && am_k < hi &&
            d.m[am_k].kind == PK_EXTRACT_MENTION_ROLE && (ngp = group_places(&d, am_k, gp, 4, 1)) > 0)
            group_region(&d, &dr, gp[0]); /* one counted group over several places: one draft per place */
        size_t lpd[8], lpv[8], nlp = 0;
        if (!listed && nco == 0 && ngp == 0 && (nlp = place_list(&d, &dr, a, lpd, lpv, 8)) > 0)
            list_place(&d, &dr, lpd[0], lpv[0]); /* one draft per kecamatan of a list */
        int carried = 0; /* the list is another sentence's: its places are inferred */
        if (!listed && nco == 0 && ngp == 0 && nlp == 0 && (nlp = carried_list(&d, &dr, a, lpd, lpv, 8)) > 0) {
            carried = 1;
            carried_place(&d, &dr, lpd[0], lpv[0]);
        }
        if (!listed && nco == 0 && ngp == 0 && nlp == 0 && (nlp = post_list(&d, &dr, lpd, lpv, 8)) > 0) {
            carried = 1; /* one draft per post of the actor (each its holder) */
            carried_place(&d, &dr, lpd[0], lpv[0]);
        }
        if (!listed && nco == 0 && ngp == 0 && nlp == 0 && (nlp = told_places(&d, &dr, a, lpd, lpv, 8)) > 0) {
            carried = 1; /* the group's kecamatan, told again later */
            carried_place(&d, &dr, lpd[0], lpv[0]);
        }
        if (nco > 0)
            nm.group = a + 1; /* the act's people, one incident each (kin_drafts()) */
        dmeta nmo = nm; /* the other people's drafts: each named as its own post */
        if (idr != NONE && dr.evidence[PK_EXTRACT_FIELD_ACTOR].mention == idr && d.m[am_k].kind == PK_EXTRACT_MENTION_ROLE)
            nm.named_as = d.m[am_k].label; /* "oknum ASN tersebut adalah Camat Bontoala": named as asn */
        pk_extract_draft own = dr; /* the co-actors' drafts below start from dr's places */
        foreign_post(&d, &own);
        s = add_draft(r, &own, &nm, &ms);
        for (size_t q = 1; s == PK_OK && q < nlp; q++) {
            pk_extract_draft other = dr;
            if (carried)
                carried_place(&d, &other, lpd[q], lpv[q]);
            else
                list_place(&d, &other, lpd[q], lpv[q]);
            s = add_draft(r, &other, &nm, &ms);
        }
        for (size_t q = 1; s == PK_OK && q < ngp; q++) {
            pk_extract_draft other = dr;
            group_region(&d, &other, gp[q]);
            s = add_draft(r, &other, &nm, &ms);
        }
        for (size_t q = 0; s == PK_OK && q < nco; q++) {
            pk_extract_draft other = dr;
            if (listed) {
                set_actor(&d, &other, co[q], PK_EXTRACT_HOW_INFERRED, 0.6); /* a listed role */
                post_place(&d, &other, co[q]);
            } else {
                int at = actor_at(&d, &dr);
                set_actor(&d, &other, co[q], PK_EXTRACT_HOW_STATED, prio_conf(d.x[co[q]].priority));
                if (posts || at)
                    post_place_of(&d, &other, co[q], at);
            }
            foreign_post(&d, &other);
            s = add_draft(r, &other, &nmo, &ms);
        }
        size_t more[8], nmore = 0;
        if (s == PK_OK && dr.actor_label[0] && !dr.negated)
            nmore = list_after(&d, a, dr.actor_label, co, nco, more, 8);
        for (size_t q = 0; s == PK_OK && q < nmore; q++) {
            pk_extract_draft other = dr;
            set_actor(&d, &other, more[q], PK_EXTRACT_HOW_INFERRED, 0.6); /* a member listed after */
            s = add_draft(r, &other, &nmo, &ms);
        }
        walk_after(&d, &w, a);
    }
    if (s == PK_OK) {
        support_method(r, meta);
        fold_leftovers(r, meta, text, len);
    }
    size_t deeds = r->nd; /* drafts of deeds told, before any tally's */
    for (size_t q = 0; s == PK_OK && q < ntally; q++)
        s = tally_draft(&d, tally_at[q], &tally_walk[q], o, defreg, &ms, NULL, 0);
    for (size_t q = 0; s == PK_OK && q < noff; q++)
        if (!(off_rep[q] && deed_of_class(r, deeds, d.m[off_at[q]].label)))
            s = tally_draft(&d, off_at[q], &off_walk[q], o, defreg, &ms, off_act[q], off_rep[q]);
    for (size_t i = 0; i < r->nd; i++) {
        pk_extract_draft *dr = &r->d[i];
        district_village(&d, dr);
        home_place(&d, dr);
        loose_binding(&d, dr);
        agree_places(dr);
        if (lawful_at_campaign(dr) && dr->confidence > 0.45) {
            /* "Anggota DPRD Kabupaten Kepahiang yang ingin mengikut kampanye
             * ... wajib ajukan cuti" (fresh7 003), "Kegiatan kampanye yang
             * dihadiri Kader Partai, warga dan seorang ASN" (fresh5 030): a
             * party's people at a campaign is lawful campaigning; kept, but
             * not a confident incident */
            dr->confidence = 0.45;
            dr->evidence[PK_EXTRACT_FIELD_ACT].confidence = 0.45;
            /* the person too: a lawful attendance told as a breach is
             * mostly someone else's misread as theirs ("calon PTPS" read as
             * a candidate, fresh9 016) */
            if (dr->evidence[PK_EXTRACT_FIELD_ACTOR].confidence > 0.45)
                dr->evidence[PK_EXTRACT_FIELD_ACTOR].confidence = 0.45;
        }
        dr->missing = (dr->incident.actor ? 0u : PK_EXTRACT_MISSING_ACTOR) |
                      (dr->incident.act ? 0u : PK_EXTRACT_MISSING_ACT) |
                      (dr->incident.occurred.year ? 0u : PK_EXTRACT_MISSING_OCCURRED) |
                      (dr->incident.region[0] ? 0u : PK_EXTRACT_MISSING_REGION);
    }
    if (s != PK_OK)
        return pk__fail(err, s, NULL, "out of memory");
    return PK_OK;
}
