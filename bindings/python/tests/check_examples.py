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
    check(cats3 == ["administrative_tsm", "election_crime", "result_dispute"],
          "LAP-003: TSM, crime and the Constitutional Court route (MK 313/PHPU.BUP-XXIII/2025)")
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


def analyst(src: str, work: str) -> None:
    """examples/analyst.py on examples/data/reports_analyst.csv (issue 12):
    ids travel, names, Indonesian dates and words are read, the summary is
    per region and category, the calendar is in Indonesian."""
    script = os.path.join(src, "examples", "analyst.py")
    env = dict(os.environ, PILKADA_LANG="id")
    p = subprocess.run([sys.executable, script, "--out", work], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, env=env, timeout=int(os.environ.get("PK_TEST_TIMEOUT", "300")))
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit("analyst.py exited %d" % p.returncode)
    with open(os.path.join(work, "classified.csv"), newline="", encoding="utf-8") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    check(sorted(rows) == ["A-0%d" % i for i in range(1, 9)], "every report id comes out beside its result")
    check(rows["A-01"]["category"] == "election_crime" and rows["A-01"]["region"] == "73.71"
          and "187A" in rows["A-01"]["citation"],
          "timses + politik uang in Kota Makassar: money politics, UU 10/2016 Pasal 187A")
    check(rows["A-01"]["catatan"] == "amplop di Tamalate", "other columns travel unchanged")
    check(rows["A-03"]["rule"] == "asn_dis_post_like_share_calon" and rows["A-03"]["region"] == "35.13",
          "PNS + like, '1 Oktober 2024', Kabupaten Probolinggo: the ASN discipline rule")
    check(rows["A-05"]["late_report"] == "True" and rows["A-05"]["report_due"] == "2024-11-28",
          "reported 29/11 after discovery on 21/11: late (7 days, UU 1/2015 Pasal 134(4))")
    check(rows["A-05"]["region"] == "16.08", "Kab. Ogan Komering Ulu Timur is 16.08")
    check(rows["A-07"]["outcome"] == "no_rule", "a voter attending a campaign: no rule")
    check(rows["A-08"]["outcome"] == "error" and "pns or pppk" in rows["A-08"]["error"],
          "asn is refused as ambiguous (PNS or PPPK), the row keeps its id")
    with open(os.path.join(work, "summary.csv"), newline="", encoding="utf-8") as f:
        summary = {(r["region"], r["category"]): r["reports"] for r in csv.DictReader(f)}
    check(summary.get(("73.71", "election_crime")) == "2", "2 election crimes in Kota Makassar")
    check(summary.get(("35.13", "other_laws")) == "1", "1 other-laws finding in 35.13")
    with open(os.path.join(work, "pilkada-2024.ics"), encoding="utf-8") as f:
        ics = f.read()
    check("SUMMARY:Masa tenang" in ics, "the calendar in Indonesian (PKPU 2/2024: Masa tenang)")
    check("Kota Makassar" in p.stdout and "laporan terlambat" in p.stdout, "an Indonesian summary on stdout")
    try:
        import pandas  # noqa: F401
        print("pandas: the summary went through a DataFrame")
    except ImportError:
        print("skip: pandas not installed (the summary used the standard library)")


def main() -> int:
    src, which, work = sys.argv[1], sys.argv[2], sys.argv[3]
    try:
        import pilkada  # noqa: F401
    except ImportError as e:
        print("cannot import pilkada (%s): skip" % e)
        return 77
    os.makedirs(work, exist_ok=True)
    {"classify_reports": classify_reports, "pilkada_calendar": pilkada_calendar,
     "analyst": analyst}[which](src, work)
    return 1 if check.failed else 0  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
