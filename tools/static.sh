#!/bin/sh
# Static analysis as CI runs it: clang-tidy (configuration: .clang-tidy) over
# libpilkada/*.c and tools/**/*.c with the compile_commands.json of a clang
# build, then cppcheck (tools/cppcheck.sh). Prints the findings and their
# count; fails on any.
# usage: tools/static.sh <build-dir>   (configured with clang if it does not exist yet)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: tools/static.sh <build-dir>}
tidy=$(command -v clang-tidy-14 || command -v clang-tidy) || { echo "clang-tidy not installed"; exit 1; }
jobs=$(nproc 2>/dev/null || echo 2)

# A clang build tree that exists already (the suite's clang stage) is reused as it is.
if [ ! -f "$dir/CMakeCache.txt" ]; then
    CC=clang cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DPK_BUILD_BENCH=OFF -DPK_BUILD_EXAMPLES=OFF \
        -DPK_BUILD_TESTS=OFF >/dev/null || exit 1
fi
grep -q '^CMAKE_C_COMPILER:.*clang' "$dir/CMakeCache.txt" || { echo "$dir is not a clang build tree"; exit 1; }
# generated headers and tables must exist for the compile commands
cmake --build "$dir" -j"$jobs" >/dev/null || exit 1

# largest first, so that the long analyses (place.c, extract_draft.c) start at once and the
# small files fill the other job's time instead of one big file running alone at the end
files=$(cd "$root" && { ls libpilkada/*.c; find tools -name '*.c'; } | xargs wc -c | grep -v ' total$' |
    sort -k1,1nr -k2 | awk '{print $2}')
log="$dir/clang-tidy.log"
: >"$log"
# clang-analyzer's path budget per function: 100,000 nodes instead of its default 225,000. The
# largest files' longest functions (extract_draft.c, place.c) reach either budget before their
# paths end, and the default spent 58 s of CPU on extract_draft.c against 25 s: more than half of
# the suite's static analysis went on paths past 100,000 nodes. With a null dereference planted
# at the end of two of the costliest functions (fill_actor, place_list) both budgets report the
# same one (fill_actor's) and both miss the other: the default reaches no further there either.
budget="--extra-arg=-Xclang --extra-arg=-analyzer-config --extra-arg=-Xclang --extra-arg=max-nodes=100000"
# shellcheck disable=SC2086
printf '%s\n' $files | (cd "$root" && xargs -P "$jobs" -n 1 "$tidy" -p "$dir" --quiet $budget) >>"$log" 2>/dev/null
tidy_n=$(grep -c '^[^ ].*: \(warning\|error\): ' "$log")
grep '^[^ ].*: \(warning\|error\): ' "$log"
echo "clang-tidy: $(printf '%s\n' $files | wc -l) files, $tidy_n findings"

sh "$root/tools/cppcheck.sh" "$dir"
cpp=$?
[ "$tidy_n" -eq 0 ] && [ "$cpp" -eq 0 ]
