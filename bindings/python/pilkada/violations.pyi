import datetime as _dt
import enum
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

from ._base import Record, SlugEnum, SourceStatus, to_records
from .errors import PilkadaError
from .workday import Deadline

__all__ = [
    "Category", "Subcategory", "Discipline", "PenaltyJoin", "Certainty", "Outcome", "Supported",
    "SanctionFlag", "Citation", "Rule", "Sanction", "Handler", "Finding", "Classification",
    "rules", "rule", "classify", "classify_many", "explain", "actors", "acts", "FACT_KEYS", "to_records",
]

FACT_KEYS: Tuple[str, ...]

class Category(SlugEnum):
    ADMINISTRATIVE: str
    ADMINISTRATIVE_TSM: str
    ELECTION_CRIME: str
    ORGANIZER_ETHICS: str
    OTHER_LAWS: str

class Subcategory(SlugEnum):
    NONE: str
    ASN_DISCIPLINE: str
    ASN_DISMISSAL: str
    ASN_ETHICS: str
    POLRI: str
    TNI: str
    VILLAGE: str

class Discipline(SlugEnum):
    NONE: str
    RINGAN: str
    SEDANG: str
    BERAT: str

class Outcome(SlugEnum):
    FINDINGS: str
    NO_RULE: str
    INCOMPLETE: str
    CONFLICT: str
    NOT_PROVEN: str

class Certainty(SlugEnum):
    CERTAIN: str
    CONTESTED: str
    LAW_SILENT: str
    UNVERIFIED: str

class PenaltyJoin(SlugEnum):
    NONE: str
    AND: str
    AND_OR: str

class Supported(SlugEnum):
    UNKNOWN: str
    PROSPECTIVE: str
    DETERMINED: str

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
    region: Optional[str]
    extra: Optional[Dict[str, Any]]
    def __iter__(self) -> Iterator[Finding]: ...  # type: ignore[override]
    def to_dict(self, flat: bool = ...) -> Dict[str, Any]: ...
    def __len__(self) -> int: ...
    @property
    def rule_ids(self) -> List[str]: ...

FactValue = Union[str, int, bool, _dt.date, None]

def classify(facts: Optional[Mapping[str, FactValue]] = ..., /, **kw: FactValue) -> Classification: ...
def classify_many(incidents: Iterable[Mapping[str, FactValue]], *,
                  errors: str = ...) -> List[Union[Classification, PilkadaError]]: ...
def explain(facts: Optional[Mapping[str, FactValue]] = ..., /, *, lang: str = ..., **kw: FactValue) -> str: ...
