import Testing

@testable import PadanCore

/// Comparatives and superlatives of English adjectives, by spelling rule, with the irregular
/// ones, and with more/most for long adjectives and participles.
@Suite struct EnglishComparisonTests {
  @Test(arguments: [
    ("big", "bigger", "biggest"), ("large", "larger", "largest"), ("cold", "colder", "coldest"),
    ("thin", "thinner", "thinnest"), ("easy", "easier", "easiest"),
    ("heavy", "heavier", "heaviest"), ("new", "newer", "newest"), ("good", "better", "best"),
    ("bad", "worse", "worst"), ("serious", "more serious", "most serious"),
    ("difficult", "more difficult", "most difficult"), ("tired", "more tired", "most tired"),
    ("well-known", "more well-known", "most well-known"),
  ])
  func grades(_ adjective: String, _ comparative: String, _ superlative: String) {
    let english = EnglishMorphology()
    #expect(english.comparative(of: adjective) == comparative)
    #expect(english.superlative(of: adjective) == superlative)
  }

  @Test func aFormTheWordListLacksTakesMoreAndMost() {
    var english = EnglishMorphology()
    english.wordList = EnglishWordList(words: ["big", "bigger", "biggest", "fun"])
    #expect(english.superlative(of: "big") == "biggest")
    #expect(english.comparative(of: "fun") == "more fun")
  }
}
