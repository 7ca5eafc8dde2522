import datetime as _dt
import enum
from typing import Iterable, List, Literal, Optional, Union, overload

from ._base import Record, SlugEnum, SourceStatus
from .places import PlaceMention, PlaceResolution

__all__ = [
    "RegionKind", "MatchHow", "Region", "Candidate", "Resolution", "Mention", "Cycle", "Election",
    "Regime", "RegionCounts", "CodeMatch", "region", "lookup_code", "find_region", "resolve", "resolve_many",
    "find_in_text", "regions", "provinces", "children", "region_count", "count_regions",
    "cycles", "cycle", "regimes",
]

ANY_KIND: int


class RegionKind(SlugEnum):
    PROVINSI: str
    KABUPATEN: str
    KOTA: str
    KABUPATEN_ADMINISTRASI: str
    KOTA_ADMINISTRASI: str
    @classmethod
    def parse(cls, value: Union[RegionKind, int, str, None]) -> int: ...

class MatchHow(SlugEnum):
    NAME: str
    ALIAS: str
    FUZZY: str

class Region(Record):
    code: str
    code_num: int
    name: str
    full_name: str
    kind: RegionKind
    parent_code: Optional[str]
    capital: Optional[str]
    special: int
    index: int
    @property
    def parent(self) -> Optional[Region]: ...
    @property
    def children(self) -> List[Region]: ...
    def election(self, year: int = ...) -> Election: ...
    def regimes(self) -> List[Regime]: ...
    def __hash__(self) -> int: ...

class CodeMatch(Record):
    region: Region
    old_code: bool
    prefix: bool

def lookup_code(code: Union[str, int]) -> CodeMatch: ...
def region(code: Union[str, int]) -> Region: ...
def find_region(name: str, kind: Union[RegionKind, int, str, None] = ...) -> Region: ...

class Candidate(Record):
    region: Region
    score: float
    distance: int
    how: MatchHow
    matched: str

class Resolution(Record):
    name: str
    region: Region
    how: MatchHow
    score: float
    kind_hint: Optional[RegionKind]
    candidates: List[Candidate]

@overload
def resolve(name: str, *, kind: Union[RegionKind, int, str, None] = ..., province: Union[str, Region, None] = ...,
            max_distance: int = ..., accept_fuzzy: bool = ..., max_candidates: int = ...,
            all_levels: Literal[False] = ..., context_text: Optional[str] = ...) -> Resolution: ...
@overload
def resolve(name: str, *, kind: Union[RegionKind, int, str, None] = ..., province: Union[str, Region, None] = ...,
            max_distance: int = ..., accept_fuzzy: bool = ..., max_candidates: int = ...,
            all_levels: Literal[True], context_text: Optional[str] = ...) -> PlaceResolution: ...
def resolve_many(names: Iterable[str], *, kind: Union[RegionKind, int, str, None] = ...,
                 province: Union[str, Region, None] = ..., max_distance: int = ...,
                 accept_fuzzy: bool = ...) -> List[Optional[Region]]: ...

class Mention(Record):
    start: int
    end: int
    text: str
    region: Optional[Region]
    ambiguous: bool
    kind_hint: Optional[RegionKind]
    how: MatchHow
    candidates: List[Region]

@overload
def find_in_text(text: str, *, any_case: bool = ..., all_levels: Literal[False] = ...) -> List[Mention]: ...
@overload
def find_in_text(text: str, *, any_case: bool = ..., all_levels: Literal[True]) -> List[PlaceMention]: ...
def regions(*, province: Optional[str] = ..., year: int = ...,
            kind: Union[RegionKind, int, str, None] = ...) -> List[Region]: ...
def provinces() -> List[Region]: ...
def children(province: str) -> List[Region]: ...
def region_count() -> int: ...

class RegionCounts(Record):
    provinsi: int
    kabupaten: int
    kota: int
    kabupaten_administrasi: int
    kota_administrasi: int
    total: int

def count_regions(year: int = ...) -> RegionCounts: ...

class Cycle(Record):
    year: int
    voting_day: _dt.date
    complete: bool
    provinsi: int
    kabupaten: int
    kota: int
    status: SourceStatus
    source: Optional[str]

def cycles() -> List[Cycle]: ...
def cycle(year: int) -> Cycle: ...

class Election(Record):
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

class Regime(Record):
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

def regimes() -> List[Regime]: ...
