import Testing

@testable import PadanCore

@Suite struct GlossaryCoverageTests {
  @Test func countsUsesAndFindsUncoveredCandidates() {
    let header = "source\ttarget\ttype\tcase\tvariants\tnote\n"
    let (glossary, _) = Glossary.parse(files: [
      (
        "g.tsv",
        Array(
          (header + "Rusia\tRussia\tplace\nNATO\tNATO\tkeep\nUni Eropa\tEuropean Union\torg\n").utf8
        )
      )
    ])
    let matcher = GlossaryMatcher(glossary: glossary)
    var coverage = GlossaryCoverage()
    let texts = [
      "Rusia dan NATO bertemu di Jenewa bersama Badan Energi Atom Internasional dan IAEA.",
      "Menurut Badan Energi Atom Internasional, krisis energi global makin dalam.",
      "Uni Eropa membahas krisis energi global dan Rusia.",
    ]
    for (n, text) in texts.enumerated() {
      coverage.add(
        text: text, matches: matcher.matches(in: text),
        location: SourceLocation(path: "t.txt", line: n + 1, column: 1))
    }
    #expect(coverage.uses == [0: 2, 1: 1, 2: 1])
    let ranked = coverage.rankedCandidates().map { "\($0.count) \($0.kind.rawValue) \($0.text)" }
    #expect(ranked.contains("2 name Badan Energi Atom Internasional"))
    #expect(ranked.contains("1 acronym IAEA"))
    #expect(ranked.contains("2 phrase krisis energi global"))
    // Shorter phrases inside it with the same count are left out.
    #expect(!ranked.contains("2 phrase energi global"))
    // Covered text is never a candidate, nor a single capitalised word.
    #expect(
      !ranked.contains {
        $0.hasSuffix(" Uni Eropa") || $0.hasSuffix(" NATO") || $0.hasSuffix(" Jenewa")
      })
    #expect(
      coverage.rankedCandidates().first { $0.text == "IAEA" }?.firstSeen.description == "t.txt:1:1")
  }
}
