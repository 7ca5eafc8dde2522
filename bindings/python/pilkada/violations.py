"""Classification of reported Pilkada violations: facts in, findings out
(category, article, sanction, handling body, deadlines)."""

from __future__ import annotations

import datetime as _dt
import enum
import gc as _gc
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from . import capi as _c
from ._base import Record, SlugEnum, SourceStatus, opt_str, row_reader, slug_enum, to_records
from .errors import PilkadaError, error_class
from .workday import Deadline, _RULES as _DEADLINE_RULES

__all__ = [
    "Category", "Subcategory", "Discipline", "PenaltyJoin", "Certainty", "Outcome", "Supported",
    "SanctionFlag", "Citation", "Rule", "Sanction", "Handler", "Finding", "Classification",
    "rules", "rule", "classify", "classify_many", "explain", "actors", "acts", "FACT_KEYS", "to_records",
    "Verdict", "RuleTrace", "Trace", "trace",
]

# The incident facts, from the library's one fact table (pk_fact_at).
FACT_KEYS = tuple(_c.pk_fact_at(i).key for i in range(_c.pk_fact_count()))


def _slugged(name: str, values: Dict[str, int], namefn: Any, doc: str) -> Any:
    """A str-based enum (pilkada.SlugEnum): members print, compare and
    serialise as their slugs; int(member) is the C value."""
    return slug_enum(name, values, namefn, __name__, doc)


def _consts(prefix: str, skip: str = "_") -> Dict[str, int]:
    return {k[len(prefix):]: getattr(_c, k) for k in dir(_c)
            if k.startswith(prefix) and not k.endswith(skip) and isinstance(getattr(_c, k), int)}


if TYPE_CHECKING:
    class Category(SlugEnum):
        ADMINISTRATIVE = 'administrative'
        ADMINISTRATIVE_TSM = 'administrative_tsm'
        ELECTION_CRIME = 'election_crime'
        ORGANIZER_ETHICS = 'organizer_ethics'
        OTHER_LAWS = 'other_laws'
        RESULT_DISPUTE = 'result_dispute'
else:
    Category = _slugged("Category", _consts("PK_CAT_"), _c.pk_category_name,
                        "Bawaslu's categories of violation, and the result dispute route (pk_category).")


if TYPE_CHECKING:
    class Subcategory(SlugEnum):
        NONE = ''
        ASN_DISCIPLINE = 'asn_discipline'
        ASN_DISMISSAL = 'asn_dismissal'
        ASN_ETHICS = 'asn_ethics'
        POLRI = 'polri'
        TNI = 'tni'
        VILLAGE = 'village'
else:
    Subcategory = _slugged("Subcategory", _consts("PK_SUB_"), _c.pk_subcategory_name,
                           "Refinement of OTHER_LAWS (pk_subcategory).")


if TYPE_CHECKING:
    class Discipline(SlugEnum):
        NONE = ''
        RINGAN = 'ringan'
        SEDANG = 'sedang'
        BERAT = 'berat'
else:
    Discipline = _slugged("Discipline", _consts("PK_DISCIPLINE_"), _c.pk_discipline_name,
                          "ASN discipline levels (pk_discipline).")


if TYPE_CHECKING:
    class Outcome(SlugEnum):
        FINDINGS = 'findings'
        NO_RULE = 'no_rule'
        INCOMPLETE = 'incomplete'
        CONFLICT = 'conflict'
        NOT_PROVEN = 'not_proven'
else:
    Outcome = _slugged("Outcome", _consts("PK_OUTCOME_"), _c.pk_outcome_name,
                       "Overall outcome of a classification (pk_outcome).")


class Certainty(SlugEnum):
    """How sure a finding is (pk_certainty)."""
    _slug_of = staticmethod(_c.pk_certainty_name)
    CERTAIN = _c.PK_CERTAIN
    CONTESTED = _c.PK_CONTESTED
    LAW_SILENT = _c.PK_LAW_SILENT
    UNVERIFIED = _c.PK_UNVERIFIED


if TYPE_CHECKING:
    class PenaltyJoin(SlugEnum):
        NONE = 'none'
        AND = 'and'
        AND_OR = 'and_or'
else:
    PenaltyJoin = _slugged("PenaltyJoin", _consts("PK_JOIN_"),
                           _c.pk_penalty_join_name,
                           "How prison and fine combine (pk_penalty_join).")


if TYPE_CHECKING:
    class Supported(SlugEnum):
        UNKNOWN = ''
        PROSPECTIVE = 'prospective'
        DETERMINED = 'determined'
else:
    Supported = _slugged("Supported", _consts("PK_SUPPORTED_"),
                         _c.pk_supported_name,
                         "Whom the act supported (pk_supported).")


if TYPE_CHECKING:
    class Verdict(SlugEnum):
        MATCH = "match"
        ACTOR = "actor"
        ACT = "act"
        DATE = "date"
        WINDOW = "window"
        NO_SCHEDULE = "no_schedule"
        CONDITION = "condition"
        PENDING = "pending"
else:
    Verdict = _slugged("Verdict", _consts("PK_VERDICT_"), _c.pk_verdict_name,
                       "Why a rule matched or not (pk_verdict), in a :class:`RuleTrace`.")


class SanctionFlag(enum.IntFlag):
    """Sanction flags (PK_SANCTION_*)."""
    MORAL = _c.PK_SANCTION_MORAL
    DISMISSAL = _c.PK_SANCTION_DISMISSAL
    CANCELLATION = _c.PK_SANCTION_CANCELLATION
    WARNING = _c.PK_SANCTION_WARNING
    SUSPENSION = _c.PK_SANCTION_SUSPENSION
    UNSPECIFIED = _c.PK_SANCTION_UNSPECIFIED
    CORRECTION = _c.PK_SANCTION_CORRECTION


def actors() -> List[str]:
    """Slugs of every actor ("pns", "kepala_desa", ...)."""
    return [_c.pk_actor_name(i) for i in range(1, _c.pk_actor_count())]


def acts() -> List[str]:
    """Slugs of every act ("socmed_like", "give_money", ...)."""
    return [_c.pk_act_name(i) for i in range(1, _c.pk_act_count())]


class Citation(Record):
    """A structured legal citation; ``text`` is the readable form."""
    law: str
    pasal: str
    ayat: str
    huruf: str
    angka: str
    text: str
    __slots__ = ("law", "pasal", "ayat", "huruf", "angka", "text")
    _fields = __slots__
    _repr_fields = ("text",)


class Sanction(Record):
    """A sanction: prison months, fine in rupiah, discipline level, flags."""
    prison_months: Optional[Tuple[int, int]]
    fine_rupiah: Optional[Tuple[int, int]]
    join: PenaltyJoin
    discipline: Discipline
    flags: SanctionFlag
    text: Optional[str]
    __slots__ = ("prison_months", "fine_rupiah", "join", "discipline", "flags", "text")
    _fields = __slots__
    _repr_fields = ("prison_months", "fine_rupiah", "join", "discipline")


def _sanction(t: Any) -> Sanction:
    pmin, pmax, fmin, fmax, join, disc, flags, text = t
    return Sanction(prison_months=(pmin, pmax) if pmax else None, fine_rupiah=(fmin, fmax) if fmax else None,
                    join=PenaltyJoin(join), discipline=Discipline(disc), flags=SanctionFlag(flags),
                    text=opt_str(text))


class Rule(Record):
    """A rule of law the classifier applies (data/rules/)."""
    id: str
    text_id: Optional[str]
    summary_en: Optional[str]
    category: Category
    subcategory: Subcategory
    citations: List[Citation]
    sanction: Sanction
    valid_from: Optional[_dt.date]
    valid_until: Optional[_dt.date]
    status: SourceStatus
    certainty: Certainty
    certainty_note: Optional[str]
    source: Optional[str]
    limb: int
    __slots__ = ("id", "text_id", "summary_en", "category", "subcategory", "citations", "sanction",
                 "valid_from", "valid_until", "status", "certainty", "certainty_note", "source", "limb")
    _fields = __slots__
    _repr_fields = ("id", "category", "citations")


def _make_rule(p: Any) -> Rule:
    s = p.sanction
    return Rule(id=p.id, text_id=opt_str(p.text_id), summary_en=opt_str(p.summary_en),
                category=Category(p.category), subcategory=Subcategory(p.subcategory),
                citations=[Citation(law=c.law, pasal=c.pasal, ayat=c.ayat, huruf=c.huruf, angka=c.angka,
                                    text=c.text) for c in _rule_citations(p)],
                sanction=_sanction((s.prison_min_months, s.prison_max_months, s.fine_min_rupiah,
                                    s.fine_max_rupiah, s.join, s.discipline, s.flags, s.text)),
                valid_from=p.valid_from, valid_until=p.valid_until, status=SourceStatus(p.status),
                certainty=Certainty(p.certainty), certainty_note=opt_str(p.certainty_note),
                source=opt_str(p.source), limb=p.limb)


def _rule_citations(p: Any) -> List[Any]:
    return [_c.pk_py_rule_citation(p, i) for i in range(p.citation_count)]


_RULES: Dict[str, Rule] = {}
_RULE_LIST: List[Rule] = []


def _load_rules() -> List[Rule]:
    if not _RULE_LIST:
        for i in range(_c.pk_rule_count()):
            r = _make_rule(_c.pk_rule_at(i))
            _RULE_LIST.append(r)
            _RULES.setdefault(r.id, r)
    return _RULE_LIST


def rules() -> List[Rule]:
    """Every rule of the built-in rule table (an id may have several rows,
    e.g. one per period of validity)."""
    return list(_load_rules())


def rule(id: str) -> Rule:
    """A rule by id. Raises NotFound."""
    rules()
    r = _RULES.get(id)
    if r is None:
        _c.pk_rule_find(id)
        raise error_class(-2)("no rule %r" % id, field="id")
    return r


class Handler(Record):
    """The body that handles a finding on the relevant date."""
    name: Optional[str]
    role: Optional[str]
    basis: Optional[str]
    valid_from: Optional[_dt.date]
    valid_until: Optional[_dt.date]
    status: SourceStatus
    note: Optional[str]
    __slots__ = ("name", "role", "basis", "valid_from", "valid_until", "status", "note")
    _fields = __slots__
    _repr_fields = ("name",)


class Finding(Record):
    """One finding: the rule, its category, the sanction as it applies on the
    incident date, the handling body (with the region filled in) and the
    deadlines of the procedure."""
    rule: Rule
    category: Category
    subcategory: Subcategory
    sanction: Sanction
    handler_name: str
    handler: Handler
    deadlines: List[Deadline]
    certainty: Certainty
    certainty_note: Optional[str]
    __slots__ = ("rule", "category", "subcategory", "sanction", "handler_name", "handler", "deadlines",
                 "certainty", "certainty_note")
    _fields = __slots__
    _repr_fields = ("rule", "category", "handler_name", "certainty")

    @property
    def citations(self) -> List[Citation]:
        return list(self.rule.citations)

    def to_dict(self) -> Dict[str, Any]:
        d = super().to_dict()
        d["rule"] = self.rule.id
        d["citations"] = [c.text for c in self.rule.citations]
        return d


_EMPTY: Dict[str, Any] = {}


def _iso(d: Optional[_dt.date]) -> Optional[str]:
    return None if d is None else d.isoformat()


def _deadline_json(d: Optional[Deadline]) -> Optional[Dict[str, Any]]:
    if d is None:
        return None
    return {"deadline": d.rule.slug, "trigger": _iso(d.trigger), "due": _iso(d.due), "estimated": bool(d.estimated)}


_FLAG_BITS = [(1 << k, _c.pk_sanction_flag_name(1 << k)) for k in range(32) if _c.pk_sanction_flag_name(1 << k)]


def _finding_json(f: "Finding") -> Dict[str, Any]:
    """A finding in the shared JSON schema (docs/json.md), as the CLI writes it."""
    s = f.sanction
    h = f.handler
    return {
        "rule": f.rule.id, "category": f.category.slug, "subcategory": f.subcategory.slug or None,
        "citations": [c.text for c in f.rule.citations],
        "sanction": {"prison_months": list(s.prison_months) if s.prison_months else None,
                     "fine_rupiah": list(s.fine_rupiah) if s.fine_rupiah else None,
                     "join": s.join.slug, "discipline": s.discipline.slug or None,
                     "flags": [name for bit, name in _FLAG_BITS if int(s.flags) & bit], "text": s.text},
        "handler": {"name": f.handler_name, "body": h.name, "status": h.status.slug, "note": h.note},
        "certainty": f.certainty.slug, "certainty_note": f.certainty_note,
        "deadlines": [_deadline_json(d) for d in f.deadlines],
    }


class Classification(Record):
    """The outcome of a classification and its findings. ``region`` is the
    canonical code of the incident's region (None if none was given);
    ``extra`` holds the input's keys that are not facts (a report ``id``,
    other CSV columns), unchanged, so they travel beside the result."""
    outcome: Outcome
    findings: List[Finding]
    late_report: bool
    missing_field: Optional[str]
    report_deadline: Optional[Deadline]
    supported: Supported
    schedule_id: Optional[str]
    region: Optional[str]
    extra: Optional[Dict[str, Any]]
    __slots__ = ("outcome", "findings", "late_report", "missing_field", "report_deadline", "supported",
                 "schedule_id", "region", "extra")
    _fields = __slots__
    _repr_fields = ("outcome", "findings", "late_report", "missing_field")
    _flat = True

    def to_dict(self, flat: bool = False) -> Dict[str, Any]:
        """The classification as JSON-friendly values. ``flat=False``: the
        nested form (findings as a list of dicts). ``flat=True``: one flat
        row for a table: the extra keys first (``id``), then outcome,
        the first finding's category, subcategory, rule, citations and
        handler, the number of findings, all rules and categories joined
        with ``;``, the report deadline; every value a str, number, bool or
        None (what :func:`to_records` and ``pandas.DataFrame`` use)."""
        if not flat:
            # the shared schema (docs/json.md, docs/classification.schema.json), the CLI's --json
            d = dict(self.extra or _EMPTY)
            d.update({
                "outcome": self.outcome.slug, "missing_field": self.missing_field,
                "late_report": bool(self.late_report), "report_deadline": _deadline_json(self.report_deadline),
                "supported": self.supported.slug if self.supported.code else None,
                "schedule_id": self.schedule_id, "region": self.region,
                "findings": [_finding_json(f) for f in self.findings],
            })
            return d
        fs = self.findings
        f0 = fs[0] if fs else None
        row: Dict[str, Any] = dict(self.extra or _EMPTY)
        rd = self.report_deadline
        row.update({
            "outcome": self.outcome.slug,
            "category": f0.category.slug if f0 else None,
            "subcategory": (f0.subcategory.slug if f0.subcategory.code else None) if f0 else None,
            "rule": f0.rule.id if f0 else None,
            "citation": f0.rule.citations[0].text if f0 and f0.rule.citations else None,
            "handler": f0.handler_name if f0 else None,
            "certainty": f0.certainty.slug if f0 else None,
            "findings": len(fs),
            "rules": ";".join(f.rule.id for f in fs),
            "categories": ";".join(f.category.slug for f in fs),
            "missing_field": self.missing_field,
            "late_report": self.late_report,
            "report_due": rd.due.isoformat() if rd is not None else None,
            "supported": self.supported.slug if self.supported.code else None,
            "schedule_id": self.schedule_id,
            "region": self.region,
        })
        return row

    def keys(self) -> List[str]:
        """The flat row's column names: with ``values`` this makes
        ``pandas.DataFrame(results)`` and ``dict(c)`` give named columns."""
        return list(self.to_dict(flat=True))

    def __getitem__(self, key: str) -> Any:
        return self.to_dict(flat=True)[key]

    def __contains__(self, key: object) -> bool:
        return key in self.to_dict(flat=True)

    def __iter__(self) -> Any:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    @property
    def rule_ids(self) -> List[str]:
        return [f.rule.id for f in self.findings]


# Result building. The C helpers return rows read through field tables
# (violation.i, record.i) whose column names come from pk_py_row_names();
# row_reader compiles one reader per record from them. Records that do not
# depend on the incident (Rule, Sanction, Handler) are built once and
# cached, enum members come from prebuilt tables.
_CATEGORIES = {int(m): m for m in Category}
_SUBCATEGORIES = {int(m): m for m in Subcategory}
_CERTAINTIES = {int(m): m for m in Certainty}
_OUTCOMES = {int(m): m for m in Outcome}
_SUPPORTED = {int(m): m for m in Supported}
_JOINS = {int(m): m for m in PenaltyJoin}
_DISCIPLINES = {int(m): m for m in Discipline}
_ESTIMATED = _c.PK_RESULT_ESTIMATED
_SANCTIONS: Dict[Any, Sanction] = {}
# Handler records by the key the C helpers make of a handler's fields; the C
# side looks them up itself and returns the record (see violation.i).
_HANDLERS: Dict[bytes, Handler] = {}


def _ymd(n: int) -> Optional[_dt.date]:
    return _dt.date(n // 10000, n // 100 % 100, n % 100) if n else None


def _sanction_of(t: Any) -> Sanction:
    """The sanction of a finding: an int is the position of the rule whose
    own sanction applies, else the C helper's sanction tuple."""
    if type(t) is int:
        return _rule_at(t).sanction
    s = _SANCTIONS.get(t)
    if s is None:
        pmin, pmax, fmin, fmax, join, disc, flags, text = t
        s = _SANCTIONS[t] = Sanction._make(  # type: ignore[attr-defined]
            (pmin, pmax) if pmax else None, (fmin, fmax) if fmax else None, _JOINS[join],
            _DISCIPLINES[disc], SanctionFlag(flags), opt_str(text))
    return s


def _handler_of(t: Any) -> Handler:
    if type(t) is Handler:
        return t
    key, h = t
    r = Handler._make(  # type: ignore[attr-defined]
        opt_str(h[0]), opt_str(h[1]), opt_str(h[2]), _ymd(h[3]), _ymd(h[4]), SourceStatus(h[5]), opt_str(h[6]))
    if key is not None:
        _HANDLERS[key] = r
    return r  # type: ignore[no-any-return]


_deadline = row_reader(Deadline, _c.pk_py_row_names("deadline"), {
    "rule": _DEADLINE_RULES, "estimated": lambda flags: bool(flags & _ESTIMATED)})
_finding = row_reader(Finding, _c.pk_py_row_names("finding"), {
    "rule": lambda i: (_RULE_LIST or _load_rules())[i], "category": _CATEGORIES, "subcategory": _SUBCATEGORIES,
    "certainty": _CERTAINTIES, "certainty_note": lambda note: note or None, "sanction": _sanction_of,
    "handler": _handler_of, "deadlines": lambda rows: [_deadline(r) for r in rows]})
_classification = row_reader(Classification, _c.pk_py_row_names("classification"), {
    "outcome": _OUTCOMES, "supported": _SUPPORTED,
    "report_deadline": lambda row: None if row is None else _deadline(row),
    "findings": lambda rows: [_finding(r) for r in rows]})


_REGION_CODES: Dict[Any, Optional[str]] = {}


def _region_of(facts: Any) -> Optional[str]:
    """The canonical code of the facts' region (the classifier has already
    accepted it), or None."""
    v = facts.get("region") if hasattr(facts, "get") else None
    if v is None or v == "":
        return None
    code = getattr(v, "code", None)
    if isinstance(code, str):
        return code
    try:
        return _REGION_CODES[v]
    except (KeyError, TypeError):
        pass
    inc = _c.pk_py_incident_region(str(v))
    if len(_REGION_CODES) < 100000:
        _REGION_CODES[v] = inc
    return inc  # type: ignore[no-any-return]


_FACT_SET = frozenset(FACT_KEYS)
# Unknown keys seen so far: None when the key is carried through, else the
# fact it is probably a typo of ("ocurred" -> "occurred").
_KEY_VERDICT: Dict[str, Optional[str]] = {}


def _typo_of(key: str) -> Optional[str]:
    """The fact a misspelt key means (pk_fact_near: the CLI's rule), or None."""
    v = _KEY_VERDICT.get(key, "")
    if v == "":
        near = _c.pk_fact_near(key)
        v = _KEY_VERDICT[key] = near.key if near is not None else None
        if len(_KEY_VERDICT) > 10000:
            _KEY_VERDICT.clear()
    return v


def _extras(facts: Mapping[str, Any]) -> Optional[Dict[str, Any]]:
    """The keys of ``facts`` that are not facts, in input order (None when
    all are); InvalidArgument for a key that looks like a misspelt fact."""
    keys = facts.keys()
    if _FACT_SET.issuperset(keys):
        return None
    extra = {}
    for k in keys:
        if k not in _FACT_SET:
            if not isinstance(k, str):
                raise TypeError("fact names must be str")
            near = _typo_of(k)
            if near is not None:
                raise error_class(-1)("unknown fact %r; did you mean %r?" % (k, near), field=k)
            extra[k] = facts[k]
    return extra


FactValue = Union[str, int, bool, _dt.date, None]


def _facts(facts: Optional[Mapping[str, Any]], kw: Dict[str, Any]) -> Any:
    """The facts as one mapping for the C helpers, which convert the values
    (enum members included) and validate them: no copy unless both a
    mapping and keywords are given."""
    if not kw:
        return facts if facts is not None else kw
    if not facts:
        return kw
    d = dict(facts)
    d.update(kw)
    return d


def classify(facts: Optional[Mapping[str, FactValue]] = None, /, **kw: FactValue) -> Classification:
    """Classify a reported incident: facts in, findings out.

    Facts are given as a dict and/or keywords; the keys are those of the C
    ``pk_incident_set`` (see ``FACT_KEYS``).

    Args:
        facts: optional mapping of fact keys to values (positional only).
        actor: who acted, a slug from :func:`actors` (e.g. ``"pns"``,
            ``"kepala_desa"``, ``"candidate"``).
        act: what was done, a slug from :func:`acts` (e.g. ``"socmed_like"``,
            ``"give_money"``, ``"decision_favouring"``).
        involved_actor: for ``act="involve_officials"``, whom the candidate
            involved (an actor slug).
        occurred, discovered, reported: dates as ``datetime.date`` or ISO
            ``"YYYY-MM-DD"`` text; ``discovered``/``reported`` decide whether
            the report was late (7 days, UU 1/2015 Pasal 134).
        region: Kemendagri code of the region (``"35.13"``); names the
            handling body (e.g. "Sentra Gakkumdu Kabupaten Probolinggo").
        cycle: Pilkada cycle year, e.g. 2024 (absent: the built-in schedule
            containing ``occurred``).
        supported: ``"prospective"`` or ``"determined"`` candidate.
        minister_approval, tsm, candidate_involved, incumbent_candidate,
            on_leave, official_capacity: three-valued facts, ``True``/``False`` or
            ``"yes"``/``"no"`` (absent, None or ``""``: unknown).
        evidence: the state of the evidence as the handling body found it,
            ``"proven"``, ``"alleged"`` or ``"insufficient"`` (absent:
            the facts are taken as stated); ``"insufficient"`` makes the
            outcome ``NOT_PROVEN`` (no sanction follows).

    Example::

        c = pilkada.classify(actor="pns", act="decision_favouring",
                             occurred=date(2024, 10, 1), region="35.13")
        [(f.rule.id, f.category.slug) for f in c.findings]

    Returns:
        A :class:`Classification`: ``outcome`` is ``Outcome.FINDINGS``,
        ``NO_RULE``, ``INCOMPLETE`` (``missing_field`` names the fact needed)
        ``CONFLICT`` or ``NOT_PROVEN``; ``findings`` lists each :class:`Finding` with its
        rule, category, citations, sanction, handler and deadlines;
        ``late_report`` and ``report_deadline`` tell about the 7-day limit.

    Raises:
        InvalidArgument: an unknown fact key (``field`` names it).
        NotFound: an unknown actor, act, region code or cycle.
        ParseError: a malformed value, e.g. a date or a year outside
            1900..2199 (``field`` names the fact).
    """
    f = _facts(facts, kw)
    extra = _extras(f)
    return _classification(_c.pk_py_classify(f, _HANDLERS), extra=extra, region=_region_of(f))  # type: ignore[no-any-return]


def classify_many(incidents: Iterable[Mapping[str, FactValue]], *,
                  errors: str = "return") -> List[Union[Classification, PilkadaError]]:
    """Classify many incidents in one call.

    The GIL is released while the C library classifies, so other threads
    run meanwhile. Much faster than calling :func:`classify` in a loop.

    Args:
        incidents: iterable of fact mappings, each as for :func:`classify`
            (e.g. the rows of ``csv.DictReader``: empty strings and None
            mean an absent fact, so CSV rows can be passed as read).
        errors: ``"return"`` (default) puts the exception of a bad incident
            in its place in the result; ``"raise"`` raises the first one.

    Returns:
        A list with, for each incident in order, its :class:`Classification`
        or the :class:`PilkadaError` (``NotFound``, ``ParseError``,
        ``InvalidArgument``, ...) its facts raised.

    Raises:
        PilkadaError: the first bad incident's error, with ``errors="raise"``.
    """
    items = incidents if isinstance(incidents, (list, tuple)) else list(incidents)
    if errors not in ("return", "raise"):
        raise ValueError("errors must be 'return' or 'raise', not %r" % (errors,))
    # keys that are not facts travel beside the result; a misspelt fact is an error of its row
    extras: List[Any] = []
    bad: Dict[int, PilkadaError] = {}
    for i, facts in enumerate(items):
        try:
            extras.append(_extras(facts) if hasattr(facts, "keys") else None)
        except PilkadaError as e:
            if errors == "raise":
                raise
            extras.append(None)
            bad[i] = e
    # The results are acyclic (records, lists, tuples, dates): pause the
    # cyclic garbage collector while they are made, or its passes over the
    # growing result would cost more than building it.
    gc_was_on = _gc.isenabled()
    _gc.disable()
    try:
        raw = _c.pk_py_classify_many(items, _HANDLERS)
        # the common case first: one list comprehension over the results
        if not bad:
            try:
                return [_classification(t, extra=x, region=_region_of(f)) for t, x, f in zip(raw, extras, items)]
            except (IndexError, KeyError):  # an error tuple (status_name, field, message) among them
                pass
    finally:
        if gc_was_on:
            _gc.enable()
    out: List[Union[Classification, PilkadaError]] = []
    for i, (t, x) in enumerate(zip(raw, extras)):
        if i in bad or len(t) == 3:
            if i in bad:
                exc = bad[i]
            else:
                name, field, message = t
                exc = error_class(_STATUS_BY_NAME.get(name, 0))(message, field=field)
                if errors == "raise":
                    raise exc
            # the row's other keys (its id) travel with its error too
            facts = items[i]
            exc.extra = ({k: facts[k] for k in facts.keys() if k not in _FACT_SET}  # type: ignore[attr-defined]
                         if hasattr(facts, "keys") else {})
            out.append(exc)
        else:
            out.append(_classification(t, extra=x, region=_region_of(items[i])))
    return out


_STATUS_BY_NAME = {_c.pk_status_name(s): s for s in range(-1, -12, -1)}


def explain(facts: Optional[Mapping[str, FactValue]] = None, /, *, lang: str = "en", **kw: FactValue) -> str:
    """A readable explanation of a classification.

    Args:
        facts, **kw: the incident's facts, exactly as for :func:`classify`.
        lang: "en" or "id" (also "id_ID.UTF-8" and the like): the language of
            the words; the text is the library's pk_explain_lang(), the one
            rendering the CLI's ``classify --explain`` prints.

    Returns:
        Multi-line text: every candidate rule considered and why it matched
        or not, then the findings with articles, sanctions, handlers and
        deadlines.

    Raises:
        InvalidArgument, NotFound, ParseError: bad facts, as for
        :func:`classify`; InvalidArgument for another language.
    """
    return _c.pk_py_explain(_facts(facts, kw), lang)  # type: ignore[no-any-return]


def _rule_at(i: int) -> Rule:
    return (_RULE_LIST or _load_rules())[i]


class RuleTrace(Record):
    """One rule (limb) considered for an incident: whether it matched
    (``verdict`` is ``Verdict.MATCH``) and if not why, with the fact
    (``"supported"``, ``"tsm"``, ...) or the window (``"campaign"``, ...)
    the verdict turns on."""
    rule: Rule
    verdict: Verdict
    fact: Optional[str]
    window: Optional[str]
    __slots__ = ("rule", "verdict", "fact", "window")
    _fields = __slots__
    _repr_fields = ("rule", "verdict", "fact")

    def __repr__(self) -> str:
        return "RuleTrace(rule=%r, verdict=Verdict.%s, fact=%r)" % (self.rule.id, self.verdict.name, self.fact)

    def to_dict(self) -> Dict[str, Any]:
        """As the CLI's ``--json --explain`` writes it (docs/json.md)."""
        return {"rule": self.rule.id, "limb": self.rule.limb, "verdict": self.verdict.slug, "fact": self.fact,
                "window": self.window}


class Trace(Record):
    """The explanation of a classification as data (``pk_classify_trace``):
    every rule considered, in rule-table order. ``covered`` counts the rules
    whose actor and act cover the incident; ``missing_field`` names a
    missing required fact (``"actor"``, ``"act"``, ``"occurred"``; then no
    rule is considered)."""
    rule_total: int
    covered: int
    missing_field: Optional[str]
    rules: List[RuleTrace]
    __slots__ = ("rule_total", "covered", "missing_field", "rules")
    _fields = __slots__
    _repr_fields = ("rule_total", "covered", "missing_field")
    _convert = {"rules": lambda rows: [_RULE_TRACES.get(r) or _rule_trace(r) for r in rows]}

    @property
    def matched(self) -> List[RuleTrace]:
        """The rules that matched."""
        return [r for r in self.rules if r.verdict is Verdict.MATCH]

    @property
    def considered(self) -> List[RuleTrace]:
        """The rules whose actor and act cover the incident."""
        return [r for r in self.rules if r.verdict is not Verdict.ACTOR and r.verdict is not Verdict.ACT]

    def to_dict(self) -> Dict[str, Any]:
        """The ``"trace"`` object of the CLI's ``--json --explain`` (docs/json.md)."""
        return {"rule_total": self.rule_total, "covered": self.covered, "missing_field": self.missing_field,
                "rules": [r.to_dict() for r in self.rules]}


_read_rule_trace = row_reader(RuleTrace, _c.pk_py_row_names("rule_trace"), {"rule": _rule_at, "verdict": Verdict})
# RuleTrace records by their row: every value in a row is static (a rule,
# a verdict, a fact key, a window name), so the records repeat across calls.
_RULE_TRACES: Dict[Any, RuleTrace] = {}


def _rule_trace(row: Any) -> RuleTrace:
    r = _RULE_TRACES[row] = _read_rule_trace(row)
    if len(_RULE_TRACES) > 100000:  # a bound, never reached by the built-in rules
        _RULE_TRACES.clear()
    return r  # type: ignore[no-any-return]


def trace(facts: Optional[Mapping[str, FactValue]] = None, /, **kw: FactValue) -> Trace:
    """The explanation of a classification as data: for every rule, whether
    it matched and if not why (:class:`Verdict`), with the fact or window
    the verdict turns on; what :func:`explain` puts in words.

    Example::

        t = pilkada.trace(actor="pns", act="socmed_like", occurred=date(2024, 10, 1))
        [(r.rule.id, r.verdict.slug, r.fact) for r in t.considered]

    Args:
        facts, **kw: the incident's facts, exactly as for :func:`classify`.

    Raises:
        InvalidArgument, NotFound, ParseError: bad facts, as for
        :func:`classify`.
    """
    f = _facts(facts, kw)
    _extras(f)
    return Trace._from_fields(_c.pk_py_classify_trace(f))  # type: ignore[no-any-return]


for _cls in (Category, Subcategory, Discipline, Outcome, Certainty, PenaltyJoin, Supported):
    _cls.__module__ = __name__
del _cls
