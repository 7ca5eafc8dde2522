/* workday.i: holidays, working-day calendars and legal deadlines (holidays.h, workday.h, deadline.h). */

%nodefaultctor pk_holiday_table;
struct pk_holiday_table {};
%extend pk_holiday_table {
    ~pk_holiday_table() { pk_holidays_free($self); }
}
%nodefaultctor pk_workcal;
struct pk_workcal {};
%extend pk_workcal {
    ~pk_workcal() { pk_workcal_free($self); }
}
/* The proxies own their pointers: the free functions are not exposed, so
 * Python cannot free a table or calendar twice (see calendar.i). */
%ignore pk_holidays_free;
%ignore pk_workcal_free;

PK_OWNED_OUT(pk_holiday_table)
PK_BORROWED_OUT(pk_holiday)
PK_BORROWED_OUT(pk_deadline_rule)
PK_VALUE_OUT(pk_deadline, out)

/* The accessor of pk_deadline::rule is also called pk_deadline_rule_get. */
%rename(pk_deadline_rule_by_id) pk_deadline_rule_get;
%ignore pk_workcal_new;             /* -> pk_py_workcal_new (keyword options) */
%ignore pk_workday_options;
%ignore pk_workcal_add_serial_many; /* -> pk_py_workcal_add_many (lists, GIL released) */

%immutable;
%include "pilkada/holidays.h"
%include "pilkada/workday.h"
%include "pilkada/deadline.h"
%mutable;

%{
/* Dates from a Python sequence into a malloc'd array (NULL, 0 for None). */
static int pk_py_date_array(PyObject *seq, pk_date **out, size_t *n)
{
    PyObject *fast;
    Py_ssize_t i, len;
    *out = NULL;
    *n = 0;
    if (seq == NULL || seq == Py_None) return 0;
    fast = PySequence_Fast(seq, "expected a sequence of dates");
    if (!fast) return -1;
    len = PySequence_Fast_GET_SIZE(fast);
    if (len > 0) {
        *out = (pk_date *)calloc((size_t)len, sizeof(pk_date));
        if (!*out) { Py_DECREF(fast); PyErr_NoMemory(); return -1; }
    }
    for (i = 0; i < len; i++) {
        if (pk_py_as_date(PySequence_Fast_GET_ITEM(fast, i), &(*out)[i]) < 0) {
            free(*out);
            *out = NULL;
            Py_DECREF(fast);
            return -1;
        }
    }
    *n = (size_t)len;
    Py_DECREF(fast);
    return 0;
}

/* int32 array from a sequence of ints. */
static int pk_py_i32_array(PyObject *seq, int32_t *out, Py_ssize_t len)
{
    PyObject *fast = PySequence_Fast(seq, "expected a sequence of int");
    Py_ssize_t i;
    if (!fast) return -1;
    if (PySequence_Fast_GET_SIZE(fast) != len) {
        Py_DECREF(fast);
        PyErr_SetString(PyExc_ValueError, "sequences must have the same length");
        return -1;
    }
    for (i = 0; i < len; i++) {
        long v = PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, i));
        if (v == -1 && PyErr_Occurred()) { Py_DECREF(fast); return -1; }
        if (v < INT32_MIN || v > INT32_MAX) {
            Py_DECREF(fast);
            PyErr_SetString(PyExc_OverflowError, "value does not fit in int32");
            return -1;
        }
        out[i] = (int32_t)v;
    }
    Py_DECREF(fast);
    return 0;
}
%}

%inline %{
PyObject *pk_py_workcal_new(const pk_holiday_table *holidays, unsigned closed_kinds, PyObject *extra_holidays,
                            PyObject *extra_workdays, int roll, int allow_estimate)
{
    pk_workday_options opts = PK_WORKDAY_OPTIONS_INIT;
    pk_date *xh = NULL, *xw = NULL;
    size_t nh = 0, nw = 0;
    pk_workcal *cal = NULL;
    pk_error err;
    int st;
    memset(&err, 0, sizeof err);
    if (pk_py_date_array(extra_holidays, &xh, &nh) < 0) return NULL;
    if (pk_py_date_array(extra_workdays, &xw, &nw) < 0) { free(xh); return NULL; }
    opts.closed_kinds = closed_kinds;
    opts.extra_holidays = xh;
    opts.extra_holidays_count = nh;
    opts.extra_workdays = xw;
    opts.extra_workdays_count = nw;
    opts.roll = (pk_roll)roll;
    opts.allow_estimate = allow_estimate;
    st = pk_workcal_new(&cal, holidays, &opts, &err);
    free(xh); /* the calendar keeps no pointer to the option arrays */
    free(xw);
    if (st != PK_OK) {
        pk_py_raise(st, &err, "pk_workcal_new");
        return NULL;
    }
    return SWIG_Python_NewPointerObj(NULL, cal, SWIGTYPE_p_pk_workcal, SWIG_POINTER_OWN);
}

PyObject *pk_py_workcal_add_many(const pk_workcal *cal, PyObject *start, PyObject *n)
{
    Py_ssize_t len = PySequence_Size(start), i;
    int32_t *buf;
    size_t failed = 0;
    int st;
    PyObject *list;
    if (len < 0) return NULL;
    buf = (int32_t *)malloc(((size_t)len * 3 + 1) * sizeof(int32_t));
    if (!buf) return PyErr_NoMemory();
    if (pk_py_i32_array(start, buf, len) < 0) { free(buf); return NULL; }
    if (PyLong_Check(n)) {
        long v = PyLong_AsLong(n);
        if ((v == -1 && PyErr_Occurred()) || v < INT32_MIN || v > INT32_MAX) {
            free(buf);
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_OverflowError, "n does not fit in int32");
            return NULL;
        }
        for (i = 0; i < len; i++) buf[len + i] = (int32_t)v;
    } else if (pk_py_i32_array(n, buf + len, len) < 0) {
        free(buf);
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    st = pk_workcal_add_serial_many(buf + 2 * len, &failed, cal, buf, buf + len, (size_t)len, NULL);
    Py_END_ALLOW_THREADS
    if (st != PK_OK) {
        pk_error err;
        memset(&err, 0, sizeof err);
        err.status = st;
        snprintf(err.text, sizeof err.text, "element %zu: %s", failed, pk_strerror(st));
        snprintf(err.field, sizeof err.field, "start[%zu]", failed);
        free(buf);
        pk_py_raise(st, &err, "pk_workcal_add_serial_many");
        return NULL;
    }
    list = PyList_New(len);
    for (i = 0; list && i < len; i++) {
        PyObject *o = PyLong_FromLong(buf[2 * len + i]);
        if (!o) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, i, o);
    }
    free(buf);
    return list;
}
%}
