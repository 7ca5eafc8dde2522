#!/usr/bin/env python3
"""The CLI's --json classifications (single and batch) validate against
docs/classification.schema.json, the one schema the Python bindings share
(issue 12). Skips (77) without python3-jsonschema.
usage: check_schema.py <pilkada> <schema.json>"""
import json
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("no jsonschema: skip")
    sys.exit(77)

pk, schema_path = sys.argv[1], sys.argv[2]
schema = json.load(open(schema_path, encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
env = {"PILKADA_LANG": "en", "PATH": "/usr/bin:/bin"}
# incidents that reach every part of the schema: findings with prison and fine, discipline,
# deadlines, a late report, incomplete, no rule, conflict-free, regions
cases = [
    ["--actor", "any_person", "--act", "give_money", "--occurred", "2024-11-20", "--discovered", "2024-11-21",
     "--region", "35.13"],
    ["--actor", "pns", "--act", "socmed_like", "--occurred", "2024-10-01", "--region", "Kota Makassar"],
    ["--actor", "candidate", "--act", "give_money", "--occurred", "2024-11-20", "--discovered", "2024-11-01",
     "--reported", "2024-11-25"],
    ["--actor", "voter", "--act", "attend_campaign", "--occurred", "2024-10-05"],
    ["--actor", "kepala_desa", "--act", "decision_favouring", "--occurred", "2024-10-05", "--region", "16.08"],
]
bad = 0
lines = []
for args in cases:
    out = subprocess.run([pk, "classify", "--json"] + args, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        print("FAIL: pilkada classify", *args, "exited", out.returncode, out.stderr)
        bad += 1
        continue
    doc = json.loads(out.stdout)
    for e in v.iter_errors(doc):
        print("FAIL:", " ".join(args), ":", e.message, "at", list(e.absolute_path))
        bad += 1
    facts = dict(zip([a[2:] for a in args[::2]], args[1::2]))
    facts["id"] = "case-%d" % len(lines)
    lines.append(json.dumps(facts))
out = subprocess.run([pk, "classify", "--batch", "--json"], input="\n".join(lines) + "\n", capture_output=True,
                     text=True, env=env)
results = [json.loads(l) for l in out.stdout.splitlines() if l.startswith("{\"line\"")]
if len(results) != len(lines):
    print("FAIL: batch gave %d results for %d lines: %s" % (len(results), len(lines), out.stderr))
    bad += 1
for r in results:
    if not r.get("id", "").startswith("case-"):
        print("FAIL: batch result without its id:", r)
        bad += 1
    for e in v.iter_errors(r):
        print("FAIL: batch line", r.get("line"), ":", e.message, "at", list(e.absolute_path))
        bad += 1
print("schema: %d single and %d batch results checked, %d problem(s)" % (len(cases), len(results), bad))
sys.exit(1 if bad else 0)
