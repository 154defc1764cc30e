import Testing

@testable import PadanCore

@Suite struct WordDiffTests {
  let tokenizer = WordTokenizer(locale: "en")

  func diff(_ a: String, _ b: String) -> WordDiff { WordDiff.compare(a, b, tokenizer: tokenizer) }

  /// Runs in the plain text notation: `[-deleted-]{+inserted+}`.
  func marked(_ d: WordDiff) -> String {
    d.runs.map {
      switch $0.operation {
      case .equal: $0.text
      case .delete: "[-\($0.text)-]"
      case .insert: "{+\($0.text)+}"
      }
    }.joined()
  }

  @Test(arguments: [
    ("force that attack city", "force that assault city", "force that [-attack-]{+assault+} city"),
    (
      "Russian Deputy Foreign Minister Alexander", "Deputy Foreign Minister of Russia Alexander",
      "[-Russian -]Deputy Foreign Minister{+ of Russia+} Alexander"
    ),
    // Neighbouring changes join across a space.
    ("a b c d", "a x y d", "a [-b c-]{+x y+} d"),
    // Changes widen to whole space-separated words.
    (
      "Secretary-General NATO", "Secretary General NATO",
      "[-Secretary-General-]{+Secretary General+} NATO"
    ),
    ("on Monday (15/1).", "on Monday (16/1).", "on Monday [-(15/1).-]{+(16/1).+}"),
    // A change in spacing alone is shown.
    ("10: 42 WIB", "10:42 WIB", "10:[- -]42 WIB"),
  ])
  func runsMarkTheChangedWords(old: String, new: String, expected: String) {
    let d = diff(old, new)
    #expect(marked(d) == expected)
    #expect(d.oldRuns.map(\.text).joined() == old)
    #expect(d.newRuns.map(\.text).joined() == new)
  }

  @Test func similarityIsWordEditDistanceAsAPercentage() {
    // 4 words, one substituted: 75%.
    #expect(diff("force that attack city", "force that assault city").similarity == 75)
    // Punctuation marks count as words: 4 pieces (3 words and the full stop), 1 changed.
    #expect(diff("he meet President.", "he met President.").similarity == 75)
    #expect(diff("same", "same").similarity == 100)
    #expect(diff("10: 42", "10:42").similarity == 99)
    #expect(diff("", "").similarity == 100)
    #expect(diff("a b", "").similarity == 0)
    #expect(diff("one two three", "four five six").similarity == 0)
  }

  @Test func distanceIsLevenshtein() {
    func words(_ s: String) -> [Substring] { s.split(separator: " ") }
    #expect(WordDiff.distance(words("a b c"), words("a c")) == 1)
    #expect(WordDiff.distance(words("a b c"), words("x b y")) == 2)
    #expect(WordDiff.distance([], words("a b")) == 2)
  }

  @Test func equalTextsAreOneRun() {
    let d = diff("no change", "no change")
    #expect(d.runs == [WordDiff.Run(.equal, "no change")])
  }
}
