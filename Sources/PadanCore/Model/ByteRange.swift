/// A half-open range of UTF-8 byte offsets, 0-based.
///
/// Which text the offsets point into is stated wherever a `ByteRange` is stored:
/// `Segment.range` is into `Document.normalizedBytes`, `Segment.sourceRange` into the
/// original file bytes.
public struct ByteRange: Hashable, Sendable, Codable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    precondition(start <= end, "ByteRange start \(start) is after end \(end)")
    self.start = start
    self.end = end
  }

  public init(_ range: Range<Int>) { self.init(start: range.lowerBound, end: range.upperBound) }

  public var count: Int { end - start }
  public var isEmpty: Bool { start == end }
  public var range: Range<Int> { start..<end }

  public var description: String { "@\(start)-\(end)" }
}
