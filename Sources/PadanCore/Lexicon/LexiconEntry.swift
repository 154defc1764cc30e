/// One lemma of the general Indonesian → English lexicon, for one part of speech.
public struct LexiconEntry: Hashable, Sendable {
  /// Parts of speech used in the lexicon files.
  public enum PartOfSpeech: String, Sendable, Hashable, CaseIterable {
    case noun = "n", verb = "v", adjective = "adj", adverb = "adv", pronoun = "pron"
    case preposition = "prep", conjunction = "conj", numeral = "num", determiner = "det"
    case particle = "part", interjection = "intj", classifier = "cls", auxiliary = "aux"
  }

  /// A context cue: when `word` occurs in the same sentence, prefer `english`.
  public struct Cue: Hashable, Sendable {
    public var word: String
    public var english: String
  }

  /// Position in load order, 0-based.
  public var id: Int
  public var lemma: String
  public var partOfSpeech: PartOfSpeech
  /// English equivalents, the most common in news first. Empty for a word normally left
  /// untranslated (written `∅` in the file), such as an emphatic particle.
  public var english: [String]
  public var cues: [Cue]
  public var note: String
  /// Where the entry was written: `Glossaries/lexicon/core.tsv:12:1`.
  public var origin: SourceLocation

  /// The symbol for "no English word" in the `english` column.
  public static let untranslated = "∅"
}
