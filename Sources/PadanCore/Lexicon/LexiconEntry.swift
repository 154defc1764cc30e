/// One lemma of the general Indonesian → English lexicon, for one part of speech.
public struct LexiconEntry: Hashable, Sendable {
  /// Parts of speech used in the lexicon files.
  public enum PartOfSpeech: String, Sendable, Hashable, CaseIterable {
    case noun = "n", verb = "v", adjective = "adj", adverb = "adv", pronoun = "pron"
    case preposition = "prep", conjunction = "conj", numeral = "num", determiner = "det"
    case particle = "part", interjection = "intj", classifier = "cls", auxiliary = "aux"
  }

  /// A context cue: when the source context has `word` at `place`, prefer this entry and
  /// `english`.
  ///
  /// Written `word>english` (anywhere in the sentence) or `place=word>english`, where place
  /// is `prev` (the word before), `next` (the word after) or `head` (the governing word: the
  /// nearest noun, verb or adjective before, in the same clause), and word is a lower-case
  /// word or phrase, or a class: `#num` (a number or numeral), `#name`, `#noun`, `#verb`,
  /// `#adj`, `#pron`, `#det`, `#prep`. Examples: `prev=#num>foot` (`100 kaki` → 100 feet),
  /// `head=akses>to` (`akses terhadap` → access to).
  public struct Cue: Hashable, Sendable {
    public enum Place: String, Sendable, CaseIterable {
      case sentence, prev, next, head
    }

    /// Word classes a cue can name, after `#`.
    public static let classes = ["num", "name", "noun", "verb", "adj", "pron", "det", "prep"]

    public var place: Place
    public var word: String
    public var english: String

    public init(place: Place = .sentence, word: String, english: String) {
      self.place = place
      self.word = word
      self.english = english
    }

    /// The class named by `word` (`num` for `#num`), or `nil` for a word.
    public var wordClass: String? { word.hasPrefix("#") ? String(word.dropFirst()) : nil }

    /// `prev=#num>foot`, as written in the file.
    public var description: String {
      (place == .sentence ? "" : place.rawValue + "=") + word + ">" + english
    }
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
