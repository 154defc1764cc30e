import Foundation
import Testing

@testable import PadanCore

/// The analyser on the shipped lexicon, with words from Seeds/*.txt.
@Suite struct ShippedLexiconMorphologyTests {
  static let morphology: IndonesianMorphology = {
    let (lexicon, _) = try! Lexicon.load(
      directory: repositoryRoot.appendingPathComponent("Glossaries/lexicon").path)
    let lemmas = Set(lexicon.entries.map { $0.lemma.lowercased() })
    return IndonesianMorphology(
      isKnown: { lemmas.contains($0) }, opaqueWords: shippedOpaqueWords,
      classes: shippedMorphologyClasses)
  }()

  /// Each seed word with its best analysis and, for a listed derived form, the deeper one.
  @Test(arguments: [
    ("mengatakan", ["mengatakan", "meN-+kata+-kan"]),
    ("keamanan", ["keamanan", "ke-…-an+aman"]),
    ("penarikan", ["penarikan", "peN-…-an+tarik"]),
    ("pertahanan", ["pertahanan", "per-…-an+tahan"]),
    ("kesediaan", ["kesediaan", "ke-…-an+sedia"]),
    ("pasukannya", ["pasukan+-nya"]),
    ("sekutunya", ["sekutu+-nya"]),
    ("bagiannya", ["bagian+-nya", "bagi+-an+-nya"]),
    ("terjadinya", ["terjadinya", "terjadi+-nya", "ter-+jadinya", "ter-+jadi+-nya"]),
    ("mengatakannya", ["mengatakan+-nya", "meN-+kata+-kan+-nya"]),
    ("mengintimidasinya", ["mengintimidasi+-nya", "meN-+intimidasi+-nya"]),
    ("memburuknya", ["memburuk+-nya", "meN-+buruk+-nya"]),
    ("membicarakan", ["membicarakan", "meN-+bicara+-kan"]),
    ("disampaikan", ["di-+sampaikan", "di-+sampai+-kan"]),
    ("diungkapkan", ["di-+ungkap+-kan"]),
    ("dijembatani", ["di-+jembatan+-i"]),
    ("dijadwalkan", ["di-+jadwal+-kan"]),
    ("menyeimbangkan", ["menyeimbangkan", "meN-+seimbang+-kan"]),
    ("bersedia", ["bersedia", "ber-+sedia"]),
    ("berpandangan", ["berpandangan", "ber-+pandangan", "ber-…-an+pandang"]),
    ("terpercaya", ["terpercaya", "ter-+percaya"]),
    ("negara-negara", ["negara (reduplicated)"]),
    ("menteri-menteri", ["menteri (reduplicated)"]),
    ("langkah-langkah", ["langkah (reduplicated)"]),
    ("masalah-masalah", ["masalah (reduplicated)"]),
    ("tanda-tanda", ["tanda (reduplicated)"]),
    ("Menteri", ["menteri"]),
    ("kemudian", ["kemudian"]),
    ("berita", ["berita"]),
    ("dengan", ["dengan"]),
  ])
  func seedWords(word: String, expected: [String]) {
    #expect(Self.morphology.analyses(of: word).map(\.description) == expected)
  }

  @Test func firstAnalysesOfLongerForms() {
    let cases = [
      ("memberlakukan", "memberlakukan"), ("meredakan", "meredakan"),
      ("mempertahankannya", "mempertahankan+-nya"), ("pembangunannya", "pembangunan+-nya"),
      ("memperlihatkan", "memperlihatkan"), ("menurunkan", "menurunkan"),
    ]
    for (word, first) in cases {
      #expect(Self.morphology.analyses(of: word).first?.description == first, "\(word)")
    }
    #expect(
      Self.morphology.analyses(of: "mempertahankannya").map(\.description).contains(
        "meN-+per-+tahan+-kan+-nya"))
  }
}
