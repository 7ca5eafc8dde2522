#!/bin/sh
# Build the libFuzzer harnesses (clang, ASan+UBSan) and run each for a
# bounded time on a copy of its seed corpus, as many at a time as there are
# cores; print the executions per harness.
# usage: tools/fuzz.sh <build-dir> [seconds-per-harness]   (default 8)
# (<build-dir> may be a tree configured with -DPK_FUZZ=ON already: it is built and used as it is)
# A crash, leak, timeout or broken invariant fails the run; the input is kept
# in <build-dir>/fuzz-artifacts/<harness>/ (add it to fuzz/regressions/<harness>/
# once fixed, see fuzz/regressions/README.md).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: tools/fuzz.sh <build-dir> [seconds-per-harness]}
secs=${2:-8}
jobs=$(nproc 2>/dev/null || echo 2)

mkdir -p "$dir"
# A tree configured with PK_FUZZ=ON already (the suite's sanitizer tree, which builds the harnesses
# beside its tests) is used as it is; otherwise one is configured here, at -O1 -gline-tables-only as
# OSS-Fuzz builds (file:line in every report) and without -DNDEBUG, so the library's assert()s
# check each input too.
if ! grep -q '^PK_FUZZ:BOOL=ON' "$dir/CMakeCache.txt" 2>/dev/null; then
    CC=clang cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
        -DPK_FUZZ=ON -DPK_BUILD_TESTS=OFF "-DPK_HOST_PKGEN=${PK_HOST_PKGEN:-}" \
        -DPK_BUILD_TOOLS=OFF -DPK_BUILD_EXAMPLES=OFF -DPK_BUILD_BENCH=OFF >"$dir/fuzz-cmake.log" 2>&1 ||
        { cat "$dir/fuzz-cmake.log"; exit 1; }
fi
cmake --build "$dir" -j"$jobs" >"$dir/fuzz-build.log" 2>&1 || { tail -n 40 "$dir/fuzz-build.log"; exit 1; }

status=0
total=0
# Run the harnesses $jobs at a time (each for $secs seconds), then report them in order.
run_one() { # <binary> <name>
    work="$dir/fuzz-work/$2"
    art="$dir/fuzz-artifacts/$2"
    rm -rf "$work"
    mkdir -p "$work" "$art"
    if [ -d "$root/fuzz/corpus/$2" ]; then cp "$root/fuzz/corpus/$2"/* "$work"/ 2>/dev/null; fi
    # -timeout: one input may take at most 10 s; -rss_limit_mb bounds memory.
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$1" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$art/" -print_final_stats=1 "$work" >"$dir/fuzz-$2.log" 2>&1
    echo $? >"$dir/fuzz-$2.rc"
}
names=""
running=0
for bin in "$dir"/fuzz/fuzz_*; do
    [ -x "$bin" ] && [ -f "$bin" ] || continue
    name=${bin##*/fuzz_}
    case $name in replay_*) continue ;; esac # the ctest replays, in a tree that has both
    names="$names $name"
    run_one "$bin" "$name" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait
        running=0
    fi
done
wait
for name in $names; do
    work="$dir/fuzz-work/$name"
    art="$dir/fuzz-artifacts/$name"
    log="$dir/fuzz-$name.log"
    rc=$(cat "$dir/fuzz-$name.rc" 2>/dev/null || echo 1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    execs=${execs:-0}
    total=$((total + execs))
    if [ "$rc" -eq 0 ]; then
        echo "fuzz $name: $execs executions in ${secs}s ($cov), corpus $(ls "$work" | wc -l) inputs"
    else
        status=1
        echo "fuzz $name: FAILED after $execs executions (exit $rc); artifacts in $art:"
        ls "$art"
        grep -E 'ERROR|invariant|SUMMARY|^    #[0-9] ' "$log" | head -n 30 | sed 's/^/    /'
    fi
done
echo "fuzz: $total executions in all"
exit "$status"
