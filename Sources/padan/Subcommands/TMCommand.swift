import ArgumentParser
import Foundation
import PadanCore

/// `--reviewed DIR`: the folder of reviewed bilingual files.
struct ReviewedOptions: ParsableArguments {
  @Option(
    name: .customLong("reviewed"),
    help: ArgumentHelp(
      "Folder of reviewed bilingual files (TMX, XLIFF, Padan JSONL). Default: Reviewed/, and without that folder no reviewed segments are used.",
      valueName: "dir"))
  var given: String?

  /// The folder: the one given, or `Reviewed`.
  var directory: String { given ?? "Reviewed" }

  /// A folder given with --reviewed must exist where segments are read from it.
  func validateExisting() throws {
    guard let given else { return }
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory)
      || !isDirectory.boolValue
    {
      throw ValidationError("--reviewed \(given): no such folder")
    }
  }
}

struct TMCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tm",
    abstract: "The translation memory of reviewed segments (Reviewed/).",
    discussion: """
      padan translate takes the English of a reviewed segment whose normalised Indonesian \
      matches, in context when the segments around it match too, and marks it with its origin; \
      a review whose glossary entries changed is kept and flagged stale. See docs/review.md.
      """,
    subcommands: [TMImportCommand.self, TMStatsCommand.self, TMExportCommand.self])
}

struct TMImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Copy the reviewed units of bilingual files into the reviewed folder.",
    discussion: """
      Reads XLIFF 2.x (segments in state reviewed or final), XLIFF 1.x (approved="yes" \
      units not in a needs-* state, and final or signed-off targets), TMX (every unit but \
      Padan's raw machine translation) and Padan JSONL (segments with "state":"reviewed" or \
      "final"), and writes the reviewed units, normalised, as one new DIR/NNNN-NAME.tmx, with \
      where each came from, its neighbours and the glossary entries of its Indonesian. A \
      later review of the same Indonesian in the same context replaces an earlier one. \
      Exits with 2 when a file cannot be read or is not a valid bilingual file (nothing is \
      written then).
      """)

  @Argument(help: "Reviewed bilingual files.")
  var files: [String]

  @OptionGroup var reviewed: ReviewedOptions
  @Flag(name: .long, help: "Compare sources normalised to NFKC, as 'padan translate --nfkc'.")
  var nfkc = false
  @OptionGroup var options: GlossaryOptions

  func run() throws {
    let glossary = try options.loadValid()
    let store = ReviewStore(
      directory: reviewed.directory, normalization: NormalizationOptions(form: nfkc ? .nfkc : .nfc))
    let report: ReviewStore.ImportReport
    do throws(Diagnostic) {
      report = try store.importFiles(
        files, glossary: glossary, matcher: GlossaryMatcher(glossary: glossary))
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(2)
    }
    for file in report.files {
      print(
        "\(file.path): \(counted(file.reviewed, "reviewed unit")), \(file.notReviewed) not reviewed"
      )
    }
    var line =
      "imported \(counted(report.imported, "unit")) (\(report.unchanged) already in the memory, "
      + "\(report.replaced) replacing an earlier review)"
    line += report.written.map { " into \($0)" } ?? "; nothing written"
    print(line)
  }
}

struct TMStatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "Figures of the reviewed folder.")

  @OptionGroup var reviewed: ReviewedOptions
  @Flag(name: .long, help: "Compare sources normalised to NFKC, as 'padan translate --nfkc'.")
  var nfkc = false

  func run() throws {
    let store = ReviewStore(
      directory: reviewed.directory, normalization: NormalizationOptions(form: nfkc ? .nfkc : .nfc))
    guard store.exists else {
      print("\(reviewed.directory): no reviewed folder; no reviewed segments")
      return
    }
    let stats: ReviewStore.Stats
    do throws(Diagnostic) {
      stats = try store.stats()
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(2)
    }
    for file in stats.files { print("\(file.path): \(counted(file.units, "reviewed unit"))") }
    print(
      "\(counted(stats.files.count, "file")), \(counted(stats.units, "reviewed unit")), "
        + "\(counted(stats.sources, "distinct source")), \(stats.replaced) replaced by a later "
        + "review, \(stats.withContext) with context, \(counted(stats.terms, "glossary entry", "glossary entries")) recorded"
    )
  }
}

struct TMExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the reviewed segments in force (the latest review of each) as one file.",
    discussion: """
      TMX keeps each unit's origin, context and glossary record (and can be imported \
      elsewhere); JSONL is a Padan JSONL document for padan qa and scripts.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case tmx, jsonl }

  @Option(name: .long, help: "tmx or jsonl.")
  var format: Format = .tmx

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @OptionGroup var reviewed: ReviewedOptions
  @Flag(name: .long, help: "Compare sources normalised to NFKC, as 'padan translate --nfkc'.")
  var nfkc = false

  func validate() throws { try reviewed.validateExisting() }

  func run() throws {
    let store = ReviewStore(
      directory: reviewed.directory, normalization: NormalizationOptions(form: nfkc ? .nfkc : .nfc))
    let text: String
    do throws(Diagnostic) {
      text = try format == .tmx ? store.exportTMX() : store.exportJSONL()
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(2)
    }
    if let output {
      do throws(Diagnostic) {
        try AtomicFileWriter.write(Array(text.utf8), to: output)
      } catch {
        DiagnosticPrinter.print(error)
        throw ExitCode(1)
      }
    } else {
      var out = StandardOutput()
      out.write(text)
      out.flush()
    }
  }
}
