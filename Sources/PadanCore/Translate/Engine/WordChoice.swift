/// Chooses among the lexicon entries of a form (its parts of speech) and among an entry's
/// English equivalents.
enum SenseChooser {
  /// Words after which a verb is expected.
  static let verbContext: Set<String> = [
    "akan", "telah", "sudah", "sedang", "masih", "harus", "bisa", "dapat", "tidak", "belum",
    "untuk", "ingin", "mau", "perlu", "sempat", "tengah", "pernah", "segera", "agar", "supaya",
  ]

  /// The entry to use for a form, given its analysis and the lexeme before it.
  static func entry(
    among entries: [LexiconEntry], analysis: MorphAnalysis?, previous: Lexeme?
  ) -> LexiconEntry {
    guard entries.count > 1 else { return entries[0] }
    // A function word listed first is the default reading.
    if analysis == nil,
      [.preposition, .conjunction, .determiner, .pronoun, .auxiliary].contains(
        entries[0].partOfSpeech)
    {
      return entries[0]
    }
    var preferred: [LexiconEntry.PartOfSpeech] = []
    if let analysis {
      if analysis.isVerbal {
        preferred = [.verb]
      } else if analysis.isNominal {
        preferred = [.noun]
      }
    }
    if preferred.isEmpty, let previous {
      let word = previous.lowercased
      if verbContext.contains(word) || previous.category == .auxiliary {
        preferred = [.verb, .adjective]
      } else if previous.category == .number || previous.category == .numeral {
        preferred = [.classifier, .noun]
      } else if previous.category == .determiner || previous.category == .classifier
        || previous.category == .preposition
      {
        preferred = [.noun]
      } else if previous.category == .verb, analysis == nil {
        preferred = [.noun]
      } else if previous.isPunctuation([",", "”", "\""]) {
        preferred = [.verb]
      } else if previous.isCommonNoun {
        preferred = [.adjective, .noun]
      }
    }
    for pos in preferred {
      if let entry = entries.first(where: { $0.partOfSpeech == pos }) { return entry }
    }
    return entries[0]
  }

  /// The equivalent to use: one named by a context cue found in the sentence, else the
  /// most common one.
  static func english(of entry: LexiconEntry, context: Set<String>) -> String {
    for cue in entry.cues where context.contains(cue.word.lowercased()) {
      return cue.english
    }
    return entry.english.first ?? ""
  }
}

extension MorphAnalysis {
  /// Affixes that make a verb: meN-, di-, ber-, ter-, memper-, -kan, -i.
  var isVerbal: Bool {
    if isNominal { return false }
    if let first = prefixes.first, [.meN, .di, .ber, .ter].contains(first) { return true }
    return suffix == .kan || suffix == .i
  }

  /// Affixes that make a noun: ke-…-an, peN-…-an, per-…-an, peN-, -an.
  var isNominal: Bool {
    if suffix == .an, let first = prefixes.first, first != .ber { return true }
    if suffix == .an && prefixes.isEmpty { return true }
    return prefixes.first == .peN && suffix == nil
  }

  /// Whether the word is a di- passive.
  var isPassive: Bool { prefixes.first == .di }
}

/// The category and English of a word derived from a known lemma.
enum MorphologyCategory {
  /// The English of a derived word whose affixes change its class, when the lexicon does
  /// not list the word: ber- + noun → "have" + noun (`beristri` → have wife); peN- + verb
  /// → the agent (`penyerang` → attacker); peN-…-an or per-…-an + verb → the action
  /// (`penyerangan` → attacking).
  static func english(for analysis: MorphAnalysis, entry: LexiconEntry, base: String)
    -> String?
  {
    guard !base.isEmpty, !base.contains(" ") else { return nil }
    if analysis.prefixes == [.ber], analysis.suffix == nil, entry.partOfSpeech == .noun {
      return "have " + base
    }
    if analysis.prefixes == [.peN], analysis.suffix == nil, entry.partOfSpeech == .verb {
      return base.hasSuffix("e") ? base + "r" : base + "er"
    }
    if analysis.confix == .peNAn || analysis.confix == .perAn, entry.partOfSpeech == .verb {
      return base.hasSuffix("e") && !base.hasSuffix("ee") ? base.dropLast() + "ing" : base + "ing"
    }
    return nil
  }

  static func category(for analysis: MorphAnalysis, entry: LexiconEntry) -> Lexeme.Category {
    if analysis.prefixes.isEmpty && analysis.suffix == nil {
      return LexemeAnalyzer.category(of: entry)
    }
    if analysis.isVerbal { return .verb }
    if analysis.isNominal { return .noun }
    return LexemeAnalyzer.category(of: entry)
  }
}
