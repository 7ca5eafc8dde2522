#!/bin/sh
# CLI behaviour of `pilkada phase` and `pilkada schedule`.
# usage: calendar.sh <pilkada binary> <scratch dir>
# Facts: shared/research/schedule.md (2024 quiet period 24-26 Nov, voting 27 Nov,
# media ads 10-23 Nov; 2020 voting 9 Dec).
PK="$1"
export PILKADA_LANG=en
TMP="$2/cli_calendar"
mkdir -p "$TMP"
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# expect <exit code> <grep pattern or ''> -- command...
expect() {
    code="$1"; pat="$2"; shift 3
    "$@" >"$TMP/out" 2>"$TMP/err"
    rc=$?
    if [ "$rc" -ne "$code" ]; then bad "$* exited $rc, expected $code"; cat "$TMP/err"; return; fi
    if [ -n "$pat" ] && ! grep -q -- "$pat" "$TMP/out" "$TMP/err"; then bad "$*: no '$pat' in output"; cat "$TMP/out"; return; fi
    ok
}

expect 0 'quiet_period' -- "$PK" phase 2024-11-25
expect 0 'Voting day:             in 2 days' -- "$PK" phase 2024-11-25
expect 0 'Top-level stage:        conduct' -- "$PK" phase 2024-11-25
expect 0 'Next milestone:         voting (Voting day) on Wednesday, 27 November 2024, in 2 days' -- "$PK" phase 2024-11-25
expect 0 'Critical stage:         voting' -- "$PK" phase 2024-11-27
expect 0 '"days_until_voting":12' -- "$PK" phase 2024-11-15 --json
expect 0 '"id":"campaign_media_ads"' -- "$PK" phase 2024-11-15 --json
expect 0 '"position":"before"' -- "$PK" phase 2023-06-01 --json
expect 0 'after the schedule' -- "$PK" phase 2026-01-01
expect 0 'in 7 days' -- "$PK" phase 2025-08-20 --cycle 2025
expect 0 'rerun-2025-bangka-pangkalpinang' -- "$PK" phase 2025-08-20 --cycle rerun-2025-bangka-pangkalpinang
# the schedule of a date (one rule): 2020 voting day answers from 2020 without --cycle
expect 0 'Schedule:               pilkada-2020' -- "$PK" phase 2020-12-09
expect 0 'Innermost stage:        program_budget_planning' -- "$PK" phase 2024-01-10
# 2025 repeat votes (intake-psu-text-tools.md 3.1): Kabupaten Serang (36.04) voted
# again on 19 Apr 2025, Kota Serang (36.73) did not; Parigi Moutong on 16 Apr
expect 0 'Schedule:               psu-2025-kab-serang' -- "$PK" phase 2025-04-19 --region 36.04
expect 0 'Innermost stage:        voting' -- "$PK" phase 2025-04-19 --region 36.04
expect 0 'Schedule:               pilkada-2024' -- "$PK" phase 2025-04-19 --region 36.73
expect 0 '"schedule":"psu-2025-kab-parigi-moutong"' -- "$PK" phase 2025-04-16 --region 7208 --json
expect 0 '"regions":"72.08"' -- "$PK" phase 2025-04-16 --region 7208 --json
expect 0 'psu2-2025-kab-barito-utara' -- "$PK" phase 2025-08-06 --region 62.05
expect 0 'Schedule:               pilkada-2024' -- "$PK" phase 2025-04-19 --region 36.04 --cycle 2024
expect 0 'Schedule:               psu-2025-kab-serang' -- "$PK" phase 2025-04-19 --cycle psu-2025-kab-serang
expect 2 'unknown region' -- "$PK" phase 2025-04-19 --region 99.99
expect 2 'region' -- "$PK" phase 2025-04-19 --region
expect 0 'usage: pilkada phase' -- "$PK" phase --help
expect 2 'not a valid date' -- "$PK" phase 2024-02-30
expect 2 'no built-in schedule' -- "$PK" phase 2024-11-25 --cycle 1999
expect 2 'either --cycle or --file' -- "$PK" phase --cycle 2024 --file x.csv
expect 2 'unexpected argument' -- "$PK" phase 2024-11-25 2024-11-26
expect 1 'input/output error: path: cannot open' -- "$PK" phase --file "$TMP/missing.csv"

expect 0 '2020-12-09..2020-12-09' -- "$PK" schedule --cycle 2020
expect 0 'CRITICAL:voting' -- "$PK" schedule
expect 0 '"id":"pilkada-2024"' -- "$PK" schedule --json
expect 0 'usage: pilkada schedule' -- "$PK" schedule --help

# a user's own file, and a malformed one reported with its line number
cat >"$TMP/mine.csv" <<'CSV'
#% id: my-cycle
#% title: My cycle
#% title_id: Siklus saya
#% cycle: 2026
#% basis: test
#% source: test
id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,status,source,note
campaign,,campaign,campaign,yes,2026-01-10,2026-01-20,,Kampanye,Campaign,,CONFIRMED,,
voting,,voting,voting,yes,2026-01-25,2026-01-25,,Pemungutan,Voting,,CONFIRMED,,
CSV
expect 0 'Voting day:             in 10 days' -- "$PK" phase 2026-01-15 --file "$TMP/mine.csv"
expect 0 'my-cycle' -- "$PK" schedule --file "$TMP/mine.csv"
sed 's/2026-01-25,2026-01-25/2026-01-25,2026-01-24/' "$TMP/mine.csv" >"$TMP/bad.csv"
expect 1 'line 9' -- "$PK" phase 2026-01-15 --file "$TMP/bad.csv"

# Issue 13 item 1: a 100,000-level parent chain (5.7 MB, under the 16 MiB
# limit) crashed the recursive tree print; it prints, deepest level last,
# with the indentation capped (a level number instead).
head_csv() {
    printf '#%% id: big\n#%% title: Big\n#%% title_id: Besar\n#%% cycle: 2026\n#%% basis: test\n#%% source: test\n'
    echo 'id,parent,role,critical,milestone,start,end,relative,name_id,name_en,basis,status,source,note'
}
{
    head_csv
    awk 'BEGIN { print "s0,,,,,2026-01-10,2026-01-20,,A,A,,CONFIRMED,,"
        for (i = 1; i < 100000; i++) printf "s%d,s%d,,,,2026-01-10,2026-01-20,,A,A,,CONFIRMED,,\n", i, i - 1 }'
    echo 'voting,,voting,voting,yes,2026-01-25,2026-01-25,,Pemungutan,Voting,,CONFIRMED,,'
} >"$TMP/chain.csv"
expect 0 '100001 stages' -- "$PK" schedule --file "$TMP/chain.csv"
if [ "$(grep -c '^2026-01-10' "$TMP/out")" -eq 100000 ] && grep -q '(level 99999) s99999 ' "$TMP/out" &&
    tail -n 1 "$TMP/out" | grep -q ' voting '; then ok; else bad "chain of 100000 stages not printed in full"; fi
# Issue 13 item 3: 20,000 siblings printed once each, in date order.
{
    head_csv
    echo 'parent,,,,,2026-01-01,2026-12-31,,P,P,,CONFIRMED,,'
    awk 'BEGIN { for (i = 0; i < 20000; i++) printf "c%d,parent,,,,2026-01-%02d,2026-01-%02d,,C,C,,CONFIRMED,,\n", i, 28 - i % 27, 28 - i % 27 }'
    echo 'voting,,voting,voting,yes,2026-12-31,2026-12-31,,Pemungutan,Voting,,CONFIRMED,,'
} >"$TMP/siblings.csv"
expect 0 '20002 stages' -- "$PK" schedule --file "$TMP/siblings.csv"
if [ "$(grep -c '^2026-01-.*  c[0-9]*  C ' "$TMP/out")" -eq 20000 ] &&
    sed -n '5p' "$TMP/out" | grep -q '^2026-01-01\.\.2026-12-31 .*parent' &&
    sed -n '6p' "$TMP/out" | grep -q '^2026-01-02\.\.2026-01-02 ' &&
    sed -n '20005p' "$TMP/out" | grep -q '^2026-01-28\.\.2026-01-28 '; then ok; else bad "20000 siblings not printed in date order"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
