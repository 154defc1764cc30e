import Testing

@testable import PadanCore

/// Every word of the source is accounted for: covered by a glossary or lexicon use, or
/// listed as unknown (and then copied into the English). Nothing is silently dropped.
@Suite struct NothingIsLostTests {
  @Test func everyWordIsTranslatedOrListedAsUnknown() throws {
    var checked = 0
    for file in ["dev.jsonl", "test.jsonl"] {
      for text in try developmentSources(file) {
        let translation = shippedTranslator.translate(text, kind: .body)
        let bytes = Array(text.utf8)
        var covered = [Bool](repeating: false, count: bytes.count)
        for range in translation.glossary.map(\.sourceSpan) + translation.lexicon.map(\.sourceSpan)
        {
          for b in range.range { covered[b] = true }
        }
        let unknown = Set(translation.unknown)
        for token in TextTokenizer.tokens(of: text) where token.kind == .word {
          let word = String(decoding: bytes[token.range.range], as: UTF8.self)
          let parts = word.split(separator: "-").map(String.init)
          // A currency sign against its digits is part of a number (`Rp14.000`), which the
          // number rules format.
          let end = token.range.end
          let currency =
            ["Rp", "US", "RM", "S"].contains(word) && end < bytes.count
            && (bytes[end] == UInt8(ascii: "$") || (0x30...0x39).contains(bytes[end]))
          let ok =
            currency
            || token.range.range.allSatisfy { covered[$0] || bytes[$0] == UInt8(ascii: "-") }
            || unknown.contains(word) || parts.allSatisfy { unknown.contains($0) }
            || token.range.range.allSatisfy {
              covered[$0] || bytes[$0] == UInt8(ascii: "-")
                || parts.contains { unknown.contains($0) }
            }
          #expect(ok, "'\(word)' is neither translated nor listed in: \(text)")
          if let english = unknown.first(where: { $0 == word }) {
            #expect(translation.target.contains(english))
          }
          checked += 1
        }
      }
    }
    #expect(checked > 6000)
  }
}
