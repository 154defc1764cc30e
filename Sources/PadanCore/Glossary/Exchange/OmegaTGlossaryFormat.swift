/// OmegaT's glossary format: one `source<TAB>target<TAB>comment` line per term, UTF-8,
/// no header; lines starting with `#` are comments.
///
/// The comment carries the entry's note. A tab or line break inside a field cannot be
/// written, so it becomes a space.
struct OmegaTGlossaryFormat {
  func write(_ glossary: Glossary) -> [UInt8] {
    var bytes: [UInt8] = []
    for entry in glossary.entries {
      var fields = [entry.source, entry.target]
      if !entry.note.isEmpty { fields.append(entry.note) }
      bytes += fields.map(Self.flattened).joined(separator: "\t").utf8
      bytes.append(0x0A)
    }
    return bytes
  }

  func read(_ bytes: [UInt8], path: String, defaultKind: GlossaryEntry.Kind)
    -> (Glossary, [Diagnostic])
  {
    let (decoded, bom, problem) = UTF8Bytes.decodedText(bytes, path: path)
    guard let text = decoded else { return (Glossary(entries: []), problem.map { [$0] } ?? []) }
    var entries: [GlossaryEntry] = []
    var problems: [Diagnostic] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = rawLine
      if line.hasSuffix("\r") { line = line.dropLast() }
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let firstColumn = lineNumber == 1 ? 1 + bom : 1
      func at(_ field: Int) -> SourceLocation {
        let column = fields.prefix(field).reduce(firstColumn) { $0 + $1.utf8.count + 1 }
        return SourceLocation(path: path, line: lineNumber, column: column)
      }
      guard fields.count >= 2 else {
        problems.append(
          Diagnostic(
            .error, at: at(1).with(column: firstColumn + line.utf8.count),
            "expected 2 or 3 tab-separated fields, found 1"))
        continue
      }
      if fields[0].isEmpty || fields[1].isEmpty {
        problems.append(
          Diagnostic(
            .error, at: at(fields[0].isEmpty ? 0 : 1),
            fields[0].isEmpty ? "empty source" : "empty target"))
        continue
      }
      entries.append(
        GlossaryEntry(
          id: entries.count, source: fields[0], target: fields[1], kind: defaultKind,
          note: fields.count > 2 ? fields[2] : "",
          origin: SourceLocation(path: path, line: lineNumber, column: 1)))
    }
    return (Glossary(entries: entries), problems)
  }

  /// Tabs and line breaks become spaces.
  static func flattened(_ field: String) -> String {
    String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }
}
