#!/bin/sh
# The whole test suite, as CI runs it (.ci/run calls exactly this):
#   1. gcc build (-Werror) + every ctest test (unit tests, CLI tests,
#      install test with pkg-config and find_package, cross-checks)
#   2. clang build (-Werror) + the same tests but the Python ones (the
#      bindings and their tests are compiler-independent: stage 1 runs them),
#      the cost gate on its smaller inputs (its ratios are compiler-independent too)
#   3. AddressSanitizer + UndefinedBehaviorSanitizer build (clang, -O1, with the
#      libFuzzer harnesses that stage 6 runs) + the same tests
#   4. valgrind memcheck over every C test binary: zero errors, zero leaks
#   5. docs: the Doxygen API reference builds with no warning and the man
#      page formats cleanly
#   6. tsan (tests/test_threads), static (clang-tidy, cppcheck: started after
#      stage 2 in its tree and run beside stages 3-6, reported last), fuzz
#      (libFuzzer, 3 s per harness, fuzz_tiled for cost), coverage (gcovr);
#      their figures, and the cost gate's (tests/scaling.c, also a ctest
#      test: every text-taking entry point at 10 KB, 100 KB, 1 MB), are
#      printed at the end
# Prints one line per stage with its time and a final "N passed, N failed in
# Ns" line with the whole suite's time.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
sh tools/setup.sh || exit 1

jobs=$(nproc 2>/dev/null || echo 2)
suite_start=$(date +%s)
out=${PK_TEST_DIR:-_build}
mkdir -p "$out"
passed=0
failed=0
failures=""

stage() { # stage <name> <command...>
    name=$1
    shift
    log="$out/$name.log"
    start=$(date +%s)
    "$@" >"$log" 2>&1
    report "$name" $? "$(( $(date +%s) - start ))s"
}

report() { # report <name> <exit status> <time, note>: one PASS or FAIL line, counted
    if [ "$2" -eq 0 ]; then
        passed=$((passed + 1))
        echo "PASS $1 ($3)"
    else
        failed=$((failed + 1))
        failures="$failures $1"
        echo "FAIL $1 ($3) -- last lines of $out/$1.log:"
        tail -n 40 "$out/$1.log" | sed 's/^/    /'
    fi
}

# stage_bg <name> <command...>: a stage that runs beside the stages after it (static analysis:
# clang-tidy's analyzer takes a file per job, so the largest files end it with one job running
# alone, while the other stages leave a core idle in their serial steps: configuring, linking, one
# long test or harness); stage_wait <name> reports it as stage does, at the end.
stage_bg() {
    name=$1
    shift
    (
        start=$(date +%s)
        "$@" >"$out/$name.log" 2>&1
        echo $? >"$out/$name.rc"
        echo $(( $(date +%s) - start )) >"$out/$name.secs"
    ) &
    eval "bg_$name=\$!"
}

stage_wait() {
    name=$1
    eval "wait \$bg_$name"
    rc=$(cat "$out/$name.rc" 2>/dev/null || echo 1)
    secs=$(cat "$out/$name.secs" 2>/dev/null || echo "?")
    report "$name" "$rc" "${secs}s, beside the stages after clang"
}

build_and_test() { # build_and_test <dir> <cc> [cmake args...]
    dir=$1
    cc=$2
    shift 2
    CC=$cc cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug "$@" &&
        cmake --build "$dir" -j"$jobs" &&
        ctest --test-dir "$dir" --output-on-failure -j"$jobs"
}

build_and_test_c() { # as build_and_test, without the Python tests (the gcc stage runs them)
    dir=$1
    cc=$2
    shift 2
    CC=$cc cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug "$@" &&
        cmake --build "$dir" -j"$jobs" &&
        ctest --test-dir "$dir" --output-on-failure -j"$jobs" -E '^python_'
}

valgrind_all() { # valgrind_all <build-dir>
    dir=$1
    list="$dir/valgrind-tests.txt"
    : >"$list"
    for t in "$dir"/tests/test_*; do
        [ -x "$t" ] && [ -f "$t" ] || continue
        echo "$t" >>"$list"
    done
    n=$(wc -l <"$list")
    # the test binaries, $jobs at a time (they run side by side in ctest too); any error fails the stage
    # PK_TEST_VALGRIND: tests with megabyte inputs take a tenth of them (tests/test_date_text.c)
    PK_TEST_VALGRIND=1 xargs -P "$jobs" -n 1 sh -c 'echo "valgrind $1"; valgrind --quiet --error-exitcode=99 --leak-check=full \
        --show-leak-kinds=all --errors-for-leak-kinds=all "$1" >/dev/null || { echo "valgrind FAILED: $1"; exit 1; }' \
        sh <"$list" || return 1
    cli="$dir/tools/cli/pilkada"
    for args in "phase 2024-11-25" "schedule --json" "ics --dtstamp 20250101T000000Z" \
        "deadline chain --from 2024-11-20" "region lookup 35.13" "region list --province 35" \
        "classify --actor pns --act socmed_like --occurred 2024-10-01 --explain"; do
        echo "valgrind pilkada $args"
        # shellcheck disable=SC2086
        valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=all \
            --errors-for-leak-kinds=all "$cli" $args >/dev/null || return 1
    done
    echo "valgrind: $n test binaries clean"
    [ "$n" -gt 0 ]
}

tsan_threads() { # tsan_threads <dir>: tests/test_threads under ThreadSanitizer
    dir=$1
    CC=gcc cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DPK_BUILD_BENCH=OFF -DPK_BUILD_EXAMPLES=OFF \
        -DPK_BUILD_TOOLS=OFF "-DCMAKE_C_FLAGS=-fsanitize=thread -O1" "-DPK_HOST_PKGEN=${PK_HOST_PKGEN:-}" \
        -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread &&
        cmake --build "$dir" -j"$jobs" --target test_threads &&
        TSAN_OPTIONS="halt_on_error=1 exitcode=66" "$dir/tests/test_threads"
}

docs_check() { # docs_check <gcc-build-dir>: API reference with no Doxygen warning; man page clean
    dir=$1
    cmake --build "$dir" --target docs || return 1
    warnings="$dir/docs/api/doxygen-warnings.log"
    if [ -s "$warnings" ]; then
        cat "$warnings"
        return 1
    fi
    echo "doxygen: API reference in $dir/docs/api/html, 0 warnings"
    groff -man -ww -z docs/pilkada.1 2>"$dir/man-warnings.log" && [ ! -s "$dir/man-warnings.log" ] ||
        { cat "$dir/man-warnings.log"; return 1; }
    echo "man page: docs/pilkada.1 formats without warnings"
}

stage gcc build_and_test "$out/gcc" gcc
stage clang build_and_test_c "$out/clang" clang -DPK_SCALING_QUICK=ON
stage_bg static sh tools/static.sh "$out/clang"  # the clang stage's tree: no second clang build
# the instrumented trees generate their tables with the gcc tree's pkgen (same sources, not instrumented)
host_pkgen="$root/$out/gcc/libpilkada/pkgen"
[ -x "$host_pkgen" ] || host_pkgen=""
export PK_HOST_PKGEN="$host_pkgen"
# the sanitizer tree is clang's, at -O1 with line tables, and builds the libFuzzer harnesses too
# (PK_FUZZ): the fuzz stage runs them from it instead of compiling the library once more
stage sanitize build_and_test "$out/sanitize" clang -DPK_SANITIZE=ON -DPK_FUZZ=ON -DPK_BUILD_BENCH=OFF \
    "-DCMAKE_C_FLAGS_DEBUG=-O1 -gline-tables-only" "-DPK_HOST_PKGEN=$host_pkgen"
stage valgrind valgrind_all "$out/gcc"
stage docs docs_check "$out/gcc"
stage tsan tsan_threads "$out/tsan"
stage fuzz sh tools/fuzz.sh "$out/sanitize" 3  # 3 s per harness here; longer runs: tools/fuzz.sh <dir> <seconds>
stage coverage sh tools/coverage.sh "$out/coverage"
stage_wait static

# The hardening figures, for the record.
echo
[ -x "$out/gcc/tests/test_bad_input" ] && "$out/gcc/tests/test_bad_input" 2>/dev/null | grep '^bad-input matrix'
# the cost-bound gate's ratios, as it printed them in the gcc stage's ctest run (not run a second time)
grep -h '^cost ' "$out/gcc/Testing/Temporary/LastTest.log" 2>/dev/null
grep -h '^threads:' "$out/tsan.log" 2>/dev/null
grep -h '^clang-tidy:\|^cppcheck:' "$out/static.log" 2>/dev/null
grep -h '^fuzz ' "$out/fuzz.log" 2>/dev/null
grep -h '^fuzz:' "$out/fuzz.log" 2>/dev/null
grep -h '^coverage' "$out/coverage.log" 2>/dev/null
grep -h '^doxygen:\|^man page:' "$out/docs.log" 2>/dev/null

echo
if [ "$failed" -ne 0 ]; then
    echo "failed stages:$failures"
fi
echo "$passed passed, $failed failed in $(( $(date +%s) - suite_start ))s"
[ "$failed" -eq 0 ]
