"""The text engine: an Indonesian report, news text or message in, draft
incidents with evidence out (C: ``pilkada/extract.h``).

Spans (``start``/``end``) are character offsets into the ``str`` given, so
``text[m.start:m.end]`` is the words a mention or a piece of evidence rests on.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from . import capi as _c
from ._base import Record, opt_str, to_date
from .regions import Region, _region_at
from .violations import Classification, FactValue, classify
from .errors import PilkadaError

__all__ = ["Evidence", "Draft", "TextMention", "Extraction", "TextClassification", "extract",
           "classify_text", "MENTION_FLAGS"]

MENTION_FLAGS = ("negated", "ambiguous", "home", "office", "link", "statement", "irrealis", "dateline",
                 "qualifier")


def _names(fn: Callable[[int], Optional[str]]) -> Dict[int, str]:
    """C value -> name of a small enum, from its C name function ("?" or None
    for a value that is not one)."""
    return {i: n for i, n in ((i, fn(i)) for i in range(64)) if n and n != "?"}


# Names of the C values in the dicts of pk_py_extract() (bindings/python/extract.i).
_HOWS = _names(_c.pk_extract_how_name)
_HOW_NONE, _HOW_DEFAULTED = _c.PK_EXTRACT_HOW_NONE, _c.PK_EXTRACT_HOW_DEFAULTED
_STATUSES = _names(_c.pk_extract_status_name)
_KINDS = _names(_c.pk_extract_mention_kind_name)
_DATE_KINDS = _names(_c.pk_date_kind_name)
_FIELD_NAMES = tuple(_names(_c.pk_extract_field_name).values())  # by pk_extract_field
_SUPPORTED = {1: "prospective", 2: "determined"}


class Evidence(Record):
    """How one fact of a draft was found: ``how`` is "stated" (in the act's
    sentence), "inferred" (from the context) or "defaulted" (from the
    options); ``text`` is the words it rests on (None when defaulted)."""
    field: str
    how: str
    confidence: float
    start: Optional[int]
    end: Optional[int]
    text: Optional[str]
    mention: Optional[int]
    __slots__ = ("field", "how", "confidence", "start", "end", "text", "mention")
    _fields = __slots__
    _convert = {"how": _HOWS.__getitem__}


class Draft(Record):
    """One draft incident. ``actor``/``act`` are incident-vocabulary slugs
    (None when the engine's own label has no equivalent); ``actor_label``/
    ``act_label`` are the engine's labels ("camat", "declare_support")."""
    actor: Optional[str]
    actor_label: Optional[str]
    act: Optional[str]
    act_label: str
    occurred: Optional[_dt.date]
    occurred_range: Optional[Tuple[_dt.date, _dt.date]]
    region: Optional[str]
    district: Optional[str]
    village: Optional[str]
    cycle: Optional[int]
    supported: Optional[str]
    incumbent_candidate: Optional[bool]
    negated: bool
    status: str
    confidence: float
    start: int
    end: int
    text: str
    missing: List[str]
    evidence: Dict[str, Evidence]
    __slots__ = ("actor", "actor_label", "act", "act_label", "occurred", "occurred_range", "region",
                 "district", "village", "cycle", "supported", "incumbent_candidate", "negated", "status",
                 "confidence", "start", "end", "text", "missing", "evidence")
    _fields = __slots__
    _repr_fields = ("actor_label", "act_label", "occurred", "region", "negated", "status", "confidence")
    _convert = {"actor": lambda v: _c.pk_actor_name(v) if v else None, "actor_label": opt_str,
                "act": lambda v: _c.pk_act_name(v) if v else None, "region": opt_str, "district": opt_str,
                "village": opt_str, "cycle": lambda c: c or None, "supported": _SUPPORTED.get,
                "incumbent_candidate": lambda v: True if v == 2 else None, "status": _STATUSES.__getitem__,
                "missing": lambda bits: [n for i, n in enumerate(_FIELD_NAMES) if bits & (1 << i)]}

    def facts(self) -> Dict[str, FactValue]:
        """The facts for :func:`pilkada.classify` (only those the text gave)."""
        f: Dict[str, FactValue] = {}
        if self.actor:
            f["actor"] = self.actor
        if self.act:
            f["act"] = self.act
        if self.occurred:
            f["occurred"] = self.occurred
        if self.region:
            f["region"] = self.region
        if self.cycle:
            f["cycle"] = self.cycle
        if self.supported:
            f["supported"] = self.supported
        if self.incumbent_candidate is not None:
            f["incumbent_candidate"] = self.incumbent_candidate
        return f


class TextMention(Record):
    """One thing found in the text: a region, district, village, date,
    role, candidate reference, sum of money, legal citation, act or cue."""
    kind: str
    start: int
    end: int
    text: str
    sentence: int
    label: Optional[str]
    region: Optional[Region]
    date_kind: Optional[str]
    date_from: Optional[_dt.date]
    date_to: Optional[_dt.date]
    amount: Optional[int]
    number: Optional[int]
    flags: List[str]
    name: Optional[str]
    __slots__ = ("kind", "start", "end", "text", "sentence", "label", "region", "date_kind", "date_from",
                 "date_to", "amount", "number", "flags", "name")
    _fields = __slots__
    _repr_fields = ("kind", "text", "label")
    _convert = {"region": _region_at, "number": lambda n: n or None,
                "flags": lambda bits: [f for i, f in enumerate(MENTION_FLAGS) if bits & (1 << i)],
                "name": opt_str}


class Extraction(Record):
    """Everything :func:`extract` found."""
    drafts: List[Draft]
    mentions: List[TextMention]
    sentences: int
    truncated: bool
    total_mentions: int
    __slots__ = ("drafts", "mentions", "sentences", "truncated", "total_mentions")
    _fields = __slots__
    _repr_fields = ("drafts", "sentences", "truncated")


class TextClassification(Record):
    """A draft with its classification (None when the facts could not be
    classified: ``error`` says why) and the facts still missing."""
    draft: Draft
    classification: Optional[Classification]
    missing: List[str]
    error: Optional[str]
    __slots__ = ("draft", "classification", "missing", "error")
    _fields = __slots__


def _char_offsets(text: str, raw: bytes) -> Callable[[int], int]:
    """A function from byte offsets in ``raw`` to character offsets in ``text``."""
    if len(raw) == len(text):
        return lambda off: off
    starts: List[int] = []
    b = 0
    for ch in text:
        starts.append(b)
        b += len(ch.encode("utf-8"))
    starts.append(b)
    return lambda off: bisect.bisect_left(starts, off)


def extract(text: str, *, ref_date: Union[_dt.date, str, None] = None, cycle: int = 0,
            default_region: Optional[str] = None) -> Extraction:
    """Read a report text: draft incidents with evidence, and every mention.

    Args:
        text: the text (``str``, UTF-8 encodable; at most 256 MiB).
        ref_date: publication or report date (``datetime.date`` or ISO text),
            for "Selasa (17/9)", "kemarin", "pekan lalu".
        cycle: Pilkada cycle year put in the drafts (0: from the dates).
        default_region: region code of the receiving office, used when the
            text names no place (evidence "defaulted").

    Returns:
        An :class:`Extraction` with ``drafts`` (:class:`Draft`), ``mentions``
        (:class:`TextMention`), ``sentences`` and ``truncated``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        InvalidArgument: bad reference date, cycle or default region.
        TooLong: the text is longer than the library's limit.
    """
    if not isinstance(text, str):
        raise TypeError("extract() expects a str, got %s" % type(text).__name__)
    raw = text.encode("utf-8")
    ref = to_date(ref_date) if ref_date is not None else None
    y, m, d = (ref.year, ref.month, ref.day) if ref else (0, 0, 0)
    r = _c.pk_py_extract(raw, y, m, d, int(cycle), default_region)
    ch = _char_offsets(text, raw)
    ms: List[TextMention] = []
    for mt in r["mentions"]:
        kind = mt["kind"] = _KINDS[mt["kind"]]
        cs, ce = ch(mt["start"]), ch(mt["end"])
        mt.update(start=cs, end=ce, text=text[cs:ce],
                  date_kind=_DATE_KINDS[mt["date_kind"]] if kind == "date" else None,
                  amount=mt["amount"] if kind == "money" and mt["amount"] >= 0 else None)
        ms.append(TextMention._from_fields(mt))
    ds: List[Draft] = []
    for dr in r["drafts"]:
        ev: Dict[str, Evidence] = {}
        for field, e in zip(_FIELD_NAMES, dr["evidence"]):
            how = e["how"]
            if how == _HOW_NONE:
                continue
            if how == _HOW_DEFAULTED:
                e.update(start=None, end=None, mention=None)
            else:
                cs, ce = ch(e["start"]), ch(e["end"])
                e.update(start=cs, end=ce, text=text[cs:ce])
            e["field"] = field
            ev[field] = Evidence._from_fields(e)
        cs, ce = ch(dr["start"]), ch(dr["end"])
        ofrom = dr["occurred_from"]
        dr.update(start=cs, end=ce, text=text[cs:ce], evidence=ev,
                  occurred_range=None if ofrom is None else (ofrom, dr["occurred_to"]))
        ds.append(Draft._from_fields(dr))
    return Extraction(drafts=ds, mentions=ms, sentences=r["sentences"], truncated=r["truncated"],
                      total_mentions=r["total_mentions"])


def classify_text(text: str, *, ref_date: Union[_dt.date, str, None] = None, cycle: int = 0,
                  default_region: Optional[str] = None) -> List[TextClassification]:
    """Extract the draft incidents of a text, then classify each.

    Arguments as for :func:`extract`. Returns one :class:`TextClassification`
    per draft: the draft, its :class:`~pilkada.Classification` (outcome
    "incomplete" names the first missing fact) or the error that stopped it,
    and the facts the text did not give (``missing``), so a caller can ask the
    reporter for exactly those.
    """
    out: List[TextClassification] = []
    for d in extract(text, ref_date=ref_date, cycle=cycle, default_region=default_region).drafts:
        cls: Optional[Classification] = None
        err: Optional[str] = None
        try:
            cls = classify(d.facts())
        except PilkadaError as e:
            err = str(e)
        out.append(TextClassification(draft=d, classification=cls, missing=list(d.missing), error=err))
    return out
