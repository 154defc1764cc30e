import ArgumentParser
import Foundation
import PadanCore

struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract: "Check, inspect, format, edit, export and import the glossaries in Glossaries/*.tsv.",
    subcommands: [
      GlossaryLintCommand.self, GlossaryFindCommand.self, GlossaryCoverageCommand.self,
      GlossaryStatsCommand.self, GlossaryFormatCommand.self, GlossaryAddCommand.self,
      GlossaryRemoveCommand.self, GlossaryExportCommand.self, GlossaryImportCommand.self,
    ]
  )
}

/// Options shared by the glossary commands.
struct GlossaryOptions: ParsableArguments {
  @Option(
    name: .customLong("glossaries"),
    help: """
      Folder of glossary files (*.tsv, loaded in byte order of their names). Default: \
      Glossaries/ of $PADAN_HOME, of the project in the current folder or a parent, or of the \
      installed data (docs/cli.md, "Where padan finds its data").
      """)
  var glossariesOption: String?

  /// The glossary folder: `--glossaries`, else found by `DataLocator`.
  var glossaries: String {
    get throws { try DataLocator.current.folder(glossariesOption, sub: "") }
  }

  /// Loads the glossaries for a command that uses them: errors are printed and stop it,
  /// warnings are left to `padan glossary lint`.
  func loadValid() throws -> Glossary {
    let (glossary, problems) = try load()
    let errors = problems.filter { $0.severity == .error }
    if !errors.isEmpty {
      DiagnosticPrinter.print(errors)
      throw ExitCode(1)
    }
    return glossary
  }

  /// Loads the glossaries; the problems come back for the caller to print.
  func load() throws -> (Glossary, [Diagnostic]) {
    let folder = try glossaries
    do {
      return try Glossary.load(directory: folder)
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
  }
}

struct GlossaryLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Report every problem in the glossaries as FILE:LINE:COLUMN: error|warning: ...",
    discussion: """
      Checks field counts, empty sources and targets, types and case policies, text that is \
      not NFC, leading or trailing spaces, sources or variants given twice (an error when \
      the targets differ), forms that another entry shadows and forms that can never match. \
      Exits with 1 when there are errors (or warnings, with --strict).
      """
  )

  @OptionGroup var options: GlossaryOptions

  @Flag(name: .long, help: "Treat warnings as errors.")
  var strict = false

  func run() throws {
    let (glossary, problems) = try options.load()
    DiagnosticPrinter.print(problems)
    let errors = problems.filter { $0.severity == .error }.count
    let warnings = problems.count - errors
    let files = Set(glossary.entries.map(\.origin.path)).count
    stderr(
      "\(counted(glossary.entries.count, "entry", "entries")) in \(counted(files, "file")): "
        + "\(counted(errors, "error")), \(counted(warnings, "warning"))\n")
    if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
  }
}

struct GlossaryFindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "find",
    abstract: "Show the glossary entries that match a text or the files at a path.",
    discussion: """
      With an existing file or folder, segments each article and matches every segment \
      that is not boilerplate; otherwise matches the argument as text. Each match shows \
      where it is, the text, the entry's target and origin, and the form found (clitic, \
      reduplicated plural, headline case).
      """
  )

  @Argument(help: "Text, or a file or folder of .txt files.")
  var input: String

  @OptionGroup var options: GlossaryOptions
  @OptionGroup var segmentation: SegmentationOptions

  func run() throws {
    let glossary = try options.loadValid()
    let matcher = GlossaryMatcher(glossary: glossary)
    var out = StandardOutput()
    func show(_ match: GlossaryMatch, in bytes: [UInt8], at location: String) {
      let entry = glossary.entries[match.entry]
      let found = String(decoding: bytes[match.range.range], as: UTF8.self)
      out.write(
        "\(location) \(match.range) \(found) → \(entry.target)  [\(entry.origin.fileAndLine) \(entry.kind.rawValue), form '\(match.form)', \(match.formDescription)]\n"
      )
    }
    guard FileManager.default.fileExists(atPath: input) else {
      let bytes = Array(input.utf8)
      for match in matcher.matches(in: input) { show(match, in: bytes, at: "<text>") }
      out.flush()
      return
    }
    let failed = try segmentation.forEachArticleSegment(in: [input]) { document, segment in
      let text = document.text(of: segment)
      let bytes = Array(text.utf8)
      for match in matcher.matches(in: text) {
        let original = document.sourceMap.originalOffset(
          segment.range.start + match.range.start, bias: .start)
        show(match, in: bytes, at: document.source.location(ofByte: original).description)
      }
    }
    out.flush()
    if failed { throw ExitCode(1) }
  }
}

struct GlossaryCoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coverage",
    abstract: "Entries used and never used in articles, and candidate terms the glossary lacks.",
    discussion: """
      Segments the articles, matches every segment that is not boilerplate, and prints:
      the entries used (with counts), the number of entries never used (all of them with \
      --unused), and candidate terms not covered by any entry, ranked: capitalised multiword \
      names, acronyms, and phrases of two or three content words seen at least twice.
      """
  )

  @Argument(help: "Files or folders of .txt articles.")
  var paths: [String]

  @Option(name: .long, help: "Show at most this many candidates.")
  var limit: Int = 50

  @Flag(name: .long, help: "List every entry never used (there are usually thousands).")
  var unused = false

  @OptionGroup var options: GlossaryOptions
  @OptionGroup var segmentation: SegmentationOptions

  func run() throws {
    let glossary = try options.loadValid()
    let matcher = GlossaryMatcher(glossary: glossary)
    var coverage = GlossaryCoverage()
    let failed = try segmentation.forEachArticleSegment(in: paths) { document, segment in
      let text = document.text(of: segment)
      coverage.add(
        text: text, matches: matcher.matches(in: text),
        location: document.source.location(ofByte: segment.sourceRange.start),
        findsCandidates: segment.kind == .body || segment.kind == .caption)
    }
    var out = StandardOutput()
    func name(_ entry: GlossaryEntry) -> String {
      "\(entry.origin.fileAndLine) \(entry.source) → \(entry.target)"
    }
    let used = glossary.entries.filter { coverage.uses[$0.id] != nil }
      .sorted {
        coverage.uses[$0.id]! != coverage.uses[$1.id]!
          ? coverage.uses[$0.id]! > coverage.uses[$1.id]! : $0.id < $1.id
      }
    out.write("# entries used: \(used.count) of \(glossary.entries.count)\n")
    for entry in used {
      out.write("\(String(coverage.uses[entry.id]!).leftPadded(5))  \(name(entry))\n")
    }
    let never = glossary.entries.filter { coverage.uses[$0.id] == nil }
    out.write("# entries never used: \(never.count)\(unused ? "" : " (list them with --unused)")\n")
    if unused { for entry in never { out.write("       \(name(entry))\n") } }
    let candidates = coverage.rankedCandidates()
    out.write(
      "# candidate terms not in the glossary: \(candidates.count) (showing \(min(limit, candidates.count)))\n"
    )
    for c in candidates.prefix(limit) {
      out.write(
        "\(String(c.count).leftPadded(5))  \(c.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(c.text)  (\(c.firstSeen))\n"
      )
    }
    out.flush()
    if failed { throw ExitCode(1) }
  }
}

struct GlossaryStatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "Count entries by file and by type.")

  @OptionGroup var options: GlossaryOptions

  func run() throws {
    let glossary = try options.loadValid()
    var byFile: [String: Int] = [:]
    var order: [String] = []
    var byKind: [GlossaryEntry.Kind: Int] = [:]
    var variants = 0
    for entry in glossary.entries {
      if byFile[entry.origin.path] == nil { order.append(entry.origin.path) }
      byFile[entry.origin.path, default: 0] += 1
      byKind[entry.kind, default: 0] += 1
      variants += entry.variants.count
    }
    print(
      "entries: \(glossary.entries.count) (\(glossary.entries.count + variants) forms with \(variants) variants)"
    )
    print("by file:")
    for file in order { print("  \(String(byFile[file]!).leftPadded(6))  \(file)") }
    print("by type:")
    for kind in GlossaryEntry.Kind.allCases where byKind[kind] != nil {
      print("  \(String(byKind[kind]!).leftPadded(6))  \(kind.rawValue)")
    }
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
