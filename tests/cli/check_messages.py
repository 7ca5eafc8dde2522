#!/usr/bin/env python3
"""A message table (tools/cli/messages.def, libpilkada/messages.def): every
message has an English and an Indonesian text with the same printf
conversions in the same order (the code passes one argument list to
whichever text the run uses), and no two messages share an id. A message is
MSG(ID, "English", "Indonesian") on one line, or over several lines with each
text written as adjacent string literals (as C joins them), e.g. a command's
help. usage: check_messages.py <messages.def>"""
import re
import sys

CONV = re.compile(r"%(?:%|[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[diouxXeEfgGcsp])")
LIT = r'(?:"(?:[^"\\\n]|\\.)*"\s*)+'
MSG = re.compile(r'MSG\(\s*(\w+)\s*,\s*(' + LIT + r'),\s*(' + LIT + r')\)\s*$', re.S)
PIECE = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def text(lits):
    return "".join(PIECE.findall(lits))


bad = 0
ids = set()
n = 0
entry, start = None, 0
for lineno, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    if entry is None:
        if not line.startswith("MSG("):
            continue
        entry, start = line, lineno
    else:
        entry += line
    m = MSG.match(entry)
    if not m:
        # a message not complete yet: go on reading, unless it cannot continue
        if line.strip() == "" or (line is not entry and line.startswith("MSG(")):
            print(f"line {start}: not MSG(ID, \"en\", \"id\"): {entry.strip()[:80]}")
            bad += 1
            entry = None
        continue
    entry = None
    mid, en, idn = m.group(1), text(m.group(2)), text(m.group(3))
    n += 1
    if mid in ids:
        print(f"line {start}: {mid} defined twice")
        bad += 1
    ids.add(mid)
    ce = [c for c in CONV.findall(en) if c != "%%"]
    ci = [c for c in CONV.findall(idn) if c != "%%"]
    if ce != ci:
        print(f"line {start}: {mid}: conversions differ: en {ce} id {ci}")
        bad += 1
    if en == idn and re.search(r"[a-z]{3}", en):
        print(f"line {start}: {mid}: the Indonesian text is the English one")
        bad += 1
if entry is not None:
    print(f"line {start}: unterminated MSG: {entry.strip()[:80]}")
    bad += 1
print(f"messages: {n} checked, {bad} problem(s)")
sys.exit(1 if bad else 0)
