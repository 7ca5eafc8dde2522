/**
 * @file pilkada/extract.h
 * @brief The text engine: an Indonesian report, news article or WhatsApp
 *        forward in, draft incidents with evidence out.
 *
 * pk_extract() reads a UTF-8 text and returns
 *  - every **mention** it found, with byte spans: regions (province,
 *    kabupaten/kota through the region registry; kecamatan and desa/kelurahan
 *    names after "Kecamatan", "Desa", "Kelurahan", ..., with their place in
 *    the registry of pilkada/place.h when the name settles it), dates and ranges
 *    (pk_date_scan(), resolved against the reference date), roles of people
 *    (kepala desa, camat, Pj Bupati, guru ASN, honorer, timses), candidate
 *    references (paslon nomor urut 2, bakal calon, petahana), sums of money
 *    (Rp150.000, "Rp 1 juta"), legal citations ("Pasal 71 ayat (1) UU
 *    10/2016"), acts, and cue words (negations, hedges, reported outcomes,
 *    prohibitions and appeals, speech verbs);
 *  - one or more **draft incidents**: a #pk_incident with every field the text
 *    fills, and for each field its evidence (byte span, how it was found:
 *    stated, inferred from context or defaulted from the options, and a
 *    confidence), the engine's own actor and act labels (which may be
 *    outside the incident vocabulary, e.g. "camat", "declare_support"), the
 *    reported outcome, and the required fields still missing.
 *
 * The lexicons (actors, acts, cues) are data: data/extract/ (CSV), compiled
 * into const tables at build time, each entry with a source and an example.
 * Words are matched as written or after a small Indonesian affix stripper
 * (mengunggah, diunggah, unggahan), see libpilkada/extract_stem.c.
 *
 * Reading rules (what a careful analyst does; see tests/extract/corpus/README.md):
 *  - an act named in a sentence of prohibition, appeal, condition,
 *    socialisation or risk talk ("ASN dilarang ...", "jika terbukti ...")
 *    gives no draft;
 *  - a denial ("membantah"), a negation before the act ("tidak
 *    membagikan") or a not-proven outcome ("tidak terbukti") makes the draft
 *    negated, with a low confidence: never a confident incident of the
 *    negated act; a negation of one word of the act ("bukan kampanye")
 *    negates the same act named otherwise in its sentence ("dihadiri");
 *    a denial of the same deed in a later paragraph by the same kind of
 *    person ("... mengaku pertemuan tersebut adalah silaturahmi") negates it
 *    too, unless the deed's own sentence tells an outcome.
 *    A case stopped for formal reasons ("dihentikan", "tidak
 *    ditindaklanjuti", "tidak memenuhi syarat materiil") keeps the draft,
 *    not negated, with status #PK_EXTRACT_DROPPED and a confidence of at
 *    most 0.4: the deed was never established. An outcome or a denial
 *    of another sentence that names no deed of its own ("Laporan tersebut
 *    dihentikan", "Ia membantah tudingan itu") governs the deeds of its
 *    paragraph (an outcome: of the whole text when its paragraph tells
 *    none); one that names a specific deed ("Adapun kades membantah
 *    membagikan uang") governs only that deed wherever it is told.
 *    "bukan ASN" drops the actor.
 *    "diduga" lowers nothing;
 *    an act with nobody named for it stays below 0.5 (a draft to check,
 *    not a confident incident);
 *  - a sentence ends at . ! ? (also before a closing quote or bracket; a
 *    full stop not when a word in lower case follows it, a slip: "oleh
 *    publik. dinihari Senin 07 Desember 2020") and at a line break, except a break that only wraps it (the line ends in a
 *    letter, digit or comma and the next one goes on in lower case); a
 *    blank line ends a paragraph;
 *  - the actor is a role of the act's sentence: the one right after
 *    "terlapor" (the reported party) or after "oleh" just after the act
 *    (not "dilaporkan oleh X", the reporter), else the nearest before the
 *    act, else one after it (after a fronted clause: "Gara-gara mengunggah
 *    ..., seorang PNS ..."); else a list in the next sentence that points
 *    back ("tersebut adalah Kadis ..., Camat ..."), one draft per person; a
 *    role after an attire word ("seragam ASN", "atribut TNI") is a thing
 *    worn, not a person;
 *  - not actors: election supervisors (Panwascam, PKD, pengawas TPS: the
 *    finders of a case, actors only of an organiser's breach or as
 *    terlapor); whoever reports, summons, examines, arrests or dismisses
 *    ("melaporkan", "memanggil", "menangkap", "memecat": the one handled,
 *    named after it, is the actor; "laporan dari X terhadap Y": Y), or is
 *    named right after a passive report word ("dilaporkan seorang warga");
 *    the one acted upon ("dukungan kepada X sebagai Presiden",
 *    "kampanye paslon"); a role naming a rule's class after a neutrality
 *    word with a person named before it ("Camat X ... melanggar netralitas
 *    ASN"), a pronoun before it ("Mereka dilaporkan terkait ... netralitas
 *    ASN"), its agent after it ("... netralitas ASN yang dilakukan oleh
 *    salah satu camat") or a report form's "Terlapor: Camat X" line just
 *    before; the officials a transfer moves ("mutasi 22 pejabat eselon");
 *    the speaker named right after a speech verb that closes a quote or a
 *    clause ("..., itu pelanggaran,\" tegas Kabid Propam ..."); the people
 *    and deeds an opening "Selain" sets aside before its comma ("Selain
 *    dugaan pelanggaran netralitas ASN, Bawaslu juga menyelidiki ...": told
 *    elsewhere, no draft of their own);
 *    heads in an election's name ("Pemilihan Gubernur, Bupati, dan
 *    Wali Kota"); people a rule is for ("bagi ASN") are not referred back to;
 *  - lists of people: the roles listed with an actor ("ASN dan THL",
 *    "... dan dua kepala desa serta satu aparat desa" after the act) are
 *    co-actors, one draft each; two people of one role with posts in two
 *    places ("Camat Kaliwates, Camat Jombang") are two drafts; a place
 *    after "di" between two people puts them in clauses of their own ("di
 *    Boven Digoel, ada dugaan netralitas ASN, di Asmat, ... PPD yang tidak
 *    netral"), not on one list; a counted
 *    group ("empat anggota PPS", "keempat kepala desa itu") whose members
 *    the text lists by their posts ("Ketua PPS Desa Padahayu") gives one
 *    draft per member; a listed person's post is its district or village
 *    when the act's sentence names none; a counted group spread over
 *    several regions named right after it ("dua kades di Muara Enim dan
 *    Banyuasin", "empat anggota Polri, dua dari Polda Sulsel dan dua dari
 *    Polda Sulut"), or split so by a later sentence of its paragraph that
 *    counts it again and tells no deed, gives one draft per region (a
 *    place of service such as a Polda: inferred, 0.6);
 *  - statistics about people: a counted group ("117 ASN", "sebanyak 12
 *    kepala desa") in a sentence that reports counts ("mencatat",
 *    "tercatat", "jumlah", "berjumlah", "total", or a count of reports,
 *    findings or cases: "dari 30 laporan") gives no confident draft (0.45);
 *  - the one kind of person of a headline (a first line with no closing
 *    stop that tells no deed: "Camat X Dilaporkan ke Bawaslu"), with nobody
 *    else named since, is the actor of a later "ia"/"yang bersangkutan"
 *    (inferred, 0.5) or of a deed whose sentence names nobody (inferred,
 *    0.45; the draft then stays below 0.5);
 *  - with nobody named, an act bound by law to one kind of person has it
 *    as actor, inferred (0.5): a breach of the organisers' code of ethics,
 *    an organiser; UU 10/2016 Pasal 71 ayat (2)/(3) cited as the act, the
 *    regional head;
 *  - a person named beside a role or a candidate title ("Kepala Desa X,
 *    Warsito", "Calon Bupati Serang nomor urut 2, Ratu Rachmatu Zakiyah")
 *    stands for that role when the text later calls them by the first or
 *    the last word of the name; a region's word is never such a name;
 *  - the occurrence date is a date of the act's sentence that is not a
 *    statement date ("kata X, Senin (12/2)"), a date told right after an
 *    office other than the police ("... di Bawaslu Kabupaten Mamuju, pada
 *    11 Oktober 2024"; not an office right after "digelar"/"diadakan", the
 *    event's organiser: "deklarasi ... yang digelar KPU pada Selasa
 *    (24/9/2024)" dates the event) or after an election's name on its voting day
 *    ("Pilkada Jember pada 9 Desember 2020"), or a process date ("dilaporkan
 *    pada ...", "sidang putusan yang berlangsung ..., Senin (13/1/2025)",
 *    "Pada Ahad (10/1), penyidik ... menetapkan ... sebagai tersangka": a
 *    date followed in its sentence by a process word, with no act between,
 *    within 24 words), a date after a speech verb that closes the quote
 *    telling the act (", kata X, saat dialog ... yang digelar ..., Kamis
 *    (26/9/2024)", however far), a date before a speech verb that opens
 *    what is told ("Pada Kamis, 5 Desember 2024, X menyatakan bahwa ... ASN
 *    ... melanggar netralitas") when the actor is named after the verb, a page's timestamp opening its line
 *    ("Rabu, 16 Oktober 2024 – 20:14 WIB") or a day a change takes effect
 *    ("per tanggal 24 Agustus") or a day bound by a word of relative time
 *    right before it ("Hingga Rabu 2 Oktober 2024, ...", "sejak", "sebelum",
 *    "setelah", "usai", "pasca", "menjelang", "paling lambat"), or a day
 *    after the act past "serta"/"dan" and a person of another kind named as
 *    an actor (that person's clause; not when the draft's actor is named
 *    after the act: "dilakukan Camat dan Kepala Desa ..., 30 Juli 2024"); what a report "berawal dari"/"bermula
 *    dari" is the deed, its day the deed's; a weak irrealis word (a count,
 *    "akan", "sosialisasi") takes a date only within ten words after it and
 *    not past an asserted act of its sentence; a relative day ("kemarin")
 *    inside a quotation whose saying the text does not date fills nothing
 *    (it counts from the day of speaking); else, when a back-reference ties sentences together, the
 *    date of the sentence before the act's when the act's sentence opens
 *    with one ("Dalam kegiatan tersebut, X mendanai acara", even after a
 *    blank line) or points back to a person that sentence names ("... tertangkap
 *    Panwas pada Rabu pagi, 27 November 2024. Oknum Kades tersebut diduga
 *    ...", "Ia ...", same paragraph) or names again with "tersebut"/"itu"
 *    a thing that sentence names ("... amplop ... diamankan ... pada Senin
 *    (25/11/2024). Amplop tersebut ..."), or of the next sentence of the
 *    paragraph when that one opens with one or so names again a thing of the act's ("... dilaporkan atas dugaan dukungan. Dugaan itu
 *    berkaitan dengan video ... pada Minggu 14 Juli 2024"; evidence
 *    "inferred", 0.6); else a date after "terjadi"/"berlangsung" in the
 *    same paragraph (0.6; not one of an example or a condition: "Misalnya
 *    mutasi dilaksanakan Jumat (8/11/2024)"); else the nearest date before it in the paragraph in a
 *    sentence that names an act (evidence "inferred", 0.55); else the
 *    text's occurrence date when every "terjadi"/"berlangsung"/"Waktu
 *    Kejadian" date of the text names the same day (0.5); a range or an
 *    unresolved expression never fills `occurred`.
 *    Without a reference date in the options, the latest date written in
 *    full in the first 64 KB stands in for it, and only for year-less dates
 *    whose written weekday confirms the year ("Jumat (18/4)" beside
 *    "Sabtu (19/4/2025)"); relative words ("kemarin") then stay unresolved.
 *    With neither a reference nor such a date, a cycle in the options gives
 *    the year window cycle-1..cycle+1 (the stages start the year before the
 *    vote; re-votes run into the next year): a year-less date with a written
 *    weekday takes the one year of the three that fits the weekday (under
 *    cycle 2024 "Jumat (18/4)" is 2025-04-18), with evidence "inferred" and
 *    a confidence of at most 0.6 (also when the latest full date stood in
 *    for the reference and the weekday contradicts the year it gave);
 *    without a weekday it takes the year a reader of a story on that
 *    election takes: the latest day at or before a month after the cycle's
 *    voting day ("8 Agustus" under cycle 2020 is 2020-08-08), or for a day
 *    said to come the earliest from ten months before the vote; such a
 *    mention carries #PK_DATE_FLAG_YEAR_INFERRED with
 *    #PK_DATE_FLAG_NEEDS_REFERENCE and fills `occurred` with confidence at
 *    most 0.45 (when the text's latest full date stands in for the
 *    reference, only if it gives the same year as the cycle). A date whose weekday or relative words ("Senin kemarin (25/11)")
 *    contradict it cannot be pinned to one day and fills no `occurred` (the
 *    mention keeps its flag). A two-digit year that the written weekday
 *    settles ("Kamis (29/10/20)", see pilkada/date.h) is inferred, at most
 *    0.6. Dates after "bahwa" following a
 *    speech verb are the content told; an act of a sentence opening with
 *    "Setelah X"/"Sebelum X"/"Menjelang X" takes no date from the context;
 *    one of a sentence opening with "Selain itu"/"Tidak hanya itu" takes no
 *    place or date told before it (its region still carries);
 *  - the place is a region of the act's sentence (the nearest; not one of
 *    a later clause "..., di X" when one is named before the act), else of
 *    its paragraph,
 *    else of the text; a region after "warga"/"asal" (home) or in a "Baca
 *    juga" link is never the place; the handling office ("Bawaslu Kabupaten
 *    X", "KPU Pamekasan" even beside kecamatan names) is used only when
 *    nothing else names a place, or when the act's sentence names no place
 *    and its office's kabupaten/kota is one the text names as a place
 *    ("tercatat di Kabupaten Bulukumba dan Kepulauan Selayar. ... Bawaslu
 *    Bulukumba, X mengatakan seorang kepala desa ...": Bulukumba), and a dateline ("MEDAN -", "Jakarta, CNN
 *    Indonesia --", "Surabaya (ANTARA) -") only after it (inferred, 0.35);
 *    a province right after one of its kabupaten/kota ("Kota Palu, Sulawesi
 *    Tengah") only qualifies it (#PK_EXTRACT_FLAG_QUALIFIER); a kecamatan
 *    or desa name right after an office word ("PN Barabai", "Panwascam
 *    Menes") is the office's seat (#PK_EXTRACT_FLAG_OFFICE) (nor is "Bawaslu Kota X" when the registry's name covers
 *    the office word, nor a region where words were said: after an
 *    attribution "...,\" ujar X ..., Jakarta" or a speech verb with no
 *    content after it "Kapolri menyampaikan hal ini dalam rapat ...
 *    Jakarta"); "se-Kabupaten X" (all of X) counts like an office; a name
 *    after "Camat"/"Kepala Desa"/"Lurah" is a place only when the registry
 *    knows it ("Camat Iskandar" names a person); a kecamatan or desa named
 *    without a level word is a place when chained to a place it lies in or
 *    contains ("Desa Karangasem, Kutorejo", "Tohpati, Banjarangkan") or
 *    after "wilayah"; when the act's paragraph names no kecamatan or desa,
 *    those of the whole text are used if they all lie in one kecamatan of
 *    the draft's region (inferred, 0.4). A bare name shared by several
 *    regions stays unresolved unless another mention settles it (a
 *    kabupaten/kota named, or a kecamatan or desa that only one candidate
 *    contains).
 *
 * One incident per deed: an act retold in a later sentence of its paragraph,
 * or with the same act label in one of the next two paragraphs, merges into
 * the earlier draft when actor, place and day agree (or one of them is not
 * given, but a named person's deed never folds into an earlier one of
 * another label that names nobody; two days are two incidents); two generic act words of one
 * sentence ("video ... dukungan") are one deed; so are, for one person in
 * one paragraph, a declaration of support and the video that shows it, a
 * video, photo or message and its upload or share, campaigning for a
 * candidate and the video or photo doing it, attending a campaign and
 * wearing its attributes there; a generic word for a person beside a
 * specific role ("seorang pria ... oknum kades") is that role. A
 * candidate's or campaign team's own campaigning named by a generic word
 * ("pasangan calon ... melaksanakan kampanye", "calon Walikota ... menggelar
 * pertemuan") gives no draft: the neutrality rules bind officials.
 *
 * Cost and limits: time linear in the text length (every step is a scan
 * with constant work per byte or word); at most #PK_EXTRACT_TEXT_MAX bytes,
 * #PK_EXTRACT_MAX_MENTIONS mentions and #PK_EXTRACT_MAX_DRAFTS drafts (the
 * rest is counted and flagged as truncated, never an unbounded result).
 *
 * Ownership: pk_extract() allocates one result object, freed with
 * pk_extract_free(). Pointers returned by the getters borrow from it (or
 * from static tables) and stay valid until it is freed. The result is
 * immutable: any number of threads may read it. No global state.
 *
 * Places: one linear pass of pk_place_find_in_text() per paragraph finds
 * places at all four levels (the default region ranks shared names);
 * districts and villages carry their place id, and a draft gets their codes
 * when they lie within its region (a village or district of the act's
 * sentence also gives the region when no other sentence names one).
 */
#ifndef PILKADA_EXTRACT_H
#define PILKADA_EXTRACT_H

#include <stddef.h>

#include "pilkada/common.h"
#include "pilkada/date.h"
#include "pilkada/place.h"
#include "pilkada/region.h"
#include "pilkada/violation.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Longest text pk_extract() reads, in bytes (256 MiB). */
#define PK_EXTRACT_TEXT_MAX ((size_t)256 << 20)
/** Most mentions kept in a result; further ones are counted (pk_extract_total_mentions()). */
#define PK_EXTRACT_MAX_MENTIONS 65536
/** Most draft incidents in a result; further acts are counted. */
#define PK_EXTRACT_MAX_DRAFTS 64

/** Current version of #pk_extract_options. */
#define PK_EXTRACT_OPTIONS_VERSION 1

/** Options of pk_extract(). Initialise with #PK_EXTRACT_OPTIONS_INIT. */
typedef struct pk_extract_options {
    unsigned version;           /**< #PK_EXTRACT_OPTIONS_VERSION (1..current accepted) */
    pk_date reference;          /**< publication or report date, for "Selasa (17/9)", "kemarin"; {0,0,0}: none */
    int cycle;                  /**< Pilkada cycle year put in the drafts (e.g. 2024); 0: from the dates, if any */
    const char *default_region; /**< region code of the receiving office ("35.13"), used when the text names
                                     no place (evidence "defaulted"); NULL for none. Read during the call only */
} pk_extract_options;

/** Default options: no reference date, no cycle, no default region. */
#define PK_EXTRACT_OPTIONS_INIT {PK_EXTRACT_OPTIONS_VERSION, {0, 0, 0}, 0, NULL}

/** What a mention is. */
typedef enum pk_extract_mention_kind {
    PK_EXTRACT_MENTION_REGION = 1,    /**< a province or kabupaten/kota (see `region`) */
    PK_EXTRACT_MENTION_DISTRICT = 2,  /**< a kecamatan named after "Kecamatan"/"Kec."/"Distrik"/"Camat" (`text`;
                                           `place` when the registry settles it) */
    PK_EXTRACT_MENTION_VILLAGE = 3,   /**< a desa/kelurahan named after "Desa"/"Kelurahan"/"Kades"/... (`text`;
                                           `place` when the registry settles it) */
    PK_EXTRACT_MENTION_DATE = 4,      /**< a date, range or unresolved date expression (`date_kind`, `from`, `to`) */
    PK_EXTRACT_MENTION_ROLE = 5,      /**< a role of a person; `label` is the actor label ("kepala_desa", "camat") */
    PK_EXTRACT_MENTION_CANDIDATE = 6, /**< a candidate reference; `label` paslon/calon/bakal_calon/petahana/office,
                                           `number` the nomor urut when written */
    PK_EXTRACT_MENTION_MONEY = 7,     /**< a sum of money; `amount` in rupiah */
    PK_EXTRACT_MENTION_CITATION = 8,  /**< a legal citation; `text` normalised ("UU 10/2016 Pasal 71 ayat (1)") */
    PK_EXTRACT_MENTION_ACT = 9,       /**< an act; `label` is the act label ("give_money", "declare_support") */
    PK_EXTRACT_MENTION_NEGATION = 10, /**< a negation or denial; `label` "next" or "deny" */
    PK_EXTRACT_MENTION_HEDGE = 11,    /**< "diduga", "dugaan": recorded, lowers nothing */
    PK_EXTRACT_MENTION_OUTCOME = 12,  /**< a reported outcome; `label` proven/sanctioned/not_proven/dropped/threat */
    PK_EXTRACT_MENTION_IRREALIS = 13, /**< prohibition, appeal, condition, socialisation, risk, aggregate (`label`) */
    PK_EXTRACT_MENTION_SPEECH = 14,   /**< a speech verb ("kata", "dikutip"): a date after it is the statement's */
    PK_EXTRACT_MENTION_CUE = 15       /**< another cue: "occur", "report" (process), place cues (`label`) */
} pk_extract_mention_kind;

/** @brief "region", "district", "village", "date", "role", "candidate", "money", "citation", "act", "negation",
 *         "hedge", "outcome", "irrealis", "speech", "cue"; "?" for other values. */
PK_EXTERN const char *pk_extract_mention_kind_name(pk_extract_mention_kind kind);

#define PK_EXTRACT_FLAG_NEGATED 0x01u   /**< a role or act under a negation ("bukan ASN", "tidak membagikan") */
#define PK_EXTRACT_FLAG_AMBIGUOUS 0x02u /**< a region name shared by several regions (`region` NULL) */
#define PK_EXTRACT_FLAG_HOME 0x04u      /**< a place after "warga"/"asal": where someone lives */
#define PK_EXTRACT_FLAG_OFFICE 0x08u    /**< a region or place of an office ("Bawaslu Kabupaten X", "Polres X", "PN Barabai") */
#define PK_EXTRACT_FLAG_LINK 0x10u      /**< inside a "Baca juga" link line */
#define PK_EXTRACT_FLAG_STATEMENT 0x20u /**< a date of a statement or of the handling (not of the act), also one
                                             told right after an office ("di Bawaslu X, pada ...") or an election's
                                             name on its voting day ("Pilkada Jember pada 9 Desember 2020"); a region
                                             where a statement was made ("ujar X ..., Jakarta"): not the place */
#define PK_EXTRACT_FLAG_IRREALIS 0x40u  /**< in a sentence of prohibition, appeal, condition or risk */
#define PK_EXTRACT_FLAG_DATELINE 0x80u  /**< a region in capitals opening a paragraph ("MEDAN -"): where the story was filed */
#define PK_EXTRACT_FLAG_QUALIFIER 0x100u /**< a province written right after one of its kabupaten/kota to qualify it
                                              ("Kota Palu, Sulawesi Tengah", "Kabupaten Batu Bara (Sumut)"): the
                                              kabupaten/kota is the place, not the province */

/**
 * One mention. Filled by the library (the caller never allocates one), so
 * later versions only append members. Members that do not apply to the
 * kind are zero / NULL / "".
 */
typedef struct pk_extract_mention {
    pk_extract_mention_kind kind; /**< what it is */
    size_t start;                 /**< byte offset of the first byte in the text */
    size_t end;                   /**< byte offset one past the last byte */
    size_t sentence;              /**< index of its sentence in the text (0-based) */
    const char *label;            /**< slug of the role, act or cue (static), or NULL */
    const pk_region *region;      /**< the region (kind REGION), NULL when ambiguous */
    pk_date_kind date_kind;       /**< kind DATE: date, range or unresolved */
    pk_date from;                 /**< kind DATE: the day or first day ({0,0,0} when unresolved) */
    pk_date to;                   /**< kind DATE: the same day or last day */
    unsigned date_flags;          /**< kind DATE: PK_DATE_FLAG_* bits */
    long long amount;             /**< kind MONEY: rupiah; -1 when the number does not fit */
    int number;                   /**< kind CANDIDATE: nomor urut, 0 when not written */
    unsigned flags;               /**< PK_EXTRACT_FLAG_* bits */
    char text[96];                /**< kind DISTRICT/VILLAGE: the name; CITATION: normalised; else "" */
    pk_place_id place;            /**< kind REGION/DISTRICT/VILLAGE: the place (pilkada/place.h); 0 when the name is
                                       shared by several places and nothing in the text settles it */
} pk_extract_mention;

/** How a field of a draft was found. */
typedef enum pk_extract_how {
    PK_EXTRACT_HOW_NONE = 0,      /**< not found: the field is missing */
    PK_EXTRACT_HOW_STATED = 1,    /**< written in the sentence of the act */
    PK_EXTRACT_HOW_INFERRED = 2,  /**< taken from the context (another sentence, a mapping, the date) */
    PK_EXTRACT_HOW_DEFAULTED = 3  /**< taken from the options (default region, cycle) */
} pk_extract_how;

/** @brief "none", "stated", "inferred", "defaulted"; "?" for other values. */
PK_EXTERN const char *pk_extract_how_name(pk_extract_how how);

/** Fields of a draft that carry evidence (index of pk_extract_draft.evidence). */
typedef enum pk_extract_field {
    PK_EXTRACT_FIELD_ACTOR = 0,     /**< incident.actor and actor_label */
    PK_EXTRACT_FIELD_ACT = 1,       /**< incident.act and act_label */
    PK_EXTRACT_FIELD_OCCURRED = 2,  /**< incident.occurred (or occurred_from..occurred_to for a range) */
    PK_EXTRACT_FIELD_REGION = 3,    /**< incident.region */
    PK_EXTRACT_FIELD_DISTRICT = 4,  /**< district */
    PK_EXTRACT_FIELD_VILLAGE = 5,   /**< village */
    PK_EXTRACT_FIELD_CYCLE = 6,     /**< incident.cycle */
    PK_EXTRACT_FIELD_SUPPORTED = 7, /**< incident.supported (bakal calon / paslon) */
    PK_EXTRACT_FIELD_INCUMBENT = 8  /**< incident.incumbent_candidate (petahana) */
} pk_extract_field;

/** Number of evidence slots in a draft (room for fields added later). */
#define PK_EXTRACT_EVIDENCE_SLOTS 16

/** @brief "actor", "act", "occurred", "region", "district", "village", "cycle", "supported", "incumbent";
 *         NULL for other values (so a caller can loop until NULL). */
PK_EXTERN const char *pk_extract_field_name(int field);

/** Evidence of one field. */
typedef struct pk_extract_evidence {
    pk_extract_how how; /**< how it was found; NONE when the field is missing */
    double confidence;  /**< 0..1; 0 when missing */
    size_t start;       /**< byte span of the words it rests on (0, 0 when defaulted) */
    size_t end;
    size_t mention;     /**< index of the mention (pk_extract_mention_at()), or #PK_EXTRACT_NO_MENTION */
} pk_extract_evidence;

/** No mention behind a piece of evidence. */
#define PK_EXTRACT_NO_MENTION ((size_t)-1)

/** Reported outcome of a draft incident. */
typedef enum pk_extract_status {
    PK_EXTRACT_ALLEGED = 0,    /**< reported, under study, on trial (the default) */
    PK_EXTRACT_PROVEN = 1,     /**< found a breach, forwarded, recommended, a suspect named */
    PK_EXTRACT_SANCTIONED = 2, /**< a sanction imposed: verdict, dismissal, disqualification */
    PK_EXTRACT_NOT_PROVEN = 3, /**< declared not proven or not a violation (the draft is negated) */
    PK_EXTRACT_DROPPED = 4     /**< stopped for formal reasons (late, incomplete, annulled); confidence <= 0.4 */
} pk_extract_status;

/** @brief "alleged", "proven", "sanctioned", "not_proven", "dropped"; "?" for other values. */
PK_EXTERN const char *pk_extract_status_name(pk_extract_status status);

/** Bits of pk_extract_draft.missing: a required fact the text did not give. */
#define PK_EXTRACT_MISSING_ACTOR (1u << PK_EXTRACT_FIELD_ACTOR)
#define PK_EXTRACT_MISSING_ACT (1u << PK_EXTRACT_FIELD_ACT)
#define PK_EXTRACT_MISSING_OCCURRED (1u << PK_EXTRACT_FIELD_OCCURRED)
#define PK_EXTRACT_MISSING_REGION (1u << PK_EXTRACT_FIELD_REGION)

/**
 * One draft incident. Filled by the library; later versions only append.
 * `incident` holds what the classifier vocabulary can carry: an actor or
 * act label outside it ("camat", "declare_support") is kept in
 * actor_label / act_label, and mapped into the incident only when the
 * lexicon names a mapping ("camat" -> pns, evidence "inferred").
 */
typedef struct pk_extract_draft {
    pk_incident incident;       /**< the facts, ready for pk_classify() */
    const char *actor_label;    /**< the engine's actor label ("kepala_desa", "asn", "camat"), "" if none (static) */
    const char *act_label;      /**< the engine's act label ("give_money", "declare_support") (static) */
    pk_date occurred_from;      /**< when the act's date is a range: its first day ({0,0,0} otherwise) */
    pk_date occurred_to;        /**< its last day */
    char district[64];          /**< kecamatan name as written, "" if none */
    char village[64];           /**< desa/kelurahan name as written, "" if none */
    int negated;                /**< 1: denied, negated or not proven (confidence stays low) */
    pk_extract_status status;   /**< reported outcome */
    double confidence;          /**< of the draft as a whole: the act's, lowered when negated */
    unsigned missing;           /**< PK_EXTRACT_MISSING_* bits */
    size_t start;               /**< byte span of the act's sentence */
    size_t end;
    pk_extract_evidence evidence[PK_EXTRACT_EVIDENCE_SLOTS]; /**< by #pk_extract_field */
    char district_code[16];     /**< Kemendagri code of the kecamatan ("35.25.13"), "" when not resolved */
    char village_code[16];      /**< Kemendagri code of the desa/kelurahan ("35.25.13.2015"), "" when not resolved */
} pk_extract_draft;

/** Opaque result of pk_extract(). */
typedef struct pk_extract_result pk_extract_result;

/**
 * @brief Read a text: mentions and draft incidents with evidence.
 * @param out  receives the result (caller frees with pk_extract_free()); NULL on failure.
 * @param text UTF-8 text of @p len bytes (need not be NUL-terminated; a NUL byte is a separator).
 * @param len  its length; 0 gives an empty result.
 * @param opts options, or NULL for #PK_EXTRACT_OPTIONS_INIT.
 * @param err  optional error detail.
 * @return #PK_OK; #PK_EINVAL (NULL out, NULL text with len > 0, bad options
 *         version, invalid reference date, unknown default region: field
 *         "default_region"); #PK_EENCODING (invalid UTF-8: err->column is the
 *         byte offset); #PK_ETOOLONG (over #PK_EXTRACT_TEXT_MAX); #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_extract(pk_extract_result **out, const char *text, size_t len,
                               const pk_extract_options *opts, pk_error *err);

/** @brief Free a result; NULL is a no-op. */
PK_EXTERN void pk_extract_free(pk_extract_result *result);

/**
 * @brief Opaque scratch memory of the text engine, owned by the caller and
 *        reused from call to call by pk_extract_ws().
 *
 * A pk_extract() call takes some 1-3 MB of working memory (the words of a
 * chunk, the stem and place caches, the side record of every mention, the
 * draft builder's arrays) and gives it back at its end; a program that reads
 * many texts (a batch, a server) then pays each time for the allocator
 * returning that memory to the system and for the page faults of taking it
 * again. A workspace keeps it: each of its buffers grows to what a call
 * needs and stays for the next call.
 *
 * Memory policy: a workspace starts empty (pk_extract_workspace_new()
 * allocates only its small handle) and never shrinks a buffer below what a
 * call needed, except that after a call it keeps at most
 * #PK_EXTRACT_WORKSPACE_KEEP bytes: while it holds more, its largest buffer
 * is freed (the next call that needs it allocates it again). The memory a
 * call needs does not grow without bound with the text: the per-chunk
 * buffers are fixed and the per-mention ones stop at
 * #PK_EXTRACT_MAX_MENTIONS; pk_extract_workspace_bytes() tells what it
 * holds. The scratch of a call that fails (#PK_ENOMEM included) stays in
 * the workspace, which remains usable.
 *
 * Threads: a workspace is used by one call at a time (one thread, or calls
 * ordered by the caller's lock); different threads use different
 * workspaces. Results own their memory: they stay valid, and unchanged,
 * after later calls with the same workspace and after
 * pk_extract_workspace_free().
 */
typedef struct pk_extract_workspace pk_extract_workspace;

/** Most bytes a workspace keeps between calls (4 MiB: all a text of up to some 300 KB needs); see
 *  #pk_extract_workspace. */
#define PK_EXTRACT_WORKSPACE_KEEP ((size_t)4 << 20)

/**
 * @brief Create an empty workspace.
 * @param out receives it (caller frees with pk_extract_workspace_free()); NULL on failure.
 * @param err optional error detail.
 * @return #PK_OK; #PK_EINVAL (NULL out); #PK_ENOMEM.
 */
PK_EXTERN pk_status pk_extract_workspace_new(pk_extract_workspace **out, pk_error *err);

/** @brief Free a workspace and its buffers; NULL is a no-op. Results made with it stay valid. */
PK_EXTERN void pk_extract_workspace_free(pk_extract_workspace *ws);

/** @brief Bytes of scratch the workspace holds between calls (at most #PK_EXTRACT_WORKSPACE_KEEP); 0 for NULL. */
PK_EXTERN size_t pk_extract_workspace_bytes(const pk_extract_workspace *ws);

/**
 * @brief pk_extract() with the scratch memory of @p ws: the same result, byte
 *        for byte, and the same errors; the workspace's buffers are reused
 *        (see #pk_extract_workspace). pk_extract() is this call with a
 *        workspace of its own, freed before it returns.
 * @param out  receives the result (caller frees with pk_extract_free()); NULL on failure.
 * @param ws   the workspace, used by this call alone while it runs.
 * @param text UTF-8 text of @p len bytes, as for pk_extract().
 * @param len  its length; 0 gives an empty result.
 * @param opts options, or NULL for #PK_EXTRACT_OPTIONS_INIT.
 * @param err  optional error detail.
 * @return as pk_extract(); also #PK_EINVAL for a NULL @p ws (field "ws").
 */
PK_EXTERN pk_status pk_extract_ws(pk_extract_result **out, pk_extract_workspace *ws, const char *text, size_t len,
                                  const pk_extract_options *opts, pk_error *err);

/** @brief Number of mentions kept (at most #PK_EXTRACT_MAX_MENTIONS); 0 for NULL. */
PK_EXTERN size_t pk_extract_mention_count(const pk_extract_result *result);
/** @brief Mentions found, including those beyond the cap; 0 for NULL. */
PK_EXTERN size_t pk_extract_total_mentions(const pk_extract_result *result);
/** @brief Mention @p i in text order (borrowed), or NULL when out of range. */
PK_EXTERN const pk_extract_mention *pk_extract_mention_at(const pk_extract_result *result, size_t i);
/** @brief Number of draft incidents (at most #PK_EXTRACT_MAX_DRAFTS); 0 for NULL. */
PK_EXTERN size_t pk_extract_draft_count(const pk_extract_result *result);
/** @brief Draft @p i in text order (borrowed), or NULL when out of range. */
PK_EXTERN const pk_extract_draft *pk_extract_draft_at(const pk_extract_result *result, size_t i);
/** @brief 1 if mentions or drafts were dropped because a cap was reached; 0 otherwise (and for NULL). */
PK_EXTERN int pk_extract_truncated(const pk_extract_result *result);
/** @brief Number of sentences the text was split into; 0 for NULL. */
PK_EXTERN size_t pk_extract_sentence_count(const pk_extract_result *result);

#ifdef __cplusplus
}
#endif

#endif /* PILKADA_EXTRACT_H */
