/* lists.i: C out-parameters become Python return values.
 *
 *  - scalar outputs (int32_t *out, unsigned *flags, ...) are returned
 *    (several outputs come back as a list, in argument order);
 *  - `const T **out` returns the borrowed object (None when absent);
 *  - `T **out` of a constructor returns an owned object whose destructor
 *    calls the C free function;
 *  - value structs filled by the call (pk_phase, pk_window, pk_deadline, ...)
 *    come back as owned copies;
 *  - `char **out` text allocated by the library becomes a str and is freed
 *    with pk_free();
 *  - caller-supplied arrays with a count (pk_schedule_active,
 *    pk_region_list, ...) are replaced by helpers returning lists (see the
 *    module files).
 */
%include <stdint.i>
%include <typemaps.i>

%apply int32_t *OUTPUT { int32_t *out, int32_t *days, int32_t *days_until, int32_t *count };
%apply unsigned int *OUTPUT { unsigned *flags, unsigned *how };
%apply int *OUTPUT { int *is_workday, int *first_year, int *last_year, int *complete };

/* Borrowed pointer outputs: static tables or the parent object. */
%define PK_BORROWED_OUT(TYPE)
%typemap(in, numinputs=0) const TYPE **out (const TYPE *temp = NULL) {
    $1 = ($1_ltype)&temp;
}
%typemap(argout) const TYPE **out {
    $result = SWIG_Python_AppendOutput($result,
        *$1 ? SWIG_NewPointerObj(SWIG_as_voidptr(*$1), $descriptor(TYPE *), 0) : SWIG_Py_Void());
}
%enddef

/* Owned pointer outputs of constructors (pk_x **out, freed by ~pk_x). */
%define PK_OWNED_OUT(TYPE)
%typemap(in, numinputs=0) TYPE **out (TYPE *temp = NULL) {
    $1 = &temp;
}
%typemap(argout) TYPE **out {
    $result = SWIG_Python_AppendOutput($result,
        *$1 ? SWIG_NewPointerObj(SWIG_as_voidptr(*$1), $descriptor(TYPE *), SWIG_POINTER_OWN) : SWIG_Py_Void());
}
%enddef

/* Value structs filled by the call: returned as an owned copy. */
%define PK_VALUE_COPY_OUT(TYPE, NAME)
%typemap(argout) TYPE *NAME {
    TYPE *copy = (TYPE *)malloc(sizeof(TYPE));
    if (!copy) { Py_XDECREF($result); $result = NULL; PyErr_NoMemory(); SWIG_fail; }
    *copy = *$1;
    $result = SWIG_Python_AppendOutput($result,
        SWIG_NewPointerObj(SWIG_as_voidptr(copy), $descriptor(TYPE *), SWIG_POINTER_OWN));
}
%enddef
%define PK_VALUE_OUT(TYPE, NAME)
%typemap(in, numinputs=0) TYPE *NAME (TYPE temp) {
    memset(&temp, 0, sizeof temp);
    $1 = &temp;
}
PK_VALUE_COPY_OUT(TYPE, NAME)
%enddef
/* A versioned result struct (docs/abi.md): the temporary starts as INIT. */
%define PK_VERSIONED_OUT(TYPE, NAME, INIT)
%typemap(in, numinputs=0) TYPE *NAME (TYPE temp) {
    TYPE init_ = INIT;
    temp = init_;
    $1 = &temp;
}
PK_VALUE_COPY_OUT(TYPE, NAME)
%enddef

/* Text the library allocates for the caller: a str, freed with pk_free(). */
%typemap(in, numinputs=0) (char **out, size_t *len) (char *text = NULL, size_t n = 0) {
    $1 = &text;
    $2 = &n;
}
%typemap(argout) (char **out, size_t *len) {
    if (*$1) {
        PyObject *s = PyUnicode_DecodeUTF8(*$1, (Py_ssize_t)*$2, "strict");
        pk_free(*$1);
        *$1 = NULL;
        if (!s) { Py_XDECREF($result); $result = NULL; SWIG_fail; }
        $result = SWIG_Python_AppendOutput($result, s);
    } else {
        $result = SWIG_Python_AppendOutput($result, SWIG_Py_Void());
    }
}
%typemap(in, numinputs=0) char **out (char *text = NULL) {
    $1 = &text;
}
%typemap(argout) char **out {
    if (*$1) {
        PyObject *s = PyUnicode_FromString(*$1);
        pk_free(*$1);
        *$1 = NULL;
        if (!s) { Py_XDECREF($result); $result = NULL; SWIG_fail; }
        $result = SWIG_Python_AppendOutput($result, s);
    } else {
        $result = SWIG_Python_AppendOutput($result, SWIG_Py_Void());
    }
}

/* Strings into C: a str only (None gives NULL, which the C API refuses with
 * PK_EINVAL where a string is required), encoded as UTF-8; an embedded NUL
 * would cut the string short in C, so it raises ValueError instead of giving
 * an answer about a shorter string (issue 13 item 6). */
%{
static const char *pk_py_cstr(PyObject *o, const char *what)
{
    Py_ssize_t n = 0;
    const char *s;
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s must be str, not %.80s", what, Py_TYPE(o)->tp_name);
        return NULL;
    }
    s = PyUnicode_AsUTF8AndSize(o, &n);
    if (s && memchr(s, '\0', (size_t)n)) {
        PyErr_Format(PyExc_ValueError, "%s contains an embedded null character", what);
        return NULL;
    }
    return s;
}
%}
%typemap(in) const char * {
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        $1 = ($1_ltype)pk_py_cstr($input, "argument '$1_name'");
        if (!$1) SWIG_fail;
    }
}
%typemap(freearg) const char * ""  /* the UTF-8 buffer belongs to the str */
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) const char * {
    $1 = $input == Py_None || PyUnicode_Check($input);
}

/* (text, len) input pairs take a str or bytes. */
%typemap(in) (const char *text, size_t len) (Py_ssize_t n = 0) {
    if (PyBytes_Check($input)) {
        char *p = NULL;
        if (PyBytes_AsStringAndSize($input, &p, &n) < 0) SWIG_fail;
        $1 = p;
    } else if (PyUnicode_Check($input)) {
        $1 = (char *)PyUnicode_AsUTF8AndSize($input, &n);
        if (!$1) SWIG_fail;
    } else {
        PyErr_SetString(PyExc_TypeError, "expected str or bytes");
        SWIG_fail;
    }
    $2 = (size_t)n;
}
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) (const char *text, size_t len) {
    $1 = PyBytes_Check($input) || PyUnicode_Check($input);
}

%{
/* Helpers for the list-returning wrappers. */
static PyObject *pk_py_borrowed(const void *p, swig_type_info *ty)
{
    if (!p) Py_RETURN_NONE;
    return SWIG_Python_NewPointerObj(NULL, (void *)p, ty, 0);
}
%}
