/* region.i: the region registry (region.h). Regions are static: every
 * pk_region returned is borrowed and lives forever. The helpers return
 * region indexes (pk_region::index), alone, in lists or in dicts made
 * through field tables (record.i), so the Python layer can hand out its
 * cached Region objects without converting a struct per call. */

PK_BORROWED_OUT(pk_region)
PK_BORROWED_OUT(pk_region_cycle)
PK_VALUE_OUT(pk_region_election, out)
PK_VALUE_OUT(pk_region_counts, out)
%apply int *OUTPUT { int *out };

%ignore pk_region_resolve;      /* -> pk_py_region_resolve, pk_py_region_resolve_many */
%ignore pk_region_find_in_text; /* -> pk_py_region_find_in_text */
%ignore pk_region_list;         /* -> pk_py_region_list */
%ignore pk_region_provinces;
%ignore pk_region_children;
%ignore pk_region_resolve_options;
%ignore pk_region_resolution;
%ignore pk_region_candidate;
%ignore pk_region_mention;
%ignore pk_region_filter;

%immutable;
%include "pilkada/region.h"
%mutable;

%{
static PyObject *pk_py_index_list(const pk_region **rs, size_t n)
{
    PyObject *list = PyList_New((Py_ssize_t)n);
    size_t i;
    for (i = 0; list && i < n; i++) {
        PyObject *o = PyLong_FromSize_t(rs[i]->index);
        if (!o) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, (Py_ssize_t)i, o);
    }
    return list;
}

/* Field tables (record.i): the dicts regions.py builds its records from. */
static pk_py_field pk_py_region_candidate_fields[] = {
    PK_PY_FIELD(pk_region_candidate, region, "region", PK_PY_REGION),
    PK_PY_FIELD(pk_region_candidate, score, "score", PK_PY_DOUBLE),
    PK_PY_FIELD(pk_region_candidate, distance, "distance", PK_PY_INT),
    PK_PY_FIELD(pk_region_candidate, how, "how", PK_PY_INT),
    PK_PY_FIELD(pk_region_candidate, matched, "matched", PK_PY_STR),
};
static pk_py_field pk_py_region_resolution_fields[] = {
    PK_PY_FIELD(pk_region_resolution, region, "region", PK_PY_REGION),
    PK_PY_FIELD(pk_region_resolution, how, "how", PK_PY_INT),
    PK_PY_FIELD(pk_region_resolution, score, "score", PK_PY_DOUBLE),
    PK_PY_FIELD(pk_region_resolution, kind_hint, "kind_hint", PK_PY_INT),
};
static pk_py_field pk_py_region_mention_fields[] = {
    PK_PY_FIELD(pk_region_mention, start, "start", PK_PY_SIZE),
    PK_PY_FIELD(pk_region_mention, end, "end", PK_PY_SIZE),
    PK_PY_FIELD(pk_region_mention, region, "region", PK_PY_REGION),
    PK_PY_FIELD(pk_region_mention, ambiguous, "ambiguous", PK_PY_BOOL),
    PK_PY_FIELD(pk_region_mention, kind_hint, "kind_hint", PK_PY_INT),
    PK_PY_FIELD(pk_region_mention, how, "how", PK_PY_INT),
};
%}

%inline %{
/* Regions matching a filter, as indexes (see pk_region_list()). */
PyObject *pk_py_region_list(const char *province, int year, int kind)
{
    pk_region_filter f = PK_REGION_FILTER_INIT;
    const pk_region **buf;
    size_t total = 0, cap = pk_region_count();
    pk_error err;
    int st;
    PyObject *res;
    memset(&err, 0, sizeof err);
    f.province = province;
    f.year = year;
    f.kind = kind;
    buf = (const pk_region **)malloc((cap ? cap : 1) * sizeof *buf);
    if (!buf) return PyErr_NoMemory();
    st = pk_region_list(buf, cap, &total, &f, &err);
    if (st != PK_OK) { free(buf); pk_py_raise(st, &err, "pk_region_list"); return NULL; }
    res = pk_py_index_list(buf, total < cap ? total : cap);
    free(buf);
    return res;
}

/* Resolve a messy name (pk_region_resolve()). Never raises for the
 * outcomes: returns a dict (pk_py_region_resolution_fields, regions as
 * indexes) with "status", "message" and "candidates"
 * (pk_py_region_candidate_fields); raises for bad input. */
PyObject *pk_py_region_resolve(const char *name, int kind, const char *province, int max_distance,
                               unsigned flags, size_t max_candidates)
{
    pk_region_resolve_options o = PK_REGION_RESOLVE_OPTIONS_INIT;
    pk_region_candidate small[16];
    pk_region_candidate *c = small;
    pk_region_resolution r = PK_REGION_RESOLUTION_INIT;
    pk_error err;
    int st;
    PyObject *d;
    memset(&err, 0, sizeof err);
    o.kind = kind;
    o.province = province;
    o.max_distance = max_distance;
    o.flags = flags;
    if (max_candidates > 16) {
        c = (pk_region_candidate *)malloc(max_candidates * sizeof *c);
        if (!c) return PyErr_NoMemory();
    }
    st = pk_region_resolve(&r, c, max_candidates, name, &o, &err);
    if (st != PK_OK && st != PK_EAMBIGUOUS && st != PK_ENOTFOUND) {
        if (c != small) free(c);
        pk_py_raise(st, &err, "pk_region_resolve");
        return NULL;
    }
    d = pk_py_record(&r, pk_py_region_resolution_fields, PK_PY_NFIELDS(pk_py_region_resolution_fields));
    if (d && (pk_py_set(d, "status", PyLong_FromLong(st)) < 0 || pk_py_set(d, "message", PyUnicode_FromString(err.text)) < 0 ||
              pk_py_set(d, "candidates", pk_py_records(c, sizeof *c, r.ncandidates, pk_py_region_candidate_fields,
                                                       PK_PY_NFIELDS(pk_py_region_candidate_fields))) < 0))
        Py_CLEAR(d);
    if (c != small) free(c);
    return d;
}

/* Resolve many names in one call: a list of region indexes (None where the
 * name is not resolved to one region). The GIL is released for the loop. */
PyObject *pk_py_region_resolve_many(PyObject *names, int kind, const char *province, int max_distance,
                                    unsigned flags)
{
    pk_region_resolve_options o = PK_REGION_RESOLVE_OPTIONS_INIT;
    PyObject *tuple = PySequence_Tuple(names), *list;
    Py_ssize_t n, i;
    const char **cs;
    long *idx;
    if (!tuple) return NULL;
    n = PyTuple_GET_SIZE(tuple);
    cs = (const char **)malloc((size_t)(n ? n : 1) * sizeof *cs);
    idx = (long *)malloc((size_t)(n ? n : 1) * sizeof *idx);
    if (!cs || !idx) { free(cs); free(idx); Py_DECREF(tuple); return PyErr_NoMemory(); }
    for (i = 0; i < n; i++) {
        PyObject *s = PyTuple_GET_ITEM(tuple, i);
        cs[i] = pk_py_cstr(s, "a name");
        if (!cs[i]) { free(cs); free(idx); Py_DECREF(tuple); return NULL; }
    }
    o.kind = kind;
    o.province = province;
    o.max_distance = max_distance;
    o.flags = flags;
    Py_BEGIN_ALLOW_THREADS
    for (i = 0; i < n; i++) {
        pk_region_resolution r = PK_REGION_RESOLUTION_INIT;
        idx[i] = (cs[i] && pk_region_resolve(&r, NULL, 0, cs[i], &o, NULL) == PK_OK) ? (long)r.region->index : -1;
    }
    Py_END_ALLOW_THREADS
    list = PyList_New(n);
    for (i = 0; list && i < n; i++) {
        PyObject *v;
        if (idx[i] < 0) { v = Py_None; Py_INCREF(v); } else v = PyLong_FromLong(idx[i]);
        if (!v) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, i, v);
    }
    free(cs);
    free(idx);
    Py_DECREF(tuple);
    return list;
}

/* Region names in a text (pk_region_find_in_text()): a list of dicts
 * (pk_py_region_mention_fields, byte offsets into the UTF-8 text) with
 * "candidates", a list of region indexes. */
PyObject *pk_py_region_find_in_text(const char *text, size_t len, unsigned flags)
{
    pk_region_mention small[16];
    pk_region_mention *m = small;
    size_t total = 0, i;
    pk_error err;
    int st;
    PyObject *list;
    memset(&err, 0, sizeof err);
    st = pk_region_find_in_text(small, 16, &total, text, len, flags, &err);
    if (st == PK_OK && total > 16) {
        m = (pk_region_mention *)malloc(total * sizeof *m);
        if (!m) return PyErr_NoMemory();
        st = pk_region_find_in_text(m, total, &total, text, len, flags, &err);
    }
    if (st != PK_OK) { if (m != small) free(m); pk_py_raise(st, &err, "pk_region_find_in_text"); return NULL; }
    list = pk_py_records(m, sizeof *m, total, pk_py_region_mention_fields, PK_PY_NFIELDS(pk_py_region_mention_fields));
    for (i = 0; list && i < total; i++)
        if (pk_py_set(PyList_GET_ITEM(list, (Py_ssize_t)i), "candidates",
                      pk_py_index_list(m[i].candidates, m[i].ncandidates)) < 0)
            Py_CLEAR(list);
    if (m != small) free(m);
    return list;
}
%}
