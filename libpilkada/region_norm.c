/* Region registry, run-time helpers: kind names and prefixes, name
 * normalisation, the key hash and bigrams (shared by the lookups and the
 * generator tools/pkgen/gen_region.c), and the special-regime scope test.
 * Never references the generated tables. */
#include <stdlib.h>
#include <string.h>

#include "region_internal.h"

static const char *const kind_names[] = {"provinsi", "kabupaten", "kota", "kabupaten_administrasi",
                                         "kota_administrasi"};

const char *pk_region_kind_name(int kind)
{
    return kind >= 0 && kind < 5 ? kind_names[kind] : "?";
}

pk_status pk_region_kind_parse(int *out, const char *name, pk_error *err)
{
    if (out)
        *out = -1;
    if (!out || !name)
        return pk__fail(err, PK_EINVAL, out ? "name" : "out", "NULL argument");
    for (int k = 0; k < 5; k++)
        if (strcmp(name, kind_names[k]) == 0) {
            *out = k;
            return PK_OK;
        }
    return pk__fail(err, PK_EINVAL, "kind",
                    "unknown region kind (provinsi, kabupaten, kota, kabupaten_administrasi, kota_administrasi)");
}

int pk__region_kind_ok(int want, int have)
{
    if (want < 0)
        return 1;
    if (want == have)
        return 1;
    if (want == PK_REGION_KABUPATEN && have == PK_REGION_KABUPATEN_ADMINISTRASI)
        return 1;
    if (want == PK_REGION_KOTA && have == PK_REGION_KOTA_ADMINISTRASI)
        return 1;
    return 0;
}

/* ------------------------------------------------------- normalisation -- */

static int is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

size_t pk__region_tokens(pk__token *tok, size_t cap, const char *s, size_t len)
{
    size_t n = 0, i = 0;
    while (i < len) {
        while (i < len && !is_alnum((unsigned char)s[i]))
            i++;
        if (i >= len)
            break;
        if (n == cap)
            return n + 1; /* more than cap: stop here, so the cost stays bounded by what is stored */
        size_t j = i;
        while (j < len && is_alnum((unsigned char)s[j]))
            j++;
        tok[n].p = s + i;
        tok[n].n = j - i;
        n++;
        i = j;
    }
    return n;
}

static int tok_is(const pk__token *t, const char *word)
{
    size_t n = strlen(word);
    if (t->n != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower(t->p[i]) != word[i])
            return 0;
    return 1;
}

size_t pk__region_prefix(const pk__token *tok, size_t ntok, int *kind)
{
    *kind = PK_REGION_ANY_KIND;
    if (ntok < 2)
        return 0;
    size_t i = 0;
    int k = PK_REGION_ANY_KIND;
    if (tok_is(&tok[0], "pemkab")) {
        k = PK_REGION_KABUPATEN;
        i = 1;
    } else if (tok_is(&tok[0], "pemkot")) {
        k = PK_REGION_KOTA;
        i = 1;
    } else if (tok_is(&tok[0], "pemprov")) {
        k = PK_REGION_PROVINSI;
        i = 1;
    } else {
        size_t j = tok_is(&tok[0], "pemerintah") ? 1 : 0;
        if (j >= ntok)
            return 0;
        if (tok_is(&tok[j], "kabupaten") || tok_is(&tok[j], "kab"))
            k = PK_REGION_KABUPATEN;
        else if (tok_is(&tok[j], "kota") || tok_is(&tok[j], "kotamadya") || tok_is(&tok[j], "kodya"))
            k = PK_REGION_KOTA;
        else if (tok_is(&tok[j], "provinsi") || tok_is(&tok[j], "propinsi") || tok_is(&tok[j], "prov"))
            k = PK_REGION_PROVINSI;
        else
            return 0;
        i = j + 1;
        if (k != PK_REGION_PROVINSI && i + 1 < ntok && (tok_is(&tok[i], "administrasi") || tok_is(&tok[i], "adm")))
            i++;
    }
    if (i >= ntok)
        return 0;
    *kind = k;
    return i;
}

size_t pk__region_make_key(char *key, size_t cap, const pk__token *tok, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t t = from; t < to; t++)
        for (size_t i = 0; i < tok[t].n; i++) {
            if (n + 1 >= cap) {
                key[0] = '\0';
                return (size_t)-1;
            }
            key[n++] = lower(tok[t].p[i]);
        }
    if (cap)
        key[n] = '\0';
    return n;
}

pk_status pk__region_normalize(pk__region_norm *out, const char *name, pk_error *err)
{
    out->len = out->whole_len = 0;
    out->key[0] = out->whole[0] = '\0';
    out->kind = PK_REGION_ANY_KIND;
    if (!name)
        return pk__fail(err, PK_EINVAL, "name", "name is NULL");
    size_t len = 0;
    while (name[len] && len <= PK_REGION_NAME_MAX)
        len++;
    if (len > PK_REGION_NAME_MAX)
        return pk__fail(err, PK_ETOOLONG, "name", "name is longer than %d bytes", PK_REGION_NAME_MAX);
    size_t bad = 0;
    if (!pk__utf8_valid(name, len, &bad))
        return pk__fail(err, PK_EENCODING, "name", "name is not valid UTF-8 (byte %zu)", bad);
    pk__token tok[PK_REGION_NAME_MAX / 2 + 1];
    size_t ntok = pk__region_tokens(tok, PK_ARRAY_LEN(tok), name, len);
    if (ntok == 0)
        return pk__fail(err, PK_EINVAL, "name", "name has no ASCII letters or digits");
    int kind;
    size_t skip = pk__region_prefix(tok, ntok, &kind);
    out->kind = kind;
    out->len = pk__region_make_key(out->key, sizeof out->key, tok, skip, ntok);
    out->whole_len = pk__region_make_key(out->whole, sizeof out->whole, tok, 0, ntok);
    return PK_OK;
}

uint32_t pk__region_hash(const char *key, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)key[i];
        h *= 16777619u;
    }
    return h;
}

size_t pk__region_bigrams(uint16_t *out, size_t cap, const char *key, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i <= len && n < cap; i++) {
        unsigned a = i == 0 ? 36u : pk__region_char_id(key[i - 1]);
        unsigned b = i == len ? 36u : pk__region_char_id(key[i]);
        uint16_t g = (uint16_t)(a * 37u + b);
        /* insertion into a sorted set: the larger ones move up as they are passed (a set of a few
         * dozen: no call), and back when g is there already */
        size_t j = n;
        for (; j > 0 && out[j - 1] > g; j--)
            out[j] = out[j - 1];
        if (j > 0 && out[j - 1] == g) {
            for (; j < n; j++)
                out[j] = out[j + 1];
            continue;
        }
        out[j] = g;
        n++;
    }
    return n;
}

/* Damerau-Levenshtein (optimal string alignment) with a bound: returns a
 * value > max as soon as the distance is known to exceed max. */
int pk__code_digits(const char *code, long long *value, size_t *ndigits, size_t *b, size_t *e)
{
    size_t s = 0, n = 0;
    *value = 0;
    *ndigits = 0;
    while (code[n] && n < 64)
        n++;
    *b = 0;
    *e = n;
    if (code[n])
        return PK__CODE_TOO_LONG;
    while (s < n && code[s] == ' ')
        s++;
    while (n > s && code[n - 1] == ' ')
        n--;
    *b = s;
    *e = n;
    long long v = 0;
    size_t nd = 0;
    for (size_t i = s; i < n; i++) {
        char c = code[i];
        if (c >= '0' && c <= '9') {
            if (nd >= 10)
                return PK__CODE_TOO_MANY_DIGITS;
            v = v * 10 + (c - '0');
            nd++;
        } else if (!(c == '.' && (nd == 2 || nd == 4 || nd == 6) && i + 1 < n && code[i + 1] != '.')) {
            return PK__CODE_BAD_CHAR;
        }
    }
    *value = v;
    *ndigits = nd;
    return PK__CODE_OK;
}

int pk__osa_bounded(const char *a, size_t la, const char *b, size_t lb, int max)
{
    if ((la > lb ? la - lb : lb - la) > (size_t)max)
        return max + 1;
    enum { W = PK_REGION_NAME_MAX + 2 };
    int r0[W], r1[W], r2[W];
    int *pp = r0, *p = r1, *c = r2;
    for (size_t j = 0; j <= lb; j++)
        p[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        c[0] = (int)i;
        int rowmin = c[0];
        for (size_t j = 1; j <= lb; j++) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = p[j - 1] + cost;
            if (p[j] + 1 < v)
                v = p[j] + 1;
            if (c[j - 1] + 1 < v)
                v = c[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v)
                v = pp[j - 2] + 1;
            c[j] = v;
            if (v < rowmin)
                rowmin = v;
        }
        if (rowmin > max)
            return max + 1;
        int *t = pp;
        pp = p;
        p = c;
        c = t;
    }
    return p[lb];
}

/* ------------------------------------------------------ special regimes -- */

int pk__region_regime_applies(const pk_region_regime *rule, const pk_region *r)
{
    if (!rule || !r)
        return 0;
    int is_prov = r->kind == PK_REGION_PROVINSI;
    const char *prov = is_prov ? r->code : r->parent_code;
    if (!prov || strcmp(prov, rule->province) != 0)
        return 0;
    if (strcmp(rule->scope, "all") == 0)
        return 1;
    if (strcmp(rule->scope, "province") == 0)
        return is_prov;
    if (strcmp(rule->scope, "members") == 0)
        return !is_prov;
    if (strcmp(rule->scope, "administrasi") == 0)
        return r->kind == PK_REGION_KABUPATEN_ADMINISTRASI || r->kind == PK_REGION_KOTA_ADMINISTRASI;
    return 0;
}
