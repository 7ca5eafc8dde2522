#!/bin/sh
# Region registry benchmark driver: bench/run_region.sh <build-dir>
# Runs the C benchmark (which writes the messy names), then the Python
# baselines on the same file with /usr/bin/python3, and prints the ratios.
set -e
B=${1:?usage: run_region.sh <build-dir>}
shift
HERE=$(cd "$(dirname "$0")" && pwd)
TSV=${TMPDIR:-/tmp}/pilkada_region_messy.tsv
OUT=$("$B/bench/bench_region" "$TSV")
echo "$OUT" | grep -v '^C_'
NS=$(echo "$OUT" | sed -n 's/^C_MESSY_NS=//p')
ACC=$(echo "$OUT" | sed -n 's/^C_MESSY_ACC=//p')
/usr/bin/python3 "$HERE/bench_region_py.py" "$TSV" "$HERE/../data/regions" "$NS" "$ACC" "$@"
