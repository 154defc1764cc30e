import Testing

@testable import PadanCore

/// One transfer rule per case, on the shipped glossaries and lexicon: the English must
/// contain the fragment the rule is responsible for (the rest of the sentence depends on
/// word choices in the lexicon, which change as it grows).
@Suite struct TransferRuleTests {
  static let cases: [(rule: String, indonesian: String, fragment: String)] = [
    (
      "place after a noun → demonym before it", "Pasukan Rusia menyerang kota itu.",
      "Russian troops attacked"
    ),
    ("demonstrative after the noun → before it", "Pasukan Rusia menyerang kota itu.", "that city"),
    (
      "uncountable noun takes no article", "Keamanan Eropa terancam.",
      "European security was threatened"
    ),
    (
      "reduplicated plural, noun modifier before the head",
      "Negara-negara anggota NATO sepakat meningkatkan anggaran.", "NATO member states agreed"
    ),
    (
      "verb after a verb → to-infinitive",
      "Negara-negara anggota NATO sepakat meningkatkan anggaran.", "agreed to increase"
    ),
    (
      "reduplicated title with an organisation",
      "Menteri-menteri pertahanan NATO akan bertemu besok.", "NATO Defense Ministers will meet"
    ),
    (
      "pronoun after a noun → possessive; copula before an adjective", "Rumah mereka rusak.",
      "Their house is damaged"
    ),
    ("tidak + verb → did not", "Rusia tidak menyerang Ukraina.", "Russia did not attack Ukraine."),
    (
      "belum → has not yet", "Pemerintah belum memutuskan rencana itu.",
      "The government has not yet decided"
    ),
    ("bukan before a noun → is not", "Itu bukan rumah saya.", "That is not my house."),
    ("jangan → do not", "Jangan membuang sampah.", "Do not throw"),
    ("telah → has + participle", "Pemerintah telah menaikkan harga bensin.", "has raised"),
    (
      "sedang → -ing with plural agreement", "Polisi sedang menyelidiki kasus itu.",
      "Police are investigating"
    ),
    (
      "akan → will; a title alone takes the", "Presiden akan mengunjungi Jepang.",
      "The President will visit Japan."
    ),
    (
      "di- passive with oleh", "Gedung itu dihancurkan oleh tentara.",
      "That building was destroyed by"
    ),
    (
      "telah + passive; a word before itu is a noun", "Jalan itu telah diperbaiki.",
      "That road has been repaired."
    ),
    ("tidak akan + passive", "Kota itu tidak akan diserang.", "That city will not be attacked."),
    (
      "adalah → is; a title with a place", "Jokowi adalah presiden Indonesia.",
      "is the Indonesian President"
    ),
    (
      "seorang → a; passive agent without oleh → by", "Seorang wartawan ditangkap polisi.",
      "was caught by police"
    ),
    ("plural quantifier", "Beberapa negara menolak usulan itu.", "Several countries rejected"),
    (
      "para marks a plural and is dropped", "Para menteri bertemu di Jakarta.",
      "Ministers met in Jakarta."
    ),
    (
      "currency and thousands; menjadi after a verb of change",
      "Harga beras naik menjadi Rp14.000 per kilogram.", "to Rp14,000 per kilogram"
    ),
    (
      "decimal comma; percent has no plural; pada + year → in",
      "Inflasi mencapai 2,5 persen pada 2023.", "reached 2.5 percent in 2023."
    ),
    (
      "comma before a day and date → on; AP month",
      "Pertemuan itu digelar di Jakarta, Rabu (12/1).", "in Jakarta on Wednesday (Jan. 12)."
    ),
    (
      "pada + full date → on; month before day",
      "Perjanjian itu ditandatangani pada 15 Februari 2022.", "signed on February 15, 2022."
    ),
    ("pukul → at; AP time", "Rapat dimulai pukul 09.30 WIB.", "at 9:30 a.m. WIB."),
    (
      "clitic -nya → the subject's possessive; agreement with an English plural",
      "Ia mengatakan pasukannya siap.", "He said his troops are ready."
    ),
    (
      "control verb: object + to-infinitive", "Menlu Retno mendesak Israel menghentikan serangan.",
      "urged Israel to stop"
    ),
    ("noun heading a name", "Gunung Merapi kembali meletus.", "Mount Merapi"),
    (
      "ke-N after the noun → ordinal before it; those", "Pasukan itu ditarik pada pekan ke-3.",
      "Those troops were"
    ),
    ("ke-N after the noun → ordinal before it", "Pasukan itu ditarik pada pekan ke-3.", "3rd week"),
    (
      "yang + passive → participle; agent without oleh",
      "Kebijakan yang ditolak warga itu dicabut.", "The policy rejected by"
    ),
    (
      "verb of saying after a quotation; kepada → told",
      "\"Kami siap,\" kata Stoltenberg kepada wartawan.", "\"We are ready,\" Stoltenberg told"
    ),
    (
      "dengan + adjective → adverb", "NATO dengan tegas menolak tuntutan itu.",
      "NATO firmly rejected that demand."
    ),
    ("secara + adjective → adverb", "Rusia secara resmi menolak.", "officially"),
    (
      "time phrase apart from the noun before it", "Ini adalah upaya kedua minggu ini.",
      "second effort this week"
    ),
    ("the last N", "Krisis itu yang terburuk dalam empat tahun terakhir.", "the last four years"),
    (
      "person after a noun → possessive 's", "Pernyataan Stoltenberg disampaikan di Brussel.",
      "Stoltenberg's statement"
    ),
    ("ada with no subject → there is/are", "Ada perbedaan di antara sekutu.", "There"),
    (
      "termasuk after a noun → including",
      "Mereka membahas isu lain, termasuk pengendalian senjata.", ", including"
    ),
    (
      "bracketed acronym after its name is kept",
      "Komisi Pemilihan Umum (KPU) menetapkan hasil pemilu.", "(KPU)"
    ),
    (
      "no subject after a verb of saying → a pronoun for the last subject; will → would",
      "Rusia mengatakan akan menanggapi usulan itu.", "Russia said it would respond"
    ),
    (
      "the noun of that noun (an adjective separates them)",
      "Gedung baru sekolah tersebut diresmikan hari ini.", "The new building of the school"
    ),
    (
      "yang + lone adjective → before the noun",
      "Sekolah itu belum memiliki akses listrik yang memadai.", "adequate electricity access"
    ),
    (
      "hyphenated glossary names: both parts translated, one modifier",
      "Ia menerima proposal AS-NATO.", "United States-NATO proposal"
    ),
    ("dengan + verb → by + -ing", "Mereka menolak, dengan mengatakan tidak siap.", "by saying"),
    (
      "quantifier + possessed noun → of", "Rusia menarik sebagian pasukannya.", "some of its troops"
    ),
    ("cukup + adjective → adjective enough", "Penarikan itu belum cukup kuat.", "strong enough"),
  ]

  @Test(arguments: 0..<cases.count)
  func rule(_ index: Int) {
    let (rule, indonesian, fragment) = Self.cases[index]
    let english = shippedTranslator.translate(indonesian, kind: .body).target
    #expect(english.contains(fragment), "\(rule): '\(indonesian)' gave '\(english)'")
  }

  @Test func headlineCaseAndNoArticles() {
    let english = shippedTranslator.translate(
      "Rusia Perlihatkan Sinyal Bahwa Diplomasi Harus Dilanjutkan", kind: .title
    ).target
    #expect(english == "Russia Showed Signal That Diplomacy Must Be Continued", "\(english)")
  }

  @Test func unknownWordsPassThroughAndAreListed() {
    let translation = shippedTranslator.translate(
      "Warga Desa Xyzabc menolak qwertyuiop.", kind: .body)
    #expect(translation.target.contains("qwertyuiop"))
    #expect(translation.unknown.contains("qwertyuiop"))
  }

  @Test func everyLexiconUseNamesItsEntryAndSpans() {
    let text = "Pasukan Rusia telah ditarik dari perbatasan."
    let translation = shippedTranslator.translate(text, kind: .body)
    let source = Array(text.utf8)
    let target = Array(translation.target.utf8)
    #expect(!translation.lexicon.isEmpty)
    for use in translation.lexicon {
      #expect(use.entry.hasPrefix("Glossaries/lexicon/") || use.entry.contains("lexicon/"))
      #expect(String(decoding: source[use.sourceSpan.range], as: UTF8.self) == use.source)
      #expect(String(decoding: target[use.targetSpan.range], as: UTF8.self) == use.target)
    }
    let passive = translation.lexicon.first { $0.source == "ditarik" }
    #expect(
      passive?.target == "has been withdrawn" || passive?.target.hasSuffix("withdrawn") == true
        || passive?.analysis.contains("di-") == true, "\(translation.lexicon)")
  }
}
