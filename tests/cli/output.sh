#!/bin/sh
# Output that cannot be written (issue 13 item 4): every subcommand, writing
# to a full disk (/dev/full), exits 1 with the OS reason; a reader that goes
# away early (| head -c 1) ends the tool quietly with a non-zero status, with
# SIGPIPE at its default (killed by the signal) and ignored (EPIPE, exit 1).
# usage: output.sh <pilkada binary> <scratch dir>
P="$1"
# English text whatever the machine's locale (the language tests set their own)
export PILKADA_LANG=en
TMP="$2/cli_output"
mkdir -p "$TMP"
. "$(dirname "$0")/lib.sh"

expect_write_error --version
expect_write_error --help
expect_write_error phase 2024-11-25
expect_write_error phase 2024-11-25 --json
expect_write_error phase --help
expect_write_error schedule
expect_write_error schedule --json
expect_write_error ics --dtstamp 20250101T000000Z
expect_write_error deadline --list
expect_write_error deadline --list --json
expect_write_error deadline report --from 2024-11-25
expect_write_error deadline chain --from 2024-11-20
expect_write_error deadline workdays --from 2024-11-22 --add 1
expect_write_error region lookup 35.13
expect_write_error region search "Kab. Banyuasin"
expect_write_error region find-in-text "Bawaslu Kabupaten Banyuasin dan Kota Makassar"
expect_write_error region list
expect_write_error region list --json
expect_write_error region counts --cycle 2024
expect_write_error classify --actor pns --act socmed_like --occurred 2024-10-01
expect_write_error classify --actor pns --act socmed_like --occurred 2024-10-01 --json
expect_write_error classify --actor pns --act socmed_like --occurred 2024-10-01 --explain
expect_write_error classify --list-acts

# a batch of 20,000 good lines (2 MB of output): every line is classified, so
# the output must all be written, and a full disk fails the run
line='{"actor":"pns","act":"socmed_like","occurred":"2024-10-01","region":"35.13"}'
awk -v l="$line" 'BEGIN { for (i = 0; i < 20000; i++) print l }' >"$TMP/good.jsonl"
expect_write_error classify --batch "$TMP/good.jsonl"
expect_write_error classify --batch "$TMP/good.jsonl" --json
"$P" classify --batch "$TMP/good.jsonl" >"$TMP/all" 2>&1 || fail "the batch of good lines failed"
grep -q '^Summary: 20000 incidents' "$TMP/all" || fail "the batch of good lines: no summary of 20000 incidents"

# large outputs cut by the reader: schedule of 30,000 stages, the region
# list, 1 MiB of text with mentions, the batch
{
    printf '#%% id: big\n#%% title: Big\n#%% title_id: Besar\n#%% cycle: 2026\n#%% basis: test\n#%% source: test\n'
    echo 'id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,status,source,note'
    awk 'BEGIN { for (i = 0; i < 30000; i++) printf "s%d,,,,,2026-01-10,2026-01-20,,A,A,,CONFIRMED,,\n", i }'
    echo 'voting,,voting,voting,yes,2026-01-25,2026-01-25,,Pemungutan,Voting,,CONFIRMED,,'
} >"$TMP/big.csv"
awk 'BEGIN { for (i = 0; i < 15000; i++) print "Bawaslu Kabupaten Banyuasin dan Kota Makassar." }' >"$TMP/text.txt"
for mode in default ignore; do
    expect_pipe_cut $mode schedule --file "$TMP/big.csv"
    expect_pipe_cut $mode schedule --file "$TMP/big.csv" --json
    expect_pipe_cut $mode region list --json
    expect_pipe_cut $mode classify --batch "$TMP/good.jsonl"
    expect_pipe_cut $mode classify --batch "$TMP/good.jsonl" --json
    # find-in-text reads the text from standard input
    if [ "$mode" = ignore ]; then
        (trap '' PIPE; { "$P" region find-in-text - <"$TMP/text.txt" 2>"$TMP/perr"; echo $? >"$TMP/prc"; } | head -c 1 >/dev/null)
    else
        { "$P" region find-in-text - <"$TMP/text.txt" 2>"$TMP/perr"; echo $? >"$TMP/prc"; } | head -c 1 >/dev/null
    fi
    [ "$(cat "$TMP/prc")" != 0 ] && [ ! -s "$TMP/perr" ] || fail "find-in-text | head -c 1 (SIGPIPE $mode)"
done
echo "cli output: all passed"
