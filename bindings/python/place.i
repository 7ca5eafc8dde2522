/* place.i: places at all four levels (place.h). Places are named by ids
 * (numbers); the helpers return dicts made through field tables (record.i)
 * that pilkada/places.py turns into records with Record._from_fields. */

%ignore pk_place;
%ignore pk_place_get;
%ignore pk_place_children;
%ignore pk_place_resolve;
%ignore pk_place_find_in_text;
%ignore pk_place_options;
%ignore pk_place_resolution;
%ignore pk_place_candidate;
%ignore pk_place_mention;
%ignore pk_place_level_parse;

/* pk_place_lookup(code) and pk_place_at(level, i) return the place id
 * (pk_place_lookup's struct output is not wanted: places.py reads places
 * through pk_py_place_get). */
%apply uint32_t *OUTPUT { pk_place_id *out, pk_place_id *id };
%typemap(in, numinputs=0) pk_place *out "$1 = NULL;"

%immutable;
%include "pilkada/place.h"
%mutable;

%{
/* Field tables (record.i): the dicts places.py builds its records from. */
static pk_py_field pk_py_place_fields[] = {
    PK_PY_FIELD(pk_place, id, "id", PK_PY_ID),
    PK_PY_FIELD(pk_place, level, "level", PK_PY_INT),
    PK_PY_FIELD(pk_place, kind, "kind", PK_PY_INT),
    PK_PY_FIELD(pk_place, code, "code", PK_PY_CHARS),
    PK_PY_FIELD(pk_place, code_num, "code_num", PK_PY_LLONG),
    PK_PY_FIELD(pk_place, name, "name", PK_PY_STR),
    PK_PY_FIELD(pk_place, kind_label, "kind_label", PK_PY_STR),
    PK_PY_FIELD(pk_place, head, "head", PK_PY_STR),
    PK_PY_FIELD(pk_place, head_basis, "head_basis", PK_PY_STR),
    PK_PY_FIELD(pk_place, parent, "parent_id", PK_PY_ID),
    PK_PY_FIELD(pk_place, district, "district_id", PK_PY_ID),
    PK_PY_FIELD(pk_place, region, "region", PK_PY_REGION),
    PK_PY_FIELD(pk_place, province, "province", PK_PY_REGION),
};
static pk_py_field pk_py_place_candidate_fields[] = {
    PK_PY_FIELD(pk_place_candidate, id, "place", PK_PY_ID),
    PK_PY_FIELD(pk_place_candidate, score, "score", PK_PY_DOUBLE),
    PK_PY_FIELD(pk_place_candidate, how, "how", PK_PY_INT),
};
static pk_py_field pk_py_place_resolution_fields[] = {
    PK_PY_FIELD(pk_place_resolution, id, "place", PK_PY_ID),
    PK_PY_FIELD(pk_place_resolution, level, "level", PK_PY_INT),
    PK_PY_FIELD(pk_place_resolution, ambiguous, "ambiguous", PK_PY_BOOL),
    PK_PY_FIELD(pk_place_resolution, how, "how", PK_PY_INT),
    PK_PY_FIELD(pk_place_resolution, score, "score", PK_PY_DOUBLE),
    PK_PY_FIELD(pk_place_resolution, total, "total", PK_PY_SIZE),
    PK_PY_FIELD(pk_place_resolution, start, "start", PK_PY_SIZE),
    PK_PY_FIELD(pk_place_resolution, end, "end", PK_PY_SIZE),
};
static pk_py_field pk_py_place_mention_fields[] = {
    PK_PY_FIELD(pk_place_mention, start, "start", PK_PY_SIZE),
    PK_PY_FIELD(pk_place_mention, name_start, "name_start", PK_PY_SIZE),
    PK_PY_FIELD(pk_place_mention, end, "end", PK_PY_SIZE),
    PK_PY_FIELD(pk_place_mention, id, "place", PK_PY_ID),
    PK_PY_FIELD(pk_place_mention, level, "level", PK_PY_INT),
    PK_PY_FIELD(pk_place_mention, cue_level, "cue_level", PK_PY_INT),
    PK_PY_FIELD(pk_place_mention, ambiguous, "ambiguous", PK_PY_BOOL),
    PK_PY_FIELD(pk_place_mention, how, "how", PK_PY_INT),
    PK_PY_FIELD(pk_place_mention, total, "total", PK_PY_SIZE),
};
#define PK_PY_PLACE_CANDS(c, n) pk_py_records((c), sizeof *(c), (n), pk_py_place_candidate_fields, \
                                              PK_PY_NFIELDS(pk_py_place_candidate_fields))
%}

%inline %{
/* A place as a dict (pk_py_place_fields; region and province as region
 * indexes); raises NotFound for an unknown id. */
PyObject *pk_py_place_get(unsigned long id)
{
    pk_place p = PK_PLACE_INIT;
    pk_error err;
    int st;
    memset(&err, 0, sizeof err);
    st = pk_place_get(&p, (pk_place_id)id, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_place_get"); return NULL; }
    return pk_py_record(&p, pk_py_place_fields, PK_PY_NFIELDS(pk_py_place_fields));
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

/* Resolve a name at all levels (pk_place_resolve()). Never raises for the outcomes: returns a dict
 * (pk_py_place_resolution_fields, "place" 0 when none; start/end are byte offsets into the UTF-8 name)
 * with "candidates" (pk_py_place_candidate_fields) and "status" (the status name). Raises for bad input. */
PyObject *pk_py_place_resolve(const char *name, int level, unsigned long context, const char *context_text,
                              unsigned flags, size_t max_candidates)
{
    pk_place_options o = PK_PLACE_OPTIONS_INIT;
    pk_place_resolution r = PK_PLACE_RESOLUTION_INIT;
    pk_place_candidate small[16];
    pk_place_candidate *c = small;
    pk_error err;
    int st;
    PyObject *d;
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
    d = pk_py_record(&r, pk_py_place_resolution_fields, PK_PY_NFIELDS(pk_py_place_resolution_fields));
    if (d && (pk_py_set(d, "candidates", PK_PY_PLACE_CANDS(c, r.ncandidates)) < 0 ||
              pk_py_set(d, "status", PyUnicode_FromString(pk_status_name(st))) < 0))
        Py_CLEAR(d);
    if (c != small) free(c);
    return d;
}

/* Places in a text (pk_place_find_in_text()): a list of dicts (pk_py_place_mention_fields, byte offsets
 * into the UTF-8 text) with their "candidates" (pk_py_place_candidate_fields). */
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
    list = pk_py_records(m, sizeof *m, total, pk_py_place_mention_fields, PK_PY_NFIELDS(pk_py_place_mention_fields));
    for (i = 0; list && i < total; i++)
        if (pk_py_set(PyList_GET_ITEM(list, (Py_ssize_t)i), "candidates",
                      PK_PY_PLACE_CANDS(m[i].candidates, m[i].ncandidates)) < 0)
            Py_CLEAR(list);
    free(m);
    return list;
}
%}
