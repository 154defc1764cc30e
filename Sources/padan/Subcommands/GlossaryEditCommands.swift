import ArgumentParser
import Foundation
import PadanCore

struct GlossaryFormatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Rewrite the glossary files in canonical form, rows sorted within each section.",
    discussion: """
      Fields become NFC, trimmed, with runs of spaces collapsed; every row gets six fields; \
      variants are deduplicated and sorted; rows are sorted by ICU collation (locale id) of \
      the source, ties by the target, within each run of rows between comment lines, so \
      headings keep their rows. Only files that change are written, atomically. A file with \
      lint errors is reported as FILE:LINE:COLUMN and left alone.
      """
  )

  @OptionGroup var options: GlossaryOptions

  @OptionGroup var formatting: FormatOptions

  func run() throws {
    let files = try options.readFiles()
    // Errors between files (conflicting targets) count too, so lint the whole folder.
    let (_, problems) = Glossary.parse(files: files)
    try formatting.format(files, problems: problems) { () throws(Diagnostic) in
      try GlossaryFormatter().format
    }
  }
}

struct GlossaryAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Append an entry to a glossary file, keeping every other byte.",
    discussion: """
      The default file follows the type: person → people.tsv, org and keep → \
      organisations.tsv, place → places.tsv, title → titles.tsv, term → terms.tsv, \
      date → calendar.tsv, media → media.tsv (created with a header row if missing). \
      Refused when the source or a variant already exists anywhere, with the same target \
      (already defined) or another (conflicts). Run 'padan glossary fmt' to sort the new row \
      into place.
      """
  )

  @Argument(help: "The Indonesian term.")
  var source: String

  @Argument(help: "Its standard English equivalent.")
  var target: String

  @Option(name: .long, help: "person, org, place, title, term, date, media or keep.")
  var type: String

  @Option(name: .customLong("case"), help: "sensitive, insensitive or name (default: by type).")
  var casePolicy: String = ""

  @Option(name: .long, help: "Other Indonesian forms, separated by '|'.")
  var variants: String = ""

  @Option(name: .long, help: "A note for editors.")
  var note: String = ""

  @Option(name: .long, help: "The file to append to (default: by type, in the glossary folder).")
  var file: String?

  @OptionGroup var options: GlossaryOptions

  /// An unknown type or case policy is a usage error (exit 64).
  func validate() throws {
    if GlossaryEntry.Kind(rawValue: type) == nil {
      let known = GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError("unknown --type '\(type)' (expected one of: \(known))")
    }
    if !casePolicy.isEmpty && GlossaryEntry.CasePolicy(rawValue: casePolicy) == nil {
      throw ValidationError(
        "unknown --case '\(casePolicy)' (expected \(GlossaryEntry.CasePolicy.described))")
    }
  }

  func run() throws {
    let files = try options.readFiles(including: file)
    let row = GlossaryEditor.NewRow(
      source: source, target: target, type: type, casePolicy: casePolicy, variants: variants,
      note: note)
    let (edit, diagnostics) = GlossaryEditor.add(
      row, to: file, directory: try options.glossaries, files: files)
    DiagnosticPrinter.print(diagnostics)
    guard let edit else { throw ExitCode(1) }
    try options.write(edit, verb: "added")
  }
}

struct GlossaryRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rm",
    abstract: "Remove the entry whose source is exactly SOURCE, keeping every other byte.",
    discussion: "Refused when no row, or more than one row, has that source."
  )

  @Argument(help: "The source of the entry to remove.")
  var source: String

  @Option(name: .long, help: "Search only this file (default: every file in the glossary folder).")
  var file: String?

  @OptionGroup var options: GlossaryOptions

  func run() throws {
    let files = try file.map { [try options.readFile($0)] } ?? options.readFiles()
    let (edit, diagnostics) = GlossaryEditor.remove(source: source, files: files)
    DiagnosticPrinter.print(diagnostics)
    guard let edit else { throw ExitCode(1) }
    try options.write(edit, verb: "removed")
  }
}

extension GlossaryOptions {
  /// The glossary files in the folder, plus `extra` when it is given and outside the folder
  /// (a folder file that is `extra` is listed under the path `extra` as given).
  func readFiles(including extra: String? = nil) throws -> [(path: String, bytes: [UInt8])] {
    var files: [(path: String, bytes: [UInt8])]
    let folder = try glossaries
    do {
      files = try Glossary.readFiles(directory: folder)
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
    guard let extra else { return files }
    let wanted = URL(fileURLWithPath: extra).standardizedFileURL.path
    if let i = files.firstIndex(where: {
      URL(fileURLWithPath: $0.path).standardizedFileURL.path == wanted
    }) {
      files[i].path = extra
    } else if FileManager.default.fileExists(atPath: extra) {
      files.append(try readFile(extra))
    }
    return files
  }

  func readFile(_ path: String) throws -> (path: String, bytes: [UInt8]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      DiagnosticPrinter.print(
        Diagnostic(.error, at: nil, "\(path): no such file or cannot read it"))
      throw ExitCode(1)
    }
    return (path, [UInt8](data))
  }

  /// Writes `edit` atomically, then lints the folder again and reports the edited file's
  /// problems; exits with 1 if that file now has errors.
  func write(_ edit: GlossaryEdit, verb: String) throws {
    do {
      try AtomicFileWriter.write(edit.bytes, to: edit.path, followingLinks: true)
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
    stderr(
      "\(verb) \(edit.path):\(edit.line): \(edit.row.replacingOccurrences(of: "\t", with: " | "))\n"
    )
    let (_, problems) = Glossary.parse(files: try readFiles(including: edit.path))
    let mine = problems.filter { $0.location?.path == edit.path }
    DiagnosticPrinter.print(mine)
    let errors = mine.filter { $0.severity == .error }.count
    stderr(
      "lint \(edit.path): \(counted(errors, "error")), \(counted(mine.count - errors, "warning"))\n"
    )
    if errors > 0 { throw ExitCode(1) }
  }
}
