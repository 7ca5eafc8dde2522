#!/usr/bin/python3
"""Check `pilkada ics` output with Debian's python3-icalendar (RFC 5545 parser).

usage: ics_check.py <path to the pilkada CLI> <scratch directory>
Exit 0 on success, 1 on a failed check, 77 (ctest SKIP) if icalendar is missing.

Facts: Pilkada 2024 voting day 2024-11-27 and the 2025 Bangka/Pangkalpinang
re-run voting day 2025-08-27 (shared/research/schedule.md, 1g and 3a).
"""
import datetime
import json
import os
import subprocess
import sys

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed: skipping")
    sys.exit(77)

cli, scratch = sys.argv[1], sys.argv[2]
failures = 0


def check(cond, msg):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", msg)


def physical_lines(raw, label):
    check(raw.endswith(b"\r\n"), f"{label}: output does not end with CRLF")
    parts = raw.split(b"\r\n")
    check(parts[-1] == b"", f"{label}: trailing bytes after the last CRLF")
    for i, line in enumerate(parts[:-1], 1):
        check(b"\n" not in line and b"\r" not in line, f"{label}: line {i} has a bare CR or LF")
        check(len(line) <= 75, f"{label}: line {i} is {len(line)} octets (> 75)")
        try:
            line.decode("utf-8")  # folding never splits a UTF-8 sequence
        except UnicodeDecodeError:
            check(False, f"{label}: line {i} is not valid UTF-8 on its own (a sequence was split)")


def export(args, label):
    out = os.path.join(scratch, label + ".ics")
    r = subprocess.run([cli, "ics", "--dtstamp", "20250101T120000Z", "-o", out] + args)
    check(r.returncode == 0, f"{label}: pilkada ics exited {r.returncode}")
    with open(out, "rb") as f:
        raw = f.read()
    physical_lines(raw, label)
    return raw, icalendar.Calendar.from_ical(raw)


def dated_stage_count(args):
    r = subprocess.run([cli, "schedule", "--json"] + args, capture_output=True, check=True)
    stages = json.loads(r.stdout)["stages"]
    return stages, sum(1 for s in stages if s["start"] or s["end"])


def events(cal):
    return [c for c in cal.walk() if c.name == "VEVENT"]


def by_uid(evs, uid):
    for e in evs:
        if str(e["UID"]) == uid:
            return e
    return None


# --- Pilkada 2024
raw, cal = export(["--cycle", "2024"], "pilkada-2024")
check(str(cal["VERSION"]) == "2.0", "VERSION is not 2.0")
check(str(cal["CALSCALE"]) == "GREGORIAN", "CALSCALE")
check("libpilkada" in str(cal["PRODID"]), "PRODID")
stages, want = dated_stage_count(["--cycle", "2024"])
evs = events(cal)
check(len(evs) == want, f"2024: {len(evs)} events, expected {want} dated stages")
uids = [str(e["UID"]) for e in evs]
check(len(set(uids)) == len(uids), "2024: UIDs are not unique")
v = by_uid(evs, "voting.pilkada-2024@libpilkada")
check(v is not None, "2024: no voting event")
if v is not None:
    check(v["DTSTART"].dt == datetime.date(2024, 11, 27), f"2024 voting DTSTART {v['DTSTART'].dt}")
    check(v["DTEND"].dt == datetime.date(2024, 11, 28), f"2024 voting DTEND {v['DTEND'].dt} (exclusive end)")
    check(str(v["SUMMARY"]) == "Voting day", f"2024 voting SUMMARY {v['SUMMARY']!r}")
    check("PKPU 2/2024" in str(v["DESCRIPTION"]), "2024 voting DESCRIPTION lacks the basis")
    check(v["DTSTAMP"].dt == datetime.datetime(2025, 1, 1, 12, 0, tzinfo=datetime.timezone.utc), "DTSTAMP")
q = by_uid(evs, "quiet_period.pilkada-2024@libpilkada")
check(q is not None and q["DTSTART"].dt == datetime.date(2024, 11, 24) and q["DTEND"].dt == datetime.date(2024, 11, 27),
      "2024 quiet period 24-26 Nov (DTEND 27 Nov exclusive)")
# commas survive the TEXT escaping round trip
adhoc = by_uid(evs, "adhoc_body_formation.pilkada-2024@libpilkada")
check(adhoc is not None and str(adhoc["SUMMARY"]) == "Formation of the ad hoc bodies PPK, PPS and KPPS",
      "escaped commas in SUMMARY")
# deterministic: a second export is byte-identical
raw2, _ = export(["--cycle", "2024"], "pilkada-2024-again")
check(raw == raw2, "2024: two exports with the same DTSTAMP differ")

# --- 2025 re-run
_, cal = export(["--cycle", "2025"], "rerun-2025")
evs = events(cal)
v = by_uid(evs, "voting.rerun-2025-bangka-pangkalpinang@libpilkada")
check(v is not None and v["DTSTART"].dt == datetime.date(2025, 8, 27), "2025 re-run voting 2025-08-27")

# --- a user file with long multi-byte text: folding must respect UTF-8
csv = os.path.join(scratch, "utf8.csv")
long_name = "Pemungutan suara — ulang di TPS; “khusus”, " + "é—ü" * 40
with open(csv, "w", encoding="utf-8") as f:
    f.write("#% id: utf8-test\n#% title: Ujian — “UTF-8”\n#% title_id: Uji\n#% cycle: 2024\n#% basis: B\n#% source: S\n")
    f.write("id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,status,source,note\n")
    f.write(f'a,,,,,2024-12-01,2024-12-02,,x,"{long_name}",,CONFIRMED,,"line one\nline two \\ back"\n')
    f.write("b,,,,,,,rule only,y,Undated,,DERIVED,,\n")
raw, cal = export(["--file", csv], "utf8")
evs = events(cal)
check(len(evs) == 1, f"utf8: {len(evs)} events, expected 1 (undated stages skipped)")
if evs:
    check(str(evs[0]["SUMMARY"]) == long_name, "utf8: SUMMARY does not round-trip")
    check("line one\nline two \\ back" in str(evs[0]["DESCRIPTION"]), "utf8: newline/backslash escaping")
raw, cal = export(["--file", csv, "--include-undated"], "utf8-undated")
todos = [c for c in cal.walk() if c.name == "VTODO"]
check(len(todos) == 1, "utf8: --include-undated gives one VTODO")

# --- a bad DTSTAMP is a usage error
r = subprocess.run([cli, "ics", "--dtstamp", "2025-01-01"], capture_output=True)
check(r.returncode == 2, f"bad --dtstamp exit {r.returncode}, expected 2")

if failures:
    print(f"0 passed, {failures} failed")
    sys.exit(1)
print("ics_check: all checks passed")
