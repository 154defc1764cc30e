internal import Foundation
internal import ICUWrapper

/// One change to one glossary file, made by ``GlossaryEditor``.
public struct GlossaryEdit: Sendable {
  /// The file to write.
  public var path: String
  /// The file's new contents.
  public var bytes: [UInt8]
  /// The 1-based line that was added or removed.
  public var line: Int
  /// The row that was added or removed, without its line end.
  public var row: String
}

/// Adds and removes glossary rows without touching any other byte of the file.
public enum GlossaryEditor {
  /// The fields of a row to add, as the user typed them.
  public struct NewRow: Sendable {
    public var source: String
    public var target: String
    public var type: String
    public var casePolicy: String
    /// Variants separated by `|`.
    public var variants: String
    public var note: String

    public init(
      source: String, target: String, type: String, casePolicy: String = "", variants: String = "",
      note: String = ""
    ) {
      self.source = source
      self.target = target
      self.type = type
      self.casePolicy = casePolicy
      self.variants = variants
      self.note = note
    }
  }

  /// The file a type of entry goes to by default, relative to the glossary folder.
  public static func defaultFileName(for kind: GlossaryEntry.Kind) -> String {
    switch kind {
    case .person: "people.tsv"
    case .org, .keep: "organisations.tsv"
    case .place: "places.tsv"
    case .title: "titles.tsv"
    case .term: "terms.tsv"
    case .date: "calendar.tsv"
    case .media: "media.tsv"
    }
  }

  /// Appends `row` to a glossary file, creating the file with a header row if needed.
  ///
  /// The row is written in canonical form (NFC, trimmed, six fields, variants deduplicated
  /// and in collation order); a field that was not NFC is reported as a warning. Refused,
  /// with errors: an empty source or target, an unknown type or case policy, a tab or
  /// line break in a field, and a source or variant that any entry in `files` already has
  /// as a source or variant, with the same target ("already defined") or another
  /// ("conflicts").
  ///
  /// - Parameters:
  ///   - row: the new row.
  ///   - path: the file to append to; `nil` for the default file of the row's type in
  ///     `directory` (``defaultFileName(for:)``).
  ///   - directory: the glossary folder.
  ///   - files: every glossary file, as (path, bytes); the target file, if it exists, must
  ///     be among them under the same `path`.
  /// - Returns: the edit, or `nil` with the reasons; warnings come with a successful edit.
  public static func add(
    _ row: NewRow, to path: String?, directory: String, files: [(path: String, bytes: [UInt8])]
  ) -> (edit: GlossaryEdit?, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    func error(_ message: String) { diagnostics.append(Diagnostic(.error, at: nil, message)) }
    let named = [
      ("source", row.source), ("target", row.target), ("type", row.type),
      ("case", row.casePolicy), ("variants", row.variants), ("note", row.note),
    ]
    for (name, value) in named {
      if value.contains(where: { $0 == "\t" || $0.isNewline }) {
        error("\(name) contains a tab or a line break")
      }
      if let nfc = try? UnicodeNormalizer.normalize(value, form: .nfc),
        !nfc.utf8.elementsEqual(value.utf8)
      {
        diagnostics.append(
          Diagnostic(
            .warning, at: nil, "\(name) '\(value)' is not in Unicode NFC; writing its NFC form"))
      }
    }
    guard let formatter = try? GlossaryFormatter() else {
      error("cannot open the ICU collator")
      return (nil, diagnostics)
    }
    let fields = formatter.canonicalRow(named.map(\.1))
    let (source, target) = (fields[0], fields[1])
    if source.isEmpty { error("empty source") }
    if target.isEmpty { error("empty target") }
    let kind = GlossaryEntry.Kind(rawValue: fields[2])
    if kind == nil {
      let known = GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      error("unknown type '\(fields[2])' (expected one of: \(known))")
    }
    if !fields[3].isEmpty && GlossaryEntry.CasePolicy(rawValue: fields[3]) == nil {
      error("unknown case policy '\(fields[3])' (expected sensitive or insensitive)")
    }
    guard let kind, !diagnostics.contains(where: { $0.severity == .error }) else {
      return (nil, diagnostics)
    }

    let (glossary, _) = Glossary.parse(files: files)
    let forms =
      [source] + (fields[4].isEmpty ? [] : fields[4].split(separator: "|").map(String.init))
    for form in forms {
      guard
        let other = glossary.entries.first(where: { entry in
          entry.forms.contains { $0.utf8.elementsEqual(form.utf8) }
        })
      else { continue }
      let at = "\(other.origin.fileAndLine)"
      if other.target.utf8.elementsEqual(target.utf8) {
        error("'\(form)' is already defined at \(at) ('\(other.source)' → '\(other.target)')")
      } else {
        error("'\(form)' → '\(target)' conflicts with \(at) '\(other.source)' → '\(other.target)'")
      }
    }
    guard diagnostics.allSatisfy({ $0.severity != .error }) else { return (nil, diagnostics) }

    let file = path ?? (directory as NSString).appendingPathComponent(defaultFileName(for: kind))
    let existing = files.last(where: { $0.path == file })?.bytes
    if let existing {
      // Only a glossary file takes a glossary row (not a lexicon file, not a stray table).
      let (table, _) = TSVTable.parse(existing, path: file, expectedHeader: Glossary.columns)
      let found =
        table.header.isEmpty ? "no header row" : "'\(table.header.joined(separator: "\\t"))'"
      guard table.header.count >= 3,
        Array(Glossary.columns.prefix(table.header.count)) == table.header
      else {
        error(
          "\(file) is not a glossary file: expected the header "
            + "'\(Glossary.basicColumns.joined(separator: "\\t"))', found \(found)")
        return (nil, diagnostics)
      }
    }
    var bytes =
      existing ?? Array((Glossary.basicColumns.joined(separator: "\t") + "\n").utf8)
    if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    let line = bytes.count { $0 == UInt8(ascii: "\n") } + 1
    let text = fields.joined(separator: "\t")
    bytes += Array(text.utf8)
    bytes.append(UInt8(ascii: "\n"))
    // The new row must load cleanly in its file.
    let (_, problems) = Glossary.parse(files: [(path: file, bytes: bytes)])
    let rowErrors = problems.filter { $0.severity == .error && $0.location?.line == line }
    guard rowErrors.isEmpty else { return (nil, diagnostics + rowErrors) }
    return (GlossaryEdit(path: file, bytes: bytes, line: line, row: text), diagnostics)
  }

  /// Removes the one row whose source is exactly `source` (compared as UTF-8 bytes, after
  /// NFC), keeping every other byte of its file.
  ///
  /// - Parameters:
  ///   - source: the source to remove.
  ///   - files: the files to search, as (path, bytes).
  /// - Returns: the edit, or `nil` with an error when no row or more than one row has
  ///   that source.
  public static func remove(source: String, files: [(path: String, bytes: [UInt8])]) -> (
    edit: GlossaryEdit?, diagnostics: [Diagnostic]
  ) {
    let wanted = Array(((try? UnicodeNormalizer.normalize(source, form: .nfc)) ?? source).utf8)
    var found: [(file: Int, line: Int, range: Range<Int>)] = []
    for (index, file) in files.enumerated() {
      for row in rowLines(file.bytes) {
        var line = file.bytes[row.range]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        let first = line.prefix { $0 != UInt8(ascii: "\t") }
        if first.elementsEqual(wanted) { found.append((index, row.line, row.range)) }
      }
    }
    let places = found.map { "\(files[$0.file].path):\($0.line)" }.joined(separator: ", ")
    guard found.count == 1, let match = found.first else {
      let message =
        found.isEmpty
        ? "no row has the source '\(source)' (searched \(files.count) file\(files.count == 1 ? "" : "s"))"
        : "'\(source)' is the source of \(found.count) rows (\(places)); nothing removed, edit the file by hand"
      return (nil, [Diagnostic(.error, at: nil, message)])
    }
    var bytes = files[match.file].bytes
    let text = String(decoding: bytes[match.range], as: UTF8.self)
    if match.range.upperBound < bytes.count {
      bytes.removeSubrange(match.range.lowerBound..<(match.range.upperBound + 1))
    } else {
      // The last line has no line end: drop the line end before it instead.
      bytes.removeSubrange(max(0, match.range.lowerBound - 1)..<match.range.upperBound)
    }
    return (
      GlossaryEdit(
        path: files[match.file].path, bytes: bytes, line: match.line,
        row: text.hasSuffix("\r") ? String(text.dropLast()) : text), []
    )
  }

  /// The data rows of a file (not comments, blank lines or the header): 1-based line and
  /// byte range without the `\n`.
  static func rowLines(_ bytes: [UInt8]) -> [(line: Int, range: Range<Int>)] {
    var rows: [(line: Int, range: Range<Int>)] = []
    var start = 0
    var line = 1
    var seenHeader = false
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      let first = start < end ? bytes[start] : nil
      if first != nil && first != UInt8(ascii: "#") && bytes[start..<end] != [UInt8(ascii: "\r")] {
        if seenHeader { rows.append((line, start..<end)) }
        seenHeader = true
      }
      start = end + 1
      line += 1
    }
    return rows
  }
}
