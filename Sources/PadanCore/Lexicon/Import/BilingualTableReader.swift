/// Reads a plain bilingual table: `indonesian, english[, pos]` rows, tab-separated when
/// the file has a tab anywhere and RFC 4180 CSV otherwise.
///
/// A first row naming the columns (`indonesian`/`id`/`lemma`, `english`/`en`/`translation`,
/// `pos`) is a header, and then the columns are found by those names, in any order;
/// without one, the columns are indonesian, english, pos. Lines starting with `#` and
/// blank lines are skipped. Both word columns may list several items separated by `,` or
/// `;`: every Indonesian item gets every English item. The pos column takes Padan's codes
/// or common labels (`noun`, `verb`); an empty one means the default. Equivalents keep the
/// order the file first gives them.
struct BilingualTableReader {
  var path: String

  private struct Record {
    var line: Int
    var fields: [String]
    /// Where each field starts, and (last) where the record ends.
    var locations: [SourceLocation]
  }

  static let indonesianNames: Set<String> = [
    "indonesian", "indonesia", "bahasa indonesia", "id", "ind", "lemma", "source", "word",
    "kata",
  ]
  static let englishNames: Set<String> = [
    "english", "inggris", "bahasa inggris", "en", "eng", "target", "translation",
    "translations", "equivalent", "equivalents", "gloss",
  ]
  static let partOfSpeechNames: Set<String> = [
    "pos", "part of speech", "part_of_speech", "class", "word class", "kelas kata",
  ]

  func read(_ bytes: [UInt8]) -> LexiconImportSource {
    var source = LexiconImportSource(order: .fileOrder)
    var (records, problems) = bytes.contains(0x09) ? tabRecords(bytes) : csvRecords(bytes)
    source.problems = problems
    records.removeAll { $0.fields.first?.hasPrefix("#") == true }
    var columns = (indonesian: 0, english: 1, partOfSpeech: Optional(2))
    if let header = records.first {
      let names = header.fields.map { Substring($0).trimmingEdges().lowercased() }
      if let i = names.firstIndex(where: Self.indonesianNames.contains),
        let e = names.firstIndex(where: Self.englishNames.contains)
      {
        columns = (i, e, names.firstIndex(where: Self.partOfSpeechNames.contains))
        records.removeFirst()
      }
    }
    let needed = max(columns.indonesian, columns.english) + 1
    for (row, record) in records.enumerated() {
      source.entriesRead += 1
      guard record.fields.count >= needed else {
        problems.append(
          Diagnostic(
            .error, at: record.locations[record.fields.count],
            "expected at least \(needed) fields (indonesian, english), found \(record.fields.count)"
          ))
        continue
      }
      func field(_ i: Int) -> (text: Substring, at: SourceLocation) {
        (Substring(record.fields[i]), record.locations[i])
      }
      let indonesian = field(columns.indonesian)
      let english = field(columns.english)
      var partOfSpeech: LexiconEntry.PartOfSpeech?
      if let p = columns.partOfSpeech, p < record.fields.count {
        let label = field(p)
        if !label.text.trimmingEdges().isEmpty {
          switch LexiconEntry.PartOfSpeech.guess(fromLabel: label.text) {
          case .partOfSpeech(let guess): partOfSpeech = guess
          case .affix:
            source.skipped.append(
              LexiconImportSkip(String(indonesian.text), .affix, at: indonesian.at))
            continue
          case .unknown:
            problems.append(
              Diagnostic(
                .warning, at: label.at,
                "unknown part of speech '\(label.text)'; the default is used"))
          }
        }
      }
      var lemmas: [(String, SourceLocation)] = []
      var equivalents: [String] = []
      for (column, isLemma) in [(indonesian, true), (english, false)] {
        let items = EquivalentCleaner.items(in: column.text, isLemma: isLemma)
        if items.isEmpty {
          problems.append(
            Diagnostic(.error, at: column.at, isLemma ? "empty Indonesian" : "empty English"))
        }
        for item in items {
          let at = column.at.with(column: column.at.column + item.offset)
          switch item.result {
          case .success(let text):
            if isLemma { lemmas.append((text, at)) } else { equivalents.append(text) }
          case .failure(let reason):
            source.skipped.append(LexiconImportSkip(item.raw, reason, at: at))
          }
        }
      }
      for (lemma, at) in lemmas {
        for english in equivalents {
          source.pairs.append(
            LexiconImportSource.Pair(
              lemma: lemma, english: english, partOfSpeech: partOfSpeech, sense: row, origin: at))
        }
      }
    }
    source.problems = problems
    return source
  }

  /// Tab-separated records: one per line, no quoting.
  private func tabRecords(_ bytes: [UInt8]) -> ([Record], [Diagnostic]) {
    let (text, bom, problem) = UTF8Bytes.decodedText(bytes, path: path)
    guard text != nil else { return ([], problem.map { [$0] } ?? []) }
    var records: [Record] = []
    var lineNumber = 0
    for rawLine in bytes[bom...].split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
      if line.allSatisfy({ $0 == 0x20 }) { continue }
      var record = Record(line: lineNumber, fields: [], locations: [])
      var column = lineNumber == 1 ? bom + 1 : 1
      for field in line.split(separator: 0x09, omittingEmptySubsequences: false) {
        record.fields.append(String(validating: field, as: UTF8.self) ?? "")
        record.locations.append(SourceLocation(path: path, line: lineNumber, column: column))
        column += field.count + 1
      }
      record.locations.append(SourceLocation(path: path, line: lineNumber, column: column - 1))
      records.append(record)
    }
    return (records, [])
  }

  /// CSV records, read by `CSVReader`.
  private func csvRecords(_ bytes: [UInt8]) -> ([Record], [Diagnostic]) {
    let (records, problems) = CSVReader(path: path).records(bytes)
    return (
      records.map { record in
        Record(
          line: record.line, fields: record.fields,
          locations: (0...record.fields.count).map { record.location(path: path, field: $0) })
      }, problems
    )
  }
}
