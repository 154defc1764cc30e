internal import Foundation
internal import ICUWrapper

/// The glossaries of a project, in load order, with every problem found while loading.
public struct Glossary: Sendable {
  public var entries: [GlossaryEntry]

  public init(entries: [GlossaryEntry]) { self.entries = entries }

  /// The columns of a glossary file, in order. `case`, `variants` and `note` may be
  /// omitted at the end of a row.
  public static let columns = ["source", "target", "type", "case", "variants", "note"]

  /// Loads every `*.tsv` file directly in `directory` (not in sub-folders), in byte order
  /// of their names, so the load order is deterministic and documented.
  ///
  /// - Returns: the glossary (rows with errors left out) and every problem found.
  /// - Throws: `Diagnostic` when the folder cannot be read.
  public static func load(directory: String) throws(Diagnostic) -> (Glossary, [Diagnostic]) {
    parse(files: try readFiles(directory: directory))
  }

  /// The bytes of every `*.tsv` file directly in `directory` (not hidden ones, not in
  /// sub-folders), in byte order of their names: the files ``load(directory:)`` reads.
  ///
  /// - Returns: (path, bytes) pairs, each path being `directory` joined with the name.
  /// - Throws: `Diagnostic` when the folder or a file cannot be read.
  public static func readFiles(directory: String) throws(Diagnostic) -> [(
    path: String, bytes: [UInt8]
  )] {
    try TSVTable.readFolder(directory, kind: "glossary")
  }

  /// Parses glossary files given as (path, bytes), in the order given.
  public static func parse(files: [(path: String, bytes: [UInt8])]) -> (Glossary, [Diagnostic]) {
    var entries: [GlossaryEntry] = []
    var problems: [Diagnostic] = []
    for (path, bytes) in files {
      let (table, tableProblems) = TSVTable.parse(
        bytes, path: path, expectedHeader: columns, minimumFields: 3)
      problems += tableProblems
      for row in table.rows {
        if let entry = entry(from: row, in: table, id: entries.count, problems: &problems) {
          entries.append(entry)
        }
      }
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
    let source = field(0).trimmingCharacters(in: .whitespaces)
    let target = field(1).trimmingCharacters(in: .whitespaces)
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
        report(
          .error, 3,
          "unknown case policy '\(field(3))' (expected \(GlossaryEntry.CasePolicy.described))")
        return nil
      }
      policy = p
    }
    let variants = field(4).split(separator: "|", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    if field(4).split(separator: "|", omittingEmptySubsequences: false).contains(where: {
      $0.trimmingCharacters(in: .whitespaces).isEmpty
    }) && !field(4).isEmpty {
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
    if policy == .name {
      for form in [source] + variants
      where form.contains(where: { $0 == " " || $0 == "-" }) || form.first?.isUppercase != true {
        report(
          .warning, form == source ? 0 : 4,
          "case 'name' is for one capitalised word that is also a common word; '\(form)' is not")
      }
    }
    guard ok else { return nil }
    return GlossaryEntry(
      id: id, source: source, target: target, kind: kind, casePolicy: policy, variants: variants,
      note: field(5), origin: SourceLocation(path: table.path, line: row.line, column: 1))
  }

  /// Problems between entries: a source or variant given twice with different targets (an
  /// error), given twice with the same target (a warning), and a form that another
  /// entry's form shadows because they match the same text (a warning).
  func crossEntryProblems() -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var exact: [String: GlossaryEntry] = [:]
    var folded: [String: GlossaryEntry] = [:]
    for entry in entries {
      for (k, form) in entry.forms.enumerated() {
        let location = entry.origin
        let column = k == 0 ? 1 : location.column
        let at = SourceLocation(path: location.path, line: location.line, column: column)
        if let other = exact[form] {
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
        exact[form] = entry
        let key = form.lowercased()
        if let other = folded[key], other.id != entry.id,
          other.casePolicy == .insensitive || entry.casePolicy == .insensitive
        {
          problems.append(
            Diagnostic(
              .warning, at: at,
              "'\(form)' is shadowed by \(other.origin.fileAndLine) '\(other.source)' (\(other.casePolicy.rawValue)), which matches the same text"
            ))
        } else if folded[key] == nil {
          folded[key] = entry
        }
      }
    }
    return problems
  }
}
