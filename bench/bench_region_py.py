#!/usr/bin/python3
"""Resolve the messy names written by bench_region with Python baselines and
print ns/op, accuracy and the ratios against the C figures. Prints only.

usage: bench_region_py.py MESSY.tsv DATA_DIR [C_NS C_ACC] [--limit-difflib N] [--limit-lev N]

Both baselines get the same help as the C resolver: lower-case, the kind
prefix stripped (and used to filter the choices), letters and digits only,
choices = official names and aliases (data/regions/regions.csv, aliases.csv).
difflib: difflib.get_close_matches(key, choices, n=1, cutoff=0.6).
Levenshtein: python3-levenshtein, smallest Levenshtein.distance over the
choices (first wins a tie). Both are slow, so they run on the first N names.
"""
import csv
import difflib
import re
import sys
import time

try:
    import Levenshtein
except ImportError:  # pragma: no cover
    Levenshtein = None

PREFIX = re.compile(
    r"^(?:(pemkab|(?:pemerintah\s+)?(?:kabupaten|kab)(?:\s+(?:administrasi|adm))?)"
    r"|(pemkot|(?:pemerintah\s+)?(?:kota|kotamadya|kodya)(?:\s+(?:administrasi|adm))?)"
    r"|(pemprov|(?:pemerintah\s+)?(?:provinsi|propinsi|prov)))\b\W*")
KINDS = {"provinsi": "p", "kabupaten": "k", "kabupaten_administrasi": "k", "kota": "c", "kota_administrasi": "c"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def norm(text):
    t = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    m = PREFIX.match(t)
    kind = None
    if m and m.end() < len(t):
        kind = "k" if m.group(1) else "c" if m.group(2) else "p"
        t = t[m.end():]
    return re.sub(r"[^a-z0-9]", "", t), kind


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = dict(zip(sys.argv[1::1], sys.argv[2::1]))
    lim_d = int(opts.get("--limit-difflib", 3000))
    lim_l = int(opts.get("--limit-lev", 10000))
    tsv, data = args[0], args[1]
    c_ns = float(args[2]) if len(args) > 2 else None
    c_acc = float(args[3]) if len(args) > 3 else None
    regions = rows(data + "/regions.csv")
    kind_of = {r["code"]: KINDS[r["kind"]] for r in regions}
    choices = {None: {}, "p": {}, "k": {}, "c": {}}
    names = [(r["code"], r["name"]) for r in regions] + [(a["code"], a["alias"]) for a in rows(data + "/aliases.csv")]
    for code, name in names:
        key, _ = norm(name)
        for k in (None, kind_of[code]):
            choices[k].setdefault(key, code)
    lists = {k: list(v) for k, v in choices.items()}
    with open(tsv, encoding="utf-8") as f:
        items = [line.rstrip("\n").split("\t") for line in f]
    queries = [(norm(q), code) for q, code in items]

    def run(name, limit, fn):
        sub = queries[:limit]
        t0 = time.perf_counter_ns()
        ok = sum(1 for (key, kind), code in sub if fn(key, kind) == code)
        ns = (time.perf_counter_ns() - t0) / len(sub)
        acc = ok / len(sub)
        line = f"{name:<28} {ns:12.1f} ns/op  accuracy {acc:.4f}  ({len(sub)} names)"
        if c_ns:
            line += f"  C is {ns / c_ns:,.0f}x faster"
        if c_acc is not None:
            line += f"; C accuracy {c_acc:.4f} ({'>=' if c_acc >= acc else '<'} this)"
        print(line)

    def by_difflib(key, kind):
        m = difflib.get_close_matches(key, lists[kind], n=1, cutoff=0.6)
        return choices[kind][m[0]] if m else None

    def by_lev(key, kind):
        best, bd = None, 1 << 30
        for cand in lists[kind]:
            d = Levenshtein.distance(key, cand)
            if d < bd:
                best, bd = cand, d
        return choices[kind][best]

    run("python difflib", lim_d, by_difflib)
    if Levenshtein is None:
        print("python3-levenshtein not installed: Levenshtein scan skipped")
    else:
        run("python Levenshtein scan", lim_l, by_lev)


if __name__ == "__main__":
    main()
