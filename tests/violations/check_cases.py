#!/usr/bin/python3
"""Check that every violation case file is well-formed JSON in the format of
tests/violations/README.md: "name" equals the file name stem, "law" is a list
of {cite, quote}, "source" is a string, "facts" and "expect" are objects, and
"expect" uses only the documented keys. Exit 1 on any problem, or when the
directory holds no case."""
import json
import os
import sys

EXPECT_KEYS = {"outcome", "late_report", "supported", "report_due", "missing_field",
               "exact", "findings", "absent", "error"}
FINDING_KEYS = {"rule", "category", "subcategory", "discipline", "prison_months", "fine_rupiah",
                "join", "flags", "handler", "certainty", "cites"}
FACT_KEYS = {"actor", "act", "involved_actor", "occurred", "discovered", "reported", "region",
             "cycle", "supported", "minister_approval", "tsm", "candidate_involved",
             "incumbent_candidate", "on_leave", "official_capacity", "evidence"}


def problems(path):
    stem = os.path.basename(path)[:-len(".json")]
    try:
        with open(path, encoding="utf-8") as fh:
            case = json.load(fh)
    except (OSError, ValueError) as exc:
        return ["not valid JSON: %s" % exc]
    out = []
    if case.get("name") != stem:
        out.append("name %r is not the file name stem %r" % (case.get("name"), stem))
    law = case.get("law")
    if not isinstance(law, list) or not all(isinstance(x, dict) and isinstance(x.get("cite"), str)
                                            and isinstance(x.get("quote"), str) for x in law):
        out.append("law must be a list of {cite, quote}")
    if not isinstance(case.get("source"), str) or not case["source"]:
        out.append("source must be a non-empty string")
    facts, expect = case.get("facts"), case.get("expect")
    if not isinstance(facts, dict) or not isinstance(expect, dict):
        return out + ["facts and expect must be objects"]
    for key in set(facts) - FACT_KEYS:
        out.append("unknown facts key %r" % key)
    for key in set(expect) - EXPECT_KEYS:
        out.append("unknown expect key %r" % key)
    if "error" not in expect and not law:
        out.append("a classification case must quote the law")
    for f in expect.get("findings", []):
        if not isinstance(f, dict) or not isinstance(f.get("rule"), str):
            out.append("each finding needs a rule")
            continue
        for key in set(f) - FINDING_KEYS:
            out.append("unknown finding key %r in %s" % (key, f["rule"]))
    return out


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "cases")
    files = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    if not files:
        print("no case files in %s" % folder)
        return 1
    bad = 0
    for name in files:
        for p in problems(os.path.join(folder, name)):
            print("%s: %s" % (name, p))
            bad += 1
    print("%d case files checked, %d problems" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
