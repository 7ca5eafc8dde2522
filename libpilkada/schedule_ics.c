/* iCalendar (RFC 5545) export of a schedule: one VCALENDAR, one all-day
 * VEVENT per dated stage in date order. Content lines end in CRLF and are
 * folded at 75 octets without splitting a UTF-8 sequence (3.1); TEXT values
 * escape backslash, semicolon, comma and newline (3.3.11); dates use
 * DTSTART;VALUE=DATE with an exclusive DTEND (3.6.1, 3.8.2.2). */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "pilkada/version.h"
#include "schedule_impl.h"

#define ICS_LINE_MAX 75

/* Append one content line, folded, with CRLF. */
static void put_folded(pk_buf *out, const char *s, size_t n)
{
    size_t limit = ICS_LINE_MAX;
    int first = 1;
    while (n > 0) {
        size_t take = n;
        if (take > limit) {
            take = limit;
            /* never split a UTF-8 sequence: back off to a lead byte */
            while (take > 0 && ((unsigned char)s[take] & 0xC0) == 0x80)
                take--;
        }
        if (!first)
            pk__buf_append(out, " ", 1);
        pk__buf_append(out, s, take);
        pk__buf_append(out, "\r\n", 2);
        s += take;
        n -= take;
        first = 0;
        limit = ICS_LINE_MAX - 1; /* continuation lines start with a space */
    }
}

/* Append TEXT-escaped s to a line buffer. */
static void put_text(pk_buf *line, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '\\': pk__buf_append(line, "\\\\", 2); break;
        case ';': pk__buf_append(line, "\\;", 2); break;
        case ',': pk__buf_append(line, "\\,", 2); break;
        case '\n': pk__buf_append(line, "\\n", 2); break;
        case '\r': break; /* CRLF inside a field becomes one \n */
        default:
            if ((unsigned char)*s < 0x20 && *s != '\t')
                break; /* other controls are not allowed in TEXT */
            pk__buf_append(line, s, 1);
        }
    }
}

/* Emit "NAME:value" where value is escaped TEXT. */
static void prop_text(pk_buf *out, pk_buf *line, const char *name, const char *value)
{
    line->len = 0;
    pk__buf_puts(line, name);
    pk__buf_append(line, ":", 1);
    put_text(line, value);
    if (!line->failed)
        put_folded(out, line->data, line->len);
}

/* Emit a line given literally (no escaping). */
static void prop_raw(pk_buf *out, pk_buf *line, const char *fmt_name, const char *value)
{
    line->len = 0;
    pk__buf_puts(line, fmt_name);
    pk__buf_puts(line, value);
    if (!line->failed)
        put_folded(out, line->data, line->len);
}

static int digits(const char *s, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        *v = *v * 10 + (s[i] - '0');
    }
    return 1;
}

/* "YYYYMMDDTHHMMSSZ" with a real date and time. */
static int valid_stamp(const char *s)
{
    int y, mo, d, h, mi, se;
    if (strlen(s) != 16 || s[8] != 'T' || s[15] != 'Z')
        return 0;
    if (!digits(s, 4, &y) || !digits(s + 4, 2, &mo) || !digits(s + 6, 2, &d) || !digits(s + 9, 2, &h) ||
        !digits(s + 11, 2, &mi) || !digits(s + 13, 2, &se))
        return 0;
    return pk_date_valid(pk_date_of(y, mo, d)) && h < 24 && mi < 60 && se < 61;
}

static void now_stamp(char buf[17])
{
    /* time_t counts seconds since 1970-01-01 UTC on every platform we build for */
    long long t = (long long)time(NULL);
    if (t < 0)
        t = 0;
    long long days = t / 86400, secs = t % 86400;
    int y, m, d;
    pk__civil_from_days((int32_t)days, &y, &m, &d);
    snprintf(buf, 17, "%04d%02d%02dT%02d%02d%02dZ", y, m, d, (int)(secs / 3600), (int)(secs / 60 % 60),
             (int)(secs % 60));
}

static int safe_domain(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 200 || !pk__utf8_valid(s, n, NULL))
        return 0;
    for (; *s; s++)
        if ((unsigned char)*s <= ' ' || *s == ';' || *s == ',' || *s == '\\' || *s == ':' || *s == 0x7F)
            return 0;
    return 1;
}

static void ymd(char buf[9], pk_date d)
{
    snprintf(buf, 9, "%04d%02d%02d", d.year, d.month, d.day);
}

/* The DESCRIPTION's labels, English and Indonesian. */
enum { L_SCHEDULE, L_BASIS, L_STATUS, L_CRITICAL, L_SPAN, L_RULE, L_NOTE, L_SOURCE, L_COUNT };
static const char *const labels[2][L_COUNT] = {
    {"Schedule", "Basis", "Status", "Critical stage", "Dates: span of its sub-stages", "Rule", "Note", "Source"},
    {"Jadwal", "Dasar hukum", "Status", "Tahapan kritis", "Tanggal: rentang sub-tahapannya", "Aturan", "Catatan",
     "Sumber"},
};

static void describe(pk_buf *desc, const pk_schedule *s, const pk_stage *st, pk_lang lang)
{
    const char *const *L = labels[lang];
    desc->len = 0;
    if (desc->data)
        desc->data[0] = '\0';
    if (st->name_id) {
        pk__buf_puts(desc, st->name_id);
        pk__buf_puts(desc, "\n");
    }
    if (st->name_en) {
        pk__buf_puts(desc, st->name_en);
        pk__buf_puts(desc, "\n");
    }
    pk__buf_printf(desc, "%s: %s\n", L[L_SCHEDULE], s->id);
    if (st->basis)
        pk__buf_printf(desc, "%s: %s\n", L[L_BASIS], st->basis);
    pk__buf_printf(desc, "%s: %s\n", L[L_STATUS], pk_source_status_name(st->status));
    if (st->critical != PK_CRITICAL_NONE)
        pk__buf_printf(desc, "%s: %s\n", L[L_CRITICAL], pk_critical_name(st->critical));
    if (st->flags & PK_STAGE_SPAN_DERIVED)
        pk__buf_printf(desc, "%s\n", L[L_SPAN]);
    if (st->relative)
        pk__buf_printf(desc, "%s: %s\n", L[L_RULE], st->relative);
    if (st->note)
        pk__buf_printf(desc, "%s: %s\n", L[L_NOTE], st->note);
    if (st->source)
        pk__buf_printf(desc, "%s: %s\n", L[L_SOURCE], st->source);
    if (desc->len && desc->data[desc->len - 1] == '\n')
        desc->data[--desc->len] = '\0';
}

pk_status pk_schedule_to_ics(char **out, size_t *len, const pk_schedule *s, const pk_ics_options *opts, pk_error *err)
{
    if (out)
        *out = NULL;
    if (len)
        *len = 0;
    if (!s || !out)
        return pk__fail(err, PK_EINVAL, !s ? "schedule" : "out", "NULL argument");
    static const size_t sizes[] = {offsetof(pk_ics_options, lang), sizeof(pk_ics_options)}; /* by version */
    pk_ics_options given = PK_ICS_OPTIONS_INIT;
    pk_status vs = opts ? PK__VERSION_COPY(&given, opts, sizes, "pk_ics_options", "version", err) : PK_OK;
    if (vs != PK_OK)
        return vs;
    opts = &given;
    if (opts->lang != PK_LANG_EN && opts->lang != PK_LANG_ID)
        return pk__fail(err, PK_EINVAL, "lang", "unknown language %d", (int)opts->lang);
    char stamp[17];
    if (opts->dtstamp) {
        if (!valid_stamp(opts->dtstamp))
            return pk__fail(err, PK_EINVAL, "dtstamp", "dtstamp must be a UTC time 'YYYYMMDDTHHMMSSZ'");
        memcpy(stamp, opts->dtstamp, 17);
    } else {
        now_stamp(stamp);
    }
    const char *domain = opts->uid_domain ? opts->uid_domain : "libpilkada";
    if (!safe_domain(domain))
        return pk__fail(err, PK_EINVAL, "uid_domain",
                        "uid_domain must be 1..200 bytes of UTF-8 without spaces, control characters, ';', ',', ':' "
                        "or '\\'");

    pk_buf o, line, desc;
    pk__buf_init(&o);
    pk__buf_init(&line);
    pk__buf_init(&desc);
    prop_raw(&o, &line, "BEGIN:", "VCALENDAR");
    prop_raw(&o, &line, "VERSION:", "2.0");
    prop_raw(&o, &line, "PRODID:", "-//libpilkada//libpilkada " PK_VERSION_STRING "//EN");
    prop_raw(&o, &line, "CALSCALE:", "GREGORIAN");
    prop_raw(&o, &line, "METHOD:", "PUBLISH");
    prop_text(&o, &line, "X-WR-CALNAME", s->title ? s->title : s->id);
    for (size_t i = 0; i < s->nstages; i++) {
        const pk_stage *st = &s->stages[s->order[i]];
        unsigned f = st->flags & (PK_STAGE_HAS_START | PK_STAGE_HAS_END);
        if (!f && !opts->include_undated)
            continue;
        prop_raw(&o, &line, "BEGIN:", f ? "VEVENT" : "VTODO");
        line.len = 0;
        pk__buf_puts(&line, "UID:");
        put_text(&line, st->id);
        pk__buf_append(&line, ".", 1);
        put_text(&line, s->id);
        pk__buf_append(&line, "@", 1);
        pk__buf_puts(&line, domain);
        if (!line.failed)
            put_folded(&o, line.data, line.len);
        prop_raw(&o, &line, "DTSTAMP:", stamp);
        if (f) {
            pk_date a = f & PK_STAGE_HAS_START ? st->start : st->end;
            pk_date b = f & PK_STAGE_HAS_END ? st->end : st->start;
            pk_date after;
            char d1[9], d2[9];
            if (pk_date_add_days(&after, b, 1) != PK_OK)
                after = b;
            ymd(d1, a);
            ymd(d2, after);
            prop_raw(&o, &line, "DTSTART;VALUE=DATE:", d1);
            prop_raw(&o, &line, "DTEND;VALUE=DATE:", d2);
            prop_raw(&o, &line, "TRANSP:", "TRANSPARENT");
        }
        const char *first = opts->lang == PK_LANG_ID ? st->name_id : st->name_en;
        const char *second = opts->lang == PK_LANG_ID ? st->name_en : st->name_id;
        prop_text(&o, &line, "SUMMARY", first ? first : second ? second : st->id);
        describe(&desc, s, st, opts->lang);
        if (!desc.failed)
            prop_text(&o, &line, "DESCRIPTION", desc.data ? desc.data : "");
        if (st->critical != PK_CRITICAL_NONE) {
            line.len = 0;
            pk__buf_puts(&line, "CATEGORIES:");
            put_text(&line, pk_critical_name(st->critical));
            if (!line.failed)
                put_folded(&o, line.data, line.len);
        }
        prop_raw(&o, &line, "END:", f ? "VEVENT" : "VTODO");
    }
    prop_raw(&o, &line, "END:", "VCALENDAR");
    int failed = o.failed || line.failed || desc.failed;
    pk__buf_free(&line);
    pk__buf_free(&desc);
    if (failed) {
        pk__buf_free(&o);
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    }
    size_t n = 0;
    char *text = pk__buf_detach(&o, &n);
    if (!text)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    *out = text;
    if (len)
        *len = n;
    return PK_OK;
}
