#!/usr/bin/env python3
"""The layout guard must catch what it is for. Copies the public headers,
edits one struct at a time and runs check_layout.py on the copy:

  - a member inserted in the middle of pk_finding      -> ABI break (exit 1)
  - a member inserted in the middle of pk_stage (a row) -> ABI break (exit 1)
  - a member appended to pk_date (frozen)               -> ABI break (exit 1)
  - a member appended to pk_classification (versioned)  -> compatible (exit 3)
  - the unedited copy                                   -> matches  (exit 0)

usage: check_layout_mutations.py <cc> <snapshot> <include-dir>...
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# (description, header, anchor line, text inserted after it, expected exit)
CASES = [
    ("unchanged copy", None, None, None, 0),
    ("member inserted in the middle of pk_finding", "violation.h",
     "    const pk_rule *rule;\n", "    int inserted;\n", 1),
    ("member inserted in the middle of the row pk_stage", "schedule.h",
     "    const char *parent_id;", "\n    int inserted;", 1),
    ("member appended to the frozen pk_date", "date.h",
     "    int day;", "\n    int appended;", 1),
    ("member appended to the versioned pk_classification", "violation.h",
     "                                      (static English text); else NULL (version 2) */\n", "    int appended;\n", 3),
]


def copy_headers(dirs, dest):
    os.makedirs(os.path.join(dest, "pilkada"))
    for d in dirs:
        for rel in ["pilkada.h"] + [os.path.join("pilkada", f) for f in
                                    (os.listdir(os.path.join(d, "pilkada")) if os.path.isdir(os.path.join(d, "pilkada")) else [])]:
            src = os.path.join(d, rel)
            if rel.endswith(".h") and os.path.isfile(src):
                shutil.copy(src, os.path.join(dest, rel))


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    cc, snapshot, dirs = argv[1], argv[2], argv[3:]
    failures = 0
    for desc, header, anchor, text, want in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            copy_headers(dirs, tmp)
            if header:
                path = os.path.join(tmp, "pilkada", header)
                with open(path, encoding="utf-8") as f:
                    body = f.read()
                if body.count(anchor) != 1:
                    print("mutation: anchor for '%s' not found once in %s" % (desc, header))
                    failures += 1
                    continue
                with open(path, "w", encoding="utf-8") as f:
                    f.write(body.replace(anchor, anchor + text))
            r = subprocess.run([sys.executable, os.path.join(HERE, "check_layout.py"), cc, snapshot, tmp],
                               capture_output=True, text=True)
            if r.returncode == 77:
                print(r.stdout.strip())
                return 77
            ok = r.returncode == want
            print("mutation: %-55s exit %d (want %d) %s" % (desc, r.returncode, want, "ok" if ok else "WRONG"))
            if not ok:
                print(r.stdout + r.stderr)
                failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
