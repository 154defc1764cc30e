internal import Foundation
internal import ICUWrapper

/// A tab-separated data file: one header row, `#` comment lines, one record per line.
///
/// Used for every data file Padan reads (segmentation rules, glossaries, lexicons), so
/// that all of them report problems the same way: `FILE:LINE:COLUMN: error: ...`.
public struct TSVTable: Sendable {
  public struct Row: Sendable {
    /// 1-based line number in the file.
    public var line: Int
    public var fields: [String]
    /// 1-based byte column where each field starts.
    public var columns: [Int]
  }

  public var path: String
  public var header: [String]
  public var rows: [Row]

  /// Parses `bytes` (the whole file).
  ///
  /// - Parameters:
  ///   - expectedHeader: the column names the first non-comment line must have.
  ///   - minimumFields: rows may omit trailing columns down to this many fields.
  /// - Returns: the table and the problems found; rows with problems are left out of the
  ///   table but every problem is reported.
  public static func parse(
    _ bytes: [UInt8], path: String, expectedHeader: [String], minimumFields: Int? = nil
  ) -> (TSVTable, [Diagnostic]) {
    // A header may name only the first columns, down to the required ones.
    var columnCount = expectedHeader.count
    var diagnostics: [Diagnostic] = []
    var table = TSVTable(path: path, header: [], rows: [])
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let file = SourceFile(path: path, bytes: bytes)
      let offset = UTF8Bytes.firstInvalidOffset(bytes)
      diagnostics.append(
        Diagnostic(
          .error, at: file.location(ofByte: offset),
          "invalid UTF-8 byte 0x\(UTF8Bytes.hex(bytes[offset]))"))
      return (table, diagnostics)
    }
    let minimum = minimumFields ?? expectedHeader.count
    var lineNumber = 0
    // Split on bytes: "\r\n" is a single Character, so splitting the String on "\n" would
    // leave CRLF files in one piece.
    for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      var bytes = rawLine
      if bytes.last == 0x0D { bytes = bytes.dropLast() }
      let line = Substring(bytes)
      if line.isEmpty || line.hasPrefix("#") { continue }
      // Split the bytes (a tab, a control character, is always a Character of its own, so
      // this is the same split without breaking the text into Characters).
      let fields = bytes.split(separator: 0x09, omittingEmptySubsequences: false).map {
        String(Substring($0))
      }
      var columns: [Int] = []
      var column = 1
      for f in fields {
        columns.append(column)
        column += f.utf8.count + 1
      }
      if table.header.isEmpty {
        table.header = fields
        let required = minimumFields ?? expectedHeader.count
        if fields.count >= required && fields.count <= expectedHeader.count
          && Array(expectedHeader.prefix(fields.count)) == fields
        {
          columnCount = fields.count
          continue
        }
        diagnostics.append(
          Diagnostic(
            .error, at: SourceLocation(path: path, line: lineNumber, column: 1),
            "expected header '\(expectedHeader.joined(separator: "\\t"))', found '\(fields.joined(separator: "\\t"))'"
          ))
        return (table, diagnostics)
      }
      if fields.count < minimum || fields.count > columnCount {
        let expected = minimum == columnCount ? "\(minimum)" : "\(minimum) to \(columnCount)"
        diagnostics.append(
          Diagnostic(
            .error,
            at: SourceLocation(
              path: path, line: lineNumber, column: min(column, line.utf8.count + 1)),
            "expected \(expected) tab-separated fields, found \(fields.count)"))
        continue
      }
      table.rows.append(Row(line: lineNumber, fields: fields, columns: columns))
    }
    if table.header.isEmpty {
      diagnostics.append(
        Diagnostic(
          .error, at: SourceLocation(path: path, line: max(1, lineNumber), column: 1),
          "missing header row"))
    }
    return (table, diagnostics)
  }

  /// The bytes of every `*.tsv` file directly in `directory` (not in sub-folders), in
  /// byte order of their names, so that load order is deterministic.
  ///
  /// - Parameter kind: what the folder holds, for messages ("glossary", "lexicon").
  /// - Throws: `Diagnostic` when the folder or a file cannot be read.
  public static func readFolder(_ directory: String, kind: String) throws(Diagnostic) -> [(
    path: String, bytes: [UInt8]
  )] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }
        .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    } catch {
      throw Diagnostic(.error, at: nil, "\(directory): cannot read \(kind) folder")
    }
    var files: [(path: String, bytes: [UInt8])] = []
    for name in names {
      let path = (directory as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw Diagnostic(.error, at: nil, "\(path): cannot read file")
      }
      files.append((path, [UInt8](data)))
    }
    return files
  }

  /// Checks the text of every field of `row`: leading or trailing spaces (a warning),
  /// runs of spaces (a warning, when `spaceRuns`), control characters (an error: ESC or
  /// BEL in a target would reach the outputs and a reader's terminal) and text that is not
  /// NFC (an error).
  ///
  /// - Returns: `false` when a field has an error.
  public func checkText(of row: Row, spaceRuns: Bool, problems: inout [Diagnostic]) -> Bool {
    var ok = true
    for (i, name) in header.enumerated() where i < row.fields.count {
      let value = row.fields[i]
      // Printable ASCII is NFC and has no control character: only spaces to check.
      let utf8 = value.utf8
      if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
        if utf8.first == 0x20 || utf8.last == 0x20 {
          problems.append(
            Diagnostic(
              .warning, at: location(of: row, field: i), "\(name) has leading or trailing spaces"))
        }
        if spaceRuns && utf8.count > 1
          && zip(utf8, utf8.dropFirst()).contains(where: {
            $0 == 0x20 && $1 == 0x20
          })
        {
          problems.append(
            Diagnostic(.warning, at: location(of: row, field: i), "\(name) has a run of spaces"))
        }
        continue
      }
      let at = location(of: row, field: i)
      let scalars = value.unicodeScalars
      if let first = scalars.first, let last = scalars.last,
        CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last)
      {
        problems.append(Diagnostic(.warning, at: at, "\(name) has leading or trailing spaces"))
      }
      if spaceRuns && value.contains("  ") {
        problems.append(Diagnostic(.warning, at: at, "\(name) has a run of spaces"))
      }
      if let control = value.unicodeScalars.first(where: Self.isControl) {
        let hex = String(control.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
        problems.append(
          Diagnostic(.error, at: at, "\(name) contains the control character \(code)"))
        ok = false
      }
      // Compare bytes: Swift's String equality treats canonically equivalent text as equal.
      if let nfc = try? UnicodeNormalizer.normalize(value, form: .nfc),
        !nfc.utf8.elementsEqual(value.utf8)
      {
        problems.append(Diagnostic(.error, at: at, "\(name) is not in Unicode NFC"))
        ok = false
      }
    }
    return ok
  }

  /// C0 and C1 controls and DEL (the tab cannot occur inside a field).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
  }

  public func location(of row: Row, field: Int) -> SourceLocation {
    SourceLocation(
      path: path, line: row.line, column: row.columns[min(field, row.columns.count - 1)])
  }
}
