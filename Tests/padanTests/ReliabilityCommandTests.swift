import Foundation
import Testing

/// Runs `padan` with standard output sent to `stdoutPath` (opened for writing), or closed
/// when `nil`; returns the exit status and what it printed on standard error.
func runPadan(_ arguments: [String], stdoutPath: String?) throws -> (status: Int32, stderr: String)
{
  let process = Process()
  process.executableURL = padanExecutable
  process.arguments = arguments
  process.currentDirectoryURL = repositoryRoot
  let err = Pipe()
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  if let stdoutPath {
    process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
  } else {
    // A pipe whose reading end is closed: every write gets EPIPE.
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    process.standardOutput = pipe
  }
  try process.run()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
}

@Suite struct OutputErrorTests {
  /// Commands that print to standard output; each must exit 1 with a message on a full disk
  /// or a closed pipe, not trap and not exit 0.
  static let commands: [[String]] = [
    ["segment", "Seeds"], ["glossary", "stats"], ["glossary", "export", "--format", "tbx"],
    ["glossary", "find", "Seeds"], ["lexicon", "stats"], ["translate-text", "Rusia dan NATO"],
    ["diff", "Output", "Output"],
  ]

  @Test(arguments: commands)
  func fullDiskIsAnErrorWithAMessage(arguments: [String]) throws {
    let result = try runPadan(arguments, stdoutPath: "/dev/full")
    #expect(result.status != 0)
    #expect(result.stderr.contains("standard output: cannot write: No space left on device"))
  }

  @Test(arguments: commands)
  func closedPipeIsAnErrorWithAMessage(arguments: [String]) throws {
    let result = try runPadan(arguments, stdoutPath: nil)
    #expect(result.status != 0)
    #expect(result.stderr.contains("standard output: cannot write: Broken pipe"))
  }
}

@Suite struct GlossaryFileSafetyTests {
  @Test func addRefusesAFileThatIsNotAGlossary() throws {
    let lexicon = "lemma\tpos\tenglish\tcues\tnote\nkota\tnoun\tcity\t\t\n"
    let folder = try temporaryFolder(["core.tsv": Array(lexicon.utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("core.tsv").path
    let add = try runPadan(
      [
        "glossary", "add", "foo", "foo", "--type", "term", "--file", file, "--glossaries",
        folder.path,
      ])
    #expect(add.status == 1)
    #expect(
      add.stderr
        == "error: \(file) is not a glossary file: expected the header "
        + "'source\\ttarget\\ttype\\tcase\\tvariants\\tnote', found 'lemma\\tpos\\tenglish\\tcues\\tnote'\n"
    )
    #expect(contents(folder, "core.tsv") == lexicon)
  }
}

/// `padan translate` into one output folder: inputs and outputs kept apart, outputs checked
/// before they are reused, one run at a time, nothing left behind by a killed run.
@Suite struct OutputFolderSafetyTests {
  static let good = TranslateCommandTests.good

  static func files(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func theOutputFolderIsNeverReadAsInput() throws {
    let input = try temporaryFolder(Self.good)
    defer { try? FileManager.default.removeItem(at: input) }
    let same = try runPadan(["translate", input.path, "--out", input.path])
    #expect(same.status == 1)
    #expect(
      same.stderr.contains(
        "\(input.path): is the output folder \(input.path) or inside it; inputs and outputs must be in different folders"
      ))
    #expect(try Self.files(in: input) == ["a.txt", "c.txt"])
    // An output folder inside an input folder is skipped when the input folder is walked.
    let inside = input.appendingPathComponent("out").path
    for _ in 0..<3 {
      let run = try runPadan(["translate", input.path, "--out", inside, "--verbose"])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stderr.contains("2 documents:"))
    }
  }

  @Test func damagedOutputsAreTranslatedAgain() throws {
    let input = try temporaryFolder(Self.good)
    let out = try temporaryFolder([:])
    defer { for f in [input, out] { try? FileManager.default.removeItem(at: f) } }
    #expect(try runPadan(["translate", input.path, "--out", out.path]).status == 0)
    let good = try Self.files(in: out).map { ($0, contents(out, $0)) }
    // Truncated JSONL (header intact), empty TMX, junk XLIFF, an edited Markdown.
    let jsonl = out.appendingPathComponent("a.jsonl")
    let header = contents(out, "a.jsonl")!.split(separator: "\n")[0]
    try Data((header + "\n").utf8).write(to: jsonl)
    try Data().write(to: out.appendingPathComponent("c.tmx"))
    try Data("junk".utf8).write(to: out.appendingPathComponent("c.xlf"))
    let again = try runPadan(["translate", input.path, "--out", out.path, "--verbose"])
    #expect(again.status == 0)
    #expect(again.stderr.contains("2 documents: 2 translated, 0 unchanged"))
    #expect(
      try Self.files(in: out).map { ($0, contents(out, $0)) }.elementsEqual(good) { $0 == $1 })
    try Data("edited".utf8).write(to: out.appendingPathComponent("a.md"))
    let third = try runPadan(["translate", input.path, "--out", out.path, "--verbose"])
    #expect(third.stderr.contains("2 documents: 1 translated, 1 unchanged"))
  }

  @Test func aSecondRunIntoALockedFolderStopsBeforeWriting() throws {
    let input = try temporaryFolder(Self.good)
    let out = try temporaryFolder([:])
    defer { for f in [input, out] { try? FileManager.default.removeItem(at: f) } }
    let fd = open(out.appendingPathComponent(".padan.lock").path, O_RDWR | O_CREAT, 0o644)
    #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
    let blocked = try runPadan(["translate", input.path, "--out", out.path])
    #expect(blocked.status == 1)
    #expect(
      blocked.stderr
        == "error: \(out.path): another padan run is writing to this output folder; wait for it to finish or choose another --out\n"
    )
    #expect(try Self.files(in: out) == [".padan.lock"])
    close(fd)
    let free = try runPadan(["translate", input.path, "--out", out.path])
    #expect(free.status == 0)
    #expect(try !Self.files(in: out).contains(".padan.lock"))
  }

  @Test func temporaryFilesOfAKilledRunAreRemoved() throws {
    let input = try temporaryFolder(Self.good)
    let out = try temporaryFolder([
      ".a.md.0D3E1A9C-4B6B-4C47-9E0B-3B7E0C1F2A55.tmp": Array("partial".utf8),
      ".notes.tmp": Array("kept".utf8),
    ])
    defer { for f in [input, out] { try? FileManager.default.removeItem(at: f) } }
    #expect(try runPadan(["translate", input.path, "--out", out.path]).status == 0)
    #expect(try Self.files(in: out).filter { $0.hasPrefix(".") } == [".notes.tmp"])
  }

  @Test func inputsWithTheSameOutputNameAreListedAsFailed() throws {
    let input = try temporaryFolder(["a.txt": Self.good["a.txt"]!])
    let other = try temporaryFolder(["a.txt": Self.good["c.txt"]!])
    let out = try temporaryFolder([:])
    defer { for f in [input, other, out] { try? FileManager.default.removeItem(at: f) } }
    let run = try runPadan(["translate", input.path, other.path, "--out", out.path])
    #expect(run.status == 1)
    let manifest = contents(out, "manifest.json") ?? ""
    #expect(manifest.contains("{\"path\":\"\(other.path)/a.txt\",\"error\":"))
    #expect(manifest.contains("output name 'a' is already used by \(input.path)/a.txt"))
  }

  @Test func aSymbolicLinkAmongTheOutputsIsReplacedWithAPlainFile() throws {
    let input = try temporaryFolder(Self.good)
    let out = try temporaryFolder([:])
    let elsewhere = try temporaryFolder(["v": Array("target".utf8)])
    defer { for f in [input, out, elsewhere] { try? FileManager.default.removeItem(at: f) } }
    let target = elsewhere.appendingPathComponent("v").path
    chmod(target, 0o777)
    try FileManager.default.createSymbolicLink(
      atPath: out.appendingPathComponent("a.md").path, withDestinationPath: target)
    #expect(try runPadan(["translate", input.path, "--out", out.path, "--force"]).status == 0)
    var info = stat()
    #expect(lstat(out.appendingPathComponent("a.md").path, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFREG)
    #expect(info.st_mode & 0o111 == 0 && info.st_mode & 0o002 == 0)
    #expect(contents(elsewhere, "v") == "target")
  }

  @Test func checkUsesAPrivateFolderNotAPredictableOne() throws {
    let tmp = try temporaryFolder([:])
    let victim = try temporaryFolder([:])
    defer { for f in [tmp, victim] { try? FileManager.default.removeItem(at: f) } }
    let process = Process()
    process.executableURL = padanExecutable
    process.arguments = ["translate", "--check"]
    process.currentDirectoryURL = repositoryRoot
    process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": tmp.path]) {
      $1
    }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Planted while the command loads its resources: the name the old code used.
    try FileManager.default.createSymbolicLink(
      atPath: tmp.appendingPathComponent("padan-check-\(process.processIdentifier)").path,
      withDestinationPath: victim.path)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try Self.files(in: victim).isEmpty)
  }

  @Test(.timeLimit(.minutes(1))) func jobsAreCapped() throws {
    let result = try runPadan(
      ["translate", "--jsonl", "--jobs", "100000"],
      stdin: "{\"id\":1,\"text\":\"Rusia dan NATO.\"}\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("{\"id\":1,\"segments\":"))
  }
}

@Suite struct GlossaryLinkTests {
  @Test func fmtAndAddWriteThroughASymbolicLink() throws {
    let header = "source\ttarget\ttype\tcase\tvariants\tnote\n"
    let store = try temporaryFolder([
      "places.tsv": Array((header + "Paris\tParis\tplace\nMoskow\tMoscow\tplace\n").utf8)
    ])
    let glossaries = try temporaryFolder([:])
    defer { for f in [store, glossaries] { try? FileManager.default.removeItem(at: f) } }
    let link = glossaries.appendingPathComponent("places.tsv").path
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: store.appendingPathComponent("places.tsv").path)
    let g = ["--glossaries", glossaries.path]
    #expect(try runPadan(["glossary", "fmt"] + g).status == 0)
    #expect(
      try runPadan(["glossary", "add", "Beijing", "Beijing", "--type", "place"] + g).status == 0)
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link)
        == store.appendingPathComponent("places.tsv").path)
    #expect(
      contents(store, "places.tsv")
        == header
        + "Moskow\tMoscow\tplace\t\t\t\nParis\tParis\tplace\t\t\t\nBeijing\tBeijing\tplace\t\t\t\n")
  }
}

@Suite struct FileNameTests {
  @Test func aFileNameThatIsNotUTF8IsReportedAsSuch() throws {
    let folder = try temporaryFolder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    var name = Array((folder.path + "/berita-").utf8) + [0xE9] + Array(".txt".utf8)
    name.append(0)
    let fd = name.withUnsafeBufferPointer {
      $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
    }
    #expect(fd >= 0)
    _ = "Rusia dan NATO.\n".withCString { write(fd, $0, 16) }
    close(fd)
    let run = try runPadan(["segment", folder.path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("file name is not valid UTF-8"))
    #expect(!run.stderr.contains("no such file"))
  }
}
