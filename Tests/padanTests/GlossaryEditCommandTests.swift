import Foundation
import Testing

/// End-to-end: `padan glossary fmt`, `add` and `rm` on a temporary glossary folder.
@Suite struct GlossaryEditCommandTests {
  let header = "source\ttarget\ttype\tcase\tvariants\tnote\n"

  @Test func fmtCheckListsFilesThenFmtWritesOnlyThoseAndIsIdempotent() throws {
    let canonical = header + "a\tA\tterm\t\t\t\nb\tB\tterm\t\t\t\n"
    let folder = try temporaryFolder([
      "terms.tsv": Array((header + "# Kata\nb\tB\tterm\na \tA\tterm\n").utf8),
      "ok.tsv": Array(canonical.utf8),
      "bad.tsv": Array((header + "z\tZ\tterm\n\tY\tterm\n").utf8),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let g = ["--glossaries", folder.path]

    let check = try runPadan(["glossary", "fmt", "--check"] + g)
    #expect(check.status == 1)
    #expect(check.stdout == "\(folder.path)/terms.tsv\n")
    #expect(check.stderr.contains("\(folder.path)/bad.tsv:3:1: error: empty source\n"))
    #expect(contents(folder, "terms.tsv") == header + "# Kata\nb\tB\tterm\na \tA\tterm\n")

    let okBefore = try modificationDate(folder, "ok.tsv")
    let fmt = try runPadan(["glossary", "fmt"] + g)
    #expect(fmt.status == 1)  // bad.tsv has lint errors and is left alone
    #expect(
      contents(folder, "terms.tsv") == header + "# Kata\na\tA\tterm\t\t\t\nb\tB\tterm\t\t\t\n")
    #expect(contents(folder, "bad.tsv") == header + "z\tZ\tterm\n\tY\tterm\n")
    let okAfter = try modificationDate(folder, "ok.tsv")
    #expect(okBefore == okAfter)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "bad.tsv", "ok.tsv", "terms.tsv",
      ])

    try FileManager.default.removeItem(at: folder.appendingPathComponent("bad.tsv"))
    let again = try runPadan(["glossary", "fmt", "--check"] + g)
    #expect(again.status == 0)
    #expect(again.stdout == "")
  }

  @Test func addThenRmRestoresTheFileByteForByte() throws {
    let original = header + "# Tempat\nMoskow\tMoscow\tplace\n\n# Lain\nParis\tParis\tplace\t\t\t\n"
    let folder = try temporaryFolder(["places.tsv": Array(original.utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let g = ["--glossaries", folder.path]

    let add = try runPadan(
      ["glossary", "add", "Beijing", "Beijing", "--type", "place", "--variants", "Peking"] + g)
    #expect(add.status == 0, "\(add.stderr)")
    #expect(contents(folder, "places.tsv") == original + "Beijing\tBeijing\tplace\t\tPeking\t\n")

    let conflict = try runPadan(["glossary", "add", "Peking", "Peiping", "--type", "place"] + g)
    #expect(conflict.status == 1)
    #expect(
      conflict.stderr
        == "error: 'Peking' → 'Peiping' conflicts with \(folder.path)/places.tsv:7 'Beijing' → 'Beijing'\n"
    )
    let duplicate = try runPadan(["glossary", "add", "Moskow", "Moscow", "--type", "place"] + g)
    #expect(duplicate.status == 1)
    #expect(
      duplicate.stderr
        == "error: 'Moskow' is already defined at \(folder.path)/places.tsv:3 ('Moskow' → 'Moscow')\n"
    )

    let term = try runPadan(["glossary", "add", "kota", "city", "--type", "term"] + g)
    #expect(term.status == 0)
    #expect(contents(folder, "terms.tsv") == header + "kota\tcity\tterm\t\t\t\n")

    let rm = try runPadan(["glossary", "rm", "Beijing"] + g)
    #expect(rm.status == 0, "\(rm.stderr)")
    #expect(contents(folder, "places.tsv") == original)
    let missing = try runPadan(["glossary", "rm", "Beijing"] + g)
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: no row has the source 'Beijing' (searched 2 files)\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "places.tsv", "terms.tsv",
      ])
  }
}
