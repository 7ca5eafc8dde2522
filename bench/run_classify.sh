#!/bin/sh
# Violation classifier figures: the C API (bench_classify) and the batch CLI
# (pilkada classify --batch) on 1,000,000 generated JSON lines (fixed seed).
# Usage: bench/run_classify.sh <build-dir>   (a Release build gives the real figures)
set -e
B="${1:?usage: run_classify.sh <build-dir>}"
N="${N:-1000000}"
TMP="${TMPDIR:-/tmp}/pk_classify_bench.$$"
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT INT TERM

"$B/bench/bench_classify" "$N"
"$B/bench/bench_classify" --jsonl "$TMP/in.jsonl" "$N"
bytes=$(wc -c < "$TMP/in.jsonl")
for mode in text json; do
    flag=""
    [ "$mode" = json ] && flag="--json"
    t0=$(date +%s%N)
    "$B/tools/cli/pilkada" classify --batch "$TMP/in.jsonl" $flag > "$TMP/out" || true
    t1=$(date +%s%N)
    ns=$((t1 - t0))
    out=$(wc -c < "$TMP/out")
    awk -v b="$bytes" -v ns="$ns" -v n="$N" -v o="$out" -v m="$mode" 'BEGIN {
        s = ns / 1e9;
        printf "pilkada classify --batch (%s output): %d lines, %.1f MB in %.3f s = %.1f MB/s, %.0f lines/s (%.1f MB written)\n",
               m, n, b / 1e6, s, b / 1e6 / s, n / s, o / 1e6 }'
done
