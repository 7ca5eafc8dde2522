"""Real decided cases (tests/violations/real/, issue 11) through the public
Python API: the same files, the same reading of the facts and the same
agreement rule as tests/test_violation_real.c (see the comment at its top),
so the figure printed here is the C test's figure. When the C driver is
built (PK_BUILD_DIR), the two figures are compared.

Agreement per case: real category X agrees when a finding has category X
(administrative_tsm and result_dispute count as administrative); real "none" agrees when no
finding is certain, or when the outcome is not_proven (the library says
"no sanction"). ASN discipline: a case that states a level agrees when an
asn_discipline finding has it. Every disagreement must have a reason in
reasons.tsv.
"""

import datetime as _dt
import glob
import json
import os
import re
import subprocess
import unittest

import _support  # noqa: F401  (skips with 77 when the module is not built)
import pilkada
from pilkada import calendar as _cal

REAL_DIR = os.path.join(_support.SOURCE_DIR, "tests", "violations", "real")

# Corpus act names that are library acts under another name (README.md there).
ALIASES = {"video_support": "declare_support", "direct_voters": "declare_support",
           "other_act_favouring_pair": "decision_favouring",
           "ineligible_candidate_false_statement": "candidate_ineligible",
           "ineligible_candidate_ex_convict": "candidate_ineligible"}
FLOOR = 75.0          # the C test's --floor
DISCIPLINE_FLOOR = 2  # the C test's --discipline-floor


def _window(sched, kind):
    try:
        return sched.window(kind)
    except pilkada.PilkadaError:
        return None


def _proxy_date(cycle, supported, year, decided):
    """The C test's proxy day when the source gives none."""
    if year == 2025 and decided and len(decided) >= 7:
        return _dt.date(2025, int(decided[5:7]), 15)
    try:
        sched = _cal.schedule(str(cycle))
    except pilkada.PilkadaError:
        return None
    if supported == "determined":
        w = _window(sched, "campaign")
        if w is not None and w.start is not None:
            return w.start
    if supported == "prospective":
        w = _window(sched, "pre_determination")
        if w is not None and w.end is not None:
            return w.end
    w = _window(sched, "campaign")
    if w is not None and w.end is not None:
        return w.end + _dt.timedelta(days=4)  # voting day: after the 3-day quiet period
    return None


def _classify_case(case, actors, acts):
    """(categories seen, categories seen as certain, discipline levels seen)."""
    facts = case["facts"]
    v2 = case.get("facts_v2") or {}
    out = case.get("outcome") or {}
    actor = facts.get("actor")
    if v2.get("actor") in actors:
        actor = v2["actor"]
    chosen, official = [], False
    for s in v2.get("acts", []):
        s = ALIASES.get(s, s)
        if s == "in_uniform_or_official_capacity":
            official = True
        elif s in acts and s not in chosen:
            chosen.append(s)
    if not chosen and facts.get("act"):
        chosen.append(facts["act"])
    if not chosen:
        chosen.append("")
    base = {}
    for k, v in facts.items():
        if k in ("act", "actor", "occurred"):
            continue
        if k in ("discovered", "reported") and isinstance(v, str) and len(v) != 10:
            continue
        base[k] = v
    if actor:
        base["actor"] = actor
    if official:
        base["official_capacity"] = "yes"
    occ = facts.get("occurred")
    if isinstance(occ, str) and len(occ) == 10:
        base["occurred"] = occ
    elif isinstance(occ, str) and len(occ) == 7:
        base["occurred"] = occ + "-15"
    else:
        d = _proxy_date(facts.get("cycle", 0), facts.get("supported"), case.get("year", 0), out.get("date"))
        if d is not None:
            base["occurred"] = d
    has, certain, levels = set(), set(), set()
    for act in chosen:
        c = pilkada.classify(dict(base, act=act))
        if c.outcome.slug == "not_proven":
            continue
        for f in c.findings:
            cat = "administrative" if f.category.slug in ("administrative_tsm", "result_dispute") else f.category.slug
            has.add(cat)
            if f.certainty.slug == "certain":
                certain.add(cat)
            if f.subcategory.slug == "asn_discipline" and f.sanction.discipline.slug:
                levels.add(f.sanction.discipline.slug)
    return has, certain, levels


def _reasons():
    out = {}
    with open(os.path.join(REAL_DIR, "reasons.tsv"), encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                out[parts[0]] = parts[1]
    return out


def measure():
    """(lenient, strict, total, discipline agreements, discipline cases, unexplained ids)."""
    actors, acts = set(pilkada.actors()), set(pilkada.acts())
    reasons = _reasons()
    lenient = strict = total = disc_ok = disc_n = 0
    unexplained = []
    for path in sorted(glob.glob(os.path.join(REAL_DIR, "*.json"))):
        with open(path, encoding="utf-8") as fp:
            case = json.load(fp)
        cid = os.path.basename(path)[:-5]
        real = case["outcome"]["category"]
        has, certain, levels = _classify_case(case, actors, acts)
        if real == "none":
            ok_l, ok_s = not certain, not has
        else:
            ok_l, ok_s = real in has, real in certain
        total += 1
        lenient += ok_l
        strict += ok_s
        disc = case["outcome"].get("discipline")
        disc_agree = True
        if disc:
            disc_n += 1
            disc_agree = disc in levels
            disc_ok += disc_agree
        if (not ok_l or not disc_agree) and cid not in reasons:
            unexplained.append(cid)
    return lenient, strict, total, disc_ok, disc_n, unexplained


class TestRealCases(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.figures = measure()

    def test_agreement_floor(self):
        lenient, strict, total, disc_ok, disc_n, unexplained = self.figures
        print("\nreal cases (Python): %d/%d agree (%.1f%%), strict %d/%d; ASN discipline level %d/%d"
              % (lenient, total, 100.0 * lenient / total, strict, total, disc_ok, disc_n))
        self.assertEqual(total, len(glob.glob(os.path.join(REAL_DIR, "*.json"))))
        self.assertGreaterEqual(100.0 * lenient / total, FLOOR)
        self.assertGreaterEqual(disc_ok, DISCIPLINE_FLOOR)
        self.assertEqual(unexplained, [], "disagreements without a reason in reasons.tsv")

    def test_same_figure_as_c(self):
        build = os.environ.get("PK_BUILD_DIR")
        exe = os.path.join(build, "tests", "test_violation_real") if build else ""
        if not exe or not os.access(exe, os.X_OK):
            self.skipTest("the C driver test_violation_real is not built")
        text = subprocess.run([exe, REAL_DIR], capture_output=True, text=True, check=False).stdout
        m = re.search(r"Overall: (\d+)/(\d+) agree .*strict (\d+)/\d+ .*ASN discipline level (\d+)/(\d+)", text)
        self.assertIsNotNone(m, text[-500:])
        lenient, strict, total, disc_ok, disc_n, _ = self.figures
        self.assertEqual([int(g) for g in m.groups()], [lenient, total, strict, disc_ok, disc_n])


if __name__ == "__main__":
    unittest.main()
