/// OmegaT's glossary format: one `source<TAB>target<TAB>comment` line per term, UTF-8,
/// no header; lines starting with `#` are comments.
///
/// The comment carries the entry's note. Each spelling variant is a line of its own with
/// the entry's target and comment; on reading, consecutive lines with equal target and
/// comment merge back into one entry. A tab or line break inside a field cannot be
/// written, so it becomes a space.
struct OmegaTGlossaryFormat {
  func write(_ glossary: Glossary) -> [UInt8] {
    var bytes: [UInt8] = []
    for entry in glossary.entries {
      for form in entry.forms {
        var fields = [form, entry.target]
        if !entry.note.isEmpty { fields.append(entry.note) }
        bytes += fields.map(Self.flattened).joined(separator: "\t").utf8
        bytes.append(0x0A)
      }
    }
    return bytes
  }

  func read(_ bytes: [UInt8], path: String, defaultKind: GlossaryEntry.Kind)
    -> (Glossary, [Diagnostic])
  {
    let (records, decodeProblems) = TabRecords.records(bytes, path: path)
    var entries: [GlossaryEntry] = []
    var problems = decodeProblems
    for record in records where !record.fields[0].hasPrefix("#") {
      let fields = record.fields
      guard fields.count >= 2 else {
        problems.append(
          Diagnostic(
            .error, at: record.location(path: path, field: 1),
            "expected 2 or 3 tab-separated fields, found 1"))
        continue
      }
      if fields[0].isEmpty || fields[1].isEmpty {
        problems.append(
          Diagnostic(
            .error, at: record.location(path: path, field: fields[0].isEmpty ? 0 : 1),
            fields[0].isEmpty ? "empty source" : "empty target"))
        continue
      }
      let note = fields.count > 2 ? fields[2] : ""
      if let last = entries.last, last.target == fields[1], last.note == note {
        if !last.forms.contains(fields[0]) {
          entries[entries.count - 1].variants.append(fields[0])
        }
        continue
      }
      entries.append(
        GlossaryEntry(
          id: entries.count, source: fields[0], target: fields[1], kind: defaultKind,
          note: note, origin: SourceLocation(path: path, line: record.line, column: 1)))
    }
    return (Glossary(entries: entries), problems)
  }

  /// Tabs and line breaks become spaces.
  static func flattened(_ field: String) -> String {
    String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }
}
