/// Reads a FreeDict dictionary in dictd form (Debian's `dict-freedict-eng-ind` ships
/// `/usr/share/dictd/freedict-eng-ind.index` and `.dict.dz`) in reverse, English →
/// Indonesian becoming Indonesian → English.
///
/// Each entry is parsed as `FreeDictTextEntry`; its headword is taken from the entry's
/// first line, which keeps the case and punctuation the index drops (`Christmas Island`,
/// not `christmas island`). Locations in the data file are lines and columns of its
/// uncompressed text.
struct FreeDictDictdReader {
  var indexPath: String
  var dictPath: String

  func read(index: [UInt8], dict: [UInt8]) -> LexiconImportSource {
    let (entries, problems) = DictdReader(indexPath: indexPath, dictPath: dictPath)
      .entries(index: index, dict: dict)
    var collector = ReversedDictionaryCollector()
    for problem in problems { collector.report(problem) }
    for entry in entries {
      let parsed = FreeDictTextEntry(entry.text)
      let senses = parsed.senses.map { sense in
        ReversedDictionaryCollector.Sense(lists: [
          (
            sense.text,
            SourceLocation(
              path: entry.origin.path, line: entry.origin.line + sense.line,
              column: 1 + sense.offset)
          )
        ])
      }
      collector.add(
        headword: parsed.headword.isEmpty ? Substring(entry.headword) : parsed.headword,
        at: entry.origin, label: parsed.label, senses: senses)
    }
    return collector.source
  }
}
