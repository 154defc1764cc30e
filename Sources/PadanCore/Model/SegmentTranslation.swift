/// The English for one segment, with a record of what produced each part of it.
///
/// Spans are UTF-8 byte ranges, 0-based and half-open: `source` spans point into the
/// segment's Indonesian text, `target` spans into `target`.
public struct SegmentTranslation: Hashable, Sendable, Codable {
  /// The English text.
  public var target: String
  /// Every glossary entry applied, in source order.
  public var glossary: [TermUse]
  /// Every lexicon entry applied, in source order.
  public var lexicon: [LexiconUse]
  /// Words found in neither the glossary nor the lexicon, in source order. They are
  /// copied into the English unchanged.
  public var unknown: [String]
  /// The reviewed segment the English comes from; nil for machine translation.
  public var origin: SegmentOrigin?

  public init(
    target: String, glossary: [TermUse] = [], lexicon: [LexiconUse] = [], unknown: [String] = [],
    origin: SegmentOrigin? = nil
  ) {
    self.target = target
    self.glossary = glossary
    self.lexicon = lexicon
    self.unknown = unknown
    self.origin = origin
  }
}

/// One glossary entry applied to a segment.
public struct TermUse: Hashable, Sendable, Codable {
  /// Where the entry is written: `Glossaries/people.tsv:12`.
  public var entry: String
  /// The Indonesian text that matched (clitic included).
  public var source: String
  /// The entry's English target, which appears verbatim in the segment's English.
  public var target: String
  /// The entry type (`person`, `org`, `term`, …).
  public var type: String
  /// Span of the match in the Indonesian text.
  public var sourceSpan: ByteRange
  /// Span in the English text of the words made from the match: `target` itself, or a form
  /// that contains it verbatim (`Defense Ministers`, `Russian`). Capitals may differ at the
  /// start of a sentence and in a headline.
  public var targetSpan: ByteRange
  /// How the text differs from the glossary form: `exact`, `clitic -nya`, `reduplicated plural`….
  public var form: String

  public init(
    entry: String, source: String, target: String, type: String, sourceSpan: ByteRange,
    targetSpan: ByteRange, form: String
  ) {
    self.entry = entry
    self.source = source
    self.target = target
    self.type = type
    self.sourceSpan = sourceSpan
    self.targetSpan = targetSpan
    self.form = form
  }

  enum CodingKeys: String, CodingKey {
    case entry, source, target, type, sourceSpan = "src", targetSpan = "tgt", form
  }
}

/// One lexicon entry applied to a segment.
public struct LexiconUse: Hashable, Sendable, Codable {
  /// Where the entry is written: `Glossaries/lexicon/core.tsv:940`.
  public var entry: String
  /// The lemma of the entry (`serang`), which may differ from the word in the text.
  public var lemma: String
  /// The Indonesian word or words as they occur in the text (`diserang`).
  public var source: String
  /// The English produced for them (`was attacked`); empty when the word gives no English.
  public var target: String
  /// Span of `source` in the Indonesian text.
  public var sourceSpan: ByteRange
  /// Span of `target` in the English text (empty when `target` is empty).
  public var targetSpan: ByteRange
  /// The morphological analysis and rules that shaped the English, such as `di-+serang passive`;
  /// empty for a plain lookup.
  public var analysis: String

  public init(
    entry: String, lemma: String, source: String, target: String, sourceSpan: ByteRange,
    targetSpan: ByteRange, analysis: String = ""
  ) {
    self.entry = entry
    self.lemma = lemma
    self.source = source
    self.target = target
    self.sourceSpan = sourceSpan
    self.targetSpan = targetSpan
    self.analysis = analysis
  }

  enum CodingKeys: String, CodingKey {
    case entry, lemma, source, target, sourceSpan = "src", targetSpan = "tgt", analysis
  }
}
