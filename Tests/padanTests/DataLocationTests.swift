import Foundation
import Testing

/// Where `padan` finds its data: `--glossaries`, then `$PADAN_HOME`, then the project in the
/// current folder or a parent, then `BIN/../share/padan` beside the executable.
@Suite struct DataLocationTests {
  /// A copy of the repository's glossaries in `folder/Glossaries` where Rusia is `english`,
  /// so that the output shows which copy was used.
  static func data(in folder: URL, rusia english: String) throws {
    let glossaries = folder.appendingPathComponent("Glossaries")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: repositoryRoot.appendingPathComponent("Glossaries"), to: glossaries)
    let places = glossaries.appendingPathComponent("places.tsv")
    let text = try String(contentsOf: places, encoding: .utf8)
    #expect(text.contains("\nRusia\tRussia\t"))
    try Data(text.replacingOccurrences(of: "\nRusia\tRussia\t", with: "\nRusia\t\(english)\t").utf8)
      .write(to: places)
  }

  /// `padan` (or `executable`) run in `directory` with `$PADAN_HOME` set to `home` or unset.
  static func run(
    _ arguments: [String], in directory: URL, home: String? = nil,
    executable: URL = padanExecutable
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["PADAN_HOME"] = home
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A copy of the executable at `folder/bin/padan` (a hard link when possible).
  static func installedExecutable(in folder: URL) throws -> URL {
    let bin = folder.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let copy = bin.appendingPathComponent("padan")
    do {
      try FileManager.default.linkItem(at: padanExecutable, to: copy)
    } catch {
      try FileManager.default.copyItem(at: padanExecutable, to: copy)
    }
    return copy
  }

  static let sentence = ["translate-text", "Rusia menolak."]

  @Test func theProjectIsFoundFromASubfolderByItsMarker() throws {
    let project = try temporaryFolder([".padan": []])
    defer { try? FileManager.default.removeItem(at: project) }
    try Self.data(in: project, rusia: "Ruthenia")
    let deep = project.appendingPathComponent("notes/2026")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    let result = try Self.run(Self.sentence, in: deep)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Ruthenia"), "\(result.stdout)")
    // Messages name the files from the current folder.
    let lint = try Self.run(["glossary", "lint"], in: deep)
    #expect(lint.stderr.hasSuffix("0 errors, 0 warnings\n"), "\(lint.stderr)")
  }

  @Test func aParentWithGlossariesButNoMarkerIsNotAProject() throws {
    let folder = try temporaryFolder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.data(in: folder, rusia: "Ruthenia")
    let sub = folder.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let executable = try Self.installedExecutable(in: folder.appendingPathComponent("usr"))
    let result = try Self.run(Self.sentence, in: sub, executable: executable)
    #expect(result.status == 1)
    #expect(!result.stdout.contains("Ruthenia"))
    // In the folder itself, Glossaries/ alone is enough.
    let here = try Self.run(Self.sentence, in: folder, executable: executable)
    #expect(here.stdout.hasPrefix("Ruthenia"), "\(here.stderr)")
  }

  @Test func padanHomeComesBeforeTheProjectAndTheOptionBeforeBoth() throws {
    let project = try temporaryFolder([".padan": []])
    let home = try temporaryFolder([:])
    defer { for f in [project, home] { try? FileManager.default.removeItem(at: f) } }
    try Self.data(in: project, rusia: "Ruthenia")
    try Self.data(in: home, rusia: "Rossiya")
    let fromHome = try Self.run(Self.sentence, in: project, home: home.path)
    #expect(fromHome.stdout.hasPrefix("Rossiya"), "\(fromHome.stderr)")
    let fromOption = try Self.run(
      Self.sentence + ["--glossaries", "Glossaries"], in: project, home: home.path)
    #expect(fromOption.stdout.hasPrefix("Ruthenia"), "\(fromOption.stderr)")
  }

  @Test func installedDataBesideTheExecutableIsFoundFromAnyFolder() throws {
    let prefix = try temporaryFolder([:])
    let elsewhere = try temporaryFolder([:])
    defer { for f in [prefix, elsewhere] { try? FileManager.default.removeItem(at: f) } }
    let executable = try Self.installedExecutable(in: prefix)
    try Self.data(in: prefix.appendingPathComponent("share/padan"), rusia: "Rossiya")
    let result = try Self.run(Self.sentence, in: elsewhere, executable: executable)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Rossiya"), "\(result.stdout)")
  }

  @Test func whenNothingIsFoundTheErrorListsThePlacesAndTheFix() throws {
    let prefix = try temporaryFolder([:])
    let elsewhere = try temporaryFolder([:])
    defer { for f in [prefix, elsewhere] { try? FileManager.default.removeItem(at: f) } }
    let executable = try Self.installedExecutable(in: prefix)
    let result = try Self.run(Self.sentence, in: elsewhere, executable: executable)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let share = prefix.appendingPathComponent("share/padan/Glossaries").path
    #expect(
      result.stderr == """
        error: cannot find Padan's data (Glossaries/). Searched:
          - $PADAN_HOME (not set)
          - \(elsewhere.path) and its parents (no Glossaries/ with Package.swift or .padan)
          - \(share) (installed data next to \(executable.path))
        Fix: run padan inside the project folder, pass --glossaries DIR, set PADAN_HOME to the \
        folder that holds Glossaries/, or install the data with Scripts/install.sh.

        """)
    let home = try Self.run(Self.sentence, in: elsewhere, home: elsewhere.path)
    #expect(home.status == 1)
    #expect(home.stderr.hasPrefix("error: PADAN_HOME is \(elsewhere.path), but "), "\(home.stderr)")
  }
}
