extension LexiconEntry.PartOfSpeech {
  /// What a dictionary's grammar label says about a word.
  enum Guess: Equatable {
    case partOfSpeech(LexiconEntry.PartOfSpeech)
    /// A prefix, suffix or other affix: not a word for the lexicon.
    case affix
    /// No label, or one with no Padan equivalent (`phraseologicalUnit`, `proverb`).
    case unknown
  }

  /// The part of speech of a grammar label such as FreeDict's `n`, `pn`, `v`, `adj`,
  /// `interjection` or TEI's `noun`, or a Padan code.
  ///
  /// Case, surrounding spaces and a final `.` are ignored; only the part before a `,` or
  /// `;` counts (`n, fem` is `n`), and failing that its first word (`noun phrase` is a
  /// noun). Proper nouns are nouns; articles are determiners.
  static func guess(fromLabel label: some StringProtocol) -> Guess {
    func lookUp(_ key: Substring) -> Guess? {
      let key = String(key.hasSuffix(".") ? key.dropLast() : key)
      if let code = Self(rawValue: key) { return .partOfSpeech(code) }
      return labels[key]
    }
    let lowered = label.lowercased()
    let part = lowered.split { $0 == "," || $0 == ";" }.first ?? ""
    let words = part.split(separator: " ")
    return lookUp(Substring(words.joined(separator: " "))) ?? words.first.flatMap(lookUp)
      ?? .unknown
  }

  private static let labels: [String: Guess] = {
    let groups: [(Guess, [String])] = [
      (.partOfSpeech(.noun), ["noun", "pn", "propn", "proper noun", "nn", "name", "subst"]),
      (.partOfSpeech(.verb), ["verb", "vt", "vi", "vb"]),
      (.partOfSpeech(.adjective), ["adjective", "a", "adjv"]),
      (.partOfSpeech(.adverb), ["adverb"]),
      (.partOfSpeech(.pronoun), ["pronoun"]),
      (.partOfSpeech(.preposition), ["preposition", "postposition", "adp"]),
      (.partOfSpeech(.conjunction), ["conjunction", "cconj", "sconj"]),
      (.partOfSpeech(.numeral), ["numeral", "number", "cardinal", "ordinal"]),
      (.partOfSpeech(.determiner), ["determiner", "article", "art"]),
      (.partOfSpeech(.particle), ["particle", "ptcl"]),
      (.partOfSpeech(.interjection), ["interjection", "interj", "int"]),
      (.partOfSpeech(.classifier), ["classifier", "measure word"]),
      (.partOfSpeech(.auxiliary), ["auxiliary"]),
      (.affix, ["prefix", "suffix", "infix", "circumfix", "interfix", "affix"]),
    ]
    var labels: [String: Guess] = [:]
    for (guess, names) in groups { for name in names { labels[name] = guess } }
    return labels
  }()
}
