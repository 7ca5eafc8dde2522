"""pip install ./bindings/python (offline: add --no-build-isolation).

Compiles libpilkada from ../../libpilkada, its generated tables and the SWIG
wrapper into the extension pilkada._capi; see build_support.py."""

import os
import sys

from setuptools import setup

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_support import setup_kwargs  # noqa: E402

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
setup(**setup_kwargs(os.path.join("bindings", "python", "pilkada")))
