#!/usr/bin/env python3
"""ABI guard: the dynamic symbols that libpilkada.so exports must be exactly
the public API, i.e. the names declared with PK_EXTERN in the public headers.

usage: check_exports.py <libpilkada.so> <major> <header-dir> [<header-dir>...]

Fails (exit 1) on:
  - an exported symbol that no public header declares (a leaked helper),
  - a declared PK_EXTERN name that the library does not export (missing),
  - an exported symbol without the pk_ prefix,
  - a SONAME other than libpilkada.so.<major>.
Headers are found by globbing each <header-dir> (pilkada.h and pilkada/*.h,
plus *.h.in templates that may stand in for generated headers), so a new
header is covered without editing this script.
"""
import glob
import os
import re
import subprocess
import sys

# Symbols the linker itself may define in any shared object.
LINKER_SYMBOLS = {"_init", "_fini", "_edata", "_end", "__bss_start"}


def strip_c(text):
    """Remove comments, string literals and preprocessor lines."""
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    text = re.sub(r"\\\n", " ", text)  # join continued lines first
    return "\n".join(l for l in text.split("\n") if not l.lstrip().startswith("#"))


DECL = re.compile(r"\bPK_EXTERN\b([^;{}]*?)\b([A-Za-z_]\w*)\s*(?:\(|;|\[)", re.S)


def declared_names(paths):
    names = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            body = strip_c(f.read())
        for m in DECL.finditer(body):
            names.setdefault(m.group(2), os.path.basename(path))
    return names


def headers(dirs):
    found = {}
    for d in dirs:
        for pattern in ("*.h", "pilkada/*.h", "*.h.in", "pilkada/*.h.in"):
            for p in glob.glob(os.path.join(d, pattern)):
                key = os.path.basename(p)
                if key.endswith(".in"):
                    key = key[:-3]
                # a generated header (build dir) wins over its template
                if key not in found or found[key].endswith(".in"):
                    found[key] = p
    return sorted(found.values())


def exported(lib):
    out = subprocess.run(["nm", "-D", "--defined-only", lib], check=True,
                         capture_output=True, text=True).stdout
    syms = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            syms.add(parts[2].split("@")[0])
    return syms - LINKER_SYMBOLS


def soname(lib):
    out = subprocess.run(["readelf", "-d", lib], check=True,
                         capture_output=True, text=True).stdout
    m = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", out)
    return m.group(1) if m else None


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    lib, major, dirs = argv[1], argv[2], argv[3:]
    hdrs = headers(dirs)
    if not hdrs:
        print("no public headers found under", dirs)
        return 1
    declared = declared_names(hdrs)
    syms = exported(lib)
    problems = []
    for s in sorted(syms - set(declared)):
        problems.append("exported but not declared PK_EXTERN in a public header: %s" % s)
    for s in sorted(set(declared) - syms):
        problems.append("declared PK_EXTERN in %s but not exported: %s" % (declared[s], s))
    for s in sorted(syms):
        if not s.startswith("pk_"):
            problems.append("exported symbol without the pk_ prefix: %s" % s)
    want = "libpilkada.so.%s" % major
    got = soname(lib)
    if got != want:
        problems.append("SONAME is %r, expected %r" % (got, want))
    print("abi: %d headers, %d declared functions, %d exported symbols, SONAME %s"
          % (len(hdrs), len(declared), len(syms), got))
    for p in problems:
        print("abi: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
