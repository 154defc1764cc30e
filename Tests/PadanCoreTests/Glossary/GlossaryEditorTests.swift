import Testing

@testable import PadanCore

@Suite struct GlossaryEditorTests {
  let header = "source\ttarget\ttype\tcase\tvariants\tnote\n"

  var files: [(path: String, bytes: [UInt8])] {
    [
      ("G/places.tsv", Array((header + "# Asia\nMoskow\tMoscow\tplace\t\tMoskwa\t\n").utf8)),
      ("G/terms.tsv", Array((header + "gencatan senjata\tceasefire\tterm\n").utf8)),
    ]
  }

  func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }

  @Test func addAppendsACanonicalRowAndKeepsEveryByte() throws {
    let row = GlossaryEditor.NewRow(
      source: " Beijing ", target: "Beijing", type: "place", variants: "Peking|Beijing|Peking")
    let (edit, diagnostics) = GlossaryEditor.add(row, to: nil, directory: "G", files: files)
    #expect(diagnostics.isEmpty)
    let result = try #require(edit)
    #expect(result.path == "G/places.tsv")
    #expect(result.line == 4)
    #expect(
      text(result.bytes)
        == header
        + "# Asia\nMoskow\tMoscow\tplace\t\tMoskwa\t\nBeijing\tBeijing\tplace\t\tPeking\t\n")
  }

  @Test func addCreatesAMissingFileWithItsHeader() throws {
    let row = GlossaryEditor.NewRow(source: "Antara", target: "Antara", type: "media")
    let (edit, _) = GlossaryEditor.add(row, to: nil, directory: "G", files: files)
    #expect(edit?.path == "G/media.tsv")
    #expect(text(edit?.bytes) == header + "Antara\tAntara\tmedia\t\t\t\n")
  }

  @Test func addAddsALineEndBeforeAppendingWhenTheFileLacksOne() throws {
    let files = [("G/terms.tsv", Array((header + "a\tA\tterm").utf8))]
    let row = GlossaryEditor.NewRow(source: "b", target: "B", type: "term")
    let (edit, _) = GlossaryEditor.add(row, to: "G/terms.tsv", directory: "G", files: files)
    #expect(text(edit?.bytes) == header + "a\tA\tterm\nb\tB\tterm\t\t\t\n")
    #expect(edit?.line == 3)
  }

  @Test func addRefusesASourceOrVariantAlreadyDefined() {
    let row = GlossaryEditor.NewRow(source: "Moskwa", target: "Moscow", type: "place")
    let (edit, diagnostics) = GlossaryEditor.add(row, to: nil, directory: "G", files: files)
    #expect(edit == nil)
    #expect(
      diagnostics.map(\.description) == [
        "error: 'Moskwa' is already defined at G/places.tsv:3 ('Moskow' → 'Moscow')"
      ])
  }

  @Test func addRefusesAConflictingTarget() {
    let row = GlossaryEditor.NewRow(
      source: "Gencatan", target: "truce", type: "term", variants: "gencatan senjata")
    let (edit, diagnostics) = GlossaryEditor.add(row, to: nil, directory: "G", files: files)
    #expect(edit == nil)
    #expect(
      diagnostics.map(\.description) == [
        "error: 'gencatan senjata' → 'truce' conflicts with G/terms.tsv:2 'gencatan senjata' → 'ceasefire'"
      ])
  }

  @Test func addRefusesEmptyFieldsAndUnknownTypes() {
    let row = GlossaryEditor.NewRow(source: " ", target: "", type: "country", casePolicy: "maybe")
    let (edit, diagnostics) = GlossaryEditor.add(row, to: nil, directory: "G", files: files)
    #expect(edit == nil)
    #expect(
      diagnostics.map(\.description) == [
        "error: empty source", "error: empty target",
        "error: unknown type 'country' (expected one of: person, org, place, title, term, date, media, keep)",
        "error: unknown case policy 'maybe' (expected sensitive, insensitive or name)",
      ])
  }

  @Test func addNormalisesToNFCAndSaysSo() throws {
    let decomposed = "Cote\u{0302}"  // e + combining circumflex
    let row = GlossaryEditor.NewRow(source: decomposed, target: "Côte", type: "place")
    let (edit, diagnostics) = GlossaryEditor.add(row, to: nil, directory: "G", files: files)
    #expect(
      diagnostics.map(\.description) == [
        "warning: source '\(decomposed)' is not in Unicode NFC; writing its NFC form"
      ])
    let added = try #require(edit)
    #expect(Array(added.row.utf8).starts(with: Array("Cot\u{00EA}\tC".utf8)))
  }

  @Test func removeKeepsEveryOtherByte() throws {
    let original =
      header + "# Asia\r\nMoskow\tMoscow\tplace\n\nBeijing\tBeijing\tplace\t\t\t\n# end"
    let (edit, diagnostics) = GlossaryEditor.remove(
      source: "Moskow", files: [("G/p.tsv", Array(original.utf8))])
    #expect(diagnostics.isEmpty)
    #expect(edit?.line == 3)
    #expect(edit?.row == "Moskow\tMoscow\tplace")
    #expect(text(edit?.bytes) == header + "# Asia\r\n\nBeijing\tBeijing\tplace\t\t\t\n# end")
  }

  @Test func removeTheLastLineWithoutALineEnd() {
    let original = header + "a\tA\tterm\nb\tB\tterm"
    let (edit, _) = GlossaryEditor.remove(source: "b", files: [("t.tsv", Array(original.utf8))])
    #expect(text(edit?.bytes) == header + "a\tA\tterm")
  }

  @Test func removeRefusesNoMatchAndSeveralMatches() {
    let (none, noneProblems) = GlossaryEditor.remove(source: "moskow", files: files)
    #expect(none == nil)
    #expect(
      noneProblems.map(\.description) == [
        "error: no row has the source 'moskow' (searched 2 files)"
      ])
    let twice = files + [("G/x.tsv", Array((header + "Moskow\tMoskva\tplace\n").utf8))]
    let (several, problems) = GlossaryEditor.remove(source: "Moskow", files: twice)
    #expect(several == nil)
    #expect(
      problems.map(\.description) == [
        "error: 'Moskow' is the source of 2 rows (G/places.tsv:3, G/x.tsv:2); nothing removed, edit the file by hand"
      ])
  }

  @Test func removeNeverMatchesTheHeaderOrAComment() {
    let (edit, _) = GlossaryEditor.remove(source: "source", files: files)
    #expect(edit == nil)
    let (comment, _) = GlossaryEditor.remove(source: "# Asia", files: files)
    #expect(comment == nil)
  }
}
