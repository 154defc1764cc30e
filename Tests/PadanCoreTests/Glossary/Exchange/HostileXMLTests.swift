import Foundation
import Testing

@testable import PadanCore

/// XML built to hurt: deep nesting, entity declarations, documents past libxml2's 10 MB
/// in-memory limit. Each gives a located error or the right result, never a crash.
@Suite struct HostileXMLTests {
  static func nested(_ depth: Int, root: String) -> [UInt8] {
    Array(
      ("<\(root)>" + String(repeating: "<a>", count: depth)
        + String(repeating: "</a>", count: depth)
        + "</\(root)>").utf8)
  }

  @Test func deepNestingIsAnErrorInEveryReader() throws {
    let tbx = GlossaryExchangeFormat.tbx.read(Self.nested(50_000, root: "martif"), path: "d.tbx")
    #expect(tbx.1.map(\.description) == ["d.tbx:1:776: error: elements nested more than 256 deep"])
    let tei = LexiconImportFormat.freedict.read([("d.tei", Self.nested(50_000, root: "TEI"))])
    #expect(
      tei.problems.map(\.description) == ["d.tei:1:773: error: elements nested more than 256 deep"]
    )
    #expect(throws: Diagnostic.self) {
      try BilingualXMLReader.read(Self.nested(50_000, root: "tmx"), label: "d.tmx")
    }
  }

  @Test func nestingWithinTheLimitReads() {
    let (_, problems) = GlossaryExchangeFormat.tbx.read(
      Self.nested(200, root: "martif"), path: "d.tbx")
    #expect(!problems.map(\.description).contains { $0.contains("nested") })
  }

  @Test func entityDeclarationsAreRefusedNotDropped() throws {
    let tbx = """
      <?xml version="1.0"?>
      <!DOCTYPE martif [
        <!ENTITY r "rahasia">
      ]>
      <martif type="TBX"><text><body><termEntry><langSet xml:lang="id"><tig><term>sub &r; x</term></tig></langSet></termEntry></body></text></martif>
      """
    let (glossary, problems) = GlossaryExchangeFormat.tbx.read(Array(tbx.utf8), path: "e.tbx")
    #expect(glossary.entries.isEmpty)
    #expect(
      problems.map(\.description).first?.hasPrefix(
        "e.tbx:3:3: error: entity declarations are not supported") == true)
    #expect(throws: Diagnostic.self) {
      try BilingualXMLReader.read(
        Array(tbx.replacingOccurrences(of: "martif", with: "tmx").utf8), label: "e.tmx")
    }
  }

  @Test func anUndeclaredEntityIsAnError() {
    let tbx = """
      <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
      <martif type="TBX"><text><body><termEntry><langSet xml:lang="id"><tig><term>sub &r; x</term></tig></langSet></termEntry></body></text></martif>
      """
    let (glossary, problems) = GlossaryExchangeFormat.tbx.read(Array(tbx.utf8), path: "u.tbx")
    #expect(glossary.entries.isEmpty)
    #expect(problems.count == 1 && problems[0].description.contains("undeclared entity"))
  }

  @Test func aTBXOverTenMegabytesImports() {
    var entries = ""
    let count = 25_000
    for i in 0..<count {
      entries +=
        "kata\(i)\tword\(i)\tterm\t\t\t"
        + Array(repeating: "catatan", count: 40).joined(separator: " ") + "\n"
    }
    let (glossary, problems) = Glossary.parse(
      files: [("big.tsv", Array(("source\ttarget\ttype\tcase\tvariants\tnote\n" + entries).utf8))])
    #expect(problems.count == 0)
    let bytes = GlossaryExchangeFormat.tbx.write(glossary)
    #expect(bytes.count > 10_000_000)
    let (back, readProblems) = GlossaryExchangeFormat.tbx.read(bytes, path: "big.tbx")
    #expect(readProblems.isEmpty)
    #expect(back.entries.count == count)
  }
}
