"""Shared helpers of the Python tests: import the package or skip (77)."""

import os
import sys
import unittest

SOURCE_DIR = os.environ.get("PK_SOURCE_DIR") or os.path.abspath(
    os.path.join(os.path.dirname(__file__), "..", "..", ".."))

try:
    import pilkada  # noqa: F401
except ImportError as e:  # pragma: no cover - only when the module was not built
    print("cannot import pilkada (%s); set PYTHONPATH to the built package" % e, file=sys.stderr)
    raise SystemExit(77)


def has_symbol(name: str) -> bool:
    """True if the extension wraps a C function (modules still being written may be absent)."""
    return hasattr(pilkada.capi, name)


def skip_unless(name: str):  # type: ignore[no-untyped-def]
    return unittest.skipUnless(has_symbol(name), "%s not in this build" % name)
