#!/bin/sh
# The README's command-line examples run (issue 12): every line of a code
# block that starts with "build/tools/cli/pilkada" is run with the built tool,
# in a scratch folder that sees the source tree's examples/, in English, and
# must exit 0 with output, or 1 where its comment says "(exit 1)".
# usage: readme.sh <pilkada> <source dir> <scratch dir>
P="$1"
SRC="$2"
TMP="$3/cli_readme"
rm -rf "$TMP"
mkdir -p "$TMP"
ln -s "$SRC/examples" "$TMP/examples"
export PILKADA_LANG=en
n=0
bad=0
grep '^build/tools/cli/pilkada ' "$SRC/README.md" >"$TMP/lines"
while IFS= read -r line; do
    n=$((n + 1))
    want=0
    case "$line" in *"(exit 1)"*) want=1 ;; esac
    line=$(printf '%s\n' "$line" | sed 's/  *# .*$//')
    args=${line#build/tools/cli/pilkada }
    out=$(cd "$TMP" && eval "set -- $args" && "$P" "$@" 2>&1 </dev/null); rc=$?
    if [ "$rc" != "$want" ]; then
        echo "FAIL: pilkada $args exited $rc, expected $want: $out"; bad=$((bad + 1))
    elif [ -z "$out" ] && [ ! -s "$TMP/pilkada-2024.ics" ]; then
        echo "FAIL: pilkada $args gave no output"; bad=$((bad + 1))
    fi
done <"$TMP/lines"
echo "readme: $n command lines, $bad failed"
[ "$n" -ge 10 ] || { echo "FAIL: only $n README command lines found"; exit 1; }
[ "$bad" = 0 ]
