#!/usr/bin/env python3
"""Classify a CSV of reported incidents with libpilkada and summarise them.

No pandas needed: the CSV is read with the standard csv module, every row is
classified in one batch call (pilkada.classify_many), and a summary is
written: outcomes, findings per category and per region, late reports,
conflicts between rules, incomplete reports and rows with bad facts.

Columns: any of the incident keys (pilkada.FACT_KEYS: actor, act,
involved_actor, occurred, discovered, reported, region, cycle, supported,
minister_approval, tsm, candidate_involved, incumbent_candidate, on_leave);
other columns (e.g. id, summary) are carried along, and an "id" column
names the rows in the summary. Empty cells are unknown facts.

Usage:
    python3 examples/classify_reports.py [reports.csv] [--format text|csv]
        [--output FILE] [--findings FILE]

    reports.csv   default: examples/data/reports_sample.csv
    --format      text (default) or csv (section,key,count rows)
    --output      write the summary to FILE instead of stdout
    --findings    also write one CSV row per finding (id, rule, category,
                  citations, handler, report deadline) to FILE
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import sys
from typing import Dict, List, Mapping, Optional, TextIO, Tuple, Union

import pilkada

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INPUT = os.path.join(HERE, "data", "reports_sample.csv")

Result = Union[pilkada.Classification, pilkada.PilkadaError]


def read_reports(path: str) -> List[Dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f)]


def facts_of(row: Mapping[str, str]) -> Dict[str, str]:
    """The incident facts of a row: the known keys with a non-empty value."""
    return {k: v.strip() for k, v in row.items()
            if k in pilkada.FACT_KEYS and v is not None and v.strip()}


def region_label(code: str) -> str:
    if not code:
        return "(no region)"
    try:
        return "%s %s" % (pilkada.region(code).code, pilkada.region(code).full_name)
    except pilkada.PilkadaError:
        return "%s (unknown code)" % code


class Summary:
    """Counts over the classified reports."""

    def __init__(self) -> None:
        self.total = 0
        self.outcomes: collections.Counter[str] = collections.Counter()
        self.findings_by_category: collections.Counter[str] = collections.Counter()
        self.reports_by_category: collections.Counter[str] = collections.Counter()
        self.reports_by_region: collections.Counter[str] = collections.Counter()
        self.findings_by_region: collections.Counter[str] = collections.Counter()
        self.late: List[Tuple[str, str]] = []
        self.conflicts: List[Tuple[str, str]] = []
        self.incomplete: List[Tuple[str, str]] = []
        self.errors: List[Tuple[str, str]] = []

    def add(self, rid: str, row: Mapping[str, str], result: Result) -> None:
        self.total += 1
        region = region_label((row.get("region") or "").strip())
        self.reports_by_region[region] += 1
        if isinstance(result, pilkada.PilkadaError):
            self.outcomes["error"] += 1
            self.errors.append((rid, "%s: %s" % (result.status_name, result)))
            return
        self.outcomes[result.outcome.slug] += 1
        for cat in {f.category.slug for f in result.findings}:
            self.reports_by_category[cat] += 1
        for f in result.findings:
            self.findings_by_category[f.category.slug] += 1
            self.findings_by_region[region] += 1
        if result.late_report and result.report_deadline is not None:
            self.late.append((rid, "reported %s, due %s" % (
                row.get("reported", "?"), result.report_deadline.due.isoformat())))
        if result.outcome is pilkada.Outcome.CONFLICT:
            self.conflicts.append((rid, " vs ".join(result.rule_ids)))
        if result.outcome is pilkada.Outcome.INCOMPLETE:
            self.incomplete.append((rid, "missing %s" % result.missing_field))

    def rows(self) -> List[Tuple[str, str, Union[int, str]]]:
        """(section, key, value) rows of the summary."""
        out: List[Tuple[str, str, Union[int, str]]] = [("reports", "total", self.total)]
        out += [("outcome", k, v) for k, v in sorted(self.outcomes.items())]
        out += [("findings_by_category", k, v) for k, v in sorted(self.findings_by_category.items())]
        out += [("reports_by_category", k, v) for k, v in sorted(self.reports_by_category.items())]
        for region, n in sorted(self.reports_by_region.items()):
            out.append(("reports_by_region", region, n))
            out.append(("findings_by_region", region, self.findings_by_region.get(region, 0)))
        for section, items in (("late_report", self.late), ("conflict", self.conflicts),
                               ("incomplete", self.incomplete), ("error", self.errors)):
            out += [(section, rid, why) for rid, why in items]
        return out

    def write_text(self, out: TextIO) -> None:
        w = out.write
        w("Reports: %d\n" % self.total)
        w("Outcomes: %s\n" % ", ".join("%s %d" % kv for kv in sorted(self.outcomes.items())))
        w("\nFindings per category (findings, reports):\n")
        for cat, n in sorted(self.findings_by_category.items(), key=lambda kv: (-kv[1], kv[0])):
            w("  %-20s %3d  (%d reports)\n" % (cat, n, self.reports_by_category[cat]))
        w("\nPer region: reports, findings\n")
        for region, n in sorted(self.reports_by_region.items()):
            w("  %-40s %3d %3d\n" % (region, n, self.findings_by_region.get(region, 0)))
        for title, items in (("Late reports (more than 7 days after discovery)", self.late),
                             ("Conflicts between rules", self.conflicts),
                             ("Incomplete reports", self.incomplete),
                             ("Rows with bad facts", self.errors)):
            w("\n%s: %d\n" % (title, len(items)))
            for rid, why in items:
                w("  %s  %s\n" % (rid, why))

    def write_csv(self, out: TextIO) -> None:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["section", "key", "value"])
        w.writerows(self.rows())


def write_findings(path: str, ids: List[str], results: List[Result]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "outcome", "rule", "category", "citations", "handler", "certainty",
                    "report_due", "late_report"])
        for rid, r in zip(ids, results):
            if isinstance(r, pilkada.PilkadaError):
                w.writerow([rid, "error", "", "", str(r), "", "", "", ""])
                continue
            due = r.report_deadline.due.isoformat() if r.report_deadline else ""
            if not r.findings:
                w.writerow([rid, r.outcome.slug, "", "", "", "", "", due, int(r.late_report)])
            for fnd in r.findings:
                w.writerow([rid, r.outcome.slug, fnd.rule.id, fnd.category.slug,
                            "; ".join(c.text for c in fnd.citations), fnd.handler_name,
                            fnd.certainty.slug, due, int(r.late_report)])


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?", default=DEFAULT_INPUT, help="CSV of reports")
    ap.add_argument("--format", choices=("text", "csv"), default="text")
    ap.add_argument("--output", help="summary file (default: stdout)")
    ap.add_argument("--findings", help="also write one CSV row per finding to this file")
    args = ap.parse_args(argv)

    rows = read_reports(args.input)
    ids = [(row.get("id") or "row %d" % (i + 2)).strip() for i, row in enumerate(rows)]
    results = pilkada.classify_many([facts_of(row) for row in rows])  # one call, GIL released

    summary = Summary()
    for rid, row, result in zip(ids, rows, results):
        summary.add(rid, row, result)

    out: TextIO = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
    try:
        (summary.write_csv if args.format == "csv" else summary.write_text)(out)
    finally:
        if out is not sys.stdout:
            out.close()
    if args.findings:
        write_findings(args.findings, ids, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
