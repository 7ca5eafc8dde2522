"""Typed use of the public API, checked by mypy --strict against the stubs
(ctest python_mypy) and also run, so every line is real, working code."""

from __future__ import annotations

import datetime as dt
from typing import Dict, List, Optional, Union

import pilkada
from pilkada import (Category, Classification, Outcome, PilkadaError, Region, Schedule, Stage,
                     WindowKind)


def phase_summary(s: Schedule, day: dt.date) -> str:
    p = s.phase(day)
    inner: Optional[Stage] = p.innermost
    nxt = p.next
    parts = [p.position.name, inner.id if inner else "-"]
    if nxt is not None and nxt.start is not None:
        parts.append("%s in %d days (%s)" % (nxt.id, p.days_to_next, nxt.start.isoformat()))
    return " ".join(parts)


def calendar_checks() -> None:
    s = pilkada.schedule(2024)
    voting: dt.date = s.voting_day()
    assert voting == dt.date(2024, 11, 27)
    ids: List[str] = [st.id for st in s.active("2024-11-25")]
    assert "quiet_period" in ids
    w = s.window(WindowKind.QUIET)
    assert w.start == dt.date(2024, 11, 24) and w.contains("2024-11-25")
    m = s.next_milestone(dt.date(2024, 11, 25))
    assert m is not None and m.stage.id == "voting" and m.days == 2
    assert phase_summary(s, dt.date(2024, 11, 25)).startswith("DURING quiet_period")
    ics: str = s.to_ics(dtstamp="20240101T000000Z")
    assert ics.startswith("BEGIN:VCALENDAR")
    assert pilkada.parse_date("2024-02-29").isoformat() == "2024-02-29"
    assert pilkada.add_months("2024-08-31", -6) == dt.date(2024, 2, 29)
    assert pilkada.weekday(dt.date(2024, 11, 27)) == 3


def workday_checks() -> None:
    d = pilkada.deadline("report", dt.date(2024, 11, 25))
    due: dt.date = d.due
    assert due == dt.date(2024, 12, 2) and d.rule.slug == "report"
    assert pilkada.add_workdays("2024-11-25", 3) == dt.date(2024, 11, 29)
    cal = pilkada.WorkCalendar(extra_holidays=["2024-11-28"], roll=pilkada.Roll.FORWARD)
    dates: List[dt.date] = cal.add_many([dt.date(2024, 11, 25)] * 3, 1)
    assert len(dates) == 3
    n: int = pilkada.count_workdays("2024-11-25", "2024-12-02")
    assert n > 0
    h = pilkada.holidays().find("2024-11-27")
    assert h is not None and h.kind & pilkada.HolidayKind.ELECTION


def region_checks() -> None:
    r: Region = pilkada.region("35.13")
    assert r.full_name == "Kabupaten Probolinggo" and r.kind is pilkada.RegionKind.KABUPATEN
    parent = r.parent
    assert parent is not None and parent.code == "35"
    try:
        pilkada.resolve("Bekasi")
    except pilkada.Ambiguous as e:
        names = sorted(c.region.full_name for c in e.candidates)
        assert names == ["Kabupaten Bekasi", "Kota Bekasi"], names
    found: List[Optional[Region]] = pilkada.resolve_many(["KOTA MAKASSAR", "zzzz"])
    assert found[0] is not None and found[0].code == "73.71" and found[1] is None
    mentions = pilkada.find_in_text("ASN di Kab. Bandung Barat")
    assert mentions[0].region is not None and mentions[0].region.code == "32.17"
    assert pilkada.count_regions(2024).total == 545


def violation_checks() -> None:
    facts: Dict[str, Union[str, dt.date, bool, None]] = {
        "actor": "pns", "act": "decision_favouring", "occurred": dt.date(2024, 10, 1),
        "discovered": "2024-10-02", "region": "35.13"}
    c: Classification = pilkada.classify(facts)
    assert c.outcome is Outcome.FINDINGS
    cats = {f.category for f in c.findings}
    assert Category.ELECTION_CRIME in cats
    for f in c:
        cites: List[str] = [x.text for x in f.citations]
        assert cites and f.handler_name
    many = pilkada.classify_many([facts, {"actor": "pns", "act": "no_such_act"}])
    first, second = many
    assert isinstance(first, Classification) and isinstance(second, PilkadaError)
    text: str = pilkada.explain(facts)
    assert "official_action_favouring_candidate" in text


def main() -> None:
    calendar_checks()
    workday_checks()
    region_checks()
    violation_checks()
    print("typecheck_usage: OK")


if __name__ == "__main__":
    main()
