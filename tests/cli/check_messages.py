#!/usr/bin/env python3
"""The CLI's message table (tools/cli/messages.def): every message has an
English and an Indonesian text with the same printf conversions in the same
order (the CLI passes one argument list to whichever text the run uses), and
no two messages share an id. usage: check_messages.py <messages.def>"""
import re
import sys

CONV = re.compile(r"%(?:%|[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[diouxXeEfgGcsp])")
MSG = re.compile(r'^MSG\((\w+), "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\)\s*$')

bad = 0
ids = set()
n = 0
for lineno, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    if not line.startswith("MSG("):
        continue
    m = MSG.match(line)
    if not m:
        print(f"line {lineno}: not MSG(ID, \"en\", \"id\"): {line.strip()}")
        bad += 1
        continue
    mid, en, idn = m.groups()
    n += 1
    if mid in ids:
        print(f"line {lineno}: {mid} defined twice")
        bad += 1
    ids.add(mid)
    ce = [c for c in CONV.findall(en) if c != "%%"]
    ci = [c for c in CONV.findall(idn) if c != "%%"]
    if ce != ci:
        print(f"line {lineno}: {mid}: conversions differ: en {ce} id {ci}")
        bad += 1
    if en == idn and re.search(r"[a-z]{3}", en):
        print(f"line {lineno}: {mid}: the Indonesian text is the English one")
        bad += 1
print(f"messages: {n} checked, {bad} problem(s)")
sys.exit(1 if bad else 0)
