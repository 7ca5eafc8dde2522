"""Violation classification: the SAME case files as the C driver
(tests/violations/cases/*.json, format in tests/violations/README.md)."""

import glob
import json
import os
import unittest

from _support import SOURCE_DIR
import pilkada

CASES = sorted(glob.glob(os.path.join(SOURCE_DIR, "tests", "violations", "cases", "*.json")))


def check_case(tc: unittest.TestCase, path: str) -> None:
    with open(path, encoding="utf-8") as f:
        case = json.load(f)
    exp = case["expect"]
    if "error" in exp:
        with tc.assertRaises(pilkada.PilkadaError) as cm:
            pilkada.classify(case["facts"])
        tc.assertEqual(cm.exception.status_name, exp["error"])
        return
    c = pilkada.classify(case["facts"])
    if "outcome" in exp:
        tc.assertEqual(c.outcome.slug, exp["outcome"])
    if "late_report" in exp:
        tc.assertEqual(c.late_report, exp["late_report"])
    if "supported" in exp:
        tc.assertEqual(c.supported.slug, exp["supported"])
    if "report_due" in exp:
        due = c.report_deadline.due.isoformat() if c.report_deadline else None
        tc.assertEqual(due, exp["report_due"])
    if "missing_field" in exp:
        tc.assertEqual(c.missing_field, exp["missing_field"])
    ids = [f.rule.id for f in c.findings]
    if exp.get("exact"):
        tc.assertEqual(len(ids), len(exp.get("findings", [])), ids)
        for rid in ids:
            tc.assertTrue(any(_matches(ef["rule"], rid) for ef in exp.get("findings", [])), rid)
    for rid in exp.get("absent", []):
        tc.assertFalse(any(_matches(rid, i) for i in ids), rid)
    for ef in exp.get("findings", []):
        cands = [f for f in c.findings if _matches(ef["rule"], f.rule.id)]
        tc.assertTrue(cands, "missing finding %s in %s" % (ef["rule"], ids))
        # as the C driver: the expectation holds if one finding with that rule meets it
        errors = []
        for f in cands:
            try:
                _check_finding(tc, f, ef)
                break
            except AssertionError as e:
                errors.append(e)
        else:
            raise errors[0]


def _matches(pattern: str, rid: str) -> bool:
    """A rule pattern ending in '*' matches by prefix (the C driver's extension)."""
    return rid.startswith(pattern[:-1]) if pattern.endswith("*") else rid == pattern


def _check_finding(tc: unittest.TestCase, f: "pilkada.Finding", ef: dict) -> None:
    if True:
        if "category" in ef:
            tc.assertEqual(f.category.slug, ef["category"])
        if "subcategory" in ef:
            tc.assertEqual(f.subcategory.slug, ef["subcategory"])
        if "discipline" in ef:
            tc.assertEqual(f.sanction.discipline.slug, ef["discipline"])
        if "prison_months" in ef:
            tc.assertEqual(list(f.sanction.prison_months or (0, 0)), ef["prison_months"])
        if "fine_rupiah" in ef:
            tc.assertEqual(list(f.sanction.fine_rupiah or (0, 0)), ef["fine_rupiah"])
        if "join" in ef:
            tc.assertEqual(f.sanction.join.slug, ef["join"])
        for flag in ef.get("flags", []):
            tc.assertTrue(f.sanction.flags & pilkada.SanctionFlag[flag.upper()], flag)
        if "handler" in ef:
            tc.assertIn(ef["handler"], f.handler_name or f.handler.name or "")
        if "certainty" in ef:
            tc.assertEqual(f.certainty.slug, ef["certainty"])
        for cite in ef.get("cites", []):
            tc.assertTrue(any(cite in ct.text for ct in f.rule.citations), (cite, f.rule.citations))


class TestCaseFiles(unittest.TestCase):
    def test_there_are_cases(self) -> None:
        self.assertGreater(len(CASES), 10)

    def test_cases(self) -> None:
        for path in CASES:
            with self.subTest(case=os.path.basename(path)):
                check_case(self, path)

    def test_classify_many_matches_single(self) -> None:
        facts = []
        for path in CASES:
            with open(path, encoding="utf-8") as f:
                facts.append(json.load(f)["facts"])
        many = pilkada.classify_many(facts)
        self.assertEqual(len(many), len(facts))
        for fa, got in zip(facts, many):
            try:
                one = pilkada.classify(fa)
            except pilkada.PilkadaError as e:
                self.assertIsInstance(got, pilkada.PilkadaError)
                self.assertEqual(type(got), type(e))
                continue
            self.assertEqual(got, one)


class TestClassifyApi(unittest.TestCase):
    FACTS = {"actor": "pns", "act": "decision_favouring", "occurred": "2024-10-01",
             "discovered": "2024-10-02", "reported": "2024-10-04", "region": "35.13", "cycle": 2024}

    def test_keywords_dates_and_json(self) -> None:
        import datetime as dt
        c = pilkada.classify(actor="pns", act="decision_favouring", occurred=dt.date(2024, 10, 1),
                             discovered=dt.date(2024, 10, 2), region="3513")
        self.assertEqual(c.outcome, pilkada.Outcome.FINDINGS)
        self.assertEqual(c.report_deadline.due, dt.date(2024, 10, 9))  # 7 days from discovery
        d = json.loads(c.to_json())
        self.assertEqual(d["outcome"], "findings")
        self.assertTrue(d["findings"][0]["citations"])
        self.assertIn("Classification(", repr(c))

    def test_errors(self) -> None:
        with self.assertRaises(pilkada.NotFound) as cm:
            pilkada.classify(dict(self.FACTS, actor="astronaut"))
        self.assertEqual(cm.exception.field, "actor")
        # a key that is not a fact travels beside the result (issue 12); a misspelt fact is refused
        self.assertEqual(pilkada.classify(dict(self.FACTS, colour="red")).extra, {"colour": "red"})
        with self.assertRaises(pilkada.InvalidArgument) as typo:
            pilkada.classify(dict(self.FACTS, ocurred="2024-10-01"))
        self.assertIn("did you mean 'occurred'", str(typo.exception))
        with self.assertRaises(pilkada.ParseError):
            pilkada.classify(dict(self.FACTS, occurred="2024-13-01"))
        bad = pilkada.classify_many([self.FACTS, dict(self.FACTS, actor="astronaut")])
        self.assertIsInstance(bad[0], pilkada.Classification)
        self.assertIsInstance(bad[1], pilkada.NotFound)
        # the batch error carries the same message and field as the single call
        with self.assertRaises(pilkada.NotFound) as single:
            pilkada.classify(dict(self.FACTS, actor="astronaut"))
        self.assertEqual(bad[1].message, single.exception.message)
        self.assertEqual(str(bad[1]), str(single.exception))
        self.assertEqual(bad[1].field, "actor")
        with self.assertRaises(pilkada.NotFound):
            pilkada.classify_many([dict(self.FACTS, actor="astronaut")], errors="raise")

    def test_incomplete(self) -> None:
        c = pilkada.classify(actor="pns", act="socmed_like")
        self.assertEqual(c.outcome, pilkada.Outcome.INCOMPLETE)
        self.assertEqual(c.missing_field, "occurred")

    def test_explain_and_rules(self) -> None:
        text = pilkada.explain(self.FACTS)
        self.assertIn("71", text)
        # the library's one rendering, in either language (pk_explain_lang): an
        # ASN decision favouring a pair is the crime of Pasal 71(1) jo. 188
        self.assertEqual(pilkada.explain(self.FACTS, lang="en"), text)
        self.assertIn("Category: election crime", text)
        idn = pilkada.explain(self.FACTS, lang="id")
        self.assertIn("Kategori: tindak pidana Pemilihan", idn)
        self.assertIn("Aturan yang ditimbang:", idn)
        self.assertIn("Penanganan: Sentra Gakkumdu Kabupaten Probolinggo", idn)
        self.assertEqual(pilkada.explain(lang="id_ID.UTF-8", **self.FACTS), idn)
        with self.assertRaises(pilkada.InvalidArgument):
            pilkada.explain(self.FACTS, lang="fr")
        rs = pilkada.rules()
        self.assertEqual(len(rs), pilkada.capi.pk_rule_count())
        r = pilkada.rule(rs[0].id)
        self.assertTrue(r.citations)
        with self.assertRaises(pilkada.NotFound):
            pilkada.rule("no_such_rule")
        self.assertIn("pns", pilkada.actors())
        self.assertIn("socmed_like", pilkada.acts())
        self.assertIn("Classify", pilkada.classify.__doc__ or "")


class TestTrace(unittest.TestCase):
    """The explanation as data (pk_classify_trace), the facts of the C test
    test_trace_explains_each_rule: a PNS "like" on 1 Oct 2024, after
    penetapan paslon (22 Sep 2024)."""

    LIKE = {"actor": "pns", "act": "socmed_like", "occurred": "2024-10-01"}

    def test_verdicts(self) -> None:
        t = pilkada.trace(self.LIKE)
        self.assertEqual(t.rule_total, len(pilkada.rules()))
        self.assertEqual(len(t.rules), t.rule_total)
        self.assertIsNone(t.missing_field)
        by_id = {r.rule.id: r for r in t.rules}
        # the SKB 2022 discipline row for calon matches
        self.assertIs(by_id["asn_dis_post_like_share_calon"].verdict, pilkada.Verdict.MATCH)
        # the ethics row for bakal calon fails on `supported`
        etik = by_id["asn_etik_post_like_share_bacalon"]
        self.assertEqual(etik.verdict, "condition")
        self.assertEqual(etik.fact, "supported")
        # PP 53/2010 was replaced by PP 94/2021 from 31 Aug 2021
        self.assertIs(by_id["pp53_online_support"].verdict, pilkada.Verdict.DATE)
        self.assertEqual(t.covered, len(t.considered))
        # the rules that match are the findings of classify()
        self.assertEqual([r.rule.id for r in t.matched], pilkada.classify(self.LIKE).rule_ids)
        self.assertEqual([r.rule for r in t.rules], pilkada.rules())

    def test_missing_fact_and_errors(self) -> None:
        t = pilkada.trace(actor="pns", occurred="2024-10-01", id="report-7")  # an id travels, no error
        self.assertEqual(t.missing_field, "act")
        self.assertEqual(t.rules, [])
        with self.assertRaises(pilkada.NotFound):
            pilkada.trace(actor="pns", act="no_such_act", occurred="2024-10-01")
        with self.assertRaises(pilkada.InvalidArgument):
            pilkada.trace(actor="pns", act="socmed_like", ocurred="2024-10-01")  # a misspelt fact

    def test_same_as_cli(self) -> None:
        import subprocess
        cli = os.path.join(os.environ.get("PK_BUILD_DIR", ""), "tools", "cli", "pilkada")
        if not os.path.exists(cli):
            self.skipTest("no CLI build")
        out = subprocess.run([cli, "classify", "--json", "--explain", "--actor", "pns", "--act", "socmed_like",
                              "--occurred", "2024-10-01"], capture_output=True, text=True, check=True)
        self.assertEqual(json.loads(out.stdout)["trace"], pilkada.trace(self.LIKE).to_dict())


if __name__ == "__main__":
    unittest.main()
