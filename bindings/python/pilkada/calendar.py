"""Pilkada schedules: stages with dates, phases, legal windows, iCalendar."""

from __future__ import annotations

import datetime as _dt
import enum
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Union

from . import capi as _c
from .text import lang_code
from ._base import Record, SlugEnum, SourceStatus, check_path, opt_str, row_reader, slug_enum, to_date
from .errors import NotFound

__all__ = [
    "Critical", "StageRole", "PhasePosition", "WindowKind", "Stage", "Phase", "Window",
    "Milestone", "Schedule", "schedule", "schedules", "load_schedule", "schedule_for", "phase_at",
]

DateLike = Union[_dt.date, str]


class Critical(SlugEnum):
    """Bawaslu's three critical stages (pk_critical)."""
    _slug_of = staticmethod(_c.pk_critical_name)
    NONE = _c.PK_CRITICAL_NONE
    REGISTRATION = _c.PK_CRITICAL_REGISTRATION
    CAMPAIGN = _c.PK_CRITICAL_CAMPAIGN
    VOTING = _c.PK_CRITICAL_VOTING


class StageRole(SlugEnum):
    """Role of a stage used to compute legal windows (pk_stage_role)."""
    _slug_of = staticmethod(_c.pk_stage_role_name)
    NONE = _c.PK_ROLE_NONE
    REGISTRATION = _c.PK_ROLE_REGISTRATION
    REGISTRATION_EXTENSION = _c.PK_ROLE_REGISTRATION_EXTENSION
    DETERMINATION = _c.PK_ROLE_DETERMINATION
    NUMBER_DRAW = _c.PK_ROLE_NUMBER_DRAW
    CAMPAIGN = _c.PK_ROLE_CAMPAIGN
    MEDIA_ADS = _c.PK_ROLE_MEDIA_ADS
    QUIET = _c.PK_ROLE_QUIET
    VOTING = _c.PK_ROLE_VOTING
    COUNTING = _c.PK_ROLE_COUNTING
    ELECTED = _c.PK_ROLE_ELECTED
    DISPUTES = _c.PK_ROLE_DISPUTES
    INAUGURATION = _c.PK_ROLE_INAUGURATION
    INDEPENDENT_SUPPORT = _c.PK_ROLE_INDEPENDENT_SUPPORT
    VOTER_LIST = _c.PK_ROLE_VOTER_LIST


class PhasePosition(SlugEnum):
    """Where a date falls relative to a schedule (pk_phase_position)."""
    BEFORE = ('before', _c.PK_PHASE_BEFORE)
    DURING = ('during', _c.PK_PHASE_DURING)
    BETWEEN = ('between', _c.PK_PHASE_BETWEEN)
    AFTER = ('after', _c.PK_PHASE_AFTER)


class WindowKind(SlugEnum):
    """Named legal windows computed from a schedule (pk_window_kind)."""
    CAMPAIGN = (_c.pk_window_kind_name(_c.PK_WINDOW_CAMPAIGN), _c.PK_WINDOW_CAMPAIGN)
    PRE_DETERMINATION = (_c.pk_window_kind_name(_c.PK_WINDOW_PRE_DETERMINATION), _c.PK_WINDOW_PRE_DETERMINATION)
    POST_DETERMINATION = (_c.pk_window_kind_name(_c.PK_WINDOW_POST_DETERMINATION), _c.PK_WINDOW_POST_DETERMINATION)
    M6_TO_END_OF_TERM = (_c.pk_window_kind_name(_c.PK_WINDOW_M6_TO_END_OF_TERM), _c.PK_WINDOW_M6_TO_END_OF_TERM)
    M6_TO_ELECTED = (_c.pk_window_kind_name(_c.PK_WINDOW_M6_TO_ELECTED), _c.PK_WINDOW_M6_TO_ELECTED)
    QUIET = (_c.pk_window_kind_name(_c.PK_WINDOW_QUIET), _c.PK_WINDOW_QUIET)
    VOTING_COUNTING = (_c.pk_window_kind_name(_c.PK_WINDOW_VOTING_COUNTING), _c.PK_WINDOW_VOTING_COUNTING)
    REGISTRATION = (_c.pk_window_kind_name(_c.PK_WINDOW_REGISTRATION), _c.PK_WINDOW_REGISTRATION)

    @classmethod
    def parse(cls, value: Union["WindowKind", int, str]) -> "WindowKind":
        """A kind from itself, its number, its slug ("quiet") or its name ("QUIET")."""
        if isinstance(value, str):
            for k in cls:
                if value == k.slug or value.upper() == k.name:
                    return k
            raise ValueError("unknown window kind %r" % value)
        return cls(value)


class Stage(Record):
    """One stage of a schedule. Dates are inclusive; ``start``/``end`` are
    None when the stage has no such date (see ``relative``)."""
    id: str
    parent_id: Optional[str]
    name_id: str
    name_en: str
    start: Optional[_dt.date]
    end: Optional[_dt.date]
    relative: Optional[str]
    basis: Optional[str]
    source: Optional[str]
    note: Optional[str]
    status: SourceStatus
    role: StageRole
    critical: Critical
    flags: int
    depth: int

    __slots__ = ("id", "parent_id", "name_id", "name_en", "start", "end", "relative", "basis",
                 "source", "note", "status", "role", "critical", "flags", "depth", "_schedule")
    _fields = ("id", "parent_id", "name_id", "name_en", "start", "end", "relative", "basis",
               "source", "note", "status", "role", "critical", "flags", "depth")
    _repr_fields = ("id", "name_en", "start", "end")

    @classmethod
    def _from_c(cls, p: Any, sched: "Schedule") -> "Stage":
        st = cls(id=p.id, parent_id=opt_str(p.parent_id), name_id=p.name_id, name_en=p.name_en,
                 start=p.start if p.flags & _c.PK_STAGE_HAS_START else None,
                 end=p.end if p.flags & _c.PK_STAGE_HAS_END else None,
                 relative=opt_str(p.relative), basis=opt_str(p.basis), source=opt_str(p.source),
                 note=opt_str(p.note), status=SourceStatus(p.status), role=StageRole(p.role),
                 critical=Critical(p.critical), flags=p.flags, depth=p.depth)
        object.__setattr__(st, "_schedule", sched)
        return st

    @property
    def is_milestone(self) -> bool:
        """True for a key date of the cycle (used by next-milestone queries)."""
        return bool(self.flags & _c.PK_STAGE_MILESTONE)

    @property
    def span_derived(self) -> bool:
        """True when the dates are the span of the stage's children."""
        return bool(self.flags & _c.PK_STAGE_SPAN_DERIVED)

    @property
    def parent(self) -> Optional["Stage"]:
        """The parent stage, or None for a root."""
        return self._schedule.stage(self.parent_id) if self.parent_id else None  # type: ignore[attr-defined]

    def contains(self, date: DateLike) -> bool:
        """True if ``date`` lies between start and end (a stage with only one date covers that day)."""
        d = to_date(date)
        lo = self.start or self.end
        hi = self.end or self.start
        return lo is not None and hi is not None and lo <= d <= hi


class Phase(Record):
    """Where a date falls in a cycle (pk_schedule_phase())."""
    date: _dt.date
    position: PhasePosition
    top: Optional[Stage]
    innermost: Optional[Stage]
    next: Optional[Stage]
    days_to_next: int
    previous: Optional[Stage]
    __slots__ = ("date", "position", "top", "innermost", "next", "days_to_next", "previous")
    _fields = __slots__
    _repr_fields = ("date", "position", "top", "innermost", "next", "days_to_next")


# The columns of the rows of pk_py_schedule_phase() (calendar.i); each
# schedule compiles its reader from them (its stages by address).
_PHASE_COLUMNS = _c.pk_py_schedule_phase_names()


class Milestone(Record):
    """The next milestone after a date and the days until its key date."""
    stage: Stage
    days: int
    __slots__ = ("stage", "days")
    _fields = __slots__


class Window(Record):
    """A legal window; an open side is None."""
    kind: WindowKind
    start: Optional[_dt.date]
    end: Optional[_dt.date]
    basis: Optional[str]
    derivation: Optional[str]
    status: SourceStatus
    __slots__ = ("kind", "start", "end", "basis", "derivation", "status")
    _fields = __slots__
    _repr_fields = ("kind", "start", "end", "basis")

    def contains(self, date: DateLike) -> bool:
        """True if ``date`` lies in the window (open sides are unbounded)."""
        d = to_date(date)
        return (self.start is None or self.start <= d) and (self.end is None or d <= self.end)


class Schedule:
    """A Pilkada schedule: a tree of stages. Built-in schedules come from
    :func:`schedule`; others are loaded with :meth:`from_file` or
    :meth:`from_string` and freed when the object is garbage collected (or
    at once with :meth:`close`)."""

    def __init__(self, handle: Any, owned: bool = False) -> None:
        self._h = handle
        self._owned = owned
        self._stages: Optional[List[Stage]] = None
        self._by_id: Dict[str, Stage] = {}
        self._read_phase: Any = None

    # -- construction ------------------------------------------------------
    @classmethod
    def from_file(cls, path: Any) -> "Schedule":
        """Load a schedule CSV file (format: data/schedules/README.md).

        Raises ParseError (with ``line`` and ``field``), IOError, EncodingError, TooLong.
        """
        return cls(_c.pk_schedule_load_file(check_path(path)), owned=True)

    @classmethod
    def from_string(cls, text: Union[str, bytes], source_name: Optional[str] = None) -> "Schedule":
        """Load a schedule from CSV text; ``source_name`` names it in errors."""
        return cls(_c.pk_schedule_load_string(text, source_name), owned=True)

    def close(self) -> None:
        """Free a loaded schedule now (stages obtained from it stay usable as
        plain records). Built-in schedules are never freed."""
        self._stage_list()
        self._h = None

    def __enter__(self) -> "Schedule":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def _handle(self) -> Any:
        if self._h is None:
            raise ValueError("the schedule was closed")
        return self._h

    # -- properties ----------------------------------------------------------
    @property
    def id(self) -> str:
        return _c.pk_schedule_id(self._handle)  # type: ignore[no-any-return]

    @property
    def title(self) -> str:
        return _c.pk_schedule_title(self._handle)  # type: ignore[no-any-return]

    @property
    def title_id(self) -> str:
        return _c.pk_schedule_title_id(self._handle)  # type: ignore[no-any-return]

    @property
    def basis(self) -> Optional[str]:
        return opt_str(_c.pk_schedule_basis(self._handle))  # type: ignore[no-any-return]

    @property
    def cycle(self) -> int:
        return _c.pk_schedule_cycle(self._handle)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        if self._h is None:
            return "<Schedule (closed)>"
        return "<Schedule %s: %s, %d stages>" % (self.id, self.title, len(self))

    # -- stages --------------------------------------------------------------
    def _stage_list(self) -> List[Stage]:
        if self._stages is None:
            h = self._handle
            stages = [Stage._from_c(_c.pk_schedule_stage_at(h, i), self)
                      for i in range(_c.pk_schedule_stage_count(h))]
            self._by_id = {s.id: s for s in stages}
            self._stages = stages
        return self._stages

    def _phase_reader(self) -> Any:
        """``read(row, date)``: the Phase of a pk_py_schedule_phase() row,
        its stage addresses mapped to this schedule's Stage records."""
        stages = self._stage_list()
        by_addr: Dict[int, Optional[Stage]] = dict(zip(_c.pk_py_schedule_stage_addrs(self._handle), stages))
        by_addr[0] = None
        self._read_phase = row_reader(Phase, _PHASE_COLUMNS, {
            "position": PhasePosition, "top": by_addr, "innermost": by_addr, "next": by_addr,
            "previous": by_addr})
        return self._read_phase

    def _wrap(self, p: Any) -> Optional[Stage]:
        if p is None:
            return None
        self._stage_list()
        return self._by_id[p.id]

    @property
    def stages(self) -> List[Stage]:
        """All stages in date order (parents before children)."""
        return list(self._stage_list())

    def __len__(self) -> int:
        return len(self._stage_list())

    def __iter__(self) -> Iterator[Stage]:
        return iter(self._stage_list())

    def stage(self, id: str) -> Stage:
        """The stage with this id. Raises NotFound."""
        self._stage_list()
        s = self._by_id.get(id)
        if s is None:
            _c.pk_schedule_find(self._handle, id)  # raises NotFound with the library's message
            raise NotFound("no stage %r" % id, field="id")
        return s

    def find_role(self, role: Union[StageRole, int, str]) -> Stage:
        """The (first) stage with a role. Raises NotFound."""
        if isinstance(role, str):
            found: Optional[StageRole] = next((r for r in StageRole if r.slug == role or r.name == role.upper()),
                                              None)
            role = found or StageRole.NONE
        s = self._wrap(_c.pk_schedule_find_role(self._handle, int(role)))
        assert s is not None
        return s

    def active(self, date: DateLike) -> List[Stage]:
        """Every stage active on a date, innermost first.

        Args:
            date: a ``datetime.date`` or ``"YYYY-MM-DD"``.

        Returns:
            A list of :class:`Stage` (empty outside every stage).

        Raises:
            ParseError, OutOfRange: a malformed or unsupported date.
        """
        self._stage_list()
        by_id = self._by_id
        return [by_id[p.id] for p in _c.pk_py_schedule_active(self._handle, date)]

    def stage_on(self, date: DateLike) -> Optional[Stage]:
        """The innermost stage active on ``date``, or None."""
        found = _c.pk_py_schedule_active(self._handle, date)
        return self._wrap(found[0]) if found else None

    def phase(self, date: DateLike) -> Phase:
        """Where a date falls in the cycle.

        Args:
            date: a ``datetime.date`` or ``"YYYY-MM-DD"``.

        Returns:
            A :class:`Phase`: ``position`` (BEFORE, DURING, BETWEEN or AFTER the
            stages), the ``top`` and ``innermost`` stages active on the date, the
            ``next`` milestone with ``days_to_next``, and the ``previous`` one.
            E.g. 2024-11-25 is DURING, innermost ``quiet_period``, next ``voting``
            in 2 days.

        Raises:
            ParseError, OutOfRange: a malformed or unsupported date.
        """
        d = date if type(date) is _dt.date else to_date(date)
        row = _c.pk_py_schedule_phase(self._handle, d)
        return (self._read_phase or self._phase_reader())(row, d)  # type: ignore[no-any-return]

    def next_milestone(self, date: DateLike) -> Optional[Milestone]:
        """The next milestone strictly after a date.

        Args:
            date: a ``datetime.date`` or ``"YYYY-MM-DD"``.

        Returns:
            A :class:`Milestone` (``stage`` and ``days`` until its key date), or
            None after the last milestone.

        Raises:
            ParseError, OutOfRange: a malformed or unsupported date.
        """
        try:
            st, days = _c.pk_schedule_next_milestone(self._handle, date)
        except NotFound:
            return None
        return Milestone(stage=self._wrap(st), days=days)

    def days_until_voting(self, date: DateLike) -> int:
        """Days from ``date`` to voting day (negative after it)."""
        return _c.pk_schedule_days_until_voting(self._handle, date)  # type: ignore[no-any-return]

    def voting_day(self) -> _dt.date:
        """The voting day of the cycle."""
        v = self.find_role(StageRole.VOTING)
        d = v.start or v.end
        assert d is not None
        return d

    def window(self, kind: Union[WindowKind, int, str]) -> Window:
        """A named legal window computed from the schedule.

        Args:
            kind: a :class:`WindowKind`, its number, slug (``"quiet"``,
                ``"campaign"``, ``"m6_to_end_of_term"``) or name.

        Returns:
            A :class:`Window` with ``start``/``end`` (None for an open side),
            its legal ``basis`` and ``derivation``.

        Raises:
            ValueError: an unknown kind name.
            NotFound: the schedule lacks the stages the window is derived from.
        """
        k = WindowKind.parse(kind)
        w = _c.pk_schedule_window(self._handle, int(k))
        return Window(kind=k, start=w.start if w.has_start else None,
                      end=w.end if w.has_end else None, basis=opt_str(w.basis),
                      derivation=opt_str(w.derivation), status=SourceStatus(w.status))

    def windows(self) -> Dict[WindowKind, Window]:
        """Every window the schedule can compute."""
        out = {}
        for k in WindowKind:
            try:
                out[k] = self.window(k)
            except NotFound:
                pass
        return out

    def to_ics(self, *, dtstamp: Optional[str] = None, include_undated: bool = False,
               uid_domain: Optional[str] = None, lang: Optional[str] = None) -> str:
        """The schedule as RFC 5545 iCalendar text.

        One all-day VEVENT per dated stage, with deterministic UIDs (re-exports
        update the same events). The GIL is released while the text is built.

        Args:
            dtstamp: the DTSTAMP, UTC ``"YYYYMMDDTHHMMSSZ"`` (None: now).
            include_undated: also list stages without any date, as VTODO
            components carrying their relative rule.
            uid_domain: right-hand side of the UIDs
            ``<stage-id>.<schedule-id>@<domain>`` (None: ``"libpilkada"``).
            lang: ``"id"`` (SUMMARY "Masa tenang", Indonesian labels) or
            ``"en"``; None: PILKADA_LANG, else the locale.

        Returns:
            The iCalendar text (CRLF line ends, folded lines), ready to write to
            a ``.ics`` file.

        Raises:
            InvalidArgument: a malformed ``dtstamp`` or ``uid_domain``.
        """
        return _c.pk_py_schedule_to_ics(self._handle, dtstamp,  # type: ignore[no-any-return]
                                        1 if include_undated else 0, uid_domain, lang_code(lang))

    def to_dict(self) -> Dict[str, Any]:
        """The schedule and its stages as JSON-friendly data."""
        return {"id": self.id, "title": self.title, "title_id": self.title_id,
                "basis": self.basis, "cycle": self.cycle,
                "stages": [s.to_dict() for s in self._stage_list()]}


_BUILTIN: Dict[str, Schedule] = {}


def schedules() -> List[Schedule]:
    """The built-in schedules, in cycle order."""
    out = []
    for i in range(_c.pk_schedule_builtin_count()):
        h = _c.pk_schedule_builtin_at(i)
        sid = _c.pk_schedule_id(h)
        if sid not in _BUILTIN:
            _BUILTIN[sid] = Schedule(h)
        out.append(_BUILTIN[sid])
    return out


def schedule(id: Union[str, int] = "pilkada-2024") -> Schedule:
    """A built-in schedule.

    Args:
        id: schedule id (``"pilkada-2024"``, ``"pilkada-2020"``,
            ``"rerun-2025-bangka-pangkalpinang"``) or cycle year (``2024``,
            ``"2020"``). Default: the 2024 cycle (PKPU 2/2024).

    Returns:
        The :class:`Schedule` (cached: the same object for the same id).

    Raises:
        NotFound: no built-in schedule has this id or year.
    """
    key = str(id)
    s = _BUILTIN.get(key)
    if s is None:
        h = _c.pk_schedule_builtin(key)
        sid = _c.pk_schedule_id(h)
        s = _BUILTIN.get(sid)
        if s is None:
            s = _BUILTIN[sid] = Schedule(h)
        _BUILTIN[key] = s
    return s


def load_schedule(path: Any) -> Schedule:
    """Load a schedule CSV file (same as :meth:`Schedule.from_file`)."""
    return Schedule.from_file(path)


def schedule_for(date: DateLike, region: Optional[str] = None, cycle: int = 0) -> Schedule:
    """The built-in schedule of a date (pk_schedule_select): the national one
    that holds it, or the region's 2025 repeat vote or re-run when one holds
    it; outside every schedule the next one, else the last one.

    Args:
        date: a ``datetime.date`` or ``"YYYY-MM-DD"``.
        region: a Kemendagri code (``"36.04"``, ``"3604"``) or None.
        cycle: 0 for any cycle, else choose among that year's schedules.

    Raises:
        NotFound: unknown region, or no schedule for the cycle.
        ParseError: a malformed region code.
    """
    d = date if type(date) is _dt.date else to_date(date)
    return schedule(_c.pk_py_schedule_select(d, region, int(cycle)))


def phase_at(date: DateLike, region: Optional[str] = None, cycle: int = 0) -> Phase:
    """Region-aware phase (pk_schedule_phase_at): the phase of ``date`` in
    :func:`schedule_for` ``(date, region, cycle)``. Kabupaten Serang
    (``"36.04"``) on 2025-04-19 is on the voting day of its repeat vote; Kota
    Serang (``"36.73"``) is AFTER the 2024 cycle."""
    return schedule_for(date, region, cycle).phase(date)
