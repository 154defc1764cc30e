import Foundation
import Testing

@testable import PadanCore

/// A small hand-written lexicon: roots, a few derived forms the lexicon would list, and the
/// false stems that over-stemming would reach (`teri`, `masa`, `tahanan`, `bangunan`).
let testLemmas: Set<String> = [
  "serang", "pukul", "tulis", "kirim", "ambil", "analisis", "bom", "cat", "kuat", "kerja",
  "ajar", "aman", "bangun", "bangunan", "tahan", "tahanan", "dagang", "dagangan", "muncul",
  "pasukan", "bijak", "kebijakan", "kata", "mengatakan", "pertahanan", "keamanan", "negara",
  "langkah", "menteri", "teri", "masalah", "masa", "berita", "kemarin", "akan", "pertama",
  "terima", "pesan", "perlu", "dengan", "sekolah", "atur", "aturan", "peraturan", "besar",
  "lari", "merah", "sayur", "baik", "lapor", "baca", "rencana", "percaya", "dua", "tani",
  "beri", "apa", "mereka", "buku", "rumah", "ia", "makan", "pakan", "aku", "kaku", "lihat",
  "hasil", "lanjut", "ada", "rada", "tembak", "asa", "kuasa", "kupas", "pas", "lah",
]

/// The shipped opaque words (`Glossaries/rules/opaque-words.tsv`).
let shippedOpaqueWords: Set<String> = {
  let path = repositoryRoot.appendingPathComponent("Glossaries/rules/opaque-words.tsv").path
  let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
  return IndonesianMorphology.opaqueWords(bytes, path: path).0
}()

/// The particles, ordinal bases and short roots of `Glossaries/rules/morphology-words.tsv`.
let shippedMorphologyClasses: MorphologyWordClasses = {
  let path = repositoryRoot.appendingPathComponent("Glossaries/rules/morphology-words.tsv").path
  let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
  return MorphologyWordClasses.parse(bytes, path: path).0
}()

let testMorphology = IndonesianMorphology(
  isKnown: { testLemmas.contains($0) }, opaqueWords: shippedOpaqueWords,
  classes: shippedMorphologyClasses)

func descriptions(_ word: String, _ morphology: IndonesianMorphology = testMorphology)
  -> [String]
{
  morphology.analyses(of: word).map(\.description)
}

@Suite struct IndonesianMorphologyTests {
  /// meN- with every nasal allomorph and restoration, and meN-per-.
  @Test(arguments: [
    ("menyerang", ["meN-+serang"]),  // meny- + s
    ("memukul", ["meN-+pukul"]),  // mem- + p
    ("membaca", ["meN-+baca"]),  // mem- before b
    ("menulis", ["meN-+tulis"]),  // men- + t
    ("mengirim", ["meN-+kirim"]),  // meng- + k
    ("mengambil", ["meN-+ambil"]),  // meng- before a vowel
    ("menganalisis", ["meN-+analisis"]),
    ("mengebom", ["meN-+bom"]),  // menge- before one syllable
    ("mengecat", ["meN-+cat"]),
    ("mengeluarkan", []),  // luar has two syllables: no menge- + luar
    ("melapor", ["meN-+lapor"]),  // me- before l
    ("memperkuat", ["meN-+per-+kuat"]),
    ("mempekerjakan", ["meN-+per-+kerja+-kan"]),
  ])
  func meNPrefix(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  @Test(arguments: [
    ("penulis", ["peN-+tulis"]),
    ("pengirim", ["peN-+kirim"]),
    ("penyerang", ["peN-+serang"]),
    ("pemukul", ["peN-+pukul"]),
    ("pengebom", ["peN-+bom"]),
    ("pembaca", ["peN-+baca"]),
    ("pelapor", ["peN-+lapor"]),
  ])
  func peNPrefix(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  /// di-, ber- (be-, bel-), ter- (te-), ke-, se-, per- (pe-, pel-).
  @Test(arguments: [
    ("diserang", ["di-+serang"]),
    ("dikatakan", ["di-+kata+-kan"]),
    ("diperkuat", ["di-+per-+kuat"]),
    ("bekerja", ["ber-+kerja"]),
    ("belajar", ["ber-+ajar"]),
    ("berkata", ["ber-+kata"]),
    ("berencana", ["ber-+rencana"]),
    ("berada", ["ber-+ada", "ber-+rada"]),  // ber- before a vowel ranks before be- + r
    ("terserang", ["ter-+serang"]),
    ("tepercaya", ["ter-+percaya"]),
    ("kedua", ["ke-+dua"]),  // ke- alone only on numerals
    ("kebesar", []),
    ("sebesar", ["se-+besar"]),
    ("perkuat", ["per-+kuat"]),
    ("petani", ["per-+tani"]),
    ("pelajar", ["per-+ajar"]),
  ])
  func otherPrefixes(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  @Test(arguments: [
    ("tuliskan", ["tulis+-kan"]),
    ("kirimi", ["kirim+-i"]),
    ("tulisan", ["tulis+-an"]),
    ("ajaran", ["ajar+-an"]),
    ("memberikan", ["meN-+beri+-kan"]),
  ])
  func suffixes(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  /// Circumfixes; a listed derived form comes first, the confix reading after it, and
  /// never a prefix alone on a known -an noun (peN- + `bangunan`, per- + `tahanan`).
  @Test(arguments: [
    ("keamanan", ["keamanan", "ke-…-an+aman"]),
    ("pertahanan", ["pertahanan", "per-…-an+tahan"]),
    ("pembangunan", ["peN-…-an+bangun"]),
    ("penyerangan", ["peN-…-an+serang"]),
    ("pengiriman", ["peN-…-an+kirim"]),
    ("perdagangan", ["per-…-an+dagang"]),
    ("peraturan", ["peraturan", "per-…-an+atur"]),
    ("bermunculan", ["ber-…-an+muncul"]),
    ("keberhasilan", ["ke-…-an+ber-+hasil"]),
    ("berkelanjutan", ["ber-+ke-…-an+lanjut"]),
    ("sebaiknya", ["se-…-nya+baik"]),
  ])
  func confixes(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  @Test func confixProperty() {
    let cases: [(String, MorphAnalysis.Confix?)] = [
      ("keamanan", .keAn), ("pembangunan", .peNAn), ("perdagangan", .perAn),
      ("bermunculan", .berAn), ("sebaiknya", .seNya), ("keberhasilan", .keAn),
      ("berkelanjutan", .keAn), ("dikatakan", nil), ("pasukannya", nil),
    ]
    for (word, confix) in cases {
      #expect(testMorphology.analyses(of: word).last?.confix == confix, "\(word)")
    }
  }

  /// Enclitics come off first; a proclitic only before a stem that is not part of a word.
  @Test(arguments: [
    ("pasukannya", ["pasukan+-nya"]),
    ("kebijakannya", ["kebijakan+-nya", "ke-…-an+bijak+-nya"]),
    ("menulislah", ["meN-+tulis+-lah"]),
    ("apakah", ["apa+-kah"]),
    ("merekapun", ["mereka+-pun"]),
    ("bukuku", ["buku+-ku"]),
    ("rumahmu", ["rumah+-mu"]),
    ("pasukannyalah", ["pasukan+-nya+-lah"]),
    ("mengatakannya", ["mengatakan+-nya", "meN-+kata+-kan+-nya"]),
    ("ialah", ["ia+-lah"]),  // "ia" is an allowed short root, with enclitics only
    ("teriakan", []),  // not ter- + ia + -kan
    ("kuambil", ["ku-+ambil"]),
    ("kautulis", ["kau-+tulis"]),
    ("kuberikan", ["ku-+beri+-kan"]),
    ("kuasa", ["kuasa"]),  // not ku- + asa
    ("kupas", ["kupas"]),  // not ku- + pas
  ])
  func clitics(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  @Test func cliticFields() throws {
    let analysis = try #require(testMorphology.analyses(of: "pasukannyalah").first)
    #expect(analysis.lemma == "pasukan")
    #expect(analysis.clitic == .nya)
    #expect(analysis.particle == .lah)
    let proclitic = try #require(testMorphology.analyses(of: "kuberikan").first)
    #expect(proclitic.proclitic == .ku)
    #expect(proclitic.suffix == .kan)
    #expect(proclitic.prefixes == [])
  }

  @Test(arguments: [
    ("negara-negara", ["negara (reduplicated)"]),
    ("langkah-langkah", ["langkah (reduplicated)"]),
    ("menteri-menteri", ["menteri (reduplicated)"]),
    ("negara-negaranya", ["negara+-nya (reduplicated)"]),
    ("serang-menyerang", ["meN-+serang (reduplicated)"]),
    ("sebesar-besarnya", ["se-…-nya+besar (reduplicated)"]),
    ("berlari-lari", ["ber-+lari (reduplicated)"]),
    ("menembak-nembak", ["meN-+tembak (reduplicated)"]),
    ("kemerah-merahan", ["ke-…-an+merah (reduplicated)"]),
    ("sayur-mayur", ["sayur (reduplicated)"]),
    ("Negara-negara", ["negara (reduplicated)"]),
    ("negara-bangun", []),
  ])
  func reduplication(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  /// Roots that look affixed: each is only itself, also inside longer forms.
  @Test(arguments: [
    ("menteri", ["menteri"]), ("masalah", ["masalah"]), ("berita", ["berita"]),
    ("kemarin", ["kemarin"]), ("akan", ["akan"]), ("pertama", ["pertama"]),
    ("terima", ["terima"]), ("pesan", ["pesan"]), ("perlu", ["perlu"]),
    ("dengan", ["dengan"]), ("sekolah", ["sekolah"]),
    ("menterinya", ["menteri+-nya"]), ("bermasalah", ["ber-+masalah"]),
    ("beritanya", ["berita+-nya"]), ("langkahnya", ["langkah+-nya"]),
    ("lahan", []),  // the particle lah is never a stem
  ])
  func overStemmingGuards(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  /// Without the opaque list, the minimum stem length still guards short false stems.
  @Test func minimumStemLength() {
    let bare = IndonesianMorphology(
      isKnown: { testLemmas.contains($0) }, opaqueWords: [], classes: shippedMorphologyClasses)
    #expect(descriptions("akan", bare) == ["akan"])
    #expect(descriptions("perlu", bare) == ["perlu"])
    #expect(descriptions("menteri", bare) == ["menteri", "meN-+teri"])
    var classes = shippedMorphologyClasses
    classes.shortRoots = []
    let noShortRoots = IndonesianMorphology(
      isKnown: { testLemmas.contains($0) }, opaqueWords: [], classes: classes)
    #expect(descriptions("ialah", noShortRoots) == [])
  }

  /// Fewest affixes first, then the unassimilated spelling, then more taken off the end.
  @Test(arguments: [
    ("memakan", ["meN-+makan", "meN-+pakan"]),
    ("mengaku", ["meN-+aku", "meN-+kaku"]),
    ("mengatakan", ["mengatakan", "meN-+kata+-kan"]),
  ])
  func ranking(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  /// Only looked up whole: digits, acronyms, capitals inside, symbols, non-ASCII.
  @Test(arguments: [
    ("NATO", [String]()), ("MENYERANG", []), ("Covid-19", []), ("2022", []), ("ke-2", []),
    ("McDonald", []), ("Menyerang", ["meN-+serang"]), ("menyerang!", []), ("", []),
    ("négara", []),
  ])
  func wordsLeftWhole(word: String, expected: [String]) {
    #expect(descriptions(word) == expected)
  }

  @Test func knownAcronymAndSurface() throws {
    let morphology = IndonesianMorphology { $0 == "nato" || $0 == "serang" }
    #expect(descriptions("NATO", morphology) == ["nato"])
    let analysis = try #require(morphology.analyses(of: "Menyerangnya").first)
    #expect(analysis.surface == "Menyerangnya")
    #expect(analysis.lemma == "serang")
    #expect(analysis.prefixes == [.meN])
    #expect(analysis.clitic == .nya)
    #expect(analysis.affixCount == 2)
  }
}

@Suite struct MorphologyHelperTests {
  @Test(arguments: [
    ("cat", 1), ("sah", 1), ("pai", 1), ("kau", 1), ("luar", 2), ("bom", 1),
    ("kemas", 2), ("air", 2),
  ])
  func syllables(word: String, expected: Int) {
    let count = Array(word.utf8).withUnsafeBufferPointer {
      IndonesianMorphology.syllables($0, from: 0, to: $0.count)
    }
    #expect(count == expected)
  }
}

/// The closed classes come from data: the file's rows, and its errors at FILE:LINE:COLUMN.
@Suite struct MorphologyWordClassesTests {
  @Test func shippedFileLoadsEveryClass() {
    #expect(shippedMorphologyClasses.particles.contains("lah"))
    #expect(shippedMorphologyClasses.ordinalBases.contains("dua"))
    #expect(shippedMorphologyClasses.shortRoots == ["ia"])
  }

  @Test func ordinalsNeedTheirBase() {
    var classes = shippedMorphologyClasses
    #expect(descriptions("kedua").contains("ke-+dua"))
    classes.ordinalBases = []
    let without = IndonesianMorphology(
      isKnown: { testLemmas.contains($0) }, opaqueWords: shippedOpaqueWords, classes: classes)
    #expect(!descriptions("kedua", without).contains("ke-+dua"))
  }

  @Test func badRowsAreReported() {
    let text = "word\tclass\tnote\nlah\tparticle\t\nDua\tordinal-base\t\nia\troot\t\n"
    let (classes, problems) = MorphologyWordClasses.parse(Array(text.utf8), path: "m.tsv")
    #expect(classes.particles == ["lah"])
    #expect(problems.map(\.description).contains { $0.hasPrefix("m.tsv:3:1: error:") })
    #expect(
      problems.map(\.description).contains {
        $0.hasPrefix("m.tsv:4:4: error: unknown class 'root'")
      })
  }
}
