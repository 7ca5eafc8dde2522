#!/bin/sh
# Place registry benchmark driver: bench/run_place.sh <build-dir> [--limit N]
# Runs the C benchmark (which writes the messy names and the text), then the
# Python baselines (difflib, python3-levenshtein, python3-ahocorasick) on the
# same files with /usr/bin/python3, and prints the ratios. CPU time throughout.
set -e
B=${1:?usage: run_place.sh <build-dir>}
shift
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${TMPDIR:-/tmp}/pilkada_place_bench
mkdir -p "$DIR"
OUT=$("$B/bench/bench_place" "$DIR")
echo "$OUT" | grep -v '^C_'
NS=$(echo "$OUT" | sed -n 's/^C_MESSY_NS=//p')
TNS=$(echo "$OUT" | sed -n 's/^C_MESSY_TYPO_NS=//p')
MBS=$(echo "$OUT" | sed -n 's/^C_TEXT_MBS=//p')
echo
/usr/bin/python3 "$HERE/bench_place_py.py" "$DIR" "$NS" "$TNS" "$MBS" "$@"
