#!/bin/sh
# CLI tests of `pilkada classify`. Usage: classify.sh <path to pilkada>
# Facts: ../shared/research/violations.md (SKB 2022 row 6 berat after penetapan
# 22 Sep 2024; Pasal 187A 36-72 months and Rp200,000,000-1,000,000,000; SKB row 8
# vs PP 94 Pasal 14 huruf i angka 4 conflict; report within 7 days, Pasal 134(4));
# 35.13 Kabupaten Probolinggo, 16.07 Kabupaten Banyuasin (regions data).
P="$1"
# English text whatever the machine's locale (the language tests set their own)
export PILKADA_LANG=en
. "$(dirname "$0")/lib.sh"
batch() { # batch <rc> <grep pattern> <input> <args...>
    want=$1; pat=$2; input=$3; shift 3
    out=$(printf '%s\n' "$input" | "$P" classify --batch "$@" 2>&1); rc=$?
    [ "$rc" = "$want" ] || fail "batch $* exited $rc, expected $want: $out"
    echo "$out" | grep -q -- "$pat" || fail "batch $*: no '$pat' in: $out"
}
expect 0 "asn_dis_post_like_share_calon" classify --actor pns --act socmed_like --occurred 2024-10-01
expect 0 "discipline berat" classify --actor pns --act socmed_like --occurred 2024-10-01
expect 0 "asn_etik_post_like_share_bacalon" classify --actor pns --act socmed_like --occurred 2024-09-01
# a 2025 repeat vote (PSU): Kabupaten Serang voted again on 19 Apr 2025 (intake-psu-text-tools.md 3.1)
expect 0 "\"schedule_id\":\"psu-2025-kab-serang\"" classify --actor any_person --act give_money --occurred 2025-04-18 --region 36.04 --json
expect 0 '"discipline":"berat"' classify --actor pns --act socmed_like --occurred 2024-10-01 --json
expect 0 'KPU Kabupaten Probolinggo' classify --actor regional_head --act replace_officials --occurred 2024-05-02 \
    --minister-approval no --incumbent-candidate yes --region 3513
expect 0 '"missing_field":"minister_approval"' classify --actor regional_head --act replace_officials \
    --occurred 2024-05-02 --json
expect 0 'LATE REPORT' classify --actor pns --act socmed_post --occurred 2024-10-01 --discovered 2024-10-02 \
    --reported 2024-10-10
expect 0 '"report_deadline":{"deadline":"report","trigger":"2024-10-02","due":"2024-10-09"' classify --actor pns --act socmed_post --occurred 2024-10-01 \
    --discovered 2024-10-02 --json
expect 0 'conflict' classify --actor pns --act partisan_activity --occurred 2024-10-10
expect 0 'no_rule' classify --actor voter --act attend_campaign --occurred 2024-10-05
# evidence (issue 11): a report found unproven ends without a sanction; the JSON gives the basis
expect 0 'not_proven' classify --actor any_person --act give_money --occurred 2024-11-20 --evidence insufficient
expect 0 '"note":"Not proven: the report failed the formal requirements' classify --actor any_person \
    --act give_money --occurred 2024-11-20 --evidence insufficient --json
expect 0 '"outcome":"findings"' classify --actor any_person --act give_money --occurred 2024-11-20 \
    --evidence proven --json
expect 2 'evidence must be proven, alleged, insufficient' classify --actor any_person --act give_money --occurred 2024-11-20 --evidence maybe
expect 0 '"verdict":"match"' classify --actor pns --act socmed_like --occurred 2024-10-01 --json --explain
expect 0 'Rules considered' classify --actor pns --act partisan_activity --occurred 2024-10-10 --explain
expect 2 'classify: --act is required' classify --actor pns --occurred 2024-10-01
expect 2 'classify: --occurred is required' classify --actor pns --act socmed_like
expect 2 'malformed input: occurred: day 30 does not exist' classify --actor pns --act socmed_like --occurred 2024-02-30
expect 1 "not found: actor: unknown actor 'wizard'" classify --actor wizard --act socmed_like --occurred 2024-10-01
expect 1 'not found: region:' classify --actor pns --act socmed_like --occurred 2024-10-01 --region 99.99
expect 2 'unknown option' classify --colour red
expect 0 'usage' classify --help
expect 0 'socmed_like' classify --list-acts

batch 0 'money_politics_any_person' '{"actor":"any_person","act":"give_money","occurred":"2024-11-25","region":"35.13"}'
batch 0 '"prison_months":\[36,72\]' '{"actor":"any_person","act":"give_money","occurred":"2024-11-25"}' --json
batch 0 '16.07  Kabupaten Banyuasin' '{"actor":"pns","act":"socmed_like","occurred":"2024-10-01","region":"16.07"}'
batch 0 '"election_crime":1' '{"actor":"voter","act":"receive_money","occurred":"2024-11-26"}' --json
# a malformed line names its line and field; the rest of the batch still runs; exit 1
input='{"actor":"pns","act":"socmed_like","occurred":"2024-10-01"}
{"actor":"pns","act":"socmed_like","occurred":"2024-02-30"}
not json
{"actor":"voter","act":"attend_campaign","occurred":"2024-10-05"}'
batch 1 'occurred: day 30 does not exist in February 2024 (line 2)' "$input"
batch 1 'line 3, column' "$input"
batch 1 'line 4: voter attend_campaign no_rule' "$input"
batch 1 '2 incidents, 1 findings, 2 bad lines' "$input"
batch 1 'tsm: value of' '{"actor":"candidate","act":"give_money","occurred":"2024-11-01","tsm":1.5}'
# a batch longer than one block of 4096 lines (parsed on a second thread):
# every line counted once and in order, bad lines anywhere named in order
big=$(awk 'BEGIN { for (i = 1; i <= 10000; i++) print (i % 1000 == 0 ? "not json" : \
    "{\"actor\":\"any_person\",\"act\":\"give_money\",\"occurred\":\"2024-11-25\",\"region\":\"35.13\"}") }')
errs=$(printf '%s\n' "$big" | "$P" classify --batch 2>&1 >/dev/null | sed -n 's/^pilkada: .*(line \([0-9]*\), column.*/\1/p' | tr '\n' ' ')
[ "$errs" = "1000 2000 3000 4000 5000 6000 7000 8000 9000 10000 " ] || fail "big batch: bad lines named as: $errs"
out=$(printf '%s\n' "$big" | "$P" classify --batch 2>/dev/null)
[ "$(echo "$out" | grep -c '^line [0-9]*: any_person give_money findings$')" = 9990 ] || fail "big batch: not 9990 results"
echo "$out" | grep -q '^line 9999: any_person give_money findings' || fail "big batch: no line 9999"
echo "$out" | grep -q 'Summary: 9990 incidents, .* 10 bad lines' || fail "big batch: wrong summary"
printf '%s\n' "$big" | "$P" classify --batch --json 2>/dev/null | grep '"line":9999,' | grep -q '"prison_months":\[36,72\]' \
    || fail "big batch --json: line 9999 not Pasal 187A"
# Issue 13 item 8: an over-long or non-UTF-8 value is a malformed argument
# (exit 2), like any other malformed value (an over-long one exited 1).
long_value=$(awk 'BEGIN { for (i = 0; i < 300; i++) printf "2" }')
expect 2 "input too long: occurred:" classify --actor pns --act socmed_like --occurred "$long_value"
expect 2 "input too long: actor:" classify --actor "$long_value" --act socmed_like --occurred 2024-10-01
expect 2 "invalid UTF-8: occurred:" classify --actor pns --act socmed_like --occurred "$(printf '2024-10-0\377')"
expect 2 "malformed input: occurred: month 13" classify --actor pns --act socmed_like --occurred 2024-13-01
# the status name only under --json (issue 12)
expect 2 '"status":"PK_EPARSE"' classify --actor pns --act socmed_like --occurred 2024-13-01 --json
expect 2 "masukan tidak berbentuk benar: occurred:" classify --actor pns --act socmed_like --occurred 2024-13-01 --lang id
# Issue 13 item 5: a line over the 64 MiB limit is skipped and reported in
# its place, and the lines after it still run (it used to end the batch).
good='{"actor":"any_person","act":"give_money","occurred":"2024-11-20"}'
long=$( (printf '%s\n' "$good"; head -c 67108865 /dev/zero | tr '\0' x; printf '\n%s\n{"actor":\n%s\n' "$good" "$good") |
    "$P" classify --batch 2>&1); rc=$?
[ "$rc" = 1 ] || fail "batch with an over-long line exited $rc, expected 1"
echo "$long" | grep -q '^pilkada: input too long: line is longer than 64 MiB (skipped) (line 2)$' ||
    fail "over-long line 2 not reported: $long"
echo "$long" | grep -q '^pilkada: .*(line 4, column' || fail "bad line 4 after the over-long line not reported: $long"
echo "$long" | grep -q '^line 5: any_person give_money findings' || fail "line 5 after the over-long line not run: $long"
echo "$long" | grep -q 'Summary: 3 incidents, .* 2 bad lines' || fail "over-long line: wrong summary: $long"
# the over-long line last, without a newline
long=$( (printf '%s\n' "$good"; head -c 67108865 /dev/zero | tr '\0' x) | "$P" classify --batch 2>&1)
echo "$long" | grep -q 'Summary: 1 incidents, .* 1 bad lines' || fail "over-long last line: wrong summary: $long"
# Issue 13 item 7: a UTF-8 byte order mark before line 1 is skipped, as the
# CSV loaders skip it (it made line 1 bad); one elsewhere is still an error.
bom=$(printf '\357\273\277%s\n%s\n' "$good" "$good" | "$P" classify --batch 2>&1); rc=$?
[ "$rc" = 0 ] || fail "batch with a BOM exited $rc: $bom"
echo "$bom" | grep -q 'Summary: 2 incidents, .* 0 bad lines' || fail "batch with a BOM: wrong summary: $bom"
bom=$(printf '%s\n\357\273\277%s\n' "$good" "$good" | "$P" classify --batch 2>&1); rc=$?
[ "$rc" = 1 ] && echo "$bom" | grep -q '^pilkada: .*(line 2' || fail "a BOM on line 2 was not reported: $bom"
echo "cli classify: all passed"

# The fact vocabulary is one table (pk_fact_at): every fact is a flag of the
# CLI and is documented in the manual page and the Python README.
expect 0 'minister_approval	tristate	yes|no' classify --list-facts
SRC=$(cd "$(dirname "$0")/../.." && pwd)
"$P" classify --list-facts | cut -f1 | while read -r key; do
    flag=$(echo "$key" | tr _ -)
    grep -q -- "$(echo "\\-\\-$flag" | sed 's/-/\\\\-/g')" "$SRC/docs/pilkada.1" || fail "docs/pilkada.1 does not document --$flag"
    expect 0 'usage' classify --"$flag" "" --help
done || exit 1
