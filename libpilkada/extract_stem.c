/* A small Indonesian affix stripper for the text engine's lexicon.
 *
 * Why our own and not Snowball's Indonesian stemmer (libstemmer-dev): the
 * engine needs one thing from a stemmer, that the forms of one verb or noun
 * in a report meet on one key (mengunggah, diunggah, unggahan -> "unggah";
 * membagikan, dibagikan, pembagian -> "bagi"), and it applies the same
 * function to the lexicon at build time and to the text at run time, so a
 * stem need not be a dictionary word. This function is about 100 lines,
 * allocates nothing, runs in time linear in the word and keeps the library
 * free of a run-time dependency. Snowball's algorithm also removes -i and
 * the first-order prefixes ke-/se-, which merge words a report keeps apart
 * (kepala/pala, memberi/member); entries that must not be stemmed
 * ("pemilih" the voter against "pemilihan" the election, "terbukti" against
 * "bukti") are matched as written (mode "exact" in data/extract/).
 *
 * Rules, in order (only on all-ASCII-letter words of 5..PK__STEM_MAX bytes,
 * never leaving fewer than 4 letters):
 *  1. particles -lah, -kah, -pun; possessive -nya;
 *  2. one derivational suffix: -kan, else -an (not -i, see above);
 *  3. up to two prefixes: di-, ter-, ber-/be- (before r), per-, and the
 *     nasal prefixes me-/pe- with their sound changes: meng-/peng- + vowel
 *     or g/h/k keep the rest, meny-/peny- + vowel -> s, mem-/pem- + p/b/f
 *     keep the rest and + vowel -> p, men-/pen- + d/c/j/t/z/s keep the rest
 *     and + vowel -> t, me-/pe- + l/m/n/r/w/y keep the rest. */
#include <string.h>

#include "extract_internal.h"

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(w + n - k, suf, k) == 0;
}

/* Strip one prefix of buf[0..*n) in place. Returns 1 if one was removed. */
static int strip_prefix(char *buf, size_t *n)
{
    size_t len = *n;
    size_t cut = 0;
    char repl = 0; /* restored first consonant of a nasal prefix */
    if (len >= 6 && memcmp(buf, "di", 2) == 0) {
        cut = 2;
    } else if (len >= 7 && (memcmp(buf, "ter", 3) == 0 || memcmp(buf, "ber", 3) == 0 || memcmp(buf, "per", 3) == 0)) {
        cut = 3;
    } else if (len >= 6 && (buf[0] == 'm' || buf[0] == 'p') && buf[1] == 'e') {
        const char *r = buf + 2;
        if (r[0] == 'n' && r[1] == 'g' && (is_vowel(r[2]) || r[2] == 'g' || r[2] == 'h' || r[2] == 'k'))
            cut = 4;
        else if (r[0] == 'n' && r[1] == 'y' && is_vowel(r[2]))
            cut = 4, repl = 's';
        else if ((r[0] == 'm' && (r[1] == 'p' || r[1] == 'b' || r[1] == 'f')) ||
                 (r[0] == 'n' && r[1] && strchr("dcjtzs", r[1])))
            cut = 3; /* mem-p/b/f, men-d/c/j/t/z/s: the prefix goes, the root keeps its first letter */
        else if (r[0] == 'm' && is_vowel(r[1]))
            cut = 3, repl = 'p';
        else if (r[0] == 'n' && is_vowel(r[1]))
            cut = 3, repl = 't';
        else if (strchr("lmnrwy", r[0]) && r[0])
            cut = 2;
    }
    if (!cut)
        return 0;
    size_t rest = len - cut + (repl ? 1 : 0);
    if (rest < 4)
        return 0;
    if (repl) {
        memmove(buf + 1, buf + cut, len - cut);
        buf[0] = repl;
    } else {
        memmove(buf, buf + cut, len - cut);
    }
    *n = rest;
    return 1;
}

size_t pk__id_stem(char *out, const char *w, size_t n)
{
    int plain = n >= 5 && n <= PK__STEM_MAX;
    for (size_t i = 0; plain && i < n; i++)
        plain = w[i] >= 'a' && w[i] <= 'z';
    if (n > PK__STEM_MAX)
        n = PK__STEM_MAX;
    memcpy(out, w, n);
    out[n] = '\0';
    if (!plain)
        return n;
    static const char *const particles[] = {"lah", "kah", "pun", "nya"};
    for (size_t i = 0; i < PK_ARRAY_LEN(particles); i++) {
        if (ends_with(out, n, particles[i]) && n - 3 >= 4) {
            n -= 3;
            break;
        }
    }
    if (ends_with(out, n, "kan") && n - 3 >= 4)
        n -= 3;
    else if (ends_with(out, n, "an") && n - 2 >= 4)
        n -= 2;
    if (strip_prefix(out, &n))
        strip_prefix(out, &n);
    out[n] = '\0';
    return n;
}
