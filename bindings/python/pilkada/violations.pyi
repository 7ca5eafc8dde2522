import datetime as _dt
import enum
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

from ._base import Record, SourceStatus
from .errors import PilkadaError
from .workday import Deadline

__all__ = [
    "Category", "Subcategory", "Discipline", "PenaltyJoin", "Certainty", "Outcome", "Supported",
    "SanctionFlag", "Citation", "Rule", "Sanction", "Handler", "Finding", "Classification",
    "rules", "rule", "classify", "classify_many", "explain", "actors", "acts", "FACT_KEYS",
]

FACT_KEYS: Tuple[str, ...]

class Category(enum.IntEnum):
    ADMINISTRATIVE: int
    ADMINISTRATIVE_TSM: int
    ELECTION_CRIME: int
    ORGANIZER_ETHICS: int
    OTHER_LAWS: int
    @property
    def slug(self) -> str: ...

class Subcategory(enum.IntEnum):
    NONE: int
    ASN_DISCIPLINE: int
    ASN_DISMISSAL: int
    ASN_ETHICS: int
    POLRI: int
    TNI: int
    VILLAGE: int
    @property
    def slug(self) -> str: ...

class Discipline(enum.IntEnum):
    NONE: int
    RINGAN: int
    SEDANG: int
    BERAT: int
    @property
    def slug(self) -> str: ...

class Outcome(enum.IntEnum):
    FINDINGS: int
    NO_RULE: int
    INCOMPLETE: int
    CONFLICT: int
    @property
    def slug(self) -> str: ...

class Certainty(enum.IntEnum):
    CERTAIN: int
    CONTESTED: int
    LAW_SILENT: int
    UNVERIFIED: int
    @property
    def slug(self) -> str: ...

class PenaltyJoin(enum.IntEnum):
    NONE: int
    AND: int
    AND_OR: int
    @property
    def slug(self) -> str: ...

class Supported(enum.IntEnum):
    UNKNOWN: int
    PROSPECTIVE: int
    DETERMINED: int
    @property
    def slug(self) -> str: ...

class SanctionFlag(enum.IntFlag):
    MORAL: int
    DISMISSAL: int
    CANCELLATION: int
    WARNING: int
    SUSPENSION: int
    UNSPECIFIED: int
    CORRECTION: int

def actors() -> List[str]: ...
def acts() -> List[str]: ...

class Citation(Record):
    law: str
    pasal: str
    ayat: str
    huruf: str
    angka: str
    text: str

class Sanction(Record):
    prison_months: Optional[Tuple[int, int]]
    fine_rupiah: Optional[Tuple[int, int]]
    join: PenaltyJoin
    discipline: Discipline
    flags: SanctionFlag
    text: Optional[str]

class Rule(Record):
    id: str
    text_id: Optional[str]
    summary_en: Optional[str]
    category: Category
    subcategory: Subcategory
    citations: List[Citation]
    sanction: Sanction
    valid_from: Optional[_dt.date]
    valid_until: Optional[_dt.date]
    status: SourceStatus
    certainty: Certainty
    certainty_note: Optional[str]
    source: Optional[str]

def rules() -> List[Rule]: ...
def rule(id: str) -> Rule: ...

class Handler(Record):
    name: Optional[str]
    role: Optional[str]
    basis: Optional[str]
    valid_from: Optional[_dt.date]
    valid_until: Optional[_dt.date]
    status: SourceStatus
    note: Optional[str]

class Finding(Record):
    rule: Rule
    category: Category
    subcategory: Subcategory
    sanction: Sanction
    handler_name: str
    handler: Handler
    deadlines: List[Deadline]
    certainty: Certainty
    certainty_note: Optional[str]
    @property
    def citations(self) -> List[Citation]: ...
    def to_dict(self) -> Dict[str, Any]: ...

class Classification(Record):
    outcome: Outcome
    findings: List[Finding]
    late_report: bool
    missing_field: Optional[str]
    report_deadline: Optional[Deadline]
    supported: Supported
    schedule_id: Optional[str]
    def __iter__(self) -> Iterator[Finding]: ...  # type: ignore[override]
    def __len__(self) -> int: ...
    @property
    def rule_ids(self) -> List[str]: ...

FactValue = Union[str, int, bool, _dt.date, None]

def classify(facts: Optional[Mapping[str, FactValue]] = ..., /, **kw: FactValue) -> Classification: ...
def classify_many(incidents: Iterable[Mapping[str, FactValue]], *,
                  errors: str = ...) -> List[Union[Classification, PilkadaError]]: ...
def explain(facts: Optional[Mapping[str, FactValue]] = ..., /, **kw: FactValue) -> str: ...
