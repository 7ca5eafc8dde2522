#!/usr/bin/python3
"""Python baselines for bench_place on the same inputs, with ratios against
the C figures. Prints only.

usage: bench_place_py.py OUT_DIR C_MESSY_NS C_MESSY_TYPO_NS C_TEXT_MBS [--limit N]

Messy names (OUT_DIR/place_messy.tsv, written by bench_place): the
baselines get help the C resolver does not need: the level word is stripped
and the key is lower-case letters and digits; choices = the normalised names
of all ~91,600 places (data/regions/{regions,districts,villages}.csv).
difflib.get_close_matches(key, choices, n=1, cutoff=0.6) and a
python3-levenshtein scan (smallest Levenshtein.distance) each resolve the
first N names (they take ~0.1 s per name). Right = same name and level.

Text (OUT_DIR/place_text.txt): pyahocorasick (Debian python3-ahocorasick)
automaton over the lower-case names, run over the lower-cased text; raw
(every match) and with a whole-word check in Python, like the C search.
"""
import csv
import difflib
import os
import re
import sys
import time

import ahocorasick
import Levenshtein

LEVEL_WORDS = re.compile(r"^(?:provinsi|pemprov|gubernur|kab|bupati|kota|wali kota|kecamatan|camat|kec|"
                         r"desa|kepala desa|kelurahan|lurah)\b\W*")


def load_names(data):
    names = {}  # key -> set of levels
    def add(name, level):
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        names.setdefault(key, set()).add(level)
    for path, level in (("regions.csv", None), ("districts.csv", 3), ("villages.csv", 4)):
        with open(os.path.join(data, path), encoding="utf-8") as f:
            for row in csv.DictReader(line for line in f if not line.startswith("#")):
                lv = level or (1 if row["kind"] == "provinsi" else 2)
                add(row["name"], lv)
    return names


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(zip(sys.argv[1:], sys.argv[2:]))
    limit = int(opts.get("--limit", 200))
    out_dir, c_ns, c_typo_ns, c_mbs = args[0], float(args[1]), float(args[2]), float(args[3])
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "regions")
    names = load_names(data)
    choices = list(names)
    print("Python baselines (CPU time, /usr/bin/python3 %s)" % sys.version.split()[0])
    print("  dictionary: %d distinct normalised names" % len(choices))
    with open(os.path.join(out_dir, "place_messy.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for typo in ("0", "1"):
        sample = [r for r in rows if r["typo"] == typo][:limit]
        for label, fn in (("difflib", lambda k: (difflib.get_close_matches(k, choices, n=1, cutoff=0.6) or [None])[0]),
                          ("levenshtein", lambda k: min(choices, key=lambda c: Levenshtein.distance(k, c)))):
            ok = 0
            t0 = time.process_time()
            for r in sample:
                key = re.sub(r"[^a-z0-9]", "", LEVEL_WORDS.sub("", r["messy"].lower()))
                got = fn(key)
                ok += got == re.sub(r"[^a-z0-9]", "", r["name"].lower())
            ns = (time.process_time() - t0) / len(sample) * 1e9
            c = c_typo_ns if typo == "1" else c_ns
            print("  %-11s %-18s %10.1f us/name  right name %5.1f%%  (first %d names)  C is %.0fx faster"
                  % (label, "with one typo" if typo == "1" else "case + level words", ns / 1000,
                     100.0 * ok / len(sample), len(sample), ns / c))
    with open(os.path.join(out_dir, "place_text.txt"), encoding="utf-8") as f:
        text = f.read().lower()
    auto = ahocorasick.Automaton()
    for name in set(n for n in (re.sub(r"\s+", " ", k) for k in _display_names(data)) if n):
        auto.add_word(name, name)
    auto.make_automaton()
    for size in (100 << 10, 1 << 20, 10 << 20):
        chunk = text[:size]
        t0 = time.process_time()
        raw = sum(1 for _ in auto.iter(chunk))
        t_raw = time.process_time() - t0
        t0 = time.process_time()
        whole = 0
        n = len(chunk)
        for end, name in auto.iter(chunk):
            start = end - len(name) + 1
            if (start == 0 or not chunk[start - 1].isalnum()) and (end + 1 >= n or not chunk[end + 1].isalnum()):
                whole += 1
        t_whole = time.process_time() - t0
        mb = size / (1 << 20)
        print("  pyahocorasick %6d KB  raw %8.1f ms %6.1f MB/s (%7d matches)  whole-word %8.1f ms %6.1f MB/s "
              "(%7d)" % (size >> 10, t_raw * 1e3, mb / t_raw, raw, t_whole * 1e3, mb / t_whole, whole))
    print("  C text search at 10 MB: %.1f MB/s = %.1fx pyahocorasick whole-word, %.1fx raw"
          % (c_mbs, c_mbs / (mb / t_whole), c_mbs / (mb / t_raw)))


def _display_names(data):
    for path in ("regions.csv", "districts.csv", "villages.csv"):
        with open(os.path.join(data, path), encoding="utf-8") as f:
            for row in csv.DictReader(line for line in f if not line.startswith("#")):
                yield row["name"].lower()


if __name__ == "__main__":
    main()
