import ArgumentParser
import Foundation
import PadanCore

/// `--format`, parsed here so that PadanCore's enum needs no argument-parser conformance.
struct ExchangeFormatArgument: ExpressibleByArgument {
  var format: GlossaryExchangeFormat

  init?(argument: String) {
    guard let format = GlossaryExchangeFormat(rawValue: argument) else { return nil }
    self.format = format
  }

  static var allValueStrings: [String] { GlossaryExchangeFormat.allCases.map(\.rawValue) }
}

/// `--type`, one of the glossary entry types.
struct EntryKindArgument: ExpressibleByArgument {
  var kind: GlossaryEntry.Kind

  init(kind: GlossaryEntry.Kind) { self.kind = kind }

  init?(argument: String) {
    guard let kind = GlossaryEntry.Kind(rawValue: argument) else { return nil }
    self.kind = kind
  }

  var defaultValueDescription: String { kind.rawValue }

  static var allValueStrings: [String] { GlossaryEntry.Kind.allCases.map(\.rawValue) }
}

struct GlossaryExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the glossaries in another tool's format (to standard output by default).",
    discussion: """
      Formats (what they keep):
        deepl    DeepL CSV, no header (source, target, variants); reads TSV too
        google   Google term-sets CSV, header id,en,description (source, target,
                 variants, note); reads unidirectional files without a header
        amazon   Amazon Translate terminology CSV, header id,en (source, target,
                 variants)
        omegat   OmegaT tab-separated glossary (source, target, variants, note)
        tbx      TBX-Basic, TBX 2008 martif (everything)
        tbx-min  TBX-Min categories in martif, as OmegaT and translate-toolkit read
                 them (source, target, variants, note)

      The glossaries must load without errors. The same glossaries give the same bytes.
      """
  )

  @OptionGroup var options: GlossaryOptions

  @Option(name: .long, help: "deepl, google, amazon, omegat, tbx or tbx-min.")
  var format: ExchangeFormatArgument

  @Option(name: .long, help: "Write to this file (replaced atomically) instead of stdout.")
  var out: String?

  func run() throws {
    let glossary = try options.loadValid()
    let bytes = format.format.write(glossary)
    guard let out else {
      var stdout = StandardOutput()
      stdout.write(bytes)
      stdout.flush()
      return
    }
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: out), options: .atomic)
    } catch {
      DiagnosticPrinter.print(Diagnostic(.error, at: nil, "\(out): cannot write file"))
      throw ExitCode(1)
    }
  }
}

struct GlossaryImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn another tool's glossary into a Padan glossary file.",
    discussion: """
      Reads FILE in the given format (see 'padan glossary export --help' for what each \
      format carries), writes the entries as a Padan glossary TSV atomically (a temporary \
      file in the same folder, then a rename), then lints the result like \
      'padan glossary lint' and prints every problem as FILE:LINE:COLUMN. Problems in FILE \
      itself are printed and nothing is written. Exits with 1 on any error.

      Before writing, the result is checked together with every glossary in the glossary \
      folder: an entry whose source or variant another file gives a different English is \
      a conflict that would stop every translation, so the import is refused, naming both \
      FILE:LINE, unless --force.
      """
  )

  @Argument(help: "The glossary file to import.")
  var file: String

  @Option(name: .long, help: "deepl, google, amazon, omegat, tbx or tbx-min.")
  var format: ExchangeFormatArgument

  @Option(name: .long, help: "Type of the entries when the file does not say (all but tbx).")
  var type = EntryKindArgument(kind: .term)

  @Option(
    name: .customLong("into"),
    help: "The Padan glossary file to write (default: imported.tsv in the glossary folder).")
  var intoOption: String?

  @Flag(
    name: .long,
    help: "Replace --into if it exists, and write it even when it conflicts with the glossaries.")
  var force = false

  @OptionGroup var options: GlossaryOptions

  func run() throws {
    let glossaries = try options.glossaries
    let into = intoOption ?? (glossaries as NSString).appendingPathComponent("imported.tsv")
    guard let data = FileManager.default.contents(atPath: file) else {
      DiagnosticPrinter.print(Diagnostic(.error, at: nil, "\(file): no such file or directory"))
      throw ExitCode(1)
    }
    let (glossary, readProblems) = format.format.read(
      [UInt8](data), path: file, defaultKind: type.kind)
    let (bytes, writeProblems) = GlossaryTSVWriter().write(glossary)
    let problems = (readProblems + writeProblems).sortedByLocation()
    DiagnosticPrinter.print(problems)
    if problems.contains(where: { $0.severity == .error }) {
      DiagnosticPrinter.print(Diagnostic(.error, at: nil, "\(into): not written"))
      throw ExitCode(1)
    }
    if FileManager.default.fileExists(atPath: into) && !force {
      DiagnosticPrinter.print(
        Diagnostic(.error, at: nil, "\(into): already exists (use --force to replace it)"))
      throw ExitCode(1)
    }
    let conflicts = try conflicts(of: bytes, at: into, with: glossaries)
    if !conflicts.isEmpty {
      DiagnosticPrinter.print(conflicts)
      let n = conflicts.count
      if !force {
        DiagnosticPrinter.print(
          Diagnostic(
            .error, at: nil,
            "\(into): not written: \(n) \(n == 1 ? "conflict" : "conflicts") with \(glossaries) "
              + "(fix the entries, or use --force to write it anyway)"))
        throw ExitCode(1)
      }
      DiagnosticPrinter.print(
        Diagnostic(
          .warning, at: nil,
          "\(into): written with --force: translations refuse to run until the "
            + "\(n == 1 ? "conflict is" : "conflicts are") resolved"))
    }
    try writeAtomically(bytes, to: into)
    let (written, lintProblems) = Glossary.parse(files: [(into, bytes)])
    DiagnosticPrinter.print(lintProblems)
    let errors = lintProblems.filter { $0.severity == .error }.count
    stderr(
      "\(into): \(counted(written.entries.count, "entry", "entries")) imported from \(file): "
        + "\(counted(errors, "error")), \(counted(lintProblems.count - errors, "warning"))\n")
    if errors > 0 { throw ExitCode(1) }
  }

  /// The errors that writing `bytes` to `path` adds to the glossaries in `folder` (conflicting
  /// targets, sources given twice), each naming both files and lines.
  private func conflicts(of bytes: [UInt8], at path: String, with folder: String) throws
    -> [Diagnostic]
  {
    func canonical(_ path: String) -> String {
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
    let target = canonical(path)
    let others = try options.readFiles().filter { canonical($0.path) != target }
    func name(_ file: (path: String, bytes: [UInt8])) -> [UInt8] {
      Array((file.path as NSString).lastPathComponent.utf8)
    }
    let combined = (others + [(path, bytes)]).sorted {
      name($0).lexicographicallyPrecedes(name($1))
    }
    let before = Set(
      Glossary.parse(files: others).1.filter { $0.severity == .error }.map(\.description))
    return Glossary.parse(files: combined).1.filter {
      $0.severity == .error && !before.contains($0.description)
    }
  }

  /// Writes a temporary file beside `path`, then moves it into place in one step: with
  /// `--force` by `rename` (which replaces), otherwise by `link` (which fails if `path`
  /// appeared meanwhile, so an existing file is never replaced) and removing the temporary.
  private func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    var exists = false
    do {
      try Data(bytes).write(to: temporary)
      defer { try? FileManager.default.removeItem(at: temporary) }
      if force {
        guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
      } else if link(temporary.path, url.path) != 0 {
        exists = errno == EEXIST
        throw CocoaError(.fileWriteUnknown)
      }
    } catch {
      let reason = exists ? "already exists (use --force to replace it)" : "cannot write file"
      DiagnosticPrinter.print(Diagnostic(.error, at: nil, "\(path): \(reason)"))
      throw ExitCode(1)
    }
  }
}
