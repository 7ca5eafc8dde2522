#!/usr/bin/python3
"""Cross-check pk_workcal_add (built-in calendar, roll forward) against
numpy.busday_offset(roll='forward') with the same holidays.
usage: workday_numpy_check.py <workday_helper> <holidays_id.csv>
Exit 77 (skip) when numpy is missing."""
import csv
import random
import subprocess
import sys

try:
    import numpy as np
except ImportError:
    print("numpy not available: skipped")
    sys.exit(77)

helper, holidays_csv = sys.argv[1], sys.argv[2]
with open(holidays_csv, encoding="utf-8") as f:
    rows = [r for r in csv.DictReader(line for line in f if not line.startswith("#"))]
holidays = np.array([r["date"] for r in rows], dtype="datetime64[D]")
assert len(holidays) == 276, len(holidays)

rng = random.Random(20241127)
lo = np.datetime64("2015-02-01").astype(int)
hi = np.datetime64("2026-11-30").astype(int)
starts = np.array([rng.randrange(lo, hi) for _ in range(5000)], dtype="datetime64[D]")
ns = np.array([rng.randint(-30, 30) for _ in range(5000)])
want = np.busday_offset(starts, ns, roll="forward", holidays=holidays)

text = "".join("%s %d\n" % (s, n) for s, n in zip(starts.astype(str), ns))
got = subprocess.run([helper], input=text, capture_output=True, text=True, check=True).stdout.split()
# outside the table's years (2015-2026) libpilkada refuses to guess
def expected(w):
    return w if "2015-01-01" <= w <= "2026-12-31" else "PK_ERANGE"
bad = [(s, n, g, w) for s, n, g, w in zip(starts.astype(str), ns, got, want.astype(str)) if g != expected(w)]
for b in bad[:10]:
    print("MISMATCH start=%s n=%d libpilkada=%s numpy=%s" % b)
print("%d inputs, %d mismatches" % (len(got), len(bad)))
sys.exit(1 if bad or len(got) != len(starts) else 0)
