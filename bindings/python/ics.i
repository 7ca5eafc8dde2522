/* ics.i: iCalendar export (pk_schedule_to_ics), as a str; the GIL is released
 * while the text is built. */
%inline %{
PyObject *pk_py_schedule_to_ics(const pk_schedule *s, const char *dtstamp, int include_undated,
                                const char *uid_domain, int lang)
{
    pk_ics_options opts = PK_ICS_OPTIONS_INIT;
    pk_error err;
    char *text = NULL;
    size_t len = 0;
    int st;
    PyObject *res;
    memset(&err, 0, sizeof err);
    opts.dtstamp = dtstamp;
    opts.include_undated = include_undated;
    opts.uid_domain = uid_domain;
    opts.lang = (pk_lang)lang;
    Py_BEGIN_ALLOW_THREADS
    st = pk_schedule_to_ics(&text, &len, s, &opts, &err);
    Py_END_ALLOW_THREADS
    if (st != PK_OK) {
        pk_py_raise(st, &err, "pk_schedule_to_ics");
        return NULL;
    }
    res = PyUnicode_DecodeUTF8(text, (Py_ssize_t)len, "strict");
    pk_free(text);
    return res;
}
%}
