/* violation.i: classification of reported violations (violation.h).
 * Rules, citations and handler texts are static. pk_incident is a Python
 * object (constructor = PK_INCIDENT_INIT); the helpers take the facts as a
 * dict of key -> value (the keys of pk_incident_set()) and return rows
 * (classify) or dicts (trace) read through field tables (record.i), which
 * the Pythonic layer turns into records. */

PK_BORROWED_OUT(pk_rule)
%apply int *OUTPUT { pk_actor *out, pk_act *out };

%ignore pk_classify; /* -> pk_py_classify / pk_py_classify_many (lists of findings) */
%ignore pk_finding;
%ignore pk_finding_deadlines;
%ignore pk_classification;

%extend pk_incident {
    pk_incident() {
        pk_incident init = PK_INCIDENT_INIT;
        pk_incident *p = (pk_incident *)malloc(sizeof *p);
        if (p) *p = init;
        return p;
    }
    ~pk_incident() { free($self); }
}

%immutable pk_rule;
%immutable pk_citation;
%immutable pk_sanction;
%immutable pk_handler;
%include "pilkada/violation.h"

%{
/* Text form of a fact value for pk_incident_set(); NULL when the value is
 * None (skip). *tmp receives an object to release. */
static const char *pk_py_fact_text(PyObject *v, PyObject **tmp, char *buf, size_t size)
{
    *tmp = NULL;
    if (v == Py_None) return NULL;
    if (PyBool_Check(v)) return v == Py_True ? "yes" : "no";
    if (PyUnicode_CheckExact(v)) return pk_py_cstr(v, "a fact value");
    if (!PyLong_CheckExact(v) && !PyDate_Check(v) && PyObject_HasAttrString(v, "_value_")) {
        /* an enum member (e.g. Supported.PROSPECTIVE): its slug, else its
         * name in lower case */
        PyObject *slug = PyObject_GetAttrString(v, "slug");
        if (slug && PyUnicode_Check(slug)) {
            *tmp = slug;
            return pk_py_cstr(slug, "a fact value");
        }
        Py_XDECREF(slug);
        PyErr_Clear();
        {
            PyObject *name = PyObject_GetAttrString(v, "name");
            if (name && PyUnicode_Check(name)) {
                *tmp = PyObject_CallMethod(name, "lower", NULL);
                Py_DECREF(name);
                return *tmp ? pk_py_cstr(*tmp, "a fact value") : NULL;
            }
            Py_XDECREF(name);
            PyErr_Clear();
        }
    }
    if (PyUnicode_Check(v)) return pk_py_cstr(v, "a fact value");
    if (PyLong_Check(v)) {
        long n = PyLong_AsLong(v);
        if (n == -1 && PyErr_Occurred()) return NULL;
        snprintf(buf, size, "%ld", n);
        return buf;
    }
    if (PyDate_Check(v) && !PyDateTime_Check(v)) {
        snprintf(buf, size, "%04d-%02d-%02d", PyDateTime_GET_YEAR(v), PyDateTime_GET_MONTH(v),
                 PyDateTime_GET_DAY(v));
        return buf;
    }
    {
        /* datetime.datetime, pandas Timestamp, numpy.datetime64, numpy
         * scalars, a Region, NaT/NaN (absent): pilkada._base.fact_text,
         * off the fast path */
        PyObject *mod = PyImport_ImportModule("pilkada._base");
        PyObject *r = mod ? PyObject_CallMethod(mod, "fact_text", "O", v) : NULL;
        Py_XDECREF(mod);
        if (!r) return NULL;
        if (r == Py_None) { Py_DECREF(r); return NULL; }
        if (!PyUnicode_Check(r)) { Py_DECREF(r); PyErr_SetString(PyExc_TypeError, "fact_text gave no str"); return NULL; }
        *tmp = r;
        return pk_py_cstr(r, "a fact value");
    }
}

%}
%inline %{
/* The canonical code pk_incident_set() stores for a region value (a code or
 * a name); None when it is not one (the classify call reports that). */
PyObject *pk_py_incident_region(const char *value)
{
    pk_incident inc = PK_INCIDENT_INIT;
    if (pk_incident_set(&inc, "region", value, NULL) != PK_OK || !inc.region[0]) Py_RETURN_NONE;
    return PyUnicode_FromString(inc.region);
}
%}
%{
/* Fill an incident from a dict; 0 or -1 with the exception set. */
static int pk_py_incident_from(pk_incident *inc, PyObject *facts)
{
    pk_incident init = PK_INCIDENT_INIT;
    PyObject *key, *value, *copy = NULL;
    Py_ssize_t pos = 0;
    int rc = 0;
    *inc = init;
    if (!PyDict_Check(facts)) {
        if (!PyMapping_Check(facts) || PyUnicode_Check(facts)) {
            PyErr_SetString(PyExc_TypeError, "facts must be a mapping");
            return -1;
        }
        copy = PyDict_New();
        if (!copy) return -1;
        if (PyDict_Merge(copy, facts, 1) < 0) { Py_DECREF(copy); return -1; }
        facts = copy;
    }
    while (PyDict_Next(facts, &pos, &key, &value)) {
        char buf[32];
        PyObject *tmp;
        const char *k, *v;
        pk_error err;
        int st;
        if (!PyUnicode_Check(key)) { PyErr_SetString(PyExc_TypeError, "fact names must be str"); rc = -1; break; }
        k = pk_py_cstr(key, "a fact name");
        if (!k) { rc = -1; break; }
        {
            /* a key that is not a fact (a report id, a CSV column): the
             * Python layer carries it through beside the result */
            const pk_fact *fact;
            if (pk_fact_find(&fact, k, NULL) != PK_OK) continue;
        }
        v = pk_py_fact_text(value, &tmp, buf, sizeof buf);
        if (!v) { Py_XDECREF(tmp); if (PyErr_Occurred()) { rc = -1; break; } continue; }
        memset(&err, 0, sizeof err);
        st = pk_incident_set(inc, k, v, &err);
        Py_XDECREF(tmp);
        if (st != PK_OK) { pk_py_raise(st, &err, "pk_incident_set"); rc = -1; break; }
    }
    Py_XDECREF(copy);
    return rc;
}

/* Rows (record.i) of the classify helpers; their names reach Python through
 * pk_py_row_names(). */
static const pk_py_field pk_py_deadline_fields[] = {
    PK_PY_FIELD(pk_deadline, rule, "rule", PK_PY_DLRULE),
    PK_PY_FIELD(pk_deadline, trigger, "trigger", PK_PY_DATE),
    PK_PY_FIELD(pk_deadline, due, "due", PK_PY_DATE),
    PK_PY_FIELD(pk_deadline, flags, "estimated", PK_PY_UINT),
};
static const pk_py_field pk_py_finding_fields[] = {
    PK_PY_FIELD(pk_finding, rule, "rule", PK_PY_RULE),
    PK_PY_FIELD(pk_finding, category, "category", PK_PY_INT),
    PK_PY_FIELD(pk_finding, subcategory, "subcategory", PK_PY_INT),
    PK_PY_FIELD(pk_finding, handler_name, "handler_name", PK_PY_CHARS),
    PK_PY_FIELD(pk_finding, certainty, "certainty", PK_PY_INT),
    PK_PY_FIELD(pk_finding, certainty_note, "certainty_note", PK_PY_STR),
};
/* filled by pk_py_finding_row() after the table's fields */
static const char *const pk_py_finding_extras[] = {"sanction", "handler", "deadlines"};
static const pk_py_field pk_py_classification_fields[] = {
    PK_PY_FIELD(pk_classification, outcome, "outcome", PK_PY_INT),
    PK_PY_FIELD(pk_classification, late_report, "late_report", PK_PY_BOOL),
    PK_PY_FIELD(pk_classification, missing_field, "missing_field", PK_PY_STR),
    PK_PY_FIELD(pk_classification, supported, "supported", PK_PY_INT),
    PK_PY_FIELD(pk_classification, schedule, "schedule_id", PK_PY_SCHED),
};
static const char *const pk_py_classification_extras[] = {"report_deadline", "findings"};
#define PK_PY_ROW(s, table, extra) pk_py_row((s), (table), PK_PY_NFIELDS(table), (extra))

/* A deadline row, None when it could not be computed. */
static PyObject *pk_py_deadline_row(const pk_deadline *d)
{
    if (!d->rule || d->due.year == 0) Py_RETURN_NONE;
    return PK_PY_ROW(d, pk_py_deadline_fields, 0);
}

/* A date packed as yyyymmdd (0: none), cheap to hash in the Python caches. */
static long pk_py_ymd(pk_date d)
{
    return (long)d.year * 10000L + (long)d.month * 100L + (long)d.day;
}

static void pk_py_pack(unsigned char **p, const void *v, size_t n)
{
    memcpy(*p, v, n);
    *p += n;
}

/* The handler of a finding as a Python object. With a cache (a dict filled
 * by the Pythonic layer), the handler is looked up by a key made of its
 * fields (the strings by address: they are static) and the cached object is
 * returned as is; otherwise, or on a miss, a tuple (key or None, (name, role,
 * basis, valid_from, valid_until, status, note)) with the dates as yyyymmdd
 * ints. */
static PyObject *pk_py_handler_obj(const pk_handler *h, PyObject *cache)
{
    unsigned char buf[1 + 4 * sizeof(const char *) + 3 * sizeof(long)], *p = buf;
    long vf = pk_py_ymd(h->valid_from), vu = pk_py_ymd(h->valid_until), status = (long)h->status;
    PyObject *key = NULL, *res;
    if (cache && PyDict_Check(cache)) {
        *p++ = 'H';
        pk_py_pack(&p, &h->name, sizeof h->name);
        pk_py_pack(&p, &h->role, sizeof h->role);
        pk_py_pack(&p, &h->basis, sizeof h->basis);
        pk_py_pack(&p, &h->note, sizeof h->note);
        pk_py_pack(&p, &vf, sizeof vf);
        pk_py_pack(&p, &vu, sizeof vu);
        pk_py_pack(&p, &status, sizeof status);
        key = PyBytes_FromStringAndSize((const char *)buf, (Py_ssize_t)(p - buf));
        if (!key) return NULL;
        res = PyDict_GetItemWithError(cache, key);
        if (res) { Py_DECREF(key); Py_INCREF(res); return res; }
        if (PyErr_Occurred()) { Py_DECREF(key); return NULL; }
    } else {
        key = Py_None;
        Py_INCREF(key);
    }
    return Py_BuildValue("(N(zzzlliz))", key, h->name, h->role, h->basis, vf, vu, (int)h->status, h->note);
}

/* A finding row: pk_py_finding_fields, then sanction the rule's position
 * (an int) when it is the rule's own sanction (pk_rule_at(rule)->sanction), else (prison_min,
 * prison_max, fine_min, fine_max, join, discipline, flags, text); handler as
 * pk_py_handler_obj(); deadlines a tuple of deadline rows. */
static PyObject *pk_py_finding_row(const pk_finding *f, PyObject *cache)
{
    const pk_sanction *s = &f->sanction, *rs = f->rule ? &f->rule->sanction : NULL;
    PyObject *items[7], *dl, *sanc, *handler, *row;
    size_t i, n = 0, nf = PK_PY_NFIELDS(pk_py_finding_fields);
    const pk_deadline *all[3];
    all[0] = &f->deadlines.report;
    all[1] = &f->deadlines.followup;
    all[2] = &f->deadlines.followup_extended;
    for (i = 0; i < 3 + f->deadlines.next_count && i < 7; i++) {
        PyObject *d = pk_py_deadline_row(i < 3 ? all[i] : &f->deadlines.next[i - 3]);
        if (!d) { while (n) Py_DECREF(items[--n]); return NULL; }
        if (d != Py_None) items[n++] = d;
        else Py_DECREF(d);
    }
    dl = PyTuple_New((Py_ssize_t)n);
    if (!dl) { while (n) Py_DECREF(items[--n]); return NULL; }
    for (i = 0; i < n; i++) PyTuple_SET_ITEM(dl, (Py_ssize_t)i, items[i]);
    if (rs && rs->prison_min_months == s->prison_min_months && rs->prison_max_months == s->prison_max_months
        && rs->fine_min_rupiah == s->fine_min_rupiah && rs->fine_max_rupiah == s->fine_max_rupiah
        && rs->join == s->join && rs->discipline == s->discipline && rs->flags == s->flags && rs->text == s->text) {
        sanc = PyLong_FromSsize_t(pk_py_rule_index(f->rule));
    } else {
        sanc = Py_BuildValue("(iiLLiiIz)", s->prison_min_months, s->prison_max_months,
                             (long long)s->fine_min_rupiah, (long long)s->fine_max_rupiah, (int)s->join,
                             (int)s->discipline, s->flags, s->text);
    }
    handler = sanc ? pk_py_handler_obj(&f->handler, cache) : NULL;
    row = handler ? PK_PY_ROW(f, pk_py_finding_fields, 3) : NULL;
    if (!row) { Py_XDECREF(sanc); Py_XDECREF(handler); Py_DECREF(dl); return NULL; }
    PyTuple_SET_ITEM(row, (Py_ssize_t)nf, sanc);
    PyTuple_SET_ITEM(row, (Py_ssize_t)nf + 1, handler);
    PyTuple_SET_ITEM(row, (Py_ssize_t)nf + 2, dl);
    return row;
}

/* A classification row: pk_py_classification_fields, then the report
 * deadline row (or None) and the tuple of finding rows. */
static PyObject *pk_py_classification_row(const pk_classification *c, const pk_finding *fs, PyObject *cache)
{
    PyObject *list = PyTuple_New((Py_ssize_t)c->finding_count), *dl, *row;
    size_t i, nf = PK_PY_NFIELDS(pk_py_classification_fields);
    for (i = 0; list && i < c->finding_count; i++) {
        PyObject *t = pk_py_finding_row(&fs[i], cache);
        if (!t) { Py_CLEAR(list); break; }
        PyTuple_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    dl = list ? pk_py_deadline_row(&c->report_deadline) : NULL;
    row = dl ? PK_PY_ROW(c, pk_py_classification_fields, 2) : NULL;
    if (!row) { Py_XDECREF(list); Py_XDECREF(dl); return NULL; }
    PyTuple_SET_ITEM(row, (Py_ssize_t)nf, dl);
    PyTuple_SET_ITEM(row, (Py_ssize_t)nf + 1, list);
    return row;
}

#define PK_PY_MAX_FINDINGS 32
%}

%{
/* The explanation as data (pk_classify_trace()) for a dict of facts:
 * {"rule_total", "covered", "missing_field", "rules": [rows]}, each row
 * (rule (its position in the rule table), verdict, fact, window) as
 * pk_py_row_names("rule_trace") names it: a row per rule, hashable, so
 * trace() keeps the records it made of them. */
static pk_py_field pk_py_trace_fields[] = {
    PK_PY_FIELD(pk_trace, rule_total, "rule_total", PK_PY_SIZE),
    PK_PY_FIELD(pk_trace, covered, "covered", PK_PY_SIZE),
    PK_PY_FIELD(pk_trace, missing_field, "missing_field", PK_PY_STR),
};
static const pk_py_field pk_py_rule_trace_fields[] = {
    PK_PY_FIELD(pk_rule_trace, rule, "rule", PK_PY_RULE),
    PK_PY_FIELD(pk_rule_trace, verdict, "verdict", PK_PY_INT),
    PK_PY_FIELD(pk_rule_trace, fact, "fact", PK_PY_STR),
    PK_PY_FIELD(pk_rule_trace, window, "window", PK_PY_STR),
};
%}

/* The handler cache of the classify helpers is optional (None: no cache). */
%typemap(default) PyObject *cache "$1 = NULL;";
%typemap(in) PyObject *cache "$1 = $input == Py_None ? NULL : $input;";

%inline %{
/* The names of the rows the classify helpers return: what = "deadline",
 * "finding", "classification" or "rule_trace" (see the tables above). */
PyObject *pk_py_row_names(const char *what)
{
    static const char *const none[1] = {""};
    if (what && strcmp(what, "deadline") == 0)
        return pk_py_names(pk_py_deadline_fields, PK_PY_NFIELDS(pk_py_deadline_fields), none, 0);
    if (what && strcmp(what, "finding") == 0)
        return pk_py_names(pk_py_finding_fields, PK_PY_NFIELDS(pk_py_finding_fields), pk_py_finding_extras, 3);
    if (what && strcmp(what, "rule_trace") == 0)
        return pk_py_names(pk_py_rule_trace_fields, PK_PY_NFIELDS(pk_py_rule_trace_fields), none, 0);
    if (what && strcmp(what, "classification") == 0)
        return pk_py_names(pk_py_classification_fields, PK_PY_NFIELDS(pk_py_classification_fields),
                           pk_py_classification_extras, 2);
    PyErr_Format(PyExc_ValueError, "no row named %s", what ? what : "NULL");
    return NULL;
}

/* Classify one incident given as a mapping of facts (keys of
 * pk_incident_set()): a classification row (pk_py_classification_row()).
 * cache: optional dict of handler objects (see pk_py_handler_obj()). */
PyObject *pk_py_classify(PyObject *facts, PyObject *cache)
{
    pk_incident inc;
    pk_finding fs[PK_PY_MAX_FINDINGS];
    pk_classification c = PK_CLASSIFICATION_INIT;
    pk_error err;
    int st;
    if (pk_py_incident_from(&inc, facts) < 0) return NULL;
    memset(&err, 0, sizeof err);
    st = pk_classify(&c, fs, PK_PY_MAX_FINDINGS, &inc, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_classify"); return NULL; }
    return pk_py_classification_row(&c, fs, cache);
}

/* Classify many incidents (a sequence of fact mappings) in one call; the
 * GIL is released while classifying. Each item of the result is a
 * classification row, or a (status_name, field, message) tuple for an
 * incident that could not be classified (bad facts), so one bad row does not
 * stop a batch. Works in chunks of PK_PY_CHUNK incidents, so the buffers stay
 * small (about 1 MB) whatever the batch size. */
#define PK_PY_CHUNK 64
PyObject *pk_py_classify_many(PyObject *seq, PyObject *cache)
{
    PyObject *fast = PySequence_Fast(seq, "expected a sequence of fact dicts"), *list = NULL;
    Py_ssize_t n, i, base;
    pk_incident *incs = NULL;
    pk_finding *fs = NULL;
    pk_classification *cs = NULL;
    pk_error *errs = NULL;
    int *sts = NULL, gc_was_on = 0;
    if (!fast) return NULL;
    n = PySequence_Fast_GET_SIZE(fast);
    incs = (pk_incident *)malloc(PK_PY_CHUNK * sizeof *incs);
    fs = (pk_finding *)malloc((size_t)PK_PY_CHUNK * PK_PY_MAX_FINDINGS * sizeof *fs);
    cs = (pk_classification *)malloc(PK_PY_CHUNK * sizeof *cs);
    errs = (pk_error *)malloc(PK_PY_CHUNK * sizeof *errs);
    sts = (int *)malloc(PK_PY_CHUNK * sizeof *sts);
    list = PyList_New(n);
    if (!incs || !fs || !cs || !errs || !sts) { Py_CLEAR(list); PyErr_NoMemory(); goto done; }
#if PY_VERSION_HEX >= 0x030A0000
    /* the result is acyclic: no cyclic GC passes over it while it grows */
    gc_was_on = PyGC_Disable();
#endif
    for (base = 0; list && base < n; base += PK_PY_CHUNK) {
        Py_ssize_t m = n - base < PK_PY_CHUNK ? n - base : PK_PY_CHUNK;
        for (i = 0; i < m; i++) {
            sts[i] = PK_OK;
            memset(&errs[i], 0, sizeof errs[i]);
            if (pk_py_incident_from(&incs[i], PySequence_Fast_GET_ITEM(fast, base + i)) < 0) {
                PyObject *type, *val, *tb;
                if (!PyErr_ExceptionMatches(PyExc_Exception) || PyErr_ExceptionMatches(PyExc_TypeError)) {
                    Py_CLEAR(list);
                    goto done;
                }
                PyErr_Fetch(&type, &val, &tb);
                sts[i] = PK_EINVAL;
                {
                    /* the bare message: str() of a PilkadaError appends " [field]" */
                    PyObject *s = val && PyObject_HasAttrString(val, "message")
                                      ? PyObject_GetAttrString(val, "message")
                                      : (val ? PyObject_Str(val) : NULL);
                    PyObject *fld = val ? PyObject_GetAttrString(val, "field") : NULL;
                    PyObject *code = val ? PyObject_GetAttrString(val, "status") : NULL;
                    PyErr_Clear();
                    if (code && PyLong_Check(code)) sts[i] = (int)PyLong_AsLong(code);
                    snprintf(errs[i].text, sizeof errs[i].text, "%s",
                             s && PyUnicode_Check(s) ? PyUnicode_AsUTF8(s) : "");
                    snprintf(errs[i].field, sizeof errs[i].field, "%s",
                             fld && PyUnicode_Check(fld) ? PyUnicode_AsUTF8(fld) : "");
                    Py_XDECREF(s); Py_XDECREF(fld); Py_XDECREF(code);
                }
                Py_XDECREF(type); Py_XDECREF(val); Py_XDECREF(tb);
                PyErr_Clear();
            }
        }
        Py_BEGIN_ALLOW_THREADS
        for (i = 0; i < m; i++)
            if (sts[i] == PK_OK) {
                cs[i].version = PK_CLASSIFICATION_VERSION;
                sts[i] = pk_classify(&cs[i], &fs[(size_t)i * PK_PY_MAX_FINDINGS], PK_PY_MAX_FINDINGS,
                                     &incs[i], &errs[i]);
            }
        Py_END_ALLOW_THREADS
        for (i = 0; i < m; i++) {
            PyObject *t;
            if (sts[i] == PK_OK)
                t = pk_py_classification_row(&cs[i], &fs[(size_t)i * PK_PY_MAX_FINDINGS], cache);
            else
                t = Py_BuildValue("(sss)", pk_status_name(sts[i]), errs[i].field, errs[i].text);
            if (!t) { Py_CLEAR(list); break; }
            PyList_SET_ITEM(list, base + i, t);
        }
    }
done:
#if PY_VERSION_HEX >= 0x030A0000
    if (gc_was_on) PyGC_Enable();
#endif
    free(incs); free(fs); free(cs); free(errs); free(sts);
    Py_DECREF(fast);
    return list;
}

/* pk_classify_trace() for a dict of facts (see the field tables above). */
PyObject *pk_py_classify_trace(PyObject *facts)
{
    pk_incident inc;
    pk_trace t = PK_TRACE_INIT;
    pk_rule_trace *rules;
    size_t cap = pk_rule_count();
    pk_error err;
    int st;
    PyObject *d;
    if (pk_py_incident_from(&inc, facts) < 0) return NULL;
    rules = (pk_rule_trace *)malloc((cap ? cap : 1) * sizeof *rules);
    if (!rules) return PyErr_NoMemory();
    memset(&err, 0, sizeof err);
    st = pk_classify_trace(&t, rules, cap, &inc, &err);
    if (st != PK_OK) { free(rules); pk_py_raise(st, &err, "pk_classify_trace"); return NULL; }
    d = pk_py_record(&t, pk_py_trace_fields, PK_PY_NFIELDS(pk_py_trace_fields));
    if (d) {
        PyObject *list = PyList_New((Py_ssize_t)t.rule_count);
        size_t i;
        for (i = 0; list && i < t.rule_count; i++) {
            PyObject *row = PK_PY_ROW(&rules[i], pk_py_rule_trace_fields, 0);
            if (!row) { Py_CLEAR(list); break; }
            PyList_SET_ITEM(list, (Py_ssize_t)i, row);
        }
        if (pk_py_set(d, "rules", list) < 0) Py_CLEAR(d);
    }
    free(rules);
    return d;
}

/* pk_explain() for a dict of facts. */
PyObject *pk_py_explain(PyObject *facts, const char *lang)
{
    pk_incident inc;
    char *text = NULL;
    pk_error err;
    int st;
    pk_lang lg = PK_LANG_EN;
    PyObject *res;
    if (pk_py_incident_from(&inc, facts) < 0) return NULL;
    memset(&err, 0, sizeof err);
    st = pk_lang_parse(&lg, lang, &err);
    if (st == PK_OK) st = pk_explain_lang(&text, &inc, lg, &err); /* the library's one rendering */
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_explain_lang"); return NULL; }
    res = PyUnicode_FromString(text);
    pk_free(text);
    return res;
}
%}

%inline %{
/* Citation number i of a rule (pk_rule::citations[i]), borrowed. */
const pk_citation *pk_py_rule_citation(const pk_rule *r, size_t i)
{
    return (r && i < r->citation_count) ? &r->citations[i] : NULL;
}
%}
