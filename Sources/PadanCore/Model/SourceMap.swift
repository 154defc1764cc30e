/// Maps byte offsets of normalised text back to the original file.
///
/// Normalisation runs in layers (cleaning, then ICU normalisation); each layer records
/// only its changed spans, sorted, as `(source, destination)` pairs of UTF-8 byte ranges.
/// Between changes the two texts are identical, so an offset shifts by a constant.
/// Mapping is O(log n) per offset and per layer.
public struct SourceMap: Sendable, Hashable {
  /// One changed span: `source` bytes of the layer's input became `destination` bytes.
  public struct Change: Sendable, Hashable {
    public var source: ByteRange
    public var destination: ByteRange

    public init(source: ByteRange, destination: ByteRange) {
      self.source = source
      self.destination = destination
    }
  }

  /// Layers in the order they were applied: `layers[0]` maps the original bytes.
  public private(set) var layers: [[Change]]

  public init(layers: [[Change]] = []) { self.layers = layers.filter { !$0.isEmpty } }

  /// Adds the changes of a later normalisation step.
  public mutating func append(layer: [Change]) {
    if !layer.isEmpty { layers.append(layer) }
  }

  /// How an offset is mapped where the normalised text was changed.
  public enum Bias: Sendable {
    /// For range starts: inside a replacement, its source start; removed bytes right at
    /// the offset (a tag before a word) are skipped.
    case start
    /// For range ends: inside a replacement, its source end; removed bytes right at the
    /// offset (a closing tag after a word) are left out.
    case end
  }

  /// The original byte offset of `offset`, a byte offset into the normalised text.
  public func originalOffset(_ offset: Int, bias: Bias) -> Int {
    var x = offset
    for layer in layers.reversed() { x = Self.map(x, through: layer, bias: bias) }
    return x
  }

  /// The original byte range of `range`, a range of the normalised text, tight around
  /// its text: removed markup at either edge is left out.
  public func originalRange(_ range: ByteRange) -> ByteRange {
    let start = originalOffset(range.start, bias: .start)
    let end = originalOffset(range.end, bias: .end)
    return ByteRange(start: start, end: max(start, end))
  }

  static func map(_ x: Int, through changes: [Change], bias: Bias) -> Int {
    // Last change whose destination starts at or before x.
    var low = 0
    var high = changes.count
    while low < high {
      let mid = (low + high) / 2
      if changes[mid].destination.start <= x { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return x }
    let c = changes[low - 1]
    if c.destination.isEmpty && c.destination.start == x && bias == .end {
      return c.source.start
    }
    if x < c.destination.end {
      // Inside a replacement: its first byte maps to the replaced span's start.
      if x == c.destination.start { return c.source.start }
      return bias == .start ? c.source.start : c.source.end
    }
    return c.source.end + (x - c.destination.end)
  }
}
