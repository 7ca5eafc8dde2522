"""pip install . from the repository root builds the Python bindings
(the same package as bindings/python; see bindings/python/build_support.py)."""

import os
import sys

from setuptools import setup

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "bindings", "python"))
from build_support import setup_kwargs  # noqa: E402

os.chdir(ROOT)
setup(**setup_kwargs(os.path.join("bindings", "python", "pilkada")))
