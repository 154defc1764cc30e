import Foundation
import Testing

@testable import PadanCore

/// English from reviewed segments as every format writes it, and as `padan diff` explains it.
@Suite struct ReviewOutputTests {
  static let term = TermUse(
    entry: "Glossaries/titles.tsv:398", source: "Wakil Menteri Luar Negeri Rusia",
    target: "Deputy Foreign Minister of Russia", type: "title",
    sourceSpan: ByteRange(start: 0, end: 31), targetSpan: ByteRange(start: 0, end: 0),
    form: "exact")
  static let stale = StaleTerm(
    entry: "Glossaries/titles.tsv:398", source: "Wakil Menteri Luar Negeri Rusia",
    target: "Deputy Foreign Minister of Russia", reviewed: "Russian Deputy Foreign Minister")

  /// A document with a machine-translated segment, a reviewed one and a stale one.
  static func document(staleToo: Bool = true) -> BilingualDocument {
    let source = "Wakil Menteri Luar Negeri Rusia tiba."
    let english = "The Russian Deputy Foreign Minister arrived."
    var segments = [
      BilingualSegment(
        id: "1.1", kind: .title, bytes: ByteRange(start: 0, end: 5), line: 1, source: "Judul",
        translation: SegmentTranslation(target: "Title")),
      BilingualSegment(
        id: "2.1", kind: .body, bytes: ByteRange(start: 7, end: 44), line: 3, source: source,
        translation: SegmentTranslation(
          target: english, glossary: [term],
          origin: SegmentOrigin(file: "Reviewed/0001-a.tmx", unit: "3", match: .inContext))),
    ]
    if staleToo {
      segments.append(
        BilingualSegment(
          id: "3.1", kind: .body, bytes: ByteRange(start: 46, end: 83), line: 5, source: source,
          translation: SegmentTranslation(
            target: english, glossary: [term],
            origin: SegmentOrigin(
              file: "Reviewed/0001-a.tmx", unit: "3", match: .exact, stale: [stale]))))
    }
    return BilingualDocument(
      header: BilingualDocument.Header(
        path: "Seeds/a.txt", sha256: String(repeating: "0", count: 64), glossaryFingerprint: "g",
        lexiconFingerprint: "l", engine: "rules", segmentCount: segments.count),
      segments: segments)
  }

  @Test func jsonlRecordsTheOriginAndReadsItBack() throws {
    let doc = Self.document()
    let text = BilingualJSONLWriter.text(doc)
    #expect(
      text.contains(
        ",\"state\":\"reviewed\",\"origin\":{\"type\":\"tm\",\"file\":\"Reviewed/0001-a.tmx\",\"unit\":\"3\",\"match\":\"in-context\",\"stale\":[]}}"
      ))
    #expect(
      text.contains(
        "\"state\":\"stale\",\"origin\":{\"type\":\"tm\",\"file\":\"Reviewed/0001-a.tmx\",\"unit\":\"3\",\"match\":\"exact\",\"stale\":[{\"entry\":\"Glossaries/titles.tsv:398\",\"source\":\"Wakil Menteri Luar Negeri Rusia\",\"target\":\"Deputy Foreign Minister of Russia\",\"was\":\"Russian Deputy Foreign Minister\"}]}}"
      ))
    #expect(!text.split(separator: "\n")[1].contains("origin"))
    let path = try temporaryFile(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try BilingualJSONLReader.read(path: path) == doc)
    let file = try BilingualFile.read(path: path)
    #expect(file.units.map(\.state) == ["", "reviewed", "stale"])
  }

  @Test func tmxMarksTheOriginStateAndStaleEntries() {
    let tmx = TMXWriter.text(Self.document())
    #expect(tmx.components(separatedBy: "creationid=\"padan-review\"").count == 3)
    #expect(tmx.components(separatedBy: "<prop type=\"x-padan-origin\">tm</prop>").count == 3)
    #expect(tmx.contains("<prop type=\"x-padan-tm-file\">Reviewed/0001-a.tmx</prop>"))
    #expect(tmx.contains("<prop type=\"x-padan-tm-unit\">3</prop>"))
    #expect(tmx.contains("<prop type=\"x-padan-match\">in-context</prop>"))
    #expect(tmx.contains("<prop type=\"x-padan-state\">stale</prop>"))
    #expect(
      tmx.contains(
        "<note>stale: Glossaries/titles.tsv:398 Wakil Menteri Luar Negeri Rusia → Deputy Foreign Minister of Russia (was Russian Deputy Foreign Minister)</note>"
      ))
    #expect(tmx.components(separatedBy: "machine-translation").count == 2)
  }

  @Test func xliff2IsReviewedOrTranslatedWithNotes() {
    let xlf = XLIFFWriter.text(Self.document())
    #expect(xlf.contains("<segment id=\"s1\" state=\"reviewed\" subState=\"padan:tm\">"))
    #expect(xlf.contains("<segment id=\"s1\" state=\"translated\" subState=\"padan:stale\">"))
    #expect(
      xlf.contains(
        "<note category=\"padan-origin\">tm Reviewed/0001-a.tmx#3 (in-context)</note>"))
    #expect(xlf.contains("<note category=\"padan-stale\">Glossaries/titles.tsv:398 "))
    #expect(xlf.contains("state=\"initial\" subState=\"padan:machine-translation\""))
  }

  @Test func xliff12IsSignedOffOrNeedsReview() {
    let xliff = XLIFF12Writer.text(Self.document())
    #expect(xliff.contains("<trans-unit id=\"2.1\" approved=\"yes\" restype=\"x-padan-body\">"))
    #expect(xliff.contains("<trans-unit id=\"3.1\" restype=\"x-padan-body\">"))
    #expect(xliff.contains("state=\"signed-off\" state-qualifier=\"leveraged-tm\""))
    #expect(xliff.contains("state=\"needs-review-translation\" state-qualifier=\"leveraged-tm\""))
    #expect(xliff.contains("origin: tm Reviewed/0001-a.tmx#3 (exact), stale"))
    #expect(xliff.contains("stale: Glossaries/titles.tsv:398 "))
  }

  @Test func markdownAndCSVMarkReviewedSegments() {
    let md = BilingualMarkdownWriter.text(Self.document())
    #expect(md.contains("arrived. \\[reviewed\\]"))
    #expect(md.contains("arrived. \\[stale review\\]"))
    #expect(md.contains("## Reviewed segments"))
    #expect(md.contains("- 2.1 reviewed: `Reviewed/0001-a.tmx#3` (in-context)\n"))
    #expect(
      md.contains("- 3.1 stale: `Reviewed/0001-a.tmx#3` (exact); stale: Glossaries/titles.tsv:398 ")
    )
    let csv = String(decoding: BilingualCSVWriter.bytes(Self.document()), as: UTF8.self)
    #expect(csv.contains(",tm Reviewed/0001-a.tmx#3 (in-context); reviewed,"))
    #expect(
      csv.contains(",tm Reviewed/0001-a.tmx#3 (exact); stale; stale: Glossaries/titles.tsv:398 "))
    #expect(csv.contains(",machine-translation rules,"))
  }

  @Test func withoutReviewedSegmentsNothingIsMarked() {
    var doc = Self.document(staleToo: false)
    doc.segments[1].translation.origin = nil
    doc.header.segmentCount = 2
    #expect(!BilingualMarkdownWriter.text(doc).contains("reviewed"))
    #expect(!BilingualJSONLWriter.text(doc).contains("origin"))
    #expect(!XLIFFWriter.text(doc).contains("padan:tm"))
  }

  @Test func diffNamesTheGlossaryChangeThatMadeAReviewStale() throws {
    let reviewed = Self.document(staleToo: false).segments[1]
    var stale = reviewed
    stale.translation.origin?.stale = [Self.stale]
    let diff = try BilingualDiffer().diff(
      name: "a", old: bilingualFile([reviewed], label: "old"),
      new: bilingualFile([stale], label: "new"))
    let change = try #require(diff.changes.first)
    #expect(change.status == .changed)
    #expect(
      change.causes.map(\.description) == [
        "changed Glossaries/titles.tsv:398 Wakil Menteri Luar Negeri Rusia → Deputy Foreign Minister of Russia (was Russian Deputy Foreign Minister); reviewed English kept, flagged stale"
      ])
    // The same stale review on both sides is no change.
    let same = try BilingualDiffer().diff(
      name: "a", old: bilingualFile([stale], label: "old"),
      new: bilingualFile([stale], label: "new"))
    #expect(same.changes.map(\.status) == [.unchanged])
    // Machine translation replaced by a review: explained by the review.
    var machine = reviewed
    machine.translation = SegmentTranslation(target: "Russian Deputy Foreign Minister arrives.")
    let review = try BilingualDiffer().diff(
      name: "a", old: bilingualFile([machine], label: "old"),
      new: bilingualFile([reviewed], label: "new"))
    #expect(review.changes.first?.explanation == .reviewed)
    #expect(
      review.changes.first?.explanationText
        == "reviewed English from tm Reviewed/0001-a.tmx#3 (in-context)")
  }
}
