/// One unit of a document: a title, a byline, one sentence of body text, and so on.
public struct Segment: Hashable, Sendable {
  /// The layout role of a segment.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    case title
    case byline
    case dateline
    case caption
    case body
    /// Navigation, prompts, related links, logos, adverts: kept, marked, not translated.
    case boilerplate
  }

  /// Position in the document, 0-based.
  public var index: Int
  public var kind: Kind
  /// UTF-8 byte range into `Document.normalizedBytes`, 0-based, half-open.
  public var range: ByteRange
  /// UTF-8 byte range into the original file bytes, 0-based, half-open.
  public var sourceRange: ByteRange
  /// 0-based index of the normalised line the segment lies on.
  public var line: Int
  /// 0-based paragraph number: lines separated by blank lines form paragraphs.
  public var paragraph: Int

  public init(
    index: Int, kind: Kind, range: ByteRange, sourceRange: ByteRange, line: Int, paragraph: Int
  ) {
    self.index = index
    self.kind = kind
    self.range = range
    self.sourceRange = sourceRange
    self.line = line
    self.paragraph = paragraph
  }
}
