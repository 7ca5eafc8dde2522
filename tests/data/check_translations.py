#!/usr/bin/env python3
"""The Indonesian columns of the data files people read (issue 12): lists, per
file and column, how many rows still have only the English text (their
Indonesian cell is empty, so the library shows the English one), and fails on

  - an Indonesian cell in a row without the English text it translates,
  - an Indonesian cell that is a copy of the English one (not a translation),
  - more untranslated rows than recorded below (translations may only grow;
    lower the figure when you translate more rows).

usage: check_translations.py <data/rules directory>
"""
import csv
import os
import sys

# file -> [(English column, Indonesian column, most rows allowed without Indonesian)]
COLUMNS = {
    "handlers.csv": [("role", "role_id", 0), ("note", "note_id", 0)],  # name_id: only names with English words
    "outcomes.csv": [("note", "note_id", 0)],
    "rules.csv": [("summary_en", "summary_id", 8), ("certainty_note", "certainty_note_id", 10),
                  ("note", "note_id", 8)],
}


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def main(root):
    bad = 0
    for name, cols in COLUMNS.items():
        data = rows(os.path.join(root, name))
        for en, idn, ceiling in cols:
            missing = []
            for i, r in enumerate(data, 1):
                if idn not in r:
                    print(f"{name}: no column {idn}")
                    return 1
                e, t = (r.get(en) or "").strip(), (r.get(idn) or "").strip()
                if t and not e:
                    print(f"{name} row {i}: {idn} without {en}")
                    bad += 1
                elif t and t == e:
                    print(f"{name} row {i}: {idn} is a copy of {en}")
                    bad += 1
                elif e and not t:
                    missing.append(i)
            total = sum(1 for r in data if (r.get(en) or "").strip())
            print(f"{name}: {idn}: {total - len(missing)} of {total} rows in Indonesian, "
                  f"{len(missing)} English only {missing if missing else ''}".rstrip())
            if len(missing) > ceiling:
                print(f"{name}: {idn}: {len(missing)} rows without Indonesian, more than the {ceiling} recorded")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
