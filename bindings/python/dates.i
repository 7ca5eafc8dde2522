/* dates.i: pk_date is datetime.date in both directions.
 *
 * Input: a datetime.date (not a datetime.datetime) or an ISO "YYYY-MM-DD"
 * string (parsed by pk_date_parse, so malformed text raises ParseError).
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

/* 0 on success, -1 with a Python exception set. None gives {0,0,0}. */
static int pk_py_as_date(PyObject *o, pk_date *out)
{
    memset(out, 0, sizeof *out);
    if (o == Py_None) return 0;
    if (PyDateTime_Check(o)) {
        PyErr_SetString(PyExc_TypeError, "expected a datetime.date, got a datetime.datetime (use .date())");
        return -1;
    }
    if (PyDate_Check(o)) {
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
        st = pk_date_parse_n(out, s, (size_t)n, &err);
        if (st != PK_OK) { pk_py_raise(st, &err, "pk_date_parse"); return -1; }
        return 0;
    }
    PyErr_Format(PyExc_TypeError, "expected a datetime.date or 'YYYY-MM-DD', got %s", Py_TYPE(o)->tp_name);
    return -1;
}
%}

%init %{
    PyDateTime_IMPORT;
%}

%typemap(in) pk_date {
    if (pk_py_as_date($input, &$1) < 0) SWIG_fail;
}
%typemap(typecheck, precedence=SWIG_TYPECHECK_POINTER) pk_date {
    $1 = $input == Py_None || PyDate_Check($input) || PyUnicode_Check($input);
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
