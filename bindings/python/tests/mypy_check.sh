#!/bin/sh
# ctest python_mypy: Debian's mypy on the package (its annotated .py modules
# and capi.pyi, the generated stub of the extension) and on a typed usage
# file in --strict mode (must pass; the usage file is also run), on a file of misuses (each marked line
# must be an error), and mypy.stubtest of capi.pyi against the built module.
# Usage: mypy_check.sh <bindings/python source dir> <built package dir>
# Exit 77 (skip) when mypy is not installed.
set -u
src=$1
pkg=$2
py=/usr/bin/python3
"$py" -c "import mypy" 2>/dev/null || { echo "mypy not installed (apt-get install python3-mypy): skip"; exit 77; }
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
mypy() { MYPYPATH="$src" "$py" -m mypy --cache-dir "$cache" --no-error-summary "$@"; }
status=0

echo "== mypy --strict: the package and tests/typecheck_usage.py"
mypy --strict -p pilkada || status=1
mypy --strict "$src/tests/typecheck_usage.py" || status=1
PYTHONPATH="$pkg" "$py" "$src/tests/typecheck_usage.py" || status=1
examples="$src/../../examples"
echo "== mypy --strict: the Python examples"
mypy --strict "$examples/classify_reports.py" "$examples/pilkada_calendar.py" || status=1

echo "== mypy: tests/typecheck_bad.py must fail on the marked lines"
expected=$(grep -n '# expect-error$' "$src/tests/typecheck_bad.py" | cut -d: -f1 | sort -n | tr '\n' ' ')
got=$(mypy "$src/tests/typecheck_bad.py" | sed -n 's/^[^:]*typecheck_bad.py:\([0-9]*\): error:.*/\1/p' |
      sort -n -u | tr '\n' ' ')
echo "expected errors on lines: $expected"
echo "mypy errors on lines:     $got"
[ "$expected" = "$got" ] || { echo "FAIL: mypy did not flag exactly the marked lines"; status=1; }

echo "== mypy.stubtest: capi.pyi against the built extension"
# (the .py modules are their own stubs; capi.pyi is generated from the
# extension and test_stubs.py checks it names exactly its functions; the
# SWIG struct types' metaclass has no stub)
allow="$cache/allowlist"
printf '%s\n' 'pilkada\.capi\.pk_[a-z0-9_]+' >"$allow"
PYTHONPATH="$pkg" MYPYPATH="$pkg" "$py" -m mypy.stubtest pilkada.capi \
    --allowlist "$allow" || status=1

[ $status -eq 0 ] && echo "python_mypy: OK"
exit $status
