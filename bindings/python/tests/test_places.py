"""Places at all four levels from Python: facts of the Kemendagri 2025 decree
(35.13.01.2001 is Desa Ngadisari in Kecamatan Sukapura, Kabupaten
Probolinggo), names as reports write them, text search with str offsets."""

import unittest

import _support  # noqa: F401  (skips when the module is not built)
import pilkada


class PlaceTest(unittest.TestCase):
    def test_lookup_all_levels(self) -> None:
        v = pilkada.place("35.13.01.2001")
        self.assertEqual((v.level, v.kind, v.name), (pilkada.PlaceLevel.DESA, "desa", "Ngadisari"))
        self.assertEqual(v.head, "Kepala Desa")
        self.assertIn("UU 6/2014", v.head_basis)
        self.assertEqual([p.code for p in v.chain], ["35.13.01", "35.13", "35"])
        self.assertEqual(v.parent.name, "Sukapura")
        self.assertIs(v.region, pilkada.region("35.13"))
        self.assertEqual(v.region.election(2024).supervisor, "Bawaslu Kabupaten Probolinggo")
        self.assertEqual(pilkada.place(3513012001), v)
        self.assertTrue(v.within(pilkada.place("35")))
        self.assertFalse(v.within(pilkada.place("35.74")))
        self.assertEqual(len(pilkada.place("35.13").children), 24)
        self.assertEqual(pilkada.place("35.13.01").children[0], v)
        self.assertEqual(pilkada.place_count(pilkada.PlaceLevel.DESA), 83762)
        with self.assertRaises(pilkada.NotFound):
            pilkada.place("35.13.01.9999")

    def test_kelurahan_code_starts_with_1(self) -> None:
        for v in pilkada.place("31.74.01").children:  # Jakarta Selatan: kelurahan only
            self.assertEqual(v.kind, "kelurahan")
            self.assertTrue(v.code.split(".")[3].startswith("1"))
            self.assertEqual(v.head, "Lurah")

    def test_resolve(self) -> None:
        self.assertEqual(pilkada.resolve_place("Kepala Desa Ngadisari").place.code, "35.13.01.2001")
        self.assertEqual(pilkada.resolve_place("Pj Bupati Garut").place.code, "32.05")
        self.assertEqual(pilkada.resolve_place("Camat Cibinong").place.region.code, "32.01")
        r = pilkada.resolve_place("Desa Sidomulyo", max_candidates=3)
        self.assertTrue(r.ambiguous)
        self.assertGreaterEqual(r.total, 98)
        self.assertEqual(len(r.candidates), 3)
        r = pilkada.resolve_place("Sukapura", context="35.13")
        self.assertEqual(r.place.code, "35.13.01")
        self.assertEqual(pilkada.resolve("Kades Ngadisari", all_levels=True).place.code, "35.13.01.2001")
        self.assertIsNone(pilkada.resolve_place("zzqx").place)
        with self.assertRaises(TypeError):
            pilkada.resolve_place(b"Garut")  # type: ignore[arg-type]

    def test_find_places(self) -> None:
        text = "Warga désa: Kepala Desa Ngadisari dan Camat Cibinong; laporan soal bupati garut."
        ms = pilkada.find_places(text)
        self.assertEqual([m.place.code for m in ms], ["35.13.01.2001", "32.01.01", "32.05"])
        self.assertEqual(ms[0].text, "Kepala Desa Ngadisari")
        self.assertEqual(text[ms[0].start:ms[0].end], "Kepala Desa Ngadisari")  # character offsets
        self.assertEqual(ms[1].region.code, "32.01")
        self.assertEqual([m.place.code for m in pilkada.find_in_text(text, all_levels=True)],
                         ["35.13.01.2001", "32.01.01", "32.05"])
        with self.assertRaises(pilkada.EncodingError):
            pilkada.find_places("Desa\0Ngadisari")


if __name__ == "__main__":
    unittest.main()
