#!/bin/sh
# Coverage of libpilkada/ as CI measures it: a gcc build with
# -DPK_COVERAGE=ON, the whole ctest suite, then gcovr (Debian gcovr) over
# libpilkada/*.c only. Prints the per-file table and the line and branch
# percentages ("coverage: lines N% branches N%").
# Counters are atomic (-fprofile-update=atomic): tests/test_threads runs 8 threads.
# usage: tools/coverage.sh <build-dir>
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: tools/coverage.sh <build-dir>}
jobs=$(nproc 2>/dev/null || echo 2)
command -v gcovr >/dev/null 2>&1 || { echo "gcovr not installed (apt-get install gcovr)"; exit 1; }

CC=gcc cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DPK_COVERAGE=ON -DPK_BUILD_BENCH=OFF \
    -DCMAKE_C_FLAGS=-fprofile-update=atomic >/dev/null &&
    cmake --build "$dir" -j"$jobs" >/dev/null || exit 1
find "$dir" -name '*.gcda' -delete
ctest --test-dir "$dir" -j"$jobs" --output-on-failure >"$dir/ctest.log" 2>&1 ||
    { tail -n 40 "$dir/ctest.log"; exit 1; }
# --exclude-unreachable-branches drops compiler-made branches no input can take.
# The CSV loaders of the region and rule tables (region_load.c, rules_load.c)
# run at build time inside tools/pkgen, before the counters are reset, so a
# second figure is printed without them.
cov() { # cov <summary-file> [gcovr args...]
    f=$1
    shift
    gcovr --root "$root" --object-directory "$dir" --filter "$root/libpilkada/" --exclude-unreachable-branches \
        "$@" >"$f" 2>&1 || { cat "$f"; exit 1; }
}
cov "$dir/coverage-lines.txt" --print-summary
cov "$dir/coverage-branches.txt" --branches
cov "$dir/coverage-runtime.txt" --print-summary --exclude "$root/libpilkada/region_load.c" \
    --exclude "$root/libpilkada/rules_load.c"
grep -v '^lines:\|^functions:\|^branches:' "$dir/coverage-lines.txt"
grep -v '^lines:\|^functions:\|^branches:' "$dir/coverage-branches.txt"
pct() { sed -n "s/^$1: *\([0-9.]*\)%.*/\1/p" "$2"; }
echo "coverage: lines $(pct lines "$dir/coverage-lines.txt")% branches $(pct branches "$dir/coverage-lines.txt")%" \
    "(libpilkada/; goal 95% / 90%)"
echo "coverage without the build-time loaders: lines $(pct lines "$dir/coverage-runtime.txt")%" \
    "branches $(pct branches "$dir/coverage-runtime.txt")%"
[ -n "$(pct lines "$dir/coverage-lines.txt")" ]
