/// A translated document: every segment of an article with its English, in order.
///
/// This is the data behind every output format; `X.jsonl` stores it losslessly
/// (`BilingualJSONLWriter`, `BilingualJSONLReader`).
public struct BilingualDocument: Sendable, Hashable {
  /// What a document was made from and with.
  public struct Header: Sendable, Hashable {
    /// The input path as given (`Seeds/x.txt`), or the record id in streaming mode.
    public var path: String
    /// SHA-256 of the original input bytes, 64 lower-case hex digits.
    public var sha256: String
    /// `PadanVersion.string` of the Padan that wrote it.
    public var version: String
    /// `TranslationResources.glossaryFingerprint` of the glossaries used.
    public var glossaryFingerprint: String
    /// `TranslationResources.lexiconFingerprint` of the lexicon used.
    public var lexiconFingerprint: String
    /// The translator that produced the English (`words+glossary`, `rules`, …).
    public var engine: String
    /// The number of segments that follow the header.
    public var segmentCount: Int

    public init(
      path: String, sha256: String, version: String = PadanVersion.string,
      glossaryFingerprint: String, lexiconFingerprint: String, engine: String, segmentCount: Int
    ) {
      self.path = path
      self.sha256 = sha256
      self.version = version
      self.glossaryFingerprint = glossaryFingerprint
      self.lexiconFingerprint = lexiconFingerprint
      self.engine = engine
      self.segmentCount = segmentCount
    }
  }

  public var header: Header
  public var segments: [BilingualSegment]

  public init(header: Header, segments: [BilingualSegment]) {
    self.header = header
    self.segments = segments
  }

  /// Figures for reports and the manifest.
  public struct Counts: Sendable, Hashable {
    /// All segments, boilerplate included.
    public var segments = 0
    /// Segments that are not boilerplate and have English.
    public var translated = 0
    /// Glossary entries applied.
    public var glossaryMatches = 0
    /// Words found in neither glossary nor lexicon.
    public var unknownWords = 0

    public init() {}
  }

  public var counts: Counts {
    var c = Counts()
    c.segments = segments.count
    for s in segments {
      if s.isTranslated { c.translated += 1 }
      c.glossaryMatches += s.translation.glossary.count
      c.unknownWords += s.translation.unknown.count
    }
    return c
  }

  /// The segments that carry a translation (not boilerplate, English not empty), in order:
  /// the units of the TMX and the lines of the parallel text files.
  public var translatedSegments: [BilingualSegment] { segments.filter(\.isTranslated) }
}

/// One segment of a `BilingualDocument`: the Indonesian, where it came from, and its English.
public struct BilingualSegment: Sendable, Hashable {
  /// `"<paragraph>.<position>"`, both 1-based: the paragraph of the document and the
  /// segment's place within it. Edits in other paragraphs leave it unchanged.
  public var id: String
  public var kind: Segment.Kind
  /// UTF-8 byte range in the original input, 0-based, half-open.
  public var bytes: ByteRange
  /// 1-based line of the original input where the segment starts.
  public var line: Int
  /// The normalised Indonesian text; the `source` spans of `translation` point into it.
  public var source: String
  /// The English and what produced it (empty for boilerplate, which is not translated).
  public var translation: SegmentTranslation

  public init(
    id: String, kind: Segment.Kind, bytes: ByteRange, line: Int, source: String,
    translation: SegmentTranslation
  ) {
    self.id = id
    self.kind = kind
    self.bytes = bytes
    self.line = line
    self.source = source
    self.translation = translation
  }

  /// The English text.
  public var target: String { translation.target }

  /// Whether the segment was translated: not boilerplate, with English.
  public var isTranslated: Bool {
    kind != .boilerplate
      && translation.target.utf8.contains { !($0 == 0x20 || (0x09...0x0D).contains($0)) }
  }

  /// The paragraph number of `id` (1-based), or nil for an id not made by Padan.
  public var paragraph: Int? {
    guard let dot = id.firstIndex(of: ".") else { return nil }
    return Int(id[..<dot])
  }
}
