#!/usr/bin/env python3
"""An analyst's afternoon with libpilkada: a CSV of reports with an id
column, written as people write them (Indonesian column names, dates as
27/11/2024 or "1 Oktober 2024", regions by name, "timses", "kades", "PNS"),
classified in one call, summarised per region and category, and written out
as CSV and as an iCalendar file of the 2024 schedule.

pandas is used for the summary when it is installed (pd.DataFrame(results)
gives named columns); without it the same summary is made with the standard
library, so the script runs anywhere the bindings do.

Usage:
    python3 examples/analyst.py [reports.csv] [--out DIR] [--lang id|en]

    reports.csv   default: examples/data/reports_analyst.csv
    --out         where to write classified.csv, summary.csv and
                  pilkada-2024.ics (default: the current directory)
    --lang        language of the calendar and of the printed summary
                  (default: PILKADA_LANG, else the locale)
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import sys
from typing import Any, Dict, List

import pilkada

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INPUT = os.path.join(HERE, "data", "reports_analyst.csv")

# The CSV's Indonesian column names -> the classifier's facts; the other
# columns (id, catatan) travel beside each result unchanged.
COLUMNS = {"tanggal": "occurred", "pelaku": "actor", "perbuatan": "act", "wilayah": "region",
           "diketahui": "discovered", "dilaporkan": "reported"}


def read_reports(path: str) -> List[Dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [{COLUMNS.get(k, k): v for k, v in row.items()} for row in csv.DictReader(f)]


def summarise(records: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Reports per region and category (the first finding's category;
    errors and reports without findings by their outcome)."""
    try:
        import pandas as pd
    except ImportError:
        counts: Dict[Any, int] = collections.Counter(
            (r.get("region") or "-", r.get("category") or r["outcome"]) for r in records)
        return [{"region": k[0], "category": k[1], "reports": n} for k, n in sorted(counts.items())]
    df = pd.DataFrame(records)
    df["region"] = df["region"].fillna("-")
    df["category"] = df["category"].fillna(df["outcome"])
    table = df.groupby(["region", "category"]).size().reset_index(name="reports")
    return [{"region": r.region, "category": r.category, "reports": int(r.reports)}
            for r in table.sort_values(["region", "category"]).itertuples()]


def write_csv(path: str, rows: List[Dict[str, Any]]) -> None:
    fields: List[str] = []
    for r in rows:
        fields += [k for k in r if k not in fields]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", nargs="?", default=DEFAULT_INPUT)
    ap.add_argument("--out", default=".")
    ap.add_argument("--lang", choices=["id", "en"], default=None)
    args = ap.parse_args(argv)
    lang = args.lang or pilkada.default_lang()

    reports = read_reports(args.reports)
    results = pilkada.classify_many(reports)        # errors come back in place, with their id
    records = pilkada.to_records(results)           # flat rows: id, outcome, category, rule, ...
    summary = summarise(records)

    os.makedirs(args.out, exist_ok=True)
    write_csv(os.path.join(args.out, "classified.csv"), records)
    write_csv(os.path.join(args.out, "summary.csv"), summary)
    with open(os.path.join(args.out, "pilkada-2024.ics"), "w", encoding="utf-8", newline="") as f:
        f.write(pilkada.schedule(2024).to_ics(lang=lang, dtstamp="20250101T000000Z"))

    names = {r.code: r.full_name for r in pilkada.regions()}
    head = ("Wilayah", "Kategori", "Laporan") if lang == "id" else ("Region", "Category", "Reports")
    print("%-32s %-22s %s" % head)
    for row in summary:
        print("%-32s %-22s %d" % (names.get(row["region"], row["region"]), row["category"], row["reports"]))
    for r in records:
        if r["outcome"] == "error":
            print("%s: %s" % (r["id"], r["error"]))
        elif r.get("late_report"):
            due = pilkada.format_date(r["report_due"], lang)
            print("%s: %s %s" % (r["id"], "laporan terlambat, batas" if lang == "id" else "late report, due", due))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
