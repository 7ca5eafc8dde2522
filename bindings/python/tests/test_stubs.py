"""The package's types are written once: the .py modules carry their own
annotations (PEP 561, py.typed) and the only stub is capi.pyi, the stub of
the compiled extension, generated from the built module
(bindings/python/gen_capi_stub.py). This test checks that every public name
is typed, that the enum declarations mypy reads (``if TYPE_CHECKING:``) are
the enums the runtime builds from the C constants, and that capi.pyi is what
the generator writes for the built extension. (mypy --strict and stubtest
run in the ctest python_mypy.)"""

import ast
import enum
import importlib
import inspect
import os
import sys
import unittest
from typing import Dict, List, Set

import _support  # noqa: F401  (skips when the module is not built)
import pilkada
from pilkada import Record, SlugEnum

PKG_DIR = os.path.dirname(os.path.abspath(pilkada.__file__))
SRC_DIR = os.path.join(_support.SOURCE_DIR, "bindings", "python")
MODULES = ["__init__", "_base", "errors", "calendar", "workday", "regions", "places", "violations", "extract",
           "text"]


def _tree(module: str) -> ast.Module:
    with open(os.path.join(PKG_DIR, module + ".py"), encoding="utf-8") as f:
        return ast.parse(f.read())


def _type_checking_classes(tree: ast.Module) -> Dict[str, ast.ClassDef]:
    """The classes declared for mypy in ``if TYPE_CHECKING:`` blocks."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            out.update({n.name: n for n in node.body if isinstance(n, ast.ClassDef)})
    return out


def _classes(tree: ast.Module) -> Dict[str, ast.ClassDef]:
    return {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}


def _annotated(cls: ast.ClassDef) -> Set[str]:
    return {n.target.id for n in cls.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}


def _public(mod: object) -> List[str]:
    return list(getattr(mod, "__all__", []))


class TestStubs(unittest.TestCase):
    def test_one_stub_only_and_py_typed(self) -> None:
        self.assertTrue(os.path.exists(os.path.join(PKG_DIR, "py.typed")))
        stubs = sorted(f for f in os.listdir(os.path.join(SRC_DIR, "pilkada")) if f.endswith(".pyi"))
        self.assertEqual(stubs, ["capi.pyi"], "a .pyi beside a .py module repeats it: annotate the .py")

    def test_functions_are_annotated(self) -> None:
        checked = 0
        for m in MODULES:
            mod = importlib.import_module("pilkada" if m == "__init__" else "pilkada." + m)
            for name in _public(mod):
                obj = getattr(mod, name)
                if not inspect.isfunction(obj):
                    continue
                sig = inspect.signature(obj)
                with self.subTest(function="%s.%s" % (m, name)):
                    self.assertIsNot(sig.return_annotation, inspect.Signature.empty)
                    for p in sig.parameters.values():
                        self.assertIsNot(p.annotation, inspect.Parameter.empty, p.name)
                checked += 1
        self.assertGreater(checked, 50)

    def test_records_declare_their_fields(self) -> None:
        checked = 0
        for m in MODULES[1:]:
            mod = importlib.import_module("pilkada." + m)
            classes = _classes(_tree(m))
            for name in _public(mod):
                obj = getattr(mod, name)
                if isinstance(obj, type) and issubclass(obj, Record) and obj is not Record:
                    with self.subTest(record="%s.%s" % (m, name)):
                        self.assertIn(name, classes)
                        self.assertEqual(sorted(_annotated(classes[name]) & set(obj._fields)),
                                         sorted(obj._fields))
                    checked += 1
        self.assertGreater(checked, 30)

    def test_enum_declarations_match_the_runtime(self) -> None:
        """Every enum a module builds from C constants at run time has a
        declaration for mypy with the same members and slugs."""
        checked = 0
        for m in MODULES[1:]:
            mod = importlib.import_module("pilkada." + m)
            tree = _tree(m)
            declared = _type_checking_classes(tree)
            real = _classes(tree)
            for name in dir(mod):
                obj = getattr(mod, name)
                if not isinstance(obj, enum.EnumMeta) or obj.__module__ != mod.__name__ or not list(obj):
                    continue
                with self.subTest(enum="%s.%s" % (m, name)):
                    if name in real:  # a real class statement: mypy reads it as it is
                        continue
                    self.assertIn(name, declared, "a run-time enum without a TYPE_CHECKING declaration")
                    decl = {n.targets[0].id: ast.literal_eval(n.value) for n in declared[name].body
                            if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)}
                    self.assertTrue(issubclass(obj, SlugEnum))
                    self.assertEqual(decl, {k: v.slug for k, v in obj.__members__.items()})
                    checked += 1
        self.assertGreater(checked, 5)

    def test_capi_stub_is_generated_from_the_extension(self) -> None:
        sys.path.insert(0, SRC_DIR)
        try:
            gen = importlib.import_module("gen_capi_stub")
        finally:
            sys.path.remove(SRC_DIR)
        with open(os.path.join(SRC_DIR, "pilkada", "capi.pyi"), encoding="utf-8") as f:
            have = f.read()
        want = gen.stub_text(pilkada.capi)
        self.assertEqual(have, want, "capi.pyi is stale: PYTHONPATH=<build>/bindings/python/pkg "
                                     "python3 bindings/python/gen_capi_stub.py")
        # and the stub names exactly the extension's public names
        tree = ast.parse(have)
        named = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))
                 and not n.name.startswith("_")}  # _SwigObject: the attributes every SWIG type has
        named |= {n.target.id for n in tree.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
        public = {n for n in dir(pilkada.capi) if not n.startswith("_")}
        self.assertEqual(sorted(public - named), [])
        self.assertEqual(sorted(named - public), [])
        self.assertIn("pk_py_classify_trace", named)


if __name__ == "__main__":
    unittest.main()
