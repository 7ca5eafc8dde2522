#!/bin/sh
# Every benchmark, on a Release build: prints the figures (ns per operation,
# throughput, ratios against the Python baselines measured in the same run).
# Benchmarks are not tests: nothing here passes or fails on timing.
# usage: tools/bench.sh [build-dir]      (default _build/bench)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${1:-_build/bench}
sh tools/setup.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
echo "== schedules: stage-at-date lookups =="
"$build/bench/bench_schedule"
echo
echo "== working days: libpilkada vs numpy.busday_offset =="
sh bench/run_workday.sh "$build"
echo
echo "== regions: code, exact and messy-name lookups vs difflib and Levenshtein =="
sh bench/run_region.sh "$build"
sh bench/run_place.sh "$build"
echo
echo "== dates in text: pk_date_scan and pk_date_parse_loose =="
"$build/bench/bench_date_text"
echo
echo "== violations: pk_classify and the batch CLI =="
sh bench/run_classify.sh "$build"
echo
if [ -d "$build/bindings/python/pkg/pilkada" ]; then
    echo "== Python bindings: per-call overhead and batches =="
    sh bench/run_python.sh "$build"
fi
