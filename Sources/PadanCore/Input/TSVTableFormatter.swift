internal import Foundation
internal import ICUWrapper

/// Puts a tab-separated data file in canonical form: the layout and sorting shared by
/// `GlossaryFormatter` and `LexiconFormatter`, which say how a row is written and what it
/// sorts by.
///
/// Lines end at LF, with a CR before it dropped, so CRLF files read like LF ones. Comment
/// (`#`) and blank lines stay where they are, each ending a section; the first other line
/// is the header, written as the caller's column names; every other line is a row, which
/// the caller rewrites and keys, and the rows of each section are sorted by their keys
/// (equal keys keep file order), so a heading keeps its rows. Blank lines at the end of the
/// file are dropped, and every line of the output ends with one LF.
struct TSVTableFormatter {
  /// A row in canonical form, with what it sorts by.
  struct Row {
    /// The canonical fields, written joined with tabs.
    var fields: [String]
    /// Compared one by one in byte order; the first pair that differs decides.
    var keys: [[UInt8]]
  }

  private let collator: Collator

  /// Opens the ICU collator for `locale`.
  ///
  /// - Throws: `Diagnostic` when ICU cannot open a collator.
  init(locale: String) throws(Diagnostic) {
    do {
      collator = try Collator(locale: locale)
    } catch {
      throw Diagnostic(.error, at: nil, "cannot open the ICU collator for '\(locale)': \(error)")
    }
  }

  /// The canonical form of one file, unless it has lint errors.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - problems: the file's lint problems; only errors matter.
  ///   - header: the column names the header row is written as.
  ///   - row: the canonical form of a row, given its fields as written (at least one).
  /// - Returns: the canonical bytes (equal to `bytes` when the file is already canonical),
  ///   or `nil` with the errors among `problems` when there are any, or when `bytes` is not
  ///   UTF-8: a file with errors is never rewritten.
  /// - Complexity: O(n log n) in the number of rows.
  func format(
    _ bytes: [UInt8], problems: [Diagnostic], header: [String], row: ([Substring]) -> Row
  ) -> (bytes: [UInt8]?, errors: [Diagnostic]) {
    let errors = problems.filter { $0.severity == .error }
    guard errors.isEmpty, let text = String(validating: bytes, as: UTF8.self) else {
      return (nil, errors)
    }
    // Split the bytes: "\r\n" is one Character, so splitting the String at "\n" would
    // leave a CRLF file in one piece.
    var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      Substring(line.last == 0x0D ? line.dropLast() : line)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }

    var output: [String] = []
    output.reserveCapacity(lines.count)
    var section: [Row] = []
    func flushSection() {
      let sorted = section.indices.sorted { a, b in
        for (x, y) in zip(section[a].keys, section[b].keys) where x != y {
          return x.lexicographicallyPrecedes(y)
        }
        return a < b
      }
      output += sorted.map { section[$0].fields.joined(separator: "\t") }
      section.removeAll(keepingCapacity: true)
    }
    var seenHeader = false
    for line in lines {
      if line.isEmpty || line.hasPrefix("#") {
        flushSection()
        output.append(String(line))
      } else if !seenHeader {
        seenHeader = true
        output.append(header.joined(separator: "\t"))
      } else {
        section.append(row(line.split(separator: "\t", omittingEmptySubsequences: false)))
      }
    }
    flushSection()
    return (Array((output.joined(separator: "\n") + "\n").utf8), [])
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
