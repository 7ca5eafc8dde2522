"""The .pyi stubs shipped in the package match the runtime: the same public
names in every module, the same attributes on every result record, the same
members in every enum. (mypy itself runs in the ctest python_mypy.)"""

import ast
import enum
import importlib
import os
import unittest
from typing import Dict, List, Set

import _support  # noqa: F401  (skips when the module is not built)
import pilkada
from pilkada import Record

PKG_DIR = os.path.dirname(os.path.abspath(pilkada.__file__))
MODULES = ["__init__", "_base", "errors", "calendar", "workday", "regions", "places", "violations"]


def _stub(module: str) -> ast.Module:
    with open(os.path.join(PKG_DIR, module + ".pyi"), encoding="utf-8") as f:
        return ast.parse(f.read())


def _stub_all(tree: ast.Module) -> List[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return [ast.literal_eval(e) for e in node.value.elts]  # type: ignore[attr-defined]
    return []


def _stub_defined(tree: ast.Module) -> Set[str]:
    """Names a stub defines or imports at top level."""
    names: Set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.ImportFrom):
            names.update(a.asname or a.name for a in node.names)
    return names


def _stub_classes(tree: ast.Module) -> Dict[str, ast.ClassDef]:
    return {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}


def _class_attrs(cls: ast.ClassDef) -> Set[str]:
    return {n.target.id for n in cls.body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}


class TestStubs(unittest.TestCase):
    def test_every_module_has_a_stub_and_py_typed(self) -> None:
        for m in MODULES + ["capi"]:
            self.assertTrue(os.path.exists(os.path.join(PKG_DIR, m + ".pyi")), m)
        self.assertTrue(os.path.exists(os.path.join(PKG_DIR, "py.typed")))

    def test_package_all_matches(self) -> None:
        tree = _stub("__init__")
        self.assertEqual(sorted(_stub_all(tree)), sorted(pilkada.__all__))
        defined = _stub_defined(tree)
        self.assertEqual(sorted(n for n in pilkada.__all__ if n not in defined), [])
        for name in pilkada.__all__:
            self.assertTrue(hasattr(pilkada, name), name)

    def test_module_all_matches(self) -> None:
        for m in MODULES[1:]:
            mod = importlib.import_module("pilkada." + m)
            tree = _stub(m)
            with self.subTest(module=m):
                self.assertEqual(sorted(_stub_all(tree)), sorted(mod.__all__))
                defined = _stub_defined(tree)
                self.assertEqual([n for n in mod.__all__ if n not in defined], [])

    def test_records_and_enums_match(self) -> None:
        checked = 0
        for m in MODULES[1:]:
            mod = importlib.import_module("pilkada." + m)
            for name, node in _stub_classes(_stub(m)).items():
                obj = getattr(mod, name)
                with self.subTest(cls="%s.%s" % (m, name)):
                    if isinstance(obj, type) and issubclass(obj, Record) and obj is not Record:
                        self.assertEqual(sorted(_class_attrs(node)), sorted(obj._fields))
                        checked += 1
                    elif isinstance(obj, enum.EnumMeta):
                        self.assertEqual(sorted(_class_attrs(node)),
                                         sorted(obj.__members__), name)
                        checked += 1
        self.assertGreater(checked, 40)

    def test_runtime_classes_are_all_in_stubs(self) -> None:
        for m in MODULES[1:]:
            mod = importlib.import_module("pilkada." + m)
            classes = _stub_classes(_stub(m))
            for name in mod.__all__:
                obj = getattr(mod, name)
                if isinstance(obj, type):
                    self.assertIn(name, classes, "%s.%s" % (m, name))


if __name__ == "__main__":
    unittest.main()
