#!/bin/sh
# Python bindings benchmark driver: bench/run_python.sh <build-dir>
# Runs the C side (bench_python_c) for the reference figures, then
# bench/bench_python.py with the CMake-built module (<build-dir>/bindings/
# python/pkg) and /usr/bin/python3. Use a Release build for real figures.
# Extra arguments go to bench_python.py (--calls-only: the per-call part).
set -e
B=${1:?usage: run_python.sh <build-dir> [--calls-only]}
shift
HERE=$(cd "$(dirname "$0")" && pwd)
[ -d "$B/bindings/python/pkg/pilkada" ] || { echo "no Python module in $B (needs SWIG and python3-dev)"; exit 1; }
OUT=$("$B/bench/bench_python_c")
echo "$OUT" | grep -v '^C_'
v() { echo "$OUT" | sed -n "s/^$1=//p"; }
PYTHONPATH="$B/bindings/python/pkg" /usr/bin/python3 "$HERE/bench_python.py" "$@" \
    "$(v C_LOOKUP_NS)" "$(v C_PHASE_NS)" "$(v C_CLASSIFY_NS)" "$(v C_CLASSIFY_SET_NS)"
