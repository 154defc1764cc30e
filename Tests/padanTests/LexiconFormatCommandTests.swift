import Foundation
import Testing

/// End-to-end: `padan lexicon fmt` on a temporary lexicon folder.
@Suite struct LexiconFormatCommandTests {
  let header = "lemma\tpos\tenglish\tcues\tnote\n"

  @Test func fmtCheckListsFilesThenFmtWritesOnlyThoseAndIsIdempotent() throws {
    let unsorted = header + "# Kata\nsendiri\tadv\tby oneself\t\t\nsaya\tpron\tI\t\t\n"
    let crlf = "lemma\tpos\tenglish\r\nb\tn\tB\r\na\tn\tA\r\n"
    let canonical = header + "c\tn\tC\nd\tv\tD\t\tnote\n"
    let broken = header + "z\tn\tZ\n\tn\tY\n"
    let folder = try temporaryFolder([
      "core.tsv": Array(unsorted.utf8), "crlf.tsv": Array(crlf.utf8),
      "ok.tsv": Array(canonical.utf8), "bad.tsv": Array(broken.utf8),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let l = ["--lexicon", folder.path]

    let check = try runPadan(["lexicon", "fmt", "--check"] + l)
    #expect(check.status == 1)
    #expect(check.stdout == "\(folder.path)/core.tsv\n\(folder.path)/crlf.tsv\n")
    #expect(check.stderr.contains("\(folder.path)/bad.tsv:3:1: error: empty lemma\n"))
    #expect(check.stderr.hasSuffix("4 files: 2 would be reformatted\n"))
    #expect(contents(folder, "core.tsv") == unsorted)
    #expect(contents(folder, "crlf.tsv") == crlf)

    let okBefore = try modificationDate(folder, "ok.tsv")
    let fmt = try runPadan(["lexicon", "fmt"] + l)
    #expect(fmt.status == 1)  // bad.tsv has lint errors and is left alone
    #expect(
      contents(folder, "core.tsv") == header
        + "# Kata\nsaya\tpron\tI\nsendiri\tadv\tby oneself\n")
    #expect(contents(folder, "crlf.tsv") == header + "a\tn\tA\nb\tn\tB\n")
    #expect(contents(folder, "bad.tsv") == broken)
    let okAfter = try modificationDate(folder, "ok.tsv")
    #expect(okBefore == okAfter)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "bad.tsv", "core.tsv", "crlf.tsv", "ok.tsv",
      ])

    try FileManager.default.removeItem(at: folder.appendingPathComponent("bad.tsv"))
    let again = try runPadan(["lexicon", "fmt", "--check"] + l)
    #expect(again.status == 0)
    #expect(again.stdout == "")
    #expect(again.stderr == "3 files: 0 would be reformatted\n")
    let lint = try runPadan(["lexicon", "lint", "--strict"] + l)
    #expect(lint.status == 0, "\(lint.stderr)")
  }

  @Test func aConflictBetweenFilesLeavesTheLaterFileAlone() throws {
    let folder = try temporaryFolder([
      "a.tsv": Array((header + "kota\tn\tcity\nbesar\tadj\tbig\n").utf8),
      "b.tsv": Array((header + "kota\tn\ttown\nabadi\tadj\teternal\n").utf8),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runPadan(["lexicon", "fmt", "--check", "--lexicon", folder.path])
    #expect(result.status == 1)
    #expect(result.stdout == "\(folder.path)/a.tsv\n")
    #expect(
      result.stderr
        == "\(folder.path)/b.tsv:2:1: error: 'kota' (n) conflicts with \(folder.path)/a.tsv:2\n"
        + "\(folder.path)/b.tsv: not formatted: 1 lint errors\n"
        + "2 files: 1 would be reformatted\n")
  }
}
