import Foundation
import Testing

@testable import PadanCore

@Suite struct BilingualXMLReaderTests {
  static func read(_ xml: String) throws -> BilingualFile {
    try BilingualXMLReader.read(Array(xml.utf8), label: "x.xml")
  }

  @Test func padanTMXAndXLIFFGiveBackTheSegments() throws {
    let jsonl = try BilingualFile.read(path: diffFixture("new/news.jsonl"))
    let document = jsonl.document
    let tmx = try BilingualXMLReader.read(Array(TMXWriter.text(document).utf8), label: "x.tmx")
    let xliff = try BilingualXMLReader.read(
      Array(XLIFFWriter.text(document).utf8), label: "x.xlf")
    #expect(tmx.records == .none && xliff.records == .glossary)
    // TMX holds the translated segments only; XLIFF every segment.
    let translated = document.segments.filter(\.isTranslated)
    #expect(tmx.document.segments.map(\.id) == translated.map(\.id))
    #expect(tmx.document.segments.map(\.source) == translated.map(\.source))
    #expect(tmx.document.segments.map(\.target) == translated.map(\.target))
    #expect(tmx.document.segments.map(\.kind) == translated.map(\.kind))
    #expect(xliff.document.segments.map(\.id) == document.segments.map(\.id))
    #expect(xliff.document.segments.map(\.target) == document.segments.map(\.target))
    #expect(xliff.document.segments.map(\.kind) == document.segments.map(\.kind))
    #expect(
      xliff.document.segments.map { $0.translation.glossary.map(\.entry) }
        == document.segments.map { $0.translation.glossary.map(\.entry) })
    for h in [tmx.document.header, xliff.document.header] {
      #expect(h.path == "Seeds/news.txt")
      #expect(h.glossaryFingerprint == document.header.glossaryFingerprint)
      #expect(h.sha256 == document.header.sha256)
    }
  }

  @Test func otherToolsTMXWithInlineCodesAndLanguages() throws {
    let file = try BilingualFile.read(path: diffFixture("tools/old.tmx"))
    #expect(file.format == "tmx" && file.records == .none)
    #expect(file.document.segments.map(\.id) == ["1", "2", "3"])
    #expect(
      file.document.segments.map(\.source) == [
        "Sekjen NATO tiba di Jakarta.", "Ia bertemu presiden.", "Kunjungan berakhir hari Senin.",
      ])
    #expect(
      file.document.segments.map(\.target) == [
        "The NATO Secretary-General arrived in Jakarta.", "He met the president.",
        "The visit ended on Monday.",
      ])
  }

  @Test func xliff12SkipsAlternativesAndCodes() throws {
    let file = try BilingualFile.read(path: diffFixture("tools/old.xlf"))
    #expect(file.document.header.path == "news.html")
    #expect(file.document.segments.map(\.id) == ["u1", "u2"])
    #expect(
      file.document.segments.map(\.target) == [
        "The NATO Secretary-General arrived in Jakarta.", "He met the president.",
      ])
  }

  @Test func xliff2UnitsWithSeveralSegments() throws {
    let file = try BilingualFile.read(path: diffFixture("tools/new.xlf"))
    #expect(file.records == .none)
    #expect(file.document.segments.map(\.id) == ["u1/s1", "u1/s2"])
    #expect(
      file.document.segments.map(\.source) == [
        "Sekjen NATO tiba di Jakarta.", "Ia bertemu presiden.",
      ])
  }

  @Test func severalFilesBecomeOneDocumentWithPrefixedIDs() throws {
    let file = try Self.read(
      """
      <xliff version="2.0" srcLang="id" trgLang="en">
        <file id="a" original="a.txt"><unit id="1"><segment><source>Satu</source><target>One</target></segment></unit></file>
        <file id="b" original="b.txt"><unit id="1"><segment><source>Dua</source><target>Two</target></segment></unit></file>
      </xliff>
      """)
    #expect(file.document.segments.map(\.id) == ["a/1", "b/1"])
    #expect(file.document.segments.map(\.target) == ["One", "Two"])
  }

  @Test func anotherXMLRootIsNotABilingualFile() {
    #expect {
      try Self.read("<html><body/></html>")
    } throws: { error in
      (error as? Diagnostic)?.description
        == "x.xml:1:6: error: not a bilingual file: the root element is <html>, expected <tmx> or <xliff>"
    }
  }

  @Test func malformedXMLIsReportedWithItsLine() {
    #expect {
      try Self.read("<tmx version=\"1.4\">\n<body>\n<tu>\n</tmx>")
    } throws: { error in
      let d = error as? Diagnostic
      return d?.location?.line == 4 && d?.message.contains("malformed XML") == true
    }
  }
}
