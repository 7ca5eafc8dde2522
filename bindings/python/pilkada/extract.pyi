import datetime as _dt
from typing import Dict, List, Optional, Tuple, Union

from ._base import Record
from .regions import Region
from .violations import Classification, FactValue

__all__ = ["Evidence", "Draft", "TextMention", "Extraction", "TextClassification", "extract",
           "classify_text", "MENTION_FLAGS"]

MENTION_FLAGS: Tuple[str, ...]

class Evidence(Record):
    field: str
    how: str
    confidence: float
    start: Optional[int]
    end: Optional[int]
    text: Optional[str]
    mention: Optional[int]

class Draft(Record):
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
    def facts(self) -> Dict[str, FactValue]: ...

class TextMention(Record):
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

class Extraction(Record):
    drafts: List[Draft]
    mentions: List[TextMention]
    sentences: int
    truncated: bool
    total_mentions: int

class TextClassification(Record):
    draft: Draft
    classification: Optional[Classification]
    missing: List[str]
    error: Optional[str]

def extract(text: str, *, ref_date: Union[_dt.date, str, None] = ..., cycle: int = ...,
            default_region: Optional[str] = ...) -> Extraction: ...
def classify_text(text: str, *, ref_date: Union[_dt.date, str, None] = ..., cycle: int = ...,
                  default_region: Optional[str] = ...) -> List[TextClassification]: ...
