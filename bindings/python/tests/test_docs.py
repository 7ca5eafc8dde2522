"""help() on the main functions is useful: every parameter is described,
and the docstring says what is returned and which exceptions are raised."""

import inspect
import pydoc
import unittest
from typing import Any, List

import _support  # noqa: F401  (skips when the module is not built)
import pilkada

MAIN = [
    (pilkada.classify, ["NotFound", "ParseError", "InvalidArgument", "Classification"]),
    (pilkada.classify_many, ["Classification", "PilkadaError", "GIL"]),
    (pilkada.explain, ["NotFound"]),
    (pilkada.resolve, ["Ambiguous", "NotFound", "candidates", "Resolution"]),
    (pilkada.resolve_many, ["None", "Region"]),
    (pilkada.region, ["ParseError", "NotFound", "Kabupaten Probolinggo"]),
    (pilkada.lookup_code, ["CodeMatch", "NotFound"]),
    (pilkada.find_region, ["Ambiguous", "NotFound"]),
    (pilkada.find_in_text, ["Mention", "candidates"]),
    (pilkada.schedule, ["NotFound", "pilkada-2024"]),
    (pilkada.Schedule.phase, ["Phase", "innermost", "quiet_period"]),
    (pilkada.Schedule.active, ["Stage"]),
    (pilkada.Schedule.next_milestone, ["Milestone", "None"]),
    (pilkada.Schedule.window, ["Window", "NotFound"]),
    (pilkada.Schedule.to_ics, ["RFC 5545", "InvalidArgument"]),
    (pilkada.deadline, ["Deadline", "NotFound", "OutOfRange", "2024, 12, 2"]),
    (pilkada.add_workdays, ["OutOfRange", "2024-11-29"]),
    (pilkada.count_workdays, ["[start, end)"]),
    (pilkada.WorkCalendar.add_many, ["GIL", "field"]),
    (pilkada.parse_date, ["ParseError", "OutOfRange", "column"]),
]


def _params(fn: Any) -> List[str]:
    out = []
    for name, p in inspect.signature(fn).parameters.items():
        if name in ("self", "cls") or name.startswith("_"):
            continue
        if p.kind is p.VAR_KEYWORD and fn in (pilkada.classify, pilkada.explain):
            continue  # the fact keys, checked separately
        out.append(name)
    return out


class TestDocstrings(unittest.TestCase):
    def test_main_functions_document_args_returns_raises(self) -> None:
        for fn, words in MAIN:
            doc = inspect.getdoc(fn) or ""
            with self.subTest(fn=fn.__qualname__):
                self.assertIn("Returns:", doc)
                for name in _params(fn):
                    self.assertRegex(doc, r"\b%s\b" % name, "parameter %s undocumented" % name)
                for w in words:
                    self.assertIn(w, doc)

    def test_raising_functions_list_their_exceptions(self) -> None:
        for fn, _ in MAIN:
            if fn is pilkada.resolve_many:
                continue  # never raises for a bad name: documented as such
            with self.subTest(fn=fn.__qualname__):
                doc = inspect.getdoc(fn) or ""
                self.assertIn("Raises:", doc)
                raises = doc.split("Raises:", 1)[1]
                self.assertTrue(any(hasattr(pilkada, w.strip(":,")) or w.strip(":,") in
                                    ("ValueError", "TypeError")
                                    for w in raises.split()), raises)

    def test_classify_documents_every_fact_key(self) -> None:
        doc = inspect.getdoc(pilkada.classify) or ""
        for key in pilkada.FACT_KEYS:
            self.assertRegex(doc, r"\b%s\b" % key, key)
        explain = inspect.getdoc(pilkada.explain) or ""
        self.assertIn("classify", explain)

    def test_help_renders(self) -> None:
        text = pydoc.render_doc(pilkada.classify, renderer=pydoc.plaintext)
        self.assertIn("classify(facts", text)
        self.assertIn("Raises:", text)
        self.assertIn("Returns:", text)

    def test_every_public_callable_has_a_docstring(self) -> None:
        for name in pilkada.__all__:
            obj = getattr(pilkada, name)
            if callable(obj) and not name.startswith("_"):
                with self.subTest(name=name):
                    self.assertTrue((inspect.getdoc(obj) or "").strip(), name)

    def test_capi_keeps_the_header_documentation(self) -> None:
        doc = pilkada.capi.pk_region_lookup.__doc__ or ""
        self.assertIn("Look a region up by code", doc)  # from include/pilkada/region.h
        self.assertIn("PK_ENOTFOUND", doc)


if __name__ == "__main__":
    unittest.main()
