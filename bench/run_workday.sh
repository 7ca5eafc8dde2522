#!/bin/sh
# Working-day benchmark: libpilkada (single calls and batch) against
# numpy.busday_offset on the same 1,000,000 inputs and the same holidays,
# in one run. usage: bench/run_workday.sh <build-dir> [COUNT]
set -e
build=${1:?usage: bench/run_workday.sh <build-dir> [COUNT]}
count=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
bin="$build/bench/bench_workday"
[ -x "$bin" ] || { echo "no $bin: build the project first (cmake --build $build)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" "$count" "$tmp/arrays"
/usr/bin/python3 "$here/bench_workday_numpy.py" "$tmp/arrays" "$here/../data/holidays_id.csv"
