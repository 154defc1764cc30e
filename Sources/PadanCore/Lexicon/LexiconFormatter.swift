/// Rewrites a lexicon file in its canonical form, the form `padan lexicon fmt` writes.
///
/// The canonical form: the header row as `Lexicon.columns`; every field in NFC, trimmed,
/// with runs of spaces collapsed to one; the `english` equivalents trimmed around their `;`
/// separators, without empties or repeats, in the order given (the most common first); the
/// cues as `word>english` items joined with `;`, trimmed, without empties or repeats;
/// trailing empty fields removed, down to the three required ones (`lemma pos english`).
/// Rows are sorted by ICU collation of the lemma **within each section**; rows of one lemma
/// keep their order, because the first is the engine's default reading of the word
/// (`tahu` v "know" before n "tofu"). A section is a run of rows between comment (`#`) or blank lines. Comment and blank lines stay where they are, so a heading keeps its rows; blank
/// lines at the end of the file are dropped, line ends become LF and the file ends with one
/// LF. The layout and sorting are `TSVTableFormatter`'s, shared with `GlossaryFormatter`.
public struct LexiconFormatter {
  private let table: TSVTableFormatter

  /// Opens the ICU collator for `locale`.
  ///
  /// - Throws: `Diagnostic` when ICU cannot open a collator.
  public init(locale: String = "id") throws(Diagnostic) {
    table = try TSVTableFormatter(locale: locale)
  }

  /// The canonical form of one lexicon file.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - path: the file's path, for diagnostics.
  /// - Returns: the canonical bytes (equal to `bytes` when the file is already canonical),
  ///   or `nil` with the lint errors (`Lexicon.parse`) when the file has any: a file with
  ///   errors is never rewritten. Warnings are not returned; formatting fixes most of them.
  /// - Complexity: O(n log n) in the number of rows.
  public func format(_ bytes: [UInt8], path: String) -> (bytes: [UInt8]?, errors: [Diagnostic]) {
    let (_, problems) = Lexicon.parse(files: [(path: path, bytes: bytes)])
    return table.format(bytes, problems: problems, header: Lexicon.columns) { fields in
      let row = canonicalRow(fields)
      // By lemma, then the lemma's bytes (for keys ICU finds equal); rows of one lemma keep
      // their order (the sort is stable), since the first is the default reading.
      let keys = [table.sortKey(row[0]), Array(row[0].utf8)]
      return TSVTableFormatter.Row(fields: row, keys: keys)
    }
  }

  /// The canonical fields of a row: at least the three required ones (missing ones become
  /// empty), and no empty field at the end after them.
  func canonicalRow<S: StringProtocol>(_ fields: [S]) -> [String] {
    var row = fields.map { TSVTableFormatter.canonicalField($0) }
    while row.count < Self.requiredFields { row.append("") }
    row[2] = canonicalEquivalents(row[2])
    if row.count > 3 { row[3] = canonicalCues(row[3]) }
    while row.count > Self.requiredFields && row.last?.isEmpty == true { row.removeLast() }
    return row
  }

  /// `lemma`, `pos` and `english`: a row may leave off the fields after these.
  static let requiredFields = 3

  /// Equivalents split at `;`, canonical, without empties or repeats, in their order.
  /// A field with no equivalent at all (such as `;`) is left as it is, for lint to report.
  func canonicalEquivalents(_ field: String) -> String {
    let items = Self.uniqueItems(field.split(separator: ";").map(TSVTableFormatter.canonicalField))
    return items.isEmpty ? field : items.joined(separator: ";")
  }

  /// Cues split at `;` and each at its first `>`, canonical, without empties or repeats,
  /// in their order. Lint has already refused a cue without a `>`.
  func canonicalCues(_ field: String) -> String {
    let cues = field.split(separator: ";").map { item in
      item.split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false)
        .map(TSVTableFormatter.canonicalField).joined(separator: ">")
    }
    return Self.uniqueItems(cues).joined(separator: ";")
  }

  /// `items` without empty strings and without repeats (the first of each kept).
  static func uniqueItems(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
