/// What a dictionary reader found, before merging: Indonesian → English pairs, the items it
/// left out, and the problems in the file.
public struct LexiconImportSource: Sendable {
  /// One Indonesian word or phrase with one English equivalent, from one sense of an entry.
  public struct Pair: Hashable, Sendable {
    /// Cleaned: trimmed, single spaces, NFC.
    public var lemma: String
    public var english: String
    /// The part of speech the entry gives, or `nil` when it gives none Padan uses.
    public var partOfSpeech: LexiconEntry.PartOfSpeech?
    /// The sense the pair comes from, numbered from 0 across the file; the pairs of one
    /// sense count once towards the order of equivalents.
    public var sense: Int
    /// Where the Indonesian item was read.
    public var origin: SourceLocation

    public init(
      lemma: String, english: String, partOfSpeech: LexiconEntry.PartOfSpeech?, sense: Int,
      origin: SourceLocation
    ) {
      self.lemma = lemma
      self.english = english
      self.partOfSpeech = partOfSpeech
      self.sense = sense
      self.origin = origin
    }
  }

  /// How the English equivalents of one lemma are ordered in the lexicon.
  public enum Order: Sendable {
    /// By how many senses give the pair, most first, then alphabetically (ICU root
    /// collation, then bytes): for a dictionary read in reverse, where the count says how
    /// many English headwords point to the lemma.
    case bySenseCount
    /// In the order the file first gives them: for a table its author already ordered.
    case fileOrder
  }

  /// Dictionary entries read (table rows, or dictionary headword entries).
  public var entriesRead: Int
  public var pairs: [Pair]
  public var skipped: [LexiconImportSkip]
  /// Problems in the file; with an error, nothing should be written.
  public var problems: [Diagnostic]
  public var order: Order

  public init(
    entriesRead: Int = 0, pairs: [Pair] = [], skipped: [LexiconImportSkip] = [],
    problems: [Diagnostic] = [], order: Order
  ) {
    self.entriesRead = entriesRead
    self.pairs = pairs
    self.skipped = skipped
    self.problems = problems
    self.order = order
  }
}

/// An item an import left out, and why.
public struct LexiconImportSkip: Hashable, Sendable, CustomStringConvertible {
  public enum Reason: Error, Hashable, Sendable {
    /// Nothing left once parenthetical notes and markup are removed.
    case empty
    /// No letter or digit.
    case noWord
    /// Starts with `#`, which a lexicon file reads as a comment.
    case commentMark
    /// A template such as `saya perlu ...`.
    case placeholder
    /// A question, an exclamation or more than one sentence.
    case sentence
    /// More than `EquivalentCleaner.maximumWords` words.
    case tooLong
    /// An English equivalent with `;`, the lexicon's separator.
    case separatorInEnglish
    /// An entry for a prefix or a suffix, not a word.
    case affix
    /// An entry that gives no equivalent at all.
    case noEquivalent
    /// The lemma has this part of speech in the lexicon already, at this place.
    case inLexicon(SourceLocation)

    /// Whether the item itself is unusable (as opposed to a whole entry or a duplicate).
    public var isJunk: Bool {
      switch self {
      case .affix, .noEquivalent, .inLexicon: false
      default: true
      }
    }

    public var explanation: String {
      switch self {
      case .empty: "nothing left without its notes"
      case .noWord: "no letter or digit"
      case .commentMark: "starts with '#'"
      case .placeholder: "a template with '...'"
      case .sentence: "a sentence, question or exclamation"
      case .tooLong: "more than \(EquivalentCleaner.maximumWords) words"
      case .separatorInEnglish: "the English has ';'"
      case .affix: "an affix entry"
      case .noEquivalent: "no equivalent given"
      case .inLexicon(let origin): "already in the lexicon at \(origin.fileAndLine)"
      }
    }
  }

  /// The item as the file gives it (or the lemma, for a duplicate).
  public var text: String
  public var reason: Reason
  public var origin: SourceLocation

  public init(_ text: String, _ reason: Reason, at origin: SourceLocation) {
    self.text = text
    self.reason = reason
    self.origin = origin
  }

  /// `FILE:LINE:COLUMN: skipped 'text': reason`.
  public var description: String { "\(origin): skipped '\(text)': \(reason.explanation)" }
}
