"""Holidays, working days and the named legal deadlines of the Pilkada law."""

from __future__ import annotations

import datetime as _dt
import types as _types
import enum
from typing import TYPE_CHECKING, Any, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from . import capi as _c
from ._base import Record, SlugEnum, SourceStatus, check_int, check_path, from_serial, opt_str, slug_enum, to_date, to_serial
from .errors import InvalidArgument, NotFound, OutOfRange, ParseError

__all__ = [
    "HolidayKind", "Roll", "DayUnit", "DeadlineId", "Holiday", "HolidayTable", "WorkdayResult",
    "WorkCalendar", "DeadlineRule", "Deadline", "holidays", "workcal", "is_workday",
    "add_workdays", "count_workdays", "deadline", "deadline_rule", "deadline_rules",
]

DateLike = Union[_dt.date, str]


class _KindBits(SlugEnum):
    """A slug enum whose members are also flag bits: ``a | b`` and ``a & b``
    give the int mask (what ``WorkCalendar(closed=...)`` takes)."""

    def __or__(self, other: Union[SlugEnum, int]) -> int:
        return int(self) | int(other)

    def __and__(self, other: Union[SlugEnum, int]) -> int:
        return int(self) & int(other)

    __ror__ = __or__
    __rand__ = __and__


_ALL_KINDS = _c.PK_HOLIDAY_NATIONAL | _c.PK_HOLIDAY_CUTI_BERSAMA | _c.PK_HOLIDAY_ELECTION


def _holiday_kind_slug(kind: int) -> str:
    return "all" if kind == _ALL_KINDS else str(_c.pk_holiday_kind_name(kind))


class HolidayKind(_KindBits):
    """Kinds of non-working day (pk_holiday_kind): "libur_nasional",
    "cuti_bersama", "libur_pemilihan", and "all" of them; ``a | b`` gives the
    int mask of several (``WorkCalendar(closed=...)``)."""
    _slug_of = staticmethod(_holiday_kind_slug)
    NATIONAL = _c.PK_HOLIDAY_NATIONAL
    CUTI_BERSAMA = _c.PK_HOLIDAY_CUTI_BERSAMA
    ELECTION = _c.PK_HOLIDAY_ELECTION
    ALL = _ALL_KINDS


class Roll(SlugEnum):
    """What to do with a non-working start date (pk_roll)."""
    FORWARD = ("forward", _c.PK_ROLL_FORWARD)
    BACKWARD = ("backward", _c.PK_ROLL_BACKWARD)
    NONE = ("none", _c.PK_ROLL_NONE)
    RAISE = ("raise", _c.PK_ROLL_RAISE)


class DayUnit(SlugEnum):
    """Unit of a legal deadline (pk_day_unit)."""
    CALENDAR = ("calendar", _c.PK_DAYS_CALENDAR)
    WORKING = ("working", _c.PK_DAYS_WORKING)


if TYPE_CHECKING:
    class DeadlineId(SlugEnum):
        REPORT = 'report'
        FOLLOWUP = 'followup'
        FOLLOWUP_EXTENDED = 'followup_extended'
        ADM_KPU_DECISION = 'adm_kpu_decision'
        TSM_BAWASLU = 'tsm_bawaslu'
        TSM_KPU = 'tsm_kpu'
        TSM_APPEAL = 'tsm_appeal'
        TSM_MA = 'tsm_ma'
        DISPUTE_BAWASLU = 'dispute_bawaslu'
        DISPUTE_KPU = 'dispute_kpu'
        GAKKUMDU_FORWARD = 'gakkumdu_forward'
        INVESTIGATION = 'investigation'
        PROSECUTOR_RETURN = 'prosecutor_return'
        INVESTIGATOR_RESUBMIT = 'investigator_resubmit'
        PROSECUTION = 'prosecution'
        PN_VERDICT = 'pn_verdict'
        APPEAL_FILING = 'appeal_filing'
        APPEAL_TRANSFER = 'appeal_transfer'
        PT_VERDICT = 'pt_verdict'
        VERDICT_DELIVERY = 'verdict_delivery'
        EXECUTION = 'execution'
else:
    DeadlineId = slug_enum("DeadlineId", {
        name[len("PK_DEADLINE_"):]: getattr(_c, name) for name in dir(_c)
        if name.startswith("PK_DEADLINE_") and not name.endswith("_") and isinstance(getattr(_c, name), int)
    }, lambda v: _c.pk_deadline_rule_by_id(v).slug, __name__,
        """Named legal deadlines (pk_deadline_id), by their slugs ("report", "followup", ...).""")


class Holiday(Record):
    """One non-working day with its decree."""
    date: _dt.date
    kind: HolidayKind
    name_id: str
    name_en: str
    basis: Optional[str]
    status: SourceStatus
    estimated: bool
    __slots__ = ("date", "kind", "name_id", "name_en", "basis", "status", "estimated")
    _fields = __slots__
    _repr_fields = ("date", "kind", "name_en")

    @classmethod
    def _from_c(cls, p: Any) -> "Holiday":
        return cls(date=p.date, kind=HolidayKind(p.kind), name_id=p.name_id, name_en=p.name_en,
                   basis=opt_str(p.basis), status=SourceStatus(p.status),
                   estimated=bool(p.flags & _c.PK_HOLIDAY_FLAG_ESTIMATED))


class HolidayTable:
    """A table of holidays: the built-in one (:func:`holidays`) or one loaded
    from CSV (columns date,kind,name_id,name_en,basis,status), freed when the
    object is collected."""

    def __init__(self, handle: Any, keep: Tuple[Any, ...] = ()) -> None:
        self._h = handle
        self._keep = keep  # tables whose strings a merged table borrows

    @classmethod
    def estimate(cls, first_year: int, last_year: int) -> "HolidayTable":
        """Estimated national holidays for years without a decree
        (pk_holidays_estimate): fixed dates by law, Easter by computus, the
        Islamic, Chinese, Balinese and Buddhist days from computed new and full
        moons; every row has ``estimated=True`` and its method in ``basis``.
        Cuti bersama are not estimated. Raises InvalidArgument for bad years."""
        return cls(_c.pk_holidays_estimate(int(first_year), int(last_year)))

    def merge(self, overlay: "HolidayTable") -> "HolidayTable":
        """This table with ``overlay``'s years replaced by the overlay's rows
        (pk_holidays_merge): how a newly published decree extends the built-in
        table, e.g. ``holidays().merge(HolidayTable.from_file("2027.csv"))``.
        Raises InvalidArgument when the years leave a gap."""
        return HolidayTable(_c.pk_holidays_merge(self._h, overlay._h), (self, overlay))

    @classmethod
    def from_file(cls, path: Any) -> "HolidayTable":
        """Load a holiday CSV file. Raises ParseError, IOError, EncodingError, TooLong."""
        return cls(_c.pk_holidays_load_file(check_path(path)))

    @classmethod
    def from_string(cls, text: Union[str, bytes], source_name: Optional[str] = None) -> "HolidayTable":
        """Load holidays from CSV text."""
        return cls(_c.pk_holidays_load_string(text, source_name))

    def __len__(self) -> int:
        return _c.pk_holidays_count(self._h)  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[Holiday]:
        for i in range(len(self)):
            yield Holiday._from_c(_c.pk_holidays_at(self._h, i))

    def __getitem__(self, key: Any) -> Holiday:
        """``table[date]``: the holiday on a date (``datetime.date``,
        ``datetime.datetime``, ``numpy.datetime64``, ``"2024-11-27"``,
        ``"27/11/2024"``), KeyError when the date is no holiday or outside
        the table's years. ``table[i]`` with an int is the i-th row (as
        before; iterate ``values()`` instead)."""
        if isinstance(key, int) and not isinstance(key, bool):
            n = len(self)
            i = key + n if key < 0 else key
            if not 0 <= i < n:
                raise IndexError("holiday index out of range")
            return Holiday._from_c(_c.pk_holidays_at(self._h, i))
        try:
            h = self.find(key)  # type: ignore[arg-type]
        except (OutOfRange, ParseError, InvalidArgument):
            h = None
        if h is None:
            raise KeyError(key)
        return h

    def get(self, key: Any, default: Any = None) -> Any:
        """The holiday on a date, or ``default`` (a read-only mapping's ``get``)."""
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self) -> List[_dt.date]:
        """The holiday dates, in order."""
        return [h.date for h in self]

    def values(self) -> List[Holiday]:
        """The holidays, in date order."""
        return list(self)

    def items(self) -> List[Tuple[_dt.date, Holiday]]:
        """(date, holiday) pairs, in date order."""
        return [(h.date, h) for h in self]

    @property
    def years(self) -> Tuple[int, int]:
        """First and last year the table covers."""
        first, last = _c.pk_holidays_years(self._h)
        return first, last

    def find(self, date: DateLike) -> Optional[Holiday]:
        """The holiday on ``date``, or None. Raises OutOfRange for a year the table does not cover."""
        try:
            return Holiday._from_c(_c.pk_holidays_find(self._h, date))
        except NotFound:
            return None

    def __contains__(self, date: object) -> bool:
        try:
            return self.find(date) is not None  # type: ignore[arg-type]
        except (OutOfRange, ParseError, InvalidArgument):
            return False

    def in_year(self, year: int) -> List[Holiday]:
        """The holidays of one year."""
        return [h for h in self if h.date.year == year]

    def __repr__(self) -> str:
        a, b = self.years
        return "<HolidayTable %d rows, %d-%d>" % (len(self), a, b)


_BUILTIN_TABLE = HolidayTable(_c.pk_holidays_builtin())


def holidays(year: Optional[int] = None) -> Any:
    """The built-in holiday table (2015-2026), a read-only mapping from
    date to :class:`Holiday` (``h[d]``, ``h.get(d)``, ``h["2024-11-27"]``,
    ``d in h``). With ``year``: a read-only ``{date: Holiday}`` of that year
    only (``holidays(2024)``); a year outside the table is OutOfRange."""
    if year is None:
        return _BUILTIN_TABLE
    y = check_int(year, "year")
    first, last = _BUILTIN_TABLE.years
    if not first <= y <= last:
        raise OutOfRange("no holiday table for %d (the table covers %d-%d)" % (y, first, last), field="year")
    return _types.MappingProxyType({h.date: h for h in _BUILTIN_TABLE.in_year(y)})


class WorkdayResult(Record):
    """A working-day answer with its flags."""
    value: Any
    estimated: bool
    rolled: bool
    __slots__ = ("value", "estimated", "rolled")
    _fields = __slots__


class WorkCalendar:
    """A compiled working-day calendar.

    Args:
        holidays: a :class:`HolidayTable` (default: the built-in table).
        closed: which kinds of holiday stop a working day (default all three).
        extra_holidays: more non-working dates (e.g. a local holiday).
        extra_workdays: dates that are working days anyway (a date in both lists is a working day).
        roll: policy for a non-working start date of :meth:`add`.
        allow_estimate: outside the table's years use the estimated holidays of
            :meth:`HolidayTable.estimate` (cuti bersama unknown) and flag the result
            instead of raising OutOfRange.

    Adding N days excludes the start day; counting uses the half-open
    interval [start, end).
    """

    def __init__(self, holidays: Optional[HolidayTable] = None, *,
                 closed: Union[HolidayKind, int] = HolidayKind.ALL,
                 extra_holidays: Iterable[DateLike] = (), extra_workdays: Iterable[DateLike] = (),
                 roll: Union[Roll, int] = Roll.FORWARD, allow_estimate: bool = False,
                 _handle: Any = None) -> None:
        if _handle is not None:
            self._h = _handle
        else:
            if holidays is not None and not isinstance(holidays, HolidayTable):
                raise TypeError("holidays must be a HolidayTable or None, not %s" % type(holidays).__name__)
            self._h = _c.pk_py_workcal_new(holidays._h if holidays is not None else None,
                                           check_int(closed, "closed"), list(extra_holidays),
                                           list(extra_workdays), check_int(roll, "roll"),
                                           1 if allow_estimate else 0)
        self._holidays = holidays

    @classmethod
    def builtin(cls) -> "WorkCalendar":
        """The default calendar (see :func:`workcal`)."""
        return _BUILTIN_CAL

    def is_workday(self, date: DateLike) -> bool:
        """True if ``date`` is a working day."""
        return bool(_c.pk_workcal_is_workday(self._h, date)[0])

    def is_workday_ex(self, date: DateLike) -> WorkdayResult:
        """As :meth:`is_workday` with the estimated flag."""
        ok, flags = _c.pk_workcal_is_workday(self._h, date)
        return _result(bool(ok), flags)

    def add(self, start: DateLike, n: int) -> _dt.date:
        """``start`` plus ``n`` working days (start excluded; negative goes back)."""
        return _c.pk_workcal_add(self._h, start, check_int(n, "n"))[0]  # type: ignore[no-any-return]

    def add_ex(self, start: DateLike, n: int) -> WorkdayResult:
        """As :meth:`add`, with the estimated and rolled flags."""
        d, flags = _c.pk_workcal_add(self._h, start, check_int(n, "n"))
        return _result(d, flags)

    def count(self, start: DateLike, end: DateLike) -> int:
        """Working days in [start, end); negative when end < start."""
        return _c.pk_workcal_count(self._h, start, end)[0]  # type: ignore[no-any-return]

    def add_many(self, starts: Sequence[DateLike], n: Union[int, Sequence[int]]) -> List[_dt.date]:
        """Batch :meth:`add` in one C call (the GIL is released).

        Args:
            starts: start dates (``datetime.date`` or ISO text).
            n: working days to add: one int for all, or a sequence of the same
                length as ``starts``.

        Returns:
            The resulting dates, in order.

        Raises:
            OutOfRange, ParseError: as :meth:`add`; the exception's ``field``
                names the failing index.
            ValueError: ``n`` is a sequence of another length.
        """
        serials = _c.pk_py_workcal_add_many(self._h, [to_serial(s) for s in starts],
                                            n if isinstance(n, int) else list(n))
        return [from_serial(s) for s in serials]

    def add_many_serial(self, starts: Sequence[int], n: Union[int, Sequence[int]]) -> List[int]:
        """As :meth:`add_many` on serial day numbers (days since 1970-01-01),
        for callers that keep dates as integers (e.g. numpy datetime64[D])."""
        return _c.pk_py_workcal_add_many(self._h, starts, n)  # type: ignore[no-any-return]

    def deadline(self, rule: Union["DeadlineId", int, str], trigger: DateLike) -> "Deadline":
        """A legal deadline computed with this calendar."""
        return deadline(rule, trigger, calendar=self)


def _result(value: Any, flags: int) -> WorkdayResult:
    return WorkdayResult(value=value, estimated=bool(flags & _c.PK_RESULT_ESTIMATED),
                         rolled=bool(flags & _c.PK_RESULT_ROLLED))


_BUILTIN_CAL = WorkCalendar(_handle=_c.pk_workcal_builtin())


def workcal() -> WorkCalendar:
    """The built-in calendar: all three holiday kinds close offices, no
    extras, roll forward, no estimates."""
    return _BUILTIN_CAL


def is_workday(date: DateLike, calendar: Optional[WorkCalendar] = None) -> bool:
    """True if ``date`` is a working day (built-in calendar by default)."""
    return (calendar or _BUILTIN_CAL).is_workday(date)


def add_workdays(start: DateLike, n: int, calendar: Optional[WorkCalendar] = None) -> _dt.date:
    """A date plus a number of working days.

    The start day is not counted; weekends, national holidays, cuti bersama
    and election holidays are skipped (2024-11-25 + 3 is 2024-11-29,
    because 27 Nov 2024 was the voting-day holiday).

    Args:
        start: a ``datetime.date`` or ``"YYYY-MM-DD"``.
        n: working days to add (negative goes back).
        calendar: a :class:`WorkCalendar` (default: the built-in one).

    Returns:
        The resulting ``datetime.date``.

    Raises:
        OutOfRange: a year the holiday table does not cover (see
            ``WorkCalendar(allow_estimate=True)``).
        ParseError: a malformed date.
    """
    return (calendar or _BUILTIN_CAL).add(start, n)


def count_workdays(start: DateLike, end: DateLike, calendar: Optional[WorkCalendar] = None) -> int:
    """Working days in the half-open interval [start, end).

    Args:
        start, end: ``datetime.date`` or ``"YYYY-MM-DD"``.
        calendar: a :class:`WorkCalendar` (default: the built-in one).

    Returns:
        The count (negative when ``end < start``).

    Raises:
        OutOfRange: a year the holiday table does not cover.
        ParseError: a malformed date.
    """
    return (calendar or _BUILTIN_CAL).count(start, end)


class DeadlineRule(Record):
    """A deadline rule of the law (data/deadlines.csv)."""
    id: DeadlineId
    slug: str
    name_id: str
    name_en: str
    amount: int
    unit: DayUnit
    trigger: str
    basis: str
    quote: Optional[str]
    status: SourceStatus
    source: Optional[str]
    note: Optional[str]
    __slots__ = ("id", "slug", "name_id", "name_en", "amount", "unit", "trigger", "basis", "quote",
                 "status", "source", "note")
    _fields = __slots__
    _repr_fields = ("slug", "amount", "unit", "basis")

    @classmethod
    def _from_c(cls, p: Any) -> "DeadlineRule":
        return cls(id=DeadlineId(p.id), slug=p.slug, name_id=p.name_id, name_en=p.name_en,
                   amount=p.amount, unit=DayUnit(p.unit), trigger=p.trigger, basis=p.basis,
                   quote=opt_str(p.quote), status=SourceStatus(p.status), source=opt_str(p.source),
                   note=opt_str(p.note))


_RULES = {int(i): DeadlineRule._from_c(_c.pk_deadline_rule_by_id(int(i))) for i in DeadlineId}


class Deadline(Record):
    """A computed deadline: the last day to act (inclusive)."""
    rule: DeadlineRule
    trigger: _dt.date
    due: _dt.date
    estimated: bool
    __slots__ = ("rule", "trigger", "due", "estimated")
    _fields = __slots__
    _repr_fields = ("rule", "trigger", "due")

    @classmethod
    def _from_c(cls, d: Any) -> Optional["Deadline"]:
        if d.rule is None or d.due is None:
            return None
        return cls(rule=_RULES[d.rule.id], trigger=d.trigger, due=d.due,
                   estimated=bool(d.flags & _c.PK_RESULT_ESTIMATED))

    def to_dict(self) -> Any:
        return {"rule": self.rule.slug, "basis": self.rule.basis, "amount": self.rule.amount,
                "unit": self.rule.unit.name.lower(), "trigger": self.trigger.isoformat(),
                "due": self.due.isoformat(), "estimated": self.estimated}


def deadline_rules() -> List[DeadlineRule]:
    """Every named deadline rule."""
    return [_RULES[int(i)] for i in DeadlineId]


def deadline_rule(rule: Union["DeadlineId", int, str]) -> DeadlineRule:
    """A deadline rule by id or slug ("report"). Raises NotFound."""
    if isinstance(rule, str):
        return _RULES[_c.pk_deadline_find(rule).id]
    r = _RULES.get(check_int(rule, "rule"))
    if r is None:
        raise NotFound("unknown deadline id %r" % (rule,), field="id")
    return r


def deadline(rule: Union["DeadlineId", int, str], trigger: DateLike,
             calendar: Optional[WorkCalendar] = None) -> Deadline:
    """Compute a legal deadline from its trigger date.

    Example: ``deadline("report", date(2024, 11, 25)).due ==
    date(2024, 12, 2)`` (7 calendar days, UU 1/2015 Pasal 134 ayat (4)).
    Calendar days are not moved off weekends; working days use
    ``calendar``.

    Args:
        rule: a :class:`DeadlineId`, its number or slug (``"report"``,
            ``"followup"``, ...; see :func:`deadline_rules`).
        trigger: the date that starts the period (``datetime.date`` or ISO).
        calendar: a :class:`WorkCalendar` (default: the built-in one).

    Returns:
        A :class:`Deadline` with the ``rule``, ``trigger``, the last day to
        act ``due`` (inclusive) and whether it is ``estimated``.

    Raises:
        NotFound: an unknown rule.
        OutOfRange: a working-day rule in a year without holiday data.
        ParseError: a malformed date.
    """
    r = deadline_rule(rule)
    d = _c.pk_deadline_compute(calendar._h if calendar is not None else None, int(r.id), trigger)
    out = Deadline._from_c(d)
    assert out is not None
    return out
