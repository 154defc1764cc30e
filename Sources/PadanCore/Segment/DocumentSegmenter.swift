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
      for (range, kind) in splitter.sentences(of: block, in: text, icu: icu, cursor: &cursor) {
        segments.append(
          Segment(
            index: segments.count, kind: kind, range: range, sourceRange: map.originalRange(range),
            line: block.line, paragraph: block.paragraph))
      }
    }
    return segments
  }
}
