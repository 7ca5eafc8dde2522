"""Schedules, windows, working days and deadlines: facts from PKPU 2/2024,
the holiday decrees and UU 1/2015 (same facts as the C tests)."""

import datetime as dt
import gc
import os
import unittest

from _support import SOURCE_DIR, skip_unless
import pilkada


class TestSchedule(unittest.TestCase):
    def setUp(self) -> None:
        self.s = pilkada.schedule("pilkada-2024")

    def test_builtin(self) -> None:
        self.assertIs(pilkada.schedule(2024), self.s)
        self.assertEqual(self.s.id, "pilkada-2024")
        self.assertEqual(self.s.cycle, 2024)
        ids = [s.id for s in pilkada.schedules()]
        self.assertIn("pilkada-2020", ids)
        self.assertIn("rerun-2025-bangka-pangkalpinang", ids)
        self.assertGreater(len(self.s), 10)

    def test_voting_day_2024(self) -> None:
        # PKPU 2/2024: pemungutan suara 27 November 2024.
        self.assertEqual(self.s.voting_day(), dt.date(2024, 11, 27))
        self.assertEqual(self.s.days_until_voting(dt.date(2024, 11, 25)), 2)
        self.assertEqual(self.s.days_until_voting("2024-11-28"), -1)
        self.assertEqual(pilkada.schedule(2020).voting_day(), dt.date(2020, 12, 9))

    def test_quiet_period(self) -> None:
        # Masa tenang 24-26 November 2024.
        active = self.s.active(dt.date(2024, 11, 25))
        self.assertIn("quiet_period", [st.id for st in active])
        self.assertTrue(all(isinstance(st, pilkada.Stage) for st in active))
        w = self.s.window(pilkada.WindowKind.QUIET)
        self.assertEqual((w.start, w.end), (dt.date(2024, 11, 24), dt.date(2024, 11, 26)))
        self.assertTrue(w.contains("2024-11-25"))
        self.assertFalse(w.contains("2024-11-27"))
        self.assertNotIn("quiet_period", [st.id for st in self.s.active("2024-11-27")])
        self.assertEqual(self.s.window("quiet"), w)

    def test_campaign(self) -> None:
        # Kampanye 25 September - 23 November 2024.
        w = self.s.window("campaign")
        self.assertEqual(w.start, dt.date(2024, 9, 25))
        self.assertEqual(w.end, dt.date(2024, 11, 23))
        self.assertEqual(self.s.find_role(pilkada.StageRole.CAMPAIGN).critical, pilkada.Critical.CAMPAIGN)

    def test_phase_and_milestone(self) -> None:
        p = self.s.phase(dt.date(2024, 11, 25))
        self.assertEqual(p.position, pilkada.PhasePosition.DURING)
        self.assertIsNotNone(p.next)
        self.assertEqual(p.next.id, "voting")
        self.assertEqual(p.days_to_next, 2)
        m = self.s.next_milestone("2024-11-25")
        self.assertIsNotNone(m)
        self.assertEqual((m.stage.id, m.days), ("voting", 2))
        self.assertEqual(self.s.phase("2023-01-01").position, pilkada.PhasePosition.BEFORE)
        self.assertIsNone(self.s.next_milestone("2026-01-01"))

    def test_records(self) -> None:
        v = self.s.stage("voting")
        d = v.to_dict()
        self.assertEqual(d["start"], "2024-11-27")
        self.assertEqual(d["critical"], "voting")
        self.assertIn("voting", repr(v))
        self.assertIn('"2024-11-27"', v.to_json())
        self.assertEqual(v.parent.id, v.parent_id)
        self.assertEqual(self.s.to_dict()["stages"][0]["id"], self.s.stages[0].id)
        with self.assertRaises(AttributeError):
            v.id = "x"  # type: ignore[misc]

    def test_errors(self) -> None:
        with self.assertRaises(pilkada.NotFound) as cm:
            pilkada.schedule("1999")
        self.assertEqual(cm.exception.field, "id")
        with self.assertRaises(pilkada.NotFound):
            self.s.stage("no_such_stage")
        with self.assertRaises(LookupError):
            self.s.stage("no_such_stage")

    def test_load_string_and_errors(self) -> None:
        path = os.path.join(SOURCE_DIR, "data", "schedules", "pilkada-2024.csv")
        s = pilkada.Schedule.from_file(path)
        self.assertEqual(s.voting_day(), dt.date(2024, 11, 27))
        with open(path, encoding="utf-8") as f:
            text = f.read()
        s2 = pilkada.Schedule.from_string(text, "copy.csv")
        self.assertEqual(len(s2), len(s))
        bad = text.replace(",2024-11-27,2024-11-27,", ",2024-11-31,2024-11-31,", 1)
        with self.assertRaises(pilkada.ParseError) as cm:
            pilkada.Schedule.from_string(bad, "bad.csv")
        self.assertGreater(cm.exception.line, 1)
        self.assertEqual(cm.exception.source, "bad.csv")
        with self.assertRaises(pilkada.IOError) as cm2:
            pilkada.load_schedule("/nonexistent/schedule.csv")
        self.assertIsInstance(cm2.exception, OSError)
        with self.assertRaises(pilkada.EncodingError):
            pilkada.Schedule.from_string(b"\xff\xfe" + text.encode(), "latin.csv")

    def test_load_free_cycles_do_not_grow(self) -> None:
        path = os.path.join(SOURCE_DIR, "data", "schedules", "pilkada-2024.csv")
        with open(path, encoding="utf-8") as f:
            text = f.read()

        def rss_kb() -> int:
            with open("/proc/self/statm") as f:
                return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024

        def cycles(n: int) -> None:
            for _ in range(n):
                s = pilkada.Schedule.from_string(text)
                s.stage("voting")
                del s
                t = pilkada.HolidayTable.from_file(os.path.join(SOURCE_DIR, "data", "holidays_id.csv"))
                c = pilkada.WorkCalendar(t, extra_holidays=["2024-11-28"])
                c.add("2024-11-25", 3)
                del t, c
            gc.collect()

        cycles(30)
        # A leak grows in every round; the allocator's own growth (arenas
        # sized by what ran before in this process) settles after a round.
        # So the test fails only when each of three rounds of 300 cycles
        # grows: a schedule is tens of KiB, 300 leaked ones add megabytes.
        grown = []
        for _ in range(3):
            before = rss_kb()
            cycles(300)
            grown.append(rss_kb() - before)
        self.assertLess(min(grown), 2048, "RSS grew by %s KiB in each of three rounds of 300 load/free cycles" % grown)

    @skip_unless("pk_py_schedule_to_ics")
    def test_ics(self) -> None:
        text = self.s.to_ics(dtstamp="20240101T000000Z")
        self.assertTrue(text.startswith("BEGIN:VCALENDAR\r\n"))
        self.assertIn("DTSTART;VALUE=DATE:20241127", text)
        self.assertEqual(text, self.s.to_ics(dtstamp="20240101T000000Z"))
        with self.assertRaises(pilkada.InvalidArgument):
            self.s.to_ics(dtstamp="yesterday")


class TestWorkdays(unittest.TestCase):
    def test_holidays(self) -> None:
        t = pilkada.holidays()
        first, last = t.years
        self.assertLessEqual(first, 2015)
        self.assertGreaterEqual(last, 2026)
        h = t.find(dt.date(2024, 11, 27))  # Keppres 33/2024: voting day holiday
        self.assertIsNotNone(h)
        self.assertEqual(h.kind, pilkada.HolidayKind.ELECTION)
        self.assertEqual(t.find("2024-12-25").kind, pilkada.HolidayKind.NATIONAL)
        self.assertIsNone(t.find("2024-11-26"))
        self.assertIn(dt.date(2024, 12, 25), t)
        with self.assertRaises(pilkada.OutOfRange):
            t.find("2010-01-01")
        self.assertEqual(t[0].date.year, first)

    def test_working_days(self) -> None:
        c = pilkada.workcal()
        self.assertFalse(c.is_workday("2024-11-27"))  # voting-day holiday
        self.assertFalse(c.is_workday("2024-11-30"))  # Saturday
        self.assertTrue(c.is_workday("2024-11-26"))
        # Monday 25 Nov + 3 working days skips the Wednesday holiday: Friday 29 Nov.
        self.assertEqual(pilkada.add_workdays(dt.date(2024, 11, 25), 3), dt.date(2024, 11, 29))
        self.assertEqual(pilkada.count_workdays("2024-11-25", "2024-11-29"), 3)
        r = c.add_ex("2024-11-30", 0)
        self.assertTrue(r.rolled)
        self.assertEqual(r.value, dt.date(2024, 12, 2))
        with self.assertRaises(pilkada.OutOfRange):
            c.add("2030-01-01", 1)
        est = pilkada.WorkCalendar(allow_estimate=True).add_ex("2030-01-01", 1)
        self.assertTrue(est.estimated)
        with self.assertRaises(pilkada.InvalidArgument):
            pilkada.WorkCalendar(roll=pilkada.Roll.RAISE).add("2024-11-30", 1)

    def test_extra_days_and_kinds(self) -> None:
        local = pilkada.WorkCalendar(extra_holidays=[dt.date(2024, 11, 28)])
        self.assertEqual(local.add("2024-11-25", 3), dt.date(2024, 12, 2))
        open_cal = pilkada.WorkCalendar(closed=pilkada.HolidayKind.NATIONAL)
        self.assertTrue(open_cal.is_workday("2024-11-27"))
        sat = pilkada.WorkCalendar(extra_workdays=["2024-11-30"])
        self.assertTrue(sat.is_workday("2024-11-30"))

    def test_slug_enums(self) -> None:
        """Roll, HolidayKind and DeadlineId print and compare as their slugs,
        as the other enums do (issue 12); int() stays the C value."""
        h = pilkada.holidays().find("2024-11-27")  # Keppres 33/2024: voting day holiday
        self.assertEqual(str(h.kind), "libur_pemilihan")
        self.assertEqual(f"{h.kind}", "libur_pemilihan")
        self.assertEqual(h.kind, "libur_pemilihan")
        self.assertEqual(h.to_dict()["kind"], "libur_pemilihan")
        self.assertEqual(int(pilkada.HolidayKind.CUTI_BERSAMA), pilkada.capi.PK_HOLIDAY_CUTI_BERSAMA)
        self.assertEqual(pilkada.HolidayKind("cuti_bersama"), pilkada.HolidayKind.CUTI_BERSAMA)
        self.assertEqual(str(pilkada.HolidayKind.ALL), "all")
        # flags still combine into the mask WorkCalendar(closed=...) takes
        mask = pilkada.HolidayKind.NATIONAL | pilkada.HolidayKind.CUTI_BERSAMA
        self.assertEqual(mask, int(pilkada.HolidayKind.ALL) & ~int(pilkada.HolidayKind.ELECTION))
        self.assertTrue(h.kind & pilkada.HolidayKind.ELECTION)
        self.assertFalse(h.kind & pilkada.HolidayKind.NATIONAL)
        # the voting day stops work only when election holidays close offices
        self.assertTrue(pilkada.WorkCalendar(closed=mask).is_workday("2024-11-27"))
        self.assertEqual(str(pilkada.Roll.BACKWARD), "backward")
        self.assertEqual(pilkada.Roll("raise"), pilkada.Roll.RAISE)
        self.assertEqual(int(pilkada.Roll.RAISE), pilkada.capi.PK_ROLL_RAISE)
        # Saturday 30 Nov 2024 rolls back to Friday 29 Nov
        back = pilkada.WorkCalendar(roll=pilkada.Roll.BACKWARD).add_ex("2024-11-30", 0)
        self.assertEqual(back.value, dt.date(2024, 11, 29))
        self.assertEqual(pilkada.DeadlineId.REPORT, "report")
        self.assertEqual(str(pilkada.DeadlineId.TSM_BAWASLU), "tsm_bawaslu")
        self.assertEqual(pilkada.deadline_rule(pilkada.DeadlineId.REPORT).slug, "report")
        self.assertEqual(pilkada.deadline_rule(int(pilkada.DeadlineId.REPORT)).id, pilkada.DeadlineId.REPORT)
        self.assertEqual(pilkada.deadline_rule("report").to_dict()["id"], "report")

    def test_add_many(self) -> None:
        c = pilkada.workcal()
        starts = [dt.date(2024, 11, 25) + dt.timedelta(days=i) for i in range(200)]
        many = c.add_many(starts, 5)
        self.assertEqual(many, [c.add(s, 5) for s in starts])
        ns = list(range(-3, 4))
        self.assertEqual(c.add_many(starts[:7], ns), [c.add(s, n) for s, n in zip(starts, ns)])
        with self.assertRaises(pilkada.OutOfRange) as cm:
            c.add_many([dt.date(2024, 1, 2), dt.date(2035, 1, 2)], 1)
        self.assertEqual(cm.exception.field, "start[1]")
        with self.assertRaises(ValueError):
            c.add_many(starts[:3], [1, 2])

    def test_deadlines(self) -> None:
        # Report within 7 (calendar) days of discovery: 25 Nov -> 2 Dec 2024.
        d = pilkada.deadline("report", dt.date(2024, 11, 25))
        self.assertEqual(d.due, dt.date(2024, 12, 2))
        self.assertEqual(d.rule.id, pilkada.DeadlineId.REPORT)
        self.assertEqual(d.rule.unit, pilkada.DayUnit.CALENDAR)
        self.assertEqual(d.rule.amount, 7)
        self.assertIn("134", d.rule.basis)
        # TSM at Bawaslu Provinsi: 14 working days (Pasal 135A(2)).
        t = pilkada.deadline(pilkada.DeadlineId.TSM_BAWASLU, "2024-11-25")
        self.assertEqual(t.rule.unit, pilkada.DayUnit.WORKING)
        self.assertEqual(pilkada.count_workdays("2024-11-26", t.due), 13)
        self.assertEqual(d.to_dict()["due"], "2024-12-02")
        self.assertEqual(len(pilkada.deadline_rules()), len(pilkada.DeadlineId))
        with self.assertRaises(pilkada.NotFound):
            pilkada.deadline("no_such_deadline", "2024-11-25")



class TestCurrentData(unittest.TestCase):
    """Issue 15: the 2025 repeat votes by region, and holidays past the decrees
    (shared/research/intake-psu-text-tools.md 3.1; holidays_id.csv)."""

    def test_psu_by_region(self) -> None:
        s = pilkada.schedule_for("2025-04-19", region="36.04")
        self.assertEqual(s.id, "psu-2025-kab-serang")
        ph = pilkada.phase_at("2025-04-19", region="36.04")
        self.assertEqual(ph.innermost.id, "voting")
        self.assertEqual(pilkada.schedule_for("2025-04-19", region="36.73").id, "pilkada-2024")
        # Parigi Moutong voted on 16 Apr 2025, not 19 Apr
        self.assertEqual(pilkada.phase_at(dt.date(2025, 4, 16), region="7208").innermost.id, "voting")
        self.assertEqual(pilkada.schedule("psu-2025-kab-parigi-moutong").voting_day(), dt.date(2025, 4, 16))
        # Barito Utara's second vote (MK 313/PHPU.BUP-XXIII/2025)
        self.assertEqual(pilkada.schedule_for("2025-08-06", region="62.05").id, "psu2-2025-kab-barito-utara")
        # the 2020 voting day answers from 2020 without a cycle
        self.assertEqual(pilkada.schedule_for("2020-12-09").id, "pilkada-2020")
        with self.assertRaises(pilkada.NotFound):
            pilkada.schedule_for("2025-04-19", region="99.99")

    def test_estimated_holidays(self) -> None:
        cal = pilkada.WorkCalendar(allow_estimate=True)
        r = cal.add_ex("2026-12-31", 1)
        self.assertEqual(r.value, dt.date(2027, 1, 4))  # not New Year's Day 2027
        self.assertTrue(r.estimated)
        est = pilkada.HolidayTable.estimate(2027, 2027)
        ny = est.find("2027-01-01")
        self.assertIsNotNone(ny)
        assert ny is not None
        self.assertTrue(ny.estimated)
        self.assertTrue(ny.basis.startswith("estimated"))
        self.assertFalse(pilkada.holidays().find("2026-12-25").estimated)
        # a decree for 2027 loaded at run time replaces the estimate
        dec = pilkada.HolidayTable.from_string(
            "#% years: 2027-2027\ndate,kind,name_id,name_en,basis,status\n"
            "2027-01-01,libur_nasional,Tahun Baru,New Year,SKB (test),CONFIRMED\n"
            "2027-01-04,cuti_bersama,Cuti,Leave,SKB (test),CONFIRMED\n")
        merged = pilkada.holidays().merge(dec)
        del dec
        gc.collect()
        self.assertEqual(merged.years, (2015, 2027))
        r = pilkada.WorkCalendar(merged).add_ex("2026-12-31", 1)
        self.assertEqual(r.value, dt.date(2027, 1, 5))
        self.assertFalse(r.estimated)
        self.assertEqual(merged.find("2027-01-04").name_en, "Leave")

if __name__ == "__main__":
    unittest.main()
