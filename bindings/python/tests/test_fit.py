"""Issue 12 ("fit the user's hands"): every point of its "Why" list as a
regression, in both languages where text is involved. Facts: 27 Nov 2024 is
voting day (a Wednesday, "Rabu"; Keppres 33/2024 made it a holiday); UU 10/2016
Pasal 187A(1) fines money politics Rp200.000.000 to Rp1.000.000.000; 73.71 is
Kota Makassar, 16.08 Kabupaten Ogan Komering Ulu Timur, 32.16/32.75
Kabupaten/Kota Bekasi; the quiet period is "Masa tenang" (PKPU 2/2024)."""

import csv
import datetime as dt
import io
import json
import unittest

import _support  # noqa: F401
import pilkada

MONEY = {"actor": "any_person", "act": "give_money", "occurred": "2024-11-20"}


class TestEnums(unittest.TestCase):
    def test_enums_print_as_slugs(self) -> None:
        c = pilkada.classify(MONEY)
        f = c.findings[0]
        self.assertEqual(str(c.outcome), c.outcome.slug)
        self.assertEqual(f"{f.category}", "election_crime")
        self.assertEqual(f.category, "election_crime")
        self.assertEqual(int(f.category), pilkada.capi.PK_CAT_ELECTION_CRIME)
        self.assertIs(pilkada.Category(pilkada.capi.PK_CAT_ELECTION_CRIME), pilkada.Category.ELECTION_CRIME)
        self.assertEqual(json.dumps({"c": f.category}), '{"c": "election_crime"}')
        self.assertEqual(str(pilkada.region("73.71").kind), "kota")
        self.assertEqual(str(pilkada.SourceStatus.SINGLE_SOURCE), "SINGLE-SOURCE")

    def test_csv_export_is_readable(self) -> None:
        rows = pilkada.to_records([pilkada.classify(dict(MONEY, id="R1"))])
        out = io.StringIO()
        w = csv.DictWriter(out, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
        self.assertIn("R1,", out.getvalue())
        self.assertIn("election_crime", out.getvalue())


class TestExtraColumns(unittest.TestCase):
    def test_id_travels_beside_the_result(self) -> None:
        text = "id,actor,act,occurred,region\nR-1,pns,socmed_like,01/10/2024,Kota Makassar\nR-2,pns,socmed_like,2024-10-01,Bekasi\n"
        res = pilkada.classify_many(csv.DictReader(io.StringIO(text)))
        self.assertIsInstance(res[0], pilkada.Classification)
        self.assertEqual(res[0].extra, {"id": "R-1"})
        self.assertIsInstance(res[1], pilkada.Ambiguous)  # Bekasi: the kabupaten and the kota
        self.assertIn("32.16 Kabupaten Bekasi", str(res[1]))
        rows = pilkada.to_records(res)
        self.assertEqual([r["id"] for r in rows], ["R-1", "R-2"])
        self.assertEqual(rows[1]["outcome"], "error")
        self.assertNotIn("PK_E", rows[1]["error"])

    def test_misspelt_fact_is_an_error(self) -> None:
        with self.assertRaises(pilkada.InvalidArgument) as cm:
            pilkada.classify(actor="pns", act="socmed_like", ocurred="2024-10-01")
        self.assertIn("did you mean 'occurred'", str(cm.exception))
        self.assertEqual(cm.exception.status_name, "PK_EINVAL")
        self.assertNotIn("PK_E", str(cm.exception))


class TestRegions(unittest.TestCase):
    def test_region_by_code_name_or_object(self) -> None:
        r = pilkada.region("73.71")
        for value in ("73.71", "Kota Makassar", "KOTA MAKASSAR", r):
            c = pilkada.classify(MONEY, region=value)
            self.assertIn("Kota Makassar", c.findings[0].handler_name, value)
        c = pilkada.classify(MONEY, region="Kab. Ogan Komering Ulu Timur")
        self.assertIn("Ogan Komering Ulu Timur", c.findings[0].handler_name)
        with self.assertRaises(pilkada.Ambiguous) as cm:
            pilkada.classify(MONEY, region="Bekasi")
        self.assertIn("32.75 Kota Bekasi", str(cm.exception))

    def test_resolve_defaults_and_province_name(self) -> None:
        import inspect
        a = inspect.signature(pilkada.resolve).parameters["accept_fuzzy"].default
        b = inspect.signature(pilkada.resolve_many).parameters["accept_fuzzy"].default
        self.assertEqual(a, b)
        self.assertEqual(pilkada.resolve("Bandung", province="Jawa Barat", kind="kota").region.code, "32.73")
        self.assertEqual(pilkada.resolve("Bandung", province="32", kind="kota").region.code, "32.73")


class TestDates(unittest.TestCase):
    def test_dates_as_people_hold_them(self) -> None:
        want = pilkada.classify(MONEY)
        for d in ("20/11/2024", "20-11-2024", "20 November 2024", dt.date(2024, 11, 20),
                  dt.datetime(2024, 11, 20, 14, 30)):
            got = pilkada.classify(MONEY, occurred=d)
            self.assertEqual(got.rule_ids, want.rule_ids, d)

    def test_numpy_and_pandas(self) -> None:
        try:
            import numpy as np
        except ImportError:
            self.skipTest("numpy not installed")
        self.assertEqual(pilkada.classify(MONEY, occurred=np.datetime64("2024-11-20")).rule_ids,
                         pilkada.classify(MONEY).rule_ids)
        try:
            import pandas as pd
        except ImportError:
            return
        self.assertEqual(pilkada.classify(MONEY, occurred=pd.Timestamp("2024-11-20 09:00")).rule_ids,
                         pilkada.classify(MONEY).rule_ids)
        self.assertEqual(pilkada.holidays()[pd.Timestamp("2024-11-27")].date, dt.date(2024, 11, 27))


class TestWords(unittest.TestCase):
    def test_synonyms(self) -> None:
        for word, slug in (("kades", "kepala_desa"), ("Bupati", "regional_head"), ("PNS", "pns"),
                           ("paslon", "candidate"), ("timses", "campaign_team"), ("camat", "camat")):
            want = pilkada.classify(actor=slug, act="socmed_like", occurred="2024-10-01").rule_ids
            self.assertEqual(pilkada.classify(actor=word, act="socmed_like", occurred="2024-10-01").rule_ids,
                             want, word)
        with self.assertRaises(pilkada.Ambiguous) as cm:
            pilkada.classify(actor="asn", act="socmed_like", occurred="2024-10-01")
        self.assertIn("pns or pppk", str(cm.exception))
        with self.assertRaises(pilkada.NotFound) as nf:
            pilkada.classify(actor="kdes", act="socmed_like", occurred="2024-10-01")
        self.assertIn("did you mean 'kades'", str(nf.exception))


class TestHolidays(unittest.TestCase):
    def test_mapping(self) -> None:
        h = pilkada.holidays()
        voting = h[dt.date(2024, 11, 27)]
        self.assertEqual(voting.date, dt.date(2024, 11, 27))
        self.assertIs(h.get(dt.date(2024, 11, 26)), None)
        self.assertEqual(h["2024-11-27"].date, voting.date)
        self.assertEqual(h["27/11/2024"].date, voting.date)
        self.assertEqual(h[dt.datetime(2024, 11, 27, 8)].date, voting.date)
        with self.assertRaises(KeyError):
            h["2024-11-26"]
        y = pilkada.holidays(2024)
        self.assertIn(dt.date(2024, 11, 27), y)
        self.assertTrue(all(d.year == 2024 for d in y))
        with self.assertRaises(TypeError):
            y[dt.date(2024, 1, 1)] = None  # type: ignore[index]
        with self.assertRaises(pilkada.OutOfRange):
            pilkada.holidays(1990)


class TestLanguage(unittest.TestCase):
    def test_formats(self) -> None:
        self.assertEqual(pilkada.format_rupiah(200000000, "id"), "Rp200.000.000")
        self.assertEqual(pilkada.format_rupiah(200000000, "en"), "IDR 200,000,000")
        self.assertEqual(pilkada.format_number(1234567, "id"), "1.234.567")
        self.assertEqual(pilkada.format_date(dt.date(2024, 11, 27), "id"), "Rabu, 27 November 2024")
        self.assertEqual(pilkada.format_date("2024-08-17", "en"), "Saturday, 17 August 2024")
        self.assertEqual(pilkada.weekday_name(dt.date(2024, 11, 27), "id"), "Rabu")
        self.assertEqual(pilkada.month_name(8, "id"), "Agustus")
        with self.assertRaises(ValueError):
            pilkada.format_rupiah(1, "fr")

    def test_ics_summary(self) -> None:
        s = pilkada.schedule(2024)
        self.assertIn("SUMMARY:Masa tenang", s.to_ics(dtstamp="20250101T000000Z", lang="id"))
        self.assertIn("SUMMARY:Quiet period", s.to_ics(dtstamp="20250101T000000Z", lang="en"))

    def test_default_lang(self) -> None:
        import os
        from unittest import mock
        with mock.patch.dict(os.environ, {"PILKADA_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "id_ID.UTF-8"}):
            self.assertEqual(pilkada.default_lang(), "id")
        with mock.patch.dict(os.environ, {"PILKADA_LANG": "en", "LANG": "id_ID.UTF-8"}):
            self.assertEqual(pilkada.default_lang(), "en")


class TestJsonSchema(unittest.TestCase):
    """Python's to_dict/to_json and the CLI's --json share docs/classification.schema.json."""

    def test_to_dict_validates(self) -> None:
        try:
            import jsonschema
        except ImportError:
            self.skipTest("python3-jsonschema not installed")
        import os
        path = os.path.join(_support.SOURCE_DIR, "docs", "classification.schema.json")
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        v = jsonschema.Draft202012Validator(schema)
        cases = [dict(MONEY, discovered="2024-11-21", region="35.13"),
                 {"actor": "pns", "act": "socmed_like", "occurred": "2024-10-01", "region": "Kota Makassar"},
                 {"actor": "voter", "act": "attend_campaign", "occurred": "2024-10-05"},
                 {"actor": "candidate", "act": "give_money", "occurred": "2024-11-20"}]
        for facts in cases:
            d = json.loads(pilkada.classify(facts).to_json())
            self.assertEqual(list(v.iter_errors(d)), [], facts)
        d = pilkada.classify(cases[0]).to_dict()
        self.assertEqual(d["region"], "35.13")
        self.assertEqual(d["report_deadline"]["deadline"], "report")  # dates are labelled
        self.assertEqual(d["report_deadline"]["due"], "2024-11-28")  # 7 days (UU 1/2015 Pasal 134)
        self.assertEqual(d["findings"][0]["handler"]["name"], "Sentra Gakkumdu Kabupaten Probolinggo")
        self.assertEqual(pilkada.classify(cases[1]).to_dict()["region"], "73.71")
        # the 0.1 shapes do not validate: the schema can fail
        old = dict(d, schedule=d["schedule_id"])
        del old["schedule_id"]
        self.assertTrue(list(v.iter_errors(old)))

    def test_same_as_cli(self) -> None:
        import os
        import subprocess
        cli = os.path.join(os.environ.get("PK_BUILD_DIR", ""), "tools", "cli", "pilkada")
        if not os.path.exists(cli):
            self.skipTest("no CLI build")
        out = subprocess.run([cli, "classify", "--json", "--actor", "any_person", "--act", "give_money",
                              "--occurred", "2024-11-20", "--discovered", "2024-11-21", "--region", "35.13"],
                             capture_output=True, text=True, check=True)
        self.assertEqual(json.loads(out.stdout),
                         pilkada.classify(dict(MONEY, discovered="2024-11-21", region="35.13")).to_dict())


class TestReadme(unittest.TestCase):
    def test_python_blocks_run(self) -> None:
        """Every ```python block of README.md runs (issue 12)."""
        import os
        import re
        with open(os.path.join(_support.SOURCE_DIR, "README.md"), encoding="utf-8") as f:
            blocks = re.findall(r"```python\n(.*?)```", f.read(), re.S)
        self.assertTrue(blocks)
        for b in blocks:
            exec(compile(b, "README.md", "exec"), {})


class TestTables(unittest.TestCase):
    def test_dataframe_named_columns(self) -> None:
        res = pilkada.classify_many([dict(MONEY, id="a"), dict(MONEY, id="b", region="35.13")])
        self.assertEqual(dict(res[0])["category"], "election_crime")
        try:
            import pandas as pd
        except ImportError:
            self.skipTest("pandas not installed")
        df = pd.DataFrame(res)
        self.assertIn("category", df.columns)
        self.assertEqual(list(df["id"]), ["a", "b"])
        self.assertEqual(list(df["category"]), ["election_crime", "election_crime"])
        self.assertEqual(df["findings"].dtype.kind, "i")
        regions = pd.DataFrame([pilkada.region("35.13")])
        self.assertEqual(regions.loc[0, "full_name"], "Kabupaten Probolinggo")


if __name__ == "__main__":
    unittest.main()
