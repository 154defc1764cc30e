import Testing

@testable import PadanCore

@Suite struct BilingualAlignerTests {
  @Test func idsCountSentencesWithinParagraphsAndRangesPointIntoTheOriginal() throws {
    let text = "Judul Berita Hari Ini\n\nMenteri hadir. Rusia dan&nbsp;NATO setuju.\r\nIa pergi.\n"
    let doc = try bilingual(text)
    let bodies = doc.segments.filter { $0.kind == .body }
    #expect(bodies.map(\.id) == ["2.1", "2.2", "2.3"])
    #expect(bodies.map(\.line) == [3, 3, 4])
    let bytes = Array(text.utf8)
    #expect(
      String(decoding: bytes[bodies[1].bytes.range], as: UTF8.self) == "Rusia dan&nbsp;NATO setuju."
    )
    #expect(bodies[1].source == "Rusia dan NATO setuju.")
    #expect(doc.header.sha256 == SHA256.hex(bytes))
    #expect(doc.header.segmentCount == doc.segments.count)
  }

  @Test func boilerplateIsKeptMarkedAndNotTranslated() throws {
    let doc = try bilingual(
      "Judul Berita Panjang Sekali\n\nBaca juga: Berita lain\n\nRusia setuju.\n")
    let boilerplate = try #require(doc.segments.first { $0.kind == .boilerplate })
    #expect(boilerplate.target == "")
    #expect(!boilerplate.isTranslated)
    #expect(doc.translatedSegments.allSatisfy { $0.kind != .boilerplate })
  }

  @Test func spansPointAtTheTermsInSourceAndTarget() throws {
    let doc = try bilingual("Menteri Luar Negeri Retno Marsudi hadir.")
    let s = try #require(doc.segments.first)
    let source = Array(s.source.utf8)
    let target = Array(s.target.utf8)
    #expect(!s.translation.glossary.isEmpty)
    for g in s.translation.glossary {
      #expect(String(decoding: source[g.sourceSpan.range], as: UTF8.self) == g.source)
      #expect(String(decoding: target[g.targetSpan.range], as: UTF8.self) == g.target)
    }
  }

  @Test func layoutTargetKeepsLinesAndParagraphs() throws {
    let aligner = try makeAligner()
    let (document, doc, _) = try aligner.align(
      SourceFile(
        path: "t", bytes: Array("Rusia setuju. NATO setuju.\nIa pergi.\n\nIa datang.".utf8)))
    let english = BilingualAligner.layoutTarget(of: document, doc)
    #expect(english.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
    #expect(english.contains("\n\n"))
  }
}
