"""Every date argument takes dates as people hold them: datetime.date,
datetime.datetime (its date part), text in the forms pk_date_parse_loose()
reads (day first), numpy.datetime64 and objects with a date() method, duck
typed. Facts: 27 Nov 2024 (voting day) was a Wednesday; 29 Feb 2023 does
not exist."""

import datetime as dt
import unittest
from typing import Any

import _support  # noqa: F401  (skips when the module is not built)
import pilkada
from pilkada import capi

WED = 3


class FakeDatetime64:
    """Stands in for numpy.datetime64 (numpy is not a dependency)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def astype(self, unit: str) -> "FakeDatetime64":
        assert unit == "datetime64[D]"
        return self

    def item(self) -> Any:
        return self.value


FakeDatetime64.__name__ = "datetime64"


class WithDate:
    """Like pandas/arrow objects that are not datetime subclasses."""

    def date(self) -> dt.date:
        return dt.date(2024, 11, 27)


class TestDateInput(unittest.TestCase):
    def test_forms(self) -> None:
        for value in [dt.date(2024, 11, 27), dt.datetime(2024, 11, 27, 23, 59),
                      dt.datetime(2024, 11, 27, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
                      "2024-11-27", "27/11/2024", "27-11-2024", "27.11.2024", "27 November 2024",
                      "27 Nopember 2024", "Rabu, 27 Nov 2024", "Rabu (27/11/2024)", " 27/11/2024 ",
                      FakeDatetime64(dt.date(2024, 11, 27)), WithDate()]:
            with self.subTest(value=value):
                self.assertEqual(pilkada.weekday(value), WED)  # type: ignore[arg-type]
                self.assertEqual(capi.pk_date_add_days(value, 0), dt.date(2024, 11, 27))

    def test_refusals_show_the_reading(self) -> None:
        cases = {
            "2024/11/12": "2024-11-12",
            "27/11/24": "2024-11-27",
            "12/27/2024": "2024-12-27",
            "Senin, 27/11/2024": "Wednesday",
            "29/02/2023": "February 2023",
        }
        for text, says in cases.items():
            with self.subTest(text=text):
                with self.assertRaises(pilkada.ParseError) as cm:
                    pilkada.weekday(text)
                self.assertIn(says, str(cm.exception))
        with self.assertRaises(pilkada.OutOfRange):
            pilkada.weekday("1/1/2200")

    def test_bad_objects(self) -> None:
        with self.assertRaises(ValueError):
            pilkada.weekday(FakeDatetime64(None))  # type: ignore[arg-type]  # NaT
        with self.assertRaises(TypeError):
            pilkada.weekday(FakeDatetime64(1732665600))  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            pilkada.weekday(20241127)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            pilkada.weekday(object())  # type: ignore[arg-type]

    def test_loose_parser_in_capi(self) -> None:
        self.assertEqual(capi.pk_date_parse_loose("27 Nopember 2024", None), dt.date(2024, 11, 27))
        with self.assertRaises(pilkada.ParseError):
            capi.pk_date_parse_loose("25-27 November 2024", None)


if __name__ == "__main__":
    unittest.main()
