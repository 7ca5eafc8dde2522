import datetime as _dt
import enum
from typing import Any, Dict, Iterator, List, Optional, Union

from ._base import Record, SlugEnum, SourceStatus

__all__ = [
    "Critical", "StageRole", "PhasePosition", "WindowKind", "Stage", "Phase", "Window",
    "Milestone", "Schedule", "schedule", "schedules", "load_schedule", "schedule_for", "phase_at",
]

DateLike = Union[_dt.date, str]

class Critical(SlugEnum):
    NONE: str
    REGISTRATION: str
    CAMPAIGN: str
    VOTING: str

class StageRole(SlugEnum):
    NONE: str
    REGISTRATION: str
    REGISTRATION_EXTENSION: str
    DETERMINATION: str
    NUMBER_DRAW: str
    CAMPAIGN: str
    MEDIA_ADS: str
    QUIET: str
    VOTING: str
    COUNTING: str
    ELECTED: str
    DISPUTES: str
    INAUGURATION: str
    INDEPENDENT_SUPPORT: str
    VOTER_LIST: str

class PhasePosition(SlugEnum):
    BEFORE: str
    DURING: str
    BETWEEN: str
    AFTER: str

class WindowKind(SlugEnum):
    CAMPAIGN: str
    PRE_DETERMINATION: str
    POST_DETERMINATION: str
    M6_TO_END_OF_TERM: str
    M6_TO_ELECTED: str
    QUIET: str
    VOTING_COUNTING: str
    REGISTRATION: str
    @classmethod
    def parse(cls, value: Union[WindowKind, int, str]) -> WindowKind: ...

class Stage(Record):
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
    @property
    def is_milestone(self) -> bool: ...
    @property
    def span_derived(self) -> bool: ...
    @property
    def parent(self) -> Optional[Stage]: ...
    def contains(self, date: DateLike) -> bool: ...

class Phase(Record):
    date: _dt.date
    position: PhasePosition
    top: Optional[Stage]
    innermost: Optional[Stage]
    next: Optional[Stage]
    days_to_next: int
    previous: Optional[Stage]

class Milestone(Record):
    stage: Stage
    days: int

class Window(Record):
    kind: WindowKind
    start: Optional[_dt.date]
    end: Optional[_dt.date]
    basis: Optional[str]
    derivation: Optional[str]
    status: SourceStatus
    def contains(self, date: DateLike) -> bool: ...

class Schedule:
    def __init__(self, handle: Any, owned: bool = ...) -> None: ...
    @classmethod
    def from_file(cls, path: Any) -> Schedule: ...
    @classmethod
    def from_string(cls, text: Union[str, bytes], source_name: Optional[str] = ...) -> Schedule: ...
    def close(self) -> None: ...
    def __enter__(self) -> Schedule: ...
    def __exit__(self, *exc: Any) -> None: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def title_id(self) -> str: ...
    @property
    def basis(self) -> Optional[str]: ...
    @property
    def cycle(self) -> int: ...
    @property
    def stages(self) -> List[Stage]: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Stage]: ...
    def stage(self, id: str) -> Stage: ...
    def find_role(self, role: Union[StageRole, int, str]) -> Stage: ...
    def active(self, date: DateLike) -> List[Stage]: ...
    def stage_on(self, date: DateLike) -> Optional[Stage]: ...
    def phase(self, date: DateLike) -> Phase: ...
    def next_milestone(self, date: DateLike) -> Optional[Milestone]: ...
    def days_until_voting(self, date: DateLike) -> int: ...
    def voting_day(self) -> _dt.date: ...
    def window(self, kind: Union[WindowKind, int, str]) -> Window: ...
    def windows(self) -> Dict[WindowKind, Window]: ...
    def to_ics(self, *, dtstamp: Optional[str] = ..., include_undated: bool = ..., lang: Optional[str] = ...,
               uid_domain: Optional[str] = ...) -> str: ...
    def to_dict(self) -> Dict[str, Any]: ...

def schedules() -> List[Schedule]: ...
def schedule(id: Union[str, int] = ...) -> Schedule: ...
def load_schedule(path: Any) -> Schedule: ...
def schedule_for(date: DateLike, region: Optional[str] = ..., cycle: int = ...) -> Schedule: ...
def phase_at(date: DateLike, region: Optional[str] = ..., cycle: int = ...) -> Phase: ...
