/// The original text covered by each segment, for the segmentation batch protocol.
///
/// Slices partition the original bytes, so nothing of the input is lost. Between two
/// segments the cut goes after the first line break of the gap, or else after its first
/// run of spaces, or else at the start of the next segment: markup glued to the end of a
/// sentence (`setuju.</p>`) stays with it, markup that opens the next line or follows a
/// space (`<p>Kata`) goes with the next. Slices are trimmed of whitespace.
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
      let isSpace = { (b: UInt8) in
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B
      }
      while s < e && isSpace(bytes[s]) { s += 1 }
      while e > s && isSpace(bytes[e - 1]) { e -= 1 }
      return ByteRange(start: s, end: e)
    }
    if segments.isEmpty {
      let all = trimmed(ByteRange(start: 0, end: bytes.count))
      if all.isEmpty { return [] }
      return [
        SegmentSlice(
          text: String(decoding: bytes[all.range], as: UTF8.self), kind: .boilerplate, range: all)
      ]
    }
    var slices: [SegmentSlice] = []
    slices.reserveCapacity(segments.count)
    var start = 0
    for (i, segment) in segments.enumerated() {
      let end = i == segments.count - 1 ? bytes.count : cut(after: segment, before: segments[i + 1])
      let r = trimmed(ByteRange(start: start, end: end))
      slices.append(
        SegmentSlice(
          text: String(decoding: bytes[r.range], as: UTF8.self), kind: segment.kind, range: r))
      start = end
    }
    return slices
  }

  /// Where the slices of two consecutive segments meet (see `SegmentSlice`).
  func cut(after a: Segment, before b: Segment) -> Int {
    let bytes = source.bytes
    let gapStart = a.sourceRange.end
    let gapEnd = max(gapStart, b.sourceRange.start)
    if let newline = (gapStart..<gapEnd).first(where: { bytes[$0] == 0x0A || bytes[$0] == 0x0D }) {
      var k = newline + 1
      if bytes[newline] == 0x0D && k < gapEnd && bytes[k] == 0x0A { k += 1 }
      return k
    }
    if let space = (gapStart..<gapEnd).first(where: { bytes[$0] == 0x20 || bytes[$0] == 0x09 }) {
      var k = space
      while k < gapEnd && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
      return k
    }
    return gapEnd
  }
}
