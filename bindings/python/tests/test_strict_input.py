"""Issue 13 items 2 and 6: no double free from Python, no string cut at an
embedded NUL, no silent conversion of a wrong type (facts: 35.13 is Kabupaten
Probolinggo; 1 Jan 2024 is New Year's Day)."""

import datetime as dt
import os
import tempfile
import unittest

from _support import SOURCE_DIR
import pilkada
from pilkada import capi


class TestNoFreeFromPython(unittest.TestCase):
    def test_free_functions_hidden(self) -> None:
        # the proxies own their pointers; a free callable from Python freed twice
        for name in ("pk_schedule_free", "pk_holidays_free", "pk_workcal_free"):
            self.assertFalse(hasattr(capi, name), name)

    def test_close_then_collect(self) -> None:
        path = os.path.join(SOURCE_DIR, "data", "schedules", "pilkada-2024.csv")
        s = pilkada.load_schedule(path)
        voting = s.stage("voting")
        s.close()
        del s
        self.assertEqual(voting.start, dt.date(2024, 11, 27))


class TestEmbeddedNul(unittest.TestCase):
    def test_region_code(self) -> None:
        self.assertEqual(pilkada.region("35.13").full_name, "Kabupaten Probolinggo")
        with self.assertRaises(ValueError):
            pilkada.region("35.13\x0099")

    def test_date(self) -> None:
        self.assertEqual(pilkada.parse_date("2024-01-01"), dt.date(2024, 1, 1))
        with self.assertRaises(ValueError):
            pilkada.parse_date("2024-01-01\x00junk")

    def test_paths(self) -> None:
        path = os.path.join(SOURCE_DIR, "data", "schedules", "pilkada-2024.csv")
        with self.assertRaises(ValueError):
            pilkada.load_schedule(path + "\x00.txt")
        with self.assertRaises(ValueError):
            pilkada.HolidayTable.from_file(os.path.join(SOURCE_DIR, "data", "holidays_id.csv") + "\x00x")

    def test_names(self) -> None:
        with self.assertRaises(ValueError):
            pilkada.find_region("Probolinggo\x00x")
        with self.assertRaises(ValueError):
            pilkada.resolve("Kab. Banyuasin\x00x")
        with self.assertRaises(ValueError):
            pilkada.resolve_many(["Kab. Banyuasin", "Makassar\x00x"])
        with self.assertRaises(ValueError):
            pilkada.deadline("report\x00x", "2024-11-25")
        with self.assertRaises(ValueError):
            capi.pk_region_lookup("35.13\x00")

    def test_facts(self) -> None:
        with self.assertRaises(ValueError):
            pilkada.classify({"actor": "pns\x00x", "act": "socmed_like", "occurred": "2024-10-01"})


class TestStrictTypes(unittest.TestCase):
    def test_resolve_many(self) -> None:
        self.assertEqual(pilkada.resolve_many(["Kab. Banyuasin"])[0].code, "16.07")
        for bad in (None, b"x", 35, 1.5):
            with self.assertRaises(TypeError, msg=repr(bad)):
                pilkada.resolve_many(["Kab. Banyuasin", bad])

    def test_deadline_rule(self) -> None:
        report = pilkada.deadline("report", "2024-11-25")
        self.assertEqual(report.due, dt.date(2024, 12, 2))  # Pasal 134 ayat (4): 7 days
        self.assertEqual(pilkada.deadline(int(report.rule.id), "2024-11-25").due, dt.date(2024, 12, 2))
        for bad in (1.5, True, None, b"report"):
            with self.assertRaises(TypeError, msg=repr(bad)):
                pilkada.deadline(bad, "2024-11-25")  # type: ignore[arg-type]

    def test_kind(self) -> None:
        self.assertEqual(pilkada.find_region("Probolinggo", kind="kabupaten").code, "35.13")
        for bad in (1.7, True, b"kota"):
            with self.assertRaises(TypeError, msg=repr(bad)):
                pilkada.find_region("Probolinggo", kind=bad)  # type: ignore[arg-type]

    def test_region_code_types(self) -> None:
        self.assertEqual(pilkada.region(3513).code, "35.13")
        for bad in (True, 35.13, None, b"35.13"):
            with self.assertRaises(TypeError, msg=repr(bad)):
                pilkada.region(bad)  # type: ignore[arg-type]

    def test_str_arguments(self) -> None:
        for bad in (None, b"2024-01-01", 20240101):
            with self.assertRaises(TypeError, msg=repr(bad)):
                pilkada.parse_date(bad)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            pilkada.find_region(None)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            capi.pk_region_lookup(b"35.13")

    def test_workcal(self) -> None:
        with self.assertRaises(TypeError) as cm:
            pilkada.WorkCalendar(0)  # type: ignore[arg-type]
        self.assertIn("HolidayTable", str(cm.exception))
        cal = pilkada.WorkCalendar()
        self.assertEqual(cal.add("2024-11-25", 3), dt.date(2024, 11, 29))  # 27 Nov 2024 voting holiday
        for bad in (1.5, True):
            with self.assertRaises(TypeError, msg=repr(bad)):
                cal.add("2024-11-25", bad)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            pilkada.WorkCalendar(roll=1.0)  # type: ignore[arg-type]

    def test_paths_accept_pathlike(self) -> None:
        import pathlib
        path = pathlib.Path(SOURCE_DIR) / "data" / "schedules" / "pilkada-2024.csv"
        self.assertEqual(pilkada.load_schedule(path).stage("voting").start, dt.date(2024, 11, 27))
        with self.assertRaises(TypeError):
            pilkada.load_schedule(None)


class TestFindInTextOffsets(unittest.TestCase):
    def test_many_mentions(self) -> None:
        # character offsets stay right after multi-byte text, over many mentions
        # (the offsets were computed by decoding the text from the start each time)
        unit = "Ketua — Bawaslu Kota Makassar. "
        text = unit * 2000
        ms = pilkada.find_in_text(text)
        self.assertEqual(len(ms), 2000)
        self.assertEqual(ms[-1].text, "Kota Makassar")
        self.assertEqual(ms[-1].start, len(unit) * 1999 + unit.index("Kota"))
        self.assertEqual(ms[-1].region.code, "73.71")


if __name__ == "__main__":
    unittest.main()
