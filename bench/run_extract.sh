#!/bin/sh
# Text engine benchmark driver: bench/run_extract.sh <build-dir>
# Writes the corpus paragraphs (tests/extract/corpus/*.json, field "text")
# into one news-text file and runs bench_extract on it.
set -e
B=${1:?usage: run_extract.sh <build-dir>}
HERE=$(cd "$(dirname "$0")" && pwd)
TXT=${TMPDIR:-/tmp}/pilkada_news.txt
python3 -c '
import glob, json, sys
texts = [json.load(open(f, encoding="utf-8"))["text"] for f in sorted(glob.glob(sys.argv[1] + "/*.json"))]
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(texts) + "\n")
' "$HERE/../tests/extract/corpus" "$TXT"
"$B/bench/bench_extract" "$TXT"
