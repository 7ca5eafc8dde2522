/* calendar.i: schedules, stages, phases, windows, iCalendar (calendar.h). */

/* A loaded schedule is owned by its Python object and freed with
 * pk_schedule_free(); built-in schedules are borrowed (static). */
%nodefaultctor pk_schedule;
struct pk_schedule {};
%extend pk_schedule {
    ~pk_schedule() { pk_schedule_free($self); }
}

PK_OWNED_OUT(pk_schedule)
PK_BORROWED_OUT(pk_schedule)
PK_BORROWED_OUT(pk_stage)
PK_VALUE_OUT(pk_phase, out)
PK_VALUE_OUT(pk_window, out)

%ignore pk_schedule_active;  /* -> pk_py_schedule_active (a list) */
%ignore pk_schedule_to_ics;  /* -> pk_py_schedule_to_ics (a str, GIL released) */
%ignore pk_ics_options;

%immutable;
%include "pilkada/calendar.h"
%mutable;

%inline %{
PyObject *pk_py_schedule_active(const pk_schedule *s, pk_date date)
{
    const pk_stage *small[32];
    const pk_stage **buf = small;
    size_t n = 0, i;
    PyObject *list;
    int st = pk_schedule_active(s, date, small, 32, &n);
    if (st == PK_OK && n > 32) {
        buf = (const pk_stage **)malloc(n * sizeof *buf);
        if (!buf) return PyErr_NoMemory();
        st = pk_schedule_active(s, date, buf, n, &n);
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
