#!/bin/sh
# CLI tests of `pilkada region`. Usage: region.sh <path to pilkada>
# Facts: ../shared/data (35.13 Kabupaten Probolinggo, 16.07 Kabupaten Banyuasin,
# 91.01 -> 93.01 Merauke, 2024 = 37/415/93, Bekasi is ambiguous).
P="$1"
# English text whatever the machine's locale (the language tests set their own)
export PILKADA_LANG=en
. "$(dirname "$0")/lib.sh"
expect 0 "Kabupaten Probolinggo" region lookup 3513
# A name that starts with its kind word is not prefixed again (../shared/data/villages.csv:
# 52.07.05.2001 "Desa Beru", a desa; 91.03.01.3007 "Desa Adat Yoboi", a desa adat)
expect 0 "52.07.05.2001 Desa Beru (desa" region lookup 52.07.05.2001
expect 0 "91.03.01.3007 Desa Adat Yoboi (" region lookup 91.03.01.3007
"$P" region lookup 52.07.05.2001 | grep -q "Desa Desa" && fail "region lookup 52.07.05.2001: kind word written twice"
expect 0 '"old_code":true' region lookup 91.01 --json
expect 0 '"code":"93.01"' region lookup 91.01 --json
expect 1 "not found: code: no place with code 99.99" region lookup 99.99
expect 1 '"status":"PK_ENOTFOUND"' region lookup 99.99 --json
expect 1 "malformed input: code:" region lookup 351
expect 0 "16.07 Kabupaten Banyuasin" region search "Kab. Banyuasin"
expect 1 "32.75" region search Bekasi
expect 1 '"status":"PK_EAMBIGUOUS"' region search Bekasi --json
expect 1 "35.13" region search Probolingo --limit 3
expect 2 "limit" region search Probolingo --limit 0
expect 0 "KIP Kabupaten Aceh Utara" region lookup 11.08
expect 0 '"total":545' region counts --cycle 2024 --json
expect 0 '"provinsi":37' region counts --cycle 2024 --json
expect 1 "2018" region counts --cycle 2018
expect 0 '"total":6' region list --province 31 --json
expect 2 "kind" region list --kind desa
expect 2 "unknown region subcommand" region frobnicate
expect 0 "usage" region --help
out=$(printf 'Bawaslu Kabupaten Banyuasin dan Kota Makassar' | "$P" region find-in-text - --json) || fail "find-in-text rc"
echo "$out" | grep -q '"start":8,"end":27' || fail "offsets: $out"
echo "$out" | grep -q '"total":2' || fail "total: $out"
printf 'Kota \377' | "$P" region find-in-text - >/dev/null 2>&1; [ $? = 1 ] || fail "invalid UTF-8 not rejected"
# four levels (35.13.01.2001 is Desa Ngadisari in Kecamatan Sukapura, Kabupaten Probolinggo)
expect 0 "Desa Ngadisari" region lookup 35.13.01.2001
expect 0 "in Kecamatan Sukapura (35.13.01)" region lookup 3513012001
expect 0 "Bawaslu Kabupaten Probolinggo" region lookup 35.13.01.2001
expect 0 '"level":"desa"' region lookup 35.13.01.2001 --json
expect 0 '"kind":"kecamatan"' region lookup 35.13.01 --json
expect 1 "not found: code: no place with code 35.13.01.9999" region lookup 35.13.01.9999
expect 0 "Kabupaten Garut" region resolve "Pj Bupati Garut"
expect 0 "Kecamatan Sukapura" region resolve "Camat Sukapura" --context 35.13
expect 0 "31.74" region resolve Jaksel --json
expect 1 "ambiguous" region resolve "Desa Sidomulyo" --limit 3
expect 2 "level" region resolve Garut --level dusun
expect 0 "35.13.01.2012" region list --parent 35.13.01
expect 0 '"total":24' region list --parent 35.13 --json
out=$(printf 'Kepala Desa Ngadisari dan Camat Cibinong' | "$P" region find-in-text - --all-levels --json) || fail "all-levels rc"
echo "$out" | grep -q '"code":"35.13.01.2001"' || fail "village: $out"
echo "$out" | grep -q '"region":"32.01"' || fail "district's kabupaten: $out"
expect 2 "all-levels" region find-in-text "Desa Ngadisari" --weak
echo "ok"
