/* The violation classifier: pk_classify(), pk_explain(), pk_incident_set()
 * and the rule accessors, over the const tables that tools/pkgen
 * (gen_rules.c) writes from data/rules/rules.csv.
 *
 * pk_classify() allocates nothing: the candidate rules of (actor, act) come
 * from a precomputed list, the schedule windows are O(1) role lookups, the
 * region a binary search, and everything else is arithmetic on the stack. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pilkada/region.h"
#include "schedule_impl.h"
#include "violation_internal.h"
#include "workday_internal.h"

/* ------------------------------------------------------------- rules -- */

size_t pk_rule_count(void)
{
    return pk__rule_n;
}

const pk_rule *pk_rule_at(size_t i)
{
    return i < pk__rule_n ? &pk__rules[i] : NULL;
}

pk_status pk_rule_find(const pk_rule **out, const char *id, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !id)
        return pk__fail(err, PK_EINVAL, !out ? "out" : "id", "NULL argument");
    for (size_t i = 0; i < pk__rule_n; i++) {
        if (strcmp(pk__rules[i].id, id) == 0) {
            *out = &pk__rules[i];
            return PK_OK;
        }
    }
    char shown[64];
    pk__strlcpy_utf8(shown, id, sizeof shown);
    return pk__fail(err, PK_ENOTFOUND, "id", "no rule '%s'", shown);
}

/* ---------------------------------------------------------- handlers -- */

/* The body of a handler kind on a serial day: the last row of the kind
 * (data/rules/handlers.csv) that applies from that day or earlier. This is
 * where the KASN -> BKN cut-over is decided. */
static const pk_handler *handler_on(int kind, int32_t day)
{
    const pk__handler_row *best = &pk__handler_rows[pk__handler_start[kind]];
    for (uint16_t i = (uint16_t)(pk__handler_start[kind] + 1); i < pk__handler_start[kind + 1]; i++)
        if (day >= pk__handler_rows[i].from_serial)
            best = &pk__handler_rows[i];
    return &best->handler;
}

/* ----------------------------------------------------------- context -- */

enum { WIN_UNSET = 0, WIN_IN, WIN_OUT, WIN_NA };

typedef struct ctx {
    const pk_incident *in;   /* &incident */
    pk_incident incident;    /* the caller's incident in the current layout */
    int32_t occ;             /* serial of occurred */
    int32_t relevant;        /* serial of reported, else discovered, else occurred */
    const pk_schedule *sched;
    uint8_t win[PK__WIN_COUNT];
    pk_supported supported;  /* given or derived; UNKNOWN when it cannot be derived */
    int supported_done;
    const pk_region *region;
    int election_done;
    pk_region_election election;
    int have_election;
} ctx;

static const pk_window_kind win_kind[PK__WIN_COUNT] = {
    PK_WINDOW_CAMPAIGN, PK_WINDOW_PRE_DETERMINATION, PK_WINDOW_POST_DETERMINATION, PK_WINDOW_CAMPAIGN,
    PK_WINDOW_M6_TO_END_OF_TERM, PK_WINDOW_M6_TO_ELECTED, PK_WINDOW_CAMPAIGN, /* outside_campaign: inverted */
};

/* The schedule a re-vote continues ("#% follows:"), or NULL. */
static const pk_schedule *followed(const pk_schedule *s)
{
    const pk_schedule *base = NULL;
    const char *id = s ? pk_schedule_follows(s) : NULL;
    if (id && pk_schedule_builtin(&base, id, NULL) != PK_OK)
        base = NULL;
    return base;
}

static int window_state(ctx *c, int w)
{
    if (w == PK__WIN_ANY)
        return WIN_IN;
    if (c->win[w] == WIN_UNSET) {
        /* the windows precomputed as serial days with the schedule
         * (pk__schedule_windows); a re-vote schedule without the stage (e.g.
         * no new determination of pairs) takes the window from the cycle it
         * continues (looked up only then: a lookup by id is a scan of the
         * built-in schedules) */
        const pk_schedule *s = c->sched;
        unsigned k = (unsigned)win_kind[w];
        if (s && !(s->win_ok >> k & 1u))
            s = followed(s);
        if (!s || !(s->win_ok >> k & 1u))
            c->win[w] = WIN_NA;
        else
            c->win[w] = (c->occ >= s->win_first[k] && c->occ <= s->win_last[k]) != (w == PK__WIN_OUTSIDE_CAMPAIGN)
                            ? WIN_IN
                            : WIN_OUT;
    }
    return c->win[w];
}

static pk_supported supported_of(ctx *c)
{
    if (!c->supported_done) {
        c->supported_done = 1;
        c->supported = c->in->supported;
        if (c->supported == PK_SUPPORTED_UNKNOWN) {
            int st = window_state(c, PK__WIN_POST);
            if (st == WIN_IN)
                c->supported = PK_SUPPORTED_DETERMINED;
            else if (st == WIN_OUT)
                c->supported = PK_SUPPORTED_PROSPECTIVE;
        }
    }
    return c->supported;
}

/* How a rule fared. */
enum verdict {
    V_MATCH = 0,
    V_ACTOR,      /* actor not covered */
    V_ACT,        /* act not covered */
    V_DATE,       /* incident date outside valid_from..valid_until */
    V_WINDOW,     /* outside the rule's window */
    V_NO_SCHEDULE,/* window needs a schedule that is missing (pending on "cycle") */
    V_COND,       /* a condition fails (key in *key) */
    V_PENDING     /* a condition's fact is unknown (key in *key) */
};

/* evaluate() for a rule known to cover the incident's actor and act (a
 * candidate of pk__cand_list). */
static inline enum verdict evaluate_candidate(ctx *c, size_t i, int *key)
{
    const pk__rule_spec *sp = &pk__rule_specs[i];
    const pk_incident *in = c->in;
    *key = -1;
    if (c->occ < sp->from_serial || c->occ > sp->until_serial)
        return V_DATE;
    int ws = window_state(c, sp->window);
    if (ws == WIN_NA)
        return V_NO_SCHEDULE;
    if (ws == WIN_OUT)
        return V_WINDOW;
    enum verdict pending = V_MATCH;
    for (int k = 0; k < sp->ncond; k++) {
        const pk__cond *cd = &sp->cond[k];
        unsigned v;
        switch (cd->key) {
        case PK__C_SUPPORTED:
            v = (unsigned)supported_of(c);
            if (v == PK_SUPPORTED_UNKNOWN && !c->sched && !cd->optional) {
                /* the phase cannot be derived without a schedule */
                if (pending == V_MATCH) {
                    pending = V_NO_SCHEDULE;
                    *key = -2;
                }
                continue;
            }
            break;
        case PK__C_TSM: v = (unsigned)in->tsm; break;
        case PK__C_MINISTER_APPROVAL: v = (unsigned)in->minister_approval; break;
        case PK__C_CANDIDATE_INVOLVED: v = (unsigned)in->candidate_involved; break;
        case PK__C_INCUMBENT_CANDIDATE: v = (unsigned)in->incumbent_candidate; break;
        case PK__C_ON_LEAVE: v = (unsigned)in->on_leave; break;
        case PK__C_OFFICIAL_CAPACITY: v = (unsigned)in->official_capacity; break;
        default: v = (unsigned)in->involved_actor; break;
        }
        if (cd->allowed >> v & 1u)
            continue;
        if (v == 0 && !cd->optional) {
            if (pending == V_MATCH) {
                pending = V_PENDING;
                *key = cd->key;
            }
            continue;
        }
        *key = cd->key;
        return V_COND;
    }
    return pending;
}

static enum verdict evaluate(ctx *c, size_t i, int *key)
{
    const pk__rule_spec *sp = &pk__rule_specs[i];
    *key = -1;
    if (!(sp->actors >> c->in->actor & 1u))
        return V_ACTOR;
    if (!pk__act_set_has(&sp->acts, (unsigned)c->in->act))
        return V_ACT;
    return evaluate_candidate(c, i, key);
}

static const char *pending_field(const ctx *c, enum verdict v, int key)
{
    if (v == V_NO_SCHEDULE)
        return c->sched ? "schedule" : "cycle"; /* a schedule in use that lacks the window's stage date */
    return key >= 0 && key < PK__C_COUNT ? pk__ckey_names[key] : "cycle";
}

/* ---------------------------------------------------------- findings -- */

static void put(char *dst, size_t cap, size_t *pos, const char *s)
{
    size_t n = strlen(s), room = cap - 1 - *pos; /* *pos < cap: every call leaves room for the NUL */
    if (n > room)
        n = room;
    memcpy(dst + *pos, s, n);
    *pos += n;
    dst[*pos] = '\0';
}

static const pk_region_election *election_of(ctx *c, const pk_region *r, pk_region_election *tmp)
{
    const pk_schedule *base = c->sched && pk_schedule_follows(c->sched) ? followed(c->sched) : NULL;
    int year = base ? pk_schedule_cycle(base) : c->sched ? pk_schedule_cycle(c->sched) : c->in->cycle;
    if (r == c->region) {
        if (!c->election_done) {
            c->election_done = 1;
            c->have_election = year && pk_region_election_in(&c->election, r, year, NULL) == PK_OK;
        }
        return c->have_election ? &c->election : NULL;
    }
    if (year && pk_region_election_in(tmp, r, year, NULL) == PK_OK)
        return tmp;
    return NULL;
}

static void handler_name(ctx *c, int kind, const pk_handler *h, char *out, size_t cap)
{
    size_t pos = 0;
    const pk_region *r = c->region;
    pk_region_election tmp;
    const pk_region_election *e;
    out[0] = '\0';
    if (!r) {
        put(out, cap, &pos, h->name);
        return;
    }
    switch (kind) {
    case PK__H_GAKKUMDU:
        put(out, cap, &pos, "Sentra Gakkumdu ");
        put(out, cap, &pos, r->full_name);
        return;
    case PK__H_KPU:
        e = election_of(c, r, &tmp);
        if (e && e->organiser) {
            put(out, cap, &pos, e->organiser);
        } else {
            put(out, cap, &pos, "KPU ");
            put(out, cap, &pos, r->full_name);
        }
        return;
    case PK__H_BAWASLU_PROVINSI: {
        const pk_region *p = pk_region_parent(r);
        if (!p)
            p = r;
        e = election_of(c, p, &tmp);
        if (e && e->supervisor) {
            put(out, cap, &pos, e->supervisor);
        } else {
            put(out, cap, &pos, "Bawaslu ");
            put(out, cap, &pos, p->full_name);
        }
        return;
    }
    case PK__H_BAWASLU:
        e = election_of(c, r, &tmp);
        if (e && e->supervisor) {
            put(out, cap, &pos, e->supervisor);
        } else {
            put(out, cap, &pos, "Bawaslu ");
            put(out, cap, &pos, r->full_name);
        }
        return;
    case PK__H_BUPATI:
    case PK__H_PERANGKAT_DESA:
        if (kind == PK__H_PERANGKAT_DESA)
            put(out, cap, &pos, "Kepala Desa / ");
        if (r->kind == PK_REGION_KABUPATEN) {
            put(out, cap, &pos, "Bupati ");
            put(out, cap, &pos, r->name);
        } else if (r->kind == PK_REGION_KOTA) {
            put(out, cap, &pos, "Wali Kota ");
            put(out, cap, &pos, r->name);
        } else {
            put(out, cap, &pos, "Bupati/Wali Kota");
        }
        return;
    default:
        put(out, cap, &pos, h->name);
        return;
    }
}

/* Deadlines shared by the findings of one classification (with the serial
 * day numbers of the follow-up's due days, the triggers of later stages). */
typedef struct dl_cache {
    pk_deadline report, followup, followup_ext;
    int32_t followup_day, followup_ext_day;
    int have_followup;
    int next_done[PK__CATEGORY_COUNT];
    pk_deadline next[PK__CATEGORY_COUNT][4];
    size_t next_n[PK__CATEGORY_COUNT];
} dl_cache;

/* pk_deadline_compute() on the built-in calendar for a valid trigger date
 * whose serial is known; *due_day receives the due day's serial. 0 (and
 * *out zeroed) when it cannot be computed. */
static int dl(pk_deadline_id id, pk_date trigger, int32_t trigger_day, pk_deadline *out, int32_t *due_day)
{
    return pk__deadline_builtin_serial(out, due_day, id, trigger, trigger_day);
}

/* Serial of a date known to be valid (validate() checked it): no second check. */
static int32_t serial(pk_date d)
{
    return pk__days_from_civil(d.year, d.month, d.day);
}

/* The category's further stages (data/rules/deadline_chains.csv), each from
 * the latest allowed date of the one before; a stage that cannot be
 * computed (e.g. working days outside the holiday table) ends the chain. */
static void next_stages(dl_cache *d, pk_category cat, pk_date report_date, int32_t report_day)
{
    if (d->next_done[cat])
        return;
    d->next_done[cat] = 1;
    pk_deadline *n = d->next[cat];
    size_t k = 0;
    if (!d->have_followup)
        return;
    int32_t day = report_day; /* serial(report_date), known to the caller */
    pk_date followup_end = d->followup_ext.rule ? d->followup_ext.due : d->followup.due;
    int32_t followup_end_day = d->followup_ext.rule ? d->followup_ext_day : d->followup_day;
    pk_date prev = followup_end;
    int32_t prev_day = followup_end_day;
    for (uint16_t i = pk__chain_start[cat]; i < pk__chain_start[cat + 1] && k < PK__CHAIN_MAX; i++) {
        const pk__chain_step *st = &pk__chain_steps[i];
        if (day < st->first_serial || day > st->last_serial)
            continue;
        pk_date t = st->from == PK__FROM_FOLLOWUP_END ? followup_end : st->from == PK__FROM_REPORT ? report_date : prev;
        int32_t t_day = st->from == PK__FROM_FOLLOWUP_END ? followup_end_day
                        : st->from == PK__FROM_REPORT     ? report_day
                                                          : prev_day;
        if (!dl((pk_deadline_id)st->deadline, t, t_day, &n[k], &prev_day))
            break;
        prev = n[k++].due;
    }
    d->next_n[cat] = k;
}

static const char conflict_note[] =
    "Rules conflict: matched findings in the same category give different discipline levels (here SKB 2022 "
    "row 8 against PP 94/2021 Pasal 14 huruf i angka 4, or similar); both are returned and neither is picked.";

#define MAX_MATCH 64

static int date_present(pk_date d)
{
    return d.year != 0 || d.month != 0 || d.day != 0;
}

static pk_status check_date(pk_date d, const char *name, pk_error *err)
{
    if (date_present(d) && !pk_date_valid(d))
        return pk__fail(err, PK_EINVAL, name, "%s is not a valid date (%d-%d-%d)", name, d.year, d.month, d.day);
    return PK_OK;
}

static pk_status validate(const pk_incident *in, pk_error *err)
{
    if ((unsigned)in->actor >= PK__ACTOR_COUNT)
        return pk__fail(err, PK_EINVAL, "actor", "actor %d is out of range", (int)in->actor);
    if ((unsigned)in->act >= PK__ACT_COUNT)
        return pk__fail(err, PK_EINVAL, "act", "act %d is out of range", (int)in->act);
    if ((unsigned)in->involved_actor >= PK__ACTOR_COUNT)
        return pk__fail(err, PK_EINVAL, "involved_actor", "involved_actor %d is out of range",
                        (int)in->involved_actor);
    if ((unsigned)in->supported > PK_SUPPORTED_DETERMINED)
        return pk__fail(err, PK_EINVAL, "supported", "supported %d is out of range", (int)in->supported);
    const pk_tristate tri[] = {in->minister_approval, in->tsm, in->candidate_involved, in->incumbent_candidate,
                               in->on_leave, in->official_capacity};
    static const char *const tri_names[] = {"minister_approval", "tsm", "candidate_involved",
                                            "incumbent_candidate", "on_leave", "official_capacity"};
    for (size_t i = 0; i < 6; i++)
        if ((unsigned)tri[i] > PK_YES)
            return pk__fail(err, PK_EINVAL, tri_names[i], "%s %d is out of range", tri_names[i], (int)tri[i]);
    if ((unsigned)in->evidence > PK_EVIDENCE_INSUFFICIENT)
        return pk__fail(err, PK_EINVAL, "evidence", "evidence %d is out of range", (int)in->evidence);
    pk_status rc;
    if ((rc = check_date(in->occurred, "occurred", err)) != PK_OK ||
        (rc = check_date(in->discovered, "discovered", err)) != PK_OK ||
        (rc = check_date(in->reported, "reported", err)) != PK_OK)
        return rc;
    if (!memchr(in->region, '\0', sizeof in->region))
        return pk__fail(err, PK_EINVAL, "region", "region is not NUL-terminated");
    if (in->cycle < 0 || in->cycle > PK_DATE_MAX_YEAR)
        return pk__fail(err, PK_EINVAL, "cycle", "cycle %d is out of range", in->cycle);
    return PK_OK;
}

/* Size of each version of pk_incident (docs/abi.md). */
static const size_t incident_sizes[] = {offsetof(pk_incident, official_capacity), offsetof(pk_incident, evidence),
                                        sizeof(pk_incident)};

/* Set up the context: validation, region, schedule. */
static pk_status setup(ctx *c, const pk_incident *in, pk_error *err)
{
    /* every member but election, which is read only once election_done is set */
    c->in = NULL;
    c->occ = c->relevant = 0;
    c->sched = NULL;
    memset(c->win, WIN_UNSET, sizeof c->win);
    c->supported = PK_SUPPORTED_UNKNOWN;
    c->supported_done = 0;
    c->region = NULL;
    c->election_done = c->have_election = 0;
    if (in->version == PK_INCIDENT_VERSION) {
        c->incident = *in; /* the current layout */
    } else {
        static const pk_incident defaults = PK_INCIDENT_INIT;
        c->incident = defaults; /* members newer than the caller's version keep their defaults */
        pk_status vs = PK__VERSION_COPY(&c->incident, in, incident_sizes, "pk_incident", "version", err);
        if (vs != PK_OK)
            return vs;
    }
    in = c->in = &c->incident;
    pk_status rc = validate(in, err);
    if (rc != PK_OK)
        return rc;
    if (in->region[0]) {
        const pk_region *r;
        rc = pk_region_lookup(&r, NULL, in->region, NULL);
        if (rc != PK_OK) {
            char shown[16];
            pk__strlcpy_utf8(shown, in->region, sizeof shown);
            return pk__fail(err, PK_ENOTFOUND, "region", "unknown region code '%s'", shown);
        }
        c->region = r;
    }
    if (in->schedule) {
        c->sched = in->schedule;
    } else if (in->cycle) {
        /* pk_schedule_builtin() of the 4-digit year */
        if (in->cycle < 1000 || !(c->sched = pk__schedule_of_year(in->cycle)))
            return pk__fail(err, PK_ENOTFOUND, "cycle", "no built-in schedule for cycle %d", in->cycle);
    }
    return PK_OK;
}

static pk_status classify_fill(const pk_incident *incident, pk_finding *findings, size_t cap,
                               pk_classification *result, pk_error *err)
{
    if (result)
        memset(result, 0, sizeof *result);
    if (!incident || !result || (!findings && cap > 0))
        return pk__fail(err, PK_EINVAL, !incident ? "incident" : !result ? "result" : "findings", "NULL argument");
    ctx c;
    pk_status rc = setup(&c, incident, err);
    if (rc != PK_OK)
        return rc;
    const pk_incident *in = c.in;
    result->supported = in->supported;
    result->schedule = c.sched;

    if (in->actor == PK_ACTOR_UNKNOWN || in->act == PK_ACT_UNKNOWN || !date_present(in->occurred)) {
        result->outcome = PK_OUTCOME_INCOMPLETE;
        result->missing_field = in->actor == PK_ACTOR_UNKNOWN ? "actor"
                                : in->act == PK_ACT_UNKNOWN   ? "act"
                                                              : "occurred";
        if (in->evidence == PK_EVIDENCE_INSUFFICIENT) { /* not proven whatever the missing fact would say */
            result->outcome = PK_OUTCOME_NOT_PROVEN;
            result->note = pk__outcome_notes[PK_OUTCOME_NOT_PROVEN]; /* data/rules/outcomes.csv */
        }
        return PK_OK;
    }
    c.occ = serial(in->occurred);
    pk_date relevant = date_present(in->reported)     ? in->reported
                       : date_present(in->discovered) ? in->discovered
                                                      : in->occurred;
    c.relevant = serial(relevant);
    /* the one rule of pk_schedule_select(): by date, and by region when one
     * is given (a re-vote applies to its region only); within the cycle when
     * one is given, falling back to pk_schedule_builtin() of that year */
    if (!in->schedule && (!in->cycle || c.region)) {
        const pk_schedule *sel = pk__schedule_select(c.occ, c.region ? c.region->code : NULL, in->cycle, 1);
        if (sel)
            c.sched = sel;
    }
    result->schedule = c.sched;

    /* report deadline and late report (Pasal 134(4)) */
    dl_cache d;
    memset(d.next_done, 0, sizeof d.next_done);
    memset(d.next_n, 0, sizeof d.next_n);
    memset(&d.report, 0, sizeof d.report);
    memset(&d.followup, 0, sizeof d.followup);
    memset(&d.followup_ext, 0, sizeof d.followup_ext);
    d.have_followup = 0;
    d.followup_day = d.followup_ext_day = 0;
    int32_t report_due_day;
    if (date_present(in->discovered) &&
        dl(PK_DEADLINE_REPORT, in->discovered, serial(in->discovered), &d.report, &report_due_day)) {
        result->report_deadline = d.report;
        if (date_present(in->reported) && c.relevant > report_due_day) /* c.relevant: the report day when given */
            result->late_report = 1;
    }
    pk_date report_date = date_present(in->reported) ? in->reported : in->discovered;
    if (date_present(report_date) &&
        dl(PK_DEADLINE_FOLLOWUP, report_date, c.relevant, &d.followup, &d.followup_day)) {
        d.have_followup = 1;
        dl(PK_DEADLINE_FOLLOWUP_EXTENDED, d.followup.due, d.followup_day, &d.followup_ext, &d.followup_ext_day);
    }

    /* match the candidate rules */
    size_t k0 = (size_t)in->actor * PK__ACT_COUNT + (size_t)in->act;
    uint16_t matched[MAX_MATCH] = {0}; /* the first nm are set (zeroed: 128 bytes, for the analysers) */
    size_t nm = 0;
    const char *missing = NULL;
    for (uint16_t j = pk__cand_start[k0]; j < pk__cand_start[k0 + 1]; j++) {
        size_t i = pk__cand_list[j];
        int key;
        enum verdict v = evaluate_candidate(&c, i, &key); /* a candidate covers the actor and the act */
        if (v == V_MATCH) {
            if (nm < MAX_MATCH)
                matched[nm++] = (uint16_t)i;
        } else if ((v == V_PENDING || v == V_NO_SCHEDULE) && !missing) {
            missing = pending_field(&c, v, key);
        }
    }
    result->supported = supported_of(&c); /* given, or derived from the schedule (O(1)) */

    /* conflicts: same category and subcategory, different discipline levels */
    uint64_t conflicted = 0;
    for (size_t a = 0; a < nm; a++)
        for (size_t b = a + 1; b < nm; b++) {
            const pk_rule *ra = &pk__rules[matched[a]], *rb = &pk__rules[matched[b]];
            if (ra->category == rb->category && ra->subcategory == rb->subcategory &&
                ra->sanction.discipline != PK_DISCIPLINE_NONE && rb->sanction.discipline != PK_DISCIPLINE_NONE &&
                ra->sanction.discipline != rb->sanction.discipline)
                conflicted |= (uint64_t)1 << a | (uint64_t)1 << b;
        }

    size_t nw = nm < cap ? nm : cap;
    for (size_t a = 0; a < nw; a++) {
        const pk_rule *r = &pk__rules[matched[a]];
        const pk__rule_spec *sp = &pk__rule_specs[matched[a]];
        pk_finding *f = &findings[a];
        f->version = PK_CLASSIFICATION_VERSION;
        f->rule = r;
        f->category = r->category;
        f->subcategory = r->subcategory;
        f->sanction = r->sanction;
        f->handler = *handler_on(sp->handler, c.relevant);
        handler_name(&c, sp->handler, &f->handler, f->handler_name, sizeof f->handler_name);
        f->deadlines.report = d.report;
        f->deadlines.followup = d.followup;
        f->deadlines.followup_extended = d.followup_ext;
        next_stages(&d, r->category, report_date, c.relevant); /* with a follow-up, report_date is the relevant date */
        f->deadlines.next_count = d.next_n[r->category];
        for (size_t k = 0; k < 4; k++) {
            if (k < f->deadlines.next_count)
                f->deadlines.next[k] = d.next[r->category][k];
            else
                memset(&f->deadlines.next[k], 0, sizeof f->deadlines.next[k]);
        }
        if (conflicted >> a & 1u) {
            f->certainty = PK_CONTESTED;
            f->certainty_note = r->certainty == PK_CONTESTED && r->certainty_note ? r->certainty_note : conflict_note;
        } else {
            f->certainty = r->certainty;
            f->certainty_note = r->certainty_note;
        }
    }
    result->finding_count = nw;
    result->finding_total = nm;
    if (in->evidence == PK_EVIDENCE_INSUFFICIENT) {
        result->outcome = PK_OUTCOME_NOT_PROVEN;
        result->note = pk__outcome_notes[PK_OUTCOME_NOT_PROVEN]; /* data/rules/outcomes.csv */
    } else if (missing) {
        result->outcome = PK_OUTCOME_INCOMPLETE;
        result->missing_field = missing;
    } else if (conflicted) {
        result->outcome = PK_OUTCOME_CONFLICT;
    } else {
        result->outcome = nm ? PK_OUTCOME_FINDINGS : PK_OUTCOME_NO_RULE;
    }
    if (nm > cap)
        return pk__fail(err, PK_EBUFSIZE, "findings", "%zu findings, room for %zu", nm, cap);
    return PK_OK;
}

/* Size of each version of pk_classification (docs/abi.md). */
static const size_t classification_sizes[] = {offsetof(pk_classification, note), sizeof(pk_classification)};

pk_status pk_classify(pk_classification *result, pk_finding *findings, size_t cap, const pk_incident *incident,
                      pk_error *err)
{
    if (!result)
        return classify_fill(incident, findings, cap, result, err);
    size_t size = PK__VERSION_SIZE(result->version, classification_sizes);
    if (!size)
        return pk__fail(err, PK_EINVAL, "result", "unknown pk_classification version %u (1 to %d)",
                        result->version, PK_CLASSIFICATION_VERSION);
    /* Versions 1 and 2 share the current pk_finding layout; version 1 gets
     * its part of a current pk_classification (no note). A later finding
     * layout would classify into a local array and copy the caller's part of
     * each finding. */
    unsigned version = result->version;
    if (size == sizeof *result) { /* the current layout: filled in place */
        pk_status rc = classify_fill(incident, findings, cap, result, err);
        result->version = version;
        return rc;
    }
    pk_classification older; /* an older layout gets its part of a current one (classify_fill zeroes it) */
    pk_status rc = classify_fill(incident, findings, cap, &older, err);
    memcpy(result, &older, size);
    result->version = version;
    for (size_t i = 0; i < result->finding_count; i++)
        findings[i].version = version; /* the same layout, labelled with the caller's version */
    return rc;
}

/* ------------------------------------------------------ pk_incident_set -- */

static int streq(const char *a, const char *b)
{
    return a[0] == b[0] && strcmp(a, b) == 0;
}

static pk_status set_tristate(pk_tristate *out, const char *key, const char *v, pk_error *err)
{
    if (streq(v, "yes") || streq(v, "true"))
        *out = PK_YES;
    else if (streq(v, "no") || streq(v, "false"))
        *out = PK_NO;
    else if (streq(v, "") || streq(v, "unknown"))
        *out = PK_UNKNOWN;
    else
        return pk__fail(err, PK_EPARSE, key, "%s must be yes, no, true, false or empty", key);
    return PK_OK;
}

#define PK_INCIDENT_VALUE_MAX 256

size_t pk_word_count(void)
{
    return pk__word_count;
}

const pk_word *pk_word_at(size_t i)
{
    return i < pk__word_count ? &pk__words[i] : NULL;
}

const pk_word *pk_word_meaning(pk_fact_type kind, const char *slug)
{
    for (size_t i = 0; slug && i < pk__word_count; i++)
        if (pk__words[i].kind == kind && strcmp(pk__words[i].word, slug) == 0 &&
            strcmp(pk__words[i].targets, slug) == 0)
            return &pk__words[i];
    return NULL;
}

/* The value of a word of the table (a slug, a synonym), ignoring case,
 * spaces and hyphens; ambiguity and suggestions as pk_actor_parse() says. */
static pk_status parse_word(int *out, pk_fact_type kind, const char *text, pk_error *err)
{
    const char *what = kind == PK_FACT_ACT ? "act" : "actor";
    if (!out || !text)
        return pk__fail(err, PK_EINVAL, what, "NULL argument");
    char key[64], shown[48];
    pk__word_key(key, sizeof key, text);
    pk__strlcpy_utf8(shown, text, sizeof shown);
    const pk_word *hit = NULL;
    for (size_t i = 0; key[0] && i < pk__word_count && !hit; i++) {
        char wk[64];
        if (pk__words[i].kind != kind)
            continue;
        pk__word_key(wk, sizeof wk, pk__words[i].word);
        if (strcmp(wk, key) == 0)
            hit = &pk__words[i];
    }
    if (hit && !strchr(hit->targets, '|')) {
        pk_actor a;
        pk_act t;
        pk_status rc = kind == PK_FACT_ACT ? pk_act_from_name(&t, hit->targets, NULL)
                                           : pk_actor_from_name(&a, hit->targets, NULL);
        if (rc == PK_OK) {
            *out = kind == PK_FACT_ACT ? (int)t : (int)a;
            return PK_OK;
        }
    }
    if (hit) {
        char alts[96];
        size_t n = 0;
        for (const char *p = hit->targets; *p && n + 5 < sizeof alts; p++) {
            if (*p == '|') {
                memcpy(alts + n, " or ", 4);
                n += 4;
            } else {
                alts[n++] = *p;
            }
        }
        alts[n] = '\0';
        return pk__fail(err, PK_EAMBIGUOUS, what, "'%s' may mean %s (%s): give one of them", shown, alts,
                        hit->meaning_en);
    }
    /* did you mean: the words within two edits (one for short words) */
    char list[120];
    size_t used = 0, shown_n = 0;
    list[0] = '\0';
    int limit = strlen(key) >= 6 ? 2 : 1;
    for (int dist = 1; dist <= limit; dist++)
        for (size_t i = 0; i < pk__word_count && shown_n < 3; i++) {
            char wk[64];
            if (pk__words[i].kind != kind)
                continue;
            pk__word_key(wk, sizeof wk, pk__words[i].word);
            if (pk__key_distance(key, wk) != dist)
                continue;
            int w = snprintf(list + used, sizeof list - used, "%s'%s'", shown_n ? " or " : "", pk__words[i].word);
            if (w < 0 || (size_t)w >= sizeof list - used)
                break;
            used += (size_t)w;
            shown_n++;
        }
    if (shown_n)
        return pk__fail(err, PK_ENOTFOUND, what, "unknown %s '%s'; did you mean %s?", what, shown, list);
    return pk__fail(err, PK_ENOTFOUND, what, "unknown %s '%s' (pilkada classify --list-%ss)", what, shown, what);
}

pk_status pk_actor_parse(pk_actor *out, const char *text, pk_error *err)
{
    int v = 0;
    if (!out || !text)
        return pk__fail(err, PK_EINVAL, !out ? "out" : "actor", "NULL argument");
    if (pk_actor_from_name(out, text, NULL) == PK_OK)
        return PK_OK;
    pk_status rc = parse_word(&v, PK_FACT_ACTOR, text, err);
    if (rc == PK_OK)
        *out = (pk_actor)v;
    return rc;
}

pk_status pk_act_parse(pk_act *out, const char *text, pk_error *err)
{
    int v = 0;
    if (!out || !text)
        return pk__fail(err, PK_EINVAL, !out ? "out" : "act", "NULL argument");
    if (pk_act_from_name(out, text, NULL) == PK_OK)
        return PK_OK;
    pk_status rc = parse_word(&v, PK_FACT_ACT, text, err);
    if (rc == PK_OK)
        *out = (pk_act)v;
    return rc;
}

/* A region given by name ("Kota Makassar", "Kab. Ogan Komering Ulu Timur"):
 * pk_region_resolve() without fuzzy acceptance; an ambiguous name lists its
 * candidates with their codes, an unknown one its best suggestions. */
static pk_status region_by_name(const pk_region **out, const char *key, const char *value, pk_error *err)
{
    pk_region_candidate cands[4];
    pk_region_resolution res = PK_REGION_RESOLUTION_INIT;
    pk_error e2;
    pk_status rc = pk_region_resolve(&res, cands, PK_ARRAY_LEN(cands), value, NULL, &e2);
    if (rc == PK_OK) {
        *out = res.region;
        return PK_OK;
    }
    if (rc != PK_EAMBIGUOUS && rc != PK_ENOTFOUND) /* no letters or digits: a malformed value, as for codes */
        return pk__fail(err, rc == PK_EINVAL ? PK_EPARSE : rc, key, "region: %s", e2.text);
    char shown[64], list[PK_ERROR_TEXT_SIZE];
    pk__strlcpy_utf8(shown, value, sizeof shown);
    size_t used = 0;
    list[0] = '\0';
    for (size_t i = 0; i < res.ncandidates && used < sizeof list; i++) {
        int w = snprintf(list + used, sizeof list - used, "%s%s %s", i ? ", " : "", cands[i].region->code,
                         cands[i].region->full_name);
        if (w < 0)
            break;
        used += (size_t)w;
    }
    if (rc == PK_EAMBIGUOUS)
        return pk__fail(err, PK_EAMBIGUOUS, key, "region '%s' fits %zu regions: %s; give the code or a fuller name",
                        shown, res.total, list);
    if (res.ncandidates)
        return pk__fail(err, PK_ENOTFOUND, key, "no region named '%s'; did you mean %s?", shown, list);
    return pk__fail(err, PK_ENOTFOUND, key, "no region named '%s'", shown);
}

pk_status pk_incident_set(pk_incident *incident, const char *key, const char *value, pk_error *err)
{
    if (!incident || !key || !value)
        return pk__fail(err, PK_EINVAL, !incident ? "incident" : !key ? "key" : "value", "NULL argument");
    if (!PK__VERSION_SIZE(incident->version, incident_sizes))
        return pk__fail(err, PK_EINVAL, "version", "unknown pk_incident version %u (1 to %d)", incident->version,
                        PK_INCIDENT_VERSION);
    size_t n = 0;
    unsigned char high = 0; /* any byte >= 0x80: then check the UTF-8 */
    while (n <= PK_INCIDENT_VALUE_MAX && value[n])
        high |= (unsigned char)value[n++];
    if (n > PK_INCIDENT_VALUE_MAX)
        return pk__fail(err, PK_ETOOLONG, key, "value longer than %d bytes", PK_INCIDENT_VALUE_MAX);
    if ((high & 0x80) && !pk__utf8_valid(value, n, NULL))
        return pk__fail(err, PK_EENCODING, key, "value is not valid UTF-8");
    int f = pk__fact_index(key);
    if (f < 0) {
        char shown[PK_ERROR_FIELD_SIZE];
        pk__strlcpy_utf8(shown, key, sizeof shown);
        return pk__fail(err, PK_EINVAL, shown, "unknown incident key '%s'", shown);
    }
    if (pk__facts[f].offset >= PK__VERSION_SIZE(incident->version, incident_sizes))
        return pk__fail(err, PK_EINVAL, key, "%s needs a newer pk_incident (version %u has no such member)", key,
                        incident->version);
    void *member = (char *)incident + pk__facts[f].offset;
    pk_status rc;
    pk_error e2;
    switch (pk__facts[f].fact.type) {
    case PK_FACT_ACTOR:
    case PK_FACT_ACT: {
        int is_act = pk__facts[f].fact.type == PK_FACT_ACT;
        pk_actor a = PK_ACTOR_UNKNOWN;
        pk_act t = PK_ACT_UNKNOWN;
        if (value[0]) {
            pk_status prc = is_act ? pk_act_parse(&t, value, err) : pk_actor_parse(&a, value, err);
            if (prc != PK_OK) {
                if (err)
                    snprintf(err->field, sizeof err->field, "%s", key);
                return prc;
            }
        }
        if (is_act)
            *(pk_act *)member = t;
        else
            *(pk_actor *)member = a;
        return PK_OK;
    }
    case PK_FACT_DATE: {
        pk_date d = {0, 0, 0};
        /* ISO, DD/MM/YYYY, DD-MM-YYYY, Indonesian and English month names: the text engine's reader
         * (pk_date_parse_loose_n), which refuses ambiguous input with the reading it would take */
        if (value[0] && (rc = pk_date_parse_loose_n(&d, value, n, NULL, &e2)) != PK_OK)
            return pk__fail(err, rc == PK_ERANGE ? PK_EPARSE : rc, key, "%s: %s", key, e2.text);
        *(pk_date *)member = d;
        return PK_OK;
    }
    case PK_FACT_REGION: {
        if (!value[0]) {
            incident->region[0] = '\0';
            return PK_OK;
        }
        const pk_region *r;
        if (value[0] >= '0' && value[0] <= '9') { /* a code */
            rc = pk_region_lookup(&r, NULL, value, &e2);
            if (rc != PK_OK)
                return pk__fail(err, rc == PK_ENOTFOUND ? PK_ENOTFOUND : PK_EPARSE, key, "region: %s", e2.text);
        } else if ((rc = region_by_name(&r, key, value, err)) != PK_OK) {
            return rc;
        }
        pk__strlcpy_utf8(incident->region, r->code, sizeof incident->region);
        return PK_OK;
    }
    case PK_FACT_CYCLE: {
        int y = 0;
        if (value[0]) {
            if (n != 4)
                return pk__fail(err, PK_EPARSE, key, "cycle must be a 4-digit year");
            for (size_t i = 0; i < 4; i++) {
                if (value[i] < '0' || value[i] > '9')
                    return pk__fail(err, PK_EPARSE, key, "cycle must be a 4-digit year");
                y = y * 10 + (value[i] - '0');
            }
            const pk_schedule *s;
            if (pk_schedule_builtin(&s, value, NULL) != PK_OK)
                return pk__fail(err, PK_ENOTFOUND, key, "no built-in schedule for cycle %d", y);
        }
        incident->cycle = y;
        return PK_OK;
    }
    case PK_FACT_SUPPORTED:
    case PK_FACT_EVIDENCE: {
        /* a word of the enum's names (index = value); "" and "unknown" are 0 */
        static const char *const supported_words[] = {"", "prospective", "determined"};
        static const char *const evidence_words[] = {"", "alleged", "proven", "insufficient"};
        int is_sup = pk__facts[f].fact.type == PK_FACT_SUPPORTED;
        const char *const *words = is_sup ? supported_words : evidence_words;
        int nw = is_sup ? 3 : 4, v = streq(value, "unknown") ? 0 : -1;
        for (int i = 0; v < 0 && i < nw; i++)
            if (streq(value, words[i]))
                v = i;
        if (v < 0)
            return pk__fail(err, PK_EPARSE, key, "%s must be %s or empty", key,
                            is_sup ? "prospective, determined" : "proven, alleged, insufficient");
        if (is_sup)
            incident->supported = (pk_supported)v;
        else
            incident->evidence = (pk_evidence)v;
        return PK_OK;
    }
    case PK_FACT_TRISTATE:
    default:
        return set_tristate((pk_tristate *)member, key, value, err);
    }
}

/* ------------------------------------------------------------ explain -- */

/* A deadline of a finding: slug, due date, count, trigger and basis, then its name. */
static void explain_deadline(pk_buf *b, const char *label, const pk_deadline *d, pk_lang lang)
{
    if (!d->rule)
        return;
    char due[PK_DATE_STRLEN], from[PK_DATE_STRLEN], count[48];
    if (pk_date_format(due, sizeof due, d->due, NULL) != PK_OK)
        strcpy(due, "-");
    if (pk_date_format(from, sizeof from, d->trigger, NULL) != PK_OK)
        strcpy(from, "-");
    pk__msgn(count, sizeof count, lang, d->rule->unit == PK_DAYS_WORKING ? PK__MSG_DL_WORKING_DAYS
                                                                         : PK__MSG_DL_CALENDAR_DAYS,
             d->rule->amount);
    pk__msgf(b, lang, PK__MSG_EX_DEADLINE, label, due, count, from, d->rule->basis,
             d->flags & PK_RESULT_ESTIMATED ? pk__msg(PK__MSG_EX_ESTIMATED, lang) : "", "",
             pk__text_deadline_name(d->rule, lang));
}

/* Size of each version of pk_trace (docs/abi.md). */
static const size_t trace_sizes[] = {sizeof(pk_trace)};
_Static_assert((int)V_MATCH == (int)PK_VERDICT_MATCH && (int)V_PENDING == (int)PK_VERDICT_PENDING,
               "enum verdict is pk_verdict");

/* The trace in the current layout; *res receives the classification. */
static pk_status trace_fill(pk_trace *t, pk_rule_trace *rules, size_t cap, const pk_incident *incident,
                            pk_classification *res, pk_error *err)
{
    pk_finding fs[MAX_MATCH];
    pk_status rc = pk_classify(res, fs, MAX_MATCH, incident, err);
    if (rc != PK_OK)
        return rc;
    ctx c;
    (void)setup(&c, incident, NULL);
    c.sched = res->schedule;
    const pk_incident *in = c.in;
    if (in->actor == PK_ACTOR_UNKNOWN || in->act == PK_ACT_UNKNOWN || !date_present(in->occurred)) {
        t->missing_field = res->missing_field;
        return PK_OK;
    }
    c.occ = serial(in->occurred);
    t->rule_total = pk__rule_n;
    for (size_t i = 0; i < pk__rule_n; i++) {
        int key;
        enum verdict v = evaluate(&c, i, &key);
        t->covered += v != V_ACTOR && v != V_ACT;
        if (i >= cap)
            continue;
        pk_rule_trace *r = &rules[t->rule_count++];
        r->rule = &pk__rules[i];
        r->verdict = (pk_verdict)v;
        /* a schedule in use that lacks the window's stage asks for "schedule", not "cycle" */
        r->fact = v == V_NO_SCHEDULE ? (key == -2 ? "supported" : c.sched ? "schedule" : "cycle")
                  : (v == V_COND || v == V_PENDING) && key >= 0 ? pk__ckey_names[key]
                                                               : NULL;
        r->window = v == V_WINDOW || (v == V_NO_SCHEDULE && key != -2) ? pk__rwin_names[pk__rule_specs[i].window]
                                                                       : NULL;
    }
    if (pk__rule_n > cap)
        return pk__fail(err, PK_EBUFSIZE, "rules", "%zu rules, room for %zu", pk__rule_n, cap);
    return PK_OK;
}

pk_status pk_classify_trace(pk_trace *trace, pk_rule_trace *rules, size_t cap, const pk_incident *incident,
                            pk_error *err)
{
    size_t size = trace ? PK__VERSION_SIZE(trace->version, trace_sizes) : 0;
    if (!size)
        return pk__fail(err, PK_EINVAL, "trace", trace ? "unknown pk_trace version" : "NULL argument");
    if (!incident || (!rules && cap))
        return pk__fail(err, PK_EINVAL, !incident ? "incident" : "rules", "NULL argument");
    /* Only version 1 exists, and its pk_rule_trace layout is the current one. */
    pk_trace t = PK_TRACE_INIT;
    pk_classification res = PK_CLASSIFICATION_INIT;
    pk_status rc = trace_fill(&t, rules, cap, incident, &res, err);
    t.version = trace->version;
    memcpy(trace, &t, size);
    return rc;
}

/* The words of a verdict, with what it turns on. */
static void explain_verdict(pk_buf *b, const pk_rule_trace *r, pk_lang lang)
{
    pk__buf_printf(b, "  %-44s ", r->rule->id);
    if (r->verdict == PK_VERDICT_NO_SCHEDULE && r->fact && strcmp(r->fact, "schedule") == 0)
        /* the schedule is shown above: it lacks the date this rule's window needs */
        pk__msgf(b, lang, PK__MSG_VD_NO_STAGE, r->window);
    else
        pk__buf_puts(b, pk__msg((pk__msg_id)(PK__MSG_VD_MATCH + (int)r->verdict), lang));
    if (r->verdict == PK_VERDICT_DATE) {
        pk__buf_puts(b, " (");
        if (date_present(r->rule->valid_from))
            pk__text_date(b, r->rule->valid_from);
        pk__buf_puts(b, " .. ");
        if (date_present(r->rule->valid_until))
            pk__text_date(b, r->rule->valid_until);
        pk__buf_puts(b, ")");
        if (r->rule->note)
            pk__msgf(b, lang, PK__MSG_VD_WHY, pk__text_rule_note(r->rule, lang));
    } else if (r->verdict == PK_VERDICT_WINDOW) {
        pk__buf_printf(b, " (%s)", r->window);
    } else if ((r->verdict == PK_VERDICT_CONDITION || r->verdict == PK_VERDICT_PENDING) && r->fact) {
        pk__buf_printf(b, " (%s)", r->fact);
    } else if (r->verdict == PK_VERDICT_NO_SCHEDULE && r->fact && strcmp(r->fact, "supported") == 0) {
        pk__buf_puts(b, pk__msg(PK__MSG_VD_GIVE_SUPPORTED, lang));
    }
    pk__buf_puts(b, "\n");
}

pk_status pk_explain(char **out, const pk_incident *incident, pk_error *err)
{
    return pk_explain_lang(out, incident, PK_LANG_EN, err);
}

pk_status pk_explain_lang(char **out, const pk_incident *incident, pk_lang lang, pk_error *err)
{
    if (out)
        *out = NULL;
    if (!incident || !out)
        return pk__fail(err, PK_EINVAL, !incident ? "incident" : "out", "NULL argument");
    if (lang != PK_LANG_EN && lang != PK_LANG_ID)
        return pk__fail(err, PK_EINVAL, "lang", "unknown language %d", (int)lang);
    pk_finding fs[MAX_MATCH];
    pk_classification res = PK_CLASSIFICATION_INIT;
    pk_status rc = pk_classify(&res, fs, MAX_MATCH, incident, err);
    if (rc != PK_OK)
        return rc;
    pk_trace trace = PK_TRACE_INIT;
    pk_rule_trace *rules = malloc(pk__rule_n * sizeof *rules);
    if (!rules)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    pk_classification again = PK_CLASSIFICATION_INIT;
    rc = trace_fill(&trace, rules, pk__rule_n, incident, &again, err);
    if (rc != PK_OK) {
        free(rules);
        return rc;
    }
    ctx c;
    (void)setup(&c, incident, NULL);
    incident = c.in; /* the current layout */
    c.sched = res.schedule;
    int have_date = date_present(incident->occurred);
    if (have_date)
        c.occ = serial(incident->occurred);

    pk_buf b;
    pk__buf_init(&b);
    char occ[PK_DATE_STRLEN], disc[PK_DATE_STRLEN], rep[PK_DATE_STRLEN];
    const pk_date dates[3] = {incident->occurred, incident->discovered, incident->reported};
    char *const texts[3] = {occ, disc, rep};
    for (int k = 0; k < 3; k++)
        if (pk_date_format(texts[k], PK_DATE_STRLEN, dates[k], NULL) != PK_OK)
            memcpy(texts[k], "-", 2); /* PK_DATE_STRLEN > 2 */
    pk__msgf(&b, lang, PK__MSG_EX_INCIDENT, pk_actor_name(incident->actor), pk_act_name(incident->act), occ, disc,
             rep);
    pk__msgf(&b, lang, PK__MSG_EX_REGION, incident->region[0] ? incident->region : "-", c.region ? " " : "",
             c.region ? c.region->full_name : "");
    pk__msgf(&b, lang, PK__MSG_EX_SCHEDULE,
             res.schedule ? pk_schedule_id(res.schedule) : pk__msg(PK__MSG_EX_NONE, lang));
    if (res.schedule && have_date) {
        for (int w = 1; w < PK__WIN_COUNT; w++) {
            pk_window wd = PK_WINDOW_INIT;
            pk__msgf(&b, lang, PK__MSG_EX_WINDOW, pk__rwin_names[w]);
            if (pk_schedule_window(&wd, res.schedule, win_kind[w], NULL) != PK_OK) {
                pk__buf_printf(&b, "%s\n", pk__msg(PK__MSG_EX_NOT_AVAILABLE, lang));
                continue;
            }
            if (wd.has_start)
                pk__text_date(&b, wd.start);
            else
                pk__buf_puts(&b, pk__msg(PK__MSG_EX_OPEN, lang));
            pk__buf_puts(&b, " .. ");
            if (wd.has_end)
                pk__text_date(&b, wd.end);
            else
                pk__buf_puts(&b, pk__msg(PK__MSG_EX_OPEN, lang));
            int inside = pk_window_contains(&wd, incident->occurred) != 0;
            if (w == PK__WIN_OUTSIDE_CAMPAIGN) /* the complement of the campaign window */
                pk__buf_puts(&b, pk__msg(inside ? PK__MSG_EX_OUTSIDE_CAMPAIGN_IN : PK__MSG_EX_OUTSIDE_CAMPAIGN_OUT,
                                         lang));
            else
                pk__buf_puts(&b, pk__msg(inside ? PK__MSG_EX_INSIDE : PK__MSG_EX_OUTSIDE, lang));
            pk__buf_puts(&b, "\n");
        }
    }
    pk__msgf(&b, lang, PK__MSG_EX_SUPPORTED, pk__text_supported(res.supported, lang));

    pk__buf_puts(&b, pk__msg(PK__MSG_EX_RULES, lang));
    if (trace.missing_field) {
        pk__buf_puts(&b, pk__msg(PK__MSG_EX_RULES_NONE, lang));
    } else {
        for (size_t i = 0; i < trace.rule_count; i++)
            if (rules[i].verdict != PK_VERDICT_ACTOR && rules[i].verdict != PK_VERDICT_ACT)
                explain_verdict(&b, &rules[i], lang);
        pk__msgf(&b, lang, PK__MSG_EX_OTHER_RULES, trace.rule_total - trace.covered);
    }
    free(rules);

    pk__msgf(&b, lang, PK__MSG_EX_OUTCOME, pk_outcome_name(res.outcome));
    if (res.missing_field)
        pk__msgf(&b, lang, PK__MSG_EX_MISSING, res.missing_field);
    pk__msgf(&b, lang, PK__MSG_EX_OUTCOME_WORDS, pk__text_outcome(res.outcome, lang));
    if (res.note) /* not_proven: why no sanction follows (outcomes.csv) */
        pk__buf_printf(&b, "\n%s", pk__text_outcome_note(res.note, lang));
    pk__buf_puts(&b, "\n");
    if (res.report_deadline.rule) {
        char due[PK_DATE_STRLEN];
        if (pk_date_format(due, sizeof due, res.report_deadline.due, NULL) != PK_OK)
            strcpy(due, "-");
        pk__msgf(&b, lang, PK__MSG_EX_REPORT_DEADLINE, due, res.report_deadline.rule->basis);
        pk__buf_printf(&b, "%s\n", res.late_report ? pk__msg(PK__MSG_EX_LATE, lang) : "");
    }
    for (size_t i = 0; i < res.finding_count; i++) {
        const pk_finding *f = &fs[i];
        const pk_sanction *s = &f->sanction;
        pk__msgf(&b, lang, PK__MSG_EX_FINDING, i + 1, f->rule->id, pk_category_name(f->category),
                 f->subcategory ? "/" : "", pk_subcategory_name(f->subcategory));
        pk__buf_puts(&b, pk__msg(PK__MSG_EX_CATEGORY, lang));
        pk__text_category(&b, f->category, f->subcategory, lang);
        pk__buf_printf(&b, "\n  %s", pk_rule_summary(f->rule, lang)); /* English while not translated */
        pk__buf_printf(&b, "\n  \"%s\"\n", f->rule->text_id);
        pk__buf_puts(&b, pk__msg(PK__MSG_EX_BASIS, lang));
        for (size_t k = 0; k < f->rule->citation_count; k++)
            pk__buf_printf(&b, "%s %s", k ? ";" : "", f->rule->citations[k].text);
        pk__buf_puts(&b, pk__msg(PK__MSG_EX_SANCTION, lang));
        pk__text_penalty(&b, s, lang, "", "; ");
        pk__buf_printf(&b, "%s\n", s->text);
        pk__msgf(&b, lang, PK__MSG_EX_HANDLER, pk__text_handler_name(f->handler_name, lang),
                 pk_source_status_name(f->handler.status),
                 pk__text_handler_role(&f->handler, lang));
        if (f->handler.note)
            pk__msgf(&b, lang, PK__MSG_EX_HANDLER_NOTE, pk__text_handler_note(&f->handler, lang));
        pk__msgf(&b, lang, PK__MSG_EX_CERTAINTY, pk__text_certainty(f->certainty, lang));
        if (f->certainty_note)
            pk__buf_printf(&b, ": %s", pk__text_certainty_note(f->rule, f->certainty_note, lang));
        pk__msgf(&b, lang, PK__MSG_EX_SOURCE, f->rule->source, pk_source_status_name(f->rule->status));
        if (f->rule->note)
            pk__msgf(&b, lang, PK__MSG_EX_NOTE, pk__text_rule_note(f->rule, lang));
        if (f->deadlines.report.rule || f->deadlines.followup.rule)
            pk__buf_puts(&b, pk__msg(PK__MSG_EX_DEADLINES, lang));
        explain_deadline(&b, "report", &f->deadlines.report, lang);
        explain_deadline(&b, "followup", &f->deadlines.followup, lang);
        explain_deadline(&b, "followup_extended", &f->deadlines.followup_extended, lang);
        for (size_t k = 0; k < f->deadlines.next_count; k++)
            explain_deadline(&b, f->deadlines.next[k].rule->slug, &f->deadlines.next[k], lang);
    }
    char *text = pk__buf_detach(&b, NULL);
    if (!text)
        return pk__fail(err, PK_ENOMEM, NULL, "out of memory");
    *out = text;
    return PK_OK;
}
