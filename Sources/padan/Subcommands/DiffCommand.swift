import ArgumentParser
import Foundation
import PadanCore

/// `--only changed,added`: the statuses to show.
struct StatusList: ExpressibleByArgument {
  var statuses: Set<SegmentStatus>

  init?(argument: String) {
    var statuses: Set<SegmentStatus> = []
    for name in argument.split(separator: ",") {
      let name = name.trimmingCharacters(in: .whitespaces)
      if name == "all" {
        statuses.formUnion(SegmentStatus.allCases)
      } else if name == "differences" {
        statuses.formUnion(DiffReportOptions.differences)
      } else if let s = SegmentStatus(rawValue: name) {
        statuses.insert(s)
      } else {
        return nil
      }
    }
    guard !statuses.isEmpty else { return nil }
    self.statuses = statuses
  }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  /// `auto`: when standard output is a terminal and NO_COLOR is unset or empty.
  var enabled: Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto:
      isatty(1) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
  }
}

enum DiffReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, md, html
}

/// What a diff shows: shared by `padan diff` and `padan translate --check`.
struct DiffDisplayOptions: ParsableArguments {
  @Flag(name: .long, help: "Only the summary.")
  var stat = false

  @Option(
    name: .long,
    help: """
      Statuses to show, comma-separated: \
      \(SegmentStatus.allCases.map(\.rawValue).joined(separator: ", ")), or all \
      (default: every status but unchanged). The exit status counts only these.
      """)
  var only: StatusList?

  @Option(name: .long, help: "Unchanged neighbouring segments to show around each change.")
  var context: Int = 0

  @Option(name: .long, help: "Colour: auto (a terminal without NO_COLOR), always or never.")
  var color: ColorChoice = .auto

  func validate() throws {
    if context < 0 { throw ValidationError("--context must be 0 or more") }
  }

  func reportOptions(old: String, new: String, linkPrefix: String = "") -> DiffReportOptions {
    DiffReportOptions(
      oldLabel: old, newLabel: new, only: only?.statuses ?? DiffReportOptions.differences,
      context: context, summaryOnly: stat, linkPrefix: linkPrefix)
  }
}

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "What changed between two translations, where, and which entries caused it.",
    discussion: """
      OLD and NEW are bilingual files (Padan JSONL, TMX or XLIFF, from Padan or other tools) or folders of them, matched by name (X.jsonl preferred to X.xlf and X.tmx). With --against REV, PATH (default Output) in the working tree is compared with the same path in the git revision REV.

      Segments are aligned by source: unchanged, changed (same source, new English), source-changed, resegmented (split or merged), added, removed. Each changed segment names the glossary and lexicon entries applied differently (Glossaries/x.tsv:N), or says that no entry explains it (engine change).

      Exit status: 0 no differences, 1 differences, 2 trouble (unreadable, malformed or mismatched input).
      """
  )

  @Argument(help: "OLD NEW, or with --against: PATH (default Output).")
  var paths: [String] = []

  @Option(name: .long, help: "Compare with this git revision (read with git show).")
  var against: String?

  @Option(name: .long, help: "Report format: text, json, md or html.")
  var format: DiffReportFormat = .text

  @Option(
    name: [.short, .long],
    help: "Write the report to this file (cause links are made relative to it).")
  var output: String?

  @OptionGroup var display: DiffDisplayOptions

  func validate() throws {
    if against != nil {
      if paths.count > 1 { throw ValidationError("with --against, give at most one PATH") }
    } else if paths.count != 2 {
      throw ValidationError("give OLD and NEW, or --against REV [PATH]")
    }
  }

  func run() throws {
    let sides: (old: DiffSide, new: DiffSide)
    switch Result(catching: openSides) {
    case .success(let s): sides = s
    case .failure(let d):
      DiagnosticPrinter.print(d)
      throw ExitCode(2)
    }
    let status = DiffRunner.run(
      old: sides.old, new: sides.new, display: display, format: format, output: output)
    if status != 0 { throw ExitCode(status) }
  }

  func openSides() throws(Diagnostic) -> (old: DiffSide, new: DiffSide) {
    if let against {
      let path = paths.first ?? "Output"
      return (try DiffSide(path: path, revision: against), try DiffSide(path: path))
    }
    return (try DiffSide(path: paths[0]), try DiffSide(path: paths[1]))
  }
}

/// Runs a diff and writes its report: the part shared by `padan diff` and
/// `padan translate --check`.
enum DiffRunner {
  /// - Returns: the exit status: 0 no differences, 1 differences, 2 trouble.
  static func run(
    old: DiffSide, new: DiffSide, display: DiffDisplayOptions, format: DiffReportFormat,
    output: String?
  ) -> Int32 {
    let prefix = output.map(linkPrefix(forReportAt:)) ?? ""
    let options = display.reportOptions(old: old.label, new: new.label, linkPrefix: prefix)
    var writer: any DiffWriter =
      switch format {
      case .text: DiffTextWriter(options: options, color: output == nil && display.color.enabled)
      case .json: DiffJSONWriter(options: options)
      case .md: DiffMarkdownWriter(options: options)
      case .html: DiffHTMLWriter(options: options)
      }
    let opened =
      output.map { OutputWriter(creating: $0, failureStatus: 2) } ?? OutputWriter(failureStatus: 2)
    guard var sink = opened else {
      DiagnosticPrinter.print(Diagnostic(.error, at: nil, "\(output ?? "-"): cannot write"))
      return 2
    }
    sink.write(writer.start())
    let result: (summary: DiffSummary, problems: [Diagnostic])
    do {
      result = try BilingualDiffer().diff(old: old, new: new) { sink.write(writer.document($0)) }
    } catch {
      sink.close()
      DiagnosticPrinter.print(error)
      return 2
    }
    sink.write(writer.finish(summary: result.summary, problems: result.problems))
    sink.close()
    DiagnosticPrinter.print(result.problems)
    if !result.problems.isEmpty { return 2 }
    return result.summary.hasDifferences(in: options.only) ? 1 : 0
  }

  /// The path from the folder of `report` back to the current folder, with a final `/`
  /// (`../` for `reports/diff.html`), so that links to `Glossaries/x.tsv` work from it.
  static func linkPrefix(forReportAt report: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let absolute = report.hasPrefix("/") ? report : cwd + "/" + report
    let folder = URL(fileURLWithPath: absolute).deletingLastPathComponent().standardized.path
    let from = folder.split(separator: "/")
    let to = URL(fileURLWithPath: cwd).standardized.path.split(separator: "/")
    var common = 0
    while common < from.count && common < to.count && from[common] == to[common] { common += 1 }
    let parts = Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)
    return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
  }
}
