/* errors.i: pk_status and pk_error become typed Python exceptions.
 *
 * Every function that takes `pk_error *err` loses that argument in Python: the
 * wrapper passes its own pk_error and, when the call fails, raises the
 * exception class of the status (pilkada.errors: InvalidArgument, NotFound,
 * ParseError, ...) carrying status, field, source, line, column and message.
 * Functions that return pk_status without a pk_error raise the same classes
 * with the message of pk_strerror(). A pk_status return value is never
 * returned to Python: success returns the outputs, failure raises.
 */
%{
#include <string.h>
#include "pilkada.h"

/* Raise the pilkada.errors exception for a status and optional detail.
 * The factory is looked up on each error (errors are the slow path), so the
 * extension keeps no module state. */
static void pk_py_raise(int status, const pk_error *err, const char *where)
{
    PyObject *mod, *fn, *exc;
    const char *text = err && err->text[0] ? err->text : pk_strerror(status);
    mod = PyImport_ImportModule("pilkada.errors");
    if (!mod) return;
    fn = PyObject_GetAttrString(mod, "_from_status");
    Py_DECREF(mod);
    if (!fn) return;
    exc = PyObject_CallFunction(fn, "issslls", status, pk_status_name(status),
                                err ? err->field : "", err ? err->source : "",
                                err ? err->line : 0L, err ? err->column : 0L,
                                text ? text : "");
    Py_DECREF(fn);
    if (!exc) return;
    if (where && !(err && err->text[0])) {
        PyObject *w = PyUnicode_FromString(where);
        if (w) { PyObject_SetAttrString(exc, "function", w); Py_DECREF(w); }
    }
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_DECREF(exc);
}
%}

/* The caller never passes err: the wrapper owns one per call. */
%typemap(in, numinputs=0) pk_error *err (pk_error temp) {
    memset(&temp, 0, sizeof temp);
    $1 = &temp;
}
/* Runs after the outputs of earlier arguments were converted (they convert
 * the documented empty values to None), so drop them and raise. */
%typemap(argout) pk_error *err {
    if (result != PK_OK) {
        Py_XDECREF($result);
        $result = NULL;
        pk_py_raise((int)result, $1, "$symname");
        SWIG_fail;
    }
}

/* A pk_status return is not a value in Python. */
%typemap(out) pk_status {
    $result = SWIG_Py_Void();
}
/* Functions without a pk_error argument: raise from the status alone. */
%typemap(ret) pk_status {
    if ($1 != PK_OK && !PyErr_Occurred()) {
        Py_XDECREF($result);
        $result = NULL;
        pk_py_raise((int)$1, NULL, "$symname");
    }
}

%ignore pk_error_clear;  /* Python never sees a pk_error */
%ignore pk_free;         /* wrappers free what they receive */
