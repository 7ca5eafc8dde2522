"""ctest python_leakcheck: call every kind of binding API many times and
fail if the process's resident memory keeps growing.

Each API runs a warm-up (caches, interned strings, the allocator's pools),
then N calls; the RSS growth over those N calls (from /proc/self/statm) must
stay under LIMIT_KB. A leak of even 24 bytes per call over 100,000 calls is
2.3 MB, so a per-call leak in a wrapper (a missing Py_DECREF, a pk_free not
called, a handle without a destructor) fails the test; errors are exercised
too, since error paths are where wrappers leak most often.

Usage: leakcheck.py [--scale F] [--limit-kb K]   (--scale 0.1 for a quick run)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import time
from typing import Callable, List, Tuple

try:
    import pilkada
except ImportError as e:  # pragma: no cover - only when the module was not built
    print("cannot import pilkada (%s): skip" % e)
    raise SystemExit(77)

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
SOURCE_DIR = os.environ.get("PK_SOURCE_DIR") or os.path.abspath(
    os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def rss_kb() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE_KB


def expect_error(fn: Callable[[], object], exc: type) -> None:
    try:
        fn()
    except exc:
        return
    raise AssertionError("no %s" % exc.__name__)


def resolve_or_error(name: str) -> object:
    """resolve() of a name that may be a typo (NotFound) or ambiguous."""
    try:
        return pilkada.resolve(name)
    except (pilkada.NotFound, pilkada.Ambiguous) as e:
        return e.candidates


class WithDate:
    """An object with a date() method (duck-typed date input)."""

    def date(self) -> dt.date:
        return dt.date(2024, 11, 27)


def apis() -> List[Tuple[str, int, Callable[[int], object]]]:
    """(name, calls, fn(i)) for every API family."""
    s2024 = pilkada.schedule(2024)
    cal = pilkada.WorkCalendar(extra_holidays=["2024-11-28"])
    with open(os.path.join(SOURCE_DIR, "data", "schedules", "pilkada-2024.csv"), encoding="utf-8") as f:
        schedule_csv = f.read()
    d0 = dt.date(2024, 1, 1)
    days = [d0 + dt.timedelta(days=k) for k in range(366)]
    isos = [d.isoformat() for d in days]
    facts = {"actor": "pns", "act": "decision_favouring", "occurred": "2024-10-01",
             "discovered": "2024-10-02", "reported": "2024-10-04", "region": "35.13"}
    batch = [dict(facts, occurred=isos[200 + k % 100]) for k in range(1000)]
    names = ["Kab. Banyuasin", "KOTA MAKASSAR", "Probolingo", "Bekasi", "Pangkal Pinang"] * 200
    text = "Laporan: ASN di Kab. Bandung Barat dan Kota Bekasi ikut kampanye di Probolinggo."
    report = ("Kepala Desa Sukamaju di Kabupaten Probolinggo membagikan uang Rp 50.000 kepada warga pada "
              "Senin (18/11) untuk mendukung paslon nomor 2. ASN ikut kampanye.")

    return [
        ("date parse", 100_000, lambda i: pilkada.parse_date(isos[i % 366])),
        ("date parse (error)", 100_000, lambda i: expect_error(
            lambda: pilkada.parse_date("2023-02-29"), pilkada.ParseError)),
        ("date input (text, datetime, date())", 100_000, lambda i: pilkada.weekday(
            ("27/11/2024", "Rabu, 27 Nopember 2024", dt.datetime(2024, 11, 27, 10, 0), WithDate())[i % 4])),
        ("date input (error)", 20_000, lambda i: expect_error(
            lambda: pilkada.weekday("27/11/24"), pilkada.ParseError)),
        ("schedule phase", 100_000, lambda i: s2024.phase(days[i % 366])),
        ("schedule active", 100_000, lambda i: s2024.active(days[i % 366])),
        ("schedule next milestone", 100_000, lambda i: s2024.next_milestone(days[i % 366])),
        ("schedule load/free", 2_000, lambda i: pilkada.Schedule.from_string(schedule_csv).close()),
        ("schedule load (error)", 20_000, lambda i: expect_error(
            lambda: pilkada.Schedule.from_string("id,name\n\"unterminated\n"), pilkada.PilkadaError)),
        ("ics export", 2_000, lambda i: s2024.to_ics(dtstamp="20240101T000000Z")),
        ("workcal new/free", 20_000, lambda i: pilkada.WorkCalendar(extra_holidays=[days[i % 366]])),
        ("workcal add", 100_000, lambda i: cal.add(days[i % 366], 5)),
        ("workcal add_many (1000)", 500, lambda i: cal.add_many(days * 3, 5)),
        ("workcal add (error)", 100_000, lambda i: expect_error(
            lambda: cal.add("2099-01-01", 5), pilkada.OutOfRange)),
        ("deadline", 100_000, lambda i: pilkada.deadline("report", days[i % 366])),
        ("region lookup", 100_000, lambda i: pilkada.region("35.13")),
        ("region lookup (error)", 100_000, lambda i: expect_error(
            lambda: pilkada.region("99.99"), pilkada.NotFound)),
        ("region resolve (+errors)", 100_000, lambda i: resolve_or_error(names[i % 5])),
        ("region resolve_many (1000)", 200, lambda i: pilkada.resolve_many(names)),
        ("region find_in_text", 100_000, lambda i: pilkada.find_in_text(text)),
        ("classify", 100_000, lambda i: pilkada.classify(facts)),
        ("classify (error)", 100_000, lambda i: expect_error(
            lambda: pilkada.classify(facts, act="no_such_act"), pilkada.NotFound)),
        ("classify_many (1000)", 100, lambda i: pilkada.classify_many(batch)),
        ("explain", 10_000, lambda i: pilkada.explain(facts)),
        ("trace", 10_000, lambda i: pilkada.trace(facts)),
        ("text extract", 20_000, lambda i: pilkada.extract(report, ref_date="2024-11-25", default_region="35.13")),
        ("text extract (error)", 100_000, lambda i: expect_error(
            lambda: pilkada.extract(report, default_region="99.99"), pilkada.InvalidArgument)),
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every call count")
    ap.add_argument("--limit-kb", type=int, default=2048, help="largest RSS growth per API")
    args = ap.parse_args()

    failed = []
    t_start = time.perf_counter()
    print("%-28s %9s %9s %10s %8s" % ("API", "calls", "warm-up", "growth KB", "seconds"))
    for name, calls, fn in apis():
        n = max(1, int(calls * args.scale))
        warm = max(1, n // 10)
        for i in range(warm):
            fn(i)
        gc.collect()
        before = rss_kb()
        t0 = time.perf_counter()
        for i in range(n):
            fn(i)
        gc.collect()
        growth = rss_kb() - before
        bad = growth > args.limit_kb
        print("%-28s %9d %9d %10d %8.2f%s" % (name, n, warm, growth, time.perf_counter() - t0,
                                               "  LEAK?" if bad else ""))
        sys.stdout.flush()
        if bad:
            failed.append(name)
    print("total %.1f s; limit %d KB per API" % (time.perf_counter() - t_start, args.limit_kb))
    if failed:
        print("FAIL: memory grew in: %s" % ", ".join(failed))
        return 1
    print("python_leakcheck: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
