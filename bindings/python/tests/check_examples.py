"""ctest python_example_*: run the Python examples with the built module and
check their answers against facts of the law and the 2024 schedule.

Usage: check_examples.py <source-dir> classify_reports|pilkada_calendar <work-dir>
"""

import csv
import io
import json
import os
import subprocess
import sys


def run(*args: str) -> str:
    p = subprocess.run([sys.executable] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True,
                       timeout=int(os.environ.get("PK_TEST_TIMEOUT", "300")))  # generous: a loaded machine
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit("%s exited %d" % (args[0], p.returncode))
    return p.stdout


def check(cond: bool, what: str) -> None:
    print("%s: %s" % ("ok" if cond else "FAIL", what))
    if not cond:
        check.failed = True  # type: ignore[attr-defined]


check.failed = False  # type: ignore[attr-defined]


def classify_reports(src: str, work: str) -> None:
    script = os.path.join(src, "examples", "classify_reports.py")
    findings = os.path.join(work, "findings.csv")
    out = run(script, "--format", "csv", "--findings", findings)
    rows = list(csv.reader(io.StringIO(out)))[1:]
    s = {(a, b): c for a, b, c in rows}
    check(s.get(("reports", "total")) == "22", "22 reports in the sample")
    # Each sample row takes its facts from a case file of tests/violations/cases
    # (written from the law); eleven of those cases expect exactly one
    # election-crime finding: LAP-001..008 and LAP-010..012 (money politics
    # Pasal 187A, facilities in the campaign, involving officials, decisions
    # favouring a pair incl. MK 136, replacing officials, monitor 187D,
    # candidacy reward 187B).
    check(s.get(("findings_by_category", "election_crime")) == "11", "11 election_crime findings")
    check(s.get(("findings_by_category", "administrative_tsm")) == "1", "1 TSM finding (LAP-003)")
    check(s.get(("findings_by_category", "organizer_ethics")) == "1", "1 DKPP finding (LAP-017)")
    check(s.get(("outcome", "no_rule")) == "1", "voter attending a campaign: no rule")
    check(("conflict", "LAP-015") in s, "PNS partisan activity: SKB row 8 vs PP 94 conflict")
    check(s.get(("incomplete", "LAP-009")) == "missing minister_approval",
          "replacing officials without knowing the Minister's approval is incomplete")
    check(s.get(("late_report", "LAP-014")) == "reported 2024-10-10, due 2024-10-09",
          "reported 8 days after discovery is late (7-day limit)")
    check(("error", "LAP-022") in s and "99.99" in s[("error", "LAP-022")],
          "unknown region code reported as an error row")
    check(s.get(("reports_by_region", "35.13 Kabupaten Probolinggo")) == "4", "4 reports in 35.13")
    with open(findings, newline="", encoding="utf-8") as f:
        frows = list(csv.DictReader(f))
    lap1 = [r for r in frows if r["id"] == "LAP-001"]
    check(len(lap1) == 1 and lap1[0]["handler"] == "Sentra Gakkumdu Kota Makassar"
          and "187A" in lap1[0]["citations"], "LAP-001: Pasal 187A, Gakkumdu Kota Makassar")
    cats3 = sorted(r["category"] for r in frows if r["id"] == "LAP-003")
    check(cats3 == ["administrative_tsm", "election_crime"], "LAP-003: TSM and crime")
    text = run(script)
    check("election_crime        11" in text and "Rows with bad facts: 1" in text, "text summary")


def pilkada_calendar(src: str, work: str) -> None:
    script = os.path.join(src, "examples", "pilkada_calendar.py")
    ics = os.path.join(work, "pilkada2024.ics")
    info = json.loads(run(script, "2024-11-25", "--json", "--ics", ics))
    check(info["innermost"]["id"] == "quiet_period", "25 Nov 2024 is in the quiet period")
    check(info["next_milestone"]["id"] == "voting" and info["next_milestone"]["days"] == 2,
          "next milestone: voting day in 2 days")
    check(info["days_until_voting"] == 2, "2 days until voting")
    check("quiet" in info["windows"], "quiet window contains the date")
    due = {d["rule"]: d["due"] for d in info["deadlines"]}
    check(due.get("report") == "2024-12-02", "report deadline 7 calendar days: 2 Dec 2024")
    with open(ics, encoding="utf-8", newline="") as f:
        text = f.read()
    check(text.startswith("BEGIN:VCALENDAR\r\n") and text.rstrip().endswith("END:VCALENDAR"),
          "iCalendar file with CRLF lines")
    check("UID:voting.pilkada-2024@libpilkada" in text and "DTSTART;VALUE=DATE:20241127" in text,
          "voting day event on 2024-11-27")
    try:
        import icalendar  # Debian python3-icalendar, when present
    except ImportError:
        print("skip: icalendar not installed")
    else:
        cal = icalendar.Calendar.from_ical(text)
        check(len(cal.walk("VEVENT")) == text.count("BEGIN:VEVENT"), "icalendar parses every event")
    plain = run(script, "2024-11-25")
    check("during Quiet period" in plain and "Voting day 2024-11-27 is in 2 days" in plain, "text")
    p = subprocess.run([sys.executable, script, "2023-02-29"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True)
    check(p.returncode == 2 and "2023-02" in p.stderr, "impossible date: exit 2 with a message")


def main() -> int:
    src, which, work = sys.argv[1], sys.argv[2], sys.argv[3]
    try:
        import pilkada  # noqa: F401
    except ImportError as e:
        print("cannot import pilkada (%s): skip" % e)
        return 77
    os.makedirs(work, exist_ok=True)
    {"classify_reports": classify_reports, "pilkada_calendar": pilkada_calendar}[which](src, work)
    return 1 if check.failed else 0  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
