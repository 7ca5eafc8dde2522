import enum
from typing import List, Optional, Union

from ._base import Record
from .regions import Region

__all__ = ["PlaceLevel", "Place", "PlaceCandidate", "PlaceResolution", "PlaceMention", "place", "places_at",
           "resolve_place", "find_places", "place_count"]


class PlaceLevel(enum.IntEnum):
    PROVINSI: int
    KABKOTA: int
    KECAMATAN: int
    DESA: int
    @property
    def slug(self) -> str: ...

class Place(Record):
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
    @property
    def parent(self) -> Optional[Place]: ...
    @property
    def chain(self) -> List[Place]: ...
    @property
    def children(self) -> List[Place]: ...
    def within(self, other: Place) -> bool: ...

class PlaceCandidate(Record):
    place: Place
    score: float
    how: str

class PlaceResolution(Record):
    place: Optional[Place]
    ambiguous: bool
    how: str
    score: float
    total: int
    candidates: List[PlaceCandidate]
    status: str

class PlaceMention(Record):
    start: int
    end: int
    text: str
    place: Place
    region: Region
    ambiguous: bool
    how: str
    total: int
    candidates: List[PlaceCandidate]

def place(code: Union[str, int]) -> Place: ...
def place_count(level: Union[PlaceLevel, int, None] = ...) -> int: ...
def places_at(level: Union[PlaceLevel, int]) -> List[Place]: ...
def resolve_place(name: str, *, level: Union[PlaceLevel, int, str, None] = ...,
                  context: Union[Place, Region, str, None] = ..., context_text: Optional[str] = ...,
                  fuzzy: bool = ..., max_candidates: int = ...) -> PlaceResolution: ...
def find_places(text: str, *, level: Union[PlaceLevel, int, str, None] = ...,
                context: Union[Place, Region, str, None] = ..., case_sensitive: bool = ...,
                weak: bool = ...) -> List[PlaceMention]: ...
