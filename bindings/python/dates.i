/* dates.i: pk_date is datetime.date in both directions.
 *
 * Input, forgiving with strict results:
 *  - a datetime.date; a datetime.datetime (and so a pandas.Timestamp) gives
 *    its date part, as .date() does, whatever its time or time zone;
 *  - a string in any form pk_date_parse_loose() reads: "2024-11-27",
 *    "27/11/2024", "27-11-2024", "27 November 2024", "Rabu, 27 Nov 2024"
 *    (day first; ambiguous or impossible text raises ParseError with the
 *    reading it would take, a year outside 1900..2199 OutOfRange);
 *  - duck-typed, without importing numpy or pandas: a numpy.datetime64
 *    (through .astype("datetime64[D]").item()), or any object with a date()
 *    method returning a datetime.date. NaT raises ValueError.
 * Output: a datetime.date, or None for the zeroed "no date" value {0,0,0}
 * that the C API uses for an absent date.
 */
%{
#include <datetime.h>

static PyObject *pk_py_date(pk_date d)
{
    if (d.year == 0 && d.month == 0 && d.day == 0) Py_RETURN_NONE;
    return PyDate_FromDate(d.year, d.month, d.day);
}

static int pk_py_is_datetime64(PyObject *o)
{
    const char *name = Py_TYPE(o)->tp_name;
    return strcmp(name, "numpy.datetime64") == 0 || strcmp(name, "datetime64") == 0;
}

static int pk_py_is_nat(PyObject *o)
{
    return strcmp(Py_TYPE(o)->tp_name, "NaTType") == 0 || strcmp(Py_TYPE(o)->tp_name, "pandas._libs.tslibs.nattype.NaTType") == 0;
}

/* 0 on success, -1 with a Python exception set. None gives {0,0,0}. */
static int pk_py_as_date(PyObject *o, pk_date *out)
{
    memset(out, 0, sizeof *out);
    if (o == Py_None) return 0;
    if (pk_py_is_nat(o)) {
        PyErr_SetString(PyExc_ValueError, "NaT (not a time) is not a date");
        return -1;
    }
    if (PyDate_Check(o)) { /* also datetime.datetime: its date part */
        out->year = PyDateTime_GET_YEAR(o);
        out->month = PyDateTime_GET_MONTH(o);
        out->day = PyDateTime_GET_DAY(o);
        return 0;
    }
    if (PyUnicode_Check(o)) {
        Py_ssize_t n;
        pk_error err;
        const char *s = PyUnicode_AsUTF8AndSize(o, &n);
        int st;
        if (!s) return -1;
        memset(&err, 0, sizeof err);
        st = pk_date_parse_loose_n(out, s, (size_t)n, NULL, &err);
        if (st != PK_OK) { pk_py_raise(st, &err, "date"); return -1; }
        return 0;
    }
    {
        /* numpy.datetime64: to a day, then to datetime.date (None for NaT);
         * other objects: their date() method */
        PyObject *d = NULL;
        int rc;
        if (pk_py_is_datetime64(o)) {
            PyObject *day = PyObject_CallMethod(o, "astype", "s", "datetime64[D]");
            if (!day) return -1;
            d = PyObject_CallMethod(day, "item", NULL);
            Py_DECREF(day);
        } else if (PyObject_HasAttrString(o, "date")) {
            d = PyObject_CallMethod(o, "date", NULL);
        } else {
            PyErr_Format(PyExc_TypeError,
                         "expected a date (datetime.date, datetime.datetime, numpy.datetime64 or text such as "
                         "'2024-11-27' or '27/11/2024'), got %s", Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!d) return -1;
        if (d == Py_None) {
            Py_DECREF(d);
            PyErr_SetString(PyExc_ValueError, "NaT (not a time) is not a date");
            return -1;
        }
        if (!PyDate_Check(d)) {
            PyErr_Format(PyExc_TypeError, "%s did not give a datetime.date but %s", Py_TYPE(o)->tp_name,
                         Py_TYPE(d)->tp_name);
            Py_DECREF(d);
            return -1;
        }
        rc = pk_py_as_date(d, out);
        Py_DECREF(d);
        return rc;
    }
}
%}

%init %{
    PyDateTime_IMPORT;
%}

%typemap(in) pk_date {
    if (pk_py_as_date($input, &$1) < 0) SWIG_fail;
}
%typemap(typecheck, precedence=SWIG_TYPECHECK_POINTER) pk_date {
    $1 = $input == Py_None || PyDate_Check($input) || PyUnicode_Check($input) || pk_py_is_datetime64($input) ||
         PyObject_HasAttrString($input, "date");
}
%typemap(out) pk_date {
    $result = pk_py_date($1);
}
/* pk_date members of structs read as datetime.date (None when absent). */
%typemap(out) pk_date * {
    $result = $1 ? pk_py_date(*$1) : SWIG_Py_Void();
}
%typemap(in) pk_date * (pk_date temp) {
    if (pk_py_as_date($input, &temp) < 0) SWIG_fail;
    $1 = &temp;
}
/* Output dates. */
%typemap(in, numinputs=0) pk_date *out (pk_date temp) {
    memset(&temp, 0, sizeof temp);
    $1 = &temp;
}
%typemap(argout) pk_date *out {
    $result = SWIG_Python_AppendOutput($result, pk_py_date(*$1));
}
