/* place.i: places at all four levels (place.h). Places are named by ids
 * (numbers); the helpers return plain tuples that the Python layer
 * (pilkada/places.py) turns into records. */

%ignore pk_place;
%ignore pk_place_get;
%ignore pk_place_lookup;
%ignore pk_place_at;
%ignore pk_place_children;
%ignore pk_place_resolve;
%ignore pk_place_find_in_text;
%ignore pk_place_options;
%ignore pk_place_resolution;
%ignore pk_place_candidate;
%ignore pk_place_mention;
%ignore pk_place_level_parse;

%immutable;
%include "pilkada/place.h"
%mutable;

%{
static PyObject *pk_py_place_cands(const pk_place_candidate *c, size_t n)
{
    PyObject *list = PyList_New((Py_ssize_t)n);
    size_t i;
    for (i = 0; list && i < n; i++) {
        PyObject *t = Py_BuildValue("(kdi)", (unsigned long)c[i].id, c[i].score, (int)c[i].how);
        if (!t) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    return list;
}
%}

%inline %{
/* A place as (id, level, kind, code, code_num, name, kind_label, head, head_basis, parent, district,
 * region index or -1, province index); raises NotFound for an unknown id. */
PyObject *pk_py_place_get(unsigned long id)
{
    pk_place p = PK_PLACE_INIT;
    pk_error err;
    int st;
    memset(&err, 0, sizeof err);
    st = pk_place_get(&p, (pk_place_id)id, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_place_get"); return NULL; }
    return Py_BuildValue("(kiisLsssskkni)", (unsigned long)p.id, p.level, p.kind, p.code, p.code_num, p.name,
                         p.kind_label, p.head, p.head_basis, (unsigned long)p.parent, (unsigned long)p.district,
                         p.region ? (Py_ssize_t)p.region->index : (Py_ssize_t)-1, (int)p.province->index);
}

/* The id of a code at any level (pk_place_lookup()). */
PyObject *pk_py_place_lookup(const char *code)
{
    pk_place_id id = 0;
    pk_error err;
    int st;
    memset(&err, 0, sizeof err);
    st = pk_place_lookup(NULL, &id, code, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_place_lookup"); return NULL; }
    return PyLong_FromUnsignedLong((unsigned long)id);
}

/* The id of place number i of a level (pk_place_at()). */
PyObject *pk_py_place_at(int level, size_t i)
{
    pk_place_id id = 0;
    pk_error err;
    int st;
    memset(&err, 0, sizeof err);
    st = pk_place_at(&id, level, i, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_place_at"); return NULL; }
    return PyLong_FromUnsignedLong((unsigned long)id);
}

/* The ids one level down (pk_place_children()). */
PyObject *pk_py_place_children(unsigned long parent)
{
    size_t total = 0, i;
    pk_place_id *ids;
    pk_error err;
    int st;
    PyObject *list;
    memset(&err, 0, sizeof err);
    st = pk_place_children(NULL, 0, &total, (pk_place_id)parent, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_place_children"); return NULL; }
    ids = (pk_place_id *)malloc((total ? total : 1) * sizeof *ids);
    if (!ids) return PyErr_NoMemory();
    st = pk_place_children(ids, total, &total, (pk_place_id)parent, &err);
    if (st != PK_OK) { free(ids); pk_py_raise(st, &err, "pk_place_children"); return NULL; }
    list = PyList_New((Py_ssize_t)total);
    for (i = 0; list && i < total; i++) {
        PyObject *o = PyLong_FromUnsignedLong((unsigned long)ids[i]);
        if (!o) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, (Py_ssize_t)i, o);
    }
    free(ids);
    return list;
}

/* Resolve a name at all levels (pk_place_resolve()). Never raises for the outcomes: returns
 * (status, id, level, ambiguous, how, score, total, start, end, [(id, score, how), ...], message);
 * start/end are byte offsets into the UTF-8 name. Raises for bad input. */
PyObject *pk_py_place_resolve(const char *name, int level, unsigned long context, const char *context_text,
                              unsigned flags, size_t max_candidates)
{
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
    pk_place_candidate small[16];
    pk_place_candidate *c = small;
    pk_error err;
    int st;
    PyObject *cands;
    memset(&err, 0, sizeof err);
    o.level = level;
    o.context = (pk_place_id)context;
    o.context_text = context_text;
    o.flags = flags;
    if (max_candidates > 16) {
        c = (pk_place_candidate *)malloc(max_candidates * sizeof *c);
        if (!c) return PyErr_NoMemory();
    }
    st = pk_place_resolve(&r, c, max_candidates, name, &o, &err);
    if (st != PK_OK && st != PK_EAMBIGUOUS && st != PK_ENOTFOUND) {
        if (c != small) free(c);
        pk_py_raise(st, &err, "pk_place_resolve");
        return NULL;
    }
    cands = pk_py_place_cands(c, r.ncandidates);
    if (c != small) free(c);
    if (!cands) return NULL;
    return Py_BuildValue("(ikiiidnnnNs)", st, (unsigned long)r.id, r.level, r.ambiguous, (int)r.how, r.score,
                         (Py_ssize_t)r.total, (Py_ssize_t)r.start, (Py_ssize_t)r.end, cands,
                         st == PK_OK ? "" : err.text);
}

/* Places in a text (pk_place_find_in_text()): a list of (start, name_start, end, id, level, cue_level,
 * ambiguous, how, total, [(id, score, how), ...]); byte offsets into the UTF-8 text. */
PyObject *pk_py_place_find_in_text(const char *text, size_t len, int level, unsigned long context, unsigned flags)
{
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    pk_place_mention *m;
    size_t total = 0, i;
    pk_error err;
    int st;
    PyObject *list;
    memset(&err, 0, sizeof err);
    o.level = level;
    o.context = (pk_place_id)context;
    o.flags = flags;
    Py_BEGIN_ALLOW_THREADS
    st = pk_place_find_in_text(NULL, 0, &total, text, len, &o, &err);
    Py_END_ALLOW_THREADS
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_place_find_in_text"); return NULL; }
    m = (pk_place_mention *)malloc((total ? total : 1) * sizeof *m);
    if (!m) return PyErr_NoMemory();
    Py_BEGIN_ALLOW_THREADS
    st = pk_place_find_in_text(m, total, &total, text, len, &o, &err);
    Py_END_ALLOW_THREADS
    if (st != PK_OK) { free(m); pk_py_raise(st, &err, "pk_place_find_in_text"); return NULL; }
    list = PyList_New((Py_ssize_t)total);
    for (i = 0; list && i < total; i++) {
        PyObject *cands = pk_py_place_cands(m[i].candidates, m[i].ncandidates), *t;
        if (!cands) { Py_CLEAR(list); break; }
        t = Py_BuildValue("(nnnkiiiinN)", (Py_ssize_t)m[i].start, (Py_ssize_t)m[i].name_start, (Py_ssize_t)m[i].end,
                          (unsigned long)m[i].id, m[i].level, m[i].cue_level, m[i].ambiguous, (int)m[i].how,
                          (Py_ssize_t)m[i].total, cands);
        if (!t) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    free(m);
    return list;
}
%}
