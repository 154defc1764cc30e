import Foundation
import Testing

/// The ```console examples of README.md and docs/*.md, run against the built `padan` in a
/// temporary copy of the project, their output compared with the text the docs show.
/// The convention is described at the top of docs/cli.md.
@Suite struct DocsExamplesTests {
  struct Command {
    var line: Int
    var text: String
    var expected: [String]
  }

  /// The documents that may hold examples.
  static let documents: [String] = {
    let docs = repositoryRoot.appendingPathComponent("docs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
    return ["README.md"] + names.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
  }()

  /// The commands of every ```console block in `text`, in order, with the lines shown
  /// after each (up to the next `$ ` line or the end of the block).
  static func commands(in text: String) -> [Command] {
    var commands: [Command] = []
    var inConsole = false
    for (i, line) in text.components(separatedBy: "\n").enumerated() {
      if !inConsole {
        if line == "```console" { inConsole = true }
        continue
      }
      if line == "```" {
        inConsole = false
      } else if line.hasPrefix("$ ") {
        commands.append(Command(line: i + 1, text: String(line.dropFirst(2)), expected: []))
      } else if !commands.isEmpty {
        commands[commands.count - 1].expected.append(line)
      }
    }
    return commands
  }

  /// Whether `actual` is what `expected` shows: a line `...` stands for any number of
  /// lines, and `...` inside a line for any text within that line.
  static func matches(_ expected: [String], _ actual: [String]) -> Bool {
    guard let first = expected.first else { return actual.isEmpty }
    if first == "..." {
      return (0...actual.count).contains {
        matches(Array(expected.dropFirst()), Array(actual[$0...]))
      }
    }
    guard let line = actual.first, lineMatches(first, line) else { return false }
    return matches(Array(expected.dropFirst()), Array(actual.dropFirst()))
  }

  static func lineMatches(_ pattern: String, _ line: String) -> Bool {
    let parts = pattern.components(separatedBy: "...")
    guard parts.count > 1 else { return pattern == line }
    guard line.hasPrefix(parts[0]), line.dropFirst(parts[0].count).hasSuffix(parts.last!),
      line.count >= parts[0].count + parts.last!.count
    else { return false }
    var rest = line.dropFirst(parts[0].count).dropLast(parts.last!.count)
    for part in parts.dropFirst().dropLast() where !part.isEmpty {
      guard let range = rest.range(of: part) else { return false }
      rest = rest[range.upperBound...]
    }
    return true
  }

  /// A copy of the project's data and outputs, committed to a fresh git repository so that
  /// `padan diff --against HEAD` works in it.
  static func project() throws -> URL {
    let folder = try temporaryFolder([:])
    for name in ["Glossaries", "Seeds", "Output", "Package.swift"] {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let setup = try shell(
      "git init -q && git add -A && git -c user.name=docs -c user.email=docs@example.com "
        + "commit -qm examples", in: folder)
    #expect(setup.status == 0, "\(setup.stdout)")
    return folder
  }

  /// Runs `command` with /bin/sh in `folder`, the built `padan` first on PATH; standard
  /// error goes to the same stream as standard output.
  static func shell(_ command: String, in folder: URL) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "exec 2>&1; " + command]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] =
      padanExecutable.deletingLastPathComponent().path + ":"
      + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["PADAN_HOME"] = nil
    environment["NO_COLOR"] = "1"
    environment["COLUMNS"] = "80"
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
  }

  @Test func theREADMEHasExamplesToRun() throws {
    let readme = try String(
      contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(Self.commands(in: readme).count >= 3)
  }

  @Test func wildcardsMatchLinesAndTextWithinALine() {
    #expect(Self.matches(["a", "...", "d"], ["a", "b", "c", "d"]))
    #expect(Self.matches(["a", "...", "d"], ["a", "d"]))
    #expect(!Self.matches(["a", "...", "d"], ["a", "b"]))
    #expect(
      Self.lineMatches("glossary ... → ... (2 documents)", "glossary 7d14… → de36… (2 documents)"))
    #expect(!Self.lineMatches("glossary ... (2 documents)", "glossary 7d14… (1 document)"))
    #expect(!Self.matches(["x"], ["x", "y"]))
  }

  @Test(arguments: documents)
  func examplesPrintWhatTheDocsShow(_ document: String) throws {
    let text = try String(
      contentsOf: repositoryRoot.appendingPathComponent(document), encoding: .utf8)
    let commands = Self.commands(in: text)
    guard !commands.isEmpty else { return }
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    for command in commands {
      let run = try Self.shell(command.text, in: folder)
      var actual = run.stdout.components(separatedBy: "\n")
      if actual.last == "" { actual.removeLast() }
      var expected = command.expected
      while expected.last == "" { expected.removeLast() }
      #expect(
        Self.matches(expected, actual),
        """
        \(document):\(command.line): $ \(command.text)
        expected:
        \(expected.joined(separator: "\n"))
        got:
        \(actual.joined(separator: "\n"))
        """)
    }
  }
}
