/* pkgen words: data/rules/words.csv -> pk__words[], the words for actors
 * and acts (their slugs with meanings in Indonesian and English, and
 * synonyms such as kades -> kepala_desa) that pk_actor_parse() and
 * pk_act_parse() read. Every target must be a slug of its kind; every slug
 * must have its own row (its meaning); words are unique per kind after
 * normalisation (case, spaces and hyphens ignored).
 * Usage: pkgen words -o word_tables.c words.csv */
#include <stdlib.h>
#include <string.h>

#include "pkgen.h"
#include "violation_internal.h"

int pkgen_words(FILE *out, int ninputs, char **inputs);

static const char *const w_cols[] = {"word", "kind", "targets", "meaning_id", "meaning_en", "source", "status"};
enum { W_WORD, W_KIND, W_TARGETS, W_MID, W_MEN, W_SOURCE, W_STATUS, W_N };

/* Each '|'-separated target is a slug of the kind. */
static int targets_ok(const char *targets, int is_act)
{
    char one[64];
    const char *p = targets;
    for (;;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (n == 0 || n >= sizeof one)
            return 0;
        memcpy(one, p, n);
        one[n] = '\0';
        pk_actor a;
        pk_act t;
        if ((is_act ? pk_act_from_name(&t, one, NULL) : pk_actor_from_name(&a, one, NULL)) != PK_OK)
            return 0;
        if (!bar)
            return 1;
        p = bar + 1;
    }
}

int pkgen_words(FILE *out, int ninputs, char **inputs)
{
    if (ninputs != 1) {
        fprintf(stderr, "pkgen words: need words.csv\n");
        return 1;
    }
    pkgen_table t;
    if (pkgen_table_open(&t, inputs[0], w_cols, W_N) != 0)
        return 1;
    pkgen_banner(out, "words", ninputs, inputs);
    fputs("#include \"violation_internal.h\"\n\nconst pk_word pk__words[] = {\n", out);
    size_t n = 0, cap = 0;
    char **seen = NULL; /* "kind:normalised word" of the rows so far */
    unsigned char *has_actor = calloc(pk_actor_count(), 1), *has_act = calloc(pk_act_count(), 1);
    int rc = has_actor && has_act ? 0 : 1, k;
    while (rc == 0 && (k = pkgen_table_next(&t)) != 0) {
        if (k < 0) {
            rc = 1;
            break;
        }
        int is_act = strcmp(t.f[W_KIND], "act") == 0;
        int status = pk__source_status_parse(t.f[W_STATUS]);
        char key[80];
        pk__word_key(key, sizeof key, t.f[W_WORD]);
        if (!is_act && strcmp(t.f[W_KIND], "actor") != 0)
            rc = pkgen_table_fail(&t, W_KIND, "kind must be actor or act, not '%s'", t.f[W_KIND]);
        else if (!key[0] || strlen(t.f[W_WORD]) >= 60)
            rc = pkgen_table_fail(&t, W_WORD, "a word of 1 to 59 bytes with letters or digits");
        else if (!targets_ok(t.f[W_TARGETS], is_act))
            rc = pkgen_table_fail(&t, W_TARGETS, "'%s' is not a list of %s slugs (a|b)", t.f[W_TARGETS],
                                  is_act ? "act" : "actor");
        else if (!t.f[W_MID][0] || !t.f[W_MEN][0] || !t.f[W_SOURCE][0])
            rc = pkgen_table_fail(&t, W_MID, "meaning_id, meaning_en and source are required");
        else if (status < 0)
            rc = pkgen_table_fail(&t, W_STATUS, "unknown status '%s'", t.f[W_STATUS]);
        for (size_t i = 0; rc == 0 && i < n; i++)
            if (seen[i][0] == (is_act ? 'a' : 'r') && strcmp(seen[i] + 1, key) == 0)
                rc = pkgen_table_fail(&t, W_WORD, "'%s' is listed twice", t.f[W_WORD]);
        if (rc)
            break;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **g = realloc(seen, cap * sizeof *g);
            if (!g) {
                rc = 1;
                break;
            }
            seen = g;
        }
        size_t kl = strlen(key);
        if (!(seen[n] = malloc(kl + 2))) {
            rc = 1;
            break;
        }
        seen[n][0] = is_act ? 'a' : 'r';
        memcpy(seen[n] + 1, key, kl + 1);
        n++;
        if (strcmp(t.f[W_WORD], t.f[W_TARGETS]) == 0) { /* the meaning of a slug */
            pk_actor a;
            pk_act x;
            if (is_act && pk_act_from_name(&x, t.f[W_WORD], NULL) == PK_OK)
                has_act[x] = 1;
            else if (!is_act && pk_actor_from_name(&a, t.f[W_WORD], NULL) == PK_OK)
                has_actor[a] = 1;
        }
        fputs("    {", out);
        pkgen_str(out, t.f[W_WORD]);
        fprintf(out, ", %s, ", is_act ? "PK_FACT_ACT" : "PK_FACT_ACTOR");
        pkgen_str(out, t.f[W_TARGETS]);
        fputs(", ", out);
        pkgen_str(out, t.f[W_MID]);
        fputs(", ", out);
        pkgen_str(out, t.f[W_MEN]);
        fputs(", ", out);
        pkgen_str(out, t.f[W_SOURCE]);
        fprintf(out, ", (pk_source_status)%d},\n", status);
    }
    pkgen_table_close(&t);
    for (size_t i = 1; rc == 0 && i < pk_actor_count(); i++)
        if (!has_actor[i]) {
            fprintf(stderr, "%s: no row gives the meaning of actor '%s'\n", inputs[0], pk_actor_name((pk_actor)i));
            rc = 1;
        }
    for (size_t i = 1; rc == 0 && i < pk_act_count(); i++)
        if (!has_act[i]) {
            fprintf(stderr, "%s: no row gives the meaning of act '%s'\n", inputs[0], pk_act_name((pk_act)i));
            rc = 1;
        }
    for (size_t i = 0; i < n; i++)
        free(seen[i]);
    free(seen);
    free(has_actor);
    free(has_act);
    if (rc)
        return 1;
    fprintf(out, "};\n\nconst size_t pk__word_count = %zu;\n", n);
    return 0;
}
