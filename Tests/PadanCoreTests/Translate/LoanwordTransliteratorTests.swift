import Foundation
import Testing

@testable import PadanCore

/// The small vendored word list (`Tests/Data/words/english-sample.txt`).
let sampleWords: EnglishWordList = {
  let path = repositoryRoot.appendingPathComponent("Tests/Data/words/english-sample.txt").path
  return EnglishWordList.load(path: path)!
}()

/// The shipped rules over the vendored word list.
let sampleLoanwords: LoanwordTransliterator = {
  let path = repositoryRoot.appendingPathComponent("Glossaries/rules/loanwords.tsv").path
  let (transliterator, problems) = try! LoanwordTransliterator.load(path: path, words: sampleWords)
  precondition(problems.isEmpty, "\(problems)")
  return transliterator
}()

@Suite struct LoanwordTransliteratorTests {
  /// Endings and letter correspondences of the shipped rules, on words the lexicon lacks.
  @Test(arguments: [
    ("konsentrasi", "concentration", "S02 -asi → -ation, L01 k → c, L10 s → c"),
    ("kreasi", "creation", "S02 -asi → -ation, L01 k → c"),
    ("iritasi", "irritation", "S02 -asi → -ation, L16 r → rr"),
    ("asisten", "assistant", "S22 -en → -ant, L14 s → ss"),
    ("tropis", "tropical", "S15 -is → -ical"),
    ("kualitas", "quality", "S09 -itas → -ity, L04 ku → qu"),
    ("terorisme", "terrorism", "S10 -isme → -ism, L16 r → rr"),
    ("ekspansi", "expansion", "S08 -si → -sion, L03 ks → x"),
    ("diskusi", "discussion", "S28 -si → -ssion, L01 k → c"),
    ("teknologi", "technology", "S24 -i → -y, L02 k → ch"),
    ("filosofi", "philosophy", "S12 -ofi → -ophy, L06 f → ph"),
    ("agresif", "aggressive", "S19 -if → -ive, L21 g → gg, L14 s → ss"),
  ])
  func transliterates(word: String, english: String, rules: String) {
    let result = sampleLoanwords.transliterate(word)
    #expect(result?.english == english)
    #expect(result?.description == "loanword: " + rules)
  }

  /// Part of speech from the ending: -asi makes nouns, -if and -is (→ -ical) adjectives.
  @Test func partOfSpeechComesFromTheEnding() {
    #expect(sampleLoanwords.transliterate("kreasi")?.partOfSpeech == .noun)
    #expect(sampleLoanwords.transliterate("aktif")?.partOfSpeech == .adjective)
    #expect(sampleLoanwords.transliterate("tropis")?.partOfSpeech == .adjective)
    #expect(sampleLoanwords.transliterate("jurnalis")?.partOfSpeech == .noun)
  }

  /// Nothing that is not a word of the list, nothing short, nothing with capitals or digits,
  /// and the whole-word rule only when allowed.
  @Test func proposesOnlyListedWords() {
    #expect(sampleLoanwords.transliterate("kelelawar") == nil)
    #expect(sampleLoanwords.transliterate("lubang") == nil)
    #expect(sampleLoanwords.transliterate("visi") == nil)  // shorter than 5 letters
    #expect(sampleLoanwords.transliterate("Kreasi") == nil)
    #expect(sampleLoanwords.transliterate("sistem")?.english == "system")
    #expect(sampleLoanwords.transliterate("sistem", whole: false) == nil)
  }

  @Test func reportsBadRows() {
    let text = """
      id\tkind\tindonesian\tenglish\tpos\texample
      S1\tsuffix\tasi\tation\tn\tkreasi → creation
      S1\tsuffix\tisi\tition\tn\t
      S2\tprefix\tasi\tation\tn\t
      S3\tsuffix\tAsi\tation\tn\t
      S4\tsuffix\tasi\tation\tverb\t

      """
    let (rules, problems) = LoanwordTransliterator.parse(Array(text.utf8), path: "l.tsv")
    #expect(rules.map(\.id) == ["S1"])
    #expect(
      problems.map(\.description) == [
        "l.tsv:3:1: error: id 'S1' is used twice",
        "l.tsv:4:4: error: unknown kind 'prefix' (expected suffix, whole or letters)",
        "l.tsv:5:11: error: indonesian and english must be lower-case letters a-z",
        "l.tsv:6:21: error: unknown part of speech 'verb'",
      ])
  }

  /// Every example written in the rules file comes out as written, with the full list.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: EnglishWordList.defaultPath)))
  func examplesInTheRulesFileHold() throws {
    let words = try #require(EnglishWordList.load())
    let transliterator = LoanwordTransliterator(rules: sampleLoanwords.rules, words: words)
    for rule in transliterator.rules where rule.kind != .letters {
      for example in rule.example.split(separator: ";") {
        let parts = example.split(separator: "→").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { continue }
        #expect(
          transliterator.transliterate(parts[0])?.english == parts[1],
          "\(rule.origin): \(parts[0]) → \(parts[1])")
      }
    }
  }
}
