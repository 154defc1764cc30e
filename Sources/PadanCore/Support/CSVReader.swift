/// Reads RFC 4180 CSV: comma-separated fields, fields with commas, quotes or line breaks
/// in double quotes, a quote inside a quoted field doubled.
///
/// Lines end with LF or CRLF. Blank lines are skipped. Every field keeps the line and
/// column where it starts, for messages.
struct CSVReader {
  struct Record: Sendable {
    /// 1-based line of the record's first field.
    var line: Int
    var fields: [String]
    /// 1-based byte column where each field starts (on its own line).
    var columns: [Int]
    /// 1-based line where each field starts.
    var lines: [Int]

    /// Where field `field` starts; past the last field, just after the record's end.
    func location(path: String, field: Int) -> SourceLocation {
      guard field >= fields.count else {
        return SourceLocation(path: path, line: lines[field], column: columns[field])
      }
      let last = fields.count - 1
      return SourceLocation(
        path: path, line: lines[last], column: columns[last] + fields[last].utf8.count)
    }
  }

  var path: String

  /// The records of a whole file.
  ///
  /// - Returns: the records in order and the problems found. A record with a problem is
  ///   left out; an unterminated quoted field ends the file.
  func records(_ bytes: [UInt8]) -> ([Record], [Diagnostic]) {
    let (text, bom, problem) = UTF8Bytes.decodedText(bytes, path: path)
    guard text != nil else { return ([], problem.map { [$0] } ?? []) }
    let quote: UInt8 = 0x22
    let comma: UInt8 = 0x2C
    let newline: UInt8 = 0x0A
    let carriageReturn: UInt8 = 0x0D
    var records: [Record] = []
    var problems: [Diagnostic] = []
    var i = bom
    var line = 1
    var lineStart = 0
    let n = bytes.count
    func here(_ offset: Int) -> SourceLocation {
      SourceLocation(path: path, line: line, column: offset - lineStart + 1)
    }
    while i < n {
      var record = Record(line: line, fields: [], columns: [], lines: [])
      var bad = false
      while true {
        record.columns.append(i - lineStart + 1)
        record.lines.append(line)
        var field: [UInt8] = []
        if i < n && bytes[i] == quote {
          let opening = here(i)
          i += 1
          var closed = false
          while i < n {
            let b = bytes[i]
            if b == quote {
              if i + 1 < n && bytes[i + 1] == quote {
                field.append(quote)
                i += 2
                continue
              }
              i += 1
              closed = true
              break
            }
            if b == newline {
              line += 1
              lineStart = i + 1
            }
            field.append(b)
            i += 1
          }
          if !closed {
            problems.append(Diagnostic(.error, at: opening, "quoted field is never closed"))
            return (records, problems)
          }
          let atLineEnd =
            i >= n || bytes[i] == newline
            || (bytes[i] == carriageReturn && i + 1 < n && bytes[i + 1] == newline)
          if !atLineEnd && bytes[i] != comma {
            if !bad {
              problems.append(
                Diagnostic(
                  .error, at: here(i), "expected ',' or the end of the line after a closing quote"))
            }
            bad = true
            while i < n && bytes[i] != comma && bytes[i] != newline { i += 1 }
          }
          if i < n && bytes[i] == carriageReturn { i += 1 }
        } else {
          while i < n && bytes[i] != comma && bytes[i] != newline {
            if bytes[i] == quote && !bad {
              problems.append(
                Diagnostic(
                  .error, at: here(i), "a quote inside an unquoted field (quote the whole field)"))
              bad = true
            }
            field.append(bytes[i])
            i += 1
          }
          if field.last == carriageReturn { field.removeLast() }
        }
        record.fields.append(String(validating: field, as: UTF8.self) ?? "")
        if i < n && bytes[i] == comma {
          i += 1
          continue
        }
        if i < n {
          i += 1
          line += 1
          lineStart = i
        }
        break
      }
      if record.fields == [""] || bad { continue }
      records.append(record)
    }
    return (records, problems)
  }
}
