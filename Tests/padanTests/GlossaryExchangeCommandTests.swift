import Foundation
import Testing

/// End-to-end: `padan glossary export` and `padan glossary import`.
@Suite struct GlossaryExchangeCommandTests {
  let header = "source\ttarget\ttype\tcase\tvariants\tnote\n"

  @Test func exportThenImportGivesBackTheGlossaryFile() throws {
    let tsv =
      header
      + "AT&T\tAT&T\tkeep\t\t\t\"kutip\" <>\nSekretaris Jenderal\tSecretary General\ttitle\tsensitive\tSekjen\t\n"
    let folder = try temporaryFolder(["g.tsv": Array(tsv.utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = try runPadan([
      "glossary", "export", "--format", "tbx", "--glossaries", folder.path,
    ])
    #expect(export.status == 0)
    #expect(export.stdout.contains("<term>AT&amp;T</term>"))
    let tbx = folder.appendingPathComponent("g.tbx")
    try Data(export.stdout.utf8).write(to: tbx)
    let into = folder.appendingPathComponent("out/imported.tsv")
    try FileManager.default.createDirectory(
      at: into.deletingLastPathComponent(), withIntermediateDirectories: true)
    // Checked against the glossary it came from, which it repeats (no conflict).
    let imported = try runPadan([
      "glossary", "import", tbx.path, "--format", "tbx", "--into", into.path, "--glossaries",
      folder.path,
    ])
    #expect(imported.status == 0)
    #expect(
      imported.stderr.hasSuffix("2 entries imported from \(tbx.path): 0 errors, 0 warnings\n"))
    #expect(try String(contentsOf: into, encoding: .utf8) == tsv)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: into.deletingLastPathComponent().path)
        == ["imported.tsv"])

    let again = try runPadan([
      "glossary", "import", tbx.path, "--format", "tbx", "--into", into.path, "--glossaries",
      folder.path,
    ])
    #expect(again.status == 1)
    #expect(again.stderr == "error: \(into.path): already exists (use --force to replace it)\n")
    let forced = try runPadan([
      "glossary", "import", tbx.path, "--format", "tbx", "--into", into.path, "--force",
      "--glossaries", folder.path,
    ])
    #expect(forced.status == 0)
  }

  @Test func importLintsTheResultAndReportsFileLineColumn() throws {
    let folder = try temporaryFolder([
      "d.csv": Array("Rusia,Russia\nRusia,Russian Federation\n".utf8)
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let into = folder.appendingPathComponent("imported.tsv").path
    let result = try runPadan([
      "glossary", "import", folder.appendingPathComponent("d.csv").path, "--format", "deepl",
      "--type", "place", "--into", into,
    ])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "\(into):3:1: error: 'Rusia' → 'Russian Federation' conflicts with \(into):2 'Rusia' → 'Russia'\n"
      ))
    #expect(result.stderr.hasSuffix("(fix the entries, or use --force to write it anyway)\n"))
    #expect(!FileManager.default.fileExists(atPath: into))
    let forced = try runPadan([
      "glossary", "import", folder.appendingPathComponent("d.csv").path, "--format", "deepl",
      "--type", "place", "--into", into, "--force",
    ])
    #expect(forced.status == 1)
    #expect(try String(contentsOfFile: into, encoding: .utf8).contains("Rusia\tRussia\tplace\t"))
  }

  @Test func badInputIsReportedAndNothingIsWritten() throws {
    let folder = try temporaryFolder(["bad.csv": Array("id,en\n\"Rusia,Russia\n".utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("bad.csv").path
    let into = folder.appendingPathComponent("imported.tsv").path
    let result = try runPadan(["glossary", "import", bad, "--format", "google", "--into", into])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "\(bad):2:1: error: quoted field is never closed\nerror: \(into): not written\n")
    #expect(!FileManager.default.fileExists(atPath: into))
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let result = try runPadan(["glossary", "export", "--format", "xliff"])
    #expect(result.status == 64)
  }
}
