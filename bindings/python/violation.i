/* violation.i: classification of reported violations (violation.h).
 * Rules, citations and handler texts are static. pk_incident is a Python
 * object (constructor = PK_INCIDENT_INIT); the helpers take the facts as a
 * dict of key -> value (the keys of pk_incident_set()) and return plain
 * tuples that the Pythonic layer turns into records. */

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
    if (PyUnicode_Check(v)) return PyUnicode_AsUTF8(v);
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
    *tmp = PyObject_Str(v);
    return *tmp ? PyUnicode_AsUTF8(*tmp) : NULL;
}

/* Fill an incident from a dict; 0 or -1 with the exception set. */
static int pk_py_incident_from(pk_incident *inc, PyObject *facts)
{
    pk_incident init = PK_INCIDENT_INIT;
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    *inc = init;
    if (!PyDict_Check(facts)) {
        PyErr_SetString(PyExc_TypeError, "facts must be a dict");
        return -1;
    }
    while (PyDict_Next(facts, &pos, &key, &value)) {
        char buf[32];
        PyObject *tmp;
        const char *k, *v;
        pk_error err;
        int st;
        if (!PyUnicode_Check(key)) { PyErr_SetString(PyExc_TypeError, "fact names must be str"); return -1; }
        k = PyUnicode_AsUTF8(key);
        if (!k) return -1;
        v = pk_py_fact_text(value, &tmp, buf, sizeof buf);
        if (!v) { Py_XDECREF(tmp); if (PyErr_Occurred()) return -1; continue; }
        memset(&err, 0, sizeof err);
        st = pk_incident_set(inc, k, v, &err);
        Py_XDECREF(tmp);
        if (st != PK_OK) { pk_py_raise(st, &err, "pk_incident_set"); return -1; }
    }
    return 0;
}

static PyObject *pk_py_deadline_tuple(const pk_deadline *d)
{
    if (!d->rule || d->due.year == 0) Py_RETURN_NONE;
    return Py_BuildValue("(iNNI)", (int)d->rule->id, pk_py_date(d->trigger), pk_py_date(d->due), d->flags);
}

/* Position of a rule in the rule table (rule ids may repeat across rows). */
static Py_ssize_t pk_py_rule_index(const pk_rule *r)
{
    size_t i, n = pk_rule_count();
    for (i = 0; i < n; i++)
        if (pk_rule_at(i) == r) return (Py_ssize_t)i;
    return -1;
}

static PyObject *pk_py_finding_tuple(const pk_finding *f)
{
    const pk_sanction *s = &f->sanction;
    const pk_handler *h = &f->handler;
    PyObject *dl = PyList_New(0), *t;
    size_t i;
    const pk_deadline *all[3];
    if (!dl) return NULL;
    all[0] = &f->deadlines.report;
    all[1] = &f->deadlines.followup;
    all[2] = &f->deadlines.followup_extended;
    for (i = 0; i < 3 + f->deadlines.next_count && i < 7; i++) {
        PyObject *d = pk_py_deadline_tuple(i < 3 ? all[i] : &f->deadlines.next[i - 3]);
        if (!d) { Py_DECREF(dl); return NULL; }
        if (d != Py_None) PyList_Append(dl, d);
        Py_DECREF(d);
    }
    t = Py_BuildValue("(niii(iiLLiiIz)s(zzzNNiz)Niz)", pk_py_rule_index(f->rule), (int)f->category,
                      (int)f->subcategory, 0, s->prison_min_months, s->prison_max_months,
                      (long long)s->fine_min_rupiah, (long long)s->fine_max_rupiah, (int)s->join,
                      (int)s->discipline, s->flags, s->text, f->handler_name, h->name, h->role, h->basis,
                      pk_py_date(h->valid_from), pk_py_date(h->valid_until), (int)h->status, h->note, dl,
                      (int)f->certainty, f->certainty_note);
    return t;
}

static PyObject *pk_py_classification_tuple(const pk_classification *c, const pk_finding *fs)
{
    PyObject *list = PyList_New((Py_ssize_t)c->finding_count);
    size_t i;
    for (i = 0; list && i < c->finding_count; i++) {
        PyObject *t = pk_py_finding_tuple(&fs[i]);
        if (!t) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    if (!list) return NULL;
    return Py_BuildValue("(iizNizN)", (int)c->outcome, c->late_report, c->missing_field,
                         pk_py_deadline_tuple(&c->report_deadline), (int)c->supported,
                         c->schedule ? pk_schedule_id(c->schedule) : NULL, list);
}

#define PK_PY_MAX_FINDINGS 32
%}

%inline %{
/* Classify one incident given as a dict of facts (keys of pk_incident_set()):
 * (outcome, late_report, missing_field, report_deadline, supported,
 *  schedule_id, [finding tuples]). */
PyObject *pk_py_classify(PyObject *facts)
{
    pk_incident inc;
    pk_finding fs[PK_PY_MAX_FINDINGS];
    pk_classification c;
    pk_error err;
    int st;
    if (pk_py_incident_from(&inc, facts) < 0) return NULL;
    memset(&err, 0, sizeof err);
    st = pk_classify(&inc, fs, PK_PY_MAX_FINDINGS, &c, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_classify"); return NULL; }
    return pk_py_classification_tuple(&c, fs);
}

/* As pk_py_classify for an incident object. */
PyObject *pk_py_classify_incident(const pk_incident *inc)
{
    pk_finding fs[PK_PY_MAX_FINDINGS];
    pk_classification c;
    pk_error err;
    int st;
    memset(&err, 0, sizeof err);
    st = pk_classify(inc, fs, PK_PY_MAX_FINDINGS, &c, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_classify"); return NULL; }
    return pk_py_classification_tuple(&c, fs);
}

/* Classify many incidents (a sequence of fact dicts) in one call; the GIL is
 * released while classifying. Each item of the result is a classification
 * tuple, or a (status_name, field, message) tuple for an incident that
 * could not be classified (bad facts), so one bad row does not stop a batch. */
PyObject *pk_py_classify_many(PyObject *seq)
{
    PyObject *fast = PySequence_Fast(seq, "expected a sequence of fact dicts"), *list = NULL;
    Py_ssize_t n, i;
    pk_incident *incs = NULL;
    pk_finding *fs = NULL;
    pk_classification *cs = NULL;
    pk_error *errs = NULL;
    int *sts = NULL;
    if (!fast) return NULL;
    n = PySequence_Fast_GET_SIZE(fast);
    incs = (pk_incident *)calloc((size_t)n + 1, sizeof *incs);
    fs = (pk_finding *)calloc(((size_t)n + 1) * 8, sizeof *fs);
    cs = (pk_classification *)calloc((size_t)n + 1, sizeof *cs);
    errs = (pk_error *)calloc((size_t)n + 1, sizeof *errs);
    sts = (int *)calloc((size_t)n + 1, sizeof *sts);
    if (!incs || !fs || !cs || !errs || !sts) { PyErr_NoMemory(); goto done; }
    for (i = 0; i < n; i++) {
        if (pk_py_incident_from(&incs[i], PySequence_Fast_GET_ITEM(fast, i)) < 0) {
            PyObject *type, *val, *tb;
            if (!PyErr_ExceptionMatches(PyExc_Exception) || PyErr_ExceptionMatches(PyExc_TypeError)) goto done;
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
                snprintf(errs[i].text, sizeof errs[i].text, "%s", s && PyUnicode_Check(s) ? PyUnicode_AsUTF8(s) : "");
                snprintf(errs[i].field, sizeof errs[i].field, "%s",
                         fld && PyUnicode_Check(fld) ? PyUnicode_AsUTF8(fld) : "");
                Py_XDECREF(s); Py_XDECREF(fld); Py_XDECREF(code);
            }
            Py_XDECREF(type); Py_XDECREF(val); Py_XDECREF(tb);
            PyErr_Clear();
        }
    }
    Py_BEGIN_ALLOW_THREADS
    for (i = 0; i < n; i++)
        if (sts[i] == PK_OK)
            sts[i] = pk_classify(&incs[i], &fs[(size_t)i * 8], 8, &cs[i], &errs[i]);
    Py_END_ALLOW_THREADS
    list = PyList_New(n);
    for (i = 0; list && i < n; i++) {
        PyObject *t;
        if (sts[i] == PK_OK)
            t = pk_py_classification_tuple(&cs[i], &fs[(size_t)i * 8]);
        else
            t = Py_BuildValue("(sss)", pk_status_name(sts[i]), errs[i].field, errs[i].text);
        if (!t) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, i, t);
    }
done:
    free(incs); free(fs); free(cs); free(errs); free(sts);
    Py_DECREF(fast);
    return list;
}

/* pk_explain() for a dict of facts. */
PyObject *pk_py_explain(PyObject *facts)
{
    pk_incident inc;
    char *text = NULL;
    pk_error err;
    int st;
    PyObject *res;
    if (pk_py_incident_from(&inc, facts) < 0) return NULL;
    memset(&err, 0, sizeof err);
    st = pk_explain(&inc, &text, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_explain"); return NULL; }
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
