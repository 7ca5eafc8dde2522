/* extract.i: the text engine (extract.h). pk_py_extract() runs pk_extract()
 * and returns dicts read through field tables (record.i); the Pythonic layer
 * (pilkada/extract.py) turns them into records with character spans. The
 * GIL is released while the C library reads the text. */

%ignore pk_extract;
%ignore pk_extract_free;
%ignore pk_extract_options;
%ignore pk_extract_mention;
%ignore pk_extract_evidence;
%ignore pk_extract_draft;
%ignore pk_extract_mention_count;
%ignore pk_extract_total_mentions;
%ignore pk_extract_mention_at;
%ignore pk_extract_draft_count;
%ignore pk_extract_draft_at;
%ignore pk_extract_truncated;
%ignore pk_extract_sentence_count;
/* The workspace (pk_extract_ws()) is not wrapped: each pk_py_extract() call
 * runs pk_extract(), whose workspace is its own. */
%ignore pk_extract_workspace;
%ignore pk_extract_workspace_new;
%ignore pk_extract_workspace_free;
%ignore pk_extract_workspace_bytes;
%ignore pk_extract_ws;

%include "pilkada/extract.h"

%{
/* Field tables (record.i): the dicts extract.py builds its records from.
 * Enums come as their C values; extract.py names them. */
static pk_py_field pk_py_xmention_fields[] = {
    PK_PY_FIELD(pk_extract_mention, kind, "kind", PK_PY_INT),
    PK_PY_FIELD(pk_extract_mention, start, "start", PK_PY_SIZE),
    PK_PY_FIELD(pk_extract_mention, end, "end", PK_PY_SIZE),
    PK_PY_FIELD(pk_extract_mention, sentence, "sentence", PK_PY_SIZE),
    PK_PY_FIELD(pk_extract_mention, label, "label", PK_PY_STR),
    PK_PY_FIELD(pk_extract_mention, region, "region", PK_PY_REGION),
    PK_PY_FIELD(pk_extract_mention, date_kind, "date_kind", PK_PY_INT),
    PK_PY_FIELD(pk_extract_mention, from, "date_from", PK_PY_DATE),
    PK_PY_FIELD(pk_extract_mention, to, "date_to", PK_PY_DATE),
    PK_PY_FIELD(pk_extract_mention, amount, "amount", PK_PY_LLONG),
    PK_PY_FIELD(pk_extract_mention, number, "number", PK_PY_INT),
    PK_PY_FIELD(pk_extract_mention, flags, "flags", PK_PY_UINT),
    PK_PY_FIELD(pk_extract_mention, text, "name", PK_PY_CHARS),
};
/* evidence[] holds one of these per pk_extract_field, in field order */
static pk_py_field pk_py_xevidence_fields[] = {
    PK_PY_FIELD(pk_extract_evidence, how, "how", PK_PY_INT),
    PK_PY_FIELD(pk_extract_evidence, confidence, "confidence", PK_PY_DOUBLE),
    PK_PY_FIELD(pk_extract_evidence, start, "start", PK_PY_SIZE),
    PK_PY_FIELD(pk_extract_evidence, end, "end", PK_PY_SIZE),
    PK_PY_FIELD(pk_extract_evidence, mention, "mention", PK_PY_INDEX),
};
static pk_py_field pk_py_xdraft_fields[] = {
    PK_PY_FIELD(pk_extract_draft, incident.actor, "actor", PK_PY_INT),
    PK_PY_FIELD(pk_extract_draft, actor_label, "actor_label", PK_PY_STR),
    PK_PY_FIELD(pk_extract_draft, incident.act, "act", PK_PY_INT),
    PK_PY_FIELD(pk_extract_draft, act_label, "act_label", PK_PY_STR),
    PK_PY_FIELD(pk_extract_draft, incident.occurred, "occurred", PK_PY_DATE),
    PK_PY_FIELD(pk_extract_draft, occurred_from, "occurred_from", PK_PY_DATE),
    PK_PY_FIELD(pk_extract_draft, occurred_to, "occurred_to", PK_PY_DATE),
    PK_PY_FIELD(pk_extract_draft, incident.region, "region", PK_PY_CHARS),
    PK_PY_FIELD(pk_extract_draft, district, "district", PK_PY_CHARS),
    PK_PY_FIELD(pk_extract_draft, village, "village", PK_PY_CHARS),
    PK_PY_FIELD(pk_extract_draft, incident.cycle, "cycle", PK_PY_INT),
    PK_PY_FIELD(pk_extract_draft, incident.supported, "supported", PK_PY_INT),
    PK_PY_FIELD(pk_extract_draft, incident.incumbent_candidate, "incumbent_candidate", PK_PY_INT),
    PK_PY_FIELD(pk_extract_draft, negated, "negated", PK_PY_BOOL),
    PK_PY_FIELD(pk_extract_draft, status, "status", PK_PY_INT),
    PK_PY_FIELD(pk_extract_draft, confidence, "confidence", PK_PY_DOUBLE),
    PK_PY_FIELD(pk_extract_draft, missing, "missing", PK_PY_UINT),
    PK_PY_FIELD(pk_extract_draft, start, "start", PK_PY_SIZE),
    PK_PY_FIELD(pk_extract_draft, end, "end", PK_PY_SIZE),
};

/* A draft as a dict (pk_py_xdraft_fields) with "evidence": the dicts of
 * its first n evidence slots (pk_py_xevidence_fields), by pk_extract_field. */
static PyObject *pk_py_xdraft(const pk_extract_draft *d, size_t n)
{
    PyObject *r = pk_py_record(d, pk_py_xdraft_fields, PK_PY_NFIELDS(pk_py_xdraft_fields));
    if (r && pk_py_set(r, "evidence", pk_py_records(d->evidence, sizeof d->evidence[0], n, pk_py_xevidence_fields,
                                                     PK_PY_NFIELDS(pk_py_xevidence_fields))) < 0)
        Py_CLEAR(r);
    return r;
}
%}

%inline %{
/* Run pk_extract() and return a dict: "drafts" (see pk_py_xdraft),
 * "mentions" (pk_py_xmention_fields), "sentences", "truncated",
 * "total_mentions"; byte offsets. ref_year 0: no reference date. */
PyObject *pk_py_extract(const char *text, size_t len, int ref_year, int ref_month, int ref_day, int cycle,
                        const char *default_region)
{
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    pk_extract_result *r = NULL;
    pk_error err;
    int st;
    size_t i, nd, nm, nfields = 0;
    PyObject *res, *drafts, *mentions;
    memset(&err, 0, sizeof err);
    o.reference.year = ref_year;
    o.reference.month = ref_month;
    o.reference.day = ref_day;
    o.cycle = cycle;
    o.default_region = default_region;
    Py_BEGIN_ALLOW_THREADS
    st = pk_extract(&r, text, len, &o, &err);
    Py_END_ALLOW_THREADS
    if (st != PK_OK) { pk_py_raise(st, &err, "pk_extract"); return NULL; }
    while (nfields < PK_EXTRACT_EVIDENCE_SLOTS && pk_extract_field_name((int)nfields)) nfields++;
    nd = pk_extract_draft_count(r);
    nm = pk_extract_mention_count(r);
    res = PyDict_New();
    drafts = PyList_New((Py_ssize_t)nd);
    mentions = PyList_New((Py_ssize_t)nm);
    for (i = 0; drafts && i < nd; i++) {
        PyObject *t = pk_py_xdraft(pk_extract_draft_at(r, i), nfields);
        if (!t) { Py_CLEAR(drafts); break; }
        PyList_SET_ITEM(drafts, (Py_ssize_t)i, t);
    }
    for (i = 0; mentions && i < nm; i++) {
        PyObject *t = pk_py_record(pk_extract_mention_at(r, i), pk_py_xmention_fields,
                                   PK_PY_NFIELDS(pk_py_xmention_fields));
        if (!t) { Py_CLEAR(mentions); break; }
        PyList_SET_ITEM(mentions, (Py_ssize_t)i, t);
    }
    if (res && (!drafts || !mentions || PyDict_SetItemString(res, "drafts", drafts) < 0 ||
                PyDict_SetItemString(res, "mentions", mentions) < 0 ||
                pk_py_set(res, "sentences", PyLong_FromSize_t(pk_extract_sentence_count(r))) < 0 ||
                pk_py_set(res, "truncated", PyBool_FromLong(pk_extract_truncated(r))) < 0 ||
                pk_py_set(res, "total_mentions", PyLong_FromSize_t(pk_extract_total_mentions(r))) < 0))
        Py_CLEAR(res);
    Py_XDECREF(drafts);
    Py_XDECREF(mentions);
    pk_extract_free(r);
    return res;
}
%}
