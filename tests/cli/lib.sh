# Shared helpers of the CLI test scripts that stop at the first failure
# (sourced by classify.sh and region.sh). $P is the pilkada binary.
fail() { echo "FAIL: $*"; exit 1; }
expect() { # expect <rc> <grep pattern> <args...>
    want=$1; pat=$2; shift 2
    out=$("$P" "$@" 2>&1); rc=$?
    [ "$rc" = "$want" ] || fail "pilkada $* exited $rc, expected $want: $out"
    echo "$out" | grep -q -- "$pat" || fail "pilkada $*: no '$pat' in: $out"
}
# Output that cannot be written (issue 13 item 4). $TMP is a scratch folder.
expect_write_error() { # expect_write_error <args...>: on a full disk, exit 1 and say why
    [ -w /dev/full ] || return 0
    "$P" "$@" >/dev/full 2>"$TMP/werr"; rc=$?
    [ "$rc" = 1 ] || fail "pilkada $* >/dev/full exited $rc, expected 1: $(cat "$TMP/werr")"
    grep -q '^pilkada: write error: No space left on device$' "$TMP/werr" ||
        fail "pilkada $* >/dev/full: no 'write error: No space left on device' in: $(cat "$TMP/werr")"
}
expect_pipe_cut() { # expect_pipe_cut <sigpipe: default|ignore> <args...>: the reader goes after 1 byte
    mode=$1; shift
    # the exit status of pilkada, not of head; SIGPIPE ignored is inherited by pilkada
    if [ "$mode" = ignore ]; then
        (trap '' PIPE; { "$P" "$@" 2>"$TMP/perr"; echo $? >"$TMP/prc"; } | head -c 1 >/dev/null)
    else
        { "$P" "$@" 2>"$TMP/perr"; echo $? >"$TMP/prc"; } | head -c 1 >/dev/null
    fi
    rc=$(cat "$TMP/prc")
    [ "$rc" != 0 ] || fail "pilkada $* | head -c 1 (SIGPIPE $mode) exited 0 although its output was cut"
    [ ! -s "$TMP/perr" ] || fail "pilkada $* | head -c 1 (SIGPIPE $mode) was not quiet: $(cat "$TMP/perr")"
}
