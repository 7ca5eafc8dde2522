/* Violation case files: tests written from the law.
 *
 * Reads every JSON file in tests/violations/cases/ (format: tests/violations/README.md),
 * builds a pk_incident with pk_incident_set() for each "facts" key, classifies
 * it with pk_classify() into a 16-finding buffer and checks each "expect" key.
 * Every case quotes the paragraph of ../shared/research/violations.md it rests
 * on; the expectations come from that text, not from the engine.
 *
 * Usage: test_violation_cases [-v] [cases-dir]   (default: PK_VIOLATION_CASES_DIR)
 * -v prints the findings of every case, passing or not.
 * Exit status 0 when every case passes, 1 when a case fails or the directory
 * holds no case, 2 when the directory cannot be read.
 *
 * One extension to the README: a finding's "rule" ending in '*' matches rule
 * ids by prefix ("pp53_*": the PP 53/2010 rows, whose exact ids are not
 * fixed by the research). */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "pilkada.h"

#ifndef PK_VIOLATION_CASES_DIR
#define PK_VIOLATION_CASES_DIR "tests/violations/cases"
#endif

#define MAX_FINDINGS 16
#define MSG_SIZE 4096

/* Mismatch messages of one case, accumulated. */
typedef struct report {
    char text[MSG_SIZE];
    size_t len;
    int count;
} report;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void note(report *r, const char *fmt, ...)
{
    va_list ap;
    int n;
    r->count++;
    if (r->len + 8 >= sizeof r->text)
        return;
    r->text[r->len++] = ' ';
    r->text[r->len++] = ' ';
    va_start(ap, fmt);
    n = vsnprintf(r->text + r->len, sizeof r->text - r->len, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    r->len += (size_t)n;
    if (r->len >= sizeof r->text - 1)
        r->len = sizeof r->text - 2;
    r->text[r->len++] = '\n';
    r->text[r->len] = '\0';
}

static const char *str_or_empty(const char *s)
{
    return s ? s : "";
}

static int rule_matches(const char *pattern, const pk_rule *rule)
{
    size_t n = strlen(pattern);
    const char *id = rule && rule->id ? rule->id : "";
    if (n > 0 && pattern[n - 1] == '*')
        return strncmp(id, pattern, n - 1) == 0;
    return strcmp(id, pattern) == 0;
}

static const char *join_name(pk_penalty_join join)
{
    switch (join) {
    case PK_JOIN_NONE: return "none";
    case PK_JOIN_AND: return "and";
    case PK_JOIN_AND_OR: return "and_or";
    }
    return "?";
}

static const char *supported_name(pk_supported s)
{
    switch (s) {
    case PK_SUPPORTED_UNKNOWN: return "";
    case PK_SUPPORTED_PROSPECTIVE: return "prospective";
    case PK_SUPPORTED_DETERMINED: return "determined";
    }
    return "?";
}

static const struct {
    const char *name;
    unsigned bit;
} flag_names[] = {
    {"moral", PK_SANCTION_MORAL},
    {"dismissal", PK_SANCTION_DISMISSAL},
    {"cancellation", PK_SANCTION_CANCELLATION},
    {"warning", PK_SANCTION_WARNING},
    {"suspension", PK_SANCTION_SUSPENSION},
    {"unspecified", PK_SANCTION_UNSPECIFIED},
    {"correction", PK_SANCTION_CORRECTION},
};

/* Fact value as the text pk_incident_set() takes. 0 on an unusable type. */
static int fact_text(json_t *v, char *buf, size_t size)
{
    if (json_is_string(v)) {
        snprintf(buf, size, "%s", json_string_value(v));
    } else if (json_is_true(v)) {
        snprintf(buf, size, "yes");
    } else if (json_is_false(v)) {
        snprintf(buf, size, "no");
    } else if (json_is_integer(v)) {
        snprintf(buf, size, "%lld", (long long)json_integer_value(v));
    } else if (json_is_null(v)) {
        buf[0] = '\0';
    } else {
        return 0;
    }
    return 1;
}

/* [min, max] pair of integers. */
static int int_pair(json_t *v, long long *lo, long long *hi)
{
    if (!json_is_array(v) || json_array_size(v) != 2 || !json_is_integer(json_array_get(v, 0))
        || !json_is_integer(json_array_get(v, 1)))
        return 0;
    *lo = (long long)json_integer_value(json_array_get(v, 0));
    *hi = (long long)json_integer_value(json_array_get(v, 1));
    return 1;
}

static int expect_string(report *r, const char *what, json_t *v, const char *actual)
{
    if (!json_is_string(v)) {
        note(r, "%s: expected value is not a string", what);
        return 0;
    }
    if (strcmp(json_string_value(v), str_or_empty(actual)) != 0) {
        note(r, "%s: expected \"%s\", got \"%s\"", what, json_string_value(v), str_or_empty(actual));
        return 0;
    }
    return 1;
}

/* Check one finding against one expected finding; mismatches go to r. */
static void check_finding(report *r, const pk_finding *f, json_t *exp)
{
    const char *key;
    json_t *v;
    const char *rid = f->rule && f->rule->id ? f->rule->id : "(no rule)";
    char what[160];

    json_object_foreach(exp, key, v) {
        snprintf(what, sizeof what, "finding %s: %s", rid, key);
        if (strcmp(key, "rule") == 0) {
            continue;
        } else if (strcmp(key, "category") == 0) {
            expect_string(r, what, v, pk_category_name(f->category));
        } else if (strcmp(key, "subcategory") == 0) {
            expect_string(r, what, v, pk_subcategory_name(f->subcategory));
        } else if (strcmp(key, "discipline") == 0) {
            expect_string(r, what, v, pk_discipline_name(f->sanction.discipline));
        } else if (strcmp(key, "join") == 0) {
            expect_string(r, what, v, join_name(f->sanction.join));
        } else if (strcmp(key, "certainty") == 0) {
            expect_string(r, what, v, pk_certainty_name(f->certainty));
        } else if (strcmp(key, "prison_months") == 0) {
            long long lo, hi;
            if (!int_pair(v, &lo, &hi))
                note(r, "%s: expected value is not [min, max]", what);
            else if (lo != f->sanction.prison_min_months || hi != f->sanction.prison_max_months)
                note(r, "%s: expected [%lld, %lld], got [%d, %d]", what, lo, hi,
                     f->sanction.prison_min_months, f->sanction.prison_max_months);
        } else if (strcmp(key, "fine_rupiah") == 0) {
            long long lo, hi;
            if (!int_pair(v, &lo, &hi))
                note(r, "%s: expected value is not [min, max]", what);
            else if (lo != (long long)f->sanction.fine_min_rupiah || hi != (long long)f->sanction.fine_max_rupiah)
                note(r, "%s: expected [%lld, %lld], got [%lld, %lld]", what, lo, hi,
                     (long long)f->sanction.fine_min_rupiah, (long long)f->sanction.fine_max_rupiah);
        } else if (strcmp(key, "flags") == 0) {
            size_t i;
            json_t *fl;
            if (!json_is_array(v)) {
                note(r, "%s: expected value is not a list", what);
                continue;
            }
            json_array_foreach(v, i, fl) {
                size_t k;
                unsigned bit = 0;
                for (k = 0; k < sizeof flag_names / sizeof flag_names[0]; k++)
                    if (json_is_string(fl) && strcmp(json_string_value(fl), flag_names[k].name) == 0)
                        bit = flag_names[k].bit;
                if (bit == 0)
                    note(r, "%s: unknown flag name in the case", what);
                else if ((f->sanction.flags & bit) != bit)
                    note(r, "%s: flag %s not set (flags 0x%x)", what, json_string_value(fl), f->sanction.flags);
            }
        } else if (strcmp(key, "handler") == 0) {
            const char *a = f->handler_name;
            const char *b = str_or_empty(f->handler.name);
            if (!json_is_string(v))
                note(r, "%s: expected value is not a string", what);
            else if (!strstr(a, json_string_value(v)) && !strstr(b, json_string_value(v)))
                note(r, "%s: expected to contain \"%s\", got \"%s\" (handler.name \"%s\")", what,
                     json_string_value(v), a, b);
        } else if (strcmp(key, "cites") == 0) {
            size_t i;
            json_t *c;
            if (!json_is_array(v)) {
                note(r, "%s: expected value is not a list", what);
                continue;
            }
            json_array_foreach(v, i, c) {
                size_t k, n = f->rule ? f->rule->citation_count : 0;
                int found = 0;
                if (!json_is_string(c)) {
                    note(r, "%s: a citation is not a string", what);
                    continue;
                }
                for (k = 0; k < n && !found; k++)
                    found = strstr(str_or_empty(f->rule->citations[k].text), json_string_value(c)) != NULL;
                if (!found) {
                    char got[600];
                    size_t len = 0;
                    got[0] = '\0';
                    for (k = 0; k < n && len + 4 < sizeof got; k++) {
                        int m = snprintf(got + len, sizeof got - len, "%s\"%s\"", k ? ", " : "",
                                         str_or_empty(f->rule->citations[k].text));
                        if (m < 0)
                            break;
                        len += (size_t)m;
                        if (len >= sizeof got)
                            len = sizeof got - 1;
                    }
                    note(r, "%s: no citation contains \"%s\" (has %s)", what, json_string_value(c), got);
                }
            }
        } else {
            note(r, "%s: unknown key in the case file", what);
        }
    }
}

static void describe_findings(report *r, const pk_finding *findings, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        const pk_finding *f = &findings[i];
        note(r, "got finding: %s [%s/%s] discipline=\"%s\" prison=[%d,%d] fine=[%lld,%lld] join=%s "
                "flags=0x%x handler=\"%s\" certainty=%s",
             f->rule && f->rule->id ? f->rule->id : "(no rule)", pk_category_name(f->category),
             pk_subcategory_name(f->subcategory), pk_discipline_name(f->sanction.discipline),
             f->sanction.prison_min_months, f->sanction.prison_max_months,
             (long long)f->sanction.fine_min_rupiah, (long long)f->sanction.fine_max_rupiah,
             join_name(f->sanction.join), f->sanction.flags, f->handler_name, pk_certainty_name(f->certainty));
    }
    r->count -= (int)n; /* descriptions are context, not mismatches */
}

static void check_findings(report *r, json_t *expect, const pk_finding *findings, size_t n)
{
    json_t *list = json_object_get(expect, "findings");
    json_t *absent = json_object_get(expect, "absent");
    json_t *exact = json_object_get(expect, "exact");
    json_t *e;
    size_t i, k;

    if (list && !json_is_array(list)) {
        note(r, "findings: not a list in the case file");
        list = NULL;
    }
    json_array_foreach(list, i, e) {
        json_t *rule = json_object_get(e, "rule");
        const pk_finding *first = NULL;
        int matched = 0;
        if (!json_is_object(e) || !json_is_string(rule)) {
            note(r, "findings[%zu]: needs an object with a \"rule\" string", i);
            continue;
        }
        for (k = 0; k < n && !matched; k++) {
            report trial;
            if (!rule_matches(json_string_value(rule), findings[k].rule))
                continue;
            if (!first)
                first = &findings[k];
            memset(&trial, 0, sizeof trial);
            check_finding(&trial, &findings[k], e);
            matched = trial.count == 0;
        }
        if (!first)
            note(r, "missing finding %s", json_string_value(rule));
        else if (!matched)
            check_finding(r, first, e); /* report the mismatches of the first candidate */
    }

    if (absent && !json_is_array(absent))
        note(r, "absent: not a list in the case file");
    else
        json_array_foreach(absent, i, e) {
            if (!json_is_string(e)) {
                note(r, "absent[%zu]: not a string", i);
                continue;
            }
            for (k = 0; k < n; k++)
                if (rule_matches(json_string_value(e), findings[k].rule))
                    note(r, "finding %s must be absent", findings[k].rule->id);
        }

    if (json_is_true(exact)) {
        for (k = 0; k < n; k++) {
            int listed = 0;
            json_array_foreach(list, i, e) {
                json_t *rule = json_object_get(e, "rule");
                if (json_is_string(rule) && rule_matches(json_string_value(rule), findings[k].rule))
                    listed = 1;
            }
            if (!listed)
                note(r, "exact: unexpected finding %s",
                     findings[k].rule && findings[k].rule->id ? findings[k].rule->id : "(no rule)");
        }
    } else if (exact && !json_is_boolean(exact)) {
        note(r, "exact: not a boolean in the case file");
    }
}

static int known_expect_key(const char *key)
{
    static const char *const keys[] = {"outcome", "late_report", "supported", "report_due", "missing_field",
                                       "exact", "findings", "absent", "error"};
    size_t i;
    for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(key, keys[i]) == 0)
            return 1;
    return 0;
}

/* Run one case file. Returns 1 when it passes. */
static int run_case(const char *dir, const char *file, int verbose)
{
    char path[4096];
    char stem[1024];
    json_error_t jerr;
    json_t *root, *facts, *expect, *name, *v, *error;
    const char *key;
    report r;
    pk_incident incident = PK_INCIDENT_INIT;
    pk_finding findings[MAX_FINDINGS];
    pk_classification res = PK_CLASSIFICATION_INIT;
    pk_error err;
    pk_status st = PK_OK;
    const char *failed_step = NULL;
    int classified = 0;
    size_t len = strlen(file);

    memset(&r, 0, sizeof r);
    memset(&res, 0, sizeof res);
    res.version = PK_CLASSIFICATION_VERSION;
    memset(findings, 0, sizeof findings);
    pk_error_clear(&err);
    snprintf(path, sizeof path, "%s/%s", dir, file);
    snprintf(stem, sizeof stem, "%.*s", (int)(len - 5), file);

    root = json_load_file(path, 0, &jerr);
    if (!root) {
        printf("FAIL %s: not valid JSON: %s (line %d, column %d)\n", stem, jerr.text, jerr.line, jerr.column);
        return 0;
    }
    name = json_object_get(root, "name");
    facts = json_object_get(root, "facts");
    expect = json_object_get(root, "expect");
    if (!json_is_string(name) || strcmp(json_string_value(name), stem) != 0)
        note(&r, "\"name\" must equal the file name stem \"%s\"", stem);
    if (!json_is_array(json_object_get(root, "law")) || !json_is_string(json_object_get(root, "source")))
        note(&r, "the case must have a \"law\" list and a \"source\" string");
    if (!json_is_object(facts) || !json_is_object(expect)) {
        note(&r, "the case must have \"facts\" and \"expect\" objects");
        goto done;
    }
    json_object_foreach(expect, key, v) {
        if (!known_expect_key(key))
            note(&r, "unknown expect key \"%s\"", key);
    }
    error = json_object_get(expect, "error");

    json_object_foreach(facts, key, v) {
        char text[256];
        if (!fact_text(v, text, sizeof text)) {
            note(&r, "fact \"%s\" has an unusable JSON type", key);
            continue;
        }
        st = pk_incident_set(&incident, key, text, &err);
        if (st != PK_OK) {
            failed_step = "pk_incident_set";
            break;
        }
    }
    if (st == PK_OK) {
        st = pk_classify(&res, findings, MAX_FINDINGS, &incident, &err);
        if (st != PK_OK)
            failed_step = "pk_classify";
        classified = 1;
    }

    if (error) {
        if (!json_is_string(error))
            note(&r, "error: expected value is not a string");
        else if (st == PK_OK)
            note(&r, "error: expected %s, but every call succeeded (outcome %s)", json_string_value(error),
                 pk_outcome_name(res.outcome));
        else if (strcmp(pk_status_name(st), json_string_value(error)) != 0)
            note(&r, "error: expected %s, got %s from %s (field \"%s\": %s)", json_string_value(error),
                 pk_status_name(st), failed_step, err.field, err.text);
        goto done;
    }
    if (st != PK_OK) {
        note(&r, "%s failed: %s (field \"%s\": %s)", failed_step, pk_status_name(st), err.field, err.text);
        goto done;
    }

    if ((v = json_object_get(expect, "outcome")) != NULL)
        expect_string(&r, "outcome", v, pk_outcome_name(res.outcome));
    if ((v = json_object_get(expect, "late_report")) != NULL) {
        if (!json_is_boolean(v))
            note(&r, "late_report: expected value is not a boolean");
        else if (json_is_true(v) != (res.late_report != 0))
            note(&r, "late_report: expected %s, got %s", json_is_true(v) ? "true" : "false",
                 res.late_report ? "true" : "false");
    }
    if ((v = json_object_get(expect, "supported")) != NULL)
        expect_string(&r, "supported", v, supported_name(res.supported));
    if ((v = json_object_get(expect, "report_due")) != NULL) {
        char due[16] = "";
        pk_date d = res.report_deadline.due;
        if (d.year != 0 && pk_date_format(due, sizeof due, d, NULL) != PK_OK)
            snprintf(due, sizeof due, "(invalid)");
        if (json_is_null(v)) {
            if (due[0])
                note(&r, "report_due: expected none, got %s", due);
        } else {
            expect_string(&r, "report_due", v, due);
        }
    }
    if ((v = json_object_get(expect, "missing_field")) != NULL) {
        if (json_is_null(v)) {
            if (res.missing_field && res.missing_field[0])
                note(&r, "missing_field: expected none, got \"%s\"", res.missing_field);
        } else {
            expect_string(&r, "missing_field", v, res.missing_field);
        }
    }
    if (res.finding_count > MAX_FINDINGS)
        note(&r, "finding_count %zu exceeds the buffer of %d", res.finding_count, MAX_FINDINGS);
    else
        check_findings(&r, expect, findings, res.finding_count);
    if (r.count > 0 || verbose)
        describe_findings(&r, findings, res.finding_count > MAX_FINDINGS ? MAX_FINDINGS : res.finding_count);

done:
    json_decref(root);
    if (r.count > 0) {
        printf("FAIL %s (%s %s):\n%s", stem, st != PK_OK ? "status" : "outcome",
               st != PK_OK ? pk_status_name(st) : classified ? pk_outcome_name(res.outcome) : "not classified", r.text);
        return 0;
    }
    if (verbose)
        printf("ok %s (%s):\n%s", stem, st != PK_OK ? pk_status_name(st) : pk_outcome_name(res.outcome), r.text);
    return 1;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    int verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
    const char *dir = argc > 1 + verbose ? argv[1 + verbose] : PK_VIOLATION_CASES_DIR;
    DIR *d = opendir(dir);
    struct dirent *ent;
    char **names = NULL;
    size_t count = 0, cap = 0, i, passed = 0;

    if (!d) {
        fprintf(stderr, "test_violation_cases: cannot open %s\n", dir);
        return 2;
    }
    while ((ent = readdir(d)) != NULL) {
        size_t len = strlen(ent->d_name);
        if (len <= 5 || strcmp(ent->d_name + len - 5, ".json") != 0 || ent->d_name[0] == '.')
            continue;
        if (count == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            char **grown = realloc(names, ncap * sizeof *names);
            if (!grown) {
                fprintf(stderr, "test_violation_cases: out of memory\n");
                closedir(d);
                return 2;
            }
            names = grown;
            cap = ncap;
        }
        names[count] = malloc(len + 1);
        if (!names[count]) {
            fprintf(stderr, "test_violation_cases: out of memory\n");
            closedir(d);
            return 2;
        }
        memcpy(names[count], ent->d_name, len + 1);
        count++;
    }
    closedir(d);

    if (count == 0) {
        printf("FAIL: no case files (*.json) in %s\n", dir);
        free(names);
        return 1;
    }
    qsort(names, count, sizeof *names, compare_names);
    for (i = 0; i < count; i++) {
        passed += (size_t)run_case(dir, names[i], verbose);
        free(names[i]);
    }
    free(names);
    printf("%zu violation cases checked: %zu passed, %zu failed\n", count, passed, count - passed);
    return passed == count ? 0 : 1;
}
