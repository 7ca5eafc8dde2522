# Shared helpers of the CLI test scripts that stop at the first failure
# (sourced by classify.sh and region.sh). $P is the pilkada binary.
fail() { echo "FAIL: $*"; exit 1; }
expect() { # expect <rc> <grep pattern> <args...>
    want=$1; pat=$2; shift 2
    out=$("$P" "$@" 2>&1); rc=$?
    [ "$rc" = "$want" ] || fail "pilkada $* exited $rc, expected $want: $out"
    echo "$out" | grep -q -- "$pat" || fail "pilkada $*: no '$pat' in: $out"
}
