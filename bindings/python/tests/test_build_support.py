"""The pip build (build_support.py) reads libpilkada/CMakeLists.txt: check
that what it reads is what CMake builds."""

import glob
import os
import sys
import unittest

from _support import SOURCE_DIR

sys.path.insert(0, os.path.join(SOURCE_DIR, "bindings", "python"))
import build_support  # noqa: E402


class TestLayout(unittest.TestCase):
    def test_layout_matches_cmake(self) -> None:
        lay = build_support.library_layout(SOURCE_DIR)
        listed = set(lay["core"]) | set(lay["tables"])
        for f in listed | set(lay["pkgen"]) | set(lay["gen_only"]):
            self.assertTrue(os.path.isfile(f), f)
        # the generator-only parsers are not part of the extension
        self.assertEqual(listed & set(lay["gen_only"]), set())
        self.assertIn("rules_load.c", {os.path.basename(f) for f in lay["gen_only"]})
        # every C file CMake compiled into the library is compiled by the pip build
        build = os.environ.get("PK_BUILD_DIR")
        if build:
            objs = [o for d in ("pk_core.dir", "pk_tables.dir")
                    for o in glob.glob(os.path.join(build, "libpilkada", "CMakeFiles", d, "*.c.o"))]
            built = {os.path.basename(o)[:-2] for o in objs}
            names = {os.path.basename(f) for f in listed}
            self.assertEqual(built - names - {o for o, _, _ in lay["generate"]}, set(),
                             "C files the pip build would miss")
        kinds = [g[1] for g in lay["generate"]]
        self.assertIn("schedules", kinds)
        # every schedule file under data/schedules is built in (the list is written out, not globbed)
        sched = {os.path.basename(f) for out, kind, ins in lay["generate"] if kind == "schedules" for f in ins}
        on_disk = {os.path.basename(f) for f in glob.glob(os.path.join(SOURCE_DIR, "data", "schedules", "*.csv"))}
        self.assertEqual(sched, on_disk)
        self.assertIn("holidays", kinds)
        for out, kind, inputs in lay["generate"]:
            self.assertTrue(out.endswith(".c"))
            self.assertTrue(inputs)
            for f in inputs:
                self.assertTrue(os.path.isfile(f), f)
        # the CMake build generated the same tables
        if build:
            for out, _, _ in lay["generate"]:
                self.assertTrue(os.path.isfile(os.path.join(build, "generated", out)), out)
        import pilkada
        self.assertEqual("%d.%d.%d" % lay["version"], pilkada.version())


if __name__ == "__main__":
    unittest.main()
