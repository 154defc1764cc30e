/// A normalised, segmented input file.
public struct Document: Sendable {
  public let source: SourceFile
  /// The normalised text as UTF-8 bytes: cleaned, NFC or NFKC, one line per layout line.
  /// Always well-formed UTF-8 (the cleaner validates it, ICU writes it).
  public let normalizedBytes: [UInt8]
  /// Normalised offset to original offset.
  public let sourceMap: SourceMap
  public var segments: [Segment]

  public init(
    source: SourceFile, normalizedBytes: [UInt8], sourceMap: SourceMap, segments: [Segment]
  ) {
    self.source = source
    self.normalizedBytes = normalizedBytes
    self.sourceMap = sourceMap
    self.segments = segments
  }

  /// The whole normalised text. Builds a new string: O(n).
  public var text: String { String(decoding: normalizedBytes, as: UTF8.self) }

  /// The normalised text of a segment.
  public func text(of segment: Segment) -> String {
    String(decoding: normalizedBytes[segment.range.range], as: UTF8.self)
  }

  /// The original bytes a segment came from (tags and entities as they were).
  public func sourceBytes(of segment: Segment) -> ArraySlice<UInt8> {
    source.bytes[segment.sourceRange.range]
  }

  #if PADAN_INTERNAL_CHECKS
    /// Checks that ranges are sorted, inside the texts and on scalar boundaries.
    public func checkInvariants() {
      let utf8 = normalizedBytes
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
