"""Places at all four levels: provinces, kabupaten/kota, districts (kecamatan,
distrik) and villages (desa, kelurahan, desa adat), lookup by code, names as
real reports write them, and places named in free text (linear time)."""

from __future__ import annotations

import enum
from typing import Any, List, Optional, Union

from . import capi as _c
from ._base import Record
from .regions import Region, _REGIONS

__all__ = ["PlaceLevel", "Place", "PlaceCandidate", "PlaceResolution", "PlaceMention", "place", "places_at",
           "resolve_place", "find_places", "place_count"]


class PlaceLevel(enum.IntEnum):
    """Level of a place."""
    PROVINSI = 1
    KABKOTA = 2
    KECAMATAN = 3
    DESA = 4

    @property
    def slug(self) -> str:
        return str(_c.pk_place_level_name(int(self)))


_HOW = ("name", "alias", "joined", "fuzzy")


class Place(Record):
    """A place. ``region`` is the kabupaten/kota whose election, organiser
    and supervisor apply (None for a province); ``kind`` is ``"desa"``,
    ``"kelurahan"``, ``"kecamatan"``, ``"kabupaten"`` ...; ``head`` the head's
    title and ``head_basis`` how the head is chosen, with the law."""
    id: int
    level: PlaceLevel
    kind: str
    code: str
    code_num: int
    name: str
    kind_label: str
    head: str
    head_basis: str
    parent_id: int
    district_id: int
    region: Optional[Region]
    province: Region
    __slots__ = ("id", "level", "kind", "code", "code_num", "name", "kind_label", "head", "head_basis",
                 "parent_id", "district_id", "region", "province")
    _fields = __slots__
    _repr_fields = ("code", "kind_label", "name")

    @property
    def parent(self) -> Optional["Place"]:
        """The place one level up (None for a province)."""
        return _place(self.parent_id) if self.parent_id else None

    @property
    def chain(self) -> List["Place"]:
        """The places above, nearest first (district, kabupaten/kota, province)."""
        out, p = [], self.parent
        while p is not None:
            out.append(p)
            p = p.parent
        return out

    @property
    def children(self) -> List["Place"]:
        """The places one level down, in code order."""
        return [_place(i) for i in _c.pk_py_place_children(self.id)]

    def within(self, other: "Place") -> bool:
        """True if this place lies within ``other`` (or is it)."""
        return bool(_c.pk_place_within(self.id, other.id))

    def __hash__(self) -> int:
        return hash(self.id)


def _region_at(i: Optional[int]) -> Optional[Region]:
    return None if i is None else _REGIONS[i]


Place._convert = {"level": PlaceLevel, "kind": lambda k: str(_c.pk_place_kind_name(k)), "region": _region_at,
                  "province": _region_at}


def _place(pid: int) -> Place:
    return Place._from_fields(_c.pk_py_place_get(pid))  # type: ignore[no-any-return]


def place(code: Union[str, int]) -> Place:
    """The place with a Kemendagri code at any level: ``"35"``, ``"35.13"``,
    ``"35.13.01"``, ``"35.13.01.2001"`` or the same without dots.

    Raises:
        NotFound: no such place.  ParseError: not a code.
    """
    return _place(_c.pk_place_lookup(str(code)))


def place_count(level: Union[PlaceLevel, int, None] = None) -> int:
    """Number of places at a level (all levels when None)."""
    return int(_c.pk_place_count(int(level) if level else 0))


def places_at(level: Union[PlaceLevel, int]) -> List[Place]:
    """Every place of a level, in code order."""
    lv = int(level)
    return [_place(_c.pk_place_at(lv, i)) for i in range(place_count(lv))]


class PlaceCandidate(Record):
    """One ranked candidate: the place, its score (0..1) and how it matched."""
    place: Place
    score: float
    how: str
    __slots__ = ("place", "score", "how")
    _fields = __slots__
    _repr_fields = ("place", "score")


class PlaceResolution(Record):
    """Result of :func:`resolve_place`. ``place`` is the best candidate (also
    when ``ambiguous``: the two best tie; check before trusting it)."""
    place: Optional[Place]
    ambiguous: bool
    how: str
    score: float
    total: int
    candidates: List[PlaceCandidate]
    status: str
    __slots__ = ("place", "ambiguous", "how", "score", "total", "candidates", "status")
    _fields = __slots__
    _repr_fields = ("place", "ambiguous", "total")


def _how(h: int) -> str:
    return _HOW[h]


PlaceCandidate._convert = {"place": _place, "how": _how}


def _cands(raw: Any) -> List[PlaceCandidate]:
    return [PlaceCandidate._from_fields(d) for d in raw]


PlaceResolution._convert = {"place": lambda i: _place(i) if i else None, "how": _how, "candidates": _cands}


def _level(level: Union[PlaceLevel, int, str, None]) -> int:
    if level is None:
        return 0
    if isinstance(level, str):
        return {"provinsi": 1, "kabkota": 2, "kabupaten": 2, "kota": 2, "kecamatan": 3, "distrik": 3,
                "desa": 4, "kelurahan": 4, "any": 0}[level]
    return int(level)


def resolve_place(name: str, *, level: Union[PlaceLevel, int, str, None] = None,
                  context: Union[Place, Region, str, None] = None, context_text: Optional[str] = None,
                  fuzzy: bool = True, max_candidates: int = 8) -> PlaceResolution:
    """Resolve a name as real reports write it, at all four levels.

    Words before the name set its level ("Kepala Desa", "Camat", "Pj Bupati",
    "Pilwalkot", "Kabupaten"); institutions ("Bawaslu", "KPU", "Polres") are
    skipped; other places named ("Desa X, Kecamatan Y", "X (Sumut)") and the
    context rank the candidates of a shared name.

    Args:
        name: the name or phrase.
        level: only places of this level.
        context: a place already known (a :class:`Place`, a :class:`Region` or a code).
        context_text: other text about the same matter (its places rank the candidates).
        fuzzy: correct typos.
        max_candidates: candidates to return.

    Returns:
        A :class:`PlaceResolution`; ``place`` is None when nothing matched.
    """
    if not isinstance(name, str):
        raise TypeError("resolve_place() expects a str, got %s" % type(name).__name__)
    ctx = 0
    if isinstance(context, Place):
        ctx = context.id
    elif isinstance(context, Region):
        ctx = _c.pk_place_lookup(context.code)
    elif context is not None:
        ctx = _c.pk_place_lookup(str(context))
    flags = 0 if fuzzy else _c.PK_PLACE_NO_FUZZY
    return PlaceResolution._from_fields(  # type: ignore[no-any-return]
        _c.pk_py_place_resolve(name, _level(level), ctx, context_text, flags, max(0, int(max_candidates))))


class PlaceMention(Record):
    """A place named in a text. ``start``/``end`` index the str given
    (characters; level words such as "Kepala Desa" included); ``region`` is
    the kabupaten/kota of ``place`` (its province for a province)."""
    start: int
    end: int
    text: str
    place: Place
    region: Region
    ambiguous: bool
    how: str
    total: int
    candidates: List[PlaceCandidate]
    __slots__ = ("start", "end", "text", "place", "region", "ambiguous", "how", "total", "candidates")
    _fields = __slots__
    _repr_fields = ("text", "place", "ambiguous")
    _convert = {"how": _how, "candidates": _cands}


def find_places(text: str, *, level: Union[PlaceLevel, int, str, None] = None,
                context: Union[Place, Region, str, None] = None, case_sensitive: bool = False,
                weak: bool = False) -> List[PlaceMention]:
    """Every place named in a text, at all four levels (time linear in the text).

    Villages and districts are reported when a level word precedes them or
    their kabupaten/kota or district is named elsewhere (``weak=True``: all).

    Raises:
        TypeError: ``text`` is not a ``str``.  TooLong: above 64 MiB.
    """
    if not isinstance(text, str):
        raise TypeError("find_places() expects a str, got %s" % type(text).__name__)
    raw = text.encode("utf-8")
    ctx = 0
    if isinstance(context, Place):
        ctx = context.id
    elif context is not None:
        ctx = _c.pk_place_lookup(context.code if isinstance(context, Region) else str(context))
    flags = (_c.PK_PLACE_CASE_SENSITIVE if case_sensitive else 0) | (_c.PK_PLACE_WEAK if weak else 0)
    out = []
    # byte offsets -> character offsets in one pass over the mentions (in text order)
    pos_b, pos_c = 0, 0
    for m in _c.pk_py_place_find_in_text(raw, _level(level), ctx, flags):
        start, end = m["start"], m["end"]
        cs = pos_c + len(raw[pos_b:start].decode("utf-8"))
        ce = cs + len(raw[start:end].decode("utf-8"))
        pos_b, pos_c = end, ce
        p = _place(m["place"])
        m.update(start=cs, end=ce, text=text[cs:ce], place=p, region=p.region or p.province)
        out.append(PlaceMention._from_fields(m))
    return out
