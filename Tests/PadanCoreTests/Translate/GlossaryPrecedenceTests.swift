import Testing

@testable import PadanCore

/// Glossary terms always win: every glossary match's English target appears verbatim in the
/// translation, at the span recorded for it. Capitals are the only change allowed: a
/// sentence's first letter, and every word of a headline (headline case).
@Suite struct GlossaryPrecedenceTests {
  func check(_ text: String, kind: Segment.Kind, matchedSegments: inout Int, uses: inout Int) {
    let translation = shippedTranslator.translate(text, kind: kind)
    if !translation.glossary.isEmpty { matchedSegments += 1 }
    let target = Array(translation.target.utf8)
    for use in translation.glossary {
      uses += 1
      let found = String(decoding: target[use.targetSpan.range], as: UTF8.self)
      let capitalised = use.target.prefix(1).uppercased() + use.target.dropFirst()
      let headlineCase = use.target.split(separator: " ").map {
        $0.prefix(1).uppercased() + $0.dropFirst()
      }.joined(separator: " ")
      // The span holds the target verbatim, alone or inside the form made from it
      // (`Defense Ministers`, `Russian`).
      #expect(
        found.contains(use.target) || (use.targetSpan.start == 0 && found.hasPrefix(capitalised))
          || (kind == .title && found.lowercased().contains(use.target.lowercased())
            && (found.contains(headlineCase) || found.count >= use.target.count)),
        "\(use.entry) '\(use.source)' → '\(use.target)' missing from: \(translation.target)")
    }
  }

  @Test func targetsAppearInEveryDevelopmentAndTestSentence() throws {
    var segments = 0
    var uses = 0
    for file in ["dev.jsonl", "test.jsonl"] {
      for text in try developmentSources(file) {
        check(text, kind: .body, matchedSegments: &segments, uses: &uses)
      }
    }
    #expect(segments > 250)
    #expect(uses > 700)
  }

  @Test func targetsAppearInEverySampleSegment() throws {
    var segments = 0
    var uses = 0
    for (kind, text) in try seedSegments() {
      check(text, kind: kind, matchedSegments: &segments, uses: &uses)
    }
    #expect(segments > 30)
  }
}
