import Foundation
import Testing

/// `padan tm` and `padan translate` with a folder of reviewed segments.
@Suite struct TMCommandTests {
  static let glossaries = repositoryRoot.appendingPathComponent("Glossaries").path
  static let document = "000_d9d9eef47c1bbfe9"

  /// A project folder with the samples and the glossaries.
  static func project() throws -> URL {
    let folder = try temporaryFolder([:])
    for name in ["Seeds", "Glossaries"] {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
  }

  /// Padan's XLIFF 2.1 with the byline reviewed: new English, `state="reviewed"`.
  static func reviewedXLIFF(_ xlf: String) throws -> String {
    let start = try #require(xlf.range(of: "<unit id=\"2.1\" type=\"padan:byline\">"))
    let end = try #require(xlf.range(of: "</unit>", range: start.upperBound..<xlf.endIndex))
    var unit = String(xlf[start.lowerBound..<end.upperBound])
    unit = unit.replacingOccurrences(
      of: "state=\"initial\" subState=\"padan:machine-translation\"", with: "state=\"reviewed\"")
    let target = try #require(unit.range(of: "<target>"))
    let targetEnd = try #require(unit.range(of: "</target>"))
    unit.replaceSubrange(target.upperBound..<targetEnd.lowerBound, with: "Reported by RENI ERINA")
    return xlf.replacingCharacters(in: start.lowerBound..<end.upperBound, with: unit)
  }

  @Test func importWithoutFilesIsAUsageError() throws {
    let result = try runPadan(["tm", "import"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Missing expected argument '<files> ...'"))
  }

  /// A folder named with --reviewed must exist: a typo must not silently drop the reviews.
  @Test func aMissingReviewedFolderIsAUsageError() throws {
    for arguments in [
      ["translate", "--reviewed", "/nonexistent/Reviewed"],
      ["tm", "export", "--reviewed", "/nonexistent/Reviewed"],
    ] {
      let result = try runPadan(arguments)
      #expect(result.status == 64)
      #expect(result.stderr.contains("--reviewed /nonexistent/Reviewed: no such folder"))
    }
  }

  @Test func aMalformedFileIsReportedAtItsLineAndNothingIsWritten() throws {
    let folder = try temporaryFolder([
      "bad.xliff": Array("<xliff version=\"1.2\">\n<file><body><trans-unit id=1>".utf8)
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runPadan(
      ["tm", "import", "bad.xliff", "--glossaries", Self.glossaries], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("bad.xliff:2:"))
    #expect(result.stderr.contains(": error: not a bilingual file: malformed XML"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reviewed").path))
  }

  @Test func translateTakesReviewedEnglishAndReRendersWhenTheMemoryChanges() throws {
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    let g: [String] = []
    #expect(try runPadan(["translate"] + g, in: folder).status == 0)
    let manifest = try #require(contents(folder, "Output/manifest.json"))
    #expect(!manifest.contains("\"reviewed\""))
    // The committed Output/ is what a run without reviewed segments writes.
    #expect(
      contents(folder, "Output/\(Self.document).jsonl")
        == contents(repositoryRoot, "Output/\(Self.document).jsonl"))

    let xlf = try #require(contents(folder, "Output/\(Self.document).xlf"))
    try Data(try Self.reviewedXLIFF(xlf).utf8).write(to: folder.appendingPathComponent("r.xlf"))
    let imported = try runPadan(["tm", "import", "r.xlf"] + g, in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let lines = imported.stdout.split(separator: "\n")
    #expect(lines.count == 2 && lines[0].hasPrefix("r.xlf: 1 reviewed unit, "))
    #expect(
      lines.last
        == "imported 1 unit (0 already in the memory, 0 replacing an earlier review) into Reviewed/0001-r.tmx"
    )
    let stats = try runPadan(["tm", "stats"], in: folder)
    #expect(
      stats.stdout.hasPrefix("Reviewed/0001-r.tmx: 1 reviewed unit\n1 file, 1 reviewed unit,"))

    // A changed memory changes the settings: every document is translated again.
    let run = try runPadan(["translate", "--verbose"] + g, in: folder)
    #expect(
      run.stderr.hasSuffix("2 documents: 2 translated, 0 unchanged, 0 failed; output in Output/\n"))
    let jsonl = try #require(contents(folder, "Output/\(Self.document).jsonl"))
    #expect(
      jsonl.contains(
        "\"target\":\"Reported by RENI ERINA\",\"glossary\":[],\"lexicon\":[],\"unknown\":[],\"state\":\"reviewed\",\"origin\":{\"type\":\"tm\",\"file\":\"Reviewed/0001-r.tmx\",\"unit\":\"1\",\"match\":\"in-context\",\"stale\":[]}}"
      ))
    #expect(try #require(contents(folder, "Output/manifest.json")).contains("\"reviewed\": \""))
    #expect(
      try #require(contents(folder, "Output/project.tmx")).contains(
        "<prop type=\"x-padan-origin\">tm</prop>"))
    let again = try runPadan(["translate", "--verbose"] + g, in: folder)
    #expect(
      again.stderr.hasSuffix(
        "2 documents: 0 translated, 2 unchanged, 0 failed; output in Output/\n"))

    // The same bytes with one worker or two.
    #expect(try runPadan(["translate", "--out", "one", "--jobs", "1"] + g, in: folder).status == 0)
    #expect(try runPadan(["translate", "--out", "two", "--jobs", "2"] + g, in: folder).status == 0)
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("one").path
    ).sorted()
    #expect(names.count == 2 * 7 + 2)
    for name in names {
      #expect(contents(folder, "one/" + name) == contents(folder, "two/" + name), "\(name)")
    }

    // With an empty folder, the machine translation again.
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("none"), withIntermediateDirectories: true)
    #expect(try runPadan(["translate", "--reviewed", "none"] + g, in: folder).status == 0)
    #expect(
      contents(folder, "Output/\(Self.document).jsonl")
        == contents(repositoryRoot, "Output/\(Self.document).jsonl"))
  }

  @Test func outputsWithReviewedSegmentsValidate() throws {
    let xmllint = try xmllintPath()
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    let g: [String] = []
    #expect(try runPadan(["translate"] + g, in: folder).status == 0)
    let xlf = try #require(contents(folder, "Output/\(Self.document).xlf"))
    try Data(try Self.reviewedXLIFF(xlf).utf8).write(to: folder.appendingPathComponent("r.xlf"))
    #expect(try runPadan(["tm", "import", "r.xlf"] + g, in: folder).status == 0)
    #expect(try runPadan(["translate"] + g, in: folder).status == 0)
    let schemas = vendoredSchemas
    let driver = try xliff21DriverSchema(in: folder)
    let output = folder.appendingPathComponent("Output")
    let checks: [(String, [String])] = [
      (Self.document + ".xlf", ["--schema", driver.path]),
      (
        Self.document + ".tmx",
        ["--dtdvalid", schemas.appendingPathComponent("tmx/tmx14.dtd").path]
      ),
      ("project.tmx", ["--dtdvalid", schemas.appendingPathComponent("tmx/tmx14.dtd").path]),
      (
        Self.document + ".xliff",
        ["--schema", schemas.appendingPathComponent("xliff12/xliff-core-1.2-strict.xsd").path]
      ),
      (
        "../Reviewed/0001-r.tmx",
        ["--dtdvalid", schemas.appendingPathComponent("tmx/tmx14.dtd").path]
      ),
    ]
    for (name, schema) in checks {
      let run = try runTool(
        xmllint, ["--noout", "--nonet"] + schema + [output.appendingPathComponent(name).path],
        environment: xliff12Catalog)
      #expect(run.status == 0, "\(name): \(run.stderr)")
    }
    #expect(
      try #require(contents(output, Self.document + ".xlf")).contains(
        "state=\"reviewed\" subState=\"padan:tm\""))
  }
}
