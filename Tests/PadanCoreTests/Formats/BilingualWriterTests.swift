import Foundation
import Testing

@testable import PadanCore

@Suite struct BilingualWriterTests {
  @Test func xliffMarksTermsEscapesTextAndMakesBoilerplateUntranslatable() throws {
    let doc = try bilingual(
      "Menteri Luar Negeri Retno Marsudi hadir (5 < 6) di Jakarta & sekitarnya.\n\nBaca juga: Berita lain\n"
    )
    let xml = XLIFFWriter.text(doc)
    #expect(xml.contains("<mrk id=\"m1\" type=\"term\">Menteri Luar Negeri</mrk>"))
    #expect(xml.contains("<mrk id=\"m1\" type=\"term\">Foreign Minister</mrk>"))
    #expect(xml.contains("<gls:glossEntry ref=\"#m1\">"))
    #expect(xml.contains("<gls:translation ref=\"#t=m1\">Foreign Minister</gls:translation>"))
    #expect(xml.contains("(5 &lt; 6)"))
    #expect(xml.contains("&amp;"))
    #expect(xml.contains("type=\"padan:boilerplate\" translate=\"no\""))
  }

  @Test func inlineMarksSkipOverlappingAndSplitSpans() {
    let marks = InlineMarks.usable(
      [
        (0, ByteRange(start: 0, end: 3)), (1, ByteRange(start: 2, end: 5)),
        (2, ByteRange(start: 6, end: 7)), (3, ByteRange(start: 9, end: 99)),
      ],
      in: "abc dé fg")
    #expect(marks == [0: ByteRange(start: 0, end: 3)])
  }

  @Test func tmxHasOneUnitPerTranslatedSegment() throws {
    let doc = try bilingual("Rusia dan NATO Bertemu\n\nRusia setuju.\n\nBaca juga: Berita lain\n")
    let xml = TMXWriter.text(doc)
    #expect(xml.components(separatedBy: "<tu ").count - 1 == doc.translatedSegments.count)
    #expect(xml.contains("segtype=\"sentence\""))
    #expect(xml.contains("<tuv xml:lang=\"id\">"))
    #expect(!xml.contains("Baca juga"))
  }

  @Test func markdownEscapesBarsAndListsBoilerplateApart() throws {
    let doc = try bilingual(
      "Rusia dan NATO Bertemu di Brussels\n\nNATO setuju | 50% *penting*.\n\nBaca juga: Berita lain\n"
    )
    let md = BilingualMarkdownWriter.text(doc)
    #expect(md.hasPrefix("# "))
    #expect(md.contains("| Indonesian | English |\n|---|---|\n"))
    let row = try #require(md.split(separator: "\n").first { $0.contains("setuju") })
    #expect(row.contains("\\|"))
    #expect(row.contains("\\*"))
    // Three cell borders; the bars of the text are escaped in both columns.
    #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 3)
    #expect(md.contains("**NATO**"))
    #expect(md.contains("## Boilerplate (not translated)\n\n- line 5: Baca juga: Berita lain\n"))
  }

  @Test func parallelTextHasOneLinePerTranslatedSegment() throws {
    let doc = try bilingual("Rusia setuju. NATO setuju.\n\nBaca juga: Berita lain\n")
    let (id, en) = ParallelTextWriter.texts(doc)
    #expect(id == "Rusia setuju.\nNATO setuju.\n")
    #expect(en.split(separator: "\n").count == 2)
  }

  @Test func manifestIsSortedAndReadsBack() throws {
    var c = BilingualDocument.Counts()
    c.segments = 3
    c.translated = 2
    let manifest = TranslationManifest(
      engine: "e", glossaryFingerprint: "g", lexiconFingerprint: "l", rulesFingerprint: "r",
      normalization: "nfc", formats: [.jsonl, .md],
      documents: [
        .init(path: "b.txt", sha256: "2", output: "b", counts: c),
        .init(path: "a.txt", sha256: "1", output: "a", counts: c),
      ], failed: [("c.txt", "c.txt:1:1: error: bad")])
    let text = manifest.text
    #expect(text.range(of: "a.txt")!.lowerBound < text.range(of: "b.txt")!.lowerBound)
    #expect(text.contains("\"totals\": {\"documents\":2,\"segments\":6,\"translated\":4,"))
    let path = try temporaryFile(text, name: "manifest.json")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let back = try TranslationManifest.read(path: path)
    #expect(back.text == text)
    #expect(back.hasSameSettings(as: manifest))
  }

  @Test func workerPoolKeepsInputOrder() throws {
    let pool = WorkerPool<Int, Int, Int>(jobs: 2, makeState: { 0 }) { calls, item in
      calls += 1
      return item * 2
    }
    defer { pool.shutdown() }
    for _ in 0..<3 {
      #expect(try pool.map(Array(0..<500)) == (0..<500).map { $0 * 2 })
    }
  }
}
