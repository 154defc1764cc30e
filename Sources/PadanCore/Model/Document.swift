/// A normalised, segmented input file.
public struct Document: Sendable {
  public let source: SourceFile
  /// The normalised text (native UTF-8): cleaned, NFC or NFKC, one line per layout line.
  public let text: String
  /// Normalised offset to original offset.
  public let sourceMap: SourceMap
  public var segments: [Segment]

  public init(source: SourceFile, text: String, sourceMap: SourceMap, segments: [Segment]) {
    self.source = source
    self.text = text
    self.sourceMap = sourceMap
    self.segments = segments
  }

  /// The normalised text of a segment.
  public func text(of segment: Segment) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: segment.range.start)
    let end = utf8.index(start, offsetBy: segment.range.count)
    return text[start..<end]
  }

  /// The original bytes a segment came from (tags and entities as they were).
  public func sourceBytes(of segment: Segment) -> ArraySlice<UInt8> {
    source.bytes[segment.sourceRange.range]
  }

  #if PADAN_INTERNAL_CHECKS
    /// Checks that ranges are sorted, inside the texts and on scalar boundaries.
    public func checkInvariants() {
      let utf8 = Array(text.utf8)
      var previous = 0
      for s in segments {
        precondition(s.range.start >= previous, "segments out of order at \(s.index)")
        precondition(s.range.end <= utf8.count, "segment \(s.index) past the text")
        precondition(s.sourceRange.end <= source.bytes.count, "segment \(s.index) past the source")
        for o in [s.range.start, s.range.end] where o < utf8.count {
          precondition(utf8[o] & 0xC0 != 0x80, "segment \(s.index) splits a scalar")
        }
        previous = s.range.end
      }
    }
  #endif
}
