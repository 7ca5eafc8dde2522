/* A classification as people read it, in English or Indonesian:
 * pk_classification_format() and the pieces pk_explain_lang() (violation.c)
 * shares with it. Every word comes from the message table (messages.def). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "violation_internal.h"

static const char *const messages[PK__MSG_COUNT][2] = {
#define MSG(id, en, idn) {en, idn},
#include "messages.def"
#undef MSG
};

const char *pk__msg(pk__msg_id id, pk_lang lang)
{
    return messages[id][lang == PK_LANG_ID];
}

/* The formats come from the table, whose two texts of a message take the
 * same conversions (tests/cli/check_messages.py), so the compiler cannot
 * check them here. */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif
void pk__msgf(pk_buf *b, pk_lang lang, pk__msg_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    pk__buf_vprintf(b, pk__msg(id, lang), ap);
    va_end(ap);
}

void pk__msgn(char *buf, size_t size, pk_lang lang, pk__msg_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    vsnprintf(buf, size, pk__msg(id, lang), ap);
    va_end(ap);
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

void pk__text_date(pk_buf *b, pk_date d)
{
    char s[PK_DATE_STRLEN];
    pk__buf_puts(b, pk_date_format(s, sizeof s, d, NULL) == PK_OK ? s : "-");
}

void pk__text_category(pk_buf *b, pk_category category, pk_subcategory sub, pk_lang lang)
{
    if ((unsigned)category > (unsigned)PK_CAT_RESULT_DISPUTE) {
        pk__buf_puts(b, "?");
        return;
    }
    pk__buf_puts(b, pk_category_label(category, lang));
    if (sub > PK_SUB_NONE && sub <= PK_SUB_POLRI)
        pk__buf_printf(b, " (%s)", pk__msg((pk__msg_id)(PK__MSG_SUB_ASN_ETHICS + (int)sub - 1), lang));
}

/* The message of value v of an enum whose values 0..last have consecutive messages from `first`; "?"
 * for a value out of range. */
static const char *enum_msg(unsigned v, unsigned last, pk__msg_id first, pk_lang lang)
{
    return v <= last ? pk__msg((pk__msg_id)((int)first + (int)v), lang) : "?";
}

const char *pk__text_outcome(pk_outcome outcome, pk_lang lang)
{
    return enum_msg((unsigned)outcome, (unsigned)PK_OUTCOME_NOT_PROVEN, PK__MSG_OUT_FINDINGS, lang);
}

const char *pk_category_label(pk_category category, pk_lang lang)
{
    return enum_msg((unsigned)category, (unsigned)PK_CAT_RESULT_DISPUTE, PK__MSG_CAT_ORGANIZER_ETHICS, lang);
}

const char *pk_outcome_label(pk_outcome outcome, pk_lang lang)
{
    return pk__text_outcome(outcome, lang);
}

/* The table row whose English text is en (the same pointer, as the
 * classifier hands it out, or equal text for a copy), or NULL. */
enum { H_ROLE, H_NOTE, H_NAME };
static const pk__handler_row *handler_row(const char *en, int which)
{
    size_t n = pk__handler_start[PK__H_COUNT];
    for (size_t i = 0; en && i < n; i++) {
        const pk_handler *h = &pk__handler_rows[i].handler;
        const char *x = which == H_NOTE ? h->note : which == H_NAME ? h->name : h->role;
        if (x && (x == en || strcmp(x, en) == 0))
            return &pk__handler_rows[i];
    }
    return NULL;
}

const char *pk__text_handler_role(const pk_handler *h, pk_lang lang)
{
    const pk__handler_row *row = lang == PK_LANG_ID ? handler_row(h->role, H_ROLE) : NULL;
    return row && row->role_id ? row->role_id : h->role;
}

const char *pk__text_handler_note(const pk_handler *h, pk_lang lang)
{
    const pk__handler_row *row = lang == PK_LANG_ID ? handler_row(h->note, H_NOTE) : NULL;
    return row && row->note_id ? row->note_id : h->note;
}

const pk__rule_text_id *pk__rule_id_texts(const pk_rule *rule)
{
    for (size_t i = 0; rule && i < pk__rule_n; i++)
        if (&pk__rules[i] == rule)
            return &pk__rule_texts_id[i];
    return NULL;
}

const char *pk_rule_summary(const pk_rule *rule, pk_lang lang)
{
    const pk__rule_text_id *t = lang == PK_LANG_ID ? pk__rule_id_texts(rule) : NULL;
    return t && t->summary ? t->summary : rule ? rule->summary_en : NULL;
}

const char *pk__text_rule_note(const pk_rule *rule, pk_lang lang)
{
    const pk__rule_text_id *t = lang == PK_LANG_ID ? pk__rule_id_texts(rule) : NULL;
    return t && t->note ? t->note : rule->note;
}

const char *pk__text_certainty_note(const pk_rule *rule, const char *note, pk_lang lang)
{
    const pk__rule_text_id *t = lang == PK_LANG_ID ? pk__rule_id_texts(rule) : NULL;
    if (t && t->certainty_note && note && rule->certainty_note &&
        (note == rule->certainty_note || strcmp(note, rule->certainty_note) == 0))
        return t->certainty_note;
    return note;
}

const char *pk__text_handler_name(const char *name, pk_lang lang)
{
    const pk__handler_row *row = lang == PK_LANG_ID ? handler_row(name, H_NAME) : NULL;
    return row && row->name_id ? row->name_id : name;
}

const char *pk__text_outcome_note(const char *note, pk_lang lang)
{
    for (size_t i = 0; note && lang == PK_LANG_ID && i < PK__OUTCOME_COUNT; i++)
        if (pk__outcome_notes[i] && pk__outcome_notes_id[i] &&
            (pk__outcome_notes[i] == note || strcmp(pk__outcome_notes[i], note) == 0))
            return pk__outcome_notes_id[i];
    return note;
}

const char *pk__text_certainty(pk_certainty certainty, pk_lang lang)
{
    return enum_msg((unsigned)certainty, (unsigned)PK_UNVERIFIED, PK__MSG_CERT_CERTAIN, lang);
}

const char *pk__text_supported(pk_supported supported, pk_lang lang)
{
    return enum_msg((unsigned)supported, (unsigned)PK_SUPPORTED_DETERMINED, PK__MSG_SUP_UNKNOWN, lang);
}

const char *pk__text_deadline_name(const pk_deadline_rule *rule, pk_lang lang)
{
    return lang == PK_LANG_ID ? rule->name_id : rule->name_en;
}

void pk__text_penalty(pk_buf *b, const pk_sanction *s, pk_lang lang, const char *lead, const char *sep)
{
    if (s->join == PK_JOIN_AND || s->join == PK_JOIN_AND_OR) {
        char lo[PK_RUPIAH_STRLEN], hi[PK_RUPIAH_STRLEN];
        (void)pk_format_rupiah(lo, sizeof lo, s->fine_min_rupiah, lang, NULL);
        (void)pk_format_rupiah(hi, sizeof hi, s->fine_max_rupiah, lang, NULL);
        pk__buf_puts(b, lead);
        pk__msgf(b, lang, s->join == PK_JOIN_AND ? PK__MSG_CL_PRISON_AND : PK__MSG_CL_PRISON_ANDOR,
                 s->prison_min_months, s->prison_max_months, lo, hi);
        pk__buf_puts(b, sep);
    }
    if (s->discipline > PK_DISCIPLINE_NONE && s->discipline <= PK_DISCIPLINE_BERAT) {
        pk__buf_puts(b, lead);
        pk__buf_printf(b, "%s %s", pk__msg(PK__MSG_CL_DISCIPLINE, lang),
                       pk__msg((pk__msg_id)(PK__MSG_DISC_RINGAN + (int)s->discipline - 1), lang));
        pk__buf_puts(b, sep);
    }
}

/* A deadline line of the detailed style: "Name (slug) due 2024-10-04". */
static void due_line(pk_buf *b, const pk_deadline *d, pk_lang lang)
{
    char date[PK_DATE_STRLEN];
    if (!d->rule)
        return;
    if (pk_date_format(date, sizeof date, d->due, NULL) != PK_OK)
        strcpy(date, "-");
    pk__buf_puts(b, "      ");
    pk__msgf(b, lang, PK__MSG_CL_DUE, pk__text_deadline_name(d->rule, lang), d->rule->slug, date);
    pk__buf_puts(b, "\n");
}

/* The text of pk_classification_format(), into b. */
static void render(pk_buf *b, const pk_classification *res, const pk_finding *fs, const pk_incident *in,
                   int detailed, pk_lang lang)
{
    pk__buf_printf(b, "%s %s %s", pk_actor_name(in->actor), pk_act_name(in->act), pk_outcome_name(res->outcome));
    if (res->missing_field) {
        pk__buf_puts(b, " (");
        pk__msgf(b, lang, PK__MSG_CL_MISSING, res->missing_field);
        pk__buf_puts(b, ")");
    }
    if (res->late_report)
        pk__buf_printf(b, " %s", pk__msg(PK__MSG_CL_LATE, lang));
    if (res->report_deadline.rule) {
        char date[PK_DATE_STRLEN];
        if (pk_date_format(date, sizeof date, res->report_deadline.due, NULL) != PK_OK)
            strcpy(date, "-");
        pk__buf_puts(b, " ");
        pk__msgf(b, lang, PK__MSG_CL_REPORT_DUE, date);
    }
    pk__buf_puts(b, "\n");
    if (res->version >= 2 && res->note) /* not_proven: why no sanction follows (outcomes.csv) */
        pk__buf_printf(b, "  %s: %s\n", pk__msg(PK__MSG_CL_NOTE, lang), pk__text_outcome_note(res->note, lang));
    for (size_t i = 0; i < res->finding_count; i++) {
        const pk_finding *x = &fs[i];
        const pk_rule *r = x->rule;
        pk__buf_printf(b, "  %s [%s%s%s] %s; %s %s", r->id, pk_category_name(x->category),
                       x->subcategory ? "/" : "", pk_subcategory_name(x->subcategory),
                       r->citation_count ? r->citations[0].text : "", pk__msg(PK__MSG_CL_HANDLER, lang),
                       pk__text_handler_name(x->handler_name, lang));
        pk__text_penalty(b, &x->sanction, lang, "; ", "");
        if (x->certainty != PK_CERTAIN)
            pk__buf_printf(b, "; %s", pk__text_certainty(x->certainty, lang));
        pk__buf_puts(b, "\n");
        if (!detailed)
            continue;
        pk__buf_printf(b, "      %s: ", pk__msg(PK__MSG_CL_CATEGORY, lang));
        pk__text_category(b, x->category, x->subcategory, lang);
        pk__buf_printf(b, "\n      %s:", pk__msg(PK__MSG_CL_BASIS, lang));
        for (size_t k = 0; k < r->citation_count; k++)
            pk__buf_printf(b, "%s %s", k ? ";" : "", r->citations[k].text);
        pk__buf_printf(b, "\n      %s: %s\n", pk__msg(PK__MSG_CL_SANCTION, lang),
                       x->sanction.text ? x->sanction.text : "");
        pk__buf_printf(b, "      %s: %s (%s): %s\n", pk__msg(PK__MSG_CL_HANDLER, lang),
                       x->handler.name ? pk__text_handler_name(x->handler.name, lang) : "", pk_source_status_name(x->handler.status),
                       x->handler.role ? pk__text_handler_role(&x->handler, lang) : "");
        if (x->handler.note)
            pk__buf_printf(b, "      %s: %s\n", pk__msg(PK__MSG_CL_HANDLER_NOTE, lang),
                           pk__text_handler_note(&x->handler, lang));
        if (x->certainty_note)
            pk__buf_printf(b, "      %s: %s\n", pk__text_certainty(x->certainty, lang),
                           pk__text_certainty_note(r, x->certainty_note, lang));
        due_line(b, &x->deadlines.followup, lang);
        due_line(b, &x->deadlines.followup_extended, lang);
        for (size_t k = 0; k < x->deadlines.next_count && k < PK__CHAIN_MAX; k++)
            due_line(b, &x->deadlines.next[k], lang);
    }
}

pk_status pk_classification_format(char *buf, size_t cap, size_t *needed, const pk_classification *result,
                                   const pk_finding *findings, const pk_incident *incident,
                                   pk_format_style style, pk_lang lang, pk_error *err)
{
    if (buf && cap)
        buf[0] = '\0';
    if (needed)
        *needed = 0;
    if (!buf && (cap || !needed))
        return pk__fail(err, PK_EINVAL, !needed ? "needed" : "buf", "NULL argument");
    if (!result || !incident)
        return pk__fail(err, PK_EINVAL, !result ? "result" : "incident", "NULL argument");
    if (result->version < 1 || result->version > PK_CLASSIFICATION_VERSION)
        return pk__fail(err, PK_EINVAL, "result", "unknown pk_classification version %u", result->version);
    if (incident->version < 1 || incident->version > PK_INCIDENT_VERSION)
        return pk__fail(err, PK_EINVAL, "incident", "unknown pk_incident version %u", incident->version);
    if (style != PK_FORMAT_BRIEF && style != PK_FORMAT_DETAILED)
        return pk__fail(err, PK_EINVAL, "style", "unknown style %d", (int)style);
    if (lang != PK_LANG_EN && lang != PK_LANG_ID)
        return pk__fail(err, PK_EINVAL, "lang", "unknown language %d", (int)lang);
    if ((unsigned)result->outcome > (unsigned)PK_OUTCOME_NOT_PROVEN)
        return pk__fail(err, PK_EINVAL, "result", "unknown outcome %d", (int)result->outcome);
    if (result->finding_count && !findings)
        return pk__fail(err, PK_EINVAL, "findings", "NULL argument with %zu findings", result->finding_count);
    for (size_t i = 0; i < result->finding_count; i++)
        if (!findings[i].rule)
            return pk__fail(err, PK_EINVAL, "findings", "finding %zu has no rule", i);

    pk_buf b;
    pk__buf_init(&b);
    render(&b, result, findings, incident, style == PK_FORMAT_DETAILED, lang);
    size_t len = 0;
    char *text = pk__buf_detach(&b, &len);
    if (!text)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    if (needed)
        *needed = len + 1;
    pk_status rc = PK_OK;
    if (buf && len >= cap) {
        pk__strlcpy_utf8(buf, text, cap);
        rc = pk__fail(err, PK_EBUFSIZE, "buf", "the text needs %zu bytes, room for %zu", len + 1, cap);
    } else if (buf) {
        memcpy(buf, text, len + 1);
    }
    free(text);
    return rc;
}
