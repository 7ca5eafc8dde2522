/* Real decided cases (tests/violations/real/, issue 11): how often does the
 * classifier agree with what Bawaslu, Sentra Gakkumdu, the courts, KPU, DKPP
 * and KASN/BKN actually decided?
 *
 * For every case file the driver builds incidents from the case's facts and
 * classifies them with pk_classify():
 *  - actor: facts_v2.actor when the library knows that slug, else facts.actor;
 *  - acts: every slug of facts_v2.acts the library knows (one classification
 *    per act, findings united: one incident, several acts), else facts.act;
 *    "in_uniform_or_official_capacity" in facts_v2.acts is the fact
 *    official_capacity=yes, not an act; five corpus names are aliases
 *    (see `aliases` below);
 *  - the other facts (region, cycle, supported, tsm, ...) from facts.
 * Dates: many sources give no day. facts.occurred "YYYY-MM" is read as the
 * 15th; a missing or year-only date is replaced by a proxy that follows the
 * source's stated timing: a determined candidate -> the first campaign day of
 * the cycle, a prospective one -> the day before the determination, neither
 * -> voting day (2025 re-votes: the decision month's 15th). The proxy is
 * printed ("date~") so that a reader sees which results rest on it.
 *
 * Agreement (per case, then per real category and per actor, grouped both by
 * facts_v2.actor and by the 0.1 slug in facts.actor):
 *  - real category X (election_crime, administrative, organizer_ethics,
 *    other_laws): agree when a finding has category X (administrative_tsm
 *    counts as administrative, and so does result_dispute: the corpus labels
 *    the Constitutional Court's remedies administrative, README "MK remedies");
 *  - real "none" (no sanction anywhere): agree when no finding is certain;
 *    a contested/law-silent/unverified finding is the library saying that
 *    the outcome is open, which a decision not to act is consistent with.
 *  An outcome not_proven (the case states evidence=insufficient: the report
 *  failed the formal/material requirements or the facts were not proven) is
 *  the library saying "no sanction": its findings are not counted.
 *  The strict figure counts a contested finding as "yes" for both sides
 *  (a "none" case with a contested finding disagrees; an X case with only a
 *  contested finding of X agrees only if it is not contested).
 * ASN discipline: a case that states a level agrees when a finding has it.
 * Articles (printed, not a pass/fail gate): for a case that agrees on its real category and whose
 * outcome.articles name a "Pasal N" the source states as the basis (not "(my reading)", not a route
 * that failed), a finding of that category must cite one of those numbers; each miss is printed
 * ("ARTICLE") with what the library cites instead. Sentences are not compared: courts may go below the
 * statutory minimum (README, "Labelling doubts"); handlers follow the date (KASN until Aug/Sep 2024).
 *
 * Every disagreement is printed with its reason from reasons.tsv in the same
 * directory (id, class, one line): library_wrong (the library is wrong under
 * the law), decision_deviated (the real decision deviated from the law),
 * facts_thin (the facts are too thin to decide). A disagreement without a
 * recorded reason is printed as UNEXPLAINED.
 *
 * --v1 reads only "facts" (the 0.1 vocabulary), for a before/after comparison.
 *
 * Usage: test_violation_real [-v] [--v1] [--floor PERCENT] [--discipline-floor N] [dir]
 * Exit 0 when every case classifies without error and the lenient agreement
 * is at least PERCENT (and the discipline agreements at least N); 1 otherwise;
 * 2 when the directory cannot be read. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "pilkada.h"

#ifndef PK_VIOLATION_REAL_DIR
#define PK_VIOLATION_REAL_DIR "tests/violations/real"
#endif

#define MAX_FINDINGS 32
#define MAX_CASES 512
#define MAX_ACTS 12
#define MAX_GROUPS 48

enum { CAT_NONE = 6, CAT_N = 7 };

static const char *const cat_names[CAT_N] = {"organizer_ethics", "administrative", "administrative_tsm",
                                             "election_crime",   "other_laws",     "result_dispute",
                                             "none"};

static int cat_index(const char *s)
{
    for (int i = 0; i < CAT_N; i++)
        if (strcmp(cat_names[i], s) == 0)
            return i == PK_CAT_ADMINISTRATIVE_TSM || i == PK_CAT_RESULT_DISPUTE ? PK_CAT_ADMINISTRATIVE : i;
    return -1;
}

/* Tally per group (category or actor). */
typedef struct tally {
    char name[48];
    int n, lenient, strict;
} tally;

static tally *group(tally *g, int *ng, const char *name)
{
    for (int i = 0; i < *ng; i++)
        if (strcmp(g[i].name, name) == 0)
            return &g[i];
    if (*ng >= MAX_GROUPS)
        return &g[MAX_GROUPS - 1];
    tally *t = &g[(*ng)++];
    memset(t, 0, sizeof *t);
    snprintf(t->name, sizeof t->name, "%s", name);
    return t;
}

static const char *jstr(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Fact value as the text pk_incident_set() takes. 0 on an unusable type. */
static int fact_text(json_t *v, char *buf, size_t size)
{
    if (json_is_string(v))
        snprintf(buf, size, "%s", json_string_value(v));
    else if (json_is_true(v))
        snprintf(buf, size, "yes");
    else if (json_is_false(v))
        snprintf(buf, size, "no");
    else if (json_is_integer(v))
        snprintf(buf, size, "%lld", (long long)json_integer_value(v));
    else
        return 0;
    return 1;
}

/* Reasons of known disagreements: "id\tclass\ttext" lines. */
typedef struct reason {
    char id[96];
    char cls[24];
    char text[400];
    int used;
} reason;

static void copy(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static int load_reasons(const char *dir, reason *rs, int cap)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/reasons.tsv", dir);
    FILE *fp = fopen(path, "r");
    if (!fp)
        return 0;
    char line[640];
    int n = 0;
    while (n < cap && fgets(line, sizeof line, fp)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *t1 = strchr(line, '\t');
        char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (!t1 || !t2)
            continue;
        *t1 = *t2 = '\0';
        copy(rs[n].id, sizeof rs[n].id, line);
        copy(rs[n].cls, sizeof rs[n].cls, t1 + 1);
        copy(rs[n].text, sizeof rs[n].text, t2 + 1);
        rs[n].used = 0;
        n++;
    }
    fclose(fp);
    return n;
}

/* The proxy day when the source gives none (see the file comment). */
static pk_date proxy_date(const pk_schedule *s, const char *supported, int year, const char *decided)
{
    pk_window w = PK_WINDOW_INIT;
    pk_date d = {0, 0, 0};
    if (year == 2025 && decided && strlen(decided) >= 7) {
        d.year = 2025;
        d.month = atoi(decided + 5);
        d.day = 15;
        return d;
    }
    if (s && supported && strcmp(supported, "determined") == 0 &&
        pk_schedule_window(&w, s, PK_WINDOW_CAMPAIGN, NULL) == PK_OK && w.has_start)
        return w.start;
    if (s && supported && strcmp(supported, "prospective") == 0 &&
        pk_schedule_window(&w, s, PK_WINDOW_PRE_DETERMINATION, NULL) == PK_OK && w.has_end)
        return w.end;
    if (s && pk_schedule_window(&w, s, PK_WINDOW_CAMPAIGN, NULL) == PK_OK && w.has_end) {
        (void)pk_date_add_days(&d, w.end, 4, NULL); /* voting day: the 4th day after the campaign (3-day quiet period) */
        return d;
    }
    return d;
}

typedef struct outcome {
    int has[CAT_N];         /* category seen in a finding */
    int certain[CAT_N];     /* ... with certainty "certain" */
    int any_certain;
    int discipline[4];      /* discipline level seen */
    const pk_rule *rules[MAX_FINDINGS * MAX_ACTS]; /* rules of the counted findings, for the article comparison */
    int rule_cat[MAX_FINDINGS * MAX_ACTS];
    int nrules;
    int errors;
    char summary[512];
} outcome;

static void add_summary(outcome *o, const char *s)
{
    size_t n = strlen(o->summary);
    if (n + strlen(s) + 3 < sizeof o->summary)
        snprintf(o->summary + n, sizeof o->summary - n, "%s%s", n ? "; " : "", s);
}

/* Corpus act names that are the library's acts under another name (tests/violations/real/README.md):
 * a video declaring support and a call to vote for a pair are open declarations of support; "another act
 * favouring a pair" is the library's decision_favouring ("a decision or action that favours or harms a pair"). */
static const char *const aliases[][2] = {
    {"video_support", "declare_support"},
    {"direct_voters", "declare_support"},
    {"other_act_favouring_pair", "decision_favouring"},
    /* fresh2 (round 5): a candidate who does not meet a Pasal 7 requirement, named by the requirement */
    {"ineligible_candidate_false_statement", "candidate_ineligible"},
    {"ineligible_candidate_ex_convict", "candidate_ineligible"},
};

static int classify_case(json_t *c, const char *id, int verbose, int v1_only, outcome *o, char *actor_out, size_t actor_cap,
                         char *actor1_out, size_t actor1_cap, int *proxied)
{
    json_t *facts = json_object_get(c, "facts");
    json_t *v2 = json_object_get(c, "facts_v2");
    json_t *out = json_object_get(c, "outcome");
    memset(o, 0, sizeof *o);
    *proxied = 0;
    if (!json_is_object(facts)) {
        fprintf(stderr, "%s: no facts object\n", id);
        o->errors++;
        return 1;
    }
    /* actor */
    const char *actor = jstr(facts, "actor");
    const char *actor_v2 = v2 ? jstr(v2, "actor") : NULL;
    pk_actor a;
    if (v1_only)
        v2 = NULL, actor_v2 = NULL;
    if (actor_v2 && pk_actor_from_name(&a, actor_v2, NULL) == PK_OK)
        actor = actor_v2;
    snprintf(actor_out, actor_cap, "%s", actor_v2 ? actor_v2 : actor ? actor : "?");
    snprintf(actor1_out, actor1_cap, "%s", jstr(facts, "actor") ? jstr(facts, "actor") : "?");
    /* acts */
    const char *acts[MAX_ACTS];
    int nacts = 0, official = 0;
    json_t *jacts = v2 ? json_object_get(v2, "acts") : NULL;
    size_t i;
    json_t *jv;
    json_array_foreach(jacts, i, jv) {
        const char *s = json_string_value(jv);
        pk_act act;
        if (!s)
            continue;
        for (size_t k = 0; k < sizeof aliases / sizeof aliases[0]; k++)
            if (strcmp(s, aliases[k][0]) == 0)
                s = aliases[k][1];
        if (strcmp(s, "in_uniform_or_official_capacity") == 0) {
            official = 1;
        } else if (pk_act_from_name(&act, s, NULL) == PK_OK && nacts < MAX_ACTS) {
            int seen = 0;
            for (int k = 0; k < nacts; k++)
                seen |= strcmp(acts[k], s) == 0; /* an alias may repeat an act */
            if (!seen)
                acts[nacts++] = s;
        }
    }
    if (nacts == 0 && jstr(facts, "act"))
        acts[nacts++] = jstr(facts, "act");
    if (nacts == 0)
        acts[nacts++] = ""; /* no act the library knows: the outcome is incomplete ("act") */

    for (int k = 0; k < nacts; k++) {
        pk_incident in = PK_INCIDENT_INIT;
        pk_error err;
        const char *key;
        json_t *val;
        char text[64];
        json_object_foreach(facts, key, val) {
            if (strcmp(key, "act") == 0 || strcmp(key, "actor") == 0 || strcmp(key, "occurred") == 0)
                continue;
            /* a month-only discovery or report date only feeds the deadlines: left out */
            if ((strcmp(key, "discovered") == 0 || strcmp(key, "reported") == 0) && json_is_string(val) &&
                strlen(json_string_value(val)) != 10)
                continue;
            if (!fact_text(val, text, sizeof text)) {
                fprintf(stderr, "%s: fact %s has an unusable type\n", id, key);
                o->errors++;
                continue;
            }
            if (pk_incident_set(&in, key, text, &err) != PK_OK) {
                fprintf(stderr, "%s: fact %s=%s refused: %s\n", id, key, text, err.text);
                o->errors++;
            }
        }
        if (actor && pk_incident_set(&in, "actor", actor, &err) != PK_OK) {
            fprintf(stderr, "%s: actor %s refused: %s\n", id, actor, err.text);
            o->errors++;
        }
        if (pk_incident_set(&in, "act", acts[k], &err) != PK_OK) {
            fprintf(stderr, "%s: act %s refused: %s\n", id, acts[k], err.text);
            o->errors++;
        }
        if (official && pk_incident_set(&in, "official_capacity", "yes", &err) != PK_OK && verbose)
            printf("  (official_capacity not in this vocabulary)\n");
        /* date */
        const char *occ = jstr(facts, "occurred");
        if (occ && strlen(occ) == 10) {
            if (pk_incident_set(&in, "occurred", occ, &err) != PK_OK) {
                fprintf(stderr, "%s: occurred %s refused: %s\n", id, occ, err.text);
                o->errors++;
            }
        } else if (occ && strlen(occ) == 7) {
            char d[16];
            snprintf(d, sizeof d, "%.7s-15", occ);
            if (pk_incident_set(&in, "occurred", d, &err) != PK_OK)
                o->errors++;
            *proxied = 1;
        } else {
            const pk_schedule *s = NULL;
            json_t *cy = json_object_get(facts, "cycle");
            char year[8];
            snprintf(year, sizeof year, "%lld", json_is_integer(cy) ? (long long)json_integer_value(cy) : 0LL);
            (void)pk_schedule_builtin(&s, year, NULL);
            json_t *yr = json_object_get(c, "year");
            in.occurred = proxy_date(s, jstr(facts, "supported"), json_is_integer(yr) ? (int)json_integer_value(yr) : 0,
                                     out ? jstr(out, "date") : NULL);
            *proxied = 1;
        }
        pk_finding fs[MAX_FINDINGS];
        pk_classification res = PK_CLASSIFICATION_INIT;
        pk_status rc = pk_classify(&res, fs, MAX_FINDINGS, &in, &err);
        if (rc != PK_OK) {
            fprintf(stderr, "%s: pk_classify(%s): %s\n", id, acts[k], err.text);
            o->errors++;
            continue;
        }
        char line[160];
        snprintf(line, sizeof line, "%s:%s%s%s", acts[k][0] ? acts[k] : "(none)", pk_outcome_name(res.outcome),
                 res.missing_field ? "/" : "", res.missing_field ? res.missing_field : "");
        add_summary(o, line);
        if (res.outcome == PK_OUTCOME_NOT_PROVEN)
            continue; /* the library's answer is "no sanction": its findings say only what proof would give */
        for (size_t f = 0; f < res.finding_count; f++) {
            int ci = fs[f].category == PK_CAT_ADMINISTRATIVE_TSM || fs[f].category == PK_CAT_RESULT_DISPUTE
                         ? PK_CAT_ADMINISTRATIVE
                         : (int)fs[f].category;
            o->has[ci] = 1;
            if (o->nrules < MAX_FINDINGS * MAX_ACTS) {
                o->rules[o->nrules] = fs[f].rule;
                o->rule_cat[o->nrules++] = ci;
            }
            if (fs[f].certainty == PK_CERTAIN) {
                o->certain[ci] = 1;
                o->any_certain = 1;
            }
            if (fs[f].subcategory == PK_SUB_ASN_DISCIPLINE && fs[f].sanction.discipline <= PK_DISCIPLINE_BERAT)
                o->discipline[fs[f].sanction.discipline] = 1;
            if (verbose) {
                printf("    %s %s/%s %s %s\n      cites:", acts[k], pk_category_name(fs[f].category),
                       pk_subcategory_name(fs[f].subcategory), fs[f].rule->id, pk_certainty_name(fs[f].certainty));
                for (size_t ci2 = 0; ci2 < fs[f].rule->citation_count; ci2++)
                    printf("%s %s", ci2 ? ";" : "", fs[f].rule->citations[ci2].text);
                printf("\n      sanction: %s\n      handler: %s\n", fs[f].sanction.text ? fs[f].sanction.text : "-",
                       fs[f].handler_name);
            }
        }
    }
    return o->errors ? 1 : 0;
}

/* The article comparison (issue 11): the "Pasal N" numbers (N with an optional capital letter, 187A) that
 * the real outcome's articles name, against the pasal of every citation of the findings of the real
 * category. An entry that the source does not state as the basis of the outcome is skipped: one marked
 * "(my reading)" (README), or one naming a route that failed ("not met", "not pursued", "not proven").
 * Returns -1 when no article is named, else 1 when a finding cites one of them, 0 when none does;
 * `named` receives the numbers. Numbers only: UU 1/2015 and UU 10/2016 share their numbering. */
static int article_agrees(json_t *articles, const outcome *o, int cat, char *named, size_t cap)
{
    size_t i, len = 0;
    json_t *v;
    int any = 0, hit = 0;
    named[0] = '\0';
    json_array_foreach(articles, i, v) {
        const char *a = json_string_value(v);
        if (!a || strstr(a, "(my reading)") || strstr(a, "not met") || strstr(a, "not pursued") ||
            strstr(a, "not proven"))
            continue;
        for (const char *p = strstr(a, "Pasal "); p; p = strstr(p + 1, "Pasal ")) {
            const char *q = p + 6;
            char num[8];
            size_t n = 0;
            while (*q >= '0' && *q <= '9' && n < 5)
                num[n++] = *q++;
            if (n == 0)
                continue;
            if (*q >= 'A' && *q <= 'Z' && !(q[1] >= 'a' && q[1] <= 'z'))
                num[n++] = *q;
            num[n] = '\0';
            any = 1;
            if (len + n + 2 < cap)
                len += (size_t)snprintf(named + len, cap - len, "%s%s", len ? "," : "", num);
            for (int r = 0; r < o->nrules; r++) {
                if (o->rule_cat[r] != cat)
                    continue;
                for (size_t c = 0; c < o->rules[r]->citation_count; c++)
                    hit |= strcmp(o->rules[r]->citations[c].pasal, num) == 0;
            }
        }
    }
    return any ? hit : -1;
}

static void rule_articles(const outcome *o, int cat, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (int r = 0; r < o->nrules; r++)
        for (size_t c = 0; o->rule_cat[r] == cat && c < o->rules[r]->citation_count; c++) {
            char one[64];
            const pk_citation *ct = &o->rules[r]->citations[c];
            snprintf(one, sizeof one, "%s%s%s", ct->law, ct->pasal[0] ? " Pasal " : "", ct->pasal);
            if (!strstr(out, one) && len + strlen(one) + 3 < cap)
                len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? "; " : "", one);
        }
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void print_groups(const char *title, tally *g, int ng)
{
    printf("\n%s\n", title);
    for (int i = 0; i < ng; i++)
        printf("  %-28s %3d/%-3d %5.1f%%   strict %3d/%-3d %5.1f%%\n", g[i].name, g[i].lenient, g[i].n,
               100.0 * g[i].lenient / g[i].n, g[i].strict, g[i].n, 100.0 * g[i].strict / g[i].n);
}

int main(int argc, char **argv)
{
    const char *dir = PK_VIOLATION_REAL_DIR;
    int verbose = 0, v1_only = 0;
    double floor_pct = 0;
    int disc_floor = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else if (strcmp(argv[i], "--v1") == 0)
            v1_only = 1;
        else if (strcmp(argv[i], "--floor") == 0 && i + 1 < argc)
            floor_pct = atof(argv[++i]);
        else if (strcmp(argv[i], "--discipline-floor") == 0 && i + 1 < argc)
            disc_floor = atoi(argv[++i]);
        else
            dir = argv[i];
    }
    DIR *dp = opendir(dir);
    if (!dp) {
        fprintf(stderr, "cannot read %s\n", dir);
        return 2;
    }
    char *names[MAX_CASES];
    int n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && n < MAX_CASES) {
        size_t len = strlen(de->d_name);
        if (len > 5 && strcmp(de->d_name + len - 5, ".json") == 0)
            names[n++] = strdup(de->d_name);
    }
    closedir(dp);
    qsort(names, (size_t)n, sizeof names[0], by_name);
    static reason rs[MAX_CASES];
    int nr = load_reasons(dir, rs, MAX_CASES);

    tally cats[MAX_GROUPS], actors[MAX_GROUPS], actors1[MAX_GROUPS];
    int ncat = 0, nact = 0, nact1 = 0, total = 0, lenient = 0, strict = 0, errors = 0, disc_n = 0, disc_ok = 0;
    int unexplained = 0, proxies = 0, art_n = 0, art_ok = 0;
    printf("Real decided cases in %s\n\n", dir);
    for (int i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        json_error_t je;
        json_t *c = json_load_file(path, 0, &je);
        char id[96];
        snprintf(id, sizeof id, "%.*s", (int)(strlen(names[i]) - 5), names[i]);
        if (!c) {
            fprintf(stderr, "%s: %s (line %d)\n", names[i], je.text, je.line);
            errors++;
            continue;
        }
        json_t *out = json_object_get(c, "outcome");
        const char *real = out ? jstr(out, "category") : NULL;
        int rc = real ? cat_index(real) : -1;
        if (rc < 0) {
            fprintf(stderr, "%s: outcome.category missing or unknown\n", id);
            errors++;
            json_decref(c);
            continue;
        }
        outcome o;
        char actor[48], actor1[48];
        int proxied;
        if (verbose)
            printf("%s\n", id);
        errors += classify_case(c, id, verbose, v1_only, &o, actor, sizeof actor, actor1, sizeof actor1, &proxied);
        proxies += proxied;
        int ok_l, ok_s;
        if (rc == CAT_NONE) {
            ok_l = !o.any_certain;
            ok_s = 1;
            for (int k = 0; k < CAT_NONE; k++)
                ok_s &= !o.has[k];
        } else {
            ok_l = o.has[rc];
            ok_s = o.certain[rc];
        }
        total++;
        lenient += ok_l;
        strict += ok_s;
        tally *tc = group(cats, &ncat, cat_names[rc]);
        tally *ta = group(actors, &nact, actor);
        tally *t1 = group(actors1, &nact1, actor1);
        tc->n++, ta->n++, t1->n++;
        tc->lenient += ok_l, ta->lenient += ok_l, t1->lenient += ok_l;
        tc->strict += ok_s, ta->strict += ok_s, t1->strict += ok_s;
        const char *disc = out ? jstr(out, "discipline") : NULL;
        int disc_agree = -1;
        if (disc) {
            int lv = strcmp(disc, "ringan") == 0 ? 1 : strcmp(disc, "sedang") == 0 ? 2 : strcmp(disc, "berat") == 0 ? 3 : 0;
            disc_n++;
            disc_agree = lv && o.discipline[lv];
            disc_ok += disc_agree;
        }
        if (ok_l && rc != CAT_NONE) {
            char named[128], cited[512];
            int art = article_agrees(out ? json_object_get(out, "articles") : NULL, &o, rc, named, sizeof named);
            if (art >= 0) {
                art_n++;
                art_ok += art;
                if (!art) {
                    rule_articles(&o, rc, cited, sizeof cited);
                    printf("ARTICLE  %-58s real Pasal %s; library cites %s\n", id, named, cited);
                }
            }
        }
        reason *why = NULL;
        for (int k = 0; k < nr; k++)
            if (strcmp(rs[k].id, id) == 0)
                why = &rs[k];
        if (!ok_l || disc_agree == 0) {
            if (why)
                why->used = 1;
            else
                unexplained++;
            printf("DISAGREE %-58s real %-16s%s%s library [%s]%s\n         reason: %s: %s\n", id, real,
                   disc ? " discipline " : "", disc ? disc : "", o.summary, proxied ? " date~" : "",
                   why ? why->cls : "UNEXPLAINED", why ? why->text : "no entry in reasons.tsv");
        } else if (verbose) {
            printf("agree    %-58s real %-16s library [%s]%s\n", id, real, o.summary, proxied ? " date~" : "");
        }
        json_decref(c);
    }
    for (int i = 0; i < n; i++)
        free(names[i]);
    for (int k = 0; k < nr; k++)
        if (!rs[k].used)
            printf("note: reasons.tsv has an entry for %s, which now agrees (or does not exist)\n", rs[k].id);

    print_groups("Agreement per real category (lenient: a contested finding is consistent with either outcome)",
                 cats, ncat);
    if (!v1_only)
        print_groups("Agreement per actor (facts_v2.actor, else facts.actor)", actors, nact);
    print_groups("Agreement per actor (facts.actor, the 0.1 slugs)", actors1, nact1);
    printf("\nOverall: %d/%d agree (%.1f%%), strict %d/%d (%.1f%%); ASN discipline level %d/%d; "
           "%d cases use a proxy date; %d disagreements without a reason; %d errors\n",
           lenient, total, total ? 100.0 * lenient / total : 0.0, strict, total, total ? 100.0 * strict / total : 0.0,
           disc_ok, disc_n, proxies, unexplained, errors);
    printf("Articles: %d/%d cases that agree on the category and whose source names a Pasal have a finding "
           "of that category citing it\n",
           art_ok, art_n);
    if (total == 0 || errors)
        return 1;
    if (100.0 * lenient / total < floor_pct) {
        printf("FAIL: agreement below the floor of %.1f%%\n", floor_pct);
        return 1;
    }
    if (disc_ok < disc_floor) {
        printf("FAIL: discipline agreement below the floor of %d\n", disc_floor);
        return 1;
    }
    return 0;
}
