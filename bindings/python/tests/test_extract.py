"""pilkada.extract / pilkada.classify_text: the text engine from Python.
Facts: 35.13 is Kabupaten Probolinggo, 32.76 Kota Depok (regions data);
1 Oct 2024 was a Tuesday; money given to influence voters is UU 10/2016
Pasal 187A (../shared/research/violations.md)."""
import datetime
import unittest

from _support import skip_unless  # noqa: F401
import pilkada


class ExtractTest(unittest.TestCase):
    def test_draft_with_evidence_and_char_spans(self):
        # a non-ASCII quote before the act: spans are character offsets
        text = "Seorang ASN di Kabupaten Probolinggo memberikan \u201clike\u201d pada postingan pasangan calon, Selasa (1/10/2024)."
        r = pilkada.extract(text, ref_date="2024-10-05")
        self.assertEqual(len(r.drafts), 1)
        d = r.drafts[0]
        self.assertEqual(d.actor_label, "asn")
        self.assertEqual(d.actor, "pns")
        self.assertEqual(d.act, "socmed_like")
        self.assertEqual(d.region, "35.13")
        self.assertEqual(d.occurred, datetime.date(2024, 10, 1))
        self.assertEqual(d.missing, [])
        ev = d.evidence["act"]
        self.assertEqual(text[ev.start:ev.end], "like")
        self.assertEqual(ev.how, "stated")
        self.assertEqual(d.evidence["actor"].how, "inferred")  # asn -> pns
        kinds = {m.kind for m in r.mentions}
        self.assertTrue({"role", "region", "act", "candidate", "date"} <= kinds)
        reg = [m for m in r.mentions if m.kind == "region"][0]
        self.assertEqual(reg.region.code, "35.13")
        self.assertEqual(reg.text, "Kabupaten Probolinggo")

    def test_money_citation_negation(self):
        r = pilkada.extract("Kepala desa itu membantah membagikan uang Rp150.000 kepada warga, "
                            "seperti dilarang Pasal 71 ayat (1) UU 10/2016.")
        money = [m for m in r.mentions if m.kind == "money"]
        self.assertEqual(money[0].amount, 150000)
        cit = [m for m in r.mentions if m.kind == "citation"]
        self.assertEqual(cit[0].name, "UU 10/2016 Pasal 71 ayat (1)")
        for d in r.drafts:
            self.assertTrue(d.negated)
            self.assertLess(d.confidence, 0.5)

    def test_classify_text(self):
        out = pilkada.classify_text("Kepala desa itu membagikan uang kepada warga di Kota Depok pada 20 November 2024.")
        self.assertEqual(len(out), 1)
        tc = out[0]
        self.assertEqual(tc.draft.region, "32.76")
        self.assertIsNotNone(tc.classification)
        cites = [c.text for f in tc.classification.findings for c in f.rule.citations]
        self.assertTrue(any("187A" in c for c in cites), cites)
        # no date: the missing fact is named
        out = pilkada.classify_text("Kepala desa itu membagikan uang kepada warga di Kota Depok.")
        self.assertIn("occurred", out[0].missing)

    def test_bad_input(self):
        with self.assertRaises(TypeError):
            pilkada.extract(b"bytes")  # type: ignore[arg-type]
        with self.assertRaises(pilkada.InvalidArgument):
            pilkada.extract("x", default_region="99.99")
        with self.assertRaises(pilkada.InvalidArgument):
            pilkada.extract("x", cycle=-1)
        r = pilkada.extract("")
        self.assertEqual((r.drafts, r.mentions), ([], []))
        self.assertIsNotNone(pilkada.extract("\x00\x01 binary \x7f" * 1000))


if __name__ == "__main__":
    unittest.main()
