internal import Foundation
internal import ICUWrapper

/// The glossaries of a project, in load order, with every problem found while loading.
public struct Glossary: Sendable {
  public var entries: [GlossaryEntry]

  public init(entries: [GlossaryEntry]) { self.entries = entries }

  /// The columns of a glossary file, in order. `case`, `variants`, `note` and
  /// `forbidden` may be omitted at the end of a row, and a file's header may stop after
  /// `note` (the six columns every file had before `forbidden`).
  public static let columns = [
    "source", "target", "type", "case", "variants", "note", "forbidden",
  ]

  /// The columns a file without forbidden English has: `columns` up to `note`.
  public static let basicColumns = Array(columns.prefix(6))

  /// Loads every `*.tsv` file directly in `directory` (not in sub-folders), in byte order
  /// of their names, so the load order is deterministic and documented.
  ///
  /// - Parameter jobs: threads that parse files at the same time; the result is the same.
  /// - Returns: the glossary (rows with errors left out) and every problem found.
  /// - Throws: `Diagnostic` when the folder cannot be read.
  public static func load(directory: String, jobs: Int = 1) throws(Diagnostic) -> (
    Glossary, [Diagnostic]
  ) {
    parse(files: try readFiles(directory: directory), jobs: jobs)
  }

  /// The bytes of every `*.tsv` file directly in `directory` (not hidden ones, not in
  /// sub-folders), in byte order of their names: the files ``load(directory:jobs:)`` reads.
  ///
  /// - Returns: (path, bytes) pairs, each path being `directory` joined with the name.
  /// - Throws: `Diagnostic` when the folder or a file cannot be read.
  public static func readFiles(directory: String) throws(Diagnostic) -> [(
    path: String, bytes: [UInt8]
  )] {
    try TSVTable.readFolder(directory, kind: "glossary")
  }

  /// Parses glossary files given as (path, bytes), in the order given.
  ///
  /// - Parameter jobs: threads that parse files at the same time; entries keep the order
  ///   of the files and their ids, and the problems are the same, whatever the number.
  public static func parse(files: [(path: String, bytes: [UInt8])], jobs: Int = 1) -> (
    Glossary, [Diagnostic]
  ) {
    struct File: Sendable {
      var path: String
      var bytes: [UInt8]
    }
    let pool = WorkerPool<Void, File, ([GlossaryEntry], [Diagnostic])>(
      jobs: min(max(1, jobs), max(1, files.count)), makeState: {},
      work: { _, file in
        var entries: [GlossaryEntry] = []
        var problems: [Diagnostic] = []
        let (table, tableProblems) = TSVTable.parse(
          file.bytes, path: file.path, expectedHeader: columns, minimumFields: 3)
        problems += tableProblems
        for row in table.rows {
          if let entry = entry(from: row, in: table, id: entries.count, problems: &problems) {
            entries.append(entry)
          }
        }
        return (entries, problems)
      })
    defer { pool.shutdown() }
    let parsed = (try? pool.map(files.map { File(path: $0.path, bytes: $0.bytes) })) ?? []
    var entries: [GlossaryEntry] = []
    var problems: [Diagnostic] = []
    for (fileEntries, fileProblems) in parsed {
      for var entry in fileEntries {
        entry.id = entries.count
        entries.append(entry)
      }
      problems += fileProblems
    }
    let glossary = Glossary(entries: entries)
    problems += glossary.crossEntryProblems()
    return (glossary, problems.sortedByLocation())
  }

  static func entry(
    from row: TSVTable.Row, in table: TSVTable, id: Int, problems: inout [Diagnostic]
  ) -> GlossaryEntry? {
    func field(_ i: Int) -> String { i < row.fields.count ? row.fields[i] : "" }
    func report(_ severity: Diagnostic.Severity, _ i: Int, _ message: String) {
      problems.append(Diagnostic(severity, at: table.location(of: row, field: i), message))
    }
    var ok = table.checkText(of: row, spaceRuns: true, problems: &problems)
    let source = trimmed(field(0))
    let target = trimmed(field(1))
    if source.isEmpty {
      report(.error, 0, "empty source")
      ok = false
    }
    if target.isEmpty {
      report(.error, 1, "empty target")
      ok = false
    }
    guard let kind = GlossaryEntry.Kind(rawValue: field(2)) else {
      let known = GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      report(.error, 2, "unknown type '\(field(2))' (expected one of: \(known))")
      return nil
    }
    var policy: GlossaryEntry.CasePolicy? = nil
    if !field(3).isEmpty {
      guard let p = GlossaryEntry.CasePolicy(rawValue: field(3)) else {
        report(.error, 3, "unknown case policy '\(field(3))' (expected sensitive or insensitive)")
        return nil
      }
      policy = p
    }
    let parts =
      field(4).isEmpty
      ? [] : field(4).split(separator: "|", omittingEmptySubsequences: false).map(trimmed)
    let variants = parts.filter { !$0.isEmpty }
    if variants.count < parts.count {
      report(.warning, 4, "empty variant between '|' separators")
    }
    if variants.contains(source) { report(.warning, 4, "variant '\(source)' repeats the source") }
    if kind == .keep && target != source {
      report(.warning, 1, "a keep entry's target should equal its source ('\(source)')")
    }
    for form in [source] + variants where !form.isEmpty {
      if let first = form.unicodeScalars.first, !TermText.isWordScalar(first) {
        report(
          .warning, form == source ? 0 : 4,
          "'\(form)' starts with '\(first)', so it can never match a word boundary")
      }
    }
    let forbidden = forbiddenForms(field(6), target: target) { severity, message in
      report(severity, 6, message)
      if severity == .error { ok = false }
    }
    guard ok else { return nil }
    return GlossaryEntry(
      id: id, source: source, target: target, kind: kind, casePolicy: policy, variants: variants,
      note: field(5), forbidden: forbidden,
      origin: SourceLocation(path: table.path, line: row.line, column: 1))
  }

  /// The English forms of a `forbidden` field (separated by `|`, trimmed), with its
  /// problems: an empty form between separators or a repeated form (warnings), and a form
  /// that is the target, or whole words of it, in any case (an error: every correct
  /// translation would be reported).
  static func forbiddenForms(
    _ field: String, target: String,
    report: (Diagnostic.Severity, String) -> Void
  ) -> [String] {
    guard !field.isEmpty else { return [] }
    var forms: [String] = []
    var empty = false
    for part in field.split(separator: "|", omittingEmptySubsequences: false) {
      let form = trimmed(part)
      if form.isEmpty {
        empty = true
      } else if forms.contains(form) {
        report(.warning, "forbidden '\(form)' is given twice")
      } else {
        forms.append(form)
      }
    }
    if empty { report(.warning, "empty forbidden form between '|' separators") }
    let targetWords = words(target)
    for form in forms {
      let formWords = words(form)
      guard !formWords.isEmpty else {
        report(.error, "forbidden '\(form)' has no letter or digit, so it can never be found")
        continue
      }
      let inTarget =
        formWords.count <= targetWords.count
        && (0...(targetWords.count - formWords.count)).contains { start in
          targetWords[start..<(start + formWords.count)].elementsEqual(formWords)
        }
      if inTarget {
        report(
          .error,
          "forbidden '\(form)' is part of the target '\(target)', so every translation that uses the target would be reported"
        )
      }
    }
    return forms
  }

  /// `s` without leading and trailing white space (`CharacterSet.whitespaces`, as lint
  /// checks); `s` itself, without a copy, when it has none.
  static func trimmed(_ s: some StringProtocol) -> String {
    let s = String(s)
    let first = s.utf8.first
    let last = s.utf8.last
    // A byte other than space and tab below 0x80 is not white space; a non-ASCII first or
    // last character may be (U+00A0, U+3000, …), so Foundation decides.
    if let first, let last, first < 0x80, last < 0x80, first != 0x20, first != 0x09,
      last != 0x20, last != 0x09
    {
      return s
    }
    return s.trimmingCharacters(in: .whitespaces)
  }

  /// The words of `s` (runs of letters and digits), lower-cased: how a forbidden form and
  /// a target are compared.
  static func words(_ s: String) -> [String] {
    s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
  }

  /// Problems between entries: a source or variant given twice with different targets (an
  /// error), given twice with the same target (a warning), and a form that another
  /// entry's form shadows because they match the same text (a warning).
  func crossEntryProblems() -> [Diagnostic] {
    var problems: [Diagnostic] = []
    // Entry indices by form as written, and by lower-cased form.
    var exact: [String: Int] = [:]
    var folded: [String: Int] = [:]
    let forms = entries.reduce(0) { $0 + 1 + $1.variants.count }
    exact.reserveCapacity(forms)
    folded.reserveCapacity(forms)
    for (index, entry) in entries.enumerated() {
      for (k, form) in entry.forms.enumerated() {
        let location = entry.origin
        let column = k == 0 ? 1 : location.column
        let at = SourceLocation(path: location.path, line: location.line, column: column)
        if let o = exact[form] {
          let other = entries[o]
          if other.target != entry.target {
            problems.append(
              Diagnostic(
                .error, at: at,
                "'\(form)' → '\(entry.target)' conflicts with \(other.origin.fileAndLine) '\(form)' → '\(other.target)'"
              ))
          } else if other.id != entry.id {
            problems.append(
              Diagnostic(
                .warning, at: at,
                "'\(form)' is already defined at \(other.origin.fileAndLine)"))
          }
          continue
        }
        exact[form] = index
        let key = form.lowercased()
        if let o = folded[key] {
          let other = entries[o]
          if other.id != entry.id,
            other.casePolicy == .insensitive || entry.casePolicy == .insensitive
          {
            problems.append(
              Diagnostic(
                .warning, at: at,
                "'\(form)' is shadowed by \(other.origin.fileAndLine) '\(other.source)' (\(other.casePolicy.rawValue)), which matches the same text"
              ))
          }
        } else {
          folded[key] = index
        }
      }
    }
    return problems
  }
}
