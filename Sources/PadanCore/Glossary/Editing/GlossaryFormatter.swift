internal import Foundation
internal import ICUWrapper

/// Rewrites a glossary file in its canonical form, the form `padan glossary fmt` writes.
///
/// The canonical form: the header row as `Glossary.columns`; every row with exactly six
/// tab-separated fields, each in NFC, trimmed, with runs of spaces collapsed to one;
/// variants without empties, repeats or a copy of the source, in collation order; rows
/// sorted by ICU collation of the source (ties by the target) **within each section**, a
/// section being a run of rows between comment (`#`) or blank lines. Comment and blank
/// lines stay where they are, so a heading keeps its rows; blank lines at the end of the
/// file are dropped, line ends become LF and the file ends with one LF.
public struct GlossaryFormatter {
  private let collator: Collator

  /// Opens the ICU collator for `locale`.
  ///
  /// - Throws: `Diagnostic` when ICU cannot open a collator.
  public init(locale: String = "id") throws(Diagnostic) {
    do {
      collator = try Collator(locale: locale)
    } catch {
      throw Diagnostic(.error, at: nil, "cannot open the ICU collator for '\(locale)': \(error)")
    }
  }

  /// The canonical form of one glossary file.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - path: the file's path, for diagnostics.
  /// - Returns: the canonical bytes (equal to `bytes` when the file is already canonical),
  ///   or `nil` with the lint errors (`Glossary.parse`) when the file has any: a file with
  ///   errors is never rewritten. Warnings are not returned; formatting fixes most of them.
  /// - Complexity: O(n log n) in the number of rows.
  public func format(_ bytes: [UInt8], path: String) -> (bytes: [UInt8]?, errors: [Diagnostic]) {
    let (_, problems) = Glossary.parse(files: [(path: path, bytes: bytes)])
    let errors = problems.filter { $0.severity == .error }
    guard errors.isEmpty, let text = String(validating: bytes, as: UTF8.self) else {
      return (nil, errors)
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? line.dropLast() : line
    }
    while lines.last?.isEmpty == true { lines.removeLast() }

    var output: [String] = []
    var section: [SortableRow] = []
    var seenHeader = false
    func flushSection() {
      section.sort()
      output += section.map(\.line)
      section.removeAll()
    }
    for line in lines {
      if line.isEmpty || line.hasPrefix("#") {
        flushSection()
        output.append(String(line))
      } else if !seenHeader {
        seenHeader = true
        output.append(Glossary.columns.joined(separator: "\t"))
      } else {
        let fields = canonicalRow(line.split(separator: "\t", omittingEmptySubsequences: false))
        section.append(
          SortableRow(
            sourceKey: sortKey(fields[0]), targetKey: sortKey(fields[1]),
            source: Array(fields[0].utf8), target: Array(fields[1].utf8), index: section.count,
            line: fields.joined(separator: "\t")))
      }
    }
    flushSection()
    return (Array((output.joined(separator: "\n") + "\n").utf8), [])
  }

  /// The six canonical fields of a row (missing trailing fields become empty).
  func canonicalRow<S: StringProtocol>(_ fields: [S]) -> [String] {
    var row = (0..<Glossary.columns.count).map { i in
      i < fields.count ? Self.canonicalField(fields[i]) : ""
    }
    row[4] = canonicalVariants(row[4], source: row[0])
    return row
  }

  /// Variants split at `|`, canonical, without empties, repeats or the source, in
  /// collation order (ties in byte order), joined with `|`.
  func canonicalVariants(_ field: String, source: String) -> String {
    var seen: Set<String> = [source]
    var variants: [String] = []
    for part in field.split(separator: "|", omittingEmptySubsequences: true) {
      let variant = Self.canonicalField(part)
      if !variant.isEmpty && seen.insert(variant).inserted { variants.append(variant) }
    }
    let keyed = variants.map { (key: sortKey($0), bytes: Array($0.utf8), text: $0) }
    return keyed.sorted { a, b in
      a.key != b.key
        ? a.key.lexicographicallyPrecedes(b.key) : a.bytes.lexicographicallyPrecedes(b.bytes)
    }.map(\.text).joined(separator: "|")
  }

  /// A field in NFC, trimmed (`CharacterSet.whitespaces`, as lint checks), with runs of
  /// spaces collapsed to one.
  static func canonicalField<S: StringProtocol>(_ field: S) -> String {
    let text = String(field)
    let nfc = (try? UnicodeNormalizer.normalize(text, form: .nfc)) ?? text
    return nfc.trimmingCharacters(in: .whitespaces)
      .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// The ICU sort key, or the UTF-8 bytes if ICU fails (only for strings over 2 GiB).
  func sortKey(_ string: String) -> [UInt8] {
    (try? collator.sortKey(string)) ?? Array(string.utf8)
  }
}

/// A row with its collation keys: ordered by source, then target, then bytes, then position.
private struct SortableRow: Comparable {
  var sourceKey: [UInt8]
  var targetKey: [UInt8]
  var source: [UInt8]
  var target: [UInt8]
  var index: Int
  var line: String

  static func < (a: SortableRow, b: SortableRow) -> Bool {
    if a.sourceKey != b.sourceKey { return a.sourceKey.lexicographicallyPrecedes(b.sourceKey) }
    if a.targetKey != b.targetKey { return a.targetKey.lexicographicallyPrecedes(b.targetKey) }
    if a.source != b.source { return a.source.lexicographicallyPrecedes(b.source) }
    if a.target != b.target { return a.target.lexicographicallyPrecedes(b.target) }
    return a.index < b.index
  }

  static func == (a: SortableRow, b: SortableRow) -> Bool { !(a < b) && !(b < a) }
}
