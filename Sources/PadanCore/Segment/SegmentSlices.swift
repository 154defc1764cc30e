/// The original text covered by each segment, for the segmentation batch protocol.
///
/// Slices partition the original bytes: slice `i` runs from the end of segment `i - 1`
/// (the start of the file for the first) to the end of segment `i` (the end of the file
/// for the last), with ASCII whitespace trimmed. Removed markup between two segments
/// therefore travels with the following one, and nothing of the input is lost.
public struct SegmentSlice: Sendable, Hashable {
  public var text: String
  public var kind: Segment.Kind
  /// UTF-8 byte range of the trimmed slice in the original input, 0-based.
  public var range: ByteRange
}

extension Document {
  /// Slices of the original input, one per segment (see `SegmentSlice`).
  public func originalSlices() -> [SegmentSlice] {
    let bytes = source.bytes
    func trimmed(_ r: ByteRange) -> ByteRange {
      var s = r.start
      var e = r.end
      let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B }
      while s < e && isSpace(bytes[s]) { s += 1 }
      while e > s && isSpace(bytes[e - 1]) { e -= 1 }
      return ByteRange(start: s, end: e)
    }
    if segments.isEmpty {
      let all = trimmed(ByteRange(start: 0, end: bytes.count))
      if all.isEmpty { return [] }
      return [SegmentSlice(text: String(decoding: bytes[all.range], as: UTF8.self), kind: .boilerplate, range: all)]
    }
    var slices: [SegmentSlice] = []
    slices.reserveCapacity(segments.count)
    var start = 0
    for (i, segment) in segments.enumerated() {
      let end = i == segments.count - 1 ? bytes.count : max(start, segment.sourceRange.end)
      let r = trimmed(ByteRange(start: start, end: end))
      slices.append(SegmentSlice(text: String(decoding: bytes[r.range], as: UTF8.self), kind: segment.kind, range: r))
      start = end
    }
    return slices
  }
}
