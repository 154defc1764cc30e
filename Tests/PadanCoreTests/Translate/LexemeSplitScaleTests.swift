import Testing

@testable import PadanCore

/// Splitting hyphenated words at glossary cuts looks each word up in an index of the cuts,
/// so a segment with a hundred thousand words and matches is split in well under a minute
/// (a scan of every cut for every word took hours).
@Suite struct LexemeSplitScaleTests {
  @Test(.timeLimit(.minutes(1))) func manyWordsAndManyMatchesSplitQuickly() {
    let unit = "AS-NATO dan "
    let count = 100_000
    let text = String(repeating: unit, count: count)
    let bytes = Array(text.utf8)
    let tokens = TextTokenizer.tokens(of: text)
    var matches: [GlossaryMatch] = []
    for i in 0..<count {
      let start = i * unit.utf8.count
      for range in [
        ByteRange(start: start, end: start + 2), ByteRange(start: start + 3, end: start + 7),
      ] {
        matches.append(
          GlossaryMatch(
            entry: 0, range: range, form: "", clitic: nil, isReduplicated: false,
            isHeadlineCase: false))
      }
    }
    let split = LexemeAnalyzer.split(tokens, at: matches, bytes: bytes)
    // AS, -, NATO, dan for every unit.
    #expect(split.count == 4 * count)
    let first = split.prefix(4).map { String(decoding: bytes[$0.range.range], as: UTF8.self) }
    #expect(first == ["AS", "-", "NATO", "dan"])
  }
}
