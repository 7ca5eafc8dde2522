import datetime as _dt
import enum
from typing import Any, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from ._base import Record, SlugEnum, SourceStatus

__all__ = [
    "HolidayKind", "Roll", "DayUnit", "DeadlineId", "Holiday", "HolidayTable", "WorkdayResult",
    "WorkCalendar", "DeadlineRule", "Deadline", "holidays", "workcal", "is_workday",
    "add_workdays", "count_workdays", "deadline", "deadline_rule", "deadline_rules",
]

DateLike = Union[_dt.date, str]

class HolidayKind(enum.IntFlag):
    NATIONAL: int
    CUTI_BERSAMA: int
    ELECTION: int
    ALL: int
    @property
    def slug(self) -> str: ...

class Roll(enum.IntEnum):
    FORWARD: int
    BACKWARD: int
    NONE: int
    RAISE: int

class DayUnit(SlugEnum):
    CALENDAR: str
    WORKING: str

class DeadlineId(enum.IntEnum):
    REPORT: int
    FOLLOWUP: int
    FOLLOWUP_EXTENDED: int
    ADM_KPU_DECISION: int
    TSM_BAWASLU: int
    TSM_KPU: int
    TSM_APPEAL: int
    TSM_MA: int
    DISPUTE_BAWASLU: int
    DISPUTE_KPU: int
    GAKKUMDU_FORWARD: int
    INVESTIGATION: int
    PROSECUTOR_RETURN: int
    INVESTIGATOR_RESUBMIT: int
    PROSECUTION: int
    PN_VERDICT: int
    APPEAL_FILING: int
    APPEAL_TRANSFER: int
    PT_VERDICT: int
    VERDICT_DELIVERY: int
    EXECUTION: int
    @property
    def slug(self) -> str: ...

class Holiday(Record):
    date: _dt.date
    kind: HolidayKind
    name_id: str
    name_en: str
    basis: Optional[str]
    status: SourceStatus
    estimated: bool

class HolidayTable:
    def __init__(self, handle: Any, keep: Tuple[Any, ...] = ...) -> None: ...
    @classmethod
    def estimate(cls, first_year: int, last_year: int) -> HolidayTable: ...
    def merge(self, overlay: HolidayTable) -> HolidayTable: ...
    @classmethod
    def from_file(cls, path: Any) -> HolidayTable: ...
    @classmethod
    def from_string(cls, text: Union[str, bytes], source_name: Optional[str] = ...) -> HolidayTable: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Holiday]: ...
    def __getitem__(self, key: Any) -> Holiday: ...
    def get(self, key: Any, default: Any = ...) -> Any: ...
    def keys(self) -> List[_dt.date]: ...
    def values(self) -> List[Holiday]: ...
    def items(self) -> List[Tuple[_dt.date, Holiday]]: ...
    @property
    def years(self) -> Tuple[int, int]: ...
    def find(self, date: DateLike) -> Optional[Holiday]: ...
    def __contains__(self, date: object) -> bool: ...
    def in_year(self, year: int) -> List[Holiday]: ...

class WorkdayResult(Record):
    value: Any
    estimated: bool
    rolled: bool

class WorkCalendar:
    def __init__(self, holidays: Optional[HolidayTable] = ..., *,
                 closed: Union[HolidayKind, int] = ...,
                 extra_holidays: Iterable[DateLike] = ..., extra_workdays: Iterable[DateLike] = ...,
                 roll: Union[Roll, int] = ..., allow_estimate: bool = ...,
                 _handle: Any = ...) -> None: ...
    @classmethod
    def builtin(cls) -> WorkCalendar: ...
    def is_workday(self, date: DateLike) -> bool: ...
    def is_workday_ex(self, date: DateLike) -> WorkdayResult: ...
    def add(self, start: DateLike, n: int) -> _dt.date: ...
    def add_ex(self, start: DateLike, n: int) -> WorkdayResult: ...
    def count(self, start: DateLike, end: DateLike) -> int: ...
    def add_many(self, starts: Sequence[DateLike], n: Union[int, Sequence[int]]) -> List[_dt.date]: ...
    def add_many_serial(self, starts: Sequence[int], n: Union[int, Sequence[int]]) -> List[int]: ...
    def deadline(self, rule: Union[DeadlineId, int, str], trigger: DateLike) -> Deadline: ...

def workcal() -> WorkCalendar: ...
def holidays(year: Optional[int] = ...) -> Any: ...
def is_workday(date: DateLike, calendar: Optional[WorkCalendar] = ...) -> bool: ...
def add_workdays(start: DateLike, n: int, calendar: Optional[WorkCalendar] = ...) -> _dt.date: ...
def count_workdays(start: DateLike, end: DateLike, calendar: Optional[WorkCalendar] = ...) -> int: ...

class DeadlineRule(Record):
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

class Deadline(Record):
    rule: DeadlineRule
    trigger: _dt.date
    due: _dt.date
    estimated: bool
    def to_dict(self) -> Any: ...

def deadline_rules() -> List[DeadlineRule]: ...
def deadline_rule(rule: Union[DeadlineId, int, str]) -> DeadlineRule: ...
def deadline(rule: Union[DeadlineId, int, str], trigger: DateLike,
             calendar: Optional[WorkCalendar] = ...) -> Deadline: ...
