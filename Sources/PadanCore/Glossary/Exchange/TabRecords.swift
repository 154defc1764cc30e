/// Tab-separated records (DeepL's TSV glossaries, OmegaT's glossary files): one record per
/// line, fields split at tabs, no quoting; CRLF and a byte order mark are accepted, blank
/// lines skipped.
enum TabRecords {
  static func records(_ bytes: [UInt8], path: String) -> ([CSVReader.Record], [Diagnostic]) {
    let (decoded, bom, problem) = UTF8Bytes.decodedText(bytes, path: path)
    guard let text = decoded else { return ([], problem.map { [$0] } ?? []) }
    var records: [CSVReader.Record] = []
    var lineNumber = 0
    for rawLine in text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    {
      lineNumber += 1
      var line = rawLine
      if line.hasSuffix("\r") { line = line.dropLast() }
      if line.isEmpty { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      var columns: [Int] = []
      var column = lineNumber == 1 ? 1 + bom : 1
      for field in fields {
        columns.append(column)
        column += field.utf8.count + 1
      }
      records.append(
        CSVReader.Record(
          line: lineNumber, fields: fields, columns: columns,
          lines: Array(repeating: lineNumber, count: fields.count)))
    }
    return (records, [])
  }
}
