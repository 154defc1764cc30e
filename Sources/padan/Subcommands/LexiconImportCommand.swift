import ArgumentParser
import Foundation
import PadanCore

/// `--format` of `padan lexicon import`.
struct LexiconImportFormatArgument: ExpressibleByArgument {
  var format: LexiconImportFormat

  init?(argument: String) {
    guard let format = LexiconImportFormat(rawValue: argument) else { return nil }
    self.format = format
  }

  static var allValueStrings: [String] { LexiconImportFormat.allCases.map(\.rawValue) }
}

/// `--pos-default`, one of the lexicon's parts of speech.
struct PartOfSpeechArgument: ExpressibleByArgument {
  var partOfSpeech: LexiconEntry.PartOfSpeech

  init(_ partOfSpeech: LexiconEntry.PartOfSpeech) { self.partOfSpeech = partOfSpeech }

  init?(argument: String) {
    guard let partOfSpeech = LexiconEntry.PartOfSpeech(rawValue: argument) else { return nil }
    self.partOfSpeech = partOfSpeech
  }

  var defaultValueDescription: String { partOfSpeech.rawValue }

  static var allValueStrings: [String] { LexiconEntry.PartOfSpeech.allCases.map(\.rawValue) }
}

struct LexiconImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn a bilingual dictionary you own into a lexicon file.",
    discussion: """
      Formats:
        tsv       indonesian, english[, pos] rows, tab- or comma-separated, header optional; \
      several equivalents separated by ',' or ';'
        freedict  a FreeDict English-Indonesian dictionary, read in reverse: dictd files \
      (NAME.index with NAME.dict.dz or NAME.dict; FILE may name either or NAME) or TEI (.tei), \
      e.g. /usr/share/dictd/freedict-eng-ind.index from Debian's dict-freedict-eng-ind \
      Items are split on ',' and ';', stripped of (notes) and [[links]], trimmed and put in \
      NFC; questions, exclamations, '...' templates, second sentences and Indonesian items \
      of more than 8 words are skipped, and so are affix entries. Lemmas the lexicon \
      (--lexicon, without --out itself) already has for the same part of speech are \
      skipped unless --keep-duplicates. The result is written atomically in the lexicon's \
      format, sorted by lemma, then linted like 'padan lexicon lint'. Problems are printed \
      as FILE:LINE:COLUMN (in a .dict.dz, lines of the uncompressed text); with an error in \
      FILE nothing is written.

      The file is written only where --into says. When it is inside the lexicon folder that \
      'padan translate' loads, a warning says so: from then on translations, and the lexicon \
      fingerprint in the headers of Output/, change with it. Imported files are not part of \
      the shipped lexicon: keep them out of git.
      """
  )

  @Argument(help: "The dictionary file to import.")
  var file: String

  @Option(name: .long, help: "The dictionary's format.")
  var format: LexiconImportFormatArgument

  @Option(
    name: .customLong("into"),
    help: """
      The lexicon file to write. Inside the lexicon folder it extends the lexicon that \
      'padan translate' uses; anywhere else it can be reviewed first, or used with \
      --glossaries of a copy.
      """)
  var out: String

  @Option(name: .long, help: "Part of speech of entries whose dictionary gives none Padan uses.")
  var posDefault = PartOfSpeechArgument(.noun)

  @Option(
    name: .customLong("lexicon"),
    help: "Lexicon folder whose lemmas are not imported again (default: the lexicon padan uses).")
  var lexiconOption: String?

  @Flag(name: .long, help: "Keep lemmas the lexicon already has for the same part of speech.")
  var keepDuplicates = false

  @Flag(name: .long, help: "Replace --into if it exists.")
  var force = false

  @Flag(name: .long, help: "Print every skipped item as FILE:LINE:COLUMN: skipped 'item': why.")
  var verbose = false

  func run() throws {
    let manager = FileManager.default
    let paths: [String]
    switch format.format.files(for: file, exists: { manager.fileExists(atPath: $0) }) {
    case .success(let found): paths = found
    case .failure(let problem):
      DiagnosticPrinter.print(problem)
      throw ExitCode(1)
    }
    var files: [(path: String, bytes: [UInt8])] = []
    for path in paths {
      guard let data = manager.contents(atPath: path) else {
        DiagnosticPrinter.print(Diagnostic(.error, at: nil, "\(path): cannot read file"))
        throw ExitCode(1)
      }
      files.append((path, [UInt8](data)))
    }
    let source = format.format.read(files)
    DiagnosticPrinter.print(source.problems)
    if source.problems.contains(where: { $0.severity == .error }) {
      DiagnosticPrinter.print(Diagnostic(.error, at: nil, "\(out): not written"))
      throw ExitCode(1)
    }
    if manager.fileExists(atPath: out) && !force {
      DiagnosticPrinter.print(
        Diagnostic(.error, at: nil, "\(out): already exists (use --force to replace it)"))
      throw ExitCode(1)
    }

    let importer: LexiconImporter
    do {
      importer = try LexiconImporter(
        defaultPartOfSpeech: posDefault.partOfSpeech, keepDuplicates: keepDuplicates)
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
    let lexicon = (try? DataLocator.current.folder(lexiconOption, sub: "lexicon")) ?? ""
    let (entries, duplicates) = importer.entries(
      from: source, existing: existingLexicon(lexicon))
    let name = (paths[0] as NSString).lastPathComponent
    let bytes = LexiconTSVWriter().write(
      entries,
      comments: [
        "Imported by 'padan lexicon import --format \(format.format.rawValue)' from \(name).",
        "Not part of the shipped lexicon: keep it out of git (the source's licence applies).",
      ])
    do {
      try AtomicFileWriter.write(bytes, to: out, followingLinks: true)
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }

    let (_, lintProblems) = Lexicon.parse(files: [(out, bytes)])
    DiagnosticPrinter.print(lintProblems)
    let skipped = (source.skipped + duplicates).sortedByOrigin()
    if verbose {
      for skip in skipped {
        stderr((skip.description + "\n"))
      }
    }
    let errors = lintProblems.filter { $0.severity == .error }.count
    let lemmas = Set(entries.map(\.lemma)).count
    func count(_ belongs: (LexiconImportSkip.Reason) -> Bool) -> Int {
      skipped.filter { belongs($0.reason) }.count
    }
    let summary = """
      entries read: \(source.entriesRead) from \(paths[0]) (\(counted(source.pairs.count, "Indonesian-English pair")))
      lemmas written: \(entries.count) to \(out) (\(lemmas) distinct; lint: \(counted(errors, "error")), \(counted(lintProblems.count - errors, "warning")))
      skipped: \(skipped.count) (already in \(lexicon.isEmpty ? "the lexicon" : lexicon): \(duplicates.count), junk items: \(count(\.isJunk)), \
      affix entries: \(count { $0 == .affix }), entries without equivalents: \(count { $0 == .noEquivalent }))

      """
    stderr(summary)
    if errors > 0 { throw ExitCode(1) }
    warnWhenTranslationsChange()
  }

  /// Warns when `--into` is inside the lexicon folder that translation loads (the one
  /// `padan translate` finds from here).
  private func warnWhenTranslationsChange() {
    func canonical(_ path: String) -> String {
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
    let folder = canonical((out as NSString).deletingLastPathComponent)
    guard let used = try? DataLocator.current.search("lexicon"), canonical(used) == folder
    else { return }
    DiagnosticPrinter.print(
      Diagnostic(
        .warning, at: nil,
        """
        \(out) is in the lexicon folder that 'padan translate' loads: translations and the \
        lexicon fingerprint in the headers of Output/ change with it ('padan translate --check' \
        shows which segments). Move it out of \(folder) to keep the committed output.
        """))
  }

  /// The lexicon in `lexicon`, without `--into` itself; empty, with a warning, when the
  /// folder cannot be read.
  private func existingLexicon(_ lexicon: String) -> Lexicon {
    let files: [(path: String, bytes: [UInt8])]
    do {
      files = try TSVTable.readFolder(lexicon, kind: "lexicon")
    } catch {
      DiagnosticPrinter.print(
        Diagnostic(
          .warning, at: nil,
          "\(lexicon): cannot read lexicon folder; lemmas are not checked against the lexicon"))
      return Lexicon(entries: [])
    }
    func canonical(_ path: String) -> String {
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
    let target = canonical(out)
    return Lexicon.parse(files: files.filter { canonical($0.path) != target }).0
  }
}
