#!/bin/sh
# Output-identity check for text-engine optimisations.
# Usage: bench/extract_dump.sh <pilkada-cli> <out-dir>
# Writes, into <out-dir>, what `pilkada extract` prints for every paragraph of
# tests/extract/corpus and every tests/extract/fresh* set (alone with --mentions and in the default
# text form, and in batch mode with its published date and cycle) and for
# every input of fuzz/corpus/extract and fuzz/regressions/extract (stdout,
# stderr and exit status), plus the benchmark's news text (all paragraphs
# joined). Run it before and after a change and `diff -r` the two directories:
# a speed change must leave every byte the same.
set -e
P=${1:?usage: extract_dump.sh <pilkada-cli> <out-dir>}
O=${2:?usage: extract_dump.sh <pilkada-cli> <out-dir>}
HERE=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$O/text"
python3 - "$HERE" "$O" <<'EOF'
import glob, json, os, sys
root, out = sys.argv[1], sys.argv[2]
joined = []
# PK_DUMP_SKIP: set names to leave out (space-separated), e.g. a round's held-out sets, which a helper
# doing speed work must not read: PK_DUMP_SKIP="fresh10 fresh11" sh bench/extract_dump.sh ...
skip = set(os.environ.get("PK_DUMP_SKIP", "").split())
sets = ["corpus"] + sorted(os.path.basename(d) for d in glob.glob(os.path.join(root, "tests/extract/fresh*"))
                           if os.path.isdir(d) and os.path.basename(d) not in skip)
for d in sets:
    with open(os.path.join(out, d + ".jsonl"), "w", encoding="utf-8") as b:
        for f in sorted(glob.glob(os.path.join(root, "tests/extract", d, "*.json"))):
            j = json.load(open(f, encoding="utf-8"))
            name = d + "-" + os.path.basename(f)[:-5]
            open(os.path.join(out, "text", name + ".txt"), "w", encoding="utf-8").write(j["text"])
            joined.append(j["text"])
            line = {"id": name, "text": j["text"]}
            if j.get("published"):
                line["date"] = j["published"]
            if j.get("cycle") is not None:
                line["cycle"] = j["cycle"]
            b.write(json.dumps(line, ensure_ascii=False) + "\n")
open(os.path.join(out, "text", "all-joined.txt"), "w", encoding="utf-8").write("\n\n".join(joined) + "\n")
EOF
for f in "$HERE"/fuzz/corpus/extract/* "$HERE"/fuzz/regressions/extract/*; do
    [ -f "$f" ] && cp "$f" "$O/text/fuzz-$(basename "$f").txt"
done
n=0
for t in "$O"/text/*.txt; do
    b=$(basename "$t" .txt)
    rc=0
    "$P" extract "$t" --mentions >"$O/$b.json" 2>"$O/$b.err" || rc=$?
    echo "rc $rc" >>"$O/$b.err"
    rc=0
    "$P" extract "$t" --date 2024-11-28 >"$O/$b.txt.out" 2>&1 || rc=$?
    echo "rc $rc" >>"$O/$b.txt.out"
    n=$((n + 1))
done
for b in "$O"/*.jsonl; do
    d=$(basename "$b" .jsonl)
    rc=0
    "$P" extract --batch "$O/$d.jsonl" --json >"$O/$d.batch.json" 2>&1 || rc=$?
    echo "rc $rc" >>"$O/$d.batch.json"
done
rm -rf "$O/text"
echo "$n texts dumped to $O"
