/* extract.i: the text engine (extract.h). pk_extract() runs in one helper
 * that returns plain tuples (drafts, mentions, counts); the Pythonic layer
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

%include "pilkada/extract.h"

%{
static PyObject *pk_py_xymd(pk_date d)
{
    if (!d.year) Py_RETURN_NONE;
    return Py_BuildValue("(iii)", d.year, d.month, d.day);
}

static PyObject *pk_py_xdraft(const pk_extract_draft *d)
{
    PyObject *ev = PyList_New(0), *missing = PyList_New(0), *t;
    int f;
    if (!ev || !missing) { Py_XDECREF(ev); Py_XDECREF(missing); return NULL; }
    for (f = 0; pk_extract_field_name(f); f++) {
        const pk_extract_evidence *e = &d->evidence[f];
        if (d->missing & (1u << f)) {
            PyObject *s = PyUnicode_FromString(pk_extract_field_name(f));
            if (!s || PyList_Append(missing, s) < 0) { Py_XDECREF(s); goto fail; }
            Py_DECREF(s);
        }
        if (e->how == PK_EXTRACT_HOW_NONE) continue;
        t = Py_BuildValue("(ssdnnn)", pk_extract_field_name(f), pk_extract_how_name(e->how), e->confidence,
                          (Py_ssize_t)e->start, (Py_ssize_t)e->end,
                          e->mention == PK_EXTRACT_NO_MENTION ? (Py_ssize_t)-1 : (Py_ssize_t)e->mention);
        if (!t || PyList_Append(ev, t) < 0) { Py_XDECREF(t); goto fail; }
        Py_DECREF(t);
    }
    return Py_BuildValue("(zszsNNNzzziiiisdnnNN)",
                         d->incident.actor ? pk_actor_name(d->incident.actor) : NULL, d->actor_label,
                         d->incident.act ? pk_act_name(d->incident.act) : NULL, d->act_label,
                         pk_py_xymd(d->incident.occurred), pk_py_xymd(d->occurred_from), pk_py_xymd(d->occurred_to),
                         d->incident.region[0] ? d->incident.region : NULL, d->district[0] ? d->district : NULL,
                         d->village[0] ? d->village : NULL, d->incident.cycle, (int)d->incident.supported,
                         (int)d->incident.incumbent_candidate, d->negated, pk_extract_status_name(d->status),
                         d->confidence, (Py_ssize_t)d->start, (Py_ssize_t)d->end, missing, ev);
fail:
    Py_DECREF(ev);
    Py_DECREF(missing);
    return NULL;
}

static PyObject *pk_py_xmention(const pk_extract_mention *m)
{
    int isdate = m->kind == PK_EXTRACT_MENTION_DATE;
    return Py_BuildValue("(snnnzNzNNILiIs)", pk_extract_mention_kind_name(m->kind), (Py_ssize_t)m->start,
                         (Py_ssize_t)m->end, (Py_ssize_t)m->sentence, m->label,
                         m->region ? PyLong_FromSize_t(m->region->index) : (Py_INCREF(Py_None), Py_None),
                         isdate ? pk_date_kind_name(m->date_kind) : NULL, pk_py_xymd(m->from), pk_py_xymd(m->to),
                         m->date_flags, m->amount, m->number, m->flags, m->text);
}
%}

%inline %{
/* Run pk_extract() and return (drafts, mentions, sentences, truncated,
 * total_mentions) as tuples; byte offsets. ref_year 0: no reference date. */
PyObject *pk_py_extract(const char *text, size_t len, int ref_year, int ref_month, int ref_day, int cycle,
                        const char *default_region)
{
    pk_extract_options o = PK_EXTRACT_OPTIONS_INIT;
    pk_extract_result *r = NULL;
    pk_error err;
    int st;
    size_t i, nd, nm;
    PyObject *drafts = NULL, *mentions = NULL;
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
    nd = pk_extract_draft_count(r);
    nm = pk_extract_mention_count(r);
    drafts = PyList_New((Py_ssize_t)nd);
    mentions = PyList_New((Py_ssize_t)nm);
    for (i = 0; drafts && i < nd; i++) {
        PyObject *t = pk_py_xdraft(pk_extract_draft_at(r, i));
        if (!t) { Py_CLEAR(drafts); break; }
        PyList_SET_ITEM(drafts, (Py_ssize_t)i, t);
    }
    for (i = 0; drafts && mentions && i < nm; i++) {
        PyObject *t = pk_py_xmention(pk_extract_mention_at(r, i));
        if (!t) { Py_CLEAR(mentions); break; }
        PyList_SET_ITEM(mentions, (Py_ssize_t)i, t);
    }
    if (!drafts || !mentions) {
        Py_XDECREF(drafts);
        Py_XDECREF(mentions);
        pk_extract_free(r);
        return NULL;
    }
    {
        PyObject *res = Py_BuildValue("(NNnin)", drafts, mentions, (Py_ssize_t)pk_extract_sentence_count(r),
                                      pk_extract_truncated(r), (Py_ssize_t)pk_extract_total_mentions(r));
        pk_extract_free(r);
        return res;
    }
}
%}
