#!/bin/sh
# pip install of the bindings in a fresh virtual environment, fully offline:
#   pip install --no-build-isolation --no-index <dir>
# with setuptools/wheel from Debian (--system-site-packages) and SWIG from
# Debian. <dir> is bindings/python or the repository root. Exit 77 (skip)
# without python3-venv or swig.
# Usage: pip_install.sh <source-dir> <work-dir> [bindings/python|.]
set -eu
src=$1
work=$2
what=${3:-bindings/python}
py=/usr/bin/python3
command -v swig >/dev/null 2>&1 || { echo "no swig: skip"; exit 77; }
"$py" -c "import venv, ensurepip" 2>/dev/null || { echo "no python3-venv: skip"; exit 77; }
rm -rf "$work"
mkdir -p "$work/src"
# pip builds in the source tree (build/, *.egg-info): work on a copy of the
# sources so the checkout stays clean and concurrent runs cannot collide.
# In a git checkout the copy is the files git knows or would add (build
# trees of any name, such as _b/ with this very work dir inside, are
# ignored); otherwise everything but the usual build and cache dirs.
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$src" && git ls-files -z --cached --others --exclude-standard |
        tar cf - --null -T - --ignore-failed-read 2>/dev/null) | (cd "$work/src" && tar xf -)
else
    (cd "$src" && tar cf - --exclude='./.git' --exclude='./_b*' --exclude='./_build*' --exclude='./build*' \
        --exclude='*.egg-info' --exclude='__pycache__' .) | (cd "$work/src" && tar xf -)
fi
"$py" -m venv --system-site-packages "$work/venv"
# The test checks that the package builds and installs, not its speed: -O0 (last, so it wins over
# the interpreter's -O2) halves the compile time of the generated tables.
CFLAGS="${CFLAGS:-} -O0" PK_PY_BUILD_DIR="$work/build" PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    "$work/venv/bin/pip" install --no-build-isolation --no-index "$work/src/$what" >"$work/pip.log" 2>&1 ||
    { tail -n 40 "$work/pip.log"; exit 1; }
cd "$work"
"$work/venv/bin/python" - <<'PY'
import datetime, os, sys
import pilkada
assert os.path.realpath(pilkada.__file__).startswith(os.path.realpath(sys.prefix)), pilkada.__file__
here = os.path.dirname(pilkada.__file__)
for f in ("py.typed", "capi.pyi", "__init__.py", "violations.py"):
    assert os.path.exists(os.path.join(here, f)), f  # typed package (PEP 561): annotated .py, capi.pyi
assert not [f for f in os.listdir(here) if f.endswith(".pyi") and f != "capi.pyi"], os.listdir(here)
assert pilkada.trace(actor="pns", act="socmed_like", occurred="2024-10-01").matched
assert pilkada.schedule(2024).voting_day() == datetime.date(2024, 11, 27)
assert pilkada.deadline("report", datetime.date(2024, 11, 25)).due == datetime.date(2024, 12, 2)
try:
    pilkada.schedule("1999")
except pilkada.NotFound as e:
    assert e.field == "id"
else:
    raise AssertionError("no NotFound")
print("installed pilkada", pilkada.__version__, "OK")
PY
rm -rf "$work"
