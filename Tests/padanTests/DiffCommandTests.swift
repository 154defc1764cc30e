import Foundation
import Testing

/// End-to-end: `padan diff` on the fixtures, on bad input, on a real glossary edit (also
/// through `padan translate --check` and `padan diff --against HEAD`).
@Suite struct DiffCommandTests {
  static let fixtures = "Tests/PadanCoreTests/Diff/Fixtures"

  @Test func fixtureFoldersInTextJSONAndStat() throws {
    let old = "\(Self.fixtures)/old"
    let new = "\(Self.fixtures)/new"
    let text = try runPadan(["diff", old, new])
    #expect(text.status == 1 && text.stderr.isEmpty, "\(text.stderr)")
    assertSnapshot(text.stdout, named: "diff-fixtures.txt")
    let json = try runPadan(["diff", old, new, "--format", "json"])
    #expect(json.status == 1)
    assertSnapshot(json.stdout, named: "diff-fixtures.json")
    let stat = try runPadan(["diff", old, new, "--stat", "--only", "added,removed"])
    #expect(stat.status == 1)
    assertSnapshot(stat.stdout, named: "diff-fixtures-stat.txt")
    // Only statuses that did not occur: no differences.
    let none = try runPadan([
      "diff", "\(old)/news.jsonl", "\(new)/news.jsonl", "--only", "unchanged",
    ])
    #expect(none.status == 0)
  }

  @Test func sameInputsExitWithZero() throws {
    let r = try runPadan(["diff", "\(Self.fixtures)/old", "\(Self.fixtures)/old"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("segments   12 unchanged, 0 changed"))
  }

  @Test func anHTMLReportLinksGlossaryLinesRelativeToItself() throws {
    let folder = try temporaryFolder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = folder.appendingPathComponent("reports/diff.html")
    try FileManager.default.createDirectory(
      at: report.deletingLastPathComponent(), withIntermediateDirectories: true)
    let r = try runPadan(
      [
        "diff", repositoryRoot.appendingPathComponent("\(Self.fixtures)/old").path,
        repositoryRoot.appendingPathComponent("\(Self.fixtures)/new").path, "--format", "html",
        "--output", "reports/diff.html",
      ], in: folder)
    #expect(r.status == 1 && r.stdout.isEmpty)
    let html = try String(contentsOf: report, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<a href=\"../Glossaries/titles.tsv#L15\">Glossaries/titles.tsv:15</a>"))
  }

  // MARK: Bad input

  @Test func aTruncatedLineIsReportedAtItsLine() throws {
    let text = try String(
      contentsOf: repositoryRoot.appendingPathComponent("\(Self.fixtures)/old/news.jsonl"),
      encoding: .utf8)
    let lines = text.split(separator: "\n")
    let truncated = lines[0..<3].joined(separator: "\n") + "\n" + lines[3].prefix(60)
    let folder = try temporaryFolder(["news.jsonl": Array(truncated.utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("news.jsonl").path
    let r = try runPadan(["diff", "\(Self.fixtures)/old/news.jsonl", path])
    #expect(r.status == 2)
    #expect(
      r.stderr.hasPrefix("\(path):4:60: error: truncated line: unterminated string"),
      "\(r.stderr)")
  }

  @Test func aFileThatIsNotBilingualIsRefused() throws {
    let r = try runPadan(["diff", "README.md", "\(Self.fixtures)/old/news.jsonl"])
    #expect(r.status == 2)
    #expect(
      r.stderr
        == "README.md:1:1: error: not a bilingual file: expected a Padan JSONL document, TMX or XLIFF\n"
    )
    let manifest = try runPadan(["diff", "Output/manifest.json", "Output/manifest.json"])
    #expect(manifest.status == 2)
    #expect(
      manifest.stderr
        == "Output/manifest.json:1:1: error: not a bilingual file: line 1 is not a Padan "
        + "document header ({\"padan\":\"document\",…})\n")
  }

  @Test func documentsOfDifferentInputsAreMismatched() throws {
    let r = try runPadan([
      "diff", "\(Self.fixtures)/old/gone.jsonl", "\(Self.fixtures)/new/fresh.jsonl",
    ])
    #expect(r.status == 2)
    #expect(
      r.stderr
        == "error: mismatched documents: \(Self.fixtures)/old/gone.jsonl is a translation of "
        + "Seeds/gone.txt, \(Self.fixtures)/new/fresh.jsonl of Seeds/fresh.txt\n")
  }

  @Test func aFileAgainstAFolderAndMissingPathsAreTrouble() throws {
    let r = try runPadan(["diff", "\(Self.fixtures)/old/news.jsonl", "\(Self.fixtures)/new"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("error: cannot compare a file"))
    let missing = try runPadan(["diff", "nowhere", "\(Self.fixtures)/new"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "error: nowhere: no such file or directory\n")
  }

  // MARK: A real glossary edit

  /// A folder with copies of the repository's Glossaries and Seeds.
  static func project() throws -> URL {
    let folder = try temporaryFolder([:])
    for name in ["Glossaries", "Seeds"] {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
  }

  /// Changes the English of the glossary row whose source is `source`, and inserts a
  /// comment line above it (so its origin moves down one line).
  ///
  /// - Returns: the row's line before and after the edit.
  static func editGlossary(
    in folder: URL, file: String, source: String, target: String
  ) throws -> (old: Int, new: Int) {
    let url = folder.appendingPathComponent(file)
    var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.hasPrefix(source + "\t") })
    var fields = lines[index].components(separatedBy: "\t")
    fields[1] = target
    lines[index] = fields.joined(separator: "\t")
    lines.insert("# reviewed", at: index)
    try Data(lines.joined(separator: "\n").utf8).write(to: url)
    return (index + 1, index + 2)
  }

  /// Segment ids (`document:id`) whose glossary uses include `entry`.
  static func segments(using entry: String, in folder: URL) throws -> Set<String> {
    var out: Set<String> = []
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where name.hasSuffix(".jsonl") {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for line in text.split(separator: "\n").dropFirst() {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let uses = object["glossary"] as! [[String: Any]]
        if uses.contains(where: { $0["entry"] as? String == entry }) {
          out.insert(String(name.dropLast(6)) + ":" + (object["id"] as! String))
        }
      }
    }
    return out
  }

  @Test func aGlossaryEditIsTheCauseOfExactlyTheSegmentsItChanged() throws {
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try runPadan(["translate", "--out", "out1", "--quiet"], in: folder).status == 0)
    let file = "Glossaries/titles.tsv"
    let lines = try Self.editGlossary(
      in: folder, file: file, source: "Wakil Menteri Luar Negeri Rusia",
      target: "Deputy Foreign Minister of Russia")
    let used = try Self.segments(
      using: "\(file):\(lines.old)", in: folder.appendingPathComponent("out1"))
    try #require(!used.isEmpty, "the seeds no longer use the edited entry")
    #expect(try runPadan(["translate", "--out", "out2", "--quiet"], in: folder).status == 0)

    let r = try runPadan(["diff", "out1", "out2", "--format", "json"], in: folder)
    #expect(r.status == 1, "\(r.stderr)")
    let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let summary = report["summary"] as! [String: Any]
    let counts = summary["segments"] as! [String: Int]
    #expect(counts["changed"] == used.count)
    #expect(
      counts.filter { $0.key != "unchanged" && $0.key != "changed" }.values.allSatisfy { $0 == 0 })
    var changed: Set<String> = []
    for document in report["documents"] as! [[String: Any]] {
      for segment in document["segments"] as! [[String: Any]] {
        #expect(segment["status"] as? String == "changed")
        let id = (document["name"] as! String) + ":" + (segment["new_ids"] as! [String])[0]
        changed.insert(id)
        let causes = segment["causes"] as! [[String: Any]]
        #expect(causes.count == 1, "\(id): \(causes)")
        #expect(causes.first?["entry"] as? String == "\(file):\(lines.new)")
        #expect(causes.first?["old_line"] as? Int == lines.old)
        #expect(causes.first?["change"] as? String == "changed")
        #expect(causes.first?["old_target"] as? String == "Russian Deputy Foreign Minister")
      }
    }
    #expect(changed == used)
    let top = (summary["causes"] as! [[String: Any]]).map { $0["entry"] as! String }
    #expect(top == ["\(file):\(lines.new)"])

    // translate --check regenerates and names the same entry, writing nothing.
    let check = try runPadan(["translate", "--check", "--out", "out1", "--stat"], in: folder)
    #expect(check.status == 1, "\(check.stderr)")
    #expect(
      check.stdout.contains(
        "\(used.count)  changed \(file):\(lines.new) Wakil Menteri Luar Negeri Rusia → "
          + "Deputy Foreign Minister of Russia (was Russian Deputy Foreign Minister, line \(lines.old))"
      ), "\(check.stdout)")
    let clean = try runPadan(["translate", "--check", "--out", "out2"], in: folder)
    #expect(clean.status == 0, "\(clean.stdout)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
  }

  @Test func againstAGitRevision() throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: "/usr/bin/git"),
      "git is needed to compare against a revision: apt-get install git")
    let folder = try Self.project()
    defer { try? FileManager.default.removeItem(at: folder) }
    func git(_ arguments: [String]) throws -> CommandResult {
      try runTool(
        "/usr/bin/git",
        ["-C", folder.path, "-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments)
    }
    #expect(try git(["init", "-q"]).status == 0)
    #expect(try runPadan(["translate", "--quiet"], in: folder).status == 0)
    #expect(try git(["add", "-A"]).status == 0)
    #expect(try git(["commit", "-qm", "first"]).status == 0)
    let same = try runPadan(["diff", "--against", "HEAD"], in: folder)
    #expect(same.status == 0, "\(same.stderr)")
    let lines = try Self.editGlossary(
      in: folder, file: "Glossaries/titles.tsv", source: "Wakil Menteri Luar Negeri Rusia",
      target: "Deputy Foreign Minister of Russia")
    #expect(try runPadan(["translate", "--quiet"], in: folder).status == 0)
    let r = try runPadan(["diff", "--against", "HEAD", "Output"], in: folder)
    #expect(r.status == 1, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("--- HEAD:Output\n+++ Output\n"))
    #expect(r.stdout.contains("(was Russian Deputy Foreign Minister, line \(lines.old))"))
    #expect(r.stdout.contains("old     HEAD:Output/") == false)
    let bad = try runPadan(["diff", "--against", "no-such-rev"], in: folder)
    #expect(bad.status == 2)
    #expect(bad.stderr == "error: no-such-rev: not a git revision\n")
    let missing = try runPadan(["diff", "--against", "HEAD", "Elsewhere"], in: folder)
    #expect(missing.status == 2)
    #expect(missing.stderr == "error: Elsewhere: not found in HEAD\n")
  }
}
