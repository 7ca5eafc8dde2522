"""Type stubs of the pilkada package (see __init__.py for the documentation)."""

import datetime as _dt
from typing import Union

from . import capi
from ._base import Record, SlugEnum, SourceStatus, to_jsonable, to_records
from .text import default_lang, format_date, format_number, format_rupiah, month_name, weekday_name
from .errors import (Ambiguous, BufferTooSmall, EncodingError, Incomplete, InvalidArgument,
                     IOError, NotFound, OutOfMemory, OutOfRange, ParseError, PilkadaError,
                     TooLong, error_class)
from .calendar import (Critical, Milestone, Phase, PhasePosition, Schedule, Stage, StageRole,
                       Window, WindowKind, load_schedule, phase_at, schedule, schedule_for, schedules)
from .workday import (DayUnit, Deadline, DeadlineId, DeadlineRule, Holiday, HolidayKind,
                      HolidayTable, Roll, WorkCalendar, WorkdayResult, add_workdays,
                      count_workdays, deadline, deadline_rule, deadline_rules, holidays,
                      is_workday, workcal)
from .places import (Place, PlaceCandidate, PlaceLevel, PlaceMention, PlaceResolution, find_places, place,
                     place_count, places_at, resolve_place)
from .regions import (Candidate, CodeMatch, Cycle, Election, MatchHow, Mention, Regime, Region,
                      RegionCounts, RegionKind, Resolution, children, count_regions, cycle, cycles,
                      find_in_text, find_region, lookup_code, provinces, regimes, region,
                      region_count, regions, resolve, resolve_many)
from .violations import (FACT_KEYS, Category, Certainty, Citation, Classification, Discipline,
                         Finding, Handler, Outcome, PenaltyJoin, Rule, Sanction, SanctionFlag,
                         Subcategory, Supported, acts, actors, classify, classify_many, explain,
                         rule, rules)
from .extract import (Draft, Evidence, Extraction, TextClassification, TextMention, classify_text,
                      extract)

__version__: str

__all__ = [
    "capi", "__version__", "version", "version_number", "data_version",
    "parse_date", "add_months", "weekday", "strerror", "status_name",
    "Record", "SlugEnum", "SourceStatus", "to_jsonable", "to_records",
    "default_lang", "format_date", "format_number", "format_rupiah", "month_name", "weekday_name",
    "PilkadaError", "InvalidArgument", "NotFound", "Ambiguous", "OutOfRange", "OutOfMemory",
    "IOError", "ParseError", "EncodingError", "TooLong", "BufferTooSmall", "Incomplete",
    "error_class",
    "Critical", "StageRole", "PhasePosition", "WindowKind", "Stage", "Phase", "Window",
    "Milestone", "Schedule", "schedule", "schedules", "load_schedule", "schedule_for", "phase_at",
    "HolidayKind", "Roll", "DayUnit", "DeadlineId", "Holiday", "HolidayTable", "WorkdayResult",
    "WorkCalendar", "DeadlineRule", "Deadline", "holidays", "workcal", "is_workday",
    "add_workdays", "count_workdays", "deadline", "deadline_rule", "deadline_rules",
    "RegionKind", "MatchHow", "Region", "CodeMatch", "Candidate", "Resolution", "Mention", "Cycle",
    "Election", "Regime", "RegionCounts", "region", "lookup_code", "find_region", "resolve",
    "resolve_many", "find_in_text", "regions", "provinces", "children", "region_count",
    "count_regions", "cycles", "cycle", "regimes",
    "Place", "PlaceLevel", "PlaceCandidate", "PlaceResolution", "PlaceMention", "place", "places_at",
    "resolve_place", "find_places", "place_count",
    "Category", "Subcategory", "Discipline", "PenaltyJoin", "Certainty", "Outcome", "Supported",
    "SanctionFlag", "Citation", "Rule", "Sanction", "Handler", "Finding", "Classification",
    "rules", "rule", "classify", "classify_many", "explain", "actors", "acts", "FACT_KEYS",
    "extract", "classify_text", "Extraction", "Draft", "Evidence", "TextMention", "TextClassification",
]


def version() -> str: ...
def version_number() -> int: ...
def data_version() -> str: ...
def strerror(status: int) -> str: ...
def status_name(status: int) -> str: ...
def parse_date(text: str) -> _dt.date: ...
def add_months(date: Union[_dt.date, str], months: int) -> _dt.date: ...
def weekday(date: Union[_dt.date, str]) -> int: ...
