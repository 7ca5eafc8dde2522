#!/bin/sh
# Header self-containment: one public header compiles on its own, as C11 and
# as C++11, both included from a translation unit (twice, to check its include
# guard) and compiled directly as the main file (-x c / -x c++).
# usage: check_header.sh <cc> <cxx> <header-name> <include-dir>...
#   <header-name> as a user writes it: "pilkada/date.h" or "pilkada.h".
set -u
cc=$1
cxx=$2
header=$3
shift 3
incs=""
for d in "$@"; do incs="$incs -I$d"; done
found=""
for d in "$@"; do
    if [ -f "$d/$header" ]; then found="$d/$header"; break; fi
done
[ -n "$found" ] || { echo "header $header not found in $*"; exit 1; }

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
printf '#include "%s"\n#include "%s"\nint pk_header_check_dummy(void);\nint pk_header_check_dummy(void) { return 0; }\n' \
    "$header" "$header" >"$tmp/tu.c"
cp "$tmp/tu.c" "$tmp/tu.cpp"

warn="-Wall -Wextra -Wpedantic -Werror"
status=0
run() {
    # shellcheck disable=SC2086
    if ! "$@" 2>"$tmp/log"; then
        echo "FAILED: $*"
        cat "$tmp/log"
        status=1
    fi
}
# shellcheck disable=SC2086
run "$cc" -std=c11 $warn -Wshadow -Wstrict-prototypes -Wmissing-prototypes $incs -c "$tmp/tu.c" -o "$tmp/c.o"
# shellcheck disable=SC2086
run "$cc" -std=c11 $warn $incs -x c -fsyntax-only "$found"
# shellcheck disable=SC2086
run "$cxx" -std=c++11 $warn -Wshadow $incs -c "$tmp/tu.cpp" -o "$tmp/cxx.o"
# shellcheck disable=SC2086
run "$cxx" -std=c++11 $warn $incs -x c++ -fsyntax-only "$found"
[ "$status" -eq 0 ] && echo "$header: self-contained in C11 and C++11"
exit "$status"
