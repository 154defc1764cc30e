/// Rewrites a glossary file in its canonical form, the form `padan glossary fmt` writes.
///
/// The canonical form: the header row as `Glossary.columns`, up to `note` (six columns) or
/// up to `forbidden` (seven) as the file has it; every row with six tab-separated fields,
/// and a seventh when it has forbidden forms, each in NFC, trimmed, with runs of spaces collapsed to one;
/// variants without empties, repeats or a copy of the source, in collation order;
/// forbidden forms without empties or repeats, in collation order; rows
/// sorted by ICU collation of the source (ties by the target) **within each section**, a
/// section being a run of rows between comment (`#`) or blank lines. Comment and blank
/// lines stay where they are, so a heading keeps its rows; blank lines at the end of the
/// file are dropped, line ends become LF and the file ends with one LF. The layout and
/// sorting are `TSVTableFormatter`'s, shared with `LexiconFormatter`.
public struct GlossaryFormatter {
  private let table: TSVTableFormatter

  /// Opens the ICU collator for `locale`.
  ///
  /// - Throws: `Diagnostic` when ICU cannot open a collator.
  public init(locale: String = "id") throws(Diagnostic) {
    table = try TSVTableFormatter(locale: locale)
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
    let (parsed, _) = TSVTable.parse(
      bytes, path: path, expectedHeader: Glossary.columns, minimumFields: 3)
    let header =
      parsed.header.count == Glossary.columns.count ? Glossary.columns : Glossary.basicColumns
    return table.format(bytes, problems: problems, header: header) { fields in
      let row = canonicalRow(fields, width: header.count)
      // By source, then target, then their bytes (for keys that ICU finds equal).
      let keys = [
        table.sortKey(row[0]), table.sortKey(row[1]), Array(row[0].utf8), Array(row[1].utf8),
      ]
      return TSVTableFormatter.Row(fields: row, keys: keys)
    }
  }

  /// The canonical fields of a row: six (missing trailing fields become empty), and with
  /// `width` seven, the forbidden forms as a seventh when there are any.
  func canonicalRow<S: StringProtocol>(_ fields: [S], width: Int = 6) -> [String] {
    var row = (0..<width).map { i in
      i < fields.count ? TSVTableFormatter.canonicalField(fields[i]) : ""
    }
    row[4] = canonicalVariants(row[4], source: row[0])
    if width > 6 {
      row[6] = canonicalVariants(row[6], source: nil)
      if row[6].isEmpty { row.removeLast() }
    }
    return row
  }

  /// Variants (or forbidden forms) split at `|`, canonical, without empties, repeats or
  /// the source, in collation order (ties in byte order), joined with `|`.
  func canonicalVariants(_ field: String, source: String?) -> String {
    var seen: Set<String> = source.map { [$0] } ?? []
    var variants: [String] = []
    for part in field.split(separator: "|", omittingEmptySubsequences: true) {
      let variant = TSVTableFormatter.canonicalField(part)
      if !variant.isEmpty && seen.insert(variant).inserted { variants.append(variant) }
    }
    let keyed = variants.map { (key: table.sortKey($0), bytes: Array($0.utf8), text: $0) }
    return keyed.sorted { a, b in
      a.key != b.key
        ? a.key.lexicographicallyPrecedes(b.key) : a.bytes.lexicographicallyPrecedes(b.bytes)
    }.map(\.text).joined(separator: "|")
  }
}
