/* record.i: C result structs become Python values in one place.
 *
 * A field table names, for one struct, each member Python sees: the key
 * (the Python record's field name), how to read the member and where it is
 * (offsetof). pk_py_record() reads any struct through its table into a
 * dict; the Pythonic layer builds its records from the dicts with one
 * generic function (pilkada._base.Record._from_fields), so adding a result
 * field is one table row here and one name in the record's _fields, with no
 * tuple positions to keep in step on either side.
 *
 * On the hot paths (classify, classify_many) a dict per struct costs too
 * much, so pk_py_row() reads the same table into a tuple, and the table's
 * names reach Python once, through pk_py_row_names(): the Pythonic layer
 * compiles a reader from them (Record._row_reader), so the positions still
 * come from the table, not from hand-written code on either side.
 */
%{
#include <stddef.h>

typedef enum pk_py_ftype {
    PK_PY_INT,    /* int or a C enum (int-sized) */
    PK_PY_UINT,   /* unsigned */
    PK_PY_SIZE,   /* size_t */
    PK_PY_INDEX,  /* size_t index: None when (size_t)-1 ("no such item") */
    PK_PY_LLONG,  /* long long, int64_t */
    PK_PY_ID,     /* pk_place_id (uint32_t) */
    PK_PY_DOUBLE, /* double */
    PK_PY_BOOL,   /* int used as a truth value */
    PK_PY_STR,    /* const char *: None when NULL */
    PK_PY_CHARS,  /* char[] member */
    PK_PY_DATE,   /* pk_date: None when {0,0,0} */
    PK_PY_REGION, /* const pk_region *: its index in the registry, None when NULL */
    PK_PY_RULE,   /* const pk_rule *: its position in the rule table, None when NULL */
    PK_PY_DLRULE, /* const pk_deadline_rule *: its id (pk_deadline_id), None when NULL */
    PK_PY_SCHED,  /* const pk_schedule *: its id ("pilkada-2024"), None when NULL */
    PK_PY_ADDR    /* any pointer: its address as an int (0 when NULL), which the Pythonic
                     layer maps to the record it made of the pointee (see calendar.i) */
} pk_py_ftype;

typedef struct pk_py_field {
    const char *name; /* the key in the dict: the Python record's field */
    pk_py_ftype type;
    size_t offset;
    PyObject *key;    /* name as an interned str, made on first use (see pk_py_record) */
} pk_py_field;

/* A row of a field table: struct type, member, Python name, reading. */
#define PK_PY_FIELD(T, member, name, type) {name, type, offsetof(T, member), NULL}
#define PK_PY_NFIELDS(table) (sizeof(table) / sizeof((table)[0]))

/* Position of a rule in the rule table (rule ids repeat across limbs). */
static Py_ssize_t pk_py_rule_index(const pk_rule *r)
{
    size_t i, n = pk_rule_count();
    const pk_rule *first = pk_rule_at(0);
    if (first && r >= first && r < first + n && pk_rule_at((size_t)(r - first)) == r)
        return (Py_ssize_t)(r - first); /* the table is one array */
    for (i = 0; i < n; i++)
        if (pk_rule_at(i) == r) return (Py_ssize_t)i;
    return -1;
}

static PyObject *pk_py_field_value(const unsigned char *p, pk_py_ftype type)
{
    switch (type) {
    case PK_PY_INT: return PyLong_FromLong(*(const int *)p);
    case PK_PY_UINT: return PyLong_FromUnsignedLong(*(const unsigned *)p);
    case PK_PY_SIZE: return PyLong_FromSize_t(*(const size_t *)p);
    case PK_PY_INDEX:
        if (*(const size_t *)p == (size_t)-1) Py_RETURN_NONE;
        return PyLong_FromSize_t(*(const size_t *)p);
    case PK_PY_LLONG: return PyLong_FromLongLong(*(const long long *)p);
    case PK_PY_ID: return PyLong_FromUnsignedLong((unsigned long)*(const pk_place_id *)p);
    case PK_PY_DOUBLE: return PyFloat_FromDouble(*(const double *)p);
    case PK_PY_BOOL: return PyBool_FromLong(*(const int *)p != 0);
    case PK_PY_STR: {
        const char *s = *(const char *const *)p;
        if (!s) Py_RETURN_NONE;
        return PyUnicode_FromString(s);
    }
    case PK_PY_CHARS: return PyUnicode_FromString((const char *)p);
    case PK_PY_DATE: return pk_py_date(*(const pk_date *)p);
    case PK_PY_REGION: {
        const pk_region *r = *(const pk_region *const *)p;
        if (!r) Py_RETURN_NONE;
        return PyLong_FromSize_t(r->index);
    }
    case PK_PY_RULE: {
        const pk_rule *r = *(const pk_rule *const *)p;
        if (!r) Py_RETURN_NONE;
        return PyLong_FromSsize_t(pk_py_rule_index(r));
    }
    case PK_PY_DLRULE: {
        const pk_deadline_rule *r = *(const pk_deadline_rule *const *)p;
        if (!r) Py_RETURN_NONE;
        return PyLong_FromLong((long)r->id);
    }
    case PK_PY_SCHED: {
        const pk_schedule *sc = *(const pk_schedule *const *)p;
        if (!sc) Py_RETURN_NONE;
        return PyUnicode_FromString(pk_schedule_id(sc));
    }
    case PK_PY_ADDR: {
        void *a; /* a pointer to a struct, read as void * through memcpy */
        memcpy(&a, p, sizeof a);
        return PyLong_FromVoidPtr(a);
    }
    }
    PyErr_SetString(PyExc_SystemError, "pilkada: unknown field type in a field table");
    return NULL;
}

/* The members of the struct at s named by a field table, as a new dict.
 * The keys are made once per table row and kept (interned strings live as
 * long as the interpreter anyway): making them per call was most of the
 * cost. This is the extension's only state, written under the GIL. */
static PyObject *pk_py_record(const void *s, pk_py_field *fields, size_t n)
{
    PyObject *d = PyDict_New();
    size_t i;
    for (i = 0; d && i < n; i++) {
        PyObject *v;
        if (!fields[i].key && !(fields[i].key = PyUnicode_InternFromString(fields[i].name))) {
            Py_CLEAR(d);
            break;
        }
        v = pk_py_field_value((const unsigned char *)s + fields[i].offset, fields[i].type);
        if (!v || PyDict_SetItem(d, fields[i].key, v) < 0) Py_CLEAR(d);
        Py_XDECREF(v);
    }
    return d;
}

/* The members of the struct at s named by a field table, as a tuple in
 * table order followed by `extra` more slots (NULL) for the caller to fill
 * with PyTuple_SET_ITEM (their names are the table's extras, see
 * pk_py_row_names()). */
static PyObject *pk_py_row(const void *s, const pk_py_field *fields, size_t n, size_t extra)
{
    PyObject *t = PyTuple_New((Py_ssize_t)(n + extra));
    size_t i;
    for (i = 0; t && i < n; i++) {
        PyObject *v = pk_py_field_value((const unsigned char *)s + fields[i].offset, fields[i].type);
        if (!v) { Py_CLEAR(t); break; }
        PyTuple_SET_ITEM(t, (Py_ssize_t)i, v);
    }
    return t;
}

/* The names of a row: the table's, then the extras'. */
static PyObject *pk_py_names(const pk_py_field *fields, size_t n, const char *const *extras, size_t nextra)
{
    PyObject *t = PyTuple_New((Py_ssize_t)(n + nextra));
    size_t i;
    for (i = 0; t && i < n + nextra; i++) {
        PyObject *s = PyUnicode_FromString(i < n ? fields[i].name : extras[i - n]);
        if (!s) { Py_CLEAR(t); break; }
        PyTuple_SET_ITEM(t, (Py_ssize_t)i, s);
    }
    return t;
}

/* n structs of `size` bytes each from base, as a list of dicts. */
static PyObject *pk_py_records(const void *base, size_t size, size_t n, pk_py_field *fields,
                               size_t nfields)
{
    PyObject *list = PyList_New((Py_ssize_t)n);
    size_t i;
    for (i = 0; list && i < n; i++) {
        PyObject *d = pk_py_record((const unsigned char *)base + i * size, fields, nfields);
        if (!d) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, (Py_ssize_t)i, d);
    }
    return list;
}

/* d[key] = value, stealing value; -1 (exception set) when value is NULL or
 * the dict refuses it. */
static int pk_py_set(PyObject *d, const char *key, PyObject *value)
{
    int rc;
    if (!value) return -1;
    rc = PyDict_SetItemString(d, key, value);
    Py_DECREF(value);
    return rc;
}
%}
