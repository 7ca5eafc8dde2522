#!/usr/bin/env python3
"""Where a date falls in a Pilkada schedule, what comes next, the deadlines
that run from it, and the schedule as an iCalendar file.

Usage:
    python3 examples/pilkada_calendar.py [DATE] [--schedule ID] [--ics FILE]
        [--deadlines SLUG,...] [--json]

    DATE         YYYY-MM-DD (default: today)
    --schedule   built-in schedule id or cycle year (default: 2024)
    --ics        write the schedule as RFC 5545 iCalendar to FILE (import it
                 into any calendar application)
    --deadlines  deadline rules to compute from DATE (default:
                 report,followup,gakkumdu_forward)
    --json       print the answer as JSON instead of text

Example: python3 examples/pilkada_calendar.py 2024-11-25 --ics pilkada2024.ics
    2024-11-25 is during the quiet period, 2 days before voting day (27 Nov 2024).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any, Dict, List, Optional

import pilkada


def describe(schedule: pilkada.Schedule, day: dt.date, deadline_slugs: List[str]) -> Dict[str, Any]:
    """Everything the calendar knows about ``day`` as JSON-friendly data."""
    phase = schedule.phase(day)
    milestone = schedule.next_milestone(day)
    windows = {k.slug: w for k, w in schedule.windows().items()}
    return {
        "date": day.isoformat(),
        "schedule": schedule.id,
        "position": phase.position.name.lower(),
        "innermost": phase.innermost.to_dict() if phase.innermost else None,
        "active": [{"id": s.id, "name_en": s.name_en, "name_id": s.name_id,
                    "start": s.start.isoformat() if s.start else None,
                    "end": s.end.isoformat() if s.end else None} for s in schedule.active(day)],
        "next_milestone": None if milestone is None else {
            "id": milestone.stage.id, "name_en": milestone.stage.name_en, "days": milestone.days,
            "date": (milestone.stage.start or milestone.stage.end or day).isoformat()},
        "days_until_voting": schedule.days_until_voting(day),
        "windows": sorted(k for k, w in windows.items() if w.contains(day)),
        "workday": pilkada.is_workday(day),
        "deadlines": [pilkada.deadline(slug, day).to_dict() for slug in deadline_slugs],
    }


def print_text(info: Dict[str, Any], schedule: pilkada.Schedule) -> None:
    day = info["date"]
    inner = info["innermost"]
    where = "during %s" % inner["name_en"] if inner else info["position"]
    print("%s (%s) is %s" % (day, "working day" if info["workday"] else "not a working day", where))
    print("Schedule: %s" % schedule.title)
    dv = info["days_until_voting"]
    voting = schedule.voting_day().isoformat()
    if dv > 0:
        print("Voting day %s is in %d days" % (voting, dv))
    elif dv == 0:
        print("Today is voting day")
    else:
        print("Voting day %s was %d days ago" % (voting, -dv))
    if info["active"]:
        print("\nActive stages (innermost first):")
        for s in info["active"]:
            print("  %-28s %s .. %s  %s" % (s["id"], s["start"] or "?", s["end"] or "?", s["name_en"]))
    if info["windows"]:
        print("\nLegal windows containing the date: %s" % ", ".join(info["windows"]))
    m = info["next_milestone"]
    if m:
        print("\nNext milestone: %s (%s) on %s, in %d days" % (m["id"], m["name_en"], m["date"], m["days"]))
    if info["deadlines"]:
        print("\nDeadlines counted from %s:" % day)
        for d in info["deadlines"]:
            print("  %-18s due %s  (%d %s day%s, %s)" % (
                d["rule"], d["due"], d["amount"], d["unit"], "" if d["amount"] == 1 else "s", d["basis"]))


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("date", nargs="?", help="YYYY-MM-DD (default: today)")
    ap.add_argument("--schedule", default="2024", help="schedule id or cycle year")
    ap.add_argument("--ics", help="write the schedule as iCalendar to this file")
    ap.add_argument("--deadlines", default="report,followup,gakkumdu_forward",
                    help="comma-separated deadline slugs ('' for none)")
    ap.add_argument("--json", action="store_true", help="JSON output")
    args = ap.parse_args(argv)

    try:
        day = pilkada.parse_date(args.date) if args.date else dt.date.today()
        schedule = pilkada.schedule(args.schedule)
        slugs = [s for s in args.deadlines.split(",") if s]
        info = describe(schedule, day, slugs)
    except pilkada.PilkadaError as e:
        print("error: %s" % e, file=sys.stderr)
        return 2

    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_text(info, schedule)
    if args.ics:
        text = schedule.to_ics()
        with open(args.ics, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        print("\nWrote %s: %d events" % (args.ics, text.count("BEGIN:VEVENT")),
              file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
