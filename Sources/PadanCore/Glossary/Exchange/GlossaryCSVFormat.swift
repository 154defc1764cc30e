/// The CSV glossaries of machine-translation services: DeepL, Google Cloud Translation
/// (equivalent term sets) and Amazon Translate (custom terminology).
///
/// All three are UTF-8 with RFC 4180 quoting. DeepL has no header; Google and Amazon start
/// with a row of language codes (`id,en`), and on reading, the `id` and `en` columns are
/// found by that header (`id-ID` and `en-US` count too), so files with more languages work.
/// None of them has a field for spelling variants, so each variant is an extra row with the
/// entry's target, and on reading, consecutive rows with equal targets merge back into one
/// entry. Google's header also names a `description` column, which carries the note.
///
/// On reading, DeepL's TSV form (tab-separated, as DeepL also accepts) is recognised by a
/// tab in the first line, and Google's unidirectional glossary (two columns, no header) by
/// a first row without the language codes `id` and `en`.
struct GlossaryCSVFormat {
  enum Dialect { case deepl, google, amazon }

  var dialect: Dialect

  private var hasHeader: Bool { dialect != .deepl }

  func write(_ glossary: Glossary) -> [UInt8] {
    var csv = CSVWriter()
    let withNotes = dialect == .google
    if hasHeader { csv.append(withNotes ? ["id", "en", "description"] : ["id", "en"]) }
    for entry in glossary.entries {
      for form in entry.forms {
        csv.append(withNotes ? [form, entry.target, entry.note] : [form, entry.target])
      }
    }
    return csv.bytes
  }

  func read(_ bytes: [UInt8], path: String, defaultKind: GlossaryEntry.Kind)
    -> (Glossary, [Diagnostic])
  {
    let tabSeparated = dialect == .deepl && Self.firstLineHasTab(bytes)
    var (records, problems) =
      tabSeparated
      ? TabRecords.records(bytes, path: path) : CSVReader(path: path).records(bytes)
    var sourceColumn = 0
    var targetColumn = 1
    var noteColumn: Int? = nil
    if hasHeader, let header = records.first,
      !(dialect == .google && Self.isUnidirectional(header))
    {
      records.removeFirst()
      let codes = header.fields.map(LanguageTag.language)
      noteColumn = dialect == .google ? codes.firstIndex(of: "description") : nil
      guard let s = codes.firstIndex(of: "id"), let t = codes.firstIndex(of: "en") else {
        problems.append(
          Diagnostic(
            .error, at: header.location(path: path, field: 0),
            "expected a header row of language codes with 'id' and 'en', found '\(header.fields.joined(separator: ","))'"
          ))
        return (Glossary(entries: []), problems)
      }
      sourceColumn = s
      targetColumn = t
    }
    var entries: [GlossaryEntry] = []
    for record in records {
      let needed = max(sourceColumn, targetColumn) + 1
      guard record.fields.count >= needed else {
        problems.append(
          Diagnostic(
            .error, at: record.location(path: path, field: record.fields.count),
            "expected at least \(needed) comma-separated fields, found \(record.fields.count)"))
        continue
      }
      let source = record.fields[sourceColumn]
      let target = record.fields[targetColumn]
      if source.isEmpty || target.isEmpty {
        let column = source.isEmpty ? sourceColumn : targetColumn
        problems.append(
          Diagnostic(
            .error, at: record.location(path: path, field: column),
            source.isEmpty ? "empty source" : "empty target"))
        continue
      }
      let note = noteColumn.flatMap { $0 < record.fields.count ? record.fields[$0] : nil } ?? ""
      if let last = entries.last, last.target == target, last.note == note {
        if !last.forms.contains(source) { entries[entries.count - 1].variants.append(source) }
        continue
      }
      entries.append(
        GlossaryEntry(
          id: entries.count, source: source, target: target, kind: defaultKind, note: note,
          origin: SourceLocation(path: path, line: record.line, column: 1)))
    }
    return (Glossary(entries: entries), problems)
  }

  /// Whether the first line holds a tab: DeepL's TSV form.
  static func firstLineHasTab(_ bytes: [UInt8]) -> Bool {
    for b in bytes {
      if b == 0x0A { return false }
      if b == 0x09 { return true }
    }
    return false
  }

  /// Whether a Google file's first row is a term pair rather than a header: two fields,
  /// neither of them the language code `id` or `en`.
  static func isUnidirectional(_ first: CSVReader.Record) -> Bool {
    let codes = Set(first.fields.map(LanguageTag.language))
    return first.fields.count == 2 && !codes.contains("id") && !codes.contains("en")
  }

}
