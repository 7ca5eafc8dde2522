#!/usr/bin/env python3
"""ABI guard: the layout (size, alignment, member offsets and sizes) of every
struct in the public headers must match the checked-in snapshot
tests/abi/layout.txt. The rules are in docs/abi.md:

  versioned  a struct whose first member is `unsigned version` (option,
             input and caller-allocated result structs). It may grow only by
             appending members, with its PK_*_VERSION raised.
  row        a table row the library hands out only as a const pointer into
             its own tables (ROWS below). It may grow only by appending.
  frozen     everything else (small values such as pk_date, structs embedded
             by value in other public structs, arrays the caller indexes):
             never changes within a major version.

usage: check_layout.py <cc> <snapshot> <include-dir>... [--update]

Exit status: 0 the layout matches the snapshot; 1 an ABI break (a member
moved, resized, renamed or removed; a frozen struct changed; a struct
removed); 3 only compatible changes (members appended to a versioned struct
or a row, new structs): refresh the snapshot with --update after raising the
struct's version; 77 a platform other than the snapshot's (skipped).
"""
import os
import platform
import re
import subprocess
import sys
import tempfile

# Table rows (docs/abi.md): returned only as `const T *` into the library's
# own tables (or, for the text engine, into its result object), never
# allocated, embedded or indexed as an array by callers.
ROWS = {"pk_rule", "pk_stage", "pk_holiday", "pk_deadline_rule", "pk_region", "pk_region_cycle",
        "pk_region_regime", "pk_fact", "pk_word", "pk_extract_mention", "pk_extract_draft"}


def strip_c(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    text = re.sub(r"\\\n", " ", text)
    return "\n".join(l for l in text.split("\n") if not l.lstrip().startswith("#"))


STRUCT = re.compile(r"typedef\s+struct\s+(\w+)\s*\{([^{}]*)\}\s*(\w+)\s*;", re.S)
DECLARATOR = re.compile(r"(\w+)\s*(?:\[[^\]]*\]\s*)*$")


def public_structs(header_dirs):
    """[(name, [member, ...])] in header order, from pilkada/*.h."""
    found, seen = [], set()
    for d in header_dirs:
        sub = os.path.join(d, "pilkada")
        if not os.path.isdir(sub):
            continue
        for f in sorted(os.listdir(sub)):
            if not f.endswith(".h"):
                continue
            with open(os.path.join(sub, f), encoding="utf-8") as fh:
                body = strip_c(fh.read())
            for m in STRUCT.finditer(body):
                name = m.group(3)
                if name in seen:
                    continue
                seen.add(name)
                members = []
                for decl in m.group(2).split(";"):
                    decl = " ".join(decl.split())
                    if not decl:
                        continue
                    for part in decl.split(","):
                        dm = DECLARATOR.search(part.strip())
                        if dm:
                            members.append(dm.group(1))
                found.append((name, members))
    return found


def measure(cc, header_dirs, structs):
    """Compile and run a probe; returns {name: (size, align, [(member, off, size)])} and the platform."""
    lines = ["#include <stddef.h>", "#include <stdio.h>", "#include <stdalign.h>", "#include \"pilkada.h\"",
             "int main(void)", "{",
             '    printf("platform %s-ptr%%u-long%%u\\n", (unsigned)sizeof(void *), (unsigned)sizeof(long));'
             % platform.machine()]
    for name, members in structs:
        lines.append('    printf("struct %s %%zu %%zu\\n", sizeof(%s), alignof(%s));' % (name, name, name))
        for mem in members:
            lines.append('    printf("  %s %%zu %%zu\\n", offsetof(%s, %s), sizeof(((%s *)0)->%s));'
                         % (mem, name, mem, name, mem))
    lines += ["    return 0;", "}"]
    with tempfile.TemporaryDirectory() as tmp:
        src, exe = os.path.join(tmp, "probe.c"), os.path.join(tmp, "probe")
        with open(src, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        cmd = [cc, "-std=c11", "-o", exe, src] + ["-I" + d for d in header_dirs]
        subprocess.run(cmd, check=True)
        out = subprocess.run([exe], check=True, capture_output=True, text=True).stdout
    return parse(out)


def parse(text):
    plat, layout, cur = None, {}, None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        if parts[0] == "platform":
            plat = parts[1]
        elif parts[0] == "struct":
            cur = parts[1]
            layout[cur] = (int(parts[2]), int(parts[3]), [])
        else:
            layout[cur][2].append((parts[0], int(parts[1]), int(parts[2])))
    return plat, layout


def kind(name, members):
    if members and members[0][0] == "version":
        return "versioned"
    return "row" if name in ROWS else "frozen"


def render(plat, layout):
    out = ["# Layout of the public structs (tests/abi/check_layout.py --update writes this file).",
           "# struct <name> <size> <align> <kind>; then <member> <offset> <size>. See docs/abi.md.",
           "platform %s" % plat]
    for name, (size, align, members) in layout.items():
        out.append("struct %s %d %d %s" % (name, size, align, kind(name, members)))
        out += ["  %s %d %d" % m for m in members]
    return "\n".join(out) + "\n"


def compare(old, new):
    """(breaks, compatible) lists of messages."""
    breaks, compat = [], []
    for name, (size, align, members) in old.items():
        if name not in new:
            breaks.append("%s: struct removed" % name)
            continue
        nsize, nalign, nmembers = new[name]
        k = kind(name, members)
        for i, (mem, off, msize) in enumerate(members):
            if i >= len(nmembers) or nmembers[i] != (mem, off, msize):
                got = nmembers[i] if i < len(nmembers) else None
                breaks.append("%s: member %d was %s at offset %d (size %d), now %s" % (
                    name, i, mem, off, msize,
                    "%s at offset %d (size %d)" % got if got else "absent"))
                break
        else:
            extra = nmembers[len(members):]
            if extra or nsize != size or nalign != align:
                if k == "frozen":
                    breaks.append("%s: frozen struct changed (size %d -> %d%s)" % (
                        name, size, nsize, ", members appended: " + ", ".join(m[0] for m in extra) if extra else ""))
                elif nalign != align or nsize < size:
                    breaks.append("%s: alignment %d -> %d, size %d -> %d" % (name, align, nalign, size, nsize))
                else:
                    compat.append("%s: appended %s (size %d -> %d): raise its version, then --update" % (
                        name, ", ".join(m[0] for m in extra) or "padding", size, nsize))
    for name in new:
        if name not in old:
            compat.append("%s: new struct: --update the snapshot" % name)
    return breaks, compat


def main(argv):
    args = [a for a in argv[1:] if a != "--update"]
    update = "--update" in argv[1:]
    if len(args) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    cc, snapshot, dirs = args[0], args[1], args[2:]
    structs = public_structs(dirs)
    if not structs:
        print("layout: no public structs found under", dirs)
        return 1
    plat, layout = measure(cc, dirs, structs)
    if update:
        with open(snapshot, "w", encoding="utf-8") as f:
            f.write(render(plat, layout))
        print("layout: wrote %s (%d structs)" % (snapshot, len(layout)))
        return 0
    with open(snapshot, encoding="utf-8") as f:
        old_platform, old = parse(f.read())
    if plat != old_platform:
        print("layout: platform %s, snapshot is for %s: skipped" % (plat, old_platform))
        return 77
    breaks, compat = compare(old, layout)
    print("layout: %d public structs checked against %s" % (len(layout), os.path.basename(snapshot)))
    for b in breaks:
        print("layout: ABI break: " + b)
    for c in compat:
        print("layout: compatible change: " + c)
    return 1 if breaks else 3 if compat else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
