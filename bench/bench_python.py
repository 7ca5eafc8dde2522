"""Cost of the Python bindings (printed figures, not a test).

1. Per-call overhead: the same region lookup, stage lookup (phase of a date)
   and classification from C (bench_python_c, figures passed in) and from
   Python, through the Pythonic layer and through the raw SWIG module
   pilkada.capi (the fast path), with the ratio to C.
2. Resolving 100,000 messy region names from Python: libpilkada single calls
   and resolve_many, against difflib.get_close_matches (timed on a subset
   and extrapolated, labelled as such), with the accuracy of each.
3. Classifying 100,000 incidents: single classify() calls vs classify_many().

Usage: bench_python.py [--calls-only] [C_LOOKUP_NS C_PHASE_NS C_CLASSIFY_NS C_CLASSIFY_SET_NS]
       (run through bench/run_python.sh <build-dir>, which supplies them;
       --calls-only: part 1 alone, a quick check of the per-call overhead)
"""

from __future__ import annotations

import datetime as dt
import difflib
import random
import sys
import time
from typing import Callable, Dict, List, Optional, Tuple

import pilkada
from pilkada import capi

N_CALLS = 200_000
N_NAMES = 100_000
N_INCIDENTS = 100_000
DIFFLIB_SUBSET = 2_000


def per_call_ns(fn: Callable[[int], object], n: int) -> float:
    for i in range(min(n, 1000)):  # warm-up
        fn(i)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter_ns()
        for i in range(n):
            fn(i)
        best = min(best, (time.perf_counter_ns() - t0) / n)
    return best


def loop_ns(n: int) -> float:
    """The cost of the bare Python loop and call, to subtract for the overhead."""
    return per_call_ns(lambda i: None, n)


def messy_names(n: int, seed: int = 20241127) -> List[Tuple[str, str]]:
    """(messy name, true code) pairs: prefixes, case, spacing, typos."""
    rng = random.Random(seed)
    regs = [r for r in pilkada.regions() if r.kind is not pilkada.RegionKind.PROVINSI]
    out = []
    for _ in range(n):
        r = rng.choice(regs)
        kota = r.kind in (pilkada.RegionKind.KOTA, pilkada.RegionKind.KOTA_ADMINISTRASI)
        base = r.name
        how = rng.randrange(7)
        if how == 0:
            s = r.full_name
        elif how == 1:
            s = ("Kota " if kota else "Kab. ") + base
        elif how == 2:
            s = r.full_name.upper()
        elif how == 3:
            s = ("Pemkot " if kota else "Pemkab ") + base
        elif how == 4:
            s = "  " + r.full_name.lower().replace(" ", "  ") + " "
        elif how == 5 and len(base) > 6:  # one-letter typo inside the name
            k = rng.randrange(1, len(base) - 1)
            s = ("Kota " if kota else "Kabupaten ") + base[:k] + base[k + 1:]
        else:
            s = ("kota " if kota else "kabupaten ") + base.lower()
        out.append((s, r.code))
    return out


def resolve_code(name: str) -> Optional[str]:
    try:
        return pilkada.resolve(name, accept_fuzzy=True).region.code
    except (pilkada.NotFound, pilkada.Ambiguous):
        return None


def main() -> int:
    calls_only = "--calls-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--calls-only"]
    c_ns = [float(x) for x in args[:4]] if len(args) >= 4 else None
    print("pilkada %s, Python %s" % (pilkada.version(), sys.version.split()[0]))

    # ---------------------------------------------------------- 1. per call
    sched = pilkada.schedule(2024)
    h = capi.pk_schedule_builtin("pilkada-2024")
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=k) for k in range(366)]
    facts = {"actor": "pns", "act": "decision_favouring", "occurred": "2024-10-01",
             "discovered": "2024-10-02", "reported": "2024-10-04", "region": "35.13"}
    assert pilkada.region("35.13").full_name == "Kabupaten Probolinggo"
    assert len(pilkada.classify(facts).findings) == 2

    base = loop_ns(N_CALLS)
    rows = [
        ("region lookup", 0, "pilkada.region('35.13')", lambda i: pilkada.region("35.13"), N_CALLS),
        ("region lookup", 0, "capi.pk_region_lookup('35.13')  [fast path]",
         lambda i: capi.pk_region_lookup("35.13"), N_CALLS),
        ("stage lookup", 1, "Schedule.phase(date)", lambda i: sched.phase(days[i % 366]), N_CALLS),
        ("stage lookup", 1, "Schedule.stage_on(date)", lambda i: sched.stage_on(days[i % 366]), N_CALLS),
        ("stage lookup", 1, "capi.pk_schedule_phase(h, date)  [fast path]",
         lambda i: capi.pk_schedule_phase(h, days[i % 366]), N_CALLS),
        ("classification", 3, "pilkada.classify(facts)", lambda i: pilkada.classify(facts), N_CALLS // 10),
        ("classification", 3, "capi.pk_py_classify(facts)  [fast path, rows]",
         lambda i: capi.pk_py_classify(facts), N_CALLS // 10),
        ("classification", 3, "pilkada.trace(facts)  [explanation as data]",
         lambda i: pilkada.trace(facts), N_CALLS // 100),
    ]
    print("\n1. Per-call cost (ns/call; Python loop+call overhead of %.0f ns subtracted"
          " in 'overhead')" % base)
    print("   %-48s %9s %9s %9s %7s" % ("call", "Python", "C", "overhead", "ratio"))
    for what, ci, label, fn, n in rows:
        ns = per_call_ns(fn, n)
        c = c_ns[ci] if c_ns else float("nan")
        print("   %-48s %9.0f %9.0f %9.0f %6.1fx" % (label, ns, c, ns - base - c, ns / c))
    if c_ns:
        print("   C classification: %.0f ns from text facts (pk_incident_set x6 + pk_classify, as the"
              " bindings do, used above), %.0f ns for pk_classify alone" % (c_ns[3], c_ns[2]))

    if calls_only:
        return 0

    # ------------------------------------------------------ 2. messy names
    pairs = messy_names(N_NAMES)
    names = [p[0] for p in pairs]
    truth = [p[1] for p in pairs]
    print("\n2. Resolving %d messy names (prefixes, case, spacing, one-letter typos)" % N_NAMES)
    t0 = time.perf_counter()
    single = [resolve_code(s) for s in names]
    t_single = time.perf_counter() - t0
    t0 = time.perf_counter()
    many = pilkada.resolve_many(names, accept_fuzzy=True)
    t_many = time.perf_counter() - t0
    many_codes = [r.code if r is not None else None for r in many]

    def acc(got: List[Optional[str]], want: List[str]) -> float:
        return 100.0 * sum(g == w for g, w in zip(got, want)) / len(want)

    # difflib baseline: the closest official or short name, on a subset
    regs = [r for r in pilkada.regions() if r.kind is not pilkada.RegionKind.PROVINSI]
    choices: Dict[str, str] = {}
    for r in regs:
        choices.setdefault(r.full_name.lower(), r.code)
        choices.setdefault(r.name.lower(), r.code)
    keys = list(choices)
    sub = names[:DIFFLIB_SUBSET]
    t0 = time.perf_counter()
    dl = []
    for s in sub:
        m = difflib.get_close_matches(" ".join(s.lower().split()), keys, n=1, cutoff=0.6)
        dl.append(choices[m[0]] if m else None)
    t_dl = time.perf_counter() - t0
    t_dl_full = t_dl * N_NAMES / DIFFLIB_SUBSET
    print("   %-44s %9.3f s %8.0f ns/name  accuracy %5.1f%%" % (
        "libpilkada resolve() single calls", t_single, t_single * 1e9 / N_NAMES, acc(single, truth)))
    print("   %-44s %9.3f s %8.0f ns/name  accuracy %5.1f%%" % (
        "libpilkada resolve_many() (one call)", t_many, t_many * 1e9 / N_NAMES, acc(many_codes, truth)))
    print("   %-44s %9.3f s %8.0f ns/name  accuracy %5.1f%%  (measured on %d names)" % (
        "difflib.get_close_matches, subset", t_dl, t_dl * 1e9 / DIFFLIB_SUBSET,
        acc(dl, truth[:DIFFLIB_SUBSET]), DIFFLIB_SUBSET))
    print("   %-44s %9.1f s  EXTRAPOLATED from the %d-name subset" % (
        "difflib for all %d names" % N_NAMES, t_dl_full, DIFFLIB_SUBSET))
    print("   speed-up: resolve_many %.0fx, single calls %.0fx faster than difflib (extrapolated)" % (
        t_dl_full / t_many, t_dl_full / t_single))

    # ---------------------------------------------------- 3. classification
    acts = [("pns", "decision_favouring"), ("pns", "socmed_like"), ("any_person", "give_money"),
            ("kepala_desa", "support_at_campaign"), ("campaign_team", "use_state_facilities"),
            ("voter", "attend_campaign"), ("regional_head", "replace_officials")]
    codes = [r.code for r in regs]
    rng = random.Random(7)
    incidents = []
    for _ in range(N_INCIDENTS):
        actor, act = rng.choice(acts)
        occ = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(270))
        incidents.append({"actor": actor, "act": act, "occurred": occ,
                          "discovered": occ + dt.timedelta(days=rng.randrange(3)),
                          "reported": occ + dt.timedelta(days=rng.randrange(12)),
                          "region": rng.choice(codes)})
    print("\n3. Classifying %d incidents (7 actor/act pairs, dates Mar-Nov 2024, random regions)"
          % N_INCIDENTS)
    t0 = time.perf_counter()
    one = [pilkada.classify(f) for f in incidents]
    t_one = time.perf_counter() - t0
    t0 = time.perf_counter()
    batch = pilkada.classify_many(incidents)
    t_batch = time.perf_counter() - t0
    t0 = time.perf_counter()
    raw = capi.pk_py_classify_many(incidents)
    t_raw = time.perf_counter() - t0
    same = sum(isinstance(b, pilkada.Classification) and a.rule_ids == b.rule_ids
               for a, b in zip(one, batch))
    nf = sum(len(c.findings) for c in one)
    print("   %-44s %9.3f s %8.0f ns/incident" % ("classify() single calls", t_one,
                                                  t_one * 1e9 / N_INCIDENTS))
    print("   %-44s %9.3f s %8.0f ns/incident" % ("classify_many() (records)", t_batch,
                                                  t_batch * 1e9 / N_INCIDENTS))
    print("   %-44s %9.3f s %8.0f ns/incident" % ("capi.pk_py_classify_many() (rows, fast path)",
                                                  t_raw, t_raw * 1e9 / N_INCIDENTS))
    print("   %d findings; classify_many agrees with single calls on %d/%d; %d raw results" % (
        nf, same, N_INCIDENTS, len(raw)))
    if c_ns:
        print("   C alone (text facts -> pk_classify): %.3f s for %d" % (c_ns[3] * N_INCIDENTS / 1e9,
                                                                        N_INCIDENTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
