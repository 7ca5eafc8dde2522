"""Errors, dates and versions: the same facts as tests/test_date.c and test_common.c."""

import datetime as dt
import unittest

from _support import SOURCE_DIR
import os
import pilkada
from pilkada import capi


class TestVersions(unittest.TestCase):
    def test_versions(self) -> None:
        self.assertEqual(pilkada.version(), pilkada.__version__)
        major, minor, patch = (int(x) for x in pilkada.version().split("."))
        self.assertEqual(pilkada.version_number(), major * 10000 + minor * 100 + patch)
        with open(os.path.join(SOURCE_DIR, "data", "VERSION")) as f:
            self.assertEqual(pilkada.data_version(), f.readline().strip())

    def test_status_names(self) -> None:
        self.assertEqual(pilkada.status_name(-2), "PK_ENOTFOUND")
        self.assertEqual(pilkada.strerror(0), capi.pk_strerror(capi.PK_OK))
        self.assertEqual(pilkada.status_name(-999), "PK_EUNKNOWN")


class TestDates(unittest.TestCase):
    def test_parse(self) -> None:
        self.assertEqual(pilkada.parse_date("2024-11-27"), dt.date(2024, 11, 27))
        self.assertEqual(pilkada.parse_date("2024-02-29"), dt.date(2024, 2, 29))

    def test_parse_errors_are_typed(self) -> None:
        with self.assertRaises(pilkada.ParseError) as cm:
            pilkada.parse_date("2023-02-29")  # 2023 is not a leap year
        e = cm.exception
        self.assertEqual(e.status, capi.PK_EPARSE)
        self.assertEqual(e.status_name, "PK_EPARSE")
        self.assertIsInstance(e, pilkada.PilkadaError)
        self.assertIsInstance(e, ValueError)
        self.assertTrue(e.message)
        self.assertGreater(e.column, 0)
        with self.assertRaises(pilkada.ParseError):
            pilkada.parse_date("2024-11-27 ")
        with self.assertRaises(pilkada.OutOfRange):
            pilkada.parse_date("2200-01-01")
        d = e.to_dict()
        self.assertEqual(d["status"], "PK_EPARSE")

    def test_date_arithmetic(self) -> None:
        self.assertEqual(pilkada.add_months(dt.date(2024, 8, 31), -6), dt.date(2024, 2, 29))
        self.assertEqual(pilkada.weekday("2024-11-27"), 3)  # a Wednesday
        self.assertEqual(capi.pk_date_to_serial(dt.date(1970, 1, 2)), 1)
        self.assertEqual(capi.pk_date_from_serial(0), dt.date(1970, 1, 1))
        self.assertEqual(capi.pk_date_diff_days(dt.date(2024, 11, 25), dt.date(2024, 12, 2)), 7)
        self.assertEqual(capi.pk_date_format(dt.date(2024, 1, 5)), "2024-01-05")
        self.assertEqual(capi.pk_date_add_days("2024-12-31", 1), dt.date(2025, 1, 1))
        self.assertTrue(capi.pk_is_leap_year(2000))
        self.assertFalse(capi.pk_is_leap_year(1900))
        self.assertEqual(capi.pk_days_in_month(2024, 2), 29)

    def test_bad_date_input(self) -> None:
        with self.assertRaises(TypeError):
            capi.pk_date_add_days(20241127, 1)
        with self.assertRaises(pilkada.OutOfRange):
            capi.pk_date_add_days(dt.date(2199, 12, 31), 1)
        with self.assertRaises(pilkada.InvalidArgument):
            capi.pk_date_to_serial(dt.date(1800, 1, 1))


if __name__ == "__main__":
    unittest.main()
