import Foundation
import Testing

/// Commands that change the data refuse what would break translation, say what they change,
/// and speak plainly: conflicts, the lexicon that translation loads, help, counts, usage.
@Suite struct DataCommandSafetyTests {
  /// A project folder with a copy of the repository's glossaries.
  static func project() throws -> URL {
    let folder = try temporaryFolder([:])
    try FileManager.default.copyItem(
      at: repositoryRoot.appendingPathComponent("Glossaries"),
      to: folder.appendingPathComponent("Glossaries"))
    return folder
  }

  static func lineNumber(of prefix: String, in file: URL) throws -> Int {
    let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
    return try #require(lines.firstIndex { $0.hasPrefix(prefix) }) + 1
  }

  @Test func glossaryImportRefusesAConflictWithAnotherGlossaryNamingBothLines() throws {
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("c.csv")
    try Data("Rusia,Rusland\nKopenhagen,Copenhagen\n".utf8).write(to: csv)
    let places = try Self.lineNumber(
      of: "Rusia\t", in: folder.appendingPathComponent("Glossaries/places.tsv"))
    let arguments = [
      "glossary", "import", "c.csv", "--format", "deepl", "--type", "place", "--into",
      "Glossaries/zz.tsv",
    ]
    let refused = try runPadan(arguments, in: folder)
    #expect(refused.status == 1)
    #expect(
      refused.stderr == """
        Glossaries/zz.tsv:2:1: error: 'Rusia' → 'Rusland' conflicts with \
        Glossaries/places.tsv:\(places) 'Rusia' → 'Russia'
        error: Glossaries/zz.tsv: not written: 1 conflict with Glossaries (fix the entries, or \
        use --force to write it anyway)

        """)
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Glossaries/zz.tsv").path))
    // Translation still runs.
    #expect(try runPadan(["translate-text", "Rusia menolak."], in: folder).status == 0)

    let forced = try runPadan(arguments + ["--force"], in: folder)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(forced.stderr.contains("warning: Glossaries/zz.tsv: written with --force"))
    #expect(forced.stderr.hasSuffix("2 entries imported from c.csv: 0 errors, 0 warnings\n"))
  }

  @Test func glossaryImportCountsInTheRightNumber() throws {
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Kopenhagen,Copenhagen\n".utf8).write(to: folder.appendingPathComponent("c.csv"))
    let result = try runPadan(
      ["glossary", "import", "c.csv", "--format", "deepl", "--type", "place"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr
        == "Glossaries/imported.tsv: 1 entry imported from c.csv: 0 errors, 0 warnings\n")
  }

  @Test func lexiconImportWritesOnlyWhereToldAndWarnsAboutTheLexiconTranslationLoads() throws {
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("zorblat\tflurb\tn\n".utf8).write(to: folder.appendingPathComponent("w.tsv"))
    let missing = try runPadan(["lexicon", "import", "w.tsv", "--format", "tsv"], in: folder)
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("--into"))

    let aside = try runPadan(
      ["lexicon", "import", "w.tsv", "--format", "tsv", "--into", "words.tsv"], in: folder)
    #expect(aside.status == 0, "\(aside.stderr)")
    #expect(!aside.stderr.contains("warning:"), "\(aside.stderr)")
    #expect(aside.stderr.hasPrefix("entries read: 1 from w.tsv (1 Indonesian-English pair)\n"))

    let inside = try runPadan(
      ["lexicon", "import", "w.tsv", "--format", "tsv", "--into", "Glossaries/lexicon/w.tsv"],
      in: folder)
    #expect(inside.status == 0, "\(inside.stderr)")
    #expect(
      inside.stderr.hasSuffix(
        """
        warning: Glossaries/lexicon/w.tsv is in the lexicon folder that 'padan translate' loads: \
        translations and the lexicon fingerprint in the headers of Output/ change with it \
        ('padan translate --check' shows which segments). Move it out of \
        \(folder.appendingPathComponent("Glossaries/lexicon").standardizedFileURL.resolvingSymlinksInPath().path) \
        to keep the committed output.

        """), "\(inside.stderr)")
  }

  /// Every help text wraps its paragraphs as paragraphs: no line of a paragraph but its last
  /// is cut short where the source text had a line break.
  @Test(arguments: [
    ["glossary", "lint"], ["glossary", "find"], ["glossary", "coverage"], ["glossary", "stats"],
    ["glossary", "fmt"], ["glossary", "add"], ["glossary", "rm"], ["glossary", "export"],
    ["glossary", "import"], ["lexicon", "lint"], ["lexicon", "stats"], ["lexicon", "fmt"],
    ["lexicon", "import"], ["bench", "glossary"], ["bench", "segment"], ["bench", "morphology"],
    ["bench", "translate"], ["bench", "diff"], ["segment"], ["normalize"], ["translate"],
    ["translate-text"], ["diff"],
  ])
  func helpWrapsParagraphs(_ command: [String]) throws {
    let help = try runPadan(command + ["--help"])
    #expect(help.status == 0)
    let lines = help.stdout.components(separatedBy: "\n")
    let end = lines.firstIndex { $0.hasPrefix("USAGE:") } ?? lines.count
    for (i, line) in lines[..<end].enumerated() where i + 1 < end {
      let next = lines[i + 1]
      guard !line.isEmpty, !line.hasPrefix(" "), !next.isEmpty, !next.hasPrefix(" ") else {
        continue
      }
      // A line followed by more of its paragraph ends only where the next word would not
      // fit in the 80 columns.
      let word = next.split(separator: " ").first ?? ""
      #expect(line.count + 1 + word.count > 72 || line.hasSuffix(":"), "\(command): '\(line)'")
    }
  }

  @Test func usageErrorsExit64() throws {
    let type = try runPadan(["glossary", "add", "Kopenhagen", "Copenhagen", "--type", "thing"])
    #expect(type.status == 64)
    #expect(type.stderr.contains("unknown --type 'thing'"), "\(type.stderr)")
    let policy = try runPadan([
      "glossary", "add", "Kopenhagen", "Copenhagen", "--type", "place", "--case", "loud",
    ])
    #expect(policy.status == 64)
  }

  @Test func diffAgainstARevisionOutsideGitSaysSo() throws {
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Output"), withIntermediateDirectories: true)
    let result = try runPadan(["diff", "--against", "HEAD"], in: folder)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("--against HEAD: \(folder.path) is not in a git repository"),
      "\(result.stderr)")
  }

  @Test func translateCountsOneDocumentAndOneUnknownWord() throws {
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try Data("Rusia menolak zorblat.\n".utf8).write(to: input.appendingPathComponent("a.txt"))
    let result = try runPadan(["translate", "in", "--out", "out", "--verbose"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("1 unknown word)"), "\(result.stderr)")
    #expect(result.stderr.contains("1 document: 1 translated"), "\(result.stderr)")
    let markdown = try #require(contents(folder.appendingPathComponent("out"), "a.md"))
    #expect(markdown.contains("1 unknown word\n"), "\(markdown)")
  }
}
