#!/bin/sh
# Every CLI date option reads dates as people write them (cli_parse_date ->
# pk_date_parse_loose): ISO as before, DD/MM/YYYY, DD-MM-YYYY and month names,
# day first; ambiguous input is refused with the reading it would take.
# Facts: a report is due 7 calendar days after discovery (Pasal 134 ayat (4)
# UU 10/2016): from 25 Nov 2024 it is due 2 Dec 2024; 27 Nov 2024 is voting day.
# usage: dates.sh <path to pilkada>
P="$1"
# English text whatever the machine's locale (the language tests set their own)
export PILKADA_LANG=en
. "$(dirname "$0")/lib.sh"
for d in 2024-11-25 25/11/2024 25-11-2024 25.11.2024 "25 November 2024" "25 Nopember 2024" "Senin, 25 Nov 2024" \
    "Senin (25/11/2024)" "November 25, 2024"; do
    expect 0 "due     2024-12-02" deadline report --from "$d"
done
expect 0 "2024-11-27" phase "Rabu, 27 November 2024"
expect 0 "= 2024-11-25" deadline workdays --from 22/11/2024 --add 1
expect 2 "would read 2024-11-12" deadline report --from 2024/11/12
expect 2 "27/11/2024 if 2024-11-27 is meant" deadline report --from 27/11/24
expect 2 "month first it would read 2024-12-27" deadline report --from 12/27/2024
expect 2 "is a Wednesday (Rabu), not a Monday" deadline report --from "Senin, 27/11/2024"
expect 2 "day 31 does not exist in November 2024" deadline report --from 31/11/2024
expect 2 "no year" deadline report --from "Selasa (17/9)"
expect 2 "not a valid date" deadline report --from 2024-02-30
echo "cli dates: ok"
