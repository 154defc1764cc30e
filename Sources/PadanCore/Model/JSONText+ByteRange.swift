/// Byte ranges in JSON: the two-element array `[start,end]`.
extension JSONText {
  /// A byte range as a two-element array: `[start,end]`.
  static func range(_ r: ByteRange) -> String { "[\(r.start),\(r.end)]" }

  /// Appends a byte range as `[start,end]`.
  static func appendRange(_ r: ByteRange, to out: inout [UInt8]) {
    out.append(0x5B)
    appendInt(r.start, to: &out)
    out.append(0x2C)
    appendInt(r.end, to: &out)
    out.append(0x5D)
  }
}
