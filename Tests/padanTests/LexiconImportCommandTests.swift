import Foundation
import Testing

/// End-to-end: `padan lexicon import`.
@Suite struct LexiconImportCommandTests {
  let fixtures = repositoryRoot.appendingPathComponent("Tests/PadanCoreTests/Lexicon/Fixtures")
  let header = "lemma\tpos\tenglish\tcues\tnote\n"

  @Test func importsADictzipFreeDictDictionaryBesideTheLexicon() throws {
    let folder = try temporaryFolder([
      "core.tsv": Array((header + "aman\tadj\tsafe\t\t\nbunga\tn\tflower;interest\t\t\n").utf8)
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let dz = fixtures.appendingPathComponent("dictzip/freedict-mini.dict.dz").path
    let index = fixtures.appendingPathComponent("dictzip/freedict-mini.index").path
    let out = folder.appendingPathComponent("imported.tsv").path
    let arguments = [
      "lexicon", "import", dz, "--format", "freedict", "--into", out, "--lexicon", folder.path,
    ]
    let result = try runPadan(arguments)
    #expect(result.status == 0)
    #expect(
      result.stderr == """
        entries read: 15 from \(index) (26 Indonesian-English pairs)
        lemmas written: 20 to \(out) (20 distinct; lint: 0 errors, 0 warnings)
        skipped: 5 (already in \(folder.path): 2, junk items: 2, affix entries: 1, entries without equivalents: 0)

        """)
    let written = try String(contentsOfFile: out, encoding: .utf8)
    #expect(
      written.hasPrefix(
        header
          + "# Imported by 'padan lexicon import --format freedict' from freedict-mini.index.\n"
          + "# Not part of the shipped lexicon: keep it out of git (the source's licence applies).\n"
          + "bank\tn\tbank\t\t\ndan lain-lain\tadv\tetc.\t\t\n"))
    #expect(!written.contains("aman\t") && !written.contains("bunga\t"))
    #expect(written.contains("\nterjamin\tadj\tsecure\t\t\n"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "core.tsv", "imported.tsv",
      ])
    let lint = try runPadan(["lexicon", "lint", "--strict", "--lexicon", folder.path])
    #expect(lint.status == 0)

    let again = try runPadan(arguments)
    #expect(again.status == 1)
    #expect(again.stderr == "error: \(out): already exists (use --force to replace it)\n")
    // The file being replaced is not part of the lexicon it is checked against.
    let forced = try runPadan(arguments + ["--force", "--keep-duplicates", "--verbose"])
    #expect(forced.status == 0)
    #expect(forced.stderr.contains("lemmas written: 22 to \(out)"))
    #expect(forced.stderr.contains(":44:1: skipped 'ness': an affix entry\n"))
    #expect(
      try String(contentsOfFile: out, encoding: .utf8).contains("\naman\tadj\tsafe;secure\t\t\n"))
  }

  @Test func importsATableWithADefaultPartOfSpeech() throws {
    let folder = try temporaryFolder(["words.tsv": Array("rumah\thome, house\nlari\trun\tv\n".utf8)]
    )
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("imported.tsv").path
    let result = try runPadan([
      "lexicon", "import", folder.appendingPathComponent("words.tsv").path, "--format", "tsv",
      "--into", out, "--pos-default", "adj", "--lexicon",
      folder.appendingPathComponent("none").path,
    ])
    #expect(result.status == 0)
    #expect(result.stderr.hasPrefix("warning: \(folder.path)/none: cannot read lexicon folder"))
    #expect(
      try String(contentsOfFile: out, encoding: .utf8).hasSuffix(
        "lari\tv\trun\t\t\nrumah\tadj\thome;house\t\t\n"))
  }

  @Test func aMalformedTableIsReportedAtFileLineColumnAndNothingIsWritten() throws {
    let folder = try temporaryFolder(["bad.tsv": Array("bunga\tflower\nrumah\n".utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("bad.tsv").path
    let out = folder.appendingPathComponent("imported.tsv").path
    let result = try runPadan(["lexicon", "import", bad, "--format", "tsv", "--into", out])
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        \(bad):2:6: error: expected at least 2 fields (indonesian, english), found 1
        error: \(out): not written

        """)
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func missingFilesAndUnknownFormats() throws {
    let missing = try runPadan([
      "lexicon", "import", "/nonexistent/d.index", "--format", "freedict", "--into", "d.tsv",
    ])
    #expect(missing.status == 1)
    #expect(
      missing.stderr
        == "error: /nonexistent/d.index: no dictd dictionary there (NAME.index with NAME.dict.dz or NAME.dict) and no TEI file\n"
    )
    let unknown = try runPadan([
      "lexicon", "import", "x.tsv", "--format", "stardict", "--into", "x-lexicon.tsv",
    ])
    #expect(unknown.status == 64)
  }
}
