/// Chooses among the lexicon entries of a form (its parts of speech) and among an entry's
/// English equivalents.
enum SenseChooser {
  /// The entry to use for a form, given its analysis and the lexeme before it.
  static func entry(
    among entries: [LexiconEntry], analysis: MorphAnalysis?, previous: Lexeme?,
    verbContext: Set<String>
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
      if analysis.prefixes.contains(.per), analysis.confix == nil {
        // memper- / diper- + adjective: a causative verb (`memperdalam` → deepen).
        preferred = [.adjective, .verb]
      } else if analysis.isVerbal {
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
    // A classifier is read as one only after a number (`tiga orang` → three people); elsewhere
    // the word's other reading stands (`orang itu` → that person, `buah` → fruit).
    if entries[0].partOfSpeech == .classifier,
      let other = entries.first(where: { $0.partOfSpeech != .classifier })
    {
      return other
    }
    return entries[0]
  }

  /// Parts of speech that take no derivational affix: `memperdalam` is not meN- + per- +
  /// the preposition `dalam` "in".
  static let closedClasses: Set<LexiconEntry.PartOfSpeech> = [
    .preposition, .conjunction, .determiner, .pronoun, .auxiliary, .particle, .interjection,
    .classifier,
  ]

  /// The entries of an analysis's root whose part of speech its affixes fit: every entry
  /// when only clitics were removed, else the open-class ones.
  static func compatible(_ entries: [LexiconEntry], with analysis: MorphAnalysis)
    -> [LexiconEntry]
  {
    guard !analysis.prefixes.isEmpty || analysis.suffix != nil else { return entries }
    return entries.filter { !closedClasses.contains($0.partOfSpeech) }
  }

  /// Whether the root's entries suit the affixes well: a verb (or, after per-, an
  /// adjective) for verbal affixes; anything for the others.
  static func fits(_ entries: [LexiconEntry], _ analysis: MorphAnalysis) -> Bool {
    guard analysis.isVerbal else { return true }
    return entries.contains {
      $0.partOfSpeech == .verb
        || ($0.partOfSpeech == .adjective && analysis.prefixes.contains(.per))
    }
  }

  /// The equivalent to use: one named by a context cue found in the sentence, else the
  /// most common one.
  static func english(of entry: LexiconEntry, context: Set<String>) -> String {
    for cue in entry.cues where cue.place == .sentence && context.contains(cue.word.lowercased()) {
      return cue.translation
    }
    return entry.english.first ?? ""
  }

  /// Applies the cues that look at neighbouring words (`prev=`, `next=`, `head=`) once every
  /// lexeme of the sentence is known: the first entry of a word (in load order) with a cue
  /// that matches gives its reading and English (`100 kaki` → 100 feet with `prev=#num>foot`;
  /// `akses terhadap` → access to with `head=akses>to`). Only words read as written or
  /// with clitics removed are re-read; a derived word keeps the English its affixes gave.
  static func applyContextCues(_ lexemes: inout [Lexeme]) {
    for k in lexemes.indices {
      guard lexemes[k].lexiconEntry != nil,
        lexemes[k].analysis.map({ $0.prefixes.isEmpty && $0.suffix == nil }) ?? true
      else { continue }
      for entry in lexemes[k].alternatives {
        guard let cue = entry.cues.first(where: { matches($0, at: k, in: lexemes) }) else {
          continue
        }
        lexemes[k].origin = .lexicon(entry)
        if lexemes[k].analysis == nil || entry.partOfSpeech != lexemes[k].lexiconEntry?.partOfSpeech
        {
          lexemes[k].category = LexemeAnalyzer.category(of: entry)
        }
        lexemes[k].english = cue.translation
        lexemes[k].rules.append("cue \(cue.description)")
        break
      }
    }
  }

  static func matches(_ cue: LexiconEntry.Cue, at k: Int, in lexemes: [Lexeme]) -> Bool {
    let other: Int?
    switch cue.place {
    case .sentence: return false
    case .prev: other = k > 0 ? k - 1 : nil
    case .next: other = k + 1 < lexemes.count ? k + 1 : nil
    case .head: other = head(of: k, in: lexemes)
    }
    guard let other else { return false }
    let lexeme = lexemes[other]
    guard let wordClass = cue.wordClass else {
      let word = cue.word.lowercased()
      return lexeme.lowercased == word || lexeme.lexiconEntry?.lemma.lowercased() == word
    }
    switch wordClass {
    case "num": return lexeme.category == .number || lexeme.category == .numeral
    case "name": return lexeme.isName
    case "noun": return lexeme.isCommonNoun
    case "verb": return lexeme.category == .verb
    case "adj": return lexeme.category == .adjective
    case "pron": return lexeme.category == .pronoun
    case "det": return lexeme.category == .determiner
    case "prep": return lexeme.category == .preposition
    default: return false
    }
  }

  /// The governing word of lexeme `k`: the nearest noun, verb or adjective before it in the
  /// same clause (no punctuation between).
  static func head(of k: Int, in lexemes: [Lexeme]) -> Int? {
    var j = k - 1
    while j >= 0 {
      let lexeme = lexemes[j]
      if lexeme.isPunctuation { return nil }
      if lexeme.isCommonNoun || lexeme.category == .verb || lexeme.category == .adjective {
        return j
      }
      j -= 1
    }
    return nil
  }
}

extension LexiconEntry.Cue {
  /// The English the cue gives: empty for `∅`, a word left untranslated in that context
  /// (`pihak kepolisian` → the police, with `next=#noun>∅`).
  var translation: String { english == LexiconEntry.untranslated ? "" : english }
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
  static func english(
    for analysis: MorphAnalysis, entry: LexiconEntry, base: String, words: EnglishWordList? = nil
  ) -> String? {
    guard !base.isEmpty, !base.contains(" ") else { return nil }
    if analysis.prefixes.contains(.per), analysis.confix == nil, entry.partOfSpeech == .adjective {
      // memper- / diper- + adjective → the English verb in -en when there is one (`deepen`,
      // `widen`), else "make" + the adjective (`memperbesar` → make bigger).
      for verb in [base + "en", base + "n", base + String(base.last!) + "en"]
      where words?.contains(verb) == true {
        return verb
      }
      return "make " + base
    }
    if analysis.prefixes == [.ber], analysis.suffix == nil, entry.partOfSpeech == .noun {
      return "have " + base
    }
    // A derived form that the English word list lacks is not written ("presser"); the
    // base English stands instead.
    func word(_ form: String) -> String? { words?.contains(form) == false ? nil : form }
    if analysis.prefixes == [.peN], analysis.suffix == nil, entry.partOfSpeech == .verb {
      return word(base.hasSuffix("e") ? base + "r" : base + "er")
    }
    if analysis.confix == .peNAn || analysis.confix == .perAn, entry.partOfSpeech == .verb {
      return word(
        base.hasSuffix("e") && !base.hasSuffix("ee") ? base.dropLast() + "ing" : base + "ing")
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
