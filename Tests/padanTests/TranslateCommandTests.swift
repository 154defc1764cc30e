import Foundation
import Testing

/// End-to-end: `padan translate` on folders, bad input and standard input.
@Suite struct TranslateCommandTests {
  static let good = [
    "a.txt": Array(
      "Rusia dan NATO Bertemu di Brussels\n\nMenteri Luar Negeri Retno Marsudi hadir. Ia setuju.\n"
        .utf8),
    "c.txt": Array(
      "Judul Ketiga Sekali\n\nSekjen NATO Jens Stoltenberg berbicara di Jakarta.\n".utf8),
  ]

  static func files(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  static func bytes(_ folder: URL, _ name: String) -> Data? {
    FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
  }

  @Test func theCommittedOutputIsWhatTranslateWrites() throws {
    let out = try temporaryFolder([:])
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try runPadan(["translate", "--out", out.path, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    let committed = repositoryRoot.appendingPathComponent("Output")
    let expected = try Self.files(in: committed)
    #expect(try Self.files(in: out) == expected)
    for name in expected {
      #expect(
        Self.bytes(out, name) == Self.bytes(committed, name),
        "Output/\(name) differs: regenerate with 'swift run padan translate --force' and review")
    }
  }

  @Test func theCommittedTMXAndXLIFFValidateWithXmllint() throws {
    let xmllint = try xmllintPath()
    // The official schemas, vendored with their licence notes (Tests/Data/schemas/README.md).
    let schemas = repositoryRoot.appendingPathComponent("Tests/Data/schemas")
    let dtd = schemas.appendingPathComponent("tmx/tmx14.dtd")
    try #require(
      FileManager.default.fileExists(atPath: dtd.path), "\(dtd.path) is missing")
    let folder = try temporaryFolder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let driver = try xliff21DriverSchema(in: folder)
    let output = repositoryRoot.appendingPathComponent("Output")
    let names = try Self.files(in: output)
    let tmx = names.filter { $0.hasSuffix(".tmx") }
    let xlf = names.filter { $0.hasSuffix(".xlf") }
    // One TMX per document, plus project.tmx.
    #expect(!tmx.isEmpty && tmx.count == xlf.count + 1 && tmx.contains("project.tmx"))
    for name in tmx + xlf {
      let schema =
        name.hasSuffix(".tmx") ? ["--dtdvalid", dtd.path] : ["--schema", driver.path]
      let run = try runTool(
        xmllint, ["--noout", "--nonet"] + schema + [output.appendingPathComponent(name).path])
      #expect(run.status == 0, "Output/\(name): \(run.stderr)")
    }
  }

  @Test func jobs1AndJobs2WriteIdenticalBytes() throws {
    let input = try temporaryFolder(Self.good)
    let one = try temporaryFolder([:])
    let two = try temporaryFolder([:])
    defer { for f in [input, one, two] { try? FileManager.default.removeItem(at: f) } }
    for file in try Self.files(in: repositoryRoot.appendingPathComponent("Seeds")) {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent("Seeds/\(file)"),
        to: input.appendingPathComponent(file))
    }
    #expect(try runPadan(["translate", input.path, "--out", one.path, "--jobs", "1"]).status == 0)
    #expect(try runPadan(["translate", input.path, "--out", two.path, "--jobs", "2"]).status == 0)
    let names = try Self.files(in: one)
    // Seven files per document (jsonl, tmx, xlf, xliff, md, id.txt, en.txt), the manifest
    // and project.tmx.
    #expect(names.count == 4 * 7 + 2)
    #expect(names.contains("project.tmx"))
    #expect(try Self.files(in: two) == names)
    for name in names { #expect(Self.bytes(one, name) == Self.bytes(two, name), "\(name)") }
  }

  @Test func anInvalidUTF8FileIsReportedAndTheOthersComplete() throws {
    var files = Self.good
    files["b.txt"] = Array("Judul Rusak\nbaris ".utf8) + [0xFF] + Array(" dua.".utf8)
    let input = try temporaryFolder(files)
    let out = try temporaryFolder([:])
    defer { for f in [input, out] { try? FileManager.default.removeItem(at: f) } }
    let result = try runPadan(["translate", input.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr == "\(input.path)/b.txt:2:7: error: invalid UTF-8 byte 0xFF\n")
    let names = try Self.files(in: out)
    #expect(
      names.contains("a.jsonl") && names.contains("c.md") && !names.contains { $0.hasPrefix("b.") })
    let manifest = try #require(String(data: Self.bytes(out, "manifest.json")!, encoding: .utf8))
    #expect(manifest.contains("\"failed\": [\n    {\"path\":\"\(input.path)/b.txt\",\"error\":"))
    #expect(manifest.contains("\"totals\": {\"documents\":2,"))
  }

  @Test func anUnreadableFileIsReportedAndTheOthersComplete() throws {
    let input = try temporaryFolder(Self.good)
    let out = try temporaryFolder([:])
    defer { for f in [input, out] { try? FileManager.default.removeItem(at: f) } }
    let expected: String
    if geteuid() == 0 {
      // chmod 000 does not stop root: use a folder named like an article instead.
      try FileManager.default.createDirectory(
        at: input.appendingPathComponent("b.txt"), withIntermediateDirectories: false)
      expected = "error: \(input.path)/b.txt: is a directory\n"
    } else {
      try Data("Isi.".utf8).write(to: input.appendingPathComponent("b.txt"))
      chmod(input.appendingPathComponent("b.txt").path, 0)
      expected = "error: \(input.path)/b.txt: cannot read file (permission denied?)\n"
    }
    let result = try runPadan(["translate", input.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr == expected)
    #expect(try Self.files(in: out).filter { $0.hasSuffix(".jsonl") } == ["a.jsonl", "c.jsonl"])
  }

  @Test func anOutputFolderThatCannotBeWrittenIsOneClearErrorAndNoFiles() throws {
    let input = try temporaryFolder(Self.good)
    defer { try? FileManager.default.removeItem(at: input) }
    // A folder below a regular file can never be created, even by root.
    let blocked = input.appendingPathComponent("a.txt").appendingPathComponent("out").path
    let result = try runPadan(["translate", input.path, "--out", blocked])
    #expect(result.status == 1)
    #expect(
      result.stderr == "error: \(blocked): cannot create the output folder (Not a directory)\n")
    #expect(try Self.files(in: input) == ["a.txt", "c.txt"])
    if geteuid() != 0 {
      let readOnly = try temporaryFolder([:])
      defer { try? FileManager.default.removeItem(at: readOnly) }
      chmod(readOnly.path, 0o555)
      let denied = try runPadan(["translate", input.path, "--out", readOnly.path])
      #expect(denied.status == 1)
      #expect(denied.stderr.hasPrefix("error: \(readOnly.path): cannot write in the output folder"))
      #expect(try Self.files(in: readOnly).isEmpty)
    }
  }

  @Test func aFileThatCannotBeReplacedFailsItsDocumentWithoutPartialFiles() throws {
    let input = try temporaryFolder(Self.good)
    let out = try temporaryFolder([:])
    defer { for f in [input, out] { try? FileManager.default.removeItem(at: f) } }
    try FileManager.default.createDirectory(
      at: out.appendingPathComponent("a.md"), withIntermediateDirectories: false)
    let result = try runPadan(["translate", input.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr == "error: \(out.path)/a.md: cannot replace a folder with a file\n")
    #expect(try Self.files(in: out).filter { $0.hasPrefix("a.") || $0.hasPrefix(".") } == ["a.md"])
    #expect(try Self.files(in: out).contains("c.jsonl"))
  }

  @Test func unchangedInputsAreSkippedUntilTheyChangeOrForce() throws {
    let input = try temporaryFolder(Self.good)
    let out = try temporaryFolder([:])
    defer { for f in [input, out] { try? FileManager.default.removeItem(at: f) } }
    let first = try runPadan(["translate", input.path, "--out", out.path, "--verbose"])
    #expect(first.stderr.contains("2 documents: 2 translated, 0 unchanged, 0 failed"))
    let manifest = Self.bytes(out, "manifest.json")
    let second = try runPadan(["translate", input.path, "--out", out.path, "--verbose"])
    #expect(second.status == 0)
    #expect(second.stderr.contains("unchanged \(input.path)/a.txt"))
    #expect(second.stderr.contains("2 documents: 0 translated, 2 unchanged, 0 failed"))
    #expect(Self.bytes(out, "manifest.json") == manifest)
    try Data("Judul Baru Sekali\n\nRusia setuju.\n".utf8).write(
      to: input.appendingPathComponent("c.txt"))
    let third = try runPadan(["translate", input.path, "--out", out.path, "--verbose"])
    #expect(third.stderr.contains("translated \(input.path)/c.txt"))
    #expect(third.stderr.contains("1 translated, 1 unchanged"))
    let forced = try runPadan(["translate", input.path, "--out", out.path, "--verbose", "--force"])
    #expect(forced.stderr.contains("2 translated, 0 unchanged"))
    let quiet = try runPadan(["translate", input.path, "--out", out.path, "--quiet"])
    #expect(quiet.status == 0 && quiet.stderr.isEmpty && quiet.stdout.isEmpty)
  }

  @Test func formatsCanBeChosen() throws {
    let input = try temporaryFolder(Self.good)
    let out = try temporaryFolder([:])
    defer { for f in [input, out] { try? FileManager.default.removeItem(at: f) } }
    let result = try runPadan(["translate", input.path, "--out", out.path, "--format", "tmx,txt"])
    #expect(result.status == 0)
    #expect(
      try Self.files(in: out)
        == ["a.en.txt", "a.id.txt", "a.tmx", "c.en.txt", "c.id.txt", "c.tmx", "manifest.json"])
    #expect(try runPadan(["translate", "--format", "pdf"]).status == 64)
  }

  @Test func streamingWritesOneLinePerInputInOrderAndSurvivesBadLines() throws {
    var input = ""
    for i in 0..<600 {
      if i == 300 {
        input += "{\"id\": \"bad\", \"text\": \n"
      } else {
        input += "{\"id\": \"r\(i)\", \"text\": \"Rusia dan NATO setuju \(i) kali.\"}\n"
      }
    }
    let result = try runPadan(["translate", "--jsonl", "--jobs", "2"], stdin: input)
    #expect(result.status == 1)
    #expect(result.stderr == "<stdin>:301:23: error: not a JSON object: unexpected end of text\n")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 600)
    for (i, line) in lines.enumerated() {
      let object = try #require(
        JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      if i == 300 {
        #expect(
          object["error"] as? String
            == "<stdin>:301:23: error: not a JSON object: unexpected end of text")
        continue
      }
      #expect(object["id"] as? String == "r\(i)")
      let segments = try #require(object["segments"] as? [[String: Any]])
      #expect(segments.count == 1)
      let target = try #require(object["target"] as? String)
      #expect(target == segments.first?["target"] as? String)
      #expect(target.hasPrefix("Russia and NATO") && target.contains("\(i)"))
      #expect(
        segments.first?["bytes"] as? [Int] == [0, "Rusia dan NATO setuju \(i) kali.".utf8.count])
    }
  }
}
