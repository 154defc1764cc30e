/// One unit of analysed Indonesian: a glossary match, a lexicon word or phrase, a number,
/// a punctuation mark or an unknown word, with what the transfer rules need to know.
struct Lexeme {
  /// The grammatical role the transfer rules work with.
  enum Category: Hashable {
    case noun, properNoun, verb, adjective, adverb, pronoun, preposition, conjunction
    case numeral, determiner, particle, auxiliary, classifier, interjection
    case number, punctuation
  }

  /// Where the English comes from.
  enum Origin {
    case glossary(GlossaryEntry, GlossaryMatch)
    case lexicon(LexiconEntry)
    /// A number or punctuation mark, formatted by rule.
    case text
    /// A word in neither the glossary nor the lexicon, copied unchanged.
    case unknown
  }

  var origin: Origin
  var category: Category
  /// Token indices covered.
  var tokens: Range<Int>
  /// UTF-8 byte range in the segment text.
  var range: ByteRange
  /// The text as it occurs.
  var surface: String
  /// The chosen English equivalent in its base form (empty for none).
  var english: String
  /// Every lexicon entry for the same form (other parts of speech), for rules that re-choose.
  var alternatives: [LexiconEntry] = []
  /// The morphological analysis that led to the lexicon entry, if the surface is not a lemma.
  var analysis: MorphAnalysis?
  var spaceBefore: Bool
  /// Marked plural (reduplication, or a plural quantifier before it).
  var isPlural = false
  /// The English possessor from a clitic (`-nya` → "its").
  var possessor: String?
  /// Notes on how the analyser read the word (a loanword's rules, a context cue), for
  /// `--explain` and the lexicon record.
  var rules: [String] = []

  /// The surface in lower case, filled in once by the analyser.
  var lowercased = ""

  var glossaryEntry: GlossaryEntry? {
    if case .glossary(let entry, _) = origin { return entry }
    return nil
  }

  var lexiconEntry: LexiconEntry? {
    if case .lexicon(let entry) = origin { return entry }
    return nil
  }

  var isUnknown: Bool {
    if case .unknown = origin { return true }
    return false
  }

  /// Whether the lexeme is a noun-like head: a common noun, a glossary term, or a title.
  var isCommonNoun: Bool {
    if let entry = glossaryEntry { return entry.kind == .term || entry.kind == .title }
    return category == .noun
  }

  /// Whether the lexeme names something: a person, organisation, place, outlet or a
  /// capitalised unknown word.
  var isName: Bool {
    if let entry = glossaryEntry {
      return entry.kind != .term && entry.kind != .title && entry.kind != .date
    }
    return category == .properNoun
  }

  var isPunctuation: Bool { category == .punctuation }

  /// A di- passive: analysed as one, or listed in the lexicon with a passive English
  /// (`dikutip` → be quoted).
  /// The English of the word as a one-word adjective: its own, or for an unanalysed word
  /// an adjective sense the lexicon also gives (`mematikan` → deadly).
  var adjectiveEnglish: String? {
    let text =
      category == .adjective
      ? english
      : analysis == nil
        ? alternatives.first { $0.partOfSpeech == .adjective }?.english.first : nil
    guard let text, !text.contains(" ") else { return nil }
    return text
  }

  var isPassiveVerb: Bool {
    guard category == .verb else { return false }
    if analysis?.isPassive ?? false { return true }
    return english.hasPrefix("be ") && IndonesianMorphology.starts(lowercased, with: .di)
  }

  func isPunctuation(_ marks: Set<String>) -> Bool {
    category == .punctuation && marks.contains(surface)
  }
}
