/* calendar.i: schedules, stages, phases, windows, iCalendar (schedule.h). */

/* A loaded schedule is owned by its Python object and freed with
 * pk_schedule_free(); built-in schedules are borrowed (static). */
%nodefaultctor pk_schedule;
struct pk_schedule {};
%extend pk_schedule {
    ~pk_schedule() { pk_schedule_free($self); }
}
/* The proxy owns the pointer: a free function callable from Python would
 * free it twice (once more at collection). Schedule.close() frees early. */
%ignore pk_schedule_free;

PK_OWNED_OUT(pk_schedule)
PK_BORROWED_OUT(pk_schedule)
PK_BORROWED_OUT(pk_stage)
PK_VERSIONED_OUT(pk_phase, out, PK_PHASE_INIT)
PK_VERSIONED_OUT(pk_window, out, PK_WINDOW_INIT)

%ignore pk_schedule_active;  /* -> pk_py_schedule_active (a list) */
%ignore pk_schedule_to_ics;  /* -> pk_py_schedule_to_ics (a str, GIL released) */
%ignore pk_ics_options;

%immutable;
%include "pilkada/schedule.h"
%mutable;

%inline %{
PyObject *pk_py_schedule_active(const pk_schedule *s, pk_date date)
{
    const pk_stage *small[32];
    const pk_stage **buf = small;
    size_t n = 0, i;
    PyObject *list;
    int st = pk_schedule_active(small, 32, &n, s, date, NULL);
    if (st == PK_OK && n > 32) {
        buf = (const pk_stage **)malloc(n * sizeof *buf);
        if (!buf) return PyErr_NoMemory();
        st = pk_schedule_active(buf, n, &n, s, date, NULL);
    }
    if (st != PK_OK) {
        if (buf != small) free(buf);
        pk_py_raise(st, NULL, "pk_schedule_active");
        return NULL;
    }
    list = PyList_New((Py_ssize_t)n);
    for (i = 0; list && i < n; i++) {
        PyObject *o = pk_py_borrowed(buf[i], SWIGTYPE_p_pk_stage);
        if (!o) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, (Py_ssize_t)i, o);
    }
    if (buf != small) free(buf);
    return list;
}
%}

%{
/* pk_schedule_phase() as a row (record.i) of pk_py_phase_fields, named by
 * pk_py_schedule_phase_names(); the stages are given by address (0: none),
 * see pk_py_schedule_stage_addrs(). */
static const pk_py_field pk_py_phase_fields[] = {
    PK_PY_FIELD(pk_phase, position, "position", PK_PY_INT),
    PK_PY_FIELD(pk_phase, top, "top", PK_PY_ADDR),
    PK_PY_FIELD(pk_phase, innermost, "innermost", PK_PY_ADDR),
    PK_PY_FIELD(pk_phase, next, "next", PK_PY_ADDR),
    PK_PY_FIELD(pk_phase, days_to_next, "days_to_next", PK_PY_INT),
    PK_PY_FIELD(pk_phase, previous, "previous", PK_PY_ADDR),
};
%}

%inline %{
/* Addresses of the stages in pk_schedule_stage_at() order, as ints: the
 * Pythonic layer maps them to its Stage records (built once per schedule),
 * so pk_py_schedule_phase() results need no proxy objects. */
PyObject *pk_py_schedule_stage_addrs(const pk_schedule *s)
{
    size_t i, n = pk_schedule_stage_count(s);
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (i = 0; list && i < n; i++) {
        PyObject *o = PyLong_FromVoidPtr((void *)pk_schedule_stage_at(s, i));
        if (!o) { Py_CLEAR(list); break; }
        PyList_SET_ITEM(list, (Py_ssize_t)i, o);
    }
    return list;
}

/* The column names of the rows of pk_py_schedule_phase(). */
PyObject *pk_py_schedule_phase_names(void)
{
    return pk_py_names(pk_py_phase_fields, PK_PY_NFIELDS(pk_py_phase_fields), NULL, 0);
}

/* pk_schedule_phase() as a row of pk_py_phase_fields. */
PyObject *pk_py_schedule_phase(const pk_schedule *s, pk_date date)
{
    pk_phase p = PK_PHASE_INIT;
    pk_status st = pk_schedule_phase(&p, s, date, NULL);
    if (st != PK_OK) { pk_py_raise(st, NULL, "pk_schedule_phase"); return NULL; }
    return pk_py_row(&p, pk_py_phase_fields, PK_PY_NFIELDS(pk_py_phase_fields), 0);
}
%}

%inline %{
/* pk_schedule_select() for Python: the id of the built-in schedule of a date
 * (and a region, NULL/None for none; cycle 0 for any). */
PyObject *pk_py_schedule_select(pk_date date, const char *region, int cycle)
{
    const pk_schedule *s = NULL;
    pk_error err;
    pk_error_clear(&err);
    pk_status st = pk_schedule_select(&s, date, region, cycle, &err);
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_schedule_select"); return NULL; }
    return PyUnicode_FromString(pk_schedule_id(s));
}
%}
