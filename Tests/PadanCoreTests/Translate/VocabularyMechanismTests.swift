import Foundation
import Testing

@testable import PadanCore

private func english(_ text: String, kind: Segment.Kind = .body) -> String {
  shippedTranslator.translate(text, kind: kind).target
}

/// A translator over a small lexicon written here, the vendored English word list and the
/// shipped loanword rules, so that the examples stay unknown to the lexicon as it grows.
private let smallTranslator: RuleTranslator = {
  let rows = [
    "itu\tdet\tthat", "kita\tpron\twe", "harus\taux\tmust", "dalam\tprep\tin",
    "dalam\tadj\tdeep", "kerja sama\tn\tcooperation", "sangat\tadv\tvery",
    "tua\tadj\told", "wanita\tn\twoman", "seorang\tcls\ta",
  ]
  let text = "lemma\tpos\tenglish\tcues\tnote\n" + rows.joined(separator: "\n") + "\n"
  let (lexicon, problems) = Lexicon.parse(files: [("small.tsv", Array(text.utf8))])
  precondition(problems.isEmpty, "\(problems)")
  var english = EnglishMorphology()
  english.wordList = sampleWords
  let resources = TranslationResources(
    glossary: Glossary(entries: []), lexicon: lexicon, english: english,
    loanwords: sampleLoanwords, wordLists: shippedResources.wordLists,
    transferRules: shippedResources.transferRules)
  return RuleTranslator(resources: resources)
}()

/// Morphology guards, context cues, honorifics, decades and articles, over the shipped data.
@Suite struct VocabularyMechanismTests {
  /// Words that look affixed but are not, and roots whose part of speech fits the affixes.
  @Test(arguments: [
    ("Dia mengoper bola kepada temannya.", "He passed the ball to his friend."),
    ("Mainan beruang itu lucu.", "That bear toy is funny."),
    ("Dia diberi tahu oleh polisi.", "He was told by police."),
  ])
  func wrongSplitsAreAvoided(source: String, expected: String) {
    #expect(english(source) == expected)
  }

  /// memper- and diper- with an adjective root make a causative verb, never the
  /// preposition reading of the root (`dalam` "in").
  @Test func memperWithAnAdjectiveIsCausative() {
    let translation = smallTranslator.translate("Kita harus memperdalam kerja sama.", kind: .body)
    #expect(translation.target == "We must deepen the cooperation.")
    let analyses = smallTranslator.analyzer.morphology.analyses(of: "memperdalam")
    #expect(analyses.map(\.description) == ["meN-+per-+dalam"])
  }

  /// ke-…-i reads as a verb (`ketahui` is a short form of `mengetahui`).
  @Test func keIConfix() {
    let analyses = shippedTranslator.analyzer.morphology.analyses(of: "ketahui")
    #expect(analyses.map(\.description).contains("ke-…-i+tahu"))
    #expect(english("Hal itu perlu ketahui.").contains("know"))
  }

  /// The opaque words come from `Glossaries/rules/opaque-words.tsv`.
  @Test func opaqueWordsAreData() {
    #expect(shippedResources.opaqueWords.contains("menteri"))
    #expect(shippedResources.opaqueWords.contains("beruang"))
    let analyses = shippedTranslator.analyzer.morphology.analyses(of: "menterinya")
    #expect(analyses.map(\.description) == ["menteri+-nya"])
  }

  /// Cues that look at the word before, the word after and the governing word.
  @Test(arguments: [
    ("Tingginya 100 kaki dari tanah.", "100 feet"),
    ("Akses terhadap air bersih penting.", "Access to"),
    ("Kami bangga kepada mereka.", "proud of them"),
    ("Kakinya sakit.", "leg"),
  ])
  func contextCues(source: String, part: String) {
    #expect(english(source).contains(part), "\(english(source))")
  }

  /// A cue whose English is `∅` leaves the word untranslated in that context only.
  @Test func untranslatedCue() {
    let club = english("Pihak Rangers memecat pelatih.")
    #expect(club.contains("Rangers fired the coach"), "\(club)")
    #expect(!club.contains("∅") && !club.contains("side") && !club.contains("party"), "\(club)")
    #expect(english("Kedua pihak sepakat.").contains("sides"))
  }

  /// A classifier is read as one after a number only; elsewhere the word's other reading.
  @Test(arguments: [
    ("Tiga orang tewas.", "Three people"),
    ("Sepertinya orang hanya keluar.", "people"),
    ("Dia makan buah.", "fruit"),
  ])
  func classifiersOnlyAfterNumbers(source: String, part: String) {
    #expect(english(source).contains(part), "\(english(source))")
  }

  /// A reading chosen by a context cue is kept where a general rule would reread the word
  /// (a word before a demonstrative is otherwise read as a noun: `tahu` "tofu").
  @Test func cueReadingsAreKept() {
    let known = english("Saya tahu ini penting.")
    #expect(known.hasPrefix("I knew this") && !known.contains("tofu"), "\(known)")
    #expect(english("Harga tahu itu naik.").contains("tofu"))
  }

  /// Honorifics before a name, and only there.
  @Test func honorificsBeforeNames() {
    #expect(english("Tuan Albence mengatakan hal itu.") == "Mr Albence said that.")
    #expect(english("Menurut Nyonya Smith, rumah itu besar.").hasPrefix("According to Mrs Smith,"))
    #expect(!english("Ibu saya sakit.").contains("Mrs"))
  }

  /// -an decades.
  @Test func decades() {
    #expect(english("Pada tahun 1990-an, harga naik.").hasPrefix("In the 1990s,"))
    #expect(english("Para pemain berusia 40-an tahun.").contains("40s"))
    #expect(!english("Sejak tahun 1980-an dia bekerja di sana.").contains("-an"))
  }

  /// a/an agrees with the word that finally follows it.
  @Test func articlesAgreeWithTheNextWord() {
    #expect(english("Seorang wanita tua datang.") == "An old woman came.")
    #expect(smallTranslator.translate("seorang wanita tua", kind: .body).target == "An old woman")
  }

  /// Loanwords the lexicon lacks, with their rules in the record.
  @Test func loanwordsAreTranslatedAndRecorded() throws {
    let translation = smallTranslator.translate("Kreasi asisten itu tropis.", kind: .body)
    #expect(translation.target == "That assistant creation is tropical.")
    let use = try #require(translation.lexicon.first { $0.source == "tropis" })
    #expect(use.entry.contains("Glossaries/rules/loanwords.tsv:"))
    #expect(use.analysis.hasPrefix("loanword: S15 -is → -ical"))
    #expect(translation.unknown.isEmpty)
    let explanation = smallTranslator.explain("Kreasi itu tropis.", kind: .body)
    #expect(explanation.contains("loanword: S02 -asi → -ation, L01 k → c"), "\(explanation)")
    // A capitalised word the list has as a name is left as a name.
    #expect(
      smallTranslator.translate("Kreasi sangat tua.", kind: .body).target.contains("creation"))
  }

  /// Without a word list nothing is transliterated, and --explain says why.
  @Test func withoutAWordListLoanwordsAreOff() {
    let resources = TranslationResources(
      glossary: Glossary(entries: []), lexicon: Lexicon(entries: []))
    let translator = RuleTranslator(resources: resources)
    #expect(translator.translate("kreasi", kind: .body).unknown == ["kreasi"])
    #expect(translator.explain("kreasi", kind: .body).contains("no English word list"))
  }
}
