#!/bin/sh
# Coverage of libpilkada/ as CI measures it: a gcc build with
# -DPK_COVERAGE=ON, the whole ctest suite, then gcovr (Debian gcovr) over
# libpilkada/*.c only. Prints the per-file table and the line and branch
# percentages ("coverage: lines N% branches N%"); fails below 95% lines or
# 90% branches.
# Counters are atomic (-fprofile-update=atomic): tests/test_threads runs 8 threads.
# The figures are deterministic: no test takes a seed, the time or the date
# into a library code path (the CLI's "today" is used only by `phase` without
# a DATE, which no test runs), and libgcov merges each .gcda under a file lock,
# so parallel ctest loses no counts (identical per-line and per-branch counts
# over repeated runs at -j2 and -j8). Figures differ only when the sources or
# tests differ: the "sources" fingerprint on the summary line tells two such
# runs apart (a hash of libpilkada/, include/, tests/, tools/cli/, data/).
# usage: tools/coverage.sh <build-dir>
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: tools/coverage.sh <build-dir>}
jobs=$(nproc 2>/dev/null || echo 2)
command -v gcovr >/dev/null 2>&1 || { echo "gcovr not installed (apt-get install gcovr)"; exit 1; }

CC=gcc cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DPK_COVERAGE=ON -DPK_BUILD_BENCH=OFF "-DPK_HOST_PKGEN=${PK_HOST_PKGEN:-}" \
    -DCMAKE_C_FLAGS=-fprofile-update=atomic >/dev/null &&
    cmake --build "$dir" -j"$jobs" >/dev/null || exit 1
find "$dir" -name '*.gcda' -delete
# The pip-install tests compile their own extension from the sources (no
# counts reach this build) and the leak check repeats calls the unit tests
# already cover: both run in the gcc stage, not here; so does mypy (a type
# check of the Python sources, no C runs).
ctest --test-dir "$dir" -j"$jobs" --output-on-failure -E '^python_(pip_install|pip_install_root|leakcheck|mypy)$' \
    >"$dir/ctest.log" 2>&1 ||
    { tail -n 40 "$dir/ctest.log"; exit 1; }
# --exclude-unreachable-branches drops compiler-made branches no input can take.
# The generator-only parsers (PK_GEN_ONLY_SOURCES in libpilkada/CMakeLists.txt:
# region_load.c, rules_load.c) are not part of the library: they run at build
# time inside tools/pkgen, so they are left out. gcovr searches only <build-dir>
# for coverage data (by default it would search the whole source tree, and
# other build directories there hold data of other versions of the sources).
cov() { # cov <summary-file> [gcovr args...]
    f=$1
    shift
    gcovr --root "$root" --object-directory "$dir" --filter "$root/libpilkada/" --exclude-unreachable-branches \
        --exclude "$root/libpilkada/region_load.c" --exclude "$root/tools/pkgen/rules_load.c" \
        "$@" "$dir" >"$f" 2>&1 || { cat "$f"; exit 1; }
}
cov "$dir/coverage-lines.txt" --print-summary
cov "$dir/coverage-branches.txt" --branches
grep -v '^lines:\|^functions:\|^branches:' "$dir/coverage-lines.txt"
grep -v '^lines:\|^functions:\|^branches:' "$dir/coverage-branches.txt"
pct() { sed -n "s/^$1: *\([0-9.]*\)%.*/\1/p" "$2"; }
lines=$(pct lines "$dir/coverage-lines.txt")
branches=$(pct branches "$dir/coverage-lines.txt")
# The floor: the stage fails below it, so coverage cannot regress.
# Branches: 90%. The date reader, the four-level place search and the text
# engine (issues 9, 10, 12) landed at 81-86% branch coverage and took the
# total to 86.9% (floor 86% for one round); the date reader's tests and
# those of the calendar, schedule, violation and allocation-failure paths
# brought it back to 90.6% (date_text.c 97%), so the floor is 90% again.
min_lines=95
min_branches=90
fingerprint=$(cd "$root" && find libpilkada include tests tools/cli data -type f | LC_ALL=C sort |
    xargs cat | cksum | cut -d' ' -f1)
echo "coverage: lines ${lines:-?}% branches ${branches:-?}% (libpilkada/; floor ${min_lines}% / ${min_branches}%; sources ${fingerprint})"
[ -n "$lines" ] && [ -n "$branches" ] || exit 1
awk -v l="$lines" -v b="$branches" -v ml="$min_lines" -v mb="$min_branches" \
    'BEGIN { if (l + 0 < ml || b + 0 < mb) { print "coverage: below the floor"; exit 1 } }'
