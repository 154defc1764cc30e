/// The CSV glossaries of machine-translation services: DeepL, Google Cloud Translation
/// (equivalent term sets) and Amazon Translate (custom terminology).
///
/// All three are UTF-8 with RFC 4180 quoting. DeepL has no header; Google and Amazon start
/// with a row of language codes (`id,en`), and on reading, the `id` and `en` columns are
/// found by that header (`id-ID` and `en-US` count too), so files with more languages work.
/// Only Google gets the variants: each variant is an extra row with the entry's target, and
/// consecutive rows with equal targets merge back into one entry.
struct GlossaryCSVFormat {
  enum Dialect { case deepl, google, amazon }

  var dialect: Dialect

  private var hasHeader: Bool { dialect != .deepl }

  func write(_ glossary: Glossary) -> [UInt8] {
    var csv = CSVWriter()
    if hasHeader { csv.append(["id", "en"]) }
    for entry in glossary.entries {
      csv.append([entry.source, entry.target])
      if dialect == .google {
        for variant in entry.variants { csv.append([variant, entry.target]) }
      }
    }
    return csv.bytes
  }

  func read(_ bytes: [UInt8], path: String, defaultKind: GlossaryEntry.Kind)
    -> (Glossary, [Diagnostic])
  {
    var (records, problems) = CSVReader(path: path).records(bytes)
    var sourceColumn = 0
    var targetColumn = 1
    if hasHeader, let header = records.first {
      records.removeFirst()
      let codes = header.fields.map(LanguageTag.language)
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
      if dialect == .google, let last = entries.last, last.target == target {
        if !last.forms.contains(source) { entries[entries.count - 1].variants.append(source) }
        continue
      }
      entries.append(
        GlossaryEntry(
          id: entries.count, source: source, target: target, kind: defaultKind,
          origin: SourceLocation(path: path, line: record.line, column: 1)))
    }
    return (Glossary(entries: entries), problems)
  }

}
