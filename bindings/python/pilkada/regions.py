"""The region registry: provinces and kabupaten/kota with Kemendagri codes,
lookup by code and by (messy) name, names in free text, cycles and counts."""

from __future__ import annotations

import datetime as _dt
import enum
from typing import TYPE_CHECKING, Any, Iterable, List, Optional, Union

from . import capi as _c
from ._base import Record, SlugEnum, SourceStatus, check_int, check_str, opt_str, slug_enum
from .errors import Ambiguous, InvalidArgument, NotFound

__all__ = [
    "RegionKind", "MatchHow", "Region", "Candidate", "Resolution", "Mention", "Cycle", "Election",
    "Regime", "RegionCounts", "CodeMatch", "region", "lookup_code", "find_region", "resolve", "resolve_many",
    "find_in_text", "regions", "provinces", "children", "region_count", "count_regions",
    "cycles", "cycle", "regimes",
]

ANY_KIND: int = _c.PK_REGION_ANY_KIND


class RegionKind(SlugEnum):
    """Kind of a region (pk_region_kind)."""
    PROVINSI = (_c.pk_region_kind_name(_c.PK_REGION_PROVINSI), _c.PK_REGION_PROVINSI)
    KABUPATEN = (_c.pk_region_kind_name(_c.PK_REGION_KABUPATEN), _c.PK_REGION_KABUPATEN)
    KOTA = (_c.pk_region_kind_name(_c.PK_REGION_KOTA), _c.PK_REGION_KOTA)
    KABUPATEN_ADMINISTRASI = (_c.pk_region_kind_name(_c.PK_REGION_KABUPATEN_ADMINISTRASI), _c.PK_REGION_KABUPATEN_ADMINISTRASI)
    KOTA_ADMINISTRASI = (_c.pk_region_kind_name(_c.PK_REGION_KOTA_ADMINISTRASI), _c.PK_REGION_KOTA_ADMINISTRASI)

    @classmethod
    def parse(cls, value: Union["RegionKind", int, str, None]) -> int:
        """A kind number from a kind, number, slug ("kota") or None (any kind)."""
        if value is None:
            return ANY_KIND
        if isinstance(value, str):
            return int(_c.pk_region_kind_parse(value))
        return check_int(value, "kind")


class MatchHow(SlugEnum):
    """How a name matched (pk_region_match_how)."""
    NAME = ('name', _c.PK_REGION_MATCH_NAME)
    ALIAS = ('alias', _c.PK_REGION_MATCH_ALIAS)
    FUZZY = ('fuzzy', _c.PK_REGION_MATCH_FUZZY)


def _kind_hint(k: int) -> Optional[RegionKind]:
    return None if k == ANY_KIND else RegionKind(k)


class Region(Record):
    """A province or kabupaten/kota. Regions are cached: the same object is
    returned for the same region, so ``is`` comparison works."""
    code: str
    code_num: int
    name: str
    full_name: str
    kind: RegionKind
    parent_code: Optional[str]
    capital: Optional[str]
    special: int
    index: int
    __slots__ = ("code", "code_num", "name", "full_name", "kind", "parent_code", "capital",
                 "special", "index")
    _fields = __slots__
    _repr_fields = ("code", "full_name")

    @property
    def parent(self) -> Optional["Region"]:
        """The province of a kabupaten/kota (None for a province)."""
        return region(self.parent_code) if self.parent_code else None

    @property
    def children(self) -> List["Region"]:
        """The kabupaten/kota of a province (empty for others)."""
        return children(self.code) if self.kind == RegionKind.PROVINSI else []

    def election(self, year: int = 2024) -> "Election":
        """What the region elects in a cycle (organiser, supervisor, title).
        Raises NotFound for an untabulated cycle, Incomplete when unknown."""
        e = _c.pk_region_election_in(_c.pk_region_at(self.index), year)
        return Election(year=e.year, elects=bool(e.elects), election=opt_str(e.election),
                        title=opt_str(e.title), organiser=opt_str(e.organiser),
                        supervisor=opt_str(e.supervisor), majority_percent=e.majority_percent,
                        special=e.special, status=SourceStatus(e.status), source=opt_str(e.source))

    def regimes(self) -> List["Regime"]:
        """The special-regime rules that apply to this region."""
        p = _c.pk_region_at(self.index)
        return [r for i, r in enumerate(regimes()) if _c.pk_region_regime_applies(_c.pk_region_regime_at(i), p)]

    def __hash__(self) -> int:
        return hash(self.code)


def _make_region(p: Any) -> Region:
    return Region(code=p.code, code_num=p.code_num, name=p.name, full_name=p.full_name,
                  kind=RegionKind(p.kind), parent_code=opt_str(p.parent_code), capital=opt_str(p.capital),
                  special=p.special, index=p.index)


_REGIONS: List[Region] = [_make_region(_c.pk_region_at(i)) for i in range(_c.pk_region_count())]


def _r(p: Any) -> Optional[Region]:
    return None if p is None else _REGIONS[p.index]


class CodeMatch(Record):
    """A region found by code, with how the code matched."""
    region: Region
    old_code: bool
    prefix: bool
    __slots__ = ("region", "old_code", "prefix")
    _fields = __slots__


def lookup_code(code: Union[str, int]) -> CodeMatch:
    """Look a code up in any common form, telling how it matched.

    Args:
        code: ``"35.13"``, ``"3513"``, ``3513``, ``"35.13.01.2001"``, old codes.

    Returns:
        A :class:`CodeMatch`: ``region``, ``old_code`` (the code was
        renumbered) and ``prefix`` (a longer district/village code was given).

    Raises:
        ParseError: not a region code.
        NotFound: no region has this code.
    """
    if isinstance(code, int):
        p, how = _c.pk_region_lookup_num(code)
    else:
        p, how = _c.pk_region_lookup(code)
    return CodeMatch(region=_REGIONS[p.index], old_code=bool(how & _c.PK_REGION_CODE_OLD),
                     prefix=bool(how & _c.PK_REGION_CODE_PREFIX))


def region(code: Union[str, int]) -> Region:
    """The region of a Kemendagri code.

    Example: ``region("35.13").full_name == "Kabupaten Probolinggo"``.

    Args:
        code: ``"35.13"``, ``"3513"``, ``3513``, a district or village code
            (``"35.13.01.2001"``: its kabupaten/kota) or an old code.

    Returns:
        The :class:`Region` (the same cached object for the same region).

    Raises:
        ParseError: ``code`` is not a region code.
        NotFound: no region has this code.
    """
    if isinstance(code, int) and not isinstance(code, bool):
        return _REGIONS[_c.pk_region_lookup_num(code)[0].index]  # type: ignore[no-any-return]
    return _REGIONS[_c.pk_region_lookup(check_str(code, "code"))[0].index]  # type: ignore[no-any-return]


def find_region(name: str, kind: Union[RegionKind, int, str, None] = None) -> Region:
    """A region by its exact official name (case, spaces and punctuation ignored).

    Args:
        name: e.g. ``"Bekasi"`` or ``"Kota Bekasi"``.
        kind: restrict to a :class:`RegionKind`, its number or slug
            (``"kota"``); None for any kind.

    Returns:
        The :class:`Region`.

    Raises:
        NotFound: no region has this name.
        Ambiguous: several regions have it (e.g. Kabupaten and Kota Bekasi).
    """
    return _REGIONS[_c.pk_region_find_name(check_str(name, "name"), RegionKind.parse(kind)).index]  # type: ignore[no-any-return]


class Candidate(Record):
    """A candidate region of a name resolution."""
    region: Region
    score: float
    distance: int
    how: MatchHow
    matched: str
    __slots__ = ("region", "score", "distance", "how", "matched")
    _fields = __slots__
    _repr_fields = ("region", "score", "how")


class Resolution(Record):
    """A resolved name: the region, how it matched and the ranked candidates."""
    name: str
    region: Region
    how: MatchHow
    score: float
    kind_hint: Optional[RegionKind]
    candidates: List[Candidate]
    __slots__ = ("name", "region", "how", "score", "kind_hint", "candidates")
    _fields = __slots__
    _repr_fields = ("name", "region", "how", "score")


def _region_at(i: Optional[int]) -> Optional[Region]:
    return None if i is None else _REGIONS[i]


Candidate._convert = {"region": _region_at, "how": MatchHow, "matched": lambda m: m or ""}


def _cands(raw: Iterable[Any]) -> List[Candidate]:
    return [Candidate._from_fields(d) for d in raw]


Resolution._convert = {"region": _region_at, "how": MatchHow, "kind_hint": _kind_hint, "candidates": _cands}


def resolve(name: str, *, kind: Union[RegionKind, int, str, None] = None, province: Optional[str] = None,
            max_distance: int = -1, accept_fuzzy: bool = False, max_candidates: int = 10,
            all_levels: bool = False, context_text: Optional[str] = None) -> Any:
    """Resolve a messy real-world region name.

    Handles prefixes and abbreviations ("Kab. Banyuasin", "Pemkab OKU
    Timur"), case ("KOTA MAKASSAR"), spacing ("Pangkal Pinang"), aliases
    and, on request, typos.

    Args:
        name: the name as written.
        kind: restrict to a :class:`RegionKind` (or ``"kota"``, ...); None: any.
        province: restrict to a province: its code (``"35"``), name
            (``"Jawa Barat"``) or :class:`Region`.
        all_levels: resolve at all four levels with :func:`pilkada.resolve_place`
            (returns a :class:`pilkada.PlaceResolution`; ``province`` becomes the
            context, ``context_text`` ranks shared names).
        max_distance: largest edit distance for suggestions (-1: library default).
        accept_fuzzy: accept a clear best typo suggestion
            (``how == MatchHow.FUZZY``) instead of raising NotFound.
        max_candidates: how many ranked candidates to keep.

    Returns:
        A :class:`Resolution` with ``region``, ``how`` it matched, ``score``,
        the ``kind_hint`` the name carried and the ranked ``candidates``.

    Raises:
        Ambiguous: several regions match (e.g. "Bekasi"); ``candidates``
            lists them.
        NotFound: no region matches; ``candidates`` holds typo suggestions.
        EncodingError, TooLong: invalid or oversized text.
    """
    if all_levels:  # districts and villages too: pilkada.resolve_place()
        from .places import resolve_place
        return resolve_place(name, context=province, context_text=context_text, max_candidates=max_candidates)
    flags = _c.PK_REGION_RESOLVE_ACCEPT_FUZZY if accept_fuzzy else 0
    d = _c.pk_py_region_resolve(
        check_str(name, "name"), RegionKind.parse(kind), _province_code(province), check_int(max_distance, "max_distance"),
        flags, check_int(max_candidates, "max_candidates"))
    st, text = d["status"], d["message"]
    if st == _c.PK_EAMBIGUOUS:
        raise Ambiguous(text or "%r matches several regions" % name, field="name", candidates=_cands(d["candidates"]))
    if st == _c.PK_ENOTFOUND:
        raise NotFound(text or "no region named %r" % name, field="name", candidates=_cands(d["candidates"]))
    d["name"] = name
    return Resolution._from_fields(d)


def resolve_many(names: Iterable[str], *, kind: Union[RegionKind, int, str, None] = None,
                 province: Optional[str] = None, max_distance: int = -1,
                 accept_fuzzy: bool = False) -> List[Optional[Region]]:
    """Resolve many names in one C call (the GIL is released).

    Args:
        names: the names (each a str: anything else raises TypeError, an
            embedded NUL ValueError).
        kind, province, max_distance: as for :func:`resolve`.
        accept_fuzzy: accept clear typo matches (default False, as for
            :func:`resolve`; it was True here before 0.2).

    Returns:
        A list with the :class:`Region` of each name, or None where the name
        is ambiguous or unknown. Never raises for an unknown name.
    """
    flags = _c.PK_REGION_RESOLVE_ACCEPT_FUZZY if accept_fuzzy else 0
    regs = _REGIONS
    return [None if i is None else regs[i] for i in
            _c.pk_py_region_resolve_many(names if isinstance(names, (list, tuple)) else list(names),
                                         RegionKind.parse(kind), _province_code(province),
                                         check_int(max_distance, "max_distance"), flags)]


def _province_code(province: Any) -> Optional[str]:
    """A province filter as its code: a code ("32"), a name ("Jawa Barat",
    "Provinsi Jawa Barat", resolved exactly) or a :class:`Region`."""
    if province is None:
        return None
    if isinstance(province, Region):
        return province.code
    text = check_str(province, "province")
    if not text.strip()[:1].isalpha():
        return text
    try:
        r = resolve(text, kind=RegionKind.PROVINSI).region
    except NotFound as e:
        raise NotFound("no province named %r" % text, field="province", candidates=e.candidates) from None
    return r.code  # type: ignore[no-any-return]


class Mention(Record):
    """A region name found in a text. ``start``/``end`` index the str given
    (characters, not bytes); ``region`` is None when ambiguous."""
    start: int
    end: int
    text: str
    region: Optional[Region]
    ambiguous: bool
    kind_hint: Optional[RegionKind]
    how: MatchHow
    candidates: List[Region]
    __slots__ = ("start", "end", "text", "region", "ambiguous", "kind_hint", "how", "candidates")
    _fields = __slots__
    _repr_fields = ("text", "region", "ambiguous")
    _convert = {"region": _region_at, "kind_hint": _kind_hint, "how": MatchHow,
                "candidates": lambda cs: [_REGIONS[i] for i in cs]}


def find_in_text(text: str, *, any_case: bool = False, all_levels: bool = False) -> List[Any]:
    """Every region name in a free text.

    Longest match first, with prefixes ("Kab.", "Kota", "Pemkab"); a bare
    ambiguous name ("Bekasi") is reported with its candidates.

    Args:
        text: the text (a ``str``).
        any_case: also match names not written with capitals.
        all_levels: also districts and villages: returns the
            :class:`pilkada.PlaceMention` list of :func:`pilkada.find_places`
            (case-insensitive; ``any_case`` is then ignored).

    Returns:
        A list of :class:`Mention` in text order: ``start``/``end`` index
        ``text`` (characters), ``region`` is None when ambiguous and then
        ``candidates`` lists the regions.

    Raises:
        TypeError: ``text`` is not a ``str``.
        TooLong: the text exceeds the library's limit.
    """
    if all_levels:  # districts and villages too: pilkada.find_places()
        from .places import find_places
        return find_places(text)
    if not isinstance(text, str):
        raise TypeError("find_in_text() expects a str, got %s" % type(text).__name__)
    raw = text.encode("utf-8")
    flags = _c.PK_REGION_TEXT_ANY_CASE if any_case else 0
    out = []
    # byte offsets to character offsets, decoding each byte once (linear)
    byte_pos = char_pos = 0
    for m in _c.pk_py_region_find_in_text(raw, flags):
        start, end = m["start"], m["end"]
        cs = char_pos + len(raw[byte_pos:start].decode("utf-8"))
        ce = cs + len(raw[start:end].decode("utf-8"))
        byte_pos, char_pos = end, ce
        m.update(start=cs, end=ce, text=text[cs:ce])
        out.append(Mention._from_fields(m))
    return out


def regions(*, province: Optional[str] = None, year: int = 0,
            kind: Union[RegionKind, int, str, None] = None) -> List[Region]:
    """Regions in code order, optionally only a province's members, those
    electing in a cycle (``year=2024``) or one kind."""
    if province is None and year == 0 and kind is None:
        return list(_REGIONS)
    return [_REGIONS[i] for i in _c.pk_py_region_list(province, check_int(year, "year"), RegionKind.parse(kind))]


def provinces() -> List[Region]:
    """All provinces."""
    return [_REGIONS[i] for i in _c.pk_py_region_list(None, 0, int(RegionKind.PROVINSI))]


def children(province: str) -> List[Region]:
    """The kabupaten/kota of a province ("35")."""
    if province is None:
        raise InvalidArgument("NULL argument", field="province")
    regs = [_REGIONS[i] for i in _c.pk_py_region_list(check_str(province, "argument 'province'"), 0, ANY_KIND)]
    return [r for r in regs if r.kind is not RegionKind.PROVINSI]


def region_count() -> int:
    """Number of regions in the registry."""
    return len(_REGIONS)


class RegionCounts(Record):
    """Regions by kind."""
    provinsi: int
    kabupaten: int
    kota: int
    kabupaten_administrasi: int
    kota_administrasi: int
    total: int
    __slots__ = ("provinsi", "kabupaten", "kota", "kabupaten_administrasi", "kota_administrasi", "total")
    _fields = __slots__


def count_regions(year: int = 0) -> RegionCounts:
    """Counts by kind in the registry (year 0) or electing in a cycle (2024: 545)."""
    c = _c.pk_region_count_by_kind(year)
    return RegionCounts(provinsi=c.provinsi, kabupaten=c.kabupaten, kota=c.kota,
                        kabupaten_administrasi=c.kabupaten_administrasi,
                        kota_administrasi=c.kota_administrasi, total=c.total)


class Cycle(Record):
    """A Pilkada cycle known to the registry."""
    year: int
    voting_day: _dt.date
    complete: bool
    provinsi: int
    kabupaten: int
    kota: int
    status: SourceStatus
    source: Optional[str]
    __slots__ = ("year", "voting_day", "complete", "provinsi", "kabupaten", "kota", "status", "source")
    _fields = __slots__
    _repr_fields = ("year", "voting_day", "complete")


def _cycle(p: Any) -> Cycle:
    return Cycle(year=p.year, voting_day=p.voting_day, complete=bool(p.complete), provinsi=p.provinsi,
                 kabupaten=p.kabupaten, kota=p.kota, status=SourceStatus(p.status), source=opt_str(p.source))


def cycles() -> List[Cycle]:
    """The cycles known to the registry, newest first."""
    return [_cycle(_c.pk_region_cycle_at(i)) for i in range(_c.pk_region_cycle_count())]


def cycle(year: int) -> Cycle:
    """The cycle of a year. Raises NotFound for an untabulated year."""
    return _cycle(_c.pk_region_cycle_find(year))


class Election(Record):
    """What a region elects in a cycle."""
    year: int
    elects: bool
    election: Optional[str]
    title: Optional[str]
    organiser: Optional[str]
    supervisor: Optional[str]
    majority_percent: int
    special: int
    status: SourceStatus
    source: Optional[str]
    __slots__ = ("year", "elects", "election", "title", "organiser", "supervisor", "majority_percent",
                 "special", "status", "source")
    _fields = __slots__
    _repr_fields = ("year", "elects", "title", "organiser", "supervisor")


class Regime(Record):
    """A special-regime rule (Aceh, DIY, Jakarta, Papua)."""
    flag: int
    regime: str
    province: str
    scope: str
    effect: str
    value: Optional[str]
    status: SourceStatus
    source: Optional[str]
    basis: Optional[str]
    basis_status: SourceStatus
    note: Optional[str]
    __slots__ = ("flag", "regime", "province", "scope", "effect", "value", "status", "source", "basis",
                 "basis_status", "note")
    _fields = __slots__
    _repr_fields = ("regime", "province", "effect", "value")


def regimes() -> List[Regime]:
    """All special-regime rules."""
    out = []
    for i in range(_c.pk_region_regime_count()):
        p = _c.pk_region_regime_at(i)
        out.append(Regime(flag=p.flag, regime=p.regime, province=p.province, scope=p.scope, effect=p.effect,
                          value=opt_str(p.value), status=SourceStatus(p.status), source=opt_str(p.source),
                          basis=opt_str(p.basis), basis_status=SourceStatus(p.basis_status),
                          note=opt_str(p.note)))
    return out


