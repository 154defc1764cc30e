internal import ICUWrapper

/// Turns source files into segmented documents: normalise, classify lines, split sentences.
///
/// Owns an ICU sentence iterator, so one instance serves one thread at a time; create one
/// per worker.
public final class DocumentSegmenter {
  public let rules: SegmentationRules
  public let normalizer: Normalizer
  private let breaker: SentenceBreaker
  private let classifier: LayoutClassifier
  private let splitter: SentenceSegmenter

  /// - Throws: `Diagnostic` when ICU cannot open its sentence iterator.
  public init(rules: SegmentationRules, options: NormalizationOptions = NormalizationOptions())
    throws(Diagnostic)
  {
    self.rules = rules
    self.normalizer = Normalizer(options: options)
    self.classifier = LayoutClassifier(rules: rules)
    self.splitter = SentenceSegmenter(rules: rules)
    do {
      self.breaker = try SentenceBreaker(locale: "id")
    } catch {
      throw Diagnostic(.error, at: nil, "cannot open ICU's sentence iterator: \(error)")
    }
  }

  /// Reads, normalises and segments `source`.
  ///
  /// - Returns: the document and any warnings (for example replaced bytes in lossy mode).
  /// - Throws: `Diagnostic` for input that cannot be read as text.
  /// - Complexity: O(n) in the size of the file.
  public func document(from source: SourceFile) throws(Diagnostic) -> (Document, [Diagnostic]) {
    let normalized = try normalizer.normalize(source)
    let segments: [Segment]
    do {
      segments = try normalized.bytes.withUnsafeBufferPointer { (buffer) throws(ICUError) in
        try self.segments(in: buffer, map: normalized.sourceMap)
      }
    } catch {
      throw Diagnostic(
        .error, at: SourceLocation(path: source.path, line: 1, column: 1),
        "segmentation failed: \(error)")
    }
    let document = Document(
      source: source, normalizedBytes: normalized.bytes, sourceMap: normalized.sourceMap,
      segments: segments)
    #if PADAN_INTERNAL_CHECKS
      document.checkInvariants()
    #endif
    return (document, normalized.warnings)
  }

  func segments(in buffer: UnsafeBufferPointer<UInt8>, map: SourceMap) throws(ICUError) -> [Segment]
  {
    let text = TextBytes(bytes: buffer)
    var icu: [Int] = []
    icu.reserveCapacity(buffer.count / 64)
    try breaker.forEachBoundary(in: buffer) { icu.append($0) }
    let blocks = classifier.blocks(in: text, count: buffer.count)
    var cursor = 0
    var segments: [Segment] = []
    segments.reserveCapacity(icu.count + blocks.count)
    for block in blocks {
      for (sentence, kind) in splitter.sentences(of: block, in: text, icu: icu, cursor: &cursor) {
        for range in Self.bounded(sentence, in: buffer) {
          segments.append(
            Segment(
              index: segments.count, kind: kind, range: range,
              sourceRange: map.originalRange(range), line: block.line,
              paragraph: block.paragraph))
        }
      }
    }
    return segments
  }

  /// The longest segment, in UTF-8 bytes. No sentence of prose comes near it; text without
  /// sentence ends (a table flattened to one line, a hostile input) is cut into pieces of
  /// at most this size, so that translation time and memory grow linearly with the text.
  public static let maximumSegmentBytes = 4096

  /// `range` as pieces of at most `maximumSegmentBytes`: each cut at the last space before
  /// the limit (the space left out), or, in a run without spaces, at the last scalar
  /// boundary.
  static func bounded(_ range: ByteRange, in bytes: UnsafeBufferPointer<UInt8>) -> [ByteRange] {
    let limit = maximumSegmentBytes
    guard range.end - range.start > limit else { return [range] }
    var pieces: [ByteRange] = []
    var start = range.start
    while range.end - start > limit {
      var cut = start + limit
      var space = cut
      while space > start + limit / 2 && bytes[space] != 0x20 { space -= 1 }
      if bytes[space] == 0x20 {
        cut = space
      } else {
        while cut > start + 1 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
      }
      var end = cut
      while end > start && bytes[end - 1] == 0x20 { end -= 1 }
      if end > start { pieces.append(ByteRange(start: start, end: end)) }
      start = cut
      while start < range.end && bytes[start] == 0x20 { start += 1 }
    }
    if start < range.end { pieces.append(ByteRange(start: start, end: range.end)) }
    return pieces
  }
}
