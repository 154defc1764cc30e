/// Collects the pairs of a dictionary read in reverse: its headwords are English, its
/// translations Indonesian, and every Indonesian item becomes a lemma with the headword as
/// its English equivalent.
struct ReversedDictionaryCollector {
  private(set) var source = LexiconImportSource(order: .bySenseCount)
  private var nextSense = 0

  /// One sense of an entry: its lists of translations as written, each with where it
  /// starts (dictd has one list per sense, TEI one per `<quote>`).
  struct Sense {
    var lists: [(text: Substring, origin: SourceLocation)]
  }

  /// Adds one entry.
  ///
  /// - Parameters:
  ///   - headword: the English headword as written.
  ///   - origin: where the entry starts.
  ///   - label: the entry's grammar label (`n`, `adj`, `suffix`), if any. An affix entry
  ///     is skipped whole; a label Padan has no part of speech for leaves it `nil`.
  ///   - senses: the translations of each sense.
  ///   - continuing: whether this continues the entry added last (TEI senses with labels
  ///     of their own), so that it does not count as another entry read.
  mutating func add(
    headword: Substring, at origin: SourceLocation, label: Substring?, senses: [Sense],
    continuing: Bool = false
  ) {
    if !continuing { source.entriesRead += 1 }
    var partOfSpeech: LexiconEntry.PartOfSpeech?
    switch label.map({ LexiconEntry.PartOfSpeech.guess(fromLabel: $0) }) {
    case .affix?:
      source.skipped.append(LexiconImportSkip(String(headword), .affix, at: origin))
      return
    case .partOfSpeech(let guess)?: partOfSpeech = guess
    default: partOfSpeech = nil
    }
    let english: String
    switch EquivalentCleaner.clean(headword, isLemma: false) {
    case .success(let text) where text.contains(";"):
      source.skipped.append(LexiconImportSkip(String(headword), .separatorInEnglish, at: origin))
      return
    case .success(let text): english = text
    case .failure(let reason):
      source.skipped.append(LexiconImportSkip(String(headword), reason, at: origin))
      return
    }
    if senses.isEmpty {
      source.skipped.append(LexiconImportSkip(String(headword), .noEquivalent, at: origin))
      return
    }
    for sense in senses {
      var seen: Set<String> = []
      for list in sense.lists {
        for item in EquivalentCleaner.items(in: list.text, isLemma: true) {
          let at = list.origin.with(column: list.origin.column + item.offset)
          switch item.result {
          case .success(let lemma):
            guard seen.insert(lemma).inserted else { continue }
            source.pairs.append(
              LexiconImportSource.Pair(
                lemma: lemma, english: english, partOfSpeech: partOfSpeech, sense: nextSense,
                origin: at))
          case .failure(let reason):
            source.skipped.append(LexiconImportSkip(item.raw, reason, at: at))
          }
        }
      }
      nextSense += 1
    }
  }

  /// Adds a problem in the file.
  mutating func report(_ problem: Diagnostic) { source.problems.append(problem) }
}
