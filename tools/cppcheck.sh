#!/bin/sh
# cppcheck over the library and the tools (Debian cppcheck), with the
# suppressions in tools/cppcheck-suppressions.txt. Fails on any finding.
# usage: tools/cppcheck.sh <build-dir>   (for the generated include/pilkada/version.h)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: tools/cppcheck.sh <build-dir>}
command -v cppcheck >/dev/null 2>&1 || { echo "cppcheck not installed"; exit 1; }
jobs=$(nproc 2>/dev/null || echo 2)
out=$(cd "$root" && cppcheck -j "$jobs" --quiet --std=c11 --enable=warning,portability,performance --inline-suppr \
    --suppressions-list=tools/cppcheck-suppressions.txt \
    -I include -I "$build/include" -I libpilkada -I tools/cli -I tools/pkgen \
    -D__GNUC__ -DPK_DATA_VERSION_STRING='"cppcheck"' \
    --template='{file}:{line}: {severity}: {message} [{id}]' libpilkada tools 2>&1)
n=$(printf '%s' "$out" | grep -c ': \(error\|warning\|style\|portability\|performance\): ')
printf '%s\n' "$out" | grep ': \(error\|warning\|style\|portability\|performance\): '
echo "cppcheck: $n findings"
[ "$n" -eq 0 ]
