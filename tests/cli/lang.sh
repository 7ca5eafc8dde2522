#!/bin/sh
# The language of the CLI (issue 12): --lang id|en, PILKADA_LANG, the locale;
# Indonesian weekday and month names and Rupiah amounts; errors without
# internal codes (the status name only under --json); a missing required flag
# is a usage error; names where a region is taken; region lookup points to
# search. Facts: 27 Nov 2024 (a Wednesday, "Rabu") is voting day and the
# quiet period ("Masa tenang", PKPU 2/2024) runs 24-26 Nov; UU 10/2016 Pasal
# 187A(1) fines money politics Rp200.000.000 to Rp1.000.000.000; 73.71 is Kota
# Makassar, 32.16/32.75 Kabupaten/Kota Bekasi. Usage: lang.sh <pilkada> <scratch>
P="$1"
TMP="$2/cli_lang"
mkdir -p "$TMP"
. "$(dirname "$0")/lib.sh"
unset PILKADA_LANG LC_ALL LC_MESSAGES
export LANG=C

# the language: flag, environment, locale; the flag wins
expect 0 'Hari pemungutan suara: *2 hari lagi' phase 2024-11-25 --lang id
expect 0 'Voting day: *in 2 days' phase 2024-11-25 --lang en
expect 0 'Tanggal: *2024-11-27 (Rabu, 27 November 2024)' --lang=id phase 2024-11-27
expect 0 'Innermost stage: *quiet_period (Quiet period)' phase 2024-11-25
out=$(PILKADA_LANG=id "$P" phase 2024-11-25) || fail "PILKADA_LANG=id phase failed"
echo "$out" | grep -q 'Tahapan terdalam: *quiet_period (Masa tenang)' || fail "PILKADA_LANG=id: $out"
out=$(LANG=id_ID.UTF-8 "$P" phase 2024-11-25) || fail "LANG=id_ID phase failed"
echo "$out" | grep -q 'Masa tenang' || fail "LANG=id_ID.UTF-8 did not give Indonesian: $out"
out=$(LC_ALL=en_US.UTF-8 LANG=id_ID.UTF-8 "$P" phase 2024-11-25) || fail "LC_ALL phase failed"
echo "$out" | grep -q 'Quiet period' || fail "LC_ALL=en_US must win over LANG: $out"
out=$(PILKADA_LANG=id "$P" phase 2024-11-25 --lang en) || fail "--lang en failed"
echo "$out" | grep -q 'Quiet period' || fail "--lang must win over PILKADA_LANG: $out"
expect 2 "lang must be id or en, not 'fr'" phase --lang fr

# .ics SUMMARY in the language of the run
expect 0 'SUMMARY:Masa tenang' ics --lang id --dtstamp 20250101T000000Z
expect 0 'SUMMARY:Quiet period' ics --lang en --dtstamp 20250101T000000Z

# Rupiah and sanctions in Indonesian; English amounts grouped with commas
expect 0 'denda Rp200.000.000-Rp1.000.000.000' classify --actor any_person --act give_money --occurred 2024-11-20 --lang id
expect 0 'fine IDR 200,000,000-IDR 1,000,000,000' classify --actor any_person --act give_money --occurred 2024-11-20
# deadline text with Indonesian weekdays
expect 0 'batas   2024-12-04 Rabu' deadline report --from 2024-11-27 --lang id

# dates as people write them, the same reader everywhere
expect 0 'any_person give_money findings' classify --actor any_person --act give_money --occurred "20 November 2024"
expect 0 'any_person give_money findings' classify --actor any_person --act give_money --occurred 20/11/2024
echo '{"actor":"any_person","act":"give_money","occurred":"20-11-2024"}' | "$P" classify --batch >"$TMP/b" 2>&1 ||
    fail "batch with 20-11-2024: $(cat "$TMP/b")"

# errors: no internal codes in text, the status name under --json, both languages
expect 1 "not found: actor: unknown actor 'wizard'" classify --actor wizard --act give_money --occurred 2024-11-20
expect 1 "tidak ditemukan: actor: unknown actor 'wizard'" classify --actor wizard --act give_money --occurred 2024-11-20 --lang id
out=$("$P" classify --actor wizard --act give_money --occurred 2024-11-20 2>&1)
case "$out" in *PK_E*) fail "internal code in a text error: $out" ;; esac
expect 1 '"status":"PK_ENOTFOUND"' classify --actor wizard --act give_money --occurred 2024-11-20 --json
# a missing required flag is a usage error (it used to exit 0 with "incomplete")
expect 2 'classify: --occurred is required' classify --actor pns --act socmed_like
expect 2 'classify: --occurred wajib diisi' classify --actor pns --act socmed_like --lang id
expect 2 'classify: --actor is required' classify --act socmed_like --occurred 2024-10-01
# the OS reason of an I/O failure
expect 1 'ics: cannot write /nonexistent/x.ics: No such file or directory' ics -o /nonexistent/x.ics
expect 1 'ics: tidak dapat menulis /nonexistent/x.ics' ics -o /nonexistent/x.ics --lang id
# region lookup takes codes and points to search for names
expect 2 'pilkada region search "Kota Makassar"' region lookup "Kota Makassar"
# regions by name where a region is taken; an ambiguous name lists its candidates
expect 0 '"region":"73.71"' classify --actor pns --act socmed_like --occurred 2024-10-01 --region "Kota Makassar" --json
expect 0 'pns socmed_like findings' classify --actor pns --act socmed_like --occurred 2024-10-01 --region "Kab. Ogan Komering Ulu Timur"
expect 1 "32.16 Kabupaten Bekasi, 32.75 Kota Bekasi" classify --actor pns --act socmed_like --occurred 2024-10-01 --region Bekasi
expect 1 "did you mean 73.71 Kota Makassar" classify --actor pns --act socmed_like --occurred 2024-10-01 --region Makasar
echo '{"actor":"pns","act":"socmed_like","occurred":"2024-10-01","region":"Kota Makassar"}' | "$P" classify --batch --json >"$TMP/r" 2>&1 ||
    fail "batch with a region name: $(cat "$TMP/r")"
grep -q '"code":"73.71","name":"Kota Makassar"' "$TMP/r" || fail "batch region by name not counted: $(cat "$TMP/r")"

# batch: other keys and columns travel beside the result; CSV as well as JSON lines; --summary
out=$(printf '%s\n' '{"id":"R-7","actor":"pns","act":"socmed_like","occurred":"2024-10-01","note":{"a":[1]}}' |
    "$P" classify --batch --json) || fail "batch with an id: $out"
echo "$out" | grep -q '^{"line":1,"id":"R-7","note":{"a":\[1\]},"outcome":"findings"' || fail "id not carried: $out"
out=$(printf 'id,actor,act,occurred,region\nR-1,pns,socmed_like,01/10/2024,Kota Makassar\n"R,2",any_person,give_money,20 November 2024,35.13\n' |
    "$P" classify --batch --json) || fail "CSV batch: $out"
echo "$out" | grep -q '"line":2,"id":"R-1",.*"region":"73.71"' || fail "CSV row 1: $out"
echo "$out" | grep -q '"line":3,"id":"R,2",.*"category":"election_crime"' || fail "CSV row 2 (quoted id): $out"
out=$(printf 'id,actor,act,occurred\nR-1,pns,socmed_like\n' | "$P" classify --batch 2>&1); rc=$?
[ "$rc" = 1 ] && echo "$out" | grep -q '3 fields where the header has 4 (line 2)' || fail "short CSV row: $out"
out=$(printf '%s\n' '{"actor":"pns","act":"socmed_like","ocurred":"2024-10-01"}' | "$P" classify --batch 2>&1)
echo "$out" | grep -q "unknown fact 'ocurred'; did you mean 'occurred'? (line 1)" || fail "misspelt fact: $out"
out=$(printf '%s\n' '{"outcome":"x","actor":"pns","act":"socmed_like","occurred":"2024-10-01"}' | "$P" classify --batch 2>&1)
echo "$out" | grep -q "'outcome' is a member of the result" || fail "a result key as input: $out"
out=$(printf '%s\n' '{"id":1,"actor":"pns","act":"socmed_like","occurred":"2024-10-01"}' | "$P" classify --batch --summary --json)
[ "$(echo "$out" | wc -l)" = 1 ] && echo "$out" | grep -q '^{"summary":{"incidents":1,' || fail "--summary: $out"

# words people write for actors and acts (data/rules/words.csv); "did you mean"; lists with meanings
expect 0 '^kepala_desa socmed_like' classify --actor kades --act socmed_like --occurred 2024-10-01
expect 0 '^regional_head decision_favouring' classify --actor Bupati --act decision_favouring --occurred 2024-10-01
expect 0 '^pns socmed_like findings' classify --actor PNS --act socmed_like --occurred 2024-10-01
expect 0 '^camat socmed_like findings' classify --actor camat --act socmed_like --occurred 2024-10-01
expect 0 '^candidate give_money' classify --actor paslon --act "politik uang" --occurred 2024-11-20
expect 0 '^campaign_team give_money' classify --actor "tim sukses" --act give_money --occurred 2024-11-20
expect 1 "'asn' may mean pns or pppk" classify --actor asn --act socmed_like --occurred 2024-10-01
expect 1 "unknown actor 'kdes'; did you mean 'kades'?" classify --actor kdes --act socmed_like --occurred 2024-10-01
expect 1 "did you mean 'socmed_like'?" classify --actor pns --act socmed_lik --occurred 2024-10-01
expect 0 'kepala_desa  *village head / kepala desa (also: kades' classify --list-actors
expect 0 'kepala_desa  *kepala desa / village head (juga: kades' classify --list-actors --lang id
expect 0 '"slug":"give_money","meaning_id":"menjanjikan atau memberi uang' classify --list-acts --json
echo '{"actor":"Kades","act":"like","occurred":"2024-10-01"}' | "$P" classify --batch >"$TMP/w" 2>&1 ||
    fail "batch with words: $(cat "$TMP/w")"
grep -q 'kepala_desa socmed_like' "$TMP/w" || fail "batch words: $(cat "$TMP/w")"
out=$(printf '%s\n' '{"actor":"kades","act":"like","occurred":"01/10/2024"}' | "$P" classify --batch --summary --lang id)
echo "$out" | grep -q '^Ringkasan: 1 kejadian, 0 temuan, 0 baris rusak' || fail "Indonesian summary: $out"
# a rule's summary in Indonesian (rules.csv summary_id): the SKB 2022 matrix's own words
expect 0 'ASN membuat posting, comment, share, like, bergabung/follow dalam group/akun pemenangan calon' classify --actor pns --act socmed_post --occurred 2024-10-01 --lang id --explain
expect 0 'A civil servant posted, commented, shared, liked or joined a campaign group or account of a determined candidate' classify --actor pns --act socmed_post --occurred 2024-10-01 --lang en --explain
# --help: the allowed values of facts in the run's language (pk_fact_values)
expect 0 'perbuatan (wajib): slug perbuatan (pilkada classify --list-acts)' classify --help --lang id
expect 0 'kode wilayah Kemendagri: kode wilayah Kemendagri, misalnya 35.13' classify --help --lang id
expect 0 'what they did (required): an act slug (pilkada classify --list-acts)' classify --help --lang en
# a rule's note in Indonesian (rules.csv note_id): PP 94/2021 replaced PP 53/2010 on 31 Aug 2021
expect 0 'alasan: PP 94/2021 menggantikan PP 53/2010 pada 31 Agustus 2021' classify --actor pns --act socmed_post --occurred 2024-10-01 --lang id --explain
expect 0 'PP 94/2021 replaced PP 53/2010 on 31 Aug 2021' classify --actor pns --act socmed_post --occurred 2024-10-01 --lang en --explain
# a certainty note in Indonesian (rules.csv certainty_note_id): UU 34/2004 Pasal 39 states no penalty
expect 0 'Kepastian: belum terverifikasi: Hukuman disiplin militer tidak terdapat dalam Pasal 39' classify --actor tni --act declare_support --occurred 2024-10-01 --lang id --explain
expect 0 'The military-discipline penalty is not in Pasal 39' classify --actor tni --act declare_support --occurred 2024-10-01 --lang en --explain
# a handler's name with English words, in Indonesian (handlers.csv name_id): the TNI's chain of command
expect 0 'penanganan TNI (rantai komando, Polisi Militer)' classify --actor tni --act declare_support --occurred 2024-10-01 --lang id
expect 0 'handler TNI (chain of command, Polisi Militer)' classify --actor tni --act declare_support --occurred 2024-10-01 --lang en
# the summary table: slugs in both languages, then the library's words in the run's language
out=$(printf '%s\n' '{"actor":"kades","act":"decision_favouring","occurred":"2024-10-10"}' | "$P" classify --batch --summary --lang id)
echo "$out" | grep -Eq '^  findings +1  ada temuan$' || fail "Indonesian summary outcome: $out"
echo "$out" | grep -Eq '^  election_crime +1  tindak pidana Pemilihan$' || fail "Indonesian summary category: $out"
echo "$out" | grep -Eq '^  kategori +temuan  arti$' || fail "Indonesian summary header: $out"
out=$(printf '%s\n' '{"actor":"kades","act":"decision_favouring","occurred":"2024-10-10"}' | "$P" classify --batch --summary --lang en)
echo "$out" | grep -Eq '^  findings +1  one or more findings$' || fail "English summary outcome: $out"
echo "$out" | grep -Eq '^  other_laws +1  violation of other laws$' || fail "English summary category: $out"
# one rendering of a classification (pk_classification_format, pk_explain_lang)
# in both languages: an ASN who posts for a determined pair in October 2024
# breaches "other laws" (pelanggaran peraturan perundang-undangan lainnya),
# forwarded to BKN (from 4 Sep 2024); a village head's decision favouring a
# pair is the crime of UU 10/2016 Pasal 71(1) jo. UU 1/2015 Pasal 188
expect 0 'kategori: pelanggaran peraturan perundang-undangan lainnya (disiplin ASN)' classify --actor pns --act socmed_post --occurred 2024-10-01 --lang id
expect 0 'category: violation of other laws (ASN discipline)' classify --actor pns --act socmed_post --occurred 2024-10-01 --lang en
expect 0 '; penanganan BKN; hukuman disiplin berat' classify --actor pns --act socmed_post --occurred 2024-10-01 --lang id
expect 0 'kategori: tindak pidana Pemilihan' classify --actor kades --act decision_favouring --occurred 2024-10-10 --lang id
expect 0 'pidana penjara 1-6 bulan dan/atau denda Rp600.000-Rp6.000.000' classify --actor kades --act decision_favouring --occurred 2024-10-10 --lang id
expect 0 'Penerusan dugaan tindak pidana Pemilihan kepada Kepolisian (gakkumdu_forward) batas 2024-10-1' classify --actor kades --act decision_favouring --occurred 2024-10-10 --discovered 2024-10-10 --lang id
expect 0 'Forwarding a suspected election crime to the police (Sentra Gakkumdu) (gakkumdu_forward) due 2024-10-1' classify --actor kades --act decision_favouring --occurred 2024-10-10 --discovered 2024-10-10 --lang en
out=$(PILKADA_LANG=id "$P" classify --actor pns --act socmed_post --occurred 2024-10-01 --discovered 2024-10-02 --reported 2024-10-10) || fail "PILKADA_LANG=id classify failed"
echo "$out" | grep -q 'LAPORAN TERLAMBAT batas laporan 2024-10-09' || fail "PILKADA_LANG=id late report: $out"
# the explanation: why rules did not match, in Indonesian; English unchanged in its headings
expect 0 'tidak: tanggal kejadian di luar masa berlaku aturan' classify --actor pns --act partisan_activity --occurred 2024-10-10 --explain --lang id
expect 0 'Hasil: conflict; aturan saling bertentangan' classify --actor pns --act partisan_activity --occurred 2024-10-10 --explain --lang id
expect 0 'Outcome: conflict; rules conflict' classify --actor pns --act partisan_activity --occurred 2024-10-10 --explain --lang en
expect 0 'no: the incident date is outside the rule.s validity' classify --actor pns --act partisan_activity --occurred 2024-10-10 --explain
out=$(printf '%s\n' '{"id":"R-1","actor":"pns","act":"socmed_post","occurred":"2024-10-01"}' | "$P" classify --batch --lang id)
echo "$out" | grep -q '^baris 1: {"id":"R-1"} pns socmed_post findings$' || fail "Indonesian batch line: $out"
echo "$out" | grep -q '; penanganan BKN; hukuman disiplin berat$' || fail "Indonesian batch finding: $out"
# the region command's text in both languages: 35.13 is Kabupaten Probolinggo
# (capital Kraksaan), which elected in 2024, not in 2020; Jakarta's governor
# needs more than half of the votes (UU 29/2007 Pasal 11)
expect 0 'ibu kota Kraksaan' region lookup 35.13 --lang id
expect 0 'kepala: kepala desa dipilih oleh penduduk desa' region lookup 35.13.01.2001 --lang id
expect 0 'kepala: diangkat oleh bupati/wali kota dari pegawai negeri sipil (UU 23/2014 Pasal 224)' region lookup 35.13.01 --lang id
expect 0 'head: appointed by the bupati/wali kota from civil servants' region lookup 35.13.01 --lang en
expect 0 'capital Kraksaan' region lookup 35.13 --lang en
expect 0 '2024: Pemilihan Bupati dan Wakil Bupati Probolinggo; penyelenggara KPU Kabupaten Probolinggo; pengawas Bawaslu Kabupaten Probolinggo' region lookup 35.13 --lang id
expect 0 '2020: tidak ada pemilihan' region lookup 35.13 --lang id
expect 0 '2020: no election' region lookup 35.13 --lang en
expect 0 'lebih dari separuh suara, jika tidak putaran kedua' region lookup 31 --lang id
expect 0 'more than half of the votes, else a second round' region lookup 31 --lang en
expect 0 '^  di Kabupaten Probolinggo (35.13)' region lookup 35.13.01 --lang id
expect 1 "ambigu: 'Bekasi' cocok dengan 2 daerah" region search Bekasi --lang id
expect 1 "ambiguous: 'Bekasi' fits 2 regions" region search Bekasi --lang en
expect 0 '^siklus 2024 (lengkap)' region counts --cycle 2024 --lang id
# --help in both languages, from the CLI message table
expect 0 '^penggunaan: pilkada \[--version\]' --help --lang id
expect 0 'klasifikasi pelanggaran: kategori, pasal, sanksi, penanganan, batas waktu' --help --lang id
expect 0 'classify a violation: category, article, sanction, handler, deadlines' --help --lang en
for c in region phase schedule ics deadline classify extract; do
    expect 0 "^penggunaan: pilkada $c" $c --help --lang id
    expect 0 "^usage: pilkada $c" $c --help --lang en
done
out=$(PILKADA_LANG=id "$P" classify --help) || fail "PILKADA_LANG=id classify --help failed"
echo "$out" | grep -q -- '--occurred  *tanggal kejadian (wajib)' || fail "classify --help in Indonesian: $out"
expect 0 '^Status keluar: 0 ditemukan' region --help --lang id
expect 0 "'#% years: FIRST-LAST'" deadline --help --lang en
# the Gakkumdu chain by the deadlines' names in the statutes' words
# (data/deadlines.csv): forwarded to the police within 1 x 24 hours of
# Bawaslu's decision (UU 1/2015 Pasal 135(2)); the high court's verdict is
# final (Pasal 148(4)), at the latest on 19 Jan 2025 for a report of 25 Nov 2024
expect 0 'Penerusan dugaan tindak pidana Pemilihan kepada Kepolisian (gakkumdu_forward)' deadline chain --from 2024-11-25 --lang id
expect 0 '2025-01-19 Minggu  *Putusan Pengadilan Tinggi (pt_verdict)' deadline chain --from 2024-11-25 --lang id
expect 0 'TANGGAL PALING LAMBAT' deadline chain --from 2024-11-25 --lang id
expect 0 '+14 hari kerja, UU 1/2015 Pasal 146 ayat (3)' deadline chain --from 2024-11-25 --lang id
expect 0 '2025-01-19 Sunday  *High court decides the appeal (pt_verdict)' deadline chain --from 2024-11-25 --lang en
# ASN campaigning in 2024: a breach of other laws (the ASN's discipline),
# forwarded to BKN; bare "ikut kampanye" has no discipline level in the law
expect 0 'penanganan BKN; undang-undang tidak mengatur' classify --actor pns --act attend_campaign --occurred 2024-10-01 --lang id
expect 0 'handler BKN; the law is silent' classify --actor pns --act attend_campaign --occurred 2024-10-01 --lang en
expect 0 'Kategori: pelanggaran peraturan perundang-undangan lainnya (disiplin ASN)' classify --actor pns --act attend_campaign --occurred 2024-10-01 --lang id --explain
echo "lang: ok"
