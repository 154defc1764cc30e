import Foundation
import Testing

@testable import PadanCore

/// Golden reports of the fixture folders (`Diff/Fixtures/old` and `new`: every status, a
/// glossary entry edited with a line inserted above it, a lexicon entry edited, an engine
/// change, an added and a removed document) in every format.
@Suite struct DiffReportTests {
  /// The whole report of `writer` over the fixture folders (or two fixture files).
  static func report(
    _ writer: some DiffWriter, old: String = "old", new: String = "new"
  ) throws -> String {
    var writer = writer
    let a = try DiffSide(path: diffFixture(old), displayPath: old)
    let b = try DiffSide(path: diffFixture(new), displayPath: new)
    var out = writer.start()
    let (summary, problems) = try BilingualDiffer().diff(old: a, new: b) {
      out += writer.document($0)
    }
    return out + writer.finish(summary: summary, problems: problems)
  }

  static let options = DiffReportOptions(oldLabel: "old", newLabel: "new")

  @Test func text() throws {
    assertSnapshot(
      try Self.report(DiffTextWriter(options: Self.options)), named: "diff/fixtures.txt")
  }

  @Test func textInColour() throws {
    assertSnapshot(
      try Self.report(DiffTextWriter(options: Self.options, color: true)),
      named: "diff/fixtures.color.txt")
  }

  @Test func statOnlyChangedWithContext() throws {
    var stat = Self.options
    stat.summaryOnly = true
    assertSnapshot(try Self.report(DiffTextWriter(options: stat)), named: "diff/fixtures.stat.txt")
    var only = Self.options
    only.only = [.changed]
    only.context = 1
    assertSnapshot(
      try Self.report(DiffTextWriter(options: only)), named: "diff/fixtures.changed-context1.txt")
  }

  @Test func json() throws {
    let text = try Self.report(DiffJSONWriter(options: Self.options))
    assertSnapshot(text, named: "diff/fixtures.json")
    // It is one valid JSON object.
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    #expect(object?["schema"] as? Int == 1)
    #expect((object?["documents"] as? [Any])?.count == 3)
  }

  @Test func markdown() throws {
    var options = Self.options
    options.linkPrefix = "../"
    assertSnapshot(try Self.report(DiffMarkdownWriter(options: options)), named: "diff/fixtures.md")
  }

  @Test func html() throws {
    assertSnapshot(
      try Self.report(DiffHTMLWriter(options: Self.options)), named: "diff/fixtures.html")
  }

  @Test func otherToolsTMXAndXLIFF() throws {
    assertSnapshot(
      try Self.report(
        DiffTextWriter(options: Self.options), old: "tools/old.tmx", new: "tools/new.tmx"),
      named: "diff/tools-tmx.txt")
    assertSnapshot(
      try Self.report(
        DiffTextWriter(options: Self.options), old: "tools/old.xlf", new: "tools/new.xlf"),
      named: "diff/tools-xliff.txt")
  }

  @Test func padanXLIFFNamesGlossaryCausesOnly() throws {
    // The fixture documents as Padan's XLIFF: glossary entries are recorded, lexicon ones
    // are not, so the lexicon change is unexplained.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "padan-diff-xliff-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for side in ["old", "new"] {
      let document = try BilingualFile.read(path: diffFixture("\(side)/news.jsonl")).document
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(side), withIntermediateDirectories: true)
      try Data(XLIFFWriter.text(document).utf8).write(
        to: folder.appendingPathComponent("\(side)/news.xlf"))
    }
    var changes: [SegmentChange] = []
    _ = try BilingualDiffer().diff(
      old: DiffSide(path: folder.appendingPathComponent("old").path),
      new: DiffSide(path: folder.appendingPathComponent("new").path)
    ) { changes += $0.changes.filter { $0.status == .changed } }
    #expect(changes.map(\.explanation) == [.entries, .unrecorded, .unrecorded])
    #expect(
      changes[0].causes.map(\.description) == [
        "changed Glossaries/titles.tsv:15 Sekjen → Secretary General (was Secretary-General, line 14)"
      ])
  }
}
