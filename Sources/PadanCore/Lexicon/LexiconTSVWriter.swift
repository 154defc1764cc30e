/// Writes lexicon entries as a lexicon file (`lemma  pos  english  cues  note`,
/// tab-separated, with the header row), the form `Lexicon.parse` reads.
///
/// Equivalents are joined with `;` (`∅` when there are none), cues as `word>english` items
/// joined with `;`. Every row has all five fields, in the order given. Fields must hold no
/// tab or line break, and a lemma must not start with `#`; the importer's items never do.
public struct LexiconTSVWriter {
  public init() {}

  /// The file's bytes: the header, then `comments` as `# ` lines, then one row per entry.
  public func write(_ entries: [LexiconEntry], comments: [String] = []) -> [UInt8] {
    var text = Lexicon.columns.joined(separator: "\t") + "\n"
    for comment in comments { text += "# " + comment + "\n" }
    for entry in entries {
      let english =
        entry.english.isEmpty ? LexiconEntry.untranslated : entry.english.joined(separator: ";")
      let cues = entry.cues.map { $0.word + ">" + $0.english }.joined(separator: ";")
      text +=
        [entry.lemma, entry.partOfSpeech.rawValue, english, cues, entry.note]
        .joined(separator: "\t") + "\n"
    }
    return Array(text.utf8)
  }
}
