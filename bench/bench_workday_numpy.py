#!/usr/bin/python3
"""numpy.busday_offset on the arrays written by bench_workday, with the same
holidays (data/holidays_id.csv, all three kinds), roll='forward'. Checks the
results equal libpilkada's and prints ns/op and the ratio.
usage: bench_workday_numpy.py PREFIX HOLIDAYS_CSV"""
import csv
import sys
import time

try:
    import numpy as np
except ImportError:
    print("numpy not available (use Debian's /usr/bin/python3 with python3-numpy)")
    sys.exit(77)

prefix, holidays_csv = sys.argv[1], sys.argv[2]
with open(holidays_csv, encoding="utf-8") as f:
    rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
holidays = np.array([r["date"] for r in rows], dtype="datetime64[D]")
start = np.fromfile(prefix + ".start", dtype=np.int32).astype("datetime64[D]")
n = np.fromfile(prefix + ".n", dtype=np.int32).astype(np.int64)
c_out = np.fromfile(prefix + ".out", dtype=np.int32)
single_ns, batch_ns = (float(x) for x in open(prefix + ".ns").read().split())

bdc = np.busdaycalendar(holidays=holidays)
best = {}
for label, kw in (("holidays=", {"holidays": holidays}), ("busdaycal=", {"busdaycal": bdc})):
    t_best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter_ns()
        res = np.busday_offset(start, n, roll="forward", **kw)
        t_best = min(t_best, time.perf_counter_ns() - t0)
        if not np.array_equal(res.astype(np.int64), c_out.astype(np.int64)):
            bad = np.nonzero(res.astype(np.int64) != c_out.astype(np.int64))[0]
            print("MISMATCH with libpilkada at %d elements, first: start=%s n=%d numpy=%s" %
                  (len(bad), start[bad[0]], n[bad[0]], res[bad[0]]))
            sys.exit(1)
    best[label] = t_best / len(start)

print("numpy %s busday_offset(roll='forward'), same %d holidays, same arrays, best of 5:" % (np.__version__, len(holidays)))
for label, ns in best.items():
    print("  numpy.busday_offset(%-10s)      %8.2f ns/op" % (label + "...", ns))
fastest = min(best.values())
print("  results identical to libpilkada for all %d elements" % len(start))
print("ratio numpy (fastest form) / pk_workcal_add_serial_many: %.1fx" % (fastest / batch_ns))
print("ratio numpy (fastest form) / pk_workcal_add single calls: %.1fx" % (fastest / single_ns))
