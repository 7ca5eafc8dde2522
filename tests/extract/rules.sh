#!/bin/sh
# Reading rules of the text engine found from the error classes of
# tests/extract/fresh2 (issue 9, round 7) and of the development sets in round 8
# (segmentation: one draft per deed): each case is a short sentence in the
# wording of the paragraph it comes from, with the reading a careful analyst
# gives it. Usage: rules.sh <path to pilkada>
P="$1"
. "$(dirname "$0")/../cli/lib.sh"
T=$(mktemp)
trap 'rm -f "$T"' EXIT
# drafts TEXT: one line per draft, "actor act negated"
drafts() {
    printf '%s\n' "$1" | "$P" extract - --json | python3 -c '
import json, sys
for x in json.load(sys.stdin)["drafts"]:
    print(x["actor_label"] or "-", x["act_label"], "negated" if x["negated"] else "asserted")'
}
has() { # has TEXT LINE: a draft reads LINE
    out=$(drafts "$1"); echo "$out" | grep -qx -- "$2" || fail "no draft '$2' for: $1 (got: $out)"
}
hasnt() { # hasnt TEXT PATTERN: no draft matches PATTERN
    out=$(drafts "$1"); echo "$out" | grep -q -- "$2" && fail "draft '$2' for: $1 (got: $out)"; return 0
}
count() { # count TEXT N: exactly N drafts
    out=$(drafts "$1"); n=$(printf '%s' "$out" | grep -c .)
    [ "$n" = "$2" ] || fail "$n drafts, expected $2, for: $1 (got: $out)"
}
# places TEXT: one line per draft, "region district_code village_code" (- when empty)
places() {
    printf '%s\n' "$1" | "$P" extract - --json | python3 -c '
import json, sys
for x in json.load(sys.stdin)["drafts"]:
    print(x["region"] or "-", x["district_code"] or "-", x["village_code"] or "-")'
}
at() { # at TEXT LINE: a draft is placed at LINE
    out=$(places "$1"); echo "$out" | grep -qx -- "$2" || fail "no draft at '$2' for: $1 (got: $out)"
}
# fresh2 002: initials introduced with a role are that role later in the text (another paragraph)
NW=$(printf 'Seorang camat berinisial NW di Kabupaten Rembang dilaporkan ke Bawaslu.\n\nNW diduga mengarahkan warga untuk memilih salah satu paslon.')
has "$NW" 'camat partisan_activity asserted'
hasnt "$NW" '^any_person'
# fresh2 021: a short form in brackets inside a role (Penjabat (Pj) Bupati)
has 'Penjabat (Pj) Bupati Konawe diduga melakukan intervensi ke sejumlah kepala desa.' 'acting_head other_neutrality asserted'
# fresh2 021: a threatened sanction tells no breach
count '"Kepala desa yang terbukti melanggar sesuai pasal yang sudah dibacakan, maka saya Pj Bupati akan memberhentikan sementara dan akan melanjutkan proses ke KASN," ungkap pesan WhatsApp Stanley yang beredar.' 0
# fresh2 019: a generic act word after an appeal in its sentence
count 'Ia meminta agar kepala desa, perangkat desa, dan BPD agar tidak terlibat dalam mendukung salah satu kepala daerah atau menggunakan fasilitas dan jabatan dalam kegiatan kampanye kepala daerah.' 0
# fresh2 003: "pukul" is the clock here, not a blow (a stem entry "pukul" would read it so)
hasnt 'Musna menyatakan bahwa pada Jumat (11/10/2024) sekitar pukul 13.10 WITA, camat itu menghapus postingan.' 'violence'
has 'Saat kampanye, kepala Kampung memukul pengawas Pilkada.' 'kepala_desa violence asserted'
# fresh2 018: who says "bahwa ..." is not the one the deed is about
HER='Ketua Tim Pemenangan Paslon 01, Heriadi, mengatakan bahwa perkara yang diadukan merupakan bentuk obstruksi terhadap kegiatan kampanye paslon 01.'
has "$HER" '- disrupt_campaign asserted'
hasnt "$HER" '^campaign_team'
# fresh2 009: the act retold with nobody named is the same incident
count 'Pasalnya, dua oknum guru tersebut membagikan kaos bergambar pasangan calon kepada enam orang teman gurunya. Bahkan, kaos tersebut dbagikan di ruang guru tempatnya mengajar. Salah satunya diketahui statusnya Aparatur Sipil Negara (ASN) yang membagikan kaos.' 1
# fresh2 026: a denial in the lead denies the report told after it
hasnt 'Paslon nomor urut 3 membantah tudingan praktik politik uang saat berkampanye. Sebelumnya, Paslon nomor urut 3 dilaporkan ke Bawaslu atas dugaan praktik politik uang.' \
    'asserted'
# fresh 038: the same act at another place ("Juga ada di") stays another incident
count 'Ada kami temukan di Kecamatan Lingsar karena tidak melengkapi STTP. Juga ada di Gerung untuk calon gubernur yang kami temukan tidak dilengkapi STTP.' 2
# fresh2 040: the members listed in the sentence after the act ("16 ASN yang di dalamnya ada ...")
LIST=$(printf 'Ketua Bawaslu mengatakan tercatat ada belasan pejabat ASN hingga kepala desa diduga terlibat politik praktis.\n"Ada sekitar 16 ASN yang di dalamnya ada kepala dinas, empat camat, satu kepala desa dan sekdes," ujar dia.')
has "$LIST" 'camat partisan_activity asserted'
has "$LIST" 'perangkat_desa partisan_activity asserted'
# fresh2 046: who suffers the act ("mengalami geroyokan") is not its doer; the doer after "oleh" is
hasnt 'Seorang simpatisan Paslon 01 di Aceh Utara mengalami geroyokan usai pemungutan suara.' '^any_person'
has 'Amri dipukul oleh sejumlah orang pada hari pemungutan suara.' 'any_person violence asserted'
# fresh2 044: a candidate right after "oleh" is the agent; not after "yang digelar oleh" (its own event)
has 'Bawaslu menemukan penggunaan kendaraan dinas untuk kegiatan kampanye oleh pasangan calon nomor urut 01.' \
    'candidate use_state_facilities asserted'
has 'Bawaslu menemukan penggunaan kendaraan dinas untuk kampanye yang dilakukan oleh pasangan calon nomor urut 01.' \
    'candidate use_state_facilities asserted'
hasnt 'Bawaslu menemukan penggunaan kendaraan dinas untuk kampanye yang digelar oleh pasangan calon nomor urut 01.' '^candidate'
# money received from someone: the giver after "dari" is not the one who received
hasnt 'Warga RT 006 RW 29 Kelurahan Batu Merah menerima uang dari tim sukses.' '^campaign_team'
# the speaker's own deed told after "bahwa dirinya" stays the speaker's
has 'Kepala Desa Sukamaju, Warsito, mengatakan bahwa dirinya mengunggah video dukungan itu.' 'kepala_desa video_support asserted'
# a list pointing back ("Mereka adalah ...") after the act's sentence
MER='Bawaslu menyebut ada tiga ASN yang diduga tidak netral. Mereka adalah Kepala Dinas Pendidikan, Camat Sukajadi dan Lurah Cibeunying.'
has "$MER" 'camat other_neutrality asserted'
has "$MER" 'lurah other_neutrality asserted'
# fresh2 034: "tidak ada KTP TNI-Polri yang masuk daftar dukungan" clears both
hasnt 'Hasil crosscheck kami, tidak ada KTP TNI-Polri yang masuk daftar dukungan calon perseorangan.' '^polri.*asserted'
hasnt 'Hasil crosscheck kami, tidak ada KTP TNI-Polri yang masuk daftar dukungan calon perseorangan.' '^tni.*asserted'
# Region rules (round 8, from the error classes of fresh3, fresh2 and the corpus).
# fresh3 027, fresh 020: a village head's draft that knows its kecamatan takes the desa of his
# post named elsewhere in the text, when it lies in that kecamatan (Grenggeng: 33.05.20.2010 in
# Karanganyar, Kebumen)
at 'Seorang oknum Kepala Desa (Kades) di Kecamatan Karanganyar, Kabupaten Kebumen, Jawa Tengah tertangkap Petugas Panwas. Oknum Kades tersebut diduga siap melakukan serangan fajar. Diketahui motor dinas berpelat merah itu milik Kades Desa Grenggeng berinisial EL.' \
    '33.05 33.05.20 33.05.20.2010'
# corpus 089: a desa named for something else (the voter lists) is not the place: no village
at 'Sejumlah warga di Kedungwuni, Kabupaten Pekalongan, menangkap tangan seseorang yang diduga akan melakukan politik uang. "Ada juga beberapa formulir data pemilih di Desa Salakbrojo," kata Sunardi.' \
    '33.26 33.26.13 -'
# fresh3 039, corpus 042: a province written by the name it shares with its capital, right after
# a kabupaten of that province, is the province (Bantul 34.02 in DI Yogyakarta), not Kota Yogyakarta
at 'YOGYAKARTA, KOMPAS.com - Badan Pengawas Pemilu (Bawaslu) Kabupaten Bantul, Yogyakarta, memproses seorang guru SD yang diketahui mengunggah dukungan kepada salah satu pasangan calon.' \
    '34.02 - -'
# ... while the city named alone stays the city (Kota Yogyakarta 34.71)
at 'Seorang lurah di Kota Yogyakarta mengunggah dukungan kepada salah satu pasangan calon.' '34.71 - -'
# ... and so does the name inside a list of kabupaten/kota (a city among them)
YL=$(printf '%s\n' 'Kampanye akbar digelar di Kabupaten Sleman, Yogyakarta, dan Bantul.' | "$P" extract - --json --mentions |
    python3 -c 'import json, sys; print(" ".join(m["region"] or "-" for m in json.load(sys.stdin)["mentions"] if m["kind"] == "region"))')
[ "$YL" = "34.04 34.71 34.02" ] || fail "Sleman, Yogyakarta, dan Bantul read as $YL"
# Segmentation rules (round 8: one draft per deed, from the extra and missing drafts of fresh3).
# fresh3 001: "Kades Didi" names the village head by his name, not another desa: one incident
DIDI=$(printf '%s\n' 'Sejumlah warga melaporkan dugaan Kepala Desa Mekarsari, Kecamatan Cipongkor, Bandung Barat diduga melakukan money politik dengan amplop berisi Rp100 ribu.' \
    'Salah satu warga menyampaikan bahwa kami melaporkan atas dugaan money politik yang dilakukan Kades Didi.')
count "$DIDI" 1
at "$DIDI" '32.17 32.17.12 32.17.12.2011'
# fresh3 015: the breach named with nobody beside it ("atas pelanggaran netralitas") is the
# named person's act told after it (corpus README rule 6): one incident
VONIS='Pengadilan Negeri Sumber menjatuhkan vonis satu bulan penjara kepada S, Kepala Desa Karanganyar, atas pelanggaran netralitas Pilkada 2024. Ketua Bawaslu Kabupaten Cirebon menjelaskan S terbukti melanggar Pasal 188 Jo Pasal 71 ayat (1) UU Nomor 10 Tahun 2016. Ia dinilai melakukan tindakan yang secara sengaja menguntungkan salah satu pasangan calon.'
count "$VONIS" 1
has "$VONIS" 'kepala_desa decision_favouring asserted'
# fresh3 015: the office right after "calon" is the one sought, nobody holding it
hasnt 'Ia dinilai melakukan tindakan yang secara sengaja menguntungkan atau merugikan salah satu pasangan calon presiden dan wakil presiden dalam Pilkada 2024.' '^pejabat_negara'
# fresh3 045, 032: the same act told again, its doer only carried over from an earlier sentence
# (here the people it was given to), is the deed told first with its doer: one incident
AMP='Amplop berisi uang berstiker pasangan calon bupati dan wakil bupati Bima akhirnya terungkap. Amplop itu diduga dibagikan oleh kepala desa di Kecamatan Palibelo inisial A, kepada 15 ketua RT dan RW. Terungkapnya hal itu berdasarkan laporan dugaan money politik yang disampaikan ke Bawaslu Kabupaten Bima.'
count "$AMP" 1
has "$AMP" 'kepala_desa give_money asserted'
POL='DPP PDIP menyebut ada pergerakan anggota kepolisian di Jateng yang membagikan minyak goreng kepada para kepala desa untuk meraup suara dalam pilkada. Ronny menyebutkan bahwa aksi pembagian sembako itu terjadi di Provinsi Jateng.'
count "$POL" 1
has "$POL" 'polri give_money asserted'
# ... while two doers each named with the act stay two incidents
count 'Kepala Desa Sukamaju membagikan uang kepada warga. Camat Cibeber juga membagikan uang kepada warga.' 2
# fresh3 024: the owner after "milik" is not the doer
hasnt 'Sebanyak 25 Alat Peraga Kampanye (APK) milik salah satu pasangan calon wali kota dan wakil wali kota Yogyakarta dirusak. Belakangan diketahui, pelakunya adalah simpatisan dari pasangan calon sendiri.' '^candidate'
# fresh2 046: an act with nobody named, its place only carried over from the next sentence, is
# the same act told after it with its doer: one incident
GER='Sebelumnya diberitakan, seorang simpatisan Paslon 01 di Aceh Utara, mengalami geroyokan hanya gegara Paslon 01 unggul saat pilkada. Kasus ini terjadi di Desa Meukat, Kecamatan Syamtalira Aron, Kabupaten Aceh Utara. Sedangkan korban pemukulan diketahui bernama Amri. Amri dipukul oleh sejumlah orang pada hari pemungutan suara, Rabu, 27 November 2024.'
count "$GER" 1
has "$GER" 'any_person violence asserted'
# fresh2 018: a specific act with nobody named, told after a person's catch-all breach, names
# what that breach was: one incident, the person's
OBS=$(printf '%s\n\n%s' 'LANDAK - Tim Pemenangan Pasangan Karolin-Erani resmi melaporkan perkara netralitas oknum aparat. Hal ini terkait dugaan pelanggaran netralitas oknum Polres Landak pada Pemilihan Kepala Daerah Kabupaten Landak 2024.' \
    'Heriadi juga mengatakan, bahwa perkara yang diadukan tersebut merupakan bentuk obstruksi terhadap kegiatan kampanye paslon 01.')
count "$OBS" 1
has "$OBS" 'polri disrupt_campaign asserted'
# ... and a province ("Polda Kalbar") and a kabupaten within it (Landak) are one place at two levels
OBP='Tim Pemenangan Pasangan Karolin-Erani resmi melaporkan perkara netralitas oknum aparat kepada Polda Kalbar. Hal ini terkait dugaan pelanggaran netralitas oknum Polres Landak pada Pemilihan Kepala Daerah Kabupaten Landak 2024. Heriadi juga mengatakan, bahwa perkara yang diadukan tersebut merupakan bentuk obstruksi terhadap kegiatan kampanye paslon 01.'
count "$OBP" 1
at "$OBP" '61.08 - -'
# fresh 003: "beserta" (along with) joins the people of one deed: one draft each
BES='Camat Ujungbulu beserta sembilan lurah di Kecamatan Ujungbulu, Kabupaten Bulukumba dilaporkan ke Bawaslu Sulsel. Mereka diduga berada dalam GWA yang memuat percakapan yang menunjukkan adanya keberpihakan terhadap salah satu pasangan calon.'
has "$BES" 'camat socmed_join_group asserted'
has "$BES" 'lurah socmed_join_group asserted'
# fresh3 050: the same act at a list of kecamatan is one incident per kecamatan, each with its
# desa when one alone is named for it (Gunungsari 52.01.09, Lingsar 52.01.12, Gerung 52.01.01 of
# Lombok Barat); a place the search does not read ("Kediri") is skipped, the list goes on
LST='Lombok Barat - Informasi lain, politik uang juga terjadi di Desa Taman Sari, Kecamatan Gunungsari, di Desa Langko, Kecamatan Lingsar, Desa Pelowok, Kediri, dan Desa Mesanggok, Kecamatan Gerung.'
count "$LST" 3
at "$LST" '52.01 52.01.09 52.01.09.2009'
at "$LST" '52.01 52.01.12 52.01.12.2006'
at "$LST" '52.01 52.01.01 52.01.01.2012'
# fresh3 014: the role right after "dilakukan" (no "oleh") is the agent, past "kepada warga"
has 'Bawaslu Kabupaten Tanggamus akan melakukan penelusuran awal terkait informasi pembagikan sembako kepada warga yang diduga dilakukan tim pemenangan Calon Bupati nomor urut 1, Minggu (20/10/2024).' \
    'campaign_team give_money asserted'
# fresh3 036: a post inside a body's name ("Aliansi Pemantauan Aparatur Sipil Negara") is nobody
hasnt 'Laporan yang disampaikan Ketua Aliansi Pemantauan Aparatur Sipil Negara (APKAN) Lampung Timur, Husnan Efendi, menyebutkan Ela dan Azwar terlihat berorasi di atas panggung, memanfaatkan momentum HUT Desa yang dibiayai iuran warga.' '^asn'
has 'Seorang guru ASN di Kabupaten Kendal mengunggah foto bersama pasangan calon.' 'asn photo_with_candidate asserted'
# fresh3 002: who reported ("dilaporkan salah seorang warga") is not the one reported
hasnt 'Dijelaskan, Suprapto dilaporkan salah seorang warga Sawoo karena dianggap melanggar netralitas.' '^any_person'
# corpus 060: the event attended ("hadir dalam acara deklarasi") is no second deed
DEK='Tri menjelaskan camat yang mendapat rekomendasi sanksi dilaporkan hadir dalam acara deklarasi pemenangan pasangan calon petahana. Acara tersebut digelar di Desa Kemudo, Kecamatan Prambanan, Kabupaten Klaten.'
count "$DEK" 1
has "$DEK" 'camat attend_campaign asserted'
# corpus 106: the upload with nobody named is how the photo of a named person spread: one deed
FOT='Beredar foto yang di unggah di media sosial Facebook yang memperlihatkan oknum yang diduga Anggota Polri Polres Minahasa yang sempat viral berfoto dengan calon Gubernur Yulius Selvanus Komaling (YSK).'
count "$FOT" 1
has "$FOT" 'polri photo_with_candidate asserted'
# fresh 014: a tally ("pelanggaran netralitas ASN berjumlah 64 ASN") is no confident incident
TAL='Lanjut Masita, hasil penanganan pelanggaran pemilihan umum tahun 2024 berupa 3 kode etik dan 13 pidana pemilihan, pelanggaran netralitas ASN berjumlah 64 ASN, serta pelanggaran perundang-undangan lainnya 1 netralitas TNI/Polri, dan 5 Kepala Desa.'
n=$(printf '%s\n' "$TAL" | "$P" extract - --json | python3 -c 'import json, sys; print(sum(1 for x in json.load(sys.stdin)["drafts"] if x["confidence"] >= 0.5))')
[ "$n" = 0 ] || fail "$n confident drafts for the tally: $TAL"
# fresh3 035: what someone is warned "untuk tidak" do is no deed
count 'BENGKULU - Badan Pengawas Pemilu (Bawaslu) Kota Bengkulu memperingatkan lurah dan perangkatnya, termasuk Ketua RT, untuk tidak terlibat dalam aktivitas kampanye yang menguntungkan atau merugikan pasangan calon dalam Pilkada Kota Bengkulu 2024.' 0
# ... while the deed before it stays
has 'Kepala Desa Sukamaju diduga membagikan uang Rp100 ribu untuk tidak dilaporkan ke Bawaslu.' 'kepala_desa give_money asserted'
# fresh3 044: a peace pledge ("deklarasi Pilkada damai") is no declaration of support
hasnt 'Kata Uray Juliansyah, saat dialog publik dan deklarasi Pilkada damai yang digelar IKA PPKn Universitas PGRI Pontianak, Kamis (26/9/2024).' 'declare_support'
has 'Puluhan kepala desa di Kabupaten Pati menggelar deklarasi dukungan kepada pasangan calon nomor urut 1.' 'kepala_desa declare_support asserted'
# fresh3 014: what "setiap calon" (every candidate) is said to do is a comment, no deed
hasnt 'Namun ironisnya masih banyak pelanggaran-pelanggaran yang dilakukan oleh setiap calon yang berkedok bantuan sosial, (Bansos) dengan tujuan untuk mempengaruhi pilihan masyarakat.' 'use_programmes'
echo "ok"
