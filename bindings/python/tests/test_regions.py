"""Region registry: the same facts as the C region tests (Kemendagri codes,
the 2024 cycle counts from KPU, real messy names)."""

import unittest

from _support import skip_unless  # noqa: F401
import pilkada


class TestRegions(unittest.TestCase):
    def test_code_lookup(self) -> None:
        r = pilkada.region("35.13")
        self.assertEqual(r.full_name, "Kabupaten Probolinggo")
        self.assertEqual(r.kind, pilkada.RegionKind.KABUPATEN)
        self.assertIs(pilkada.region("3513"), r)
        self.assertIs(pilkada.region(3513), r)
        self.assertIs(pilkada.region("35.13.01.2001"), r)
        self.assertEqual(r.parent.full_name, "Provinsi Jawa Timur")
        self.assertEqual(pilkada.region("35.74").full_name, "Kota Probolinggo")
        m = pilkada.lookup_code("91.01")  # 2022 Papua split: Merauke is now 93.01
        self.assertTrue(m.old_code)
        self.assertEqual(m.region.code, "93.01")
        self.assertEqual(r.to_dict()["kind"], "kabupaten")

    def test_code_errors(self) -> None:
        with self.assertRaises(pilkada.ParseError):
            pilkada.region("351")
        with self.assertRaises(pilkada.NotFound):
            pilkada.region("35.99")
        with self.assertRaises(pilkada.OutOfRange):
            pilkada.region(351)

    def test_names(self) -> None:
        self.assertEqual(pilkada.find_region("Bekasi", "kota").code, "32.75")
        self.assertEqual(pilkada.find_region("Bekasi", pilkada.RegionKind.KABUPATEN).code, "32.16")
        with self.assertRaises(pilkada.Ambiguous) as cm:
            pilkada.find_region("Bekasi")
        self.assertEqual(cm.exception.status_name, "PK_EAMBIGUOUS")
        self.assertEqual(pilkada.resolve("Kab. Banyuasin").region.code, "16.07")
        self.assertEqual(pilkada.resolve("KOTA MAKASSAR").region.full_name, "Kota Makassar")
        self.assertEqual(pilkada.resolve("Pangkalpinang").region.code, "19.71")

    def test_ambiguous_and_suggestions(self) -> None:
        with self.assertRaises(pilkada.Ambiguous) as cm:
            pilkada.resolve("Bekasi")
        codes = sorted(c.region.code for c in cm.exception.candidates)
        self.assertEqual(codes, ["32.16", "32.75"])
        with self.assertRaises(pilkada.NotFound) as cm2:
            pilkada.resolve("Probolingo")
        self.assertIn("35.13", [c.region.code for c in cm2.exception.candidates])
        r = pilkada.resolve("Banyuasn", accept_fuzzy=True)
        self.assertEqual((r.region.code, r.how), ("16.07", pilkada.MatchHow.FUZZY))
        with self.assertRaises(pilkada.InvalidArgument):
            pilkada.resolve("...")

    def test_resolve_many(self) -> None:
        names = ["Kab. Banyuasin", "KOTA MAKASSAR", "Bekasi", "Probolingo", "zzzz"] * 100
        got = pilkada.resolve_many(names)
        self.assertEqual(got[0].code, "16.07")
        self.assertEqual(got[1].code, "73.71")
        self.assertIsNone(got[2])  # ambiguous
        self.assertIsNone(got[4])
        self.assertEqual(len(got), 500)
        strict = pilkada.resolve_many(["Banyuasn"], accept_fuzzy=False)
        self.assertEqual(strict, [None])

    def test_find_in_text(self) -> None:
        text = "Laporan dari Kab. Bandung Barat dan Bekasi; ASN di Kabupaten Probolinggo."
        ms = pilkada.find_in_text(text)
        self.assertEqual([m.text for m in ms], ["Kab. Bandung Barat", "Bekasi", "Kabupaten Probolinggo"])
        self.assertEqual(ms[0].region.code, "32.17")
        self.assertTrue(ms[1].ambiguous)
        self.assertEqual(len(ms[1].candidates), 2)
        self.assertEqual(text[ms[2].start:ms[2].end], "Kabupaten Probolinggo")
        # offsets are str indexes even after non-ASCII text
        t2 = "Pelanggaran — Kota Bekasi"
        m = pilkada.find_in_text(t2)[0]
        self.assertEqual(t2[m.start:m.end], "Kota Bekasi")

    def test_lists_and_counts(self) -> None:
        c = pilkada.count_regions(2024)  # KPU: 37 provinsi, 415 kabupaten, 93 kota
        self.assertEqual((c.provinsi, c.kabupaten, c.kota, c.total), (37, 415, 93, 545))
        self.assertEqual(len(pilkada.regions(year=2024)), 545)
        self.assertEqual(len(pilkada.provinces()), 38)
        self.assertEqual(pilkada.region_count(), len(pilkada.regions()))
        jatim = pilkada.children("35")
        self.assertEqual(len(jatim), 38)  # 29 kabupaten + 9 kota
        self.assertEqual(len(pilkada.regions(province="35", kind="kota")), 9)
        with self.assertRaises(pilkada.NotFound):
            pilkada.count_regions(2018)

    def test_cycles_and_elections(self) -> None:
        cy = pilkada.cycle(2024)
        self.assertEqual(cy.voting_day.isoformat(), "2024-11-27")
        e = pilkada.region("35.13").election(2024)
        self.assertTrue(e.elects)
        self.assertEqual(e.organiser, "KPU Kabupaten Probolinggo")
        aceh = pilkada.region("11")
        self.assertIn("aceh", [g.regime for g in aceh.regimes()])
        self.assertEqual(len(pilkada.cycles()), pilkada.capi.pk_region_cycle_count())


if __name__ == "__main__":
    unittest.main()
